// SPDX-License-Identifier: GPL-3.0-or-later
// Lifetime cardiovascular risk by risk-factor strata (Lloyd-Jones et al. 2006), as the ACC
// ASCVD Risk Estimator+ reports it for ages 20-59.
//
// Evidence: the model card's validationEvidence (tests/risk_models_a/tst_pce_lifetime.cpp);
// limits in the card.
#pragma once

#include "core/risk/RiskModel.h"

#include <cstdint>

namespace precis::risk::models {

/// `cvd_lifetime` (%, no horizon): the lifetime CVD risk of the person's risk-factor stratum.
/// Pure and thread-safe.
class PceLifetimeModel final : public RiskModel
{
public:
    /// Lloyd-Jones 2006 strata, from best to worst.
    enum class Stratum : std::uint8_t {
        AllOptimal,
        NotOptimal,
        Elevated,
        OneMajor,
        TwoOrMoreMajor
    };

    PceLifetimeModel();
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

    /// The stratum of total cholesterol (mg/dL), SBP and DBP (mm[Hg]) and the flags.
    [[nodiscard]] static Stratum
    stratum(double tc, double sbp, double dbp, bool bpTreated, bool smoker, bool diabetes);

private:
    ModelCard m_card;
};

} // namespace precis::risk::models
