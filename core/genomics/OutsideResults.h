// SPDX-License-Identifier: GPL-3.0-or-later
// Outside results (issue #11): CYP2D6 and HLA-B, which a short-read VCF cannot call reliably,
// come from a laboratory's report as a two-column file. Precis stores them as reported and
// does not interpret them (no phenotype is derived).
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace precis::genomics {

/// One reported result.
struct OutsideResult
{
    QString gene;  ///< "CYP2D6" or "HLA-B"
    QString value; ///< a diplotype ("*1/*4", "*1/*2x2") or an HLA-B allele ("*57:01")
    int line = 0;  ///< 1-based line in the file
};

/// The genes accepted as outside results.
[[nodiscard]] QStringList outsideResultGenes();

/// Checks one reported value of `gene` (CYP2D6 or HLA-B) in the forms parseOutsideResults()
/// accepts and returns it as stored (an HLA-B allele without its "HLA-B" prefix). Refuses
/// (InvalidInput, field "gene" or "value") another gene or a value of the wrong form.
[[nodiscard]] Result<QString> checkOutsideValue(const QString &gene, const QString &value);

/// Parses the file's bytes (UTF-8). Format: a header line `gene,diplotype` or `gene,allele`
/// (comma or tab separated, case-insensitive), then one line per gene. Blank lines and lines
/// starting with '#' are skipped. Values: CYP2D6 a diplotype of two star alleles, each `*N`
/// with an optional sub-allele `.NNN` and copy number `xN` (`*1/*4`, `*2x2/*4`); HLA-B one
/// allele or two separated by '/', each `*NN:NN` with optional further fields, with or without
/// the `HLA-B` prefix (stored without it). Refuses (InvalidInput, field "line N, column C
/// (header)" or "line 1" for the header): another header, another gene, a gene twice, a value
/// of the wrong form, a line with other than two columns, a file with no result.
[[nodiscard]] Result<QList<OutsideResult>> parseOutsideResults(const QByteArray &content);

} // namespace precis::genomics
