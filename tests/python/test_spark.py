"""kybcheck.spark on a real cluster: Spark from PyPI with two executors in their own processes
(`local-cluster[2,1,1024]`), 20,000 generated documents (valid and invalid mixed), every
report's `json` equal to the CLI's report of the same line. Run by scripts/test with pytest in
the venv target/venv (pyspark, pyarrow and the package installed); KYBCHECK_BIN names the CLI.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

pyspark = pytest.importorskip("pyspark")
from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402

import kybcheck  # noqa: E402
from kybcheck.spark import with_report  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
BIN = os.environ.get("KYBCHECK_BIN", str(ROOT / "target" / "debug" / "kybcheck"))
NOW = "2026-11-23T00:00:00Z"
N = 20_000


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    # The executors' Python workers run this interpreter, where the package is installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local-cluster[2,1,1024]")
        .appName("kybcheck-test")
        .config("spark.pyspark.python", sys.executable)
        .config("spark.executorEnv.PYSPARK_PYTHON", sys.executable)
        # Several Arrow batches per task, so batching is exercised.
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "1500")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spark") / "batch.ndjson"
    with open(path, "wb") as f:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "gen-batch.py"), str(N), "11"], stdout=f, check=True)
    return path


def cli_reports(path: Path) -> dict[str, str]:
    """The CLI's report of each line, by the line's text, without `file` and `line`."""
    r = subprocess.run(
        [BIN, "--ndjson", "--format", "json", "--now", NOW, str(path)], capture_output=True, check=False
    )
    assert r.returncode in (0, 1), r.stderr
    lines = path.read_bytes().decode("utf-8").split("\n")
    reports: dict[str, str] = {}
    for out in r.stdout.decode("utf-8").splitlines():
        m = re.search(r',"file":"(?:[^"\\]|\\.)*","line":(\d+)\}$', out)
        assert m, out[-200:]
        reports[lines[int(m.group(1)) - 1]] = out[: m.start()] + "}"
    return reports


def test_every_report_is_the_clis(spark: SparkSession, batch: Path) -> None:
    want = cli_reports(batch)
    df = spark.read.text(str(batch)).repartition(4)
    checked = with_report(df, "value", now=NOW)
    rows = checked.select("value", "kybcheck.json", "kybcheck.valid", "kybcheck.errors").collect()
    assert len(rows) == N
    diffs = [r.value[:80] for r in rows if want.get(r.value) != r.json]
    assert diffs == []
    valid = sum(r.valid for r in rows)
    assert 0 < valid < N, valid  # valid and invalid mixed
    # The struct's lists say what the JSON says.
    for r in rows[:2000]:
        report = json.loads(r.json)
        assert [(e.pointer, e.code, json.loads(e.params)) for e in r.errors] == [
            (e["pointer"], e["code"], e["params"]) for e in report["errors"]
        ]
    # The work ran in two executors, each a process of its own (the driver's block manager
    # is the third entry), and in Python workers other than the driver's process.
    executors = spark.sparkContext._jsc.sc().getExecutorMemoryStatus().size()
    assert executors == 3, executors
    pids = df.rdd.mapPartitions(lambda _: [os.getpid()]).distinct().collect()
    assert pids and os.getpid() not in pids, pids


def test_parquet_binary_nulls_and_options(spark: SparkSession, tmp_path: Path) -> None:
    text = (ROOT / "examples" / "invalid-request.json").read_text("utf-8")
    df = spark.createDataFrame(
        [(1, text.encode(), None), (2, b"{", "x"), (3, None, "y")], "id int, body binary, other string"
    )
    checked = with_report(df, "body", now=NOW, lang="zh-CN", output="report")
    out = tmp_path / "reports.parquet"
    checked.write.parquet(str(out))
    back = {r.id: r for r in spark.read.parquet(str(out)).collect()}
    assert back[1].report.json == kybcheck.validate(text, now=NOW, lang="zh-CN").to_json()
    assert back[2].report.errors[0].code == "invalid_json"
    assert back[3].report is None and back[3].other == "y"
    counts = {
        r.code: r["count"]
        for r in checked.select(F.explode("report.errors").alias("e")).groupBy("e.code").count().collect()
    }
    assert counts["invalid_json"] == 1 and sum(counts.values()) > 10


def test_bad_arguments_fail_on_the_driver(spark: SparkSession) -> None:
    df = spark.createDataFrame([(1, "{}")], "id int, body string")
    with pytest.raises(ValueError):
        with_report(df, "body", lang="fr")
    with pytest.raises(ValueError):
        with_report(df, "body", now="yesterday")
    with pytest.raises(TypeError):
        with_report(df, "id")
    with pytest.raises(ValueError):
        with_report(df, "body", output="id")


def test_one_clock_for_the_job(spark: SparkSession) -> None:
    # Without `now`, the instant is read once on the driver: every row of every partition is
    # judged against it (a document whose validity turns during the job would otherwise
    # split). Here: the same report for the same document across 8 partitions.
    text = (ROOT / "examples" / "request.json").read_text("utf-8")
    df = spark.createDataFrame([(i, text) for i in range(64)], "id int, body string").repartition(8)
    reports = {r.json for r in with_report(df, "body").select("kybcheck.json").collect()}
    assert len(reports) == 1




def test_report_arrays_reads_and_writes_arrow_buffers() -> None:
    # No cluster: the Arrow layer alone, on every layout a Spark column can arrive in.
    import pyarrow as pa

    from kybcheck.spark import report_arrays

    good = (ROOT / "examples" / "request.json").read_text("utf-8")
    bad = (ROOT / "examples" / "invalid-request.json").read_text("utf-8")
    texts = [good, bad, None, "[1", "", '{"a":"\\u00e9"}', bad, None, good] * 7
    want = [None if t is None else kybcheck.validate(t, now=NOW) for t in texts]
    layouts = {
        "string": pa.array(texts, pa.string()),
        "large_string": pa.array(texts, pa.large_string()),
        "binary": pa.array([None if t is None else t.encode() for t in texts], pa.binary()),
        "large_binary": pa.array([None if t is None else t.encode() for t in texts], pa.large_binary()),
        "chunked": pa.chunked_array([pa.array(texts[:10]), pa.array(texts[10:])]),
        "list": texts,
    }
    for name, column in layouts.items():
        got = report_arrays(column, now=NOW).to_pylist()
        assert len(got) == len(texts), name
        for g, w in zip(got, want):
            if w is None:
                assert g is None, name
                continue
            assert g["json"] == w.to_json(), name
            assert g["valid"] is w.valid
            assert g["missing"] == w.missing
            for field in ("errors", "warnings"):
                assert [(i["pointer"], i["code"], i["message"], json.loads(i["params"])) for i in g[field]] == [
                    (i.pointer, i.code, i.message, i.params) for i in getattr(w, field)
                ], name
    # A slice starts inside the buffers (Arrow's offset): the reports of the slice's rows.
    sliced = pa.array(texts, pa.string()).slice(3, 11)
    assert [r and r["json"] for r in report_arrays(sliced, now=NOW).to_pylist()] == [
        w and w.to_json() for w in want[3:14]
    ]
    assert report_arrays(pa.array([], pa.string()), now=NOW).to_pylist() == []
    with pytest.raises(TypeError):
        report_arrays(pa.array([1, 2]), now=NOW)
    # A list is read as `validate` reads each item, a lone surrogate and bytes included.
    odd = ['{"a":"\ud800"}', b'{"a":"\xff"}', good.encode()]
    assert [r["json"] for r in report_arrays(odd, now=NOW).to_pylist()] == [
        kybcheck.validate(t, now=NOW).to_json() for t in odd
    ]
    # Buffers that do not hold the rows asked for are refused, not read past their end.
    from kybcheck import _kybcheck

    with pytest.raises(ValueError):
        _kybcheck.validate_arrow(b"\0\0\0\0", b"", 2**62)
    with pytest.raises(ValueError):
        _kybcheck.validate_arrow(b"\0" * 12, b"", 1, offset=2**63)
    with pytest.raises(ValueError):
        _kybcheck.validate_arrow(b"\0\0\0\0\5\0\0\0", b"{}", 1)
    with pytest.raises(ValueError):
        _kybcheck.validate_arrow(b"\0" * 80, b"", 19, validity=b"\xff")
