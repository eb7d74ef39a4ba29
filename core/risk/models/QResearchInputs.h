// SPDX-License-Identifier: GPL-3.0-or-later
// Input rules shared by the two ClinRisk/QResearch models, QRISK3 and QDiabetes-2018: both take
// the same nine ethnicity codes (blank = "white or not stated") and the same five-level
// smoking amount, so both read them the same way.
#pragma once

#include "core/risk/InputReader.h"

#include <optional>
#include <utility>

namespace precis::risk::models::qresearch {

/// A required 0/1 predictor of either model's card (write 0 for absent; blank is refused).
[[nodiscard]] inline InputSpec flagSpec(Var var, QString note = {})
{
    return InputSpec{var, QString(), 0, 1, false, std::move(note)};
}

/// Ethnicity code 1-9. Blank: code 1, the models' "white or not stated", with a warning
/// (issue #4); present but invalid: refused by requireCode (the 1 returned is then unused).
/// `blankWarning` is that warning, one marked literal per model (a possessive such as
/// "QRISK3's" as an argument would not translate).
[[nodiscard]] inline int
readEthnicity(InputReader &reader, const Snapshot &snapshot, const char *blankWarning)
{
    if (!snapshot.has(Var::Ethnicity)) {
        reader.warn({blankWarning, {}});
        return 1;
    }
    const std::optional<double> code = reader.requireCode(Var::Ethnicity);
    return code ? static_cast<int>(*code) : 1;
}

/// Smoking code 0-4 (never, former, light, moderate, heavy). `current` (code 5, amount
/// unknown) is refused: both models need the amount, and guessing it would move the score.
[[nodiscard]] inline std::optional<double>
requireSmokingAmount(InputReader &reader, const Snapshot &snapshot, const QString &modelName)
{
    constexpr double kCurrentAmountUnknown = 5.0; // Variable.h smoking tokens
    if (snapshot.get(Var::Smoking) == kCurrentAmountUnknown) {
        reader.refuse(
            {QT_TRANSLATE_NOOP("precis::risk::RiskText",
                               "smoking = current: the amount is unknown; %1 needs never, "
                               "former, light (< 10/day), moderate (10-19) or heavy "
                               "(>= 20)"),
             {modelName}});
        return std::nullopt;
    }
    return reader.requireCode(Var::Smoking);
}

} // namespace precis::risk::models::qresearch
