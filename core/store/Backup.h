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

/// Verifies BACKUP (its key file unlocks for `user` with `password`, `user` is an administrator
/// in it, every page HMAC verifies, integrity_check is ok) and only then replaces VAULT and
/// VAULT.keys with it. Errors from the verification leave VAULT untouched.
///
/// Crash safety (the vault and its key file are two files, replaced by two renames): the
/// verified pair is staged as VAULT.restore and VAULT.restore.keys and fsynced; then the marker
/// VAULT.restoring (SHA-256 of both staged files) is written atomically: that is the commit
/// point. Then VAULT.keys and VAULT are renamed into place and the marker removed. A crash
/// before the marker leaves the old pair untouched (the staging files are discarded later); a
/// crash after it is rolled forward by finishInterruptedRestore(), which every unlock runs
/// first, so the vault never opens with a key file that does not match it.
[[nodiscard]] Result<void> restoreVault(const QString &backupPath,
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
[[nodiscard]] Result<void> restoreVaultUntil(const QString &backupPath,
                                             const QString &vaultPath,
                                             const QString &user,
                                             security::SecretBytes password,
                                             RestoreStep stopAfter);
} // namespace detail

} // namespace precis::store
