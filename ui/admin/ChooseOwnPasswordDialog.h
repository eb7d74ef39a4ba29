// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/admin/AdminActionDialog.h"

namespace precis::ui {

class NewPasswordRows;
class Session;

/// Shown right after sign-in when an administrator set the user's password (a new user, or a
/// reset): the user chooses their own before anything else, because the administrator knows
/// the current one. The vault refuses every other call until then (issue #8), so cancelling
/// locks the vault again.
class ChooseOwnPasswordDialog final : public AdminActionDialog
{
    Q_OBJECT
public:
    ChooseOwnPasswordDialog(Session &session, TaskRunner &runner, QWidget *parent = nullptr);

protected:
    [[nodiscard]] Work prepare() override;
    [[nodiscard]] QString busyText() const override;
    bool finished() override;

private:
    Session &m_session;
    NewPasswordRows *m_password = nullptr;
};

} // namespace precis::ui
