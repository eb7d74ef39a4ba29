// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clinical/KidneyFunction.h"

#include <algorithm>
#include <cmath>

namespace precis::clinical {

namespace {
// Inker LA et al. New creatinine- and cystatin C-based equations to estimate GFR without race.
// N Engl J Med 2021;385:1737-49, equation "CKD-EPI 2021 creatinine" as printed in the paper.
constexpr double kEgfrScale = 142.0;
constexpr double kKappaFemale = 0.7;
constexpr double kKappaMale = 0.9;
constexpr double kAlphaFemale = -0.241;
constexpr double kAlphaMale = -0.302;
constexpr double kHighExponent = -1.200;
constexpr double kAgeBase = 0.9938;
constexpr double kFemaleFactor = 1.012;
} // namespace

double ckdEpi2021Egfr(double creatinineMgPerDl, double ageYears, bool female)
{
    const double kappa = female ? kKappaFemale : kKappaMale;
    const double alpha = female ? kAlphaFemale : kAlphaMale;
    const double ratio = creatinineMgPerDl / kappa;
    double egfr = kEgfrScale * std::pow(std::min(ratio, 1.0), alpha)
                  * std::pow(std::max(ratio, 1.0), kHighExponent) * std::pow(kAgeBase, ageYears);
    if (female)
        egfr *= kFemaleFactor;
    return egfr;
}

QString kdigoGfrCategory(double egfr)
{
    // KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD, Table 5.
    if (egfr >= 90.0)
        return QStringLiteral("G1");
    if (egfr >= 60.0)
        return QStringLiteral("G2");
    if (egfr >= 45.0)
        return QStringLiteral("G3a");
    if (egfr >= 30.0)
        return QStringLiteral("G3b");
    if (egfr >= 15.0)
        return QStringLiteral("G4");
    return QStringLiteral("G5");
}

} // namespace precis::clinical
