// SPDX-License-Identifier: GPL-3.0-or-later
// SCORE2 (40-69 y) and SCORE2-OP (70-89 y), ESC 2021, with the four ESC risk-region
// recalibrations. Evidence: tests/risk_models_c/tst_score2.cpp; card: Score2Model.cpp.
#pragma once

#include "core/risk/RiskModel.h"

namespace precis::risk::models {

class Score2Model final : public RiskModel
{
public:
    Score2Model();
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

private:
    ModelCard m_card;
};

} // namespace precis::risk::models
