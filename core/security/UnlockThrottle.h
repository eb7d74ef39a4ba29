// SPDX-License-Identifier: GPL-3.0-or-later
// Failed-unlock throttling, kept in the sidecar VAULT.auth (no patient data).
#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <vector>

namespace precis::security {

/// An unlock attempt that enters the audit chain at the next successful unlock.
struct FailedUnlock
{
    enum class Kind {
        WrongCredentials, ///< evaluated: wrong user name or password
        Throttled,        ///< turned away by the throttle before anything was evaluated
    };
    quint64 id = 0; ///< unique within the file
    QString user;   ///< the user name typed (may not exist)
    QDateTime at;   ///< UTC
    Kind kind = Kind::WrongCredentials;
    QString context = {}; ///< where the attempt was made: empty (unlock) or "restore"
};

/// Slows password guessing per user name (NIST SP 800-63B §5.2.2 limits failed attempts per
/// account): after n >= 5 consecutive failures of one name its next attempt is allowed 2^(n-5) s
/// after the last failure, capped at 5 minutes; other users are not affected.
///
/// The state lives in `VAULT.auth` (a failed unlock has no key, so it cannot go into the vault),
/// written atomically with mode 0600; it holds user names, UTC times and counts only. Every
/// read-modify-write holds an exclusive lock on the vault's folder (issue #8 D5), and an attempt
/// is counted as a failure *before* the password is evaluated (beginAttempt) and withdrawn only
/// when it succeeds, so parallel guesses cannot all slip through the same window. Attempts the
/// throttle turns away are recorded too (for the audit chain) but do not lengthen the wait.
/// Times in the future (a clock set back) count as now, so nobody waits past the cap (D11).
///
/// Deleting the file resets the delay: the throttle slows interactive guessing only; an attacker
/// with the files is bounded by the Argon2id cost. `now` is always passed in (tests use a fake
/// clock).
class UnlockThrottle
{
public:
    static constexpr int kFreeAttempts = 5;
    static constexpr std::chrono::seconds kMaxDelay{300};

    /// vaultPath + ".auth"
    [[nodiscard]] static QString pathFor(const QString &vaultPath);
    /// The delay after `failures` consecutive failures (0 below kFreeAttempts).
    [[nodiscard]] static std::chrono::seconds delayAfter(int failures);

    /// Starts an attempt for `user`. While the user is delayed: records the refusal and returns
    /// Authentication "too many failed attempts; try again in N s" with reason Throttled and
    /// retryAfterSeconds N. Otherwise counts the attempt as a failure in advance and returns the
    /// id of its event (pass it to attemptSucceeded or attemptAbandoned). A damaged file is
    /// Damaged "throttle file damaged" (reason ThrottleFileDamaged).
    [[nodiscard]] static Result<quint64> beginAttempt(const QString &path,
                                                      const QString &user,
                                                      const QDateTime &now,
                                                      const QString &context = {});
    /// The password was right: the user's failures (the advance one included) are forgotten.
    [[nodiscard]] static Result<void>
    attemptSucceeded(const QString &path, const QString &user, quint64 attempt);
    /// The attempt ended for a reason other than the password (a damaged file, say): the
    /// advance failure is withdrawn.
    [[nodiscard]] static Result<void>
    attemptAbandoned(const QString &path, const QString &user, quint64 attempt);

    /// Every recorded attempt not yet in an audit chain, oldest first.
    [[nodiscard]] static Result<std::vector<FailedUnlock>> pendingEvents(const QString &path);
    /// Forgets events (after a successful unlock wrote them into the audit chain).
    [[nodiscard]] static Result<void> forgetEvents(const QString &path,
                                                   const std::vector<quint64> &ids);

    /// Seconds until `user` may try again (0 if now). For tests and the unlock screen.
    [[nodiscard]] static Result<std::chrono::seconds>
    remainingDelay(const QString &path, const QString &user, const QDateTime &now);
};

} // namespace precis::security
