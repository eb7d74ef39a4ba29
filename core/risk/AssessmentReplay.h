// SPDX-License-Identifier: GPL-3.0-or-later
// Re-deriving a recorded assessment (issue #10, `precis-cli replay`): each recorded model is run
// again on the recorded snapshot and its rows compared with what was recorded. A model or model
// version this program does not hold is reported as a difference, never skipped.
#pragma once

#include "core/risk/RiskRegistry.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace precis::risk {

/// One disagreement between a stored record and what this program derives from its inputs.
struct ReplayDifference
{
    QString field;  ///< what differs, e.g. "models[0].rows[1].value", "inputs_sha256"
    QString stored; ///< the stored value, as text
    QString now;    ///< what this program derives, as text ("" when it cannot derive it)
};

/// Relative tolerance for re-derived numbers: doubles stored in shortest round-trip form read
/// back exactly, so anything beyond rounding noise of a recompilation is a real change.
inline constexpr double kReplayRelativeTolerance = 1e-9;

/// Whether two re-derived numbers agree within kReplayRelativeTolerance.
[[nodiscard]] bool replayNumbersAgree(double stored, double now);

/// The differences between a recorded assessment (risk::assessmentToJson) and the registry's
/// models run again on its snapshot; empty when all agree. An unreadable payload is one
/// difference with field "payload".
[[nodiscard]] std::vector<ReplayDifference> replayAssessment(const RiskRegistry &registry,
                                                             const QByteArray &payload);

} // namespace precis::risk
