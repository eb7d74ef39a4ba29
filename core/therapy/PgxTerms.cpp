// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/therapy/PgxTerms.h"

#include <QRegularExpression>

namespace precis::therapy {

const std::vector<PhenotypeTerm> &phenotypeTerms()
{
    // CPIC standardized terms: Caudle KE, et al. Standardizing terms for clinical
    // pharmacogenetic test results: consensus terms from the Clinical Pharmacogenetics
    // Implementation Consortium (CPIC). Genet Med 2017;19:215-223, Table 2 (metabolizer terms
    // for drug-metabolizing enzymes, function terms for transporters). "Likely" terms: CPIC's
    // later guidelines (e.g. CYP2C19, Lee CR et al., Clin Pharmacol Ther 2022;112:959-967).
    static const std::vector<PhenotypeTerm> kTerms{
        {QLatin1StringView("Ultrarapid Metabolizer"), QLatin1StringView("ultrarapid_metabolizer")},
        {QLatin1StringView("Rapid Metabolizer"), QLatin1StringView("rapid_metabolizer")},
        {QLatin1StringView("Normal Metabolizer"), QLatin1StringView("normal_metabolizer")},
        {QLatin1StringView("Likely Intermediate Metabolizer"),
         QLatin1StringView("likely_intermediate_metabolizer")},
        {QLatin1StringView("Intermediate Metabolizer"),
         QLatin1StringView("intermediate_metabolizer")},
        {QLatin1StringView("Possible Intermediate Metabolizer"),
         QLatin1StringView("possible_intermediate_metabolizer")},
        {QLatin1StringView("Likely Poor Metabolizer"),
         QLatin1StringView("likely_poor_metabolizer")},
        {QLatin1StringView("Poor Metabolizer"), QLatin1StringView("poor_metabolizer")},
        {QLatin1StringView("Increased Function"), QLatin1StringView("increased_function")},
        {QLatin1StringView("Normal Function"), QLatin1StringView("normal_function")},
        {QLatin1StringView("Decreased Function"), QLatin1StringView("decreased_function")},
        {QLatin1StringView("Possible Decreased Function"),
         QLatin1StringView("possible_decreased_function")},
        {QLatin1StringView("Poor Function"), QLatin1StringView("poor_function")},
        {QLatin1StringView("Indeterminate"), QLatin1StringView("indeterminate")},
    };
    return kTerms;
}

QString phenotypeTokenFromCpic(const QString &term)
{
    const QString t = term.simplified();
    for (const PhenotypeTerm &p : phenotypeTerms()) {
        if (t.compare(p.cpic, Qt::CaseInsensitive) == 0)
            return QString(p.token);
    }
    return {};
}

QString cpicTermFromToken(const QString &token)
{
    for (const PhenotypeTerm &p : phenotypeTerms()) {
        if (token == p.token)
            return QString(p.cpic);
    }
    return {};
}

std::optional<Gene> geneFromSymbol(const QString &symbol)
{
    for (std::size_t g = 0; g < kGeneCount; ++g) {
        const auto gene = static_cast<Gene>(g);
        if (symbol.trimmed().compare(geneSymbol(gene), Qt::CaseInsensitive) == 0)
            return gene;
    }
    return std::nullopt;
}

QString vkorc1Token(const QString &diplotype, const QString &phenotype)
{
    // rs9923231 is c.-1639G>A on VKORC1 (minus strand); GRCh38's forward strand shows C>T.
    // Neither strand's pair of bases is the other's, so each base maps to one gene-strand base.
    auto geneStrand = [](QChar base) {
        switch (base.toUpper().unicode()) {
        case 'C':
        case 'G':
            return QLatin1Char('G');
        default:
            return QLatin1Char('A');
        }
    };
    auto ordered = [](QChar a, QChar b) {
        // G first: GG, GA, AA.
        return a == QLatin1Char('A') && b == QLatin1Char('G') ? QStringLiteral("GA")
                                                              : QString(a) + QString(b);
    };
    static const QRegularExpression kGenePair(
        QStringLiteral("(?:^|[^A-Za-z])([GA])([GA])(?:$|[^A-Za-z])"));
    const QString p = phenotype.trimmed().toUpper();
    if (const auto m = kGenePair.match(p); m.hasMatch())
        return ordered(m.captured(1).at(0), m.captured(2).at(0));
    static const QRegularExpression kBases(
        QStringLiteral("(?:^|[^A-Za-z*])([ACGT])/([ACGT])(?:$|[^A-Za-z])"));
    if (const auto m = kBases.match(diplotype.trimmed().toUpper()); m.hasMatch())
        return ordered(geneStrand(m.captured(1).at(0)), geneStrand(m.captured(2).at(0)));
    return {};
}

QString phenotypeTokenFor(Gene gene, const QString &diplotype, const QString &phenotype)
{
    if (gene == Gene::Vkorc1) {
        // Tested, but neither the phenotype nor the diplotype gives the c.-1639 pair (e.g. a
        // stored "GG or GA or AA" or "Indeterminate"): indeterminate, never blank (not tested).
        QString token = vkorc1Token(diplotype, phenotype);
        return token.isEmpty() ? QStringLiteral("indeterminate") : token;
    }
    QString token = phenotypeTokenFromCpic(phenotype);
    if (!token.isEmpty() && phenotypeTokens(gene).contains(token))
        return token;
    return QStringLiteral("indeterminate");
}

} // namespace precis::therapy
