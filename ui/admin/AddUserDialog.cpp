// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AddUserDialog.h"

#include "ui/admin/AdminText.h"
#include "ui/admin/NewPasswordRows.h"
#include "ui/admin/RoleChecks.h"
#include "ui/session/Session.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>

#include <memory>

namespace precis::ui {

AddUserDialog::AddUserDialog(Session &session,
                             TaskRunner &runner,
                             std::vector<store::UserInfo> users,
                             QWidget *parent)
    : AdminActionDialog(runner, QStringLiteral("addUser"), parent), m_session(session),
      m_users(std::move(users))
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("addUserNameEdit"));
    m_name->setAccessibleName(tr("User name"));
    m_name->setMaxLength(64);
    m_roles = new RoleChecks(QStringLiteral("addUser"), this);
    form()->addRow(tr("User &name"), m_name);
    form()->addRow(tr("Roles"), m_roles);
    m_password = new NewPasswordRows(
        QStringLiteral("addUserInitial"), form(), this, session.isDemo(), [this] {
            return m_name->text();
        });
    connect(m_name, &QLineEdit::textChanged, m_password, &NewPasswordRows::update);
    // On by default: once the user has chosen their own password, nobody else knows it.
    m_requireChange = new QCheckBox(tr("Ask for a new password at the first sign-in"), this);
    m_requireChange->setObjectName(QStringLiteral("addUserRequireChangeCheckBox"));
    m_requireChange->setChecked(true);
    form()->addRow(QString(), m_requireChange);
    build(tr("Add User"),
          tr("The new user signs in with this name and initial password. Hand the password over "
             "in person, never by e-mail."),
          tr("&Add User"));
    m_name->setFocus();
}

AdminActionDialog::Work AddUserDialog::prepare()
{
    const QString name = m_name->text().trimmed();
    if (const QString problem = AdminText::userNameProblem(name, m_users); !problem.isEmpty()) {
        showError(problem);
        m_name->setFocus();
        return {};
    }
    const QList<store::Role> roles = m_roles->roles();
    if (roles.isEmpty()) {
        showError(tr("Choose at least one role."));
        return {};
    }
    if (const QString problem = m_password->problem(); !problem.isEmpty()) {
        showError(problem);
        m_password->passwordEdit()->setFocus();
        return {};
    }
    auto initial = std::make_shared<security::SecretBytes>(
        security::SecretBytes::fromUtf8(m_password->password()));
    m_pending = name;
    Session *session = &m_session;
    const auto change = m_requireChange->isChecked() ? store::PasswordChange::Required
                                                     : store::PasswordChange::NotRequired;
    return [session, name, roles, initial, change](const security::SecretBytes &own) {
        return session->addUser(own, name, roles, std::move(*initial), change);
    };
}

QString AddUserDialog::busyText() const
{
    return tr("Adding %1. Deriving the key for the new password takes a moment.").arg(m_pending);
}

bool AddUserDialog::finished()
{
    m_added = m_pending;
    m_password->clear();
    return true;
}

} // namespace precis::ui
