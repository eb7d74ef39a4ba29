#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compare `precis-cli score` with the independent reference implementation.

usage: compare.py PRECIS_CLI [--workdir DIR] [--strict] [--models id,id,...]

For every model id: write the generated profiles (generate_profiles.py) to a CSV, run
`precis-cli score --models <id> --in profiles.csv --out results.csv`, and compare every row
with precis_reference.py: numeric values within 1e-6 in the result's unit, point scores exactly,
refused vs computed, the category token and required warnings where issue 4 fixes them, and the printed model id (prevent -> prevent-base/..., score2 -> score2-op,
qdiabetes-2018 -> qdiabetes-2018-a/b/c). A model the CLI does not know yet (exit code 1 and
"unknown model" on stderr) is reported as SKIPPED, which fails only with --strict.
Output never contains anything but generated, synthetic profiles.
"""
from __future__ import annotations

import argparse
import csv
import math
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import generate_profiles  # noqa: E402
import precis_reference as ref  # noqa: E402

TOLERANCE = 1e-6  # in the result's unit (% , a, mL/min/1.73m2, %/a)
HEADER = ['id', 'model', 'model_version', 'outcome', 'horizon_years', 'value', 'unit',
          'category', 'status', 'message']

# Order as the delivery order.
ALL_MODELS = ['pce', 'prevent', 'prevent-base', 'prevent-uacr', 'prevent-hba1c', 'prevent-sdi',
              'prevent-full', 'qrisk3', 'score2', 'framingham-cvd-2008',
              'framingham-cvd-2008-bmi', 'ckd-epi-2021', 'kfre-4', 'kfre-8', 'findrisc',
              'cha2ds2-vasc', 'cha2ds2-va', 'has-bled', 'qdiabetes-2018', 'pce-lifetime']


def write_profiles(path: str, profiles: list) -> None:
    cols = ['id']
    for p in profiles:
        for k in p:
            if k not in cols:
                cols.append(k)
    with open(path, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(cols)
        for p in profiles:
            w.writerow([p.get(c, '') for c in cols])


def horizon_key(h) -> str:
    return '' if h is None else str(h)


def run_model(cli: str, model: str, workdir: str, failures: list) -> str:
    profiles = generate_profiles.profiles_for(model)
    pin = os.path.join(workdir, f'profiles-{model}.csv')
    pout = os.path.join(workdir, f'results-{model}.csv')
    write_profiles(pin, profiles)
    if os.path.exists(pout):
        os.remove(pout)
    proc = subprocess.run([cli, 'score', '--models', model, '--in', pin, '--out', pout],
                          capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        err = (proc.stderr + proc.stdout).strip()
        if proc.returncode == 1 and 'unknown' in err.lower() and 'model' in err.lower():
            print(f'SKIPPED {model}: not registered in precis-cli ({err.splitlines()[0] if err else ""})')
            return 'skipped'
        failures.append(f'{model}: precis-cli exited {proc.returncode}: {err[:500]}')
        print(f'FAIL    {model}: precis-cli exited {proc.returncode}: {err[:500]}')
        return 'failed'

    with open(pout, newline='', encoding='utf-8') as f:
        rd = csv.reader(f)
        header = next(rd, None)
        rows = list(rd)
    if header != HEADER:
        failures.append(f'{model}: header {header} != {HEADER}')
        print(f'FAIL    {model}: output header {header}')
        return 'failed'
    actual: dict = {}
    for r in rows:
        d = dict(zip(HEADER, r))
        actual.setdefault(d['id'], []).append(d)

    n_before = len(failures)
    n_rows = 0
    for p in profiles:
        exp = ref.annotate(model, p, ref.MODELS[model](p))
        got = actual.get(p['id'], [])
        got_by_key = {(g['outcome'], g['horizon_years']): g for g in got}
        all_refused = bool(got) and all(g['status'] == 'refused' for g in got)
        seen = set()
        for e in exp:
            n_rows += 1
            key = (e.outcome, horizon_key(e.horizon))
            seen.add(key)
            g = got_by_key.get(key)

            def fail(what, actual_text):
                failures.append(what)
                show = {k: v for k, v in p.items() if v != ''}
                print(f'MISMATCH model={model} profile={show}\n'
                      f'         outcome={e.outcome} horizon={horizon_key(e.horizon)} '
                      f'expected={e.model}:{e.status}:{_fmt(e.value)} actual={actual_text} '
                      f'tolerance={"exact" if _is_points(e) else TOLERANCE} ({what})')

            if e.status == 'refused':
                if g is None:
                    if not all_refused:
                        fail(f'{p["id"]} {key}: expected refused, row missing', '<no row>')
                elif g['status'] != 'refused':
                    fail(f'{p["id"]} {key}: expected refused ({e.reason})',
                         f'{g["model"]}:{g["status"]}:{g["value"]} "{g["message"]}"')
                continue
            if g is None:
                fail(f'{p["id"]} {key}: row missing', '<no row>')
                continue
            if e.value is ref.NOT_COMPARED:
                continue  # neither value nor status is modelled by the reference
            if g['status'] not in ('ok', 'warning'):
                fail(f'{p["id"]} {key}: expected a value',
                     f'{g["model"]}:{g["status"]} "{g["message"]}"')
                continue
            if g['model'] != e.model:
                fail(f'{p["id"]} {key}: model id', f'{g["model"]}:{g["value"]}')
                continue
            try:
                v = float(g['value'])
            except ValueError:
                fail(f'{p["id"]} {key}: value not a number', repr(g['value']))
                continue
            if _is_points(e):
                if v != e.value:
                    fail(f'{p["id"]} {key}: points differ', g['value'])
            elif not (math.isfinite(v) and abs(v - e.value) <= TOLERANCE):
                fail(f'{p["id"]} {key}: |diff| = {abs(v - e.value):.3g}', g['value'])
            if e.category is not None and g['category'] != e.category:
                fail(f'{p["id"]} {key}: category {g["category"]!r} != {e.category!r}',
                     f'{g["model"]}:{g["value"]}:category={g["category"]!r}')
            if e.warning and g['status'] != 'warning':
                fail(f'{p["id"]} {key}: expected status warning',
                     f'{g["model"]}:{g["status"]}:{g["value"]} "{g["message"]}"')
        for g in got:
            k = (g['outcome'], g['horizon_years'])
            if k not in seen and not (all_refused and not exp):
                failures.append(f'{p["id"]} {k}: unexpected row')
                print(f'MISMATCH model={model} id={p["id"]}: unexpected row {g}')
    extra_ids = set(actual) - {p['id'] for p in profiles}
    for i in sorted(extra_ids):
        failures.append(f'{model}: unknown id {i} in output')
    bad = len(failures) - n_before
    print(f'{"OK     " if bad == 0 else "FAIL   "} {model}: {len(profiles)} profiles, '
          f'{n_rows} rows, {bad} mismatches')
    return 'ok' if bad == 0 else 'failed'


def _is_points(e) -> bool:
    return e.outcome == 'score'


def _fmt(v) -> str:
    if v is None:
        return ''
    if v is ref.NOT_COMPARED:
        return '(not compared)'
    return repr(v)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('cli', help='path to precis-cli')
    ap.add_argument('--workdir', default='.', help='where the CSV files are written')
    ap.add_argument('--strict', action='store_true', help='a skipped model is a failure')
    ap.add_argument('--models', default='', help='comma-separated subset (default: all)')
    a = ap.parse_args()
    models = [m for m in a.models.split(',') if m] or ALL_MODELS
    os.makedirs(a.workdir, exist_ok=True)
    failures: list = []
    status = {m: run_model(a.cli, m, a.workdir, failures) for m in models}
    skipped = [m for m, s in status.items() if s == 'skipped']
    failed = [m for m, s in status.items() if s == 'failed']
    print(f'\nSUMMARY: {sum(s == "ok" for s in status.values())} ok, {len(failed)} failed '
          f'({", ".join(failed)}), {len(skipped)} skipped ({", ".join(skipped)})')
    if failed or (a.strict and skipped):
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
