// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace precis::ui {

class Session;

/// What an administrator sees: the vault, the automatic-lock period and how users, roles and
/// backups are managed. No chart data is shown here.
class AdministrationWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationWidget(QWidget *parent = nullptr);

    /// Shows the session's vault; nullptr clears the page.
    void setSession(Session *session);

Q_SIGNALS:
    /// The vault accepted a new idle timeout.
    void idleTimeoutChanged(int minutes);

private:
    void applyIdleTimeout();

    Session *m_session = nullptr;
    QLabel *m_vaultLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QSpinBox *m_idleSpin = nullptr;
    QPushButton *m_applyButton = nullptr;
    QTableWidget *m_users = nullptr;
    QLabel *m_usersError = nullptr;
};

} // namespace precis::ui
