// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/ComparisonPanel.h"

#include "ui/chart/ChartPalette.h"
#include "ui/chart/DashboardState.h"
#include "ui/chart/ModelCatalog.h"
#include "ui/chart/RiskFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QValueAxis>

#include <algorithm>

namespace precis::ui {

ComparisonPanel::ComparisonPanel(QWidget *parent)
    : ChartPanel(QStringLiteral("comparisonPanel"), parent)
{
    setAccessibleName(tr("Cardiovascular models side by side"));
}

void ComparisonPanel::update(const DashboardState &state)
{
    struct Item
    {
        QString label;
        double value;
        QStringList cells;
    };
    std::vector<Item> items;
    QList<QStringList> refusedRows;
    bool racePce = false;
    for (const ModelResult &r : state.results) {
        const QString id = r.model->card().id;
        if (ModelCatalog::area(id) != ClinicalArea::Cardiovascular
            || id == QLatin1String("pce-lifetime"))
            continue;
        const risk::OutcomeRow *head = r.headline();
        if (!head || head->unit != QLatin1String("%")) {
            refusedRows << QStringList{RiskFormat::cardText(r.model->card().name),
                                       tr("cannot compute"),
                                       QString(),
                                       ModelCatalog::populationNote(id)};
            continue;
        }
        racePce = racePce || ModelCatalog::usesRace(id);
        const QString outcome = ModelCatalog::outcomeName(head->outcome);
        const QString horizon = RiskFormat::horizon(head->horizonYears, head->unit);
        items.push_back(
            {QStringLiteral("%1 (%2)").arg(RiskFormat::cardText(r.model->card().name), outcome),
             *head->value,
             {RiskFormat::cardText(r.model->card().name),
              RiskFormat::value(*head->value, head->unit),
              QStringLiteral("%1 \u00B7 %2").arg(horizon, outcome),
              ModelCatalog::populationNote(id)}});
    }
    QString text = tr("The models answer different questions: they were derived in different "
                      "populations and decades, count different events (PREVENT's total CVD "
                      "includes heart failure; SCORE2 counts fatal and non-fatal events; QRISK3 "
                      "includes TIA) and some are recalibrated to a region. Differences between "
                      "them are expected; use the one your guideline names.");
    if (racePce)
        text += QLatin1Char(' ')
                + tr("The PCE use race; PREVENT, shown beside them, does not. The AHA moved "
                     "away from race because it stands in for social and environmental "
                     "exposures rather than biology.");
    caption()->setText(text);
    if (items.empty()) {
        showMessage(tr("No cardiovascular model could compute a result for this patient."));
        setTable({tr("Model"), tr("Result"), tr("Outcome"), tr("Population")}, refusedRows);
        return;
    }
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    auto *set = new QBarSet(tr("10-year risk"));
    set->setColor(palette::kSeries[0]);
    QStringList labels;
    double maxValue = 1;
    QList<QStringList> rows;
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        set->append(it->value);
        labels << it->label;
        maxValue = std::max(maxValue, it->value);
    }
    for (const Item &item : items)
        rows << item.cells;
    rows << refusedRows;
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPrecision(3);
    c->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, maxValue * 1.25);
    axisX->setTitleText(QStringLiteral("%"));
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    c->legend()->setVisible(false);
    setTable({tr("Model"), tr("Result"), tr("Outcome"), tr("Population")}, rows);
}

} // namespace precis::ui
