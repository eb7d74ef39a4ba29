// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/RecoveryKeyDialog.h"

#include "ui/Format.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#ifdef PRECIS_HAVE_PRINTSUPPORT
#include <QPrintDialog>
#include <QPrinter>
#endif

namespace precis::ui {

namespace {

/// The key in two lines of groups (14 groups of 4, KeySlotFile.h), easier to copy by hand.
QString twoLines(const QString &key)
{
    const QStringList groups = key.split(QLatin1Char('-'));
    if (groups.size() < 2)
        return key;
    const qsizetype half = (groups.size() + 1) / 2;
    return groups.mid(0, half).join(QLatin1Char('-')) + QLatin1Char('\n')
           + groups.mid(half).join(QLatin1Char('-'));
}

QFont keyFont(qreal pointSize)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(pointSize);
    font.setBold(true);
    return font;
}

/// How long a copied key stays on the clipboard.
constexpr int kClipboardMs = 60 * 1000;

} // namespace

RecoveryKeyDialog::RecoveryKeyDialog(const QString &key, const QString &vaultName, QWidget *parent)
    : QDialog(parent), m_key(key), m_vaultName(vaultName), m_created(QDateTime::currentDateTime())
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("New Recovery Key"));
    setModal(true);

    auto *intro = new QLabel(
        tr("Write this key down or print it now: it is shown only once. Keep it locked away. It "
           "opens the vault as an administrator when no administrator can sign in; the previous "
           "recovery key no longer opens this vault."),
        this);
    intro->setObjectName(QStringLiteral("recoveryKeyIntroLabel"));
    intro->setWordWrap(true);

    m_keyLabel = new QLabel(twoLines(key), this);
    m_keyLabel->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_keyLabel->setFont(keyFont(17));
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyLabel->setAccessibleName(tr("Recovery key"));
    m_keyLabel->setProperty("recoveryKey", true);

    auto *vault = new QLabel(
        //: %1 vault file name, %2 date and time
        tr("Vault %1, created %2")
            .arg(vaultName,
                 QStringLiteral("%1 %2").arg(Format::date(m_created.date()),
                                             m_created.time().toString(QStringLiteral("HH:mm")))),
        this);
    vault->setObjectName(QStringLiteral("recoveryKeyVaultLabel"));
    vault->setAlignment(Qt::AlignCenter);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recoveryKeyStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *copyButton = new QPushButton(tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("recoveryKeyCopyButton"));
    copyButton->setToolTip(tr("Copy the key; the clipboard is cleared after one minute."));
    connect(copyButton, &QPushButton::clicked, this, &RecoveryKeyDialog::copy);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyButton);
    if (canPrint()) {
        auto *printButton = new QPushButton(tr("&Print..."), this);
        printButton->setObjectName(QStringLiteral("recoveryKeyPrintButton"));
        connect(printButton, &QPushButton::clicked, this, &RecoveryKeyDialog::print);
        buttons->addWidget(printButton);
    }
    buttons->addStretch(1);
    auto *done = new QPushButton(tr("&Done"), this);
    done->setObjectName(QStringLiteral("recoveryKeyDoneButton"));
    done->setDefault(true);
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(done);

    m_clearTimer = new QTimer(this);
    m_clearTimer->setSingleShot(true);
    m_clearTimer->setInterval(kClipboardMs);
    connect(m_clearTimer, &QTimer::timeout, this, &RecoveryKeyDialog::clearClipboard);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(16);
    layout->addWidget(intro);
    layout->addWidget(m_keyLabel);
    layout->addWidget(vault);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(640);
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    clearClipboard();
}

bool RecoveryKeyDialog::canPrint()
{
#ifdef PRECIS_HAVE_PRINTSUPPORT
    return true;
#else
    return false;
#endif
}

void RecoveryKeyDialog::copy()
{
    auto *mime = new QMimeData;
    mime->setText(m_key);
    // Asks clipboard managers (KDE Klipper and others) not to keep it in their history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QApplication::clipboard()->setMimeData(mime);
    m_clearTimer->start();
    m_status->setText(tr("Copied. The clipboard is cleared in one minute or when this window "
                         "closes."));
    m_status->show();
}

void RecoveryKeyDialog::clearClipboard()
{
    m_clearTimer->stop();
    QClipboard *clipboard = QApplication::clipboard();
    if (clipboard->text() == m_key)
        clipboard->clear();
}

void RecoveryKeyDialog::render(QPainter &painter,
                               const QRect &page,
                               const QString &key,
                               const QString &vaultName,
                               const QDateTime &created)
{
    painter.save();
    painter.setPen(Qt::black);
    const int unit = page.height() / 40;
    QRect area = page.adjusted(unit * 2, unit * 2, -unit * 2, -unit * 2);

    QFont title = painter.font();
    title.setPixelSize(unit * 2);
    title.setBold(true);
    painter.setFont(title);
    QRect used;
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop, tr("Precis Recovery Key"), &used);
    area.setTop(used.bottom() + unit);

    QFont body = painter.font();
    body.setPixelSize(unit);
    body.setBold(false);
    painter.setFont(body);
    painter.drawText(area,
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Vault: %1\nCreated: %2")
                         .arg(vaultName, QLocale().toString(created, QLocale::LongFormat)),
                     &used);
    area.setTop(used.bottom() + unit * 2);

    QFont mono = keyFont(10);
    mono.setPixelSize(unit * 2);
    painter.setFont(mono);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop, twoLines(key), &used);
    area.setTop(used.bottom() + unit * 2);

    painter.setFont(body);
    painter.drawText(area,
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("This key opens the vault as an administrator when no administrator can "
                        "sign in. Keep it locked away. Whoever holds it can read every record. "
                        "When a new recovery key is made, this one stops opening the vault."));
    painter.restore();
}

#ifdef PRECIS_HAVE_PRINTSUPPORT
void RecoveryKeyDialog::printTo(QPrinter &printer) const
{
    QPainter painter(&printer);
    // The painter's origin is the top left of the printable area.
    const QRect printable = printer.pageLayout().paintRectPixels(printer.resolution());
    render(painter, QRect(QPoint(0, 0), printable.size()), m_key, m_vaultName, m_created);
}
#endif

void RecoveryKeyDialog::print()
{
#ifdef PRECIS_HAVE_PRINTSUPPORT
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("recoveryKeyPrintDialog"));
    dialog.setWindowTitle(tr("Print Recovery Key"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(printer);
    m_status->setText(tr("Sent to the printer."));
    m_status->show();
#endif
}

} // namespace precis::ui
