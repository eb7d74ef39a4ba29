// SPDX-License-Identifier: GPL-3.0-or-later
// The patient chart on a real vault (store API, test-only fast KDF), driven through the widgets
// by object name: new patient -> intake -> save -> rows in the vault -> dashboard numbers equal
// to the core engine's for the same snapshot; a refusal card and its link to the field; a
// correction in the timeline; a nurse cannot record an assessment; the idle lock clears the
// chart.
#include "core/clinical/SnapshotAssembly.h"
#include "core/risk/RiskRegistry.h"
#include "core/security/InactivityTimer.h"
#include "core/security/SecretBytes.h"
#include "core/store/AdminTasks.h"
#include "core/store/AuditLog.h"
#include "core/store/ChartRecords.h"
#include "core/store/DemoCohort.h"
#include "core/store/PatientRecords.h"
#include "core/store/Vault.h"
#include "ui/MainWindow.h"
#include "ui/chart/PatientChartWidget.h"
#include "ui/chart/RiskCard.h"
#include "ui/chart/RiskDashboard.h"
#include "ui/intake/IntakeWidget.h"
#include "ui/intake/MeasurementField.h"
#include "ui/timeline/TimelineWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <map>

using namespace precis;

namespace {
const QString demoPassword = QStringLiteral("precis-demo-password");
const QString newRecordNumber = QStringLiteral("TEST-0001");

/// Owns the watchers of onNextModal; a test's unused watchers are dropped in cleanup().
QObject *modalWatchers()
{
    static auto *owner = new QObject(qApp);
    return owner;
}

/// Runs `fill` on the next modal dialog as soon as it is shown (exec() blocks the test).
void onNextModal(std::function<void(QWidget *)> fill)
{
    auto *timer = new QTimer(modalWatchers());
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill = std::move(fill)] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            fill(modal);
        }
    });
    timer->start();
}

template <typename T>
T *child(const QObject &parent, const QString &name)
{
    return parent.findChild<T *>(name);
}
} // namespace

class TestPatientChart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    std::unique_ptr<ui::MainWindow> m_window;
    std::chrono::steady_clock::time_point m_now{std::chrono::hours(5000)};
    bool m_clockForNextWindow = false;

    void unlockAs(const QString &user)
    {
        m_window = std::make_unique<ui::MainWindow>(ui::vaultUnlocker());
        if (m_clockForNextWindow)
            m_window->inactivityTimer()->setClock([this] { return m_now; });
        m_clockForNextWindow = false;
        m_window->setVaultPath(m_vault);
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *userEdit = child<QLineEdit>(*m_window, QStringLiteral("userNameEdit"));
        auto *passwordEdit = child<QLineEdit>(*m_window, QStringLiteral("passwordEdit"));
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        QTest::keyClicks(passwordEdit, demoPassword);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isUnlocking(), 30000);
        QVERIFY(!m_window->isLocked());
    }

    void typeInto(const QString &objectName, const QString &text)
    {
        auto *edit = child<QLineEdit>(*m_window, objectName);
        QVERIFY2(edit, qPrintable(objectName));
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    /// Chooses the category `token` (the `score` vocabulary) in the variable's combo box.
    void choose(clinical::Var var, QLatin1StringView token)
    {
        const clinical::VarInfo &info = clinical::varInfo(var);
        const QString objectName = QStringLiteral("choice_%1").arg(QString(info.name));
        auto *combo = child<QComboBox>(*m_window, objectName);
        QVERIFY2(combo, qPrintable(objectName));
        int code = -1;
        for (int i = 0; i < info.tokenCount; ++i) {
            if (info.tokens[static_cast<std::size_t>(i)] == token)
                code = info.firstCode + i;
        }
        const int index = combo->findData(code);
        QVERIFY2(index >= 0, qPrintable(objectName + QStringLiteral(": ") + QString(token)));
        combo->setCurrentIndex(index);
    }

    /// The new patient's id, or 0.
    qint64 createPatientThroughDialog()
    {
        onNextModal([](QWidget *dialog) {
            auto type = [dialog](const char *name, const QString &text) {
                auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
                QVERIFY2(edit, name);
                edit->clear();
                QTest::keyClicks(edit, text);
            };
            type("newPatientFamilyName", QStringLiteral("Testperson"));
            type("newPatientGivenName", QStringLiteral("Alex"));
            type("newPatientRecordNumber", newRecordNumber);
            auto *dob = dialog->findChild<QDateEdit *>(QStringLiteral("newPatientDateOfBirth"));
            QVERIFY(dob);
            dob->setDate(QDate::currentDate().addYears(-58).addDays(-40));
            auto *sex = dialog->findChild<QComboBox *>(QStringLiteral("newPatientSex"));
            QVERIFY(sex);
            sex->setCurrentIndex(sex->findData(QStringLiteral("female")));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newPatientCreate")),
                              Qt::LeftButton);
        });
        m_window->newPatient();
        return m_window->patientChart()->isOpen() ? m_window->patientChart()->patientId() : 0;
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

    void cleanup()
    {
        qDeleteAll(modalWatchers()->children());
        m_window.reset();
    }

    void newPatientIntakeSaveAndDashboardEqualsEngine()
    {
        unlockAs(QStringLiteral("demo-nurse"));
        const qint64 id = createPatientThroughDialog();
        QVERIFY(id > 0);
        ui::PatientChartWidget *chart = m_window->patientChart();
        QCOMPARE(chart->views()->currentWidget(), chart->intake());
        // The sticky header names the patient and the signed-in user.
        QVERIFY(child<QLabel>(*chart, QStringLiteral("chartPatientName"))
                    ->text()
                    .contains(QStringLiteral("Testperson")));
        QVERIFY(child<QLabel>(*chart, QStringLiteral("chartSignedInUser"))
                    ->text()
                    .contains(QStringLiteral("demo-nurse")));

        // A visit typed with the keyboard: three BP readings, lipids, smoking. HDL is left out
        // on purpose, so the lipid models must refuse and name it.
        const QStringList sbp{QStringLiteral("142"), QStringLiteral("138"), QStringLiteral("140")};
        const QStringList dbp{QStringLiteral("88"), QStringLiteral("84"), QStringLiteral("86")};
        for (int i = 0; i < 3; ++i) {
            typeInto(QStringLiteral("input_sbp_%1").arg(i + 1), sbp[i]);
            typeInto(QStringLiteral("input_dbp_%1").arg(i + 1), dbp[i]);
        }
        QVERIFY(child<QLabel>(*chart, QStringLiteral("intakeBpSummary"))
                    ->text()
                    .contains(QStringLiteral("140")));
        typeInto(QStringLiteral("input_total_cholesterol"), QStringLiteral("212"));
        typeInto(QStringLiteral("input_height"), QStringLiteral("165"));
        typeInto(QStringLiteral("input_weight"), QStringLiteral("72"));
        typeInto(QStringLiteral("input_creatinine"), QStringLiteral("0.9"));
        choose(clinical::Var::Smoking, QLatin1StringView("current"));
        choose(clinical::Var::Diabetes, QLatin1StringView("none"));
        QVERIFY(chart->intake()->isDirty());
        // Ctrl+S from the field being typed in saves the whole visit.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *lastField = child<QLineEdit>(*chart, QStringLiteral("input_creatinine"));
        lastField->setFocus();
        QTest::keyClick(lastField, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY2(
            !chart->intake()->isDirty(),
            qPrintable(child<QLabel>(*chart, QStringLiteral("intakeStatusLabel"))->text()));

        // The rows are in the vault (read back through the session, which reads the vault).
        auto rows = m_window->session()->observations(id);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message()));
        std::map<QString, double> stored;
        for (const store::ObservationRow &r : *rows)
            stored[QString(clinical::varInfo(r.variable).name)] = r.value;
        QCOMPARE(stored.count(QStringLiteral("sbp")), 1u);
        QCOMPARE(stored[QStringLiteral("sbp")], 140.0); // mean of the three readings
        QCOMPARE(stored[QStringLiteral("total_cholesterol")], 212.0);
        QCOMPARE(stored.count(QStringLiteral("hdl_cholesterol")), 0u);

        // Summary: the numbers the dashboard shows, by model.
        chart->showView(ui::PatientChartWidget::View::Summary);
        ui::RiskDashboard *dashboard = chart->dashboard();
        std::map<QString, double> shown;
        for (const ui::ModelResult &r : dashboard->state().results) {
            if (const risk::OutcomeRow *h = r.headline())
                shown[r.model->card().id] = *h->value;
        }
        QVERIFY(!shown.empty());
        // PREVENT needs HDL: its card refuses and links to the HDL field in Intake.
        ui::RiskCard *prevent = dashboard->card(QStringLiteral("prevent"));
        QVERIFY(prevent);
        QVERIFY(prevent->refused());
        auto *link = prevent->findChild<QPushButton *>(
            QStringLiteral("riskCardFieldLink_hdl_cholesterol"));
        QVERIFY(link);
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(chart->views()->currentWidget(), chart->intake());
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(
                         child<QLineEdit>(*chart, QStringLiteral("input_hdl_cholesterol"))));

        // A nurse sees the dashboard but cannot record an assessment, and core refuses it too.
        QVERIFY(!dashboard->recordButton()->isVisible() || !dashboard->recordButton()->isEnabled());
        auto refused = m_window->session()->recordAssessment(
            id, QDate::currentDate(), dashboard->assessmentPayload());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Permission);

        // The core engine on the vault's own snapshot gives the same numbers.
        m_window->lock();
        auto vault = store::Vault::unlock(m_vault,
                                          QStringLiteral("demo-physician"),
                                          security::SecretBytes::fromUtf8(demoPassword));
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message()));
        auto snapshot = store::patientSnapshot(**vault, id, QDate::currentDate());
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message()));
        clinical::deriveMissing(*snapshot);
        risk::RiskRegistry registry;
        risk::registerStandardModels(registry);
        int compared = 0;
        for (const auto &model : registry.models()) {
            const risk::Evaluation e = model->evaluate(*snapshot);
            const risk::OutcomeRow *first = nullptr;
            for (const risk::OutcomeRow &row : e.rows) {
                if (row.value && row.status != risk::Status::Refused) {
                    first = &row;
                    break;
                }
            }
            const auto it = shown.find(model->card().id);
            QCOMPARE(first != nullptr, it != shown.end());
            if (first) {
                QCOMPARE(*first->value, it->second);
                ++compared;
            }
        }
        QCOMPARE(compared, static_cast<int>(shown.size()));
    }

    void intakeLabsLdlAndPotassium()
    {
        // Issue #9 Intake: LDL beside total and HDL with the same unit choice, potassium in
        // mmol/L; plausibility as typed (core/clinical/Plausibility.cpp: potassium possible
        // 1.0-10.0, plausible 2.5-6.5 mmol/L); stored as typed with its UCUM unit.
        unlockAs(QStringLiteral("demo-nurse"));
        auto patients = m_window->session()->listPatients();
        QVERIFY(patients && patients->size() >= 2);
        const qint64 id = (*patients)[1].id;
        QVERIFY(m_window->openPatient(id));
        ui::PatientChartWidget *chart = m_window->patientChart();
        chart->showView(ui::PatientChartWidget::View::Intake);
        ui::IntakeWidget *intake = chart->intake();
        ui::MeasurementField *ldl = intake->field(clinical::Var::LdlCholesterol);
        ui::MeasurementField *potassium = intake->field(clinical::Var::Potassium);
        QVERIFY(ldl && potassium);
        using State = ui::MeasurementField::State;

        // LDL offers the units of total cholesterol; potassium only mmol/L.
        auto *ldlUnit = child<QComboBox>(*chart, QStringLiteral("unit_ldl_cholesterol"));
        QVERIFY(ldlUnit);
        QCOMPARE(ldlUnit->count(), 2);
        QVERIFY(ldlUnit->findData(QStringLiteral("mg/dL")) >= 0);
        const int mmol = ldlUnit->findData(QStringLiteral("mmol/L"));
        QVERIFY(mmol >= 0);
        QCOMPARE(potassium->unit(), QStringLiteral("mmol/L"));
        QVERIFY(!child<QComboBox>(*chart, QStringLiteral("unit_potassium"))->isVisibleTo(chart));

        // Total cholesterol 150 mg/dL; LDL 4.5 mmol/L = 174.0 mg/dL (x 38.67) is above it:
        // refused next to the field, naming the rule, whatever units were chosen.
        typeInto(QStringLiteral("input_total_cholesterol"), QStringLiteral("150"));
        ldlUnit->setCurrentIndex(mmol);
        Q_EMIT ldlUnit->activated(mmol);
        typeInto(QStringLiteral("input_ldl_cholesterol"), QLocale().toString(4.5));
        QCOMPARE(ldl->state(), State::Impossible);
        auto *ldlVerdict = child<QLabel>(*chart, QStringLiteral("verdict_ldl_cholesterol"));
        QVERIFY2(ldlVerdict->text().contains(QStringLiteral("LDL above total cholesterol")),
                 qPrintable(ldlVerdict->text()));
        QVERIFY(!intake->save());
        QVERIFY2(child<QLabel>(*chart, QStringLiteral("intakeStatusLabel"))
                     ->text()
                     .contains(QStringLiteral("LDL cholesterol")),
                 qPrintable(child<QLabel>(*chart, QStringLiteral("intakeStatusLabel"))->text()));
        // Retyping the field keeps the refusal while the rule still holds.
        typeInto(QStringLiteral("input_ldl_cholesterol"), QLocale().toString(4.4));
        QCOMPARE(ldl->state(), State::Impossible);
        // 2.6 mmol/L (100.5 mg/dL) is below the total: accepted.
        typeInto(QStringLiteral("input_ldl_cholesterol"), QLocale().toString(2.6));
        QCOMPARE(ldl->state(), State::Ok);

        // Potassium 12 mmol/L: impossible, refused with the reason next to the field.
        typeInto(QStringLiteral("input_potassium"), QStringLiteral("12"));
        QCOMPARE(potassium->state(), State::Impossible);
        QVERIFY(child<QLabel>(*chart, QStringLiteral("verdict_potassium"))
                    ->text()
                    .contains(QStringLiteral("possible range")));
        QVERIFY(!intake->save());
        // 6.8 mmol/L: possible but implausible, saved only once confirmed.
        typeInto(QStringLiteral("input_potassium"), QLocale().toString(6.8));
        QCOMPARE(potassium->state(), State::NeedsConfirmation);
        auto *confirm = child<QCheckBox>(*chart, QStringLiteral("confirm_potassium"));
        QVERIFY(confirm->isVisibleTo(chart));
        QVERIFY(!potassium->acceptable());
        QVERIFY(!intake->save());
        confirm->setChecked(true);
        QVERIFY(potassium->acceptable());
        QVERIFY2(intake->save(),
                 qPrintable(child<QLabel>(*chart, QStringLiteral("intakeStatusLabel"))->text()));

        // Stored as typed: LDL 2.6 with unit mmol/L (canonical 2.6 x 38.67 mg/dL), potassium
        // 6.8 in its canonical mmol/L.
        auto rows = m_window->session()->observations(id);
        QVERIFY(rows);
        const store::ObservationRow *ldlRow = nullptr;
        const store::ObservationRow *kRow = nullptr;
        for (const store::ObservationRow &r : *rows) {
            if (r.variable == clinical::Var::LdlCholesterol && !ldlRow)
                ldlRow = &r;
            if (r.variable == clinical::Var::Potassium && !kRow)
                kRow = &r;
        }
        for (const store::ObservationRow &r : *rows) { // the newest of each
            if (r.variable == clinical::Var::LdlCholesterol && r.id > ldlRow->id)
                ldlRow = &r;
            if (r.variable == clinical::Var::Potassium && r.id > kRow->id)
                kRow = &r;
        }
        QVERIFY(ldlRow && kRow);
        QCOMPARE(ldlRow->enteredValue, std::optional<double>(2.6));
        QCOMPARE(ldlRow->enteredUnit, QStringLiteral("mmol/L"));
        QCOMPARE(ldlRow->value, 2.6 * 38.67);
        QCOMPARE(kRow->value, 6.8);
        QCOMPARE(kRow->unit, QStringLiteral("mmol/L"));

        // The timeline names both, with their units.
        chart->showView(ui::PatientChartWidget::View::Timeline);
        QTableWidget *table = chart->timeline()->table();
        bool ldlShown = false;
        bool kShown = false;
        const QString ldlText = QStringLiteral("%1 mmol/L").arg(QLocale().toString(2.6));
        const QString kText = QStringLiteral("%1 mmol/L").arg(QLocale().toString(6.8));
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 2)->text() == QStringLiteral("LDL cholesterol")
                && table->item(r, 3)->text() == ldlText)
                ldlShown = true;
            if (table->item(r, 2)->text() == QStringLiteral("Potassium")
                && table->item(r, 3)->text() == kText)
                kShown = true;
        }
        QVERIFY(ldlShown);
        QVERIFY(kShown);
    }

    // Issue #9: "Opening a chart, every view of it and every save is audited" - the summary
    // too, which reads nothing new from the vault when it is shown again.
    void everyViewShownIsAudited()
    {
        unlockAs(QStringLiteral("demo-nurse"));
        auto patients = m_window->session()->listPatients();
        QVERIFY(patients && !patients->empty());
        const qint64 id = patients->back().id;
        QVERIFY(m_window->openPatient(id));
        ui::PatientChartWidget *chart = m_window->patientChart();
        chart->showView(ui::PatientChartWidget::View::Intake);
        chart->showView(ui::PatientChartWidget::View::Summary);
        chart->showView(ui::PatientChartWidget::View::Timeline);
        chart->showView(ui::PatientChartWidget::View::Summary);
        m_window->lock();
        auto admin = store::Vault::unlock(
            m_vault, QStringLiteral("demo-admin"), security::SecretBytes::fromUtf8(demoPassword));
        QVERIFY(admin);
        const auto rows = store::readAuditTrail(**admin);
        QVERIFY(rows);
        QStringList shown;
        for (const store::AuditEntry &e : *rows) {
            if (e.patientId == id && e.action == QLatin1String(store::audit::kChartRead)
                && e.detail.endsWith(QLatin1String(" view shown")))
                shown << e.detail;
        }
        QCOMPARE(shown,
                 QStringList({QStringLiteral("intake view shown"),
                              QStringLiteral("summary view shown"),
                              QStringLiteral("timeline view shown"),
                              QStringLiteral("summary view shown")}));
    }

    void correctionShowsInTimeline()
    {
        unlockAs(QStringLiteral("demo-physician"));
        auto patients = m_window->session()->listPatients();
        QVERIFY(patients && !patients->empty());
        QVERIFY(m_window->openPatient(patients->front().id));
        ui::PatientChartWidget *chart = m_window->patientChart();
        chart->showView(ui::PatientChartWidget::View::Timeline);
        QTableWidget *table = chart->timeline()->table();
        const int before = table->rowCount();
        QVERIFY(before > 0);
        // The newest current observation of total cholesterol.
        int row = -1;
        for (int r = 0; r < table->rowCount() && row < 0; ++r) {
            if (table->item(r, 2)->text() == QStringLiteral("Total cholesterol")
                && !table->item(r, 2)->font().strikeOut())
                row = r;
        }
        QVERIFY(row >= 0);
        const QString oldValue = table->item(row, 3)->text();
        table->setCurrentCell(row, 0);
        onNextModal([](QWidget *w) {
            auto *input = qobject_cast<QInputDialog *>(w);
            QVERIFY(input);
            input->setDoubleValue(201);
            // The reason prompt follows.
            onNextModal([](QWidget *w2) {
                auto *reason = qobject_cast<QInputDialog *>(w2);
                if (!reason) {
                    // A refusal message: say what it said, then close it.
                    if (auto *box = qobject_cast<QMessageBox *>(w2)) {
                        qWarning("unexpected message: %s", qPrintable(box->text()));
                        box->accept();
                    }
                }
                QVERIFY(reason);
                reason->setTextValue(QStringLiteral("transcription error"));
                // Should the vault refuse, its message box must not block the test.
                onNextModal([](QWidget *w3) {
                    if (auto *box = qobject_cast<QMessageBox *>(w3)) {
                        qWarning("correction refused: %s", qPrintable(box->text()));
                        box->accept();
                    }
                });
                reason->accept();
            });
            input->accept();
        });
        QTest::mouseClick(child<QPushButton>(*chart, QStringLiteral("timelineCorrectButton")),
                          Qt::LeftButton);
        // Both the earlier (struck out) and the corrected value stay visible, with the reason.
        QTRY_COMPARE(table->rowCount(), before + 1);
        bool correctedShown = false;
        bool oldStruck = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 2)->text() != QStringLiteral("Total cholesterol"))
                continue;
            if (table->item(r, 6)->text() == QStringLiteral("transcription error")
                && table->item(r, 3)->text().startsWith(QStringLiteral("201")))
                correctedShown = true;
            if (table->item(r, 3)->text() == oldValue && table->item(r, 3)->font().strikeOut())
                oldStruck = true;
        }
        QVERIFY(correctedShown);
        QVERIFY(oldStruck);
    }

    void physicianRecordsAssessment()
    {
        unlockAs(QStringLiteral("demo-physician"));
        auto patients = m_window->session()->listPatients();
        QVERIFY(patients && !patients->empty());
        QVERIFY(m_window->openPatient(patients->back().id));
        ui::RiskDashboard *dashboard = m_window->patientChart()->dashboard();
        QVERIFY(dashboard->recordButton()->isVisible());
        auto before = m_window->session()->assessments(patients->back().id);
        QVERIFY(before);
        // It asks before recording; answer yes.
        onNextModal([](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(dashboard->recordButton(), Qt::LeftButton);
        auto after = m_window->session()->assessments(patients->back().id);
        QVERIFY(after);
        QCOMPARE(after->size(), before->size() + 1);
        QCOMPARE(after->back().payload, dashboard->assessmentPayload());
    }

    void idleLockClearsChart()
    {
        m_clockForNextWindow = true;
        unlockAs(QStringLiteral("demo-physician"));
        auto patients = m_window->session()->listPatients();
        QVERIFY(patients && !patients->empty());
        QVERIFY(m_window->openPatient(patients->front().id));
        const QString family = patients->front().familyName;
        QVERIFY(
            child<QLabel>(*m_window, QStringLiteral("chartPatientName"))->text().contains(family));
        m_now += std::chrono::hours(1);
        m_window->inactivityTimer()->checkNow();
        QTRY_VERIFY(m_window->isLocked());
        QVERIFY(!m_window->patientChart()->isOpen());
        QVERIFY(m_window->patientChart()->dashboard()->state().results.empty());
        // No label anywhere in the window still shows the patient's name.
        const auto labels = m_window->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QVERIFY2(!label->text().contains(family), qPrintable(label->objectName()));
    }
};

QTEST_MAIN(TestPatientChart)
#include "tst_patientchart.moc"
