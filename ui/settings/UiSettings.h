// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop settings Precis keeps in QSettings. Never patient data: only the interface
// language and the last vault's file path.
#pragma once

#include <QString>
#include <QStringList>

namespace precis::ui {

/// Each setting is declared once (key, default, allowed values). A stored value outside the
/// allowed set is reported with a warning and the default used; only non-default values are
/// written, so that a better default reaches every user. The file carries a format version.
class UiSettings
{
public:
    /// "system", "en" or "de".
    [[nodiscard]] static QString language();
    static void setLanguage(const QString &language);
    [[nodiscard]] static QStringList languages();

    /// The vault opened last (a file path, no patient data).
    [[nodiscard]] static QString lastVaultPath();
    static void setLastVaultPath(const QString &path);

    /// Path of the settings file, for the test that reads it back.
    [[nodiscard]] static QString fileName();

    static constexpr int formatVersion = 1;
};

} // namespace precis::ui
