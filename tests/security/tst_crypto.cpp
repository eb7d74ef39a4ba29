// SPDX-License-Identifier: GPL-3.0-or-later
// Known-answer tests for every primitive in core/security/Crypto.h. Each row cites its source.
#include "tests/support/TestKdf.h"

#include "core/security/Crypto.h"

#include <QTest>

using namespace precis::security;

namespace {
QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}
} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selfTestPasses()
    {
        const auto r = runSelfTest();
        QVERIFY2(
            r.has_value(),
            qPrintable(r ? QString() : r.error().message() + QLatin1Char(' ') + r.error().value));
    }

    void sha256Kat_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        // FIPS 180-2 Appendix B.1 and B.2.
        QTest::newRow("abc") << QByteArray(
            "abc") << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("448 bits")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("empty")
            << QByteArray()
            << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
    void sha256Kat()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(sha256(input).toHex(), digest.toHex());
    }

    void hmacKat()
    {
        // RFC 4231 test case 2 (HMAC-SHA256) and RFC 2202 test case 2 (HMAC-SHA1).
        QCOMPARE(hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QCOMPARE(hmacSha1("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"));
    }

    void pbkdf2Kat_data()
    {
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("dk");
        // RFC 6070 test cases 1-3 (P = "password", S = "salt", dkLen = 20).
        QTest::newRow("c=1") << 1 << hex("0c60c80f961f0e71f3a9b524af6012062fe037a6");
        QTest::newRow("c=2") << 2 << hex("ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
        QTest::newRow("c=4096") << 4096 << hex("4b007901b765489abead49d926f721d065a429c1");
    }
    void pbkdf2Kat()
    {
        QFETCH(int, iterations);
        QFETCH(QByteArray, dk);
        const auto out = pbkdf2HmacSha1("password", "salt", iterations, 20);
        QVERIFY(out.has_value());
        QCOMPARE(out->view().toByteArray().toHex(), dk.toHex());
    }

    void hkdfKat()
    {
        // RFC 5869 Appendix A.1 (test case 1) and A.3 (test case 3: empty salt and info).
        auto okm = hkdfSha256(QByteArray(22, '\x0b'),
                              hex("000102030405060708090a0b0c"),
                              hex("f0f1f2f3f4f5f6f7f8f9"),
                              42);
        QVERIFY(okm.has_value());
        QCOMPARE(okm->view().toByteArray().toHex(),
                 QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                            "34007208d5b887185865"));
        auto okm3 = hkdfSha256(QByteArray(22, '\x0b'), {}, {}, 42);
        QVERIFY(okm3.has_value());
        QCOMPARE(okm3->view().toByteArray().toHex(),
                 QByteArray("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                            "9d201395faa4b61a96c8"));
    }

    void aesGcmKat()
    {
        // McGrew & Viega GCM specification, test case 16 (AES-256, 60-byte P, 20-byte AAD).
        const SecretBytes key = SecretBytes::copyOf(
            hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"));
        const QByteArray iv = hex("cafebabefacedbaddecaf888");
        const QByteArray pt = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                  "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        const QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        const QByteArray expected = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd"
                                        "2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0a"
                                        "bcc9f66276fc6ece0f4e1768cddf8853bb2d551b");
        auto sealed = aes256GcmSeal(key, iv, pt, aad);
        QVERIFY(sealed.has_value());
        QCOMPARE(sealed->toHex(), expected.toHex());
        auto opened = aes256GcmOpen(key, iv, expected, aad);
        QVERIFY(opened.has_value());
        QCOMPARE(opened->view(), QByteArrayView(pt));

        // Any flipped bit in ciphertext, tag or AAD fails with Authentication.
        for (qsizetype i : {qsizetype(0), expected.size() - 1}) {
            QByteArray bad = expected;
            bad[i] = static_cast<char>(bad[i] ^ 0x01);
            auto r = aes256GcmOpen(key, iv, bad, aad);
            QVERIFY(!r.has_value());
            QCOMPARE(r.error().code, precis::ErrorCode::Authentication);
        }
        QVERIFY(!aes256GcmOpen(key, iv, expected, "other aad").has_value());
    }

    void x25519Kat()
    {
        // RFC 7748 §6.1: both directions give the same shared secret.
        const SecretBytes alice = SecretBytes::copyOf(
            hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
        const SecretBytes bob = SecretBytes::copyOf(
            hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"));
        auto alicePub = x25519PublicKey(alice);
        auto bobPub = x25519PublicKey(bob);
        QVERIFY(alicePub && bobPub);
        QCOMPARE(alicePub->toHex(),
                 QByteArray("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"));
        QCOMPARE(bobPub->toHex(),
                 QByteArray("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"));
        auto k1 = x25519(alice, *bobPub);
        auto k2 = x25519(bob, *alicePub);
        QVERIFY(k1 && k2);
        QCOMPARE(k1->view().toByteArray().toHex(),
                 QByteArray("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"));
        QVERIFY(k1->constantTimeEquals(*k2));
        // A low-order point (all zero) must be refused, not yield a zero key.
        QVERIFY(!x25519(alice, QByteArray(32, '\0')).has_value());
    }

    void argon2idMatchesReference()
    {
        // RFC 9106 §5.3 is checked (with secret and AD) in runSelfTest(); here the public
        // function: same inputs give the same key, any change gives another.
        const SecretBytes pwd = SecretBytes::copyOf("correct horse battery staple");
        const QByteArray salt(16, '\x02');
        const KdfParams p{64, 1, 1};
        auto a = argon2id(pwd, salt, p);
        auto b = argon2id(pwd, salt, p);
        auto c = argon2id(pwd, QByteArray(16, '\x03'), p);
        auto d = argon2id(pwd, salt, KdfParams{64, 2, 1});
        QVERIFY(a && b && c && d);
        QCOMPARE(a->size(), std::size_t{32});
        QVERIFY(a->constantTimeEquals(*b));
        QVERIFY(!a->constantTimeEquals(*c));
        QVERIFY(!a->constantTimeEquals(*d));
    }

    void argon2idRefusesOverLimit_data()
    {
        QTest::addColumn<uint>("m");
        QTest::addColumn<uint>("t");
        QTest::addColumn<uint>("p");
        QTest::newRow("m above 1 GiB") << 1024u * 1024u + 1u << 3u << 1u;
        QTest::newRow("t above 10") << 64u << 11u << 1u;
        QTest::newRow("p above 16") << 1024u << 1u << 17u;
        QTest::newRow("t zero") << 64u << 0u << 1u;
        QTest::newRow("m below 8p") << 8u << 1u << 2u;
    }
    void argon2idRefusesOverLimit()
    {
        QFETCH(uint, m);
        QFETCH(uint, t);
        QFETCH(uint, p);
        const KdfParams params{m, t, p};
        QVERIFY(!kdfParamsAcceptable(params));
        auto r = argon2id(SecretBytes::copyOf("x"), QByteArray(16, 'a'), params);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, precis::ErrorCode::InvalidInput);
    }

    void wrapRoundTrip()
    {
        auto pair = x25519Generate();
        QVERIFY(pair.has_value());
        const SecretBytes secret = SecretBytes::random(32);
        auto wrapped = wrapToPublicKey(pair->publicKey, secret, "aad");
        QVERIFY(wrapped.has_value());
        QCOMPARE(wrapped->size(), qsizetype(32 + kWrapOverhead));
        auto back = unwrapWithPrivateKey(pair->privateKey, *wrapped, "aad");
        QVERIFY(back.has_value());
        QVERIFY(back->constantTimeEquals(secret));
        // Two wraps of the same secret differ (fresh ephemeral key and nonce).
        auto again = wrapToPublicKey(pair->publicKey, secret, "aad");
        QVERIFY(again && *again != *wrapped);
        // Wrong AAD, wrong private key, flipped byte: all refused.
        QVERIFY(!unwrapWithPrivateKey(pair->privateKey, *wrapped, "other"));
        auto other = x25519Generate();
        QVERIFY(!unwrapWithPrivateKey(other->privateKey, *wrapped, "aad"));
        QByteArray bad = *wrapped;
        bad[40] = static_cast<char>(bad[40] ^ 0x80);
        QVERIFY(!unwrapWithPrivateKey(pair->privateKey, bad, "aad"));
    }

    void fastKdfInTests()
    {
        // precis_add_test links the test-only policy; tst_kdffloor links the production one.
        QCOMPARE(kdfPolicyName(), QStringLiteral("precis-kdf-policy:test-only"));
        QCOMPARE(calibrateKdf(), precis::test::kKdfFastTest);
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
