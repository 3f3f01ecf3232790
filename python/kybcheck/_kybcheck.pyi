from collections.abc import Iterable
from datetime import datetime
from typing import Any, Union

Document = Union[str, bytes, bytearray, dict[str, Any], list[Any], tuple[Any, ...], int, float, bool, None]

__version__: str
MAX_DEPTH: int

class Issue:
    @property
    def pointer(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def params(self) -> dict[str, Union[int, str, list[str]]]: ...
    def to_dict(self) -> dict[str, Any]: ...

class Report:
    @property
    def valid(self) -> bool: ...
    @property
    def errors(self) -> list[Issue]: ...
    @property
    def warnings(self) -> list[Issue]: ...
    @property
    def missing(self) -> list[str]: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def raise_for_errors(self) -> None: ...

def validate(
    document: Document,
    *,
    now: Union[datetime, str, None] = None,
    lang: str = "en",
    kind: str = "request",
    mode: str = "complete",
) -> Report: ...
def validate_many(
    documents: Iterable[Document],
    *,
    threads: Union[int, None] = None,
    now: Union[datetime, str, None] = None,
    lang: str = "en",
    kind: str = "request",
    mode: str = "complete",
) -> list[Report]: ...
def schema_text(kind: str = "request") -> str: ...
def codes_text() -> str: ...
def validate_arrow(
    offsets: bytes,
    data: bytes,
    length: int,
    *,
    validity: Union[bytes, None] = None,
    offset: int = 0,
    wide: bool = False,
    now: Union[datetime, str, None] = None,
    lang: str = "en",
    kind: str = "request",
    mode: str = "complete",
) -> dict[str, Any]: ...
