// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/AssessmentReplay.h"

#include "core/risk/EvaluationJson.h"

#include <cmath>

namespace precis::risk {

namespace {

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QString();
}

QString statusToken(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

void compareRows(const QString &path,
                 const Evaluation &stored,
                 const Evaluation &now,
                 std::vector<ReplayDifference> &out)
{
    if (stored.rows.size() != now.rows.size()) {
        out.push_back({path + QStringLiteral(".rows"),
                       QString::number(stored.rows.size()),
                       QString::number(now.rows.size())});
        return;
    }
    for (std::size_t i = 0; i < stored.rows.size(); ++i) {
        const OutcomeRow &a = stored.rows[i];
        const OutcomeRow &b = now.rows[i];
        const QString row = QStringLiteral("%1.rows[%2]").arg(path).arg(i);
        if (a.outcome != b.outcome || a.horizonYears != b.horizonYears) {
            out.push_back({row + QStringLiteral(".outcome"),
                           QStringLiteral("%1/%2").arg(a.outcome).arg(a.horizonYears.value_or(0)),
                           QStringLiteral("%1/%2").arg(b.outcome).arg(b.horizonYears.value_or(0))});
            continue;
        }
        if (a.status != b.status)
            out.push_back(
                {row + QStringLiteral(".status"), statusToken(a.status), statusToken(b.status)});
        const bool valuesAgree = a.value.has_value() == b.value.has_value()
                                 && (!a.value || replayNumbersAgree(*a.value, *b.value));
        if (!valuesAgree)
            out.push_back({row + QStringLiteral(".value"), number(a.value), number(b.value)});
        if (a.category != b.category)
            out.push_back({row + QStringLiteral(".category"), a.category, b.category});
    }
}

} // namespace

bool replayNumbersAgree(double stored, double now)
{
    if (stored == now)
        return true;
    const double scale = std::max(std::fabs(stored), std::fabs(now));
    return std::fabs(stored - now) <= kReplayRelativeTolerance * scale;
}

std::vector<ReplayDifference> replayAssessment(const RiskRegistry &registry,
                                               const QByteArray &payload)
{
    std::vector<ReplayDifference> out;
    Result<AssessmentPayload> p = assessmentFromJson(payload);
    if (!p) {
        out.push_back({QStringLiteral("payload"), p.error().message(), QString()});
        return out;
    }
    for (std::size_t i = 0; i < p->models.size(); ++i) {
        const RecordedModel &m = p->models[i];
        const QString path = QStringLiteral("models[%1]").arg(i);
        const RiskModel *model = registry.find(m.cardId);
        if (!model) {
            out.push_back({path + QStringLiteral(".cardId"), m.cardId, QString()});
            continue;
        }
        if (model->card().version != m.cardVersion) {
            // Another version of the model: this program cannot re-derive the stored one.
            out.push_back({path + QStringLiteral(".cardVersion"),
                           QStringLiteral("%1 %2").arg(m.cardId, m.cardVersion),
                           QStringLiteral("%1 %2").arg(m.cardId, model->card().version)});
            continue;
        }
        const Evaluation now = model->evaluate(p->snapshot);
        if (now.modelId != m.evaluation.modelId || now.modelVersion != m.evaluation.modelVersion)
            out.push_back(
                {path + QStringLiteral(".evaluation.model"),
                 QStringLiteral("%1 %2").arg(m.evaluation.modelId, m.evaluation.modelVersion),
                 QStringLiteral("%1 %2").arg(now.modelId, now.modelVersion)});
        compareRows(path + QStringLiteral(".evaluation"), m.evaluation, now, out);
    }
    return out;
}

} // namespace precis::risk
