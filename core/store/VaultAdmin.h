// SPDX-License-Identifier: GPL-3.0-or-later
// Creating a vault, managing users and roles, key rotation and administrator recovery.
#pragma once

#include "core/common/Error.h"
#include "core/security/SecretBytes.h"
#include "core/store/Vault.h"

#include <QString>
#include <QStringList>

namespace precis::store {

struct CreateOptions
{
    bool demo = false; ///< a demo vault (synthetic data only; accepts the demo password)
};

/// Creates VAULT (mode 0600) and VAULT.keys with one administrator and a recovery slot.
/// Returns the recovery key text, to be shown once. Refuses existing files and passwords the
/// policy rejects (the demo password only when options.demo).
///
/// Both files are made under temporary names (VAULT.creating, VAULT.creating.keys) and published
/// together at the end, the key file first and the vault last (issue #8 D13): after a kill at any
/// instant there is either no vault at VAULT (and the next create at that path removes the
/// leftovers and succeeds) or a complete one.
[[nodiscard]] Result<QString> createVault(const QString &path,
                                          const QString &adminName,
                                          security::SecretBytes adminPassword,
                                          CreateOptions options = {});

/// Confirms that `password` is the signed-in user's current password and records the time.
/// Enforced in core: addUser, changePassword, setRoles, removeUser, rotateDataKey and
/// backupVault fail with Authentication "re-authentication required ..." unless the user
/// proved their password (the unlock, or this call) within detail::kReauthenticationWindow
/// (5 minutes). The CLI's sign-in with the --as password is that proof; a long-running GUI
/// session asks again. Authentication error "wrong password" otherwise (the old proof stays).
[[nodiscard]] Result<void> reauthenticate(Vault &vault, const security::SecretBytes &password);

/// Administrator only. The password is checked against the policy. With Required the new user
/// can do nothing but changePassword() for themselves until they have (UserInfo::
/// mustChangePassword; every other call fails with reason PasswordChangeRequired).
[[nodiscard]] Result<void> addUser(Vault &vault,
                                   const QString &name,
                                   const QList<Role> &roles,
                                   security::SecretBytes password,
                                   PasswordChange change = PasswordChange::NotRequired);
/// Own password for anyone (this clears a required change; the new password must then differ
/// from the one the administrator set); another user's only for an administrator, who may
/// require that user to change it at their next sign-in.
[[nodiscard]] Result<void> changePassword(Vault &vault,
                                          const QString &name,
                                          security::SecretBytes newPassword,
                                          PasswordChange change = PasswordChange::NotRequired);
/// Administrator only; refuses to leave the vault without an administrator. Audited.
[[nodiscard]] Result<void> setRoles(Vault &vault, const QString &name, const QList<Role> &roles);
/// Administrator only: deletes the user's slot and rotates the data key (crash-safe through
/// the key file's pending record). Refuses removing the last administrator or oneself.
[[nodiscard]] Result<void> removeUser(Vault &vault, const QString &name);
/// Rotates the data key: a new random key wrapped for every slot (pending record saved), the
/// file rekeyed, the record committed. Administrator only.
[[nodiscard]] Result<void> rotateDataKey(Vault &vault);
/// Names of users in the vault with their roles ("name roles").
[[nodiscard]] Result<std::vector<UserInfo>> listUsers(Vault &vault);

namespace detail {
/// The temporary name a vault is built under: VAULT.creating (and VAULT.creating.keys).
[[nodiscard]] QString creatingPath(const QString &finalPath);
/// Removes the leftovers of an interrupted creation at `path`; InvalidInput "vault file already
/// exists" if a vault or key file is there.
[[nodiscard]] Result<void> prepareCreation(const QString &path);
/// createVault() without publishing: the pair is at creatingPath(finalPath).
[[nodiscard]] Result<QString> createUnpublishedVault(const QString &finalPath,
                                                     const QString &adminName,
                                                     security::SecretBytes adminPassword,
                                                     CreateOptions options);
/// Renames the pair built at creatingPath(path) to `path`: key file first, vault last.
[[nodiscard]] Result<void> publishCreatedVault(const QString &path);
} // namespace detail

/// `vault recover`: opens with the recovery key and sets a new password for an administrator.
[[nodiscard]] Result<void> recoverAdministrator(const QString &path,
                                                security::SecretBytes recoveryKey,
                                                const QString &adminName,
                                                security::SecretBytes newPassword);

} // namespace precis::store
