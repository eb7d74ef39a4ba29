// SPDX-License-Identifier: GPL-3.0-or-later
// Tumour findings on the chart (issue #11, "Done when": a physician sees tumour-guided options
// with their evidence on the chart) on a real demo vault: DEMO-000004's stored LUAD match with
// EGFR L858R (store::writeDemoTumour) in the Genomics view's tumour table, its tumour-guided
// options as their own group in the Options view, a physician's decision stored with the tumour
// knowledge version and replayed without difference, and a nurse who sees but cannot decide.
#include "core/genomics/TumourKnowledge.h"
#include "core/security/SecretBytes.h"
#include "core/store/ChartRecords.h"
#include "core/store/Decisions.h"
#include "core/store/DemoCohort.h"
#include "core/store/TumourFindings.h"
#include "core/store/Vault.h"
#include "core/therapy/TumourOptions.h"
#include "ui/MainWindow.h"
#include "ui/chart/GenomicsView.h"
#include "ui/chart/OptionDecisionDialog.h"
#include "ui/chart/OptionsView.h"
#include "ui/chart/PatientChartWidget.h"
#include "ui/session/Session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace precis;

namespace {

const QString demoPassword = QStringLiteral("precis-demo-password");
// On-label for LUAD with EGFR L858R: osimertinib (FDA label, Tagrisso, EGFR exon 19 deletions
// or exon 21 L858R NSCLC; resources/genomics/tumour/tumour_knowledge.json).
const QString kOsimertinib = QStringLiteral("tumour:EGFR:p.L858R:osimertinib");

void answerNextDialog(const QString &reason)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<ui::OptionDecisionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(dialog->reasonEdit(), reason);
        auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("decisionButtonBox"));
        box->button(QDialogButtonBox::Ok)->click();
    });
}

} // namespace

class TestChartTumour : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_patient = 0;
    std::size_t m_findings = 0;

    void unlockAs(const QString &user)
    {
        m_window = std::make_unique<ui::MainWindow>(ui::vaultUnlocker());
        m_window->setVaultPath(m_vault);
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
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

    ui::OptionsView *openOptions(QTreeWidgetItem **row)
    {
        if (!m_window->openPatient(m_patient))
            return nullptr;
        ui::PatientChartWidget *chart = m_window->patientChart();
        chart->showView(ui::PatientChartWidget::View::Options);
        ui::OptionsView *view = chart->options();
        QTreeWidget *tree = view->tree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c) {
                QTreeWidgetItem *item = tree->topLevelItem(g)->child(c);
                if (item->data(ui::OptionsView::Option, ui::OptionsView::OptionIdRole).toString()
                    == kOsimertinib) {
                    tree->setCurrentItem(item);
                    *row = item;
                    return view;
                }
            }
        }
        return nullptr;
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
        auto vault = store::Vault::unlock(m_vault,
                                          QStringLiteral("demo-physician"),
                                          security::SecretBytes::fromUtf8(demoPassword));
        QVERIFY(vault);
        auto p = store::findPatientByRecordNumber(**vault, QStringLiteral("DEMO-000004"));
        QVERIFY(p);
        m_patient = p->id;
        auto m = store::patientTumourMatch(**vault, m_patient);
        QVERIFY(m && m->has_value());
        m_findings = (*m)->match.findings.size();
        QVERIFY(m_findings > 0);
    }

    void cleanup() { m_window.reset(); }

    void genomicsViewListsTheFindings()
    {
        unlockAs(QStringLiteral("demo-nurse"));
        QVERIFY(m_window->openPatient(m_patient));
        ui::PatientChartWidget *chart = m_window->patientChart();
        chart->showView(ui::PatientChartWidget::View::Genomics);
        auto *view = chart->findChild<ui::GenomicsView *>(QStringLiteral("genomicsView"));
        QVERIFY(view);
        QTableWidget *table = view->tumourTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), int(m_findings));
        int osimertinib = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->item(r, ui::GenomicsView::TumourGene)->text(), QStringLiteral("EGFR"));
            QVERIFY(table->item(r, ui::GenomicsView::TumourVariant)
                        ->text()
                        .startsWith(QLatin1String("p.L858R (c.2573T>G; 7:55191822 T>G)")));
            if (table->item(r, ui::GenomicsView::TumourTherapy)->text()
                == QLatin1String("osimertinib"))
                osimertinib = r;
        }
        QVERIFY(osimertinib >= 0);
        QCOMPARE(table->item(osimertinib, ui::GenomicsView::TumourEffect)->text(),
                 ui::GenomicsView::tr("sensitivity"));
        QCOMPARE(table->item(osimertinib, ui::GenomicsView::TumourContext)->text(),
                 ui::GenomicsView::tr("on-label"));
        QVERIFY(table->item(osimertinib, ui::GenomicsView::TumourCitation)
                    ->text()
                    .contains(QLatin1String("Tagrisso")));
        const auto knowledge = genomics::loadTumourKnowledge();
        QVERIFY(knowledge);
        QVERIFY(view->tumourNote()->text().contains(QLatin1String("LUAD")));
        QVERIFY(view->tumourNote()->text().contains(knowledge->knowledgeVersion));
    }

    void physicianDecidesOnATumourOption()
    {
        unlockAs(QStringLiteral("demo-physician"));
        QTreeWidgetItem *row = nullptr;
        ui::OptionsView *view = openOptions(&row);
        QVERIFY(view && row);
        // Its own group, first; no rank, ARR or NNT.
        QCOMPARE(view->tree()->indexOfTopLevelItem(row->parent()), 0);
        QVERIFY(row->text(ui::OptionsView::Rank).isEmpty());
        QVERIFY(row->text(ui::OptionsView::Arr).isEmpty());
        QVERIFY(row->text(ui::OptionsView::Nnt).isEmpty());
        QCOMPARE(row->text(ui::OptionsView::Eligible), ui::OptionsView::tr("Eligible"));
        auto *details = view->findChild<QLabel *>(QStringLiteral("optionsDetails"));
        QVERIFY(details->text().contains(QLatin1String("Tagrisso")));
        QVERIFY(details->text().contains(QLatin1String("no absolute risk reduction")));
        QPushButton *accept = view->decisionButton(store::Decision::Accept);
        QVERIFY(accept->isEnabled());
        answerNextDialog(QStringLiteral("First line, discussed at the tumour board"));
        accept->click();
        QTRY_COMPARE(view->decisionHistory().size(), std::size_t(1));
        QCOMPARE(row->text(ui::OptionsView::Decision), ui::OptionDecisionDialog::tr("Accepted"));
        m_window->lock();
        m_window.reset();

        // Stored with the tumour knowledge version; replay re-derives it without difference.
        auto doc = store::Vault::unlock(m_vault,
                                        QStringLiteral("demo-physician"),
                                        security::SecretBytes::fromUtf8(demoPassword));
        QVERIFY(doc);
        auto stored = store::patientDecisions(**doc, m_patient);
        QVERIFY(stored);
        QCOMPARE(stored->size(), std::size_t(1));
        const store::RecordedDecision &d = stored->front();
        QCOMPARE(d.optionId, kOsimertinib);
        const auto knowledge = genomics::loadTumourKnowledge();
        const auto tree = genomics::loadOncoTree();
        QVERIFY(knowledge && tree);
        QCOMPARE(d.knowledgeBaseVersion, knowledge->knowledgeVersion);
        const auto differences = therapy::replayTumourRecommendation(
            *knowledge,
            *tree,
            {d.optionId, d.knowledgeBaseVersion, d.inputsSha256, d.inputs, d.recommendation});
        QVERIFY(differences.empty());
    }

    void nurseSeesButCannotDecide()
    {
        unlockAs(QStringLiteral("demo-nurse"));
        QTreeWidgetItem *row = nullptr;
        ui::OptionsView *view = openOptions(&row);
        QVERIFY(view && row);
        for (store::Decision d :
             {store::Decision::Accept, store::Decision::Decline, store::Decision::Defer}) {
            QPushButton *b = view->decisionButton(d);
            QVERIFY(!b->isEnabled());
            QVERIFY2(b->toolTip().contains(QStringLiteral("physician")), qPrintable(b->toolTip()));
        }
        QCOMPARE(row->text(ui::OptionsView::Decision), ui::OptionDecisionDialog::tr("Accepted"));
    }
};

QTEST_MAIN(TestChartTumour)
#include "tst_charttumour.moc"
