// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SelfTest.h"

#include "core/security/Crypto.h"
#include "core/store/Sqlite.h"

namespace precis::store {

Result<void> startupSelfTest()
{
    if (auto r = security::runSelfTest(); !r)
        return fail(ErrorCode::Internal,
                    QStringLiteral("self-test failed: %1").arg(r.error().message()));
    if (auto r = sqliteSelfTest(); !r)
        return fail(ErrorCode::Internal,
                    QStringLiteral("self-test failed: %1").arg(r.error().message()));
    return {};
}

} // namespace precis::store
