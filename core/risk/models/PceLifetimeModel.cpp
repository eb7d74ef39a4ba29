// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/PceLifetimeModel.h"

#include "core/risk/InputReader.h"
#include "core/risk/models/ModelFactories.h"

#include <array>
#include <cmath>

namespace precis::risk::models {

namespace {

using Stratum = PceLifetimeModel::Stratum;

// Lifetime risk (%) by stratum, index 0 = all optimal ... 4 = >= 2 major risk factors.
// Lloyd-Jones DM, Leip EP, Larson MG, et al. Prediction of lifetime risk for cardiovascular
// disease by risk factor burden at 50 years of age. Circulation 2006;113:791-798 (Results:
// remaining lifetime risk of total CVD to age 95 at index age 50, by stratum), unrounded as
// published. The ACC ASCVD Risk Estimator+ shows the same figures rounded to whole percents
// (men 5/36/46/50/69, women 8/27/39/39/50; cerner/ascvd-risk-calculator computeLifetimeRisk);
// Precis never rounds a published value, so it reports the paper's decimals.
constexpr std::array<double, 5> kMen{5.2, 36.4, 45.5, 50.4, 68.9};
constexpr std::array<double, 5> kWomen{8.2, 26.9, 39.1, 38.8, 50.2};

// Stratum thresholds, Lloyd-Jones 2006 Methods (risk-factor categories; mg/dL, mm[Hg]).
constexpr double kTcMajor = 240, kTcElevated = 200, kTcNotOptimal = 180;
constexpr double kSbpMajor = 160, kSbpElevated = 140, kSbpNotOptimal = 120;
constexpr double kDbpMajor = 100, kDbpElevated = 90, kDbpNotOptimal = 80;

ModelCard makeCard()
{
    ModelCard c;
    c.id = QStringLiteral("pce-lifetime");
    c.version = QStringLiteral("2006");
    c.name = QString::fromUtf8(
        QT_TRANSLATE_NOOP("precis::risk::RiskText",
                          "Lifetime CVD risk by risk-factor strata (Lloyd-Jones 2006; ACC "
                          "ASCVD Risk Estimator+)"));
    c.outcome = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "Remaining lifetime risk (to age 95, death from other causes as competing risk) of "
        "total cardiovascular disease, by risk-factor stratum; the ACC ASCVD Risk Estimator+ "
        "reports it as lifetime ASCVD risk."));
    c.horizon
        = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "lifetime (to age 95)"));
    c.derivation = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "Framingham Heart Study participants free of CVD at an index age of 50 years, "
        "stratified by risk-factor burden at that age (Lloyd-Jones 2006)."));
    c.validation = QStringLiteral(
        "No separate validation; the strata are descriptive estimates. The Estimator+ applies "
        "the age-50 figures to ages 20-59.");
    c.citation = QStringLiteral(
        "Lloyd-Jones DM, Leip EP, Larson MG, et al. Prediction of lifetime risk for "
        "cardiovascular disease by risk factor burden at 50 years of age. Circulation "
        "2006;113(6):791-798. doi:10.1161/CIRCULATIONAHA.105.548206");
    c.coefficientSource = QStringLiteral(
        "Strata: Lloyd-Jones 2006 Methods. Percentages: Lloyd-Jones 2006 Results at index age "
        "50 (men 5.2/36.4/45.5/50.4/68.9 %, women 8.2/26.9/39.1/38.8/50.2 % for all optimal / "
        ">= 1 not optimal / >= 1 elevated / 1 major / >= 2 major); the ACC Estimator+ shows "
        "them rounded to whole percents, as transcribed in cerner/ascvd-risk-calculator "
        "app/load_fhir_data.js; extremes checked against the paper (men 5.2/68.9, women "
        "8.2/50.2 %).");
    c.guideline = QString(); // no guideline bands for lifetime risk
    c.limits = QStringList{
        QStringLiteral("Ages 20-59 (the Estimator+ range); the estimates are those at index age "
                       "50 and do not vary with age within the range."),
        QStringLiteral("Strata (Lloyd-Jones 2006 Methods): major = TC >= 240 mg/dL; SBP >= 160 "
                       "or DBP >= 100 mm[Hg] or treated hypertension (one factor); current "
                       "smoking; diabetes. Elevated (no major) = TC 200-239 or SBP 140-159 or "
                       "DBP 90-99. Not optimal (no major, none elevated) = TC 180-199 or SBP "
                       "120-139 or DBP 80-89. All optimal = TC < 180, SBP < 120 and DBP < 80, "
                       "untreated, non-smoker, no diabetes."),
        QStringLiteral("Blood pressure counts as one major factor even when both treated and >= "
                       "160/100 (as the paper defines it). The Cerner SMART app counts treatment "
                       "and SBP >= 160 separately and ignores DBP; it can therefore place a "
                       "treated person with SBP >= 160 in the >= 2 major stratum where Precis "
                       "gives 1 major."),
        QStringLiteral("Ranges as the Estimator+: total cholesterol 130-320 mg/dL, SBP 90-200, "
                       "DBP 60-130 mm[Hg]; outside them the model refuses."),
        QStringLiteral("Smoking: light, moderate, heavy and current count; diabetes of any "
                       "type counts."),
        QStringLiteral("Primary prevention only: with established cardiovascular disease "
                       "(cvd = 1) the number is given with a warning.")};
    const QString noUnit;
    c.inputs
        = {InputSpec{Var::Age, QStringLiteral("a"), 20, 59, false, {}},
           InputSpec{Var::Sex, noUnit, 0, 1, false, QStringLiteral("0 female, 1 male")},
           InputSpec{Var::TotalCholesterol, QStringLiteral("mg/dL"), 130, 320, false, {}},
           InputSpec{Var::Sbp, QStringLiteral("mm[Hg]"), 90, 200, false, {}},
           InputSpec{Var::Dbp, QStringLiteral("mm[Hg]"), 60, 130, false, {}},
           InputSpec{Var::BpTreated, noUnit, 0, 1, false, QStringLiteral("treated = major factor")},
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
                     QStringLiteral("not in the strata; 1 adds the secondary-prevention warning")}};
    c.outputs = {OutputSpec{QStringLiteral("cvd_lifetime"), QStringLiteral("%"), std::nullopt}};
    c.players
        = {PlayerGroup{QStringLiteral("cholesterol"), {Var::TotalCholesterol}},
           PlayerGroup{QStringLiteral("blood_pressure"), {Var::Sbp, Var::Dbp, Var::BpTreated}},
           PlayerGroup{QStringLiteral("diabetes"), {Var::Diabetes}},
           PlayerGroup{QStringLiteral("smoking"), {Var::Smoking}}};
    c.heldForExplanation = {Var::Age, Var::Sex, Var::Cvd};
    // Reference profile "all optimal": TC 170 mg/dL, BP 110/70 mm[Hg] untreated, non-smoker,
    // no diabetes.
    c.reference.set(Var::TotalCholesterol, 170);
    c.reference.set(Var::Sbp, 110);
    c.reference.set(Var::Dbp, 70);
    c.reference.set(Var::BpTreated, 0);
    c.reference.set(Var::Diabetes, 0);
    c.reference.set(Var::Smoking, 0);
    c.reference.set(Var::Cvd, 0);
    c.validationEvidence = QStringList{
        QStringLiteral("tests/risk_models_a/tst_pce_lifetime.cpp: ACC Estimator+ example (white "
                       "man 55, 130/80 untreated, TC 200, non-smoker, no diabetes) -> 46 % "
                       "(exact)."),
        QStringLiteral("tests/risk_models_a/tst_pce_lifetime.cpp: every stratum for both sexes "
                       "at its threshold edges (TC 179/180/199/200/239/240, SBP 119/120/139/"
                       "140/159/160, DBP 79/80/89/90/99/100), Lloyd-Jones 2006 extremes (5.2 -> "
                       "5, 68.9 -> 69, 8.2 -> 8, 50.2 -> 50), refusals, warnings, row contract.")};
    return c;
}

} // namespace

PceLifetimeModel::Stratum PceLifetimeModel::stratum(
    double tc, double sbp, double dbp, bool bpTreated, bool smoker, bool diabetes)
{
    const bool bpMajor = bpTreated || sbp >= kSbpMajor || dbp >= kDbpMajor;
    const int major = int(tc >= kTcMajor) + int(bpMajor) + int(smoker) + int(diabetes);
    if (major >= 2)
        return Stratum::TwoOrMoreMajor;
    if (major == 1)
        return Stratum::OneMajor;
    if (tc >= kTcElevated || sbp >= kSbpElevated || dbp >= kDbpElevated)
        return Stratum::Elevated;
    if (tc >= kTcNotOptimal || sbp >= kSbpNotOptimal || dbp >= kDbpNotOptimal)
        return Stratum::NotOptimal;
    return Stratum::AllOptimal;
}

PceLifetimeModel::PceLifetimeModel() : m_card(makeCard()) {}

Evaluation PceLifetimeModel::evaluate(const Snapshot &snapshot) const
{
    InputReader reader(snapshot, m_card);
    reader.require(Var::Age);
    const std::optional<double> sex = reader.requireCode(Var::Sex);
    const std::optional<double> tc = reader.require(Var::TotalCholesterol);
    const std::optional<double> sbp = reader.require(Var::Sbp);
    const std::optional<double> dbp = reader.require(Var::Dbp);
    const std::optional<double> treated = reader.requireCode(Var::BpTreated);
    const std::optional<double> diabetes = reader.requireCode(Var::Diabetes);
    const std::optional<double> smoking = reader.requireCode(Var::Smoking);
    const std::optional<double> cvd = reader.optional(Var::Cvd);
    if (reader.refused())
        return refusedEvaluation(m_card, reader.refusals());

    if (cvd && *cvd == 1.0)
        reader.warn({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                       "cvd = 1: lifetime risk strata are for people free of "
                                       "cardiovascular disease"),
                     {}});
    const Stratum s = stratum(*tc, *sbp, *dbp, *treated == 1.0, *smoking >= 2.0, *diabetes >= 1.0);
    const double percent = (*sex == 1.0 ? kMen : kWomen)[std::size_t(s)];

    Evaluation evaluation;
    evaluation.modelId = m_card.id;
    evaluation.modelVersion = m_card.version;
    evaluation.rows.push_back(makeRow(m_card.outputs[0], percent, QString(), reader.warnings()));
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makePceLifetimeModel()
{
    return std::make_unique<PceLifetimeModel>();
}

} // namespace precis::risk::models
