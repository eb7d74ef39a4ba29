// SPDX-License-Identifier: GPL-3.0-or-later
// CYP2C19 calls from VCFs written by the test. Expected diplotypes: PharmCAT v3.1.1 (commit
// cb04a41410d4cda83b9757b4503c92d424193387), src/test/java/org/pharmgkb/pharmcat/haplotype/
// NamedAlleleMatcherCyp2c19Test.java, test names given per case. Expected phenotypes: CPIC,
// Lee CR et al., Clin Pharmacol Ther 2022;112:959-967, Table 1 (as tabulated in PharmCAT
// v3.1.1 src/main/resources/org/pharmgkb/pharmcat/phenotype/CYP2C19.json).
#include "core/genomics/StarAlleleCaller.h"
#include "core/genomics/VcfReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <htslib/bgzf.h>
#include <htslib/kstring.h>
#include <htslib/vcf.h>

using namespace precis;
using namespace precis::genomics;

namespace {

const QByteArray kGrch38Contig = "##contig=<ID=chr10,length=133797422>\n";

/// A VCF with a record at every CYP2C19 definition position: 0/0 unless `genotypes` gives
/// another GT for the rsID; rsIDs in `omit` get no record (untested).
QByteArray vcfText(const GeneDefinition &def,
                   const QHash<QString, QByteArray> &genotypes,
                   const QStringList &omit = {},
                   const QByteArray &contigLine = kGrch38Contig,
                   const QByteArray &chrom = "chr10",
                   const QList<QByteArray> &samples = {"S1"})
{
    QByteArray text = "##fileformat=VCFv4.2\n" + contigLine
                      + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                        "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT";
    for (const QByteArray &s : samples)
        text += '\t' + s;
    text += '\n';
    for (const DefinitionPosition &p : def.positions) {
        if (omit.contains(p.rsid))
            continue;
        // ALT: the first plain non-reference base any allele uses here.
        QString alt;
        for (const NamedAllele &a : def.alleles) {
            const QString b = a.variants.value(p.rsid);
            if (b.size() == 1 && QStringLiteral("ACGT").contains(b) && b != p.reference) {
                alt = b;
                break;
            }
        }
        if (alt.isEmpty())
            alt = p.reference == QLatin1String("T") ? QStringLiteral("C") : QStringLiteral("T");
        text += chrom + '\t' + QByteArray::number(p.position) + '\t' + p.rsid.toLatin1() + '\t'
                + p.reference.toLatin1() + '\t' + alt.toLatin1() + "\t.\tPASS\t.\tGT";
        for (qsizetype i = 0; i < samples.size(); ++i)
            text += '\t' + genotypes.value(p.rsid, "0/0");
        text += '\n';
    }
    return text;
}

} // namespace

class TestCyp2c19 : public QObject
{
    Q_OBJECT

private:
    GeneDefinition m_def;
    QTemporaryDir m_dir;

    QString write(const QByteArray &text, const QString &name = QStringLiteral("t.vcf"))
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text);
        return path;
    }

    /// `text` (a VCF) written as BCF through htslib; empty on failure.
    QString writeBcf(const QByteArray &text)
    {
        const qsizetype headerEnd = text.indexOf("\n#CHROM");
        const qsizetype bodyStart = text.indexOf('\n', headerEnd + 1) + 1;
        QByteArray header = text.left(bodyStart - 1);
        const QString path = m_dir.filePath(QStringLiteral("t.bcf"));
        const QByteArray file = path.toLocal8Bit();
        htsFile *out = hts_open(file.constData(), "wb");
        if (out == nullptr)
            return {};
        bcf_hdr_t *hdr = bcf_hdr_init("w");
        bool ok = bcf_hdr_parse(hdr, header.data()) == 0 && bcf_hdr_write(out, hdr) == 0;
        bcf1_t *rec = bcf_init();
        for (const QByteArray &line : text.mid(bodyStart).split('\n')) {
            if (line.isEmpty() || !ok)
                continue;
            kstring_t s = KS_INITIALIZE;
            kputsn(line.constData(), static_cast<size_t>(line.size()), &s);
            ok = vcf_parse(&s, hdr, rec) == 0 && bcf_write(out, hdr, rec) == 0;
            ks_free(&s);
        }
        bcf_destroy(rec);
        bcf_hdr_destroy(hdr);
        ok = hts_close(out) == 0 && ok;
        return ok ? path : QString();
    }

    Result<GeneCall> call(const QString &path, const QString &sample = {})
    {
        const auto g = readGenotypes(path, sample, m_def.loci());
        if (!g)
            return tl::unexpected(g.error());
        return callDiplotype(m_def, *g);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto def = loadGeneDefinition(QStringLiteral("CYP2C19"));
        QVERIFY2(def.has_value(), qPrintable(def ? QString() : def.error().message()));
        m_def = *def;
        // PharmCAT v3.1.1 CYP2C19_translation.json: 35 positions, 36 named alleles.
        QCOMPARE(m_def.positions.size(), 35);
        QCOMPARE(m_def.alleles.size(), 36);
        QCOMPARE(m_def.sourceRelease, QStringLiteral("v3.1.1"));
    }

    void completeData_data()
    {
        QTest::addColumn<QStringList>("variantGenotypes"); // rsID=GT pairs
        QTest::addColumn<QString>("diplotype");
        QTest::addColumn<QString>("phenotype");
        // PharmCAT test s1s1.
        QTest::newRow("*1/*1") << QStringList{"rs3758581=1/1"} << "*1/*1"
                               << "Normal Metabolizer";
        // PharmCAT test s1s2.
        QTest::newRow("*1/*2") << QStringList{"rs12769205=0/1", "rs4244285=0/1", "rs3758581=1/1"}
                               << "*1/*2"
                               << "Intermediate Metabolizer";
        // *2/*17: the *2 variants on one chromosome, rs12248560 T on the other (unphased, but no
        // other pair of defined alleles fits); CPIC Table 1 lists *2/*17 as intermediate.
        QTest::newRow("*2/*17") << QStringList{"rs12248560=0/1",
                                               "rs12769205=0/1",
                                               "rs4244285=0/1",
                                               "rs3758581=1/1"}
                                << "*2/*17"
                                << "Intermediate Metabolizer";
        // CPIC Table 1: two increased function alleles are ultrarapid; one with a normal
        // function allele is rapid.
        QTest::newRow("*17/*17") << QStringList{"rs12248560=1/1", "rs3758581=1/1"} << "*17/*17"
                                 << "Ultrarapid Metabolizer";
        QTest::newRow("*1/*17") << QStringList{"rs12248560=0/1", "rs3758581=1/1"} << "*1/*17"
                                << "Rapid Metabolizer";
        // PharmCAT test s2s2 (homozygous *2): two no-function alleles.
        QTest::newRow("*2/*2") << QStringList{"rs12769205=1/1", "rs4244285=1/1", "rs3758581=1/1"}
                               << "*2/*2"
                               << "Poor Metabolizer";
        // PharmCAT test s2s3.
        QTest::newRow("*2/*3") << QStringList{"rs12769205=0/1",
                                              "rs4244285=0/1",
                                              "rs4986893=0/1",
                                              "rs3758581=1/1"}
                               << "*2/*3"
                               << "Poor Metabolizer";
        // All reference: *38 (the GRCh38 reference haplotype), not *1.
        QTest::newRow("*38/*38") << QStringList{} << "*38/*38"
                                 << "Normal Metabolizer";
        QTest::newRow("*1/*38") << QStringList{"rs3758581=0/1"} << "*1/*38"
                                << "Normal Metabolizer";
    }

    void completeData()
    {
        QFETCH(QStringList, variantGenotypes);
        QFETCH(QString, diplotype);
        QFETCH(QString, phenotype);
        QHash<QString, QByteArray> gts;
        for (const QString &pair : variantGenotypes)
            gts.insert(pair.section(QLatin1Char('='), 0, 0),
                       pair.section(QLatin1Char('='), 1).toLatin1());
        const auto c = call(write(vcfText(m_def, gts)));
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message()));
        QCOMPARE(c->diplotypes, QStringList{diplotype});
        QCOMPARE(c->phenotype, phenotype);
        QVERIFY(c->untested.isEmpty());
    }

    void pharmcatCases_data()
    {
        // PharmCAT v3.1.1 NamedAlleleMatcherCyp2c19Test, by test name: its genotypes (positions it
        // does not name are reference, as its TestVcfBuilder writes them), the positions it
        // marks missing, and its expected diplotypes. Phenotypes: CPIC Table 1. Where Precis
        // deliberately differs (missing positions), the expected value is Precis's and the
        // difference is stated.
        QTest::addColumn<QStringList>("variantGenotypes");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QStringList>("diplotypes");
        QTest::addColumn<QString>("phenotype");
        QTest::newRow("s1s28") << QStringList{"rs17882687=0/1", "rs3758581=1/1", "rs113934938=0/1"}
                               << QStringList{} << QStringList{"*1/*28"} << "Normal Metabolizer";
        QTest::newRow("rs12769205call")
            << QStringList{"rs12769205=0/1", "rs3758581=1/1"} << QStringList{}
            << QStringList{"*1/*35"} << "Intermediate Metabolizer";
        QTest::newRow("s2s2") << QStringList{"rs12769205=1/1", "rs4244285=1/1"}
                              << QStringList{"rs3758581"} << QStringList{"*2/*2"}
                              << "Poor Metabolizer";
        QTest::newRow("s2s3") << QStringList{"rs12769205=0/1", "rs4986893=0/1", "rs4244285=0/1"}
                              << QStringList{"rs3758581"} << QStringList{"*2/*3"}
                              << "Poor Metabolizer";
        QTest::newRow("s4as4b") << QStringList{"rs12248560=0/1", "rs28399504=1/1"}
                                << QStringList{"rs3758581"} << QStringList{"*4/*4"}
                                << "Poor Metabolizer";
        QTest::newRow("s4bs17") << QStringList{"rs12248560=1/1", "rs28399504=0/1"}
                                << QStringList{"rs3758581"} << QStringList{"*4/*17"}
                                << "Intermediate Metabolizer";
        // PharmCAT: *15/*28 and *28/*39. Precis keeps *15/*28, which needs no variant at the
        // untested rs17885179, and names *28/*39 in the notes.
        QTest::newRow("s15s28") << QStringList{"rs17882687=1/1", "rs113934938=0/1"}
                                << QStringList{"rs17885179", "rs3758581"} << QStringList{"*15/*28"}
                                << "Normal Metabolizer";
        // PharmCAT: *1/*2 and *2/*35. Precis: rs12769205 untested hides *2, so Indeterminate.
        QTest::newRow("rs12769205missingrs4244285het")
            << QStringList{"rs4244285=0/1", "rs3758581=1/1"} << QStringList{"rs12769205"}
            << QStringList{"*1/*2", "*2/*35"} << "Indeterminate";
        // PharmCAT: no diplotype (sUnks17, s4bs17rs28399504missing): T/T at rs12248560 with
        // rs3758581 reference fits no pair of defined alleles.
        QTest::newRow("sUnks17") << QStringList{"rs12248560=1/1", "rs28399504=0/1"} << QStringList{}
                                 << QStringList{} << "Indeterminate";
        QTest::newRow("s4bs17rs28399504missing")
            << QStringList{"rs12248560=1/1"} << QStringList{"rs28399504"} << QStringList{}
            << "Indeterminate";
    }

    void pharmcatCases()
    {
        QFETCH(QStringList, variantGenotypes);
        QFETCH(QStringList, missing);
        QFETCH(QStringList, diplotypes);
        QFETCH(QString, phenotype);
        QHash<QString, QByteArray> gts;
        for (const QString &pair : variantGenotypes)
            gts.insert(pair.section(QLatin1Char('='), 0, 0),
                       pair.section(QLatin1Char('='), 1).toLatin1());
        const auto c = call(write(vcfText(m_def, gts, missing)));
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message()));
        QCOMPARE(c->diplotypes, diplotypes);
        QCOMPARE(c->phenotype, phenotype);
        QCOMPARE(c->untested, missing);
    }

    void missingKeyPositionIsIndeterminate()
    {
        // PharmCAT test s1s1rs12248560missing: PharmCAT returns *1/*1, *1/*17, *17/*17. Precis
        // keeps the candidates but calls no phenotype: *17 cannot be seen without rs12248560.
        const auto c = call(write(vcfText(m_def, {{"rs3758581", "1/1"}}, {"rs12248560"})));
        QVERIFY(c.has_value());
        QCOMPARE(c->phenotype, QStringLiteral("Indeterminate"));
        QCOMPARE(c->untested, QStringList{"rs12248560"});
        QCOMPARE(c->diplotypes, (QStringList{"*1/*1", "*1/*17", "*17/*17"}));
        QVERIFY(c->notes.join(' ').contains(QLatin1String("*17 undetectable: testing rs12248560")));
    }

    void missingRarePositionTakenAsReferenceAndSaid()
    {
        // PharmCAT test s1s17s1s4bMissingCalls returns *1/*4 and *1/*17. Precis prefers the pair
        // that needs no variant at the untested rs28399504 and names the other in the notes.
        const auto c = call(
            write(vcfText(m_def, {{"rs12248560", "0/1"}, {"rs3758581", "1/1"}}, {"rs28399504"})));
        QVERIFY(c.has_value());
        QCOMPARE(c->diplotypes, QStringList{"*1/*17"});
        QCOMPARE(c->phenotype, QStringLiteral("Rapid Metabolizer"));
        QCOMPARE(c->untested, QStringList{"rs28399504"});
        QVERIFY(c->notes.join(' ').contains(QLatin1String("also consistent with *1/*4")));
    }

    void unphasedAmbiguityListsCandidates()
    {
        // PharmCAT test s1s4: the genotype fits *1/*4 and *4/*17 (PharmCAT ranks *1/*4 first).
        // Both are intermediate in CPIC Table 1 (one no-function allele with a normal or an
        // increased one), so the phenotype stands while the diplotype is ambiguous.
        const auto c = call(write(
            vcfText(m_def, {{"rs12248560", "0/1"}, {"rs28399504", "0/1"}, {"rs3758581", "1/1"}})));
        QVERIFY(c.has_value());
        QCOMPARE(c->diplotypes, (QStringList{"*1/*4", "*4/*17"}));
        QCOMPARE(c->phenotype, QStringLiteral("Intermediate Metabolizer"));
        QVERIFY(c->notes.join(' ').contains(QLatin1String("ambiguous")));
    }

    void grch37Refused()
    {
        const auto c
            = call(write(vcfText(m_def, {}, {}, "##contig=<ID=chr10,length=135534747>\n")));
        QVERIFY(!c.has_value());
        QCOMPARE(c.error().code, ErrorCode::Unsupported);
        QVERIFY(c.error().detail.contains(QLatin1String("GRCh37")));
        QVERIFY(c.error().detail.contains(QLatin1String("lift")));
    }

    void unknownBuildRefused()
    {
        const auto c = call(write(vcfText(m_def, {}, {}, QByteArray())));
        QVERIFY(!c.has_value());
        QCOMPARE(c.error().code, ErrorCode::Unsupported);
        QVERIFY(c.error().detail.contains(QLatin1String("unknown genome build")));
    }

    void multiSampleNeedsSample()
    {
        const QString path = write(
            vcfText(m_def, {{"rs3758581", "1/1"}}, {}, kGrch38Contig, "chr10", {"ALICE", "BOB"}));
        const auto refused = call(path);
        QVERIFY(!refused.has_value());
        QVERIFY(refused.error().detail.contains(QLatin1String("ALICE, BOB")));
        const auto bob = call(path, QStringLiteral("BOB"));
        QVERIFY(bob.has_value());
        QCOMPARE(bob->diplotypes, QStringList{"*1/*1"});
        const auto nobody = call(path, QStringLiteral("CAROL"));
        QVERIFY(!nobody.has_value());
    }

    void contigWithoutChrPrefix()
    {
        const auto c = call(write(vcfText(
            m_def, {{"rs3758581", "1/1"}}, {}, "##contig=<ID=10,length=133797422>\n", "10")));
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message()));
        QCOMPARE(c->diplotypes, QStringList{"*1/*1"});
    }

    void malformedLineNamed()
    {
        QByteArray text = vcfText(m_def, {});
        // Line 6 is the second record (4 header lines before the first).
        QList<QByteArray> lines = text.split('\n');
        QList<QByteArray> cols = lines[5].split('\t');
        cols[1] = "94762x06";
        lines[5] = cols.join('\t');
        const auto c = call(write(lines.join('\n')));
        QVERIFY(!c.has_value());
        QCOMPARE(c.error().code, ErrorCode::InvalidInput);
        QCOMPARE(c.error().field, QStringLiteral("line 6, POS"));

        lines = text.split('\n');
        lines[6].replace("\tGT\t0/0", "\tGT\t0/7");
        const auto badGt = call(write(lines.join('\n')));
        QVERIFY(!badGt.has_value());
        QCOMPARE(badGt.error().field, QStringLiteral("line 7, GT"));
    }

    // Every record is checked, not only those near a gene (issue #11, "Reading": malformed
    // input gets a message naming the line and field). vcfText's header has 4 lines, so a
    // record inserted before its first is line 5; chr10:1000 is 94 Mb before CYP2C19
    // (94,761,900-94,852,914 in the definition), far from every shipped gene.
    void malformedRecordAnywhereNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QList<QByteArray> lines = vcfText(m_def, {{"rs12248560", "0/1"}}).split('\n');
        const auto far = [&lines](const QByteArray &record) {
            QList<QByteArray> l = lines;
            l.insert(4, record);
            return l.join('\n');
        };
        QTest::newRow("bad GT far from genes")
            << far("chr10\t1000\t.\tA\tG\t.\tPASS\t.\tGT\t0/Z") << QStringLiteral("line 5, GT")
            << QStringLiteral("'0/Z' is not a genotype");
        QTest::newRow("allele index beyond the ALT count far from genes")
            << far("chr10\t1000\t.\tA\tG\t.\tPASS\t.\tGT\t0/2") << QStringLiteral("line 5, GT")
            << QStringLiteral("allele index 2 but the record has 2 alleles");
        QTest::newRow("GT separator far from genes")
            << far("chr10\t1000\t.\tA\tG\t.\tPASS\t.\tGT\t0-1") << QStringLiteral("line 5, GT")
            << QStringLiteral("'0-1' is not a genotype");
        QTest::newRow("non-numeric POS far from genes")
            << far("chr10\t1x00\t.\tA\tG\t.\tPASS\t.\tGT\t0/1") << QStringLiteral("line 5, POS")
            << QStringLiteral("'1x00' is not a position");
        QTest::newRow("empty ALT far from genes")
            << far("chr10\t1000\t.\tA\t\t.\tPASS\t.\tGT\t0/1") << QStringLiteral("line 5, ALT")
            << QStringLiteral("'' is not '.' or a list of alleles");
        QTest::newRow("FORMAT without GT first far from genes")
            << far("chr10\t1000\t.\tA\tG\t.\tPASS\t.\tDP:GT\t9:0/1")
            << QStringLiteral("line 5, FORMAT") << QStringLiteral("does not start with GT");
        QTest::newRow("empty CHROM far from genes")
            << far("\t1000\t.\tA\tG\t.\tPASS\t.\tGT\t0/1") << QStringLiteral("line 5, CHROM")
            << QStringLiteral("empty");
        // rs12248560's own line, inside CYP2C19: an empty CHROM must not leave the position
        // silently untested (the call would be Indeterminate), and a bad GT there is named GT
        // rather than the record htslib cannot parse.
        qsizetype at = -1;
        for (qsizetype i = 0; i < lines.size() && at < 0; ++i)
            if (lines[i].contains("\trs12248560\t"))
                at = i;
        QVERIFY(at >= 4);
        const QString line = QStringLiteral("line %1, ").arg(at + 1);
        QList<QByteArray> l = lines;
        l[at] = l[at].mid(l[at].indexOf('\t'));
        QTest::newRow("empty CHROM on rs12248560's line")
            << l.join('\n') << line + QStringLiteral("CHROM") << QStringLiteral("empty");
        l = lines;
        QVERIFY(l[at].endsWith("\tGT\t0/1"));
        l[at].replace("\tGT\t0/1", "\tGT\t0/Z");
        QTest::newRow("bad GT on rs12248560's line") << l.join('\n') << line + QStringLiteral("GT")
                                                     << QStringLiteral("'0/Z' is not a genotype");
    }

    void malformedRecordAnywhereNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto g = readGenotypes(write(text), {}, m_def.loci());
        QVERIFY(!g.has_value());
        QCOMPARE(g.error().code, ErrorCode::InvalidInput);
        QCOMPARE(g.error().field, field);
        QVERIFY2(g.error().message().contains(message), qPrintable(g.error().message()));
    }

    // Valid records of every shape far from the genes (multi-allelic, haploid, missing, phased,
    // no ALT, spanning deletion, breakend, gVCF block) pass the check and change nothing.
    void validRecordsFarFromGenesAccepted()
    {
        const QByteArray plain = vcfText(m_def, {{"rs12248560", "0/1"}});
        QList<QByteArray> lines = plain.split('\n');
        // Header lines 4 and 5 (before #CHROM); the far records follow the header.
        lines.insert(3, "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End\">");
        lines.insert(4, "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">");
        const QList<QByteArray> far = {
            "chr10\t1000\t.\tA\tG,T\t.\tPASS\t.\tGT:DP\t1|2:30",
            "chr10\t1100\t.\tA\tG\t.\tPASS\t.\tGT\t1",
            "chr10\t1200\t.\tA\tG\t.\tPASS\t.\tGT\t.",
            "chr10\t1300\t.\tA\tG\t.\tPASS\t.\tGT:DP\t./.:0",
            "chr10\t1400\t.\tA\t.\t.\tPASS\t.\tGT\t0/0",
            "chr10\t1500\t.\tA\tG,*\t.\tPASS\t.\tGT\t1/2",
            "chr10\t1600\t.\tA\tA]chr2:321681]\t.\tPASS\t.\tGT\t0/1",
            "chr10\t2000\t.\tc\t<NON_REF>\t.\t.\tEND=3000\tGT:DP\t0/0:12",
            "chr10\t4000\t.\tACGT\tA,<*>\t.\tPASS\t.\tGT\t0|1",
        };
        for (qsizetype i = 0; i < far.size(); ++i)
            lines.insert(6 + i, far[i]);
        const auto withFar = readGenotypes(write(lines.join('\n')), {}, m_def.loci());
        QVERIFY2(withFar.has_value(), qPrintable(withFar ? QString() : withFar.error().message()));
        const auto without = readGenotypes(write(plain), {}, m_def.loci());
        QVERIFY(without.has_value());
        QCOMPARE(withFar->records, without->records + far.size());
        QCOMPARE(withFar->sites.size(), without->sites.size());
        const GeneCall c = callDiplotype(m_def, *withFar);
        QCOMPARE(c.diplotypes, callDiplotype(m_def, *without).diplotypes);
        QVERIFY(c.untested.isEmpty());
    }

    void gvcfReferenceBlockCountsAsTested()
    {
        // One gVCF block over the whole gene (94761900..94852914), reference everywhere.
        const QByteArray text = "##fileformat=VCFv4.2\n" + kGrch38Contig
                                + "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End\">\n"
                                  "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                                  "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n"
                                  "chr10\t94761000\t.\tA\t<NON_REF>\t.\t.\tEND=94853000\tGT\t0/0\n";
        const auto c = call(write(text));
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message()));
        QVERIFY(c->untested.isEmpty());
        QCOMPARE(c->diplotypes, QStringList{"*38/*38"});
    }

    void bgzippedInput()
    {
        const QByteArray text = vcfText(m_def, {{"rs12248560", "1/1"}, {"rs3758581", "1/1"}});
        const QByteArray path = m_dir.filePath(QStringLiteral("t.vcf.gz")).toLocal8Bit();
        BGZF *out = bgzf_open(path.constData(), "w");
        QVERIFY(out != nullptr);
        QCOMPARE(bgzf_write(out, text.constData(), static_cast<size_t>(text.size())),
                 static_cast<ssize_t>(text.size()));
        QCOMPARE(bgzf_close(out), 0);
        QFile gz(QString::fromLocal8Bit(path));
        QVERIFY(gz.open(QIODevice::ReadOnly));
        QCOMPARE(gz.read(2), QByteArray("\x1f\x8b")); // really compressed
        const auto c = call(QString::fromLocal8Bit(path));
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message()));
        QCOMPARE(c->diplotypes, QStringList{"*17/*17"});
        QCOMPARE(c->phenotype, QStringLiteral("Ultrarapid Metabolizer"));
    }
    void bcfInput()
    {
        // The same *2/*17 genotype as completeData, written as BCF through htslib.
        const QString path = writeBcf(vcfText(m_def,
                                              {{"rs12248560", "0/1"},
                                               {"rs12769205", "0/1"},
                                               {"rs4244285", "0/1"},
                                               {"rs3758581", "1/1"}}));
        QVERIFY(!path.isEmpty());
        const auto c = call(path);
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message()));
        QCOMPARE(c->diplotypes, QStringList{"*2/*17"});
        QCOMPARE(c->phenotype, QStringLiteral("Intermediate Metabolizer"));
    }

    // A BCF record far from every gene is checked too: an allele index beyond its alleles is
    // named (htslib's vcf_parse, used to write the file, does not check the index itself).
    void bcfBadAlleleIndexFarFromGenes()
    {
        QList<QByteArray> lines = vcfText(m_def, {}).split('\n');
        lines.insert(4, "chr10\t1000\t.\tA\tG\t.\tPASS\t.\tGT\t0/2");
        const QString path = writeBcf(lines.join('\n'));
        QVERIFY(!path.isEmpty());
        const auto c = call(path);
        QVERIFY(!c.has_value());
        QCOMPARE(c.error().code, ErrorCode::InvalidInput);
        QCOMPARE(c.error().field, QStringLiteral("record 1, GT"));
        QVERIFY2(c.error().message().contains(QLatin1String("allele index 2")),
                 qPrintable(c.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestCyp2c19)
#include "tst_cyp2c19.moc"
