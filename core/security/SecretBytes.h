// SPDX-License-Identifier: GPL-3.0-or-later
// Move-only container for key material and passwords, wiped on destruction.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <functional>

namespace precis::security {

/// A fixed-size byte buffer for secrets (data keys, private keys, password bytes).
///
/// Invariants: the bytes are wiped with OPENSSL_cleanse when the object is destroyed, moved
/// from or assigned to; a moved-from object is empty (size() == 0, data() == nullptr). There is
/// no implicit conversion to QByteArray or QString: Qt containers allocate with malloc and are
/// never wiped, so a copy there would outlive the lock. Use view() only to pass the bytes to a
/// function that does not keep them, and withHex() for the SQLCipher raw-key string.
///
/// Not thread-safe for concurrent mutation; const access from several threads is fine.
class SecretBytes
{
public:
    SecretBytes() = default;
    /// n zero bytes.
    explicit SecretBytes(std::size_t n);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    /// n bytes from the OpenSSL CSPRNG (RAND_bytes). Returns an empty object if the generator
    /// fails; callers check size() (runSelfTest() exercises RAND_bytes at start-up).
    [[nodiscard]] static SecretBytes random(std::size_t n);
    /// A copy of bytes that are already secret (e.g. read from a wrapped slot).
    [[nodiscard]] static SecretBytes copyOf(QByteArrayView bytes);
    /// The NFKC-normalised UTF-8 encoding of a password (NIST SP 800-63B-4 §3.1.1.2 asks for
    /// normalisation before hashing). Temporaries made here are wiped; the caller clears its
    /// own QString afterwards (e.g. password.fill(QChar(0)); password.clear()).
    [[nodiscard]] static SecretBytes fromUtf8(const QString &password);

    [[nodiscard]] const unsigned char *data() const { return m_data; }
    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    /// A non-owning view for passing the bytes to a function that does not keep them.
    [[nodiscard]] QByteArrayView view() const { return {m_data, static_cast<qsizetype>(m_size)}; }

    /// Equal size and bytes, compared in time independent of the contents (CRYPTO_memcmp).
    [[nodiscard]] bool constantTimeEquals(const SecretBytes &other) const;

    /// Calls f with the lower-case hex encoding of the bytes (2 * size() chars, not
    /// NUL-terminated); the temporary buffer is wiped after f returns. For the SQLCipher raw key
    /// format "x'<64 hex>'" build the string inside f into another SecretBytes.
    void withHex(const std::function<void(const char *hex, std::size_t length)> &f) const;

private:
    void wipe() noexcept;

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace precis::security
