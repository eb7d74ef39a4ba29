// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/Cha2ds2Model.h"

#include "core/risk/InputReader.h"
#include "core/risk/models/GroupCSupport.h"
#include "core/risk/models/ModelFactories.h"

#include <array>

namespace precis::risk::models {

using namespace groupc;

namespace {

// Points: Lip GYH et al. Refining clinical risk stratification for predicting stroke and
// thromboembolism in atrial fibrillation using a novel risk factor-based approach: the Euro
// Heart Survey on Atrial Fibrillation. Chest 2010;137:263-72: C congestive heart failure 1,
// H hypertension 1, A2 age >= 75 2, D diabetes 1, S2 prior stroke/TIA/thromboembolism 2,
// V vascular disease 1, A age 65-74 1, Sc female sex 1 (max 9). CHA2DS2-VA (Van Gelder et al.,
// 2024 ESC Guidelines for the management of atrial fibrillation, Eur Heart J 2024;45:3314)
// drops the sex category (max 8).
constexpr int kHeartFailure = 1;
constexpr int kHypertension = 1;
constexpr int kAge75 = 2;
constexpr int kDiabetes = 1;
constexpr int kStroke = 2;
constexpr int kVascular = 1;
constexpr int kAge65 = 1;
constexpr int kFemale = 1;

// Annual rate of ischaemic stroke without anticoagulation by CHA2DS2-VASc score, % per year:
// Friberg L, Rosenqvist M, Lip GYH. Evaluation of risk stratification schemes for ischaemic
// stroke and bleeding in 182 678 patients with atrial fibrillation: the Swedish Atrial
// Fibrillation cohort study. Eur Heart J 2012;33:1500-10, table of event rates by CHA2DS2-VASc
// score in patients without anticoagulation (ischaemic stroke column;
// the stroke/TIA/systemic-embolism column is 0.3, 0.9, 2.9, 4.6, 6.7, 10.0, 13.6, 15.7, 15.2,
// 17.4 and is not reported). Scores 1-9 confirmed against a second transcription:
// gdl-lang/common-clinical-models gdl2/CHA2DS2-VASc.assessment.v1.gdl2.json (Cambio, citing
// Friberg 2012) and its test fixtures (8 -> 10.8, 5 -> 7.2, 1 -> 0.6). Score 0 (0.2 %/a) is
// the paper's value as commonly quoted; that transcription gives no rate for 0 (not
// independently confirmed here).
constexpr std::array<double, 10> kFribergIschaemicStroke{
    0.2, 0.6, 2.2, 3.2, 4.8, 7.2, 9.7, 11.2, 10.8, 12.2};

ModelCard makeCard(Cha2ds2Model::Variant variant)
{
    const bool vasc = variant == Cha2ds2Model::Variant::Vasc;
    ModelCard c;
    c.id = vasc ? QStringLiteral("cha2ds2-vasc") : QStringLiteral("cha2ds2-va");
    c.version = vasc ? QStringLiteral("2010") : QStringLiteral("2024");
    c.name = vasc ? QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "CHA2DS2-VASc"))
                  : QString::fromUtf8(
                      QT_TRANSLATE_NOOP("precis::risk::RiskText", "CHA2DS2-VA (ESC 2024)"));
    c.outcome = vasc ? QString::fromUtf8(
                    QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                      "Stroke-risk points in atrial fibrillation, and the annual "
                                      "ischaemic-stroke rate without anticoagulation observed "
                                      "at that score in the Swedish AF cohort"))
                     : QString::fromUtf8(QT_TRANSLATE_NOOP(
                         "precis::risk::RiskText",
                         "Stroke-risk points in atrial fibrillation, without the sex "
                         "category (ESC 2024)"));
    c.horizon
        = vasc ? QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "1 year (rate)"))
               : QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "none (points)"));
    c.derivation = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "Euro Heart Survey on AF: 1,084 patients with non-valvular AF not on anticoagulation "
        "(Lip 2010)"));
    c.validation = vasc ? QStringLiteral("Swedish Atrial Fibrillation cohort: 182,678 patients "
                                         "(Friberg 2012), rates from 90,490 without "
                                         "anticoagulation")
                        : QStringLiteral("ESC 2024 AF guideline evidence review (CHA2DS2-VA)");
    c.citation
        = vasc ? QStringLiteral("Lip GYH, Nieuwlaat R, Pisters R, Lane DA, Crijns HJGM. Chest "
                                "2010;137:263-72. Friberg L, Rosenqvist M, Lip GYH. Eur Heart J "
                                "2012;33:1500-10.")
               : QStringLiteral("Van Gelder IC, Rienstra M, Bunting KV, et al. 2024 ESC "
                                "Guidelines for the management of atrial fibrillation. "
                                "Eur Heart J 2024;45:3314-414.");
    c.coefficientSource
        = vasc ? QStringLiteral("Points: Lip 2010; rates: Friberg 2012 (rates by score, "
                                "(ischaemic stroke without anticoagulation)")
               : QStringLiteral("Points: 2024 ESC AF guideline (CHA2DS2-VA)");
    c.guideline = vasc ? QString::fromUtf8(QT_TRANSLATE_NOOP(
                      "precis::risk::RiskText",
                      "2023 ACC/AHA/ACCP/HRS Guideline for the Diagnosis and Management of Atrial "
                      "Fibrillation (Joglar, Circulation 2024;149:e1): anticoagulation recommended "
                      "at >= 2 (men) / >= 3 (women), considered at 1 (men) / 2 (women)"))
                       : QString::fromUtf8(QT_TRANSLATE_NOOP(
                           "precis::risk::RiskText",
                           "2024 ESC Guidelines for the management of atrial fibrillation: "
                           "anticoagulation recommended at >= 2, considered at 1"));
    c.limits = {
        QStringLiteral("H = hypertension or bp_treated (either flag set). D = diabetes type 1 or "
                       "type 2. A = age 65-74 (1 point), A2 = age >= 75 (2 points)."),
        QStringLiteral("For atrial fibrillation without moderate-to-severe mitral stenosis or a "
                       "mechanical valve; the points do not apply to other patients."),
        QStringLiteral("Bleeding scores must not be used alone to withhold anticoagulation."),
    };
    if (vasc)
        c.limits.push_back(QStringLiteral(
            "stroke_rate_annual is the observed rate in the Swedish AF cohort without "
            "anticoagulation (Friberg 2012); other cohorts report different rates (e.g. Lip "
            "2010 adjusted rates)."));
    c.inputs = {
        number(Var::Age, "a", 18, 120),
        code(Var::HeartFailure, 0, 1),
        code(Var::Hypertension, 0, 1, "H = hypertension or bp_treated"),
        code(Var::BpTreated, 0, 1, "H = hypertension or bp_treated"),
        code(Var::Diabetes, 0, 2, "any diabetes"),
        code(Var::StrokeTiaTe, 0, 1, "prior stroke, TIA or thromboembolism"),
        code(Var::VascularDisease, 0, 1, "prior MI, PAD or aortic plaque"),
    };
    if (vasc)
        c.inputs.push_back(code(Var::Sex, 0, 1, "female = 1 point"));
    c.outputs = {output("score", "{points}", std::nullopt)};
    if (vasc)
        c.outputs.push_back(output("stroke_rate_annual", "%/a", 1));
    c.players = {
        PlayerGroup{QStringLiteral("heart_failure"), {Var::HeartFailure}},
        PlayerGroup{QStringLiteral("hypertension"), {Var::Hypertension, Var::BpTreated}},
        PlayerGroup{QStringLiteral("diabetes"), {Var::Diabetes}},
        PlayerGroup{QStringLiteral("stroke_tia_te"), {Var::StrokeTiaTe}},
        PlayerGroup{QStringLiteral("vascular_disease"), {Var::VascularDisease}},
    };
    c.heldForExplanation = {Var::Age};
    if (vasc)
        c.heldForExplanation.push_back(Var::Sex);
    // Reference profile: "none of the conditions (every flag 0, no diabetes)".
    for (Var v : {Var::HeartFailure,
                  Var::Hypertension,
                  Var::BpTreated,
                  Var::Diabetes,
                  Var::StrokeTiaTe,
                  Var::VascularDisease})
        c.reference.set(v, 0);
    c.validationEvidence = {
        vasc ? QStringLiteral(
            "tst_cha2ds2: gdl-lang/common-clinical-models CHA2DS2VASc fixtures "
            "(F >= 75 + CHF + stroke + DM + vascular = 8 -> 10.8 %/a; F >= 75 + "
            "CHF + HTN = 5 -> 7.2; M 65-74 only = 1 -> 0.6), exact; rates for 2-4, 6, 7, "
            "9 against gdl2/CHA2DS2-VASc.assessment.v1; every item; "
            "ACC/AHA bands by sex at their edges")
             : QStringLiteral("tst_cha2ds2: every item, no sex term, ESC 2024 bands at 0/1/2"),
    };
    return c;
}

} // namespace

Cha2ds2Model::Cha2ds2Model(Variant variant) : m_variant(variant), m_card(makeCard(variant)) {}

Evaluation Cha2ds2Model::evaluate(const Snapshot &snapshot) const
{
    const bool vasc = m_variant == Variant::Vasc;
    InputReader reader(snapshot, m_card);
    const auto age = reader.require(Var::Age);
    const auto heartFailure = reader.requireCode(Var::HeartFailure);
    const auto hypertension = reader.requireCode(Var::Hypertension);
    const auto bpTreated = reader.requireCode(Var::BpTreated);
    const auto diabetes = reader.requireCode(Var::Diabetes);
    const auto stroke = reader.requireCode(Var::StrokeTiaTe);
    const auto vascular = reader.requireCode(Var::VascularDisease);
    std::optional<double> sex;
    if (vasc)
        sex = reader.requireCode(Var::Sex);
    if (reader.refused())
        return refusedEvaluation(m_card, reader.refusals());

    int points = 0;
    if (isSet(*heartFailure))
        points += kHeartFailure;
    if (isSet(*hypertension) || isSet(*bpTreated))
        points += kHypertension;
    if (*age >= 75)
        points += kAge75;
    else if (*age >= 65)
        points += kAge65;
    if (hasDiabetes(*diabetes))
        points += kDiabetes;
    if (isSet(*stroke))
        points += kStroke;
    if (isSet(*vascular))
        points += kVascular;
    const bool female = vasc && !isMale(*sex);
    if (female)
        points += kFemale;

    // Anticoagulation bands. VASc: 2023 ACC/AHA/ACCP/HRS (sex-specific thresholds, i.e. the
    // female point does not count on its own); VA: 2024 ESC (>= 2 recommended, 1 considered).
    const int effective = female ? points - kFemale : points;
    QString category;
    if (effective >= 2)
        category = QStringLiteral("oac_recommended");
    else if (effective == 1)
        category = QStringLiteral("oac_considered");
    else
        category = QStringLiteral("low");

    Evaluation evaluation;
    evaluation.modelId = m_card.id;
    evaluation.modelVersion = m_card.version;
    evaluation.rows.reserve(m_card.outputs.size());
    evaluation.rows.push_back(makeRow(m_card.outputs[0], points, category, reader.warnings()));
    if (vasc) {
        evaluation.rows.push_back(makeRow(m_card.outputs[1],
                                          kFribergIschaemicStroke[static_cast<std::size_t>(points)],
                                          category,
                                          reader.warnings()));
    }
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makeCha2ds2VascModel()
{
    return std::make_unique<Cha2ds2Model>(Cha2ds2Model::Variant::Vasc);
}

std::unique_ptr<RiskModel> makeCha2ds2VaModel()
{
    return std::make_unique<Cha2ds2Model>(Cha2ds2Model::Variant::Va);
}

} // namespace precis::risk::models
