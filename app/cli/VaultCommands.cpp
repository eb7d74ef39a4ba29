// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"
#include "precis_version.h"

#include <QTextStream>

namespace precis::cli {

namespace {
int notAvailable(const char *what)
{
    QTextStream(stderr) << "precis-cli: " << what << " is not available in this build\n";
    return ExitError;
}
} // namespace

int printVersion()
{
    QTextStream(stdout) << "precis-cli " << PRECIS_VERSION_STRING << " (Qt " << qVersion() << ")\n";
    return ExitOk;
}
int runVault(const QStringList &)
{
    return notAvailable("vault");
}
int runUser(const QStringList &)
{
    return notAvailable("user");
}
int runPatient(const QStringList &)
{
    return notAvailable("patient");
}
int runAudit(const QStringList &)
{
    return notAvailable("audit");
}
int runBackup(const QStringList &)
{
    return notAvailable("backup");
}
int runRestore(const QStringList &)
{
    return notAvailable("restore");
}
int runDemo(const QStringList &)
{
    return notAvailable("demo");
}

} // namespace precis::cli
