// SPDX-License-Identifier: GPL-3.0-or-later
// The look of Precis: Fusion, a calm clinical palette, one font and the style sheet.
#pragma once

#include <QIcon>
#include <QPixmap>

class QApplication;

namespace precis::ui {

struct Theme
{
    /// Fusion style, palette, application font and resources/ui/precis.qss.
    static void apply(QApplication &app);
    /// The Precis mark drawn at size × size device-independent pixels (no SVG plugin needed).
    [[nodiscard]] static QPixmap logo(int size, qreal devicePixelRatio = 1.0);
    [[nodiscard]] static QIcon appIcon();
};

} // namespace precis::ui
