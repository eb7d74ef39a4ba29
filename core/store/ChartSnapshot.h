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
/// clinical::applyMedicationFlags) as patientSnapshot() assembles them. `rows` may include
/// superseded rows. Not merged: the bleeding-history safety fact (patientSnapshot reads its
/// dated answers from the vault). Like patientSnapshot, derives nothing: callers run
/// clinical::deriveMissing.
[[nodiscard]] clinical::Snapshot snapshotFromRecords(const PatientSummary &patient,
                                                     const std::vector<ObservationRow> &rows,
                                                     const std::vector<Medication> &medications,
                                                     QDate asOf);

} // namespace precis::store
