// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/SecretBytes.h"

#include <QByteArray>

#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace precis::security {

SecretBytes::SecretBytes(std::size_t n)
{
    if (n == 0)
        return;
    // calloc, not new[]: no constructor semantics needed and zero-initialised.
    m_data = static_cast<unsigned char *>(std::calloc(n, 1));
    if (!m_data)
        std::abort(); // out of memory while handling a key: nothing safe to fall back to
    m_size = n;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_data(other.m_data), m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecretBytes::wipe() noexcept
{
    if (m_data) {
        OPENSSL_cleanse(m_data, m_size);
        std::free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

SecretBytes SecretBytes::random(std::size_t n)
{
    SecretBytes out(n);
    if (n > static_cast<std::size_t>(std::numeric_limits<int>::max())
        || RAND_bytes(out.data(), static_cast<int>(n)) != 1)
        return {};
    return out;
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes out(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(out.data(), bytes.data(), out.size());
    return out;
}

SecretBytes SecretBytes::fromUtf8(const QString &password)
{
    QString normalized = password.normalized(QString::NormalizationForm_KC);
    QByteArray utf8 = normalized.toUtf8();
    SecretBytes out = copyOf(utf8);
    // Both temporaries are unshared (fresh results), so data() does not detach into a copy.
    if (!utf8.isEmpty())
        OPENSSL_cleanse(utf8.data(), static_cast<std::size_t>(utf8.size()));
    if (!normalized.isEmpty())
        OPENSSL_cleanse(normalized.data(), static_cast<std::size_t>(normalized.size()) * 2);
    return out;
}

bool SecretBytes::constantTimeEquals(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecretBytes::withHex(const std::function<void(const char *hex, std::size_t length)> &f) const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecretBytes hex(m_size * 2 + 1);
    char *out = reinterpret_cast<char *>(hex.data());
    for (std::size_t i = 0; i < m_size; ++i) {
        out[2 * i] = digits[m_data[i] >> 4];
        out[2 * i + 1] = digits[m_data[i] & 0x0f];
    }
    f(out, m_size * 2);
    // hex's destructor wipes the buffer.
}

} // namespace precis::security
