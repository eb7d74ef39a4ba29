// SPDX-License-Identifier: GPL-3.0-or-later
// precis: the desktop application. Wiring only; screens live in ui/.
//
//   precis [VAULT] [--lang en|de] [--size WxH]
//   precis VAULT --screenshot PATH [--user NAME] [--locked]
//                [--patient RECORD_NO [--view summary|intake|timeline|options|genomics]]
//                [--view admin-users|admin-vault|admin-audit|admin-add-user|...]
//   (password on stdin; demo vaults only)
#include "precis_version.h"

#include "core/security/Crypto.h"
#include "core/security/ProcessHardening.h"
#include "core/security/SecretBytes.h"
#include "core/store/Sqlite.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/Translator.h"
#include "ui/admin/AdminPreview.h"
#include "ui/admin/AdministrationWidget.h"
#include "ui/chart/PatientChartWidget.h"
#include "ui/settings/UiSettings.h"
#include "ui/unlock/UnlockWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

int exitCodeFor(precis::ErrorCode code)
{
    // The same codes as precis-cli: 2 authentication or permission, 3 damage, 1 otherwise.
    switch (code) {
    case precis::ErrorCode::Authentication:
    case precis::ErrorCode::Permission:
        return 2;
    case precis::ErrorCode::Damaged:
        return 3;
    default:
        return 1;
    }
}

void printError(const QString &text)
{
    QTextStream(stderr) << "precis: " << text << Qt::endl;
}

/// One line from standard input as a wiped secret; the std::string is cleared with
/// explicit_bzero so that the password does not outlive this function in the heap.
precis::security::SecretBytes readPasswordLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    auto secret = precis::security::SecretBytes::fromUtf8(text);
    explicit_bzero(line.data(), line.size());
    text.fill(QChar(0));
    return secret;
}

/// Runs the event loop until the window is exposed and its layout has settled.
void waitForPaint(QWidget &window)
{
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()
           && (window.windowHandle() == nullptr || !window.windowHandle()->isExposed())) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    QDeadlineTimer settle(300);
    while (!settle.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    // Before any secret exists: no core dumps, not dumpable (release builds only, so that a
    // developer's debug build can still be debugged).
    const auto hardened = precis::security::hardenProcess();
    if (!hardened)
        printError(QStringLiteral("process hardening failed: %1").arg(hardened.error().message()));
#endif

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Precis"));
    QApplication::setOrganizationName(QStringLiteral("Precis"));
    QApplication::setApplicationVersion(QStringLiteral(PRECIS_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.precis.Precis"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Precis clinical decision support"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("vault"), QStringLiteral("The vault to open."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: en or de."),
                                        QStringLiteral("language"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Window size, for example 1024x768."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Sign in with the password read from standard input (demo vaults only), "
                       "save the window as PNG to PATH, print PATH and exit."),
        QStringLiteral("path"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("User for --screenshot (default "
                                                       "demo-physician)."),
                                        QStringLiteral("name"),
                                        QStringLiteral("demo-physician"));
    const QCommandLineOption lockedOption(
        QStringLiteral("locked"),
        QStringLiteral("With --screenshot: lock again before the screenshot (unlock screen)."));
    const QCommandLineOption patientOption(
        QStringLiteral("patient"),
        QStringLiteral("With --screenshot: open this patient's chart (record number)."),
        QStringLiteral("record"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QStringLiteral("With --patient: the chart view, summary (default), intake, timeline, "
                       "options or genomics. "
                       "Without --patient, for an administrator: an administration page or "
                       "dialog (admin-users, admin-vault, admin-audit, admin-add-user, "
                       "admin-remove-user, admin-backup, admin-restore, admin-recovery-key)."),
        QStringLiteral("view"),
        QStringLiteral("summary"));
    parser.addOptions(
        {langOption, sizeOption, shotOption, userOption, lockedOption, patientOption, viewOption});
    parser.process(app);

    QString language = precis::ui::UiSettings::language();
    if (parser.isSet(langOption)) {
        language = parser.value(langOption);
        if (!precis::ui::UiSettings::languages().contains(language)) {
            printError(QStringLiteral("unknown language \"%1\" (use en or de)").arg(language));
            return 1;
        }
    }
    precis::ui::Translator::install(language);
    precis::ui::Theme::apply(app);

    const bool screenshot = parser.isSet(shotOption);
    for (const auto &test : {precis::security::runSelfTest(), precis::store::sqliteSelfTest()}) {
        if (test)
            continue;
        printError(QStringLiteral("start-up self-test failed: %1").arg(test.error().message()));
        if (!screenshot) {
            QMessageBox::critical(nullptr,
                                  Main::tr("Precis Cannot Start"),
                                  Main::tr("A start-up self-test of the cryptography or the "
                                           "database library failed, so Precis will not open "
                                           "any vault on this computer.\n\n%1\n\nReinstall "
                                           "Precis or ask your administrator.")
                                      .arg(test.error().message()));
        }
        return 1;
    }

    QSize size(1280, 800);
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const auto match = sizePattern.match(parser.value(sizeOption));
        if (!match.hasMatch()) {
            printError(QStringLiteral("--size expects WxH, for example 1024x768"));
            return 1;
        }
        size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(QStringLiteral("at most one vault may be given"));
        return 1;
    }
    const QString vaultPath
        = positional.isEmpty() ? precis::ui::UiSettings::lastVaultPath() : positional.first();

    precis::ui::MainWindow window(precis::ui::vaultUnlocker());
    window.setVaultPath(vaultPath);
    window.resize(size);

    if (!screenshot) {
        window.show();
        return QApplication::exec();
    }

    // --screenshot: for the README's quick start and documentation, demo vaults only.
    if (vaultPath.isEmpty()) {
        printError(QStringLiteral("--screenshot needs a vault"));
        return 1;
    }
    const QString user = parser.value(userOption);
    window.unlockWidget()->setUserName(user);
    window.show();
    auto unlocked = window.unlock(user, readPasswordLine(), /*requireDemo=*/true);
    if (!unlocked) {
        printError(unlocked.error().message());
        return exitCodeFor(unlocked.error().code);
    }
    if (parser.isSet(patientOption)) {
        using View = precis::ui::PatientChartWidget::View;
        const QString view = parser.value(viewOption);
        if (view != QLatin1String("summary") && view != QLatin1String("intake")
            && view != QLatin1String("timeline") && view != QLatin1String("options")
            && view != QLatin1String("genomics")) {
            printError(
                QStringLiteral("--view expects summary, intake, timeline, options or genomics"));
            return 1;
        }
        const QString record = parser.value(patientOption);
        auto patients = window.session()->listPatients();
        if (!patients) {
            printError(patients.error().message());
            return exitCodeFor(patients.error().code);
        }
        const auto it = std::find_if(patients->begin(), patients->end(), [&](const auto &p) {
            return p.recordNumber.compare(record, Qt::CaseInsensitive) == 0;
        });
        if (it == patients->end()) {
            printError(QStringLiteral("no patient with record number %1").arg(record));
            return 1;
        }
        if (!window.openPatient(it->id)) {
            printError(QStringLiteral("the chart of %1 could not be opened").arg(record));
            return 1;
        }
        window.patientChart()->showView(view == QLatin1String("intake")     ? View::Intake
                                        : view == QLatin1String("timeline") ? View::Timeline
                                        : view == QLatin1String("options")  ? View::Options
                                        : view == QLatin1String("genomics") ? View::Genomics
                                                                            : View::Summary);
    }
    std::unique_ptr<QDialog> dialog;
    if (!parser.isSet(patientOption) && parser.isSet(viewOption)) {
        const QString view = parser.value(viewOption);
        if (!precis::ui::AdminPreview::views().contains(view)) {
            printError(QStringLiteral("--view without --patient expects one of %1")
                           .arg(precis::ui::AdminPreview::views().join(QStringLiteral(", "))));
            return 1;
        }
        if (!window.session()->user().has(precis::store::Role::Administrator)) {
            printError(QStringLiteral("--view %1 needs an administrator (--user)").arg(view));
            return 1;
        }
        dialog = precis::ui::AdminPreview::open(*window.administration(), *window.session(), view);
    }
    if (parser.isSet(lockedOption))
        window.lock();
    waitForPaint(window);
    QPixmap pixmap = window.grab();
    if (dialog) {
        // The dialog over the window, centred, as the user sees it.
        dialog->show();
        waitForPaint(*dialog);
        const QPixmap over = dialog->grab();
        QPainter painter(&pixmap);
        painter.fillRect(pixmap.rect(), QColor(0, 0, 0, 60));
        const QPoint at((pixmap.width() - over.width()) / 2, (pixmap.height() - over.height()) / 2);
        painter.setPen(QColor(0x8A, 0x96, 0xA3));
        painter.drawRect(QRect(at, over.size()).adjusted(-1, -1, 0, 0));
        painter.drawPixmap(at, over);
        painter.end();
        dialog->hide();
        dialog.reset();
    }
    window.lock();
    const QString out = QFileInfo(parser.value(shotOption)).absoluteFilePath();
    QDir().mkpath(QFileInfo(out).absolutePath());
    if (pixmap.isNull() || !pixmap.save(out, "PNG")) {
        printError(QStringLiteral("could not write %1").arg(out));
        return 1;
    }
    QTextStream(stdout) << out << Qt::endl;
    return 0;
}
