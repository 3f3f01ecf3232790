#!/usr/bin/env python3
"""Writes N varied Create Customer requests as NDJSON (default 1,000,000) to stdout.

Variation: ids, names, dates, countries/addresses (US, GB, CN, DE, SG, AU, CA, JP), currencies,
1-3 persons, optional fields present or absent; about one document in ten carries a mistake.
Usage: scripts/gen-batch.py [N] [SEED] > batch.ndjson
"""
import json, random, sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
base = json.load(open(__file__.rsplit("/", 2)[0] + "/examples/request.json"))

ADDR = [
    ("US", "San Francisco", "CA", "94105", "+14155552671"),
    ("GB", "London", None, "EC1Y 8SY", "+447912345678"),
    ("CN", "Shanghai", "上海市", "200120", "+8613800138000"),
    ("DE", "Berlin", None, "10115", "+4930123456"),
    ("SG", "Singapore", None, "018956", "+6591234567"),
    ("AU", "Sydney", "NSW", "2000", "+61412345678"),
    ("CA", "Toronto", "ON", "M5H 2N2", "+14165550123"),
    ("JP", "Tokyo", "Tokyo", "100-0005", "+819012345678"),
]
CUR = [("USD", 125000.5), ("EUR", 9000), ("JPY", 3000000), ("GBP", 42000.25), ("CNY", 880000.75), ("KWD", 1200.125)]
FIRST = ["Mei", "James", "Anna", "Luis", "Priya", "Olga", "Kenji", "Zoë", "Jean-Luc", "Siobhán"]
LAST = ["Chen", "O'Neill", "Smith", "García", "Patel", "Ivanova", "Tanaka", "Müller", "Dubois", "Ng"]
# Valid registration numbers of the countries whose scheme checks them (SPEC 3.3), from the
# fixtures' python-stdnum picks; elsewhere a random number (not checked).
VALID_IDS = {}
for row in json.load(open(__file__.rsplit("/", 1)[0] + "/identity_fixture_values.json")):
    if row["table"] == "business" and row["type"] == "Business Registration" and row["reason"] is None:
        VALID_IDS.setdefault(row["country"], []).append(row["number"])
MISTAKES = [
    ("primary_contact", "contact_phone", "+1 415 555 2671"),
    ("registration_address", "registration_address_country_code", "us"),
    ("business_details", "business_type", "LLC"),
    ("account_usage", "estimated_monthly_revenue_currency", "usd"),
    ("account_usage", "industry_category_code", "57A2"),
    ("business_details", "website", "www.example.com"),
]

def addr(prefix, a):
    cc, city, state, post, _ = a
    d = {f"{prefix}_line1": f"{rng.randint(1, 999)} {rng.choice(['Market', 'High', 'King', 'Main'])} Street"}
    d[f"{prefix}_city"] = city
    if state:
        d[f"{prefix}_state"] = state
    d[f"{prefix}_postcode"] = post
    d[f"{prefix}_country_code"] = cc
    return d

out = sys.stdout
for i in range(N):
    doc = json.loads(json.dumps(base))
    a = rng.choice(ADDR)
    doc["partner_customer_id"] = f"partner-{i:012d}-{rng.randint(0, 10**6):06d}"
    bd = doc["business_details"]
    bd["business_name_english"] = f"{rng.choice(LAST)} {rng.choice(['Trading', 'Holdings', 'Labs', 'Foods'])} {i}"
    valid = VALID_IDS.get(a[0])
    bd["business_identifier_number"] = rng.choice(valid) if valid else f"C{rng.randint(10**6, 10**8)}"
    bd["business_identifier_country_code"] = a[0]
    bd["business_identifier_start_date"] = f"{rng.randint(1990, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T00:00:00Z"
    if rng.random() < 0.5:
        bd.pop("business_identifier_expiry_date")
    if rng.random() < 0.3:
        bd.pop("website")
    doc["registration_address"] = addr("registration_address", a)
    au = doc["account_usage"]
    au["operating_country"] = a[0]
    au["estimated_monthly_revenue_currency"], au["estimated_monthly_revenue_amount"] = rng.choice(CUR)
    doc["primary_contact"]["contact_phone"] = a[4]
    persons = []
    for k in range(rng.randint(1, 3)):
        p = json.loads(json.dumps(base["business_person_list"][k % 2]))
        p["basic_info"]["first_name_english"] = rng.choice(FIRST)
        p["basic_info"]["last_name_english"] = rng.choice(LAST)
        p["basic_info"]["birth_date"] = f"{rng.randint(1950, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T00:00:00Z"
        p["residential_address"] = addr("residential_address", rng.choice(ADDR))
        p["identification"]["id_number"] = f"E{rng.randint(10**7, 10**9)}"
        persons.append(p)
    doc["business_person_list"] = persons
    if rng.random() < 0.1:
        obj, field, bad = rng.choice(MISTAKES)
        doc[obj][field] = bad
    out.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
    out.write("\n")
