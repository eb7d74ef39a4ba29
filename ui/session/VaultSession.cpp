// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/KeySlotFile.h"
#include "core/store/AdminTasks.h"
#include "core/store/Assessments.h"
#include "core/store/Backup.h"
#include "core/store/ChartRecords.h"
#include "core/store/ClinicSettings.h"
#include "core/store/Decisions.h"
#include "core/store/PatientRecords.h"
#include "core/store/VaultAdmin.h"
#include "ui/session/Session.h"

#include <QFileInfo>

namespace precis::ui {
namespace {

class VaultSession final : public Session
{
public:
    explicit VaultSession(std::unique_ptr<store::Vault> vault) : m_vault(std::move(vault)) {}
    ~VaultSession() override { lock(); }

    const store::UserInfo &user() const override { return m_vault->user(); }
    bool isDemo() const override { return m_vault->isDemo(); }
    QString path() const override { return m_vault->path(); }
    Result<std::vector<store::PatientSummary>> listPatients() override
    {
        return m_vault->listPatients();
    }
    Result<std::vector<store::UserInfo>> listUsers() override { return store::listUsers(*m_vault); }
    int idleTimeoutMinutes() const override { return m_vault->idleTimeoutMinutes(); }
    Result<void> setIdleTimeoutMinutes(int minutes) override
    {
        return m_vault->setIdleTimeoutMinutes(minutes);
    }
    Result<void> recordChartView(qint64 id, const QString &view) override
    {
        return m_vault->recordChartView(id, view);
    }
    Result<store::PatientSummary> openPatient(qint64 id) override
    {
        return m_vault->openPatient(id);
    }
    Result<store::PatientDetails> patientDetails(qint64 id) override
    {
        return store::patientDetails(*m_vault, id);
    }
    Result<std::vector<store::ObservationRow>> observations(qint64 id) override
    {
        return store::patientObservations(*m_vault, id, /*includeSuperseded=*/true);
    }
    Result<std::vector<store::TimelineEntry>> timeline(qint64 id) override
    {
        return store::patientTimeline(*m_vault, id);
    }
    Result<clinical::Snapshot> snapshot(qint64 id, QDate asOf) override
    {
        return store::patientSnapshot(*m_vault, id, asOf);
    }
    Result<QString> suggestRecordNumber() override { return store::suggestRecordNumber(*m_vault); }
    Result<qint64> addPatient(const store::NewPatient &patient) override
    {
        return store::addPatient(*m_vault, patient);
    }
    Result<void> saveVisit(qint64 id, const store::Visit &visit) override
    {
        return store::saveVisit(*m_vault, id, visit);
    }
    Result<qint64>
    correctObservation(qint64 observationId, double value, const QString &reason) override
    {
        return store::correctObservation(*m_vault, observationId, value, reason);
    }
    Result<qint64> recordAssessment(qint64 id, QDate asOf, const QByteArray &payloadJson) override
    {
        return store::recordAssessment(*m_vault, id, asOf, payloadJson);
    }
    Result<std::vector<store::RecordedAssessment>> assessments(qint64 id) override
    {
        return store::patientAssessments(*m_vault, id);
    }
    Result<std::vector<store::StoredGenotype>> genotypes(qint64 id) override
    {
        return store::patientGenotypes(*m_vault, id);
    }
    Result<std::optional<store::StoredTumourMatch>> tumourMatch(qint64 id) override
    {
        return store::patientTumourMatch(*m_vault, id);
    }
    Result<qint64> importGenotypes(qint64 id, const store::GenotypeImport &import) override
    {
        return store::importGenotypes(*m_vault, id, import);
    }
    Result<qint64> recordDecision(const store::DecisionRequest &request) override
    {
        return store::recordDecision(*m_vault, request);
    }
    Result<std::vector<store::RecordedDecision>> decisions(qint64 id) override
    {
        return store::patientDecisions(*m_vault, id);
    }
    Result<store::GuidelineRegion> guidelineRegion() override
    {
        return store::guidelineRegion(*m_vault);
    }
    Result<void> setGuidelineRegion(store::GuidelineRegion region) override
    {
        return store::setGuidelineRegion(*m_vault, region);
    }
    Result<QString> preferredUnit(clinical::Var var) override
    {
        return store::preferredUnit(*m_vault, var);
    }
    Result<void> setPreferredUnit(clinical::Var var, const QString &unit) override
    {
        return store::setPreferredUnit(*m_vault, var, unit);
    }
    Result<void> addUser(const security::SecretBytes &ownPassword,
                         const QString &name,
                         const QList<store::Role> &roles,
                         security::SecretBytes initialPassword,
                         store::PasswordChange change) override
    {
        if (auto r = store::reauthenticate(*m_vault, ownPassword); !r)
            return r;
        return store::addUser(*m_vault, name, roles, std::move(initialPassword), change);
    }
    Result<void> setUserRoles(const security::SecretBytes &ownPassword,
                              const QString &name,
                              const QList<store::Role> &roles) override
    {
        if (auto r = store::reauthenticate(*m_vault, ownPassword); !r)
            return r;
        return store::setRoles(*m_vault, name, roles);
    }
    Result<void> resetPassword(const security::SecretBytes &ownPassword,
                               const QString &name,
                               security::SecretBytes newPassword,
                               store::PasswordChange change) override
    {
        if (auto r = store::reauthenticate(*m_vault, ownPassword); !r)
            return r;
        return store::changePassword(*m_vault, name, std::move(newPassword), change);
    }
    Result<void> changeOwnPassword(const security::SecretBytes &currentPassword,
                                   security::SecretBytes newPassword) override
    {
        if (auto r = store::reauthenticate(*m_vault, currentPassword); !r)
            return r;
        return store::changePassword(*m_vault, m_vault->user().name, std::move(newPassword));
    }
    Result<void> removeUser(const security::SecretBytes &ownPassword, const QString &name) override
    {
        if (auto r = store::reauthenticate(*m_vault, ownPassword); !r)
            return r;
        return store::removeUser(*m_vault, name);
    }
    Result<void> rotateDataKey(const security::SecretBytes &ownPassword) override
    {
        if (auto r = store::reauthenticate(*m_vault, ownPassword); !r)
            return r;
        return store::rotateDataKey(*m_vault);
    }
    Result<QString> regenerateRecoveryKey(const security::SecretBytes &ownPassword) override
    {
        if (auto r = store::reauthenticate(*m_vault, ownPassword); !r)
            return tl::unexpected(r.error());
        return store::regenerateRecoveryKey(*m_vault);
    }
    Result<store::CheckReport> backup(const security::SecretBytes &ownPassword,
                                      const QString &outPath) override
    {
        if (auto r = store::reauthenticate(*m_vault, ownPassword); !r)
            return tl::unexpected(r.error());
        if (auto r = store::backupVault(*m_vault, outPath); !r)
            return tl::unexpected(r.error());
        return store::checkBackup(*m_vault, outPath);
    }
    Result<void> restore(const security::SecretBytes &ownPassword,
                         const QString &backupPath,
                         const QString &backupUser,
                         security::SecretBytes backupPassword) override
    {
        if (auto r = store::reauthenticate(*m_vault, ownPassword); !r)
            return r;
        // Checked here too so that a refusal leaves the session open.
        if (!m_vault->user().has(store::Role::Administrator))
            return fail(ErrorCode::Permission,
                        QStringLiteral("restore requires the administrator role"),
                        QStringLiteral("user"),
                        m_vault->user().name);
        for (const QString &file : {backupPath, security::KeySlotFile::pathFor(backupPath)}) {
            if (!QFileInfo(file).isFile())
                return fail(ErrorCode::NotFound,
                            QStringLiteral("backup file not found"),
                            QStringLiteral("path"),
                            file);
        }
        const QString vaultPath = m_vault->path();
        // restoreVault checks this administrator again on the live vault once it is locked
        // (issue #8 D3), then the backup's own administrator.
        store::RestoreCredentials credentials{m_vault->user().name,
                                              security::SecretBytes::copyOf(ownPassword.view()),
                                              backupUser,
                                              std::move(backupPassword)};
        lock();
        auto restored = store::restoreVault(backupPath, vaultPath, credentials);
        if (!restored)
            return tl::unexpected(restored.error());
        return {};
    }
    Result<std::vector<store::AuditEntry>> auditTrail() override
    {
        return store::readAuditTrail(*m_vault);
    }
    Result<AuditCheck> verifyAuditTrail() override
    {
        auto verification = store::verifyVaultAudit(*m_vault);
        if (!verification)
            return tl::unexpected(verification.error());
        AuditCheck check{*verification, {}, {}};
        if (!verification->intact)
            return check;
        // The head after the check: the audited read's own row is the last one.
        auto rows = store::readAuditTrail(*m_vault);
        if (!rows)
            return tl::unexpected(rows.error());
        if (!rows->empty())
            check.anchor = QStringLiteral("%1:%2")
                               .arg(rows->back().seq)
                               .arg(QString::fromLatin1(rows->back().hash.toHex()));
        check.entries = std::move(*rows);
        return check;
    }
    bool isLocked() const override { return m_vault->isLocked(); }
    void lock() override
    {
        if (!m_vault->isLocked())
            m_vault->lock();
    }

private:
    std::unique_ptr<store::Vault> m_vault;
};

} // namespace

Unlocker vaultUnlocker()
{
    return [](const QString &path,
              const QString &user,
              security::SecretBytes password) -> Result<std::unique_ptr<Session>> {
        auto vault = store::Vault::unlock(path, user, std::move(password));
        if (!vault)
            return tl::unexpected(vault.error());
        return std::unique_ptr<Session>(std::make_unique<VaultSession>(std::move(*vault)));
    };
}

} // namespace precis::ui
