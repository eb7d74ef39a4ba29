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
    /// The words for a category's values, in the order of its `score` tokens (empty when the
    /// variable has none of its own).
    [[nodiscard]] static QStringList categoryWords(clinical::Var v);
    /// A stored value of a variable as people read it: codes as words, numbers with unit.
    [[nodiscard]] static QString variableValue(clinical::Var var, double value);
    /// The number of decimals a clinician reads a value of this unit with.
    [[nodiscard]] static int decimals(const QString &ucumUnit);
    /// A message of core/risk (warning, refusal reason) in the user's language: its template
    /// translated in the context precis::risk::RiskText, then its arguments filled in.
    [[nodiscard]] static QString message(const risk::Message &message);
    /// A row's messages in the user's language, in the order of row.messages. A message
    /// without its template (a record written before templates) is looked up as it is, which
    /// translates the fixed ones and leaves the others in English.
    [[nodiscard]] static QStringList messages(const risk::OutcomeRow &row);
    /// A model card's text that core marks for translation (name, outcome, horizon,
    /// derivation, guideline, disclaimer) in the user's language; unmarked text (citations)
    /// comes back as it is.
    [[nodiscard]] static QString cardText(const QString &english);
};

} // namespace precis::ui
