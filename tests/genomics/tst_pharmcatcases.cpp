// SPDX-License-Identifier: GPL-3.0-or-later
// Validation against PharmCAT's published haplotype cases (issue #11). Source of every case:
// PharmGKB/PharmCAT release v3.1.1, commit cb04a41410d4cda83b9757b4503c92d424193387, the VCF
// named in each row under src/test/resources/org/pharmgkb/pharmcat/haplotype/ (or, for a row
// named after a test method, the VCF that method builds). The genotypes at
// the gene's definition positions are re-typed here (no file is copied; every other definition
// position is written as reference, and the `untested` list names the positions the PharmCAT
// file leaves out or leaves as no-call). PharmCAT's expected diplotype is the one its test class
// under src/test/java/org/pharmgkb/pharmcat/ asserts for the file (NamedAlleleMatcher<Gene>Test,
// DpydTest) or, where no test reads the file, the diplotype its name states. The expected
// phenotype and activity score are PharmCAT's lookup of that diplotype in
// src/main/resources/org/pharmgkb/pharmcat/phenotype/<GENE>.json (CPIC's tables; VKORC1: its
// gene result, "-1639 AG"; CYP4F2 has no phenotype file: "n/a"). Several candidates sharing one
// phenotype keep it; candidates with different phenotypes, and no call, are Indeterminate
// (Precis's term for "no single CPIC phenotype").
// A row with `differs` is a case where Precis deliberately does not follow PharmCAT: the row
// carries Precis's call and the reason, and docs/GENOMICS.md lists the same cases.
#include "core/genomics/PgxCaller.h"
#include "core/genomics/StarAlleleCaller.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace precis;
using namespace precis::genomics;

namespace {

// GRCh38 lengths of the definitions' chromosomes (NCBI Assembly GCF_000001405.26).
const QByteArray kHeader = "##fileformat=VCFv4.2\n"
                           "##contig=<ID=chr1,length=248956422>\n"
                           "##contig=<ID=chr2,length=242193529>\n"
                           "##contig=<ID=chr6,length=170805979>\n"
                           "##contig=<ID=chr10,length=133797422>\n"
                           "##contig=<ID=chr12,length=133275309>\n"
                           "##contig=<ID=chr13,length=114364328>\n"
                           "##contig=<ID=chr16,length=90338345>\n"
                           "##contig=<ID=chr19,length=58617616>\n"
                           "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                           "##FORMAT=<ID=PS,Number=1,Type=Integer,Description=\"Phase set\">\n"
                           "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n";

// Why Precis differs (docs/GENOMICS.md, "Validation against PharmCAT", lists the same cases).
const char *const kUnphased = "unphased genotype: Precis lists every candidate pair that fits; "
                              "PharmCAT reports its top-scored pair";
const char *const kUntestedTakenAsReference
    = "an untested position no frequent allele needs is taken as reference, and the pair that "
      "needs no variant there is called (the others are named in the notes); PharmCAT lists "
      "every pair the remaining positions allow";
const char *const kUntestedRs3758581
    = "rs3758581 (which tells *1 from *38) untested: taken as reference, so the all-reference "
      "*38 is called and *1 named in the notes; both are normal function";
const char *const kUntestedRs57700608
    = "rs57700608 (*41, added to the definition after the file was made) untested: *41 cannot "
      "be excluded among the candidates of an Indeterminate call";
const char *const kKeyPositionUntested
    = "a position a frequent allele needs is untested: Indeterminate, never normal";
const char *const kTooManyCandidates
    = "rs3064744 (the TA repeat, a frequent allele's position) untested: Indeterminate, and every "
      "pair the repeat allows fits (*1, *28, *36 or *37 with *80, *80+*28 or *80+*37: 12), more "
      "than the six Precis lists, so the notes count them instead";
const char *const kUndocumentedVariant
    = "an allele no definition has is never taken as reference: no pair fits, Indeterminate";
const char *const kNoRs4149056Fallback
    = "no pair of SLCO1B1 alleles fits: Indeterminate; Precis does not fall back to rs4149056 "
      "alone as PharmCAT's SLCO1B1 override does";

/// Precis's call where it deliberately differs from PharmCAT, and why.
struct Differs
{
    QStringList diplotypes;
    QString phenotype;
    const char *reason = nullptr;
};

/// The VCF of one case: every definition position of `def` in position order, reference unless
/// `records` gives it ("rsID REF ALT GT", or "@POS REF ALT GT" for a record the PharmCAT file
/// writes away from the definition position), none for the rsIDs in `untested`.
QByteArray
caseVcf(const GeneDefinition &def, const QStringList &records, const QStringList &untested)
{
    QMap<qint64, QByteArray> lines;
    QHash<QString, QStringList> given;
    for (const QString &r : records)
        given.insert(r.section(QLatin1Char(' '), 0, 0), r.split(QLatin1Char(' ')));
    const QByteArray chrom = "chr" + def.chromosome.toLatin1();
    const auto line = [&](qint64 pos, const QString &id, const QStringList &f) {
        // "0|1:97571276" is a genotype with its phase set (FORMAT GT:PS).
        const QByteArray format = f.value(3).contains(QLatin1Char(':')) ? "GT:PS" : "GT";
        return chrom + '\t' + QByteArray::number(pos) + '\t' + id.toLatin1() + '\t'
               + f.value(1).toLatin1() + '\t' + f.value(2).toLatin1() + "\t.\tPASS\t.\t" + format
               + '\t' + f.value(3).toLatin1() + '\n';
    };
    for (const DefinitionPosition &p : def.positions) {
        if (untested.contains(p.rsid))
            continue;
        const QString id = p.rsid.startsWith(QLatin1String("rs")) ? p.rsid : QStringLiteral(".");
        const QStringList f = given.value(
            p.rsid, {p.rsid, p.reference, QStringLiteral("."), QStringLiteral("0/0")});
        lines.insert(p.position, line(p.position, id, f));
    }
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        if (it.key().startsWith(QLatin1Char('@')))
            lines.insert(it.key().mid(1).toLongLong(),
                         line(it.key().mid(1).toLongLong(), QStringLiteral("."), *it));
    QByteArray text = kHeader;
    for (const QByteArray &l : std::as_const(lines))
        text += l;
    return text;
}

} // namespace

class TestPharmcatCases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, GeneDefinition> m_defs;

    static void add(const char *gene,
                    const char *file,
                    const QStringList &records,
                    const QStringList &untested,
                    const QStringList &pharmcat,
                    const QString &phenotype,
                    const QString &score,
                    const Differs &differs = {})
    {
        QTest::newRow(QByteArray(gene).append(' ').append(file).constData())
            << QString::fromLatin1(gene) << records << untested << pharmcat << phenotype << score
            << differs.diplotypes << differs.phenotype
            << (differs.reason ? QString::fromLatin1(differs.reason) : QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &gene : shippedGenes()) {
            const auto def = loadGeneDefinition(gene);
            QVERIFY2(def.has_value(), qPrintable(gene));
            QCOMPARE(def->sourceCommit, QStringLiteral("cb04a41410d4cda83b9757b4503c92d424193387"));
            m_defs.insert(gene, *def);
        }
    }

    void haplotypeFiles_data()
    {
        QTest::addColumn<QString>("gene");
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QStringList>("untested");
        QTest::addColumn<QStringList>("pharmcat");
        QTest::addColumn<QString>("phenotype");
        QTest::addColumn<QString>("score");
        QTest::addColumn<QStringList>("precisDiplotypes");
        QTest::addColumn<QString>("precisPhenotype");
        QTest::addColumn<QString>("reason");

        // haplotype/cyp2c19/noCall.vcf
        add("CYP2C19",
            "noCall.vcf",
            {"rs12769205 A G 0/1", "rs4244285 G A 1/1"},
            {"rs17885179", "rs57700608", "rs3758581"},
            {},
            "Indeterminate",
            "");
        // haplotype/cyp2c19/rs12769205call.vcf
        add("CYP2C19",
            "rs12769205call.vcf",
            {"rs12769205 A G 0/1", "rs3758581 A G 1/1"},
            {"rs57700608"},
            {"*1/*35"},
            "Intermediate Metabolizer",
            "");
        // haplotype/cyp2c19/rs12769205missingrs4244285het.vcf
        add("CYP2C19",
            "rs12769205missingrs4244285het.vcf",
            {"rs4244285 G A 0/1", "rs3758581 A G 1/1"},
            {"rs12769205", "rs57700608"},
            {"*1/*2", "*2/*35"},
            "Indeterminate",
            "",
            {{"*1/*2", "*2/*35", "*2/*41"}, "Indeterminate", kUntestedRs57700608});
        // haplotype/cyp2c19/s15s28.vcf
        add("CYP2C19",
            "s15s28.vcf",
            {"rs17882687 A C 1/1", "rs113934938 G A 0/1"},
            {"rs17885179", "rs57700608", "rs3758581"},
            {"*15/*28", "*28/*39"},
            "Indeterminate",
            "",
            {{"*15/*28"}, "Normal Metabolizer", kUntestedTakenAsReference});
        // haplotype/cyp2c19/s1s1.vcf
        add("CYP2C19",
            "s1s1.vcf",
            {"rs3758581 A G 1/1"},
            {"rs57700608"},
            {"*1/*1"},
            "Normal Metabolizer",
            "");
        // haplotype/cyp2c19/s1s17.vcf
        add("CYP2C19",
            "s1s17.vcf",
            {"rs12248560 C T 0/1"},
            {"rs17885179", "rs57700608", "rs3758581"},
            {"*1/*17"},
            "Rapid Metabolizer",
            "",
            {{"*17/*38"}, "Rapid Metabolizer", kUntestedRs3758581});
        // haplotype/cyp2c19/s1s17s1s4bmissing.vcf
        add("CYP2C19",
            "s1s17s1s4bmissing.vcf",
            {"rs12248560 C T 0/1", "rs3758581 A G 1/1"},
            {"rs28399504", "rs57700608"},
            {"*1/*4", "*1/*17"},
            "Indeterminate",
            "",
            {{"*1/*17"}, "Rapid Metabolizer", kUntestedTakenAsReference});
        // haplotype/cyp2c19/s1s17s1s4bmissingmore.vcf
        add("CYP2C19",
            "s1s17s1s4bmissingmore.vcf",
            {"rs12248560 C T 0/1", "rs3758581 A G 1/1"},
            {"rs28399504",
             "rs17882687",
             "rs1564656981",
             "rs1564657013",
             "rs1564660997",
             "rs1288601658",
             "rs17885179",
             "rs57700608",
             "rs375781227",
             "rs72558186",
             "rs113934938"},
            {"*1/*4", "*1/*17"},
            "Indeterminate",
            "",
            {{"*1/*17"}, "Rapid Metabolizer", kUntestedTakenAsReference});
        // haplotype/cyp2c19/s1s1rs12248560missing.vcf
        add("CYP2C19",
            "s1s1rs12248560missing.vcf",
            {"rs3758581 A G 1/1"},
            {"rs12248560", "rs57700608"},
            {"*1/*1", "*1/*17", "*17/*17"},
            "Indeterminate",
            "",
            {{"*1/*1", "*1/*17", "*1/*41", "*17/*17", "*17/*41", "*41/*41"},
             "Indeterminate",
             kUntestedRs57700608});
        // haplotype/cyp2c19/s1s2.vcf
        add("CYP2C19",
            "s1s2.vcf",
            {"rs12769205 A G 0/1", "rs4244285 G A 0/1", "rs3758581 A G 1/1"},
            {"rs57700608"},
            {"*1/*2"},
            "Intermediate Metabolizer",
            "");
        // haplotype/cyp2c19/s1s28.vcf
        add("CYP2C19",
            "s1s28.vcf",
            {"rs17882687 A C 0/1", "rs3758581 A G 1/1", "rs113934938 G A 0/1"},
            {"rs57700608"},
            {"*1/*28"},
            "Normal Metabolizer",
            "");
        // haplotype/cyp2c19/s1s2rs3758581missing.vcf
        add("CYP2C19",
            "s1s2rs3758581missing.vcf",
            {"rs12769205 A G 0/1", "rs4244285 G A 0/1"},
            {"rs57700608", "rs3758581"},
            {"*1/*2"},
            "Intermediate Metabolizer",
            "",
            {{"*2/*38"}, "Intermediate Metabolizer", kUntestedRs3758581});
        // haplotype/cyp2c19/s1s2rs3758581missingRs58973490het.vcf
        add("CYP2C19",
            "s1s2rs3758581missingRs58973490het.vcf",
            {"rs12769205 A G 0/1", "rs58973490 G A 0/1", "rs4244285 G A 0/1", "rs3758581 A G 1/1"},
            {"rs57700608"},
            {"*1/*2"},
            "Intermediate Metabolizer",
            "",
            {{"*1/*2", "*2/*11"}, "Intermediate Metabolizer", kUnphased});
        // haplotype/cyp2c19/s1s2rs58973490het.vcf
        add("CYP2C19",
            "s1s2rs58973490het.vcf",
            {"rs12769205 A G 0/1", "rs58973490 G A 0/1", "rs4244285 G A 0/1", "rs3758581 A G 1/1"},
            {"rs57700608"},
            {"*1/*2"},
            "Intermediate Metabolizer",
            "",
            {{"*1/*2", "*2/*11"}, "Intermediate Metabolizer", kUnphased});
        // haplotype/cyp2c19/s1s35.vcf
        add("CYP2C19",
            "s1s35.vcf",
            {"rs12769205 A G 0/1"},
            {"rs17885179", "rs57700608", "rs3758581"},
            {"*1/*35"},
            "Intermediate Metabolizer",
            "",
            {{"*35/*38"}, "Intermediate Metabolizer", kUntestedRs3758581});
        // haplotype/cyp2c19/s1s4b.vcf
        add("CYP2C19",
            "s1s4b.vcf",
            {"rs12248560 C T 0/1", "rs28399504 A G 0/1", "rs3758581 A G 1/1"},
            {"rs57700608"},
            {"*1/*4"},
            "Intermediate Metabolizer",
            "",
            {{"*1/*4", "*4/*17"}, "Intermediate Metabolizer", kUnphased});
        // haplotype/cyp2c19/s1s4s17.vcf
        add("CYP2C19",
            "s1s4s17.vcf",
            {"rs12248560 C T 0/1", "rs28399504 A G 0/1", "rs3758581 A G 1/1"},
            {"rs57700608"},
            {"*1/*4", "*4/*17"},
            "Intermediate Metabolizer",
            "");
        // haplotype/cyp2c19/s2s2.vcf
        add("CYP2C19",
            "s2s2.vcf",
            {"rs12769205 A G 1/1", "rs4244285 G A 1/1"},
            {"rs17885179", "rs57700608", "rs3758581"},
            {"*2/*2"},
            "Poor Metabolizer",
            "");
        // haplotype/cyp2c19/s2s3.vcf
        add("CYP2C19",
            "s2s3.vcf",
            {"rs12769205 A G 0/1", "rs4986893 G A 0/1", "rs4244285 G A 0/1"},
            {"rs17885179", "rs57700608", "rs3758581"},
            {"*2/*3"},
            "Poor Metabolizer",
            "");
        // haplotype/cyp2c19/s4as4b.vcf
        add("CYP2C19",
            "s4as4b.vcf",
            {"rs12248560 C T 0/1", "rs28399504 A G 1/1"},
            {"rs17885179", "rs57700608", "rs3758581"},
            {"*4/*4"},
            "Poor Metabolizer",
            "");
        // haplotype/cyp2c19/s4bs17.vcf
        add("CYP2C19",
            "s4bs17.vcf",
            {"rs12248560 C T 1/1", "rs28399504 A G 0/1"},
            {"rs17885179", "rs57700608", "rs3758581"},
            {"*4/*17"},
            "Intermediate Metabolizer",
            "");
        // haplotype/cyp2c19/s4bs17rs28399504missing.vcf
        add("CYP2C19",
            "s4bs17rs28399504missing.vcf",
            {"rs12248560 C T 1/1"},
            {"rs28399504", "rs17885179", "rs57700608", "rs3758581"},
            {"*4/*4", "*4/*17", "*17/*17"},
            "Indeterminate",
            "",
            {{"*17/*17"}, "Ultrarapid Metabolizer", kUntestedTakenAsReference});
        // haplotype/cyp2c19/s4s17het.vcf
        add("CYP2C19",
            "s4s17het.vcf",
            {"rs12248560 C T 1/1", "rs28399504 A G 0/1", "rs3758581 A G 1/1"},
            {"rs57700608"},
            {"*4/*17"},
            "Intermediate Metabolizer",
            "");
        // haplotype/cyp2c19/s4s17missingS1.vcf
        add("CYP2C19",
            "s4s17missingS1.vcf",
            {"rs12248560 C T 0/1", "rs28399504 A G 0/1"},
            {"rs57700608", "rs3758581"},
            {"*4/*17"},
            "Intermediate Metabolizer",
            "",
            {{"*4/*38"}, "Intermediate Metabolizer", kUntestedRs3758581});
        // haplotype/cyp2c19/sUnks17.vcf
        add("CYP2C19",
            "sUnks17.vcf",
            {"rs12248560 C T 1/1", "rs28399504 A C 0/1"},
            {"rs17885179", "rs57700608", "rs3758581"},
            {},
            "Indeterminate",
            "");
        // NamedAlleleMatcherCyp2c19Test.s2s35 (the Java test builds the VCF: every other position
        // reference): no call.
        add("CYP2C19",
            "NamedAlleleMatcherCyp2c19Test.s2s35",
            {"rs12769205 A G 0/1", "rs4244285 G A 1/1"},
            {},
            {},
            "Indeterminate",
            "");
        // haplotype/cyp2c9/s1s1.vcf
        add("CYP2C9",
            "s1s1.vcf",
            {"@94942212 AAGAAATGGAA A 0/0", "@94949282 AA A 0/0"},
            {"chr10:94938719",
             "chr10:94938788",
             "rs1364419386",
             "rs2493006942",
             "rs1304490498",
             "rs530507053",
             "rs1375956433",
             "rs1289704600",
             "rs17847037",
             "rs370100007",
             "rs772782449",
             "chr10:94949161",
             "rs369745682",
             "rs9332131",
             "chr10:94972183",
             "rs546318684",
             "rs1297714792",
             "rs1254213342",
             "rs1441296358"},
            {"*1/*1"},
            "Normal Metabolizer",
            "2.0",
            {{}, "Indeterminate", kKeyPositionUntested});
        // haplotype/cyp2c9/s1s61.vcf
        add("CYP2C9",
            "s1s61.vcf",
            {"@94942212 AAGAAATGGAA A 0/0",
             "rs1799853 C T 0/1",
             "@94949282 AA A 0/0",
             "rs202201137 A G 0/1"},
            {"chr10:94938719", "chr10:94938788", "rs1364419386",   "rs2493006942", "rs1304490498",
             "rs375805362",    "rs530507053",    "rs1375956433",   "rs141489852",  "rs1289704600",
             "rs17847037",     "rs2492587526",   "rs370100007",    "rs772782449",  "chr10:94949161",
             "rs369745682",    "chr10:94972123", "chr10:94972183", "rs546318684",  "chr10:94981199",
             "rs1274535931",   "rs1297714792",   "rs578144976",    "rs542577750",  "rs1254213342",
             "rs1441296358",   "rs776908257",    "rs2492662738",   "rs2492662839", "rs767284820"},
            {"*1/*61"},
            "Intermediate Metabolizer",
            "1.5");
        // haplotype/cyp2c9/s24s24.vcf
        add("CYP2C9",
            "s24s24.vcf",
            {"@94942212 AAGAAATGGAA A 0/0", "@94949282 AA A 0/0", "rs749060448 G A 1/1"},
            {"chr10:94938719", "chr10:94938788", "rs1364419386", "rs2493006942",   "rs1304490498",
             "rs530507053",    "rs1375956433",   "rs141489852",  "rs1289704600",   "rs17847037",
             "rs2492587526",   "rs370100007",    "rs772782449",  "chr10:94949161", "rs369745682",
             "chr10:94972123", "chr10:94972183", "rs546318684",  "chr10:94981199", "rs1297714792",
             "rs578144976",    "rs542577750",    "rs1254213342", "rs1441296358",   "rs776908257",
             "rs2492662839"},
            {"*24/*24"},
            "Poor Metabolizer",
            "0.0");
        // haplotype/cyp2c9/s24s2pluss24.vcf
        add("CYP2C9",
            "s24s2pluss24.vcf",
            {"rs1799853 C T 0/1", "rs749060448 G A 1/1"},
            {"chr10:94938719",
             "chr10:94938788",
             "rs1364419386",
             "rs2493006942",
             "rs530507053",
             "rs1375956433",
             "rs1289704600",
             "rs17847037",
             "rs370100007",
             "rs772782449",
             "chr10:94949161",
             "rs369745682",
             "chr10:94972183",
             "rs546318684",
             "rs1297714792",
             "rs1254213342",
             "rs1441296358"},
            {},
            "Indeterminate",
            "");
        // haplotype/cyp2c9/s2s24.vcf
        add("CYP2C9",
            "s2s24.vcf",
            {"@94942212 AAGAAATGGAA A 0/0",
             "rs1799853 C T 1/0",
             "@94949282 AA A 0/0",
             "rs749060448 G A 0/1"},
            {"chr10:94938719", "chr10:94938788", "rs1364419386",   "rs2493006942", "rs1304490498",
             "rs375805362",    "rs530507053",    "rs1375956433",   "rs141489852",  "rs1289704600",
             "rs17847037",     "rs2492587526",   "rs370100007",    "rs772782449",  "chr10:94949161",
             "rs369745682",    "chr10:94972123", "chr10:94972183", "rs546318684",  "chr10:94981199",
             "rs1274535931",   "rs1297714792",   "rs578144976",    "rs542577750",  "rs1254213342",
             "rs1441296358",   "rs776908257",    "rs2492662738",   "rs2492662839", "rs767284820"},
            {"*2/*24"},
            "Poor Metabolizer",
            "0.5");
        // haplotype/cyp2c9/s2s24only.vcf
        add("CYP2C9",
            "s2s24only.vcf",
            {"@94942212 AAGAAATGGAA A 0/0",
             "rs1799853 C T 0/1",
             "@94949282 AA A 0/0",
             "rs749060448 G A 1/1"},
            {"chr10:94938719", "chr10:94938788", "rs1364419386",   "rs2493006942", "rs1304490498",
             "rs375805362",    "rs530507053",    "rs1375956433",   "rs141489852",  "rs1289704600",
             "rs17847037",     "rs2492587526",   "rs370100007",    "rs772782449",  "chr10:94949161",
             "rs369745682",    "chr10:94972123", "chr10:94972183", "rs546318684",  "chr10:94981199",
             "rs1274535931",   "rs1297714792",   "rs578144976",    "rs542577750",  "rs1254213342",
             "rs1441296358",   "rs776908257",    "rs2492662738",   "rs2492662839", "rs767284820"},
            {},
            "Indeterminate",
            "");
        // haplotype/cyp2c9/s2s25.vcf
        add("CYP2C9",
            "s2s25.vcf",
            {"rs1304490498 CAATGGAAAGA C 0/1", "rs1799853 C T 0/1"},
            {"chr10:94938719",
             "chr10:94938788",
             "rs1364419386",
             "rs2493006942",
             "rs530507053",
             "rs1375956433",
             "rs1289704600",
             "rs17847037",
             "rs370100007",
             "rs772782449",
             "chr10:94949161",
             "rs369745682",
             "chr10:94972183",
             "rs546318684",
             "rs1297714792",
             "rs1254213342",
             "rs1441296358"},
            {"*2/*25"},
            "Poor Metabolizer",
            "0.5");
        // haplotype/cyp2c9/s2s3.vcf
        add("CYP2C9",
            "s2s3.vcf",
            {"@94942212 AAGAAATGGAA A 0/0",
             "rs1799853 C T 0/1",
             "@94949282 AA A 0/0",
             "rs1057910 A C 0/1"},
            {"chr10:94938719", "chr10:94938788", "rs1364419386",   "rs2493006942", "rs1304490498",
             "rs375805362",    "rs530507053",    "rs1375956433",   "rs141489852",  "rs1289704600",
             "rs17847037",     "rs2492587526",   "rs370100007",    "rs772782449",  "chr10:94949161",
             "rs369745682",    "chr10:94972123", "chr10:94972183", "rs546318684",  "chr10:94981199",
             "rs1274535931",   "rs1297714792",   "rs578144976",    "rs1254213342", "rs1441296358",
             "rs776908257",    "rs2492662738",   "rs2492662839",   "rs767284820"},
            {"*2/*3"},
            "Poor Metabolizer",
            "0.5");
        // haplotype/cyp4f2/s1s1.vcf
        add("CYP4F2",
            "s1s1.vcf",
            {},
            {"rs3093200",
             "rs3952537",
             "rs4020346",
             "rs138971789",
             "rs142113670",
             "rs145174239",
             "rs144233412",
             "rs3093153",
             "rs200629062",
             "rs556151888",
             "rs145875499",
             "rs148396222",
             "rs114396708",
             "rs150579280",
             "rs144455532",
             "rs201380574",
             "rs115517770",
             "rs114099324"},
            {"*1/*1"},
            "n/a",
            "");
        // haplotype/VKORC1/-1639A-1639A.vcf
        add("VKORC1", "-1639A-1639A.vcf", {"rs9923231 C T 1/1"}, {}, {"AA"}, "-1639 AA", "");
        // haplotype/VKORC1/-1639G-1639A.vcf
        add("VKORC1", "-1639G-1639A.vcf", {"rs9923231 C T 0/1"}, {}, {"GA"}, "-1639 AG", "");
        // haplotype/VKORC1/-1639G-1639G.vcf
        add("VKORC1", "-1639G-1639G.vcf", {}, {}, {"GG"}, "-1639 GG", "");
        // haplotype/SLCO1B1/SLCO1B1_s14_s19_t1.vcf
        add("SLCO1B1",
            "SLCO1B1_s14_s19_t1.vcf",
            {"rs2306283 A G 1/0", "rs11045819 C A 1/0", "rs34671512 A C 0/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*14/*19"},
            "Indeterminate",
            "",
            {{"*4/*20", "*14/*19"}, "Indeterminate", kUnphased});
        // haplotype/SLCO1B1/SLCO1B1_s15_s45_t1.vcf
        add("SLCO1B1",
            "SLCO1B1_s15_s45_t1.vcf",
            {"rs2306283 A G 1/0", "rs4149056 T C 1/0", "rs71581941 C T 0/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*15/*45"},
            "Poor Function",
            "",
            {{"*1/*45", "*15/*45"}, "Indeterminate", kUnphased});
        // haplotype/SLCO1B1/SLCO1B1_s19_s37_t1.vcf
        add("SLCO1B1",
            "SLCO1B1_s19_s37_t1.vcf",
            {"rs2306283 A G 0/1", "rs34671512 A C 1/0"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*19/*37"},
            "Indeterminate",
            "",
            {{"*1/*20", "*19/*37"}, "Indeterminate", kUnphased});
        // haplotype/SLCO1B1/SLCO1B1_s1_s14_t1.vcf
        add("SLCO1B1",
            "SLCO1B1_s1_s14_t1.vcf",
            {"rs2306283 A G 0/1", "rs11045819 C A 0/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*1/*14"},
            "Normal Function",
            "",
            {{"*1/*14", "*4/*37"}, "Indeterminate", kUnphased});
        // haplotype/SLCO1B1/SLCO1B1_s1_s15_t1.vcf; NamedAlleleMatcherSlco1b1Test.slco1b1s1s15
        // asserts both pairs for this genotype.
        add("SLCO1B1",
            "SLCO1B1_s1_s15_t1.vcf",
            {"rs2306283 A G 0/1", "rs4149056 T C 0/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*1/*15", "*5/*37"},
            "Decreased Function",
            "");
        // haplotype/SLCO1B1/SLCO1B1_s1_s25_t1.vcf
        add("SLCO1B1",
            "SLCO1B1_s1_s25_t1.vcf",
            {"rs2306283 A G 0/1", "rs11045819 C A 0/1", "rs11045852 A G 0/1", "rs11045853 G A 0/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*1/*25"},
            "Indeterminate",
            "",
            {{"*1/*25", "*4/*28"}, "Indeterminate", kUnphased});
        // haplotype/SLCO1B1/SLCO1B1_s37_s40_t1.vcf
        add("SLCO1B1",
            "SLCO1B1_s37_s40_t1.vcf",
            {"rs2306283 A G 1/0", "rs4149056 T C 0/1", "rs34671512 A C 0/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*37/*40"},
            "Indeterminate",
            "",
            {{"*5/*20", "*15/*19", "*37/*40"}, "Indeterminate", kUnphased});
        // haplotype/SLCO1B1/SLCO1B1_s5_s14_t1.vcf
        add("SLCO1B1",
            "SLCO1B1_s5_s14_t1.vcf",
            {"rs2306283 A G 0/1", "rs11045819 C A 0/1", "rs4149056 T C 1/0"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*5/*14"},
            "Decreased Function",
            "",
            {{"*4/*15", "*5/*14"}, "Indeterminate", kUnphased});
        // haplotype/SLCO1B1/s1as15s1bs5missing.vcf;
        // NamedAlleleMatcherSlco1b1Test.slco1b1s1as15s1bs5Missing.
        add("SLCO1B1",
            "s1as15s1bs5missing.vcf",
            {"rs2306283 A G 0/1", "rs4149056 T C 0/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482",
             "rs140790673"},
            {"*1/*15", "*5/*29", "*5/*37"},
            "Indeterminate",
            "",
            {{"*1/*15", "*5/*37"}, "Decreased Function", kUntestedTakenAsReference});
        // haplotype/SLCO1B1/s1as15s1bs5twomissing.vcf;
        // NamedAlleleMatcherSlco1b1Test.slco1b1s1as15s1bs5TwoMissing.
        add("SLCO1B1",
            "s1as15s1bs5twomissing.vcf",
            {"rs2306283 A G 0/1", "rs4149056 T C 0/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482",
             "rs200995543",
             "rs140790673"},
            {"*1/*15", "*5/*29", "*5/*37"},
            "Indeterminate",
            "",
            {{"*1/*15", "*5/*37"}, "Decreased Function", kUntestedTakenAsReference});
        // haplotype/SLCO1B1/s1s1.vcf
        add("SLCO1B1",
            "s1s1.vcf",
            {},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*1/*1"},
            "Normal Function",
            "");
        // haplotype/SLCO1B1/s1s15.vcf; NamedAlleleMatcherSlco1b1Test.slco1b1s1s15 asserts both
        // pairs for this genotype.
        add("SLCO1B1",
            "s1s15.vcf",
            {"rs2306283 A G 0/1", "rs4149056 T C 0/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*1/*15", "*5/*37"},
            "Decreased Function",
            "");
        // haplotype/SLCO1B1/s1s44.vcf
        add("SLCO1B1",
            "s1s44.vcf",
            {"rs2306283 A G 0/1", "rs11045852 A G 0/1", "rs74064213 A G 0/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*1/*44"},
            "Indeterminate",
            "");
        // haplotype/SLCO1B1/s2s2.vcf
        add("SLCO1B1",
            "s2s2.vcf",
            {"rs56101265 T C 1/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*2/*2"},
            "Indeterminate",
            "");
        // haplotype/SLCO1B1/s5s15.vcf
        add("SLCO1B1",
            "s5s15.vcf",
            {"rs2306283 A G 0/1", "rs4149056 T C 1/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*5/*15"},
            "Poor Function",
            "");
        // haplotype/SLCO1B1/s5s45.vcf
        add("SLCO1B1",
            "s5s45.vcf",
            {"rs4149056 T C 0/1", "rs71581941 C T 0/1"},
            {"rs185905373",
             "rs556524705",
             "rs61760182",
             "rs200331427",
             "rs201722521",
             "rs756393362",
             "rs200994482"},
            {"*5/*45"},
            "Poor Function",
            "");
        // haplotype/DPYD/c1129-5923c2846.vcf
        add("DPYD",
            "c1129-5923c2846.vcf",
            {"rs67376798 T A 0/1", "@97450066 GG G 0/0", "rs75017182 G C 0/1"},
            {"rs72549303"},
            {"c.1129-5923C>G/c.2846A>T"},
            "Intermediate Metabolizer",
            "1.0");
        // haplotype/DPYD/c1156het.vcf
        add("DPYD",
            "c1156het.vcf",
            {"@97450066 GG G 0/0", "rs78060119 C A 0/1"},
            {"rs72549303"},
            {"Reference/c.1156G>T (*12)"},
            "Intermediate Metabolizer",
            "1.0");
        // haplotype/DPYD/c1679c1156.vcf
        add("DPYD",
            "c1679c1156.vcf",
            {"@97450066 GG G 0/0", "rs55886062 A C 0/1", "rs78060119 C A 0/1"},
            {"rs72549303"},
            {"c.1156G>T (*12)/c.1679T>G (*13)"},
            "Poor Metabolizer",
            "0.0");
        // haplotype/DPYD/c2846het.vcf
        add("DPYD",
            "c2846het.vcf",
            {"rs67376798 T A 0/1", "@97450066 GG G 0/0"},
            {"rs72549303"},
            {"Reference/c.2846A>T"},
            "Intermediate Metabolizer",
            "1.5");
        // haplotype/DPYD/c557c703.vcf
        add("DPYD",
            "c557c703.vcf",
            {"@97450066 GG G 0/0", "rs1801266 G A 0/1", "rs115232898 T C 0/1"},
            {"rs72549303"},
            {"c.557A>G/c.703C>T (*8)"},
            "Poor Metabolizer",
            "0.5");
        // haplotype/DPYD/novariant.vcf
        add("DPYD",
            "novariant.vcf",
            {"@97450066 GG G 0/0"},
            {"rs72549303"},
            {"Reference/Reference"},
            "Normal Metabolizer",
            "2.0");
        // haplotype/DPYD/s1s2b.vcf
        add("DPYD",
            "s1s2b.vcf",
            {"rs3918290 C T 0/1", "@97450066 GG G 0/0", "rs1801159 T C 0/1"},
            {"rs72549303"},
            {"c.1627A>G (*5)/c.1905+1G>A (*2A)"},
            "Intermediate Metabolizer",
            "1.0");
        // haplotype/TPMT/het3a.vcf
        add("TPMT",
            "het3a.vcf",
            {"rs1800460 C T 0/1", "rs1142345 T C 0/1"},
            {"rs139392616",
             "rs398122996",
             "chr6:18132163",
             "rs772832951",
             "rs201695576",
             "rs112339338",
             "rs115106679",
             "rs753545734",
             "rs111901354",
             "rs1256618794",
             "rs281874771",
             "chr6:18147856",
             "rs759836180"},
            {"*1/*3A", "*3B/*3C"},
            "Indeterminate",
            "");
        // haplotype/TPMT/hom1s_het3a.vcf
        add("TPMT",
            "hom1s_het3a.vcf",
            {"rs1800460 C T 0/1", "rs1142345 T C 0/1"},
            {"rs139392616",
             "rs398122996",
             "chr6:18132163",
             "rs772832951",
             "rs201695576",
             "rs112339338",
             "rs115106679",
             "rs753545734",
             "rs111901354",
             "rs1256618794",
             "rs281874771",
             "chr6:18147856",
             "rs759836180"},
            {"*1/*3A", "*3B/*3C"},
            "Indeterminate",
            "");
        // haplotype/TPMT/s16s22.vcf
        add("TPMT",
            "s16s22.vcf",
            {"rs144041067 C T,G 1/2"},
            {"rs139392616",
             "rs398122996",
             "chr6:18132163",
             "rs772832951",
             "rs201695576",
             "rs112339338",
             "rs115106679",
             "rs753545734",
             "rs111901354",
             "rs1256618794",
             "rs281874771",
             "chr6:18147856",
             "rs759836180"},
            {"*16/*22"},
            "Indeterminate",
            "");
        // haplotype/TPMT/s1s1.vcf
        add("TPMT",
            "s1s1.vcf",
            {},
            {"rs139392616",
             "rs398122996",
             "chr6:18132163",
             "rs772832951",
             "rs201695576",
             "rs112339338",
             "rs115106679",
             "rs753545734",
             "rs111901354",
             "rs1256618794",
             "rs281874771",
             "chr6:18147856",
             "rs759836180"},
            {"*1/*1"},
            "Normal Metabolizer",
            "");
        // haplotype/TPMT/s1s1s.vcf
        add("TPMT",
            "s1s1s.vcf",
            {},
            {"rs139392616",
             "rs398122996",
             "chr6:18132163",
             "rs772832951",
             "rs201695576",
             "rs112339338",
             "rs115106679",
             "rs753545734",
             "rs111901354",
             "rs1256618794",
             "rs281874771",
             "chr6:18147856",
             "rs759836180"},
            {"*1/*1"},
            "Normal Metabolizer",
            "");
        // haplotype/TPMT/s1ss1ss3.vcf
        add("TPMT",
            "s1ss1ss3.vcf",
            {"rs1800460 C T 0/1", "rs1142345 T C 0/1"},
            {"rs139392616",
             "rs398122996",
             "chr6:18132163",
             "rs772832951",
             "rs201695576",
             "rs112339338",
             "rs115106679",
             "rs753545734",
             "rs111901354",
             "rs1256618794",
             "rs281874771",
             "chr6:18147856",
             "rs759836180"},
            {"*1/*3A", "*3B/*3C"},
            "Indeterminate",
            "");
        // haplotype/TPMT/s3as3b.vcf
        add("TPMT",
            "s3as3b.vcf",
            {"rs1800460 C T 1/1", "rs1142345 T C 0/1"},
            {"rs139392616",
             "rs398122996",
             "chr6:18132163",
             "rs772832951",
             "rs201695576",
             "rs112339338",
             "rs115106679",
             "rs753545734",
             "rs111901354",
             "rs1256618794",
             "rs281874771",
             "chr6:18147856",
             "rs759836180"},
            {"*3A/*3B"},
            "Poor Metabolizer",
            "");
        // haplotype/TPMT/s3bs3c.vcf
        add("TPMT",
            "s3bs3c.vcf",
            {"rs1800460 C T 0/1", "rs1142345 T C 0/1"},
            {"rs139392616",
             "rs398122996",
             "chr6:18132163",
             "rs772832951",
             "rs201695576",
             "rs112339338",
             "rs115106679",
             "rs753545734",
             "rs111901354",
             "rs1256618794",
             "rs281874771",
             "chr6:18147856",
             "rs759836180"},
            {"*1/*3A", "*3B/*3C"},
            "Indeterminate",
            "");
        // haplotype/NUDT15/refref.vcf
        add("NUDT15", "refref.vcf", {}, {"rs1185228044"}, {"*1/*1"}, "Normal Metabolizer", "");
        // haplotype/NUDT15/s2ref.vcf
        add("NUDT15",
            "s2ref.vcf",
            {"rs746071566 AGGAGTC A,AGGAGTCGGAGTC 0/2", "rs116855232 C T 0/1"},
            {"rs1185228044"},
            {"*1/*2"},
            "Intermediate Metabolizer",
            "",
            {{"*1/*2", "*3/*6"}, "Indeterminate", kUnphased});
        // haplotype/NUDT15/s3ref.vcf
        add("NUDT15",
            "s3ref.vcf",
            {"rs116855232 C T 0/1"},
            {"rs1185228044"},
            {"*1/*3"},
            "Intermediate Metabolizer",
            "");
        // haplotype/UGT1A1/HG00436.vcf
        add("UGT1A1",
            "HG00436.vcf",
            {"rs887829 C T 1|0", "rs3064744 CAT CATAT,C,CATATAT 1|0", "rs35350960 C A 1|0"},
            {},
            {},
            "Indeterminate",
            "");
        // haplotype/UGT1A1/s1s1.vcf
        add("UGT1A1", "s1s1.vcf", {}, {}, {"*1/*1"}, "Normal Metabolizer", "");
        // haplotype/UGT1A1/s1s28s60s80unphased.vcf
        add("UGT1A1",
            "s1s28s60s80unphased.vcf",
            {"rs887829 C T 0/1", "rs3064744 CAT C,CATAT,CATATAT 0/2"},
            {},
            {"*1/*80+*28", "*28/*80"},
            "Indeterminate",
            "");
        // haplotype/UGT1A1/s1s37s80s60phased.vcf
        add("UGT1A1",
            "s1s37s80s60phased.vcf",
            {"rs887829 C T 1|0", "rs3064744 CAT CATAT,C,CATATAT 3|0"},
            {},
            {"*1/*80+*37"},
            "Intermediate Metabolizer",
            "");
        // haplotype/UGT1A1/s1s60s80phased.vcf
        add("UGT1A1",
            "s1s60s80phased.vcf",
            {"rs887829 C T 0|1"},
            {},
            {"*1/*80"},
            "Indeterminate",
            "");
        // haplotype/UGT1A1/s1s60s80unphased.vcf
        add("UGT1A1",
            "s1s60s80unphased.vcf",
            {"rs887829 C T 0/1"},
            {},
            {"*1/*80"},
            "Indeterminate",
            "");
        // haplotype/UGT1A1/s28het.vcf
        add("UGT1A1",
            "s28het.vcf",
            {"rs3064744 CAT CATAT,C,CATATAT 0/1"},
            {},
            {"*1/*28"},
            "Intermediate Metabolizer",
            "");
        // haplotype/UGT1A1/s28s37.vcf
        add("UGT1A1",
            "s28s37.vcf",
            {"rs3064744 CAT CATAT,C,CATATAT 1/3"},
            {},
            {"*28/*37"},
            "Poor Metabolizer",
            "");
        // haplotype/UGT1A1/s28s80phased.vcf
        add("UGT1A1",
            "s28s80phased.vcf",
            {"rs887829 C T 0|1", "rs3064744 CAT CATAT,C,CATATAT 0|1"},
            {},
            {"*1/*80+*28"},
            "Intermediate Metabolizer",
            "");
        // haplotype/UGT1A1/s28s80s6s60phased.vcf
        add("UGT1A1",
            "s28s80s6s60phased.vcf",
            {"rs887829 C T 1|0", "rs3064744 CAT CATAT,C,CATATAT 1|0", "rs4148323 G A 0|1"},
            {},
            {"*6/*80+*28"},
            "Poor Metabolizer",
            "");
        // haplotype/UGT1A1/s28s80s6s60unphased.vcf
        add("UGT1A1",
            "s28s80s6s60unphased.vcf",
            {"rs887829 C T 1/0", "rs3064744 CAT CATAT,C,CATATAT 1/0", "rs4148323 G A 0/1"},
            {},
            {"*6/*80+*28"},
            "Poor Metabolizer",
            "");
        // haplotype/UGT1A1/s28s80unphased.vcf
        add("UGT1A1",
            "s28s80unphased.vcf",
            {"rs887829 C T 0/1", "rs3064744 CAT CATAT,C,CATATAT 0/1"},
            {},
            {"*1/*80+*28", "*28/*80"},
            "Indeterminate",
            "");
        // haplotype/UGT1A1/s6s6.vcf
        add("UGT1A1", "s6s6.vcf", {"rs4148323 G A 1/1"}, {}, {"*6/*6"}, "Poor Metabolizer", "");
        // haplotype/UGT1A1/s6s60s80s28missingunphased.vcf
        add("UGT1A1",
            "s6s60s80s28missingunphased.vcf",
            {"rs887829 C T 0/1", "rs4148323 G A 0/1"},
            {"rs3064744"},
            {"*6/*80", "*6/*80+*28", "*6/*80+*37"},
            "Indeterminate",
            "");

        // PharmCAT's pipeline-level cases: src/test/java/org/pharmgkb/pharmcat/PipelineTest.java
        // (v3.1.1, commit cb04a41), each row named after its test method. The VCF is the one the
        // method's TestVcfBuilder writes: every definition position of the gene, reference unless
        // the test gives its two CPIC alleles (phased when the builder is `.phased()`: allele 1
        // on haplotype 1), positions given as `missing` left out. UGT1A1 rs3064744 in CPIC
        // notation: TA(7) = CAT (reference), TA(8) = CATAT, TA(9) = CATATAT. Expected: the calls
        // the method asserts (testPrintCpicCalls, testSourceDiplotypes, testPrintCalls, the
        // report's diplotype cells; testNotCalledByMatcher = no call) and PharmCAT's phenotype
        // lookup of them as above. Genotypes PipelineTest shares with a haplotype file above are
        // repeated on purpose: the pipeline asserts its top call, the matcher tests every pair.
        add("CYP2C19",
            "PipelineTest.testCyp2c19",
            {"rs3758581 A G 1/1"},
            {},
            {"*1/*1"},
            "Normal Metabolizer",
            "");
        add("CYP2C19",
            "PipelineTest.testCyp2c19_s1s2rs58973490het",
            {"rs12769205 A G 0/1", "rs58973490 G A 0/1", "rs4244285 G A 0/1", "rs3758581 A G 1/1"},
            {},
            {"*1/*2"},
            "Intermediate Metabolizer",
            "",
            {{"*1/*2", "*2/*11"}, "Intermediate Metabolizer", kUnphased});
        add("CYP2C19",
            "PipelineTest.testCyp2c19_s1s2",
            {"rs12769205 A G 0/1", "rs4244285 G A 0/1", "rs3758581 A G 1/1"},
            {},
            {"*1/*2"},
            "Intermediate Metabolizer",
            "");
        add("CYP2C19",
            "PipelineTest.testClomipramineCall",
            {"rs12769205 A G 1/1", "rs4244285 G A 1/1", "rs3758581 A G 1/1"},
            {},
            {"*2/*2"},
            "Poor Metabolizer",
            "");
        add("CYP2C19",
            "PipelineTest.testCyp2c19noCall",
            {"rs12769205 A G 0/1", "rs4244285 G A 1/1"},
            {},
            {},
            "Indeterminate",
            "");
        add("CYP2C19",
            "PipelineTest.testCyp2c19s4bs17rs28399504missing",
            {"rs12248560 C T 1/1", "rs3758581 A G 1/1"},
            {"rs28399504"},
            {"*4/*4", "*4/*17", "*17/*17"},
            "Indeterminate",
            "",
            {{"*17/*17"}, "Ultrarapid Metabolizer", kUntestedTakenAsReference});
        add("CYP2C19",
            "PipelineTest.testCyp2c19s1s4het",
            {"rs12248560 C T 1/1", "rs28399504 A G 0/1", "rs3758581 A G 1/1"},
            {},
            {"*4/*17"},
            "Intermediate Metabolizer",
            "");
        add("CYP2C19",
            "PipelineTest.testCyp2c19s1s4missingS1",
            {"rs12248560 C T 0/1", "rs28399504 A G 0/1"},
            {"rs3758581"},
            {"*1/*4", "*4/*38"},
            "Intermediate Metabolizer",
            "",
            {{"*4/*38"}, "Intermediate Metabolizer", kUntestedRs3758581});
        add("CYP2C19",
            "PipelineTest.testCyp2c19SingleGeneMatch",
            {"rs3758581 A G 0/1"},
            {"rs56337013"},
            {"*1/*38"},
            "Normal Metabolizer",
            "");
        add("CYP2C19",
            "PipelineTest.multipleCalls",
            {"rs12248560 C T 0/1", "rs3758581 A G 1/1"},
            {"rs28399504"},
            {"*1/*4", "*1/*17"},
            "Indeterminate",
            "",
            {{"*1/*17"}, "Rapid Metabolizer", kUntestedTakenAsReference});
        // rs3758581 G/T: T is no allele of any definition (allowUnknownAllele).
        add("CYP2C19",
            "PipelineTest.testUndocumentedVariation",
            {"rs3758581 A G,T 1/2"},
            {},
            {},
            "Indeterminate",
            "");
        add("TPMT",
            "PipelineTest.testUncallable",
            {"rs1256618794 C A 1/1"},
            {},
            {},
            "Indeterminate",
            "");
        // rs1800462 C/T: T is undocumented (*2 is G); PharmCAT's TPMT exemption treats it as
        // reference.
        add("TPMT",
            "PipelineTest.testUndocumentedVariationsWithTreatAsReference",
            {"rs1800462 C T 0/1"},
            {},
            {"*1/*1"},
            "Normal Metabolizer",
            "",
            {{}, "Indeterminate", kUndocumentedVariant});
        add("TPMT",
            "PipelineTest.testTpmtStar1s",
            {"rs1800460 C T 0/1", "rs1142345 T C 0/1"},
            {},
            {"*1/*3A"},
            "Intermediate Metabolizer",
            "",
            {{"*1/*3A", "*3B/*3C"}, "Indeterminate", kUnphased});
        add("CYP2C9",
            "PipelineTest.testCyp2c9star61",
            {"rs1799853 C T 0/1", "rs202201137 A G 0/1"},
            {},
            {"*1/*61"},
            "Intermediate Metabolizer",
            "1.5");
        add("CYP2C9",
            "PipelineTest.testCyp2c9star1Hom",
            {},
            {},
            {"*1/*1"},
            "Normal Metabolizer",
            "2.0");
        add("CYP2C9",
            "PipelineTest.testWarfarinDpwg",
            {"rs1057910 A C 1/1"},
            {},
            {"*3/*3"},
            "Poor Metabolizer",
            "0.0");
        add("CYP2C9",
            "PipelineTest.testDiplotypeOverrideRecommendation",
            {"rs1799853 C T 1/1"},
            {},
            {"*2/*2"},
            "Intermediate Metabolizer",
            "1.0");
        // testWarfarinMissingRs12777823: CYP2C9, CYP4F2 and VKORC1 reference (rs12777823, a
        // PharmCAT extra position outside the definitions, missing); the report's warfarin cells.
        add("CYP2C9",
            "PipelineTest.testWarfarinMissingRs12777823",
            {},
            {},
            {"*1/*1"},
            "Normal Metabolizer",
            "2.0");
        add("CYP4F2", "PipelineTest.testWarfarinMissingRs12777823", {}, {}, {"*1/*1"}, "n/a", "");
        add("VKORC1", "PipelineTest.testWarfarinMissingRs12777823", {}, {}, {"GG"}, "-1639 GG", "");
        add("SLCO1B1",
            "PipelineTest.testRosuvastatin",
            {"rs56101265 T C 0/1"},
            {},
            {"*1/*2"},
            "Indeterminate",
            "");
        add("SLCO1B1", "PipelineTest.testSlco1b1HomWild", {}, {}, {"*1/*1"}, "Normal Function", "");
        add("SLCO1B1",
            "PipelineTest.testSlco1b1HomVar",
            {"rs2306283 A G 0/1", "rs4149056 T C 1/1"},
            {},
            {"*5/*15"},
            "Poor Function",
            "");
        add("SLCO1B1",
            "PipelineTest.testSlco1b1Test2",
            {"rs2306283 A G 0/1", "rs11045852 A G 0/1", "rs74064213 A G 0/1"},
            {},
            {"*1/*44"},
            "Indeterminate",
            "");
        add("SLCO1B1",
            "PipelineTest.testSlco1b1Test3",
            {"rs2306283 A G 0/1", "rs4149056 T C 0/1"},
            {},
            {"*1/*15"},
            "Decreased Function",
            "",
            {{"*1/*15", "*5/*37"}, "Decreased Function", kUnphased});
        add("SLCO1B1",
            "PipelineTest.testSlco1b1Test4",
            {"rs4149056 T C 0/1", "rs71581941 C T 0/1"},
            {},
            {"*5/*45"},
            "Poor Function",
            "");
        add("SLCO1B1",
            "PipelineTest.testSlco1b1Test5",
            {"rs2306283 A G 0/1", "rs4149056 T C 0/1", "rs71581941 C T 0/1"},
            {},
            {"*1/*45"},
            "Decreased Function",
            "",
            {{"*1/*45", "*15/*45"}, "Indeterminate", kUnphased});
        // No pair fits; PharmCAT then reports rs4149056 alone and recommends from *1/*5
        // (testRecommendedDiplotypes "*1", "*5": Decreased Function).
        add("SLCO1B1",
            "PipelineTest.testSlco1b1UncalledOverride",
            {"rs2306283 A G 1/1", "rs4149056 T C 0/1", "rs11045853 G A 1/1", "rs72559748 A G 1/1"},
            {},
            {},
            "Decreased Function",
            "",
            {{}, "Indeterminate", kNoRs4149056Fallback});
        // testUgt1a1Unphased builds the same phased VCF as testUgt1a1Phased (its builder is
        // `.phased()` too): one row.
        add("UGT1A1",
            "PipelineTest.testUgt1a1Phased",
            {"rs887829 C T 0|1"},
            {},
            {"*1/*80"},
            "Indeterminate",
            "");
        add("UGT1A1", "PipelineTest.testUgt1a1s1s1", {}, {}, {"*1/*1"}, "Normal Metabolizer", "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1S1S80S28",
            {"rs887829 C T 0/1", "rs3064744 CAT CATAT 0/1"},
            {},
            {"*1/*80+*28"},
            "Intermediate Metabolizer",
            "",
            {{"*1/*80+*28", "*28/*80"}, "Indeterminate", kUnphased});
        add("UGT1A1",
            "PipelineTest.testUgt1a1S28S37",
            {"rs3064744 CAT CATAT,CATATAT 1/2"},
            {},
            {"*28/*37"},
            "Poor Metabolizer",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s28s80phased",
            {"rs887829 C T 0|1", "rs3064744 CAT CATAT 0|1"},
            {},
            {"*1/*80+*28"},
            "Intermediate Metabolizer",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s28s80s6s60phased",
            {"rs887829 C T 1|0", "rs3064744 CAT CATAT 1|0", "rs4148323 G A 0|1"},
            {},
            {"*6/*80+*28"},
            "Poor Metabolizer",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s28s80s6s60unphased",
            {"rs887829 C T 1/0", "rs3064744 CAT CATAT 1/0", "rs4148323 G A 0/1"},
            {},
            {"*6/*80+*28"},
            "Poor Metabolizer",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s6s6",
            {"rs4148323 G A 1/1"},
            {},
            {"*6/*6"},
            "Poor Metabolizer",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s6s60s80s28MissingPhased",
            {"rs887829 C T 0|1", "rs4148323 G A 1|0"},
            {"rs3064744"},
            {"*6/*80", "*6/*80+*28", "*6/*80+*37"},
            "Indeterminate",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s6s60s80s28MissingUnphased",
            {"rs887829 C T 0/1", "rs4148323 G A 1/0"},
            {"rs3064744"},
            {"*6/*80", "*6/*80+*28", "*6/*80+*37"},
            "Indeterminate",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s80s28missing",
            {"rs887829 C T 0/1"},
            {"rs3064744"},
            {"*1/*80", "*1/*80+*28", "*1/*80+*37"},
            "Indeterminate",
            "",
            {{}, "Indeterminate", kTooManyCandidates});
        add("UGT1A1",
            "PipelineTest.testUgt1a1na12717",
            {"rs887829 C T 1/1", "rs3064744 CAT CATAT 1/0"},
            {},
            {"*80/*80+*28"},
            "Indeterminate",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s28homMissing",
            {"rs3064744 CAT CATAT 1/1"},
            {"rs887829"},
            {"*28/*28", "*28/*80+*28", "*80+*28/*80+*28"},
            "Poor Metabolizer",
            "",
            {{"*28/*28", "*28/*80+*28", "*80+*28/*80+*28"}, "Indeterminate", kKeyPositionUntested});
        add("UGT1A1",
            "PipelineTest.testUgt1a1s28s60Hom",
            {"rs3064744 CAT CATAT 1/0"},
            {},
            {"*1/*28"},
            "Intermediate Metabolizer",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s27s28unphaseds80s60missing",
            {"rs3064744 CAT CATAT 1/0", "rs35350960 C A 0/1"},
            {"rs887829"},
            {"*27/*28", "*27/*80+*28"},
            "Poor Metabolizer",
            "",
            {{"*27/*28", "*27/*80+*28"}, "Indeterminate", kKeyPositionUntested});
        add("UGT1A1",
            "PipelineTest.testUgt1a1HG00436",
            {"rs887829 C T 1|0", "rs3064744 CAT CATAT 1|0", "rs35350960 C A 1|0"},
            {},
            {},
            "Indeterminate",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s1s80s27s60s28MissingPhased",
            {"rs887829 C T 1|0", "rs35350960 C A 1|0"},
            {"rs3064744"},
            {},
            "Indeterminate",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s1s60s80s6phased",
            {"rs887829 C T 1|0", "rs35350960 C A 1|0"},
            {},
            {},
            "Indeterminate",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s1s60s80s28s6phased",
            {"rs887829 C T 1|0", "rs3064744 CAT CATAT 1|0", "rs35350960 C A 1|0"},
            {},
            {},
            "Indeterminate",
            "");
        add("UGT1A1",
            "PipelineTest.testUgt1a1s1s37s80s60phased",
            {"rs887829 C T 1|0", "rs3064744 CAT CATATAT 1|0"},
            {},
            {"*1/*80+*37"},
            "Intermediate Metabolizer",
            "");
    }

    void haplotypeFiles()
    {
        QFETCH(QString, gene);
        QFETCH(QStringList, records);
        QFETCH(QStringList, untested);
        QFETCH(QStringList, pharmcat);
        QFETCH(QString, phenotype);
        QFETCH(QString, score);
        QFETCH(QStringList, precisDiplotypes);
        QFETCH(QString, precisPhenotype);
        QFETCH(QString, reason);
        const GeneDefinition &def = m_defs[gene];
        const QString path = m_dir.filePath(QStringLiteral("case.vcf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(caseVcf(def, records, untested));
        }
        PgxOptions options;
        options.genes = {gene};
        const auto result = callPharmacogenes(path, options);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message()));
        const GeneCall call = result->calls.value(0);
        // Every note is also kept as its template, saying the same (core/genomics/CallNote.h).
        QCOMPARE(englishNotes(call.noteSources), call.notes);
        // The file was read as written: exactly the positions left out are untested.
        QStringList expectedUntested;
        for (const DefinitionPosition &p : def.positions)
            if (untested.contains(p.rsid))
                expectedUntested << p.rsid;
        QCOMPARE(call.untested, expectedUntested);
        if (reason.isEmpty()) {
            QCOMPARE(call.diplotypes, pharmcat);
            QCOMPARE(call.phenotype, phenotype);
            if (!score.isEmpty())
                QCOMPARE(call.activityScore, score);
        } else {
            // A deliberate difference must be one: Precis's call is not PharmCAT's.
            QVERIFY(precisDiplotypes != pharmcat || precisPhenotype != phenotype);
            QCOMPARE(call.diplotypes, precisDiplotypes);
            QCOMPARE(call.phenotype, precisPhenotype);
            if (reason == QLatin1String(kTooManyCandidates))
                QVERIFY2(
                    call.notes.contains(QStringLiteral("12 diplotypes fit the tested positions")),
                    qPrintable(call.notes.join("; ")));
        }
    }

    void dpydLowestFunction_data()
    {
        // PharmCAT v3.1.1 src/test/java/org/pharmgkb/pharmcat/DpydTest.java: VCFs its
        // TestVcfBuilder writes (every other DPYD position reference; the builder's two CPIC
        // alleles are haplotype 1 and 2 when phased). Expected: the two alleles PharmCAT
        // recommends from ("recommendedDiplotypes", CPIC's lowest-function rule: Amstutz U et al.,
        // Clin Pharmacol Ther 2018;103:210) and the activity score it looks up
        // (testLookupByActivity, or the sum of the two alleles' values in
        // src/main/resources/org/pharmgkb/pharmcat/phenotype/DPYD.json), with CPIC's phenotype
        // for that score (2.0 Normal, 1.0-1.5 Intermediate, 0-0.5 Poor).
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QStringList>("pair");
        QTest::addColumn<QString>("score");
        QTest::addColumn<QString>("phenotype");
        const QString hapB3 = QStringLiteral("c.1129-5923C>G, c.1236G>A (HapB3)");
        QTest::newRow("testDpydUnphasedMultiple1") << QStringList{"rs183385770 C T 0/1",
                                                                  "rs186169810 A C 0/1",
                                                                  "rs112766203 G A 0/1",
                                                                  "rs144395748 G C 0/1"}
                                                   << QStringList{"c.1024G>A", "c.1314T>G"} << "0.5"
                                                   << "Poor Metabolizer";
        QTest::newRow("testDpydUnphasedMultiple2") << QStringList{"rs183385770 C T 0/1",
                                                                  "rs186169810 A C 0/1",
                                                                  "rs67376798 T A 0/1",
                                                                  "rs144395748 G C 0/1"}
                                                   << QStringList{"c.1024G>A", "c.1314T>G"} << "0.5"
                                                   << "Poor Metabolizer";
        QTest::newRow("testDpydDifferenceOnScore (low)")
            << QStringList{"rs67376798 T A 1|1"} << QStringList{"c.2846A>T", "c.2846A>T"} << "1.0"
            << "Intermediate Metabolizer";
        // Phased, two variants on each haplotype: the lowest of each counts.
        QTest::newRow("testDpydPhasedMultiTrans") << QStringList{"rs67376798 T A 1|0",
                                                                 "rs72547601 T C 1|0",
                                                                 "rs60139309 T C 0|1",
                                                                 "rs139834141 C T 0|1"}
                                                  << QStringList{"c.498G>A", "c.2933A>G"} << "1.0"
                                                  << "Intermediate Metabolizer";
        QTest::newRow("testDpydUnphasedMultiTrans")
            << QStringList{"rs67376798 T A 0/1",
                           "rs72547601 T C 0/1",
                           "rs60139309 T C 0/1",
                           "rs139834141 C T 0/1"}
            << QStringList{"c.2846A>T", "c.2933A>G"} << "0.5"
            << "Poor Metabolizer";
        QTest::newRow("testDpydUnphasedMultiTrans_infer_homo")
            << QStringList{"rs67376798 T A 0/1",
                           "rs72547601 T C 1/1",
                           "rs60139309 T C 0/1",
                           "rs139834141 C T 0/1"}
            << QStringList{"c.2933A>G", "c.2933A>G"} << "0.0"
            << "Poor Metabolizer";
        QTest::newRow("testDpydHomNoFunctionEffectivelyPhased")
            << QStringList{"rs72549310 G A 1/1", "rs150385342 C T 0/1"}
            << QStringList{"c.61C>T", "c.61C>T"} << "0.0"
            << "Poor Metabolizer";
        QTest::newRow("testDpydHomNoFunctionPhased")
            << QStringList{"rs72549310 G A 1|1", "rs150385342 C T 0|1"}
            << QStringList{"c.61C>T", "c.61C>T"} << "0.0"
            << "Poor Metabolizer";
        QTest::newRow("testDpydHomNoFunctionUnphased")
            << QStringList{"rs72547601 T C 1/1", "rs67376798 T A 0/1", "rs60139309 T C 0/1"}
            << QStringList{"c.2933A>G", "c.2933A>G"} << "0.0"
            << "Poor Metabolizer";
        QTest::newRow("issue155_strandMismatch") << QStringList{"rs1801158 C T 1|0",
                                                                "rs56038477 C T 0|1",
                                                                "rs75017182 G C 0|1",
                                                                "rs2297595 T C 1|0",
                                                                "rs1801265 A G 1|1"}
                                                 << QStringList{"c.85T>C (*9A)", hapB3} << "1.5"
                                                 << "Intermediate Metabolizer";
        QTest::newRow("issue209_strandMismatch") << QStringList{"rs1801159 T C 1|0:97513581",
                                                                "rs56038477 C T 0|1:97571276",
                                                                "rs75017182 G C 0|1:97571276",
                                                                "rs1801265 A G 1|0:97879893"}
                                                 << QStringList{"Reference", hapB3} << "1.5"
                                                 << "Intermediate Metabolizer";
        QTest::newRow("issue156") << QStringList{"rs1801160 C T 1|0",
                                                 "rs1801159 T C 1|0",
                                                 "rs56038477 C T 1|0",
                                                 "rs75017182 G C 1|0"}
                                  << QStringList{"Reference", hapB3} << "1.5"
                                  << "Intermediate Metabolizer";
        QTest::newRow("phaseSet_lowFunctionsOnSameStrand")
            << QStringList{"rs1801159 T C 1|0:97513581",
                           "rs56038477 C T 0|1:97571276",
                           "rs75017182 G C 0|1:97571276",
                           "rs72549310 G A 0|1:97571276"}
            << QStringList{"Reference", "c.61C>T"} << "1.0"
            << "Intermediate Metabolizer";
        QTest::newRow("hapB3AndIntronicC")
            << QStringList{"rs56038477 C T 0|1", "rs75017182 G C 1|1"}
            << QStringList{"c.1129-5923C>G", hapB3} << "1.0"
            << "Intermediate Metabolizer";
    }

    void dpydLowestFunction()
    {
        QFETCH(QStringList, records);
        QFETCH(QStringList, pair);
        QFETCH(QString, score);
        QFETCH(QString, phenotype);
        const GeneDefinition &def = m_defs[QStringLiteral("DPYD")];
        const QString path = m_dir.filePath(QStringLiteral("dpyd.vcf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(caseVcf(def, records, {}));
        }
        PgxOptions options;
        options.genes = {QStringLiteral("DPYD")};
        const auto result = callPharmacogenes(path, options);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message()));
        const GeneCall call = result->calls.value(0);
        QCOMPARE(call.untested, QStringList{});
        QCOMPARE(call.diplotypes.size(), 1);
        QStringList got = call.diplotypes.first().split(QLatin1Char('/'));
        got.sort();
        pair.sort();
        QCOMPARE(got, pair);
        QCOMPARE(call.activityScore, score);
        QCOMPARE(call.phenotype, phenotype);
    }
};

QTEST_GUILESS_MAIN(TestPharmcatCases)
#include "tst_pharmcatcases.moc"
