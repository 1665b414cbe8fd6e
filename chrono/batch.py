"""Many documents at once: records in, results or bytes out, in input order, on one core or many.

* :func:`extract_records` is the library entry point: records (or mappings) in, one
  :class:`RecordResult` per record out, in input order. It is pure (no global state, nothing
  written) and picklable, so it runs the same inside a process pool, a Dask worker, a Ray task
  or a Spark executor.
* :func:`export` is what ``chrono export`` runs: records in, bytes of one output format out,
  with a process pool (``jobs``), an errors file, a progress callback and ``--resume``.

Parallelism. With ``jobs > 1`` records go, in batches of up to :data:`BATCH_RECORDS` records or
:data:`BATCH_CHARS` characters, to ``jobs`` processes: a pool of ``jobs - 1`` workers (started
with ``spawn``, so the parent's threads and state never leak into them, or forked from the
command line, which has loaded the grammar for them: see :func:`export`) and this process, which
takes back the newest batch no worker has started whenever it would otherwise wait for a result.
So it works while the workers start (a spawned one loads the grammar in its initializer) and
while they finish the last batches. The pool gets no more batches than its workers commit to
(the others stay this process's), and once the input is read what is left is handed out in ever
smaller batches (:class:`_Feed`), so no process idles long at the end while another finishes.
At most ``8 * jobs`` batches are in flight, and results are taken in input order, so the output
is the same for any ``jobs`` and memory stays bounded.
An input that fits in one batch is processed in-process: a pool would only add start-up time.

Output order (see docs/FORMATS.md, "Corpora"):

* **Records** (``--input-format jsonl|csv|timeml``) are independent documents. The streaming
  formats (:data:`STREAMING_FORMATS`) write each record's events as soon as it is done, in input
  order (chronological within the record); memory is bounded by the largest record.
* **Texts** (``--input-format text``) make one timeline sorted chronologically, as a single
  export always did. The streaming formats keep that order without holding the corpus: rows are
  sorted in runs of :data:`SORT_RUN_BYTES`, spilled to anonymous temporary files, and merged.
* The other formats (json, ics, timeml) describe one whole timeline and are built in memory.
"""

from __future__ import annotations

import array
import contextlib
import datetime as dt
import gc
import hashlib
import heapq
import json
import os
import re
import signal
import struct
import tempfile
import time
from collections import deque
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, BinaryIO, TextIO

from attrs import field, frozen

from chrono.api import extract_document, parse_genre, render
from chrono.errors import ChronoError, InputError, OptionError, OutputError
from chrono.events import event_sort_key
from chrono.extract.normalize import parse_reference_date
from chrono.io import atomic_writer, check_writable, open_output
from chrono.model import Document, Event, Genre, Timeline
from chrono.records import (
    DEFAULT_FIELDS,
    Fields,
    Record,
    RecordFailure,
    TimeMLFile,
    parse_dct,
    record_from_mapping,
)

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

STREAMING_FORMATS = ("csv", "jsonl")
"""Formats whose output is the concatenation of per-document (or per-event) pieces after one
prefix (the CSV header; nothing for JSON Lines), so they can be written as results arrive."""

BATCH_RECORDS = 16
"""At most this many records go to a worker at once..."""
BATCH_CHARS = 1 << 16
"""...or this many characters of text (a larger record travels alone)."""

_WINDOW = 8
"""Batches in flight per process: enough that a slow batch at the head does not idle the pool,
and that this process has batches to take back while the workers start (about a second)."""

SORT_RUN_BYTES = 64 << 20
"""Rows held in memory before a sorted run is spilled to a temporary file (texts only)."""

_WARM_UP = "On Monday, March 3, 1997, two weeks ago, at 9 a.m."


_SURROGATE = re.compile("[\ud800-\udfff]")


def _reference(value: dt.date | str | None) -> dt.date | None:
    return None if value is None else parse_reference_date(value)


@frozen(kw_only=True)
class ExtractOptions:
    """How every record is extracted and anchored (the options shared by a whole run).

    Attributes:
        genre: ``news`` or ``narrative`` (see :func:`chrono.api.extract_document`).
        day_first: Read ``05/06/2023`` as 5 June.
        language: The rule set.
        reference_date: The DCT of records that carry none (else a dateline is looked for).
        fields: Which fields of a mapping hold the text, DCT and id.
    """

    genre: Genre = field(default=Genre.NEWS, converter=parse_genre)
    day_first: bool = False
    language: str = "en"
    reference_date: dt.date | None = field(default=None, converter=_reference)
    fields: Fields = field(factory=Fields)


def _events(items: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(items)


@frozen(kw_only=True)
class RecordResult:
    """What one record gave: its document and events, or why it failed.

    Attributes:
        id: The record id (also the document id).
        source: Where the record came from.
        document: The document with all its mentions; None when the record failed.
        events: Its events, in text order.
        error: None, or one line saying why the record failed.
    """

    id: str
    source: str = ""
    document: Document | None = None
    events: tuple[Event, ...] = field(default=(), converter=_events)
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the record was extracted."""
        return self.error is None


def extract_record(record: Record | Mapping[str, object], options: ExtractOptions) -> RecordResult:
    """Extract one record; never raises for a bad record (the result carries the error).

    Args:
        record: A :class:`~chrono.records.Record`, or a mapping read with ``options.fields``
            (which must then hold an id).
        options: The run's options.

    Returns:
        The record's document and events, or its error.
    """
    if not isinstance(record, Record):
        mapping = record
        try:
            record = record_from_mapping(mapping, fields=options.fields)
        except InputError as exc:
            raw = mapping.get(options.fields.id)
            return RecordResult(id="" if raw is None else str(raw), error=str(exc))
    try:
        dct = parse_dct(record.dct, day_first=options.day_first)
        document, events = extract_document(
            record.text,
            dct=dct if dct is not None else options.reference_date,
            genre=options.genre,
            day_first=options.day_first,
            doc_id=record.id,
            source=record.source,
            language=options.language,
        )
    except ChronoError as exc:
        return RecordResult(id=record.id, source=record.source, error=str(exc))
    except Exception as exc:
        # A bug met by one record must not stop a million others: it is that record's error.
        reason = f"internal error: {type(exc).__name__}: {exc}"
        return RecordResult(id=record.id, source=record.source, error=reason)
    return RecordResult(id=record.id, source=record.source, document=document, events=events)


def extract_records(
    records: Iterable[Record | Mapping[str, object]],
    *,
    genre: Genre | str = Genre.NEWS,
    day_first: bool = False,
    language: str = "en",
    reference_date: dt.date | str | None = None,
    fields: Fields = DEFAULT_FIELDS,
    jobs: int = 1,
) -> Iterator[RecordResult]:
    """Extract every record, each anchored to its own DCT; one result per record, in order.

    Args:
        records: :class:`~chrono.records.Record` objects or mappings (JSON objects, CSV rows,
            DataFrame rows as dicts) with an id, a text and optionally a DCT, named by ``fields``.
        genre: ``news`` or ``narrative``.
        day_first: Read ``05/06/2023`` as 5 June.
        language: The rule set (only ``en`` ships).
        reference_date: The DCT of records that carry none; without it, a dateline in the text.
        fields: The field names of mappings (default ``id``, ``time``, ``text``).
        jobs: Processes that extract: this one and ``jobs - 1`` workers (1: no pool). The
            results are the same for any value.

    Yields:
        A :class:`RecordResult` per record, in input order; a bad record (no text, a DCT that is
        not a date) gives a result with ``error`` set instead of raising.

    Raises:
        OptionError: A bad ``genre`` or ``reference_date`` (raised before any record is read).
    """
    options = ExtractOptions(
        genre=genre,
        day_first=day_first,
        language=language,
        reference_date=reference_date,
        fields=fields,
    )
    task = _Task(options=options)
    for outcome in _run(task, records, jobs):
        # Only RecordFailure items pass through as failures, and callers here give none.
        assert isinstance(outcome, RecordResult)
        yield outcome


# --------------------------------------------------------------------------- the pool


@frozen(kw_only=True)
class RenderSettings:
    """Writer options for :func:`export` (see :func:`chrono.api.render`)."""

    calendar_name: str | None = None
    """None: the source file name when there is one document, else ``chrono timeline``."""
    ics_coarse: str = "span"
    dtstamp_epoch: int | None = None


@frozen(kw_only=True)
class _Task:
    """What a worker does with each record: extract only, or extract and render."""

    options: ExtractOptions
    format: str | None = None
    """None: return :class:`RecordResult` objects. Else render in this streaming format."""
    per_event: bool = False
    """Render each event alone with its sort key (for the chronological merge)."""
    render: RenderSettings = RenderSettings()


@frozen(kw_only=True)
class _Rendered:
    """A record rendered in a streaming format (what crosses the process boundary)."""

    id: str
    source: str
    error: str | None = None
    chunk: bytes = b""
    rows: tuple[bytes, ...] = ()
    """Each event rendered alone, after its sort key (see :func:`_sort_bytes`)."""


@frozen(kw_only=True)
class _Skipped:
    """A TimeML record the output already holds (``resume``): read, not extracted."""

    id: str


Item = Record | RecordFailure | TimeMLFile | Mapping[str, object]
Outcome = RecordResult | _Rendered | RecordFailure | _Skipped

# Ids a resumed run skips, in a pool worker (set once by its initializer, so that a large set is
# not sent with every batch). Records from JSON Lines and CSV are skipped before they are sent;
# only TimeML files, whose id is known once parsed, are skipped here.
_WORKER_SKIP: Container[str] = frozenset()


def _render(timeline: Timeline, task: _Task) -> bytes:
    assert task.format is not None
    return render(
        timeline,
        task.format,
        calendar_name=task.render.calendar_name or "chrono timeline",
        ics_coarse=task.render.ics_coarse,
        dtstamp_epoch=task.render.dtstamp_epoch,
    )


def _prefix(task: _Task) -> bytes:
    """What a streaming format writes once, before any document: the render of nothing."""
    return _render(Timeline(), task)


def _body(data: bytes, prefix: bytes) -> bytes:
    if not data.startswith(prefix):
        raise AssertionError("a streaming writer must start every output with the same prefix")
    return data[len(prefix) :]


def _process(task: _Task, item: Item, skip: Container[str]) -> Outcome:
    if isinstance(item, RecordFailure):
        return item
    if isinstance(item, TimeMLFile):
        path = item.path
        try:
            item = item.read()
        except InputError as exc:
            return RecordFailure(id=path, source=path, reason=str(exc))
        if item.id in skip:
            return _Skipped(id=item.id)
    result = extract_record(item, task.options)
    if task.format is None or result.document is None:
        return result
    doc = result.document
    prefix = _prefix(task)
    if task.per_event:
        rows = tuple(
            _sort_bytes(event)
            + _body(_render(Timeline(documents=(doc,), events=(event,)), task), prefix)
            for event in result.events
        )
        return _Rendered(id=result.id, source=result.source, rows=rows)
    events = sorted(result.events, key=event_sort_key)
    chunk = _body(_render(Timeline(documents=(doc,), events=events), task), prefix)
    return _Rendered(id=result.id, source=result.source, chunk=chunk)


def _process_batch(
    task: _Task, items: Sequence[Item], skip: Container[str] | None = None
) -> list[Outcome]:
    chosen = _WORKER_SKIP if skip is None else skip
    return [_process(task, item, chosen) for item in items]


def _init_worker(options: ExtractOptions, skip: Container[str]) -> None:
    global _WORKER_SKIP
    _WORKER_SKIP = skip
    # Ctrl-C reaches the whole process group: the parent alone handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the command line's SIGTERM handler, which unwinds by raising
    # SystemExit: the pool would get it back as a batch's outcome. A worker just ends.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    warm_up_and_freeze(options)


def warm_up_and_freeze(options: ExtractOptions) -> None:
    """Load the grammar and build the matcher's indexes, then freeze every object so far out
    of the garbage collector's sight: for a process that extracts until it ends (a pool
    worker, the command line), never for a library's host, whose objects are its own.

    extract_document caches its extractor: a text with a date reaches every lazily built
    part. What is loaded then lives as long as the process: the collector need not look at it
    again, during the run nor at exit (where it costs a pool's shutdown about 0.15 s).
    """
    extract_document(_WARM_UP, genre=options.genre, day_first=options.day_first)
    gc.freeze()


def _size(item: Item) -> int:
    if isinstance(item, Record):
        return len(item.text)
    if isinstance(item, TimeMLFile):
        return item.size // 4  # markup is most of a TimeML file
    if isinstance(item, RecordFailure):
        return 0
    text = item.get("text")
    return len(text) if isinstance(text, str) else 0


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    batch: list[Item] = []
    chars = 0
    for item in items:
        size = _size(item)
        if batch and (len(batch) >= BATCH_RECORDS or chars + size > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += size
    if batch:
        yield batch


def default_jobs() -> int:
    """All the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _run(
    task: _Task,
    items: Iterable[Item],
    jobs: int,
    skip: Container[str] = frozenset(),
    *,
    fork: bool = False,
) -> Iterator[Outcome]:
    """Process every item, ``jobs`` processes wide, yielding outcomes in input order (``fork``:
    see :func:`export`)."""
    if jobs < 1:
        raise OptionError(f"jobs must be at least 1, not {jobs}")
    batches = _batches(items)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None) if jobs > 1 else None
    if second is None:
        yield from _process_batch(task, first, skip)
        for batch in batches:
            yield from _process_batch(task, batch, skip)
        return
    # Imported here: a run in one process needs neither.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context(_start_method(fork))
    # This process is one of the ``jobs``: it works whenever it would wait for a worker (see
    # _next), so it does not idle while the workers start, nor while they finish.
    with ProcessPoolExecutor(
        max_workers=jobs - 1,
        mp_context=context,
        initializer=_init_worker,
        initargs=(task.options, skip),
    ) as pool:
        pending: deque[_Slot] = deque()
        feed = _Feed(pool, task, jobs)
        try:
            for batch in _chain_batches(first, second, batches):
                pending.append(_Slot(batch))
                feed(pending)
                if len(pending) >= _WINDOW * jobs:
                    yield from _next(pending, task, skip, feed)
            feed.tail = True
            while pending:
                yield from _next(pending, task, skip, feed)
        except BrokenProcessPool:
            pool.shutdown(wait=True, cancel_futures=True)
            raise ChronoError(
                "a worker process died (killed, or out of memory?); try fewer --jobs"
            ) from None
        except BaseException:
            # Ctrl-C, an early stop (--fail-fast) or a closed generator: drop queued work.
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _start_method(fork: bool) -> str:
    """``fork`` when asked and safe: a POSIX system, and no thread but this one (a fork copies
    only the calling thread, so a lock another thread holds would stay locked in the child;
    the pool starts its own thread only after it has forked its workers). Else ``spawn``."""
    import multiprocessing
    import threading

    if fork and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


class _Slot:
    """A batch in flight: this process's until it is handed to the pool (``future``), and one
    this process may still take back while no worker has started it."""

    def __init__(self, batch: list[Item], future: Future[list[Outcome]] | None = None) -> None:
        self.batch: list[Item] | None = batch
        self.future = future
        self.outcomes: list[Outcome] | None = None

    def done(self) -> bool:
        return self.outcomes is not None or (self.future is not None and self.future.done())

    def local(self) -> bool:
        """Not handed to the pool, nor done."""
        return self.future is None and self.outcomes is None

    def take_back(self, task: _Task, skip: Container[str]) -> bool:
        """Process the batch here, if no worker has started it (True); else do nothing."""
        if self.batch is None or (self.future is not None and not self.future.cancel()):
            return False
        self.outcomes = _process_batch(task, self.batch, skip)
        self.batch = None
        return True

    def result(self) -> list[Outcome]:
        if self.outcomes is not None:
            return self.outcomes
        assert self.future is not None
        return self.future.result()


class _Feed:
    """Hands the oldest batches to the pool, no more than its workers commit to (one running and
    one queued each, and one more: then the pool has nothing it could still give back), so the
    batches beyond stay this process's to take or to split. Once the input is read (``tail``),
    the batches left are cut as they are handed out, each to a share of the records left (about
    1 / 2 ``jobs`` of them: "guided" scheduling), so that the last batches a worker committed to
    are small and no process idles long at the end while another finishes."""

    def __init__(self, pool: ProcessPoolExecutor, task: _Task, jobs: int) -> None:
        self.pool = pool
        self.task = task
        self.jobs = jobs
        self.cap = 2 * (jobs - 1) + 1
        self.tail = False

    def share(self, pending: deque[_Slot]) -> int:
        """Records for the next batch handed out or taken (0: no limit, before the tail)."""
        if not self.tail:
            return 0
        left = sum(len(slot.batch) for slot in pending if slot.local() and slot.batch)
        return -(-left // (2 * self.jobs))

    def __call__(self, pending: deque[_Slot]) -> None:
        busy = sum(1 for slot in pending if slot.future is not None and not slot.done())
        index = 0
        while busy < self.cap and index < len(pending):
            slot = pending[index]
            index += 1
            if not slot.local() or slot.batch is None:
                continue
            share = self.share(pending)
            if 0 < share < len(slot.batch):
                pending.insert(index, _Slot(slot.batch[share:]))
                slot.batch = slot.batch[:share]
            slot.future = self.pool.submit(_process_batch, self.task, slot.batch)
            busy += 1


def _next(
    pending: deque[_Slot],
    task: _Task,
    skip: Container[str],
    feed: _Feed | None = None,
) -> list[Outcome]:
    """The outcomes of the oldest batch. Until they are ready, this process works too: on the
    newest batch no worker has started, so that the workers keep the oldest ones (in the tail,
    on its last records only: see :class:`_Feed`)."""
    while True:
        if feed is not None:
            feed(pending)
        head = pending[0]
        if head.done() or not _take_newest(pending, task, skip, feed):
            break  # done, or every batch left is a worker's: wait for the oldest
    pending.popleft()
    return head.result()


def _take_newest(
    pending: deque[_Slot], task: _Task, skip: Container[str], feed: _Feed | None
) -> bool:
    for index in range(len(pending) - 1, -1, -1):
        slot = pending[index]
        share = feed.share(pending) if feed is not None and slot.local() else 0
        if slot.batch is not None and 0 < share < len(slot.batch):
            piece = _Slot(slot.batch[-share:])
            slot.batch = slot.batch[:-share]
            pending.insert(index + 1, piece)
            slot = piece
        if slot.take_back(task, skip):
            return True
    return False


def _chain_batches(
    first: list[Item], second: list[Item], rest: Iterator[list[Item]]
) -> Iterator[list[Item]]:
    yield first
    yield second
    yield from rest


# --------------------------------------------------------------------------- chronological merge

_KEY_DOCUMENT = 24
"""Bytes for the document id in a row's sort key (text inputs: ``d`` and up to 23 digits)."""
_KEY_LENGTH = 20 + 20 + _KEY_DOCUMENT + 12
_RUN_LENGTH = struct.Struct(">I")


def _instant_key(value: dt.datetime) -> str:
    return (
        f"{value.year:04d}{value.month:02d}{value.day:02d}"
        f"{value.hour:02d}{value.minute:02d}{value.second:02d}{value.microsecond:06d}"
    )


def _sort_bytes(event: Event) -> bytes:
    """:func:`~chrono.events.event_sort_key` as fixed-width bytes that sort the same way.

    One ``bytes`` object per row (key and row together) instead of a tuple of six objects: a
    run holds hundreds of thousands of rows, and small objects cost more than their size and
    fragment the heap. Years have four digits (1 to 9999); the document id is padded with NUL,
    which sorts before every character, so ``d1`` < ``d10`` < ``d2`` as for ``str``.
    """
    start, end, document, offset = event_sort_key(event)
    doc = document.encode("utf-8", "surrogatepass")
    if len(doc) > _KEY_DOCUMENT or b"\x00" in doc:
        raise ValueError(f"document id {document!r} does not fit a sort key")
    key = f"{_instant_key(start)}{_instant_key(end)}".encode() + doc.ljust(_KEY_DOCUMENT, b"\x00")
    return key + f"{offset:012d}".encode()


def _row_key(row: bytes) -> bytes:
    return row[:_KEY_LENGTH]


class _ChronologicalRows:
    """Rows with sort keys in, rows in key order out, holding at most a run in memory.

    Each row is one ``bytes``: its :func:`_sort_bytes` key, then the rendered row. Ties keep
    their arrival order (the sort is stable and runs merge in order), so the result is exactly
    that of one stable sort of every row.
    """

    def __init__(self, run_bytes: int | None = None) -> None:
        self._run_bytes = SORT_RUN_BYTES if run_bytes is None else run_bytes
        self._rows: list[bytes] = []
        self._size = 0
        self._runs: list[IO[bytes]] = []

    def add(self, rows: Iterable[bytes]) -> None:
        for row in rows:
            self._rows.append(row)
            self._size += len(row) + 48  # the bytes object's header and the list slot
        if self._size > self._run_bytes:
            self._spill()

    def _spill(self) -> None:
        self._rows.sort(key=_row_key)
        run = tempfile.TemporaryFile()  # noqa: SIM115  # open until the merge is read
        for row in self._rows:
            run.write(_RUN_LENGTH.pack(len(row)))
            run.write(row)
        run.seek(0)
        self._runs.append(run)
        self._rows, self._size = [], 0

    def __iter__(self) -> Iterator[bytes]:
        if not self._runs:
            self._rows.sort(key=_row_key)
            for row in self._rows:
                yield row[_KEY_LENGTH:]
            return
        if self._rows:
            self._spill()
        for row in heapq.merge(*(_read_run(run) for run in self._runs), key=_row_key):
            yield row[_KEY_LENGTH:]

    def close(self) -> None:
        for run in self._runs:
            run.close()


def _read_run(run: IO[bytes]) -> Iterator[bytes]:
    while header := run.read(_RUN_LENGTH.size):
        (length,) = _RUN_LENGTH.unpack(header)
        yield run.read(length)


# --------------------------------------------------------------------------- resume


def read_done(path: str, format: str) -> tuple[_IdSet, int]:
    """Read an earlier streaming output for ``--resume``: which records it holds complete.

    Records are written whole and in input order, so only the last one can be incomplete (a run
    killed while writing it): its rows count as not written, as does any torn line after them.
    The file is read as a stream; only the ids are kept (16 bytes each, see :class:`_IdSet`).

    Args:
        path: The earlier output.
        format: Its format (``csv`` or ``jsonl``).

    Returns:
        The ids of the complete records, and the byte offset to keep: what follows it (the last
        record's rows and any torn line) is cut before appending. 0 means start over (no file,
        an empty one, or one that does not start with chrono's CSV header).

    Raises:
        OutputError: The file exists but cannot be read.
    """
    try:
        with open(path, "rb") as file:
            rows = _csv_records(file) if format == "csv" else _jsonl_records(file)
            return _complete(rows, format)
    except FileNotFoundError:
        return _IdSet(), 0
    except OSError as exc:
        raise OutputError(f"cannot read {path} to resume: {exc.strerror or exc}") from None


def _complete(rows: Iterator[Row], format: str) -> tuple[_IdSet, int]:
    done = _IdSet()
    keep = 0
    if format == "csv":
        header = next(rows, None)
        if header is None or header[0] is not None:
            return done, 0
        keep = header[2]
    last: str | None = None
    for document, start, _end in rows:
        if document != last:
            if last is not None:
                done.add(last)  # a record is complete once the next one begins
            last, keep = document, start
    return done, keep


Row = tuple[str | None, int, int]
"""(document id, or None for the CSV header; start offset; end offset) of an output record."""


def _csv_records(file: BinaryIO) -> Iterator[Row]:
    """Every complete CSV record of chrono's CSV output; stops at the first torn or foreign one."""
    import csv
    import io

    from chrono.writers.csv import HEADER

    document = HEADER.index("document")
    offset = start = 0
    pending = b""
    for line in file:
        if not pending:
            start = offset
        offset += len(line)
        pending += line
        # A record ends at a line end outside quotes, i.e. after an even number of quotes.
        if pending.count(b'"') % 2 or not pending.endswith(b"\r\n"):
            continue
        text = pending.decode("utf-8", "replace")
        pending = b""
        cells = next(csv.reader(io.StringIO(text, newline="")), [])
        if start == 0:
            if tuple(cells) != HEADER:
                return
            yield None, start, offset
        elif len(cells) == len(HEADER):
            yield cells[document], start, offset
        else:
            return


def _jsonl_records(file: BinaryIO) -> Iterator[Row]:
    """Every complete line of a JSON Lines output; stops at the first torn or foreign one."""
    offset = 0
    for line in file:
        start, offset = offset, offset + len(line)
        try:
            value = json.loads(line) if line.endswith(b"\n") else None
        except ValueError:
            value = None
        if not isinstance(value, dict) or not isinstance(value.get("document"), str):
            return
        yield value["document"], start, offset


class _Journal:
    """The output of a ``--resume`` run: the earlier file, cut and appended to in place.

    Opened at the first write, so a run that exports nothing leaves the file as it was. Each
    record is flushed as it is written; the file is fsynced at the end.
    """

    def __init__(self, path: str, keep: int) -> None:
        self._path = path
        self._keep = keep
        self._file: IO[bytes] | None = None

    def write(self, data: bytes, prefix: bytes) -> None:
        file = self._file
        if file is None:
            mode = "r+b" if os.path.exists(self._path) else "wb"
            try:
                file = self._file = open(self._path, mode)  # noqa: SIM115  # closed by close()
                file.truncate(self._keep)
                file.seek(self._keep)
            except OSError as exc:
                raise OutputError(f"cannot write {self._path}: {exc.strerror or exc}") from None
            if self._keep == 0:
                file.write(prefix)
        try:
            file.write(data)
            file.flush()
        except OSError as exc:
            raise OutputError(f"cannot write {self._path}: {exc.strerror or exc}") from None

    def close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                os.fsync(self._file.fileno())
            self._file.close()


# --------------------------------------------------------------------------- export


class Stopped(ChronoError):
    """``fail_fast`` met a failure; the output was not written (see :func:`export`)."""


@frozen(kw_only=True)
class ExportReport:
    """What :func:`export` did.

    Attributes:
        documents: Records exported by this run.
        failed: Records (or inputs) that failed; each was reported and written to the errors
            file.
        skipped: Records already in the output (``resume``), not extracted again.
    """

    documents: int
    failed: int
    skipped: int


def _failure_line(failure: RecordFailure) -> bytes:
    entry = {"id": failure.id, "source": failure.source, "reason": failure.reason}
    text = json.dumps(entry, ensure_ascii=False) + "\n"
    return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def export(
    records: Iterable[Record | RecordFailure | TimeMLFile],
    *,
    format: str,
    output: str,
    stdout: BinaryIO,
    options: ExtractOptions,
    settings: RenderSettings = RenderSettings(),
    by_input: bool = True,
    jobs: int = 1,
    fork: bool = False,
    resume: bool = False,
    errors_file: str | None = None,
    fail_fast: bool = False,
    on_failure: Callable[[RecordFailure], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> ExportReport:
    """Extract every record and write one output: what ``chrono export`` runs.

    Args:
        records: From a :class:`~chrono.records.RecordReader`; failures pass through to the
            report.
        format: An output format (:func:`chrono.writers.formats`).
        output: A file (written atomically, unless ``resume``) or ``-`` for ``stdout``.
        stdout: The binary standard output.
        options: Extraction options.
        settings: Writer options.
        by_input: True for records: streaming formats list each record's events in input
            order. False for texts: one chronological timeline (see the module docstring).
        jobs: Processes that extract: this one and ``jobs - 1`` workers (1: no pool). The bytes
            are the same for any value.
        fork: Start the workers by forking this process (on POSIX, while it runs no other
            thread) instead of spawning new interpreters: each begins with this process's
            grammar and indexes, loaded and frozen (:func:`warm_up_and_freeze`), instead of
            loading its own. For a process that is chrono's own (the command line), not for a
            library's host, whose state each worker would copy.
        resume: Append to ``output``, skipping the records it already holds (``csv``/``jsonl``,
            ``by_input`` only). The file is then written in place, record by record, not
            atomically: a killed run leaves whole records and at most one torn one, which the next
            ``resume`` run cuts and redoes.
        errors_file: Where to write one JSON line ``{"id", "source", "reason"}`` per failure
            (atomically, at the end of the run).
        fail_fast: Raise :class:`Stopped` at the first failure.
        on_failure: Called with each failure as it happens (the CLI prints it).
        on_progress: Called with the number of records done so far after each one.

    Returns:
        How many records were exported, failed and skipped.

    Raises:
        OptionError: ``resume`` with standard output, a whole-timeline format or texts.
        InputError: No record could be exported and none was skipped ("no readable input");
            nothing is written.
        OutputError: The output or the errors file cannot be written.
        Stopped: ``fail_fast`` and a record failed; nothing is written (with ``resume``, the
            records before it stay appended).
    """
    streaming = format in STREAMING_FORMATS
    if resume:
        if output == "-":
            raise OptionError("--resume needs an output file (-o FILE)")
        if not streaming:
            raise OptionError(f"--resume needs a streaming format ({', '.join(STREAMING_FORMATS)})")
        if not by_input:
            raise OptionError("--resume needs records (--input-format jsonl, csv or timeml)")
    if errors_file is not None:
        check_writable(errors_file)
    if output != "-":
        check_writable(output)
    done, keep = read_done(output, format) if resume else (_IdSet(), 0)
    state = _State(fail_fast=fail_fast, on_failure=on_failure, on_progress=on_progress)
    todo = state.skip_done(records, done)
    task = _Task(
        options=options,
        format=format if streaming else None,
        per_event=streaming and not by_input,
        render=settings,
    )
    errors: contextlib.AbstractContextManager[BinaryIO | None] = (
        atomic_writer(errors_file) if errors_file is not None else contextlib.nullcontext()
    )
    with errors as sink:
        state.sink = sink
        outcomes = _run(task, todo, jobs, done, fork=fork)
        if streaming and by_input:
            if resume:
                _stream_journal(outcomes, _Journal(output, keep), _prefix(task), state)
            else:
                with open_output(output, stdout) as out:
                    _stream(outcomes, out, _prefix(task), state)
        elif streaming:
            _stream_chronological(outcomes, output, stdout, _prefix(task), state)
        else:
            _whole(outcomes, output, stdout, format, settings, state)
    return ExportReport(documents=state.documents, failed=state.failed, skipped=state.skipped)


class _IdSet:
    """The record ids seen so far, as 16-byte digests instead of strings in a set.

    Ids are kept as 128-bit BLAKE2b digests in an open-addressing table (two array slots per id,
    linear probing, doubled when three quarters full): 21 to 43 bytes per record, where a set of
    strings takes about 100. Two different ids share a digest with odds of about n² / 2¹²⁹ (nil
    for any real corpus).
    """

    def __init__(self) -> None:
        self._slots = array.array("Q", bytes(16 * 1024))
        self._mask = 1024 - 1
        self._count = 0

    def __len__(self) -> int:
        return self._count

    @staticmethod
    def _digest(value: str) -> tuple[int, int]:
        raw = hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        high, low = struct.unpack("<QQ", raw)
        return high or 1, low  # a zero high half marks an empty slot

    def _find(self, high: int, low: int) -> tuple[int, bool]:
        slots, mask = self._slots, self._mask
        i = high & mask
        while True:
            found = slots[2 * i]
            if found == 0:
                return i, False
            if found == high and slots[2 * i + 1] == low:
                return i, True
            i = (i + 1) & mask

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self._find(*self._digest(value))[1]

    def add(self, value: str) -> None:
        high, low = self._digest(value)
        i, present = self._find(high, low)
        if present:
            return
        self._slots[2 * i], self._slots[2 * i + 1] = high, low
        self._count += 1
        if 4 * self._count > 3 * (self._mask + 1):  # three quarters full
            self._grow()

    def _grow(self) -> None:
        old = self._slots
        size = 2 * (self._mask + 1)
        self._slots = array.array("Q", bytes(16 * size))
        self._mask = size - 1
        for k in range(0, len(old), 2):
            if old[k]:
                i, _ = self._find(old[k], old[k + 1])
                self._slots[2 * i], self._slots[2 * i + 1] = old[k], old[k + 1]


class _State:
    """Counts and reports failures and progress while an export runs."""

    def __init__(
        self,
        *,
        fail_fast: bool,
        on_failure: Callable[[RecordFailure], None] | None,
        on_progress: Callable[[int], None] | None,
    ) -> None:
        self.fail_fast = fail_fast
        self.on_failure = on_failure
        self.on_progress = on_progress
        self.sink: BinaryIO | None = None
        self.documents = self.failed = self.skipped = 0
        self.seen = _IdSet()  # flat in memory, however many records

    def skip_done(
        self, records: Iterable[Record | RecordFailure | TimeMLFile], done: Container[str]
    ) -> Iterator[Record | RecordFailure | TimeMLFile]:
        for record in records:
            if isinstance(record, Record) and record.id in done:
                self.skipped += 1
                continue
            yield record

    def ok(self, outcome: Outcome) -> bool:
        """Count one outcome; report it if it failed. True when it is to be written."""
        if isinstance(outcome, _Skipped):
            self.skipped += 1
            return False
        failure: RecordFailure | None = None
        if isinstance(outcome, RecordFailure):
            failure = outcome
        elif outcome.error is not None:
            failure = RecordFailure(id=outcome.id, source=outcome.source, reason=outcome.error)
        elif outcome.id in self.seen:
            # Checked here, after extraction, because a TimeML file's id is known only once a
            # worker has parsed it.
            failure = RecordFailure(id=outcome.id, source=outcome.source, reason="duplicate id")
        if failure is None:
            self.documents += 1
            self.seen.add(outcome.id)
        else:
            self.failed += 1
            if self.on_failure is not None:
                self.on_failure(failure)
            if self.sink is not None:
                self.sink.write(_failure_line(failure))
            if self.fail_fast:
                raise Stopped(f"stopped at the first failure ({failure.message})")
        if self.on_progress is not None:
            self.on_progress(self.documents + self.failed + self.skipped)
        return failure is None

    def check_any(self) -> None:
        if self.documents == 0 and self.skipped == 0:
            raise InputError("no readable input")


def _stream(outcomes: Iterable[Outcome], out: BinaryIO, prefix: bytes, state: _State) -> None:
    started = False
    for outcome in outcomes:
        if state.ok(outcome):
            assert isinstance(outcome, _Rendered)
            if not started:
                # Written at the first success, so that a run with nothing to export writes
                # nothing at all, even to standard output.
                out.write(prefix)
                started = True
            out.write(outcome.chunk)
    state.check_any()


def _stream_journal(
    outcomes: Iterable[Outcome], journal: _Journal, prefix: bytes, state: _State
) -> None:
    try:
        for outcome in outcomes:
            if state.ok(outcome):
                assert isinstance(outcome, _Rendered)
                journal.write(outcome.chunk, prefix)
    finally:
        journal.close()
    state.check_any()


def _stream_chronological(
    outcomes: Iterable[Outcome], output: str, stdout: BinaryIO, prefix: bytes, state: _State
) -> None:
    rows = _ChronologicalRows()
    try:
        for outcome in outcomes:
            if state.ok(outcome):
                assert isinstance(outcome, _Rendered)
                rows.add(outcome.rows)
        state.check_any()
        with open_output(output, stdout) as out:
            out.write(prefix)
            for row in rows:
                out.write(row)
    finally:
        rows.close()


def _whole(
    outcomes: Iterable[Outcome],
    output: str,
    stdout: BinaryIO,
    format: str,
    settings: RenderSettings,
    state: _State,
) -> None:
    documents: list[Document] = []
    events: list[Event] = []
    for outcome in outcomes:
        if state.ok(outcome):
            assert isinstance(outcome, RecordResult) and outcome.document is not None
            documents.append(outcome.document)
            events.extend(outcome.events)
    state.check_any()
    events.sort(key=event_sort_key)
    name = settings.calendar_name or (
        os.path.basename(documents[0].source) if len(documents) == 1 else "chrono timeline"
    )
    data = render(
        Timeline(documents=documents, events=events),
        format,
        calendar_name=name or "chrono timeline",
        ics_coarse=settings.ics_coarse,
        dtstamp_epoch=settings.dtstamp_epoch,
    )
    with open_output(output, stdout) as out:
        out.write(data)


# --------------------------------------------------------------------------- progress


class Progress:
    """A one-line progress report for a terminal: records done, MB/s and, when known, ETA.

    Redrawn at most every ``interval`` seconds, in place (``\\r``); messages printed through
    :meth:`echo` clear it first so they stay whole.

    Args:
        stream: The terminal (standard error).
        bytes_read: Returns the input bytes consumed so far.
        total: The input size in bytes, or None when unknown (no ETA then).
        interval: Seconds between redraws.
        started: The ``time.monotonic()`` the run started at (default: now).
    """

    def __init__(
        self,
        stream: TextIO,
        bytes_read: Callable[[], int],
        total: int | None,
        *,
        interval: float = 0.2,
        started: float | None = None,
    ) -> None:
        self._stream = stream
        self._bytes_read = bytes_read
        self._total = total
        self._interval = interval
        self._started = time.monotonic() if started is None else started
        self._drawn = 0.0
        self._width = 0
        self._done = 0

    def update(self, done: int) -> None:
        """Record that ``done`` records are finished; redraw if it is time."""
        self._done = done
        now = time.monotonic()
        if now - self._drawn >= self._interval:
            self._drawn = now
            self._draw(now)

    def line(self, now: float) -> str:
        """The progress line at monotonic time ``now``."""
        elapsed = max(now - self._started, 1e-9)
        read = self._bytes_read()
        rate = read / elapsed
        parts = [f"{self._done:,} documents", f"{read / 1e6:,.1f} MB", f"{rate / 1e6:.2f} MB/s"]
        if self._total and rate > 0:
            share = min(read / self._total, 1.0)
            remaining = max(self._total - read, 0) / rate
            parts.append(f"{share:.0%}")
            parts.append(f"ETA {_clock(remaining)}")
        return "chrono: " + "  ".join(parts)

    def _draw(self, now: float) -> None:
        text = self.line(now)
        self._stream.write("\r" + text.ljust(self._width))
        self._stream.flush()
        self._width = len(text)

    def echo(self, message: str) -> None:
        """Print one line above the progress line."""
        self._stream.write("\r" + " " * self._width + "\r" + message + "\n")
        self._width = 0
        self._drawn = 0.0
        self._stream.flush()

    def close(self) -> None:
        """Draw the final state and end the line."""
        self._draw(time.monotonic())
        self._stream.write("\n")
        self._stream.flush()


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
