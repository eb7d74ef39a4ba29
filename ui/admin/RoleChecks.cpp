// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/RoleChecks.h"

#include "ui/Format.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace precis::ui {

RoleChecks::RoleChecks(const QString &prefix, QWidget *parent) : QWidget(parent)
{
    setObjectName(prefix + QStringLiteral("RoleChecks"));
    auto make = [&](store::Role role, const QString &name) {
        auto *box = new QCheckBox(Format::role(role), this);
        box->setObjectName(prefix + name + QStringLiteral("CheckBox"));
        //: Accessible name of a role check box; %1 role name
        box->setAccessibleName(tr("Role: %1").arg(Format::role(role)));
        return box;
    };
    m_nurse = make(store::Role::Nurse, QStringLiteral("Nurse"));
    m_physician = make(store::Role::Physician, QStringLiteral("Physician"));
    m_administrator = make(store::Role::Administrator, QStringLiteral("Administrator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addWidget(m_nurse);
    layout->addWidget(m_physician);
    layout->addWidget(m_administrator);
    layout->addStretch(1);
}

QList<store::Role> RoleChecks::roles() const
{
    QList<store::Role> out;
    if (m_nurse->isChecked())
        out << store::Role::Nurse;
    if (m_physician->isChecked())
        out << store::Role::Physician;
    if (m_administrator->isChecked())
        out << store::Role::Administrator;
    return out;
}

void RoleChecks::setRoles(const QList<store::Role> &roles)
{
    m_nurse->setChecked(roles.contains(store::Role::Nurse));
    m_physician->setChecked(roles.contains(store::Role::Physician));
    m_administrator->setChecked(roles.contains(store::Role::Administrator));
}

} // namespace precis::ui
