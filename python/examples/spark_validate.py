"""Check an NDJSON file of Create Customer requests on Spark, write the reports to Parquet and
print the counts by error code.

Usage: python python/examples/spark_validate.py INPUT.ndjson OUTPUT.parquet [MASTER]
(MASTER defaults to local[*]; the package must be installed where the executors run.)
"""

from __future__ import annotations

import sys

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from kybcheck.spark import with_report


def main(source: str, target: str, master: str = "local[*]") -> None:
    spark = SparkSession.builder.master(master).appName("kybcheck").getOrCreate()
    checked = with_report(spark.read.text(source), "value")  # one clock for the whole job
    checked.select("value", "kybcheck").write.mode("overwrite").parquet(target)
    reports = spark.read.parquet(target)
    print(reports.groupBy("kybcheck.valid").count().collect())
    by_code = reports.select(F.explode("kybcheck.errors").alias("e")).groupBy("e.code").count()
    for row in by_code.orderBy(F.desc("count")).collect():
        print(f"{row['code']:<24} {row['count']:>10,}")
    spark.stop()


if __name__ == "__main__":
    main(*sys.argv[1:4])
