// SPDX-License-Identifier: GPL-3.0-or-later
// Tumour findings in the vault (issue #11, "Tumour variants"): when a file is imported with a
// tumour type, its somatic variants are matched to targeted therapies (core/genomics) and every
// finding is stored with the import, in the same transaction (store::importGenotypes), with the
// knowledge and OncoTree releases it was matched with. The store keeps plain text (gene, HGVS,
// minimal allele, therapy, effect and context codes); matching is core/genomics's job and the
// option rows core/therapy's. Append-only like every clinical row.
#pragma once

#include "core/common/Error.h"
#include "core/genomics/TumourMatcher.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace precis::store {

class Vault;

/// One variant x therapy x effect as the matcher placed it (genomics::TumourFinding in text).
struct TumourFindingRow
{
    QString gene;       ///< HGNC symbol, "BRAF"
    QString protein;    ///< "p.V600E"
    QString hgvsc;      ///< "c.1799T>A"
    QString chromosome; ///< GRCh38, without "chr"
    qint64 position = 0;
    QString ref; ///< minimal allele; empty for a pure insertion
    QString alt; ///< minimal allele; empty for a pure deletion
    QString therapy;
    QString effect;  ///< "sensitivity" | "resistance"
    QString context; ///< "on-label" | "tissue-agnostic" | "other-tumour"
    QString level;   ///< "CIViC A", "FDA label", ...
    QStringList tumourTypes;
    QStringList citations;
};

/// What one tumour match adds to an import.
struct TumourMatchRecord
{
    QString knowledgeVersion;               ///< TumourKnowledge::knowledgeVersion, e.g. "2026.12.0"
    QString oncotreeRelease;                ///< OncoTree::release, e.g. "oncotree_2025_10_03"
    qint64 records = 0;                     ///< VCF records read
    qint64 allelesSeen = 0;                 ///< ALT alleles the sample carried
    std::vector<TumourFindingRow> findings; ///< may be empty: matched, nothing found
};

/// The newest tumour match of a patient, with its import's source.
struct StoredTumourMatch
{
    qint64 importId = 0;
    QString tumourType;
    QString fileSha256;
    QString sampleName;
    QString recordedBy;
    QDateTime recordedAt;
    TumourMatchRecord match;
};

/// The matcher's output as stored: codes for effect and context, the minimal allele, and the
/// releases of `knowledge` and `tree`.
[[nodiscard]] TumourMatchRecord tumourMatchRecord(const genomics::TumourMatch &match,
                                                  const genomics::TumourKnowledge &knowledge,
                                                  const genomics::OncoTree &tree);

/// The stored rows back as the matcher's findings (codes validated when stored and read).
[[nodiscard]] QList<genomics::TumourFinding> tumourFindings(const TumourMatchRecord &match);

/// The newest import of the patient that carries a tumour match, or nullopt when there is none.
/// Nurse or physician; audited as one chart read (the number of findings, not what they are).
[[nodiscard]] Result<std::optional<StoredTumourMatch>> patientTumourMatch(Vault &vault,
                                                                          qint64 patientId);

class Database;

namespace detail {

/// For store::importGenotypes (the same transaction). InvalidInput, field naming it: an empty
/// tumour type ("tumour_type"), knowledge version ("knowledge_version") or OncoTree release
/// ("oncotree_release"); a negative count ("records"); a finding without gene, protein,
/// chromosome, position > 0 or therapy, or with an effect or context that is not one of the
/// codes ("effect", "context").
[[nodiscard]] Result<void> validateTumourMatch(const QString &tumourType,
                                               const TumourMatchRecord &match);

/// Inserts the match and its findings for `importId` inside the caller's transaction.
[[nodiscard]] Result<void> insertTumourMatch(Database &db,
                                             qint64 importId,
                                             qint64 patientId,
                                             const QString &tumourType,
                                             const TumourMatchRecord &match);

} // namespace detail

} // namespace precis::store
