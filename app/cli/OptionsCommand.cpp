// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli options: treatment options for each person of a CSV (issue #10). Wiring only; the
// engine is core/therapy.
#include "CliCommands.h"
#include "CsvFilter.h"

#include "core/risk/BatchScorer.h"
#include "core/risk/RiskRegistry.h"
#include "core/therapy/OptionsCsv.h"

#include <QIODevice>
#include <QTextStream>

namespace precis::cli {

namespace {

int usageError(const QString &why)
{
    QTextStream(stderr) << "precis-cli: " << why << "\n"
                        << "usage: precis-cli options --in FILE|- --out FILE|- [--models IDS]\n";
    return ExitError;
}

} // namespace

int runOptions(const QStringList &args)
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
    if (inPath.isEmpty() || outPath.isEmpty())
        return usageError(QStringLiteral("--in and --out are required"));

    risk::RiskRegistry registry;
    risk::registerStandardModels(registry);
    std::vector<const risk::RiskModel *> selected;
    if (!models.isEmpty()) {
        Result<std::vector<const risk::RiskModel *>> chosen = risk::selectModels(registry, models);
        if (!chosen)
            return usageError(chosen.error().message());
        selected = std::move(*chosen);
    }
    const Result<therapy::KnowledgeBase> kb = therapy::loadKnowledgeBase();
    if (!kb) {
        QTextStream(stderr) << "precis-cli: " << kb.error().message() << "\n";
        return ExitError;
    }
    const therapy::OptionEngine engine(*kb, registry, selected);
    return runCsvFilter(inPath, outPath, [&](QIODevice &in, QIODevice &out) -> Result<void> {
        const Result<therapy::OptionsSummary> done = therapy::optionsCsv(in, out, engine);
        if (!done)
            return tl::unexpected(done.error());
        return {};
    });
}

} // namespace precis::cli
