// SPDX-License-Identifier: GPL-3.0-or-later
// Session's chart defaults: refuse with Unsupported. The production session (VaultSession)
// overrides every one; a test double overrides what its screen needs.
#include "ui/session/Session.h"

namespace precis::ui {

namespace {

tl::unexpected<Error> unsupported()
{
    return fail(ErrorCode::Unsupported, QStringLiteral("not available in this session"));
}

} // namespace

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
Result<std::vector<store::RecordedAssessment>> Session::assessments(qint64)
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

} // namespace precis::ui
