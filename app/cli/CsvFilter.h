// SPDX-License-Identifier: GPL-3.0-or-later
// The file handling shared by `precis-cli score` and `precis-cli options`: read a CSV from a
// file or stdin, write the result to stdout or, all or nothing, to a file.
#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace precis::cli {

/// The options of `score` and `options`: --models IDS, --in FILE|-, --out FILE|-.
struct CsvArgs
{
    QString models;
    QString in;
    QString out;
};

/// Reads --models, --in and --out (each once, each with a non-empty value) into `into`. Returns
/// what is wrong for the usage message, or an empty string.
[[nodiscard]] QString parseCsvArgs(const QStringList &args, CsvArgs &into);

/// Runs `work(in, out)` with `inPath` opened for reading ("-" = stdin) and `outPath` for
/// writing ("-" = stdout). A file output goes to a temporary next to it that replaces it only
/// when `work` succeeds: on an error no output file is left. Errors are printed as
/// "precis-cli: <field>: <detail>". Returns the process exit code.
int runCsvFilter(const QString &inPath,
                 const QString &outPath,
                 const std::function<Result<void>(QIODevice &in, QIODevice &out)> &work);

} // namespace precis::cli
