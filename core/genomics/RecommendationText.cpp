// SPDX-License-Identifier: GPL-3.0-or-later
// The actions and classifications of resources/genomics/recommendations.json as translatable
// literals (generated from the data file; tests/genomics/tst_pgxrecommendations checks that
// every action and classification of the shipped file is listed here).
#include "core/genomics/RecommendationText.h"

#include <QString>

namespace precis::genomics {

const char *recommendationTextSource(const QString &english)
{
    static const char *const kTexts[] = {
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "no genotype-based change: usual label dose"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "strong"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "start at half the usual dose (50 % reduction), then raise or lower by "
                          "toxicity or drug-level monitoring"),
        QT_TRANSLATE_NOOP(
            "precis::genomics::RecommendationText",
            "start at half the usual dose (50 % reduction), then raise or lower by toxicity or "
            "drug-level monitoring; c.2846A>T homozygotes may need a larger reduction"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "moderate"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "start at half the usual dose (50 % reduction, activity score 1 or 1.5), "
                          "then titrate by toxicity or drug-level monitoring"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "strong (activity score 1), moderate (activity score 1.5)"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "avoid fluorouracil and its prodrugs; only if no alternative is "
                          "suitable, a strongly reduced dose with early drug-level monitoring"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "avoid fluorouracil and its prodrugs"),
        QT_TRANSLATE_NOOP(
            "precis::genomics::RecommendationText",
            "avoid fluorouracil and its prodrugs (activity score 0 or 0.5; at 0.5, only if no "
            "alternative, a strongly reduced dose with early drug-level monitoring)"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "usual starting dose (e.g. 75 mg/m2/day or 1.5 mg/kg/day); no special "
                          "emphasis on mercaptopurine when adjusting"),
        QT_TRANSLATE_NOOP(
            "precis::genomics::RecommendationText",
            "usual starting dose (e.g. 2-3 mg/kg/day), adjusted by disease-specific guidelines"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "usual starting dose; no special emphasis on thioguanine when adjusting"),
        QT_TRANSLATE_NOOP(
            "precis::genomics::RecommendationText",
            "if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 30-80 % of it "
            "and adjust by myelosuppression; 2-4 weeks to steady state"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "if the usual start is at least 2 mg/kg/day, start at 30-80 % of it and "
                          "adjust by myelosuppression; 2-4 weeks to steady state"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "if the usual start is at least 40 mg/m2/day, start at 30-80 % of it and "
                          "adjust by myelosuppression; 2-4 weeks to steady state"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "malignancy: cut the daily dose tenfold and give it three times a week "
                          "instead of daily, 4-6 weeks to steady state; non-malignant disease: "
                          "consider a non-thiopurine immunosuppressant"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "consider a non-thiopurine immunosuppressant"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "cut the daily dose tenfold and give it three times a week instead of "
                          "daily, adjust by myelosuppression; 4-6 weeks to steady state"),
        QT_TRANSLATE_NOOP(
            "precis::genomics::RecommendationText",
            "malignancy: cut the daily dose tenfold and give it three times a week instead of "
            "daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant "
            "disease: consider a non-thiopurine immunosuppressant"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "consider measuring TPMT activity in red cells to settle the phenotype; "
                          "if a thiopurine is needed meanwhile, monitor closely for toxicity"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "if a thiopurine is needed while NUDT15 status is unknown, monitor "
                          "closely for toxicity"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "intermediate for both TPMT and NUDT15: if the usual start is at least "
                          "75 mg/m2/day or 1.5 mg/kg/day, start at 20-50 % of it and adjust by "
                          "myelosuppression; 2-4 weeks to steady state"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "intermediate for both TPMT and NUDT15: if the usual start is at least 2 "
                          "mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 "
                          "weeks to steady state"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "intermediate for both TPMT and NUDT15: if the usual start is at least "
                          "40 mg/m2/day, start at 20-50 % of it and adjust by myelosuppression; "
                          "2-4 weeks to steady state"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "poor for TPMT or NUDT15 and the other intermediate or poor: consider a "
                          "non-thiopurine immunosuppressant"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "poor for TPMT or NUDT15 and the other intermediate or poor: malignancy: "
                          "cut the daily dose tenfold and give it three times a week instead of "
                          "daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; "
                          "non-malignant disease: consider a non-thiopurine immunosuppressant"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "poor for TPMT or NUDT15 and the other intermediate or poor: cut the "
                          "daily dose tenfold and give it three times a week instead of daily, "
                          "adjust by myelosuppression; 4-6 weeks to steady state"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "poor metaboliser (e.g. *28/*28, *6/*6, *6/*28): start at 70 % of the "
                          "usual dose, raise it by the neutrophil count if tolerated"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "DPWG: genotyping essential"),
        QT_TRANSLATE_NOOP(
            "precis::genomics::RecommendationText",
            "*28 homozygotes: consider starting at least one dose level lower (label)"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "label"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "intermediate metaboliser: no dose change"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "DPWG: no action"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "no genotype-based change: usual dose"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "DPWG: no recommendation"),
        QT_TRANSLATE_NOOP(
            "precis::genomics::RecommendationText",
            "avoid clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated "
            "(after stroke or TIA: ticagrelor; prasugrel is contraindicated)"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "strong after ACS/PCI, moderate in neurovascular disease"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "avoid standard-dose (75 mg) clopidogrel; prasugrel or ticagrelor at "
                          "standard dose if not contraindicated (after stroke or TIA: ticagrelor)"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "no genotype-based change: standard dose (75 mg/day)"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "avoid simvastatin; choose another statin"),
        QT_TRANSLATE_NOOP(
            "precis::genomics::RecommendationText",
            "start at 20 mg or less; above 20 mg consider rosuvastatin or a combination"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "start at 20 mg or less"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "start at 40 mg or less"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "start at 1 mg or less"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "start at 40 mg/day or less"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "choose another statin"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "choose another statin, or below 20 mg/day if simvastatin is warranted"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "start at 40 mg or less; above 40 mg consider a combination"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "start at 2 mg or less"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "no SLCO1B1-based limit: desired starting dose"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "ABCG2 poor function with SLCO1B1 poor or decreased function: start at "
                          "10 mg or less"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "choose another statin, or 20 mg/day or less if lovastatin is warranted"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "SLCO1B1 and CYP2C9 together: choose another statin"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "SLCO1B1 and CYP2C9 together: start at 20 mg/day or less"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "optional"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText", "start at 20 mg/day or less"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "no ABCG2-based limit: desired starting dose"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "no CYP2C9-based limit: desired starting dose"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "dose by a validated pharmacogenetic algorithm with VKORC1, or consider "
                          "another anticoagulant"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "dose by a validated pharmacogenetic algorithm with VKORC1"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "dose by a validated pharmacogenetic algorithm with CYP2C9 (rs9923231 "
                          "genotype as input)"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "dose 5-10 % above the algorithm's estimate"),
        QT_TRANSLATE_NOOP(
            "precis::genomics::RecommendationText",
            "*3 carrier (rs2108622 T, also in *4): dose 5-10 % above the algorithm's estimate"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "no *3 allele: no CYP4F2 adjustment to the algorithm's estimate"),
        QT_TRANSLATE_NOOP("precis::genomics::RecommendationText",
                          "no CYP4F2 adjustment to the algorithm's estimate"),
    };
    for (const char *t : kTexts) {
        if (english == QLatin1String(t))
            return t;
    }
    return nullptr;
}

} // namespace precis::genomics
