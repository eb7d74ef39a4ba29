// SPDX-License-Identifier: GPL-3.0-or-later
// Review rows for current drugs whose dose rests on DPYD, TPMT, NUDT15 or UGT1A1 (issue #11
// "feed the treatment options' genotype modifiers ... DPYD/TPMT/NUDT15/UGT1A1 -> the oncology
// drugs"; issue #10 "Genotype-aware"): fluorouracil and capecitabine (DPYD, CPIC 2017),
// azathioprine, mercaptopurine and thioguanine (TPMT and NUDT15, CPIC 2018 and its 2024
// update), irinotecan (UGT1A1, DPWG 2022 and the FDA label). The actions are those of
// resources/genomics/recommendations.json (tests/therapy/tst_oncologypgx checks that they
// agree), kept here as translatable literals.
#pragma once

#include "core/therapy/OptionEngine.h"
#include "core/therapy/PatientContext.h"

#include <vector>

namespace precis::therapy {

/// One review row ("review:capecitabine", ...) per current drug of these with a genotype note,
/// in the order fluorouracil, capecitabine, azathioprine, mercaptopurine, thioguanine,
/// irinotecan. A normal phenotype gives no note (as for the statins); blank = not tested, no
/// note; "indeterminate" (or a term the gene does not use) gives the note that no phenotype was
/// assigned, never a normal-dose note. The thiopurine wording follows
/// `behaviour.thiopurineCellsVerified`, `behaviour.thiopurineCombinedCpic2025` and
/// `behaviour.thiopurineSingleGeneCpic2025` (KnowledgeBase.h).
[[nodiscard]] std::vector<OptionRow> oncologyPgxReviewRows(const PatientContext &patient,
                                                           const EngineBehaviour &behaviour);

/// The rows with the wording released with 2026.1 to 2026.3 (thiopurineCellsVerified and
/// thiopurineCombinedCpic2025 and thiopurineSingleGeneCpic2025 off):
/// the call OptionEngine makes until it passes its version's behaviour to the overload above.
[[nodiscard]] std::vector<OptionRow> oncologyPgxReviewRows(const PatientContext &patient);

/// The generic names (as PatientContext recognises them) of the drugs these rows concern.
[[nodiscard]] QStringList oncologyPgxDrugs();

} // namespace precis::therapy
