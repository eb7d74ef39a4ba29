// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/VaultCheck.h"

#include "core/security/Crypto.h"
#include "core/store/AuditLog.h"
#include "core/store/VaultDatabase.h"
#include "core/store/VaultInternal.h"

#include <QFile>

#include <openssl/crypto.h>
#include <openssl/opensslv.h>

namespace precis::store {

namespace {

constexpr int kSaltSize = 16;
constexpr int kIvSize = 16;
constexpr int kHmacSize = 20;
constexpr quint8 kHmacSaltMask = 0x3a; // SQLCipher 3 HMAC_SALT_MASK

} // namespace

Result<PageScan> scanPages(const QString &path, const security::SecretBytes &dataKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    QStringLiteral("vault file not found"),
                    QStringLiteral("path"),
                    path);
    PageScan scan;
    const qint64 size = file.size();
    scan.pageCount = (size + kPageSize - 1) / kPageSize;
    if (size < kPageSize) {
        if (scan.pageCount > 0)
            scan.damagedPages.push_back(1);
        return scan;
    }
    QByteArray page(kPageSize, '\0');
    if (file.read(page.data(), kPageSize) != kPageSize)
        return fail(
            ErrorCode::Io, QStringLiteral("cannot read vault file"), QStringLiteral("path"), path);
    QByteArray hmacSalt = page.left(kSaltSize);
    for (char &c : hmacSalt)
        c = static_cast<char>(static_cast<quint8>(c) ^ kHmacSaltMask);
    auto hmacKey = security::pbkdf2HmacSha1(dataKey.view(), hmacSalt, 2, security::kDataKeySize);
    if (!hmacKey)
        return tl::unexpected(hmacKey.error());

    const int dataEnd = kPageSize - kReserveSize;
    for (qint64 pgno = 1; pgno <= scan.pageCount; ++pgno) {
        if (pgno > 1) {
            const qint64 got = file.read(page.data(), kPageSize);
            if (got != kPageSize) {
                scan.damagedPages.push_back(pgno);
                break;
            }
        }
        const int offset = pgno == 1 ? kSaltSize : 0;
        QByteArray input = page.mid(offset, dataEnd - offset + kIvSize);
        char pgnoLe[4];
        const auto p = static_cast<quint32>(pgno);
        pgnoLe[0] = static_cast<char>(p & 0xff);
        pgnoLe[1] = static_cast<char>((p >> 8) & 0xff);
        pgnoLe[2] = static_cast<char>((p >> 16) & 0xff);
        pgnoLe[3] = static_cast<char>((p >> 24) & 0xff);
        input.append(pgnoLe, 4);
        const QByteArray mac = security::hmacSha1(hmacKey->view(), input);
        const QByteArray stored = page.mid(dataEnd + kIvSize, kHmacSize);
        if (mac.size() != kHmacSize
            || CRYPTO_memcmp(mac.constData(), stored.constData(), kHmacSize) != 0)
            scan.damagedPages.push_back(pgno);
    }
    OPENSSL_cleanse(page.data(), static_cast<std::size_t>(page.size()));
    return scan;
}

Error namePageDamage(const QString &path,
                     const security::SecretBytes &dataKey,
                     const Error &fallback)
{
    auto scan = scanPages(path, dataKey);
    if (scan && !scan->damagedPages.empty()) {
        const qint64 page = scan->damagedPages.front();
        return Error{ErrorCode::Damaged,
                     QStringLiteral("vault"),
                     QString::number(page),
                     QStringLiteral("vault damaged at page %1").arg(page)}
            .withReason(ErrorReason::VaultDamaged);
    }
    return fallback;
}

Result<CheckReport> checkVault(Vault &vault)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("vault check")); !r)
        return tl::unexpected(r.error());
    Database &db = detail::VaultAccess::db(vault);
    // Move every committed frame into the main file so the scan sees the whole database.
    if (auto r = db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !r)
        return tl::unexpected(r.error());
    CheckReport report;
    auto scan = scanPages(vault.path(), detail::VaultAccess::dataKey(vault));
    if (!scan)
        return tl::unexpected(scan.error());
    report.pages = *scan;
    auto st = db.prepare("PRAGMA integrity_check");
    if (!st)
        return tl::unexpected(st.error());
    for (;;) {
        auto row = st->step();
        if (!row) {
            report.integrityProblems << row.error().detail;
            break;
        }
        if (!*row)
            break;
        const QString line = st->text(0);
        if (line != QLatin1String("ok"))
            report.integrityProblems << line;
    }
    if (report.ok()) {
        if (auto r = appendAudit(db,
                                 vault.user().name,
                                 QString::fromLatin1(audit::kVaultCheck),
                                 std::nullopt,
                                 QStringLiteral("%1 pages verified").arg(report.pages.pageCount));
            !r)
            return tl::unexpected(r.error());
    }
    return report;
}

Result<AuditVerification> verifyVaultAudit(Vault &vault)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("audit verify"));
        !r)
        return tl::unexpected(r.error());
    Database &db = detail::VaultAccess::db(vault);
    auto result = verifyAudit(db);
    if (!result)
        return result;
    if (result->intact) {
        if (auto r = appendAudit(db,
                                 vault.user().name,
                                 QString::fromLatin1(audit::kAuditVerify),
                                 std::nullopt,
                                 QStringLiteral("%1 rows verified").arg(result->rowCount));
            !r)
            return tl::unexpected(r.error());
    }
    return result;
}

Result<AuditHead> auditAnchor(Vault &vault)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("audit anchor"));
        !r)
        return tl::unexpected(r.error());
    Database &db = detail::VaultAccess::db(vault);
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kAuditAnchor),
                             std::nullopt,
                             QStringLiteral("audit anchor printed"));
        !r)
        return tl::unexpected(r.error());
    return auditHead(db);
}

Result<bool> auditContainsAnchor(Vault &vault, const AuditHead &anchor)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("audit verify"));
        !r)
        return tl::unexpected(r.error());
    return auditChainContains(detail::VaultAccess::db(vault), anchor.rowCount, anchor.hash);
}

QString openSslRuntimeVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace precis::store
