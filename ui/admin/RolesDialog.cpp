// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/RolesDialog.h"

#include "ui/admin/AdminText.h"
#include "ui/admin/RoleChecks.h"
#include "ui/session/Session.h"

#include <QFormLayout>
#include <QLabel>

namespace precis::ui {

RolesDialog::RolesDialog(Session &session,
                         TaskRunner &runner,
                         store::UserInfo user,
                         std::vector<store::UserInfo> users,
                         QWidget *parent)
    : AdminActionDialog(runner, QStringLiteral("changeRoles"), parent), m_session(session),
      m_user(std::move(user)), m_users(std::move(users))
{
    auto *name = new QLabel(m_user.name, this);
    name->setObjectName(QStringLiteral("changeRolesUserLabel"));
    m_roles = new RoleChecks(QStringLiteral("changeRoles"), this);
    m_roles->setRoles(m_user.roles);
    form()->addRow(tr("User"), name);
    form()->addRow(tr("Roles"), m_roles);
    build(tr("Change Roles"),
          tr("Roles decide what the user may do: nurses and physicians open charts, "
             "administrators manage the vault. The change applies at the user's next sign-in."),
          tr("&Change Roles"));
}

AdminActionDialog::Work RolesDialog::prepare()
{
    const QList<store::Role> roles = m_roles->roles();
    if (const QString problem = AdminText::rolesProblem(m_user.name, roles, m_users);
        !problem.isEmpty()) {
        showError(problem);
        return {};
    }
    Session *session = &m_session;
    return [session, name = m_user.name, roles](const security::SecretBytes &own) {
        return session->setUserRoles(own, name, roles);
    };
}

QString RolesDialog::busyText() const
{
    return tr("Changing the roles of %1.").arg(m_user.name);
}

} // namespace precis::ui
