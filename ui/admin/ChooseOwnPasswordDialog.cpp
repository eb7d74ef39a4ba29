// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/ChooseOwnPasswordDialog.h"

#include "ui/admin/NewPasswordRows.h"
#include "ui/session/Session.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <memory>

namespace precis::ui {

ChooseOwnPasswordDialog::ChooseOwnPasswordDialog(Session &session,
                                                 TaskRunner &runner,
                                                 QWidget *parent)
    : AdminActionDialog(runner, QStringLiteral("chooseOwnPassword"), parent), m_session(session)
{
    auto *name = new QLabel(session.user().name, this);
    name->setObjectName(QStringLiteral("chooseOwnPasswordUserLabel"));
    form()->addRow(tr("User"), name);
    const QString userName = session.user().name;
    m_password = new NewPasswordRows(
        QStringLiteral("chooseOwnPasswordNew"), form(), this, session.isDemo(), [userName] {
            return userName;
        });
    build(tr("Choose Your Password"),
          tr("An administrator set your current password, so someone else knows it. Choose "
             "your own password before you continue; the current one stops working at once. "
             "Cancel signs you out."),
          tr("&Set My Password"));
    setOwnPasswordCaption(tr("&Current password"), tr("Current password"));
    m_password->passwordEdit()->setFocus();
}

AdminActionDialog::Work ChooseOwnPasswordDialog::prepare()
{
    if (const QString problem = m_password->problem(); !problem.isEmpty()) {
        showError(problem);
        m_password->passwordEdit()->setFocus();
        return {};
    }
    if (m_password->password() == ownPasswordEdit()->text()) {
        showError(tr("The new password must differ from the one the administrator set."));
        m_password->passwordEdit()->setFocus();
        return {};
    }
    auto password = std::make_shared<security::SecretBytes>(
        security::SecretBytes::fromUtf8(m_password->password()));
    Session *session = &m_session;
    return [session, password](const security::SecretBytes &current) {
        return session->changeOwnPassword(current, std::move(*password));
    };
}

QString ChooseOwnPasswordDialog::busyText() const
{
    return tr("Setting your new password. Deriving its key takes a moment.");
}

bool ChooseOwnPasswordDialog::finished()
{
    m_password->clear();
    return true;
}

} // namespace precis::ui
