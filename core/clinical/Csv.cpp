// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clinical/Csv.h"

#include <QIODevice>

#include <cstring>

namespace precis::clinical {

namespace {

constexpr std::size_t kChunkSize = std::size_t{64} * 1024;
// Longest field accepted (issue #8 D15): without a limit one huge cell is read whole into
// memory. 1 MiB is far above any value a person CSV holds.
constexpr std::size_t kMaxFieldBytes = std::size_t{1024} * 1024;

Error csvError(qint64 line, std::size_t column, QString detail)
{
    return Error{ErrorCode::InvalidInput,
                 QStringLiteral("line %1, column %2").arg(line).arg(column),
                 QString(),
                 std::move(detail)};
}

} // namespace

CsvReader::CsvReader(QIODevice &device) : m_device(device), m_chunk(kChunkSize) {}

bool CsvReader::fill()
{
    if (m_eof || m_ioError)
        return false;
    // Keep the unread tail (at most a few bytes when looking for the BOM) at the front.
    const std::size_t rest = m_len - m_pos;
    if (rest > 0 && m_pos > 0)
        std::memmove(m_chunk.data(), m_chunk.data() + m_pos, rest);
    m_pos = 0;
    m_len = rest;
    if (m_chunk.size() - m_len < kChunkSize / 2)
        m_chunk.resize(m_chunk.size() + kChunkSize);
    const qint64 got
        = m_device.read(m_chunk.data() + m_len, static_cast<qint64>(m_chunk.size() - m_len));
    if (got < 0) {
        m_ioError = true;
        return false;
    }
    if (got == 0) {
        // QFile blocks on pipes and terminals, so 0 bytes means the end of the input.
        m_eof = true;
        return false;
    }
    m_len += static_cast<std::size_t>(got);
    return true;
}

inline int CsvReader::peek()
{
    if (m_pos < m_len || fill())
        return static_cast<unsigned char>(m_chunk[m_pos]);
    return -1;
}

inline int CsvReader::get()
{
    if (m_pos < m_len || fill())
        return static_cast<unsigned char>(m_chunk[m_pos++]);
    return -1;
}

Result<bool> CsvReader::next()
{
    m_record.clear();
    m_ends.clear();
    m_quotedAny = false;
    if (!m_started) {
        m_started = true;
        while (m_len - m_pos < 3 && fill()) {
        }
        if (m_len - m_pos >= 3 && std::memcmp(m_chunk.data() + m_pos, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
        // UTF-16 (with a byte-order mark, or text whose every other byte is 0) is refused by
        // name rather than read as bytes with NULs in them (issue #8 D15).
        const std::size_t have = m_len - m_pos;
        const char *p = m_chunk.data() + m_pos;
        const bool bom
            = have >= 2
              && ((p[0] == '\xFF' && p[1] == '\xFE') || (p[0] == '\xFE' && p[1] == '\xFF'));
        const bool zeros = have >= 4
                           && ((p[1] == '\0' && p[3] == '\0' && p[0] != '\0')
                               || (p[0] == '\0' && p[2] == '\0' && p[1] != '\0'));
        if (bom || zeros) {
            m_errorColumn = 1;
            return tl::unexpected(
                csvError(1, 1, QStringLiteral("the file is UTF-16; save it as UTF-8")));
        }
    }
    if (peek() < 0) {
        if (m_ioError)
            return tl::unexpected(Error{ErrorCode::Io,
                                        QStringLiteral("line %1").arg(m_line),
                                        QString(),
                                        m_device.errorString()});
        return false;
    }
    m_recordLine = m_line;
    std::size_t column = 1;
    const auto refuse = [&](qint64 line, const QString &why) {
        m_errorColumn = column;
        return tl::unexpected(csvError(line, column, why));
    };
    for (;;) {
        const std::size_t fieldStart = m_record.size();
        int c = peek();
        if (c == '"') {
            get();
            m_quotedAny = true;
            const qint64 openLine = m_line;
            for (;;) {
                c = get();
                if (c < 0) {
                    m_errorColumn = column;
                    return tl::unexpected(csvError(openLine,
                                                   column,
                                                   QStringLiteral("quoted field is not closed "
                                                                  "before the end of the input")));
                }
                if (c == '"') {
                    if (peek() == '"') {
                        get();
                        m_record.push_back('"');
                        continue;
                    }
                    break;
                }
                if (c == '\n' || (c == '\r' && peek() != '\n'))
                    ++m_line;
                if (c == 0)
                    return refuse(m_line, QStringLiteral("NUL byte in a field"));
                if (m_record.size() - fieldStart >= kMaxFieldBytes)
                    return refuse(openLine, QStringLiteral("field longer than 1 MiB"));
                m_record.push_back(static_cast<char>(c));
            }
            c = peek();
            if (c != ',' && c != '\r' && c != '\n' && c >= 0) {
                m_errorColumn = column;
                return tl::unexpected(csvError(
                    m_line, column, QStringLiteral("text after the closing quote of a field")));
            }
        } else {
            for (;;) {
                // Hot path: scan the buffered bytes directly.
                while (m_pos < m_len) {
                    const char ch = m_chunk[m_pos];
                    if (ch == ',' || ch == '\r' || ch == '\n' || ch == '"' || ch == '\0')
                        break;
                    m_record.push_back(ch);
                    ++m_pos;
                }
                if (m_record.size() - fieldStart > kMaxFieldBytes)
                    return refuse(m_line, QStringLiteral("field longer than 1 MiB"));
                c = peek();
                if (c == 0)
                    return refuse(m_line, QStringLiteral("NUL byte in a field"));
                if (c < 0 || c == ',' || c == '\r' || c == '\n')
                    break;
                if (c == '"') {
                    m_errorColumn = column;
                    return tl::unexpected(csvError(
                        m_line,
                        column,
                        QStringLiteral("quote inside an unquoted field (quote the whole field "
                                       "and double the quote)")));
                }
            }
        }
        m_ends.push_back(m_record.size());
        c = get();
        if (c == ',') {
            ++column;
            continue;
        }
        if (c == '\r') {
            if (peek() == '\n')
                get();
            ++m_line;
        } else if (c == '\n') {
            ++m_line;
        }
        if (m_ioError) {
            return tl::unexpected(Error{ErrorCode::Io,
                                        QStringLiteral("line %1").arg(m_line),
                                        QString(),
                                        m_device.errorString()});
        }
        return true;
    }
}

void appendCsvField(std::string &out, std::string_view value)
{
    bool quote = false;
    for (const char ch : value) {
        if (ch == ',' || ch == '"' || ch == '\r' || ch == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(value);
        return;
    }
    out.push_back('"');
    for (const char ch : value) {
        if (ch == '"')
            out.push_back('"');
        out.push_back(ch);
    }
    out.push_back('"');
}

void appendCsvField(std::string &out, QStringView value)
{
    // Model ids, outcomes, units and most messages are ASCII without special characters:
    // narrow them straight into the output in one pass (vectorisable), and fall back to the
    // UTF-8 encoder and quoting only when a character needs it.
    const std::size_t n = static_cast<std::size_t>(value.size());
    const std::size_t old = out.size();
    out.resize(old + n);
    char *dst = out.data() + old;
    const char16_t *src = value.utf16();
    char16_t high = 0;
    bool special = false;
    for (std::size_t i = 0; i < n; ++i) {
        const char16_t u = src[i];
        high |= u;
        special |= (u == u',') | (u == u'"') | (u == u'\r') | (u == u'\n');
        dst[i] = static_cast<char>(u);
    }
    if (high < 0x80 && !special)
        return;
    out.resize(old);
    if (high < 0x80) {
        out.push_back('"');
        for (std::size_t i = 0; i < n; ++i) {
            const char c = static_cast<char>(src[i]);
            if (c == '"')
                out.push_back('"');
            out.push_back(c);
        }
        out.push_back('"');
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    appendCsvField(out, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

bool isValidUtf8(std::string_view bytes)
{
    std::size_t i = 0;
    const std::size_t n = bytes.size();
    while (i < n) {
        const auto b0 = static_cast<unsigned char>(bytes[i]);
        if (b0 < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        char32_t cp = 0;
        if ((b0 & 0xE0) == 0xC0) {
            len = 2;
            cp = b0 & 0x1F;
        } else if ((b0 & 0xF0) == 0xE0) {
            len = 3;
            cp = b0 & 0x0F;
        } else if ((b0 & 0xF8) == 0xF0) {
            len = 4;
            cp = b0 & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto b = static_cast<unsigned char>(bytes[i + k]);
            if ((b & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        const char32_t minimum = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

} // namespace precis::clinical
