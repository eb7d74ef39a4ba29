// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/admin/AdminActionDialog.h"

#include <optional>

class QLabel;
class QLineEdit;

namespace precis::ui {

class Session;

/// Replaces the vault with a backup. Shows first what will be replaced (this vault: file, last
/// change, size, users; the backup: file, date, size, key file) and what is lost, then asks for
/// an administrator of the backup and the own password of this vault's administrator.
class RestoreDialog final : public AdminActionDialog
{
    Q_OBJECT
public:
    RestoreDialog(Session &session, TaskRunner &runner, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *pathEdit() const { return m_path; }
    [[nodiscard]] QLineEdit *backupUserEdit() const { return m_backupUser; }
    [[nodiscard]] QLineEdit *backupPasswordEdit() const { return m_backupPassword; }
    /// Once accepted: whether the session was locked for the restore (then the window must
    /// lock), and its error if the restore failed after that.
    [[nodiscard]] bool sessionEnded() const { return m_ended; }
    [[nodiscard]] const std::optional<Error> &failure() const { return m_failure; }
    /// Once accepted: what happened, in words for a message box.
    [[nodiscard]] QString outcomeText() const;

protected:
    [[nodiscard]] Work prepare() override;
    [[nodiscard]] QString busyText() const override;
    bool finished() override;
    bool keepOpenAfter(const Error &error) override;

private:
    void choose();
    void updateSummary();

    Session &m_session;
    QLineEdit *m_path = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_backup = nullptr;
    QLineEdit *m_backupUser = nullptr;
    QLineEdit *m_backupPassword = nullptr;
    bool m_ended = false;
    std::optional<Error> m_failure;
};

} // namespace precis::ui
