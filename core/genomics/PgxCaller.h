// SPDX-License-Identifier: GPL-3.0-or-later
// Pharmacogenomic calls for every shipped gene from one VCF/BCF (issue #11): one pass over the
// file (or the gene regions only, through an index), then one GeneCall per gene.
#pragma once

#include "core/common/Error.h"
#include "core/genomics/StarAlleleCaller.h"

#include <QList>
#include <QString>

namespace precis::genomics {

/// A region of a BED file (0-based start, end exclusive), chromosome without "chr".
struct BedRegion
{
    QString chromosome;
    qint64 start = 0;
    qint64 end = 0;
};

/// Parses a BED file's text: tab- or space-separated chrom, start, end; "#", "track" and
/// "browser" lines skipped. Error::field names the line and column.
[[nodiscard]] Result<QList<BedRegion>> parseBed(const QByteArray &text);

struct PgxOptions
{
    QString sample;             ///< empty: the only sample
    QList<BedRegion> assumeRef; ///< --assume-ref: untested positions inside are reference
    QString assumeRefSource;    ///< the BED file's name, shown by `genomics call --json`
    QString assumeRefSha256;    ///< lower-case hex SHA-256 of the BED file, for the audit
    QStringList genes;          ///< empty: shippedGenes()
    bool useIndex = true;       ///< read only the gene regions when a .tbi/.csi exists
};

/// Everything one call produced; `assumeRefUsed` and `assumeRefSource` say whether the caller
/// asked to treat regions as reference, so an import can audit it.
struct PgxResult
{
    QString sample;
    qint64 records = 0;
    bool indexed = false;
    bool assumeRefUsed = false;
    QString assumeRefSource;
    QList<BedRegion> assumeRef;
    QList<GeneDefinition> definitions; ///< in the order of `calls`
    QList<GeneCall> calls;
};

/// Reads `path` once and calls every requested gene. All-or-nothing: an error in the file
/// returns the error and no call.
[[nodiscard]] Result<PgxResult> callPharmacogenes(const QString &path, const PgxOptions &options);

} // namespace precis::genomics
