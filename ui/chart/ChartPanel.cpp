// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace precis::ui {

ChartPanel::ChartPanel(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    m_caption = new QLabel(this);
    m_caption->setObjectName(objectName + QStringLiteral("Caption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chart = new QChart;
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);

    m_table = new QTableWidget(this);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Chart values as a table"));

    m_message = new QLabel(this);
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_message);

    // Alt+B, not Alt+T: Alt+T opens the chart's Timeline tab.
    m_toggle = new QPushButton(tr("Show as Ta&ble"), this);
    m_toggle->setObjectName(objectName + QStringLiteral("TableToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("The chart's numbers as a table (for screen readers and keyboard)"));
    connect(m_toggle, &QPushButton::toggled, this, &ChartPanel::showTable);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(6);
    m_layout->addWidget(m_caption);
    m_layout->addWidget(m_stack, 1);
    auto *toggleRow = new QHBoxLayout;
    toggleRow->addStretch(1);
    toggleRow->addWidget(m_toggle);
    m_layout->addLayout(toggleRow);
}

void ChartPanel::addControls(QWidget *controls)
{
    m_layout->insertWidget(1, controls);
}

void ChartPanel::showTable(bool table)
{
    if (m_stack->currentWidget() == m_message)
        return;
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_view);
    m_toggle->setText(table ? tr("Show as &Chart") : tr("Show as Ta&ble"));
    if (m_toggle->isChecked() != table)
        m_toggle->setChecked(table);
}

bool ChartPanel::tableShown() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartPanel::setTable(const QStringList &header, const QList<QStringList> &rows)
{
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    }
    m_table->resizeColumnsToContents();
    m_toggle->setEnabled(true);
    m_stack->setCurrentWidget(m_toggle->isChecked() ? static_cast<QWidget *>(m_table) : m_view);
}

void ChartPanel::showMessage(const QString &message)
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_table->clear();
    m_table->setRowCount(0);
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_toggle->setEnabled(false);
}

} // namespace precis::ui
