// SPDX-License-Identifier: GPL-3.0-or-later
// Exact Shapley explanations (core/risk/Explainer) on test-only models with known games.
#include "FakeModels.h"

#include "core/risk/Explainer.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace precis;
using namespace precis::risk;
using precis::risk::testing::FakeModel;

namespace {

Snapshot patient(double sbp, double tc, double smoking, double age = 50)
{
    Snapshot s;
    s.set(Var::Age, age);
    s.set(Var::Sbp, sbp);
    s.set(Var::TotalCholesterol, tc);
    s.set(Var::Smoking, smoking);
    return s;
}

double contribution(const Explanation &e, const char *player)
{
    for (const Contribution &c : e.contributions) {
        if (c.player == QLatin1String(player))
            return c.value;
    }
    return std::nan("");
}

// Fourteen numeric inputs, one player each, and a non-linear, interacting formula.
constexpr Var kManyVars[] = {Var::Sbp,
                             Var::Dbp,
                             Var::SbpSd,
                             Var::TotalCholesterol,
                             Var::HdlCholesterol,
                             Var::Egfr,
                             Var::Creatinine,
                             Var::Bmi,
                             Var::Height,
                             Var::Weight,
                             Var::Waist,
                             Var::Hba1c,
                             Var::FastingGlucose,
                             Var::Uacr};

class ManyPlayerModel : public RiskModel
{
public:
    explicit ManyPlayerModel(std::size_t players)
    {
        m_card.id = QStringLiteral("fake-many");
        m_card.outputs = {OutputSpec{QStringLiteral("risk"), QStringLiteral("%"), 10}};
        for (std::size_t i = 0; i < players; ++i) {
            const Var v = kManyVars[i % 14];
            if (i < 14) {
                m_card.inputs.push_back(InputSpec{v, QString(), 0, 1000, false, {}});
                m_card.reference.set(v, 1.0 + static_cast<double>(i));
            }
            m_card.players.push_back(
                PlayerGroup{QStringLiteral("p%1").arg(i), {i < 14 ? v : Var::Townsend}});
        }
    }
    const ModelCard &card() const override { return m_card; }
    Evaluation evaluate(const Snapshot &s) const override
    {
        double sum = 0;
        double product = 1;
        for (std::size_t i = 0; i < 14; ++i) {
            const double x = s.get(kManyVars[i]).value_or(0);
            sum += x * x / (10.0 + static_cast<double>(i));
            product *= 1 + x / 1000;
        }
        Evaluation e;
        e.modelId = m_card.id;
        OutcomeRow row;
        row.outcome = m_card.outputs[0].outcome;
        row.unit = m_card.outputs[0].unit;
        row.horizonYears = 10;
        row.value = 100 / (1 + std::exp(-(sum / 20000 - 3) * product));
        e.rows.push_back(row);
        return e;
    }

private:
    ModelCard m_card;
};

} // namespace

class TestExplainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handComputedThreePlayers()
    {
        // f = sbp/10 + tc*smoking/100; reference sbp 120, tc 170, smoking 0;
        // patient sbp 140, tc 250, smoking 4 (moderate).
        // sbp is additive: phi = (140-120)/10 = 2.
        // tc x smoking game: v(0)=0, v(tc)=250*0/100=0, v(sm)=170*4/100=6.8, v(both)=10.
        //   phi_tc = 1/2[(0-0) + (10-6.8)] = 1.6; phi_sm = 1/2[(6.8-0) + (10-0)] = 8.4.
        const FakeModel model(QStringLiteral("fake"), [](double sbp, double tc, double k, double) {
            return sbp / 10 + tc * k / 100;
        });
        const Result<Explanation> e
            = Explainer(model).explain(patient(140, 250, 4), QStringLiteral("risk"), 10);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message()));
        QCOMPARE(e->patientValue, 24.0);
        QCOMPARE(e->referenceValue, 12.0);
        QCOMPARE(e->unit, QStringLiteral("%"));
        QCOMPARE(e->contributions.size(), std::size_t{3});
        QCOMPARE(e->contributions[0].player, QStringLiteral("sbp"));
        QVERIFY(std::abs(contribution(*e, "sbp") - 2.0) < 1e-12);
        QVERIFY(std::abs(contribution(*e, "cholesterol") - 1.6) < 1e-12);
        QVERIFY(std::abs(contribution(*e, "smoking") - 8.4) < 1e-12);
    }

    void symmetryAndDummy()
    {
        // f = sbp*tc/1000 ignores smoking (a dummy player: phi = 0). With the patient at
        // 1.2 x the reference on both, v({sbp}) = v({tc}): symmetric players share equally.
        const FakeModel model(QStringLiteral("fake"), [](double sbp, double tc, double, double) {
            return sbp * tc / 1000;
        });
        const Result<Explanation> e
            = Explainer(model).explain(patient(144, 204, 4), QStringLiteral("risk"), 10);
        QVERIFY(e);
        QCOMPARE(contribution(*e, "smoking"), 0.0);
        QVERIFY(std::abs(contribution(*e, "sbp") - contribution(*e, "cholesterol")) < 1e-12);
        QVERIFY(std::abs(contribution(*e, "sbp") + contribution(*e, "cholesterol")
                         - (e->patientValue - e->referenceValue))
                < 1e-12);
    }

    void heldVariablesKeepPatientValues()
    {
        // Age is held: the reference value uses the patient's age, so age contributes nothing
        // and is not a player.
        const FakeModel model(QStringLiteral("fake"), [](double sbp, double, double, double age) {
            return age + sbp / 10;
        });
        const Result<Explanation> e
            = Explainer(model).explain(patient(140, 170, 0, 70), QStringLiteral("risk"), 10);
        QVERIFY(e);
        QCOMPARE(e->referenceValue, 70 + 12.0);
        QCOMPARE(e->patientValue, 70 + 14.0);
        QVERIFY(std::abs(contribution(*e, "sbp") - 2.0) < 1e-12);
    }

    void efficiencyWithFourteenPlayers()
    {
        const ManyPlayerModel model(14);
        QRandomGenerator rng(20261125);
        for (int trial = 0; trial < 3; ++trial) {
            Snapshot s;
            for (const Var v : kManyVars)
                s.set(v, rng.bounded(300.0));
            const Result<Explanation> e = Explainer(model).explain(s, QStringLiteral("risk"), 10);
            QVERIFY2(e, qPrintable(e ? QString() : e.error().message()));
            QCOMPARE(e->contributions.size(), std::size_t{14});
            double sum = 0;
            for (const Contribution &c : e->contributions)
                sum += c.value;
            const double gap = std::abs(sum - (e->patientValue - e->referenceValue));
            QVERIFY2(gap <= 1e-9, qPrintable(QString::number(gap)));
            QVERIFY(std::abs(e->patientValue - e->referenceValue) > 1e-3); // not trivial
        }
    }

    void refusingCoalitionIsAnError()
    {
        FakeModel model(QStringLiteral("fake"),
                        [](double sbp, double, double, double) { return sbp / 10; });
        model.mutableCard().reference.clear(Var::Sbp); // the reference lacks a required input
        const Result<Explanation> e
            = Explainer(model).explain(patient(140, 170, 0), QStringLiteral("risk"), 10);
        QVERIFY(!e);
        QCOMPARE(e.error().code, ErrorCode::Unsupported);
        QVERIFY2(e.error().detail.contains(QStringLiteral("sbp is missing")),
                 qPrintable(e.error().detail));
    }

    void refusedPatientAndUnknownOutput()
    {
        const FakeModel model(QStringLiteral("fake"),
                              [](double sbp, double, double, double) { return sbp; });
        Snapshot s = patient(140, 170, 0);
        s.clear(Var::TotalCholesterol);
        const Result<Explanation> refused = Explainer(model).explain(s, QStringLiteral("risk"), 10);
        QVERIFY(!refused);
        QVERIFY(refused.error().detail.contains(QStringLiteral("total_cholesterol is missing")));
        const Result<Explanation> wrongHorizon
            = Explainer(model).explain(patient(140, 170, 0), QStringLiteral("risk"), 30);
        QVERIFY(!wrongHorizon);
        QCOMPARE(wrongHorizon.error().code, ErrorCode::InvalidInput);
        // An output without a horizon is found with an empty horizon.
        QVERIFY(
            Explainer(model).explain(patient(140, 170, 3), QStringLiteral("points"), std::nullopt));
    }

    void badCardsAreInternalErrors()
    {
        FakeModel model(QStringLiteral("fake"),
                        [](double sbp, double, double, double) { return sbp; });
        model.mutableCard().heldForExplanation.push_back(Var::Sbp);
        const Result<Explanation> e
            = Explainer(model).explain(patient(140, 170, 0), QStringLiteral("risk"), 10);
        QVERIFY(!e);
        QCOMPARE(e.error().code, ErrorCode::Internal);
#ifdef QT_NO_DEBUG
        // More than 14 players: Q_ASSERT in debug builds, an error (no number) otherwise.
        const ManyPlayerModel tooMany(15);
        const Result<Explanation> many
            = Explainer(tooMany).explain(Snapshot(), QStringLiteral("risk"), 10);
        QVERIFY(!many);
        QCOMPARE(many.error().code, ErrorCode::Internal);
#endif
    }
};

QTEST_GUILESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
