// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Backup.h"

#include "core/security/AtomicFile.h"
#include "core/security/KeySlotFile.h"
#include "core/store/AuditLog.h"
#include "core/store/Sqlite.h"
#include "core/store/VaultCheck.h"
#include "core/store/VaultDatabase.h"
#include "core/store/VaultInternal.h"

#include <QFile>
#include <QFileInfo>

namespace precis::store {

namespace {

using detail::VaultAccess;

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::NotFound, QStringLiteral("file not found"), QStringLiteral("path"), path);
    return f.readAll();
}

} // namespace

Result<void> backupVault(Vault &vault, const QString &outPath)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("backup")); !r)
        return r;
    if (QFileInfo(outPath).absoluteFilePath() == QFileInfo(vault.path()).absoluteFilePath())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("backup would overwrite the vault"),
                    QStringLiteral("path"),
                    outPath);
    Database &db = VaultAccess::db(vault);
    // Audit first, so that the backup contains its own record.
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kBackup),
                             std::nullopt,
                             QStringLiteral("backup written"));
        !r)
        return tl::unexpected(r.error());
    if (auto r = db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !r)
        return r;
    // Hold the write lock while copying: no other connection can commit, and with the WAL
    // empty the main file is the whole database.
    auto txn = Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    if (QFileInfo(vault.path() + QStringLiteral("-wal")).size() != 0)
        return fail(ErrorCode::Io, QStringLiteral("vault is busy (WAL not empty); try again"));
    auto pages = readAll(vault.path());
    if (!pages)
        return tl::unexpected(pages.error());
    auto keys = readAll(security::KeySlotFile::pathFor(vault.path()));
    if (!keys)
        return tl::unexpected(keys.error());
    if (auto r = security::writeFileAtomically(outPath, *pages); !r)
        return r;
    return security::writeFileAtomically(security::KeySlotFile::pathFor(outPath), *keys);
}

Result<void> restoreVault(const QString &backupPath,
                          const QString &vaultPath,
                          const QString &user,
                          security::SecretBytes password)
{
    // Verify on a private copy: opening a database can create WAL files next to it.
    const QString staging = vaultPath + QStringLiteral(".restore");
    auto pages = readAll(backupPath);
    if (!pages)
        return tl::unexpected(pages.error());
    auto keys = readAll(security::KeySlotFile::pathFor(backupPath));
    if (!keys)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("key-slot file missing"),
                    QStringLiteral("path"),
                    security::KeySlotFile::pathFor(backupPath));
    auto removeStaging = [&] {
        for (const char *suffix : {"", ".keys", "-wal", "-shm", ".auth"})
            QFile::remove(staging + QLatin1String(suffix));
    };
    removeStaging();
    if (auto r = security::writeFileAtomically(staging, *pages); !r)
        return r;
    if (auto r = security::writeFileAtomically(security::KeySlotFile::pathFor(staging), *keys);
        !r) {
        removeStaging();
        return r;
    }
    {
        auto vault = Vault::unlock(staging, user, std::move(password));
        if (!vault) {
            removeStaging();
            return tl::unexpected(vault.error());
        }
        if (!(*vault)->user().has(Role::Administrator)) {
            removeStaging();
            return fail(ErrorCode::Permission,
                        QStringLiteral("restore requires the administrator"
                                       " role"),
                        QStringLiteral("user"),
                        user);
        }
        auto report = checkVault(**vault);
        if (!report) {
            removeStaging();
            return tl::unexpected(report.error());
        }
        if (!report->ok()) {
            removeStaging();
            if (!report->pages.damagedPages.empty())
                return fail(ErrorCode::Damaged,
                            QStringLiteral("backup damaged at page %1")
                                .arg(report->pages.damagedPages.front()),
                            QStringLiteral("backup"),
                            backupPath);
            return fail(ErrorCode::Damaged,
                        QStringLiteral("backup fails the integrity check"),
                        QStringLiteral("backup"),
                        report->integrityProblems.value(0));
        }
        if (auto r = appendAudit(VaultAccess::db(**vault),
                                 user,
                                 QString::fromLatin1(audit::kRestore),
                                 std::nullopt,
                                 QStringLiteral("restored from backup"));
            !r) {
            removeStaging();
            return tl::unexpected(r.error());
        }
        auto &db = VaultAccess::db(**vault);
        (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        (*vault)->lock();
    }
    // The old vault's WAL must not be replayed into the restored file.
    QFile::remove(vaultPath + QStringLiteral("-wal"));
    QFile::remove(vaultPath + QStringLiteral("-shm"));
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    auto verified = readAll(staging);
    auto verifiedKeys = readAll(security::KeySlotFile::pathFor(staging));
    if (!verified || !verifiedKeys) {
        removeStaging();
        return fail(ErrorCode::Io, QStringLiteral("cannot read the verified copy"));
    }
    if (auto r
        = security::writeFileAtomically(security::KeySlotFile::pathFor(vaultPath), *verifiedKeys);
        !r) {
        removeStaging();
        return r;
    }
    auto r = security::writeFileAtomically(vaultPath, *verified);
    removeStaging();
    return r;
}

} // namespace precis::store
