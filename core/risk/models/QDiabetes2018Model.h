// SPDX-License-Identifier: GPL-3.0-or-later
// QDiabetes-2018 10-year risk of type 2 diabetes (Hippisley-Cox & Coupland, BMJ
// 2017;359:j5019): model A (no blood test), B (fasting glucose) or C (HbA1c).
//
// Evidence: the model card's validationEvidence lists the tests
// (tests/risk_models_b/tst_qdiabetes2018.cpp) and the ClinRisk calculator outputs they
// reproduce. Where the model does not apply (diabetes, glucose or HbA1c in the diabetic range,
// ages outside 25-84) is in the card's limits.
#pragma once

#include "core/risk/RiskModel.h"

namespace precis::risk::models {

/// QDiabetes-2018: `type2_diabetes` (10-year risk, %). The variant follows the blood tests
/// known: fasting glucose -> model B (also when HbA1c is known too), HbA1c only -> model C,
/// neither -> model A; Evaluation.modelId names it (qdiabetes-2018-a/-b/-c). Pure and
/// thread-safe; evaluate() is const and keeps no state.
class QDiabetes2018Model final : public RiskModel
{
public:
    QDiabetes2018Model();
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

private:
    ModelCard m_card;
};

} // namespace precis::risk::models
