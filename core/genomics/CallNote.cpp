// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/genomics/CallNote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace precis::genomics {

namespace {

const QString kSourceKey = QStringLiteral("source");
const QString kArgsKey = QStringLiteral("args");

tl::unexpected<Error> damaged(const QString &detail)
{
    return fail(ErrorCode::Damaged, detail, QStringLiteral("note_sources"));
}

} // namespace

QStringList englishNotes(const QList<CallNote> &notes)
{
    QStringList out;
    out.reserve(notes.size());
    for (const CallNote &n : notes)
        out << n.english();
    return out;
}

QString callNotesToJson(const QList<CallNote> &notes)
{
    QJsonArray array;
    for (const CallNote &n : notes)
        array.append(
            QJsonObject{{kSourceKey, n.source}, {kArgsKey, QJsonArray::fromStringList(n.args)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<CallNote>> callNotesFromJson(const QString &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return damaged(QStringLiteral("stored call notes are not a JSON array"));
    QList<CallNote> out;
    for (const QJsonValue v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QJsonValue source = o.value(kSourceKey);
        const QJsonValue args = o.value(kArgsKey);
        if (!v.isObject() || !source.isString() || !(args.isArray() || args.isUndefined()))
            return damaged(QStringLiteral("a stored call note has no template"));
        CallNote note{source.toString(), {}};
        for (const QJsonValue a : args.toArray()) {
            if (!a.isString())
                return damaged(QStringLiteral("a stored call note's argument is not text"));
            note.args << a.toString();
        }
        out << note;
    }
    return out;
}

} // namespace precis::genomics
