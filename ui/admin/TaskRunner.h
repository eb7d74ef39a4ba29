// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;
class QWidget;

namespace precis::ui {

/// Runs one administration task at a time on a worker thread (a key derivation, a key rotation
/// that re-encrypts every page, a backup) while an application-modal busy indicator says what is
/// happening, so the window keeps painting.
///
/// The vault is not thread-safe. While a task runs the GUI thread makes no other call on the
/// session: the indicator blocks input, and finish() — which AdministrationWidget calls before
/// the session is locked or destroyed — waits until the task has returned. A task cannot be
/// cancelled: each one is crash-safe in core, but stopping it half-way is not an option the
/// vault offers, so a lock (idle, Ctrl+L, desktop lock) takes effect when the task is done.
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override;

    /// Runs `work` on a worker thread and returns its result; nullopt when finish() was called
    /// meanwhile (the vault is being locked: the caller must not touch the session again) or
    /// when a task is already running. `label` is shown next to the busy indicator.
    template <typename T>
    [[nodiscard]] std::optional<T>
    run(QWidget *parent, const QString &label, std::function<T()> work)
    {
        auto result = std::make_shared<std::optional<T>>();
        if (!runErased(parent, label, [result, work = std::move(work)] { *result = work(); }))
            return std::nullopt;
        return std::move(*result);
    }

    /// Waits for a running task to return; a run() in progress then returns nullopt.
    void finish();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// A task started or ended (the busy indicator is shown or hidden).
    void busyChanged(bool busy);

private:
    [[nodiscard]] bool runErased(QWidget *parent, const QString &label, std::function<void()> work);

    QThread *m_thread = nullptr;
    bool m_finishing = false;
};

} // namespace precis::ui
