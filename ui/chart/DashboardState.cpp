// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/DashboardState.h"

namespace precis::ui {

const risk::OutcomeRow *ModelResult::headline() const
{
    for (const risk::OutcomeRow &row : evaluation.rows) {
        if (row.value && row.status != risk::Status::Refused)
            return &row;
    }
    return nullptr;
}

const ModelResult *DashboardState::result(const QString &modelId) const
{
    for (const ModelResult &r : results) {
        if (r.model->card().id == modelId)
            return &r;
    }
    return nullptr;
}

void DashboardState::evaluateAll()
{
    results.clear();
    if (!registry)
        return;
    results.reserve(registry->models().size());
    for (const auto &model : registry->models())
        results.push_back({model.get(), model->evaluate(snapshot)});
}

} // namespace precis::ui
