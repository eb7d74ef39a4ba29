// SPDX-License-Identifier: GPL-3.0-or-later
// Colours for charts, from the Okabe-Ito palette (Okabe and Ito, "Color Universal Design",
// 2008), which stays distinguishable with the common colour-vision deficiencies. Meaning never
// rests on colour alone: raising and lowering bars also differ in fill pattern and direction.
#pragma once

#include <QColor>

namespace precis::ui::palette {

inline const QColor kRaises{0xD5, 0x5E, 0x00};    // vermillion
inline const QColor kLowers{0x00, 0x72, 0xB2};    // blue
inline const QColor kCurrent{0x4F, 0x5B, 0x66};   // slate
inline const QColor kProjected{0x00, 0x9E, 0x73}; // bluish green
inline const QColor kAffected{0xD5, 0x5E, 0x00};
inline const QColor kUnaffected{0xC9, 0xD3, 0xDC};
inline const QColor kSeries[] = {{0x00, 0x72, 0xB2},
                                 {0xE6, 0x9F, 0x00},
                                 {0x00, 0x9E, 0x73},
                                 {0xCC, 0x79, 0xA7},
                                 {0x56, 0xB4, 0xE9},
                                 {0xD5, 0x5E, 0x00}};

} // namespace precis::ui::palette
