// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/FindriscModel.h"

#include "core/risk/InputReader.h"
#include "core/risk/models/GroupCSupport.h"
#include "core/risk/models/ModelFactories.h"

namespace precis::risk::models {

using namespace groupc;

namespace {

// Points: Lindstrom J, Tuomilehto J. The Diabetes Risk Score: a practical tool to predict type 2
// diabetes risk. Diabetes Care 2003;26:725-31 (Table 3/Figure: full score), as printed on the
// Finnish Diabetes Association's "Type 2 Diabetes Risk Assessment Form" (the original Finnish
// form, which adds the family-history item): age < 45 0, 45-54 2, 55-64 3, > 64 4; BMI < 25 0,
// 25-30 1, > 30 3; waist men < 94 0, 94-102 3, > 102 4, women < 80 0, 80-88 3, > 88 4;
// physically active >= 30 min daily: no 2; vegetables/fruit/berries every day: no 1;
// antihypertensive medication ever regularly: yes 2; high blood glucose ever found: yes 5;
// family history: grandparent/aunt/uncle/first cousin 3, parent/sibling/child 5. Max 26.
// Variant forms exist (e.g. 35-44 y = 1 point, or 2 points for vegetables: wellion.si) and
// are NOT used here.
constexpr int kAgePoints[4] = {0, 2, 3, 4};
constexpr int kBmiPoints[3] = {0, 1, 3};
constexpr int kWaistPoints[3] = {0, 3, 4};
constexpr int kInactivePoints = 2;
constexpr int kNoVegetablesPoints = 1;
constexpr int kBpDrugPoints = 2;
constexpr int kHighGlucosePoints = 5;
constexpr int kFamilyPoints[3] = {0, 3, 5}; // none, other_relative, first_degree

// Bands and their published 10-year risk of type 2 diabetes (the form: "1 in 100", "1 in 25",
// "1 in 6", "1 in 3", "1 in 2").
struct Band
{
    int maxPoints; // inclusive upper edge
    double percent;
};
constexpr Band kBands[5] = {{6, 1.0}, {11, 4.0}, {14, 17.0}, {20, 33.0}, {26, 50.0}};

QString bandToken(std::size_t band)
{
    switch (band) {
    case 0:
        return QStringLiteral("low");
    case 1:
        return QStringLiteral("slightly_elevated");
    case 2:
        return QStringLiteral("moderate");
    case 3:
        return QStringLiteral("high");
    default:
        return QStringLiteral("very_high");
    }
}

int agePoints(double age)
{
    if (age < 45)
        return kAgePoints[0];
    if (age < 55)
        return kAgePoints[1];
    if (age < 65)
        return kAgePoints[2];
    return kAgePoints[3];
}

int bmiPoints(double bmi)
{
    if (bmi < 25)
        return kBmiPoints[0];
    if (bmi <= 30)
        return kBmiPoints[1];
    return kBmiPoints[2];
}

int waistPoints(double waist, bool male)
{
    const double low = male ? 94 : 80;
    const double high = male ? 102 : 88;
    if (waist < low)
        return kWaistPoints[0];
    if (waist <= high)
        return kWaistPoints[1];
    return kWaistPoints[2];
}

ModelCard makeCard()
{
    ModelCard c;
    c.id = QStringLiteral("findrisc");
    c.version = QStringLiteral("2003");
    c.name = QString::fromUtf8(
        QT_TRANSLATE_NOOP("precis::risk::RiskText", "FINDRISC (Finnish Diabetes Risk Score)"));
    c.outcome = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "Points of the FINDRISC form and the published 10-year risk of type 2 diabetes of the "
        "points band (a band estimate, not an individual prediction)"));
    c.horizon = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "10 years"));
    c.derivation = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "Finnish National Population Risk Factor Survey 1987: 4,435 people aged 35-64 without "
        "drug-treated diabetes, followed 10 years for drug-treated type 2 diabetes"));
    c.validation = QStringLiteral("1992 survey cohort (4,615 people), 5-year follow-up; widely "
                                  "validated in European populations since");
    c.citation = QStringLiteral(
        "Lindstrom J, Tuomilehto J. The Diabetes Risk Score: a practical tool to predict type 2 "
        "diabetes risk. Diabetes Care 2003;26:725-31. Finnish Diabetes Association, Type 2 "
        "Diabetes Risk Assessment Form.");
    c.coefficientSource = QStringLiteral(
        "Points and band estimates of the original Finnish risk assessment form (Lindstrom & "
        "Tuomilehto 2003; form as reproduced at paperzz.com/doc/6772719)");
    c.guideline = QString::fromUtf8(
        QT_TRANSLATE_NOOP("precis::risk::RiskText",
                          "FINDRISC form risk bands (Finnish Diabetes Association): "
                          "< 7 low, 7-11 slightly elevated, 12-14 moderate, 15-20 high, "
                          "> 20 very high"));
    c.limits = {
        QStringLiteral("Band edges for continuous values: age < 45 / < 55 / < 65; BMI < 25, "
                       "25-30 inclusive, > 30; waist men < 94, 94-102 inclusive, > 102 cm, women "
                       "< 80, 80-88 inclusive, > 88 cm."),
        QStringLiteral("type2_diabetes is the band's published estimate (1, 4, 17, 33, 50 %), "
                       "not a continuous prediction."),
        QStringLiteral("Refused with known diabetes (the score screens for undiagnosed or future "
                       "diabetes)."),
        QStringLiteral("Variant forms (35-44 y = 1 point; vegetables 2 points) are not used."),
        QStringLiteral("Precis valid ranges: age 18-110 a, BMI 10-80 kg/m2, waist 40-200 cm."),
    };
    c.inputs = {
        number(Var::Age, "a", 18, 110),
        code(Var::Sex, 0, 1, "selects the waist thresholds"),
        number(Var::Bmi, "kg/m2", 10, 80),
        number(Var::Waist, "cm", 40, 200),
        code(Var::PhysicallyActive, 0, 1, "at least 30 min a day"),
        code(Var::DailyVegetables, 0, 1, "vegetables, fruit or berries every day"),
        code(Var::BpTreatedEver, 0, 1, "antihypertensive drugs ever regularly"),
        code(Var::HighGlucoseHistory, 0, 1, "high blood glucose ever found"),
        code(Var::FamilyHistoryDiabetes, 0, 2, "0 none, 1 other_relative, 2 first_degree"),
        code(Var::Diabetes, 0, 2, "must be none"),
    };
    c.outputs = {output("type2_diabetes", "%", 10), output("score", "{points}", std::nullopt)};
    c.players = {
        PlayerGroup{QStringLiteral("bmi"), {Var::Bmi}},
        PlayerGroup{QStringLiteral("waist"), {Var::Waist}},
        PlayerGroup{QStringLiteral("physical_activity"), {Var::PhysicallyActive}},
        PlayerGroup{QStringLiteral("vegetables"), {Var::DailyVegetables}},
        PlayerGroup{QStringLiteral("bp_treated_ever"), {Var::BpTreatedEver}},
        PlayerGroup{QStringLiteral("high_glucose_history"), {Var::HighGlucoseHistory}},
        PlayerGroup{QStringLiteral("family_history"), {Var::FamilyHistoryDiabetes}},
    };
    c.heldForExplanation = {Var::Age, Var::Sex, Var::Diabetes};
    // Reference profile: "0 points beyond age: BMI 22 kg/m2, waist 75 cm, physically active,
    // daily vegetables, never on BP drugs, no high glucose, no family history".
    c.reference.set(Var::Bmi, 22);
    c.reference.set(Var::Waist, 75);
    c.reference.set(Var::PhysicallyActive, 1);
    c.reference.set(Var::DailyVegetables, 1);
    c.reference.set(Var::BpTreatedEver, 0);
    c.reference.set(Var::HighGlucoseHistory, 0);
    c.reference.set(Var::FamilyHistoryDiabetes, 0);
    c.validationEvidence = {
        QStringLiteral("tst_findrisc: example constructed from the FINDRISC form's points "
                       "(Lindstrom & Tuomilehto 2003; 58 y, BMI 31, male "
                       "waist 104, inactive, no daily vegetables, BP drugs, no high glucose, "
                       "parent with diabetes -> 20 points, high, 33 %), points exact; every item's "
                       "edges; all band edges (6/7, 11/12, 14/15, 20/21); diabetes refusal"),
    };
    return c;
}

} // namespace

FindriscModel::FindriscModel() : m_card(makeCard()) {}

Evaluation FindriscModel::evaluate(const Snapshot &snapshot) const
{
    InputReader reader(snapshot, m_card);
    const auto age = reader.require(Var::Age);
    const auto sex = reader.requireCode(Var::Sex);
    const auto bmi = reader.require(Var::Bmi);
    const auto waist = reader.require(Var::Waist);
    const auto active = reader.requireCode(Var::PhysicallyActive);
    const auto vegetables = reader.requireCode(Var::DailyVegetables);
    const auto bpEver = reader.requireCode(Var::BpTreatedEver);
    const auto highGlucose = reader.requireCode(Var::HighGlucoseHistory);
    const auto family = reader.requireCode(Var::FamilyHistoryDiabetes);
    const auto diabetes = reader.requireCode(Var::Diabetes);
    if (reader.refused())
        return refusedEvaluation(m_card, reader.refusals());
    if (hasDiabetes(*diabetes)) {
        reader.refuse(
            {QT_TRANSLATE_NOOP("precis::risk::RiskText",
                               "diabetes = %1: FINDRISC screens people without known "
                               "diabetes; not applicable"),
             {QString(
                 clinical::varInfo(Var::Diabetes).tokens[static_cast<std::size_t>(*diabetes)])}});
        return refusedEvaluation(m_card, reader.refusals());
    }

    int points = agePoints(*age) + bmiPoints(*bmi) + waistPoints(*waist, isMale(*sex));
    if (!isSet(*active))
        points += kInactivePoints;
    if (!isSet(*vegetables))
        points += kNoVegetablesPoints;
    if (isSet(*bpEver))
        points += kBpDrugPoints;
    if (isSet(*highGlucose))
        points += kHighGlucosePoints;
    points += kFamilyPoints[static_cast<std::size_t>(*family)];

    std::size_t band = 4;
    for (std::size_t i = 0; i < 5; ++i) {
        if (points <= kBands[i].maxPoints) {
            band = i;
            break;
        }
    }
    const QString token = bandToken(band);

    Evaluation evaluation;
    evaluation.modelId = m_card.id;
    evaluation.modelVersion = m_card.version;
    evaluation.rows.reserve(2);
    evaluation.rows.push_back(
        makeRow(m_card.outputs[0], kBands[band].percent, token, reader.warnings()));
    evaluation.rows.push_back(makeRow(m_card.outputs[1], points, token, reader.warnings()));
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makeFindriscModel()
{
    return std::make_unique<FindriscModel>();
}

} // namespace precis::risk::models
