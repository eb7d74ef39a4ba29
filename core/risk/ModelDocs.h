// SPDX-License-Identifier: GPL-3.0-or-later
// Model cards as text: the `precis-cli models` listing and the body of docs/MODELS.md.
#pragma once

#include "core/risk/RiskRegistry.h"

#include <QString>

namespace precis::risk {

/// One line per registered model: "id<TAB>version<TAB>name", in registry order.
[[nodiscard]] QString modelList(const RiskRegistry &registry);

/// A Markdown document of every registered card: id, version, name, outcome, horizon,
/// derivation and validation populations, inputs with units and valid ranges, outputs,
/// guideline categories, explanation players and reference profile, limits, disclaimer,
/// citation, coefficient source and validation evidence. Deterministic (same cards, same
/// text), so docs/MODELS.md can be regenerated and diffed.
[[nodiscard]] QString modelsMarkdown(const RiskRegistry &registry);

/// The Markdown section of one card (a "## id" heading and its body).
[[nodiscard]] QString modelCardMarkdown(const ModelCard &card);

} // namespace precis::risk
