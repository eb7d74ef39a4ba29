// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/security/PasswordPolicy.h"

#include <QObject>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace precis::ui {

/// A new password typed twice, with the policy's verdict updated as it is typed (at least 15
/// characters, not a common password, not the user name). Adds three rows to a form; the
/// widgets are named "<prefix>PasswordEdit", "<prefix>RepeatEdit" and "<prefix>HintLabel".
class NewPasswordRows : public QObject
{
    Q_OBJECT
public:
    /// `userName` gives the name the password must not equal (it may change while typing).
    NewPasswordRows(const QString &prefix,
                    QFormLayout *form,
                    QWidget *parent,
                    bool demoVault,
                    std::function<QString()> userName);

    /// Empty when acceptable, otherwise the rule broken (also shown in the hint).
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString password() const;
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }
    void clear();
    /// Re-evaluates the hint (call when the user name changes).
    void update();

private:
    std::optional<security::PasswordPolicy> m_policy;
    bool m_demo = false;
    std::function<QString()> m_userName;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace precis::ui
