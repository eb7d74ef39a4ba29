// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli genomics call FILE [--sample S] [--json] [--assume-ref BED]: pharmacogenomic calls
// from a VCF/BCF (issue #11). No vault; one row per gene in the fixed order of shippedGenes().
// precis-cli genomics import VAULT FILE --patient RECORD_NO --as NAME [--tumour-type CODE]
// [--sample S] [--assume-ref BED]: the same calls stored in the patient's record (physician only,
// all or nothing, audited; enforced in core/store/Genotypes); with --tumour-type the file is the
// tumour's, and its matched tumour variants are stored instead (core/store/TumourFindings).
// precis-cli genomics import-outside VAULT FILE --patient RECORD_NO --as NAME: an outside
// laboratory's CYP2D6 / HLA-B results from a two-column file, stored as reported. precis-cli
// genomics tumour FILE --tumour-type CODE [--sample S]: tumour variants matched to targeted
// therapies, one row per variant x therapy. No vault.
#include "CliCommands.h"
#include "CliSupport.h"

#include "core/genomics/OutsideResults.h"
#include "core/genomics/PgxCaller.h"
#include "core/genomics/PgxPipeline.h"
#include "core/genomics/PgxRecommendations.h"
#include "core/genomics/StarAlleleCaller.h"
#include "core/genomics/TumourMatcher.h"
#include "core/genomics/VcfReader.h"
#include "core/store/ChartRecords.h"
#include "core/store/Genotypes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace precis::cli {

namespace {

const char kUsage[]
    = "usage: precis-cli genomics call FILE.vcf[.gz]|FILE.bcf [--sample S] [--json]"
      " [--assume-ref REGIONS.bed]\n"
      "       precis-cli genomics import VAULT FILE.vcf[.gz]|FILE.bcf --patient RECORD_NO"
      " --as NAME [--tumour-type CODE] [--sample S] [--assume-ref REGIONS.bed]\n"
      "       precis-cli genomics import-outside VAULT FILE --patient RECORD_NO --as NAME\n"
      "       precis-cli genomics tumour FILE.vcf[.gz]|FILE.bcf --tumour-type CODE [--sample S]\n";

QString cell(const QString &text)
{
    QString t = text;
    return t.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// --assume-ref BED: the regions to treat as reference, into `options`; false (message printed)
// when the file cannot be read or parsed.
bool loadAssumeRef(const QString &path, genomics::PgxOptions &options)
{
    QFile bed(path);
    if (!bed.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "precis-cli: cannot open the BED file " << path << '\n';
        return false;
    }
    const QByteArray content = bed.readAll();
    auto regions = genomics::parseBed(content);
    if (!regions) {
        QTextStream(stderr) << "precis-cli: " << path << ": " << regions.error().message() << '\n';
        return false;
    }
    options.assumeRef = *regions;
    options.assumeRefSource = path;
    options.assumeRefSha256 = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return true;
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
    if (!assumeRef.isEmpty() && !loadAssumeRef(assumeRef, options))
        return ExitError;
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
        // Genotype-based recommendations per drug (resources/genomics/recommendations.json),
        // listed under every gene they rest on.
        const auto table = genomics::shippedRecommendations();
        if (!table) {
            QTextStream(stderr) << "precis-cli: " << table.error().message() << '\n';
            return ExitDamaged;
        }
        std::vector<genomics::GenePhenotype> geneResults;
        for (const genomics::GeneCall &call : result->calls)
            geneResults.push_back(
                {call.gene,
                 call.phenotype,
                 call.activityScore,
                 call.untested,
                 call.diplotypes.size() == 1 ? call.diplotypes.front() : QString()});
        const std::vector<genomics::PgxRecommendation> recommendations
            = genomics::recommendPgx(*table, geneResults);
        QJsonArray genes;
        for (qsizetype k = 0; k < result->calls.size(); ++k) {
            const genomics::GeneCall &call = result->calls[k];
            const genomics::GeneDefinition &definition = result->definitions[k];
            QJsonArray recs;
            for (const genomics::PgxRecommendation &r : recommendations) {
                if (!r.genes.contains(call.gene))
                    continue;
                recs.append(QJsonObject{
                    {QStringLiteral("drug"), r.drug},
                    {QStringLiteral("genes"), QJsonArray::fromStringList(r.genes)},
                    {QStringLiteral("phenotype"), r.phenotype},
                    {QStringLiteral("determined"), r.determined},
                    {QStringLiteral("action"), r.action},
                    {QStringLiteral("classification"), r.classification},
                    {QStringLiteral("source"),
                     r.body.isEmpty() ? QJsonValue() : QJsonValue(r.body)},
                    {QStringLiteral("year"), r.year ? QJsonValue(r.year) : QJsonValue()},
                    {QStringLiteral("citation"), r.citation},
                    {QStringLiteral("doi"), r.doi},
                    {QStringLiteral("table"), r.table},
                    {QStringLiteral("verification"), r.verification},
                    {QStringLiteral("record"), r.recordId},
                    {QStringLiteral("text"), r.text()}});
            }
            genes.append(QJsonObject{
                {QStringLiteral("gene"), call.gene},
                {QStringLiteral("diplotypes"), QJsonArray::fromStringList(call.diplotypes)},
                {QStringLiteral("phenotype"), call.phenotype},
                {QStringLiteral("activity_score"),
                 call.activityScore.isEmpty() ? QJsonValue() : QJsonValue(call.activityScore)},
                {QStringLiteral("untested_positions"), QJsonArray::fromStringList(call.untested)},
                {QStringLiteral("filtered_positions"), QJsonArray::fromStringList(call.filtered)},
                {QStringLiteral("notes"), QJsonArray::fromStringList(call.notes)},
                {QStringLiteral("inferred"), call.inferred},
                {QStringLiteral("assumed_reference"),
                 QJsonArray::fromStringList(call.assumedReference)},
                {QStringLiteral("definition"),
                 QStringLiteral("PharmCAT %1 (%2)")
                     .arg(definition.sourceRelease, definition.sourceCommit)},
                {QStringLiteral("recommendations"), recs}});
        }
        QJsonObject root{
            {QStringLiteral("sample"), result->sample},
            {QStringLiteral("genes"), genes},
            {QStringLiteral("recommendations_version"), table->dataVersion},
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

/// Bad input names its field or line (report() prints the detail and value only).
int reportInput(const Error &error)
{
    if (error.code == ErrorCode::InvalidInput && !error.field.isEmpty()) {
        QString line = error.message();
        if (!error.value.isEmpty())
            line += QStringLiteral(" (%1)").arg(error.value);
        QTextStream(stderr) << "precis-cli: " << line << '\n';
        return ExitError;
    }
    return report(error);
}

void printStored(const std::vector<store::GenotypeResult> &results)
{
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    out << "gene\tdiplotype\tphenotype\tactivity_score\tuntested_positions\tnotes\n";
    for (const store::GenotypeResult &r : results) {
        out << cell(r.gene) << '\t' << cell(r.diplotype) << '\t' << cell(r.phenotype) << '\t'
            << (r.activityScore.isEmpty() ? QStringLiteral("n/a") : r.activityScore) << '\t'
            << r.untested.join(QLatin1Char(',')) << '\t' << cell(r.notes) << '\n';
    }
}

/// Signs in and finds the patient; the exit code on failure (reported).
struct Target
{
    Session session;
    qint64 patientId = 0;
    int exitCode = ExitOk;
};

Target signInFor(const ParsedArgs &a)
{
    Target t;
    if (!selfTest()) {
        t.exitCode = ExitError;
        return t;
    }
    SecretReader secrets(a.passwordStdin);
    t.session = signIn(a.positional[0], a, secrets);
    if (!t.session.vault) {
        t.exitCode = t.session.exitCode;
        return t;
    }
    auto patient
        = store::findPatientByRecordNumber(*t.session.vault, a.option(QStringLiteral("patient")));
    if (!patient) {
        t.exitCode = reportInput(patient.error());
        return t;
    }
    t.patientId = patient->id;
    return t;
}

/// "gene variant therapy effect level context citation", one row per finding (the rows
/// `genomics tumour` prints; `import --tumour-type` prints the stored ones the same way).
void printTumourRows(QTextStream &out, const QList<genomics::TumourFinding> &rows)
{
    out << "gene\tvariant\ttherapy\teffect\tlevel\tcontext\tcitation\n";
    for (const genomics::TumourFinding &f : rows)
        out << cell(f.gene) << '\t' << cell(f.variantText()) << '\t' << cell(f.therapy) << '\t'
            << genomics::effectCode(f.effect) << '\t' << cell(f.level) << '\t'
            << genomics::contextCode(f.context) << '\t'
            << cell(f.citations.join(QStringLiteral(" | "))) << '\n';
}

/// A listed variant whose record failed the caller's filters is not matched; it is named on
/// stderr (stdout keeps the TSV) so a filtered call is never silently absent.
void printFilteredNotes(const QList<genomics::FilteredAllele> &filtered)
{
    QTextStream err(stderr);
    for (const genomics::FilteredAllele &f : filtered)
        err << "precis-cli: note: " << f.allele.chromosome << ':' << f.allele.position << ' '
            << f.allele.ref << '>' << f.allele.alt << " is a listed variant but its record failed "
            << "the caller's filters (" << f.filters << "); not matched\n";
}

/// The file's tumour variants matched for `import --tumour-type` (the whole file before any
/// write), with the sample matched. Damaged when the shipped knowledge cannot be read; the
/// matcher's errors otherwise.
Result<std::pair<store::TumourMatchRecord, QString>>
matchForImport(const QString &file, const QString &sample, const QString &tumourType)
{
    const auto knowledge = genomics::loadTumourKnowledge();
    if (!knowledge)
        return tl::unexpected(knowledge.error());
    const auto tree = genomics::loadOncoTree();
    if (!tree)
        return tl::unexpected(tree.error());
    auto match = genomics::matchTumourVcf(file, sample, tumourType, *knowledge, *tree);
    if (!match)
        return tl::unexpected(match.error());
    printFilteredNotes(match->filtered);
    return std::pair{store::tumourMatchRecord(*match, *knowledge, *tree), match->sample};
}

/// `import --tumour-type CODE`: the file is the tumour's (somatic) VCF. Its variants are matched
/// to targeted therapies and stored as one import with the tumour type, the file's SHA-256 and
/// the knowledge and OncoTree releases; no pharmacogenomic calls are made from it (a somatic
/// file is not a germline genotype, and an all-untested call from it would replace the
/// patient's germline results on screen).
int importTumour(const ParsedArgs &a, Target &t, const QString &tumour)
{
    if (a.options.contains(QStringLiteral("assume-ref")))
        return reportInput(Error{ErrorCode::InvalidInput,
                                 QStringLiteral("--assume-ref"),
                                 {},
                                 QStringLiteral("not used with --tumour-type (a tumour file is "
                                                "matched by its variants only)")});
    const QString path = a.positional[1];
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return report(Error{
            ErrorCode::Io, QStringLiteral("file"), path, QStringLiteral("cannot read the file")});
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!sha.addData(&file))
        return report(Error{
            ErrorCode::Io, QStringLiteral("file"), path, QStringLiteral("cannot read the file")});
    file.close();
    // The whole file is read and matched before anything is written (all or nothing).
    auto matched = matchForImport(path, a.option(QStringLiteral("sample")), tumour);
    if (!matched)
        return matched.error().code == ErrorCode::Damaged ? report(matched.error())
                                                          : reportInput(matched.error());
    store::GenotypeImport import;
    import.source = store::GenotypeSource::VcfCall;
    import.fileSha256 = QString::fromLatin1(sha.result().toHex());
    import.sampleName = matched->second;
    import.tumourType = tumour;
    import.tumour = std::move(matched->first);
    auto stored = store::importGenotypes(*t.session.vault, t.patientId, import);
    if (!stored)
        return reportInput(stored.error());
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    // The rows as stored, through the same conversion the chart reads them with.
    printTumourRows(out, store::tumourFindings(*import.tumour));
    return ExitOk;
}

int runImport(const QStringList &args)
{
    const ParsedArgs a = parseArgs(args,
                                   {QStringLiteral("as"),
                                    QStringLiteral("patient"),
                                    QStringLiteral("tumour-type"),
                                    QStringLiteral("sample"),
                                    QStringLiteral("assume-ref")});
    if (!a.error.isEmpty() || a.positional.size() != 2
        || a.option(QStringLiteral("patient")).isEmpty())
        return usage(a.error.isEmpty() ? QStringLiteral("genomics import VAULT FILE --patient "
                                                        "RECORD_NO --as NAME [--tumour-type CODE]"
                                                        " [--sample S] [--assume-ref BED]")
                                       : a.error);
    // OncoTree codes are upper-case letters and digits (cBioPortal OncoTree, e.g. LUAD, COADREAD);
    // with one, the file's tumour variants are matched too and stored with the import.
    // Case as `genomics tumour` reads it (the matcher upper-cases the code): "mel" is MEL.
    const QString tumour = a.option(QStringLiteral("tumour-type")).trimmed().toUpper();
    static const QRegularExpression kOncoTree(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    if (a.options.contains(QStringLiteral("tumour-type")) && !kOncoTree.match(tumour).hasMatch())
        return reportInput(Error{ErrorCode::InvalidInput,
                                 QStringLiteral("--tumour-type"),
                                 tumour,
                                 QStringLiteral("not an OncoTree code (e.g. LUAD)")});
    Target t = signInFor(a);
    if (!t.session.vault)
        return t.exitCode;
    if (t.exitCode != ExitOk)
        return t.exitCode;
    if (a.options.contains(QStringLiteral("tumour-type")))
        return importTumour(a, t, tumour);
    genomics::PgxOptions options;
    options.sample = a.option(QStringLiteral("sample"));
    if (a.options.contains(QStringLiteral("assume-ref"))
        && !loadAssumeRef(a.option(QStringLiteral("assume-ref")), options))
        return ExitError;
    // The whole file is read and called before anything is written (all or nothing).
    auto called = genomics::callForImport(a.positional[1], options);
    if (!called)
        return called.error().code == ErrorCode::Io ? report(called.error())
                                                    : reportInput(called.error());
    store::GenotypeImport import;
    import.source = store::GenotypeSource::VcfCall;
    import.fileSha256 = called->fileSha256;
    import.sampleName = called->sample;
    import.assumeRef = called->assumeRefUsed;
    // The audit names which regions file was applied (by content, not by its name or path).
    if (called->assumeRefUsed)
        import.assumeRefSha256 = options.assumeRefSha256;
    import.definitions = called->definitions();
    for (const genomics::PgxGeneResult &g : std::as_const(called->genes)) {
        import.results.push_back({g.call.gene,
                                  g.diplotypeText(),
                                  g.call.phenotype,
                                  g.call.activityScore,
                                  g.testedPositions(),
                                  g.call.untested,
                                  g.call.notes.join(QLatin1String(genomics::kCallNoteSeparator)),
                                  g.call.noteSources});
    }
    auto stored = store::importGenotypes(*t.session.vault, t.patientId, import);
    if (!stored)
        return reportInput(stored.error());
    printStored(import.results);
    return ExitOk;
}

int runImportOutside(const QStringList &args)
{
    const ParsedArgs a = parseArgs(args, {QStringLiteral("as"), QStringLiteral("patient")});
    if (!a.error.isEmpty() || a.positional.size() != 2
        || a.option(QStringLiteral("patient")).isEmpty())
        return usage(a.error.isEmpty()
                         ? QStringLiteral("genomics import-outside VAULT FILE --patient RECORD_NO"
                                          " --as NAME")
                         : a.error);
    // The file first: a malformed one is refused before any password is asked for.
    QFile file(a.positional[1]);
    if (!file.open(QIODevice::ReadOnly))
        return report(Error{ErrorCode::Io,
                            QStringLiteral("file"),
                            a.positional[1],
                            QStringLiteral("cannot read the file")});
    const QByteArray content = file.readAll();
    auto parsed = genomics::parseOutsideResults(content);
    if (!parsed)
        return reportInput(parsed.error());
    Target t = signInFor(a);
    if (!t.session.vault)
        return t.exitCode;
    if (t.exitCode != ExitOk)
        return t.exitCode;
    store::GenotypeImport import;
    import.source = store::GenotypeSource::OutsideResult;
    import.fileSha256 = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    for (const genomics::OutsideResult &r : std::as_const(*parsed))
        import.results.push_back({r.gene, r.value, {}, {}, std::nullopt, {}, {}, {}});
    auto stored = store::importGenotypes(*t.session.vault, t.patientId, import);
    if (!stored)
        return reportInput(stored.error());
    printStored(import.results);
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
    printTumourRows(out, match->findings);
    printFilteredNotes(match->filtered);
    return ExitOk;
}

} // namespace

int runGenomics(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("call"))
        return runCall(args.mid(1));
    if (!args.isEmpty() && args.first() == QLatin1String("import"))
        return runImport(args.mid(1));
    if (!args.isEmpty() && args.first() == QLatin1String("import-outside"))
        return runImportOutside(args.mid(1));
    if (!args.isEmpty() && args.first() == QLatin1String("tumour"))
        return runTumour(args.mid(1));
    QTextStream(stderr) << kUsage;
    return ExitError;
}

} // namespace precis::cli
