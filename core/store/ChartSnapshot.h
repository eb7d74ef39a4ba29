// SPDX-License-Identifier: GPL-3.0-or-later
// A patient's snapshot as of a date from chart rows already read: the same assembly as
// patientSnapshot(), without a vault read, so that a trend can score every visit date from one
// audited read of the chart.
#pragma once

#include "core/clinical/Snapshot.h"
#include "core/store/ChartRecords.h"
#include "core/store/PatientRecords.h"
#include "core/store/Vault.h"

#include <QDate>

#include <vector>

namespace precis::store {

/// The ids of rows that a later row supersedes (corrections), i.e. the rows no longer current.
[[nodiscard]] std::vector<qint64> supersededIds(const std::vector<ObservationRow> &rows);

/// The latest current (not superseded) value of each variable on or before `asOf`, age in
/// completed years from the date of birth, sex, and the medication flags (statin, bp_treated;
/// clinical::applyMedicationFlags) and the safety facts that are model inputs
/// (mergeSafetyFacts) as patientSnapshot() assembles them. `rows` may include superseded
/// rows. Like patientSnapshot, derives nothing: callers run clinical::deriveMissing.
[[nodiscard]] clinical::Snapshot snapshotFromRecords(const PatientSummary &patient,
                                                     const std::vector<ObservationRow> &rows,
                                                     const std::vector<Medication> &medications,
                                                     const std::vector<SafetyFactAnswer> &answers,
                                                     QDate asOf);

/// The safety facts that are also model inputs: bleeding history (HAS-BLED's B) and dialysis
/// (the KFRE refuses on dialysis). An answer dated on or before the snapshot's date and no
/// older than the variable's current value replaces it, so that a later "no" undoes an
/// earlier "yes" and an observation recorded after the answer still wins.
void mergeSafetyFacts(clinical::Snapshot &s, const std::vector<SafetyFactAnswer> &answers);

} // namespace precis::store
