// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Assessments.h"

#include "core/store/AuditLog.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultInternal.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace precis::store {

using detail::VaultAccess;

Result<qint64>
recordAssessment(Vault &vault, qint64 patientId, QDate asOf, const QByteArray &payloadJson)
{
    // Recording an assessment signs a clinical judgement: physicians only, checked here so no
    // front end can skip it.
    if (auto r
        = detail::requireRole(vault, Role::Physician, QStringLiteral("recording an assessment"));
        !r)
        return tl::unexpected(r.error());
    if (!asOf.isValid())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the as-of date is invalid"),
                    QStringLiteral("as_of"));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(payloadJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the payload is not a JSON object"),
                    QStringLiteral("payload"));
    Database &db = VaultAccess::db(vault);
    auto txn = Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    auto exists = db.prepare("SELECT 1 FROM patients WHERE id = ?");
    if (!exists)
        return tl::unexpected(exists.error());
    exists->bind(1, patientId);
    auto found = exists->step();
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no such patient"),
                    QStringLiteral("id"),
                    QString::number(patientId));
    exists->reset();
    auto st = db.prepare("INSERT INTO assessments(patient_id, as_of, payload, recorded_by,"
                         " recorded_at) VALUES (?,?,?,?,?)");
    if (!st)
        return tl::unexpected(st.error());
    // Stored byte for byte as given: the payload is what was shown.
    st->bind(1, patientId)
        .bind(2, asOf.toString(Qt::ISODate))
        .bind(3, QString::fromUtf8(payloadJson))
        .bind(4, vault.user().name)
        .bind(5, detail::nowUtc());
    if (auto r = st->run(); !r)
        return tl::unexpected(r.error());
    const qint64 id = db.lastInsertRowId();
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kWrite),
                             patientId,
                             QStringLiteral("assessment %1 recorded (as of %2)")
                                 .arg(id)
                                 .arg(asOf.toString(Qt::ISODate)));
        !r)
        return tl::unexpected(r.error());
    if (auto r = txn->commit(); !r)
        return tl::unexpected(r.error());
    return id;
}

Result<std::vector<RecordedAssessment>> patientAssessments(Vault &vault, qint64 patientId)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    auto st = db.prepare("SELECT id, recorded_by, recorded_at, as_of, payload FROM assessments"
                         " WHERE patient_id = ? ORDER BY recorded_at DESC, id DESC");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, patientId);
    std::vector<RecordedAssessment> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        RecordedAssessment a;
        a.id = st->int64(0);
        a.recordedBy = st->text(1);
        a.recordedAt = QDateTime::fromString(st->text(2), Qt::ISODateWithMs);
        a.asOf = QDate::fromString(st->text(3), Qt::ISODate);
        a.payload = st->text(4).toUtf8();
        out.push_back(std::move(a));
    }
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kChartRead),
                             patientId,
                             QStringLiteral("%1 assessments read").arg(out.size()));
        !r)
        return tl::unexpected(r.error());
    return out;
}

} // namespace precis::store
