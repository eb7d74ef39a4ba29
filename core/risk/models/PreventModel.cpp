// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/PreventModel.h"

#include "core/clinical/Units.h"
#include "core/risk/InputReader.h"
#include "core/risk/models/ModelFactories.h"
#include "core/risk/models/PreventCoefficients.h"

#include <algorithm>
#include <cmath>

namespace precis::risk::models {

namespace {

namespace pv = prevent;
using Variant = PreventModel::Variant;

constexpr std::size_t kOutcomeCount = 5;
constexpr std::size_t kAscvd = 1; // index of ASCVD in the outcome order

// Ages for which Khan 2024 gives 30-year estimates: the 30-year equations were fitted in
// people aged 30-59 (the AHA calculator and preventr do not report 30-year risk from 60 on).
constexpr double kMaxAge30 = 59.0;

// 2026 ACC/AHA dyslipidemia guideline (Circulation 2026, doi:10.1161/CIR.0000000000001423),
// risk categories on PREVENT 10-year ASCVD: < 3 low, 3 to < 5 borderline, 5 to < 10
// intermediate, >= 10 % high.
constexpr double kBorderline = 3.0;
constexpr double kIntermediate = 5.0;
constexpr double kHigh = 10.0;

struct Tables
{
    const pv::HorizonTable *tenYear;
    const pv::HorizonTable *thirtyYear;
};

Tables tablesFor(Variant v)
{
    switch (v) {
    case Variant::Uacr:
        return {&pv::kUacr10, &pv::kUacr30};
    case Variant::Hba1c:
        return {&pv::kHba1c10, &pv::kHba1c30};
    case Variant::Sdi:
        return {&pv::kSdi10, &pv::kSdi30};
    case Variant::Full:
        return {&pv::kFull10, &pv::kFull30};
    case Variant::Automatic:
    case Variant::Base:
        break;
    }
    return {&pv::kBase10, &pv::kBase30};
}

QString variantId(Variant v)
{
    switch (v) {
    case Variant::Automatic:
        return QStringLiteral("prevent");
    case Variant::Base:
        return QStringLiteral("prevent-base");
    case Variant::Uacr:
        return QStringLiteral("prevent-uacr");
    case Variant::Hba1c:
        return QStringLiteral("prevent-hba1c");
    case Variant::Sdi:
        return QStringLiteral("prevent-sdi");
    case Variant::Full:
        return QStringLiteral("prevent-full");
    }
    return {};
}

QString variantName(Variant v)
{
    switch (v) {
    case Variant::Automatic:
        return QString::fromUtf8(QT_TRANSLATE_NOOP(
            "precis::risk::RiskText", "AHA PREVENT (variant chosen from the add-ons available)"));
    case Variant::Base:
        return QString::fromUtf8(
            QT_TRANSLATE_NOOP("precis::risk::RiskText", "AHA PREVENT, base model"));
    case Variant::Uacr:
        return QString::fromUtf8(
            QT_TRANSLATE_NOOP("precis::risk::RiskText", "AHA PREVENT, base model + UACR"));
    case Variant::Hba1c:
        return QString::fromUtf8(
            QT_TRANSLATE_NOOP("precis::risk::RiskText", "AHA PREVENT, base model + HbA1c"));
    case Variant::Sdi:
        return QString::fromUtf8(
            QT_TRANSLATE_NOOP("precis::risk::RiskText", "AHA PREVENT, base model + SDI"));
    case Variant::Full:
        return QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                                   "AHA PREVENT, full model (UACR, HbA1c, SDI)"));
    }
    return {};
}

bool readsUacr(Variant v)
{
    return v == Variant::Automatic || v == Variant::Uacr || v == Variant::Full;
}
bool readsHba1c(Variant v)
{
    return v == Variant::Automatic || v == Variant::Hba1c || v == Variant::Full;
}
bool readsSdi(Variant v)
{
    return v == Variant::Automatic || v == Variant::Sdi || v == Variant::Full;
}

bool isWhole(double value)
{
    return value == std::floor(value);
}

/// An add-on the automatic variant counts: one that is recorded. The rule is that an
/// out-of-range add-on "is not used ... and the variant runs with it missing through the
/// published missing-value terms" - only the add-on variants have those terms, so a recorded
/// add-on selects its variant even when its value cannot be used.
bool addOnPresent(const Snapshot &snapshot, Var var)
{
    return snapshot.has(var);
}

/// Reads an add-on: nullopt when missing, out of range (warned by InputReader) or a
/// fractional SDI decile (warned here); such an add-on enters through its missing term.
std::optional<double> readAddOn(InputReader &reader, const Snapshot &snapshot, Var var)
{
    if (var == Var::SdiDecile) {
        const std::optional<double> raw = snapshot.get(var);
        if (raw && !isWhole(*raw)) {
            reader.warn({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                           "sdi_decile = %1 is not a whole decile 1-10; not used"),
                         {formatNumber(*raw)}});
            return std::nullopt;
        }
    }
    return reader.optional(var);
}

ModelCard makeCard(Variant v)
{
    ModelCard c;
    c.id = variantId(v);
    c.version = QStringLiteral("2024");
    c.name = variantName(v);
    c.outcome = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "First total cardiovascular disease event (ASCVD or heart failure), and separately "
        "ASCVD (CHD or stroke), heart failure, CHD and stroke."));
    c.horizon = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText", "10 years and 30 years (30 years only for ages 30-59)"));
    c.derivation = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "US adults aged 30-79 years without cardiovascular disease: 3,281,919 people from 25 "
        "cohort and electronic-health-record datasets of the CKD Prognosis Consortium."));
    c.validation = QStringLiteral(
        "External validation in 21 further datasets (3,330,085 adults); good discrimination "
        "and calibration overall and across sex, race and ethnicity and eGFR (Khan 2024).");
    c.citation = QStringLiteral(
        "Khan SS, Matsushita K, Sang Y, et al. Development and validation of the American "
        "Heart Association's PREVENT equations. Circulation 2024;149(6):430-449. "
        "doi:10.1161/CIRCULATIONAHA.123.067626");
    c.coefficientSource = QStringLiteral(
        "Khan 2024 Supplemental Table S12 (base, UACR, HbA1c, SDI and full models), as "
        "transcribed in the preventr R package 0.12.0 (R/sysdata.rda, imported from the "
        "supplement's Excel file); base total-CVD, ASCVD and heart-failure equations (10 "
        "and 30 years) and women's base 10-year CHD and stroke cross-checked against "
        "independent public transcriptions of the AHA calculation. See "
        "core/risk/models/PreventCoefficients.h.");
    c.guideline = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "2026 ACC/AHA dyslipidemia guideline, on the 10-year ASCVD row only (ages 30-79): "
        "low < 3 %, borderline 3 to < 5 %, intermediate 5 to < 10 %, high >= 10 %"));
    c.limits = QStringList{
        QStringLiteral("Ages 30-79. The 30-year rows are refused at ages 60-79 (the 10-year "
                       "rows are still given)."),
        QStringLiteral("Ranges as the AHA PREVENT calculator: total cholesterol 130-320 mg/dL, "
                       "HDL 20-100 mg/dL, SBP 90-180 mm[Hg], BMI 18.5-39.9 kg/m2, eGFR 15-140 "
                       "mL/min/{1.73_m2}; outside them the model refuses. Optional UACR "
                       "0.1-25000 mg/g, HbA1c 4.5-15 %, SDI decile 1-10: outside them the "
                       "add-on is not used (with a warning naming it) and enters through its "
                       "published missing-value term."),
        QStringLiteral("Cholesterol enters in mmol/L as mg/dL / 38.67 (the project's constant). "
                       "The AHA's AHAprevent R package and preventr multiply by 0.02586 "
                       "instead: 6e-6 relative, at most about 4e-4 percentage points of risk. "
                       "Non-HDL-C = TC - HDL, centred at 3.5 mmol/L; HDL-C is centred at 1.3 "
                       "mmol/L and scaled per 0.3 mmol/L, also in its age interaction (the "
                       "supplement's label 'per 1 mmol/L' there is a typo)."),
        QStringLiteral("Splines: SBP knot 110 (low part (min(SBP,110)-110)/20, high part "
                       "(max(SBP,110)-130)/20); BMI knot 30 ((min-25)/5, (max-30)/5; heart "
                       "failure only); eGFR knot 60 ((min-60)/-15, (max-90)/-15). Age = "
                       "(age-55)/10; 30-year equations add age squared. Risk = logistic of "
                       "the sum."),
        QStringLiteral("UACR enters as ln(mg/g), uncentred; HbA1c as (HbA1c % - 5.3) split "
                       "by diabetes; SDI as deciles 4-6 and 7-10 against 1-3."),
        QStringLiteral("Diabetes of any type counts; smoking light, moderate, heavy or "
                       "current = current smoker."),
        QStringLiteral("Primary prevention only: with established cardiovascular disease "
                       "(cvd = 1) the numbers are computed with a warning."),
        QStringLiteral("Categories only on the 10-year ASCVD row; no guideline bands the other "
                       "outcomes or the 30-year horizon.")};
    if (v == Variant::Automatic)
        c.limits.push_back(QStringLiteral(
            "Variant: no recorded add-on -> base, exactly one -> that add-on's model, two or "
            "more -> full; the evaluation's model id names the variant used."));

    const QString noUnit;
    c.inputs
        = {InputSpec{Var::Age, QStringLiteral("a"), 30, 79, false, {}},
           InputSpec{Var::Sex, noUnit, 0, 1, false, QStringLiteral("0 female, 1 male")},
           InputSpec{Var::TotalCholesterol, QStringLiteral("mg/dL"), 130, 320, false, {}},
           InputSpec{Var::HdlCholesterol, QStringLiteral("mg/dL"), 20, 100, false, {}},
           InputSpec{Var::Sbp, QStringLiteral("mm[Hg]"), 90, 180, false, {}},
           InputSpec{Var::BpTreated, noUnit, 0, 1, false, {}},
           InputSpec{Var::Statin, noUnit, 0, 1, false, {}},
           InputSpec{Var::Diabetes, noUnit, 0, 2, false, QStringLiteral("type 1 or 2 = diabetes")},
           InputSpec{Var::Smoking,
                     noUnit,
                     0,
                     5,
                     false,
                     QStringLiteral("light/moderate/heavy/current = current smoker")},
           InputSpec{Var::Egfr, QStringLiteral("mL/min/{1.73_m2}"), 15, 140, false, {}},
           InputSpec{Var::Bmi,
                     QStringLiteral("kg/m2"),
                     18.5,
                     39.9,
                     false,
                     QStringLiteral("enters the heart-failure equations only")}};
    if (readsUacr(v))
        c.inputs.push_back(InputSpec{Var::Uacr, QStringLiteral("mg/g"), 0.1, 25000, true, {}});
    if (readsHba1c(v))
        c.inputs.push_back(InputSpec{Var::Hba1c, QStringLiteral("%"), 4.5, 15, true, {}});
    if (readsSdi(v))
        c.inputs.push_back(InputSpec{Var::SdiDecile,
                                     noUnit,
                                     1,
                                     10,
                                     true,
                                     QStringLiteral("US Social Deprivation Index decile")});
    c.inputs.push_back(InputSpec{Var::Cvd,
                                 noUnit,
                                 0,
                                 1,
                                 true,
                                 QStringLiteral("not in the equations; 1 adds the "
                                                "secondary-prevention warning")});

    const QString pct = QStringLiteral("%");
    for (int horizon : {10, 30}) {
        c.outputs.push_back(OutputSpec{QStringLiteral("total_cvd"), pct, horizon});
        c.outputs.push_back(OutputSpec{QStringLiteral("ascvd"), pct, horizon});
        c.outputs.push_back(OutputSpec{QStringLiteral("heart_failure"), pct, horizon});
        c.outputs.push_back(OutputSpec{QStringLiteral("chd"), pct, horizon});
        c.outputs.push_back(OutputSpec{QStringLiteral("stroke"), pct, horizon});
    }

    c.players
        = {PlayerGroup{QStringLiteral("cholesterol"), {Var::TotalCholesterol, Var::HdlCholesterol}},
           PlayerGroup{QStringLiteral("blood_pressure"), {Var::Sbp, Var::BpTreated}},
           PlayerGroup{QStringLiteral("statin"), {Var::Statin}},
           PlayerGroup{QStringLiteral("diabetes"), {Var::Diabetes}},
           PlayerGroup{QStringLiteral("smoking"), {Var::Smoking}},
           PlayerGroup{QStringLiteral("egfr"), {Var::Egfr}},
           PlayerGroup{QStringLiteral("bmi"), {Var::Bmi}}};
    c.heldForExplanation = {Var::Age, Var::Sex, Var::Cvd};
    // Reference profile: TC 170 mg/dL, HDL 50 mg/dL, SBP 110 mm[Hg] untreated, no statin,
    // no diabetes, non-smoker, eGFR 90, BMI 25 (the equations' centring values for eGFR and
    // BMI). In the automatic variant the add-ons are held at the patient's values, so the
    // explanation never switches variant between coalitions; a forced variant explains its
    // add-on against UACR 10 mg/g, HbA1c 5.3 % (the centring value) or SDI decile 1.
    c.reference.set(Var::TotalCholesterol, 170);
    c.reference.set(Var::HdlCholesterol, 50);
    c.reference.set(Var::Sbp, 110);
    c.reference.set(Var::BpTreated, 0);
    c.reference.set(Var::Statin, 0);
    c.reference.set(Var::Diabetes, 0);
    c.reference.set(Var::Smoking, 0);
    c.reference.set(Var::Egfr, 90);
    c.reference.set(Var::Bmi, 25);
    c.reference.set(Var::Cvd, 0);
    if (v == Variant::Automatic) {
        c.heldForExplanation.push_back(Var::Uacr);
        c.heldForExplanation.push_back(Var::Hba1c);
        c.heldForExplanation.push_back(Var::SdiDecile);
    } else {
        if (readsUacr(v)) {
            c.players.push_back(PlayerGroup{QStringLiteral("uacr"), {Var::Uacr}});
            c.reference.set(Var::Uacr, 10);
        }
        if (readsHba1c(v)) {
            c.players.push_back(PlayerGroup{QStringLiteral("hba1c"), {Var::Hba1c}});
            c.reference.set(Var::Hba1c, 5.3);
        }
        if (readsSdi(v)) {
            c.players.push_back(PlayerGroup{QStringLiteral("sdi"), {Var::SdiDecile}});
            c.reference.set(Var::SdiDecile, 1);
        }
    }

    c.validationEvidence = QStringList{
        QStringLiteral("tests/risk_models_a/tst_prevent.cpp: Khan 2024 Table S25 / preventr "
                       "README example (woman 50, SBP 160 treated, TC 200, HDL 45, no statin, "
                       "diabetes, non-smoker, eGFR 90, BMI 35): 10-year 14.7/9.2/8.1/4.4/5.4 %, "
                       "30-year 53.0/35.4/39.0/19.8/22.1 % (published to 0.1; +-0.05 point)."),
        QStringLiteral("tests/risk_models_a/tst_prevent.cpp: preventr 0.12.0 "
                       "tests/testthat/test-estimate_risk.R expected values for the same "
                       "profile, women and men, base and with HbA1c 9.2 %, UACR 92 mg/g, SDI "
                       "decile 3 (zip 14738) and all three (full): 50 rows per sex, +-0.05 "
                       "point."),
        QStringLiteral("tests/risk_models_a/tst_prevent.cpp: values of the second "
                       "implementation in tests/reference/ (not published) for the "
                       "missing-value terms, spline knots and age 60+ (1e-9), variant "
                       "selection, refusals naming the field, add-on warnings, category edges, "
                       "row order, units and horizons.")};
    return c;
}

} // namespace

QString PreventModel::category(double percent)
{
    if (percent < kBorderline)
        return QStringLiteral("low");
    if (percent < kIntermediate)
        return QStringLiteral("borderline");
    if (percent < kHigh)
        return QStringLiteral("intermediate");
    return QStringLiteral("high");
}

PreventModel::PreventModel(Variant variant) : m_variant(variant), m_card(makeCard(variant)) {}

Evaluation PreventModel::evaluate(const Snapshot &snapshot) const
{
    InputReader reader(snapshot, m_card);
    const std::optional<double> age = reader.require(Var::Age);
    const std::optional<double> sex = reader.requireCode(Var::Sex);
    const std::optional<double> tc = reader.require(Var::TotalCholesterol);
    const std::optional<double> hdl = reader.require(Var::HdlCholesterol);
    const std::optional<double> sbp = reader.require(Var::Sbp);
    const std::optional<double> bpTreated = reader.requireCode(Var::BpTreated);
    const std::optional<double> statin = reader.requireCode(Var::Statin);
    const std::optional<double> diabetes = reader.requireCode(Var::Diabetes);
    const std::optional<double> smoking = reader.requireCode(Var::Smoking);
    const std::optional<double> egfr = reader.require(Var::Egfr);
    const std::optional<double> bmi = reader.require(Var::Bmi);
    const std::optional<double> cvd = reader.optional(Var::Cvd);

    // The variant depends only on which add-ons are recorded, so it is chosen before any
    // refusal: the output's model is the chosen id (issue #4) on refused rows too.
    Variant used = m_variant;
    if (used == Variant::Automatic) {
        const bool u = addOnPresent(snapshot, Var::Uacr);
        const bool h = addOnPresent(snapshot, Var::Hba1c);
        const bool s = addOnPresent(snapshot, Var::SdiDecile);
        const int count = int(u) + int(h) + int(s);
        if (count == 0)
            used = Variant::Base;
        else if (count >= 2)
            used = Variant::Full;
        else
            used = u ? Variant::Uacr : (h ? Variant::Hba1c : Variant::Sdi);
    }
    if (reader.refused()) {
        Evaluation refused = refusedEvaluation(m_card, reader.refusals());
        refused.modelId = variantId(used);
        return refused;
    }
    // The automatic variant reads every add-on so that an out-of-range one is named in a
    // warning; the chosen variant then uses exactly the usable ones.
    const std::optional<double> uacr
        = readsUacr(m_variant) ? readAddOn(reader, snapshot, Var::Uacr) : std::nullopt;
    const std::optional<double> hba1c
        = readsHba1c(m_variant) ? readAddOn(reader, snapshot, Var::Hba1c) : std::nullopt;
    const std::optional<double> sdi
        = readsSdi(m_variant) ? readAddOn(reader, snapshot, Var::SdiDecile) : std::nullopt;

    if (cvd && *cvd == 1.0)
        reader.warn({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                       "cvd = 1: PREVENT is for primary prevention and does not "
                                       "apply with established cardiovascular disease"),
                     {}});

    // Terms in PreventCoefficients.h order; add-on terms the chosen variant lacks have zero
    // coefficients there.
    pv::Coefficients t{};
    const double a = (*age - 55.0) / 10.0;
    const double nonHdl = (*tc - *hdl) / clinical::units::kCholesterolMgdlPerMmol - 3.5;
    const double hdlTerm = (*hdl / clinical::units::kCholesterolMgdlPerMmol - 1.3) / 0.3;
    const double sbpHigh = (std::max(*sbp, 110.0) - 130.0) / 20.0;
    const double bmiHigh = (std::max(*bmi, 30.0) - 30.0) / 5.0;
    const double egfrLow = (std::min(*egfr, 60.0) - 60.0) / -15.0;
    const double dm = *diabetes >= 1.0 ? 1.0 : 0.0;
    const double smoker = *smoking >= 2.0 ? 1.0 : 0.0; // light, moderate, heavy, current
    t[pv::Age] = a;
    t[pv::AgeSquared] = a * a;
    t[pv::NonHdl] = nonHdl;
    t[pv::Hdl] = hdlTerm;
    t[pv::SbpLow] = (std::min(*sbp, 110.0) - 110.0) / 20.0;
    t[pv::SbpHigh] = sbpHigh;
    t[pv::Diabetes] = dm;
    t[pv::Smoking] = smoker;
    t[pv::BmiLow] = (std::min(*bmi, 30.0) - 25.0) / 5.0;
    t[pv::BmiHigh] = bmiHigh;
    t[pv::EgfrLow] = egfrLow;
    t[pv::EgfrHigh] = (std::max(*egfr, 60.0) - 90.0) / -15.0;
    t[pv::BpTreated] = *bpTreated;
    t[pv::Statin] = *statin;
    t[pv::BpTreatedSbpHigh] = *bpTreated * sbpHigh;
    t[pv::StatinNonHdl] = *statin * nonHdl;
    t[pv::AgeNonHdl] = a * nonHdl;
    t[pv::AgeHdl] = a * hdlTerm;
    t[pv::AgeSbpHigh] = a * sbpHigh;
    t[pv::AgeDiabetes] = a * dm;
    t[pv::AgeSmoking] = a * smoker;
    t[pv::AgeBmiHigh] = a * bmiHigh;
    t[pv::AgeEgfrLow] = a * egfrLow;
    // value_or() rather than operator*: GCC 12 flags *optional here as maybe-uninitialized.
    const double sdiValue = sdi.value_or(0.0);
    const double hba1cValue = hba1c.value_or(0.0);
    t[pv::Sdi4to6] = (sdi && sdiValue >= 4.0 && sdiValue <= 6.0) ? 1.0 : 0.0;
    t[pv::Sdi7to10] = (sdi && sdiValue >= 7.0) ? 1.0 : 0.0;
    t[pv::SdiMissing] = sdi ? 0.0 : 1.0;
    t[pv::LnUacr] = uacr ? std::log(uacr.value_or(1.0)) : 0.0;
    t[pv::UacrMissing] = uacr ? 0.0 : 1.0;
    t[pv::Hba1cDiabetes] = hba1c ? (hba1cValue - 5.3) * dm : 0.0;
    t[pv::Hba1cNoDiabetes] = hba1c ? (hba1cValue - 5.3) * (1.0 - dm) : 0.0;
    t[pv::Hba1cMissing] = hba1c ? 0.0 : 1.0;
    t[pv::Constant] = 1.0;

    const Tables tables = tablesFor(used);
    const std::size_t sexIndex = *sex == 1.0 ? 1 : 0;

    Evaluation evaluation;
    evaluation.modelId = variantId(used);
    evaluation.modelVersion = m_card.version;
    evaluation.rows.reserve(2 * kOutcomeCount);
    for (int h = 0; h < 2; ++h) {
        const pv::SexTable &equations = (h == 0 ? *tables.tenYear : *tables.thirtyYear)[sexIndex];
        if (h == 1 && *age > kMaxAge30) {
            Messages reason;
            reason.append({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                             "age = %1 a: 30-year PREVENT risk is estimated only "
                                             "for ages 30-59 a"),
                           {formatNumber(*age)}});
            for (std::size_t o = 0; o < kOutcomeCount; ++o)
                evaluation.rows.push_back(refusedRow(m_card.outputs[kOutcomeCount + o], reason));
            continue;
        }
        for (std::size_t o = 0; o < kOutcomeCount; ++o) {
            const pv::Coefficients &beta = equations[o];
            double logit = 0.0;
            for (std::size_t i = 0; i < pv::TermCount; ++i)
                logit += beta[i] * t[i];
            const double percent = 100.0 / (1.0 + std::exp(-logit));
            QString band;
            if (h == 0 && o == kAscvd)
                band = category(percent);
            evaluation.rows.push_back(makeRow(m_card.outputs[std::size_t(h) * kOutcomeCount + o],
                                              percent,
                                              std::move(band),
                                              reader.warnings()));
        }
    }
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makePreventModel()
{
    return std::make_unique<PreventModel>(PreventModel::Variant::Automatic);
}
std::unique_ptr<RiskModel> makePreventBaseModel()
{
    return std::make_unique<PreventModel>(PreventModel::Variant::Base);
}
std::unique_ptr<RiskModel> makePreventUacrModel()
{
    return std::make_unique<PreventModel>(PreventModel::Variant::Uacr);
}
std::unique_ptr<RiskModel> makePreventHba1cModel()
{
    return std::make_unique<PreventModel>(PreventModel::Variant::Hba1c);
}
std::unique_ptr<RiskModel> makePreventSdiModel()
{
    return std::make_unique<PreventModel>(PreventModel::Variant::Sdi);
}
std::unique_ptr<RiskModel> makePreventFullModel()
{
    return std::make_unique<PreventModel>(PreventModel::Variant::Full);
}

} // namespace precis::risk::models
