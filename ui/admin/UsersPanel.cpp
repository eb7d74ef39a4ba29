// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/UsersPanel.h"

#include "ui/Format.h"
#include "ui/PaddedItemDelegate.h"
#include "ui/admin/AddUserDialog.h"
#include "ui/admin/ConfirmActionDialog.h"
#include "ui/admin/ResetPasswordDialog.h"
#include "ui/admin/RolesDialog.h"
#include "ui/session/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace precis::ui {

UsersPanel::UsersPanel(TaskRunner &runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("usersPanel"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("usersTableWidget"));
    m_table->setAccessibleName(tr("Users and their roles"));
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Roles"), tr("Password")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Names and roles are short and must be read whole; the password note takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->resizeSection(0, 240);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setItemDelegate(new PaddedItemDelegate(m_table));

    auto button = [this](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        return b;
    };
    m_add = button(
        tr("A&dd User..."), "addUserButton", tr("Add a user with roles and an initial password"));
    m_roles = button(
        tr("Change &Roles..."), "changeRolesButton", tr("Change the selected user's roles"));
    m_reset = button(tr("Re&set Password..."),
                     "resetPasswordButton",
                     tr("Set a new password for the selected user"));
    m_remove = button(tr("Re&move User..."),
                      "removeUserButton",
                      tr("Remove the selected user and rotate the data key"));
    m_remove->setProperty("destructive", true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("usersErrorLabel"));
    m_error->setProperty("adminError", true);
    m_error->setWordWrap(true);
    m_error->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("usersStatusLabel"));
    m_status->setProperty("adminStatus", true);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_add);
    buttons->addWidget(m_roles);
    buttons->addWidget(m_reset);
    buttons->addSpacing(12);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setSpacing(14);
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(10);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &UsersPanel::addUser);
    connect(m_roles, &QPushButton::clicked, this, &UsersPanel::changeRoles);
    connect(m_reset, &QPushButton::clicked, this, &UsersPanel::resetPassword);
    connect(m_remove, &QPushButton::clicked, this, &UsersPanel::removeUser);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &UsersPanel::changeRoles);
    updateButtons();
}

void UsersPanel::setSession(Session *session)
{
    m_session = session;
    m_status->hide();
    reload();
}

void UsersPanel::reload(const QString &select)
{
    m_table->setRowCount(0);
    m_users.clear();
    m_error->hide();
    if (m_session == nullptr) {
        updateButtons();
        return;
    }
    auto users = m_session->listUsers();
    if (!users) {
        m_error->setText(tr("The list of users could not be read."));
        m_error->show();
        updateButtons();
        return;
    }
    m_users = std::move(*users);
    m_table->setRowCount(static_cast<int>(m_users.size()));
    int row = 0;
    for (const store::UserInfo &u : m_users) {
        auto *name = new QTableWidgetItem(u.name);
        if (u.name == m_session->user().name)
            //: Tooltip of the signed-in user's row
            name->setToolTip(tr("You"));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(Format::roles(u.roles)));
        // Only the pending change is worth a word; an empty cell means nothing is pending.
        auto *password = new QTableWidgetItem(
            u.mustChangePassword ? tr("Set by an administrator; to be changed at the next sign-in")
                                 : QString());
        m_table->setItem(row, 2, password);
        if (u.name == select)
            m_table->selectRow(row);
        ++row;
    }
    updateButtons();
}

std::optional<store::UserInfo> UsersPanel::selectedUser() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const auto index = static_cast<std::size_t>(rows.first().row());
    if (index >= m_users.size())
        return std::nullopt;
    return m_users[index];
}

void UsersPanel::updateButtons()
{
    const bool open = m_session != nullptr;
    const auto user = selectedUser();
    m_add->setEnabled(open);
    m_roles->setEnabled(open && user.has_value());
    m_reset->setEnabled(open && user.has_value());
    // The vault refuses removing oneself; the button says so first.
    const bool self = user && open && user->name == m_session->user().name;
    m_remove->setEnabled(open && user.has_value() && !self);
    m_remove->setToolTip(self ? tr("You cannot remove yourself.")
                              : tr("Remove the selected user and rotate the data key"));
}

void UsersPanel::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->show();
}

void UsersPanel::addUser()
{
    if (m_session == nullptr)
        return;
    AddUserDialog dialog(*m_session, m_runner, m_users, this);
    if (dialog.exec() != QDialog::Accepted || m_session == nullptr)
        return;
    reload(dialog.addedUser());
    showStatus(tr("%1 was added. They sign in with the initial password you gave them.")
                   .arg(dialog.addedUser()));
}

void UsersPanel::changeRoles()
{
    const auto user = selectedUser();
    if (m_session == nullptr || !user)
        return;
    RolesDialog dialog(*m_session, m_runner, *user, m_users, this);
    if (dialog.exec() != QDialog::Accepted || m_session == nullptr)
        return;
    reload(user->name);
    showStatus(tr("The roles of %1 were changed.").arg(user->name));
}

void UsersPanel::resetPassword()
{
    const auto user = selectedUser();
    if (m_session == nullptr || !user)
        return;
    ResetPasswordDialog dialog(*m_session, m_runner, user->name, this);
    if (dialog.exec() != QDialog::Accepted || m_session == nullptr)
        return;
    reload(user->name);
    showStatus(tr("%1 has a new password.").arg(user->name));
}

ConfirmActionDialog::Texts UsersPanel::removeTexts(const QString &name)
{
    return {tr("Remove User"),
            tr("%1 will no longer be able to sign in. Their key slot is deleted and the vault "
               "gets a new data key: every page is encrypted again, which takes a while for a "
               "large vault. Copies and backups made before now still open with their old "
               "password.")
                .arg(name),
            tr("Re&move %1").arg(name),
            tr("Removing %1 and encrypting the vault with a new data key. Precis locks only when "
               "this has finished.")
                .arg(name)};
}

void UsersPanel::removeUser()
{
    const auto user = selectedUser();
    if (m_session == nullptr || !user)
        return;
    Session *session = m_session;
    const QString name = user->name;
    ConfirmActionDialog dialog(
        m_runner,
        QStringLiteral("removeUser"),
        removeTexts(name),
        [session, name](const security::SecretBytes &own) {
            return session->removeUser(own, name);
        },
        this);
    if (dialog.exec() != QDialog::Accepted || m_session == nullptr)
        return;
    reload();
    showStatus(tr("%1 was removed and the data key was rotated.").arg(name));
}

} // namespace precis::ui
