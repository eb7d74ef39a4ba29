// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clinical/Plausibility.h"

#include <array>

namespace precis::clinical {

namespace {

struct Range
{
    Var var;
    Plausibility limits;
};

// Precis' own entry limits, in canonical units. They are not reference intervals and decide
// nothing clinical: "possible" is wide enough for every survivable extreme (so a true value is
// never refused) and refuses what cannot be a measurement (negative, or a unit slip by an order
// of magnitude); "plausible" brackets what an adult clinic sees, so a slip such as 18 for 180
// asks for confirmation. Extremes considered: total cholesterol near 1,000 mg/dL in homozygous
// familial hypercholesterolaemia; creatinine and UACR of dialysis patients; BMI above 100 in
// the heaviest recorded adults.
//
// LDL cholesterol (mg/dL; 10-400 plausible, 0-1500 possible). Possible: never negative (a
// Friedewald estimate can come out negative at very high triglycerides; that is a failed
// calculation, not a measurement), and not above the total cholesterol limit, since LDL-C is part
// of total cholesterol; a visit's LDL above its total cholesterol is refused in the vault
// (ChartRecords.cpp), as HDL above total is. 0 stays possible: LDL-C is undetectable in
// abetalipoproteinaemia. Plausible: from 10 mg/dL (0.26 mmol/L), since LDL-C below 20 mg/dL is
// reached and reported on PCSK9 inhibitors (Giugliano RP et al., Lancet 2017;390:1962-71), to
// 400 mg/dL (10.3 mmol/L), above the usual range of heterozygous familial hypercholesterolaemia;
// untreated homozygous FH exceeds 500 mg/dL (13 mmol/L; Cuchel M et al., Eur Heart J
// 2014;35:2146-57) and asks for confirmation. A mmol/L value typed in mg/dL (3.4) falls below 10
// and asks too; a mg/dL value typed in mmol/L (130 -> 5,027 mg/dL) is refused.
//
// Potassium (mmol/L; 2.5-6.5 plausible, 1.0-10.0 possible). Plausible stops where severe
// hyperkalaemia starts, 6.5 mmol/L (UK Renal Association, Clinical practice guidelines:
// treatment of acute hyperkalaemia in adults, 2020), and at 2.5 mmol/L, the usual threshold of
// severe hypokalaemia: values beyond either are emergencies (or a haemolysed sample) and must be
// confirmed. Possible: outside 1.0-10.0 mmol/L a serum potassium is not compatible with an
// outpatient visit (cardiac arrest is expected well before), and a reported value that high is
// a spurious result (haemolysis, EDTA contamination) that must not enter the chart as the
// patient's potassium; the limits also refuse a unit slip (4.3 mmol/L of K+ is 16.8 mg/dL).
constexpr std::array<Range, 22> kRanges = {{
    {Var::TotalCholesterol, {20, 1500, 70, 500}},
    {Var::HdlCholesterol, {1, 300, 10, 150}},
    {Var::Sbp, {40, 320, 70, 260}},
    {Var::Dbp, {20, 200, 35, 150}},
    {Var::SbpSd, {0, 100, 0, 40}},
    {Var::Egfr, {0, 250, 3, 200}},
    {Var::Creatinine, {0.05, 30, 0.2, 15}},
    {Var::Bmi, {8, 150, 13, 80}},
    {Var::Height, {50, 275, 120, 220}},
    {Var::Weight, {10, 650, 30, 300}},
    {Var::Waist, {30, 300, 50, 200}},
    {Var::Hba1c, {2, 25, 3.5, 18}},
    {Var::FastingGlucose, {0.5, 100, 2, 35}},
    {Var::Uacr, {0, 100000, 0, 10000}},
    {Var::SdiDecile, {1, 10, 1, 10}},
    {Var::Townsend, {-20, 25, -10, 15}},
    {Var::Calcium, {2, 25, 6, 15}},
    {Var::Phosphate, {0.3, 25, 1, 12}},
    {Var::Albumin, {0.5, 8, 1.5, 6}},
    {Var::Bicarbonate, {2, 60, 10, 45}},
    {Var::LdlCholesterol, {0, 1500, 10, 400}},
    {Var::Potassium, {1, 10, 2.5, 6.5}},
}};

} // namespace

std::optional<Plausibility> plausibility(Var v)
{
    if (v == Var::Age || v == Var::Sex || v == Var::Count)
        return std::nullopt;
    const VarInfo &info = varInfo(v);
    if (info.kind != VarKind::Number) {
        const double lo = info.firstCode;
        const double hi = info.firstCode + info.tokenCount - 1;
        return Plausibility{lo, hi, lo, hi};
    }
    for (const Range &r : kRanges) {
        if (r.var == v)
            return r.limits;
    }
    return std::nullopt; // a new numeric Var without limits: a test names it
}

bool isPossible(Var v, double value)
{
    const auto p = plausibility(v);
    return p && value >= p->possibleMin && value <= p->possibleMax;
}

bool isPlausible(Var v, double value)
{
    const auto p = plausibility(v);
    return p && value >= p->plausibleMin && value <= p->plausibleMax;
}

} // namespace precis::clinical
