// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a writer killed with SIGKILL at >= 200 random instants during inserts and >= 200
// during key rotation. After each kill: the vault opens and passes integrity_check, no
// acknowledged commit is lost, no transaction is partial; after a kill during rotation every
// remaining user and the recovery key unlock. Restore killed at random instants: the old or the
// new pair, never a mismatch.
#include "core/security/KeySlotFile.h"
#include "core/store/AuditLog.h"
#include "core/store/Backup.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultInternal.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace precis;
using namespace precis::store;

namespace {

const QString kAdmin = QStringLiteral("crash test admin password");
const QString kNurse = QStringLiteral("crash test nurse password");
const QString kDoc = QStringLiteral("crash test doctor password");

int killRuns()
{
    const int n = qEnvironmentVariableIntValue("PRECIS_CRASH_RUNS");
    return n > 0 ? n : 200;
}

} // namespace

class TestVaultCrash : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_recovery;

    QString makeVault(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto rec
            = createVault(path, QStringLiteral("admin"), security::SecretBytes::fromUtf8(kAdmin));
        if (!rec)
            return {};
        m_recovery = *rec;
        auto v
            = Vault::unlock(path, QStringLiteral("admin"), security::SecretBytes::fromUtf8(kAdmin));
        if (!v
            || !addUser(**v,
                        QStringLiteral("nurse"),
                        {Role::Nurse},
                        security::SecretBytes::fromUtf8(kNurse))
            || !addUser(**v,
                        QStringLiteral("doc"),
                        {Role::Physician},
                        security::SecretBytes::fromUtf8(kDoc)))
            return {};
        return path;
    }

    // Starts the writer, waits until it is ready, lets it run for a random time, kills it.
    // Returns the last acknowledged counter.
    int
    runAndKill(const QString &mode, const QString &vault, int maxMs, const QStringList &extra = {})
    {
        QProcess p;
        p.start(QStringLiteral(PRECIS_BINARY_DIR "/tests/store/crash_writer"),
                QStringList{mode, vault} + extra);
        if (!p.waitForStarted())
            return -1;
        QByteArray out;
        while (!out.contains("ready\n")) {
            if (!p.waitForReadyRead(20000))
                return -2;
            out += p.readAllStandardOutput();
        }
        QThread::msleep(QRandomGenerator::global()->bounded(1, maxMs));
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished();
        out += p.readAllStandardOutput();
        int last = 0;
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> w = line.split(' ');
            if (w.size() == 2 && (w[0] == "committed" || w[0] == "rotated" || w[0] == "restored"))
                last = w[1].toInt();
        }
        return last;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killDuringInserts()
    {
        const QString vault = makeVault(QStringLiteral("insert.precis"));
        QVERIFY(!vault.isEmpty());
        qint64 acknowledgedPatients = 0;
        QElapsedTimer timer;
        timer.start();
        for (int run = 0; run < killRuns(); ++run) {
            qint64 before = 0;
            {
                auto v = Vault::unlock(
                    vault, QStringLiteral("nurse"), security::SecretBytes::fromUtf8(kNurse));
                QVERIFY2(v, qPrintable(v ? QString() : v.error().message()));
                before = *detail::VaultAccess::db(**v).queryInt("SELECT count(*) FROM patients");
                detail::VaultAccess::db(**v).close();
            }
            const int batches = runAndKill(QStringLiteral("insert"), vault, 120);
            QVERIFY2(batches >= 0, "writer did not start");
            // Batch i adds 1 + i % 4 patients.
            qint64 acked = 0;
            for (int i = 1; i <= batches; ++i)
                acked += 1 + i % 4;
            acknowledgedPatients = before + acked;
            auto v = Vault::unlock(
                vault, QStringLiteral("nurse"), security::SecretBytes::fromUtf8(kNurse));
            QVERIFY2(v, qPrintable(v ? QString() : v.error().message()));
            Database &db = detail::VaultAccess::db(**v);
            QCOMPARE(*db.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
            const qint64 now = *db.queryInt("SELECT count(*) FROM patients");
            QVERIFY2(
                now >= acknowledgedPatients,
                qPrintable(
                    QStringLiteral("lost commits: %1 < %2").arg(now).arg(acknowledgedPatients)));
            QVERIFY2(now <= acknowledgedPatients + 4, "more patients than batches written");
            QCOMPARE(*db.queryInt("SELECT count(*) FROM patients p WHERE (SELECT count(*) FROM"
                                  " observations o WHERE o.patient_id = p.id) != 3"),
                     qint64(0));
            auto audit = verifyAudit(db);
            QVERIFY(audit && audit->intact);
        }
        qInfo("%d kills during inserts in %lld ms", killRuns(), timer.elapsed());
    }

    void killDuringRotation()
    {
        const QString vault = makeVault(QStringLiteral("rotate.precis"));
        QVERIFY(!vault.isEmpty());
        QElapsedTimer timer;
        timer.start();
        for (int run = 0; run < killRuns(); ++run) {
            QVERIFY(runAndKill(QStringLiteral("rotate"), vault, 150) >= 0);
            // The first unlock finishes an interrupted rotation; then everyone must get in.
            for (const auto &[user, password] : {std::pair{QStringLiteral("doc"), kDoc},
                                                 std::pair{QStringLiteral("nurse"), kNurse},
                                                 std::pair{QStringLiteral("admin"), kAdmin}}) {
                auto v = Vault::unlock(vault, user, security::SecretBytes::fromUtf8(password));
                QVERIFY2(v,
                         qPrintable(QStringLiteral("run %1 %2: %3")
                                        .arg(run)
                                        .arg(user, v ? QString() : v.error().message())));
                if (user == QLatin1String("doc"))
                    QCOMPARE(*detail::VaultAccess::db(**v).queryText("PRAGMA integrity_check"),
                             QStringLiteral("ok"));
            }
            auto key = security::parseRecoveryKey(m_recovery);
            QVERIFY(key);
            QVERIFY(Vault::unlockWithRecoveryKey(vault, std::move(*key)));
            auto slots = security::KeySlotFile::load(security::KeySlotFile::pathFor(vault));
            QVERIFY(slots && !slots->rotationPending());
        }
        qInfo("%d kills during rotation in %lld ms", killRuns(), timer.elapsed());
    }

    // Restore replaces two files; a kill at any instant must leave either the old pair or the
    // new one (never a key file that does not match the vault) and no leftovers after an unlock.
    void killDuringRestore()
    {
        const QString vault = makeVault(QStringLiteral("restore.precis"));
        QVERIFY(!vault.isEmpty());
        const QString kNurseB = QStringLiteral("crash test nurse password, second");
        const QString a = vault + QStringLiteral(".a");
        const QString b = vault + QStringLiteral(".b");
        {
            auto v = Vault::unlock(
                vault, QStringLiteral("admin"), security::SecretBytes::fromUtf8(kAdmin));
            QVERIFY(v);
            QVERIFY(backupVault(**v, a));
            // B differs in both files: one more row and another nurse password.
            QVERIFY(detail::VaultAccess::db(**v).exec(
                "INSERT INTO settings(key, value) VALUES ('crash-marker', 'b')"));
            QVERIFY(changePassword(
                **v, QStringLiteral("nurse"), security::SecretBytes::fromUtf8(kNurseB)));
            QVERIFY(backupVault(**v, b));
        }
        const int runs = std::min(killRuns(), 100);
        QElapsedTimer timer;
        timer.start();
        int sawA = 0;
        int sawB = 0;
        for (int run = 0; run < runs; ++run) {
            QVERIFY(runAndKill(QStringLiteral("restore"), vault, 1000, {a, b}) >= 0);
            auto v = Vault::unlock(
                vault, QStringLiteral("admin"), security::SecretBytes::fromUtf8(kAdmin));
            QVERIFY2(v,
                     qPrintable(QStringLiteral("run %1: %2")
                                    .arg(run)
                                    .arg(v ? QString() : v.error().message())));
            Database &db = detail::VaultAccess::db(**v);
            QCOMPARE(*db.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
            const bool isB
                = *db.queryInt("SELECT count(*) FROM settings WHERE key = 'crash-marker'") == 1;
            (isB ? sawB : sawA)++;
            (*v)->lock();
            // The key file belongs to the same backup as the vault.
            QVERIFY(Vault::unlock(vault,
                                  QStringLiteral("nurse"),
                                  security::SecretBytes::fromUtf8(isB ? kNurseB : kNurse)));
            for (const char *leftover : {".restore", ".restore.keys", ".restoring"})
                QVERIFY2(!QFile::exists(vault + QLatin1String(leftover)), leftover);
        }
        QVERIFY(sawA > 0 && sawB > 0);
        qInfo("%d kills during restore in %lld ms (%d as A, %d as B)",
              runs,
              timer.elapsed(),
              sawA,
              sawB);
    }
};

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vaultcrash.moc"
