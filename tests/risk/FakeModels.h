// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only models with known, hand-computable outputs, so that the engine's tests do not
// depend on the real models.
#pragma once

#include "core/risk/InputReader.h"
#include "core/risk/RiskModel.h"

#include <functional>

namespace precis::risk::testing {

/// A model whose value is a given function of sbp, total_cholesterol, smoking and age.
/// Refuses (through InputReader) when an input is missing or out of range; warns when
/// smoking is "current" with two messages, one containing a comma and a quote.
class FakeModel : public RiskModel
{
public:
    using Formula = std::function<double(double sbp, double tc, double smoking, double age)>;

    FakeModel(QString id, Formula formula) : m_formula(std::move(formula))
    {
        m_card.id = std::move(id);
        m_card.version = QStringLiteral("1.0");
        m_card.name = QStringLiteral("Fake model for tests");
        m_card.outcome = QStringLiteral("nothing real");
        m_card.horizon = QStringLiteral("10 years");
        m_card.citation = QStringLiteral("none (test-only)");
        m_card.inputs = {
            InputSpec{Var::Age, QStringLiteral("a"), 18, 99, false, {}},
            InputSpec{Var::Sbp, QStringLiteral("mm[Hg]"), 60, 250, false, {}},
            InputSpec{Var::TotalCholesterol, QStringLiteral("mg/dL"), 50, 500, false, {}},
            InputSpec{Var::Smoking, QString(), 0, 5, false, {}},
        };
        m_card.outputs = {
            OutputSpec{QStringLiteral("risk"), QStringLiteral("%"), 10},
            OutputSpec{QStringLiteral("points"), QStringLiteral("{points}"), std::nullopt},
        };
        m_card.players = {
            PlayerGroup{QStringLiteral("sbp"), {Var::Sbp}},
            PlayerGroup{QStringLiteral("cholesterol"), {Var::TotalCholesterol}},
            PlayerGroup{QStringLiteral("smoking"), {Var::Smoking}},
        };
        m_card.heldForExplanation = {Var::Age};
        m_card.reference.set(Var::Sbp, 120);
        m_card.reference.set(Var::TotalCholesterol, 170);
        m_card.reference.set(Var::Smoking, 0);
        m_card.validationEvidence = {QStringLiteral("test-only")};
    }

    const ModelCard &card() const override { return m_card; }

    Evaluation evaluate(const Snapshot &snapshot) const override
    {
        InputReader reader(snapshot, m_card);
        const auto age = reader.require(Var::Age);
        const auto sbp = reader.require(Var::Sbp);
        const auto tc = reader.require(Var::TotalCholesterol);
        const auto smoking = reader.require(Var::Smoking);
        if (reader.refused())
            return refusedEvaluation(m_card, reader.refusals());
        if (*smoking == 5) {
            reader.warn({"smoking amount unknown, counted as \"heavy\"", {}});
            reader.warn({"second warning", {}});
        }
        Evaluation evaluation;
        evaluation.modelId = m_card.id;
        evaluation.modelVersion = m_card.version;
        const double value = m_formula(*sbp, *tc, *smoking, *age);
        evaluation.rows.push_back(
            makeRow(m_card.outputs[0], value, QStringLiteral("low"), reader.warnings()));
        evaluation.rows.push_back(makeRow(m_card.outputs[1], *smoking, QString(), {}));
        evaluation.inputs = reader.takeUsed();
        return evaluation;
    }

    ModelCard &mutableCard() { return m_card; }

private:
    ModelCard m_card;
    Formula m_formula;
};

} // namespace precis::risk::testing
