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

/// Permission error unless the user holds `role`.
[[nodiscard]] Result<void> requireRole(const Vault &v, Role role, const QString &what);

/// Reads roles ("nurse,physician") for a user from the users table.
[[nodiscard]] Result<std::optional<QList<Role>>> readRoles(Database &db, const QString &user);
[[nodiscard]] QString rolesToString(const QList<Role> &roles);
[[nodiscard]] Result<QList<Role>> parseRoles(const QString &text);

/// UTC now as stored in the vault (ISO 8601 with milliseconds and Z).
[[nodiscard]] QString nowUtc();

} // namespace precis::store::detail
