// SPDX-License-Identifier: GPL-3.0-or-later
// CYP2C9, VKORC1, CYP4F2, ABCG2, DPYD, TPMT, NUDT15 and UGT1A1 calls (issue #11) from VCFs
// written by the test, through the one-pass multi-gene caller. Every case names its source:
// PharmGKB/PharmCAT release v3.1.1 (commit cb04a41410d4cda83b9757b4503c92d424193387), the test
// class under src/test/java/org/pharmgkb/pharmcat/ or the VCF under
// src/test/resources/org/pharmgkb/pharmcat/haplotype/<GENE>/ (the genotypes are re-typed here,
// no file is copied; the expected diplotype is the one the PharmCAT test asserts or, where it
// asserts none, the file's name). Expected phenotypes and activity scores: the CPIC tables as
// tabulated in PharmCAT v3.1.1 src/main/resources/org/pharmgkb/pharmcat/phenotype/<GENE>.json
// (CYP2C9: Theken KN et al., Clin Pharmacol Ther 2020;108:191; DPYD: Amstutz U et al., Clin
// Pharmacol Ther 2018;103:210; TPMT/NUDT15: Relling MV et al., Clin Pharmacol Ther
// 2019;105:1095; UGT1A1: Gammal RS et al., Clin Pharmacol Ther 2016;99:363; ABCG2:
// Cooper-DeHoff RM et al., Clin Pharmacol Ther 2022;111:1007; VKORC1: Johnson JA et al., Clin
// Pharmacol Ther 2017;102:397).
#include "core/genomics/PgxCaller.h"
#include "core/genomics/PgxPipeline.h"
#include "core/genomics/StarAlleleCaller.h"
#include "core/genomics/VcfReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <htslib/bgzf.h>
#include <htslib/kstring.h>
#include <htslib/tbx.h>
#include <htslib/vcf.h>

using namespace precis;
using namespace precis::genomics;

namespace {

// GRCh38 lengths of the definitions' chromosomes (NCBI Assembly GCF_000001405.26).
const QByteArray kContigs = "##contig=<ID=chr1,length=248956422>\n"
                            "##contig=<ID=chr2,length=242193529>\n"
                            "##contig=<ID=chr4,length=190214555>\n"
                            "##contig=<ID=chr6,length=170805979>\n"
                            "##contig=<ID=chr10,length=133797422>\n"
                            "##contig=<ID=chr12,length=133275309>\n"
                            "##contig=<ID=chr13,length=114364328>\n"
                            "##contig=<ID=chr16,length=90338345>\n"
                            "##contig=<ID=chr19,length=58617616>\n";

QByteArray header()
{
    return "##fileformat=VCFv4.2\n" + kContigs
           + "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End\">\n"
             "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
             "##FORMAT=<ID=PS,Number=1,Type=Integer,Description=\"Phase set\">\n"
             "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n";
}

/// Records at every position of `def`: reference unless `genotypes` gives the rsID a genotype
/// as two VCF alleles ("C/T", "CAT|CATAT"; "R" is the reference allele); rsIDs in `omit` get
/// no record (untested).
QByteArray records(const GeneDefinition &def,
                   const QHash<QString, QString> &genotypes,
                   const QStringList &omit = {})
{
    QByteArray text;
    for (const DefinitionPosition &p : def.positions) {
        if (omit.contains(p.rsid))
            continue;
        const QString gt = genotypes.value(p.rsid, QStringLiteral("R/R"));
        const QChar sep = gt.contains(QLatin1Char('|')) ? QLatin1Char('|') : QLatin1Char('/');
        QStringList alleles = gt.split(sep);
        QStringList alts;
        for (QString &a : alleles) {
            if (a == QLatin1String("R"))
                a = p.reference;
            else if (!alts.contains(a) && a != p.reference)
                alts << a;
        }
        if (alts.isEmpty())
            alts << (p.reference.startsWith(QLatin1Char('T')) ? QStringLiteral("C")
                                                              : QStringLiteral("T"));
        const auto index = [&](const QString &a) {
            return a == p.reference ? QByteArray("0") : QByteArray::number(alts.indexOf(a) + 1);
        };
        text += "chr" + def.chromosome.toLatin1() + '\t' + QByteArray::number(p.position) + '\t'
                + (p.rsid.startsWith(QLatin1String("rs")) ? p.rsid.toLatin1() : QByteArray("."))
                + '\t' + p.reference.toLatin1() + '\t' + alts.join(QLatin1Char(',')).toLatin1()
                + "\t.\tPASS\t.\tGT\t" + index(alleles.value(0)) + sep.toLatin1()
                + index(alleles.value(1)) + '\n';
    }
    return text;
}

QHash<QString, QString> pairs(const QStringList &list)
{
    QHash<QString, QString> out;
    for (const QString &p : list)
        out.insert(p.section(QLatin1Char('='), 0, 0), p.section(QLatin1Char('='), 1));
    return out;
}

} // namespace

class TestPgxGenes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, GeneDefinition> m_defs;

    QString write(const QByteArray &text, const QString &name = QStringLiteral("t.vcf"))
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text);
        return path;
    }

    GeneCall run(const QString &gene,
                 const QStringList &genotypes,
                 const QStringList &omit = {},
                 const QList<BedRegion> &assumeRef = {})
    {
        const QString path = write(header() + records(m_defs[gene], pairs(genotypes), omit));
        PgxOptions options;
        options.genes = {gene};
        options.assumeRef = assumeRef;
        const auto result = callPharmacogenes(path, options);
        if (!result) {
            qWarning("%s", qPrintable(result.error().message()));
            return {};
        }
        return result->calls.value(0);
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
        // Position and allele counts of PharmCAT v3.1.1 definition/alleles/<GENE>_translation.json.
        QCOMPARE(m_defs["CYP2C9"].positions.size(), 83);
        QCOMPARE(m_defs["CYP2C9"].alleles.size(), 88);
        QCOMPARE(m_defs["DPYD"].positions.size(), 83);
        QCOMPARE(m_defs["DPYD"].alleles.size(), 84);
        QCOMPARE(m_defs["TPMT"].positions.size(), 43);
        QCOMPARE(m_defs["NUDT15"].positions.size(), 18);
        QCOMPARE(m_defs["UGT1A1"].positions.size(), 4);
        QCOMPARE(m_defs["CYP4F2"].positions.size(), 20);
        QCOMPARE(m_defs["VKORC1"].positions.size(), 1);
        QCOMPARE(m_defs["ABCG2"].positions.size(), 1);
    }

    void calls_data()
    {
        QTest::addColumn<QString>("gene");
        QTest::addColumn<QStringList>("genotypes");
        QTest::addColumn<QStringList>("diplotypes");
        QTest::addColumn<QString>("phenotype");
        QTest::addColumn<QString>("score");

        // NamedAlleleMatcherCyp2c9Test: s1_s1, s2_s3, s2_s24, s24_s24, s2_s25 (all positions).
        QTest::newRow("CYP2C9 s1_s1")
            << "CYP2C9" << QStringList{} << QStringList{"*1/*1"} << "Normal Metabolizer"
            << "2.0";
        QTest::newRow("CYP2C9 s2_s3") << "CYP2C9" << QStringList{"rs1799853=C/T", "rs1057910=A/C"}
                                      << QStringList{"*2/*3"} << "Poor Metabolizer"
                                      << "0.5";
        QTest::newRow("CYP2C9 s2_s24")
            << "CYP2C9" << QStringList{"rs1799853=C/T", "rs749060448=G/A"} << QStringList{"*2/*24"}
            << "Poor Metabolizer"
            << "0.5";
        QTest::newRow("CYP2C9 s24_s24") << "CYP2C9" << QStringList{"rs749060448=A/A"}
                                        << QStringList{"*24/*24"} << "Poor Metabolizer"
                                        << "0.0";
        QTest::newRow("CYP2C9 s2_s25 (deletion)")
            << "CYP2C9" << QStringList{"rs1799853=C/T", "rs1304490498=CAATGGAAAGA/C"}
            << QStringList{"*2/*25"} << "Poor Metabolizer"
            << "0.5";
        // *1/*2: CPIC activity 1.0 + 0.5 = 1.5, Intermediate Metabolizer.
        QTest::newRow("CYP2C9 s1_s2") << "CYP2C9" << QStringList{"rs1799853=C/T"}
                                      << QStringList{"*1/*2"} << "Intermediate Metabolizer"
                                      << "1.5";
        // NamedAlleleMatcherCyp2c9Test.s2_s24Only: PharmCAT makes no call; nor does Precis.
        QTest::newRow("CYP2C9 s2_s24Only")
            << "CYP2C9" << QStringList{"rs1799853=C/T", "rs749060448=A/A"} << QStringList{}
            << "Indeterminate"
            << "";

        // NamedAlleleMatcherVkorc1Test (VKORC1/-1639G-1639G.vcf etc.): C = G on the gene strand;
        // the phenotype column carries PharmCAT's gene result ("-1639 AG" for the heterozygote).
        QTest::newRow("VKORC1 GG") << "VKORC1" << QStringList{} << QStringList{"GG"} << "-1639 GG"
                                   << "";
        QTest::newRow("VKORC1 GA")
            << "VKORC1" << QStringList{"rs9923231=C/T"} << QStringList{"GA"} << "-1639 AG"
            << "";
        QTest::newRow("VKORC1 AA")
            << "VKORC1" << QStringList{"rs9923231=T/T"} << QStringList{"AA"} << "-1639 AA"
            << "";

        // NamedAlleleMatcherCyp4f2Test: cyp4f2/s1s1.vcf and s2_s4; CPIC gives no phenotype.
        QTest::newRow("CYP4F2 s1s1") << "CYP4F2" << QStringList{} << QStringList{"*1/*1"} << "n/a"
                                     << "";
        QTest::newRow("CYP4F2 s2_s4") << "CYP4F2" << QStringList{"rs3093105=C/C", "rs2108622=C/T"}
                                      << QStringList{"*2/*4"} << "n/a"
                                      << "";

        // NamedAlleleMatcherCyp4f2Test.s1_s4 (PharmCAT's top candidate *1/*4): unphased, *2 and
        // *3 in trans fit as well; Precis lists both.
        QTest::newRow("CYP4F2 s1_s4") << "CYP4F2" << QStringList{"rs3093105=A/C", "rs2108622=C/T"}
                                      << QStringList{"*1/*4", "*2/*3"} << "n/a"
                                      << "";

        // ABCG2 rs2231142 (PharmCAT phenotype/ABCG2.json): G/G Normal, G/T Decreased, T/T Poor.
        QTest::newRow("ABCG2 GG") << "ABCG2" << QStringList{}
                                  << QStringList{"rs2231142 G/rs2231142 G"} << "Normal Function"
                                  << "";
        QTest::newRow("ABCG2 GT") << "ABCG2" << QStringList{"rs2231142=G/T"}
                                  << QStringList{"rs2231142 G/rs2231142 T"} << "Decreased Function"
                                  << "";
        QTest::newRow("ABCG2 TT") << "ABCG2" << QStringList{"rs2231142=T/T"}
                                  << QStringList{"rs2231142 T/rs2231142 T"} << "Poor Function"
                                  << "";

        // DPYD: haplotype/DPYD/novariant.vcf, s1s2b.vcf (DpydTest.testDpydUnphased and
        // testDpydPhased: *5 and *2A), c2846het.vcf, c1129-5923c2846.vcf, c1679c1156.vcf.
        QTest::newRow("DPYD novariant")
            << "DPYD" << QStringList{} << QStringList{"Reference/Reference"} << "Normal Metabolizer"
            << "2.0";
        QTest::newRow("DPYD s1s2b unphased")
            << "DPYD" << QStringList{"rs3918290=C/T", "rs1801159=T/C"}
            << QStringList{"c.1627A>G (*5)/c.1905+1G>A (*2A)"} << "Intermediate Metabolizer"
            << "1.0";
        QTest::newRow("DPYD s1s2b phased")
            << "DPYD" << QStringList{"rs3918290=C|T", "rs1801159=C|T"}
            << QStringList{"c.1627A>G (*5)/c.1905+1G>A (*2A)"} << "Intermediate Metabolizer"
            << "1.0";
        QTest::newRow("DPYD c2846het")
            << "DPYD" << QStringList{"rs67376798=T/A"} << QStringList{"Reference/c.2846A>T"}
            << "Intermediate Metabolizer"
            << "1.5";
        QTest::newRow("DPYD c1129-5923c2846")
            << "DPYD" << QStringList{"rs67376798=T/A", "rs75017182=G/C"}
            << QStringList{"c.1129-5923C>G/c.2846A>T"} << "Intermediate Metabolizer"
            << "1.0";
        QTest::newRow("DPYD c1679c1156")
            << "DPYD" << QStringList{"rs55886062=A/C", "rs78060119=C/A"}
            << QStringList{"c.1156G>T (*12)/c.1679T>G (*13)"} << "Poor Metabolizer"
            << "0.0";
        // haplotype/DPYD/c1156het.vcf and c557c703.vcf.
        QTest::newRow("DPYD c1156het")
            << "DPYD" << QStringList{"rs78060119=C/A"} << QStringList{"Reference/c.1156G>T (*12)"}
            << "Intermediate Metabolizer"
            << "1.0";
        QTest::newRow("DPYD c557c703")
            << "DPYD" << QStringList{"rs1801266=G/A", "rs115232898=T/C"}
            << QStringList{"c.557A>G/c.703C>T (*8)"} << "Poor Metabolizer"
            << "0.5";
        // HapB3 complete (both positions) with c.2846A>T: a pair.
        QTest::newRow("DPYD HapB3 c2846")
            << "DPYD" << QStringList{"rs56038477=C/T", "rs75017182=G/C", "rs67376798=T/A"}
            << QStringList{"c.1129-5923C>G, c.1236G>A (HapB3)/c.2846A>T"}
            << "Intermediate Metabolizer"
            << "1.0";
        // Three variant alleles: CPIC (Amstutz 2018, activity score) counts the two of lowest
        // activity: *2A (0) and c.2846A>T (0.5) -> 0.5, Poor Metabolizer.
        QTest::newRow("DPYD three variants lowest pair")
            << "DPYD"
            << QStringList{"rs3918290=C/T", "rs67376798=T/A", "rs56038477=C/T", "rs75017182=G/C"}
            << QStringList{"c.1129-5923C>G, c.1236G>A (HapB3)/c.1905+1G>A (*2A)"}
            << "Poor Metabolizer"
            << "0.5";

        // NamedAlleleMatcherTpmtTest: tpmts1s1, tpmts3as3b, tpmts16s22, tpmts3bs3c (PharmCAT
        // lists both *1/*3A and *3B/*3C; their phenotypes differ).
        QTest::newRow("TPMT s1s1")
            << "TPMT" << QStringList{} << QStringList{"*1/*1"} << "Normal Metabolizer"
            << "";
        QTest::newRow("TPMT s3as3b") << "TPMT" << QStringList{"rs1800460=T/T", "rs1142345=T/C"}
                                     << QStringList{"*3A/*3B"} << "Poor Metabolizer"
                                     << "";
        QTest::newRow("TPMT s16s22")
            << "TPMT" << QStringList{"rs144041067=T/G"} << QStringList{"*16/*22"} << "Indeterminate"
            << "";
        QTest::newRow("TPMT s3bs3c") << "TPMT" << QStringList{"rs1800460=C/T", "rs1142345=T/C"}
                                     << QStringList{"*1/*3A", "*3B/*3C"} << "Indeterminate"
                                     << "";

        // NUDT15: haplotype/NUDT15/refref.vcf and s3ref.vcf.
        QTest::newRow("NUDT15 refref")
            << "NUDT15" << QStringList{} << QStringList{"*1/*1"} << "Normal Metabolizer"
            << "";
        QTest::newRow("NUDT15 s3ref") << "NUDT15" << QStringList{"rs116855232=C/T"}
                                      << QStringList{"*1/*3"} << "Intermediate Metabolizer"
                                      << "";
        // NUDT15/s2ref.vcf unphased: *2 (the 6-bp insertion with rs116855232) on one
        // chromosome, or *3 and *6 on different ones; Precis lists both (phenotypes differ).
        QTest::newRow("NUDT15 s2ref")
            << "NUDT15" << QStringList{"rs746071566=AGGAGTC/AGGAGTCGGAGTC", "rs116855232=C/T"}
            << QStringList{"*1/*2", "*3/*6"} << "Indeterminate"
            << "";
        QTest::newRow("NUDT15 s2ref phased")
            << "NUDT15" << QStringList{"rs746071566=AGGAGTC|AGGAGTCGGAGTC", "rs116855232=C|T"}
            << QStringList{"*1/*2"} << "Intermediate Metabolizer"
            << "";

        // NamedAlleleMatcherUgt1a1Test (haplotype/UGT1A1/*.vcf). The TA repeat rs3064744 is
        // written as in PharmCAT: REF CAT (TA)6 = *1, CATAT *28, C *36, CATATAT *37.
        QTest::newRow("UGT1A1 s1s1")
            << "UGT1A1" << QStringList{} << QStringList{"*1/*1"} << "Normal Metabolizer"
            << "";
        QTest::newRow("UGT1A1 s28s37") << "UGT1A1" << QStringList{"rs3064744=CATAT/CATATAT"}
                                       << QStringList{"*28/*37"} << "Poor Metabolizer"
                                       << "";
        QTest::newRow("UGT1A1 s6s6") << "UGT1A1" << QStringList{"rs4148323=A/A"}
                                     << QStringList{"*6/*6"} << "Poor Metabolizer"
                                     << "";
        QTest::newRow("UGT1A1 s1s60s80unphased")
            << "UGT1A1" << QStringList{"rs887829=C/T"} << QStringList{"*1/*80"} << "Indeterminate"
            << "";
        QTest::newRow("UGT1A1 s28s80s6s60unphased")
            << "UGT1A1" << QStringList{"rs887829=T/C", "rs3064744=CATAT/CAT", "rs4148323=G/A"}
            << QStringList{"*6/*80+*28"} << "Poor Metabolizer"
            << "";
        QTest::newRow("UGT1A1 s28s80s6s60phased")
            << "UGT1A1" << QStringList{"rs887829=T|C", "rs3064744=CATAT|CAT", "rs4148323=G|A"}
            << QStringList{"*6/*80+*28"} << "Poor Metabolizer"
            << "";
        QTest::newRow("UGT1A1 s28s80phased")
            << "UGT1A1" << QStringList{"rs887829=C|T", "rs3064744=CAT|CATAT"}
            << QStringList{"*1/*80+*28"} << "Intermediate Metabolizer"
            << "";
        QTest::newRow("UGT1A1 s1s37s80s60phased")
            << "UGT1A1" << QStringList{"rs887829=T|C", "rs3064744=CATATAT|CAT"}
            << QStringList{"*1/*80+*37"} << "Intermediate Metabolizer"
            << "";
        // ugt1a1s28s80unphased: PharmCAT lists *1/*80+*28 and *28/*80, as Precis does; *28/*80
        // has no CPIC phenotype, so Precis says Indeterminate (PharmCAT's phenotyper takes the
        // top candidate, *1/*80+*28, Intermediate).
        QTest::newRow("UGT1A1 s28s80unphased")
            << "UGT1A1" << QStringList{"rs887829=C/T", "rs3064744=CAT/CATAT"}
            << QStringList{"*1/*80+*28", "*28/*80"} << "Indeterminate"
            << "";
    }

    void calls()
    {
        QFETCH(QString, gene);
        QFETCH(QStringList, genotypes);
        QFETCH(QStringList, diplotypes);
        QFETCH(QString, phenotype);
        QFETCH(QString, score);
        const GeneCall c = run(gene, genotypes);
        QCOMPARE(c.gene, gene);
        QCOMPARE(c.untested, QStringList{});
        QVERIFY2(c.diplotypes == diplotypes,
                 qPrintable(c.diplotypes.join(" | ") + " -- " + c.notes.join("; ")));
        QCOMPARE(c.phenotype, phenotype);
        QCOMPARE(c.activityScore, score);
        QVERIFY(!c.inferred);
    }

    void missingKeyPositions_data()
    {
        QTest::addColumn<QString>("gene");
        QTest::addColumn<QString>("omit");
        // One position of a frequent allele each (the files' keyAlleles): untested, never normal.
        QTest::newRow("CYP2C9 *3") << "CYP2C9"
                                   << "rs1057910";
        QTest::newRow("CYP2C9 *8") << "CYP2C9"
                                   << "rs7900194";
        QTest::newRow("VKORC1") << "VKORC1"
                                << "rs9923231";
        QTest::newRow("CYP4F2 *3") << "CYP4F2"
                                   << "rs2108622";
        QTest::newRow("ABCG2") << "ABCG2"
                               << "rs2231142";
        QTest::newRow("DPYD *2A") << "DPYD"
                                  << "rs3918290";
        QTest::newRow("DPYD c.2846A>T") << "DPYD"
                                        << "rs67376798";
        QTest::newRow("TPMT *3C") << "TPMT"
                                  << "rs1142345";
        QTest::newRow("NUDT15 *3") << "NUDT15"
                                   << "rs116855232";
        QTest::newRow("UGT1A1 *28") << "UGT1A1"
                                    << "rs3064744";
        QTest::newRow("UGT1A1 *80") << "UGT1A1"
                                    << "rs887829";
    }

    void missingKeyPositions()
    {
        QFETCH(QString, gene);
        QFETCH(QString, omit);
        const GeneCall c = run(gene, {}, {omit});
        QCOMPARE(c.untested, QStringList{omit});
        QCOMPARE(c.phenotype, QStringLiteral("Indeterminate"));
        QVERIFY(c.activityScore.isEmpty());
        // The templates say what the English says (the vault refuses them otherwise).
        QCOMPARE(englishNotes(c.noteSources), c.notes);
        QVERIFY2(c.notes.join(' ').contains(omit + QLatin1String(" would settle it"))
                     || c.notes.join(' ').contains(omit + QLatin1String(",")),
                 qPrintable(c.notes.join("; ")));
    }

    void cpicFrequentAllelesAreKey_data()
    {
        QTest::addColumn<QString>("gene");
        QTest::addColumn<QString>("omit");
        QTest::addColumn<QString>("allele");
        // Alleles of non-normal function at >= 1 % in a CPIC biogeographic group, added to the
        // key lists after checking them against CPIC's allele frequencies (the allele.frequency
        // field of the CPIC database, api.cpicpgx.org/v1, retrieved 2026-08-19, transcribed in
        // GitHub drhudsonandrade/Codework config/pgx_allele_definitions.json, commit
        // 6a98f28cb9a91a36ab8152a57f491d3afb5e48c0; each file's keyAllelesSource has the figures).
        QTest::newRow("CYP2C19 *9 (Sub-Saharan African 2.7 %)") << "CYP2C19"
                                                                << "rs17884712"
                                                                << "*9";
        QTest::newRow("CYP2C19 *35 (Sub-Saharan African 3.2 %)") << "CYP2C19"
                                                                 << "rs12769205"
                                                                 << "*35";
        QTest::newRow("CYP2C9 *42 (East Asian 1.0 %)") << "CYP2C9"
                                                       << "rs12414460"
                                                       << "*42";
        QTest::newRow("CYP2C9 *55 (East Asian 1.04 %)") << "CYP2C9"
                                                        << "rs1250577724"
                                                        << "*55";
        QTest::newRow("TPMT *8 (Sub-Saharan African 2.4 %)") << "TPMT"
                                                             << "rs56161402"
                                                             << "*8";
        QTest::newRow("TPMT *24 (African American/Afro-Caribbean 3.3 %)") << "TPMT"
                                                                          << "rs6921269"
                                                                          << "*24";
    }

    void cpicFrequentAllelesAreKey()
    {
        QFETCH(QString, gene);
        QFETCH(QString, omit);
        QFETCH(QString, allele);
        // Tested (every position reference): a determined, normal call.
        const GeneCall tested = run(gene, {});
        QVERIFY(tested.untested.isEmpty());
        QVERIFY2(tested.phenotype == QLatin1String("Normal Metabolizer"),
                 qPrintable(tested.phenotype + " -- " + tested.notes.join("; ")));
        // The allele's position untested: never normal; the allele is named as undetectable and
        // its position as the one that would settle it.
        const GeneCall c = run(gene, {}, {omit});
        QCOMPARE(c.untested, QStringList{omit});
        QCOMPARE(c.phenotype, QStringLiteral("Indeterminate"));
        QVERIFY(c.activityScore.isEmpty());
        // The templates say what the English says (the vault refuses them otherwise).
        QCOMPARE(englishNotes(c.noteSources), c.notes);
        QString note;
        for (const QString &n : c.notes)
            if (n.contains(QLatin1String(" undetectable: testing ")))
                note = n;
        QVERIFY2(!note.isEmpty(), qPrintable(c.notes.join("; ")));
        const QStringList hidden = note.section(QLatin1String(" undetectable: testing "), 0, 0)
                                       .split(QStringLiteral(", "));
        QVERIFY2(hidden.contains(allele), qPrintable(note));
        QVERIFY2(note.section(QLatin1String(" undetectable: testing "), 1).contains(omit),
                 qPrintable(note));
    }

    void hapB3FromTagIsInferred()
    {
        // CPIC DPYD: HapB3 may be typed by its tag c.1236G>A (rs56038477). With c.1129-5923C>G
        // (rs75017182) untested the call rests on the tag and says so.
        const GeneCall c = run("DPYD", {"rs56038477=C/T"}, {"rs75017182"});
        QCOMPARE(c.untested, QStringList{"rs75017182"});
        QCOMPARE(c.diplotypes, QStringList{"Reference/c.1129-5923C>G, c.1236G>A (HapB3)"});
        QCOMPARE(c.activityScore, QStringLiteral("1.5"));
        QCOMPARE(c.phenotype, QStringLiteral("Intermediate Metabolizer"));
        QVERIFY(c.inferred);
        QVERIFY(c.notes.join(' ').contains("inferred"));
        // Without the tag either, HapB3 is undetectable: Indeterminate.
        const GeneCall none = run("DPYD", {}, {"rs75017182", "rs56038477"});
        QCOMPARE(none.phenotype, QStringLiteral("Indeterminate"));
        // Either position would show HapB3: the note says "one of", and its template keeps the
        // alternatives as one argument for the reader's language (CallNote.h).
        QVERIFY2(none.notes.join("; ").contains(
                     "testing one of rs56038477 or rs75017182 would settle it"),
                 qPrintable(none.notes.join("; ")));
        QCOMPARE(englishNotes(none.noteSources), none.notes);
        QCOMPARE(englishNotes(c.noteSources), c.notes);
    }

    void undocumentedVariantIsNotReference()
    {
        // DpydTest.testDpydUndocumentedVariation: rs3918290 C>G, which no allele defines.
        // PharmCAT calls Reference/Reference; Precis refuses to call it normal.
        const GeneCall c = run("DPYD", {"rs3918290=C/G"});
        QCOMPARE(c.phenotype, QStringLiteral("Indeterminate"));
        QVERIFY(c.activityScore.isEmpty());
        // The templates say what the English says (the vault refuses them otherwise).
        QCOMPARE(englishNotes(c.noteSources), c.notes);
    }

    void phaseSets()
    {
        // rs887829 (*80) T on haplotype 2 and the *28 insertion on haplotype 1, phased: *28/*80
        // in one phase set (PharmCAT's s28s80phased has them in cis: *1/*80+*28). In two phase
        // sets (FORMAT/PS, VCF 4.2) their relative phase is unknown: both diplotypes remain.
        const GeneDefinition &def = m_defs["UGT1A1"];
        const QByteArray base = records(def, pairs({"rs887829=C|T", "rs3064744=CATAT|CAT"}));
        PgxOptions options;
        options.genes = {"UGT1A1"};
        auto r = callPharmacogenes(write(header() + base), options);
        QVERIFY(r.has_value());
        QCOMPARE(r->calls[0].diplotypes, QStringList{"*28/*80"});
        QByteArray twoSets = base;
        twoSets.replace("\tGT\t0|1\n", "\tGT:PS\t0|1:100\n");
        twoSets.replace("\tGT\t1|0\n", "\tGT:PS\t1|0:200\n");
        QCOMPARE(twoSets.count("GT:PS"), 2);
        r = callPharmacogenes(write(header() + twoSets), options);
        QVERIFY(r.has_value());
        QCOMPARE(r->calls[0].diplotypes, (QStringList{"*1/*80+*28", "*28/*80"}));
        QCOMPARE(r->calls[0].phenotype, QStringLiteral("Indeterminate"));
        // The same phase set again: one diplotype.
        QByteArray oneSet = twoSets;
        oneSet.replace(":200\n", ":100\n");
        r = callPharmacogenes(write(header() + oneSet), options);
        QVERIFY(r.has_value());
        QCOMPARE(r->calls[0].diplotypes, QStringList{"*28/*80"});
    }

    void trimmedIndelMatches()
    {
        // The same *28 insertion written minimally (REF C, ALT CAT at 233760233) rather than as
        // PharmCAT's CAT/CATAT is still *28 (compared over the longer reference).
        const GeneDefinition &def = m_defs["UGT1A1"];
        QByteArray text = records(def, {});
        text.replace("233760233\trs3064744\tCAT\tT\t.\tPASS\t.\tGT\t0/0",
                     "233760233\trs3064744\tC\tCAT\t.\tPASS\t.\tGT\t0/1");
        QVERIFY(text.contains("C\tCAT\t"));
        const QString path = write(header() + text);
        PgxOptions options;
        options.genes = {"UGT1A1"};
        const auto r = callPharmacogenes(path, options);
        QVERIFY(r.has_value());
        QCOMPARE(r->calls[0].diplotypes, QStringList{"*1/*28"});
        QCOMPARE(r->calls[0].phenotype, QStringLiteral("Intermediate Metabolizer"));
    }

    void assumeRef()
    {
        // --assume-ref: rs1057910 (CYP2C9 *3, chr10:94981296) absent from a panel file but in a
        // declared region is reference; the call says so and lists it.
        const GeneCall without = run("CYP2C9", {}, {"rs1057910"});
        QCOMPARE(without.phenotype, QStringLiteral("Indeterminate"));
        const GeneCall c = run("CYP2C9", {}, {"rs1057910"}, {BedRegion{"10", 94981295, 94981296}});
        QCOMPARE(c.untested, QStringList{});
        QCOMPARE(c.assumedReference, QStringList{"rs1057910"});
        QCOMPARE(c.diplotypes, QStringList{"*1/*1"});
        QCOMPARE(c.phenotype, QStringLiteral("Normal Metabolizer"));
        QVERIFY(c.notes.join(' ').contains("--assume-ref"));
        // A region on another chromosome changes nothing.
        const GeneCall other
            = run("CYP2C9", {}, {"rs1057910"}, {BedRegion{"12", 94981295, 94981296}});
        QCOMPARE(other.untested, QStringList{"rs1057910"});
    }

    void filteredRecordsAreUntested()
    {
        // A record whose FILTER is not PASS or "." failed the caller's own quality filters:
        // Precis counts its position as untested and names the filter, never as reference and
        // never as a call. rs1057910 is CYP2C9 *3 (chr10:94981296), a frequent allele.
        const GeneDefinition &def = m_defs["CYP2C9"];
        const QByteArray filterHeader = "##FILTER=<ID=LowQual,Description=\"Low quality\">\n";
        const auto withFilter = [&](QByteArray text, const QByteArray &rsid) {
            QByteArray out;
            for (const QByteArray &line : text.split('\n')) {
                QByteArray l = line;
                if (l.contains('\t' + rsid + '\t'))
                    l.replace("\tPASS\t", "\tLowQual\t");
                if (!l.isEmpty())
                    out += l + '\n';
            }
            return header().replace("##fileformat=VCFv4.2\n",
                                    "##fileformat=VCFv4.2\n" + filterHeader)
                   + out;
        };
        PgxOptions options;
        options.genes = {"CYP2C9"};
        // Passing, the heterozygous call is *1/*3 (the test's own control).
        auto r
            = callPharmacogenes(write(header() + records(def, pairs({"rs1057910=A/C"}))), options);
        QVERIFY(r.has_value());
        QCOMPARE(r->calls[0].diplotypes, QStringList{"*1/*3"});
        // Filtered: untested, so *3 is undetectable and the phenotype Indeterminate.
        r = callPharmacogenes(
            write(withFilter(records(def, pairs({"rs1057910=A/C"})), "rs1057910")), options);
        QVERIFY(r.has_value());
        GeneCall c = r->calls[0];
        QCOMPARE(c.untested, QStringList{"rs1057910"});
        QCOMPARE(c.filtered, QStringList{"rs1057910 (LowQual)"});
        QCOMPARE(c.phenotype, QStringLiteral("Indeterminate"));
        QVERIFY(c.notes.join(' ').contains("LowQual"));
        // A filtered reference call is not reference either.
        r = callPharmacogenes(write(withFilter(records(def, {}), "rs1057910")), options);
        QVERIFY(r.has_value());
        QCOMPARE(r->calls[0].untested, QStringList{"rs1057910"});
        QCOMPARE(r->calls[0].phenotype, QStringLiteral("Indeterminate"));
        // --assume-ref does not turn a filtered position into reference.
        options.assumeRef = {BedRegion{"10", 94981295, 94981296}};
        r = callPharmacogenes(write(withFilter(records(def, {}), "rs1057910")), options);
        QVERIFY(r.has_value());
        QCOMPARE(r->calls[0].untested, QStringList{"rs1057910"});
        QCOMPARE(r->calls[0].assumedReference, QStringList{});
        QCOMPARE(r->calls[0].phenotype, QStringLiteral("Indeterminate"));
        options.assumeRef.clear();
        // A filtered gVCF reference block leaves the positions it spans untested.
        QByteArray blockText = records(def, {}, {"rs1057910"});
        blockText += "chr10\t94981290\t.\tA\t<NON_REF>\t.\tLowQual\tEND=94981300\tGT\t0/0\n";
        QByteArray blockVcf = withFilter(blockText, "none");
        r = callPharmacogenes(write(blockVcf), options);
        QVERIFY(r.has_value());
        QCOMPARE(r->calls[0].untested, QStringList{"rs1057910"});
        QCOMPARE(r->calls[0].filtered, QStringList{"rs1057910 (LowQual)"});
        // The same block passing covers it.
        blockVcf.replace("\tLowQual\tEND=", "\tPASS\tEND=");
        r = callPharmacogenes(write(blockVcf), options);
        QVERIFY(r.has_value());
        QCOMPARE(r->calls[0].untested, QStringList{});
        QCOMPARE(r->calls[0].diplotypes, QStringList{"*1/*1"});
        // A filtered record at a rare position: untested like a missing one (taken as reference
        // with the filter named), as docs/GENOMICS.md says.
        r = callPharmacogenes(
            write(withFilter(records(def, pairs({"rs72558187=T/C"})), "rs72558187")), options);
        QVERIFY(r.has_value());
        QCOMPARE(r->calls[0].untested, QStringList{"rs72558187"});
        QCOMPARE(r->calls[0].filtered, QStringList{"rs72558187 (LowQual)"});
        QCOMPARE(r->calls[0].diplotypes, QStringList{"*1/*1"});
    }

    void keyAllelesAreDefined()
    {
        // Each frequent (key) allele is a defined allele of its gene, and each position it
        // lists is one where that allele (or a sub-allele reported as it) carries a variant:
        // a list that drifted from the definitions would silently stop guarding the allele.
        for (const QString &gene : shippedGenes()) {
            const GeneDefinition &def = m_defs[gene];
            QVERIFY2(!def.keyAlleles.isEmpty(), qPrintable(gene));
            for (const KeyAllele &k : def.keyAlleles) {
                QSet<QString> variantPositions;
                bool found = false;
                for (const NamedAllele &a : def.alleles) {
                    if (a.name != k.allele && a.reportAs != k.allele)
                        continue;
                    found = true;
                    for (auto it = a.variants.cbegin(); it != a.variants.cend(); ++it)
                        variantPositions.insert(it.key());
                }
                QVERIFY2(found, qPrintable(gene + ' ' + k.allele));
                for (const QString &r : k.rsids)
                    QVERIFY2(variantPositions.contains(r),
                             qPrintable(gene + ' ' + k.allele + ' ' + r));
            }
        }
    }

    void diplotypeCandidatesStayAList()
    {
        // An ambiguous call keeps its candidates as a list for the GUI to join in the reader's
        // language; the English " or " form is only the stored/CLI text, and splits back.
        PgxGeneResult g;
        g.definition = m_defs["TPMT"];
        g.call = run("TPMT", {"rs1800460=C/T", "rs1142345=T/C"});
        QCOMPARE(g.diplotypeCandidates(), (QStringList{"*1/*3A", "*3B/*3C"}));
        QCOMPARE(g.diplotypeText(), QStringLiteral("*1/*3A or *3B/*3C"));
        QCOMPARE(splitDiplotypeCandidates(g.diplotypeText()), g.diplotypeCandidates());
        QCOMPARE(joinDiplotypeCandidates({}), QStringLiteral("unresolved"));
        QCOMPARE(splitDiplotypeCandidates(QStringLiteral("unresolved")), QStringList{});
        QCOMPARE(splitDiplotypeCandidates(QString()), QStringList{});
        QCOMPARE(splitDiplotypeCandidates(QStringLiteral("c.1627A>G (*5)/c.1905+1G>A (*2A)")),
                 QStringList{"c.1627A>G (*5)/c.1905+1G>A (*2A)"});
        QCOMPARE(splitDiplotypeCandidates(QStringLiteral("*57:01")), QStringList{"*57:01"});
    }

    void parseBedErrors()
    {
        const auto ok = parseBed("track name=x\n# c\nchr10\t100\t200\n10 5 6\n");
        QVERIFY(ok.has_value());
        QCOMPARE(ok->size(), 2);
        QCOMPARE(ok->at(0).chromosome, QStringLiteral("10"));
        const auto bad = parseBed("chr10\t100\t50\n");
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().field, QStringLiteral("line 1, end"));
        QVERIFY(!parseBed("chr10\tx\t50\n").has_value());
        QVERIFY(!parseBed("chr10\t1\n").has_value());
    }

    void onePassAllGenesAndIndex()
    {
        // One file with every gene's positions (TPMT *3A/*3B, CYP2C9 *1/*2, the rest
        // reference): one pass gives every call; a bgzipped copy with a tabix index, and a BCF
        // with a CSI index, give the same calls reading only the gene regions.
        QByteArray text = header();
        int lines = 0;
        const QStringList order{"DPYD",
                                "UGT1A1",
                                "ABCG2",
                                "TPMT",
                                "CYP2C9",
                                "CYP2C19",
                                "SLCO1B1",
                                "NUDT15",
                                "VKORC1",
                                "CYP4F2"};
        for (const QString &gene : order) {
            QHash<QString, QString> g;
            if (gene == "TPMT")
                g = pairs({"rs1800460=T/T", "rs1142345=T/C"});
            if (gene == "CYP2C9")
                g = pairs({"rs1799853=C/T"});
            const QByteArray r = records(m_defs[gene], g);
            lines += r.count('\n');
            text += r;
        }
        // A record far from every gene (chr1:1000) is read but not parsed.
        text.insert(text.indexOf("chr1\t"), "chr1\t1000\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\n");
        ++lines;
        const QString path = write(text, "all.vcf");
        const auto plain = callPharmacogenes(path, {});
        QVERIFY2(plain.has_value(), qPrintable(plain ? QString() : plain.error().message()));
        QCOMPARE(plain->records, lines);
        QCOMPARE(plain->indexed, false);
        QCOMPARE(plain->calls.size(), 10);
        QHash<QString, GeneCall> byGene;
        for (const GeneCall &c : plain->calls)
            byGene.insert(c.gene, c);
        QCOMPARE(byGene["TPMT"].diplotypes, QStringList{"*3A/*3B"});
        QCOMPARE(byGene["CYP2C9"].diplotypes, QStringList{"*1/*2"});
        QCOMPARE(byGene["CYP2C9"].activityScore, QStringLiteral("1.5"));
        QCOMPARE(byGene["DPYD"].activityScore, QStringLiteral("2.0"));

        // Sorted by chromosome then position for the index.
        QList<QByteArray> body = text.split('\n');
        QList<QByteArray> head;
        QList<QByteArray> data;
        for (const QByteArray &l : body) {
            if (l.isEmpty())
                continue;
            (l.startsWith('#') ? head : data) << l;
        }
        const auto key = [](const QByteArray &l) {
            const QList<QByteArray> c = l.split('\t');
            return std::pair(c[0].mid(3).toInt(), c[1].toLongLong());
        };
        std::sort(data.begin(), data.end(), [&](const QByteArray &a, const QByteArray &b) {
            return key(a) < key(b);
        });
        const QByteArray sorted = head.join('\n') + '\n' + data.join('\n') + '\n';
        const QString gz = m_dir.filePath("all.vcf.gz");
        BGZF *out = bgzf_open(gz.toLocal8Bit().constData(), "w");
        QVERIFY(out != nullptr);
        QCOMPARE(bgzf_write(out, sorted.constData(), sorted.size()), sorted.size());
        QCOMPARE(bgzf_close(out), 0);
        QCOMPARE(tbx_index_build(gz.toLocal8Bit().constData(), 0, &tbx_conf_vcf), 0);
        const auto indexed = callPharmacogenes(gz, {});
        QVERIFY2(indexed.has_value(), qPrintable(indexed ? QString() : indexed.error().message()));
        QCOMPARE(indexed->indexed, true);
        QVERIFY(indexed->records < lines); // the chr1:1000 record lies outside every region
        for (qsizetype i = 0; i < plain->calls.size(); ++i) {
            QCOMPARE(indexed->calls[i].gene, plain->calls[i].gene);
            QCOMPARE(indexed->calls[i].diplotypes, plain->calls[i].diplotypes);
            QCOMPARE(indexed->calls[i].phenotype, plain->calls[i].phenotype);
            QCOMPARE(indexed->calls[i].untested, plain->calls[i].untested);
        }
        // The same records as BCF with a CSI index (htslib bcf_index_build): read by region too.
        const QString bcfPath = m_dir.filePath("all.bcf");
        {
            htsFile *bf = hts_open(bcfPath.toLocal8Bit().constData(), "wb");
            QVERIFY(bf != nullptr);
            bcf_hdr_t *h = bcf_hdr_init("r");
            QByteArray headText = head.join('\n') + '\n';
            QCOMPARE(bcf_hdr_parse(h, headText.data()), 0);
            QCOMPARE(bcf_hdr_write(bf, h), 0);
            bcf1_t *rec = bcf_init();
            for (const QByteArray &l : std::as_const(data)) {
                kstring_t ks = KS_INITIALIZE;
                kputsn(l.constData(), static_cast<size_t>(l.size()), &ks);
                QCOMPARE(vcf_parse(&ks, h, rec), 0);
                QCOMPARE(bcf_write(bf, h, rec), 0);
                ks_free(&ks);
            }
            bcf_destroy(rec);
            bcf_hdr_destroy(h);
            QCOMPARE(hts_close(bf), 0);
        }
        QCOMPARE(bcf_index_build(bcfPath.toLocal8Bit().constData(), 14), 0);
        const auto bcfIndexed = callPharmacogenes(bcfPath, {});
        QVERIFY2(bcfIndexed.has_value(),
                 qPrintable(bcfIndexed ? QString() : bcfIndexed.error().message()));
        QCOMPARE(bcfIndexed->indexed, true);
        QVERIFY(bcfIndexed->records < lines);
        for (qsizetype i = 0; i < plain->calls.size(); ++i) {
            QCOMPARE(bcfIndexed->calls[i].diplotypes, plain->calls[i].diplotypes);
            QCOMPARE(bcfIndexed->calls[i].untested, plain->calls[i].untested);
        }

        // Index ignored on request: the whole file is streamed.
        PgxOptions noIndex;
        noIndex.useIndex = false;
        const auto streamed = callPharmacogenes(gz, noIndex);
        QVERIFY(streamed.has_value());
        QCOMPARE(streamed->indexed, false);
        QCOMPARE(streamed->records, lines);
    }

    // The header facts a screen words a refusal with (VcfReader.h): the samples to choose from
    // and the build found. Chromosome lengths: GRCh38 chr10 133,797,422 (NC_000010.11), GRCh37
    // 135,534,747 (NC_000010.10).
    void headerFactsNameSamplesAndBuild_data()
    {
        QTest::addColumn<QByteArray>("meta");
        QTest::addColumn<int>("build");
        QTest::addColumn<QString>("contig");
        QTest::addColumn<qint64>("length");
        QTest::newRow("GRCh38 lengths") << QByteArray("##contig=<ID=chr10,length=133797422>\n")
                                        << int(GenomeBuild::GRCh38) << "10" << qint64(133797422);
        QTest::newRow("GRCh37 lengths") << QByteArray("##contig=<ID=10,length=135534747>\n")
                                        << int(GenomeBuild::GRCh37) << "10" << qint64(135534747);
        QTest::newRow("hg19 reference only") << QByteArray("##reference=file:///ref/hg19.fa\n")
                                             << int(GenomeBuild::GRCh37) << "" << qint64(0);
        QTest::newRow("GRCh38 lengths, GRCh37 reference")
            << QByteArray("##reference=GRCh37\n##contig=<ID=chr10,length=133797422>\n")
            << int(GenomeBuild::Conflicting) << "10" << qint64(133797422);
        QTest::newRow("other length") << QByteArray("##contig=<ID=chr10,length=1000>\n")
                                      << int(GenomeBuild::Unknown) << "10" << qint64(1000);
        QTest::newRow("nothing") << QByteArray() << int(GenomeBuild::Unknown) << "" << qint64(0);
    }

    void headerFactsNameSamplesAndBuild()
    {
        QFETCH(QByteArray, meta);
        QFETCH(int, build);
        QFETCH(QString, contig);
        QFETCH(qint64, length);
        const QString path = write("##fileformat=VCFv4.2\n" + meta
                                   + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"GT\">\n"
                                     "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT"
                                     "\tTUMOUR\tNORMAL\n");
        const auto facts = readVcfHeaderFacts(path);
        QVERIFY2(facts, qPrintable(facts ? QString() : facts.error().message()));
        QCOMPARE(facts->samples, QStringList({"TUMOUR", "NORMAL"}));
        QCOMPARE(int(facts->build), build);
        QCOMPARE(facts->contig, contig);
        QCOMPARE(facts->contigLength.value_or(0), length);
        QVERIFY(!readVcfHeaderFacts(m_dir.filePath("absent.vcf")));
    }
};

QTEST_GUILESS_MAIN(TestPgxGenes)
#include "tst_pgxgenes.moc"
