// SPDX-License-Identifier: GPL-3.0-or-later
// A chart with its text alternative: the same numbers in a table, one key press away, so that
// every chart can be read with a screen reader or the keyboard alone.
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

namespace precis::ui {

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    ChartPanel(const QString &objectName, QWidget *parent = nullptr);

    [[nodiscard]] QChart *chart() const { return m_chart; }
    [[nodiscard]] QChartView *chartView() const { return m_view; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *caption() const { return m_caption; }
    /// Shows the table instead of the chart (and back).
    void showTable(bool table);
    [[nodiscard]] bool tableShown() const;
    /// Replaces the table's contents: a header row and rows of cells.
    void setTable(const QStringList &header, const QList<QStringList> &rows);
    /// Empties chart and table and shows `message` instead (e.g. why nothing can be drawn).
    void showMessage(const QString &message);

protected:
    /// Adds a widget between the caption and the chart (controls of what-if, trend choices).
    void addControls(QWidget *controls);

private:
    QLabel *m_caption = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_toggle = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace precis::ui
