// SPDX-License-Identifier: GPL-3.0-or-later
// AHA PREVENT equations (Khan et al. 2024): total CVD, ASCVD, heart failure, CHD and stroke
// at 10 and 30 years, base model and the UACR, HbA1c, SDI and full add-on models.
//
// Evidence: the model card's validationEvidence lists the tests (tests/risk_models_a/
// tst_prevent.cpp) and the published values they reproduce; coefficient provenance is in
// PreventCoefficients.h; limits (ages, ranges, missing add-ons) are in the card.
#pragma once

#include "core/risk/RiskModel.h"

#include <cstdint>

namespace precis::risk::models {

/// One PREVENT model. Variant::Automatic is the `prevent` id: it picks base (no usable add-on),
/// the single add-on's model (exactly one usable) or full (two or more), and reports the
/// chosen variant's id as Evaluation::modelId. The other variants are the forced ids
/// `prevent-base` ... `prevent-full`; a missing add-on enters through its missing-value term.
/// Pure and thread-safe.
class PreventModel final : public RiskModel
{
public:
    enum class Variant : std::uint8_t { Automatic, Base, Uacr, Hba1c, Sdi, Full };

    explicit PreventModel(Variant variant);
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

    /// The 2026 ACC/AHA dyslipidemia band of a 10-year PREVENT-ASCVD risk in %: "low" < 3,
    /// "borderline" 3 to < 5, "intermediate" 5 to < 10, "high" >= 10.
    [[nodiscard]] static QString category(double percent);

private:
    Variant m_variant;
    ModelCard m_card;
};

} // namespace precis::risk::models
