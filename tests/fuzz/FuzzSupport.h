// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the libFuzzer targets in tests/fuzz.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace precis::fuzz {

/// The input as a QByteArray (a deep copy: QByteArray::fromRawData would let a parser keep a
/// view past the call, which libFuzzer frees).
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// A directory for the parsers that read files, created once per process; in /dev/shm where it
/// exists so that the fsyncs of the atomic writes cost nothing.
inline const QString &scratchDir()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/precis-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/precis-fuzz-XXXXXX"));
    if (!dir.isValid())
        std::abort();
    static const QString path = dir.path();
    return path;
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        std::abort();
}

/// A property the parser must keep whatever the input: report and crash so libFuzzer saves it.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz property violated: %s\n", what);
        std::abort();
    }
}

} // namespace precis::fuzz
