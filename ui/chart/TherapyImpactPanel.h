// SPDX-License-Identifier: GPL-3.0-or-later
// The therapy-impact chart of the Options view (issue #10): for one (model, outcome, horizon)
// group, the patient's current risk, the risk with each eligible option alone (current risk
// minus its absolute risk reduction) and the risk with the accepted options together. Several
// options combine by multiplying their relative risks on the hazard scale (the formula is on
// screen), never across groups: a 10-year ASCVD risk and an annual stroke rate do not add up.
#pragma once

#include "ui/chart/ChartPanel.h"

#include <optional>
#include <vector>

namespace precis::ui {

/// One option of the group as the chart needs it.
struct ImpactOption
{
    QString name;
    int rank = 0;      ///< the option's rank in its group (the table's Rank column)
    double arrPct = 0; ///< percentage points, from the option engine
    bool accepted = false;
};

struct ImpactBar
{
    QString label;      ///< in full (table)
    QString shortLabel; ///< under the bar: "Current", "#1", ..., "Accepted"
    double risk = 0;    ///< percent (or percent per year for an annual rate)
};

/// The relative risk on the hazard scale that takes `currentPct` to `withOptionPct`:
/// ln(1 - withOption/100) / ln(1 - current/100). Empty when current is not in (0, 100) or
/// withOption not in [0, 100).
[[nodiscard]] std::optional<double> hazardRatioFor(double currentPct, double withOptionPct);

/// The risk with every option in `accepted` (each given by its ARR on `currentPct`): their hazard
/// ratios multiplied, then 100 * (1 - (1 - current/100)^product). `currentPct` when none.
[[nodiscard]] double riskWithAccepted(double currentPct, const std::vector<double> &acceptedArrPct);

class TherapyImpactPanel : public ChartPanel
{
    Q_OBJECT
public:
    explicit TherapyImpactPanel(QWidget *parent = nullptr);

    /// Draws the group. `title` names model, outcome and horizon; `axisTitle` the quantity and
    /// unit (e.g. "10-year ASCVD risk (%)"). `currentPct` empty: the model could not compute a
    /// current risk, so nothing is drawn and `reason` says why.
    void setGroup(const QString &title,
                  const QString &axisTitle,
                  std::optional<double> currentPct,
                  const std::vector<ImpactOption> &options,
                  const QString &reason = {});
    void clear();

    /// The bars last drawn, top to bottom (current, each option, accepted set).
    [[nodiscard]] const std::vector<ImpactBar> &bars() const { return m_bars; }

private:
    std::vector<ImpactBar> m_bars;
};

} // namespace precis::ui
