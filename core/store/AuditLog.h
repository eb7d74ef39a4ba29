// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: an append-only table whose rows form a SHA-256 hash chain, anchored by a
// head record (row count and last hash) that is updated in the same transaction as each row.
//
// hash(n) = SHA-256(hash(n-1) || canonical bytes of row n), hash(0) = 32 zero bytes. The
// canonical bytes are the row's seq (8 bytes big-endian) followed by each text field as a 4-byte
// big-endian length and its UTF-8 bytes, and the patient id as a presence byte plus 8 bytes.
// The chain proves that rows were not changed, removed, reordered or cut off by someone who
// edits the file without the data key; whoever holds the data key can rewrite the whole chain
// (docs/SECURITY.md).
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace precis::store {

class Database;

/// Audit action names (stable identifiers stored in the file).
namespace audit {
inline constexpr const char *kUnlock = "unlock";
inline constexpr const char *kUnlockRecovery = "unlock-recovery-key";
inline constexpr const char *kFailedUnlock = "failed-unlock";
inline constexpr const char *kLock = "lock";
inline constexpr const char *kChartRead = "chart-read";
inline constexpr const char *kPatientList = "patient-list";
inline constexpr const char *kPatientSearch = "patient-search";
inline constexpr const char *kWrite = "write";
inline constexpr const char *kCorrection = "correction";
inline constexpr const char *kVaultCreate = "vault-create";
inline constexpr const char *kUserAdd = "user-add";
inline constexpr const char *kUserRemove = "user-remove";
inline constexpr const char *kRoleChange = "role-change";
inline constexpr const char *kPasswordChange = "password-change";
inline constexpr const char *kKeyRotation = "key-rotation";
inline constexpr const char *kExport = "export";
inline constexpr const char *kBackup = "backup";
inline constexpr const char *kRestore = "restore";
inline constexpr const char *kSettingChange = "setting-change";
inline constexpr const char *kAuditVerify = "audit-verify";
inline constexpr const char *kVaultCheck = "vault-check";
inline constexpr const char *kAuditAnchor = "audit-anchor";
inline constexpr const char *kInterruptedChange = "interrupted-change";
/// A physician accepted, declined or deferred a treatment option (issue #10).
inline constexpr const char *kDecision = "treatment-decision";
/// `precis-cli replay` read every stored recommendation and assessment to re-derive them.
inline constexpr const char *kReplay = "replay";
} // namespace audit

struct AuditEntry
{
    qint64 seq = 0;
    QString timeUtc; ///< ISO 8601 with milliseconds and Z
    QString user;
    QString action;
    std::optional<qint64> patientId;
    QString detail;
    QByteArray prevHash;
    QByteArray hash;
};

/// The canonical bytes hashed for `entry` (exposed for tests and docs).
[[nodiscard]] QByteArray canonicalAuditBytes(const AuditEntry &entry);

/// Appends one row and moves the head. Joins the caller's transaction when one is open (so the
/// row commits or rolls back with the action it records), otherwise runs in its own.
[[nodiscard]] Result<qint64> appendAudit(Database &db,
                                         const QString &user,
                                         const QString &action,
                                         std::optional<qint64> patientId,
                                         const QString &detail,
                                         const QDateTime &timeUtc
                                         = QDateTime::currentDateTimeUtc());

struct AuditVerification
{
    bool intact = false;
    qint64 rowCount = 0;    ///< rows examined
    qint64 firstBadSeq = 0; ///< 0 when intact (or when the damage is the head/truncation)
    QString reason;         ///< empty when intact
};

/// Walks the whole chain. Not an error when broken: the result says where.
[[nodiscard]] Result<AuditVerification> verifyAudit(Database &db);

/// The chain's head: the number of rows and the hash of the last one (32 zero bytes if empty).
struct AuditHead
{
    qint64 rowCount = 0;
    QByteArray hash;
};

/// The head as recorded in audit_head. Damaged when the head record is missing or malformed.
[[nodiscard]] Result<AuditHead> auditHead(Database &db);

/// True when row `seq` exists, has hash `hash`, and the head has at least `seq` rows (seq 0 with
/// 32 zero bytes is the empty chain, always contained). Used to check that a vault still holds a
/// state recorded elsewhere (its key file, this workstation, an anchor written down).
[[nodiscard]] Result<bool> auditChainContains(Database &db, qint64 seq, const QByteArray &hash);

/// An anchor as printed by `audit anchor`: "N:HASH", N the row count, HASH the row's SHA-256 in
/// lower-case hex. parseAuditAnchor accepts either case; InvalidInput otherwise.
[[nodiscard]] QString formatAuditAnchor(const AuditHead &head);
[[nodiscard]] Result<AuditHead> parseAuditAnchor(const QString &text);

/// Rows in order (for tests and an administrator's audit view).
[[nodiscard]] Result<std::vector<AuditEntry>>
readAudit(Database &db, qint64 fromSeq = 1, int limit = -1);

} // namespace precis::store
