// SPDX-License-Identifier: GPL-3.0-or-later
// Everything `precis-cli replay` re-derives (issue #10): every stored treatment decision and
// every recorded assessment in the vault, read in one audited step.
#pragma once

#include "core/common/Error.h"
#include "core/store/Decisions.h"

#include <QByteArray>

#include <vector>

namespace precis::store {

class Vault;

struct ReplayAssessment
{
    qint64 id = 0;
    qint64 patientId = 0;
    QByteArray payload; ///< as recorded (risk::assessmentFromJson)
};

struct ReplayRecords
{
    std::vector<RecordedDecision> decisions;   ///< oldest first
    std::vector<ReplayAssessment> assessments; ///< oldest first
};

/// Administrators and physicians (Permission otherwise, a nurse included). Audited once
/// (audit::kReplay) with the counts only.
[[nodiscard]] Result<ReplayRecords> readForReplay(Vault &vault);

} // namespace precis::store
