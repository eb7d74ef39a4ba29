// SPDX-License-Identifier: GPL-3.0-or-later
// Words and numbers for risk results: a value with its unit, a horizon, a variable's label.
#pragma once

#include "core/clinical/Variable.h"
#include "core/risk/RiskModel.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace precis::ui {

struct RiskFormat
{
    Q_DECLARE_TR_FUNCTIONS(precis::ui::RiskFormat)
public:
    /// "14.2 %", "3 points", "68 years", "41 mL/min/1.73 m²", "2.2 % per year" (locale digits).
    [[nodiscard]] static QString value(double value, const QString &ucumUnit);
    /// "10-year risk", "per year", or empty when the output has no horizon.
    [[nodiscard]] static QString horizon(std::optional<int> years, const QString &ucumUnit);
    /// A UCUM unit as people write it ("mm[Hg]" -> "mmHg").
    [[nodiscard]] static QString unit(const QString &ucumUnit);
    /// A clinical variable's label for people ("Systolic blood pressure").
    [[nodiscard]] static QString variable(clinical::Var var);
    /// A variable's plain-language definition for a tooltip (empty when the label says it all).
    [[nodiscard]] static QString definition(clinical::Var var);
    /// A stored value of a variable as people read it: codes as words, numbers with unit.
    [[nodiscard]] static QString variableValue(clinical::Var var, double value);
    /// The number of decimals a clinician reads a value of this unit with.
    [[nodiscard]] static int decimals(const QString &ucumUnit);
};

} // namespace precis::ui
