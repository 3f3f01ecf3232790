"""Country and currency code lists for the pydantic peer, read from the published schema."""

import json
from pathlib import Path

_SCHEMA = json.loads(
    (Path(__file__).resolve().parents[3] / "schema" / "create-customer.request.schema.json").read_text("utf-8")
)
COUNTRIES = frozenset(_SCHEMA["$defs"]["country_code"]["enum"])
CURRENCIES = frozenset(_SCHEMA["$defs"]["currency_code"]["enum"])
