// SPDX-License-Identifier: GPL-3.0-or-later
// `precis-cli replay VAULT --as NAME` end to end (issue #10): on a fresh vault with decisions and
// a recorded assessment every record re-derives (exit 0); after a stored input is changed behind
// the store's back (its append-only trigger dropped, as only a test build can) replay exits 3
// naming that record; a nurse is refused (exit 2), an administrator may run it. A decision
// recorded under the released knowledge base 2026.1 replays against 2026.1; one recorded under a
// version the program does not hold is reported by name (exit 3).
#include "../therapy/DecisionFacts.h"

#include "core/risk/EvaluationJson.h"
#include "core/store/Assessments.h"
#include "core/store/Decisions.h"
#include "core/store/PatientRecords.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultInternal.h"
#include "core/therapy/DecisionRecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace precis;
using namespace precis::store;

namespace {

const QString kAdminPw = QStringLiteral("admin correct horse battery 1");
const QString kNursePw = QStringLiteral("nurse correct horse battery 2");
const QString kDocPw = QStringLiteral("doctor correct horse battery 3");

security::SecretBytes pw(const QString &s)
{
    return security::SecretBytes::fromUtf8(s);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run replay(const QString &vault, const QString &user, const QString &password)
{
    QProcess p;
    // The CLI's own objects linked with the test KDF policy (tests/support).
    p.start(QStringLiteral(PRECIS_BINARY_DIR "/tests/support/precis-cli-testkdf"),
            {QStringLiteral("replay"),
             vault,
             QStringLiteral("--as"),
             user,
             QStringLiteral("--password-stdin")});
    if (!p.waitForStarted())
        return {};
    p.write(password.toUtf8() + "\n");
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(),
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestReplayCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_firstDecision = 0;
    qint64 m_oldDecision = 0;
    qint64 m_assessment = 0;
    qint64 m_patient = 0;

    /// Signs in as the physician, runs `change` on the open connection, and signs out.
    bool asPhysician(const std::function<bool(Vault &)> &change)
    {
        auto doc = Vault::unlock(m_path, QStringLiteral("doc"), pw(kDocPw));
        return doc && change(**doc);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("r.precis"));
        QVERIFY(createVault(m_path, QStringLiteral("admin"), pw(kAdminPw)));
        {
            auto admin = Vault::unlock(m_path, QStringLiteral("admin"), pw(kAdminPw));
            QVERIFY(admin);
            QVERIFY(addUser(**admin, QStringLiteral("nurse"), {Role::Nurse}, pw(kNursePw)));
            QVERIFY(addUser(**admin, QStringLiteral("doc"), {Role::Physician}, pw(kDocPw)));
        }
        risk::RiskRegistry registry;
        risk::registerStandardModels(registry);
        auto kb = therapy::loadKnowledgeBase();
        QVERIFY(kb);
        const therapy::ChartFacts facts = test::decisionFacts();
        const auto rows
            = therapy::OptionEngine(*kb, registry).assess(therapy::contextFromChart(facts));
        // A decision recorded under 2026.1 (the first released knowledge base) on a row whose
        // genotype note 2026.2 changed (SLCO1B1 decreased function: 2026.1 noted simvastatin
        // only).
        auto kbs = therapy::loadKnowledgeBases();
        QVERIFY(kbs);
        const therapy::KnowledgeBase *old = kbs->find(u"2026.1");
        QVERIFY(old != nullptr);
        therapy::ChartFacts slco = facts;
        slco.genotypes.push_back({QStringLiteral("SLCO1B1"),
                                  QStringLiteral("*1/*5"),
                                  QStringLiteral("Decreased Function")});
        std::optional<therapy::OptionRow> oldRow;
        for (const therapy::OptionRow &r :
             therapy::OptionEngine(*old, registry).assess(therapy::contextFromChart(slco))) {
            if (r.option == QLatin1String("statin_moderate"))
                oldRow = r;
        }
        QVERIFY(oldRow && oldRow->eligible && !oldRow->pgx.isEmpty());
        QVERIFY(asPhysician([&](Vault &doc) {
            auto patient = addPatient(doc,
                                      NewPatient{QStringLiteral("R-1"),
                                                 QStringLiteral("Replay-Test"),
                                                 QStringLiteral("Given"),
                                                 QDate(1965, 6, 1),
                                                 QStringLiteral("male"),
                                                 true});
            if (!patient)
                return false;
            m_patient = *patient;
            // Two decisions on options with an ARR, as the Options view records them.
            int recorded = 0;
            for (const therapy::OptionRow &r : rows) {
                if (!r.eligible || !r.arrPct || recorded == 2)
                    continue;
                auto id = recordDecision(
                    doc,
                    {*patient,
                     r.option,
                     recorded == 0 ? Decision::Accept : Decision::Defer,
                     recorded == 0 ? QString() : QStringLiteral("Review in three months"),
                     kb->version,
                     therapy::decisionInputsToJson(facts),
                     therapy::recommendationToJson(r, therapy::modelVersion(registry, r.model))});
                if (!id)
                    return false;
                if (recorded++ == 0)
                    m_firstDecision = *id;
            }
            std::vector<const risk::RiskModel *> models{registry.find(QStringLiteral("pce"))};
            std::vector<risk::Evaluation> evaluations{models.front()->evaluate(facts.snapshot)};
            auto assessment = recordAssessment(doc,
                                               *patient,
                                               facts.snapshot.asOf,
                                               risk::assessmentToJson(risk::makeAssessmentPayload(
                                                   facts.snapshot, models, evaluations)));
            if (!assessment)
                return false;
            m_assessment = *assessment;
            auto oldId
                = recordDecision(doc,
                                 {*patient,
                                  oldRow->option,
                                  Decision::Accept,
                                  QString(),
                                  old->version,
                                  therapy::decisionInputsToJson(slco),
                                  therapy::recommendationToJson(
                                      *oldRow, therapy::modelVersion(registry, oldRow->model))});
            if (!oldId)
                return false;
            m_oldDecision = *oldId;
            return recorded == 2;
        }));
    }

    void allAgreeOnAFreshVault()
    {
        const Run r = replay(m_path, QStringLiteral("doc"), kDocPw);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("replayed 4 records (3 decisions, 1 assessments): "
                                               "0 differ")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("decision %1 (patient %2, option statin_moderate, "
                                               "knowledge base 2026.1): agrees")
                                    .arg(m_oldDecision)
                                    .arg(m_patient)),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("decision %1 (").arg(m_firstDecision)));
        QVERIFY(!r.out.contains(QStringLiteral("DIFFERS")));
    }

    void administratorMayRunNurseMayNot()
    {
        const Run admin = replay(m_path, QStringLiteral("admin"), kAdminPw);
        QVERIFY2(admin.exitCode == 0, qPrintable(admin.out + admin.err));
        const Run nurse = replay(m_path, QStringLiteral("nurse"), kNursePw);
        QCOMPARE(nurse.exitCode, 2);
        QVERIFY(nurse.out.isEmpty());
    }

    void changedStoredInputIsNamed()
    {
        // Tamper with the first decision's stored inputs: SBP 152 -> 182. Only possible by
        // dropping the append-only trigger, which the program never does.
        QVERIFY(asPhysician([&](Vault &doc) {
            Database &db = detail::VaultAccess::db(doc);
            auto read = db.prepare("SELECT inputs FROM treatment_decisions WHERE id = ?");
            if (!read)
                return false;
            read->bind(1, m_firstDecision);
            if (auto row = read->step(); !row || !*row)
                return false;
            const QString inputs = read->text(0);
            read->reset();
            const QString changed
                = QString(inputs).replace(QStringLiteral("\"value\":152,\"var\":\"sbp\""),
                                          QStringLiteral("\"value\":182,\"var\":\"sbp\""));
            if (changed == inputs)
                return false;
            if (!db.exec("DROP TRIGGER treatment_decisions_no_update"))
                return false;
            auto update = db.prepare("UPDATE treatment_decisions SET inputs = ? WHERE id = ?");
            if (!update)
                return false;
            update->bind(1, changed).bind(2, m_firstDecision);
            return update->run().has_value();
        }));
        const Run r = replay(m_path, QStringLiteral("doc"), kDocPw);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QStringLiteral("decision %1 (").arg(m_firstDecision)
                                + QStringLiteral("patient 1, option "))
                     && r.out.contains(QStringLiteral("DIFFERS")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("inputs_sha256: stored '")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("arr_pct: stored '")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 differ")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("assessment %1 (patient 1): agrees").arg(m_assessment)),
            qPrintable(r.out));
    }

    // Runs after changedStoredInputIsNamed (declaration order): a decision under a knowledge
    // base this program does not hold is named, with the versions it holds, and exits 3.
    void versionNotInTheProgramIsNamed()
    {
        qint64 id = 0;
        QVERIFY(asPhysician([&](Vault &doc) {
            const therapy::ChartFacts facts = test::decisionFacts();
            auto recorded = recordDecision(doc,
                                           {m_patient,
                                            QStringLiteral("statin_moderate"),
                                            Decision::Decline,
                                            QStringLiteral("Prefers to wait"),
                                            QStringLiteral("2025.9"),
                                            therapy::decisionInputsToJson(facts),
                                            QByteArray("{}")});
            if (!recorded)
                return false;
            id = *recorded;
            return true;
        }));
        const Run r = replay(m_path, QStringLiteral("doc"), kDocPw);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QStringLiteral("decision %1 (patient %2, option statin_moderate, "
                                               "knowledge base 2025.9): DIFFERS")
                                    .arg(id)
                                    .arg(m_patient)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "knowledge_base_version: stored '2025.9', now 'not "
                     "in this program (holds 2026.1, 2026.2, 2026.3, 2026.4, 2026.5)'")),
                 qPrintable(r.out));
        // The tampered decision and this one differ; the 2026.1 decision still agrees.
        QVERIFY2(r.out.contains(QStringLiteral("2 differ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("knowledge base 2026.1): agrees")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestReplayCli)
#include "tst_replaycli.moc"
