// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/admin/AdminActionDialog.h"

namespace precis::ui {

/// A task with no fields of its own: what will happen, the own password, the confirming button
/// (removing a user, rotating the data key, a new recovery key).
class ConfirmActionDialog final : public AdminActionDialog
{
    Q_OBJECT
public:
    struct Texts
    {
        QString title;
        QString intro;
        QString confirm;
        QString busy;
    };
    /// `name` prefixes the object names (see AdminActionDialog).
    ConfirmActionDialog(TaskRunner &runner,
                        const QString &name,
                        const Texts &texts,
                        Work work,
                        QWidget *parent = nullptr);

protected:
    [[nodiscard]] Work prepare() override { return m_work; }
    [[nodiscard]] QString busyText() const override { return m_busy; }

private:
    Work m_work;
    QString m_busy;
};

} // namespace precis::ui
