// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/genomics/PgxRecommendations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace precis::genomics {

namespace {

tl::unexpected<Error> invalid(const QString &field, const QString &detail)
{
    return tl::unexpected(Error{ErrorCode::InvalidInput, field, QString(), detail});
}

QString recordField(qsizetype index, const QString &id, const char *field)
{
    return QStringLiteral("record %1 (%2): %3")
        .arg(index + 1)
        .arg(id.isEmpty() ? QStringLiteral("?") : id, QLatin1String(field));
}

bool undetermined(const QString &phenotype)
{
    const QString p = phenotype.trimmed();
    return p.isEmpty() || p.compare(QLatin1String("Indeterminate"), Qt::CaseInsensitive) == 0;
}

bool scoreIn(const QString &score, const QList<double> &scores)
{
    bool ok = false;
    const double value = score.trimmed().toDouble(&ok);
    if (!ok)
        return false;
    for (double s : scores) {
        if (std::abs(s - value) < 1e-9)
            return true;
    }
    return false;
}

bool holds(const RecommendationCondition &c, const GenePhenotype &r)
{
    if (undetermined(r.phenotype))
        return false;
    const bool phenotypeOk = c.phenotypes.contains(QStringLiteral("*"))
                             || c.phenotypes.contains(r.phenotype.trimmed(), Qt::CaseInsensitive);
    if (!phenotypeOk)
        return false;
    if (!c.activityScores.isEmpty() && !scoreIn(r.activityScore, c.activityScores))
        return false;
    if (c.carrierOf.isEmpty())
        return true;
    const QStringList alleles = r.diplotype.trimmed().split(QLatin1Char('/'));
    if (alleles.size() != 2 || r.diplotype.contains(QLatin1Char(' ')))
        return false; // unresolved: neither carrier nor non-carrier
    bool carries = false;
    for (const QString &a : alleles)
        carries = carries || c.carrierOf.contains(a.trimmed());
    return carries == c.carrier;
}

/// Specificity of a record: genes first, then an activity-score narrowing.
int specificity(const RecommendationRecord &r)
{
    int s = 0;
    for (const RecommendationCondition &c : r.when)
        s += 10 + (c.activityScores.isEmpty() && c.carrierOf.isEmpty() ? 0 : 1);
    return s;
}

QSet<QString> genesOf(const RecommendationRecord &r)
{
    QSet<QString> genes;
    for (const RecommendationCondition &c : r.when)
        genes.insert(c.gene);
    return genes;
}

QString shownPhenotype(const GenePhenotype &r)
{
    QString p = undetermined(r.phenotype) ? QStringLiteral("Indeterminate") : r.phenotype.trimmed();
    if (r.activityScore.trimmed().isEmpty())
        return p;
    return QStringLiteral("%1 (activity score %2)").arg(p, r.activityScore.trimmed());
}

const GenePhenotype *findResult(const std::vector<GenePhenotype> &results, const QString &gene)
{
    for (const GenePhenotype &r : results) {
        if (r.gene.compare(gene, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

} // namespace

Result<RecommendationTable> parseRecommendations(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject())
        return invalid(QStringLiteral("recommendations.json"), error.errorString());
    const QJsonObject root = doc.object();
    RecommendationTable table;
    table.format = root.value(QLatin1String("format")).toInt();
    if (table.format != 1)
        return invalid(QStringLiteral("format"), QStringLiteral("format 1 expected"));
    table.dataVersion = root.value(QLatin1String("dataVersion")).toString();
    if (table.dataVersion.isEmpty())
        return invalid(QStringLiteral("dataVersion"), QStringLiteral("missing"));
    const QJsonObject sources = root.value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        RecommendationSource source{it.key(),
                                    s.value(QLatin1String("body")).toString(),
                                    s.value(QLatin1String("year")).toInt(),
                                    s.value(QLatin1String("citation")).toString(),
                                    s.value(QLatin1String("doi")).toString(),
                                    s.value(QLatin1String("updates")).toString()};
        if (source.body.isEmpty() || source.year < 1990 || source.citation.isEmpty())
            return invalid(QStringLiteral("source %1").arg(it.key()),
                           QStringLiteral("body, year and citation are required"));
        table.sources.insert(it.key(), source);
    }
    if (table.sources.isEmpty())
        return invalid(QStringLiteral("sources"), QStringLiteral("missing"));
    const QJsonArray records = root.value(QLatin1String("recommendations")).toArray();
    if (records.isEmpty())
        return invalid(QStringLiteral("recommendations"), QStringLiteral("missing"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject o = records.at(i).toObject();
        RecommendationRecord r;
        r.id = o.value(QLatin1String("id")).toString();
        r.drug = o.value(QLatin1String("drug")).toString();
        r.action = o.value(QLatin1String("action")).toString();
        r.classification = o.value(QLatin1String("classification")).toString();
        r.source = o.value(QLatin1String("source")).toString();
        r.table = o.value(QLatin1String("table")).toString();
        r.verification = o.value(QLatin1String("verification")).toString();
        const std::pair<const char *, const QString *> required[]
            = {{"id", &r.id},
               {"drug", &r.drug},
               {"action", &r.action},
               {"classification", &r.classification},
               {"source", &r.source},
               {"table", &r.table},
               {"verification", &r.verification}};
        for (const auto &[name, value] : required) {
            if (value->trimmed().isEmpty())
                return invalid(recordField(i, r.id, name), QStringLiteral("missing"));
        }
        if (r.drug != r.drug.toLower())
            return invalid(recordField(i, r.id, "drug"), QStringLiteral("lower case expected"));
        if (!table.sources.contains(r.source))
            return invalid(recordField(i, r.id, "source"), QStringLiteral("unknown source"));
        if (ids.contains(r.id))
            return invalid(recordField(i, r.id, "id"), QStringLiteral("duplicate id"));
        ids.insert(r.id);
        const QJsonArray when = o.value(QLatin1String("when")).toArray();
        if (when.isEmpty())
            return invalid(recordField(i, r.id, "when"), QStringLiteral("missing"));
        for (const auto &w : when) {
            const QJsonObject c = w.toObject();
            RecommendationCondition condition;
            condition.gene = c.value(QLatin1String("gene")).toString();
            for (const auto &p : c.value(QLatin1String("phenotypes")).toArray())
                condition.phenotypes.append(p.toString());
            for (const auto &s : c.value(QLatin1String("activity_scores")).toArray()) {
                bool ok = false;
                const double v = s.toString().toDouble(&ok);
                if (!ok)
                    return invalid(recordField(i, r.id, "activity_scores"),
                                   QStringLiteral("a number as text expected"));
                condition.activityScores.append(v);
            }
            for (const auto &a : c.value(QLatin1String("carrier_of")).toArray())
                condition.carrierOf.append(a.toString());
            condition.carrier = c.value(QLatin1String("carrier")).toBool(true);
            if (condition.gene.isEmpty() || condition.phenotypes.isEmpty()
                || condition.phenotypes.contains(QString()))
                return invalid(recordField(i, r.id, "when"),
                               QStringLiteral("gene and phenotypes are required"));
            r.when.push_back(std::move(condition));
        }
        table.records.push_back(std::move(r));
    }
    return table;
}

Result<RecommendationTable> shippedRecommendations()
{
    static const Result<RecommendationTable> table = []() -> Result<RecommendationTable> {
        QFile file(QStringLiteral(":/precis/genomics/recommendations.json"));
        if (!file.open(QIODevice::ReadOnly))
            return tl::unexpected(Error{ErrorCode::Damaged,
                                        QStringLiteral("recommendations.json"),
                                        QString(),
                                        QStringLiteral("the shipped resource is missing")});
        return parseRecommendations(file.readAll());
    }();
    return table;
}

QString PgxRecommendation::text() const
{
    const QString gene = genes.join(QLatin1Char('+'));
    if (!determined)
        return QStringLiteral("%1: %2").arg(gene, action);
    if (body.isEmpty()) // a phenotype the table has no record for
        return QStringLiteral("%1 %2: %3").arg(gene, phenotype, action);
    return QStringLiteral("%1 %2: %3 (%4 %5, %6)")
        .arg(gene, phenotype, action, body, QString::number(year), classification);
}

QStringList drugsConcerned(const RecommendationTable &table, const QString &gene)
{
    QStringList drugs;
    for (const RecommendationRecord &r : table.records) {
        for (const RecommendationCondition &c : r.when) {
            if (c.gene.compare(gene, Qt::CaseInsensitive) == 0 && !drugs.contains(r.drug))
                drugs.append(r.drug);
        }
    }
    return drugs;
}

std::vector<PgxRecommendation> recommendPgx(const RecommendationTable &table,
                                            const std::vector<GenePhenotype> &results)
{
    QStringList drugOrder;
    for (const RecommendationRecord &r : table.records) {
        if (!drugOrder.contains(r.drug))
            drugOrder.append(r.drug);
    }
    std::vector<PgxRecommendation> out;
    for (const QString &drug : drugOrder) {
        // Genes of this drug with a result, in the order the records name them.
        QStringList genes;
        for (const RecommendationRecord &r : table.records) {
            if (r.drug != drug)
                continue;
            for (const RecommendationCondition &c : r.when) {
                if (!genes.contains(c.gene) && findResult(results, c.gene))
                    genes.append(c.gene);
            }
        }
        // Records whose conditions all hold.
        std::vector<const RecommendationRecord *> matched;
        for (const RecommendationRecord &r : table.records) {
            if (r.drug != drug)
                continue;
            bool all = true;
            for (const RecommendationCondition &c : r.when) {
                const GenePhenotype *result = findResult(results, c.gene);
                if (!result || !holds(c, *result)) {
                    all = false;
                    break;
                }
            }
            if (all)
                matched.push_back(&r);
        }
        std::vector<const RecommendationRecord *> kept;
        for (const RecommendationRecord *r : matched) {
            const QSet<QString> mine = genesOf(*r);
            bool dominated = false;
            for (const RecommendationRecord *other : matched) {
                if (other != r && specificity(*other) > specificity(*r)
                    && genesOf(*other).contains(mine)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated)
                kept.push_back(r);
        }
        for (const QString &gene : genes) {
            const GenePhenotype &result = *findResult(results, gene);
            if (undetermined(result.phenotype)) {
                PgxRecommendation rec;
                rec.drug = drug;
                rec.genes = {gene};
                rec.phenotype = shownPhenotype(result);
                rec.determined = false;
                rec.action = result.untested.isEmpty()
                                 ? QStringLiteral("no genotype-based recommendation: %1 phenotype "
                                                  "not determined (no untested position "
                                                  "explains it; see the call's notes)")
                                       .arg(gene)
                                 : QStringLiteral("no genotype-based recommendation: %1 phenotype "
                                                  "not determined; positions %2 would settle it")
                                       .arg(gene, result.untested.join(QStringLiteral(", ")));
                rec.classification = QStringLiteral("no recommendation");
                // The source's advice for an indeterminate phenotype, if it gives one (CPIC's
                // 2020 thiopurine update): added to the entry, which stays undetermined.
                for (const RecommendationRecord &r : table.records) {
                    if (r.drug == drug && r.when.size() == 1
                        && r.when.front().gene.compare(gene, Qt::CaseInsensitive) == 0
                        && r.when.front().phenotypes.contains(QStringLiteral("Indeterminate"),
                                                              Qt::CaseInsensitive)) {
                        const RecommendationSource source = table.sources.value(r.source);
                        rec.action += QStringLiteral("; %1 %2: %3")
                                          .arg(source.body, QString::number(source.year), r.action);
                        rec.recordId = r.id;
                        rec.table = r.table;
                        rec.verification = r.verification;
                        rec.citation = source.citation;
                        rec.doi = source.doi;
                    }
                }
                out.push_back(std::move(rec));
                continue;
            }
            bool covered = false;
            for (const RecommendationRecord *r : matched) {
                if (genesOf(*r).contains(gene))
                    covered = true;
            }
            if (!covered) {
                PgxRecommendation rec;
                rec.drug = drug;
                rec.genes = {gene};
                rec.phenotype = shownPhenotype(result);
                rec.determined = true;
                rec.action = QStringLiteral("no recommendation in Precis's table for this "
                                            "phenotype; decide as if not tested");
                rec.classification = QStringLiteral("no recommendation");
                out.push_back(std::move(rec));
            }
        }
        for (const RecommendationRecord *r : kept) {
            const RecommendationSource source = table.sources.value(r->source);
            PgxRecommendation rec;
            rec.drug = drug;
            QStringList shown;
            for (const RecommendationCondition &c : r->when) {
                rec.genes.append(c.gene);
                shown.append(shownPhenotype(*findResult(results, c.gene)));
            }
            rec.phenotype = shown.join(QStringLiteral(" + "));
            rec.determined = true;
            rec.action = r->action;
            rec.classification = r->classification;
            rec.body = source.body;
            rec.year = source.year;
            rec.citation = source.citation;
            rec.doi = source.doi;
            rec.table = r->table;
            rec.verification = r->verification;
            rec.recordId = r->id;
            out.push_back(std::move(rec));
        }
    }
    return out;
}

} // namespace precis::genomics
