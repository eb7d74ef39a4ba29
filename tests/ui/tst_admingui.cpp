// SPDX-License-Identifier: GPL-3.0-or-later
// The administration screens on a real demo vault (store API, test-only fast KDF), driven through
// their widgets by object name: add a user, change roles, reset a password, remove a user, rotate
// the data key (and lock while it runs), a new recovery key (copy, print), back up and restore,
// the audit view's filters and its chain verification. Every expected outcome is read back from
// the vault itself, not from the screen that caused it.
#include "core/security/KeySlotFile.h"
#include "core/security/SecretBytes.h"
#include "core/store/AdminTasks.h"
#include "core/store/AuditLog.h"
#include "core/store/DemoCohort.h"
#include "core/store/Vault.h"
#include "core/store/VaultInternal.h"
#include "ui/MainWindow.h"
#include "ui/admin/AdministrationWidget.h"
#include "ui/admin/AuditPanel.h"
#include "ui/admin/AuditTableModel.h"
#include "ui/admin/RecoveryKeyDialog.h"
#include "ui/admin/TaskRunner.h"
#include "ui/admin/UsersPanel.h"
#include "ui/admin/VaultPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#ifdef PRECIS_HAVE_PRINTSUPPORT
#include <QPrinter>
#endif

#include <functional>

using namespace precis;

namespace {

const QString demoPassword = QStringLiteral("precis-demo-password");
const QString admin = QString::fromLatin1(store::kDemoAdmin);
const QString nurse = QString::fromLatin1(store::kDemoNurse);
const QString physician = QString::fromLatin1(store::kDemoPhysician);

security::SecretBytes pw(const QString &s)
{
    return security::SecretBytes::fromUtf8(s);
}

template <typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

/// Runs `fill` on the modal dialog named `name` as soon as it is the active modal widget (exec()
/// blocks the test meanwhile). The dialog is rejected after `fill` if it is still open, so that
/// a failed check inside `fill` cannot leave the test waiting; a dialog that never comes is a
/// failure after 30 s.
void onModal(const QString &name, std::function<void(QDialog *)> fill)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    auto polls = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, polls, fill = std::move(fill)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal == nullptr || modal->objectName() != name) {
            if (++*polls > 1500) {
                timer->stop();
                timer->deleteLater();
                QTest::qFail(
                    qPrintable(QStringLiteral("no modal %1").arg(name)), __FILE__, __LINE__);
                if (auto *other = qobject_cast<QDialog *>(modal))
                    other->reject();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        QPointer<QDialog> dialog = qobject_cast<QDialog *>(modal);
        fill(dialog);
        if (dialog && dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

void setText(QDialog *dialog, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(*dialog, name);
    QVERIFY2(edit != nullptr, name);
    edit->setText(text);
}

void click(QWidget *parent, const char *name)
{
    auto *button = child<QPushButton>(*parent, name);
    QVERIFY2(button != nullptr, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

QString visibleError(QDialog *dialog, const char *name)
{
    auto *label = child<QLabel>(*dialog, name);
    return label != nullptr && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestAdminGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    int m_serial = 0;
    std::unique_ptr<ui::MainWindow> m_window;

    void unlockAs(const QString &user)
    {
        m_window = std::make_unique<ui::MainWindow>(ui::vaultUnlocker());
        m_window->setVaultPath(m_vault);
        m_window->resize(1024, 768);
        m_window->show();
        const auto unlocked = m_window->unlock(user, pw(demoPassword));
        QVERIFY2(unlocked, unlocked ? "" : qPrintable(unlocked.error().message()));
    }

    ui::AdministrationWidget &administration() { return *m_window->administration(); }

    void selectUser(const QString &name)
    {
        QTableWidget *table = administration().usersPanel()->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == name) {
                table->selectRow(row);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row for %1").arg(name)));
    }

    /// The vault's users as the vault says, through a separate unlock.
    std::map<QString, QList<store::Role>> usersInVault()
    {
        std::map<QString, QList<store::Role>> out;
        auto session = ui::vaultUnlocker()(m_vault, admin, pw(demoPassword));
        if (!session)
            return out;
        if (auto users = (*session)->listUsers()) {
            for (const store::UserInfo &u : *users)
                out[u.name] = u.roles;
        }
        return out;
    }

    std::vector<store::AuditEntry> auditRows()
    {
        auto session = ui::vaultUnlocker()(m_vault, admin, pw(demoPassword));
        if (!session)
            return {};
        auto rows = (*session)->auditTrail();
        return rows ? *rows : std::vector<store::AuditEntry>{};
    }

    static bool hasAction(const std::vector<store::AuditEntry> &rows, const char *action)
    {
        return std::any_of(rows.begin(), rows.end(), [action](const store::AuditEntry &e) {
            return e.action == QLatin1String(action);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // A new demo vault for every test: they change users and keys.
    void init()
    {
        m_vault = m_dir.filePath(QStringLiteral("demo-%1.precis").arg(++m_serial));
        store::DemoOptions options;
        // The demo cohort written through the chart API as demo-nurse, so that the audit trail
        // holds chart writes for the filters to find.
        options.patients = 6;
        const auto created = store::createDemoVault(m_vault, options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
    }

    void cleanup() { m_window.reset(); }

    void clinicalRolesSeeNoAdministration_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("nurse") << nurse;
        QTest::newRow("physician") << physician;
    }
    void clinicalRolesSeeNoAdministration()
    {
        QFETCH(QString, user);
        unlockAs(user);
        auto *tabs = child<QTabWidget>(*m_window, "workspaceTabs");
        QCOMPARE(tabs->indexOf(m_window->administration()), -1);
        QVERIFY(!m_window->administration()->isVisible());
        for (const char *name : {"addUserButton",
                                 "removeUserButton",
                                 "backUpButton",
                                 "restoreButton",
                                 "rotateKeyButton",
                                 "newRecoveryKeyButton",
                                 "auditVerifyButton"})
            QVERIFY2(!child<QPushButton>(*m_window, name)->isVisible(), name);
        // The vault refuses regardless of the screen (tst_adminsession covers every call).
        QCOMPARE(m_window->session()->rotateDataKey(pw(demoPassword)).error().code,
                 ErrorCode::Permission);
    }

    // Issue #8: a user whose password an administrator set chooses their own right after
    // signing in; cancelling signs them out again.
    void firstSignInAsksForOwnPassword()
    {
        const QString initial = QStringLiteral("initial lantern orchard pebble");
        const QString chosen = QStringLiteral("chosen lantern orchard pebble");
        {
            auto session = ui::vaultUnlocker()(m_vault, admin, pw(demoPassword));
            QVERIFY(session);
            QVERIFY((*session)->addUser(pw(demoPassword),
                                        QStringLiteral("temp-nurse"),
                                        {store::Role::Nurse},
                                        pw(initial),
                                        store::PasswordChange::Required));
        }
        m_window = std::make_unique<ui::MainWindow>(ui::vaultUnlocker());
        m_window->setVaultPath(m_vault);
        m_window->resize(1024, 768);
        m_window->show();

        onModal(QStringLiteral("chooseOwnPasswordDialog"), [](QDialog *d) { d->reject(); });
        const auto cancelled = m_window->unlock(QStringLiteral("temp-nurse"), pw(initial));
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().reason, ErrorReason::PasswordChangeRequired);
        QVERIFY(m_window->isLocked());

        QString sameError;
        QString userShown;
        onModal(QStringLiteral("chooseOwnPasswordDialog"), [&](QDialog *d) {
            userShown = child<QLabel>(*d, "chooseOwnPasswordUserLabel")->text();
            setText(d, "chooseOwnPasswordNewPasswordEdit", initial);
            setText(d, "chooseOwnPasswordNewRepeatEdit", initial);
            setText(d, "chooseOwnPasswordOwnPasswordEdit", initial);
            click(d, "chooseOwnPasswordConfirmButton");
            sameError = visibleError(d, "chooseOwnPasswordErrorLabel");
            setText(d, "chooseOwnPasswordNewPasswordEdit", chosen);
            setText(d, "chooseOwnPasswordNewRepeatEdit", chosen);
            setText(d, "chooseOwnPasswordOwnPasswordEdit", initial);
            click(d, "chooseOwnPasswordConfirmButton");
        });
        const auto unlocked = m_window->unlock(QStringLiteral("temp-nurse"), pw(initial));
        QVERIFY2(unlocked, unlocked ? "" : qPrintable(unlocked.error().message()));
        QCOMPARE(userShown, QStringLiteral("temp-nurse"));
        QCOMPARE(sameError,
                 QStringLiteral("The new password must differ from the one the administrator "
                                "set."));
        QVERIFY(!m_window->isLocked());
        QVERIFY(!m_window->session()->user().mustChangePassword);
        QVERIFY(m_window->session()->listPatients());
        m_window->lock();
        QVERIFY(!store::Vault::unlock(m_vault, QStringLiteral("temp-nurse"), pw(initial)));
        auto own = store::Vault::unlock(m_vault, QStringLiteral("temp-nurse"), pw(chosen));
        QVERIFY(own);
        QVERIFY(!(*own)->user().mustChangePassword);
    }

    void addUserThroughTheDialog()
    {
        unlockAs(admin);
        QCOMPARE(administration().usersPanel()->table()->rowCount(), 3);
        const QString initial = QStringLiteral("lantern orchard pebble river");
        QString shortError;
        QString wrongOwnError;
        bool stayedOpen = false;
        onModal(QStringLiteral("addUserDialog"), [&](QDialog *d) {
            setText(d, "addUserNameEdit", QStringLiteral("dr-weber"));
            child<QCheckBox>(*d, "addUserPhysicianCheckBox")->setChecked(true);
            // Too short for the policy (15 characters, NIST SP 800-63B-4 via PasswordPolicy).
            setText(d, "addUserInitialPasswordEdit", QStringLiteral("short"));
            setText(d, "addUserInitialRepeatEdit", QStringLiteral("short"));
            setText(d, "addUserOwnPasswordEdit", demoPassword);
            click(d, "addUserConfirmButton");
            shortError = visibleError(d, "addUserErrorLabel");
            setText(d, "addUserInitialPasswordEdit", initial);
            setText(d, "addUserInitialRepeatEdit", initial);
            setText(d, "addUserOwnPasswordEdit", QStringLiteral("not my password at all"));
            click(d, "addUserConfirmButton");
            wrongOwnError = visibleError(d, "addUserErrorLabel");
            stayedOpen = d->isVisible();
            setText(d, "addUserOwnPasswordEdit", demoPassword);
            click(d, "addUserConfirmButton");
        });
        click(administration().usersPanel(), "addUserButton");
        QCOMPARE(shortError, QStringLiteral("At least 15 characters (5 so far)."));
        QCOMPARE(wrongOwnError,
                 QStringLiteral("Your password was not accepted. Nothing was changed."));
        QVERIFY(stayedOpen);

        QCOMPARE(administration().usersPanel()->table()->rowCount(), 4);
        const auto users = usersInVault();
        QVERIFY(users.count(QStringLiteral("dr-weber")) == 1);
        QCOMPARE(users.at(QStringLiteral("dr-weber")), QList<store::Role>{store::Role::Physician});
        // The new user signs in with the initial password.
        auto signedIn = store::Vault::unlock(m_vault, QStringLiteral("dr-weber"), pw(initial));
        QVERIFY2(signedIn, signedIn ? "" : qPrintable(signedIn.error().message()));
        QVERIFY((*signedIn)->user().has(store::Role::Physician));
        // "Ask for a new password at the first sign-in" is ticked by default.
        QVERIFY((*signedIn)->user().mustChangePassword);
        // One user-add row, by the administrator; the wrong password is a failed authentication.
        signedIn->reset();
        const auto rows = auditRows();
        QCOMPARE(std::count_if(rows.begin(),
                               rows.end(),
                               [](const store::AuditEntry &e) {
                                   return e.action == QLatin1String(store::audit::kUserAdd)
                                          && e.detail.startsWith(QLatin1String("dr-weber"));
                               }),
                 1);
        QVERIFY(hasAction(rows, store::audit::kFailedUnlock));
    }

    void changeRolesKeepsAnAdministrator()
    {
        unlockAs(admin);
        selectUser(nurse);
        onModal(QStringLiteral("changeRolesDialog"), [&](QDialog *d) {
            child<QCheckBox>(*d, "changeRolesPhysicianCheckBox")->setChecked(true);
            setText(d, "changeRolesOwnPasswordEdit", demoPassword);
            click(d, "changeRolesConfirmButton");
        });
        click(administration().usersPanel(), "changeRolesButton");
        QCOMPARE(usersInVault().at(nurse),
                 (QList<store::Role>{store::Role::Nurse, store::Role::Physician}));

        // The only administrator cannot give up the role: the dialog says so, nothing changes.
        selectUser(admin);
        QString refusal;
        onModal(QStringLiteral("changeRolesDialog"), [&](QDialog *d) {
            child<QCheckBox>(*d, "changeRolesAdministratorCheckBox")->setChecked(false);
            child<QCheckBox>(*d, "changeRolesNurseCheckBox")->setChecked(true);
            setText(d, "changeRolesOwnPasswordEdit", demoPassword);
            click(d, "changeRolesConfirmButton");
            refusal = visibleError(d, "changeRolesErrorLabel");
        });
        click(administration().usersPanel(), "changeRolesButton");
        QCOMPARE(refusal, QStringLiteral("The vault must keep at least one administrator."));
        QCOMPARE(usersInVault().at(admin), QList<store::Role>{store::Role::Administrator});
    }

    void resetPasswordReplacesTheOld()
    {
        unlockAs(admin);
        selectUser(physician);
        const QString fresh = QStringLiteral("copper meadow violin lighthouse");
        onModal(QStringLiteral("resetPasswordDialog"), [&](QDialog *d) {
            setText(d, "resetPasswordNewPasswordEdit", fresh);
            setText(d, "resetPasswordNewRepeatEdit", fresh);
            setText(d, "resetPasswordOwnPasswordEdit", demoPassword);
            click(d, "resetPasswordConfirmButton");
        });
        click(administration().usersPanel(), "resetPasswordButton");
        QVERIFY(child<QLabel>(*m_window, "usersStatusLabel")->isVisible());
        QVERIFY(store::Vault::unlock(m_vault, physician, pw(fresh)));
        const auto old = store::Vault::unlock(m_vault, physician, pw(demoPassword));
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::Authentication);
    }

    void removeUserRotatesTheKey()
    {
        unlockAs(admin);
        const QString keys = security::KeySlotFile::pathFor(m_vault);
        QVERIFY(QFile::copy(keys, m_dir.filePath(QStringLiteral("old.keys"))));
        // The remove button is off for oneself (the vault refuses it too).
        selectUser(admin);
        QVERIFY(
            !child<QPushButton>(*administration().usersPanel(), "removeUserButton")->isEnabled());
        selectUser(nurse);
        QSignalSpy busy(administration().taskRunner(), &ui::TaskRunner::busyChanged);
        onModal(QStringLiteral("removeUserDialog"), [&](QDialog *d) {
            setText(d, "removeUserOwnPasswordEdit", demoPassword);
            click(d, "removeUserConfirmButton");
        });
        click(administration().usersPanel(), "removeUserButton");
        // The task ran behind the busy indicator, once.
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);

        QCOMPARE(usersInVault().count(nurse), std::size_t{0});
        QCOMPARE(store::Vault::unlock(m_vault, nurse, pw(demoPassword)).error().code,
                 ErrorCode::Authentication);
        auto slots = security::KeySlotFile::load(keys);
        QVERIFY(slots);
        QVERIFY(!slots->rotationPending());
        const auto rows = auditRows();
        QVERIFY(hasAction(rows, store::audit::kUserRemove));
        QVERIFY(hasAction(rows, store::audit::kKeyRotation));
        // The old key file's data key is not the vault's any more: its digest no longer matches
        // the new key file's.
        auto oldSlots = security::KeySlotFile::load(m_dir.filePath(QStringLiteral("old.keys")));
        QVERIFY(oldSlots);
        auto oldKey = oldSlots->unlockUser(admin, pw(demoPassword));
        QVERIFY(oldKey);
        QVERIFY(!slots->matchesDigest(oldKey->current));
    }

    void lockWaitsForARunningRotation()
    {
        unlockAs(admin);
        administration().showPage(ui::AdministrationWidget::Page::Vault);
        // The vault locks the moment the task has started (as an idle lock or Ctrl+L would while
        // the busy indicator shows): the lock must wait for the rotation, not cut it off.
        connect(administration().taskRunner(),
                &ui::TaskRunner::busyChanged,
                m_window.get(),
                [this](bool running) {
                    if (running)
                        m_window->lock();
                });
        onModal(QStringLiteral("rotateKeyDialog"), [&](QDialog *d) {
            setText(d, "rotateKeyOwnPasswordEdit", demoPassword);
            click(d, "rotateKeyConfirmButton");
        });
        click(administration().vaultPanel(), "rotateKeyButton");
        QVERIFY(m_window->isLocked());
        auto slots = security::KeySlotFile::load(security::KeySlotFile::pathFor(m_vault));
        QVERIFY(slots);
        QVERIFY(!slots->rotationPending());
        for (const QString &user : {admin, nurse, physician})
            QVERIFY2(store::Vault::unlock(m_vault, user, pw(demoPassword)), qPrintable(user));
        QVERIFY(hasAction(auditRows(), store::audit::kKeyRotation));
    }

    void newRecoveryKeyIsShownOnce()
    {
        unlockAs(admin);
        administration().showPage(ui::AdministrationWidget::Page::Vault);
        QString shownKey;
        QString labelText;
        QString clipboardWhileOpen;
        QByteArray concealed;
        onModal(QStringLiteral("newRecoveryKeyDialog"), [&](QDialog *d) {
            onModal(QStringLiteral("recoveryKeyDialog"), [&](QDialog *k) {
                shownKey = static_cast<ui::RecoveryKeyDialog *>(k)->key();
                labelText = child<QLabel>(*k, "recoveryKeyLabel")->text();
                click(k, "recoveryKeyCopyButton");
                clipboardWhileOpen = QApplication::clipboard()->text();
                if (const QMimeData *mime = QApplication::clipboard()->mimeData())
                    concealed = mime->data(QStringLiteral("x-kde-passwordManagerHint"));
                click(k, "recoveryKeyDoneButton");
            });
            setText(d, "newRecoveryKeyOwnPasswordEdit", demoPassword);
            click(d, "newRecoveryKeyConfirmButton");
        });
        click(administration().vaultPanel(), "newRecoveryKeyButton");
        QVERIFY(!shownKey.isEmpty());
        // The label shows the key in two lines of groups: the same characters.
        QCOMPARE(QString(labelText).replace(QLatin1Char('\n'), QLatin1Char('-')), shownKey);
        QCOMPARE(clipboardWhileOpen, shownKey);
        QCOMPARE(concealed, QByteArrayLiteral("secret"));
        // Closing the dialog took the key off the clipboard.
        QVERIFY(QApplication::clipboard()->text() != shownKey);
        QVERIFY(child<QLabel>(*m_window, "keyStatusLabel")->isVisible());

        m_window->lock();
        auto key = security::parseRecoveryKey(shownKey);
        QVERIFY(key);
        auto recovered = store::Vault::unlockWithRecoveryKey(m_vault, std::move(*key));
        QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error().message()));
        recovered->reset();
        QVERIFY(hasAction(auditRows(), store::audit::kRecoveryKeyChange));
    }

    void recoveryKeyPrintsOnOnePage()
    {
        const QString key = security::generateRecoveryKey();
        // The rendered page holds dark pixels where the key is drawn (a blank page would not).
        QImage page(850, 1100, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            ui::RecoveryKeyDialog::render(painter,
                                          page.rect(),
                                          key,
                                          QStringLiteral("clinic.precis"),
                                          QDateTime::currentDateTime());
        }
        int dark = 0;
        for (int y = page.height() / 5; y < page.height() / 2; ++y)
            for (int x = 0; x < page.width(); ++x)
                dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
#ifdef PRECIS_HAVE_PRINTSUPPORT
        QVERIFY(ui::RecoveryKeyDialog::canPrint());
        ui::RecoveryKeyDialog dialog(key, QStringLiteral("clinic.precis"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir.filePath(QStringLiteral("key.pdf"));
        printer.setOutputFileName(pdf);
        dialog.printTo(printer);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == QByteArrayLiteral("%PDF-"));
        QVERIFY(file.size() > 1000);
#else
        QVERIFY(!ui::RecoveryKeyDialog::canPrint());
#endif
    }

    void backUpThenRestore()
    {
        unlockAs(admin);
        administration().showPage(ui::AdministrationWidget::Page::Vault);
        const QString backup = m_dir.filePath(QStringLiteral("backup-%1.precis").arg(m_serial));
        onModal(QStringLiteral("backupDialog"), [&](QDialog *d) {
            setText(d, "backupPathEdit", backup);
            setText(d, "backupOwnPasswordEdit", demoPassword);
            click(d, "backupConfirmButton");
        });
        click(administration().vaultPanel(), "backUpButton");
        auto *status = child<QLabel>(*m_window, "backupStatusLabel");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("checked")), qPrintable(status->text()));
        QVERIFY(QFile::exists(backup));
        QVERIFY(QFile::exists(security::KeySlotFile::pathFor(backup)));
        QVERIFY(hasAction(auditRows(), store::audit::kBackupCheck));

        // A change after the backup, which the restore must undo.
        QVERIFY(m_window->session()->addUser(pw(demoPassword),
                                             QStringLiteral("after-backup"),
                                             {store::Role::Nurse},
                                             pw(QStringLiteral("after backup horse battery")),
                                             store::PasswordChange::NotRequired));
        QString current;
        QString replacement;
        QString outcome;
        onModal(QStringLiteral("restoreDialog"), [&](QDialog *d) {
            setText(d, "restorePathEdit", backup);
            current = child<QLabel>(*d, "restoreCurrentLabel")->text();
            replacement = child<QLabel>(*d, "restoreBackupLabel")->text();
            setText(d, "restoreBackupUserEdit", admin);
            setText(d, "restoreBackupPasswordEdit", demoPassword);
            setText(d, "restoreOwnPasswordEdit", demoPassword);
            onModal(QStringLiteral("restoreOutcomeMessageBox"), [&](QDialog *box) {
                outcome = static_cast<QMessageBox *>(box)->text();
                box->accept();
            });
            click(d, "restoreConfirmButton");
        });
        click(administration().vaultPanel(), "restoreButton");
        // What would be replaced was shown first: this vault with its users now, and the backup.
        QVERIFY2(current.contains(QFileInfo(m_vault).fileName()), qPrintable(current));
        QVERIFY2(current.contains(QStringLiteral("after-backup")), qPrintable(current));
        QVERIFY2(replacement.contains(QFileInfo(backup).fileName()), qPrintable(replacement));
        QCOMPARE(outcome, QStringLiteral("The vault was restored from the backup. Sign in again."));
        QVERIFY(m_window->isLocked());
        const auto users = usersInVault();
        QCOMPARE(users.count(QStringLiteral("after-backup")), std::size_t{0});
        QCOMPARE(users.count(admin), std::size_t{1});
        QVERIFY(hasAction(auditRows(), store::audit::kRestore));
    }

    void restoreWithAWrongBackupPasswordReplacesNothing()
    {
        unlockAs(admin);
        const QString backup = m_dir.filePath(QStringLiteral("backup-%1.precis").arg(m_serial));
        const auto written = m_window->session()->backup(pw(demoPassword), backup);
        QVERIFY(written && written->ok());
        QVERIFY(m_window->session()->addUser(pw(demoPassword),
                                             QStringLiteral("after-backup"),
                                             {store::Role::Nurse},
                                             pw(QStringLiteral("after backup horse battery")),
                                             store::PasswordChange::NotRequired));
        administration().showPage(ui::AdministrationWidget::Page::Vault);
        QString outcome;
        onModal(QStringLiteral("restoreDialog"), [&](QDialog *d) {
            setText(d, "restorePathEdit", backup);
            setText(d, "restoreBackupUserEdit", admin);
            setText(d, "restoreBackupPasswordEdit", QStringLiteral("not the backup password"));
            setText(d, "restoreOwnPasswordEdit", demoPassword);
            onModal(QStringLiteral("restoreOutcomeMessageBox"), [&](QDialog *box) {
                outcome = static_cast<QMessageBox *>(box)->text();
                box->accept();
            });
            click(d, "restoreConfirmButton");
        });
        click(administration().vaultPanel(), "restoreButton");
        QCOMPARE(
            outcome,
            QStringLiteral("The backup did not accept that administrator name and password, so "
                           "the vault was not replaced. Sign in again."));
        QVERIFY(m_window->isLocked());
        QCOMPARE(usersInVault().count(QStringLiteral("after-backup")), std::size_t{1});
    }

    void auditViewFilters()
    {
        unlockAs(admin);
        administration().showPage(ui::AdministrationWidget::Page::Audit);
        ui::AuditPanel *panel = administration().auditPanel();
        ui::AuditTableModel *model = panel->model();
        QAbstractItemModelTester sourceTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            panel->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto &entries = model->entries();
        // Shown on first view, read from the vault (the read's own row is last).
        QVERIFY(entries.size() > 10);
        QCOMPARE(entries.back().action, QString::fromLatin1(store::audit::kAuditRead));
        QCOMPARE(panel->proxy()->rowCount(), model->rowCount());

        auto countWhere = [&](const std::function<bool(const store::AuditEntry &)> &pred) {
            return static_cast<int>(std::count_if(entries.begin(), entries.end(), pred));
        };
        auto *userBox = child<QComboBox>(*panel, "auditUserComboBox");
        userBox->setCurrentIndex(userBox->findData(nurse));
        const int nurseRows
            = countWhere([](const store::AuditEntry &e) { return e.user == nurse; });
        QVERIFY(nurseRows > 0);
        QCOMPARE(panel->proxy()->rowCount(), nurseRows);

        auto *actionBox = child<QComboBox>(*panel, "auditActionComboBox");
        actionBox->setCurrentIndex(actionBox->findData(QString::fromLatin1(store::audit::kWrite)));
        const int nurseWrites = countWhere([](const store::AuditEntry &e) {
            return e.user == nurse && e.action == QLatin1String(store::audit::kWrite);
        });
        QVERIFY(nurseWrites > 0);
        QCOMPARE(panel->proxy()->rowCount(), nurseWrites);

        QTest::keyClicks(child<QLineEdit>(*panel, "auditPatientEdit"), QStringLiteral("2"));
        const int patientTwo = countWhere([](const store::AuditEntry &e) {
            return e.user == nurse && e.action == QLatin1String(store::audit::kWrite)
                   && e.patientId == 2;
        });
        QVERIFY(patientTwo > 0);
        QCOMPARE(panel->proxy()->rowCount(), patientTwo);
        for (int row = 0; row < panel->proxy()->rowCount(); ++row)
            QCOMPARE(panel->proxy()
                         ->index(row, ui::AuditTableModel::PatientColumn)
                         .data(ui::AuditTableModel::FilterRole)
                         .toLongLong(),
                     2);

        // Dates: every row of a new demo vault is from today (local time).
        const QDate today = QDate::currentDate();
        panel->proxy()->setDateRange(today.addDays(1), today.addDays(1));
        QCOMPARE(panel->proxy()->rowCount(), 0);
        panel->resetFilters();
        QCOMPARE(panel->proxy()->rowCount(), model->rowCount());
        panel->proxy()->setDateRange(today, today);
        QCOMPARE(panel->proxy()->rowCount(), model->rowCount());
        QCOMPARE(child<QDateEdit>(*panel, "auditFromDateEdit")->minimumDate(), today);
    }

    void verifyChainShowsResultAndHead()
    {
        unlockAs(admin);
        administration().showPage(ui::AdministrationWidget::Page::Audit);
        ui::AuditPanel *panel = administration().auditPanel();
        click(panel, "auditVerifyButton");
        auto *result = child<QLabel>(*panel, "auditVerifyResultLabel");
        QVERIFY(result->isVisible());
        QVERIFY2(result->text().startsWith(QStringLiteral("The audit chain is intact")),
                 qPrintable(result->text()));
        auto *anchor = child<QLabel>(*panel, "auditAnchorLabel");
        QVERIFY(anchor->isVisible());
        const auto match
            = QRegularExpression(QStringLiteral("^(\\d+):([0-9a-f]{64})$")).match(anchor->text());
        QVERIFY2(match.hasMatch(), qPrintable(anchor->text()));
        // The head is the last row listed, and the vault's chain holds it.
        const store::AuditEntry &last = panel->model()->entries().back();
        QCOMPARE(match.captured(1).toLongLong(), last.seq);
        QCOMPARE(match.captured(2), QString::fromLatin1(last.hash.toHex()));
        QVERIFY(hasAction(panel->model()->entries(), store::audit::kAuditVerify));
        click(panel, "auditCopyAnchorButton");
        QCOMPARE(QApplication::clipboard()->text(), anchor->text());

        // A row edited by someone holding the data key breaks the chain at that row.
        m_window->lock();
        {
            auto vault = store::Vault::unlock(m_vault, admin, pw(demoPassword));
            QVERIFY(vault);
            QVERIFY(store::detail::VaultAccess::db(**vault).exec(
                "UPDATE audit SET detail = 'edited' WHERE seq = 3"));
        }
        m_window.reset();
        unlockAs(admin);
        administration().showPage(ui::AdministrationWidget::Page::Audit);
        panel = administration().auditPanel();
        click(panel, "auditVerifyButton");
        result = child<QLabel>(*panel, "auditVerifyResultLabel");
        QVERIFY2(result->text().startsWith(QStringLiteral("The audit chain is broken at row 3:")),
                 qPrintable(result->text()));
        QVERIFY(!child<QLabel>(*panel, "auditAnchorLabel")->isVisible());
    }
};

QTEST_MAIN(TestAdminGui)
#include "tst_admingui.moc"
