// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/AssessmentPayload.h"

#include "core/risk/EvaluationJson.h"
#include "ui/chart/DashboardState.h"

namespace precis::ui {

QByteArray assessmentJson(const DashboardState &state, const QString &regionToken)
{
    std::vector<const risk::RiskModel *> models;
    std::vector<risk::Evaluation> evaluations;
    models.reserve(state.results.size());
    evaluations.reserve(state.results.size());
    for (const ModelResult &r : state.results) {
        models.push_back(r.model);
        evaluations.push_back(r.evaluation);
    }
    risk::AssessmentPayload payload
        = risk::makeAssessmentPayload(state.snapshot, models, evaluations);
    payload.guidelineRegion = regionToken;
    return risk::assessmentToJson(payload);
}

} // namespace precis::ui
