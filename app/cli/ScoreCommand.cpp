// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli score: batch scoring of a person CSV (issue #4). Wiring only; the engine is
// core/risk/BatchScorer.
#include "CliCommands.h"

#include "core/risk/BatchScorer.h"
#include "core/risk/RiskRegistry.h"
#include "core/security/AtomicFile.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace precis::cli {

namespace {

int usageError(const QString &why)
{
    QTextStream(stderr) << "precis-cli: " << why << "\n"
                        << "usage: precis-cli score --models IDS|all --in FILE|- --out FILE|-\n";
    return ExitError;
}

int reportError(const Error &error)
{
    QTextStream(stderr) << "precis-cli: " << error.message() << "\n";
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

    QFile in;
    const bool inOpened = inPath == QLatin1String("-")
                              ? in.open(stdin, QIODevice::ReadOnly)
                              : (in.setFileName(inPath), in.open(QIODevice::ReadOnly));
    if (!inOpened) {
        QTextStream(stderr) << "precis-cli: cannot read " << inPath << ": " << in.errorString()
                            << "\n";
        return ExitError;
    }

    if (outPath == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            QTextStream(stderr) << "precis-cli: cannot write to stdout\n";
            return ExitError;
        }
        const Result<risk::BatchSummary> done = risk::scoreCsv(in, out, *selected);
        out.flush();
        return done ? ExitOk : reportError(done.error());
    }

    // All or nothing: a temporary file next to the target, renamed over it only on success;
    // the target is replaced, never written through a symbolic link (issue #8 D12).
    security::AtomicFileWriter out(outPath);
    if (auto opened = out.open(); !opened) {
        QTextStream(stderr) << "precis-cli: cannot write " << outPath << ": "
                            << opened.error().detail << "\n";
        return ExitError;
    }
    const Result<risk::BatchSummary> done = risk::scoreCsv(in, out.device(), *selected);
    if (!done) {
        out.cancel();
        return reportError(done.error());
    }
    if (auto committed = out.commit(); !committed) {
        QTextStream(stderr) << "precis-cli: cannot write " << outPath << ": "
                            << committed.error().detail << "\n";
        return ExitError;
    }
    return ExitOk;
}

} // namespace precis::cli
