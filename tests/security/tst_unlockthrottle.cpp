// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/UnlockThrottle.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace precis;
using namespace precis::security;
using namespace std::chrono_literals;

class TestUnlockThrottle : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const
    {
        return UnlockThrottle::pathFor(m_dir.filePath(QStringLiteral("c.precis")));
    }
    // A fixed fake clock: no test sleeps.
    static QDateTime t0() { return QDateTime(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC); }
    bool attempt(const QString &user, const QDateTime &at)
    {
        return UnlockThrottle::beginAttempt(path(), user, at).has_value();
    }
    qint64 wait(const QString &user, const QDateTime &at)
    {
        return UnlockThrottle::remainingDelay(path(), user, at).value_or(-1s).count();
    }

private Q_SLOTS:
    void init() { QFile::remove(path()); }

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

    // Each attempt is counted before the password is checked: five free ones, then a typed
    // refusal with the retry time.
    void throttlesWithFakeClock()
    {
        QDateTime now = t0();
        for (int i = 0; i < 5; ++i)
            QVERIFY(attempt(QStringLiteral("alice"), now));
        auto blocked = UnlockThrottle::beginAttempt(path(), QStringLiteral("alice"), now);
        QVERIFY(!blocked.has_value());
        QCOMPARE(blocked.error().code, ErrorCode::Authentication);
        QCOMPARE(blocked.error().reason, ErrorReason::Throttled);
        QCOMPARE(blocked.error().retryAfterSeconds, qint64(1));
        QCOMPARE(blocked.error().detail,
                 QStringLiteral("too many failed attempts; try again in 1 s"));
        now = now.addSecs(1);
        QVERIFY(attempt(QStringLiteral("alice"), now)); // 6th: next one 2 s later
        for (int i = 0; i < 4; ++i) {
            now = now.addSecs(2 << i); // 7th after 2 s, 8th after 4 s, ... 10th after 16 s
            QVERIFY(!attempt(QStringLiteral("alice"), now.addSecs(-1)));
            QVERIFY(attempt(QStringLiteral("alice"), now));
        }
        QCOMPARE(wait(QStringLiteral("alice"), now), qint64(32)); // 10 failures
        QCOMPARE(wait(QStringLiteral("alice"), now.addSecs(31)), qint64(1));
        QCOMPARE(wait(QStringLiteral("alice"), now.addSecs(32)), qint64(0));
    }

    // Issue #8 D5: per user name (NIST SP 800-63B limits attempts per account).
    void perUser()
    {
        for (int i = 0; i < 8; ++i)
            (void)attempt(QStringLiteral("mallory"), t0());
        QVERIFY(wait(QStringLiteral("mallory"), t0()) > 0);
        QCOMPARE(wait(QStringLiteral("admin"), t0()), qint64(0));
        QVERIFY(attempt(QStringLiteral("admin"), t0()));
    }

    // Issue #8 D5: refusals are recorded (for the audit chain) but do not lengthen the wait.
    void refusalsAreRecordedButDoNotExtendTheWait()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(attempt(QStringLiteral("bob"), t0()));
        for (int i = 0; i < 10; ++i)
            QVERIFY(!attempt(QStringLiteral("bob"), t0().addMSecs(500)));
        QVERIFY(attempt(QStringLiteral("bob"), t0().addSecs(1)));
        auto events = UnlockThrottle::pendingEvents(path());
        QVERIFY(events);
        QCOMPARE(events->size(), std::size_t{16});
        int refused = 0;
        for (const FailedUnlock &e : *events)
            refused += e.kind == FailedUnlock::Kind::Throttled ? 1 : 0;
        QCOMPARE(refused, 10);
        QCOMPARE(events->back().at, t0().addSecs(1));
        QCOMPARE(events->back().at.timeSpec(), Qt::UTC);
    }

    // The advance failure of a successful attempt is withdrawn and the user's count reset; other
    // recorded attempts stay pending until an unlock writes them into the chain.
    void successAndAbandon()
    {
        QVERIFY(attempt(QStringLiteral("carol"), t0()));
        QVERIFY(attempt(QStringLiteral("nobody"), t0().addSecs(5)));
        auto ok = UnlockThrottle::beginAttempt(path(), QStringLiteral("carol"), t0().addSecs(6));
        QVERIFY(ok);
        QVERIFY(UnlockThrottle::attemptSucceeded(path(), QStringLiteral("carol"), *ok));
        auto abandoned = UnlockThrottle::beginAttempt(path(), QStringLiteral("dave"), t0());
        QVERIFY(abandoned);
        QVERIFY(UnlockThrottle::attemptAbandoned(path(), QStringLiteral("dave"), *abandoned));
        auto events = UnlockThrottle::pendingEvents(path());
        QVERIFY(events);
        QCOMPARE(events->size(), std::size_t{2});
        QCOMPARE(events->at(0).user, QStringLiteral("carol"));
        QCOMPARE(events->at(1).user, QStringLiteral("nobody"));
        QVERIFY(UnlockThrottle::forgetEvents(path(), {events->at(0).id}));
        QCOMPARE(UnlockThrottle::pendingEvents(path())->size(), std::size_t{1});

        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void damagedFile()
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        auto t = UnlockThrottle::beginAttempt(path(), QStringLiteral("a"), t0());
        QVERIFY(!t.has_value());
        QCOMPARE(t.error().code, ErrorCode::Damaged);
        QCOMPARE(t.error().reason, ErrorReason::ThrottleFileDamaged);
    }

    // A file written before issue #8 (one list of failures for the whole vault) still counts.
    void formatOneIsRead()
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray failures;
        for (int i = 0; i < 6; ++i)
            failures
                += QByteArray(i ? "," : "") + R"({"user":"erin","at":"2026-01-02T08:00:00.000Z"})";
        f.write(R"({"format":1,"failures":[)" + failures + "]}");
        f.close();
        QCOMPARE(wait(QStringLiteral("erin"), t0()), qint64(2));
        QCOMPARE(UnlockThrottle::pendingEvents(path())->size(), std::size_t{6});
    }

    // Issue #8 D11: a failure stamped in the future (the clock was set back a day) must not lock
    // anyone out beyond the 5-minute cap.
    void futureTimestampDoesNotLockOutBeyondTheCap()
    {
        for (int i = 0; i < 20; ++i)
            (void)attempt(QStringLiteral("frank"), t0());
        const QDateTime back = t0().addDays(-1);
        QVERIFY(!attempt(QStringLiteral("frank"), back));
        QVERIFY(wait(QStringLiteral("frank"), back) <= 300);
        QVERIFY(attempt(QStringLiteral("frank"), back.addSecs(301)));
    }
};

QTEST_GUILESS_MAIN(TestUnlockThrottle)
#include "tst_unlockthrottle.moc"
