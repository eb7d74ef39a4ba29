// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace precis::ui {

/// Reports when the desktop locks the screen, switches session or suspends, so that the vault
/// locks with it (as KeePassXC's ScreenLockListener does). Over D-Bus: the session bus's
/// org.freedesktop.ScreenSaver and org.gnome.ScreenSaver ActiveChanged(true), and the system
/// bus's login1 Session.Lock and Manager.PrepareForSleep(true). Without Qt D-Bus, or on a
/// desktop that reports none of these, it stays silent; idle lock still applies.
class ScreenLockListener : public QObject
{
    Q_OBJECT
public:
    explicit ScreenLockListener(QObject *parent = nullptr);

    /// True when at least one bus connection was made.
    [[nodiscard]] bool isListening() const { return m_listening; }

Q_SIGNALS:
    void screenLocked();

private Q_SLOTS:
    // Slots with D-Bus signatures: QDBusConnection::connect() takes only SLOT() strings.
    void onScreenSaverActiveChanged(bool active);
    void onSessionLock();
    void onPrepareForSleep(bool beforeSleep);

private:
    bool m_listening = false;
};

} // namespace precis::ui
