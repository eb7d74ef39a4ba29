// SPDX-License-Identifier: GPL-3.0-or-later
// The patient chart (issue #9): saveVisit stores readings, units and the rest in one audited
// transaction and refuses impossible values without writing anything; medications drive the
// statin and bp_treated inputs; safety facts stay unknown until answered; the timeline shows
// corrections with their reasons.
#include "core/clinical/MedicationClasses.h"
#include "core/clinical/Plausibility.h"
#include "core/store/AuditLog.h"
#include "core/store/ChartRecords.h"
#include "core/store/ChartSnapshot.h"
#include "core/store/PatientRecords.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultInternal.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace precis;
using namespace precis::store;
using clinical::Var;

namespace {

const QString kAdminPw = QStringLiteral("admin correct horse battery 1");
const QString kNursePw = QStringLiteral("nurse correct horse battery 2");
const QString kDocPw = QStringLiteral("doctor correct horse battery 3");

security::SecretBytes pw(const QString &s)
{
    return security::SecretBytes::fromUtf8(s);
}

const QDateTime kVisit1(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
const QDateTime kVisit2(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);

qint64 countRows(Vault &v, const char *sql)
{
    auto n = detail::VaultAccess::db(v).queryInt(sql);
    return n ? *n : -1;
}

} // namespace

class TestChartRecords : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_nurse;
    qint64 m_patient = 0;

    std::unique_ptr<Vault> open(const QString &user, const QString &password)
    {
        auto v = Vault::unlock(m_path, user, pw(password));
        return v ? std::move(*v) : nullptr;
    }

    qint64 newPatient(const QString &record)
    {
        auto id = addPatient(*m_nurse,
                             NewPatient{record,
                                        QStringLiteral("Chart-Test"),
                                        QStringLiteral("Given"),
                                        QDate(1960, 5, 17),
                                        QStringLiteral("male"),
                                        true});
        return id ? *id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("chart.precis"));
        QVERIFY(createVault(m_path, QStringLiteral("admin"), pw(kAdminPw)));
        auto admin = Vault::unlock(m_path, QStringLiteral("admin"), pw(kAdminPw));
        QVERIFY(admin);
        QVERIFY(addUser(**admin, QStringLiteral("nurse"), {Role::Nurse}, pw(kNursePw)));
        QVERIFY(addUser(**admin, QStringLiteral("doc"), {Role::Physician}, pw(kDocPw)));
        (*admin)->lock();
        m_nurse = open(QStringLiteral("nurse"), kNursePw);
        QVERIFY(m_nurse);
        m_patient = newPatient(QStringLiteral("C-1"));
        QVERIFY(m_patient > 0);
    }

    void visitStoresReadingsAndUnits()
    {
        const qint64 pid = newPatient(QStringLiteral("C-readings"));
        Visit v;
        v.measuredAt = kVisit1;
        v.sbpReadings = {140, 130, 126};
        v.dbpReadings = {90, 84, 80};
        v.values = {{Var::TotalCholesterol, 5.2, QStringLiteral("mmol/L")},
                    {Var::HdlCholesterol, 52, QString()},
                    {Var::Smoking, 1, QString()}};
        const qint64 auditBefore = countRows(*m_nurse, "SELECT count(*) FROM audit");
        QVERIFY(saveVisit(*m_nurse, pid, v));
        // One audit row for the whole visit.
        QCOMPARE(countRows(*m_nurse, "SELECT count(*) FROM audit"), auditBefore + 1);
        QCOMPARE(countRows(*m_nurse, "SELECT count(*) FROM bp_readings"), 3);
        auto s = patientSnapshot(*m_nurse, pid, kVisit1.date());
        QVERIFY(s);
        // Expected values computed by hand: mean(140,130,126) = 132, mean(90,84,80) = 84.667,
        // sample SD of SBP = sqrt(((8)^2 + (-2)^2 + (-6)^2) / 2) = sqrt(52).
        QCOMPARE(*s->get(Var::Sbp), 132.0);
        QVERIFY(std::abs(*s->get(Var::Dbp) - 254.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(*s->get(Var::SbpSd) - std::sqrt(52.0)) < 1e-9);
        // 5.2 mmol/L x 38.67 (Units.h) = 201.084 mg/dL, and the entered value is kept.
        QVERIFY(std::abs(*s->get(Var::TotalCholesterol) - 201.084) < 1e-9);
        QCOMPARE(*s->get(Var::Smoking), 1.0);
        auto t = patientTimeline(*m_nurse, pid);
        QVERIFY(t);
        bool sawEntered = false;
        for (const TimelineEntry &e : *t)
            if (e.what == QLatin1String("total_cholesterol")) {
                QCOMPARE(e.value, QStringLiteral("5.2 mmol/L"));
                QCOMPARE(e.when, kVisit1);
                sawEntered = true;
            }
        QVERIFY(sawEntered);
    }

    void labsWithoutAModelKeepTheirUnits()
    {
        // LDL typed in mmol/L and potassium (issue #9): stored as typed with the UCUM unit,
        // read back in the canonical unit (2.6 mmol/L x 38.67 = 100.542 mg/dL, Units.h).
        const qint64 pid = newPatient(QStringLiteral("C-labs"));
        Visit v;
        v.measuredAt = kVisit1;
        v.values = {{Var::TotalCholesterol, 5.0, QStringLiteral("mmol/L")},
                    {Var::HdlCholesterol, 1.3, QStringLiteral("mmol/L")},
                    {Var::LdlCholesterol, 2.6, QStringLiteral("mmol/L")},
                    {Var::Potassium, 4.3, QStringLiteral("mmol/L")}};
        auto saved = saveVisit(*m_nurse, pid, v);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));
        clinical::EnteredValues entered;
        auto s = patientSnapshot(*m_nurse, pid, kVisit1.date(), &entered);
        QVERIFY(s);
        QCOMPARE(*s->get(Var::LdlCholesterol), 2.6 * 38.67);
        QCOMPARE(*s->get(Var::Potassium), 4.3);
        QCOMPARE(entered[clinical::index(Var::LdlCholesterol)]->value, 2.6);
        QCOMPARE(entered[clinical::index(Var::LdlCholesterol)]->unit, QStringLiteral("mmol/L"));
        auto t = patientTimeline(*m_nurse, pid);
        QVERIFY(t);
        int seen = 0;
        for (const TimelineEntry &e : *t) {
            if (e.what == QLatin1String("ldl_cholesterol")) {
                QCOMPARE(e.value, QStringLiteral("2.6 mmol/L"));
                ++seen;
            }
            if (e.what == QLatin1String("potassium")) {
                QCOMPARE(e.value, QStringLiteral("4.3 mmol/L"));
                ++seen;
            }
        }
        QCOMPARE(seen, 2);
        // LDL equal to the total is the limit, not beyond it.
        Visit edge;
        edge.measuredAt = kVisit2;
        edge.values
            = {{Var::TotalCholesterol, 120, QString()}, {Var::LdlCholesterol, 120, QString()}};
        QVERIFY(saveVisit(*m_nurse, pid, edge));
    }

    void oneReadingHasNoSd()
    {
        const qint64 pid = newPatient(QStringLiteral("C-one"));
        Visit v;
        v.measuredAt = kVisit1;
        v.sbpReadings = {128};
        QVERIFY(saveVisit(*m_nurse, pid, v));
        auto s = patientSnapshot(*m_nurse, pid, kVisit1.date());
        QVERIFY(s);
        QCOMPARE(*s->get(Var::Sbp), 128.0);
        QVERIFY(!s->has(Var::Dbp));
        QVERIFY(!s->has(Var::SbpSd));
    }

    void impossibleVisitWritesNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("hdl above total") << 0 << QStringLiteral("hdl_cholesterol");
        QTest::newRow("dbp >= sbp in a reading") << 1 << QStringLiteral("dbp");
        QTest::newRow("negative") << 2 << QStringLiteral("weight");
        QTest::newRow("outside possible range") << 3 << QStringLiteral("sbp");
        QTest::newRow("unit not accepted") << 4 << QStringLiteral("total_cholesterol");
        QTest::newRow("no time") << 5 << QStringLiteral("measured_at");
        QTest::newRow("flag not 0/1") << 6 << QStringLiteral("af");
        QTest::newRow("age is not entered") << 7 << QStringLiteral("age");
        QTest::newRow("given twice") << 8 << QStringLiteral("sbp");
        QTest::newRow("foreign medication") << 9 << QStringLiteral("medication");
        QTest::newRow("unknown code") << 10 << QStringLiteral("smoking");
        // Issue #9's intake labs: LDL is part of total cholesterol (compared in mg/dL whatever
        // the units typed: 160 mg/dL > 4.0 mmol/L x 38.67 = 154.68 mg/dL); the limits are those
        // of core/clinical/Plausibility.cpp.
        QTest::newRow("ldl above total") << 11 << QStringLiteral("ldl_cholesterol");
        QTest::newRow("ldl negative") << 12 << QStringLiteral("ldl_cholesterol");
        QTest::newRow("potassium 12 mmol/L") << 13 << QStringLiteral("potassium");
        QTest::newRow("potassium in mg/dL") << 14 << QStringLiteral("potassium");
    }

    void impossibleVisitWritesNothing()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        Visit v;
        v.measuredAt = kVisit1;
        // A valid part that must not be written when the rest is refused.
        v.values = {{Var::Height, 172, QString()}};
        v.medicationsStarted = {{QStringLiteral("ramipril"), QStringLiteral("C09AA05"), {}}};
        v.safetyFacts = {{SafetyFact::Pregnancy, false}};
        switch (which) {
        case 0:
            v.values.push_back({Var::TotalCholesterol, 150, QString()});
            v.values.push_back({Var::HdlCholesterol, 4.5, QStringLiteral("mmol/L")});
            break;
        case 1:
            v.sbpReadings = {130, 120};
            v.dbpReadings = {80, 120};
            break;
        case 2:
            v.values.push_back({Var::Weight, -70, QString()});
            break;
        case 3:
            v.values.push_back({Var::Sbp, 1300, QString()});
            break;
        case 4:
            v.values.push_back({Var::TotalCholesterol, 5, QStringLiteral("g/L")});
            break;
        case 5:
            v.measuredAt = QDateTime();
            break;
        case 6:
            v.values.push_back({Var::Af, 2, QString()});
            break;
        case 7:
            v.values.push_back({Var::Age, 50, QString()});
            break;
        case 8:
            v.sbpReadings = {130};
            v.values.push_back({Var::Sbp, 131, QString()});
            break;
        case 9:
            v.medicationsStopped = {999999};
            break;
        case 10:
            v.values.push_back({Var::Smoking, 6, QString()});
            break;
        case 11:
            v.values.push_back({Var::TotalCholesterol, 4.0, QStringLiteral("mmol/L")});
            v.values.push_back({Var::LdlCholesterol, 160, QString()});
            break;
        case 12:
            v.values.push_back({Var::LdlCholesterol, -0.5, QStringLiteral("mmol/L")});
            break;
        case 13:
            v.values.push_back({Var::Potassium, 12, QString()});
            break;
        case 14:
            v.values.push_back({Var::Potassium, 16.8, QStringLiteral("mg/dL")});
            break;
        }
        const char *tables[] = {"SELECT count(*) FROM observations",
                                "SELECT count(*) FROM visits",
                                "SELECT count(*) FROM medications",
                                "SELECT count(*) FROM safety_facts",
                                "SELECT count(*) FROM audit"};
        std::vector<qint64> before;
        for (const char *sql : tables)
            before.push_back(countRows(*m_nurse, sql));
        auto r = saveVisit(*m_nurse, m_patient, v);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().field, field);
        for (std::size_t i = 0; i < before.size(); ++i)
            QCOMPARE(countRows(*m_nurse, tables[i]), before[i]);
    }

    void administratorMayNotSaveVisits()
    {
        auto admin = open(QStringLiteral("admin"), kAdminPw);
        QVERIFY(admin);
        Visit v;
        v.measuredAt = kVisit1;
        v.sbpReadings = {120};
        auto r = saveVisit(*admin, m_patient, v);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Permission);
        QCOMPARE(patientDetails(*admin, m_patient).error().code, ErrorCode::Permission);
        QCOMPARE(patientTimeline(*admin, m_patient).error().code, ErrorCode::Permission);
    }

    void unknownPatientIsNotFound()
    {
        Visit v;
        v.measuredAt = kVisit1;
        v.sbpReadings = {120};
        QCOMPARE(saveVisit(*m_nurse, 424242, v).error().code, ErrorCode::NotFound);
        QCOMPARE(patientDetails(*m_nurse, 424242).error().code, ErrorCode::NotFound);
        QCOMPARE(patientTimeline(*m_nurse, 424242).error().code, ErrorCode::NotFound);
    }

    void medicationsDriveStatinAndBpTreated()
    {
        const qint64 pid = newPatient(QStringLiteral("C-meds"));
        // 2024-03-01: typed "no statin", but atorvastatin started: the list wins.
        Visit v1;
        v1.measuredAt = kVisit1;
        v1.values = {{Var::Statin, 0, QString()}, {Var::BpTreated, 0, QString()}};
        v1.medicationsStarted
            = {{QStringLiteral("atorvastatin"), QStringLiteral("C10AA05"), kVisit1.date()},
               {QStringLiteral("metformin"), QStringLiteral("A10BA02"), kVisit1.date()}};
        QVERIFY(saveVisit(*m_nurse, pid, v1));
        auto s = patientSnapshot(*m_nurse, pid, kVisit1.date());
        QVERIFY(s);
        QCOMPARE(*s->get(Var::Statin), 1.0);
        QCOMPARE(*s->get(Var::BpTreated), 0.0); // metformin is not antihypertensive
        // Before the start date the typed flag is all there is.
        auto before = patientSnapshot(*m_nurse, pid, kVisit1.date().addDays(-1));
        QVERIFY(before);
        QVERIFY(!before->has(Var::Statin));

        auto details = patientDetails(*m_nurse, pid);
        QVERIFY(details);
        QCOMPARE(details->medications.size(), std::size_t(2));
        const qint64 statinId = details->medications[0].atc == QLatin1String("C10AA05")
                                    ? details->medications[0].id
                                    : details->medications[1].id;
        // 2025-03-01: statin stopped, amlodipine (C08CA01) started.
        Visit v2;
        v2.measuredAt = kVisit2;
        v2.medicationsStopped = {statinId};
        v2.medicationsStarted = {{QStringLiteral("amlodipine"), QStringLiteral("C08CA01"), {}}};
        QVERIFY(saveVisit(*m_nurse, pid, v2));
        s = patientSnapshot(*m_nurse, pid, kVisit2.date());
        QVERIFY(s);
        QCOMPARE(*s->get(Var::Statin), 0.0);
        QCOMPARE(*s->get(Var::BpTreated), 1.0);
        // Stopping again is refused: it is no longer current.
        QCOMPARE(saveVisit(*m_nurse, pid, v2).error().field, QStringLiteral("medication"));

        details = patientDetails(*m_nurse, pid);
        QVERIFY(details);
        QCOMPARE(details->medications.size(), std::size_t(3));
        // Current first, the stopped statin last with its stop date.
        QVERIFY(!details->medications[0].stopped);
        QVERIFY(!details->medications[1].stopped);
        QCOMPARE(details->medications[2].name, QStringLiteral("atorvastatin"));
        QCOMPARE(details->medications[2].stopped, std::optional<QDate>(kVisit2.date()));
        QCOMPARE(details->medications[2].recordedBy, QStringLiteral("nurse"));

        // A typed flag after the stop stands (e.g. a statin prescribed elsewhere).
        Visit v3;
        v3.measuredAt = kVisit2.addDays(30);
        v3.values = {{Var::Statin, 1, QString()}};
        QVERIFY(saveVisit(*m_nurse, pid, v3));
        s = patientSnapshot(*m_nurse, pid, v3.measuredAt.date());
        QVERIFY(s);
        QCOMPARE(*s->get(Var::Statin), 1.0);
    }

    void drugClassesFollowAtc()
    {
        using clinical::DrugClass;
        using clinical::inDrugClass;
        QVERIFY(inDrugClass(DrugClass::Statin, u"C10AA05"));
        QVERIFY(inDrugClass(DrugClass::Statin, u" c10ba02 ")); // simvastatin and ezetimibe
        QVERIFY(!inDrugClass(DrugClass::Statin, u"C10AX09"));  // ezetimibe alone
        QVERIFY(!inDrugClass(DrugClass::Statin, u"C10"));
        for (const char16_t *code : {u"C02AC01", u"C03AA03", u"C07AB07", u"C08CA01", u"C09AA05"})
            QVERIFY2(inDrugClass(DrugClass::Antihypertensive, code),
                     qPrintable(QString::fromUtf16(code)));
        QVERIFY(!inDrugClass(DrugClass::Antihypertensive, u"C01AA05")); // digoxin
        QVERIFY(!inDrugClass(DrugClass::Antihypertensive, u""));
    }

    void safetyFactsUnknownUntilAnswered()
    {
        const qint64 pid = newPatient(QStringLiteral("C-safety"));
        auto d = patientDetails(*m_nurse, pid);
        QVERIFY(d);
        for (const auto &fact : d->safety)
            QVERIFY(!fact.has_value());
        Visit v1;
        v1.measuredAt = kVisit1;
        v1.safetyFacts = {{SafetyFact::BleedingHistory, true}, {SafetyFact::Dialysis, false}};
        v1.allergies = {{QStringLiteral("statin"), QStringLiteral("myalgia"), true}};
        QVERIFY(saveVisit(*m_nurse, pid, v1));
        Visit v2;
        v2.measuredAt = kVisit2;
        v2.safetyFacts = {{SafetyFact::BleedingHistory, false}};
        QVERIFY(saveVisit(*m_nurse, pid, v2));
        d = patientDetails(*m_nurse, pid);
        QVERIFY(d);
        QCOMPARE(d->safety[std::size_t(SafetyFact::BleedingHistory)], std::optional<bool>(false));
        QCOMPARE(d->safety[std::size_t(SafetyFact::Dialysis)], std::optional<bool>(false));
        QVERIFY(!d->safety[std::size_t(SafetyFact::Pregnancy)].has_value());
        QCOMPARE(d->allergies.size(), std::size_t(1));
        QVERIFY(d->allergies[0].intolerance);
        QCOMPARE(d->allergies[0].substance, QStringLiteral("statin"));
        // The bleeding answer feeds HAS-BLED's bleeding_history as of each date.
        auto s1 = patientSnapshot(*m_nurse, pid, kVisit1.date());
        auto s2 = patientSnapshot(*m_nurse, pid, kVisit2.date());
        QVERIFY(s1 && s2);
        QCOMPARE(*s1->get(Var::BleedingHistory), 1.0);
        QCOMPARE(*s2->get(Var::BleedingHistory), 0.0);
        // Dialysis feeds the KFRE's `dialysis` input: "no" at visit 1, "yes" at visit 3.
        QCOMPARE(*s1->get(Var::Dialysis), 0.0);
        Visit v3;
        v3.measuredAt = kVisit2.addDays(30);
        v3.safetyFacts = {{SafetyFact::Dialysis, true}};
        QVERIFY(saveVisit(*m_nurse, pid, v3));
        auto s3 = patientSnapshot(*m_nurse, pid, v3.measuredAt.date());
        QVERIFY(s3);
        QCOMPARE(*s3->get(Var::Dialysis), 1.0);
        QCOMPARE(*s2->get(Var::Dialysis), 0.0);
        // The chart's in-memory assembly agrees with the vault's, date by date.
        d = patientDetails(*m_nurse, pid);
        QVERIFY(d);
        QCOMPARE(d->safetyAnswers.size(), std::size_t(4));
        auto rows = patientObservations(*m_nurse, pid);
        QVERIFY(rows);
        for (const QDate date : {kVisit1.date(), kVisit2.date(), v3.measuredAt.date()}) {
            const clinical::Snapshot fromRows
                = snapshotFromRecords(d->summary, *rows, d->medications, d->safetyAnswers, date);
            auto fromVault = patientSnapshot(*m_nurse, pid, date);
            QVERIFY(fromVault);
            for (Var v : {Var::BleedingHistory, Var::Dialysis, Var::Age, Var::Sex})
                QCOMPARE(fromRows.get(v), fromVault->get(v));
        }
    }

    void safetyFactTokens()
    {
        QCOMPARE(safetyFactToken(SafetyFact::AcsOrPci), QStringLiteral("acs_or_pci"));
        QCOMPARE(safetyFactToken(SafetyFact::MtcOrMen2), QStringLiteral("mtc_or_men2"));
        for (std::size_t i = 0; i < kSafetyFactCount; ++i) {
            const auto f = static_cast<SafetyFact>(i);
            QCOMPARE(safetyFactFromToken(safetyFactToken(f)), std::optional<SafetyFact>(f));
        }
    }

    void timelineShowsCorrectionsNewestFirst()
    {
        const qint64 pid = newPatient(QStringLiteral("C-timeline"));
        Visit v1;
        v1.measuredAt = kVisit1;
        v1.values = {{Var::Weight, 80, QString()}};
        QVERIFY(saveVisit(*m_nurse, pid, v1));
        Visit v2;
        v2.measuredAt = kVisit2;
        v2.values = {{Var::Weight, 18, QString()}};
        QVERIFY(saveVisit(*m_nurse, pid, v2));
        auto rows = patientObservations(*m_nurse, pid);
        QVERIFY(rows);
        qint64 wrong = 0;
        for (const ObservationRow &o : *rows)
            if (o.value == 18)
                wrong = o.id;
        QVERIFY(correctObservation(*m_nurse, wrong, 81, QStringLiteral("typo: 18 for 81")));
        auto t = patientTimeline(*m_nurse, pid);
        QVERIFY(t);
        QVERIFY(t->size() >= 4);
        for (std::size_t i = 1; i < t->size(); ++i)
            QVERIFY((*t)[i - 1].when >= (*t)[i].when);
        const TimelineEntry *correction = nullptr;
        const TimelineEntry *original = nullptr;
        for (const TimelineEntry &e : *t) {
            if (e.kind == TimelineEntry::Kind::Correction)
                correction = &e;
            if (e.kind == TimelineEntry::Kind::Observation && e.id == wrong)
                original = &e;
        }
        QVERIFY(correction && original);
        QCOMPARE(correction->value, QStringLiteral("81 kg"));
        QCOMPARE(correction->previousValue, QStringLiteral("18 kg"));
        QCOMPARE(correction->reason, QStringLiteral("typo: 18 for 81"));
        QVERIFY(!correction->superseded);
        QVERIFY(original->superseded);
        // The chart was created today, after the back-dated visits it records.
        QCOMPARE(t->front().kind, TimelineEntry::Kind::Patient);
        QCOMPARE(t->front().value, QStringLiteral("C-timeline"));
    }

    void snapshotReportsHowValuesWereTyped()
    {
        // patientSnapshot(..., &entered): the latest value of each variable as typed (in a
        // non-canonical unit), so `precis-cli patient show` can print it as the nurse typed it.
        const qint64 pid = newPatient(QStringLiteral("C-entered"));
        Visit v1;
        v1.measuredAt = kVisit1;
        v1.values = {{Var::TotalCholesterol, 5.2, QStringLiteral("mmol/L")},
                     {Var::HdlCholesterol, 1.3, QStringLiteral("mmol/L")},
                     {Var::Creatinine, 88, QStringLiteral("umol/L")}};
        QVERIFY(saveVisit(*m_nurse, pid, v1));
        Visit v2;
        v2.measuredAt = kVisit2;
        v2.values = {{Var::TotalCholesterol, 190, QString()}};
        QVERIFY(saveVisit(*m_nurse, pid, v2));
        clinical::EnteredValues entered;
        auto s = patientSnapshot(*m_nurse, pid, kVisit1.date(), &entered);
        QVERIFY(s);
        QVERIFY(entered[clinical::index(Var::TotalCholesterol)].has_value());
        QCOMPARE(entered[clinical::index(Var::TotalCholesterol)]->value, 5.2);
        QCOMPARE(entered[clinical::index(Var::TotalCholesterol)]->unit, QStringLiteral("mmol/L"));
        QCOMPARE(entered[clinical::index(Var::Creatinine)]->unit, QStringLiteral("umol/L"));
        QVERIFY(!entered[clinical::index(Var::Age)].has_value());
        // A later value typed in mg/dL replaces the mmol/L one.
        s = patientSnapshot(*m_nurse, pid, kVisit2.date(), &entered);
        QVERIFY(s);
        QCOMPARE(*s->get(Var::TotalCholesterol), 190.0);
        QVERIFY(!entered[clinical::index(Var::TotalCholesterol)].has_value());
        // A correction stores the canonical value: nothing typed to report any more.
        auto rows = patientObservations(*m_nurse, pid);
        QVERIFY(rows);
        qint64 hdl = 0;
        for (const ObservationRow &o : *rows)
            if (o.variable == Var::HdlCholesterol) {
                hdl = o.id;
                QCOMPARE(o.enteredValue, std::optional<double>(1.3));
                QCOMPARE(o.enteredUnit, QStringLiteral("mmol/L"));
            }
        QVERIFY(correctObservation(*m_nurse, hdl, 55, QStringLiteral("lab amended")));
        s = patientSnapshot(*m_nurse, pid, kVisit2.date(), &entered);
        QVERIFY(s);
        QCOMPARE(*s->get(Var::HdlCholesterol), 55.0);
        QVERIFY(!entered[clinical::index(Var::HdlCholesterol)].has_value());
        QVERIFY(entered[clinical::index(Var::Creatinine)].has_value());
    }

    void recordNumbers()
    {
        auto suggested = suggestRecordNumber(*m_nurse);
        QVERIFY(suggested);
        QVERIFY(findPatientByRecordNumber(*m_nurse, *suggested).error().code
                == ErrorCode::NotFound);
        QVERIFY(newPatient(*suggested) > 0);
        auto next = suggestRecordNumber(*m_nurse);
        QVERIFY(next);
        QVERIFY(*next != *suggested);
        auto found = findPatientByRecordNumber(*m_nurse, QStringLiteral("c-1"));
        QVERIFY(found);
        QCOMPARE(found->id, m_patient);
    }

    void plausibilityCoversEveryEnteredVariable()
    {
        for (std::size_t i = 0; i < clinical::kVarCount; ++i) {
            const auto v = static_cast<Var>(i);
            const auto p = clinical::plausibility(v);
            if (v == Var::Age || v == Var::Sex) {
                QVERIFY(!p);
                continue;
            }
            QVERIFY2(p, clinical::varInfo(v).name.data());
            QVERIFY(p->possibleMin <= p->plausibleMin);
            QVERIFY(p->plausibleMin < p->plausibleMax
                    || clinical::varInfo(v).kind != clinical::VarKind::Number);
            QVERIFY(p->plausibleMax <= p->possibleMax);
        }
        QVERIFY(clinical::isPossible(Var::Sbp, 250));
        QVERIFY(!clinical::isPlausible(Var::Sbp, 300));
        QVERIFY(clinical::isPossible(Var::Sbp, 300));
        QVERIFY(!clinical::isPossible(Var::Weight, -1));
    }
};

QTEST_GUILESS_MAIN(TestChartRecords)
#include "tst_chartrecords.moc"
