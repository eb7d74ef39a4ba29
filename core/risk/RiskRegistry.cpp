// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/RiskRegistry.h"

namespace precis::risk {

void RiskRegistry::add(std::unique_ptr<RiskModel> model)
{
    m_models.push_back(std::move(model));
}

const RiskModel *RiskRegistry::find(const QString &id) const
{
    for (const auto &model : m_models) {
        if (model->card().id == id)
            return model.get();
    }
    return nullptr;
}

} // namespace precis::risk
