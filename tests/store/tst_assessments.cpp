// SPDX-License-Identifier: GPL-3.0-or-later
// Recorded assessments and clinic settings: who may write them (enforced in core), that they
// are append-only and audited, and that the payload comes back byte for byte.
#include "core/store/Assessments.h"
#include "core/store/AuditLog.h"
#include "core/store/ClinicSettings.h"
#include "core/store/PatientRecords.h"
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

QString lastAuditDetail(Vault &v)
{
    auto rows = readAudit(detail::VaultAccess::db(v));
    return rows && !rows->empty() ? rows->back().action + QLatin1Char(' ') + rows->back().detail
                                  : QString();
}

} // namespace

class TestAssessments : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_admin, m_nurse, m_doc;
    qint64 m_patient = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("a.precis"));
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
                             NewPatient{QStringLiteral("A-1"),
                                        QStringLiteral("Assess-Test"),
                                        QStringLiteral("Given"),
                                        QDate(1955, 1, 1),
                                        QStringLiteral("female"),
                                        true});
        QVERIFY(id);
        m_patient = *id;
    }

    void onlyPhysiciansRecord()
    {
        const QByteArray payload = R"({"format":"precis-assessment"})";
        auto byNurse = recordAssessment(*m_nurse, m_patient, QDate(2025, 1, 1), payload);
        QVERIFY(!byNurse);
        QCOMPARE(byNurse.error().code, ErrorCode::Permission);
        auto byAdmin = recordAssessment(*m_admin, m_patient, QDate(2025, 1, 1), payload);
        QVERIFY(!byAdmin);
        QCOMPARE(byAdmin.error().code, ErrorCode::Permission);
        QCOMPARE(patientAssessments(*m_admin, m_patient).error().code, ErrorCode::Permission);
    }

    void recordedPayloadReturnsUnchanged()
    {
        // Key order and spacing are kept: the text is what was shown, not a re-serialisation.
        const QByteArray first = R"({"z":1, "a":[0.30000000000000004], "text":"Grüße"})";
        const QByteArray second = R"({"second":true})";
        auto id1 = recordAssessment(*m_doc, m_patient, QDate(2025, 1, 1), first);
        QVERIFY(id1);
        QCOMPARE(lastAuditDetail(*m_doc),
                 QStringLiteral("write assessment %1 recorded (as of 2025-01-01)").arg(*id1));
        auto id2 = recordAssessment(*m_doc, m_patient, QDate(2025, 2, 1), second);
        QVERIFY(id2);
        auto list = patientAssessments(*m_nurse, m_patient);
        QVERIFY(list);
        QCOMPARE(lastAuditDetail(*m_nurse), QStringLiteral("chart-read 2 assessments read"));
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE((*list)[0].id, *id2); // newest first
        QCOMPARE((*list)[1].payload, first);
        QCOMPARE((*list)[1].asOf, QDate(2025, 1, 1));
        QCOMPARE((*list)[1].recordedBy, QStringLiteral("doc"));
        QVERIFY((*list)[1].recordedAt.isValid());
    }

    void badInputIsRefused()
    {
        auto notJson = recordAssessment(*m_doc, m_patient, QDate(2025, 1, 1), "[1,2]");
        QCOMPARE(notJson.error().field, QStringLiteral("payload"));
        auto noDate = recordAssessment(*m_doc, m_patient, QDate(), "{}");
        QCOMPARE(noDate.error().field, QStringLiteral("as_of"));
        auto noPatient = recordAssessment(*m_doc, 999999, QDate(2025, 1, 1), "{}");
        QCOMPARE(noPatient.error().code, ErrorCode::NotFound);
    }

    void assessmentsAreAppendOnly()
    {
        Database &db = detail::VaultAccess::db(*m_doc);
        QVERIFY(!db.exec("UPDATE assessments SET payload = '{}'"));
        QVERIFY(!db.exec("DELETE FROM assessments"));
    }

    void guidelineRegion()
    {
        auto region = store::guidelineRegion(*m_nurse);
        QVERIFY(region);
        QCOMPARE(*region, GuidelineRegion::Us); // the default
        QCOMPARE(setGuidelineRegion(*m_nurse, GuidelineRegion::Uk).error().code,
                 ErrorCode::Permission);
        QCOMPARE(setGuidelineRegion(*m_admin, GuidelineRegion::Uk).error().code,
                 ErrorCode::Permission);
        QVERIFY(setGuidelineRegion(*m_doc, GuidelineRegion::Europe));
        QCOMPARE(lastAuditDetail(*m_doc),
                 QStringLiteral("setting-change guideline_region us -> europe"));
        region = store::guidelineRegion(*m_nurse);
        QVERIFY(region);
        QCOMPARE(*region, GuidelineRegion::Europe);
        QCOMPARE(store::guidelineRegion(*m_admin).error().code, ErrorCode::Permission);
        for (auto r : {GuidelineRegion::Us, GuidelineRegion::Uk, GuidelineRegion::Europe})
            QCOMPARE(guidelineRegionFromToken(guidelineRegionToken(r)),
                     std::optional<GuidelineRegion>(r));
        QVERIFY(!guidelineRegionFromToken(QStringLiteral("mars")));
    }

    void preferredUnits()
    {
        using clinical::Var;
        auto unit = preferredUnit(*m_nurse, Var::TotalCholesterol);
        QVERIFY(unit);
        QCOMPARE(*unit, QStringLiteral("mg/dL")); // canonical by default
        QVERIFY(setPreferredUnit(*m_doc, Var::TotalCholesterol, QStringLiteral("mmol/L")));
        QCOMPARE(lastAuditDetail(*m_doc),
                 QStringLiteral("setting-change unit.total_cholesterol mg/dL -> mmol/L"));
        QCOMPARE(*preferredUnit(*m_nurse, Var::TotalCholesterol), QStringLiteral("mmol/L"));
        QCOMPARE(*preferredUnit(*m_nurse, Var::HdlCholesterol), QStringLiteral("mg/dL"));
        auto wrong = setPreferredUnit(*m_doc, Var::TotalCholesterol, QStringLiteral("g/L"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().field, QStringLiteral("total_cholesterol"));
        auto flag = setPreferredUnit(*m_doc, Var::Af, QStringLiteral("1"));
        QVERIFY(!flag);
        QCOMPARE(flag.error().field, QStringLiteral("af"));
        QCOMPARE(*preferredUnit(*m_nurse, Var::Af), QString());
        QCOMPARE(setPreferredUnit(*m_nurse, Var::Hba1c, QStringLiteral("mmol/mol")).error().code,
                 ErrorCode::Permission);
        // Back to canonical.
        QVERIFY(setPreferredUnit(*m_doc, Var::TotalCholesterol, QStringLiteral("mg/dL")));
        QCOMPARE(*preferredUnit(*m_nurse, Var::TotalCholesterol), QStringLiteral("mg/dL"));
    }
};

QTEST_GUILESS_MAIN(TestAssessments)
#include "tst_assessments.moc"
