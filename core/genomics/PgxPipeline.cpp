// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/genomics/PgxPipeline.h"

#include "core/genomics/VcfReader.h"

#include <QCryptographicHash>
#include <QFile>

namespace precis::genomics {

int PgxGeneResult::testedPositions() const
{
    return static_cast<int>(definition.positions.size() - call.untested.size());
}

QString PgxGeneResult::diplotypeText() const
{
    return call.diplotypes.isEmpty() ? QStringLiteral("unresolved")
                                     : call.diplotypes.join(QStringLiteral(" or "));
}

QString PgxReport::definitions() const
{
    QStringList parts;
    for (const PgxGeneResult &g : genes) {
        parts << QStringLiteral("%1: PharmCAT %2 (%3)")
                     .arg(g.definition.gene,
                          g.definition.sourceRelease,
                          g.definition.sourceCommit.left(7));
    }
    return parts.join(QStringLiteral("; "));
}

namespace {

tl::unexpected<Error> cancelled()
{
    return fail(ErrorReason::Cancelled,
                ErrorCode::InvalidInput,
                QStringLiteral("cancelled; nothing was called"),
                QStringLiteral("file"));
}

} // namespace

Result<PgxReport>
callPharmacogenes(const QString &path, const QString &sample, const PgxProgress &progress)
{
    const QStringList genes = shippedGenes();
    const int total = static_cast<int>(genes.size()) + 1;
    auto step = [&](int done) { return !progress || progress(done, total); };
    if (!step(0))
        return cancelled();
    PgxReport report;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io,
                        QStringLiteral("cannot read the file"),
                        QStringLiteral("file"),
                        path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file))
            return fail(ErrorCode::Io,
                        QStringLiteral("cannot read the file"),
                        QStringLiteral("file"),
                        path);
        report.fileSha256 = QString::fromLatin1(hash.result().toHex());
    }
    int done = 1;
    for (const QString &gene : genes) {
        if (!step(done))
            return cancelled();
        auto definition = loadGeneDefinition(gene);
        if (!definition)
            return tl::unexpected(definition.error());
        auto genotypes = readGenotypes(path, sample, definition->loci());
        if (!genotypes)
            return tl::unexpected(genotypes.error());
        report.sample = genotypes->sample;
        GeneCall call = callDiplotype(*definition, *genotypes);
        report.genes.append({std::move(*definition), std::move(call)});
        ++done;
    }
    if (!step(done))
        return cancelled();
    return report;
}

} // namespace precis::genomics
