// SPDX-License-Identifier: GPL-3.0-or-later
// The seam between the screens and the vault: what ui/ needs from an unlocked vault.
#pragma once

#include "core/clinical/Snapshot.h"
#include "core/common/Error.h"
#include "core/security/SecretBytes.h"
#include "core/store/Assessments.h"
#include "core/store/AuditLog.h"
#include "core/store/ChartRecords.h"
#include "core/store/ClinicSettings.h"
#include "core/store/Decisions.h"
#include "core/store/Genotypes.h"
#include "core/store/PatientRecords.h"
#include "core/store/TumourFindings.h"
#include "core/store/Vault.h"
#include "core/store/VaultCheck.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace precis::ui {

/// The result of Session::verifyAuditTrail().
struct AuditCheck
{
    store::AuditVerification verification;
    /// The chain's head after the check as "N:HASH" (row count, a colon, the last row's SHA-256
    /// in lower-case hex), to be written down outside the workstation; empty when the chain is
    /// broken.
    QString anchor;
    /// Every row, read after the check to find the head (the read's own row is the head), for
    /// the audit view; empty when the chain is broken.
    std::vector<store::AuditEntry> entries;
};

/// An unlocked vault as the screens see it. VaultSession adapts store::Vault; GUI tests use an
/// in-memory fake so that every ErrorCode and role combination can be shown without a KDF.
/// Permissions are enforced by the vault (core), never by these screens: a screen that is
/// hidden for a role is a convenience, the vault refusing is the control.
class Session
{
public:
    virtual ~Session() = default;

    [[nodiscard]] virtual const store::UserInfo &user() const = 0;
    [[nodiscard]] virtual bool isDemo() const = 0;
    [[nodiscard]] virtual QString path() const = 0;
    /// Every patient's summary; an audited chart read.
    [[nodiscard]] virtual Result<std::vector<store::PatientSummary>> listPatients() = 0;
    /// The vault's users and their roles (administrator only; Permission otherwise).
    [[nodiscard]] virtual Result<std::vector<store::UserInfo>> listUsers() = 0;
    [[nodiscard]] virtual int idleTimeoutMinutes() const = 0;
    [[nodiscard]] virtual Result<void> setIdleTimeoutMinutes(int minutes) = 0;
    // The chart (nurse or physician; every call is an audited read or write in the vault).
    // Defaults refuse with Unsupported so that a test double implements only what it shows.

    /// The patient's summary; audited as "chart opened".
    [[nodiscard]] virtual Result<store::PatientSummary> openPatient(qint64 id);
    /// Audits that a view ("summary", "intake", "timeline") of the open chart was shown.
    [[nodiscard]] virtual Result<void> recordChartView(qint64 id, const QString &view);
    [[nodiscard]] virtual Result<store::PatientDetails> patientDetails(qint64 id);
    /// Every observation, superseded ones included (the timeline shows both), oldest first.
    [[nodiscard]] virtual Result<std::vector<store::ObservationRow>> observations(qint64 id);
    [[nodiscard]] virtual Result<std::vector<store::TimelineEntry>> timeline(qint64 id);
    [[nodiscard]] virtual Result<clinical::Snapshot> snapshot(qint64 id, QDate asOf);
    [[nodiscard]] virtual Result<QString> suggestRecordNumber();
    [[nodiscard]] virtual Result<qint64> addPatient(const store::NewPatient &patient);
    /// One transaction: every value of the visit or none.
    [[nodiscard]] virtual Result<void> saveVisit(qint64 id, const store::Visit &visit);
    [[nodiscard]] virtual Result<qint64>
    correctObservation(qint64 observationId, double value, const QString &reason);
    /// Physician only (enforced by the vault).
    [[nodiscard]] virtual Result<qint64>
    recordAssessment(qint64 id, QDate asOf, const QByteArray &payloadJson);
    [[nodiscard]] virtual Result<std::vector<store::RecordedAssessment>> assessments(qint64 id);
    /// The current pharmacogenomic result per gene (nurse or physician; an audited read).
    [[nodiscard]] virtual Result<std::vector<store::StoredGenotype>> genotypes(qint64 id);
    /// The newest tumour match with its findings, or none (nurse or physician; an audited read).
    [[nodiscard]] virtual Result<std::optional<store::StoredTumourMatch>> tumourMatch(qint64 id);
    /// Stores one import, all or nothing. Physician only (enforced by the vault).
    [[nodiscard]] virtual Result<qint64> importGenotypes(qint64 id,
                                                         const store::GenotypeImport &import);
    /// Physician only (enforced by the vault: Permission with ErrorReason::PhysicianRequired).
    [[nodiscard]] virtual Result<qint64> recordDecision(const store::DecisionRequest &request);
    /// Every treatment decision on the patient, newest first (audited chart read).
    [[nodiscard]] virtual Result<std::vector<store::RecordedDecision>> decisions(qint64 id);
    /// The clinic's guideline region (which models the dashboard shows first).
    [[nodiscard]] virtual Result<store::GuidelineRegion> guidelineRegion();
    /// Physician only (enforced by the vault).
    [[nodiscard]] virtual Result<void> setGuidelineRegion(store::GuidelineRegion region);
    [[nodiscard]] virtual Result<QString> preferredUnit(clinical::Var var);
    [[nodiscard]] virtual Result<void> setPreferredUnit(clinical::Var var, const QString &unit);

    /// True once lock() ran (or restore() locked the session). Default: false.
    [[nodiscard]] virtual bool isLocked() const;

    // Administration (administrator only; enforced by the vault). Each change takes the signed-in
    // user's own password and re-authenticates with it (store::reauthenticate) in the same call,
    // so the vault's demand for a password proof less than five minutes old is met by that call
    // and by nothing earlier. A wrong password is Authentication and changes nothing.
    // These calls may run on a worker thread: the caller makes sure that no other call on this
    // session runs meanwhile and that the session is not locked or destroyed before the call
    // returns (ui/admin/TaskRunner). Defaults refuse with Unsupported.

    /// Adds a user with an initial password (checked against the password policy by the vault).
    /// With PasswordChange::Required they must choose their own at their first sign-in.
    [[nodiscard]] virtual Result<void> addUser(const security::SecretBytes &ownPassword,
                                               const QString &name,
                                               const QList<store::Role> &roles,
                                               security::SecretBytes initialPassword,
                                               store::PasswordChange change);
    [[nodiscard]] virtual Result<void> setUserRoles(const security::SecretBytes &ownPassword,
                                                    const QString &name,
                                                    const QList<store::Role> &roles);
    /// Sets another user's (or one's own) password; checked against the policy. With
    /// PasswordChange::Required another user must choose their own at their next sign-in.
    [[nodiscard]] virtual Result<void> resetPassword(const security::SecretBytes &ownPassword,
                                                     const QString &name,
                                                     security::SecretBytes newPassword,
                                                     store::PasswordChange change);
    /// The signed-in user chooses their own password (any role; the only call allowed while
    /// user().mustChangePassword). `currentPassword` re-authenticates first.
    [[nodiscard]] virtual Result<void>
    changeOwnPassword(const security::SecretBytes &currentPassword,
                      security::SecretBytes newPassword);
    /// Deletes the user's key slot and rotates the data key (every page re-encrypted).
    [[nodiscard]] virtual Result<void> removeUser(const security::SecretBytes &ownPassword,
                                                  const QString &name);
    [[nodiscard]] virtual Result<void> rotateDataKey(const security::SecretBytes &ownPassword);
    /// A new recovery key replaces the old one; its text is returned to be shown once.
    [[nodiscard]] virtual Result<QString>
    regenerateRecoveryKey(const security::SecretBytes &ownPassword);
    /// Writes OUT and OUT.keys, then checks them (store::checkBackup). A backup that was written
    /// but does not check is not an error: the report says what is wrong.
    [[nodiscard]] virtual Result<store::CheckReport>
    backup(const security::SecretBytes &ownPassword, const QString &outPath);
    /// Replaces this vault with a backup, which must name an administrator `backupUser` whose
    /// password in the backup is `backupPassword` (store::restoreVault verifies it before
    /// anything is replaced). After the re-authentication this session is locked first, because
    /// the files are replaced underneath it: whatever the result, it is unusable afterwards.
    [[nodiscard]] virtual Result<void> restore(const security::SecretBytes &ownPassword,
                                               const QString &backupPath,
                                               const QString &backupUser,
                                               security::SecretBytes backupPassword);
    /// Every audit row, oldest first (the read is audited).
    [[nodiscard]] virtual Result<std::vector<store::AuditEntry>> auditTrail();
    /// Walks the audit chain (audited when intact) and reports the head.
    [[nodiscard]] virtual Result<AuditCheck> verifyAuditTrail();

    /// Wipes the data key and closes the connection. The session is unusable afterwards.
    virtual void lock() = 0;
};

/// Opens a vault for one user. The password is moved in and wiped by its owner.
using Unlocker = std::function<Result<std::unique_ptr<Session>>(
    const QString &path, const QString &user, security::SecretBytes password)>;

/// The production unlocker: store::Vault::unlock wrapped in a Session.
[[nodiscard]] Unlocker vaultUnlocker();

} // namespace precis::ui
