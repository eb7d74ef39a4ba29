// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the group-C models (SCORE2, Framingham 2008, CKD-EPI, KFRE, FINDRISC,
// CHA2DS2-VASc/VA, HAS-BLED). Header-only; nothing here allocates on the evaluation path.
#pragma once

#include "core/risk/InputReader.h"
#include "core/risk/RiskModel.h"

namespace precis::risk::models::groupc {

/// Smoking codes (Variable.h): 0 never, 1 former, 2 light, 3 moderate, 4 heavy, 5 current.
/// Every model in this group has a binary "current smoker" term: codes 2..5 are current.
[[nodiscard]] inline bool isCurrentSmoker(double code)
{
    return code >= 2.0;
}

/// Sex codes: 0 female, 1 male.
[[nodiscard]] inline bool isMale(double code)
{
    return code == 1.0;
}

/// Diabetes codes: 0 none, 1 type1, 2 type2; the models here use "any diabetes".
[[nodiscard]] inline bool hasDiabetes(double code)
{
    return code != 0.0;
}

/// A 0/1 flag: 0 = absent, anything else (only 1 passes the range check) = present.
[[nodiscard]] inline bool isSet(double flag)
{
    return flag != 0.0;
}

[[nodiscard]] inline InputSpec
number(Var var, const char *unit, double min, double max, const char *note = "")
{
    return InputSpec{var, QString::fromLatin1(unit), min, max, false, QString::fromLatin1(note)};
}

[[nodiscard]] inline InputSpec code(Var var, double min, double max, const char *note = "")
{
    return InputSpec{var, QString(), min, max, false, QString::fromLatin1(note)};
}

[[nodiscard]] inline InputSpec optionalFlag(Var var, const char *note)
{
    return InputSpec{var, QString(), 0, 1, true, QString::fromLatin1(note)};
}

[[nodiscard]] inline OutputSpec output(const char *outcome, const char *unit, std::optional<int> h)
{
    return OutputSpec{QString::fromLatin1(outcome), QString::fromLatin1(unit), h};
}

/// The prior-CVD applicability warning used by the primary-prevention models.
[[nodiscard]] inline Message priorCvdWarning(const QString &modelName)
{
    return {QT_TRANSLATE_NOOP("precis::risk::RiskText",
                              "cvd = 1: established cardiovascular disease; %1 was derived for "
                              "primary prevention, so this estimate is outside its derivation "
                              "population and underestimates risk"),
            {modelName}};
}

} // namespace precis::risk::models::groupc
