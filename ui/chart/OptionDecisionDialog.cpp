// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/OptionDecisionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace precis::ui {

OptionDecisionDialog::OptionDecisionDialog(store::Decision decision,
                                           const QString &optionName,
                                           bool eligible,
                                           QWidget *parent)
    : QDialog(parent), m_decision(decision)
{
    setObjectName(QStringLiteral("optionDecisionDialog"));
    QString title;
    QString prompt;
    switch (decision) {
    case store::Decision::Accept:
        title = tr("Accept Option");
        prompt = tr("Accept \u201C%1\u201D for this patient. A reason is optional.");
        break;
    case store::Decision::Decline:
        title = tr("Decline Option");
        prompt = tr("Decline \u201C%1\u201D for this patient. State the reason.");
        break;
    case store::Decision::Defer:
        title = tr("Defer Option");
        prompt = tr("Defer \u201C%1\u201D for this patient. State the reason.");
        break;
    }
    setWindowTitle(title);
    auto *label = new QLabel(prompt.arg(optionName.toHtmlEscaped()), this);
    label->setObjectName(QStringLiteral("decisionPromptLabel"));
    label->setWordWrap(true);
    auto *note = new QLabel(
        tr("The decision is recorded with the knowledge-base version and a fingerprint of the "
           "chart data the options were derived from. It cannot be edited later; a new decision "
           "supersedes it and both stay in the history."),
        this);
    note->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("decisionReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(decision == store::Decision::Accept ? tr("Reason (optional)")
                                                                     : tr("Reason (required)"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("decisionButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Decision"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    if (!eligible) {
        auto *warning = new QLabel(
            tr("Precis found this option not eligible for the patient; see its reason."), this);
        warning->setObjectName(QStringLiteral("decisionNotEligibleLabel"));
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    layout->addWidget(m_reason);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(480, 280);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OptionDecisionDialog::updateOk);
    updateOk();
}

QString OptionDecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void OptionDecisionDialog::updateOk()
{
    const bool ok = m_decision == store::Decision::Accept || !reason().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(ok && m_reason->toPlainText().size() <= store::kMaxDecisionReasonLength);
}

QString OptionDecisionDialog::pastTense(store::Decision decision)
{
    switch (decision) {
    case store::Decision::Accept:
        return tr("Accepted");
    case store::Decision::Decline:
        return tr("Declined");
    case store::Decision::Defer:
        return tr("Deferred");
    }
    return {};
}

} // namespace precis::ui
