// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/genomics/PgxPipeline.h"

#include <QCryptographicHash>
#include <QFile>

namespace precis::genomics {

int PgxGeneResult::testedPositions() const
{
    return static_cast<int>(definition.positions.size() - call.untested.size());
}

namespace {

// The separator of the stored/CLI form; a diplotype name never contains it (star alleles,
// named variants such as "c.1905+1G>A (*2A)", VKORC1 genotypes).
constexpr QLatin1StringView kCandidateSeparator(" or ");
constexpr QLatin1StringView kUnresolved("unresolved");

} // namespace

QString joinDiplotypeCandidates(const QStringList &candidates)
{
    return candidates.isEmpty() ? QString(kUnresolved) : candidates.join(kCandidateSeparator);
}

QStringList splitDiplotypeCandidates(const QString &stored)
{
    const QString text = stored.trimmed();
    if (text.isEmpty() || text == kUnresolved)
        return {};
    return text.split(kCandidateSeparator);
}

QString PgxGeneResult::diplotypeText() const
{
    return joinDiplotypeCandidates(call.diplotypes);
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
callForImport(const QString &path, const PgxOptions &options, const PgxProgress &progress)
{
    constexpr int total = 2;
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
    if (!step(1))
        return cancelled();
    auto called = callPharmacogenes(path, options);
    if (!called)
        return tl::unexpected(called.error());
    report.sample = called->sample;
    report.assumeRefUsed = called->assumeRefUsed;
    report.assumeRefSource = called->assumeRefSource;
    for (qsizetype i = 0; i < called->calls.size(); ++i)
        report.genes.append({called->definitions.at(i), called->calls.at(i)});
    if (!step(total))
        return cancelled();
    return report;
}

} // namespace precis::genomics
