// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the tumour VCF path (core/genomics/TumourMatcher.cpp) behind `precis-cli genomics
// tumour`: the input's first byte picks the patient's OncoTree code, the rest is written to a
// scratch file (htslib reads files) and matched against the shipped knowledge and OncoTree.
// Properties: no crash, no out-of-bounds read or leak (htslib included), an error always names
// where it is, and every finding is a trimmed allele the knowledge lists, with a therapy, a
// level and a citation, on-label only where the patient's type lies within an entry's type.
#include "FuzzSupport.h"

#include "core/genomics/TumourKnowledge.h"
#include "core/genomics/TumourMatcher.h"

#include <iterator>

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
        Shipped out;
        auto knowledge = loadTumourKnowledge();
        auto tree = loadOncoTree();
        precis::fuzz::require(knowledge.has_value() && tree.has_value(),
                              "the shipped knowledge and OncoTree load");
        out.knowledge = *knowledge;
        out.tree = *tree;
        return out;
    }();
    return s;
}

// Tumour types of the shipped entries (lung, colorectal, melanoma, breast, thyroid), a child
// code, the tissue root, an excluded type of a tissue-agnostic entry, and an unknown code.
const char *const kTumourTypes[] = {
    "NSCLC", "LUAD", "COADREAD", "COAD", "SKCM", "MEL", "BRCA", "THPA", "TISSUE", "READ", "NOPE"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const Shipped &s = shipped();
    const QString tumourType = QString::fromLatin1(kTumourTypes[data[0] % std::size(kTumourTypes)]);
    static const QString path = precis::fuzz::scratchDir() + QStringLiteral("/tumour.vcf");
    precis::fuzz::writeFile(path, precis::fuzz::bytes(data + 1, size - 1));
    const auto match = matchTumourVcf(path, {}, tumourType, s.knowledge, s.tree);
    if (!match) {
        precis::fuzz::require(!match.error().field.isEmpty() || !match.error().detail.isEmpty(),
                              "an error says what and where");
        return 0;
    }
    precis::fuzz::require(s.tree.contains(tumourType), "an unknown tumour type is refused");
    for (const TumourFinding &f : match->findings) {
        precis::fuzz::require(s.knowledge.alleles.contains(f.allele),
                              "a finding is an allele the knowledge lists");
        precis::fuzz::require(!f.therapy.isEmpty() && !f.level.isEmpty() && !f.citations.isEmpty(),
                              "a finding has a therapy, a level and a citation");
        if (f.context == TumourContext::OnLabel) {
            bool within = false;
            for (const QString &t : f.tumourTypes)
                within = within || s.tree.isWithin(tumourType, t);
            precis::fuzz::require(within, "on-label only within an entry's tumour type");
        }
    }
    precis::fuzz::require(match->allelesSeen >= 0 && match->records >= 0,
                          "counts are not negative");
    return 0;
}
