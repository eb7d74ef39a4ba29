// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/models/QRisk3Model.h"

#include "core/risk/InputReader.h"
#include "core/risk/models/ModelFactories.h"
#include "core/risk/models/QResearchInputs.h"

#include <cmath>

namespace precis::risk::models {

namespace {

// ClinRisk's licence terms: held with every score, shown in the user's language by ui/.
const char *const kDisclaimer = QT_TRANSLATE_NOOP(
    "precis::risk::RiskText",
    "QRISK3 (ClinRisk Ltd.) supports, and does not replace, the judgement of the clinician, "
    "who keeps full responsibility for any treatment decision and for whether the score is "
    "safe, appropriate and effective for this patient. Precis's implementation is checked "
    "against ClinRisk's published outputs but is not ClinRisk's own software.");

// ---------------------------------------------------------------------------------------
// Coefficients of QRISK3-2017 (Hippisley-Cox, Coupland, Brindle, BMJ 2017;357:j2099; the
// paper's supplementary tables give them rounded, the full-precision values are those of
// ClinRisk's open-source QRISK3-2017 code, functions cvd_female_raw and cvd_male_raw).
// Read from ClinRisk's file as redistributed in sisuhealthgroup/qrisk3
// src/original/qrisk3.c and cross-checked, value by value, against the CRAN package QRISK3
// (R/QRISK3-2017ver9.R). Only the numbers are taken; the code here is our own.
//
// Transforms (ClinRisk's "fractional polynomial terms, which include scaling"):
//   x = age / 10;  female: age1 = x^-2, age2 = x;   male: age1 = x^-1, age2 = x^3
//   b = bmi / 10;  both:   bmi1 = b^-2,  bmi2 = b^-2 * ln(b)
// Every continuous term is centred on the constant below before it enters the sum, and the
// interaction terms multiply the *centred* age1/age2 with the centred continuous value or
// the 0/1 flag. Risk = 100 * (1 - S10 ^ exp(sum)).
// ---------------------------------------------------------------------------------------
struct Coefficients
{
    double survival10;                // baseline survival at 10 years
    std::array<double, 10> ethnicity; // by ethrisk code 1..9 (index 0 unused, 1 = reference)
    std::array<double, 5> smoking;    // smoke_cat 0..4

    // Centring constants.
    double age1Mean, age2Mean, bmi1Mean, bmi2Mean, ratioMean, sbpMean, sbpSdMean, townMean;

    // Continuous terms.
    double age1, age2, bmi1, bmi2, ratio, sbp, sbpSd, town;

    // 0/1 terms.
    double af, atypical, steroids, erectile, migraine, ra, renal, smi, sle, treatedHyp, type1,
        type2, fhCvd;

    // Interactions with age1 and with age2 (same order for both).
    struct AgeInteractions
    {
        std::array<double, 5> smoking; // index = smoke_cat, 0 unused
        double af, steroids, erectile, migraine, renal, sle, treatedHyp, type1, type2, bmi1, bmi2,
            fhCvd, sbp, town;
    };
    AgeInteractions withAge1, withAge2;
};

// Women: ClinRisk QRISK3-2017 cvd_female_raw.
constexpr Coefficients kFemale{
    0.988876402378082,
    {0,
     0,
     0.2804031433299542500000000,
     0.5629899414207539800000000,
     0.2959000085111651600000000,
     0.0727853798779825450000000,
     -0.1707213550885731700000000,
     -0.3937104331487497100000000,
     -0.3263249528353027200000000,
     -0.1712705688324178400000000},
    {0,
     0.1338683378654626200000000,
     0.5620085801243853700000000,
     0.6674959337750254700000000,
     0.8494817764483084700000000},
    0.053274843841791,
    4.332503318786621,
    0.154946178197861,
    0.144462317228317,
    3.476326465606690,
    123.130012512207030,
    9.002537727355957,
    0.392308831214905,
    -8.1388109247726188000000000,
    0.7973337668969909800000000,
    0.2923609227546005200000000,
    -4.1513300213837665000000000,
    0.1533803582080255400000000,
    0.0131314884071034240000000,
    0.0078894541014586095000000,
    0.0772237905885901080000000,
    1.5923354969269663000000000,
    0.2523764207011555700000000,
    0.5952072530460185100000000,
    0.0, // erectile dysfunction is a men-only predictor
    0.3012672608703450000000000,
    0.2136480343518194200000000,
    0.6519456949384583300000000,
    0.1255530805882017800000000,
    0.7588093865426769300000000,
    0.5093159368342300400000000,
    1.7267977510537347000000000,
    1.0688773244615468000000000,
    0.4544531902089621300000000,
    {{0,
      -4.7057161785851891000000000,
      -2.7430383403573337000000000,
      -0.8660808882939218200000000,
      0.9024156236971064800000000},
     19.9380348895465610000000000,
     -0.9840804523593628100000000,
     0.0,
     1.7634979587872999000000000,
     -3.5874047731694114000000000,
     19.6903037386382920000000000,
     11.8728097339218120000000000,
     -1.2444332714320747000000000,
     6.8652342000009599000000000,
     23.8026234121417420000000000,
     -71.1849476920870070000000000,
     0.9946780794043512700000000,
     0.0341318423386154850000000,
     -1.0301180802035639000000000},
    {{0,
      -0.0755892446431930260000000,
      -0.1195119287486707400000000,
      -0.1036630639757192300000000,
      -0.1399185359171838900000000},
     -0.0761826510111625050000000,
     -0.1200536494674247200000000,
     0.0,
     -0.0655869178986998590000000,
     -0.2268887308644250700000000,
     0.0773479496790162730000000,
     0.0009685782358817443600000,
     -0.2872406462448894900000000,
     -0.0971122525906954890000000,
     0.5236995893366442900000000,
     0.0457441901223237590000000,
     -0.0768850516984230380000000,
     -0.0015082501423272358000000,
     -0.0315934146749623290000000},
};

// Men: ClinRisk QRISK3-2017 cvd_male_raw. The male equation has no age x SLE interaction.
constexpr Coefficients kMale{
    0.977268040180206,
    {0,
     0,
     0.2771924876030827900000000,
     0.4744636071493126800000000,
     0.5296172991968937100000000,
     0.0351001591862990170000000,
     -0.3580789966932791900000000,
     -0.4005648523216514000000000,
     -0.4152279288983017300000000,
     -0.2632134813474996700000000},
    {0,
     0.1912822286338898300000000,
     0.5524158819264555200000000,
     0.6383505302750607200000000,
     0.7898381988185801900000000},
    0.234766781330109,
    77.284080505371094,
    0.149176135659218,
    0.141913309693336,
    4.300998687744141,
    128.571578979492190,
    8.756621360778809,
    0.526304900646210,
    -17.8397816660055750000000000,
    0.0022964880605765492000000,
    2.4562776660536358000000000,
    -8.3011122314711354000000000,
    0.1734019685632711100000000,
    0.0129101265425533050000000,
    0.0102519142912904560000000,
    0.0332682012772872950000000,
    0.8820923692805465700000000,
    0.1304687985517351300000000,
    0.4548539975044554300000000,
    0.2225185908670538300000000,
    0.2558417807415991300000000,
    0.2097065801395656700000000,
    0.7185326128827438400000000,
    0.1213303988204716400000000,
    0.4401572174457522000000000,
    0.5165987108269547400000000,
    1.2343425521675175000000000,
    0.8594207143093222100000000,
    0.5405546900939015600000000,
    {{0,
      -0.2101113393351634600000000,
      0.7526867644750319100000000,
      0.9931588755640579100000000,
      2.1331163414389076000000000},
     3.4896675530623207000000000,
     1.1708133653489108000000000,
     -1.5064009857454310000000000,
     2.3491159871402441000000000,
     -0.5065671632722369400000000,
     0.0,
     6.5114581098532671000000000,
     5.3379864878006531000000000,
     3.6461817406221311000000000,
     31.0049529560338860000000000,
     -111.2915718439164300000000000,
     2.7808628508531887000000000,
     0.0188585244698658530000000,
     -0.1007554870063731000000000},
    {{0,
      -0.0004985487027532612100000,
      -0.0007987563331738541400000,
      -0.0008370618426625129600000,
      -0.0007840031915563728900000},
     -0.0003499560834063604900000,
     -0.0002496045095297166000000,
     -0.0011058218441227373000000,
     0.0001989644604147863100000,
     -0.0018325930166498813000000,
     0.0,
     0.0006383805310416501300000,
     0.0006409780808752897000000,
     -0.0002469569558886831500000,
     0.0050380102356322029000000,
     -0.0130744830025243190000000,
     -0.0002479180990739603700000,
     -0.0000127187419158845700000,
     -0.0000932996423232728880000},
};

// ClinRisk's calculator limits (QRISK3 engine constants minTown/maxTown, minRati/maxRati,
// minBmi/maxBmi, minSbp/maxSbp in ClinRisk's CRStandardDefinitions.cs, as redistributed in
// endeavour-predict/ep-qrisk3 _SUPPLIED/Engine). ClinRisk clamps values outside them;
// Precis refuses Townsend, ratio and SBP outside, and for BMI computes at the nearest limit
// with a warning that says so (see the card's limits).
constexpr double kMinTownsend = -8.0;
constexpr double kMaxTownsend = 12.0;
constexpr double kMinRatio = 1.0;
constexpr double kMaxRatio = 12.0;
constexpr double kMinBmi = 20.0;
constexpr double kMaxBmi = 40.0;
constexpr double kMinSbp = 70.0;
constexpr double kMaxSbp = 210.0;

// ClinRisk's healthy person (qrisk.org: "no adverse clinical indicators and a cholesterol
// ratio of 4.0, a stable systolic blood pressure of 125, and BMI of 25"). "Stable" is SD 0
// and the Townsend score is 0: with exactly these values the equations reproduce ClinRisk's
// 2018 reference table (QRiskReference-53.cs) to all 6 published decimals.
constexpr double kHealthyRatio = 4.0;
constexpr double kHealthySbp = 125.0;
constexpr double kHealthySbpSd = 0.0;
constexpr double kHealthyBmi = 25.0;
constexpr double kHealthyTownsend = 0.0;

/// The predictors of one person, in QRISK3's own terms.
struct Profile
{
    double age = 0;
    int ethnicity = 1; // ethrisk 1..9
    int smoking = 0;   // smoke_cat 0..4
    double bmi = 0;
    double ratio = 0;
    double sbp = 0;
    double sbpSd = 0;
    double town = 0;
    double af = 0, atypical = 0, steroids = 0, erectile = 0, migraine = 0, ra = 0, renal = 0,
           smi = 0, sle = 0, treatedHyp = 0, type1 = 0, type2 = 0, fhCvd = 0;
};

double interactionSum(const Coefficients::AgeInteractions &c,
                      const Profile &p,
                      double bmi1,
                      double bmi2,
                      double sbp,
                      double town)
{
    return c.smoking[static_cast<std::size_t>(p.smoking)] + c.af * p.af + c.steroids * p.steroids
           + c.erectile * p.erectile + c.migraine * p.migraine + c.renal * p.renal + c.sle * p.sle
           + c.treatedHyp * p.treatedHyp + c.type1 * p.type1 + c.type2 * p.type2 + c.bmi1 * bmi1
           + c.bmi2 * bmi2 + c.fhCvd * p.fhCvd + c.sbp * sbp + c.town * town;
}

double linearPredictor(bool male, const Profile &p)
{
    const Coefficients &c = male ? kMale : kFemale;
    const double x = p.age / 10.0;
    const double age1 = (male ? 1.0 / x : 1.0 / (x * x)) - c.age1Mean;
    const double age2 = (male ? x * x * x : x) - c.age2Mean;
    const double b = p.bmi / 10.0;
    const double bInvSq = 1.0 / (b * b);
    const double bmi1 = bInvSq - c.bmi1Mean;
    const double bmi2 = bInvSq * std::log(b) - c.bmi2Mean;
    const double ratio = p.ratio - c.ratioMean;
    const double sbp = p.sbp - c.sbpMean;
    const double sbpSd = p.sbpSd - c.sbpSdMean;
    const double town = p.town - c.townMean;

    double a = c.ethnicity[static_cast<std::size_t>(p.ethnicity)]
               + c.smoking[static_cast<std::size_t>(p.smoking)];
    a += c.age1 * age1 + c.age2 * age2 + c.bmi1 * bmi1 + c.bmi2 * bmi2 + c.ratio * ratio
         + c.sbp * sbp + c.sbpSd * sbpSd + c.town * town;
    a += c.af * p.af + c.atypical * p.atypical + c.steroids * p.steroids + c.erectile * p.erectile
         + c.migraine * p.migraine + c.ra * p.ra + c.renal * p.renal + c.smi * p.smi + c.sle * p.sle
         + c.treatedHyp * p.treatedHyp + c.type1 * p.type1 + c.type2 * p.type2 + c.fhCvd * p.fhCvd;
    a += age1 * interactionSum(c.withAge1, p, bmi1, bmi2, sbp, town);
    a += age2 * interactionSum(c.withAge2, p, bmi1, bmi2, sbp, town);
    return a;
}

double tenYearRisk(bool male, const Profile &p)
{
    const double s = male ? kMale.survival10 : kFemale.survival10;
    return 100.0 * (1.0 - std::pow(s, std::exp(linearPredictor(male, p))));
}

using qresearch::flagSpec;

ModelCard makeCard()
{
    ModelCard card;
    card.id = QStringLiteral("qrisk3");
    card.version = QStringLiteral("2017");
    card.name = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "QRISK3-2017"));
    card.outcome = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "First cardiovascular event: coronary heart disease, ischaemic stroke or transient "
        "ischaemic attack; and the QRISK3 healthy heart age"));
    card.horizon = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "10 years"));
    card.derivation = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "precis::risk::RiskText",
        "QResearch: 7.89 million people aged 25-84 in 981 English general practices, "
        "1998-2015, free of CVD and not on statins at entry"));
    card.validation = QStringLiteral(
        "QResearch internal validation: 2.67 million people in 328 other practices; external "
        "validation in CPRD (Livingstone et al., BMJ Open 2022)");
    card.citation = QStringLiteral(
        "Hippisley-Cox J, Coupland C, Brindle P. Development and validation of QRISK3 risk "
        "prediction algorithms to estimate future risk of cardiovascular disease: prospective "
        "cohort study. BMJ 2017;357:j2099. doi:10.1136/bmj.j2099");
    card.coefficientSource = QStringLiteral(
        "ClinRisk Ltd. open-source QRISK3-2017 algorithm (LGPL; cvd_female_raw/cvd_male_raw), "
        "read for its numbers from sisuhealthgroup/qrisk3 src/original/qrisk3.c and "
        "cross-checked against the CRAN package QRISK3 R/QRISK3-2017ver9.R; calculator "
        "limits and the heart-age rule from ClinRisk's QRISK3 engine as redistributed in "
        "endeavour-predict/ep-qrisk3 (_SUPPLIED/Engine: CRStandardDefinitions.cs, "
        "QRiskCVDAlgorithm.cs, QRiskReference-53.cs)");
    card.guideline
        = QString::fromUtf8(QT_TRANSLATE_NOOP("precis::risk::RiskText", "NICE NG238 (2023)"));
    card.limits = QStringList{
        QStringLiteral("Valid for ages 25-84; refused outside."),
        QStringLiteral("Derived in people without CVD and not on statins: prior CVD (cvd = 1) is "
                       "computed with a warning and no category."),
        QStringLiteral(
            "NICE NG238 says not to use a risk tool in type 1 diabetes, eGFR < 60 "
            "mL/min/1.73 m2 or albuminuria (UACR >= 30 mg/g), or familial "
            "hypercholesterolaemia: these are computed with a warning and no category "
            "(ckd_stage_3_5 = 1 counts as eGFR < 60). Familial hypercholesterolaemia is not "
            "an input: the clinician must exclude it."),
        QStringLiteral("Category (NICE NG238): \"high\" when the 10-year risk is >= 10 %, \"low\" "
                       "otherwise; NICE offers a statin at >= 10 % after discussion."),
        QStringLiteral(
            "The TC/HDL ratio is computed from total_cholesterol / hdl_cholesterol (either "
            "unit, the ratio is unitless) and must lie in ClinRisk's 1-12; SBP 70-210 mm[Hg] "
            "and Townsend -8 to 12 are ClinRisk's limits: outside them Precis refuses where "
            "ClinRisk would clamp."),
        QStringLiteral(
            "BMI outside ClinRisk's 20-40 kg/m2 (card range 10-80): computed with BMI set to "
            "the nearest limit (20 or 40), exactly as ClinRisk's calculator does, and a "
            "warning naming the measured and the used value. Never clamped silently."),
        QStringLiteral("smoking = current (amount unknown) is refused: QRISK3 needs light (< 10/"
                       "day), moderate (10-19) or heavy (>= 20)."),
        QStringLiteral("Blank ethnicity is computed as code 1, \"white or not stated\", with a "
                       "warning (ClinRisk's own default)."),
        QStringLiteral("erectile_dysfunction is read for men only; ckd_stage_3_5 is a recorded "
                       "diagnosis and is never derived from eGFR."),
        QStringLiteral(
            "sbp_sd: ClinRisk sets no limit; 0-100 mm[Hg] bounds what readings within 70-210 "
            "allow (two readings: at most 140/sqrt(2) = 99)."),
        QStringLiteral(
            "Healthy heart age (ClinRisk's rule): the first integer age 25-84 at which the "
            "healthy person of the same sex and ethnicity (non-smoker, no conditions, TC/HDL "
            "4.0, SBP 125 with SD 0, BMI 25, Townsend 0) has a 10-year score, rounded to 2 "
            "decimals, strictly greater than the patient's unrounded score. When the "
            "patient's score is below the healthy 25-year-old's or not below the healthy "
            "84-year-old's, no such age exists in 25-84 and the row is refused (ClinRisk's "
            "engine would show 25 in the first case)."),
        QStringLiteral("Age enters the equation as given (completed years); the reference table "
                       "for heart age uses integer ages."),
    };
    card.disclaimer = QString::fromUtf8(kDisclaimer);

    card.inputs = {
        InputSpec{Var::Age, QStringLiteral("a"), 25, 84, false, {}},
        InputSpec{Var::Sex, QString(), 0, 1, false, QStringLiteral("0 female, 1 male")},
        InputSpec{Var::Ethnicity,
                  QString(),
                  1,
                  9,
                  false,
                  QStringLiteral("QRISK3 ethrisk 1-9; blank = 1 (white or not stated) with a "
                                 "warning")},
        InputSpec{Var::Townsend, QString(), kMinTownsend, kMaxTownsend, false, {}},
        InputSpec{Var::Smoking,
                  QString(),
                  0,
                  4,
                  false,
                  QStringLiteral("smoke_cat 0 never, 1 former, 2 light, 3 moderate, 4 heavy; "
                                 "5 current refused")},
        InputSpec{Var::TotalCholesterol,
                  QStringLiteral("mg/dL"),
                  40,
                  800,
                  false,
                  QStringLiteral("plausibility bounds; QRISK3 uses TC/HDL, valid 1-12")},
        InputSpec{Var::HdlCholesterol,
                  QStringLiteral("mg/dL"),
                  10,
                  250,
                  false,
                  QStringLiteral("plausibility bounds; QRISK3 uses TC/HDL, valid 1-12")},
        InputSpec{Var::Sbp, QStringLiteral("mm[Hg]"), kMinSbp, kMaxSbp, false, {}},
        InputSpec{Var::SbpSd,
                  QStringLiteral("mm[Hg]"),
                  0,
                  100,
                  false,
                  QStringLiteral("SD of at least two recent systolic readings")},
        InputSpec{Var::Bmi,
                  QStringLiteral("kg/m2"),
                  10,
                  80,
                  false,
                  QStringLiteral("ClinRisk's limits 20-40: outside, computed at the nearest "
                                 "limit with a warning")},
        InputSpec{
            Var::Diabetes, QString(), 0, 2, false, QStringLiteral("0 none, 1 type1, 2 type2")},
        flagSpec(Var::FamilyHistoryChd,
                 QStringLiteral("angina or heart attack in a first-degree relative < 60")),
        flagSpec(Var::Af),
        flagSpec(Var::AtypicalAntipsychotic),
        flagSpec(Var::Corticosteroids, QStringLiteral("regular steroid tablets")),
        flagSpec(Var::ErectileDysfunction, QStringLiteral("men only")),
        flagSpec(Var::Migraine),
        flagSpec(Var::RheumatoidArthritis),
        flagSpec(Var::CkdStage35, QStringLiteral("recorded diagnosis, never derived from egfr")),
        flagSpec(Var::SevereMentalIllness),
        flagSpec(Var::Sle),
        flagSpec(Var::BpTreated),
        InputSpec{Var::Cvd,
                  QString(),
                  0,
                  1,
                  true,
                  QStringLiteral("applicability only: 1 warns (QRISK3 excludes prior CVD)")},
        InputSpec{Var::Egfr,
                  QStringLiteral("mL/min/{1.73_m2}"),
                  1,
                  200,
                  true,
                  QStringLiteral("applicability only: < 60 is a NICE exclusion")},
        InputSpec{Var::Uacr,
                  QStringLiteral("mg/g"),
                  0,
                  25000,
                  true,
                  QStringLiteral("applicability only: >= 30 mg/g is a NICE exclusion")},
    };
    card.outputs = {
        OutputSpec{QStringLiteral("cvd"), QStringLiteral("%"), 10},
        OutputSpec{QStringLiteral("heart_age"), QStringLiteral("a"), std::nullopt},
    };
    card.players = {
        PlayerGroup{QStringLiteral("smoking"), {Var::Smoking}},
        PlayerGroup{QStringLiteral("cholesterol"), {Var::TotalCholesterol, Var::HdlCholesterol}},
        PlayerGroup{QStringLiteral("blood_pressure"), {Var::Sbp, Var::SbpSd, Var::BpTreated}},
        PlayerGroup{QStringLiteral("bmi"), {Var::Bmi}},
        PlayerGroup{QStringLiteral("diabetes"), {Var::Diabetes}},
        PlayerGroup{QStringLiteral("family_history"), {Var::FamilyHistoryChd}},
        PlayerGroup{QStringLiteral("af"), {Var::Af}},
        PlayerGroup{QStringLiteral("ckd"), {Var::CkdStage35}},
        PlayerGroup{QStringLiteral("deprivation"), {Var::Townsend}},
        PlayerGroup{QStringLiteral("mental_health"),
                    {Var::SevereMentalIllness, Var::AtypicalAntipsychotic}},
        PlayerGroup{QStringLiteral("inflammatory_disease"),
                    {Var::RheumatoidArthritis, Var::Sle, Var::Corticosteroids}},
        PlayerGroup{QStringLiteral("migraine"), {Var::Migraine}},
        PlayerGroup{QStringLiteral("erectile_dysfunction"), {Var::ErectileDysfunction}},
    };
    // cvd, egfr and uacr change only warnings, never the value: held at the patient's values.
    card.heldForExplanation = {Var::Age, Var::Sex, Var::Ethnicity, Var::Cvd, Var::Egfr, Var::Uacr};

    // Reference profile = ClinRisk's healthy person (the heart-age profile): non-smoker,
    // TC 200 / HDL 50 mg/dL (ratio 4.0), SBP 125 with SD 0, untreated, BMI 25, Townsend 0,
    // no diabetes and no listed condition.
    Snapshot &r = card.reference;
    r.set(Var::Smoking, 0);
    r.set(Var::TotalCholesterol, 200);
    r.set(Var::HdlCholesterol, 50);
    r.set(Var::Sbp, kHealthySbp);
    r.set(Var::SbpSd, kHealthySbpSd);
    r.set(Var::BpTreated, 0);
    r.set(Var::Bmi, kHealthyBmi);
    r.set(Var::Townsend, kHealthyTownsend);
    r.set(Var::Diabetes, 0);
    for (Var v : {Var::FamilyHistoryChd,
                  Var::Af,
                  Var::AtypicalAntipsychotic,
                  Var::Corticosteroids,
                  Var::ErectileDysfunction,
                  Var::Migraine,
                  Var::RheumatoidArthritis,
                  Var::CkdStage35,
                  Var::SevereMentalIllness,
                  Var::Sle})
        r.set(v, 0);

    card.validationEvidence = QStringList{
        QStringLiteral(
            "tests/risk_models_b/tst_qrisk3.cpp workedExamples: all 49 rows of the ClinRisk "
            "C-code comparison set (YanLiUK/QRISK3_valid RawData/QRISK3_2019_test.csv, also "
            "shipped by CRAN QRISK3 as QRISK3_2019_test), 1 decimal, tolerance 0.05 points; "
            "BMI from weight/height as the C run used."),
        QStringLiteral("tests/risk_models_b/tst_qrisk3.cpp workedExamples: sisuhealthgroup/qrisk3 "
                       "src/qrisk3.test.js, 75 y white F 18.11 / M 24.59 % (tolerance 0.005) "
                       "and its 16 one-decimal rows (tolerance 0.05)."),
        QStringLiteral(
            "tests/risk_models_b/tst_qrisk3.cpp healthyReference: the equation-derived "
            "healthy-person scores equal ClinRisk's 2018 reference table (QRiskReference-53.cs, "
            "endeavour-predict/ep-qrisk3) at sampled ages, sexes and ethnicities to 1e-6."),
        QStringLiteral("tests/risk_models_b/tst_qrisk3.cpp: refusals, warnings, NICE category "
                       "edges, BMI limit handling, heart-age edges and row order."),
    };
    return card;
}

QString fmt(double v)
{
    return formatNumber(v);
}

} // namespace

QRisk3Model::QRisk3Model() : m_card(makeCard()), m_disclaimerOnly{m_card.disclaimer}
{
    for (int sex = 0; sex < 2; ++sex) {
        for (int eth = 1; eth <= 9; ++eth) {
            for (int age = kMinAge; age <= kMaxAge; ++age) {
                Profile p;
                p.age = age;
                p.ethnicity = eth;
                p.smoking = 0;
                p.bmi = kHealthyBmi;
                p.ratio = kHealthyRatio;
                p.sbp = kHealthySbp;
                p.sbpSd = kHealthySbpSd;
                p.town = kHealthyTownsend;
                const double score = tenYearRisk(sex == 1, p);
                // ClinRisk rounds its reference scores to 2 decimals before comparing:
                // (int)(score * 100 + 0.5) / 100.0 (QRiskReferenceScores.get_score).
                m_reference[static_cast<std::size_t>(sex)][static_cast<std::size_t>(eth - 1)]
                           [static_cast<std::size_t>(age - kMinAge)]
                    = std::floor(score * 100.0 + 0.5) / 100.0;
            }
        }
    }
}

double QRisk3Model::healthyReferenceScore(int sex, int age, int ethnicity) const
{
    return m_reference[static_cast<std::size_t>(sex)][static_cast<std::size_t>(ethnicity - 1)]
                      [static_cast<std::size_t>(age - kMinAge)];
}

void QRisk3Model::addDisclaimer(OutcomeRow &row) const
{
    // ClinRisk's licence terms: the disclaimer is held together with every score.
    if (row.messages.isEmpty())
        row.messages = m_disclaimerOnly;
    else
        row.messages.push_back(m_card.disclaimer);
    row.messageSources.push_back({kDisclaimer, {}});
}

Evaluation QRisk3Model::evaluate(const Snapshot &snapshot) const
{
    InputReader reader(snapshot, m_card);

    const std::optional<double> age = reader.require(Var::Age);
    const std::optional<double> sex = reader.requireCode(Var::Sex);

    const int ethnicity = qresearch::readEthnicity(
        reader,
        snapshot,
        QT_TRANSLATE_NOOP("precis::risk::RiskText",
                          "ethnicity is blank: computed as QRISK3's \"white or not stated\" "
                          "(code 1)"));

    const std::optional<double> town = reader.require(Var::Townsend);

    const std::optional<double> smoking
        = qresearch::requireSmokingAmount(reader, snapshot, QStringLiteral("QRISK3"));

    const std::optional<double> tc = reader.require(Var::TotalCholesterol);
    const std::optional<double> hdl = reader.require(Var::HdlCholesterol);
    double ratio = 0;
    if (tc && hdl) {
        ratio = *tc / *hdl;
        if (!(ratio >= kMinRatio && ratio <= kMaxRatio)) {
            reader.refuse(
                {QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                   "total_cholesterol / hdl_cholesterol = %1 / %2 mg/dL = "
                                   "%3 is outside QRISK3's valid ratio range 1-12"),
                 {fmt(*tc), fmt(*hdl), fmt(ratio)}});
        }
    }
    const std::optional<double> sbp = reader.require(Var::Sbp);
    const std::optional<double> sbpSd = reader.require(Var::SbpSd);
    const std::optional<double> bmi = reader.require(Var::Bmi);
    const std::optional<double> diabetes = reader.requireCode(Var::Diabetes);

    const std::optional<double> fhCvd = reader.requireCode(Var::FamilyHistoryChd);
    const std::optional<double> af = reader.requireCode(Var::Af);
    const std::optional<double> atypical = reader.requireCode(Var::AtypicalAntipsychotic);
    const std::optional<double> steroids = reader.requireCode(Var::Corticosteroids);
    const std::optional<double> migraine = reader.requireCode(Var::Migraine);
    const std::optional<double> ra = reader.requireCode(Var::RheumatoidArthritis);
    const std::optional<double> renal = reader.requireCode(Var::CkdStage35);
    const std::optional<double> smi = reader.requireCode(Var::SevereMentalIllness);
    const std::optional<double> sle = reader.requireCode(Var::Sle);
    const std::optional<double> treatedHyp = reader.requireCode(Var::BpTreated);
    const bool male = sex == 1.0;
    std::optional<double> erectile = 0.0;
    if (male)
        erectile = reader.requireCode(Var::ErectileDysfunction);

    const std::optional<double> cvd = reader.optional(Var::Cvd);
    const std::optional<double> egfr = reader.optional(Var::Egfr);
    const std::optional<double> uacr = reader.optional(Var::Uacr);

    if (reader.refused()) {
        Evaluation refused = refusedEvaluation(m_card, reader.refusals());
        for (OutcomeRow &row : refused.rows)
            addDisclaimer(row);
        return refused;
    }

    Profile p;
    p.age = *age;
    p.ethnicity = ethnicity;
    p.smoking = static_cast<int>(*smoking);
    p.ratio = ratio;
    p.sbp = *sbp;
    p.sbpSd = *sbpSd;
    p.town = *town;
    p.bmi = *bmi;
    if (*bmi < kMinBmi || *bmi > kMaxBmi) {
        p.bmi = *bmi < kMinBmi ? kMinBmi : kMaxBmi;
        reader.warn({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                       "bmi = %1 kg/m2 is outside ClinRisk's QRISK3 limits 20-40 "
                                       "kg/m2: computed with bmi = %2 kg/m2, as ClinRisk's "
                                       "calculator does"),
                     {fmt(*bmi), fmt(p.bmi)}});
    }
    p.type1 = *diabetes == 1.0 ? 1.0 : 0.0;
    p.type2 = *diabetes == 2.0 ? 1.0 : 0.0;
    p.fhCvd = *fhCvd;
    p.af = *af;
    p.atypical = *atypical;
    p.steroids = *steroids;
    p.migraine = *migraine;
    p.ra = *ra;
    p.renal = *renal;
    p.smi = *smi;
    p.sle = *sle;
    p.treatedHyp = *treatedHyp;
    p.erectile = *erectile;

    // Applicability: outside the derivation population or NICE's exclusions -> computed, with
    // a warning and without a NICE category.
    bool noCategory = false;
    if (cvd == 1.0) {
        reader.warn({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                       "cvd = 1: QRISK3 is for people without cardiovascular "
                                       "disease (primary prevention); the score does not apply"),
                     {}});
        noCategory = true;
    }
    if (p.type1 == 1.0) {
        reader.warn({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                       "diabetes = type1: NICE NG238 does not use QRISK3 in type 1 "
                                       "diabetes; no category"),
                     {}});
        noCategory = true;
    }
    if (egfr && *egfr < 60.0) {
        reader.warn({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                       "egfr = %1 mL/min/{1.73_m2} < 60: NICE NG238 does not use "
                                       "QRISK3 in CKD; no category"),
                     {fmt(*egfr)}});
        noCategory = true;
    } else if (p.renal == 1.0) {
        reader.warn({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                       "ckd_stage_3_5 = 1 (eGFR < 60): NICE NG238 does not use "
                                       "QRISK3 in CKD; no category"),
                     {}});
        noCategory = true;
    }
    if (uacr && *uacr >= 30.0) {
        reader.warn(
            {QT_TRANSLATE_NOOP("precis::risk::RiskText",
                               "uacr = %1 mg/g >= 30 (albuminuria): NICE NG238 does not use "
                               "QRISK3 in CKD; no category"),
             {fmt(*uacr)}});
        noCategory = true;
    }

    const double risk = tenYearRisk(male, p);
    QString category;
    if (!noCategory)
        category = risk >= 10.0 ? QStringLiteral("high") : QStringLiteral("low");

    Evaluation evaluation;
    evaluation.modelId = m_card.id;
    evaluation.modelVersion = m_card.version;
    evaluation.rows.reserve(2);
    evaluation.rows.push_back(makeRow(m_card.outputs[0], risk, category, reader.warnings()));

    // Healthy heart age: the first integer age whose healthy reference score exceeds the
    // patient's score (ClinRisk's QRiskAge); the reference is increasing in age.
    const auto &reference = m_reference[male ? 1U : 0U][static_cast<std::size_t>(ethnicity - 1)];
    if (risk < reference.front()) {
        Messages reasons;
        reasons.append(
            {QT_TRANSLATE_NOOP(
                 "precis::risk::RiskText",
                 "heart_age: below 25 years; the 10-year risk %1 % is lower than a healthy "
                 "25-year-old's %2 %, and QRISK3 has no healthy reference below age 25"),
             {fmt(risk), fmt(reference.front())}});
        evaluation.rows.push_back(refusedRow(m_card.outputs[1], reasons));
    } else if (!(risk < reference.back())) {
        Messages reasons;
        reasons.append(
            {QT_TRANSLATE_NOOP(
                 "precis::risk::RiskText",
                 "heart_age: above 84 years; the 10-year risk %1 % is not below a healthy "
                 "84-year-old's %2 %, and QRISK3 has no healthy reference above age 84"),
             {fmt(risk), fmt(reference.back())}});
        evaluation.rows.push_back(refusedRow(m_card.outputs[1], reasons));
    } else {
        int heartAge = kMaxAge;
        for (int i = 0; i < kAgeCount; ++i) {
            if (reference[static_cast<std::size_t>(i)] > risk) {
                heartAge = kMinAge + i;
                break;
            }
        }
        evaluation.rows.push_back(makeRow(
            m_card.outputs[1], static_cast<double>(heartAge), QString(), reader.warnings()));
    }
    for (OutcomeRow &row : evaluation.rows)
        addDisclaimer(row);
    evaluation.inputs = reader.takeUsed();
    return evaluation;
}

std::unique_ptr<RiskModel> makeQRisk3Model()
{
    return std::make_unique<QRisk3Model>();
}

} // namespace precis::risk::models
