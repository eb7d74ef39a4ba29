// SPDX-License-Identifier: GPL-3.0-or-later
// Entry checks for a clinical value: the range outside which a value cannot be a measurement
// of a living adult (refused), and the narrower range outside which it is possible but so rare
// that the person entering it must confirm it (a typo check, e.g. 1.8 m typed as 18 cm).
#pragma once

#include "core/clinical/Variable.h"

#include <optional>

namespace precis::clinical {

/// Both ranges are inclusive and in the variable's canonical unit (varInfo(v).unit); for flags
/// and categories they are the code range, and plausible == possible.
struct Plausibility
{
    double possibleMin = 0;
    double possibleMax = 0;
    double plausibleMin = 0;
    double plausibleMax = 0;
};

/// The ranges of `v`; nullopt for variables that are never entered (age and sex, which come
/// from the patient's date of birth and sex). The numbers are Precis' own entry limits, not
/// reference intervals: Plausibility.cpp gives the reasoning for each.
[[nodiscard]] std::optional<Plausibility> plausibility(Var v);

/// Whether `value` lies in the possible range of `v` (false for a variable without ranges).
[[nodiscard]] bool isPossible(Var v, double value);
/// Whether `value` lies in the plausible range of `v` (false for a variable without ranges).
[[nodiscard]] bool isPlausible(Var v, double value);

} // namespace precis::clinical
