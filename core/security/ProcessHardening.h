// SPDX-License-Identifier: GPL-3.0-or-later
// Keep keys and decrypted pages out of core dumps and away from same-user ptrace.
#pragma once

#include "core/common/Error.h"

namespace precis::security {

/// prctl(PR_SET_DUMPABLE, 0) and setrlimit(RLIMIT_CORE, {0, 0}). Call early in main() of release
/// builds (the caller decides; debug builds keep dumps). Io error naming the call that failed;
/// the caller warns and goes on (KeePassXC Bootstrap.cpp disableCoreDumps does the same).
[[nodiscard]] Result<void> hardenProcess();

/// True when /proc/self reports the process as not dumpable and RLIMIT_CORE is 0 (tests).
[[nodiscard]] bool processIsHardened();

} // namespace precis::security
