// SPDX-License-Identifier: GPL-3.0-or-later
// A test-only risk model with one output whose value the test sets, so that the option rules
// and ranking can be checked at exact thresholds without the real equations.
#pragma once

#include "core/risk/RiskModel.h"

#include <functional>

namespace precis::therapy::testing {

class ScriptedModel : public risk::RiskModel
{
public:
    /// `value(snapshot)`: the output, or nullopt to refuse with "bmi is missing".
    using Script = std::function<std::optional<double>(const risk::Snapshot &)>;

    ScriptedModel(QString id, QString outcome, int horizonYears, Script script)
        : m_script(std::move(script))
    {
        m_card.id = std::move(id);
        m_card.version = QStringLiteral("test");
        m_card.outputs = {risk::OutputSpec{std::move(outcome), QStringLiteral("%"), horizonYears}};
    }

    const risk::ModelCard &card() const override { return m_card; }

    risk::Evaluation evaluate(const risk::Snapshot &snapshot) const override
    {
        risk::Evaluation evaluation;
        evaluation.modelId = m_card.id;
        risk::OutcomeRow row;
        row.outcome = m_card.outputs[0].outcome;
        row.unit = m_card.outputs[0].unit;
        row.horizonYears = m_card.outputs[0].horizonYears;
        row.value = m_script(snapshot);
        if (!row.value) {
            row.status = risk::Status::Refused;
            row.messages = {QStringLiteral("bmi is missing")};
        }
        evaluation.rows.push_back(row);
        return evaluation;
    }

private:
    risk::ModelCard m_card;
    Script m_script;
};

} // namespace precis::therapy::testing
