// SPDX-License-Identifier: GPL-3.0-or-later
// Star-allele definitions and the diplotype caller (issue #11). Written for Precis; the
// definitions are data (resources/genomics/<GENE>.json), transcribed with their source.
#pragma once

#include "core/common/Error.h"
#include "core/genomics/CallNote.h"
#include "core/genomics/VcfReader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace precis::genomics {

/// One definition position: rsID (or "chrN:POS" where the position has none), GRCh38 position
/// and reference allele in VCF form (one base, or an indel's longer REF).
struct DefinitionPosition
{
    QString rsid;
    qint64 position = 0;
    QString reference;
};

/// A named allele: the bases at which it differs from the reference (IUPAC codes allowed),
/// every other definition position being the reference base.
struct NamedAllele
{
    QString name;
    QString reportAs; ///< the name diplotypes use (a PharmCAT sub-allele's parent, "*45")
    QString function;
    QHash<QString, QString> variants; ///< rsID -> base, IUPAC code or VCF allele (indels)
    QString activityValue;            ///< CPIC activity value ("0.5", "n/a"); empty: none
};

/// An allele that CPIC counts as frequent (>= 1 % in a population) and the positions without
/// which it cannot be detected.
struct KeyAllele
{
    QString allele;
    QStringList rsids;
    bool anyOf = false; ///< any one of `rsids` detects it (a tag SNP); default: all are needed
};

/// A gene's definition file, loaded from resources/genomics (compiled in as :/precis/genomics).
struct GeneDefinition
{
    QString gene;
    QString chromosome; ///< without "chr"
    QString sourceRelease;
    QString sourceCommit;
    QList<DefinitionPosition> positions;
    QList<NamedAllele> alleles;
    QList<KeyAllele> keyAlleles;
    QHash<QString, QString> phenotypes; ///< "*1/*17" (sorted by allele number) -> CPIC phenotype
    /// Activity-score genes (CYP2C9, DPYD): score ("1.5") -> CPIC phenotype; the score is the
    /// sum of the two alleles' activity values.
    QHash<QString, QString> activityPhenotypes;
    /// "lowestFunctionPair" (DPYD): with more variant alleles than a pair explains, CPIC's rule
    /// takes the two of lowest activity. Empty: ordinary diplotype matching.
    QString callMode;
    /// "genotype" (VKORC1): the diplotype is written as the two bases on the gene's strand.
    QString diplotypeStyle;

    [[nodiscard]] QList<Locus> loci() const;
    [[nodiscard]] bool hasActivityScore() const { return !activityPhenotypes.isEmpty(); }
};

/// The genes with a shipped definition, in the fixed order of the report.
[[nodiscard]] QStringList shippedGenes();
/// Loads the shipped definition of `gene` (one of shippedGenes()).
[[nodiscard]] Result<GeneDefinition> loadGeneDefinition(const QString &gene);
/// Parses a definition file's JSON (for tests and the loader).
[[nodiscard]] Result<GeneDefinition> parseGeneDefinition(const QByteArray &json);

/// The call for one gene. `diplotypes` holds the candidate diplotypes (one when resolved);
/// `phenotype` is a CPIC term or "Indeterminate"; `untested` lists every definition position the
/// file did not cover, by rsID in definition order.
struct GeneCall
{
    QString gene;
    QStringList diplotypes;
    QString phenotype;
    QString activityScore; ///< empty when the gene has none (CYP2C19, SLCO1B1)
    QStringList untested;
    QStringList notes;            ///< in English, as the CLI prints them
    QList<CallNote> noteSources;  ///< the same notes as templates, in the same order
    bool inferred = false;        ///< the call rests on tag positions; others were not tested
    QStringList assumedReference; ///< positions --assume-ref declared reference (rsIDs)
    /// Untested positions whose record failed the file's filters (FILTER not PASS or "."),
    /// as "rsID (FILTER names)"; each is also in `untested`.
    QStringList filtered;
};

/// Calls the diplotype from the genotypes. Untested positions match any base, but a candidate
/// that needs a non-reference base at an untested position loses to one that does not (the
/// notes say so); when an untested position hides a key allele the phenotype is Indeterminate.
[[nodiscard]] GeneCall callDiplotype(const GeneDefinition &definition,
                                     const GenotypeSet &genotypes);

/// Formats a diplotype with the alleles ordered by their number ("*2/*17", not "*17/*2").
[[nodiscard]] QString diplotypeName(const QString &a, const QString &b);

} // namespace precis::genomics
