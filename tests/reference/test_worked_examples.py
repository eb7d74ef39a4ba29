#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The reference implementation against published worked examples (issue 4; the source of each
row is named in the row and in the comment above it).

Each row: name, model, profile, outcome, horizon, expected, tolerance, source. Exit 1 on any
failure. Tolerances follow the precision of the published figure.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import precis_reference as ref  # noqa: E402

MG = ref.MGDL_PER_MMOLL_CHOL

PCE55 = dict(age='55', total_cholesterol='213', hdl_cholesterol='50', sbp='120', bp_treated='0',
             smoking='never', diabetes='none')
PREVENT_EX = dict(age='50', sex='female', total_cholesterol='200', hdl_cholesterol='45', sbp='160',
                  bp_treated='1', statin='0', diabetes='type2', smoking='never', egfr='90',
                  bmi='35')
Q3 = dict(age='64', sex='female', ethnicity='indian', smoking='never', height='178', weight='80',
          total_cholesterol='200', hdl_cholesterol='50', sbp='180', sbp_sd='20', townsend='0',
          diabetes='none', af='0', atypical_antipsychotic='0', corticosteroids='0',
          erectile_dysfunction='0', migraine='0', rheumatoid_arthritis='0', ckd_stage_3_5='0',
          severe_mental_illness='0', sle='0', family_history_chd='0', bp_treated='0')
Q3_75 = dict(Q3, age='75', ethnicity='white', height='170', weight='70', sbp='120', sbp_sd='10')
S2 = dict(age='50', smoking='heavy', sbp='140', total_cholesterol=repr(5.5 * MG),
          hdl_cholesterol=repr(1.3 * MG), diabetes='none')
QD0 = dict(ethnicity='white', smoking='never', townsend='0', diabetes='none',
           family_history_diabetes='none', gestational_diabetes='0', pcos='0',
           atypical_antipsychotic='0', corticosteroids='0', cvd='0', learning_disability='0',
           schizophrenia_or_bipolar='0', statin='0', bp_treated='0')
KF = dict(age='60', sex='male', egfr='30', uacr='300')
CHA0 = dict(heart_failure='0', hypertension='0', bp_treated='0', diabetes='none',
            stroke_tia_te='0', vascular_disease='0')
HB0 = dict(age='70', sbp='170', abnormal_renal_function='0', abnormal_liver_function='0',
           prior_stroke='0', bleeding_history='0', labile_inr='0', antiplatelet_or_nsaid='1',
           alcohol_excess='0')

# name, model, profile, outcome, horizon, expected, tolerance, source
CASES = [
    # Goff 2013 Table A worked example (published to 0.1 %; sums were rounded there).
    ('pce white F', 'pce', dict(PCE55, sex='female', race='white'), 'ascvd', 10, 2.1, 0.1, 'Goff 2013 Table A'),
    ('pce AA F', 'pce', dict(PCE55, sex='female', race='black'), 'ascvd', 10, 3.0, 0.1, 'Goff 2013 Table A'),
    ('pce white M', 'pce', dict(PCE55, sex='male', race='white'), 'ascvd', 10, 5.3, 0.1, 'Goff 2013 Table A'),
    ('pce AA M', 'pce', dict(PCE55, sex='male', race='black'), 'ascvd', 10, 6.1, 0.1, 'Goff 2013 Table A'),
    # ACC ASCVD Risk Estimator Plus (white M 55, SBP 130, TC 200, HDL 50).
    ('pce estimator+', 'pce', dict(PCE55, sex='male', race='white', sbp='130', total_cholesterol='200'), 'ascvd', 10, 5.7, 0.1, 'tools.acc.org'),
    ('pce optimal', 'pce', dict(PCE55, sex='male', race='white', sbp='130', total_cholesterol='200'), 'ascvd_optimal', 10, 3.6, 0.1, 'tools.acc.org'),
    ('lifetime estimator+', 'pce-lifetime', dict(age='55', sex='male', sbp='130', dbp='80', total_cholesterol='200', bp_treated='0', smoking='never', diabetes='none'), 'cvd_lifetime', None, 46, 0.5, 'tools.acc.org'),
    ('lifetime M optimal', 'pce-lifetime', dict(age='50', sex='male', sbp='110', dbp='70', total_cholesterol='170', bp_treated='0', smoking='never', diabetes='none'), 'cvd_lifetime', None, 5.2, 1e-9, 'Lloyd-Jones 2006'),
    ('lifetime M 2 major', 'pce-lifetime', dict(age='50', sex='male', sbp='110', dbp='70', total_cholesterol='170', bp_treated='0', smoking='heavy', diabetes='type2'), 'cvd_lifetime', None, 68.9, 1e-9, 'Lloyd-Jones 2006'),
    ('lifetime F optimal', 'pce-lifetime', dict(age='50', sex='female', sbp='110', dbp='70', total_cholesterol='170', bp_treated='0', smoking='never', diabetes='none'), 'cvd_lifetime', None, 8.2, 1e-9, 'Lloyd-Jones 2006'),
    ('lifetime F 2 major', 'pce-lifetime', dict(age='50', sex='female', sbp='110', dbp='70', total_cholesterol='170', bp_treated='0', smoking='heavy', diabetes='type2'), 'cvd_lifetime', None, 50.2, 1e-9, 'Lloyd-Jones 2006'),
    # PREVENT: Khan 2024 Table S25 / preventr README (published to 0.1 %).
] + [
    (f'prevent {o} {h}', 'prevent', PREVENT_EX, o, h, v, 0.05, 'Khan 2024 Table S25')
    for (o, h), v in {('total_cvd', 10): 14.7, ('ascvd', 10): 9.2, ('heart_failure', 10): 8.1,
                      ('chd', 10): 4.4, ('stroke', 10): 5.4, ('total_cvd', 30): 53.0,
                      ('ascvd', 30): 35.4, ('heart_failure', 30): 39.0, ('chd', 30): 19.8,
                      ('stroke', 30): 22.1}.items()
] + [
    # QRISK3: YanLiUK/QRISK3_valid QRISK3_2019_test.csv (ClinRisk C code output, 0.1 %).
    ('qrisk3 F', 'qrisk3', Q3, 'cvd', 10, 17.2, 0.05, 'ClinRisk test pack'),
    ('qrisk3 M', 'qrisk3', dict(Q3, sex='male'), 'cvd', 10, 27.1, 0.05, 'ClinRisk test pack'),
    ('qrisk3 F AF', 'qrisk3', dict(Q3, af='1'), 'cvd', 10, 36.0, 0.05, 'ClinRisk test pack'),
    ('qrisk3 F T2DM', 'qrisk3', dict(Q3, diabetes='type2'), 'cvd', 10, 30.9, 0.05, 'ClinRisk test pack'),
    ('qrisk3 F ratio 10', 'qrisk3', dict(Q3, hdl_cholesterol='20'), 'cvd', 10, 37.8, 0.05, 'ClinRisk test pack'),
    # sisuhealthgroup/qrisk3 src/qrisk3.test.js (0.01 %).
    ('qrisk3 75 F', 'qrisk3', Q3_75, 'cvd', 10, 18.11, 0.005, 'sisuhealthgroup/qrisk3'),
    ('qrisk3 75 M', 'qrisk3', dict(Q3_75, sex='male'), 'cvd', 10, 24.59, 0.005, 'sisuhealthgroup/qrisk3'),
    # SCORE2 low-risk region (SCORE2 EHJ 2021 supplement; README_SCORE2 0.1 %).
    ('score2 low M', 'score2', dict(S2, sex='male', score2_region='low'), 'cvd', 10, 5.9, 0.05, 'SCORE2 supplement'),
    ('score2 low F', 'score2', dict(S2, sex='female', score2_region='low'), 'cvd', 10, 4.2, 0.05, 'SCORE2 supplement'),
    # SCORE2-OP low-risk region, ESC online calculator (integer %). The male example gives
    # 18.43 here (18.45 with the rounded table) against the calculator's 19; see README.md.
    ('score2-op low F', 'score2', dict(S2, age='75', sex='female', score2_region='low'), 'cvd', 10, 15, 0.5, 'ESC calculator via RiskScorescvd issue 2'),
    # Framingham general CVD: D'Agostino 2008 worked examples.
    ('framingham F', 'framingham-cvd-2008', dict(age='61', sex='female', total_cholesterol='180', hdl_cholesterol='47', sbp='124', bp_treated='0', smoking='light', diabetes='none'), 'cvd', 10, 10.48, 0.005, "D'Agostino 2008"),
    ('framingham M', 'framingham-cvd-2008', dict(age='53', sex='male', total_cholesterol='161', hdl_cholesterol='55', sbp='125', bp_treated='1', smoking='never', diabetes='type2'), 'cvd', 10, 15.62, 0.005, "D'Agostino 2008 (recomputed)"),
    # KFRE: no published example found; values worked by hand from Tangri 2011 (JAMA 305:1553,
    # models 3 and 6) and the Tangri 2016 baselines (JAMA 315:164), arithmetic written out in
    # tests/risk_models_c/tst_kfre.cpp. A self-check, not a published figure.
    ('kfre-4 NA 2y', 'kfre-4', dict(KF, kfre_region='north_american'), 'kidney_failure', 2, 8.63, 0.005, 'Tangri 2016 (recomputed)'),
    ('kfre-4 NA 5y', 'kfre-4', dict(KF, kfre_region='north_american'), 'kidney_failure', 5, 24.56, 0.005, 'Tangri 2016 (recomputed)'),
    ('kfre-4 other 2y', 'kfre-4', dict(KF, kfre_region='other'), 'kidney_failure', 2, 5.86, 0.005, 'Tangri 2016 (recomputed)'),
    ('kfre-4 other 5y', 'kfre-4', dict(KF, kfre_region='other'), 'kidney_failure', 5, 20.86, 0.005, 'Tangri 2016 (recomputed)'),
    # FINDRISC: Lindström & Tuomilehto form, constructed example (20 points, ~1 in 3).
    ('findrisc 20', 'findrisc', dict(age='58', sex='male', bmi='31', waist='104', physically_active='0', daily_vegetables='0', bp_treated_ever='1', high_glucose_history='0', family_history_diabetes='first_degree', diabetes='none'), 'score', None, 20, 0, 'FINDRISC form'),
    ('findrisc 20 risk', 'findrisc', dict(age='58', sex='male', bmi='31', waist='104', physically_active='0', daily_vegetables='0', bp_treated_ever='1', high_glucose_history='0', family_history_diabetes='first_degree', diabetes='none'), 'type2_diabetes', 10, 33, 0, 'FINDRISC form'),
    # CHA2DS2-VASc: gdl-lang fixtures, Friberg 2012 rates.
    ('vasc 8', 'cha2ds2-vasc', dict(CHA0, age='80', sex='female', heart_failure='1', stroke_tia_te='1', diabetes='type2', vascular_disease='1'), 'score', None, 8, 0, 'gdl-lang CHA2DS2VASc fixtures'),
    ('vasc 8 rate', 'cha2ds2-vasc', dict(CHA0, age='80', sex='female', heart_failure='1', stroke_tia_te='1', diabetes='type2', vascular_disease='1'), 'stroke_rate_annual', 1, 10.8, 0, 'Friberg 2012'),
    ('vasc 5', 'cha2ds2-vasc', dict(CHA0, age='80', sex='female', heart_failure='1', hypertension='1'), 'score', None, 5, 0, 'gdl-lang fixtures'),
    ('vasc 5 rate', 'cha2ds2-vasc', dict(CHA0, age='80', sex='female', heart_failure='1', hypertension='1'), 'stroke_rate_annual', 1, 7.2, 0, 'Friberg 2012'),
    ('vasc 1', 'cha2ds2-vasc', dict(CHA0, age='70', sex='male'), 'score', None, 1, 0, 'gdl-lang fixtures'),
    ('vasc 1 rate', 'cha2ds2-vasc', dict(CHA0, age='70', sex='male'), 'stroke_rate_annual', 1, 0.6, 0, 'Friberg 2012'),
    ('va 7 (no sex point)', 'cha2ds2-va', dict(CHA0, age='80', sex='female', heart_failure='1', stroke_tia_te='1', diabetes='type2', vascular_disease='1'), 'score', None, 7, 0, 'ESC 2024'),
    # HAS-BLED: Pisters 2010 Table 3, constructed from published points.
    ('has-bled 3', 'has-bled', HB0, 'score', None, 3, 0, 'Pisters 2010'),
    ('has-bled 3 rate', 'has-bled', HB0, 'major_bleeding_rate', 1, 3.74, 0, 'Pisters 2010'),
    ('has-bled 4', 'has-bled', dict(HB0, labile_inr='1'), 'score', None, 4, 0, 'Pisters 2010'),
    ('has-bled 4 rate', 'has-bled', dict(HB0, labile_inr='1'), 'major_bleeding_rate', 1, 8.70, 0, 'Pisters 2010'),
    # QDiabetes-2018: Feakster/qdiabetes README examples (outputs of the ClinRisk algorithm).
    ('qdiabetes A', 'qdiabetes-2018', dict(QD0, sex='male', age='45', bmi='35'), 'type2_diabetes', 10, 9.88593, 1e-5, 'Feakster/qdiabetes README'),
    ('qdiabetes B', 'qdiabetes-2018', dict(QD0, sex='female', age='65', bmi='30', fasting_glucose='6'), 'type2_diabetes', 10, 18.43691, 1e-5, 'Feakster/qdiabetes README'),
    ('qdiabetes C', 'qdiabetes-2018', dict(QD0, sex='male', age='25', bmi='40', hba1c=repr(42 / 10.929 + 2.15)), 'type2_diabetes', 10, 8.226301, 1e-5, 'Feakster/qdiabetes README'),
    # CKD-EPI 2021: at Scr = kappa the equation reduces to 142 * 0.9938^age (* 1.012 F).
    ('ckd-epi F at kappa', 'ckd-epi-2021', dict(age='50', sex='female', creatinine='0.7'), 'egfr', None, 142 * 0.9938 ** 50 * 1.012, 1e-9, 'Inker 2021 (identity)'),
    ('ckd-epi M at kappa', 'ckd-epi-2021', dict(age='50', sex='male', creatinine='0.9'), 'egfr', None, 142 * 0.9938 ** 50, 1e-9, 'Inker 2021 (identity)'),
]

# Refusals the issue requires (status only).
REFUSALS = [
    ('pce age 39', 'pce', dict(PCE55, sex='male', race='white', age='39')),
    ('prevent 30-year at 60', 'prevent', dict(PREVENT_EX, age='60')),
    ('score2 with diabetes', 'score2', dict(S2, sex='male', score2_region='low', diabetes='type2')),
    ('kfre eGFR 60', 'kfre-4', dict(KF, kfre_region='other', egfr='60')),
    ('qrisk3 current smoker', 'qrisk3', dict(Q3, smoking='current')),
    ('qdiabetes HbA1c 48', 'qdiabetes-2018', dict(QD0, sex='male', age='45', bmi='35', hba1c=repr(48 / 10.929 + 2.15))),
    ('findrisc diabetes', 'findrisc', dict(age='58', sex='male', bmi='31', waist='104', physically_active='0', daily_vegetables='0', bp_treated_ever='1', high_glucose_history='0', family_history_diabetes='none', diabetes='type2')),
]


def main() -> int:
    bad = 0
    for name, model, prof, outcome, horizon, expected, tol, src in CASES:
        rows = [r for r in ref.MODELS[model](prof) if r.outcome == outcome and r.horizon == horizon]
        ok = len(rows) == 1 and rows[0].status == 'computed' and abs(rows[0].value - expected) <= tol + 1e-12
        got = rows[0].value if rows else None
        print(f'{"ok  " if ok else "FAIL"} {name}: expected {expected} ± {tol}, got {got} [{src}]')
        bad += not ok
    for name, model, prof in REFUSALS:
        rows = ref.MODELS[model](prof)
        if model == 'prevent':
            ok = all((r.status == 'refused') == (r.horizon == 30) for r in rows)
        else:
            ok = any(r.status == 'refused' for r in rows)
        print(f'{"ok  " if ok else "FAIL"} refusal: {name}')
        bad += not ok
    print(f'{len(CASES) + len(REFUSALS) - bad} passed, {bad} failed')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
