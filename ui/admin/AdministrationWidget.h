// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace precis::ui {

class AuditPanel;
class Session;
class TaskRunner;
class UsersPanel;
class VaultPanel;

/// What an administrator sees: the vault and three pages — users and roles; backups, keys and
/// the automatic lock; the audit trail. Every change asks for the administrator's password
/// again and is enforced and audited by the vault. No chart data is shown here.
class AdministrationWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Users, Vault, Audit };

    explicit AdministrationWidget(QWidget *parent = nullptr);
    ~AdministrationWidget() override;

    /// Shows the session's vault; nullptr clears the page. Before clearing, waits for a running
    /// administration task to return (TaskRunner::finish()), so that the caller may then lock
    /// and destroy the session.
    void setSession(Session *session);
    void showPage(Page page);

    [[nodiscard]] UsersPanel *usersPanel() const { return m_users; }
    [[nodiscard]] VaultPanel *vaultPanel() const { return m_vault; }
    [[nodiscard]] AuditPanel *auditPanel() const { return m_audit; }
    [[nodiscard]] TaskRunner *taskRunner() const { return m_runner; }

Q_SIGNALS:
    /// The vault accepted a new idle timeout.
    void idleTimeoutChanged(int minutes);
    /// The session was locked (a restore replaced the vault): the window must lock now.
    void lockRequested();

private:
    TaskRunner *m_runner = nullptr;
    QLabel *m_vaultLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QTabWidget *m_pages = nullptr;
    UsersPanel *m_users = nullptr;
    VaultPanel *m_vault = nullptr;
    AuditPanel *m_audit = nullptr;
};

} // namespace precis::ui
