// SPDX-License-Identifier: GPL-3.0-or-later
// NIST SP 800-63B-4 §3.1.1.2 password rules, table-driven.
#include "core/security/PasswordPolicy.h"
#include "core/security/SecretBytes.h"

#include <QTest>

using namespace precis::security;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT
private:
    std::optional<PasswordPolicy> m_policy;

private Q_SLOTS:
    void initTestCase()
    {
        auto p = PasswordPolicy::builtIn();
        QVERIFY2(p.has_value(), qPrintable(p ? QString() : p.error().message()));
        QVERIFY(p->blocklistSize() > 2000);
        m_policy = std::move(*p);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("error"); // empty = accepted

        const QString ok;
        QTest::newRow("14 code points")
            << QStringLiteral("abcdefghijklmn") << false << PasswordPolicy::kTooShort;
        QTest::newRow("15 code points") << QStringLiteral("abcdefghijklmno") << false << ok;
        QTest::newRow("empty") << QString() << false << PasswordPolicy::kTooShort;
        // 14 letters each followed by a combining acute accent: 28 UTF-16 units, 14 after NFKC.
        QString combining;
        for (int i = 0; i < 14; ++i)
            combining += QStringLiteral("e\u0301");
        QTest::newRow("14 combined after NFKC") << combining << false << PasswordPolicy::kTooShort;
        QTest::newRow("15 combined after NFKC")
            << combining + QStringLiteral("e\u0301") << false << ok;
        // Non-BMP code points (surrogate pairs in UTF-16) count once each.
        QString emoji;
        for (int i = 0; i < 15; ++i)
            emoji += QString::fromUcs4(U"\U0001F600");
        QTest::newRow("15 emoji") << emoji << false << ok;
        QTest::newRow("14 emoji") << emoji.left(28) << false << PasswordPolicy::kTooShort;
        QTest::newRow("no composition rules: all lower case")
            << QStringLiteral("plain lower case words") << false << ok;
        QTest::newRow("64 characters")
            << QString(64, QLatin1Char('k')).replace(3, 1, QLatin1Char('z')) << false << ok;
        QTest::newRow("256 characters") << QStringLiteral("Zq").repeated(128) << false << ok;
        QTest::newRow("257 characters") << QStringLiteral("Zq").repeated(128) + QLatin1Char('x')
                                        << false << PasswordPolicy::kTooLong;
        QTest::newRow("blocklist: password repeated")
            << QStringLiteral("passwordpassword") << false << PasswordPolicy::kBlocklisted;
        QTest::newRow("blocklist: case-insensitive")
            << QStringLiteral("CorrectHorseBatteryStaple") << false << PasswordPolicy::kBlocklisted;
        QTest::newRow("blocklist: digit run")
            << QStringLiteral("123456789012345") << false << PasswordPolicy::kBlocklisted;
        QTest::newRow("blocklist: product name")
            << QStringLiteral("precisprecisprecis") << false << PasswordPolicy::kBlocklisted;
        // Fullwidth letters normalise (NFKC) to the ASCII entry.
        QTest::newRow("blocklist: fullwidth after NFKC")
            << QString::fromUtf8("\xef\xbd\x90\xef\xbd\x81\xef\xbd\x93\xef\xbd\x93") // ｐａｓｓ
                   + QStringLiteral("wordpassword")
            << false << PasswordPolicy::kBlocklisted;
        QTest::newRow("demo password in a real vault")
            << QStringLiteral("precis-demo-password") << false << PasswordPolicy::kDemoPassword;
        QTest::newRow("demo password in a demo vault")
            << QStringLiteral("precis-demo-password") << true << ok;
        QTest::newRow("demo password upper case, real vault")
            << QStringLiteral("PRECIS-DEMO-PASSWORD") << false << PasswordPolicy::kDemoPassword;
    }
    void rules()
    {
        QFETCH(QString, password);
        QFETCH(bool, demo);
        QFETCH(QString, error);
        const auto r = m_policy->check(password, demo);
        if (error.isEmpty()) {
            QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().detail));
        } else {
            QVERIFY2(!r.has_value(), "accepted, expected rejection");
            QCOMPARE(r.error().code, precis::ErrorCode::InvalidInput);
            QCOMPARE(r.error().field, QStringLiteral("password"));
            QCOMPARE(r.error().detail, error);
        }
    }

    void blocklistContainsProductWords()
    {
        auto p = PasswordPolicy::fromFile(QStringLiteral(":/precis/security/blocklist.txt"));
        QVERIFY(p.has_value());
        QFile f(QStringLiteral(":/precis/security/blocklist.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.contains("precis"));
        QVERIFY(lines.contains("precis-demo-password"));
    }

    void userNameRejected()
    {
        const auto r = m_policy->check(
            QStringLiteral("dr-longname-example"), false, QStringLiteral("Dr-LongName-Example"));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().detail, PasswordPolicy::kContainsUserName);
    }

    void noTruncation()
    {
        // Two 100-character passwords that differ only in the last character derive different
        // keys: nothing is cut off before hashing.
        const QString a = QStringLiteral("x").repeated(99) + QLatin1Char('a');
        const QString b = QStringLiteral("x").repeated(99) + QLatin1Char('b');
        QVERIFY(m_policy->check(a).has_value());
        QVERIFY(m_policy->check(b).has_value());
        const SecretBytes sa = SecretBytes::fromUtf8(a);
        const SecretBytes sb = SecretBytes::fromUtf8(b);
        QCOMPARE(sa.size(), std::size_t{100});
        QVERIFY(!sa.constantTimeEquals(sb));
    }

    void missingFile()
    {
        auto p = PasswordPolicy::fromFile(QStringLiteral("/nonexistent/blocklist.txt"));
        QVERIFY(!p.has_value());
        QCOMPARE(p.error().code, precis::ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
