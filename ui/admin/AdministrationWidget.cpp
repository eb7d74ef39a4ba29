// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AdministrationWidget.h"

#include "ui/Format.h"
#include "ui/admin/AuditPanel.h"
#include "ui/admin/TaskRunner.h"
#include "ui/admin/UsersPanel.h"
#include "ui/admin/VaultPanel.h"
#include "ui/session/Session.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace precis::ui {

AdministrationWidget::AdministrationWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("administrationWidget"));
    m_runner = new TaskRunner(this);

    auto *title = new QLabel(tr("Administration"), this);
    title->setObjectName(QStringLiteral("administrationTitleLabel"));

    m_vaultLabel = new QLabel(this);
    m_vaultLabel->setObjectName(QStringLiteral("administrationVaultLabel"));
    m_vaultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vaultLabel->setWordWrap(true);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("administrationUserLabel"));
    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->setVerticalSpacing(2);
    auto *fileCaption = new QLabel(tr("Vault file"), this);
    fileCaption->setProperty("adminCaption", true);
    auto *userCaption = new QLabel(tr("Signed in"), this);
    userCaption->setProperty("adminCaption", true);
    facts->addWidget(fileCaption, 0, 0);
    facts->addWidget(m_vaultLabel, 0, 1);
    facts->addWidget(userCaption, 1, 0);
    facts->addWidget(m_userLabel, 1, 1);
    facts->setColumnStretch(1, 1);

    m_users = new UsersPanel(*m_runner, this);
    m_vault = new VaultPanel(*m_runner, this);
    m_audit = new AuditPanel(*m_runner, this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("administrationTabs"));
    m_pages->addTab(m_users, tr("&Users and Roles"));
    m_pages->addTab(m_vault, tr("&Backups and Keys"));
    m_pages->addTab(m_audit, tr("Audit &Trail"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addLayout(facts);
    layout->addWidget(m_pages, 1);

    connect(
        m_vault, &VaultPanel::idleTimeoutChanged, this, &AdministrationWidget::idleTimeoutChanged);
    connect(m_vault, &VaultPanel::lockRequested, this, &AdministrationWidget::lockRequested);
}

AdministrationWidget::~AdministrationWidget()
{
    m_runner->finish();
}

void AdministrationWidget::setSession(Session *session)
{
    if (session == nullptr)
        m_runner->finish();
    m_users->setSession(session);
    m_vault->setSession(session);
    m_audit->setSession(session);
    if (session == nullptr) {
        m_vaultLabel->clear();
        m_userLabel->clear();
        m_pages->setCurrentWidget(m_users);
        return;
    }
    m_vaultLabel->setText(QDir::toNativeSeparators(QFileInfo(session->path()).absoluteFilePath()));
    //: %1 user name, %2 roles
    m_userLabel->setText(
        tr("%1 (%2)").arg(session->user().name, Format::roles(session->user().roles)));
}

void AdministrationWidget::showPage(Page page)
{
    switch (page) {
    case Page::Users:
        m_pages->setCurrentWidget(m_users);
        break;
    case Page::Vault:
        m_pages->setCurrentWidget(m_vault);
        break;
    case Page::Audit:
        m_pages->setCurrentWidget(m_audit);
        break;
    }
}

} // namespace precis::ui
