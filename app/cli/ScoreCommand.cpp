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
    QString models;
    QString inPath;
    QString outPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString *target = nullptr;
        if (arg == QLatin1String("--models"))
            target = &models;
        else if (arg == QLatin1String("--in"))
            target = &inPath;
        else if (arg == QLatin1String("--out"))
            target = &outPath;
        else
            return usageError(QStringLiteral("unknown argument '%1'").arg(arg));
        if (i + 1 >= args.size())
            return usageError(QStringLiteral("%1 needs a value").arg(arg));
        if (!target->isEmpty())
            return usageError(QStringLiteral("%1 given twice").arg(arg));
        *target = args.at(++i);
        if (target->isEmpty())
            return usageError(QStringLiteral("%1 needs a value").arg(arg));
    }
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
