// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Decisions.h"

#include "core/security/Crypto.h"
#include "core/store/AuditLog.h"
#include "core/store/DecisionRow.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultInternal.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <set>

namespace precis::store {

using detail::VaultAccess;

QString decisionToken(Decision d)
{
    switch (d) {
    case Decision::Accept:
        return QStringLiteral("accept");
    case Decision::Decline:
        return QStringLiteral("decline");
    case Decision::Defer:
        return QStringLiteral("defer");
    }
    return QStringLiteral("defer");
}

std::optional<Decision> decisionFromToken(QStringView token)
{
    for (Decision d : {Decision::Accept, Decision::Decline, Decision::Defer}) {
        if (token == decisionToken(d))
            return d;
    }
    return std::nullopt;
}

namespace {

bool isJsonObject(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    return parseError.error == QJsonParseError::NoError && doc.isObject();
}

Result<void> validate(const DecisionRequest &r)
{
    if (r.optionId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("an option id is required"),
                    QStringLiteral("option"));
    // Declining or deferring what a guideline recommends needs its reason on record; accepting
    // follows the recommendation, so a reason there is optional.
    if (r.decision != Decision::Accept && r.reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("a reason is required to decline or defer"),
                    QStringLiteral("reason"));
    if (r.reason.size() > kMaxDecisionReasonLength)
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("the reason is longer than %1 characters").arg(kMaxDecisionReasonLength),
            QStringLiteral("reason"));
    if (r.knowledgeBaseVersion.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the knowledge-base version is required"),
                    QStringLiteral("knowledge_base_version"));
    if (!isJsonObject(r.inputs))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the inputs are not a JSON object"),
                    QStringLiteral("inputs"));
    if (!isJsonObject(r.recommendation))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the recommendation is not a JSON object"),
                    QStringLiteral("recommendation"));
    return {};
}

} // namespace

Result<qint64> recordDecision(Vault &vault, const DecisionRequest &request)
{
    // A treatment decision is a physician's (DESIGN "Who uses it"); checked here so that no front
    // end can skip it, with a reason the GUI words without reading the English detail.
    if (auto r = detail::requireRole(
            vault, Role::Physician, QStringLiteral("recording a treatment decision"));
        !r) {
        Error e = r.error();
        if (e.code == ErrorCode::Permission && e.reason == ErrorReason::None && !vault.isLocked())
            e.reason = ErrorReason::PhysicianRequired;
        return tl::unexpected(e);
    }
    if (auto r = validate(request); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    auto txn = Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    auto exists = db.prepare("SELECT 1 FROM patients WHERE id = ?");
    if (!exists)
        return tl::unexpected(exists.error());
    exists->bind(1, request.patientId);
    auto found = exists->step();
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no such patient"),
                    QStringLiteral("id"),
                    QString::number(request.patientId));
    exists->reset();
    // The decision this one supersedes: the latest on the same option for the same patient.
    auto previous = db.prepare("SELECT max(id) FROM treatment_decisions"
                               " WHERE patient_id = ? AND option_id = ?");
    if (!previous)
        return tl::unexpected(previous.error());
    previous->bind(1, request.patientId).bind(2, request.optionId);
    auto hasPrevious = previous->step();
    if (!hasPrevious)
        return tl::unexpected(hasPrevious.error());
    std::optional<qint64> supersedes;
    if (*hasPrevious && !previous->isNull(0))
        supersedes = previous->int64(0);
    previous->reset();

    const QString hash = QString::fromLatin1(security::sha256(request.inputs).toHex());
    auto st = db.prepare("INSERT INTO treatment_decisions(patient_id, option_id, decision, reason,"
                         " kb_version, inputs_sha256, inputs, recommendation, supersedes,"
                         " decided_by, decided_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, request.patientId)
        .bind(2, request.optionId)
        .bind(3, decisionToken(request.decision))
        .bind(4, request.reason.trimmed())
        .bind(5, request.knowledgeBaseVersion)
        .bind(6, hash)
        .bind(7, QString::fromUtf8(request.inputs))
        .bind(8, QString::fromUtf8(request.recommendation))
        .bind(9, supersedes)
        .bind(10, vault.user().name)
        .bind(11, detail::nowUtc());
    if (auto r = st->run(); !r)
        return tl::unexpected(r.error());
    const qint64 id = db.lastInsertRowId();
    // Identifiers only: which option and what was decided are clinical data, read in the chart.
    const QString what
        = supersedes
              ? QStringLiteral("decision %1 recorded (supersedes %2)").arg(id).arg(*supersedes)
              : QStringLiteral("decision %1 recorded").arg(id);
    if (auto r = appendAudit(
            db, vault.user().name, QString::fromLatin1(audit::kDecision), request.patientId, what);
        !r)
        return tl::unexpected(r.error());
    if (auto r = txn->commit(); !r)
        return tl::unexpected(r.error());
    return id;
}

Result<std::vector<RecordedDecision>> patientDecisions(Vault &vault, qint64 patientId)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    auto st = db.prepare("SELECT id, patient_id, option_id, decision, reason, kb_version,"
                         " inputs_sha256, inputs, recommendation, supersedes, decided_by,"
                         " decided_at FROM treatment_decisions WHERE patient_id = ?"
                         " ORDER BY id DESC");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, patientId);
    std::vector<RecordedDecision> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        auto d = detail::decisionFromRow(*st);
        if (!d)
            return tl::unexpected(d.error());
        out.push_back(std::move(*d));
    }
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kChartRead),
                             patientId,
                             QStringLiteral("%1 decisions read").arg(out.size()));
        !r)
        return tl::unexpected(r.error());
    return out;
}

std::vector<RecordedDecision> latestDecisions(const std::vector<RecordedDecision> &history)
{
    std::set<qint64> superseded;
    for (const RecordedDecision &d : history) {
        if (d.supersedes)
            superseded.insert(*d.supersedes);
    }
    std::vector<RecordedDecision> out;
    for (const RecordedDecision &d : history) {
        if (!superseded.count(d.id))
            out.push_back(d);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const auto &a, const auto &b) { return a.id > b.id; });
    return out;
}

namespace detail {

Result<RecordedDecision> decisionFromRow(Statement &st)
{
    RecordedDecision d;
    d.id = st.int64(0);
    d.patientId = st.int64(1);
    d.optionId = st.text(2);
    const auto decision = decisionFromToken(st.text(3));
    if (!decision)
        return fail(ErrorCode::Damaged,
                    QStringLiteral("unknown decision"),
                    QStringLiteral("treatment_decisions.decision"),
                    QString::number(d.id));
    d.decision = *decision;
    d.reason = st.text(4);
    d.knowledgeBaseVersion = st.text(5);
    d.inputsSha256 = st.text(6);
    d.inputs = st.text(7).toUtf8();
    d.recommendation = st.text(8).toUtf8();
    if (!st.isNull(9))
        d.supersedes = st.int64(9);
    d.decidedBy = st.text(10);
    d.decidedAt = QDateTime::fromString(st.text(11), Qt::ISODateWithMs);
    return d;
}

} // namespace detail

} // namespace precis::store
