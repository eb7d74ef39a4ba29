// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelTestSupport.h"

#include "core/risk/models/ModelFactories.h"

#include <QTest>

using namespace precis::risk;
using namespace precis::risk::testc;

namespace {

// Baseline: 0 points (age 40, BMI 22, female waist 70, active, vegetables daily, ...).
Snapshot zero()
{
    return snapshotOf({{Var::Age, 40},
                       {Var::Sex, 0},
                       {Var::Bmi, 22},
                       {Var::Waist, 70},
                       {Var::PhysicallyActive, 1},
                       {Var::DailyVegetables, 1},
                       {Var::BpTreatedEver, 0},
                       {Var::HighGlucoseHistory, 0},
                       {Var::FamilyHistoryDiabetes, 0},
                       {Var::Diabetes, 0}});
}

Snapshot with(Snapshot s, std::initializer_list<std::pair<Var, double>> changes)
{
    for (const auto &[var, value] : changes)
        s.set(var, value);
    return s;
}

} // namespace

class TestFindrisc : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<RiskModel> m_model = models::makeFindriscModel();

private Q_SLOTS:
    void cardShape()
    {
        const ModelCard &c = m_model->card();
        QCOMPARE(c.id, QStringLiteral("findrisc"));
        QCOMPARE(c.outputs.size(), std::size_t{2});
        QCOMPARE(c.outputs[0].outcome, QStringLiteral("type2_diabetes"));
        QCOMPARE(c.outputs[0].unit, QStringLiteral("%"));
        QCOMPARE(c.outputs[0].horizonYears, std::optional<int>(10));
        QCOMPARE(c.outputs[1].outcome, QStringLiteral("score"));
        QCOMPARE(c.outputs[1].unit, QStringLiteral("{points}"));
        QVERIFY(!c.outputs[1].horizonYears);
    }

    void points_data()
    {
        QTest::addColumn<Snapshot>("snapshot");
        QTest::addColumn<int>("points");
        QTest::addColumn<double>("percent");
        QTest::addColumn<QString>("band");
        // Example constructed from the points of the FINDRISC form (Lindstrom J, Tuomilehto J,
        // Diabetes Care 2003;26:725-31; the form as reproduced at paperzz.com/doc/6772719), not
        // a published case: 58 y (3), BMI 31 (3), male waist 104 (4), not active (2),
        // no daily vegetables (1), BP drugs (2), no high glucose (0), parent with diabetes (5)
        // -> 20 points, "high", about 1 in 3 (33 %). Points exact.
        QTest::newRow("constructed 20-point example") << with(zero(),
                                                              {{Var::Age, 58},
                                                               {Var::Sex, 1},
                                                               {Var::Bmi, 31},
                                                               {Var::Waist, 104},
                                                               {Var::PhysicallyActive, 0},
                                                               {Var::DailyVegetables, 0},
                                                               {Var::BpTreatedEver, 1},
                                                               {Var::FamilyHistoryDiabetes, 2}})
                                                      << 20 << 33.0 << QStringLiteral("high");
        QTest::newRow("zero") << zero() << 0 << 1.0 << QStringLiteral("low");
        // Item edges (one item at a time from the zero profile).
        QTest::newRow("age 44") << with(zero(), {{Var::Age, 44}}) << 0 << 1.0 << "low";
        QTest::newRow("age 45") << with(zero(), {{Var::Age, 45}}) << 2 << 1.0 << "low";
        QTest::newRow("age 54") << with(zero(), {{Var::Age, 54}}) << 2 << 1.0 << "low";
        QTest::newRow("age 55") << with(zero(), {{Var::Age, 55}}) << 3 << 1.0 << "low";
        QTest::newRow("age 64") << with(zero(), {{Var::Age, 64}}) << 3 << 1.0 << "low";
        QTest::newRow("age 65") << with(zero(), {{Var::Age, 65}}) << 4 << 1.0 << "low";
        QTest::newRow("bmi 24.9") << with(zero(), {{Var::Bmi, 24.9}}) << 0 << 1.0 << "low";
        QTest::newRow("bmi 25") << with(zero(), {{Var::Bmi, 25}}) << 1 << 1.0 << "low";
        QTest::newRow("bmi 30") << with(zero(), {{Var::Bmi, 30}}) << 1 << 1.0 << "low";
        QTest::newRow("bmi 30.1") << with(zero(), {{Var::Bmi, 30.1}}) << 3 << 1.0 << "low";
        QTest::newRow("F waist 79") << with(zero(), {{Var::Waist, 79}}) << 0 << 1.0 << "low";
        QTest::newRow("F waist 80") << with(zero(), {{Var::Waist, 80}}) << 3 << 1.0 << "low";
        QTest::newRow("F waist 88") << with(zero(), {{Var::Waist, 88}}) << 3 << 1.0 << "low";
        QTest::newRow("F waist 89") << with(zero(), {{Var::Waist, 89}}) << 4 << 1.0 << "low";
        QTest::newRow("M waist 93")
            << with(zero(), {{Var::Sex, 1}, {Var::Waist, 93}}) << 0 << 1.0 << "low";
        QTest::newRow("M waist 94")
            << with(zero(), {{Var::Sex, 1}, {Var::Waist, 94}}) << 3 << 1.0 << "low";
        QTest::newRow("M waist 102")
            << with(zero(), {{Var::Sex, 1}, {Var::Waist, 102}}) << 3 << 1.0 << "low";
        QTest::newRow("M waist 103")
            << with(zero(), {{Var::Sex, 1}, {Var::Waist, 103}}) << 4 << 1.0 << "low";
        QTest::newRow("inactive") << with(zero(), {{Var::PhysicallyActive, 0}}) << 2 << 1.0
                                  << "low";
        QTest::newRow("no vegetables")
            << with(zero(), {{Var::DailyVegetables, 0}}) << 1 << 1.0 << "low";
        QTest::newRow("bp drugs") << with(zero(), {{Var::BpTreatedEver, 1}}) << 2 << 1.0 << "low";
        QTest::newRow("high glucose")
            << with(zero(), {{Var::HighGlucoseHistory, 1}}) << 5 << 1.0 << "low";
        QTest::newRow("other relative")
            << with(zero(), {{Var::FamilyHistoryDiabetes, 1}}) << 3 << 1.0 << "low";
        QTest::newRow("first degree")
            << with(zero(), {{Var::FamilyHistoryDiabetes, 2}}) << 5 << 1.0 << "low";
        // Band edges: 6/7, 11/12, 14/15, 20/21 (and the maximum 26).
        QTest::newRow("6 low") << with(zero(),
                                       {{Var::HighGlucoseHistory, 1}, {Var::DailyVegetables, 0}})
                               << 6 << 1.0 << "low";
        QTest::newRow("7 slightly")
            << with(zero(), {{Var::HighGlucoseHistory, 1}, {Var::PhysicallyActive, 0}}) << 7 << 4.0
            << "slightly_elevated";
        QTest::newRow("11 slightly") << with(
            zero(), {{Var::HighGlucoseHistory, 1}, {Var::Age, 65}, {Var::PhysicallyActive, 0}})
                                     << 11 << 4.0 << "slightly_elevated";
        QTest::newRow("12 moderate") << with(zero(),
                                             {{Var::HighGlucoseHistory, 1},
                                              {Var::Age, 65},
                                              {Var::PhysicallyActive, 0},
                                              {Var::DailyVegetables, 0}})
                                     << 12 << 17.0 << "moderate";
        QTest::newRow("14 moderate") << with(
            zero(), {{Var::HighGlucoseHistory, 1}, {Var::FamilyHistoryDiabetes, 2}, {Var::Age, 65}})
                                     << 14 << 17.0 << "moderate";
        QTest::newRow("15 high") << with(zero(),
                                         {{Var::HighGlucoseHistory, 1},
                                          {Var::FamilyHistoryDiabetes, 2},
                                          {Var::Age, 65},
                                          {Var::DailyVegetables, 0}})
                                 << 15 << 33.0 << "high";
        QTest::newRow("21 very high") << with(zero(),
                                              {{Var::HighGlucoseHistory, 1},
                                               {Var::FamilyHistoryDiabetes, 2},
                                               {Var::Age, 65},
                                               {Var::Waist, 90},
                                               {Var::BpTreatedEver, 1},
                                               {Var::DailyVegetables, 0}})
                                      << 21 << 50.0 << "very_high";
        QTest::newRow("26 max") << with(zero(),
                                        {{Var::HighGlucoseHistory, 1},
                                         {Var::FamilyHistoryDiabetes, 2},
                                         {Var::Age, 65},
                                         {Var::Waist, 90},
                                         {Var::Bmi, 35},
                                         {Var::BpTreatedEver, 1},
                                         {Var::PhysicallyActive, 0},
                                         {Var::DailyVegetables, 0}})
                                << 26 << 50.0 << "very_high";
    }
    void points()
    {
        QFETCH(Snapshot, snapshot);
        QFETCH(int, points);
        QFETCH(double, percent);
        QFETCH(QString, band);
        const Evaluation e = m_model->evaluate(snapshot);
        QCOMPARE(e.rows.size(), std::size_t{2});
        QCOMPARE(e.rows[0].status, Status::Ok);
        QCOMPARE(*e.rows[1].value, double(points));
        QCOMPARE(*e.rows[0].value, percent);
        QCOMPARE(e.rows[0].category, band);
        QCOMPARE(e.rows[1].category, band);
    }

    void refusedWithDiabetes()
    {
        const Evaluation e = m_model->evaluate(with(zero(), {{Var::Diabetes, 2}}));
        QCOMPARE(e.rows.size(), std::size_t{2});
        for (const OutcomeRow &row : e.rows) {
            QCOMPARE(row.status, Status::Refused);
            QVERIFY(anyMessageContains(row, QStringLiteral("diabetes = type2")));
        }
    }

    void refusals_data()
    {
        QTest::addColumn<Var>("var");
        QTest::addColumn<QString>("message");
        QTest::newRow("waist") << Var::Waist << QStringLiteral("waist is missing");
        QTest::newRow("physically_active")
            << Var::PhysicallyActive << QStringLiteral("physically_active is missing");
        QTest::newRow("family") << Var::FamilyHistoryDiabetes
                                << QStringLiteral("family_history_diabetes is missing");
    }
    void refusals()
    {
        QFETCH(Var, var);
        QFETCH(QString, message);
        Snapshot s = zero();
        s.clear(var);
        const Evaluation e = m_model->evaluate(s);
        QCOMPARE(e.rows[0].status, Status::Refused);
        QVERIFY(anyMessageContains(e.rows[1], message));
    }
};

QTEST_GUILESS_MAIN(TestFindrisc)
#include "tst_findrisc.moc"
