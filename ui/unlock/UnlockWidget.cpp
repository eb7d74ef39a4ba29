// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/unlock/UnlockWidget.h"

#include "ui/Theme.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace precis::ui {
UnlockWidget::UnlockWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("unlockWidget"));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("unlockCard"));
    card->setMinimumWidth(440);
    card->setMaximumWidth(520);

    auto *logo = new QLabel(card);
    logo->setPixmap(Theme::logo(44, devicePixelRatioF()));
    auto *brand = new QLabel(tr("Precis"), card);
    brand->setObjectName(QStringLiteral("unlockBrandLabel"));
    auto *subtitle = new QLabel(tr("Clinical decision support"), card);
    subtitle->setObjectName(QStringLiteral("unlockSubtitleLabel"));
    auto *brandText = new QVBoxLayout;
    brandText->setSpacing(0);
    brandText->addWidget(brand);
    brandText->addWidget(subtitle);
    auto *brandRow = new QHBoxLayout;
    brandRow->setSpacing(12);
    brandRow->addWidget(logo);
    brandRow->addLayout(brandText, 1);

    auto *title = new QLabel(tr("Unlock Vault"), card);
    title->setObjectName(QStringLiteral("unlockTitleLabel"));

    m_pathLabel = new QLabel(card);
    m_pathLabel->setObjectName(QStringLiteral("unlockVaultPathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_chooseButton = new QPushButton(tr("&Choose..."), card);
    m_chooseButton->setObjectName(QStringLiteral("chooseVaultButton"));
    m_chooseButton->setToolTip(tr("Open another vault file"));
    auto *pathRow = new QHBoxLayout;
    pathRow->setSpacing(8);
    pathRow->addWidget(m_pathLabel, 1);
    pathRow->addWidget(m_chooseButton);

    m_userEdit = new QLineEdit(card);
    m_userEdit->setObjectName(QStringLiteral("userNameEdit"));
    m_userEdit->setAccessibleName(tr("User name"));
    m_passwordEdit = new QLineEdit(card);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("Password"));
    // No completion, no undo history: the password must not linger in a widget.
    m_passwordEdit->setAttribute(Qt::WA_InputMethodEnabled, false);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    form->addRow(tr("Vault"), pathRow);
    form->addRow(tr("&User name"), m_userEdit);
    form->addRow(tr("&Password"), m_passwordEdit);

    m_errorLabel = new QLabel(card);
    m_errorLabel->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAccessibleName(tr("Unlock error"));
    m_errorLabel->hide();

    m_unlockButton = new QPushButton(tr("&Unlock"), card);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setProperty("primary", true);
    m_unlockButton->setDefault(true);
    m_unlockButton->setAutoDefault(true);
    m_unlockButton->setMinimumHeight(38);

    auto *hint = new QLabel(
        tr("Precis locks itself when you are away. Lock now at any time with Ctrl+L."), card);
    hint->setObjectName(QStringLiteral("unlockHintLabel"));
    hint->setWordWrap(true);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(14);
    cardLayout->addLayout(brandRow);
    cardLayout->addSpacing(6);
    cardLayout->addWidget(title);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_errorLabel);
    cardLayout->addWidget(m_unlockButton);
    cardLayout->addWidget(hint);

    auto *outer = new QGridLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->setRowStretch(0, 2);
    outer->setRowStretch(2, 3);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    outer->addWidget(card, 1, 1);

    setTabOrder(m_userEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_unlockButton);
    setTabOrder(m_unlockButton, m_chooseButton);

    connect(m_unlockButton, &QPushButton::clicked, this, [this] {
        if (m_unlockButton->isEnabled())
            Q_EMIT unlockRequested();
    });
    connect(m_userEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_passwordEdit->text().isEmpty())
            m_passwordEdit->setFocus();
        else
            m_unlockButton->click();
    });
    connect(m_passwordEdit, &QLineEdit::returnPressed, m_unlockButton, &QPushButton::click);
    connect(m_chooseButton, &QPushButton::clicked, this, &UnlockWidget::chooseVaultRequested);
    connect(m_userEdit, &QLineEdit::textChanged, this, &UnlockWidget::updateUnlockEnabled);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &UnlockWidget::updateUnlockEnabled);
    updateUnlockEnabled();
}

void UnlockWidget::setVaultPath(const QString &path)
{
    m_path = path;
    if (path.isEmpty()) {
        m_pathLabel->setText(tr("No vault chosen"));
        m_pathLabel->setToolTip({});
    } else {
        const QFileInfo info(path);
        //: %1 file name, %2 folder
        m_pathLabel->setText(tr("%1 in %2").arg(info.fileName(), info.absolutePath()));
        m_pathLabel->setToolTip(info.absoluteFilePath());
    }
    updateUnlockEnabled();
}

void UnlockWidget::setUserName(const QString &name)
{
    m_userEdit->setText(name);
}

QString UnlockWidget::userName() const
{
    return m_userEdit->text().trimmed();
}

bool UnlockWidget::hasPassword() const
{
    return !m_passwordEdit->text().isEmpty();
}

security::SecretBytes UnlockWidget::takePassword()
{
    auto secret = security::SecretBytes::fromUtf8(m_passwordEdit->text());
    clearPassword();
    return secret;
}

void UnlockWidget::clearPassword()
{
    // Overwrite the visible text before clearing so the old buffer is not merely released.
    m_passwordEdit->setText(QString(m_passwordEdit->text().size(), QLatin1Char(' ')));
    m_passwordEdit->clear();
}

void UnlockWidget::showError(const Error &error)
{
    showMessage(messageFor(error));
}

void UnlockWidget::showMessage(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void UnlockWidget::clearError()
{
    showMessage({});
}

QString UnlockWidget::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void UnlockWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_unlockButton->setText(busy ? tr("Unlocking...") : tr("&Unlock"));
    m_userEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    m_chooseButton->setEnabled(!busy);
    updateUnlockEnabled();
}

void UnlockWidget::focusInput()
{
    if (m_userEdit->text().isEmpty())
        m_userEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

QString UnlockWidget::messageFor(const Error &error)
{
    // Worded by code and reason (issue #8), never by matching the English detail of the error.
    switch (error.reason) {
    case ErrorReason::Throttled:
        if (error.retryAfterSeconds > 0)
            return tr("Too many failed attempts. Try again in %n second(s).",
                      nullptr,
                      static_cast<int>(error.retryAfterSeconds));
        return tr("Too many failed attempts. Wait a moment, then try again.");
    case ErrorReason::ThrottleFileDamaged:
        return tr("The file that counts failed sign-ins (ending .auth) is damaged. Ask "
                  "your administrator.");
    case ErrorReason::VaultMissing:
        return tr("The vault file was not found. Choose another vault.");
    case ErrorReason::KeyFileMissing:
        return tr("The key file of this vault is missing. It must be next to the vault "
                  "with the same name and the ending .keys. Restore it from a backup.");
    case ErrorReason::KeyFileDamaged:
        return tr("The key file of this vault is damaged. Restore it from a backup or "
                  "ask your administrator.");
    case ErrorReason::KeyFileFromOtherVersion:
        return tr("The key file next to this vault belongs to another version of the vault "
                  "(from before or after a key change). Nothing was changed. Put the matching "
                  "key file back, or restore both files from a backup.");
    case ErrorReason::VaultRolledBack:
        return tr("The vault file is older than its key file: it may have been replaced by an "
                  "old copy. Nothing was changed. Ask your administrator.");
    case ErrorReason::KeyFileRolledBack:
        return tr("The key file is older than the vault: it may have been replaced by an old "
                  "copy. Nothing was changed. Ask your administrator.");
    case ErrorReason::RolledBackOnWorkstation:
        return tr("This vault is older than the one this computer has already opened: both "
                  "files may have been replaced by old copies. Nothing was changed. Ask your "
                  "administrator.");
    case ErrorReason::NotAVault:
        return tr("This file is not a Precis vault. Nothing was changed. Choose another "
                  "vault.");
    case ErrorReason::VaultDamaged:
        return tr("The vault is damaged and cannot be opened. Nothing was changed. Restore it "
                  "from a backup or ask your administrator.");
    case ErrorReason::InterruptedRestore:
        return tr("A restore of this vault was interrupted and cannot be finished. Ask your "
                  "administrator to run the restore again.");
    case ErrorReason::PasswordChangeRequired:
        return tr("An administrator set your password, so you must choose your own before you "
                  "continue. Sign in again to choose it.");
    case ErrorReason::PhysicianRequired: // a treatment decision, never an unlock
    case ErrorReason::None:
    case ErrorReason::RoleRequired: // not an unlock outcome: worded by its code below
    case ErrorReason::Cancelled:
        break;
    }
    switch (error.code) {
    case ErrorCode::Authentication:
        // Deliberately the same sentence whether the user or the password was wrong.
        return tr("The user name or password is incorrect.");
    case ErrorCode::Permission:
        return tr("This user may not open this vault.");
    case ErrorCode::NotFound:
        return tr("The vault file was not found. Choose another vault.");
    case ErrorCode::Damaged:
        return tr("The vault is damaged and cannot be opened. Nothing was changed. Restore it "
                  "from a backup or ask your administrator.");
    case ErrorCode::Io:
        return tr("The vault could not be read (%1).").arg(error.detail);
    case ErrorCode::Unsupported:
        return tr("This vault was made by a newer or incompatible version of Precis.");
    case ErrorCode::InvalidInput:
        return tr("Enter a user name and a password.");
    case ErrorCode::Internal:
        break;
    }
    return tr("The vault could not be opened because an internal check failed.");
}

void UnlockWidget::updateUnlockEnabled()
{
    // Enabled with empty fields too: pressing it then says what is missing, which a greyed-out
    // button cannot.
    m_unlockButton->setEnabled(!m_busy && !m_path.isEmpty());
}

} // namespace precis::ui
