// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli score: batch scoring of a person CSV (issue #4). Wiring only; the engine is
// core/risk/BatchScorer.
#include "CliCommands.h"
#include "CsvFilter.h"

#include "core/risk/BatchScorer.h"
#include "core/risk/RiskRegistry.h"

#include <QTextStream>

namespace precis::cli {

namespace {

int usageError(const QString &why)
{
    QTextStream(stderr) << "precis-cli: " << why << "\n"
                        << "usage: precis-cli score --models IDS|all --in FILE|- --out FILE|-\n";
    return ExitError;
}

} // namespace

int runScore(const QStringList &args)
{
    CsvArgs parsed;
    if (const QString problem = parseCsvArgs(args, parsed); !problem.isEmpty())
        return usageError(problem);
    const QString &models = parsed.models;
    const QString &inPath = parsed.in;
    const QString &outPath = parsed.out;
    if (models.isEmpty() || inPath.isEmpty() || outPath.isEmpty())
        return usageError(QStringLiteral("--models, --in and --out are required"));

    risk::RiskRegistry registry;
    risk::registerStandardModels(registry);
    const Result<std::vector<const risk::RiskModel *>> selected
        = risk::selectModels(registry, models);
    if (!selected)
        return usageError(selected.error().message());

    return runCsvFilter(inPath, outPath, [&](QIODevice &in, QIODevice &out) -> Result<void> {
        const Result<risk::BatchSummary> done = risk::scoreCsv(in, out, *selected);
        if (!done)
            return tl::unexpected(done.error());
        return {};
    });
}

} // namespace precis::cli
