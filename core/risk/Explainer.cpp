// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/Explainer.h"

#include "core/risk/InputReader.h"

#include <array>
#include <cmath>
#include <utility>

namespace precis::risk {

namespace {

/// The reference value (or its absence) of one input of a player group.
struct ReferenceSlot
{
    std::size_t index;
    std::optional<double> value;
    QDate date;
};

QString horizonText(std::optional<int> horizon)
{
    return horizon ? QStringLiteral("%1 years").arg(*horizon) : QStringLiteral("no horizon");
}

} // namespace

Result<Explanation> Explainer::explain(const Snapshot &patient,
                                       const QString &outcome,
                                       std::optional<int> horizonYears) const
{
    const ModelCard &card = m_model.card();
    const std::size_t n = card.players.size();
    Q_ASSERT(n <= kMaxPlayers);
    if (n > kMaxPlayers) {
        return fail(ErrorCode::Internal,
                    QStringLiteral("model card has %1 explanation players; at most %2 are allowed")
                        .arg(n)
                        .arg(kMaxPlayers),
                    card.id);
    }

    // The card must give each input to at most one player and never a held variable.
    std::array<bool, clinical::kVarCount> inGroup{};
    for (const PlayerGroup &group : card.players) {
        for (const Var v : group.vars) {
            if (std::exchange(inGroup[clinical::index(v)], true)) {
                return fail(ErrorCode::Internal,
                            QStringLiteral("input %1 is in two explanation players")
                                .arg(clinical::varInfo(v).name),
                            card.id);
            }
        }
    }
    for (const Var v : card.heldForExplanation) {
        if (inGroup[clinical::index(v)]) {
            return fail(ErrorCode::Internal,
                        QStringLiteral("held input %1 is also an explanation player")
                            .arg(clinical::varInfo(v).name),
                        card.id);
        }
    }

    const Evaluation patientEval = m_model.evaluate(patient);
    std::size_t rowIndex = patientEval.rows.size();
    for (std::size_t r = 0; r < patientEval.rows.size(); ++r) {
        if (patientEval.rows[r].outcome == outcome
            && patientEval.rows[r].horizonYears == horizonYears) {
            rowIndex = r;
            break;
        }
    }
    if (rowIndex == patientEval.rows.size()) {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 has no output %2 at %3")
                        .arg(card.id, outcome, horizonText(horizonYears)),
                    QStringLiteral("outcome"),
                    outcome);
    }
    const OutcomeRow &patientRow = patientEval.rows[rowIndex];
    if (patientRow.status == Status::Refused || !patientRow.value) {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the model refused this patient: %1")
                        .arg(patientRow.messages.join(QStringLiteral("; "))),
                    card.id);
    }

    std::vector<std::vector<ReferenceSlot>> slots(n);
    for (std::size_t j = 0; j < n; ++j) {
        for (const Var v : card.players[j].vars) {
            const std::size_t i = clinical::index(v);
            slots[j].push_back(ReferenceSlot{i, card.reference.values[i], card.reference.dates[i]});
        }
    }

    // v(S) for every coalition S (bit j set = player j takes the patient's values).
    const std::size_t full = (std::size_t{1} << n) - 1;
    std::vector<double> worth(full + 1);
    worth[full] = *patientRow.value;
    Snapshot coalition;
    for (std::size_t mask = 0; mask < full; ++mask) {
        coalition = patient;
        for (std::size_t j = 0; j < n; ++j) {
            if ((mask >> j) & 1U)
                continue;
            for (const ReferenceSlot &slot : slots[j]) {
                coalition.values[slot.index] = slot.value;
                coalition.dates[slot.index] = slot.date;
            }
        }
        const Evaluation eval = m_model.evaluate(coalition);
        const bool sameRow = rowIndex < eval.rows.size() && eval.rows[rowIndex].outcome == outcome
                             && eval.rows[rowIndex].horizonYears == horizonYears;
        if (!sameRow || eval.rows[rowIndex].status == Status::Refused
            || !eval.rows[rowIndex].value) {
            QStringList players;
            for (std::size_t j = 0; j < n; ++j) {
                if (!((mask >> j) & 1U))
                    players.append(card.players[j].name);
            }
            const QString why = sameRow ? eval.rows[rowIndex].messages.join(QStringLiteral("; "))
                                        : QStringLiteral("the output is missing");
            return fail(ErrorCode::Unsupported,
                        QStringLiteral("no explanation: with the reference values of %1 the "
                                       "model refuses (%2)")
                            .arg(players.join(QStringLiteral(", ")), why),
                        card.id);
        }
        worth[mask] = *eval.rows[rowIndex].value;
    }

    // Shapley weights |S|! (n-|S|-1)! / n!; factorials up to 14! are exact in a double.
    std::array<double, kMaxPlayers + 1> factorial{};
    factorial[0] = 1;
    for (std::size_t k = 1; k <= kMaxPlayers; ++k)
        factorial[k] = factorial[k - 1] * static_cast<double>(k);
    std::array<double, kMaxPlayers> weight{};
    for (std::size_t s = 0; s < n; ++s)
        weight[s] = factorial[s] * factorial[n - s - 1] / factorial[n];

    Explanation explanation;
    explanation.modelId = patientEval.modelId;
    explanation.modelVersion = patientEval.modelVersion;
    explanation.outcome = outcome;
    explanation.unit = patientRow.unit;
    explanation.horizonYears = horizonYears;
    explanation.patientValue = worth[full];
    explanation.referenceValue = worth[0];
    explanation.contributions.reserve(n);
    double total = 0;
    for (std::size_t j = 0; j < n; ++j) {
        const std::size_t bit = std::size_t{1} << j;
        double phi = 0;
        for (std::size_t mask = 0; mask <= full; ++mask) {
            if (mask & bit)
                continue;
            const auto size = static_cast<std::size_t>(__builtin_popcountll(mask));
            phi += weight[size] * (worth[mask | bit] - worth[mask]);
        }
        total += phi;
        explanation.contributions.push_back(
            Contribution{card.players[j].name, card.players[j].vars, phi});
    }
    // Efficiency holds exactly in real arithmetic; a larger gap means a bug: show nothing.
    const double gap = std::abs(total - (worth[full] - worth[0]));
    if (!(gap <= 1e-9)) {
        return fail(ErrorCode::Internal,
                    QStringLiteral("Shapley contributions miss the difference by %1")
                        .arg(formatNumber(gap)),
                    card.id);
    }
    return explanation;
}

} // namespace precis::risk
