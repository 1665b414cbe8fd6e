"""chrono.dask on a local distributed cluster: the same rows as ``chrono export --format csv``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import dask.bag
import dask.dataframe
import distributed
import pandas as pd
import pytest
from click.testing import CliRunner

from chrono.cli import main
from chrono.dask import COLUMNS, events_table, extract_errors, extract_events

RECORDS = [
    {"id": "a", "time": "2023-09-12", "text": "The bridge opened yesterday; it closes in May."},
    {"id": "b", "time": "1999-02-16", "text": "Talks resume next week, =SUM(A1) said a memo."},
    {"id": "c", "time": None, "text": "[March 3, 2010]\nIt ended on Friday."},
    {"id": "bad", "time": "soon", "text": "It rained yesterday."},
    {"id": "d", "time": "2001-01-01", "text": "Nothing here."},
    {"id": "e", "time": "2020-02-29", "text": "A year ago, at 9 a.m. on Monday, the fund grew."},
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A local cluster of two worker processes, one thread each (as in CI). Its dashboard takes
    a free port (":0"), not 8787, which another cluster on the machine may hold."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def cli_rows(tmp_path: Path) -> list[list[str]]:
    """The rows ``chrono export --input-format jsonl --format csv`` writes for RECORDS."""
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["export", str(path), "--input-format", "jsonl", "-f", "csv", "-o", str(tmp_path / "o")],
        catch_exceptions=False,
    )
    assert result.exit_code == 1  # the bad record
    data = (tmp_path / "o").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert tuple(rows[0]) == COLUMNS
    return rows[1:]


def as_rows(frame: pd.DataFrame) -> list[list[str]]:
    return [[str(cell) for cell in row] for row in frame.itertuples(index=False)]


def test_dask_dataframe_rows_equal_the_single_machine_csv(client: object, tmp_path: Path) -> None:
    """A Dask dataframe of records, on two workers, gives the CLI's CSV rows in the same order."""
    expected = cli_rows(tmp_path)
    source = str(tmp_path / "corpus.jsonl")
    records = dask.dataframe.from_pandas(pd.DataFrame(RECORDS), npartitions=3)
    events = extract_events(records, source=source).compute()
    assert list(events.columns) == list(COLUMNS)
    assert str(events["offset"].dtype) == "int64"
    assert as_rows(events) == expected
    assert len(expected) > 5


def test_dask_bag_rows_equal_the_single_machine_csv(client: object, tmp_path: Path) -> None:
    """A Dask bag of dicts gives the same rows too; failed records are listed apart."""
    source = str(tmp_path / "corpus.jsonl")
    records = dask.bag.from_sequence(RECORDS, npartitions=4)
    assert as_rows(extract_events(records, source=source).compute()) == cli_rows(tmp_path)
    errors = extract_errors(records, source=source).compute()
    assert errors.to_dict("records") == [
        {"id": "bad", "source": source, "reason": "DCT 'soon' is not a calendar date"}
    ]


def test_events_table_is_the_pure_function_under_every_recipe() -> None:
    """events_table turns a pandas batch into the event rows, with no cluster at all."""
    table = events_table(pd.DataFrame(RECORDS[:2]))
    assert list(table["document"]) == ["a", "a", "b"]
    assert table["sentence"].iloc[2].startswith("Talks resume")
    with pytest.raises(Exception, match="record 'bad'"):
        events_table(pd.DataFrame(RECORDS), errors="raise")
