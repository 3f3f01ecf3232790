#!/usr/bin/env python3
"""Generate the data-only conformance fixtures in tests/fixtures/ from docs/spec.md.

Run from the repository root:  python3 scripts/gen_fixtures.py

Every case is the base request (or base response) below, deep-copied and changed by a few
mutations (set / delete / rename at a JSON Pointer), or a raw text.  The expected reports are
written by hand from docs/spec.md; this script also checks, for each case, that

  * the document differs from its base only at the mutated pointers,
  * errors / warnings / missing are in document walk order (SPEC section 1) with one error per
    pointer,
  * every enum / unknown-field / subdivision `suggestion` asserted is the unique candidate
    within distance 2 under both OSA and true Damerau-Levenshtein distance, case-sensitive and
    case-insensitive (so the case does not depend on those choices).

Stdlib only.  Output is deterministic.  See tests/fixtures/README.md for the file format.
"""
import copy
import json
import os
import re
import sys
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures")
# The repository's own copy of the address data (provenance: src/data/address-rules.SOURCES.md).
RULES = os.path.join(ROOT, "src", "data", "address-rules.json")

NOW = "2026-11-23T00:00:00Z"

# ---------------------------------------------------------------------------------------------
# Base documents
# ---------------------------------------------------------------------------------------------

PERSON_0 = {  # Passport, GB residential address (GB requires line1, city, postcode)
    "basic_info": {
        "first_name_english": "Olivia",
        "last_name_english": "O'Brien-Smith",
        "birth_date": "1985-04-12T00:00:00Z",
        "nationality": "GB",
        "role_type": "Director",
    },
    "residential_address": {
        "residential_address_line1": "221B Baker Street",
        "residential_address_city": "London",
        "residential_address_postcode": "NW1 6XE",
        "residential_address_country_code": "GB",
    },
    "identification": {
        "id_type": "Passport",
        "id_number": "533401372",
        "id_issuing_country_code": "GB",
        "id_issue_date": "2021-03-15T00:00:00Z",
        "id_expiration_date": "2031-03-15T00:00:00Z",
        "id_document_front_file_id": "file_passport_0001",
    },
}

PERSON_1 = {  # National ID with back side, CN residential address (CN requires city, state, postcode)
    "basic_info": {
        "first_name_english": "Wei",
        "last_name_english": "Zhang",
        "birth_date": "1990-03-07T00:00:00+08:00",
        "nationality": "CN",
        "role_type": "Ultimate Beneficial Owner",
        "first_name": "伟",
        "last_name": "张",
    },
    "residential_address": {
        "residential_address_line1": "1 Jianguomenwai Avenue, Chaoyang District",
        "residential_address_city": "Beijing",
        "residential_address_state": "Beijing Shi",
        "residential_address_postcode": "100004",
        "residential_address_country_code": "CN",
    },
    "identification": {
        "id_type": "National ID",
        "id_number": "110105199003071239",
        "id_issuing_country_code": "CN",
        "id_issue_date": "2019-06-01T00:00:00+08:00",
        "id_expiration_date": "2039-06-01T00:00:00+08:00",
        "id_document_front_file_id": "file_nid_front_0002",
        "id_document_back_file_id": "file_nid_back_0002",
    },
}

BASE_REQUEST = {
    "partner_customer_id": "acme-onboarding-000123",
    "business_details": {
        "business_name_english": "Acme Trading LLC",
        "business_type": "Limited Liability Company",
        "website": "https://www.acme-trading.com",
        "business_identifier_type": "Tax ID",
        "business_identifier_number": "12-3456789",
        "business_identifier_country_code": "US",
        "business_identifier_document_list": ["file_ein_letter_0001", "file_articles_0002"],
        "business_name": "艾克米贸易有限公司",
        "business_identifier_start_date": "2019-05-20T00:00:00Z",
        "business_identifier_expiry_date": "2029-05-20T00:00:00Z",
    },
    "registration_address": {
        "registration_address_line1": "555 Market Street, Suite 1200",
        "registration_address_city": "San Francisco",
        "registration_address_state": "CA",
        "registration_address_postcode": "94105",
        "registration_address_country_code": "US",
    },
    "account_usage": {
        "operating_country": "US",
        "goods_service_description": "Wholesale distribution of consumer electronics and accessories",
        "industry_category_code": "5734",
        "account_usage_product_reference": "E-commerce",
        "estimated_monthly_revenue_currency": "USD",
        "estimated_monthly_revenue_amount": 12500.5,
    },
    "primary_contact": {
        "contact_phone": "+14155552671",
        "contact_email": "ops@example.com",
    },
    "business_person_list": [copy.deepcopy(PERSON_0), copy.deepcopy(PERSON_1)],
}

BASE_RESPONSE = {
    "customer_id": "cus_01JD8ZK3QW7Y5N2M4P6R",
    "partner_customer_id": "acme-onboarding-000123",
    "status": "Processing",
    "created_at": "2026-11-22T18:30:00Z",
    "account_usage": copy.deepcopy(BASE_REQUEST["account_usage"]),
    "primary_contact": copy.deepcopy(BASE_REQUEST["primary_contact"]),
    "business_person_list": [
        {"residential_address": copy.deepcopy(p["residential_address"]),
         "identification": copy.deepcopy(p["identification"])}
        for p in (PERSON_0, PERSON_1)
    ],
}

BASES = {"request": BASE_REQUEST, "response": BASE_RESPONSE}

# ---------------------------------------------------------------------------------------------
# Field tables (only for walk order checks)
# ---------------------------------------------------------------------------------------------


def addr(prefix):
    return [(prefix + n, None) for n in ("line1", "city", "state", "postcode", "country_code")]


LEAF = None
BD_T = [("business_name_english", LEAF), ("business_type", LEAF), ("website", LEAF),
        ("business_identifier_type", LEAF), ("business_identifier_number", LEAF),
        ("business_identifier_country_code", LEAF),
        ("business_identifier_document_list", ("list", LEAF)), ("business_name", LEAF),
        ("business_identifier_start_date", LEAF), ("business_identifier_expiry_date", LEAF)]
AU_T = [("operating_country", LEAF), ("goods_service_description", LEAF),
        ("industry_category_code", LEAF), ("account_usage_product_reference", LEAF),
        ("estimated_monthly_revenue_currency", LEAF), ("estimated_monthly_revenue_amount", LEAF)]
PC_T = [("contact_phone", LEAF), ("contact_email", LEAF)]
BI_T = [("first_name_english", LEAF), ("last_name_english", LEAF), ("birth_date", LEAF),
        ("nationality", LEAF), ("role_type", LEAF), ("first_name", LEAF), ("last_name", LEAF)]
ID_T = [("id_type", LEAF), ("id_number", LEAF), ("id_issuing_country_code", LEAF),
        ("id_issue_date", LEAF), ("id_expiration_date", LEAF),
        ("id_document_front_file_id", LEAF), ("id_document_back_file_id", LEAF)]
PERSON_REQ_T = [("basic_info", BI_T), ("residential_address", addr("residential_address_")),
                ("identification", ID_T)]
PERSON_RESP_T = [("residential_address", addr("residential_address_")), ("identification", ID_T)]
REQ_T = [("partner_customer_id", LEAF), ("business_details", BD_T),
         ("registration_address", addr("registration_address_")), ("account_usage", AU_T),
         ("primary_contact", PC_T), ("business_person_list", ("list", PERSON_REQ_T))]
RESP_T = [("customer_id", LEAF), ("partner_customer_id", LEAF), ("status", LEAF),
          ("created_at", LEAF), ("account_usage", AU_T), ("primary_contact", PC_T),
          ("business_person_list", ("list", PERSON_RESP_T))]
TABLES = {"request": REQ_T, "response": RESP_T}


def esc(name):
    return name.replace("~", "~0").replace("/", "~1")


def unesc(tok):
    return tok.replace("~1", "/").replace("~0", "~")


def walk_order(val, table, ptr=""):
    """Pointers in SPEC section 1 walk order (known members in table order, present or not;
    unknown members after, in input order; nothing below an unknown member)."""
    out = []
    if not isinstance(val, dict):
        return out
    known = [n for n, _ in table]
    for name, sub in table:
        p = ptr + "/" + esc(name)
        out.append(p)
        v = val.get(name)
        if isinstance(sub, list) and isinstance(v, dict):
            out.extend(walk_order(v, sub, p))
        elif isinstance(sub, tuple) and isinstance(v, list):
            for i, item in enumerate(v):
                ip = p + "/" + str(i)
                out.append(ip)
                if isinstance(sub[1], list) and isinstance(item, dict):
                    out.extend(walk_order(item, sub[1], ip))
    for name in val:
        if name not in known:
            out.append(ptr + "/" + esc(name))
    return out


# ---------------------------------------------------------------------------------------------
# Mutations
# ---------------------------------------------------------------------------------------------


def parse_ptr(ptr):
    assert ptr.startswith("/"), ptr
    return [unesc(t) for t in ptr[1:].split("/")]


def _parent(doc, toks):
    cur = doc
    for t in toks[:-1]:
        cur = cur[int(t)] if isinstance(cur, list) else cur[t]
    return cur


def S(ptr, value):
    return ("set", ptr, value)


def D(ptr):
    return ("del", ptr)


def R(ptr, new_name):
    return ("rename", ptr, new_name)


def apply(doc, muts):
    for m in muts:
        toks = parse_ptr(m[1])
        par = _parent(doc, toks)
        last = toks[-1]
        if m[0] == "set":
            if isinstance(par, list):
                i = int(last)
                if i == len(par):
                    par.append(copy.deepcopy(m[2]))
                else:
                    par[i] = copy.deepcopy(m[2])
            else:
                par[last] = copy.deepcopy(m[2])
        elif m[0] == "del":
            if isinstance(par, list):
                del par[int(last)]
            else:
                assert last in par, m
                del par[last]
        elif m[0] == "rename":
            assert last in par and m[2] not in par, m
            items = [(m[2] if k == last else k, v) for k, v in par.items()]
            par.clear()
            par.update(items)
        else:
            raise ValueError(m)
    return doc


def diff_paths(a, b, ptr=""):
    if type(a) is not type(b):
        return [ptr]
    if isinstance(a, dict):
        out = []
        if list(a.keys()) != list(b.keys()) and set(a.keys()) == set(b.keys()):
            out.append(ptr)  # reordered
        for k in list(a.keys()) + [k for k in b if k not in a]:
            p = ptr + "/" + esc(k)
            if k not in a or k not in b:
                out.append(p)
            else:
                out.extend(diff_paths(a[k], b[k], p))
        return out
    if isinstance(a, list):
        if len(a) != len(b):
            return [ptr]
        out = []
        for i, (x, y) in enumerate(zip(a, b)):
            out.extend(diff_paths(x, y, ptr + "/" + str(i)))
        return out
    return [] if a == b else [ptr]


def under(p, q):
    return p == q or p.startswith(q + "/")


# ---------------------------------------------------------------------------------------------
# Raw text serialisation (duplicate keys, raw number tokens)
# ---------------------------------------------------------------------------------------------


def dumps(v, ptr="", raws=None, dups=None):
    raws = raws or {}
    dups = dups or {}
    if ptr in raws:
        return raws[ptr]
    if isinstance(v, dict):
        parts = []
        for k, x in v.items():
            p = ptr + "/" + esc(k)
            parts.append(json.dumps(k, ensure_ascii=False) + ":" + dumps(x, p, raws, dups))
            for extra in dups.get(p, []):
                parts.append(json.dumps(k, ensure_ascii=False) + ":" + extra)
        return "{" + ",".join(parts) + "}"
    if isinstance(v, list):
        return "[" + ",".join(dumps(x, ptr + "/" + str(i), raws, dups) for i, x in enumerate(v)) + "]"
    return json.dumps(v, ensure_ascii=False)


def jv(v):
    """JSON text of a value (for dups)."""
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------------------
# Distances (self-check of asserted suggestions)
# ---------------------------------------------------------------------------------------------


def osa(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def true_dl(a, b):
    da = {}
    maxdist = len(a) + len(b)
    d = [[0] * (len(b) + 2) for _ in range(len(a) + 2)]
    d[0][0] = maxdist
    for i in range(len(a) + 1):
        d[i + 1][0] = maxdist
        d[i + 1][1] = i
    for j in range(len(b) + 1):
        d[0][j + 1] = maxdist
        d[1][j + 1] = j
    for i in range(1, len(a) + 1):
        db = 0
        for j in range(1, len(b) + 1):
            i1 = da.get(b[j - 1], 0)
            j1 = db
            cost = 1
            if a[i - 1] == b[j - 1]:
                cost = 0
                db = j
            d[i + 1][j + 1] = min(d[i][j] + cost, d[i + 1][j] + 1, d[i][j + 1] + 1,
                                  d[i1][j1] + (i - i1 - 1) + 1 + (j - j1 - 1))
        da[a[i - 1]] = i
    return d[len(a) + 1][len(b) + 1]


def near_all(value, cand):
    ok = True
    for f in (osa, true_dl):
        for fold in (lambda s: s, lambda s: s.lower()):
            ok = ok and f(fold(value), fold(cand)) <= 2
    return ok


def far_all(value, cand):
    for f in (osa, true_dl):
        for fold in (lambda s: s, lambda s: s.lower()):
            if f(fold(value), fold(cand)) <= 2:
                return False
    return True


def unique_suggestion(value, groups):
    """groups: {suggestion: [strings]} -> the one suggestion all metrics agree on."""
    near = [s for s, names in groups.items() if any(near_all(value, n) for n in names)]
    far_ok = all(all(far_all(value, n) for n in names) for s, names in groups.items() if s not in near)
    return near[0] if len(near) == 1 and far_ok else None


# ---------------------------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------------------------

BUSINESS_TYPES = ["Sole Proprietorship", "Partnership", "Limited Partnership",
                  "Limited Liability Partnership", "Limited Liability Company", "Corporation",
                  "Public Limited Company", "Non-Profit Organization", "Trust", "Government Entity"]
IDENT_TYPES = ["Business Registration", "Certificate of Incorporation", "Tax ID", "VAT Number"]
PRODUCTS = ["Financial Services", "E-commerce", "Marketplace", "Software and SaaS",
            "Professional Services", "Travel and Hospitality", "Education", "Gaming", "Logistics",
            "Retail"]
ROLES = ["Director", "Shareholder", "Ultimate Beneficial Owner", "Legal Representative",
         "Authorized Signatory"]
ID_TYPES = ["National ID", "Passport", "Driver License", "Residence Permit"]
STATUSES = ["Processing", "Succeeded", "Failed", "Suspended"]


def load_rules():
    with open(RULES, encoding="utf-8") as f:
        return json.load(f)


ADDRESS_RULES = load_rules()

# ---------------------------------------------------------------------------------------------
# Case construction
# ---------------------------------------------------------------------------------------------

FILES = OrderedDict()
ERROR_CODES = ["invalid_json", "too_large", "too_deep", "type", "duplicate_key", "required",
               "unknown_field", "empty", "untrimmed", "forbidden_character", "too_short",
               "too_long", "too_few_items", "too_many_items", "not_latin", "enum", "country_code",
               "currency_code", "phone_format", "phone_invalid", "email", "url", "date_time",
               "date_order", "in_future", "expired", "underage", "too_old", "not_positive",
               "precision", "mcc", "postcode", "subdivision", "duplicate", "identifier"]
WARNING_CODES = ["expires_soon", "id_birth_date", "unknown_field"]
for c in ["valid", "draft"] + ERROR_CODES + [w for w in WARNING_CODES if w not in ERROR_CODES]:
    FILES[c] = []


def E(pointer, code, **params):
    d = {"pointer": pointer, "code": code}
    if params:
        d["params"] = params
    return d


W = E


def add(file, name, muts=(), errors=(), warnings=(), missing=(), *, base="request", kind=None,
        mode="complete", now=NOW, lang="en", raws=None, dups=None, text=None, generate=None,
        document=None, order_doc=None):
    kind = kind or base
    case = OrderedDict()
    case["name"] = name
    case["options"] = OrderedDict([("now", now), ("kind", kind), ("mode", mode), ("lang", lang)])
    doc = None
    if text is None and generate is None:
        if document is not None:
            doc = copy.deepcopy(document)
        else:
            doc = apply(copy.deepcopy(BASES[base]), muts)
            # self-check: differs from the base only where mutated
            mptrs = [m[1] for m in muts] + [m[1].rsplit("/", 1)[0] + "/" + esc(m[2])
                                            for m in muts if m[0] == "rename"]
            for dp in diff_paths(BASES[base], doc):
                assert any(under(dp, mp) or under(mp, dp) for mp in mptrs), (file, name, dp)
            if not muts:
                assert doc == BASES[base]
        if raws or dups:
            case["text"] = dumps(doc, "", raws, dups)
            json.loads(case["text"])  # still syntactically JSON
        else:
            case["document"] = doc
    elif text is not None:
        case["text"] = text
    else:
        case["generate"] = generate
    errors, warnings, missing = list(errors), list(warnings), list(missing)
    # self-check: walk order, one error per pointer
    od = order_doc if order_doc is not None else doc
    if od is not None:
        order = [""] + walk_order(od, TABLES[kind])
        for lst, what in ((errors, "errors"), (warnings, "warnings")):
            idx = []
            for iss in lst:
                assert iss["pointer"] in order, (file, name, what, iss["pointer"])
                idx.append(order.index(iss["pointer"]))
            assert idx == sorted(idx) and len(set(idx)) == len(idx), (file, name, what, idx)
        idx = []
        for p in missing:
            assert p in order, (file, name, "missing", p)
            idx.append(order.index(p))
        assert idx == sorted(idx) and len(set(idx)) == len(idx), (file, name, "missing")
    else:
        for iss in errors + warnings:
            assert iss["pointer"] == "", (file, name)
    if mode != "draft":
        assert not missing
    case["expect"] = OrderedDict([("valid", not errors), ("errors", errors),
                                  ("warnings", warnings), ("missing", missing)])
    names = [c["name"] for c in FILES[file]]
    assert name not in names, (file, name)
    FILES[file].append(case)


def ok(file, name, muts=(), warnings=(), **kw):
    add(file, name, muts, (), warnings, **kw)


# pointer shorthands
BD = "/business_details"
RA = "/registration_address"
AU = "/account_usage"
PC = "/primary_contact"
BP = "/business_person_list"
DL = BD + "/business_identifier_document_list"


def P(i, obj=None, field=None):
    s = BP + "/" + str(i)
    if obj:
        s += "/" + obj
    if field:
        s += "/" + field
    return s


def PB(i, f=None):
    return P(i, "basic_info", f)


def PR(i, f=None):
    return P(i, "residential_address", f and "residential_address_" + f)


def PI(i, f=None):
    return P(i, "identification", f)


def RAf(f):
    return RA + "/registration_address_" + f


def person_clone(n):
    p = copy.deepcopy(PERSON_0)
    p["identification"]["id_number"] = "5334%05d" % n
    p["identification"]["id_document_front_file_id"] = "file_passport_%04d" % n
    return p


def minimal_request():
    d = copy.deepcopy(BASE_REQUEST)
    for k in ("website", "business_name", "business_identifier_expiry_date"):
        del d["business_details"][k]
    d["business_details"]["business_identifier_document_list"] = ["file_ein_letter_0001"]
    p = copy.deepcopy(PERSON_0)
    del p["identification"]["id_issue_date"]
    d["business_person_list"] = [p]
    return d


# =============================================================================================
# valid.json
# =============================================================================================

ok("valid", "full base request (two persons: Passport + National ID with back side)")
add("valid", "minimal request with only required fields", document=minimal_request())
ok("valid", "full base response", base="response")
add("valid", "minimal response with only required fields", base="response",
    document={k: BASE_RESPONSE[k] for k in ("customer_id", "partner_customer_id", "status", "created_at")})
add("valid", "draft: partial request with only partner_customer_id and primary_contact", mode="draft",
    document={"partner_customer_id": BASE_REQUEST["partner_customer_id"],
              "primary_contact": copy.deepcopy(BASE_REQUEST["primary_contact"])},
    missing=["/business_details", "/registration_address", "/account_usage", BP])
ok("valid", "draft mode on a complete request reports nothing", mode="draft")
ok("valid", "zh-CN language gives the same (empty) report", lang="zh-CN")
ok("valid", "optional members sent as null count as absent",
   [S(BD + "/website", None), S(BD + "/business_name", None),
    S(BD + "/business_identifier_expiry_date", None), S(PB(1, "first_name"), None),
    S(PI(0, "id_issue_date"), None)])
ok("valid", "every id_type: Driver License and Residence Permit with back side",
   [S(PI(1, "id_type"), "Driver License")])
ok("valid", "Residence Permit with back side", [S(PI(1, "id_type"), "Residence Permit")])
ok("valid", "Passport with an optional back side that differs from the front",
   [S(PI(0, "id_document_back_file_id"), "file_passport_back_0001")])
ok("valid", "National ID without expiration date (only Passport requires it)",
   [D(PI(1, "id_expiration_date"))])
ok("valid", "exactly 10 documents and exactly 20 persons",
   [S(DL, ["file_doc_%04d" % i for i in range(10)]),
    S(BP, [person_clone(i) for i in range(20)])])
ok("valid", "response with a basic_info warning only", [S(P(0, "basic_info"), PERSON_0["basic_info"])],
   warnings=[W(P(0, "basic_info"), "unknown_field")], base="response")

# =============================================================================================
# draft.json
# =============================================================================================

TOP = ["/partner_customer_id", BD, RA, AU, PC, BP]
add("draft", "empty object lists the six top-level members", document={}, mode="draft",
    missing=TOP)
add("draft", "absent objects list only the object pointer", mode="draft",
    document={"partner_customer_id": BASE_REQUEST["partner_customer_id"]}, missing=TOP[1:])
add("draft", "empty business_details lists its seven required members", mode="draft",
    document={"business_details": {}},
    missing=["/partner_customer_id"] + [BD + "/" + f for f in (
        "business_name_english", "business_type", "business_identifier_type",
        "business_identifier_number", "business_identifier_country_code",
        "business_identifier_document_list", "business_identifier_start_date")] + TOP[2:])
add("draft", "Passport without expiration date goes to missing", [D(PI(0, "id_expiration_date"))],
    mode="draft", missing=[PI(0, "id_expiration_date")])
add("draft", "National ID without back side goes to missing", [D(PI(1, "id_document_back_file_id"))],
    mode="draft", missing=[PI(1, "id_document_back_file_id")])
add("draft", "address requires (US state and postcode) go to missing",
    [D(RAf("state")), D(RAf("postcode"))], mode="draft",
    missing=[RAf("state"), RAf("postcode")])
add("draft", "CN residential city absent goes to missing", [D(PR(1, "city"))], mode="draft",
    missing=[PR(1, "city")])
add("draft", "null required member goes to missing", [S(PC + "/contact_email", None)],
    mode="draft", missing=[PC + "/contact_email"])
add("draft", "present invalid value is still an error next to missing",
    [S(PC + "/contact_phone", "+11234567890"), D(PI(0, "id_expiration_date"))],
    [E(PC + "/contact_phone", "phone_invalid")], mode="draft",
    missing=[PI(0, "id_expiration_date")])
add("draft", "absent identification object lists only its own pointer", [D(PI(1))], mode="draft",
    missing=[PI(1)])
add("draft", "empty registration_address: only line1 and country_code (requires need a valid country)",
    [S(RA, {})], mode="draft", missing=[RAf("line1"), RAf("country_code")])
add("draft", "empty person item lists its three objects", [S(P(1), {})], mode="draft",
    missing=[PB(1), PR(1), PI(1)])
add("draft", "absent id_type: no conditional requirement", [D(PI(0, "id_type"))], mode="draft",
    missing=[PI(0, "id_type")])
add("draft", "absent country code: requires are not applied",
    [D(RAf("country_code")), D(RAf("postcode"))], mode="draft",
    missing=[RAf("country_code")])
add("draft", "empty person list is too_few_items, not missing", [S(BP, [])],
    [E(BP, "too_few_items", min=1, max=20, actual=0)], mode="draft")
add("draft", "wrong-typed object is a type error, not missing", [S(PC, "ops@example.com")],
    [E(PC, "type", expected="object")], mode="draft")
add("draft", "missing in walk order across objects",
    [D("/partner_customer_id"), D(BD + "/business_type"), D(PB(0, "birth_date")),
     D(PI(1, "id_document_back_file_id"))], mode="draft",
    missing=["/partner_customer_id", BD + "/business_type", PB(0, "birth_date"),
             PI(1, "id_document_back_file_id")])

# =============================================================================================
# invalid_json / too_large / too_deep
# =============================================================================================

BASE_TEXT = dumps(BASE_REQUEST)
RESP_TEXT = dumps(BASE_RESPONSE)

add("invalid_json", "unexpected character where a value is expected", text='{"a": @}',
    errors=[E("", "invalid_json", line=1, column=7)])
add("invalid_json", "error on line 3 of a multi-line text",
    text='{\n  "partner_customer_id": "acme-onboarding-000123",\n  ]\n}',
    errors=[E("", "invalid_json", line=3, column=3)])
add("invalid_json", "columns count characters, not bytes", text='{"é名": @}',
    errors=[E("", "invalid_json", line=1, column=8)])
add("invalid_json", "trailing characters after the document", text="{} x",
    errors=[E("", "invalid_json", line=1, column=4)])
add("invalid_json", "single-quoted member name", text="{'a': 1}",
    errors=[E("", "invalid_json", line=1, column=2)])
add("invalid_json", "empty input", text="", errors=[E("", "invalid_json")])
add("invalid_json", "truncated document", text=BASE_TEXT[:-40], errors=[E("", "invalid_json")])
add("invalid_json", "number outside the double range", text='{"a": 1e400}',
    errors=[E("", "invalid_json")])
add("invalid_json", "amount outside the double range in a full request",
    raws={AU + "/estimated_monthly_revenue_amount": "-1e309"}, errors=[E("", "invalid_json")],
    order_doc=None)
add("invalid_json", "invalid UTF-8 byte in a string",
    generate={"kind": "hex", "hex": ('{"partner_customer_id": "acme-onboarding-00012' .encode().hex()
                                     + "ff" + '"}'.encode().hex())},
    errors=[E("", "invalid_json")])
add("invalid_json", "raw control character inside a string", text='{"a": "x\ty"}',
    errors=[E("", "invalid_json")])
add("invalid_json", "syntax error before deep nesting wins", generate={
    "kind": "repeat", "parts": [["[1,,", 1], ["[", 40], ["]", 40], ["]", 1]]},
    errors=[E("", "invalid_json", line=1, column=4)])
add("invalid_json", "near miss: a big integer within the double range is a number",
    raws={AU + "/estimated_monthly_revenue_amount": "123456789012345678901234567890"})
add("invalid_json", "near miss: 1e308 is within the double range",
    raws={AU + "/estimated_monthly_revenue_amount": "1e308"})

add("too_large", "1 MiB + 1 byte valid request (padded with spaces)",
    generate={"kind": "padded", "bytes": 1048577, "text": BASE_TEXT},
    errors=[E("", "too_large")])
add("too_large", "checked first, before syntax", generate={"kind": "padded", "bytes": 1048577, "text": "{"},
    errors=[E("", "too_large")])
add("too_large", "big string document", generate={"kind": "big_string", "bytes": 1100000},
    errors=[E("", "too_large")])
add("too_large", "near miss: exactly 1 MiB valid request",
    generate={"kind": "padded", "bytes": 1048576, "text": BASE_TEXT})
add("too_large", "near miss: exactly 1 MiB response", kind="response",
    generate={"kind": "padded", "bytes": 1048576, "text": RESP_TEXT})

add("too_deep", "33 nested arrays", generate={"kind": "nested_arrays", "depth": 33},
    errors=[E("", "too_deep")])
add("too_deep", "33 levels of nested objects", generate={"kind": "repeat", "parts": [['{"a":', 32], ["{}", 1], ["}", 32]]},
    errors=[E("", "too_deep")])
add("too_deep", "unclosed nesting is too_deep when the 33rd level is met first",
    generate={"kind": "repeat", "parts": [["[", 33], ["x", 1]]}, errors=[E("", "too_deep")])
add("too_deep", "100000 levels: no stack overflow", generate={"kind": "nested_arrays", "depth": 100000},
    errors=[E("", "too_deep")])
add("too_deep", "deep unknown member inside a response (32 arrays under the object)",
    kind="response",
    text=RESP_TEXT[:-1] + ',"extra":' + "[" * 32 + "]" * 32 + "}", errors=[E("", "too_deep")])
add("too_deep", "near miss: 32 nested arrays parse (then the document is not an object)",
    generate={"kind": "nested_arrays", "depth": 32}, errors=[E("", "type")])
ok("too_deep", "near miss: response with an unknown member reaching level 32", kind="response",
   text=RESP_TEXT[:-1] + ',"extra":' + "[" * 31 + "]" * 31 + "}",
   warnings=[W("/extra", "unknown_field")], order_doc=dict(BASE_RESPONSE, extra=[]))

# =============================================================================================
# type
# =============================================================================================

add("type", "document is an array", document=[], errors=[E("", "type")])
add("type", "document is null", text="null", errors=[E("", "type")])
add("type", "document is a string", text='"acme"', errors=[E("", "type")])
add("type", "partner_customer_id is a number", [S("/partner_customer_id", 123)],
    [E("/partner_customer_id", "type", expected="string")])
add("type", "business_details is a string: one error, nothing inside", [S(BD, "Acme Trading LLC")],
    [E(BD, "type", expected="object")])
add("type", "document list is a string", [S(DL, "file_ein_letter_0001")],
    [E(DL, "type", expected="array")])
add("type", "document list item is a number", [S(DL + "/0", 42)],
    [E(DL + "/0", "type", expected="string")])
add("type", "null as a document list item", [S(DL + "/1", None)],
    [E(DL + "/1", "type", expected="string")])
add("type", "amount given as a string", [S(AU + "/estimated_monthly_revenue_amount", "12500.5")],
    [E(AU + "/estimated_monthly_revenue_amount", "type", expected="number")])
add("type", "amount given as a boolean", [S(AU + "/estimated_monthly_revenue_amount", True)],
    [E(AU + "/estimated_monthly_revenue_amount", "type", expected="number")])
add("type", "person list is an object", [S(BP, {})], [E(BP, "type", expected="array")])
add("type", "null person item", [S(P(0), None)], [E(P(0), "type", expected="object")])
add("type", "basic_info is an array", [S(PB(1), [])], [E(PB(1), "type", expected="object")])
add("type", "MCC given as a number", [S(AU + "/industry_category_code", 5734)],
    [E(AU + "/industry_category_code", "type", expected="string")])
add("type", "optional website given as a number", [S(BD + "/website", 80)],
    [E(BD + "/website", "type", expected="string")])
add("type", "birth_date given as a number", [S(PB(0, "birth_date"), 19850412)],
    [E(PB(0, "birth_date"), "type", expected="string")])
add("type", "response status is a number", [S("/status", 1)], [E("/status", "type", expected="string")],
    base="response")
add("type", "several type errors in walk order",
    [S(BP, "none"), S("/partner_customer_id", False), S(PC, [])],
    [E("/partner_customer_id", "type", expected="string"), E(PC, "type", expected="object"),
     E(BP, "type", expected="array")])
ok("type", "near miss: integer amount is a number", [S(AU + "/estimated_monthly_revenue_amount", 12500)])
ok("type", "near miss: null optional website is absent", [S(BD + "/website", None)])

# =============================================================================================
# duplicate_key
# =============================================================================================

add("duplicate_key", "repeated partner_customer_id: second value invalid", dups={
    "/partner_customer_id": [jv("x")]}, errors=[E("/partner_customer_id", "duplicate_key")])
add("duplicate_key", "repeated partner_customer_id: first value invalid, replaced by duplicate_key",
    [S("/partner_customer_id", "short")], dups={"/partner_customer_id": [jv("acme-onboarding-000123")]},
    errors=[E("/partner_customer_id", "duplicate_key")])
add("duplicate_key", "repeated id_number in the second person",
    dups={PI(1, "id_number"): [jv("110105199003071239")]},
    errors=[E(PI(1, "id_number"), "duplicate_key")])
add("duplicate_key", "repeated object: nothing inside either copy is checked",
    [S(PC + "/contact_phone", "not a phone")], dups={PC: [jv({"contact_phone": "", "x": 1})]},
    errors=[E(PC, "duplicate_key")])
add("duplicate_key", "repeated unknown member: duplicate_key in place of unknown_field",
    [S("/foo", 1)], dups={"/foo": [jv(2)]}, errors=[E("/foo", "duplicate_key")])
add("duplicate_key", "three occurrences give one error",
    dups={BD + "/business_type": [jv("Trust"), jv("Corporation")]},
    errors=[E(BD + "/business_type", "duplicate_key")])
add("duplicate_key", "repeated required member whose second value is null",
    dups={PC + "/contact_email": ["null"]}, errors=[E(PC + "/contact_email", "duplicate_key")])
add("duplicate_key", "rules see the first start date (no date_order with the second), expiry is expired",
    [S(BD + "/business_identifier_start_date", "2020-01-01T00:00:00Z"),
     S(BD + "/business_identifier_expiry_date", "2025-01-01T00:00:00Z")],
    dups={BD + "/business_identifier_start_date": [jv("2026-06-01T00:00:00Z")]},
    errors=[E(BD + "/business_identifier_start_date", "duplicate_key"),
            E(BD + "/business_identifier_expiry_date", "expired")])
add("duplicate_key", "a repeated id_type counts as failed: no back side required (second copy two-sided)",
    dups={PI(0, "id_type"): [jv("National ID")]}, errors=[E(PI(0, "id_type"), "duplicate_key")])
add("duplicate_key", "a repeated id_type counts as failed: no conditional requirement runs (first copy two-sided)",
    [D(PI(1, "id_document_back_file_id"))], dups={PI(1, "id_type"): [jv("National ID")]},
    errors=[E(PI(1, "id_type"), "duplicate_key")])
add("duplicate_key", "a repeated address country counts as failed: no postcode rule and no requirement by country",
    [S(RA + "/registration_address_postcode", "ABCDE"), D(RA + "/registration_address_city")],
    dups={RA + "/registration_address_country_code": [jv("US")]},
    errors=[E(RA + "/registration_address_country_code", "duplicate_key")])
add("duplicate_key", "duplicate_key next to other errors, in walk order",
    [S("/partner_customer_id", "")], dups={AU + "/operating_country": [jv("US")]},
    errors=[E("/partner_customer_id", "empty"), E(AU + "/operating_country", "duplicate_key")])
ok("duplicate_key", "near miss: the same member name in different objects (both persons)")
add("duplicate_key", "near miss: names differing in case are different members (unknown, suggested)",
    [S("/Partner_customer_id", "x")],
    errors=[E("/Partner_customer_id", "unknown_field", suggestion="partner_customer_id")])

# =============================================================================================
# required
# =============================================================================================

add("required", "absent partner_customer_id", [D("/partner_customer_id")],
    [E("/partner_customer_id", "required")])
add("required", "null business_details: one error, nothing inside", [S(BD, None)], [E(BD, "required")])
add("required", "absent business_type", [D(BD + "/business_type")], [E(BD + "/business_type", "required")])
add("required", "absent birth_date of the second person", [D(PB(1, "birth_date"))],
    [E(PB(1, "birth_date"), "required")])
add("required", "null contact_email", [S(PC + "/contact_email", None)], [E(PC + "/contact_email", "required")])
add("required", "Passport without expiration date", [D(PI(0, "id_expiration_date"))],
    [E(PI(0, "id_expiration_date"), "required")])
add("required", "National ID without back side", [D(PI(1, "id_document_back_file_id"))],
    [E(PI(1, "id_document_back_file_id"), "required")])
add("required", "Driver License without back side",
    [S(PI(1, "id_type"), "Driver License"), D(PI(1, "id_document_back_file_id"))],
    [E(PI(1, "id_document_back_file_id"), "required")])
add("required", "Residence Permit: back side null",
    [S(PI(1, "id_type"), "Residence Permit"), S(PI(1, "id_document_back_file_id"), None)],
    [E(PI(1, "id_document_back_file_id"), "required")])
add("required", "US registration address without postcode (requires)", [D(RAf("postcode"))],
    [E(RAf("postcode"), "required")])
add("required", "US registration address without state and city (requires)",
    [D(RAf("state")), D(RAf("city"))], [E(RAf("city"), "required"), E(RAf("state"), "required")])
add("required", "CN residential address without city (requires)", [D(PR(1, "city"))],
    [E(PR(1, "city"), "required")])
add("required", "GB residential address without postcode (requires)", [D(PR(0, "postcode"))],
    [E(PR(0, "postcode"), "required")])
add("required", "absent address country code: only that error, requires not applied",
    [D(RAf("country_code")), D(RAf("postcode"))], [E(RAf("country_code"), "required")])
add("required", "absent line1", [D(PR(0, "line1"))], [E(PR(0, "line1"), "required")])
add("required", "absent id_type: no conditional requirement", [D(PI(0, "id_type"))],
    [E(PI(0, "id_type"), "required")])
add("required", "empty business_details lists its seven required members", [S(BD, {})],
    [E(BD + "/" + f, "required") for f in (
        "business_name_english", "business_type", "business_identifier_type",
        "business_identifier_number", "business_identifier_country_code",
        "business_identifier_document_list", "business_identifier_start_date")])
add("required", "empty document: the six top-level members", document={},
    errors=[E(p, "required") for p in TOP])
add("required", "absent identification object", [D(PI(0))], [E(PI(0), "required")])
add("required", "response without customer_id", [D("/customer_id")], [E("/customer_id", "required")],
    base="response")
add("required", "response with null status", [S("/status", None)], [E("/status", "required")],
    base="response")
ok("required", "near miss: JP address without city (city only in requires_2018)",
   [S(PR(0), {"residential_address_line1": "1-1 Chiyoda", "residential_address_state": "Tokyo",
              "residential_address_postcode": "100-0001", "residential_address_country_code": "JP"})])
ok("required", "near miss: Passport without back side", [])
ok("required", "near miss: response without conditional members (Passport expiry, back side, US postcode)",
   [D(P(0, "identification", "id_expiration_date")), D(P(1, "identification", "id_document_back_file_id")),
    S(P(0, "residential_address"), {"residential_address_line1": "1 Main St",
                                    "residential_address_country_code": "US"})],
   base="response")
ok("required", "near miss: response with only required top-level fields and empty items",
   [S("/business_person_list", [{}]), S("/account_usage", {}), S("/primary_contact", {})],
   base="response")

# =============================================================================================
# unknown_field
# =============================================================================================

add("unknown_field", "top-level member name with wrong case: required + unknown with suggestion",
    [R("/partner_customer_id", "partner_customer_ID")],
    [E("/partner_customer_id", "required"),
     E("/partner_customer_ID", "unknown_field", suggestion="partner_customer_id")])
add("unknown_field", "misspelled optional website (transposition)", [R(BD + "/website", "webiste")],
    [E(BD + "/webiste", "unknown_field", suggestion="website")])
add("unknown_field", "address line2 suggests line1", [S(RAf("line2"), "Floor 3")],
    [E(RAf("line2"), "unknown_field", suggestion="registration_address_line1")])
add("unknown_field", "unknown member in basic_info without a near member",
    [S(PB(1, "middle_name_english"), "Jun")], [E(PB(1, "middle_name_english"), "unknown_field")])
add("unknown_field", "unknown members after known ones, in input order",
    [S("/zeta_note", 1), S("/alpha_note", 2), D("/partner_customer_id")],
    [E("/partner_customer_id", "required"), E("/zeta_note", "unknown_field"),
     E("/alpha_note", "unknown_field")])
add("unknown_field", "member names are escaped in pointers (RFC 6901)",
    [S(PC + "/a~1b", 1), S(PC + "/m~0n", 2)],
    [E(PC + "/a~1b", "unknown_field"), E(PC + "/m~0n", "unknown_field")])
add("unknown_field", "nothing inside an unknown member is checked",
    [S("/extra", {"partner_customer_id": "", "contact_phone": "x"})], [E("/extra", "unknown_field")])
add("unknown_field", "unknown member in identification, after an error on a known member",
    [S(PI(0, "id_country"), "GB"), S(PI(0, "id_number"), "")],
    [E(PI(0, "id_number"), "empty"), E(PI(0, "id_country"), "unknown_field")])
ok("unknown_field", "response: unknown top-level member is a warning", [S("/request_id", "req_123")],
   warnings=[W("/request_id", "unknown_field")], base="response")
ok("unknown_field", "response: a person's basic_info is a warning (not checked inside)",
   [S(P(1, "basic_info"), {"first_name_english": "", "birth_date": "soon"})],
   warnings=[W(P(1, "basic_info"), "unknown_field")], base="response")
ok("unknown_field", "response: request-only objects are warnings, in input order",
   [S("/business_details", {}), S("/registration_address", {})],
   warnings=[W("/business_details", "unknown_field"), W("/registration_address", "unknown_field")],
   base="response")
add("unknown_field", "response: warning next to an error", [S("/extra", 1), S("/status", "Done")],
    [E("/status", "enum", allowed=STATUSES)], warnings=[W("/extra", "unknown_field")], base="response")
ok("unknown_field", "near miss: known optional member present", [S(PB(0, "first_name"), "Olivia")])

# =============================================================================================
# empty
# =============================================================================================

add("empty", "empty partner_customer_id (not too_short)", [S("/partner_customer_id", "")],
    [E("/partner_customer_id", "empty")])
add("empty", "empty document list item", [S(DL + "/0", "")], [E(DL + "/0", "empty")])
add("empty", "empty contact_email (not email)", [S(PC + "/contact_email", "")], [E(PC + "/contact_email", "empty")])
add("empty", "empty optional website", [S(BD + "/website", "")], [E(BD + "/website", "empty")])
add("empty", "empty back file id (not required)", [S(PI(1, "id_document_back_file_id"), "")],
    [E(PI(1, "id_document_back_file_id"), "empty")])
add("empty", "empty enum value", [S(PB(0, "role_type"), "")], [E(PB(0, "role_type"), "empty")])
add("empty", "empty date", [S(PB(1, "birth_date"), "")], [E(PB(1, "birth_date"), "empty")])
add("empty", "empty status in a response", [S("/status", "")], [E("/status", "empty")], base="response")
ok("empty", "near miss: optional website omitted", [D(BD + "/website")])

# =============================================================================================
# untrimmed
# =============================================================================================

add("untrimmed", "leading space with a forbidden character gives only untrimmed",
    [S("/partner_customer_id", " acme-onboarding-000123")], [E("/partner_customer_id", "untrimmed")])
add("untrimmed", "trailing space in English name", [S(BD + "/business_name_english", "Acme Trading LLC ")],
    [E(BD + "/business_name_english", "untrimmed")])
add("untrimmed", "trailing ideographic space U+3000", [S(BD + "/business_name", "艾克米贸易有限公司\u3000")],
    [E(BD + "/business_name", "untrimmed")])
add("untrimmed", "leading space in phone", [S(PC + "/contact_phone", " +14155552671")],
    [E(PC + "/contact_phone", "untrimmed")])
add("untrimmed", "leading no-break space U+00A0 in email", [S(PC + "/contact_email", "\u00a0ops@example.com")],
    [E(PC + "/contact_email", "untrimmed")])
add("untrimmed", "trailing NEL U+0085 (white space and control): untrimmed first",
    [S(PR(0, "line1"), "221B Baker Street\u0085")], [E(PR(0, "line1"), "untrimmed")])
add("untrimmed", "a single space is untrimmed, not empty", [S(PB(1, "last_name"), " ")],
    [E(PB(1, "last_name"), "untrimmed")])
add("untrimmed", "enum with trailing space is untrimmed, not enum", [S(PI(0, "id_type"), "Passport ")],
    [E(PI(0, "id_type"), "untrimmed")])
add("untrimmed", "trailing newline in a date", [S(BD + "/business_identifier_start_date", "2019-05-20T00:00:00Z\n")],
    [E(BD + "/business_identifier_start_date", "untrimmed")])
ok("untrimmed", "near miss: inner double space and inner no-break space",
   [S(BD + "/business_name_english", "Acme  Trading LLC"), S(BD + "/business_name", "艾克米\u00a0贸易")])

# =============================================================================================
# forbidden_character
# =============================================================================================

add("forbidden_character", "tab inside line1", [S(RAf("line1"), "555 Market\tStreet")],
    [E(RAf("line1"), "forbidden_character", character="U+0009")])
add("forbidden_character", "right-to-left override inside business_name", [S(BD + "/business_name", "艾克米\u202e贸易")],
    [E(BD + "/business_name", "forbidden_character", character="U+202E")])
add("forbidden_character", "trailing zero-width space is forbidden (not white space)",
    [S(BD + "/business_name_english", "Acme Trading LLC\u200b")],
    [E(BD + "/business_name_english", "forbidden_character", character="U+200B")])
add("forbidden_character", "leading BOM U+FEFF in email", [S(PC + "/contact_email", "\ufeffops@example.com")],
    [E(PC + "/contact_email", "forbidden_character", character="U+FEFF")])
add("forbidden_character", "inner NEL U+0085 in goods description",
    [S(AU + "/goods_service_description", "Wholesale\u0085distribution of electronics")],
    [E(AU + "/goods_service_description", "forbidden_character", character="U+0085")])
add("forbidden_character", "DEL U+007F in city", [S(PR(1, "city"), "Bei\u007fjing")],
    [E(PR(1, "city"), "forbidden_character", character="U+007F")])
add("forbidden_character", "first of several: U+2066 before U+0000", [S(PB(1, "last_name"), "张\u2066x\u0000")],
    [E(PB(1, "last_name"), "forbidden_character", character="U+2066")])
add("forbidden_character", "space in partner_customer_id", [S("/partner_customer_id", "acme onboarding 000123")],
    [E("/partner_customer_id", "forbidden_character")])
add("forbidden_character", "non-ASCII letter in partner_customer_id", [S("/partner_customer_id", "acme-onboarding-00012é")],
    [E("/partner_customer_id", "forbidden_character")])
add("forbidden_character", "# in business identifier number", [S(BD + "/business_identifier_number", "12#3456789")],
    [E(BD + "/business_identifier_number", "forbidden_character")])
add("forbidden_character", "underscore in id_number", [S(PI(0, "id_number"), "533_401_372")],
    [E(PI(0, "id_number"), "forbidden_character")])
add("forbidden_character", "slash in a document file id", [S(DL + "/1", "files/articles.pdf")],
    [E(DL + "/1", "forbidden_character")])
add("forbidden_character", "space in front file id", [S(PI(1, "id_document_front_file_id"), "file nid front")],
    [E(PI(1, "id_document_front_file_id"), "forbidden_character")])
add("forbidden_character", "digit in first_name_english", [S(PB(0, "first_name_english"), "Olivia2")],
    [E(PB(0, "first_name_english"), "forbidden_character")])
add("forbidden_character", "typographic apostrophe U+2019 in last_name_english",
    [S(PB(0, "last_name_english"), "O\u2019Brien")], [E(PB(0, "last_name_english"), "forbidden_character")])
add("forbidden_character", "< and > in goods description", [S(AU + "/goods_service_description", "<b>Electronics</b> wholesale")],
    [E(AU + "/goods_service_description", "forbidden_character")])
add("forbidden_character", "> in city", [S(PR(0, "city"), "London>")], [E(PR(0, "city"), "forbidden_character")])
add("forbidden_character", "< in local last_name", [S(PB(1, "last_name"), "张<")], [E(PB(1, "last_name"), "forbidden_character")])
add("forbidden_character", "forbidden before too_short (goods description of 9 chars)",
    [S(AU + "/goods_service_description", "Bad <tag>")], [E(AU + "/goods_service_description", "forbidden_character")])
add("forbidden_character", "space in response customer_id", [S("/customer_id", "cus 01")],
    [E("/customer_id", "forbidden_character")], base="response")
ok("forbidden_character", "near miss: free text allows &, #, /, commas and quotes",
   [S(BD + "/business_name_english", "Acme & Sons (Holdings), Ltd. \"AS\""),
    S(RAf("line1"), "Flat 2/3, 555 Market St. #12")])
ok("forbidden_character", "near miss: English names with space, apostrophe, hyphen, dot and combining mark",
   [S(PB(0, "first_name_english"), "Anne-Marie J."), S(PB(0, "last_name_english"), "d'Arcy Rene\u0301e")])
ok("forbidden_character", "near miss: identifier numbers with space, -, / and . (types with no scheme)",
   [S(BD + "/business_identifier_type", "Business Registration"), S(BD + "/business_identifier_number", "AB 12/34.5-6"),
    S(PI(1, "id_type"), "Driver License"), S(PI(1, "id_number"), "A1 2/3.4-5")])
ok("forbidden_character", "near miss: file ids with -, _ and .", [S(DL + "/0", "file-ein_letter.0001.pdf")])

# =============================================================================================
# too_short / too_long
# =============================================================================================

add("too_short", "partner_customer_id of 19 chars", [S("/partner_customer_id", "acme-" + "1" * 14)],
    [E("/partner_customer_id", "too_short", min=20, max=64, actual=19)])
add("too_short", "business_name_english of 1 char", [S(BD + "/business_name_english", "A")],
    [E(BD + "/business_name_english", "too_short", min=2, max=128, actual=1)])
add("too_short", "goods description of 9 chars", [S(AU + "/goods_service_description", "Software.")],
    [E(AU + "/goods_service_description", "too_short", min=10, max=500, actual=9)])
add("too_short", "goods description of 8 CJK chars (24 bytes)", [S(AU + "/goods_service_description", "咖啡豆茶叶进口销")],
    [E(AU + "/goods_service_description", "too_short", min=10, max=500, actual=8)])
add("too_short", "response partner_customer_id of 19 chars", [S("/partner_customer_id", "acme-" + "1" * 14)],
    [E("/partner_customer_id", "too_short", min=20, max=64, actual=19)], base="response")
ok("too_short", "near miss: partner_customer_id of exactly 20 chars", [S("/partner_customer_id", "acme-" + "1" * 15)])
ok("too_short", "near miss: goods description of exactly 10 chars", [S(AU + "/goods_service_description", "Software!!")])
ok("too_short", "near miss: business_name_english of exactly 2 chars", [S(BD + "/business_name_english", "AB")])
ok("too_short", "near miss: 11 CJK chars", [S(AU + "/goods_service_description", "咖啡豆和茶叶的进口销售")])

add("too_long", "partner_customer_id of 65 chars", [S("/partner_customer_id", "acme-" + "1" * 60)],
    [E("/partner_customer_id", "too_long", min=20, max=64, actual=65)])
add("too_long", "business_name of 129 emoji (258 UTF-16 units)", [S(BD + "/business_name", "😀" * 129)],
    [E(BD + "/business_name", "too_long", min=1, max=128, actual=129)])
add("too_long", "website of 226 chars", [S(BD + "/website", "https://www.acme-trading.com/" + "a" * 197)],
    [E(BD + "/website", "too_long", max=225, actual=226)])
add("too_long", "first_name_english of 65 chars", [S(PB(0, "first_name_english"), "A" * 65)],
    [E(PB(0, "first_name_english"), "too_long", min=1, max=64, actual=65)])
add("too_long", "local first_name of 65 CJK chars", [S(PB(1, "first_name"), "伟" * 65)],
    [E(PB(1, "first_name"), "too_long", min=1, max=64, actual=65)])
add("too_long", "line1 of 129 chars", [S(RAf("line1"), "5" * 129)],
    [E(RAf("line1"), "too_long", min=1, max=128, actual=129)])
add("too_long", "city of 65 chars", [S(PR(1, "city"), "B" * 65)],
    [E(PR(1, "city"), "too_long", min=1, max=64, actual=65)])
add("too_long", "CN state of 65 chars", [S(PR(1, "state"), "S" * 65)],
    [E(PR(1, "state"), "too_long", min=1, max=64, actual=65)])
add("too_long", "postcode of 17 chars (before the postcode rule)", [S(RAf("postcode"), "9" * 17)],
    [E(RAf("postcode"), "too_long", min=1, max=16, actual=17)])
add("too_long", "business identifier number of 51 chars", [S(BD + "/business_identifier_number", "1" * 51)],
    [E(BD + "/business_identifier_number", "too_long", min=1, max=50, actual=51)])
add("too_long", "id_number of 51 chars", [S(PI(0, "id_number"), "5" * 51)],
    [E(PI(0, "id_number"), "too_long", min=1, max=50, actual=51)])
add("too_long", "front file id of 129 chars", [S(PI(0, "id_document_front_file_id"), "f" * 129)],
    [E(PI(0, "id_document_front_file_id"), "too_long", min=1, max=128, actual=129)])
add("too_long", "goods description of 501 chars", [S(AU + "/goods_service_description", "x" * 501)],
    [E(AU + "/goods_service_description", "too_long", min=10, max=500, actual=501)])
add("too_long", "response customer_id of 65 chars", [S("/customer_id", "c" * 65)],
    [E("/customer_id", "too_long", min=1, max=64, actual=65)], base="response")
ok("too_long", "near miss: business_name of exactly 128 emoji", [S(BD + "/business_name", "😀" * 128)])
ok("too_long", "near miss: partner_customer_id of exactly 64 chars", [S("/partner_customer_id", "acme-" + "1" * 59)])
ok("too_long", "near miss: website of exactly 225 chars", [S(BD + "/website", "https://www.acme-trading.com/" + "a" * 196)])
ok("too_long", "near miss: file id of exactly 128 chars and id_number of exactly 50",
   [S(PI(0, "id_document_front_file_id"), "f" * 128), S(PI(0, "id_number"), "5" * 50)])
ok("too_long", "near miss: 64 CJK chars in local first_name", [S(PB(1, "first_name"), "伟" * 64)])

# =============================================================================================
# too_few_items / too_many_items
# =============================================================================================

add("too_few_items", "empty document list", [S(DL, [])], [E(DL, "too_few_items", min=1, max=10, actual=0)])
add("too_few_items", "empty person list", [S(BP, [])], [E(BP, "too_few_items", min=1, max=20, actual=0)])
ok("too_few_items", "near miss: one document, one person",
   [S(DL, ["file_ein_letter_0001"]), S(BP, [copy.deepcopy(PERSON_0)])])
ok("too_few_items", "near miss: response with an empty person list", [S(BP, [])], base="response")

add("too_many_items", "11 documents", [S(DL, ["file_doc_%04d" % i for i in range(11)])],
    [E(DL, "too_many_items", min=1, max=10, actual=11)])
add("too_many_items", "21 persons", [S(BP, [person_clone(i) for i in range(21)])],
    [E(BP, "too_many_items", min=1, max=20, actual=21)])
ok("too_many_items", "near miss: exactly 10 documents", [S(DL, ["file_doc_%04d" % i for i in range(10)])])
ok("too_many_items", "near miss: exactly 20 persons", [S(BP, [person_clone(i) for i in range(20)])])
ok("too_many_items", "near miss: response with 21 persons (no list size limit)",
   [S(BP, [{"identification": person_clone(i)["identification"]} for i in range(21)])], base="response")

# =============================================================================================
# not_latin
# =============================================================================================

add("not_latin", "Han characters in business_name_english", [S(BD + "/business_name_english", "Acme 贸易 LLC")],
    [E(BD + "/business_name_english", "not_latin")])
add("not_latin", "Cyrillic look-alike first letter", [S(BD + "/business_name_english", "\u0410cme Trading LLC")],
    [E(BD + "/business_name_english", "not_latin")])
add("not_latin", "Cyrillic first_name_english", [S(PB(0, "first_name_english"), "Ольга")],
    [E(PB(0, "first_name_english"), "not_latin")])
add("not_latin", "Greek last_name_english", [S(PB(1, "last_name_english"), "Παπαδόπουλος")],
    [E(PB(1, "last_name_english"), "not_latin")])
add("not_latin", "not_latin before the name character rule (Cyrillic with a digit)",
    [S(PB(1, "first_name_english"), "Иван1")], [E(PB(1, "first_name_english"), "not_latin")])
ok("not_latin", "near miss: Latin letters with diacritics and combining marks",
   [S(PB(0, "first_name_english"), "Zoë"), S(PB(0, "last_name_english"), "Nguyễn Cafe\u0301"),
    S(BD + "/business_name_english", "Müller & Straße GmbH 2000")])
ok("not_latin", "near miss: local names in any script", [S(PB(1, "first_name"), "Ольга"), S(BD + "/business_name", "Ωmega Ltd")])

# =============================================================================================
# enum
# =============================================================================================

add("enum", "business_type abbreviation without suggestion", [S(BD + "/business_type", "LLC")],
    [E(BD + "/business_type", "enum", allowed=BUSINESS_TYPES)])
add("enum", "business_type in lower case", [S(BD + "/business_type", "limited liability company")],
    [E(BD + "/business_type", "enum", allowed=BUSINESS_TYPES, suggestion="Limited Liability Company")])
add("enum", "business_identifier_type with wrong case", [S(BD + "/business_identifier_type", "Tax Id")],
    [E(BD + "/business_identifier_type", "enum", allowed=IDENT_TYPES, suggestion="Tax ID")])
add("enum", "product reference without punctuation", [S(AU + "/account_usage_product_reference", "Ecommerce")],
    [E(AU + "/account_usage_product_reference", "enum", allowed=PRODUCTS, suggestion="E-commerce")])
add("enum", "role_type in lower case", [S(PB(0, "role_type"), "director")],
    [E(PB(0, "role_type"), "enum", allowed=ROLES, suggestion="Director")])
add("enum", "id_type misspelled", [S(PI(0, "id_type"), "Pasport")],
    [E(PI(0, "id_type"), "enum", allowed=ID_TYPES, suggestion="Passport")])
add("enum", "id_type without space", [S(PI(1, "id_type"), "NationalID")],
    [E(PI(1, "id_type"), "enum", allowed=ID_TYPES, suggestion="National ID")])
add("enum", "response status in lower case", [S("/status", "processing")],
    [E("/status", "enum", allowed=STATUSES, suggestion="Processing")], base="response")
add("enum", "response status as the provider page wrote it", [S("/status", "Processing,Succeeded,Failed,Suspended")],
    [E("/status", "enum", allowed=STATUSES)], base="response")
ok("enum", "near miss: other exact values",
   [S(BD + "/business_type", "Non-Profit Organization"), S(BD + "/business_identifier_type", "VAT Number"),
    S(AU + "/account_usage_product_reference", "Software and SaaS"), S(PB(1, "role_type"), "Authorized Signatory"),
    S(PI(1, "id_type"), "Driver License")])
ok("enum", "near miss: every response status", [S("/status", "Suspended")], base="response")

# =============================================================================================
# country_code
# =============================================================================================

add("country_code", "lower-case us suggests US", [S(BD + "/business_identifier_country_code", "us")],
    [E(BD + "/business_identifier_country_code", "country_code", suggestion="US")])
add("country_code", "UK suggests GB", [S(PB(0, "nationality"), "UK")], [E(PB(0, "nationality"), "country_code", suggestion="GB")])
add("country_code", "three letters", [S(AU + "/operating_country", "USA")], [E(AU + "/operating_country", "country_code")])
add("country_code", "EU is not an assigned code", [S(PI(0, "id_issuing_country_code"), "EU")],
    [E(PI(0, "id_issuing_country_code"), "country_code")])
add("country_code", "withdrawn AN", [S(PR(0, "country_code"), "AN")], [E(PR(0, "country_code"), "country_code")])
add("country_code", "invalid address country: no requires, postcode or subdivision rules",
    [S(RAf("country_code"), "ZZ"), S(RAf("state"), "Nowhere"), S(RAf("postcode"), "abc")],
    [E(RAf("country_code"), "country_code")])
add("country_code", "mixed-case Us suggests US; requires not applied", [S(RAf("country_code"), "Us"), D(RAf("postcode"))],
    [E(RAf("country_code"), "country_code", suggestion="US")])
add("country_code", "response residential country", [S(P(0, "residential_address", "residential_address_country_code"), "gb")],
    [E(P(0, "residential_address", "residential_address_country_code"), "country_code", suggestion="GB")], base="response")
ok("country_code", "near miss: XK accepted", [S(PB(0, "nationality"), "XK")])
ok("country_code", "near miss: EH and AQ are assigned", [S(AU + "/operating_country", "EH"), S(PI(1, "id_issuing_country_code"), "AQ")])

# =============================================================================================
# currency_code
# =============================================================================================

CUR = AU + "/estimated_monthly_revenue_currency"
AMT = AU + "/estimated_monthly_revenue_amount"
add("currency_code", "lower-case usd suggests USD", [S(CUR, "usd")], [E(CUR, "currency_code", suggestion="USD")])
for old, new in (("HRK", "EUR"), ("BGN", "EUR"), ("CUC", "CUP"), ("SLL", "SLE"), ("ZWL", "ZWG")):
    add("currency_code", "superseded %s suggests %s" % (old, new), [S(CUR, old)],
        [E(CUR, "currency_code", suggestion=new)])
for code, why in (("XAU", "special (gold)"), ("BOV", "fund"), ("XXX", "no currency"), ("XTS", "testing"),
                  ("XAD", "special"), ("CLF", "fund"), ("VEF", "no longer active"), ("ABC", "unknown")):
    add("currency_code", "%s is rejected (%s)" % (code, why), [S(CUR, code)], [E(CUR, "currency_code")])
add("currency_code", "invalid currency: precision not checked", [S(CUR, "XXX"), S(AMT, 12500.505)],
    [E(CUR, "currency_code")])
add("currency_code", "response currency", [S(CUR, "HRK")], [E(CUR, "currency_code", suggestion="EUR")], base="response")
for code in ("VES", "EUR", "SLE", "ZWG", "CUP"):
    ok("currency_code", "near miss: %s accepted" % code, [S(CUR, code)])

# =============================================================================================
# phone_format / phone_invalid
# =============================================================================================

PH = PC + "/contact_phone"
add("phone_format", "spaces and dashes suggest the E.164 form", [S(PH, "+1 415-555-2671")],
    [E(PH, "phone_format", suggestion="+14155552671")])
add("phone_format", "parentheses suggest the E.164 form", [S(PH, "+1 (415) 555-2671")],
    [E(PH, "phone_format", suggestion="+14155552671")])
add("phone_format", "no plus sign", [S(PH, "4155552671")], [E(PH, "phone_format")])
add("phone_format", "country code starting with 0", [S(PH, "+0123456789")], [E(PH, "phone_format")])
add("phone_format", "16 digits", [S(PH, "+1415555267112345")], [E(PH, "phone_format")])
add("phone_format", "response phone with spaces", [S(PH, "+86 138 0013 8000")],
    [E(PH, "phone_format", suggestion="+8613800138000")], base="response")
add("phone_format", "zh-CN language, same code", [S(PH, "+1-415-555-2671")],
    [E(PH, "phone_format", suggestion="+14155552671")], lang="zh-CN")
ok("phone_format", "near miss: CN mobile in E.164", [S(PH, "+8613800138000")])
ok("phone_format", "near miss: GB mobile in E.164", [S(PH, "+447911123456")])

add("phone_invalid", "US number with invalid area code 123", [S(PH, "+11234567890")], [E(PH, "phone_invalid")])
add("phone_invalid", "E.164 shape but too short to parse", [S(PH, "+8612345")], [E(PH, "phone_invalid")])
add("phone_invalid", "unassigned country calling code 999", [S(PH, "+999123456789")], [E(PH, "phone_invalid")])
add("phone_invalid", "GB number one digit too long", [S(PH, "+4420794609581")], [E(PH, "phone_invalid")])
add("phone_invalid", "response phone invalid", [S(PH, "+11234567890")], [E(PH, "phone_invalid")], base="response")
ok("phone_invalid", "near miss: GB London fixed line", [S(PH, "+442079460958")])
ok("phone_invalid", "near miss: US number", [S(PH, "+12015550123")])
# Non-geographic calling codes: every entity that shares the region id 001 has its own plan.
ok("phone_invalid", "near miss: +800 international freephone (non-geographic)", [S(PH, "+80012345678")])
ok("phone_invalid", "near miss: +808 shared cost (non-geographic)", [S(PH, "+80812345678")])
ok("phone_invalid", "near miss: +870 Inmarsat (non-geographic)", [S(PH, "+870301234567")])
add("phone_invalid", "+800 number too short for its plan", [S(PH, "+80012345")], [E(PH, "phone_invalid")])

# =============================================================================================
# email / url
# =============================================================================================

EM = PC + "/contact_email"
E254 = "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 57 + ".com"
E255 = "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 58 + ".com"
assert len(E254) == 254 and len(E255) == 255
for v, why in (("ops@example", "single-label domain"), ("ops@example.c0m", "last label not all letters"),
               ("Ops Team <ops@example.com>", "display name"), ("a" * 65 + "@example.com", "local part of 65"),
               (E255, "255 chars"), ("ops@[192.168.0.1]", "address literal"), ("ops@例子.com", "non-ASCII domain"),
               ("ops@-example.com", "label starting with hyphen"), ("ops@@example.com", "two @"),
               ("ops.example.com", "no @"), ("ops@example..com", "empty label")):
    add("email", why, [S(EM, v)], [E(EM, "email")])
add("email", "response email", [S(EM, "ops@example")], [E(EM, "email")], base="response")
ok("email", "near miss: local part of exactly 64", [S(EM, "a" * 64 + "@example.com")])
ok("email", "near miss: exactly 254 chars", [S(EM, E254)])
ok("email", "near miss: dots, plus and subdomains", [S(EM, "first.last+tag@mail.example.co.uk")])
ok("email", "near miss: punycode labels", [S(EM, "ops@xn--80ak6aa92e.xn--p1ai")])
ok("email", "near miss: inner hyphen", [S(EM, "ops@my-domain.com")])

WS = BD + "/website"
assert len("https://www.acme-trading.com/" + "a" * 197) == 226 and len("www." + "a" * 222) == 226
for v, why in (("www.acme-trading.com", "scheme missing"), ("ftp://acme-trading.com", "ftp scheme"),
               ("http://localhost", "localhost"), ("https://192.168.1.10/", "IPv4 host"),
               ("https://[::1]/", "IPv6 host"), ("https://user:pass@acme-trading.com", "user-info"),
               ("https://acme", "single-label host"), ("https://例子.中国", "non-ASCII host"),
               ("//acme-trading.com", "scheme-relative")):
    add("url", why, [S(WS, v)], [E(WS, "url")])
add("url", "url rule runs after too_long", [S(WS, "www." + "a" * 222)], [E(WS, "too_long", max=225, actual=226)])
ok("url", "near miss: http with path, query and fragment", [S(WS, "http://acme-trading.com/about?x=1#top")])
ok("url", "near miss: punycode host", [S(WS, "https://xn--fsqu00a.xn--fiqs8s/")])
ok("url", "near miss: deep subdomain", [S(WS, "https://shop.eu.acme-trading.co.uk")])

# =============================================================================================
# date_time
# =============================================================================================

SD = BD + "/business_identifier_start_date"
ED = BD + "/business_identifier_expiry_date"
add("date_time", "plain date suggests midnight UTC", [S(SD, "2019-05-20")],
    [E(SD, "date_time", suggestion="2019-05-20T00:00:00Z")])
add("date_time", "plain birth date suggests midnight UTC", [S(PB(0, "birth_date"), "1985-04-12")],
    [E(PB(0, "birth_date"), "date_time", suggestion="1985-04-12T00:00:00Z")])
add("date_time", "30 February", [S(PB(1, "birth_date"), "1990-02-30T00:00:00Z")], [E(PB(1, "birth_date"), "date_time")])
add("date_time", "29 February of a non-leap year", [S(SD, "2019-02-29T00:00:00Z")], [E(SD, "date_time")])
add("date_time", "no time zone offset", [S(PI(0, "id_issue_date"), "2021-03-15T10:00:00")],
    [E(PI(0, "id_issue_date"), "date_time")])
add("date_time", "leap second", [S(ED, "2016-12-31T23:59:60Z")], [E(ED, "date_time")])
add("date_time", "hour 24", [S(PI(0, "id_expiration_date"), "2031-03-15T24:00:00Z")],
    [E(PI(0, "id_expiration_date"), "date_time")])
add("date_time", "month 13", [S(PI(1, "id_expiration_date"), "2031-13-01T00:00:00Z")],
    [E(PI(1, "id_expiration_date"), "date_time")])
add("date_time", "basic ISO 8601 format", [S(SD, "20190520T000000Z")], [E(SD, "date_time")])
add("date_time", "response created_at with slashes", [S("/created_at", "2026/11/22")],
    [E("/created_at", "date_time")], base="response")
add("date_time", "invalid start date: no date_order on a later-in-table expiry",
    [S(SD, "2019-13-20T00:00:00Z"), S(ED, "2010-01-01T00:00:00Z")],
    [E(SD, "date_time"), E(ED, "expired")])
ok("date_time", "near miss: lower-case t and z", [S(SD, "2023-11-07t05:31:56z")])
ok("date_time", "near miss: -00:00 offset", [S(SD, "2019-05-20T00:00:00-00:00")])
ok("date_time", "near miss: fractional seconds and +05:45", [S(SD, "2019-05-20T05:31:56.123456+05:45")])
ok("date_time", "near miss: 29 February of a leap year", [S(PB(0, "birth_date"), "1984-02-29T00:00:00Z")])

# =============================================================================================
# date_order
# =============================================================================================

add("date_order", "business expiry equal to start", [S(ED, "2019-05-20T00:00:00Z")],
    [E(ED, "date_order", other=SD)])
add("date_order", "same instant in different offsets (expiry before now too: date_order first)",
    [S(SD, "2020-01-01T08:00:00+08:00"), S(ED, "2020-01-01T00:00:00Z")], [E(ED, "date_order", other=SD)])
add("date_order", "id issue date before birth date", [S(PI(0, "id_issue_date"), "1980-01-01T00:00:00Z")],
    [E(PI(0, "id_issue_date"), "date_order", other=PB(0, "birth_date"))])
add("date_order", "id issue date at the birth instant in another offset",
    [S(PI(1, "id_issue_date"), "1990-03-06T16:00:00Z")],
    [E(PI(1, "id_issue_date"), "date_order", other=PB(1, "birth_date"))])
add("date_order", "id expiration before issue date", [S(PI(1, "id_expiration_date"), "2018-06-01T00:00:00+08:00")],
    [E(PI(1, "id_expiration_date"), "date_order", other=PI(1, "id_issue_date"))])
add("date_order", "response: id expiration before issue date still errs",
    [S(P(0, "identification", "id_expiration_date"), "2020-01-01T00:00:00Z")],
    [E(P(0, "identification", "id_expiration_date"), "date_order", other=P(0, "identification", "id_issue_date"))],
    base="response")
add("date_order", "invalid birth date: no date_order on the issue date",
    [S(PB(0, "birth_date"), "1985-13-12T00:00:00Z"), S(PI(0, "id_issue_date"), "1980-01-01T00:00:00Z")],
    [E(PB(0, "birth_date"), "date_time")])
add("date_order", "issue date in the future: no date_order on expiration",
    [S(PI(0, "id_issue_date"), "2027-06-01T00:00:00Z"), S(PI(0, "id_expiration_date"), "2027-01-01T00:00:00Z")],
    [E(PI(0, "id_issue_date"), "in_future")])
add("date_order", "start date in the future: no date_order on the business expiry",
    [S(SD, "2027-06-01T00:00:00Z"), S(ED, "2027-01-01T00:00:00Z")], [E(SD, "in_future")])
add("date_order", "birth date in the future: no date_order on the issue date",
    [S(PB(1, "birth_date"), "2027-01-01T00:00:00Z")], [E(PB(1, "birth_date"), "in_future")])
ok("date_order", "near miss: issue date one second after birth", [S(PI(0, "id_issue_date"), "1985-04-12T00:00:01Z")])
ok("date_order", "near miss: start at now and expiry one second later",
   [S(SD, "2026-11-23T00:00:00Z"), S(ED, "2026-11-23T00:00:01Z")])
ok("date_order", "near miss: no issue date, so no order rule on expiration", [D(PI(1, "id_issue_date"))])
# Every fraction digit counts (SPEC 3.2), also after the ninth.
add("date_order", "issue date before birth in the eleventh fraction digit",
    [S(PB(0, "birth_date"), "1985-04-12T00:00:00.00000000012Z"), S(PI(0, "id_issue_date"), "1985-04-12T00:00:00.00000000011Z")],
    [E(PI(0, "id_issue_date"), "date_order", other=PB(0, "birth_date"))])
add("date_order", "issue date equal to birth but for trailing zeros",
    [S(PB(0, "birth_date"), "1985-04-12T00:00:00.0000000001Z"), S(PI(0, "id_issue_date"), "1985-04-12T00:00:00.000000000100Z")],
    [E(PI(0, "id_issue_date"), "date_order", other=PB(0, "birth_date"))])
ok("date_order", "near miss: issue date after birth in the twelfth fraction digit",
   [S(PB(0, "birth_date"), "1985-04-12T00:00:00.00000000012Z"), S(PI(0, "id_issue_date"), "1985-04-12T00:00:00.000000000121Z")])

# =============================================================================================
# in_future / expired / expires_soon
# =============================================================================================

add("in_future", "start date one second after now", [S(SD, "2026-11-23T00:00:01Z")], [E(SD, "in_future")])
add("in_future", "start date one second after now in +08:00", [S(SD, "2026-11-23T08:00:01+08:00")], [E(SD, "in_future")])
add("in_future", "birth date in the future (not underage)", [S(PB(0, "birth_date"), "2027-01-01T00:00:00Z")],
    [E(PB(0, "birth_date"), "in_future")])
add("in_future", "issue date in the future", [S(PI(1, "id_issue_date"), "2026-12-01T00:00:00Z")],
    [E(PI(1, "id_issue_date"), "in_future")])
add("in_future", "another clock: start date after that now", [S(SD, "2025-01-01T00:00:00Z")],
    [E(SD, "in_future")], now="2024-06-01T00:00:00Z")
ok("in_future", "near miss: start date equal to now", [S(SD, "2026-11-23T00:00:00Z")])
add("in_future", "start date after now in the tenth fraction digit", [S(SD, "2026-11-23T00:00:00.0000000001Z")],
    [E(SD, "in_future")])
ok("in_future", "near miss: start date equal to now in +08:00", [S(SD, "2026-11-23T08:00:00+08:00")])
ok("in_future", "near miss: response created_at in the future (no now rules)", [S("/created_at", "2030-01-01T00:00:00Z")],
   base="response")

add("expired", "business expiry equal to now", [S(ED, "2026-11-23T00:00:00Z")], [E(ED, "expired")])
add("expired", "business expiry last year", [S(ED, "2025-01-01T00:00:00Z")], [E(ED, "expired")])
add("expired", "passport expired one second before now", [S(PI(0, "id_expiration_date"), "2026-11-22T23:59:59Z")],
    [E(PI(0, "id_expiration_date"), "expired")])
add("expired", "national ID expired at now in +08:00", [S(PI(1, "id_expiration_date"), "2026-11-23T08:00:00+08:00")],
    [E(PI(1, "id_expiration_date"), "expired")])
ok("expired", "near miss: business expiry one second after now", [S(ED, "2026-11-23T00:00:01Z")])
ok("expired", "near miss: business expiry after now in the tenth fraction digit", [S(ED, "2026-11-23T00:00:00.0000000001Z")])
add("expired", "business expiry equal to now with ten zero fraction digits", [S(ED, "2026-11-23T00:00:00.0000000000Z")],
    [E(ED, "expired")])
ok("expired", "near miss: response with an expired passport (no now rules)",
   [S(P(0, "identification", "id_expiration_date"), "2022-01-01T00:00:00Z")], base="response")
ok("expired", "near miss: same document with an earlier clock", [S(ED, "2025-01-01T00:00:00Z")],
   now="2024-06-01T00:00:00Z")

ok("expires_soon", "passport expiring in 29 days 23:59:59", [S(PI(0, "id_expiration_date"), "2026-12-22T23:59:59Z")],
   warnings=[W(PI(0, "id_expiration_date"), "expires_soon", days=29)])
ok("expires_soon", "passport expiring one second after now", [S(PI(0, "id_expiration_date"), "2026-11-23T00:00:01Z")],
   warnings=[W(PI(0, "id_expiration_date"), "expires_soon", days=0)])
ok("expires_soon", "national ID expiring in exactly 8 days (+08:00)", [S(PI(1, "id_expiration_date"), "2026-12-01T08:00:00+08:00")],
   warnings=[W(PI(1, "id_expiration_date"), "expires_soon", days=8)])
add("expires_soon", "warning next to an error in another field", [S(PI(0, "id_expiration_date"), "2026-12-05T12:00:00Z"),
                                                                S(PH, "+11234567890")],
    [E(PH, "phone_invalid")], warnings=[W(PI(0, "id_expiration_date"), "expires_soon", days=12)])
ok("expires_soon", "two warnings in walk order",
   [S(PI(1, "id_expiration_date"), "2026-11-30T00:00:00Z"), S(PI(0, "id_expiration_date"), "2026-12-20T00:00:00Z")],
   warnings=[W(PI(0, "id_expiration_date"), "expires_soon", days=27),
             W(PI(1, "id_expiration_date"), "expires_soon", days=7)])
ok("expires_soon", "near miss: exactly 30 days after now", [S(PI(0, "id_expiration_date"), "2026-12-23T00:00:00Z")])
ok("expires_soon", "near miss: response (no now rules)", [S(P(0, "identification", "id_expiration_date"), "2026-11-24T00:00:00Z")],
   base="response")

# =============================================================================================
# underage / too_old
# =============================================================================================

BD0 = PB(0, "birth_date")
BD1 = PB(1, "birth_date")
add("underage", "18th birthday is tomorrow", [S(BD0, "2008-11-24T00:00:00Z")], [E(BD0, "underage", min_age=18)])
add("underage", "UTC calendar date: -05:00 evening is the next UTC day", [S(BD1, "2008-11-23T20:00:00-05:00")],
    [E(BD1, "underage", min_age=18)])
add("underage", "a ten-year-old", [S(BD1, "2016-05-01T00:00:00Z")], [E(BD1, "underage", min_age=18)])
ok("underage", "near miss: exactly 18 today", [S(BD0, "2008-11-23T00:00:00Z")])
# (Person 1 shows a driving licence here: the birth date in a Chinese ID number would differ.)
ok("underage", "near miss: +08:00 morning of the 24th is the 23rd in UTC",
   [S(BD1, "2008-11-24T06:00:00+08:00"), S(PI(1, "id_type"), "Driver License")])

add("too_old", "121 today", [S(BD0, "1905-11-23T00:00:00Z")], [E(BD0, "too_old", max_age=120)])
add("too_old", "UTC calendar date: +08:00 morning is the previous UTC day", [S(BD1, "1905-11-23T06:00:00+08:00")],
    [E(BD1, "too_old", max_age=120)])
add("too_old", "born in 1900", [S(BD1, "1900-01-01T00:00:00Z")], [E(BD1, "too_old", max_age=120)])
ok("too_old", "near miss: 120 until tomorrow", [S(BD0, "1905-11-24T00:00:00Z")])
ok("too_old", "near miss: -05:00 evening of the 23rd is the 24th in UTC",
   [S(BD1, "1905-11-23T20:00:00-05:00"), S(PI(1, "id_type"), "Driver License")])

# =============================================================================================
# not_positive / precision / mcc
# =============================================================================================

add("not_positive", "zero", [S(AMT, 0)], [E(AMT, "not_positive")])
add("not_positive", "negative", [S(AMT, -100)], [E(AMT, "not_positive")])
add("not_positive", "negative with too many decimals: not_positive first", [S(AMT, -0.001)], [E(AMT, "not_positive")])
add("not_positive", "negative zero", raws={AMT: "-0.0"}, errors=[E(AMT, "not_positive")])
add("not_positive", "response amount", [S(AMT, -1)], [E(AMT, "not_positive")], base="response")
ok("not_positive", "near miss: one cent", [S(AMT, 0.01)])

add("precision", "USD with 3 decimals", [S(AMT, 12500.505)], [E(AMT, "precision", max_decimals=2, currency="USD")])
add("precision", "JPY with a decimal", [S(CUR, "JPY")], [E(AMT, "precision", max_decimals=0, currency="JPY")])
add("precision", "KWD with 4 decimals", [S(CUR, "KWD"), S(AMT, 1.2345)], [E(AMT, "precision", max_decimals=3, currency="KWD")])
add("precision", "exponent form 1.25e1 is 12.5: JPY", [S(CUR, "JPY")], raws={AMT: "1.25e1"},
    errors=[E(AMT, "precision", max_decimals=0, currency="JPY")])
add("precision", "exponent form 1.2555E1 is 12.555: USD", raws={AMT: "1.2555E1"},
    errors=[E(AMT, "precision", max_decimals=2, currency="USD")])
ok("precision", "near miss: KWD with 3 decimals", [S(CUR, "KWD"), S(AMT, 12500.125)])
ok("precision", "near miss: 100.500 has one decimal", raws={AMT: "100.500"})
ok("precision", "near miss: 1e2 JPY has no decimals", [S(CUR, "JPY")], raws={AMT: "1e2"})
ok("precision", "near miss: 1.2E3 JPY is 1200", [S(CUR, "JPY")], raws={AMT: "1.2E3"})
ok("precision", "near miss: JPY integer", [S(CUR, "JPY"), S(AMT, 12500)])

MCC = AU + "/industry_category_code"
for v, why in (("573", "three digits"), ("57341", "five digits"), ("57a4", "a letter"),
               ("\uff15\uff17\uff13\uff14", "full-width digits"), ("57.4", "a dot")):
    add("mcc", why, [S(MCC, v)], [E(MCC, "mcc")])
add("mcc", "trailing space is untrimmed, not mcc", [S(MCC, "5734 ")], [E(MCC, "untrimmed")])
add("mcc", "response MCC", [S(MCC, "ABCD")], [E(MCC, "mcc")], base="response")
ok("mcc", "near miss: leading zero", [S(MCC, "0742")])

# =============================================================================================
# postcode / subdivision
# =============================================================================================

add("postcode", "US ZIP of 4 digits", [S(RAf("postcode"), "9410")],
    [E(RAf("postcode"), "postcode", country="US", example="95014")])
add("postcode", "US ZIP in full-width digits (\\d is ASCII)", [S(RAf("postcode"), "\uff19\uff14\uff11\uff10\uff15")],
    [E(RAf("postcode"), "postcode", country="US", example="95014")])
add("postcode", "CN postcode of 5 digits", [S(PR(1, "postcode"), "10000")],
    [E(PR(1, "postcode"), "postcode", country="CN", example="266033")])
add("postcode", "GB postcode with an extra letter", [S(PR(0, "postcode"), "NW1 6XEE")],
    [E(PR(0, "postcode"), "postcode", country="GB", example="EC1Y 8SY")])
add("postcode", "matched as a whole", [S(RAf("postcode"), "94105x")],
    [E(RAf("postcode"), "postcode", country="US", example="95014")])
ok("postcode", "near miss: ZIP+4 with hyphen", [S(RAf("postcode"), "94105-1234")])
ok("postcode", "near miss: ZIP+4 with space", [S(RAf("postcode"), "94105 1234")])
ok("postcode", "near miss: GB postcode in lower case", [S(PR(0, "postcode"), "nw1 6xe")])
ok("postcode", "near miss: IE has no postcode regex, any postcode accepted",
   [S(PR(0), {"residential_address_line1": "1 Grafton Street", "residential_address_city": "Dublin",
              "residential_address_postcode": "whatever 123", "residential_address_country_code": "IE"})])
ok("postcode", "near miss: AE (no regex, requires state) with a free postcode",
   [S(PR(0), {"residential_address_line1": "1 Sheikh Zayed Road", "residential_address_city": "Dubai",
              "residential_address_state": "Dubai", "residential_address_postcode": "PO Box 12345",
              "residential_address_country_code": "AE"})])
ok("postcode", "near miss: Canadian postcode without space in lower case",
   [S(RA, {"registration_address_line1": "100 Queen St W", "registration_address_city": "Toronto",
           "registration_address_state": "ON", "registration_address_postcode": "m5h2n2",
           "registration_address_country_code": "CA"})])

ST = RAf("state")
add("subdivision", "Calfornia suggests CA", [S(ST, "Calfornia")], [E(ST, "subdivision", country="US", suggestion="CA")])
add("subdivision", "Texsa suggests TX", [S(ST, "Texsa")], [E(ST, "subdivision", country="US", suggestion="TX")])
add("subdivision", "unknown two-letter code (no unique suggestion asserted)", [S(ST, "ZZ")],
    [E(ST, "subdivision", country="US")])
add("subdivision", "Canada: Ontaro suggests ON",
    [S(RA, {"registration_address_line1": "100 Queen St W", "registration_address_city": "Toronto",
            "registration_address_state": "Ontaro", "registration_address_postcode": "M5H 2N2",
            "registration_address_country_code": "CA"})],
    [E(ST, "subdivision", country="CA", suggestion="ON")])
add("subdivision", "Australia: New South Wale suggests NSW",
    [S(PR(0), {"residential_address_line1": "1 George Street", "residential_address_city": "Sydney",
               "residential_address_state": "New South Wale", "residential_address_postcode": "2000",
               "residential_address_country_code": "AU"})],
    [E(PR(0, "state"), "subdivision", country="AU", suggestion="NSW")])
ok("subdivision", "near miss: US state by name", [S(ST, "California")])
ok("subdivision", "near miss: US state by name in lower case", [S(ST, "california")])
ok("subdivision", "near miss: lower-case code", [S(ST, "ca")])
ok("subdivision", "near miss: AU code and CA name",
   [S(PR(0), {"residential_address_line1": "1 George Street", "residential_address_city": "Sydney",
              "residential_address_state": "NSW", "residential_address_postcode": "2000",
              "residential_address_country_code": "AU"}),
    S(RA, {"registration_address_line1": "100 Queen St W", "registration_address_city": "Toronto",
           "registration_address_state": "Ontario", "registration_address_postcode": "M5H 2N2",
           "registration_address_country_code": "CA"})])
ok("subdivision", "near miss: CN state is not checked against subdivisions", [S(PR(1, "state"), "Anywhere Province")])

# =============================================================================================
# duplicate
# =============================================================================================

add("duplicate", "repeated document id", [S(DL, ["file_a", "file_b", "file_a"])],
    [E(DL + "/2", "duplicate", other=DL + "/0")])
add("duplicate", "back side equal to front", [S(PI(1, "id_document_back_file_id"), "file_nid_front_0002")],
    [E(PI(1, "id_document_back_file_id"), "duplicate", other=PI(1, "id_document_front_file_id"))])
add("duplicate", "Passport back side equal to front", [S(PI(0, "id_document_back_file_id"), "file_passport_0001")],
    [E(PI(0, "id_document_back_file_id"), "duplicate", other=PI(0, "id_document_front_file_id"))])
add("duplicate", "same identification twice: error on the later person's id_number",
    [S(PI(1, "id_type"), "Passport"), S(PI(1, "id_number"), "533401372"), S(PI(1, "id_issuing_country_code"), "GB")],
    [E(PI(1, "id_number"), "duplicate", other=PI(0, "id_number"))])
ok("duplicate", "near miss: same id_number, different issuing country",
   [S(PI(1, "id_type"), "Passport"), S(PI(1, "id_number"), "533401372")])
ok("duplicate", "near miss: same id_number and country, different id_type",
   [S(PI(1, "id_number"), "533401372"), S(PI(1, "id_issuing_country_code"), "GB")])
ok("duplicate", "near miss: response ignores duplicate rules (back equal to front, same identification)",
   [S(P(1, "identification"), dict(PERSON_0["identification"], id_document_back_file_id="file_passport_0001"))],
   base="response")

# =============================================================================================
# mixed rule-order cases (kept in the file of the first error's code)
# =============================================================================================

add("type", "wrong-typed identification: no conditional requirement inside",
    [S(PI(1), "none"), S(PH, "+1 415 555 2671")],
    [E(PC + "/contact_phone", "phone_format", suggestion="+14155552671"), E(PI(1), "type", expected="object")])
add("required", "errors in walk order across the whole document",
    [D(P(1, "basic_info", "nationality")), S(AMT, 0), S("/partner_customer_id", "x" * 19),
     S("/zzz", 1), D(RAf("postcode"))],
    [E("/partner_customer_id", "too_short", min=20, max=64, actual=19), E(RAf("postcode"), "required"),
     E(AMT, "not_positive"), E(PB(1, "nationality"), "required"), E("/zzz", "unknown_field")])

# ---------------------------------------------------------------------------------------------
# self-checks on suggestions and coverage
# ---------------------------------------------------------------------------------------------

UNKNOWN_GROUPS = {
    "partner_customer_id": [n for n, _ in REQ_T],
    "website": [n for n, _ in BD_T],
    "registration_address_line1": [n for n, _ in addr("registration_address_")],
}
ENUMS = {tuple(BUSINESS_TYPES), tuple(IDENT_TYPES), tuple(PRODUCTS), tuple(ROLES), tuple(ID_TYPES), tuple(STATUSES)}

# =============================================================================================
# identifier / id_birth_date (SPEC 3.3)
# =============================================================================================
# The numbers of every cell and their verdicts come from python-stdnum 2.2, the definition, by
# scripts/identity_fixture_values.py (rerun it, then this script, to change them).

IDV = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "identity_fixture_values.json"),
                     encoding="utf-8"))
BIN = BD + "/business_identifier_number"
TWO_SIDED = ("National ID", "Driver License", "Residence Permit")


def identity_doc(table, country, kind, number, birth_date=None):
    """The minimal request with this business identifier, or with this document for its person."""
    d = minimal_request()
    if table == "business":
        d["business_details"].update(business_identifier_type=kind, business_identifier_number=number,
                                     business_identifier_country_code=country)
    else:
        ident = d["business_person_list"][0]["identification"]
        ident.update(id_type=kind, id_number=number, id_issuing_country_code=country)
        if kind in TWO_SIDED:
            ident["id_document_back_file_id"] = "file_id_back_0001"
        if birth_date:
            d["business_person_list"][0]["basic_info"]["birth_date"] = birth_date + "T00:00:00Z"
    return d


for row in IDV:
    where = BIN if row["table"] == "business" else PI(0, "id_number")
    verdict = row["reason"] or "valid"
    name = "%s %s %r: %s" % (row["country"], row["type"], row["number"], verdict)
    doc = identity_doc(row["table"], row["country"], row["type"], row["number"], row.get("birth_date"))
    if row["reason"]:
        add("identifier", name, document=doc,
            errors=[E(where, "identifier", scheme=row["scheme"], reason=row["reason"])])
    else:
        ok("identifier", name, document=doc)

CN_ID = "110105199003071239"        # valid: Beijing Chaoyang, born 1990-03-07
CN_ID_X = "11010519491231002X"      # valid, check character X (python-stdnum's example)
add("identifier", "cn.ric: lower-case x is accepted (compact() upper-cases)",
    [S(PI(1, "id_number"), CN_ID_X.lower()), S(BD1, "1949-12-31T00:00:00Z")])
add("identifier", "cn.ric: address code under a listed province but not listed itself",
    [S(PI(1, "id_number"), "119999199003071230")],
    [E(PI(1, "id_number"), "identifier", scheme="cn.ric", reason="component")])
add("identifier", "cn.ric: 30 February",
    [S(PI(1, "id_number"), "110105199002301231")],
    [E(PI(1, "id_number"), "identifier", scheme="cn.ric", reason="component")])
ok("identifier", "cn.ric: a division code of an earlier period (Chongwen, merged in 2010) is accepted",
   [S(PI(1, "id_number"), "110103199003071236")])
add("identifier", "cn.ric: separators are not removed", [S(PI(1, "id_number"), "110105 19900307 1239")],
    [E(PI(1, "id_number"), "identifier", scheme="cn.ric", reason="length")])
add("identifier", "Chinese message names the scheme and the fault",
    [S(PI(1, "id_number"), "110105199003071238")],
    [E(PI(1, "id_number"), "identifier", scheme="cn.ric", reason="checksum")], lang="zh-CN")
ok("identifier", "not checked: Passport", [S(PI(0, "id_number"), "X")])
ok("identifier", "not checked: National ID of a country with no scheme (US)",
   [S(PI(1, "id_issuing_country_code"), "US"), S(PI(1, "id_number"), "123")])
ok("identifier", "not checked: Residence Permit of CN", [S(PI(1, "id_type"), "Residence Permit"),
                                                         S(PI(1, "id_number"), "123")])
ok("identifier", "not checked: US Business Registration", [S(BD + "/business_identifier_type", "Business Registration"),
                                                            S(BIN, "C123")])
ok("identifier", "not checked: TW VAT Number (left out)", [S(BD + "/business_identifier_type", "VAT Number"),
                                                           S(BD + "/business_identifier_country_code", "TW"),
                                                           S(BIN, "12345678")])
add("identifier", "not checked: EU VAT Number (EU is not a country code)",
    [S(BD + "/business_identifier_type", "VAT Number"), S(BD + "/business_identifier_country_code", "EU"),
     S(BIN, "1")], [E(BD + "/business_identifier_country_code", "country_code")])
ok("identifier", "not checked: HK Tax ID", [S(BD + "/business_identifier_country_code", "HK"), S(BIN, "1")])
add("identifier", "rule order: a forbidden character first", [S(BIN, "12_3456789")],
    [E(BIN, "forbidden_character")])
add("identifier", "rule order: too long first", [S(BIN, "1" * 51)], [E(BIN, "too_long", min=1, max=50, actual=51)])
add("identifier", "not checked when the country failed its own rules",
    [S(BD + "/business_identifier_country_code", "usa"), S(BIN, "1")],
    [E(BD + "/business_identifier_country_code", "country_code")])
add("identifier", "not checked when the type failed its own rules",
    [S(BD + "/business_identifier_type", "EIN"), S(BIN, "1")],
    [E(BD + "/business_identifier_type", "enum", allowed=IDENT_TYPES)])
add("identifier", "not checked when the country is repeated",
    [S(BIN, "1")], dups={BD + "/business_identifier_country_code": [jv("US")]},
    errors=[E(BD + "/business_identifier_country_code", "duplicate_key")])
add("identifier", "both numbers invalid: two errors, in walk order",
    [S(BIN, "12-345678"), S(PI(1, "id_number"), "110105199003071238")],
    [E(BIN, "identifier", scheme="us.ein", reason="format"),
     E(PI(1, "id_number"), "identifier", scheme="cn.ric", reason="checksum")])
add("identifier", "us.ein: unassigned prefix 07", [S(BIN, "07-3456789")],
    [E(BIN, "identifier", scheme="us.ein", reason="component")])
add("identifier", "draft mode: an invalid number is still an error", [S(BIN, "12-345678")],
    [E(BIN, "identifier", scheme="us.ein", reason="format")], mode="draft")
add("identifier", "draft mode: no country, no check", [D(BD + "/business_identifier_country_code"), S(BIN, "1")],
    missing=[BD + "/business_identifier_country_code"], mode="draft")
add("identifier", "response: id_number is checked", [S("/business_person_list/1/identification/id_number",
                                                        "110105199003071238")],
    [E("/business_person_list/1/identification/id_number", "identifier", scheme="cn.ric", reason="checksum")],
    base="response")
ok("identifier", "response: a valid id_number passes", base="response")
add("identifier", "duplicates unchanged: the same valid number twice is a duplicate",
    [S(PI(0, "id_type"), "National ID"), S(PI(0, "id_issuing_country_code"), "CN"), S(PI(0, "id_number"), CN_ID),
     S(PI(0, "id_document_back_file_id"), "file_nid_back_0009"), S(BD0, "1990-03-07T00:00:00Z")],
    [E(PI(1, "id_number"), "duplicate", other=PI(0, "id_number"))])
add("identifier", "duplicates unchanged: an invalid number is not compared",
    [S(PI(0, "id_type"), "National ID"), S(PI(0, "id_issuing_country_code"), "CN"),
     S(PI(0, "id_number"), "110105199003071238"), S(PI(0, "id_document_back_file_id"), "file_nid_back_0009"),
     S(PI(1, "id_number"), "110105199003071238")],
    [E(PI(0, "id_number"), "identifier", scheme="cn.ric", reason="checksum"),
     E(PI(1, "id_number"), "identifier", scheme="cn.ric", reason="checksum")])

# id_birth_date: person 1 holds CN_ID (born 1990-03-07).
add("id_birth_date", "cn.ric: another birth date", [S(BD1, "1990-03-08T00:00:00Z")],
    warnings=[W(PI(1, "id_number"), "id_birth_date", other=BD1)])
add("id_birth_date", "cn.ric: another year", [S(BD1, "1991-03-07T00:00:00Z")],
    warnings=[W(PI(1, "id_number"), "id_birth_date", other=BD1)])
add("id_birth_date", "cn.ric: as written the 6th, in UTC the 6th too",
    [S(BD1, "1990-03-06T23:30:00+01:00")], warnings=[W(PI(1, "id_number"), "id_birth_date", other=BD1)])
ok("id_birth_date", "near miss: as written 1990-03-07, in UTC the 6th", [S(BD1, "1990-03-07T06:00:00+08:00")])
ok("id_birth_date", "near miss: as written the 6th, in UTC the 7th", [S(BD1, "1990-03-06T20:00:00-05:00")])
ok("id_birth_date", "near miss: the base request (+08:00 midnight of the 7th)")
add("id_birth_date", "Chinese message", [S(BD1, "1990-03-08T00:00:00Z")],
    warnings=[W(PI(1, "id_number"), "id_birth_date", other=BD1)], lang="zh-CN")
MY_ID = "770305021234"   # born 1977-03-05, Kedah
ID_NIK = "3171074509850001"  # Jakarta, a woman born 1985-09-05 (day + 40)
for label, number, country, good, bad in (
        ("my.nric", MY_ID, "MY", "1977-03-05", "1977-03-06"),
        ("id.nik", ID_NIK, "ID", "1985-09-05", "1985-09-15")):
    muts = [S(PI(1, "id_issuing_country_code"), country), S(PI(1, "id_number"), number)]
    ok("id_birth_date", "near miss: %s agrees" % label, muts + [S(BD1, good + "T00:00:00Z")])
    add("id_birth_date", "%s: another day" % label, muts + [S(BD1, bad + "T00:00:00Z")],
        warnings=[W(PI(1, "id_number"), "id_birth_date", other=BD1)])
ok("id_birth_date", "near miss: my.nric has a two-digit year: 050101 reads as 1905, born in 2005 agrees",
   [S(PI(1, "id_issuing_country_code"), "MY"), S(PI(1, "id_number"), "050101141234"), S(BD1, "2005-01-01T00:00:00Z")])
add("id_birth_date", "no warning on an invalid number (the error only)",
    [S(PI(1, "id_number"), "110105199003071238"), S(BD1, "1980-01-01T00:00:00Z")],
    [E(PI(1, "id_number"), "identifier", scheme="cn.ric", reason="checksum")])
add("id_birth_date", "no warning when the birth date has an error", [S(BD1, "2020-03-07T00:00:00Z")],
    [E(BD1, "underage", min_age=18)])
add("id_birth_date", "no warning on a duplicate (an error at the same pointer)",
    [S(PI(0, "id_type"), "National ID"), S(PI(0, "id_issuing_country_code"), "CN"), S(PI(0, "id_number"), CN_ID),
     S(PI(0, "id_document_back_file_id"), "file_nid_back_0009"), S(BD0, "1990-03-07T00:00:00Z"),
     S(BD1, "1970-01-01T00:00:00Z")],
    [E(PI(1, "id_number"), "duplicate", other=PI(0, "id_number"))])
ok("id_birth_date", "near miss: a scheme without a birth date (es.dni)",
   [S(PI(1, "id_issuing_country_code"), "ES"), S(PI(1, "id_number"), "54362315K")])


def norm(s):
    return re.sub(r"[\s\W_]+", "", s).lower()


def check_suggestions():
    for file, cases in FILES.items():
        for c in cases:
            doc = c.get("document")
            for iss in c["expect"]["errors"]:
                sug = iss.get("params", {}).get("suggestion")
                if sug is None or doc is None:
                    continue
                toks = parse_ptr(iss["pointer"])
                if iss["code"] == "unknown_field":
                    name = toks[-1]
                    known = [k for k in (UNKNOWN_GROUPS.get(sug) or [])]
                    assert known, (file, c["name"])
                    assert unique_suggestion(name, {k: [k] for k in known}) == sug, (file, c["name"])
                elif iss["code"] == "enum":
                    val = _parent(doc, toks)[toks[-1]]
                    allowed = iss["params"]["allowed"]
                    matches = [a for a in allowed if norm(a) == norm(val)]
                    if matches:
                        assert matches == [sug], (file, c["name"])
                    else:
                        assert unique_suggestion(val, {a: [a] for a in allowed}) == sug, (file, c["name"])
                elif iss["code"] == "subdivision":
                    par = _parent(doc, toks)
                    val = par[toks[-1]]
                    cc = iss["params"]["country"]
                    r = ADDRESS_RULES[cc]
                    groups = {code: [code, name] for code, name in zip(r["subdivisions"], r["subdivision_names"])}
                    assert unique_suggestion(val, groups) == sug, (file, c["name"], val)
                    assert all(val.lower() not in (a.lower(), b.lower()) for a, b in groups.values())


def check_coverage():
    for code in ERROR_CODES + WARNING_CODES:
        cases = FILES[code]
        failing = [c for c in cases if any(i["code"] == code for i in c["expect"]["errors"] + c["expect"]["warnings"])]
        passing = [c for c in cases if c["expect"]["valid"] and not any(
            i["code"] == code for i in c["expect"]["warnings"])]
        assert len(failing) >= 2, code
        if code not in ("too_deep",):
            assert passing, code
    # address rule facts used above
    assert ADDRESS_RULES["US"]["postcode_examples"][0] == "95014"
    assert ADDRESS_RULES["CN"]["postcode_examples"][0] == "266033"
    assert ADDRESS_RULES["GB"]["postcode_examples"][0] == "EC1Y 8SY"
    assert "city" not in ADDRESS_RULES["JP"]["requires"] and "city" in ADDRESS_RULES["JP"]["requires_2018"]
    assert ADDRESS_RULES["IE"]["postcode_regex"] is None and ADDRESS_RULES["AE"]["postcode_regex"] is None
    for cc, pc in (("US", "94105"), ("US", "94105-1234"), ("GB", "NW1 6XE"), ("GB", "nw1 6xe"), ("CN", "100004"),
                   ("CA", "M5H 2N2"), ("CA", "m5h2n2"), ("AU", "2000"), ("JP", "100-0001")):
        assert re.fullmatch("(?:%s)" % ADDRESS_RULES[cc]["postcode_regex"], pc, re.I | re.A), (cc, pc)
    for cc, pc in (("US", "9410"), ("US", "94105x"), ("GB", "NW1 6XEE"), ("CN", "10000")):
        assert not re.fullmatch("(?:%s)" % ADDRESS_RULES[cc]["postcode_regex"], pc, re.I | re.A), (cc, pc)
    for txt in (BASE_TEXT, RESP_TEXT):
        json.loads(txt)


def main():
    check_suggestions()
    check_coverage()
    os.makedirs(OUT, exist_ok=True)
    for code, cases in FILES.items():
        data = OrderedDict([("code", code), ("cases", cases)])
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        json.loads(text)
        with open(os.path.join(OUT, code + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    total = sum(len(c) for c in FILES.values())
    for code, cases in FILES.items():
        print("%-22s %3d" % (code + ".json", len(cases)))
    print("total %d cases in %d files" % (total, len(FILES)))


if __name__ == "__main__":
    main()
