"""kybcheck.spark on a two-executor cluster (local-cluster[2,1,1024]) beside the CLI on the same
NDJSON file, with where the time goes. Run by scripts/spark-demo.

Rows, each a whole job over the file, timed on the driver:
  read       spark.read.text + count: the JVM alone
  transfer   + mapInArrow returning each batch as it came: JVM -> Python -> JVM, no validation
  validate   + with_report, keeping the valid flag: the real job, reports built, the flag read
  parquet    + with_report written to Parquet: every report column converted and written
and, outside Spark, report_arrays over the same 10,000-line Arrow batches on one core of the
driver: what an executor's Python spends per document.
Memory: the peak resident size of each executor JVM and each Python worker, sampled every
0.2 s from /proc while the jobs run.
"""
from __future__ import annotations

import os
import shutil
import sys
import threading
import time

from pyspark.sql import SparkSession

from kybcheck.spark import with_report

path, n, cli_secs = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
NOW = "2026-11-23T00:00:00Z"

peaks: dict[str, int] = {}
stop = threading.Event()


def sample() -> None:
    me = os.getpid()
    while not stop.is_set():
        for pid in os.listdir("/proc"):
            if not pid.isdigit() or int(pid) == me:
                continue
            try:
                cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
                rss = next(int(l.split()[1]) for l in open(f"/proc/{pid}/status") if l.startswith("VmRSS:"))
            except (OSError, StopIteration, ValueError):
                continue
            if "CoarseGrainedExecutorBackend" in cmd:
                kind = "executor JVM"
            elif "pyspark.daemon" in cmd or "pyspark/daemon" in cmd or "pyspark.worker" in cmd:
                kind = "Python worker"
            else:
                continue
            key = f"{kind} {pid}"
            peaks[key] = max(peaks.get(key, 0), rss)
        time.sleep(0.2)


spark = (
    SparkSession.builder.master("local-cluster[2,1,1024]")
    .appName("kybcheck-demo")
    .config("spark.ui.enabled", "false")
    .config("spark.ui.showConsoleProgress", "false")
    .getOrCreate()
)
spark.sparkContext.setLogLevel("ERROR")
threading.Thread(target=sample, daemon=True).start()

df = spark.read.text(path)
partitions = df.rdd.getNumPartitions()
# Warm-up: the executors start, their Python workers fork, the package is imported.
with_report(spark.read.text(path).limit(20000), "value", now=NOW).filter("kybcheck.valid").count()


def timed(job) -> tuple[float, object]:
    start = time.perf_counter()
    out = job()
    return time.perf_counter() - start, out


def passthrough(batches):
    yield from batches


rows = []
secs, _ = timed(lambda: df.count())
rows.append(("Spark: read (spark.read.text + count)", secs))
secs, _ = timed(lambda: df.mapInArrow(passthrough, df.schema).count())
rows.append(("Spark: + mapInArrow passing batches through", secs))
secs, valid = timed(lambda: with_report(df, "value", now=NOW).filter("kybcheck.valid").count())
rows.append(("Spark: + with_report, valid flag read", secs))
out = os.path.join(os.path.dirname(path), "spark-demo.parquet")
shutil.rmtree(out, ignore_errors=True)
secs, _ = timed(lambda: with_report(df, "value", now=NOW).write.mode("overwrite").parquet(out))
rows.append(("Spark: + with_report written to Parquet", secs))
stop.set()
spark.stop()
shutil.rmtree(out, ignore_errors=True)

# An executor's work on each batch, without Spark: report_arrays over the same 10,000-line
# Arrow batches, on one core of the driver.
import pyarrow as pa  # noqa: E402

from kybcheck.spark import report_arrays  # noqa: E402

with open(path, encoding="utf-8") as f:
    column = pa.array(f.read().splitlines(), pa.string())
start = time.perf_counter()
for i in range(0, len(column), 10000):
    report_arrays(column.slice(i, 10000), now=NOW)
core_secs = time.perf_counter() - start

print()
print(f"{n:,} documents, {partitions} partitions, 2 executors of 1 core (local-cluster[2,1,1024]); {valid:,} valid")
print(f"{'job':<58} {'seconds':>8} {'docs/s':>10} {'per core':>10}")
print(f"{'CLI: kybcheck --ndjson --threads 2':<58} {cli_secs:>8.2f} {n / cli_secs:>10,.0f} {n / cli_secs / 2:>10,.0f}")
for name, secs in rows:
    print(f"{name:<58} {secs:>8.2f} {n / secs:>10,.0f} {n / secs / 2:>10,.0f}")
print(f"{'report_arrays alone, 1 core (what an executor does)':<58} {core_secs:>8.2f} {n / core_secs:>10,.0f} {n / core_secs:>10,.0f}")
validate = dict(rows)["Spark: + with_report, valid flag read"]
print(f"\nSpark per core / CLI per core: {(n / validate / 2) / (n / cli_secs / 2):.2f} (goal >= 0.33)")
print("peak resident memory (MiB): " + ", ".join(f"{k} {v / 1024:,.0f}" for k, v in sorted(peaks.items())))
