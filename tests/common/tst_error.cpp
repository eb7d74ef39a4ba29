// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Error.h"

#include <QTest>

using namespace precis;

class TestError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messageNamesTheField()
    {
        const Result<int> r = fail(ErrorCode::InvalidInput,
                                   QStringLiteral("must be between 40 and 79"),
                                   QStringLiteral("age"),
                                   QStringLiteral("35"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().message(), QStringLiteral("age: must be between 40 and 79"));
    }

    // Issue #8: a screen words a failure by code and reason, so the reason and the retry time
    // travel with the error and do not change its one-line message.
    void reasonTravelsWithTheError()
    {
        const Result<void> r = fail(ErrorReason::KeyFileMissing,
                                    ErrorCode::NotFound,
                                    QStringLiteral("key-slot file missing"));
        QVERIFY(!r);
        QCOMPARE(r.error().reason, ErrorReason::KeyFileMissing);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QCOMPARE(r.error().message(), QStringLiteral("key-slot file missing"));
        Error throttled{ErrorCode::Authentication, {}, {}, QStringLiteral("wait")};
        QCOMPARE(throttled.reason, ErrorReason::None);
        throttled = throttled.withReason(ErrorReason::Throttled);
        throttled.retryAfterSeconds = 16;
        QCOMPARE(throttled.reason, ErrorReason::Throttled);
        QCOMPARE(throttled.retryAfterSeconds, qint64(16));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
