// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/EvaluationJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace precis::risk {

namespace {

constexpr int kFormatVersion = 1;
const QString kFormat = QStringLiteral("precis-assessment");

QJsonValue numberValue(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    return v;
}

QString varName(Var v)
{
    return QString(clinical::varInfo(v).name);
}

QString statusToken(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QJsonObject evaluationToJson(const Evaluation &e)
{
    QJsonArray inputs;
    for (const UsedInput &in : e.inputs)
        inputs.append(QJsonObject{{QStringLiteral("var"), varName(in.var)},
                                  {QStringLiteral("value"), numberValue(in.value)},
                                  {QStringLiteral("date"), in.date.toString(Qt::ISODate)}});
    QJsonArray rows;
    for (const OutcomeRow &r : e.rows) {
        QJsonObject row{{QStringLiteral("outcome"), r.outcome},
                        {QStringLiteral("unit"), r.unit},
                        {QStringLiteral("category"), r.category},
                        {QStringLiteral("status"), statusToken(r.status)},
                        {QStringLiteral("messages"), QJsonArray::fromStringList(r.messages)}};
        row.insert(QStringLiteral("horizonYears"),
                   r.horizonYears ? QJsonValue(*r.horizonYears) : QJsonValue());
        row.insert(QStringLiteral("value"), r.value ? numberValue(*r.value) : QJsonValue());
        rows.append(row);
    }
    return QJsonObject{{QStringLiteral("modelId"), e.modelId},
                       {QStringLiteral("modelVersion"), e.modelVersion},
                       {QStringLiteral("inputs"), inputs},
                       {QStringLiteral("rows"), rows}};
}

/// Reads fields with the JSON path of the first problem as the error's field.
class Reader
{
public:
    std::optional<Error> error;

    void fault(const QString &path, const QString &detail, ErrorCode code = ErrorCode::InvalidInput)
    {
        if (!error)
            error = Error{code, path, {}, detail};
    }
    QString string(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            fault(path + QLatin1Char('.') + key, QStringLiteral("expected a string"));
        return v.toString();
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fault(path + QLatin1Char('.') + key, QStringLiteral("expected an array"));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fault(path, QStringLiteral("expected an object"));
        return v.toObject();
    }
    double number(const QJsonValue &v, const QString &path)
    {
        if (v.isDouble())
            return v.toDouble();
        const QString s = v.toString();
        if (s == QLatin1String("NaN"))
            return std::numeric_limits<double>::quiet_NaN();
        if (s == QLatin1String("Infinity"))
            return std::numeric_limits<double>::infinity();
        if (s == QLatin1String("-Infinity"))
            return -std::numeric_limits<double>::infinity();
        fault(path, QStringLiteral("expected a number"));
        return 0;
    }
    QDate date(const QJsonValue &v, const QString &path, bool allowEmpty)
    {
        const QString s = v.toString();
        if (allowEmpty && v.isString() && s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fault(path, QStringLiteral("expected a date YYYY-MM-DD"));
        return d;
    }
    Var var(const QJsonValue &v, const QString &path)
    {
        const QByteArray name = v.toString().toLatin1();
        const auto var = clinical::varByName(QLatin1StringView(name));
        if (!var) {
            fault(path,
                  QStringLiteral("unknown variable '%1'").arg(v.toString()),
                  ErrorCode::Unsupported);
            return Var::Count;
        }
        return *var;
    }

    Evaluation evaluation(const QJsonObject &o, const QString &path)
    {
        Evaluation e;
        e.modelId = string(o, QStringLiteral("modelId"), path);
        e.modelVersion = string(o, QStringLiteral("modelVersion"), path);
        const QJsonArray inputs = array(o, QStringLiteral("inputs"), path);
        for (qsizetype i = 0; i < inputs.size() && !error; ++i) {
            const QString p = QStringLiteral("%1.inputs[%2]").arg(path).arg(i);
            const QJsonObject in = object(inputs[i], p);
            UsedInput u{var(in.value(QStringLiteral("var")), p + QStringLiteral(".var")),
                        number(in.value(QStringLiteral("value")), p + QStringLiteral(".value")),
                        date(in.value(QStringLiteral("date")), p + QStringLiteral(".date"), true)};
            e.inputs.push_back(u);
        }
        const QJsonArray rows = array(o, QStringLiteral("rows"), path);
        for (qsizetype i = 0; i < rows.size() && !error; ++i) {
            const QString p = QStringLiteral("%1.rows[%2]").arg(path).arg(i);
            const QJsonObject r = object(rows[i], p);
            OutcomeRow row;
            row.outcome = string(r, QStringLiteral("outcome"), p);
            row.unit = string(r, QStringLiteral("unit"), p);
            row.category = string(r, QStringLiteral("category"), p);
            const QJsonValue horizon = r.value(QStringLiteral("horizonYears"));
            if (horizon.isDouble())
                row.horizonYears = horizon.toInt();
            else if (!horizon.isNull())
                fault(p + QStringLiteral(".horizonYears"), QStringLiteral("expected a number"));
            const QJsonValue value = r.value(QStringLiteral("value"));
            if (!value.isNull())
                row.value = number(value, p + QStringLiteral(".value"));
            const QString status = string(r, QStringLiteral("status"), p);
            if (status == QLatin1String("ok"))
                row.status = Status::Ok;
            else if (status == QLatin1String("warning"))
                row.status = Status::Warning;
            else if (status == QLatin1String("refused"))
                row.status = Status::Refused;
            else
                fault(p + QStringLiteral(".status"),
                      QStringLiteral("expected ok, warning or refused"));
            for (const QJsonValue m : array(r, QStringLiteral("messages"), p))
                row.messages.append(m.toString());
            e.rows.push_back(std::move(row));
        }
        return e;
    }
};

} // namespace

AssessmentPayload makeAssessmentPayload(const Snapshot &snapshot,
                                        const std::vector<const RiskModel *> &models,
                                        const std::vector<Evaluation> &evaluations)
{
    Q_ASSERT(models.size() == evaluations.size());
    AssessmentPayload p;
    p.asOf = snapshot.asOf;
    p.snapshot = snapshot;
    for (std::size_t i = 0; i < models.size() && i < evaluations.size(); ++i) {
        const ModelCard &card = models[i]->card();
        p.models.push_back(RecordedModel{
            card.id, card.version, card.name, card.guideline, card.disclaimer, evaluations[i]});
    }
    return p;
}

QByteArray assessmentToJson(const AssessmentPayload &payload)
{
    QJsonArray values;
    for (std::size_t i = 0; i < clinical::kVarCount; ++i) {
        if (!payload.snapshot.values[i])
            continue;
        values.append(
            QJsonObject{{QStringLiteral("var"), varName(static_cast<Var>(i))},
                        {QStringLiteral("value"), numberValue(*payload.snapshot.values[i])},
                        {QStringLiteral("date"), payload.snapshot.dates[i].toString(Qt::ISODate)}});
    }
    QJsonArray models;
    for (const RecordedModel &m : payload.models) {
        models.append(QJsonObject{{QStringLiteral("cardId"), m.cardId},
                                  {QStringLiteral("cardVersion"), m.cardVersion},
                                  {QStringLiteral("cardName"), m.cardName},
                                  {QStringLiteral("guideline"), m.guideline},
                                  {QStringLiteral("disclaimer"), m.disclaimer},
                                  {QStringLiteral("evaluation"), evaluationToJson(m.evaluation)}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("asOf"), payload.asOf.toString(Qt::ISODate)},
        {QStringLiteral("guidelineRegion"), payload.guidelineRegion},
        {QStringLiteral("snapshot"),
         QJsonObject{{QStringLiteral("asOf"), payload.snapshot.asOf.toString(Qt::ISODate)},
                     {QStringLiteral("values"), values}}},
        {QStringLiteral("models"), models}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<AssessmentPayload> assessmentFromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("not JSON: %1").arg(parseError.errorString()),
                    QStringLiteral("offset %1").arg(parseError.offset));
    if (!doc.isObject())
        return fail(
            ErrorCode::InvalidInput, QStringLiteral("expected an object"), QStringLiteral("$"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("not a Precis assessment"),
                    QStringLiteral("format"));
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toInt() < 1)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("expected a format version"),
                    QStringLiteral("formatVersion"));
    if (version.toInt() > kFormatVersion)
        return fail(ErrorCode::Unsupported,
                    QStringLiteral("written by a newer Precis (format %1, this build reads %2)")
                        .arg(version.toInt())
                        .arg(kFormatVersion),
                    QStringLiteral("formatVersion"));
    Reader r;
    AssessmentPayload p;
    p.asOf = r.date(root.value(QStringLiteral("asOf")), QStringLiteral("asOf"), false);
    p.guidelineRegion = r.string(root, QStringLiteral("guidelineRegion"), QStringLiteral("$"));
    const QJsonObject snapshot
        = r.object(root.value(QStringLiteral("snapshot")), QStringLiteral("snapshot"));
    p.snapshot.asOf
        = r.date(snapshot.value(QStringLiteral("asOf")), QStringLiteral("snapshot.asOf"), false);
    const QJsonArray values
        = r.array(snapshot, QStringLiteral("values"), QStringLiteral("snapshot"));
    for (qsizetype i = 0; i < values.size() && !r.error; ++i) {
        const QString path = QStringLiteral("snapshot.values[%1]").arg(i);
        const QJsonObject v = r.object(values[i], path);
        const Var var = r.var(v.value(QStringLiteral("var")), path + QStringLiteral(".var"));
        const double value
            = r.number(v.value(QStringLiteral("value")), path + QStringLiteral(".value"));
        const QDate date
            = r.date(v.value(QStringLiteral("date")), path + QStringLiteral(".date"), true);
        if (!r.error)
            p.snapshot.set(var, value, date);
    }
    const QJsonArray models = r.array(root, QStringLiteral("models"), QStringLiteral("$"));
    for (qsizetype i = 0; i < models.size() && !r.error; ++i) {
        const QString path = QStringLiteral("models[%1]").arg(i);
        const QJsonObject m = r.object(models[i], path);
        RecordedModel rm;
        rm.cardId = r.string(m, QStringLiteral("cardId"), path);
        rm.cardVersion = r.string(m, QStringLiteral("cardVersion"), path);
        rm.cardName = r.string(m, QStringLiteral("cardName"), path);
        rm.guideline = r.string(m, QStringLiteral("guideline"), path);
        rm.disclaimer = r.string(m, QStringLiteral("disclaimer"), path);
        rm.evaluation = r.evaluation(
            r.object(m.value(QStringLiteral("evaluation")), path + QStringLiteral(".evaluation")),
            path + QStringLiteral(".evaluation"));
        p.models.push_back(std::move(rm));
    }
    if (r.error)
        return tl::unexpected(*r.error);
    return p;
}

} // namespace precis::risk
