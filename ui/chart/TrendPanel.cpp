// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/TrendPanel.h"

#include "ui/Format.h"
#include "ui/chart/ChartPalette.h"
#include "ui/chart/DashboardState.h"
#include "ui/chart/RiskFormat.h"

#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace precis::ui {

using clinical::Var;

TrendPanel::TrendPanel(QWidget *parent) : ChartPanel(QStringLiteral("trendPanel"), parent)
{
    setAccessibleName(tr("Trend across visits"));
    auto *controls = new QWidget(this);
    auto *form = new QFormLayout(controls);
    form->setContentsMargins(0, 0, 0, 0);
    m_input = new QComboBox(controls);
    m_input->setObjectName(QStringLiteral("trendInputCombo"));
    for (Var v : {Var::Sbp,
                  Var::TotalCholesterol,
                  Var::HdlCholesterol,
                  Var::Egfr,
                  Var::Uacr,
                  Var::Hba1c,
                  Var::Bmi})
        m_input->addItem(RiskFormat::variable(v), static_cast<int>(v));
    form->addRow(tr("With &input:"), m_input);
    addControls(controls);
    connect(m_input, &QComboBox::currentIndexChanged, this, &TrendPanel::redraw);
}

void TrendPanel::update(const DashboardState &state)
{
    m_state = &state;
    redraw();
}

void TrendPanel::redraw()
{
    if (!m_state || !m_state->history)
        return;
    const ModelResult *result = m_state->selected();
    const risk::OutcomeRow *head = result ? result->headline() : nullptr;
    if (!head) {
        caption()->setText(tr("Select a risk card with a result to see its trend."));
        showMessage(tr("No result to follow over time."));
        return;
    }
    const std::vector<QDate> dates = m_state->history->visitDates();
    const Var input = static_cast<Var>(m_input->currentData().toInt());
    auto *risk = new QLineSeries;
    risk->setName(RiskFormat::horizon(head->horizonYears, head->unit) + QStringLiteral(" (")
                  + RiskFormat::unit(head->unit) + QStringLiteral(")"));
    risk->setColor(palette::kSeries[0]);
    risk->setPointsVisible(true);
    auto *values = new QLineSeries;
    values->setName(RiskFormat::variable(input) + QStringLiteral(" (")
                    + RiskFormat::unit(QString(clinical::varInfo(input).unit))
                    + QStringLiteral(")"));
    QPen dashed(palette::kSeries[1]);
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    values->setPen(dashed);
    values->setPointsVisible(true);
    QList<QStringList> rows;
    double riskMax = 1, valueMin = 1e9, valueMax = -1e9;
    int refused = 0;
    for (const QDate &date : dates) {
        const clinical::Snapshot s = m_state->history->snapshotAsOf(date);
        const risk::Evaluation e = result->model->evaluate(s);
        std::optional<double> v;
        for (const risk::OutcomeRow &row : e.rows) {
            if (row.outcome == head->outcome && row.horizonYears == head->horizonYears && row.value
                && row.status != risk::Status::Refused)
                v = row.value;
        }
        const qreal x = static_cast<qreal>(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
        if (v) {
            risk->append(x, *v);
            riskMax = std::max(riskMax, *v);
        } else {
            ++refused;
        }
        const std::optional<double> in = s.get(input);
        if (in && s.dates[clinical::index(input)] == date) {
            values->append(x, *in);
            valueMin = std::min(valueMin, *in);
            valueMax = std::max(valueMax, *in);
        }
        rows << QStringList{Format::date(date),
                            v ? RiskFormat::value(*v, head->unit) : tr("cannot compute"),
                            in ? RiskFormat::variableValue(input, *in) : QString()};
    }
    caption()->setText(tr("%1 as of each of %n visit date(s), from the values known on that date.",
                          nullptr,
                          static_cast<int>(dates.size()))
                           .arg(RiskFormat::cardText(result->model->card().name))
                       + (refused > 0
                              ? QLatin1Char(' ')
                                    + tr("%n date(s) could not be scored (missing or out-of-range "
                                         "inputs then).",
                                         nullptr,
                                         refused)
                              : QString()));
    if (dates.empty()) {
        delete risk;
        delete values;
        showMessage(tr("No visits recorded yet."));
        return;
    }
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    c->addSeries(risk);
    c->addSeries(values);
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("yyyy"));
    axisX->setTickCount(std::min<int>(8, std::max<int>(2, static_cast<int>(dates.size()))));
    const QDate first = dates.front().addMonths(-3);
    const QDate last = dates.back().addMonths(3);
    axisX->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(0, 0)));
    c->addAxis(axisX, Qt::AlignBottom);
    risk->attachAxis(axisX);
    values->attachAxis(axisX);
    auto *axisRisk = new QValueAxis;
    axisRisk->setRange(0, riskMax * 1.2);
    axisRisk->setTitleText(RiskFormat::unit(head->unit));
    axisRisk->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(axisRisk, Qt::AlignLeft);
    risk->attachAxis(axisRisk);
    auto *axisValue = new QValueAxis;
    if (valueMin > valueMax) {
        valueMin = 0;
        valueMax = 1;
    }
    const double pad = std::max(1.0, (valueMax - valueMin) * 0.15);
    axisValue->setRange(std::max(0.0, valueMin - pad), valueMax + pad);
    axisValue->setTitleText(RiskFormat::unit(QString(clinical::varInfo(input).unit)));
    axisValue->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(axisValue, Qt::AlignRight);
    values->attachAxis(axisValue);
    setTable({tr("Date"), tr("Risk"), RiskFormat::variable(input)}, rows);
}

} // namespace precis::ui
