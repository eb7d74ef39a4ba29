// SPDX-License-Identifier: GPL-3.0-or-later
// The one table between CPIC's phenotype terms, as the genomics calls print and the vault
// stores them ("Poor Metabolizer", "Decreased Function"), and the options' snake_case tokens
// ("poor_metabolizer", "decreased_function"), issue #10 "Genotype-aware" and issue #11.
#pragma once

#include "core/therapy/PatientContext.h"

#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <vector>

namespace precis::therapy {

/// One CPIC term and its token.
struct PhenotypeTerm
{
    QLatin1StringView cpic;  ///< "Likely Intermediate Metabolizer"
    QLatin1StringView token; ///< "likely_intermediate_metabolizer"
};

/// Every CPIC term the options know (metabolizer and transporter-function terms and
/// Indeterminate), in the order of phenotypeTokens().
[[nodiscard]] const std::vector<PhenotypeTerm> &phenotypeTerms();

/// The token of a CPIC term (case-insensitive, surrounding space ignored); empty when unknown.
[[nodiscard]] QString phenotypeTokenFromCpic(const QString &term);
/// The CPIC term of a token; empty when unknown.
[[nodiscard]] QString cpicTermFromToken(const QString &token);

/// The gene of a printed symbol ("CYP2C19", case-insensitive); nullopt for genes the options
/// do not use (CYP2D6, HLA-B).
[[nodiscard]] std::optional<Gene> geneFromSymbol(const QString &symbol);

/// The VKORC1 token (the rs9923231 genotype on the gene's strand, c.-1639G>A: GG, GA or AA)
/// from a stored result: the phenotype when it already reads GG, GA/AG or AA; otherwise the
/// diplotype's two bases, on either strand (GRCh38's forward strand carries the site as C>T,
/// so C = G and T = A). Empty when neither says.
[[nodiscard]] QString vkorc1Token(const QString &diplotype, const QString &phenotype);

/// The option token for a stored result of `gene`: vkorc1Token() for VKORC1 ("indeterminate"
/// when it is empty: the gene was tested); otherwise the
/// CPIC term's token, and "indeterminate" for a term the options do not know (the gene was
/// tested, so blank = not tested would be wrong, and nothing unknown is read as normal).
[[nodiscard]] QString
phenotypeTokenFor(Gene gene, const QString &diplotype, const QString &phenotype);

} // namespace precis::therapy
