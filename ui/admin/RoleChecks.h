// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Vault.h"

#include <QWidget>

class QCheckBox;

namespace precis::ui {

/// One check box per role (a user may hold several), named "<prefix>NurseCheckBox",
/// "<prefix>PhysicianCheckBox" and "<prefix>AdministratorCheckBox".
class RoleChecks : public QWidget
{
    Q_OBJECT
public:
    RoleChecks(const QString &prefix, QWidget *parent = nullptr);

    [[nodiscard]] QList<store::Role> roles() const;
    void setRoles(const QList<store::Role> &roles);

private:
    QCheckBox *m_nurse = nullptr;
    QCheckBox *m_physician = nullptr;
    QCheckBox *m_administrator = nullptr;
};

} // namespace precis::ui
