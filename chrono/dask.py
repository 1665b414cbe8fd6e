"""chrono on a cluster: a Dask bag or dataframe of records in, a Dask dataframe of events out.

Install with ``pip install chrono[dask]``. The rows are those of ``chrono export --format csv``
for the same records, cell for cell (formula neutralisation included), in the same order: each
partition's records in order, each record's events chronologically. Columns are
:data:`COLUMNS`, all strings but ``offset`` (an integer).

:func:`events_table` is the pure function underneath: a pandas DataFrame (or any iterable of
mappings) of records in, a pandas DataFrame of events out. It is what Dask's ``map_partitions``
calls here, and what a Ray Data ``map_batches`` or a PySpark ``mapInPandas`` recipe calls too
(see the README, "Large corpora").

The grammar is compiled once per worker process, on its first partition, and reused
(:func:`chrono.api.extract_document` keeps one extractor per process).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Literal, ParamSpec

from chrono.api import render
from chrono.batch import ExtractOptions, RecordResult, extract_record
from chrono.errors import ChronoError
from chrono.events import event_sort_key
from chrono.model import Genre, Timeline
from chrono.records import DEFAULT_FIELDS, Fields, Record, record_from_mapping
from chrono.writers.csv import HEADER

if TYPE_CHECKING:
    import pandas as pd
    from dask.bag import Bag
    from dask.dataframe import DataFrame as DaskFrame

COLUMNS = HEADER
"""The columns of the events table: those of the CSV writer, in its order."""

ERROR_COLUMNS = ("id", "source", "reason")
"""The columns of the errors table (as in ``--errors-file``)."""

Errors = Literal["skip", "raise"]

P = ParamSpec("P")


def _clean(value: object) -> object:
    """A pandas cell as a plain Python value: missing (NaN, NA, NaT) is None, numpy unboxed."""
    import pandas as pd

    if value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value))):  # type: ignore[call-overload]
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    item = getattr(value, "item", None)
    if callable(item) and type(value).__module__ == "numpy":
        return item()
    return value


def _mappings(
    records: pd.DataFrame | Iterable[Mapping[str, object]],
) -> Iterator[dict[str, object]]:
    import pandas as pd

    rows: Iterable[Mapping[Any, Any]] = (
        records.to_dict("records") if isinstance(records, pd.DataFrame) else records
    )
    for row in rows:
        yield {str(key): _clean(value) for key, value in row.items()}


def _results(
    records: pd.DataFrame | Iterable[Mapping[str, object]],
    options: ExtractOptions,
    source: str,
) -> Iterator[RecordResult]:
    for mapping in _mappings(records):
        try:
            record: Record | Mapping[str, object] = record_from_mapping(
                mapping, fields=options.fields, source=source
            )
        except ChronoError:
            record = mapping  # extract_record reports the same problem as the record's error
        yield extract_record(record, options)


def _rows(result: RecordResult) -> list[list[str]]:
    assert result.document is not None
    events = sorted(result.events, key=event_sort_key)
    data = render(Timeline(documents=(result.document,), events=events), "csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    return rows[1:]  # the header


def _options(
    genre: Genre | str,
    day_first: bool,
    reference_date: dt.date | str | None,
    fields: Fields,
) -> ExtractOptions:
    return ExtractOptions(
        genre=genre, day_first=day_first, reference_date=reference_date, fields=fields
    )


def events_table(
    records: pd.DataFrame | Iterable[Mapping[str, object]],
    *,
    genre: Genre | str = Genre.NEWS,
    day_first: bool = False,
    reference_date: dt.date | str | None = None,
    fields: Fields = DEFAULT_FIELDS,
    source: str = "",
    errors: Errors = "skip",
) -> pd.DataFrame:
    """The events of a batch of records, as the rows ``chrono export --format csv`` writes.

    Pure: the same records give the same table on any machine, in any process.

    Args:
        records: A pandas DataFrame, or mappings, with an id, a text and a DCT column (named by
            ``fields``; missing values count as absent).
        genre: ``news`` or ``narrative``.
        day_first: Read ``05/06/2023`` as 5 June.
        reference_date: The DCT of records that carry none (else a dateline in the text).
        fields: The column names (default ``id``, ``time``, ``text``).
        source: The ``source`` of every record (the CLI uses the input file's path).
        errors: ``skip`` leaves failed records out (see :func:`errors_table`); ``raise`` raises
            at the first one.

    Returns:
        One row per event, :data:`COLUMNS`; ``offset`` is an integer, the rest strings.

    Raises:
        ChronoError: ``errors="raise"`` and a record failed (no text, a DCT that is not a
            date...), or a bad option.
    """
    options = _options(genre, day_first, reference_date, fields)
    return _events(records, options=options, source=source, errors=errors)


def _events(
    records: pd.DataFrame | Iterable[Mapping[str, object]],
    *,
    options: ExtractOptions,
    source: str,
    errors: Errors,
) -> pd.DataFrame:
    import pandas as pd

    rows: list[list[str]] = []
    for result in _results(records, options, source):
        if result.error is not None:
            if errors == "raise":
                raise ChronoError(f"record {result.id!r}: {result.error}")
            continue
        rows.extend(_rows(result))
    table = pd.DataFrame(rows, columns=list(COLUMNS), dtype=object)
    for column in COLUMNS:
        table[column] = table[column].astype("int64" if column == "offset" else "str")
    return table


def errors_table(
    records: pd.DataFrame | Iterable[Mapping[str, object]],
    *,
    genre: Genre | str = Genre.NEWS,
    day_first: bool = False,
    reference_date: dt.date | str | None = None,
    fields: Fields = DEFAULT_FIELDS,
    source: str = "",
) -> pd.DataFrame:
    """The records of a batch that fail, with the reason (:data:`ERROR_COLUMNS`).

    It extracts every record again: run it when :func:`events_table` has fewer documents than
    expected, or on a sample.
    """
    options = _options(genre, day_first, reference_date, fields)
    return _errors(records, options=options, source=source)


def _errors(
    records: pd.DataFrame | Iterable[Mapping[str, object]],
    *,
    options: ExtractOptions,
    source: str,
) -> pd.DataFrame:
    import pandas as pd

    failed = [
        (result.id, source, result.error)
        for result in _results(records, options, source)
        if result.error is not None
    ]
    return pd.DataFrame(failed, columns=list(ERROR_COLUMNS), dtype="str")


def extract_events(
    records: Bag | DaskFrame,
    *,
    genre: Genre | str = Genre.NEWS,
    day_first: bool = False,
    reference_date: dt.date | str | None = None,
    fields: Fields = DEFAULT_FIELDS,
    source: str = "",
    errors: Errors = "skip",
) -> DaskFrame:
    """The events of a Dask collection of records, as a lazy Dask dataframe.

    Args:
        records: A Dask bag of mappings, or a Dask dataframe with an id, a text and a DCT
            column.
        genre, day_first, reference_date, fields, source, errors: As for :func:`events_table`.

    Returns:
        A Dask dataframe of :data:`COLUMNS`, partition by partition in record order; computed, its
        rows equal those of ``chrono export --format csv`` on the same records.
    """
    options = _options(genre, day_first, reference_date, fields)
    return _map(records, _events, options=options, source=source, errors=errors)


def extract_errors(
    records: Bag | DaskFrame,
    *,
    genre: Genre | str = Genre.NEWS,
    day_first: bool = False,
    reference_date: dt.date | str | None = None,
    fields: Fields = DEFAULT_FIELDS,
    source: str = "",
) -> DaskFrame:
    """The failed records of a Dask collection (:data:`ERROR_COLUMNS`), as :func:`errors_table`."""
    options = _options(genre, day_first, reference_date, fields)
    return _map(records, _errors, options=options, source=source)


def _map(
    records: Bag | DaskFrame,
    table: Callable[Concatenate[pd.DataFrame | Iterable[Mapping[str, object]], P], pd.DataFrame],
    *args: P.args,
    **kwargs: P.kwargs,
) -> DaskFrame:
    """``table`` of every partition of a bag or a dataframe, as one lazy Dask dataframe."""
    import dask.bag
    import dask.dataframe
    from dask.delayed import delayed

    # The empty table has exactly the dtypes the function gives, whatever pandas' string default.
    meta = table([], *args, **kwargs)
    result: DaskFrame
    if isinstance(records, dask.bag.Bag):
        # One pandas table per bag partition, in partition order.
        parts = [delayed(table)(part, *args, **kwargs) for part in records.to_delayed()]  # type: ignore[no-untyped-call]
        result = dask.dataframe.from_delayed(parts, meta=meta, verify_meta=False)
    else:
        result = records.map_partitions(table, *args, meta=meta, **kwargs)  # type: ignore[no-untyped-call]
    return result
