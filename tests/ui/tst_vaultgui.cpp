// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI on real vaults made with the store's API (test-only fast KDF): unlock messages,
// the patient list and search, roles, locking, and the --screenshot command line.
#include "core/security/Crypto.h"
#include "core/security/KeySlotFile.h"
#include "core/security/SecretBytes.h"
#include "core/store/DemoCohort.h"
#include "core/store/VaultAdmin.h"
#include "ui/MainWindow.h"
#include "ui/patients/PatientFilterProxyModel.h"
#include "ui/patients/PatientListWidget.h"
#include "ui/patients/PatientTableModel.h"
#include "ui/unlock/UnlockWidget.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace precis;

namespace {
const QString demoPassword = QStringLiteral("precis-demo-password");
constexpr int demoPatients = 40;
} // namespace

class TestVaultGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_plain;
    const QString m_plainPassword = QStringLiteral("a long clinic passphrase for tests");

    void unlockByTyping(ui::MainWindow &w, const QString &user, const QString &password)
    {
        auto *userEdit = w.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
        auto *passwordEdit = w.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        QTest::keyClicks(passwordEdit, password);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
        // The key derivation runs on a worker thread; wait for its answer.
        QTRY_VERIFY_WITH_TIMEOUT(!w.isUnlocking(), 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(security::kdfPolicyName(), QStringLiteral("precis-kdf-policy:test-only"));
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.precis"));
        store::DemoOptions options;
        options.patients = demoPatients;
        options.observationsPerPatient = 1;
        const auto created = store::createDemoVault(m_demo, options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        QCOMPARE(*created, demoPatients);

        m_plain = m_dir.filePath(QStringLiteral("clinic.precis"));
        const auto plain = store::createVault(
            m_plain, QStringLiteral("admin"), security::SecretBytes::fromUtf8(m_plainPassword));
        QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().message()));
    }

    void wrongPasswordShowsMessage_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password")
            << QStringLiteral("demo-physician") << QStringLiteral("not the demo password");
        QTest::newRow("unknown user") << QStringLiteral("dr-nobody") << demoPassword;
    }
    void wrongPasswordShowsMessage()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        // A copy per row so that the throttle of one row does not affect the next.
        const QString copy = m_dir.filePath(QStringLiteral("wrong-%1.precis")
                                                .arg(QString::fromUtf8(QTest::currentDataTag()))
                                                .replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(QFile::copy(m_demo, copy));
        QVERIFY(QFile::copy(m_demo + QStringLiteral(".keys"), copy + QStringLiteral(".keys")));
        ui::MainWindow w(ui::vaultUnlocker());
        w.setVaultPath(copy);
        w.show();
        unlockByTyping(w, user, password);
        QVERIFY(w.isLocked());
        const QString text = w.findChild<QLabel *>(QStringLiteral("unlockErrorLabel"))->text();
        QCOMPARE(text, QStringLiteral("The user name or password is incorrect."));
    }

    void missingKeyFileShowsMessage()
    {
        const QString copy = m_dir.filePath(QStringLiteral("nokeys.precis"));
        QVERIFY(QFile::copy(m_demo, copy));
        ui::MainWindow w(ui::vaultUnlocker());
        w.setVaultPath(copy);
        w.show();
        unlockByTyping(w, QStringLiteral("demo-physician"), demoPassword);
        QVERIFY(w.isLocked());
        const QString text = w.findChild<QLabel *>(QStringLiteral("unlockErrorLabel"))->text();
        QVERIFY2(text.contains(QStringLiteral("key file of this vault is missing")),
                 qPrintable(text));
    }

    void demoBannerBeforeFirstUnlock_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("demo vault") << true;
        QTest::newRow("clinic vault") << false;
    }
    void demoBannerBeforeFirstUnlock()
    {
        QFETCH(bool, demo);
        // A fresh window: nothing was unlocked in it, so only the key file's label can tell.
        ui::MainWindow w(ui::vaultUnlocker());
        w.setVaultPath(demo ? m_demo : m_plain);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isLocked());
        auto *banner = w.findChild<QLabel *>(QStringLiteral("demoBanner"));
        QVERIFY(banner);
        QVERIFY(w.unlockWidget()->isVisible());
        QCOMPARE(banner->isVisible(), demo);

        // Choosing the other vault on the same lock screen follows it.
        w.setVaultPath(demo ? m_plain : m_demo);
        QCOMPARE(banner->isVisible(), !demo);
        w.setVaultPath(demo ? m_demo : m_plain);
        QCOMPARE(banner->isVisible(), demo);
    }

    void demoBannerForUnlabelledDemoVault()
    {
        // A demo vault whose key file has no label (made before the label existed): no banner
        // before the first unlock, but after it the lock screen keeps warning. Its own vault,
        // not a copy of m_demo: unlocking a copy moves the vault's state on, after which this
        // workstation refuses the original as rolled back (issue #8 D1).
        const QString copy = m_dir.filePath(QStringLiteral("unlabelled.precis"));
        store::DemoOptions options;
        options.patients = 3;
        options.observationsPerPatient = 1;
        QVERIFY(store::createDemoVault(copy, options));
        const QString keys = security::KeySlotFile::pathFor(copy);
        auto slots = security::KeySlotFile::load(keys);
        QVERIFY(slots);
        slots->setDemoHint(false);
        QVERIFY(slots->save(keys));
        ui::MainWindow w(ui::vaultUnlocker());
        w.setVaultPath(copy);
        w.show();
        auto *banner = w.findChild<QLabel *>(QStringLiteral("demoBanner"));
        QVERIFY(!banner->isVisible());
        unlockByTyping(w, QStringLiteral("demo-nurse"), demoPassword);
        QVERIFY(!w.isLocked());
        QVERIFY(banner->isVisible());
        w.lock();
        QVERIFY(w.isLocked());
        QVERIFY(banner->isVisible());
    }

    void physicianSeesAndSearchesPatients()
    {
        ui::MainWindow w(ui::vaultUnlocker());
        w.setVaultPath(m_demo);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        unlockByTyping(w, QStringLiteral("demo-physician"), demoPassword);
        QVERIFY(!w.isLocked());
        QVERIFY(w.session()->isDemo());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("demoBanner"))->isVisible());
        auto *list = w.patientList();
        QVERIFY(list->isVisible());
        QCOMPARE(list->model()->rowCount(), demoPatients);

        // Search by a real row's family name, record number and date of birth.
        const store::PatientSummary first = *list->model()->patientAt(0);
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("patientSearchEdit"));
        for (const QString &query : {first.recordNumber,
                                     first.familyName + QLatin1Char(' ') + first.givenName,
                                     first.dateOfBirth.toString(Qt::ISODate)}) {
            search->clear();
            QTest::keyClicks(search, query);
            QVERIFY2(list->proxy()->rowCount() >= 1 && list->proxy()->rowCount() < demoPatients,
                     "search did not narrow the list");
            bool found = false;
            for (int r = 0; r < list->proxy()->rowCount(); ++r)
                found |= list->proxy()
                             ->index(r, 0)
                             .data(ui::PatientTableModel::PatientIdRole)
                             .toLongLong()
                         == first.id;
            QVERIFY(found);
        }
        search->clear();

        QTest::keyClick(search, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(w.isLocked());
        QCOMPARE(list->model()->rowCount(), 0);
    }

    void adminOnlySeesAdministration()
    {
        ui::MainWindow w(ui::vaultUnlocker());
        w.setVaultPath(m_demo);
        w.show();
        unlockByTyping(w, QStringLiteral("demo-admin"), demoPassword);
        QVERIFY(!w.isLocked());
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
        QCOMPARE(tabs->indexOf(w.patientList()), -1);
        QVERIFY(!w.patientList()->isVisible());
        QCOMPARE(w.patientList()->model()->rowCount(), 0);
        auto *users = w.findChild<QTableWidget *>(QStringLiteral("usersTableWidget"));
        QCOMPARE(users->rowCount(), 3);
    }

    void screenshotOnlyForDemoVaults_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("demo vault") << true;
        QTest::newRow("clinic vault refused") << false;
    }
    void screenshotOnlyForDemoVaults()
    {
        QFETCH(bool, demo);
        const QString exe = QStringLiteral(PRECIS_BINARY_DIR "/app/precis");
        if (!QFile::exists(exe))
            QSKIP("the precis executable is not built");
        const QString png = m_dir.filePath(QStringLiteral("shot-%1.png").arg(demo ? 1 : 0));
        QProcess p;
        p.start(exe,
                {demo ? m_demo : m_plain,
                 QStringLiteral("--screenshot"),
                 png,
                 QStringLiteral("--size"),
                 QStringLiteral("1024x768"),
                 QStringLiteral("--lang"),
                 QStringLiteral("en"),
                 QStringLiteral("--user"),
                 demo ? QStringLiteral("demo-physician") : QStringLiteral("admin")});
        QVERIFY(p.waitForStarted());
        p.write((demo ? demoPassword : m_plainPassword).toUtf8() + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (demo) {
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(out, png);
            const QImage image(png);
            QCOMPARE(image.size(), QSize(1024, 768));
        } else {
            QCOMPARE(p.exitCode(), 2);
            QVERIFY(out.isEmpty());
            QVERIFY2(err.contains(QStringLiteral("demo vault")), qPrintable(err));
            QVERIFY(!QFile::exists(png));
        }
    }
};

QTEST_MAIN(TestVaultGui)
#include "tst_vaultgui.moc"
