// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the VCF/BCF reader (core/genomics/VcfReader.cpp) and the star-allele caller behind
// `precis-cli genomics call`. The input is written to a scratch file (htslib reads files) and
// read for the loci of every shipped gene, then each gene is called. Properties: no crash, no
// out-of-bounds read or leak (htslib included), an error always names where it is, and a
// successful read only returns genotypes at requested loci, each with two alleles.
#include "FuzzSupport.h"

#include "core/genomics/StarAlleleCaller.h"
#include "core/genomics/VcfReader.h"

#include <QHash>
#include <QSet>

using namespace precis::genomics;

namespace {

struct Genes
{
    QList<GeneDefinition> definitions;
    QList<Locus> loci;
    QHash<QString, QSet<qint64>> wanted;
};

const Genes &genes()
{
    static const Genes g = [] {
        Genes out;
        for (const QString &gene : shippedGenes()) {
            auto def = loadGeneDefinition(gene);
            precis::fuzz::require(def.has_value(), "the shipped definitions load");
            out.loci.append(def->loci());
            for (const DefinitionPosition &p : def->positions)
                out.wanted[def->chromosome].insert(p.position);
            out.definitions.append(*def);
        }
        return out;
    }();
    return g;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Genes &g = genes();
    static const QString path = precis::fuzz::scratchDir() + QStringLiteral("/input.vcf");
    precis::fuzz::writeFile(path, precis::fuzz::bytes(data, size));
    const auto read = readGenotypesAll(path, {}, g.loci, false);
    if (!read) {
        precis::fuzz::require(!read.error().field.isEmpty() || !read.error().detail.isEmpty(),
                              "an error says what and where");
        return 0;
    }
    for (auto c = read->sites.cbegin(); c != read->sites.cend(); ++c) {
        for (auto s = c->cbegin(); s != c->cend(); ++s) {
            precis::fuzz::require(g.wanted.value(c.key()).contains(s.key()),
                                  "genotypes only at requested loci");
            precis::fuzz::require(!s->allele1.isEmpty() && !s->allele2.isEmpty(),
                                  "a genotype has two alleles");
        }
    }
    for (const GeneDefinition &def : g.definitions) {
        const GeneCall call = callDiplotype(def, read->forChromosome(def.chromosome));
        precis::fuzz::require(!call.phenotype.isEmpty(), "every call has a phenotype");
    }
    return 0;
}
