// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace precis::ui {

class Session;
class TaskRunner;

/// Backups (write and check, restore), keys (rotate the data key, a new recovery key) and the
/// automatic-lock period.
class VaultPanel : public QWidget
{
    Q_OBJECT
public:
    VaultPanel(TaskRunner &runner, QWidget *parent = nullptr);

    void setSession(Session *session);

    void backUp();
    void restore();
    void rotateDataKey();
    void newRecoveryKey();
    void applyIdleTimeout();

Q_SIGNALS:
    /// The vault accepted a new idle timeout.
    void idleTimeoutChanged(int minutes);
    /// The session was locked for a restore: the window must lock now.
    void lockRequested();

private:
    void showStatus(QLabel *label, const QString &text, bool error);

    TaskRunner &m_runner;
    Session *m_session = nullptr;
    QLabel *m_backupStatus = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_lockStatus = nullptr;
    QSpinBox *m_idleSpin = nullptr;
    QPushButton *m_applyButton = nullptr;
};

} // namespace precis::ui
