// SPDX-License-Identifier: GPL-3.0-or-later
// Clinic-wide preferences kept in the vault's settings table: the guideline region whose
// categories and treatment wording the dashboard follows, and the unit each value is shown in.
//
// Roles: any clinical role (nurse or physician) reads them; only a physician changes them,
// because both change what a clinician reads off the screen (which guideline's thresholds,
// which unit a number is in): a clinical decision, not an installation chore. Every change is
// audited with the old and new value.
#pragma once

#include "core/clinical/Variable.h"
#include "core/common/Error.h"

#include <QString>

#include <optional>

namespace precis::store {

class Vault;

enum class GuidelineRegion { Us, Uk, Europe };

/// "us", "uk", "europe" (stored in the vault).
[[nodiscard]] QString guidelineRegionToken(GuidelineRegion region);
[[nodiscard]] std::optional<GuidelineRegion> guidelineRegionFromToken(const QString &token);

/// Default GuidelineRegion::Us (the risk engine's default bands are ACC/AHA).
[[nodiscard]] Result<GuidelineRegion> guidelineRegion(Vault &vault);
[[nodiscard]] Result<void> setGuidelineRegion(Vault &vault, GuidelineRegion region);

/// The unit `var` is shown in: a unit `precis-cli score` accepts for the column (e.g.
/// total_cholesterol "mg/dL" or "mmol/L"). Default: the canonical unit (varInfo(var).unit);
/// empty for flags and codes.
[[nodiscard]] Result<QString> preferredUnit(Vault &vault, clinical::Var var);
/// InvalidInput (field = column name) for a unit the column does not accept or a variable
/// that has no unit.
[[nodiscard]] Result<void> setPreferredUnit(Vault &vault, clinical::Var var, const QString &unit);

} // namespace precis::store
