// SPDX-License-Identifier: GPL-3.0-or-later
// Writing and reading chart contents. Clinical rows are append-only: a correction is a new row
// that supersedes the old one and records who, when and why (triggers refuse UPDATE/DELETE).
#pragma once

#include "core/clinical/Snapshot.h"
#include "core/clinical/SnapshotCsv.h"
#include "core/clinical/Variable.h"
#include "core/common/Error.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace precis::store {

class Vault;

struct NewPatient
{
    QString recordNumber;
    QString familyName;
    QString givenName;
    QDate dateOfBirth;
    QString sex; ///< "female" or "male"
    bool synthetic = false;
};

struct ObservationRow
{
    qint64 id = 0;
    qint64 patientId = 0;
    clinical::Var variable = clinical::Var::Age;
    double value = 0;
    QString unit; ///< canonical UCUM unit of the variable (empty for flags and codes)
    QDate effective;
    QString recordedBy;
    QDateTime recordedAt;
    std::optional<qint64> supersedes;
    QString reason;
    /// The value as typed and its UCUM unit, when it was entered in a unit other than the
    /// canonical one (saveVisit, ChartRecords.h); nullopt and "" otherwise.
    std::optional<double> enteredValue;
    QString enteredUnit;
};

/// Nurse or physician. Audited as a write. InvalidInput for empty names, invalid dates or a
/// duplicate record number.
[[nodiscard]] Result<qint64> addPatient(Vault &vault, const NewPatient &patient);
/// Stores `value` in the variable's canonical unit (clinical::varInfo). Nurse or physician.
[[nodiscard]] Result<qint64> addObservation(
    Vault &vault, qint64 patientId, clinical::Var variable, double value, QDate effective);
/// Appends a row superseding `observationId` with the new value; `reason` is required.
[[nodiscard]] Result<qint64>
correctObservation(Vault &vault, qint64 observationId, double newValue, const QString &reason);
/// Current rows of one patient (superseded rows left out unless asked for), oldest first.
/// Audited as a chart read.
[[nodiscard]] Result<std::vector<ObservationRow>>
patientObservations(Vault &vault, qint64 patientId, bool includeSuperseded = false);
/// The latest current value of each variable on or before `asOf` (age from the date of birth).
/// statin and bp_treated follow the medication list merged with typed flags (the rule is
/// clinical::applyMedicationFlags, MedicationClasses.h); a bleeding_history safety fact
/// (ChartRecords.h) counts as a bleeding_history observation of its date. eGFR and BMI are not
/// derived here (clinical::deriveMissing does that, as the models' callers do).
/// With `entered`, also how each value taken from an observation was typed, where that was in
/// a unit other than the canonical one (clinical::ValueAsEntered; `precis-cli patient show`
/// prints these). Audited as a chart read.
[[nodiscard]] Result<clinical::Snapshot> patientSnapshot(
    Vault &vault, qint64 patientId, QDate asOf, clinical::EnteredValues *entered = nullptr);

} // namespace precis::store
