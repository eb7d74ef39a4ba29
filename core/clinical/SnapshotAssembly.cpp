// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clinical/SnapshotAssembly.h"

#include "core/clinical/KidneyFunction.h"

#include <algorithm>

namespace precis::clinical {

double bmiFromWeightHeight(double weightKg, double heightCm)
{
    const double metres = heightCm / 100.0;
    return weightKg / (metres * metres);
}

Derivation deriveMissing(Snapshot &snapshot)
{
    Derivation derived;
    if (!snapshot.has(Var::Egfr)) {
        const std::optional<double> creatinine = snapshot.get(Var::Creatinine);
        const std::optional<double> age = snapshot.get(Var::Age);
        const std::optional<double> sex = snapshot.get(Var::Sex);
        // CKD-EPI 2021 is an adult equation (Inker 2021): no eGFR below 18 years.
        if (creatinine && *creatinine > 0 && age && *age >= 18 && sex && (*sex == 0 || *sex == 1)) {
            const bool female = *sex == 0;
            snapshot.set(Var::Egfr,
                         ckdEpi2021Egfr(*creatinine, *age, female),
                         snapshot.dates[index(Var::Creatinine)]);
            derived.egfr = true;
        }
    }
    if (!snapshot.has(Var::Bmi)) {
        const std::optional<double> weight = snapshot.get(Var::Weight);
        const std::optional<double> height = snapshot.get(Var::Height);
        if (weight && height && *weight > 0 && *height > 0) {
            const QDate wDate = snapshot.dates[index(Var::Weight)];
            const QDate hDate = snapshot.dates[index(Var::Height)];
            snapshot.set(Var::Bmi, bmiFromWeightHeight(*weight, *height), std::max(wDate, hDate));
            derived.bmi = true;
        }
    }
    return derived;
}

Snapshot
assembleSnapshot(const std::vector<Observation> &observations, QDate asOf, Derivation *derivation)
{
    Q_ASSERT(asOf.isValid());
    Snapshot snapshot;
    snapshot.asOf = asOf;
    for (const Observation &obs : observations) {
        Q_ASSERT(obs.date.isValid());
        if (!obs.date.isValid() || obs.date > asOf || obs.var == Var::Count)
            continue;
        const std::size_t i = index(obs.var);
        // >= so that of two observations on the same day the later one listed wins.
        if (!snapshot.values[i] || obs.date >= snapshot.dates[i])
            snapshot.set(obs.var, obs.value, obs.date);
    }
    const Derivation derived = deriveMissing(snapshot);
    if (derivation != nullptr)
        *derivation = derived;
    return snapshot;
}

} // namespace precis::clinical
