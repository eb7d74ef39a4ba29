// SPDX-License-Identifier: GPL-3.0-or-later
// The command groups of precis-cli. Each takes the arguments after its group word and returns
// the process exit code: 0 success, 1 usage or other error, 2 authentication or permission
// denied, 3 damage or broken audit chain (reason on one line of stderr).
#pragma once

#include <QStringList>

namespace precis::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitError = 1,
    ExitDenied = 2,
    ExitDamaged = 3,
};

int runScore(const QStringList &args);   // score --models ... --in ... --out ...
int runModels(const QStringList &args);  // models [--markdown]
int runOptions(const QStringList &args); // options --in ... --out ... [--models ...]
int runVault(const QStringList &args);   // vault create|check|recover
int runUser(const QStringList &args);    // user add|passwd|remove|role
int runPatient(const QStringList &args); // patient list|show|risks
int runAudit(const QStringList &args);   // audit verify|anchor
int runBackup(const QStringList &args);  // backup VAULT OUT
int runRestore(const QStringList &args); // restore BACKUP VAULT
int runDemo(const QStringList &args);    // demo create VAULT
int runReplay(const QStringList &args);  // replay VAULT --as NAME
// genomics call FILE [--sample S] [--json] | import VAULT FILE --patient N --as NAME |
// import-outside
int runGenomics(const QStringList &args);
int printVersion();

} // namespace precis::cli
