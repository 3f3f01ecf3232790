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
records, 10,000 by default) goes to the core in one call with the GIL released, and the
report columns come back as Arrow arrays, so memory per executor is bounded by the batch, not
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


def _now_text(now: Union[_dt.datetime, str, None]) -> str:
    """``now`` as RFC 3339 text, read from the clock when absent, checked on the driver."""
    if now is None:
        now = _dt.datetime.now(_dt.timezone.utc)
    if isinstance(now, _dt.datetime):
        if now.utcoffset() is None:
            raise ValueError("now is a naive datetime: give it a tzinfo (for example datetime.timezone.utc)")
        text = now.astimezone(_dt.timezone.utc).isoformat()
    elif isinstance(now, str):
        text = now
    else:
        raise ValueError(f"now must be an aware datetime or an RFC 3339 date-time string, not a {type(now).__name__}")
    # The options are checked here, so a bad one fails the call, not a task on an executor.
    _kybcheck.validate("{}", now=text)
    return text


def _issues(pa: Any, part: dict[str, Any], mask: Any) -> Any:
    """An ``array<struct<...>>`` from the core's issue columns."""
    items = pa.StructArray.from_arrays(
        [
            pa.array(part["pointer"], pa.string()),
            pa.array(part["code"], pa.string()),
            pa.array(part["message"], pa.string()),
            pa.array(part["params"], pa.string()),
        ],
        names=["pointer", "code", "message", "params"],
    )
    return pa.ListArray.from_arrays(pa.array(part["offsets"], pa.int32()), items, mask=mask)


def report_arrays(texts: list[Union[str, bytes, None]], **options: Any) -> "pa.StructArray":
    """The report column of one batch of JSON texts (``None``: a null report), as Arrow."""
    import pyarrow as pa

    nulls = [t is None for t in texts]
    cols = _kybcheck.validate_columns(["" if t is None else t for t in texts], threads=1, **options)
    mask = pa.array(nulls, pa.bool_())
    return pa.StructArray.from_arrays(
        [
            pa.array(cols["valid"], pa.bool_()),
            _issues(pa, cols["errors"], mask),
            _issues(pa, cols["warnings"], mask),
            pa.ListArray.from_arrays(
                pa.array(cols["missing"]["offsets"], pa.int32()), pa.array(cols["missing"]["items"], pa.string()), mask=mask
            ),
            pa.array(cols["json"], pa.string()),
        ],
        names=["valid", "errors", "warnings", "missing", "json"],
        mask=mask,
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
    options = {"now": _now_text(now), "lang": lang, "kind": kind, "mode": mode}
    _kybcheck.validate("{}", **options)  # bad lang, kind or mode: fail here, on the driver
    schema = StructType(df.schema.fields + [StructField(output, report_type(), True)])

    def batches(items: Iterator["pa.RecordBatch"]) -> Iterator["pa.RecordBatch"]:
        import pyarrow as pa

        for batch in items:
            texts = batch.column(column).to_pylist()
            reports = report_arrays(texts, **options)
            yield pa.RecordBatch.from_arrays(
                list(batch.columns) + [reports], names=list(batch.schema.names) + [output]
            )

    return df.mapInArrow(batches, schema)

