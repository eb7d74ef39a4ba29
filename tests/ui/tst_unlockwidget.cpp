// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #8: the unlock screen words a failure by its code and typed reason, never by matching
// the English detail of the error (a detail that merely mentions "key slot" or "too many" must
// not change the sentence).
#include "ui/unlock/UnlockWidget.h"

#include <QTest>

using namespace precis;
using ui::UnlockWidget;

class TestUnlockWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordedByReason_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("reason");
        QTest::addColumn<qint64>("retry");
        QTest::addColumn<QString>("expected");
        const auto row
            = [](const char *name, ErrorCode c, ErrorReason r, qint64 retry, const char *expected) {
                  QTest::newRow(name) << int(c) << int(r) << retry << QString::fromUtf8(expected);
              };
        row("throttled",
            ErrorCode::Authentication,
            ErrorReason::Throttled,
            3,
            "Too many failed attempts. Try again in 3 second(s).");
        row("throttled, no time",
            ErrorCode::Authentication,
            ErrorReason::Throttled,
            0,
            "Too many failed attempts. Wait a moment");
        row("throttle file damaged",
            ErrorCode::Damaged,
            ErrorReason::ThrottleFileDamaged,
            0,
            "counts failed sign-ins (ending .auth) is damaged");
        row("vault missing",
            ErrorCode::NotFound,
            ErrorReason::VaultMissing,
            0,
            "The vault file was not found.");
        row("key file missing",
            ErrorCode::NotFound,
            ErrorReason::KeyFileMissing,
            0,
            "The key file of this vault is missing.");
        row("key file damaged",
            ErrorCode::Damaged,
            ErrorReason::KeyFileDamaged,
            0,
            "The key file of this vault is damaged.");
        row("key file of another version",
            ErrorCode::Damaged,
            ErrorReason::KeyFileFromOtherVersion,
            0,
            "belongs to another version of the vault");
        row("vault rolled back",
            ErrorCode::Damaged,
            ErrorReason::VaultRolledBack,
            0,
            "The vault file is older than its key file");
        row("key file rolled back",
            ErrorCode::Damaged,
            ErrorReason::KeyFileRolledBack,
            0,
            "The key file is older than the vault");
        row("rolled back on this workstation",
            ErrorCode::Damaged,
            ErrorReason::RolledBackOnWorkstation,
            0,
            "older than the one this computer has already opened");
        row("not a vault",
            ErrorCode::Damaged,
            ErrorReason::NotAVault,
            0,
            "This file is not a Precis vault.");
        row("vault damaged",
            ErrorCode::Damaged,
            ErrorReason::VaultDamaged,
            0,
            "The vault is damaged and cannot be opened.");
        row("interrupted restore",
            ErrorCode::Damaged,
            ErrorReason::InterruptedRestore,
            0,
            "A restore of this vault was interrupted");
    }
    void wordedByReason()
    {
        QFETCH(int, code);
        QFETCH(int, reason);
        QFETCH(qint64, retry);
        QFETCH(QString, expected);
        Error e{static_cast<ErrorCode>(code), {}, {}, QStringLiteral("detail is not read")};
        e.reason = static_cast<ErrorReason>(reason);
        e.retryAfterSeconds = retry;
        const QString text = UnlockWidget::messageFor(e);
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    // English details that the old screen matched on no longer steer the wording.
    void detailIsNotParsed_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("expected");
        QTest::newRow("authentication mentioning 'too many'")
            << int(ErrorCode::Authentication)
            << QStringLiteral("too many failed attempts; try again in 99 s")
            << QStringLiteral("The user name or password is incorrect.");
        QTest::newRow("not found mentioning a .keys file")
            << int(ErrorCode::NotFound) << QStringLiteral("missing: clinic.precis.keys")
            << QStringLiteral("The vault file was not found. Choose another vault.");
        QTest::newRow("damaged mentioning a key slot")
            << int(ErrorCode::Damaged) << QStringLiteral("key slot 'x' damaged")
            << QStringLiteral("The vault is damaged and cannot be opened. Nothing was changed. "
                              "Restore it from a backup or ask your administrator.");
    }
    void detailIsNotParsed()
    {
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(QString, expected);
        const Error e{static_cast<ErrorCode>(code), detail, detail, detail};
        QCOMPARE(UnlockWidget::messageFor(e), expected);
    }
};

QTEST_MAIN(TestUnlockWidget)
#include "tst_unlockwidget.moc"
