// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/TherapyImpactPanel.h"

#include "core/therapy/OptionEngine.h"
#include "ui/chart/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace precis::ui {

std::optional<double> hazardRatioFor(double currentPct, double withOptionPct)
{
    if (!(currentPct > 0 && currentPct < 100) || !(withOptionPct >= 0 && withOptionPct < 100))
        return std::nullopt;
    return std::log(1 - withOptionPct / 100) / std::log(1 - currentPct / 100);
}

double riskWithAccepted(double currentPct, const std::vector<double> &acceptedArrPct)
{
    std::vector<double> ratios;
    for (double arr : acceptedArrPct) {
        if (const auto hr = hazardRatioFor(currentPct, currentPct - arr))
            ratios.push_back(*hr);
    }
    // The option engine's own combination (relative risks multiplied, applied on the hazard
    // scale), so that the chart and the knowledge base's stated rule cannot drift apart.
    return ratios.empty() ? currentPct : therapy::riskWithOptions(currentPct, ratios);
}

TherapyImpactPanel::TherapyImpactPanel(QWidget *parent)
    : ChartPanel(QStringLiteral("therapyImpact"), parent)
{
    chart()->legend()->setVisible(false);
    // Room under the category labels, which Qt Charts otherwise draws up to the view's edge.
    chart()->setMargins(QMargins(4, 4, 4, 14));
}

void TherapyImpactPanel::clear()
{
    m_bars.clear();
    caption()->clear();
    showMessage(QString());
}

void TherapyImpactPanel::setGroup(const QString &title,
                                  const QString &axisTitle,
                                  std::optional<double> currentPct,
                                  const std::vector<ImpactOption> &options,
                                  const QString &reason)
{
    m_bars.clear();
    //: Shown with the therapy-impact chart; r = current risk, r_i = risk with option i alone
    const QString formula
        = tr("Accepted set = 100 \u00D7 (1 \u2212 (1 \u2212 r/100)^(HR\u2081 \u00D7 HR\u2082 "
             "\u00D7 \u2026)), HR\u1D62 = ln(1 \u2212 r\u1D62/100) / ln(1 \u2212 r/100); r: "
             "current risk, r\u1D62: with option i alone; effects assumed independent.");
    caption()->setText(
        QStringLiteral("<b>%1</b><br><small>%2</small>").arg(title.toHtmlEscaped(), formula));
    if (!currentPct) {
        showMessage(reason.isEmpty() ? tr("The model could not compute a current risk, so the "
                                          "options' effect cannot be drawn.")
                                     : tr("The model could not compute a current risk (%1), so "
                                          "the options' effect cannot be drawn.")
                                           .arg(reason));
        return;
    }
    std::vector<double> accepted;
    const QString currentName = tr("Current risk");
    //: Short label under the current-risk bar
    const QString currentShort = tr("Current");
    m_bars.push_back({currentName, currentShort, *currentPct});
    for (const ImpactOption &o : options) {
        //: %1 the option's rank, as in the table's Rank column
        m_bars.push_back({tr("#%1 %2").arg(o.rank).arg(o.name),
                          tr("#%1").arg(o.rank),
                          std::max(0.0, *currentPct - o.arrPct)});
        if (o.accepted)
            accepted.push_back(o.arrPct);
    }
    m_bars.push_back(
        {accepted.empty()
             ? tr("Accepted set (none accepted)")
             : tr("Accepted set (%n options)", nullptr, static_cast<int>(accepted.size())),
         //: Short label under the accepted-set bar
         tr("Accepted"),
         riskWithAccepted(*currentPct, accepted)});

    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    auto *set = new QBarSet(axisTitle);
    set->setColor(palette::kProjected);
    QList<QStringList> rows;
    const QLocale locale;
    double maxValue = 1;
    // Vertical bars with short labels ("#1" is the table's rank): a category axis elides long
    // names to "..." in a narrow chart; the table (Show as Table) has every name in full.
    QStringList labels;
    for (const ImpactBar &b : m_bars) {
        set->append(b.risk);
        labels << b.shortLabel;
        maxValue = std::max(maxValue, b.risk);
    }
    for (const ImpactBar &b : m_bars)
        rows << QStringList{b.label, locale.toString(b.risk, 'f', 1)};
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, maxValue * 1.15);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(axisTitle);
    QFont small = axisY->titleFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axisY->setTitleFont(small);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    setTable({tr("Bar"), axisTitle}, rows);
}

} // namespace precis::ui
