// SPDX-License-Identifier: GPL-3.0-or-later
// The demo cohort (issue #9 "Demo cohort"): everything the dashboard shows has a patient to show
// it on (every risk category of every model, refusals, ten-year trends, CKD with albuminuria,
// AF, diabetes, treated hypertension, quitters, statin starts, medications, allergies, safety
// facts, corrections with reasons), and the cohort is the same every time it is generated.
#include "core/clinical/MedicationClasses.h"
#include "core/clinical/Plausibility.h"
#include "core/clinical/SnapshotAssembly.h"
#include "core/risk/BatchScorer.h"
#include "core/risk/RiskRegistry.h"
#include "core/store/ChartRecords.h"
#include "core/store/DemoCohort.h"
#include "core/store/Genotypes.h"
#include "core/store/PatientRecords.h"
#include "core/store/Sqlite.h"
#include "core/store/TumourFindings.h"
#include "core/store/Vault.h"
#include "core/store/VaultInternal.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>
#include <set>

using namespace precis;
using namespace precis::store;
using clinical::Var;

namespace {

const QString kDemoPw = QStringLiteral("precis-demo-password");

struct Patient
{
    PatientSummary summary;
    clinical::Snapshot snapshot; ///< as of the reference date, derived (eGFR, BMI) as models see it
    clinical::EnteredValues entered;
    PatientDetails details;
    std::vector<TimelineEntry> timeline;
    std::vector<QDate> visits;
    std::vector<risk::Evaluation> evaluations;
};

/// Every clinical row of the vault, in insertion order, without who or when it was written:
/// what must be the same each time the cohort is generated.
QByteArray contentDigest(Vault &v, qint64 maxPatientId)
{
    Database &db = detail::VaultAccess::db(v);
    const char *queries[] = {
        "SELECT id, record_number, family_name, given_name, date_of_birth, sex, is_synthetic"
        " FROM patients WHERE id <= ?1 ORDER BY id",
        "SELECT id, patient_id, variable, value, unit, effective_date, effective_at,"
        " entered_value, entered_unit, supersedes, reason FROM observations"
        " WHERE patient_id <= ?1 ORDER BY id",
        "SELECT v.id, v.patient_id, v.measured_at, b.position, b.sbp, b.dbp FROM visits v"
        " JOIN bp_readings b ON b.visit_id = v.id WHERE v.patient_id <= ?1 ORDER BY b.id",
        "SELECT id, patient_id, code, label, start_date, stop_date, supersedes, reason"
        " FROM medications WHERE patient_id <= ?1 ORDER BY id",
        "SELECT id, patient_id, substance, reaction, intolerance FROM allergies"
        " WHERE patient_id <= ?1 ORDER BY id",
        "SELECT id, patient_id, fact, value, effective_at FROM safety_facts"
        " WHERE patient_id <= ?1 ORDER BY id",
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : queries) {
        auto st = db.prepare(sql);
        if (!st)
            return {};
        st->bind(1, maxPatientId);
        for (;;) {
            auto row = st->step();
            if (!row)
                return {};
            if (!*row)
                break;
            for (int c = 0; c < st->columnCount(); ++c) {
                hash.addData(st->text(c).toUtf8());
                hash.addData("\x1f");
            }
            hash.addData("\n");
        }
        hash.addData("--\n");
    }
    return hash.result().toHex();
}

QString categoryKey(const risk::Evaluation &e, const risk::OutcomeRow &row)
{
    QString model = e.modelId;
    if (model.startsWith(QLatin1String("prevent-")))
        model = QStringLiteral("prevent"); // the variant PREVENT picked for this patient
    return QStringLiteral("%1 %2 %3")
        .arg(model, row.outcome, row.horizonYears ? QString::number(*row.horizonYears) : QString());
}

} // namespace

class TestDemoCohort : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
    std::vector<Patient> m_patients;
    risk::RiskRegistry m_registry;
    QDate m_ref;

    int count(const std::function<bool(const Patient &)> &pred) const
    {
        return static_cast<int>(std::count_if(m_patients.begin(), m_patients.end(), pred));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ref = demoReferenceDate();
        QCOMPARE(m_ref, QDate(2026, 11, 30));
        m_path = m_dir.filePath(QStringLiteral("demo.precis"));
        const auto created = createDemoVault(m_path);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        QCOMPARE(*created, 600);
        auto v = Vault::unlock(
            m_path, QString::fromLatin1(kDemoPhysician), security::SecretBytes::fromUtf8(kDemoPw));
        QVERIFY(v);
        m_vault = std::move(*v);
        QVERIFY(m_vault->isDemo());
        // Reading 600 charts audits a few thousand reads; their durability is not under test.
        QVERIFY(detail::VaultAccess::db(*m_vault).exec("PRAGMA synchronous = OFF"));
        risk::registerStandardModels(m_registry);
        auto models = risk::selectModels(m_registry, QStringLiteral("all"));
        QVERIFY(models);

        auto list = m_vault->listPatients();
        QVERIFY(list);
        Database &db = detail::VaultAccess::db(*m_vault);
        auto visits = db.prepare("SELECT measured_at FROM visits WHERE patient_id = ?"
                                 " ORDER BY measured_at");
        QVERIFY(visits);
        for (const PatientSummary &summary : *list) {
            Patient p;
            p.summary = summary;
            auto s = patientSnapshot(*m_vault, summary.id, m_ref, &p.entered);
            QVERIFY(s);
            p.snapshot = *s;
            clinical::deriveMissing(p.snapshot);
            auto details = patientDetails(*m_vault, summary.id);
            QVERIFY(details);
            p.details = *details;
            auto timeline = patientTimeline(*m_vault, summary.id);
            QVERIFY(timeline);
            p.timeline = *timeline;
            visits->reset();
            visits->bind(1, summary.id);
            for (;;) {
                auto row = visits->step();
                QVERIFY(row);
                if (!*row)
                    break;
                p.visits.push_back(
                    QDateTime::fromString(visits->text(0), Qt::ISODateWithMs).date());
            }
            for (const risk::RiskModel *model : *models)
                p.evaluations.push_back(model->evaluate(p.snapshot));
            m_patients.push_back(std::move(p));
        }
    }

    void sizeAndRecordNumbers()
    {
        QVERIFY(m_patients.size() >= 500);
        std::set<QString> numbers;
        for (const Patient &p : m_patients)
            numbers.insert(p.summary.recordNumber);
        QCOMPARE(numbers.size(), m_patients.size());
        QCOMPARE(*numbers.begin(), QStringLiteral("DEMO-000001"));
        QCOMPARE(*numbers.rbegin(), QStringLiteral("DEMO-000600"));
        // Every row says it is synthetic, and every family name says so too.
        QCOMPARE(*detail::VaultAccess::db(*m_vault).queryInt(
                     "SELECT count(*) FROM patients WHERE is_synthetic = 0"),
                 0);
        QCOMPARE(count([](const Patient &p) {
                     return !p.summary.familyName.endsWith(QLatin1String("-Demo"));
                 }),
                 0);
    }

    void demographics()
    {
        int minAge = 200;
        int maxAge = 0;
        std::set<double> ethnicities;
        std::set<double> races;
        for (const Patient &p : m_patients) {
            const int age = static_cast<int>(*p.snapshot.get(Var::Age));
            minAge = std::min(minAge, age);
            maxAge = std::max(maxAge, age);
            if (auto e = p.snapshot.get(Var::Ethnicity))
                ethnicities.insert(*e);
            if (auto r = p.snapshot.get(Var::Race))
                races.insert(*r);
        }
        // Issue #9: ages 25-90 (as of the reference date), both ends present.
        QVERIFY2(minAge >= 25 && minAge <= 27, qPrintable(QString::number(minAge)));
        QVERIFY2(maxAge <= 90 && maxAge >= 88, qPrintable(QString::number(maxAge)));
        const int women = count([](const Patient &p) { return *p.snapshot.get(Var::Sex) == 0; });
        QVERIFY2(women > 240 && women < 360, qPrintable(QString::number(women)));
        // QRISK3's nine ethnicity codes (Variable.h) and the PCE's three races all occur, and
        // some charts lack them (race declined, ethnicity not stated).
        QCOMPARE(ethnicities.size(), std::size_t{9});
        QCOMPARE(races.size(), std::size_t{3});
        QVERIFY(count([](const Patient &p) { return !p.snapshot.has(Var::Race); }) >= 5);
        QVERIFY(count([](const Patient &p) { return !p.snapshot.has(Var::Ethnicity); }) >= 5);
        const int white = count(
            [](const Patient &p) { return p.snapshot.get(Var::Ethnicity).value_or(1) == 1; });
        QVERIFY2(white < 400, qPrintable(QString::number(white)));
    }

    void visitsAreRecentAndSomeSpanTenYears()
    {
        for (const Patient &p : m_patients) {
            QVERIFY(!p.visits.empty());
            // Every visit on or before the reference date; the latest within the year before.
            QVERIFY2(p.visits.back() <= m_ref && p.visits.back() > m_ref.addYears(-1),
                     qPrintable(p.summary.recordNumber));
            QVERIFY(p.visits.front() >= m_ref.addYears(-11));
        }
        const int tenYears = count([this](const Patient &p) {
            return p.visits.size() >= 11 && p.visits.front() <= m_ref.addYears(-10);
        });
        QVERIFY2(tenYears >= 60, qPrintable(QString::number(tenYears)));
        const int single = count([](const Patient &p) { return p.visits.size() == 1; });
        QVERIFY(single >= 20);
    }

    void everyRiskCategoryOccurs()
    {
        // The category tokens each model emits by its card's guideline (docs/MODELS.md:
        // PCE 2019 ACC/AHA bands, PREVENT 2026 ACC/AHA bands on 10-year ASCVD, QRISK3 NICE
        // NG238, SCORE2/SCORE2-OP ESC 2021 age-specific bands, CKD-EPI KDIGO G1-G5, KFRE
        // KDIGO 2024 / NICE NG203, FINDRISC form bands, CHA2DS2-VASc/-VA and HAS-BLED).
        const std::map<QString, std::set<QString>> expected = {
            {QStringLiteral("pce ascvd 10"),
             {QStringLiteral("low"),
              QStringLiteral("borderline"),
              QStringLiteral("intermediate"),
              QStringLiteral("high")}},
            {QStringLiteral("prevent ascvd 10"),
             {QStringLiteral("low"),
              QStringLiteral("borderline"),
              QStringLiteral("intermediate"),
              QStringLiteral("high")}},
            {QStringLiteral("qrisk3 cvd 10"), {QStringLiteral("low"), QStringLiteral("high")}},
            {QStringLiteral("score2 cvd 10"),
             {QStringLiteral("low_to_moderate"),
              QStringLiteral("high"),
              QStringLiteral("very_high")}},
            {QStringLiteral("score2-op cvd 10"),
             {QStringLiteral("low_to_moderate"),
              QStringLiteral("high"),
              QStringLiteral("very_high")}},
            {QStringLiteral("ckd-epi-2021 egfr "),
             {QStringLiteral("G1"),
              QStringLiteral("G2"),
              QStringLiteral("G3a"),
              QStringLiteral("G3b"),
              QStringLiteral("G4"),
              QStringLiteral("G5")}},
            {QStringLiteral("kfre-4 kidney_failure 2"),
             {QStringLiteral("below_10"),
              QStringLiteral("multidisciplinary"),
              QStringLiteral("krt_planning")}},
            {QStringLiteral("kfre-4 kidney_failure 5"),
             {QStringLiteral("low"), QStringLiteral("referral"), QStringLiteral("high")}},
            {QStringLiteral("kfre-8 kidney_failure 2"),
             {QStringLiteral("below_10"),
              QStringLiteral("multidisciplinary"),
              QStringLiteral("krt_planning")}},
            {QStringLiteral("kfre-8 kidney_failure 5"),
             {QStringLiteral("low"), QStringLiteral("referral"), QStringLiteral("high")}},
            {QStringLiteral("findrisc type2_diabetes 10"),
             {QStringLiteral("low"),
              QStringLiteral("slightly_elevated"),
              QStringLiteral("moderate"),
              QStringLiteral("high"),
              QStringLiteral("very_high")}},
            {QStringLiteral("cha2ds2-vasc score "),
             {QStringLiteral("low"),
              QStringLiteral("oac_considered"),
              QStringLiteral("oac_recommended")}},
            {QStringLiteral("cha2ds2-va score "),
             {QStringLiteral("low"),
              QStringLiteral("oac_considered"),
              QStringLiteral("oac_recommended")}},
            {QStringLiteral("has-bled score "), {QStringLiteral("low"), QStringLiteral("high")}},
        };
        std::map<QString, std::set<QString>> seen;
        for (const Patient &p : m_patients)
            for (const risk::Evaluation &e : p.evaluations)
                for (const risk::OutcomeRow &row : e.rows)
                    if (!row.category.isEmpty())
                        seen[categoryKey(e, row)].insert(row.category);
        for (const auto &[key, categories] : expected) {
            QStringList found;
            for (const QString &c : seen[key])
                found << c;
            for (const QString &c : categories)
                QVERIFY2(seen[key].count(c),
                         qPrintable(QStringLiteral("%1: no patient in category %2 (found: %3)")
                                        .arg(key, c, found.join(QLatin1Char(' ')))));
        }
    }

    void someModelsRefuseForMissingInputs()
    {
        // Refusal cards: each message names the missing field (the models' InputReader).
        const auto refusedNaming = [this](const QString &model, const QString &field) {
            return count([&](const Patient &p) {
                for (const risk::Evaluation &e : p.evaluations)
                    if (e.modelId.startsWith(model) && !e.rows.empty()
                        && e.rows.front().status == risk::Status::Refused
                        && e.rows.front().messages.join(QLatin1Char(' ')).contains(field))
                        return true;
                return false;
            });
        };
        QVERIFY(refusedNaming(QStringLiteral("pce"), QStringLiteral("total_cholesterol")) >= 5);
        QVERIFY(refusedNaming(QStringLiteral("pce"), QStringLiteral("race")) >= 5);
        QVERIFY(refusedNaming(QStringLiteral("qrisk3"), QStringLiteral("sbp_sd")) >= 5);
        QVERIFY(refusedNaming(QStringLiteral("qrisk3"), QStringLiteral("smoking")) >= 5);
        QVERIFY(refusedNaming(QStringLiteral("qrisk3"), QStringLiteral("townsend")) >= 5);
        QVERIFY(refusedNaming(QStringLiteral("prevent"), QStringLiteral("egfr")) >= 5);
        QVERIFY(refusedNaming(QStringLiteral("findrisc"), QStringLiteral("waist")) >= 5);
        // ... while most full charts run: QRISK3 computes for most patients of its age range.
        const int qriskOk = count([](const Patient &p) {
            for (const risk::Evaluation &e : p.evaluations)
                if (e.modelId == QLatin1String("qrisk3"))
                    return e.rows.front().status != risk::Status::Refused;
            return false;
        });
        QVERIFY2(qriskOk >= 300, qPrintable(QString::number(qriskOk)));
    }

    void clinicalPictures()
    {
        // CKD with albuminuria (KDIGO: eGFR < 60 and UACR >= 30 mg/g) at every G stage 3a-5.
        const int ckd = count([](const Patient &p) {
            return p.snapshot.get(Var::Egfr).value_or(100) < 60
                   && p.snapshot.get(Var::Uacr).value_or(0) >= 30
                   && p.snapshot.get(Var::CkdStage35).value_or(0) == 1;
        });
        QVERIFY2(ckd >= 30, qPrintable(QString::number(ckd)));
        QVERIFY(count([](const Patient &p) { return p.snapshot.get(Var::Af) == 1.0; }) >= 20);
        QVERIFY(count([](const Patient &p) { return p.snapshot.get(Var::Diabetes) == 1.0; }) >= 5);
        QVERIFY(count([](const Patient &p) { return p.snapshot.get(Var::Diabetes) == 2.0; }) >= 50);
        // Treated hypertension: the flag comes from an antihypertensive on the medication list.
        const int treated = count([](const Patient &p) {
            if (p.snapshot.get(Var::Hypertension) != 1.0 || p.snapshot.get(Var::BpTreated) != 1.0)
                return false;
            for (const Medication &m : p.details.medications)
                if (!m.stopped
                    && clinical::inDrugClass(clinical::DrugClass::Antihypertensive, m.atc))
                    return true;
            return false;
        });
        QVERIFY2(treated >= 100, qPrintable(QString::number(treated)));
        QVERIFY(count([](const Patient &p) { return p.snapshot.get(Var::HeartFailure) == 1.0; })
                >= 10);
        QVERIFY(count([](const Patient &p) { return p.snapshot.get(Var::Cvd) == 1.0; }) >= 30);
    }

    void smokersQuit()
    {
        // A current smoker (light, moderate, heavy: codes 2-4) at one visit, former (1) later.
        const int quitters = count([](const Patient &p) {
            bool smoked = false;
            for (auto it = p.timeline.rbegin(); it != p.timeline.rend(); ++it) { // oldest first
                if (it->what != QLatin1String("smoking") || it->superseded)
                    continue;
                if (it->value == QLatin1String("light") || it->value == QLatin1String("moderate")
                    || it->value == QLatin1String("heavy"))
                    smoked = true;
                else if (smoked && it->value == QLatin1String("former"))
                    return true;
            }
            return false;
        });
        QVERIFY2(quitters >= 15, qPrintable(QString::number(quitters)));
    }

    void statinStartsFollowTheMedicationList()
    {
        // A statin started after the first visit: the statin input is 0 the day before the
        // start and 1 from the start date (MedicationClasses.h rule 1), read from the vault.
        int starts = 0;
        for (const Patient &p : m_patients) {
            for (const Medication &m : p.details.medications) {
                if (!clinical::inDrugClass(clinical::DrugClass::Statin, m.atc)
                    || m.started <= p.visits.front())
                    continue;
                auto before = patientSnapshot(*m_vault, p.summary.id, m.started.addDays(-1));
                auto on = patientSnapshot(*m_vault, p.summary.id, m.started);
                QVERIFY(before && on);
                QCOMPARE(before->get(Var::Statin), std::optional<double>(0.0));
                QCOMPARE(on->get(Var::Statin), std::optional<double>(1.0));
                ++starts;
                break;
            }
            if (starts >= 40)
                break;
        }
        QVERIFY2(starts >= 40, qPrintable(QString::number(starts)));
    }

    void medicationsAllergiesAndSafetyFacts()
    {
        const int withMeds = count([](const Patient &p) { return !p.details.medications.empty(); });
        QVERIFY2(withMeds >= 300, qPrintable(QString::number(withMeds)));
        const auto hasAllergy = [](const Patient &p, const QString &substance, bool intolerance) {
            for (const Allergy &a : p.details.allergies)
                if (a.substance == substance && a.intolerance == intolerance)
                    return true;
            return false;
        };
        QVERIFY(
            count([&](const Patient &p) { return hasAllergy(p, QStringLiteral("statins"), true); })
            >= 5);
        QVERIFY(count([&](const Patient &p) {
                    return hasAllergy(p, QStringLiteral("ACE inhibitors"), false);
                })
                >= 2);
        QVERIFY(count([&](const Patient &p) {
                    return hasAllergy(p, QStringLiteral("penicillin"), false);
                })
                >= 20);
        // A stopped statin after an intolerance: the statin input reads 0 again.
        const int stopped = count([](const Patient &p) {
            for (const Medication &m : p.details.medications)
                if (m.stopped && clinical::inDrugClass(clinical::DrugClass::Statin, m.atc))
                    return p.snapshot.get(Var::Statin) == 0.0;
            return false;
        });
        QVERIFY(stopped >= 3);
        // Every safety fact is answered "yes" for someone and "no" for someone, and left
        // unknown for others (unknown is never "no").
        for (std::size_t f = 0; f < kSafetyFactCount; ++f) {
            const QString name = safetyFactToken(static_cast<SafetyFact>(f));
            const int yes = count([f](const Patient &p) { return p.details.safety[f] == true; });
            const int no = count([f](const Patient &p) { return p.details.safety[f] == false; });
            const int unknown
                = count([f](const Patient &p) { return !p.details.safety[f].has_value(); });
            QVERIFY2(yes >= 1 && no >= 10 && unknown >= 10,
                     qPrintable(QStringLiteral("%1: %2 yes, %3 no, %4 unknown")
                                    .arg(name)
                                    .arg(yes)
                                    .arg(no)
                                    .arg(unknown)));
        }
    }

    void correctionsCarryReasons()
    {
        int corrections = 0;
        std::set<QString> variables;
        for (const Patient &p : m_patients)
            for (const TimelineEntry &e : p.timeline)
                if (e.kind == TimelineEntry::Kind::Correction) {
                    QVERIFY(!e.reason.isEmpty());
                    QVERIFY(!e.previousValue.isEmpty());
                    QVERIFY(e.previousValue != e.value);
                    variables.insert(e.what);
                    ++corrections;
                }
        QVERIFY2(corrections >= 20, qPrintable(QString::number(corrections)));
        QVERIFY(variables.size() >= 3);
    }

    void ldlAndPotassiumAtSomeVisits()
    {
        // Issue #9's intake labs that no model reads: LDL with most lipid panels, always below
        // total minus HDL cholesterol of the same visit (LDL is part of non-HDL cholesterol),
        // potassium with some kidney panels; all within the plausible ranges of
        // core/clinical/Plausibility.cpp, so the demo never shows an implausible lab.
        Database &db = detail::VaultAccess::db(*m_vault);
        auto st = db.prepare(
            "SELECT patient_id, effective_date, variable, value FROM observations o"
            " WHERE variable IN ('total_cholesterol', 'hdl_cholesterol', 'ldl_cholesterol',"
            " 'potassium') AND NOT EXISTS (SELECT 1 FROM observations s WHERE s.supersedes = "
            "o.id)");
        QVERIFY(st);
        std::map<std::pair<qint64, QString>, std::map<QString, double>> visits;
        for (;;) {
            auto row = st->step();
            QVERIFY(row);
            if (!*row)
                break;
            visits[{st->int64(0), st->text(1)}][st->text(2)] = st->real(3);
        }
        int lipidPanels = 0;
        int withLdl = 0;
        int withPotassium = 0;
        for (const auto &visit : visits) {
            // A named reference, not a structured binding: clang 14 cannot capture bindings.
            const auto &values = visit.second;
            const auto has = [&](const char *name) { return values.count(QLatin1String(name)); };
            if (has("total_cholesterol"))
                ++lipidPanels;
            if (has("potassium")) {
                ++withPotassium;
                const double k = values.at(QStringLiteral("potassium"));
                QVERIFY2(clinical::isPlausible(Var::Potassium, k), qPrintable(QString::number(k)));
            }
            if (!has("ldl_cholesterol"))
                continue;
            ++withLdl;
            QVERIFY(has("total_cholesterol") && has("hdl_cholesterol"));
            const double ldl = values.at(QStringLiteral("ldl_cholesterol"));
            const double nonHdl = values.at(QStringLiteral("total_cholesterol"))
                                  - values.at(QStringLiteral("hdl_cholesterol"));
            QVERIFY2(ldl < nonHdl,
                     qPrintable(QStringLiteral("patient %1 on %2: LDL %3 >= TC - HDL %4")
                                    .arg(visit.first.first)
                                    .arg(visit.first.second)
                                    .arg(ldl)
                                    .arg(nonHdl)));
            QVERIFY2(clinical::isPlausible(Var::LdlCholesterol, ldl),
                     qPrintable(QString::number(ldl)));
        }
        // The cohort's shares: LDL with 80 % of lipid panels, potassium with 35-80 % of kidney
        // panels (DemoCohort.cpp); bounds leave room for the draw.
        QVERIFY2(withLdl > lipidPanels / 2 && withLdl < lipidPanels,
                 qPrintable(QStringLiteral("%1 of %2").arg(withLdl).arg(lipidPanels)));
        QVERIFY2(withPotassium >= 500, qPrintable(QString::number(withPotassium)));
        QVERIFY(count([](const Patient &p) { return p.snapshot.has(Var::LdlCholesterol); }) >= 300);
        QVERIFY(count([](const Patient &p) { return p.snapshot.has(Var::Potassium); }) >= 150);
    }

    void valuesKeepTheUnitsTheyWereTypedIn()
    {
        // Some clinics type SI units; the chart keeps what was typed (issue #9 Intake).
        std::map<QString, int> units;
        for (const Patient &p : m_patients)
            for (std::size_t i = 0; i < clinical::kVarCount; ++i)
                if (p.entered[i])
                    ++units[QString(clinical::varInfo(static_cast<Var>(i)).name) + QLatin1Char('[')
                            + p.entered[i]->unit + QLatin1Char(']')];
        for (const char *column : {"total_cholesterol[mmol/L]",
                                   "hdl_cholesterol[mmol/L]",
                                   "ldl_cholesterol[mmol/L]",
                                   "creatinine[umol/L]",
                                   "hba1c[mmol/mol]",
                                   "uacr[mg/mmol]",
                                   "fasting_glucose[mg/dL]"})
            QVERIFY2(units[QString::fromLatin1(column)] >= 5, column);
    }

    // The demo's tumour import (issue #11): DEMO-000004, lung adenocarcinoma (LUAD) with EGFR
    // L858R (c.2573T>G, NC_000007.14:g.55191822T>G, dbSNP rs121434568), stored with the
    // knowledge and OncoTree releases; osimertinib is on-label for it (FDA label, Tagrisso,
    // EGFR exon 19 deletions or exon 21 L858R NSCLC, as resources/genomics/tumour cites).
    // The only tumour import in the demo; the chart rows the digest covers are untouched by it.
    void demoTumourImport()
    {
        auto p = findPatientByRecordNumber(*m_vault, QStringLiteral("DEMO-000004"));
        QVERIFY(p);
        auto m = patientTumourMatch(*m_vault, p->id);
        QVERIFY(m && m->has_value());
        const StoredTumourMatch &t = **m;
        QCOMPARE(t.tumourType, QStringLiteral("LUAD"));
        QCOMPARE(t.sampleName, QStringLiteral("TUMOR"));
        QCOMPARE(t.recordedBy, QString::fromLatin1(kDemoPhysician));
        QVERIFY(!t.match.knowledgeVersion.isEmpty() && !t.match.oncotreeRelease.isEmpty());
        QVERIFY(!t.match.findings.empty());
        bool osimertinib = false;
        for (const TumourFindingRow &f : t.match.findings) {
            QCOMPARE(f.gene, QStringLiteral("EGFR"));
            QCOMPARE(f.protein, QStringLiteral("p.L858R"));
            QCOMPARE(f.position, 55191822);
            osimertinib = osimertinib
                          || (f.therapy == QLatin1String("osimertinib")
                              && f.context == QLatin1String("on-label")
                              && f.effect == QLatin1String("sensitivity"));
        }
        QVERIFY(osimertinib);
        QCOMPARE(*detail::VaultAccess::db(*m_vault).queryInt("SELECT count(*) FROM tumour_matches"),
                 1);
    }

    // Issue #10: a demo patient on clopidogrel with a stored CYP2C19 intermediate or poor
    // metabolizer result, so that the Options view shows `review:clopidogrel` (CPIC 2022, Lee
    // CR et al., Clin Pharmacol Ther 2022;112:959-967: avoid standard-dose clopidogrel). The
    // patient takes aspirin after ACS or PCI (the indication CPIC grades strong) and no
    // anticoagulant; the clopidogrel start is recorded on the reference date.
    void clopidogrelWithCyp2c19Genotype()
    {
        int found = 0;
        for (const Patient &p : m_patients) {
            const auto takes = [&](const char *atc) {
                return std::any_of(
                    p.details.medications.begin(), p.details.medications.end(), [&](const auto &m) {
                        return !m.stopped && m.atc.startsWith(QLatin1String(atc));
                    });
            };
            if (!takes("B01AC04"))
                continue;
            auto genotypes = patientGenotypes(*m_vault, p.summary.id);
            QVERIFY(genotypes);
            for (const StoredGenotype &g : *genotypes) {
                if (g.result.gene != QLatin1String("CYP2C19"))
                    continue;
                QVERIFY2(g.result.phenotype.endsWith(QLatin1String("Intermediate Metabolizer"))
                             || g.result.phenotype.endsWith(QLatin1String("Poor Metabolizer")),
                         qPrintable(g.result.phenotype));
                QVERIFY(takes("B01AC06"));
                QVERIFY(!takes("B01AA") && !takes("B01AF"));
                QCOMPARE(p.details.safety[static_cast<std::size_t>(SafetyFact::AcsOrPci)],
                         std::optional<bool>(true));
                ++found;
            }
        }
        QCOMPARE(found, 1);
    }

    void deterministic()
    {
        // Patient i depends on the seed and i only: two small cohorts are the same row for
        // row, and the same as the first patients of the full cohort.
        DemoOptions small;
        small.patients = 25;
        QByteArray digests[2];
        for (int run = 0; run < 2; ++run) {
            const QString path = m_dir.filePath(QStringLiteral("small%1.precis").arg(run));
            QVERIFY(createDemoVault(path, small));
            auto v = Vault::unlock(
                path, QString::fromLatin1(kDemoNurse), security::SecretBytes::fromUtf8(kDemoPw));
            QVERIFY(v);
            digests[run] = contentDigest(**v, small.patients);
        }
        QVERIFY(!digests[0].isEmpty());
        QCOMPARE(digests[0], digests[1]);
        QCOMPARE(contentDigest(*m_vault, small.patients), digests[0]);
        // Another seed gives another cohort.
        DemoOptions other = small;
        other.seed += 1;
        const QString path = m_dir.filePath(QStringLiteral("other.precis"));
        QVERIFY(createDemoVault(path, other));
        auto v = Vault::unlock(
            path, QString::fromLatin1(kDemoNurse), security::SecretBytes::fromUtf8(kDemoPw));
        QVERIFY(v);
        QVERIFY(contentDigest(**v, small.patients) != digests[0]);
    }
};

QTEST_GUILESS_MAIN(TestDemoCohort)
#include "tst_democohort.moc"
