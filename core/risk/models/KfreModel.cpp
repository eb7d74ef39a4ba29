// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/KfreModel.h"

#include "core/risk/InputReader.h"
#include "core/risk/models/GroupCSupport.h"
#include "core/risk/models/ModelFactories.h"

#include <cmath>

namespace precis::risk::models {

using namespace groupc;

namespace {

// Tangri N et al. A predictive model for progression of chronic kidney disease to kidney
// failure. JAMA 2011;305:1553-9 (models 3 and 6: coefficients and centring means),
// with the baseline survivals of the multinational recalibration: Tangri N et al. Multinational
// assessment of accuracy of equations for predicting risk of kidney failure: a meta-analysis.
// JAMA 2016;315:164-74 (North American vs non-North American). Transcribed from
// lshpaner/kfre docs/_sources/equations.rst.txt (NA) and lshpaner/kfre_r R/risk.R
// (risk_pred_core: NA and non-NA alphas).
// Linear predictor (centred): -0.2201 (age/10 - 7.036) + 0.2467 (male - 0.5642)
//   - 0.5567 (eGFR/5 - 7.222) + 0.4510 (ln ACR[mg/g] - 5.137); risk = 1 - S0^exp(LP).
struct KfreCoefficients
{
    double age, male, egfr, lnAcr;
    double albumin, phosphate, bicarbonate, calcium; // 8-variable only (0 for 4-variable)
};
constexpr KfreCoefficients kFourVariable{-0.2201, 0.2467, -0.5567, 0.4510, 0, 0, 0, 0};
constexpr KfreCoefficients kEightVariable{
    -0.1992, 0.1602, -0.4919, 0.3364, -0.3441, 0.2604, -0.07354, -0.2228};
// Centring means of the Canadian development cohort (Tangri 2011): age/10, male, eGFR/5,
// ln ACR, albumin g/dL, phosphate mg/dL, bicarbonate mmol/L, calcium mg/dL.
constexpr double kMeanAgeDecades = 7.036;
constexpr double kMeanMale = 0.5642;
constexpr double kMeanEgfrOver5 = 7.222;
constexpr double kMeanLnAcr = 5.137;
constexpr double kMeanAlbumin = 3.997;
constexpr double kMeanPhosphate = 3.916;
constexpr double kMeanBicarbonate = 25.57;
constexpr double kMeanCalcium = 9.355;

// Baseline survival S0 at 2 and 5 years; index = kfre_region code (0 north_american, 1 other).
struct Baseline
{
    double twoYear, fiveYear;
};
constexpr Baseline kFourVariableBaseline[2] = {{0.9750, 0.9240}, {0.9832, 0.9365}};
constexpr Baseline kEightVariableBaseline[2] = {{0.9780, 0.9301}, {0.9827, 0.9245}};

constexpr double kMaxEgfr = 60.0; // KFRE applies only with eGFR < 60 (CKD G3a-G5)
// Tangri 2011 (JAMA 305:1553, abstract and Methods) developed and validated the equations in
// CKD stages 3-5 with eGFR 10-59 mL/min/1.73 m2. KDIGO 2024 keeps G3-G5 in scope, so below 10
// the value is computed but warned as an extrapolation (issue #12), not refused.
constexpr double kMinDevelopmentEgfr = 10.0;

// Categories. 2-year: KDIGO 2024 CKD guideline (Kidney Int 2024;105(4S):S117) practice points:
// 2-year risk > 10 % -> multidisciplinary care, > 40 % -> prepare kidney replacement therapy;
// implemented as >= 10 and >= 40 (issue #4). 5-year: KDIGO 2024 (3-5 % -> nephrology referral)
// and NICE NG203 (refer when 5-year risk > 5 %): < 3 low, 3 to < 5 referral, >= 5 high.
QString twoYearCategory(double percent)
{
    if (percent >= 40.0)
        return QStringLiteral("krt_planning");
    if (percent >= 10.0)
        return QStringLiteral("multidisciplinary");
    return QStringLiteral("below_10");
}

QString fiveYearCategory(double percent)
{
    if (percent >= 5.0)
        return QStringLiteral("high");
    if (percent >= 3.0)
        return QStringLiteral("referral");
    return QStringLiteral("low");
}

ModelCard makeCard(KfreModel::Variables variables)
{
    const bool eight = variables == KfreModel::Variables::Eight;
    ModelCard c;
    c.id = eight ? QStringLiteral("kfre-8") : QStringLiteral("kfre-4");
    c.version = QStringLiteral("2016");
    c.name = eight
                 ? QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                                       "Kidney Failure Risk Equation, 8-variable"))
                 : QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                                       "Kidney Failure Risk Equation, 4-variable"));
    c.outcome = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "Risk of treated kidney failure (dialysis or pre-emptive transplantation) at 2 and 5 "
        "years in adults with CKD G3a-G5"));
    c.horizon = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "2 and 5 years"));
    c.derivation = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "3,449 adults with CKD stages 3-5 referred to nephrologists in British Columbia, Canada "
        "(Tangri 2011); external validation in 4,942 Ontario patients"));
    c.validation = QStringLiteral(
        "CKD Prognosis Consortium: 721,357 people with CKD G3-G5 in 31 cohorts from 30 countries "
        "(Tangri 2016), which recalibrated the baseline risk for North American and other "
        "populations");
    c.citation = QStringLiteral(
        "Tangri N, Stevens LA, Griffith J, et al. A predictive model for progression of chronic "
        "kidney disease to kidney failure. JAMA 2011;305:1553-9. Tangri N, Grams ME, Levey AS, et "
        "al. Multinational assessment of accuracy of equations for predicting risk of kidney "
        "failure: a meta-analysis. JAMA 2016;315:164-74.");
    c.coefficientSource = QStringLiteral(
        "Tangri 2011 models 3 and 6 (coefficients, centring means); Tangri 2016 recalibrated "
        "baseline "
        "survival (NA 4-var 0.9750/0.9240, non-NA 0.9832/0.9365; NA 8-var 0.9780/0.9301, non-NA "
        "0.9827/0.9245 at 2/5 years), as transcribed in lshpaner/kfre (docs/equations) and "
        "lshpaner/kfre_r (R/risk.R)");
    c.guideline = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "KDIGO 2024 Clinical Practice Guideline for the Evaluation and Management of CKD "
        "(5-year 3-5 % referral; 2-year > 10 % multidisciplinary care, > 40 % KRT preparation) "
        "and NICE NG203 (refer at 5-year risk > 5 %)"));
    c.limits = {
        QStringLiteral("Applies only with eGFR < 60 mL/min/1.73 m2 (refused otherwise)."),
        QStringLiteral("UACR enters as ln(mg/g); mg/mmol inputs are converted with x 8.84 before "
                       "the model."),
        QStringLiteral("kfre_region: north_american uses the North American baseline; other "
                       "uses the pooled non-North American baseline (Tangri 2016)."),
        QStringLiteral("Does not apply on dialysis or after a kidney transplant: the outcome is "
                       "the start of kidney replacement therapy, and Tangri 2011 developed the "
                       "equations in people with CKD G3-G5 who had neither. dialysis = 1 is "
                       "refused; a transplant recipient must not be scored (Precis has no "
                       "transplant input). Not validated in acute kidney injury either."),
        QStringLiteral("Developed and validated with eGFR 10-59 mL/min/1.73 m2 (Tangri 2011, "
                       "JAMA 305:1553): below eGFR 10 the value is an extrapolation and the row "
                       "is a warning saying so."),
        QStringLiteral("eGFR should be from CKD-EPI (the 2016 recalibration used CKD-EPI 2009; "
                       "2021 performs similarly, Grams 2023)."),
        QStringLiteral("Precis valid ranges: age 18-100 a, eGFR 1-<60, UACR 0.1-25,000 mg/g; "
                       "8-variable: calcium 5-15 mg/dL, phosphate 1-15 mg/dL, albumin 1-6 g/dL, "
                       "bicarbonate 5-45 mmol/L."),
    };
    c.inputs = {
        number(Var::Age, "a", 18, 100),
        code(Var::Sex, 0, 1),
        number(Var::Egfr, "mL/min/{1.73_m2}", 1, kMaxEgfr, "must be < 60"),
        number(Var::Uacr, "mg/g", 0.1, 25000, "enters as ln(mg/g)"),
    };
    if (eight) {
        c.inputs.push_back(number(Var::Calcium, "mg/dL", 5, 15));
        c.inputs.push_back(number(Var::Phosphate, "mg/dL", 1, 15));
        c.inputs.push_back(number(Var::Albumin, "g/dL", 1, 6));
        c.inputs.push_back(number(Var::Bicarbonate, "mmol/L", 5, 45));
    }
    c.inputs.push_back(code(Var::KfreRegion, 0, 1, "0 north_american, 1 other"));
    c.inputs.push_back(optionalFlag(Var::Dialysis,
                                    "1 = on maintenance dialysis: refused (the KFRE does not "
                                    "apply); blank = not known, computed"));
    c.outputs = {output("kidney_failure", "%", 2), output("kidney_failure", "%", 5)};
    c.players = {PlayerGroup{QStringLiteral("egfr"), {Var::Egfr}},
                 PlayerGroup{QStringLiteral("uacr"), {Var::Uacr}}};
    if (eight) {
        c.players.push_back(PlayerGroup{QStringLiteral("calcium"), {Var::Calcium}});
        c.players.push_back(PlayerGroup{QStringLiteral("phosphate"), {Var::Phosphate}});
        c.players.push_back(PlayerGroup{QStringLiteral("albumin"), {Var::Albumin}});
        c.players.push_back(PlayerGroup{QStringLiteral("bicarbonate"), {Var::Bicarbonate}});
    }
    c.heldForExplanation = {Var::Age, Var::Sex, Var::KfreRegion, Var::Dialysis};
    // Reference profile: "the mildest CKD the model covers: eGFR 59, UACR 10 mg/g (A1); serum
    // calcium 9.355 mg/dL, phosphate 3.916 mg/dL, albumin 3.997 g/dL, bicarbonate 25.57 mmol/L
    // (the development cohort's means)".
    c.reference.set(Var::Egfr, 59);
    c.reference.set(Var::Uacr, 10);
    c.reference.set(Var::Calcium, kMeanCalcium);
    c.reference.set(Var::Phosphate, kMeanPhosphate);
    c.reference.set(Var::Albumin, kMeanAlbumin);
    c.reference.set(Var::Bicarbonate, kMeanBicarbonate);
    c.validationEvidence = {
        QStringLiteral("tst_kfre: no published worked example with exact inputs found. Rows "
                       "computed from Tangri 2011/2016 with the arithmetic written out in the "
                       "test (M 60, eGFR 30, ACR 300 mg/g -> NA 8.63/24.56 %, non-NA 5.86/20.86 "
                       "%), equal to the second implementation in tests/reference/; 4-variable "
                       "NA case quoted on a nephrologist's blog (68 M, eGFR 42, ACR 345 mg/mmol "
                       "-> 5.47/16.1 %) matched within 0.15 pt"),
        QStringLiteral("tst_kfre: eGFR >= 60 refusal, warning below eGFR 10, dialysis refusal, "
                       "missing inputs, category edges, row order"),
    };
    return c;
}

} // namespace

KfreModel::KfreModel(Variables variables) : m_variables(variables), m_card(makeCard(variables)) {}

Evaluation KfreModel::evaluate(const Snapshot &snapshot) const
{
    const bool eight = m_variables == Variables::Eight;
    InputReader reader(snapshot, m_card);
    const auto age = reader.require(Var::Age);
    const auto sex = reader.requireCode(Var::Sex);
    // KFRE applies only below 60: say so explicitly (the range check alone would accept 60).
    std::optional<double> egfr;
    const std::optional<double> rawEgfr = snapshot.get(Var::Egfr);
    if (rawEgfr && *rawEgfr >= kMaxEgfr) {
        reader.refuse(
            {QT_TRANSLATE_NOOP("precis::risk::RiskText",
                               "egfr = %1 mL/min/{1.73_m2} is outside the valid range: the "
                               "KFRE applies only with egfr < 60 mL/min/{1.73_m2} "
                               "(CKD G3a-G5)"),
             {formatNumber(*rawEgfr)}});
    } else {
        egfr = reader.require(Var::Egfr);
    }
    const auto uacr = reader.require(Var::Uacr);
    std::optional<double> calcium;
    std::optional<double> phosphate;
    std::optional<double> albumin;
    std::optional<double> bicarbonate;
    if (eight) {
        calcium = reader.require(Var::Calcium);
        phosphate = reader.require(Var::Phosphate);
        albumin = reader.require(Var::Albumin);
        bicarbonate = reader.require(Var::Bicarbonate);
    }
    const auto region = reader.requireCode(Var::KfreRegion);
    // dialysis is optional (blank = not known), but a recorded value must be a valid flag: a
    // malformed one is refused rather than ignored, because 1 refuses the model.
    if (snapshot.has(Var::Dialysis)) {
        const auto dialysis = reader.requireCode(Var::Dialysis);
        if (dialysis && isSet(*dialysis)) {
            reader.refuse({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                             "dialysis = 1: the KFRE does not apply on dialysis or "
                                             "after a kidney transplant; "
                                             "it predicts the start of kidney replacement therapy "
                                             "in CKD G3-G5 (Tangri 2011)"),
                           {}});
        }
    }
    if (reader.refused())
        return refusedEvaluation(m_card, reader.refusals());
    if (*egfr < kMinDevelopmentEgfr) {
        reader.warn({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                       "egfr = %1 mL/min/{1.73_m2} is below 10 mL/min/{1.73_m2}: "
                                       "the value is extrapolated below the development range of "
                                       "the KFRE (eGFR 10-59, Tangri 2011)"),
                     {formatNumber(*egfr)}});
    }

    const KfreCoefficients &k = eight ? kEightVariable : kFourVariable;
    double lp = k.age * (*age / 10.0 - kMeanAgeDecades)
                + k.male * ((isMale(*sex) ? 1.0 : 0.0) - kMeanMale)
                + k.egfr * (*egfr / 5.0 - kMeanEgfrOver5)
                + k.lnAcr * (std::log(*uacr) - kMeanLnAcr);
    if (eight) {
        lp += k.albumin * (*albumin - kMeanAlbumin) + k.phosphate * (*phosphate - kMeanPhosphate)
              + k.bicarbonate * (*bicarbonate - kMeanBicarbonate)
              + k.calcium * (*calcium - kMeanCalcium);
    }
    const std::size_t regionIndex = *region == 0.0 ? 0 : 1;
    const Baseline &s0 = (eight ? kEightVariableBaseline : kFourVariableBaseline)[regionIndex];
    const double hazardRatio = std::exp(lp);
    const double twoYear = 100.0 * (1.0 - std::pow(s0.twoYear, hazardRatio));
    const double fiveYear = 100.0 * (1.0 - std::pow(s0.fiveYear, hazardRatio));

    Evaluation evaluation;
    evaluation.modelId = m_card.id;
    evaluation.modelVersion = m_card.version;
    evaluation.rows.reserve(2);
    evaluation.rows.push_back(
        makeRow(m_card.outputs[0], twoYear, twoYearCategory(twoYear), reader.warnings()));
    evaluation.rows.push_back(
        makeRow(m_card.outputs[1], fiveYear, fiveYearCategory(fiveYear), reader.warnings()));
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makeKfre4Model()
{
    return std::make_unique<KfreModel>(KfreModel::Variables::Four);
}

std::unique_ptr<RiskModel> makeKfre8Model()
{
    return std::make_unique<KfreModel>(KfreModel::Variables::Eight);
}

} // namespace precis::risk::models
