// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/PatientRecords.h"

#include "core/clinical/MedicationClasses.h"
#include "core/store/AuditLog.h"
#include "core/store/ChartRecords.h"
#include "core/store/ChartSnapshot.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultInternal.h"

namespace precis::store {

namespace {

using detail::VaultAccess;

QString unitOf(clinical::Var v)
{
    return QString(clinical::varInfo(v).unit);
}

// The medication list decides the statin and bp_treated flags (clinical::applyMedicationFlags
// gives the rule), and the bleeding-history and dialysis safety facts feed their model inputs
// (mergeSafetyFacts gives the rule).
Result<void> mergeChartFacts(Vault &vault, qint64 patientId, clinical::Snapshot &s)
{
    Database &db = VaultAccess::db(vault);
    auto meds = db.prepare("SELECT code, start_date, stop_date FROM medications m"
                           " WHERE patient_id = ? AND NOT EXISTS"
                           " (SELECT 1 FROM medications n WHERE n.supersedes = m.id)");
    if (!meds)
        return tl::unexpected(meds.error());
    meds->bind(1, patientId);
    std::vector<clinical::MedicationSpan> spans;
    for (;;) {
        auto row = meds->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        clinical::MedicationSpan m;
        m.atc = meds->text(0);
        m.started = QDate::fromString(meds->text(1), Qt::ISODate);
        if (!meds->isNull(2))
            m.stopped = QDate::fromString(meds->text(2), Qt::ISODate);
        spans.push_back(std::move(m));
    }
    clinical::applyMedicationFlags(s, spans);

    auto fact = db.prepare("SELECT fact, value, effective_at FROM safety_facts"
                           " WHERE patient_id = ? ORDER BY effective_at, id");
    if (!fact)
        return tl::unexpected(fact.error());
    fact->bind(1, patientId);
    std::vector<SafetyFactAnswer> answers;
    for (;;) {
        auto row = fact->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        if (auto f = safetyFactFromToken(fact->text(0)))
            answers.push_back({*f,
                               fact->int64(1) != 0,
                               QDateTime::fromString(fact->text(2), Qt::ISODateWithMs).date()});
    }
    mergeSafetyFacts(s, answers);
    return {};
}

} // namespace

Result<qint64> addPatient(Vault &vault, const NewPatient &p)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    if (p.recordNumber.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("record number is required"),
                    QStringLiteral("record_number"));
    if (p.familyName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("family name is required"),
                    QStringLiteral("family_name"));
    if (!p.dateOfBirth.isValid())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("date of birth is invalid"),
                    QStringLiteral("date_of_birth"));
    if (p.sex != QLatin1String("female") && p.sex != QLatin1String("male"))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("sex must be female or male"),
                    QStringLiteral("sex"),
                    p.sex);
    Database &db = VaultAccess::db(vault);
    auto txn = Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    auto st = db.prepare("INSERT INTO patients(record_number, family_name, given_name,"
                         " date_of_birth, sex, is_synthetic, created_by, created_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, p.recordNumber)
        .bind(2, p.familyName)
        .bind(3, p.givenName)
        .bind(4, p.dateOfBirth.toString(Qt::ISODate))
        .bind(5, p.sex)
        .bind(6, p.synthetic ? 1 : 0)
        .bind(7, vault.user().name)
        .bind(8, detail::nowUtc());
    if (auto r = st->run(); !r) {
        if (r.error().code == ErrorCode::InvalidInput)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("record number already in use"),
                        QStringLiteral("record_number"),
                        p.recordNumber);
        return tl::unexpected(r.error());
    }
    const qint64 id = db.lastInsertRowId();
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kWrite),
                             id,
                             QStringLiteral("patient created"));
        !r)
        return tl::unexpected(r.error());
    if (auto r = txn->commit(); !r)
        return tl::unexpected(r.error());
    return id;
}

Result<qint64> addObservation(
    Vault &vault, qint64 patientId, clinical::Var variable, double value, QDate effective)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    if (!effective.isValid())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("effective date is invalid"),
                    QStringLiteral("effective_date"));
    Database &db = VaultAccess::db(vault);
    auto txn = Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    auto st = db.prepare("INSERT INTO observations(patient_id, variable, value, unit,"
                         " effective_date, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?)");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, patientId)
        .bind(2, QString(clinical::varInfo(variable).name))
        .bind(3, value)
        .bind(4, unitOf(variable))
        .bind(5, effective.toString(Qt::ISODate))
        .bind(6, vault.user().name)
        .bind(7, detail::nowUtc());
    if (auto r = st->run(); !r)
        return tl::unexpected(r.error());
    const qint64 id = db.lastInsertRowId();
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kWrite),
                             patientId,
                             QStringLiteral("observation %1 recorded").arg(id));
        !r)
        return tl::unexpected(r.error());
    if (auto r = txn->commit(); !r)
        return tl::unexpected(r.error());
    return id;
}

Result<qint64>
correctObservation(Vault &vault, qint64 observationId, double newValue, const QString &reason)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("a correction needs a reason"),
                    QStringLiteral("reason"));
    Database &db = VaultAccess::db(vault);
    auto txn = Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    auto old = db.prepare("SELECT patient_id, variable, unit, effective_date FROM observations"
                          " WHERE id = ? AND NOT EXISTS (SELECT 1 FROM observations s"
                          " WHERE s.supersedes = observations.id)");
    if (!old)
        return tl::unexpected(old.error());
    old->bind(1, observationId);
    auto row = old->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no current observation with this id (superseded already?)"),
                    QStringLiteral("id"),
                    QString::number(observationId));
    const qint64 patientId = old->int64(0);
    const QString variable = old->text(1);
    const QString unit = old->text(2);
    const QString effective = old->text(3);
    old->reset();
    auto st = db.prepare("INSERT INTO observations(patient_id, variable, value, unit,"
                         " effective_date, recorded_by, recorded_at, supersedes, reason)"
                         " VALUES (?,?,?,?,?,?,?,?,?)");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, patientId)
        .bind(2, variable)
        .bind(3, newValue)
        .bind(4, unit)
        .bind(5, effective)
        .bind(6, vault.user().name)
        .bind(7, detail::nowUtc())
        .bind(8, observationId)
        .bind(9, reason);
    if (auto r = st->run(); !r)
        return tl::unexpected(r.error());
    const qint64 id = db.lastInsertRowId();
    if (auto r
        = appendAudit(db,
                      vault.user().name,
                      QString::fromLatin1(audit::kCorrection),
                      patientId,
                      QStringLiteral("observation %1 superseded by %2").arg(observationId).arg(id));
        !r)
        return tl::unexpected(r.error());
    if (auto r = txn->commit(); !r)
        return tl::unexpected(r.error());
    return id;
}

Result<std::vector<ObservationRow>>
patientObservations(Vault &vault, qint64 patientId, bool includeSuperseded)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    QByteArray sql = "SELECT id, patient_id, variable, value, unit, effective_date, recorded_by,"
                     " recorded_at, supersedes, reason, entered_value, entered_unit"
                     " FROM observations o WHERE patient_id = ?";
    if (!includeSuperseded)
        sql += " AND NOT EXISTS (SELECT 1 FROM observations s WHERE s.supersedes = o.id)";
    sql += " ORDER BY effective_date, id";
    auto st = db.prepare(sql.constData());
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, patientId);
    std::vector<ObservationRow> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        auto var = clinical::varByName(QLatin1StringView(st->text(2).toLatin1()));
        if (!var)
            continue; // a variable this build does not know: kept in the file, not shown
        ObservationRow o;
        o.id = st->int64(0);
        o.patientId = st->int64(1);
        o.variable = *var;
        o.value = st->real(3);
        o.unit = st->text(4);
        o.effective = QDate::fromString(st->text(5), Qt::ISODate);
        o.recordedBy = st->text(6);
        o.recordedAt = QDateTime::fromString(st->text(7), Qt::ISODateWithMs);
        if (!st->isNull(8))
            o.supersedes = st->int64(8);
        o.reason = st->text(9);
        if (!st->isNull(10) && !st->text(11).isEmpty()) {
            o.enteredValue = st->real(10);
            o.enteredUnit = st->text(11);
        }
        out.push_back(o);
    }
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kChartRead),
                             patientId,
                             QStringLiteral("observations read"));
        !r)
        return tl::unexpected(r.error());
    return out;
}

Result<clinical::Snapshot>
patientSnapshot(Vault &vault, qint64 patientId, QDate asOf, clinical::EnteredValues *entered)
{
    auto patient = vault.openPatient(patientId);
    if (!patient)
        return tl::unexpected(patient.error());
    auto rows = patientObservations(vault, patientId);
    if (!rows)
        return tl::unexpected(rows.error());
    clinical::Snapshot s;
    s.asOf = asOf;
    clinical::EnteredValues typed{};
    for (const ObservationRow &o : *rows) {
        if (o.effective > asOf)
            continue;
        const auto i = clinical::index(o.variable);
        if (!s.values[i] || s.dates[i] <= o.effective) {
            s.set(o.variable, o.value, o.effective);
            typed[i].reset();
            if (o.enteredValue)
                typed[i] = clinical::ValueAsEntered{*o.enteredValue, o.enteredUnit};
        }
    }
    const QDate dob = patient->dateOfBirth;
    if (dob.isValid() && asOf.isValid()) {
        int age = asOf.year() - dob.year();
        if (asOf < dob.addYears(age))
            --age;
        s.set(clinical::Var::Age, age, asOf);
    }
    s.set(clinical::Var::Sex, patient->sex == QLatin1String("male") ? 1 : 0, asOf);
    if (auto r = mergeChartFacts(vault, patientId, s); !r)
        return tl::unexpected(r.error());
    if (entered != nullptr) {
        // Only values still taken from an observation (the medication list may have replaced
        // a typed statin or bp_treated flag, which carry no unit anyway).
        for (std::size_t i = 0; i < clinical::kVarCount; ++i)
            if (!s.values[i])
                typed[i].reset();
        *entered = std::move(typed);
    }
    return s;
}

} // namespace precis::store
