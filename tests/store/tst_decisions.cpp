// SPDX-License-Identifier: GPL-3.0-or-later
// Treatment decisions (issue #10, "For a patient"): only a physician records one (a nurse is
// refused in core with ErrorReason::PhysicianRequired), each is stored with its knowledge-base
// version, inputs and their SHA-256 and audited without clinical detail, a later decision
// supersedes an earlier one that stays in the history, and rows are append-only.
#include "core/security/Crypto.h"
#include "core/store/AuditLog.h"
#include "core/store/Decisions.h"
#include "core/store/PatientRecords.h"
#include "core/store/ReplaySource.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultInternal.h"

#include <QTemporaryDir>
#include <QTest>

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

std::optional<AuditEntry> lastAudit(Vault &v)
{
    auto rows = readAudit(detail::VaultAccess::db(v));
    if (!rows || rows->empty())
        return std::nullopt;
    return rows->back();
}

// Opaque to the store: any JSON objects will do here (core/therapy writes the real ones).
const QByteArray kInputs = R"({"format":"precis-decision-inputs","sbp":152})";
const QByteArray kRecommendation = R"({"format":"precis-recommendation","option":"statin_high"})";

} // namespace

class TestDecisions : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_admin, m_nurse, m_doc;
    qint64 m_patient = 0;

    DecisionRequest request(Decision d, const QString &reason) const
    {
        return {m_patient,
                QStringLiteral("statin_high"),
                d,
                reason,
                QStringLiteral("v2026.1"),
                kInputs,
                kRecommendation};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("d.precis"));
        QVERIFY(createVault(m_path, QStringLiteral("admin"), pw(kAdminPw)));
        auto admin = Vault::unlock(m_path, QStringLiteral("admin"), pw(kAdminPw));
        QVERIFY(admin);
        QVERIFY(addUser(**admin, QStringLiteral("nurse"), {Role::Nurse}, pw(kNursePw)));
        QVERIFY(addUser(**admin, QStringLiteral("doc"), {Role::Physician}, pw(kDocPw)));
        m_admin = std::move(*admin);
        auto nurse = Vault::unlock(m_path, QStringLiteral("nurse"), pw(kNursePw));
        auto doc = Vault::unlock(m_path, QStringLiteral("doc"), pw(kDocPw));
        QVERIFY(nurse && doc);
        m_nurse = std::move(*nurse);
        m_doc = std::move(*doc);
        auto id = addPatient(*m_nurse,
                             NewPatient{QStringLiteral("D-1"),
                                        QStringLiteral("Decision-Test"),
                                        QStringLiteral("Given"),
                                        QDate(1966, 1, 1),
                                        QStringLiteral("male"),
                                        true});
        QVERIFY(id);
        m_patient = *id;
    }

    void nurseIsRefusedWithATypedReason()
    {
        auto byNurse = recordDecision(*m_nurse, request(Decision::Accept, QString()));
        QVERIFY(!byNurse);
        QCOMPARE(byNurse.error().code, ErrorCode::Permission);
        QCOMPARE(byNurse.error().reason, ErrorReason::PhysicianRequired);
        auto byAdmin = recordDecision(*m_admin, request(Decision::Accept, QString()));
        QCOMPARE(byAdmin.error().reason, ErrorReason::PhysicianRequired);
        // Nothing was written: the nurse still sees an empty history.
        auto history = patientDecisions(*m_nurse, m_patient);
        QVERIFY(history);
        QVERIFY(history->empty());
    }

    void decisionIsStoredAndAudited()
    {
        auto id = recordDecision(*m_doc, request(Decision::Accept, QString()));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
        const auto audit = lastAudit(*m_doc);
        QVERIFY(audit);
        QCOMPARE(audit->action, QString::fromLatin1(audit::kDecision));
        QCOMPARE(audit->patientId, std::optional<qint64>(m_patient));
        QCOMPARE(audit->user, QStringLiteral("doc"));
        // Identifiers only: neither the option nor the decision appears in the audit detail.
        QCOMPARE(audit->detail, QStringLiteral("decision %1 recorded").arg(*id));

        auto history = patientDecisions(*m_nurse, m_patient); // a nurse may view
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(1));
        const RecordedDecision &d = history->front();
        QCOMPARE(d.id, *id);
        QCOMPARE(d.optionId, QStringLiteral("statin_high"));
        QCOMPARE(d.decision, Decision::Accept);
        QCOMPARE(d.knowledgeBaseVersion, QStringLiteral("v2026.1"));
        QCOMPARE(d.inputs, kInputs);
        QCOMPARE(d.recommendation, kRecommendation);
        QCOMPARE(d.inputsSha256, QString::fromLatin1(security::sha256(kInputs).toHex()));
        QCOMPARE(d.inputsSha256.size(), 64);
        QCOMPARE(d.decidedBy, QStringLiteral("doc"));
        QVERIFY(d.decidedAt.isValid());
        QVERIFY(!d.supersedes);
    }

    void declineAndDeferNeedAReason()
    {
        for (Decision d : {Decision::Decline, Decision::Defer}) {
            auto r = recordDecision(*m_doc, request(d, QStringLiteral("   ")));
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QCOMPARE(r.error().field, QStringLiteral("reason"));
        }
        auto tooLong = recordDecision(
            *m_doc,
            request(Decision::Defer, QString(kMaxDecisionReasonLength + 1, QLatin1Char('x'))));
        QCOMPARE(tooLong.error().field, QStringLiteral("reason"));
        DecisionRequest bad = request(Decision::Accept, QString());
        bad.inputs = "[1]";
        QCOMPARE(recordDecision(*m_doc, bad).error().field, QStringLiteral("inputs"));
        bad = request(Decision::Accept, QString());
        bad.optionId.clear();
        QCOMPARE(recordDecision(*m_doc, bad).error().field, QStringLiteral("option"));
        bad = request(Decision::Accept, QString());
        bad.patientId = 999999;
        QCOMPARE(recordDecision(*m_doc, bad).error().code, ErrorCode::NotFound);
    }

    void laterDecisionSupersedesAndHistoryStays()
    {
        auto before = patientDecisions(*m_doc, m_patient);
        QVERIFY(before && !before->empty());
        const qint64 first = before->front().id;
        auto second = recordDecision(
            *m_doc, request(Decision::Defer, QStringLiteral("Patient wants to try diet first")));
        QVERIFY(second);
        QCOMPARE(lastAudit(*m_doc)->detail,
                 QStringLiteral("decision %1 recorded (supersedes %2)").arg(*second).arg(first));
        DecisionRequest other = request(Decision::Decline, QStringLiteral("Not indicated"));
        other.optionId = QStringLiteral("aspirin_primary");
        auto third = recordDecision(*m_doc, other);
        QVERIFY(third);

        auto history = patientDecisions(*m_doc, m_patient);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(3));
        QCOMPARE(history->at(0).id, *third); // newest first
        QCOMPARE(history->at(1).id, *second);
        QCOMPARE(history->at(1).supersedes, std::optional<qint64>(first));
        QCOMPARE(history->at(1).reason, QStringLiteral("Patient wants to try diet first"));
        QCOMPARE(history->at(2).id, first);  // the superseded decision stays visible
        QVERIFY(!history->at(0).supersedes); // another option: supersedes nothing

        const auto latest = latestDecisions(*history);
        QCOMPARE(latest.size(), std::size_t(2));
        QCOMPARE(latest[0].id, *third);
        QCOMPARE(latest[1].id, *second);
    }

    void decisionsAreAppendOnly()
    {
        Database &db = detail::VaultAccess::db(*m_doc);
        QVERIFY(!db.exec("UPDATE treatment_decisions SET reason = 'x'"));
        QVERIFY(!db.exec("DELETE FROM treatment_decisions"));
        QVERIFY(
            !db.exec("INSERT INTO treatment_decisions(patient_id, option_id, decision, reason,"
                     " kb_version, inputs_sha256, inputs, recommendation, decided_by,"
                     " decided_at) VALUES (1, 'x', 'maybe', '', 'v', '', '{}', '{}', 'd', 't')"));
    }

    void replayReadIsForPhysiciansAndAdministrators()
    {
        auto byNurse = readForReplay(*m_nurse);
        QVERIFY(!byNurse);
        QCOMPARE(byNurse.error().code, ErrorCode::Permission);
        auto byAdmin = readForReplay(*m_admin);
        QVERIFY(byAdmin);
        QCOMPARE(byAdmin->decisions.size(), std::size_t(3));
        QCOMPARE(byAdmin->decisions.front().optionId,
                 QStringLiteral("statin_high")); // oldest first
        const auto audit = lastAudit(*m_admin);
        QCOMPARE(audit->action, QString::fromLatin1(audit::kReplay));
        QCOMPARE(audit->detail, QStringLiteral("3 decisions and 0 assessments read for replay"));
        QVERIFY(!audit->patientId);
        QVERIFY(readForReplay(*m_doc));
    }

    void tokens()
    {
        for (Decision d : {Decision::Accept, Decision::Decline, Decision::Defer})
            QCOMPARE(decisionFromToken(decisionToken(d)), std::optional<Decision>(d));
        QVERIFY(!decisionFromToken(u"maybe"));
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
