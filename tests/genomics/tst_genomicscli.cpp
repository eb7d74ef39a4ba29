// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the built `precis-cli genomics call` on VCFs written here; header and exit codes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCli = QStringLiteral(PRECIS_BINARY_DIR "/app/precis-cli");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.start(kCli, args);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// CYP2C19 *1/*17 where only rs12248560 (het) and rs3758581 (hom G) are given: the other 33
// definition positions are untested, *2 and *3 undetectable, so the phenotype is Indeterminate.
const QByteArray kTwoSites = "##fileformat=VCFv4.2\n"
                             "##contig=<ID=chr10,length=133797422>\n"
                             "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                             "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\n"
                             "chr10\t94761900\trs12248560\tC\tT\t.\tPASS\t.\tGT\t0/1\t0/0\n"
                             "chr10\t94842866\trs3758581\tA\tG\t.\tPASS\t.\tGT\t1/1\t1/1\n";

} // namespace

class TestGenomicsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("in.vcf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text);
        return path;
    }

private Q_SLOTS:
    // A record that failed the caller's filters leaves its position untested, and --json names
    // it with the filter (docs/GENOMICS.md "FILTER").
    void jsonNamesFilteredPositions()
    {
        QByteArray vcf = kTwoSites;
        vcf.replace("rs12248560\tC\tT\t.\tPASS", "rs12248560\tC\tT\t.\tLowQual");
        vcf.replace("##FORMAT", "##FILTER=<ID=LowQual,Description=\"Low quality\">\n##FORMAT");
        const Run r = cli({"genomics", "call", write(vcf), "--sample", "S1", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject cyp
            = QJsonDocument::fromJson(r.out).object().value("genes").toArray().at(0).toObject();
        QCOMPARE(cyp.value("gene").toString(), QStringLiteral("CYP2C19"));
        const QJsonArray filtered = cyp.value("filtered_positions").toArray();
        QCOMPARE(filtered.size(), 1);
        QVERIFY2(filtered.at(0).toString().contains(QLatin1String("rs12248560")),
                 qPrintable(filtered.at(0).toString()));
        QVERIFY(filtered.at(0).toString().contains(QLatin1String("LowQual")));
        QVERIFY(cyp.value("untested_positions").toArray().contains(QStringLiteral("rs12248560")));
    }

    void headerAndRow()
    {
        const Run r = cli({"genomics", "call", write(kTwoSites), "--sample", "S1"});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        // One row per shipped gene (ten), in a fixed order: CYP2C19 first, SLCO1B1 fifth.
        QCOMPARE(lines.size(), 11);
        // The header of issue #11.
        QCOMPARE(lines[0],
                 QByteArray("gene\tdiplotype\tphenotype\tactivity_score\t"
                            "untested_positions\tnotes"));
        const QList<QByteArray> cells = lines[1].split('\t');
        QCOMPARE(cells.size(), 6);
        QCOMPARE(cells[0], QByteArray("CYP2C19"));
        QCOMPARE(cells[2], QByteArray("Indeterminate"));
        QVERIFY(cells[4].contains("rs4244285") && cells[4].contains("rs4986893"));
        QVERIFY(!cells[4].contains("rs12248560"));
        QVERIFY(cells[5].contains("rs12769205"));
        // The file has no chr12 record: every SLCO1B1 position is untested, and missing data is
        // never normal (issue #11): Indeterminate, naming rs4149056 (c.521T>C).
        const QList<QByteArray> slco = lines[5].split('\t');
        QCOMPARE(slco.size(), 6);
        QCOMPARE(slco[0], QByteArray("SLCO1B1"));
        QCOMPARE(slco[2], QByteArray("Indeterminate"));
        QCOMPARE(slco[3], QByteArray("n/a"));
        QVERIFY(slco[4].contains("rs4149056"));
        QVERIFY(slco[5].contains("rs4149056"));
    }

    void json()
    {
        const Run r = cli({"genomics", "call", write(kTwoSites), "--sample", "S2", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value("sample").toString(), QStringLiteral("S2"));
        const QJsonArray genes = root.value("genes").toArray();
        QCOMPARE(genes.size(), 10);
        QCOMPARE(genes.at(0).toObject().value("gene").toString(), QStringLiteral("CYP2C19"));
        QCOMPARE(genes.at(4).toObject().value("gene").toString(), QStringLiteral("SLCO1B1"));
        // No index next to a plain VCF; no --assume-ref given.
        QCOMPARE(root.value("indexed").toBool(), false);
        QVERIFY(root.value("assume_ref").isNull());
        // CYP2C19 is Indeterminate here: its clopidogrel entry gives no genotype-based
        // recommendation and names the positions that would settle it, never the normal-dose
        // record (resources/genomics/recommendations.json).
        QVERIFY(!root.value("recommendations_version").toString().isEmpty());
        const QJsonArray recs = genes.at(0).toObject().value("recommendations").toArray();
        QCOMPARE(recs.size(), 1);
        const QJsonObject clop = recs.at(0).toObject();
        QCOMPARE(clop.value("drug").toString(), QStringLiteral("clopidogrel"));
        QCOMPARE(clop.value("determined").toBool(), false);
        QVERIFY(clop.value("source").isNull());
        QVERIFY(clop.value("action").toString().startsWith(
            QStringLiteral("no genotype-based recommendation: CYP2C19 phenotype not determined; "
                           "positions ")));
        QVERIFY(clop.value("action").toString().contains(QStringLiteral("rs4244285")));
        // DPYD (no chr1 record): one undetermined entry per fluoropyrimidine.
        for (const QJsonValue &g : genes) {
            if (g.toObject().value("gene").toString() != QStringLiteral("DPYD"))
                continue;
            const QJsonArray d = g.toObject().value("recommendations").toArray();
            QCOMPARE(d.size(), 2);
            QCOMPARE(d.at(0).toObject().value("drug").toString(), QStringLiteral("fluorouracil"));
            QCOMPARE(d.at(1).toObject().value("determined").toBool(), false);
        }
    }

    void assumeRef()
    {
        // --assume-ref: the BED region chr10:94,700,000-94,900,000 spans every CYP2C19 position,
        // so the 33 absent ones are taken as reference and the two given sites decide: *1/*17,
        // Rapid Metabolizer (CPIC, Lee CR et al. 2022, Table 1). The JSON names the BED file so
        // an import can audit it.
        const QString bed = m_dir.filePath(QStringLiteral("panel.bed"));
        {
            QFile f(bed);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("chr10\t94700000\t94900000\n");
        }
        const Run r = cli({"genomics",
                           "call",
                           write(kTwoSites),
                           "--sample",
                           "S1",
                           "--json",
                           "--assume-ref",
                           bed});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value("assume_ref").toString(), bed);
        const QJsonObject cyp = root.value("genes").toArray().at(0).toObject();
        QCOMPARE(cyp.value("diplotypes").toArray().at(0).toString(), QStringLiteral("*1/*17"));
        QCOMPARE(cyp.value("phenotype").toString(), QStringLiteral("Rapid Metabolizer"));
        QCOMPARE(cyp.value("untested_positions").toArray().size(), 0);
        QCOMPARE(cyp.value("assumed_reference").toArray().size(), 33);
        // Rapid metabolizer: clopidogrel at standard dose (CPIC 2022 Table 2, strong).
        const QJsonObject clop = cyp.value("recommendations").toArray().at(0).toObject();
        QCOMPARE(clop.value("record").toString(), QStringLiteral("cyp2c19_nm_clopidogrel"));
        QCOMPARE(clop.value("source").toString(), QStringLiteral("CPIC"));
        QCOMPARE(clop.value("year").toInt(), 2022);
        QCOMPARE(clop.value("classification").toString(), QStringLiteral("strong"));
        // A bad BED line: exit 1, naming the line and column.
        {
            QFile f(bed);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("chr10\t94700000\t1\n");
        }
        const Run bad
            = cli({"genomics", "call", write(kTwoSites), "--sample", "S1", "--assume-ref", bed});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("line 1, end"), bad.err.constData());
    }

    void badInputExitsOne()
    {
        // Two samples without --sample: refused, naming them.
        Run r = cli({"genomics", "call", write(kTwoSites)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("S1, S2"));
        QVERIFY(r.out.isEmpty());
        // A malformed REF on line 6: the message names line and field.
        QByteArray bad = kTwoSites;
        bad.replace("rs3758581\tA\t", "rs3758581\tA?\t");
        r = cli({"genomics", "call", write(bad), "--sample", "S1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("line 6, REF"), r.err.constData());
        // A malformed GT far from every gene (chr10:1000, line 7) is refused as well, and
        // nothing is printed.
        r = cli({"genomics",
                 "call",
                 write(kTwoSites + "chr10\t1000\t.\tA\tG\t.\tPASS\t.\tGT\t0/Z\t0/0\n"),
                 "--sample",
                 "S1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("line 7, GT"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // GRCh37 refused.
        QByteArray b37 = kTwoSites;
        b37.replace("133797422", "135534747");
        r = cli({"genomics", "call", write(b37), "--sample", "S1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("GRCh37"));
        // No such file; no arguments.
        QCOMPARE(cli({"genomics", "call", m_dir.filePath("absent.vcf")}).exitCode, 1);
        QCOMPARE(cli({"genomics", "call"}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestGenomicsCli)
#include "tst_genomicscli.moc"
