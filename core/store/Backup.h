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
/// directory fsync) with mode 0600. Administrator only; the caller re-authenticated. Audited.
/// A backup keeps the users and passwords valid when it was made.
[[nodiscard]] Result<void> backupVault(Vault &vault, const QString &outPath);

/// Verifies BACKUP (its key file unlocks for `user` with `password`, `user` is an administrator
/// in it, every page HMAC verifies, integrity_check is ok) and only then replaces VAULT and
/// VAULT.keys with it. Errors from the verification leave VAULT untouched.
[[nodiscard]] Result<void> restoreVault(const QString &backupPath,
                                        const QString &vaultPath,
                                        const QString &user,
                                        security::SecretBytes password);

} // namespace precis::store
