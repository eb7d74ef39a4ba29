// SPDX-License-Identifier: GPL-3.0-or-later
// Every shipped pharmacogene called from one VCF/BCF, as one unit (issue #11, import into the
// vault): the file's SHA-256, the sample read and one call per gene, or an error and nothing.
// Generic over genes: it calls whatever shippedGenes() lists, in that order, in one pass over the
// file (PgxCaller).
#pragma once

#include "core/common/Error.h"
#include "core/genomics/PgxCaller.h"
#include "core/genomics/StarAlleleCaller.h"

#include <QList>
#include <QString>

#include <functional>

namespace precis::genomics {

/// One gene's call with its definition.
struct PgxGeneResult
{
    GeneDefinition definition;
    GeneCall call;
    /// Definition positions the file covered (positions minus untested).
    [[nodiscard]] int testedPositions() const;
    /// The candidate diplotypes, one when resolved, none when unresolved (the caller's list).
    /// Displays join these themselves, in the reader's language.
    [[nodiscard]] QStringList diplotypeCandidates() const { return call.diplotypes; }
    /// The stored and CLI (English TSV) form: joinDiplotypeCandidates(diplotypeCandidates()).
    [[nodiscard]] QString diplotypeText() const;
};

/// The vault's and the CLI's English form of a candidate list: "*1/*2", "*1/*4 or *4/*17" for
/// an ambiguous call, "unresolved" for none. Not for display in the GUI: a view splits the
/// stored text with splitDiplotypeCandidates() and joins the list in its own language.
[[nodiscard]] QString joinDiplotypeCandidates(const QStringList &candidates);

/// The candidates of a stored diplotype text (the inverse of joinDiplotypeCandidates): empty
/// for "unresolved" or an empty text; one entry for a single diplotype or an outside result
/// ("*57:01"). Text stored by earlier versions has the same form.
[[nodiscard]] QStringList splitDiplotypeCandidates(const QString &stored);

struct PgxReport
{
    QString sample;             ///< the sample called
    QString fileSha256;         ///< lower-case hex SHA-256 of the file's bytes
    bool assumeRefUsed = false; ///< --assume-ref regions were treated as reference (audited)
    QString assumeRefSource;    ///< the BED file's name
    QList<PgxGeneResult> genes;
    /// The definition releases used, e.g. "CYP2C19: PharmCAT v3.1.1 (cb04a41); SLCO1B1: ...".
    [[nodiscard]] QString definitions() const;
};

/// Called before each step with the steps done and the total (hashing the file, then calling
/// the genes); returning false cancels. Called on the thread running callForImport.
using PgxProgress = std::function<bool(int done, int total)>;

/// Hashes the file, then reads it once and calls every shipped gene (callPharmacogenes). Errors
/// are those of callPharmacogenes; an unreadable file is Io (field "file"). A cancel (the
/// progress callback returned false) is InvalidInput with reason Cancelled; it takes effect
/// between steps. Thread-safety: reentrant (no shared state), so it may run on a worker thread.
[[nodiscard]] Result<PgxReport>
callForImport(const QString &path, const PgxOptions &options, const PgxProgress &progress = {});

} // namespace precis::genomics
