// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli genomics import and import-outside (issue #11) end to end on a small demo vault:
// a physician's import is stored with its source (file SHA-256, sample), a nurse
// is refused (exit 2), bad input exits 1 naming line and field, and nothing is stored then.
#include "core/store/AuditLog.h"
#include "core/store/ChartRecords.h"
#include "core/store/DemoCohort.h"
#include "core/store/Genotypes.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultInternal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace precis;
using namespace precis::store;

namespace {

const QString kDemoPw = QStringLiteral("precis-demo-password");
const QString kPatient = QStringLiteral("DEMO-000010");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PRECIS_BINARY_DIR "/app/precis-cli"), args);
    if (!p.waitForStarted())
        return {};
    p.write(kDemoPw.toUtf8() + "\n");
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// Two samples; S1 is CYP2C19 rs12248560 het and rs3758581 hom G, the rest of both genes'
// positions absent (tests/genomics/tst_genomicscli.cpp uses the same file for `call`).
const QByteArray kTwoSamples = "##fileformat=VCFv4.2\n"
                               "##contig=<ID=chr10,length=133797422>\n"
                               "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                               "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\n"
                               "chr10\t94761900\trs12248560\tC\tT\t.\tPASS\t.\tGT\t0/1\t0/0\n"
                               "chr10\t94842866\trs3758581\tA\tG\t.\tPASS\t.\tGT\t1/1\t1/1\n";

} // namespace

class TestGenomicsImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_vault;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
            return {};
        return path;
    }
    QStringList importArgs(const QString &sub, const QString &file, const QString &user) const
    {
        return {QStringLiteral("genomics"),
                sub,
                m_vault,
                file,
                QStringLiteral("--patient"),
                kPatient,
                QStringLiteral("--as"),
                user,
                QStringLiteral("--password-stdin")};
    }
    /// The patient's stored results, read as the physician (in-process).
    std::vector<StoredGenotype> stored()
    {
        auto v = Vault::unlock(
            m_vault, QString::fromLatin1(kDemoPhysician), security::SecretBytes::fromUtf8(kDemoPw));
        if (!v)
            return {};
        auto p = findPatientByRecordNumber(**v, kPatient);
        if (!p)
            return {};
        auto g = patientGenotypes(**v, p->id);
        return g ? *g : std::vector<StoredGenotype>{};
    }
    qint64 imports()
    {
        auto v = Vault::unlock(
            m_vault, QString::fromLatin1(kDemoPhysician), security::SecretBytes::fromUtf8(kDemoPw));
        if (!v)
            return -1;
        auto n = detail::VaultAccess::db(**v).queryInt("SELECT count(*) FROM genotype_imports");
        return n ? *n : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath(QStringLiteral("demo.precis"));
        DemoOptions small;
        small.patients = 12;
        QVERIFY(createDemoVault(m_vault, small));
    }

    void nurseIsRefused()
    {
        const qint64 before = imports();
        const QString vcf = write(QStringLiteral("a.vcf"), kTwoSamples);
        QStringList args
            = importArgs(QStringLiteral("import"), vcf, QString::fromLatin1(kDemoNurse));
        args << QStringLiteral("--sample") << QStringLiteral("S1");
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("physician")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(imports(), before);
    }

    void badInputExitsOneAndStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("vcf");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("several samples, no --sample")
            << kTwoSamples << QStringList{} << QStringLiteral("S1");
        QByteArray badGt = kTwoSamples;
        badGt.replace("0/1\t0/0", "0/x\t0/0");
        QTest::newRow("malformed GT")
            << badGt << QStringList{QStringLiteral("--sample"), QStringLiteral("S1")}
            << QStringLiteral("line 5, GT");
        // A malformed GT 94 Mb before CYP2C19, far from every gene: refused all the same.
        QTest::newRow("malformed GT far from the genes")
            << kTwoSamples + "chr10\t1000\t.\tA\tG\t.\tPASS\t.\tGT\t0/Z\t0/0\n"
            << QStringList{QStringLiteral("--sample"), QStringLiteral("S1")}
            << QStringLiteral("line 7, GT");
        QTest::newRow("tumour type not an OncoTree code")
            << kTwoSamples
            << QStringList{QStringLiteral("--sample"),
                           QStringLiteral("S1"),
                           QStringLiteral("--tumour-type"),
                           QStringLiteral("lung cancer")}
            << QStringLiteral("--tumour-type");
    }

    void badInputExitsOneAndStoresNothing()
    {
        QFETCH(QByteArray, vcf);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const qint64 before = imports();
        const QString path = write(QStringLiteral("b.vcf"), vcf);
        const Run r
            = runCli(importArgs(QStringLiteral("import"), path, QString::fromLatin1(kDemoPhysician))
                     + extra);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(imports(), before);
    }

    void unknownPatientExitsOne()
    {
        const QString vcf = write(QStringLiteral("c.vcf"), kTwoSamples);
        QStringList args
            = importArgs(QStringLiteral("import"), vcf, QString::fromLatin1(kDemoPhysician));
        args[5] = QStringLiteral("NO-SUCH-1");
        args << QStringLiteral("--sample") << QStringLiteral("S1");
        QCOMPARE(runCli(args).exitCode, 1);
    }

    // Issue #11: --assume-ref is "opt-in, audited when importing": the audit row of the import
    // names the regions file by its SHA-256 (its content, not its name or folder).
    void assumeRefImportAuditsTheRegionsFile()
    {
        const QByteArray regions = "chr10\t94700000\t94900000\n";
        const QString bed = write(QStringLiteral("panel.bed"), regions);
        const QString vcf = write(QStringLiteral("r.vcf"), kTwoSamples);
        QStringList args
            = importArgs(QStringLiteral("import"), vcf, QString::fromLatin1(kDemoPhysician));
        args << QStringLiteral("--sample") << QStringLiteral("S1") << QStringLiteral("--assume-ref")
             << bed;
        const Run r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto v = Vault::unlock(
            m_vault, QString::fromLatin1(kDemoPhysician), security::SecretBytes::fromUtf8(kDemoPw));
        QVERIFY(v);
        auto rows = readAudit(detail::VaultAccess::db(**v));
        QVERIFY(rows);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(regions, QCryptographicHash::Sha256).toHex());
        bool found = false;
        for (const AuditEntry &e : *rows)
            found = found
                    || e.detail.endsWith(
                        QStringLiteral(", regions assumed reference (BED SHA-256 %1)").arg(sha));
        QVERIFY(found);
        for (const AuditEntry &e : *rows)
            QVERIFY2(!e.detail.contains(QLatin1String("panel.bed")), qPrintable(e.detail));
    }

    void physicianImports()
    {
        const QString vcf = write(QStringLiteral("d.vcf"), kTwoSamples);
        QStringList args
            = importArgs(QStringLiteral("import"), vcf, QString::fromLatin1(kDemoPhysician));
        args << QStringLiteral("--sample") << QStringLiteral("S1");
        const Run r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(
            lines.value(0),
            QByteArray("gene\tdiplotype\tphenotype\tactivity_score\tuntested_positions\tnotes"));
        // CYP2C19 with *2's and *3's positions untested: Indeterminate (docs/GENOMICS.md).
        QVERIFY2(lines.value(1).startsWith("CYP2C19\t"), lines.value(1).constData());
        QVERIFY(lines.value(1).contains("\tIndeterminate\t"));
        const std::vector<StoredGenotype> g = stored();
        QVERIFY(!g.empty());
        const auto cyp = std::find_if(g.begin(), g.end(), [](const StoredGenotype &s) {
            return s.result.gene == QLatin1String("CYP2C19");
        });
        QVERIFY(cyp != g.end());
        QCOMPARE(cyp->source, GenotypeSource::VcfCall);
        QCOMPARE(cyp->sampleName, QStringLiteral("S1"));
        // A germline import has no tumour type (with one, the file is matched as the tumour's:
        // tst_tumourimport).
        QVERIFY(cyp->tumourType.isEmpty());
        QCOMPARE(cyp->fileSha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(kTwoSamples, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(cyp->result.phenotype, QStringLiteral("Indeterminate"));
        QVERIFY(cyp->result.untested.contains(QStringLiteral("rs4244285")));
        QVERIFY(!cyp->result.untested.contains(QStringLiteral("rs12248560")));
        QCOMPARE(*cyp->result.testedPositions + cyp->result.untested.size(), 35); // 35 positions
        QVERIFY(cyp->definitions.contains(QLatin1String("PharmCAT")));
    }

    void outsideResults()
    {
        const QString file = write(QStringLiteral("outside.csv"),
                                   "gene,diplotype\n# from the laboratory report\n"
                                   "CYP2D6,*1/*4\nHLA-B,HLA-B*57:01\n");
        const Run r = runCli(importArgs(
            QStringLiteral("import-outside"), file, QString::fromLatin1(kDemoPhysician)));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const std::vector<StoredGenotype> g = stored();
        int found = 0;
        for (const StoredGenotype &s : g) {
            if (s.result.gene == QLatin1String("CYP2D6")) {
                QCOMPARE(s.result.diplotype, QStringLiteral("*1/*4"));
                QVERIFY(s.result.phenotype.isEmpty());
                QCOMPARE(s.source, GenotypeSource::OutsideResult);
                ++found;
            } else if (s.result.gene == QLatin1String("HLA-B")) {
                QCOMPARE(s.result.diplotype, QStringLiteral("*57:01"));
                ++found;
            }
        }
        QCOMPARE(found, 2);
    }

    void outsideResultsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("gene not accepted")
            << QByteArray("gene\tallele\nHLA-B\t*57:01\nCYP2C19\t*2/*2\n")
            << QStringLiteral("line 3, column 1 (gene)");
        QTest::newRow("bad CYP2D6 diplotype") << QByteArray("gene,diplotype\nCYP2D6,*1-*4\n")
                                              << QStringLiteral("line 2, column 2 (diplotype)");
        QTest::newRow("bad header")
            << QByteArray("gene,result\nCYP2D6,*1/*4\n") << QStringLiteral("line 1");
        QTest::newRow("three columns")
            << QByteArray("gene,diplotype\nCYP2D6,*1/*4,x\n") << QStringLiteral("line 2, columns");
        QTest::newRow("gene twice") << QByteArray("gene,diplotype\nCYP2D6,*1/*4\nCYP2D6,*1/*1\n")
                                    << QStringLiteral("line 3, column 1 (gene)");
    }

    void outsideResultsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const qint64 before = imports();
        const QString file = write(QStringLiteral("bad.csv"), content);
        const Run r = runCli(importArgs(
            QStringLiteral("import-outside"), file, QString::fromLatin1(kDemoPhysician)));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(imports(), before);
    }

    void outsideResultsNurseRefused()
    {
        const QString file = write(QStringLiteral("n.csv"), "gene,diplotype\nCYP2D6,*1/*4\n");
        const qint64 before = imports();
        const Run r = runCli(
            importArgs(QStringLiteral("import-outside"), file, QString::fromLatin1(kDemoNurse)));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(imports(), before);
    }
};

QTEST_GUILESS_MAIN(TestGenomicsImport)
#include "tst_genomicsimport.moc"
