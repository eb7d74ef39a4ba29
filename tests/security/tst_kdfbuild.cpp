// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #8 D4: the shipped executables contain and honour no fast KDF, in any configuration.
// The built binaries are read byte by byte (the strings survive stripping), and precis-cli is
// run with the old test switch in its environment to show that it is not honoured.
#include "core/security/Crypto.h"
#include "core/security/KeySlotFile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace precis::security;

namespace {

// The markers are assembled at run time so that this file's own literals do not put them into
// the test binary.
QByteArray marker(const char *which)
{
    return QByteArray("precis-kdf-policy") + ':' + which;
}

QByteArray binary(const char *relative)
{
    QFile f(QStringLiteral(PRECIS_BINARY_DIR "/") + QLatin1String(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestKdfBuild : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedBinariesCarryTheProductionPolicyOnly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("precis-cli") << QStringLiteral("app/precis-cli");
        QTest::newRow("precis") << QStringLiteral("app/precis");
    }
    void shippedBinariesCarryTheProductionPolicyOnly()
    {
        QFETCH(QString, path);
        const QByteArray bytes = binary(path.toUtf8().constData());
        QVERIFY2(!bytes.isEmpty(), qPrintable(path + QStringLiteral(" not built")));
        // Each KDF policy object names itself (kdfPolicyName()); exactly the production one is
        // linked. The environment switch of the old test hook must not be read at all.
        QVERIFY(bytes.contains(marker("production")));
        QVERIFY(!bytes.contains(marker("test-only")));
        QVERIFY(!bytes.contains(QByteArray("PRECIS_TEST_") + "FAST_KDF"));
    }

    // The check above can fail: this test executable links the test policy, and its own bytes
    // show the marker the shipped binaries must not contain.
    void theCheckSeesATestBinary()
    {
        const QByteArray self = binary("tests/security/tst_kdfbuild");
        QVERIFY(self.contains(marker("test-only")));
        QVERIFY(!self.contains(marker("production")));
        QCOMPARE(kdfPolicyName().toUtf8(), marker("test-only"));
    }

    // Runs the real precis-cli with the switch the old build honoured: the slot it writes must
    // still meet the production floor (m = 64 MiB, t = 3, p = 1).
    void cliIgnoresTheOldEnvironmentSwitch()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString vault = dir.filePath(QStringLiteral("floor.precis"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PRECIS_TEST_FAST_KDF"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PRECIS_BINARY_DIR "/app/precis-cli"),
                {QStringLiteral("vault"),
                 QStringLiteral("create"),
                 vault,
                 QStringLiteral("--admin"),
                 QStringLiteral("boss"),
                 QStringLiteral("--password-stdin")});
        QVERIFY(p.waitForStarted());
        p.write("a long password for the floor test\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(240000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        auto slots = KeySlotFile::load(KeySlotFile::pathFor(vault));
        QVERIFY(slots);
        const auto params = slots->kdfParams(QStringLiteral("boss"));
        QVERIFY(params);
        QVERIFY2(params->memoryKiB >= kKdfFloor.memoryKiB
                     && params->iterations >= kKdfFloor.iterations
                     && params->parallelism >= kKdfFloor.parallelism,
                 qPrintable(QStringLiteral("m = %1 KiB, t = %2, p = %3")
                                .arg(params->memoryKiB)
                                .arg(params->iterations)
                                .arg(params->parallelism)));
    }
};

QTEST_GUILESS_MAIN(TestKdfBuild)
#include "tst_kdfbuild.moc"
