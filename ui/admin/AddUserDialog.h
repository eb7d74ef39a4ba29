// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Vault.h"
#include "ui/admin/AdminActionDialog.h"

#include <vector>

class QCheckBox;
class QLineEdit;

namespace precis::ui {

class NewPasswordRows;
class RoleChecks;
class Session;

/// Adds a user: name, roles and an initial password under the policy.
class AddUserDialog final : public AdminActionDialog
{
    Q_OBJECT
public:
    AddUserDialog(Session &session,
                  TaskRunner &runner,
                  std::vector<store::UserInfo> users,
                  QWidget *parent = nullptr);

    [[nodiscard]] QString addedUser() const { return m_added; }

protected:
    [[nodiscard]] Work prepare() override;
    [[nodiscard]] QString busyText() const override;
    bool finished() override;

private:
    Session &m_session;
    std::vector<store::UserInfo> m_users;
    QLineEdit *m_name = nullptr;
    RoleChecks *m_roles = nullptr;
    NewPasswordRows *m_password = nullptr;
    QCheckBox *m_requireChange = nullptr;
    QString m_pending;
    QString m_added;
};

} // namespace precis::ui
