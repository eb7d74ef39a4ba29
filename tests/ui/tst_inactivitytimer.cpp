// SPDX-License-Identifier: GPL-3.0-or-later
// InactivityTimer: fires after the timeout without input, never before, and input restarts it.
#include "core/security/InactivityTimer.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using precis::security::InactivityTimer;
using namespace std::chrono_literals;

class TestInactivityTimer : public QObject
{
    Q_OBJECT

private:
    std::chrono::steady_clock::time_point m_now{std::chrono::hours(1000)};

    void installFakeClock(InactivityTimer &timer)
    {
        timer.setClock([this] { return m_now; });
    }

private Q_SLOTS:
    void firesOnlyAfterTimeout()
    {
        InactivityTimer timer;
        installFakeClock(timer);
        timer.setTimeout(5min);
        QSignalSpy spy(&timer, &InactivityTimer::inactivityDetected);
        timer.activate();
        m_now += 4min + 59s;
        timer.checkNow();
        QCOMPARE(spy.count(), 0);
        QVERIFY(timer.isActive());
        m_now += 1s;
        timer.checkNow();
        QCOMPARE(spy.count(), 1);
        // Fires once, then waits for the next activate() (the lock screen must not relock).
        QVERIFY(!timer.isActive());
        m_now += 10min;
        timer.checkNow();
        QCOMPARE(spy.count(), 1);
    }

    void inputEventsRestartTheCountdown_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("key press") << int(QEvent::KeyPress);
        QTest::newRow("mouse move") << int(QEvent::MouseMove);
        QTest::newRow("mouse press") << int(QEvent::MouseButtonPress);
        QTest::newRow("wheel") << int(QEvent::Wheel);
        QTest::newRow("touch") << int(QEvent::TouchBegin);
    }
    void inputEventsRestartTheCountdown()
    {
        QFETCH(int, type);
        InactivityTimer timer;
        installFakeClock(timer);
        timer.setTimeout(5min);
        QSignalSpy spy(&timer, &InactivityTimer::inactivityDetected);
        timer.activate();
        m_now += 4min;
        QObject target;
        QEvent input(static_cast<QEvent::Type>(type));
        QCoreApplication::sendEvent(&target, &input);
        m_now += 4min;
        timer.checkNow();
        QCOMPARE(spy.count(), 0);
        m_now += 1min;
        timer.checkNow();
        QCOMPARE(spy.count(), 1);
    }

    void nonInputEventsDoNotCount()
    {
        InactivityTimer timer;
        installFakeClock(timer);
        timer.setTimeout(1min);
        QSignalSpy spy(&timer, &InactivityTimer::inactivityDetected);
        timer.activate();
        m_now += 59s;
        QObject target;
        for (const auto type : {QEvent::Timer, QEvent::Paint, QEvent::UpdateRequest}) {
            QEvent e(type);
            QCoreApplication::sendEvent(&target, &e);
        }
        m_now += 1s;
        timer.checkNow();
        QCOMPARE(spy.count(), 1);
    }

    void deactivatedTimerIgnoresEverything()
    {
        InactivityTimer timer;
        installFakeClock(timer);
        timer.setTimeout(1min);
        QSignalSpy spy(&timer, &InactivityTimer::inactivityDetected);
        timer.activate();
        timer.deactivate();
        m_now += 2min;
        timer.checkNow();
        QCOMPARE(spy.count(), 0);
    }

    void realTimerFires()
    {
        // With the real clock and a short timeout the QTimer path fires by itself.
        InactivityTimer timer;
        timer.setTimeout(60ms);
        QSignalSpy spy(&timer, &InactivityTimer::inactivityDetected);
        timer.activate();
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
    }

    void shorterTimeoutAppliesAtOnce()
    {
        InactivityTimer timer;
        installFakeClock(timer);
        timer.setTimeout(30min);
        QSignalSpy spy(&timer, &InactivityTimer::inactivityDetected);
        timer.activate();
        m_now += 6min;
        timer.setTimeout(5min);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInactivityTimer)
#include "tst_inactivitytimer.moc"
