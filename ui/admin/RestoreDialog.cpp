// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/RestoreDialog.h"

#include "core/security/KeySlotFile.h"
#include "ui/Format.h"
#include "ui/admin/AdminText.h"
#include "ui/session/Session.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <memory>

namespace precis::ui {

RestoreDialog::RestoreDialog(Session &session, TaskRunner &runner, QWidget *parent)
    : AdminActionDialog(runner, QStringLiteral("restore"), parent), m_session(session)
{
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("restorePathEdit"));
    m_path->setAccessibleName(tr("Backup file to restore"));
    auto *choose = new QPushButton(tr("C&hoose..."), this);
    choose->setObjectName(QStringLiteral("restoreChooseButton"));
    choose->setAccessibleName(tr("Choose the backup file"));
    connect(choose, &QPushButton::clicked, this, &RestoreDialog::choose);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(choose);

    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("restoreCurrentLabel"));
    m_current->setTextFormat(Qt::PlainText);
    m_current->setWordWrap(true);
    m_current->setProperty("adminFacts", true);
    m_backup = new QLabel(this);
    m_backup->setObjectName(QStringLiteral("restoreBackupLabel"));
    m_backup->setTextFormat(Qt::PlainText);
    m_backup->setWordWrap(true);
    m_backup->setProperty("adminFacts", true);

    m_backupUser = new QLineEdit(session.user().name, this);
    m_backupUser->setObjectName(QStringLiteral("restoreBackupUserEdit"));
    m_backupUser->setAccessibleName(tr("Administrator in the backup"));
    m_backupPassword = new QLineEdit(this);
    m_backupPassword->setObjectName(QStringLiteral("restoreBackupPasswordEdit"));
    m_backupPassword->setEchoMode(QLineEdit::Password);
    m_backupPassword->setAccessibleName(tr("Password in the backup"));

    addRow(tr("Backup &file"), m_path, row);
    form()->addRow(tr("Replaced"), m_current);
    form()->addRow(tr("By the backup"), m_backup);
    form()->addRow(tr("&Administrator in the backup"), m_backupUser);
    form()->addRow(tr("Password in the &backup"), m_backupPassword);
    build(tr("Restore Vault from Backup"),
          tr("Restoring replaces this vault and its key file with the backup. Everything "
             "written after the backup was made, its audit rows included, is then no longer in "
             "the vault; users, roles, passwords and the recovery key become those of the "
             "backup. Everyone is signed out, you too."),
          tr("&Replace Vault"));
    setMinimumWidth(640);
    connect(m_path, &QLineEdit::textChanged, this, &RestoreDialog::updateSummary);
    updateSummary();
    m_path->setFocus();
}

void RestoreDialog::choose()
{
    const QString start
        = m_path->text().isEmpty() ? QFileInfo(m_session.path()).absolutePath() : m_path->text();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Restore Vault from Backup"), start, tr("Precis vaults (*.precis)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void RestoreDialog::updateSummary()
{
    const QLocale locale;
    auto when = [](const QDateTime &t) {
        return QStringLiteral("%1 %2").arg(Format::date(t.date()),
                                           t.time().toString(QStringLiteral("HH:mm")));
    };
    const QFileInfo vault(m_session.path());
    QStringList names;
    if (auto users = m_session.listUsers()) {
        for (const store::UserInfo &u : *users)
            names << u.name;
    }
    // At most five names, so that the line stays short in a clinic with many users.
    const qsizetype userCount = names.size();
    if (names.size() > 5)
        names = names.mid(0, 5) << QStringLiteral("\u2026");
    //: What a restore replaces. %1 file name, %2 date and time of its last change, %3 size
    const QString file = tr("%1, last changed %2, %3")
                             .arg(vault.fileName(),
                                  when(vault.lastModified()),
                                  locale.formattedDataSize(vault.size()));
    //: %n number of users, %1 their names
    const QString users = tr("%n user(s): %1", nullptr, static_cast<int>(userCount))
                              .arg(names.join(QStringLiteral(", ")));
    m_current->setText(file + QLatin1Char('\n') + users);
    const QString path = m_path->text().trimmed();
    const QFileInfo backup(path);
    if (path.isEmpty()) {
        m_backup->setText(tr("Choose a backup file."));
        return;
    }
    if (!backup.isFile()) {
        m_backup->setText(tr("No file at this path."));
        return;
    }
    const bool keys = QFileInfo(security::KeySlotFile::pathFor(backup.absoluteFilePath())).isFile();
    //: The backup that replaces the vault. %1 file name, %2 date and time written, %3 size
    const QString facts = tr("%1, written %2, %3")
                              .arg(backup.fileName(),
                                   when(backup.lastModified()),
                                   locale.formattedDataSize(backup.size()));
    m_backup->setText(keys ? facts
                           : facts + QLatin1Char('\n')
                                 + tr("Its key file (ending .keys) is missing: it cannot be "
                                      "restored."));
}

AdminActionDialog::Work RestoreDialog::prepare()
{
    const QString path = m_path->text().trimmed();
    const QFileInfo backup(path);
    if (!backup.isFile()
        || !QFileInfo(security::KeySlotFile::pathFor(backup.absoluteFilePath())).isFile()) {
        showError(tr("Choose a backup file that has its key file (ending .keys) beside it."));
        m_path->setFocus();
        return {};
    }
    if (backup.absoluteFilePath() == QFileInfo(m_session.path()).absoluteFilePath()) {
        showError(tr("This is the vault itself. Choose a backup."));
        return {};
    }
    const QString user = m_backupUser->text().trimmed();
    if (user.isEmpty() || m_backupPassword->text().isEmpty()) {
        showError(tr("Enter an administrator of the backup and their password in the backup."));
        m_backupUser->setFocus();
        return {};
    }
    auto password = std::make_shared<security::SecretBytes>(
        security::SecretBytes::fromUtf8(m_backupPassword->text()));
    m_backupPassword->clear();
    Session *session = &m_session;
    return [session, backupPath = backup.absoluteFilePath(), user, password](
               const security::SecretBytes &own) {
        return session->restore(own, backupPath, user, std::move(*password));
    };
}

QString RestoreDialog::busyText() const
{
    return tr("Checking the backup and replacing the vault. Do not switch off the computer.");
}

bool RestoreDialog::finished()
{
    m_ended = true;
    m_failure.reset();
    return true;
}

bool RestoreDialog::keepOpenAfter(const Error &error)
{
    if (!m_session.isLocked())
        return true;
    m_ended = true;
    m_failure = error;
    return false;
}

QString RestoreDialog::outcomeText() const
{
    if (!m_failure)
        return tr("The vault was restored from the backup. Sign in again.");
    switch (m_failure->code) {
    case ErrorCode::Authentication:
        return tr("The backup did not accept that administrator name and password, so the vault "
                  "was not replaced. Sign in again.");
    case ErrorCode::Permission:
        return tr("That user is not an administrator in the backup, so the vault was not "
                  "replaced. Sign in again.");
    case ErrorCode::Damaged:
        return tr("The backup is damaged or does not belong together with its key file, so the "
                  "vault was not replaced. Sign in again.");
    case ErrorCode::NotFound:
        return tr("The backup or its key file was not found, so the vault was not replaced. Sign "
                  "in again.");
    default:
        break;
    }
    //: %1 the reason, a sentence
    return tr("The restore did not finish: %1 Sign in again; a restore that was interrupted is "
              "completed or undone when the vault is next opened.")
        .arg(AdminText::error(*m_failure));
}

} // namespace precis::ui
