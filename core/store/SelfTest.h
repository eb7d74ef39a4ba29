// SPDX-License-Identifier: GPL-3.0-or-later
// The startup self-test every executable runs before touching a vault.
#pragma once

#include "core/common/Error.h"

namespace precis::store {

/// security::runSelfTest() (known-answer tests) plus sqliteSelfTest() (SQLCipher linked, no
/// system libsqlite3 mapped). The GUI and the CLI refuse to open a vault when it fails.
[[nodiscard]] Result<void> startupSelfTest();

} // namespace precis::store
