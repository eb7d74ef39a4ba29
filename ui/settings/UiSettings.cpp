// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/UiSettings.h"

#include <QLoggingCategory>
#include <QSettings>

namespace precis::ui {
namespace {

Q_LOGGING_CATEGORY(lcSettings, "precis.ui.settings", QtWarningMsg)

struct Declaration
{
    const char *key;
    const char *defaultValue;
    QStringList allowed; // empty: any string
};

const Declaration &languageSetting()
{
    static const Declaration d{
        "ui/language",
        "system",
        {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de")}};
    return d;
}

const Declaration &lastVaultSetting()
{
    static const Declaration d{"vault/lastPath", "", {}};
    return d;
}

void checkVersion(const QSettings &settings)
{
    const int version = settings.value(QStringLiteral("meta/version"), 0).toInt();
    if (version > UiSettings::formatVersion)
        qCWarning(lcSettings) << "settings format" << version << "is newer than this version";
    // Migrations from older formats go here, in one place; version 1 is the first.
}

QString read(const Declaration &d)
{
    QSettings s;
    checkVersion(s);
    const QString key = QString::fromLatin1(d.key);
    const QString fallback = QString::fromLatin1(d.defaultValue);
    if (!s.contains(key))
        return fallback;
    const QString value = s.value(key).toString();
    if (!d.allowed.isEmpty() && !d.allowed.contains(value)) {
        qCWarning(lcSettings) << "ignoring invalid value for" << key << "- using" << fallback;
        return fallback;
    }
    return value;
}

void write(const Declaration &d, const QString &value)
{
    QSettings s;
    checkVersion(s);
    const QString key = QString::fromLatin1(d.key);
    if (value == QString::fromLatin1(d.defaultValue))
        s.remove(key);
    else
        s.setValue(key, value);
    s.setValue(QStringLiteral("meta/version"), UiSettings::formatVersion);
}

} // namespace

QString UiSettings::language()
{
    return read(languageSetting());
}

void UiSettings::setLanguage(const QString &language)
{
    if (!languageSetting().allowed.contains(language)) {
        qCWarning(lcSettings) << "refusing unknown language" << language;
        return;
    }
    write(languageSetting(), language);
}

QStringList UiSettings::languages()
{
    return languageSetting().allowed;
}

QString UiSettings::lastVaultPath()
{
    return read(lastVaultSetting());
}

void UiSettings::setLastVaultPath(const QString &path)
{
    write(lastVaultSetting(), path);
}

QString UiSettings::fileName()
{
    return QSettings().fileName();
}

} // namespace precis::ui
