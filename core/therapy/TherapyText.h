// SPDX-License-Identifier: GPL-3.0-or-later
// User-visible texts of the option engine as translatable templates, as core/risk/RiskText.h
// does for the risk engine: core returns English (the CSV writes it byte for byte) and keeps
// each text's template, marked with QT_TRANSLATE_NOOP in the context
// "precis::therapy::TherapyText", with its arguments (OptionRow::reasonSources), so that ui/ can
// show it in the user's language with QCoreApplication::translate() and risk::fillTemplate().
#pragma once

#include <QStringView>

namespace precis::therapy {

/// The translation context of every text marked in core/therapy (lupdate needs the literal in
/// each QT_TRANSLATE_NOOP, so this constant is for the code that translates).
inline constexpr char kTherapyTextContext[] = "precis::therapy::TherapyText";

/// The frame of a pharmacogenomic note: gene, phenotype, action, CPIC year, strength
/// (PgxText in OptionEngine.h).
[[nodiscard]] const char *pgxNoteFrame();

/// The display name of a knowledge-base option as its translatable English template: the
/// option's `what` in options.json exactly (tests/therapy/tst_knowledgebase checks that the
/// two agree for every option). nullptr for an id without one (e.g. a review row).
[[nodiscard]] const char *optionNameSource(QStringView optionId);

/// A text of the knowledge base that the engine passes on as an argument of a reason (an
/// effect's `per`, `endpoint`, `change`, `harm`, the `assumption` of an option without a relative
/// risk) or that the Options view shows (`combination`), as its translatable English template:
/// the knowledge base's words exactly, marked for lupdate. nullptr for any other text (it stays as
/// the knowledge base words it). tests/therapy/tst_knowledgebase checks that every such text of
/// every released knowledge base has one.
[[nodiscard]] const char *knowledgeTextSource(QStringView english);

} // namespace precis::therapy
