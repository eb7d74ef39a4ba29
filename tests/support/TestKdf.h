// SPDX-License-Identifier: GPL-3.0-or-later
// The test-only KDF cost policy (issue #8 D4): linked into test executables only, never into
// precis or precis-cli (tests/security/tst_kdfbuild checks the built binaries).
#pragma once

#include "core/security/Crypto.h"

namespace precis::test {

/// What every slot written by a test executable uses: m = 64 KiB, t = 1, p = 1. Far below the
/// production floor on purpose, so that tests creating dozens of slots stay fast.
inline constexpr security::KdfParams kKdfFastTest{64, 1, 1};

} // namespace precis::test
