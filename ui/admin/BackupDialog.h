// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/VaultCheck.h"
#include "ui/admin/AdminActionDialog.h"

#include <memory>

class QLineEdit;

namespace precis::ui {

class Session;

/// Writes a backup (the vault and its key file, each atomically) where the administrator
/// chooses, then checks what was written (store::checkBackup).
class BackupDialog final : public AdminActionDialog
{
    Q_OBJECT
public:
    BackupDialog(Session &session, TaskRunner &runner, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *pathEdit() const { return m_path; }
    /// The file written, once the dialog is accepted.
    [[nodiscard]] QString writtenPath() const { return m_written; }
    /// The check of the written backup, once the dialog is accepted.
    [[nodiscard]] const store::CheckReport &report() const { return *m_report; }
    /// "<vault folder>/<vault name>-backup-<yyyy-MM-dd>.precis".
    [[nodiscard]] static QString suggestedPath(const QString &vaultPath, const QDate &date);

protected:
    [[nodiscard]] Work prepare() override;
    [[nodiscard]] QString busyText() const override;
    bool finished() override;

private:
    void choose();

    Session &m_session;
    QLineEdit *m_path = nullptr;
    QString m_pending;
    QString m_written;
    std::shared_ptr<store::CheckReport> m_report = std::make_shared<store::CheckReport>();
};

} // namespace precis::ui
