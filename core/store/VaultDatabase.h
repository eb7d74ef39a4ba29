// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that opens a vault file: key, page size, forced read, safe pragmas, asserts.
#pragma once

#include "core/common/Error.h"
#include "core/store/Sqlite.h"

#include <QString>

namespace precis::security {
class SecretBytes;
}

namespace precis::store {

/// The SQLCipher page size of every Precis vault. SQLCipher 4 opens these files with
/// `cipher_compatibility = 3` and `cipher_page_size = 4096`.
inline constexpr int kPageSize = 4096;
/// SQLCipher 3 per-page reserve: IV 16 + HMAC-SHA1 20, rounded up to the AES block (48).
inline constexpr int kReserveSize = 48;

enum class OpenIntent { Existing, Create };

/// Opens `path` with the raw data key in the sequence of vault-security.md §7 and asserts the
/// settings SQLCipher 3.4.1 would otherwise silently ignore. The caller has already verified
/// the key against the slot digest, so a file that will not decrypt is reported as
/// Damaged("vault header damaged"), never as a wrong password. A new file is created 0600.
[[nodiscard]] Result<Database> openVaultDatabase(const QString &path,
                                                 const security::SecretBytes &dataKey,
                                                 OpenIntent intent = OpenIntent::Existing);

/// Re-encrypts every page under `newKey` (sqlite3_rekey). The WAL is checkpointed and the file
/// switched to a rollback journal for the rekey, so that the change commits atomically: after a
/// kill at any instant the file opens with exactly one of the old and new keys
/// (vault-security.md §0.6, measured for rollback-journal rekey). WAL is restored afterwards.
[[nodiscard]] Result<void> rekeyVaultDatabase(Database &db, const security::SecretBytes &newKey);

/// Damaged with reason NotAVault ("not a Precis vault (...)") when the file cannot be a vault:
/// empty, an unencrypted SQLite database, or not a whole number of pages. Reads only.
[[nodiscard]] Result<void> checkLooksLikeVault(const QString &path);

/// Closes `db` without letting SQLite checkpoint the WAL into the file (issue #8 D9: a vault
/// found damaged is left exactly as it was). SQLite 3.15 has no SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE
/// (3.16), and the last connection to close checkpoints; so a read-only peer connection, keyed
/// and holding its read lock, is opened first: `db` is then not the last, and the read-only
/// peer cannot checkpoint when it closes (sqlite3WalCheckpoint refuses a read-only WAL). If the
/// peer cannot read, or the WAL holds no frames, `db` is closed plainly.
void closeWithoutCheckpoint(Database &db, const QString &path, const security::SecretBytes &key);

/// Asserts the per-connection settings (cipher_version, cipher_use_hmac, page size, temp_store,
/// journal mode, synchronous). Exposed for tests.
[[nodiscard]] Result<void> assertSafeSettings(Database &db);

/// Creates (or truncates) `path` with mode 0600 regardless of the process umask. For the key
/// and backup copies written outside SQLite.
[[nodiscard]] Result<void> createPrivateFile(const QString &path);

/// Runs `fn` with the process umask set to 077 so that every file it creates is 0600.
template <typename Fn>
auto withPrivateUmask(Fn &&fn);

} // namespace precis::store

#include <sys/stat.h>

template <typename Fn>
auto precis::store::withPrivateUmask(Fn &&fn)
{
    struct Restore
    {
        mode_t old;
        ~Restore() { ::umask(old); }
    } restore{::umask(077)};
    return fn();
}
