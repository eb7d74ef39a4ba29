// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/security/SecretBytes.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace precis::ui {

class TaskRunner;

/// The frame of every administration dialog: what will happen, the task's fields, the
/// signed-in user's own password (the re-authentication the vault demands before each change),
/// an error line and the confirming button. On confirm the task runs through the TaskRunner with
/// a busy indicator; on success the dialog accepts, otherwise it stays open with the error worded
/// by its code and the password field empty.
class AdminActionDialog : public QDialog
{
    Q_OBJECT
public:
    /// The task: called on a worker thread with the own password typed; must not touch widgets.
    using Work = std::function<Result<void>(const security::SecretBytes &ownPassword)>;

    [[nodiscard]] QLineEdit *ownPasswordEdit() const { return m_ownPassword; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

protected:
    /// `name` prefixes the object names of the frame's widgets (e.g. "addUser" ->
    /// "addUserOwnPasswordEdit", "addUserConfirmButton", "addUserErrorLabel").
    AdminActionDialog(TaskRunner &runner, const QString &name, QWidget *parent);

    /// Builds the frame; call at the end of the subclass constructor.
    void build(const QString &title, const QString &intro, const QString &confirmText);
    /// Renames the own-password row (after build()), e.g. "Current password".
    void setOwnPasswordCaption(const QString &caption, const QString &accessibleName);
    /// The task's fields go here (rows above the password).
    [[nodiscard]] QFormLayout *form() const { return m_form; }
    /// A form row whose label has a buddy (so that its mnemonic works) for a field that is a
    /// layout (an edit with a Choose... button).
    void addRow(const QString &label, QWidget *buddy, QLayout *field);
    void showError(const QString &text);
    void clearError();
    /// GUI thread: checks the fields and returns the task, or shows an error and returns {}.
    [[nodiscard]] virtual Work prepare() = 0;
    /// The text next to the busy indicator while the task runs.
    [[nodiscard]] virtual QString busyText() const = 0;
    /// GUI thread, after the task succeeded: true accepts the dialog (the default).
    virtual bool finished() { return true; }
    /// GUI thread, after the task failed: true keeps the dialog open with the error shown (the
    /// default); false accepts it (the caller then reads the outcome from the subclass).
    virtual bool keepOpenAfter(const Error &) { return true; }
    /// The words for a failure; AdminText::error by default.
    [[nodiscard]] virtual QString describe(const Error &error) const;

    void showEvent(QShowEvent *event) override;

private:
    void submit();
    void fitHeight();

    TaskRunner &m_runner;
    QString m_name;
    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_ownPassword = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace precis::ui
