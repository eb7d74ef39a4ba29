// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/AtomicFile.h"

#include <QFileInfo>

#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace precis::security {

namespace {

tl::unexpected<Error> io(const QString &what, const QString &path)
{
    return fail(ErrorCode::Io, what, QStringLiteral("file"), path);
}

} // namespace

bool isSymbolicLink(const QString &path)
{
    struct stat st
    {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

AtomicFileWriter::AtomicFileWriter(QString path) : m_path(std::move(path)) {}

AtomicFileWriter::~AtomicFileWriter()
{
    cancel();
}

Result<void> AtomicFileWriter::open()
{
    if (isSymbolicLink(m_path))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("refusing to write through a symbolic link"),
                    QStringLiteral("file"),
                    m_path);
    const QFileInfo info(m_path);
    if (info.isDir())
        return fail(
            ErrorCode::InvalidInput, QStringLiteral("is a folder"), QStringLiteral("file"), m_path);
    // mkstemp: O_CREAT | O_EXCL (never follows a link), mode 0600 from the start.
    QByteArray name = QFile::encodeName(info.absolutePath() + QLatin1Char('/')
                                        + QStringLiteral(".%1.XXXXXX").arg(info.fileName()));
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0)
        return io(QStringLiteral("cannot create file"), m_path);
    m_temp = QFile::decodeName(name);
    if (!m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        ::unlink(name.constData());
        m_temp.clear();
        return io(QStringLiteral("cannot create file"), m_path);
    }
    return {};
}

Result<void> AtomicFileWriter::commit()
{
    if (m_temp.isEmpty() || !m_file.isOpen())
        return io(QStringLiteral("file not open"), m_path);
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0) {
        cancel();
        return io(QStringLiteral("cannot write file"), m_path);
    }
    m_file.close();
    if (::rename(QFile::encodeName(m_temp).constData(), QFile::encodeName(m_path).constData())
        != 0) {
        cancel();
        return io(QStringLiteral("cannot replace file"), m_path);
    }
    m_temp.clear();
    // Make the rename itself durable: fsync the directory entry (rename(2) is atomic but not
    // persistent until the directory is synced).
    const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return io(QStringLiteral("cannot open directory for fsync"), m_path);
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return io(QStringLiteral("cannot fsync directory"), m_path);
    return {};
}

void AtomicFileWriter::cancel()
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_temp.isEmpty()) {
        ::unlink(QFile::encodeName(m_temp).constData());
        m_temp.clear();
    }
}

Result<void> writeFileAtomically(const QString &path, QByteArrayView data)
{
    AtomicFileWriter writer(path);
    if (auto r = writer.open(); !r)
        return r;
    if (writer.device().write(data.data(), data.size()) != data.size()) {
        writer.cancel();
        return io(QStringLiteral("cannot write file"), path);
    }
    return writer.commit();
}

} // namespace precis::security
