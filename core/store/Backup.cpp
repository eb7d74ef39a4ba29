// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Backup.h"

#include "core/security/AtomicFile.h"
#include "core/security/KeySlotFile.h"
#include "core/security/UnlockThrottle.h"
#include "core/store/AuditLog.h"
#include "core/store/Sqlite.h"
#include "core/store/VaultCheck.h"
#include "core/store/VaultDatabase.h"
#include "core/store/VaultInternal.h"
#include "core/store/VaultState.h"
#include "core/store/WorkstationState.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
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

/// `path` with its folder resolved (symbolic links, "." and "..") and the file name kept, so
/// that two spellings of one file compare equal even when the file does not exist yet.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (dir.isEmpty() ? info.absolutePath() : dir) + QLatin1Char('/') + info.fileName();
}

bool sameFile(const QString &a, const QString &b)
{
    if (resolved(a) == resolved(b))
        return true;
    // Hard links and other spellings of an existing file: same device and inode.
    struct stat sa
    {};
    struct stat sb
    {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0
           && ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev
           && sa.st_ino == sb.st_ino;
}

/// Whether writing `path` would replace one of the files that make up the vault at `vaultPath`:
/// the vault, its key file, WAL, shared memory, journal, throttle file, restore and creation
/// staging files and markers, and the pairs kept by earlier restores.
bool isVaultFile(const QString &path, const QString &vaultPath)
{
    for (const char *suffix : {"",
                               ".keys",
                               "-wal",
                               "-shm",
                               "-journal",
                               ".auth",
                               ".restore",
                               ".restore.keys",
                               ".restore-wal",
                               ".restore-shm",
                               ".restoring",
                               ".creating",
                               ".creating.keys",
                               ".creating-wal",
                               ".creating-shm"})
        if (sameFile(path, vaultPath + QLatin1String(suffix)))
            return true;
    const QString vaultName = QFileInfo(vaultPath).fileName() + QStringLiteral(".replaced-");
    return resolved(QFileInfo(path).absolutePath() + QStringLiteral("/x"))
               == resolved(QFileInfo(vaultPath).absolutePath() + QStringLiteral("/x"))
           && QFileInfo(path).fileName().startsWith(vaultName);
}

} // namespace

Result<void> backupVault(Vault &vault, const QString &outPath)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("backup")); !r)
        return r;
    if (auto r = detail::requireFreshAuthentication(vault, QStringLiteral("a backup")); !r)
        return r;
    // Issue #8 D6: neither OUT nor OUT.keys may be one of the vault's own files (`backup VAULT
    // VAULT.keys` used to overwrite the key file, after which no unlock worked).
    for (const QString &target : {outPath, security::KeySlotFile::pathFor(outPath)})
        if (isVaultFile(target, vault.path()))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("backup would write one of the vault's own files"),
                        QStringLiteral("path"),
                        target);
    if (QFileInfo(outPath).isDir())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("backup path is a folder"),
                    QStringLiteral("path"),
                    outPath);
    // Issue #8 D12: both targets checked before either is written, so a link planted at
    // OUT.keys cannot leave half a backup behind (writeFileAtomically refuses links as well).
    for (const QString &target : {outPath, security::KeySlotFile::pathFor(outPath)})
        if (security::isSymbolicLink(target))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("refusing to write through a symbolic link"),
                        QStringLiteral("path"),
                        target);
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

/// Moves the live vault's WAL aside with the kept copy (it may hold committed transactions of
/// the replaced vault, which must never be replayed into the restored file) and drops the -shm.
Result<void> keepOldWal(const QString &vaultPath, const QString &keptPath)
{
    const QString wal = vaultPath + QStringLiteral("-wal");
    if (QFileInfo::exists(wal)) {
        if (auto r = replaceFile(wal, keptPath + QStringLiteral("-wal")); !r)
            return r;
    }
    const QString shm = vaultPath + QStringLiteral("-shm");
    if (QFileInfo::exists(shm) && !QFile::remove(shm))
        return fail(ErrorCode::Io, QStringLiteral("cannot remove"), QStringLiteral("path"), shm);
    return fsyncDirOf(vaultPath);
}

// Marker version 2 adds the name the replaced pair is kept under (issue #8 D3); a version 1
// marker (written by an older Precis) replaced without keeping.
constexpr QLatin1String kMarkerMagic("precis-restore 2");
constexpr QLatin1String kMarkerMagicV1("precis-restore 1");

// Roll-forward half of the restore protocol (see Backup.h). The marker names the digests of the
// verified pair, so a staged file is moved into place only if it is exactly what was verified,
// and a target already moved is recognised by its digest. The file it replaces is renamed to the
// kept name first, never deleted.
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
    const bool v2 = !lines.isEmpty() && QLatin1String(lines[0]) == kMarkerMagic;
    const bool v1 = !lines.isEmpty() && QLatin1String(lines[0]) == kMarkerMagicV1;
    if (lines.size() < (v2 ? 4 : 3) || (!v1 && !v2) || lines[1].size() != 64
        || lines[2].size() != 64 || (v2 && lines[3].isEmpty()))
        return fail(ErrorReason::InterruptedRestore,
                    ErrorCode::Damaged,
                    QStringLiteral("interrupted restore cannot be finished (marker damaged)"),
                    QStringLiteral("path"),
                    marker);
    const QByteArray &wantVault = lines[1];
    const QByteArray &wantKeys = lines[2];
    // The kept name is a bare file name next to the vault (never a path elsewhere).
    const QString keptName = v2 ? QString::fromUtf8(lines[3]) : QString();
    if (keptName.contains(QLatin1Char('/')))
        return fail(ErrorReason::InterruptedRestore,
                    ErrorCode::Damaged,
                    QStringLiteral("interrupted restore cannot be finished (marker damaged)"),
                    QStringLiteral("path"),
                    marker);
    const QString kept
        = keptName.isEmpty() ? QString() : QFileInfo(vaultPath).absoluteDir().filePath(keptName);
    const QString staging = stagingPath(vaultPath);
    const struct
    {
        QString staged;
        QString target;
        QString keptAs;
        QByteArray digest;
        bool isVault;
    } moves[] = {{security::KeySlotFile::pathFor(staging),
                  security::KeySlotFile::pathFor(vaultPath),
                  kept.isEmpty() ? QString() : security::KeySlotFile::pathFor(kept),
                  wantKeys,
                  false},
                 {staging, vaultPath, kept, wantVault, true}};
    for (const auto &mv : moves) {
        const QString have = QFileInfo::exists(mv.staged) ? mv.staged : mv.target;
        auto digest = fileDigest(have);
        if (!digest || *digest != mv.digest)
            return fail(ErrorReason::InterruptedRestore,
                        ErrorCode::Damaged,
                        QStringLiteral("interrupted restore cannot be finished (%1 does not match"
                                       " the verified backup); run restore again")
                            .arg(QFileInfo(have).fileName()),
                        QStringLiteral("path"),
                        have);
        if (have == mv.staged) {
            if (mv.isVault && !mv.keptAs.isEmpty())
                if (auto r = keepOldWal(vaultPath, mv.keptAs); !r)
                    return r;
            if (mv.isVault && mv.keptAs.isEmpty())
                for (const char *suffix : {"-wal", "-shm"})
                    QFile::remove(vaultPath + QLatin1String(suffix));
            if (!mv.keptAs.isEmpty() && QFileInfo::exists(mv.target)
                && !QFileInfo::exists(mv.keptAs))
                if (auto r = replaceFile(mv.target, mv.keptAs); !r)
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

/// "VAULT.replaced-<UTC date and time>" (with "-2", "-3" ... if taken), in the vault's folder.
QString keptNameFor(const QString &vaultPath)
{
    const QFileInfo info(vaultPath);
    const QString base
        = info.fileName() + QStringLiteral(".replaced-")
          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString name = base;
    for (int i = 2;
         QFileInfo::exists(info.absoluteDir().filePath(name))
         || QFileInfo::exists(info.absoluteDir().filePath(name + QStringLiteral(".keys")));
         ++i)
        name = base + QStringLiteral("-%1").arg(i);
    return name;
}

/// What the live vault said about the restoring user.
struct LiveVault
{
    bool opens = false;
    quint32 epoch = 0;
};

/// Issue #8 D3: when the live vault opens, only its administrator may replace it. Checked
/// without writing to the vault (the key file unlocks the user's slot, the file opens with that
/// key, the user holds the administrator role there); a wrong password counts in the live
/// vault's throttle like any failed unlock. Authentication/Permission errors refuse the restore;
/// any other failure means the live vault does not open (missing, damaged key file or pages,
/// another version ...), and the restore goes ahead on the backup's administrator alone: the
/// replaced files are kept either way.
Result<LiveVault> checkLiveAdministrator(const QString &vaultPath,
                                         const QString &user,
                                         const security::SecretBytes &password)
{
    if (!QFileInfo::exists(vaultPath))
        return LiveVault{};
    const QString authPath = security::UnlockThrottle::pathFor(vaultPath);
    auto attempt = security::UnlockThrottle::beginAttempt(
        authPath, user, QDateTime::currentDateTimeUtc(), QStringLiteral("restore"));
    if (!attempt)
        return tl::unexpected(attempt.error());
    auto slots = security::KeySlotFile::load(security::KeySlotFile::pathFor(vaultPath));
    if (!slots) {
        (void)security::UnlockThrottle::attemptAbandoned(authPath, user, *attempt);
        return LiveVault{};
    }
    auto keys = slots->unlockUser(user, password);
    if (!keys) {
        if (keys.error().code == ErrorCode::Authentication)
            return tl::unexpected(keys.error());
        (void)security::UnlockThrottle::attemptAbandoned(authPath, user, *attempt);
        return LiveVault{};
    }
    if (auto r = security::UnlockThrottle::attemptSucceeded(authPath, user, *attempt); !r)
        return tl::unexpected(r.error());
    auto db = openVaultDatabase(vaultPath, keys->current);
    if (!db && keys->pending)
        db = openVaultDatabase(vaultPath, *keys->pending);
    if (!db)
        return LiveVault{};
    auto roles = detail::readRoles(*db, user);
    if (!roles)
        return LiveVault{};
    if (!*roles || !(*roles)->contains(Role::Administrator))
        return fail(ErrorCode::Permission,
                    QStringLiteral("restoring over a vault requires its administrator role"),
                    QStringLiteral("user"),
                    user);
    // An administrator who must still choose their own password may do nothing else. (A vault
    // below schema 4 has no such table, and so no such administrator.)
    if (auto mustChange = detail::passwordChangeRequired(*db, user); mustChange && *mustChange)
        return tl::unexpected(Error{ErrorCode::Permission,
                                    QStringLiteral("user"),
                                    user,
                                    QStringLiteral("choose a new password first: an"
                                                   " administrator set the current one")}
                                  .withReason(ErrorReason::PasswordChangeRequired));
    auto stored = detail::readStoredState(*db);
    return LiveVault{true, stored && *stored ? (*stored)->epoch : 0u};
}

/// Records in the live vault, just before it is replaced, that it was and under which name it is
/// kept; the WAL is checkpointed so that the kept file is whole on its own.
Result<void> recordReplacement(const QString &vaultPath,
                               const QString &user,
                               const security::SecretBytes &password,
                               const QString &keptName)
{
    detail::UnlockOptions options;
    options.finishRestore = false; // this restore's staged files are next to the vault
    auto live
        = detail::unlock(vaultPath, user, security::SecretBytes::copyOf(password.view()), options);
    if (!live) {
        // The pair opened far enough for the role check but fails the full unlock (its key
        // file and vault disagree, say after an interrupted restore): it does not open, and is
        // kept as it is.
        const ErrorCode code = live.error().code;
        if (code == ErrorCode::Authentication || code == ErrorCode::Permission)
            return tl::unexpected(live.error());
        return {};
    }
    Database &db = VaultAccess::db(**live);
    if (auto r = appendAudit(db,
                             user,
                             QString::fromLatin1(audit::kRestore),
                             std::nullopt,
                             QStringLiteral("replaced by a restore; kept as %1").arg(keptName));
        !r)
        return tl::unexpected(r.error());
    (*live)->lock();
    // The last connection closed: SQLite checkpointed the WAL into the file.
    return {};
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

Result<QString> restoreVaultUntil(const QString &backupPath,
                                  const QString &vaultPath,
                                  const RestoreCredentials &credentials,
                                  RestoreStep stopAfter)
{
    // A previous restore may have died after its commit point: finish it before staging anew
    // (staging would otherwise delete the verified copy the marker refers to).
    if (auto r = finishInterruptedRestore(vaultPath); !r) {
        // The interrupted restore cannot be finished (its staged copy was damaged): this new
        // restore replaces both files anyway, so its leftovers are discarded instead.
        if (r.error().code != ErrorCode::Damaged)
            return tl::unexpected(r.error());
        removeStagingFiles(vaultPath);
        QFile::remove(markerPath(vaultPath));
    }
    const QString keptName = keptNameFor(vaultPath);
    auto live = checkLiveAdministrator(vaultPath, credentials.user, credentials.password);
    if (!live)
        return tl::unexpected(live.error());
    // Verify on a private copy: opening a database can create WAL files next to it.
    const QString staging = stagingPath(vaultPath);
    auto pages = readAll(backupPath);
    if (!pages)
        return tl::unexpected(pages.error());
    auto keys = readAll(security::KeySlotFile::pathFor(backupPath));
    if (!keys)
        return fail(ErrorReason::KeyFileMissing,
                    ErrorCode::NotFound,
                    QStringLiteral("key-slot file missing"),
                    QStringLiteral("path"),
                    security::KeySlotFile::pathFor(backupPath));
    auto removeStaging = [&] { removeStagingFiles(vaultPath); };
    removeStaging();
    if (auto r = security::writeFileAtomically(staging, *pages); !r)
        return tl::unexpected(r.error());
    if (auto r = security::writeFileAtomically(security::KeySlotFile::pathFor(staging), *keys);
        !r) {
        removeStaging();
        return tl::unexpected(r.error());
    }
    if (stopAfter == RestoreStep::Staged)
        return QString();
    {
        // The staged backup is older than the live vault by nature: it is not compared with this
        // workstation's mark; it gets a new epoch below before it goes live.
        detail::UnlockOptions unlockOptions;
        unlockOptions.checkWorkstation = false;
        // Guessing the backup's passwords is throttled and audited like guessing the live
        // vault's (issue #8 D14): the live vault's throttle, its chain at its next unlock.
        unlockOptions.throttlePath = security::UnlockThrottle::pathFor(vaultPath);
        unlockOptions.throttleContext = QStringLiteral("restore");
        unlockOptions.consumeEvents = false;
        auto vault
            = detail::unlock(staging,
                             credentials.backupUser,
                             security::SecretBytes::copyOf(credentials.backupPassword.view()),
                             unlockOptions);
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
                        credentials.backupUser);
        }
        auto report = checkVault(**vault);
        if (!report) {
            removeStaging();
            return tl::unexpected(report.error());
        }
        if (!report->ok()) {
            removeStaging();
            if (!report->pages.damagedPages.empty())
                return fail(ErrorReason::VaultDamaged,
                            ErrorCode::Damaged,
                            QStringLiteral("backup damaged at page %1")
                                .arg(report->pages.damagedPages.front()),
                            QStringLiteral("backup"),
                            backupPath);
            return fail(ErrorReason::VaultDamaged,
                        ErrorCode::Damaged,
                        QStringLiteral("backup fails the integrity check"),
                        QStringLiteral("backup"),
                        report->integrityProblems.value(0));
        }
        // A restore starts a new epoch (issue #8 D1): higher than the live vault's and than any
        // this workstation has seen of the vault, so the restored pair is accepted here and on
        // every workstation, while a copy of an older pair is still refused. The restore row
        // records it in the chain.
        auto stored = detail::readStoredState(VaultAccess::db(**vault));
        if (!stored) {
            removeStaging();
            return tl::unexpected(stored.error());
        }
        detail::TransitionOptions epoch;
        epoch.updateWorkstation = false;
        epoch.newEpoch = true;
        epoch.minimumEpoch = live->epoch + 1;
        if (*stored) {
            auto seen = WorkstationStates::lookup((*stored)->vaultId);
            if (seen && *seen)
                epoch.minimumEpoch = std::max(epoch.minimumEpoch, (*seen)->epoch + 1);
        }
        auto restored = detail::commitTransition(
            staging,
            VaultAccess::db(**vault),
            VaultAccess::dataKey(**vault),
            {},
            [&](Database &d) {
                return appendAudit(d,
                                   credentials.backupUser,
                                   QString::fromLatin1(audit::kRestore),
                                   std::nullopt,
                                   QStringLiteral("restored from backup; the replaced vault is "
                                                  "kept as %1")
                                       .arg(keptName))
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
            return tl::unexpected(r.error());
        }
        VaultAccess::closeWithoutWriting(**vault); // the restore row is the last one
    }
    // Only now, with the backup verified, is the live vault written to.
    if (live->opens) {
        if (auto r = recordReplacement(vaultPath, credentials.user, credentials.password, keptName);
            !r) {
            removeStaging();
            return tl::unexpected(r.error());
        }
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
        return QString();
    // Commit point: once the marker is durable, any later crash finishes the restore (roll
    // forward); before it, the live vault and key file were never touched.
    const QByteArray markerText = QByteArray(kMarkerMagic.data(), kMarkerMagic.size()) + '\n'
                                  + *stagedDigest + '\n' + *stagedKeysDigest + '\n'
                                  + keptName.toUtf8() + '\n';
    if (auto r = security::writeFileAtomically(markerPath(vaultPath), markerText); !r) {
        removeStaging();
        return tl::unexpected(r.error());
    }
    if (stopAfter == RestoreStep::MarkerWritten)
        return QString();
    const QString kept = QFileInfo(vaultPath).absoluteDir().filePath(keptName);
    const QString liveKeys = security::KeySlotFile::pathFor(vaultPath);
    const bool hadVault = QFileInfo::exists(vaultPath);
    const auto done = [&]() -> Result<QString> { return hadVault ? keptName : QString(); };
    if (QFileInfo::exists(liveKeys))
        if (auto r = replaceFile(liveKeys, security::KeySlotFile::pathFor(kept)); !r)
            return tl::unexpected(r.error());
    if (auto r = replaceFile(security::KeySlotFile::pathFor(staging), liveKeys); !r)
        return tl::unexpected(r.error());
    if (stopAfter == RestoreStep::KeysReplaced)
        return done();
    if (auto r = keepOldWal(vaultPath, kept); !r)
        return tl::unexpected(r.error());
    if (hadVault)
        if (auto r = replaceFile(vaultPath, kept); !r)
            return tl::unexpected(r.error());
    if (auto r = replaceFile(staging, vaultPath); !r)
        return tl::unexpected(r.error());
    if (stopAfter == RestoreStep::VaultReplaced)
        return done();
    if (auto r = rollForward(vaultPath); !r)
        return tl::unexpected(r.error());
    return done();
}

Result<QString> restoreVaultUntil(const QString &backupPath,
                                  const QString &vaultPath,
                                  const QString &user,
                                  security::SecretBytes password,
                                  RestoreStep stopAfter)
{
    RestoreCredentials c{
        user, security::SecretBytes::copyOf(password.view()), user, std::move(password)};
    return restoreVaultUntil(backupPath, vaultPath, c, stopAfter);
}

} // namespace detail

Result<QString> restoreVault(const QString &backupPath,
                             const QString &vaultPath,
                             const QString &user,
                             security::SecretBytes password)
{
    return detail::restoreVaultUntil(
        backupPath, vaultPath, user, std::move(password), detail::RestoreStep::Done);
}

Result<QString> restoreVault(const QString &backupPath,
                             const QString &vaultPath,
                             const RestoreCredentials &credentials)
{
    return detail::restoreVaultUntil(backupPath, vaultPath, credentials, detail::RestoreStep::Done);
}

} // namespace precis::store
