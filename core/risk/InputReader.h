// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a model's inputs from a snapshot against its model card, refusing (never clamping)
// and recording exactly what was used.
#pragma once

#include "core/risk/RiskModel.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace precis::risk {

/// Shortest decimal text that round-trips the double (locale-independent).
[[nodiscard]] QString formatNumber(double value);

/// Reads inputs for one evaluation. Every failed read adds a refusal message that names the
/// field, value, unit and valid range taken from the card's InputSpec; every successful read
/// is recorded as a UsedInput with its date. Not thread-safe; one per evaluation.
class InputReader
{
public:
    InputReader(const Snapshot &snapshot, const ModelCard &card);

    /// A required input: refused when missing or outside the card's range.
    std::optional<double> require(Var var);
    /// A required code or 0/1 flag: as require(), and refused, naming the field, when the
    /// value is not a whole number (0.5 is no code and is never rounded). nullopt when refused.
    std::optional<double> requireCode(Var var);
    /// An optional input: nullopt when missing. When present but outside the card's range it
    /// is not used and a warning naming it is added (PREVENT's add-ons).
    std::optional<double> optional(Var var);
    /// Value present and in range, without recording it or refusing (for variant selection).
    [[nodiscard]] bool usable(Var var) const;

    void refuse(Message message) { m_refusals.append(std::move(message)); }
    void warn(Message message) { m_warnings.append(std::move(message)); }

    [[nodiscard]] bool refused() const { return !m_refusals.isEmpty(); }
    [[nodiscard]] const Messages &refusals() const { return m_refusals; }
    [[nodiscard]] const Messages &warnings() const { return m_warnings; }
    [[nodiscard]] std::vector<UsedInput> takeUsed() { return std::move(m_used); }

    [[nodiscard]] const InputSpec *spec(Var var) const;

private:
    const Snapshot &m_snapshot;
    const ModelCard &m_card;
    // Var -> position in m_card.inputs (+1; 0 = not an input), so that each read is O(1):
    // models read 10-20 inputs per evaluation and evaluate() runs 2^14 times per explanation.
    std::array<std::uint8_t, clinical::kVarCount> m_specIndex{};
    Messages m_refusals;
    Messages m_warnings;
    std::vector<UsedInput> m_used;
};

/// "sbp = 250 mm[Hg] is outside the valid range 90-180 mm[Hg]" and friends; a category is
/// shown by its CSV tokens ("smoking = current is outside the valid values never, ...").
/// `notUsed` appends "; not used" (an optional input that is left out).
[[nodiscard]] Message outOfRangeMessage(const InputSpec &spec, double value, bool notUsed = false);
[[nodiscard]] Message missingMessage(const InputSpec &spec);

/// An evaluation in which every output of the card is refused with `reasons`.
[[nodiscard]] Evaluation refusedEvaluation(const ModelCard &card, const Messages &reasons);

/// A row for `output` with `value`; status Warning when `warnings` is not empty.
[[nodiscard]] OutcomeRow
makeRow(const OutputSpec &output, double value, QString category, const Messages &warnings);
/// A refused row for `output`.
[[nodiscard]] OutcomeRow refusedRow(const OutputSpec &output, const Messages &reasons);

} // namespace precis::risk
