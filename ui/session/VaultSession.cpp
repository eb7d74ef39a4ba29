// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Assessments.h"
#include "core/store/ChartRecords.h"
#include "core/store/ClinicSettings.h"
#include "core/store/PatientRecords.h"
#include "core/store/VaultAdmin.h"
#include "ui/session/Session.h"

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
