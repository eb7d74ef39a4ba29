// SPDX-License-Identifier: GPL-3.0-or-later
// Trend across visits: the selected risk recomputed as of each visit date from what was known
// then, and one of its key inputs over the same dates.
#pragma once

#include "ui/chart/ChartPanel.h"

class QComboBox;

namespace precis::ui {

struct DashboardState;

class TrendPanel : public ChartPanel
{
    Q_OBJECT
public:
    explicit TrendPanel(QWidget *parent = nullptr);
    void update(const DashboardState &state);

private:
    void redraw();

    const DashboardState *m_state = nullptr;
    QComboBox *m_input = nullptr;
};

} // namespace precis::ui
