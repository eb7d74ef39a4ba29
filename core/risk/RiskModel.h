// SPDX-License-Identifier: GPL-3.0-or-later
// The risk-model contract: a model card describing the model, and a pure, const evaluation of
// a patient snapshot into one row per outcome x horizon.
#pragma once

#include "core/clinical/Snapshot.h"
#include "core/risk/RiskText.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace precis::risk {

using clinical::Snapshot;
using clinical::Var;

/// One input of a model as its card lists it: the variable, its unit (UCUM) and the valid
/// range (inclusive). For flags and categories the range is of codes.
struct InputSpec
{
    Var var;
    QString unit;
    double min = 0;
    double max = 0;
    bool optional = false; ///< e.g. PREVENT's UACR/HbA1c/SDI add-ons
    QString note;          ///< how the input is used, e.g. "H = hypertension or bp_treated"
};

/// A group of inputs that enter an explanation as one player (e.g. "cholesterol" = TC + HDL).
struct PlayerGroup
{
    QString name; ///< stable token, e.g. "cholesterol"
    std::vector<Var> vars;
};

/// One output the model can produce: outcome token, unit and horizon (empty = none).
struct OutputSpec
{
    QString outcome;                 ///< e.g. "ascvd", "heart_age", "score"
    QString unit;                    ///< UCUM: "%", "a", "{points}", "%/a", ...
    std::optional<int> horizonYears; ///< 10, 30, 2, 5, 1 or empty
};

/// Everything a clinician or reviewer needs to know about a model, kept next to its code.
struct ModelCard
{
    QString id;                ///< `--models` id, e.g. "pce"
    QString version;           ///< e.g. "2013" or "2018.1"
    QString name;              ///< human name, e.g. "ACC/AHA Pooled Cohort Equations"
    QString outcome;           ///< prose description of the outcome
    QString horizon;           ///< prose, e.g. "10 years"
    QString derivation;        ///< derivation population
    QString validation;        ///< validation population
    QString citation;          ///< full citation
    QString coefficientSource; ///< where the coefficients were read from
    QString guideline;         ///< the guideline whose category bands are used; empty = none
    QStringList limits;        ///< known limits and applicability notes
    QString disclaimer;        ///< shown with every score where the model requires it (QRISK3)
    std::vector<InputSpec> inputs;
    std::vector<OutputSpec> outputs;
    std::vector<PlayerGroup> players;    ///< explanation players (<= 14); held vars excluded
    std::vector<Var> heldForExplanation; ///< e.g. age, sex, ethnicity: kept at patient values
    Snapshot reference;                  ///< reference profile for explanations
    QStringList validationEvidence;      ///< the tests behind the model and their sources
};

enum class Status { Ok, Warning, Refused };

/// One value the model produced (or refused to produce).
struct OutcomeRow
{
    QString outcome;
    QString unit;
    std::optional<int> horizonYears;
    std::optional<double> value; ///< empty when refused
    QString category;            ///< token by the card's guideline, e.g. "intermediate"
    Status status = Status::Ok;
    QStringList messages; ///< warnings or the refusal reason (names field, value, unit, range)
    /// messages[i] as a translatable template (RiskText.h), same order; empty for a row read
    /// back from a record that predates the templates.
    std::vector<Message> messageSources;
};

/// An input value exactly as the model used it, with the date it was recorded.
struct UsedInput
{
    Var var;
    double value;
    QDate date;
};

/// The result of evaluating one model on one snapshot.
struct Evaluation
{
    QString modelId; ///< may differ from the card's id (prevent -> prevent-base, score2-op)
    QString modelVersion;
    std::vector<OutcomeRow> rows;
    std::vector<UsedInput> inputs;
};

/// A validated clinical model. Implementations are pure: evaluate() depends only on the
/// snapshot, has no caches and is safe to call from several threads at once.
class RiskModel
{
public:
    virtual ~RiskModel() = default;
    [[nodiscard]] virtual const ModelCard &card() const = 0;
    [[nodiscard]] virtual Evaluation evaluate(const Snapshot &snapshot) const = 0;
};

} // namespace precis::risk
