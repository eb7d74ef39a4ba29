// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/risk/RiskRegistry.h"
#include "core/security/SecretBytes.h"
#include "ui/session/Session.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QThread;

namespace precis::security {
class InactivityTimer;
}

namespace precis::ui {

class AdministrationWidget;
class TaskRunner;
class PatientChartWidget;
class PatientListWidget;
class UnlockWidget;

/// The application window: the unlock screen while locked, otherwise a header bar (user,
/// roles, Lock) above the pages the user's roles allow — the patient list for nurses and
/// physicians, Administration for administrators.
///
/// Locking (Ctrl+L, idle timeout, desktop screen lock) is unconditional: dialogs are closed,
/// every model is emptied, the vault wipes its key and closes its connection, and the unlock
/// screen returns. Nothing can hold the lock open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Unlocker unlocker, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setVaultPath(const QString &path);
    [[nodiscard]] QString vaultPath() const { return m_vaultPath; }

    /// Unlocks the current vault. With requireDemo a vault that is not a demo vault is locked
    /// again at once and Permission returned (used by --screenshot).
    [[nodiscard]] Result<void>
    unlock(const QString &user, security::SecretBytes password, bool requireDemo = false);
    [[nodiscard]] bool isLocked() const { return m_session == nullptr; }
    /// True while the key derivation of an unlock runs on its worker thread.
    [[nodiscard]] bool isUnlocking() const { return m_unlocking; }
    [[nodiscard]] Session *session() const { return m_session.get(); }
    [[nodiscard]] security::InactivityTimer *inactivityTimer() const { return m_idle; }
    [[nodiscard]] UnlockWidget *unlockWidget() const { return m_unlock; }
    [[nodiscard]] PatientListWidget *patientList() const { return m_patients; }
    [[nodiscard]] PatientChartWidget *patientChart() const { return m_chart; }
    [[nodiscard]] AdministrationWidget *administration() const { return m_admin; }
    /// The About box's text (rich text): version, licence and the attributions the shipped
    /// knowledge's licences ask for (OncoTree, CC BY 4.0; PharmCAT's definitions, MPL 2.0).
    [[nodiscard]] static QString aboutText();
    [[nodiscard]] const risk::RiskRegistry &registry() const { return m_registry; }
    /// Opens a patient's chart (audited); false when it cannot be read.
    bool openPatient(qint64 patientId);
    /// Back to the patient list (asks first about an unsaved intake).
    void showPatientList();
    /// "New patient": the dialog, then the new chart at Intake.
    void newPatient();

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    void unlocked();
    void locked();

private:
    void buildMenus();
    QWidget *buildHeader();
    void onUnlockRequested();
    void finishUnlock(Result<std::unique_ptr<Session>> session);
    [[nodiscard]] Result<void> adopt(std::unique_ptr<Session> session, bool requireDemo);
    /// An administrator set the signed-in user's password: they choose their own now. False
    /// when they cancelled or the vault was locked meanwhile.
    [[nodiscard]] bool chooseOwnPassword();
    void reloadPatientList();
    void showWorkspace();
    void closeTransientWindows();
    void chooseVault();
    void showSettings();
    void showAbout();
    void updateDemoBanner();
    void updateTitle();

    Unlocker m_unlocker;
    risk::RiskRegistry m_registry;
    std::unique_ptr<Session> m_session;
    QString m_vaultPath;
    /// The last vault unlocked in this process was a demo vault: its lock screen says so too.
    QString m_knownDemoPath;

    security::InactivityTimer *m_idle = nullptr;
    QWidget *m_header = nullptr;
    QLabel *m_headerVault = nullptr;
    QLabel *m_headerUser = nullptr;
    QLabel *m_headerRoles = nullptr;
    QLabel *m_demoBanner = nullptr;
    QStackedWidget *m_stack = nullptr;
    UnlockWidget *m_unlock = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_clinical = nullptr;
    PatientListWidget *m_patients = nullptr;
    PatientChartWidget *m_chart = nullptr;
    QAction *m_newPatientAction = nullptr;
    bool m_unlocking = false;
    /// The key derivation's worker while an unlock runs (waited for on destruction).
    QThread *m_unlockThread = nullptr;
    AdministrationWidget *m_admin = nullptr;
    TaskRunner *m_passwordRunner = nullptr; ///< the first-sign-in password change
    QLabel *m_noRole = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_openAction = nullptr;
};

} // namespace precis::ui
