// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/RiskText.h"

namespace precis::risk {

QString fillTemplate(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size() + 16 * args.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString Message::english() const
{
    return source == nullptr ? QString() : fillTemplate(QString::fromUtf8(source), args);
}

} // namespace precis::risk
