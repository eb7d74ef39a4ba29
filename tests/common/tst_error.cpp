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
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
