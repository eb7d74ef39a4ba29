// SPDX-License-Identifier: GPL-3.0-or-later
// Kidney Failure Risk Equation (Tangri 2011, recalibrated 2016), 4- and 8-variable, 2 and 5
// years, North American or non-North American calibration. Evidence:
// tests/risk_models_c/tst_kfre.cpp; card: KfreModel.cpp.
#pragma once

#include "core/risk/RiskModel.h"

namespace precis::risk::models {

class KfreModel final : public RiskModel
{
public:
    enum class Variables { Four, Eight };
    explicit KfreModel(Variables variables);
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

private:
    Variables m_variables;
    ModelCard m_card;
};

} // namespace precis::risk::models
