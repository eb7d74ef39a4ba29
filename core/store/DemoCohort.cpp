// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/DemoCohort.h"

#include "core/clinical/KidneyFunction.h"
#include "core/clinical/Units.h"
#include "core/clinical/Variable.h"
#include "core/security/PasswordPolicy.h"
#include "core/store/AuditLog.h"
#include "core/store/ChartRecords.h"
#include "core/store/Genotypes.h"
#include "core/store/PatientRecords.h"
#include "core/store/Sqlite.h"
#include "core/store/TumourFindings.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultInternal.h"

#include <QCryptographicHash>
#include <QDate>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace precis::store {

namespace {

using clinical::Var;
using detail::VaultAccess;

// Distributions are written out (not std::normal_distribution, whose algorithm is
// implementation-defined) so the cohort is the same with any standard library.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    double uniform() { return (static_cast<double>(m_engine() >> 11) + 0.5) * 0x1.0p-53; }
    double normal(double mean, double sd)
    {
        // Box-Muller.
        const double u1 = uniform();
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    bool chance(double p) { return uniform() < p; }
    int between(int lo, int hi) { return lo + static_cast<int>(uniform() * (hi - lo + 1)); }

private:
    std::mt19937_64 m_engine;
};

double clamp(double v, double lo, double hi)
{
    return std::min(hi, std::max(lo, v));
}

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

// Invented, clearly synthetic names: every family name ends in "-Demo".
constexpr std::array<const char *, 40> kFamily
    = {"Adler",  "Becker", "Castell", "Dorn",   "Eberle", "Falk",    "Gruber", "Hahn",
       "Imhof",  "Jansen", "Keller",  "Lorenz", "Maurer", "Nagel",   "Ostrow", "Pohl",
       "Quandt", "Roth",   "Sauer",   "Thiel",  "Ulrich", "Vogt",    "Weber",  "Xander",
       "Yilmaz", "Zeller", "Amsel",   "Brandt", "Conrad", "Dietz",   "Engel",  "Fuchs",
       "Graf",   "Horn",   "Iske",    "Jung",   "Kraus",  "Lindner", "Moser",  "Novak"};
constexpr std::array<const char *, 24> kGivenFemale
    = {"Anna", "Berta",   "Clara", "Dora",   "Elena", "Frieda", "Greta", "Hanna",
       "Ida",  "Johanna", "Karla", "Lena",   "Maria", "Nora",   "Olga",  "Paula",
       "Rosa", "Sofia",   "Tina",  "Ursula", "Vera",  "Wilma",  "Xenia", "Zoe"};
constexpr std::array<const char *, 24> kGivenMale
    = {"Anton",  "Bruno", "Carl", "David",  "Emil",   "Felix",  "Georg", "Hugo",
       "Ivan",   "Jakob", "Karl", "Ludwig", "Max",    "Niklas", "Otto",  "Paul",
       "Rudolf", "Simon", "Theo", "Uwe",    "Viktor", "Walter", "Xaver", "Yannick"};

// The bulk generator's reference date: ages and visit dates are relative to it so that its
// patients are identical whenever they are generated.
QDate bulkReference()
{
    return QDate(2025, 6, 30);
}

struct Writer
{
    Statement patient;
    Statement observation;
    Statement condition;
    Statement medication;
    QString user;
    QString now;
    qint64 observations = 0;

    Result<void> obs(qint64 pid, Var v, double value, const QDate &date)
    {
        observation.reset();
        observation.bind(1, pid)
            .bind(2, QString(clinical::varInfo(v).name))
            .bind(3, value)
            .bind(4, QString(clinical::varInfo(v).unit))
            .bind(5, date.toString(Qt::ISODate))
            .bind(6, user)
            .bind(7, now);
        ++observations;
        return observation.run();
    }
    Result<void> cond(qint64 pid, const char *code, const char *label, const QDate &onset)
    {
        condition.reset();
        condition.bind(1, pid)
            .bind(2, QString::fromLatin1(code))
            .bind(3, QString::fromLatin1(label))
            .bind(4, onset.toString(Qt::ISODate))
            .bind(5, user)
            .bind(6, now);
        return condition.run();
    }
    Result<void> med(qint64 pid, const char *atc, const char *label, const QDate &start)
    {
        medication.reset();
        medication.bind(1, pid)
            .bind(2, QString::fromLatin1(atc))
            .bind(3, QString::fromLatin1(label))
            .bind(4, start.toString(Qt::ISODate))
            .bind(5, user)
            .bind(6, now);
        return medication.run();
    }
};

#define PRECIS_TRY(expr)                                                                           \
    do {                                                                                           \
        if (auto r_ = (expr); !r_)                                                                 \
            return tl::unexpected(r_.error());                                                     \
    } while (false)

struct Basics
{
    bool female = false;
    QDate dob;
    int age = 0;
};

Result<Basics> writePatient(Writer &w, Rng &rng, int index)
{
    const bool female = rng.chance(0.5);
    const int age = rng.between(30, 84);
    const QDate dob = bulkReference().addYears(-age).addDays(-rng.between(0, 364));
    const QString family
        = QString::fromLatin1(kFamily[static_cast<std::size_t>(rng.between(0, kFamily.size() - 1))])
          + QStringLiteral("-Demo");
    const QString given = QString::fromLatin1(
        female ? kGivenFemale[static_cast<std::size_t>(rng.between(0, kGivenFemale.size() - 1))]
               : kGivenMale[static_cast<std::size_t>(rng.between(0, kGivenMale.size() - 1))]);
    w.patient.reset();
    w.patient.bind(1, QStringLiteral("DEMO-%1").arg(index + 1, 6, 10, QLatin1Char('0')))
        .bind(2, family)
        .bind(3, given)
        .bind(4, dob.toString(Qt::ISODate))
        .bind(5, female ? QStringLiteral("female") : QStringLiteral("male"))
        .bind(6, 1)
        .bind(7, w.user)
        .bind(8, w.now);
    PRECIS_TRY(w.patient.run());
    return Basics{female, dob, age};
}

} // namespace

Result<qint64> generateSyntheticPatients(Vault &vault, const DemoOptions &options)
{
    if (auto r = VaultAccess::requireUnlocked(vault); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    Rng rng(options.seed);
    Writer w;
    w.user = vault.user().name;
    w.now = detail::nowUtc();
    auto prep = [&](Statement &s, const char *sql) -> Result<void> {
        auto st = db.prepare(sql);
        if (!st)
            return tl::unexpected(st.error());
        s = std::move(*st);
        return {};
    };
    PRECIS_TRY(prep(w.patient,
                    "INSERT INTO patients(record_number, family_name, given_name,"
                    " date_of_birth, sex, is_synthetic, created_by, created_at)"
                    " VALUES (?,?,?,?,?,?,?,?)"));
    PRECIS_TRY(prep(w.observation,
                    "INSERT INTO observations(patient_id, variable, value, unit,"
                    " effective_date, recorded_by, recorded_at)"
                    " VALUES (?,?,?,?,?,?,?)"));
    PRECIS_TRY(prep(w.condition,
                    "INSERT INTO conditions(patient_id, code, label, onset_date,"
                    " recorded_by, recorded_at) VALUES (?,?,?,?,?,?)"));
    PRECIS_TRY(prep(w.medication,
                    "INSERT INTO medications(patient_id, code, label, start_date,"
                    " recorded_by, recorded_at) VALUES (?,?,?,?,?,?)"));
    auto firstIndex = db.queryInt("SELECT count(*) FROM patients");
    if (!firstIndex)
        return tl::unexpected(firstIndex.error());

    constexpr int kBatch = 1000;
    for (int start = 0; start < options.patients; start += kBatch) {
        const int end = std::min(options.patients, start + kBatch);
        auto txn = Transaction::begin(db);
        if (!txn)
            return tl::unexpected(txn.error());
        for (int i = start; i < end; ++i) {
            auto basics = writePatient(w, rng, static_cast<int>(*firstIndex) + i);
            if (!basics)
                return tl::unexpected(basics.error());
            const qint64 pid = db.lastInsertRowId();
            // Re-derive this patient's characteristics from its own stream so the clinical
            // values are correlated with each other and reproducible.
            Rng prng(options.seed
                     ^ (static_cast<quint64>(*firstIndex + i + 1) * 0x9E3779B97F4A7C15ull));
            const bool female = basics->female;
            const QDate dob = basics->dob;
            const int age = basics->age;

            if (options.observationsPerPatient > 0) {
                // Benchmark shape: a fixed number of observations over a few variables.
                static constexpr std::array<Var, 5> kVars
                    = {Var::Sbp, Var::Dbp, Var::Weight, Var::TotalCholesterol, Var::HdlCholesterol};
                for (int k = 0; k < options.observationsPerPatient; ++k) {
                    const Var v = kVars[static_cast<std::size_t>(k) % kVars.size()];
                    const double value = v == Var::Sbp                ? prng.normal(132, 16)
                                         : v == Var::Dbp              ? prng.normal(80, 9)
                                         : v == Var::Weight           ? prng.normal(78, 14)
                                         : v == Var::TotalCholesterol ? prng.normal(200, 38)
                                                                      : prng.normal(52, 13);
                    PRECIS_TRY(w.obs(pid,
                                     v,
                                     std::round(value * 10) / 10,
                                     bulkReference().addDays(qint64{-30} * (k / 5))));
                }
                continue;
            }

            // Risk factors, correlated: BMI with age; diabetes with age and BMI; blood pressure
            // with age, BMI and diabetes; treatment with the condition it treats.
            const double height = female ? prng.normal(163, 6.5) : prng.normal(176, 7);
            const double bmi = clamp(prng.normal(25.5 + 0.06 * (age - 30), 4.5), 17, 48);
            const double smokeDraw = prng.uniform();
            const int smoking = smokeDraw < 0.55 ? 0 : smokeDraw < 0.80 ? 1 : prng.between(2, 4);
            const double pT2 = logistic(-7.0 + 0.055 * age + 0.13 * (bmi - 27));
            const int diabetes = prng.chance(0.005) ? 1 : (prng.chance(pT2) ? 2 : 0);
            const double baseSbp = clamp(108 + 0.55 * (age - 30) + 0.9 * (bmi - 25)
                                             + (diabetes ? 5 : 0) + prng.normal(0, 13),
                                         92,
                                         205);
            const bool hypertension = baseSbp >= 140 || prng.chance(0.05);
            const bool bpTreated = hypertension && prng.chance(0.65);
            const double baseTc = clamp(prng.normal(195 + 0.35 * (age - 50), 36), 110, 340);
            const double baseHdl
                = clamp(female ? prng.normal(60, 14) : prng.normal(48, 12), 22, 110);
            const bool statin
                = (age >= 55 && (baseTc > 230 || diabetes)) ? prng.chance(0.6) : prng.chance(0.05);
            const double baseCreat
                = clamp((female ? prng.normal(0.78, 0.15) : prng.normal(0.98, 0.18))
                            * (1.0 + 0.009 * std::max(0, age - 45)) * (diabetes ? 1.1 : 1.0),
                        0.4,
                        4.5);
            const double pCvd = logistic(-7.5 + 0.07 * age + (female ? -0.5 : 0)
                                         + (smoking >= 2 ? 0.6 : 0) + (diabetes ? 0.5 : 0));
            const bool cvd = prng.chance(pCvd);
            const bool af = prng.chance(logistic(-9.0 + 0.085 * age));
            const bool famChd = prng.chance(0.15);

            const QDate first = bulkReference().addDays(-prng.between(900, 1400));
            PRECIS_TRY(w.obs(pid, Var::Height, std::round(height), first));
            PRECIS_TRY(w.obs(pid, Var::Diabetes, diabetes, first));
            PRECIS_TRY(w.obs(pid, Var::Race, 0, first));
            PRECIS_TRY(w.obs(pid, Var::Ethnicity, 1, first));
            PRECIS_TRY(w.obs(pid, Var::Cvd, cvd ? 1 : 0, first));
            PRECIS_TRY(w.obs(pid, Var::Af, af ? 1 : 0, first));
            PRECIS_TRY(w.obs(pid, Var::FamilyHistoryChd, famChd ? 1 : 0, first));
            PRECIS_TRY(w.obs(pid, Var::Hypertension, hypertension ? 1 : 0, first));
            if (hypertension)
                PRECIS_TRY(w.cond(pid, "I10", "Essential hypertension", first.addYears(-2)));
            if (diabetes == 2)
                PRECIS_TRY(w.cond(pid, "E11", "Type 2 diabetes mellitus", first.addYears(-3)));
            if (diabetes == 1)
                PRECIS_TRY(w.cond(pid, "E10", "Type 1 diabetes mellitus", dob.addYears(14)));
            if (cvd)
                PRECIS_TRY(
                    w.cond(pid, "I25", "Chronic ischaemic heart disease", first.addYears(-1)));
            if (af)
                PRECIS_TRY(w.cond(pid, "I48", "Atrial fibrillation", first.addYears(-1)));
            if (bpTreated)
                PRECIS_TRY(w.med(pid, "C09AA05", "ramipril", first));
            if (statin)
                PRECIS_TRY(w.med(pid, "C10AA05", "atorvastatin", first));
            if (diabetes == 2)
                PRECIS_TRY(w.med(pid, "A10BA02", "metformin", first));
            if (diabetes == 1)
                PRECIS_TRY(w.med(pid, "A10AE04", "insulin glargine", first));

            const int visits = prng.between(3, 5);
            for (int v = 0; v < visits; ++v) {
                const QDate date = first.addDays(qint64{v} * prng.between(180, 330));
                if (date > bulkReference())
                    break;
                const int ageAt = age - static_cast<int>(date.daysTo(bulkReference()) / 365);
                const double sbp
                    = clamp(baseSbp - (bpTreated ? 9 : 0) + prng.normal(0, 7), 88, 220);
                const double dbp = clamp(0.45 * sbp + 18 + prng.normal(0, 6), 50, 125);
                const double weight = bmi * (height / 100) * (height / 100) + prng.normal(0, 1.5);
                const double tc
                    = clamp(baseTc * (statin ? 0.72 : 1.0) + prng.normal(0, 12), 100, 360);
                const double hdl = clamp(baseHdl + prng.normal(0, 4), 20, 115);
                const double creat = clamp(baseCreat + prng.normal(0, 0.06), 0.35, 5.0);
                const double hba1c = diabetes ? clamp(prng.normal(7.4, 1.0), 5.8, 12.5)
                                              : clamp(prng.normal(5.4, 0.3), 4.4, 6.4);
                const double uacr = std::exp(prng.normal(diabetes ? 3.0 : 2.0, 1.0));
                PRECIS_TRY(w.obs(pid, Var::Sbp, std::round(sbp), date));
                PRECIS_TRY(w.obs(pid, Var::Dbp, std::round(dbp), date));
                PRECIS_TRY(w.obs(pid, Var::BpTreated, bpTreated ? 1 : 0, date));
                PRECIS_TRY(w.obs(pid, Var::Weight, std::round(weight * 10) / 10, date));
                PRECIS_TRY(w.obs(pid,
                                 Var::Bmi,
                                 std::round(weight / ((height / 100) * (height / 100)) * 10) / 10,
                                 date));
                PRECIS_TRY(w.obs(pid, Var::TotalCholesterol, std::round(tc), date));
                PRECIS_TRY(w.obs(pid, Var::HdlCholesterol, std::round(hdl), date));
                PRECIS_TRY(w.obs(pid, Var::Statin, statin ? 1 : 0, date));
                PRECIS_TRY(w.obs(pid, Var::Creatinine, std::round(creat * 100) / 100, date));
                PRECIS_TRY(w.obs(pid,
                                 Var::Egfr,
                                 std::round(clinical::ckdEpi2021Egfr(creat, ageAt, female)),
                                 date));
                PRECIS_TRY(w.obs(pid, Var::Hba1c, std::round(hba1c * 10) / 10, date));
                PRECIS_TRY(w.obs(pid, Var::Uacr, std::round(uacr * 10) / 10, date));
                PRECIS_TRY(w.obs(pid, Var::Smoking, smoking, date));
            }
        }
        if (auto r
            = appendAudit(db,
                          vault.user().name,
                          QString::fromLatin1(audit::kWrite),
                          std::nullopt,
                          QStringLiteral("%1 synthetic patients generated").arg(end - start));
            !r)
            return tl::unexpected(r.error());
        if (auto r = txn->commit(); !r)
            return tl::unexpected(r.error());
    }
    return w.observations;
}

// --- The demo cohort (issue #9) ----------------------------------------------------------------
//
// Each patient is written as a clinic would have written them: addPatient, then one saveVisit
// per visit (readings, labs, history, medication starts and stops, allergies, safety facts), and
// corrections through correctObservation. The numbers are synthetic: plausible, correlated
// (BMI with age, diabetes with BMI, blood pressure with age and BMI, treatment with the
// condition it treats, lower cholesterol after a statin start), not drawn from any real data.

namespace {

struct Drug
{
    const char *name;
    const char *atc; // WHO ATC code (https://atcddd.fhi.no/atc_ddd_index/)
};

constexpr Drug kAtorvastatin{"atorvastatin", "C10AA05"};
constexpr Drug kSimvastatin{"simvastatin", "C10AA01"};
constexpr Drug kRosuvastatin{"rosuvastatin", "C10AA07"};
constexpr Drug kEzetimibe{"ezetimibe", "C10AX09"};
constexpr Drug kRamipril{"ramipril", "C09AA05"};
constexpr Drug kLosartan{"losartan", "C09CA01"};
constexpr Drug kAmlodipine{"amlodipine", "C08CA01"};
constexpr Drug kIndapamide{"indapamide", "C03BA11"};
constexpr Drug kBisoprolol{"bisoprolol", "C07AB07"};
constexpr Drug kFurosemide{"furosemide", "C03CA01"};
constexpr Drug kMetformin{"metformin", "A10BA02"};
constexpr Drug kEmpagliflozin{"empagliflozin", "A10BK03"};
constexpr Drug kSemaglutide{"semaglutide", "A10BJ06"};
constexpr Drug kInsulinGlargine{"insulin glargine", "A10AE04"};
constexpr Drug kInsulinAspart{"insulin aspart", "A10AB05"};
constexpr Drug kApixaban{"apixaban", "B01AF02"};
constexpr Drug kWarfarin{"warfarin", "B01AA03"};
constexpr Drug kAspirin{"acetylsalicylic acid", "B01AC06"};
constexpr Drug kLevothyroxine{"levothyroxine sodium", "H03AA01"};
constexpr Drug kOmeprazole{"omeprazole", "A02BC01"};
constexpr Drug kSertraline{"sertraline", "N06AB06"};
constexpr Drug kQuetiapine{"quetiapine", "N05AH04"};
constexpr Drug kPrednisolone{"prednisolone", "H02AB06"};
constexpr Drug kSumatriptan{"sumatriptan", "N02CC01"};
constexpr Drug kMethotrexate{"methotrexate", "L04AX03"};
constexpr Drug kHydroxychloroquine{"hydroxychloroquine", "P01BA02"};
constexpr Drug kSildenafil{"sildenafil", "G04BE03"};

/// What an incomplete chart lacks, so that the models that need it refuse and name it.
enum class Gap {
    None,
    NoLipids,       ///< lipid panel never done: PCE, PREVENT, QRISK3, SCORE2 ... refuse
    SingleReading,  ///< one BP reading per visit: no sbp_sd, QRISK3 refuses
    NoHistory,      ///< history never taken: QRISK3, QDiabetes, FINDRISC refuse
    NoCreatinine,   ///< no kidney function: PREVENT and the kidney models refuse
    SmokingUnknown, ///< "current smoker", amount not asked: QRISK3 and QDiabetes refuse
};

/// CKD-EPI 2021 inverted by bisection: the creatinine (mg/dL) that gives `egfr`.
double creatinineFor(double egfr, int age, bool female)
{
    double lo = 0.2;
    double hi = 20.0;
    for (int i = 0; i < 60; ++i) {
        const double mid = (lo + hi) / 2;
        if (clinical::ckdEpi2021Egfr(mid, age, female) > egfr)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

int completedYears(const QDate &dob, const QDate &on)
{
    int age = on.year() - dob.year();
    if (on < dob.addYears(age))
        --age;
    return age;
}

/// One demo patient written through the chart API.
class DemoPatient
{
public:
    DemoPatient(Vault &vault, quint64 seed, int index)
        : m_vault(vault), m_db(VaultAccess::db(vault)),
          m_rng(seed ^ (static_cast<quint64>(index + 1) * 0x9E3779B97F4A7C15ull)), m_index(index),
          m_labSeed(seed ^ (static_cast<quint64>(index + 1) * 0xC2B2AE3D27D4EB4Full))
    {}

    Result<void> write();

private:
    Result<void> plan();
    Result<void> writeVisit(int k);
    Result<qint64> currentMedication(const char *atc);
    Result<qint64> latestObservation(Var var);

    void start(Visit &v, const Drug &drug, const QDate &started)
    {
        v.medicationsStarted.push_back(
            {QString::fromLatin1(drug.name), QString::fromLatin1(drug.atc), started});
    }
    Result<void> stop(Visit &v, const Drug &drug)
    {
        auto id = currentMedication(drug.atc);
        if (!id)
            return tl::unexpected(id.error());
        v.medicationsStopped.push_back(*id);
        return {};
    }
    /// A start date `minDays`..`maxDays` before the first visit, not before the 18th birthday.
    QDate before(const QDate &first, int minDays, int maxDays)
    {
        const QDate d = first.addDays(-m_rng.between(minDays, maxDays));
        return std::max(d, std::min(first, m_dob.addYears(18)));
    }
    void flag(Visit &v, Var var, bool on) { v.values.push_back({var, on ? 1.0 : 0.0, QString()}); }
    void code(Visit &v, Var var, int c)
    {
        v.values.push_back({var, static_cast<double>(c), QString()});
    }

    Vault &m_vault;
    Database &m_db;
    Rng m_rng;
    int m_index;
    /// Seed of the LDL and potassium draws (issue #9), apart from m_rng so that adding them
    /// left every other value of the cohort as it was.
    quint64 m_labSeed;
    qint64 m_id = 0;

    // Who the patient is.
    bool m_female = false;
    QDate m_dob;
    int m_ethnicity = 1; ///< QRISK3 ethrisk 1..9; 0 = not recorded
    int m_race = 0;      ///< PCE race 0..2; -1 = declined
    bool m_si = false;   ///< labs typed in SI units (mmol/L, umol/L, mmol/mol, mg/mmol)
    Gap m_gap = Gap::None;
    std::vector<QDate> m_visits;

    // Risk factors at the first visit and how they move.
    double m_height = 170;
    double m_bmi = 26;
    double m_bmiSlope = 0;
    double m_waistOffset = 0;
    double m_sbp = 125; ///< untreated underlying SBP at the first visit
    double m_sbpSlope = 0.5;
    double m_tc = 200;
    double m_hdl = 50;
    double m_egfr = 90;
    double m_egfrSlope = -1;
    double m_uacr = 8;
    double m_hba1c = 5.4;
    double m_hba1cSlope = 0;
    int m_smoking = 0;         ///< code at the first visit
    int m_quitVisit = -1;      ///< visit at which a smoker is recorded as former
    int m_diabetes = 0;        ///< code at the first visit
    int m_diabetesVisit = -1;  ///< visit of a type 2 diagnosis during follow-up
    bool m_metabolic = false;  ///< obese, inactive, prediabetes: FINDRISC's high bands
    bool m_htn = false;        ///< hypertension at the first visit
    bool m_htnTreated = false; ///< treated from before the first visit
    int m_htnVisit = -1;       ///< diagnosis (and treatment start) during follow-up
    bool m_onStatin = false;   ///< statin from before the first visit
    int m_statinVisit = -1;    ///< statin started at this visit
    int m_statinStop = -1;     ///< stopped (intolerance) at this visit
    int m_aceStop = -1;        ///< ramipril stopped (angioedema) at this visit
    bool m_cvd = false;
    int m_cvdVisit = -1; ///< myocardial infarction during follow-up
    bool m_stroke = false;
    bool m_hf = false;
    bool m_af = false;
    int m_afVisit = -1;
    bool m_warfarin = false;
    bool m_ckd = false; ///< eGFR < 60 with albuminuria
    bool m_dialysis = false;
    bool m_pregnant = false;
    int m_correctionVisit = -1;
    int m_correctionKind = 0;

    // State while writing.
    bool m_statinNow = false;
    bool m_bpDrugs = false;
    int m_bpDrugCount = 0;
    bool m_ckdRecorded = false;
    bool m_highGlucoseRecorded = false;
    bool m_bpTreatedEverRecorded = false;
};

Result<qint64> DemoPatient::currentMedication(const char *atc)
{
    auto st = m_db.prepare("SELECT id FROM medications m WHERE patient_id = ? AND code = ?"
                           " AND stop_date IS NULL AND NOT EXISTS"
                           " (SELECT 1 FROM medications s WHERE s.supersedes = m.id)"
                           " ORDER BY id DESC LIMIT 1");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, m_id).bind(2, QString::fromLatin1(atc));
    auto row = st->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Internal, QStringLiteral("demo medication not found"));
    return st->int64(0);
}

Result<qint64> DemoPatient::latestObservation(Var var)
{
    auto st
        = m_db.prepare("SELECT max(id) FROM observations WHERE patient_id = ? AND variable = ?");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, m_id).bind(2, QString(clinical::varInfo(var).name));
    auto row = st->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row || st->isNull(0))
        return fail(ErrorCode::Internal, QStringLiteral("demo observation not found"));
    return st->int64(0);
}

Result<void> DemoPatient::plan()
{
    Rng &r = m_rng;
    const QDate ref = demoReferenceDate();
    m_female = r.chance(0.5);
    const double ageDraw = r.uniform();
    const int age = ageDraw < 0.14   ? r.between(25, 39)
                    : ageDraw < 0.86 ? r.between(40, 79)
                                     : r.between(80, 90);
    m_dob = ref.addYears(-age).addDays(-r.between(0, 364));

    // QRISK3's nine ethnicity categories, and the PCE race that goes with each.
    static constexpr std::array<double, 9> kEthnicityShare
        = {0.50, 0.08, 0.06, 0.05, 0.05, 0.07, 0.08, 0.05, 0.06};
    double draw = r.uniform();
    m_ethnicity = 9;
    for (std::size_t i = 0; i < kEthnicityShare.size(); ++i) {
        if (draw < kEthnicityShare[i]) {
            m_ethnicity = static_cast<int>(i) + 1;
            break;
        }
        draw -= kEthnicityShare[i];
    }
    m_race = m_ethnicity == 1 ? 0 : (m_ethnicity == 6 || m_ethnicity == 7) ? 1 : 2;
    if (r.chance(0.04))
        m_race = -1; // declined: the PCE refuses, the race-free PREVENT does not
    if (r.chance(0.03))
        m_ethnicity = 0; // not recorded: QRISK3 computes as "white or not stated" and warns
    m_si = r.chance(0.25);
    const double gapDraw = r.uniform();
    m_gap = gapDraw < 0.04   ? Gap::NoLipids
            : gapDraw < 0.08 ? Gap::SingleReading
            : gapDraw < 0.11 ? Gap::NoHistory
            : gapDraw < 0.13 ? Gap::NoCreatinine
            : gapDraw < 0.16 ? Gap::SmokingUnknown
                             : Gap::None;

    // Visits: a fifth of the adults have ten years of yearly visits (the trends), the others
    // one to five visits; every patient's latest visit is within the year before `ref`.
    const bool longFollowUp = age >= 40 && r.chance(0.22);
    const QDate last = ref.addDays(-r.between(3, longFollowUp ? 120 : 330));
    if (longFollowUp) {
        for (int k = 10; k >= 1; --k)
            m_visits.push_back(last.addYears(-k).addDays(r.between(-20, 20)));
    } else {
        const double n = r.uniform();
        const int count = n < 0.18 ? 1 : n < 0.40 ? 2 : n < 0.65 ? 3 : n < 0.85 ? 4 : 5;
        QDate d = last;
        std::vector<QDate> back;
        for (int k = 1; k < count; ++k) {
            d = d.addDays(-r.between(120, 420));
            back.push_back(d);
        }
        m_visits.assign(back.rbegin(), back.rend());
    }
    m_visits.push_back(last);
    const int visits = static_cast<int>(m_visits.size());
    const QDate first = m_visits.front();
    const int ageFirst = completedYears(m_dob, first);
    const auto laterVisit
        = [&](int from) { return visits > from ? r.between(from, visits - 1) : -1; };

    // Body size.
    m_height = m_female ? r.normal(163, 6.5) : r.normal(176, 7);
    m_metabolic = r.chance(0.08);
    m_bmi = clamp(r.normal(26 + 0.04 * (ageFirst - 50), 4.2) + (m_metabolic ? 6 : 0), 17.5, 46);
    m_bmiSlope = r.normal(0.05, 0.15);
    m_waistOffset = r.normal(0, 4);

    // Smoking: younger people smoke more; a third of the smokers quit during follow-up.
    const double smokeDraw = r.uniform();
    const double pCurrent = ageFirst < 50 ? 0.28 : ageFirst < 70 ? 0.20 : 0.10;
    if (smokeDraw < pCurrent) {
        m_smoking = r.between(2, 4);
        if (visits > 1 && r.chance(0.35))
            m_quitVisit = laterVisit(1);
    } else {
        m_smoking = smokeDraw < pCurrent + 0.27 ? 1 : 0;
    }
    if (m_gap == Gap::SmokingUnknown)
        m_smoking = 5;

    // Diabetes: type 1 from youth; type 2 with age and BMI, known or found during follow-up.
    if (r.chance(0.02)) {
        m_diabetes = 1;
        m_hba1c = r.normal(8.0, 0.8);
    } else {
        const double pT2
            = logistic(-5.2 + 0.05 * ageFirst + 0.12 * (m_bmi - 27) + (m_metabolic ? 1.0 : 0));
        if (r.chance(pT2)) {
            if (visits > 2 && r.chance(0.35)) {
                m_diabetesVisit = laterVisit(1);
                m_hba1c = r.normal(5.9, 0.2);
                m_hba1cSlope = 0.9 / std::max(1, m_diabetesVisit);
            } else {
                m_diabetes = 2;
                m_hba1c = r.normal(7.3, 0.9);
            }
        } else {
            m_hba1c = m_metabolic ? r.normal(6.0, 0.2) : r.normal(5.35, 0.25);
        }
    }

    // Kidneys: eGFR falls with age; CKD (eGFR < 60 with albuminuria) in one patient in ten,
    // from mild to kidney failure.
    m_egfr = clamp(r.normal(112 - 0.75 * ageFirst, 11), 62, 125);
    m_egfrSlope = r.normal(-0.8, 0.4);
    m_uacr = std::exp(r.normal(m_diabetes ? 2.6 : 1.9, 0.8));
    const double pCkd
        = 0.04 + (ageFirst >= 65 ? 0.08 : 0) + (m_diabetes || m_diabetesVisit >= 0 ? 0.08 : 0);
    if (ageFirst >= 30 && r.chance(pCkd)) {
        m_ckd = true;
        const double stage = r.uniform();
        const double target = stage < 0.40   ? r.normal(52, 4)
                              : stage < 0.68 ? r.normal(37, 4)
                              : stage < 0.88 ? r.normal(22, 4)
                                             : r.normal(11, 2);
        const double years = first.daysTo(m_visits.back()) / 365.25;
        m_egfrSlope = -r.between(1, 4) * 0.8;
        m_egfr = clamp(target - m_egfrSlope * years, 7, 75);
        m_uacr = std::exp(r.normal(stage < 0.4 ? 4.0 : 5.5, 0.9));
        m_dialysis = target < 13 && r.chance(0.5);
    }

    // Blood pressure: with age, BMI and diabetes; diagnosed and treated at >= 140.
    m_sbp = clamp(104 + 0.62 * (ageFirst - 30) + 0.9 * (m_bmi - 25) + (m_diabetes ? 5 : 0)
                      + (m_ckd ? 6 : 0) + r.normal(0, 12),
                  95,
                  200);
    m_sbpSlope = r.normal(0.5, 0.4);
    if (m_sbp >= 140 || r.chance(0.04)) {
        m_htn = true;
        m_htnTreated = r.chance(0.8);
    } else if (visits > 1 && m_sbp + m_sbpSlope * 10 >= 136 && r.chance(0.6)) {
        m_htnVisit = laterVisit(1);
    }

    // Lipids.
    m_tc = r.normal(198 + 0.3 * (ageFirst - 50), 36);
    if (r.chance(0.03))
        m_tc += 90; // familial hypercholesterolaemia-like
    m_tc = clamp(m_tc, 130, 340);
    m_hdl = clamp(m_female ? r.normal(60, 14) : r.normal(48, 12), 24, 105);

    // Cardiovascular disease and atrial fibrillation, more with age.
    m_cvd = r.chance(logistic(-7.2 + 0.07 * ageFirst - (m_female ? 0.6 : 0)
                              + (m_smoking >= 2 ? 0.6 : 0) + (m_diabetes ? 0.5 : 0)));
    m_stroke = m_cvd && r.chance(0.3);
    if (!m_cvd && visits >= 5 && r.chance(0.07))
        m_cvdVisit = laterVisit(2);
    m_hf = r.chance(logistic(-8.5 + 0.075 * ageFirst + (m_cvd ? 1.2 : 0)));
    m_af = r.chance(logistic(-8.6 + 0.085 * ageFirst + (m_hf ? 1.0 : 0)));
    if (!m_af && visits >= 3 && r.chance(logistic(-9.0 + 0.085 * ageFirst)))
        m_afVisit = laterVisit(1);
    m_warfarin = r.chance(0.25);

    // Statins: before the first visit for the high-risk, started during follow-up for others,
    // and stopped again for intolerance by one user in ten.
    const bool highRisk = m_cvd || m_diabetes || m_tc >= 250 || m_ckd;
    if (ageFirst >= 40 && highRisk && r.chance(0.6)) {
        m_onStatin = true;
    } else if (ageFirst >= 40 && visits > 1
               && (highRisk || m_diabetesVisit >= 0 || m_tc >= 220 || ageFirst >= 60)
               && r.chance(0.45)) {
        m_statinVisit = laterVisit(1);
    }
    if (m_cvdVisit >= 0 && (m_statinVisit < 0 || m_statinVisit > m_cvdVisit) && !m_onStatin)
        m_statinVisit = m_cvdVisit;
    if ((m_onStatin || m_statinVisit >= 0) && r.chance(0.10)) {
        const int from = m_onStatin ? 1 : m_statinVisit + 1;
        if (from < visits)
            m_statinStop = r.between(from, visits - 1);
    }
    m_pregnant = m_female && age >= 25 && age <= 42 && r.chance(0.08);

    if (r.chance(0.09)) {
        m_correctionVisit = r.between(0, visits - 1);
        m_correctionKind = r.between(0, 4);
    }
    return {};
}

Result<void> DemoPatient::writeVisit(int k)
{
    Rng &r = m_rng;
    const QDate date = m_visits[static_cast<std::size_t>(k)];
    const QDate first = m_visits.front();
    const int age = completedYears(m_dob, date);
    const double years = first.daysTo(date) / 365.25;
    const bool firstVisit = k == 0;
    const bool lastVisit = k + 1 == static_cast<int>(m_visits.size());
    const bool history = m_gap != Gap::NoHistory;
    Visit v;
    const int hour = 8 + r.between(0, 9);
    const int minute = r.between(0, 11) * 5;
    v.measuredAt = QDateTime(date, QTime(hour, minute), Qt::UTC);

    // Medication starts and stops decided for this visit.
    const bool diabetesNow = m_diabetes != 0 || (m_diabetesVisit >= 0 && k >= m_diabetesVisit);
    const bool htnNow = m_htn || (m_htnVisit >= 0 && k >= m_htnVisit);
    if (firstVisit) {
        // The medication list taken at the first visit: drugs started before it.
        if (m_htn && m_htnTreated) {
            const QDate since = before(first, 200, 3000);
            if (r.chance(0.75)) {
                start(v, kRamipril, since);
                if (r.chance(0.05))
                    m_aceStop = static_cast<int>(m_visits.size()) > 1
                                    ? r.between(1, static_cast<int>(m_visits.size()) - 1)
                                    : -1;
            } else {
                start(v, kLosartan, since);
            }
            m_bpDrugs = true;
            m_bpDrugCount = 1;
            if (m_sbp >= 160) {
                start(v, kAmlodipine, before(first, 30, 900));
                m_bpDrugCount = 2;
            }
        }
        if (m_onStatin) {
            // One draw per statement: the order in which arguments are evaluated is unspecified.
            const Drug &statin = r.chance(0.6)   ? kAtorvastatin
                                 : r.chance(0.5) ? kSimvastatin
                                                 : kRosuvastatin;
            start(v, statin, before(first, 100, 2500));
            m_statinNow = true;
        }
        if (m_diabetes == 1) {
            const QDate since = std::min(first, m_dob.addYears(r.between(8, 24)));
            start(v, kInsulinGlargine, since);
            start(v, kInsulinAspart, since);
        }
        if (m_diabetes == 2) {
            start(v, kMetformin, before(first, 100, 2500));
            if (m_ckd || m_cvd)
                start(v, kEmpagliflozin, before(first, 30, 700));
            else if (m_bmi >= 35 && r.chance(0.4))
                start(v, kSemaglutide, before(first, 30, 700));
        }
        if (m_cvd)
            start(v, kAspirin, before(first, 100, 2500));
        if (m_hf) {
            start(v, kFurosemide, before(first, 30, 1500));
            start(v, kBisoprolol, before(first, 30, 1500));
            m_bpDrugs = true;
        }
        if (m_af) {
            if (!m_hf)
                start(v, kBisoprolol, before(first, 30, 1500));
            start(v, m_warfarin ? kWarfarin : kApixaban, before(first, 30, 1500));
            m_bpDrugs = true;
        }
        if (r.chance(0.06))
            start(v, kLevothyroxine, before(first, 100, 4000));
        if (r.chance(0.12))
            start(v, kOmeprazole, before(first, 30, 1500));
        if (r.chance(0.06))
            start(v, kSertraline, before(first, 30, 1500));
        // Allergies known at the first visit.
        if (r.chance(0.08))
            v.allergies.push_back({QStringLiteral("penicillin"), QStringLiteral("rash"), false});
        if (r.chance(0.02))
            v.allergies.push_back(
                {QStringLiteral("sulfonamide antibiotics"), QStringLiteral("urticaria"), false});
        if (r.chance(0.02))
            v.allergies.push_back({QStringLiteral("codeine"), QStringLiteral("nausea"), true});
        if (!m_onStatin && m_statinVisit < 0 && r.chance(0.02)) {
            v.allergies.push_back(
                {QStringLiteral("statins"), QStringLiteral("myalgia on two statins"), true});
        }
    } else {
        if (m_htnVisit == k) {
            start(v, r.chance(0.7) ? kRamipril : kIndapamide, date);
            m_bpDrugs = true;
            m_bpDrugCount = 1;
        }
        if (m_statinVisit == k) {
            start(v, r.chance(0.7) ? kAtorvastatin : kRosuvastatin, date);
            m_statinNow = true;
        }
        if (m_statinStop == k) {
            // Intolerance: stopped, recorded as an intolerance, ezetimibe for some instead.
            for (const Drug &d : {kAtorvastatin, kSimvastatin, kRosuvastatin}) {
                if (currentMedication(d.atc))
                    PRECIS_TRY(stop(v, d));
            }
            v.allergies.push_back({QStringLiteral("statins"), QStringLiteral("myalgia"), true});
            if (r.chance(0.5))
                start(v, kEzetimibe, date);
            m_statinNow = false;
        }
        if (m_aceStop == k && currentMedication(kRamipril.atc)) {
            PRECIS_TRY(stop(v, kRamipril));
            v.allergies.push_back(
                {QStringLiteral("ACE inhibitors"), QStringLiteral("angioedema"), false});
            start(v, kAmlodipine, date);
        }
        if (m_diabetesVisit == k)
            start(v, kMetformin, date);
        if (m_cvdVisit == k) {
            start(v, kAspirin, date);
            v.safetyFacts.push_back({SafetyFact::AcsOrPci, true});
        }
        if (m_afVisit == k) {
            start(v, m_warfarin ? kWarfarin : kApixaban, date);
            if (!m_hf && !currentMedication(kBisoprolol.atc))
                start(v, kBisoprolol, date);
            m_bpDrugs = true;
        }
    }

    // Underlying values at this visit.
    const double bmi = clamp(m_bmi + m_bmiSlope * years, 16.5, 48);
    double sbp = m_sbp + m_sbpSlope * years - (m_bpDrugs ? 9.0 * std::max(1, m_bpDrugCount) : 0);
    if (m_bpDrugs && !firstVisit && sbp >= 150 && m_bpDrugCount == 1 && r.chance(0.5)
        && !currentMedication(kAmlodipine.atc)) {
        start(v, kAmlodipine, date);
        m_bpDrugCount = 2;
    }
    sbp = clamp(sbp + r.normal(0, 6), 92, 205);
    const double tc = clamp(m_tc * (m_statinNow ? 0.68 : 1.0) + r.normal(0, 10), 120, 360);
    const double hdl = clamp(m_hdl + r.normal(0, 3.5), 22, std::min(110.0, tc - 45));
    const double egfr = clamp(m_egfr + m_egfrSlope * years + r.normal(0, 2.5), 5, 130);
    const double creatinine = creatinineFor(egfr, age, m_female);
    const double hba1c = clamp(m_hba1c + m_hba1cSlope * k + r.normal(0, 0.2)
                                   + (diabetesNow && m_diabetes == 0 ? 0.9 : 0),
                               4.4,
                               12.5);

    // Blood pressure: two or three readings (one where the chart is thin on purpose).
    const int readings = m_gap == Gap::SingleReading ? 1 : r.between(2, 3);
    for (int i = 0; i < readings; ++i) {
        const double s = std::round(sbp + r.normal(0, 5));
        const double d = std::round(clamp(0.5 * s + 14 + r.normal(0, 5), 50, s - 25));
        v.sbpReadings.push_back(s);
        v.dbpReadings.push_back(d);
    }

    const auto number = [&](Var var, double value, const char *unit = "") {
        v.values.push_back({var, value, QString::fromLatin1(unit)});
    };
    // Vitals.
    if (firstVisit || r.chance(0.15))
        number(Var::Height, std::round(m_height));
    number(Var::Weight, round1(bmi * (m_height / 100) * (m_height / 100) + r.normal(0, 0.8)));
    if (history && (firstVisit || r.chance(0.4)) && r.chance(0.8)) {
        const double waist = m_female ? 2.3 * bmi + 19 : 2.4 * bmi + 27;
        number(Var::Waist, std::round(waist + m_waistOffset));
    }

    // Labs.
    const bool labs = firstVisit || r.chance(0.7);
    if (labs && m_gap != Gap::NoLipids) {
        if (m_si) {
            number(Var::TotalCholesterol,
                   round1(tc / clinical::units::kCholesterolMgdlPerMmol),
                   "mmol/L");
            number(Var::HdlCholesterol,
                   round2(hdl / clinical::units::kCholesterolMgdlPerMmol),
                   "mmol/L");
        } else {
            number(Var::TotalCholesterol, std::round(tc));
            number(Var::HdlCholesterol, std::round(hdl));
        }
    }
    const bool kidneyLabs = (labs || m_ckd) && m_gap != Gap::NoCreatinine;
    if (kidneyLabs) {
        if (m_si)
            number(Var::Creatinine,
                   std::round(creatinine * clinical::units::kCreatinineUmolPerMgdl),
                   "umol/L");
        else
            number(Var::Creatinine, round2(creatinine));
        if (m_ckd || diabetesNow || htnNow || r.chance(0.4)) {
            const double uacr = clamp(m_uacr * std::exp(r.normal(0, 0.2)), 0.5, 8000);
            if (m_si)
                number(Var::Uacr,
                       std::max(0.1, round1(uacr / clinical::units::kUacrMggPerMgmmol)),
                       "mg/mmol");
            else
                number(Var::Uacr, round1(uacr));
        }
        if (m_ckd) {
            // The 8-variable KFRE's labs, worse as the kidneys fail.
            const double low = egfr < 30 ? 1.0 : 0.0;
            number(Var::Calcium, round1(r.normal(9.3 - 0.3 * low, 0.35)));
            number(Var::Phosphate, round1(r.normal(3.6 + 0.9 * low, 0.4)));
            number(Var::Albumin, round1(r.normal(4.0 - 0.3 * low, 0.3)));
            number(Var::Bicarbonate, std::round(r.normal(25 - 3 * low, 2)));
        }
    }
    if (labs && (diabetesNow || r.chance(0.6))) {
        if (m_si)
            number(Var::Hba1c,
                   std::round(clinical::units::hba1cMmolPerMolFromPercent(hba1c)),
                   "mmol/mol");
        else
            number(Var::Hba1c, round1(hba1c));
    }
    if (labs && !diabetesNow && r.chance(0.3)) {
        const double glucose = clamp(r.normal(4.6 + 0.55 * (hba1c - 5.0), 0.35), 3.6, 6.9);
        if (m_si)
            number(Var::FastingGlucose, round1(glucose));
        else
            number(Var::FastingGlucose,
                   std::round(glucose * clinical::units::kGlucoseMgdlPerMmol),
                   "mg/dL");
    }

    // LDL cholesterol and potassium, from a stream of their own (m_labSeed): drawn with m_rng
    // they would have shifted every later value of the cohort.
    Rng lab(m_labSeed ^ (static_cast<quint64>(k + 1) * 0x94D049BB133111EBull));
    if (labs && m_gap != Gap::NoLipids && lab.chance(0.8)) {
        // As a laboratory reports it: non-HDL cholesterol less the cholesterol carried in VLDL
        // (Friedewald's triglycerides / 5 in mg/dL, drawn here as 10-60 mg/dL), from the total
        // and HDL as typed, so LDL < total - HDL even after rounding (at most 1.9 mg/dL, half of
        // 0.1 mmol/L).
        const double perMmol = clinical::units::kCholesterolMgdlPerMmol;
        const double tcTyped = m_si ? round1(tc / perMmol) * perMmol : std::round(tc);
        const double hdlTyped = m_si ? round2(hdl / perMmol) * perMmol : std::round(hdl);
        const double nonHdl = tcTyped - hdlTyped;
        const double ldl = nonHdl - clamp(lab.normal(27, 9), 10, std::max(10.0, 0.4 * nonHdl));
        if (m_si)
            number(Var::LdlCholesterol, round1(ldl / perMmol), "mmol/L");
        else
            number(Var::LdlCholesterol, std::round(ldl));
    }
    if (kidneyLabs && lab.chance(m_ckd || m_bpDrugs || diabetesNow ? 0.8 : 0.35)) {
        // Serum potassium, higher as the kidneys fail (mmol/L, both unit systems).
        const double shift = egfr < 30 ? 0.5 : egfr < 60 ? 0.2 : 0.0;
        number(Var::Potassium, round1(clamp(lab.normal(4.3 + shift, 0.35), 3.2, 6.2)));
    }

    // Smoking as asked at every visit.
    const int smoking = m_quitVisit >= 0 && k >= m_quitVisit ? 1 : m_smoking;
    code(v, Var::Smoking, smoking);

    // History: taken at the first visit, updated when something changes.
    if (firstVisit) {
        if (m_race >= 0)
            code(v, Var::Race, m_race);
        if (m_ethnicity > 0)
            code(v, Var::Ethnicity, m_ethnicity);
        code(v, Var::Diabetes, m_diabetes);
        flag(v, Var::Hypertension, m_htn);
        if (!m_bpDrugs)
            flag(v, Var::BpTreated, false);
        if (!m_statinNow)
            flag(v, Var::Statin, false);
        code(v, Var::Score2Region, 1); // ESC 2021: the demo clinic is in a moderate-risk country
        code(v, Var::KfreRegion, 0);
        if (history) {
            v.values.push_back({Var::Townsend, round1(clamp(r.normal(0, 3), -7, 11)), QString()});
            if (r.chance(0.85))
                v.values.push_back(
                    {Var::SdiDecile, static_cast<double>(r.between(1, 10)), QString()});
            flag(v, Var::Cvd, m_cvd);
            flag(v, Var::VascularDisease, m_cvd && !m_stroke);
            flag(v, Var::StrokeTiaTe, m_stroke);
            flag(v, Var::PriorStroke, m_stroke);
            flag(v, Var::HeartFailure, m_hf);
            flag(v, Var::Af, m_af);
            flag(v, Var::FamilyHistoryChd, r.chance(0.15));
            code(v,
                 Var::FamilyHistoryDiabetes,
                 m_metabolic && r.chance(0.7) ? 2
                 : r.chance(0.2)              ? 2
                 : r.chance(0.15)             ? 1
                                              : 0);
            m_ckdRecorded = egfr < 60;
            flag(v, Var::CkdStage35, m_ckdRecorded);
            const bool smi = r.chance(0.03);
            const bool antipsychotic = smi || r.chance(0.01);
            flag(v, Var::SevereMentalIllness, smi);
            flag(v, Var::SchizophreniaOrBipolar, smi);
            flag(v, Var::AtypicalAntipsychotic, antipsychotic);
            if (antipsychotic)
                start(v, kQuetiapine, before(first, 60, 2000));
            const bool steroids = r.chance(0.03);
            flag(v, Var::Corticosteroids, steroids);
            if (steroids)
                start(v, kPrednisolone, before(first, 60, 900));
            const bool migraine = r.chance(m_female ? 0.10 : 0.04);
            flag(v, Var::Migraine, migraine);
            if (migraine && r.chance(0.5))
                start(v, kSumatriptan, before(first, 60, 2000));
            const bool ra = r.chance(0.02);
            flag(v, Var::RheumatoidArthritis, ra);
            if (ra)
                start(v, kMethotrexate, before(first, 60, 2000));
            const bool sle = r.chance(m_female ? 0.01 : 0.002);
            flag(v, Var::Sle, sle);
            if (sle)
                start(v, kHydroxychloroquine, before(first, 60, 2000));
            flag(v, Var::LearningDisability, r.chance(0.01));
            if (!m_female) {
                const bool ed = r.chance(age >= 50 ? 0.12 : 0.04);
                flag(v, Var::ErectileDysfunction, ed);
                if (ed && r.chance(0.5))
                    start(v, kSildenafil, before(first, 30, 700));
            } else {
                flag(v, Var::GestationalDiabetes, r.chance(0.03));
                flag(v, Var::Pcos, r.chance(0.04));
            }
            // FINDRISC's lifestyle items.
            flag(v, Var::PhysicallyActive, !m_metabolic && r.chance(0.6));
            flag(v, Var::DailyVegetables, !m_metabolic && r.chance(0.65));
            m_bpTreatedEverRecorded = m_bpDrugs || r.chance(0.05);
            flag(v, Var::BpTreatedEver, m_bpTreatedEverRecorded);
            m_highGlucoseRecorded = diabetesNow || hba1c >= 6.0 || r.chance(0.04);
            flag(v, Var::HighGlucoseHistory, m_highGlucoseRecorded);
            if (m_af || m_afVisit >= 0) {
                // HAS-BLED's items for the patients it is for.
                flag(v, Var::AbnormalRenalFunction, egfr < 30 || m_dialysis);
                flag(v, Var::AbnormalLiverFunction, r.chance(0.03));
                flag(v, Var::LabileInr, m_warfarin && r.chance(0.3));
                flag(v, Var::AntiplateletOrNsaid, m_cvd);
                flag(v, Var::AlcoholExcess, r.chance(0.08));
            }
        }
    } else {
        if (m_diabetesVisit == k)
            code(v, Var::Diabetes, 2);
        if (m_htnVisit == k)
            flag(v, Var::Hypertension, true);
        if (m_cvdVisit == k && history) {
            flag(v, Var::Cvd, true);
            flag(v, Var::VascularDisease, true);
            flag(v, Var::AntiplateletOrNsaid, true);
        }
        if (m_afVisit == k && history)
            flag(v, Var::Af, true);
        if (history && !m_ckdRecorded && egfr < 60) {
            m_ckdRecorded = true;
            flag(v, Var::CkdStage35, true);
        }
        if (history && !m_bpTreatedEverRecorded && m_bpDrugs) {
            m_bpTreatedEverRecorded = true;
            flag(v, Var::BpTreatedEver, true);
        }
        if (history && !m_highGlucoseRecorded && hba1c >= 6.0) {
            m_highGlucoseRecorded = true;
            flag(v, Var::HighGlucoseHistory, true);
        }
    }

    // Safety facts: asked at the first visit (some left unknown), updated when they change.
    if (firstVisit) {
        if (m_female && age <= 50 && r.chance(0.7))
            v.safetyFacts.push_back({SafetyFact::Pregnancy, false});
        if (m_cvd || r.chance(0.5))
            v.safetyFacts.push_back({SafetyFact::AcsOrPci, m_cvd && !m_stroke});
        if (r.chance(0.5))
            v.safetyFacts.push_back({SafetyFact::MechanicalValve, r.chance(0.01)});
        if (m_af || r.chance(0.3))
            v.safetyFacts.push_back({SafetyFact::MitralStenosis, m_af && r.chance(0.06)});
        if (m_ckd)
            v.safetyFacts.push_back({SafetyFact::Dialysis, false});
        if (m_diabetes == 1)
            v.safetyFacts.push_back({SafetyFact::PriorDka, r.chance(0.3)});
        else if (diabetesNow && r.chance(0.5))
            v.safetyFacts.push_back({SafetyFact::PriorDka, false});
        if (m_bmi >= 30 || diabetesNow || r.chance(0.2))
            v.safetyFacts.push_back({SafetyFact::MtcOrMen2, r.chance(0.01)});
        if (m_af || m_cvd || r.chance(0.2))
            v.safetyFacts.push_back({SafetyFact::BleedingHistory, r.chance(0.12)});
    } else if (m_afVisit == k) {
        v.safetyFacts.push_back({SafetyFact::BleedingHistory, r.chance(0.12)});
        v.safetyFacts.push_back({SafetyFact::MitralStenosis, false});
    }
    if (lastVisit && m_dialysis)
        v.safetyFacts.push_back({SafetyFact::Dialysis, true});
    if (lastVisit && m_pregnant)
        v.safetyFacts.push_back({SafetyFact::Pregnancy, true});

    // A wrong value typed at this visit, corrected afterwards with a reason.
    struct Correction
    {
        Var var;
        double right; // canonical unit
        QString reason;
    };
    std::optional<Correction> correction;
    if (m_correctionVisit == k) {
        const auto find = [&](Var var) -> EnteredValue * {
            for (EnteredValue &e : v.values)
                if (e.var == var)
                    return &e;
            return nullptr;
        };
        switch (m_correctionKind) {
        case 0:
            if (EnteredValue *w = find(Var::Weight)) {
                correction = Correction{
                    Var::Weight, w->value, QStringLiteral("weight was typed in pounds")};
                w->value = std::round(w->value * 2.20462);
            }
            break;
        case 1:
            if (EnteredValue *h = find(Var::Height)) {
                const int cm = static_cast<int>(h->value);
                const int swapped = (cm / 100) * 100 + (cm % 10) * 10 + (cm / 10) % 10;
                if (swapped != cm && swapped >= 120) {
                    correction = Correction{
                        Var::Height, h->value, QStringLiteral("height mistyped (digits swapped)")};
                    h->value = swapped;
                }
            }
            break;
        case 2:
            if (EnteredValue *h = find(Var::HdlCholesterol)) {
                const double right = h->unit.isEmpty()
                                         ? h->value
                                         : h->value * clinical::units::kCholesterolMgdlPerMmol;
                const double wrong
                    = h->unit.isEmpty() ? std::round(h->value * 1.4) : round2(h->value * 1.4);
                const EnteredValue *t = find(Var::TotalCholesterol);
                const double tcCanon = t == nullptr ? 0
                                       : t->unit.isEmpty()
                                           ? t->value
                                           : t->value * clinical::units::kCholesterolMgdlPerMmol;
                const double wrongCanon
                    = h->unit.isEmpty() ? wrong : wrong * clinical::units::kCholesterolMgdlPerMmol;
                if (wrongCanon < tcCanon) {
                    correction = Correction{
                        Var::HdlCholesterol,
                        right,
                        QStringLiteral("laboratory amended the HDL cholesterol result")};
                    h->value = wrong;
                }
            }
            break;
        case 3:
            if (m_gap != Gap::SmokingUnknown && smoking == 0) {
                if (EnteredValue *s = find(Var::Smoking)) {
                    correction = Correction{
                        Var::Smoking, 0, QStringLiteral("recorded on the wrong patient's form")};
                    s->value = 4;
                }
            }
            break;
        default:
            if (EnteredValue *w = find(Var::Weight)) {
                correction = Correction{
                    Var::Weight, w->value, QStringLiteral("scale not zeroed; weighed again")};
                w->value = round1(w->value + 6.5);
            }
            break;
        }
    }

    PRECIS_TRY(saveVisit(m_vault, m_id, v));
    if (correction) {
        auto id = latestObservation(correction->var);
        if (!id)
            return tl::unexpected(id.error());
        auto corrected = correctObservation(m_vault, *id, correction->right, correction->reason);
        if (!corrected)
            return tl::unexpected(corrected.error());
    }
    return {};
}

Result<void> DemoPatient::write()
{
    PRECIS_TRY(plan());
    const bool female = m_female;
    const QString family
        = QString::fromLatin1(
              kFamily[static_cast<std::size_t>(m_rng.between(0, kFamily.size() - 1))])
          + QStringLiteral("-Demo");
    const QString given = QString::fromLatin1(
        female ? kGivenFemale[static_cast<std::size_t>(m_rng.between(0, kGivenFemale.size() - 1))]
               : kGivenMale[static_cast<std::size_t>(m_rng.between(0, kGivenMale.size() - 1))]);
    auto id
        = addPatient(m_vault,
                     NewPatient{QStringLiteral("DEMO-%1").arg(m_index + 1, 6, 10, QLatin1Char('0')),
                                family,
                                given,
                                m_dob,
                                female ? QStringLiteral("female") : QStringLiteral("male"),
                                true});
    if (!id)
        return tl::unexpected(id.error());
    m_id = *id;
    for (int k = 0; k < static_cast<int>(m_visits.size()); ++k)
        PRECIS_TRY(writeVisit(k));
    return {};
}

} // namespace

QDate demoReferenceDate()
{
    return QDate(2026, 11, 30);
}

Result<int> writeDemoCohort(Vault &vault, const DemoOptions &options)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    for (int i = 0; i < options.patients; ++i) {
        DemoPatient patient(vault, options.seed, i);
        PRECIS_TRY(patient.write());
    }
    return options.patients;
}

namespace {

store::GenotypeResult typedResult(const char *gene,
                                  const char *diplotype,
                                  const char *phenotype,
                                  QStringList untested = {},
                                  const QList<genomics::CallNote> &more = {})
{
    QList<genomics::CallNote> notes{{QString::fromUtf8(QT_TRANSLATE_NOOP(
                                         "precis::genomics::CallNote", "synthetic demo result")),
                                     {}}};
    notes += more;
    return {QString::fromLatin1(gene),
            QString::fromLatin1(diplotype),
            QString::fromLatin1(phenotype),
            {},
            std::nullopt,
            std::move(untested),
            genomics::englishNotes(notes).join(QLatin1String(genomics::kCallNoteSeparator)),
            notes};
}

} // namespace

Result<int> writeDemoGenotypes(Vault &physician)
{
    // Issue #10/#11 "a demo patient with a stored genotype shows a genotype-modified option".
    // Phenotypes from the CPIC diplotype tables: CYP2C19 *2/*2 Poor Metabolizer (Lee CR et al.,
    // Clin Pharmacol Ther 2022;112:959-967); SLCO1B1 *1/*5 Decreased Function, *5/*5 Poor
    // Function, *1/*1 Normal Function (Cooper-DeHoff RM et al., Clin Pharmacol Ther
    // 2022;111:1007-1021). Typed in, as from a laboratory report: the demo has no VCF files.
    struct Planned
    {
        qint64 patientId;
        std::vector<GenotypeResult> results;
    };
    std::vector<Planned> plan;
    auto byRecord = [&](const char *record) -> Result<qint64> {
        auto p = findPatientByRecordNumber(physician, QString::fromLatin1(record));
        if (!p)
            return tl::unexpected(p.error());
        return p->id;
    };
    // A statin candidate (not on a statin): CYP2C19 poor metabolizer, SLCO1B1 decreased function.
    auto second = byRecord("DEMO-000002");
    if (!second)
        return tl::unexpected(second.error());
    plan.push_back({*second,
                    {typedResult("CYP2C19", "*2/*2", "Poor Metabolizer"),
                     typedResult("SLCO1B1", "*1/*5", "Decreased Function")}});
    // Missing data is never normal: CYP2C19 with *17's position untested is Indeterminate.
    auto third = byRecord("DEMO-000003");
    if (!third)
        return tl::unexpected(third.error());
    plan.push_back(
        {*third,
         {typedResult("CYP2C19",
                      "*1/*1 or *1/*17 or *17/*17",
                      "Indeterminate",
                      {QStringLiteral("rs12248560")},
                      {{QString::fromUtf8(QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                                            "%1 undetectable: testing %2 would "
                                                            "settle it")),
                        {QStringLiteral("*17"), QStringLiteral("rs12248560")}}}),
          typedResult("SLCO1B1", "*1/*1", "Normal Function")}});
    // The first patient (by record number) who currently takes simvastatin: SLCO1B1 poor
    // function, so that the review row for simvastatin shows.
    for (int i = 4; i <= 600; ++i) {
        const QByteArray record
            = QStringLiteral("DEMO-%1").arg(i, 6, 10, QLatin1Char('0')).toLatin1();
        auto id = byRecord(record.constData());
        if (!id)
            break;
        auto details = patientDetails(physician, *id);
        if (!details)
            return tl::unexpected(details.error());
        const bool onSimvastatin = std::any_of(
            details->medications.begin(), details->medications.end(), [](const auto &m) {
                return !m.stopped
                       && m.name.compare(QLatin1String("simvastatin"), Qt::CaseInsensitive) == 0;
            });
        if (onSimvastatin) {
            plan.push_back({*id, {typedResult("SLCO1B1", "*5/*5", "Poor Function")}});
            break;
        }
    }
    // The first patient (by record number, from DEMO-000004) who takes aspirin after an acute
    // coronary syndrome or PCI and no anticoagulant: clopidogrel added to the aspirin (dual
    // antiplatelet therapy) with CYP2C19 *1/*2, an Intermediate Metabolizer (Lee CR et al., Clin
    // Pharmacol Ther 2022;112:959-967, Table 1), so that the review row for clopidogrel shows.
    // Recorded as a visit on the reference date (a chart's latest visit stays within its year).
    for (int i = 4; i <= 600; ++i) {
        const QByteArray record
            = QStringLiteral("DEMO-%1").arg(i, 6, 10, QLatin1Char('0')).toLatin1();
        auto id = byRecord(record.constData());
        if (!id)
            break;
        if (std::any_of(
                plan.begin(), plan.end(), [&](const Planned &p) { return p.patientId == *id; }))
            continue;
        auto details = patientDetails(physician, *id);
        if (!details)
            return tl::unexpected(details.error());
        const auto takes = [&](const char *atcPrefix) {
            return std::any_of(
                details->medications.begin(), details->medications.end(), [&](const auto &m) {
                    return !m.stopped && m.atc.startsWith(QLatin1String(atcPrefix));
                });
        };
        const bool afterAcs
            = details->safety[static_cast<std::size_t>(SafetyFact::AcsOrPci)].value_or(false);
        if (!afterAcs || !takes("B01AC06") || takes("B01AA") || takes("B01AF"))
            continue;
        Visit visit;
        visit.measuredAt = QDateTime(demoReferenceDate(), QTime(9, 30));
        visit.medicationsStarted.push_back(
            {QStringLiteral("clopidogrel"), QStringLiteral("B01AC04"), demoReferenceDate()});
        if (auto r = saveVisit(physician, *id, visit); !r)
            return tl::unexpected(r.error());
        plan.push_back({*id, {typedResult("CYP2C19", "*1/*2", "Intermediate Metabolizer")}});
        break;
    }
    for (const Planned &p : plan) {
        GenotypeImport import;
        import.source = GenotypeSource::TypedIn;
        import.results = p.results;
        if (auto r = importGenotypes(physician, p.patientId, import); !r)
            return tl::unexpected(r.error());
    }
    return static_cast<int>(plan.size());
}

Result<int> writeDemoTumour(Vault &physician)
{
    // EGFR c.2573T>G p.L858R = NC_000007.14:g.55191822T>G (dbSNP rs121434568), as the shipped
    // knowledge lists it; its LUAD options are EGFR tyrosine-kinase inhibitors (FDA labels there).
    const QByteArray vcf = "##fileformat=VCFv4.2\n"
                           "##source=precis-demo (synthetic)\n"
                           "##reference=GRCh38\n"
                           "##contig=<ID=chr7,length=159345973>\n"
                           "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                           "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
                           "chr7\t55191822\trs121434568\tT\tG\t.\tPASS\t.\tGT\t0/1\n";
    auto patient = findPatientByRecordNumber(physician, QStringLiteral("DEMO-000004"));
    if (!patient)
        return tl::unexpected(patient.error());
    auto knowledge = genomics::loadTumourKnowledge();
    if (!knowledge)
        return tl::unexpected(knowledge.error());
    auto tree = genomics::loadOncoTree();
    if (!tree)
        return tl::unexpected(tree.error());
    // The generated file's one record, placed as the matcher places it (no temporary file).
    genomics::TumourMatch match;
    match.sample = QStringLiteral("TUMOR");
    match.tumourType = QStringLiteral("LUAD");
    match.records = 1;
    match.allelesSeen = 1;
    match.findings = genomics::placeAllele(
        *knowledge,
        *tree,
        genomics::minimalAllele(
            QStringLiteral("7"), 55191822, QStringLiteral("T"), QStringLiteral("G")),
        match.tumourType);
    GenotypeImport import;
    import.source = GenotypeSource::VcfCall;
    import.fileSha256
        = QString::fromLatin1(QCryptographicHash::hash(vcf, QCryptographicHash::Sha256).toHex());
    import.sampleName = match.sample;
    import.tumourType = match.tumourType;
    import.tumour = tumourMatchRecord(match, *knowledge, *tree);
    if (auto r = importGenotypes(physician, patient->id, import); !r)
        return tl::unexpected(r.error());
    return static_cast<int>(match.findings.size());
}

Result<int> createDemoVault(const QString &path, const DemoOptions &options)
{
    const QString password = security::PasswordPolicy::kDemoPasswordText;
    // Built completely under the temporary name and published only at the end (issue #8 D13):
    // a killed `demo create` leaves no half-built demo vault behind.
    if (auto r = detail::prepareCreation(path); !r)
        return tl::unexpected(r.error());
    auto created = detail::createUnpublishedVault(path,
                                                  QString::fromLatin1(kDemoAdmin),
                                                  security::SecretBytes::fromUtf8(password),
                                                  CreateOptions{true});
    if (!created)
        return tl::unexpected(created.error());
    const QString building = detail::creatingPath(path);
    {
        auto admin = Vault::unlock(
            building, QString::fromLatin1(kDemoAdmin), security::SecretBytes::fromUtf8(password));
        if (!admin)
            return tl::unexpected(admin.error());
        if (auto r = addUser(**admin,
                             QString::fromLatin1(kDemoNurse),
                             {Role::Nurse},
                             security::SecretBytes::fromUtf8(password));
            !r)
            return tl::unexpected(r.error());
        if (auto r = addUser(**admin,
                             QString::fromLatin1(kDemoPhysician),
                             {Role::Physician},
                             security::SecretBytes::fromUtf8(password));
            !r)
            return tl::unexpected(r.error());
        if (options.observationsPerPatient > 0) {
            if (auto r = generateSyntheticPatients(**admin, options); !r)
                return tl::unexpected(r.error());
            (*admin)->lock(); // the last connection: SQLite checkpoints the WAL into the file
            admin->reset();
            if (auto r = detail::publishCreatedVault(path); !r)
                return tl::unexpected(r.error());
            return options.patients;
        }
        (*admin)->lock();
    }
    int patients = 0;
    {
        // The intake is the nurse's: every chart row of the cohort is recorded by demo-nurse.
        auto nurse = Vault::unlock(
            building, QString::fromLatin1(kDemoNurse), security::SecretBytes::fromUtf8(password));
        if (!nurse)
            return tl::unexpected(nurse.error());
        Database &db = VaultAccess::db(**nurse);
        // A few thousand small transactions: without an fsync each they take a fraction of the
        // time. Safe here only because the file is new, unpublished and holds nothing but what
        // is being generated; FULL is restored and everything synced before it is published.
        PRECIS_TRY(db.exec("PRAGMA synchronous = OFF"));
        auto written = writeDemoCohort(**nurse, options);
        PRECIS_TRY(db.exec("PRAGMA synchronous = FULL"));
        if (!written)
            return tl::unexpected(written.error());
        PRECIS_TRY(db.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        patients = *written;
        (*nurse)->lock();
    }
    if (patients >= 3) {
        auto physician = Vault::unlock(building,
                                       QString::fromLatin1(kDemoPhysician),
                                       security::SecretBytes::fromUtf8(password));
        if (!physician)
            return tl::unexpected(physician.error());
        if (auto r = writeDemoGenotypes(**physician); !r)
            return tl::unexpected(r.error());
        if (patients >= 4) {
            if (auto r = writeDemoTumour(**physician); !r)
                return tl::unexpected(r.error());
        }
        PRECIS_TRY(VaultAccess::db(**physician).exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        (*physician)->lock();
    }
    if (auto r = detail::publishCreatedVault(path); !r)
        return tl::unexpected(r.error());
    return patients;
}

} // namespace precis::store
