// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/TherapyImpactPanel.h"

#include "core/therapy/OptionEngine.h"
#include "ui/chart/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
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
    //: Shown under the therapy-impact chart; r = current risk, r_i = risk with option i alone
    const QString formula
        = tr("Accepted set: risk = 100 \u00D7 (1 \u2212 (1 \u2212 r/100)^(HR\u2081 \u00D7 "
             "HR\u2082 \u00D7 \u2026)), where r is the current risk and each HR\u1D62 = "
             "ln(1 \u2212 r\u1D62/100) / ln(1 \u2212 r/100) is the hazard ratio that gives "
             "r\u1D62, the risk with option i alone. The options' effects are assumed "
             "independent; no option is compared with another model's risk.");
    caption()->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), formula));
    if (!currentPct) {
        showMessage(reason.isEmpty() ? tr("The model could not compute a current risk, so the "
                                          "options' effect cannot be drawn.")
                                     : tr("The model could not compute a current risk (%1), so "
                                          "the options' effect cannot be drawn.")
                                           .arg(reason));
        return;
    }
    std::vector<double> accepted;
    m_bars.push_back({tr("Current risk"), *currentPct});
    for (const ImpactOption &o : options) {
        m_bars.push_back({o.name, std::max(0.0, *currentPct - o.arrPct)});
        if (o.accepted)
            accepted.push_back(o.arrPct);
    }
    m_bars.push_back(
        {accepted.empty()
             ? tr("Accepted set (none accepted)")
             : tr("Accepted set (%n options)", nullptr, static_cast<int>(accepted.size())),
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
    QStringList labels;
    QList<QStringList> rows;
    const QLocale locale;
    double maxValue = 1;
    // A horizontal bar series draws its first category at the bottom: append in reverse so the
    // current risk is on top, the accepted set at the bottom.
    for (auto it = m_bars.rbegin(); it != m_bars.rend(); ++it) {
        set->append(it->risk);
        QString label = it->label;
        if (label.size() > 38)
            label = label.left(37) + QChar(0x2026);
        labels << label;
        maxValue = std::max(maxValue, it->risk);
    }
    for (const ImpactBar &b : m_bars)
        rows << QStringList{b.label, locale.toString(b.risk, 'f', 1)};
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    c->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, maxValue * 1.2);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(axisTitle);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    setTable({tr("Bar"), axisTitle}, rows);
}

} // namespace precis::ui
