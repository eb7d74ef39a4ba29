// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/therapy/TumourOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace precis::therapy {

namespace {

constexpr const char *kInputsFormat = "precis-tumour-inputs";
constexpr int kFormatVersion = 1;
const QLatin1String kCombination(" + ");

risk::Message msg(const char *source, QStringList args = {})
{
    return risk::Message{source, std::move(args)};
}

void add(OptionRow &row, const risk::Message &m)
{
    row.reasons << m.english();
    row.reasonSources.push_back(m);
}

risk::Message contextMessage(const genomics::TumourFinding &f)
{
    switch (f.context) {
    case genomics::TumourContext::OnLabel:
        return msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                     "on-label: the evidence is for %1, this tumour's type or a "
                                     "type it belongs to"),
                   {f.tumourTypes.join(QStringLiteral(", "))});
    case genomics::TumourContext::TissueAgnostic:
        return msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                     "tissue-agnostic: approved for the biomarker in any solid "
                                     "tumour not excluded by the label"));
    case genomics::TumourContext::OtherTumour:
        break;
    }
    return msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                 "other tumour types only: the evidence is for %1, not for this "
                                 "tumour's type"),
               {f.tumourTypes.join(QStringLiteral(", "))});
}

risk::Message noArrMessage()
{
    return msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                 "no absolute risk reduction: the biomarker predicts the tumour's "
                                 "response to the drug, not an effect on a risk model's outcome"));
}

QSet<QString> drugs(const QString &therapy)
{
    QSet<QString> out;
    for (const QString &d : therapy.split(kCombination))
        out.insert(d.trimmed().toLower());
    return out;
}

// A resistance to `resisted` speaks against `therapy` when every drug of it is in `therapy`.
bool resists(const QString &resisted, const QString &therapy)
{
    const QSet<QString> all = drugs(therapy);
    const QSet<QString> part = drugs(resisted);
    return std::all_of(part.begin(), part.end(), [&](const QString &d) { return all.contains(d); });
}

tl::unexpected<Error> bad(const QString &path, const QString &detail)
{
    return fail(ErrorCode::InvalidInput, detail, path);
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

QString tumourOptionId(const QString &gene, const QString &protein, const QString &therapy)
{
    return QStringLiteral("tumour:%1:%2:%3").arg(gene, protein, therapy);
}

bool isTumourOption(QStringView optionId)
{
    return optionId.startsWith(QLatin1String("tumour:"));
}

std::vector<TumourOption> tumourOptions(const QList<genomics::TumourFinding> &findings)
{
    using genomics::TumourEffect;
    std::vector<TumourOption> candidates;
    std::vector<TumourOption> resistanceOnly;
    QSet<QString> withSensitivity;
    for (const genomics::TumourFinding &f : findings) {
        if (f.effect == TumourEffect::Sensitivity)
            withSensitivity.insert(tumourOptionId(f.gene, f.protein, f.therapy));
    }
    QSet<QString> made;
    for (const genomics::TumourFinding &f : findings) {
        const QString id = tumourOptionId(f.gene, f.protein, f.therapy);
        const bool sensitivity = f.effect == TumourEffect::Sensitivity;
        // One row per id: the sensitivity finding makes it when there is one.
        if (made.contains(id) || (!sensitivity && withSensitivity.contains(id)))
            continue;
        made.insert(id);
        TumourOption o;
        o.gene = f.gene;
        o.protein = f.protein;
        o.variant = f.variantText();
        o.therapy = f.therapy;
        o.effect = f.effect;
        o.context = f.context;
        o.tumourTypes = f.tumourTypes;
        OptionRow &row = o.row;
        row.option = id;
        row.level = f.level;
        row.citation = f.citations.join(QStringLiteral(" | "));
        if (sensitivity) {
            add(row,
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                      "%1 %2 predicts sensitivity to %3"),
                    {f.gene, f.protein, f.therapy}));
        } else {
            add(row,
                msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                      "%1 %2 predicts resistance to %3"),
                    {f.gene, f.protein, f.therapy}));
        }
        add(row, contextMessage(f));
        if (sensitivity) {
            for (const genomics::TumourFinding &r : findings) {
                if (r.effect != TumourEffect::Resistance || !resists(r.therapy, f.therapy))
                    continue;
                const risk::Message warning
                    = msg(QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                            "warning: %1 %2 predicts resistance to %3 (%4)"),
                          {r.gene, r.protein, r.therapy, r.level});
                o.warnings << warning.english();
                add(row, warning);
            }
        }
        row.eligible = sensitivity && o.warnings.isEmpty();
        add(row, noArrMessage());
        (sensitivity ? candidates : resistanceOnly).push_back(std::move(o));
    }
    for (TumourOption &o : resistanceOnly)
        candidates.push_back(std::move(o));
    return candidates;
}

QByteArray tumourInputsToJson(const QString &tumourType,
                              const QString &oncotreeRelease,
                              const QList<genomics::TumourFinding> &findings)
{
    QJsonArray alleles;
    QSet<genomics::MinimalAllele> seen;
    for (const genomics::TumourFinding &f : findings) {
        if (seen.contains(f.allele))
            continue;
        seen.insert(f.allele);
        alleles.append(QJsonObject{{QStringLiteral("chromosome"), f.allele.chromosome},
                                   {QStringLiteral("position"), f.allele.position},
                                   {QStringLiteral("ref"), f.allele.ref},
                                   {QStringLiteral("alt"), f.allele.alt}});
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kInputsFormat)},
                           {QStringLiteral("formatVersion"), kFormatVersion},
                           {QStringLiteral("tumour_type"), tumourType},
                           {QStringLiteral("oncotree_release"), oncotreeRelease},
                           {QStringLiteral("alleles"), alleles}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<TumourInputs> tumourInputsFromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("$"), QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kInputsFormat))
        return bad(QStringLiteral("format"), QStringLiteral("not Precis tumour inputs"));
    if (root.value(QStringLiteral("formatVersion")).toInt() != kFormatVersion)
        return fail(ErrorCode::Unsupported,
                    QStringLiteral("unknown format version"),
                    QStringLiteral("formatVersion"));
    for (const char *key : {"tumour_type", "oncotree_release"}) {
        if (!root.value(QLatin1String(key)).isString())
            return bad(QLatin1String(key), QStringLiteral("expected a string"));
    }
    TumourInputs in;
    in.tumourType = root.value(QStringLiteral("tumour_type")).toString();
    in.oncotreeRelease = root.value(QStringLiteral("oncotree_release")).toString();
    const QJsonValue alleles = root.value(QStringLiteral("alleles"));
    if (!alleles.isArray())
        return bad(QStringLiteral("alleles"), QStringLiteral("expected an array"));
    for (const auto &a : alleles.toArray()) {
        const QJsonObject o = a.toObject();
        if (!a.isObject() || !o.value(QStringLiteral("chromosome")).isString()
            || !o.value(QStringLiteral("position")).isDouble()
            || !o.value(QStringLiteral("ref")).isString()
            || !o.value(QStringLiteral("alt")).isString())
            return bad(QStringLiteral("alleles"),
                       QStringLiteral("expected objects with chromosome, position, ref, alt"));
        in.alleles.append({o.value(QStringLiteral("chromosome")).toString(),
                           static_cast<qint64>(o.value(QStringLiteral("position")).toDouble()),
                           o.value(QStringLiteral("ref")).toString(),
                           o.value(QStringLiteral("alt")).toString()});
    }
    return in;
}

std::vector<risk::ReplayDifference>
replayTumourRecommendation(const genomics::TumourKnowledge &knowledge,
                           const genomics::OncoTree &tree,
                           const RecommendationRecord &record)
{
    std::vector<risk::ReplayDifference> out;
    const QString hash = inputsSha256(record.inputs);
    if (hash != record.inputsSha256)
        out.push_back({QStringLiteral("inputs_sha256"), record.inputsSha256, hash});
    if (record.knowledgeBaseVersion != knowledge.knowledgeVersion) {
        // Only the shipped tumour knowledge is in this program: another cannot be re-run.
        out.push_back({QStringLiteral("knowledge_base_version"),
                       record.knowledgeBaseVersion,
                       knowledge.knowledgeVersion});
        return out;
    }
    Result<TumourInputs> inputs = tumourInputsFromJson(record.inputs);
    if (!inputs) {
        out.push_back({QStringLiteral("inputs"), inputs.error().message(), QString()});
        return out;
    }
    if (inputs->oncotreeRelease != tree.release) {
        out.push_back({QStringLiteral("oncotree_release"), inputs->oncotreeRelease, tree.release});
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
    QList<genomics::TumourFinding> findings;
    for (const genomics::MinimalAllele &allele : std::as_const(inputs->alleles))
        findings += genomics::placeAllele(knowledge, tree, allele, inputs->tumourType);
    const std::vector<TumourOption> options = tumourOptions(findings);
    const auto it = std::find_if(options.begin(), options.end(), [&](const TumourOption &o) {
        return o.row.option == record.optionId;
    });
    if (it == options.end()) {
        out.push_back({QStringLiteral("option"), record.optionId, QString()});
        return out;
    }
    const OptionRow &b = it->row;
    auto differs = [&](const char *field, const QString &x, const QString &y) {
        if (x != y)
            out.push_back({QLatin1String(field), x, y});
    };
    differs("eligible", QString::number(a.eligible), QString::number(b.eligible));
    differs("rank", text(a.rank), text(b.rank));
    differs("arr_pct", text(a.arrPct), text(b.arrPct));
    differs("nnt", text(a.nnt), text(b.nnt));
    differs("model", a.model, b.model);
    differs("model_version", stored->modelVersion, QString());
    differs("level", a.level, b.level);
    differs("citation", a.citation, b.citation);
    differs("reasons", a.reasons.join(QStringLiteral("; ")), b.reasons.join(QStringLiteral("; ")));
    return out;
}

} // namespace precis::therapy
