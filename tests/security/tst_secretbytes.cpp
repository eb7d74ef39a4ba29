// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/SecretBytes.h"

#include <QTest>

#include <cstring>
#include <string>

using precis::security::SecretBytes;

class TestSecretBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zeroInitialised()
    {
        const SecretBytes s(16);
        QCOMPARE(s.size(), std::size_t{16});
        for (std::size_t i = 0; i < s.size(); ++i)
            QCOMPARE(s.data()[i], 0);
    }

    void randomDiffers()
    {
        const SecretBytes a = SecretBytes::random(32);
        const SecretBytes b = SecretBytes::random(32);
        QCOMPARE(a.size(), std::size_t{32});
        QVERIFY(!a.constantTimeEquals(b));
        QVERIFY(a.constantTimeEquals(a));
    }

    void moveEmptiesSource()
    {
        SecretBytes a = SecretBytes::copyOf("key material");
        const unsigned char *buffer = a.data();
        SecretBytes b(std::move(a));
        QCOMPARE(a.size(), std::size_t{0}); // NOLINT(bugprone-use-after-move): the point
        QVERIFY(a.data() == nullptr);
        QVERIFY(a.isEmpty());
        QCOMPARE(b.data(), buffer); // moved, not copied: no second copy to wipe
        QCOMPARE(b.view(), QByteArrayView("key material"));

        SecretBytes c = SecretBytes::copyOf("other");
        c = std::move(b);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(c.view(), QByteArrayView("key material"));
    }

    void assignmentReleasesOldBuffer()
    {
        // The old buffer is wiped (OPENSSL_cleanse) and freed; freed memory cannot be read
        // legally, so this checks the observable part: the object is empty afterwards and a
        // mutable fill through data() is what view() reports.
        SecretBytes s = SecretBytes::copyOf("abcdef");
        std::memset(s.data(), 0x41, s.size());
        QCOMPARE(s.view(), QByteArrayView("AAAAAA"));
        s = SecretBytes();
        QVERIFY(s.isEmpty());
        QVERIFY(s.data() == nullptr);
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("0123") << QByteArray("0123") << true;
        QTest::newRow("last byte differs") << QByteArray("0123") << QByteArray("0124") << false;
        QTest::newRow("different length") << QByteArray("0123") << QByteArray("012") << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    }
    void constantTimeEquals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(SecretBytes::copyOf(a).constantTimeEquals(SecretBytes::copyOf(b)), equal);
    }

    void withHex()
    {
        const SecretBytes s = SecretBytes::copyOf(QByteArray::fromHex("00ff10ab"));
        std::string seen;
        s.withHex([&](const char *hex, std::size_t n) { seen.assign(hex, n); });
        QCOMPARE(QString::fromStdString(seen), QStringLiteral("00ff10ab"));
    }

    void fromUtf8Normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("ascii") << QStringLiteral("secret") << QByteArray("secret");
        // e + COMBINING ACUTE ACCENT composes to U+00E9 under NFKC.
        QTest::newRow("combining") << QString::fromUtf8("e\xcc\x81") << QByteArray("\xc3\xa9");
        // FULLWIDTH LATIN SMALL LETTER A is compatibility-equivalent to 'a'.
        QTest::newRow("fullwidth") << QString::fromUtf8("\xef\xbd\x81") << QByteArray("a");
        // LATIN SMALL LIGATURE FI -> "fi".
        QTest::newRow("ligature") << QString::fromUtf8("\xef\xac\x81") << QByteArray("fi");
    }
    void fromUtf8Normalises()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, utf8);
        QCOMPARE(SecretBytes::fromUtf8(input).view(), QByteArrayView(utf8));
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
