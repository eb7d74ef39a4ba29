// SPDX-License-Identifier: GPL-3.0-or-later
// All-or-nothing file replacement for the small sidecar files.
#pragma once

#include "core/common/Error.h"

#include <QByteArrayView>
#include <QString>

namespace precis::security {

/// Writes data to path through QSaveFile (temporary file, fsync, rename) with mode 0600 set
/// before any byte is written, then fsyncs the directory so the rename survives power loss.
/// Io error naming the path on failure; the old file is then untouched.
[[nodiscard]] Result<void> writeFileAtomically(const QString &path, QByteArrayView data);

} // namespace precis::security
