// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Backup.h"

#include "core/security/AtomicFile.h"
#include "core/security/KeySlotFile.h"
#include "core/store/AuditLog.h"
#include "core/store/Sqlite.h"
#include "core/store/VaultCheck.h"
#include "core/store/VaultDatabase.h"
#include "core/store/VaultInternal.h"
#include "core/store/VaultState.h"
#include "core/store/WorkstationState.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

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
    if (auto r = detail::requireFreshAuthentication(vault, QStringLiteral("a backup")); !r)
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

namespace {

QString stagingPath(const QString &vaultPath)
{
    return vaultPath + QStringLiteral(".restore");
}

QString markerPath(const QString &vaultPath)
{
    return vaultPath + QStringLiteral(".restoring");
}

Result<QByteArray> fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::NotFound, QStringLiteral("file not found"), QStringLiteral("path"), path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return fail(
            ErrorCode::Io, QStringLiteral("cannot read file"), QStringLiteral("path"), path);
    return h.result().toHex();
}

Result<void> fsyncPath(const QString &path, bool directory)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd < 0)
        return fail(
            ErrorCode::Io, QStringLiteral("cannot open for fsync"), QStringLiteral("path"), path);
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return fail(ErrorCode::Io, QStringLiteral("cannot fsync"), QStringLiteral("path"), path);
    return {};
}

Result<void> fsyncDirOf(const QString &path)
{
    return fsyncPath(QFileInfo(path).absolutePath(), true);
}

// rename(2) replaces the target atomically (QFile::rename refuses an existing target); the
// directory fsync makes the new name durable before the next step.
Result<void> replaceFile(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(ErrorCode::Io, QStringLiteral("cannot rename"), QStringLiteral("path"), to);
    return fsyncDirOf(to);
}

void removeStagingFiles(const QString &vaultPath)
{
    const QString staging = stagingPath(vaultPath);
    for (const char *suffix : {"", ".keys", "-wal", "-shm", ".auth"})
        QFile::remove(staging + QLatin1String(suffix));
}

Result<void> removeOldWal(const QString &vaultPath)
{
    // The old vault's WAL must never be replayed into the restored file.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString f = vaultPath + QLatin1String(suffix);
        if (QFileInfo::exists(f) && !QFile::remove(f))
            return fail(ErrorCode::Io, QStringLiteral("cannot remove"), QStringLiteral("path"), f);
    }
    return fsyncDirOf(vaultPath);
}

constexpr QLatin1String kMarkerMagic("precis-restore 1");

// Roll-forward half of the restore protocol (see Backup.h). The marker names the digests of the
// verified pair, so a staged file is moved into place only if it is exactly what was verified,
// and a target already moved is recognised by its digest.
Result<void> rollForward(const QString &vaultPath)
{
    const QString marker = markerPath(vaultPath);
    QFile m(marker);
    if (!m.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot read the restore marker"),
                    QStringLiteral("path"),
                    marker);
    const QList<QByteArray> lines = m.readAll().split('\n');
    m.close();
    if (lines.size() < 3 || QLatin1String(lines[0]) != kMarkerMagic || lines[1].size() != 64
        || lines[2].size() != 64)
        return fail(ErrorCode::Damaged,
                    QStringLiteral("interrupted restore cannot be finished (marker damaged)"),
                    QStringLiteral("path"),
                    marker);
    const QByteArray wantVault = lines[1];
    const QByteArray wantKeys = lines[2];
    const QString staging = stagingPath(vaultPath);
    const struct
    {
        QString staged;
        QString target;
        QByteArray digest;
        bool isVault;
    } moves[] = {{security::KeySlotFile::pathFor(staging),
                  security::KeySlotFile::pathFor(vaultPath),
                  wantKeys,
                  false},
                 {staging, vaultPath, wantVault, true}};
    for (const auto &mv : moves) {
        const QString have = QFileInfo::exists(mv.staged) ? mv.staged : mv.target;
        auto digest = fileDigest(have);
        if (!digest || *digest != mv.digest)
            return fail(ErrorCode::Damaged,
                        QStringLiteral("interrupted restore cannot be finished (%1 does not match"
                                       " the verified backup); run restore again")
                            .arg(QFileInfo(have).fileName()),
                        QStringLiteral("path"),
                        have);
        if (have == mv.staged) {
            if (mv.isVault)
                if (auto r = removeOldWal(vaultPath); !r)
                    return r;
            if (auto r = replaceFile(mv.staged, mv.target); !r)
                return r;
        }
    }
    removeStagingFiles(vaultPath);
    if (!QFile::remove(marker))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot remove the restore marker"),
                    QStringLiteral("path"),
                    marker);
    return fsyncDirOf(vaultPath);
}

} // namespace

Result<void> finishInterruptedRestore(const QString &vaultPath)
{
    if (QFileInfo::exists(markerPath(vaultPath)))
        return rollForward(vaultPath);
    // No marker: a restore died before its commit point. The live pair was never touched; the
    // unverified staging copy is discarded.
    if (QFileInfo::exists(stagingPath(vaultPath))
        || QFileInfo::exists(security::KeySlotFile::pathFor(stagingPath(vaultPath))))
        removeStagingFiles(vaultPath);
    return {};
}

namespace detail {

Result<void> restoreVaultUntil(const QString &backupPath,
                               const QString &vaultPath,
                               const QString &user,
                               security::SecretBytes password,
                               RestoreStep stopAfter)
{
    // A previous restore may have died after its commit point: finish it before staging anew
    // (staging would otherwise delete the verified copy the marker refers to).
    if (auto r = finishInterruptedRestore(vaultPath); !r) {
        // The interrupted restore cannot be finished (its staged copy was damaged): this new
        // restore replaces both files anyway, so its leftovers are discarded instead.
        if (r.error().code != ErrorCode::Damaged)
            return r;
        removeStagingFiles(vaultPath);
        QFile::remove(markerPath(vaultPath));
    }
    // Verify on a private copy: opening a database can create WAL files next to it.
    const QString staging = stagingPath(vaultPath);
    auto pages = readAll(backupPath);
    if (!pages)
        return tl::unexpected(pages.error());
    auto keys = readAll(security::KeySlotFile::pathFor(backupPath));
    if (!keys)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("key-slot file missing"),
                    QStringLiteral("path"),
                    security::KeySlotFile::pathFor(backupPath));
    auto removeStaging = [&] { removeStagingFiles(vaultPath); };
    removeStaging();
    if (auto r = security::writeFileAtomically(staging, *pages); !r)
        return r;
    if (auto r = security::writeFileAtomically(security::KeySlotFile::pathFor(staging), *keys);
        !r) {
        removeStaging();
        return r;
    }
    if (stopAfter == RestoreStep::Staged)
        return {};
    {
        // The staged backup is older than the live vault by nature: it is not compared with this
        // workstation's mark; it gets a new epoch below before it goes live.
        detail::UnlockOptions unlockOptions;
        unlockOptions.checkWorkstation = false;
        auto vault = detail::unlock(staging, user, std::move(password), unlockOptions);
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
        // A restore starts a new epoch (issue #8 D1): higher than any this workstation has seen
        // of the vault, so the restored pair is accepted here and on every workstation, while a
        // copy of an older pair is still refused. The restore row records it in the chain.
        auto stored = detail::readStoredState(VaultAccess::db(**vault));
        if (!stored) {
            removeStaging();
            return tl::unexpected(stored.error());
        }
        detail::TransitionOptions epoch;
        epoch.updateWorkstation = false;
        epoch.newEpoch = true;
        if (*stored) {
            auto seen = WorkstationStates::lookup((*stored)->vaultId);
            if (seen && *seen)
                epoch.minimumEpoch = (*seen)->epoch + 1;
        }
        auto restored = detail::commitTransition(
            staging,
            VaultAccess::db(**vault),
            VaultAccess::dataKey(**vault),
            {},
            [&](Database &d) {
                return appendAudit(d,
                                   user,
                                   QString::fromLatin1(audit::kRestore),
                                   std::nullopt,
                                   QStringLiteral("restored from backup"))
                    .map([](qint64) {});
            },
            epoch);
        if (!restored) {
            removeStaging();
            return tl::unexpected(restored.error());
        }
        auto &db = VaultAccess::db(**vault);
        if (auto r = db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !r) {
            removeStaging();
            return r;
        }
        VaultAccess::closeWithoutWriting(**vault); // the restore row is the last one
    }
    // The staged pair is final: make both files durable before the commit point.
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    QFile::remove(staging + QStringLiteral(".auth"));
    auto stagedDigest = fileDigest(staging);
    auto stagedKeysDigest = fileDigest(security::KeySlotFile::pathFor(staging));
    if (!stagedDigest || !stagedKeysDigest || !fsyncPath(staging, false)
        || !fsyncPath(security::KeySlotFile::pathFor(staging), false) || !fsyncDirOf(staging)) {
        removeStaging();
        return fail(ErrorCode::Io, QStringLiteral("cannot make the verified copy durable"));
    }
    if (stopAfter == RestoreStep::Verified)
        return {};
    // Commit point: once the marker is durable, any later crash finishes the restore (roll
    // forward); before it, the live vault and key file were never touched.
    const QByteArray markerText = QByteArray(kMarkerMagic.data(), kMarkerMagic.size()) + '\n'
                                  + *stagedDigest + '\n' + *stagedKeysDigest + '\n';
    if (auto r = security::writeFileAtomically(markerPath(vaultPath), markerText); !r) {
        removeStaging();
        return r;
    }
    if (stopAfter == RestoreStep::MarkerWritten)
        return {};
    if (auto r = replaceFile(security::KeySlotFile::pathFor(staging),
                             security::KeySlotFile::pathFor(vaultPath));
        !r)
        return r;
    if (stopAfter == RestoreStep::KeysReplaced)
        return {};
    if (auto r = removeOldWal(vaultPath); !r)
        return r;
    if (auto r = replaceFile(staging, vaultPath); !r)
        return r;
    if (stopAfter == RestoreStep::VaultReplaced)
        return {};
    return rollForward(vaultPath);
}

} // namespace detail

Result<void> restoreVault(const QString &backupPath,
                          const QString &vaultPath,
                          const QString &user,
                          security::SecretBytes password)
{
    return detail::restoreVaultUntil(
        backupPath, vaultPath, user, std::move(password), detail::RestoreStep::Done);
}

} // namespace precis::store
