// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ChartRecords.h"

#include "core/clinical/SnapshotCsv.h"
#include "core/store/AuditLog.h"
#include "core/store/Sqlite.h"
#include "core/store/VaultInternal.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace precis::store {

namespace {

using clinical::Var;
using detail::VaultAccess;

#define PRECIS_TRY(expr)                                                                           \
    do {                                                                                           \
        if (auto r_ = (expr); !r_)                                                                 \
            return tl::unexpected(r_.error());                                                     \
    } while (false)

constexpr std::array<const char *, kSafetyFactCount> kFactTokens = {"pregnancy",
                                                                    "acs_or_pci",
                                                                    "mechanical_valve",
                                                                    "mitral_stenosis",
                                                                    "dialysis",
                                                                    "prior_dka",
                                                                    "mtc_or_men2",
                                                                    "bleeding_history"};

QString columnName(Var v)
{
    return QString(clinical::varInfo(v).name);
}

tl::unexpected<Error>
invalid(const QString &field, const QString &detail, const QString &value = {})
{
    return fail(ErrorCode::InvalidInput, detail, field, value);
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

/// A value entered, checked and converted to the canonical unit.
struct CheckedValue
{
    Var var;
    double canonical;
    double entered;
    QString enteredUnit; ///< "" when entered in the canonical unit
};

Result<CheckedValue> checkValue(Var var, double value, const QString &unit)
{
    const QString field = columnName(var);
    if (var == Var::Age || var == Var::Sex || var == Var::Count)
        return invalid(field, QStringLiteral("comes from the patient's date of birth and sex"));
    if (!std::isfinite(value))
        return invalid(field, QStringLiteral("not a number"));
    const clinical::VarInfo &info = clinical::varInfo(var);
    clinical::UnitConversion conversion = clinical::UnitConversion::None;
    QString enteredUnit;
    if (!unit.isEmpty() && unit != QString(info.unit)) {
        // The units `precis-cli score` accepts for the column, and only those.
        const QByteArray header = (field + QLatin1Char('[') + unit + QLatin1Char(']')).toUtf8();
        auto column = clinical::parseColumnHeader(
            std::string_view(header.constData(), static_cast<std::size_t>(header.size())));
        if (!column)
            return invalid(field, column.error().detail, unit);
        conversion = column->conversion;
        enteredUnit = unit;
    }
    if (info.kind != clinical::VarKind::Number && value != std::floor(value))
        return invalid(field, QStringLiteral("a code must be a whole number"), number(value));
    const double canonical = clinical::toCanonical(conversion, value);
    const auto limits = clinical::plausibility(var);
    if (!limits || canonical < limits->possibleMin || canonical > limits->possibleMax) {
        const QString range = limits ? QStringLiteral(" (possible %1 to %2 %3)")
                                           .arg(number(limits->possibleMin),
                                                number(limits->possibleMax),
                                                QString(info.unit))
                                           .trimmed()
                                     : QString();
        return invalid(field,
                       QStringLiteral("impossible value%1").arg(range),
                       number(value) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit));
    }
    return CheckedValue{var, canonical, value, enteredUnit};
}

double mean(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

/// Sample standard deviation (n - 1), as the SD of repeated readings QRISK3 asks for.
double sampleSd(const std::vector<double> &v)
{
    const double m = mean(v);
    double sum = 0;
    for (double x : v)
        sum += (x - m) * (x - m);
    return std::sqrt(sum / static_cast<double>(v.size() - 1));
}

/// Checks the whole visit before anything is written; returns the observations to store.
Result<std::vector<CheckedValue>> checkVisit(const Visit &visit)
{
    if (!visit.measuredAt.isValid())
        return invalid(QStringLiteral("measured_at"),
                       QStringLiteral("the time of measurement is required"));
    std::vector<CheckedValue> out;
    if (!visit.dbpReadings.empty() && visit.dbpReadings.size() != visit.sbpReadings.size())
        return invalid(QStringLiteral("dbp"),
                       QStringLiteral("each diastolic reading needs its systolic reading"));
    for (std::size_t i = 0; i < visit.sbpReadings.size(); ++i) {
        auto s = checkValue(Var::Sbp, visit.sbpReadings[i], {});
        if (!s)
            return tl::unexpected(s.error());
        if (i < visit.dbpReadings.size()) {
            auto d = checkValue(Var::Dbp, visit.dbpReadings[i], {});
            if (!d)
                return tl::unexpected(d.error());
            if (visit.dbpReadings[i] >= visit.sbpReadings[i])
                return invalid(
                    QStringLiteral("dbp"),
                    QStringLiteral("diastolic must be below systolic (reading %1)").arg(i + 1),
                    number(visit.dbpReadings[i]));
        }
    }
    if (!visit.sbpReadings.empty()) {
        const double sbp = mean(visit.sbpReadings);
        out.push_back({Var::Sbp, sbp, sbp, {}});
        if (!visit.dbpReadings.empty()) {
            const double dbp = mean(visit.dbpReadings);
            out.push_back({Var::Dbp, dbp, dbp, {}});
        }
        if (visit.sbpReadings.size() >= 2) {
            const double sd = sampleSd(visit.sbpReadings);
            out.push_back({Var::SbpSd, sd, sd, {}});
        }
    }
    std::array<bool, clinical::kVarCount> seen{};
    for (const CheckedValue &c : out)
        seen[clinical::index(c.var)] = true;
    for (const EnteredValue &e : visit.values) {
        if (e.var == Var::Count)
            return invalid(QStringLiteral("variable"), QStringLiteral("unknown variable"));
        if (std::exchange(seen[clinical::index(e.var)], true))
            return invalid(columnName(e.var),
                           QStringLiteral("given twice in one visit (blood pressure readings "
                                          "already give sbp, dbp and sbp_sd)"));
        auto c = checkValue(e.var, e.value, e.unit);
        if (!c)
            return tl::unexpected(c.error());
        out.push_back(*c);
    }
    auto find = [&](Var v) -> const CheckedValue * {
        for (const CheckedValue &c : out)
            if (c.var == v)
                return &c;
        return nullptr;
    };
    const CheckedValue *tc = find(Var::TotalCholesterol);
    const CheckedValue *hdl = find(Var::HdlCholesterol);
    if (tc && hdl && hdl->canonical > tc->canonical)
        return invalid(columnName(Var::HdlCholesterol),
                       QStringLiteral("HDL cholesterol cannot exceed total cholesterol"),
                       number(hdl->entered));
    // LDL-C is part of total cholesterol (Plausibility.cpp). Only LDL above the total is refused,
    // not LDL + HDL above it: with low triglycerides LDL + HDL comes close to the total, and a
    // directly measured LDL and HDL each carry assay error, so a true report can exceed it.
    const CheckedValue *ldl = find(Var::LdlCholesterol);
    if (tc && ldl && ldl->canonical > tc->canonical)
        return invalid(columnName(Var::LdlCholesterol),
                       QStringLiteral("LDL cholesterol cannot exceed total cholesterol"),
                       number(ldl->entered));
    const CheckedValue *sbp = find(Var::Sbp);
    const CheckedValue *dbp = find(Var::Dbp);
    if (sbp && dbp && dbp->canonical >= sbp->canonical)
        return invalid(columnName(Var::Dbp),
                       QStringLiteral("diastolic must be below systolic"),
                       number(dbp->entered));
    for (const NewMedication &m : visit.medicationsStarted) {
        if (m.name.trimmed().isEmpty() && m.atc.trimmed().isEmpty())
            return invalid(QStringLiteral("medication"),
                           QStringLiteral("a medication needs a name or an ATC code"));
        if (m.started.isValid() && m.started > visit.measuredAt.date())
            return invalid(QStringLiteral("medication"),
                           QStringLiteral("start date after the visit"),
                           m.started.toString(Qt::ISODate));
    }
    for (const NewAllergy &a : visit.allergies) {
        if (a.substance.trimmed().isEmpty())
            return invalid(QStringLiteral("allergy"),
                           QStringLiteral("an allergy needs a substance or drug class"));
    }
    for (const auto &[fact, value] : visit.safetyFacts) {
        (void)value;
        if (fact == SafetyFact::Count)
            return invalid(QStringLiteral("safety_fact"), QStringLiteral("unknown safety fact"));
    }
    return out;
}

Result<Statement> prepare(Database &db, const char *sql)
{
    return db.prepare(sql);
}

Result<void> requirePatient(Database &db, qint64 patientId)
{
    auto st = db.prepare("SELECT 1 FROM patients WHERE id = ?");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, patientId);
    auto row = st->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no such patient"),
                    QStringLiteral("id"),
                    QString::number(patientId));
    return {};
}

QDateTime readTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QDateTime dateTime(const QDate &d)
{
    return d.isValid() ? QDateTime(d, QTime(0, 0), Qt::UTC) : QDateTime();
}

/// Rows of a table that no later row supersedes.
Result<std::vector<Medication>> readMedications(Database &db, qint64 patientId)
{
    auto st = db.prepare("SELECT id, label, code, start_date, stop_date, recorded_by, recorded_at"
                         " FROM medications m WHERE patient_id = ? AND NOT EXISTS"
                         " (SELECT 1 FROM medications s WHERE s.supersedes = m.id)"
                         " ORDER BY start_date, id");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, patientId);
    std::vector<Medication> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        Medication m;
        m.id = st->int64(0);
        m.name = st->text(1);
        m.atc = st->text(2);
        m.started = QDate::fromString(st->text(3), Qt::ISODate);
        if (!st->isNull(4))
            m.stopped = QDate::fromString(st->text(4), Qt::ISODate);
        m.recordedBy = st->text(5);
        m.recordedAt = readTime(st->text(6));
        out.push_back(std::move(m));
    }
    std::stable_sort(out.begin(), out.end(), [](const Medication &a, const Medication &b) {
        return !a.stopped && b.stopped;
    });
    return out;
}

Result<std::vector<Allergy>> readAllergies(Database &db, qint64 patientId)
{
    auto st = db.prepare("SELECT id, substance, reaction, intolerance, recorded_by, recorded_at"
                         " FROM allergies a WHERE patient_id = ? AND NOT EXISTS"
                         " (SELECT 1 FROM allergies s WHERE s.supersedes = a.id) ORDER BY id");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, patientId);
    std::vector<Allergy> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        Allergy a;
        a.id = st->int64(0);
        a.substance = st->text(1);
        a.reaction = st->text(2);
        a.intolerance = st->int64(3) != 0;
        a.recordedBy = st->text(4);
        a.recordedAt = readTime(st->text(5));
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace

QString safetyFactToken(SafetyFact fact)
{
    if (fact == SafetyFact::Count)
        return {};
    return QString::fromLatin1(kFactTokens[static_cast<std::size_t>(fact)]);
}

std::optional<SafetyFact> safetyFactFromToken(const QString &token)
{
    for (std::size_t i = 0; i < kFactTokens.size(); ++i) {
        if (token == QLatin1StringView(kFactTokens[i]))
            return static_cast<SafetyFact>(i);
    }
    return std::nullopt;
}

Result<void> saveVisit(Vault &vault, qint64 patientId, const Visit &visit)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return r;
    auto values = checkVisit(visit);
    if (!values)
        return tl::unexpected(values.error());
    Database &db = VaultAccess::db(vault);
    auto txn = Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    PRECIS_TRY(requirePatient(db, patientId));
    const QString user = vault.user().name;
    const QString now = detail::nowUtc();
    const QString measuredAt = visit.measuredAt.toString(Qt::ISODateWithMs);
    const QString day = visit.measuredAt.date().toString(Qt::ISODate);

    auto visitRow = prepare(db,
                            "INSERT INTO visits(patient_id, measured_at, recorded_by, recorded_at)"
                            " VALUES (?,?,?,?)");
    if (!visitRow)
        return tl::unexpected(visitRow.error());
    visitRow->bind(1, patientId).bind(2, measuredAt).bind(3, user).bind(4, now);
    PRECIS_TRY(visitRow->run());
    const qint64 visitId = db.lastInsertRowId();

    auto reading
        = prepare(db, "INSERT INTO bp_readings(visit_id, position, sbp, dbp) VALUES (?,?,?,?)");
    if (!reading)
        return tl::unexpected(reading.error());
    for (std::size_t i = 0; i < visit.sbpReadings.size(); ++i) {
        reading->reset();
        reading->bind(1, visitId)
            .bind(2, static_cast<qint64>(i) + 1)
            .bind(3, visit.sbpReadings[i])
            .bind(4,
                  i < visit.dbpReadings.size() ? std::optional<double>(visit.dbpReadings[i])
                                               : std::nullopt);
        PRECIS_TRY(reading->run());
    }

    auto obs = prepare(db,
                       "INSERT INTO observations(patient_id, variable, value, unit, effective_date,"
                       " recorded_by, recorded_at, effective_at, entered_value, entered_unit,"
                       " visit_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    if (!obs)
        return tl::unexpected(obs.error());
    for (const CheckedValue &c : *values) {
        obs->reset();
        obs->bind(1, patientId)
            .bind(2, columnName(c.var))
            .bind(3, c.canonical)
            .bind(4, QString(clinical::varInfo(c.var).unit))
            .bind(5, day)
            .bind(6, user)
            .bind(7, now)
            .bind(8, measuredAt)
            .bind(9, c.entered)
            .bind(10, c.enteredUnit)
            .bind(11, visitId);
        PRECIS_TRY(obs->run());
    }

    auto med = prepare(db,
                       "INSERT INTO medications(patient_id, code, label, start_date, recorded_by,"
                       " recorded_at) VALUES (?,?,?,?,?,?)");
    if (!med)
        return tl::unexpected(med.error());
    for (const NewMedication &m : visit.medicationsStarted) {
        med->reset();
        med->bind(1, patientId)
            .bind(2, m.atc.trimmed().toUpper())
            .bind(3, m.name.trimmed())
            .bind(4,
                  m.started.isValid() ? m.started.toString(Qt::ISODate)
                                      : visit.measuredAt.date().toString(Qt::ISODate))
            .bind(5, user)
            .bind(6, now);
        PRECIS_TRY(med->run());
    }

    for (qint64 id : visit.medicationsStopped) {
        auto cur
            = prepare(db,
                      "SELECT patient_id, code, label, start_date, stop_date FROM medications m"
                      " WHERE id = ? AND NOT EXISTS (SELECT 1 FROM medications s"
                      " WHERE s.supersedes = m.id)");
        if (!cur)
            return tl::unexpected(cur.error());
        cur->bind(1, id);
        auto row = cur->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row || cur->int64(0) != patientId || !cur->isNull(4))
            return invalid(QStringLiteral("medication"),
                           QStringLiteral("no current medication of this patient with this id"),
                           QString::number(id));
        const QString code = cur->text(1);
        const QString label = cur->text(2);
        const QString start = cur->text(3);
        cur->reset();
        if (QDate::fromString(start, Qt::ISODate) > visit.measuredAt.date())
            return invalid(QStringLiteral("medication"),
                           QStringLiteral("stopped before it was started"),
                           QString::number(id));
        auto stop = prepare(db,
                            "INSERT INTO medications(patient_id, code, label, start_date,"
                            " recorded_by, recorded_at, supersedes, reason, stop_date)"
                            " VALUES (?,?,?,?,?,?,?,?,?)");
        if (!stop)
            return tl::unexpected(stop.error());
        stop->bind(1, patientId)
            .bind(2, code)
            .bind(3, label)
            .bind(4, start)
            .bind(5, user)
            .bind(6, now)
            .bind(7, id)
            .bind(8, QStringLiteral("stopped"))
            .bind(9, day);
        PRECIS_TRY(stop->run());
    }

    auto allergy = prepare(db,
                           "INSERT INTO allergies(patient_id, substance, reaction, intolerance,"
                           " recorded_by, recorded_at) VALUES (?,?,?,?,?,?)");
    if (!allergy)
        return tl::unexpected(allergy.error());
    for (const NewAllergy &a : visit.allergies) {
        allergy->reset();
        allergy->bind(1, patientId)
            .bind(2, a.substance.trimmed())
            .bind(3, a.reaction.trimmed())
            .bind(4, a.intolerance ? 1 : 0)
            .bind(5, user)
            .bind(6, now);
        PRECIS_TRY(allergy->run());
    }

    auto fact = prepare(db,
                        "INSERT INTO safety_facts(patient_id, fact, value, effective_at,"
                        " recorded_by, recorded_at) VALUES (?,?,?,?,?,?)");
    if (!fact)
        return tl::unexpected(fact.error());
    for (const auto &[f, value] : visit.safetyFacts) {
        fact->reset();
        fact->bind(1, patientId)
            .bind(2, safetyFactToken(f))
            .bind(3, value ? 1 : 0)
            .bind(4, measuredAt)
            .bind(5, user)
            .bind(6, now);
        PRECIS_TRY(fact->run());
    }

    PRECIS_TRY(appendAudit(db,
                           user,
                           QString::fromLatin1(audit::kWrite),
                           patientId,
                           QStringLiteral("visit %1 recorded: %2 values, %3 medications started,"
                                          " %4 stopped, %5 allergies, %6 safety facts")
                               .arg(visitId)
                               .arg(values->size())
                               .arg(visit.medicationsStarted.size())
                               .arg(visit.medicationsStopped.size())
                               .arg(visit.allergies.size())
                               .arg(visit.safetyFacts.size())));
    return txn->commit();
}

Result<PatientDetails> patientDetails(Vault &vault, qint64 patientId)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    PatientDetails d;
    {
        // openPatient audits the read of this chart; the rest below is part of the same view.
        auto summary = vault.openPatient(patientId);
        if (!summary)
            return tl::unexpected(summary.error());
        d.summary = *summary;
    }
    auto meds = readMedications(db, patientId);
    if (!meds)
        return tl::unexpected(meds.error());
    d.medications = std::move(*meds);
    auto allergies = readAllergies(db, patientId);
    if (!allergies)
        return tl::unexpected(allergies.error());
    d.allergies = std::move(*allergies);
    auto st = db.prepare("SELECT fact, value, effective_at FROM safety_facts"
                         " WHERE patient_id = ? ORDER BY effective_at, id");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, patientId);
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        if (auto f = safetyFactFromToken(st->text(0))) {
            const bool value = st->int64(1) != 0;
            d.safety[static_cast<std::size_t>(*f)] = value; // latest answer wins
            d.safetyAnswers.push_back(
                {*f, value, QDateTime::fromString(st->text(2), Qt::ISODateWithMs).date()});
        }
    }
    return d;
}

Result<PatientSummary> findPatientByRecordNumber(Vault &vault, const QString &recordNumber)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    auto st = db.prepare("SELECT id FROM patients WHERE record_number = ?");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, recordNumber.trimmed());
    auto row = st->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no patient with this record number"),
                    QStringLiteral("record_number"),
                    recordNumber);
    const qint64 id = st->int64(0);
    st->reset();
    return vault.openPatient(id);
}

Result<QString> suggestRecordNumber(Vault &vault)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    auto count = db.queryInt("SELECT count(*) FROM patients");
    if (!count)
        return tl::unexpected(count.error());
    auto taken = db.prepare("SELECT 1 FROM patients WHERE record_number = ?");
    if (!taken)
        return tl::unexpected(taken.error());
    // Start after the number of patients; skip numbers already in use (imported or typed).
    for (qint64 n = *count + 1;; ++n) {
        const QString candidate = QStringLiteral("P-%1").arg(n, 6, 10, QLatin1Char('0'));
        taken->reset();
        taken->bind(1, candidate);
        auto row = taken->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return candidate;
    }
}

namespace {

QString observationText(Var var, double value, const QString &unit)
{
    const clinical::VarInfo &info = clinical::varInfo(var);
    if (info.kind == clinical::VarKind::Flag)
        return value != 0 ? QStringLiteral("yes") : QStringLiteral("no");
    if (info.kind == clinical::VarKind::Category) {
        const int code = static_cast<int>(value) - info.firstCode;
        if (code >= 0 && code < info.tokenCount)
            return QString(info.tokens[static_cast<std::size_t>(code)]);
        return number(value);
    }
    return unit.isEmpty() ? number(value) : number(value) + QLatin1Char(' ') + unit;
}

Result<void>
appendObservationEntries(Database &db, qint64 patientId, std::vector<TimelineEntry> &out)
{
    auto st = db.prepare(
        "SELECT o.id, o.variable, o.value, o.unit, o.effective_date, o.effective_at,"
        " o.entered_value, o.entered_unit, o.recorded_by, o.recorded_at, o.supersedes, o.reason,"
        " EXISTS (SELECT 1 FROM observations s WHERE s.supersedes = o.id),"
        " p.value, p.unit, p.entered_value, p.entered_unit"
        " FROM observations o LEFT JOIN observations p ON p.id = o.supersedes"
        " WHERE o.patient_id = ?");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, patientId);
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return {};
        const QString name = st->text(1);
        auto var = clinical::varByName(QLatin1StringView(name.toLatin1()));
        if (!var)
            continue;
        const auto shown = [&](int valueCol, int unitCol, int enteredCol, int enteredUnitCol) {
            if (!st->isNull(enteredCol) && !st->text(enteredUnitCol).isEmpty())
                return observationText(*var, st->real(enteredCol), st->text(enteredUnitCol));
            return observationText(*var, st->real(valueCol), st->text(unitCol));
        };
        const auto raw = [&](int valueCol, int unitCol, int enteredCol, int enteredUnitCol) {
            if (!st->isNull(enteredCol) && !st->text(enteredUnitCol).isEmpty())
                return std::pair(st->real(enteredCol), st->text(enteredUnitCol));
            return std::pair(st->real(valueCol), st->text(unitCol));
        };
        TimelineEntry e;
        e.id = st->int64(0);
        e.what = name;
        e.value = shown(2, 3, 6, 7);
        std::tie(e.number, e.unit) = raw(2, 3, 6, 7);
        e.when = st->isNull(5) ? dateTime(QDate::fromString(st->text(4), Qt::ISODate))
                               : readTime(st->text(5));
        e.recordedBy = st->text(8);
        e.recordedAt = readTime(st->text(9));
        e.superseded = st->int64(12) != 0;
        if (!st->isNull(10)) {
            e.kind = TimelineEntry::Kind::Correction;
            e.reason = st->text(11);
            e.previousValue = shown(13, 14, 15, 16);
            std::tie(e.previousNumber, e.previousUnit) = raw(13, 14, 15, 16);
        }
        out.push_back(std::move(e));
    }
}

} // namespace

Result<std::vector<TimelineEntry>> patientTimeline(Vault &vault, qint64 patientId)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    std::vector<TimelineEntry> out;
    {
        auto st = db.prepare("SELECT record_number, created_by, created_at FROM patients"
                             " WHERE id = ?");
        if (!st)
            return tl::unexpected(st.error());
        st->bind(1, patientId);
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return fail(ErrorCode::NotFound,
                        QStringLiteral("no such patient"),
                        QStringLiteral("id"),
                        QString::number(patientId));
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Patient;
        e.id = patientId;
        e.what = QStringLiteral("patient");
        e.value = st->text(0);
        e.recordedBy = st->text(1);
        e.recordedAt = readTime(st->text(2));
        e.when = e.recordedAt;
        out.push_back(std::move(e));
    }
    PRECIS_TRY(appendObservationEntries(db, patientId, out));
    {
        // Every medication row: a start, or a stop (which supersedes its start row but does
        // not correct it, so neither is marked superseded).
        auto st = db.prepare("SELECT id, label, code, start_date, stop_date, recorded_by,"
                             " recorded_at FROM medications WHERE patient_id = ?");
        if (!st)
            return tl::unexpected(st.error());
        st->bind(1, patientId);
        for (;;) {
            auto row = st->step();
            if (!row)
                return tl::unexpected(row.error());
            if (!*row)
                break;
            TimelineEntry e;
            e.kind = TimelineEntry::Kind::Medication;
            e.id = st->int64(0);
            e.what = st->text(1).isEmpty() ? st->text(2) : st->text(1);
            const bool stop = !st->isNull(4);
            e.value = stop ? QStringLiteral("stopped") : QStringLiteral("started");
            e.when = dateTime(QDate::fromString(st->text(stop ? 4 : 3), Qt::ISODate));
            e.recordedBy = st->text(5);
            e.recordedAt = readTime(st->text(6));
            out.push_back(std::move(e));
        }
    }
    {
        auto st = db.prepare("SELECT id, substance, reaction, intolerance, recorded_by,"
                             " recorded_at FROM allergies WHERE patient_id = ?");
        if (!st)
            return tl::unexpected(st.error());
        st->bind(1, patientId);
        for (;;) {
            auto row = st->step();
            if (!row)
                return tl::unexpected(row.error());
            if (!*row)
                break;
            TimelineEntry e;
            e.kind = TimelineEntry::Kind::Allergy;
            e.id = st->int64(0);
            e.what = st->text(1);
            e.value = st->text(2);
            if (st->int64(3) != 0)
                e.value += e.value.isEmpty() ? QStringLiteral("intolerance")
                                             : QStringLiteral(" (intolerance)");
            e.recordedBy = st->text(4);
            e.recordedAt = readTime(st->text(5));
            e.when = e.recordedAt;
            out.push_back(std::move(e));
        }
    }
    {
        auto st = db.prepare("SELECT id, fact, value, effective_at, recorded_by, recorded_at"
                             " FROM safety_facts WHERE patient_id = ?");
        if (!st)
            return tl::unexpected(st.error());
        st->bind(1, patientId);
        for (;;) {
            auto row = st->step();
            if (!row)
                return tl::unexpected(row.error());
            if (!*row)
                break;
            TimelineEntry e;
            e.kind = TimelineEntry::Kind::SafetyFact;
            e.id = st->int64(0);
            e.what = st->text(1);
            e.value = st->int64(2) != 0 ? QStringLiteral("yes") : QStringLiteral("no");
            e.when = readTime(st->text(3));
            e.recordedBy = st->text(4);
            e.recordedAt = readTime(st->text(5));
            out.push_back(std::move(e));
        }
    }
    {
        auto st = db.prepare("SELECT id, as_of, recorded_by, recorded_at FROM assessments"
                             " WHERE patient_id = ?");
        if (!st)
            return tl::unexpected(st.error());
        st->bind(1, patientId);
        for (;;) {
            auto row = st->step();
            if (!row)
                return tl::unexpected(row.error());
            if (!*row)
                break;
            TimelineEntry e;
            e.kind = TimelineEntry::Kind::Assessment;
            e.id = st->int64(0);
            e.what = QStringLiteral("assessment");
            e.value = st->text(1);
            e.when = dateTime(QDate::fromString(st->text(1), Qt::ISODate));
            e.recordedBy = st->text(2);
            e.recordedAt = readTime(st->text(3));
            out.push_back(std::move(e));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.when != b.when)
            return a.when > b.when;
        if (a.recordedAt != b.recordedAt)
            return a.recordedAt > b.recordedAt;
        return a.id > b.id;
    });
    PRECIS_TRY(appendAudit(db,
                           vault.user().name,
                           QString::fromLatin1(audit::kChartRead),
                           patientId,
                           QStringLiteral("timeline read")));
    return out;
}

} // namespace precis::store
