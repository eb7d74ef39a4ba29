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

#include <sys/resource.h>

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

    // --- D15: CSV and stdin edges ------------------------------------------------------------

    void csvInputRefused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("message");
        const QByteArray header = kPeople.left(kPeople.indexOf('\n') + 1);
        QTest::newRow("NUL in a cell")
            << header + QByteArray("a\0b,55,female,white,200,50,130,0,none,never\n", 44)
            << QByteArray("line 2, column 1 (id): NUL byte in a field");
        QTest::newRow("NUL in a quoted cell")
            << header + QByteArray("a,\"5\0\",female,white,200,50,130,0,none,never\n", 45)
            << QByteArray("line 2, column 2 (age): NUL byte in a field");
        const QString text = QString::fromLatin1(kPeople);
        QByteArray utf16le("\xFF\xFE", 2);
        for (const QChar c : text)
            utf16le += QByteArray(1, static_cast<char>(c.unicode() & 0xff)) + '\0';
        QTest::newRow("UTF-16 with BOM") << utf16le << QByteArray("UTF-16");
        QTest::newRow("UTF-16 without BOM") << utf16le.mid(2) << QByteArray("UTF-16");
        QTest::newRow("cell over 1 MiB")
            << header + "a," + QByteArray(1024 * 1024 + 1, '5')
                   + ",female,white,200,50,130,0,none,never\n"
            << QByteArray("line 2, column 2 (age): field longer than 1 MiB");
    }
    void csvInputRefused()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, message);
        const QString in = m_dir.filePath(QStringLiteral("bad.csv"));
        {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(input);
        }
        const QString out = m_dir.filePath(QStringLiteral("bad-out.csv"));
        QFile::remove(out);
        const Run r = cli({QStringLiteral("score"),
                           QStringLiteral("--models"),
                           QStringLiteral("pce"),
                           QStringLiteral("--in"),
                           in,
                           QStringLiteral("--out"),
                           out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!r.err.contains('\0'));
        QVERIFY(!QFileInfo::exists(out));
    }

    // A 96 MiB cell is refused after 1 MiB: the reader never holds the whole cell (the review
    // measured a 1.24 GB peak for a 200 MB cell). Peak RSS of the child, from getrusage.
    void hugeCellIsNotReadWhole()
    {
        const QString in = m_dir.filePath(QStringLiteral("huge.csv"));
        {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(kPeople.left(kPeople.indexOf('\n') + 1) + "a,");
            const QByteArray block(1024 * 1024, '7');
            for (int i = 0; i < 96; ++i)
                f.write(block);
            f.write(",female\n");
        }
        QProcess p;
        p.start(kCli,
                {QStringLiteral("score"),
                 QStringLiteral("--models"),
                 QStringLiteral("pce"),
                 QStringLiteral("--in"),
                 in,
                 QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("huge-out.csv"))});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        struct rusage usage
        {};
        QCOMPARE(::getrusage(RUSAGE_CHILDREN, &usage), 0);
        const long peakMiB = usage.ru_maxrss / 1024;
        qInfo("peak RSS of the largest child so far: %ld MiB", peakMiB);
        QVERIFY2(peakMiB < 64, qPrintable(QString::number(peakMiB)));
    }

    // 256 code points of 4 bytes each (1,024 bytes of UTF-8) are read whole from stdin and
    // accepted by the policy; a line longer than the reader's buffer is refused, not split.
    void longPasswordsAreReadWhole()
    {
        QString password;
        for (int i = 0; i < 256; ++i)
            password += QString::fromUcs4(U"\U0001F600\U0001F331\U0001F4A1\U0001F3B5" + (i % 4), 1);
        QCOMPARE(password.toUtf8().size(), 1024);
        const QString vault = m_dir.filePath(QStringLiteral("long.precis"));
        const Run r = cli({QStringLiteral("vault"),
                           QStringLiteral("create"),
                           vault,
                           QStringLiteral("--admin"),
                           QStringLiteral("admin"),
                           QStringLiteral("--password-stdin")},
                          password.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(Vault::unlock(
            vault, QStringLiteral("admin"), security::SecretBytes::fromUtf8(password)));
        const Run tooLong = cli({QStringLiteral("vault"),
                                 QStringLiteral("create"),
                                 vault + QStringLiteral("2"),
                                 QStringLiteral("--admin"),
                                 QStringLiteral("admin"),
                                 QStringLiteral("--password-stdin")},
                                QByteArray(5000, 'x') + '\n');
        QCOMPARE(tooLong.exitCode, 1);
        QVERIFY2(tooLong.err.contains("too long"), tooLong.err.constData());
        QVERIFY(!QFileInfo::exists(vault + QStringLiteral("2")));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
