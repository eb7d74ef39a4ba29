<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Main</name>
    <message>
        <source>Precis Cannot Start</source>
        <translation>Precis Cannot Start</translation>
    </message>
    <message>
        <source>A start-up self-test of the cryptography or the database library failed, so Precis will not open any vault on this computer.

%1

Reinstall Precis or ask your administrator.</source>
        <translation>A start-up self-test of the cryptography or the database library failed, so Precis will not open any vault on this computer.

%1

Reinstall Precis or ask your administrator.</translation>
    </message>
</context>
<context>
    <name>precis::genomics::CallNote</name>
    <message>
        <source>no defined allele explains the genotype at %1 (novel variant?)</source>
        <translation>no defined allele explains the genotype at %1 (novel variant?)</translation>
    </message>
    <message>
        <source>phase between the phase sets is unknown: the lowest score of their orientations is used</source>
        <translation>phase between the phase sets is unknown: the lowest score of their orientations is used</translation>
    </message>
    <message>
        <source>%1 variant alleles found (%2), phased: CPIC&apos;s rule counts the allele of lowest activity on each haplotype</source>
        <translation>%1 variant alleles found (%2), phased: CPIC&apos;s rule counts the allele of lowest activity on each haplotype</translation>
    </message>
    <message>
        <source>%1 variant alleles found (%2), more than a pair explains unphased: CPIC&apos;s rule counts the two of lowest activity</source>
        <translation>%1 variant alleles found (%2), more than a pair explains unphased: CPIC&apos;s rule counts the two of lowest activity</translation>
    </message>
    <message>
        <source>%1 of %2 definition positions untested</source>
        <translation>%1 of %2 definition positions untested</translation>
    </message>
    <message>
        <source>%1 failed the file&apos;s filters and count as untested (FILTER not PASS): %2</source>
        <translation>%1 failed the file&apos;s filters and count as untested (FILTER not PASS): %2</translation>
    </message>
    <message>
        <source>%1 positions not in the file taken as reference (--assume-ref): %2</source>
        <translation>%1 positions not in the file taken as reference (--assume-ref): %2</translation>
    </message>
    <message>
        <source>%1 undetectable: testing one of %2 would settle it</source>
        <translation>%1 undetectable: testing one of %2 would settle it</translation>
    </message>
    <message>
        <source>%1 diplotypes fit the tested positions</source>
        <translation>%1 diplotypes fit the tested positions</translation>
    </message>
    <message>
        <source>%1 undetectable: testing %2 would settle it</source>
        <translation>%1 undetectable: testing %2 would settle it</translation>
    </message>
    <message>
        <source>no pair of defined alleles explains the genotype (novel or combined allele?)</source>
        <translation>no pair of defined alleles explains the genotype (novel or combined allele?)</translation>
    </message>
    <message>
        <source>untested positions taken as reference; also consistent with %1</source>
        <translation>untested positions taken as reference; also consistent with %1</translation>
    </message>
    <message>
        <source>inferred: %1 rests on tag positions; %2 not tested</source>
        <translation>inferred: %1 rests on tag positions; %2 not tested</translation>
    </message>
    <message>
        <source>ambiguous unphased genotype: candidate diplotypes %1</source>
        <translation>ambiguous unphased genotype: candidate diplotypes %1</translation>
    </message>
    <message>
        <source>an allele of uncertain or unknown function has no CPIC activity value</source>
        <translation>an allele of uncertain or unknown function has no CPIC activity value</translation>
    </message>
    <message>
        <source>no CPIC phenotype for %1 (allele of unknown or uncertain function)</source>
        <translation>no CPIC phenotype for %1 (allele of unknown or uncertain function)</translation>
    </message>
    <message>
        <source>CPIC defines no phenotype for %1</source>
        <translation>CPIC defines no phenotype for %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>typed in, stored as reported</source>
        <translation>typed in, stored as reported</translation>
    </message>
    <message>
        <source>phenotype as reported; Precis&apos;s definitions give %1 for %2</source>
        <translation>phenotype as reported; Precis&apos;s definitions give %1 for %2</translation>
    </message>
    <message>
        <source>synthetic demo result</source>
        <translation>synthetic demo result</translation>
    </message>
</context>
<context>
    <name>precis::genomics::RecommendationText</name>
    <message>
        <source>no genotype-based change: usual label dose</source>
        <translation>no genotype-based change: usual label dose</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>start at half the usual dose (50 % reduction), then raise or lower by toxicity or drug-level monitoring</source>
        <translation>start at half the usual dose (50 % reduction), then raise or lower by toxicity or drug-level monitoring</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>start at half the usual dose (50 % reduction, activity score 1 or 1.5), then titrate by toxicity or drug-level monitoring</source>
        <translation>start at half the usual dose (50 % reduction, activity score 1 or 1.5), then titrate by toxicity or drug-level monitoring</translation>
    </message>
    <message>
        <source>strong (activity score 1), moderate (activity score 1.5)</source>
        <translation>strong (activity score 1), moderate (activity score 1.5)</translation>
    </message>
    <message>
        <source>avoid fluorouracil and its prodrugs; only if no alternative is suitable, a strongly reduced dose with early drug-level monitoring</source>
        <translation>avoid fluorouracil and its prodrugs; only if no alternative is suitable, a strongly reduced dose with early drug-level monitoring</translation>
    </message>
    <message>
        <source>avoid fluorouracil and its prodrugs</source>
        <translation>avoid fluorouracil and its prodrugs</translation>
    </message>
    <message>
        <source>avoid fluorouracil and its prodrugs (activity score 0 or 0.5; at 0.5, only if no alternative, a strongly reduced dose with early drug-level monitoring)</source>
        <translation>avoid fluorouracil and its prodrugs (activity score 0 or 0.5; at 0.5, only if no alternative, a strongly reduced dose with early drug-level monitoring)</translation>
    </message>
    <message>
        <source>usual starting dose (e.g. 75 mg/m2/day or 1.5 mg/kg/day); no special emphasis on mercaptopurine when adjusting</source>
        <translation>usual starting dose (e.g. 75 mg/m2/day or 1.5 mg/kg/day); no special emphasis on mercaptopurine when adjusting</translation>
    </message>
    <message>
        <source>usual starting dose (e.g. 2-3 mg/kg/day), adjusted by disease-specific guidelines</source>
        <translation>usual starting dose (e.g. 2-3 mg/kg/day), adjusted by disease-specific guidelines</translation>
    </message>
    <message>
        <source>usual starting dose; no special emphasis on thioguanine when adjusting</source>
        <translation>usual starting dose; no special emphasis on thioguanine when adjusting</translation>
    </message>
    <message>
        <source>if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>malignancy: cut the daily dose tenfold and give it three times a week instead of daily, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>malignancy: cut the daily dose tenfold and give it three times a week instead of daily, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>if a thiopurine is needed while NUDT15 status is unknown, monitor closely for toxicity</source>
        <translation>if a thiopurine is needed while NUDT15 status is unknown, monitor closely for toxicity</translation>
    </message>
    <message>
        <source>poor metaboliser (e.g. *28/*28, *6/*6, *6/*28): start at 70 % of the usual dose, raise it by the neutrophil count if tolerated</source>
        <translation>poor metaboliser (e.g. *28/*28, *6/*6, *6/*28): start at 70 % of the usual dose, raise it by the neutrophil count if tolerated</translation>
    </message>
    <message>
        <source>DPWG: genotyping essential</source>
        <translation>DPWG: genotyping essential</translation>
    </message>
    <message>
        <source>*28 homozygotes: consider starting at least one dose level lower (label)</source>
        <translation>*28 homozygotes: consider starting at least one dose level lower (label)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>intermediate metaboliser: no dose change</source>
        <translation>intermediate metaboliser: no dose change</translation>
    </message>
    <message>
        <source>DPWG: no action</source>
        <translation>DPWG: no action</translation>
    </message>
    <message>
        <source>no genotype-based change: usual dose</source>
        <translation>no genotype-based change: usual dose</translation>
    </message>
    <message>
        <source>avoid clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated (after stroke or TIA: ticagrelor; prasugrel is contraindicated)</source>
        <translation>avoid clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated (after stroke or TIA: ticagrelor; prasugrel is contraindicated)</translation>
    </message>
    <message>
        <source>strong after ACS/PCI, moderate in neurovascular disease</source>
        <translation>strong after ACS/PCI, moderate in neurovascular disease</translation>
    </message>
    <message>
        <source>avoid standard-dose (75 mg) clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated (after stroke or TIA: ticagrelor)</source>
        <translation>avoid standard-dose (75 mg) clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated (after stroke or TIA: ticagrelor)</translation>
    </message>
    <message>
        <source>no genotype-based change: standard dose (75 mg/day)</source>
        <translation>no genotype-based change: standard dose (75 mg/day)</translation>
    </message>
    <message>
        <source>avoid simvastatin; choose another statin</source>
        <translation>avoid simvastatin; choose another statin</translation>
    </message>
    <message>
        <source>start at 20 mg or less; above 20 mg consider rosuvastatin or a combination</source>
        <translation>start at 20 mg or less; above 20 mg consider rosuvastatin or a combination</translation>
    </message>
    <message>
        <source>start at 20 mg or less</source>
        <translation>start at 20 mg or less</translation>
    </message>
    <message>
        <source>start at 40 mg or less</source>
        <translation>start at 40 mg or less</translation>
    </message>
    <message>
        <source>start at 1 mg or less</source>
        <translation>start at 1 mg or less</translation>
    </message>
    <message>
        <source>start at 40 mg/day or less</source>
        <translation>start at 40 mg/day or less</translation>
    </message>
    <message>
        <source>choose another statin</source>
        <translation>choose another statin</translation>
    </message>
    <message>
        <source>choose another statin, or below 20 mg/day if simvastatin is warranted</source>
        <translation>choose another statin, or below 20 mg/day if simvastatin is warranted</translation>
    </message>
    <message>
        <source>start at 40 mg or less; above 40 mg consider a combination</source>
        <translation>start at 40 mg or less; above 40 mg consider a combination</translation>
    </message>
    <message>
        <source>start at 2 mg or less</source>
        <translation>start at 2 mg or less</translation>
    </message>
    <message>
        <source>no SLCO1B1-based limit: desired starting dose</source>
        <translation>no SLCO1B1-based limit: desired starting dose</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>start at 20 mg/day or less</source>
        <translation>start at 20 mg/day or less</translation>
    </message>
    <message>
        <source>no ABCG2-based limit: desired starting dose</source>
        <translation>no ABCG2-based limit: desired starting dose</translation>
    </message>
    <message>
        <source>no CYP2C9-based limit: desired starting dose</source>
        <translation>no CYP2C9-based limit: desired starting dose</translation>
    </message>
    <message>
        <source>dose by a validated pharmacogenetic algorithm with VKORC1, or consider another anticoagulant</source>
        <translation>dose by a validated pharmacogenetic algorithm with VKORC1, or consider another anticoagulant</translation>
    </message>
    <message>
        <source>dose by a validated pharmacogenetic algorithm with VKORC1</source>
        <translation>dose by a validated pharmacogenetic algorithm with VKORC1</translation>
    </message>
    <message>
        <source>dose by a validated pharmacogenetic algorithm with CYP2C9 (rs9923231 genotype as input)</source>
        <translation>dose by a validated pharmacogenetic algorithm with CYP2C9 (rs9923231 genotype as input)</translation>
    </message>
    <message>
        <source>dose 5-10 % above the algorithm&apos;s estimate</source>
        <translation>dose 5-10 % above the algorithm&apos;s estimate</translation>
    </message>
    <message>
        <source>*3 carrier (rs2108622 T, also in *4): dose 5-10 % above the algorithm&apos;s estimate</source>
        <translation>*3 carrier (rs2108622 T, also in *4): dose 5-10 % above the algorithm&apos;s estimate</translation>
    </message>
    <message>
        <source>no *3 allele: no CYP4F2 adjustment to the algorithm&apos;s estimate</source>
        <translation>no *3 allele: no CYP4F2 adjustment to the algorithm&apos;s estimate</translation>
    </message>
    <message>
        <source>no CYP4F2 adjustment to the algorithm&apos;s estimate</source>
        <translation>no CYP4F2 adjustment to the algorithm&apos;s estimate</translation>
    </message>
    <message>
        <source>start at half the usual dose (50 % reduction), then raise or lower by toxicity or drug-level monitoring; c.2846A&gt;T homozygotes may need a larger reduction</source>
        <translation>start at half the usual dose (50 % reduction), then raise or lower by toxicity or drug-level monitoring; c.2846A&gt;T homozygotes may need a larger reduction</translation>
    </message>
    <message>
        <source>consider measuring TPMT activity in red cells to settle the phenotype; if a thiopurine is needed meanwhile, monitor closely for toxicity</source>
        <translation>consider measuring TPMT activity in red cells to settle the phenotype; if a thiopurine is needed meanwhile, monitor closely for toxicity</translation>
    </message>
    <message>
        <source>DPWG: no recommendation</source>
        <translation>DPWG: no recommendation</translation>
    </message>
    <message>
        <source>ABCG2 poor function with SLCO1B1 poor or decreased function: start at 10 mg or less</source>
        <translation>ABCG2 poor function with SLCO1B1 poor or decreased function: start at 10 mg or less</translation>
    </message>
    <message>
        <source>choose another statin, or 20 mg/day or less if lovastatin is warranted</source>
        <translation>choose another statin, or 20 mg/day or less if lovastatin is warranted</translation>
    </message>
    <message>
        <source>SLCO1B1 and CYP2C9 together: choose another statin</source>
        <translation>SLCO1B1 and CYP2C9 together: choose another statin</translation>
    </message>
    <message>
        <source>SLCO1B1 and CYP2C9 together: start at 20 mg/day or less</source>
        <translation>SLCO1B1 and CYP2C9 together: start at 20 mg/day or less</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediate for both TPMT and NUDT15: if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 2 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediate for both TPMT and NUDT15: if the usual start is at least 2 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 40 mg/m2/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediate for both TPMT and NUDT15: if the usual start is at least 40 mg/m2/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>if the usual start is at least 2 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>if the usual start is at least 2 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>if the usual start is at least 40 mg/m2/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>if the usual start is at least 40 mg/m2/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: consider a non-thiopurine immunosuppressant</source>
        <translation>poor for TPMT or NUDT15 and the other intermediate or poor: consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>poor for TPMT or NUDT15 and the other intermediate or poor: malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</source>
        <translation>poor for TPMT or NUDT15 and the other intermediate or poor: cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</translation>
    </message>
    <message>
        <source>consider a non-thiopurine immunosuppressant</source>
        <translation>consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</source>
        <translation>cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</translation>
    </message>
    <message>
        <source>malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</translation>
    </message>
</context>
<context>
    <name>precis::risk::RiskText</name>
    <message>
        <source>%1 = %2 is outside the valid values %3; not used</source>
        <translation>%1 = %2 is outside the valid values %3; not used</translation>
    </message>
    <message>
        <source>%1 = %2 is outside the valid values %3</source>
        <translation>%1 = %2 is outside the valid values %3</translation>
    </message>
    <message>
        <source>%1 = %2 is outside the valid range %3; not used</source>
        <translation>%1 = %2 is outside the valid range %3; not used</translation>
    </message>
    <message>
        <source>%1 = %2 is outside the valid range %3</source>
        <translation>%1 = %2 is outside the valid range %3</translation>
    </message>
    <message>
        <source>%1 is missing; required (valid values %2)</source>
        <translation>%1 is missing; required (valid values %2)</translation>
    </message>
    <message>
        <source>%1 is missing; required (valid range %2)</source>
        <translation>%1 is missing; required (valid range %2)</translation>
    </message>
    <message>
        <source>%1: not an input of %2 (internal error)</source>
        <translation>%1: not an input of %2 (internal error)</translation>
    </message>
    <message>
        <source>%1 = %2 is not a valid code (codes are whole numbers)</source>
        <translation>%1 = %2 is not a valid code (codes are whole numbers)</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>must be a positive number</translation>
    </message>
    <message>
        <source>must be a smoking code 0..5</source>
        <translation>must be a smoking code 0..5</translation>
    </message>
    <message>
        <source>BMI was derived but the height is unknown</source>
        <translation>BMI was derived but the height is unknown</translation>
    </message>
    <message>
        <source>bmi was recorded, not derived from weight: the recorded bmi is kept</source>
        <translation>bmi was recorded, not derived from weight: the recorded bmi is kept</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc</source>
        <translation>CHA2DS2-VASc</translation>
    </message>
    <message>
        <source>CHA2DS2-VA (ESC 2024)</source>
        <translation>CHA2DS2-VA (ESC 2024)</translation>
    </message>
    <message>
        <source>Stroke-risk points in atrial fibrillation, and the annual ischaemic-stroke rate without anticoagulation observed at that score in the Swedish AF cohort</source>
        <translation>Stroke-risk points in atrial fibrillation, and the annual ischaemic-stroke rate without anticoagulation observed at that score in the Swedish AF cohort</translation>
    </message>
    <message>
        <source>Stroke-risk points in atrial fibrillation, without the sex category (ESC 2024)</source>
        <translation>Stroke-risk points in atrial fibrillation, without the sex category (ESC 2024)</translation>
    </message>
    <message>
        <source>1 year (rate)</source>
        <translation>1 year (rate)</translation>
    </message>
    <message>
        <source>none (points)</source>
        <translation>none (points)</translation>
    </message>
    <message>
        <source>Euro Heart Survey on AF: 1,084 patients with non-valvular AF not on anticoagulation (Lip 2010)</source>
        <translation>Euro Heart Survey on AF: 1,084 patients with non-valvular AF not on anticoagulation (Lip 2010)</translation>
    </message>
    <message>
        <source>2023 ACC/AHA/ACCP/HRS Guideline for the Diagnosis and Management of Atrial Fibrillation (Joglar, Circulation 2024;149:e1): anticoagulation recommended at &gt;= 2 (men) / &gt;= 3 (women), considered at 1 (men) / 2 (women)</source>
        <translation>2023 ACC/AHA/ACCP/HRS Guideline for the Diagnosis and Management of Atrial Fibrillation (Joglar, Circulation 2024;149:e1): anticoagulation recommended at &gt;= 2 (men) / &gt;= 3 (women), considered at 1 (men) / 2 (women)</translation>
    </message>
    <message>
        <source>2024 ESC Guidelines for the management of atrial fibrillation: anticoagulation recommended at &gt;= 2, considered at 1</source>
        <translation>2024 ESC Guidelines for the management of atrial fibrillation: anticoagulation recommended at &gt;= 2, considered at 1</translation>
    </message>
    <message>
        <source>CKD-EPI 2021 creatinine equation (race-free)</source>
        <translation>CKD-EPI 2021 creatinine equation (race-free)</translation>
    </message>
    <message>
        <source>Estimated glomerular filtration rate, indexed to 1.73 m2 body surface area, and its KDIGO GFR category</source>
        <translation>Estimated glomerular filtration rate, indexed to 1.73 m2 body surface area, and its KDIGO GFR category</translation>
    </message>
    <message>
        <source>none (current kidney function)</source>
        <translation>none (current kidney function)</translation>
    </message>
    <message>
        <source>8,254 participants of 10 studies with measured GFR (iothalamate and other clearance methods), without race as a predictor (Inker 2021)</source>
        <translation>8,254 participants of 10 studies with measured GFR (iothalamate and other clearance methods), without race as a predictor (Inker 2021)</translation>
    </message>
    <message>
        <source>KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD, GFR categories G1-G5 (retained in KDIGO 2024)</source>
        <translation>KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD, GFR categories G1-G5 (retained in KDIGO 2024)</translation>
    </message>
    <message>
        <source>FINDRISC (Finnish Diabetes Risk Score)</source>
        <translation>FINDRISC (Finnish Diabetes Risk Score)</translation>
    </message>
    <message>
        <source>Points of the FINDRISC form and the published 10-year risk of type 2 diabetes of the points band (a band estimate, not an individual prediction)</source>
        <translation>Points of the FINDRISC form and the published 10-year risk of type 2 diabetes of the points band (a band estimate, not an individual prediction)</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10 years</translation>
    </message>
    <message>
        <source>Finnish National Population Risk Factor Survey 1987: 4,435 people aged 35-64 without drug-treated diabetes, followed 10 years for drug-treated type 2 diabetes</source>
        <translation>Finnish National Population Risk Factor Survey 1987: 4,435 people aged 35-64 without drug-treated diabetes, followed 10 years for drug-treated type 2 diabetes</translation>
    </message>
    <message>
        <source>FINDRISC form risk bands (Finnish Diabetes Association): &lt; 7 low, 7-11 slightly elevated, 12-14 moderate, 15-20 high, &gt; 20 very high</source>
        <translation>FINDRISC form risk bands (Finnish Diabetes Association): &lt; 7 low, 7-11 slightly elevated, 12-14 moderate, 15-20 high, &gt; 20 very high</translation>
    </message>
    <message>
        <source>diabetes = %1: FINDRISC screens people without known diabetes; not applicable</source>
        <translation>diabetes = %1: FINDRISC screens people without known diabetes; not applicable</translation>
    </message>
    <message>
        <source>Framingham general CVD risk (2008), lipid model</source>
        <translation>Framingham general CVD risk (2008), lipid model</translation>
    </message>
    <message>
        <source>Framingham general CVD risk (2008), office-based BMI model</source>
        <translation>Framingham general CVD risk (2008), office-based BMI model</translation>
    </message>
    <message>
        <source>10-year risk of a first cardiovascular event: coronary death, myocardial infarction, coronary insufficiency, angina, ischaemic or haemorrhagic stroke, TIA, peripheral arterial disease or heart failure; and heart (vascular) age</source>
        <translation>10-year risk of a first cardiovascular event: coronary death, myocardial infarction, coronary insufficiency, angina, ischaemic or haemorrhagic stroke, TIA, peripheral arterial disease or heart failure; and heart (vascular) age</translation>
    </message>
    <message>
        <source>Framingham Heart Study original and offspring cohorts: 8,491 participants (4,522 women) aged 30-74 without CVD at baseline examinations 1968-1987, 12-year follow-up</source>
        <translation>Framingham Heart Study original and offspring cohorts: 8,491 participants (4,522 women) aged 30-74 without CVD at baseline examinations 1968-1987, 12-year follow-up</translation>
    </message>
    <message>
        <source>cvd = 1: established cardiovascular disease; the Framingham 2008 general CVD model was derived for primary prevention, so this estimate is outside its derivation population and underestimates risk</source>
        <translation>cvd = 1: established cardiovascular disease; the Framingham 2008 general CVD model was derived for primary prevention, so this estimate is outside its derivation population and underestimates risk</translation>
    </message>
    <message>
        <source>heart_age = %1 a is outside 30-80 a, the span of the paper&apos;s heart-age tables: an extrapolation</source>
        <translation>heart_age = %1 a is outside 30-80 a, the span of the paper&apos;s heart-age tables: an extrapolation</translation>
    </message>
    <message>
        <source>cvd = 1: established cardiovascular disease; %1 was derived for primary prevention, so this estimate is outside its derivation population and underestimates risk</source>
        <translation>cvd = 1: established cardiovascular disease; %1 was derived for primary prevention, so this estimate is outside its derivation population and underestimates risk</translation>
    </message>
    <message>
        <source>HAS-BLED</source>
        <translation>HAS-BLED</translation>
    </message>
    <message>
        <source>Major-bleeding risk points in atrial fibrillation, and the observed annual major-bleeding rate at that score (0-5)</source>
        <translation>Major-bleeding risk points in atrial fibrillation, and the observed annual major-bleeding rate at that score (0-5)</translation>
    </message>
    <message>
        <source>Euro Heart Survey on AF: 3,978 patients with 1-year follow-up (Pisters 2010)</source>
        <translation>Euro Heart Survey on AF: 3,978 patients with 1-year follow-up (Pisters 2010)</translation>
    </message>
    <message>
        <source>Pisters 2010 / 2020 ESC AF guideline (Hindricks, Eur Heart J 2021;42:373): HAS-BLED &gt;= 3 = high bleeding risk (address modifiable factors, review more often; not a reason to withhold anticoagulation)</source>
        <translation>Pisters 2010 / 2020 ESC AF guideline (Hindricks, Eur Heart J 2021;42:373): HAS-BLED &gt;= 3 = high bleeding risk (address modifiable factors, review more often; not a reason to withhold anticoagulation)</translation>
    </message>
    <message>
        <source>score = %1: Pisters 2010 published major-bleeding rates only for scores 0-5 (too few patients above 5); no rate</source>
        <translation>score = %1: Pisters 2010 published major-bleeding rates only for scores 0-5 (too few patients above 5); no rate</translation>
    </message>
    <message>
        <source>Kidney Failure Risk Equation, 8-variable</source>
        <translation>Kidney Failure Risk Equation, 8-variable</translation>
    </message>
    <message>
        <source>Kidney Failure Risk Equation, 4-variable</source>
        <translation>Kidney Failure Risk Equation, 4-variable</translation>
    </message>
    <message>
        <source>Risk of treated kidney failure (dialysis or pre-emptive transplantation) at 2 and 5 years in adults with CKD G3a-G5</source>
        <translation>Risk of treated kidney failure (dialysis or pre-emptive transplantation) at 2 and 5 years in adults with CKD G3a-G5</translation>
    </message>
    <message>
        <source>2 and 5 years</source>
        <translation>2 and 5 years</translation>
    </message>
    <message>
        <source>3,449 adults with CKD stages 3-5 referred to nephrologists in British Columbia, Canada (Tangri 2011); external validation in 4,942 Ontario patients</source>
        <translation>3,449 adults with CKD stages 3-5 referred to nephrologists in British Columbia, Canada (Tangri 2011); external validation in 4,942 Ontario patients</translation>
    </message>
    <message>
        <source>KDIGO 2024 Clinical Practice Guideline for the Evaluation and Management of CKD (5-year 3-5 % referral; 2-year &gt; 10 % multidisciplinary care, &gt; 40 % KRT preparation) and NICE NG203 (refer at 5-year risk &gt; 5 %)</source>
        <translation>KDIGO 2024 Clinical Practice Guideline for the Evaluation and Management of CKD (5-year 3-5 % referral; 2-year &gt; 10 % multidisciplinary care, &gt; 40 % KRT preparation) and NICE NG203 (refer at 5-year risk &gt; 5 %)</translation>
    </message>
    <message>
        <source>egfr = %1 mL/min/{1.73_m2} is outside the valid range: the KFRE applies only with egfr &lt; 60 mL/min/{1.73_m2} (CKD G3a-G5)</source>
        <translation>egfr = %1 mL/min/{1.73_m2} is outside the valid range: the KFRE applies only with egfr &lt; 60 mL/min/{1.73_m2} (CKD G3a-G5)</translation>
    </message>
    <message>
        <source>dialysis = 1: the KFRE does not apply on dialysis or after a kidney transplant; it predicts the start of kidney replacement therapy in CKD G3-G5 (Tangri 2011)</source>
        <translation>dialysis = 1: the KFRE does not apply on dialysis or after a kidney transplant; it predicts the start of kidney replacement therapy in CKD G3-G5 (Tangri 2011)</translation>
    </message>
    <message>
        <source>egfr = %1 mL/min/{1.73_m2} is below 10 mL/min/{1.73_m2}: the value is extrapolated below the development range of the KFRE (eGFR 10-59, Tangri 2011)</source>
        <translation>egfr = %1 mL/min/{1.73_m2} is below 10 mL/min/{1.73_m2}: the value is extrapolated below the development range of the KFRE (eGFR 10-59, Tangri 2011)</translation>
    </message>
    <message>
        <source>Lifetime CVD risk by risk-factor strata (Lloyd-Jones 2006; ACC ASCVD Risk Estimator+)</source>
        <translation>Lifetime CVD risk by risk-factor strata (Lloyd-Jones 2006; ACC ASCVD Risk Estimator+)</translation>
    </message>
    <message>
        <source>Remaining lifetime risk (to age 95, death from other causes as competing risk) of total cardiovascular disease, by risk-factor stratum; the ACC ASCVD Risk Estimator+ reports it as lifetime ASCVD risk.</source>
        <translation>Remaining lifetime risk (to age 95, death from other causes as competing risk) of total cardiovascular disease, by risk-factor stratum; the ACC ASCVD Risk Estimator+ reports it as lifetime ASCVD risk.</translation>
    </message>
    <message>
        <source>lifetime (to age 95)</source>
        <translation>lifetime (to age 95)</translation>
    </message>
    <message>
        <source>Framingham Heart Study participants free of CVD at an index age of 50 years, stratified by risk-factor burden at that age (Lloyd-Jones 2006).</source>
        <translation>Framingham Heart Study participants free of CVD at an index age of 50 years, stratified by risk-factor burden at that age (Lloyd-Jones 2006).</translation>
    </message>
    <message>
        <source>cvd = 1: lifetime risk strata are for people free of cardiovascular disease</source>
        <translation>cvd = 1: lifetime risk strata are for people free of cardiovascular disease</translation>
    </message>
    <message>
        <source>ACC/AHA Pooled Cohort Equations</source>
        <translation>ACC/AHA Pooled Cohort Equations</translation>
    </message>
    <message>
        <source>First hard ASCVD event: nonfatal myocardial infarction, CHD death, or fatal or nonfatal stroke. Also the risk of a person of the same age, sex and race with optimal risk factors.</source>
        <translation>First hard ASCVD event: nonfatal myocardial infarction, CHD death, or fatal or nonfatal stroke. Also the risk of a person of the same age, sex and race with optimal risk factors.</translation>
    </message>
    <message>
        <source>Pooled ARIC, CHS, CARDIA and Framingham Original and Offspring cohorts: white and African-American adults aged 40-79 years free of ASCVD at baseline.</source>
        <translation>Pooled ARIC, CHS, CARDIA and Framingham Original and Offspring cohorts: white and African-American adults aged 40-79 years free of ASCVD at baseline.</translation>
    </message>
    <message>
        <source>2019 ACC/AHA guideline on the primary prevention of cardiovascular disease (ages 40-75): low &lt; 5 %, borderline 5 to &lt; 7.5 %, intermediate 7.5 to &lt; 20 %, high &gt;= 20 %</source>
        <translation>2019 ACC/AHA guideline on the primary prevention of cardiovascular disease (ages 40-75): low &lt; 5 %, borderline 5 to &lt; 7.5 %, intermediate 7.5 to &lt; 20 %, high &gt;= 20 %</translation>
    </message>
    <message>
        <source>race = other: computed with the equations for white adults; the PCE were derived in white and African-American adults only</source>
        <translation>race = other: computed with the equations for white adults; the PCE were derived in white and African-American adults only</translation>
    </message>
    <message>
        <source>cvd = 1: the PCE are for primary prevention and do not apply with established cardiovascular disease</source>
        <translation>cvd = 1: the PCE are for primary prevention and do not apply with established cardiovascular disease</translation>
    </message>
    <message>
        <source>age = %1 a: no category; the 2019 ACC/AHA primary-prevention bands apply to ages 40-75</source>
        <translation>age = %1 a: no category; the 2019 ACC/AHA primary-prevention bands apply to ages 40-75</translation>
    </message>
    <message>
        <source>AHA PREVENT (variant chosen from the add-ons available)</source>
        <translation>AHA PREVENT (variant chosen from the add-ons available)</translation>
    </message>
    <message>
        <source>AHA PREVENT, base model</source>
        <translation>AHA PREVENT, base model</translation>
    </message>
    <message>
        <source>AHA PREVENT, base model + UACR</source>
        <translation>AHA PREVENT, base model + UACR</translation>
    </message>
    <message>
        <source>AHA PREVENT, base model + HbA1c</source>
        <translation>AHA PREVENT, base model + HbA1c</translation>
    </message>
    <message>
        <source>AHA PREVENT, base model + SDI</source>
        <translation>AHA PREVENT, base model + SDI</translation>
    </message>
    <message>
        <source>AHA PREVENT, full model (UACR, HbA1c, SDI)</source>
        <translation>AHA PREVENT, full model (UACR, HbA1c, SDI)</translation>
    </message>
    <message>
        <source>sdi_decile = %1 is not a whole decile 1-10; not used</source>
        <translation>sdi_decile = %1 is not a whole decile 1-10; not used</translation>
    </message>
    <message>
        <source>First total cardiovascular disease event (ASCVD or heart failure), and separately ASCVD (CHD or stroke), heart failure, CHD and stroke.</source>
        <translation>First total cardiovascular disease event (ASCVD or heart failure), and separately ASCVD (CHD or stroke), heart failure, CHD and stroke.</translation>
    </message>
    <message>
        <source>10 years and 30 years (30 years only for ages 30-59)</source>
        <translation>10 years and 30 years (30 years only for ages 30-59)</translation>
    </message>
    <message>
        <source>US adults aged 30-79 years without cardiovascular disease: 3,281,919 people from 25 cohort and electronic-health-record datasets of the CKD Prognosis Consortium.</source>
        <translation>US adults aged 30-79 years without cardiovascular disease: 3,281,919 people from 25 cohort and electronic-health-record datasets of the CKD Prognosis Consortium.</translation>
    </message>
    <message>
        <source>2026 ACC/AHA dyslipidemia guideline, on the 10-year ASCVD row only (ages 30-79): low &lt; 3 %, borderline 3 to &lt; 5 %, intermediate 5 to &lt; 10 %, high &gt;= 10 %</source>
        <translation>2026 ACC/AHA dyslipidemia guideline, on the 10-year ASCVD row only (ages 30-79): low &lt; 3 %, borderline 3 to &lt; 5 %, intermediate 5 to &lt; 10 %, high &gt;= 10 %</translation>
    </message>
    <message>
        <source>cvd = 1: PREVENT is for primary prevention and does not apply with established cardiovascular disease</source>
        <translation>cvd = 1: PREVENT is for primary prevention and does not apply with established cardiovascular disease</translation>
    </message>
    <message>
        <source>age = %1 a: 30-year PREVENT risk is estimated only for ages 30-59 a</source>
        <translation>age = %1 a: 30-year PREVENT risk is estimated only for ages 30-59 a</translation>
    </message>
    <message>
        <source>QDiabetes-2018</source>
        <translation>QDiabetes-2018</translation>
    </message>
    <message>
        <source>Diagnosis of type 2 diabetes</source>
        <translation>Diagnosis of type 2 diabetes</translation>
    </message>
    <message>
        <source>QResearch: 11.5 million people aged 25-84 in 1457 English general practices, 2000-2016, without diabetes at entry</source>
        <translation>QResearch: 11.5 million people aged 25-84 in 1457 English general practices, 2000-2016, without diabetes at entry</translation>
    </message>
    <message>
        <source>ethnicity is blank: computed as QDiabetes&apos; &quot;white or not stated&quot; (code 1)</source>
        <translation>ethnicity is blank: computed as QDiabetes&apos; &quot;white or not stated&quot; (code 1)</translation>
    </message>
    <message>
        <source>diabetes = %1: QDiabetes-2018 predicts diabetes in people who do not have it</source>
        <translation>diabetes = %1: QDiabetes-2018 predicts diabetes in people who do not have it</translation>
    </message>
    <message>
        <source>fasting_glucose = %1 mmol/L is &gt;= 7.0 mmol/L, the diabetes range: QDiabetes-2018 does not apply</source>
        <translation>fasting_glucose = %1 mmol/L is &gt;= 7.0 mmol/L, the diabetes range: QDiabetes-2018 does not apply</translation>
    </message>
    <message>
        <source>hba1c = %1 % (%2 mmol/mol) is &gt;= 48 mmol/mol, the diabetes range: QDiabetes-2018 does not apply</source>
        <translation>hba1c = %1 % (%2 mmol/mol) is &gt;= 48 mmol/mol, the diabetes range: QDiabetes-2018 does not apply</translation>
    </message>
    <message>
        <source>hba1c = %1 % (%2 mmol/mol) is outside the valid range 15-48 mmol/mol</source>
        <translation>hba1c = %1 % (%2 mmol/mol) is outside the valid range 15-48 mmol/mol</translation>
    </message>
    <message>
        <source>bmi = %1 kg/m2 is outside ClinRisk&apos;s QDiabetes limits 20-40 kg/m2: computed with bmi = %2 kg/m2, as ClinRisk&apos;s calculator does</source>
        <translation>bmi = %1 kg/m2 is outside ClinRisk&apos;s QDiabetes limits 20-40 kg/m2: computed with bmi = %2 kg/m2, as ClinRisk&apos;s calculator does</translation>
    </message>
    <message>
        <source>smoking = current: the amount is unknown; %1 needs never, former, light (&lt; 10/day), moderate (10-19) or heavy (&gt;= 20)</source>
        <translation>smoking = current: the amount is unknown; %1 needs never, former, light (&lt; 10/day), moderate (10-19) or heavy (&gt;= 20)</translation>
    </message>
    <message>
        <source>QRISK3 (ClinRisk Ltd.) supports, and does not replace, the judgement of the clinician, who keeps full responsibility for any treatment decision and for whether the score is safe, appropriate and effective for this patient. Precis&apos;s implementation is checked against ClinRisk&apos;s published outputs but is not ClinRisk&apos;s own software.</source>
        <translation>QRISK3 (ClinRisk Ltd.) supports, and does not replace, the judgement of the clinician, who keeps full responsibility for any treatment decision and for whether the score is safe, appropriate and effective for this patient. Precis&apos;s implementation is checked against ClinRisk&apos;s published outputs but is not ClinRisk&apos;s own software.</translation>
    </message>
    <message>
        <source>QRISK3-2017</source>
        <translation>QRISK3-2017</translation>
    </message>
    <message>
        <source>First cardiovascular event: coronary heart disease, ischaemic stroke or transient ischaemic attack; and the QRISK3 healthy heart age</source>
        <translation>First cardiovascular event: coronary heart disease, ischaemic stroke or transient ischaemic attack; and the QRISK3 healthy heart age</translation>
    </message>
    <message>
        <source>QResearch: 7.89 million people aged 25-84 in 981 English general practices, 1998-2015, free of CVD and not on statins at entry</source>
        <translation>QResearch: 7.89 million people aged 25-84 in 981 English general practices, 1998-2015, free of CVD and not on statins at entry</translation>
    </message>
    <message>
        <source>NICE NG238 (2023)</source>
        <translation>NICE NG238 (2023)</translation>
    </message>
    <message>
        <source>ethnicity is blank: computed as QRISK3&apos;s &quot;white or not stated&quot; (code 1)</source>
        <translation>ethnicity is blank: computed as QRISK3&apos;s &quot;white or not stated&quot; (code 1)</translation>
    </message>
    <message>
        <source>total_cholesterol / hdl_cholesterol = %1 / %2 mg/dL = %3 is outside QRISK3&apos;s valid ratio range 1-12</source>
        <translation>total_cholesterol / hdl_cholesterol = %1 / %2 mg/dL = %3 is outside QRISK3&apos;s valid ratio range 1-12</translation>
    </message>
    <message>
        <source>bmi = %1 kg/m2 is outside ClinRisk&apos;s QRISK3 limits 20-40 kg/m2: computed with bmi = %2 kg/m2, as ClinRisk&apos;s calculator does</source>
        <translation>bmi = %1 kg/m2 is outside ClinRisk&apos;s QRISK3 limits 20-40 kg/m2: computed with bmi = %2 kg/m2, as ClinRisk&apos;s calculator does</translation>
    </message>
    <message>
        <source>cvd = 1: QRISK3 is for people without cardiovascular disease (primary prevention); the score does not apply</source>
        <translation>cvd = 1: QRISK3 is for people without cardiovascular disease (primary prevention); the score does not apply</translation>
    </message>
    <message>
        <source>diabetes = type1: NICE NG238 does not use QRISK3 in type 1 diabetes; no category</source>
        <translation>diabetes = type1: NICE NG238 does not use QRISK3 in type 1 diabetes; no category</translation>
    </message>
    <message>
        <source>egfr = %1 mL/min/{1.73_m2} &lt; 60: NICE NG238 does not use QRISK3 in CKD; no category</source>
        <translation>egfr = %1 mL/min/{1.73_m2} &lt; 60: NICE NG238 does not use QRISK3 in CKD; no category</translation>
    </message>
    <message>
        <source>ckd_stage_3_5 = 1 (eGFR &lt; 60): NICE NG238 does not use QRISK3 in CKD; no category</source>
        <translation>ckd_stage_3_5 = 1 (eGFR &lt; 60): NICE NG238 does not use QRISK3 in CKD; no category</translation>
    </message>
    <message>
        <source>uacr = %1 mg/g &gt;= 30 (albuminuria): NICE NG238 does not use QRISK3 in CKD; no category</source>
        <translation>uacr = %1 mg/g &gt;= 30 (albuminuria): NICE NG238 does not use QRISK3 in CKD; no category</translation>
    </message>
    <message>
        <source>heart_age: below 25 years; the 10-year risk %1 % is lower than a healthy 25-year-old&apos;s %2 %, and QRISK3 has no healthy reference below age 25</source>
        <translation>heart_age: below 25 years; the 10-year risk %1 % is lower than a healthy 25-year-old&apos;s %2 %, and QRISK3 has no healthy reference below age 25</translation>
    </message>
    <message>
        <source>heart_age: above 84 years; the 10-year risk %1 % is not below a healthy 84-year-old&apos;s %2 %, and QRISK3 has no healthy reference above age 84</source>
        <translation>heart_age: above 84 years; the 10-year risk %1 % is not below a healthy 84-year-old&apos;s %2 %, and QRISK3 has no healthy reference above age 84</translation>
    </message>
    <message>
        <source>SCORE2 / SCORE2-OP (ESC 2021)</source>
        <translation>SCORE2 / SCORE2-OP (ESC 2021)</translation>
    </message>
    <message>
        <source>10-year risk of fatal and non-fatal cardiovascular disease (CVD death, non-fatal myocardial infarction, non-fatal stroke), adjusted for the competing risk of non-CVD death and recalibrated to the chosen ESC risk region</source>
        <translation>10-year risk of fatal and non-fatal cardiovascular disease (CVD death, non-fatal myocardial infarction, non-fatal stroke), adjusted for the competing risk of non-CVD death and recalibrated to the chosen ESC risk region</translation>
    </message>
    <message>
        <source>SCORE2: 45 cohorts (677,684 people, 40-69 y, no CVD or diabetes at baseline) in 13 countries of the Emerging Risk Factors Collaboration; SCORE2-OP: Cohort of Norway (CONOR), 28,503 people aged &gt;= 65 without CVD</source>
        <translation>SCORE2: 45 cohorts (677,684 people, 40-69 y, no CVD or diabetes at baseline) in 13 countries of the Emerging Risk Factors Collaboration; SCORE2-OP: Cohort of Norway (CONOR), 28,503 people aged &gt;= 65 without CVD</translation>
    </message>
    <message>
        <source>2021 ESC Guidelines on cardiovascular disease prevention in clinical practice (Visseren, Eur Heart J 2021;42:3227), age-specific 10-year risk categories</source>
        <translation>2021 ESC Guidelines on cardiovascular disease prevention in clinical practice (Visseren, Eur Heart J 2021;42:3227), age-specific 10-year risk categories</translation>
    </message>
    <message>
        <source>diabetes = %1: SCORE2 (ages 40-69) does not apply to people with diabetes; SCORE2-Diabetes applies</source>
        <translation>diabetes = %1: SCORE2 (ages 40-69) does not apply to people with diabetes; SCORE2-Diabetes applies</translation>
    </message>
</context>
<context>
    <name>precis::therapy::TherapyText</name>
    <message>
        <source>10-year ASCVD risk by the PCE unavailable (pce: %1)</source>
        <translation>10-year ASCVD risk by the PCE unavailable (pce: %1)</translation>
    </message>
    <message>
        <source>age missing</source>
        <translation>age missing</translation>
    </message>
    <message>
        <source>clinical ASCVD at age %1 (&lt;= 75)</source>
        <translation>clinical ASCVD at age %1 (&lt;= 75)</translation>
    </message>
    <message>
        <source>clinical ASCVD at age %1 (&gt; 75)</source>
        <translation>clinical ASCVD at age %1 (&gt; 75)</translation>
    </message>
    <message>
        <source>LDL-C %1 mg/dL (&gt;= 190) at age %2</source>
        <translation>LDL-C %1 mg/dL (&gt;= 190) at age %2</translation>
    </message>
    <message>
        <source>age %1 outside 40-75 and no clinical ASCVD or LDL-C &gt;= 190</source>
        <translation>age %1 outside 40-75 and no clinical ASCVD or LDL-C &gt;= 190</translation>
    </message>
    <message>
        <source>diabetes at age %1 with %2</source>
        <translation>diabetes at age %1 with %2</translation>
    </message>
    <message>
        <source>diabetes with fewer than 2 counted ASCVD risk factors: moderate intensity (statin_moderate)</source>
        <translation>diabetes with fewer than 2 counted ASCVD risk factors: moderate intensity (statin_moderate)</translation>
    </message>
    <message>
        <source>ldl_cholesterol missing (the risk-based group is for LDL-C 70-189 mg/dL)</source>
        <translation>ldl_cholesterol missing (the risk-based group is for LDL-C 70-189 mg/dL)</translation>
    </message>
    <message>
        <source>LDL-C %1 mg/dL &lt; 70</source>
        <translation>LDL-C %1 mg/dL &lt; 70</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (&gt;= 20 %, high)</source>
        <translation>PCE 10-year ASCVD %1 (&gt;= 20 %, high)</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 &lt; 20 %: high intensity is for high risk</source>
        <translation>PCE 10-year ASCVD %1 &lt; 20 %: high intensity is for high risk</translation>
    </message>
    <message>
        <source>clinical ASCVD at age &lt;= 75: high intensity is recommended (statin_high)</source>
        <translation>clinical ASCVD at age &lt;= 75: high intensity is recommended (statin_high)</translation>
    </message>
    <message>
        <source>LDL-C &gt;= 190 mg/dL: maximally tolerated statin is recommended (statin_high)</source>
        <translation>LDL-C &gt;= 190 mg/dL: maximally tolerated statin is recommended (statin_high)</translation>
    </message>
    <message>
        <source>age %1 outside 40-75 and no clinical ASCVD</source>
        <translation>age %1 outside 40-75 and no clinical ASCVD</translation>
    </message>
    <message>
        <source>diabetes at age %1 (40-75)</source>
        <translation>diabetes at age %1 (40-75)</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (7.5 to &lt; 20 %, intermediate)</source>
        <translation>PCE 10-year ASCVD %1 (7.5 to &lt; 20 %, intermediate)</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (5 to &lt; 7.5 %, borderline): only if risk-enhancing factors are present</source>
        <translation>PCE 10-year ASCVD %1 (5 to &lt; 7.5 %, borderline): only if risk-enhancing factors are present</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (&gt;= 20 %, high): high intensity (statin_high)</source>
        <translation>PCE 10-year ASCVD %1 (&gt;= 20 %, high): high intensity (statin_high)</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (&lt; 5 %, low)</source>
        <translation>PCE 10-year ASCVD %1 (&lt; 5 %, low)</translation>
    </message>
    <message>
        <source>sbp missing</source>
        <translation>sbp missing</translation>
    </message>
    <message>
        <source>clinical CVD and %1 (&gt;= 130/80)</source>
        <translation>clinical CVD and %1 (&gt;= 130/80)</translation>
    </message>
    <message>
        <source>diabetes and %1 (&gt;= 130/80)</source>
        <translation>diabetes and %1 (&gt;= 130/80)</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (&gt;= 10 %) and %2 (&gt;= 130/80)</source>
        <translation>PCE 10-year ASCVD %1 (&gt;= 10 %) and %2 (&gt;= 130/80)</translation>
    </message>
    <message>
        <source>%1 (&gt;= 140/90)</source>
        <translation>%1 (&gt;= 140/90)</translation>
    </message>
    <message>
        <source>%1 is 130-139/80-89 and %2</source>
        <translation>%1 is 130-139/80-89 and %2</translation>
    </message>
    <message>
        <source>%1 is 130-139/80-89 with PCE 10-year ASCVD %2 &lt; 10 %, no clinical CVD or diabetes</source>
        <translation>%1 is 130-139/80-89 with PCE 10-year ASCVD %2 &lt; 10 %, no clinical CVD or diabetes</translation>
    </message>
    <message>
        <source>%1 below 130/80</source>
        <translation>%1 below 130/80</translation>
    </message>
    <message>
        <source>already_taking</source>
        <translation>already_taking</translation>
    </message>
    <message>
        <source>%1: more than 20/10 above the 130/80 target</source>
        <translation>%1: more than 20/10 above the 130/80 target</translation>
    </message>
    <message>
        <source>%1: not more than 20/10 above the 130/80 target</source>
        <translation>%1: not more than 20/10 above the 130/80 target</translation>
    </message>
    <message>
        <source>no hypertension or BP treatment recorded: the target is for confirmed hypertension (bp_one_drug judges starting)</source>
        <translation>no hypertension or BP treatment recorded: the target is for confirmed hypertension (bp_one_drug judges starting)</translation>
    </message>
    <message>
        <source>%1: at target (&lt; 130/80)</source>
        <translation>%1: at target (&lt; 130/80)</translation>
    </message>
    <message>
        <source>hypertension with clinical CVD, %1 (not &lt; 130/80)</source>
        <translation>hypertension with clinical CVD, %1 (not &lt; 130/80)</translation>
    </message>
    <message>
        <source>hypertension with PCE 10-year ASCVD %1 (&gt;= 10 %), %2 (not &lt; 130/80)</source>
        <translation>hypertension with PCE 10-year ASCVD %1 (&gt;= 10 %), %2 (not &lt; 130/80)</translation>
    </message>
    <message>
        <source>hypertension with diabetes, %1 (not &lt; 130/80)</source>
        <translation>hypertension with diabetes, %1 (not &lt; 130/80)</translation>
    </message>
    <message>
        <source>hypertension without clinical CVD, diabetes or PCE &gt;= 10 %, %1 (not &lt; 130/80)</source>
        <translation>hypertension without clinical CVD, diabetes or PCE &gt;= 10 %, %1 (not &lt; 130/80)</translation>
    </message>
    <message>
        <source>%1: class I may apply</source>
        <translation>%1: class I may apply</translation>
    </message>
    <message>
        <source>statin intolerance recorded, but no statin benefit group (clinical ASCVD, LDL-C &gt;= 190, diabetes at 40-75, PCE &gt;= 7.5 %) is recorded</source>
        <translation>statin intolerance recorded, but no statin benefit group (clinical ASCVD, LDL-C &gt;= 190, diabetes at 40-75, PCE &gt;= 7.5 %) is recorded</translation>
    </message>
    <message>
        <source>statin intolerance recorded with %1</source>
        <translation>statin intolerance recorded with %1</translation>
    </message>
    <message>
        <source>no clinical ASCVD and no statin intolerance recorded</source>
        <translation>no clinical ASCVD and no statin intolerance recorded</translation>
    </message>
    <message>
        <source>clinical ASCVD without a statin: a statin first (statin_high)</source>
        <translation>clinical ASCVD without a statin: a statin first (statin_high)</translation>
    </message>
    <message>
        <source>ldl_cholesterol missing: ezetimibe is added when LDL-C stays &gt;= 70 mg/dL on a statin</source>
        <translation>ldl_cholesterol missing: ezetimibe is added when LDL-C stays &gt;= 70 mg/dL on a statin</translation>
    </message>
    <message>
        <source>LDL-C %1 mg/dL &lt; 70 on a statin</source>
        <translation>LDL-C %1 mg/dL &lt; 70 on a statin</translation>
    </message>
    <message>
        <source>clinical ASCVD with LDL-C %1 mg/dL (&gt;= 70) on a statin; whether its dose is maximally tolerated is the physician&apos;s judgement</source>
        <translation>clinical ASCVD with LDL-C %1 mg/dL (&gt;= 70) on a statin; whether its dose is maximally tolerated is the physician&apos;s judgement</translation>
    </message>
    <message>
        <source>smoking missing</source>
        <translation>smoking missing</translation>
    </message>
    <message>
        <source>current smoker</source>
        <translation>current smoker</translation>
    </message>
    <message>
        <source>not a current smoker</source>
        <translation>not a current smoker</translation>
    </message>
    <message>
        <source>clinical ASCVD: secondary prevention, not this option</source>
        <translation>clinical ASCVD: secondary prevention, not this option</translation>
    </message>
    <message>
        <source>increased bleeding risk (%1): not for primary prevention (2019 ACC/AHA, III: Harm)</source>
        <translation>increased bleeding risk (%1): not for primary prevention (2019 ACC/AHA, III: Harm)</translation>
    </message>
    <message>
        <source>age %1 &gt; 70: not for primary prevention (2019 ACC/AHA, III: Harm; USPSTF 2022, D)</source>
        <translation>age %1 &gt; 70: not for primary prevention (2019 ACC/AHA, III: Harm; USPSTF 2022, D)</translation>
    </message>
    <message>
        <source>age %1 &lt; 40</source>
        <translation>age %1 &lt; 40</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 &lt; 10 %</source>
        <translation>PCE 10-year ASCVD %1 &lt; 10 %</translation>
    </message>
    <message>
        <source>age %1 (40-59), PCE 10-year ASCVD %2 (&gt;= 10 %): an individual decision</source>
        <translation>age %1 (40-59), PCE 10-year ASCVD %2 (&gt;= 10 %): an individual decision</translation>
    </message>
    <message>
        <source>age %1 (60-70), PCE 10-year ASCVD %2 (&gt;= 10 %); USPSTF 2022 grade D: do not start at 60 or older</source>
        <translation>age %1 (60-70), PCE 10-year ASCVD %2 (&gt;= 10 %); USPSTF 2022 grade D: do not start at 60 or older</translation>
    </message>
    <message>
        <source>no atrial fibrillation or flutter recorded (af)</source>
        <translation>no atrial fibrillation or flutter recorded (af)</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc unavailable (%1)</source>
        <translation>CHA2DS2-VASc unavailable (%1)</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc %1 (woman)</source>
        <translation>CHA2DS2-VASc %1 (woman)</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc %1 (man)</source>
        <translation>CHA2DS2-VASc %1 (man)</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc %1 (woman): low</source>
        <translation>CHA2DS2-VASc %1 (woman): low</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc %1 (man): low</source>
        <translation>CHA2DS2-VASc %1 (man): low</translation>
    </message>
    <message>
        <source>blank items counted as absent, the score may be higher: %1</source>
        <translation>blank items counted as absent, the score may be higher: %1</translation>
    </message>
    <message>
        <source>the CHA2DS2-VASc was derived in non-valvular AF: with a mechanical valve or mitral stenosis judge the indication clinically</source>
        <translation>the CHA2DS2-VASc was derived in non-valvular AF: with a mechanical valve or mitral stenosis judge the indication clinically</translation>
    </message>
    <message>
        <source>warfarin, not a DOAC: %1</source>
        <translation>warfarin, not a DOAC: %1</translation>
    </message>
    <message>
        <source>a DOAC over warfarin; dose by Cockcroft-Gault creatinine clearance %1 mL/min</source>
        <translation>a DOAC over warfarin; dose by Cockcroft-Gault creatinine clearance %1 mL/min</translation>
    </message>
    <message>
        <source>a DOAC over warfarin; its dose needs the Cockcroft-Gault creatinine clearance (age, sex, weight, creatinine)</source>
        <translation>a DOAC over warfarin; its dose needs the Cockcroft-Gault creatinine clearance (age, sex, weight, creatinine)</translation>
    </message>
    <message>
        <source>HAS-BLED %1: modify the bleeding risk factors it names; not a reason to withhold</source>
        <translation>HAS-BLED %1: modify the bleeding risk factors it names; not a reason to withhold</translation>
    </message>
    <message>
        <source>on dialysis: already in specialist kidney care</source>
        <translation>on dialysis: already in specialist kidney care</translation>
    </message>
    <message>
        <source>egfr and uacr missing</source>
        <translation>egfr and uacr missing</translation>
    </message>
    <message>
        <source>5-year KFRE unavailable (%1)</source>
        <translation>5-year KFRE unavailable (%1)</translation>
    </message>
    <message>
        <source>5-year KFRE %1 (&gt;= 3 %, KDIGO 2024; NICE NG203 refers at &gt; 5 %)</source>
        <translation>5-year KFRE %1 (&gt;= 3 %, KDIGO 2024; NICE NG203 refers at &gt; 5 %)</translation>
    </message>
    <message>
        <source>5-year KFRE %1 &lt; 3 %</source>
        <translation>5-year KFRE %1 &lt; 3 %</translation>
    </message>
    <message>
        <source>eGFR %1 &lt; 30</source>
        <translation>eGFR %1 &lt; 30</translation>
    </message>
    <message>
        <source>UACR %1 mg/g &gt;= 300</source>
        <translation>UACR %1 mg/g &gt;= 300</translation>
    </message>
    <message>
        <source>no referral criterion met</source>
        <translation>no referral criterion met</translation>
    </message>
    <message>
        <source>type 1 diabetes: SGLT2 inhibitors are not recommended (ketoacidosis)</source>
        <translation>type 1 diabetes: SGLT2 inhibitors are not recommended (ketoacidosis)</translation>
    </message>
    <message>
        <source>on dialysis: not started (KDIGO 2024 is not for dialysis)</source>
        <translation>on dialysis: not started (KDIGO 2024 is not for dialysis)</translation>
    </message>
    <message>
        <source>prior diabetic ketoacidosis (prior_dka)</source>
        <translation>prior diabetic ketoacidosis (prior_dka)</translation>
    </message>
    <message>
        <source>type 2 diabetes with CKD (%1)</source>
        <translation>type 2 diabetes with CKD (%1)</translation>
    </message>
    <message>
        <source>CKD with UACR %1 mg/g (&gt;= 200)</source>
        <translation>CKD with UACR %1 mg/g (&gt;= 200)</translation>
    </message>
    <message>
        <source>CKD (%1) with heart failure</source>
        <translation>CKD (%1) with heart failure</translation>
    </message>
    <message>
        <source>heart failure (class by ejection fraction: 1 HFrEF, 2a HFmrEF or HFpEF)</source>
        <translation>heart failure (class by ejection fraction: 1 HFrEF, 2a HFmrEF or HFpEF)</translation>
    </message>
    <message>
        <source>type 2 diabetes with established ASCVD</source>
        <translation>type 2 diabetes with established ASCVD</translation>
    </message>
    <message>
        <source>no indication: not type 2 diabetes with CKD or ASCVD, CKD with UACR &gt;= 200 mg/g, or heart failure (%1)</source>
        <translation>no indication: not type 2 diabetes with CKD or ASCVD, CKD with UACR &gt;= 200 mg/g, or heart failure (%1)</translation>
    </message>
    <message>
        <source>egfr missing: an SGLT2 inhibitor is started only at eGFR &gt;= 20</source>
        <translation>egfr missing: an SGLT2 inhibitor is started only at eGFR &gt;= 20</translation>
    </message>
    <message>
        <source>eGFR %1 &lt; 20: not started</source>
        <translation>eGFR %1 &lt; 20: not started</translation>
    </message>
    <message>
        <source>on dialysis: outside G1-G4</source>
        <translation>on dialysis: outside G1-G4</translation>
    </message>
    <message>
        <source>uacr missing: the indication is albuminuria</source>
        <translation>uacr missing: the indication is albuminuria</translation>
    </message>
    <message>
        <source>UACR %1 mg/g &lt; 30 (A1): no albuminuric CKD</source>
        <translation>UACR %1 mg/g &lt; 30 (A1): no albuminuric CKD</translation>
    </message>
    <message>
        <source>egfr missing: the recommendations are for G1-G4 (eGFR &gt;= 15)</source>
        <translation>egfr missing: the recommendations are for G1-G4 (eGFR &gt;= 15)</translation>
    </message>
    <message>
        <source>eGFR %1 &lt; 15 (G5): outside G1-G4</source>
        <translation>eGFR %1 &lt; 15 (G5): outside G1-G4</translation>
    </message>
    <message>
        <source>diabetes with UACR %1 mg/g (&gt;= 30, A2-A3)</source>
        <translation>diabetes with UACR %1 mg/g (&gt;= 30, A2-A3)</translation>
    </message>
    <message>
        <source>UACR %1 mg/g (&gt; 300, A3) without diabetes</source>
        <translation>UACR %1 mg/g (&gt; 300, A3) without diabetes</translation>
    </message>
    <message>
        <source>UACR %1 mg/g (30-300, A2) without diabetes</source>
        <translation>UACR %1 mg/g (30-300, A2) without diabetes</translation>
    </message>
    <message>
        <source>potassium not recorded: measure it before starting, and potassium, creatinine and BP 2-4 weeks after</source>
        <translation>potassium not recorded: measure it before starting, and potassium, creatinine and BP 2-4 weeks after</translation>
    </message>
    <message>
        <source>potassium %1 mmol/L: check potassium, creatinine and BP 2-4 weeks after starting</source>
        <translation>potassium %1 mmol/L: check potassium, creatinine and BP 2-4 weeks after starting</translation>
    </message>
    <message>
        <source>potassium above 5.0 mmol/L: NICE NG203 advises not starting a RAS inhibitor; treat the potassium first</source>
        <translation>potassium above 5.0 mmol/L: NICE NG203 advises not starting a RAS inhibitor; treat the potassium first</translation>
    </message>
    <message>
        <source>diabetes recorded: prevention does not apply</source>
        <translation>diabetes recorded: prevention does not apply</translation>
    </message>
    <message>
        <source>hba1c and fasting_glucose missing: prediabetes cannot be judged</source>
        <translation>hba1c and fasting_glucose missing: prediabetes cannot be judged</translation>
    </message>
    <message>
        <source>%1: in the diabetes range (HbA1c &gt;= 6.5 % or fasting glucose &gt;= 7.0 mmol/L); confirm the diagnosis</source>
        <translation>%1: in the diabetes range (HbA1c &gt;= 6.5 % or fasting glucose &gt;= 7.0 mmol/L); confirm the diagnosis</translation>
    </message>
    <message>
        <source>%1: no prediabetes (HbA1c 5.7-6.4 % or fasting glucose 5.6-6.9 mmol/L)</source>
        <translation>%1: no prediabetes (HbA1c 5.7-6.4 % or fasting glucose 5.6-6.9 mmol/L)</translation>
    </message>
    <message>
        <source>prediabetes: %1</source>
        <translation>prediabetes: %1</translation>
    </message>
    <message>
        <source>egfr missing: metformin is started only at eGFR &gt;= 45</source>
        <translation>egfr missing: metformin is started only at eGFR &gt;= 45</translation>
    </message>
    <message>
        <source>eGFR %1 &lt; 30: metformin is contraindicated</source>
        <translation>eGFR %1 &lt; 30: metformin is contraindicated</translation>
    </message>
    <message>
        <source>eGFR %1 (30-44): starting metformin is not recommended</source>
        <translation>eGFR %1 (30-44): starting metformin is not recommended</translation>
    </message>
    <message>
        <source>especially indicated: %1</source>
        <translation>especially indicated: %1</translation>
    </message>
    <message>
        <source>no type 2 diabetes recorded</source>
        <translation>no type 2 diabetes recorded</translation>
    </message>
    <message>
        <source>type 2 diabetes without established ASCVD (the other indications are not implemented)</source>
        <translation>type 2 diabetes without established ASCVD (the other indications are not implemented)</translation>
    </message>
    <message>
        <source>warfarin genotype note: in African ancestry, dose clinically unless CYP2C9 *5, *6, *8 and *11 were tested (CPIC 2017)</source>
        <translation>warfarin genotype note: in African ancestry, dose clinically unless CYP2C9 *5, *6, *8 and *11 were tested (CPIC 2017)</translation>
    </message>
    <message>
        <source>current drug with a genotype rule: review</source>
        <translation>current drug with a genotype rule: review</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>pregnancy</translation>
    </message>
    <message>
        <source>intolerance</source>
        <translation>intolerance</translation>
    </message>
    <message>
        <source>ace_inhibitor_angioedema</source>
        <translation>ace_inhibitor_angioedema</translation>
    </message>
    <message>
        <source>mtc_men2: personal or family history of medullary thyroid carcinoma or MEN 2 (label contraindication)</source>
        <translation>mtc_men2: personal or family history of medullary thyroid carcinoma or MEN 2 (label contraindication)</translation>
    </message>
    <message>
        <source>unrecognised medication not checked: %1</source>
        <translation>unrecognised medication not checked: %1</translation>
    </message>
    <message>
        <source>arr_pct blank: %1 refused (%2)</source>
        <translation>arr_pct blank: %1 refused (%2)</translation>
    </message>
    <message>
        <source>arr_pct blank: ldl_cholesterol missing (the effect is per mmol/L LDL-C lowered)</source>
        <translation>arr_pct blank: ldl_cholesterol missing (the effect is per mmol/L LDL-C lowered)</translation>
    </message>
    <message>
        <source>RR %1 = %2^%3 per %4</source>
        <translation>RR %1 = %2^%3 per %4</translation>
    </message>
    <message>
        <source>RR %1 (%2)</source>
        <translation>RR %1 (%2)</translation>
    </message>
    <message>
        <source>model re-run with %1</source>
        <translation>model re-run with %1</translation>
    </message>
    <message>
        <source>arr_pct blank: re-run refused (%1)</source>
        <translation>arr_pct blank: re-run refused (%1)</translation>
    </message>
    <message>
        <source>arr_pct blank: %1</source>
        <translation>arr_pct blank: %1</translation>
    </message>
    <message>
        <source>harm: %1</source>
        <translation>harm: %1</translation>
    </message>
    <message>
        <source>indication not recorded (acs_pci, stroke_tia_te): the strength depends on it</source>
        <translation>indication not recorded (acs_pci, stroke_tia_te): the strength depends on it</translation>
    </message>
    <message>
        <source>Moderate-intensity statin (LDL-C lowered by 30-49 %)</source>
        <translation>Moderate-intensity statin (LDL-C lowered by 30-49 %)</translation>
    </message>
    <message>
        <source>High-intensity statin (LDL-C lowered by &gt;= 50 %)</source>
        <translation>High-intensity statin (LDL-C lowered by &gt;= 50 %)</translation>
    </message>
    <message>
        <source>Ezetimibe (added to the maximally tolerated statin, or without a statin when statins are not tolerated)</source>
        <translation>Ezetimibe (added to the maximally tolerated statin, or without a statin when statins are not tolerated)</translation>
    </message>
    <message>
        <source>One more blood-pressure-lowering drug at standard dose</source>
        <translation>One more blood-pressure-lowering drug at standard dose</translation>
    </message>
    <message>
        <source>Start two first-line blood-pressure-lowering drugs of different classes at standard dose</source>
        <translation>Start two first-line blood-pressure-lowering drugs of different classes at standard dose</translation>
    </message>
    <message>
        <source>Blood pressure treated to the target below 130/80 mm Hg</source>
        <translation>Blood pressure treated to the target below 130/80 mm Hg</translation>
    </message>
    <message>
        <source>Stop smoking (advice plus behavioural support and pharmacotherapy)</source>
        <translation>Stop smoking (advice plus behavioural support and pharmacotherapy)</translation>
    </message>
    <message>
        <source>Low-dose aspirin (75-100 mg daily) for primary prevention</source>
        <translation>Low-dose aspirin (75-100 mg daily) for primary prevention</translation>
    </message>
    <message>
        <source>Oral anticoagulation in atrial fibrillation or flutter (a DOAC, or warfarin with a mechanical valve or moderate-to-severe mitral stenosis)</source>
        <translation>Oral anticoagulation in atrial fibrillation or flutter (a DOAC, or warfarin with a mechanical valve or moderate-to-severe mitral stenosis)</translation>
    </message>
    <message>
        <source>Referral to specialist kidney care</source>
        <translation>Referral to specialist kidney care</translation>
    </message>
    <message>
        <source>SGLT2 inhibitor (dapagliflozin, empagliflozin or another agent with kidney or heart-failure outcome data)</source>
        <translation>SGLT2 inhibitor (dapagliflozin, empagliflozin or another agent with kidney or heart-failure outcome data)</translation>
    </message>
    <message>
        <source>Renin-angiotensin system inhibitor (ACE inhibitor or ARB) at the highest approved dose tolerated</source>
        <translation>Renin-angiotensin system inhibitor (ACE inhibitor or ARB) at the highest approved dose tolerated</translation>
    </message>
    <message>
        <source>Intensive lifestyle programme modelled on the Diabetes Prevention Program (7 % weight loss, 150 min/week of moderate activity)</source>
        <translation>Intensive lifestyle programme modelled on the Diabetes Prevention Program (7 % weight loss, 150 min/week of moderate activity)</translation>
    </message>
    <message>
        <source>Metformin 850 mg twice daily for diabetes prevention</source>
        <translation>Metformin 850 mg twice daily for diabetes prevention</translation>
    </message>
    <message>
        <source>GLP-1 receptor agonist with proven cardiovascular benefit (liraglutide, semaglutide or dulaglutide)</source>
        <translation>GLP-1 receptor agonist with proven cardiovascular benefit (liraglutide, semaglutide or dulaglutide)</translation>
    </message>
    <message>
        <source>no phenotype assigned, so no genotype-based action; decide as if not tested</source>
        <translation>no phenotype assigned, so no genotype-based action; decide as if not tested</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>no recommendation</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>not simvastatin</source>
        <translation>not simvastatin</translation>
    </message>
    <message>
        <source>atorvastatin &lt;= 20 mg as starting dose; above 20 mg consider rosuvastatin or combination therapy</source>
        <translation>atorvastatin &lt;= 20 mg as starting dose; above 20 mg consider rosuvastatin or combination therapy</translation>
    </message>
    <message>
        <source>rosuvastatin &lt;= 20 mg as starting dose</source>
        <translation>rosuvastatin &lt;= 20 mg as starting dose</translation>
    </message>
    <message>
        <source>pravastatin &lt;= 40 mg as starting dose</source>
        <translation>pravastatin &lt;= 40 mg as starting dose</translation>
    </message>
    <message>
        <source>pitavastatin &lt;= 1 mg as starting dose</source>
        <translation>pitavastatin &lt;= 1 mg as starting dose</translation>
    </message>
    <message>
        <source>fluvastatin &lt;= 40 mg/day as starting dose</source>
        <translation>fluvastatin &lt;= 40 mg/day as starting dose</translation>
    </message>
    <message>
        <source>lovastatin: another statin, or &lt;= 20 mg/day if lovastatin is warranted</source>
        <translation>lovastatin: another statin, or &lt;= 20 mg/day if lovastatin is warranted</translation>
    </message>
    <message>
        <source>fluvastatin: another statin</source>
        <translation>fluvastatin: another statin</translation>
    </message>
    <message>
        <source>lovastatin: another statin</source>
        <translation>lovastatin: another statin</translation>
    </message>
    <message>
        <source>simvastatin: another statin, or &lt; 20 mg/day if simvastatin is warranted</source>
        <translation>simvastatin: another statin, or &lt; 20 mg/day if simvastatin is warranted</translation>
    </message>
    <message>
        <source>atorvastatin &lt;= 40 mg as starting dose; above 40 mg consider combination therapy</source>
        <translation>atorvastatin &lt;= 40 mg as starting dose; above 40 mg consider combination therapy</translation>
    </message>
    <message>
        <source>pitavastatin &lt;= 2 mg as starting dose</source>
        <translation>pitavastatin &lt;= 2 mg as starting dose</translation>
    </message>
    <message>
        <source>rosuvastatin &lt;= 10 mg as starting dose</source>
        <translation>rosuvastatin &lt;= 10 mg as starting dose</translation>
    </message>
    <message>
        <source>fluvastatin &lt;= 20 mg/day as starting dose</source>
        <translation>fluvastatin &lt;= 20 mg/day as starting dose</translation>
    </message>
    <message>
        <source>avoid clopidogrel; ticagrelor at standard dose if not contraindicated (prasugrel is contraindicated after stroke or TIA)</source>
        <translation>avoid clopidogrel; ticagrelor at standard dose if not contraindicated (prasugrel is contraindicated after stroke or TIA)</translation>
    </message>
    <message>
        <source>avoid clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated</source>
        <translation>avoid clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated</translation>
    </message>
    <message>
        <source>avoid standard-dose (75 mg) clopidogrel; ticagrelor at standard dose if not contraindicated (prasugrel is contraindicated after stroke or TIA)</source>
        <translation>avoid standard-dose (75 mg) clopidogrel; ticagrelor at standard dose if not contraindicated (prasugrel is contraindicated after stroke or TIA)</translation>
    </message>
    <message>
        <source>avoid standard-dose (75 mg) clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated</source>
        <translation>avoid standard-dose (75 mg) clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated</translation>
    </message>
    <message>
        <source>strong after ACS/PCI, moderate in neurovascular disease</source>
        <translation>strong after ACS/PCI, moderate in neurovascular disease</translation>
    </message>
    <message>
        <source>if warfarin, dose by a validated pharmacogenetic algorithm</source>
        <translation>if warfarin, dose by a validated pharmacogenetic algorithm</translation>
    </message>
    <message>
        <source>if warfarin, dose by a validated pharmacogenetic algorithm, or consider another anticoagulant</source>
        <translation>if warfarin, dose by a validated pharmacogenetic algorithm, or consider another anticoagulant</translation>
    </message>
    <message>
        <source>if warfarin, dose 5-10 % above the algorithm&apos;s</source>
        <translation>if warfarin, dose 5-10 % above the algorithm&apos;s</translation>
    </message>
    <message>
        <source>%1 %2: %3 (CPIC %4, %5)</source>
        <translation>%1 %2: %3 (CPIC %4, %5)</translation>
    </message>
    <message>
        <source>on-label: the evidence is for %1, this tumour&apos;s type or a type it belongs to</source>
        <translation>on-label: the evidence is for %1, this tumour&apos;s type or a type it belongs to</translation>
    </message>
    <message>
        <source>tissue-agnostic: approved for the biomarker in any solid tumour not excluded by the label</source>
        <translation>tissue-agnostic: approved for the biomarker in any solid tumour not excluded by the label</translation>
    </message>
    <message>
        <source>other tumour types only: the evidence is for %1, not for this tumour&apos;s type</source>
        <translation>other tumour types only: the evidence is for %1, not for this tumour&apos;s type</translation>
    </message>
    <message>
        <source>no absolute risk reduction: the biomarker predicts the tumour&apos;s response to the drug, not an effect on a risk model&apos;s outcome</source>
        <translation>no absolute risk reduction: the biomarker predicts the tumour&apos;s response to the drug, not an effect on a risk model&apos;s outcome</translation>
    </message>
    <message>
        <source>%1 %2 predicts sensitivity to %3</source>
        <translation>%1 %2 predicts sensitivity to %3</translation>
    </message>
    <message>
        <source>%1 %2 predicts resistance to %3</source>
        <translation>%1 %2 predicts resistance to %3</translation>
    </message>
    <message>
        <source>warning: %1 %2 predicts resistance to %3 (%4)</source>
        <translation>warning: %1 %2 predicts resistance to %3 (%4)</translation>
    </message>
    <message>
        <source>Relative risks of several options are multiplied (independence assumed) and applied on the hazard scale: risk_with = 1 - (1 - risk)^(RR1 x RR2 x ...).</source>
        <translation>Relative risks of several options are multiplied (independence assumed) and applied on the hazard scale: risk_with = 1 - (1 - risk)^(RR1 x RR2 x ...).</translation>
    </message>
    <message>
        <source>1.0 mmol/L LDL-C lowered</source>
        <translation>1.0 mmol/L LDL-C lowered</translation>
    </message>
    <message>
        <source>10 mm[Hg] SBP lowered</source>
        <translation>10 mm[Hg] SBP lowered</translation>
    </message>
    <message>
        <source>serious vascular events (myocardial infarction, stroke or vascular death), primary prevention trials</source>
        <translation>serious vascular events (myocardial infarction, stroke or vascular death), primary prevention trials</translation>
    </message>
    <message>
        <source>stroke, adjusted-dose warfarin vs control (6 trials, 2900 participants)</source>
        <translation>stroke, adjusted-dose warfarin vs control (6 trials, 2900 participants)</translation>
    </message>
    <message>
        <source>diabetes incidence over 10 years since randomisation, lifestyle vs placebo</source>
        <translation>diabetes incidence over 10 years since randomisation, lifestyle vs placebo</translation>
    </message>
    <message>
        <source>diabetes incidence over 10 years since randomisation, metformin vs placebo</source>
        <translation>diabetes incidence over 10 years since randomisation, metformin vs placebo</translation>
    </message>
    <message>
        <source>major adverse cardiovascular events (cardiovascular death, myocardial infarction or stroke), 8 trials in type 2 diabetes</source>
        <translation>major adverse cardiovascular events (cardiovascular death, myocardial infarction or stroke), 8 trials in type 2 diabetes</translation>
    </message>
    <message>
        <source>smoking = former</source>
        <translation>smoking = former</translation>
    </message>
    <message>
        <source>sbp = 130 mm[Hg] (the target), bp_treated kept as recorded</source>
        <translation>sbp = 130 mm[Hg] (the target), bp_treated kept as recorded</translation>
    </message>
    <message>
        <source>major gastrointestinal and extracranial bleeding RR 1.54 (95% CI 1.30-1.82)</source>
        <translation>major gastrointestinal and extracranial bleeding RR 1.54 (95% CI 1.30-1.82)</translation>
    </message>
    <message>
        <source>SMART-C&apos;s RR 0.63 is for a kidney-disease progression composite (sustained &gt;= 50 % eGFR decline, sustained low eGFR, end-stage kidney disease or death from kidney failure), not the KFRE&apos;s kidney failure: it is not applied to kfre-4</source>
        <translation>SMART-C&apos;s RR 0.63 is for a kidney-disease progression composite (sustained &gt;= 50 % eGFR decline, sustained low eGFR, end-stage kidney disease or death from kidney failure), not the KFRE&apos;s kidney failure: it is not applied to kfre-4</translation>
    </message>
    <message>
        <source>no relative risk for kidney failure in the knowledge base</source>
        <translation>no relative risk for kidney failure in the knowledge base</translation>
    </message>
    <message>
        <source>start at half the usual dose (50 % reduction, activity score 1 or 1.5), then titrate by toxicity or drug-level monitoring</source>
        <translation>start at half the usual dose (50 % reduction, activity score 1 or 1.5), then titrate by toxicity or drug-level monitoring</translation>
    </message>
    <message>
        <source>strong (activity score 1), moderate (activity score 1.5)</source>
        <translation>strong (activity score 1), moderate (activity score 1.5)</translation>
    </message>
    <message>
        <source>avoid fluorouracil and its prodrugs (activity score 0 or 0.5; at 0.5, only if no alternative, a strongly reduced dose with early drug-level monitoring)</source>
        <translation>avoid fluorouracil and its prodrugs (activity score 0 or 0.5; at 0.5, only if no alternative, a strongly reduced dose with early drug-level monitoring)</translation>
    </message>
    <message>
        <source>if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>if the usual start is 2-3 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>if the usual start is 2-3 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>start at 50-80 % of the usual dose and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>start at 50-80 % of the usual dose and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>malignancy: cut the daily dose tenfold and give it three times a week instead of daily, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>malignancy: cut the daily dose tenfold and give it three times a week instead of daily, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>start at 10 mg/m2/day and adjust by myelosuppression, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>start at 10 mg/m2/day and adjust by myelosuppression, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>non-malignant disease: consider a non-thiopurine immunosuppressant; malignancy: tenfold lower daily dose three times a week instead of daily</source>
        <translation>non-malignant disease: consider a non-thiopurine immunosuppressant; malignancy: tenfold lower daily dose three times a week instead of daily</translation>
    </message>
    <message>
        <source>non-malignant disease: consider a non-thiopurine immunosuppressant; malignancy: tenfold lower daily dose</source>
        <translation>non-malignant disease: consider a non-thiopurine immunosuppressant; malignancy: tenfold lower daily dose</translation>
    </message>
    <message>
        <source>tenfold lower daily dose three times a week instead of daily; non-malignant disease: consider an alternative agent</source>
        <translation>tenfold lower daily dose three times a week instead of daily; non-malignant disease: consider an alternative agent</translation>
    </message>
    <message>
        <source>start at 25 % of the usual dose and adjust by myelosuppression; non-malignant disease: consider an alternative agent</source>
        <translation>start at 25 % of the usual dose and adjust by myelosuppression; non-malignant disease: consider an alternative agent</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: start at 20-50 % of the usual dose (2024 update; replaces each gene&apos;s single-gene range)</source>
        <translation>intermediate for both TPMT and NUDT15: start at 20-50 % of the usual dose (2024 update; replaces each gene&apos;s single-gene range)</translation>
    </message>
    <message>
        <source>strength not verified</source>
        <translation>strength not verified</translation>
    </message>
    <message>
        <source>poor metaboliser (e.g. *28/*28, *6/*6, *6/*28): start at 70 % of the usual dose, raise it by the neutrophil count if tolerated</source>
        <translation>poor metaboliser (e.g. *28/*28, *6/*6, *6/*28): start at 70 % of the usual dose, raise it by the neutrophil count if tolerated</translation>
    </message>
    <message>
        <source>DPWG: genotyping essential</source>
        <translation>DPWG: genotyping essential</translation>
    </message>
    <message>
        <source>*28 homozygotes: consider starting at least one dose level lower (label)</source>
        <translation>*28 homozygotes: consider starting at least one dose level lower (label)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4 %5, %6)</source>
        <translation>%1 %2: %3 (%4 %5, %6)</translation>
    </message>
    <message>
        <source>if the usual start is at least 40-60 mg/m2/day, start at 50-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>if the usual start is at least 40-60 mg/m2/day, start at 50-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>malignancy: start at 10 mg/m2/day and adjust by myelosuppression, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>malignancy: start at 10 mg/m2/day and adjust by myelosuppression, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>tenfold lower daily dose three times a week instead of daily, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>tenfold lower daily dose three times a week instead of daily, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>start at 25 % of the usual dose and adjust by myelosuppression, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>start at 25 % of the usual dose and adjust by myelosuppression, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 2 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediate for both TPMT and NUDT15: if the usual start is at least 2 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediate for both TPMT and NUDT15: if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 40 mg/m2/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediate for both TPMT and NUDT15: if the usual start is at least 40 mg/m2/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>c.-1639G&gt;A genotype not determined, so no genotype-based action; decide as if not tested</source>
        <translation>c.-1639G&gt;A genotype not determined, so no genotype-based action; decide as if not tested</translation>
    </message>
    <message>
        <source>if the usual start is at least 2 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>if the usual start is at least 2 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>if the usual start is at least 40 mg/m2/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>if the usual start is at least 40 mg/m2/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: consider a non-thiopurine immunosuppressant</source>
        <translation>poor for TPMT or NUDT15 and the other intermediate or poor: consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>poor for TPMT or NUDT15 and the other intermediate or poor: malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</source>
        <translation>poor for TPMT or NUDT15 and the other intermediate or poor: cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</translation>
    </message>
    <message>
        <source>consider a non-thiopurine immunosuppressant</source>
        <translation>consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</translation>
    </message>
    <message>
        <source>cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</source>
        <translation>cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</translation>
    </message>
</context>
<context>
    <name>precis::ui::AddUserDialog</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>User &amp;name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Add User</translation>
    </message>
    <message>
        <source>The new user signs in with this name and initial password. Hand the password over in person, never by e-mail.</source>
        <translation>The new user signs in with this name and initial password. Hand the password over in person, never by e-mail.</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>&amp;Add User</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <source>Adding %1. Deriving the key for the new password takes a moment.</source>
        <translation>Adding %1. Deriving the key for the new password takes a moment.</translation>
    </message>
    <message>
        <source>Ask for a new password at the first sign-in</source>
        <translation>Ask for a new password at the first sign-in</translation>
    </message>
</context>
<context>
    <name>precis::ui::AdminActionDialog</name>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>The vault asks for your own password again before each change.</source>
        <translation>The vault asks for your own password again before each change.</translation>
    </message>
    <message>
        <source>&amp;Your password</source>
        <translation>&amp;Your password</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Enter your own password to confirm this change.</source>
        <translation>Enter your own password to confirm this change.</translation>
    </message>
</context>
<context>
    <name>precis::ui::AdminText</name>
    <message>
        <source>Your password was not accepted. Nothing was changed.</source>
        <translation>Your password was not accepted. Nothing was changed.</translation>
    </message>
    <message>
        <source>Your roles do not allow this. Only an administrator may manage the vault.</source>
        <translation>Your roles do not allow this. Only an administrator may manage the vault.</translation>
    </message>
    <message>
        <source>The new password does not meet the password rules.</source>
        <translation>The new password does not meet the password rules.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <source>This cannot be done for “%1”: a new user needs a name no one has, you cannot remove yourself, and the vault keeps at least one administrator.</source>
        <extracomment>%1 user name</extracomment>
        <translation>This cannot be done for “%1”: a new user needs a name no one has, you cannot remove yourself, and the vault keeps at least one administrator.</translation>
    </message>
    <message>
        <source>“%1” cannot be used: choose another file, not one of the vault&apos;s own files.</source>
        <extracomment>%1 file path</extracomment>
        <translation>“%1” cannot be used: choose another file, not one of the vault&apos;s own files.</translation>
    </message>
    <message>
        <source>A value was not accepted. Nothing was changed.</source>
        <translation>A value was not accepted. Nothing was changed.</translation>
    </message>
    <message>
        <source>The user “%1” no longer exists.</source>
        <translation>The user “%1” no longer exists.</translation>
    </message>
    <message>
        <source>The file “%1” was not found.</source>
        <translation>The file “%1” was not found.</translation>
    </message>
    <message>
        <source>A file this task needs was not found.</source>
        <translation>A file this task needs was not found.</translation>
    </message>
    <message>
        <source>A file of the vault or of the backup is damaged, so nothing was changed. Run a vault check, or restore another backup.</source>
        <translation>A file of the vault or of the backup is damaged, so nothing was changed. Run a vault check, or restore another backup.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read or written. Check the disk, the free space and the folder&apos;s permissions.</source>
        <translation>The file “%1” could not be read or written. Check the disk, the free space and the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the disk, the free space and the folder&apos;s permissions.</source>
        <translation>A file could not be read or written. Check the disk, the free space and the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>This task is not available for this vault at the moment. Lock the vault, sign in again and retry.</source>
        <translation>This task is not available for this vault at the moment. Lock the vault, sign in again and retry.</translation>
    </message>
    <message>
        <source>An internal check failed, so nothing was changed. Lock the vault and try again.</source>
        <translation>An internal check failed, so nothing was changed. Lock the vault and try again.</translation>
    </message>
    <message>
        <source>At least %1 characters (%2 so far).</source>
        <translation>At least %1 characters (%2 so far).</translation>
    </message>
    <message>
        <source>At most %1 characters (%2 typed).</source>
        <translation>At most %1 characters (%2 typed).</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>The demo password is accepted only in demo vaults.</source>
        <translation>The demo password is accepted only in demo vaults.</translation>
    </message>
    <message>
        <source>This password is on the list of common passwords. Choose another.</source>
        <translation>This password is on the list of common passwords. Choose another.</translation>
    </message>
    <message>
        <source>The password meets the rules. Type it again below.</source>
        <translation>The password meets the rules. Type it again below.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>A user name has at most 64 characters.</source>
        <translation>A user name has at most 64 characters.</translation>
    </message>
    <message>
        <source>A user name has no spaces and no commas.</source>
        <translation>A user name has no spaces and no commas.</translation>
    </message>
    <message>
        <source>“recovery” is reserved for the recovery key.</source>
        <translation>“recovery” is reserved for the recovery key.</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>There is already a user “%1”.</translation>
    </message>
    <message>
        <source>The vault must keep at least one administrator.</source>
        <translation>The vault must keep at least one administrator.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Opened with the recovery key</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Chart opened</source>
        <translation>Chart opened</translation>
    </message>
    <message>
        <source>Patient list read</source>
        <translation>Patient list read</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Patient search</translation>
    </message>
    <message>
        <source>Chart written</source>
        <translation>Chart written</translation>
    </message>
    <message>
        <source>Value corrected</source>
        <translation>Value corrected</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>User removed</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Data key rotated</source>
        <translation>Data key rotated</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation>Restored from backup</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Audit chain verified</source>
        <translation>Audit chain verified</translation>
    </message>
    <message>
        <source>Vault checked</source>
        <translation>Vault checked</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>Audit trail read</source>
        <translation>Audit trail read</translation>
    </message>
    <message>
        <source>Backup checked</source>
        <translation>Backup checked</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) fail their check, the first is page %1.</source>
        <translation>
            <numerusform>%n page fails its check: page %1.</numerusform>
            <numerusform>%n pages fail their check, the first is page %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database structure check found %n problem(s).</source>
        <translation>
            <numerusform>The database structure check found %n problem.</numerusform>
            <numerusform>The database structure check found %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your own password first: sign out, and sign in again to choose it.</source>
        <translation>Choose your own password first: sign out, and sign in again to choose it.</translation>
    </message>
</context>
<context>
    <name>precis::ui::AdministrationWidget</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 user name, %2 roles</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <source>&amp;Users and Roles</source>
        <translation>&amp;Users and Roles</translation>
    </message>
    <message>
        <source>&amp;Backups and Keys</source>
        <translation>&amp;Backups and Keys</translation>
    </message>
    <message>
        <source>Audit &amp;Trail</source>
        <translation>Audit &amp;Trail</translation>
    </message>
</context>
<context>
    <name>precis::ui::AssessmentDialog</name>
    <message>
        <source>Recorded Assessment</source>
        <translation>Recorded Assessment</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2, values as of %3. Shown exactly as recorded; nothing is recomputed.</source>
        <extracomment>%1 user, %2 date and time recorded, %3 as-of date</extracomment>
        <translation>Recorded by %1 on %2, values as of %3. Shown exactly as recorded; nothing is recomputed.</translation>
    </message>
    <message>
        <source>This assessment cannot be shown by this version of Precis (%1). It is kept unchanged in the vault.</source>
        <translation>This assessment cannot be shown by this version of Precis (%1). It is kept unchanged in the vault.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Warnings or reason</source>
        <translation>Warnings or reason</translation>
    </message>
    <message>
        <source>cannot compute</source>
        <translation>cannot compute</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Inputs: %1</source>
        <translation>Inputs: %1</translation>
    </message>
</context>
<context>
    <name>precis::ui::AuditPanel</name>
    <message>
        <source>Filter by user</source>
        <translation>Filter by user</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <source>Filter by patient ID</source>
        <translation>Filter by patient ID</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Clear every filter</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Read the audit trail again</source>
        <translation>Read the audit trail again</translation>
    </message>
    <message>
        <source>Check every row of the hash chain</source>
        <translation>Check every row of the hash chain</translation>
    </message>
    <message>
        <source>Head of the audit chain</source>
        <translation>Head of the audit chain</translation>
    </message>
    <message>
        <source>Head now</source>
        <translation>Head now</translation>
    </message>
    <message>
        <source>Copy the head (row count and hash) to write it down elsewhere</source>
        <translation>Copy the head (row count and hash) to write it down elsewhere</translation>
    </message>
    <message>
        <source>Reading the audit trail.</source>
        <translation>Reading the audit trail.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows.</source>
        <extracomment>%1 rows shown, %2 rows in the trail</extracomment>
        <translation>Showing %1 of %2 rows.</translation>
    </message>
    <message>
        <source>Verifying every row of the audit chain.</source>
        <translation>Verifying every row of the audit chain.</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %Ln row(s) verified. Write the head below down outside this computer: a later check that no longer finds it reveals that the vault was rolled back.</source>
        <translation>
            <numerusform>The audit chain is intact: %Ln row verified. Write the head below down outside this computer: a later check that no longer finds it reveals that the vault was rolled back.</numerusform>
            <numerusform>The audit chain is intact: %Ln rows verified. Write the head below down outside this computer: a later check that no longer finds it reveals that the vault was rolled back.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1: a row was changed, removed or reordered. Keep this vault as it is, restore a backup to a new file for comparison, and report it.</source>
        <translation>The audit chain is broken at row %1: a row was changed, removed or reordered. Keep this vault as it is, restore a backup to a new file for comparison, and report it.</translation>
    </message>
    <message>
        <source>The audit chain&apos;s head does not match its rows: rows at the end were removed, or the head record was changed. Keep this vault as it is and report it.</source>
        <translation>The audit chain&apos;s head does not match its rows: rows at the end were removed, or the head record was changed. Keep this vault as it is and report it.</translation>
    </message>
    <message>
        <source>&amp;Show All</source>
        <translation>&amp;Show All</translation>
    </message>
    <message>
        <source>Us&amp;er</source>
        <translation>Us&amp;er</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <source>Patient &amp;ID</source>
        <translation>Patient &amp;ID</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Ve&amp;rify Chain</source>
        <translation>Ve&amp;rify Chain</translation>
    </message>
    <message>
        <source>Cop&amp;y Head</source>
        <translation>Cop&amp;y Head</translation>
    </message>
</context>
<context>
    <name>precis::ui::AuditTableModel</name>
    <message>
        <source>%1 (UTC, as stored)</source>
        <extracomment>Tooltip: the stored UTC time of an audit row</extracomment>
        <translation>%1 (UTC, as stored)</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Audit table column: the row&apos;s number in the chain</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <extracomment>Audit table column: the patient&apos;s internal id (no name is shown here)</extracomment>
        <translation>Patient ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>precis::ui::BackupDialog</name>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoose...</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>Backup &amp;file</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>Back Up Vault</translation>
    </message>
    <message>
        <source>The backup is an encrypted copy of the vault and its key file (a second file ending .keys), readable with the passwords and the recovery key valid today. Keep it on another disk, locked away. It is checked after writing.</source>
        <translation>The backup is an encrypted copy of the vault and its key file (a second file ending .keys), readable with the passwords and the recovery key valid today. Keep it on another disk, locked away. It is checked after writing.</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>&amp;Back Up</translation>
    </message>
    <message>
        <source>Precis vaults (*.precis)</source>
        <translation>Precis vaults (*.precis)</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Choose where to write the backup.</translation>
    </message>
    <message>
        <source>The backup must not replace the vault itself. Choose another file.</source>
        <translation>The backup must not replace the vault itself. Choose another file.</translation>
    </message>
    <message>
        <source>Writing and checking the backup %1.</source>
        <translation>Writing and checking the backup %1.</translation>
    </message>
    <message>
        <source>The backup was written but does not pass its check: %1 Do not rely on it; write it again, preferably to another disk.</source>
        <translation>The backup was written but does not pass its check: %1 Do not rely on it; write it again, preferably to another disk.</translation>
    </message>
</context>
<context>
    <name>precis::ui::ChartPanel</name>
    <message>
        <source>Chart values as a table</source>
        <translation>Chart values as a table</translation>
    </message>
    <message>
        <source>Show as Ta&amp;ble</source>
        <translation>Show as Ta&amp;ble</translation>
    </message>
    <message>
        <source>The chart&apos;s numbers as a table (for screen readers and keyboard)</source>
        <translation>The chart&apos;s numbers as a table (for screen readers and keyboard)</translation>
    </message>
    <message>
        <source>Show as &amp;Chart</source>
        <translation>Show as &amp;Chart</translation>
    </message>
</context>
<context>
    <name>precis::ui::ChooseOwnPasswordDialog</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Choose Your Password</source>
        <translation>Choose Your Password</translation>
    </message>
    <message>
        <source>An administrator set your current password, so someone else knows it. Choose your own password before you continue; the current one stops working at once. Cancel signs you out.</source>
        <translation>An administrator set your current password, so someone else knows it. Choose your own password before you continue; the current one stops working at once. Cancel signs you out.</translation>
    </message>
    <message>
        <source>&amp;Set My Password</source>
        <translation>&amp;Set My Password</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>The new password must differ from the one the administrator set.</source>
        <translation>The new password must differ from the one the administrator set.</translation>
    </message>
    <message>
        <source>Setting your new password. Deriving its key takes a moment.</source>
        <translation>Setting your new password. Deriving its key takes a moment.</translation>
    </message>
</context>
<context>
    <name>precis::ui::ComparisonPanel</name>
    <message>
        <source>Cardiovascular models side by side</source>
        <translation>Cardiovascular models side by side</translation>
    </message>
    <message>
        <source>cannot compute</source>
        <translation>cannot compute</translation>
    </message>
    <message>
        <source>The models answer different questions: they were derived in different populations and decades, count different events (PREVENT&apos;s total CVD includes heart failure; SCORE2 counts fatal and non-fatal events; QRISK3 includes TIA) and some are recalibrated to a region. Differences between them are expected; use the one your guideline names.</source>
        <translation>The models answer different questions: they were derived in different populations and decades, count different events (PREVENT&apos;s total CVD includes heart failure; SCORE2 counts fatal and non-fatal events; QRISK3 includes TIA) and some are recalibrated to a region. Differences between them are expected; use the one your guideline names.</translation>
    </message>
    <message>
        <source>The PCE use race; PREVENT, shown beside them, does not. The AHA moved away from race because it stands in for social and environmental exposures rather than biology.</source>
        <translation>The PCE use race; PREVENT, shown beside them, does not. The AHA moved away from race because it stands in for social and environmental exposures rather than biology.</translation>
    </message>
    <message>
        <source>No cardiovascular model could compute a result for this patient.</source>
        <translation>No cardiovascular model could compute a result for this patient.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>10-year risk</source>
        <translation>10-year risk</translation>
    </message>
</context>
<context>
    <name>precis::ui::ContributionPanel</name>
    <message>
        <source>Contributions to the selected risk</source>
        <translation>Contributions to the selected risk</translation>
    </message>
    <message>
        <source>Select a risk card with a result to see where the risk comes from.</source>
        <translation>Select a risk card with a result to see where the risk comes from.</translation>
    </message>
    <message>
        <source>No result to explain.</source>
        <translation>No result to explain.</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <source>%1: this patient %2 against %3 for the card&apos;s reference profile (same age and sex). Each bar is that factor&apos;s share of the difference, in %4; the bars add up to the difference.</source>
        <extracomment>%1 model, %2 patient&apos;s value, %3 reference value, %4 unit word</extracomment>
        <translation>%1: this patient %2 against %3 for the card&apos;s reference profile (same age and sex). Each bar is that factor&apos;s share of the difference, in %4; the bars add up to the difference.</translation>
    </message>
    <message>
        <source>Raises the risk</source>
        <translation>Raises the risk</translation>
    </message>
    <message>
        <source>Lowers the risk</source>
        <translation>Lowers the risk</translation>
    </message>
    <message>
        <source>raises</source>
        <translation>raises</translation>
    </message>
    <message>
        <source>lowers</source>
        <translation>lowers</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Contribution (%1)</source>
        <translation>Contribution (%1)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>This result cannot be explained against the model&apos;s reference profile: the model cannot score the reference values of some factors for this patient.</source>
        <translation>This result cannot be explained against the model&apos;s reference profile: the model cannot score the reference values of some factors for this patient.</translation>
    </message>
    <message>
        <source>This result cannot be explained against the model&apos;s reference profile.</source>
        <translation>This result cannot be explained against the model&apos;s reference profile.</translation>
    </message>
</context>
<context>
    <name>precis::ui::Format</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Diverse</source>
        <extracomment>Administrative sex other than female or male (FHIR &quot;other&quot;; German &quot;divers&quot;).</extracomment>
        <translation>Diverse</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Physician</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>precis::ui::GenomicsView</name>
    <message>
        <source>clopidogrel</source>
        <translation>clopidogrel</translation>
    </message>
    <message>
        <source>statins (simvastatin, atorvastatin and others)</source>
        <translation>statins (simvastatin, atorvastatin and others)</translation>
    </message>
    <message>
        <source>rosuvastatin</source>
        <translation>rosuvastatin</translation>
    </message>
    <message>
        <source>warfarin; fluvastatin</source>
        <translation>warfarin; fluvastatin</translation>
    </message>
    <message>
        <source>warfarin</source>
        <translation>warfarin</translation>
    </message>
    <message>
        <source>fluoropyrimidines (fluorouracil, capecitabine)</source>
        <translation>fluoropyrimidines (fluorouracil, capecitabine)</translation>
    </message>
    <message>
        <source>irinotecan</source>
        <translation>irinotecan</translation>
    </message>
    <message>
        <source>codeine, tramadol and others (not interpreted by Precis)</source>
        <translation>codeine, tramadol and others (not interpreted by Precis)</translation>
    </message>
    <message>
        <source>abacavir, allopurinol, carbamazepine (not interpreted by Precis)</source>
        <translation>abacavir, allopurinol, carbamazepine (not interpreted by Precis)</translation>
    </message>
    <message>
        <source>Ultrarapid Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Ultrarapid Metabolizer</translation>
    </message>
    <message>
        <source>Rapid Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Rapid Metabolizer</translation>
    </message>
    <message>
        <source>Normal Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Normal Metabolizer</translation>
    </message>
    <message>
        <source>Likely Intermediate Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Likely Intermediate Metabolizer</translation>
    </message>
    <message>
        <source>Intermediate Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Intermediate Metabolizer</translation>
    </message>
    <message>
        <source>Possible Intermediate Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Possible Intermediate Metabolizer</translation>
    </message>
    <message>
        <source>Likely Poor Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Likely Poor Metabolizer</translation>
    </message>
    <message>
        <source>Poor Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Poor Metabolizer</translation>
    </message>
    <message>
        <source>Increased Function</source>
        <extracomment>CPIC phenotype term for transporters</extracomment>
        <translation>Increased Function</translation>
    </message>
    <message>
        <source>Normal Function</source>
        <extracomment>CPIC phenotype term for transporters</extracomment>
        <translation>Normal Function</translation>
    </message>
    <message>
        <source>Decreased Function</source>
        <extracomment>CPIC phenotype term for transporters</extracomment>
        <translation>Decreased Function</translation>
    </message>
    <message>
        <source>Possible Decreased Function</source>
        <extracomment>CPIC phenotype term for transporters</extracomment>
        <translation>Possible Decreased Function</translation>
    </message>
    <message>
        <source>Poor Function</source>
        <extracomment>CPIC phenotype term for transporters</extracomment>
        <translation>Poor Function</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <extracomment>CPIC phenotype term: the result cannot be interpreted (e.g. positions untested)</extracomment>
        <translation>Indeterminate</translation>
    </message>
    <message>
        <source>Pharmacogenomic results</source>
        <translation>Pharmacogenomic results</translation>
    </message>
    <message>
        <source>A gene not listed was not tested. Untested positions and Indeterminate results are marked: they are never normal.</source>
        <translation>A gene not listed was not tested. Untested positions and Indeterminate results are marked: they are never normal.</translation>
    </message>
    <message>
        <source>Import VC&amp;F...</source>
        <translation>Import VC&amp;F...</translation>
    </message>
    <message>
        <source>Call the pharmacogenes from a VCF or BCF file and store the results (physicians)</source>
        <translation>Call the pharmacogenes from a VCF or BCF file and store the results (physicians)</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gene</translation>
    </message>
    <message>
        <source>Diplotype</source>
        <translation>Diplotype</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Phenotype</translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation>Activity score</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Tested</translation>
    </message>
    <message>
        <source>Untested</source>
        <translation>Untested</translation>
    </message>
    <message>
        <source>Drugs affected</source>
        <translation>Drugs affected</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Positions of the gene&apos;s allele definitions that the file covered</source>
        <translation>Positions of the gene&apos;s allele definitions that the file covered</translation>
    </message>
    <message>
        <source>Positions of the gene&apos;s allele definitions that the file did not cover</source>
        <translation>Positions of the gene&apos;s allele definitions that the file did not cover</translation>
    </message>
    <message>
        <source>Not interpreted (outside result)</source>
        <translation>Not interpreted (outside result)</translation>
    </message>
    <message>
        <source>%1 (positions untested)</source>
        <extracomment>%1 a phenotype, e.g. &quot;Normal Metabolizer&quot;</extracomment>
        <translation>%1 (positions untested)</translation>
    </message>
    <message>
        <source>Indeterminate: the result cannot be interpreted. It is not a normal result. %1</source>
        <translation>Indeterminate: the result cannot be interpreted. It is not a normal result. %1</translation>
    </message>
    <message>
        <source>Some positions were not tested: an allele there would not have been seen. %1</source>
        <translation>Some positions were not tested: an allele there would not have been seen. %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <extracomment>Activity score not defined for this gene</extracomment>
        <translation>n/a</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message numerus="yes">
        <source>%n untested: %1</source>
        <translation>
            <numerusform>%n untested: %1</numerusform>
            <numerusform>%n untested: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>VCF</source>
        <translation>VCF</translation>
    </message>
    <message>
        <source>VCF, sample %1</source>
        <translation>VCF, sample %1</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Typed in</translation>
    </message>
    <message>
        <source>Outside result</source>
        <translation>Outside result</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 source, %2 date recorded</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Recorded by %1</translation>
    </message>
    <message>
        <source>File SHA-256: %1</source>
        <translation>File SHA-256: %1</translation>
    </message>
    <message>
        <source>Allele definitions: %1</source>
        <translation>Allele definitions: %1</translation>
    </message>
    <message>
        <source>Tumour type (OncoTree): %1</source>
        <translation>Tumour type (OncoTree): %1</translation>
    </message>
    <message>
        <source>Listed regions were assumed to be reference.</source>
        <translation>Listed regions were assumed to be reference.</translation>
    </message>
    <message>
        <source>No pharmacogenomic results are stored for this patient.</source>
        <translation>No pharmacogenomic results are stored for this patient.</translation>
    </message>
    <message>
        <source>Import VCF</source>
        <translation>Import VCF</translation>
    </message>
    <message>
        <source>Variant files (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Variant files (*.vcf *.vcf.gz *.bcf);;All files (*)</translation>
    </message>
    <message>
        <source>Reading and calling the file...</source>
        <translation>Reading and calling the file...</translation>
    </message>
    <message>
        <source>Calling the pharmacogenes...</source>
        <translation>Calling the pharmacogenes...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message numerus="yes">
        <source>%n gene result(s) stored from sample %1.</source>
        <translation>
            <numerusform>%n gene result stored from sample %1.</numerusform>
            <numerusform>%n gene results stored from sample %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only physicians can import genomic results. Nothing was stored.</source>
        <translation>Only physicians can import genomic results. Nothing was stored.</translation>
    </message>
    <message>
        <source>Your session does not allow this import. Nothing was stored.</source>
        <translation>Your session does not allow this import. Nothing was stored.</translation>
    </message>
    <message>
        <source>The file is malformed at %1. Nothing was stored.</source>
        <extracomment>%1 where in the file (e.g. &quot;line 12, POS&quot;)</extracomment>
        <translation>The file is malformed at %1. Nothing was stored.</translation>
    </message>
    <message>
        <source>The file cannot be read. Nothing was stored.</source>
        <translation>The file cannot be read. Nothing was stored.</translation>
    </message>
    <message>
        <source>The results could not be stored. Nothing was stored; lock the vault and ask your administrator to run a vault check.</source>
        <translation>The results could not be stored. Nothing was stored; lock the vault and ask your administrator to run a vault check.</translation>
    </message>
    <message>
        <source>Tumour findings</source>
        <translation>Tumour findings</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Therapy</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>On-label: evidence for this tumour type (or a type it belongs to); tissue-agnostic: approved for the biomarker in any solid tumour the label does not exclude; other tumour: evidence for other types only</source>
        <translation>On-label: evidence for this tumour type (or a type it belongs to); tissue-agnostic: approved for the biomarker in any solid tumour the label does not exclude; other tumour: evidence for other types only</translation>
    </message>
    <message>
        <source>The tumour findings could not be read. Lock the vault and ask your administrator to run a vault check.</source>
        <translation>The tumour findings could not be read. Lock the vault and ask your administrator to run a vault check.</translation>
    </message>
    <message>
        <source>on-label</source>
        <extracomment>Tumour finding context: evidence for the patient&apos;s tumour type</extracomment>
        <translation>on-label</translation>
    </message>
    <message>
        <source>tissue-agnostic</source>
        <extracomment>Tumour finding context: approved for the biomarker whatever the tumour type</extracomment>
        <translation>tissue-agnostic</translation>
    </message>
    <message>
        <source>other tumour types</source>
        <extracomment>Tumour finding context: evidence for other tumour types only</extracomment>
        <translation>other tumour types</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <extracomment>Tumour finding effect: the variant predicts response to the therapy</extracomment>
        <translation>sensitivity</translation>
    </message>
    <message>
        <source>resistance</source>
        <extracomment>Tumour finding effect: the variant predicts resistance to the therapy</extracomment>
        <translation>resistance</translation>
    </message>
    <message>
        <source>No tumour file is stored for this patient.</source>
        <translation>No tumour file is stored for this patient.</translation>
    </message>
    <message>
        <source>Tumour type %1 (OncoTree), imported on %2 by %3; matched with tumour knowledge %4 and %5. Only listed variants are matched; a variant not listed matched nothing.</source>
        <extracomment>%1 OncoTree code, %2 date, %3 user, %4 tumour knowledge version, %5 OncoTree release</extracomment>
        <translation>Tumour type %1 (OncoTree), imported on %2 by %3; matched with tumour knowledge %4 and %5. Only listed variants are matched; a variant not listed matched nothing.</translation>
    </message>
    <message>
        <source>No variant in the file has an entry in the knowledge.</source>
        <translation>No variant in the file has an entry in the knowledge.</translation>
    </message>
    <message>
        <source>Evidence for: %1</source>
        <extracomment>%1 OncoTree codes of the evidence behind a tumour finding</extracomment>
        <translation>Evidence for: %1</translation>
    </message>
    <message>
        <source>Enter &amp;Result...</source>
        <translation>Enter &amp;Result...</translation>
    </message>
    <message>
        <source>Type in one gene&apos;s result from a laboratory report (physicians)</source>
        <translation>Type in one gene&apos;s result from a laboratory report (physicians)</translation>
    </message>
    <message>
        <source>The result was not stored: the vault refused it (%1).</source>
        <translation>The result was not stored: the vault refused it (%1).</translation>
    </message>
    <message>
        <source>The %1 result was stored.</source>
        <extracomment>%1 gene</extracomment>
        <translation>The %1 result was stored.</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>unresolved</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>thiopurines (azathioprine, mercaptopurine, thioguanine)</source>
        <translation>thiopurines (azathioprine, mercaptopurine, thioguanine)</translation>
    </message>
    <message>
        <source>%1: no genotype-based recommendation (phenotype not determined)</source>
        <extracomment>%1 a drug; the phenotype was Indeterminate or not given</extracomment>
        <translation>%1: no genotype-based recommendation (phenotype not determined)</translation>
    </message>
    <message>
        <source>%1: no recommendation in Precis&apos;s table for this phenotype</source>
        <translation>%1: no recommendation in Precis&apos;s table for this phenotype</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %4, %5)</source>
        <extracomment>%1 drug, %2 action, %3 source (CPIC, DPWG, FDA), %4 year, %5 strength</extracomment>
        <translation>%1: %2 (%3 %4, %5)</translation>
    </message>
    <message>
        <source>The recommendation table could not be read.</source>
        <translation>The recommendation table could not be read.</translation>
    </message>
    <message>
        <source>Import Tumour VCF</source>
        <translation>Import Tumour VCF</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>An OncoTree entry in a list: %1 code, %2 tumour type name (as OncoTree names it)</extracomment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Tumour type (OncoTree code):</source>
        <translation>Tumour type (OncoTree code):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OncoTree code. Nothing was stored.</source>
        <extracomment>%1 what was typed</extracomment>
        <translation>&quot;%1&quot; is not an OncoTree code. Nothing was stored.</translation>
    </message>
    <message>
        <source>Reading and matching the tumour file...</source>
        <translation>Reading and matching the tumour file...</translation>
    </message>
    <message>
        <source>Matching the tumour&apos;s variants...</source>
        <translation>Matching the tumour&apos;s variants...</translation>
    </message>
    <message numerus="yes">
        <source>%n tumour finding(s) stored for tumour type %1.</source>
        <translation>
            <numerusform>%n tumour finding stored for tumour type %1.</numerusform>
            <numerusform>%n tumour findings stored for tumour type %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed variant(s) in records that failed the caller&apos;s filters were not matched.</source>
        <translation>
            <numerusform>%n listed variant in a record that failed the caller&apos;s filters was not matched.</numerusform>
            <numerusform>%n listed variants in records that failed the caller&apos;s filters were not matched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import T&amp;umour VCF...</source>
        <translation>Import T&amp;umour VCF...</translation>
    </message>
    <message>
        <source>Match a tumour&apos;s somatic VCF to targeted therapies and store the findings (physicians)</source>
        <translation>Match a tumour&apos;s somatic VCF to targeted therapies and store the findings (physicians)</translation>
    </message>
    <message>
        <source>%1; advice: %2 (%3)</source>
        <extracomment>%1 the line before, %2 the guideline&apos;s advice, %3 its strength</extracomment>
        <translation>%1; advice: %2 (%3)</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the notes of one gene&apos;s call</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>no CPIC phenotype</source>
        <extracomment>Phenotype cell of a gene for which CPIC defines no phenotype (CYP4F2)</extracomment>
        <translation>no CPIC phenotype</translation>
    </message>
    <message>
        <source>FDA label</source>
        <translation>FDA label</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n samples. Which one is this patient&apos;s?</source>
        <extracomment>%n samples in the file; the user picks the patient&apos;s</extracomment>
        <translation>
            <numerusform>The file holds %n samples. Which one is this patient&apos;s?</numerusform>
            <numerusform>The file holds %n samples. Which one is this patient&apos;s?</numerusform>
        </translation>
    </message>
    <message>
        <source>chromosome %1 is %2 bases long</source>
        <extracomment>%1 a chromosome (&quot;10&quot;), %2 its length in the file&apos;s ##contig line</extracomment>
        <translation>chromosome %1 is %2 bases long</translation>
    </message>
    <message>
        <source>##reference=%1</source>
        <translation>##reference=%1</translation>
    </message>
    <message>
        <source>no ##reference line and no ##contig lengths</source>
        <translation>no ##reference line and no ##contig lengths</translation>
    </message>
    <message>
        <source>Precis reads GRCh38 files only: lift the file over to GRCh38 or re-call it against GRCh38, with ##contig lines that give lengths. Nothing was stored.</source>
        <translation>Precis reads GRCh38 files only: lift the file over to GRCh38 or re-call it against GRCh38, with ##contig lines that give lengths. Nothing was stored.</translation>
    </message>
    <message>
        <source>The file is on the GRCh37 genome build (%1).</source>
        <translation>The file is on the GRCh37 genome build (%1).</translation>
    </message>
    <message>
        <source>The file&apos;s header contradicts itself: its ##reference names GRCh37 (%1) but its contig lengths are GRCh38. Correct the header. Nothing was stored.</source>
        <translation>The file&apos;s header contradicts itself: its ##reference names GRCh37 (%1) but its contig lengths are GRCh38. Correct the header. Nothing was stored.</translation>
    </message>
    <message>
        <source>The file&apos;s genome build cannot be told.</source>
        <translation>The file&apos;s genome build cannot be told.</translation>
    </message>
    <message>
        <source>The file&apos;s genome build cannot be told (%1).</source>
        <translation>The file&apos;s genome build cannot be told (%1).</translation>
    </message>
    <message>
        <source>The file has no sample “%1”. Nothing was stored.</source>
        <translation>The file has no sample “%1”. Nothing was stored.</translation>
    </message>
</context>
<context>
    <name>precis::ui::GenotypeEntryDialog</name>
    <message>
        <source>Enter Laboratory Result</source>
        <translation>Enter Laboratory Result</translation>
    </message>
    <message>
        <source>One gene&apos;s result as the laboratory report gives it. It is stored in the patient&apos;s record as typed in, with your name and the time; it cannot be edited later, a newer result replaces it and both are kept.</source>
        <translation>One gene&apos;s result as the laboratory report gives it. It is stored in the patient&apos;s record as typed in, with your name and the time; it cannot be edited later, a newer result replaces it and both are kept.</translation>
    </message>
    <message>
        <source>Laboratory and report date (optional)</source>
        <translation>Laboratory and report date (optional)</translation>
    </message>
    <message>
        <source>&amp;Gene:</source>
        <translation>&amp;Gene:</translation>
    </message>
    <message>
        <source>&amp;Diplotype:</source>
        <translation>&amp;Diplotype:</translation>
    </message>
    <message>
        <source>&amp;Phenotype (as reported):</source>
        <translation>&amp;Phenotype (as reported):</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Store Result</source>
        <translation>&amp;Store Result</translation>
    </message>
    <message>
        <source>Not interpreted by Precis</source>
        <translation>Not interpreted by Precis</translation>
    </message>
    <message>
        <source>e.g. *57:01/*08:01</source>
        <translation>e.g. *57:01/*08:01</translation>
    </message>
    <message>
        <source>e.g. *1/*4</source>
        <translation>e.g. *1/*4</translation>
    </message>
    <message>
        <source>Stored as the report gives it; Precis does not derive a phenotype or a drug recommendation from %1.</source>
        <translation>Stored as the report gives it; Precis does not derive a phenotype or a drug recommendation from %1.</translation>
    </message>
    <message>
        <source>Choose...</source>
        <extracomment>Placeholder: no phenotype chosen yet</extracomment>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>No CPIC phenotype for this gene</source>
        <translation>No CPIC phenotype for this gene</translation>
    </message>
    <message>
        <source>GG, GA or AA</source>
        <translation>GG, GA or AA</translation>
    </message>
    <message>
        <source>The rs9923231 genotype on the gene&apos;s strand (c.-1639G&gt;A).</source>
        <translation>The rs9923231 genotype on the gene&apos;s strand (c.-1639G&gt;A).</translation>
    </message>
    <message>
        <source>e.g. %1/%2</source>
        <translation>e.g. %1/%2</translation>
    </message>
    <message>
        <source>Alleles defined: %1</source>
        <translation>Alleles defined: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the diplotype as the report gives it.</source>
        <translation>Type the diplotype as the report gives it.</translation>
    </message>
    <message>
        <source>Not an HLA-B allele Precis accepts: one or two alleles such as *57:01 or *57:01/*08:01.</source>
        <translation>Not an HLA-B allele Precis accepts: one or two alleles such as *57:01 or *57:01/*08:01.</translation>
    </message>
    <message>
        <source>Not a CYP2D6 diplotype Precis accepts: two star alleles such as *1/*4, with a copy number as in *2x2/*4.</source>
        <translation>Not a CYP2D6 diplotype Precis accepts: two star alleles such as *1/*4, with a copy number as in *2x2/*4.</translation>
    </message>
    <message>
        <source>Not a VKORC1 genotype: type GG, GA or AA.</source>
        <translation>Not a VKORC1 genotype: type GG, GA or AA.</translation>
    </message>
    <message>
        <source>Not a %1 diplotype Precis knows: two alleles defined for the gene, separated by &quot;/&quot;.</source>
        <translation>Not a %1 diplotype Precis knows: two alleles defined for the gene, separated by &quot;/&quot;.</translation>
    </message>
    <message>
        <source>no CPIC phenotype</source>
        <translation>no CPIC phenotype</translation>
    </message>
    <message>
        <source>Precis&apos;s definitions give %1 for %2.</source>
        <extracomment>%1 phenotype, %2 diplotype</extracomment>
        <translation>Precis&apos;s definitions give %1 for %2.</translation>
    </message>
    <message>
        <source>Activity score %1.</source>
        <translation>Activity score %1.</translation>
    </message>
    <message>
        <source>The phenotype chosen differs: it will be stored as reported, with this difference noted.</source>
        <translation>The phenotype chosen differs: it will be stored as reported, with this difference noted.</translation>
    </message>
</context>
<context>
    <name>precis::ui::IconArray</name>
    <message>
        <source>%1 of 100 figures filled</source>
        <translation>%1 of 100 figures filled</translation>
    </message>
</context>
<context>
    <name>precis::ui::IntakeWidget</name>
    <message>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Acute coronary syndrome or PCI</source>
        <translation>Acute coronary syndrome or PCI</translation>
    </message>
    <message>
        <source>Mechanical heart valve</source>
        <translation>Mechanical heart valve</translation>
    </message>
    <message>
        <source>Moderate to severe mitral stenosis</source>
        <translation>Moderate to severe mitral stenosis</translation>
    </message>
    <message>
        <source>On dialysis</source>
        <translation>On dialysis</translation>
    </message>
    <message>
        <source>Prior diabetic ketoacidosis</source>
        <translation>Prior diabetic ketoacidosis</translation>
    </message>
    <message>
        <source>Personal or family history of medullary thyroid carcinoma or MEN 2</source>
        <translation>Personal or family history of medullary thyroid carcinoma or MEN 2</translation>
    </message>
    <message>
        <source>Bleeding history</source>
        <translation>Bleeding history</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Type 1</source>
        <translation>Type 1</translation>
    </message>
    <message>
        <source>Type 2</source>
        <translation>Type 2</translation>
    </message>
    <message>
        <source>Never smoked</source>
        <translation>Never smoked</translation>
    </message>
    <message>
        <source>Former smoker</source>
        <translation>Former smoker</translation>
    </message>
    <message>
        <source>Current, light (under 10 a day)</source>
        <translation>Current, light (under 10 a day)</translation>
    </message>
    <message>
        <source>Current, heavy (20 or more a day)</source>
        <translation>Current, heavy (20 or more a day)</translation>
    </message>
    <message>
        <source>Current, amount unknown</source>
        <translation>Current, amount unknown</translation>
    </message>
    <message>
        <source>Other relative (grandparent, aunt, uncle, cousin)</source>
        <translation>Other relative (grandparent, aunt, uncle, cousin)</translation>
    </message>
    <message>
        <source>First-degree relative (parent, sibling, child)</source>
        <translation>First-degree relative (parent, sibling, child)</translation>
    </message>
    <message>
        <source>&amp;Save Visit</source>
        <translation>&amp;Save Visit</translation>
    </message>
    <message>
        <source>Save every value of this visit in one step (Enter or Ctrl+S)</source>
        <translation>Save every value of this visit in one step (Enter or Ctrl+S)</translation>
    </message>
    <message>
        <source>%1  (Alt+%2)</source>
        <extracomment>Intake section title with its shortcut number</extracomment>
        <translation>%1  (Alt+%2)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>When the values were measured (not when they are typed)</source>
        <translation>When the values were measured (not when they are typed)</translation>
    </message>
    <message>
        <source>&amp;Measured at:</source>
        <translation>&amp;Measured at:</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blood pressure</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Systolic (mmHg)</source>
        <translation>Systolic (mmHg)</translation>
    </message>
    <message>
        <source>Diastolic (mmHg)</source>
        <translation>Diastolic (mmHg)</translation>
    </message>
    <message>
        <source>Systolic reading %1</source>
        <translation>Systolic reading %1</translation>
    </message>
    <message>
        <source>Diastolic reading %1</source>
        <translation>Diastolic reading %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>BMI:</source>
        <translation>BMI:</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratory</translation>
    </message>
    <message>
        <source>eGFR (CKD-EPI 2021):</source>
        <translation>eGFR (CKD-EPI 2021):</translation>
    </message>
    <message>
        <source>Smoking, conditions and family history</source>
        <translation>Smoking, conditions and family history</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Current medications</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medications</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>ATC</source>
        <translation>ATC</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Generic name, e.g. atorvastatin</source>
        <translation>Generic name, e.g. atorvastatin</translation>
    </message>
    <message>
        <source>New medication name</source>
        <translation>New medication name</translation>
    </message>
    <message>
        <source>ATC, e.g. C10AA05</source>
        <translation>ATC, e.g. C10AA05</translation>
    </message>
    <message>
        <source>New medication ATC code</source>
        <translation>New medication ATC code</translation>
    </message>
    <message>
        <source>New medication start date</source>
        <translation>New medication start date</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Statin and blood-pressure treatment flags follow from this list.</source>
        <translation>Statin and blood-pressure treatment flags follow from this list.</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Allergies and intolerances</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Substance, e.g. statin</source>
        <translation>Substance, e.g. statin</translation>
    </message>
    <message>
        <source>Allergy substance</source>
        <translation>Allergy substance</translation>
    </message>
    <message>
        <source>Reaction, e.g. myalgia</source>
        <translation>Reaction, e.g. myalgia</translation>
    </message>
    <message>
        <source>Allergy reaction</source>
        <translation>Allergy reaction</translation>
    </message>
    <message>
        <source>Intolerance</source>
        <translation>Intolerance</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Safety facts</source>
        <translation>Safety facts</translation>
    </message>
    <message>
        <source>Blank means unknown, never “no”.</source>
        <translation>Blank means unknown, never “no”.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Reading %1: diastolic must be below systolic.</source>
        <translation>Reading %1: diastolic must be below systolic.</translation>
    </message>
    <message>
        <source>Reading %1 is not a number.</source>
        <translation>Reading %1 is not a number.</translation>
    </message>
    <message>
        <source>Mean %1 mmHg systolic</source>
        <translation>Mean %1 mmHg systolic</translation>
    </message>
    <message>
        <source>Mean %1/%2 mmHg</source>
        <translation>Mean %1/%2 mmHg</translation>
    </message>
    <message>
        <source>SD of systolic %1 mmHg</source>
        <translation>SD of systolic %1 mmHg</translation>
    </message>
    <message>
        <source>from height and weight</source>
        <translation>from height and weight</translation>
    </message>
    <message>
        <source>%1 mL/min/1.73 m² (%2)</source>
        <translation>%1 mL/min/1.73 m² (%2)</translation>
    </message>
    <message>
        <source>from creatinine, age and sex (adults)</source>
        <translation>from creatinine, age and sex (adults)</translation>
    </message>
    <message>
        <source>Refused: HDL above total cholesterol</source>
        <translation>Refused: HDL above total cholesterol</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <source>Blood pressure reading %1 is refused: %2</source>
        <translation>Blood pressure reading %1 is refused: %2</translation>
    </message>
    <message>
        <source>Give a diastolic value for every systolic reading, or none.</source>
        <translation>Give a diastolic value for every systolic reading, or none.</translation>
    </message>
    <message>
        <source>%1 is implausible: confirm it or correct it.</source>
        <translation>%1 is implausible: confirm it or correct it.</translation>
    </message>
    <message>
        <source>%1 is refused: see the reason next to the field.</source>
        <translation>%1 is refused: see the reason next to the field.</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>Nothing to save yet.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>The visit was not saved: %1</source>
        <translation>The visit was not saved: %1</translation>
    </message>
    <message>
        <source>The visit was not saved: %1 is refused (%2).</source>
        <translation>The visit was not saved: %1 is refused (%2).</translation>
    </message>
    <message>
        <source>Your roles do not allow recording a visit. Nothing was saved.</source>
        <translation>Your roles do not allow recording a visit. Nothing was saved.</translation>
    </message>
    <message>
        <source>The vault could not save the visit; nothing was saved. Lock the vault and ask your administrator to run a vault check.</source>
        <translation>The vault could not save the visit; nothing was saved. Lock the vault and ask your administrator to run a vault check.</translation>
    </message>
    <message>
        <source>Current, moderate (10–19 a day)</source>
        <translation>Current, moderate (10–19 a day)</translation>
    </message>
    <message>
        <source>Refused: LDL above total cholesterol</source>
        <translation>Refused: LDL above total cholesterol</translation>
    </message>
</context>
<context>
    <name>precis::ui::MainWindow</name>
    <message>
        <source>Synthetic demo data — every patient in this vault is fictitious. Not for clinical use.</source>
        <translation>Synthetic demo data — every patient in this vault is fictitious. Not for clinical use.</translation>
    </message>
    <message>
        <source>This user holds no role that can use Precis. Ask your administrator.</source>
        <translation>This user holds no role that can use Precis. Ask your administrator.</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Open Vault...</source>
        <translation>&amp;Open Vault...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Precis</source>
        <translation>&amp;About Precis</translation>
    </message>
    <message>
        <source>Precis</source>
        <translation>Precis</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lock the vault now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Your roles do not allow opening the patient list.</source>
        <translation>Your roles do not allow opening the patient list.</translation>
    </message>
    <message>
        <source>The patient list could not be read. Lock the vault and run a vault check, or ask your administrator.</source>
        <translation>The patient list could not be read. Lock the vault and run a vault check, or ask your administrator.</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>Open Vault</source>
        <translation>Open Vault</translation>
    </message>
    <message>
        <source>Precis vaults (*.precis)</source>
        <translation>Precis vaults (*.precis)</translation>
    </message>
    <message>
        <source>About Precis</source>
        <translation>About Precis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Precis %1&lt;/h3&gt;&lt;p&gt;Offline clinical decision support.&lt;/p&gt;&lt;p&gt;Precis supports the clinician; it never decides.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Precis %1&lt;/h3&gt;&lt;p&gt;Offline clinical decision support.&lt;/p&gt;&lt;p&gt;Precis supports the clinician; it never decides.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 – Precis</source>
        <extracomment>Window title: %1 vault file name</extracomment>
        <translation>%1 – Precis</translation>
    </message>
    <message>
        <source>&amp;New Patient...</source>
        <translation>&amp;New Patient...</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Knowledge sources&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Pharmacogene allele definitions and phenotypes: PharmGKB/PharmCAT (Mozilla Public License 2.0). Pharmacogenomic recommendations: CPIC (CC0 1.0), DPWG and drug labels, cited with each recommendation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Knowledge sources&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Pharmacogene allele definitions and phenotypes: PharmGKB/PharmCAT (Mozilla Public License 2.0). Pharmacogenomic recommendations: CPIC (CC0 1.0), DPWG and drug labels, cited with each recommendation.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>precis::ui::MeasurementField</name>
    <message>
        <source>Unit of %1</source>
        <translation>Unit of %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>The value is outside the plausible range: confirm that it was measured and typed correctly.</source>
        <translation>The value is outside the plausible range: confirm that it was measured and typed correctly.</translation>
    </message>
    <message>
        <source>plausible %1–%2, possible %3–%4 %5</source>
        <extracomment>Intake field hint: plausible range, possible range, unit</extracomment>
        <translation>plausible %1–%2, possible %3–%4 %5</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Not a number</translation>
    </message>
    <message>
        <source>Refused: outside the possible range %1–%2 %3</source>
        <translation>Refused: outside the possible range %1–%2 %3</translation>
    </message>
    <message>
        <source>Implausible (plausible %1–%2 %3): confirm or correct</source>
        <translation>Implausible (plausible %1–%2 %3): confirm or correct</translation>
    </message>
</context>
<context>
    <name>precis::ui::ModelCatalog</name>
    <message>
        <source>Cardiovascular</source>
        <translation>Cardiovascular</translation>
    </message>
    <message>
        <source>Kidney</source>
        <translation>Kidney</translation>
    </message>
    <message>
        <source>Diabetes onset</source>
        <translation>Diabetes onset</translation>
    </message>
    <message>
        <source>Atrial fibrillation</source>
        <translation>Atrial fibrillation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>United Kingdom (NICE)</source>
        <translation>United Kingdom (NICE)</translation>
    </message>
    <message>
        <source>Europe (ESC)</source>
        <translation>Europe (ESC)</translation>
    </message>
    <message>
        <source>United States (ACC/AHA)</source>
        <translation>United States (ACC/AHA)</translation>
    </message>
    <message>
        <source>Atherosclerotic cardiovascular disease</source>
        <translation>Atherosclerotic cardiovascular disease</translation>
    </message>
    <message>
        <source>ASCVD risk with optimal risk factors</source>
        <translation>ASCVD risk with optimal risk factors</translation>
    </message>
    <message>
        <source>Cardiovascular disease</source>
        <translation>Cardiovascular disease</translation>
    </message>
    <message>
        <source>Lifetime cardiovascular disease</source>
        <translation>Lifetime cardiovascular disease</translation>
    </message>
    <message>
        <source>Heart failure</source>
        <translation>Heart failure</translation>
    </message>
    <message>
        <source>Coronary heart disease</source>
        <translation>Coronary heart disease</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Stroke</translation>
    </message>
    <message>
        <source>Heart age</source>
        <translation>Heart age</translation>
    </message>
    <message>
        <source>Kidney failure</source>
        <translation>Kidney failure</translation>
    </message>
    <message>
        <source>Estimated GFR</source>
        <translation>Estimated GFR</translation>
    </message>
    <message>
        <source>Type 2 diabetes</source>
        <translation>Type 2 diabetes</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Stroke or thromboembolism per year</source>
        <translation>Stroke or thromboembolism per year</translation>
    </message>
    <message>
        <source>Major bleeding per year</source>
        <translation>Major bleeding per year</translation>
    </message>
    <message>
        <source>Cardiovascular events</source>
        <translation>Cardiovascular events</translation>
    </message>
    <message>
        <source>will have a heart attack or stroke</source>
        <extracomment>Icon array sentence: &quot;Of 100 people like you, about %1 %2 in the next %3 years.&quot;</extracomment>
        <translation>will have a heart attack or stroke</translation>
    </message>
    <message>
        <source>will have a heart attack, stroke or heart failure</source>
        <translation>will have a heart attack, stroke or heart failure</translation>
    </message>
    <message>
        <source>will develop heart failure</source>
        <translation>will develop heart failure</translation>
    </message>
    <message>
        <source>will have a heart attack</source>
        <translation>will have a heart attack</translation>
    </message>
    <message>
        <source>will have a stroke</source>
        <translation>will have a stroke</translation>
    </message>
    <message>
        <source>will need dialysis or a kidney transplant</source>
        <translation>will need dialysis or a kidney transplant</translation>
    </message>
    <message>
        <source>will develop type 2 diabetes</source>
        <translation>will develop type 2 diabetes</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Borderline</source>
        <translation>Borderline</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Very high</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Low to moderate</source>
        <translation>Low to moderate</translation>
    </message>
    <message>
        <source>Slightly elevated</source>
        <translation>Slightly elevated</translation>
    </message>
    <message>
        <source>Nephrology referral</source>
        <extracomment>KFRE category (KDIGO 2024): refer to nephrology</extracomment>
        <translation>Nephrology referral</translation>
    </message>
    <message>
        <source>Multidisciplinary care</source>
        <translation>Multidisciplinary care</translation>
    </message>
    <message>
        <source>Plan kidney replacement therapy</source>
        <extracomment>KRT = kidney replacement therapy</extracomment>
        <translation>Plan kidney replacement therapy</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Smoking</translation>
    </message>
    <message>
        <source>Cholesterol</source>
        <translation>Cholesterol</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blood pressure</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Systolic blood pressure</translation>
    </message>
    <message>
        <source>BP treatment</source>
        <translation>BP treatment</translation>
    </message>
    <message>
        <source>Body mass index</source>
        <translation>Body mass index</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Family history</translation>
    </message>
    <message>
        <source>Chronic kidney disease</source>
        <translation>Chronic kidney disease</translation>
    </message>
    <message>
        <source>Deprivation</source>
        <translation>Deprivation</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Inflammatory disease</source>
        <translation>Inflammatory disease</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migraine</translation>
    </message>
    <message>
        <source>Erectile dysfunction</source>
        <translation>Erectile dysfunction</translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>eGFR</translation>
    </message>
    <message>
        <source>Albuminuria (UACR)</source>
        <translation>Albuminuria (UACR)</translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <source>Phosphate</source>
        <translation>Phosphate</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>Albumin</translation>
    </message>
    <message>
        <source>Bicarbonate</source>
        <translation>Bicarbonate</translation>
    </message>
    <message>
        <source>HbA1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <source>Social deprivation</source>
        <translation>Social deprivation</translation>
    </message>
    <message>
        <source>Kidney function</source>
        <translation>Kidney function</translation>
    </message>
    <message>
        <source>Statin</source>
        <translation>Statin</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Waist</source>
        <translation>Waist</translation>
    </message>
    <message>
        <source>Physical activity</source>
        <translation>Physical activity</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Diet</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>Glucose</translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation>Hypertension</translation>
    </message>
    <message>
        <source>Alcohol excess</source>
        <translation>Alcohol excess</translation>
    </message>
    <message>
        <source>Antiplatelet or NSAID</source>
        <translation>Antiplatelet or NSAID</translation>
    </message>
    <message>
        <source>Atypical antipsychotic</source>
        <translation>Atypical antipsychotic</translation>
    </message>
    <message>
        <source>BP treatment ever</source>
        <translation>BP treatment ever</translation>
    </message>
    <message>
        <source>Corticosteroids</source>
        <translation>Corticosteroids</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Creatinine</translation>
    </message>
    <message>
        <source>Gestational diabetes</source>
        <translation>Gestational diabetes</translation>
    </message>
    <message>
        <source>High glucose history</source>
        <translation>High glucose history</translation>
    </message>
    <message>
        <source>Labile INR</source>
        <translation>Labile INR</translation>
    </message>
    <message>
        <source>Learning disability</source>
        <translation>Learning disability</translation>
    </message>
    <message>
        <source>Liver function</source>
        <translation>Liver function</translation>
    </message>
    <message>
        <source>Polycystic ovary syndrome</source>
        <translation>Polycystic ovary syndrome</translation>
    </message>
    <message>
        <source>Prior stroke</source>
        <translation>Prior stroke</translation>
    </message>
    <message>
        <source>Renal function</source>
        <translation>Renal function</translation>
    </message>
    <message>
        <source>Schizophrenia or bipolar disorder</source>
        <translation>Schizophrenia or bipolar disorder</translation>
    </message>
    <message>
        <source>Stroke, TIA or thromboembolism</source>
        <translation>Stroke, TIA or thromboembolism</translation>
    </message>
    <message>
        <source>Treated hypertension</source>
        <translation>Treated hypertension</translation>
    </message>
    <message>
        <source>Vascular disease</source>
        <translation>Vascular disease</translation>
    </message>
    <message>
        <source>Vegetables daily</source>
        <translation>Vegetables daily</translation>
    </message>
    <message>
        <source>US cohorts from 1968 to 1990, ages 40 to 79; first heart attack or stroke within 10 years; uses race (white or African American).</source>
        <translation>US cohorts from 1968 to 1990, ages 40 to 79; first heart attack or stroke within 10 years; uses race (white or African American).</translation>
    </message>
    <message>
        <source>6.6 million US adults from 1992 to 2017, ages 30 to 79; includes heart failure in total CVD; no race input; kidney function and optional UACR, HbA1c and social deprivation.</source>
        <translation>6.6 million US adults from 1992 to 2017, ages 30 to 79; includes heart failure in total CVD; no race input; kidney function and optional UACR, HbA1c and social deprivation.</translation>
    </message>
    <message>
        <source>English general practices from 1998 to 2015, ages 25 to 84; heart attack, stroke or TIA within 10 years; ethnicity and Townsend deprivation.</source>
        <translation>English general practices from 1998 to 2015, ages 25 to 84; heart attack, stroke or TIA within 10 years; ethnicity and Townsend deprivation.</translation>
    </message>
    <message>
        <source>European cohorts recalibrated to four risk regions; fatal and non-fatal heart attack and stroke within 10 years; ages 40 to 69 (SCORE2) and 70 to 89 (SCORE2-OP).</source>
        <translation>European cohorts recalibrated to four risk regions; fatal and non-fatal heart attack and stroke within 10 years; ages 40 to 69 (SCORE2) and 70 to 89 (SCORE2-OP).</translation>
    </message>
    <message>
        <source>Framingham offspring, Massachusetts, 1968 to 1987; general cardiovascular disease including heart failure and claudication.</source>
        <translation>Framingham offspring, Massachusetts, 1968 to 1987; general cardiovascular disease including heart failure and claudication.</translation>
    </message>
    <message>
        <source>Lifetime risk from pooled US cohorts, ages 20 to 59.</source>
        <translation>Lifetime risk from pooled US cohorts, ages 20 to 59.</translation>
    </message>
</context>
<context>
    <name>precis::ui::NewPasswordRows</name>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Password rules</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>At least 15 characters; a few unusual words are easy to remember.</source>
        <translation>At least 15 characters; a few unusual words are easy to remember.</translation>
    </message>
    <message>
        <source>The password meets the rules.</source>
        <translation>The password meets the rules.</translation>
    </message>
</context>
<context>
    <name>precis::ui::NewPatientDialog</name>
    <message>
        <source>New Patient</source>
        <translation>New Patient</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Black or African American</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>optional, e.g. -1.5</source>
        <translation>optional, e.g. -1.5</translation>
    </message>
    <message>
        <source>Townsend deprivation score of the patient&apos;s postcode area (QRISK3); leave blank if the clinic does not use it.</source>
        <translation>Townsend deprivation score of the patient&apos;s postcode area (QRISK3); leave blank if the clinic does not use it.</translation>
    </message>
    <message>
        <source>Social Deprivation Index decile of the patient&apos;s ZIP code area (PREVENT); leave blank if the clinic does not use it.</source>
        <translation>Social Deprivation Index decile of the patient&apos;s ZIP code area (PREVENT); leave blank if the clinic does not use it.</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>&amp;Record number:</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Ethnicity:</translation>
    </message>
    <message>
        <source>R&amp;ace (PCE only):</source>
        <translation>R&amp;ace (PCE only):</translation>
    </message>
    <message>
        <source>&amp;Townsend score:</source>
        <translation>&amp;Townsend score:</translation>
    </message>
    <message>
        <source>S&amp;DI decile:</source>
        <translation>S&amp;DI decile:</translation>
    </message>
    <message>
        <source>&amp;Create Patient</source>
        <translation>&amp;Create Patient</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Enter the family name.</translation>
    </message>
    <message>
        <source>Choose the sex the risk models use.</source>
        <translation>Choose the sex the risk models use.</translation>
    </message>
    <message>
        <source>The Townsend score is not a number.</source>
        <translation>The Townsend score is not a number.</translation>
    </message>
    <message>
        <source>The SDI decile is a whole number from 1 to 10.</source>
        <translation>The SDI decile is a whole number from 1 to 10.</translation>
    </message>
    <message>
        <source>Enter a record number.</source>
        <translation>Enter a record number.</translation>
    </message>
    <message>
        <source>Record number %1 is already in use.</source>
        <translation>Record number %1 is already in use.</translation>
    </message>
    <message>
        <source>The patient could not be created: %1</source>
        <translation>The patient could not be created: %1</translation>
    </message>
    <message>
        <source>The patient was created, but ethnicity, race and deprivation could not be saved: %1</source>
        <translation>The patient was created, but ethnicity, race and deprivation could not be saved: %1</translation>
    </message>
    <message>
        <source>optional, 1–10</source>
        <translation>optional, 1–10</translation>
    </message>
</context>
<context>
    <name>precis::ui::OptionDecisionDialog</name>
    <message>
        <source>Accept Option</source>
        <translation>Accept Option</translation>
    </message>
    <message>
        <source>Accept “%1” for this patient. A reason is optional.</source>
        <translation>Accept “%1” for this patient. A reason is optional.</translation>
    </message>
    <message>
        <source>Decline Option</source>
        <translation>Decline Option</translation>
    </message>
    <message>
        <source>Decline “%1” for this patient. State the reason.</source>
        <translation>Decline “%1” for this patient. State the reason.</translation>
    </message>
    <message>
        <source>Defer Option</source>
        <translation>Defer Option</translation>
    </message>
    <message>
        <source>Defer “%1” for this patient. State the reason.</source>
        <translation>Defer “%1” for this patient. State the reason.</translation>
    </message>
    <message>
        <source>The decision is recorded with the knowledge-base version and a fingerprint of the chart data the options were derived from. It cannot be edited later; a new decision supersedes it and both stay in the history.</source>
        <translation>The decision is recorded with the knowledge-base version and a fingerprint of the chart data the options were derived from. It cannot be edited later; a new decision supersedes it and both stay in the history.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>&amp;Record Decision</translation>
    </message>
    <message>
        <source>Precis found this option not eligible for the patient; see its reason.</source>
        <translation>Precis found this option not eligible for the patient; see its reason.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
</context>
<context>
    <name>precis::ui::OptionsView</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>ARR (pp)</source>
        <translation>ARR (pp)</translation>
    </message>
    <message>
        <source>NNT</source>
        <translation>NNT</translation>
    </message>
    <message>
        <source>Class, level</source>
        <translation>Class, level</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Absolute risk reduction in percentage points on the group&apos;s model</source>
        <translation>Absolute risk reduction in percentage points on the group&apos;s model</translation>
    </message>
    <message>
        <source>Number needed to treat over the group&apos;s horizon</source>
        <translation>Number needed to treat over the group&apos;s horizon</translation>
    </message>
    <message>
        <source>The treatment-option knowledge base could not be read.</source>
        <translation>The treatment-option knowledge base could not be read.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment options as of %1&lt;/b&gt; (knowledge base %2). Precis lists what the guidelines say for this patient; it supports, never decides.</source>
        <translation>&lt;b&gt;Treatment options as of %1&lt;/b&gt; (knowledge base %2). Precis lists what the guidelines say for this patient; it supports, never decides.</translation>
    </message>
    <message>
        <source>Ranked by absolute risk reduction within each model, outcome and horizon, never across them. Guideline titles and citations are shown as published (English).</source>
        <translation>Ranked by absolute risk reduction within each model, outcome and horizon, never across them. Guideline titles and citations are shown as published (English).</translation>
    </message>
    <message>
        <source>Medications not recognised, so not considered: %1</source>
        <translation>Medications not recognised, so not considered: %1</translation>
    </message>
    <message>
        <source>Current medications with a genotype rule</source>
        <translation>Current medications with a genotype rule</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Review current %1</source>
        <translation>Review current %1</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 context (on-label, ...), %2 evidence level</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Absolute risk reduction %1 percentage points; number needed to treat %2.</source>
        <translation>Absolute risk reduction %1 percentage points; number needed to treat %2.</translation>
    </message>
    <message>
        <source>Absolute risk reduction %1 percentage points.</source>
        <translation>Absolute risk reduction %1 percentage points.</translation>
    </message>
    <message>
        <source>Guideline: %1</source>
        <translation>Guideline: %1</translation>
    </message>
    <message>
        <source>Guideline: %1 — class %2, level %3</source>
        <translation>Guideline: %1 — class %2, level %3</translation>
    </message>
    <message>
        <source>Citation: %1</source>
        <translation>Citation: %1</translation>
    </message>
    <message>
        <source>Pharmacogenomics: %1</source>
        <translation>Pharmacogenomics: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Not eligible: %1</translation>
    </message>
    <message>
        <source>Combining options: %1</source>
        <translation>Combining options: %1</translation>
    </message>
    <message>
        <source>PGx</source>
        <translation>PGx</translation>
    </message>
    <message>
        <source>Pharmacogenomic modifier</source>
        <translation>Pharmacogenomic modifier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>The latest decision recorded on the option</source>
        <translation>The latest decision recorded on the option</translation>
    </message>
    <message>
        <source>&amp;Accept...</source>
        <translation>&amp;Accept...</translation>
    </message>
    <message>
        <source>&amp;Decline...</source>
        <translation>&amp;Decline...</translation>
    </message>
    <message>
        <source>De&amp;fer...</source>
        <translation>De&amp;fer...</translation>
    </message>
    <message>
        <source>Earlier decisions could not be read.</source>
        <translation>Earlier decisions could not be read.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <extracomment>%1 decision (Accepted, ...), %2 user, %3 date and time, %4 reason</extracomment>
        <translation>%1 by %2 on %3: %4</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Record a decision on the selected option</source>
        <translation>Record a decision on the selected option</translation>
    </message>
    <message>
        <source>Only a physician can accept, decline or defer a treatment option. You can view the options and earlier decisions.</source>
        <translation>Only a physician can accept, decline or defer a treatment option. You can view the options and earlier decisions.</translation>
    </message>
    <message>
        <source>Not recorded: only a physician can decide on a treatment option.</source>
        <translation>Not recorded: only a physician can decide on a treatment option.</translation>
    </message>
    <message>
        <source>Not recorded: declining or deferring needs a reason.</source>
        <translation>Not recorded: declining or deferring needs a reason.</translation>
    </message>
    <message>
        <source>Not recorded: your roles do not allow this.</source>
        <translation>Not recorded: your roles do not allow this.</translation>
    </message>
    <message>
        <source>The decision could not be recorded. Lock the vault and ask your administrator to check it.</source>
        <translation>The decision could not be recorded. Lock the vault and ask your administrator to check it.</translation>
    </message>
    <message>
        <source>%1: %2. Recorded.</source>
        <extracomment>%1 decision (Accepted, ...), %2 option name</extracomment>
        <translation>%1: %2. Recorded.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Decision:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Earlier (superseded): %1</source>
        <translation>Earlier (superseded): %1</translation>
    </message>
    <message>
        <source>No decision recorded on this option.</source>
        <translation>No decision recorded on this option.</translation>
    </message>
    <message>
        <source>Therapy impact on %2, %3 (%1)</source>
        <extracomment>%1 model name, %2 outcome, %3 horizon</extracomment>
        <translation>Therapy impact on %2, %3 (%1)</translation>
    </message>
    <message>
        <source>%1 (% per year)</source>
        <extracomment>Axis title of the therapy-impact chart: %1 horizon (&quot;10-year risk&quot;, &quot;annual rate&quot;)</extracomment>
        <translation>%1 (% per year)</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>The tumour findings could not be read.</source>
        <translation>The tumour findings could not be read.</translation>
    </message>
    <message>
        <source>Tumour-guided options — tumour type %1 (tumour knowledge %2); no risk reduction is computed for them</source>
        <extracomment>%1 OncoTree code of the tumour, %2 tumour knowledge version</extracomment>
        <translation>Tumour-guided options — tumour type %1 (tumour knowledge %2); no risk reduction is computed for them</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Resistance</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>Tumour-guided option: %1 therapy, %2 gene, %3 protein change</extracomment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Variant: %1 %2</source>
        <extracomment>%1 gene, %2 variant with HGVS and position</extracomment>
        <translation>Variant: %1 %2</translation>
    </message>
    <message>
        <source>Evidence: %1 (for %2), level %3</source>
        <extracomment>%1 context (on-label, ...), %2 OncoTree codes, %3 evidence level</extracomment>
        <translation>Evidence: %1 (for %2), level %3</translation>
    </message>
</context>
<context>
    <name>precis::ui::PatientChartWidget</name>
    <message>
        <source>← &amp;Patients</source>
        <translation>← &amp;Patients</translation>
    </message>
    <message>
        <source>Back to the patient list (Esc or Alt+Left)</source>
        <translation>Back to the patient list (Esc or Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>Your roles do not allow opening charts.</source>
        <translation>Your roles do not allow opening charts.</translation>
    </message>
    <message>
        <source>This chart could not be opened.</source>
        <translation>This chart could not be opened.</translation>
    </message>
    <message>
        <source>The chart could not be read completely; nothing is shown rather than part of it. Lock the vault and ask your administrator to run a vault check.</source>
        <translation>The chart could not be read completely; nothing is shown rather than part of it. Lock the vault and ask your administrator to run a vault check.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 · %n year(s) · %2 · born %3</source>
        <extracomment>Chart header: record number, age, sex, date of birth</extracomment>
        <translation>
            <numerusform>No. %1 · %n year · %2 · born %3</numerusform>
            <numerusform>No. %1 · %n years · %2 · born %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergies and intolerances: none recorded</source>
        <translation>Allergies and intolerances: none recorded</translation>
    </message>
    <message>
        <source>Allergies and intolerances: %1</source>
        <translation>Allergies and intolerances: %1</translation>
    </message>
    <message>
        <source>Current medications: none recorded</source>
        <translation>Current medications: none recorded</translation>
    </message>
    <message>
        <source>Current medications: %1</source>
        <translation>Current medications: %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Unsaved Intake</source>
        <translation>Unsaved Intake</translation>
    </message>
    <message>
        <source>The visit being entered has not been saved. Save it now?</source>
        <translation>The visit being entered has not been saved. Save it now?</translation>
    </message>
    <message>
        <source>Correct Value</source>
        <translation>Correct Value</translation>
    </message>
    <message>
        <source>Corrected value of %1 (recorded: %2), in %3:</source>
        <extracomment>%1 variable, %2 value as recorded</extracomment>
        <translation>Corrected value of %1 (recorded: %2), in %3:</translation>
    </message>
    <message>
        <source>Reason for the correction (required):</source>
        <translation>Reason for the correction (required):</translation>
    </message>
    <message>
        <source>A correction needs a reason. Nothing was changed.</source>
        <translation>A correction needs a reason. Nothing was changed.</translation>
    </message>
    <message>
        <source>The correction was refused: %1</source>
        <translation>The correction was refused: %1</translation>
    </message>
    <message>
        <source>Showing this view could not be recorded in the audit trail. Lock the vault and ask your administrator to check it.</source>
        <translation>Showing this view could not be recorded in the audit trail. Lock the vault and ask your administrator to check it.</translation>
    </message>
    <message>
        <source>Optio&amp;ns</source>
        <translation>Optio&amp;ns</translation>
    </message>
    <message>
        <source>Geno&amp;mics</source>
        <translation>Geno&amp;mics</translation>
    </message>
    <message>
        <source>The genomic results could not be read. Lock the vault and ask your administrator to run a vault check.</source>
        <translation>The genomic results could not be read. Lock the vault and ask your administrator to run a vault check.</translation>
    </message>
</context>
<context>
    <name>precis::ui::PatientListWidget</name>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Search by name, record number or date of birth (Ctrl+F)</source>
        <translation>Search by name, record number or date of birth (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Search patients</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <extracomment>%1 matching patients, %n all patients</extracomment>
        <translation>
            <numerusform>%1 of %n patient</numerusform>
            <numerusform>%1 of %n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>No patient matches “%1”.</translation>
    </message>
</context>
<context>
    <name>precis::ui::PatientTableModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>Patient name in lists: %1 family name, %2 given name.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Record No.</source>
        <extracomment>Column header: the clinic&apos;s medical record number.</extracomment>
        <translation>Record No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of Birth</source>
        <translation>Date of Birth</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Column header: age in completed years.</extracomment>
        <translation>Age</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
</context>
<context>
    <name>precis::ui::RecoveryKeyDialog</name>
    <message>
        <source>New Recovery Key</source>
        <translation>New Recovery Key</translation>
    </message>
    <message>
        <source>Write this key down or print it now: it is shown only once. Keep it locked away. It opens the vault as an administrator when no administrator can sign in; the previous recovery key no longer opens this vault.</source>
        <translation>Write this key down or print it now: it is shown only once. Keep it locked away. It opens the vault as an administrator when no administrator can sign in; the previous recovery key no longer opens this vault.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Vault %1, created %2</source>
        <extracomment>%1 vault file name, %2 date and time</extracomment>
        <translation>Vault %1, created %2</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the key; the clipboard is cleared after one minute.</source>
        <translation>Copy the key; the clipboard is cleared after one minute.</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in one minute or when this window closes.</source>
        <translation>Copied. The clipboard is cleared in one minute or when this window closes.</translation>
    </message>
    <message>
        <source>Precis Recovery Key</source>
        <translation>Precis Recovery Key</translation>
    </message>
    <message>
        <source>Vault: %1
Created: %2</source>
        <translation>Vault: %1
Created: %2</translation>
    </message>
    <message>
        <source>This key opens the vault as an administrator when no administrator can sign in. Keep it locked away. Whoever holds it can read every record. When a new recovery key is made, this one stops opening the vault.</source>
        <translation>This key opens the vault as an administrator when no administrator can sign in. Keep it locked away. Whoever holds it can read every record. When a new recovery key is made, this one stops opening the vault.</translation>
    </message>
    <message>
        <source>Print Recovery Key</source>
        <translation>Print Recovery Key</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>precis::ui::ResetPasswordDialog</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>&amp;Reset Password</translation>
    </message>
    <message>
        <source>Setting the new password of %1.</source>
        <translation>Setting the new password of %1.</translation>
    </message>
    <message>
        <source>Ask for a new password at the next sign-in</source>
        <translation>Ask for a new password at the next sign-in</translation>
    </message>
    <message>
        <source>The user&apos;s old password stops working at once. Their charts, roles and the other users are not affected.</source>
        <translation>The user&apos;s old password stops working at once. Their charts, roles and the other users are not affected.</translation>
    </message>
</context>
<context>
    <name>precis::ui::RestoreDialog</name>
    <message>
        <source>Backup file to restore</source>
        <translation>Backup file to restore</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoose...</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>Administrator in the backup</source>
        <translation>Administrator in the backup</translation>
    </message>
    <message>
        <source>Password in the backup</source>
        <translation>Password in the backup</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>Backup &amp;file</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>&amp;Administrator in the backup</source>
        <translation>&amp;Administrator in the backup</translation>
    </message>
    <message>
        <source>Password in the &amp;backup</source>
        <translation>Password in the &amp;backup</translation>
    </message>
    <message>
        <source>Restore Vault from Backup</source>
        <translation>Restore Vault from Backup</translation>
    </message>
    <message>
        <source>Restoring replaces this vault and its key file with the backup. Everything written after the backup was made, its audit rows included, is then no longer in the vault; users, roles, passwords and the recovery key become those of the backup. Everyone is signed out, you too.</source>
        <translation>Restoring replaces this vault and its key file with the backup. Everything written after the backup was made, its audit rows included, is then no longer in the vault; users, roles, passwords and the recovery key become those of the backup. Everyone is signed out, you too.</translation>
    </message>
    <message>
        <source>&amp;Replace Vault</source>
        <translation>&amp;Replace Vault</translation>
    </message>
    <message>
        <source>Precis vaults (*.precis)</source>
        <translation>Precis vaults (*.precis)</translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation>Choose a backup file.</translation>
    </message>
    <message>
        <source>No file at this path.</source>
        <translation>No file at this path.</translation>
    </message>
    <message>
        <source>Its key file (ending .keys) is missing: it cannot be restored.</source>
        <translation>Its key file (ending .keys) is missing: it cannot be restored.</translation>
    </message>
    <message>
        <source>Choose a backup file that has its key file (ending .keys) beside it.</source>
        <translation>Choose a backup file that has its key file (ending .keys) beside it.</translation>
    </message>
    <message>
        <source>This is the vault itself. Choose a backup.</source>
        <translation>This is the vault itself. Choose a backup.</translation>
    </message>
    <message>
        <source>Enter an administrator of the backup and their password in the backup.</source>
        <translation>Enter an administrator of the backup and their password in the backup.</translation>
    </message>
    <message>
        <source>Checking the backup and replacing the vault. Do not switch off the computer.</source>
        <translation>Checking the backup and replacing the vault. Do not switch off the computer.</translation>
    </message>
    <message>
        <source>The vault was restored from the backup. Sign in again.</source>
        <translation>The vault was restored from the backup. Sign in again.</translation>
    </message>
    <message>
        <source>The backup did not accept that administrator name and password, so the vault was not replaced. Sign in again.</source>
        <translation>The backup did not accept that administrator name and password, so the vault was not replaced. Sign in again.</translation>
    </message>
    <message>
        <source>That user is not an administrator in the backup, so the vault was not replaced. Sign in again.</source>
        <translation>That user is not an administrator in the backup, so the vault was not replaced. Sign in again.</translation>
    </message>
    <message>
        <source>The backup is damaged or does not belong together with its key file, so the vault was not replaced. Sign in again.</source>
        <translation>The backup is damaged or does not belong together with its key file, so the vault was not replaced. Sign in again.</translation>
    </message>
    <message>
        <source>The backup or its key file was not found, so the vault was not replaced. Sign in again.</source>
        <translation>The backup or its key file was not found, so the vault was not replaced. Sign in again.</translation>
    </message>
    <message>
        <source>The restore did not finish: %1 Sign in again; a restore that was interrupted is completed or undone when the vault is next opened.</source>
        <extracomment>%1 the reason, a sentence</extracomment>
        <translation>The restore did not finish: %1 Sign in again; a restore that was interrupted is completed or undone when the vault is next opened.</translation>
    </message>
    <message>
        <source>By the backup</source>
        <translation>By the backup</translation>
    </message>
    <message>
        <source>%1, last changed %2, %3</source>
        <extracomment>What a restore replaces. %1 file name, %2 date and time of its last change, %3 size</extracomment>
        <translation>%1, last changed %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s): %1</source>
        <extracomment>%n number of users, %1 their names</extracomment>
        <translation>
            <numerusform>%n user: %1</numerusform>
            <numerusform>%n users: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, written %2, %3</source>
        <extracomment>The backup that replaces the vault. %1 file name, %2 date and time written, %3 size</extracomment>
        <translation>%1, written %2, %3</translation>
    </message>
</context>
<context>
    <name>precis::ui::RiskCard</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Risk card: &quot;10-year risk · Atherosclerotic cardiovascular disease&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <extracomment>Risk card title: model name and version</extracomment>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <source>%1 risk card</source>
        <translation>%1 risk card</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>Category: %1 (by %2)</source>
        <translation>Category: %1 (by %2)</translation>
    </message>
    <message>
        <source>Oldest input used: %1</source>
        <translation>Oldest input used: %1</translation>
    </message>
    <message>
        <source>Uses race as an input (white, African American or other). The 2023 AHA PREVENT equations left race out because race is a social, not a biological, category; compare them beside this card.</source>
        <translation>Uses race as an input (white, African American or other). The 2023 AHA PREVENT equations left race out because race is a social, not a biological, category; compare them beside this card.</translation>
    </message>
    <message>
        <source>%1
Outcome: %2
Horizon: %3
Derived in: %4
Citation: %5</source>
        <translation>%1
Outcome: %2
Horizon: %3
Derived in: %4
Citation: %5</translation>
    </message>
    <message>
        <source>Cannot compute</source>
        <translation>Cannot compute</translation>
    </message>
    <message>
        <source>%1 is %2, outside the model&apos;s range %3</source>
        <translation>%1 is %2, outside the model&apos;s range %3</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>Enter %1</source>
        <translation>Enter %1</translation>
    </message>
    <message>
        <source>Enter value</source>
        <translation>Enter value</translation>
    </message>
    <message>
        <source>Open Intake at %1</source>
        <translation>Open Intake at %1</translation>
    </message>
</context>
<context>
    <name>precis::ui::RiskDashboard</name>
    <message>
        <source>Guideline region</source>
        <translation>Guideline region</translation>
    </message>
    <message>
        <source>The clinic&apos;s guideline: its models are shown first. Changing it changes it for every user of this vault (physicians only).</source>
        <translation>The clinic&apos;s guideline: its models are shown first. Changing it changes it for every user of this vault (physicians only).</translation>
    </message>
    <message>
        <source>&amp;Guideline:</source>
        <translation>&amp;Guideline:</translation>
    </message>
    <message>
        <source>Show &amp;all models</source>
        <translation>Show &amp;all models</translation>
    </message>
    <message>
        <source>&amp;Record Assessment</source>
        <translation>&amp;Record Assessment</translation>
    </message>
    <message>
        <source>Store the models, versions, exact inputs and results shown here in the patient&apos;s chart, signed with your name (physicians).</source>
        <translation>Store the models, versions, exact inputs and results shown here in the patient&apos;s chart, signed with your name (physicians).</translation>
    </message>
    <message>
        <source>C&amp;ontributions</source>
        <translation>C&amp;ontributions</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;What-if</translation>
    </message>
    <message>
        <source>T&amp;rend</source>
        <translation>T&amp;rend</translation>
    </message>
    <message>
        <source>&amp;100 People</source>
        <translation>&amp;100 People</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>&amp;Compare Models</translation>
    </message>
    <message>
        <source>Values as of %1</source>
        <translation>Values as of %1</translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;all models (%n more)</source>
        <translation>
            <numerusform>Show &amp;all models (%n more)</numerusform>
            <numerusform>Show &amp;all models (%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a physician can change the clinic&apos;s guideline.</source>
        <translation>Only a physician can change the clinic&apos;s guideline.</translation>
    </message>
    <message>
        <source>The guideline could not be saved in the vault.</source>
        <translation>The guideline could not be saved in the vault.</translation>
    </message>
    <message>
        <source>Record Assessment</source>
        <translation>Record Assessment</translation>
    </message>
    <message numerus="yes">
        <source>Record the %n model result(s) shown, with their exact inputs, in this patient&apos;s chart under your name?</source>
        <translation>
            <numerusform>Record the %n model result shown, with its exact inputs, in this patient&apos;s chart under your name?</numerusform>
            <numerusform>Record the %n model results shown, with their exact inputs, in this patient&apos;s chart under your name?</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a physician can record an assessment.</source>
        <translation>Only a physician can record an assessment.</translation>
    </message>
    <message>
        <source>The assessment could not be recorded. Nothing was saved.</source>
        <translation>The assessment could not be recorded. Nothing was saved.</translation>
    </message>
    <message>
        <source>Assessment recorded.</source>
        <translation>Assessment recorded.</translation>
    </message>
</context>
<context>
    <name>precis::ui::RiskFormat</name>
    <message>
        <source>% per year</source>
        <translation>% per year</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A risk in percent, e.g. &quot;14.2 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>annual rate</source>
        <translation>annual rate</translation>
    </message>
    <message numerus="yes">
        <source>%n-year risk</source>
        <translation>
            <numerusform>%n-year risk</numerusform>
            <numerusform>%n-year risk</numerusform>
        </translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Race (PCE)</source>
        <translation>Race (PCE)</translation>
    </message>
    <message>
        <source>Total cholesterol</source>
        <translation>Total cholesterol</translation>
    </message>
    <message>
        <source>HDL cholesterol</source>
        <translation>HDL cholesterol</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Systolic blood pressure</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Diastolic blood pressure</translation>
    </message>
    <message>
        <source>SD of systolic readings</source>
        <translation>SD of systolic readings</translation>
    </message>
    <message>
        <source>On blood pressure treatment</source>
        <translation>On blood pressure treatment</translation>
    </message>
    <message>
        <source>Ever on blood pressure treatment</source>
        <translation>Ever on blood pressure treatment</translation>
    </message>
    <message>
        <source>On a statin</source>
        <translation>On a statin</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Smoking</translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>eGFR</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Creatinine</translation>
    </message>
    <message>
        <source>Body mass index</source>
        <translation>Body mass index</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Waist circumference</source>
        <translation>Waist circumference</translation>
    </message>
    <message>
        <source>HbA1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>Fasting glucose</translation>
    </message>
    <message>
        <source>Urine albumin-creatinine ratio</source>
        <translation>Urine albumin-creatinine ratio</translation>
    </message>
    <message>
        <source>Social Deprivation Index decile</source>
        <translation>Social Deprivation Index decile</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Townsend deprivation score</source>
        <translation>Townsend deprivation score</translation>
    </message>
    <message>
        <source>Atrial fibrillation</source>
        <translation>Atrial fibrillation</translation>
    </message>
    <message>
        <source>Atypical antipsychotic</source>
        <translation>Atypical antipsychotic</translation>
    </message>
    <message>
        <source>Regular corticosteroids</source>
        <translation>Regular corticosteroids</translation>
    </message>
    <message>
        <source>Erectile dysfunction</source>
        <translation>Erectile dysfunction</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migraine</translation>
    </message>
    <message>
        <source>Rheumatoid arthritis</source>
        <translation>Rheumatoid arthritis</translation>
    </message>
    <message>
        <source>Severe mental illness</source>
        <translation>Severe mental illness</translation>
    </message>
    <message>
        <source>Systemic lupus erythematosus</source>
        <translation>Systemic lupus erythematosus</translation>
    </message>
    <message>
        <source>Family history of early heart disease</source>
        <translation>Family history of early heart disease</translation>
    </message>
    <message>
        <source>Cardiovascular disease</source>
        <translation>Cardiovascular disease</translation>
    </message>
    <message>
        <source>Gestational diabetes</source>
        <translation>Gestational diabetes</translation>
    </message>
    <message>
        <source>Polycystic ovary syndrome</source>
        <translation>Polycystic ovary syndrome</translation>
    </message>
    <message>
        <source>Learning disability</source>
        <translation>Learning disability</translation>
    </message>
    <message>
        <source>Schizophrenia or bipolar disorder</source>
        <translation>Schizophrenia or bipolar disorder</translation>
    </message>
    <message>
        <source>Family history of diabetes</source>
        <translation>Family history of diabetes</translation>
    </message>
    <message>
        <source>Physically active</source>
        <translation>Physically active</translation>
    </message>
    <message>
        <source>Vegetables or fruit every day</source>
        <translation>Vegetables or fruit every day</translation>
    </message>
    <message>
        <source>History of high blood glucose</source>
        <translation>History of high blood glucose</translation>
    </message>
    <message>
        <source>SCORE2 risk region</source>
        <translation>SCORE2 risk region</translation>
    </message>
    <message>
        <source>KFRE region</source>
        <translation>KFRE region</translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <source>Phosphate</source>
        <translation>Phosphate</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>Albumin</translation>
    </message>
    <message>
        <source>Bicarbonate</source>
        <translation>Bicarbonate</translation>
    </message>
    <message>
        <source>Heart failure</source>
        <translation>Heart failure</translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation>Hypertension</translation>
    </message>
    <message>
        <source>Stroke, TIA or thromboembolism</source>
        <translation>Stroke, TIA or thromboembolism</translation>
    </message>
    <message>
        <source>Vascular disease</source>
        <translation>Vascular disease</translation>
    </message>
    <message>
        <source>Prior stroke</source>
        <translation>Prior stroke</translation>
    </message>
    <message>
        <source>Abnormal renal function</source>
        <translation>Abnormal renal function</translation>
    </message>
    <message>
        <source>Abnormal liver function</source>
        <translation>Abnormal liver function</translation>
    </message>
    <message>
        <source>Bleeding history</source>
        <translation>Bleeding history</translation>
    </message>
    <message>
        <source>Labile INR</source>
        <translation>Labile INR</translation>
    </message>
    <message>
        <source>Antiplatelet or NSAID</source>
        <translation>Antiplatelet or NSAID</translation>
    </message>
    <message>
        <source>Alcohol excess</source>
        <translation>Alcohol excess</translation>
    </message>
    <message>
        <source>Schizophrenia, bipolar affective disorder or moderate to severe depression (QRISK3).</source>
        <translation>Schizophrenia, bipolar affective disorder or moderate to severe depression (QRISK3).</translation>
    </message>
    <message>
        <source>Currently taking a second-generation (atypical) antipsychotic (QRISK3).</source>
        <translation>Currently taking a second-generation (atypical) antipsychotic (QRISK3).</translation>
    </message>
    <message>
        <source>Regular oral corticosteroid tablets (QRISK3).</source>
        <translation>Regular oral corticosteroid tablets (QRISK3).</translation>
    </message>
    <message>
        <source>A diagnosis of, or treatment for, erectile dysfunction (QRISK3).</source>
        <translation>A diagnosis of, or treatment for, erectile dysfunction (QRISK3).</translation>
    </message>
    <message>
        <source>Chronic kidney disease stage 3, 4 or 5 recorded (QRISK3).</source>
        <translation>Chronic kidney disease stage 3, 4 or 5 recorded (QRISK3).</translation>
    </message>
    <message>
        <source>Angina or heart attack in a first-degree relative before the age of 60 (QRISK3).</source>
        <translation>Angina or heart attack in a first-degree relative before the age of 60 (QRISK3).</translation>
    </message>
    <message>
        <source>Systemic lupus erythematosus (QRISK3).</source>
        <translation>Systemic lupus erythematosus (QRISK3).</translation>
    </message>
    <message>
        <source>Known heart attack, angina, stroke, TIA or peripheral arterial disease: the primary-prevention models do not apply.</source>
        <translation>Known heart attack, angina, stroke, TIA or peripheral arterial disease: the primary-prevention models do not apply.</translation>
    </message>
    <message>
        <source>Derived from the medication list when an antihypertensive is current.</source>
        <translation>Derived from the medication list when an antihypertensive is current.</translation>
    </message>
    <message>
        <source>Derived from the medication list when a statin is current.</source>
        <translation>Derived from the medication list when a statin is current.</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc: hypertension; HAS-BLED: uncontrolled, systolic above 160 mmHg.</source>
        <translation>CHA2DS2-VASc: hypertension; HAS-BLED: uncontrolled, systolic above 160 mmHg.</translation>
    </message>
    <message>
        <source>Dialysis, kidney transplant or serum creatinine of 200 µmol/L or more (HAS-BLED).</source>
        <translation>Dialysis, kidney transplant or serum creatinine of 200 µmol/L or more (HAS-BLED).</translation>
    </message>
    <message>
        <source>Cirrhosis, or bilirubin above twice and AST/ALT above three times the upper limit of normal (HAS-BLED).</source>
        <translation>Cirrhosis, or bilirubin above twice and AST/ALT above three times the upper limit of normal (HAS-BLED).</translation>
    </message>
    <message>
        <source>Previous major bleeding or a predisposition to bleeding (HAS-BLED).</source>
        <translation>Previous major bleeding or a predisposition to bleeding (HAS-BLED).</translation>
    </message>
    <message>
        <source>Unstable or high INRs, time in therapeutic range below 60 % (HAS-BLED).</source>
        <translation>Unstable or high INRs, time in therapeutic range below 60 % (HAS-BLED).</translation>
    </message>
    <message>
        <source>Concomitant antiplatelet drugs or NSAIDs (HAS-BLED).</source>
        <translation>Concomitant antiplatelet drugs or NSAIDs (HAS-BLED).</translation>
    </message>
    <message>
        <source>Eight or more drinks a week (HAS-BLED).</source>
        <translation>Eight or more drinks a week (HAS-BLED).</translation>
    </message>
    <message>
        <source>Prior heart attack, peripheral artery disease or aortic plaque (CHA2DS2-VASc).</source>
        <translation>Prior heart attack, peripheral artery disease or aortic plaque (CHA2DS2-VASc).</translation>
    </message>
    <message>
        <source>Prior stroke, transient ischaemic attack or thromboembolism (CHA2DS2-VASc).</source>
        <translation>Prior stroke, transient ischaemic attack or thromboembolism (CHA2DS2-VASc).</translation>
    </message>
    <message>
        <source>At least 30 minutes of physical activity daily, at work or in leisure time (FINDRISC).</source>
        <translation>At least 30 minutes of physical activity daily, at work or in leisure time (FINDRISC).</translation>
    </message>
    <message>
        <source>Eats vegetables, fruit or berries every day (FINDRISC).</source>
        <translation>Eats vegetables, fruit or berries every day (FINDRISC).</translation>
    </message>
    <message>
        <source>Ever found to have high blood glucose, for example at a health check, during illness or pregnancy (FINDRISC).</source>
        <translation>Ever found to have high blood glucose, for example at a health check, during illness or pregnancy (FINDRISC).</translation>
    </message>
    <message>
        <source>Asked only because the Pooled Cohort Equations have separate equations for white and African American adults. The race-free PREVENT equations are shown beside them.</source>
        <translation>Asked only because the Pooled Cohort Equations have separate equations for white and African American adults. The race-free PREVENT equations are shown beside them.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Chronic kidney disease stage 3–5</source>
        <translation>Chronic kidney disease stage 3–5</translation>
    </message>
    <message>
        <source>On dialysis</source>
        <translation>On dialysis</translation>
    </message>
    <message>
        <source>On maintenance dialysis, recorded as a safety fact: the kidney failure risk equations do not apply (Tangri et al., JAMA 2011;305:1553).</source>
        <translation>On maintenance dialysis, recorded as a safety fact: the kidney failure risk equations do not apply (Tangri et al., JAMA 2011;305:1553).</translation>
    </message>
    <message>
        <source>LDL cholesterol</source>
        <translation>LDL cholesterol</translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation>Potassium</translation>
    </message>
    <message>
        <source>Low-density lipoprotein cholesterol as the laboratory reports it (measured or calculated). Part of the total cholesterol, so it cannot exceed it. No risk model uses it.</source>
        <translation>Low-density lipoprotein cholesterol as the laboratory reports it (measured or calculated). Part of the total cholesterol, so it cannot exceed it. No risk model uses it.</translation>
    </message>
    <message>
        <source>Serum potassium. A result in mEq/L is the same number in mmol/L. No risk model uses it.</source>
        <translation>Serum potassium. A result in mEq/L is the same number in mmol/L. No risk model uses it.</translation>
    </message>
    <message>
        <source>white</source>
        <translation>white</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Black or African American</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>type 1</source>
        <translation>type 1</translation>
    </message>
    <message>
        <source>type 2</source>
        <translation>type 2</translation>
    </message>
    <message>
        <source>never smoked</source>
        <translation>never smoked</translation>
    </message>
    <message>
        <source>former smoker</source>
        <translation>former smoker</translation>
    </message>
    <message>
        <source>light smoker (under 10 a day)</source>
        <translation>light smoker (under 10 a day)</translation>
    </message>
    <message>
        <source>heavy smoker (20 or more a day)</source>
        <translation>heavy smoker (20 or more a day)</translation>
    </message>
    <message>
        <source>current smoker, amount unknown</source>
        <translation>current smoker, amount unknown</translation>
    </message>
    <message>
        <source>White or not stated</source>
        <translation>White or not stated</translation>
    </message>
    <message>
        <source>Indian</source>
        <translation>Indian</translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation>Pakistani</translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation>Bangladeshi</translation>
    </message>
    <message>
        <source>Other Asian</source>
        <translation>Other Asian</translation>
    </message>
    <message>
        <source>Black Caribbean</source>
        <translation>Black Caribbean</translation>
    </message>
    <message>
        <source>Black African</source>
        <translation>Black African</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Other ethnic group</source>
        <translation>Other ethnic group</translation>
    </message>
    <message>
        <source>other relative</source>
        <translation>other relative</translation>
    </message>
    <message>
        <source>first-degree relative</source>
        <translation>first-degree relative</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>low risk</translation>
    </message>
    <message>
        <source>moderate risk</source>
        <translation>moderate risk</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>high risk</translation>
    </message>
    <message>
        <source>very high risk</source>
        <translation>very high risk</translation>
    </message>
    <message>
        <source>North American</source>
        <translation>North American</translation>
    </message>
    <message>
        <source>moderate smoker (10–19 a day)</source>
        <translation>moderate smoker (10–19 a day)</translation>
    </message>
</context>
<context>
    <name>precis::ui::RoleChecks</name>
    <message>
        <source>Role: %1</source>
        <extracomment>Accessible name of a role check box; %1 role name</extracomment>
        <translation>Role: %1</translation>
    </message>
</context>
<context>
    <name>precis::ui::RolesDialog</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Change Roles</source>
        <translation>Change Roles</translation>
    </message>
    <message>
        <source>Roles decide what the user may do: nurses and physicians open charts, administrators manage the vault. The change applies at the user&apos;s next sign-in.</source>
        <translation>Roles decide what the user may do: nurses and physicians open charts, administrators manage the vault. The change applies at the user&apos;s next sign-in.</translation>
    </message>
    <message>
        <source>&amp;Change Roles</source>
        <translation>&amp;Change Roles</translation>
    </message>
    <message>
        <source>Changing the roles of %1.</source>
        <translation>Changing the roles of %1.</translation>
    </message>
</context>
<context>
    <name>precis::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
    <message>
        <source>The new language is used the next time Precis starts.</source>
        <translation>The new language is used the next time Precis starts.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>precis::ui::TalkPanel</name>
    <message>
        <source>Risk as 100 people</source>
        <translation>Risk as 100 people</translation>
    </message>
    <message>
        <source>Select a risk card that gives a percentage over a number of years to show it as 100 people.</source>
        <translation>Select a risk card that gives a percentage over a number of years to show it as 100 people.</translation>
    </message>
    <message numerus="yes">
        <source>Of 100 people like you, fewer than 1 %1 in the next %n year(s).</source>
        <translation>
            <numerusform>Of 100 people like you, fewer than 1 %1 in the next %n year.</numerusform>
            <numerusform>Of 100 people like you, fewer than 1 %1 in the next %n years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of 100 people like you, about %1 %2 in the next %n year(s).</source>
        <extracomment>%1 number of people of 100; %2 what happens to them; %n years</extracomment>
        <translation>
            <numerusform>Of 100 people like you, about %1 %2 in the next %n year.</numerusform>
            <numerusform>Of 100 people like you, about %1 %2 in the next %n years.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled figures: people who have the event. Source: %1, version %2.</source>
        <translation>Filled figures: people who have the event. Source: %1, version %2.</translation>
    </message>
</context>
<context>
    <name>precis::ui::TaskRunner</name>
    <message>
        <source>In Progress</source>
        <translation>In Progress</translation>
    </message>
</context>
<context>
    <name>precis::ui::TherapyImpactPanel</name>
    <message>
        <source>The model could not compute a current risk, so the options&apos; effect cannot be drawn.</source>
        <translation>The model could not compute a current risk, so the options&apos; effect cannot be drawn.</translation>
    </message>
    <message>
        <source>The model could not compute a current risk (%1), so the options&apos; effect cannot be drawn.</source>
        <translation>The model could not compute a current risk (%1), so the options&apos; effect cannot be drawn.</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Current risk</translation>
    </message>
    <message>
        <source>Accepted set (none accepted)</source>
        <translation>Accepted set (none accepted)</translation>
    </message>
    <message numerus="yes">
        <source>Accepted set (%n options)</source>
        <translation>
            <numerusform>Accepted set (%n option)</numerusform>
            <numerusform>Accepted set (%n options)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Accepted set = 100 × (1 − (1 − r/100)^(HR₁ × HR₂ × …)), HRᵢ = ln(1 − rᵢ/100) / ln(1 − r/100); r: current risk, rᵢ: with option i alone; effects assumed independent.</source>
        <extracomment>Shown with the therapy-impact chart; r = current risk, r_i = risk with option i alone</extracomment>
        <translation>Accepted set = 100 × (1 − (1 − r/100)^(HR₁ × HR₂ × …)), HRᵢ = ln(1 − rᵢ/100) / ln(1 − r/100); r: current risk, rᵢ: with option i alone; effects assumed independent.</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>Short label under the current-risk bar</extracomment>
        <translation>Current</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <extracomment>%1 the option&apos;s rank, as in the table&apos;s Rank column</extracomment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>Short label under the accepted-set bar</extracomment>
        <translation>Accepted</translation>
    </message>
</context>
<context>
    <name>precis::ui::TimelineWidget</name>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Allergy or intolerance</source>
        <translation>Allergy or intolerance</translation>
    </message>
    <message>
        <source>Safety fact</source>
        <translation>Safety fact</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Patient record</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Chart timeline</source>
        <translation>Chart timeline</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Earlier value</source>
        <translation>Earlier value</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Correct Value...</source>
        <translation>&amp;Correct Value...</translation>
    </message>
    <message>
        <source>Record a corrected value with a reason; the earlier value stays visible here.</source>
        <translation>Record a corrected value with a reason; the earlier value stays visible here.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Superseded by a correction</source>
        <translation>Superseded by a correction</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>precis::ui::TrendPanel</name>
    <message>
        <source>Trend across visits</source>
        <translation>Trend across visits</translation>
    </message>
    <message>
        <source>With &amp;input:</source>
        <translation>With &amp;input:</translation>
    </message>
    <message>
        <source>Select a risk card with a result to see its trend.</source>
        <translation>Select a risk card with a result to see its trend.</translation>
    </message>
    <message>
        <source>No result to follow over time.</source>
        <translation>No result to follow over time.</translation>
    </message>
    <message>
        <source>cannot compute</source>
        <translation>cannot compute</translation>
    </message>
    <message numerus="yes">
        <source>%1 as of each of %n visit date(s), from the values known on that date.</source>
        <translation>
            <numerusform>%1 as of %n visit date, from the values known on that date.</numerusform>
            <numerusform>%1 as of each of %n visit dates, from the values known on that date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) could not be scored (missing or out-of-range inputs then).</source>
        <translation>
            <numerusform>%n date could not be scored (missing or out-of-range inputs then).</numerusform>
            <numerusform>%n dates could not be scored (missing or out-of-range inputs then).</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>No visits recorded yet.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
</context>
<context>
    <name>precis::ui::UnlockWidget</name>
    <message>
        <source>Precis</source>
        <translation>Precis</translation>
    </message>
    <message>
        <source>Clinical decision support</source>
        <translation>Clinical decision support</translation>
    </message>
    <message>
        <source>Unlock Vault</source>
        <translation>Unlock Vault</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Choose...</translation>
    </message>
    <message>
        <source>Open another vault file</source>
        <translation>Open another vault file</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Unlock error</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Precis locks itself when you are away. Lock now at any time with Ctrl+L.</source>
        <translation>Precis locks itself when you are away. Lock now at any time with Ctrl+L.</translation>
    </message>
    <message>
        <source>No vault chosen</source>
        <translation>No vault chosen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 file name, %2 folder</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Unlocking...</source>
        <translation>Unlocking...</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment, then try again.</source>
        <translation>Too many failed attempts. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>The user name or password is incorrect.</translation>
    </message>
    <message>
        <source>This user may not open this vault.</source>
        <translation>This user may not open this vault.</translation>
    </message>
    <message>
        <source>The key file of this vault is missing. It must be next to the vault with the same name and the ending .keys. Restore it from a backup.</source>
        <translation>The key file of this vault is missing. It must be next to the vault with the same name and the ending .keys. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The vault file was not found. Choose another vault.</source>
        <translation>The vault file was not found. Choose another vault.</translation>
    </message>
    <message>
        <source>The file that counts failed sign-ins (ending .auth) is damaged. Ask your administrator.</source>
        <translation>The file that counts failed sign-ins (ending .auth) is damaged. Ask your administrator.</translation>
    </message>
    <message>
        <source>The key file of this vault is damaged. Restore it from a backup or ask your administrator.</source>
        <translation>The key file of this vault is damaged. Restore it from a backup or ask your administrator.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Nothing was changed. Restore it from a backup or ask your administrator.</source>
        <translation>The vault is damaged and cannot be opened. Nothing was changed. Restore it from a backup or ask your administrator.</translation>
    </message>
    <message>
        <source>The vault could not be read (%1).</source>
        <translation>The vault could not be read (%1).</translation>
    </message>
    <message>
        <source>This vault was made by a newer or incompatible version of Precis.</source>
        <translation>This vault was made by a newer or incompatible version of Precis.</translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Enter a user name and a password.</translation>
    </message>
    <message>
        <source>The vault could not be opened because an internal check failed.</source>
        <translation>The vault could not be opened because an internal check failed.</translation>
    </message>
    <message>
        <source>The key file next to this vault belongs to another version of the vault (from before or after a key change). Nothing was changed. Put the matching key file back, or restore both files from a backup.</source>
        <translation>The key file next to this vault belongs to another version of the vault (from before or after a key change). Nothing was changed. Put the matching key file back, or restore both files from a backup.</translation>
    </message>
    <message>
        <source>The vault file is older than its key file: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</source>
        <translation>The vault file is older than its key file: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</translation>
    </message>
    <message>
        <source>The key file is older than the vault: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</source>
        <translation>The key file is older than the vault: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</translation>
    </message>
    <message>
        <source>This vault is older than the one this computer has already opened: both files may have been replaced by old copies. Nothing was changed. Ask your administrator.</source>
        <translation>This vault is older than the one this computer has already opened: both files may have been replaced by old copies. Nothing was changed. Ask your administrator.</translation>
    </message>
    <message>
        <source>This file is not a Precis vault. Nothing was changed. Choose another vault.</source>
        <translation>This file is not a Precis vault. Nothing was changed. Choose another vault.</translation>
    </message>
    <message>
        <source>A restore of this vault was interrupted and cannot be finished. Ask your administrator to run the restore again.</source>
        <translation>A restore of this vault was interrupted and cannot be finished. Ask your administrator to run the restore again.</translation>
    </message>
    <message>
        <source>An administrator set your password, so you must choose your own before you continue. Sign in again to choose it.</source>
        <translation>An administrator set your password, so you must choose your own before you continue. Sign in again to choose it.</translation>
    </message>
</context>
<context>
    <name>precis::ui::UsersPanel</name>
    <message>
        <source>Users and their roles</source>
        <translation>Users and their roles</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Add a user with roles and an initial password</source>
        <translation>Add a user with roles and an initial password</translation>
    </message>
    <message>
        <source>Change &amp;Roles...</source>
        <translation>Change &amp;Roles...</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s roles</source>
        <translation>Change the selected user&apos;s roles</translation>
    </message>
    <message>
        <source>Re&amp;set Password...</source>
        <translation>Re&amp;set Password...</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Set a new password for the selected user</translation>
    </message>
    <message>
        <source>Re&amp;move User...</source>
        <translation>Re&amp;move User...</translation>
    </message>
    <message>
        <source>Remove the selected user and rotate the data key</source>
        <translation>Remove the selected user and rotate the data key</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>The list of users could not be read.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Tooltip of the signed-in user&apos;s row</extracomment>
        <translation>You</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>You cannot remove yourself.</translation>
    </message>
    <message>
        <source>%1 was added. They sign in with the initial password you gave them.</source>
        <translation>%1 was added. They sign in with the initial password you gave them.</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>The roles of %1 were changed.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 has a new password.</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>Remove User</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their key slot is deleted and the vault gets a new data key: every page is encrypted again, which takes a while for a large vault. Copies and backups made before now still open with their old password.</source>
        <translation>%1 will no longer be able to sign in. Their key slot is deleted and the vault gets a new data key: every page is encrypted again, which takes a while for a large vault. Copies and backups made before now still open with their old password.</translation>
    </message>
    <message>
        <source>Re&amp;move %1</source>
        <translation>Re&amp;move %1</translation>
    </message>
    <message>
        <source>Removing %1 and encrypting the vault with a new data key. Precis locks only when this has finished.</source>
        <translation>Removing %1 and encrypting the vault with a new data key. Precis locks only when this has finished.</translation>
    </message>
    <message>
        <source>%1 was removed and the data key was rotated.</source>
        <translation>%1 was removed and the data key was rotated.</translation>
    </message>
    <message>
        <source>A&amp;dd User...</source>
        <translation>A&amp;dd User...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Set by an administrator; to be changed at the next sign-in</source>
        <translation>Set by an administrator; to be changed at the next sign-in</translation>
    </message>
</context>
<context>
    <name>precis::ui::VaultPanel</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Write an encrypted copy of the vault and check it</source>
        <translation>Write an encrypted copy of the vault and check it</translation>
    </message>
    <message>
        <source>R&amp;estore...</source>
        <translation>R&amp;estore...</translation>
    </message>
    <message>
        <source>Replace this vault with a backup</source>
        <translation>Replace this vault with a backup</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the vault and its key file, checked after writing. Restoring one replaces this vault and signs everyone out.</source>
        <translation>A backup is an encrypted copy of the vault and its key file, checked after writing. Restoring one replaces this vault and signs everyone out.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Rotate &amp;Data Key...</source>
        <translation>Rotate &amp;Data Key...</translation>
    </message>
    <message>
        <source>Encrypt the vault with a new data key</source>
        <translation>Encrypt the vault with a new data key</translation>
    </message>
    <message>
        <source>New Re&amp;covery Key...</source>
        <translation>New Re&amp;covery Key...</translation>
    </message>
    <message>
        <source>Replace the recovery key and show the new one once</source>
        <translation>Replace the recovery key and show the new one once</translation>
    </message>
    <message>
        <source>Rotate the data key when a copy of the key file may have left the clinic; removing a user rotates it too. Make a new recovery key when the printed one is lost or was seen by someone who should not have it.</source>
        <translation>Rotate the data key when a copy of the key file may have left the clinic; removing a user rotates it too. Make a new recovery key when the printed one is lost or was seen by someone who should not have it.</translation>
    </message>
    <message>
        <source>Automatic Lock</source>
        <translation>Automatic Lock</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <source>Lock every workstation after</source>
        <translation>Lock every workstation after</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked: %2 pages verified, the key file matches.</source>
        <extracomment>%1 file path, %2 number of pages</extracomment>
        <translation>Backup written to %1 and checked: %2 pages verified, the key file matches.</translation>
    </message>
    <message>
        <source>Restore Vault from Backup</source>
        <translation>Restore Vault from Backup</translation>
    </message>
    <message>
        <source>Rotate Data Key</source>
        <translation>Rotate Data Key</translation>
    </message>
    <message>
        <source>The vault gets a new data key and every page is encrypted again, which takes a while for a large vault. Every user keeps their password. Copies of the old key file no longer open the vault; backups made before now still open with the passwords of their time.</source>
        <translation>The vault gets a new data key and every page is encrypted again, which takes a while for a large vault. Every user keeps their password. Copies of the old key file no longer open the vault; backups made before now still open with the passwords of their time.</translation>
    </message>
    <message>
        <source>&amp;Rotate Data Key</source>
        <translation>&amp;Rotate Data Key</translation>
    </message>
    <message>
        <source>Encrypting the vault with a new data key. Precis locks only when this has finished.</source>
        <translation>Encrypting the vault with a new data key. Precis locks only when this has finished.</translation>
    </message>
    <message>
        <source>The data key was rotated.</source>
        <translation>The data key was rotated.</translation>
    </message>
    <message>
        <source>New Recovery Key</source>
        <translation>New Recovery Key</translation>
    </message>
    <message>
        <source>A new recovery key replaces the current one, which then no longer opens this vault (backups made before now still open with it). The new key is shown once: have paper or a printer ready.</source>
        <translation>A new recovery key replaces the current one, which then no longer opens this vault (backups made before now still open with it). The new key is shown once: have paper or a printer ready.</translation>
    </message>
    <message>
        <source>&amp;Make New Key</source>
        <translation>&amp;Make New Key</translation>
    </message>
    <message>
        <source>Making a new recovery key.</source>
        <translation>Making a new recovery key.</translation>
    </message>
    <message>
        <source>A new recovery key was made. The previous one no longer opens this vault.</source>
        <translation>A new recovery key was made. The previous one no longer opens this vault.</translation>
    </message>
    <message>
        <source>Only an administrator may change the lock period.</source>
        <translation>Only an administrator may change the lock period.</translation>
    </message>
    <message>
        <source>The lock period could not be saved.</source>
        <translation>The lock period could not be saved.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. Precis now locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Saved. Precis now locks after %n minute without input.</numerusform>
            <numerusform>Saved. Precis now locks after %n minutes without input.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bac&amp;k Up...</source>
        <translation>Bac&amp;k Up...</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appl&amp;y</translation>
    </message>
</context>
<context>
    <name>precis::ui::WhatIfPanel</name>
    <message>
        <source>What-if</source>
        <translation>What-if</translation>
    </message>
    <message>
        <source>Stops smoking (becomes a former smoker)</source>
        <translation>Stops smoking (becomes a former smoker)</translation>
    </message>
    <message>
        <source>Systolic BP:</source>
        <translation>Systolic BP:</translation>
    </message>
    <message>
        <source>Total cholesterol:</source>
        <translation>Total cholesterol:</translation>
    </message>
    <message>
        <source>HDL cholesterol:</source>
        <translation>HDL cholesterol:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Weight:</translation>
    </message>
    <message>
        <source>&amp;Reset to Current Values</source>
        <translation>&amp;Reset to Current Values</translation>
    </message>
    <message>
        <source>Treatments are not simulated here: a model&apos;s coefficient for being treated is not the effect of starting treatment.</source>
        <translation>Treatments are not simulated here: a model&apos;s coefficient for being treated is not the effect of starting treatment.</translation>
    </message>
    <message>
        <source>Select a risk card with a result to explore what would change it.</source>
        <translation>Select a risk card with a result to explore what would change it.</translation>
    </message>
    <message>
        <source>No result to project.</source>
        <translation>No result to project.</translation>
    </message>
    <message>
        <source>These values cannot be scored: %1</source>
        <translation>These values cannot be scored: %1</translation>
    </message>
    <message>
        <source>%1, %2: current values against the values set below.</source>
        <translation>%1, %2: current values against the values set below.</translation>
    </message>
    <message>
        <source>The model cannot score these values. %1</source>
        <translation>The model cannot score these values. %1</translation>
    </message>
    <message>
        <source>Current %1 → projected %2 (%3)</source>
        <extracomment>What-if result: current value -&gt; projected value (change)</extracomment>
        <translation>Current %1 → projected %2 (%3)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Projected</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
</TS>
