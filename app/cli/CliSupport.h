// SPDX-License-Identifier: GPL-3.0-or-later
// Argument parsing, secret input and error reporting shared by the vault command groups.
#pragma once

#include "CliCommands.h"

#include "core/common/Error.h"
#include "core/security/SecretBytes.h"
#include "core/store/Vault.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace precis::cli {

/// Positional words, --name value options and flags; --password-stdin is always a flag.
struct ParsedArgs
{
    QStringList positional;
    QHash<QString, QString> options;
    QStringList flags;
    bool passwordStdin = false;
    QString error; ///< non-empty on a usage error
    [[nodiscard]] QString option(const QString &name) const { return options.value(name); }
    [[nodiscard]] bool flag(const QString &name) const { return flags.contains(name); }
};

/// `valueOptions` are the --options that take a value, `flagOptions` those that take none.
[[nodiscard]] ParsedArgs parseArgs(const QStringList &args,
                                   const QStringList &valueOptions,
                                   const QStringList &flagOptions = {});

/// Reads secrets one per line from standard input (--password-stdin) or from a no-echo prompt
/// on the terminal; never from argv or the environment.
class SecretReader
{
public:
    explicit SecretReader(bool fromStdin) : m_fromStdin(fromStdin) {}
    /// nullopt (with a message on stderr) when no secret can be read.
    [[nodiscard]] std::optional<security::SecretBytes> read(const QString &prompt);

private:
    bool m_fromStdin;
};

/// Prints "precis-cli: <reason>" to stderr and returns the exit code for the error class.
int report(const Error &error);
int usage(const QString &message);

/// The startup self-test (crypto known answers, SQLCipher linked, no libsqlite3 mapped): the
/// CLI refuses to touch a vault when it fails (reported on stderr).
[[nodiscard]] bool selfTest();

/// A signed-in vault, or the exit code of the failure (already reported).
struct Session
{
    std::unique_ptr<store::Vault> vault;
    int exitCode = ExitOk;
};

/// Unlocks `path` as --as NAME with the next secret of `secrets`.
[[nodiscard]] Session signIn(const QString &path, const ParsedArgs &a, SecretReader &secrets);

} // namespace precis::cli
