// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelTestSupport.h"

#include "core/clinical/Units.h"
#include "core/risk/models/ModelFactories.h"

#include <QTest>

#include <cmath>

using namespace precis::risk;
using namespace precis::risk::testc;

namespace {

constexpr double kMgdl = precis::clinical::units::kCholesterolMgdlPerMmol;

Snapshot profile(double age,
                 int sex,
                 int smoking,
                 double sbp,
                 double tcMmol,
                 double hdlMmol,
                 int diabetes,
                 int region)
{
    return snapshotOf({{Var::Age, age},
                       {Var::Sex, sex},
                       {Var::Smoking, smoking},
                       {Var::Sbp, sbp},
                       {Var::TotalCholesterol, tcMmol * kMgdl},
                       {Var::HdlCholesterol, hdlMmol * kMgdl},
                       {Var::Diabetes, diabetes},
                       {Var::Score2Region, region}});
}

} // namespace

class TestScore2 : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<RiskModel> m_model = models::makeScore2Model();

private Q_SLOTS:
    void cardShape()
    {
        const ModelCard &c = m_model->card();
        QCOMPARE(c.id, QStringLiteral("score2"));
        QCOMPARE(c.outputs.size(), std::size_t{1});
        QCOMPARE(c.outputs[0].outcome, QStringLiteral("cvd"));
        QCOMPARE(c.outputs[0].unit, QStringLiteral("%"));
        QCOMPARE(c.outputs[0].horizonYears, std::optional<int>(10));
        QVERIFY(c.players.size() <= 14);
        QVERIFY(!c.guideline.isEmpty());
    }

    void workedExamples_data()
    {
        QTest::addColumn<double>("age");
        QTest::addColumn<int>("sex");
        QTest::addColumn<int>("region");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<QString>("modelId");
        // SCORE2 supplement worked example (Supplementary Methods Table 3; also
        // Keyoniq-techdev/nova_condition_risk_calculators score2/README_SCORE2.md): 50 y current
        // smoker, SBP 140, TC 5.5, HDL 1.3 mmol/L, low-risk region -> M 5.9 %, F 4.2 %
        // (published to 1 decimal; tolerance 0.05 pt).
        QTest::newRow("SCORE2 M low (supplement)") << 50.0 << 1 << 0 << 5.9 << 0.05 << "score2";
        QTest::newRow("SCORE2 F low (supplement)") << 50.0 << 0 << 0 << 4.2 << 0.05 << "score2";
        // SCORE2 paper abstract (Eur Heart J 2021;42:2439): the same profile "ranged from 5.9 %
        // for men in low-risk countries to 14.0 % for men in very high-risk countries, and from
        // 4.2 % for women in low-risk countries to 13.7 % for women in very high-risk countries".
        QTest::newRow("SCORE2 M very high (abstract)")
            << 50.0 << 1 << 3 << 14.0 << 0.05 << "score2";
        QTest::newRow("SCORE2 F very high (abstract)")
            << 50.0 << 0 << 3 << 13.7 << 0.05 << "score2";
        // Moderate and high regions: no published example found. Values of
        // tests/reference/precis_reference.py (the second implementation in this repository,
        // written from the published equation and scales; not published figures), to 4
        // decimals. Check by hand: M: LP = 0.3742*(-2) + 0.6012 + 0.2777*1 + 0.1458*(-0.5) +
        // (-0.0755)(-2)
        //        + (-0.0255)(-2)(1) + (-0.0281)(-2)(-0.5) = 0.2004 -> uncal = 1-0.9605^e^LP
        //        = 4.953 %; ln(-ln(1-0.04953)) = -2.980; moderate: 1-exp(-exp(-0.156481
        //        + 0.800869*-2.980)) = 7.56 %; high 8.12 %; very high 14.05 % (the paper
        //        abstract says 14.0). F analogously: 5.07 / 6.88 / 13.70 %. Tolerance 0.01 pt.
        QTest::newRow("SCORE2 M moderate (tests/reference)")
            << 50.0 << 1 << 1 << 7.5621 << 0.01 << "score2";
        QTest::newRow("SCORE2 M high (tests/reference)")
            << 50.0 << 1 << 2 << 8.1227 << 0.01 << "score2";
        QTest::newRow("SCORE2 M very high (tests/reference)")
            << 50.0 << 1 << 3 << 14.0496 << 0.01 << "score2";
        QTest::newRow("SCORE2 F moderate (tests/reference)")
            << 50.0 << 0 << 1 << 5.0733 << 0.01 << "score2";
        QTest::newRow("SCORE2 F high (tests/reference)")
            << 50.0 << 0 << 2 << 6.8754 << 0.01 << "score2";
        QTest::newRow("SCORE2 F very high (tests/reference)")
            << 50.0 << 0 << 3 << 13.6992 << 0.01 << "score2";
        // SCORE2-OP: 75 y smoker, SBP 140, TC 5.5, HDL 1.3, no diabetes, low region: ESC online
        // calculator shows F 15 %, M 19 % (dvicencio/RiskScorescvd issue #2, screenshots).
        // The authors' coefficients give F 15.28 % (rounds to 15) and M 18.43 % (rounds to 18,
        // not 19): the male row is accepted within 1 pt. The published 2-decimal region scales
        // give 18.56 % (19): the calculator appears to use them (tst_score2_precision).
        QTest::newRow("SCORE2-OP F low (ESC calculator)")
            << 75.0 << 0 << 0 << 15.0 << 0.5 << "score2-op";
        QTest::newRow("SCORE2-OP M low (ESC calculator)")
            << 75.0 << 1 << 0 << 19.0 << 1.0 << "score2-op";
        // Values of tests/reference/precis_reference.py (second implementation with the authors'
        // full-precision constants; not published figures), to 4 decimals. Check by hand
        // (uncalibrated F 24.444 %, M 29.633 %):
        // F: 1-exp(-exp(-0.516054 + 1.007238*ln(-ln(1-0.24444)))) = 15.2759 %.
        QTest::newRow("SCORE2-OP F low (tests/reference)")
            << 75.0 << 0 << 0 << 15.2759 << 0.001 << "score2-op";
        QTest::newRow("SCORE2-OP M low (tests/reference)")
            << 75.0 << 1 << 0 << 18.4300 << 0.001 << "score2-op";
        QTest::newRow("SCORE2-OP M very high (tests/reference)")
            << 75.0 << 1 << 3 << 39.4474 << 0.001 << "score2-op";
        QTest::newRow("SCORE2-OP F high (tests/reference)")
            << 75.0 << 0 << 2 << 30.5409 << 0.001 << "score2-op";
    }
    void workedExamples()
    {
        QFETCH(double, age);
        QFETCH(int, sex);
        QFETCH(int, region);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        QFETCH(QString, modelId);
        const Evaluation e = m_model->evaluate(profile(age, sex, 4, 140, 5.5, 1.3, 0, region));
        QCOMPARE(e.modelId, modelId);
        QCOMPARE(e.rows.size(), std::size_t{1});
        QCOMPARE(e.rows[0].status, Status::Ok);
        QVERIFY(e.rows[0].value.has_value());
        QVERIFY2(std::abs(*e.rows[0].value - expected) <= tolerance,
                 qPrintable(QString::number(*e.rows[0].value, 'f', 4)));
        QCOMPARE(e.inputs.size(), std::size_t{8});
    }

    void smokingCodes()
    {
        // light/moderate/heavy/current are all "current"; never/former are not.
        const double never
            = *m_model->evaluate(profile(50, 1, 0, 140, 5.5, 1.3, 0, 0)).rows[0].value;
        const double former
            = *m_model->evaluate(profile(50, 1, 1, 140, 5.5, 1.3, 0, 0)).rows[0].value;
        QCOMPARE(never, former);
        for (int code = 2; code <= 5; ++code) {
            const double v
                = *m_model->evaluate(profile(50, 1, code, 140, 5.5, 1.3, 0, 0)).rows[0].value;
            QVERIFY(std::abs(v - 5.9136) < 0.001);
        }
    }

    void diabetesRefusedUnder70KeptFrom70()
    {
        const Evaluation young = m_model->evaluate(profile(60, 1, 0, 140, 5.5, 1.3, 2, 0));
        QCOMPARE(young.rows[0].status, Status::Refused);
        QVERIFY(!young.rows[0].value);
        QVERIFY(anyMessageContains(young.rows[0], QStringLiteral("SCORE2-Diabetes")));
        QVERIFY(anyMessageContains(young.rows[0], QStringLiteral("diabetes")));

        const Evaluation oldNoDm = m_model->evaluate(profile(75, 1, 0, 140, 5.5, 1.3, 0, 0));
        const Evaluation oldDm = m_model->evaluate(profile(75, 1, 0, 140, 5.5, 1.3, 1, 0));
        QCOMPARE(oldDm.rows[0].status, Status::Ok);
        QVERIFY(*oldDm.rows[0].value > *oldNoDm.rows[0].value);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("dropOrBreak"); // which field
        QTest::addColumn<QString>("field");
        QTest::newRow("age missing") << 0 << QStringLiteral("age is missing");
        QTest::newRow("age 39") << 1
                                << QStringLiteral("age = 39 a is outside the valid range 40-89 a");
        QTest::newRow("age 90") << 2 << QStringLiteral("age = 90 a is outside");
        QTest::newRow("sbp 99") << 3
                                << QStringLiteral(
                                       "sbp = 99 mm[Hg] is outside the valid range 100-200 mm[Hg]");
        QTest::newRow("region missing") << 4 << QStringLiteral("score2_region is missing");
        QTest::newRow("hdl missing") << 5 << QStringLiteral("hdl_cholesterol is missing");
        QTest::newRow("tc 400") << 6 << QStringLiteral("total_cholesterol = 400 mg/dL");
        QTest::newRow("smoking missing") << 7 << QStringLiteral("smoking is missing");
    }
    void refusals()
    {
        QFETCH(int, dropOrBreak);
        QFETCH(QString, field);
        Snapshot s = profile(50, 1, 4, 140, 5.5, 1.3, 0, 0);
        switch (dropOrBreak) {
        case 0:
            s.clear(Var::Age);
            break;
        case 1:
            s.set(Var::Age, 39);
            break;
        case 2:
            s.set(Var::Age, 90);
            break;
        case 3:
            s.set(Var::Sbp, 99);
            break;
        case 4:
            s.clear(Var::Score2Region);
            break;
        case 5:
            s.clear(Var::HdlCholesterol);
            break;
        case 6:
            s.set(Var::TotalCholesterol, 400);
            break;
        case 7:
            s.clear(Var::Smoking);
            break;
        default:
            break;
        }
        const Evaluation e = m_model->evaluate(s);
        QCOMPARE(e.rows.size(), std::size_t{1});
        QCOMPARE(e.rows[0].status, Status::Refused);
        QCOMPARE(e.rows[0].outcome, QStringLiteral("cvd"));
        QVERIFY2(anyMessageContains(e.rows[0], field), qPrintable(e.rows[0].messages.join(u'|')));
    }

    void priorCvdWarns()
    {
        Snapshot s = profile(50, 1, 4, 140, 5.5, 1.3, 0, 0);
        s.set(Var::Cvd, 1);
        const Evaluation e = m_model->evaluate(s);
        QCOMPARE(e.rows[0].status, Status::Warning);
        QVERIFY(e.rows[0].value.has_value());
        QVERIFY(anyMessageContains(e.rows[0], QStringLiteral("cvd = 1")));
        s.set(Var::Cvd, 0);
        QCOMPARE(m_model->evaluate(s).rows[0].status, Status::Ok);
    }

    void escBands_data()
    {
        // ESC 2021 bands; we drive the value with SBP and check the category agrees with the
        // value at each age band (edges tested by the pure thresholds below).
        QTest::addColumn<double>("age");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("veryHigh");
        QTest::newRow("<50") << 45.0 << 2.5 << 7.5;
        QTest::newRow("50-69") << 60.0 << 5.0 << 10.0;
        QTest::newRow(">=70") << 80.0 << 7.5 << 15.0;
    }
    void escBands()
    {
        QFETCH(double, age);
        QFETCH(double, low);
        QFETCH(double, veryHigh);
        for (int sbp = 100; sbp <= 200; sbp += 2) {
            for (int smoking : {0, 4}) {
                const Evaluation e
                    = m_model->evaluate(profile(age, 1, smoking, sbp, 5.5, 1.3, 0, 1));
                const double v = *e.rows[0].value;
                const QString expected = v >= veryHigh ? QStringLiteral("very_high")
                                         : v >= low    ? QStringLiteral("high")
                                                       : QStringLiteral("low_to_moderate");
                QCOMPARE(e.rows[0].category, expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestScore2)
#include "tst_score2.moc"
