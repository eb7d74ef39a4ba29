// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming VCF/BCF genotype reader (issue #11): plain or bgzipped VCF and BCF through htslib.
#pragma once

#include "core/common/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace precis::genomics {

/// A position the caller wants genotyped, on the GRCh38 chromosome named without "chr".
struct Locus
{
    QString chromosome;    ///< "10", not "chr10"; the reader accepts both spellings in the file
    qint64 position = 0;   ///< 1-based GRCh38 position
    QString referenceBase; ///< the GRCh38 reference allele (VCF form: an indel's REF is longer
                           ///< than one base), used for gVCF reference blocks and REF checks
};

/// The genotype found at one locus: two alleles as written in the record (upper case; a single
/// base for an SNV, the full allele for an indel, compared with `recordReference`).
struct SiteGenotype
{
    QString allele1;
    QString allele2;
    bool fromReferenceBlock = false; ///< covered by a gVCF block (END=) rather than a record
    QString recordReference;         ///< the record's REF (empty: the locus's reference)
    bool phased = false;             ///< GT written with '|' (allele1 on haplotype 1)
    qint64 phaseSet = 0; ///< FORMAT/PS when phased (0: none given, one set per chromosome)
    bool assumedReference = false; ///< not in the file; --assume-ref declared it reference
};

/// What the reader found: the sample read and the genotypes at the requested loci. A locus
/// without an entry was not in the file (untested); never assume it is reference.
struct GenotypeSet
{
    QString sample;
    QHash<qint64, SiteGenotype> sites; ///< keyed by position (one chromosome per request)
    /// Loci whose record (or gVCF block) has a FILTER other than PASS or "." -> the filter
    /// names ("LowQual;q10"). Such a locus has no entry in `sites`: it is untested, never
    /// reference and never a call.
    QHash<qint64, QString> filtered;
    qint64 records = 0; ///< data lines or BCF records read
};

/// What one pass over a file found for loci on several chromosomes.
struct MultiGenotypeSet
{
    QString sample;
    QHash<QString, QHash<qint64, SiteGenotype>> sites; ///< chromosome ("10") -> position -> call
    QHash<QString, QHash<qint64, QString>> filtered;   ///< chromosome -> position -> FILTER names
    qint64 records = 0;   ///< records read (with an index: only those in the gene regions)
    bool indexed = false; ///< a .tbi/.csi index was used to read only the gene regions

    [[nodiscard]] GenotypeSet forChromosome(const QString &chromosome) const;
};

/// Reads the genotypes of `sample` at `loci` (any chromosomes) in one pass over the file, or,
/// when `useIndex` and a .tbi/.csi index sits next to a bgzipped VCF or BCF, by reading only
/// the regions spanning the loci of each chromosome. Memory is bounded by the loci, not the
/// file. Records away from the loci are checked for their fixed columns only (text VCF).
[[nodiscard]] Result<MultiGenotypeSet> readGenotypesAll(const QString &path,
                                                        const QString &sample,
                                                        const QList<Locus> &loci,
                                                        bool useIndex = true);

/// Reads the genotypes of `sample` (or the only sample when empty) at `loci`, all on one
/// chromosome (kept for callers of one gene; readGenotypesAll does several at once). Streams the
/// file record by record, so memory does not grow with its size.
/// Refuses: a genome build other than GRCh38 (from ##contig lengths or ##reference); a file with
/// several samples and no `sample`; a malformed record (Error::field names "line N" or "record N"
/// and the VCF column). Thread-safety: reentrant; htslib's log level is lowered process-wide.
[[nodiscard]] Result<GenotypeSet>
readGenotypes(const QString &path, const QString &sample, const QList<Locus> &loci);

/// The genome build a header declares (VcfHeaderFacts, checkBuild in VcfReader.cpp).
enum class GenomeBuild {
    GRCh38,
    GRCh37,
    Unknown,     ///< a ##contig length of neither build, or neither ##contig length nor ##reference
    Conflicting, ///< GRCh38 contig lengths, but ##reference names GRCh37
};

/// What a file's header says, for a screen that words a refusal (which build was found, which
/// samples there are to choose from) without reading the English of an Error.
struct VcfHeaderFacts
{
    QStringList samples;
    GenomeBuild build = GenomeBuild::Unknown;
    QString contig;                     ///< the chromosome ("10") whose ##contig length told
                                        ///< the build; empty when no length was given
    std::optional<qint64> contigLength; ///< that length
    QString reference;                  ///< the ##reference value; may be empty
};

/// Reads only the header of a VCF or BCF (plain or bgzipped). NotFound when the file cannot be
/// opened; InvalidInput (field "header") when htslib cannot parse the header.
[[nodiscard]] Result<VcfHeaderFacts> readVcfHeaderFacts(const QString &path);

} // namespace precis::genomics
