// SPDX-License-Identifier: GPL-3.0-or-later
// Builds a patient snapshot from dated observations, and derives eGFR and BMI when they were
// not recorded (issue #4: "eGFR is taken as given, else computed with CKD-EPI 2021 from
// creatinine; BMI as given, else weight/height²").
#pragma once

#include "core/clinical/Snapshot.h"

#include <QDate>

#include <vector>

namespace precis::clinical {

/// One recorded value of a variable, already in the variable's canonical unit (Variable.h),
/// with the date it was recorded. Categories and flags carry their integer code.
struct Observation
{
    Var var;
    double value = 0;
    QDate date;
};

/// Which values deriveMissing() computed rather than found. What-if needs this: a derived
/// BMI follows an edited weight, a recorded one does not.
struct Derivation
{
    bool egfr = false;
    bool bmi = false;
};

/// BMI in kg/m2 from weight in kg and height in cm.
[[nodiscard]] double bmiFromWeightHeight(double weightKg, double heightCm);

/// Fills eGFR and BMI when the snapshot lacks them:
/// - eGFR by CKD-EPI 2021 (ckdEpi2021Egfr) from creatinine, age and sex, only for adults
///   (age >= 18, the equation's population) with creatinine > 0; dated as the creatinine.
/// - BMI as weight / (height/100)² when both are > 0; dated as the later of the two.
/// A recorded value is never replaced. Nothing is derived from incomplete inputs: the models
/// then refuse, naming the missing field.
Derivation deriveMissing(Snapshot &snapshot);

/// The latest value of each variable recorded on or before `asOf` (observations after it are
/// ignored; of two on the same date the later one in the list wins), then deriveMissing().
/// `asOf` must be valid; observations with an invalid date are ignored (they cannot be
/// placed in time) and are a caller bug caught by Q_ASSERT in debug builds.
[[nodiscard]] Snapshot assembleSnapshot(const std::vector<Observation> &observations,
                                        QDate asOf,
                                        Derivation *derivation = nullptr);

} // namespace precis::clinical
