#!/usr/bin/env python3
"""Picks the identity numbers of the `identifier` fixtures, with python-stdnum 2.2's verdicts
(the definition, SPEC 3.3), into scripts/identity_fixture_values.json, which
scripts/gen_fixtures.py (stdlib only) turns into tests/fixtures/identifier.json.

For every cell of SPEC 3.3 (as the oracle enumerates them): one valid number, one number for
each reason the cell's first scheme gives among the candidates, and, for the first cell of each
scheme, a valid number with each separator (space, '-', '.', '/') put inside it, accepted or
refused as the module's compact() decides. Deterministic (seeded). Run it in the venv that
scripts/setup makes, and rerun scripts/gen_fixtures.py after it:

    target/venv/bin/python scripts/identity_fixture_values.py
"""
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import identity_oracle as o  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'identity_fixture_values.json')


def birth(scheme, value):
    return o.module(scheme).get_birth_date(value)


def adult(d):
    """18 to 120 years old on the fixtures' date, 2026-11-23."""
    return datetime.date(1906, 11, 24) <= d <= datetime.date(2008, 11, 23)


def main():
    o.fix_today(datetime.date(2026, 11, 23))  # the fixtures' "now"
    rng = random.Random(2)
    rows = []
    seen_schemes = set()
    for kind, cc, t, schemes in o.cells():
        if cc == 'EU':
            continue  # not an ISO 3166-1 code: country_code, never checked (a fixture of its own)
        first = schemes[0]
        pool = list(dict.fromkeys(v for n in schemes for v in o.values(n, 120, rng)))
        by_reason = {}
        for v in pool:
            want = o.cell_verdict(schemes, v)
            key = 'valid' if want is None else want[1]
            if key == 'valid' and first in o.BIRTH_SCHEMES and not adult(birth(first, v)):
                continue  # the person's birth date will be the number's: keep it 18-120
            by_reason.setdefault(key, []).append(v)
        picks = []
        for key in ['valid', 'length', 'format', 'checksum', 'component']:
            if by_reason.get(key):
                picks.append(min(by_reason[key], key=lambda v: (len(v), v)))
        if first not in seen_schemes and by_reason.get('valid'):
            seen_schemes.add(first)
            base = min(by_reason['valid'], key=lambda v: (len(v), v))
            for sep in ' -./':
                mid = max(1, len(base) // 2)
                if o.field_ok(base[:mid] + sep + base[mid:]):
                    picks.append(base[:mid] + sep + base[mid:])
        for v in dict.fromkeys(picks):
            want = o.cell_verdict(schemes, v)
            row = {'table': kind, 'country': cc, 'type': t, 'number': v,
                   'scheme': None if want is None else want[0],
                   'reason': None if want is None else want[1]}
            if want is None and first in o.BIRTH_SCHEMES:
                row['birth_date'] = birth(first, v).isoformat()
            rows.append(row)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('[\n' + ',\n'.join('  ' + json.dumps(r, ensure_ascii=False) for r in rows) + '\n]\n')
    print(f'{len(rows)} numbers in {OUT}')


if __name__ == '__main__':
    main()
