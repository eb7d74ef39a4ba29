// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Format.h"

#include <QLocale>
#include <QRegularExpression>

namespace precis::ui {

QString Format::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    // Zero-padded day and month as well, so that a column of dates lines up digit by digit.
    static const QRegularExpression day(QStringLiteral("(?<![d])d(?![d])"));
    static const QRegularExpression month(QStringLiteral("(?<![M])M(?![M])"));
    static const QRegularExpression year(QStringLiteral("(?<![y])yy(?![y])"));
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    format.replace(day, QStringLiteral("dd"));
    format.replace(month, QStringLiteral("MM"));
    format.replace(year, QStringLiteral("yyyy"));
    return QLocale().toString(date, format);
}

QStringList Format::searchableDates(const QDate &date)
{
    if (!date.isValid())
        return {};
    return {date.toString(Qt::ISODate),
            Format::date(date),
            date.toString(QStringLiteral("dd.MM.yyyy")),
            date.toString(QStringLiteral("d.M.yyyy"))};
}

int Format::ageInYears(const QDate &dateOfBirth, const QDate &asOf)
{
    if (!dateOfBirth.isValid() || !asOf.isValid() || dateOfBirth > asOf)
        return -1;
    int years = asOf.year() - dateOfBirth.year();
    if (asOf.month() < dateOfBirth.month()
        || (asOf.month() == dateOfBirth.month() && asOf.day() < dateOfBirth.day()))
        --years;
    return years;
}

QString Format::sex(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("female") || c == QLatin1String("f"))
        return tr("Female");
    if (c == QLatin1String("male") || c == QLatin1String("m"))
        return tr("Male");
    //: Administrative sex other than female or male (FHIR "other"; German "divers").
    if (c == QLatin1String("other") || c == QLatin1String("x") || c == QLatin1String("diverse")
        || c == QLatin1String("d"))
        return tr("Diverse");
    return tr("Unknown");
}

QString Format::role(store::Role role)
{
    switch (role) {
    case store::Role::Nurse:
        return tr("Nurse");
    case store::Role::Physician:
        return tr("Physician");
    case store::Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString Format::roles(const QList<store::Role> &roles)
{
    QStringList names;
    for (const auto r : roles)
        names << role(r);
    // A middle dot reads as a list of equal items in a narrow badge, in every language.
    return names.join(QStringLiteral(" \u00B7 "));
}

QString Format::foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(ch.toCaseFolded());
    }
    // "ß" folds to "ss" only with full case folding, which QChar does not do.
    folded.replace(QChar(0x00DF), QLatin1String("ss"));
    return folded;
}

} // namespace precis::ui
