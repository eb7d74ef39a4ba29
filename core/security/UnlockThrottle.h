// SPDX-License-Identifier: GPL-3.0-or-later
// Failed-unlock throttling, kept in the sidecar VAULT.auth (no patient data).
#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <vector>

namespace precis::security {

/// A failed unlock, to be written into the audit chain at the next successful unlock.
struct FailedUnlock
{
    QString user; ///< the user name typed (may not exist)
    QDateTime at; ///< UTC
};

/// Counts consecutive failed unlocks of one vault and delays the next attempt: after n >= 5
/// failures the next attempt is allowed 2^(n-5) s after the last failure, capped at 5 min.
/// The state lives in `VAULT.auth` (a failed unlock has no key, so it cannot go into the
/// vault), written atomically with mode 0600; it holds only user names and UTC times. Deleting
/// the file resets the delay: the throttle slows interactive guessing only — an attacker with
/// the files is bounded by the Argon2id cost, not by this. `now` is always passed in (tests use
/// a fake clock). Not thread-safe.
class UnlockThrottle
{
public:
    static constexpr int kFreeAttempts = 5;
    static constexpr std::chrono::seconds kMaxDelay{300};

    /// vaultPath + ".auth"
    [[nodiscard]] static QString pathFor(const QString &vaultPath);
    /// A missing file is an empty throttle; a damaged one is Damaged "throttle file damaged".
    [[nodiscard]] static Result<UnlockThrottle> load(const QString &path);

    /// Authentication "too many failed attempts; try again in N s" while delayed.
    [[nodiscard]] Result<void> check(const QDateTime &now) const;
    /// Seconds until the next attempt is allowed (0 if allowed now).
    [[nodiscard]] std::chrono::seconds remainingDelay(const QDateTime &now) const;
    /// The delay after `failures` consecutive failures (0 below kFreeAttempts).
    [[nodiscard]] static std::chrono::seconds delayAfter(int failures);

    /// Records a failure and saves the file.
    [[nodiscard]] Result<void> recordFailure(const QString &user, const QDateTime &now);
    [[nodiscard]] int failureCount() const { return static_cast<int>(m_events.size()); }
    /// Returns the recorded failures (oldest first) and forgets them in memory; the file keeps
    /// them until clear(), so a crash before the audit write loses nothing.
    [[nodiscard]] std::vector<FailedUnlock> takePendingEvents();
    /// Resets the counter and removes the events from the file (after a successful unlock has
    /// written them into the audit chain).
    [[nodiscard]] Result<void> clear();

private:
    explicit UnlockThrottle(QString path) : m_path(std::move(path)) {}
    [[nodiscard]] Result<void> save() const;

    QString m_path;
    std::vector<FailedUnlock> m_events; ///< every failure since the last clear()
    int m_taken = 0;                    ///< events already handed out by takePendingEvents()
};

} // namespace precis::security
