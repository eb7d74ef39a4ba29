// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/PceModel.h"

#include "core/risk/InputReader.h"
#include "core/risk/models/ModelFactories.h"

#include <cmath>
#include <utility>

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
// (commit 1b9ebcc9; same terms, with the guideline spreadsheet's extended precision: S0 0.96652 /
// 0.95334 / 0.91436 / 0.89536, mean sums -29.1817 / 86.6081 / 61.1816 / 19.5425 and 4-decimal
// coefficients for African-American women, e.g. ln age 17.1141). The two are not
// interchangeable: on the Table A worked example they differ by <= 0.03 percentage points, but
// over the valid range by up to 0.42 points for African-American women (79 y, TC 320, HDL 100,
// SBP 200 untreated), 0.08 for African-American men and 0.04 for white women and men (issue #12;
// tests/risk_models_a/tst_pce_precision.cpp sweeps the range). Precis follows the printed
// Table A, and the card lists every constant it uses.
constexpr PceCoefficients kWhiteWomen{.lnAge = -29.799,
                                      .lnAgeSquared = 4.884,
                                      .lnTc = 13.540,
                                      .lnAgeLnTc = -3.114,
                                      .lnHdl = -13.578,
                                      .lnAgeLnHdl = 3.149,
                                      .lnTreatedSbp = 2.019,
                                      .lnAgeLnTreatedSbp = 0.0,
                                      .lnUntreatedSbp = 1.957,
                                      .lnAgeLnUntreatedSbp = 0.0,
                                      .smoker = 7.574,
                                      .lnAgeSmoker = -1.665,
                                      .diabetes = 0.661,
                                      .meanSum = -29.18,
                                      .baselineSurvival = 0.9665};
constexpr PceCoefficients kBlackWomen{.lnAge = 17.114,
                                      .lnAgeSquared = 0.0,
                                      .lnTc = 0.940,
                                      .lnAgeLnTc = 0.0,
                                      .lnHdl = -18.920,
                                      .lnAgeLnHdl = 4.475,
                                      .lnTreatedSbp = 29.291,
                                      .lnAgeLnTreatedSbp = -6.432,
                                      .lnUntreatedSbp = 27.820,
                                      .lnAgeLnUntreatedSbp = -6.087,
                                      .smoker = 0.691,
                                      .lnAgeSmoker = 0.0,
                                      .diabetes = 0.874,
                                      .meanSum = 86.61,
                                      .baselineSurvival = 0.9533};
constexpr PceCoefficients kWhiteMen{.lnAge = 12.344,
                                    .lnAgeSquared = 0.0,
                                    .lnTc = 11.853,
                                    .lnAgeLnTc = -2.664,
                                    .lnHdl = -7.990,
                                    .lnAgeLnHdl = 1.769,
                                    .lnTreatedSbp = 1.797,
                                    .lnAgeLnTreatedSbp = 0.0,
                                    .lnUntreatedSbp = 1.764,
                                    .lnAgeLnUntreatedSbp = 0.0,
                                    .smoker = 7.837,
                                    .lnAgeSmoker = -1.795,
                                    .diabetes = 0.658,
                                    .meanSum = 61.18,
                                    .baselineSurvival = 0.9144};
constexpr PceCoefficients kBlackMen{.lnAge = 2.469,
                                    .lnAgeSquared = 0.0,
                                    .lnTc = 0.302,
                                    .lnAgeLnTc = 0.0,
                                    .lnHdl = -0.307,
                                    .lnAgeLnHdl = 0.0,
                                    .lnTreatedSbp = 1.916,
                                    .lnAgeLnTreatedSbp = 0.0,
                                    .lnUntreatedSbp = 1.809,
                                    .lnAgeLnUntreatedSbp = 0.0,
                                    .smoker = 0.549,
                                    .lnAgeSmoker = 0.0,
                                    .diabetes = 0.645,
                                    .meanSum = 19.54,
                                    .baselineSurvival = 0.8954};

/// The constants of one group as the card shows them: "ln age -29.799, ..., S0 0.9665"; terms
/// that Table A marks N/A (0 here) are left out.
QString constantsText(const QString &group, const PceCoefficients &c)
{
    const std::pair<const char *, double> terms[] = {
        {"ln age", c.lnAge},
        {"(ln age)^2", c.lnAgeSquared},
        {"ln TC", c.lnTc},
        {"ln age x ln TC", c.lnAgeLnTc},
        {"ln HDL", c.lnHdl},
        {"ln age x ln HDL", c.lnAgeLnHdl},
        {"ln treated SBP", c.lnTreatedSbp},
        {"ln age x ln treated SBP", c.lnAgeLnTreatedSbp},
        {"ln untreated SBP", c.lnUntreatedSbp},
        {"ln age x ln untreated SBP", c.lnAgeLnUntreatedSbp},
        {"smoker", c.smoker},
        {"ln age x smoker", c.lnAgeSmoker},
        {"diabetes", c.diabetes},
        {"mean sum", c.meanSum},
        {"S0", c.baselineSurvival},
    };
    QStringList parts;
    for (const auto &[name, value] : terms) {
        if (value != 0.0)
            parts.push_back(QStringLiteral("%1 %2").arg(QLatin1String(name), formatNumber(value)));
    }
    return QStringLiteral("%1: %2").arg(group, parts.join(QStringLiteral(", ")));
}

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
    c.name = QString::fromUtf8(
        QT_TRANSLATE_NOOP("precis::risk::RiskText", "ACC/AHA Pooled Cohort Equations"));
    c.outcome = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "First hard ASCVD event: nonfatal myocardial infarction, CHD death, or fatal or "
        "nonfatal stroke. Also the risk of a person of the same age, sex and race with optimal "
        "risk factors."));
    c.horizon = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "10 years"));
    c.derivation = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "Pooled ARIC, CHS, CARDIA and Framingham Original and Offspring cohorts: white and "
        "African-American adults aged 40-79 years free of ASCVD at baseline."));
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
        "women / African-American women / white men / African-American men); every constant is "
        "listed under the limits. Cross-checked against preventr 0.12.0 R/other_models.R and "
        "cerner/ascvd-risk-calculator app/load_fhir_data.js (commit 1b9ebcc9), which uses the "
        "guideline spreadsheet's extended precision instead; the limits state how far apart "
        "the two are.");
    c.guideline = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "2019 ACC/AHA guideline on the primary prevention of cardiovascular disease (ages "
        "40-75): low < 5 %, borderline 5 to < 7.5 %, intermediate 7.5 to < 20 %, high >= 20 %"));
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
        QStringLiteral("Known to overestimate risk in many contemporary populations."),
        QStringLiteral("Constants used (Goff 2013 Table A as printed; natural logarithms; terms "
                       "Table A marks N/A omitted): ")
            + QStringList{constantsText(QStringLiteral("white women"), kWhiteWomen),
                          constantsText(QStringLiteral("African-American women"), kBlackWomen),
                          constantsText(QStringLiteral("white men"), kWhiteMen),
                          constantsText(QStringLiteral("African-American men"), kBlackMen)}
                  .join(QStringLiteral("; "))
            + QStringLiteral("."),
        QStringLiteral("Precision: the guideline spreadsheet's extended constants (S0 0.96652 / "
                       "0.95334 / 0.91436 / 0.89536, mean sums -29.1817 / 86.6081 / 61.1816 / "
                       "19.5425, African-American women's coefficients to 4 decimals, e.g. ln "
                       "age 17.1141; as in cerner/ascvd-risk-calculator) are not used. Over the "
                       "valid range (ages 40-79, TC 130-320 and HDL 20-100 mg/dL, SBP 90-200 "
                       "mm[Hg] treated or untreated, smoking, diabetes) they give results up to "
                       "0.42 pt away for African-American women (79 y, TC 320, HDL 100, SBP 200 "
                       "untreated, non-smoker, no diabetes: 61.29 % here vs 60.87 %), up to "
                       "0.08 pt for African-American men and up to 0.04 pt for white women and "
                       "men; on the Table A worked example (55 y) up to 0.03 pt.")};
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
                       "unrounded 2.0522/3.0263/5.3844/6.0734 of the second implementation in "
                       "tests/reference/ (1e-3); further profiles with treated SBP, smoking and "
                       "diabetes from tests/reference/ (1e-9; not published)."),
        QStringLiteral("tests/risk_models_a/tst_pce.cpp: ACC ASCVD Risk Estimator+ (white man "
                       "55, SBP 130 untreated, TC 200, HDL 50): 5.7 % and optimal 3.6 % (as "
                       "read off tools.acc.org; +-0.05 point)."),
        QStringLiteral("tests/risk_models_a/tst_pce.cpp: refusals naming the field, race "
                       "'other' and prior-CVD warnings, category band edges, ages 76-79 without "
                       "category, row order, units and horizons."),
        QStringLiteral("tests/risk_models_a/tst_pce_precision.cpp: the valid range swept "
                       "against the extended-precision constants; the largest gaps per group "
                       "(0.42 / 0.08 / 0.04 / 0.04 pt) are the bounds the card states, and the "
                       "constants the card lists are the ones the model computes with.")};
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
        reader.warn(
            {QT_TRANSLATE_NOOP("precis::risk::RiskText",
                               "race = other: computed with the equations for white adults; "
                               "the PCE were derived in white and African-American adults "
                               "only"),
             {}});
    if (cvd && *cvd == 1.0)
        reader.warn(
            {QT_TRANSLATE_NOOP("precis::risk::RiskText",
                               "cvd = 1: the PCE are for primary prevention and do not apply "
                               "with established cardiovascular disease"),
             {}});

    Evaluation evaluation;
    evaluation.modelId = m_card.id;
    evaluation.modelVersion = m_card.version;
    evaluation.rows.reserve(2);
    if (*age > kBandMaxAge) {
        Messages warnings = reader.warnings();
        warnings.append({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                           "age = %1 a: no category; the 2019 ACC/AHA "
                                           "primary-prevention bands apply to ages 40-75"),
                         {formatNumber(*age)}});
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
