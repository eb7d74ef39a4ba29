// SPDX-License-Identifier: GPL-3.0-or-later
// The notes of a pharmacogenomic call (why a phenotype is Indeterminate, which positions were
// untested, what an ambiguous call could be) as translatable templates. Core prints and stores
// the English (the `notes` column of `precis-cli genomics call` is English); every note is also
// kept as its template, a literal marked with QT_TRANSLATE_NOOP in the context
// "precis::genomics::CallNote", and its arguments (rsIDs, allele names, counts), and the vault
// stores both, so that the Genomics view shows a stored call in the user's language without
// reading the English text.
#pragma once

#include "core/common/Error.h"
#include "core/common/TextTemplate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace precis::genomics {

/// The translation context of the call notes (the literal each QT_TRANSLATE_NOOP repeats).
inline constexpr char kCallNoteContext[] = "precis::genomics::CallNote";

/// One note: its English template and the arguments that fill %1, %2, ...
struct CallNote
{
    QString source;
    QStringList args;

    /// The English text, exactly as the CLI prints it.
    [[nodiscard]] QString english() const { return fillTemplate(source, args); }
    bool operator==(const CallNote &) const = default;
};

/// The separator of alternatives inside an argument (candidate diplotypes, positions of which
/// any one would do): the " or " of the stored diplotype column (PgxPipeline.h). No allele,
/// diplotype, rsID or FILTER name contains it, so ui/ may show it in the reader's language.
inline constexpr char kAlternativeSeparator[] = " or ";

/// How notes are joined into one text (the CLI's TSV cell, the vault's `notes` column).
inline constexpr char kCallNoteSeparator[] = "; ";

/// The English texts of `notes`, in order.
[[nodiscard]] QStringList englishNotes(const QList<CallNote> &notes);

/// The notes as the vault stores them beside the English: a compact JSON array of
/// {"source": template, "args": [..]} objects.
[[nodiscard]] QString callNotesToJson(const QList<CallNote> &notes);

/// Reads callNotesToJson's form back. Damaged (field "note_sources") when the text is not such
/// an array: not JSON, an element without a string `source`, or an argument that is not a
/// string.
[[nodiscard]] Result<QList<CallNote>> callNotesFromJson(const QString &json);

} // namespace precis::genomics
