// SPDX-License-Identifier: GPL-3.0-or-later
// An exclusive advisory lock for read-modify-write of the small sidecar files.
#pragma once

#include "core/common/Error.h"

#include <QString>

namespace precis::security {

/// An exclusive flock(2) on a directory, held until the object is destroyed. The sidecar files
/// (VAULT.auth, the workstation's seen-vaults file) are replaced by rename, so the lock cannot sit
/// on the file itself; the directory that holds them is stable. Every process that reads,
/// changes and writes such a file takes the lock first, so concurrent processes cannot lose each
/// other's updates (issue #8 D5). Blocks until the lock is free. Move-only.
class DirectoryLock
{
public:
    /// Io error naming the directory if it cannot be opened or locked.
    [[nodiscard]] static Result<DirectoryLock> acquire(const QString &directory);
    ~DirectoryLock();
    DirectoryLock(DirectoryLock &&other) noexcept;
    DirectoryLock &operator=(DirectoryLock &&other) = delete;
    DirectoryLock(const DirectoryLock &) = delete;
    DirectoryLock &operator=(const DirectoryLock &) = delete;

private:
    explicit DirectoryLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace precis::security
