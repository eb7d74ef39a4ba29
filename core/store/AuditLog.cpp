// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/AuditLog.h"

#include "core/security/Crypto.h"
#include "core/store/Sqlite.h"

#include <QtEndian>

namespace precis::store {

namespace {

constexpr int kHashSize = 32;

void putU32(QByteArray &out, quint32 v)
{
    char buf[4];
    qToBigEndian(v, buf);
    out.append(buf, 4);
}

void putI64(QByteArray &out, qint64 v)
{
    char buf[8];
    qToBigEndian(v, buf);
    out.append(buf, 8);
}

void putText(QByteArray &out, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    putU32(out, static_cast<quint32>(utf8.size()));
    out.append(utf8);
}

AuditEntry readRow(const Statement &st)
{
    AuditEntry e;
    e.seq = st.int64(0);
    e.timeUtc = st.text(1);
    e.user = st.text(2);
    e.action = st.text(3);
    if (!st.isNull(4))
        e.patientId = st.int64(4);
    e.detail = st.text(5);
    e.prevHash = st.blob(6);
    e.hash = st.blob(7);
    return e;
}

constexpr const char *kSelectRows = "SELECT seq, time_utc, user_name, action, patient_id, detail,"
                                    " prev_hash, hash FROM audit WHERE seq >= ? ORDER BY seq";

} // namespace

QByteArray canonicalAuditBytes(const AuditEntry &e)
{
    QByteArray out;
    out.reserve(128 + e.detail.size());
    putI64(out, e.seq);
    putText(out, e.timeUtc);
    putText(out, e.user);
    putText(out, e.action);
    out.append(e.patientId ? '\1' : '\0');
    putI64(out, e.patientId.value_or(0));
    putText(out, e.detail);
    return out;
}

Result<qint64> appendAudit(Database &db,
                           const QString &user,
                           const QString &action,
                           std::optional<qint64> patientId,
                           const QString &detail,
                           const QDateTime &timeUtc)
{
    std::optional<Transaction> own;
    if (db.inAutocommit()) {
        auto t = Transaction::begin(db);
        if (!t)
            return tl::unexpected(t.error());
        own.emplace(std::move(*t));
    }
    auto head = db.prepare("SELECT row_count, last_hash FROM audit_head WHERE id = 1");
    if (!head)
        return tl::unexpected(head.error());
    auto row = head->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Damaged,
                    QStringLiteral("audit head record missing"),
                    QStringLiteral("audit_head"));
    AuditEntry e;
    e.seq = head->int64(0) + 1;
    e.prevHash = head->blob(1);
    head->reset();
    if (e.prevHash.size() != kHashSize)
        return fail(ErrorCode::Damaged,
                    QStringLiteral("audit head record damaged"),
                    QStringLiteral("audit_head"));
    e.timeUtc = timeUtc.toUTC().toString(Qt::ISODateWithMs);
    e.user = user;
    e.action = action;
    e.patientId = patientId;
    e.detail = detail;
    QByteArray input = e.prevHash;
    input.append(canonicalAuditBytes(e));
    e.hash = security::sha256(input);

    auto ins = db.prepare("INSERT INTO audit(seq, time_utc, user_name, action, patient_id, detail,"
                          " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ins)
        return tl::unexpected(ins.error());
    ins->bind(1, e.seq)
        .bind(2, e.timeUtc)
        .bind(3, e.user)
        .bind(4, e.action)
        .bind(5, e.patientId)
        .bind(6, e.detail)
        .bind(7, e.prevHash)
        .bind(8, e.hash);
    if (auto r = ins->run(); !r) {
        // A row with this seq already exists: the head record is older than the rows (pages
        // from different versions of the file). That is damage, not a bad input (issue #8 D10).
        if (r.error().code == ErrorCode::InvalidInput)
            return fail(
                ErrorReason::VaultDamaged,
                ErrorCode::Damaged,
                QStringLiteral("audit head is behind the audit rows (row %1 exists)").arg(e.seq),
                QStringLiteral("audit_head"));
        return tl::unexpected(r.error());
    }
    auto upd = db.prepare("UPDATE audit_head SET row_count = ?, last_hash = ? WHERE id = 1");
    if (!upd)
        return tl::unexpected(upd.error());
    if (auto r = upd->bind(1, e.seq).bind(2, e.hash).run(); !r)
        return tl::unexpected(r.error());
    if (own) {
        if (auto r = own->commit(); !r)
            return tl::unexpected(r.error());
    }
    return e.seq;
}

Result<AuditVerification> verifyAudit(Database &db)
{
    AuditVerification out;
    auto st = db.prepare(kSelectRows);
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, qint64{1});
    QByteArray expectedPrev(kHashSize, '\0');
    qint64 expectedSeq = 1;
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        const AuditEntry e = readRow(*st);
        ++out.rowCount;
        auto bad = [&](const QString &why) {
            out.intact = false;
            out.firstBadSeq = expectedSeq;
            out.reason = why;
            return out;
        };
        if (e.seq != expectedSeq)
            return bad(QStringLiteral("audit row %1 is missing (next row is %2)")
                           .arg(expectedSeq)
                           .arg(e.seq));
        if (e.prevHash != expectedPrev)
            return bad(QStringLiteral("audit row %1 does not follow row %2 (removed, reordered or"
                                      " changed)")
                           .arg(e.seq)
                           .arg(e.seq - 1));
        QByteArray input = e.prevHash;
        input.append(canonicalAuditBytes(e));
        if (security::sha256(input) != e.hash)
            return bad(QStringLiteral("audit row %1 was changed").arg(e.seq));
        expectedPrev = e.hash;
        ++expectedSeq;
    }
    auto head = db.prepare("SELECT row_count, last_hash FROM audit_head WHERE id = 1");
    if (!head)
        return tl::unexpected(head.error());
    auto row = head->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row) {
        out.reason = QStringLiteral("audit head record missing");
        return out;
    }
    const qint64 headCount = head->int64(0);
    const QByteArray headHash = head->blob(1);
    if (headCount != out.rowCount) {
        out.firstBadSeq = out.rowCount + 1;
        out.reason = headCount > out.rowCount
                         ? QStringLiteral("audit chain truncated: %1 rows present, head records %2"
                                          " (first missing row %3)")
                               .arg(out.rowCount)
                               .arg(headCount)
                               .arg(out.rowCount + 1)
                         : QStringLiteral("audit head records %1 rows but %2 are present")
                               .arg(headCount)
                               .arg(out.rowCount);
        return out;
    }
    if (headHash != expectedPrev) {
        out.firstBadSeq = out.rowCount;
        out.reason = QStringLiteral("audit head does not match row %1").arg(out.rowCount);
        return out;
    }
    out.intact = true;
    return out;
}

Result<AuditHead> auditHead(Database &db)
{
    auto head = db.prepare("SELECT row_count, last_hash FROM audit_head WHERE id = 1");
    if (!head)
        return tl::unexpected(head.error());
    auto row = head->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Damaged,
                    QStringLiteral("audit head record missing"),
                    QStringLiteral("audit_head"));
    AuditHead out{head->int64(0), head->blob(1)};
    if (out.hash.size() != kHashSize || out.rowCount < 0)
        return fail(ErrorCode::Damaged,
                    QStringLiteral("audit head record damaged"),
                    QStringLiteral("audit_head"));
    return out;
}

Result<bool> auditChainContains(Database &db, qint64 seq, const QByteArray &hash)
{
    auto head = auditHead(db);
    if (!head)
        return tl::unexpected(head.error());
    if (seq == 0)
        return hash == QByteArray(kHashSize, '\0');
    if (seq < 0 || head->rowCount < seq)
        return false;
    auto st = db.prepare("SELECT hash FROM audit WHERE seq = ?");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, seq);
    auto row = st->step();
    if (!row)
        return tl::unexpected(row.error());
    return *row && st->blob(0) == hash;
}

QString formatAuditAnchor(const AuditHead &head)
{
    return QStringLiteral("%1:%2").arg(head.rowCount).arg(QString::fromLatin1(head.hash.toHex()));
}

Result<AuditHead> parseAuditAnchor(const QString &text)
{
    const auto bad = [&] {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("anchor must be N:HASH (row count, a colon, 64 hex digits)"),
                    QStringLiteral("anchor"),
                    text);
    };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return bad();
    bool ok = false;
    const qint64 count = text.left(colon).toLongLong(&ok);
    const QString hex = text.mid(colon + 1);
    if (!ok || count < 0 || hex.size() != qsizetype{2} * kHashSize)
        return bad();
    for (const QChar c : hex)
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return bad();
    return AuditHead{count, QByteArray::fromHex(hex.toLatin1())};
}

Result<std::vector<AuditEntry>> readAudit(Database &db, qint64 fromSeq, int limit)
{
    auto st = db.prepare(kSelectRows);
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, fromSeq);
    std::vector<AuditEntry> out;
    while (limit < 0 || static_cast<int>(out.size()) < limit) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        out.push_back(readRow(*st));
    }
    return out;
}

} // namespace precis::store
