// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/therapy/OptionEngine.h"

#include "core/clinical/Units.h"
#include "core/risk/InputReader.h"
#include "core/risk/RiskText.h"
#include "core/risk/models/PceModel.h"
#include "core/therapy/OncologyPgx.h"
#include "core/therapy/TherapyText.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace precis::therapy {

namespace {

using risk::formatNumber;

/// A model's value for one outcome and horizon (-1: an output without a horizon, such as a
/// score), or why there is none.
struct ModelValue
{
    std::optional<double> value;
    QStringList reasons;
};

ModelValue evaluateOutput(const risk::RiskModel *model,
                          const Snapshot &snapshot,
                          const QString &outcome,
                          int horizonYears)
{
    if (model == nullptr)
        return {std::nullopt, {QStringLiteral("the model is not registered")}};
    const risk::Evaluation evaluation = model->evaluate(snapshot);
    for (const risk::OutcomeRow &row : evaluation.rows) {
        const bool sameHorizon
            = horizonYears < 0 ? !row.horizonYears : row.horizonYears == horizonYears;
        if (row.outcome != outcome || !sameHorizon)
            continue;
        if (row.status != risk::Status::Refused && row.value)
            return {row.value, {}};
        return {std::nullopt, row.messages};
    }
    return {
        std::nullopt,
        {QStringLiteral("the model has no %1 output at %2 years").arg(outcome).arg(horizonYears)}};
}

/// Percent for a reason text: one decimal, as a physician reads it.
QString pct(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" %");
}

QString num(double value)
{
    return formatNumber(value);
}

/// What the rules read, from the snapshot and the medication list.
struct Facts
{
    bool egfrRoundedDown = true; ///< EngineBehaviour::egfrRoundedDown of the knowledge base
    bool bpFewDecimals = true;   ///< EngineBehaviour::bpFewDecimals of the knowledge base
    std::optional<double> age;
    std::optional<double> ldl;
    std::optional<double> sbp;
    std::optional<double> dbp;
    std::optional<double> egfr;
    std::optional<double> uacr;
    std::optional<double> smoking;
    bool cvd = false;
    bool diabetes = false;
    bool hypertension = false;
    bool bpTreated = false;
    bool dialysis = false;
};

/// eGFR for a reason text: a derived eGFR (CKD-EPI from creatinine) has many decimals; one is
/// shown, rounded down, so that the text never crosses an integer threshold the value does not
/// (eGFR 19.96 is "19.9 < 20", never "20.0 < 20"). Knowledge base 2026.1 showed the value in
/// its shortest form, and replays so.
QString egfrNum(const Facts &f, double value)
{
    if (!f.egfrRoundedDown)
        return num(value);
    return formatNumber(std::floor(value * 10.0 + 1e-9) / 10.0);
}

/// A blood pressure for a reason text: the chart's value is the mean of the readings
/// (105.33333333333333). It is shown with the fewest decimals, from one, that keep it on the
/// same side of every whole number as the value itself, so the text never crosses a threshold
/// the value does not (129.96 is "129.96", not "130.0"; 150.04 not "150.0"). Knowledge bases
/// 2026.1 and 2026.2 showed the shortest form, and replay so.
QString bpNum(const Facts &f, double value)
{
    if (!f.bpFewDecimals || value == std::floor(value))
        return num(value);
    for (int decimals = 1; decimals <= 3; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        const double shown = std::round(value * scale) / scale;
        if (std::floor(shown) == std::floor(value) && shown != std::floor(shown))
            return QString::number(shown, 'f', decimals);
    }
    return num(value);
}

Facts readFacts(const PatientContext &p, const EngineBehaviour &behaviour)
{
    const Snapshot &s = p.snapshot;
    Facts f;
    f.egfrRoundedDown = behaviour.egfrRoundedDown;
    f.bpFewDecimals = behaviour.bpFewDecimals;
    f.age = s.get(Var::Age);
    f.ldl = s.get(Var::LdlCholesterol);
    f.sbp = s.get(Var::Sbp);
    f.dbp = s.get(Var::Dbp);
    f.egfr = s.get(Var::Egfr);
    f.uacr = s.get(Var::Uacr);
    f.smoking = s.get(Var::Smoking);
    // A blank flag counts as absent (documented in docs/OPTIONS.md).
    f.cvd = s.get(Var::Cvd).value_or(0) == 1.0;
    const double diabetes = s.get(Var::Diabetes).value_or(0);
    f.diabetes = diabetes == 1.0 || diabetes == 2.0; // type 1 or type 2
    f.hypertension = s.get(Var::Hypertension).value_or(0) == 1.0;
    f.bpTreated = s.get(Var::BpTreated).value_or(0) == 1.0 || p.takesAntihypertensive();
    f.dialysis = s.get(Var::Dialysis).value_or(0) == 1.0;
    return f;
}

/// The outcome of an option's rules for one person.
struct Decision
{
    bool eligible = false;
    QString ruleId;        ///< the rule that fired (eligible only)
    QString levelOverride; ///< e.g. C-EO when only the diastolic pressure met the threshold
    risk::Messages reasons;
};

/// A reason as its template (marked for translation in the context TherapyText) and its
/// arguments: field tokens, codes and numbers as the CSV writes them.
risk::Message msg(const char *source, QStringList args = {})
{
    return risk::Message{source, std::move(args)};
}

risk::Messages &operator<<(risk::Messages &messages, risk::Message message)
{
    messages.append(std::move(message));
    return messages;
}

Decision yes(QString ruleId, risk::Message why, QString level = {})
{
    Decision d{true, std::move(ruleId), std::move(level), {}};
    d.reasons << std::move(why);
    return d;
}

Decision no(risk::Message why)
{
    Decision d;
    d.reasons << std::move(why);
    return d;
}

/// Appends a reason to a row, its English text and its template alike.
void add(OptionRow &row, risk::Message message)
{
    row.reasons << message.english();
    row.reasonSources.push_back(std::move(message));
}

// 2018 AHA/ACC cholesterol guideline (Grundy, Circulation 2019;139:e1082) age limits of the
// statin benefit groups: clinical ASCVD <= 75 (section 4.1), LDL-C >= 190 at 20-75 (4.2),
// diabetes 40-75 (4.3), risk-based primary prevention 40-75 with LDL-C 70-189 (4.4.2).
constexpr double kAscvdHighIntensityMaxAge = 75;
constexpr double kSevereLdl = 190; // mg/dL
constexpr double kSevereLdlMinAge = 20;
constexpr double kPrimaryMinAge = 40;
constexpr double kPrimaryMaxAge = 75;
constexpr double kPrimaryMinLdl = 70; // mg/dL

/// The 2018 guideline's "multiple ASCVD risk factors" in diabetes (section 4.3 recommendation 3)
/// made countable: current smoking, hypertension or BP treatment, eGFR < 60, UACR >= 30 mg/g
/// (the last two from its diabetes-specific risk enhancers), LDL-C >= 160 mg/dL (a risk
/// enhancer, Table 6). Precis's operationalisation, documented in docs/OPTIONS.md.
QStringList diabetesRiskFactors(const Facts &f)
{
    QStringList found;
    if (f.smoking && *f.smoking >= 2)
        found << QStringLiteral("current smoking");
    if (f.hypertension || f.bpTreated)
        found << QStringLiteral("hypertension or BP treatment");
    if (f.egfr && *f.egfr < 60)
        found << QStringLiteral("eGFR < 60");
    if (f.uacr && *f.uacr >= 30)
        found << QStringLiteral("UACR >= 30 mg/g");
    if (f.ldl && *f.ldl >= 160)
        found << QStringLiteral("LDL-C >= 160 mg/dL");
    return found;
}
constexpr qsizetype kMultipleRiskFactors = 2;

risk::Message pceUnavailable(const ModelValue &pce)
{
    return msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                 "10-year ASCVD risk by the PCE unavailable (pce: %1)"),
               {pce.reasons.join(QStringLiteral("; "))});
}

Decision statinHigh(const Facts &f, const ModelValue &pce)
{
    if (!f.age)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "age missing")));
    const double age = *f.age;
    if (f.cvd) {
        if (age <= kAscvdHighIntensityMaxAge)
            return yes(QStringLiteral("ascvd_75_or_younger"),
                       msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                             "clinical ASCVD at age %1 (<= 75)"),
                           {num(age)}));
        return yes(QStringLiteral("ascvd_over_75"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                         "clinical ASCVD at age %1 (> 75)"),
                       {num(age)}));
    }
    if (f.ldl && *f.ldl >= kSevereLdl && age >= kSevereLdlMinAge && age <= kPrimaryMaxAge)
        return yes(QStringLiteral("ldl_190"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                         "LDL-C %1 mg/dL (>= 190) at age %2"),
                       {num(*f.ldl), num(age)}));
    if (age < kPrimaryMinAge || age > kPrimaryMaxAge)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "age %1 outside 40-75 and no clinical ASCVD or LDL-C >= 190"),
                {num(age)}));
    if (f.diabetes) {
        const QStringList factors = diabetesRiskFactors(f);
        if (factors.size() >= kMultipleRiskFactors)
            return yes(
                QStringLiteral("diabetes_multiple_risk_factors"),
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "diabetes at age %1 with %2"),
                    {num(age), factors.join(QStringLiteral(", "))}));
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "diabetes with fewer than 2 counted ASCVD risk factors: "
                                        "moderate intensity (statin_moderate)")));
    }
    if (!f.ldl)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "ldl_cholesterol missing (the risk-based group is for LDL-C "
                                  "70-189 mg/dL)")));
    if (*f.ldl < kPrimaryMinLdl)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "LDL-C %1 mg/dL < 70"),
                      {num(*f.ldl)}));
    if (!pce.value)
        return no(pceUnavailable(pce));
    if (risk::models::PceModel::category(*pce.value) == QLatin1String("high"))
        return yes(QStringLiteral("pce_high"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                         "PCE 10-year ASCVD %1 (>= 20 %, high)"),
                       {pct(*pce.value)}));
    return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                    "PCE 10-year ASCVD %1 < 20 %: high intensity is for high risk"),
                  {pct(*pce.value)}));
}

Decision statinModerate(const Facts &f, const ModelValue &pce)
{
    if (!f.age)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "age missing")));
    const double age = *f.age;
    if (f.cvd) {
        if (age > kAscvdHighIntensityMaxAge)
            return yes(QStringLiteral("ascvd_over_75"),
                       msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                             "clinical ASCVD at age %1 (> 75)"),
                           {num(age)}));
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "clinical ASCVD at age <= 75: high intensity is recommended "
                                  "(statin_high)")));
    }
    if (f.ldl && *f.ldl >= kSevereLdl && age >= kSevereLdlMinAge && age <= kPrimaryMaxAge)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "LDL-C >= 190 mg/dL: maximally tolerated statin is "
                                        "recommended (statin_high)")));
    if (age < kPrimaryMinAge || age > kPrimaryMaxAge)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "age %1 outside 40-75 and no clinical ASCVD"),
                      {num(age)}));
    if (f.diabetes)
        return yes(
            QStringLiteral("diabetes_40_75"),
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "diabetes at age %1 (40-75)"),
                {num(age)}));
    if (!f.ldl)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "ldl_cholesterol missing (the risk-based group is for LDL-C "
                                  "70-189 mg/dL)")));
    if (*f.ldl < kPrimaryMinLdl)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "LDL-C %1 mg/dL < 70"),
                      {num(*f.ldl)}));
    if (!pce.value)
        return no(pceUnavailable(pce));
    // The 2018 bands of the PCE, as PceModel::category applies them (low < 5, borderline
    // 5 to < 7.5, intermediate 7.5 to < 20, high >= 20 %).
    const QString band = risk::models::PceModel::category(*pce.value);
    if (band == QLatin1String("intermediate"))
        return yes(QStringLiteral("pce_intermediate"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                         "PCE 10-year ASCVD %1 (7.5 to < 20 %, intermediate)"),
                       {pct(*pce.value)}));
    if (band == QLatin1String("borderline"))
        return yes(QStringLiteral("pce_borderline"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                         "PCE 10-year ASCVD %1 (5 to < 7.5 %, borderline): only if "
                                         "risk-enhancing factors are present"),
                       {pct(*pce.value)}));
    if (band == QLatin1String("high"))
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "PCE 10-year ASCVD %1 (>= 20 %, high): high intensity "
                                        "(statin_high)"),
                      {pct(*pce.value)}));
    return no(
        msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "PCE 10-year ASCVD %1 (< 5 %, low)"),
            {pct(*pce.value)}));
}

// 2017 ACC/AHA BP guideline (Whelton, Hypertension 2018;71:e13) thresholds: 130/80 with clinical
// CVD, diabetes or 10-year ASCVD >= 10 %; 140/90 otherwise; two drugs above 150/90 (20/10 over
// the 130/80 target).
constexpr double kSbpStage1 = 130;
constexpr double kDbpStage1 = 80;
constexpr double kSbpStage2 = 140;
constexpr double kDbpStage2 = 90;
constexpr double kPceBpThreshold = 10; // % 10-year ASCVD
constexpr double kSbpTwoDrugs = 150;   // more than 20 above the SBP target of 130
constexpr double kDbpTwoDrugs = 90;    // more than 10 above the DBP target of 80

QString bpText(const Facts &f)
{
    return QStringLiteral("BP %1/%2 mm[Hg]")
        .arg(f.sbp ? bpNum(f, *f.sbp) : QStringLiteral("?"),
             f.dbp ? bpNum(f, *f.dbp) : QStringLiteral("?"));
}

Decision bpOneDrug(const Facts &f, const ModelValue &pce)
{
    if (!f.sbp && !f.dbp)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "sbp missing")));
    const bool sbp130 = f.sbp && *f.sbp >= kSbpStage1;
    const bool dbp80 = f.dbp && *f.dbp >= kDbpStage1;
    const bool stage1 = sbp130 || dbp80;
    const bool stage2 = (f.sbp && *f.sbp >= kSbpStage2) || (f.dbp && *f.dbp >= kDbpStage2);
    // Only the diastolic pressure met the threshold: the DBP level of evidence.
    const QString dbpOnly = sbp130 ? QString() : QStringLiteral("C-EO");
    if (f.cvd && stage1)
        return yes(QStringLiteral("cvd_or_pce_10"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                         "clinical CVD and %1 (>= 130/80)"),
                       {bpText(f)}),
                   dbpOnly);
    if (f.diabetes && stage1)
        return yes(
            QStringLiteral("diabetes_130_80"),
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "diabetes and %1 (>= 130/80)"),
                {bpText(f)}),
            dbpOnly);
    if (stage1 && pce.value && *pce.value >= kPceBpThreshold)
        return yes(QStringLiteral("cvd_or_pce_10"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                         "PCE 10-year ASCVD %1 (>= 10 %) and %2 (>= 130/80)"),
                       {pct(*pce.value), bpText(f)}),
                   dbpOnly);
    if (stage2)
        return yes(
            QStringLiteral("stage_2"),
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "%1 (>= 140/90)"), {bpText(f)}));
    if (stage1) {
        if (!pce.value)
            return no(
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "%1 is 130-139/80-89 and %2"),
                    {bpText(f), pceUnavailable(pce).english()}));
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "%1 is 130-139/80-89 with PCE 10-year ASCVD %2 < 10 %, no "
                                        "clinical CVD or diabetes"),
                      {bpText(f), pct(*pce.value)}));
    }
    return no(
        msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "%1 below 130/80"), {bpText(f)}));
}

Decision bpTwoDrugs(const Facts &f)
{
    if (f.bpTreated)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "already_taking")));
    if (!f.sbp && !f.dbp)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "sbp missing")));
    if ((f.sbp && *f.sbp > kSbpTwoDrugs) || (f.dbp && *f.dbp > kDbpTwoDrugs))
        return yes(QStringLiteral("stage_2_above_target"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                         "%1: more than 20/10 above the 130/80 target"),
                       {bpText(f)}));
    return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                    "%1: not more than 20/10 above the 130/80 target"),
                  {bpText(f)}));
}

// 2017 BP guideline targets: < 130/80 with confirmed hypertension and clinical CVD or 10-year
// ASCVD >= 10 % (8.1.5, I), with diabetes (9.6, I), otherwise may be reasonable (8.1.5, IIb).
Decision bpToTarget(const Facts &f, const ModelValue &pce)
{
    if (!f.sbp && !f.dbp)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "sbp missing")));
    if (!f.hypertension && !f.bpTreated)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "no hypertension or BP treatment recorded: the target is for "
                                  "confirmed hypertension (bp_one_drug judges starting)")));
    const bool sbpAbove = f.sbp && *f.sbp >= kSbpStage1;
    const bool dbpAbove = f.dbp && *f.dbp >= kDbpStage1;
    if (!sbpAbove && !dbpAbove)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "%1: at target (< 130/80)"),
                      {bpText(f)}));
    // Only the diastolic pressure above target: the DBP level of evidence.
    const QString dbpOnly = sbpAbove ? QString() : QStringLiteral("C-EO");
    if (f.cvd)
        return yes(QStringLiteral("target_cvd_or_pce_10"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                         "hypertension with clinical CVD, %1 (not < 130/80)"),
                       {bpText(f)}),
                   dbpOnly);
    if (pce.value && *pce.value >= kPceBpThreshold)
        return yes(
            QStringLiteral("target_cvd_or_pce_10"),
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "hypertension with PCE 10-year ASCVD %1 (>= 10 %), %2 (not < "
                                  "130/80)"),
                {pct(*pce.value), bpText(f)}),
            dbpOnly);
    if (f.diabetes)
        return yes(QStringLiteral("target_diabetes"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                         "hypertension with diabetes, %1 (not < 130/80)"),
                       {bpText(f)}),
                   dbpOnly);
    Decision d
        = yes(QStringLiteral("target_lower_risk"),
              msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                    "hypertension without clinical CVD, diabetes or PCE >= 10 %, "
                                    "%1 (not < 130/80)"),
                  {bpText(f)}),
              sbpAbove ? QString() : QStringLiteral("C-EO"));
    if (!pce.value)
        d.reasons << msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "%1: class I may apply"),
                         {pceUnavailable(pce).english()});
    return d;
}

// 2018 cholesterol guideline: ezetimibe added to the maximally tolerated statin in clinical
// ASCVD when LDL-C stays >= 70 mg/dL (4.1: IIa very high risk, IIb otherwise, B-R); a non-statin
// therapy with proven benefit in statin intolerance at increased risk (section 5, IIa B-R).
constexpr double kEzetimibeLdl = 70; // mg/dL

/// The statin benefit group that makes the ASCVD risk "increased", or "" when none is
/// recorded (2018 guideline sections 4.1-4.4; PCE intermediate or high at 40-75).
QString increasedRiskGroup(const Facts &f, const ModelValue &pce)
{
    if (f.cvd)
        return QStringLiteral("clinical ASCVD");
    if (!f.age)
        return {};
    const double age = *f.age;
    if (f.ldl && *f.ldl >= kSevereLdl && age >= kSevereLdlMinAge && age <= kPrimaryMaxAge)
        return QStringLiteral("LDL-C %1 mg/dL (>= 190)").arg(num(*f.ldl));
    if (age < kPrimaryMinAge || age > kPrimaryMaxAge)
        return {};
    if (f.diabetes)
        return QStringLiteral("diabetes at age %1 (40-75)").arg(num(age));
    if (f.ldl && *f.ldl >= kPrimaryMinLdl && pce.value && *pce.value >= 7.5)
        return QStringLiteral("PCE 10-year ASCVD %1 (>= 7.5 %)").arg(pct(*pce.value));
    return {};
}

Decision ezetimibe(const Facts &f, const PatientContext &p, const ModelValue &pce)
{
    if (p.intolerant(u"statin")) {
        const QString group = increasedRiskGroup(f, pce);
        if (group.isEmpty())
            return no(
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                      "statin intolerance recorded, but no statin benefit group "
                                      "(clinical ASCVD, LDL-C >= 190, diabetes at 40-75, PCE >= "
                                      "7.5 %) is recorded")));
        return yes(QStringLiteral("statin_intolerant"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                         "statin intolerance recorded with %1"),
                       {group}));
    }
    if (!f.cvd)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "no clinical ASCVD and no statin intolerance recorded")));
    const bool onStatin = p.takesStatin() || p.snapshot.get(Var::Statin) == 1.0;
    if (!onStatin)
        return no(msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "clinical ASCVD without a statin: a statin first (statin_high)")));
    if (!f.ldl)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "ldl_cholesterol missing: ezetimibe is added when LDL-C stays "
                                  ">= 70 mg/dL on a statin")));
    if (*f.ldl < kEzetimibeLdl)
        return no(msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "LDL-C %1 mg/dL < 70 on a statin"),
            {num(*f.ldl)}));
    return yes(
        QStringLiteral("ascvd_ldl_70_on_statin"),
        msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "clinical ASCVD with LDL-C %1 mg/dL (>= 70) on a statin; whether its "
                              "dose is maximally tolerated is the physician's judgement"),
            {num(*f.ldl)}));
}

Decision smokingCessation(const Facts &f)
{
    if (!f.smoking)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "smoking missing")));
    if (*f.smoking >= 2) // light, moderate, heavy or current (Var codes 2-5)
        return yes(QStringLiteral("current_smoker"),
                   msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "current smoker")));
    return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "not a current smoker")));
}

// USPSTF 2022 (JAMA 2022;327:1577): ages 40-59 with 10-year CVD risk >= 10 % (C), against
// initiating at >= 60 (D); 2019 ACC/AHA primary prevention: IIb for select higher-risk adults
// 40-70 without increased bleeding risk, III: Harm above 70 or with increased bleeding risk.
constexpr double kAspirinMinAge = 40;
constexpr double kAspirinUspstfMaxAge = 59;
constexpr double kAspirinMaxAge = 70;
constexpr double kAspirinRisk = 10; // % 10-year risk by the PCE

Decision aspirinPrimary(const Facts &f, const PatientContext &p, const ModelValue &pce)
{
    if (!f.age)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "age missing")));
    const double age = *f.age;
    if (f.cvd)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "clinical ASCVD: secondary prevention, not this option")));
    const Snapshot &s = p.snapshot;
    QStringList bleeding;
    if (s.get(Var::BleedingHistory).value_or(0) == 1.0)
        bleeding << QStringLiteral("bleeding_history");
    if (s.get(Var::AntiplateletOrNsaid).value_or(0) == 1.0)
        bleeding << QStringLiteral("antiplatelet_or_nsaid");
    // Another antithrombotic (B01A) or an NSAID (M01A) on the medication list.
    if (p.takesAtcPrefix(u"B01A") || p.takesAtcPrefix(u"M01A"))
        bleeding << QStringLiteral("antithrombotic or NSAID on the medication list");
    if (!bleeding.isEmpty())
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "increased bleeding risk (%1): not for primary prevention "
                                        "(2019 ACC/AHA, III: Harm)"),
                      {bleeding.join(QStringLiteral(", "))}));
    if (age > kAspirinMaxAge)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "age %1 > 70: not for primary prevention (2019 ACC/AHA, "
                                        "III: Harm; USPSTF 2022, D)"),
                      {num(age)}));
    if (age < kAspirinMinAge)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "age %1 < 40"), {num(age)}));
    if (!pce.value)
        return no(pceUnavailable(pce));
    if (*pce.value < kAspirinRisk)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "PCE 10-year ASCVD %1 < 10 %"),
                {pct(*pce.value)}));
    if (age <= kAspirinUspstfMaxAge)
        return yes(
            QStringLiteral("uspstf_40_59"),
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "age %1 (40-59), PCE 10-year ASCVD %2 (>= 10 %): an individual "
                                  "decision"),
                {num(age), pct(*pce.value)}));
    return yes(
        QStringLiteral("acc_aha_60_70"),
        msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "age %1 (60-70), PCE 10-year ASCVD %2 (>= 10 %); USPSTF 2022 grade "
                              "D: do not start at 60 or older"),
            {num(age), pct(*pce.value)}));
}

// 2023 ACC/AHA/ACCP/HRS AF guideline (Joglar, Circulation 2024;149:e1) section 6.3.1: CHA2DS2-VASc
// >= 2 (men) / >= 3 (women) recommended (1, A), 1 / 2 reasonable (2a, A): the sex category does
// not count on its own, so the thresholds are 2 and 1 on the score without it.
constexpr int kOacRecommended = 2;
constexpr int kOacReasonable = 1;

/// Cockcroft-Gault creatinine clearance in mL/min (Cockcroft DW, Gault MH. Nephron
/// 1976;16:31-41): (140 - age) x weight / (72 x creatinine mg/dL), x 0.85 for women.
std::optional<double> cockcroftGault(const Snapshot &s)
{
    const std::optional<double> age = s.get(Var::Age);
    const std::optional<double> weight = s.get(Var::Weight);
    const std::optional<double> creatinine = s.get(Var::Creatinine);
    const std::optional<double> sex = s.get(Var::Sex);
    if (!age || !weight || !creatinine || !sex || *creatinine <= 0)
        return std::nullopt;
    const double clearance = (140.0 - *age) * *weight / (72.0 * *creatinine);
    return *sex == 0.0 ? clearance * 0.85 : clearance;
}

Decision oralAnticoagulation(const PatientContext &p, const risk::RiskRegistry &registry)
{
    const Snapshot &s = p.snapshot;
    if (s.get(Var::Af).value_or(0) != 1.0)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "no atrial fibrillation or flutter recorded (af)")));
    // The score with blank items counted as absent (a lower bound), so that a missing item
    // never hides an indication the recorded items already give.
    Snapshot scored = s;
    QStringList blank;
    for (const Var v : {Var::HeartFailure,
                        Var::Hypertension,
                        Var::BpTreated,
                        Var::Diabetes,
                        Var::StrokeTiaTe,
                        Var::VascularDisease}) {
        if (!scored.has(v)) {
            scored.set(v, 0.0);
            blank << QString(clinical::varInfo(v).name);
        }
    }
    const ModelValue score = evaluateOutput(
        registry.find(QStringLiteral("cha2ds2-vasc")), scored, QStringLiteral("score"), -1);
    if (!score.value)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "CHA2DS2-VASc unavailable (%1)"),
                {score.reasons.join(QStringLiteral("; "))}));
    const int points = static_cast<int>(*score.value);
    const bool female = s.get(Var::Sex) == 0.0;
    const int withoutSex = female ? points - 1 : points;
    const QStringList args{QString::number(points)};
    const risk::Message text
        = female ? msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "CHA2DS2-VASc %1 (woman)"),
                       args)
                 : msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "CHA2DS2-VASc %1 (man)"),
                       args);
    Decision d;
    if (withoutSex >= kOacRecommended)
        d = yes(QStringLiteral("vasc_high"), text);
    else if (withoutSex == kOacReasonable)
        d = yes(QStringLiteral("vasc_intermediate"), text);
    else
        d = no(female ? msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                              "CHA2DS2-VASc %1 (woman): low"),
                            args)
                      : msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                              "CHA2DS2-VASc %1 (man): low"),
                            args));
    if (!blank.isEmpty())
        d.reasons << msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "blank items counted as absent, the score may be higher: %1"),
            {blank.join(QStringLiteral(", "))});
    const bool valvular = p.mechanicalValve.value_or(false) || p.mitralStenosis.value_or(false);
    if (valvular)
        d.reasons << msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "the CHA2DS2-VASc was derived in non-valvular AF: with a "
                              "mechanical valve or mitral stenosis judge the indication "
                              "clinically"));
    if (!d.eligible)
        return d;
    if (valvular) {
        d.reasons << msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "warfarin, not a DOAC: %1"),
            {p.mechanicalValve.value_or(false)
                 ? QStringLiteral("mechanical heart valve")
                 : QStringLiteral("moderate-to-severe mitral stenosis")});
    } else if (const std::optional<double> crcl = cockcroftGault(s)) {
        d.reasons << msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "a DOAC over warfarin; dose by Cockcroft-Gault creatinine "
                              "clearance %1 mL/min"),
            {QString::number(*crcl, 'f', 0)});
    } else {
        d.reasons << msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "a DOAC over warfarin; its dose needs the Cockcroft-Gault "
                              "creatinine clearance (age, sex, weight, creatinine)"));
    }
    const ModelValue hasBled
        = evaluateOutput(registry.find(QStringLiteral("has-bled")), s, QStringLiteral("score"), -1);
    if (hasBled.value)
        d.reasons << msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "HAS-BLED %1: modify the bleeding risk factors it names; "
                              "not a reason to withhold"),
            {num(*hasBled.value)});
    return d;
}

// KDIGO 2024 practice point 2.2.1 (5-year KFRE 3-5 %: Precis takes 3 %; NICE NG203 refers at
// > 5 %); KDIGO 2012 recommendation 5.1.1 (1B): eGFR < 30, ACR >= 300 mg/g.
constexpr double kKfreReferral = 3.0;  // % over 5 years
constexpr double kKfreMaxEgfr = 60.0;  // KFRE applies to CKD G3a-G5
constexpr double kEgfrReferral = 30.0; // mL/min/1.73 m2
constexpr double kAcrReferral = 300.0; // mg/g

Decision nephrologyReferral(const Facts &f, const ModelValue &kfre)
{
    if (f.dialysis)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "on dialysis: already in specialist kidney care")));
    if (!f.egfr && !f.uacr)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "egfr and uacr missing")));
    Decision d;
    auto fire = [&](const QString &rule, risk::Message why) {
        if (!d.eligible)
            d.ruleId = rule;
        d.eligible = true;
        d.reasons << std::move(why);
    };
    if (f.egfr && *f.egfr < kKfreMaxEgfr) {
        if (!kfre.value) {
            d.reasons << msg(
                QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "5-year KFRE unavailable (%1)"),
                {kfre.reasons.join(QStringLiteral("; "))});
        } else if (*kfre.value >= kKfreReferral) {
            fire(QStringLiteral("kfre_5y_3pct"),
                 msg(QT_TRANSLATE_NOOP(
                         "precis::therapy::TherapyText",
                         "5-year KFRE %1 (>= 3 %, KDIGO 2024; NICE NG203 refers at > 5 %)"),
                     {pct(*kfre.value)}));
        } else {
            d.reasons << msg(
                QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "5-year KFRE %1 < 3 %"),
                {pct(*kfre.value)});
        }
    }
    if (f.egfr && *f.egfr < kEgfrReferral)
        fire(QStringLiteral("egfr_below_30"),
             msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "eGFR %1 < 30"),
                 {egfrNum(f, *f.egfr)}));
    if (f.uacr && *f.uacr >= kAcrReferral)
        fire(QStringLiteral("acr_300"),
             msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "UACR %1 mg/g >= 300"),
                 {num(*f.uacr)}));
    if (!d.eligible)
        d.reasons << msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "no referral criterion met"));
    return d;
}

// KDIGO 2024 (Kidney Int 2024;105(4S):S117) recommendations 3.7.1-3.7.2: an SGLT2 inhibitor is
// started at eGFR >= 20 with type 2 diabetes and CKD, with UACR >= 200 mg/g, or with CKD and heart
// failure. CKD is read as eGFR < 60 or UACR >= 30 mg/g (KDIGO's G3a-G5 or A2-A3; the 3-month
// chronicity cannot be checked from one snapshot).
constexpr double kSglt2MinEgfr = 20.0;    // mL/min/1.73 m2, to start
constexpr double kSglt2Acr = 200.0;       // mg/g
constexpr double kCkdEgfr = 60.0;         // mL/min/1.73 m2: below = G3a-G5
constexpr double kAlbuminuriaA2 = 30.0;   // mg/g: A2 from 30
constexpr double kAlbuminuriaA3 = 300.0;  // mg/g: A3 above 300 (KDIGO A2 is 30-300)
constexpr double kRasMinEgfr = 15.0;      // G1-G4
constexpr double kPotassiumCaution = 5.0; // mmol/L, NICE NG203: not started above 5.0

QString kidneyText(const Facts &f)
{
    return QStringLiteral("eGFR %1, UACR %2 mg/g")
        .arg(f.egfr ? egfrNum(f, *f.egfr) : QStringLiteral("?"),
             f.uacr ? num(*f.uacr) : QStringLiteral("?"));
}

Decision sglt2Inhibitor(const Facts &f, const PatientContext &p)
{
    const Snapshot &s = p.snapshot;
    const double diabetesCode = s.get(Var::Diabetes).value_or(0);
    if (diabetesCode == 1.0)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "type 1 diabetes: SGLT2 inhibitors are not recommended "
                                        "(ketoacidosis)")));
    if (f.dialysis)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "on dialysis: not started (KDIGO 2024 is not for dialysis)")));
    if (p.priorDka.value_or(false))
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "prior diabetic ketoacidosis (prior_dka)")));
    const bool type2 = diabetesCode == 2.0;
    const bool heartFailure = s.get(Var::HeartFailure).value_or(0) == 1.0;
    const bool ckd = (f.egfr && *f.egfr < kCkdEgfr) || (f.uacr && *f.uacr >= kAlbuminuriaA2);
    Decision d;
    if (type2 && ckd)
        d = yes(
            QStringLiteral("t2d_ckd"),
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "type 2 diabetes with CKD (%1)"),
                {kidneyText(f)}));
    else if (f.uacr && *f.uacr >= kSglt2Acr)
        d = yes(
            QStringLiteral("ckd_acr_200"),
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "CKD with UACR %1 mg/g (>= 200)"),
                {num(*f.uacr)}));
    else if (ckd && heartFailure)
        d = yes(
            QStringLiteral("ckd_heart_failure"),
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "CKD (%1) with heart failure"),
                {kidneyText(f)}));
    else if (heartFailure)
        d = yes(QStringLiteral("heart_failure"),
                msg(QT_TRANSLATE_NOOP(
                    "precis::therapy::TherapyText",
                    "heart failure (class by ejection fraction: 1 HFrEF, 2a HFmrEF or "
                    "HFpEF)")));
    else if (type2 && f.cvd)
        d = yes(QStringLiteral("t2d_ascvd"),
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                      "type 2 diabetes with established ASCVD")));
    else
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "no indication: not type 2 diabetes with CKD or ASCVD, CKD with "
                                  "UACR >= 200 mg/g, or heart failure (%1)"),
                {kidneyText(f)}));
    // Started only at eGFR >= 20, whatever the indication.
    if (!f.egfr)
        return no(msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "egfr missing: an SGLT2 inhibitor is started only at eGFR >= 20")));
    if (*f.egfr < kSglt2MinEgfr)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "eGFR %1 < 20: not started"),
                {egfrNum(f, *f.egfr)}));
    return d;
}

// KDIGO 2024 recommendations 3.6.1-3.6.3: RASi in CKD G1-G4 with A3 (1B) or A2 (2C) without
// diabetes, with A2-A3 with diabetes (1B); the potassium check of its practice point after 3.6.
Decision rasInhibitor(const Facts &f, const PatientContext &p)
{
    if (f.dialysis)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "on dialysis: outside G1-G4")));
    if (!f.uacr)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "uacr missing: the indication is albuminuria")));
    if (*f.uacr < kAlbuminuriaA2)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "UACR %1 mg/g < 30 (A1): no albuminuric CKD"),
                      {num(*f.uacr)}));
    if (!f.egfr)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "egfr missing: the recommendations are for G1-G4 (eGFR >= 15)")));
    if (*f.egfr < kRasMinEgfr)
        return no(msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "eGFR %1 < 15 (G5): outside G1-G4"),
            {egfrNum(f, *f.egfr)}));
    Decision d;
    if (f.diabetes)
        d = yes(QStringLiteral("diabetes_a2_a3"),
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                      "diabetes with UACR %1 mg/g (>= 30, A2-A3)"),
                    {num(*f.uacr)}));
    else if (*f.uacr > kAlbuminuriaA3)
        d = yes(QStringLiteral("a3_no_diabetes"),
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                      "UACR %1 mg/g (> 300, A3) without diabetes"),
                    {num(*f.uacr)}));
    else
        d = yes(QStringLiteral("a2_no_diabetes"),
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                      "UACR %1 mg/g (30-300, A2) without diabetes"),
                    {num(*f.uacr)}));
    const std::optional<double> potassium = p.snapshot.get(Var::Potassium);
    if (!potassium) {
        d.reasons << msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "potassium not recorded: measure it before starting, and "
                              "potassium, creatinine and BP 2-4 weeks after"));
    } else {
        d.reasons << msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "potassium %1 mmol/L: check potassium, creatinine and BP 2-4 "
                              "weeks after starting"),
            {num(*potassium)});
        if (*potassium > kPotassiumCaution)
            d.reasons << msg(
                QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "potassium above 5.0 mmol/L: NICE NG203 advises not "
                                  "starting a RAS inhibitor; treat the potassium first"));
    }
    return d;
}

// Prediabetes by the ADA (Standards of Care, section 2): HbA1c 5.7-6.4 %, fasting plasma glucose
// 100-125 mg/dL (5.6-6.9 mmol/L). Taken as half-open ranges up to the diagnostic thresholds
// (HbA1c 6.5 %, 126 mg/dL = 7.0 mmol/L) so that no value falls between prediabetes and diabetes;
// the glucose bounds are the mg/dL limits / 18.0, so a value entered in mg/dL is judged exactly.
constexpr double kA1cPrediabetes = 5.7;                                          // %
constexpr double kA1cDiabetes = 6.5;                                             // %
constexpr double kFpgPrediabetes = 100.0 / clinical::units::kGlucoseMgdlPerMmol; // mmol/L
constexpr double kFpgDiabetes = 126.0 / clinical::units::kGlucoseMgdlPerMmol;    // mmol/L
// Metformin (US labels): contraindicated below eGFR 30; starting at 30-45 not recommended.
constexpr double kMetforminContraindicatedEgfr = 30.0;
constexpr double kMetforminStartEgfr = 45.0;
// ADA section 5: metformin "especially for those with BMI > 35 kg/m2, aged < 60 years, and women
// with prior gestational diabetes mellitus (A)".
constexpr double kMetforminBmi = 35.0;
constexpr double kMetforminAge = 60.0;

Decision prediabetes(const PatientContext &p)
{
    const Snapshot &s = p.snapshot;
    const double diabetesCode = s.get(Var::Diabetes).value_or(0);
    if (diabetesCode == 1.0 || diabetesCode == 2.0)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "diabetes recorded: prevention does not apply")));
    const std::optional<double> a1c = s.get(Var::Hba1c);
    const std::optional<double> fpg = s.get(Var::FastingGlucose);
    if (!a1c && !fpg)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "hba1c and fasting_glucose missing: prediabetes cannot be "
                                        "judged")));
    const QString text = QStringLiteral("HbA1c %1 %, fasting glucose %2 mmol/L")
                             .arg(a1c ? num(*a1c) : QStringLiteral("?"),
                                  fpg ? QString::number(*fpg, 'f', 2) : QStringLiteral("?"));
    if ((a1c && *a1c >= kA1cDiabetes) || (fpg && *fpg >= kFpgDiabetes))
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "%1: in the diabetes range (HbA1c >= 6.5 % or fasting "
                                        "glucose >= 7.0 mmol/L); confirm the diagnosis"),
                      {text}));
    const bool a1cPre = a1c && *a1c >= kA1cPrediabetes;
    const bool fpgPre = fpg && *fpg >= kFpgPrediabetes;
    if (!a1cPre && !fpgPre)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "%1: no prediabetes (HbA1c 5.7-6.4 % or fasting glucose "
                                        "5.6-6.9 mmol/L)"),
                      {text}));
    return yes(QStringLiteral("prediabetes"),
               msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "prediabetes: %1"), {text}));
}

Decision dppMetformin(const Facts &f, const PatientContext &p)
{
    Decision d = prediabetes(p);
    if (!d.eligible)
        return d;
    if (!f.egfr)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "egfr missing: metformin is started only at eGFR >= 45")));
    if (*f.egfr < kMetforminContraindicatedEgfr)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "eGFR %1 < 30: metformin is contraindicated"),
                      {egfrNum(f, *f.egfr)}));
    if (*f.egfr < kMetforminStartEgfr)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "eGFR %1 (30-44): starting metformin is not recommended"),
                      {egfrNum(f, *f.egfr)}));
    const Snapshot &s = p.snapshot;
    QStringList especially;
    if (const std::optional<double> bmi = s.get(Var::Bmi); bmi && *bmi > kMetforminBmi)
        especially << QStringLiteral("BMI > 35");
    if (f.age && *f.age < kMetforminAge)
        especially << QStringLiteral("age < 60");
    if (s.get(Var::GestationalDiabetes).value_or(0) == 1.0)
        especially << QStringLiteral("prior gestational diabetes");
    if (!especially.isEmpty()) {
        d.levelOverride = QStringLiteral("A");
        d.reasons << msg(
            QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "especially indicated: %1"),
            {especially.join(u", ")});
    }
    return d;
}

// ADA Standards of Care 2025, section 10: type 2 diabetes with established ASCVD -> an SGLT2i
// and/or a GLP-1 RA with proven cardiovascular benefit. The label contraindication
// (personal or family history of MTC, MEN 2) is checked before this.
Decision glp1Ra(const Facts &f, const PatientContext &p)
{
    const double diabetesCode = p.snapshot.get(Var::Diabetes).value_or(0);
    if (diabetesCode != 2.0)
        return no(
            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "no type 2 diabetes recorded")));
    if (!f.cvd)
        return no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                        "type 2 diabetes without established ASCVD (the other "
                                        "indications are not implemented)")));
    return yes(QStringLiteral("t2d_ascvd"),
               msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                     "type 2 diabetes with established ASCVD")));
}

/// One pharmacogenomic note: "GENE phenotype: action (CPIC year, strength)", and the drug it
/// is about (for the review row of a current drug).
struct PgxNote
{
    QString drug; ///< generic name, lower case
    QString text;
    QString strength;
    PgxText parts;
};

/// `action` and `strength`: literals marked with QT_TRANSLATE_NOOP (TherapyText context).
PgxNote note(Gene gene,
             const QString &phenotype,
             const QString &drug,
             const char *action,
             int cpicYear,
             const char *strength)
{
    PgxText parts{QString(geneSymbol(gene)), phenotype, action, cpicYear, strength};
    return {drug, parts.english(), QString::fromUtf8(strength), std::move(parts)};
}

/// A phenotype CPIC could not assign: said so explicitly, and treated as not tested.
PgxNote indeterminate(Gene gene, const QString &drug, int cpicYear)
{
    return note(gene,
                QStringLiteral("indeterminate"),
                drug,
                QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "no phenotype assigned, so no genotype-based action; decide as "
                                  "if not tested"),
                cpicYear,
                QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "no recommendation"));
}

bool isPoorMetabolizer(const QString &phenotype)
{
    return phenotype == QLatin1String("poor_metabolizer")
           || phenotype == QLatin1String("likely_poor_metabolizer");
}

bool isIntermediateMetabolizer(const QString &phenotype)
{
    return phenotype == QLatin1String("intermediate_metabolizer")
           || phenotype == QLatin1String("likely_intermediate_metabolizer");
}

/// Statins and SLCO1B1, ABCG2 (rosuvastatin) and CYP2C9 (fluvastatin), CPIC 2022
/// (Cooper-DeHoff RM, et al. Clin Pharmacol Ther 2022;111:1007-21, Table 2 and Figure 1; each
/// cell as CPIC's recommendation record reads it in PharmGKB's annotations of the guideline,
/// shipped in PharmCAT v2.12.0, commit 0585c2992625891a26b96a80e87ffcfdcb8f288a,
/// src/main/resources/org/pharmgkb/pharmcat/reporter/guidelines/CPIC_*statin*.json).
/// Phenotypes without a dose change ("prescribe desired starting dose") give no note; a blank
/// phenotype is "not tested", never normal.
std::vector<PgxNote> statinNotes(const PatientContext &p, const EngineBehaviour &behaviour)
{
    constexpr int year = 2022;
    const char *const strong = QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "strong");
    const char *const moderate = QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "moderate");
    const char *const optional = QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "optional");
    std::vector<PgxNote> out;
    const QString &slco = p.phenotype(Gene::Slco1b1);
    const bool slcoPoor = slco == QLatin1String("poor_function");
    const bool slcoDecreased = slco == QLatin1String("decreased_function")
                               || slco == QLatin1String("possible_decreased_function");
    const QString &abcg2 = p.phenotype(Gene::Abcg2);
    const bool abcg2Poor = abcg2 == QLatin1String("poor_function");
    const QString &cyp2c9 = p.phenotype(Gene::Cyp2c9);
    const bool cyp2c9Poor = isPoorMetabolizer(cyp2c9);
    const bool cyp2c9Intermediate = isIntermediateMetabolizer(cyp2c9);
    // CPIC's fluvastatin rows are per SLCO1B1 x CYP2C9 pair (record PA166262341): with SLCO1B1
    // poor function and an intermediate or poor metabolizer, or decreased function and a poor
    // metabolizer, "prescribe an alternative statin" (optional); decreased function and an
    // intermediate metabolizer, <= 20 mg/day (optional). One note then, instead of each
    // gene's own limit (2026.1-2026.3 showed the two limits).
    const bool fluvastatinCombined = behaviour.fluvastatinCombinedRows
                                     && (slcoPoor || slcoDecreased)
                                     && (cyp2c9Poor || cyp2c9Intermediate);
    // CPIC's rosuvastatin row for ABCG2 poor with SLCO1B1 poor function (<= 10 mg) is the
    // only rosuvastatin cell for that pair; 2026.1-2026.3 also showed SLCO1B1's <= 20 mg.
    const bool rosuvastatinBySlcoAlone = !(behaviour.rosuvastatinCpicRows && abcg2Poor);
    const auto slcoNote = [&](const char *drug, const char *action, const char *strength) {
        out.push_back(note(Gene::Slco1b1, slco, QLatin1String(drug), action, year, strength));
    };
    if (slco == QLatin1String("indeterminate")) {
        out.push_back(indeterminate(Gene::Slco1b1, QStringLiteral("statins"), year));
    } else if (slcoPoor) {
        slcoNote("simvastatin",
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "not simvastatin"),
                 strong);
        slcoNote("atorvastatin",
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                   "atorvastatin <= 20 mg as starting dose; above 20 mg consider "
                                   "rosuvastatin or combination therapy"),
                 moderate);
        if (rosuvastatinBySlcoAlone)
            slcoNote("rosuvastatin",
                     QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                       "rosuvastatin <= 20 mg as starting dose"),
                     moderate);
        slcoNote("pravastatin",
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                   "pravastatin <= 40 mg as starting dose"),
                 moderate);
        slcoNote("pitavastatin",
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                   "pitavastatin <= 1 mg as starting dose"),
                 moderate);
        if (!fluvastatinCombined)
            slcoNote("fluvastatin",
                     QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                       "fluvastatin <= 40 mg/day as starting dose"),
                     moderate);
        // CPIC's lovastatin row for poor function is moderate (record PA166298191); 2026.1-2026.3
        // said strong.
        slcoNote("lovastatin",
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "lovastatin: another statin"),
                 behaviour.lovastatinCpicRows ? moderate : strong);
    } else if (slcoDecreased) {
        slcoNote("simvastatin",
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                   "simvastatin: another statin, or < 20 mg/day if simvastatin is "
                                   "warranted"),
                 strong);
        slcoNote("atorvastatin",
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                   "atorvastatin <= 40 mg as starting dose; above 40 mg consider "
                                   "combination therapy"),
                 moderate);
        slcoNote("pitavastatin",
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                   "pitavastatin <= 2 mg as starting dose"),
                 moderate);
        // CPIC's lovastatin rows for decreased and possible decreased function (records
        // PA166298190, PA166298189): an alternative statin, and if lovastatin is warranted a
        // limit of <= 20 mg/day (moderate); 2026.1-2026.3 gave no limit.
        slcoNote(
            "lovastatin",
            behaviour.lovastatinCpicRows
                ? QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                    "lovastatin: another statin, or <= 20 mg/day if "
                                    "lovastatin is warranted")
                : QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "lovastatin: another statin"),
            moderate);
    }
    if (abcg2 == QLatin1String("indeterminate")) {
        out.push_back(indeterminate(Gene::Abcg2, QStringLiteral("rosuvastatin"), year));
    } else if (abcg2Poor) {
        // CPIC's rosuvastatin row for ABCG2 poor function with SLCO1B1 poor or decreased
        // function: <= 10 mg (PharmGKB's annotation of the guideline, PA166262321). Knowledge
        // bases 2026.1 and 2026.2 applied it with SLCO1B1 poor function only.
        const bool withSlco
            = slcoPoor || (behaviour.rosuvastatinWithSlcoDecreased && slcoDecreased);
        if (withSlco) {
            out.push_back(note(Gene::Abcg2,
                               QStringLiteral("poor_function with SLCO1B1 %1").arg(slco),
                               QStringLiteral("rosuvastatin"),
                               QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                 "rosuvastatin <= 10 mg as starting dose"),
                               year,
                               optional));
        } else {
            // CPIC's rows for ABCG2 poor function with SLCO1B1 normal or increased function
            // are optional (PA166298470, PA166298469); with SLCO1B1 not tested or indeterminate
            // moderate (PA166298489, PA166298486). 2026.1-2026.3 said moderate throughout.
            const bool slcoTypical = slco == QLatin1String("normal_function")
                                     || slco == QLatin1String("increased_function");
            out.push_back(
                note(Gene::Abcg2,
                     abcg2,
                     QStringLiteral("rosuvastatin"),
                     QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                       "rosuvastatin <= 20 mg as starting dose"),
                     year,
                     behaviour.rosuvastatinCpicRows && slcoTypical ? optional : moderate));
        }
    }
    if (fluvastatinCombined) {
        const bool another = slcoPoor || cyp2c9Poor;
        out.push_back(note(Gene::Cyp2c9,
                           QStringLiteral("%1 with SLCO1B1 %2").arg(cyp2c9, slco),
                           QStringLiteral("fluvastatin"),
                           another ? QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                       "fluvastatin: another statin")
                                   : QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                       "fluvastatin <= 20 mg/day as starting dose"),
                           year,
                           optional));
    } else if (cyp2c9 == QLatin1String("indeterminate")
               || cyp2c9 == QLatin1String("possible_intermediate_metabolizer")) {
        out.push_back(indeterminate(Gene::Cyp2c9, QStringLiteral("fluvastatin"), year));
    } else if (cyp2c9Poor) {
        out.push_back(note(Gene::Cyp2c9,
                           cyp2c9,
                           QStringLiteral("fluvastatin"),
                           QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                             "fluvastatin <= 20 mg/day as starting dose"),
                           year,
                           moderate));
    } else if (cyp2c9Intermediate) {
        out.push_back(note(Gene::Cyp2c9,
                           cyp2c9,
                           QStringLiteral("fluvastatin"),
                           QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                             "fluvastatin <= 40 mg/day as starting dose"),
                           year,
                           moderate));
    }
    if (!behaviour.allStatinPgx) {
        // Knowledge base 2026.1: the SLCO1B1 simvastatin note was the only statin rule.
        std::erase_if(out, [](const PgxNote &n) { return n.drug != QLatin1String("simvastatin"); });
    }
    return out;
}

const QString kCpicStatinGuideline
    = QStringLiteral("CPIC guideline for SLCO1B1, ABCG2 and CYP2C9 genotypes and statin-associated "
                     "musculoskeletal symptoms (2022)");
const QString kCpicStatinCitation = QStringLiteral(
    "Cooper-DeHoff RM, Niemi M, Ramsey LB, et al. Clin Pharmacol Ther 2022;111:1007-21. "
    "doi:10.1002/cpt.2557");

/// CYP2C19 and clopidogrel, CPIC 2022 (Lee CR, et al. Clin Pharmacol Ther 2022;112:959-67):
/// Table 2 (cardiovascular indications: strong after ACS and/or PCI) and Table 3 (neurovascular
/// indications: moderate; prasugrel is contraindicated after stroke or TIA). With neither
/// indication recorded the note names both strengths. Normal, rapid and ultrarapid
/// metabolizers: standard dose, no note.
std::vector<PgxNote> clopidogrelNotes(const PatientContext &p)
{
    constexpr int year = 2022;
    const QString &c = p.phenotype(Gene::Cyp2c19);
    const QString drug = QStringLiteral("clopidogrel");
    if (c == QLatin1String("indeterminate")
        || c == QLatin1String("possible_intermediate_metabolizer")) // not a CYP2C19 term
        return {indeterminate(Gene::Cyp2c19, drug, year)};
    const bool poor = isPoorMetabolizer(c);
    if (!poor && !isIntermediateMetabolizer(c))
        return {};
    const bool acsPci = p.acsPci.value_or(false);
    const bool neuro = p.snapshot.get(Var::StrokeTiaTe).value_or(0) == 1.0;
    const char *action = nullptr;
    if (poor)
        action = neuro ? QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                           "avoid clopidogrel; ticagrelor at standard dose if not "
                                           "contraindicated (prasugrel is contraindicated after "
                                           "stroke or TIA)")
                       : QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                           "avoid clopidogrel; prasugrel or ticagrelor at standard "
                                           "dose if not contraindicated");
    else
        action = neuro ? QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                           "avoid standard-dose (75 mg) clopidogrel; ticagrelor at "
                                           "standard dose if not contraindicated (prasugrel is "
                                           "contraindicated after stroke or TIA)")
                       : QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                           "avoid standard-dose (75 mg) clopidogrel; prasugrel or "
                                           "ticagrelor at standard dose if not contraindicated");
    const char *strength = nullptr;
    if (acsPci)
        strength = QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "strong");
    else if (neuro)
        strength = QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "moderate");
    else
        strength = QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                     "strong after ACS/PCI, moderate in neurovascular disease");
    return {note(Gene::Cyp2c19, c, drug, action, year, strength)};
}

const QString kCpicClopidogrelGuideline
    = QStringLiteral("CPIC guideline for CYP2C19 genotype and clopidogrel therapy: 2022 update");
const QString kCpicClopidogrelCitation
    = QStringLiteral("Lee CR, Luzum JA, Sangkuhl K, et al. Clin Pharmacol Ther 2022;112:959-67. "
                     "doi:10.1002/cpt.2526");

/// CYP2C9, VKORC1 and CYP4F2 and warfarin, CPIC 2017 (Johnson JA, et al. Clin Pharmacol Ther
/// 2017;102:397-404, dosing figure): with genotypes, calculate the dose with a validated
/// pharmacogenetic algorithm (strong); consider another anticoagulant with CYP2C9 poor
/// metabolism (the figure's note e); CYP4F2*3 (decreased function): dose 5-10 % higher
/// (optional). A VKORC1 result without a determined c.-1639 genotype ("indeterminate"): with
/// `vkorc1Indeterminate` (EngineBehaviour::vkorc1IndeterminateNote) a note that it was not
/// determined, parallel to CYP2C9's; without it no note, as if not tested (2026.1-2026.4).
std::vector<PgxNote> warfarinNotes(const PatientContext &p, bool vkorc1Indeterminate)
{
    constexpr int year = 2017;
    const QString drug = QStringLiteral("warfarin");
    const char *const algorithm
        = QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                            "if warfarin, dose by a validated pharmacogenetic algorithm");
    const char *const strong = QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "strong");
    std::vector<PgxNote> out;
    const QString &cyp2c9 = p.phenotype(Gene::Cyp2c9);
    if (cyp2c9 == QLatin1String("indeterminate")
        || cyp2c9 == QLatin1String("possible_intermediate_metabolizer"))
        out.push_back(indeterminate(Gene::Cyp2c9, drug, year));
    else if (isPoorMetabolizer(cyp2c9))
        out.push_back(note(Gene::Cyp2c9,
                           cyp2c9,
                           drug,
                           QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                             "if warfarin, dose by a validated pharmacogenetic "
                                             "algorithm, or consider another anticoagulant"),
                           year,
                           strong));
    else if (!cyp2c9.isEmpty())
        out.push_back(note(Gene::Cyp2c9, cyp2c9, drug, algorithm, year, strong));
    const QString &vkorc1 = p.phenotype(Gene::Vkorc1);
    if (vkorc1 == QLatin1String("indeterminate")) {
        if (vkorc1Indeterminate)
            out.push_back(
                note(Gene::Vkorc1,
                     vkorc1,
                     drug,
                     QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                       "c.-1639G>A genotype not determined, so no "
                                       "genotype-based action; decide as if not "
                                       "tested"),
                     year,
                     QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "no recommendation")));
    } else if (!vkorc1.isEmpty()) {
        out.push_back(note(
            Gene::Vkorc1, QStringLiteral("c.-1639 %1").arg(vkorc1), drug, algorithm, year, strong));
    }
    const QString &cyp4f2 = p.phenotype(Gene::Cyp4f2);
    if (cyp4f2 == QLatin1String("indeterminate"))
        out.push_back(indeterminate(Gene::Cyp4f2, drug, year));
    else if (cyp4f2 == QLatin1String("decreased_function")
             || cyp4f2 == QLatin1String("possible_decreased_function")
             || cyp4f2 == QLatin1String("poor_function"))
        out.push_back(note(Gene::Cyp4f2,
                           cyp4f2,
                           drug,
                           QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                             "if warfarin, dose 5-10 % above the algorithm's"),
                           year,
                           QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "optional")));
    return out;
}

const QString kCpicWarfarinGuideline
    = QStringLiteral("CPIC guideline for pharmacogenetics-guided warfarin dosing: 2017 update");
const QString kCpicWarfarinCitation
    = QStringLiteral("Johnson JA, Caudle KE, Gong L, et al. Clin Pharmacol Ther 2017;102:397-404. "
                     "doi:10.1002/cpt.668");
const char *const kWarfarinAncestryNote
    = QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                        "warfarin genotype note: in African ancestry, dose clinically unless "
                        "CYP2C9 *5, *6, *8 and *11 were tested (CPIC 2017)");

QStringList texts(const std::vector<PgxNote> &notes)
{
    QStringList out;
    for (const PgxNote &n : notes)
        out << n.text;
    return out;
}

std::vector<PgxText> parts(const std::vector<PgxNote> &notes)
{
    std::vector<PgxText> out;
    out.reserve(notes.size());
    for (const PgxNote &n : notes)
        out.push_back(n.parts);
    return out;
}

/// A review row for a current drug with genotype notes.
OptionRow reviewRow(const QString &drug,
                    const std::vector<PgxNote> &notes,
                    const QString &guideline,
                    const QString &citation)
{
    OptionRow review;
    review.option = QStringLiteral("review:") + drug;
    review.eligible = true;
    review.guideline = guideline;
    review.citation = citation;
    review.cls = notes.front().strength;
    review.pgx = texts(notes);
    review.pgxSources = parts(notes);
    add(review,
        msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                              "current drug with a genotype rule: review")));
    return review;
}

} // namespace

QString PgxText::english() const
{
    if (source)
        return risk::fillTemplate(QString::fromUtf8(pgxNoteSourceFrame()),
                                  {gene,
                                   phenotype,
                                   QString::fromUtf8(action),
                                   QString::fromUtf8(source),
                                   QString::number(cpicYear),
                                   QString::fromUtf8(strength)});
    return risk::fillTemplate(QString::fromUtf8(pgxNoteFrame()),
                              {gene,
                               phenotype,
                               QString::fromUtf8(action),
                               QString::number(cpicYear),
                               QString::fromUtf8(strength)});
}

double riskWithRelativeRisk(double riskPercent, double rr)
{
    return 100.0 * (1.0 - std::pow(1.0 - riskPercent / 100.0, rr));
}

double riskWithOptions(double riskPercent, const std::vector<double> &relativeRisks)
{
    double product = 1.0;
    for (const double rr : relativeRisks)
        product *= rr;
    return riskWithRelativeRisk(riskPercent, product);
}

double equivalentRelativeRisk(double baselinePct, double withPct)
{
    // Solves withPct = 100 (1 - (1 - baselinePct/100)^rr) for rr.
    if (!(baselinePct > 0.0 && baselinePct < 100.0) || !(withPct < 100.0))
        return 1.0;
    return std::log1p(-withPct / 100.0) / std::log1p(-baselinePct / 100.0);
}

namespace {

/// Options whose effects overlap: never combined with each other.
QString family(const QString &option)
{
    if (option.startsWith(QLatin1String("statin_")))
        return QStringLiteral("statin");
    if (option.startsWith(QLatin1String("bp_")))
        return QStringLiteral("bp");
    if (option.startsWith(QLatin1String("dpp_")))
        return QStringLiteral("dpp");
    return option;
}

} // namespace

Result<CombinedEffect> combineOptions(const std::vector<OptionRow> &rows,
                                      const QStringList &optionIds)
{
    if (optionIds.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("no options to combine"), QString());
    CombinedEffect combined;
    std::vector<double> rrs;
    QStringList families;
    for (const QString &id : optionIds) {
        const OptionRow *row = nullptr;
        for (const OptionRow &r : rows) {
            if (r.option == id)
                row = &r;
        }
        if (row == nullptr)
            return fail(ErrorCode::InvalidInput, QStringLiteral("no such option row"), id);
        if (!row->eligible || !row->relativeRisk || !row->baselinePct)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("not eligible or without an effect (arr_pct blank)"),
                        id);
        if (combined.options.isEmpty()) {
            combined.model = row->model;
            combined.outcome = row->outcome;
            combined.horizonYears = row->horizonYears.value_or(0);
            combined.baselinePct = *row->baselinePct;
        } else if (row->model != combined.model || row->outcome != combined.outcome
                   || row->horizonYears.value_or(0) != combined.horizonYears) {
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("another (model, outcome, horizon) group: effects are "
                                       "never combined across models"),
                        id);
        }
        const QString f = family(id);
        if (families.contains(f))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("an alternative to an option already in the set"),
                        id);
        families << f;
        combined.options << id;
        rrs.push_back(*row->relativeRisk);
    }
    combined.relativeRisk = 1.0;
    for (const double rr : rrs)
        combined.relativeRisk *= rr;
    combined.combinedPct = riskWithOptions(combined.baselinePct, rrs);
    combined.arrPct = combined.baselinePct - combined.combinedPct;
    combined.nnt = numberNeededToTreat(combined.arrPct);
    return combined;
}

std::optional<int> numberNeededToTreat(double arrPct)
{
    if (!(arrPct > 0.0))
        return std::nullopt;
    return static_cast<int>(std::ceil(100.0 / arrPct));
}

void rankRows(std::vector<OptionRow> &rows)
{
    using Key = std::tuple<QString, QString, int>;
    std::map<Key, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        OptionRow &row = rows[i];
        row.rank.reset();
        if (row.eligible && row.arrPct)
            groups[Key{row.model, row.outcome, row.horizonYears.value_or(0)}].push_back(i);
    }
    for (auto &[key, members] : groups) {
        std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            return *rows[a].arrPct > *rows[b].arrPct;
        });
        for (std::size_t r = 0; r < members.size(); ++r)
            rows[members[r]].rank = static_cast<int>(r + 1);
    }
}

OptionEngine::OptionEngine(const KnowledgeBase &kb,
                           const risk::RiskRegistry &registry,
                           std::vector<const risk::RiskModel *> models)
    : m_kb(kb), m_registry(registry), m_models(std::move(models))
{}

std::vector<OptionRow> OptionEngine::assess(const PatientContext &patient) const
{
    const EngineBehaviour &behaviour = m_kb.behaviour;
    const Facts facts = readFacts(patient, behaviour);
    // The medications named as not recognised in reasons; a knowledge base released before a
    // drug was recognised names it there too, in its place in the list.
    QStringList notYetRecognised;
    if (!behaviour.recognisesEzetimibe)
        notYetRecognised << QStringLiteral("ezetimibe");
    if (!behaviour.oncologyPgx)
        notYetRecognised << oncologyPgxDrugs();
    QStringList unrecognised = patient.unrecognisedMedications;
    if (!notYetRecognised.isEmpty() && !patient.listedMedications.empty()) {
        unrecognised.clear();
        for (const auto &[written, generic] : patient.listedMedications) {
            if (generic.isEmpty() || notYetRecognised.contains(generic))
                unrecognised << written;
        }
    }
    const Snapshot &snapshot = patient.snapshot;
    // The PCE with its own (2017/2018 guideline) bands decides the risk-based groups, whatever
    // model the ARR is computed on: never one model's number against another's bands.
    const ModelValue pce = evaluateOutput(
        m_registry.find(QStringLiteral("pce")), snapshot, QStringLiteral("ascvd"), 10);

    std::vector<OptionRow> rows;
    rows.reserve(m_kb.options.size() + 1);
    for (const OptionRecord &option : m_kb.options) {
        const risk::RiskModel *model = nullptr;
        for (const risk::RiskModel *candidate : m_models) {
            for (const risk::OutputSpec &output : candidate->card().outputs) {
                if (output.outcome == option.outcome && output.horizonYears == option.horizonYears)
                    model = candidate;
            }
            if (model != nullptr)
                break;
        }
        if (model == nullptr)
            model = m_registry.find(option.model);

        OptionRow row;
        row.option = option.id;
        row.model = model != nullptr ? model->card().id : option.model;
        row.outcome = option.outcome;
        row.horizonYears = option.horizonYears;
        row.guideline = option.guideline;
        row.citation = option.citation;
        const ModelValue baseline
            = evaluateOutput(model, snapshot, option.outcome, option.horizonYears);

        const bool statin = option.id.startsWith(QLatin1String("statin_"));
        const bool usesMedications = statin || option.id.startsWith(QLatin1String("bp_"))
                                     || option.id == QLatin1String("aspirin_primary")
                                     || option.id == QLatin1String("oral_anticoagulation")
                                     || option.id == QLatin1String("sglt2_inhibitor")
                                     || option.id == QLatin1String("ras_inhibitor")
                                     || option.id == QLatin1String("dpp_metformin")
                                     || option.id == QLatin1String("glp1_ra")
                                     || option.id == QLatin1String("ezetimibe");
        Decision decision;
        if (statin && patient.pregnant.value_or(false))
            decision = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "pregnancy")));
        else if (statin && patient.intolerant(QStringLiteral("statin")))
            decision = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "intolerance")));
        else if (statin && (patient.takesStatin() || snapshot.get(Var::Statin) == 1.0))
            decision = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "already_taking")));
        else if (option.id == QLatin1String("statin_high"))
            decision = statinHigh(facts, pce);
        else if (option.id == QLatin1String("statin_moderate"))
            decision = statinModerate(facts, pce);
        else if (option.id == QLatin1String("bp_one_drug"))
            decision = bpOneDrug(facts, pce);
        else if (option.id == QLatin1String("bp_two_drugs"))
            decision = bpTwoDrugs(facts);
        else if (option.id == QLatin1String("bp_to_target"))
            decision = bpToTarget(facts, pce);
        else if (option.id == QLatin1String("ezetimibe")) {
            if (patient.intolerant(QStringLiteral("ezetimibe")))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "intolerance")));
            else if (patient.takesAtcPrefix(u"C10AX09"))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "already_taking")));
            else if (behaviour.ezetimibeNotInPregnancy && patient.pregnant.value_or(false))
                // Ezetimibe US label: stop combined ezetimibe and statin therapy in pregnancy;
                // no adequate data on ezetimibe alone.
                decision = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "pregnancy")));
            else
                decision = ezetimibe(facts, patient, pce);
        } else if (option.id == QLatin1String("smoking_cessation"))
            decision = smokingCessation(facts);
        else if (option.id == QLatin1String("aspirin_primary")) {
            if (patient.intolerant(QStringLiteral("aspirin")))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "intolerance")));
            else if (patient.takes(QStringLiteral("aspirin")))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "already_taking")));
            else
                decision = aspirinPrimary(facts, patient, pce);
        } else if (option.id == QLatin1String("oral_anticoagulation")) {
            if (patient.intolerant(QStringLiteral("anticoagulant")))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "intolerance")));
            else if (patient.takesAtcPrefix(u"B01AA") || patient.takesAtcPrefix(u"B01AE")
                     || patient.takesAtcPrefix(u"B01AF"))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "already_taking")));
            else
                decision = oralAnticoagulation(patient, m_registry);
        } else if (option.id == QLatin1String("nephrology_referral")) {
            decision = nephrologyReferral(facts, baseline);
        } else if (option.id == QLatin1String("sglt2_inhibitor")) {
            if (patient.intolerant(QStringLiteral("sglt2_inhibitor")))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "intolerance")));
            else if (patient.takesAtcPrefix(u"A10BK"))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "already_taking")));
            else
                decision = sglt2Inhibitor(facts, patient);
        } else if (option.id == QLatin1String("ras_inhibitor")) {
            if (patient.pregnant.value_or(false))
                decision = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "pregnancy")));
            else if (patient.intolerant(QStringLiteral("ace_inhibitor_angioedema")))
                decision = no(msg(
                    QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "ace_inhibitor_angioedema")));
            else if (patient.intolerant(QStringLiteral("ras_inhibitor")))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "intolerance")));
            else if (patient.takesAtcPrefix(u"C09"))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "already_taking")));
            else
                decision = rasInhibitor(facts, patient);
        } else if (option.id == QLatin1String("glp1_ra")) {
            if (patient.mtcMen2.value_or(false))
                decision = no(
                    msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                          "mtc_men2: personal or family history of medullary "
                                          "thyroid carcinoma or MEN 2 (label contraindication)")));
            else if (patient.intolerant(QStringLiteral("glp1_ra")))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "intolerance")));
            else if (patient.takesAtcPrefix(u"A10BJ"))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "already_taking")));
            else
                decision = glp1Ra(facts, patient);
        } else if (option.id == QLatin1String("dpp_lifestyle")) {
            decision = prediabetes(patient);
        } else if (option.id == QLatin1String("dpp_metformin")) {
            if (patient.intolerant(QStringLiteral("metformin")))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "intolerance")));
            else if (patient.takesAtcPrefix(u"A10BA"))
                decision
                    = no(msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "already_taking")));
            else
                decision = dppMetformin(facts, patient);
        } else
            continue; // unreachable: parseKnowledgeBase refuses unimplemented ids

        row.eligible = decision.eligible;
        row.reasons = decision.reasons.texts;
        row.reasonSources = std::move(decision.reasons.sources);
        if (const RuleRecord *rule = option.rule(decision.ruleId); rule && decision.eligible) {
            row.cls = rule->cls;
            row.level = decision.levelOverride.isEmpty() ? rule->level : decision.levelOverride;
            if (!rule->guideline.isEmpty())
                row.guideline = rule->guideline;
            if (!rule->citation.isEmpty())
                row.citation = rule->citation;
            row.ruleId = rule->id;
        }
        if (statin) {
            const std::vector<PgxNote> notes = statinNotes(patient, behaviour);
            row.pgx = texts(notes);
            row.pgxSources = parts(notes);
        }
        if (option.id == QLatin1String("oral_anticoagulation") && behaviour.warfarinPgx) {
            const std::vector<PgxNote> warfarin
                = warfarinNotes(patient, behaviour.vkorc1IndeterminateNote);
            row.pgx = texts(warfarin);
            row.pgxSources = parts(warfarin);
            if (!warfarin.empty())
                add(row, msg(kWarfarinAncestryNote));
        }
        if (usesMedications && !unrecognised.isEmpty())
            add(row,
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                      "unrecognised medication not checked: %1"),
                    {unrecognised.join(QStringLiteral(", "))}));

        // The effect, for eligible options only.
        const EffectRecord &effect = option.effect;
        if (row.eligible && effect.kind != EffectKind::None) {
            std::optional<double> risked;
            if (!baseline.value) {
                add(row,
                    msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                          "arr_pct blank: %1 refused (%2)"),
                        {row.model, baseline.reasons.join(QStringLiteral("; "))}));
            } else if (effect.kind == EffectKind::RelativeRiskPerUnit) {
                std::optional<double> units;
                if (effect.ldlReductionFraction > 0) {
                    if (facts.ldl)
                        units = *facts.ldl / clinical::units::kCholesterolMgdlPerMmol
                                * effect.ldlReductionFraction; // mmol/L lowered
                    else
                        add(row,
                            msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                  "arr_pct blank: ldl_cholesterol missing "
                                                  "(the effect is per mmol/L LDL-C lowered)")));
                } else {
                    units = effect.sbpLoweringMmhg / 10.0; // per 10 mm[Hg]
                }
                if (units) {
                    const double rr = std::pow(effect.rr, *units);
                    risked = riskWithRelativeRisk(*baseline.value, rr);
                    add(row,
                        msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                              "RR %1 = %2^%3 per %4"),
                            {QString::number(rr, 'f', 3),
                             num(effect.rr),
                             QString::number(*units, 'f', 3),
                             effect.per}));
                }
            } else if (effect.kind == EffectKind::RelativeRisk) {
                risked = riskWithRelativeRisk(*baseline.value, effect.rr);
                add(row,
                    msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "RR %1 (%2)"),
                        {num(effect.rr), effect.endpoint}));
            } else if (effect.kind == EffectKind::ModelRerun) {
                Snapshot changed = snapshot;
                const std::optional<Var> input
                    = clinical::varByName(QLatin1StringView(effect.rerunInput.toLatin1()));
                // parseKnowledgeBase checked the input name. A target only lowers: a recorded
                // SBP at or below it stays as it is (no effect).
                const std::optional<double> recorded = snapshot.get(*input);
                if (!(*input == Var::Sbp && recorded && *recorded <= effect.rerunValue))
                    changed.set(*input, effect.rerunValue);
                const ModelValue rerun
                    = evaluateOutput(model, changed, option.outcome, option.horizonYears);
                if (rerun.value) {
                    risked = rerun.value;
                    add(row,
                        msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                              "model re-run with %1"),
                            {effect.change}));
                } else {
                    add(row,
                        msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                              "arr_pct blank: re-run refused (%1)"),
                            {rerun.reasons.join(QStringLiteral("; "))}));
                }
            }
            if (risked) {
                row.baselinePct = baseline.value;
                row.arrPct = *baseline.value - *risked;
                row.nnt = numberNeededToTreat(*row.arrPct);
                row.relativeRisk = equivalentRelativeRisk(*baseline.value, *risked);
            }
        }
        // An option whose evidence is not on the model's outcome: the reason says why arr_pct
        // is blank (a referral has no assumption and no such note).
        if (row.eligible && effect.kind == EffectKind::None && !effect.assumption.isEmpty())
            add(row,
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "arr_pct blank: %1"),
                    {effect.assumption}));
        if (row.eligible && !effect.harm.isEmpty())
            add(row,
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "harm: %1"), {effect.harm}));
        rows.push_back(std::move(row));
    }

    // Review rows: current drugs with a genotype rule, one per drug, in this order.
    const std::vector<PgxNote> statins = statinNotes(patient, behaviour);
    for (const char *drug : {"simvastatin",
                             "atorvastatin",
                             "rosuvastatin",
                             "pravastatin",
                             "pitavastatin",
                             "fluvastatin",
                             "lovastatin"}) {
        const QString name = QLatin1String(drug);
        if (!patient.takes(name))
            continue;
        std::vector<PgxNote> mine;
        for (const PgxNote &n : statins) {
            // a statin's own notes, and an indeterminate SLCO1B1 (about all statins)
            if (n.drug == name || n.drug == QLatin1String("statins"))
                mine.push_back(n);
        }
        if (!mine.empty())
            rows.push_back(reviewRow(name, mine, kCpicStatinGuideline, kCpicStatinCitation));
    }
    if (behaviour.clopidogrelReview && patient.takes(QStringLiteral("clopidogrel"))) {
        const std::vector<PgxNote> notes = clopidogrelNotes(patient);
        if (!notes.empty()) {
            OptionRow review = reviewRow(QStringLiteral("clopidogrel"),
                                         notes,
                                         kCpicClopidogrelGuideline,
                                         kCpicClopidogrelCitation);
            if (!patient.acsPci.value_or(false)
                && patient.snapshot.get(Var::StrokeTiaTe).value_or(0) != 1.0)
                add(review,
                    msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                          "indication not recorded (acs_pci, "
                                          "stroke_tia_te): the strength depends on it")));
            rows.push_back(std::move(review));
        }
    }
    if (behaviour.warfarinPgx && patient.takes(QStringLiteral("warfarin"))) {
        const std::vector<PgxNote> notes
            = warfarinNotes(patient, behaviour.vkorc1IndeterminateNote);
        if (!notes.empty()) {
            OptionRow review = reviewRow(
                QStringLiteral("warfarin"), notes, kCpicWarfarinGuideline, kCpicWarfarinCitation);
            add(review, msg(kWarfarinAncestryNote));
            rows.push_back(std::move(review));
        }
    }
    // DPYD, TPMT, NUDT15 and UGT1A1 -> the oncology drugs and thiopurines (OncologyPgx.h).
    if (behaviour.oncologyPgx) {
        for (OptionRow &review : oncologyPgxReviewRows(patient, behaviour))
            rows.push_back(std::move(review));
    }
    rankRows(rows);
    return rows;
}

} // namespace precis::therapy
