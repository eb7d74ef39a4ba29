// SPDX-License-Identifier: GPL-3.0-or-later
// HAS-BLED major-bleeding score with the Pisters 2010 observed rate for scores 0-5.
// Evidence: tests/risk_models_c/tst_hasbled.cpp; card: HasBledModel.cpp.
#pragma once

#include "core/risk/RiskModel.h"

namespace precis::risk::models {

class HasBledModel final : public RiskModel
{
public:
    HasBledModel();
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

private:
    ModelCard m_card;
};

} // namespace precis::risk::models
