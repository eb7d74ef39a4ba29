// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: an encrypted copy of the vault in the same format plus a copy of its key file.
#pragma once

#include "core/common/Error.h"
#include "core/security/SecretBytes.h"

#include <QString>

namespace precis::store {

class Vault;

/// Writes OUT (the vault pages, checkpointed, copied while the write lock is held so no
/// transaction can slip in) and OUT.keys, each atomically (temporary file, fsync, rename,
/// directory fsync) with mode 0600. Administrator only, with a password proof less than
/// detail::kReauthenticationWindow old (Authentication error otherwise; see reauthenticate()).
/// Audited.
/// A backup keeps the users and passwords valid when it was made.
[[nodiscard]] Result<void> backupVault(Vault &vault, const QString &outPath);

/// Who restores: an administrator of the live vault (`user`, needed only when the live vault
/// opens) and an administrator of the backup (`backupUser`; often the same person, whose password
/// may have changed since the backup).
struct RestoreCredentials
{
    QString user;
    security::SecretBytes password;
    QString backupUser;
    security::SecretBytes backupPassword;
};

/// Replaces VAULT and VAULT.keys with the pair BACKUP, BACKUP.keys.
///
/// Authorisation (issue #8 D3): when VAULT exists and opens, `user` must unlock it and be its
/// administrator (Authentication or Permission error otherwise, nothing changed); the restore is
/// audited in it first. When it does not open (missing, damaged, rolled back ...), the backup's
/// administrator alone may restore. The replaced files are never deleted: they are kept beside
/// the vault as VAULT.replaced-<UTC yyyyMMddTHHmmssZ> (and .keys, and -wal if the old vault had
/// one), so a restore can itself be undone by restoring the kept pair.
///
/// Verification: BACKUP's key file unlocks for `backupUser` (throttled like any unlock), who is
/// an administrator in it, every page HMAC verifies and integrity_check is ok; only then is
/// anything replaced. The restored vault starts a new epoch (see docs/SECURITY.md, "Rollback")
/// and records a `restore` audit row.
///
/// Crash safety (the vault and its key file are two files, replaced by renames): the verified
/// pair is staged as VAULT.restore and VAULT.restore.keys and fsynced; then the marker
/// VAULT.restoring (SHA-256 of both staged files and the kept name) is written atomically: that
/// is the commit point. Then the live files are renamed to the kept name and the staged ones
/// into place, and the marker removed. A crash before the marker leaves the old pair untouched
/// (the staging files are discarded later); a crash after it is rolled forward by
/// finishInterruptedRestore(), which every unlock runs first, so the vault never opens with a key
/// file that does not match it.
/// Returns the file name the replaced vault is kept under (empty when there was none).
[[nodiscard]] Result<QString> restoreVault(const QString &backupPath,
                                           const QString &vaultPath,
                                           const RestoreCredentials &credentials);
/// The same user name and password for the live vault and the backup.
[[nodiscard]] Result<QString> restoreVault(const QString &backupPath,
                                           const QString &vaultPath,
                                           const QString &user,
                                           security::SecretBytes password);

/// Completes or discards an interrupted restore of VAULT (see restoreVault()). No-op when none
/// is pending. Damaged if the marker or a file it names does not match (restore again).
/// Called by Vault::unlock, Vault::unlockWithRecoveryKey and restoreVault before anything else.
[[nodiscard]] Result<void> finishInterruptedRestore(const QString &vaultPath);

namespace detail {
/// Test hook: the restore steps after which a crash can be simulated.
enum class RestoreStep { Staged, Verified, MarkerWritten, KeysReplaced, VaultReplaced, Done };
/// restoreVault() that returns right after `stopAfter`, leaving the files as a crash would.
[[nodiscard]] Result<QString> restoreVaultUntil(const QString &backupPath,
                                                const QString &vaultPath,
                                                const RestoreCredentials &credentials,
                                                RestoreStep stopAfter);
[[nodiscard]] Result<QString> restoreVaultUntil(const QString &backupPath,
                                                const QString &vaultPath,
                                                const QString &user,
                                                security::SecretBytes password,
                                                RestoreStep stopAfter);
} // namespace detail

} // namespace precis::store
