// SPDX-License-Identifier: GPL-3.0-or-later
// Administration the GUI offers and the other store APIs do not: a new recovery key, reading the
// audit trail, and checking a backup that was just written (issue #8, "Administration screens").
#pragma once

#include "core/common/Error.h"
#include "core/store/AuditLog.h"
#include "core/store/VaultCheck.h"

#include <QString>

#include <vector>

namespace precis::store {

class Vault;

namespace audit {
/// A new recovery key replaced the old one.
inline constexpr const char *kRecoveryKeyChange = "recovery-key-change";
/// An administrator read the audit trail.
inline constexpr const char *kAuditRead = "audit-read";
/// A backup was checked after it was written.
inline constexpr const char *kBackupCheck = "backup-check";
} // namespace audit

/// Replaces the recovery slot of VAULT.keys with one for a new recovery key and returns the key's
/// text (generateRecoveryKey()), to be shown once. The old recovery key stops opening the vault
/// (copies of the old key file and backups still open with it). Administrator only, with a
/// password proof less than detail::kReauthenticationWindow old (Authentication otherwise, see
/// reauthenticate()). The key file is written atomically; audited.
[[nodiscard]] Result<QString> regenerateRecoveryKey(Vault &vault);

/// Every audit row, oldest first, for an administrator's audit view. Administrator only (the
/// rows name who opened which patient's chart). The read itself is audited first, so the result
/// ends with its own row.
[[nodiscard]] Result<std::vector<AuditEntry>> readAuditTrail(Vault &vault);

/// Checks a backup of this vault written by backupVault(): BACKUP.keys loads (every record's
/// checksum) and holds this vault's current data key (its digest), every page of BACKUP verifies
/// its HMAC under that key, and PRAGMA integrity_check of BACKUP is ok. Reads the backup only
/// (SQLite may create and remove BACKUP-wal and BACKUP-shm while it is open). Damaged "backup key
/// file does not match the vault" (field "keys") when the key file is another vault's or another
/// rotation's; damage of pages or structure is in the report, not an error. Administrator only;
/// audited when the backup is intact.
[[nodiscard]] Result<CheckReport> checkBackup(Vault &vault, const QString &backupPath);

} // namespace precis::store
