// SPDX-License-Identifier: GPL-3.0-or-later
// The vault command groups of precis-cli: vault, user, audit, backup, restore, demo (patient is
// in PatientCommands.cpp).
// Wiring only: every rule (roles, policy, audit) is enforced in core/store.
#include "CliCommands.h"
#include "CliSupport.h"
#include "precis_version.h"

#include "core/security/Crypto.h"
#include "core/security/KeySlotFile.h"
#include "core/store/Backup.h"
#include "core/store/DemoCohort.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultCheck.h"

#include <QTextStream>

namespace precis::cli {

namespace {

using store::Vault;

const QStringList kValueOptions = {QStringLiteral("as"),
                                   QStringLiteral("user"),
                                   QStringLiteral("role"),
                                   QStringLiteral("admin"),
                                   QStringLiteral("anchor"),
                                   QStringLiteral("backup-as")};

Result<QList<store::Role>> rolesOption(const ParsedArgs &a)
{
    QList<store::Role> roles;
    const QString text = a.option(QStringLiteral("role"));
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("--role R[,R] is required"));
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto r = store::roleFromToken(t);
        if (!r)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("unknown role (nurse, physician, administrator)"),
                        QStringLiteral("role"),
                        t);
        if (!roles.contains(*r))
            roles << *r;
    }
    return roles;
}

int done(const Result<void> &r)
{
    return r ? ExitOk : report(r.error());
}

int vaultCreate(const ParsedArgs &a)
{
    if (a.positional.size() != 2 || a.option(QStringLiteral("admin")).isEmpty())
        return usage(QStringLiteral("vault create VAULT --admin NAME"));
    SecretReader secrets(a.passwordStdin);
    const QString admin = a.option(QStringLiteral("admin"));
    auto password = secrets.read(QStringLiteral("New password for %1").arg(admin));
    if (!password)
        return ExitError;
    auto recovery = store::createVault(a.positional[1], admin, std::move(*password));
    if (!recovery)
        return report(recovery.error());
    QTextStream out(stdout);
    out << "Vault created: " << a.positional[1] << "\n"
        << "Recovery key (shown once; print it and keep it locked away):\n"
        << *recovery << "\n";
    return ExitOk;
}

int vaultCheck(const ParsedArgs &a)
{
    if (a.positional.size() != 2)
        return usage(QStringLiteral("vault check VAULT --as NAME"));
    const QString name = a.option(QStringLiteral("as"));
    if (name.isEmpty())
        return usage(QStringLiteral("--as NAME is required"));
    SecretReader secrets(a.passwordStdin);
    auto password = secrets.read(QStringLiteral("Password for %1").arg(name));
    if (!password)
        return ExitError;
    // Signs in, checks, and records both only when the vault passed: a damaged vault is left
    // exactly as it was (issue #8 D9).
    auto report_ = store::checkVaultAt(a.positional[1], name, std::move(*password));
    if (!report_)
        return report(report_.error());
    if (!report_->pages.damagedPages.empty()) {
        QTextStream(stderr) << "precis-cli: vault damaged at page "
                            << report_->pages.damagedPages.front() << "\n";
        return ExitDamaged;
    }
    if (!report_->pages.damagedWalPages.empty()) {
        QTextStream(stderr) << "precis-cli: vault damaged at page "
                            << report_->pages.damagedWalPages.front()
                            << " (in the write-ahead log)\n";
        return ExitDamaged;
    }
    if (!report_->integrityProblems.isEmpty()) {
        QTextStream(stderr) << "precis-cli: integrity check failed: "
                            << report_->integrityProblems.front() << "\n";
        return ExitDamaged;
    }
    QTextStream(stdout) << "vault ok: " << report_->pages.pageCount << " pages and "
                        << report_->pages.walFrames
                        << " write-ahead log frames verified, integrity check ok\n";
    return ExitOk;
}

int vaultRecover(const ParsedArgs &a)
{
    if (a.positional.size() != 2 || a.option(QStringLiteral("user")).isEmpty())
        return usage(QStringLiteral("vault recover VAULT --user ADMIN"));
    SecretReader secrets(a.passwordStdin);
    auto keyText = secrets.read(QStringLiteral("Recovery key"));
    if (!keyText)
        return ExitError;
    QString text = QString::fromUtf8(keyText->view());
    auto key = security::parseRecoveryKey(text);
    text.fill(QChar(0));
    if (!key)
        return report(Error{ErrorCode::Authentication, {}, {}, key.error().detail});
    const QString admin = a.option(QStringLiteral("user"));
    auto password = secrets.read(QStringLiteral("New password for %1").arg(admin));
    if (!password)
        return ExitError;
    return done(
        store::recoverAdministrator(a.positional[1], std::move(*key), admin, std::move(*password)));
}

} // namespace

int printVersion()
{
    QTextStream out(stdout);
    out << "precis-cli " << PRECIS_VERSION_STRING << "\n"
        << "SQLCipher " << store::sqlcipherVersion() << " (SQLite " << store::sqliteLibraryVersion()
        << ")\n"
        << store::openSslRuntimeVersion() << "\n"
        << "Qt " << qVersion() << "\n";
    return ExitOk;
}

int runVault(const QStringList &args)
{
    const ParsedArgs a = parseArgs(args, kValueOptions);
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.isEmpty())
        return usage(QStringLiteral("vault create|check|recover"));
    if (!selfTest())
        return ExitError;
    const QString sub = a.positional.first();
    if (sub == QLatin1String("create"))
        return vaultCreate(a);
    if (sub == QLatin1String("check"))
        return vaultCheck(a);
    if (sub == QLatin1String("recover"))
        return vaultRecover(a);
    return usage(QStringLiteral("unknown vault command '%1'").arg(sub));
}

int runUser(const QStringList &args)
{
    const QString requireChange = QStringLiteral("require-password-change");
    const ParsedArgs a = parseArgs(args, kValueOptions, {requireChange});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 2)
        return usage(QStringLiteral("user add|passwd|remove|role VAULT --as NAME ..."));
    if (!selfTest())
        return ExitError;
    const QString sub = a.positional[0];
    const QString target = a.option(QStringLiteral("user"));
    const bool known = sub == QLatin1String("add") || sub == QLatin1String("passwd")
                       || sub == QLatin1String("remove") || sub == QLatin1String("role");
    if (!known)
        return usage(QStringLiteral("unknown user command '%1'").arg(sub));
    const store::PasswordChange change = a.flag(requireChange) ? store::PasswordChange::Required
                                                               : store::PasswordChange::NotRequired;
    if (a.flag(requireChange) && sub != QLatin1String("add") && sub != QLatin1String("passwd"))
        return usage(QStringLiteral("--require-password-change applies to user add and passwd"));
    if (sub != QLatin1String("passwd") && target.isEmpty())
        return usage(QStringLiteral("--user is required"));
    QList<store::Role> roles;
    if (sub == QLatin1String("add") || sub == QLatin1String("role")) {
        auto r = rolesOption(a);
        if (!r)
            return usage(r.error().message());
        roles = *r;
    }
    SecretReader secrets(a.passwordStdin);
    Session s = signIn(a.positional[1], a, secrets);
    if (!s.vault)
        return s.exitCode;
    if (sub == QLatin1String("add")) {
        // Check the permission before asking for the new password.
        if (!s.vault->user().has(store::Role::Administrator))
            return report(Error{ErrorCode::Permission,
                                {},
                                {},
                                QStringLiteral("adding a user requires the administrator role")});
        auto pw = secrets.read(QStringLiteral("New password for %1").arg(target));
        if (!pw)
            return ExitError;
        return done(store::addUser(*s.vault, target, roles, std::move(*pw), change));
    }
    if (sub == QLatin1String("passwd")) {
        const QString who = target.isEmpty() ? s.vault->user().name : target;
        if (who != s.vault->user().name && !s.vault->user().has(store::Role::Administrator))
            return report(Error{ErrorCode::Permission,
                                {},
                                {},
                                QStringLiteral("changing another user's password requires the"
                                               " administrator role")});
        auto pw = secrets.read(QStringLiteral("New password for %1").arg(who));
        if (!pw)
            return ExitError;
        if (change == store::PasswordChange::Required && who == s.vault->user().name)
            return usage(QStringLiteral("--require-password-change is for another user's"
                                        " password"));
        return done(store::changePassword(*s.vault, who, std::move(*pw), change));
    }
    if (sub == QLatin1String("remove"))
        return done(store::removeUser(*s.vault, target));
    return done(store::setRoles(*s.vault, target, roles));
}

int runAudit(const QStringList &args)
{
    const ParsedArgs a = parseArgs(args, kValueOptions);
    if (!a.error.isEmpty())
        return usage(a.error);
    const bool anchorCommand = a.positional.value(0) == QLatin1String("anchor");
    if (a.positional.size() != 2 || (a.positional[0] != QLatin1String("verify") && !anchorCommand)
        || (anchorCommand && a.options.contains(QStringLiteral("anchor"))))
        return usage(QStringLiteral("audit verify VAULT --as NAME [--anchor N:HASH] | audit anchor "
                                    "VAULT --as NAME"));
    std::optional<store::AuditHead> anchor;
    if (a.options.contains(QStringLiteral("anchor"))) {
        auto parsed = store::parseAuditAnchor(a.option(QStringLiteral("anchor")));
        if (!parsed)
            return usage(parsed.error().detail);
        anchor = *parsed;
    }
    if (!selfTest())
        return ExitError;
    SecretReader secrets(a.passwordStdin);
    Session s = signIn(a.positional[1], a, secrets);
    if (!s.vault)
        return s.exitCode;
    if (anchorCommand) {
        // Issue #8 D1c: the head as N:HASH, to be written down away from the workstation; a
        // later `audit verify --anchor` shows whether the vault still holds it.
        auto head = store::auditAnchor(*s.vault);
        if (!head)
            return report(head.error());
        QTextStream(stdout) << store::formatAuditAnchor(*head) << "\n";
        return ExitOk;
    }
    auto v = store::verifyVaultAudit(*s.vault);
    if (!v)
        return report(v.error());
    if (!v->intact) {
        QTextStream(stderr) << "precis-cli: audit chain broken: " << v->reason << "\n";
        return ExitDamaged;
    }
    if (anchor) {
        auto contained = store::auditContainsAnchor(*s.vault, *anchor);
        if (!contained)
            return report(contained.error());
        if (!*contained) {
            QTextStream(stderr) << "precis-cli: anchor " << store::formatAuditAnchor(*anchor)
                                << " is not in the audit chain (the vault was rolled back or its"
                                   " chain rewritten)\n";
            return ExitDamaged;
        }
        QTextStream(stdout) << "audit chain intact: " << v->rowCount << " rows, anchor "
                            << anchor->rowCount << " present\n";
        return ExitOk;
    }
    QTextStream(stdout) << "audit chain intact: " << v->rowCount << " rows\n";
    return ExitOk;
}

int runBackup(const QStringList &args)
{
    const ParsedArgs a = parseArgs(args, kValueOptions);
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 2)
        return usage(QStringLiteral("backup VAULT OUT --as NAME"));
    if (!selfTest())
        return ExitError;
    SecretReader secrets(a.passwordStdin);
    Session s = signIn(a.positional[0], a, secrets);
    if (!s.vault)
        return s.exitCode;
    if (auto r = store::backupVault(*s.vault, a.positional[1]); !r)
        return report(r.error());
    QTextStream(stdout) << "backup written: " << a.positional[1] << " and "
                        << security::KeySlotFile::pathFor(a.positional[1]) << "\n";
    return ExitOk;
}

int runRestore(const QStringList &args)
{
    const ParsedArgs a = parseArgs(args, kValueOptions);
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 2 || a.option(QStringLiteral("as")).isEmpty())
        return usage(QStringLiteral("restore BACKUP VAULT --as NAME [--backup-as NAME]"));
    if (!selfTest())
        return ExitError;
    SecretReader secrets(a.passwordStdin);
    // --as signs in to the live vault (when it opens, only its administrator may replace it)
    // and, unless --backup-as names another user or asks for another password, to the backup.
    const QString name = a.option(QStringLiteral("as"));
    auto password = secrets.read(QStringLiteral("Password for %1").arg(name));
    if (!password)
        return ExitError;
    store::RestoreCredentials credentials{
        name, security::SecretBytes::copyOf(password->view()), name, std::move(*password)};
    if (a.options.contains(QStringLiteral("backup-as"))) {
        credentials.backupUser = a.option(QStringLiteral("backup-as"));
        auto backupPassword = secrets.read(
            QStringLiteral("Password for %1 in the backup").arg(credentials.backupUser));
        if (!backupPassword)
            return ExitError;
        credentials.backupPassword = std::move(*backupPassword);
    }
    auto kept = store::restoreVault(a.positional[0], a.positional[1], credentials);
    if (!kept)
        return report(kept.error());
    QTextStream out(stdout);
    out << "restored " << a.positional[1] << " from " << a.positional[0] << "\n";
    if (!kept->isEmpty())
        out << "the replaced vault is kept as " << *kept << " (and " << *kept << ".keys)\n";
    return ExitOk;
}

int runDemo(const QStringList &args)
{
    const ParsedArgs a = parseArgs(args, kValueOptions);
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 2 || a.positional[0] != QLatin1String("create"))
        return usage(QStringLiteral("demo create VAULT"));
    if (!selfTest())
        return ExitError;
    auto n = store::createDemoVault(a.positional[1]);
    if (!n)
        return report(n.error());
    QTextStream(stdout) << "demo vault created: " << a.positional[1] << " (" << *n
                        << " synthetic patients; users demo-nurse, demo-physician, demo-admin)\n";
    return ExitOk;
}

} // namespace precis::cli
