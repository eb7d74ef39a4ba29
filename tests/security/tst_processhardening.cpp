// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/ProcessHardening.h"

#include <QFile>
#include <QTest>

#include <sys/resource.h>

using namespace precis::security;

class TestProcessHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hardenDisablesDumps()
    {
        const auto r = hardenProcess();
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message()));
        QVERIFY(processIsHardened());

        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t{0});
        QCOMPARE(limit.rlim_max, rlim_t{0});

        // The kernel's own view, as an administrator would check it.
        QFile status(QStringLiteral("/proc/self/status"));
        QVERIFY(status.open(QIODevice::ReadOnly));
        const QByteArray text = status.readAll();
        // "Dumpable" is not in every kernel's status file; when it is, it must be 0.
        const qsizetype at = text.indexOf("Dumpable:");
        if (at >= 0)
            QVERIFY(text.mid(at, 12).simplified().endsWith("0"));
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
