// SPDX-License-Identifier: GPL-3.0-or-later
// What-if: SBP, total and HDL cholesterol, smoking (quit -> former) and weight, re-scored live
// with the selected model, the projected risk beside the current one. There is deliberately no
// "start a statin" or "start BP treatment" control: a model's coefficient for being on
// treatment is not the treatment's effect (the PCE's bp_treated 0 -> 1 raises the risk).
#pragma once

#include "ui/chart/ChartPanel.h"

#include <optional>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QCheckBox;
class QValueAxis;
class QDoubleSpinBox;
class QLabel;

namespace precis::ui {

struct DashboardState;

class WhatIfPanel : public ChartPanel
{
    Q_OBJECT
public:
    explicit WhatIfPanel(QWidget *parent = nullptr);
    /// Takes the patient's current values as the starting point of every control.
    void update(const DashboardState &state);
    /// Re-scores with the controls' values (called on every change).
    void rescore();

    [[nodiscard]] QDoubleSpinBox *sbpEdit() const { return m_sbp; }
    [[nodiscard]] std::optional<double> projectedValue() const { return m_projected; }

private:
    void resetControls();
    void forgetSeries();

    const DashboardState *m_state = nullptr;
    QDoubleSpinBox *m_sbp = nullptr;
    QDoubleSpinBox *m_tc = nullptr;
    QDoubleSpinBox *m_hdl = nullptr;
    QDoubleSpinBox *m_weight = nullptr;
    QCheckBox *m_quit = nullptr;
    QLabel *m_result = nullptr;
    // Owned by the chart; reset when showMessage() clears it.
    QBarSeries *m_series = nullptr;
    QBarSet *m_currentSet = nullptr;
    QBarSet *m_projectedSet = nullptr;
    QBarCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    std::optional<double> m_projected;
    bool m_resetting = false;
};

} // namespace precis::ui
