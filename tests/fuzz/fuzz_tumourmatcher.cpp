// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the tumour matcher (core/genomics/TumourMatcher.cpp) behind `precis-cli genomics
// tumour` and `genomics import --tumour-type`: VCF/BCF reading, CSQ/ANN headers, allele
// trimming and OncoTree placement. The input is written to a scratch file (htslib reads files);
// its first byte picks the tumour type. Properties: no crash, no out-of-bounds read or leak
// (htslib included), an error always names what and where, every finding is complete, and every
// finding is what genomics::placeAllele gives for its allele — the re-derivation that
// `precis-cli replay` relies on for tumour-guided decisions.
#include "FuzzSupport.h"

#include "core/genomics/TumourKnowledge.h"
#include "core/genomics/TumourMatcher.h"

#include <array>

using namespace precis::genomics;

namespace {

struct Shipped
{
    TumourKnowledge knowledge;
    OncoTree tree;
};

const Shipped &shipped()
{
    static const Shipped s = [] {
        auto k = loadTumourKnowledge();
        auto t = loadOncoTree();
        precis::fuzz::require(k.has_value() && t.has_value(), "the shipped knowledge loads");
        return Shipped{*k, *t};
    }();
    return s;
}

bool sameRow(const TumourFinding &a, const TumourFinding &b)
{
    return a.gene == b.gene && a.protein == b.protein && a.therapy == b.therapy
           && a.effect == b.effect && a.context == b.context && a.level == b.level
           && a.citations == b.citations;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Shipped &s = shipped();
    // Types with on-label, tissue-agnostic and excluded evidence in the knowledge, and one code
    // OncoTree does not have (refused by name).
    static const std::array<QString, 5> types = {QStringLiteral("LUAD"),
                                                 QStringLiteral("COAD"),
                                                 QStringLiteral("SKCM"),
                                                 QStringLiteral("BRCA"),
                                                 QStringLiteral("NOPE")};
    const QString type = size > 0 ? types[data[0] % types.size()] : types[0];
    static const QString path = precis::fuzz::scratchDir() + QStringLiteral("/input.vcf");
    precis::fuzz::writeFile(path,
                            size > 0 ? precis::fuzz::bytes(data + 1, size - 1) : QByteArray());
    const auto match = matchTumourVcf(path, {}, type, s.knowledge, s.tree);
    if (!match) {
        precis::fuzz::require(!match.error().field.isEmpty() || !match.error().detail.isEmpty(),
                              "an error says what and where");
        return 0;
    }
    precis::fuzz::require(s.tree.contains(type), "an unknown tumour type is refused");
    precis::fuzz::require(match->records >= 0 && match->allelesSeen >= 0, "counts are counts");
    for (const TumourFinding &f : match->findings) {
        precis::fuzz::require(!f.gene.isEmpty() && !f.protein.isEmpty() && !f.therapy.isEmpty()
                                  && !f.level.isEmpty() && !f.citations.isEmpty()
                                  && !f.tumourTypes.isEmpty(),
                              "a finding is complete");
        precis::fuzz::require(f.allele.position > 0 && !f.allele.chromosome.isEmpty(),
                              "a finding has its position");
        const QList<TumourFinding> again = placeAllele(s.knowledge, s.tree, f.allele, type);
        bool found = false;
        for (const TumourFinding &g : again)
            found = found || sameRow(f, g);
        precis::fuzz::require(found, "the allele placed again gives the same row");
    }
    return 0;
}
