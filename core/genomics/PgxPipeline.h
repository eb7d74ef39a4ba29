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
    /// "*1/*2", "A or B" for an ambiguous call, "unresolved" when no candidate is listed.
    [[nodiscard]] QString diplotypeText() const;
};

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
