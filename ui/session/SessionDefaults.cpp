// SPDX-License-Identifier: GPL-3.0-or-later
// Session's chart and administration defaults: refuse with Unsupported. The production session
// (VaultSession) overrides every one; a test double overrides what its screen needs.
#include "ui/session/Session.h"

namespace precis::ui {

namespace {

tl::unexpected<Error> unsupported()
{
    return fail(ErrorCode::Unsupported, QStringLiteral("not available in this session"));
}

} // namespace

Result<void> Session::recordChartView(qint64, const QString &)
{
    return unsupported();
}
Result<store::PatientSummary> Session::openPatient(qint64)
{
    return unsupported();
}
Result<store::PatientDetails> Session::patientDetails(qint64)
{
    return unsupported();
}
Result<std::vector<store::ObservationRow>> Session::observations(qint64)
{
    return unsupported();
}
Result<std::vector<store::TimelineEntry>> Session::timeline(qint64)
{
    return unsupported();
}
Result<clinical::Snapshot> Session::snapshot(qint64, QDate)
{
    return unsupported();
}
Result<QString> Session::suggestRecordNumber()
{
    return unsupported();
}
Result<qint64> Session::addPatient(const store::NewPatient &)
{
    return unsupported();
}
Result<void> Session::saveVisit(qint64, const store::Visit &)
{
    return unsupported();
}
Result<qint64> Session::correctObservation(qint64, double, const QString &)
{
    return unsupported();
}
Result<qint64> Session::recordAssessment(qint64, QDate, const QByteArray &)
{
    return unsupported();
}
Result<std::vector<store::StoredGenotype>> Session::genotypes(qint64)
{
    return unsupported();
}
Result<std::optional<store::StoredTumourMatch>> Session::tumourMatch(qint64)
{
    return unsupported();
}
Result<qint64> Session::importGenotypes(qint64, const store::GenotypeImport &)
{
    return unsupported();
}
Result<std::vector<store::RecordedAssessment>> Session::assessments(qint64)
{
    return unsupported();
}
Result<qint64> Session::recordDecision(const store::DecisionRequest &)
{
    return unsupported();
}
Result<std::vector<store::RecordedDecision>> Session::decisions(qint64)
{
    return unsupported();
}
Result<store::GuidelineRegion> Session::guidelineRegion()
{
    return store::GuidelineRegion::Us;
}
Result<void> Session::setGuidelineRegion(store::GuidelineRegion)
{
    return unsupported();
}
Result<QString> Session::preferredUnit(clinical::Var var)
{
    return QString(clinical::varInfo(var).unit);
}
Result<void> Session::setPreferredUnit(clinical::Var, const QString &)
{
    return unsupported();
}
bool Session::isLocked() const
{
    return false;
}
Result<void> Session::addUser(const security::SecretBytes &,
                              const QString &,
                              const QList<store::Role> &,
                              security::SecretBytes,
                              store::PasswordChange)
{
    return unsupported();
}
Result<void>
Session::setUserRoles(const security::SecretBytes &, const QString &, const QList<store::Role> &)
{
    return unsupported();
}
Result<void> Session::resetPassword(const security::SecretBytes &,
                                    const QString &,
                                    security::SecretBytes,
                                    store::PasswordChange)
{
    return unsupported();
}
Result<void> Session::changeOwnPassword(const security::SecretBytes &, security::SecretBytes)
{
    return unsupported();
}
Result<void> Session::removeUser(const security::SecretBytes &, const QString &)
{
    return unsupported();
}
Result<void> Session::rotateDataKey(const security::SecretBytes &)
{
    return unsupported();
}
Result<QString> Session::regenerateRecoveryKey(const security::SecretBytes &)
{
    return unsupported();
}
Result<store::CheckReport> Session::backup(const security::SecretBytes &, const QString &)
{
    return unsupported();
}
Result<void> Session::restore(const security::SecretBytes &,
                              const QString &,
                              const QString &,
                              security::SecretBytes)
{
    return unsupported();
}
Result<std::vector<store::AuditEntry>> Session::auditTrail()
{
    return unsupported();
}
Result<AuditCheck> Session::verifyAuditTrail()
{
    return unsupported();
}

} // namespace precis::ui
