// SPDX-License-Identifier: GPL-3.0-or-later
// The patient chart as the clinician workspace sees it (issue #9): a visit saved as one
// transaction, medications, allergies and the safety facts treatment options need, the chart
// header with all of these, and the chart's history as a timeline. Rows stay append-only
// (PatientRecords.h): stopping a medication or answering a safety fact again adds a row.
#pragma once

#include "core/clinical/Plausibility.h"
#include "core/clinical/Variable.h"
#include "core/common/Error.h"
#include "core/store/Vault.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace precis::store {

/// Safety facts the treatment options need. Unknown (std::nullopt) is never "no".
enum class SafetyFact {
    Pregnancy,
    AcsOrPci,
    MechanicalValve,
    MitralStenosis,
    Dialysis,
    PriorDka,
    MtcOrMen2,
    BleedingHistory,
    Count
};

inline constexpr std::size_t kSafetyFactCount = static_cast<std::size_t>(SafetyFact::Count);

/// "pregnancy", "acs_or_pci", "mechanical_valve", "mitral_stenosis", "dialysis", "prior_dka",
/// "mtc_or_men2", "bleeding_history" (stored in the vault).
[[nodiscard]] QString safetyFactToken(SafetyFact fact);
[[nodiscard]] std::optional<SafetyFact> safetyFactFromToken(const QString &token);

/// One value as entered. `unit` is the UCUM unit typed ("" = the variable's canonical unit);
/// it must be the canonical unit or one `precis-cli score` accepts for the column. The value is
/// stored as entered and converted to the canonical unit.
struct EnteredValue
{
    clinical::Var var;
    double value;
    QString unit;
};

/// A medication started: generic name and/or WHO ATC code (at least one).
struct NewMedication
{
    QString name;
    QString atc;
    QDate started;
};

/// e.g. {"statin", "myalgia", true} or {"ACE inhibitor", "angioedema", false}.
struct NewAllergy
{
    QString substance;
    QString reaction;
    bool intolerance = false;
};

struct Visit
{
    QDateTime measuredAt; ///< required, never assumed
    /// Several readings: their mean is stored as sbp/dbp and, with two or more readings, the
    /// sample standard deviation of SBP as sbp_sd; each reading is kept. dbpReadings is empty
    /// or pairs with sbpReadings one to one.
    std::vector<double> sbpReadings, dbpReadings;
    std::vector<EnteredValue> values; ///< everything else: labs, height, weight, flags, codes
    std::vector<NewMedication> medicationsStarted;
    std::vector<qint64> medicationsStopped; ///< ids; stop date = measuredAt's date
    std::vector<NewAllergy> allergies;
    std::vector<std::pair<SafetyFact, bool>> safetyFacts; ///< only those answered
};

/// One transaction (all or nothing), audited as one write. Nurse or physician. Refuses
/// (InvalidInput, field = the CSV column name, e.g. "hdl_cholesterol", or "measured_at",
/// "medication", "allergy", "safety_fact"): a missing time; age or sex (they come from the
/// patient); a unit the column does not accept; a flag not 0/1 or an unknown code; a value
/// outside the variable's possible range (clinical::plausibility) including negatives;
/// HDL above total cholesterol; DBP >= SBP in any reading; a variable given twice; stopping
/// an unknown, foreign or already stopped medication. NotFound for an unknown patient.
[[nodiscard]] Result<void> saveVisit(Vault &vault, qint64 patientId, const Visit &visit);

struct Medication
{
    qint64 id = 0; ///< the id to pass to Visit::medicationsStopped
    QString name;
    QString atc;
    QDate started;
    std::optional<QDate> stopped;
    QString recordedBy;
    QDateTime recordedAt;
};

struct Allergy
{
    qint64 id = 0;
    QString substance;
    QString reaction;
    bool intolerance = false;
    QString recordedBy;
    QDateTime recordedAt;
};

/// One dated answer to a safety fact (answering again adds a row; the latest one counts).
struct SafetyFactAnswer
{
    SafetyFact fact = SafetyFact::Pregnancy;
    bool value = false;
    QDate effective;
};

struct PatientDetails
{
    PatientSummary summary;
    std::vector<Medication> medications; ///< current (not stopped) first, then by start date
    std::vector<Allergy> allergies;
    std::array<std::optional<bool>, kSafetyFactCount> safety; ///< latest answer per fact
    std::vector<SafetyFactAnswer> safetyAnswers;              ///< every answer, oldest first
};

/// The chart header. Audited as one chart read. NotFound for an unknown patient.
[[nodiscard]] Result<PatientDetails> patientDetails(Vault &vault, qint64 patientId);

/// The patient with this record number (case-insensitive, as the column is). Audited as a
/// chart read. NotFound (field "record_number") when there is none.
[[nodiscard]] Result<PatientSummary> findPatientByRecordNumber(Vault &vault,
                                                               const QString &recordNumber);

/// A record number not in use yet ("P-000123"), for the new-patient form. Nurse or physician.
[[nodiscard]] Result<QString> suggestRecordNumber(Vault &vault);

/// Plausible range (warn, needs confirmation) and possible range (refuse) per variable, in
/// canonical units. Lives in core/clinical/Plausibility.h; re-exported here for the chart.
using clinical::Plausibility;
using clinical::plausibility;

struct TimelineEntry
{
    enum class Kind {
        Observation,
        Correction,
        Medication,
        Allergy,
        SafetyFact,
        Assessment,
        Patient
    };
    Kind kind = Kind::Observation;
    QDateTime when;       ///< effective time (measurement, start/stop date, as-of date)
    QDateTime recordedAt; ///< when it was written
    QString recordedBy;
    QString what;          ///< e.g. "sbp", "atorvastatin", "pregnancy", "assessment"
    QString value;         ///< as entered, with its unit ("5.2 mmol/L", "started", "yes")
    QString previousValue; ///< for a correction: the value it replaces
    QString reason;        ///< for a correction
    /// Observations and corrections: the value as entered and its unit (canonical if entered
    /// so), for screens that format numbers and words themselves.
    std::optional<double> number;
    QString unit;
    std::optional<double> previousNumber;
    QString previousUnit;
    bool superseded = false;
    qint64 id = 0; ///< row id in its table (observation id for corrections)
};

/// Everything recorded about the patient, newest first (by `when`, then `recordedAt`), with
/// superseded rows marked. Audited as one chart read.
[[nodiscard]] Result<std::vector<TimelineEntry>> patientTimeline(Vault &vault, qint64 patientId);

} // namespace precis::store
