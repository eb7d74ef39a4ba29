// SPDX-License-Identifier: GPL-3.0-or-later
// Recorded risk assessments: what a physician saw and signed, kept as the exact payload shown
// (risk::EvaluationJson) so that it reopens unchanged after the models change. Append-only.
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace precis::store {

class Vault;

struct RecordedAssessment
{
    qint64 id = 0;
    QString recordedBy;
    QDateTime recordedAt;
    QDate asOf;
    QByteArray payload; ///< JSON as given to recordAssessment (risk::assessmentFromJson)
};

/// Physician only (Permission error otherwise, enforced here). `payloadJson` must be a JSON
/// object (InvalidInput "payload" otherwise) and `asOf` valid. Audited as a write.
[[nodiscard]] Result<qint64>
recordAssessment(Vault &vault, qint64 patientId, QDate asOf, const QByteArray &payloadJson);

/// Every recorded assessment of the patient, newest first. Nurse or physician; audited as a
/// chart read.
[[nodiscard]] Result<std::vector<RecordedAssessment>> patientAssessments(Vault &vault,
                                                                         qint64 patientId);

} // namespace precis::store
