// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/WhatIf.h"

#include <cmath>

namespace precis::risk {

namespace {

Result<void> checkPositive(const std::optional<double> &value, const char *field)
{
    if (value && !(std::isfinite(*value) && *value > 0)) {
        return fail(ErrorCode::InvalidInput,
                    QString::fromUtf8(
                        QT_TRANSLATE_NOOP("precis::risk::RiskText", "must be a positive number")),
                    QString::fromLatin1(field),
                    QString::number(*value));
    }
    return {};
}

} // namespace

Result<WhatIfResult> runWhatIf(const RiskModel &model,
                               const Snapshot &snapshot,
                               const WhatIfEdits &edits,
                               clinical::Derivation derivation)
{
    for (const auto &[value, field] : {std::pair{edits.sbp, "sbp"},
                                       std::pair{edits.totalCholesterol, "total_cholesterol"},
                                       std::pair{edits.hdlCholesterol, "hdl_cholesterol"},
                                       std::pair{edits.weight, "weight"}}) {
        if (Result<void> ok = checkPositive(value, field); !ok)
            return tl::unexpected(ok.error());
    }
    if (edits.smoking && (*edits.smoking < 0 || *edits.smoking > 5)) {
        return fail(ErrorCode::InvalidInput,
                    QString::fromUtf8(
                        QT_TRANSLATE_NOOP("precis::risk::RiskText", "must be a smoking code 0..5")),
                    QStringLiteral("smoking"),
                    QString::number(*edits.smoking));
    }

    WhatIfResult result;
    result.edited = snapshot;
    Snapshot &edited = result.edited;
    const QDate date = snapshot.asOf;
    if (edits.sbp)
        edited.set(Var::Sbp, *edits.sbp, date);
    if (edits.totalCholesterol)
        edited.set(Var::TotalCholesterol, *edits.totalCholesterol, date);
    if (edits.hdlCholesterol)
        edited.set(Var::HdlCholesterol, *edits.hdlCholesterol, date);
    if (edits.smoking)
        edited.set(Var::Smoking, *edits.smoking, date);
    if (edits.bpTreated)
        edited.set(Var::BpTreated, *edits.bpTreated ? 1.0 : 0.0, date);
    if (edits.weight) {
        edited.set(Var::Weight, *edits.weight, date);
        if (derivation.bmi) {
            const std::optional<double> height = edited.get(Var::Height);
            if (!height || !(*height > 0)) {
                return fail(
                    ErrorCode::InvalidInput,
                    QString::fromUtf8(QT_TRANSLATE_NOOP(
                        "precis::risk::RiskText", "BMI was derived but the height is unknown")),
                    QStringLiteral("height"));
            }
            edited.set(Var::Bmi, clinical::bmiFromWeightHeight(*edits.weight, *height), date);
        } else if (snapshot.has(Var::Bmi)) {
            result.notes.append(QString::fromUtf8(QT_TRANSLATE_NOOP(
                "precis::risk::RiskText",
                "bmi was recorded, not derived from weight: the recorded bmi is kept")));
        }
    }
    result.baseline = model.evaluate(snapshot);
    result.whatIf = model.evaluate(edited);
    return result;
}

} // namespace precis::risk
