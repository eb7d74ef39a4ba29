// SPDX-License-Identifier: GPL-3.0-or-later
#include "TumourKnowledge.h"

#include <QFile>
#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace precis::genomics {

namespace {

constexpr int kSchemaVersion = 1;

QString bareChromosome(const QString &c)
{
    return c.startsWith(QLatin1String("chr")) ? c.mid(3) : c;
}

Result<QJsonObject> rootObject(const QByteArray &json, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(ErrorCode::Damaged, parseError.errorString(), what);
    return doc.object();
}

} // namespace

size_t qHash(const MinimalAllele &a, size_t seed) noexcept
{
    return qHashMulti(seed, a.chromosome, a.position, a.ref, a.alt);
}

MinimalAllele
minimalAllele(const QString &chromosome, qint64 position, const QString &ref, const QString &alt)
{
    QString r = ref.toUpper();
    QString a = alt.toUpper();
    qint64 pos = position;
    // Suffix first, then prefix: for a VCF indel this keeps the deleted or inserted bases where
    // the caller put them and drops the anchor base.
    while (!r.isEmpty() && !a.isEmpty() && r.back() == a.back()) {
        r.chop(1);
        a.chop(1);
    }
    qsizetype prefix = 0;
    while (prefix < r.size() && prefix < a.size() && r.at(prefix) == a.at(prefix))
        ++prefix;
    if (prefix > 0) {
        r.remove(0, prefix);
        a.remove(0, prefix);
        pos += prefix;
    }
    if (r.isEmpty() && a.isEmpty())
        return {};
    return MinimalAllele{bareChromosome(chromosome), pos, r, a};
}

QString describe(const MinimalAllele &a)
{
    return QStringLiteral("%1:%2 %3>%4")
        .arg(a.chromosome)
        .arg(a.position)
        .arg(a.ref.isEmpty() ? QStringLiteral("-") : a.ref,
             a.alt.isEmpty() ? QStringLiteral("-") : a.alt);
}

QString effectCode(TumourEffect e)
{
    return e == TumourEffect::Sensitivity ? QStringLiteral("sensitivity")
                                          : QStringLiteral("resistance");
}

QString contextCode(TumourContext c)
{
    switch (c) {
    case TumourContext::OnLabel:
        return QStringLiteral("on-label");
    case TumourContext::TissueAgnostic:
        return QStringLiteral("tissue-agnostic");
    case TumourContext::OtherTumour:
        break;
    }
    return QStringLiteral("other-tumour");
}

QString TumourEvidence::level() const
{
    if (civicLevel.isEmpty())
        return QString::fromLatin1(kLabelOnlyLevel);
    QString text = QStringLiteral("CIViC ") + civicLevel;
    if (!ampTier.isEmpty())
        text += QStringLiteral("; AMP/ASCO/CAP ") + ampTier;
    return text;
}

bool OncoTree::isWithin(const QString &code, const QString &ancestor) const
{
    QString c = code;
    // The tree is a few levels deep; the bound guards against a cycle in a damaged file.
    for (int depth = 0; depth < 32 && !c.isEmpty(); ++depth) {
        if (c == ancestor)
            return true;
        c = parent.value(c);
    }
    return false;
}

Result<TumourKnowledge> parseTumourKnowledge(const QByteArray &json)
{
    const auto root = rootObject(json, QStringLiteral("tumour knowledge"));
    if (!root)
        return tl::unexpected(root.error());
    TumourKnowledge k;
    k.schemaVersion = root->value(QLatin1String("schemaVersion")).toInt();
    if (root->value(QLatin1String("schema")).toString() != QLatin1String("precis.tumour-knowledge")
        || k.schemaVersion != kSchemaVersion)
        return fail(
            ErrorCode::Damaged,
            QStringLiteral("not a tumour knowledge file of schema version %1").arg(kSchemaVersion),
            QStringLiteral("tumour knowledge schemaVersion"),
            QString::number(k.schemaVersion));
    if (root->value(QLatin1String("genomeBuild")).toString() != QLatin1String("GRCh38"))
        return fail(ErrorCode::Damaged,
                    QStringLiteral("the tumour knowledge must be on GRCh38"),
                    QStringLiteral("tumour knowledge genomeBuild"));
    k.knowledgeVersion = root->value(QLatin1String("knowledgeVersion")).toString();
    k.attribution = root->value(QLatin1String("attribution")).toString();
    QHash<QString, int> biomarkerIndex;
    for (const QJsonValue bv : root->value(QLatin1String("biomarkers")).toArray()) {
        const QJsonObject b = bv.toObject();
        TumourBiomarker biomarker{b.value(QLatin1String("id")).toString(),
                                  b.value(QLatin1String("gene")).toString(),
                                  b.value(QLatin1String("label")).toString()};
        if (biomarker.id.isEmpty() || biomarkerIndex.contains(biomarker.id))
            return fail(ErrorCode::Damaged,
                        QStringLiteral("missing or repeated biomarker id"),
                        QStringLiteral("tumour knowledge biomarkers"),
                        biomarker.id);
        const int index = static_cast<int>(k.biomarkers.size());
        biomarkerIndex.insert(biomarker.id, index);
        k.biomarkers.append(biomarker);
        for (const QJsonValue av : b.value(QLatin1String("alleles")).toArray()) {
            const QJsonObject a = av.toObject();
            const qint64 pos = a.value(QLatin1String("position")).toInteger();
            const QString ref = a.value(QLatin1String("ref")).toString();
            const QString alt = a.value(QLatin1String("alt")).toString();
            const MinimalAllele key
                = minimalAllele(a.value(QLatin1String("chromosome")).toString(), pos, ref, alt);
            // The file holds minimal alleles already; one that is not was written by hand.
            if (pos <= 0 || key.position != pos || key.ref != ref || key.alt != alt)
                return fail(ErrorCode::Damaged,
                            QStringLiteral("allele not in minimal form"),
                            QStringLiteral("tumour knowledge %1").arg(biomarker.id),
                            QStringLiteral("%1 %2>%3").arg(pos).arg(ref, alt));
            k.alleles[key].append(
                BiomarkerAllele{index,
                                a.value(QLatin1String("protein")).toString(),
                                a.value(QLatin1String("hgvsc")).toString(),
                                a.value(QLatin1String("grch37Position")).toInteger()});
        }
    }
    for (const QJsonValue ev : root->value(QLatin1String("evidence")).toArray()) {
        const QJsonObject e = ev.toObject();
        TumourEvidence item;
        for (const QJsonValue b : e.value(QLatin1String("biomarkers")).toArray())
            item.biomarkers.append(b.toString());
        item.tumourType = e.value(QLatin1String("tumourType")).toString();
        item.therapy = e.value(QLatin1String("therapy")).toString();
        const QString effect = e.value(QLatin1String("effect")).toString();
        if (effect == QLatin1String("sensitivity"))
            item.effect = TumourEffect::Sensitivity;
        else if (effect == QLatin1String("resistance"))
            item.effect = TumourEffect::Resistance;
        else
            return fail(ErrorCode::Damaged,
                        QStringLiteral("effect must be sensitivity or resistance"),
                        QStringLiteral("tumour knowledge evidence effect"),
                        effect);
        item.civicLevel = e.value(QLatin1String("civicLevel")).toString();
        item.ampTier = e.value(QLatin1String("ampTier")).toString();
        item.approval = e.value(QLatin1String("approval")).toString();
        item.tissueAgnostic
            = e.value(QLatin1String("context")).toString() == QLatin1String("tissue-agnostic");
        for (const QJsonValue x : e.value(QLatin1String("excludedTumourTypes")).toArray())
            item.excludedTumourTypes.append(x.toString());
        item.citation = e.value(QLatin1String("citation")).toString();
        if (item.therapy.isEmpty() || item.tumourType.isEmpty() || item.citation.isEmpty())
            return fail(ErrorCode::Damaged,
                        QStringLiteral("evidence without therapy, tumour type or citation"),
                        QStringLiteral("tumour knowledge evidence"),
                        item.therapy);
        const int index = static_cast<int>(k.evidence.size());
        for (const QString &b : std::as_const(item.biomarkers)) {
            if (!biomarkerIndex.contains(b))
                return fail(ErrorCode::Damaged,
                            QStringLiteral("evidence names an unknown biomarker"),
                            QStringLiteral("tumour knowledge evidence"),
                            b);
            k.evidenceByBiomarker[b].append(index);
        }
        k.evidence.append(item);
    }
    for (const QJsonValue dv : root->value(QLatin1String("doidToOncotree")).toArray()) {
        const QJsonObject d = dv.toObject();
        k.doidToOncotree.insert(d.value(QLatin1String("doid")).toString(),
                                d.value(QLatin1String("oncotree")).toString());
    }
    return k;
}

Result<OncoTree> parseOncoTree(const QByteArray &json)
{
    const auto root = rootObject(json, QStringLiteral("oncotree"));
    if (!root)
        return tl::unexpected(root.error());
    if (root->value(QLatin1String("schema")).toString() != QLatin1String("precis.oncotree"))
        return fail(ErrorCode::Damaged,
                    QStringLiteral("not an OncoTree file"),
                    QStringLiteral("oncotree schema"));
    OncoTree tree;
    tree.release = root->value(QLatin1String("release")).toString();
    for (const QJsonValue nv : root->value(QLatin1String("nodes")).toArray()) {
        const QJsonObject n = nv.toObject();
        const QString code = n.value(QLatin1String("code")).toString();
        tree.parent.insert(code, n.value(QLatin1String("parent")).toString());
        tree.name.insert(code, n.value(QLatin1String("name")).toString());
    }
    for (auto it = tree.parent.cbegin(); it != tree.parent.cend(); ++it)
        if (!it.value().isEmpty() && !tree.parent.contains(it.value()))
            return fail(ErrorCode::Damaged,
                        QStringLiteral("parent code not in the tree"),
                        QStringLiteral("oncotree %1").arg(it.key()),
                        it.value());
    return tree;
}

Result<TumourKnowledge> loadTumourKnowledge()
{
    QFile file(QStringLiteral(":/precis/genomics/tumour/tumour_knowledge.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Damaged,
                    QStringLiteral("the tumour knowledge is missing from the build"),
                    QStringLiteral("tumour knowledge"));
    return parseTumourKnowledge(file.readAll());
}

Result<OncoTree> loadOncoTree()
{
    QFile file(QStringLiteral(":/precis/genomics/tumour/oncotree.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Damaged,
                    QStringLiteral("the OncoTree file is missing from the build"),
                    QStringLiteral("oncotree"));
    return parseOncoTree(file.readAll());
}

} // namespace precis::genomics
