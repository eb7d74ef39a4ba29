// SPDX-License-Identifier: GPL-3.0-or-later
// All-or-nothing file replacement for the small sidecar files, backups and CLI outputs.
#pragma once

#include "core/common/Error.h"

#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <memory>

namespace precis::security {

/// True when `path` itself is a symbolic link (lstat), whatever it points to or whether it
/// dangles.
[[nodiscard]] bool isSymbolicLink(const QString &path);

/// Streams into a new temporary file next to `path` (mkstemp: created exclusively, mode 0600
/// before any byte) and, on commit(), fsyncs it, renames it over `path` and fsyncs the folder.
/// The target is replaced, never written through (issue #8 D12): a symbolic link at `path` is
/// refused by open() (InvalidInput "refusing to write through a symbolic link"), and rename(2)
/// would replace one planted later instead of following it. Without commit() (or after
/// cancel()) the temporary file is removed and `path` is untouched. Move-only.
class AtomicFileWriter
{
public:
    explicit AtomicFileWriter(QString path);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter &) = delete;
    AtomicFileWriter &operator=(const AtomicFileWriter &) = delete;

    [[nodiscard]] Result<void> open();
    /// The temporary file, open for writing (valid between open() and commit()/cancel()).
    [[nodiscard]] QFile &device() { return m_file; }
    [[nodiscard]] Result<void> commit();
    void cancel();

private:
    QString m_path;
    QString m_temp;
    QFile m_file;
};

/// Writes data to path through an AtomicFileWriter. Io error naming the path on failure (the
/// old file is then untouched); InvalidInput when `path` is a symbolic link.
[[nodiscard]] Result<void> writeFileAtomically(const QString &path, QByteArrayView data);

} // namespace precis::security
