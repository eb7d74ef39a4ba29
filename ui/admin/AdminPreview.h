// SPDX-License-Identifier: GPL-3.0-or-later
// The administration screens as the documentation shows them (`precis --screenshot --view
// admin-...`, demo vaults only): a page, or a dialog opened over it without running its task.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QDialog;

namespace precis::ui {

class AdministrationWidget;
class Session;

struct AdminPreview
{
    /// "admin-users", "admin-vault", "admin-audit", "admin-add-user", "admin-remove-user",
    /// "admin-backup", "admin-restore", "admin-recovery-key".
    [[nodiscard]] static QStringList views();
    /// Shows the page of `view` (the audit page after a verification). For a dialog view,
    /// returns the dialog, filled with sample input and not shown; nullptr for a page. The
    /// recovery key dialog shows a freshly generated key that is not stored anywhere.
    [[nodiscard]] static std::unique_ptr<QDialog>
    open(AdministrationWidget &admin, Session &session, const QString &view);
};

} // namespace precis::ui
