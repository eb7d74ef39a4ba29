// SPDX-License-Identifier: GPL-3.0-or-later
#include "StarAlleleCaller.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace precis::genomics {

namespace {

/// Bases an IUPAC code stands for (the definitions use R, Y and M besides A, C, G, T).
QString iupacBases(const QString &code)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("R"), QStringLiteral("AG")},
        {QStringLiteral("Y"), QStringLiteral("CT")},
        {QStringLiteral("S"), QStringLiteral("CG")},
        {QStringLiteral("W"), QStringLiteral("AT")},
        {QStringLiteral("K"), QStringLiteral("GT")},
        {QStringLiteral("M"), QStringLiteral("AC")},
    };
    return codes.value(code, code);
}

bool baseMatches(const QString &definition, const QString &observed)
{
    return observed.size() == 1 && iupacBases(definition).contains(observed);
}

constexpr qsizetype kMaxListedCandidates = 6;

int alleleNumber(const QString &name)
{
    static const QRegularExpression number(QStringLiteral("^\\*(\\d+)"));
    const auto m = number.match(name);
    return m.hasMatch() ? m.captured(1).toInt() : INT_MAX;
}

} // namespace

QString diplotypeName(const QString &a, const QString &b)
{
    const bool swap
        = alleleNumber(b) < alleleNumber(a) || (alleleNumber(b) == alleleNumber(a) && b < a);
    return swap ? b + QLatin1Char('/') + a : a + QLatin1Char('/') + b;
}

QList<Locus> GeneDefinition::loci() const
{
    QList<Locus> result;
    for (const DefinitionPosition &p : positions)
        result.append(Locus{chromosome, p.position, p.reference});
    return result;
}

Result<GeneDefinition> parseGeneDefinition(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(ErrorCode::Damaged, parseError.errorString(), QStringLiteral("definition"));
    const QJsonObject root = doc.object();
    GeneDefinition def;
    def.gene = root.value(QLatin1String("gene")).toString();
    def.chromosome = root.value(QLatin1String("chromosome")).toString();
    if (def.chromosome.startsWith(QLatin1String("chr")))
        def.chromosome = def.chromosome.mid(3);
    const QJsonObject source = root.value(QLatin1String("source")).toObject();
    def.sourceRelease = source.value(QLatin1String("release")).toString();
    def.sourceCommit = source.value(QLatin1String("commit")).toString();
    QSet<QString> rsids;
    for (const QJsonValue v : root.value(QLatin1String("positions")).toArray()) {
        const QJsonObject o = v.toObject();
        DefinitionPosition p{o.value(QLatin1String("rsid")).toString(),
                             o.value(QLatin1String("position")).toInteger(),
                             o.value(QLatin1String("ref")).toString()};
        if (p.rsid.isEmpty() || p.position <= 0 || p.reference.size() != 1)
            return fail(ErrorCode::Damaged,
                        QStringLiteral("bad definition position"),
                        QStringLiteral("positions"),
                        p.rsid);
        rsids.insert(p.rsid);
        def.positions.append(p);
    }
    for (const QJsonValue v : root.value(QLatin1String("alleles")).toArray()) {
        const QJsonObject o = v.toObject();
        NamedAllele a;
        a.name = o.value(QLatin1String("name")).toString();
        a.reportAs = o.value(QLatin1String("reportAs")).toString(a.name);
        a.function = o.value(QLatin1String("function")).toString();
        const QJsonObject variants = o.value(QLatin1String("variants")).toObject();
        for (auto it = variants.begin(); it != variants.end(); ++it) {
            if (!rsids.contains(it.key()))
                return fail(ErrorCode::Damaged,
                            QStringLiteral("allele uses an undefined position"),
                            QStringLiteral("alleles"),
                            a.name + QLatin1Char(' ') + it.key());
            a.variants.insert(it.key(), it.value().toString());
        }
        def.alleles.append(a);
    }
    for (const QJsonValue v : root.value(QLatin1String("keyAlleles")).toArray()) {
        const QJsonObject o = v.toObject();
        KeyAllele k{o.value(QLatin1String("allele")).toString(), {}};
        for (const QJsonValue r : o.value(QLatin1String("positions")).toArray())
            k.rsids << r.toString();
        def.keyAlleles.append(k);
    }
    const QJsonObject dips = root.value(QLatin1String("diplotypes")).toObject();
    for (auto it = dips.begin(); it != dips.end(); ++it)
        def.phenotypes.insert(it.key(), it.value().toString());
    if (def.gene.isEmpty() || def.chromosome.isEmpty() || def.positions.isEmpty()
        || def.alleles.isEmpty() || def.phenotypes.isEmpty())
        return fail(ErrorCode::Damaged,
                    QStringLiteral("incomplete definition file"),
                    QStringLiteral("definition"));
    return def;
}

QStringList shippedGenes()
{
    return {QStringLiteral("CYP2C19"), QStringLiteral("SLCO1B1")};
}

Result<GeneDefinition> loadGeneDefinition(const QString &gene)
{
    QFile file(QStringLiteral(":/precis/genomics/%1.json").arg(gene));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no definition for this gene"),
                    QStringLiteral("gene"),
                    gene);
    return parseGeneDefinition(file.readAll());
}

GeneCall callDiplotype(const GeneDefinition &def, const GenotypeSet &genotypes)
{
    GeneCall call;
    call.gene = def.gene;
    const qsizetype n = def.positions.size();
    QList<bool> tested(n, false);
    QList<QString> g1(n);
    QList<QString> g2(n);
    for (qsizetype i = 0; i < n; ++i) {
        const auto it = genotypes.sites.constFind(def.positions[i].position);
        if (it == genotypes.sites.cend()) {
            call.untested << def.positions[i].rsid;
            continue;
        }
        tested[i] = true;
        g1[i] = it->allele1;
        g2[i] = it->allele2;
    }
    // Each allele as a full haplotype: its listed bases, the reference elsewhere.
    QList<QList<QString>> haplotypes;
    for (const NamedAllele &a : def.alleles) {
        QList<QString> h(n);
        for (qsizetype i = 0; i < n; ++i)
            h[i] = a.variants.value(def.positions[i].rsid, def.positions[i].reference);
        haplotypes.append(h);
    }
    struct Candidate
    {
        QString name;
        int assumed = 0; // non-reference bases the pair needs at untested positions
    };
    QList<Candidate> candidates;
    for (qsizetype a = 0; a < haplotypes.size(); ++a) {
        for (qsizetype b = a; b < haplotypes.size(); ++b) {
            bool fits = true;
            int assumed = 0;
            for (qsizetype i = 0; i < n && fits; ++i) {
                const QString &ha = haplotypes[a][i];
                const QString &hb = haplotypes[b][i];
                if (!tested[i]) {
                    assumed
                        += (ha != def.positions[i].reference) + (hb != def.positions[i].reference);
                    continue;
                }
                fits = (baseMatches(ha, g1[i]) && baseMatches(hb, g2[i]))
                       || (baseMatches(ha, g2[i]) && baseMatches(hb, g1[i]));
            }
            if (!fits)
                continue;
            // Sub-alleles (*45.001, *45.002) report as their parent: one candidate per name,
            // with the fewest assumed bases of its variants.
            const QString name = diplotypeName(def.alleles[a].reportAs, def.alleles[b].reportAs);
            const auto same = std::find_if(candidates.begin(),
                                           candidates.end(),
                                           [&name](const Candidate &c) { return c.name == name; });
            if (same == candidates.end())
                candidates.append({name, assumed});
            else
                same->assumed = std::min(same->assumed, assumed);
        }
    }
    const auto byName = [](const Candidate &x, const Candidate &y) {
        const QStringList xs = x.name.split(QLatin1Char('/'));
        const QStringList ys = y.name.split(QLatin1Char('/'));
        return std::pair(alleleNumber(xs[0]), alleleNumber(xs[1]))
               < std::pair(alleleNumber(ys[0]), alleleNumber(ys[1]));
    };
    std::sort(candidates.begin(), candidates.end(), byName);

    if (!call.untested.isEmpty())
        call.notes << QStringLiteral("%1 of %2 definition positions untested")
                          .arg(call.untested.size())
                          .arg(n);

    // Frequent alleles hidden by untested positions: never call a phenotype.
    QStringList hidden;
    QStringList settle;
    for (const KeyAllele &k : def.keyAlleles) {
        QStringList missing;
        for (const QString &r : k.rsids)
            if (call.untested.contains(r))
                missing << r;
        if (!missing.isEmpty()) {
            hidden << k.allele;
            settle << missing;
        }
    }
    settle.removeDuplicates(); // *5 and *15 both need rs4149056: name it once
    if (!hidden.isEmpty()) {
        // A handful of candidates is informative; dozens are noise.
        if (candidates.size() <= kMaxListedCandidates) {
            for (const Candidate &c : candidates)
                call.diplotypes << c.name;
        } else {
            call.notes
                << QStringLiteral("%1 diplotypes fit the tested positions").arg(candidates.size());
        }
        call.phenotype = QStringLiteral("Indeterminate");
        call.notes << QStringLiteral("%1 undetectable: testing %2 would settle it")
                          .arg(hidden.join(QStringLiteral(", ")),
                               settle.join(QStringLiteral(", ")));
        return call;
    }
    if (candidates.isEmpty()) {
        call.phenotype = QStringLiteral("Indeterminate");
        call.notes << QStringLiteral(
            "no pair of defined alleles explains the genotype (novel or combined allele?)");
        return call;
    }
    int fewest = INT_MAX;
    for (const Candidate &c : candidates)
        fewest = std::min(fewest, c.assumed);
    QStringList alsoFits;
    for (const Candidate &c : candidates) {
        if (c.assumed == fewest)
            call.diplotypes << c.name;
        else
            alsoFits << c.name;
    }
    if (!alsoFits.isEmpty())
        call.notes << QStringLiteral(
                          "untested positions taken as reference; also consistent with %1")
                          .arg(alsoFits.join(QStringLiteral(" or ")));
    QSet<QString> phenotypes;
    for (const QString &d : std::as_const(call.diplotypes))
        phenotypes.insert(def.phenotypes.value(d, QStringLiteral("Indeterminate")));
    if (call.diplotypes.size() > 1)
        call.notes << QStringLiteral("ambiguous unphased genotype: candidate diplotypes %1")
                          .arg(call.diplotypes.join(QStringLiteral(" or ")));
    call.phenotype
        = phenotypes.size() == 1 ? *phenotypes.cbegin() : QStringLiteral("Indeterminate");
    if (call.phenotype == QLatin1String("Indeterminate") && call.diplotypes.size() == 1)
        call.notes << QStringLiteral(
                          "no CPIC phenotype for %1 (allele of unknown or uncertain function)")
                          .arg(call.diplotypes.first());
    return call;
}

} // namespace precis::genomics
