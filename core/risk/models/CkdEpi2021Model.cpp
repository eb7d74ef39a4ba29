// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/CkdEpi2021Model.h"

#include "core/clinical/KidneyFunction.h"
#include "core/risk/InputReader.h"
#include "core/risk/models/GroupCSupport.h"
#include "core/risk/models/ModelFactories.h"

namespace precis::risk::models {

using namespace groupc;

namespace {

ModelCard makeCard()
{
    ModelCard c;
    c.id = QStringLiteral("ckd-epi-2021");
    c.version = QStringLiteral("2021");
    c.name = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                                 "CKD-EPI 2021 creatinine equation (race-free)"));
    c.outcome = QString::fromUtf8(
        QT_TRANSLATE_NOOP("precis::risk::RiskText",
                          "Estimated glomerular filtration rate, indexed to 1.73 m2 body "
                          "surface area, and its KDIGO GFR category"));
    c.horizon = QString::fromUtf8(
        QT_TRANSLATE_NOOP("precis::risk::RiskText", "none (current kidney function)"));
    c.derivation = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "8,254 participants of 10 studies with measured GFR (iothalamate and other clearance "
        "methods), without race as a predictor (Inker 2021)"));
    c.validation = QStringLiteral("4,050 participants of 12 separate studies with measured GFR");
    c.citation = QStringLiteral(
        "Inker LA, Eneanya ND, Coresh J, et al. New creatinine- and cystatin C-based equations to "
        "estimate GFR without race. N Engl J Med 2021;385:1737-49.");
    c.coefficientSource = QStringLiteral(
        "Inker 2021 (equation as printed: 142 x min(Scr/k,1)^a x max(Scr/k,1)^-1.200 x "
        "0.9938^age x 1.012 [female]; k 0.7/0.9, a -0.241/-0.302); implemented once in "
        "core/clinical/KidneyFunction (ckdEpi2021Egfr), shared with snapshot assembly");
    c.guideline = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD, GFR "
        "categories G1-G5 (retained in KDIGO 2024)"));
    c.limits = {
        QStringLiteral("Adults (>= 18 y). Serum creatinine must be IDMS-traceable, in mg/dL "
                       "(umol/L / 88.4)."),
        QStringLiteral("Not valid when creatinine is not in a steady state (acute kidney injury), "
                       "or at extremes of muscle mass, diet or body size."),
        QStringLiteral("Category edges are inclusive below: 60.0 is G2, 59.99 is G3a. The G "
                       "category alone does not stage CKD (albuminuria and chronicity needed)."),
        QStringLiteral("Precis valid ranges: age 18-110 a, creatinine 0.1-25 mg/dL."),
    };
    c.inputs = {
        number(Var::Creatinine, "mg/dL", 0.1, 25, "serum, IDMS-traceable"),
        number(Var::Age, "a", 18, 110),
        code(Var::Sex, 0, 1),
    };
    c.outputs = {output("egfr", "mL/min/{1.73_m2}", std::nullopt)};
    c.players = {PlayerGroup{QStringLiteral("creatinine"), {Var::Creatinine}}};
    c.heldForExplanation = {Var::Age, Var::Sex};
    // Reference profile: "creatinine 0.8 mg/dL (a typical normal value)".
    c.reference.set(Var::Creatinine, 0.8);
    c.validationEvidence = {
        QStringLiteral("tst_ckdepi2021 and tst_kidneyfunction: no published example with full "
                       "precision found; rows are values of the second implementation in "
                       "tests/reference/ (not published; arithmetic checked in the tests), both "
                       "branches of min/max, continuity at kappa, KDIGO "
                       "edges; refusals for age < 18 and missing creatinine"),
    };
    return c;
}

} // namespace

CkdEpi2021Model::CkdEpi2021Model() : m_card(makeCard()) {}

Evaluation CkdEpi2021Model::evaluate(const Snapshot &snapshot) const
{
    InputReader reader(snapshot, m_card);
    const auto creatinine = reader.require(Var::Creatinine);
    const auto age = reader.require(Var::Age);
    const auto sex = reader.requireCode(Var::Sex);
    if (reader.refused())
        return refusedEvaluation(m_card, reader.refusals());

    const double egfr = clinical::ckdEpi2021Egfr(*creatinine, *age, !isMale(*sex));
    Evaluation evaluation;
    evaluation.modelId = m_card.id;
    evaluation.modelVersion = m_card.version;
    evaluation.rows.push_back(
        makeRow(m_card.outputs[0], egfr, clinical::kdigoGfrCategory(egfr), reader.warnings()));
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makeCkdEpi2021Model()
{
    return std::make_unique<CkdEpi2021Model>();
}

} // namespace precis::risk::models
