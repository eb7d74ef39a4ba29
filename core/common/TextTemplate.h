// SPDX-License-Identifier: GPL-3.0-or-later
// Filling a translatable template: core keeps a user-visible text as its English template
// (a literal marked with QT_TRANSLATE_NOOP) and its arguments, returns the English (the CLI
// prints it), and ui/ fills the translated template with the same arguments.
#pragma once

#include <QString>
#include <QStringList>

namespace precis {

/// `text` with %1..%9 replaced in one pass by args[0..8], as QString::arg(a1, a2, ...) does:
/// a placeholder without an argument is left as it is, and an argument's own "%1" is never
/// replaced again.
[[nodiscard]] inline QString fillTemplate(const QString &text, const QStringList &args)
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

} // namespace precis
