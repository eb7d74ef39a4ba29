// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/PceModel.h"

#include "core/risk/InputReader.h"
#include "core/risk/models/ModelFactories.h"

#include <cmath>

namespace precis::risk::models {

namespace {

/// One row group of Goff 2013 Table A ("Equation parameters of the Pooled Cohort Equations
/// for estimation of 10-year risk of hard ASCVD"): coefficient per term, the group's mean of
/// the individual sum (Σ coefficient × value) and its 10-year baseline survival. Terms the
/// table marks "N/A" are 0.
struct PceCoefficients
{
    double lnAge;
    double lnAgeSquared;
    double lnTc;
    double lnAgeLnTc;
    double lnHdl;
    double lnAgeLnHdl;
    double lnTreatedSbp;
    double lnAgeLnTreatedSbp;
    double lnUntreatedSbp;
    double lnAgeLnUntreatedSbp;
    double smoker;
    double lnAgeSmoker;
    double diabetes;
    double meanSum;
    double baselineSurvival;
};

// Goff DC Jr et al. 2013 ACC/AHA guideline on the assessment of cardiovascular risk.
// Circulation 2014;129(25 Suppl 2):S49-S73, Table A (Appendix 7), exactly as printed there
// (3-decimal coefficients, 2-decimal mean sums, 4-decimal baseline survival).
// Cross-checked against: the preventr R package 0.12.0 R/other_models.R (pce_model; same
// coefficients, means to 4 decimals) and cerner/ascvd-risk-calculator app/load_fhir_data.js
// (same terms; it carries the guideline spreadsheet's extended precision, e.g. AA women
// ln age 17.1141, mean 86.6081, S0 0.95334). The extended values move the published worked
// examples by <= 0.03 percentage points; Precis follows the printed Table A.
constexpr PceCoefficients kWhiteWomen{-29.799,
                                      4.884,
                                      13.540,
                                      -3.114,
                                      -13.578,
                                      3.149,
                                      2.019,
                                      0.0,
                                      1.957,
                                      0.0,
                                      7.574,
                                      -1.665,
                                      0.661,
                                      -29.18,
                                      0.9665};
constexpr PceCoefficients kBlackWomen{17.114,
                                      0.0,
                                      0.940,
                                      0.0,
                                      -18.920,
                                      4.475,
                                      29.291,
                                      -6.432,
                                      27.820,
                                      -6.087,
                                      0.691,
                                      0.0,
                                      0.874,
                                      86.61,
                                      0.9533};
constexpr PceCoefficients kWhiteMen{12.344,
                                    0.0,
                                    11.853,
                                    -2.664,
                                    -7.990,
                                    1.769,
                                    1.797,
                                    0.0,
                                    1.764,
                                    0.0,
                                    7.837,
                                    -1.795,
                                    0.658,
                                    61.18,
                                    0.9144};
constexpr PceCoefficients kBlackMen{
    2.469, 0.0, 0.302, 0.0, -0.307, 0.0, 1.916, 0.0, 1.809, 0.0, 0.549, 0.0, 0.645, 19.54, 0.8954};

// The "optimal" profile of the ACC ASCVD Risk Estimator+ (issue #4): TC 170 mg/dL, HDL 50,
// SBP 110 untreated, non-smoker, no diabetes.
constexpr double kOptimalTc = 170.0;
constexpr double kOptimalHdl = 50.0;
constexpr double kOptimalSbp = 110.0;

// 2019 ACC/AHA primary prevention guideline (Arnett, Circulation 2019;140:e596), risk
// categories for adults 40-75 years.
constexpr double kBorderline = 5.0;
constexpr double kIntermediate = 7.5;
constexpr double kHigh = 20.0;
constexpr double kBandMaxAge = 75.0;

/// 10-year risk in % from Goff 2013: 1 - S0^exp(sum - mean).
double pceRisk(const PceCoefficients &c,
               double age,
               double tc,
               double hdl,
               double sbp,
               bool treated,
               bool smoker,
               bool diabetes)
{
    const double lnAge = std::log(age);
    const double lnTc = std::log(tc);
    const double lnHdl = std::log(hdl);
    const double lnSbp = std::log(sbp);
    double sum = c.lnAge * lnAge + c.lnAgeSquared * lnAge * lnAge + c.lnTc * lnTc
                 + c.lnAgeLnTc * lnAge * lnTc + c.lnHdl * lnHdl + c.lnAgeLnHdl * lnAge * lnHdl;
    if (treated)
        sum += c.lnTreatedSbp * lnSbp + c.lnAgeLnTreatedSbp * lnAge * lnSbp;
    else
        sum += c.lnUntreatedSbp * lnSbp + c.lnAgeLnUntreatedSbp * lnAge * lnSbp;
    if (smoker)
        sum += c.smoker + c.lnAgeSmoker * lnAge;
    if (diabetes)
        sum += c.diabetes;
    return 100.0 * (1.0 - std::pow(c.baselineSurvival, std::exp(sum - c.meanSum)));
}

} // namespace

QString PceModel::category(double percent)
{
    if (percent < kBorderline)
        return QStringLiteral("low");
    if (percent < kIntermediate)
        return QStringLiteral("borderline");
    if (percent < kHigh)
        return QStringLiteral("intermediate");
    return QStringLiteral("high");
}

namespace {

ModelCard makeCard()
{
    ModelCard c;
    c.id = QStringLiteral("pce");
    c.version = QStringLiteral("2013");
    c.name = QStringLiteral("ACC/AHA Pooled Cohort Equations");
    c.outcome = QStringLiteral(
        "First hard ASCVD event: nonfatal myocardial infarction, CHD death, or fatal or "
        "nonfatal stroke. Also the risk of a person of the same age, sex and race with optimal "
        "risk factors.");
    c.horizon = QStringLiteral("10 years");
    c.derivation = QStringLiteral(
        "Pooled ARIC, CHS, CARDIA and Framingham Original and Offspring cohorts: white and "
        "African-American adults aged 40-79 years free of ASCVD at baseline.");
    c.validation = QStringLiteral(
        "Internal (10-fold cross-validation) and external validation in MESA and REGARDS "
        "(Goff 2013); recalibration studies report overestimation in contemporary cohorts.");
    c.citation = QStringLiteral(
        "Goff DC Jr, Lloyd-Jones DM, Bennett G, et al. 2013 ACC/AHA guideline on the assessment "
        "of cardiovascular risk. Circulation 2014;129(25 Suppl 2):S49-S73. "
        "doi:10.1161/01.cir.0000437741.48606.98");
    c.coefficientSource = QStringLiteral(
        "Goff 2013 Table A (Appendix 7) as printed: 3-decimal coefficients, mean sums -29.18 / "
        "86.61 / 61.18 / 19.54 and baseline survival 0.9665 / 0.9533 / 0.9144 / 0.8954 (white "
        "women / African-American women / white men / African-American men). Cross-checked "
        "against preventr 0.12.0 R/other_models.R and cerner/ascvd-risk-calculator "
        "app/load_fhir_data.js (the latter uses the guideline spreadsheet's extended "
        "precision; differences <= 0.03 percentage points on the worked examples).");
    c.guideline = QStringLiteral(
        "2019 ACC/AHA guideline on the primary prevention of cardiovascular disease (ages "
        "40-75): low < 5 %, borderline 5 to < 7.5 %, intermediate 7.5 to < 20 %, high >= 20 %");
    c.limits = QStringList{
        QStringLiteral("Ages 40-79; the 2019 ACC/AHA categories are given only for ages 40-75 "
                       "(older ages get the number with an empty category and a warning)."),
        QStringLiteral("Derived in white and African-American adults only; race 'other' is "
                       "computed with the white equations and a warning."),
        QStringLiteral("Input ranges are those of the ACC ASCVD Risk Estimator+: total "
                       "cholesterol 130-320 mg/dL, HDL 20-100 mg/dL, SBP 90-200 mm[Hg]; values "
                       "outside are refused, never clamped."),
        QStringLiteral("Smoking: light, moderate, heavy and current count as current smokers; "
                       "never and former as non-smokers. Diabetes of any type counts."),
        QStringLiteral("Primary prevention only: with established cardiovascular disease "
                       "(cvd = 1) the number is computed with a warning and does not apply."),
        QStringLiteral("Logarithms are natural; SBP enters through the treated or the untreated "
                       "term according to bp_treated."),
        QStringLiteral("ascvd_optimal carries no category: it is a comparator, not the "
                       "patient's risk."),
        QStringLiteral("Known to overestimate risk in many contemporary populations.")};
    const QString noUnit;
    c.inputs
        = {InputSpec{Var::Age, QStringLiteral("a"), 40, 79, false, {}},
           InputSpec{Var::Sex, noUnit, 0, 1, false, QStringLiteral("0 female, 1 male")},
           InputSpec{Var::Race,
                     noUnit,
                     0,
                     2,
                     false,
                     QStringLiteral("0 white, 1 black (African-American equations), 2 other "
                                    "(white equations, with a warning)")},
           InputSpec{Var::TotalCholesterol, QStringLiteral("mg/dL"), 130, 320, false, {}},
           InputSpec{Var::HdlCholesterol, QStringLiteral("mg/dL"), 20, 100, false, {}},
           InputSpec{Var::Sbp, QStringLiteral("mm[Hg]"), 90, 200, false, {}},
           InputSpec{Var::BpTreated,
                     noUnit,
                     0,
                     1,
                     false,
                     QStringLiteral("selects the treated SBP "
                                    "term")},
           InputSpec{Var::Diabetes, noUnit, 0, 2, false, QStringLiteral("type 1 or 2 = diabetes")},
           InputSpec{Var::Smoking,
                     noUnit,
                     0,
                     5,
                     false,
                     QStringLiteral("light/moderate/heavy/current = current smoker")},
           InputSpec{Var::Cvd,
                     noUnit,
                     0,
                     1,
                     true,
                     QStringLiteral("not in the equation; 1 adds the secondary-prevention "
                                    "warning")}};
    c.outputs = {OutputSpec{QStringLiteral("ascvd"), QStringLiteral("%"), 10},
                 OutputSpec{QStringLiteral("ascvd_optimal"), QStringLiteral("%"), 10}};
    c.players
        = {PlayerGroup{QStringLiteral("cholesterol"), {Var::TotalCholesterol, Var::HdlCholesterol}},
           PlayerGroup{QStringLiteral("blood_pressure"), {Var::Sbp, Var::BpTreated}},
           PlayerGroup{QStringLiteral("diabetes"), {Var::Diabetes}},
           PlayerGroup{QStringLiteral("smoking"), {Var::Smoking}}};
    // cvd does not enter the equation, so it is held rather than a player.
    c.heldForExplanation = {Var::Age, Var::Sex, Var::Race, Var::Cvd};
    // Reference profile "optimal": TC 170 mg/dL, HDL 50 mg/dL, SBP 110 mm[Hg] untreated,
    // non-smoker, no diabetes (the Estimator+ optimal profile; age, sex, race held).
    c.reference.set(Var::TotalCholesterol, kOptimalTc);
    c.reference.set(Var::HdlCholesterol, kOptimalHdl);
    c.reference.set(Var::Sbp, kOptimalSbp);
    c.reference.set(Var::BpTreated, 0);
    c.reference.set(Var::Diabetes, 0);
    c.reference.set(Var::Smoking, 0);
    c.reference.set(Var::Cvd, 0);
    c.validationEvidence = QStringList{
        QStringLiteral("tests/risk_models_a/tst_pce.cpp: Goff 2013 Table A worked example (55 "
                       "y, TC 213, HDL 50, SBP 120 untreated, non-smoker, no diabetes): white "
                       "women 2.1 %, African-American women 3.0 %, white men 5.3 %, "
                       "African-American men 6.1 % (published, rounded; +-0.1 point) and the "
                       "values recomputed from Table A 2.0522/3.0263/5.3844/6.0734 (1e-3)."),
        QStringLiteral("tests/risk_models_a/tst_pce.cpp: ACC ASCVD Risk Estimator+ (white man "
                       "55, SBP 130 untreated, TC 200, HDL 50): 5.7 % and optimal 3.6 % (as "
                       "read off tools.acc.org; +-0.05 point)."),
        QStringLiteral("tests/risk_models_a/tst_pce.cpp: refusals naming the field, race "
                       "'other' and prior-CVD warnings, category band edges, ages 76-79 without "
                       "category, row order, units and horizons.")};
    return c;
}

} // namespace

PceModel::PceModel() : m_card(makeCard()) {}

Evaluation PceModel::evaluate(const Snapshot &snapshot) const
{
    InputReader reader(snapshot, m_card);
    const std::optional<double> age = reader.require(Var::Age);
    const std::optional<double> sex = reader.requireCode(Var::Sex);
    const std::optional<double> race = reader.requireCode(Var::Race);
    const std::optional<double> tc = reader.require(Var::TotalCholesterol);
    const std::optional<double> hdl = reader.require(Var::HdlCholesterol);
    const std::optional<double> sbp = reader.require(Var::Sbp);
    const std::optional<double> treated = reader.requireCode(Var::BpTreated);
    const std::optional<double> diabetes = reader.requireCode(Var::Diabetes);
    const std::optional<double> smoking = reader.requireCode(Var::Smoking);
    const std::optional<double> cvd = reader.optional(Var::Cvd);
    if (reader.refused())
        return refusedEvaluation(m_card, reader.refusals());

    const bool male = *sex == 1.0;
    const bool black = *race == 1.0;
    const PceCoefficients &c
        = male ? (black ? kBlackMen : kWhiteMen) : (black ? kBlackWomen : kWhiteWomen);
    const bool isSmoker = *smoking >= 2.0; // light, moderate, heavy, current
    const bool hasDiabetes = *diabetes >= 1.0;

    const double risk = pceRisk(c, *age, *tc, *hdl, *sbp, *treated == 1.0, isSmoker, hasDiabetes);
    const double optimal
        = pceRisk(c, *age, kOptimalTc, kOptimalHdl, kOptimalSbp, false, false, false);

    if (*race == 2.0)
        reader.warn(QStringLiteral("race = other: computed with the equations for white adults; "
                                   "the PCE were derived in white and African-American adults "
                                   "only"));
    if (cvd && *cvd == 1.0)
        reader.warn(QStringLiteral("cvd = 1: the PCE are for primary prevention and do not apply "
                                   "with established cardiovascular disease"));

    Evaluation evaluation;
    evaluation.modelId = m_card.id;
    evaluation.modelVersion = m_card.version;
    evaluation.rows.reserve(2);
    if (*age > kBandMaxAge) {
        QStringList warnings = reader.warnings();
        warnings.push_back(QStringLiteral("age = %1 a: no category; the 2019 ACC/AHA "
                                          "primary-prevention bands apply to ages 40-75")
                               .arg(formatNumber(*age)));
        evaluation.rows.push_back(makeRow(m_card.outputs[0], risk, QString(), warnings));
    } else {
        evaluation.rows.push_back(
            makeRow(m_card.outputs[0], risk, category(risk), reader.warnings()));
    }
    evaluation.rows.push_back(makeRow(m_card.outputs[1], optimal, QString(), reader.warnings()));
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makePceModel()
{
    return std::make_unique<PceModel>();
}

} // namespace precis::risk::models
