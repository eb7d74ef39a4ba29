// SPDX-License-Identifier: GPL-3.0-or-later
// A patient's snapshot as of any date from the observations read once when the chart opened:
// the trend chart recomputes every risk as of each visit from what was known then, without a
// vault read (and an audit row) per visit.
#pragma once

#include "core/clinical/Snapshot.h"
#include "core/store/ChartRecords.h"
#include "core/store/PatientRecords.h"
#include "core/store/Vault.h"

#include <QDate>

#include <vector>

namespace precis::ui {

struct ChartHistory
{
    store::PatientSummary patient;
    /// Current and superseded rows, as read from the vault.
    std::vector<store::ObservationRow> observations;
    std::vector<store::Medication> medications;
    std::vector<store::SafetyFactAnswer> safetyAnswers;

    /// The snapshot as of `asOf`: the latest current (not superseded) value of each variable
    /// recorded on or before it, age from the date of birth, sex, and the medication flags,
    /// exactly as store::patientSnapshot assembles it.
    [[nodiscard]] clinical::Snapshot snapshotAsOf(QDate asOf) const;
    /// The distinct dates with at least one current observation, oldest first.
    [[nodiscard]] std::vector<QDate> visitDates() const;
};

} // namespace precis::ui
