// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli genomics import --tumour-type (issue #11, "Tumour variants") end to end on a small
// demo vault: the file's tumour variants are matched and stored with the import, the stored rows
// are the rows `genomics tumour` prints for the same file, the knowledge and OncoTree releases
// are recorded; a nurse is refused and a failing import stores nothing.
#include "core/genomics/TumourKnowledge.h"
#include "core/store/AuditLog.h"
#include "core/store/ChartRecords.h"
#include "core/store/Decisions.h"
#include "core/store/DemoCohort.h"
#include "core/store/Genotypes.h"
#include "core/store/Sqlite.h"
#include "core/store/TumourFindings.h"
#include "core/store/Vault.h"
#include "core/store/VaultInternal.h"
#include "core/therapy/TumourOptions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace precis;
using namespace precis::store;

namespace {

const QString kDemoPw = QStringLiteral("precis-demo-password");
const QString kPatient = QStringLiteral("DEMO-000011");

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

// The tumour/normal file of tst_tumourcli: BRAF V600E (c.1799T>A, NC_000007.14:g.140753336A>T)
// in the tumour only, and an EGFR synonymous change (L858L, c.2574G>A) that matches nothing.
const QByteArray kTumourNormal
    = "##fileformat=VCFv4.2\n"
      "##contig=<ID=chr7,length=159345973>\n"
      "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
      "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL\n"
      "chr7\t55191823\t.\tG\tA\t.\tPASS\t.\tGT\t0/1\t0/0\n"
      "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT\t0/1\t0/0\n";

} // namespace

class TestTumourImport : public QObject
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
    QStringList importArgs(const QString &file, const QString &user, const QString &type) const
    {
        return {QStringLiteral("genomics"),
                QStringLiteral("import"),
                m_vault,
                file,
                QStringLiteral("--patient"),
                kPatient,
                QStringLiteral("--as"),
                user,
                QStringLiteral("--password-stdin"),
                QStringLiteral("--sample"),
                QStringLiteral("TUMOR"),
                QStringLiteral("--tumour-type"),
                type};
    }
    std::unique_ptr<Vault> physician()
    {
        auto v = Vault::unlock(
            m_vault, QString::fromLatin1(kDemoPhysician), security::SecretBytes::fromUtf8(kDemoPw));
        return v ? std::move(*v) : nullptr;
    }
    qint64 count(const char *sql)
    {
        auto v = physician();
        if (!v)
            return -1;
        auto n = detail::VaultAccess::db(*v).queryInt(sql);
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
        const qint64 imports = count("SELECT count(*) FROM genotype_imports");
        const qint64 matches = count("SELECT count(*) FROM tumour_matches");
        const QString vcf = write(QStringLiteral("n.vcf"), kTumourNormal);
        const Run r
            = runCli(importArgs(vcf, QString::fromLatin1(kDemoNurse), QStringLiteral("SKCM")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("physician")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(count("SELECT count(*) FROM genotype_imports"), imports);
        QCOMPARE(count("SELECT count(*) FROM tumour_matches"), matches);
    }

    void failingImportStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("vcf");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QByteArray badPos = kTumourNormal;
        badPos.replace("140753336", "14075x336");
        // The bad record comes after the matching one: nothing of the file may be stored.
        QTest::newRow("malformed record after a match")
            << badPos << QStringLiteral("SKCM") << QStringLiteral("line 6");
        QTest::newRow("unknown OncoTree code")
            << kTumourNormal << QStringLiteral("NOPE") << QStringLiteral("tumour type");
    }

    void failingImportStoresNothing()
    {
        QFETCH(QByteArray, vcf);
        QFETCH(QString, type);
        QFETCH(QString, message);
        const qint64 imports = count("SELECT count(*) FROM genotype_imports");
        const qint64 findings = count("SELECT count(*) FROM tumour_findings");
        const QString path = write(QStringLiteral("bad.vcf"), vcf);
        const Run r = runCli(importArgs(path, QString::fromLatin1(kDemoPhysician), type));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(count("SELECT count(*) FROM genotype_imports"), imports);
        QCOMPARE(count("SELECT count(*) FROM tumour_findings"), findings);
    }

    void storedRowsAreTheMatchersRows()
    {
        const QString vcf = write(QStringLiteral("t.vcf"), kTumourNormal);
        // Lower case, as `genomics tumour` accepts it: stored as the OncoTree code SKCM.
        const Run r
            = runCli(importArgs(vcf, QString::fromLatin1(kDemoPhysician), QStringLiteral("skcm")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // What `genomics tumour` prints for the same file and type (no vault).
        const Run direct = runCli({QStringLiteral("genomics"),
                                   QStringLiteral("tumour"),
                                   vcf,
                                   QStringLiteral("--tumour-type"),
                                   QStringLiteral("SKCM"),
                                   QStringLiteral("--sample"),
                                   QStringLiteral("TUMOR")});
        QCOMPARE(direct.exitCode, 0);
        QCOMPARE(r.out, direct.out);
        const QList<QByteArray> lines = direct.out.split('\n');
        QVERIFY(lines.size() > 2); // header, at least one finding, trailing newline

        auto v = physician();
        QVERIFY(v);
        auto patient = findPatientByRecordNumber(*v, kPatient);
        QVERIFY(patient);
        auto stored = patientTumourMatch(*v, patient->id);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message()));
        QVERIFY(stored->has_value());
        const StoredTumourMatch &m = **stored;
        QCOMPARE(m.tumourType, QStringLiteral("SKCM"));
        QCOMPARE(m.sampleName, QStringLiteral("TUMOR"));
        QCOMPARE(m.fileSha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(kTumourNormal, QCryptographicHash::Sha256).toHex()));
        const auto knowledge = genomics::loadTumourKnowledge();
        const auto tree = genomics::loadOncoTree();
        QVERIFY(knowledge && tree);
        QCOMPARE(m.match.knowledgeVersion, knowledge->knowledgeVersion);
        QCOMPARE(m.match.oncotreeRelease, tree->release);
        QCOMPARE(m.match.records, 2);
        QCOMPARE(m.match.allelesSeen, 2);
        // One stored row per printed row, field by field (the synonymous EGFR change is none).
        QCOMPARE(qsizetype(m.match.findings.size()), lines.size() - 2);
        for (std::size_t i = 0; i < m.match.findings.size(); ++i) {
            const TumourFindingRow &f = m.match.findings[i];
            const QList<QByteArray> cells = lines[qsizetype(i) + 1].split('\t');
            QCOMPARE(cells.size(), 7);
            QCOMPARE(f.gene.toUtf8(), cells[0]);
            QCOMPARE(f.gene, QStringLiteral("BRAF"));
            QCOMPARE(f.protein, QStringLiteral("p.V600E"));
            QCOMPARE(f.chromosome, QStringLiteral("7"));
            QCOMPARE(f.position, 140753336);
            QCOMPARE(f.ref, QStringLiteral("A"));
            QCOMPARE(f.alt, QStringLiteral("T"));
            QCOMPARE(f.therapy.toUtf8(), cells[2]);
            QCOMPARE(f.effect.toUtf8(), cells[3]);
            QCOMPARE(f.level.toUtf8(), cells[4]);
            QCOMPARE(f.context.toUtf8(), cells[5]);
            QCOMPARE(f.citations.join(QStringLiteral(" | ")).toUtf8(), cells[6]);
        }
        // A somatic file gives no pharmacogenomic results.
        auto genotypes = patientGenotypes(*v, patient->id);
        QVERIFY(genotypes);
        QVERIFY(genotypes->empty());
        // The audit names counts only: no gene, variant or therapy.
        auto st
            = detail::VaultAccess::db(*v).prepare("SELECT detail FROM audit WHERE detail LIKE "
                                                  "'genotype import%' ORDER BY seq DESC LIMIT 1");
        QVERIFY(st);
        auto row = st->step();
        QVERIFY(row && *row);
        const QString detailText = st->text(0);
        QVERIFY2(detailText.contains(QLatin1String("tumour finding")), qPrintable(detailText));
        for (const char *secret : {"BRAF", "V600E", "dabrafenib", "SKCM", "140753336"})
            QVERIFY2(!detailText.contains(QLatin1String(secret)), secret);
    }

    // A decision on a tumour-guided option, recorded as the chart records it, is re-derived by
    // `precis-cli replay` from its stored inputs; a changed stored input is reported (exit 3).
    void decisionReplays()
    {
        {
            auto v = physician();
            QVERIFY(v);
            auto patient = findPatientByRecordNumber(*v, kPatient);
            QVERIFY(patient);
            auto stored = patientTumourMatch(*v, patient->id);
            QVERIFY(stored && stored->has_value());
            const auto findings = tumourFindings((*stored)->match);
            const auto options = therapy::tumourOptions(findings);
            QVERIFY(!options.empty());
            DecisionRequest request;
            request.patientId = patient->id;
            request.optionId = options.front().row.option;
            request.decision = Decision::Accept;
            request.knowledgeBaseVersion = (*stored)->match.knowledgeVersion;
            request.inputs = therapy::tumourInputsToJson(
                (*stored)->tumourType, (*stored)->match.oncotreeRelease, findings);
            request.recommendation = therapy::recommendationToJson(options.front().row, {});
            QVERIFY(recordDecision(*v, request));
        }
        const QStringList replay{QStringLiteral("replay"),
                                 m_vault,
                                 QStringLiteral("--as"),
                                 QString::fromLatin1(kDemoPhysician),
                                 QStringLiteral("--password-stdin")};
        Run r = runCli(replay);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY2(r.out.contains("option tumour:BRAF:p.V600E:") && r.out.contains(": agrees"),
                 r.out.constData());
        {
            auto v = physician();
            QVERIFY(v);
            Database &db = detail::VaultAccess::db(*v);
            QVERIFY(db.exec("DROP TRIGGER treatment_decisions_no_update"));
            QVERIFY(db.exec("UPDATE treatment_decisions SET inputs = replace(inputs, 'SKCM',"
                            " 'COAD') WHERE option_id LIKE 'tumour:%'"));
        }
        r = runCli(replay);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("DIFFERS") && r.out.contains("inputs_sha256"), r.out.constData());
    }

    void rowsAreAppendOnly()
    {
        auto v = physician();
        QVERIFY(v);
        Database &db = detail::VaultAccess::db(*v);
        QVERIFY(!db.exec("UPDATE tumour_findings SET therapy = 'x'"));
        QVERIFY(!db.exec("DELETE FROM tumour_matches"));
    }
};

QTEST_GUILESS_MAIN(TestTumourImport)
#include "tst_tumourimport.moc"
