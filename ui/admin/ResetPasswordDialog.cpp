// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/ResetPasswordDialog.h"

#include "ui/admin/NewPasswordRows.h"
#include "ui/session/Session.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <memory>

namespace precis::ui {

ResetPasswordDialog::ResetPasswordDialog(Session &session,
                                         TaskRunner &runner,
                                         const QString &userName,
                                         QWidget *parent)
    : AdminActionDialog(runner, QStringLiteral("resetPassword"), parent), m_session(session),
      m_userName(userName)
{
    auto *name = new QLabel(userName, this);
    name->setObjectName(QStringLiteral("resetPasswordUserLabel"));
    form()->addRow(tr("User"), name);
    m_password = new NewPasswordRows(
        QStringLiteral("resetPasswordNew"), form(), this, session.isDemo(), [userName] {
            return userName;
        });
    build(tr("Reset Password"),
          tr("The user's old password stops working at once. Only their key slot changes; the "
             "vault file is not touched."),
          tr("&Reset Password"));
    m_password->passwordEdit()->setFocus();
}

AdminActionDialog::Work ResetPasswordDialog::prepare()
{
    if (const QString problem = m_password->problem(); !problem.isEmpty()) {
        showError(problem);
        m_password->passwordEdit()->setFocus();
        return {};
    }
    auto password = std::make_shared<security::SecretBytes>(
        security::SecretBytes::fromUtf8(m_password->password()));
    Session *session = &m_session;
    return [session, name = m_userName, password](const security::SecretBytes &own) {
        return session->resetPassword(own, name, std::move(*password));
    };
}

QString ResetPasswordDialog::busyText() const
{
    return tr("Setting the new password of %1.").arg(m_userName);
}

bool ResetPasswordDialog::finished()
{
    m_password->clear();
    return true;
}

} // namespace precis::ui
