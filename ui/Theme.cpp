// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleFactory>

namespace precis::ui {
namespace {

QPalette clinicalPalette()
{
    const QColor ink(0x1A, 0x25, 0x30);
    const QColor window(0xF3, 0xF5, 0xF7);
    const QColor primary(0x0A, 0x6E, 0x8A);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, ink);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xF6, 0xF8, 0xFA));
    p.setColor(QPalette::Text, ink);
    p.setColor(QPalette::Button, QColor(0xF7, 0xF9, 0xFA));
    p.setColor(QPalette::ButtonText, ink);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, primary);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, ink);
    p.setColor(QPalette::ToolTipText, Qt::white);
    // #5F6B76 on white is 5.3:1 (WCAG AA for body text).
    p.setColor(QPalette::PlaceholderText, QColor(0x5F, 0x6B, 0x76));
    p.setColor(QPalette::Link, QColor(0x0A, 0x5F, 0x8A));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xE6, 0xEA, 0xEE));
    p.setColor(QPalette::Mid, QColor(0xC2, 0xCA, 0xD2));
    p.setColor(QPalette::Dark, QColor(0x8A, 0x94, 0x9E));
    p.setColor(QPalette::Shadow, QColor(0x4F, 0x5B, 0x66));
    const QColor disabled(0x8A, 0x94, 0x9E);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

void Theme::apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(clinicalPalette());

    // Noto Sans and DejaVu Sans are in the README's package list; both cover German and the
    // symbols used here. Fall back to the platform font otherwise.
    const QStringList families = QFontDatabase::families();
    for (const QString &family : {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")}) {
        if (families.contains(family)) {
            QFont font(family);
            font.setPointSizeF(10.0);
            QApplication::setFont(font);
            break;
        }
    }

    QFile qss(QStringLiteral(":/ui/precis.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
    QApplication::setWindowIcon(appIcon());
}

QPixmap Theme::logo(int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    // A rounded square in the primary colour with a white cross whose right arm becomes a
    // rising trend line: care plus risk over time.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x0A, 0x6E, 0x8A));
    painter.drawRoundedRect(QRectF(0, 0, s, s), s * 0.22, s * 0.22);
    painter.setBrush(Qt::white);
    const qreal arm = s * 0.16;
    painter.drawRect(QRectF(s * 0.5 - arm / 2, s * 0.2, arm, s * 0.6));
    painter.drawRect(QRectF(s * 0.2, s * 0.5 - arm / 2, s * 0.32, arm));
    QPen pen(Qt::white, arm * 0.75, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    QPainterPath trend;
    trend.moveTo(s * 0.54, s * 0.5);
    trend.lineTo(s * 0.66, s * 0.62);
    trend.lineTo(s * 0.80, s * 0.34);
    painter.drawPath(trend);
    return pixmap;
}

QIcon Theme::appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(logo(size));
    return icon;
}

} // namespace precis::ui
