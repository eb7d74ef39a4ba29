// SPDX-License-Identifier: GPL-3.0-or-later
// Genotype-based drug recommendations (issue #11 "Pharmacogenomics"): a gene's phenotype or
// activity score -> what to do with each drug it concerns, from the shipped, versioned
// resources/genomics/recommendations.json (CPIC; DPWG and the FDA label for irinotecan). An
// undetermined phenotype never reads as normal: it gives "no genotype-based recommendation"
// and names the untested positions that would settle it.
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace precis::genomics {

/// One condition of a record: the gene's phenotype is one of `phenotypes` ("*" = any determined
/// phenotype, including CYP4F2's "n/a"); when `activityScores` is not empty, its activity score
/// is one of them; when `carrierOf` is not empty, the one resolved diplotype carries one of
/// these alleles (`carrier` true) or none of them (`carrier` false) — for CYP4F2, which has no
/// phenotype (CPIC 2017 warfarin: *3 carriers).
struct RecommendationCondition
{
    QString gene;
    QStringList phenotypes;
    QList<double> activityScores;
    QStringList carrierOf;
    bool carrier = true;
};

/// A cited source of the recommendations (guideline paper or drug label).
struct RecommendationSource
{
    QString key;  ///< "cpic_dpyd_2017"
    QString body; ///< "CPIC", "DPWG" or "FDA"
    int year = 0;
    QString citation;
    QString doi;
    QString updates; ///< post-publication updates used, if any
};

/// One record of the data file: every condition in `when` holds -> `action` for `drug`.
struct RecommendationRecord
{
    QString id;
    std::vector<RecommendationCondition> when;
    QString drug; ///< generic name, lower case
    QString action;
    QString classification;
    QString source; ///< key into RecommendationTable::sources
    QString table;  ///< the source's table or figure
    QString verification;
};

struct RecommendationTable
{
    int format = 0;
    QString dataVersion;
    QHash<QString, RecommendationSource> sources;
    std::vector<RecommendationRecord> records;
};

/// Parses and validates the data file's JSON. InvalidInput, with the field named ("record 3
/// (dpyd_as1_fluorouracil): source"), for: format other than 1, an empty dataVersion, a source
/// without body, year or citation, a record without id, drug, action, classification, table or
/// verification, an empty `when`, a condition without gene or phenotypes, an unknown source
/// key, or a duplicate id.
[[nodiscard]] Result<RecommendationTable> parseRecommendations(const QByteArray &json);

/// The shipped table (":/precis/genomics/recommendations.json"), parsed once.
[[nodiscard]] Result<RecommendationTable> shippedRecommendations();

/// One gene's result as called or stored: phenotype as a CPIC term ("Intermediate Metabolizer",
/// "Indeterminate"; VKORC1 its genotype), activity score as printed ("1.5"; empty when none),
/// untested positions by rsID.
struct GenePhenotype
{
    QString gene;
    QString phenotype;
    QString activityScore;
    QStringList untested;
    QString diplotype = {}; ///< the resolved diplotype ("*1/*3"); empty when unresolved or unknown
};

/// A recommendation for one drug of this patient.
struct PgxRecommendation
{
    QString drug;
    QStringList genes;      ///< the genes it rests on ("TPMT", "NUDT15")
    QString phenotype;      ///< as shown: "Intermediate Metabolizer (activity score 1.5)"
    bool determined = true; ///< false: no genotype-based recommendation (phenotype unknown)
    QString action;
    QString classification;
    QString body; ///< "CPIC", "DPWG", "FDA"; empty when not determined
    int year = 0;
    QString citation;
    QString doi;
    QString table;
    QString verification;
    QString recordId; ///< the matched record; for an undetermined entry, its advice record

    /// "GENE phenotype: action (BODY year, classification)", or for an undetermined phenotype
    /// "GENE: no genotype-based recommendation: ..." (English, as the CLI prints it).
    [[nodiscard]] QString text() const;
};

/// The recommendations for these results, per drug in the table's drug order, for every drug
/// a result's gene concerns:
/// - a gene whose phenotype is empty or "Indeterminate": one undetermined entry per drug the
///   gene concerns ("no genotype-based recommendation: GENE phenotype not determined;
///   positions rs1, rs2 would settle it"), never a normal-phenotype record; a record for the
///   phenotype "Indeterminate" (CPIC's 2020 thiopurine advice) is appended to it as
///   "; CPIC 2018: advice" and names its record, table and citation, but the entry stays
///   undetermined;
/// - otherwise every record whose conditions all hold, except that a record is dropped when
///   another matching record for the same drug covers a superset of its genes and is more
///   specific (more genes, or an activity score where it has none): the combined TPMT + NUDT15
///   record replaces the single-gene ones, DPYD's activity-score record replaces the
///   phenotype-only one;
/// - a determined phenotype that no record covers: a determined entry whose action says the
///   table has no recommendation for it (it is not read as normal).
[[nodiscard]] std::vector<PgxRecommendation>
recommendPgx(const RecommendationTable &table, const std::vector<GenePhenotype> &results);

/// The drugs the table has records for with `gene` in a condition, in table order.
[[nodiscard]] QStringList drugsConcerned(const RecommendationTable &table, const QString &gene);

} // namespace precis::genomics
