// SPDX-License-Identifier: GPL-3.0-or-later
// Store-internal access to an unlocked Vault's connection and key, for the administration,
// check, backup and demo functions of this module. Not for use outside core/store and its tests.
#pragma once

#include "core/security/KeySlotFile.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"

namespace precis::store::detail {

struct VaultAccess
{
    static Database &db(Vault &v) { return *v.m_db; }
    static const security::SecretBytes &dataKey(const Vault &v) { return v.m_dataKey; }
    static void replaceDataKey(Vault &v, security::SecretBytes key)
    {
        v.m_dataKey = std::move(key);
    }
    static UserInfo &user(Vault &v) { return v.m_user; }
    /// The user proved their password (or the recovery key) just now.
    static void markAuthenticated(Vault &v)
    {
        v.m_authenticatedAt = std::chrono::steady_clock::now();
    }
    static std::chrono::steady_clock::time_point authenticatedAt(const Vault &v)
    {
        return v.m_authenticatedAt;
    }
    /// Tests only: pretend the last authentication happened at `when`.
    static void setAuthenticatedAt(Vault &v, std::chrono::steady_clock::time_point when)
    {
        v.m_authenticatedAt = when;
    }
    static Result<void> requireUnlocked(const Vault &v) { return v.requireUnlocked(); }
    static Result<void> requireClinical(const Vault &v) { return v.requireClinical(); }
    /// Opens the vault file with an already-verified key (and finishes a pending rotation).
    static Result<std::unique_ptr<Vault>> open(const QString &path,
                                               security::UnlockedKeys keys,
                                               const QString &keysPath,
                                               UserInfo user,
                                               bool recovery);
    /// Opens an unlocked vault without auditing; for creation and tests.
    static Result<std::unique_ptr<Vault>>
    adopt(const QString &path, Database db, security::SecretBytes key, UserInfo user);
};

/// How recent a password proof must be before a password change, user management, key rotation
/// or a backup (issue 3 "Re-authentication before ..."). Five minutes is the default of sudo's
/// timestamp_timeout (sudoers(5)), the common precedent for "recently typed the password".
inline constexpr std::chrono::seconds kReauthenticationWindow{300};

/// Authentication error "re-authentication required" unless the signed-in user proved their
/// password (unlock or reauthenticate()) within kReauthenticationWindow. Enforced in core so no
/// front end can skip it.
[[nodiscard]] Result<void> requireFreshAuthentication(const Vault &v, const QString &what);

/// Permission error unless the user holds `role`.
[[nodiscard]] Result<void> requireRole(const Vault &v, Role role, const QString &what);

/// Reads roles ("nurse,physician") for a user from the users table.
[[nodiscard]] Result<std::optional<QList<Role>>> readRoles(Database &db, const QString &user);
[[nodiscard]] QString rolesToString(const QList<Role> &roles);
[[nodiscard]] Result<QList<Role>> parseRoles(const QString &text);

/// UTC now as stored in the vault (ISO 8601 with milliseconds and Z).
[[nodiscard]] QString nowUtc();

} // namespace precis::store::detail
