// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli patient show|risks (issue #9): one patient's snapshot as of a date as a
// `precis-cli score` input row, and what `score` prints for it. Wiring only: the snapshot comes
// from core/store (patientSnapshot), its CSV from core/clinical (formatPersonCsv) and the rows
// from core/risk (scoreSnapshot), the engine behind `precis-cli score`.
#pragma once

#include "core/clinical/Snapshot.h"
#include "core/clinical/SnapshotCsv.h"
#include "core/common/Error.h"
#include "core/risk/RiskModel.h"
#include "core/store/Vault.h"

#include <QDate>
#include <QString>

#include <string>
#include <vector>

namespace precis::cli {

/// One patient's chart as of a date, as `patient show` and `patient risks` read it.
struct PatientAsOf
{
    store::PatientSummary patient;
    clinical::Snapshot snapshot;     ///< as store::patientSnapshot assembles it; nothing derived
    clinical::EnteredValues entered; ///< how those values were typed (units as entered)
};

/// Finds the patient by record number and assembles the snapshot as of `asOf` (valid): the
/// latest current value of each variable measured on or before that date, corrected values
/// left out, statin and bp_treated from the medication list. Both are audited chart reads.
/// Errors: Permission for a role that may not read charts; NotFound (field record_number,
/// value = the record number) for an unknown one; InvalidInput (field "--as-of") when the
/// patient was born after `asOf`.
[[nodiscard]] Result<PatientAsOf>
readPatientAsOf(store::Vault &vault, const QString &recordNumber, QDate asOf);

/// What `patient show` prints: the person CSV (header and one row, id = record number).
[[nodiscard]] Result<std::string> patientShowText(const PatientAsOf &p);

/// What `patient risks` prints: exactly what `precis-cli score` prints for the text of
/// patientShowText(p) with these models. Fails where patientShowText fails, so the two
/// commands always agree on which patients they can show.
[[nodiscard]] Result<std::string>
patientRisksText(const PatientAsOf &p, const std::vector<const risk::RiskModel *> &models);

} // namespace precis::cli
