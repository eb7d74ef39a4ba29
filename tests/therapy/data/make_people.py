# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the synthetic persons of tests/therapy/data/people-kb2026.1.csv (invented values, no
# real person): python3 make_people.py 2026 600 > people-kb2026.1.csv
import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 2026)
cols = ["id","age","sex","race","total_cholesterol","hdl_cholesterol","ldl_cholesterol","sbp","dbp",
        "bp_treated","statin","diabetes","smoking","egfr","bmi","uacr","cvd","hypertension","af",
        "heart_failure","stroke_tia_te","vascular_disease","kfre_region","hba1c","fasting_glucose",
        "potassium","dialysis","medications","intolerances","pregnant","acs_pci","mechanical_valve",
        "mitral_stenosis","prior_dka","mtc_men2","cyp2c19","slco1b1","abcg2","cyp2c9","cyp4f2","vkorc1"]
meds = ["simvastatin","atorvastatin","rosuvastatin","pravastatin","lovastatin","fluvastatin","pitavastatin",
        "clopidogrel","warfarin","apixaban","aspirin","metformin","lisinopril","amlodipine","hydrochlorothiazide",
        "empagliflozin","liraglutide","ezetimibe","unknownol","C10AA05"]
intol = ["statin","ace_inhibitor_angioedema","aspirin","metformin","sglt2_inhibitor","ras_inhibitor","anticoagulant","ezetimibe","glp1_ra"]
fn = ["increased_function","normal_function","decreased_function","possible_decreased_function","poor_function","indeterminate"]
mz = ["ultrarapid_metabolizer","rapid_metabolizer","normal_metabolizer","likely_intermediate_metabolizer","intermediate_metabolizer","likely_poor_metabolizer","poor_metabolizer","indeterminate"]
def maybe(p, f):
    return f() if random.random() < p else ""
print(",".join(cols), end="\r\n")
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 600):
    r = {}
    r["id"] = f"p{i}"
    r["age"] = str(random.randint(25, 85))
    r["sex"] = random.choice(["female","male"])
    r["race"] = random.choice(["white","black","other"])
    r["total_cholesterol"] = str(random.randint(140, 320))
    r["hdl_cholesterol"] = str(random.randint(28, 90))
    r["ldl_cholesterol"] = maybe(0.9, lambda: str(random.randint(50, 240)))
    r["sbp"] = maybe(0.95, lambda: str(random.randint(100, 190)))
    r["dbp"] = maybe(0.9, lambda: str(random.randint(60, 110)))
    r["bp_treated"] = random.choice(["0","1"])
    r["statin"] = random.choice(["0","0","1"])
    r["diabetes"] = random.choice(["none","none","type2","type1"])
    r["smoking"] = random.choice(["never","former","current","light","heavy"])
    r["egfr"] = maybe(0.9, lambda: random.choice([str(random.randint(10, 110)), f"{random.uniform(10, 70):.2f}", "19.96", "44.97", "29.99"]))
    r["bmi"] = maybe(0.9, lambda: f"{random.uniform(18, 42):.1f}")
    r["uacr"] = maybe(0.6, lambda: str(random.choice([5, 20, 35, 150, 250, 320, 900])))
    for f in ["cvd","hypertension","af","heart_failure","stroke_tia_te","vascular_disease"]:
        r[f] = maybe(0.85, lambda: random.choice(["0","0","1"]))
    r["kfre_region"] = maybe(0.5, lambda: random.choice(["north_american","other"]))
    r["hba1c"] = maybe(0.6, lambda: f"{random.uniform(5.0, 7.5):.1f}")
    r["fasting_glucose"] = maybe(0.4, lambda: f"{random.uniform(4.5, 7.5):.1f}")
    r["potassium"] = maybe(0.5, lambda: f"{random.uniform(3.5, 5.8):.1f}")
    r["dialysis"] = maybe(0.7, lambda: random.choice(["0","0","0","1"]))
    r["medications"] = ";".join(random.sample(meds, random.choice([0,0,1,2,3])))
    r["intolerances"] = ";".join(random.sample(intol, random.choice([0,0,0,1,2])))
    for f in ["pregnant","acs_pci","mechanical_valve","mitral_stenosis","prior_dka","mtc_men2"]:
        r[f] = maybe(0.5, lambda: random.choice(["0","0","0","1"]))
    if r["sex"] == "male": r["pregnant"] = ""
    r["cyp2c19"] = maybe(0.5, lambda: random.choice(mz))
    r["slco1b1"] = maybe(0.5, lambda: random.choice(fn))
    r["abcg2"] = maybe(0.4, lambda: random.choice(fn))
    r["cyp2c9"] = maybe(0.4, lambda: random.choice(mz))
    r["cyp4f2"] = maybe(0.4, lambda: random.choice(fn))
    r["vkorc1"] = maybe(0.4, lambda: random.choice(["GG","GA","AA"]))
    print(",".join(r[c] for c in cols), end="\r\n")
