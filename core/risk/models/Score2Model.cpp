// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/Score2Model.h"

#include "core/clinical/Units.h"
#include "core/risk/InputReader.h"
#include "core/risk/models/GroupCSupport.h"
#include "core/risk/models/ModelFactories.h"

#include <array>
#include <cmath>

namespace precis::risk::models {

using namespace groupc;

namespace {

// SCORE2 (ages 40-69). SCORE2 working group and ESC Cardiovascular risk collaboration, Eur
// Heart J 2021;42:2439-54, Supplementary Methods Table 2 (sex-specific subdistribution
// hazard ratios, reported as log-coefficients) and Table 3 worked example. Cross-checked
// against the authors' Stata implementation (S. Kaptoge, Cambridge CEU, SSC package
// `score2risk`, score2risk.ado) and the R package RiskScorescvd (dvicencio/RiskScorescvd,
// R/11_SCORE2_func.R): identical to 4 decimals.
// Transformations: cage = (age - 60)/5, csbp = (sbp - 120)/20, ctchol = tc - 6 (mmol/L),
// chdl = (hdl - 1.3)/0.5 (mmol/L). The linear predictor is not centred (no mean subtracted):
// uncalibrated risk = 1 - S0^exp(LP).
struct Score2Coefficients
{
    double age, smoking, sbp, diabetes, tchol, hdl;
    double smokingAge, sbpAge, diabetesAge, tcholAge, hdlAge;
    double baselineSurvival;
};
constexpr Score2Coefficients kScore2Male{0.3742,
                                         0.6012,
                                         0.2777,
                                         0.6457,
                                         0.1458,
                                         -0.2698,
                                         -0.0755,
                                         -0.0255,
                                         -0.0983,
                                         -0.0281,
                                         0.0426,
                                         0.9605};
constexpr Score2Coefficients kScore2Female{0.4648,
                                           0.7744,
                                           0.3131,
                                           0.8096,
                                           0.1002,
                                           -0.2606,
                                           -0.1088,
                                           -0.0277,
                                           -0.1272,
                                           -0.0226,
                                           0.0613,
                                           0.9776};

// SCORE2-OP (ages 70-89). SCORE2-OP working group and ESC Cardiovascular risk collaboration,
// Eur Heart J 2021;42:2455-67, Table 2 (4 decimals). Values here are the full-precision
// coefficients of the authors' Stata code (S. Kaptoge, SSC package `score2risk`,
// score2oprisk.ado), which round to the published table. NOTE: Supplementary Methods Table 3 of
// the paper prints the male age x total-cholesterol interaction as -0.0009 (the female value);
// the article table and the authors' code give +0.0073 for men (djibe/recommandations-medicales
// issue #24). Transformations: cage = age - 73, csbp = sbp - 150, ctchol = tc - 6,
// chdl = hdl - 1.4; the linear predictor IS centred: risk = 1 - S0^exp(LP - mean).
// The rounded published constants are not interchangeable with these: over the valid range they
// move results by up to 1.36 pt (up to 1.50 pt with the 2-decimal region scales); the card states
// it and tests/risk_models_c/tst_score2_precision.cpp sweeps the range (issue #12).
struct Score2OpCoefficients
{
    double age, diabetes, diabetesAge, smoking, smokingAge, sbp, sbpAge, tchol, tcholAge, hdl,
        hdlAge;
    double meanLinearPredictor;
    double baselineSurvival;
};
constexpr Score2OpCoefficients kScore2OpMale{0.0633767915,
                                             0.4245248910,
                                             -0.0173654217,
                                             0.3523957899,
                                             -0.0247205945,
                                             0.0094362177,
                                             -0.0004794522,
                                             0.0849594156,
                                             0.0073336663,
                                             -0.3563571842,
                                             0.0091317857,
                                             0.09285225,
                                             1.0 - 0.24235298};
constexpr Score2OpCoefficients kScore2OpFemale{0.0789191229,
                                               0.6009874438,
                                               -0.0106909701,
                                               0.4921147010,
                                               -0.0255496313,
                                               0.0101993091,
                                               -0.0004404728,
                                               0.0604939598,
                                               -0.0009121461,
                                               -0.3040280248,
                                               0.0153779923,
                                               0.2287676,
                                               1.0 - 0.19178759};

// Region recalibration: risk = 1 - exp(-exp(scale1 + scale2 * ln(-ln(1 - uncalibrated)))).
struct Scales
{
    double scale1, scale2;
};
// SCORE2 scales, index = score2_region code (0 low, 1 moderate, 2 high, 3 very high).
// Source: authors' Stata code (score2risk.ado, 6 decimals); the SCORE2 paper's Supplementary
// Table 7 prints the same values to 4 decimals (low M -0.5699/0.7476, F -0.7380/0.7019; moderate
// M -0.1565/0.8009, F -0.3143/0.7701; high M 0.3207/0.9360, F 0.5710/0.9369; very high
// M 0.5836/0.8294, F 0.9412/0.8329), also transcribed in RiskScorescvd.
constexpr std::array<Scales, 4> kScore2ScalesMale{
    {{-0.569857, 0.747593}, {-0.156481, 0.800869}, {0.320717, 0.936004}, {0.583578, 0.829368}}};
constexpr std::array<Scales, 4> kScore2ScalesFemale{
    {{-0.737966, 0.701868}, {-0.314269, 0.770149}, {0.570963, 0.936893}, {0.941177, 0.832923}}};
// SCORE2-OP scales. Source: authors' Stata code (score2oprisk.ado). The SCORE2-OP paper's
// Supplementary Methods Table 1 agrees to 2 decimals (low M -0.34/1.19, F -0.52/1.01); its
// Table 3 worked example uses wrong low-region scales (M -0.61/0.89, F -0.85/0.82), an error the
// authors confirmed (djibe/recommandations-medicales #24; dvicencio/RiskScorescvd #2).
constexpr std::array<Scales, 4> kScore2OpScalesMale{
    {{-0.343484, 1.193038}, {0.005320, 1.248514}, {0.084305, 1.151902}, {0.045959, 0.703625}}};
constexpr std::array<Scales, 4> kScore2OpScalesFemale{
    {{-0.516054, 1.007238}, {-0.101044, 1.099621}, {0.375720, 1.089031}, {0.379293, 0.691530}}};

double recalibrate(double uncalibrated, Scales s)
{
    return 1.0 - std::exp(-std::exp(s.scale1 + s.scale2 * std::log(-std::log(1.0 - uncalibrated))));
}

// ESC 2021 prevention guideline (Visseren et al., Eur Heart J 2021;42:3227), Figure 4 / Table 4:
// 10-year CVD risk categories by age in apparently healthy people: < 50 y: < 2.5 % low-to-
// moderate, 2.5 to < 7.5 % high, >= 7.5 % very high; 50-69 y: < 5, 5 to < 10, >= 10 %;
// >= 70 y: < 7.5, 7.5 to < 15, >= 15 %.
QString escCategory(double age, double percent)
{
    double high = 0;
    double veryHigh = 0;
    if (age < 50) {
        high = 2.5;
        veryHigh = 7.5;
    } else if (age < 70) {
        high = 5.0;
        veryHigh = 10.0;
    } else {
        high = 7.5;
        veryHigh = 15.0;
    }
    if (percent >= veryHigh)
        return QStringLiteral("very_high");
    if (percent >= high)
        return QStringLiteral("high");
    return QStringLiteral("low_to_moderate");
}

ModelCard makeCard()
{
    ModelCard c;
    c.id = QStringLiteral("score2");
    c.version = QStringLiteral("2021");
    c.name = QString::fromUtf8(
        QT_TRANSLATE_NOOP("precis::risk::RiskText", "SCORE2 / SCORE2-OP (ESC 2021)"));
    c.outcome = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "10-year risk of fatal and non-fatal cardiovascular disease (CVD death, non-fatal "
        "myocardial infarction, non-fatal stroke), adjusted for the competing risk of non-CVD "
        "death and recalibrated to the chosen ESC risk region"));
    c.horizon = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "10 years"));
    c.derivation = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "SCORE2: 45 cohorts (677,684 people, 40-69 y, no CVD or diabetes at baseline) in 13 "
        "countries of the Emerging Risk Factors Collaboration; SCORE2-OP: Cohort of Norway "
        "(CONOR), 28,503 people aged >= 65 without CVD"));
    c.validation = QStringLiteral(
        "SCORE2: 25 cohorts (1.1 million people) in 15 European countries; SCORE2-OP: 6 cohorts "
        "(338,615 people) in Europe; recalibrated to four risk regions with WHO mortality and "
        "national incidence data");
    c.citation = QStringLiteral(
        "SCORE2 working group and ESC Cardiovascular risk collaboration. SCORE2 risk prediction "
        "algorithms: new models to estimate 10-year risk of cardiovascular disease in Europe. Eur "
        "Heart J 2021;42:2439-54. SCORE2-OP working group and ESC Cardiovascular risk "
        "collaboration. SCORE2-OP risk prediction algorithms: estimating incident cardiovascular "
        "event risk in older persons in four geographical risk regions. Eur Heart J "
        "2021;42:2455-67.");
    c.coefficientSource = QStringLiteral(
        "SCORE2: supplement Table 2 (4 decimals) and region scales from the authors' Stata code "
        "(score2risk.ado, S. Kaptoge); SCORE2-OP: full-precision coefficients, means, baseline "
        "survival and region scales from the authors' Stata code (score2oprisk.ado), which round "
        "to the article's Table 2 and supplementary Table 1. Cross-checked against "
        "dvicencio/RiskScorescvd and the SCORE2 supplement worked example.");
    c.guideline = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "2021 ESC Guidelines on cardiovascular disease prevention in clinical practice "
        "(Visseren, Eur Heart J 2021;42:3227), age-specific 10-year risk categories"));
    c.limits = {
        QStringLiteral("Ages 40-69 use SCORE2; 70-89 use SCORE2-OP (the output's model id says "
                       "which). Age is used as given (completed years; not rounded)."),
        QStringLiteral("SCORE2 does not apply to people with diabetes (refused: SCORE2-Diabetes "
                       "applies). SCORE2-OP includes diabetes as a predictor."),
        QStringLiteral("Cholesterol enters in mmol/L: mg/dL / 38.67."),
        QStringLiteral("Smoking: current = light, moderate, heavy or current; never and former "
                       "are non-smokers."),
        QStringLiteral(
            "Valid ranges are Precis' (the ESC calculator's limits were not verified): "
            "SBP 100-200 mm[Hg] (ESC charts cover 100-179), total cholesterol "
            "116-387 mg/dL (3-10 mmol/L), HDL 19-116.01 mg/dL (0.5-3 mmol/L; 3 x 38.67 = "
            "116.01, so 3.0 mmol/L is accepted)."),
        QStringLiteral("Established CVD: computed with a warning (the model is for apparently "
                       "healthy people)."),
        QStringLiteral("The region must match the country of residence (ESC 2021 list)."),
        QStringLiteral("Precision (for independent re-implementations): SCORE2 uses the published "
                       "4-decimal coefficients (not centred: 1 - S0^exp(LP)) with the authors' "
                       "6-decimal region scales. Calibrated risk = 1 - exp(-exp(scale1 + scale2 * "
                       "ln(-ln(1 - risk))))."),
        QStringLiteral("Precision of SCORE2-OP: Precis uses the authors' full-precision "
                       "coefficients, mean LP (M 0.09285225, F 0.2287676), S0 (M 1-0.24235298, "
                       "F 1-0.19178759) and 6-decimal region scales (score2oprisk.ado). Over ages "
                       "70-89, both sexes, all regions, SBP 100-200 mm[Hg], TC 3-10 and HDL "
                       "0.5-3.0 mmol/L, smoking and diabetes, the article's rounded constants "
                       "(Table 2 coefficients to 4 decimals, S0 0.7576/0.8082, mean LP "
                       "0.0929/0.2288) give results up to 1.36 pt away, and up to 1.50 pt "
                       "together with the published 2-decimal region scales (Supplementary Methods "
                       "Table 1): e.g. woman 89, smoker, no diabetes, SBP 200, TC 8, HDL 3.0, high "
                       "region: 66.10 % here, 67.60 % with the published constants. The ESC online "
                       "calculator appears to use the 2-decimal scales: for a man of 75 (smoker, "
                       "SBP 140, TC 5.5, HDL 1.3, low region) it shows 19 %, which the published "
                       "constants give (18.56 %; 18.54 % with only the scales rounded) and full "
                       "precision does not (18.43 %)."),
    };
    c.inputs = {
        number(Var::Age, "a", 40, 89, "40-69 SCORE2, 70-89 SCORE2-OP"),
        code(Var::Sex, 0, 1),
        code(Var::Smoking, 0, 5, "current = codes 2-5"),
        number(Var::Sbp, "mm[Hg]", 100, 200),
        number(Var::TotalCholesterol, "mg/dL", 116, 387, "used in mmol/L (/ 38.67)"),
        number(Var::HdlCholesterol, "mg/dL", 19, 116.01, "used in mmol/L (/ 38.67)"),
        code(Var::Diabetes, 0, 2, "any diabetes refuses SCORE2 (40-69); SCORE2-OP term"),
        code(Var::Score2Region, 0, 3, "ESC 2021 risk region of the country of residence"),
        optionalFlag(Var::Cvd, "established CVD: warning only"),
    };
    c.outputs = {output("cvd", "%", 10)};
    c.players = {
        PlayerGroup{QStringLiteral("smoking"), {Var::Smoking}},
        PlayerGroup{QStringLiteral("sbp"), {Var::Sbp}},
        PlayerGroup{QStringLiteral("cholesterol"), {Var::TotalCholesterol, Var::HdlCholesterol}},
        PlayerGroup{QStringLiteral("diabetes"), {Var::Diabetes}},
    };
    c.heldForExplanation = {Var::Age, Var::Sex, Var::Score2Region, Var::Cvd};
    // Reference profile: "optimal: TC 170 mg/dL, HDL 50 mg/dL, SBP 110 mm[Hg], non-smoker, no
    // diabetes" (the same optimal profile Precis uses for the PCE).
    c.reference.set(Var::Smoking, 0);
    c.reference.set(Var::Sbp, 110);
    c.reference.set(Var::TotalCholesterol, 170);
    c.reference.set(Var::HdlCholesterol, 50);
    c.reference.set(Var::Diabetes, 0);
    c.reference.set(Var::Cvd, 0);
    c.validationEvidence = {
        QStringLiteral("tst_score2: SCORE2 supplement worked example (M/F 50 y smoker, SBP 140, "
                       "TC 5.5, HDL 1.3 mmol/L, low region: 5.9 % / 4.2 %, uncalibrated 4.95 / "
                       "3.19), +-0.05 pt; very high region M 14.0 / F 13.7 % (paper abstract), "
                       "+-0.05 pt; moderate/high regions and further SCORE2-OP rows: values of "
                       "the second implementation in tests/reference/ (not published), +-0.01 / "
                       "+-0.001 pt"),
        QStringLiteral("tst_score2: SCORE2-OP 75 y smoker, SBP 140, TC 5.5, HDL 1.3, no diabetes, "
                       "low region: F 15 % (ESC online calculator, dvicencio/RiskScorescvd #2), "
                       "+-0.5 pt; M computes 18.4 % where the calculator screenshot shows 19 % "
                       "(+-1 pt; the published 2-decimal region scales give 18.56 %)"),
        QStringLiteral("tst_score2_precision: SCORE2-OP swept over its valid range (2,245,760 "
                       "profiles) against the published rounded constants; the largest gaps "
                       "(1.36 pt, 1.50 pt with 2-decimal scales) are the bounds the card states"),
        QStringLiteral("tst_score2: refusals, diabetes refusal, CVD warning, ESC bands at edges"),
    };
    return c;
}

} // namespace

Score2Model::Score2Model() : m_card(makeCard()) {}

Evaluation Score2Model::evaluate(const Snapshot &snapshot) const
{
    InputReader reader(snapshot, m_card);
    const auto age = reader.require(Var::Age);
    const auto sex = reader.requireCode(Var::Sex);
    const auto smoking = reader.requireCode(Var::Smoking);
    const auto sbp = reader.require(Var::Sbp);
    const auto tc = reader.require(Var::TotalCholesterol);
    const auto hdl = reader.require(Var::HdlCholesterol);
    const auto diabetes = reader.requireCode(Var::Diabetes);
    const auto region = reader.requireCode(Var::Score2Region);
    const auto cvd = reader.optional(Var::Cvd);
    if (reader.refused())
        return refusedEvaluation(m_card, reader.refusals());

    const bool older = *age >= 70.0;
    const bool male = isMale(*sex);
    const bool dm = hasDiabetes(*diabetes);
    if (!older && dm) {
        reader.refuse(
            {QT_TRANSLATE_NOOP("precis::risk::RiskText",
                               "diabetes = %1: SCORE2 (ages 40-69) does not apply to people "
                               "with diabetes; SCORE2-Diabetes applies"),
             {QString(
                 clinical::varInfo(Var::Diabetes).tokens[static_cast<std::size_t>(*diabetes)])}});
        return refusedEvaluation(m_card, reader.refusals());
    }
    if (cvd && isSet(*cvd))
        reader.warn(
            priorCvdWarning(older ? QStringLiteral("SCORE2-OP") : QStringLiteral("SCORE2")));

    const double smoker = isCurrentSmoker(*smoking) ? 1.0 : 0.0;
    const double tcMmol = *tc / clinical::units::kCholesterolMgdlPerMmol;
    const double hdlMmol = *hdl / clinical::units::kCholesterolMgdlPerMmol;
    const auto regionIndex = static_cast<std::size_t>(*region);

    double risk = 0;
    if (!older) {
        const Score2Coefficients &k = male ? kScore2Male : kScore2Female;
        const double cage = (*age - 60.0) / 5.0;
        const double csbp = (*sbp - 120.0) / 20.0;
        const double ctc = tcMmol - 6.0;
        const double chdl = (hdlMmol - 1.3) / 0.5;
        // Diabetes is always 0 here (refused above), so its two terms vanish.
        const double lp = k.age * cage + k.smoking * smoker + k.sbp * csbp + k.tchol * ctc
                          + k.hdl * chdl + k.smokingAge * cage * smoker + k.sbpAge * cage * csbp
                          + k.tcholAge * cage * ctc + k.hdlAge * cage * chdl;
        const double uncalibrated = 1.0 - std::pow(k.baselineSurvival, std::exp(lp));
        risk = recalibrate(uncalibrated,
                           (male ? kScore2ScalesMale : kScore2ScalesFemale)[regionIndex]);
    } else {
        const Score2OpCoefficients &k = male ? kScore2OpMale : kScore2OpFemale;
        const double d = dm ? 1.0 : 0.0;
        const double cage = *age - 73.0;
        const double csbp = *sbp - 150.0;
        const double ctc = tcMmol - 6.0;
        const double chdl = hdlMmol - 1.4;
        const double lp = k.age * cage + k.diabetes * d + k.diabetesAge * d * cage
                          + k.smoking * smoker + k.smokingAge * smoker * cage + k.sbp * csbp
                          + k.sbpAge * cage * csbp + k.tchol * ctc + k.tcholAge * cage * ctc
                          + k.hdl * chdl + k.hdlAge * cage * chdl;
        const double uncalibrated
            = 1.0 - std::pow(k.baselineSurvival, std::exp(lp - k.meanLinearPredictor));
        risk = recalibrate(uncalibrated,
                           (male ? kScore2OpScalesMale : kScore2OpScalesFemale)[regionIndex]);
    }
    const double percent = 100.0 * risk;

    Evaluation evaluation;
    evaluation.modelId = older ? QStringLiteral("score2-op") : QStringLiteral("score2");
    evaluation.modelVersion = m_card.version;
    evaluation.rows.push_back(
        makeRow(m_card.outputs[0], percent, escCategory(*age, percent), reader.warnings()));
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makeScore2Model()
{
    return std::make_unique<Score2Model>();
}

} // namespace precis::risk::models
