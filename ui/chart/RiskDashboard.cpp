// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/RiskDashboard.h"

#include "ui/Format.h"
#include "ui/chart/AssessmentPayload.h"
#include "ui/chart/ComparisonPanel.h"
#include "ui/chart/ContributionPanel.h"
#include "ui/chart/ModelCatalog.h"
#include "ui/chart/RiskCard.h"
#include "ui/chart/TalkPanel.h"
#include "ui/chart/TrendPanel.h"
#include "ui/chart/WhatIfPanel.h"
#include "ui/session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace precis::ui {

RiskDashboard::RiskDashboard(const risk::RiskRegistry &registry, QWidget *parent)
    : QWidget(parent), m_registry(registry)
{
    setObjectName(QStringLiteral("riskDashboard"));
    m_state.registry = &m_registry;

    m_regionCombo = new QComboBox(this);
    m_regionCombo->setObjectName(QStringLiteral("guidelineRegionCombo"));
    m_regionCombo->setAccessibleName(tr("Guideline region"));
    for (store::GuidelineRegion r :
         {store::GuidelineRegion::Us, store::GuidelineRegion::Uk, store::GuidelineRegion::Europe})
        m_regionCombo->addItem(ModelCatalog::regionName(r), static_cast<int>(r));
    m_regionCombo->setToolTip(tr("The clinic's guideline: its models are shown first. Changing "
                                 "it changes it for every user of this vault (physicians "
                                 "only)."));
    auto *regionLabel = new QLabel(tr("&Guideline:"), this);
    regionLabel->setBuddy(m_regionCombo);
    m_showAll = new QCheckBox(tr("Show &all models"), this);
    m_showAll->setObjectName(QStringLiteral("showAllModelsCheck"));
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("dashboardAsOfLabel"));
    m_asOf->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_record = new QPushButton(tr("&Record Assessment"), this);
    m_record->setObjectName(QStringLiteral("recordAssessmentButton"));
    m_record->setToolTip(tr("Store the models, versions, exact inputs and results shown here in "
                            "the patient's chart, signed with your name (physicians)."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatusLabel"));
    m_status->setWordWrap(true);

    // Two groups on one line; resizeEvent() puts the second under the first when both do not
    // fit (a small window at a large font size, or long German words).
    m_barLeft = new QHBoxLayout;
    m_barLeft->addWidget(regionLabel);
    m_barLeft->addWidget(m_regionCombo);
    m_barLeft->addSpacing(12);
    m_barLeft->addWidget(m_showAll);
    m_barLeft->addStretch(1);
    m_barRight = new QHBoxLayout;
    m_barRight->addStretch(1);
    m_barRight->addWidget(m_asOf);
    m_barRight->addSpacing(12);
    m_barRight->addWidget(m_record);
    m_bar = new QBoxLayout(QBoxLayout::LeftToRight);
    m_bar->setContentsMargins(12, 8, 12, 4);
    m_bar->addLayout(m_barLeft, 1);
    m_bar->addLayout(m_barRight);
    auto *bar = m_bar;

    m_cardHost = new QWidget;
    m_cardHost->setObjectName(QStringLiteral("riskCardHost"));
    m_cardLayout = new QVBoxLayout(m_cardHost);
    m_cardLayout->setContentsMargins(12, 4, 12, 12);
    m_cardLayout->setSpacing(8);
    m_cardScroll = new QScrollArea(this);
    m_cardScroll->setObjectName(QStringLiteral("riskCardScroll"));
    m_cardScroll->setWidgetResizable(true);
    m_cardScroll->setFrameShape(QFrame::NoFrame);
    m_cardScroll->setWidget(m_cardHost);
    m_cardScroll->setMinimumWidth(320);
    // Cards wrap their text to the column; a sideways scroll bar would hide half a number.
    m_cardScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardScroll->viewport()->installEventFilter(this);

    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("dashboardChartTabs"));
    m_contributions = new ContributionPanel(m_charts);
    m_whatIf = new WhatIfPanel(m_charts);
    m_trend = new TrendPanel(m_charts);
    m_talk = new TalkPanel(m_charts);
    m_comparison = new ComparisonPanel(m_charts);
    // Each panel scrolls rather than shrinking its chart below a readable height (a small
    // window at a large font size left a chart of axis labels reduced to "...").
    const auto scrollable = [this](QWidget *panel) {
        auto *area = new QScrollArea(m_charts);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidgetResizable(true);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        panel->setMinimumHeight(380);
        area->setWidget(panel);
        return area;
    };
    m_charts->addTab(scrollable(m_contributions), tr("C&ontributions"));
    m_charts->addTab(scrollable(m_whatIf), tr("&What-if"));
    m_charts->addTab(scrollable(m_trend), tr("T&rend"));
    m_charts->addTab(scrollable(m_talk), tr("&100 People"));
    m_charts->addTab(scrollable(m_comparison), tr("&Compare Models"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("dashboardSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_cardScroll);
    split->addWidget(m_charts);
    // The charts' own size hints would otherwise squeeze the cards to their minimum.
    m_charts->setMinimumWidth(380);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);
    split->setSizes({500, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_showAll, &QCheckBox::toggled, this, &RiskDashboard::rebuildCards);
    connect(m_regionCombo, &QComboBox::activated, this, &RiskDashboard::onRegionChosen);
    connect(m_record, &QPushButton::clicked, this, &RiskDashboard::recordAssessment);
}

void RiskDashboard::showChart(QWidget *panel)
{
    for (int i = 0; i < m_charts->count(); ++i) {
        auto *area = qobject_cast<QScrollArea *>(m_charts->widget(i));
        if (area != nullptr && area->widget() == panel)
            m_charts->setCurrentIndex(i);
    }
}

void RiskDashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QMargins m = m_bar->contentsMargins();
    const int needed = m_barLeft->minimumSize().width() + m_barRight->minimumSize().width()
                       + m_bar->spacing() + m.left() + m.right();
    m_bar->setDirection(width() < needed ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

bool RiskDashboard::eventFilter(QObject *watched, QEvent *event)
{
    // Never wider than the column: the cards' labels wrap instead of running under the edge.
    if (watched == m_cardScroll->viewport() && event->type() == QEvent::Resize)
        m_cardHost->setMaximumWidth(m_cardScroll->viewport()->width());
    return QWidget::eventFilter(watched, event);
}

void RiskDashboard::setChart(Session *session, const ChartHistory *history)
{
    m_session = session;
    m_state.history = history;
    m_status->clear();
    m_status->hide();
    if (auto region = session->guidelineRegion())
        m_region = *region;
    m_regionCombo->setCurrentIndex(m_regionCombo->findData(static_cast<int>(m_region)));
    const QDate today = QDate::currentDate();
    // The vault's own snapshot (an audited read), derived as every caller of the models does.
    auto snapshot = session->snapshot(history->patient.id, today);
    m_state.snapshot = snapshot ? *snapshot : history->snapshotAsOf(today);
    if (snapshot)
        m_state.derivation = clinical::deriveMissing(m_state.snapshot);
    m_state.evaluateAll();
    m_asOf->setText(tr("Values as of %1").arg(Format::date(today)));
    const bool physician = session->user().has(store::Role::Physician);
    m_record->setVisible(physician);
    m_regionCombo->setEnabled(physician);
    // The first primary model with a result leads the charts.
    m_state.selectedModel.clear();
    for (const QString &id : ModelCatalog::primaryModels(m_region)) {
        const ModelResult *r = m_state.result(id);
        if (r && r->headline()) {
            m_state.selectedModel = id;
            break;
        }
    }
    rebuildCards();
    selectModel(m_state.selectedModel);
}

void RiskDashboard::clear()
{
    m_session = nullptr;
    m_state.history = nullptr;
    m_state.results.clear();
    m_state.snapshot = {};
    m_state.selectedModel.clear();
    for (RiskCard *c : m_cards)
        c->deleteLater();
    m_cards.clear();
    while (QLayoutItem *item = m_cardLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_contributions->update(m_state);
    m_talk->update(m_state);
    m_comparison->update(m_state);
    m_whatIf->update(m_state);
    m_asOf->clear();
    m_status->clear();
}

RiskCard *RiskDashboard::card(const QString &modelId) const
{
    for (RiskCard *c : m_cards) {
        if (c->modelId() == modelId)
            return c;
    }
    return nullptr;
}

void RiskDashboard::rebuildCards()
{
    for (RiskCard *c : m_cards)
        c->deleteLater();
    m_cards.clear();
    while (QLayoutItem *item = m_cardLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    const QStringList primary = ModelCatalog::primaryModels(m_region);
    // Primary models in the guideline's order, then the rest in registry order; grouped by area.
    std::vector<const ModelResult *> ordered;
    for (const QString &id : primary) {
        if (const ModelResult *r = m_state.result(id))
            ordered.push_back(r);
    }
    int hidden = 0;
    for (const ModelResult &r : m_state.results) {
        if (primary.contains(r.model->card().id))
            continue;
        if (m_showAll->isChecked())
            ordered.push_back(&r);
        else
            ++hidden;
    }
    m_showAll->setText(hidden > 0 ? tr("Show &all models (%n more)", nullptr, hidden)
                                  : tr("Show &all models"));
    for (ClinicalArea area : {ClinicalArea::Cardiovascular,
                              ClinicalArea::Kidney,
                              ClinicalArea::Diabetes,
                              ClinicalArea::AtrialFibrillation,
                              ClinicalArea::Other}) {
        bool heading = false;
        for (const ModelResult *r : ordered) {
            if (ModelCatalog::area(r->model->card().id) != area)
                continue;
            if (!heading) {
                auto *h = new QLabel(ModelCatalog::areaName(area), m_cardHost);
                h->setObjectName(QStringLiteral("riskAreaHeading"));
                h->setProperty("areaHeading", true);
                m_cardLayout->addWidget(h);
                heading = true;
            }
            auto *card = new RiskCard(*r->model, r->evaluation, m_state.snapshot, m_cardHost);
            connect(card, &RiskCard::selected, this, &RiskDashboard::selectModel);
            connect(card, &RiskCard::fieldRequested, this, &RiskDashboard::fieldRequested);
            m_cardLayout->addWidget(card);
            m_cards.push_back(card);
        }
    }
    m_cardLayout->addStretch(1);
    for (RiskCard *c : m_cards)
        c->setSelected(c->modelId() == m_state.selectedModel);
}

void RiskDashboard::selectModel(const QString &modelId)
{
    m_state.selectedModel = modelId;
    for (RiskCard *c : m_cards)
        c->setSelected(c->modelId() == modelId);
    m_contributions->update(m_state);
    m_whatIf->update(m_state);
    m_trend->update(m_state);
    m_talk->update(m_state);
    m_comparison->update(m_state);
}

void RiskDashboard::onRegionChosen(int index)
{
    const auto region = static_cast<store::GuidelineRegion>(m_regionCombo->itemData(index).toInt());
    if (region == m_region || !m_session)
        return;
    if (auto r = m_session->setGuidelineRegion(region); !r) {
        m_regionCombo->setCurrentIndex(m_regionCombo->findData(static_cast<int>(m_region)));
        m_status->setText(r.error().code == ErrorCode::Permission
                              ? tr("Only a physician can change the clinic's guideline.")
                              : tr("The guideline could not be saved in the vault."));
        m_status->show();
        return;
    }
    m_region = region;
    rebuildCards();
}

QByteArray RiskDashboard::assessmentPayload() const
{
    return assessmentJson(m_state, store::guidelineRegionToken(m_region));
}

void RiskDashboard::recordAssessment()
{
    if (!m_session || !m_state.history)
        return;
    const auto answer = QMessageBox::question(
        this,
        tr("Record Assessment"),
        tr("Record the %n model result(s) shown, with their exact inputs, in this patient's "
           "chart under your name?",
           nullptr,
           static_cast<int>(m_state.results.size())));
    if (answer != QMessageBox::Yes)
        return;
    auto id = m_session->recordAssessment(
        m_state.history->patient.id, m_state.snapshot.asOf, assessmentPayload());
    if (!id) {
        m_status->setText(id.error().code == ErrorCode::Permission
                              ? tr("Only a physician can record an assessment.")
                              : tr("The assessment could not be recorded. Nothing was saved."));
        m_status->setProperty("error", true);
        m_status->show();
        return;
    }
    m_status->setProperty("error", false);
    m_status->setText(tr("Assessment recorded."));
    m_status->show();
    Q_EMIT assessmentRecorded();
}

} // namespace precis::ui
