"""Check the README's PySpark recipe by hand: its rows equal ``chrono export --format csv``.

Not part of the test suite (PySpark is a 450 MB install and a JVM start takes about a minute
on a 2-core machine). Usage, in an environment with pyspark, pandas and chrono, and Java 17::

    python benchmarks/spark_recipe.py [RECORDS.jsonl]
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "tests" / "fixtures" / "records" / "news.jsonl"


def main() -> int:
    """Run the recipe on local[2] and compare its rows with the CLI's CSV rows."""
    from pyspark.sql import SparkSession

    from chrono.dask import COLUMNS, events_table

    path = sys.argv[1] if len(sys.argv) > 1 else str(DEFAULT)
    started = time.perf_counter()
    spark = SparkSession.builder.master("local[2]").appName("chrono").getOrCreate()
    records = spark.read.json(path)  # columns id, time, text
    schema = ", ".join(f"{c} {'long' if c == 'offset' else 'string'}" for c in COLUMNS)
    events = records.mapInPandas(
        lambda batches: (events_table(b, source=path) for b in batches), schema
    )
    rows = [[str(v) for v in row] for row in events.collect()]
    spark.stop()
    seconds = time.perf_counter() - started
    cli = [sys.executable, "-m", "chrono", "export", path, "--input-format", "jsonl", "-f", "csv"]
    out = subprocess.run(cli, capture_output=True, check=True).stdout
    expected = list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))[1:]
    print(f"{len(rows)} rows from Spark in {seconds:.1f} s; equal to the CLI's: {rows == expected}")
    return 0 if rows == expected else 1


if __name__ == "__main__":
    sys.exit(main())
