// SPDX-License-Identifier: GPL-3.0-or-later
#include "StarAlleleCaller.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <tuple>

namespace precis::genomics {

namespace {

/// Records a note in English (notes) and as its template (noteSources), in step.
void addNote(GeneCall &call, const CallNote &note)
{
    call.notes << note.english();
    call.noteSources << note;
}

/// `source`: a literal marked QT_TRANSLATE_NOOP("precis::genomics::CallNote", ...).
void addNote(GeneCall &call, const char *source, QStringList args = {})
{
    addNote(call, CallNote{QString::fromUtf8(source), std::move(args)});
}

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

namespace {

/// Whether a definition allele (base, IUPAC code or VCF allele) is the observed allele. An indel
/// record may trim its alleles differently from the definition at the same POS: both are then
/// compared as sequences over the longer of the two reference alleles.
bool alleleMatches(const QString &definition,
                   const QString &observed,
                   const QString &definitionRef,
                   const QString &recordRef)
{
    const QString &rr = recordRef.isEmpty() ? definitionRef : recordRef;
    if (definition.size() == 1 && definitionRef.size() == 1 && rr.size() == 1)
        return observed.size() == 1 && iupacBases(definition).contains(observed);
    const QString &longer = rr.size() >= definitionRef.size() ? rr : definitionRef;
    return observed + longer.mid(rr.size()) == definition + longer.mid(definitionRef.size());
}

struct Candidate
{
    QString name;
    int assumed = 0; // non-reference bases the pair needs at untested positions
    qsizetype a = 0;
    qsizetype b = 0;
    std::tuple<int, int, QString> key; // report order, from pairName()
};

/// The diplotype's name and report order: star alleles ordered by number ("*2/*17", as
/// diplotypeName()); named variants (DPYD, VKORC1, ABCG2) in definition order, the reference
/// first. `numbers` holds alleleNumber() of each allele's reportAs (computed once per call).
std::pair<QString, std::tuple<int, int, QString>>
pairName(const GeneDefinition &def, const QList<int> &numbers, qsizetype a, qsizetype b)
{
    const QString &x = def.alleles[a].reportAs;
    const QString &y = def.alleles[b].reportAs;
    const bool stars = numbers[a] != INT_MAX && numbers[b] != INT_MAX;
    const bool swap
        = stars ? numbers[b] < numbers[a] || (numbers[b] == numbers[a] && y < x) : b < a;
    const QString name = swap ? y + QLatin1Char('/') + x : x + QLatin1Char('/') + y;
    if (stars)
        return {name, {swap ? numbers[b] : numbers[a], swap ? numbers[a] : numbers[b], name}};
    return {name, {static_cast<int>(std::min(a, b)), static_cast<int>(std::max(a, b)), name}};
}

/// VKORC1's diplotype is shown as the genotype on the gene's strand ("GA"), its alleles being
/// named "rs9923231 G" and "rs9923231 A".
QString display(const GeneDefinition &def, const QString &name)
{
    if (def.diplotypeStyle != QLatin1String("genotype"))
        return name;
    const QStringList parts = name.split(QLatin1Char('/'));
    QString out;
    for (const QString &p : parts)
        out += p.right(1);
    return out;
}

/// The sum of two activity values in CPIC's notation ("1.5"), or "n/a".
QString activityScore(const GeneDefinition &def, qsizetype a, qsizetype b)
{
    bool okA = false;
    bool okB = false;
    const double x = def.alleles[a].activityValue.toDouble(&okA);
    const double y = def.alleles[b].activityValue.toDouble(&okB);
    if (!okA || !okB)
        return QStringLiteral("n/a");
    return QString::number(x + y, 'f', 1);
}

/// DPYD: CPIC (Amstutz 2018, activity score) counts the two variant alleles of lowest activity
/// when a genotype carries more than a pair explains (phase unknown). Each variant allele whose
/// positions are all tested and carry its alleles is present (copies: the fewer across its
/// positions); an allele contained in a larger present one (c.1129-5923C>G in HapB3) is not
/// counted again.
GeneCall lowestFunctionPair(const GeneDefinition &def,
                            GeneCall call,
                            const QList<int> &numbers,
                            const QList<bool> &tested,
                            const QList<const SiteGenotype *> &site,
                            const QList<QList<bool>> &match1,
                            const QList<QList<bool>> &match2,
                            const QList<QList<bool>> &nonReference,
                            const QList<qsizetype> &phaseGroup)
{
    const qsizetype n = def.positions.size();
    const qsizetype na = def.alleles.size();
    qsizetype reference = -1;
    QList<int> copies(na, 0);
    for (qsizetype a = 0; a < na; ++a) {
        if (def.alleles[a].variants.isEmpty()) {
            reference = a;
            continue;
        }
        int c = 2;
        for (qsizetype i = 0; i < n && c > 0; ++i) {
            if (!nonReference[a][i])
                continue;
            if (!tested[i]) {
                c = 0;
                break;
            }
            c = std::min(c, int(match1[a][i]) + int(match2[a][i]));
        }
        copies[a] = c;
    }
    const auto contains = [&](qsizetype big, qsizetype small) {
        if (def.alleles[big].variants.size() <= def.alleles[small].variants.size())
            return false;
        for (auto it = def.alleles[small].variants.cbegin();
             it != def.alleles[small].variants.cend();
             ++it)
            if (def.alleles[big].variants.value(it.key()) != it.value())
                return false;
        return true;
    };
    QList<qsizetype> present;
    for (qsizetype a = 0; a < na; ++a) {
        if (copies[a] == 0)
            continue;
        bool inLarger = false;
        for (qsizetype b = 0; b < na && !inLarger; ++b)
            inLarger = b != a && copies[b] > 0 && contains(b, a);
        if (!inLarger)
            for (int k = 0; k < copies[a]; ++k)
                present << a;
    }
    // Every non-reference allele in the genotype must belong to a present variant allele.
    for (qsizetype i = 0; i < n; ++i) {
        if (!tested[i])
            continue;
        const QString &ref = def.positions[i].reference;
        const bool variant1 = !alleleMatches(ref, site[i]->allele1, ref, site[i]->recordReference);
        const bool variant2 = !alleleMatches(ref, site[i]->allele2, ref, site[i]->recordReference);
        if (!variant1 && !variant2)
            continue;
        bool explained = false;
        for (const qsizetype a : std::as_const(present))
            explained = explained || (nonReference[a][i] && (match1[a][i] || match2[a][i]));
        if (!explained || reference < 0) {
            call.phenotype = QStringLiteral("Indeterminate");
            addNote(call,
                    QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                      "no defined allele explains the genotype at %1 (novel "
                                      "variant?)"),
                    {def.positions[i].rsid});
            return call;
        }
    }
    const auto value = [&def](qsizetype a) {
        bool ok = false;
        const double v = def.alleles[a].activityValue.toDouble(&ok);
        return ok ? v : 99.0;
    };
    std::stable_sort(present.begin(), present.end(), [&](qsizetype x, qsizetype y) {
        return value(x) < value(y);
    });
    QStringList all;
    for (const qsizetype a : std::as_const(present))
        all << def.alleles[a].reportAs;
    qsizetype first = present.value(0, reference);
    qsizetype second = present.value(1, reference);
    // Phased: CPIC counts the lowest-activity allele of each haplotype, not the two lowest of
    // the genotype (two variants in cis count once). Each single-copy allele is placed on the
    // haplotype its phased heterozygous positions give; two copies sit on both. Phase sets
    // are independent: every relative orientation is tried and the lowest score kept (never a
    // score above what some orientation allows). Any unphased heterozygous position of a
    // present allele leaves the unphased rule above.
    struct Placed
    {
        qsizetype allele;
        qsizetype group; // -1: on both haplotypes (two copies)
        int side;        // 1 or 2 within its phase group
    };
    QList<Placed> placed;
    bool phasedAll = true;
    QSet<qsizetype> seen;
    for (const qsizetype a : std::as_const(present)) {
        if (seen.contains(a))
            continue; // the second copy of a two-copy allele
        seen.insert(a);
        if (copies[a] == 2) {
            placed << Placed{a, -1, 0};
            continue;
        }
        qsizetype group = -1;
        int side = 0;
        for (qsizetype i = 0; i < n && phasedAll; ++i) {
            if (!nonReference[a][i] || (match1[a][i] && match2[a][i]))
                continue; // not this allele's position, or homozygous there
            if (phaseGroup[i] < 0) {
                phasedAll = false;
                break;
            }
            const int s = match1[a][i] ? 1 : 2;
            if ((group >= 0 && group != phaseGroup[i]) || (side != 0 && side != s))
                phasedAll = false;
            group = phaseGroup[i];
            side = s;
        }
        if (!phasedAll || group < 0) {
            phasedAll = false;
            break;
        }
        placed << Placed{a, group, side};
    }
    QList<qsizetype> groups;
    for (const Placed &p : std::as_const(placed))
        if (p.group >= 0 && !groups.contains(p.group))
            groups << p.group;
    if (phasedAll && !present.isEmpty() && groups.size() <= 10) {
        double best = 1e9;
        bool bestHasReference = false;
        QSet<QString> scoresSeen;
        // Orientation bit k flips phase group groups[k]; the first group stays fixed.
        const int orientations = groups.isEmpty() ? 1 : 1 << (groups.size() - 1);
        for (int o = 0; o < orientations; ++o) {
            // The first allele of lowest activity on each haplotype (`present` is ordered by
            // activity, then definition order); none: the reference.
            qsizetype low[2] = {-1, -1};
            for (const Placed &p : std::as_const(placed)) {
                for (int h = 1; h <= 2; ++h) {
                    bool on = p.group < 0;
                    if (!on) {
                        const auto k = groups.indexOf(p.group);
                        const bool flip = k > 0 && ((o >> (k - 1)) & 1);
                        on = (flip ? 3 - p.side : p.side) == h;
                    }
                    if (on && (low[h - 1] < 0 || value(p.allele) < value(low[h - 1])))
                        low[h - 1] = p.allele;
                }
            }
            for (qsizetype &l : low)
                if (l < 0)
                    l = reference;
            const double score = value(low[0]) + value(low[1]);
            scoresSeen.insert(activityScore(def, low[0], low[1]));
            // Equal scores: name the orientation that leaves one haplotype without variants
            // (PharmCAT's DpydTest issue209 and phaseSet_lowFunctionsOnSameStrand expect
            // "Reference" there); the score and phenotype are the same either way.
            const bool hasReference = low[0] == reference || low[1] == reference;
            if (score < best || (score == best && hasReference && !bestHasReference)) {
                best = score;
                bestHasReference = hasReference;
                first = low[0];
                second = low[1];
            }
        }
        if (scoresSeen.size() > 1)
            addNote(call,
                    QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                      "phase between the phase sets is unknown: the lowest "
                                      "score of their orientations is used"));
        call.diplotypes << pairName(def, numbers, first, second).first;
        call.activityScore = activityScore(def, first, second);
        call.phenotype
            = def.activityPhenotypes.value(call.activityScore, QStringLiteral("Indeterminate"));
        if (call.activityScore == QLatin1String("n/a"))
            call.activityScore.clear();
        addNote(call,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                  "%1 variant alleles found (%2), phased: CPIC's rule "
                                  "counts the allele of lowest activity on each haplotype"),
                {QString::number(present.size()), all.join(QStringLiteral(", "))});
        return call;
    }
    call.diplotypes << pairName(def, numbers, first, second).first;
    call.activityScore = activityScore(def, first, second);
    call.phenotype
        = def.activityPhenotypes.value(call.activityScore, QStringLiteral("Indeterminate"));
    if (call.activityScore == QLatin1String("n/a"))
        call.activityScore.clear();
    addNote(call,
            QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                              "%1 variant alleles found (%2), more than a pair explains "
                              "unphased: CPIC's rule counts the two of lowest activity"),
            {QString::number(present.size()), all.join(QStringLiteral(", "))});
    return call;
}

} // namespace

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
        static const QRegularExpression bases(QStringLiteral("^[ACGT]+$"));
        if (p.rsid.isEmpty() || p.position <= 0 || !bases.match(p.reference).hasMatch())
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
        a.activityValue = o.value(QLatin1String("activityValue")).toString();
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
        KeyAllele k{o.value(QLatin1String("allele")).toString(),
                    {},
                    o.value(QLatin1String("anyOf")).toBool()};
        for (const QJsonValue r : o.value(QLatin1String("positions")).toArray())
            k.rsids << r.toString();
        def.keyAlleles.append(k);
    }
    const QJsonObject dips = root.value(QLatin1String("diplotypes")).toObject();
    for (auto it = dips.begin(); it != dips.end(); ++it)
        def.phenotypes.insert(it.key(), it.value().toString());
    const QJsonObject scores = root.value(QLatin1String("activityPhenotypes")).toObject();
    for (auto it = scores.begin(); it != scores.end(); ++it)
        def.activityPhenotypes.insert(it.key(), it.value().toString());
    def.callMode = root.value(QLatin1String("callMode")).toString();
    def.diplotypeStyle = root.value(QLatin1String("diplotypeStyle")).toString();
    // CYP4F2 has no CPIC phenotype: an empty table is allowed when the file says so.
    const bool noPhenotype = root.value(QLatin1String("noPhenotype")).toBool();
    if (def.gene.isEmpty() || def.chromosome.isEmpty() || def.positions.isEmpty()
        || def.alleles.isEmpty()
        || (def.phenotypes.isEmpty() && def.activityPhenotypes.isEmpty() && !noPhenotype))
        return fail(ErrorCode::Damaged,
                    QStringLiteral("incomplete definition file"),
                    QStringLiteral("definition"));
    return def;
}

QStringList shippedGenes()
{
    return {QStringLiteral("CYP2C19"),
            QStringLiteral("CYP2C9"),
            QStringLiteral("VKORC1"),
            QStringLiteral("CYP4F2"),
            QStringLiteral("SLCO1B1"),
            QStringLiteral("ABCG2"),
            QStringLiteral("DPYD"),
            QStringLiteral("TPMT"),
            QStringLiteral("NUDT15"),
            QStringLiteral("UGT1A1")};
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
    QList<const SiteGenotype *> site(n, nullptr);
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < n; ++i) {
        indexOf.insert(def.positions[i].rsid, i);
        const auto it = genotypes.sites.constFind(def.positions[i].position);
        if (it == genotypes.sites.cend()) {
            call.untested << def.positions[i].rsid;
            const auto f = genotypes.filtered.constFind(def.positions[i].position);
            if (f != genotypes.filtered.cend())
                call.filtered << QStringLiteral("%1 (%2)").arg(def.positions[i].rsid, *f);
            continue;
        }
        tested[i] = true;
        site[i] = &*it;
        if (it->assumedReference)
            call.assumedReference << def.positions[i].rsid;
    }
    // Each allele as a full haplotype (its listed alleles, the reference elsewhere), and whether
    // it matches the genotype's first and second allele at each tested position.
    const qsizetype na = def.alleles.size();
    QList<QList<bool>> match1(na, QList<bool>(n, false));
    QList<QList<bool>> match2(na, QList<bool>(n, false));
    QList<QList<bool>> nonReference(na, QList<bool>(n, false));
    for (qsizetype a = 0; a < na; ++a) {
        for (qsizetype i = 0; i < n; ++i) {
            const QString &ref = def.positions[i].reference;
            const QString h = def.alleles[a].variants.value(def.positions[i].rsid, ref);
            nonReference[a][i] = h != ref;
            if (!tested[i])
                continue;
            match1[a][i] = alleleMatches(h, site[i]->allele1, ref, site[i]->recordReference);
            match2[a][i] = alleleMatches(h, site[i]->allele2, ref, site[i]->recordReference);
        }
    }
    QList<int> numbers(na);
    for (qsizetype a = 0; a < na; ++a)
        numbers[a] = alleleNumber(def.alleles[a].reportAs);
    // Phase sets of the phased heterozygous sites, numbered from 0 (-1: unphased).
    QList<qsizetype> phaseGroup(n, -1);
    QList<qint64> phaseSets;
    for (qsizetype i = 0; i < n; ++i) {
        if (!tested[i] || !site[i]->phased)
            continue;
        qsizetype g = phaseSets.indexOf(site[i]->phaseSet);
        if (g < 0) {
            g = phaseSets.size();
            phaseSets << site[i]->phaseSet;
        }
        phaseGroup[i] = g;
    }
    QList<bool> forward(phaseSets.size());
    QList<bool> reverse(phaseSets.size());
    QList<Candidate> candidates;
    QHash<QString, qsizetype> byName; // a gene without data has thousands of fitting pairs
    for (qsizetype a = 0; a < na; ++a) {
        for (qsizetype b = a; b < na; ++b) {
            // Phased sites fix which haplotype carries which allele: within a phase set the
            // pair must fit them all the same way round; unphased sites fit either way.
            std::fill(forward.begin(), forward.end(), true);
            std::fill(reverse.begin(), reverse.end(), true);
            bool fits = true;
            int assumed = 0;
            for (qsizetype i = 0; i < n && fits; ++i) {
                if (!tested[i]) {
                    assumed += int(nonReference[a][i]) + int(nonReference[b][i]);
                    continue;
                }
                const bool straight = match1[a][i] && match2[b][i];
                const bool crossed = match2[a][i] && match1[b][i];
                if (phaseGroup[i] >= 0) {
                    const qsizetype g = phaseGroup[i];
                    forward[g] = forward[g] && straight;
                    reverse[g] = reverse[g] && crossed;
                    fits = forward[g] || reverse[g];
                } else {
                    fits = straight || crossed;
                }
            }
            if (!fits)
                continue;
            // Sub-alleles (*45.001, *45.002) report as their parent: one candidate per name,
            // with the fewest assumed bases of its variants.
            auto [name, key] = pairName(def, numbers, a, b);
            const auto same = byName.constFind(name);
            if (same == byName.cend()) {
                byName.insert(name, candidates.size());
                candidates.append(Candidate{name, assumed, a, b, key});
            } else if (assumed < candidates[*same].assumed) {
                Candidate &c = candidates[*same];
                c.assumed = assumed;
                c.a = a;
                c.b = b;
            }
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return x.key < y.key;
    });

    if (!call.untested.isEmpty())
        addNote(call,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                  "%1 of %2 definition positions untested"),
                {QString::number(call.untested.size()), QString::number(n)});
    if (!call.filtered.isEmpty())
        addNote(call,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                  "%1 failed the file's filters and count as untested (FILTER "
                                  "not PASS): %2"),
                {QString::number(call.filtered.size()), call.filtered.join(QStringLiteral(", "))});
    if (!call.assumedReference.isEmpty())
        addNote(call,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                  "%1 positions not in the file taken as reference "
                                  "(--assume-ref): %2"),
                {QString::number(call.assumedReference.size()),
                 call.assumedReference.join(QStringLiteral(", "))});

    // Frequent alleles hidden by untested positions: never call a phenotype.
    QStringList hidden; // alleles that need every listed position
    QStringList settle;
    QList<CallNote> eitherHidden; // alleles that any one of their positions would show
    for (const KeyAllele &k : def.keyAlleles) {
        QStringList missing;
        for (const QString &r : k.rsids)
            if (call.untested.contains(r))
                missing << r;
        const bool undetectable = k.anyOf ? missing.size() == k.rsids.size() : !missing.isEmpty();
        if (undetectable && k.anyOf) {
            eitherHidden << CallNote{
                QString::fromUtf8(
                    QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                      "%1 undetectable: testing one of %2 would settle it")),
                {k.allele, missing.join(QLatin1String(kAlternativeSeparator))}};
        } else if (undetectable) {
            hidden << k.allele;
            settle << missing;
        }
    }
    settle.removeDuplicates(); // *5 and *15 both need rs4149056: name it once
    if (!hidden.isEmpty() || !eitherHidden.isEmpty()) {
        // A handful of candidates is informative; dozens are noise.
        if (candidates.size() <= kMaxListedCandidates) {
            for (const Candidate &c : candidates)
                call.diplotypes << display(def, c.name);
        } else {
            addNote(call,
                    QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                      "%1 diplotypes fit the tested positions"),
                    {QString::number(candidates.size())});
        }
        call.phenotype = QStringLiteral("Indeterminate");
        if (!hidden.isEmpty())
            addNote(call,
                    QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                      "%1 undetectable: testing %2 would settle it"),
                    {hidden.join(QStringLiteral(", ")), settle.join(QStringLiteral(", "))});
        for (const CallNote &note : std::as_const(eitherHidden))
            addNote(call, note);
        return call;
    }
    if (candidates.isEmpty() && def.callMode == QLatin1String("lowestFunctionPair"))
        return lowestFunctionPair(
            def, call, numbers, tested, site, match1, match2, nonReference, phaseGroup);
    if (candidates.isEmpty()) {
        call.phenotype = QStringLiteral("Indeterminate");
        addNote(call,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                  "no pair of defined alleles explains the genotype (novel or "
                                  "combined allele?)"));
        return call;
    }
    int fewest = INT_MAX;
    for (const Candidate &c : candidates)
        fewest = std::min(fewest, c.assumed);
    QList<Candidate> chosen;
    QStringList alsoFits;
    for (const Candidate &c : candidates) {
        if (c.assumed == fewest)
            chosen << c;
        else
            alsoFits << display(def, c.name);
    }
    if (!alsoFits.isEmpty())
        addNote(call,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                  "untested positions taken as reference; also consistent with %1"),
                {alsoFits.join(QLatin1String(kAlternativeSeparator))});
    if (fewest > 0) {
        // Every remaining candidate needs a variant at an untested position: the call rests on
        // the tested (tag) positions of its alleles alone.
        call.inferred = true;
        QStringList assumedAt;
        for (qsizetype i = 0; i < n; ++i)
            if (!tested[i]
                && (nonReference[chosen.first().a][i] || nonReference[chosen.first().b][i]))
                assumedAt << def.positions[i].rsid;
        addNote(call,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                  "inferred: %1 rests on tag positions; %2 not tested"),
                {display(def, chosen.first().name), assumedAt.join(QStringLiteral(", "))});
    }
    for (const Candidate &c : std::as_const(chosen))
        call.diplotypes << display(def, c.name);
    if (chosen.size() > 1)
        addNote(call,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                  "ambiguous unphased genotype: candidate diplotypes %1"),
                {call.diplotypes.join(QLatin1String(kAlternativeSeparator))});
    QSet<QString> phenotypes;
    QSet<QString> scores;
    for (const Candidate &c : std::as_const(chosen)) {
        if (def.hasActivityScore()) {
            const QString score = activityScore(def, c.a, c.b);
            scores.insert(score);
            phenotypes.insert(def.activityPhenotypes.value(score, QStringLiteral("Indeterminate")));
        } else if (def.phenotypes.isEmpty()) {
            phenotypes.insert(QStringLiteral("n/a"));
        } else {
            phenotypes.insert(def.phenotypes.value(c.name, QStringLiteral("Indeterminate")));
        }
    }
    call.phenotype
        = phenotypes.size() == 1 ? *phenotypes.cbegin() : QStringLiteral("Indeterminate");
    if (scores.size() == 1 && *scores.cbegin() != QLatin1String("n/a"))
        call.activityScore = *scores.cbegin();
    if (def.hasActivityScore() && scores.contains(QStringLiteral("n/a")))
        addNote(call,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                  "an allele of uncertain or unknown function has no CPIC "
                                  "activity value"));
    else if (call.phenotype == QLatin1String("Indeterminate") && chosen.size() == 1)
        addNote(call,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                  "no CPIC phenotype for %1 (allele of unknown or uncertain "
                                  "function)"),
                {call.diplotypes.first()});
    if (def.phenotypes.isEmpty() && !def.hasActivityScore())
        addNote(call,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote", "CPIC defines no phenotype for %1"),
                {def.gene});
    return call;
}

} // namespace precis::genomics
