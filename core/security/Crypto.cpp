// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/Crypto.h"

#include <QtGlobal>

#include <algorithm>
#include <argon2.h>
#include <limits>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace precis::security {

namespace {

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

QByteArray fromRaw(const unsigned char *p, std::size_t n)
{
    return QByteArray(reinterpret_cast<const char *>(p), static_cast<qsizetype>(n));
}

tl::unexpected<Error> cryptoFailure(const char *what)
{
    return fail(ErrorCode::Internal,
                QStringLiteral("cryptographic operation failed"),
                QStringLiteral("crypto"),
                QString::fromLatin1(what));
}

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct KdfDeleter
{
    void operator()(EVP_KDF *k) const { EVP_KDF_free(k); }
};
struct KdfCtxDeleter
{
    void operator()(EVP_KDF_CTX *c) const { EVP_KDF_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;

bool fitsInt(qsizetype n)
{
    return n >= 0 && n <= std::numeric_limits<int>::max();
}

Result<Pkey> x25519PrivateKey(const SecretBytes &privateKey)
{
    if (privateKey.size() != kX25519KeySize)
        return fail(ErrorCode::InvalidInput, QStringLiteral("X25519 private key must be 32 bytes"));
    Pkey key(EVP_PKEY_new_raw_private_key(
        EVP_PKEY_X25519, nullptr, privateKey.data(), privateKey.size()));
    if (!key)
        return cryptoFailure("X25519 private key");
    return key;
}

Result<QByteArray> rawPublicKey(EVP_PKEY *key)
{
    unsigned char pub[kX25519KeySize];
    std::size_t len = sizeof pub;
    if (EVP_PKEY_get_raw_public_key(key, pub, &len) != 1 || len != kX25519KeySize)
        return cryptoFailure("X25519 public key");
    return fromRaw(pub, len);
}

QByteArray hmac(const EVP_MD *md, QByteArrayView key, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!fitsInt(key.size())
        || !HMAC(md,
                 key.data(),
                 static_cast<int>(key.size()),
                 bytes(data),
                 static_cast<std::size_t>(data.size()),
                 out,
                 &len))
        return {};
    return fromRaw(out, len);
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

} // namespace

// --- Hashes and MACs ---------------------------------------------------------------------------

QByteArray sha256(QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(
            data.data(), static_cast<std::size_t>(data.size()), out, &len, EVP_sha256(), nullptr)
        != 1)
        return {};
    return fromRaw(out, len);
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    return hmac(EVP_sha256(), key, data);
}

QByteArray hmacSha1(QByteArrayView key, QByteArrayView data)
{
    return hmac(EVP_sha1(), key, data);
}

// --- Key derivation ----------------------------------------------------------------------------

Result<SecretBytes>
pbkdf2HmacSha1(QByteArrayView key, QByteArrayView salt, int iterations, std::size_t length)
{
    if (iterations < 1 || length == 0 || length > 1024 || !fitsInt(key.size())
        || !fitsInt(salt.size()))
        return fail(ErrorCode::InvalidInput, QStringLiteral("invalid PBKDF2 parameters"));
    SecretBytes out(length);
    if (PKCS5_PBKDF2_HMAC(key.data(),
                          static_cast<int>(key.size()),
                          bytes(salt),
                          static_cast<int>(salt.size()),
                          iterations,
                          EVP_sha1(),
                          static_cast<int>(length),
                          out.data())
        != 1)
        return cryptoFailure("PBKDF2-HMAC-SHA1");
    return out;
}

Result<SecretBytes>
hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, std::size_t length)
{
    if (length == 0 || length > std::size_t{255} * 32)
        return fail(ErrorCode::InvalidInput, QStringLiteral("invalid HKDF output length"));
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf)
        return cryptoFailure("HKDF fetch");
    std::unique_ptr<EVP_KDF_CTX, KdfCtxDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return cryptoFailure("HKDF context");
    char digest[] = "SHA256";
    // Empty salt or info are left out: OpenSSL rejects zero-length octet parameters with a null
    // pointer, and RFC 5869 §2.2 defines an absent salt as HashLen zero bytes anyway.
    OSSL_PARAM params[5];
    std::size_t n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(
        OSSL_KDF_PARAM_KEY, const_cast<char *>(ikm.data()), static_cast<std::size_t>(ikm.size()));
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
                                                        const_cast<char *>(salt.data()),
                                                        static_cast<std::size_t>(salt.size()));
    if (!info.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO,
                                                        const_cast<char *>(info.data()),
                                                        static_cast<std::size_t>(info.size()));
    params[n] = OSSL_PARAM_construct_end();
    SecretBytes out(length);
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        return cryptoFailure("HKDF-SHA256");
    return out;
}

bool kdfParamsAcceptable(const KdfParams &p)
{
    return p.iterations >= 1 && p.parallelism >= 1 && p.memoryKiB >= 8 * p.parallelism
           && p.memoryKiB <= kKdfLimit.memoryKiB && p.iterations <= kKdfLimit.iterations
           && p.parallelism <= kKdfLimit.parallelism;
}

Result<SecretBytes>
argon2id(const SecretBytes &password, QByteArrayView salt, const KdfParams &params)
{
    if (!kdfParamsAcceptable(params))
        return fail(ErrorCode::InvalidInput, QStringLiteral("Argon2id parameters out of range"));
    if (salt.size() < 8)
        return fail(ErrorCode::InvalidInput, QStringLiteral("Argon2id salt too short"));
    SecretBytes out(kDataKeySize);
    const int rc = argon2id_hash_raw(params.iterations,
                                     params.memoryKiB,
                                     params.parallelism,
                                     password.data(),
                                     password.size(),
                                     salt.data(),
                                     static_cast<std::size_t>(salt.size()),
                                     out.data(),
                                     out.size());
    if (rc != ARGON2_OK) {
        if (rc == ARGON2_MEMORY_ALLOCATION_ERROR)
            return fail(ErrorCode::Io, QStringLiteral("not enough memory for the key derivation"));
        return fail(ErrorCode::Internal,
                    QStringLiteral("Argon2id failed"),
                    QStringLiteral("crypto"),
                    QString::fromLatin1(argon2_error_message(rc)));
    }
    return out;
}

// --- AEAD --------------------------------------------------------------------------------------

Result<QByteArray> aes256GcmSeal(const SecretBytes &key,
                                 QByteArrayView nonce,
                                 QByteArrayView plaintext,
                                 QByteArrayView aad)
{
    if (key.size() != kDataKeySize || nonce.size() != static_cast<qsizetype>(kGcmNonceSize)
        || !fitsInt(plaintext.size()) || !fitsInt(aad.size()))
        return fail(ErrorCode::InvalidInput, QStringLiteral("invalid AES-256-GCM arguments"));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(plaintext.size() + static_cast<qsizetype>(kGcmTagSize), Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(
               ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kGcmNonceSize), nullptr)
               != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) != 1)
        return cryptoFailure("AES-256-GCM init");
    if (!aad.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size()))
               != 1)
        return cryptoFailure("AES-256-GCM aad");
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(
                ctx.get(), o, &len, bytes(plaintext), static_cast<int>(plaintext.size()))
            != 1)
            return cryptoFailure("AES-256-GCM encrypt");
        total = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), o + total, &len) != 1)
        return cryptoFailure("AES-256-GCM final");
    total += len;
    if (EVP_CIPHER_CTX_ctrl(
            ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kGcmTagSize), o + total)
        != 1)
        return cryptoFailure("AES-256-GCM tag");
    return out;
}

Result<SecretBytes> aes256GcmOpen(const SecretBytes &key,
                                  QByteArrayView nonce,
                                  QByteArrayView sealed,
                                  QByteArrayView aad)
{
    if (key.size() != kDataKeySize || nonce.size() != static_cast<qsizetype>(kGcmNonceSize)
        || sealed.size() < static_cast<qsizetype>(kGcmTagSize) || !fitsInt(sealed.size())
        || !fitsInt(aad.size()))
        return fail(ErrorCode::InvalidInput, QStringLiteral("invalid AES-256-GCM arguments"));
    const auto ctLen = static_cast<std::size_t>(sealed.size()) - kGcmTagSize;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    // One spare byte so a zero-length plaintext still has a valid output pointer.
    SecretBytes out(ctLen + 1);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(
               ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kGcmNonceSize), nullptr)
               != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) != 1)
        return cryptoFailure("AES-256-GCM init");
    if (!aad.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size()))
               != 1)
        return cryptoFailure("AES-256-GCM aad");
    if (ctLen > 0
        && EVP_DecryptUpdate(ctx.get(), out.data(), &len, bytes(sealed), static_cast<int>(ctLen))
               != 1)
        return cryptoFailure("AES-256-GCM decrypt");
    unsigned char tag[kGcmTagSize];
    std::copy_n(bytes(sealed) + ctLen, kGcmTagSize, tag);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kGcmTagSize), tag)
        != 1)
        return cryptoFailure("AES-256-GCM tag");
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + ctLen, &len) != 1)
        return fail(ErrorCode::Authentication, QStringLiteral("authentication tag mismatch"));
    SecretBytes exact(ctLen);
    std::copy_n(out.data(), ctLen, exact.data());
    return exact;
}

// --- X25519 ------------------------------------------------------------------------------------

Result<X25519KeyPair> x25519Generate()
{
    X25519KeyPair pair;
    pair.privateKey = SecretBytes::random(kX25519KeySize);
    if (pair.privateKey.size() != kX25519KeySize)
        return cryptoFailure("RAND_bytes");
    // RFC 7748 §5: any 32 random bytes are a valid private key (clamping is done by X25519).
    auto pub = x25519PublicKey(pair.privateKey);
    if (!pub)
        return tl::unexpected(pub.error());
    pair.publicKey = *pub;
    return pair;
}

Result<QByteArray> x25519PublicKey(const SecretBytes &privateKey)
{
    auto key = x25519PrivateKey(privateKey);
    if (!key)
        return tl::unexpected(key.error());
    return rawPublicKey(key->get());
}

Result<SecretBytes> x25519(const SecretBytes &privateKey, QByteArrayView peerPublic)
{
    if (peerPublic.size() != static_cast<qsizetype>(kX25519KeySize))
        return fail(ErrorCode::InvalidInput, QStringLiteral("X25519 public key must be 32 bytes"));
    auto key = x25519PrivateKey(privateKey);
    if (!key)
        return tl::unexpected(key.error());
    Pkey peer(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(peerPublic), kX25519KeySize));
    if (!peer)
        return cryptoFailure("X25519 peer key");
    PkeyCtx ctx(EVP_PKEY_CTX_new(key->get(), nullptr));
    SecretBytes shared(kX25519KeySize);
    std::size_t len = shared.size();
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1
        || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1
        || EVP_PKEY_derive(ctx.get(), shared.data(), &len) != 1 || len != kX25519KeySize)
        return fail(ErrorCode::InvalidInput, QStringLiteral("X25519 key agreement failed"));
    // RFC 7748 §6.1: reject the all-zero shared secret (low-order peer point).
    const SecretBytes zero(kX25519KeySize);
    if (shared.constantTimeEquals(zero))
        return fail(ErrorCode::InvalidInput, QStringLiteral("X25519 peer key has low order"));
    return shared;
}

namespace {
const QByteArray kWrapInfo = QByteArrayLiteral("precis-wrap-v1");

Result<SecretBytes>
wrapKey(const SecretBytes &shared, QByteArrayView ephemeralPublic, QByteArrayView recipientPublic)
{
    QByteArray salt = ephemeralPublic.toByteArray() + recipientPublic.toByteArray();
    return hkdfSha256(shared.view(), salt, kWrapInfo, kDataKeySize);
}
} // namespace

Result<QByteArray>
wrapToPublicKey(QByteArrayView recipientPublic, const SecretBytes &secret, QByteArrayView aad)
{
    auto ephemeral = x25519Generate();
    if (!ephemeral)
        return tl::unexpected(ephemeral.error());
    auto shared = x25519(ephemeral->privateKey, recipientPublic);
    if (!shared)
        return tl::unexpected(shared.error());
    auto key = wrapKey(*shared, ephemeral->publicKey, recipientPublic);
    if (!key)
        return tl::unexpected(key.error());
    // A fresh key per wrap, so a random nonce can never repeat under it.
    const SecretBytes nonce = SecretBytes::random(kGcmNonceSize);
    if (nonce.size() != kGcmNonceSize)
        return cryptoFailure("RAND_bytes");
    auto sealed = aes256GcmSeal(*key, nonce.view(), secret.view(), aad);
    if (!sealed)
        return tl::unexpected(sealed.error());
    return ephemeral->publicKey + nonce.view().toByteArray() + *sealed;
}

Result<SecretBytes>
unwrapWithPrivateKey(const SecretBytes &privateKey, QByteArrayView wrapped, QByteArrayView aad)
{
    if (wrapped.size() < static_cast<qsizetype>(kWrapOverhead))
        return fail(ErrorCode::InvalidInput, QStringLiteral("wrapped key too short"));
    const QByteArrayView ephemeralPublic = wrapped.first(kX25519KeySize);
    const QByteArrayView nonce = wrapped.sliced(kX25519KeySize, kGcmNonceSize);
    const QByteArrayView sealed = wrapped.sliced(kX25519KeySize + kGcmNonceSize);
    auto myPublic = x25519PublicKey(privateKey);
    if (!myPublic)
        return tl::unexpected(myPublic.error());
    auto shared = x25519(privateKey, ephemeralPublic);
    if (!shared)
        return tl::unexpected(shared.error());
    auto key = wrapKey(*shared, ephemeralPublic, *myPublic);
    if (!key)
        return tl::unexpected(key.error());
    return aes256GcmOpen(*key, nonce, sealed, aad);
}

// --- Self-test ---------------------------------------------------------------------------------

namespace {
tl::unexpected<Error> katFailed(const char *what)
{
    return fail(ErrorCode::Internal,
                QStringLiteral("cryptographic self-test failed"),
                QStringLiteral("self-test"),
                QString::fromLatin1(what));
}
} // namespace

Result<void> runSelfTest()
{
    // SHA-256("abc"): FIPS 180-2 Appendix B.1.
    if (sha256("abc") != hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        return katFailed("SHA-256");

    // PBKDF2-HMAC-SHA1: RFC 6070 test case 2 (2 iterations, as SQLCipher's HMAC key uses).
    {
        auto dk = pbkdf2HmacSha1("password", "salt", 2, 20);
        if (!dk || dk->view() != hex("ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"))
            return katFailed("PBKDF2-HMAC-SHA1");
    }

    // AES-256-GCM: McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16
    // (256-bit key, 96-bit IV, 60-byte plaintext, 20-byte AAD), as used in NIST's GCM validation.
    {
        const SecretBytes key = SecretBytes::copyOf(
            hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"));
        const QByteArray iv = hex("cafebabefacedbaddecaf888");
        const QByteArray pt = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                  "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        const QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        const QByteArray expected
            = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                  "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                  "76fc6ece0f4e1768cddf8853bb2d551b");
        auto sealed = aes256GcmSeal(key, iv, pt, aad);
        if (!sealed || *sealed != expected)
            return katFailed("AES-256-GCM encrypt");
        auto opened = aes256GcmOpen(key, iv, expected, aad);
        if (!opened || opened->view() != pt)
            return katFailed("AES-256-GCM decrypt");
        QByteArray tampered = expected;
        tampered[0] = static_cast<char>(tampered[0] ^ 1);
        if (aes256GcmOpen(key, iv, tampered, aad))
            return katFailed("AES-256-GCM tag check");
    }

    // X25519: RFC 7748 §6.1 (Alice's public key and the shared secret).
    {
        const SecretBytes alice = SecretBytes::copyOf(
            hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
        const QByteArray bobPublic
            = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        auto alicePublic = x25519PublicKey(alice);
        if (!alicePublic
            || *alicePublic
                   != hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"))
            return katFailed("X25519 public key");
        auto shared = x25519(alice, bobPublic);
        if (!shared
            || shared->view()
                   != hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"))
            return katFailed("X25519");
    }

    // HKDF-SHA256: RFC 5869 Appendix A.1 (test case 1).
    {
        const QByteArray ikm(22, '\x0b');
        auto okm
            = hkdfSha256(ikm, hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"), 42);
        if (!okm
            || okm->view()
                   != hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                          "34007208d5b887185865"))
            return katFailed("HKDF-SHA256");
    }

    // Argon2id: RFC 9106 §5.3 (t = 3, m = 32 KiB, p = 4, with secret and associated data).
    {
        QByteArray pwd(32, '\x01');
        QByteArray salt(16, '\x02');
        QByteArray secret(8, '\x03');
        QByteArray ad(12, '\x04');
        unsigned char tag[32];
        argon2_context ctx{};
        ctx.out = tag;
        ctx.outlen = sizeof tag;
        ctx.pwd = reinterpret_cast<uint8_t *>(pwd.data());
        ctx.pwdlen = static_cast<uint32_t>(pwd.size());
        ctx.salt = reinterpret_cast<uint8_t *>(salt.data());
        ctx.saltlen = static_cast<uint32_t>(salt.size());
        ctx.secret = reinterpret_cast<uint8_t *>(secret.data());
        ctx.secretlen = static_cast<uint32_t>(secret.size());
        ctx.ad = reinterpret_cast<uint8_t *>(ad.data());
        ctx.adlen = static_cast<uint32_t>(ad.size());
        ctx.t_cost = 3;
        ctx.m_cost = 32;
        ctx.lanes = 4;
        ctx.threads = 4;
        ctx.version = ARGON2_VERSION_13;
        ctx.flags = ARGON2_DEFAULT_FLAGS;
        if (argon2_ctx(&ctx, Argon2_id) != ARGON2_OK
            || fromRaw(tag, sizeof tag)
                   != hex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"))
            return katFailed("Argon2id");
    }

    // The CSPRNG must work: a failure would otherwise surface as an empty key much later.
    {
        const SecretBytes a = SecretBytes::random(32);
        const SecretBytes b = SecretBytes::random(32);
        if (a.size() != 32 || b.size() != 32 || a.constantTimeEquals(b))
            return katFailed("RAND_bytes");
    }

    // Round trip of the slot wrapping construction.
    {
        auto pair = x25519Generate();
        const SecretBytes secret = SecretBytes::random(32);
        if (!pair)
            return katFailed("X25519 keygen");
        auto wrapped = wrapToPublicKey(pair->publicKey, secret, "self-test");
        if (!wrapped)
            return katFailed("key wrap");
        auto unwrapped = unwrapWithPrivateKey(pair->privateKey, *wrapped, "self-test");
        if (!unwrapped || !unwrapped->constantTimeEquals(secret)
            || unwrapWithPrivateKey(pair->privateKey, *wrapped, "other"))
            return katFailed("key unwrap");
    }
    return {};
}

} // namespace precis::security
