// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/WhatIfPanel.h"

#include "core/risk/WhatIf.h"
#include "ui/chart/ChartPalette.h"
#include "ui/chart/DashboardState.h"
#include "ui/chart/RiskFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace precis::ui {

using clinical::Var;

namespace {

// Smoking codes of core/clinical/Variable.h: 0 never, 1 former, 2..5 current.
constexpr double kFormer = 1;
constexpr double kFirstCurrent = 2;

QDoubleSpinBox *spin(QWidget *parent,
                     const char *name,
                     double min,
                     double max,
                     double step,
                     int decimals,
                     const QString &suffix)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(min, max);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    s->setKeyboardTracking(false);
    s->setAccelerated(true);
    return s;
}

} // namespace

WhatIfPanel::WhatIfPanel(QWidget *parent) : ChartPanel(QStringLiteral("whatIfPanel"), parent)
{
    setAccessibleName(tr("What-if"));
    auto *controls = new QWidget(this);
    auto *form = new QFormLayout(controls);
    form->setContentsMargins(0, 0, 0, 0);
    // Canonical units (Variable.h): mmHg, mg/dL, kg.
    m_sbp = spin(controls, "whatIfSbp", 80, 240, 5, 0, QStringLiteral(" mmHg"));
    m_tc = spin(controls, "whatIfTotalCholesterol", 80, 400, 5, 0, QStringLiteral(" mg/dL"));
    m_hdl = spin(controls, "whatIfHdl", 15, 150, 1, 0, QStringLiteral(" mg/dL"));
    m_weight = spin(controls, "whatIfWeight", 30, 250, 1, 1, QStringLiteral(" kg"));
    m_quit = new QCheckBox(tr("Stops smoking (becomes a former smoker)"), controls);
    m_quit->setObjectName(QStringLiteral("whatIfQuitSmoking"));
    form->addRow(tr("Systolic BP:"), m_sbp);
    form->addRow(tr("Total cholesterol:"), m_tc);
    form->addRow(tr("HDL cholesterol:"), m_hdl);
    form->addRow(tr("Weight:"), m_weight);
    form->addRow(QString(), m_quit);
    auto *reset = new QPushButton(tr("&Reset to Current Values"), controls);
    reset->setObjectName(QStringLiteral("whatIfReset"));
    connect(reset, &QPushButton::clicked, this, &WhatIfPanel::resetControls);
    m_result = new QLabel(controls);
    m_result->setObjectName(QStringLiteral("whatIfResult"));
    m_result->setWordWrap(true);
    form->addRow(reset);
    form->addRow(m_result);
    auto *note = new QLabel(tr("Treatments are not simulated here: a model's coefficient for "
                               "being treated is not the effect of starting treatment."),
                            controls);
    note->setObjectName(QStringLiteral("whatIfTreatmentNote"));
    note->setWordWrap(true);
    form->addRow(note);
    addControls(controls);

    for (QDoubleSpinBox *s : {m_sbp, m_tc, m_hdl, m_weight})
        connect(s, &QDoubleSpinBox::valueChanged, this, &WhatIfPanel::rescore);
    connect(m_quit, &QCheckBox::toggled, this, &WhatIfPanel::rescore);
}

void WhatIfPanel::update(const DashboardState &state)
{
    m_state = &state;
    resetControls();
}

void WhatIfPanel::resetControls()
{
    if (!m_state)
        return;
    m_resetting = true;
    const clinical::Snapshot &s = m_state->snapshot;
    const auto setFrom = [](QDoubleSpinBox *box, std::optional<double> v) {
        box->setEnabled(v.has_value());
        if (v)
            box->setValue(*v);
    };
    setFrom(m_sbp, s.get(Var::Sbp));
    setFrom(m_tc, s.get(Var::TotalCholesterol));
    setFrom(m_hdl, s.get(Var::HdlCholesterol));
    setFrom(m_weight, s.get(Var::Weight));
    const std::optional<double> smoking = s.get(Var::Smoking);
    m_quit->setChecked(false);
    m_quit->setEnabled(smoking && *smoking >= kFirstCurrent);
    m_resetting = false;
    rescore();
}

void WhatIfPanel::forgetSeries()
{
    // showMessage() deletes the chart's series and axes.
    m_series = nullptr;
    m_currentSet = nullptr;
    m_projectedSet = nullptr;
    m_axisX = nullptr;
    m_axisY = nullptr;
}

void WhatIfPanel::rescore()
{
    if (m_resetting || !m_state)
        return;
    m_projected.reset();
    const ModelResult *result = m_state->selected();
    const risk::OutcomeRow *head = result ? result->headline() : nullptr;
    if (!head) {
        caption()->setText(tr("Select a risk card with a result to explore what would change "
                              "it."));
        forgetSeries();
        showMessage(tr("No result to project."));
        return;
    }
    const clinical::Snapshot &s = m_state->snapshot;
    risk::WhatIfEdits edits;
    const auto changed = [](QDoubleSpinBox *box, std::optional<double> current) {
        // The spin box rounds to its decimals: only a value the user moved is an edit.
        return box->isEnabled() && current
               && std::abs(box->value() - *current) > 0.5 * std::pow(10.0, -box->decimals());
    };
    if (changed(m_sbp, s.get(Var::Sbp)))
        edits.sbp = m_sbp->value();
    if (changed(m_tc, s.get(Var::TotalCholesterol)))
        edits.totalCholesterol = m_tc->value();
    if (changed(m_hdl, s.get(Var::HdlCholesterol)))
        edits.hdlCholesterol = m_hdl->value();
    if (changed(m_weight, s.get(Var::Weight)))
        edits.weight = m_weight->value();
    if (m_quit->isEnabled() && m_quit->isChecked())
        edits.smoking = static_cast<int>(kFormer);

    auto whatIf = risk::runWhatIf(*result->model, s, edits, m_state->derivation);
    if (!whatIf) {
        forgetSeries();
        showMessage(tr("These values cannot be scored: %1")
                        .arg(RiskFormat::cardText(whatIf.error().detail)));
        return;
    }
    const risk::OutcomeRow *projected = nullptr;
    for (const risk::OutcomeRow &row : whatIf->whatIf.rows) {
        if (row.outcome == head->outcome && row.horizonYears == head->horizonYears)
            projected = &row;
    }
    const QString what = RiskFormat::horizon(head->horizonYears, head->unit);
    caption()->setText(tr("%1, %2: current values against the values set below.")
                           .arg(RiskFormat::cardText(result->model->card().name), what));
    if (!projected || !projected->value || projected->status == risk::Status::Refused) {
        const QString reason
            = projected ? RiskFormat::messages(*projected).join(QLatin1Char(' ')) : QString();
        m_result->setText(tr("The model cannot score these values. %1").arg(reason));
        forgetSeries();
        showMessage(m_result->text());
        return;
    }
    m_projected = *projected->value;
    const double delta = *projected->value - *head->value;
    m_result->setText(
        //: What-if result: current value -> projected value (change)
        tr("Current %1 \u2192 projected %2 (%3)")
            .arg(RiskFormat::value(*head->value, head->unit),
                 RiskFormat::value(*projected->value, head->unit),
                 QLocale().toString(delta, 'f', 1)));
    QStringList notes;
    for (const QString &n : whatIf->notes)
        notes << RiskFormat::cardText(n);
    notes << RiskFormat::messages(*projected);
    if (!notes.isEmpty())
        m_result->setText(m_result->text() + QStringLiteral("\n") + notes.join(QLatin1Char('\n')));

    // The series and axes are built once per model row and then only updated: rebuilding
    // them on every spin-box step made a what-if change cost more than its 50 ms budget.
    QChart *c = chart();
    const QString unit = RiskFormat::unit(head->unit);
    if (!m_series || m_axisX->categories() != QStringList{what} || m_axisY->titleText() != unit) {
        c->removeAllSeries();
        const auto axes = c->axes();
        for (QAbstractAxis *axis : axes) {
            c->removeAxis(axis);
            delete axis;
        }
        m_currentSet = new QBarSet(tr("Current"));
        m_currentSet->setColor(palette::kCurrent);
        m_currentSet->append(0);
        m_projectedSet = new QBarSet(tr("Projected"));
        m_projectedSet->setColor(palette::kProjected);
        m_projectedSet->setBrush(QBrush(palette::kProjected, Qt::Dense3Pattern));
        m_projectedSet->append(0);
        m_series = new QBarSeries;
        m_series->append(m_currentSet);
        m_series->append(m_projectedSet);
        m_series->setLabelsVisible(true);
        m_series->setLabelsFormat(QStringLiteral("@value"));
        m_series->setLabelsPrecision(3);
        c->addSeries(m_series);
        m_axisX = new QBarCategoryAxis;
        m_axisX->append(what);
        c->addAxis(m_axisX, Qt::AlignBottom);
        m_series->attachAxis(m_axisX);
        m_axisY = new QValueAxis;
        m_axisY->setTitleText(unit);
        c->addAxis(m_axisY, Qt::AlignLeft);
        m_series->attachAxis(m_axisY);
    }
    m_currentSet->replace(0, *head->value);
    m_projectedSet->replace(0, *projected->value);
    m_axisY->setRange(0, std::max({*head->value, *projected->value, 1.0}) * 1.25);
    setTable({tr("Scenario"), tr("Value")},
             {{tr("Current"), RiskFormat::value(*head->value, head->unit)},
              {tr("Projected"), RiskFormat::value(*projected->value, head->unit)}});
}

} // namespace precis::ui
