// SPDX-License-Identifier: GPL-3.0-or-later
// Asks the physician for the reason of a treatment decision (issue #10): accept, decline or defer
// one option. A reason is required to decline or defer, optional to accept (the same rule core
// enforces in store::recordDecision); OK stays disabled until the rule is met.
#pragma once

#include "core/store/Decisions.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace precis::ui {

class OptionDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    /// `optionName` as the Options view shows it.
    OptionDecisionDialog(store::Decision decision,
                         const QString &optionName,
                         bool eligible,
                         QWidget *parent = nullptr);

    [[nodiscard]] QString reason() const;
    [[nodiscard]] store::Decision decision() const { return m_decision; }
    [[nodiscard]] QPlainTextEdit *reasonEdit() const { return m_reason; }

    /// The verb of a decision as the Options view shows it ("Accepted", ...).
    [[nodiscard]] static QString pastTense(store::Decision decision);

private:
    void updateOk();

    store::Decision m_decision;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace precis::ui
