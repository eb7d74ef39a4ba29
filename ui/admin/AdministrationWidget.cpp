// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AdministrationWidget.h"

#include "ui/Format.h"
#include "ui/PaddedItemDelegate.h"
#include "ui/session/Session.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace precis::ui {

AdministrationWidget::AdministrationWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("administrationWidget"));

    auto *title = new QLabel(tr("Administration"), this);
    title->setObjectName(QStringLiteral("administrationTitleLabel"));

    auto *vaultBox = new QGroupBox(tr("Vault"), this);
    m_vaultLabel = new QLabel(vaultBox);
    m_vaultLabel->setObjectName(QStringLiteral("administrationVaultLabel"));
    m_vaultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vaultLabel->setWordWrap(true);
    m_userLabel = new QLabel(vaultBox);
    m_userLabel->setObjectName(QStringLiteral("administrationUserLabel"));
    auto *vaultForm = new QFormLayout(vaultBox);
    vaultForm->addRow(tr("File"), m_vaultLabel);
    vaultForm->addRow(tr("Signed in"), m_userLabel);

    auto *lockBox = new QGroupBox(tr("Automatic Lock"), this);
    m_idleSpin = new QSpinBox(lockBox);
    m_idleSpin->setObjectName(QStringLiteral("idleTimeoutSpinBox"));
    // 1–30 minutes: the range the vault accepts (issue 3, item 4).
    m_idleSpin->setRange(1, 30);
    m_idleSpin->setSuffix(tr(" min"));
    m_idleSpin->setAccessibleName(tr("Lock after idle minutes"));
    m_applyButton = new QPushButton(tr("&Apply"), lockBox);
    m_applyButton->setObjectName(QStringLiteral("applyIdleTimeoutButton"));
    m_statusLabel = new QLabel(lockBox);
    m_statusLabel->setObjectName(QStringLiteral("administrationStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();
    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleSpin);
    idleRow->addWidget(m_applyButton);
    idleRow->addStretch(1);
    auto *lockForm = new QFormLayout(lockBox);
    lockForm->addRow(tr("Lock every workstation after"), idleRow);
    lockForm->addRow(m_statusLabel);

    auto *usersBox = new QGroupBox(tr("Users, Roles and Backups"), this);
    // The path is kept on one line; a wrap after "docs/" reads as two words.
    auto *usersText = new QLabel(
        tr("Users, roles, password resets, key rotation and backups are managed with "
           "precis-cli, which asks for your password again before each change. "
           "See %1 for the commands and which role may run them.")
            .arg(QStringLiteral("<span style=\"white-space:nowrap\">docs/CLI.md</span>")),
        usersBox);
    usersText->setTextFormat(Qt::RichText);
    usersText->setObjectName(QStringLiteral("administrationHintLabel"));
    usersText->setWordWrap(true);
    m_users = new QTableWidget(0, 2, usersBox);
    m_users->setObjectName(QStringLiteral("usersTableWidget"));
    m_users->setHorizontalHeaderLabels({tr("User"), tr("Roles")});
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setAlternatingRowColors(true);
    m_users->setShowGrid(false);
    m_users->verticalHeader()->hide();
    m_users->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->horizontalHeader()->resizeSection(0, 260);
    m_users->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_users->setMinimumHeight(160);
    m_users->setItemDelegate(new PaddedItemDelegate(m_users));
    m_usersError = new QLabel(usersBox);
    m_usersError->setObjectName(QStringLiteral("usersErrorLabel"));
    m_usersError->setWordWrap(true);
    m_usersError->hide();
    auto *usersLayout = new QVBoxLayout(usersBox);
    usersLayout->setSpacing(10);
    usersLayout->addWidget(m_users, 1);
    usersLayout->addWidget(m_usersError);
    usersLayout->addWidget(usersText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(vaultBox);
    layout->addWidget(lockBox);
    layout->addWidget(usersBox, 1);

    connect(m_applyButton, &QPushButton::clicked, this, &AdministrationWidget::applyIdleTimeout);
}

void AdministrationWidget::setSession(Session *session)
{
    m_session = session;
    m_statusLabel->clear();
    m_statusLabel->hide();
    m_users->setRowCount(0);
    m_usersError->hide();
    if (session == nullptr) {
        m_vaultLabel->clear();
        m_userLabel->clear();
        return;
    }
    auto users = session->listUsers();
    if (users) {
        m_users->setRowCount(static_cast<int>(users->size()));
        int row = 0;
        for (const store::UserInfo &u : *users) {
            m_users->setItem(row, 0, new QTableWidgetItem(u.name));
            m_users->setItem(row, 1, new QTableWidgetItem(Format::roles(u.roles)));
            ++row;
        }
    } else {
        m_usersError->setText(tr("The list of users could not be read."));
        m_usersError->show();
    }
    m_vaultLabel->setText(QFileInfo(session->path()).absoluteFilePath());
    //: %1 user name, %2 roles
    m_userLabel->setText(
        tr("%1 (%2)").arg(session->user().name, Format::roles(session->user().roles)));
    m_idleSpin->setValue(session->idleTimeoutMinutes());
}

void AdministrationWidget::applyIdleTimeout()
{
    if (m_session == nullptr)
        return;
    const int minutes = m_idleSpin->value();
    const auto result = m_session->setIdleTimeoutMinutes(minutes);
    if (!result) {
        const bool denied = result.error().code == ErrorCode::Permission;
        m_statusLabel->setText(denied ? tr("Only an administrator may change the lock period.")
                                      : tr("The lock period could not be saved."));
        m_statusLabel->show();
        m_idleSpin->setValue(m_session->idleTimeoutMinutes());
        return;
    }
    m_statusLabel->setText(
        tr("Saved. Precis now locks after %n minute(s) without input.", nullptr, minutes));
    m_statusLabel->show();
    Q_EMIT idleTimeoutChanged(minutes);
}

} // namespace precis::ui
