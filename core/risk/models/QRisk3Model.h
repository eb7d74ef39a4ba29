// SPDX-License-Identifier: GPL-3.0-or-later
// QRISK3-2017 10-year cardiovascular risk and QRISK3 healthy heart age (Hippisley-Cox,
// Coupland, Brindle, BMJ 2017;357:j2099), from the coefficients ClinRisk Ltd. published with
// its open-source QRISK3-2017 algorithm.
//
// Evidence: the model card's validationEvidence lists the tests
// (tests/risk_models_b/tst_qrisk3.cpp) and the published outputs they reproduce. Where the
// model does not apply (prior CVD, NICE's exclusions, ages outside 25-84) is in the card's
// limits.
#pragma once

#include "core/risk/RiskModel.h"

#include <array>

namespace precis::risk::models {

/// QRISK3-2017: `cvd` (10-year risk of CHD, ischaemic stroke or TIA, %) and `heart_age`
/// (ClinRisk's healthy heart age, years). Pure and thread-safe: evaluate() is const; the only
/// state is the card and the healthy-person reference scores computed once from the published
/// equations in the constructor.
class QRisk3Model final : public RiskModel
{
public:
    QRisk3Model();
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

    static constexpr int kMinAge = 25;
    static constexpr int kMaxAge = 84;
    static constexpr int kAgeCount = kMaxAge - kMinAge + 1;

    /// The 10-year score (%) of ClinRisk's healthy person (non-smoker, no conditions, TC/HDL
    /// 4.0, SBP 125 with SD 0, BMI 25, Townsend 0) of this sex (0 female, 1 male), integer
    /// age (25-84) and ethnicity code (1-9), rounded to 2 decimals as ClinRisk's reference
    /// table is. Exposed for tests.
    [[nodiscard]] double healthyReferenceScore(int sex, int age, int ethnicity) const;

private:
    void addDisclaimer(OutcomeRow &row) const;

    ModelCard m_card;
    /// {card.disclaimer}: shared by every row without other messages (no allocation).
    QStringList m_disclaimerOnly;
    /// [sex][ethnicity - 1][age - 25], rounded to 2 decimals.
    std::array<std::array<std::array<double, kAgeCount>, 9>, 2> m_reference{};
};

} // namespace precis::risk::models
