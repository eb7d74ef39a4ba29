// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/risk/RiskModel.h"

#include <memory>
#include <vector>

namespace precis::risk {

/// The set of available models, looked up by id. Passed in where needed, never global.
class RiskRegistry
{
public:
    void add(std::unique_ptr<RiskModel> model);
    [[nodiscard]] const RiskModel *find(const QString &id) const;
    [[nodiscard]] const std::vector<std::unique_ptr<RiskModel>> &models() const { return m_models; }

private:
    std::vector<std::unique_ptr<RiskModel>> m_models;
};

/// Registers every model Precis ships, in the order of `precis-cli score --models all`.
void registerStandardModels(RiskRegistry &registry);

} // namespace precis::risk
