// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/TalkPanel.h"

#include "ui/chart/DashboardState.h"
#include "ui/chart/IconArray.h"
#include "ui/chart/ModelCatalog.h"
#include "ui/chart/RiskFormat.h"

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace precis::ui {

TalkPanel::TalkPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("talkPanel"));
    setAccessibleName(tr("Risk as 100 people"));
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("talkSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sentence->setFocusPolicy(Qt::StrongFocus);
    m_icons = new IconArray(this);
    m_basis = new QLabel(this);
    m_basis->setObjectName(QStringLiteral("talkBasis"));
    m_basis->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_sentence);
    layout->addWidget(m_icons, 1);
    layout->addWidget(m_basis);
}

QString TalkPanel::sentence() const
{
    return m_sentence->text();
}

void TalkPanel::update(const DashboardState &state)
{
    const ModelResult *result = state.selected();
    const risk::OutcomeRow *head = result ? result->headline() : nullptr;
    const QString event = head ? ModelCatalog::outcomeEvent(head->outcome) : QString();
    if (!head || event.isEmpty() || head->unit != QLatin1String("%") || !head->horizonYears) {
        m_icons->setAffected(0);
        m_icons->hide();
        m_sentence->setText(tr("Select a risk card that gives a percentage over a number of "
                               "years to show it as 100 people."));
        m_basis->clear();
        return;
    }
    m_icons->show();
    const int people = static_cast<int>(std::lround(*head->value));
    m_icons->setAffected(people);
    if (people == 0) {
        m_sentence->setText(tr("Of 100 people like you, fewer than 1 %1 in the next %n year(s).",
                               nullptr,
                               *head->horizonYears)
                                .arg(event));
    } else {
        //: %1 number of people of 100; %2 what happens to them; %n years
        m_sentence->setText(tr("Of 100 people like you, about %1 %2 in the next %n year(s).",
                               nullptr,
                               *head->horizonYears)
                                .arg(people)
                                .arg(event));
    }
    m_icons->setAccessibleName(m_sentence->text());
    m_basis->setText(tr("Filled figures: people who have the event. Source: %1, version %2.")
                         .arg(RiskFormat::cardText(result->model->card().name),
                              result->evaluation.modelVersion));
}

} // namespace precis::ui
