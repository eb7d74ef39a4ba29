// SPDX-License-Identifier: GPL-3.0-or-later
// The seam between the screens and the vault: what ui/ needs from an unlocked vault.
#pragma once

#include "core/clinical/Snapshot.h"
#include "core/common/Error.h"
#include "core/security/SecretBytes.h"
#include "core/store/Assessments.h"
#include "core/store/ChartRecords.h"
#include "core/store/ClinicSettings.h"
#include "core/store/PatientRecords.h"
#include "core/store/Vault.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace precis::ui {

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
    /// The clinic's guideline region (which models the dashboard shows first).
    [[nodiscard]] virtual Result<store::GuidelineRegion> guidelineRegion();
    /// Physician only (enforced by the vault).
    [[nodiscard]] virtual Result<void> setGuidelineRegion(store::GuidelineRegion region);
    [[nodiscard]] virtual Result<QString> preferredUnit(clinical::Var var);
    [[nodiscard]] virtual Result<void> setPreferredUnit(clinical::Var var, const QString &unit);

    /// Wipes the data key and closes the connection. The session is unusable afterwards.
    virtual void lock() = 0;
};

/// Opens a vault for one user. The password is moved in and wiped by its owner.
using Unlocker = std::function<Result<std::unique_ptr<Session>>(
    const QString &path, const QString &user, security::SecretBytes password)>;

/// The production unlocker: store::Vault::unlock wrapped in a Session.
[[nodiscard]] Unlocker vaultUnlocker();

} // namespace precis::ui
