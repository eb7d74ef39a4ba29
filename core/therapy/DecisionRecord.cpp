// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/therapy/DecisionRecord.h"

#include "core/risk/EvaluationJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace precis::therapy {

namespace {

constexpr const char *kInputsFormat = "precis-decision-inputs";
constexpr const char *kRecommendationFormat = "precis-recommendation";
constexpr int kFormatVersion = 1;

// The chart's yes/no facts by their stored key, in one table for writing and reading.
struct FlagField
{
    const char *key;
    std::optional<bool> ChartFacts::*member;
};
constexpr FlagField kFlags[] = {
    {"pregnant", &ChartFacts::pregnant},
    {"acs_pci", &ChartFacts::acsPci},
    {"mechanical_valve", &ChartFacts::mechanicalValve},
    {"mitral_stenosis", &ChartFacts::mitralStenosis},
    {"dialysis", &ChartFacts::dialysis},
    {"prior_dka", &ChartFacts::priorDka},
    {"mtc_men2", &ChartFacts::mtcMen2},
};

QJsonValue optionalValue(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject parseObject(const QByteArray &json, QString &error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error = QStringLiteral("not a JSON object");
        return {};
    }
    return doc.object();
}

tl::unexpected<Error> bad(const QString &path, const QString &detail)
{
    return fail(ErrorCode::InvalidInput, detail, path);
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

Result<QStringList> readStrings(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return bad(key, QStringLiteral("expected an array of strings"));
    QStringList out;
    for (const auto &item : v.toArray()) {
        if (!item.isString())
            return bad(key, QStringLiteral("expected an array of strings"));
        out << item.toString();
    }
    return out;
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<int> optionalInt(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

QString text(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

QString text(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QString();
}

} // namespace

QByteArray decisionInputsToJson(const ChartFacts &facts)
{
    risk::AssessmentPayload snapshotOnly;
    snapshotOnly.asOf = facts.snapshot.asOf;
    snapshotOnly.snapshot = facts.snapshot;
    const QJsonObject snapshot
        = QJsonDocument::fromJson(risk::assessmentToJson(snapshotOnly)).object();
    QJsonArray medications;
    for (const ChartMedication &m : facts.medications)
        medications.append(
            QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("atc"), m.atc}});
    QJsonArray allergies;
    for (const ChartAllergy &a : facts.allergies)
        allergies.append(QJsonObject{{QStringLiteral("substance"), a.substance},
                                     {QStringLiteral("reaction"), a.reaction},
                                     {QStringLiteral("intolerance"), a.intolerance}});
    // The pharmacogenomic results the genotype modifiers read (issue #11): without them a
    // genotype-modified recommendation could not be re-derived.
    QJsonArray genotypes;
    for (const ChartGenotype &g : facts.genotypes)
        genotypes.append(QJsonObject{{QStringLiteral("gene"), g.gene},
                                     {QStringLiteral("diplotype"), g.diplotype},
                                     {QStringLiteral("phenotype"), g.phenotype}});
    QJsonObject flags;
    for (const FlagField &f : kFlags)
        flags.insert(QLatin1String(f.key), optionalValue(facts.*(f.member)));
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kInputsFormat)},
                           {QStringLiteral("formatVersion"), kFormatVersion},
                           {QStringLiteral("snapshot"), snapshot},
                           {QStringLiteral("medications"), medications},
                           {QStringLiteral("allergies"), allergies},
                           {QStringLiteral("genotypes"), genotypes},
                           {QStringLiteral("facts"), flags}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<ChartFacts> decisionInputsFromJson(const QByteArray &json)
{
    QString error;
    const QJsonObject root = parseObject(json, error);
    if (!error.isEmpty())
        return bad(QStringLiteral("$"), error);
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kInputsFormat))
        return bad(QStringLiteral("format"), QStringLiteral("not Precis decision inputs"));
    if (root.value(QStringLiteral("formatVersion")).toInt() != kFormatVersion)
        return fail(ErrorCode::Unsupported,
                    QStringLiteral("unknown format version"),
                    QStringLiteral("formatVersion"));
    ChartFacts facts;
    const QJsonValue snapshot = root.value(QStringLiteral("snapshot"));
    if (!snapshot.isObject())
        return bad(QStringLiteral("snapshot"), QStringLiteral("expected an object"));
    Result<risk::AssessmentPayload> payload = risk::assessmentFromJson(
        QJsonDocument(snapshot.toObject()).toJson(QJsonDocument::Compact));
    if (!payload) {
        Error e = payload.error();
        e.field = QStringLiteral("snapshot.") + e.field;
        return tl::unexpected(e);
    }
    facts.snapshot = payload->snapshot;
    const QJsonValue medications = root.value(QStringLiteral("medications"));
    if (!medications.isArray())
        return bad(QStringLiteral("medications"), QStringLiteral("expected an array"));
    for (const auto &m : medications.toArray()) {
        if (!m.isObject())
            return bad(QStringLiteral("medications"), QStringLiteral("expected objects"));
        facts.medications.push_back(
            {m[QStringLiteral("name")].toString(), m[QStringLiteral("atc")].toString()});
    }
    const QJsonValue allergies = root.value(QStringLiteral("allergies"));
    if (!allergies.isArray())
        return bad(QStringLiteral("allergies"), QStringLiteral("expected an array"));
    for (const auto &a : allergies.toArray()) {
        if (!a.isObject())
            return bad(QStringLiteral("allergies"), QStringLiteral("expected objects"));
        facts.allergies.push_back({a[QStringLiteral("substance")].toString(),
                                   a[QStringLiteral("reaction")].toString(),
                                   a[QStringLiteral("intolerance")].toBool()});
    }
    const QJsonValue genotypes = root.value(QStringLiteral("genotypes"));
    if (!genotypes.isArray())
        return bad(QStringLiteral("genotypes"), QStringLiteral("expected an array"));
    for (const auto &g : genotypes.toArray()) {
        if (!g.isObject())
            return bad(QStringLiteral("genotypes"), QStringLiteral("expected objects"));
        facts.genotypes.push_back({g[QStringLiteral("gene")].toString(),
                                   g[QStringLiteral("diplotype")].toString(),
                                   g[QStringLiteral("phenotype")].toString()});
    }
    const QJsonValue flags = root.value(QStringLiteral("facts"));
    if (!flags.isObject())
        return bad(QStringLiteral("facts"), QStringLiteral("expected an object"));
    for (const FlagField &f : kFlags) {
        const QJsonValue v = flags.toObject().value(QLatin1String(f.key));
        if (v.isBool())
            facts.*(f.member) = v.toBool();
        else if (!v.isNull() && !v.isUndefined())
            return bad(QStringLiteral("facts.") + QLatin1String(f.key),
                       QStringLiteral("expected true, false or null"));
    }
    return facts;
}

QString inputsSha256(const QByteArray &canonicalInputs)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalInputs, QCryptographicHash::Sha256).toHex());
}

QByteArray recommendationToJson(const OptionRow &row, const QString &modelVersion)
{
    auto optional = [](const auto &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kRecommendationFormat)},
                           {QStringLiteral("formatVersion"), kFormatVersion},
                           {QStringLiteral("option"), row.option},
                           {QStringLiteral("eligible"), row.eligible},
                           {QStringLiteral("rank"), optional(row.rank)},
                           {QStringLiteral("arr_pct"), optional(row.arrPct)},
                           {QStringLiteral("nnt"), optional(row.nnt)},
                           {QStringLiteral("horizon_years"), optional(row.horizonYears)},
                           {QStringLiteral("model"), row.model},
                           {QStringLiteral("model_version"), modelVersion},
                           {QStringLiteral("outcome"), row.outcome},
                           {QStringLiteral("guideline"), row.guideline},
                           {QStringLiteral("class"), row.cls},
                           {QStringLiteral("level"), row.level},
                           {QStringLiteral("citation"), row.citation},
                           {QStringLiteral("pgx"), stringArray(row.pgx)},
                           {QStringLiteral("reasons"), stringArray(row.reasons)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<StoredRecommendation> recommendationFromJson(const QByteArray &json)
{
    QString error;
    const QJsonObject root = parseObject(json, error);
    if (!error.isEmpty())
        return bad(QStringLiteral("$"), error);
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kRecommendationFormat))
        return bad(QStringLiteral("format"), QStringLiteral("not a Precis recommendation"));
    if (root.value(QStringLiteral("formatVersion")).toInt() != kFormatVersion)
        return fail(ErrorCode::Unsupported,
                    QStringLiteral("unknown format version"),
                    QStringLiteral("formatVersion"));
    for (const char *key : {"option", "model", "model_version", "outcome"}) {
        if (!root.value(QLatin1String(key)).isString())
            return bad(QLatin1String(key), QStringLiteral("expected a string"));
    }
    if (!root.value(QStringLiteral("eligible")).isBool())
        return bad(QStringLiteral("eligible"), QStringLiteral("expected true or false"));
    StoredRecommendation s;
    OptionRow &r = s.row;
    r.option = root.value(QStringLiteral("option")).toString();
    r.eligible = root.value(QStringLiteral("eligible")).toBool();
    r.rank = optionalInt(root.value(QStringLiteral("rank")));
    r.arrPct = optionalNumber(root.value(QStringLiteral("arr_pct")));
    r.nnt = optionalInt(root.value(QStringLiteral("nnt")));
    r.horizonYears = optionalInt(root.value(QStringLiteral("horizon_years")));
    r.model = root.value(QStringLiteral("model")).toString();
    s.modelVersion = root.value(QStringLiteral("model_version")).toString();
    r.outcome = root.value(QStringLiteral("outcome")).toString();
    r.guideline = root.value(QStringLiteral("guideline")).toString();
    r.cls = root.value(QStringLiteral("class")).toString();
    r.level = root.value(QStringLiteral("level")).toString();
    r.citation = root.value(QStringLiteral("citation")).toString();
    auto pgx = readStrings(root, QStringLiteral("pgx"));
    if (!pgx)
        return tl::unexpected(pgx.error());
    r.pgx = *pgx;
    auto reasons = readStrings(root, QStringLiteral("reasons"));
    if (!reasons)
        return tl::unexpected(reasons.error());
    r.reasons = *reasons;
    return s;
}

QString modelVersion(const risk::RiskRegistry &registry, const QString &modelId)
{
    const risk::RiskModel *m = modelId.isEmpty() ? nullptr : registry.find(modelId);
    return m ? m->card().version : QString();
}

std::vector<risk::ReplayDifference> replayRecommendation(const KnowledgeBase &kb,
                                                         const risk::RiskRegistry &registry,
                                                         const RecommendationRecord &record)
{
    std::vector<risk::ReplayDifference> out;
    // The stored inputs must be the ones the recommendation was derived from.
    const QString hash = inputsSha256(record.inputs);
    if (hash != record.inputsSha256)
        out.push_back({QStringLiteral("inputs_sha256"), record.inputsSha256, hash});
    if (record.knowledgeBaseVersion != kb.version) {
        // Only the shipped knowledge base is in this program: the stored one cannot be re-run.
        out.push_back(
            {QStringLiteral("knowledge_base_version"), record.knowledgeBaseVersion, kb.version});
        return out;
    }
    Result<ChartFacts> facts = decisionInputsFromJson(record.inputs);
    if (!facts) {
        out.push_back({QStringLiteral("inputs"), facts.error().message(), QString()});
        return out;
    }
    Result<StoredRecommendation> stored = recommendationFromJson(record.recommendation);
    if (!stored) {
        out.push_back({QStringLiteral("recommendation"), stored.error().message(), QString()});
        return out;
    }
    const OptionRow &a = stored->row;
    if (a.option != record.optionId)
        out.push_back({QStringLiteral("option"), record.optionId, a.option});
    const QString version = modelVersion(registry, a.model);
    if (version != stored->modelVersion) {
        out.push_back({QStringLiteral("model_version"),
                       QStringLiteral("%1 %2").arg(a.model, stored->modelVersion),
                       QStringLiteral("%1 %2").arg(a.model, version)});
        return out;
    }
    const OptionEngine engine(kb, registry);
    const std::vector<OptionRow> rows = engine.assess(contextFromChart(*facts));
    const auto it = std::find_if(
        rows.begin(), rows.end(), [&](const OptionRow &r) { return r.option == record.optionId; });
    if (it == rows.end()) {
        out.push_back({QStringLiteral("option"), record.optionId, QString()});
        return out;
    }
    const OptionRow &b = *it;
    auto differs = [&](const char *field, const QString &x, const QString &y) {
        if (x != y)
            out.push_back({QLatin1String(field), x, y});
    };
    differs("eligible", QString::number(a.eligible), QString::number(b.eligible));
    differs("rank", text(a.rank), text(b.rank));
    const bool arrAgrees = a.arrPct.has_value() == b.arrPct.has_value()
                           && (!a.arrPct || risk::replayNumbersAgree(*a.arrPct, *b.arrPct));
    if (!arrAgrees)
        out.push_back({QStringLiteral("arr_pct"), text(a.arrPct), text(b.arrPct)});
    differs("nnt", text(a.nnt), text(b.nnt));
    differs("model", a.model, b.model);
    differs("outcome", a.outcome, b.outcome);
    differs("horizon_years", text(a.horizonYears), text(b.horizonYears));
    differs("class", a.cls, b.cls);
    differs("level", a.level, b.level);
    differs("reasons", a.reasons.join(QStringLiteral("; ")), b.reasons.join(QStringLiteral("; ")));
    differs("pgx", a.pgx.join(QStringLiteral("; ")), b.pgx.join(QStringLiteral("; ")));
    return out;
}

std::vector<risk::ReplayDifference> replayRecommendation(const KnowledgeBases &kbs,
                                                         const risk::RiskRegistry &registry,
                                                         const RecommendationRecord &record)
{
    if (const KnowledgeBase *kb = kbs.find(record.knowledgeBaseVersion))
        return replayRecommendation(*kb, registry, record);
    std::vector<risk::ReplayDifference> out;
    if (inputsSha256(record.inputs) != record.inputsSha256)
        out.push_back(
            {QStringLiteral("inputs_sha256"), record.inputsSha256, inputsSha256(record.inputs)});
    out.push_back({QStringLiteral("knowledge_base_version"),
                   record.knowledgeBaseVersion,
                   QStringLiteral("not in this program (holds %1)").arg(kbs.versionList())});
    return out;
}

} // namespace precis::therapy
