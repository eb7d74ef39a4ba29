#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic generator of test profiles for the reference comparison (compare.py).

For every model id: >= 200 profiles spread over the model's valid ranges (random, fixed seed),
plus the range edges, the knots of splines / piecewise terms / fractional-polynomial scale
points and score thresholds, every categorical combination that matters, and a few profiles that
must be refused (out of range, missing, blank 0/1, disqualifying conditions).

Values are written as short decimals so that the CLI and the reference parse the same double.
Only ranges that the issue states are probed outside their limits; other inputs stay inside the
usual calculator ranges so that an undocumented range choice cannot cause a false alarm.
"""
from __future__ import annotations

import itertools
import random

SEED = 20261125
N_RANDOM = 200

SMOKING = ('never', 'former', 'light', 'moderate', 'heavy')
ETHNICITY = ('white', 'indian', 'pakistani', 'bangladeshi', 'other_asian', 'black_caribbean',
             'black_african', 'chinese', 'other')


def d1(x: float) -> str:
    """One decimal, no trailing '.0' noise beyond what round-trips."""
    return repr(round(x, 1))


def chol(r: random.Random):
    tc = r.randint(130, 320)
    hdl = r.randint(20, min(100, tc - 10))
    return str(tc), str(hdl)


def _pce(r, i):
    tc, hdl = chol(r)
    return dict(age=str(r.randint(40, 79)), sex=r.choice(('female', 'male')),
                race=r.choice(('white', 'black', 'other')), total_cholesterol=tc,
                hdl_cholesterol=hdl, sbp=str(r.randint(90, 200)), bp_treated=str(r.randint(0, 1)),
                smoking=r.choice(SMOKING + ('current',)), diabetes=r.choice(('none', 'type2', 'type1')))


def pce_profiles(r):
    out = [_pce(r, i) for i in range(N_RANDOM)]
    base = _pce(r, 0)
    for age in ('40', '79', '75', '76'):
        for sx, race in itertools.product(('female', 'male'), ('white', 'black', 'other')):
            out.append(dict(base, age=age, sex=sx, race=race))
    for tc, hdl, sbp in (('130', '20', '90'), ('320', '100', '200'), ('170', '50', '110')):
        out.append(dict(base, total_cholesterol=tc, hdl_cholesterol=hdl, sbp=sbp))
    out += [dict(base, age='39'), dict(base, age='80'), dict(base, sbp=''),
            dict(base, bp_treated=''), dict(base, race=''), dict(base, total_cholesterol='')]
    return out


def _prevent(r, addons: bool):
    tc, hdl = chol(r)
    p = dict(age=str(r.randint(30, 79)), sex=r.choice(('female', 'male')), total_cholesterol=tc,
             hdl_cholesterol=hdl, sbp=str(r.randint(90, 180)), bp_treated=str(r.randint(0, 1)),
             statin=str(r.randint(0, 1)), diabetes=r.choice(('none', 'none', 'type2', 'type1')),
             smoking=r.choice(SMOKING + ('current',)), bmi=d1(r.uniform(18.5, 39.9)),
             egfr=d1(r.uniform(15, 140)))
    if addons:
        if r.random() < 0.5:
            p['uacr'] = d1(r.choice((r.uniform(0.1, 30), r.uniform(30, 300), r.uniform(300, 25000))))
        if r.random() < 0.5:
            p['hba1c'] = d1(r.uniform(4.5, 15))
        if r.random() < 0.5:
            p['sdi_decile'] = str(r.randint(1, 10))
    return p


def prevent_profiles(r, forced=None):
    out = [_prevent(r, True) for _ in range(N_RANDOM)]
    base = _prevent(r, False)
    # Knots: SBP 110, BMI 30, eGFR 60, and the range edges.
    for sbp in ('90', '109', '110', '111', '180'):
        out.append(dict(base, sbp=sbp))
    for bmi in ('18.5', '29.9', '30', '30.1', '39.9'):
        out.append(dict(base, bmi=bmi))
    for egfr in ('15', '59.9', '60', '60.1', '140'):
        out.append(dict(base, egfr=egfr))
    for age in ('30', '59', '60', '79'):
        for sx in ('female', 'male'):
            out.append(dict(base, age=age, sex=sx))
    for tc, hdl in (('130', '20'), ('320', '100'), ('320', '20')):
        out.append(dict(base, total_cholesterol=tc, hdl_cholesterol=hdl))
    # Every subset of add-ons, in range, and each add-on at its edges and out of range.
    for k in range(8):
        p = dict(base, diabetes='type2' if k % 2 else 'none')
        if k & 1:
            p['uacr'] = '45.5'
        if k & 2:
            p['hba1c'] = '6.8'
        if k & 4:
            p['sdi_decile'] = str(k)
        out.append(p)
    for u in ('0.1', '25000', '0.05', '30000'):
        out.append(dict(base, uacr=u))
        out.append(dict(base, uacr=u, hba1c='5.5'))
    for h in ('4.5', '15', '4.4', '15.1'):
        out.append(dict(base, hba1c=h))
    for s in ('1', '3', '4', '6', '7', '10'):
        out.append(dict(base, sdi_decile=s))
    # A recorded but unusable SDI (outside 1-10 or not a whole decile) still counts for the
    # automatic variant choice and enters through its missing-value term (lead's decision 1).
    for s in ('0', '11', '4.5'):
        out.append(dict(base, sdi_decile=s))
        out.append(dict(base, sdi_decile=s, uacr='45.5'))
    out.append(dict(base, uacr='30000', hba1c='15.1', sdi_decile='11'))
    # eGFR from creatinine (CKD-EPI 2021) and BMI from height/weight.
    for cr in ('0.6', '0.7', '0.9', '1.3'):
        p = dict(base, creatinine=cr)
        del p['egfr']
        out.append(p)
    p = dict(base, height='172', weight='81.5')
    del p['bmi']
    out.append(p)
    # Refusals.
    out += [dict(base, age='29'), dict(base, age='80'), dict(base, sbp='89'), dict(base, sbp='181'),
            dict(base, bmi='18.4'), dict(base, bmi='40'), dict(base, egfr='14.9'),
            dict(base, egfr='140.1'), dict(base, total_cholesterol='129'),
            dict(base, total_cholesterol='321'), dict(base, hdl_cholesterol='19'),
            dict(base, hdl_cholesterol='101'), dict(base, statin=''), dict(base, egfr='')]
    return out


def _qrisk3(r):
    tc = r.randint(120, 320)
    hdl = r.randint(max(20, tc // 10 + 1), min(110, tc // 2))  # ratio 2..10
    sx = r.choice(('female', 'male'))
    p = dict(age=str(r.randint(25, 84)), sex=sx, ethnicity=r.choice(ETHNICITY + ('',)),
             smoking=r.choice(SMOKING), bmi=d1(r.uniform(20, 40)), total_cholesterol=str(tc),
             hdl_cholesterol=str(hdl), sbp=str(r.randint(80, 200)), sbp_sd=d1(r.uniform(0, 30)),
             townsend=d1(r.uniform(-7, 11)), diabetes=r.choice(('none', 'none', 'type1', 'type2')),
             erectile_dysfunction=str(r.randint(0, 1)) if sx == 'male' else '0')
    for f in ('af', 'atypical_antipsychotic', 'corticosteroids', 'migraine',
              'rheumatoid_arthritis', 'ckd_stage_3_5', 'severe_mental_illness', 'sle',
              'family_history_chd', 'bp_treated'):
        p[f] = '1' if r.random() < 0.2 else '0'
    return p


def qrisk3_profiles(r):
    out = [_qrisk3(r) for _ in range(N_RANDOM)]
    base = _qrisk3(r)
    for age in ('25', '84', '40', '60'):
        for sx in ('female', 'male'):
            for sm in SMOKING:
                out.append(dict(base, age=age, sex=sx, smoking=sm))
    for e in ETHNICITY + ('',):
        out.append(dict(base, ethnicity=e))
    for bmi in ('20', '25', '40'):
        out.append(dict(base, bmi=bmi))
    # NICE NG238 exclusions (computed with a warning, no category) and their edges; prior CVD.
    nx = dict(base, diabetes='none', ckd_stage_3_5='0')
    for extra in (dict(egfr='59.9'), dict(egfr='60'), dict(uacr='29.9'), dict(uacr='30'),
                  dict(cvd='1'), dict(cvd='0'), dict(diabetes='type1'), dict(ckd_stage_3_5='1')):
        out.append(dict(nx, **extra))
    p = dict(base, height='178', weight='80')
    del p['bmi']
    out.append(p)
    out += [dict(base, age='24'), dict(base, age='85'), dict(base, smoking='current'),
            dict(base, sbp=''), dict(base, af=''), dict(base, townsend='')]
    return out


def _score2(r):
    tc = r.randint(135, 310)
    return dict(age=str(r.randint(40, 89)), sex=r.choice(('female', 'male')),
                smoking=r.choice(SMOKING + ('current',)), sbp=str(r.randint(100, 180)),
                total_cholesterol=str(tc), hdl_cholesterol=str(r.randint(31, min(85, tc - 20))),
                diabetes=r.choice(('none', 'none', 'none', 'type2')),
                score2_region=r.choice(('low', 'moderate', 'high', 'very_high')))


def score2_profiles(r):
    out = [_score2(r) for _ in range(N_RANDOM)]
    base = dict(_score2(r), diabetes='none')
    for age in ('40', '69', '70', '89'):
        for sx in ('female', 'male'):
            for reg in ('low', 'moderate', 'high', 'very_high'):
                out.append(dict(base, age=age, sex=sx, score2_region=reg))
    out += [dict(base, age='39'), dict(base, age='90'), dict(base, age='55', diabetes='type2'),
            dict(base, age='75', diabetes='type2'), dict(base, score2_region=''),
            dict(base, sbp='')]
    return out


def _fram(r):
    tc, hdl = chol(r)
    return dict(age=str(r.randint(30, 74)), sex=r.choice(('female', 'male')),
                total_cholesterol=tc, hdl_cholesterol=hdl, sbp=str(r.randint(90, 200)),
                bp_treated=str(r.randint(0, 1)), smoking=r.choice(SMOKING + ('current',)),
                diabetes=r.choice(('none', 'type2')), bmi=d1(r.uniform(18, 45)))


def framingham_profiles(r):
    out = [_fram(r) for _ in range(N_RANDOM)]
    base = _fram(r)
    for age in ('30', '74'):
        for sx in ('female', 'male'):
            out.append(dict(base, age=age, sex=sx))
    # The normal profile itself: heart age equals age.
    out.append(dict(base, total_cholesterol='180', hdl_cholesterol='45', sbp='125', bp_treated='0',
                    smoking='never', diabetes='none', bmi='22.5'))
    out += [dict(base, age='29'), dict(base, age='75'), dict(base, sbp=''),
            dict(base, bp_treated='')]
    return out


def ckd_profiles(r):
    out = [dict(age=str(r.randint(18, 100)), sex=r.choice(('female', 'male')),
                creatinine=repr(round(r.uniform(0.3, 12), 2))) for _ in range(N_RANDOM)]
    for sx in ('female', 'male'):
        for cr in ('0.69', '0.7', '0.71', '0.89', '0.9', '0.91', '0.4', '5'):
            out.append(dict(age='18', sex=sx, creatinine=cr))
    out += [dict(age='17', sex='female', creatinine='1'), dict(age='50', sex='male', creatinine='')]
    return out


def _kfre(r):
    return dict(age=str(r.randint(20, 90)), sex=r.choice(('female', 'male')),
                egfr=d1(r.uniform(10, 59.9)), uacr=d1(r.uniform(3, 5000)),
                kfre_region=r.choice(('north_american', 'other')),
                calcium=d1(r.uniform(7.5, 11)), phosphate=d1(r.uniform(2.5, 7)),
                albumin=d1(r.uniform(2.5, 5)), bicarbonate=d1(r.uniform(14, 32)))


def kfre_profiles(r):
    out = [_kfre(r) for _ in range(N_RANDOM)]
    base = _kfre(r)
    out.append(dict(base, age='60', sex='male', egfr='30', uacr='300'))
    out += [dict(base, egfr='59.9'), dict(base, egfr='60'), dict(base, egfr='75'),
            dict(base, uacr=''), dict(base, kfre_region='')]
    # Issue #12: below the development range (eGFR 10-59) computed with a warning; dialysis = 1
    # refused, 0 and blank (not known) computed. (A flag other than 0/1 is a CSV error.)
    out += [dict(base, egfr='10'), dict(base, egfr='9.9'), dict(base, egfr='5'),
            dict(base, dialysis='1'), dict(base, dialysis='0'), dict(base, dialysis=''),
            dict(base, egfr='5', dialysis='1')]
    return out


def _findrisc(r):
    return dict(age=str(r.randint(20, 85)), sex=r.choice(('female', 'male')),
                bmi=d1(r.uniform(18, 45)), waist=str(r.randint(60, 130)),
                physically_active=str(r.randint(0, 1)), daily_vegetables=str(r.randint(0, 1)),
                bp_treated_ever=str(r.randint(0, 1)), high_glucose_history=str(r.randint(0, 1)),
                family_history_diabetes=r.choice(('none', 'other_relative', 'first_degree')),
                diabetes='none')


def findrisc_profiles(r):
    out = [_findrisc(r) for _ in range(N_RANDOM)]
    base = _findrisc(r)
    for age in ('44', '45', '54', '55', '64', '65'):
        out.append(dict(base, age=age))
    for bmi in ('24.9', '25', '30', '30.1'):
        out.append(dict(base, bmi=bmi))
    for sx, w in itertools.product(('female', 'male'), ('79', '80', '88', '89', '93', '94', '102', '103')):
        out.append(dict(base, sex=sx, waist=w))
    out += [dict(base, diabetes='type2'), dict(base, waist=''), dict(base, daily_vegetables='')]
    return out


def _cha(r):
    return dict(age=str(r.randint(40, 95)), sex=r.choice(('female', 'male')),
                heart_failure=str(r.randint(0, 1)), hypertension=str(r.randint(0, 1)),
                bp_treated=str(r.randint(0, 1)), diabetes=r.choice(('none', 'type1', 'type2')),
                stroke_tia_te=str(r.randint(0, 1)), vascular_disease=str(r.randint(0, 1)))


def cha_profiles(r):
    out = [_cha(r) for _ in range(N_RANDOM)]
    for age, sx in itertools.product(('64', '65', '74', '75'), ('female', 'male')):
        for bits in range(0, 32, 3):
            out.append(dict(age=age, sex=sx, heart_failure=str(bits & 1),
                            hypertension=str(bits >> 1 & 1), bp_treated=str(bits >> 2 & 1),
                            diabetes='type2' if bits & 8 else 'none',
                            stroke_tia_te=str(bits >> 4 & 1), vascular_disease=str(bits >> 3 & 1)))
    # Maximum score 9 (VASc).
    out.append(dict(age='80', sex='female', heart_failure='1', hypertension='1', bp_treated='1',
                    diabetes='type2', stroke_tia_te='1', vascular_disease='1'))
    out += [dict(_cha(r), heart_failure=''), dict(_cha(r), age='')]
    return out


HB_FLAGS = ('abnormal_renal_function', 'abnormal_liver_function', 'prior_stroke',
            'bleeding_history', 'labile_inr', 'antiplatelet_or_nsaid', 'alcohol_excess')


def _hb(r):
    p = dict(age=str(r.randint(40, 95)), sbp=str(r.randint(100, 200)))
    for f in HB_FLAGS:
        p[f] = '1' if r.random() < 0.35 else '0'
    return p


def hasbled_profiles(r):
    out = [_hb(r) for _ in range(N_RANDOM)]
    for sbp, age in itertools.product(('160', '161'), ('65', '66')):
        out.append(dict(_hb(r), sbp=sbp, age=age))
    for n in range(0, 8):  # every score 0..9
        p = dict(age='70', sbp='170')
        for j, f in enumerate(HB_FLAGS):
            p[f] = '1' if j < n else '0'
        out.append(p)
        out.append(dict(p, age='60', sbp='120'))
    out += [dict(_hb(r), sbp=''), dict(_hb(r), labile_inr='')]
    return out


def _qd(r):
    sx = r.choice(('female', 'male'))
    p = dict(age=str(r.randint(25, 84)), sex=sx, ethnicity=r.choice(ETHNICITY + ('',)),
             smoking=r.choice(SMOKING), bmi=d1(r.uniform(20, 40)), townsend=d1(r.uniform(-7, 11)),
             diabetes='none', family_history_diabetes=r.choice(('none', 'other_relative', 'first_degree')),
             gestational_diabetes=str(r.randint(0, 1)) if sx == 'female' else '0',
             pcos=str(r.randint(0, 1)) if sx == 'female' else '0')
    for f in ('atypical_antipsychotic', 'corticosteroids', 'cvd', 'learning_disability',
              'schizophrenia_or_bipolar', 'statin', 'bp_treated'):
        p[f] = '1' if r.random() < 0.2 else '0'
    k = r.random()
    if k < 0.33:
        p['fasting_glucose'] = d1(r.uniform(2.0, 6.9))
    elif k < 0.66:
        p['hba1c'] = repr(round(r.uniform(4.0, 6.5), 2))
    elif k < 0.8:
        p['fasting_glucose'] = d1(r.uniform(2.0, 6.9))
        p['hba1c'] = repr(round(r.uniform(4.0, 6.5), 2))
    return p


def qdiabetes_profiles(r):
    out = [_qd(r) for _ in range(N_RANDOM)]
    base = _qd(r)
    base.pop('fasting_glucose', None)
    base.pop('hba1c', None)
    for age in ('25', '84'):
        for sx in ('female', 'male'):
            out.append(dict(base, age=age, sex=sx, gestational_diabetes='0', pcos='0'))
    for f in ('2', '6.9'):
        out.append(dict(base, fasting_glucose=f))
    for h in ('4', '6.5'):
        out.append(dict(base, hba1c=h))
    out += [dict(base, age='24'), dict(base, age='85'), dict(base, diabetes='type2'),
            dict(base, fasting_glucose='7'), dict(base, hba1c='6.6'),
            dict(base, smoking='current'), dict(base, statin='')]
    return out


def _life(r):
    return dict(age=str(r.randint(20, 59)), sex=r.choice(('female', 'male')),
                total_cholesterol=str(r.randint(130, 300)), sbp=str(r.randint(95, 180)),
                dbp=str(r.randint(60, 110)), bp_treated='1' if r.random() < 0.2 else '0',
                smoking=r.choice(SMOKING + ('current',)) if r.random() < 0.4 else 'never',
                diabetes='type2' if r.random() < 0.15 else 'none')


def lifetime_profiles(r):
    out = [_life(r) for _ in range(N_RANDOM)]
    opt = dict(age='50', total_cholesterol='170', sbp='110', dbp='70', bp_treated='0',
               smoking='never', diabetes='none')
    for sx in ('female', 'male'):
        o = dict(opt, sex=sx)
        out.append(o)
        for tc in ('179', '180', '199', '200', '239', '240'):
            out.append(dict(o, total_cholesterol=tc))
        for sbp in ('119', '120', '139', '140', '159', '160'):
            out.append(dict(o, sbp=sbp))
        for dbp in ('79', '80', '89', '90', '99', '100'):
            out.append(dict(o, dbp=dbp))
        out.append(dict(o, smoking='heavy', diabetes='type2'))
    out += [dict(_life(r), age='19'), dict(_life(r), age='60'), dict(_life(r), dbp='')]
    return out


GENERATORS = {
    'pce': pce_profiles,
    'prevent': prevent_profiles,
    'prevent-base': prevent_profiles,
    'prevent-uacr': prevent_profiles,
    'prevent-hba1c': prevent_profiles,
    'prevent-sdi': prevent_profiles,
    'prevent-full': prevent_profiles,
    'qrisk3': qrisk3_profiles,
    'score2': score2_profiles,
    'framingham-cvd-2008': framingham_profiles,
    'framingham-cvd-2008-bmi': framingham_profiles,
    'ckd-epi-2021': ckd_profiles,
    'kfre-4': kfre_profiles,
    'kfre-8': kfre_profiles,
    'findrisc': findrisc_profiles,
    'cha2ds2-vasc': cha_profiles,
    'cha2ds2-va': cha_profiles,
    'has-bled': hasbled_profiles,
    'qdiabetes-2018': qdiabetes_profiles,
    'pce-lifetime': lifetime_profiles,
}


def profiles_for(model_id: str) -> list:
    """Profiles for one model id, each with a unique 'id'. Deterministic per model id."""
    r = random.Random(f'{SEED}:{model_id}')
    out = GENERATORS[model_id](r)
    for i, p in enumerate(out):
        p['id'] = f'{model_id}-{i:04d}'
    return out


if __name__ == '__main__':
    for m in GENERATORS:
        print(m, len(profiles_for(m)))
