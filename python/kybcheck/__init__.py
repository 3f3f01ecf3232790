"""kybcheck: validation of KYB "Create Customer" onboarding requests and responses.

The rules run in kybcheck's Rust core (the same core as the crate, the CLI and the npm
package), with the GIL released. ``validate`` checks one document and returns a ``Report``;
``validate_many`` checks many, in parallel; ``schema`` and ``codes`` give the published JSON
Schema and the catalogue of codes.

>>> import kybcheck
>>> report = kybcheck.validate('{"partner_customer_id": ""}', now="2026-12-01T00:00:00Z")
>>> report.valid
False
>>> report.errors[0].code
'empty'
"""

from __future__ import annotations

import json
from typing import Any

from ._kybcheck import (
    MAX_DEPTH,
    Issue,
    Report,
    __version__,
    codes_text as _codes_text,
    schema_text as _schema_text,
    validate,
    validate_many,
)

__all__ = [
    "Issue",
    "MAX_DEPTH",
    "Report",
    "ValidationError",
    "__version__",
    "codes",
    "schema",
    "validate",
    "validate_many",
]


class ValidationError(ValueError):
    """Raised by ``Report.raise_for_errors`` when a document has errors; ``.report`` is the
    report."""

    report: Report

    def __init__(self, report: Report) -> None:
        self.report = report
        errors = report.errors
        shown = "; ".join(f"{e.pointer or '(document)'}: {e.message}" for e in errors[:3])
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        noun = "error" if len(errors) == 1 else "errors"
        super().__init__(f"{len(errors)} {noun}: {shown}{more}")


def schema(kind: str = "request") -> dict[str, Any]:
    """The JSON Schema (2020-12) of a request (``kind="request"``) or a response."""
    result: dict[str, Any] = json.loads(_schema_text(kind))
    return result


def codes() -> list[dict[str, Any]]:
    """Every code with its severity and message templates in English and Chinese."""
    result: list[dict[str, Any]] = json.loads(_codes_text())
    return result
