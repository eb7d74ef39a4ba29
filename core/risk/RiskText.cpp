// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/RiskText.h"

namespace precis::risk {

QString Message::english() const
{
    return source == nullptr ? QString() : fillTemplate(QString::fromUtf8(source), args);
}

} // namespace precis::risk
