// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/AtomicFile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace precis::security {

Result<void> writeFileAtomically(const QString &path, QByteArrayView data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot create file: ") + file.errorString(),
                    QStringLiteral("file"),
                    path);
    // Restrict the temporary file before any byte reaches it: it is renamed over the target.
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot set file mode 0600"),
                    QStringLiteral("file"),
                    path);
    }
    if (file.write(data.data(), data.size()) != data.size()) {
        file.cancelWriting();
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot write file: ") + file.errorString(),
                    QStringLiteral("file"),
                    path);
    }
    // QSaveFile::commit() fsyncs the temporary file before renaming it.
    if (!file.commit())
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot commit file: ") + file.errorString(),
                    QStringLiteral("file"),
                    path);

    // Make the rename itself durable: fsync the directory entry (rename(2) is atomic but not
    // persistent until the directory is synced).
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot open directory for fsync"),
                    QStringLiteral("file"),
                    path);
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return fail(
            ErrorCode::Io, QStringLiteral("cannot fsync directory"), QStringLiteral("file"), path);
    return {};
}

} // namespace precis::security
