// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's Genomics view (issue #11) on a real demo vault, driven by object name: a nurse sees
// the stored results (Indeterminate and untested marked as not normal) but no import; showing
// the view is audited; a physician's VCF import runs on a worker thread and is stored, a
// cancelled one stores nothing; the Options view carries the stored SLCO1B1 modifier.
#include "core/genomics/TypedResults.h"
#include "core/security/SecretBytes.h"
#include "core/store/AdminTasks.h"
#include "core/store/AuditLog.h"
#include "core/store/DemoCohort.h"
#include "core/store/Genotypes.h"
#include "core/store/Vault.h"
#include "ui/MainWindow.h"
#include "ui/chart/GenomicsView.h"
#include "ui/chart/GenotypeEntryDialog.h"
#include "ui/chart/OptionsView.h"
#include "ui/chart/PatientChartWidget.h"
#include "ui/session/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace precis;

namespace {
const QString demoPassword = QStringLiteral("precis-demo-password");

// One sample: CYP2C19 rs12248560 het and rs3758581 hom G; every other CYP2C19 and SLCO1B1
// position absent, so both genes are Indeterminate (docs/GENOMICS.md "Calling").
const QByteArray kVcf = "##fileformat=VCFv4.2\n"
                        "##contig=<ID=chr10,length=133797422>\n"
                        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                        "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n"
                        "chr10\t94761900\trs12248560\tC\tT\t.\tPASS\t.\tGT\t0/1\n"
                        "chr10\t94842866\trs3758581\tA\tG\t.\tPASS\t.\tGT\t1/1\n";
} // namespace

class TestChartGenomics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    std::unique_ptr<ui::MainWindow> m_window;

    void unlockAs(const QString &user)
    {
        m_window = std::make_unique<ui::MainWindow>(ui::vaultUnlocker());
        m_window->setVaultPath(m_vault);
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *userEdit = m_window->findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
        auto *passwordEdit = m_window->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(userEdit && passwordEdit);
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        QTest::keyClicks(passwordEdit, demoPassword);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isUnlocking(), 30000);
        QVERIFY(!m_window->isLocked());
    }

    qint64 idOf(const QString &record)
    {
        auto patients = m_window->session()->listPatients();
        if (!patients)
            return 0;
        for (const store::PatientSummary &p : *patients) {
            if (p.recordNumber == record)
                return p.id;
        }
        return 0;
    }

    /// Writes `bytes` to `name` in the test folder; empty when that failed.
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    /// Signs in as the demo physician and shows `record`'s Genomics view; nullptr on failure.
    ui::GenomicsView *physicianGenomics(const QString &record, qint64 *patientId = nullptr)
    {
        unlockAs(QStringLiteral("demo-physician"));
        if (!m_window || m_window->isLocked())
            return nullptr;
        const qint64 id = idOf(record);
        if (patientId)
            *patientId = id;
        if (id <= 0 || !m_window->openPatient(id))
            return nullptr;
        m_window->patientChart()->showView(ui::PatientChartWidget::View::Genomics);
        return m_window->patientChart()->genomics();
    }

    int rowOf(QTableWidget *table, const QString &gene)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, ui::GenomicsView::Gene)->text() == gene)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath(QStringLiteral("demo.precis"));
        store::DemoOptions options;
        options.patients = 12;
        const auto created = store::createDemoVault(m_vault, options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
    }

    void cleanup() { m_window.reset(); }

    // DEMO-000003 has CYP2C19 Indeterminate with rs12248560 untested (store::writeDemoGenotypes).
    void nurseSeesResultsNotAsNormal()
    {
        unlockAs(QStringLiteral("demo-nurse"));
        const qint64 id = idOf(QStringLiteral("DEMO-000003"));
        QVERIFY(id > 0);
        QVERIFY(m_window->openPatient(id));
        ui::PatientChartWidget *chart = m_window->patientChart();
        chart->showView(ui::PatientChartWidget::View::Genomics);
        auto *view = chart->findChild<ui::GenomicsView *>(QStringLiteral("genomicsView"));
        QVERIFY(view);
        auto *table = view->findChild<QTableWidget *>(QStringLiteral("genomicsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        const int cyp = rowOf(table, QStringLiteral("CYP2C19"));
        const int slco = rowOf(table, QStringLiteral("SLCO1B1"));
        QVERIFY(cyp >= 0 && slco >= 0);
        QTableWidgetItem *ph = table->item(cyp, ui::GenomicsView::Phenotype);
        QVERIFY(ph->text().contains(QLatin1String("Indeterminate")));
        QVERIFY(ph->data(ui::GenomicsView::NotNormalRole).toBool());
        QVERIFY(ph->font().bold());
        QVERIFY(table->item(cyp, ui::GenomicsView::Untested)
                    ->text()
                    .contains(QLatin1String("rs12248560")));
        QCOMPARE(table->item(slco, ui::GenomicsView::Phenotype)->text(),
                 QStringLiteral("Normal Function"));
        QVERIFY(!table->item(slco, ui::GenomicsView::Phenotype)
                     ->data(ui::GenomicsView::NotNormalRole)
                     .toBool());
        QCOMPARE(table->item(cyp, ui::GenomicsView::Drugs)->text(), QStringLiteral("clopidogrel"));
        // A nurse gets no import (and the vault would refuse it).
        auto *import = view->findChild<QPushButton *>(QStringLiteral("genomicsImportButton"));
        QVERIFY(import);
        QVERIFY(!import->isVisible());
        QVERIFY(!view->enterButton()->isVisible());
        QVERIFY(!view->tumourImportButton()->isVisible());
        m_window->lock();
        auto admin = store::Vault::unlock(
            m_vault, QStringLiteral("demo-admin"), security::SecretBytes::fromUtf8(demoPassword));
        QVERIFY(admin);
        const auto rows = store::readAuditTrail(**admin);
        QVERIFY(rows);
        bool shown = false;
        for (const store::AuditEntry &e : *rows) {
            if (e.patientId == id && e.detail == QLatin1String("genomics view shown"))
                shown = true;
        }
        QVERIFY(shown);
    }

    void physicianImportsAndCancelStoresNothing()
    {
        const QString path = writeFile(QStringLiteral("s1.vcf"), kVcf);
        QVERIFY(!path.isEmpty());
        qint64 id = 0;
        ui::GenomicsView *view = physicianGenomics(QStringLiteral("DEMO-000010"), &id);
        QVERIFY(view);
        ui::PatientChartWidget *chart = m_window->patientChart();
        QCOMPARE(view->table()->rowCount(), 0);
        QVERIFY(view->importButton()->isVisible());

        // Cancelled: nothing stored.
        QSignalSpy finished(view, &ui::GenomicsView::importFinished);
        view->importFile(path);
        QVERIFY(view->isImporting());
        view->cancelImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        auto stored = m_window->session()->genotypes(id);
        QVERIFY(stored);
        QVERIFY(stored->empty());
        QCOMPARE(view->table()->rowCount(), 0);

        // Imported: stored and shown, both genes not normal.
        view->importFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        stored = m_window->session()->genotypes(id);
        QVERIFY(stored);
        QVERIFY(stored->size() >= 2);
        QCOMPARE(stored->front().source, store::GenotypeSource::VcfCall);
        QCOMPARE(stored->front().sampleName, QStringLiteral("S1"));
        QCOMPARE(view->table()->rowCount(), static_cast<int>(stored->size()));
        const int cyp = rowOf(view->table(), QStringLiteral("CYP2C19"));
        QVERIFY(cyp >= 0);
        QCOMPARE(view->table()->item(cyp, ui::GenomicsView::Tested)->text(), QStringLiteral("2"));
        QVERIFY(view->table()
                    ->item(cyp, ui::GenomicsView::Phenotype)
                    ->data(ui::GenomicsView::NotNormalRole)
                    .toBool());
        QVERIFY(view->table()
                    ->item(cyp, ui::GenomicsView::Source)
                    ->text()
                    .startsWith(QLatin1String("VCF, sample S1")));

        // The call's notes are stored with their templates (schema 8): in German the tooltip
        // is German, alternatives included, never the English the CLI prints.
        const QString english = view->table()->item(cyp, ui::GenomicsView::Phenotype)->toolTip();
        QVERIFY2(english.contains(QLatin1String("definition positions untested")),
                 qPrintable(english));
        QTranslator german;
        // The same .qm file the application embeds under :/i18n (translations/CMakeLists.txt).
        QVERIFY2(german.load(QStringLiteral("precis_de"), QStringLiteral(PRECIS_QM_DIR)),
                 PRECIS_QM_DIR);
        QVERIFY(QCoreApplication::installTranslator(&german));
        QVERIFY(m_window->openPatient(id));
        chart->showView(ui::PatientChartWidget::View::Genomics);
        view = chart->genomics();
        const int row = rowOf(view->table(), QStringLiteral("CYP2C19"));
        QVERIFY(row >= 0);
        const QString tip = view->table()->item(row, ui::GenomicsView::Phenotype)->toolTip();
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(tip.contains(QLatin1String("Definitionspositionen nicht getestet")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("nicht erkennbar: ein Test von")), qPrintable(tip));
        QVERIFY2(!tip.contains(QLatin1String("untested")) && !tip.contains(QLatin1String(" or ")),
                 qPrintable(tip));
    }

    // Issue #11: a GRCh37 file is refused "with a message that names the build found and what to
    // do"; the view words it from the header (genomics::readVcfHeaderFacts), not from the English
    // of the error. Chromosome 10 is 135,534,747 bases long in GRCh37 (GRCh37.p13, NC_000010.10).
    void buildRefusalNamesTheBuild()
    {
        QByteArray text = kVcf;
        text.replace("length=133797422", "length=135534747");
        const QString path = writeFile(QStringLiteral("grch37.vcf"), text);
        QVERIFY(!path.isEmpty());
        qint64 id = 0;
        ui::GenomicsView *view = physicianGenomics(QStringLiteral("DEMO-000011"), &id);
        QVERIFY(view);
        QSignalSpy finished(view, &ui::GenomicsView::importFinished);
        view->importFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString status = view->statusLabel()->text();
        QVERIFY2(status.contains(QLatin1String("GRCh37 genome build")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("chromosome 10 is ")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("Nothing was stored")), qPrintable(status));
        auto stored = m_window->session()->genotypes(id);
        QVERIFY(stored);
        QVERIFY(stored->empty());
    }

    // A result typed in from a report: TPMT *1/*3A is Intermediate Metabolizer in CPIC's table
    // (Relling MV et al., Clin Pharmacol Ther 2019;105:1095, as tabulated in PharmGKB/PharmCAT
    // v3.1.1 phenotype/TPMT.json). The dialog fills that in; a report saying Normal is stored as
    // reported with the difference in the notes, and shown as typed in.
    void physicianTypesInAResult()
    {
        unlockAs(QStringLiteral("demo-physician"));
        const qint64 id = idOf(QStringLiteral("DEMO-000012"));
        QVERIFY(id > 0);
        QVERIFY(m_window->openPatient(id));
        ui::PatientChartWidget *chart = m_window->patientChart();
        chart->showView(ui::PatientChartWidget::View::Genomics);
        ui::GenomicsView *view = chart->genomics();
        QVERIFY(view->enterButton()->isVisible());
        bool checked = false;
        QString checkText;
        QString warningLevel;
        bool okForBad = true;
        auto *poll = new QTimer(view);
        connect(poll, &QTimer::timeout, view, [&, poll] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<ui::GenotypeEntryDialog *>(w);
                if (!dialog || !dialog->isVisible())
                    continue;
                poll->stop();
                dialog->geneCombo()->setCurrentIndex(
                    dialog->geneCombo()->findData(QStringLiteral("TPMT")));
                QTest::keyClicks(dialog->diplotypeEdit(), QStringLiteral("*1/*99"));
                okForBad = dialog->okButton()->isEnabled();
                dialog->diplotypeEdit()->clear();
                QTest::keyClicks(dialog->diplotypeEdit(), QStringLiteral("*3A/*1"));
                checked = dialog->phenotypeCombo()->currentData().toString()
                          == QLatin1String("Intermediate Metabolizer");
                dialog->phenotypeCombo()->setCurrentIndex(
                    dialog->phenotypeCombo()->findData(QStringLiteral("Normal Metabolizer")));
                checkText = dialog->checkLabel()->text();
                warningLevel = dialog->checkLabel()->property("level").toString();
                QTest::keyClicks(dialog->reportEdit(), QStringLiteral("Lab C 2026-12-01"));
                dialog->okButton()->click();
            }
        });
        poll->start(50);
        view->enterButton()->click();
        QVERIFY(!okForBad);
        QVERIFY(checked);
        QVERIFY2(checkText.contains(QLatin1String("Intermediate Metabolizer")),
                 qPrintable(checkText));
        QCOMPARE(warningLevel, QStringLiteral("warning"));
        const auto stored = m_window->session()->genotypes(id);
        QVERIFY(stored);
        QCOMPARE(stored->size(), std::size_t{1});
        const store::StoredGenotype &g = stored->front();
        QCOMPARE(g.source, store::GenotypeSource::TypedIn);
        QCOMPARE(g.result.gene, QStringLiteral("TPMT"));
        QCOMPARE(g.result.diplotype, QStringLiteral("*1/*3A"));
        QCOMPARE(g.result.phenotype, QStringLiteral("Normal Metabolizer"));
        QVERIFY(g.result.notes.contains(QLatin1String("Intermediate Metabolizer")));
        QVERIFY(g.result.notes.contains(QLatin1String("Lab C 2026-12-01")));
        QVERIFY(!g.result.testedPositions.has_value());
        QCOMPARE(view->table()->rowCount(), 1);
        QVERIFY(view->table()
                    ->item(0, ui::GenomicsView::Source)
                    ->text()
                    .startsWith(QLatin1String("Typed in")));

        // HLA-B is stored as reported, as an outside result, without a phenotype.
        genomics::TypedResult hla;
        hla.gene = QStringLiteral("HLA-B");
        hla.diplotype = QStringLiteral("*57:01");
        hla.outsideOnly = true;
        QVERIFY(view->storeTypedResult(hla));
        const auto after = m_window->session()->genotypes(id);
        QVERIFY(after);
        QCOMPARE(after->size(), std::size_t{2});
        QCOMPARE(after->front().result.gene, QStringLiteral("HLA-B"));
        QCOMPARE(after->front().source, store::GenotypeSource::OutsideResult);

        // NUDT15 reported Indeterminate: the drugs' tooltip keeps "not determined" and adds
        // CPIC's own advice for that phenotype (record nudt15_indeterminate_mercaptopurine,
        // PA166297040 family: monitor closely for toxicity, strong), as the CLI does.
        const auto nudt15 = genomics::checkTypedResult(QStringLiteral("NUDT15"),
                                                       QStringLiteral("*1/*1"),
                                                       QStringLiteral("Indeterminate"),
                                                       QStringLiteral("Lab D 2026-12-02"));
        QVERIFY2(nudt15, qPrintable(nudt15 ? QString() : nudt15.error().message()));
        QVERIFY(view->storeTypedResult(*nudt15));
        const int row = rowOf(view->table(), QStringLiteral("NUDT15"));
        QVERIFY(row >= 0);
        const QString tip = view->table()->item(row, ui::GenomicsView::Drugs)->toolTip();
        QVERIFY2(tip.contains(QLatin1String("mercaptopurine: no genotype-based recommendation")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("monitor closely for toxicity (strong)")),
                 qPrintable(tip));
    }

    // A tumour's somatic VCF imported from the view: BRAF c.1799T>A p.V600E at chr7:140753336
    // A>T (GRCh38) in a melanoma (SKCM) matches the BRAF inhibitors of the tumour knowledge; a
    // cancelled import stores nothing.
    void physicianImportsATumourFile()
    {
        const QByteArray vcf = "##fileformat=VCFv4.2\n"
                               "##contig=<ID=chr7,length=159345973>\n"
                               "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                               "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
                               "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT\t0/1\n";
        const QString path = m_dir.filePath(QStringLiteral("tumour.vcf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(vcf), vcf.size());
        }
        unlockAs(QStringLiteral("demo-physician"));
        const qint64 id = idOf(QStringLiteral("DEMO-000009"));
        QVERIFY(id > 0);
        QVERIFY(m_window->openPatient(id));
        ui::PatientChartWidget *chart = m_window->patientChart();
        chart->showView(ui::PatientChartWidget::View::Genomics);
        ui::GenomicsView *view = chart->genomics();
        QVERIFY(view->tumourImportButton()->isVisible());
        QSignalSpy finished(view, &ui::GenomicsView::importFinished);
        view->importTumourFile(path, QStringLiteral("SKCM"));
        view->cancelImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        auto none = m_window->session()->tumourMatch(id);
        QVERIFY(none);
        QVERIFY(!none->has_value());

        view->importTumourFile(path, QStringLiteral("SKCM"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(view->statusLabel()->text()));
        auto stored = m_window->session()->tumourMatch(id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->tumourType, QStringLiteral("SKCM"));
        bool dabrafenib = false;
        QTableWidget *table = view->tumourTable();
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, ui::GenomicsView::TumourGene)->text() == QLatin1String("BRAF")
                && table->item(r, ui::GenomicsView::TumourTherapy)
                       ->text()
                       .contains(QLatin1String("dabrafenib")))
                dabrafenib = true;
        }
        QVERIFY(dabrafenib);
        // No pharmacogenomic result comes from a tumour file.
        auto genotypes = m_window->session()->genotypes(id);
        QVERIFY(genotypes);
        QVERIFY(genotypes->empty());
    }

    // DEMO-000002: SLCO1B1 *1/*5 Decreased Function stored; the statin rows carry CPIC 2022's
    // simvastatin modifier (the engine's SLCO1B1 rule) in the Options view's PGx column.
    void optionsCarryTheStoredGenotype()
    {
        unlockAs(QStringLiteral("demo-physician"));
        const qint64 id = idOf(QStringLiteral("DEMO-000002"));
        QVERIFY(id > 0);
        QVERIFY(m_window->openPatient(id));
        ui::PatientChartWidget *chart = m_window->patientChart();
        chart->showView(ui::PatientChartWidget::View::Options);
        QTreeWidget *tree = chart->options()->tree();
        bool found = false;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(ui::OptionsView::Pgx).contains(QLatin1String("SLCO1B1 decreased")))
                found = true;
        }
        QVERIFY(found);
    }
    // The file dialog keeps no trace of the VCF's folder (it may name the patient): Qt's
    // QtProject settings hold neither the folder nor the file after an import through it.
    void fileDialogLeavesNoPath()
    {
        const QString folder = m_dir.filePath(QStringLiteral("Patient-Folder-7Q"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = writeFile(QStringLiteral("Patient-Folder-7Q/p7q.vcf"), kVcf);
        QVERIFY(!path.isEmpty());
        ui::GenomicsView *view = physicianGenomics(QStringLiteral("DEMO-000011"));
        QVERIFY(view);
        QSignalSpy finished(view, &ui::GenomicsView::importFinished);
        // Answers the file dialog until it is gone. The path goes into the dialog's name field:
        // QFileDialog::selectFile() leaves a focused name field as it is, and whether the field
        // has focus depends on window activation, so a dialog answered that way could stay open
        // (and this test hang) on a loaded machine. A message box (e.g. "File not found") is
        // closed and recorded, so that the test fails instead of waiting forever.
        QString stray;
        auto *poll = new QTimer(view);
        connect(poll, &QTimer::timeout, view, [path, &stray] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    stray = box->text();
                    box->reject();
                    return;
                }
                auto *dialog = qobject_cast<QFileDialog *>(w);
                if (dialog && dialog->isVisible()
                    && dialog->objectName() == QLatin1String("genomicsFileDialog")) {
                    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                    if (name)
                        name->setText(path);
                    else
                        dialog->selectFile(path);
                    static_cast<QDialog *>(dialog)->accept(); // public in QDialog
                    return;
                }
            }
        });
        poll->start(20);
        QTest::mouseClick(view->importButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        delete poll;
        QVERIFY2(stray.isEmpty(), qPrintable(stray));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QSettings qt(QSettings::UserScope, QStringLiteral("QtProject"));
        for (const QString &key : qt.allKeys()) {
            const QString value
                = qt.value(key).toStringList().join(QLatin1Char(' ')) + qt.value(key).toString();
            QVERIFY2(!value.contains(QLatin1String("Patient-Folder-7Q")), qPrintable(key));
        }
    }
};

QTEST_MAIN(TestChartGenomics)
#include "tst_chartgenomics.moc"
