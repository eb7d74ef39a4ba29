// SPDX-License-Identifier: GPL-3.0-or-later
// Results typed in from a laboratory report (issue #10 "typed in now"; issue #11 "accepted as
// outside results typed in"): the physician gives a gene's diplotype and the phenotype the
// report states. Precis checks them against its own definitions before anything is stored: the
// alleles must be defined for the gene, the phenotype must be a CPIC term the gene has, and where
// the report's phenotype differs from the one the definitions give for that diplotype the
// difference is kept with the result (a report may use a newer table; it is not silently
// overwritten, nor silently trusted). CYP2D6 and HLA-B are stored as reported, not interpreted.
#pragma once

#include "core/common/Error.h"
#include "core/genomics/CallNote.h"

#include <QString>
#include <QStringList>

namespace precis::genomics {

/// The genes a result can be typed in for: those Precis calls, then CYP2D6 and HLA-B.
[[nodiscard]] QStringList typedResultGenes();

/// True for CYP2D6 and HLA-B: stored as reported, no phenotype derived or checked.
[[nodiscard]] bool isOutsideOnlyGene(const QString &gene);

/// What the gene's definition says about a diplotype.
struct DiplotypeLookup
{
    QString diplotype;     ///< normalised: alleles ordered by number ("*2/*17"); VKORC1 "GA"
    QString phenotype;     ///< the CPIC term the definition gives; "Indeterminate" when none
    QString activityScore; ///< for activity-score genes (CYP2C9, DPYD); empty otherwise
};

/// The CPIC phenotype terms a typed-in result of `gene` may carry: every term the gene's
/// definition uses, then "Indeterminate"; "n/a" alone for a gene CPIC gives no phenotype
/// (CYP4F2); empty for CYP2D6 and HLA-B. NotFound (field "gene") for another gene.
[[nodiscard]] Result<QStringList> typedPhenotypeChoices(const QString &gene);

/// The allele names a typed-in diplotype of `gene` may use, as its definition reports them.
[[nodiscard]] Result<QStringList> typedAlleleNames(const QString &gene);

/// Looks a typed diplotype up in the gene's definition. Accepts the two alleles in either order
/// separated by '/', surrounding space ignored ("*17/*2" -> "*2/*17"); VKORC1 as the rs9923231
/// genotype on the gene's strand (GG, GA or AA; "AG" -> "GA"). Refuses (InvalidInput, field
/// "diplotype") an allele the definition does not have or another form; NotFound (field "gene")
/// for a gene without a definition.
[[nodiscard]] Result<DiplotypeLookup> lookUpDiplotype(const QString &gene,
                                                      const QString &diplotype);

/// A typed-in result checked and ready to store.
struct TypedResult
{
    QString gene;
    QString diplotype; ///< normalised
    QString phenotype; ///< as reported (CPIC term); empty for CYP2D6 and HLA-B
    QString activityScore;
    QString notes; ///< the report reference and any difference from the definition's phenotype
    QList<CallNote> noteSources; ///< the same notes as templates (CallNote.h), in order
    bool outsideOnly = false;    ///< CYP2D6 or HLA-B
};

/// Checks a typed-in result. `report` (e.g. "Lab X, report 2026-11-30") is kept in the notes.
/// Refuses (InvalidInput) with the field named: "gene" (not one of typedResultGenes()),
/// "diplotype" (see lookUpDiplotype; for CYP2D6 and HLA-B the forms of checkOutsideValue),
/// "phenotype" (not one of typedPhenotypeChoices(), or given for CYP2D6 or HLA-B). The activity
/// score is the definition's, never typed.
[[nodiscard]] Result<TypedResult> checkTypedResult(const QString &gene,
                                                   const QString &diplotype,
                                                   const QString &phenotype,
                                                   const QString &report);

} // namespace precis::genomics
