// SPDX-License-Identifier: GPL-3.0-or-later
// What-if: the same model over an edited snapshot (issue #4). Treatment effects that no model
// input carries (statins, LDL lowering) belong to the treatment-options engine, not here.
#pragma once

#include "core/clinical/SnapshotAssembly.h"
#include "core/common/Error.h"
#include "core/risk/RiskModel.h"

#include <optional>

namespace precis::risk {

/// Edits to apply, in canonical units (Variable.h); unset = unchanged.
struct WhatIfEdits
{
    std::optional<double> sbp;              ///< mm[Hg]
    std::optional<double> totalCholesterol; ///< mg/dL
    std::optional<double> hdlCholesterol;   ///< mg/dL
    std::optional<int> smoking;             ///< smoking code 0..5 (Variable.h)
    std::optional<double> weight;           ///< kg; BMI follows when it was derived
    std::optional<bool> bpTreated;
};

struct WhatIfResult
{
    Snapshot edited;     ///< the snapshot the what-if evaluation ran on
    Evaluation baseline; ///< the model on the snapshot as given
    Evaluation whatIf;   ///< the model on the edited snapshot
    QStringList notes;   ///< e.g. that a recorded BMI did not follow the weight (marked texts)
};

/// Applies `edits` to `snapshot` (edited values dated snapshot.asOf) and evaluates `model` on
/// both. A weight edit recomputes BMI from the snapshot's height when `derivation.bmi` says
/// BMI was derived; a recorded BMI is kept and a note says so. Errors (InvalidInput naming the
/// field): a non-finite or non-positive number, a smoking code outside 0..5, a weight edit
/// with a derived BMI but no height.
[[nodiscard]] Result<WhatIfResult> runWhatIf(const RiskModel &model,
                                             const Snapshot &snapshot,
                                             const WhatIfEdits &edits,
                                             clinical::Derivation derivation = {});

} // namespace precis::risk
