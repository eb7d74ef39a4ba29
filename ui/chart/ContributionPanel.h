// SPDX-License-Identifier: GPL-3.0-or-later
// Where the selected risk comes from: exact Shapley contributions in percentage points against
// the model card's reference profile, largest first; raising and lowering bars differ in
// direction, colour and fill pattern.
#pragma once

#include "ui/chart/ChartPanel.h"

namespace precis::ui {

struct DashboardState;

class ContributionPanel : public ChartPanel
{
    Q_OBJECT
public:
    explicit ContributionPanel(QWidget *parent = nullptr);
    void update(const DashboardState &state);
};

} // namespace precis::ui
