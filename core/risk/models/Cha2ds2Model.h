// SPDX-License-Identifier: GPL-3.0-or-later
// CHA2DS2-VASc (with the Friberg 2012 annual ischaemic-stroke rate) and CHA2DS2-VA (ESC 2024,
// points only). Evidence: tests/risk_models_c/tst_cha2ds2.cpp; card: Cha2ds2Model.cpp.
#pragma once

#include "core/risk/RiskModel.h"

namespace precis::risk::models {

class Cha2ds2Model final : public RiskModel
{
public:
    enum class Variant { Vasc, Va };
    explicit Cha2ds2Model(Variant variant);
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

private:
    Variant m_variant;
    ModelCard m_card;
};

} // namespace precis::risk::models
