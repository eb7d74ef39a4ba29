// SPDX-License-Identifier: GPL-3.0-or-later
// SLCO1B1 calls from VCFs written by the test. Expected diplotypes: PharmCAT v3.1.1 (commit
// cb04a41410d4cda83b9757b4503c92d424193387), src/test/java/org/pharmgkb/pharmcat/haplotype/
// NamedAlleleMatcherSlco1b1Test.java, test names given per case. Expected phenotypes: CPIC,
// Cooper-DeHoff RM et al., Clin Pharmacol Ther 2022;111:1007-1021 (SLCO1B1, ABCG2, CYP2C9 and
// statins), the SLCO1B1 diplotype-to-phenotype table, as tabulated in PharmCAT v3.1.1
// src/main/resources/org/pharmgkb/pharmcat/phenotype/SLCO1B1.json.
#include "core/genomics/StarAlleleCaller.h"
#include "core/genomics/VcfReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace precis;
using namespace precis::genomics;

namespace {

// GRCh38 chromosome lengths (NCBI Assembly GCF_000001405.26: NC_000012.12, NC_000010.11).
const QByteArray kGrch38Chr12 = "##contig=<ID=chr12,length=133275309>\n";
const QByteArray kGrch38Chr10 = "##contig=<ID=chr10,length=133797422>\n";

QByteArray header(const QByteArray &contigs)
{
    return "##fileformat=VCFv4.2\n" + contigs
           + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
             "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n";
}

/// Records at every definition position of `def`: 0/0 unless `genotypes` gives another GT for
/// the rsID; rsIDs in `omit` get no record (untested).
QByteArray records(const GeneDefinition &def,
                   const QHash<QString, QByteArray> &genotypes,
                   const QStringList &omit = {})
{
    QByteArray text;
    for (const DefinitionPosition &p : def.positions) {
        if (omit.contains(p.rsid))
            continue;
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
        text += "chr" + def.chromosome.toLatin1() + '\t' + QByteArray::number(p.position) + '\t'
                + p.rsid.toLatin1() + '\t' + p.reference.toLatin1() + '\t' + alt.toLatin1()
                + "\t.\tPASS\t.\tGT\t" + genotypes.value(p.rsid, "0/0") + '\n';
    }
    return text;
}

QHash<QString, QByteArray> parsePairs(const QStringList &pairs)
{
    QHash<QString, QByteArray> gts;
    for (const QString &pair : pairs)
        gts.insert(pair.section(QLatin1Char('='), 0, 0),
                   pair.section(QLatin1Char('='), 1).toLatin1());
    return gts;
}

} // namespace

class TestSlco1b1 : public QObject
{
    Q_OBJECT

private:
    GeneDefinition m_def;
    QTemporaryDir m_dir;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("t.vcf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text);
        return path;
    }

    Result<GeneCall> call(const QStringList &variantGenotypes, const QStringList &omit = {})
    {
        const QString path
            = write(header(kGrch38Chr12) + records(m_def, parsePairs(variantGenotypes), omit));
        const auto g = readGenotypes(path, {}, m_def.loci());
        if (!g)
            return tl::unexpected(g.error());
        return callDiplotype(m_def, *g);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto def = loadGeneDefinition(QStringLiteral("SLCO1B1"));
        QVERIFY2(def.has_value(), qPrintable(def ? QString() : def.error().message()));
        m_def = *def;
        // PharmCAT v3.1.1 SLCO1B1_translation.json: 35 positions on chr12, 46 named alleles
        // (*45 as its two sub-alleles *45.001 and *45.002).
        QCOMPARE(m_def.chromosome, QStringLiteral("12"));
        QCOMPARE(m_def.positions.size(), 35);
        QCOMPARE(m_def.alleles.size(), 46);
        QCOMPARE(m_def.sourceRelease, QStringLiteral("v3.1.1"));
        QCOMPARE(m_def.sourceCommit, QStringLiteral("cb04a41410d4cda83b9757b4503c92d424193387"));
        QCOMPARE(shippedGenes(),
                 (QStringList{"CYP2C19",
                              "CYP2C9",
                              "VKORC1",
                              "CYP4F2",
                              "SLCO1B1",
                              "ABCG2",
                              "DPYD",
                              "TPMT",
                              "NUDT15",
                              "UGT1A1"}));
    }

    void keyPosition()
    {
        // rs4149056 is c.521T>C at GRCh38 chr12:21178615 (T>C), the only variant of *5
        // (PharmCAT v3.1.1 SLCO1B1_translation.json).
        const auto it = std::find_if(
            m_def.positions.cbegin(), m_def.positions.cend(), [](const DefinitionPosition &p) {
                return p.rsid == QLatin1String("rs4149056");
            });
        QVERIFY(it != m_def.positions.cend());
        QCOMPARE(it->position, 21178615);
        QCOMPARE(it->reference, QStringLiteral("T"));
        const auto s5 = std::find_if(m_def.alleles.cbegin(),
                                     m_def.alleles.cend(),
                                     [](const NamedAllele &a) { return a.name == "*5"; });
        QVERIFY(s5 != m_def.alleles.cend());
        QCOMPARE(s5->variants, (QHash<QString, QString>{{"rs4149056", "C"}}));
    }

    void cpicTable()
    {
        // CPIC 2022 statin guideline, SLCO1B1 phenotypes: one increased function allele (*14,
        // *20) with a normal function allele is Normal Function; two increased function alleles
        // are Increased Function.
        QCOMPARE(m_def.phenotypes.value("*1/*14"), QStringLiteral("Normal Function"));
        QCOMPARE(m_def.phenotypes.value("*1/*20"), QStringLiteral("Normal Function"));
        QCOMPARE(m_def.phenotypes.value("*14/*14"), QStringLiteral("Increased Function"));
        QCOMPARE(m_def.phenotypes.value("*1/*45"), QStringLiteral("Decreased Function"));
    }

    void completeData_data()
    {
        QTest::addColumn<QStringList>("variantGenotypes"); // rsID=GT pairs
        QTest::addColumn<QStringList>("diplotypes");
        QTest::addColumn<QString>("phenotype");
        // PharmCAT test slco1b1s1s1 (all reference is *1 for SLCO1B1).
        QTest::newRow("slco1b1s1s1") << QStringList{} << QStringList{"*1/*1"} << "Normal Function";
        // rs4149056 heterozygous: one no-function allele (*5) with a normal one.
        QTest::newRow("*1/*5") << QStringList{"rs4149056=0/1"} << QStringList{"*1/*5"}
                               << "Decreased Function";
        // Two no-function alleles.
        QTest::newRow("*5/*5") << QStringList{"rs4149056=1/1"} << QStringList{"*5/*5"}
                               << "Poor Function";
        // PharmCAT test slco1b1s5s15.
        QTest::newRow("slco1b1s5s15") << QStringList{"rs2306283=0/1", "rs4149056=1/1"}
                                      << QStringList{"*5/*15"} << "Poor Function";
        // PharmCAT test slco1b1s1s15: unphased, *1/*15 and *5/*37 both fit; CPIC gives both
        // Decreased Function, so the phenotype stands.
        QTest::newRow("slco1b1s1s15") << QStringList{"rs2306283=0/1", "rs4149056=0/1"}
                                      << QStringList{"*1/*15", "*5/*37"} << "Decreased Function";
        // PharmCAT test slco1b1s5s14: *4/*15 (Possible Decreased) or *5/*14 (Decreased): the
        // candidates disagree, so Indeterminate.
        QTest::newRow("slco1b1s5s14")
            << QStringList{"rs2306283=0/1", "rs11045819=0/1", "rs4149056=0/1"}
            << QStringList{"*4/*15", "*5/*14"} << "Indeterminate";
        // *1/*14 unphased: *4/*37 fits the same genotype (CPIC: Indeterminate, *4 being of
        // uncertain function), so without phase the call is ambiguous; *1/*14 alone would be
        // Normal Function (cpicTable above).
        QTest::newRow("*1/*14 unphased") << QStringList{"rs2306283=0/1", "rs11045819=0/1"}
                                         << QStringList{"*1/*14", "*4/*37"} << "Indeterminate";
        // Homozygous *14: no other pair fits; two increased function alleles.
        QTest::newRow("*14/*14") << QStringList{"rs2306283=1/1", "rs11045819=1/1"}
                                 << QStringList{"*14/*14"} << "Increased Function";
        // *1/*45: the sub-allele *45.001 (rs71581941 T alone) reports as *45.
        QTest::newRow("*1/*45") << QStringList{"rs71581941=0/1"} << QStringList{"*1/*45"}
                                << "Decreased Function";
    }

    void completeData()
    {
        QFETCH(QStringList, variantGenotypes);
        QFETCH(QStringList, diplotypes);
        QFETCH(QString, phenotype);
        const auto c = call(variantGenotypes);
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message()));
        QCOMPARE(c->gene, QStringLiteral("SLCO1B1"));
        QCOMPARE(c->diplotypes, diplotypes);
        QCOMPARE(c->phenotype, phenotype);
        QVERIFY(c->untested.isEmpty());
        QVERIFY(c->activityScore.isEmpty());
    }

    void missingRs4149056IsIndeterminate()
    {
        // Otherwise *1/*1: without rs4149056, *5 and *15 (no function) cannot be seen.
        const auto c = call({}, {"rs4149056"});
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message()));
        QCOMPARE(c->phenotype, QStringLiteral("Indeterminate"));
        QCOMPARE(c->untested, QStringList{"rs4149056"});
        const QString notes = c->notes.join(QLatin1Char(' '));
        QVERIFY2(notes.contains("*5") && notes.contains("*15"), qPrintable(notes));
        QVERIFY2(notes.contains("testing rs4149056 would settle"), qPrintable(notes));
    }

    void missingRarePositionTakenAsReference()
    {
        // PharmCAT test slco1b1s1as15s1bs5Missing: rs140790673 (only *29 uses it) missing;
        // PharmCAT lists *1/*15, *5/*29, *5/*37. Precis differs on purpose: *5/*29 needs a
        // variant at the untested position, so it is named in the notes, not called; the two
        // remaining candidates share CPIC's Decreased Function.
        const auto c = call({"rs2306283=0/1", "rs4149056=0/1"}, {"rs140790673"});
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message()));
        QCOMPARE(c->diplotypes, (QStringList{"*1/*15", "*5/*37"}));
        QCOMPARE(c->phenotype, QStringLiteral("Decreased Function"));
        QCOMPARE(c->untested, QStringList{"rs140790673"});
        QVERIFY(c->notes.join(QLatin1Char(' ')).contains("*5/*29"));
    }

    void bothGenesFromOneFile()
    {
        // A file with CYP2C19 (chr10) and SLCO1B1 (chr12) records: each gene reads its own.
        const auto cyp = loadGeneDefinition(QStringLiteral("CYP2C19"));
        QVERIFY(cyp.has_value());
        const QString path = write(header(kGrch38Chr10 + kGrch38Chr12)
                                   + records(*cyp, parsePairs({"rs3758581=1/1", "rs12248560=0/1"}))
                                   + records(m_def, parsePairs({"rs4149056=0/1"})));
        const auto g10 = readGenotypes(path, {}, cyp->loci());
        QVERIFY2(g10.has_value(), qPrintable(g10 ? QString() : g10.error().message()));
        // CPIC (Lee CR et al. 2022, Table 1): *1/*17 is a rapid metabolizer.
        QCOMPARE(callDiplotype(*cyp, *g10).diplotypes, QStringList{"*1/*17"});
        const auto g12 = readGenotypes(path, {}, m_def.loci());
        QVERIFY2(g12.has_value(), qPrintable(g12 ? QString() : g12.error().message()));
        QCOMPARE(callDiplotype(m_def, *g12).diplotypes, QStringList{"*1/*5"});
    }

    void grch37Chr12Refused()
    {
        // GRCh37 chromosome 12 is 133,851,895 bases (NC_000012.11, GCF_000001405.13).
        const QString path
            = write(header("##contig=<ID=chr12,length=133851895>\n") + records(m_def, {}));
        const auto g = readGenotypes(path, {}, m_def.loci());
        QVERIFY(!g.has_value());
        QVERIFY2(g.error().message().contains("GRCh37"), qPrintable(g.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestSlco1b1)
#include "tst_slco1b1.moc"
