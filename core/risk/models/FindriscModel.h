// SPDX-License-Identifier: GPL-3.0-or-later
// FINDRISC, the original Finnish type 2 diabetes risk score (points, band, and the band's
// published 10-year estimate). Evidence: tests/risk_models_c/tst_findrisc.cpp.
#pragma once

#include "core/risk/RiskModel.h"

namespace precis::risk::models {

class FindriscModel final : public RiskModel
{
public:
    FindriscModel();
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

private:
    ModelCard m_card;
};

} // namespace precis::risk::models
