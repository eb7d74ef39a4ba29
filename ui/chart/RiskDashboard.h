// SPDX-License-Identifier: GPL-3.0-or-later
// The Summary view of a patient's chart: a risk card for every model, grouped by clinical area
// with the clinic's primary guideline models first (the others one click away), and the charts
// for the selected card: contributions, what-if, trend, 100 people, and the models side by side.
#pragma once

#include "core/store/ClinicSettings.h"
#include "ui/chart/DashboardState.h"

#include <QWidget>

#include <memory>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QVBoxLayout;

namespace precis::ui {

class ComparisonPanel;
class ContributionPanel;
class RiskCard;
class Session;
class TalkPanel;
class TrendPanel;
class WhatIfPanel;

class RiskDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit RiskDashboard(const risk::RiskRegistry &registry, QWidget *parent = nullptr);

    /// Scores every model on the chart's current snapshot and rebuilds the cards and charts.
    void setChart(Session *session, const ChartHistory *history);
    /// Removes every card and chart (lock, chart closed).
    void clear();

    [[nodiscard]] const DashboardState &state() const { return m_state; }
    [[nodiscard]] RiskCard *card(const QString &modelId) const;
    void selectModel(const QString &modelId);
    [[nodiscard]] QTabWidget *chartTabs() const { return m_charts; }
    /// Selects the tab that shows `panel` (each panel sits in a scroll area of its tab).
    void showChart(QWidget *panel);
    [[nodiscard]] WhatIfPanel *whatIf() const { return m_whatIf; }
    [[nodiscard]] TalkPanel *talk() const { return m_talk; }
    [[nodiscard]] QPushButton *recordButton() const { return m_record; }
    /// The JSON payload of "Record assessment": models, versions, exact inputs and results.
    [[nodiscard]] QByteArray assessmentPayload() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void fieldRequested(clinical::Var var);
    void assessmentRecorded();

private:
    void rebuildCards();
    void recordAssessment();
    void onRegionChosen(int index);

    const risk::RiskRegistry &m_registry;
    Session *m_session = nullptr;
    DashboardState m_state;
    store::GuidelineRegion m_region = store::GuidelineRegion::Us;

    QBoxLayout *m_bar = nullptr;
    QHBoxLayout *m_barLeft = nullptr;
    QHBoxLayout *m_barRight = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QCheckBox *m_showAll = nullptr;
    QLabel *m_asOf = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_record = nullptr;
    QScrollArea *m_cardScroll = nullptr;
    QWidget *m_cardHost = nullptr;
    QVBoxLayout *m_cardLayout = nullptr;
    std::vector<RiskCard *> m_cards;
    QTabWidget *m_charts = nullptr;
    ContributionPanel *m_contributions = nullptr;
    WhatIfPanel *m_whatIf = nullptr;
    TrendPanel *m_trend = nullptr;
    TalkPanel *m_talk = nullptr;
    ComparisonPanel *m_comparison = nullptr;
};

} // namespace precis::ui
