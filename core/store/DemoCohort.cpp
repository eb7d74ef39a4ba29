// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/DemoCohort.h"

#include "core/clinical/Variable.h"
#include "core/security/PasswordPolicy.h"
#include "core/store/AuditLog.h"
#include "core/store/Sqlite.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultInternal.h"

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

// CKD-EPI 2021 creatinine equation without race (Inker LA et al., N Engl J Med
// 2021;385:1737-49, Table 2 "2021 CKD-EPI creatinine").
double ckdEpi2021(double creatinineMgDl, int age, bool female)
{
    const double kappa = female ? 0.7 : 0.9;
    const double alpha = female ? -0.241 : -0.302;
    const double ratio = creatinineMgDl / kappa;
    return 142.0 * std::pow(std::min(ratio, 1.0), alpha) * std::pow(std::max(ratio, 1.0), -1.200)
           * std::pow(0.9938, age) * (female ? 1.012 : 1.0);
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

// The cohort's reference date: ages and visit dates are relative to it so that the cohort is
// identical whenever it is generated.
const QDate kReference(2025, 6, 30);

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
    const QDate dob = kReference.addYears(-age).addDays(-rng.between(0, 364));
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
                    PRECIS_TRY(w.obs(
                        pid, v, std::round(value * 10) / 10, kReference.addDays(-30 * (k / 5))));
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

            const QDate first = kReference.addDays(-prng.between(900, 1400));
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
                const QDate date = first.addDays(v * prng.between(180, 330));
                if (date > kReference)
                    break;
                const int ageAt = age - static_cast<int>(date.daysTo(kReference) / 365);
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
                PRECIS_TRY(
                    w.obs(pid, Var::Egfr, std::round(ckdEpi2021(creat, ageAt, female)), date));
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
    auto vault = Vault::unlock(
        building, QString::fromLatin1(kDemoAdmin), security::SecretBytes::fromUtf8(password));
    if (!vault)
        return tl::unexpected(vault.error());
    if (auto r = addUser(**vault,
                         QString::fromLatin1(kDemoNurse),
                         {Role::Nurse},
                         security::SecretBytes::fromUtf8(password));
        !r)
        return tl::unexpected(r.error());
    if (auto r = addUser(**vault,
                         QString::fromLatin1(kDemoPhysician),
                         {Role::Physician},
                         security::SecretBytes::fromUtf8(password));
        !r)
        return tl::unexpected(r.error());
    if (auto r = generateSyntheticPatients(**vault, options); !r)
        return tl::unexpected(r.error());
    (*vault)->lock(); // the last connection: SQLite checkpoints the WAL into the file
    vault->reset();
    if (auto r = detail::publishCreatedVault(path); !r)
        return tl::unexpected(r.error());
    return options.patients;
}

} // namespace precis::store
