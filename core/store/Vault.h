// SPDX-License-Identifier: GPL-3.0-or-later
// The unlocked vault as the GUI and CLI see it: who is signed in, what they may read, locking.
#pragma once

#include "core/common/Error.h"
#include "core/security/SecretBytes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace precis::store {

class Database;
namespace detail {
struct VaultAccess;
}

/// DESIGN.md "Who uses it": nurse and physician read and write charts; administrator manages
/// users, backups, key rotation and reads the audit trail but opens no chart unless also
/// clinical. A user may hold several roles.
enum class Role { Nurse, Physician, Administrator };

/// "nurse", "physician", "administrator" (stored in the vault and used by the CLI).
[[nodiscard]] QString roleToken(Role role);
[[nodiscard]] std::optional<Role> roleFromToken(QStringView token);

/// Whether a user must choose their own password at their next sign-in. An administrator
/// setting someone's password (a new user, a reset) would normally want Required: the
/// administrator then no longer knows a working password. The CLI keeps NotRequired as its
/// default so that scripts that add a user and sign in as them keep working.
enum class PasswordChange { NotRequired, Required };

struct UserInfo
{
    QString name;
    QList<Role> roles;
    /// An administrator set this user's password (a new user, or a reset): until the user
    /// chooses their own, core refuses everything else (issue #8).
    bool mustChangePassword = false;
    [[nodiscard]] bool has(Role r) const { return roles.contains(r); }
};

struct PatientSummary
{
    qint64 id = 0;
    QString recordNumber;
    QString familyName;
    QString givenName;
    QDate dateOfBirth;
    QString sex;
};

/// An unlocked vault: one SQLCipher connection keyed with the data key, the signed-in user and
/// their roles. Every chart read and every write is audited in the vault's hash chain; roles are
/// enforced here (Permission error), not in widgets. Locking (explicit, idle, or destruction)
/// writes a "lock" audit row, closes the connection and wipes the key.
///
/// Not thread-safe: use from one thread (the GUI thread or the CLI).
class Vault
{
public:
    /// Unlocks with a user's password. Errors: Authentication "wrong user name or password" (also
    /// while throttled), NotFound "key-slot file missing" / "vault file not found", Damaged
    /// "key-slot file damaged (record N)", "vault header damaged", "vault damaged at page N".
    /// Failed attempts are recorded in VAULT.auth and enter the audit chain at the next
    /// successful unlock; a failed unlock changes neither the vault nor the key file, except
    /// that an interrupted restore is finished first (finishInterruptedRestore(), Backup.h).
    [[nodiscard]] static Result<std::unique_ptr<Vault>>
    unlock(const QString &path, const QString &user, security::SecretBytes password);
    /// Emergency access with the recovery key printed at creation. Signs in as the pseudo-user
    /// "recovery" with the administrator role; audited.
    [[nodiscard]] static Result<std::unique_ptr<Vault>>
    unlockWithRecoveryKey(const QString &path, security::SecretBytes recoveryKey);

    /// Whether the key-slot file next to `vaultPath` carries the demo label (KeySlotFile::
    /// demoHint()). Reads VAULT.keys only and never writes anything; false on any error. The
    /// label is unauthenticated: use it only for the unlock screen's demo banner, never for a
    /// decision (that is isDemo() of an unlocked vault).
    [[nodiscard]] static bool demoHint(const QString &vaultPath);

    ~Vault(); // locks
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    [[nodiscard]] const UserInfo &user() const { return m_user; }
    [[nodiscard]] bool isDemo() const { return m_demo; }
    [[nodiscard]] QString path() const { return m_path; }

    /// Every patient, ordered by family name, given name, date of birth, record number. Audited as
    /// one chart read ("patient list"). Nurse or physician only.
    [[nodiscard]] Result<std::vector<PatientSummary>> listPatients();
    /// Name (prefix of family or given name, every word must match), record number (prefix) or
    /// date of birth (YYYY-MM-DD or DD.MM.YYYY). Audited (the number of hits, not the query).
    [[nodiscard]] Result<std::vector<PatientSummary>> searchPatients(const QString &query,
                                                                     int limit);
    /// One patient's summary; audited as a chart read of that patient (committed before it
    /// returns). NotFound for an unknown id.
    [[nodiscard]] Result<PatientSummary> openPatient(qint64 id);
    /// Records that a view of an open chart was shown ("summary", "intake", "timeline",
    /// "options", "genomics"; InvalidInput otherwise), as a chart read of that patient: issue #9
    /// audits every view, including one that reads nothing new from the vault when shown again.
    [[nodiscard]] Result<void> recordChartView(qint64 id, const QString &view);

    /// Minutes of inactivity before the GUI locks, 1..30 (default 5), stored in the vault.
    [[nodiscard]] int idleTimeoutMinutes() const { return m_idleTimeout; }
    /// Out-of-range values are refused (InvalidInput), never clamped. Audited.
    [[nodiscard]] Result<void> setIdleTimeoutMinutes(int minutes);

    /// Audits the lock, closes every connection and wipes the key. Idempotent. A vault in which
    /// damage was found (a page failed its HMAC, `vault check` or `audit verify` failed) is
    /// closed without the lock row: once damage is found nothing more is written (issue #8 D9).
    void lock();
    [[nodiscard]] bool isLocked() const { return m_locked; }

private:
    friend struct detail::VaultAccess;
    Vault();
    [[nodiscard]] Result<void> requireClinical() const;
    [[nodiscard]] Result<void> requireUnlocked() const;

    QString m_path;
    std::unique_ptr<Database> m_db;
    security::SecretBytes m_dataKey;
    UserInfo m_user;
    bool m_demo = false;
    bool m_locked = true;
    bool m_damaged = false; ///< damage was found: write nothing more
    int m_idleTimeout = 5;
    /// When the user last proved their password (the unlock itself, or reauthenticate()).
    /// Sensitive administration demands that this is recent (detail::requireFreshAuthentication).
    std::chrono::steady_clock::time_point m_authenticatedAt;
};

} // namespace precis::store
