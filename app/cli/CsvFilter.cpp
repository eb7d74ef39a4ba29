// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvFilter.h"

#include "CliCommands.h"

#include "core/security/AtomicFile.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace precis::cli {

int runCsvFilter(const QString &inPath,
                 const QString &outPath,
                 const std::function<Result<void>(QIODevice &in, QIODevice &out)> &work)
{
    auto reportError = [](const Error &error) {
        QTextStream(stderr) << "precis-cli: " << error.message() << "\n";
        return ExitError;
    };
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
        const Result<void> done = work(in, out);
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
    const Result<void> done = work(in, out.device());
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

QString parseCsvArgs(const QStringList &args, CsvArgs &into)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString *target = nullptr;
        if (arg == QLatin1String("--models"))
            target = &into.models;
        else if (arg == QLatin1String("--in"))
            target = &into.in;
        else if (arg == QLatin1String("--out"))
            target = &into.out;
        else
            return QStringLiteral("unknown argument '%1'").arg(arg);
        if (i + 1 >= args.size())
            return QStringLiteral("%1 needs a value").arg(arg);
        if (!target->isEmpty())
            return QStringLiteral("%1 given twice").arg(arg);
        *target = args.at(++i);
        if (target->isEmpty())
            return QStringLiteral("%1 needs a value").arg(arg);
    }
    return {};
}

} // namespace precis::cli
