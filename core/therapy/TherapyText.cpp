// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/therapy/TherapyText.h"

#include <QString>

namespace precis::therapy {

const char *pgxNoteFrame()
{
    return QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "%1 %2: %3 (CPIC %4, %5)");
}

const char *optionNameSource(QStringView optionId)
{
    struct Name
    {
        const char *id;
        const char *source;
    };
    // The `what` of each option in resources/knowledge/options.json, marked for lupdate.
    static const Name names[] = {
        {"statin_moderate",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "Moderate-intensity statin (LDL-C lowered by 30-49 %)")},
        {"statin_high",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "High-intensity statin (LDL-C lowered by >= 50 %)")},
        {"ezetimibe",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "Ezetimibe (added to the maximally tolerated statin, or without a "
                           "statin when statins are not tolerated)")},
        {"bp_one_drug",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "One more blood-pressure-lowering drug at standard dose")},
        {"bp_two_drugs",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "Start two first-line blood-pressure-lowering drugs of different "
                           "classes at standard dose")},
        {"bp_to_target",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "Blood pressure treated to the target below 130/80 mm Hg")},
        {"smoking_cessation",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "Stop smoking (advice plus behavioural support and pharmacotherapy)")},
        {"aspirin_primary",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "Low-dose aspirin (75-100 mg daily) for primary prevention")},
        {"oral_anticoagulation",
         QT_TRANSLATE_NOOP(
             "precis::therapy::TherapyText",
             "Oral anticoagulation in atrial fibrillation or flutter (a DOAC, or warfarin with a "
             "mechanical valve or moderate-to-severe mitral stenosis)")},
        {"nephrology_referral",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "Referral to specialist kidney care")},
        {"sglt2_inhibitor",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "SGLT2 inhibitor (dapagliflozin, empagliflozin or another agent with "
                           "kidney or heart-failure outcome data)")},
        {"ras_inhibitor",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "Renin-angiotensin system inhibitor (ACE inhibitor or ARB) at the "
                           "highest approved dose tolerated")},
        {"dpp_lifestyle",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "Intensive lifestyle programme modelled on the Diabetes Prevention "
                           "Program (7 % weight loss, 150 min/week of moderate activity)")},
        {"dpp_metformin",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "Metformin 850 mg twice daily for diabetes prevention")},
        {"glp1_ra",
         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                           "GLP-1 receptor agonist with proven cardiovascular benefit "
                           "(liraglutide, semaglutide or dulaglutide)")},
    };
    for (const Name &name : names) {
        if (optionId == QLatin1StringView(name.id))
            return name.source;
    }
    return nullptr;
}

const char *knowledgeTextSource(QStringView english)
{
    // The texts of resources/knowledge/options-*.json the engine puts into reasons, and the
    // combination rule, marked for lupdate; the same words in every released version.
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                          "Relative risks of several options are multiplied (independence "
                          "assumed) and applied on the hazard scale: risk_with = 1 - (1 - "
                          "risk)^(RR1 x RR2 x ...)."),
        // effect.per of a relative risk per unit
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "1.0 mmol/L LDL-C lowered"),
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "10 mm[Hg] SBP lowered"),
        // effect.endpoint of a relative risk
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                          "serious vascular events (myocardial infarction, stroke or vascular "
                          "death), primary prevention trials"),
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                          "stroke, adjusted-dose warfarin vs control (6 trials, 2900 "
                          "participants)"),
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                          "diabetes incidence over 10 years since randomisation, lifestyle vs "
                          "placebo"),
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                          "diabetes incidence over 10 years since randomisation, metformin vs "
                          "placebo"),
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                          "major adverse cardiovascular events (cardiovascular death, myocardial "
                          "infarction or stroke), 8 trials in type 2 diabetes"),
        // effect.change of a model re-run
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "smoking = former"),
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                          "sbp = 130 mm[Hg] (the target), bp_treated kept as recorded"),
        // effect.harm
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                          "major gastrointestinal and extracranial bleeding RR 1.54 (95% CI "
                          "1.30-1.82)"),
        // effect.assumption of an option without a relative risk
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                          "SMART-C's RR 0.63 is for a kidney-disease progression composite "
                          "(sustained >= 50 % eGFR decline, sustained low eGFR, end-stage kidney "
                          "disease or death from kidney failure), not the KFRE's kidney failure: "
                          "it is not applied to kfre-4"),
        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                          "no relative risk for kidney failure in the knowledge base"),
    };
    for (const char *text : texts) {
        if (english == QLatin1StringView(text))
            return text;
    }
    return nullptr;
}

} // namespace precis::therapy
