// SPDX-License-Identifier: GPL-3.0-or-later
// The recommendation texts of resources/genomics/recommendations.json as translatable templates
// in the context "precis::genomics::RecommendationText": core returns English (the CLI prints
// it), ui/ translates the literal with QCoreApplication::translate().
#pragma once

#include <QString>

namespace precis::genomics {

/// The translation context of the recommendation texts.
inline constexpr char kRecommendationTextContext[] = "precis::genomics::RecommendationText";

/// The marked literal equal to `english` (an action or classification of the shipped data
/// file); nullptr when the text is not listed.
[[nodiscard]] const char *recommendationTextSource(const QString &english);

} // namespace precis::genomics
