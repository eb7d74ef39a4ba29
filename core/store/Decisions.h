// SPDX-License-Identifier: GPL-3.0-or-later
// Treatment decisions (issue #10, "For a patient"): a physician accepts, declines or defers an
// option with a reason. Each decision keeps what the recommendation was derived from (the
// knowledge-base version, the canonical inputs and their SHA-256, the option's row as shown) so
// that `precis-cli replay` can re-derive it. Append-only: a later decision on the same option
// supersedes the earlier one, which stays in the history.
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace precis::store {

class Vault;

enum class Decision { Accept, Decline, Defer };

/// "accept", "decline", "defer" (stored in the vault).
[[nodiscard]] QString decisionToken(Decision d);
[[nodiscard]] std::optional<Decision> decisionFromToken(QStringView token);

/// What the physician decides and what the recommendation rested on. `inputs` and
/// `recommendation` are JSON objects written by core/therapy (DecisionRecord.h); the store keeps
/// them byte for byte and hashes `inputs`.
struct DecisionRequest
{
    qint64 patientId = 0;
    QString optionId;
    Decision decision = Decision::Defer;
    QString reason; ///< required for decline and defer, optional for accept
    QString knowledgeBaseVersion;
    QByteArray inputs;
    QByteArray recommendation;
};

struct RecordedDecision
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString optionId;
    Decision decision = Decision::Defer;
    QString reason;
    QString knowledgeBaseVersion;
    QString inputsSha256; ///< lower-case hex SHA-256 of `inputs` when it was recorded
    QByteArray inputs;
    QByteArray recommendation;
    std::optional<qint64> supersedes; ///< the earlier decision on the same option
    QString decidedBy;
    QDateTime decidedAt;
};

/// Longest reason accepted, in characters (a note, not a letter).
inline constexpr int kMaxDecisionReasonLength = 2000;

/// Physician only, enforced here: a nurse (or anyone without the physician role) gets
/// Permission with ErrorReason::PhysicianRequired. InvalidInput (field names it): empty option
/// id ("option"), an empty reason for decline or defer ("reason"), a reason longer than
/// kMaxDecisionReasonLength, an empty knowledge-base version ("knowledge_base_version"),
/// `inputs` or `recommendation` not a JSON object. NotFound for an unknown patient. Audited
/// (audit::kDecision) with the decision's id only: no option, reason or value in the detail.
[[nodiscard]] Result<qint64> recordDecision(Vault &vault, const DecisionRequest &request);

/// Every decision on the patient, newest first (superseded ones included). Nurse or physician;
/// audited as a chart read.
[[nodiscard]] Result<std::vector<RecordedDecision>> patientDecisions(Vault &vault,
                                                                     qint64 patientId);

/// The decisions no later decision supersedes, one per option, newest first.
[[nodiscard]] std::vector<RecordedDecision>
latestDecisions(const std::vector<RecordedDecision> &history);

} // namespace precis::store
