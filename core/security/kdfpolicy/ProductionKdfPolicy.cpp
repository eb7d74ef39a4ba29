// SPDX-License-Identifier: GPL-3.0-or-later
// The production KDF cost policy (Crypto.h). Built as the object library precis_kdf_production
// and linked by precis and precis-cli only; test executables link tests/support's policy instead.
// Nothing here reads the environment or any setting: the floor cannot be lowered at run time.
#include "core/security/Crypto.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace precis::security {

QString kdfPolicyName()
{
    // Latin-1 on purpose: the bytes of this name are what tst_kdfbuild looks for in the binary.
    return QString::fromLatin1("precis-kdf-policy:production");
}

KdfParams minimumKdfParams()
{
    return kKdfFloor;
}

KdfParams calibrateKdf()
{
    using Clock = std::chrono::steady_clock;
    const SecretBytes password = SecretBytes::random(32);
    const SecretBytes salt = SecretBytes::random(kArgon2SaltSize);
    auto measureMs = [&](const KdfParams &p) -> double {
        const auto start = Clock::now();
        if (!argon2id(password, salt.view(), p))
            return 1e9; // cannot run: treat as "slow enough", keep what we have
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    };

    // Cost grows about linearly in t and in m (RFC 9106 §3.4), so scale from one measurement.
    // Raise t first (cheap in memory, which shared workstations lack), then m.
    KdfParams p = kKdfFloor;
    double ms = measureMs(p);
    if (ms < kKdfTargetMs && p.iterations < kKdfLimit.iterations) {
        const double scale = kKdfTargetMs / std::max(ms, 1.0);
        p.iterations = std::min<std::uint32_t>(
            kKdfLimit.iterations,
            std::max<std::uint32_t>(p.iterations,
                                    static_cast<std::uint32_t>(std::lround(p.iterations * scale))));
        ms = measureMs(p);
    }
    if (ms < kKdfTargetMs * 0.9 && p.memoryKiB < kKdfLimit.memoryKiB) {
        const double scale = kKdfTargetMs / std::max(ms, 1.0);
        const double mib = std::floor(p.memoryKiB / 1024.0 * scale);
        p.memoryKiB = std::clamp<std::uint32_t>(
            static_cast<std::uint32_t>(mib) * 1024u, kKdfFloor.memoryKiB, kKdfLimit.memoryKiB);
    }
    return p;
}

} // namespace precis::security
