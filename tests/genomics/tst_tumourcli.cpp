// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the built `precis-cli genomics tumour` on a VCF written here; header, rows and exit
// codes (issue #11).
#include <QFile>
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

// A Mutect2-style tumour/normal file: BRAF V600E (c.1799T>A, NC_000007.14:g.140753336A>T) in
// the tumour only, and an EGFR synonymous change (L858L, c.2574G>A) that must match nothing.
const QByteArray kTumourNormal
    = "##fileformat=VCFv4.2\n"
      "##contig=<ID=chr7,length=159345973>\n"
      "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
      "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL\n"
      "chr7\t55191823\t.\tG\tA\t.\tPASS\t.\tGT\t0/1\t0/0\n"
      "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT\t0/1\t0/0\n";

} // namespace

class TestTumourCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &text)
    {
        QString path = m_dir.filePath(QStringLiteral("tumour.vcf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text);
        return path;
    }

private Q_SLOTS:
    void headerAndRows()
    {
        const Run r = cli({"genomics",
                           "tumour",
                           write(kTumourNormal),
                           "--tumour-type",
                           "SKCM",
                           "--sample",
                           "TUMOR"});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        // The header of issue #11, exactly.
        QCOMPARE(lines.first(),
                 QByteArray("gene\tvariant\ttherapy\teffect\tlevel\tcontext\tcitation"));
        // Melanoma (SKCM below MEL), BRAF V600E. On-label by the labels: dabrafenib (Tafinlar),
        // dabrafenib + trametinib (CIViC AID7; Tafinlar/Mekinist), encorafenib + binimetinib
        // (Braftovi/Mektovi), trametinib (Mekinist), vemurafenib (Zelboraf), vemurafenib +
        // cobimetinib (Cotellic). Other-tumour: encorafenib + cetuximab (Braftovi, colorectal).
        QList<QByteArray> onLabel;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split('\t');
            QCOMPARE(cells.size(), 7);
            QCOMPARE(cells[0], QByteArray("BRAF")); // nothing for the synonymous EGFR change
            QCOMPARE(cells[1], QByteArray("p.V600E (c.1799T>A; 7:140753336 A>T)"));
            QVERIFY(cells[3] == "sensitivity");
            QVERIFY(!cells[6].isEmpty());
            if (cells[5] == "on-label")
                onLabel.append(cells[2]);
            else
                QCOMPARE(cells[5], QByteArray("other-tumour"));
        }
        QCOMPARE(onLabel,
                 (QList<QByteArray>{"dabrafenib",
                                    "dabrafenib + trametinib",
                                    "encorafenib + binimetinib",
                                    "trametinib",
                                    "vemurafenib",
                                    "vemurafenib + cobimetinib"}));
        QCOMPARE(lines.size(), 1 + 6 + 1);
        QVERIFY(lines.last().contains("encorafenib + cetuximab\tsensitivity\tFDA label\t"
                                      "other-tumour"));
    }

    void nrasK117nInColorectal()
    {
        // Knowledge 2026.12.1: NRAS K117N c.351G>T is GRCh38 1:114709668 C>A (NRAS on the minus
        // strand; codon 117 AAG from a GRCh37 reference extract, bialimed/AnaCore-utils
        // 5455e3de). Erbitux and Vectibix labels: not indicated for RAS-mutant colorectal cancer
        // (codon 117 included), so two resistance rows, on-label for COAD (below COADREAD).
        const QByteArray vcf = "##fileformat=VCFv4.2\n"
                               "##contig=<ID=chr1,length=248956422>\n"
                               "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                               "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
                               "chr1\t114709668\t.\tC\tA\t.\tPASS\t.\tGT\t0/1\n";
        const Run r = cli({"genomics", "tumour", write(vcf), "--tumour-type", "COAD"});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 2);
        QList<QByteArray> therapies;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split('\t');
            QCOMPARE(cells.size(), 7);
            QCOMPARE(cells[0], QByteArray("NRAS"));
            QCOMPARE(cells[1], QByteArray("p.K117N (c.351G>T; 1:114709668 C>A)"));
            QCOMPARE(cells[3], QByteArray("resistance"));
            QCOMPARE(cells[5], QByteArray("on-label"));
            therapies.append(cells[2]);
        }
        QCOMPARE(therapies, (QList<QByteArray>{"cetuximab", "panitumumab"}));
    }

    void badInput()
    {
        // Unknown OncoTree code: exit 1, named.
        Run r = cli({"genomics",
                     "tumour",
                     write(kTumourNormal),
                     "--tumour-type",
                     "NOPE",
                     "--sample",
                     "TUMOR"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("NOPE") && r.err.contains("tumour type"), r.err.constData());
        // Malformed record: the line and the column are named, nothing on stdout.
        QByteArray broken = kTumourNormal;
        broken.replace("chr7\t140753336", "chr7\t14075x336");
        r = cli(
            {"genomics", "tumour", write(broken), "--tumour-type", "SKCM", "--sample", "TUMOR"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("line 6, POS"), r.err.constData());
        // Two samples without --sample: refused naming them.
        r = cli({"genomics", "tumour", write(kTumourNormal), "--tumour-type", "SKCM"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("TUMOR, NORMAL"), r.err.constData());
        // --tumour-type is required.
        r = cli({"genomics", "tumour", write(kTumourNormal), "--sample", "TUMOR"});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestTumourCli)
#include "tst_tumourcli.moc"
