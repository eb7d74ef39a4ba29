// SPDX-License-Identifier: GPL-3.0-or-later
// The treatment-option knowledge base (issue #10): a versioned data file, shipped read-only as a
// Qt resource (resources/knowledge/options.json), parsed and validated here. The eligibility
// logic that applies each option's rules lives in OptionEngine; the file carries everything a
// physician checks: guideline, class and level, the sentence each rule implements, citation and
// effect with its source.
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace precis::therapy {

/// The schema of options.json this code reads. A file with another number is refused.
inline constexpr int kKnowledgeSchemaVersion = 1;

/// One guideline statement an option implements (or a contraindication).
struct RuleRecord
{
    QString id;        ///< stable token, e.g. "pce_intermediate"
    QString cls;       ///< class of recommendation, e.g. "I", "IIa", "practice point"
    QString level;     ///< level of evidence, e.g. "A", "B-R", "ungraded"
    QString sentence;  ///< the guideline sentence, with its section
    QString guideline; ///< empty = the option's guideline
    QString citation;  ///< empty = the option's citation
};

enum class EffectKind {
    None,                ///< no relative risk (a referral): arr_pct is always blank
    RelativeRiskPerUnit, ///< RR per unit of a lowered input (LDL-C, SBP), applied to the risk
    RelativeRisk,        ///< one RR for taking the drug (aspirin), applied to the risk
    ModelRerun,          ///< the model re-run with one input changed
};

struct EffectRecord
{
    EffectKind kind = EffectKind::None;
    double rr = 1.0; ///< per unit (`per`)
    double ciLow = 1.0;
    double ciHigh = 1.0;
    QString per;                     ///< e.g. "1.0 mmol/L LDL-C lowered"
    QString endpoint;                ///< the trial endpoint the RR is for
    QString harm;                    ///< a harm from the same source, shown, not netted
    double ldlReductionFraction = 0; ///< statins: fraction of LDL-C lowered
    double sbpLoweringMmhg = 0;      ///< BP drugs: SBP lowered in mm[Hg]
    QString change;                  ///< ModelRerun: what changes, e.g. "smoking = former"
    QString rerunInput;              ///< ModelRerun: the input's field name, e.g. "smoking"
    double rerunValue = 0;           ///< ModelRerun: its value (never above the recorded one
                                     ///< for sbp: a target only lowers)
    QString source;
    QString assumption;
};

struct OptionRecord
{
    QString id;
    QString what;
    QString model;   ///< default model id (`precis-cli models`)
    QString outcome; ///< the model's outcome token
    int horizonYears = 0;
    QString guideline;
    QString citation;
    std::vector<RuleRecord> rules;
    std::vector<RuleRecord> contraindications; ///< id and sentence only
    EffectRecord effect;

    [[nodiscard]] const RuleRecord *rule(QStringView ruleId) const;
};

struct KnowledgeBase
{
    int schemaVersion = 0;
    QString version;     ///< knowledge_base_version, recorded with every recommendation
    QString combination; ///< how several options combine, in words
    std::vector<OptionRecord> options;
    QStringList notImplemented; ///< option ids of issue #10 not yet in the engine

    [[nodiscard]] const OptionRecord *find(QStringView id) const;
};

/// The option ids OptionEngine implements. A knowledge base naming any other option is refused
/// (no row is ever emitted for an option without its rules in code).
[[nodiscard]] const QStringList &implementedOptionIds();

/// Parses and validates options.json. Errors (InvalidInput, field = JSON path, e.g.
/// "options[2].rules[0].sentence"): not JSON, wrong schema_version, a missing or empty
/// required field, duplicate option or rule id, an option id without an implementation, a
/// relative risk outside (0, 1] or outside its confidence interval, an effect without its source.
[[nodiscard]] Result<KnowledgeBase> parseKnowledgeBase(const QByteArray &json);

/// The knowledge base shipped in the program (Qt resource :/precis/knowledge/options.json).
[[nodiscard]] Result<KnowledgeBase> loadKnowledgeBase();

} // namespace precis::therapy
