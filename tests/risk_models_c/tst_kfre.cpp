// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelTestSupport.h"

#include "core/risk/models/ModelFactories.h"

#include <QTest>

#include <cmath>

using namespace precis::risk;
using namespace precis::risk::testc;

namespace {

Snapshot four(double age, int sex, double egfr, double uacr, int region)
{
    return snapshotOf({{Var::Age, age},
                       {Var::Sex, sex},
                       {Var::Egfr, egfr},
                       {Var::Uacr, uacr},
                       {Var::KfreRegion, region}});
}

Snapshot eight(double age,
               int sex,
               double egfr,
               double uacr,
               int region,
               double ca,
               double ph,
               double alb,
               double bic)
{
    Snapshot s = four(age, sex, egfr, uacr, region);
    s.set(Var::Calcium, ca);
    s.set(Var::Phosphate, ph);
    s.set(Var::Albumin, alb);
    s.set(Var::Bicarbonate, bic);
    return s;
}

} // namespace

class TestKfre : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<RiskModel> m_four = models::makeKfre4Model();
    std::unique_ptr<RiskModel> m_eight = models::makeKfre8Model();

private Q_SLOTS:
    void cardShape()
    {
        for (const RiskModel *m : {m_four.get(), m_eight.get()}) {
            const ModelCard &c = m->card();
            QCOMPARE(c.outputs.size(), std::size_t{2});
            QCOMPARE(c.outputs[0].outcome, QStringLiteral("kidney_failure"));
            QCOMPARE(c.outputs[0].unit, QStringLiteral("%"));
            QCOMPARE(c.outputs[0].horizonYears, std::optional<int>(2));
            QCOMPARE(c.outputs[1].horizonYears, std::optional<int>(5));
            QVERIFY(c.guideline.contains(QStringLiteral("KDIGO")));
            QVERIFY(c.guideline.contains(QStringLiteral("NG203")));
        }
        QCOMPARE(m_four->card().id, QStringLiteral("kfre-4"));
        QCOMPARE(m_eight->card().id, QStringLiteral("kfre-8"));
    }

    void fourVariable_data()
    {
        QTest::addColumn<Snapshot>("snapshot");
        QTest::addColumn<double>("twoYear");
        QTest::addColumn<double>("fiveYear");
        QTest::addColumn<double>("tolerance");
        // No published example with exact inputs found (kidneyfailurerisk.com shows no worked
        // example). The first three rows are values of tests/reference/precis_reference.py (the
        // second implementation in this repository, written from Tangri 2011 models 3 and 6 and
        // the Tangri 2016 baselines), to 4 decimals: not published figures. Check by hand of the
        // first two: M 60, eGFR 30, ACR 300 mg/g:
        // LP = -0.2201(6.0-7.036) + 0.2467(1-0.5642) - 0.5567(6-7.222) + 0.4510(ln300-5.137)
        //    = 0.22802 + 0.10751 + 0.68029 + 0.25562 = 1.27144; exp(LP) = 3.5659.
        // NA: 1-0.9750^3.5659 = 8.6327 %, 1-0.9240^3.5659 = 24.5626 %;
        // other: 1-0.9832^3.5659 = 5.8629 %, 1-0.9365^3.5659 = 20.8598 %. Tolerance 0.001 pt.
        QTest::newRow("M60 eGFR30 ACR300 NA (tests/reference)")
            << four(60, 1, 30, 300, 0) << 8.6327 << 24.5626 << 0.001;
        QTest::newRow("M60 eGFR30 ACR300 other (tests/reference)")
            << four(60, 1, 30, 300, 1) << 5.8629 << 20.8598 << 0.001;
        // F 45, eGFR 55, ACR 10: LP = -2.96255 -> NA 0.1308 / 0.4077 %.
        QTest::newRow("F45 eGFR55 ACR10 NA (tests/reference)")
            << four(45, 0, 55, 10, 0) << 0.1308 << 0.4077 << 0.001;
        // Blog case (michaelaaronsonmd.blogspot.com 2019/03, kidneyfailurerisk.com output as
        // quoted): 68 y man, eGFR 42, "345" albuminuria, North America -> 5.47 % / 16.1 %.
        // Matches only if 345 is mg/mmol (= 3049.8 mg/g): we compute 5.51 / 16.21; accepted
        // within 0.15 pt (weak evidence: units of the quoted case are ambiguous).
        QTest::newRow("blog 68 M eGFR42 ACR 345 mg/mmol NA")
            << four(68, 1, 42, 345 * 8.84, 0) << 5.47 << 16.1 << 0.15;
    }
    void fourVariable()
    {
        QFETCH(Snapshot, snapshot);
        QFETCH(double, twoYear);
        QFETCH(double, fiveYear);
        QFETCH(double, tolerance);
        const Evaluation e = m_four->evaluate(snapshot);
        QCOMPARE(e.modelId, QStringLiteral("kfre-4"));
        QCOMPARE(e.rows.size(), std::size_t{2});
        QCOMPARE(e.rows[0].status, Status::Ok);
        QVERIFY2(std::abs(*e.rows[0].value - twoYear) <= tolerance,
                 qPrintable(QString::number(*e.rows[0].value, 'f', 4)));
        QVERIFY2(std::abs(*e.rows[1].value - fiveYear) <= tolerance,
                 qPrintable(QString::number(*e.rows[1].value, 'f', 4)));
        QCOMPARE(e.inputs.size(), std::size_t{5});
    }

    void eightVariable_data()
    {
        QTest::addColumn<Snapshot>("snapshot");
        QTest::addColumn<double>("twoYear");
        QTest::addColumn<double>("fiveYear");
        // Values of tests/reference/precis_reference.py (second implementation, not published),
        // to 4 decimals. Check by hand: at the cohort means of the four serum values the extra
        // terms vanish:
        // M 60, eGFR 30, ACR 300: LP = -0.1992(-1.036) + 0.1602(0.4358) - 0.4919(-1.222)
        //   + 0.3364(0.56666) = 1.06795; exp = 2.9094; NA 1-0.9780^2.9094 = 6.2672 %,
        //   1-0.9301^2.9094 = 19.0085 %; other 1-0.9827^.. = 4.9506 %, 1-0.9245^.. = 20.4191 %.
        QTest::newRow("M60 means NA")
            << eight(60, 1, 30, 300, 0, 9.355, 3.916, 3.997, 25.57) << 6.2672 << 19.0085;
        QTest::newRow("M60 means other")
            << eight(60, 1, 30, 300, 1, 9.355, 3.916, 3.997, 25.57) << 4.9506 << 20.4191;
        // F 70, eGFR 20, ACR 1000, Ca 9.0, P 4.5, Alb 3.5, HCO3 22, NA: LP = 2.76209 ->
        // 29.6870 % / 68.2509 %.
        QTest::newRow("F70 NA") << eight(70, 0, 20, 1000, 0, 9.0, 4.5, 3.5, 22) << 29.6870
                                << 68.2509;
    }
    void eightVariable()
    {
        QFETCH(Snapshot, snapshot);
        QFETCH(double, twoYear);
        QFETCH(double, fiveYear);
        const Evaluation e = m_eight->evaluate(snapshot);
        QCOMPARE(e.modelId, QStringLiteral("kfre-8"));
        QVERIFY2(std::abs(*e.rows[0].value - twoYear) <= 0.001,
                 qPrintable(QString::number(*e.rows[0].value, 'f', 4)));
        QVERIFY2(std::abs(*e.rows[1].value - fiveYear) <= 0.001,
                 qPrintable(QString::number(*e.rows[1].value, 'f', 4)));
        QCOMPARE(e.inputs.size(), std::size_t{9});
    }

    void egfrAtOrAbove60Refused_data()
    {
        QTest::addColumn<double>("egfr");
        QTest::newRow("60") << 60.0;
        QTest::newRow("75") << 75.0;
    }
    void egfrAtOrAbove60Refused()
    {
        QFETCH(double, egfr);
        for (const RiskModel *m : {m_four.get(), m_eight.get()}) {
            const Evaluation e
                = m->evaluate(eight(60, 1, egfr, 300, 0, 9.355, 3.916, 3.997, 25.57));
            QCOMPARE(e.rows.size(), std::size_t{2});
            for (const OutcomeRow &row : e.rows) {
                QCOMPARE(row.status, Status::Refused);
                QVERIFY(!row.value);
                QVERIFY(anyMessageContains(row, QStringLiteral("egfr = ")));
                QVERIFY(anyMessageContains(row, QStringLiteral("egfr < 60")));
            }
        }
        // Just below the limit is computed.
        QCOMPARE(m_four->evaluate(four(60, 1, 59.99, 300, 0)).rows[0].status, Status::Ok);
    }

    void belowDevelopmentRangeWarns_data()
    {
        QTest::addColumn<bool>("eightVariables");
        QTest::addColumn<double>("egfr");
        QTest::addColumn<double>("twoYear");
        QTest::addColumn<double>("fiveYear");
        QTest::addColumn<bool>("warns");
        // Issue #12: F 65, UACR 300 mg/g, North American; 8-variable at the cohort means of
        // the serum values. Tangri 2011 (JAMA 305:1553, abstract) developed and validated the
        // equations with eGFR 10-59, so below 10 the row is computed but is a warning. Values:
        // tests/reference/precis_reference.py (the second implementation in this repository,
        // not a published figure), 1e-9 pt.
        QTest::newRow("kfre-4 eGFR 5")
            << false << 5.0 << 64.0192837074562 << 95.88819787207794 << true;
        QTest::newRow("kfre-4 eGFR 9.99")
            << false << 9.99 << 44.370976168207264 << 83.9741555165398 << true;
        QTest::newRow("kfre-4 eGFR 10 (in range)")
            << false << 10.0 << 44.33466043590495 << 83.94147013724816 << false;
        QTest::newRow("kfre-8 eGFR 5")
            << true << 5.0 << 44.23033531628536 << 85.07503755769191 << true;
        QTest::newRow("kfre-8 eGFR 10 (in range)")
            << true << 10.0 << 30.026813520351737 << 68.74797988798937 << false;
    }
    void belowDevelopmentRangeWarns()
    {
        QFETCH(bool, eightVariables);
        QFETCH(double, egfr);
        QFETCH(double, twoYear);
        QFETCH(double, fiveYear);
        QFETCH(bool, warns);
        const RiskModel &m = eightVariables ? *m_eight : *m_four;
        const Evaluation e = m.evaluate(eight(65, 0, egfr, 300, 0, 9.355, 3.916, 3.997, 25.57));
        QCOMPARE(e.rows.size(), std::size_t{2});
        const double expected[2] = {twoYear, fiveYear};
        for (std::size_t i = 0; i < 2; ++i) {
            const OutcomeRow &row = e.rows[i];
            QVERIFY2(row.value && std::abs(*row.value - expected[i]) <= 1e-9,
                     qPrintable(QString::number(row.value.value_or(-1), 'g', 15)));
            QCOMPARE(row.status, warns ? Status::Warning : Status::Ok);
            QCOMPARE(
                anyMessageContains(row, QStringLiteral("extrapolated below the development range")),
                warns);
            if (warns) {
                QVERIFY2(anyMessageContains(row, QStringLiteral("egfr = %1").arg(egfr)),
                         qPrintable(row.messages.join(u'|')));
                QVERIFY(anyMessageContains(row, QStringLiteral("eGFR 10-59")));
            }
        }
        // The card says so.
        QVERIFY(m.card().limits.join(u' ').contains(QStringLiteral("eGFR 10-59")));
    }

    void dialysisRefused()
    {
        // Issue #12: the KFRE predicts the start of kidney replacement therapy; it does not
        // apply on dialysis or after a transplant (Tangri 2011), so dialysis = 1 refuses both
        // rows with that reason, exactly like any other refusal.
        for (const RiskModel *m : {m_four.get(), m_eight.get()}) {
            Snapshot s = eight(60, 1, 30, 300, 0, 9.355, 3.916, 3.997, 25.57);
            const Evaluation unknown = m->evaluate(s);
            QCOMPARE(unknown.rows[0].status, Status::Ok);

            s.set(Var::Dialysis, 0);
            const Evaluation notOnDialysis = m->evaluate(s);
            QCOMPARE(notOnDialysis.rows[0].status, Status::Ok);
            QCOMPARE(*notOnDialysis.rows[0].value, *unknown.rows[0].value);
            QCOMPARE(*notOnDialysis.rows[1].value, *unknown.rows[1].value);

            s.set(Var::Dialysis, 1);
            const Evaluation onDialysis = m->evaluate(s);
            QCOMPARE(onDialysis.modelId, m->card().id);
            QCOMPARE(onDialysis.rows.size(), std::size_t{2});
            for (const OutcomeRow &row : onDialysis.rows) {
                QCOMPARE(row.status, Status::Refused);
                QVERIFY(!row.value);
                QVERIFY2(anyMessageContains(row, QStringLiteral("dialysis = 1")),
                         qPrintable(row.messages.join(u'|')));
                QVERIFY(anyMessageContains(row, QStringLiteral("does not apply on dialysis")));
            }
            // A malformed flag is refused, never read as "not on dialysis".
            for (double bad : {0.5, 2.0}) {
                s.set(Var::Dialysis, bad);
                const Evaluation e = m->evaluate(s);
                QCOMPARE(e.rows[0].status, Status::Refused);
                QVERIFY2(anyMessageContains(e.rows[0], QStringLiteral("dialysis = ")),
                         qPrintable(e.rows[0].messages.join(u'|')));
            }
            const QString limits = m->card().limits.join(u' ');
            QVERIFY(limits.contains(QStringLiteral("Does not apply on dialysis or after a kidney "
                                                   "transplant")));
            bool listed = false;
            for (const InputSpec &in : m->card().inputs)
                listed |= in.var == Var::Dialysis && in.optional;
            QVERIFY(listed);
        }
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("uacr missing") << 0 << QStringLiteral("uacr is missing");
        QTest::newRow("region missing") << 1 << QStringLiteral("kfre_region is missing");
        QTest::newRow("calcium missing") << 2 << QStringLiteral("calcium is missing");
        QTest::newRow("albumin out of range") << 3 << QStringLiteral("albumin = 40 g/dL");
        QTest::newRow("age 17") << 4 << QStringLiteral("age = 17 a");
    }
    void refusals()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        Snapshot s = eight(60, 1, 30, 300, 0, 9.355, 3.916, 3.997, 25.57);
        switch (which) {
        case 0:
            s.clear(Var::Uacr);
            break;
        case 1:
            s.clear(Var::KfreRegion);
            break;
        case 2:
            s.clear(Var::Calcium);
            break;
        case 3:
            s.set(Var::Albumin, 40);
            break;
        case 4:
            s.set(Var::Age, 17);
            break;
        default:
            break;
        }
        const Evaluation e = m_eight->evaluate(s);
        QCOMPARE(e.rows[0].status, Status::Refused);
        QCOMPARE(e.rows[1].status, Status::Refused);
        QVERIFY2(anyMessageContains(e.rows[1], message), qPrintable(e.rows[1].messages.join(u'|')));
    }

    void fourIgnoresSerumValues()
    {
        // The 4-variable model must not need (or record) the 8-variable inputs.
        const Evaluation e = m_four->evaluate(four(60, 1, 30, 300, 0));
        QCOMPARE(e.rows[0].status, Status::Ok);
        QCOMPARE(e.inputs.size(), std::size_t{5});
    }

    void categories()
    {
        // Drive the risk through the bands by eGFR and check each token against the value,
        // with the edges of the bands as stated in the card (>= 10, >= 40; < 3, 3-<5, >= 5).
        bool sawBelow10 = false, sawMulti = false, sawKrt = false, sawLow = false,
             sawReferral = false, sawHigh = false;
        for (double egfr = 5; egfr < 60; egfr += 0.25) {
            const Evaluation e = m_four->evaluate(four(65, 1, egfr, 200, 0));
            const double two = *e.rows[0].value;
            const double five = *e.rows[1].value;
            const QString t2 = two >= 40   ? QStringLiteral("krt_planning")
                               : two >= 10 ? QStringLiteral("multidisciplinary")
                                           : QStringLiteral("below_10");
            const QString t5 = five >= 5   ? QStringLiteral("high")
                               : five >= 3 ? QStringLiteral("referral")
                                           : QStringLiteral("low");
            QCOMPARE(e.rows[0].category, t2);
            QCOMPARE(e.rows[1].category, t5);
            sawBelow10 |= t2 == QStringLiteral("below_10");
            sawMulti |= t2 == QStringLiteral("multidisciplinary");
            sawKrt |= t2 == QStringLiteral("krt_planning");
            sawLow |= t5 == QStringLiteral("low");
            sawReferral |= t5 == QStringLiteral("referral");
            sawHigh |= t5 == QStringLiteral("high");
        }
        QVERIFY(sawBelow10 && sawMulti && sawKrt && sawLow && sawReferral && sawHigh);
    }
};

QTEST_GUILESS_MAIN(TestKfre)
#include "tst_kfre.moc"
