// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/NewPasswordRows.h"

#include "ui/admin/AdminText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace precis::ui {

NewPasswordRows::NewPasswordRows(const QString &prefix,
                                 QFormLayout *form,
                                 QWidget *parent,
                                 bool demoVault,
                                 std::function<QString()> userName)
    : QObject(parent), m_demo(demoVault), m_userName(std::move(userName))
{
    if (auto policy = security::PasswordPolicy::builtIn())
        m_policy = std::move(*policy);
    m_password = new QLineEdit(parent);
    m_password->setObjectName(prefix + QStringLiteral("PasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("New password"));
    m_repeat = new QLineEdit(parent);
    m_repeat->setObjectName(prefix + QStringLiteral("RepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the new password"));
    m_hint = new QLabel(parent);
    m_hint->setObjectName(prefix + QStringLiteral("HintLabel"));
    m_hint->setProperty("adminHint", true);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Password rules"));
    form->addRow(tr("New &password"), m_password);
    form->addRow(tr("&Repeat"), m_repeat);
    form->addRow(QString(), m_hint);
    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordRows::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordRows::update);
    update();
}

QString NewPasswordRows::problem() const
{
    if (!m_policy)
        return AdminText::error(Error{ErrorCode::Internal, {}, {}, {}});
    return AdminText::passwordProblem(
        *m_policy, m_password->text(), m_repeat->text(), m_demo, m_userName());
}

QString NewPasswordRows::password() const
{
    return m_password->text();
}

void NewPasswordRows::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void NewPasswordRows::update()
{
    if (m_password->text().isEmpty()) {
        m_hint->setText(tr("At least 15 characters; a few unusual words are easy to remember."));
        return;
    }
    const QString issue = problem();
    m_hint->setText(issue.isEmpty() ? tr("The password meets the rules.") : issue);
}

} // namespace precis::ui
