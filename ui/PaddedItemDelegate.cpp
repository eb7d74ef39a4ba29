// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PaddedItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace precis::ui {

void PaddedItemDelegate::paint(QPainter *painter,
                               const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem padded(option);
    initStyleOption(&padded, index);
    // Paint the row background over the whole cell, the text inside the padding.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem background(padded);
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    padded.rect.adjust(padding, 0, -padding, 0);
    padded.backgroundBrush = Qt::NoBrush;
    padded.state &= ~QStyle::State_HasFocus;
    style->drawItemText(
        painter,
        padded.rect,
        int(padded.displayAlignment),
        padded.palette,
        padded.state & QStyle::State_Enabled,
        padded.fontMetrics.elidedText(padded.text, Qt::ElideRight, padded.rect.width()),
        (padded.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
}

QSize PaddedItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * padding, 0);
}

} // namespace precis::ui
