// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/ContributionPanel.h"

#include "core/risk/Explainer.h"
#include "ui/chart/ChartPalette.h"
#include "ui/chart/DashboardState.h"
#include "ui/chart/ModelCatalog.h"
#include "ui/chart/RiskFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace precis::ui {

ContributionPanel::ContributionPanel(QWidget *parent)
    : ChartPanel(QStringLiteral("contributionPanel"), parent)
{
    chart()->setTitle(QString());
    setAccessibleName(tr("Contributions to the selected risk"));
}

void ContributionPanel::update(const DashboardState &state)
{
    const ModelResult *result = state.selected();
    const risk::OutcomeRow *head = result ? result->headline() : nullptr;
    if (!head) {
        caption()->setText(tr("Select a risk card with a result to see where the risk comes "
                              "from."));
        showMessage(tr("No result to explain."));
        return;
    }
    const risk::Explainer explainer(*result->model);
    auto explanation = explainer.explain(state.snapshot, head->outcome, head->horizonYears);
    if (!explanation) {
        caption()->setText(RiskFormat::cardText(result->model->card().name));
        // Worded by code: the detail names internal player tokens in English.
        showMessage(explanation.error().code == precis::ErrorCode::Unsupported
                        ? tr("This result cannot be explained against the model's reference "
                             "profile: the model cannot score the reference values of some "
                             "factors for this patient.")
                        : tr("This result cannot be explained against the model's reference "
                             "profile."));
        return;
    }
    std::vector<risk::Contribution> parts = explanation->contributions;
    std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) {
        return std::abs(a.value) > std::abs(b.value);
    });
    const QString unitWord
        = head->unit == QLatin1String("%") ? tr("percentage points") : RiskFormat::unit(head->unit);
    caption()->setText(
        //: %1 model, %2 patient's value, %3 reference value, %4 unit word
        tr("%1: this patient %2 against %3 for the card's reference profile (same age and sex). "
           "Each bar is that factor's share of the difference, in %4; the bars add up to the "
           "difference.")
            .arg(RiskFormat::cardText(result->model->card().name),
                 RiskFormat::value(explanation->patientValue, head->unit),
                 RiskFormat::value(explanation->referenceValue, head->unit),
                 unitWord));

    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    auto *raises = new QBarSet(tr("Raises the risk"));
    auto *lowers = new QBarSet(tr("Lowers the risk"));
    raises->setColor(palette::kRaises);
    lowers->setColor(palette::kLowers);
    lowers->setBrush(QBrush(palette::kLowers, Qt::Dense4Pattern));
    lowers->setBorderColor(palette::kLowers);
    QStringList categories;
    QList<QStringList> rows;
    double extent = 0.1;
    // Largest at the top: a horizontal bar chart draws its first category at the bottom.
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        const double v = it->value;
        const QString name = ModelCatalog::playerName(it->player);
        categories << (v >= 0 ? QStringLiteral("\u25B2 ") : QStringLiteral("\u25BC ")) + name;
        raises->append(v > 0 ? v : 0);
        lowers->append(v < 0 ? v : 0);
        extent = std::max(extent, std::abs(v));
    }
    for (const auto &part : parts) {
        rows << QStringList{ModelCatalog::playerName(part.player),
                            QLocale().toString(part.value, 'f', 2),
                            part.value >= 0 ? tr("raises") : tr("lowers")};
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(raises);
    series->append(lowers);
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    const double bound = std::ceil(extent * 1.1 * 2) / 2;
    axisX->setRange(-bound, bound);
    axisX->setLabelFormat(QStringLiteral("%.1f"));
    axisX->setTitleText(unitWord);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    c->legend()->setVisible(true);
    setTable({tr("Factor"), tr("Contribution (%1)").arg(unitWord), tr("Direction")}, rows);
}

} // namespace precis::ui
