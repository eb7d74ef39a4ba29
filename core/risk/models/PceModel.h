// SPDX-License-Identifier: GPL-3.0-or-later
// ACC/AHA Pooled Cohort Equations (Goff et al. 2013), 10-year ASCVD risk.
//
// Evidence: the model card's validationEvidence lists the tests (tests/risk_models_a/tst_pce.cpp)
// and the published worked examples they reproduce. Where the model is meaningless (prior
// ASCVD, ancestry other than white or African-American, ages outside 40-79) is in the card's
// limits.
#pragma once

#include "core/risk/RiskModel.h"

namespace precis::risk::models {

/// The 2013 Pooled Cohort Equations: `ascvd` (10-year hard ASCVD risk, %) and
/// `ascvd_optimal` (the same age, sex and race with optimal risk factors). Pure and
/// thread-safe; evaluate() is const and keeps no state.
class PceModel final : public RiskModel
{
public:
    PceModel();
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

    /// The 2019 ACC/AHA primary-prevention band of a 10-year risk in %: "low" < 5,
    /// "borderline" 5 to < 7.5, "intermediate" 7.5 to < 20, "high" >= 20.
    [[nodiscard]] static QString category(double percent);

private:
    ModelCard m_card;
};

} // namespace precis::risk::models
