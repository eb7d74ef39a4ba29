// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelTestSupport.h"

#include "core/risk/models/ModelFactories.h"

#include <QTest>

using namespace precis::risk;
using namespace precis::risk::testc;

namespace {

Snapshot base()
{
    return snapshotOf({{Var::Sbp, 120},
                       {Var::AbnormalRenalFunction, 0},
                       {Var::AbnormalLiverFunction, 0},
                       {Var::PriorStroke, 0},
                       {Var::BleedingHistory, 0},
                       {Var::LabileInr, 0},
                       {Var::Age, 60},
                       {Var::AntiplateletOrNsaid, 0},
                       {Var::AlcoholExcess, 0}});
}

Snapshot with(Snapshot s, std::initializer_list<std::pair<Var, double>> changes)
{
    for (const auto &[var, value] : changes)
        s.set(var, value);
    return s;
}

} // namespace

class TestHasBled : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<RiskModel> m_model = models::makeHasBledModel();

private Q_SLOTS:
    void cardShape()
    {
        const ModelCard &c = m_model->card();
        QCOMPARE(c.id, QStringLiteral("has-bled"));
        QCOMPARE(c.outputs.size(), std::size_t{2});
        QCOMPARE(c.outputs[0].outcome, QStringLiteral("score"));
        QCOMPARE(c.outputs[1].outcome, QStringLiteral("major_bleeding_rate"));
        QCOMPARE(c.outputs[1].unit, QStringLiteral("%/a"));
        QCOMPARE(c.outputs[1].horizonYears, std::optional<int>(1));
    }

    void scores_data()
    {
        QTest::addColumn<Snapshot>("snapshot");
        QTest::addColumn<int>("points");
        QTest::addColumn<double>("rate");
        QTest::addColumn<QString>("band");
        // Constructed from the points and the Table 3 rates of Pisters R et al., Chest
        // 2010;138:1093-100 (not a published case): 70 y (E), SBP 170 (H), aspirin (D) = 3 ->
        // 3.74; + labile INR = 4 -> 8.70 bleeds/100 patient-years.
        const Snapshot three
            = with(base(), {{Var::Age, 70}, {Var::Sbp, 170}, {Var::AntiplateletOrNsaid, 1}});
        QTest::newRow("3 (constructed)") << three << 3 << 3.74 << "high";
        QTest::newRow("4 (constructed)")
            << with(three, {{Var::LabileInr, 1}}) << 4 << 8.70 << "high";
        QTest::newRow("0") << base() << 0 << 1.13 << "low";
        QTest::newRow("SBP 160 is not H") << with(base(), {{Var::Sbp, 160}}) << 0 << 1.13 << "low";
        QTest::newRow("SBP 161 is H") << with(base(), {{Var::Sbp, 161}}) << 1 << 1.02 << "low";
        QTest::newRow("age 65 is not E") << with(base(), {{Var::Age, 65}}) << 0 << 1.13 << "low";
        QTest::newRow("age 66 is E") << with(base(), {{Var::Age, 66}}) << 1 << 1.02 << "low";
        QTest::newRow("renal + liver = 2")
            << with(base(), {{Var::AbnormalRenalFunction, 1}, {Var::AbnormalLiverFunction, 1}}) << 2
            << 1.88 << "low";
        QTest::newRow("drugs + alcohol = 2")
            << with(base(), {{Var::AntiplateletOrNsaid, 1}, {Var::AlcoholExcess, 1}}) << 2 << 1.88
            << "low";
        QTest::newRow("5") << with(base(),
                                   {{Var::PriorStroke, 1},
                                    {Var::BleedingHistory, 1},
                                    {Var::LabileInr, 1},
                                    {Var::AlcoholExcess, 1},
                                    {Var::AbnormalLiverFunction, 1}})
                           << 5 << 12.50 << "high";
    }
    void scores()
    {
        QFETCH(Snapshot, snapshot);
        QFETCH(int, points);
        QFETCH(double, rate);
        QFETCH(QString, band);
        const Evaluation e = m_model->evaluate(snapshot);
        QCOMPARE(e.rows.size(), std::size_t{2});
        QCOMPARE(*e.rows[0].value, double(points));
        QCOMPARE(e.rows[1].status, Status::Ok);
        QCOMPARE(*e.rows[1].value, rate);
        QCOMPARE(e.rows[0].category, band);
    }

    void rateRefusedAbove5()
    {
        const Evaluation e = m_model->evaluate(with(base(),
                                                    {{Var::PriorStroke, 1},
                                                     {Var::BleedingHistory, 1},
                                                     {Var::LabileInr, 1},
                                                     {Var::AlcoholExcess, 1},
                                                     {Var::AbnormalLiverFunction, 1},
                                                     {Var::Age, 80},
                                                     {Var::Sbp, 180},
                                                     {Var::AbnormalRenalFunction, 1},
                                                     {Var::AntiplateletOrNsaid, 1}}));
        QCOMPARE(*e.rows[0].value, 9.0);
        QCOMPARE(e.rows[0].status, Status::Ok);
        QCOMPARE(e.rows[0].category, QStringLiteral("high"));
        QCOMPARE(e.rows[1].status, Status::Refused);
        QVERIFY(!e.rows[1].value);
        QVERIFY(anyMessageContains(e.rows[1], QStringLiteral("score = 9")));
    }

    void refusals()
    {
        Snapshot s = base();
        s.clear(Var::LabileInr);
        const Evaluation e = m_model->evaluate(s);
        QCOMPARE(e.rows[0].status, Status::Refused);
        QCOMPARE(e.rows[1].status, Status::Refused);
        QVERIFY(anyMessageContains(e.rows[0], QStringLiteral("labile_inr is missing")));
    }
};

QTEST_GUILESS_MAIN(TestHasBled)
#include "tst_hasbled.moc"
