// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli genomics call FILE [--sample S] [--json]: pharmacogenomic calls from a VCF/BCF
// (issue #11). No vault; one row per gene (CYP2C19, SLCO1B1) in a fixed order.
// precis-cli genomics tumour FILE --tumour-type CODE [--sample S]: tumour variants matched to
// targeted therapies, one row per variant x therapy. No vault.
#include "CliCommands.h"

#include "core/genomics/StarAlleleCaller.h"
#include "core/genomics/TumourMatcher.h"
#include "core/genomics/VcfReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace precis::cli {

namespace {

const char kUsage[]
    = "usage: precis-cli genomics call FILE.vcf[.gz]|FILE.bcf [--sample S] [--json]\n"
      "       precis-cli genomics tumour FILE.vcf[.gz]|FILE.bcf --tumour-type CODE [--sample S]\n";

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
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--sample") && i + 1 < args.size() && sample.isEmpty()) {
            sample = args.at(++i);
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
    // One pass over the file per gene (each gene's positions lie on one chromosome); the whole
    // file is read and called before anything is printed.
    struct Called
    {
        genomics::GeneDefinition definition;
        genomics::GeneCall call;
    };
    QList<Called> calls;
    QString sampleRead;
    for (const QString &gene : genomics::shippedGenes()) {
        const auto definition = genomics::loadGeneDefinition(gene);
        if (!definition) {
            QTextStream(stderr) << "precis-cli: " << definition.error().message() << '\n';
            return ExitDamaged;
        }
        const auto genotypes = genomics::readGenotypes(file, sample, definition->loci());
        if (!genotypes) {
            QTextStream(stderr) << "precis-cli: " << genotypes.error().message() << '\n';
            return ExitError;
        }
        sampleRead = genotypes->sample;
        calls.append({*definition, genomics::callDiplotype(*definition, *genotypes)});
    }
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (json) {
        QJsonArray genes;
        for (const Called &c : std::as_const(calls)) {
            const genomics::GeneCall &call = c.call;
            genes.append(QJsonObject{
                {QStringLiteral("gene"), call.gene},
                {QStringLiteral("diplotypes"), QJsonArray::fromStringList(call.diplotypes)},
                {QStringLiteral("phenotype"), call.phenotype},
                {QStringLiteral("activity_score"),
                 call.activityScore.isEmpty() ? QJsonValue() : QJsonValue(call.activityScore)},
                {QStringLiteral("untested_positions"), QJsonArray::fromStringList(call.untested)},
                {QStringLiteral("notes"), QJsonArray::fromStringList(call.notes)},
                {QStringLiteral("definition"),
                 QStringLiteral("PharmCAT %1 (%2)")
                     .arg(c.definition.sourceRelease, c.definition.sourceCommit)}});
        }
        QJsonObject root{{QStringLiteral("sample"), sampleRead}, {QStringLiteral("genes"), genes}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << "gene\tdiplotype\tphenotype\tactivity_score\tuntested_positions\tnotes\n";
    for (const Called &c : std::as_const(calls)) {
        const genomics::GeneCall &call = c.call;
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

int runTumour(const QStringList &args)
{
    QString file;
    QString sample;
    QString tumourType;
    bool haveType = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--sample") && i + 1 < args.size() && sample.isEmpty()) {
            sample = args.at(++i);
        } else if (arg == QLatin1String("--tumour-type") && i + 1 < args.size() && !haveType) {
            tumourType = args.at(++i);
            haveType = true;
        } else if (!arg.startsWith(QLatin1String("--")) && file.isEmpty()) {
            file = arg;
        } else {
            QTextStream(stderr) << "precis-cli: unexpected argument '" << arg << "'\n" << kUsage;
            return ExitError;
        }
    }
    if (file.isEmpty() || !haveType) {
        QTextStream(stderr) << kUsage;
        return ExitError;
    }
    const auto knowledge = genomics::loadTumourKnowledge();
    if (!knowledge) {
        QTextStream(stderr) << "precis-cli: " << knowledge.error().message() << '\n';
        return ExitDamaged;
    }
    const auto tree = genomics::loadOncoTree();
    if (!tree) {
        QTextStream(stderr) << "precis-cli: " << tree.error().message() << '\n';
        return ExitDamaged;
    }
    // The whole file is read and matched before anything is printed.
    const auto match = genomics::matchTumourVcf(file, sample, tumourType, *knowledge, *tree);
    if (!match) {
        QTextStream(stderr) << "precis-cli: " << match.error().message() << '\n';
        return ExitError;
    }
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    out << "gene\tvariant\ttherapy\teffect\tlevel\tcontext\tcitation\n";
    for (const genomics::TumourFinding &f : match->findings)
        out << cell(f.gene) << '\t' << cell(f.variantText()) << '\t' << cell(f.therapy) << '\t'
            << genomics::effectCode(f.effect) << '\t' << cell(f.level) << '\t'
            << genomics::contextCode(f.context) << '\t'
            << cell(f.citations.join(QStringLiteral(" | "))) << '\n';
    return ExitOk;
}

} // namespace

int runGenomics(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("call"))
        return runCall(args.mid(1));
    if (!args.isEmpty() && args.first() == QLatin1String("tumour"))
        return runTumour(args.mid(1));
    QTextStream(stderr) << kUsage;
    return ExitError;
}

} // namespace precis::cli
