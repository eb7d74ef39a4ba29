// SPDX-License-Identifier: GPL-3.0-or-later
// SCORE2-OP precision (issue #12): how far the rounded published constants are from the
// authors' full precision that the model uses, over the whole valid input range, and that the
// model card states that bound rather than a smaller one.
#include "ModelTestSupport.h"

#include "core/clinical/Units.h"
#include "core/risk/models/ModelFactories.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>

using namespace precis::risk;
using namespace precis::risk::testc;

namespace {

constexpr double kMgdl = precis::clinical::units::kCholesterolMgdlPerMmol;

// The published, rounded SCORE2-OP constants. Coefficients: SCORE2-OP working group, Eur Heart J
// 2021;42:2455, Table 2 (log subdistribution hazard ratios to 4 decimals; men's age x TC
// +0.0073 as in the article, not the supplement's -0.0009). Baseline survival 0.7576 (men) /
// 0.8082 (women) and mean linear predictor 0.0929 / 0.2288: the same values to 4 decimals.
// Third-party transcriptions print the women's mean as 0.229 (dvicencio/RiskScorescvd
// R/11_SCORE2_func.R, commit 0e9ebdc0), so the sweep takes both and reports the larger gap.
// Region scales as published to 2 decimals (Supplementary Methods Table 1; the low-region
// values there are the authors' -0.34/1.19 and -0.52/1.01, not the worked example's).
struct OpConstants
{
    double age, diabetes, diabetesAge, smoking, smokingAge, sbp, sbpAge, tchol, tcholAge, hdl,
        hdlAge, mean, s0;
};
constexpr OpConstants kPublishedMale{.age = 0.0634,
                                     .diabetes = 0.4245,
                                     .diabetesAge = -0.0174,
                                     .smoking = 0.3524,
                                     .smokingAge = -0.0247,
                                     .sbp = 0.0094,
                                     .sbpAge = -0.0005,
                                     .tchol = 0.0850,
                                     .tcholAge = 0.0073,
                                     .hdl = -0.3564,
                                     .hdlAge = 0.0091,
                                     .mean = 0.0929,
                                     .s0 = 0.7576};
constexpr OpConstants kPublishedFemale{.age = 0.0789,
                                       .diabetes = 0.6010,
                                       .diabetesAge = -0.0107,
                                       .smoking = 0.4921,
                                       .smokingAge = -0.0255,
                                       .sbp = 0.0102,
                                       .sbpAge = -0.0004,
                                       .tchol = 0.0605,
                                       .tcholAge = -0.0009,
                                       .hdl = -0.3040,
                                       .hdlAge = 0.0154,
                                       .mean = 0.2288,
                                       .s0 = 0.8082};
constexpr double kFemaleMeanAlternative = 0.229;

struct Scales
{
    double scale1, scale2;
};
// Index: score2_region code (0 low, 1 moderate, 2 high, 3 very high).
// The authors' 6-decimal scales (score2oprisk.ado, S. Kaptoge, skkceu/stata @ abd8702e).
constexpr std::array<Scales, 4> kAuthorsMale{
    {{-0.343484, 1.193038}, {0.005320, 1.248514}, {0.084305, 1.151902}, {0.045959, 0.703625}}};
constexpr std::array<Scales, 4> kAuthorsFemale{
    {{-0.516054, 1.007238}, {-0.101044, 1.099621}, {0.375720, 1.089031}, {0.379293, 0.691530}}};
// The same scales as published to 2 decimals (Supplementary Methods Table 1).
constexpr std::array<Scales, 4> kPublishedMale2{
    {{-0.34, 1.19}, {0.01, 1.25}, {0.08, 1.15}, {0.05, 0.70}}};
constexpr std::array<Scales, 4> kPublishedFemale2{
    {{-0.52, 1.01}, {-0.10, 1.10}, {0.38, 1.09}, {0.38, 0.69}}};

/// 10-year risk in % with the given constants (SCORE2-OP article, Supplementary Methods).
double opRisk(const OpConstants &k,
              double mean,
              Scales scales,
              double age,
              bool smoker,
              bool diabetes,
              double sbp,
              double tcMmol,
              double hdlMmol)
{
    const double a = age - 73.0;
    const double s = sbp - 150.0;
    const double t = tcMmol - 6.0;
    const double h = hdlMmol - 1.4;
    const double d = diabetes ? 1.0 : 0.0;
    const double sm = smoker ? 1.0 : 0.0;
    const double lp = k.age * a + k.diabetes * d + k.diabetesAge * d * a + k.smoking * sm
                      + k.smokingAge * sm * a + k.sbp * s + k.sbpAge * a * s + k.tchol * t
                      + k.tcholAge * a * t + k.hdl * h + k.hdlAge * a * h;
    const double uncalibrated = 1.0 - std::pow(k.s0, std::exp(lp - mean));
    return 100.0
           * (1.0
              - std::exp(-std::exp(scales.scale1
                                   + scales.scale2 * std::log(-std::log(1.0 - uncalibrated)))));
}

struct Profile
{
    int sex = 0;
    int region = 0;
    bool smoker = false;
    bool diabetes = false;
    double age = 0;
    double sbp = 0;
    double tcMmol = 0;
    double hdlMmol = 0;
};

double opRisk(const OpConstants &k, double mean, Scales scales, const Profile &p)
{
    return opRisk(k, mean, scales, p.age, p.smoker, p.diabetes, p.sbp, p.tcMmol, p.hdlMmol);
}

QString describe(const Profile &p, double mean, double model, double other)
{
    return QStringLiteral("sex %1 region %2 smoker %3 diabetes %4 age %5 SBP %6 TC %7 HDL %8 "
                          "(mmol/L), mean LP %9: model %10 %, published constants %11 %")
        .arg(p.sex)
        .arg(p.region)
        .arg(p.smoker)
        .arg(p.diabetes)
        .arg(p.age)
        .arg(p.sbp)
        .arg(p.tcMmol)
        .arg(p.hdlMmol)
        .arg(mean)
        .arg(model, 0, 'f', 4)
        .arg(other, 0, 'f', 4);
}

/// Calls f(profile) for every point of the sweep grid over the card's valid range: ages 70-89
/// (every year), SBP 100-200 step 10, TC 3-10 step 0.25 mmol/L, HDL 0.5-2.75 step 0.25 and the
/// upper limit 3.0 mmol/L, both sexes, all four regions, smoking and diabetes (2,245,760 points).
template <typename F>
void forEachProfile(F &&f)
{
    Profile p;
    for (p.sex = 0; p.sex <= 1; ++p.sex) {
        for (p.region = 0; p.region < 4; ++p.region) {
            for (const bool smoker : {false, true}) {
                p.smoker = smoker;
                for (const bool diabetes : {false, true}) {
                    p.diabetes = diabetes;
                    for (int age = 70; age <= 89; ++age) {
                        p.age = age;
                        for (int sbp = 100; sbp <= 200; sbp += 10) {
                            p.sbp = sbp;
                            for (int tc = 0; tc <= 28; ++tc) {
                                p.tcMmol = 3.0 + 0.25 * tc;
                                for (int hdl = 0; hdl <= 10; ++hdl) {
                                    p.hdlMmol = hdl == 10 ? 3.0 : 0.5 + 0.25 * hdl;
                                    f(p);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

struct Gap
{
    double value = 0;
    QString where;
};

} // namespace

class TestScore2Precision : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<RiskModel> m_model = models::makeScore2Model();

    // The bounds the card states (percentage points), and how close to them the sweep must come
    // (the card rounds the true maximum to 2 decimals).
    static constexpr double kTableBound = 1.36;     // rounded coefficients, S0, mean LP
    static constexpr double kPublishedBound = 1.50; // ... and 2-decimal region scales
    static constexpr double kRounding = 0.005;

private Q_SLOTS:
    void sweepStaysWithinStatedBound()
    {
        // The gap peaks smoothly in TC near 8.4-8.5 mmol/L (on the grid) and at the SBP and HDL
        // edges; a 0.05-step TC and 1-step SBP sweep near the maximum (run when this test was
        // written) moves the maximum by < 1e-4 pt.
        Gap table;
        Gap published;
        Snapshot s = snapshotOf({});
        bool allComputed = true;
        forEachProfile([&](const Profile &p) {
            s.set(Var::Sex, p.sex);
            s.set(Var::Score2Region, p.region);
            s.set(Var::Smoking, p.smoker ? 5 : 0);
            s.set(Var::Diabetes, p.diabetes ? 2 : 0);
            s.set(Var::Age, p.age);
            s.set(Var::Sbp, p.sbp);
            s.set(Var::TotalCholesterol, p.tcMmol * kMgdl);
            s.set(Var::HdlCholesterol, p.hdlMmol * kMgdl);
            const Evaluation e = m_model->evaluate(s);
            if (e.rows.size() != 1 || !e.rows[0].value) {
                allComputed = false;
                return;
            }
            const double model = *e.rows[0].value;
            const bool male = p.sex == 1;
            const OpConstants &k = male ? kPublishedMale : kPublishedFemale;
            const auto r = static_cast<std::size_t>(p.region);
            const Scales authors = (male ? kAuthorsMale : kAuthorsFemale)[r];
            const Scales rounded = (male ? kPublishedMale2 : kPublishedFemale2)[r];
            for (const double mean : {k.mean, male ? k.mean : kFemaleMeanAlternative}) {
                const double t = opRisk(k, mean, authors, p);
                const double all = opRisk(k, mean, rounded, p);
                if (std::abs(model - t) > table.value)
                    table = {std::abs(model - t), describe(p, mean, model, t)};
                if (std::abs(model - all) > published.value)
                    published = {std::abs(model - all), describe(p, mean, model, all)};
            }
        });
        QVERIFY2(allComputed, "a profile inside the card's range was not computed");
        qInfo("max gap, rounded table with the authors' scales: %.4f pt at %s",
              table.value,
              qPrintable(table.where));
        qInfo("max gap, published constants throughout: %.4f pt at %s",
              published.value,
              qPrintable(published.where));
        // The stated bounds hold over the range, and are the true maxima (to the card's 2
        // decimals), not loose upper limits.
        QVERIFY2(table.value <= kTableBound + kRounding, qPrintable(table.where));
        QVERIFY2(table.value >= kTableBound - kRounding, qPrintable(table.where));
        QVERIFY2(published.value <= kPublishedBound + kRounding, qPrintable(published.where));
        QVERIFY2(published.value >= kPublishedBound - kRounding, qPrintable(published.where));
    }

    void cardStatesTheBound()
    {
        const QString limits = m_model->card().limits.join(u'\n');
        QVERIFY2(!limits.contains(QStringLiteral("< 0.05 pt")), qPrintable(limits));
        QVERIFY2(limits.contains(
                     QStringLiteral("up to %1 pt").arg(QString::number(kTableBound, 'f', 2))),
                 qPrintable(limits));
        QVERIFY2(limits.contains(
                     QStringLiteral("up to %1 pt").arg(QString::number(kPublishedBound, 'f', 2))),
                 qPrintable(limits));
        QVERIFY(limits.contains(QStringLiteral("ESC online calculator appears to use the "
                                               "2-decimal scales")));
    }

    void statedExamples()
    {
        // The card's example: woman 89, smoker, no diabetes, SBP 200, TC 8, HDL 3.0 mmol/L, high
        // region: 66.10 % (full precision, the model) vs 67.60 % (published constants).
        const Snapshot s = snapshotOf({{Var::Age, 89},
                                       {Var::Sex, 0},
                                       {Var::Smoking, 5},
                                       {Var::Sbp, 200},
                                       {Var::TotalCholesterol, 8 * kMgdl},
                                       {Var::HdlCholesterol, 3.0 * kMgdl},
                                       {Var::Diabetes, 0},
                                       {Var::Score2Region, 2}});
        const Evaluation e = m_model->evaluate(s);
        QCOMPARE(e.rows[0].status, Status::Ok);
        QVERIFY2(std::abs(*e.rows[0].value - 66.10) < 0.005,
                 qPrintable(QString::number(*e.rows[0].value, 'f', 4)));
        const double published = opRisk(kPublishedFemale,
                                        kPublishedFemale.mean,
                                        kPublishedFemale2[2],
                                        89,
                                        true,
                                        false,
                                        200,
                                        8,
                                        3.0);
        QVERIFY2(std::abs(published - 67.60) < 0.005, qPrintable(QString::number(published)));

        // ESC online calculator (screenshot in dvicencio/RiskScorescvd issue #2): man 75,
        // smoker, SBP 140, TC 5.5, HDL 1.3, low region -> 19 %. The published constants round
        // to 19, full precision (the model) to 18: the calculator appears to use the former.
        const Snapshot m = snapshotOf({{Var::Age, 75},
                                       {Var::Sex, 1},
                                       {Var::Smoking, 5},
                                       {Var::Sbp, 140},
                                       {Var::TotalCholesterol, 5.5 * kMgdl},
                                       {Var::HdlCholesterol, 1.3 * kMgdl},
                                       {Var::Diabetes, 0},
                                       {Var::Score2Region, 0}});
        const double full = *m_model->evaluate(m).rows[0].value;
        QCOMPARE(std::round(full), 18.0);
        const double rounded = opRisk(kPublishedMale,
                                      kPublishedMale.mean,
                                      kPublishedMale2[0],
                                      75,
                                      true,
                                      false,
                                      140,
                                      5.5,
                                      1.3);
        QCOMPARE(std::round(rounded), 19.0);
        QVERIFY2(std::abs(rounded - 18.56) < 0.005, qPrintable(QString::number(rounded)));
    }
};

QTEST_GUILESS_MAIN(TestScore2Precision)
#include "tst_score2_precision.moc"
