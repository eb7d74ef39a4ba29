// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions in the chart's Options view (issue #10) on a real demo vault: a physician accepts
// the top-ranked option through the dialog (a decline without a reason cannot be sent), the
// decision shows in its row, the details and the therapy-impact chart, and what was stored
// re-derives with replay's own comparison; a nurse sees the decision but the buttons are
// disabled with the reason. The combined-effect arithmetic is checked by hand.
#include "core/clinical/SnapshotAssembly.h"
#include "core/risk/RiskRegistry.h"
#include "core/security/SecretBytes.h"
#include "core/store/ChartRecords.h"
#include "core/store/Decisions.h"
#include "core/store/DemoCohort.h"
#include "core/store/PatientRecords.h"
#include "core/store/Vault.h"
#include "core/therapy/DecisionRecord.h"
#include "core/therapy/OptionEngine.h"
#include "ui/MainWindow.h"
#include "ui/chart/OptionDecisionDialog.h"
#include "ui/chart/OptionsView.h"
#include "ui/chart/PatientChartWidget.h"
#include "ui/chart/TherapyImpactPanel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace precis;

namespace {

const QString demoPassword = QStringLiteral("precis-demo-password");

/// Answers the next decision dialog: types `reason`, then presses OK (or Cancel when `ok` is
/// false). `okEnabled` receives whether OK was enabled after typing.
void answerNextDialog(const QString &reason, bool ok, bool *okEnabled)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<ui::OptionDecisionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(dialog->reasonEdit(), reason);
        auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("decisionButtonBox"));
        QPushButton *okButton = box->button(QDialogButtonBox::Ok);
        *okEnabled = okButton->isEnabled();
        if (ok && okButton->isEnabled())
            okButton->click();
        else
            box->button(QDialogButtonBox::Cancel)->click();
    });
}

} // namespace

class TestOptionDecisions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_patient = 0;
    QString m_option; ///< a rank-1 option with an ARR for m_patient

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

    /// Opens the patient's Options view and selects m_option's row.
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
                    == m_option) {
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

        // The patient and option, from the vault through the store API and the engine.
        auto vault = store::Vault::unlock(m_vault,
                                          QStringLiteral("demo-physician"),
                                          security::SecretBytes::fromUtf8(demoPassword));
        QVERIFY(vault);
        const auto kb = therapy::loadKnowledgeBase();
        QVERIFY(kb);
        risk::RiskRegistry registry;
        risk::registerStandardModels(registry);
        const therapy::OptionEngine engine(*kb, registry);
        const QDate today = QDate::currentDate();
        auto patients = (*vault)->listPatients();
        QVERIFY(patients);
        for (const store::PatientSummary &p : *patients) {
            auto details = store::patientDetails(**vault, p.id);
            auto snapshot = store::patientSnapshot(**vault, p.id, today);
            if (!details || !snapshot)
                continue;
            clinical::deriveMissing(*snapshot);
            for (const therapy::OptionRow &r :
                 engine.assess(therapy::contextFromChart(ui::chartFacts(*details, *snapshot)))) {
                if (m_option.isEmpty() && r.rank == 1 && r.arrPct) {
                    m_patient = p.id;
                    m_option = r.option;
                }
            }
            if (!m_option.isEmpty())
                break;
        }
        QVERIFY2(!m_option.isEmpty(), "no demo patient with a ranked option");
    }

    void cleanup() { m_window.reset(); }

    void combinedEffectByHand()
    {
        // Current risk 20 %; option A alone 15 %, option B alone 16 %.
        // HR_A = ln(0.85)/ln(0.80) = -0.1625189/-0.2231436 = 0.7283160
        // HR_B = ln(0.84)/ln(0.80) = -0.1743534/-0.2231436 = 0.7813502
        // both: 100 * (1 - 0.8^(0.7283160 * 0.7813502)) = 100 * (1 - 0.8^0.5690731)
        //     = 100 * (1 - exp(-0.2231436 * 0.5690731)) = 100 * (1 - 0.8807398) = 11.926 %
        QVERIFY(qAbs(*ui::hazardRatioFor(20, 15) - 0.7283160) < 1e-6);
        QVERIFY(qAbs(*ui::hazardRatioFor(20, 16) - 0.7813502) < 1e-6);
        QVERIFY(qAbs(ui::riskWithAccepted(20, {5, 4}) - 11.926) < 1e-3);
        QCOMPARE(ui::riskWithAccepted(20, {}), 20.0);
        QVERIFY(!ui::hazardRatioFor(0, 0));
    }

    void physicianRecordsADecision()
    {
        unlockAs(QStringLiteral("demo-physician"));
        QTreeWidgetItem *row = nullptr;
        ui::OptionsView *view = openOptions(&row);
        QVERIFY(view && row);
        QPushButton *accept = view->decisionButton(store::Decision::Accept);
        QPushButton *decline = view->decisionButton(store::Decision::Decline);
        QVERIFY(accept->isEnabled() && decline->isEnabled());
        QVERIFY(row->text(ui::OptionsView::Decision).isEmpty());

        // Declining without a reason: OK stays disabled; nothing is recorded.
        bool okEnabled = true;
        answerNextDialog(QString(), true, &okEnabled);
        decline->click();
        QVERIFY(!okEnabled);
        QVERIFY(view->decisionHistory().empty());

        okEnabled = false;
        answerNextDialog(QStringLiteral("Discussed; patient agrees"), true, &okEnabled);
        accept->click();
        QVERIFY(okEnabled);
        QTRY_COMPARE(view->decisionHistory().size(), std::size_t(1));
        QCOMPARE(row->text(ui::OptionsView::Decision), ui::OptionDecisionDialog::tr("Accepted"));
        QVERIFY(row->toolTip(ui::OptionsView::Decision).contains(QStringLiteral("demo-physician")));
        auto *details = view->findChild<QLabel *>(QStringLiteral("optionsDetails"));
        QVERIFY(details->text().contains(QStringLiteral("Discussed; patient agrees")));
        // The accepted set is drawn below the current risk.
        const auto &bars = view->impactPanel()->bars();
        QVERIFY(bars.size() >= 3);
        QVERIFY2(bars.back().risk < bars.front().risk, qPrintable(bars.back().label));

        // A later decision supersedes it; the earlier one stays in the details.
        answerNextDialog(QStringLiteral("Wait for repeat lipids"), true, &okEnabled);
        view->decisionButton(store::Decision::Defer)->click();
        QTRY_COMPARE(view->decisionHistory().size(), std::size_t(2));
        QCOMPARE(row->text(ui::OptionsView::Decision), ui::OptionDecisionDialog::tr("Deferred"));
        QVERIFY(details->text().contains(QStringLiteral("Discussed; patient agrees")));
        QVERIFY(details->text().contains(QStringLiteral("Wait for repeat lipids")));
        m_window->lock();
        m_window.reset();

        // What the view stored re-derives with replay's comparison (nothing differs).
        auto doc = store::Vault::unlock(m_vault,
                                        QStringLiteral("demo-physician"),
                                        security::SecretBytes::fromUtf8(demoPassword));
        QVERIFY(doc);
        auto stored = store::patientDecisions(**doc, m_patient);
        QVERIFY(stored);
        QCOMPARE(stored->size(), std::size_t(2));
        QCOMPARE(stored->front().optionId, m_option);
        QCOMPARE(stored->front().decision, store::Decision::Defer);
        QCOMPARE(stored->back().decision, store::Decision::Accept);
        risk::RiskRegistry registry;
        risk::registerStandardModels(registry);
        const auto kb = therapy::loadKnowledgeBase();
        QVERIFY(kb);
        for (const store::RecordedDecision &d : *stored) {
            const auto differences = therapy::replayRecommendation(
                *kb,
                registry,
                {d.optionId, d.knowledgeBaseVersion, d.inputsSha256, d.inputs, d.recommendation});
            QStringList named;
            for (const risk::ReplayDifference &x : differences)
                named << QStringLiteral("%1: stored '%2', now '%3'").arg(x.field, x.stored, x.now);
            QVERIFY2(differences.empty(), qPrintable(named.join(QStringLiteral("; "))));
        }
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
        // The decisions are visible to the nurse.
        QCOMPARE(row->text(ui::OptionsView::Decision), ui::OptionDecisionDialog::tr("Deferred"));
    }
};

QTEST_MAIN(TestOptionDecisions)
#include "tst_optiondecisions.moc"
