// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's Options view (issue #10, "For a patient"): read-only. For the open patient as of
// today, the option engine's rows grouped by (model, outcome, horizon), eligible ones ranked
// by absolute risk reduction, ineligible ones below them, greyed, with their reason; the
// selected row's evidence (guideline, class, level, citation, pharmacogenomic modifier) below.
#pragma once

#include "core/risk/RiskRegistry.h"
#include "core/store/ChartRecords.h"
#include "core/therapy/ChartContext.h"
#include "core/therapy/OptionEngine.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace precis::ui {

/// The chart's records as the option engine's inputs: current medications, allergies and
/// intolerances, safety facts, and `snapshot` (already derived, as the dashboard scores it).
[[nodiscard]] therapy::ChartFacts chartFacts(const store::PatientDetails &details,
                                             const clinical::Snapshot &snapshot);

class OptionsView : public QWidget
{
    Q_OBJECT
public:
    /// Tree columns.
    enum Column { Rank, Option, Eligible, Arr, Nnt, Guideline, Pgx, Reason, ColumnCount };
    /// Item data role carrying the option id ("statin_high", "review:simvastatin").
    static constexpr int OptionIdRole = Qt::UserRole + 1;

    explicit OptionsView(const risk::RiskRegistry &registry, QWidget *parent = nullptr);

    /// Runs the engine for `facts` as of `asOf` and shows the rows.
    void setFacts(const therapy::ChartFacts &facts, QDate asOf);
    void clear();

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }

private:
    void showDetails();

    const risk::RiskRegistry &m_registry;
    std::optional<therapy::KnowledgeBase> m_kb;
    std::vector<therapy::OptionRow> m_rows;

    QLabel *m_heading = nullptr;
    QLabel *m_note = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace precis::ui
