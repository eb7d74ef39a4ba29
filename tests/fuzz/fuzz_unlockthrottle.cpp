// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the failed-unlock throttle file VAULT.auth (core/security/UnlockThrottle.cpp), which is
// read before every unlock and can be written by anyone who can write the vault's folder.
// Properties: loading never crashes; a loaded throttle's delay never exceeds the 5-minute cap,
// whatever times the file holds; recording one more failure saves a file that loads again with
// one more failure.
#include "FuzzSupport.h"

#include "core/security/UnlockThrottle.h"

using precis::security::UnlockThrottle;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using precis::fuzz::require;
    const QString path = precis::fuzz::scratchDir() + QStringLiteral("/vault.precis.auth");
    precis::fuzz::writeFile(path, precis::fuzz::bytes(data, size));
    auto throttle = UnlockThrottle::load(path);
    if (!throttle)
        return 0;
    // A fixed clock (tests never read the real one): 2026-01-01T00:00:00Z.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    const auto delay = throttle->remainingDelay(now);
    require(delay.count() >= 0 && delay <= UnlockThrottle::kMaxDelay, "delay within [0, cap]");
    require(bool(throttle->check(now)) == (delay.count() == 0), "check() agrees with the delay");
    const int before = throttle->failureCount();
    if (throttle->recordFailure(QStringLiteral("fuzz"), now)) {
        auto reloaded = UnlockThrottle::load(path);
        require(bool(reloaded), "a saved throttle file loads");
        require(reloaded->failureCount() == before + 1, "the saved file has one more failure");
    }
    return 0;
}
