"""A backend's guard before it calls the provider: validate the body it is about to send,
with the clock of the request, and refuse it with every problem at once."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import kybcheck


def check_before_sending(body: dict[str, Any], received_at: dt.datetime) -> str:
    """The JSON text to send; raises kybcheck.ValidationError with the report otherwise."""
    report = kybcheck.validate(body, now=received_at)
    report.raise_for_errors()
    return json.dumps(body, ensure_ascii=False)


def problems(bodies: list[dict[str, Any]]) -> dict[str, int]:
    """Counts by code over a batch, checked in parallel."""
    counts: dict[str, int] = {}
    for report in kybcheck.validate_many(bodies, threads=2):
        for issue in report.errors:
            counts[issue.code] = counts.get(issue.code, 0) + 1
    return counts


if __name__ == "__main__":
    now = dt.datetime.now(dt.timezone.utc)
    try:
        check_before_sending({"partner_customer_id": "acme-onboarding-000123"}, now)
    except kybcheck.ValidationError as e:
        print(e)
        print(e.report.to_json())
    print(problems([{}, {"partner_customer_id": ""}]))
    print(len(kybcheck.codes()), "codes;", kybcheck.schema()["title"])
