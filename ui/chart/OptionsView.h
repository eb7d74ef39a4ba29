// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's Options view (issue #10, "For a patient"). For the open patient as of today, the
// option engine's rows grouped by (model, outcome, horizon), eligible ones ranked by absolute
// risk reduction, ineligible ones below them, greyed, with their reason; the selected row's
// evidence (guideline, class, level, citation, pharmacogenomic modifier) and decision history
// below, beside the therapy-impact chart of its group. A physician accepts, declines or defers
// the selected option (store::recordDecision, with the inputs it was derived from); for anyone
// else the buttons are disabled with the reason, and core refuses anyway. Tumour-guided options
// (therapy/TumourOptions.h, from the newest stored tumour match) form a group of their own
// below, decided the same way and stored with the tumour knowledge version.
#pragma once

#include "core/risk/RiskRegistry.h"
#include "core/store/ChartRecords.h"
#include "core/store/Decisions.h"
#include "core/therapy/ChartContext.h"
#include "core/therapy/OptionEngine.h"
#include "core/therapy/TumourOptions.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace precis::ui {

class Session;
class TherapyImpactPanel;

/// The chart's records as the option engine's inputs: current medications, allergies and
/// intolerances, safety facts, and `snapshot` (already derived, as the dashboard scores it).
[[nodiscard]] therapy::ChartFacts chartFacts(const store::PatientDetails &details,
                                             const clinical::Snapshot &snapshot);

class OptionsView : public QWidget
{
    Q_OBJECT
public:
    /// Tree columns.
    enum Column { Rank, Option, Eligible, Arr, Nnt, Guideline, Pgx, Decision, Reason, ColumnCount };
    /// Item data role carrying the option id ("statin_high", "review:simvastatin").
    static constexpr int OptionIdRole = Qt::UserRole + 1;

    explicit OptionsView(const risk::RiskRegistry &registry, QWidget *parent = nullptr);

    /// Where decisions are read from and recorded (the chart's session and patient); nullptr
    /// shows the options without decisions. Call before setFacts.
    void setDecisionSession(Session *session, qint64 patientId);
    /// Runs the engine for `facts` as of `asOf` and shows the rows with their latest decisions.
    void setFacts(const therapy::ChartFacts &facts, QDate asOf);
    void clear();

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QPushButton *decisionButton(store::Decision decision) const;
    [[nodiscard]] TherapyImpactPanel *impactPanel() const { return m_impact; }
    /// Every decision on the patient read with the rows, newest first.
    [[nodiscard]] const std::vector<store::RecordedDecision> &decisionHistory() const
    {
        return m_history;
    }

private:
    void showDetails();
    void updateButtons();
    void updateDecisionColumn();
    void showImpact(std::size_t rowIndex);
    /// Asks for the reason and records `decision` on the selected option.
    void decide(store::Decision decision);
    void readDecisions();
    /// Appends the tumour-guided rows of the patient's stored tumour match to m_rows.
    void readTumourOptions();
    /// The tumour group of the tree (after the engine's groups); returns its first row.
    QTreeWidgetItem *addTumourGroup();
    [[nodiscard]] const therapy::TumourOption *tumourOption(std::size_t rowIndex) const;
    [[nodiscard]] const store::RecordedDecision *latestDecision(const QString &optionId) const;
    [[nodiscard]] QString optionName(const therapy::OptionRow &row) const;
    [[nodiscard]] static QStringList reasonTexts(const therapy::OptionRow &row);
    [[nodiscard]] static QStringList pgxTexts(const therapy::OptionRow &row);

    const risk::RiskRegistry &m_registry;
    std::optional<therapy::KnowledgeBase> m_kb;
    std::vector<therapy::OptionRow> m_rows;
    therapy::ChartFacts m_facts;
    therapy::PatientContext m_context;
    Session *m_session = nullptr;
    qint64 m_patientId = 0;
    std::vector<store::RecordedDecision> m_history;
    /// What the tumour rows were derived from (none without a stored tumour match).
    struct TumourState
    {
        QString tumourType;
        QString knowledgeVersion;
        QByteArray inputs; ///< therapy::tumourInputsToJson of the stored match
        std::vector<therapy::TumourOption> options;
    };
    std::optional<TumourState> m_tumour;
    std::size_t m_tumourStart = 0; ///< m_rows[m_tumourStart..] are the tumour rows

    QLabel *m_heading = nullptr;
    QLabel *m_note = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_decisionStatus = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_defer = nullptr;
    TherapyImpactPanel *m_impact = nullptr;
};

} // namespace precis::ui
