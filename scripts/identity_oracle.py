#!/usr/bin/env python3
"""Differential oracle for identity numbers (SPEC 3.3) against python-stdnum 2.2.

It enumerates its cases on its own: the VAT modules come from stdnum.util.get_cc_module over
every two-letter code AA-ZZ, the other schemes from SPEC 3.3 as written below; the values are
each module's documented examples (the quoted strings of its doctests) plus seeded mutations
(digit and letter changes, transpositions, insertions, deletions, separators, case).

Modes:
  schemes CMD...   scheme level: feed "module<TAB>value<TAB>YYYY-MM-DD" lines to CMD, which
                   prints "valid" or the reason per line (used while writing a scheme).
  cells KYBCHECK   product level (the default in scripts/test): every value is put into the
                   bundled request at its country and type and the kybcheck binary validates the
                   NDJSON batch; the identifier issues must be python-stdnum's verdict.
Options: --per-scheme N (values per scheme, default 200), --seed S, --only m1,m2.
"""
import argparse
import datetime
import importlib
import itertools
import json
import random
import re
import string
import subprocess
import sys

import stdnum
import stdnum.util
from stdnum.exceptions import (InvalidChecksum, InvalidComponent, InvalidFormat,
                               InvalidLength, ValidationError)

assert stdnum.__version__ == '2.2', stdnum.__version__

CHARSET = set(string.ascii_letters + string.digits + ' -/.')
SEPARATORS = ' -/.'

# SPEC 3.3, the business table (rows other than VAT Number): country -> (registration, tax).
BUSINESS = {
    'CN': (['cn.uscc'], ['cn.uscc']),
    'SG': (['sg.uen'], ['sg.uen']),
    'US': ([], ['us.ein']),
    'GB': ([], ['gb.utr']),
    'AU': (['au.abn', 'au.acn'], ['au.abn', 'au.tfn']),
    'BR': (['br.cnpj'], ['br.cnpj']),
    'IN': ([], ['in_.pan', 'in_.gstin']),
    'JP': (['jp.cn'], ['jp.cn']),
    'KR': (['kr.brn'], ['kr.brn']),
    'CA': (['ca.bn'], ['ca.bn']),
    'MX': (['mx.rfc'], ['mx.rfc']),
    'CH': (['ch.uid'], ['ch.uid']),
    'FR': (['fr.siren', 'fr.siret'], ['fr.siren', 'fr.siret']),
    'IT': ([], ['it.iva']),
    'ES': (['es.cif'], ['es.nif']),
    'DE': ([], ['de.stnr']),
    'TH': (['th.moa'], ['th.moa']),
    'ID': ([], ['id.npwp']),
    'VN': (['vn.mst'], ['vn.mst']),
}
REGISTRATION_TYPES = ['Business Registration', 'Certificate of Incorporation']
# SPEC 3.3, the personal table: (id_type, country) -> scheme.
PERSONAL = {
    ('National ID', 'CN'): 'cn.ric',
    ('National ID', 'MY'): 'my.nric',
    ('National ID', 'ID'): 'id.nik',
    ('National ID', 'TH'): 'th.pin',
    ('National ID', 'IN'): 'in_.aadhaar',
    ('National ID', 'ES'): 'es.dni',
    ('National ID', 'JP'): 'jp.in_',
    ('Residence Permit', 'ES'): 'es.nie',
}


def vat_modules():
    """Country -> VAT module name, as stdnum.util.get_cc_module finds them (TW left out)."""
    out = {}
    for a, b in itertools.product(string.ascii_uppercase, repeat=2):
        cc = a + b
        if cc == 'TW':
            continue
        mod = stdnum.util.get_cc_module(cc, 'vat')
        if mod is not None:
            out[cc] = mod.__name__[len('stdnum.'):]
    return out


def module(name):
    return importlib.import_module('stdnum.' + name)


class FixedDatetime(datetime.datetime):
    today_value = None

    @classmethod
    def now(cls, tz=None):
        return cls.today_value

    @classmethod
    def today(cls):
        return cls.today_value


class FixedDate(datetime.date):
    today_value = None

    @classmethod
    def today(cls):
        return cls.today_value


class DatetimeModule:
    """Stands in for the datetime module inside python-stdnum's modules."""
    timedelta = datetime.timedelta
    timezone = datetime.timezone
    date = FixedDate
    datetime = FixedDatetime


def fix_today(today):
    """Make every module that reads the clock read `today` (a datetime.date) instead."""
    FixedDatetime.today_value = datetime.datetime(today.year, today.month, today.day, 12)
    FixedDate.today_value = today
    for name, mod in list(sys.modules.items()):
        if not name.startswith('stdnum.'):
            continue
        if getattr(mod, 'datetime', None) is datetime.datetime:
            mod.datetime = FixedDatetime
        elif getattr(mod, 'datetime', None) is datetime:
            mod.datetime = DatetimeModule


def cn_ric_verdict(value):
    """cn.ric as SPEC 3.3 applies it: python-stdnum's verdict, except that the address code
    needs to be listed for some period only (python-stdnum also wants it to have existed in
    the birth year, and raises KeyError for an unlisted code under a listed province)."""
    from stdnum import numdb
    from stdnum.cn import ric
    try:
        ric.validate(value)
        return 'valid'
    except InvalidLength:
        return 'length'
    except InvalidFormat:
        return 'format'
    except InvalidChecksum:
        return 'checksum'
    except (InvalidComponent, KeyError):
        number = ric.compact(value)
        try:
            ric.get_birth_date(number)
        except InvalidComponent:
            return 'component'
        info = {k: v for _, props in numdb.get('cn/loc').info(number[:6]) for k, v in props.items()}
        return 'valid' if 'county' in info else 'component'


def verdict(name, value):
    """'valid' or the reason python-stdnum's validate() gives."""
    if name == 'cn.ric':
        return cn_ric_verdict(value)
    mod = module(name)
    try:
        ok = mod.is_valid(value)
    except Exception:  # noqa: B902
        # is_valid() itself raises (gh.tin: ValueError from int() on a letter): it does not
        # return True, so the number is invalid, and a number it cannot read has the wrong
        # format (decision 31).
        return 'format'
    if ok:
        return 'valid'
    try:
        mod.validate(value)
    except InvalidLength:
        return 'length'
    except InvalidFormat:
        return 'format'
    except InvalidChecksum:
        return 'checksum'
    except InvalidComponent:
        return 'component'
    except ValidationError:
        return 'other'
    except Exception:  # noqa: B902
        return 'format'
    return 'valid?'


def field_ok(v):
    """The field's own rules: 1-50 characters of the charset, no leading or trailing space."""
    return 0 < len(v) <= 50 and set(v) <= CHARSET and v == v.strip()


def examples(name):
    """The quoted strings of the module's doctests (and of the modules it builds on)."""
    mod = module(name)
    out = []
    for line in (mod.__doc__ or '').splitlines():
        line = line.strip()
        if line.startswith('>>>'):
            out += re.findall(r"'([^'\\]*)'", line)
    return [v for v in dict.fromkeys(out) if field_ok(v)]


def mutate(v, rng):
    ops = ['digit', 'letter', 'swap', 'insert', 'delete', 'sep', 'case', 'strip_seps', 'double']
    op = rng.choice(ops)
    if not v:
        return rng.choice(string.digits)
    i = rng.randrange(len(v))
    if op == 'digit':
        return v[:i] + rng.choice(string.digits) + v[i + 1:]
    if op == 'letter':
        return v[:i] + rng.choice(string.ascii_uppercase) + v[i + 1:]
    if op == 'swap' and len(v) > 1:
        i = rng.randrange(len(v) - 1)
        return v[:i] + v[i + 1] + v[i] + v[i + 2:]
    if op == 'insert':
        return v[:i] + rng.choice(string.digits + string.ascii_uppercase + SEPARATORS) + v[i:]
    if op == 'delete':
        return v[:i] + v[i + 1:]
    if op == 'sep':
        return v[:i] + rng.choice(SEPARATORS) + v[i:]
    if op == 'case':
        return v.swapcase() if rng.random() < 0.5 else v.lower()
    if op == 'strip_seps':
        return ''.join(c for c in v if c not in SEPARATORS)
    if op == 'double':
        return v + v[-rng.randrange(1, min(4, len(v)) + 1):]
    return v


def synthesize(name, rng):
    """A valid number of a scheme that carries a birth date, from python-stdnum's own data
    (mutations seldom give one: the date, the place and the check digit must all hold)."""
    from stdnum import numdb
    born = datetime.date(1931, 1, 1) + datetime.timedelta(days=rng.randrange(27000))
    if name == 'cn.ric':
        db = numdb.get('cn/loc')
        while True:
            code = '%02d%04d' % (rng.choice([11, 13, 31, 32, 44, 51, 65]), rng.randrange(10000))
            if 'county' in {k for _, props in db.info(code) for k in props}:
                break
        body = code + born.strftime('%Y%m%d') + '%03d' % rng.randrange(1000)
        return body + module('cn.ric').calc_check_digit(body + '0')
    if name == 'my.nric':
        place = rng.choice([p for p in range(100) if numdb.get('my/bp').info('%02d' % p)[0][1]])
        return born.strftime('%y%m%d') + '%02d' % place + '%04d' % rng.randrange(10000)
    province = rng.choice([p for p in range(100) if numdb.get('id/loc').info('%02d00' % p)[0][1]])
    day = born.day + (40 if rng.random() < 0.5 else 0)
    return '%02d%04d%02d%s%04d' % (province, rng.randrange(10000), day, born.strftime('%m%y'),
                                    rng.randrange(1, 10000))


def values(name, per_scheme, rng):
    seeds = examples(name)
    if name in BIRTH_SCHEMES:
        seeds += [synthesize(name, rng) for _ in range(per_scheme // 4)]
    if not seeds:
        seeds = [''.join(rng.choice(string.digits) for _ in range(10))]
    out = dict.fromkeys(seeds)
    attempts = 0
    while len(out) < per_scheme and attempts < per_scheme * 50:
        attempts += 1
        v = rng.choice(list(out) if rng.random() < 0.3 else seeds)
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            v = mutate(v, rng)
        if rng.random() < 0.25:
            v = refit(name, v, rng)
        if field_ok(v):
            out[v] = None
    return list(out)


def refit(name, v, rng):
    """`v` with one letter or digit replaced so that python-stdnum accepts it, when one does:
    mutations alone rarely give a valid number."""
    spots = [i for i, c in enumerate(v) if c.isalnum()]
    rng.shuffle(spots)
    for i in spots[:3]:
        for c in string.digits + string.ascii_uppercase:
            w = v[:i] + c + v[i + 1:]
            if field_ok(w) and verdict(name, w) == 'valid':
                return w
    return v


def all_schemes():
    names = set(vat_modules().values()) | set(PERSONAL.values())
    for reg, tax in BUSINESS.values():
        names |= set(reg) | set(tax)
    return sorted(names)


def run_schemes(cmd, names, per_scheme, rng, today):
    cases = [(n, v) for n in names for v in values(n, per_scheme, rng)]
    text = ''.join(f'{n}\t{v}\t{today.isoformat()}\n' for n, v in cases)
    out = subprocess.run(cmd, input=text, capture_output=True, text=True, check=True).stdout.split('\n')
    bad = 0
    per = {}
    for (n, v), got in zip(cases, out):
        want = verdict(n, v)
        per.setdefault(n, [0, 0])[0] += 1
        if got.strip() != want:
            per[n][1] += 1
            bad += 1
            if bad <= 40:
                print(f'DISAGREE {n} {v!r}: stdnum {want}, ours {got.strip()}')
    for n, (total, wrong) in sorted(per.items()):
        print(f'{n:14} {total:6} values {wrong:4} disagreements')
    print(f'{len(cases)} values, {bad} disagreements')
    return bad


BUSINESS_TYPES = REGISTRATION_TYPES + ['Tax ID', 'VAT Number']


def cells():
    """Every (pointer kind, country, type) cell that SPEC 3.3 names, with its schemes."""
    out = []
    vat = vat_modules()
    for cc, mod in sorted(vat.items()):
        out.append(('business', cc, 'VAT Number', [mod]))
    for cc, (reg, tax) in sorted(BUSINESS.items()):
        for t in REGISTRATION_TYPES:
            if reg:
                out.append(('business', cc, t, reg))
        if tax:
            out.append(('business', cc, 'Tax ID', tax))
    for (t, cc), mod in sorted(PERSONAL.items()):
        out.append(('personal', cc, t, [mod]))
    return out


def cell_verdict(schemes, value):
    """(scheme, reason) of a cell's verdict, or None when some scheme accepts the value."""
    first = None
    for n in schemes:
        v = verdict(n, value)
        if v == 'valid':
            return None
        if first is None:
            first = (n, v)
    return first


BIRTH_SCHEMES = {'cn.ric': 4, 'my.nric': 2, 'id.nik': 2}


def birth_date_cases(name, value, rng):
    """Birth dates to put beside a valid number of a scheme that carries one, with whether
    SPEC 3.3's rule wants the warning (None: leave it to the birth date's own rules)."""
    d = module(name).get_birth_date(value)
    digits = BIRTH_SCHEMES[name]
    out = []
    day = datetime.timedelta(days=1)
    for choice in rng.sample(range(6), 3):
        if choice == 0:      # the same date, midnight UTC
            text, warn = d.isoformat() + 'T00:00:00Z', False
        elif choice == 1:    # the same date as written, another day in UTC
            text, warn = d.isoformat() + 'T22:30:00-05:00', False
        elif choice == 2:    # the day before as written, the same date in UTC
            text, warn = (d - day).isoformat() + 'T23:00:00-02:00', False
        elif choice == 3:    # another day altogether
            text, warn = (d + 3 * day).isoformat() + 'T12:00:00Z', True
        elif choice == 4:    # another month
            other = d.replace(day=1) + 40 * day
            text, warn = other.replace(day=min(d.day, 28)).isoformat() + 'T12:00:00Z', True
        else:                # a century later or earlier: the same for a two-digit year
            try:
                other = d.replace(year=d.year - 100 if d.year > 1950 else d.year + 100)
            except ValueError:
                continue
            text, warn = other.isoformat() + 'T12:00:00Z', digits == 4
        out.append((text, warn))
    return out


def run_cells(cmd, names, per_scheme, rng, today):
    """Every value of every cell, in the bundled request, through the kybcheck binary."""
    import copy
    import os
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    base = json.load(open(os.path.join(root, 'examples', 'request.json')))
    by_scheme = {n: values(n, per_scheme, rng) for n in names}
    docs, expect = [], []
    for kind, cc, t, schemes in cells():
        if not set(schemes) & set(names):
            continue
        pool = list(dict.fromkeys(v for n in schemes for v in by_scheme.get(n, [])))
        for v in pool:
            doc = copy.deepcopy(base)
            want = cell_verdict(schemes, v)
            births = [(None, None)]
            if kind == 'business':
                bd = doc['business_details']
                bd['business_identifier_type'], bd['business_identifier_number'] = t, v
                bd['business_identifier_country_code'] = cc
                pointer = '/business_details/business_identifier_number'
                gate = ['/business_details/business_identifier_type',
                        '/business_details/business_identifier_country_code']
            else:
                ident = doc['business_person_list'][0]['identification']
                ident.update(id_type=t, id_number=v, id_issuing_country_code=cc,
                             id_document_back_file_id='file_01HF3KA0BACKSIDE')
                ident.pop('id_expiration_date', None)
                ident.pop('id_issue_date', None)
                pointer = '/business_person_list/0/identification/id_number'
                gate = ['/business_person_list/0/identification/id_type',
                        '/business_person_list/0/identification/id_issuing_country_code']
                if want is None and schemes[0] in BIRTH_SCHEMES:
                    births = birth_date_cases(schemes[0], v, rng)
            for text, warn in births:
                d = copy.deepcopy(doc)
                if text is not None:
                    d['business_person_list'][0]['basic_info']['birth_date'] = text
                docs.append(json.dumps(d, ensure_ascii=False))
                expect.append((kind, cc, t, v, pointer, gate, want, text, warn))
    now = today.isoformat() + 'T12:00:00Z'
    proc = subprocess.run(cmd + ['--ndjson', '--format', 'json', '--now', now, '-'],
                          input='\n'.join(docs) + '\n', capture_output=True, text=True)
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    if len(lines) != len(docs):
        print(f'kybcheck gave {len(lines)} reports for {len(docs)} documents:', proc.stderr[:2000])
        return 1
    bad = 0
    per = {}
    warnings_checked = 0
    gated = 0
    for (kind, cc, t, v, pointer, gate, want, text, warn), rep in zip(expect, lines):
        if any(e['pointer'] in gate for e in rep['errors']):
            # The country or the type failed its own rules: the number is not checked.
            want, text = None, None
            gated += 1
        errs = [e for e in rep['errors'] if e['pointer'] == pointer]
        other = [e for e in errs if e['code'] != 'identifier']
        got = None
        for e in errs:
            if e['code'] == 'identifier':
                got = (e['params'].get('scheme'), e['params'].get('reason'))
        key = f'{cc} {t}'
        per.setdefault(key, [0, 0])[0] += 1
        problem = None
        if other:
            problem = f'other error at the number: {other[0]["code"]}'
        elif got != want:
            problem = f'python-stdnum {want or "valid"}, kybcheck {got or "valid"}'
        elif text is not None:
            birth_pointer = '/business_person_list/0/basic_info/birth_date'
            birth_ok = not any(e['pointer'] == birth_pointer for e in rep['errors'])
            warned = any(w['pointer'] == pointer and w['code'] == 'id_birth_date' for w in rep['warnings'])
            if birth_ok:
                warnings_checked += 1
                if warned != warn:
                    problem = f'birth date {text}: warning expected {warn}, given {warned}'
            elif warned:
                problem = f'birth date {text} has an error, yet id_birth_date was given'
        if problem:
            per[key][1] += 1
            bad += 1
            if bad <= 40:
                print(f'DISAGREE {key} {v!r}: {problem}')
    for key, (total, wrong) in sorted(per.items()):
        if wrong:
            print(f'{key:34} {total:6} documents {wrong:4} disagreements')
    valid = sum(1 for e in expect if e[6] is None)
    print(f'{len(per)} cells, {len(names)} schemes, {len(docs)} documents ({valid} with a valid number), '
          f'{warnings_checked} birth-date comparisons, {gated} not checked (country or type refused): '
          f'{bad} disagreements')
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('mode', choices=['schemes', 'cells'])
    ap.add_argument('cmd', nargs='+')
    ap.add_argument('--per-scheme', type=int, default=200)
    ap.add_argument('--seed', type=int, default=12)
    ap.add_argument('--only', default='')
    ap.add_argument('--today', default=datetime.datetime.now(datetime.timezone.utc).date().isoformat())
    a = ap.parse_args()
    today = datetime.date.fromisoformat(a.today)
    names = [n for n in all_schemes() if not a.only or n in a.only.split(',')]
    for n in names:
        module(n)
    fix_today(today)
    rng = random.Random(a.seed)
    if a.mode == 'schemes':
        bad = run_schemes(a.cmd, names, a.per_scheme, rng, today)
    else:
        bad = run_cells(a.cmd, names, a.per_scheme, rng, today)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
