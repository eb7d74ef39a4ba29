// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the failed-unlock throttle file VAULT.auth (core/security/UnlockThrottle.cpp), which is
// read before every unlock and can be written by anyone who can write the vault's folder.
// Properties: reading never crashes; the delay for a name never exceeds the 5-minute cap,
// whatever times the file holds (issue #8 D11); an attempt that is begun is recorded as one more
// pending event and withdrawing it restores the delay the file had.
#include "FuzzSupport.h"

#include "core/security/UnlockThrottle.h"

using precis::security::UnlockThrottle;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using precis::fuzz::require;
    const QString path = precis::fuzz::scratchDir() + QStringLiteral("/vault.precis.auth");
    precis::fuzz::writeFile(path, precis::fuzz::bytes(data, size));
    // A fixed clock (tests never read the real one): 2026-01-01T00:00:00Z.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    const QString user = QStringLiteral("fuzz");
    const auto delay = UnlockThrottle::remainingDelay(path, user, now);
    if (!delay)
        return 0;
    require(delay->count() >= 0 && *delay <= UnlockThrottle::kMaxDelay, "delay within [0, cap]");
    const auto before = UnlockThrottle::pendingEvents(path);
    require(bool(before), "a file whose delay can be read has readable events");
    const auto attempt = UnlockThrottle::beginAttempt(path, user, now);
    require(!attempt || delay->count() == 0, "an attempt is allowed only when no delay remains");
    if (!attempt)
        return 0;
    const auto during = UnlockThrottle::pendingEvents(path);
    require(bool(during) && during->size() == before->size() + 1,
            "a begun attempt is one more pending event");
    require(bool(UnlockThrottle::attemptAbandoned(path, user, *attempt)), "abandon succeeds");
    const auto after = UnlockThrottle::remainingDelay(path, user, now);
    require(bool(after) && *after == *delay, "withdrawing the attempt restores the delay");
    return 0;
}
