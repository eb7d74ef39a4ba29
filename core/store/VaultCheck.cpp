// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/VaultCheck.h"

#include "core/security/Crypto.h"
#include "core/store/AuditLog.h"
#include "core/store/VaultDatabase.h"
#include "core/store/VaultInternal.h"
#include "core/store/VaultState.h"

#include <QFile>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/opensslv.h>

namespace precis::store {

namespace {

constexpr int kSaltSize = 16;
constexpr int kIvSize = 16;
constexpr int kHmacSize = 20;
constexpr quint8 kHmacSaltMask = 0x3a; // SQLCipher 3 HMAC_SALT_MASK

} // namespace

namespace {

/// Whether one 4096-byte page (as stored in the file or in a WAL frame) carries a valid HMAC
/// for page number `pgno`.
bool pageVerifies(const QByteArray &page, qint64 pgno, const security::SecretBytes &hmacKey)
{
    const int dataEnd = kPageSize - kReserveSize;
    const int offset = pgno == 1 ? kSaltSize : 0;
    QByteArray input = page.mid(offset, dataEnd - offset + kIvSize);
    char pgnoLe[4];
    const auto p = static_cast<quint32>(pgno);
    pgnoLe[0] = static_cast<char>(p & 0xff);
    pgnoLe[1] = static_cast<char>((p >> 8) & 0xff);
    pgnoLe[2] = static_cast<char>((p >> 16) & 0xff);
    pgnoLe[3] = static_cast<char>((p >> 24) & 0xff);
    input.append(pgnoLe, 4);
    const QByteArray mac = security::hmacSha1(hmacKey.view(), input);
    const QByteArray stored = page.mid(dataEnd + kIvSize, kHmacSize);
    return mac.size() == kHmacSize
           && CRYPTO_memcmp(mac.constData(), stored.constData(), kHmacSize) == 0;
}

// SQLite's WAL checksum (sqlite.org/fileformat.html, "Checksum Algorithm"): over 32-bit words
// in the byte order the header's magic names, two running sums.
void walChecksum(const char *data, int size, bool bigEndian, quint32 &s0, quint32 &s1)
{
    for (int i = 0; i + 8 <= size; i += 8) {
        const quint32 x0
            = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 x1 = bigEndian ? qFromBigEndian<quint32>(data + i + 4)
                                     : qFromLittleEndian<quint32>(data + i + 4);
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
}

/// The committed frames of `walPath` (those up to the last commit frame whose salts and
/// cumulative checksums are valid): each frame's page number and page image.
std::vector<std::pair<qint64, QByteArray>> committedWalFrames(const QString &walPath)
{
    std::vector<std::pair<qint64, QByteArray>> committed;
    QFile wal(walPath);
    if (!wal.open(QIODevice::ReadOnly))
        return committed;
    const QByteArray header = wal.read(32);
    if (header.size() != 32)
        return committed;
    const quint32 magic = qFromBigEndian<quint32>(header.constData());
    if ((magic & 0xfffffffe) != 0x377f0682
        || qFromBigEndian<quint32>(header.constData() + 8) != static_cast<quint32>(kPageSize))
        return committed;
    const bool bigEndian = (magic & 1) != 0;
    quint32 s0 = 0, s1 = 0;
    walChecksum(header.constData(), 24, bigEndian, s0, s1);
    if (s0 != qFromBigEndian<quint32>(header.constData() + 24)
        || s1 != qFromBigEndian<quint32>(header.constData() + 28))
        return committed;
    const QByteArray salts = header.mid(16, 8);
    std::vector<std::pair<qint64, QByteArray>> pending;
    for (;;) {
        const QByteArray frameHeader = wal.read(24);
        const QByteArray page = wal.read(kPageSize);
        if (frameHeader.size() != 24 || page.size() != kPageSize || frameHeader.mid(8, 8) != salts)
            break;
        walChecksum(frameHeader.constData(), 8, bigEndian, s0, s1);
        walChecksum(page.constData(), kPageSize, bigEndian, s0, s1);
        if (s0 != qFromBigEndian<quint32>(frameHeader.constData() + 16)
            || s1 != qFromBigEndian<quint32>(frameHeader.constData() + 20))
            break;
        pending.emplace_back(qFromBigEndian<quint32>(frameHeader.constData()), page);
        if (qFromBigEndian<quint32>(frameHeader.constData() + 4) != 0) { // a commit frame
            for (auto &f : pending)
                committed.push_back(std::move(f));
            pending.clear();
        }
    }
    return committed;
}

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

    for (qint64 pgno = 1; pgno <= scan.pageCount; ++pgno) {
        if (pgno > 1) {
            const qint64 got = file.read(page.data(), kPageSize);
            if (got != kPageSize) {
                scan.damagedPages.push_back(pgno);
                break;
            }
        }
        if (!pageVerifies(page, pgno, *hmacKey))
            scan.damagedPages.push_back(pgno);
    }
    OPENSSL_cleanse(page.data(), static_cast<std::size_t>(page.size()));
    // The committed frames of the WAL are pages too, read in place rather than checkpointed
    // into the file first: a check writes nothing (issue #8 D9).
    for (const auto &[pgno, image] : committedWalFrames(path + QStringLiteral("-wal"))) {
        ++scan.walFrames;
        if (pgno < 1 || !pageVerifies(image, pgno, *hmacKey))
            scan.damagedWalPages.push_back(pgno);
    }
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

namespace {

Result<CheckReport> runChecks(Vault &vault)
{
    Database &db = detail::VaultAccess::db(vault);
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
    if (!report.ok())
        detail::VaultAccess::markDamaged(vault);
    return report;
}

Result<void> auditCheck(Database &db, const QString &user, const CheckReport &report)
{
    return appendAudit(db,
                       user,
                       QString::fromLatin1(audit::kVaultCheck),
                       std::nullopt,
                       QStringLiteral("%1 pages and %2 WAL frames verified")
                           .arg(report.pages.pageCount)
                           .arg(report.pages.walFrames))
        .map([](qint64) {});
}

} // namespace

Result<CheckReport> checkVault(Vault &vault)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("vault check")); !r)
        return tl::unexpected(r.error());
    auto report = runChecks(vault);
    if (!report)
        return report;
    if (report->ok())
        if (auto r = auditCheck(detail::VaultAccess::db(vault), vault.user().name, *report); !r)
            return tl::unexpected(r.error());
    return report;
}

Result<CheckReport>
checkVaultAt(const QString &path, const QString &user, security::SecretBytes password)
{
    detail::UnlockOptions options;
    options.recordSignIn = false;
    auto vault = detail::unlock(path, user, std::move(password), options);
    if (!vault)
        return tl::unexpected(vault.error());
    const auto recordSignIn = [&](const std::function<Result<void>(Database &)> &more) {
        const QString roles = detail::rolesToString((*vault)->user().roles);
        return detail::commitTransition(
                   path,
                   detail::VaultAccess::db(**vault),
                   detail::VaultAccess::dataKey(**vault),
                   {},
                   [&](Database &db) -> Result<void> {
                       if (auto r = appendAudit(db,
                                                user,
                                                QString::fromLatin1(audit::kUnlock),
                                                std::nullopt,
                                                QStringLiteral("roles %1").arg(roles));
                           !r)
                           return tl::unexpected(r.error());
                       return more ? more(db) : Result<void>();
                   })
            .map([](const detail::StoredVaultState &) {});
    };
    if (auto r = detail::requireRole(**vault, Role::Administrator, QStringLiteral("vault check"));
        !r) {
        (void)recordSignIn({});
        return tl::unexpected(r.error());
    }
    auto report = runChecks(**vault);
    if (!report || !report->ok()) {
        detail::VaultAccess::closeWithoutWriting(**vault);
        return report;
    }
    if (auto r = recordSignIn([&](Database &db) { return auditCheck(db, user, *report); }); !r)
        return tl::unexpected(r.error());
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
    if (!result->intact)
        detail::VaultAccess::markDamaged(vault); // nothing more is written (issue #8 D9)
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
