// SPDX-License-Identifier: GPL-3.0-or-later
// The clinical variables the risk engine reads, with their canonical units and codes.
#pragma once

#include <QLatin1StringView>

#include <array>
#include <cstdint>
#include <optional>

namespace precis::clinical {

/// Every variable a risk model can read. Values are held as doubles in the canonical unit
/// (the default unit of `precis-cli score`); categories and flags as the integer codes below.
///
/// Codes: sex 0 female, 1 male; race 0 white, 1 black, 2 other; diabetes 0 none, 1 type1,
/// 2 type2; smoking 0 never, 1 former, 2 light (<10/day), 3 moderate (10-19), 4 heavy (>=20),
/// 5 current (amount unknown); ethnicity 1..9 as QRISK3's ethrisk (1 white or not stated,
/// 2 indian, 3 pakistani, 4 bangladeshi, 5 other_asian, 6 black_caribbean, 7 black_african,
/// 8 chinese, 9 other); family_history_diabetes 0 none, 1 other_relative, 2 first_degree;
/// score2_region 0 low, 1 moderate, 2 high, 3 very_high; kfre_region 0 north_american, 1 other;
/// flags 0/1.
enum class Var : std::uint8_t {
    Age,              // years (completed)
    Sex,              // code
    Race,             // code (PCE only)
    TotalCholesterol, // mg/dL
    HdlCholesterol,   // mg/dL
    Sbp,              // mm[Hg]
    Dbp,              // mm[Hg]
    SbpSd,            // mm[Hg]
    BpTreated,        // flag
    BpTreatedEver,    // flag
    Statin,           // flag
    Diabetes,         // code
    Smoking,          // code
    Egfr,             // mL/min/{1.73_m2}
    Creatinine,       // mg/dL
    Bmi,              // kg/m2
    Height,           // cm
    Weight,           // kg
    Waist,            // cm
    Hba1c,            // %
    FastingGlucose,   // mmol/L
    Uacr,             // mg/g
    SdiDecile,        // 1..10
    Ethnicity,        // code
    Townsend,         // score
    Af,               // flag
    AtypicalAntipsychotic,
    Corticosteroids,
    ErectileDysfunction,
    Migraine,
    RheumatoidArthritis,
    CkdStage35,
    SevereMentalIllness,
    Sle,
    FamilyHistoryChd,
    Cvd,
    GestationalDiabetes,
    Pcos,
    LearningDisability,
    SchizophreniaOrBipolar,
    FamilyHistoryDiabetes, // code
    PhysicallyActive,
    DailyVegetables,
    HighGlucoseHistory,
    Score2Region, // code
    KfreRegion,   // code
    Calcium,      // mg/dL
    Phosphate,    // mg/dL
    Albumin,      // g/dL
    Bicarbonate,  // mmol/L
    HeartFailure,
    Hypertension,
    StrokeTiaTe,
    VascularDisease,
    PriorStroke,
    AbnormalRenalFunction,
    AbnormalLiverFunction,
    BleedingHistory,
    LabileInr,
    AntiplateletOrNsaid,
    AlcoholExcess,
    Dialysis, // flag: on maintenance dialysis (KFRE refuses); appended so codes stay stable
    // Recorded at intake (issue #9) but read by no risk model; appended so codes stay stable.
    LdlCholesterol, // mg/dL (LDL-C, as cholesterol: the same mmol/L factor as total and HDL)
    Potassium,      // mmol/L (serum; for K+, 1 mEq/L = 1 mmol/L)
    Count
};

inline constexpr std::size_t kVarCount = static_cast<std::size_t>(Var::Count);

[[nodiscard]] constexpr std::size_t index(Var v)
{
    return static_cast<std::size_t>(v);
}

/// How a variable is written: a number, a 0/1 flag, or one of a fixed list of codes.
enum class VarKind : std::uint8_t { Number, Flag, Category };

/// Static description of one variable: its CSV column name, canonical UCUM unit and, for
/// categories, the tokens of its codes (token i has code `firstCode + i`).
struct VarInfo
{
    Var var;
    QLatin1StringView name;
    VarKind kind;
    QLatin1StringView unit; ///< canonical UCUM unit; empty for flags and categories
    int firstCode = 0;
    std::array<QLatin1StringView, 9> tokens{};
    int tokenCount = 0;
};

/// The description of `v`. Never fails: every Var has an entry.
[[nodiscard]] const VarInfo &varInfo(Var v);
/// The variable whose column name is `name`, if any.
[[nodiscard]] std::optional<Var> varByName(QLatin1StringView name);

} // namespace precis::clinical
