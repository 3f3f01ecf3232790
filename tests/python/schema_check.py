#!/usr/bin/env python3
"""The published schemas in Python (SPEC 9): Python's `jsonschema` and `fastjsonschema` compile
both schemas (the portable pattern subset: Python's `re` has no \\p{...}), and on every fixture
case in complete mode they agree with each other and with the core where the schema can speak:
a document the core accepts, both accept; a document whose only errors are rules the schema
states (lengths, characters, enums, patterns, required members), both refuse.

Run by scripts/test in the venv that scripts/setup makes:
    target/venv/bin/python tests/python/schema_check.py
"""
import glob
import json
import os
import sys

import fastjsonschema
import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Codes whose rule the schema states for the field itself (as tests/schema.rs lists them; the
# letters of English names and the Latin script are in the schema's $comment).
STATED = {"type", "unknown_field", "empty", "untrimmed", "forbidden_character", "too_short",
          "too_long", "too_few_items", "too_many_items", "enum", "country_code",
          "currency_code", "phone_format", "mcc", "not_positive"}
NAME_FIELDS = ("/first_name_english", "/last_name_english")


def no_repeats(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("repeated member name")
    return dict(pairs)


def documents():
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "*.json"))):
        for case in json.load(open(path, encoding="utf-8"))["cases"]:
            if case["options"]["mode"] != "complete":
                continue
            if "document" in case:
                doc = case["document"]
            elif "text" in case:
                try:
                    doc = json.loads(case["text"], object_pairs_hook=no_repeats)
                except ValueError:
                    continue
            else:
                continue
            yield os.path.basename(path), case, doc


def main():
    validators = {}
    for kind in ("request", "response"):
        schema = json.load(open(os.path.join(ROOT, "schema", f"create-customer.{kind}.schema.json"),
                                encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[kind] = (jsonschema.Draft202012Validator(schema), fastjsonschema.compile(schema))
    checked, problems = 0, []
    for file, case, doc in documents():
        js, fast = validators[case["options"]["kind"]]
        errors = case["expect"]["errors"]
        if any(e["code"] in ("too_large", "too_deep", "invalid_json", "duplicate_key") for e in errors):
            continue
        j_ok = js.is_valid(doc)
        try:
            fast(doc)
            f_ok = True
        except fastjsonschema.JsonSchemaException:
            f_ok = False
        checked += 1
        where = f"{file} / {case['name']}"
        if j_ok != f_ok:
            problems.append(f"{where}: jsonschema {j_ok}, fastjsonschema {f_ok}")
        if case["expect"]["valid"] and not j_ok:
            first = next(iter(js.iter_errors(doc)))
            problems.append(f"{where}: the core accepts it, the schema refuses ({first.message[:120]})")
        stated = [e for e in errors if e["code"] in STATED
                  and not (e["code"] == "forbidden_character" and e["pointer"].endswith(NAME_FIELDS))]
        if stated and j_ok:
            problems.append(f"{where}: the core gives {stated[0]['code']} at {stated[0]['pointer']}, "
                            f"the schema accepts the document")
    print(f"jsonschema {jsonschema.__name__} and fastjsonschema {fastjsonschema.VERSION}: "
          f"{checked} fixture documents, {len(problems)} problems")
    for p in problems[:40]:
        print("  " + p)
    if checked < 400:
        print("too few documents compared")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
