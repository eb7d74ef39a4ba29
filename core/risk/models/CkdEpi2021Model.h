// SPDX-License-Identifier: GPL-3.0-or-later
// CKD-EPI 2021 race-free creatinine eGFR with its KDIGO G category. Evidence:
// tests/risk_models_c/tst_ckdepi2021.cpp and tests/clinical/tst_kidneyfunction.cpp.
#pragma once

#include "core/risk/RiskModel.h"

namespace precis::risk::models {

class CkdEpi2021Model final : public RiskModel
{
public:
    CkdEpi2021Model();
    [[nodiscard]] const ModelCard &card() const override { return m_card; }
    [[nodiscard]] Evaluation evaluate(const Snapshot &snapshot) const override;

private:
    ModelCard m_card;
};

} // namespace precis::risk::models
