// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/BackupDialog.h"

#include "ui/admin/AdminText.h"
#include "ui/session/Session.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace precis::ui {

BackupDialog::BackupDialog(Session &session, TaskRunner &runner, QWidget *parent)
    : AdminActionDialog(runner, QStringLiteral("backup"), parent), m_session(session)
{
    m_path = new QLineEdit(suggestedPath(session.path(), QDate::currentDate()), this);
    m_path->setObjectName(QStringLiteral("backupPathEdit"));
    m_path->setAccessibleName(tr("Backup file"));
    auto *choose = new QPushButton(tr("C&hoose..."), this);
    choose->setObjectName(QStringLiteral("backupChooseButton"));
    choose->setAccessibleName(tr("Choose the backup file"));
    connect(choose, &QPushButton::clicked, this, &BackupDialog::choose);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(choose);
    addRow(tr("Backup &file"), m_path, row);
    build(tr("Back Up Vault"),
          tr("The backup is an encrypted copy of the vault and its key file (a second file "
             "ending .keys), readable with the passwords and the recovery key valid today. Keep "
             "it on another disk, locked away. It is checked after writing."),
          tr("&Back Up"));
    setMinimumWidth(600);
}

QString BackupDialog::suggestedPath(const QString &vaultPath, const QDate &date)
{
    const QFileInfo vault(vaultPath);
    return QDir(vault.absolutePath())
        .filePath(QStringLiteral("%1-backup-%2.precis")
                      .arg(vault.completeBaseName(), date.toString(Qt::ISODate)));
}

void BackupDialog::choose()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back Up Vault"), m_path->text(), tr("Precis vaults (*.precis)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

AdminActionDialog::Work BackupDialog::prepare()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showError(tr("Choose where to write the backup."));
        m_path->setFocus();
        return {};
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == QFileInfo(m_session.path()).absoluteFilePath()) {
        showError(tr("The backup must not replace the vault itself. Choose another file."));
        m_path->setFocus();
        return {};
    }
    m_pending = absolute;
    Session *session = &m_session;
    auto report = m_report;
    return [session, absolute, report](const security::SecretBytes &own) -> Result<void> {
        auto checked = session->backup(own, absolute);
        if (!checked)
            return tl::unexpected(checked.error());
        *report = *checked;
        return {};
    };
}

QString BackupDialog::busyText() const
{
    return tr("Writing and checking the backup %1.").arg(QFileInfo(m_pending).fileName());
}

bool BackupDialog::finished()
{
    if (!m_report->ok()) {
        showError(tr("The backup was written but does not pass its check: %1 Do not rely on it; "
                     "write it again, preferably to another disk.")
                      .arg(AdminText::checkProblems(*m_report)));
        return false;
    }
    m_written = m_pending;
    return true;
}

} // namespace precis::ui
