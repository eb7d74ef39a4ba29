// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/IconArray.h"

#include "ui/chart/ChartPalette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace precis::ui {

IconArray::IconArray(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("iconArray"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void IconArray::setAffected(int affected)
{
    m_affected = std::clamp(affected, 0, 100);
    setAccessibleDescription(tr("%1 of 100 figures filled").arg(m_affected));
    update();
}

void IconArray::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal cell = std::min(width() / 10.0, height() / 10.0);
    const qreal x0 = (width() - cell * 10) / 2;
    const qreal y0 = (height() - cell * 10) / 2;
    // Filled row by row from the bottom left, so that the count can be read off the rows.
    for (int i = 0; i < 100; ++i) {
        const int row = 9 - i / 10;
        const int col = i % 10;
        const QRectF box(x0 + col * cell, y0 + row * cell, cell, cell);
        const bool affected = i < m_affected;
        const qreal head = box.width() * 0.22;
        QPainterPath person;
        person.addEllipse(QPointF(box.center().x(), box.top() + box.height() * 0.25), head, head);
        const QRectF body(box.left() + box.width() * 0.24,
                          box.top() + box.height() * 0.5,
                          box.width() * 0.52,
                          box.height() * 0.42);
        person.addRoundedRect(body, body.width() * 0.35, body.width() * 0.35);
        if (affected) {
            p.setPen(Qt::NoPen);
            p.setBrush(palette::kAffected);
        } else {
            p.setPen(QPen(QColor(0x8A, 0x96, 0xA3), 1.0));
            p.setBrush(palette::kUnaffected);
        }
        p.drawPath(person);
    }
}

} // namespace precis::ui
