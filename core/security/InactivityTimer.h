// SPDX-License-Identifier: GPL-3.0-or-later
// Idle detection for the auto-lock: QtCore only, so that core and the CLI can use it too.
#pragma once

#include <QEvent>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace precis::security {

/// Emits inactivityDetected() once when no user input has reached the application for the
/// configured timeout.
///
/// Installed as an event filter on QCoreApplication (as KeePassXC's InactivityTimer does), it
/// sees every input event before any widget. Each one records the time of the activity; a
/// single-shot timer then checks the elapsed time against an injectable monotonic clock, so
/// tests can drive it without sleeping and a late timer (busy event loop) never locks early.
/// Only QtCore event *types* are inspected; no GUI class is needed.
///
/// After firing, the timer stays inactive until activate() is called again (the lock screen
/// must not lock itself). Not thread-safe: use it from the GUI thread.
class InactivityTimer : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    explicit InactivityTimer(QObject *parent = nullptr);
    ~InactivityTimer() override;

    /// Time without input after which inactivityDetected() is emitted. Must be positive.
    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Replaces the monotonic clock (tests); the default is std::chrono::steady_clock.
    void setClock(Clock clock);

    /// Starts watching: installs the filter on the application and arms the timer.
    void activate();
    /// Stops watching and removes the filter.
    void deactivate();
    [[nodiscard]] bool isActive() const { return m_active; }

    /// Records user activity now (also called for every input event the filter sees).
    void registerActivity();
    /// Time since the last recorded activity according to the clock.
    [[nodiscard]] std::chrono::milliseconds idleTime() const;
    /// Emits inactivityDetected() if the timeout has elapsed, otherwise re-arms the timer for
    /// the remaining time. Called by the timer; public so that a test clock can drive it.
    void checkNow();

    /// True for the event types that count as user input (keys, mouse, wheel, touch, tablet).
    [[nodiscard]] static bool isInputEvent(QEvent::Type type);

Q_SIGNALS:
    void inactivityDetected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arm(std::chrono::milliseconds in);

    QTimer m_timer;
    Clock m_clock;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    std::chrono::steady_clock::time_point m_lastActivity;
    bool m_active = false;
    bool m_filterInstalled = false;
};

} // namespace precis::security
