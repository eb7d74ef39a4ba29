// SPDX-License-Identifier: GPL-3.0-or-later
// Pharmacogenomic results in the vault (issue #11): physician-only import (enforced in core,
// typed reason), all or nothing, append-only, audited without the results themselves, the
// newest result per gene read back; and migration 6 applying without migration 5.
#include "core/store/AuditLog.h"
#include "core/store/Genotypes.h"
#include "core/store/PatientRecords.h"
#include "core/store/Schema.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultInternal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace precis;
using namespace precis::store;

namespace {

const QString kAdminPw = QStringLiteral("admin correct horse battery 1");
const QString kNursePw = QStringLiteral("nurse correct horse battery 2");
const QString kDocPw = QStringLiteral("doctor correct horse battery 3");

security::SecretBytes pw(const QString &s)
{
    return security::SecretBytes::fromUtf8(s);
}

qint64 count(Vault &v, const char *sql)
{
    auto n = detail::VaultAccess::db(v).queryInt(sql);
    return n ? *n : -1;
}

// A CYP2C19 and an SLCO1B1 result as `precis-cli genomics call` prints them for a *2/*2 and a
// *5/*5 file (docs/GENOMICS.md; CPIC tables: CYP2C19 *2/*2 Poor Metabolizer, Lee 2022; SLCO1B1
// *5/*5 Poor Function, Cooper-DeHoff 2022).
GenotypeImport vcfImport()
{
    GenotypeImport i;
    i.source = GenotypeSource::VcfCall;
    i.fileSha256 = QString(64, QLatin1Char('a'));
    i.sampleName = QStringLiteral("S1");
    i.definitions = QStringLiteral("PharmCAT v3.1.1");
    i.results.push_back({QStringLiteral("CYP2C19"),
                         QStringLiteral("*2/*2"),
                         QStringLiteral("Poor Metabolizer"),
                         {},
                         35,
                         {},
                         {},
                         {}});
    i.results.push_back({QStringLiteral("SLCO1B1"),
                         QStringLiteral("*5/*5"),
                         QStringLiteral("Poor Function"),
                         {},
                         33,
                         {QStringLiteral("rs1"), QStringLiteral("rs2")},
                         QStringLiteral("2 of 2 definition positions untested"),
                         {{QStringLiteral("%1 of %2 definition positions untested"),
                           {QStringLiteral("2"), QStringLiteral("2")}}}});
    return i;
}

} // namespace

class TestGenotypes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_admin, m_nurse, m_doc;
    qint64 m_patient = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("g.precis"));
        QVERIFY(createVault(m_path, QStringLiteral("admin"), pw(kAdminPw)));
        auto admin = Vault::unlock(m_path, QStringLiteral("admin"), pw(kAdminPw));
        QVERIFY(admin);
        QVERIFY(addUser(**admin, QStringLiteral("nurse"), {Role::Nurse}, pw(kNursePw)));
        QVERIFY(addUser(**admin, QStringLiteral("doc"), {Role::Physician}, pw(kDocPw)));
        m_admin = std::move(*admin);
        auto nurse = Vault::unlock(m_path, QStringLiteral("nurse"), pw(kNursePw));
        auto doc = Vault::unlock(m_path, QStringLiteral("doc"), pw(kDocPw));
        QVERIFY(nurse && doc);
        m_nurse = std::move(*nurse);
        m_doc = std::move(*doc);
        auto id = addPatient(*m_nurse,
                             NewPatient{QStringLiteral("G-1"),
                                        QStringLiteral("Geno-Test"),
                                        QStringLiteral("Given"),
                                        QDate(1960, 1, 1),
                                        QStringLiteral("male"),
                                        true});
        QVERIFY(id);
        m_patient = *id;
    }

    void nurseAndAdministratorAreRefusedWithReason()
    {
        for (Vault *v : {m_nurse.get(), m_admin.get()}) {
            auto r = importGenotypes(*v, m_patient, vcfImport());
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::Permission);
            QCOMPARE(r.error().reason, ErrorReason::RoleRequired);
        }
        QCOMPARE(count(*m_doc, "SELECT count(*) FROM genotype_imports"), 0);
    }

    void physicianImportsAndNurseReads()
    {
        const qint64 before = count(*m_doc, "SELECT count(*) FROM audit");
        auto id = importGenotypes(*m_doc, m_patient, vcfImport());
        QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
        QCOMPARE(count(*m_doc, "SELECT count(*) FROM audit"), before + 1);
        auto rows = readAudit(detail::VaultAccess::db(*m_doc));
        QVERIFY(rows);
        const AuditEntry &last = rows->back();
        QCOMPARE(last.action, QString::fromLatin1(audit::kWrite));
        QCOMPARE(last.patientId, std::optional<qint64>(m_patient));
        QCOMPARE(
            last.detail,
            QStringLiteral("genotype import %1 recorded: 2 gene result(s), source vcf").arg(*id));
        // No result in the audit text: neither a diplotype nor a phenotype nor the gene.
        for (const char *secret : {"*2", "Poor", "CYP2C19", "SLCO1B1"})
            QVERIFY2(!last.detail.contains(QLatin1String(secret)), secret);

        auto read = patientGenotypes(*m_nurse, m_patient);
        QVERIFY(read);
        QCOMPARE(read->size(), std::size_t(2));
        const StoredGenotype &cyp = read->at(0);
        QCOMPARE(cyp.result.gene, QStringLiteral("CYP2C19"));
        QCOMPARE(cyp.result.diplotype, QStringLiteral("*2/*2"));
        QCOMPARE(cyp.result.phenotype, QStringLiteral("Poor Metabolizer"));
        QCOMPARE(cyp.result.testedPositions, std::optional<int>(35));
        QVERIFY(cyp.result.untested.isEmpty());
        QCOMPARE(cyp.source, GenotypeSource::VcfCall);
        QCOMPARE(cyp.sampleName, QStringLiteral("S1"));
        QCOMPARE(cyp.fileSha256, QString(64, QLatin1Char('a')));
        QCOMPARE(cyp.recordedBy, QStringLiteral("doc"));
        QVERIFY(cyp.recordedAt.isValid());
        const StoredGenotype &slco = read->at(1);
        QCOMPARE(slco.result.untested, QStringList({QStringLiteral("rs1"), QStringLiteral("rs2")}));
        QCOMPARE(slco.result.notes, QStringLiteral("2 of 2 definition positions untested"));
        // The notes' templates come back as stored (schema 8), for the Genomics view to translate.
        QCOMPARE(slco.result.noteSources, vcfImport().results[1].noteSources);
        QVERIFY(cyp.result.noteSources.isEmpty());
        // The read is a chart read with a count only.
        auto after = readAudit(detail::VaultAccess::db(*m_nurse));
        QVERIFY(after);
        QCOMPARE(after->back().action, QString::fromLatin1(audit::kChartRead));
        QCOMPARE(after->back().detail, QStringLiteral("2 genotype results read"));
    }

    void assumeRefIsAudited()
    {
        GenotypeImport i = vcfImport();
        i.assumeRef = true;
        i.tumourType = QStringLiteral("LUAD");
        auto id = importGenotypes(*m_doc, m_patient, i);
        QVERIFY(id);
        auto rows = readAudit(detail::VaultAccess::db(*m_doc));
        QVERIFY(rows);
        QVERIFY(rows->back().detail.endsWith(QLatin1String(", regions assumed reference")));
        // With the regions file's SHA-256 the audit names it.
        i.assumeRefSha256 = QString(64, QLatin1Char('b'));
        id = importGenotypes(*m_doc, m_patient, i);
        QVERIFY(id);
        rows = readAudit(detail::VaultAccess::db(*m_doc));
        QVERIFY(rows);
        QVERIFY2(rows->back().detail.endsWith(
                     QStringLiteral(", regions assumed reference (BED SHA-256 %1)")
                         .arg(i.assumeRefSha256)),
                 qPrintable(rows->back().detail));
        auto read = patientGenotypes(*m_doc, m_patient);
        QVERIFY(read);
        QCOMPARE(read->at(0).importId, *id);
        QVERIFY(read->at(0).assumeRef);
        QCOMPARE(read->at(0).tumourType, QStringLiteral("LUAD"));
    }

    void allOrNothing_data()
    {
        QTest::addColumn<int>("broken");
        QTest::addColumn<QString>("field");
        QTest::newRow("second gene without a phenotype") << 1 << QStringLiteral("phenotype");
        QTest::newRow("gene twice") << 2 << QStringLiteral("gene");
        QTest::newRow("lower-case gene") << 3 << QStringLiteral("gene");
        QTest::newRow("empty diplotype") << 4 << QStringLiteral("diplotype");
        QTest::newRow("bad sha") << 5 << QStringLiteral("file_sha256");
        QTest::newRow("no results") << 6 << QStringLiteral("gene");
        QTest::newRow("templates that do not give the notes") << 7 << QStringLiteral("notes");
        QTest::newRow("regions SHA-256 without assumed regions")
            << 8 << QStringLiteral("assume_ref_sha256");
        QTest::newRow("regions SHA-256 not hex") << 9 << QStringLiteral("assume_ref_sha256");
    }

    void allOrNothing()
    {
        QFETCH(int, broken);
        QFETCH(QString, field);
        GenotypeImport i = vcfImport();
        switch (broken) {
        case 1:
            i.results[1].phenotype.clear();
            break;
        case 2:
            i.results[1].gene = QStringLiteral("CYP2C19");
            break;
        case 3:
            i.results[1].gene = QStringLiteral("slco1b1");
            break;
        case 4:
            i.results[1].diplotype = QStringLiteral(" ");
            break;
        case 5:
            i.fileSha256 = QStringLiteral("ABC");
            break;
        case 8:
            i.assumeRefSha256 = QString(64, QLatin1Char('c'));
            break;
        case 9:
            i.assumeRef = true;
            i.assumeRefSha256 = QStringLiteral("BED");
            break;
        case 7:
            // The English says 2 of 2, the template 3 of 2: the screen and the CLI would differ.
            i.results[1].noteSources.first().args.first() = QStringLiteral("3");
            break;
        default:
            i.results.clear();
        }
        const qint64 imports = count(*m_doc, "SELECT count(*) FROM genotype_imports");
        const qint64 results = count(*m_doc, "SELECT count(*) FROM genotype_results");
        const qint64 audit = count(*m_doc, "SELECT count(*) FROM audit");
        auto r = importGenotypes(*m_doc, m_patient, i);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().field, field);
        QCOMPARE(count(*m_doc, "SELECT count(*) FROM genotype_imports"), imports);
        QCOMPARE(count(*m_doc, "SELECT count(*) FROM genotype_results"), results);
        QCOMPARE(count(*m_doc, "SELECT count(*) FROM audit"), audit);
    }

    // A failure inside the transaction (after the import row was written) leaves nothing.
    void failureMidwayRollsBack()
    {
        Database &db = detail::VaultAccess::db(*m_doc);
        QVERIFY(db.exec("CREATE TRIGGER fail_slco BEFORE INSERT ON genotype_results"
                        " WHEN NEW.gene = 'SLCO1B1' BEGIN SELECT RAISE(ABORT, 'test'); END"));
        const qint64 imports = count(*m_doc, "SELECT count(*) FROM genotype_imports");
        const qint64 results = count(*m_doc, "SELECT count(*) FROM genotype_results");
        auto r = importGenotypes(*m_doc, m_patient, vcfImport());
        QVERIFY(db.exec("DROP TRIGGER fail_slco"));
        QVERIFY(!r);
        QCOMPARE(count(*m_doc, "SELECT count(*) FROM genotype_imports"), imports);
        QCOMPARE(count(*m_doc, "SELECT count(*) FROM genotype_results"), results);
    }

    void unknownPatientIsNotFound()
    {
        auto r = importGenotypes(*m_doc, 999999, vcfImport());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }

    void outsideResultNeedsNoPhenotypeAndNewestWins()
    {
        GenotypeImport outside;
        outside.source = GenotypeSource::OutsideResult;
        outside.results.push_back(
            {QStringLiteral("CYP2D6"), QStringLiteral("*1/*4"), {}, {}, std::nullopt, {}, {}, {}});
        QVERIFY(importGenotypes(*m_doc, m_patient, outside));
        GenotypeImport typed;
        typed.source = GenotypeSource::TypedIn;
        typed.results.push_back({QStringLiteral("CYP2C19"),
                                 QStringLiteral("*1/*2"),
                                 QStringLiteral("Intermediate Metabolizer"),
                                 {},
                                 std::nullopt,
                                 {},
                                 {},
                                 {}});
        QVERIFY(importGenotypes(*m_doc, m_patient, typed));
        auto read = patientGenotypes(*m_doc, m_patient);
        QVERIFY(read);
        QCOMPARE(read->size(), std::size_t(3));
        QCOMPARE(read->at(0).result.gene, QStringLiteral("CYP2C19"));
        QCOMPARE(read->at(0).result.phenotype, QStringLiteral("Intermediate Metabolizer"));
        QCOMPARE(read->at(0).source, GenotypeSource::TypedIn);
        QCOMPARE(read->at(1).result.gene, QStringLiteral("CYP2D6"));
        QVERIFY(read->at(1).result.phenotype.isEmpty());
        QCOMPARE(read->at(1).source, GenotypeSource::OutsideResult);
        QCOMPARE(read->at(2).result.gene, QStringLiteral("SLCO1B1"));
    }

    // A row written before migration 8 has no templates (NULL): read back with the English
    // notes only. A damaged template column is refused naming it, never shown half-read.
    void noteSourcesNullAndDamaged()
    {
        Database &db = detail::VaultAccess::db(*m_doc);
        const qint64 importId = count(*m_doc, "SELECT max(id) FROM genotype_imports");
        QVERIFY(db.exec(QStringLiteral("INSERT INTO genotype_results(import_id, patient_id, gene,"
                                       " diplotype, phenotype, untested_positions, notes) VALUES"
                                       " (%1, %2, 'TPMT', '*1/*1', 'Normal Metabolizer', '',"
                                       " 'written before schema 8')")
                            .arg(importId)
                            .arg(m_patient)
                            .toUtf8()
                            .constData()));
        auto read = patientGenotypes(*m_doc, m_patient);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
        const auto tpmt = std::find_if(read->cbegin(), read->cend(), [](const StoredGenotype &g) {
            return g.result.gene == QLatin1String("TPMT");
        });
        QVERIFY(tpmt != read->cend());
        QCOMPARE(tpmt->result.notes, QStringLiteral("written before schema 8"));
        QVERIFY(tpmt->result.noteSources.isEmpty());

        QVERIFY(db.exec(QStringLiteral("INSERT INTO genotype_results(import_id, patient_id, gene,"
                                       " diplotype, phenotype, untested_positions, notes,"
                                       " note_sources) VALUES (%1, %2, 'NUDT15', '*1/*1',"
                                       " 'Normal Metabolizer', '', 'x', '[{\"args\":[]}]')")
                            .arg(importId)
                            .arg(m_patient)
                            .toUtf8()
                            .constData()));
        read = patientGenotypes(*m_doc, m_patient);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Damaged);
        QCOMPARE(read.error().field, QStringLiteral("note_sources"));
    }

    void rowsAreAppendOnly()
    {
        Database &db = detail::VaultAccess::db(*m_doc);
        QVERIFY(!db.exec("UPDATE genotype_results SET phenotype = 'Normal Metabolizer'"));
        QVERIFY(!db.exec("DELETE FROM genotype_imports"));
    }

    // Migrations 5 (decisions) and 6 (genotypes) were developed apart: a vault that recorded 6
    // but not 5 still gets 5 at the next migrate(), since every unrecorded migration is applied.
    void migrationFiveAfterSix()
    {
        Database &db = detail::VaultAccess::db(*m_doc);
        QCOMPARE(count(*m_doc, "SELECT count(*) FROM schema_version WHERE version = 6"), 1);
        QVERIFY(db.exec("DROP TABLE treatment_decisions"));
        QVERIFY(db.exec("DELETE FROM schema_version WHERE version = 5"));
        auto pending = migrationPending(db);
        QVERIFY(pending);
        QVERIFY(*pending);
        auto migrated = migrate(db);
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message()));
        QCOMPARE(count(*m_doc, "SELECT count(*) FROM schema_version WHERE version = 5"), 1);
        QCOMPARE(count(*m_doc, "SELECT count(*) FROM treatment_decisions"), 0);
        pending = migrationPending(db);
        QVERIFY(pending);
        QVERIFY(!*pending);
        QCOMPARE(*schemaVersion(db), kSchemaVersion);
    }

    void cleanupTestCase()
    {
        m_doc.reset();
        m_nurse.reset();
        m_admin.reset();
    }
};

QTEST_GUILESS_MAIN(TestGenotypes)
#include "tst_genotypes.moc"
