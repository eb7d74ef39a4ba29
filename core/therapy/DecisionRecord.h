// SPDX-License-Identifier: GPL-3.0-or-later
// What a treatment decision stores about its recommendation (issue #10), and how it is re-derived
// (`precis-cli replay`): the chart facts the options were derived from, in a canonical JSON form
// whose SHA-256 identifies them, and the option's row as the engine produced it, with the model
// version it was computed with. The store keeps both texts byte for byte (store::Decisions).
#pragma once

#include "core/risk/AssessmentReplay.h"
#include "core/risk/RiskRegistry.h"
#include "core/therapy/ChartContext.h"
#include "core/therapy/KnowledgeBase.h"
#include "core/therapy/OptionEngine.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace precis::therapy {

/// Canonical JSON of the facts: compact, object keys sorted (QJsonObject), lists in chart order,
/// numbers in shortest round-trip form (the snapshot as risk::assessmentToJson writes it, with
/// no models), unknown flags as null. Equal facts give equal bytes; any changed value changes
/// them.
[[nodiscard]] QByteArray decisionInputsToJson(const ChartFacts &facts);

/// Reads what decisionInputsToJson wrote. InvalidInput (field = JSON path) otherwise.
[[nodiscard]] Result<ChartFacts> decisionInputsFromJson(const QByteArray &json);

/// Lower-case hex SHA-256 of the canonical inputs (the hash the store records with them).
[[nodiscard]] QString inputsSha256(const QByteArray &canonicalInputs);

/// The option's row as shown, with `modelVersion` (the registry card's version of row.model;
/// empty for rows without a model).
[[nodiscard]] QByteArray recommendationToJson(const OptionRow &row, const QString &modelVersion);

struct StoredRecommendation
{
    OptionRow row;
    QString modelVersion;
};

/// Reads what recommendationToJson wrote. InvalidInput (field = JSON path) otherwise.
[[nodiscard]] Result<StoredRecommendation> recommendationFromJson(const QByteArray &json);

/// The card version of `modelId` in the registry, or empty.
[[nodiscard]] QString modelVersion(const risk::RiskRegistry &registry, const QString &modelId);

/// A stored decision's recommendation, as replay needs it.
struct RecommendationRecord
{
    QString optionId;
    QString knowledgeBaseVersion;
    QString inputsSha256;
    QByteArray inputs;
    QByteArray recommendation;
};

/// Re-derives the option's row from the stored inputs with `kb` and the registry's models (no
/// model override, as the chart's Options view runs the engine) and lists every difference from
/// the stored row; empty when all agree. Reported, never skipped: inputs whose hash is not the
/// stored one; a knowledge-base or model version this program does not hold; unreadable JSON;
/// an option the engine no longer emits; and any differing eligibility, rank, arr_pct (within
/// risk::kReplayRelativeTolerance), nnt, model, outcome, horizon, class, level, reasons or
/// pharmacogenomic modifier.
/// With one knowledge base: a record of another version is reported as a difference
/// (knowledge_base_version), never re-run.
[[nodiscard]] std::vector<risk::ReplayDifference>
replayRecommendation(const KnowledgeBase &kb,
                     const risk::RiskRegistry &registry,
                     const RecommendationRecord &record);

/// As above, with the knowledge-base version the decision was recorded with, chosen from every
/// version the program holds (loadKnowledgeBases()). A version it does not hold is one
/// difference: field knowledge_base_version, stored the version, now "not in this program
/// (holds 2026.1, 2026.2, 2026.3, 2026.4, 2026.5)".
[[nodiscard]] std::vector<risk::ReplayDifference>
replayRecommendation(const KnowledgeBases &kbs,
                     const risk::RiskRegistry &registry,
                     const RecommendationRecord &record);

} // namespace precis::therapy
