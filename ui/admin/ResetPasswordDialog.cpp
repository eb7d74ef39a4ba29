// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/ResetPasswordDialog.h"

#include "ui/admin/NewPasswordRows.h"
#include "ui/session/Session.h"

#include <QCheckBox>
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
    // Someone else's password: on by default, so that the administrator stops knowing it once
    // the user has chosen their own. One's own password needs no such step.
    m_requireChange = new QCheckBox(tr("Ask for a new password at the next sign-in"), this);
    m_requireChange->setObjectName(QStringLiteral("resetPasswordRequireChangeCheckBox"));
    const bool own = userName == session.user().name;
    m_requireChange->setChecked(!own);
    m_requireChange->setVisible(!own);
    form()->addRow(QString(), m_requireChange);
    build(tr("Reset Password"),
          tr("The user's old password stops working at once. Their charts, roles and the other "
             "users are not affected."),
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
    const auto change = m_requireChange->isChecked() ? store::PasswordChange::Required
                                                     : store::PasswordChange::NotRequired;
    return [session, name = m_userName, password, change](const security::SecretBytes &own) {
        return session->resetPassword(own, name, std::move(*password), change);
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
