// SPDX-License-Identifier: GPL-3.0-or-later
// The test-only definitions of the KDF cost policy declared in core/security/Crypto.h.
#include "tests/support/TestKdf.h"

namespace precis::security {

QString kdfPolicyName()
{
    // Latin-1 on purpose: the bytes of this name are what tst_kdfbuild looks for in binaries.
    return QString::fromLatin1("precis-kdf-policy:test-only");
}

KdfParams minimumKdfParams()
{
    return test::kKdfFastTest;
}

KdfParams calibrateKdf()
{
    return test::kKdfFastTest;
}

} // namespace precis::security
