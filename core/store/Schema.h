// SPDX-License-Identifier: GPL-3.0-or-later
// Numbered schema migrations of the vault. Migration N moves the schema from N-1 to N inside
// one transaction together with the schema_version row, so a crash leaves either version.
#pragma once

#include "core/common/Error.h"

namespace precis::store {

class Database;

/// The schema version this build writes.
/// The schema version this build writes: the highest migration number. Every migration not yet
/// recorded in schema_version is applied, in increasing order.
inline constexpr int kSchemaVersion = 8;

/// Applies every migration not yet recorded in the file, in increasing order. A file newer than
/// this build is refused (Unsupported) rather than opened and misread.
[[nodiscard]] Result<int> migrate(Database &db);

/// True when migrate() would apply at least one migration (one is not recorded in the file).
[[nodiscard]] Result<bool> migrationPending(Database &db);

/// The version recorded in the file (0 for an empty file).
[[nodiscard]] Result<int> schemaVersion(Database &db);

} // namespace precis::store
