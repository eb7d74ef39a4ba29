// SPDX-License-Identifier: GPL-3.0-or-later
// Pharmacogenomic results in the vault (issue #11, "Results are stored in the vault"): one
// import is a set of per-gene results with their source, written all or nothing, audited, and
// append-only like every clinical row. The store keeps plain text (gene symbol, diplotype, CPIC
// phenotype term); calling is core/genomics's job and the option mapping core/therapy's.
#pragma once

#include "core/common/Error.h"
#include "core/genomics/CallNote.h"
#include "core/store/TumourFindings.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace precis::store {

class Vault;

/// Where a result came from.
enum class GenotypeSource {
    VcfCall,      ///< a VCF/BCF called by Precis (file SHA-256 and sample name recorded)
    TypedIn,      ///< typed in from a report by the physician
    OutsideResult ///< an outside laboratory's two-column file (CYP2D6, HLA-B)
};

/// "vcf", "typed", "outside" (stored in the vault).
[[nodiscard]] QString genotypeSourceToken(GenotypeSource source);
[[nodiscard]] std::optional<GenotypeSource> genotypeSourceFromToken(const QString &token);

/// One gene's result as called or reported.
struct GenotypeResult
{
    QString gene;          ///< HGNC symbol as printed ("CYP2C19", "HLA-B")
    QString diplotype;     ///< "*1/*2", "*2/*17 or *1/*4", "unresolved", an HLA-B allele
    QString phenotype;     ///< CPIC term ("Poor Metabolizer", "Indeterminate"); may be empty
                           ///< only for an outside result that came without one
    QString activityScore; ///< empty when the gene has none
    std::optional<int> testedPositions; ///< definition positions the file covered (VCF only)
    QStringList untested;               ///< rsIDs of definition positions not in the file
    QString notes;                      ///< in English, joined with "; " (CallNote.h)
    /// The same notes as templates with their arguments, for the reader's language; empty for
    /// results stored before schema 8 and for notes that came from nowhere else.
    QList<genomics::CallNote> noteSources;
};

/// One import: its source and every gene's result.
struct GenotypeImport
{
    GenotypeSource source = GenotypeSource::VcfCall;
    QString fileSha256;     ///< lower-case hex SHA-256 of the file read (VCF or outside file)
    QString sampleName;     ///< the VCF sample called
    bool assumeRef = false; ///< --assume-ref regions were treated as reference (audited)
    /// Lower-case hex SHA-256 of the regions (BED) file when assumeRef; named in the audit row.
    QString assumeRefSha256;
    QString tumourType;  ///< OncoTree code given with the import, stored as given
    QString definitions; ///< the allele-definition releases used, e.g. "PharmCAT v3.1.1"
    std::vector<GenotypeResult> results;
    /// The file's tumour variants matched against the tumour knowledge (given with a tumour
    /// type); stored with the import in the same transaction (store/TumourFindings.h).
    std::optional<TumourMatchRecord> tumour;
};

/// A stored result with its import's source and who recorded it.
struct StoredGenotype
{
    qint64 importId = 0;
    GenotypeResult result;
    GenotypeSource source = GenotypeSource::VcfCall;
    QString fileSha256;
    QString sampleName;
    bool assumeRef = false;
    QString tumourType;
    QString definitions;
    QString recordedBy;
    QDateTime recordedAt;
};

/// Stores the import for the patient in one transaction (every result or none) and audits it as
/// one write whose detail names the import id, the number of results, the source and whether
/// regions were assumed reference (with the regions file's SHA-256 when given), never a gene's
/// result. Physician only: Permission with
/// reason RoleRequired otherwise (enforced here). A tumour match, when present, is written in
/// the same transaction and counted in the audit detail (detail::validateTumourMatch lists what
/// it refuses). Refuses (InvalidInput): no results and no tumour match; a gene
/// symbol that is empty or not upper-case letters, digits and '-'; a gene twice; an empty
/// diplotype; an empty phenotype outside OutsideResult; a tested-position count below zero; a
/// SHA-256 that is not 64 hex digits (field "file_sha256"), or a regions SHA-256 that is not,
/// or is given without assumeRef (field "assume_ref_sha256"); note templates whose English,
/// joined with "; ", is not the result's notes (field "notes"). NotFound for an unknown patient.
/// Returns the import id.
[[nodiscard]] Result<qint64>
importGenotypes(Vault &vault, qint64 patientId, const GenotypeImport &import);

/// The current result per gene (the newest import that has the gene), ordered by gene symbol.
/// Nurse or physician; audited as one chart read (the number of results, not what they are).
[[nodiscard]] Result<std::vector<StoredGenotype>> patientGenotypes(Vault &vault, qint64 patientId);

} // namespace precis::store
