// SPDX-License-Identifier: GPL-3.0-or-later
// The cardiovascular models side by side, with why they differ (population, outcome, horizon).
// Wherever the PCE (which uses race) is shown, the race-free PREVENT is beside it.
#pragma once

#include "ui/chart/ChartPanel.h"

namespace precis::ui {

struct DashboardState;

class ComparisonPanel : public ChartPanel
{
    Q_OBJECT
public:
    explicit ComparisonPanel(QWidget *parent = nullptr);
    void update(const DashboardState &state);
};

} // namespace precis::ui
