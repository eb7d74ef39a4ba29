// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/ModelCatalog.h"

namespace precis::ui {

namespace {

bool startsWith(const QString &id, const char *prefix)
{
    return id.startsWith(QLatin1String(prefix));
}

} // namespace

ClinicalArea ModelCatalog::area(const QString &id)
{
    if (startsWith(id, "pce") || startsWith(id, "prevent") || id == QLatin1String("qrisk3")
        || startsWith(id, "score2") || startsWith(id, "framingham"))
        return ClinicalArea::Cardiovascular;
    if (startsWith(id, "kfre") || startsWith(id, "ckd-epi"))
        return ClinicalArea::Kidney;
    if (startsWith(id, "qdiabetes") || id == QLatin1String("findrisc"))
        return ClinicalArea::Diabetes;
    if (startsWith(id, "cha2ds2") || id == QLatin1String("has-bled"))
        return ClinicalArea::AtrialFibrillation;
    return ClinicalArea::Other;
}

QString ModelCatalog::areaName(ClinicalArea area)
{
    switch (area) {
    case ClinicalArea::Cardiovascular:
        return tr("Cardiovascular");
    case ClinicalArea::Kidney:
        return tr("Kidney");
    case ClinicalArea::Diabetes:
        return tr("Diabetes onset");
    case ClinicalArea::AtrialFibrillation:
        return tr("Atrial fibrillation");
    case ClinicalArea::Other:
        break;
    }
    return tr("Other");
}

QStringList ModelCatalog::primaryModels(GuidelineRegion region)
{
    // US: 2018 ACC/AHA cholesterol guideline (PCE) and the AHA's PREVENT (2023); UK: NICE
    // NG238 (QRISK3) and NICE PH38 (QDiabetes); Europe: 2021 ESC prevention guideline
    // (SCORE2/SCORE2-OP) and FINDRISC (2019 ESC diabetes guideline). Kidney (KDIGO 2024: KFRE,
    // CKD-EPI 2021) and atrial fibrillation (2023 ACC/AHA: CHA2DS2-VASc; 2024 ESC: CHA2DS2-VA;
    // HAS-BLED) are the same everywhere but for the stroke score's sex criterion.
    switch (region) {
    case GuidelineRegion::Us:
        return {QStringLiteral("pce"),
                QStringLiteral("prevent"),
                QStringLiteral("kfre-4"),
                QStringLiteral("ckd-epi-2021"),
                QStringLiteral("cha2ds2-vasc"),
                QStringLiteral("has-bled")};
    case GuidelineRegion::Uk:
        return {QStringLiteral("qrisk3"),
                QStringLiteral("qdiabetes-2018"),
                QStringLiteral("kfre-4"),
                QStringLiteral("ckd-epi-2021"),
                QStringLiteral("cha2ds2-vasc"),
                QStringLiteral("has-bled")};
    case GuidelineRegion::Europe:
        return {QStringLiteral("score2"),
                QStringLiteral("findrisc"),
                QStringLiteral("kfre-4"),
                QStringLiteral("ckd-epi-2021"),
                QStringLiteral("cha2ds2-va"),
                QStringLiteral("has-bled")};
    }
    return {};
}

bool ModelCatalog::isPrimary(GuidelineRegion region, const QString &modelId)
{
    return primaryModels(region).contains(modelId);
}

QString ModelCatalog::regionName(GuidelineRegion region)
{
    switch (region) {
    case GuidelineRegion::Uk:
        return tr("United Kingdom (NICE)");
    case GuidelineRegion::Europe:
        return tr("Europe (ESC)");
    case GuidelineRegion::Us:
        break;
    }
    return tr("United States (ACC/AHA)");
}

QString ModelCatalog::outcomeName(const QString &o)
{
    if (o == QLatin1String("ascvd"))
        return tr("Atherosclerotic cardiovascular disease");
    if (o == QLatin1String("ascvd_optimal"))
        return tr("ASCVD risk with optimal risk factors");
    if (o == QLatin1String("total_cvd") || o == QLatin1String("cvd"))
        return tr("Cardiovascular disease");
    if (o == QLatin1String("cvd_lifetime"))
        return tr("Lifetime cardiovascular disease");
    if (o == QLatin1String("heart_failure"))
        return tr("Heart failure");
    if (o == QLatin1String("chd"))
        return tr("Coronary heart disease");
    if (o == QLatin1String("stroke"))
        return tr("Stroke");
    if (o == QLatin1String("heart_age"))
        return tr("Heart age");
    if (o == QLatin1String("kidney_failure"))
        return tr("Kidney failure");
    if (o == QLatin1String("egfr"))
        return tr("Estimated GFR");
    if (o == QLatin1String("type2_diabetes"))
        return tr("Type 2 diabetes");
    if (o == QLatin1String("score"))
        return tr("Score");
    if (o == QLatin1String("stroke_rate_annual"))
        return tr("Stroke or thromboembolism per year");
    if (o == QLatin1String("major_bleeding_annual") || o == QLatin1String("bleeding_rate_annual"))
        return tr("Major bleeding per year");
    if (o.startsWith(QLatin1String("cvd_")) || o.startsWith(QLatin1String("fatal")))
        return tr("Cardiovascular events");
    return o;
}

QString ModelCatalog::outcomeEvent(const QString &o)
{
    if (o == QLatin1String("ascvd"))
        //: Icon array sentence: "Of 100 people like you, about %1 %2 in the next %3 years."
        return tr("will have a heart attack or stroke");
    if (o == QLatin1String("total_cvd") || o == QLatin1String("cvd"))
        return tr("will have a heart attack, stroke or heart failure");
    if (o == QLatin1String("heart_failure"))
        return tr("will develop heart failure");
    if (o == QLatin1String("chd"))
        return tr("will have a heart attack");
    if (o == QLatin1String("stroke"))
        return tr("will have a stroke");
    if (o == QLatin1String("kidney_failure"))
        return tr("will need dialysis or a kidney transplant");
    if (o == QLatin1String("type2_diabetes"))
        return tr("will develop type 2 diabetes");
    return {};
}

QString ModelCatalog::categoryName(const QString &t)
{
    if (t.isEmpty())
        return {};
    if (t == QLatin1String("low"))
        return tr("Low");
    if (t == QLatin1String("borderline"))
        return tr("Borderline");
    if (t == QLatin1String("intermediate"))
        return tr("Intermediate");
    if (t == QLatin1String("high"))
        return tr("High");
    if (t == QLatin1String("very_high"))
        return tr("Very high");
    if (t == QLatin1String("moderate"))
        return tr("Moderate");
    if (t == QLatin1String("low_to_moderate"))
        return tr("Low to moderate");
    if (t == QLatin1String("slightly_elevated"))
        return tr("Slightly elevated");
    if (t == QLatin1String("referral"))
        //: KFRE category (KDIGO 2024): refer to nephrology
        return tr("Nephrology referral");
    if (t == QLatin1String("multidisciplinary"))
        return tr("Multidisciplinary care");
    if (t == QLatin1String("krt_planning"))
        //: KRT = kidney replacement therapy
        return tr("Plan kidney replacement therapy");
    // KDIGO GFR categories (G1..G5) and other codes are shown as written.
    return t;
}

QString ModelCatalog::playerName(const QString &t)
{
    static const struct
    {
        const char *token;
        const char *words;
    } kNames[] = {
        {"smoking", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Smoking")},
        {"cholesterol", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Cholesterol")},
        {"blood_pressure", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Blood pressure")},
        {"sbp", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Systolic blood pressure")},
        {"bp_treated", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "BP treatment")},
        {"bmi", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Body mass index")},
        {"diabetes", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Diabetes")},
        {"family_history", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Family history")},
        {"af", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Atrial fibrillation")},
        {"ckd", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Chronic kidney disease")},
        {"deprivation", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Deprivation")},
        {"mental_health", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Mental health")},
        {"inflammatory_disease",
         QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Inflammatory disease")},
        {"migraine", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Migraine")},
        {"erectile_dysfunction",
         QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Erectile dysfunction")},
        {"egfr", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "eGFR")},
        {"uacr", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Albuminuria (UACR)")},
        {"calcium", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Calcium")},
        {"phosphate", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Phosphate")},
        {"albumin", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Albumin")},
        {"bicarbonate", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Bicarbonate")},
        {"hba1c", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "HbA1c")},
        {"sdi", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Social deprivation")},
        {"kidney", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Kidney function")},
        {"statin", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Statin")},
        {"weight", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Weight")},
        {"waist", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Waist")},
        {"activity", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Physical activity")},
        {"diet", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Diet")},
        {"glucose", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Glucose")},
        {"hypertension", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Hypertension")},
        {"alcohol_excess", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Alcohol excess")},
        {"antiplatelet_or_nsaid",
         QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Antiplatelet or NSAID")},
        {"atypical_antipsychotic",
         QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Atypical antipsychotic")},
        {"bp_treated_ever", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "BP treatment ever")},
        {"corticosteroids", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Corticosteroids")},
        {"creatinine", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Creatinine")},
        {"cvd", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Cardiovascular disease")},
        {"gestational_diabetes",
         QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Gestational diabetes")},
        {"heart_failure", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Heart failure")},
        {"high_glucose_history",
         QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "High glucose history")},
        {"labile_inr", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Labile INR")},
        {"learning_disability",
         QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Learning disability")},
        {"liver", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Liver function")},
        {"pcos", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Polycystic ovary syndrome")},
        {"physical_activity", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Physical activity")},
        {"prior_stroke", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Prior stroke")},
        {"renal", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Renal function")},
        {"schizophrenia_or_bipolar",
         QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Schizophrenia or bipolar disorder")},
        {"stroke_tia_te",
         QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Stroke, TIA or thromboembolism")},
        {"treated_hypertension",
         QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Treated hypertension")},
        {"vascular_disease", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Vascular disease")},
        {"vegetables", QT_TRANSLATE_NOOP("precis::ui::ModelCatalog", "Vegetables daily")},
    };
    for (const auto &n : kNames) {
        if (t == QLatin1String(n.token))
            return tr(n.words);
    }
    QString words = t;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString ModelCatalog::populationNote(const QString &id)
{
    if (id == QLatin1String("pce"))
        return tr("US cohorts from 1968 to 1990, ages 40 to 79; first heart attack or stroke "
                  "within 10 years; uses race (white or African American).");
    if (id.startsWith(QLatin1String("prevent")))
        return tr("6.6 million US adults from 1992 to 2017, ages 30 to 79; includes heart "
                  "failure in total CVD; no race input; kidney function and optional UACR, HbA1c "
                  "and social deprivation.");
    if (id == QLatin1String("qrisk3"))
        return tr("English general practices from 1998 to 2015, ages 25 to 84; heart attack, "
                  "stroke or TIA within 10 years; ethnicity and Townsend deprivation.");
    if (id.startsWith(QLatin1String("score2")))
        return tr("European cohorts recalibrated to four risk regions; fatal and non-fatal "
                  "heart attack and stroke within 10 years; ages 40 to 69 (SCORE2) and 70 to 89 "
                  "(SCORE2-OP).");
    if (id.startsWith(QLatin1String("framingham")))
        return tr("Framingham offspring, Massachusetts, 1968 to 1987; general cardiovascular "
                  "disease including heart failure and claudication.");
    if (id == QLatin1String("pce-lifetime"))
        return tr("Lifetime risk from pooled US cohorts, ages 20 to 59.");
    return {};
}

bool ModelCatalog::usesRace(const QString &id)
{
    return id == QLatin1String("pce") || id == QLatin1String("pce-lifetime");
}

} // namespace precis::ui
