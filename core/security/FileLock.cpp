// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/FileLock.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace precis::security {

Result<DirectoryLock> DirectoryLock::acquire(const QString &directory)
{
    const QByteArray name = QFile::encodeName(directory);
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot open directory to lock it"),
                    QStringLiteral("directory"),
                    directory);
    int rc = 0;
    do {
        rc = ::flock(fd, LOCK_EX);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        ::close(fd);
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot lock directory"),
                    QStringLiteral("directory"),
                    directory);
    }
    return DirectoryLock(fd);
}

DirectoryLock::~DirectoryLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the descriptor releases the flock
}

DirectoryLock::DirectoryLock(DirectoryLock &&other) noexcept : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

} // namespace precis::security
