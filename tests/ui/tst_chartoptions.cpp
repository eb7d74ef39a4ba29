// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's Options view (issue #10, "For a patient") on a real demo vault, driven by object
// name and its Alt+N mnemonic: the ranked rows equal what the OptionEngine computes for the
// same PatientContext (built from the vault's records through the store API, independently of
// the widgets), ineligible rows come after eligible ones and are greyed, and showing the view
// is audited as "options view shown".
#include "core/clinical/SnapshotAssembly.h"
#include "core/risk/RiskRegistry.h"
#include "core/security/SecretBytes.h"
#include "core/store/AdminTasks.h"
#include "core/store/AuditLog.h"
#include "core/store/ChartRecords.h"
#include "core/store/DemoCohort.h"
#include "core/store/PatientRecords.h"
#include "core/store/Vault.h"
#include "core/therapy/ChartContext.h"
#include "core/therapy/OptionEngine.h"
#include "ui/MainWindow.h"
#include "ui/chart/OptionsView.h"
#include "ui/chart/PatientChartWidget.h"
#include "ui/session/Session.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace precis;

namespace {
const QString demoPassword = QStringLiteral("precis-demo-password");

struct Expected
{
    qint64 patientId = 0;
    therapy::OptionRow row; ///< a rank-1 row with an ARR
};
} // namespace

class TestChartOptions : public QObject
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

    /// The first demo patient whose engine result has a ranked row with an ARR, computed from
    /// the vault through the store API as of today.
    Expected expectedFromVault()
    {
        Expected out;
        auto vault = store::Vault::unlock(m_vault,
                                          QStringLiteral("demo-physician"),
                                          security::SecretBytes::fromUtf8(demoPassword));
        if (!vault)
            return out;
        const Result<therapy::KnowledgeBase> kb = therapy::loadKnowledgeBase();
        if (!kb)
            return out;
        risk::RiskRegistry registry;
        risk::registerStandardModels(registry);
        const therapy::OptionEngine engine(*kb, registry);
        const QDate today = QDate::currentDate();
        auto patients = (*vault)->listPatients();
        if (!patients)
            return out;
        for (const store::PatientSummary &p : *patients) {
            auto details = store::patientDetails(**vault, p.id);
            auto snapshot = store::patientSnapshot(**vault, p.id, today);
            if (!details || !snapshot)
                continue;
            clinical::deriveMissing(*snapshot);
            const std::vector<therapy::OptionRow> rows
                = engine.assess(therapy::contextFromChart(ui::chartFacts(*details, *snapshot)));
            for (const therapy::OptionRow &r : rows) {
                if (r.rank == 1 && r.arrPct && r.nnt) {
                    out.patientId = p.id;
                    out.row = r;
                    return out;
                }
            }
        }
        return out;
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

    void rankedRowEqualsEngineAndIsAudited()
    {
        const Expected expected = expectedFromVault();
        QVERIFY2(expected.patientId > 0, "no demo patient with a ranked option");

        unlockAs(QStringLiteral("demo-physician"));
        QVERIFY(m_window->openPatient(expected.patientId));
        ui::PatientChartWidget *chart = m_window->patientChart();
        auto *tabs = chart->findChild<QTabWidget *>(QStringLiteral("chartViews"));
        QVERIFY(tabs);
        // The existing views keep their places; Options fourth, Genomics (issue #11) after it.
        QCOMPARE(tabs->count(), 5);
        QCOMPARE(tabs->widget(3)->objectName(), QStringLiteral("optionsView"));
        QCOMPARE(tabs->widget(4)->objectName(), QStringLiteral("genomicsView"));
        // Alt+N, the tab's mnemonic (Alt+O is the dashboard's Contributions tab).
        tabs->currentWidget()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentIndex(), 3);

        auto *tree = chart->findChild<QTreeWidget *>(QStringLiteral("optionsTree"));
        QVERIFY(tree);
        QTreeWidgetItem *found = nullptr;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree->topLevelItem(g);
            bool ineligibleSeen = false;
            for (int c = 0; c < group->childCount(); ++c) {
                QTreeWidgetItem *item = group->child(c);
                const bool eligible
                    = item->text(ui::OptionsView::Eligible) == ui::OptionsView::tr("Eligible");
                // Ineligible rows below the eligible ones, greyed.
                QVERIFY(!(eligible && ineligibleSeen));
                if (!eligible) {
                    ineligibleSeen = true;
                    QCOMPARE(item->foreground(ui::OptionsView::Option).color(),
                             tree->palette().color(QPalette::Disabled, QPalette::Text));
                }
                if (item->data(ui::OptionsView::Option, ui::OptionsView::OptionIdRole).toString()
                    == expected.row.option)
                    found = item;
            }
        }
        QVERIFY2(found, qPrintable(expected.row.option));
        const QLocale locale;
        QCOMPARE(found->text(ui::OptionsView::Rank), locale.toString(1));
        QCOMPARE(found->text(ui::OptionsView::Arr), locale.toString(*expected.row.arrPct, 'f', 1));
        QCOMPARE(found->text(ui::OptionsView::Nnt), locale.toString(*expected.row.nnt));
        QCOMPARE(found->text(ui::OptionsView::Eligible), ui::OptionsView::tr("Eligible"));
        QCOMPARE(found->text(ui::OptionsView::Guideline),
                 QStringLiteral("%1, %2").arg(expected.row.cls, expected.row.level));
        QCOMPARE(found->text(ui::OptionsView::Reason),
                 expected.row.reasons.join(QStringLiteral("; ")));
        // Its evidence below when selected.
        tree->setCurrentItem(found);
        auto *details = chart->findChild<QLabel *>(QStringLiteral("optionsDetails"));
        QVERIFY(details);
        QVERIFY(details->text().contains(expected.row.citation.toHtmlEscaped()));

        m_window->lock();
        auto admin = store::Vault::unlock(
            m_vault, QStringLiteral("demo-admin"), security::SecretBytes::fromUtf8(demoPassword));
        QVERIFY(admin);
        const auto rows = store::readAuditTrail(**admin);
        QVERIFY(rows);
        int shown = 0;
        for (const store::AuditEntry &e : *rows) {
            if (e.patientId == expected.patientId
                && e.action == QLatin1String(store::audit::kChartRead)
                && e.detail == QLatin1String("options view shown"))
                ++shown;
        }
        QCOMPARE(shown, 1);
    }
};

QTEST_MAIN(TestChartOptions)
#include "tst_chartoptions.moc"
