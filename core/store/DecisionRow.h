// SPDX-License-Identifier: GPL-3.0-or-later
// Store-internal: a treatment_decisions row read into a RecordedDecision, shared by the chart
// read (Decisions.cpp) and the replay read (ReplaySource.cpp).
#pragma once

#include "core/store/Decisions.h"

namespace precis::store {
class Statement;
}

namespace precis::store::detail {

/// Columns in this order: id, patient_id, option_id, decision, reason, kb_version,
/// inputs_sha256, inputs, recommendation, supersedes, decided_by, decided_at. Damaged for a
/// decision token the schema's CHECK should have refused.
[[nodiscard]] Result<RecordedDecision> decisionFromRow(Statement &st);

} // namespace precis::store::detail
