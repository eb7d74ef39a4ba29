// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include <QTextStream>

namespace precis::cli {

int runScore(const QStringList &)
{
    QTextStream(stderr) << "precis-cli: score is not available in this build\n";
    return ExitError;
}

} // namespace precis::cli
