// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace precis::ui {

/// Loads the interface translations the way KeePassXC's Translator does: the first available
/// of the user's UI languages, then English as the fallback for anything missing.
struct Translator
{
    /// language: "system" (follow the locale), or a code such as "en" or "de". An explicit
    /// choice also sets the default QLocale so that dates follow the chosen language.
    static void install(const QString &language);
    /// The languages tried, in order, for a setting (exposed for tests).
    [[nodiscard]] static QStringList candidates(const QString &language);
};

} // namespace precis::ui
