// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/VaultPanel.h"

#include "ui/admin/AdminText.h"
#include "ui/admin/BackupDialog.h"
#include "ui/admin/ConfirmActionDialog.h"
#include "ui/admin/RecoveryKeyDialog.h"
#include "ui/admin/RestoreDialog.h"
#include "ui/session/Session.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <memory>

namespace precis::ui {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setProperty("adminHint", true);
    return label;
}

QLabel *statusLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

VaultPanel::VaultPanel(TaskRunner &runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("vaultPanel"));

    auto *backupBox = new QGroupBox(tr("Backups"), this);
    auto *backUp = new QPushButton(tr("Bac&k Up..."), backupBox);
    backUp->setObjectName(QStringLiteral("backUpButton"));
    backUp->setToolTip(tr("Write an encrypted copy of the vault and check it"));
    auto *restore = new QPushButton(tr("R&estore..."), backupBox);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setToolTip(tr("Replace this vault with a backup"));
    restore->setProperty("destructive", true);
    m_backupStatus = statusLabel("backupStatusLabel", backupBox);
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(backUp);
    backupRow->addWidget(restore);
    backupRow->addStretch(1);
    auto *backupLayout = new QVBoxLayout(backupBox);
    backupLayout->addWidget(
        explanation(tr("A backup is an encrypted copy of the vault and its key file, checked after "
                       "writing. Restoring one replaces this vault and signs everyone out."),
                    backupBox));
    backupLayout->addLayout(backupRow);
    backupLayout->addWidget(m_backupStatus);

    auto *keyBox = new QGroupBox(tr("Keys"), this);
    auto *rotate = new QPushButton(tr("Rotate &Data Key..."), keyBox);
    rotate->setObjectName(QStringLiteral("rotateKeyButton"));
    rotate->setToolTip(tr("Encrypt the vault with a new data key"));
    auto *recovery = new QPushButton(tr("New Re&covery Key..."), keyBox);
    recovery->setObjectName(QStringLiteral("newRecoveryKeyButton"));
    recovery->setToolTip(tr("Replace the recovery key and show the new one once"));
    m_keyStatus = statusLabel("keyStatusLabel", keyBox);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(rotate);
    keyRow->addWidget(recovery);
    keyRow->addStretch(1);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addWidget(explanation(
        tr("Rotate the data key when a copy of the key file may have left the clinic; removing "
           "a user rotates it too. Make a new recovery key when the printed one is lost or was "
           "seen by someone who should not have it."),
        keyBox));
    keyLayout->addLayout(keyRow);
    keyLayout->addWidget(m_keyStatus);

    auto *lockBox = new QGroupBox(tr("Automatic Lock"), this);
    m_idleSpin = new QSpinBox(lockBox);
    m_idleSpin->setObjectName(QStringLiteral("idleTimeoutSpinBox"));
    // 1–30 minutes: the range the vault accepts (issue 3, item 4).
    m_idleSpin->setRange(1, 30);
    m_idleSpin->setSuffix(tr(" min"));
    m_idleSpin->setAccessibleName(tr("Lock after idle minutes"));
    m_applyButton = new QPushButton(tr("Appl&y"), lockBox);
    m_applyButton->setObjectName(QStringLiteral("applyIdleTimeoutButton"));
    m_lockStatus = statusLabel("administrationStatusLabel", lockBox);
    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleSpin);
    idleRow->addWidget(m_applyButton);
    idleRow->addStretch(1);
    auto *lockForm = new QFormLayout(lockBox);
    lockForm->addRow(tr("Lock every workstation after"), idleRow);
    lockForm->addRow(m_lockStatus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(12);
    layout->addWidget(backupBox);
    layout->addWidget(keyBox);
    layout->addWidget(lockBox);
    layout->addStretch(1);

    connect(backUp, &QPushButton::clicked, this, &VaultPanel::backUp);
    connect(restore, &QPushButton::clicked, this, &VaultPanel::restore);
    connect(rotate, &QPushButton::clicked, this, &VaultPanel::rotateDataKey);
    connect(recovery, &QPushButton::clicked, this, &VaultPanel::newRecoveryKey);
    connect(m_applyButton, &QPushButton::clicked, this, &VaultPanel::applyIdleTimeout);
}

void VaultPanel::setSession(Session *session)
{
    m_session = session;
    for (QLabel *label : {m_backupStatus, m_keyStatus, m_lockStatus}) {
        label->clear();
        label->hide();
    }
    if (session != nullptr)
        m_idleSpin->setValue(session->idleTimeoutMinutes());
}

void VaultPanel::showStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setProperty("adminError", error);
    label->setProperty("adminStatus", !error);
    // Re-polish so that the style sheet follows the changed property.
    label->style()->unpolish(label);
    label->style()->polish(label);
    label->show();
}

void VaultPanel::backUp()
{
    if (m_session == nullptr)
        return;
    BackupDialog dialog(*m_session, m_runner, this);
    if (dialog.exec() != QDialog::Accepted || m_session == nullptr)
        return;
    const store::CheckReport &report = dialog.report();
    //: %1 file path, %2 number of pages
    showStatus(m_backupStatus,
               tr("Backup written to %1 and checked: %2 pages verified, the key file matches.")
                   .arg(QDir::toNativeSeparators(dialog.writtenPath()),
                        QLocale().toString(report.pages.pageCount)),
               false);
}

void VaultPanel::restore()
{
    if (m_session == nullptr)
        return;
    RestoreDialog dialog(*m_session, m_runner, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.sessionEnded())
        return;
    QMessageBox box(dialog.failure() ? QMessageBox::Warning : QMessageBox::Information,
                    tr("Restore Vault from Backup"),
                    dialog.outcomeText(),
                    QMessageBox::Ok,
                    this);
    box.setObjectName(QStringLiteral("restoreOutcomeMessageBox"));
    box.exec();
    Q_EMIT lockRequested();
}

void VaultPanel::rotateDataKey()
{
    if (m_session == nullptr)
        return;
    Session *session = m_session;
    ConfirmActionDialog dialog(
        m_runner,
        QStringLiteral("rotateKey"),
        {tr("Rotate Data Key"),
         tr("The vault gets a new data key and every page is encrypted again, which takes a "
            "while for a large vault. Every user keeps their password. Copies of the old key "
            "file no longer open the vault; backups made before now still open with the "
            "passwords of their time."),
         tr("&Rotate Data Key"),
         tr("Encrypting the vault with a new data key. Precis locks only when this has "
            "finished.")},
        [session](const security::SecretBytes &own) { return session->rotateDataKey(own); },
        this);
    if (dialog.exec() != QDialog::Accepted || m_session == nullptr)
        return;
    showStatus(m_keyStatus, tr("The data key was rotated."), false);
}

void VaultPanel::newRecoveryKey()
{
    if (m_session == nullptr)
        return;
    Session *session = m_session;
    auto key = std::make_shared<QString>();
    ConfirmActionDialog dialog(
        m_runner,
        QStringLiteral("newRecoveryKey"),
        {tr("New Recovery Key"),
         tr("A new recovery key replaces the current one, which then no longer opens this vault "
            "(backups made before now still open with it). The new key is shown once: have "
            "paper or a printer ready."),
         tr("&Make New Key"),
         tr("Making a new recovery key.")},
        [session, key](const security::SecretBytes &own) -> Result<void> {
            auto made = session->regenerateRecoveryKey(own);
            if (!made)
                return tl::unexpected(made.error());
            *key = *made;
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted || m_session == nullptr || key->isEmpty())
        return;
    RecoveryKeyDialog shown(*key, QFileInfo(m_session->path()).fileName(), this);
    key->fill(QChar(0));
    shown.exec();
    if (m_session != nullptr)
        showStatus(m_keyStatus,
                   tr("A new recovery key was made. The previous one no longer opens this "
                      "vault."),
                   false);
}

void VaultPanel::applyIdleTimeout()
{
    if (m_session == nullptr)
        return;
    const int minutes = m_idleSpin->value();
    const auto result = m_session->setIdleTimeoutMinutes(minutes);
    if (!result) {
        const bool denied = result.error().code == ErrorCode::Permission;
        showStatus(m_lockStatus,
                   denied ? tr("Only an administrator may change the lock period.")
                          : tr("The lock period could not be saved."),
                   true);
        m_idleSpin->setValue(m_session->idleTimeoutMinutes());
        return;
    }
    showStatus(m_lockStatus,
               tr("Saved. Precis now locks after %n minute(s) without input.", nullptr, minutes),
               false);
    Q_EMIT idleTimeoutChanged(minutes);
}

} // namespace precis::ui
