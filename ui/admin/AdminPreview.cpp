// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AdminPreview.h"

#include "core/security/KeySlotFile.h"
#include "ui/admin/AddUserDialog.h"
#include "ui/admin/AdministrationWidget.h"
#include "ui/admin/AuditPanel.h"
#include "ui/admin/BackupDialog.h"
#include "ui/admin/ChooseOwnPasswordDialog.h"
#include "ui/admin/ConfirmActionDialog.h"
#include "ui/admin/RecoveryKeyDialog.h"
#include "ui/admin/RestoreDialog.h"
#include "ui/admin/UsersPanel.h"
#include "ui/session/Session.h"

#include <QCheckBox>
#include <QDate>
#include <QFileInfo>
#include <QLineEdit>
#include <QTableWidget>

namespace precis::ui {

QStringList AdminPreview::views()
{
    return {QStringLiteral("admin-users"),
            QStringLiteral("admin-vault"),
            QStringLiteral("admin-audit"),
            QStringLiteral("admin-add-user"),
            QStringLiteral("admin-remove-user"),
            QStringLiteral("admin-backup"),
            QStringLiteral("admin-restore"),
            QStringLiteral("admin-recovery-key"),
            QStringLiteral("admin-choose-password")};
}

std::unique_ptr<QDialog>
AdminPreview::open(AdministrationWidget &admin, Session &session, const QString &view)
{
    using Page = AdministrationWidget::Page;
    TaskRunner &runner = *admin.taskRunner();
    if (view == QLatin1String("admin-vault") || view == QLatin1String("admin-backup")
        || view == QLatin1String("admin-restore") || view == QLatin1String("admin-recovery-key"))
        admin.showPage(Page::Vault);
    else if (view == QLatin1String("admin-audit"))
        admin.showPage(Page::Audit);
    else
        admin.showPage(Page::Users);

    if (view == QLatin1String("admin-audit")) {
        admin.auditPanel()->verify();
        return nullptr;
    }
    if (view == QLatin1String("admin-add-user")) {
        auto users = session.listUsers();
        auto dialog = std::make_unique<AddUserDialog>(
            session, runner, users ? *users : std::vector<store::UserInfo>{}, &admin);
        dialog->findChild<QLineEdit *>(QStringLiteral("addUserNameEdit"))
            ->setText(QStringLiteral("dr-weber"));
        dialog->findChild<QCheckBox *>(QStringLiteral("addUserPhysicianCheckBox"))
            ->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("addUserInitialPasswordEdit"))
            ->setText(QStringLiteral("lantern orchard pebble"));
        return dialog;
    }
    if (view == QLatin1String("admin-remove-user")) {
        admin.usersPanel()->table()->selectRow(1);
        return std::make_unique<ConfirmActionDialog>(
            runner,
            QStringLiteral("removeUser"),
            UsersPanel::removeTexts(QStringLiteral("demo-nurse")),
            AdminActionDialog::Work(),
            &admin);
    }
    if (view == QLatin1String("admin-backup"))
        return std::make_unique<BackupDialog>(session, runner, &admin);
    if (view == QLatin1String("admin-restore")) {
        auto dialog = std::make_unique<RestoreDialog>(session, runner, &admin);
        dialog->pathEdit()->setText(
            BackupDialog::suggestedPath(session.path(), QDate::currentDate()));
        return dialog;
    }
    if (view == QLatin1String("admin-choose-password")) {
        // What a user whose password an administrator set sees right after signing in.
        auto dialog = std::make_unique<ChooseOwnPasswordDialog>(session, runner, &admin);
        dialog->findChild<QLineEdit *>(QStringLiteral("chooseOwnPasswordNewPasswordEdit"))
            ->setText(QStringLiteral("lantern orchard pebble"));
        return dialog;
    }
    if (view == QLatin1String("admin-recovery-key"))
        return std::make_unique<RecoveryKeyDialog>(
            security::generateRecoveryKey(), QFileInfo(session.path()).fileName(), &admin);
    return nullptr;
}

} // namespace precis::ui
