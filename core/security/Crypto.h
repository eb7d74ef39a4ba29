// SPDX-License-Identifier: GPL-3.0-or-later
// Qt/std-typed wrappers around the OpenSSL 3.0 and libargon2 primitives Precis uses.
#pragma once

#include "core/common/Error.h"
#include "core/security/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace precis::security {

/// Lengths fixed by the algorithms (bytes).
inline constexpr std::size_t kDataKeySize = 32;    ///< SQLCipher raw key / AES-256 key
inline constexpr std::size_t kGcmNonceSize = 12;   ///< NIST SP 800-38D recommended IV length
inline constexpr std::size_t kGcmTagSize = 16;     ///< full-length GCM tag
inline constexpr std::size_t kX25519KeySize = 32;  ///< RFC 7748 §5
inline constexpr std::size_t kArgon2SaltSize = 16; ///< RFC 9106 §3.1 recommends 128 bits
/// Size of wrapToPublicKey() output for an n-byte secret: ephemeral public key, nonce, tag.
inline constexpr std::size_t kWrapOverhead = kX25519KeySize + kGcmNonceSize + kGcmTagSize;

// --- Hashes and MACs (outputs are not secret) -------------------------------------------------

[[nodiscard]] QByteArray sha256(QByteArrayView data);
[[nodiscard]] QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
/// HMAC-SHA1, as SQLCipher 3 uses per page (vault-security.md §1.1).
[[nodiscard]] QByteArray hmacSha1(QByteArrayView key, QByteArrayView data);

// --- Key derivation -------------------------------------------------------------------------

/// PBKDF2-HMAC-SHA1 (RFC 8018 §5.2). SQLCipher 3 derives its page-HMAC key with it:
/// pbkdf2HmacSha1(dataKey.view(), salt XOR 0x3a, 2, 32).
[[nodiscard]] Result<SecretBytes>
pbkdf2HmacSha1(QByteArrayView key, QByteArrayView salt, int iterations, std::size_t length);
/// HKDF-SHA256 extract-and-expand (RFC 5869).
[[nodiscard]] Result<SecretBytes>
hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, std::size_t length);

/// Argon2id cost parameters (RFC 9106 §3.1): memory in KiB, passes, lanes.
struct KdfParams
{
    std::uint32_t memoryKiB = 0;
    std::uint32_t iterations = 0;
    std::uint32_t parallelism = 0;

    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

/// Production floor: m = 64 MiB, t = 3, p = 1 (issue 3; above OWASP's m = 19 MiB, t = 2 minimum,
/// Password Storage Cheat Sheet, and within RFC 9106 §4's second recommended option).
inline constexpr KdfParams kKdfFloor{64u * 1024u, 3, 1};
/// Slots asking for more than this are refused when read (a damaged or hostile file must not
/// make an unlock take minutes or exhaust memory): m <= 1 GiB, t <= 10, p <= 16.
inline constexpr KdfParams kKdfLimit{1024u * 1024u, 10, 16};
/// Calibration target for one derivation on this machine.
inline constexpr int kKdfTargetMs = 500;

// The KDF cost policy: the three functions below are declared here but defined by exactly one
// policy object that each executable links (issue #8 D4). precis and precis-cli link
// `precis_kdf_production` (core/security/kdfpolicy/), which calibrates from kKdfFloor; only test
// executables link `precis_test_kdf` (tests/support/), whose cheap parameters therefore exist in
// no shipped binary and cannot be switched on by any environment or setting. An executable that
// links neither fails to link.

/// Names the linked policy: "precis-kdf-policy:production" in shipped executables.
[[nodiscard]] QString kdfPolicyName();
/// The lowest parameters this executable writes (kKdfFloor in production).
[[nodiscard]] KdfParams minimumKdfParams();
/// Parameters for a new slot. Production: from the floor, raise t (up to 10), then m (up to
/// 1 GiB), until one derivation takes about kKdfTargetMs here; never less than the floor.
[[nodiscard]] KdfParams calibrateKdf();
/// True when params are within kKdfLimit and libargon2's own minimums (m >= 8 p, t >= 1, p >= 1).
[[nodiscard]] bool kdfParamsAcceptable(const KdfParams &params);

/// Argon2id (libargon2, version 0x13) of the password bytes, 32-byte output.
[[nodiscard]] Result<SecretBytes>
argon2id(const SecretBytes &password, QByteArrayView salt, const KdfParams &params);

// --- AEAD -------------------------------------------------------------------------------------

/// AES-256-GCM: returns ciphertext || 16-byte tag. key must be 32 bytes, nonce 12 bytes; the
/// nonce must never repeat under one key (callers use random nonces with fresh keys).
[[nodiscard]] Result<QByteArray> aes256GcmSeal(const SecretBytes &key,
                                               QByteArrayView nonce,
                                               QByteArrayView plaintext,
                                               QByteArrayView aad);
/// Inverse of aes256GcmSeal; Authentication error if the tag does not verify (wrong key or
/// altered data: GCM cannot tell them apart).
[[nodiscard]] Result<SecretBytes> aes256GcmOpen(const SecretBytes &key,
                                                QByteArrayView nonce,
                                                QByteArrayView sealed,
                                                QByteArrayView aad);

// --- X25519 key agreement and key wrapping ----------------------------------------------------

struct X25519KeyPair
{
    SecretBytes privateKey; ///< 32 bytes
    QByteArray publicKey;   ///< 32 bytes
};

[[nodiscard]] Result<X25519KeyPair> x25519Generate();
[[nodiscard]] Result<QByteArray> x25519PublicKey(const SecretBytes &privateKey);
/// The raw X25519 shared secret (RFC 7748 §6.1); fails on an all-zero result.
[[nodiscard]] Result<SecretBytes> x25519(const SecretBytes &privateKey, QByteArrayView peerPublic);

/// Encrypts secret to a recipient's X25519 public key: a fresh ephemeral key pair, the shared
/// secret through HKDF-SHA256 (salt = ephemeral public || recipient public, info =
/// "precis-wrap-v1"), AES-256-GCM with a random nonce and the given AAD. Output: ephemeral
/// public (32) || nonce (12) || ciphertext || tag (16).
[[nodiscard]] Result<QByteArray>
wrapToPublicKey(QByteArrayView recipientPublic, const SecretBytes &secret, QByteArrayView aad);
/// Inverse of wrapToPublicKey; Authentication error if the tag does not verify.
[[nodiscard]] Result<SecretBytes>
unwrapWithPrivateKey(const SecretBytes &privateKey, QByteArrayView wrapped, QByteArrayView aad);

// --- Start-up self-test -----------------------------------------------------------------------

/// Known-answer tests: SHA-256 ("abc", FIPS 180-2 App. B.1), AES-256-GCM (McGrew-Viega GCM
/// spec test case 16), X25519 (RFC 7748 §6.1), HKDF-SHA256 (RFC 5869 A.1), Argon2id (RFC 9106
/// §5.3), PBKDF2-HMAC-SHA1 (RFC 6070), plus RAND_bytes. The application refuses to start on
/// failure (Internal error naming the algorithm). The "linked SQLite is SQLCipher" check lives
/// in core/store.
[[nodiscard]] Result<void> runSelfTest();

} // namespace precis::security
