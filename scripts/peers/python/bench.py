"""The Python side of scripts/bench-python: per-call time of kybcheck and its Python peers on
the bundled request and on the invalid example, in one run, and validate_many on 1 and 2
threads. Prints a table; `--json` prints the figures as JSON as well."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import fastjsonschema
import jsonschema_rs
import pydantic

import kybcheck

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).parent))
from pydantic_model import CreateCustomerRequest  # noqa: E402

NOW = "2026-11-23T00:00:00Z"
SCHEMA = json.loads((ROOT / "schema" / "create-customer.request.schema.json").read_text("utf-8"))
DOCS = {
    "bundled request (valid)": (ROOT / "examples" / "request.json").read_text("utf-8"),
    "invalid example (15 errors)": (ROOT / "examples" / "invalid-request.json").read_text("utf-8"),
}


def per_call_us(f: Callable[[], Any], budget_s: float = 0.6, rounds: int = 5) -> float:
    """The median over `rounds` of the mean time of a call, each round about `budget_s`."""
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < 0.05:
        f()
        n += 1
    loops = max(1, int(n * budget_s / 0.05))
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(loops):
            f()
        times.append((time.perf_counter() - start) / loops * 1e6)
    return statistics.median(times)


def native_us(path: Path | None) -> float:
    """The core's own time per document (examples/profile_loop, report only), for the overhead."""
    args = [str(ROOT / "target" / "release" / "examples" / "profile_loop"), "200000", "untyped"]
    if path is not None:
        args.append(str(path))
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return float(out.split(",")[1].split("µs")[0])


def main() -> None:
    rs = jsonschema_rs.validator_for(SCHEMA)
    fast = fastjsonschema.compile(SCHEMA)

    def fast_validate(text: str) -> bool:
        try:
            fast(json.loads(text))
            return True
        except fastjsonschema.JsonSchemaException:
            return False

    def pydantic_validate(text: str) -> int:
        try:
            CreateCustomerRequest.model_validate_json(text)
            return 0
        except pydantic.ValidationError as e:
            return e.error_count()

    results: dict[str, dict[str, float]] = {}
    for label, text in DOCS.items():
        path = None if "bundled" in label else ROOT / "examples" / "invalid-request.json"
        valid = kybcheck.validate(text, now=NOW).valid
        row = {
            "kybcheck.validate(text)": per_call_us(lambda: kybcheck.validate(text, now=NOW)),
            "kybcheck.validate(text).to_json()": per_call_us(lambda: kybcheck.validate(text, now=NOW).to_json()),
            "native validate (Rust, same core)": native_us(path),
            # All errors, as kybcheck gives them: is_valid for a valid document (what a caller
            # would call), the list of every error for an invalid one.
            "jsonschema-rs (json.loads + is_valid / iter_errors)": per_call_us(
                (lambda: rs.is_valid(json.loads(text))) if valid else (lambda: list(rs.iter_errors(json.loads(text))))
            ),
            "fastjsonschema (json.loads + validate, first error)": per_call_us(lambda: fast_validate(text)),
            "pydantic v2 model + phonenumbers (model_validate_json)": per_call_us(lambda: pydantic_validate(text)),
        }
        results[label] = row

    batch = [DOCS["bundled request (valid)"]] * 20_000
    # 1 and 2 threads alternated, seven times each: the medians.
    runs: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(7):
        for threads in (1, 2):
            start = time.perf_counter()
            kybcheck.validate_many(batch, threads=threads, now=NOW)
            runs[threads].append(len(batch) / (time.perf_counter() - start))
    many = {threads: statistics.median(v) for threads, v in runs.items()}

    print(f"kybcheck {kybcheck.__version__}, jsonschema-rs {jsonschema_rs.__version__ if hasattr(jsonschema_rs, '__version__') else '?'}, "
          f"fastjsonschema {fastjsonschema.VERSION}, pydantic {pydantic.VERSION}; Python {sys.version.split()[0]}")
    for label, row in results.items():
        print(f"\n{label}: µs per call (median of 5 rounds)")
        k = row["kybcheck.validate(text)"]
        for name, us in row.items():
            ratio = "" if name.startswith("kybcheck.validate(text)") and name.endswith("(text)") else f"  ({us / k:.2f}× kybcheck)"
            print(f"  {name:<58} {us:9.2f}{ratio}")
        print(f"  overhead over native: {k / row['native validate (Rust, same core)'] - 1:+.0%}")
    print(f"\nvalidate_many, 20,000 bundled requests: 1 thread {many[1]:,.0f}/s, 2 threads {many[2]:,.0f}/s "
          f"({many[2] / many[1]:.2f}×)")
    if "--json" in sys.argv:
        print(json.dumps({"per_call_us": results, "validate_many_per_s": many}))


if __name__ == "__main__":
    main()
