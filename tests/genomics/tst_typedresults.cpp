// SPDX-License-Identifier: GPL-3.0-or-later
// Results typed in from a laboratory report (issues #10 and #11): the diplotype is checked
// against Precis's definitions, the phenotype against the gene's CPIC terms, and a report's
// phenotype that differs from the definitions' is kept with a note, never silently replaced.
// Expected phenotypes and activity scores are the CPIC tables as PharmGKB/PharmCAT v3.1.1
// (commit cb04a41410d4cda83b9757b4503c92d424193387) tabulates them in
// src/main/resources/org/pharmgkb/pharmcat/phenotype/<GENE>.json: CYP2C19 Lee CR et al., Clin
// Pharmacol Ther 2022;112:959 (*2/*17 Intermediate, *2/*2 Poor Metabolizer); CYP2C9 Theken KN et
// al., Clin Pharmacol Ther 2020;108:191 (activity values *1 = 1, *3 = 0; score 1.0 =
// Intermediate Metabolizer); DPYD Amstutz U et al., Clin Pharmacol Ther 2018;103:210 (HapB3 =
// 0.5, c.1905+1G>A = 0; score 1.5 Intermediate, 1.0 Intermediate).
#include "core/genomics/TypedResults.h"

#include <QTest>

using namespace precis;
using namespace precis::genomics;

class TypedResultsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void genesAreTheCalledOnesThenOutsideOnes()
    {
        const QStringList genes = typedResultGenes();
        QCOMPARE(genes.first(), QStringLiteral("CYP2C19"));
        QVERIFY(genes.contains(QStringLiteral("UGT1A1")));
        QCOMPARE(genes.mid(genes.size() - 2),
                 (QStringList{QStringLiteral("CYP2D6"), QStringLiteral("HLA-B")}));
        QVERIFY(isOutsideOnlyGene(QStringLiteral("HLA-B")));
        QVERIFY(!isOutsideOnlyGene(QStringLiteral("CYP2C19")));
    }

    void phenotypeChoicesAreTheGenesTermsAndIndeterminate()
    {
        auto cyp2c19 = typedPhenotypeChoices(QStringLiteral("CYP2C19"));
        QVERIFY(cyp2c19);
        QVERIFY(cyp2c19->contains(QStringLiteral("Poor Metabolizer")));
        QVERIFY(cyp2c19->contains(QStringLiteral("Ultrarapid Metabolizer")));
        QVERIFY(!cyp2c19->contains(QStringLiteral("Poor Function")));
        QCOMPARE(cyp2c19->last(), QStringLiteral("Indeterminate"));
        auto slco1b1 = typedPhenotypeChoices(QStringLiteral("SLCO1B1"));
        QVERIFY(slco1b1 && slco1b1->contains(QStringLiteral("Poor Function")));
        QVERIFY(!slco1b1->contains(QStringLiteral("Poor Metabolizer")));
        // CPIC gives CYP4F2 no phenotype (Johnson JA et al. 2017): "n/a" only.
        auto cyp4f2 = typedPhenotypeChoices(QStringLiteral("CYP4F2"));
        QVERIFY(cyp4f2);
        QCOMPARE(*cyp4f2, QStringList{QStringLiteral("n/a")});
        auto cyp2d6 = typedPhenotypeChoices(QStringLiteral("CYP2D6"));
        QVERIFY(cyp2d6 && cyp2d6->isEmpty());
        auto unknown = typedPhenotypeChoices(QStringLiteral("CYP3A5"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field, QStringLiteral("gene"));
    }

    void diplotypeIsNormalisedAndLookedUp()
    {
        auto d = lookUpDiplotype(QStringLiteral("CYP2C19"), QStringLiteral(" *17 / *2 "));
        QVERIFY2(d, qPrintable(d ? QString() : d.error().message()));
        QCOMPARE(d->diplotype, QStringLiteral("*2/*17"));
        QCOMPARE(d->phenotype, QStringLiteral("Intermediate Metabolizer"));
        QVERIFY(d->activityScore.isEmpty());
    }

    void activityScoreIsTheSumOfTheAllelesValues()
    {
        auto cyp2c9 = lookUpDiplotype(QStringLiteral("CYP2C9"), QStringLiteral("*3/*1"));
        QVERIFY(cyp2c9);
        QCOMPARE(cyp2c9->diplotype, QStringLiteral("*1/*3"));
        QCOMPARE(cyp2c9->activityScore, QStringLiteral("1.0"));
        QCOMPARE(cyp2c9->phenotype, QStringLiteral("Intermediate Metabolizer"));
        // DPYD names are not star alleles: definition order, "Reference" first.
        auto dpyd = lookUpDiplotype(QStringLiteral("DPYD"),
                                    QStringLiteral("c.1129-5923C>G, c.1236G>A (HapB3)/Reference"));
        QVERIFY(dpyd);
        QCOMPARE(dpyd->diplotype, QStringLiteral("Reference/c.1129-5923C>G, c.1236G>A (HapB3)"));
        QCOMPARE(dpyd->activityScore, QStringLiteral("1.5"));
        QCOMPARE(dpyd->phenotype, QStringLiteral("Intermediate Metabolizer"));
    }

    void vkorc1IsTheGenotypeOnTheGenesStrand()
    {
        auto ga = lookUpDiplotype(QStringLiteral("VKORC1"), QStringLiteral("ag"));
        QVERIFY(ga);
        QCOMPARE(ga->diplotype, QStringLiteral("GA"));
        auto bad = lookUpDiplotype(QStringLiteral("VKORC1"), QStringLiteral("CT"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("diplotype"));
    }

    void anUndefinedAlleleIsRefusedNamingTheField()
    {
        for (const char *text : {"*1/*999", "*1", "*1/*2/*3", ""}) {
            auto r = lookUpDiplotype(QStringLiteral("CYP2C19"), QString::fromLatin1(text));
            QVERIFY2(!r, text);
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QCOMPARE(r.error().field, QStringLiteral("diplotype"));
        }
    }

    void aMatchingReportIsStoredWithoutANote()
    {
        auto r = checkTypedResult(QStringLiteral("CYP2C19"),
                                  QStringLiteral("*2/*2"),
                                  QStringLiteral("poor metabolizer"),
                                  {});
        QVERIFY(r);
        QCOMPARE(r->phenotype, QStringLiteral("Poor Metabolizer"));
        QVERIFY(r->notes.isEmpty());
        QVERIFY(!r->outsideOnly);
    }

    void aDifferingReportIsKeptWithTheDefinitionsPhenotypeNoted()
    {
        // The report says Intermediate for *2/*2; the CPIC 2022 table says Poor. The physician's
        // entry is what the report says, with the difference written beside it.
        auto r = checkTypedResult(QStringLiteral("CYP2C19"),
                                  QStringLiteral("*2/*2"),
                                  QStringLiteral("Intermediate Metabolizer"),
                                  QStringLiteral("Lab A, 2026-11-30"));
        QVERIFY(r);
        QCOMPARE(r->phenotype, QStringLiteral("Intermediate Metabolizer"));
        QVERIFY(r->notes.contains(QStringLiteral("Poor Metabolizer")));
        QVERIFY(r->notes.contains(QStringLiteral("Lab A, 2026-11-30")));
    }

    void aPhenotypeTermOfAnotherKindIsRefused()
    {
        auto r = checkTypedResult(QStringLiteral("CYP2C19"),
                                  QStringLiteral("*1/*1"),
                                  QStringLiteral("Poor Function"),
                                  {});
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("phenotype"));
        auto empty = checkTypedResult(QStringLiteral("CYP2C19"), QStringLiteral("*1/*1"), {}, {});
        QVERIFY(!empty);
        QCOMPARE(empty.error().field, QStringLiteral("phenotype"));
    }

    void outsideGenesAreStoredAsReported()
    {
        auto hla = checkTypedResult(
            QStringLiteral("HLA-B"), QStringLiteral("HLA-B*57:01"), {}, QStringLiteral("Lab B"));
        QVERIFY(hla);
        QCOMPARE(hla->diplotype, QStringLiteral("*57:01"));
        QVERIFY(hla->phenotype.isEmpty());
        QVERIFY(hla->outsideOnly);
        auto cyp2d6 = checkTypedResult(QStringLiteral("CYP2D6"), QStringLiteral("*1/*4"), {}, {});
        QVERIFY(cyp2d6);
        auto bad = checkTypedResult(QStringLiteral("CYP2D6"), QStringLiteral("*4"), {}, {});
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("diplotype"));
        // A phenotype for a gene Precis does not interpret would look interpreted: refused.
        auto interpreted = checkTypedResult(QStringLiteral("CYP2D6"),
                                            QStringLiteral("*1/*4"),
                                            QStringLiteral("Intermediate Metabolizer"),
                                            {});
        QVERIFY(!interpreted);
        QCOMPARE(interpreted.error().field, QStringLiteral("phenotype"));
        auto gene = checkTypedResult(QStringLiteral("CYP3A5"), QStringLiteral("*3/*3"), {}, {});
        QVERIFY(!gene);
        QCOMPARE(gene.error().field, QStringLiteral("gene"));
    }
};

QTEST_GUILESS_MAIN(TypedResultsTest)
#include "tst_typedresults.moc"
