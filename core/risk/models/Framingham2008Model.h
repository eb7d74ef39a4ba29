// SPDX-License-Identifier: GPL-3.0-or-later
// Framingham general CVD risk (D'Agostino 2008), lipid and BMI (office-based) forms, with heart
// (vascular) age. Evidence: tests/risk_models_c/tst_framingham2008.cpp; card: the .cpp.
#pragma once

#include "core/risk/RiskModel.h"

namespace precis::risk::models {

class Framingham2008Model final : public RiskModel
{
public:
    enum class Form { Lipid, Bmi };
    explicit Framingham2008Model(Form form);
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

private:
    Form m_form;
    ModelCard m_card;
};

} // namespace precis::risk::models
