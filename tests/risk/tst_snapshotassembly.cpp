// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot assembly from dated observations, and eGFR/BMI derivation.
#include "core/clinical/KidneyFunction.h"
#include "core/clinical/SnapshotAssembly.h"

#include <QTest>

using namespace precis::clinical;

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}
} // namespace

class TestSnapshotAssembly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void latestAsOf()
    {
        const std::vector<Observation> obs = {
            {Var::Sbp, 150, d(2024, 1, 10)},
            {Var::Sbp, 140, d(2025, 3, 1)},
            {Var::Sbp, 120, d(2026, 6, 1)}, // after asOf: ignored
            {Var::Sbp, 135, d(2024, 6, 1)}, // older, listed later: ignored
            {Var::TotalCholesterol, 200, d(2023, 5, 5)},
        };
        const Snapshot s = assembleSnapshot(obs, d(2025, 12, 31));
        QCOMPARE(s.asOf, d(2025, 12, 31));
        QCOMPARE(*s.get(Var::Sbp), 140.0);
        QCOMPARE(s.dates[index(Var::Sbp)], d(2025, 3, 1));
        QCOMPARE(*s.get(Var::TotalCholesterol), 200.0);
        QVERIFY(!s.has(Var::HdlCholesterol));
    }

    void asOfIsInclusiveAndTiesTakeLaterListed()
    {
        const std::vector<Observation> obs = {
            {Var::Sbp, 150, d(2025, 1, 1)},
            {Var::Sbp, 151, d(2025, 1, 1)},
        };
        const Snapshot s = assembleSnapshot(obs, d(2025, 1, 1));
        QCOMPARE(*s.get(Var::Sbp), 151.0);
        const Snapshot before = assembleSnapshot(obs, d(2024, 12, 31));
        QVERIFY(!before.has(Var::Sbp));
    }

    void egfrDerivedFromCreatinine()
    {
        const std::vector<Observation> obs = {
            {Var::Age, 60, d(2025, 1, 1)},
            {Var::Sex, 0, d(2025, 1, 1)},
            {Var::Creatinine, 1.1, d(2025, 2, 1)},
        };
        Derivation derived;
        const Snapshot s = assembleSnapshot(obs, d(2025, 6, 1), &derived);
        QVERIFY(derived.egfr);
        QCOMPARE(*s.get(Var::Egfr), ckdEpi2021Egfr(1.1, 60, true));
        QCOMPARE(s.dates[index(Var::Egfr)], d(2025, 2, 1));
    }

    void recordedEgfrIsKept()
    {
        const std::vector<Observation> obs = {
            {Var::Age, 60, d(2025, 1, 1)},
            {Var::Sex, 1, d(2025, 1, 1)},
            {Var::Creatinine, 1.1, d(2025, 2, 1)},
            {Var::Egfr, 42, d(2024, 2, 1)},
        };
        Derivation derived;
        const Snapshot s = assembleSnapshot(obs, d(2025, 6, 1), &derived);
        QVERIFY(!derived.egfr);
        QCOMPARE(*s.get(Var::Egfr), 42.0);
    }

    void egfrNeedsAdultAgeAndSex_data()
    {
        QTest::addColumn<bool>("withAge");
        QTest::addColumn<double>("age");
        QTest::addColumn<bool>("withSex");
        QTest::newRow("no age") << false << 0.0 << true;
        QTest::newRow("no sex") << true << 50.0 << false;
        QTest::newRow("child") << true << 17.0 << true;
    }
    void egfrNeedsAdultAgeAndSex()
    {
        QFETCH(bool, withAge);
        QFETCH(double, age);
        QFETCH(bool, withSex);
        Snapshot s;
        s.set(Var::Creatinine, 1.0);
        if (withAge)
            s.set(Var::Age, age);
        if (withSex)
            s.set(Var::Sex, 1);
        const Derivation derived = deriveMissing(s);
        QVERIFY(!derived.egfr);
        QVERIFY(!s.has(Var::Egfr));
    }

    void bmiDerived()
    {
        const std::vector<Observation> obs = {
            {Var::Weight, 90, d(2025, 4, 1)},
            {Var::Height, 175, d(2020, 1, 1)},
        };
        Derivation derived;
        const Snapshot s = assembleSnapshot(obs, d(2025, 6, 1), &derived);
        QVERIFY(derived.bmi);
        QCOMPARE(*s.get(Var::Bmi), 90 / (1.75 * 1.75));
        QCOMPARE(s.dates[index(Var::Bmi)], d(2025, 4, 1)); // the later of the two
    }

    void recordedBmiIsKept()
    {
        Snapshot s;
        s.set(Var::Weight, 90);
        s.set(Var::Height, 175);
        s.set(Var::Bmi, 31);
        QVERIFY(!deriveMissing(s).bmi);
        QCOMPARE(*s.get(Var::Bmi), 31.0);
        Snapshot noHeight;
        noHeight.set(Var::Weight, 90);
        QVERIFY(!deriveMissing(noHeight).bmi);
        QVERIFY(!noHeight.has(Var::Bmi));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotAssembly)
#include "tst_snapshotassembly.moc"
