// SPDX-License-Identifier: GPL-3.0-or-later
// Shared wording and formatting for the screens: dates, ages, sexes and roles.
#pragma once

#include "core/store/Vault.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace precis::ui {

struct Format
{
    Q_DECLARE_TR_FUNCTIONS(precis::ui::Format)

public:
    /// A date in the current locale's short form, always with a four-digit year: a date of
    /// birth with a two-digit year is ambiguous in a clinic that treats centenarians.
    [[nodiscard]] static QString date(const QDate &date);
    /// The date formats a user may type when searching: ISO, the locale's and dd.MM.yyyy.
    [[nodiscard]] static QStringList searchableDates(const QDate &date);
    /// Completed years between dateOfBirth and asOf; -1 if either date is invalid or the birth
    /// is in the future.
    [[nodiscard]] static int ageInYears(const QDate &dateOfBirth, const QDate &asOf);
    /// The stored sex code ("female", "male", "F", "M", ...) as a translated word.
    [[nodiscard]] static QString sex(const QString &code);
    /// A role's translated name.
    [[nodiscard]] static QString role(store::Role role);
    /// All roles, joined with a middle dot ("Physician · Administrator").
    [[nodiscard]] static QString roles(const QList<store::Role> &roles);
    /// Lower-case, accents removed: "Müller" and "muller" find the same patient.
    [[nodiscard]] static QString foldForSearch(const QString &text);
};

} // namespace precis::ui
