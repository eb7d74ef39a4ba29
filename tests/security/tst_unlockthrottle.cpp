// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/UnlockThrottle.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace precis::security;
using namespace std::chrono_literals;

class TestUnlockThrottle : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString vault() const { return m_dir.filePath(QStringLiteral("clinic.precis")); }
    // A fixed fake clock: no test sleeps.
    static QDateTime t0() { return QDateTime(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC); }

private Q_SLOTS:
    void init() { QFile::remove(UnlockThrottle::pathFor(vault())); }

    void delaySchedule_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("seconds");
        QTest::newRow("0") << 0 << 0;
        QTest::newRow("4 free attempts") << 4 << 0;
        QTest::newRow("5 -> 1 s") << 5 << 1;
        QTest::newRow("6 -> 2 s") << 6 << 2;
        QTest::newRow("10 -> 32 s") << 10 << 32;
        QTest::newRow("13 -> 256 s") << 13 << 256;
        QTest::newRow("14 -> cap 300 s") << 14 << 300;
        QTest::newRow("1000 -> cap") << 1000 << 300;
    }
    void delaySchedule()
    {
        QFETCH(int, failures);
        QFETCH(int, seconds);
        QCOMPARE(UnlockThrottle::delayAfter(failures).count(), seconds);
    }

    void throttlesWithFakeClock()
    {
        auto t = UnlockThrottle::load(UnlockThrottle::pathFor(vault()));
        QVERIFY(t.has_value());
        QDateTime now = t0();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(t->check(now).has_value());
            QVERIFY(t->recordFailure(QStringLiteral("alice"), now).has_value());
            now = now.addSecs(1);
        }
        QVERIFY(t->check(now).has_value()); // 4 failures: still free
        QVERIFY(t->recordFailure(QStringLiteral("mallory"), now).has_value()); // 5th
        auto blocked = t->check(now);
        QVERIFY(!blocked.has_value());
        QCOMPARE(blocked.error().code, precis::ErrorCode::Authentication);
        QCOMPARE(blocked.error().detail,
                 QStringLiteral("too many failed attempts; try again in 1 s"));
        QVERIFY(t->check(now.addSecs(1)).has_value());

        for (int i = 0; i < 5; ++i)
            QVERIFY(t->recordFailure(QStringLiteral("mallory"), now).has_value());
        QCOMPARE(t->failureCount(), 10);
        QCOMPARE(t->remainingDelay(now).count(), 32);
        QCOMPARE(t->remainingDelay(now.addSecs(31)).count(), 1);
        QVERIFY(t->check(now.addSecs(32)).has_value());

        // State survives a restart (the file), so quitting does not reset the delay.
        auto reloaded = UnlockThrottle::load(UnlockThrottle::pathFor(vault()));
        QVERIFY(reloaded.has_value());
        QCOMPARE(reloaded->failureCount(), 10);
        QCOMPARE(reloaded->remainingDelay(now).count(), 32);
    }

    void pendingEventsAndClear()
    {
        const QString path = UnlockThrottle::pathFor(vault());
        auto t = UnlockThrottle::load(path);
        QVERIFY(t.has_value());
        QVERIFY(t->recordFailure(QStringLiteral("bob"), t0()).has_value());
        QVERIFY(t->recordFailure(QStringLiteral("nobody"), t0().addSecs(5)).has_value());

        QFileInfo info(path);
        QVERIFY(info.exists());
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        const auto events = t->takePendingEvents();
        QCOMPARE(events.size(), std::size_t{2});
        QCOMPARE(events[0].user, QStringLiteral("bob"));
        QCOMPARE(events[1].user, QStringLiteral("nobody"));
        QCOMPARE(events[1].at, t0().addSecs(5));
        QCOMPARE(events[1].at.timeSpec(), Qt::UTC);
        QVERIFY(t->takePendingEvents().empty()); // handed out once

        QVERIFY(t->clear().has_value());
        QCOMPARE(t->failureCount(), 0);
        auto reloaded = UnlockThrottle::load(path);
        QVERIFY(reloaded.has_value());
        QCOMPARE(reloaded->failureCount(), 0);
        QVERIFY(reloaded->check(t0()).has_value());
    }

    void damagedFile()
    {
        const QString path = UnlockThrottle::pathFor(vault());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        auto t = UnlockThrottle::load(path);
        QVERIFY(!t.has_value());
        QCOMPARE(t.error().code, precis::ErrorCode::Damaged);
    }

    void clockSetBackCapped()
    {
        auto t = UnlockThrottle::load(UnlockThrottle::pathFor(vault()));
        QVERIFY(t.has_value());
        for (int i = 0; i < 6; ++i)
            QVERIFY(t->recordFailure(QStringLiteral("a"), t0()).has_value());
        QVERIFY(t->remainingDelay(t0().addDays(-1)) <= UnlockThrottle::kMaxDelay);
    }
};

QTEST_GUILESS_MAIN(TestUnlockThrottle)
#include "tst_unlockthrottle.moc"
