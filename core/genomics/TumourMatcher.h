// SPDX-License-Identifier: GPL-3.0-or-later
// Tumour variants matched to targeted therapies (issue #11, "Tumour variants"): a somatic VCF or
// BCF, annotated by VEP (CSQ), SnpEff (ANN) or not at all, streamed record by record; every ALT
// allele the sample carries is trimmed to its minimal form and looked up in the knowledge subset
// by position and allele (never by gene), then placed against the patient's OncoTree code.
#pragma once

#include "core/common/Error.h"
#include "core/genomics/TumourKnowledge.h"

#include <QList>
#include <QString>

namespace precis::genomics {

/// One row of the output: a variant x therapy x effect, with the best context found for it.
struct TumourFinding
{
    QString gene;
    QString protein;      ///< "p.V600E"
    QString hgvsc;        ///< "c.1799T>A"
    MinimalAllele allele; ///< as found in the file, trimmed
    QString therapy;
    TumourEffect effect = TumourEffect::Sensitivity;
    TumourContext context = TumourContext::OtherTumour;
    QString level;           ///< of the best entry for this context ("CIViC A", "FDA label")
    QStringList tumourTypes; ///< OncoTree codes of the entries behind the row
    QStringList citations;

    /// "p.V600E (c.1799T>A; 7:140753336 A>T)"
    [[nodiscard]] QString variantText() const;
};

enum class VcfAnnotation { None, Vep, SnpEff };

/// A listed allele in a record that failed the caller's filters: not matched, but named so the
/// physician knows a filtered call was there.
struct FilteredAllele
{
    MinimalAllele allele;
    QString filters; ///< the FILTER names that failed, joined with ';'
};

struct TumourMatch
{
    QString sample;
    QString tumourType;
    VcfAnnotation annotation = VcfAnnotation::None;
    qint64 records = 0;
    qint64 allelesSeen = 0;        ///< ALT alleles the sample carries (after trimming)
    QList<TumourFinding> findings; ///< in file order, then context, then therapy
    /// Listed alleles left unmatched because their record's FILTER was neither PASS nor ".":
    /// a call the variant caller itself did not trust is never a therapy match.
    QList<FilteredAllele> filtered;
};

/// Places the knowledge entries for one allele against the patient's tumour type: on-label when
/// the patient's code is the entry's type or below it; tissue-agnostic for a tissue-agnostic entry
/// unless the patient's type is excluded (then that therapy is dropped for the biomarker, also as
/// other-tumour evidence); other-tumour otherwise. One row per therapy and effect, the best
/// context kept (on-label, then tissue-agnostic, then other-tumour).
[[nodiscard]] QList<TumourFinding> placeAllele(const TumourKnowledge &knowledge,
                                               const OncoTree &tree,
                                               const MinimalAllele &allele,
                                               const QString &tumourType);

/// Reads `path` (VCF, bgzipped VCF or BCF; GRCh38 only, from ##contig lengths or ##reference)
/// for `sample` (or the only sample; a sites-only file counts every ALT) and matches it. A
/// sample's ALT counts when its GT carries it, or when the FORMAT has no GT. Refuses an unknown
/// OncoTree code (field "tumour type"), a file of another build, and a malformed record (field
/// "line N, COLUMN" or "record N"). Memory does not grow with the file.
[[nodiscard]] Result<TumourMatch> matchTumourVcf(const QString &path,
                                                 const QString &sample,
                                                 const QString &tumourType,
                                                 const TumourKnowledge &knowledge,
                                                 const OncoTree &tree);

} // namespace precis::genomics
