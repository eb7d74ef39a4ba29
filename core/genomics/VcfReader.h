// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming VCF/BCF genotype reader (issue #11): plain or bgzipped VCF and BCF through htslib.
#pragma once

#include "core/common/Error.h"

#include <QHash>
#include <QList>
#include <QString>

namespace precis::genomics {

/// A position the caller wants genotyped, on the GRCh38 chromosome named without "chr".
struct Locus
{
    QString chromosome;    ///< "10", not "chr10"; the reader accepts both spellings in the file
    qint64 position = 0;   ///< 1-based GRCh38 position
    QString referenceBase; ///< the GRCh38 base, used for gVCF reference blocks
};

/// The genotype found at one locus: two bases, or none when the file has the site uncalled.
struct SiteGenotype
{
    QString allele1;
    QString allele2;
    bool fromReferenceBlock = false; ///< covered by a gVCF block (END=) rather than a record
};

/// What the reader found: the sample read and the genotypes at the requested loci. A locus
/// without an entry was not in the file (untested); never assume it is reference.
struct GenotypeSet
{
    QString sample;
    QHash<qint64, SiteGenotype> sites; ///< keyed by position (one chromosome per request)
    qint64 records = 0;                ///< data lines or BCF records read
};

/// Reads the genotypes of `sample` (or the only sample when empty) at `loci`, all on one
/// chromosome. Streams the file record by record, so memory does not grow with its size.
/// Refuses: a genome build other than GRCh38 (from ##contig lengths or ##reference); a file with
/// several samples and no `sample`; a malformed record (Error::field names "line N" or "record N"
/// and the VCF column). Thread-safety: reentrant; htslib's log level is lowered process-wide.
[[nodiscard]] Result<GenotypeSet>
readGenotypes(const QString &path, const QString &sample, const QList<Locus> &loci);

} // namespace precis::genomics
