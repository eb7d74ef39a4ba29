// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineWidget.h"

#include "core/clinical/Variable.h"
#include "ui/Format.h"
#include "ui/chart/RiskFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace precis::ui {

using Kind = store::TimelineEntry::Kind;

namespace {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Observation:
        return TimelineWidget::tr("Observation");
    case Kind::Correction:
        return TimelineWidget::tr("Correction");
    case Kind::Medication:
        return TimelineWidget::tr("Medication");
    case Kind::Allergy:
        return TimelineWidget::tr("Allergy or intolerance");
    case Kind::SafetyFact:
        return TimelineWidget::tr("Safety fact");
    case Kind::Assessment:
        return TimelineWidget::tr("Assessment");
    case Kind::Patient:
        return TimelineWidget::tr("Patient record");
    }
    return {};
}

QString whatName(const store::TimelineEntry &e)
{
    if (e.kind == Kind::Observation || e.kind == Kind::Correction) {
        if (auto var = clinical::varByName(QLatin1StringView(e.what.toLatin1())))
            return RiskFormat::variable(*var);
    }
    return e.what;
}

/// An observation's value in the reader's language: words for flags and categories, numbers
/// in the locale's notation (at most two decimals: a derived SD has many) with
/// the unit as people write it.
QString shownValue(const store::TimelineEntry &e,
                   const std::optional<double> &number,
                   const QString &unit,
                   const QString &fallback)
{
    const auto var = clinical::varByName(QLatin1StringView(e.what.toLatin1()));
    if (!number || !var)
        return fallback;
    if (clinical::varInfo(*var).kind != clinical::VarKind::Number)
        return RiskFormat::variableValue(*var, *number);
    // Two decimals at most, trailing zeros dropped: 2.12132 (an SD) -> 2.12, 1.84 stays 1.84,
    // 100000 stays 100000 (never an exponent).
    const double rounded = std::round(*number * 100.0) / 100.0;
    const QString digits = QLocale().toString(rounded, 'f', QLocale::FloatingPointShortest);
    return unit.isEmpty() ? digits : QStringLiteral("%1 %2").arg(digits, RiskFormat::unit(unit));
}

QString dateTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    if (local.time() == QTime(0, 0))
        return Format::date(local.date());
    return QStringLiteral("%1 %2").arg(Format::date(local.date()),
                                       QLocale().toString(local.time(), QLocale::ShortFormat));
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineWidget"));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("timelineKindFilter"));
    m_filter->addItem(tr("Everything"), -1);
    for (Kind k : {Kind::Observation,
                   Kind::Correction,
                   Kind::Medication,
                   Kind::Allergy,
                   Kind::SafetyFact,
                   Kind::Assessment,
                   Kind::Patient})
        m_filter->addItem(kindName(k), static_cast<int>(k));
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("timelineCountLabel"));

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setAccessibleName(tr("Chart timeline"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("When"),
                                        tr("Kind"),
                                        tr("What"),
                                        tr("Value"),
                                        tr("Earlier value"),
                                        tr("Entered by"),
                                        tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    connect(
        m_table, &QTableWidget::cellActivated, this, [this](int row, int) { onActivated(row); });

    auto *correct = new QPushButton(tr("&Correct Value..."), this);
    correct->setObjectName(QStringLiteral("timelineCorrectButton"));
    correct->setToolTip(tr("Record a corrected value with a reason; the earlier value stays "
                           "visible here."));
    connect(correct, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= static_cast<int>(m_shown.size()))
            return;
        const store::TimelineEntry &e
            = m_entries[static_cast<std::size_t>(m_shown[static_cast<std::size_t>(row)])];
        if ((e.kind == Kind::Observation || e.kind == Kind::Correction) && !e.superseded)
            Q_EMIT correctionRequested(e);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(correct);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TimelineWidget::refill);
}

void TimelineWidget::setEntries(std::vector<store::TimelineEntry> entries)
{
    m_entries = std::move(entries);
    refill();
}

void TimelineWidget::clear()
{
    m_entries.clear();
    m_shown.clear();
    m_table->setRowCount(0);
    m_count->clear();
}

void TimelineWidget::refill()
{
    const int kind = m_filter->currentData().toInt();
    m_shown.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (kind < 0 || static_cast<int>(m_entries[i].kind) == kind)
            m_shown.push_back(static_cast<int>(i));
    }
    m_table->setRowCount(static_cast<int>(m_shown.size()));
    for (int r = 0; r < static_cast<int>(m_shown.size()); ++r) {
        const store::TimelineEntry &e
            = m_entries[static_cast<std::size_t>(m_shown[static_cast<std::size_t>(r)])];
        const QStringList cells{dateTime(e.when),
                                kindName(e.kind),
                                whatName(e),
                                shownValue(e, e.number, e.unit, e.value),
                                shownValue(e, e.previousNumber, e.previousUnit, e.previousValue),
                                tr("%1, %2").arg(e.recordedBy, dateTime(e.recordedAt)),
                                e.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (e.superseded) {
                QFont f = item->font();
                f.setStrikeOut(true);
                item->setFont(f);
                item->setToolTip(tr("Superseded by a correction"));
            }
            m_table->setItem(r, c, item);
        }
    }
    fitColumns();
    m_count->setText(tr("%n entry(s)", nullptr, static_cast<int>(m_shown.size())));
}

void TimelineWidget::fitColumns()
{
    m_table->resizeColumnsToContents();
    // A rare long name (an assessment's summary, a medication) must not widen its column for
    // every row: "What" and "Value" are capped, their full text stays in the cell.
    for (const auto &[column, cap] : {std::pair{2, 260}, std::pair{3, 240}})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), cap));
    // When the contents are wider than the table, the "What" and "Value" columns give up the
    // difference (their text is elided, the full text stays in the cell), so that the reason of
    // a correction is never pushed out of sight behind a sideways scroll bar.
    // The table's own width, not its viewport's: a page not yet shown gets its viewport
    // geometry only when shown, while the layout has already set the table's size.
    const int available = m_table->width() - 2 * m_table->frameWidth()
                          - m_table->verticalScrollBar()->sizeHint().width();
    int overflow = m_table->horizontalHeader()->length() - available;
    for (int c : {2, 3}) {
        if (overflow <= 0)
            break;
        const int give = std::min(overflow, m_table->columnWidth(c) - 120);
        if (give > 0) {
            m_table->setColumnWidth(c, m_table->columnWidth(c) - give);
            overflow -= give;
        }
    }
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_table->rowCount() > 0)
        fitColumns();
}

void TimelineWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Sizes measured before the first show can be a few pixels off (the header is polished
    // only then): measure again.
    if (m_table->rowCount() > 0)
        fitColumns();
}

void TimelineWidget::onActivated(int row)
{
    if (row < 0 || row >= static_cast<int>(m_shown.size()))
        return;
    const store::TimelineEntry &e
        = m_entries[static_cast<std::size_t>(m_shown[static_cast<std::size_t>(row)])];
    if (e.kind == Kind::Assessment)
        Q_EMIT assessmentRequested(e.id);
}

} // namespace precis::ui
