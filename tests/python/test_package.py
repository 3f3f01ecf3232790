"""The Python package against the CLI and the fixtures (run by scripts/test with pytest, in
the venv target/venv where `pip install ./python` put the package).

The CLI is the reference: every fixture's report from `kybcheck.validate` must be the CLI's
`--format json` line, byte for byte, without `file` and `line`. KYBCHECK_BIN names the CLI
(default: target/debug/kybcheck).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import kybcheck

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
BIN = os.environ.get("KYBCHECK_BIN", str(ROOT / "target" / "debug" / "kybcheck"))
NOW = "2026-11-23T00:00:00Z"


def generate(g: dict[str, Any]) -> bytes:
    """The text of a `generate` case (tests/fixtures/README.md), as tests/common/mod.rs does."""
    kind = g["kind"]
    if kind == "nested_arrays":
        return ("[" * g["depth"] + "]" * g["depth"]).encode()
    if kind == "repeat":
        return "".join(s * n for s, n in g["parts"]).encode()
    if kind == "padded":
        head = g.get("text", "").encode()
        return head + b" " * max(0, g["bytes"] - len(head))
    if kind == "big_string":
        return ('"' + "a" * max(0, g["bytes"] - 2) + '"').encode()
    if kind == "hex":
        return bytes.fromhex(g["hex"])
    raise ValueError(f"unknown generator {kind}")


def compact(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def load_cases() -> list[dict[str, Any]]:
    cases = []
    for path in sorted(FIXTURES.glob("*.json")):
        for c in json.loads(path.read_text("utf-8"))["cases"]:
            if "document" in c:
                text = compact(c["document"])
            elif "text" in c:
                text = c["text"].encode()
            else:
                text = generate(c["generate"])
            cases.append(
                {
                    "file": path.name,
                    "name": c["name"],
                    "options": c.get("options", {}),
                    "text": text,
                    "document": c.get("document"),
                    "has_document": "document" in c,
                    "expect": c["expect"],
                }
            )
    return cases


CASES = load_cases()


def keywords(options: dict[str, Any]) -> dict[str, Any]:
    return {k: options[k] for k in ("now", "lang", "kind", "mode") if k in options}


def cli_args(options: dict[str, Any]) -> list[str]:
    args = [BIN, "--format", "json"]
    if "now" in options:
        args += ["--now", options["now"]]
    if "lang" in options:
        args += ["--lang", options["lang"]]
    if "kind" in options:
        args += ["--kind", options["kind"]]
    if options.get("mode") == "draft":
        args.append("--draft")
    return args


def run_cli(args: list[str], data: bytes) -> list[str]:
    r = subprocess.run(args, input=data, capture_output=True, check=False)
    assert r.returncode in (0, 1), r.stderr.decode(errors="replace")
    return [line for line in r.stdout.decode("utf-8").split("\n") if line]


def as_input(text: bytes) -> str | bytes:
    """The text as a Python caller holds it: a str when it is UTF-8, else bytes."""
    try:
        return text.decode("utf-8")
    except UnicodeDecodeError:
        return text


def test_every_fixture_is_the_clis_report_byte_for_byte() -> None:
    assert len(CASES) > 1000
    groups: dict[str, list[dict[str, Any]]] = {}
    for c in CASES:
        groups.setdefault(json.dumps(c["options"], sort_keys=True), []).append(c)
    compared, diffs = 0, []
    for key, group in groups.items():
        options = json.loads(key)
        single = [
            c for c in group if b"\n" not in c["text"] and c["text"].strip() and b"\r" not in c["text"]
        ]
        lines = run_cli(cli_args(options) + ["--ndjson"], b"".join(c["text"] + b"\n" for c in single))
        assert len(lines) == len(single), key
        for i, (c, line) in enumerate(zip(single, lines), start=1):
            mine = kybcheck.validate(as_input(c["text"]), **keywords(options)).to_json()
            want = mine[:-1] + f',"file":"-","line":{i}}}'
            if line != want:
                diffs.append(f"{c['file']} / {c['name']}:\n  cli {line[:300]}\n  py  {want[:300]}")
            compared += 1
        for c in group:
            if c in single:
                continue
            [line] = run_cli(cli_args(options), c["text"])
            mine = kybcheck.validate(as_input(c["text"]), **keywords(options)).to_json()
            if line != mine[:-1] + ',"file":"-"}':
                diffs.append(f"{c['file']} / {c['name']}:\n  cli {line[:300]}\n  py  {mine[:300]}")
            compared += 1
    assert compared == len(CASES)
    assert diffs == []


def test_every_fixture_meets_its_expectation() -> None:
    for c in CASES:
        r = kybcheck.validate(as_input(c["text"]), **keywords(c["options"]))
        short = lambda items: [f"{i['pointer']} {i['code']}" for i in items or []]  # noqa: E731
        got = r.to_dict()
        where = f"{c['file']} / {c['name']}"
        assert short(got["errors"]) == short(c["expect"].get("errors")), where
        assert short(got["warnings"]) == short(c["expect"].get("warnings")), where
        assert got["missing"] == c["expect"].get("missing", []), where
        assert r.valid == (not got["errors"])


def test_documents_as_python_objects_give_the_reports_of_their_text() -> None:
    compared = 0
    for c in CASES:
        if not c["has_document"]:
            continue
        options = keywords(c["options"])
        from_object = kybcheck.validate(c["document"], **options).to_json()
        assert from_object == kybcheck.validate(c["text"], **options).to_json(), c["name"]
        compared += 1
    assert compared > 1000


def test_bytes_and_str_are_the_same_document() -> None:
    text = (ROOT / "examples" / "invalid-request.json").read_text("utf-8")
    a = kybcheck.validate(text, now=NOW)
    assert a == kybcheck.validate(text.encode(), now=NOW)
    assert a == kybcheck.validate(bytearray(text.encode()), now=NOW)
    assert not a.valid


def test_invalid_utf8_and_lone_surrogates_are_invalid_json() -> None:
    r = kybcheck.validate(b'{"partner_customer_id": "\xff"}')
    assert [e.code for e in r.errors] == ["invalid_json"]
    # A str cannot hold a lone surrogate in UTF-8: it is reported where it stands.
    r = kybcheck.validate('{"partner_customer_id": "\ud800"}')
    assert [(e.code, e.params["column"]) for e in r.errors] == [("invalid_json", 26)]
    # Inside a Python value it is written as json.dumps writes it: an escape.
    r = kybcheck.validate({"partner_customer_id": "\ud800"})
    as_text = json.dumps({"partner_customer_id": "\ud800"}, separators=(",", ":"))
    assert r.to_json() == kybcheck.validate(as_text).to_json()


def test_draft_and_response_kinds() -> None:
    draft = kybcheck.validate('{"partner_customer_id": "acme-onboarding-000123"}', mode="draft", now=NOW)
    assert draft.valid and "/business_details" in draft.missing
    response = next(
        c["document"]
        for c in CASES
        if c["has_document"] and c["options"].get("kind") == "response" and c["expect"].get("valid")
    )
    assert kybcheck.validate(response, kind="response", now=NOW).valid
    assert not kybcheck.validate(response, kind="request", now=NOW).valid


def test_report_api() -> None:
    r = kybcheck.validate('{"partner_customer_id": ""}', now=NOW, lang="zh-cn")
    assert not r.valid and r.errors and r.warnings == [] and r.missing == []
    first = r.errors[0]
    assert (first.pointer, first.code, first.params) == ("/partner_customer_id", "empty", {})
    assert first.to_dict() == json.loads(r.to_json())["errors"][0]
    assert r.to_dict() == json.loads(r.to_json())
    assert "valid=False" in repr(r) and "/partner_customer_id empty" in repr(r)
    assert repr(first) == 'Issue(pointer="/partner_customer_id", code="empty")'
    # Messages in the language asked for (tags match ignoring ASCII case).
    assert "不" in first.message or "必" in first.message
    with pytest.raises(kybcheck.ValidationError) as e:
        r.raise_for_errors()
    assert isinstance(e.value, ValueError) and e.value.report is r
    ok = kybcheck.validate((ROOT / "examples" / "request.json").read_text(), now=NOW)
    assert ok.raise_for_errors() is None
    long = kybcheck.validate('{"partner_customer_id": "x"}', now=NOW)
    params = long.to_dict()["errors"]
    assert params and all(isinstance(i["params"], dict) for i in params)
    lengths = kybcheck.validate('{"partner_customer_id": "' + "a" * 70 + '"}', now=NOW).errors[0]
    assert lengths.code == "too_long" and lengths.params == {"min": 20, "max": 64, "actual": 70}


def test_options_are_checked() -> None:
    for bad in (
        {"lang": "fr"},
        {"kind": "reply"},
        {"mode": "partial"},
        {"now": "yesterday"},
        {"now": dt.datetime(2026, 1, 1)},
        {"now": dt.date(2026, 1, 1)},
        {"now": 1700000000},
    ):
        with pytest.raises(ValueError):
            kybcheck.validate("{}", **bad)
    with pytest.raises(ValueError):
        kybcheck.validate_many(["{}"], threads=0)
    with pytest.raises(ValueError):
        kybcheck.schema("reply")


def test_non_json_values_are_type_errors() -> None:
    for bad in ({1, 2}, object(), {"a": {1, 2}}, {1: "a"}, len, dt.date(2026, 1, 1)):
        with pytest.raises(TypeError):
            kybcheck.validate(bad)
    with pytest.raises(ValueError):
        kybcheck.validate({"a": float("nan")})
    with pytest.raises(TypeError):
        kybcheck.validate_many(["{}", object()])


def test_deep_and_circular_values_are_too_deep() -> None:
    nested: list[Any] = []
    for _ in range(10_000):
        nested = [nested]
    assert [e.code for e in kybcheck.validate(nested).errors] == ["too_deep"]
    loop: list[Any] = []
    loop.append(loop)
    r = kybcheck.validate(loop)
    assert [e.code for e in r.errors] == ["too_deep"]
    # Same place as the text of a document just past the limit.
    deep = "[" * (kybcheck.MAX_DEPTH + 1) + "]" * (kybcheck.MAX_DEPTH + 1)
    assert r.to_json() == kybcheck.validate(deep).to_json()


def test_now_as_datetime_or_text() -> None:
    body = json.loads((ROOT / "examples" / "request.json").read_text("utf-8"))
    text = kybcheck.validate(body, now="2026-12-01T08:00:00+08:00").to_json()
    aware = dt.datetime(2026, 12, 1, 0, 0, tzinfo=dt.timezone.utc)
    assert kybcheck.validate(body, now=aware).to_json() == text
    east = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert kybcheck.validate(body, now=east).to_json() == text


def test_validate_many_is_validate_in_order() -> None:
    docs: list[Any] = [c["text"] for c in CASES[:400]]
    docs += [c["document"] for c in CASES if c["has_document"]][:200]
    one_by_one = [kybcheck.validate(d, now=NOW).to_json() for d in docs]
    for threads in (None, 1, 2, 3, 8):
        many = kybcheck.validate_many(docs, threads=threads, now=NOW)
        assert [r.to_json() for r in many] == one_by_one, threads
    assert kybcheck.validate_many([], now=NOW) == []
    assert [r.valid for r in kybcheck.validate_many(iter(["{}", "[]"]), now=NOW)] == [False, False]


def test_validate_many_releases_the_gil() -> None:
    text = (ROOT / "examples" / "request.json").read_text("utf-8")
    docs = [text] * 40_000
    samples: list[float] = []
    stop = False

    def spin() -> None:
        n = 0
        while not stop:
            n += 1
            if n % 100 == 0:
                samples.append(time.perf_counter())

    t = threading.Thread(target=spin)
    t.start()
    try:
        time.sleep(0.05)
        start = time.perf_counter()
        reports = kybcheck.validate_many(docs, now=NOW)
        end = time.perf_counter()
    finally:
        stop = True
        t.join()
    assert len(reports) == len(docs) and all(r.valid for r in reports)
    # The other thread kept running during the call: it took samples all through its middle
    # third. Held for the whole call, the GIL would have stopped it there (a thread gets the
    # GIL only when the holder runs bytecode or lets it go).
    third = (end - start) / 3
    middle = [s for s in samples if start + third < s < end - third]
    assert end - start > 0.05 and len(middle) > 100, (end - start, len(middle))


def rss_kib() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)


def test_no_memory_growth_over_200000_calls() -> None:
    text = (ROOT / "examples" / "invalid-request.json").read_text("utf-8")
    for _ in range(20_000):
        kybcheck.validate(text, now=NOW).errors
    gc.collect()
    before = rss_kib()
    for _ in range(200_000):
        r = kybcheck.validate(text, now=NOW)
        r.errors
        r.to_json()
    gc.collect()
    grown = rss_kib() - before
    assert grown < 8 * 1024, f"grew {grown} KiB over 200,000 calls"


def test_schema_codes_and_version() -> None:
    for kind in ("request", "response"):
        committed = json.loads((ROOT / "schema" / f"create-customer.{kind}.schema.json").read_text("utf-8"))
        assert kybcheck.schema(kind) == committed
    assert kybcheck.schema() == kybcheck.schema("request")
    codes = kybcheck.codes()
    spec = (ROOT / "docs" / "spec.md").read_text("utf-8")
    assert len(codes) > 30 and all(f"`{c['code']}`" in spec for c in codes)
    assert {"code", "severity", "messages", "hint"} <= set(codes[0])
    cargo = (ROOT / "Cargo.toml").read_text("utf-8")
    assert f'version = "{kybcheck.__version__}"' in cargo


def test_a_huge_value_is_too_large_without_being_written_whole() -> None:
    # Its JSON text would be about 6 MB; only the first 1 MiB is kept, the rest is counted.
    value = {"partner_customer_id": ["é-0123456789"] * 400_000}
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    report = kybcheck.validate(value, now=NOW)
    assert [e.code for e in report.errors] == ["too_large"]
    assert report.errors[0].params == {"max": 1_048_576, "actual": len(text)}
    assert report.to_json() == kybcheck.validate(text, now=NOW).to_json()
    # At the limit exactly, and one byte over: the text's verdict either way.
    for size in (1_048_576, 1_048_577):
        pad = size - len('{"a":""}')
        value = {"a": "x" * pad}
        assert len(json.dumps(value, separators=(",", ":"))) == size
        want = kybcheck.validate(json.dumps(value, separators=(",", ":")), now=NOW).to_json()
        assert kybcheck.validate(value, now=NOW).to_json() == want
        assert [r.to_json() for r in kybcheck.validate_many([value, value], now=NOW, threads=2)] == [want, want]
