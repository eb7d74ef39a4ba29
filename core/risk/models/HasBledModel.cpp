// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/HasBledModel.h"

#include "core/risk/InputReader.h"
#include "core/risk/models/GroupCSupport.h"
#include "core/risk/models/ModelFactories.h"

#include <array>

namespace precis::risk::models {

using namespace groupc;

namespace {

// Pisters R, Lane DA, Nieuwlaat R, de Vos CB, Crijns HJGM, Lip GYH. A novel user-friendly score
// (HAS-BLED) to assess 1-year risk of major bleeding in patients with atrial fibrillation: the
// Euro Heart Survey. Chest 2010;138:1093-100, score definition table (one point each): H
// uncontrolled hypertension (SBP > 160 mm Hg), A abnormal renal / liver function (1 each), S
// stroke, B bleeding history or predisposition, L labile INR, E elderly (age > 65), D drugs
// (antiplatelet or NSAID) / alcohol (1 each). Max 9.
constexpr double kUncontrolledSbp = 160.0; // strictly greater
constexpr double kElderlyAge = 65.0;       // strictly greater

// Pisters 2010 (Chest 138:1093-100), Table 3: bleeds per 100 patient-years by HAS-BLED score
// 0-5 (validation cohort): 1.13, 1.02, 1.88, 3.74, 8.70, 12.50
// (https://pmc.ncbi.nlm.nih.gov/articles/PMC3418985/table/t3-0580850 reproduces it). Scores
// above 5 had too few patients: no rate (refused).
constexpr std::array<double, 6> kPistersRate{1.13, 1.02, 1.88, 3.74, 8.70, 12.50};

ModelCard makeCard()
{
    ModelCard c;
    c.id = QStringLiteral("has-bled");
    c.version = QStringLiteral("2010");
    c.name = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "HAS-BLED"));
    c.outcome = QString::fromUtf8(
        QT_TRANSLATE_NOOP("precis::risk::RiskText",
                          "Major-bleeding risk points in atrial fibrillation, and the "
                          "observed annual major-bleeding rate at that score (0-5)"));
    c.horizon = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "1 year (rate)"));
    c.derivation = QString::fromUtf8(
        QT_TRANSLATE_NOOP("precis::risk::RiskText",
                          "Euro Heart Survey on AF: 3,978 patients with 1-year follow-up "
                          "(Pisters 2010)"));
    c.validation = QStringLiteral("Same survey (internal); externally validated in SPORTIF and "
                                  "Swedish AF cohorts");
    c.citation = QStringLiteral(
        "Pisters R, Lane DA, Nieuwlaat R, de Vos CB, Crijns HJGM, Lip GYH. A novel user-friendly "
        "score (HAS-BLED) to assess 1-year risk of major bleeding in patients with atrial "
        "fibrillation: the Euro Heart Survey. Chest 2010;138:1093-100.");
    c.coefficientSource
        = QStringLiteral("Pisters 2010: points (score definition) and bleeds per 100 "
                         "patient-years by score (validation cohort table)");
    c.guideline = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "Pisters 2010 / 2020 ESC AF guideline (Hindricks, Eur Heart J 2021;42:373): HAS-BLED >= 3 "
        "= high bleeding risk (address modifiable factors, review more often; not a reason to "
        "withhold anticoagulation)"));
    c.limits = {
        QStringLiteral("H = sbp > 160 mm[Hg] (uncontrolled); E = age > 65; A and D count 1 each "
                       "for renal, liver, antiplatelet/NSAID and alcohol excess."),
        QStringLiteral("L (labile INR: TTR < 60 %) applies to patients on a vitamin K "
                       "antagonist; record 0 otherwise."),
        QStringLiteral("major_bleeding_rate is published only for scores 0-5; above 5 it is "
                       "refused (no data)."),
        QStringLiteral("Bleeding scores must not be used alone to withhold anticoagulation."),
        QStringLiteral("Precis valid ranges: age 18-120 a, SBP 60-300 mm[Hg]."),
    };
    c.inputs = {
        number(Var::Sbp, "mm[Hg]", 60, 300, "H = sbp > 160"),
        code(Var::AbnormalRenalFunction, 0, 1),
        code(Var::AbnormalLiverFunction, 0, 1),
        code(Var::PriorStroke, 0, 1),
        code(Var::BleedingHistory, 0, 1, "bleeding history or predisposition"),
        code(Var::LabileInr, 0, 1, "TTR < 60 % on a vitamin K antagonist"),
        number(Var::Age, "a", 18, 120, "E = age > 65"),
        code(Var::AntiplateletOrNsaid, 0, 1),
        code(Var::AlcoholExcess, 0, 1, ">= 8 drinks a week"),
    };
    c.outputs
        = {output("score", "{points}", std::nullopt), output("major_bleeding_rate", "%/a", 1)};
    c.players = {
        PlayerGroup{QStringLiteral("sbp"), {Var::Sbp}},
        PlayerGroup{QStringLiteral("renal"), {Var::AbnormalRenalFunction}},
        PlayerGroup{QStringLiteral("liver"), {Var::AbnormalLiverFunction}},
        PlayerGroup{QStringLiteral("prior_stroke"), {Var::PriorStroke}},
        PlayerGroup{QStringLiteral("bleeding_history"), {Var::BleedingHistory}},
        PlayerGroup{QStringLiteral("labile_inr"), {Var::LabileInr}},
        PlayerGroup{QStringLiteral("antiplatelet_or_nsaid"), {Var::AntiplateletOrNsaid}},
        PlayerGroup{QStringLiteral("alcohol_excess"), {Var::AlcoholExcess}},
    };
    c.heldForExplanation = {Var::Age};
    // Reference profile: "SBP 120 mm[Hg], none of the conditions".
    c.reference.set(Var::Sbp, 120);
    for (Var v : {Var::AbnormalRenalFunction,
                  Var::AbnormalLiverFunction,
                  Var::PriorStroke,
                  Var::BleedingHistory,
                  Var::LabileInr,
                  Var::AntiplateletOrNsaid,
                  Var::AlcoholExcess})
        c.reference.set(v, 0);
    c.validationEvidence = {
        QStringLiteral("tst_hasbled: examples constructed from the points and Table 3 rates of "
                       "Pisters 2010 (70 y, SBP 170, aspirin = 3 -> 3.74; + labile INR = 4 -> "
                       "8.70 bleeds/100 patient-years), exact; "
                       "edges SBP 160/161 and age 65/66; rate refused above 5; high >= 3"),
    };
    return c;
}

} // namespace

HasBledModel::HasBledModel() : m_card(makeCard()) {}

Evaluation HasBledModel::evaluate(const Snapshot &snapshot) const
{
    InputReader reader(snapshot, m_card);
    const auto sbp = reader.require(Var::Sbp);
    const auto renal = reader.requireCode(Var::AbnormalRenalFunction);
    const auto liver = reader.requireCode(Var::AbnormalLiverFunction);
    const auto stroke = reader.requireCode(Var::PriorStroke);
    const auto bleeding = reader.requireCode(Var::BleedingHistory);
    const auto labile = reader.requireCode(Var::LabileInr);
    const auto age = reader.require(Var::Age);
    const auto drugs = reader.requireCode(Var::AntiplateletOrNsaid);
    const auto alcohol = reader.requireCode(Var::AlcoholExcess);
    if (reader.refused())
        return refusedEvaluation(m_card, reader.refusals());

    int points = 0;
    points += *sbp > kUncontrolledSbp ? 1 : 0;
    points += isSet(*renal) ? 1 : 0;
    points += isSet(*liver) ? 1 : 0;
    points += isSet(*stroke) ? 1 : 0;
    points += isSet(*bleeding) ? 1 : 0;
    points += isSet(*labile) ? 1 : 0;
    points += *age > kElderlyAge ? 1 : 0;
    points += isSet(*drugs) ? 1 : 0;
    points += isSet(*alcohol) ? 1 : 0;

    const QString category = points >= 3 ? QStringLiteral("high") : QStringLiteral("low");

    Evaluation evaluation;
    evaluation.modelId = m_card.id;
    evaluation.modelVersion = m_card.version;
    evaluation.rows.reserve(2);
    evaluation.rows.push_back(makeRow(m_card.outputs[0], points, category, reader.warnings()));
    if (points < static_cast<int>(kPistersRate.size())) {
        evaluation.rows.push_back(makeRow(m_card.outputs[1],
                                          kPistersRate[static_cast<std::size_t>(points)],
                                          category,
                                          reader.warnings()));
    } else {
        evaluation.rows.push_back(refusedRow(
            m_card.outputs[1],
            oneMessage({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                          "score = %1: Pisters 2010 published major-bleeding "
                                          "rates only for scores 0-5 (too few patients above 5); "
                                          "no rate"),
                        {QString::number(points)}})));
    }
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makeHasBledModel()
{
    return std::make_unique<HasBledModel>();
}

} // namespace precis::risk::models
