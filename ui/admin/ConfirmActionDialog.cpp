// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/ConfirmActionDialog.h"

#include <QLineEdit>

namespace precis::ui {

ConfirmActionDialog::ConfirmActionDialog(
    TaskRunner &runner, const QString &name, const Texts &texts, Work work, QWidget *parent)
    : AdminActionDialog(runner, name, parent), m_work(std::move(work)), m_busy(texts.busy)
{
    build(texts.title, texts.intro, texts.confirm);
    ownPasswordEdit()->setFocus();
}

} // namespace precis::ui
