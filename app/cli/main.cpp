// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli: headless entry point. Dispatch only; each command group lives in its own file.
#include "CliCommands.h"

#include "core/security/ProcessHardening.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage()
{
    QTextStream err(stderr);
    err << "usage: precis-cli --version\n"
           "       precis-cli score --models IDS|all --in FILE|- --out FILE|-\n"
           "       precis-cli models [--markdown]\n"
           "       precis-cli options --in FILE|- --out FILE|- [--models IDS]\n"
           "                          [--knowledge-base VERSION]\n"
           "       precis-cli vault create VAULT --admin NAME\n"
           "       precis-cli vault check VAULT --as NAME\n"
           "       precis-cli vault recover VAULT --user ADMIN\n"
           "       precis-cli user add VAULT --as NAME --user NEW --role R[,R]"
           " [--require-password-change]\n"
           "       precis-cli user passwd VAULT --as NAME [--user U [--require-password-change]]\n"
           "       precis-cli user remove VAULT --as NAME --user U\n"
           "       precis-cli user role VAULT --as NAME --user U --role R[,R]\n"
           "       precis-cli patient list VAULT --as NAME\n"
           "       precis-cli patient show VAULT --patient RECORD_NO --as NAME"
           " [--as-of YYYY-MM-DD]\n"
           "       precis-cli patient risks VAULT --patient RECORD_NO --as NAME"
           " [--as-of YYYY-MM-DD] [--models IDS|all]\n"
           "       precis-cli audit verify VAULT --as NAME [--anchor N:HASH]\n"
           "       precis-cli audit anchor VAULT --as NAME\n"
           "       precis-cli backup VAULT OUT --as NAME\n"
           "       precis-cli restore BACKUP VAULT --as NAME [--backup-as NAME]\n"
           "       precis-cli demo create VAULT\n"
           "       precis-cli replay VAULT --as NAME\n"
           "       precis-cli genomics call FILE.vcf[.gz]|FILE.bcf [--sample S] [--json]"
           " [--assume-ref BED]\n"
           "       precis-cli genomics tumour FILE.vcf[.gz]|FILE.bcf --tumour-type CODE"
           " [--sample S]\n"
           "       precis-cli genomics import VAULT FILE.vcf[.gz]|FILE.bcf --patient RECORD_NO"
           " --as NAME [--tumour-type CODE] [--sample S] [--assume-ref BED]\n"
           "       precis-cli genomics import-outside VAULT FILE --patient RECORD_NO --as NAME\n"
           "Secrets are read from a terminal prompt, or one per line with --password-stdin.\n";
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    // Release builds: no core dumps and not dumpable, before any secret is read (issue #3
    // item 5). Failure is reported, not fatal: the CLI may run where prctl is restricted.
    if (const auto hardened = precis::security::hardenProcess(); !hardened)
        std::fprintf(stderr, "precis-cli: warning: process hardening failed\n");
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("precis-cli"));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        printUsage();
        return args.isEmpty() ? precis::cli::ExitError : precis::cli::ExitOk;
    }
    const QString group = args.takeFirst();
    using namespace precis::cli;
    if (group == QLatin1String("--version"))
        return printVersion();
    if (group == QLatin1String("score"))
        return runScore(args);
    if (group == QLatin1String("models"))
        return runModels(args);
    if (group == QLatin1String("options"))
        return runOptions(args);
    if (group == QLatin1String("vault"))
        return runVault(args);
    if (group == QLatin1String("user"))
        return runUser(args);
    if (group == QLatin1String("patient"))
        return runPatient(args);
    if (group == QLatin1String("audit"))
        return runAudit(args);
    if (group == QLatin1String("backup"))
        return runBackup(args);
    if (group == QLatin1String("restore"))
        return runRestore(args);
    if (group == QLatin1String("demo"))
        return runDemo(args);
    if (group == QLatin1String("replay"))
        return runReplay(args);
    if (group == QLatin1String("genomics"))
        return runGenomics(args);
    QTextStream(stderr) << "precis-cli: unknown command '" << group << "'\n";
    printUsage();
    return ExitError;
}
