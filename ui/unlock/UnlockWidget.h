// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/security/SecretBytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace precis::ui {

/// The lock screen: which vault, user name, password, Unlock.
///
/// It never says which of user name or password was wrong. The password leaves the field
/// only through takePassword(), which empties the field at once.
class UnlockWidget : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockWidget(QWidget *parent = nullptr);

    void setVaultPath(const QString &path);
    [[nodiscard]] QString vaultPath() const { return m_path; }
    void setUserName(const QString &name);
    [[nodiscard]] QString userName() const;
    [[nodiscard]] bool hasPassword() const;

    /// The typed password as a wiped buffer; the field is cleared.
    [[nodiscard]] security::SecretBytes takePassword();
    void clearPassword();

    void showError(const Error &error);
    void showMessage(const QString &message);
    void clearError();
    [[nodiscard]] QString errorText() const;
    void setBusy(bool busy);
    /// Focus the first empty field (user name, else password).
    void focusInput();

    /// The sentence shown for a failed unlock, chosen by the error's code and reason (issue #8),
    /// never by its English detail.
    [[nodiscard]] static QString messageFor(const Error &error);

Q_SIGNALS:
    void unlockRequested();
    void chooseVaultRequested();

private:
    void updateUnlockEnabled();

    QString m_path;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_chooseButton = nullptr;
    bool m_busy = false;
};

} // namespace precis::ui
