// SPDX-License-Identifier: GPL-3.0-or-later
// The one test that runs the production KDF: floor m = 64 MiB, t = 3, p = 1, calibrated up to
// about 0.5 s per derivation on this machine.
#include "core/security/Crypto.h"

#include <QElapsedTimer>
#include <QTest>

using namespace precis::security;

class TestKdfFloor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void floorOfTheProductionPolicy()
    {
        // Linked with PRODUCTION_KDF: the policy precis and precis-cli ship.
        QCOMPARE(kdfPolicyName(), QStringLiteral("precis-kdf-policy:production"));
        QCOMPARE(minimumKdfParams(), kKdfFloor);
        QCOMPARE(kKdfFloor.memoryKiB, 64u * 1024u);
        QCOMPARE(kKdfFloor.iterations, 3u);
        QCOMPARE(kKdfFloor.parallelism, 1u);
    }

    void calibrationReachesTarget()
    {
        QElapsedTimer total;
        total.start();
        const KdfParams p = calibrateKdf();
        const qint64 calibrationMs = total.elapsed();
        QVERIFY(p.memoryKiB >= kKdfFloor.memoryKiB);
        QVERIFY(p.iterations >= kKdfFloor.iterations);
        QVERIFY(p.parallelism >= kKdfFloor.parallelism);
        QVERIFY(kdfParamsAcceptable(p));

        QElapsedTimer one;
        one.start();
        auto key
            = argon2id(SecretBytes::copyOf("a long enough passphrase"), QByteArray(16, 's'), p);
        const qint64 ms = one.elapsed();
        QVERIFY(key.has_value());
        qInfo("calibrated m = %u KiB, t = %u, p = %u: one derivation %lld ms (calibration %lld ms)",
              p.memoryKiB,
              p.iterations,
              p.parallelism,
              ms,
              calibrationMs);
        // About 0.5 s: at least 0.25 s unless the limits were reached (a very slow machine keeps
        // the floor and may exceed the target instead).
        const bool atLimit = p.iterations == kKdfLimit.iterations || p == kKdfFloor;
        QVERIFY2(ms >= 250 || atLimit, qPrintable(QStringLiteral("derivation took %1 ms").arg(ms)));
        QVERIFY2(ms <= 2000 || p == kKdfFloor,
                 qPrintable(QStringLiteral("derivation took %1 ms").arg(ms)));
    }
};

QTEST_GUILESS_MAIN(TestKdfFloor)
#include "tst_kdffloor.moc"
