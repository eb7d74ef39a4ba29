// SPDX-License-Identifier: GPL-3.0-or-later
// Tumour variants (issue #11): the shipped knowledge, allele trimming and matching against
// OncoTree codes, on VCFs written by the test. Every expected value names its source: the FDA
// label or CIViC item an entry cites, or the dbSNP/ClinVar genomic HGVS of a position.
#include "core/genomics/TumourKnowledge.h"
#include "core/genomics/TumourMatcher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <htslib/bgzf.h>
#include <htslib/hts.h>
#include <htslib/kstring.h>
#include <htslib/vcf.h>

using namespace precis::genomics;

namespace {

const QByteArray kHeader = "##fileformat=VCFv4.2\n"
                           "##contig=<ID=chr1,length=248956422>\n"
                           "##contig=<ID=chr7,length=159345973>\n"
                           "##contig=<ID=chr12,length=133275309>\n"
                           "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n";
const QByteArray kColumns = "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n";

QByteArray
record(const char *chrom, qint64 pos, const char *ref, const char *alt, const char *gt = "0/1")
{
    return QByteArray(chrom) + '\t' + QByteArray::number(pos) + "\t.\t" + ref + '\t' + alt
           + "\t.\tPASS\t.\tGT\t" + gt + '\n';
}

const TumourFinding *find(const QList<TumourFinding> &rows,
                          const QString &therapy,
                          TumourEffect effect = TumourEffect::Sensitivity)
{
    for (const TumourFinding &f : rows)
        if (f.therapy == therapy && f.effect == effect)
            return &f;
    return nullptr;
}

} // namespace

class TestTumour : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TumourKnowledge m_knowledge;
    OncoTree m_tree;

    QString write(const QByteArray &text)
    {
        QString path = m_dir.filePath(QStringLiteral("tumour.vcf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text);
        return path;
    }

    QList<TumourFinding> match(const QByteArray &records, const QString &tumourType)
    {
        const auto m = matchTumourVcf(
            write(kHeader + kColumns + records), QString(), tumourType, m_knowledge, m_tree);
        if (!m) {
            qWarning("%s", qPrintable(m.error().message()));
            return {};
        }
        return m->findings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto k = loadTumourKnowledge();
        QVERIFY2(k.has_value(), k ? "" : qPrintable(k.error().message()));
        m_knowledge = *k;
        auto t = loadOncoTree();
        QVERIFY2(t.has_value(), t ? "" : qPrintable(t.error().message()));
        m_tree = *t;
    }

    void knowledgeIsVersionedAndAttributed()
    {
        QCOMPARE(m_knowledge.schemaVersion, 1);
        QVERIFY(!m_knowledge.knowledgeVersion.isEmpty());
        // The About box shows the constant; it must say what the data file says.
        QCOMPARE(m_knowledge.attribution, QString::fromUtf8(kTumourKnowledgeAttribution));
        QCOMPARE(m_tree.release, QStringLiteral("oncotree_2025_10_03"));
        // DOID -> OncoTree for the CIViC diseases used (CIViC disease "Lung Non-small Cell
        // Carcinoma" is DOID:3908; "Melanoma" DOID:1909).
        QCOMPARE(m_knowledge.doidToOncotree.value(QStringLiteral("DOID:3908")),
                 QStringLiteral("NSCLC"));
        QCOMPARE(m_knowledge.doidToOncotree.value(QStringLiteral("DOID:1909")),
                 QStringLiteral("MEL"));
        for (const TumourEvidence &e : std::as_const(m_knowledge.evidence)) {
            QVERIFY2(!e.citation.isEmpty(), qPrintable(e.therapy));
            QVERIFY2(e.tissueAgnostic || m_tree.contains(e.tumourType), qPrintable(e.tumourType));
            for (const QString &x : e.excludedTumourTypes)
                QVERIFY2(m_tree.contains(x), qPrintable(x));
        }
    }

    void oncoTreeParents()
    {
        // OncoTree 2025-10-03: LUAD -> NSCLC -> LUNG; COAD and READ -> COADREAD -> BOWEL.
        QVERIFY(m_tree.isWithin(QStringLiteral("LUAD"), QStringLiteral("NSCLC")));
        QVERIFY(m_tree.isWithin(QStringLiteral("COAD"), QStringLiteral("COADREAD")));
        QVERIFY(m_tree.isWithin(QStringLiteral("READ"), QStringLiteral("COADREAD")));
        QVERIFY(!m_tree.isWithin(QStringLiteral("NSCLC"), QStringLiteral("LUAD")));
        QVERIFY(!m_tree.isWithin(QStringLiteral("SKCM"), QStringLiteral("COADREAD")));
    }

    void knowledgePositions_data()
    {
        QTest::addColumn<QString>("chromosome");
        QTest::addColumn<qint64>("position");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("alt");
        QTest::addColumn<QString>("protein");
        QTest::addColumn<qint64>("grch37");
        // GRCh38 and GRCh37 positions from dbSNP's genomic HGVS of each allele.
        QTest::newRow("BRAF V600E rs113488022") << "7" << qint64(140753336) << "A"
                                                << "T"
                                                << "p.V600E" << qint64(140453136);
        QTest::newRow("EGFR L858R rs121434568") << "7" << qint64(55191822) << "T"
                                                << "G"
                                                << "p.L858R" << qint64(55259515);
        QTest::newRow("EGFR T790M rs121434569") << "7" << qint64(55181378) << "C"
                                                << "T"
                                                << "p.T790M" << qint64(55249071);
        QTest::newRow("KRAS G12D rs121913529") << "12" << qint64(25245350) << "C"
                                               << "T"
                                               << "p.G12D" << qint64(25398284);
        QTest::newRow("PIK3CA H1047R rs121913279") << "3" << qint64(179234297) << "A"
                                                   << "G"
                                                   << "p.H1047R" << qint64(178952085);
        // ESR1 D538G: GRCh37 6:152419926 A>G; GRCh38 6:152098791 (public hotspot liftover).
        QTest::newRow("ESR1 D538G") << "6" << qint64(152098791) << "A"
                                    << "G"
                                    << "p.D538G" << qint64(152419926);
        // AKT1 E17K: NC_000014.9:g.104780214C>T, GRCh37 14:105246551.
        QTest::newRow("AKT1 E17K") << "14" << qint64(104780214) << "C"
                                   << "T"
                                   << "p.E17K" << qint64(105246551);
        QTest::newRow("RET M918T rs74799832") << "10" << qint64(43121968) << "T"
                                              << "C"
                                              << "p.M918T" << qint64(43617416);
        // NC_000007.14:g.55174772_55174786del (EGFR c.2235_2249del15, p.E746_A750del), GRCh37
        // NC_000007.13:g.55242465_55242479del.
        QTest::newRow("EGFR c.2235_2249del") << "7" << qint64(55174772) << "GGAATTAAGAGAAGC"
                                             << ""
                                             << "p.E746_A750del" << qint64(55242465);
        // Knowledge 2026.12.1. NRAS K117N c.351G>T (NRAS on the minus strand: C>A): c.351 is
        // GRCh37 1:115252289 (a GRCh37 reference extract of exon 4, bialimed/AnaCore-utils
        // 5455e3de, reads C there), GRCh38 1:114709668 (codon 146 at 1:114709581-114709583 in
        // NadineWolgast/IntegrateALL 55b86357, 87 bases downstream in the same exon).
        QTest::newRow("NRAS K117N c.351G>T") << "1" << qint64(114709668) << "C"
                                             << "A"
                                             << "p.K117N" << qint64(115252289);
        QTest::newRow("NRAS K117N c.351G>C") << "1" << qint64(114709668) << "C"
                                             << "G"
                                             << "p.K117N" << qint64(115252289);
        // NRAS A146V c.437_438delinsTT (GCC>GTT): codon GCC at GRCh37 1:115252202-115252204 (the
        // AnaCore-utils GRCh37 extract), GRCh38 codon 146 = 1:114709581-114709583 (IntegrateALL).
        QTest::newRow("NRAS A146V c.437_438delinsTT") << "1" << qint64(114709581) << "GG"
                                                      << "AA"
                                                      << "p.A146V" << qint64(115252202);
        // EGFR G719S c.2155G>A: NC_000007.13:g.55241707G>A (CIViC variant 134); GRCh38
        // 7:55174014 G>A (charlottekyng/cancer_hotspots 341b43b2, hg38 hotspot file).
        QTest::newRow("EGFR G719S") << "7" << qint64(55174014) << "G"
                                    << "A"
                                    << "p.G719S" << qint64(55241707);
        // EGFR G719A c.2156G>C: NC_000007.13:g.55241708G>C (CIViC variant 999); GRCh38 55174015.
        QTest::newRow("EGFR G719A") << "7" << qint64(55174015) << "G"
                                    << "C"
                                    << "p.G719A" << qint64(55241708);
        // EGFR S768I c.2303G>T: NC_000007.13:g.55249005G>T (CIViC variant 562); GRCh38 by T790M
        // (c.2369 = NC_000007.14:g.55181378) 66 bases on in the same exon: 7:55181312.
        QTest::newRow("EGFR S768I") << "7" << qint64(55181312) << "G"
                                    << "T"
                                    << "p.S768I" << qint64(55249005);
        // EGFR L861Q c.2582T>A: GRCh38 7:55191831 T>A, GRCh37 7:55259524 (cancer_hotspots hg38
        // and hg19 files).
        QTest::newRow("EGFR L861Q") << "7" << qint64(55191831) << "T"
                                    << "A"
                                    << "p.L861Q" << qint64(55259524);
        // RET C634W c.1902C>G: NC_000010.10:g.43609950C>G (CIViC variant 112); GRCh38 by the RET
        // offset of M918T (rs74799832): 10:43114502. C634R c.1900T>C two bases before.
        QTest::newRow("RET C634W") << "10" << qint64(43114502) << "C"
                                   << "G"
                                   << "p.C634W" << qint64(43609950);
        QTest::newRow("RET C634R") << "10" << qint64(43114500) << "T"
                                   << "C"
                                   << "p.C634R" << qint64(43609948);
        // ESR1 Y537S written c.1610_1611delinsCA (codon TAT>TCA): 6:152098788 AT>CA on GRCh38,
        // 6:152419923 on GRCh37 (cancer_hotspots hg38 and hg19 files), which give c.1611 = T.
        QTest::newRow("ESR1 Y537S c.1610_1611delinsCA") << "6" << qint64(152098788) << "AT"
                                                        << "CA"
                                                        << "p.Y537S" << qint64(152419923);
        // AKT1 E17K as c.49_51delinsAAA (codon GAG>AAA; AKT1 on the minus strand): 14:104780212
        // CTC>TTT; codon GAG read at GRCh37 14:105246549-105246551 in the AnaCore-utils extract.
        QTest::newRow("AKT1 E17K c.49_51delinsAAA") << "14" << qint64(104780212) << "CTC"
                                                    << "TTT"
                                                    << "p.E17K" << qint64(105246549);
    }

    void knowledgePositions()
    {
        QFETCH(QString, chromosome);
        QFETCH(qint64, position);
        QFETCH(QString, ref);
        QFETCH(QString, alt);
        QFETCH(QString, protein);
        QFETCH(qint64, grch37);
        const QList<BiomarkerAllele> found
            = m_knowledge.alleles.value(MinimalAllele{chromosome, position, ref, alt});
        QVERIFY2(!found.isEmpty(), "allele missing from the knowledge");
        QCOMPARE(found.first().protein, protein);
        QCOMPARE(found.first().grch37Position, grch37);
    }

    void minimalForm()
    {
        // A padded V600E (common prefix C, suffix none) trims to the SNV.
        QCOMPARE(minimalAllele(
                     QStringLiteral("chr7"), 140753335, QStringLiteral("CA"), QStringLiteral("CT")),
                 (MinimalAllele{
                     QStringLiteral("7"), 140753336, QStringLiteral("A"), QStringLiteral("T")}));
        // Padded on both sides and in lower case.
        QCOMPARE(minimalAllele(
                     QStringLiteral("7"), 140753335, QStringLiteral("cac"), QStringLiteral("ctc")),
                 (MinimalAllele{
                     QStringLiteral("7"), 140753336, QStringLiteral("A"), QStringLiteral("T")}));
        // A VCF deletion loses its anchor base.
        QCOMPARE(minimalAllele(QStringLiteral("7"),
                               55174771,
                               QStringLiteral("AGGAATTAAGAGAAGC"),
                               QStringLiteral("A")),
                 (MinimalAllele{
                     QStringLiteral("7"), 55174772, QStringLiteral("GGAATTAAGAGAAGC"), QString()}));
        QCOMPARE(minimalAllele(QStringLiteral("7"), 1, QStringLiteral("A"), QStringLiteral("A"))
                     .position,
                 qint64(0));
    }

    void onLabelViaDescendant()
    {
        // LUAD lies below NSCLC. CIViC EID3017 (level A): BRAF V600E NSCLC, dabrafenib +
        // trametinib; the tissue-agnostic entry for the same therapy gives way to on-label.
        const auto rows = match(record("chr7", 140753336, "A", "T"), QStringLiteral("LUAD"));
        const TumourFinding *dt = find(rows, QStringLiteral("dabrafenib + trametinib"));
        QVERIFY(dt != nullptr);
        QCOMPARE(dt->context, TumourContext::OnLabel);
        QCOMPARE(dt->level, QStringLiteral("CIViC A"));
        QVERIFY(dt->citations.join(QLatin1Char(' ')).contains(QLatin1String("EID3017")));
        QCOMPARE(dt->gene, QStringLiteral("BRAF"));
        QCOMPARE(dt->variantText(), QStringLiteral("p.V600E (c.1799T>A; 7:140753336 A>T)"));
        // Braftovi + Mektovi label (2023): BRAF V600E NSCLC.
        const TumourFinding *eb = find(rows, QStringLiteral("encorafenib + binimetinib"));
        QVERIFY(eb != nullptr);
        QCOMPARE(eb->context, TumourContext::OnLabel);
        // Zelboraf label: melanoma only, so other-tumour for lung.
        const TumourFinding *v = find(rows, QStringLiteral("vemurafenib"));
        QVERIFY(v != nullptr);
        QCOMPARE(v->context, TumourContext::OtherTumour);
        QCOMPARE(v->tumourTypes, QStringList{QStringLiteral("MEL")});
    }

    void colorectalKeyedToCoadread()
    {
        // READ lies below COADREAD. Braftovi label: encorafenib + cetuximab, BRAF V600E mCRC.
        const auto rows = match(record("chr7", 140753336, "A", "T"), QStringLiteral("READ"));
        const TumourFinding *ec = find(rows, QStringLiteral("encorafenib + cetuximab"));
        QVERIFY(ec != nullptr);
        QCOMPARE(ec->context, TumourContext::OnLabel);
        // Tafinlar label (tissue-agnostic, 2022): not indicated for colorectal cancer, so neither
        // the tissue-agnostic row nor the other-tumour (NSCLC, melanoma) rows are offered.
        QVERIFY(find(rows, QStringLiteral("dabrafenib + trametinib")) == nullptr);
    }

    void tissueAgnostic()
    {
        // GB (glioblastoma, IDH-wildtype) has no indication of its own: the Tafinlar label's
        // BRAF V600E solid-tumour indication applies.
        const auto rows = match(record("chr7", 140753336, "A", "T"), QStringLiteral("GB"));
        const TumourFinding *dt = find(rows, QStringLiteral("dabrafenib + trametinib"));
        QVERIFY(dt != nullptr);
        QCOMPARE(dt->context, TumourContext::TissueAgnostic);
        QCOMPARE(dt->tumourTypes, QStringList{QStringLiteral("TISSUE")});
        // Single-agent dabrafenib: melanoma only (Tafinlar label) -> other-tumour.
        const TumourFinding *d = find(rows, QStringLiteral("dabrafenib"));
        QVERIFY(d != nullptr);
        QCOMPARE(d->context, TumourContext::OtherTumour);
    }

    void v600kIsNotTissueAgnostic()
    {
        // V600K (c.1798_1799delinsAA = 7:140753336 AC>TT): the tissue-agnostic label is V600E
        // only; Mekinist label: trametinib for V600E or V600K melanoma.
        const auto rows = match(record("chr7", 140753336, "AC", "TT"), QStringLiteral("GB"));
        QVERIFY(find(rows, QStringLiteral("dabrafenib + trametinib")) != nullptr);
        QCOMPARE(find(rows, QStringLiteral("dabrafenib + trametinib"))->context,
                 TumourContext::OtherTumour);
        QCOMPARE(find(rows, QStringLiteral("trametinib"))->protein, QStringLiteral("p.V600K"));
        QVERIFY(find(rows, QStringLiteral("vemurafenib")) == nullptr); // Zelboraf: V600E only
    }

    void rasResistance()
    {
        // Vectibix and Erbitux labels: not indicated for RAS-mutant colorectal cancer (KRAS or
        // NRAS codons 12, 13, 59, 61, 117, 146). NRAS Q61K c.181C>A = NC_000001.11:g.114713909G>T.
        const auto coad = match(record("chr1", 114713909, "G", "T"), QStringLiteral("COAD"));
        const TumourFinding *p
            = find(coad, QStringLiteral("panitumumab"), TumourEffect::Resistance);
        QVERIFY(p != nullptr);
        QCOMPARE(p->context, TumourContext::OnLabel);
        QCOMPARE(p->gene, QStringLiteral("NRAS"));
        QCOMPARE(p->protein, QStringLiteral("p.Q61K"));
        QVERIFY(find(coad, QStringLiteral("cetuximab"), TumourEffect::Resistance) != nullptr);
        // The same variant in a melanoma: other-tumour.
        const auto skcm = match(record("chr1", 114713909, "G", "T"), QStringLiteral("SKCM"));
        QCOMPARE(find(skcm, QStringLiteral("panitumumab"), TumourEffect::Resistance)->context,
                 TumourContext::OtherTumour);
        // KRAS G12C in colorectal: resistance to cetuximab alone, sensitivity to adagrasib +
        // cetuximab (Krazati label, 2024) and sotorasib + panitumumab (Lumakras label, 2025).
        const auto g12c = match(record("chr12", 25245351, "C", "A"), QStringLiteral("COAD"));
        QVERIFY(find(g12c, QStringLiteral("cetuximab"), TumourEffect::Resistance) != nullptr);
        QCOMPARE(find(g12c, QStringLiteral("adagrasib + cetuximab"))->context,
                 TumourContext::OnLabel);
        QCOMPARE(find(g12c, QStringLiteral("sotorasib + panitumumab"))->context,
                 TumourContext::OnLabel);
        QCOMPARE(find(g12c, QStringLiteral("sotorasib"))->context, TumourContext::OtherTumour);
    }

    void nrasCodons59To146()
    {
        // Erbitux and Vectibix labels: RAS exon 4 codon 117 and 146 and exon 3 codon 59 mutations
        // too. NRAS codon 117 is AAG, 146 GCC and 59 GCT (GRCh37 reference extract,
        // bialimed/AnaCore-utils 5455e3de bin/SARDINe/simuAmpliDS.py), so a change of the third
        // base counts: K117N c.351G>T (1:114709668 C>A), and c.350_351delinsTT (p.K117I,
        // 1:114709668 CT>AA) that spans it; A59 c.176_177delinsAA (GCT>GAA, p.A59E,
        // 1:114713913 AG>TT).
        const auto k117n = match(record("chr1", 114709668, "C", "A"), QStringLiteral("COAD"));
        const TumourFinding *p
            = find(k117n, QStringLiteral("panitumumab"), TumourEffect::Resistance);
        QVERIFY(p != nullptr);
        QCOMPARE(p->gene, QStringLiteral("NRAS"));
        QCOMPARE(p->protein, QStringLiteral("p.K117N"));
        QCOMPARE(p->hgvsc, QStringLiteral("c.351G>T"));
        QCOMPARE(p->context, TumourContext::OnLabel);
        QVERIFY(find(k117n, QStringLiteral("cetuximab"), TumourEffect::Resistance) != nullptr);
        const auto k117i = match(record("chr1", 114709668, "CT", "AA"), QStringLiteral("COAD"));
        QCOMPARE(find(k117i, QStringLiteral("cetuximab"), TumourEffect::Resistance)->protein,
                 QStringLiteral("p.K117I"));
        const auto a59e = match(record("chr1", 114713913, "AG", "TT"), QStringLiteral("COAD"));
        QCOMPARE(find(a59e, QStringLiteral("panitumumab"), TumourEffect::Resistance)->protein,
                 QStringLiteral("p.A59E"));
        // Synonymous third-base changes stay unlisted: K117K c.351G>A (1:114709668 C>T), A146A
        // c.438C>T (1:114709581 G>A), A59A c.177T>C (1:114713913 A>G).
        QVERIFY(match(record("chr1", 114709668, "C", "T"), QStringLiteral("COAD")).isEmpty());
        QVERIFY(match(record("chr1", 114709581, "G", "A"), QStringLiteral("COAD")).isEmpty());
        QVERIFY(match(record("chr1", 114713913, "A", "G"), QStringLiteral("COAD")).isEmpty());
    }

    void afatinibUncommonEgfr()
    {
        // Gilotrif label (1.1, expanded 12 January 2018): non-resistant EGFR mutations, the
        // uncommon ones studied being G719X, S768I and L861Q. Afatinib is on-label for LUAD; the
        // other EGFR TKIs' labels name exon 19 deletions and L858R only, so they are absent.
        for (const QByteArray &rec : {record("chr7", 55174014, "G", "A"),    // G719S
                                      record("chr7", 55174015, "G", "C"),    // G719A
                                      record("chr7", 55181312, "G", "T"),    // S768I
                                      record("chr7", 55191831, "T", "A")}) { // L861Q
            const auto rows = match(rec, QStringLiteral("LUAD"));
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().therapy, QStringLiteral("afatinib"));
            QCOMPARE(rows.first().context, TumourContext::OnLabel);
            QCOMPARE(rows.first().gene, QStringLiteral("EGFR"));
            QCOMPARE(rows.first().level, QStringLiteral("FDA label"));
        }
        // G719X is any substitution at G719 but not a stop or a synonymous change: c.2157C>T
        // (GGC>GGT, 7:55174016 C>T) matches nothing; L861R (c.2582T>G) is not L861Q.
        QVERIFY(match(record("chr7", 55174016, "C", "T"), QStringLiteral("LUAD")).isEmpty());
        QVERIFY(match(record("chr7", 55191831, "T", "G"), QStringLiteral("LUAD")).isEmpty());
    }

    void retMedullaryThyroid()
    {
        // Retevmo label: RET-mutant medullary thyroid cancer (THME). C634R c.1900T>C, GRCh38
        // 10:43114500 T>C (GRCh37 10:43609948; CIViC variant 112 gives c.1902 at 43609950).
        const QByteArray header = "##fileformat=VCFv4.2\n"
                                  "##contig=<ID=chr10,length=133797422>\n"
                                  "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"GT\">\n";
        const auto m
            = matchTumourVcf(write(header + kColumns + record("chr10", 43114500, "T", "C")),
                             QString(),
                             QStringLiteral("THME"),
                             m_knowledge,
                             m_tree);
        QVERIFY2(m.has_value(), m ? "" : qPrintable(m.error().message()));
        QCOMPARE(m->findings.size(), 1);
        QCOMPARE(m->findings.first().therapy, QStringLiteral("selpercatinib"));
        QCOMPARE(m->findings.first().context, TumourContext::OnLabel);
        QCOMPARE(m->findings.first().protein, QStringLiteral("p.C634R"));
        // C634Y c.1901G>A (10:43114501 G>A) as well; a synonymous C634C c.1902C>T does not.
        const auto y
            = matchTumourVcf(write(header + kColumns + record("chr10", 43114501, "G", "A")),
                             QString(),
                             QStringLiteral("THME"),
                             m_knowledge,
                             m_tree);
        QVERIFY(y.has_value());
        QCOMPARE(y->findings.size(), 1);
        QCOMPARE(y->findings.first().protein, QStringLiteral("p.C634Y"));
        const auto syn
            = matchTumourVcf(write(header + kColumns + record("chr10", 43114502, "C", "T")),
                             QString(),
                             QStringLiteral("THME"),
                             m_knowledge,
                             m_tree);
        QVERIFY(syn.has_value());
        QVERIFY(syn->findings.isEmpty());
    }

    void metExon14Skipping()
    {
        // MET c.3028+1G>T (NM_000245.4; GRCh38 7:116771990 G>T, GRCh37 7:116412044): Tabrecta
        // and Tepmetko labels, MET exon 14 skipping NSCLC; on-label for LUAD.
        const auto rows = match(record("chr7", 116771990, "G", "T"), QStringLiteral("LUAD"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(find(rows, QStringLiteral("capmatinib"))->context, TumourContext::OnLabel);
        QCOMPARE(find(rows, QStringLiteral("tepotinib"))->gene, QStringLiteral("MET"));
        QCOMPARE(find(rows, QStringLiteral("tepotinib"))->hgvsc, QStringLiteral("c.3028+1G>T"));
        // The first base inside the exon's coding sequence is not a splice-site SNV here.
        QVERIFY(match(record("chr7", 116771989, "G", "T"), QStringLiteral("LUAD")).isEmpty());
    }

    void breast()
    {
        // IDC lies below BRCA. Orserdu label (2023): elacestrant for ESR1-mutated ER+/HER2-
        // breast cancer; Piqray label: alpelisib + fulvestrant for PIK3CA H1047R (therascreen).
        const QByteArray esr1 = "chr6\t152098791\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\n";
        const auto m
            = matchTumourVcf(write("##fileformat=VCFv4.2\n"
                                   "##contig=<ID=chr6,length=170805979>\n"
                                   "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"GT\">\n"
                                   + kColumns + esr1),
                             QString(),
                             QStringLiteral("IDC"),
                             m_knowledge,
                             m_tree);
        QVERIFY2(m.has_value(), m ? "" : qPrintable(m.error().message()));
        QCOMPARE(m->findings.size(), 1);
        QCOMPARE(m->findings.first().therapy, QStringLiteral("elacestrant"));
        QCOMPARE(m->findings.first().context, TumourContext::OnLabel);
        QCOMPARE(m->findings.first().gene, QStringLiteral("ESR1"));
        const auto rows = match(QByteArray("chr3\t179234297\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\n"),
                                QStringLiteral("IDC"));
        QCOMPARE(find(rows, QStringLiteral("alpelisib + fulvestrant"))->context,
                 TumourContext::OnLabel);
    }

    void noGeneLevelMatching()
    {
        // EGFR L858L (c.2574G>A, synonymous, 7:55191823 G>A) and an intronic EGFR position
        // match nothing; so does a KRAS codon 12 synonymous change (c.36T>C = 12:25245349 A>G).
        QVERIFY(match(record("chr7", 55191823, "G", "A"), QStringLiteral("LUAD")).isEmpty());
        QVERIFY(match(record("chr7", 55191700, "C", "T"), QStringLiteral("LUAD")).isEmpty());
        QVERIFY(match(record("chr12", 25245349, "A", "G"), QStringLiteral("COAD")).isEmpty());
        // The right position with another allele: L858Q (c.2573T>A) is not L858R.
        QVERIFY(match(record("chr7", 55191822, "T", "A"), QStringLiteral("LUAD")).isEmpty());
    }

    void paddedAndShiftedRepresentations()
    {
        // L858R written with padding (7:55191821 CTG>CGG): trims to 55191822 T>G; Tagrisso label.
        const auto padded = match(record("chr7", 55191821, "CTG", "CGG"), QStringLiteral("LUAD"));
        QCOMPARE(find(padded, QStringLiteral("osimertinib"))->protein, QStringLiteral("p.L858R"));
        // EGFR c.2240_2254del15 (p.L747_T751del) as HGVS writes it (3'-most, VCF anchor at
        // c.2239 = 7:55174776) and left-aligned (c.2238_2252del, anchor 7:55174774): both match.
        const auto right
            = match(record("chr7", 55174776, "TTAAGAGAAGCAACAT", "T"), QStringLiteral("LUAD"));
        const auto left
            = match(record("chr7", 55174774, "AATTAAGAGAAGCAAC", "A"), QStringLiteral("LUAD"));
        QVERIFY(find(right, QStringLiteral("osimertinib")) != nullptr);
        QVERIFY(find(left, QStringLiteral("osimertinib")) != nullptr);
        QCOMPARE(find(right, QStringLiteral("osimertinib"))->protein,
                 QStringLiteral("p.L747_T751del"));
        QCOMPARE(find(left, QStringLiteral("osimertinib"))->protein,
                 QStringLiteral("p.L747_T751del"));
    }

    void genotypeDecides()
    {
        // A record the tumour sample does not carry (GT 0/0) is not a finding.
        QVERIFY(
            match(record("chr7", 140753336, "A", "T", "0/0"), QStringLiteral("LUAD")).isEmpty());
        // Multi-allelic: the sample carries the second ALT (T, V600E), not the first (G, V600A).
        QVERIFY(
            !match(record("chr7", 140753336, "A", "G,T", "0/2"), QStringLiteral("LUAD")).isEmpty());
    }

    // BRAF c.1799T>A p.V600E at chr7:140753336 A>T (GRCh38; the knowledge file's position). A
    // record whose FILTER failed is not matched, and is named; PASS and "." are matched.
    void filteredRecordsAreNotMatched()
    {
        const QByteArray filterHeader
            = "##FILTER=<ID=LowQual,Description=\"Low quality\">\n"
              "##FILTER=<ID=weak_evidence,Description=\"Weak evidence\">\n";
        QByteArray rec = record("chr7", 140753336, "A", "T");
        QByteArray failed = rec;
        failed.replace("\tPASS\t", "\tLowQual;weak_evidence\t");
        const auto m = matchTumourVcf(write(kHeader + filterHeader + kColumns + failed),
                                      QString(),
                                      QStringLiteral("SKCM"),
                                      m_knowledge,
                                      m_tree);
        QVERIFY2(m, qPrintable(m ? QString() : m.error().message()));
        QVERIFY(m->findings.isEmpty());
        QCOMPARE(m->filtered.size(), 1);
        QCOMPARE(m->filtered.first().allele.position, qint64{140753336});
        QCOMPARE(m->filtered.first().filters, QStringLiteral("LowQual;weak_evidence"));
        QByteArray dot = rec;
        dot.replace("\tPASS\t", "\t.\t");
        QVERIFY(!match(dot, QStringLiteral("SKCM")).isEmpty());
        QVERIFY(!match(rec, QStringLiteral("SKCM")).isEmpty());
    }

    void annotatedFiles()
    {
        // VEP (CSQ) and SnpEff (ANN) annotations are recognised; matching stays genomic.
        const QByteArray vep
            = kHeader
              + "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence "
                "annotations from Ensembl VEP. Format: Allele|SYMBOL|HGVSp\">\n"
              + kColumns + "chr7\t140753336\t.\tA\tT\t.\tPASS\tCSQ=T|BRAF|p.Val600Glu\tGT\t0/1\n";
        const auto m
            = matchTumourVcf(write(vep), QString(), QStringLiteral("SKCM"), m_knowledge, m_tree);
        QVERIFY2(m.has_value(), m ? "" : qPrintable(m.error().message()));
        QCOMPARE(m->annotation, VcfAnnotation::Vep);
        QVERIFY(find(m->findings, QStringLiteral("vemurafenib")) != nullptr);
        const QByteArray snpEff = kHeader
                                  + "##INFO=<ID=ANN,Number=.,Type=String,Description=\"Functional "
                                    "annotations: 'Allele | Annotation | Gene_Name'\">\n"
                                  + kColumns
                                  + "chr7\t140753336\t.\tA\tT\t.\tPASS\tANN=T|missense_variant|BRAF"
                                    "\tGT\t0/1\n";
        const auto s
            = matchTumourVcf(write(snpEff), QString(), QStringLiteral("SKCM"), m_knowledge, m_tree);
        QVERIFY(s.has_value());
        QCOMPARE(s->annotation, VcfAnnotation::SnpEff);
        QCOMPARE(s->findings.size(), m->findings.size());
    }

    void compressedAndBcf()
    {
        // BRAF V600E in a melanoma (Zelboraf label) read from bgzipped VCF and from BCF.
        const QByteArray text = kHeader + kColumns + record("chr7", 140753336, "A", "T");
        const QByteArray gzPath = m_dir.filePath(QStringLiteral("t.vcf.gz")).toLocal8Bit();
        BGZF *gz = bgzf_open(gzPath.constData(), "w");
        QVERIFY(gz != nullptr);
        QVERIFY(bgzf_write(gz, text.constData(), static_cast<size_t>(text.size())) >= 0);
        QCOMPARE(bgzf_close(gz), 0);
        auto m = matchTumourVcf(
            QString::fromLocal8Bit(gzPath), QString(), QStringLiteral("SKCM"), m_knowledge, m_tree);
        QVERIFY2(m.has_value(), m ? "" : qPrintable(m.error().message()));
        QVERIFY(find(m->findings, QStringLiteral("vemurafenib")) != nullptr);

        const QByteArray bcfPath = m_dir.filePath(QStringLiteral("t.bcf")).toLocal8Bit();
        htsFile *out = hts_open(bcfPath.constData(), "wb");
        QVERIFY(out != nullptr);
        bcf_hdr_t *hdr = bcf_hdr_init("w");
        QByteArray header = (kHeader + kColumns).chopped(1);
        QCOMPARE(bcf_hdr_parse(hdr, header.data()), 0);
        QCOMPARE(bcf_hdr_write(out, hdr), 0);
        bcf1_t *rec = bcf_init();
        const QByteArray line = record("chr7", 140753336, "A", "T").chopped(1);
        kstring_t ks = KS_INITIALIZE;
        kputsn(line.constData(), static_cast<size_t>(line.size()), &ks);
        QCOMPARE(vcf_parse(&ks, hdr, rec), 0);
        ks_free(&ks);
        QCOMPARE(bcf_write(out, hdr, rec), 0);
        bcf_destroy(rec);
        bcf_hdr_destroy(hdr);
        QCOMPARE(hts_close(out), 0);
        m = matchTumourVcf(QString::fromLocal8Bit(bcfPath),
                           QString(),
                           QStringLiteral("SKCM"),
                           m_knowledge,
                           m_tree);
        QVERIFY2(m.has_value(), m ? "" : qPrintable(m.error().message()));
        QVERIFY(find(m->findings, QStringLiteral("vemurafenib")) != nullptr);
        QCOMPARE(m->records, qint64(1));
    }

    void refusals()
    {
        const QString ok = write(kHeader + kColumns + record("chr7", 140753336, "A", "T"));
        // Unknown OncoTree code, named.
        auto r = matchTumourVcf(ok, QString(), QStringLiteral("NOPE"), m_knowledge, m_tree);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("tumour type"));
        QCOMPARE(r.error().value, QStringLiteral("NOPE"));
        // GRCh37 (chromosome 7 length 159,138,663, NC_000007.13).
        r = matchTumourVcf(write("##fileformat=VCFv4.2\n##contig=<ID=7,length=159138663>\n"
                                 + kColumns + record("7", 140453136, "A", "T")),
                           QString(),
                           QStringLiteral("LUAD"),
                           m_knowledge,
                           m_tree);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("header ##contig"));
        // A bad POS on the first record (line 7 of the file).
        r = matchTumourVcf(write(kHeader + kColumns + "chr7\tx\t.\tA\tT\t.\tPASS\t.\tGT\t0/1\n"),
                           QString(),
                           QStringLiteral("LUAD"),
                           m_knowledge,
                           m_tree);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("line 7, POS"));
        // Two samples and no choice.
        r = matchTumourVcf(write(kHeader
                                 + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\t"
                                   "NORMAL\n"
                                 + "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT\t0/1\t0/0\n"),
                           QString(),
                           QStringLiteral("LUAD"),
                           m_knowledge,
                           m_tree);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("sample"));
        QVERIFY(r.error().detail.contains(QLatin1String("TUMOR, NORMAL")));
    }
};

QTEST_GUILESS_MAIN(TestTumour)
#include "tst_tumour.moc"
