// SPDX-License-Identifier: GPL-3.0-or-later
// A synthetic patient for the decision and replay tests: a 60-year-old man with untreated raised
// blood pressure and cholesterol, so that the default models compute and lipid and BP options
// carry an absolute risk reduction. Invented values, no real person.
#pragma once

#include "core/therapy/ChartContext.h"

namespace precis::test {

inline therapy::ChartFacts decisionFacts()
{
    using clinical::Var;
    therapy::ChartFacts f;
    const QDate day(2026, 1, 15);
    f.snapshot.asOf = day;
    f.snapshot.set(Var::Age, 60, day);
    f.snapshot.set(Var::Sex, 1, day);
    f.snapshot.set(Var::Race, 0, day);
    f.snapshot.set(Var::TotalCholesterol, 230, day);
    f.snapshot.set(Var::HdlCholesterol, 42, day);
    f.snapshot.set(Var::LdlCholesterol, 150, day);
    f.snapshot.set(Var::Sbp, 152, day);
    f.snapshot.set(Var::BpTreated, 0, day);
    f.snapshot.set(Var::Statin, 0, day);
    f.snapshot.set(Var::Diabetes, 0, day);
    f.snapshot.set(Var::Smoking, 0, day);
    f.snapshot.set(Var::Egfr, 85, day);
    f.snapshot.set(Var::Bmi, 28, day);
    f.medications.push_back({QStringLiteral("metformin"), QString()});
    f.allergies.push_back({QStringLiteral("penicillin"), QStringLiteral("rash"), false});
    f.pregnant = false;
    return f;
}

} // namespace precis::test
