// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/QDiabetes2018Model.h"

#include "core/clinical/Units.h"
#include "core/risk/InputReader.h"
#include "core/risk/models/ModelFactories.h"
#include "core/risk/models/QResearchInputs.h"

#include <array>
#include <cmath>

namespace precis::risk::models {

namespace {

// ---------------------------------------------------------------------------------------
// Coefficients of QDiabetes-2018 (Hippisley-Cox J, Coupland C. BMJ 2017;359:j5019; the
// paper's supplementary tables give them rounded; the full-precision values are those of
// ClinRisk's open-source QDiabetes-2018 code). Read, number by number, from the R port
// Feakster/qdiabetes (R/QDiabetes-2018_A.R, _B.R, _C.R; the same values appear in its
// vectorised R/QDR2018A.R). They are checked against 295 outputs of ClinRisk's own web
// calculator recorded in that package's tests (see the test file). Numbers only; the code is
// our own.
//
// Transforms, with x = age / 10 and b = bmi / 10:
//   women: age1 = sqrt(x) - 2.123332023620606,  age2 = x^3 - 91.644744873046875
//          bmi1 = b - 2.571253299713135,         bmi2 = b^3 - 16.999439239501953
//          townsend - 0.391116052865982
//   men:   age1 = ln(x) - 1.496392488479614,     age2 = x^3 - 89.048171997070313
//          bmi1 = b^2 - 6.817805767059326,       bmi2 = b^3 - 17.801923751831055
//          townsend - 0.515986680984497
//   model B (fasting glucose g, mmol/L): women g1 = g^-1 - 0.208309367299080,
//          g2 = ln(g) g^-1 - 0.326781362295151; men g1 = g^-0.5 - 0.448028832674026,
//          g2 = ln(g) g^-0.5 - 0.719442605972290
//   model C (HbA1c h = mmol/mol / 10): women g1 = sqrt(h) - 1.886751174926758,
//          g2 = h - 3.559829950332642; men g1 = sqrt(h) - 1.900265336036682,
//          g2 = h - 3.611008167266846
// Sum = ethnicity + smoking + age1,age2 + bmi1,bmi2 + townsend + g1,g2 + flags
//       + age1 * (interactions) + age2 * (interactions);
// risk = 100 * (1 - S10 ^ exp(sum)).
// ---------------------------------------------------------------------------------------
struct Coefficients
{
    double survival10;
    std::array<double, 10> ethnicity; // by ethrisk code 1..9 (index 0 unused, 1 = reference)
    std::array<double, 5> smoking;    // 0 never .. 4 heavy
    double age1, age2;
    double bmi1, bmi2;
    double townsend;
    double glycaemia1, glycaemia2; // model B or C only
    // atypical antipsychotic, steroids, cvd, gestational diabetes, learning disability,
    // schizophrenia/bipolar, PCOS, statin, treated hypertension, family history of diabetes
    std::array<double, 10> flags;
    // age1 x and age2 x: antipsychotic, learning disability, statin, bmi1, bmi2, family
    // history, glycaemia1, glycaemia2
    std::array<double, 8> withAge1;
    std::array<double, 8> withAge2;
};

enum Flag : std::size_t {
    Antipsychotic,
    Steroids,
    CvdFlag,
    GestationalDiabetes,
    LearningDisability,
    SchizophreniaBipolar,
    Pcos,
    Statin,
    TreatedHypertension,
    FamilyHistory,
    FlagCount
};

// Model A (no blood test), B (fasting glucose), C (HbA1c); Feakster/qdiabetes
// R/QDiabetes-2018_{A,B,C}.R, women then men.
constexpr Coefficients kModelAFemale{
    0.98622727394104,
    {0,
     0.0,
     1.0695857881565456,
     1.3430172097414006,
     1.8029022579794518,
     1.127465451770802,
     0.421463149023991,
     0.2850919645908353,
     0.88151087975892,
     0.3660573343168487},
    {0.0, 0.06560169017505905, 0.28450988673698374, 0.3567664381700702, 0.5359517110678775},
    4.340085269913928,
    -0.004877170269615888, // age1, age2
    2.9320361259524925,
    -0.04740020587484349, // bmi1, bmi2
    0.03734056961804915,  // townsend
    0.0,
    0.0, // glycaemia 1, 2
    {0.5526764611098438,
     0.267922336806746,
     0.1779722905458669,
     1.5248871531467574,
     0.27835143587172717,
     0.2618085210917906,
     0.3406173988206666,
     0.6590728773280822,
     0.4394758285813712,
     0.5313359456558734},
    {-0.8031518398316395,
     -0.8641596002882057,
     -1.9757776696583935,
     0.6553138757562945,
     -0.03620965720163018,
     -0.2641171450558896,
     0.0,
     0.0},
    {0.000468404118102105,
     0.000672496880895336,
     0.0023750534194347966,
     -0.004471966244526305,
     0.0001185479967753342,
     0.00041610258289047683,
     0.0,
     0.0},
};
constexpr Coefficients kModelAMale{
    0.978732228279114,
    {0,
     0.0,
     1.1000230829124793,
     1.290384012614721,
     1.6740908848727458,
     1.1400446789147816,
     0.46824681690655806,
     0.6990564996301545,
     0.6894365712711157,
     0.4172222846773821},
    {0.0, 0.16387409105485573, 0.3185144911395898, 0.3220726656778343, 0.4505243716340953},
    4.464232438869135,
    -0.004075010801925557, // age1, age2
    0.9512902786712067,
    -0.14352488277885475, // bmi1, bmi2
    0.025918182067678725, // townsend
    0.0,
    0.0, // glycaemia 1, 2
    {0.42101092346005436,
     0.22183580932925384,
     0.2026960575629002,
     0.0,
     0.2331532140798696,
     0.22770449520517727,
     0.0,
     0.5849007543114134,
     0.3337939218350108,
     0.6479928489936954},
    {-0.9463772226853415,
     -0.9384237552649983,
     -1.74790706530033,
     0.45147599241879766,
     -0.10795481262776381,
     -0.601185304293012,
     0.0,
     0.0},
    {-5.19927442172335e-05,
     0.0007102643855968814,
     0.001350836459953167,
     -0.001179772239456031,
     0.0002147150913931929,
     0.0004914185594087803,
     0.0,
     0.0},
};
constexpr Coefficients kModelBFemale{
    0.990905702114105,
    {0,
     0.0,
     0.9898906127239111,
     1.2511504196326508,
     1.493475756819612,
     0.9673887434565966,
     0.4844644519593178,
     0.4784214955360103,
     0.7520946270805577,
     0.4050880741541424},
    {0.0, 0.0374156307236963, 0.2252973672514483, 0.3099736428023663, 0.4361942139496418},
    3.765012950751728,
    -0.005604334343661494, // age1, age2
    2.441093503167247,
    -0.04215263347990964, // bmi1, bmi2
    0.03580462976631265,  // townsend
    -2.188789194633731,
    -69.96084198286603, // glycaemia 1, 2
    {0.4748378550253853,
     0.3767933443754729,
     0.1967261568066525,
     1.0689325033692647,
     0.4542293408951035,
     0.1616171889084261,
     0.3565365789576717,
     0.5809287382718668,
     0.2836632020122907,
     0.4522149766206112},
    {-0.7683591642786523,
     -0.7983128124297588,
     -1.9033508839833257,
     0.4844747602404915,
     -0.0319399883071813,
     -0.3040627374034501,
     2.244290304740435,
     13.006838869978303},
    {0.0005194455624413476,
     0.0003028327567161891,
     0.002439711140601871,
     -0.004157297668215406,
     0.0001126882194204252,
     0.0004523639671202325,
     0.019934530853431255,
     -0.07166771875293067},
};
constexpr Coefficients kModelBMale{
    0.985019445419312,
    {0,
     0.0,
     1.0081475800686235,
     1.3359138425778705,
     1.4815419524892652,
     1.0384996851820663,
     0.5202348070887525,
     0.8579673418258559,
     0.6413108960765616,
     0.4838340220821505},
    {0.0, 0.1119475792364163, 0.3110132095412205, 0.3328898469326042, 0.4257069026941993},
    4.114914330236472,
    -0.004759357666850536, // age1, age2
    0.8169361587644297,
    -0.1250237740343336,  // bmi1, bmi2
    0.025374175519894356, // townsend
    -54.84178812809711,
    -53.11207849848136, // glycaemia 1, 2
    {0.4417934088889577,
     0.3413547348339454,
     0.2158977454372757,
     0.0,
     0.40128850275853,
     0.2181769391399779,
     0.0,
     0.5147657600111735,
     0.2467209287407037,
     0.5749437333987513},
    {-0.9502224313823127,
     -0.8358370163090045,
     -1.814178691926946,
     0.3748482092078385,
     -0.0909836579562487,
     -0.6780647705291666,
     21.011730121764334,
     23.824460044746974},
    {0.0001472972077162874,
     0.0006012919264966409,
     0.0016393484911405418,
     -0.0010774782221531713,
     0.000191104873045831,
     0.0006257588248859499,
     -0.03900460792238353,
     -0.04112771980589595},
};
constexpr Coefficients kModelCFemale{
    0.988788545131683,
    {0,
     0.0,
     0.5990951599291541,
     0.7832030965635389,
     1.1947351247960103,
     0.7141744699168143,
     0.1195328468388769,
     0.0136688728784904,
     0.5709226537693946,
     0.1709107628106929},
    {0.0, 0.0658482585100007, 0.1458413689734224, 0.1525864247480119, 0.3078741679661398},
    3.565521489194772,
    -0.0056158243572733135, // age1, age2
    2.504302887454484,
    -0.04287580189269046, // bmi1, bmi2
    0.035866822056348294, // townsend
    8.736803130736218,
    -0.07823138666994997, // glycaemia 1, 2
    {0.54976333110422,
     0.168722055063897,
     0.1644330036273934,
     1.125009810517114,
     0.2891205831073966,
     0.3182512249068408,
     0.3380644414098175,
     0.4559396847381116,
     0.4040022295023758,
     0.4428015404826032},
    {-0.8125434197162131,
     -0.9084665765269808,
     -1.8557960585560658,
     0.6023218765235252,
     -0.0344950383968045,
     -0.2727571351506187,
     25.441203322736715,
     -6.807608042155611},
    {0.0004665611306005428,
     0.0008518980139928006,
     0.0022627250963352537,
     -0.0043386645663133425,
     0.0001162778561671209,
     0.0004354519795220775,
     -0.05225413558859252,
     0.014054825906114453},
};
constexpr Coefficients kModelCMale{
    0.981181740760803,
    {0,
     0.0,
     0.675712070549878,
     0.8314732504966346,
     1.0969133802228563,
     0.7682244636456048,
     0.208975292591085,
     0.3809159378197058,
     0.342358367966127,
     0.2204647785343308},
    {0.0, 0.1159289120687865, 0.1462418263763327, 0.1078142411249314, 0.1984862916366847},
    4.019343562397803,
    -0.004839644230627824, // age1, age2
    0.8182916890534933,
    -0.1255880870135964,  // bmi1, bmi2
    0.025229965184900727, // townsend
    8.051164223885793,
    -0.14652346893914495, // glycaemia 1, 2
    {0.455415252201733,
     0.1381618768682392,
     0.1454698889623952,
     0.0,
     0.2596046658040857,
     0.2852378849058589,
     0.0,
     0.4255195190118553,
     0.3316943000645931,
     0.5661232594368062},
    {-1.0013331909079835,
     -0.8916465737221593,
     -1.7074561167819817,
     0.4507452747267244,
     -0.108518598091656,
     -0.6141009388709716,
     27.670593827146565,
     -7.400613484678543},
    {0.0002245597398574241,
     0.0006604436076569648,
     0.0013873509357389619,
     -0.0012224736160287865,
     0.0002266731010346126,
     0.0005060258289477209,
     -0.05920145812475433,
     0.015592089485149988},
};

enum class Variant { A, B, C };

// ClinRisk's limits, as the R port enforces them (Feakster/qdiabetes R/QDR2018A.R notes and
// inst/tinytest/test_QDR2018A.R): age 25-<85, Townsend -8..14, BMI 20-40 (set to the nearest
// limit with a warning), height 1.40-2.10 m and weight 40-180 kg (so BMI 40/2.1^2 = 9.07 to
// 180/1.4^2 = 91.8 at most), fasting glucose 2.0-<7.0 mmol/L, HbA1c 15-<48 mmol/mol.
constexpr double kMinBmi = 20.0;
constexpr double kMaxBmi = 40.0;
constexpr double kMinGlucose = 2.0;
constexpr double kDiabeticGlucose = 7.0; // mmol/L: diabetes range, refused
constexpr double kMinHba1c = 15.0;       // mmol/mol
constexpr double kDiabeticHba1c = 48.0;  // mmol/mol: diabetes range, refused

double sum(const Coefficients &c,
           bool male,
           Variant variant,
           double age,
           double bmi,
           int ethnicity,
           int smoking,
           double townsend,
           double glycaemia,
           const std::array<double, FlagCount> &f)
{
    const double x = age / 10.0;
    const double x3 = x * x * x;
    const double age1 = male ? std::log(x) - 1.496392488479614 : std::sqrt(x) - 2.123332023620606;
    const double age2 = male ? x3 - 89.048171997070313 : x3 - 91.644744873046875;
    const double b = bmi / 10.0;
    const double b3 = b * b * b;
    const double bmi1 = male ? b * b - 6.817805767059326 : b - 2.571253299713135;
    const double bmi2 = male ? b3 - 17.801923751831055 : b3 - 16.999439239501953;
    const double town = townsend - (male ? 0.515986680984497 : 0.391116052865982);
    double g1 = 0;
    double g2 = 0;
    if (variant == Variant::B) {
        const double p = male ? 1.0 / std::sqrt(glycaemia) : 1.0 / glycaemia;
        g1 = p - (male ? 0.448028832674026 : 0.208309367299080);
        g2 = std::log(glycaemia) * p - (male ? 0.719442605972290 : 0.326781362295151);
    } else if (variant == Variant::C) {
        const double h = glycaemia / 10.0;
        g1 = std::sqrt(h) - (male ? 1.900265336036682 : 1.886751174926758);
        g2 = h - (male ? 3.611008167266846 : 3.559829950332642);
    }

    double s = c.ethnicity[static_cast<std::size_t>(ethnicity)]
               + c.smoking[static_cast<std::size_t>(smoking)];
    s += c.age1 * age1 + c.age2 * age2 + c.bmi1 * bmi1 + c.bmi2 * bmi2 + c.townsend * town
         + c.glycaemia1 * g1 + c.glycaemia2 * g2;
    for (std::size_t i = 0; i < FlagCount; ++i)
        s += c.flags[i] * f[i];
    const std::array<double, 8> v{
        f[Antipsychotic], f[LearningDisability], f[Statin], bmi1, bmi2, f[FamilyHistory], g1, g2};
    double i1 = 0;
    double i2 = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        i1 += c.withAge1[i] * v[i];
        i2 += c.withAge2[i] * v[i];
    }
    return s + age1 * i1 + age2 * i2;
}

const Coefficients &coefficients(Variant variant, bool male)
{
    switch (variant) {
    case Variant::A:
        return male ? kModelAMale : kModelAFemale;
    case Variant::B:
        return male ? kModelBMale : kModelBFemale;
    case Variant::C:
        break;
    }
    return male ? kModelCMale : kModelCFemale;
}

using qresearch::flagSpec;

ModelCard makeCard()
{
    ModelCard card;
    card.id = QStringLiteral("qdiabetes-2018");
    card.version = QStringLiteral("2018");
    card.name = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "QDiabetes-2018"));
    card.outcome = QString::fromUtf8(
        QT_TRANSLATE_NOOP("precis::risk::RiskText", "Diagnosis of type 2 diabetes"));
    card.horizon = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "10 years"));
    card.derivation = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "QResearch: 11.5 million people aged 25-84 in 1457 English general practices, "
        "2000-2016, without diabetes at entry"));
    card.validation = QStringLiteral(
        "QResearch internal validation (2.7 million people, 695 other practices) and CPRD "
        "external validation (Hippisley-Cox & Coupland 2017)");
    card.citation = QStringLiteral(
        "Hippisley-Cox J, Coupland C. Development and validation of QDiabetes-2018 risk "
        "prediction algorithm to estimate future risk of type 2 diabetes: cohort study. BMJ "
        "2017;359:j5019. doi:10.1136/bmj.j5019");
    card.coefficientSource = QStringLiteral(
        "ClinRisk Ltd. open-source QDiabetes-2018 (AGPL), read for its numbers from the R "
        "port Feakster/qdiabetes R/QDiabetes-2018_A.R, _B.R, _C.R (= R/QDR2018A.R etc.), and "
        "checked against ClinRisk web-calculator outputs recorded in that package's "
        "tests/testthat/test_QDRA.R, test_QDRB.R, test_QDRC.R");
    card.guideline = QString(); // no cited band for QDiabetes: the category stays empty
    card.limits = QStringList{
        QStringLiteral("Valid for ages 25-84; refused outside."),
        QStringLiteral("Refused with diabetes of any type, fasting glucose >= 7.0 mmol/L or "
                       "HbA1c >= 48 mmol/mol (6.54 %): the person already meets a diagnostic "
                       "threshold."),
        QStringLiteral(
            "Variant: fasting_glucose known -> model B (even when HbA1c is known too); only "
            "hba1c known -> model C; neither -> model A. The chosen variant is the "
            "evaluation's model id (qdiabetes-2018-a, -b, -c). A known value outside the "
            "model's range (glucose < 2.0 mmol/L, HbA1c < 15 mmol/mol) is refused, never "
            "dropped to fall back to another variant."),
        QStringLiteral("HbA1c is held in % (NGSP) and converted to mmol/mol with Precis's one "
                       "conversion, (% - 2.15) x 10.929 (core/clinical/Units.h)."),
        QStringLiteral(
            "BMI outside ClinRisk's 20-40 kg/m2 (card range 9.1-91.8, from ClinRisk's height "
            "1.40-2.10 m and weight 40-180 kg): computed with BMI set to the nearest limit "
            "(20 or 40), exactly as ClinRisk's calculator does, with a warning naming the "
            "measured and the used value. Never clamped silently."),
        QStringLiteral("Townsend -8 to 14 (ClinRisk's limits as the R port enforces them); "
                       "refused outside."),
        QStringLiteral("family_history_diabetes: QDiabetes' predictor is diabetes in a "
                       "first-degree relative (parent, sibling or child): first_degree = 1; "
                       "other_relative and none = 0."),
        QStringLiteral("bp_treated is QDiabetes' treated hypertension; corticosteroids its "
                       "regular steroid tablets; schizophrenia_or_bipolar its 'manic "
                       "depression or schizophrenia'; statin and cvd are predictors, not "
                       "exclusions."),
        QStringLiteral("gestational_diabetes and pcos are read for women only."),
        QStringLiteral("smoking = current (amount unknown) is refused; blank ethnicity is "
                       "computed as 'white or not stated' (code 1) with a warning."),
        QStringLiteral("No category: no guideline band for the QDiabetes-2018 score could be "
                       "cited (NICE PH38 leaves the threshold to the validated tool)."),
    };

    card.inputs = {
        InputSpec{Var::Age, QStringLiteral("a"), 25, 84, false, {}},
        InputSpec{Var::Sex, QString(), 0, 1, false, QStringLiteral("0 female, 1 male")},
        InputSpec{Var::Ethnicity,
                  QString(),
                  1,
                  9,
                  false,
                  QStringLiteral("QRISK3/QDiabetes ethrisk 1-9; blank = 1 (white or not "
                                 "stated) with a warning")},
        InputSpec{Var::Townsend, QString(), -8, 14, false, {}},
        InputSpec{Var::Smoking,
                  QString(),
                  0,
                  4,
                  false,
                  QStringLiteral("0 never, 1 former, 2 light, 3 moderate, 4 heavy; 5 current "
                                 "refused")},
        InputSpec{Var::Bmi,
                  QStringLiteral("kg/m2"),
                  9.1,
                  91.8,
                  false,
                  QStringLiteral("ClinRisk's limits 20-40: outside, computed at the nearest "
                                 "limit with a warning")},
        InputSpec{Var::FamilyHistoryDiabetes,
                  QString(),
                  0,
                  2,
                  false,
                  QStringLiteral("0 none, 1 other_relative, 2 first_degree; the predictor is "
                                 "first_degree")},
        flagSpec(Var::Cvd),
        flagSpec(Var::BpTreated, QStringLiteral("treated hypertension")),
        flagSpec(Var::AtypicalAntipsychotic),
        flagSpec(Var::Corticosteroids, QStringLiteral("regular steroid tablets")),
        flagSpec(Var::GestationalDiabetes, QStringLiteral("women only")),
        flagSpec(Var::LearningDisability),
        flagSpec(Var::SchizophreniaOrBipolar),
        flagSpec(Var::Pcos, QStringLiteral("women only")),
        flagSpec(Var::Statin),
        InputSpec{Var::Diabetes,
                  QString(),
                  0,
                  2,
                  false,
                  QStringLiteral("any diabetes (1 or 2) is refused")},
        InputSpec{Var::FastingGlucose,
                  QStringLiteral("mmol/L"),
                  kMinGlucose,
                  kDiabeticGlucose,
                  true,
                  QStringLiteral("model B; >= 7.0 refused (diabetes range)")},
        InputSpec{Var::Hba1c,
                  QStringLiteral("%"),
                  clinical::units::hba1cPercentFromMmolPerMol(kMinHba1c),
                  clinical::units::hba1cPercentFromMmolPerMol(kDiabeticHba1c),
                  true,
                  QStringLiteral("model C when no fasting glucose; 15-<48 mmol/mol; >= 48 "
                                 "refused (diabetes range)")},
    };
    card.outputs = {OutputSpec{QStringLiteral("type2_diabetes"), QStringLiteral("%"), 10}};
    card.players = {
        PlayerGroup{QStringLiteral("smoking"), {Var::Smoking}},
        PlayerGroup{QStringLiteral("bmi"), {Var::Bmi}},
        PlayerGroup{QStringLiteral("deprivation"), {Var::Townsend}},
        PlayerGroup{QStringLiteral("family_history"), {Var::FamilyHistoryDiabetes}},
        PlayerGroup{QStringLiteral("cvd"), {Var::Cvd}},
        PlayerGroup{QStringLiteral("treated_hypertension"), {Var::BpTreated}},
        PlayerGroup{QStringLiteral("atypical_antipsychotic"), {Var::AtypicalAntipsychotic}},
        PlayerGroup{QStringLiteral("corticosteroids"), {Var::Corticosteroids}},
        PlayerGroup{QStringLiteral("statin"), {Var::Statin}},
        PlayerGroup{QStringLiteral("gestational_diabetes"), {Var::GestationalDiabetes}},
        PlayerGroup{QStringLiteral("pcos"), {Var::Pcos}},
        PlayerGroup{QStringLiteral("learning_disability"), {Var::LearningDisability}},
        PlayerGroup{QStringLiteral("schizophrenia_or_bipolar"), {Var::SchizophreniaOrBipolar}},
    };
    // Glucose and HbA1c pick the variant, diabetes decides refusal: held at the patient's
    // values so that every coalition runs the same variant.
    card.heldForExplanation
        = {Var::Age, Var::Sex, Var::Ethnicity, Var::Diabetes, Var::FastingGlucose, Var::Hba1c};
    // Reference: never smoker, BMI 25, Townsend 0, no family history, no listed condition or
    // medicine.
    Snapshot &r = card.reference;
    r.set(Var::Smoking, 0);
    r.set(Var::Bmi, 25);
    r.set(Var::Townsend, 0);
    r.set(Var::FamilyHistoryDiabetes, 0);
    for (Var v : {Var::Cvd,
                  Var::BpTreated,
                  Var::AtypicalAntipsychotic,
                  Var::Corticosteroids,
                  Var::Statin,
                  Var::GestationalDiabetes,
                  Var::Pcos,
                  Var::LearningDisability,
                  Var::SchizophreniaOrBipolar})
        r.set(v, 0);

    card.validationEvidence = QStringList{
        QStringLiteral(
            "tests/risk_models_b/tst_qdiabetes2018.cpp workedExamples: 295 outputs of "
            "ClinRisk's QDiabetes-2018 web calculator (models A, B, C; women and men; age, "
            "height, weight, glucose, HbA1c, ethnicity, smoking and each flag varied around a "
            "60-year-old, 183 cm, 90 kg) as recorded in Feakster/qdiabetes "
            "tests/testthat/test_QDRA.R, test_QDRB.R, test_QDRC.R; 1 decimal, tolerance 0.05 "
            "(0.06 for 7 rows at a rounding edge). One recorded value (model B man, glucose "
            "3.0 mmol/L: 0.4 %) is not reproduced (0.24 %) and is listed, not tested."),
        QStringLiteral("tests/risk_models_b/tst_qdiabetes2018.cpp: variant choice, refusals "
                       "(diabetes, glucose >= 7, HbA1c >= 48 mmol/mol, current smoking, "
                       "missing flags), BMI limit handling, blank ethnicity, row shape."),
    };
    return card;
}

QString fmt(double v)
{
    return formatNumber(v);
}

} // namespace

QDiabetes2018Model::QDiabetes2018Model() : m_card(makeCard()) {}

Evaluation QDiabetes2018Model::evaluate(const Snapshot &snapshot) const
{
    InputReader reader(snapshot, m_card);

    const std::optional<double> age = reader.require(Var::Age);
    const std::optional<double> sex = reader.requireCode(Var::Sex);
    const int ethnicity = qresearch::readEthnicity(
        reader,
        snapshot,
        QT_TRANSLATE_NOOP("precis::risk::RiskText",
                          "ethnicity is blank: computed as QDiabetes' \"white or not stated\" "
                          "(code 1)"));
    const std::optional<double> townsend = reader.require(Var::Townsend);
    const std::optional<double> smoking
        = qresearch::requireSmokingAmount(reader, snapshot, QStringLiteral("QDiabetes"));
    const std::optional<double> bmi = reader.require(Var::Bmi);
    const std::optional<double> familyHistory = reader.requireCode(Var::FamilyHistoryDiabetes);
    const bool male = sex == 1.0;

    std::array<std::optional<double>, FlagCount> flags{};
    flags[Antipsychotic] = reader.requireCode(Var::AtypicalAntipsychotic);
    flags[Steroids] = reader.requireCode(Var::Corticosteroids);
    flags[CvdFlag] = reader.requireCode(Var::Cvd);
    flags[LearningDisability] = reader.requireCode(Var::LearningDisability);
    flags[SchizophreniaBipolar] = reader.requireCode(Var::SchizophreniaOrBipolar);
    flags[Statin] = reader.requireCode(Var::Statin);
    flags[TreatedHypertension] = reader.requireCode(Var::BpTreated);
    if (male) {
        flags[GestationalDiabetes] = 0.0;
        flags[Pcos] = 0.0;
    } else {
        flags[GestationalDiabetes] = reader.requireCode(Var::GestationalDiabetes);
        flags[Pcos] = reader.requireCode(Var::Pcos);
    }

    // Exclusions: already diabetic, or a blood test in the diabetic range.
    const std::optional<double> diabetes = reader.requireCode(Var::Diabetes);
    if (diabetes && *diabetes != 0.0) {
        reader.refuse(
            {QT_TRANSLATE_NOOP("precis::risk::RiskText",
                               "diabetes = %1: QDiabetes-2018 predicts diabetes in people "
                               "who do not have it"),
             {*diabetes == 1.0 ? QStringLiteral("type1") : QStringLiteral("type2")}});
    }
    // Blood tests as recorded (before range checks). HbA1c is held in %; the model's limits
    // are in mmol/mol. A value entered as 15 or 48 mmol/mol comes back from % as
    // 14.999999999999998 or 47.99999999999999, so the limits are compared with a 1e-9
    // mmol/mol allowance: the conversion must not move a value across a limit.
    constexpr double kRoundTrip = 1e-9;
    const bool hasGlucose = snapshot.has(Var::FastingGlucose);
    const double glucose = snapshot.get(Var::FastingGlucose).value_or(0.0);
    const bool hasHba1c = snapshot.has(Var::Hba1c);
    const double hba1cPercent = snapshot.get(Var::Hba1c).value_or(0.0);
    const double hba1cMmol = clinical::units::hba1cMmolPerMolFromPercent(hba1cPercent);
    if (hasGlucose && glucose >= kDiabeticGlucose) {
        reader.refuse({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                         "fasting_glucose = %1 mmol/L is >= 7.0 mmol/L, the "
                                         "diabetes range: QDiabetes-2018 does not apply"),
                       {fmt(glucose)}});
    }
    if (hasHba1c && hba1cMmol >= kDiabeticHba1c - kRoundTrip) {
        reader.refuse({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                         "hba1c = %1 % (%2 mmol/mol) is >= 48 mmol/mol, the "
                                         "diabetes range: QDiabetes-2018 does not apply"),
                       {fmt(hba1cPercent), fmt(hba1cMmol)}});
    }

    Variant variant = Variant::A;
    double glycaemia = 0;
    if (hasGlucose) {
        variant = Variant::B;
        if (glucose < kDiabeticGlucose) {
            if (const std::optional<double> g = reader.require(Var::FastingGlucose))
                glycaemia = *g;
        }
    } else if (hasHba1c) {
        variant = Variant::C;
        if (hba1cMmol < kDiabeticHba1c - kRoundTrip) {
            if (hba1cMmol < kMinHba1c - kRoundTrip) {
                reader.refuse({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                                 "hba1c = %1 % (%2 mmol/mol) is outside the valid "
                                                 "range 15-48 mmol/mol"),
                               {fmt(hba1cPercent), fmt(hba1cMmol)}});
            } else {
                // Recorded as used; the equation takes mmol/mol.
                if (reader.usable(Var::Hba1c))
                    reader.require(Var::Hba1c);
                glycaemia = hba1cMmol;
            }
        }
    }

    Evaluation evaluation;
    switch (variant) {
    case Variant::A:
        evaluation.modelId = QStringLiteral("qdiabetes-2018-a");
        break;
    case Variant::B:
        evaluation.modelId = QStringLiteral("qdiabetes-2018-b");
        break;
    case Variant::C:
        evaluation.modelId = QStringLiteral("qdiabetes-2018-c");
        break;
    }
    evaluation.modelVersion = m_card.version;

    if (reader.refused()) {
        Evaluation refused = refusedEvaluation(m_card, reader.refusals());
        refused.modelId = evaluation.modelId;
        return refused;
    }

    double usedBmi = *bmi;
    if (usedBmi < kMinBmi || usedBmi > kMaxBmi) {
        usedBmi = usedBmi < kMinBmi ? kMinBmi : kMaxBmi;
        reader.warn(
            {QT_TRANSLATE_NOOP("precis::risk::RiskText",
                               "bmi = %1 kg/m2 is outside ClinRisk's QDiabetes limits 20-40 "
                               "kg/m2: computed with bmi = %2 kg/m2, as ClinRisk's "
                               "calculator does"),
             {fmt(*bmi), fmt(usedBmi)}});
    }

    std::array<double, FlagCount> f{};
    for (std::size_t i = 0; i < FlagCount; ++i)
        f[i] = *flags[i];
    // QDiabetes' predictor is diabetes in a first-degree relative (code 2).
    f[FamilyHistory] = *familyHistory == 2.0 ? 1.0 : 0.0;

    const Coefficients &c = coefficients(variant, male);
    const double s = sum(c,
                         male,
                         variant,
                         *age,
                         usedBmi,
                         ethnicity,
                         static_cast<int>(*smoking),
                         *townsend,
                         glycaemia,
                         f);
    const double risk = 100.0 * (1.0 - std::pow(c.survival10, std::exp(s)));

    evaluation.rows.push_back(makeRow(m_card.outputs[0], risk, QString(), reader.warnings()));
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makeQDiabetes2018Model()
{
    return std::make_unique<QDiabetes2018Model>();
}

} // namespace precis::risk::models
