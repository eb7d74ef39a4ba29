// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Vault.h"
#include "ui/admin/AdminActionDialog.h"

#include <vector>

namespace precis::ui {

class RoleChecks;
class Session;

/// Changes one user's roles; the vault keeps at least one administrator.
class RolesDialog final : public AdminActionDialog
{
    Q_OBJECT
public:
    RolesDialog(Session &session,
                TaskRunner &runner,
                store::UserInfo user,
                std::vector<store::UserInfo> users,
                QWidget *parent = nullptr);

protected:
    [[nodiscard]] Work prepare() override;
    [[nodiscard]] QString busyText() const override;

private:
    Session &m_session;
    store::UserInfo m_user;
    std::vector<store::UserInfo> m_users;
    RoleChecks *m_roles = nullptr;
};

} // namespace precis::ui
