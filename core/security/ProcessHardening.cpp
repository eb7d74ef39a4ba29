// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/ProcessHardening.h"

#include <QFile>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace precis::security {

Result<void> hardenProcess()
{
    // Core dumps would hold decrypted pages and the data key (vault-security.md §0.4).
    struct rlimit none
    {
        0, 0
    };
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        return fail(ErrorCode::Io, QStringLiteral("setrlimit(RLIMIT_CORE, 0) failed"));
    // Not dumpable also blocks same-user ptrace attach and /proc/<pid>/mem reads.
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return fail(ErrorCode::Io, QStringLiteral("prctl(PR_SET_DUMPABLE, 0) failed"));
    return {};
}

bool processIsHardened()
{
    struct rlimit limit
    {};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0)
        return false;
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace precis::security
