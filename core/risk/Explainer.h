// SPDX-License-Identifier: GPL-3.0-or-later
// Exact Shapley explanations of one model output relative to the card's reference profile.
#pragma once

#include "core/common/Error.h"
#include "core/risk/RiskModel.h"

#include <optional>
#include <vector>

namespace precis::risk {

/// One player's share of (patient value - reference value), in the output's unit.
struct Contribution
{
    QString player;        ///< PlayerGroup::name
    std::vector<Var> vars; ///< the inputs of the group
    double value = 0;
};

/// An explanation of one output row. Contributions are in card.players order and sum to
/// patientValue - referenceValue (checked to 1e-9).
struct Explanation
{
    QString modelId; ///< of the patient's evaluation (a PREVENT variant, score2-op, ...)
    QString modelVersion;
    QString outcome;
    QString unit;
    std::optional<int> horizonYears;
    double patientValue = 0;
    /// The model on the reference profile for the players, the patient's values for
    /// everything else (held variables and any input in no player group).
    double referenceValue = 0;
    std::vector<Contribution> contributions;
};

/// Exact Shapley values over a model card's player groups.
///
/// The game: a coalition S of players takes the patient's values for the inputs of its
/// groups; every other group takes the reference profile's values (or is cleared where the
/// reference has none); all other variables, including card.heldForExplanation (age, sex,
/// ethnicity), keep the patient's values. v(S) is the output row's value. All 2^n coalitions
/// are evaluated once and cached, then phi_i = sum over S without i of
/// |S|! (n-|S|-1)! / n! * (v(S + i) - v(S)).
///
/// n <= 14 (kMaxPlayers): 16,384 evaluations. Stateless apart from the model reference;
/// thread-safe as the model is.
class Explainer
{
public:
    static constexpr std::size_t kMaxPlayers = 14;

    explicit Explainer(const RiskModel &model) : m_model(model) {}

    /// Explains the row with `outcome` and `horizonYears` of the model's output for `patient`.
    /// Errors: no such output (InvalidInput); the patient's row is refused (InvalidInput, the
    /// refusal as detail); a coalition's evaluation refuses or lacks the row (Unsupported:
    /// no explanation rather than a wrong one); a card with more than 14 players or with a
    /// held variable inside a player group (Internal).
    [[nodiscard]] Result<Explanation>
    explain(const Snapshot &patient, const QString &outcome, std::optional<int> horizonYears) const;

private:
    const RiskModel &m_model;
};

} // namespace precis::risk
