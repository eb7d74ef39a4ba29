// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ScreenLockListener.h"

#ifdef PRECIS_HAVE_DBUS
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#endif

namespace precis::ui {

ScreenLockListener::ScreenLockListener(QObject *parent) : QObject(parent)
{
#ifdef PRECIS_HAVE_DBUS
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const auto &name : {QStringLiteral("freedesktop"), QStringLiteral("gnome")}) {
            const QString service = QStringLiteral("org.%1.ScreenSaver").arg(name);
            const QString path = QStringLiteral("/org/%1/ScreenSaver").arg(name);
            m_listening |= session.connect(service,
                                           path,
                                           service,
                                           QStringLiteral("ActiveChanged"),
                                           this,
                                           SLOT(onScreenSaverActiveChanged(bool)));
        }
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        const QString login1 = QStringLiteral("org.freedesktop.login1");
        m_listening |= system.connect(login1,
                                      QStringLiteral("/org/freedesktop/login1"),
                                      QStringLiteral("org.freedesktop.login1.Manager"),
                                      QStringLiteral("PrepareForSleep"),
                                      this,
                                      SLOT(onPrepareForSleep(bool)));
        // Lock is emitted on this process's own session object only.
        QDBusInterface manager(login1,
                               QStringLiteral("/org/freedesktop/login1"),
                               QStringLiteral("org.freedesktop.login1.Manager"),
                               system);
        const QDBusReply<QDBusObjectPath> reply
            = manager.call(QStringLiteral("GetSessionByPID"),
                           static_cast<quint32>(QCoreApplication::applicationPid()));
        if (reply.isValid()) {
            m_listening |= system.connect(login1,
                                          reply.value().path(),
                                          QStringLiteral("org.freedesktop.login1.Session"),
                                          QStringLiteral("Lock"),
                                          this,
                                          SLOT(onSessionLock()));
        }
    }
#endif
}

void ScreenLockListener::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT screenLocked();
}

void ScreenLockListener::onSessionLock()
{
    Q_EMIT screenLocked();
}

void ScreenLockListener::onPrepareForSleep(bool beforeSleep)
{
    if (beforeSleep)
        Q_EMIT screenLocked();
}

} // namespace precis::ui
