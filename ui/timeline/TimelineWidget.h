// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's history: every observation, correction, medication, allergy, safety fact and
// recorded assessment, newest first, with who entered it, when, and a correction's reason.
#pragma once

#include "core/store/ChartRecords.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace precis::ui {

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setEntries(std::vector<store::TimelineEntry> entries);
    void clear();
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_filter; }

Q_SIGNALS:
    /// "Correct..." on an observation row.
    void correctionRequested(const store::TimelineEntry &entry);
    /// Double click on an assessment row: show it exactly as recorded.
    void assessmentRequested(qint64 assessmentId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refill();
    /// Columns sized to their contents, narrowed to the table's width where possible.
    void fitColumns();
    void onActivated(int row);

    std::vector<store::TimelineEntry> m_entries;
    std::vector<int> m_shown; ///< index into m_entries per table row
    QComboBox *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace precis::ui
