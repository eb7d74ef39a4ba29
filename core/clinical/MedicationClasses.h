// SPDX-License-Identifier: GPL-3.0-or-later
// Which recorded medications make a patient "on a statin" or "on blood-pressure treatment",
// so that the statin and bp_treated inputs follow the medication list instead of being typed a
// second time.
#pragma once

#include "core/clinical/Snapshot.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace precis::clinical {

/// Drug classes by WHO ATC code (WHO Collaborating Centre for Drug Statistics Methodology,
/// ATC classification index, https://atcddd.fhi.no/atc_ddd_index/, groups as of 2024):
/// - Statin: C10AA "HMG CoA reductase inhibitors" and C10B "Lipid modifying agents,
///   combinations" (C10BA, C10BX: every C10B group combines a statin with another agent).
/// - Antihypertensive: C02 "Antihypertensives", C03 "Diuretics", C07 "Beta blocking agents",
///   C08 "Calcium channel blockers", C09 "Agents acting on the renin-angiotensin system".
///   These groups include drugs also given for other reasons (a loop diuretic for heart
///   failure, a beta blocker for rate control); the flag then reads "treated with a
///   blood-pressure-lowering drug", which is what QRISK3 and PCE record.
enum class DrugClass { Statin, Antihypertensive };

/// Whether the ATC code (any level, case-insensitive, surrounding spaces ignored) falls in
/// the class. A code shorter than the class prefix (e.g. "C10") is not enough.
[[nodiscard]] bool inDrugClass(DrugClass drugClass, QStringView atc);

/// One medication as recorded: started (invalid = unknown start, treated as before any date)
/// and stopped (empty = still taken).
struct MedicationSpan
{
    QString atc;
    QDate started;
    std::optional<QDate> stopped;
};

/// Sets Var::Statin and Var::BpTreated of `snapshot` (as of snapshot.asOf) from the
/// medication list, merged with a typed flag the snapshot already holds:
/// 1. a medication of the class taken on asOf (started on or before, not stopped on or
///    before it) makes the flag 1, dated by the latest such start (a typed 0 is overridden);
/// 2. otherwise, a medication of the class stopped on or before asOf makes the flag 0, dated
///    by the stop, unless a typed flag is dated after that stop (then the typed flag stands:
///    e.g. a drug given elsewhere and recorded only as the flag);
/// 3. otherwise the typed flag stands as it is, and without one the flag stays unknown.
void applyMedicationFlags(Snapshot &snapshot, const std::vector<MedicationSpan> &medications);

} // namespace precis::clinical
