// SPDX-License-Identifier: GPL-3.0-or-later
// A patient's chart: a header that never scrolls away (name, record number, age, sex, date of
// birth, allergies and current medications in short, the signed-in user) above the views
// Summary (the risk dashboard), Intake, Timeline, Options (treatment options and decisions) and
// Genomics (pharmacogenomic results, VCF import).
// Every view shown is an audited read.
#pragma once

#include "core/risk/RiskRegistry.h"
#include "core/store/ChartRecords.h"
#include "core/store/Genotypes.h"
#include "ui/chart/ChartHistory.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace precis::ui {

class GenomicsView;
class IntakeWidget;
class OptionsView;
class RiskDashboard;
class Session;
class TimelineWidget;

class PatientChartWidget : public QWidget
{
    Q_OBJECT
public:
    enum class View { Summary, Intake, Timeline, Options, Genomics };

    PatientChartWidget(const risk::RiskRegistry &registry, QWidget *parent = nullptr);

    /// Opens the patient's chart (audited). False with the reason shown when it cannot be read.
    bool open(Session *session, qint64 patientId);
    /// Empties every view: nothing of the patient stays on screen (lock, back to the list).
    void clear();
    [[nodiscard]] qint64 patientId() const { return m_history.patient.id; }
    [[nodiscard]] bool isOpen() const { return m_session != nullptr; }
    void showView(View view);
    /// Asks about unsaved intake; true when the chart may be left.
    bool confirmLeave();

    [[nodiscard]] RiskDashboard *dashboard() const { return m_dashboard; }
    [[nodiscard]] IntakeWidget *intake() const { return m_intake; }
    [[nodiscard]] TimelineWidget *timeline() const { return m_timeline; }
    [[nodiscard]] OptionsView *options() const { return m_options; }
    [[nodiscard]] GenomicsView *genomics() const { return m_genomics; }
    [[nodiscard]] QTabWidget *views() const { return m_views; }
    [[nodiscard]] const ChartHistory &history() const { return m_history; }

Q_SIGNALS:
    void backRequested();
    /// Patient details changed (a save): the list may need refreshing.
    void chartChanged();

private:
    bool reload();
    void updateHeader();
    void onViewChanged(int index);
    // By value: the dialogs below run an event loop in which the timeline may be refilled.
    void correct(store::TimelineEntry entry);
    void showAssessment(qint64 assessmentId);
    /// The stored pharmacogenomic results (an audited read); empty when they cannot be read.
    std::vector<store::StoredGenotype> readGenotypes();

    const risk::RiskRegistry &m_registry;
    Session *m_session = nullptr;
    ChartHistory m_history;
    store::PatientDetails m_details;

    QWidget *m_header = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_allergies = nullptr;
    QLabel *m_medications = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_views = nullptr;
    RiskDashboard *m_dashboard = nullptr;
    IntakeWidget *m_intake = nullptr;
    TimelineWidget *m_timeline = nullptr;
    OptionsView *m_options = nullptr;
    GenomicsView *m_genomics = nullptr;
};

} // namespace precis::ui
