// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/admin/AdminActionDialog.h"

class QCheckBox;

namespace precis::ui {

class NewPasswordRows;
class Session;

/// Sets a new password for a user who forgot theirs (or for oneself).
class ResetPasswordDialog final : public AdminActionDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(Session &session,
                        TaskRunner &runner,
                        const QString &userName,
                        QWidget *parent = nullptr);

protected:
    [[nodiscard]] Work prepare() override;
    [[nodiscard]] QString busyText() const override;
    bool finished() override;

private:
    Session &m_session;
    QString m_userName;
    NewPasswordRows *m_password = nullptr;
    QCheckBox *m_requireChange = nullptr;
};

} // namespace precis::ui
