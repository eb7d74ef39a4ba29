// SPDX-License-Identifier: GPL-3.0-or-later
// What the dashboard shows for one patient: the snapshot, every model's evaluation of it, and
// which model the charts are about. Computed once per chart open or save; the panels read it.
#pragma once

#include "core/clinical/SnapshotAssembly.h"
#include "core/risk/RiskModel.h"
#include "core/risk/RiskRegistry.h"
#include "ui/chart/ChartHistory.h"

#include <QString>

#include <vector>

namespace precis::ui {

struct ModelResult
{
    const risk::RiskModel *model = nullptr;
    risk::Evaluation evaluation;
    /// The first row the model computed (not refused), or nullptr.
    [[nodiscard]] const risk::OutcomeRow *headline() const;
};

struct DashboardState
{
    const risk::RiskRegistry *registry = nullptr;
    const ChartHistory *history = nullptr;
    clinical::Snapshot snapshot;
    clinical::Derivation derivation;
    std::vector<ModelResult> results; ///< registry order
    QString selectedModel;

    [[nodiscard]] const ModelResult *result(const QString &modelId) const;
    [[nodiscard]] const ModelResult *selected() const { return result(selectedModel); }
    /// Evaluates every registered model on `snapshot`.
    void evaluateAll();
};

} // namespace precis::ui
