// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Vault.h"
#include "ui/admin/ConfirmActionDialog.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace precis::ui {

class Session;
class TaskRunner;

/// The vault's users and their roles, with Add User, Change Roles, Reset Password and Remove
/// User (each a dialog that asks for the administrator's own password).
class UsersPanel : public QWidget
{
    Q_OBJECT
public:
    UsersPanel(TaskRunner &runner, QWidget *parent = nullptr);

    /// Shows the session's users; nullptr clears the panel.
    void setSession(Session *session);
    [[nodiscard]] QTableWidget *table() const { return m_table; }

    void addUser();
    void changeRoles();
    void resetPassword();
    void removeUser();
    /// The words of the Remove User dialog for `name`.
    [[nodiscard]] static ConfirmActionDialog::Texts removeTexts(const QString &name);

private:
    void reload(const QString &select = {});
    void updateButtons();
    [[nodiscard]] std::optional<store::UserInfo> selectedUser() const;
    void showStatus(const QString &text);

    TaskRunner &m_runner;
    Session *m_session = nullptr;
    std::vector<store::UserInfo> m_users;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_roles = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace precis::ui
