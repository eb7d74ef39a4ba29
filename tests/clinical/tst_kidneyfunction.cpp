// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clinical/KidneyFunction.h"

#include <QTest>

#include <cmath>

using namespace precis::clinical;

class TestKidneyFunction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void egfr_data()
    {
        QTest::addColumn<double>("creatinine");
        QTest::addColumn<double>("age");
        QTest::addColumn<bool>("female");
        QTest::addColumn<double>("expected");
        // No worked example with full precision is published in Inker 2021; rows are
        // hand-computed from the published equation (tolerance 0.01 mL/min/1.73 m2):
        // M 50 y, Scr 1.0: ratio 1/0.9 = 1.1111 > 1 -> 142 * 1.1111^-1.2 * 0.9938^50
        //   = 142 * 0.88119 * 0.73275 = 91.69
        QTest::newRow("male 50 Scr 1.0 (above kappa)") << 1.0 << 50.0 << false << 91.69;
        // F 50 y, Scr 1.0: ratio 1/0.7 = 1.4286 -> 142 * 1.4286^-1.2 * 0.9938^50 * 1.012
        //   = 142 * 0.65177 * 0.73275 * 1.012 = 68.63
        QTest::newRow("female 50 Scr 1.0 (above kappa)") << 1.0 << 50.0 << true << 68.63;
        // F 30 y, Scr 0.6: ratio 0.8571 < 1 -> 142 * 0.8571^-0.241 * 0.9938^30 * 1.012
        //   = 142 * 1.03783 * 0.82981 * 1.012 = 123.76
        QTest::newRow("female 30 Scr 0.6 (below kappa)") << 0.6 << 30.0 << true << 123.76;
        // M 40 y, Scr 0.8: ratio 0.8889 -> 142 * 0.8889^-0.302 * 0.9938^40 = 114.74
        QTest::newRow("male 40 Scr 0.8 (below kappa)") << 0.8 << 40.0 << false << 114.74;
        // At kappa both power terms are 1: 142 * 0.9938^50 (* 1.012 for women)
        QTest::newRow("male at kappa") << 0.9 << 50.0 << false << 104.05;
        QTest::newRow("female at kappa") << 0.7 << 50.0 << true << 105.30;
        // M 60 y, Scr 2.0: 142 * 2.2222^-1.2 * 0.9938^60 = 37.50
        QTest::newRow("male 60 Scr 2.0") << 2.0 << 60.0 << false << 37.50;
        // M 65 y, Scr 4.0: 142 * 4.4444^-1.2 * 0.9938^65 = 15.82
        QTest::newRow("male 65 Scr 4.0") << 4.0 << 65.0 << false << 15.82;
    }
    void egfr()
    {
        QFETCH(double, creatinine);
        QFETCH(double, age);
        QFETCH(bool, female);
        QFETCH(double, expected);
        const double got = ckdEpi2021Egfr(creatinine, age, female);
        QVERIFY2(std::abs(got - expected) < 0.01, qPrintable(QString::number(got, 'f', 4)));
    }

    void egfrIsContinuousAtKappa()
    {
        // The two branches meet at Scr = kappa; a wrong exponent would show a jump.
        const double below = ckdEpi2021Egfr(0.9 - 1e-9, 50, false);
        const double above = ckdEpi2021Egfr(0.9 + 1e-9, 50, false);
        QVERIFY(std::abs(below - above) < 1e-6);
    }

    void category_data()
    {
        QTest::addColumn<double>("egfr");
        QTest::addColumn<QString>("token");
        // KDIGO 2012 CKD guideline, Table 5 (GFR categories); edges are inclusive below.
        QTest::newRow("120") << 120.0 << QStringLiteral("G1");
        QTest::newRow("90") << 90.0 << QStringLiteral("G1");
        QTest::newRow("89.99") << 89.99 << QStringLiteral("G2");
        QTest::newRow("60") << 60.0 << QStringLiteral("G2");
        QTest::newRow("59.99") << 59.99 << QStringLiteral("G3a");
        QTest::newRow("45") << 45.0 << QStringLiteral("G3a");
        QTest::newRow("44.99") << 44.99 << QStringLiteral("G3b");
        QTest::newRow("30") << 30.0 << QStringLiteral("G3b");
        QTest::newRow("29.99") << 29.99 << QStringLiteral("G4");
        QTest::newRow("15") << 15.0 << QStringLiteral("G4");
        QTest::newRow("14.99") << 14.99 << QStringLiteral("G5");
        QTest::newRow("3") << 3.0 << QStringLiteral("G5");
    }
    void category()
    {
        QFETCH(double, egfr);
        QFETCH(QString, token);
        QCOMPARE(kdigoGfrCategory(egfr), token);
    }
};

QTEST_GUILESS_MAIN(TestKidneyFunction)
#include "tst_kidneyfunction.moc"
