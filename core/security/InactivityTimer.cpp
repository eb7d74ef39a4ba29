// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>

namespace precis::security {

InactivityTimer::InactivityTimer(QObject *parent)
    : QObject(parent), m_clock([] { return std::chrono::steady_clock::now(); })
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &InactivityTimer::checkNow);
    m_lastActivity = m_clock();
}

InactivityTimer::~InactivityTimer()
{
    deactivate();
}

void InactivityTimer::setTimeout(std::chrono::milliseconds timeout)
{
    // A non-positive timeout would lock on every event loop turn; keep the previous value
    // rather than guessing (STYLE §5: never fall back silently — the caller validates).
    Q_ASSERT(timeout.count() > 0);
    if (timeout.count() <= 0)
        return;
    m_timeout = timeout;
    if (m_active)
        checkNow();
}

void InactivityTimer::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastActivity = m_clock();
}

void InactivityTimer::activate()
{
    if (!m_filterInstalled && QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->installEventFilter(this);
        m_filterInstalled = true;
    }
    m_active = true;
    registerActivity();
    arm(m_timeout);
}

void InactivityTimer::deactivate()
{
    m_active = false;
    m_timer.stop();
    if (m_filterInstalled && QCoreApplication::instance() != nullptr)
        QCoreApplication::instance()->removeEventFilter(this);
    m_filterInstalled = false;
}

void InactivityTimer::registerActivity()
{
    m_lastActivity = m_clock();
}

std::chrono::milliseconds InactivityTimer::idleTime() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(m_clock() - m_lastActivity);
}

void InactivityTimer::checkNow()
{
    if (!m_active)
        return;
    const auto idle = idleTime();
    if (idle >= m_timeout) {
        // Fire once; whoever locks re-activates after the next unlock.
        deactivate();
        Q_EMIT inactivityDetected();
        return;
    }
    arm(m_timeout - idle);
}

bool InactivityTimer::isInputEvent(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

bool InactivityTimer::eventFilter(QObject *watched, QEvent *event)
{
    // Only the time is recorded; re-arming the QTimer on every mouse move would be wasteful,
    // so the timer checks the clock when it fires and re-arms for the remainder.
    if (m_active && isInputEvent(event->type()))
        registerActivity();
    return QObject::eventFilter(watched, event);
}

void InactivityTimer::arm(std::chrono::milliseconds in)
{
    // QTimer takes an int of milliseconds; a timeout is at most 30 minutes here, but clamp the
    // arming interval (not the timeout) so that a long test timeout cannot overflow.
    constexpr std::chrono::milliseconds maxArm{std::chrono::hours(1)};
    m_timer.start(std::min(std::max(in, std::chrono::milliseconds(1)), maxArm));
}

} // namespace precis::security
