// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace precis::ui {
namespace {

bool installOne(const QString &base, const QString &language, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(base + QLatin1Char('_') + language, directory)
        && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QStringList Translator::candidates(const QString &language)
{
    QStringList languages;
    if (language.isEmpty() || language == QLatin1String("system")) {
        for (const QString &ui : QLocale().uiLanguages()) {
            // "de-DE" -> "de_DE" and "de"; translations are per language, not per country.
            QString name = ui;
            name.replace(QLatin1Char('-'), QLatin1Char('_'));
            languages << name << name.section(QLatin1Char('_'), 0, 0);
        }
    } else {
        languages << language;
    }
    languages << QStringLiteral("en");
    languages.removeDuplicates();
    return languages;
}

void Translator::install(const QString &language)
{
    if (!language.isEmpty() && language != QLatin1String("system"))
        QLocale::setDefault(QLocale(language));
    const QStringList languages = candidates(language);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &lang : languages) {
        if (installOne(QStringLiteral("precis"), lang, QStringLiteral(":/i18n"))) {
            installOne(QStringLiteral("qtbase"), lang, qtDir);
            break;
        }
    }
    // The list ends with English: when no UI language has a translation, the English file
    // (the source language, with plural forms and any wording fixes) is used instead.
}

} // namespace precis::ui
