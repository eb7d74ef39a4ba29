// SPDX-License-Identifier: GPL-3.0-or-later
// A risk assessment as it was shown, in JSON: the snapshot it was computed from (values with
// their dates), and for each model its card identity and the Evaluation (inputs used with
// dates, outcome rows, categories, warnings, refusals). A recorded assessment
// (store::recordAssessment) keeps this text, so it reopens exactly as shown even after a model
// has been corrected or removed: nothing is recomputed when it is read back.
#pragma once

#include "core/common/Error.h"
#include "core/risk/RiskModel.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

namespace precis::risk {

/// One model's part of an assessment: who the model was, and what it said.
struct RecordedModel
{
    QString cardId;
    QString cardVersion;
    QString cardName;
    QString guideline;  ///< the guideline whose category bands were used
    QString disclaimer; ///< shown with the score where the card requires it
    Evaluation evaluation;
};

struct AssessmentPayload
{
    QDate asOf;
    QString guidelineRegion; ///< the clinic setting in force ("us", "uk", "europe"), if known
    Snapshot snapshot;       ///< the inputs the models saw, with their dates
    std::vector<RecordedModel> models;
};

/// Evaluates nothing: pairs each model's card with its evaluation (same order, same size).
[[nodiscard]] AssessmentPayload makeAssessmentPayload(const Snapshot &snapshot,
                                                      const std::vector<const RiskModel *> &models,
                                                      const std::vector<Evaluation> &evaluations);

/// Compact UTF-8 JSON. Numbers are written in the shortest form that reads back to the same
/// double; a non-finite value (never produced by a shipped model) as the string "NaN",
/// "Infinity" or "-Infinity"; variables by their CSV column name, dates as YYYY-MM-DD.
[[nodiscard]] QByteArray assessmentToJson(const AssessmentPayload &payload);

/// Reads what assessmentToJson wrote. Errors: InvalidInput (field = the JSON path, e.g.
/// "models[2].evaluation.rows[0].status") for text that is not such a document; Unsupported
/// for a newer format version or a variable this build does not know.
[[nodiscard]] Result<AssessmentPayload> assessmentFromJson(const QByteArray &json);

} // namespace precis::risk
