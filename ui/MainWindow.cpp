// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "precis_version.h"

#include "core/genomics/TumourKnowledge.h"
#include "core/security/InactivityTimer.h"
#include "ui/Format.h"
#include "ui/ScreenLockListener.h"
#include "ui/Theme.h"
#include "ui/admin/AdministrationWidget.h"
#include "ui/admin/ChooseOwnPasswordDialog.h"
#include "ui/admin/TaskRunner.h"
#include "ui/chart/PatientChartWidget.h"
#include "ui/intake/NewPatientDialog.h"
#include "ui/patients/PatientListWidget.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/UiSettings.h"
#include "ui/unlock/UnlockWidget.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

#include <chrono>

namespace precis::ui {

MainWindow::MainWindow(Unlocker unlocker, QWidget *parent)
    : QMainWindow(parent), m_unlocker(std::move(unlocker))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Theme::appIcon());
    setMinimumSize(800, 560);
    risk::registerStandardModels(m_registry);

    m_idle = new security::InactivityTimer(this);
    connect(m_idle, &security::InactivityTimer::inactivityDetected, this, &MainWindow::lock);
    auto *screenLock = new ScreenLockListener(this);
    connect(screenLock, &ScreenLockListener::screenLocked, this, [this] {
        if (!isLocked())
            lock();
    });

    m_header = buildHeader();

    m_demoBanner = new QLabel(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setText(tr("Synthetic demo data \u2014 every patient in this vault is "
                             "fictitious. Not for clinical use."));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setWordWrap(true);
    m_demoBanner->hide();

    m_unlock = new UnlockWidget(this);
    m_patients = new PatientListWidget(this);
    m_chart = new PatientChartWidget(m_registry, this);
    m_clinical = new QStackedWidget(this);
    m_clinical->setObjectName(QStringLiteral("clinicalStack"));
    m_clinical->addWidget(m_patients);
    m_clinical->addWidget(m_chart);
    m_admin = new AdministrationWidget(this);
    m_passwordRunner = new TaskRunner(this);
    m_noRole = new QLabel(tr("This user holds no role that can use Precis. Ask your "
                             "administrator."),
                          this);
    m_noRole->setObjectName(QStringLiteral("noRoleLabel"));
    m_noRole->setAlignment(Qt::AlignCenter);
    m_noRole->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(m_tabs);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildMenus();

    connect(m_unlock, &UnlockWidget::unlockRequested, this, &MainWindow::onUnlockRequested);
    connect(m_unlock, &UnlockWidget::chooseVaultRequested, this, &MainWindow::chooseVault);
    connect(m_patients, &PatientListWidget::patientActivated, this, &MainWindow::openPatient);
    connect(m_chart, &PatientChartWidget::backRequested, this, &MainWindow::showPatientList);
    connect(m_chart, &PatientChartWidget::chartChanged, this, &MainWindow::reloadPatientList);
    connect(m_admin, &AdministrationWidget::idleTimeoutChanged, this, [this](int minutes) {
        m_idle->setTimeout(std::chrono::minutes(minutes));
    });
    connect(m_admin, &AdministrationWidget::lockRequested, this, &MainWindow::lock);

    lock();
}

MainWindow::~MainWindow()
{
    if (m_unlockThread) {
        m_unlockThread->wait();
        delete m_unlockThread;
    }
    // Waits for a running administration task before the vault is locked under it.
    m_admin->setSession(nullptr);
    if (m_session)
        m_session->lock();
}

void MainWindow::buildMenus()
{
    QMenu *vault = menuBar()->addMenu(tr("&Vault"));
    m_openAction = vault->addAction(tr("&Open Vault..."), this, &MainWindow::chooseVault);
    m_openAction->setObjectName(QStringLiteral("openVaultAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_lockAction = vault->addAction(tr("&Lock"), this, &MainWindow::lock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // The lock must work from any widget, including an open dialog's parent window.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    vault->addSeparator();
    m_newPatientAction = vault->addAction(tr("&New Patient..."), this, &MainWindow::newPatient);
    m_newPatientAction->setObjectName(QStringLiteral("newPatientAction"));
    m_newPatientAction->setShortcut(QKeySequence::New);
    m_newPatientAction->setEnabled(false);
    vault->addSeparator();
    QAction *settings = vault->addAction(tr("&Settings..."), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    vault->addSeparator();
    QAction *quit = vault->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Precis"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

QWidget *MainWindow::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("headerBar"));
    header->setAttribute(Qt::WA_StyledBackground, true);

    auto *logo = new QLabel(header);
    logo->setPixmap(Theme::logo(26, devicePixelRatioF()));
    auto *brand = new QLabel(tr("Precis"), header);
    brand->setObjectName(QStringLiteral("headerBrandLabel"));
    m_headerVault = new QLabel(header);
    m_headerVault->setObjectName(QStringLiteral("headerVaultLabel"));
    m_headerUser = new QLabel(header);
    m_headerUser->setObjectName(QStringLiteral("headerUserLabel"));
    m_headerRoles = new QLabel(header);
    m_headerRoles->setObjectName(QStringLiteral("headerRoleLabel"));
    auto *lockButton = new QPushButton(tr("Lock"), header);
    lockButton->setObjectName(QStringLiteral("lockButton"));
    lockButton->setToolTip(tr("Lock the vault now (Ctrl+L)"));
    lockButton->setFocusPolicy(Qt::TabFocus);
    connect(lockButton, &QPushButton::clicked, this, &MainWindow::lock);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(20, 10, 16, 10);
    layout->setSpacing(10);
    layout->addWidget(logo);
    layout->addWidget(brand);
    layout->addSpacing(14);
    layout->addWidget(m_headerVault);
    layout->addStretch(1);
    layout->addWidget(m_headerUser);
    layout->addWidget(m_headerRoles);
    layout->addSpacing(10);
    layout->addWidget(lockButton);
    return header;
}

void MainWindow::setVaultPath(const QString &path)
{
    if (!isLocked() && path != m_vaultPath)
        lock();
    m_vaultPath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_unlock->setVaultPath(m_vaultPath);
    updateDemoBanner();
    updateTitle();
}

Result<void>
MainWindow::unlock(const QString &user, security::SecretBytes password, bool requireDemo)
{
    if (!isLocked())
        lock();
    if (m_vaultPath.isEmpty())
        return fail(ErrorCode::NotFound, QStringLiteral("no vault chosen"), QStringLiteral("path"));
    auto session = m_unlocker(m_vaultPath, user, std::move(password));
    if (!session)
        return tl::unexpected(session.error());
    return adopt(std::move(*session), requireDemo);
}

Result<void> MainWindow::adopt(std::unique_ptr<Session> session, bool requireDemo)
{
    if (requireDemo && !session->isDemo()) {
        session->lock();
        return fail(ErrorCode::Permission,
                    QStringLiteral("only a demo vault may be opened this way"),
                    QStringLiteral("path"),
                    m_vaultPath);
    }
    m_session = std::move(session);
    if (m_session->user().mustChangePassword && !chooseOwnPassword()) {
        const QString name = m_session ? m_session->user().name : QString();
        lock();
        return tl::unexpected(Error{ErrorCode::Permission,
                                    QStringLiteral("user"),
                                    name,
                                    QStringLiteral("the user did not choose a new password")}
                                  .withReason(ErrorReason::PasswordChangeRequired));
    }
    m_knownDemoPath = m_session->isDemo() ? m_vaultPath : QString();
    UiSettings::setLastVaultPath(m_vaultPath);
    showWorkspace();
    m_idle->setTimeout(std::chrono::minutes(m_session->idleTimeoutMinutes()));
    m_idle->activate();
    Q_EMIT unlocked();
    return {};
}

bool MainWindow::chooseOwnPassword()
{
    // The dialog runs its own event loop: a lock meanwhile (desktop lock, Ctrl+L) rejects it
    // and resets the session, which is why the session is looked at again afterwards.
    ChooseOwnPasswordDialog dialog(*m_session, *m_passwordRunner, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    return accepted && m_session && !m_session->user().mustChangePassword;
}

void MainWindow::onUnlockRequested()
{
    m_unlock->clearError();
    if (m_unlock->userName().isEmpty() || !m_unlock->hasPassword()) {
        m_unlock->showError(Error{ErrorCode::InvalidInput, {}, {}, {}});
        m_unlock->focusInput();
        return;
    }
    if (m_unlocking)
        return;
    if (!isLocked())
        lock();
    if (m_vaultPath.isEmpty()) {
        m_unlock->showError(Error{ErrorCode::NotFound, QStringLiteral("path"), {}, {}});
        return;
    }
    // The key derivation (Argon2id, about half a second) runs on a worker thread so that the
    // window keeps painting "Unlocking..." and stays responsive. The vault is handed over to
    // this thread when it is done and used only here afterwards.
    m_unlocking = true;
    m_unlock->setBusy(true);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto result = std::make_shared<Result<std::unique_ptr<Session>>>(
        fail(ErrorCode::Internal, QStringLiteral("unlock did not run")));
    QThread *worker = QThread::create(
        [unlocker = m_unlocker,
         path = m_vaultPath,
         user = m_unlock->userName(),
         password = std::make_shared<security::SecretBytes>(m_unlock->takePassword()),
         result] { *result = unlocker(path, user, std::move(*password)); });
    m_unlockThread = worker;
    connect(worker, &QThread::finished, this, [this, worker, result] {
        worker->deleteLater();
        m_unlockThread = nullptr;
        finishUnlock(std::move(*result));
    });
    worker->start();
}

void MainWindow::finishUnlock(Result<std::unique_ptr<Session>> session)
{
    m_unlocking = false;
    QApplication::restoreOverrideCursor();
    m_unlock->setBusy(false);
    Result<void> result = session ? adopt(std::move(*session), false)
                                  : Result<void>(tl::unexpected(session.error()));
    if (!result) {
        m_unlock->showError(result.error());
        m_unlock->focusInput();
    }
}

void MainWindow::showWorkspace()
{
    const store::UserInfo &user = m_session->user();
    const bool clinical = user.has(store::Role::Nurse) || user.has(store::Role::Physician);
    const bool admin = user.has(store::Role::Administrator);

    m_tabs->clear();
    // A page taken out of the tabs is not hidden by QTabWidget; hide all, the tabs show theirs.
    for (QWidget *page : {static_cast<QWidget *>(m_clinical),
                          static_cast<QWidget *>(m_admin),
                          static_cast<QWidget *>(m_noRole)})
        page->hide();
    if (clinical) {
        auto patients = m_session->listPatients();
        if (patients) {
            m_patients->setPatients(std::move(*patients));
        } else {
            m_patients->showLoadError(
                patients.error().code == ErrorCode::Permission
                    ? tr("Your roles do not allow opening the patient list.")
                    : tr("The patient list could not be read. Lock the vault and run a vault "
                         "check, or ask your administrator."));
        }
        m_clinical->setCurrentWidget(m_patients);
        m_tabs->addTab(m_clinical, tr("&Patients"));
    }
    if (admin) {
        m_admin->setSession(m_session.get());
        m_tabs->addTab(m_admin, tr("&Administration"));
    }
    if (!clinical && !admin)
        m_tabs->addTab(m_noRole, tr("Precis"));

    m_headerVault->setText(QFileInfo(m_session->path()).fileName());
    m_headerVault->setToolTip(QFileInfo(m_session->path()).absoluteFilePath());
    m_headerUser->setText(user.name);
    m_headerRoles->setText(Format::roles(user.roles));
    m_header->show();
    m_stack->setCurrentWidget(m_tabs);
    m_lockAction->setEnabled(true);
    m_newPatientAction->setEnabled(clinical);
    updateDemoBanner();
    updateTitle();
    if (clinical)
        m_patients->focusSearch();
}

void MainWindow::lock()
{
    m_idle->deactivate();
    m_passwordRunner->finish(); // a password change in progress returns before the vault locks
    closeTransientWindows();
    // Clear every screen first, then wipe the key: nothing of a patient stays visible even for
    // one frame after the vault is locked.
    m_chart->clear();
    m_patients->clear();
    m_clinical->setCurrentWidget(m_patients);
    m_admin->setSession(nullptr);
    m_tabs->clear();
    m_clinical->hide();
    m_admin->hide();
    m_noRole->hide();
    m_headerVault->clear();
    m_headerUser->clear();
    m_headerRoles->clear();
    const bool wasUnlocked = m_session != nullptr;
    if (m_session) {
        m_session->lock();
        m_session.reset();
    }
    m_header->hide();
    m_unlock->clearPassword();
    m_unlock->clearError();
    m_stack->setCurrentWidget(m_unlock);
    m_lockAction->setEnabled(false);
    m_newPatientAction->setEnabled(false);
    m_unlock->focusInput();
    updateDemoBanner();
    updateTitle();
    if (wasUnlocked)
        Q_EMIT locked();
}

bool MainWindow::openPatient(qint64 patientId)
{
    if (!m_session)
        return false;
    if (m_chart->isOpen() && !m_chart->confirmLeave())
        return false;
    const bool opened = m_chart->open(m_session.get(), patientId);
    m_clinical->setCurrentWidget(m_chart);
    m_tabs->setCurrentWidget(m_clinical);
    m_chart->setFocus();
    return opened;
}

void MainWindow::showPatientList()
{
    m_chart->clear();
    m_clinical->setCurrentWidget(m_patients);
    m_patients->focusSearch();
}

void MainWindow::newPatient()
{
    if (!m_session)
        return;
    if (m_chart->isOpen() && !m_chart->confirmLeave())
        return;
    NewPatientDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.patientId() || !m_session)
        return;
    reloadPatientList();
    if (openPatient(*dialog.patientId()))
        m_chart->showView(PatientChartWidget::View::Intake);
}

void MainWindow::reloadPatientList()
{
    if (!m_session)
        return;
    if (auto patients = m_session->listPatients())
        m_patients->setPatients(std::move(*patients));
}

void MainWindow::closeTransientWindows()
{
    // Menus, message boxes, file and settings dialogs: anything but this window. A dialog
    // running its own event loop returns Rejected and its caller sees a locked window.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == this || !w->isVisible())
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(w))
            dialog->reject();
        else
            w->close();
    }
}

void MainWindow::chooseVault()
{
    const QString start = m_vaultPath.isEmpty() ? QString() : QFileInfo(m_vaultPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Vault"), start, tr("Precis vaults (*.precis)"));
    if (!path.isEmpty())
        setVaultPath(path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

QString MainWindow::aboutText()
{
    // The attribution stays in English as the licensor's notice; the sentence around it is
    // translated.
    return tr("<h3>Precis %1</h3><p>Offline clinical decision support.</p><p>Precis supports the "
              "clinician; it never decides.</p><p>Licensed under the GNU General Public License, "
              "version 3 or later.</p>")
               .arg(QStringLiteral(PRECIS_VERSION_STRING))
           + tr("<p><b>Knowledge sources</b></p><p>%1</p><p>Pharmacogene allele definitions "
                "and phenotypes: PharmGKB/PharmCAT (Mozilla Public License 2.0). "
                "Pharmacogenomic recommendations: CPIC (CC0 1.0), DPWG and drug labels, cited "
                "with each recommendation.</p>")
                 .arg(QString::fromUtf8(genomics::kTumourKnowledgeAttribution).toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Precis"), aboutText());
}

void MainWindow::updateDemoBanner()
{
    // Locked: the key file's demo label lets the very first unlock screen of a session warn too
    // (the real flag is inside the encrypted vault). The label is unauthenticated, so it only
    // ever adds this warning; a vault unlocked earlier in this process as demo keeps it even if
    // its key file has no label (vaults created before the label existed).
    const bool demo = m_session ? m_session->isDemo()
                                : ((!m_knownDemoPath.isEmpty() && m_knownDemoPath == m_vaultPath)
                                   || store::Vault::demoHint(m_vaultPath));
    m_demoBanner->setVisible(demo);
}

void MainWindow::updateTitle()
{
    // The window title is visible to other applications and task switchers: the vault's file
    // name at most, never a patient.
    if (m_vaultPath.isEmpty())
        setWindowTitle(tr("Precis"));
    else
        //: Window title: %1 vault file name
        setWindowTitle(tr("%1 \u2013 Precis").arg(QFileInfo(m_vaultPath).fileName()));
}

} // namespace precis::ui
