// SPDX-License-Identifier: GPL-3.0-or-later
// `precis-cli options`: a person CSV (the `score` vocabulary plus the columns of
// extraColumnNames()) in, one row per person x knowledge-base option (plus review rows) out.
#pragma once

#include "core/therapy/OptionEngine.h"

#include <string>
#include <string_view>

class QIODevice;

namespace precis::therapy {

inline constexpr std::string_view kOptionsHeader
    = "id,option,eligible,rank,arr_pct,nnt,horizon_years,model,outcome,guideline,class,level,"
      "citation,pgx_modifier,reason";

/// Appends the CSV lines of `rows` for person `id` (CRLF ends; arr_pct as the shortest
/// round-trip decimal; pgx modifiers and reasons joined with "; ").
void appendOptionRows(std::string &out, std::string_view id, const std::vector<OptionRow> &rows);

struct OptionsSummary
{
    qint64 people = 0;
    qint64 rows = 0;
};

/// Reads `in` and writes the options CSV to `out`. The first malformed record stops the run
/// with its error (field "line L, column C (header)"); earlier rows may have been written, so a
/// file caller writes to a temporary and commits only on success.
[[nodiscard]] Result<OptionsSummary>
optionsCsv(QIODevice &in, QIODevice &out, const OptionEngine &engine);

} // namespace precis::therapy
