// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgxCaller.h"

#include "core/genomics/VcfReader.h"

#include <QRegularExpression>

namespace precis::genomics {

Result<QList<BedRegion>> parseBed(const QByteArray &text)
{
    QList<BedRegion> regions;
    const QList<QByteArray> lines = text.split('\n');
    static const QRegularExpression separator(QStringLiteral("[\t ]+"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1String("track")) || line.startsWith(QLatin1String("browser")))
            continue;
        const QStringList cols = line.split(separator);
        const QString where = QStringLiteral("line %1").arg(i + 1);
        if (cols.size() < 3)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("a BED line needs chrom, start and end"),
                        where + QStringLiteral(", columns"));
        bool okStart = false;
        bool okEnd = false;
        BedRegion r{cols[0], cols[1].toLongLong(&okStart), cols[2].toLongLong(&okEnd)};
        if (!okStart || r.start < 0)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("bad BED start"),
                        where + QStringLiteral(", start"),
                        cols[1]);
        if (!okEnd || r.end <= r.start)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("bad BED end"),
                        where + QStringLiteral(", end"),
                        cols[2]);
        if (r.chromosome.startsWith(QLatin1String("chr")))
            r.chromosome = r.chromosome.mid(3);
        regions.append(r);
    }
    return regions;
}

Result<PgxResult> callPharmacogenes(const QString &path, const PgxOptions &options)
{
    PgxResult result;
    const QStringList genes = options.genes.isEmpty() ? shippedGenes() : options.genes;
    QList<Locus> loci;
    for (const QString &gene : genes) {
        auto def = loadGeneDefinition(gene);
        if (!def)
            return tl::unexpected(def.error());
        loci.append(def->loci());
        result.definitions.append(*def);
    }
    auto read = readGenotypesAll(path, options.sample, loci, options.useIndex);
    if (!read)
        return tl::unexpected(read.error());
    result.sample = read->sample;
    result.records = read->records;
    result.indexed = read->indexed;
    result.assumeRefUsed = !options.assumeRef.isEmpty();
    result.assumeRefSource = options.assumeRefSource;
    result.assumeRef = options.assumeRef;
    for (const GeneDefinition &def : std::as_const(result.definitions)) {
        GenotypeSet set = read->forChromosome(def.chromosome);
        // --assume-ref: a definition position the file does not have, inside a declared
        // region, is taken as reference (panel data whose reference calls were not written).
        for (const DefinitionPosition &p : def.positions) {
            // A filtered record is in the file but failed: it stays untested.
            if (set.sites.contains(p.position) || set.filtered.contains(p.position))
                continue;
            for (const BedRegion &r : options.assumeRef) {
                if (r.chromosome == def.chromosome && p.position > r.start && p.position <= r.end) {
                    SiteGenotype s;
                    s.allele1 = p.reference;
                    s.allele2 = p.reference;
                    s.assumedReference = true;
                    set.sites.insert(p.position, s);
                    break;
                }
            }
        }
        result.calls.append(callDiplotype(def, set));
    }
    return result;
}

} // namespace precis::genomics
