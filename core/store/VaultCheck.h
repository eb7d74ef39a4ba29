// SPDX-License-Identifier: GPL-3.0-or-later
// `vault check`: every page's SQLCipher 3 HMAC verified in Precis code, then integrity_check.
#pragma once

#include "core/common/Error.h"
#include "core/store/AuditLog.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace precis::security {
class SecretBytes;
}

namespace precis::store {

class Vault;

/// The result of reading a vault file page by page.
struct PageScan
{
    qint64 pageCount = 0;
    std::vector<qint64> damagedPages;    ///< 1-based page numbers whose HMAC does not verify
    qint64 walFrames = 0;                ///< committed WAL frames examined
    std::vector<qint64> damagedWalPages; ///< page numbers of committed WAL frames that fail
};

/// Verifies the HMAC of every page of the file at `path` (free pages included, which SQLite's
/// integrity_check never reads). SQLCipher 3 layout at 4096-byte pages with a 48-byte reserve
/// (sqlcipher 3.4.1 src/crypto_impl.c, sqlcipher_page_cipher and sqlcipher_page_hmac):
///   page 1 starts with the 16-byte KDF salt in clear, encrypted data follows;
///   the reserve holds IV (16 bytes), HMAC-SHA1 (20 bytes) and 12 bytes of padding;
///   HMAC-SHA1 over ciphertext || IV || page number (4 bytes little-endian), keyed with
///   PBKDF2-HMAC-SHA1(raw data key, salt XOR 0x3a, 2 iterations, 32 bytes).
/// Then the committed frames of VAULT-wal (valid salts and cumulative checksums up to the last
/// commit frame, sqlite.org/fileformat.html §4), each verified the same way: a check reads the
/// WAL in place instead of checkpointing it, so it writes nothing. A file that is not a whole
/// number of pages names the last page.
[[nodiscard]] Result<PageScan> scanPages(const QString &path, const security::SecretBytes &dataKey);

struct CheckReport
{
    PageScan pages;
    QStringList integrityProblems; ///< PRAGMA integrity_check lines other than "ok"
    [[nodiscard]] bool ok() const
    {
        return pages.damagedPages.empty() && pages.damagedWalPages.empty()
               && integrityProblems.isEmpty();
    }
};

/// Scans every page (file and WAL), runs integrity_check, and audits the check when it passed.
/// Administrator only. Damage is not an error: it is in the report, and the vault is marked so
/// that nothing more is written to it (issue #8 D9: no audit row, no lock row, no checkpoint).
[[nodiscard]] Result<CheckReport> checkVault(Vault &vault);

/// `vault check VAULT --as NAME`: signs in without recording it, checks, and records the sign-in
/// and the check only when the vault passed (or when the user lacks the administrator role,
/// Permission). A damaged vault is left exactly as it was.
[[nodiscard]] Result<CheckReport>
checkVaultAt(const QString &path, const QString &user, security::SecretBytes password);

/// "vault damaged at page N" (Damaged) for the first damaged page of `path`, or the given
/// fallback error when every page verifies. Used when a read fails with SQLITE_CORRUPT.
[[nodiscard]] Error
namePageDamage(const QString &path, const security::SecretBytes &dataKey, const Error &fallback);

/// `audit verify`: walks the audit chain (administrator only) and audits the verification when
/// the chain is intact.
[[nodiscard]] Result<AuditVerification> verifyVaultAudit(Vault &vault);

/// `audit anchor`: appends an "audit-anchor" row and returns the head after it, to be written
/// down outside the workstation (formatAuditAnchor). Administrator only.
[[nodiscard]] Result<AuditHead> auditAnchor(Vault &vault);

/// `audit verify --anchor N:HASH`: whether the chain still holds row N with that hash. A vault
/// rolled back to before the anchor, or whose chain was rewritten, does not. Administrator only.
[[nodiscard]] Result<bool> auditContainsAnchor(Vault &vault, const AuditHead &anchor);

/// The runtime OpenSSL version string (OpenSSL_version(OPENSSL_VERSION)), for --version.
[[nodiscard]] QString openSslRuntimeVersion();

} // namespace precis::store
