// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clinical/Variable.h"

namespace precis::clinical {

namespace {

using L = QLatin1StringView;

constexpr VarInfo num(Var v, const char *name, const char *unit)
{
    return VarInfo{v, L(name), VarKind::Number, L(unit), 0, {}, 0};
}
constexpr VarInfo flag(Var v, const char *name)
{
    return VarInfo{v, L(name), VarKind::Flag, L(), 0, {L("0"), L("1")}, 2};
}

// Order must follow enum Var; checked by the static_assert below and by tst_variable.
constexpr std::array<VarInfo, kVarCount> kInfo = {{
    num(Var::Age, "age", "a"),
    {Var::Sex, L("sex"), VarKind::Category, L(), 0, {L("female"), L("male")}, 2},
    {Var::Race, L("race"), VarKind::Category, L(), 0, {L("white"), L("black"), L("other")}, 3},
    num(Var::TotalCholesterol, "total_cholesterol", "mg/dL"),
    num(Var::HdlCholesterol, "hdl_cholesterol", "mg/dL"),
    num(Var::Sbp, "sbp", "mm[Hg]"),
    num(Var::Dbp, "dbp", "mm[Hg]"),
    num(Var::SbpSd, "sbp_sd", "mm[Hg]"),
    flag(Var::BpTreated, "bp_treated"),
    flag(Var::BpTreatedEver, "bp_treated_ever"),
    flag(Var::Statin, "statin"),
    {Var::Diabetes,
     L("diabetes"),
     VarKind::Category,
     L(),
     0,
     {L("none"), L("type1"), L("type2")},
     3},
    {Var::Smoking,
     L("smoking"),
     VarKind::Category,
     L(),
     0,
     {L("never"), L("former"), L("light"), L("moderate"), L("heavy"), L("current")},
     6},
    num(Var::Egfr, "egfr", "mL/min/{1.73_m2}"),
    num(Var::Creatinine, "creatinine", "mg/dL"),
    num(Var::Bmi, "bmi", "kg/m2"),
    num(Var::Height, "height", "cm"),
    num(Var::Weight, "weight", "kg"),
    num(Var::Waist, "waist", "cm"),
    num(Var::Hba1c, "hba1c", "%"),
    num(Var::FastingGlucose, "fasting_glucose", "mmol/L"),
    num(Var::Uacr, "uacr", "mg/g"),
    num(Var::SdiDecile, "sdi_decile", "1"),
    {Var::Ethnicity,
     L("ethnicity"),
     VarKind::Category,
     L(),
     1,
     {L("white"),
      L("indian"),
      L("pakistani"),
      L("bangladeshi"),
      L("other_asian"),
      L("black_caribbean"),
      L("black_african"),
      L("chinese"),
      L("other")},
     9},
    num(Var::Townsend, "townsend", "1"),
    flag(Var::Af, "af"),
    flag(Var::AtypicalAntipsychotic, "atypical_antipsychotic"),
    flag(Var::Corticosteroids, "corticosteroids"),
    flag(Var::ErectileDysfunction, "erectile_dysfunction"),
    flag(Var::Migraine, "migraine"),
    flag(Var::RheumatoidArthritis, "rheumatoid_arthritis"),
    flag(Var::CkdStage35, "ckd_stage_3_5"),
    flag(Var::SevereMentalIllness, "severe_mental_illness"),
    flag(Var::Sle, "sle"),
    flag(Var::FamilyHistoryChd, "family_history_chd"),
    flag(Var::Cvd, "cvd"),
    flag(Var::GestationalDiabetes, "gestational_diabetes"),
    flag(Var::Pcos, "pcos"),
    flag(Var::LearningDisability, "learning_disability"),
    flag(Var::SchizophreniaOrBipolar, "schizophrenia_or_bipolar"),
    {Var::FamilyHistoryDiabetes,
     L("family_history_diabetes"),
     VarKind::Category,
     L(),
     0,
     {L("none"), L("other_relative"), L("first_degree")},
     3},
    flag(Var::PhysicallyActive, "physically_active"),
    flag(Var::DailyVegetables, "daily_vegetables"),
    flag(Var::HighGlucoseHistory, "high_glucose_history"),
    {Var::Score2Region,
     L("score2_region"),
     VarKind::Category,
     L(),
     0,
     {L("low"), L("moderate"), L("high"), L("very_high")},
     4},
    {Var::KfreRegion,
     L("kfre_region"),
     VarKind::Category,
     L(),
     0,
     {L("north_american"), L("other")},
     2},
    num(Var::Calcium, "calcium", "mg/dL"),
    num(Var::Phosphate, "phosphate", "mg/dL"),
    num(Var::Albumin, "albumin", "g/dL"),
    num(Var::Bicarbonate, "bicarbonate", "mmol/L"),
    flag(Var::HeartFailure, "heart_failure"),
    flag(Var::Hypertension, "hypertension"),
    flag(Var::StrokeTiaTe, "stroke_tia_te"),
    flag(Var::VascularDisease, "vascular_disease"),
    flag(Var::PriorStroke, "prior_stroke"),
    flag(Var::AbnormalRenalFunction, "abnormal_renal_function"),
    flag(Var::AbnormalLiverFunction, "abnormal_liver_function"),
    flag(Var::BleedingHistory, "bleeding_history"),
    flag(Var::LabileInr, "labile_inr"),
    flag(Var::AntiplateletOrNsaid, "antiplatelet_or_nsaid"),
    flag(Var::AlcoholExcess, "alcohol_excess"),
    flag(Var::Dialysis, "dialysis"),
    num(Var::LdlCholesterol, "ldl_cholesterol", "mg/dL"),
    num(Var::Potassium, "potassium", "mmol/L"),
}};

constexpr bool orderMatches()
{
    for (std::size_t i = 0; i < kInfo.size(); ++i) {
        if (index(kInfo[i].var) != i)
            return false;
    }
    return true;
}
static_assert(orderMatches(), "kInfo must list the variables in the order of enum Var");

} // namespace

const VarInfo &varInfo(Var v)
{
    return kInfo[index(v)];
}

std::optional<Var> varByName(QLatin1StringView name)
{
    for (const VarInfo &info : kInfo) {
        if (info.name == name)
            return info.var;
    }
    return std::nullopt;
}

} // namespace precis::clinical
