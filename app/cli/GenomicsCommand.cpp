// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli genomics call FILE [--sample S] [--json] [--assume-ref BED]: pharmacogenomic calls
// from a VCF/BCF (issue #11). No vault; one row per gene in the fixed order of shippedGenes().
#include "CliCommands.h"

#include "core/genomics/PgxCaller.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace precis::cli {

namespace {

const char kUsage[]
    = "usage: precis-cli genomics call FILE.vcf[.gz]|FILE.bcf [--sample S] [--json] "
      "[--assume-ref REGIONS.bed]\n";

QString cell(const QString &text)
{
    QString t = text;
    return t.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

int runCall(const QStringList &args)
{
    QString file;
    QString sample;
    bool json = false;
    QString assumeRef;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--sample") && i + 1 < args.size() && sample.isEmpty()) {
            sample = args.at(++i);
        } else if (arg == QLatin1String("--assume-ref") && i + 1 < args.size()
                   && assumeRef.isEmpty()) {
            assumeRef = args.at(++i);
        } else if (!arg.startsWith(QLatin1String("--")) && file.isEmpty()) {
            file = arg;
        } else {
            QTextStream(stderr) << "precis-cli: unexpected argument '" << arg << "'\n" << kUsage;
            return ExitError;
        }
    }
    if (file.isEmpty()) {
        QTextStream(stderr) << kUsage;
        return ExitError;
    }
    genomics::PgxOptions options;
    options.sample = sample;
    if (!assumeRef.isEmpty()) {
        QFile bed(assumeRef);
        if (!bed.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "precis-cli: cannot open the BED file " << assumeRef << '\n';
            return ExitError;
        }
        auto regions = genomics::parseBed(bed.readAll());
        if (!regions) {
            QTextStream(stderr) << "precis-cli: " << assumeRef << ": " << regions.error().message()
                                << '\n';
            return ExitError;
        }
        options.assumeRef = *regions;
        options.assumeRefSource = assumeRef;
    }
    // One pass over the file for all genes; the whole file is read and called before anything
    // is printed.
    const auto result = genomics::callPharmacogenes(file, options);
    if (!result) {
        QTextStream(stderr) << "precis-cli: " << result.error().message() << '\n';
        return result.error().code == ErrorCode::Damaged ? ExitDamaged : ExitError;
    }
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (json) {
        QJsonArray genes;
        for (qsizetype k = 0; k < result->calls.size(); ++k) {
            const genomics::GeneCall &call = result->calls[k];
            const genomics::GeneDefinition &definition = result->definitions[k];
            genes.append(QJsonObject{
                {QStringLiteral("gene"), call.gene},
                {QStringLiteral("diplotypes"), QJsonArray::fromStringList(call.diplotypes)},
                {QStringLiteral("phenotype"), call.phenotype},
                {QStringLiteral("activity_score"),
                 call.activityScore.isEmpty() ? QJsonValue() : QJsonValue(call.activityScore)},
                {QStringLiteral("untested_positions"), QJsonArray::fromStringList(call.untested)},
                {QStringLiteral("notes"), QJsonArray::fromStringList(call.notes)},
                {QStringLiteral("inferred"), call.inferred},
                {QStringLiteral("assumed_reference"),
                 QJsonArray::fromStringList(call.assumedReference)},
                {QStringLiteral("definition"),
                 QStringLiteral("PharmCAT %1 (%2)")
                     .arg(definition.sourceRelease, definition.sourceCommit)}});
        }
        QJsonObject root{
            {QStringLiteral("sample"), result->sample},
            {QStringLiteral("genes"), genes},
            {QStringLiteral("indexed"), result->indexed},
            {QStringLiteral("assume_ref"),
             result->assumeRefUsed ? QJsonValue(result->assumeRefSource) : QJsonValue()}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << "gene\tdiplotype\tphenotype\tactivity_score\tuntested_positions\tnotes\n";
    for (const genomics::GeneCall &call : result->calls) {
        out << cell(call.gene) << '\t'
            << (call.diplotypes.isEmpty() ? QStringLiteral("unresolved")
                                          : cell(call.diplotypes.join(QStringLiteral(" or "))))
            << '\t' << cell(call.phenotype) << '\t'
            << (call.activityScore.isEmpty() ? QStringLiteral("n/a") : call.activityScore) << '\t'
            << call.untested.join(QLatin1Char(',')) << '\t'
            << cell(call.notes.join(QStringLiteral("; "))) << '\n';
    }
    return ExitOk;
}

} // namespace

int runGenomics(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("call"))
        return runCall(args.mid(1));
    QTextStream(stderr) << kUsage;
    return ExitError;
}

} // namespace precis::cli
