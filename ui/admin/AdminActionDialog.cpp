// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AdminActionDialog.h"

#include "ui/admin/AdminText.h"
#include "ui/admin/TaskRunner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace precis::ui {

AdminActionDialog::AdminActionDialog(TaskRunner &runner, const QString &name, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_name(name)
{
    setObjectName(name + QStringLiteral("Dialog"));
    setModal(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(14);
    m_form->setVerticalSpacing(10);
}

void AdminActionDialog::build(const QString &title,
                              const QString &intro,
                              const QString &confirmText)
{
    setWindowTitle(title);
    m_intro = new QLabel(intro, this);
    m_intro->setObjectName(m_name + QStringLiteral("IntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setProperty("adminIntro", true);

    m_ownPassword = new QLineEdit(this);
    m_ownPassword->setObjectName(m_name + QStringLiteral("OwnPasswordEdit"));
    m_ownPassword->setEchoMode(QLineEdit::Password);
    m_ownPassword->setAccessibleName(tr("Your password"));
    m_ownPassword->setToolTip(tr("The vault asks for your own password again before each change."));
    m_form->addRow(tr("&Your password"), m_ownPassword);

    m_error = new QLabel(this);
    m_error->setObjectName(m_name + QStringLiteral("ErrorLabel"));
    m_error->setProperty("adminError", true);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(m_name + QStringLiteral("ConfirmButton"));
    m_confirm->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(m_name + QStringLiteral("CancelButton"));
    connect(m_confirm, &QPushButton::clicked, this, &AdminActionDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 18);
    layout->setSpacing(14);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void AdminActionDialog::setOwnPasswordCaption(const QString &caption, const QString &accessibleName)
{
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_ownPassword)))
        label->setText(caption);
    m_ownPassword->setAccessibleName(accessibleName);
}

void AdminActionDialog::addRow(const QString &label, QWidget *buddy, QLayout *field)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(buddy);
    m_form->addRow(caption, field);
}

void AdminActionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void AdminActionDialog::fitHeight()
{
    // A top-level window does not grow for word-wrapped labels by itself (its size hint assumes
    // another width): ask the layout for the height at the actual width.
    if (layout() == nullptr || !layout()->hasHeightForWidth())
        return;
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > 0 && needed != height())
        resize(width(), needed);
}

void AdminActionDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    fitHeight();
}

void AdminActionDialog::clearError()
{
    m_error->clear();
    m_error->hide();
}

QString AdminActionDialog::describe(const Error &error) const
{
    return AdminText::error(error);
}

void AdminActionDialog::submit()
{
    clearError();
    Work work = prepare();
    if (!work)
        return;
    if (m_ownPassword->text().isEmpty()) {
        showError(tr("Enter your own password to confirm this change."));
        m_ownPassword->setFocus();
        return;
    }
    auto password = std::make_shared<security::SecretBytes>(
        security::SecretBytes::fromUtf8(m_ownPassword->text()));
    m_ownPassword->clear();
    const auto result = m_runner.run<Result<void>>(
        this, busyText(), [work = std::move(work), password] { return work(*password); });
    if (!result)
        return; // the vault is being locked; this dialog has been closed
    if (!*result) {
        if (!keepOpenAfter(result->error())) {
            accept();
            return;
        }
        showError(describe(result->error()));
        m_ownPassword->setFocus();
        return;
    }
    if (finished())
        accept();
}

} // namespace precis::ui
