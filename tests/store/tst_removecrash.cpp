// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #8 D2: `user remove` killed at each file-system call. strace injects SIGKILL at the
// N-th call of one system call (for every N until the command completes, for each call that
// touches files), into the CLI built with the test KDF. After every kill:
//  - at no instant is the removed user's row gone while their slot still opens the vault's key
//    (the defect: a kill at the key file's rename left exactly that, with no pending rotation);
//  - a slot that is gone is either replaced by a pending rotation or the key was rotated;
//  - after the next unlock every remaining user and the recovery key get in, and either the
//    removal never happened (row and slot present, the user signs in) or it is complete (no row,
//    no slot, the data key rotated so the pre-removal key no longer opens the vault).
#include "core/security/KeySlotFile.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultDatabase.h"
#include "core/store/VaultInternal.h"
#include "core/store/WorkstationState.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace precis;
using namespace precis::store;

namespace {

const QString kAdminPw = QStringLiteral("remove crash admin password");
const QString kNursePw = QStringLiteral("remove crash nurse password");
const QString kSparePw = QStringLiteral("remove crash spare password");

security::SecretBytes pw(const QString &s)
{
    return security::SecretBytes::fromUtf8(s);
}

// The system calls that create, write, sync, rename or remove files.
const char *const kCalls[] = {"openat",
                              "write",
                              "pwrite64",
                              "fsync",
                              "fdatasync",
                              "ftruncate",
                              "rename",
                              "renameat",
                              "renameat2",
                              "unlink",
                              "unlinkat"};

bool copyPair(const QString &from, const QString &to)
{
    for (const char *suffix : {"", ".keys", "-wal", "-shm", ".auth"})
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to)
           && QFile::copy(from + QStringLiteral(".keys"), to + QStringLiteral(".keys"));
}

// Whether the users table of the file at `path`, opened with `key`, lists `name`; nullopt if
// the key does not open it. Reads only.
std::optional<bool>
rowPresent(const QString &path, const security::SecretBytes &key, const QString &name)
{
    auto db = openVaultDatabase(path, key);
    if (!db)
        return std::nullopt;
    auto st = db->prepare("SELECT count(*) FROM users WHERE name = ?");
    if (!st)
        return std::nullopt;
    st->bind(1, name);
    auto row = st->step();
    if (!row || !*row)
        return std::nullopt;
    return st->int64(0) == 1;
}

} // namespace

class TestRemoveCrash : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_template;
    QString m_recovery;
    security::SecretBytes m_originalKey;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty())
            QSKIP("strace is not installed (.ci/setup installs it)");
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.precis"));
        auto rec = createVault(m_template, QStringLiteral("admin"), pw(kAdminPw));
        QVERIFY(rec);
        m_recovery = *rec;
        auto v = Vault::unlock(m_template, QStringLiteral("admin"), pw(kAdminPw));
        QVERIFY(v);
        QVERIFY(addUser(**v, QStringLiteral("nurse"), {Role::Nurse}, pw(kNursePw)));
        QVERIFY(addUser(**v, QStringLiteral("spare"), {Role::Nurse}, pw(kSparePw)));
        m_originalKey = security::SecretBytes::copyOf(detail::VaultAccess::dataKey(**v).view());
    }

    void killAtEveryFileSystemCall_data()
    {
        QTest::addColumn<QString>("call");
        for (const char *call : kCalls)
            QTest::newRow(call) << QString::fromLatin1(call);
    }
    // One row per system call: the N-th call is killed, for N = 1, 2, ... until the command
    // completes without reaching the N-th call.
    void killAtEveryFileSystemCall()
    {
        QFETCH(QString, call);
        const QString vault = m_dir.filePath(QStringLiteral("run.precis"));
        const QString cli = QStringLiteral(PRECIS_BINARY_DIR "/tests/support/precis-cli-testkdf");
        int kills = 0;
        int removed = 0;
        QElapsedTimer timer;
        timer.start();
        {
            for (int n = 1;; ++n) {
                QVERIFY(copyPair(m_template, vault));
                // Every run starts from the same copy: forget what this workstation saw of the
                // previous run, or the copy would be refused as a rollback (issue #8 D1).
                QFile::remove(WorkstationStates::defaultPath());
                QProcess p;
                p.start(QStringLiteral("strace"),
                        {QStringLiteral("-f"),
                         QStringLiteral("-qq"),
                         QStringLiteral("-o"),
                         QStringLiteral("/dev/null"),
                         QStringLiteral("-e"),
                         QStringLiteral("signal=none"),
                         QStringLiteral("-e"),
                         QStringLiteral("trace=%1").arg(call),
                         QStringLiteral("-e"),
                         QStringLiteral("inject=%1:signal=SIGKILL:when=%2").arg(call).arg(n),
                         cli,
                         QStringLiteral("user"),
                         QStringLiteral("remove"),
                         vault,
                         QStringLiteral("--as"),
                         QStringLiteral("admin"),
                         QStringLiteral("--user"),
                         QStringLiteral("spare"),
                         QStringLiteral("--password-stdin")});
                QVERIFY(p.waitForStarted());
                p.write(kAdminPw.toUtf8() + '\n');
                p.closeWriteChannel();
                QVERIFY(p.waitForFinished(60000));
                // When the tracee dies of the injected SIGKILL, strace kills itself with the same
                // signal (or, in some versions, exits with 128 + 9).
                const bool killed
                    = p.exitStatus() == QProcess::CrashExit || p.exitCode() == 128 + SIGKILL;
                const QString where = QStringLiteral("%1 #%2").arg(call).arg(n);
                if (killed)
                    ++kills;
                else
                    QVERIFY2(p.exitCode() == 0,
                             qPrintable(where + QLatin1Char(' ')
                                        + QString::fromUtf8(p.readAllStandardError())));

                // The raw files, before any unlock repairs them.
                auto slots = security::KeySlotFile::load(security::KeySlotFile::pathFor(vault));
                QVERIFY2(slots, qPrintable(where));
                auto keys = slots->unlockUser(QStringLiteral("admin"), pw(kAdminPw));
                QVERIFY2(keys, qPrintable(where));
                std::optional<bool> row = rowPresent(vault, m_originalKey, QStringLiteral("spare"));
                const bool rekeyed = !row.has_value();
                if (rekeyed && keys->pending)
                    row = rowPresent(vault, *keys->pending, QStringLiteral("spare"));
                if (rekeyed && !row)
                    row = rowPresent(vault, keys->current, QStringLiteral("spare"));
                QVERIFY2(row.has_value(), qPrintable(where + QStringLiteral(": no key opens it")));
                const bool slot = slots->hasUser(QStringLiteral("spare"));
                QVERIFY2(!(slot && !*row),
                         qPrintable(where
                                    + QStringLiteral(": the removed user's slot outlived "
                                                     "their row")));
                if (!slot)
                    QVERIFY2(slots->rotationPending() || rekeyed,
                             qPrintable(where + QStringLiteral(": slot gone, key not rotated")));

                // The next unlock finishes whatever was interrupted.
                for (const auto &[user, password] :
                     {std::pair{QStringLiteral("admin"), kAdminPw},
                      std::pair{QStringLiteral("nurse"), kNursePw}}) {
                    auto v = Vault::unlock(vault, user, pw(password));
                    QVERIFY2(v,
                             qPrintable(where + QLatin1Char(' ') + user + QStringLiteral(": ")
                                        + (v ? QString() : v.error().message())));
                }
                auto rk = security::parseRecoveryKey(m_recovery);
                QVERIFY(rk);
                QVERIFY2(Vault::unlockWithRecoveryKey(vault, std::move(*rk)), qPrintable(where));
                auto admin = Vault::unlock(vault, QStringLiteral("admin"), pw(kAdminPw));
                QVERIFY(admin);
                const bool rowAfter
                    = *detail::readRoles(detail::VaultAccess::db(**admin), QStringLiteral("spare"))
                      != std::nullopt;
                const bool rotated
                    = !detail::VaultAccess::dataKey(**admin).constantTimeEquals(m_originalKey);
                (*admin)->lock();
                auto after = security::KeySlotFile::load(security::KeySlotFile::pathFor(vault));
                QVERIFY(after && !after->rotationPending());
                const bool slotAfter = after->hasUser(QStringLiteral("spare"));
                auto spare = Vault::unlock(vault, QStringLiteral("spare"), pw(kSparePw));
                if (rowAfter) {
                    QVERIFY2(slotAfter && spare, qPrintable(where + QStringLiteral(": old state")));
                } else {
                    QVERIFY2(!slotAfter && rotated && !spare,
                             qPrintable(where + QStringLiteral(": removal incomplete")));
                    ++removed;
                }
                if (!killed)
                    break;
            }
        }
        // The steps that matter (key file renames and syncs, page writes of the rekey) were hit.
        if (call == QLatin1String("rename") || call == QLatin1String("fsync")
            || call == QLatin1String("pwrite64"))
            QVERIFY(kills > 0);
        qInfo("%s: %d kills in %lld ms; %d ended removed, %d in the old state",
              qPrintable(call),
              kills,
              timer.elapsed(),
              removed,
              kills + 1 - removed);
    }
};

QTEST_GUILESS_MAIN(TestRemoveCrash)
#include "tst_removecrash.moc"
