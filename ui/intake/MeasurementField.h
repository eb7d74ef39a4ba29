// SPDX-License-Identifier: GPL-3.0-or-later
// One numeric intake field: the value as typed, its unit (selectable where the variable has
// more than one), the plausible and possible range, and the verdict next to the field as you
// type. An implausible value needs an explicit confirmation; an impossible one is refused.
#pragma once

#include "core/clinical/Variable.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace precis::ui {

class MeasurementField : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Ok, NeedsConfirmation, Impossible, NotANumber };

    MeasurementField(clinical::Var var, QWidget *parent = nullptr);

    [[nodiscard]] clinical::Var var() const { return m_var; }
    [[nodiscard]] QLineEdit *edit() const { return m_edit; }
    [[nodiscard]] QComboBox *unitCombo() const { return m_unit; }
    [[nodiscard]] QCheckBox *confirmBox() const { return m_confirm; }
    /// The value in the unit shown (as typed).
    [[nodiscard]] std::optional<double> enteredValue() const;
    /// The unit shown (UCUM); the variable's canonical unit unless another is chosen.
    [[nodiscard]] QString unit() const;
    void setUnit(const QString &ucum);
    /// The value converted to the canonical unit (Variable.h).
    [[nodiscard]] std::optional<double> canonicalValue() const;
    [[nodiscard]] State state() const { return m_state; }
    /// Ready to save: empty, or a possible value that is plausible or confirmed.
    [[nodiscard]] bool acceptable() const;
    /// A refusal from outside the field (a cross-field rule or the vault): shown until edited.
    void setExternalError(const QString &message);
    void clear();

Q_SIGNALS:
    void changed();
    void unitChosen(clinical::Var var, const QString &unit);

private:
    void revalidate();

    clinical::Var m_var;
    QLineEdit *m_edit = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_unitLabel = nullptr;
    QLabel *m_verdict = nullptr;
    QCheckBox *m_confirm = nullptr;
    State m_state = State::Empty;
    QString m_externalError;
};

} // namespace precis::ui
