// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 CSV, read record by record from a QIODevice and written into a byte buffer.
#pragma once

#include "core/common/Error.h"

#include <QByteArrayView>

#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace precis::clinical {

/// Streaming RFC 4180 reader: quoted fields with embedded commas, doubled quotes, CR and LF;
/// records ended by CRLF, LF or a lone CR; an optional UTF-8 byte-order mark at the start; the
/// last record may lack a line break. Memory is bounded by the longest record plus one read
/// chunk, never by the number of records, so it serves 100,000-row batch files and stdin.
///
/// Fields are returned as raw UTF-8 bytes (quotes removed, "" unescaped); they stay valid
/// until the next call to next(). Not thread-safe. Does not take ownership of the device.
class CsvReader
{
public:
    explicit CsvReader(QIODevice &device);

    /// Reads the next record. Returns true when a record was read, false at the end of the
    /// input, or an InvalidInput error (field = "line L, column C") for an unterminated
    /// quoted field, a quote inside an unquoted field, text after a closing quote, a NUL byte,
    /// a field longer than 1 MiB (so one huge cell is never read whole) or UTF-16 input (a
    /// byte-order mark or every other byte 0 at the start); an Io error when the device fails.
    [[nodiscard]] Result<bool> next();

    [[nodiscard]] std::size_t fieldCount() const { return m_ends.size(); }
    [[nodiscard]] std::string_view field(std::size_t i) const
    {
        const std::size_t begin = i == 0 ? 0 : m_ends[i - 1];
        return std::string_view(m_record).substr(begin, m_ends[i] - begin);
    }
    /// After an InvalidInput error from next(): the 1-based column where it was found.
    [[nodiscard]] std::size_t errorColumn() const { return m_errorColumn; }
    /// Physical line (1-based) on which the current record starts.
    [[nodiscard]] qint64 recordLine() const { return m_recordLine; }
    /// True when the current record is one empty, unquoted field (a blank line).
    [[nodiscard]] bool recordIsBlank() const
    {
        return m_ends.size() == 1 && m_ends[0] == 0 && !m_quotedAny;
    }

private:
    /// Next byte, or -1 at the end of input; refills the chunk buffer.
    int get();
    int peek();
    bool fill();

    QIODevice &m_device;
    std::vector<char> m_chunk;
    std::size_t m_pos = 0;
    std::size_t m_len = 0;
    bool m_eof = false;
    bool m_ioError = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    bool m_quotedAny = false;
    std::size_t m_errorColumn = 0;
    std::string m_record;
    std::vector<std::size_t> m_ends;
};

/// Appends `value` to `out` as one CSV field, quoted when it contains a comma, a quote, CR or
/// LF (quotes doubled), as RFC 4180 §2.6-2.7 requires.
void appendCsvField(std::string &out, std::string_view value);
/// Same for a QString, encoded as UTF-8 without a temporary for ASCII text.
void appendCsvField(std::string &out, QStringView value);
/// Record separator of every CSV Precis writes (RFC 4180 §2.1).
inline constexpr std::string_view kCsvLineEnd = "\r\n";

/// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF).
[[nodiscard]] bool isValidUtf8(std::string_view bytes);

} // namespace precis::clinical
