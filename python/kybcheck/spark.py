"""kybcheck on Apache Spark: every record of a DataFrame checked by the Rust core, batch by
batch, on the executors.

>>> from kybcheck.spark import with_report                                  # doctest: +SKIP
>>> checked = with_report(spark.read.text("customers.ndjson"), "value")     # doctest: +SKIP
>>> checked.groupBy("kybcheck.valid").count().show()                        # doctest: +SKIP

The column holds JSON text (string or binary). ``with_report`` adds a struct column
(``output``, default ``"kybcheck"``) with ``valid``, ``errors`` and ``warnings`` (arrays of
struct ``pointer``, ``code``, ``message``, ``params`` — ``params`` as JSON text), ``missing``
and ``json`` (the report's JSON text: the CLI's ``--format json`` line without ``file`` and
``line``). A null cell gets a null report.

It runs with ``mapInArrow``: each Arrow batch (``spark.sql.execution.arrow.maxRecordsPerBatch``
records, 10,000 by default) goes to the core in one call with the GIL released (the column's
Arrow buffers, not a Python object per record), and the report columns come back as Arrow
buffers, so memory per executor is bounded by the batch, not
the partition. The executors need the package installed (``pip install`` of the wheel on
every node).

When ``now`` is not given, it is read once, on the driver, when ``with_report`` is called,
and sent to every executor: a job judges every record against the same instant.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Iterator, Union

from . import _kybcheck

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa  # type: ignore[import-untyped]
    from pyspark.sql import DataFrame

__all__ = ["REPORT_DDL", "report_arrays", "report_type", "with_report"]

_ISSUE = "struct<pointer: string, code: string, message: string, params: string>"

#: The report column's type, in Spark's DDL.
REPORT_DDL = (
    f"struct<valid: boolean, errors: array<{_ISSUE}>, warnings: array<{_ISSUE}>, "
    "missing: array<string>, json: string>"
)


def report_type() -> Any:
    """The report column's Spark type (a ``StructType``)."""
    from pyspark.sql.types import _parse_datatype_string

    return _parse_datatype_string(REPORT_DDL)


def _now(now: Union[_dt.datetime, str, None]) -> Union[_dt.datetime, str]:
    """``now``, read from the clock (on the driver) when absent. The native side checks and
    converts it, as for every other call of the package."""
    return _dt.datetime.now(_dt.timezone.utc) if now is None else now


def _strings(pa: Any, pair: tuple[bytes, bytes]) -> Any:
    """A ``string`` array from the native side's (offsets, data) buffers."""
    offsets, data = pair
    return pa.Array.from_buffers(pa.string(), len(offsets) // 4 - 1, [None, pa.py_buffer(offsets), pa.py_buffer(data)])


def _list(pa: Any, offsets: bytes, items: Any) -> Any:
    """A ``list`` array over ``items`` from the native side's offsets buffer."""
    n = len(offsets) // 4 - 1
    return pa.Array.from_buffers(pa.list_(items.type), n, [None, pa.py_buffer(offsets)], children=[items])


def _issues(pa: Any, part: dict[str, Any]) -> Any:
    """An ``array<struct<...>>`` from the native side's issue buffers."""
    items = pa.StructArray.from_arrays(
        [_strings(pa, part[name]) for name in ("pointer", "code", "message", "params")],
        names=["pointer", "code", "message", "params"],
    )
    return _list(pa, part["offsets"], items)


def report_arrays(texts: Any, **options: Any) -> "pa.StructArray":
    """The report column of one batch of JSON texts, as Arrow.

    ``texts`` is an Arrow array of ``string``, ``large_string``, ``binary`` or
    ``large_binary`` (or a list of ``str``/``bytes``/``None``); a null gives a null report. The
    column's buffers go to the core as they are, and the report columns come back as Arrow
    buffers: no Python object is made per document.
    """
    import pyarrow as pa

    if not isinstance(texts, (pa.Array, pa.ChunkedArray)):
        # As bytes, the way `validate` reads a str: a lone surrogate becomes bytes that are not
        # UTF-8, so its report is `invalid_json` there too.
        texts = pa.array(
            [t.encode("utf-8", "surrogatepass") if isinstance(t, str) else t for t in texts], pa.binary()
        )
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks()
    kind = texts.type
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_binary(kind) or pa.types.is_large_binary(kind)):
        raise TypeError(f"report_arrays needs JSON text (string or binary), not {kind}")
    validity, offsets, data = texts.buffers()
    cols = _kybcheck.validate_arrow(
        offsets.to_pybytes(),
        data.to_pybytes() if data is not None else b"",
        len(texts),
        validity=validity.to_pybytes() if validity is not None and texts.null_count else None,
        offset=texts.offset,
        wide=pa.types.is_large_string(kind) or pa.types.is_large_binary(kind),
        **options,
    )
    n = len(texts)
    valid = pa.Array.from_buffers(pa.bool_(), n, [None, pa.py_buffer(cols["valid"])])
    missing = cols["missing"]
    return pa.StructArray.from_arrays(
        [
            valid,
            _issues(pa, cols["errors"]),
            _issues(pa, cols["warnings"]),
            _list(pa, missing["offsets"], _strings(pa, missing["items"])),
            _strings(pa, cols["json"]),
        ],
        names=["valid", "errors", "warnings", "missing", "json"],
        mask=texts.is_null() if texts.null_count else None,
    )


def with_report(
    df: "DataFrame",
    column: str,
    *,
    now: Union[_dt.datetime, str, None] = None,
    lang: str = "en",
    kind: str = "request",
    mode: str = "complete",
    output: str = "kybcheck",
) -> "DataFrame":
    """``df`` with a report column ``output`` for the JSON text in ``column``."""
    from pyspark.sql.types import BinaryType, StringType, StructField, StructType

    field = df.schema[column]
    if not isinstance(field.dataType, (StringType, BinaryType)):
        raise TypeError(f"column {column!r} must hold JSON text (string or binary), not {field.dataType.simpleString()}")
    if output in df.columns:
        raise ValueError(f"the DataFrame already has a column {output!r}")
    options: dict[str, Any] = {"now": _now(now), "lang": lang, "kind": kind, "mode": mode}
    # Every option is checked here, so a bad one fails the call, not a task on an executor.
    _kybcheck.validate("{}", now=options["now"], lang=lang, kind=kind, mode=mode)
    schema = StructType(df.schema.fields + [StructField(output, report_type(), True)])

    def batches(items: Iterator["pa.RecordBatch"]) -> Iterator["pa.RecordBatch"]:
        import pyarrow as pa

        for batch in items:
            reports = report_arrays(batch.column(column), **options)
            yield pa.RecordBatch.from_arrays(
                list(batch.columns) + [reports], names=list(batch.schema.names) + [output]
            )

    return df.mapInArrow(batches, schema)

