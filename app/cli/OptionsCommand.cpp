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
                        << "usage: precis-cli options --in FILE|- --out FILE|- [--models IDS] "
                           "[--knowledge-base VERSION]\n";
    return ExitError;
}

} // namespace

int runOptions(const QStringList &args)
{
    // --knowledge-base VERSION: a released version held in the program (default: the newest).
    QStringList rest = args;
    QString version;
    if (const qsizetype at = rest.indexOf(QStringLiteral("--knowledge-base")); at >= 0) {
        if (at + 1 >= rest.size() || rest.at(at + 1).isEmpty())
            return usageError(QStringLiteral("--knowledge-base needs a value"));
        version = rest.at(at + 1);
        rest.remove(at, 2);
        if (rest.contains(QStringLiteral("--knowledge-base")))
            return usageError(QStringLiteral("--knowledge-base given twice"));
    }
    CsvArgs parsed;
    if (const QString problem = parseCsvArgs(rest, parsed); !problem.isEmpty())
        return usageError(problem);
    const QString &models = parsed.models;
    const QString &inPath = parsed.in;
    const QString &outPath = parsed.out;
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
    const Result<therapy::KnowledgeBases> kbs = therapy::loadKnowledgeBases();
    if (!kbs) {
        QTextStream(stderr) << "precis-cli: " << kbs.error().message() << "\n";
        return ExitError;
    }
    const therapy::KnowledgeBase *kb = version.isEmpty() ? &kbs->current() : kbs->find(version);
    if (kb == nullptr)
        return usageError(QStringLiteral("knowledge base %1 is not in this program (holds %2)")
                              .arg(version, kbs->versionList()));
    const therapy::OptionEngine engine(*kb, registry, selected);
    return runCsvFilter(inPath, outPath, [&](QIODevice &in, QIODevice &out) -> Result<void> {
        const Result<therapy::OptionsSummary> done = therapy::optionsCsv(in, out, engine);
        if (!done)
            return tl::unexpected(done.error());
        return {};
    });
}

} // namespace precis::cli
