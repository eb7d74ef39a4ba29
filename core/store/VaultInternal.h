// SPDX-License-Identifier: GPL-3.0-or-later
// Store-internal access to an unlocked Vault's connection and key, for the administration,
// check, backup and demo functions of this module. Not for use outside core/store and its tests.
#pragma once

#include "core/security/KeySlotFile.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"

namespace precis::store::detail {

/// How an unlock runs; the defaults are what Vault::unlock does.
struct UnlockOptions
{
    /// The failed-unlock throttle file; empty: VAULT.auth next to the vault. Restore verifies a
    /// staged backup with the live vault's throttle (issue #8 D14).
    QString throttlePath;
    /// Recorded with each attempt ("restore" when signing in to a backup to restore it).
    QString throttleContext;
    /// Write the recorded attempts into this vault's chain (and forget them). Off for a staged
    /// backup: the attempts belong to the live vault's chain.
    bool consumeEvents = true;
    /// Compare with (and raise) this workstation's mark. Off only for a staged backup, which is
    /// older than the live vault by nature and gets a new epoch before it goes live.
    bool checkWorkstation = true;
    /// Finish (or discard) an interrupted restore first. Off only inside a restore, whose own
    /// staged files must survive its sign-in to the live vault.
    bool finishRestore = true;
    /// Record the sign-in (the unlock transition, its audit rows, the pending attempts, repairs).
    /// Off for `vault check`, which records it only when the vault passed (issue #8 D9).
    bool recordSignIn = true;
};

/// Vault::unlock with options.
[[nodiscard]] Result<std::unique_ptr<Vault>> unlock(const QString &path,
                                                    const QString &user,
                                                    security::SecretBytes password,
                                                    const UnlockOptions &options);

struct VaultAccess
{
    static Database &db(Vault &v) { return *v.m_db; }
    /// Locks without the lock row or any other write: the vault failed a check after it was
    /// opened (issue #8 D9: once something is found wrong, nothing more is written).
    static void closeWithoutWriting(Vault &v);
    static const security::SecretBytes &dataKey(const Vault &v) { return v.m_dataKey; }
    static void replaceDataKey(Vault &v, security::SecretBytes key)
    {
        v.m_dataKey = std::move(key);
    }
    static UserInfo &user(Vault &v) { return v.m_user; }
    /// Damage was found in this vault: nothing more is written to it (issue #8 D9).
    static void markDamaged(Vault &v) { v.m_damaged = true; }
    [[nodiscard]] static bool damaged(const Vault &v)
    {
        return v.m_damaged || (v.m_db && v.m_db->sawDamage());
    }
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
    /// Opens the vault file with an already-verified key, finishes a pending rotation and
    /// checks the vault's state against its key file and this workstation (issue #8 D1). Writes
    /// nothing when it fails, except that an interrupted rotation is finished first.
    static Result<std::unique_ptr<Vault>> open(const QString &path,
                                               security::UnlockedKeys keys,
                                               security::KeySlotFile &slots,
                                               UserInfo user,
                                               bool recovery,
                                               const UnlockOptions &options);
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

/// Removes key slots that have no user row, with a key rotation (VaultAdmin.cpp). Every unlock
/// runs it after its own transition; a no-op almost always.
[[nodiscard]] Result<void> repairOrphanSlots(Vault &vault);

/// Permission error unless the user holds `role`.
[[nodiscard]] Result<void> requireRole(const Vault &v, Role role, const QString &what);

/// True when an administrator set `user`'s password and the user has not changed it since.
[[nodiscard]] Result<bool> passwordChangeRequired(Database &db, const QString &user);
/// Records (required = true) or clears the need for `user` to choose their own password, in
/// the caller's transaction.
[[nodiscard]] Result<void>
setPasswordChangeRequired(Database &db, const QString &user, bool required, const QString &by);

/// Permission (reason PasswordChangeRequired) while the user must choose their own password.
[[nodiscard]] Result<void> requirePasswordChosen(const UserInfo &user);

/// Reads roles ("nurse,physician") for a user from the users table.
[[nodiscard]] Result<std::optional<QList<Role>>> readRoles(Database &db, const QString &user);
[[nodiscard]] QString rolesToString(const QList<Role> &roles);
[[nodiscard]] Result<QList<Role>> parseRoles(const QString &text);

/// UTC now as stored in the vault (ISO 8601 with milliseconds and Z).
[[nodiscard]] QString nowUtc();

} // namespace precis::store::detail
