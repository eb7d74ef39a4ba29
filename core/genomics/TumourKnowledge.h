// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped tumour-variant knowledge subset and the OncoTree subset (issue #11, "Tumour
// variants"). Both are data files (resources/genomics/tumour/), written by
// make_tumour_knowledge.py from CIViC evidence, FDA labels and OncoTree, each entry cited there.
#pragma once

#include "core/common/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace precis::genomics {

/// The attribution the About box shows for the tumour knowledge and OncoTree (CC BY 4.0 asks
/// for it). tst_tumour checks that it equals the "attribution" of the shipped knowledge file.
inline constexpr char kTumourKnowledgeAttribution[]
    = "Tumour variant knowledge: CIViC (civicdb.org, CC0 1.0) and US FDA drug labels. "
      "Tumour types: OncoTree (oncotree.mskcc.org), Memorial Sloan Kettering Cancer Center, "
      "CC BY 4.0.";

/// The level of a finding whose entry cites no CIViC item and rests on the FDA label alone (the
/// `level` column of `genomics tumour`; stored with the finding).
inline constexpr char kLabelOnlyLevel[] = "FDA label";

/// A small variant in its minimal form: GRCh38, chromosome without "chr", the common suffix
/// and then the common prefix of REF and ALT removed (position moved past the prefix). A pure
/// deletion has an empty `alt`, a pure insertion an empty `ref`. Indels are not left-aligned
/// (no reference genome ships with Precis); the knowledge lists every shifted position of its
/// deletions instead.
struct MinimalAllele
{
    QString chromosome;
    qint64 position = 0;
    QString ref;
    QString alt;

    friend bool operator==(const MinimalAllele &, const MinimalAllele &) = default;
};
size_t qHash(const MinimalAllele &a, size_t seed = 0) noexcept;

/// Trims a VCF allele (1-based POS, REF, ALT, any case) to its minimal form. Returns an empty
/// allele (position 0) for REF == ALT.
[[nodiscard]] MinimalAllele
minimalAllele(const QString &chromosome, qint64 position, const QString &ref, const QString &alt);

/// "7:140753336 A>T"; an empty side is written "-".
[[nodiscard]] QString describe(const MinimalAllele &a);

enum class TumourEffect { Sensitivity, Resistance };
enum class TumourContext { OnLabel, TissueAgnostic, OtherTumour };

[[nodiscard]] QString effectCode(TumourEffect e);   ///< "sensitivity" | "resistance"
[[nodiscard]] QString contextCode(TumourContext c); ///< "on-label" | "tissue-agnostic" | ...

/// One allele of a biomarker (an explicit position, never a gene or a codon).
struct BiomarkerAllele
{
    int biomarker = -1; ///< index into TumourKnowledge::biomarkers
    QString protein;    ///< "p.V600E"
    QString hgvsc;      ///< "c.1799T>A"
    qint64 grch37Position = 0;
};

struct TumourBiomarker
{
    QString id; ///< "BRAF_V600E"
    QString gene;
    QString label; ///< "V600E", "codon 12 missense", "exon 19 deletion"
};

/// One evidence entry: biomarkers x tumour type x therapy.
struct TumourEvidence
{
    QStringList biomarkers;
    QString tumourType; ///< OncoTree code the evidence is for ("TISSUE" when tissue-agnostic)
    QString therapy;    ///< combinations joined with " + "
    TumourEffect effect = TumourEffect::Sensitivity;
    QString civicLevel; ///< "A".."E", or empty when only a label is cited
    QString ampTier;    ///< from a CIViC assertion, or empty
    QString approval;   ///< "FDA"
    bool tissueAgnostic = false;
    QStringList excludedTumourTypes; ///< OncoTree codes the label excludes (with descendants)
    QString citation;

    /// "CIViC A", "CIViC A; AMP/ASCO/CAP Tier I Level A" or "FDA label".
    [[nodiscard]] QString level() const;
};

/// The OncoTree codes with their parents (one release, named in the file).
struct OncoTree
{
    QString release;
    QHash<QString, QString> parent; ///< code -> parent code ("" for the root, TISSUE)
    QHash<QString, QString> name;

    [[nodiscard]] bool contains(const QString &code) const { return parent.contains(code); }
    /// True when `code` is `ancestor` or lies below it.
    [[nodiscard]] bool isWithin(const QString &code, const QString &ancestor) const;
};

/// The knowledge subset, indexed by minimal allele. Immutable after loading; safe to share
/// between threads for reading.
struct TumourKnowledge
{
    int schemaVersion = 0;
    QString knowledgeVersion;
    QString attribution;
    QList<TumourBiomarker> biomarkers;
    QList<TumourEvidence> evidence;
    QHash<MinimalAllele, QList<BiomarkerAllele>> alleles;
    QHash<QString, QList<int>> evidenceByBiomarker; ///< biomarker id -> indices into evidence
    QHash<QString, QString> doidToOncotree;
};

[[nodiscard]] Result<TumourKnowledge> parseTumourKnowledge(const QByteArray &json);
[[nodiscard]] Result<OncoTree> parseOncoTree(const QByteArray &json);
/// The shipped files (Qt resources inside precis_genomics).
[[nodiscard]] Result<TumourKnowledge> loadTumourKnowledge();
[[nodiscard]] Result<OncoTree> loadOncoTree();

} // namespace precis::genomics
