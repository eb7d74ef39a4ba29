// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the administration screens that several of them share: errors by code, the
// password and user-name rules, audit actions.
#pragma once

#include "core/common/Error.h"
#include "core/store/Vault.h"
#include "core/store/VaultCheck.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace precis::security {
class PasswordPolicy;
}

namespace precis::ui {

struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(precis::ui::AdminText)

public:
    /// Why an administration task failed, chosen by the error's code and field; core's English
    /// detail is never shown or parsed. Paths and user names (error.value) are quoted.
    [[nodiscard]] static QString error(const Error &error);
    /// Empty when `password` meets the vault's policy (PasswordPolicy::check), otherwise the rule
    /// it breaks or a request to type it again. `repeat` must equal it. Checked again by the
    /// vault.
    [[nodiscard]] static QString passwordProblem(const security::PasswordPolicy &policy,
                                                 const QString &password,
                                                 const QString &repeat,
                                                 bool demoVault,
                                                 const QString &userName);
    /// Empty when `name` can be a new user's name (the rules of store::addUser).
    [[nodiscard]] static QString userNameProblem(const QString &name,
                                                 const std::vector<store::UserInfo> &existing);
    /// Empty when the roles may be given to `name`: at least one, and the vault keeps an
    /// administrator.
    [[nodiscard]] static QString rolesProblem(const QString &name,
                                              const QList<store::Role> &roles,
                                              const std::vector<store::UserInfo> &users);
    /// An audit action ("user-add") as a translated label; unknown actions as stored.
    [[nodiscard]] static QString action(const QString &token);
    /// Every action token the audit view knows, in the order its filter lists them.
    [[nodiscard]] static QStringList knownActions();
    /// What is wrong with a checked vault or backup; empty when report.ok().
    [[nodiscard]] static QString checkProblems(const store::CheckReport &report);
};

} // namespace precis::ui
