// SPDX-License-Identifier: GPL-3.0-or-later
// Batch scoring of a person CSV into a result CSV: the engine behind `precis-cli score`.
#pragma once

#include "core/common/Error.h"
#include "core/risk/RiskRegistry.h"

#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace precis::risk {

/// The forced PREVENT variants, which `--models all` leaves out (it runs `prevent`, which
/// picks its variant per person).
[[nodiscard]] bool isForcedPreventVariant(const QString &id);

/// The models a `--models` argument names, in its order: a comma-separated list of ids, or
/// `all` (every registered model once, in registry order, without the forced PREVENT
/// variants). Errors (InvalidInput, field "--models"): empty list or item, unknown id,
/// `all` combined with other ids.
[[nodiscard]] Result<std::vector<const RiskModel *>> selectModels(const RiskRegistry &registry,
                                                                  const QString &ids);

/// The result CSV header (without line end).
inline constexpr std::string_view kResultHeader
    = "id,model,model_version,outcome,horizon_years,value,unit,category,status,message";

/// Appends one CSV line per row of `evaluation` for person `id`: id, model, model_version,
/// outcome, horizon_years (empty = none), value (shortest round-trip decimal, empty when
/// refused), unit, category, status (ok|warning|refused), messages joined with "; ".
void appendResultRows(std::string &out, std::string_view id, const Evaluation &evaluation);

/// Appends the rows of every model in `models`, in order, for one person (appendResultRows
/// for each evaluation). Returns the number of rows appended. `snapshot` is used as given:
/// derive eGFR and BMI first (clinical::deriveMissing) where the caller wants them.
std::size_t appendPersonRows(std::string &out,
                             std::string_view id,
                             const Snapshot &snapshot,
                             const std::vector<const RiskModel *> &models);

/// Exactly what scoreCsv writes for a one-person CSV holding `snapshot` (e.g. the text of
/// clinical::formatPersonCsv): the header line, then the person's rows. Like scoreCsv's
/// reader, derives eGFR and BMI where the snapshot lacks them (clinical::deriveMissing).
[[nodiscard]] std::string
scoreSnapshot(std::string_view id, Snapshot snapshot, const std::vector<const RiskModel *> &models);

struct BatchOptions
{
    /// Worker threads for evaluation; 0 = one per core (at most 8). Output order never
    /// depends on it.
    int threads = 0;
};

struct BatchSummary
{
    qint64 people = 0;
    qint64 rows = 0;
};

/// Streams `in` (person CSV, see clinical::SnapshotCsvLayout) to `out` (result CSV, CRLF line
/// ends): one row per person x model x outcome x horizon, in input order, then model order.
/// Memory is flat in the number of people: people are read, scored and written in blocks.
/// The first malformed record stops the run with its error (field "line L, column C (name)");
/// rows of earlier blocks may already have been written, so a file caller must write to a
/// temporary (QSaveFile) and commit only on success. Models run concurrently on different
/// people; RiskModel::evaluate is required to be thread-safe.
[[nodiscard]] Result<BatchSummary> scoreCsv(QIODevice &in,
                                            QIODevice &out,
                                            const std::vector<const RiskModel *> &models,
                                            BatchOptions options = {});

} // namespace precis::risk
