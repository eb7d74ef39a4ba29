// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AdminText.h"

#include "core/security/PasswordPolicy.h"
#include "core/store/AdminTasks.h"
#include "core/store/AuditLog.h"

namespace precis::ui {

QString AdminText::error(const Error &error)
{
    const QString &field = error.field;
    switch (error.code) {
    case ErrorCode::Authentication:
        return tr("Your password was not accepted. Nothing was changed.");
    case ErrorCode::Permission:
        if (error.reason == ErrorReason::PasswordChangeRequired)
            return tr("Choose your own password first: sign out, and sign in again to choose it.");
        return tr("Your roles do not allow this. Only an administrator may manage the vault.");
    case ErrorCode::InvalidInput:
        if (field == QLatin1String("password"))
            return tr("The new password does not meet the password rules.");
        if (field == QLatin1String("role"))
            return tr("Choose at least one role.");
        if (field == QLatin1String("user"))
            //: %1 user name
            return tr("This cannot be done for \u201C%1\u201D: a new user needs a name no one "
                      "has, you cannot remove yourself, and the vault keeps at least one "
                      "administrator.")
                .arg(error.value);
        if (field == QLatin1String("path"))
            //: %1 file path
            return tr("\u201C%1\u201D cannot be used: choose another file, not one of the "
                      "vault's own files.")
                .arg(error.value);
        return tr("A value was not accepted. Nothing was changed.");
    case ErrorCode::NotFound:
        if (field == QLatin1String("user"))
            return tr("The user \u201C%1\u201D no longer exists.").arg(error.value);
        if (field == QLatin1String("path") && !error.value.isEmpty())
            return tr("The file \u201C%1\u201D was not found.").arg(error.value);
        return tr("A file this task needs was not found.");
    case ErrorCode::Damaged:
        return tr("A file of the vault or of the backup is damaged, so nothing was changed. Run "
                  "a vault check, or restore another backup.");
    case ErrorCode::Io:
        if (!error.value.isEmpty())
            return tr("The file \u201C%1\u201D could not be read or written. Check the disk, the "
                      "free space and the folder's permissions.")
                .arg(error.value);
        return tr("A file could not be read or written. Check the disk, the free space and the "
                  "folder's permissions.");
    case ErrorCode::Unsupported:
        return tr("This task is not available for this vault at the moment. Lock the vault, "
                  "sign in again and retry.");
    case ErrorCode::Internal:
        break;
    }
    return tr("An internal check failed, so nothing was changed. Lock the vault and try again.");
}

QString AdminText::passwordProblem(const security::PasswordPolicy &policy,
                                   const QString &password,
                                   const QString &repeat,
                                   bool demoVault,
                                   const QString &userName)
{
    using security::PasswordPolicy;
    const int length = PasswordPolicy::codePointCount(password);
    if (length < PasswordPolicy::kMinCodePoints)
        return tr("At least %1 characters (%2 so far).")
            .arg(PasswordPolicy::kMinCodePoints)
            .arg(length);
    if (length > PasswordPolicy::kMaxCodePoints)
        return tr("At most %1 characters (%2 typed).")
            .arg(PasswordPolicy::kMaxCodePoints)
            .arg(length);
    if (!policy.check(password, demoVault, userName)) {
        // Which rule: ask the policy again without the user name, then as in a demo vault, so
        // that the words never depend on the policy's English detail.
        if (policy.check(password, demoVault, QString()))
            return tr("The password must not be the user name.");
        if (!demoVault && policy.check(password, true, QString()))
            return tr("The demo password is accepted only in demo vaults.");
        return tr("This password is on the list of common passwords. Choose another.");
    }
    if (repeat.isEmpty())
        return tr("The password meets the rules. Type it again below.");
    if (repeat != password)
        return tr("The two passwords differ.");
    return {};
}

QString AdminText::userNameProblem(const QString &name,
                                   const std::vector<store::UserInfo> &existing)
{
    if (name.isEmpty())
        return tr("Enter a user name.");
    // The rules of store::addUser (core/store/VaultAdmin.cpp, checkUserName).
    if (name.size() > 64)
        return tr("A user name has at most 64 characters.");
    for (const QChar c : name) {
        if (c.isSpace() || !c.isPrint() || c == QLatin1Char(','))
            return tr("A user name has no spaces and no commas.");
    }
    if (name == QLatin1String("recovery"))
        return tr("\u201Crecovery\u201D is reserved for the recovery key.");
    for (const store::UserInfo &u : existing) {
        if (u.name == name)
            return tr("There is already a user \u201C%1\u201D.").arg(name);
    }
    return {};
}

QString AdminText::rolesProblem(const QString &name,
                                const QList<store::Role> &roles,
                                const std::vector<store::UserInfo> &users)
{
    if (roles.isEmpty())
        return tr("Choose at least one role.");
    if (roles.contains(store::Role::Administrator))
        return {};
    for (const store::UserInfo &u : users) {
        if (u.name != name && u.has(store::Role::Administrator))
            return {};
    }
    return tr("The vault must keep at least one administrator.");
}

QString AdminText::action(const QString &token)
{
    namespace a = store::audit;
    const QByteArray t = token.toLatin1();
    auto is = [&t](const char *name) { return t == name; };
    if (is(a::kUnlock))
        return tr("Signed in");
    if (is(a::kUnlockRecovery))
        return tr("Opened with the recovery key");
    if (is(a::kFailedUnlock))
        return tr("Failed sign-in");
    if (is(a::kLock))
        return tr("Locked");
    if (is(a::kChartRead))
        return tr("Chart opened");
    if (is(a::kPatientList))
        return tr("Patient list read");
    if (is(a::kPatientSearch))
        return tr("Patient search");
    if (is(a::kWrite))
        return tr("Chart written");
    if (is(a::kCorrection))
        return tr("Value corrected");
    if (is(a::kVaultCreate))
        return tr("Vault created");
    if (is(a::kUserAdd))
        return tr("User added");
    if (is(a::kUserRemove))
        return tr("User removed");
    if (is(a::kRoleChange))
        return tr("Roles changed");
    if (is(a::kPasswordChange))
        return tr("Password changed");
    if (is(a::kKeyRotation))
        return tr("Data key rotated");
    if (is(a::kExport))
        return tr("Exported");
    if (is(a::kBackup))
        return tr("Backup written");
    if (is(a::kRestore))
        return tr("Restored from backup");
    if (is(a::kSettingChange))
        return tr("Setting changed");
    if (is(a::kAuditVerify))
        return tr("Audit chain verified");
    if (is(a::kVaultCheck))
        return tr("Vault checked");
    if (is(a::kRecoveryKeyChange))
        return tr("New recovery key");
    if (is(a::kAuditRead))
        return tr("Audit trail read");
    if (is(a::kBackupCheck))
        return tr("Backup checked");
    return token;
}

QStringList AdminText::knownActions()
{
    namespace a = store::audit;
    QStringList out;
    for (const char *token :
         {a::kUnlock,        a::kUnlockRecovery, a::kFailedUnlock,  a::kLock,
          a::kChartRead,     a::kPatientList,    a::kPatientSearch, a::kWrite,
          a::kCorrection,    a::kVaultCreate,    a::kUserAdd,       a::kUserRemove,
          a::kRoleChange,    a::kPasswordChange, a::kKeyRotation,   a::kRecoveryKeyChange,
          a::kExport,        a::kBackup,         a::kBackupCheck,   a::kRestore,
          a::kSettingChange, a::kAuditRead,      a::kAuditVerify,   a::kVaultCheck})
        out << QString::fromLatin1(token);
    return out;
}

QString AdminText::checkProblems(const store::CheckReport &report)
{
    if (report.ok())
        return {};
    if (!report.pages.damagedPages.empty())
        return tr("%n page(s) fail their check, the first is page %1.",
                  nullptr,
                  static_cast<int>(report.pages.damagedPages.size()))
            .arg(report.pages.damagedPages.front());
    return tr("The database structure check found %n problem(s).",
              nullptr,
              static_cast<int>(report.integrityProblems.size()));
}

} // namespace precis::ui
