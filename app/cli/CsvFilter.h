// SPDX-License-Identifier: GPL-3.0-or-later
// The file handling shared by `precis-cli score` and `precis-cli options`: read a CSV from a
// file or stdin, write the result to stdout or, all or nothing, to a file.
#pragma once

#include "core/common/Error.h"

#include <QString>

#include <functional>

class QIODevice;

namespace precis::cli {

/// Runs `work(in, out)` with `inPath` opened for reading ("-" = stdin) and `outPath` for
/// writing ("-" = stdout). A file output goes to a temporary next to it that replaces it only
/// when `work` succeeds: on an error no output file is left. Errors are printed as
/// "precis-cli: <field>: <detail>". Returns the process exit code.
int runCsvFilter(const QString &inPath,
                 const QString &outPath,
                 const std::function<Result<void>(QIODevice &in, QIODevice &out)> &work);

} // namespace precis::cli
