"""Corpora as records: one document per record, each with its own id and creation date (DCT).

Four input formats, chosen by ``chrono export --input-format``:

``text`` (the default)
    Files, directories and ``-`` read by :func:`chrono.readers.iter_inputs`; each text is one
    record with the id ``d1``, ``d2``... (counting readable texts, in order) and no DCT of its own.
``jsonl``
    JSON Lines: one JSON object per line. The text, DCT and id are read from the fields named by
    :class:`Fields` (default ``{"id", "time", "text"}``). Blank lines are skipped.
``csv``
    CSV with a header row naming the same fields (RFC 4180; any line ends).
``timeml``
    TimeML files (``.tml``; directories are searched recursively, files sorted by path), read by
    :func:`chrono.timeml.read_timeml`: the text of ``<TEXT>``, the date of ``<DCT>``, the id of
    ``<DOCID>`` or else the file name's stem.

Policies, stated once (the README repeats them):

* **Decoding.** JSON Lines and CSV are read as UTF-8 (a leading BOM is skipped), or with
  ``encoding`` when given (JSON Lines are split at newline bytes first, so that codec must be
  ASCII-compatible: not UTF-16); bytes that do not decode become U+FFFD, so reading never fails
  on them.
* **Ids.** A missing, null or empty id becomes ``<source>:<n>``, where ``n`` is the line number
  (JSON Lines) or the row number with the header as row 1 (CSV). A number is written in decimal.
  ``chrono export`` fails a record whose id an earlier record of the run had ("duplicate id"),
  since ids name the documents in the output and let ``--resume`` find them.
* **Text.** A missing or non-string text makes the record fail; an empty string is a document
  with no expressions.
* **DCT.** A missing, null or empty DCT falls back to ``--reference-date``, else to a dateline
  found in the text, else none (as for text files). A DCT that is present but not a date
  (``"soon"``, ``"2023-13-45"``, a number) makes the record fail: anchoring to a guess would put
  its relative dates in the wrong place without a word. See :func:`parse_dct` for what counts as a
  date.
* **Failures** never stop the reading: a line that is not a JSON object, a row, a TimeML file
  that cannot be read, each becomes one :class:`RecordFailure` and the next record is read.
  A file that cannot be opened at all, or a CSV whose header lacks the text column, is one
  failure for the whole file.

Only one record (one line, one row, one file) is held in memory at a time.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import os
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import BinaryIO

from attrs import Factory, field, frozen

from chrono.errors import ChronoError, InputError
from chrono.extract.normalize import parse_reference_date
from chrono.readers import InputFailure, iter_inputs
from chrono.timeml import read_timeml, tml_files

INPUT_FORMATS = ("text", "jsonl", "csv", "timeml")
"""The values of ``--input-format``."""

_ISO_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\S.*)?")

# The largest field the csv module accepts (a C long on every platform): an article is one field,
# and the default limit (128 KiB) would reject long ones.
_CSV_FIELD_LIMIT = 2**31 - 1


@frozen(kw_only=True)
class Fields:
    """Which fields of a JSON object or CSV row hold the text, the DCT and the id."""

    text: str = "text"
    dct: str = "time"
    id: str = "id"


DEFAULT_FIELDS = Fields()
"""``text``, ``time`` and ``id``: the common layout of news corpora."""


@frozen(kw_only=True)
class Record:
    """One document of a corpus.

    Attributes:
        id: Names the document in the output (the ``document`` of its events); unique in a run.
        text: The document text; offsets in the output index it.
        dct: Its creation date: a date, a date string (see :func:`parse_dct`), or None to fall
            back to the reference date or a dateline.
        source: Where it came from (the input file), recorded in the document and its events.
    """

    id: str
    text: str
    dct: dt.date | str | None = None
    source: str = ""


@frozen(kw_only=True)
class RecordFailure:
    """A record (or a whole input) that could not be read.

    Attributes:
        id: The record's id when it could be read, else ``<source>:<n>`` or the path.
        source: The input file, or ``<stdin>``.
        reason: What went wrong, one line.
    """

    id: str
    source: str
    reason: str
    message: str = field(
        default=Factory(lambda self: _message(self.id, self.source, self.reason), takes_self=True)
    )
    """One line for stderr, naming the source and the record."""


def _one_line(value: str) -> str:
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in value) or "''"


def _message(record_id: str, source: str, reason: str) -> str:
    if not source or record_id == source or record_id.startswith(f"{source}:"):
        return f"{_one_line(record_id)}: {reason}"
    return f"{_one_line(source)}: {_one_line(record_id)}: {reason}"


def parse_dct(value: object, *, day_first: bool = False) -> dt.date | None:
    """A record's creation date from the value of its DCT field.

    Accepted: a ``date`` or ``datetime``; an ISO 8601 date (``2023-09-12``) or date-time
    (``2023-09-12T14:30:00Z``, ``2023-09-12 14:30``), whose own calendar date is taken as written
    (no time-zone conversion); a written date with day, month and year (``12 Sep 2023``).

    Args:
        value: The field's value (None or an empty string: no DCT).
        day_first: Read ``05/06/2023`` as 5 June.

    Returns:
        The date, or None when the value is missing.

    Raises:
        InputError: The value is present but not a date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if not isinstance(value, str):
        raise InputError(f"DCT {value!r} is not a date string")
    text = value.strip()
    if (match := _ISO_DATETIME.fullmatch(text)) is not None:
        try:
            if text != match[1]:
                dt.datetime.fromisoformat(text)  # validates the time part
            return dt.date.fromisoformat(match[1])
        except ValueError:
            raise InputError(f"DCT {value!r} is not a real date or time") from None
    try:
        return parse_reference_date(text, day_first=day_first)
    except ChronoError:
        raise InputError(f"DCT {value!r} is not a calendar date") from None


def record_from_mapping(
    mapping: Mapping[str, object],
    *,
    fields: Fields = DEFAULT_FIELDS,
    source: str = "",
    fallback_id: str | None = None,
) -> Record:
    """Read one record from a JSON object, a CSV row or any mapping.

    Args:
        mapping: The record's fields.
        fields: Which fields hold the text, DCT and id.
        source: Recorded as the record's source.
        fallback_id: The id to use when the id field is missing, null or empty; None makes that
            an error.

    Returns:
        The record; its DCT is kept as given (parsed later, by :func:`parse_dct`).

    Raises:
        InputError: No usable id, no text field, a text that is not a string, or a DCT of a
            type that cannot be a date.
    """
    raw_id = mapping.get(fields.id)
    if raw_id is None or raw_id == "":
        if fallback_id is None:
            raise InputError(f"no {fields.id!r} field")
        record_id = fallback_id
    elif isinstance(raw_id, bool) or not isinstance(raw_id, str | int | float):
        raise InputError(f"{fields.id!r} is not a string or a number")
    else:
        record_id = str(raw_id)
    if fields.text not in mapping:
        raise InputError(f"no {fields.text!r} field")
    text = mapping[fields.text]
    if not isinstance(text, str):
        raise InputError(f"{fields.text!r} is not a string")
    dct = mapping.get(fields.dct)
    if dct is not None and not isinstance(dct, str | dt.date):
        raise InputError(f"DCT {dct!r} is not a date string")
    return Record(id=record_id, text=text, dct=dct, source=source)


@frozen(kw_only=True)
class TimeMLFile:
    """A TimeML file still to be read: parsing it is left to whoever extracts it.

    Parsing TimeML costs about as much as extracting its text, so the reader hands out the path
    and each worker process parses its own files (:meth:`read`).
    """

    path: str
    size: int = 0
    """Its size in bytes (to balance batches of work)."""

    def read(self) -> Record:
        """The record: the text of ``<TEXT>``, the date of ``<DCT>``, the id of ``<DOCID>``.

        The gold TIMEX3s of ``<TEXT>`` are left unread (they are ``chrono eval``'s): a file
        whose annotation has a bad ``type`` or ``mod`` is read like any other.

        Raises:
            InputError: The file cannot be read or is not TimeML.
        """
        doc = read_timeml(self.path, timexes=False)
        return Record(id=doc.doc_id or self.path, text=doc.text, dct=doc.dct, source=self.path)


class RecordReader:
    """Reads records from the inputs the user named, lazily, in order.

    Iterating yields a :class:`Record` or a :class:`RecordFailure` per record (a
    :class:`TimeMLFile` per TimeML file); it never raises for a bad input.
    :attr:`bytes_read` grows as inputs are consumed (for progress reports).

    Args:
        paths: Files, directories and ``-`` (standard input; not for ``timeml``).
        input_format: One of :data:`INPUT_FORMATS`.
        fields: For ``jsonl`` and ``csv``.
        encoding: For ``text`` as in :mod:`chrono.readers`; for ``jsonl`` and ``csv`` the codec
            (default UTF-8).
        stdin: Where ``-`` reads from (default ``sys.stdin.buffer``).
    """

    def __init__(
        self,
        paths: Sequence[str],
        *,
        input_format: str = "text",
        fields: Fields = DEFAULT_FIELDS,
        encoding: str | None = None,
        stdin: BinaryIO | None = None,
    ) -> None:
        if input_format not in INPUT_FORMATS:
            raise ValueError(f"unknown input format {input_format!r}")
        self.paths = tuple(paths)
        self.input_format = input_format
        self.fields = fields
        self.encoding = encoding
        self.stdin = stdin
        self.bytes_read = 0
        """Bytes of input consumed so far (approximate for ``text``: the UTF-8 of the text)."""

    def total_bytes(self) -> int | None:
        """The size of every input file, for an ETA; None when standard input is among them."""
        if "-" in self.paths:
            return None
        total = 0
        for path in self.paths:
            if os.path.isdir(path):
                for folder, dirs, files in os.walk(path):
                    dirs[:] = [d for d in dirs if not d.startswith(".")]
                    for name in files:
                        if not name.startswith("."):
                            total += _size(os.path.join(folder, name))
            else:
                total += _size(path)
        return total

    def __iter__(self) -> Iterator[Record | RecordFailure | TimeMLFile]:
        yield from self._read()

    def _read(self) -> Iterator[Record | RecordFailure | TimeMLFile]:
        if self.input_format == "text":
            yield from self._texts()
        elif self.input_format == "timeml":
            yield from self._timeml()
        else:
            for path in self.paths:
                yield from self._lines(path)

    def _texts(self) -> Iterator[Record | RecordFailure]:
        n = 0
        for item in iter_inputs(self.paths, encoding=self.encoding, stdin=self.stdin):
            if isinstance(item, InputFailure):
                yield RecordFailure(
                    id=item.source, source=item.source, reason=item.message, message=item.message
                )
                continue
            n += 1
            self.bytes_read += len(item.text.encode("utf-8", "surrogatepass"))
            yield Record(id=f"d{n}", text=item.text, source=item.source)

    def _timeml(self) -> Iterator[RecordFailure | TimeMLFile]:
        for path in self.paths:
            try:
                files = tml_files([path])
            except InputError as exc:
                yield RecordFailure(id=path, source=path, reason=str(exc))
                continue
            for file in files:
                name = str(file)
                self.bytes_read += _size(name)
                yield TimeMLFile(path=name, size=_size(name))

    def _lines(self, path: str) -> Iterator[Record | RecordFailure]:
        source = "<stdin>" if path == "-" else path
        try:
            stream: BinaryIO = (
                (self.stdin or sys.stdin.buffer) if path == "-" else open(path, "rb")  # noqa: SIM115
            )
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            yield RecordFailure(id=source, source=source, reason=f"cannot read: {reason}")
            return
        try:
            if self.input_format == "jsonl":
                yield from self._jsonl(stream, source)
            else:
                yield from self._csv(stream, source)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            yield RecordFailure(id=source, source=source, reason=f"cannot read: {reason}")
        finally:
            if path != "-":
                stream.close()

    def _decoder(self) -> codecs.IncrementalDecoder:
        return codecs.getincrementaldecoder(self.encoding or "utf-8-sig")(errors="replace")

    def _jsonl(self, stream: BinaryIO, source: str) -> Iterator[Record | RecordFailure]:
        decoder = self._decoder()
        for number, raw in enumerate(stream, start=1):
            self.bytes_read += len(raw)
            line = decoder.decode(raw)
            if not line.strip():
                continue
            fallback = f"{source}:{number}"
            try:
                value = json.loads(line)
            except ValueError as exc:
                reason = f"not JSON: {exc}"
                yield RecordFailure(id=fallback, source=source, reason=reason)
                continue
            if not isinstance(value, dict):
                reason = "not a JSON object"
                yield RecordFailure(id=fallback, source=source, reason=reason)
                continue
            yield self._record(value, source, fallback)

    def _csv(self, stream: BinaryIO, source: str) -> Iterator[Record | RecordFailure]:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
        counted = io.BufferedReader(_Counted(stream, self))
        text = io.TextIOWrapper(
            counted, encoding=self.encoding or "utf-8-sig", errors="replace", newline=""
        )
        reader = csv.DictReader(text)
        try:
            header = reader.fieldnames
        except csv.Error as exc:
            yield RecordFailure(id=source, source=source, reason=f"not CSV: {exc}")
            return
        if header is None:
            return
        if self.fields.text not in header:
            reason = f"no {self.fields.text!r} column in the header"
            yield RecordFailure(id=source, source=source, reason=reason)
            return
        row = 1
        while True:
            row += 1
            fallback = f"{source}:{row}"
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield RecordFailure(id=fallback, source=source, reason=f"not CSV: {exc}")
                continue
            if None in values:
                reason = "more cells than the header has columns"
                yield RecordFailure(id=fallback, source=source, reason=reason)
                continue
            yield self._record(values, source, fallback)

    def _record(
        self, mapping: Mapping[str, object], source: str, fallback: str
    ) -> Record | RecordFailure:
        try:
            return record_from_mapping(
                mapping, fields=self.fields, source=source, fallback_id=fallback
            )
        except InputError as exc:
            raw_id = mapping.get(self.fields.id)
            record_id = str(raw_id) if isinstance(raw_id, str | int) and raw_id != "" else fallback
            return RecordFailure(id=record_id, source=source, reason=str(exc))


class _Counted(io.RawIOBase):
    """A read-only stream that adds what it reads to a reader's ``bytes_read``."""

    def __init__(self, stream: BinaryIO, owner: RecordReader) -> None:
        self._stream = stream
        self._owner = owner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        self._owner.bytes_read += len(data)
        return len(data)

    def close(self) -> None:
        # The underlying stream belongs to the caller (it may be standard input).
        super().close()


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
