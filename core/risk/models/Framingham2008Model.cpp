// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/Framingham2008Model.h"

#include "core/risk/InputReader.h"
#include "core/risk/models/GroupCSupport.h"
#include "core/risk/models/ModelFactories.h"

#include <cmath>

namespace precis::risk::models {

using namespace groupc;

namespace {

// D'Agostino RB Sr et al. General cardiovascular risk profile for use in primary care: the
// Framingham Heart Study. Circulation 2008;117:743-53, Table 2 (regression coefficients on
// ln age, ln TC, ln HDL, ln SBP by treatment, smoking, diabetes) with the sex-specific sum at
// the means and 10-year baseline survival. Cross-checked with vcastro/CVrisk data-raw/
// score_coef.R (frs_coef) and the paper's worked examples. risk = 1 - S0^exp(sum - mean).
struct LipidCoefficients
{
    double lnAge, lnTc, lnHdl, lnSbpUntreated, lnSbpTreated, smoker, diabetes, mean, s0;
};
constexpr LipidCoefficients kLipidFemale{
    2.32888, 1.20904, -0.70833, 2.76157, 2.82263, 0.52873, 0.69154, 26.1931, 0.95012};
constexpr LipidCoefficients kLipidMale{
    3.06117, 1.12370, -0.93263, 1.93303, 1.99881, 0.65451, 0.57367, 23.9802, 0.88936};

// Same paper, Table 2, office-based (BMI) model; cross-checked with vcastro/CVrisk frs_simple_coef.
struct BmiCoefficients
{
    double lnAge, lnBmi, lnSbpUntreated, lnSbpTreated, smoker, diabetes, mean, s0;
};
constexpr BmiCoefficients kBmiFemale{
    2.72107, 0.51125, 2.81291, 2.88267, 0.61868, 0.77763, 26.0145, 0.94833};
constexpr BmiCoefficients kBmiMale{
    3.11296, 0.79277, 1.85508, 1.92672, 0.70953, 0.53160, 23.9388, 0.88431};

// Heart/vascular age (paper, "Heart age/vascular age"): the age of a person with the same
// predicted risk but all other risk factors at normal levels: SBP 125 mm Hg untreated,
// TC 180 mg/dL, HDL 45 mg/dL, non-smoker, no diabetes. The BMI form's normal BMI is taken as
// 22.5 kg/m2 (not verified against the paper's text here; see card limits). Because both
// persons share sex, baseline survival and mean, equal risk means equal linear sums, so
//   heart age = exp((sum - sum_normal_without_age) / b_lnAge)   (closed form, continuous).
constexpr double kNormalSbp = 125.0;
constexpr double kNormalTc = 180.0;
constexpr double kNormalHdl = 45.0;
constexpr double kNormalBmi = 22.5;
// The paper's heart-age tables (points versions) report heart ages from "< 30" to "> 80" years;
// outside that span the continuous value is an extrapolation and carries a warning.
constexpr double kHeartAgeMin = 30.0;
constexpr double kHeartAgeMax = 80.0;

ModelCard makeCard(Framingham2008Model::Form form)
{
    const bool lipid = form == Framingham2008Model::Form::Lipid;
    ModelCard c;
    c.id
        = lipid ? QStringLiteral("framingham-cvd-2008") : QStringLiteral("framingham-cvd-2008-bmi");
    c.version = QStringLiteral("2008");
    c.name = lipid ? QString::fromUtf8(QT_TRANSLATE_NOOP(
                 "precis::risk::RiskText", "Framingham general CVD risk (2008), lipid model"))
                   : QString::fromUtf8(QT_TRANSLATE_NOOP(
                       "precis::risk::RiskText",
                       "Framingham general CVD risk (2008), office-based BMI model"));
    c.outcome = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "10-year risk of a first cardiovascular event: coronary death, myocardial infarction, "
        "coronary insufficiency, angina, ischaemic or haemorrhagic stroke, TIA, peripheral "
        "arterial disease or heart failure; and heart (vascular) age"));
    c.horizon = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "10 years"));
    c.derivation = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "Framingham Heart Study original and offspring cohorts: 8,491 participants (4,522 "
        "women) aged 30-74 without CVD at baseline examinations 1968-1987, 12-year follow-up"));
    c.validation = QStringLiteral(
        "Internal validation (C statistic 0.76-0.79); transportability not established outside "
        "the mainly white US Framingham population");
    c.citation = QStringLiteral(
        "D'Agostino RB Sr, Vasan RS, Pencina MJ, Wolf PA, Cobain M, Massaro JM, Kannel WB. "
        "General cardiovascular risk profile for use in primary care: the Framingham Heart "
        "Study. Circulation 2008;117:743-53.");
    c.coefficientSource = QStringLiteral(
        "D'Agostino 2008 Table 2 (coefficients, means of the linear sum, 10-year baseline "
        "survival); cross-checked with vcastro/CVrisk (data-raw/score_coef.R) and the paper's "
        "two worked examples (10.48 %, ~15.6 %)");
    c.guideline = QString(); // no guideline bands for this model
    c.limits = {
        QStringLiteral("Ages 30-74 (the derivation range)."),
        QStringLiteral("Continuous equation (not the points tables): the points-based heart age "
                       "and risk of the paper can differ by a few years / percentage points."),
        QStringLiteral("Heart age = exp((L - L_normal) / b_ln_age) where L_normal is the sum of "
                       "the non-age terms at SBP 125 untreated, TC 180, HDL 45 mg/dL (lipid) or "
                       "BMI 22.5 kg/m2 (BMI form; value not verified in the paper), non-smoker, "
                       "no diabetes. Not clamped: values outside 30-80 (the span of the paper's "
                       "heart-age tables) carry a warning."),
        QStringLiteral("Precis valid ranges (no published calculator limits verified): TC "
                       "100-405 mg/dL, HDL 10-100 mg/dL, SBP 90-200 mm[Hg], BMI 15-50 kg/m2."),
        QStringLiteral("Smoking: current = light, moderate, heavy or current. Diabetes: type 1 or "
                       "type 2."),
        QStringLiteral("Established CVD: computed with a warning (primary-prevention model)."),
    };
    c.inputs.push_back(number(Var::Age, "a", 30, 74));
    c.inputs.push_back(code(Var::Sex, 0, 1));
    if (lipid) {
        c.inputs.push_back(number(Var::TotalCholesterol, "mg/dL", 100, 405));
        c.inputs.push_back(number(Var::HdlCholesterol, "mg/dL", 10, 100));
    } else {
        c.inputs.push_back(number(Var::Bmi, "kg/m2", 15, 50));
    }
    c.inputs.push_back(number(Var::Sbp, "mm[Hg]", 90, 200));
    c.inputs.push_back(code(Var::BpTreated, 0, 1, "selects the treated or untreated SBP term"));
    c.inputs.push_back(code(Var::Smoking, 0, 5, "current = codes 2-5"));
    c.inputs.push_back(code(Var::Diabetes, 0, 2, "any diabetes"));
    c.inputs.push_back(optionalFlag(Var::Cvd, "established CVD: warning only"));
    c.outputs = {output("cvd", "%", 10), output("heart_age", "a", std::nullopt)};
    if (lipid)
        c.players.push_back(PlayerGroup{QStringLiteral("cholesterol"),
                                        {Var::TotalCholesterol, Var::HdlCholesterol}});
    else
        c.players.push_back(PlayerGroup{QStringLiteral("bmi"), {Var::Bmi}});
    c.players.push_back(PlayerGroup{QStringLiteral("blood_pressure"), {Var::Sbp, Var::BpTreated}});
    c.players.push_back(PlayerGroup{QStringLiteral("smoking"), {Var::Smoking}});
    c.players.push_back(PlayerGroup{QStringLiteral("diabetes"), {Var::Diabetes}});
    c.heldForExplanation = {Var::Age, Var::Sex, Var::Cvd};
    // Reference profile: "optimal: TC 170 mg/dL, HDL 50 mg/dL (lipid form) or BMI 22.5 kg/m2
    // (BMI form), SBP 110 mm[Hg] untreated, non-smoker, no diabetes".
    if (lipid) {
        c.reference.set(Var::TotalCholesterol, 170);
        c.reference.set(Var::HdlCholesterol, 50);
    } else {
        c.reference.set(Var::Bmi, kNormalBmi);
    }
    c.reference.set(Var::Sbp, 110);
    c.reference.set(Var::BpTreated, 0);
    c.reference.set(Var::Smoking, 0);
    c.reference.set(Var::Diabetes, 0);
    c.reference.set(Var::Cvd, 0);
    c.validationEvidence = {
        lipid ? QStringLiteral("tst_framingham2008: D'Agostino 2008 worked examples (F 61, TC 180, "
                               "HDL 47, SBP 124 untreated, smoker: 10.48 %; M 53, TC 161, HDL 55, "
                               "SBP 125 treated, diabetic: ~15.6 %), +-0.01 / +-0.05 pt; "
                               "vcastro/CVrisk example M 55 -> 13.53 %")
              : QStringLiteral("tst_framingham2008: no published worked example with BMI found; "
                               "rows are values of the second implementation in "
                               "tests/reference/ (not published; arithmetic checked in the test)"),
        QStringLiteral("tst_framingham2008: heart age closed form checked against a numeric "
                       "search; refusals, CVD warning, row order/units"),
    };
    return c;
}

} // namespace

Framingham2008Model::Framingham2008Model(Form form) : m_form(form), m_card(makeCard(form)) {}

Evaluation Framingham2008Model::evaluate(const Snapshot &snapshot) const
{
    const bool lipid = m_form == Form::Lipid;
    InputReader reader(snapshot, m_card);
    const auto age = reader.require(Var::Age);
    const auto sex = reader.requireCode(Var::Sex);
    std::optional<double> tc;
    std::optional<double> hdl;
    std::optional<double> bmi;
    if (lipid) {
        tc = reader.require(Var::TotalCholesterol);
        hdl = reader.require(Var::HdlCholesterol);
    } else {
        bmi = reader.require(Var::Bmi);
    }
    const auto sbp = reader.require(Var::Sbp);
    const auto treated = reader.requireCode(Var::BpTreated);
    const auto smoking = reader.requireCode(Var::Smoking);
    const auto diabetes = reader.requireCode(Var::Diabetes);
    const auto cvd = reader.optional(Var::Cvd);
    if (reader.refused())
        return refusedEvaluation(m_card, reader.refusals());
    if (cvd && isSet(*cvd))
        reader.warn({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                       "cvd = 1: established cardiovascular disease; the "
                                       "Framingham 2008 general CVD model was derived for primary "
                                       "prevention, so this estimate is outside its derivation "
                                       "population and underestimates risk"),
                     {}});

    const bool male = isMale(*sex);
    const bool onTreatment = isSet(*treated);
    const double smoker = isCurrentSmoker(*smoking) ? 1.0 : 0.0;
    const double dm = hasDiabetes(*diabetes) ? 1.0 : 0.0;
    const double lnAge = std::log(*age);

    double lnAgeCoefficient = 0;
    double sum = 0;
    double normalSum = 0; // the non-age terms at the normal profile
    double mean = 0;
    double s0 = 0;
    if (lipid) {
        const LipidCoefficients &k = male ? kLipidMale : kLipidFemale;
        lnAgeCoefficient = k.lnAge;
        sum = k.lnAge * lnAge + k.lnTc * std::log(*tc) + k.lnHdl * std::log(*hdl)
              + (onTreatment ? k.lnSbpTreated : k.lnSbpUntreated) * std::log(*sbp)
              + k.smoker * smoker + k.diabetes * dm;
        normalSum = k.lnTc * std::log(kNormalTc) + k.lnHdl * std::log(kNormalHdl)
                    + k.lnSbpUntreated * std::log(kNormalSbp);
        mean = k.mean;
        s0 = k.s0;
    } else {
        const BmiCoefficients &k = male ? kBmiMale : kBmiFemale;
        lnAgeCoefficient = k.lnAge;
        sum = k.lnAge * lnAge + k.lnBmi * std::log(*bmi)
              + (onTreatment ? k.lnSbpTreated : k.lnSbpUntreated) * std::log(*sbp)
              + k.smoker * smoker + k.diabetes * dm;
        normalSum = k.lnBmi * std::log(kNormalBmi) + k.lnSbpUntreated * std::log(kNormalSbp);
        mean = k.mean;
        s0 = k.s0;
    }
    const double percent = 100.0 * (1.0 - std::pow(s0, std::exp(sum - mean)));
    const double heartAge = std::exp((sum - normalSum) / lnAgeCoefficient);

    Evaluation evaluation;
    evaluation.modelId = m_card.id;
    evaluation.modelVersion = m_card.version;
    evaluation.rows.reserve(2);
    evaluation.rows.push_back(makeRow(m_card.outputs[0], percent, QString(), reader.warnings()));
    if (heartAge < kHeartAgeMin || heartAge > kHeartAgeMax) {
        Messages warnings = reader.warnings();
        warnings.append({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                           "heart_age = %1 a is outside 30-80 a, the span of the "
                                           "paper's heart-age tables: an extrapolation"),
                         {formatNumber(heartAge)}});
        evaluation.rows.push_back(makeRow(m_card.outputs[1], heartAge, QString(), warnings));
    } else {
        evaluation.rows.push_back(
            makeRow(m_card.outputs[1], heartAge, QString(), reader.warnings()));
    }
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makeFramingham2008Model()
{
    return std::make_unique<Framingham2008Model>(Framingham2008Model::Form::Lipid);
}

std::unique_ptr<RiskModel> makeFramingham2008BmiModel()
{
    return std::make_unique<Framingham2008Model>(Framingham2008Model::Form::Bmi);
}

} // namespace precis::risk::models
