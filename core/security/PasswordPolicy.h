// SPDX-License-Identifier: GPL-3.0-or-later
// Password rules of NIST SP 800-63B-4 §3.1.1.2 for single-factor passwords.
#pragma once

#include "core/common/Error.h"

#include <QSet>
#include <QString>

namespace precis::security {

/// Checks a new password: at least 15 code points after NFKC normalisation, at most 256 (so
/// that 64 and more are allowed), no composition rules, no truncation, not on the blocklist
/// (compared after NFKC and case folding). The blocklist ships in
/// resources/security/blocklist.txt (source and licence in resources/security/README.md) and is
/// compiled into precis_security as the Qt resource ":/precis/security/blocklist.txt".
///
/// Errors are InvalidInput with field "password" and one of the details
/// kTooShort, kTooLong, kBlocklisted, kDemoPassword, kContainsUserName. Immutable after
/// construction; const methods are thread-safe.
class PasswordPolicy
{
public:
    static constexpr int kMinCodePoints = 15;
    static constexpr int kMaxCodePoints = 256;

    static inline const QString kTooShort
        = QStringLiteral("password is shorter than 15 characters");
    static inline const QString kTooLong = QStringLiteral("password is longer than 256 characters");
    static inline const QString kBlocklisted
        = QStringLiteral("password is on the list of common passwords");
    static inline const QString kDemoPassword
        = QStringLiteral("the demo password is accepted only in demo vaults");
    static inline const QString kContainsUserName
        = QStringLiteral("password must not be the user name");

    /// The password of the synthetic demo vault's users (README).
    static inline const QString kDemoPasswordText = QStringLiteral("precis-demo-password");

    /// Loads the built-in blocklist (Qt resource). Internal error if the resource is missing.
    [[nodiscard]] static Result<PasswordPolicy> builtIn();
    /// Loads a blocklist file: UTF-8, one entry per line, '#' starts a comment line.
    [[nodiscard]] static Result<PasswordPolicy> fromFile(const QString &path);

    /// Ok, or the first rule it breaks. allowDemoPassword is true only for demo vaults;
    /// userName (optional) rejects a password equal to it (NIST "context-specific words").
    [[nodiscard]] Result<void> check(const QString &password,
                                     bool allowDemoPassword = false,
                                     const QString &userName = {}) const;

    /// Number of code points after NFKC normalisation (what the length rules count).
    [[nodiscard]] static int codePointCount(const QString &password);
    [[nodiscard]] qsizetype blocklistSize() const { return m_blocklist.size(); }

private:
    PasswordPolicy() = default;
    static QString canonical(const QString &text); ///< NFKC, then case folding

    QSet<QString> m_blocklist;
};

} // namespace precis::security
