"""What the calendar CSV writers (``gcal-csv``, ``outlook-csv``) share: slots, subjects, rows.

- **Slot.** A day or coarser date is an all-day event over its interval; a time of day is a
  timed event in its own wall-clock time, to the minute (the start rounded down, the end up, so
  the slot never shrinks and lasts at least a minute). Calendar CSV files carry no time zone:
  Google Calendar and Outlook read the times in the zone of the calendar (or the computer) that
  imports them, so a time the text gave as "3:30 p.m. EDT" is written as 3:30 PM and the zone
  is named in the description. Converting to UTC instead would be right only for a calendar set
  to UTC, and would move every floating time.
- **Coarse dates** (a week up to a millennium) follow ``options.ics_coarse``, as in iCalendar:
  ``span`` (the default) covers the whole interval, ``start`` is one day on its first day,
  ``skip`` leaves the event out.
- **Subject**: the title, after the date in words when it is coarser than a day or carries a
  mod (``2019: …``, ``summer 2013: …``, ``c. 1850: …``); the date alone when the title is empty.
- **Description**: the sentence, a blank line, ``Source: {source} [{start}:{end}] "{mention}"``
  and, for a time with a zone, ``Time: {display date}`` (e.g. "22 March 2013, 15:30 EDT").
- Text cells are cleaned (CR LF and CR become LF; other control characters but tab, and lone
  surrogates, become U+FFFD) and neutralised against spreadsheet formulas with the CSV writer's
  rule (a leading apostrophe before ``=``, ``+``, ``-``, ``@``, tab).
- **Rows**: :func:`render_rows` writes one row per slotted event, in timeline order; a
  :class:`Dialect` says which columns there are and how its application writes dates, times and
  the end of an all-day event.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from attrs import frozen

from chrono.errors import OptionError
from chrono.model import Event, Granularity, Instant, Timeline
from chrono.writers import RenderOptions
from chrono.writers._common import (
    REPLACEMENT,
    event_source,
    is_aware,
    replace_surrogates,
    source_line,
)
from chrono.writers._display import display_date, period
from chrono.writers.csv import neutralize
from chrono.writers.ics import COARSE, COARSE_POLICIES

_ONE_DAY = dt.timedelta(days=1)
_ONE_MINUTE = dt.timedelta(minutes=1)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


@frozen(kw_only=True)
class Slot:
    """Where an event sits in a calendar: all-day dates, or wall-clock times to the minute."""

    start: Instant
    end: Instant
    """Exclusive, like the event's (a calendar that wants an inclusive end subtracts a day)."""
    all_day: bool


@frozen(kw_only=True)
class Dialect:
    """The columns of one calendar application's CSV import, and how it writes each cell.

    Every dialect has the columns ``Subject``, ``Start Date``, ``Start Time``, ``End Date``,
    ``End Time`` and ``Description``; the others are named here, or hold a constant, or stay
    empty.
    """

    header: tuple[str, ...]
    """The header row, exactly as the application writes it."""
    all_day_column: str
    """The column saying ``True`` for an all-day event, ``False`` for a timed one."""
    source_column: str | None
    """The column holding the event's source (path, or document id), if any."""
    constants: Mapping[str, str]
    """Cells that hold the same value in every row, by column."""
    date: Callable[[dt.date], str]
    """Writes ``Start Date`` and ``End Date``."""
    time: Callable[[dt.datetime], str]
    """Writes ``Start Time`` and ``End Time`` of a timed event."""
    all_day_time: str
    """``Start Time`` and ``End Time`` of an all-day event."""
    inclusive_end: bool
    """An all-day event's ``End Date`` is the last day it covers (else the day after it)."""
    bom: bool
    """The file starts with a UTF-8 byte-order mark."""


def render_rows(timeline: Timeline, options: RenderOptions, dialect: Dialect) -> bytes:
    """Render a timeline's events as the rows of a calendar CSV dialect.

    Args:
        timeline: the events to write, and the documents they come from.
        options: ``ics_coarse`` is used (``span``, ``start`` or ``skip``).
        dialect: the columns and the forms of dates and times.

    Returns:
        UTF-8 CSV (with a byte-order mark if the dialect wants one), the header row and CRLF
        line ends.

    Raises:
        OptionError: ``options.ics_coarse`` is not a known policy.
    """
    policy = check_policy(options)
    rows = []
    for event in timeline.events:
        where = slot(event, policy)
        if where is not None:
            rows.append(_row(dialect, timeline, event, where))
    return write_csv(dialect.header, rows, bom=dialect.bom)


def _row(dialect: Dialect, timeline: Timeline, event: Event, where: Slot) -> tuple[str, ...]:
    if where.all_day:
        end = where.end - _ONE_DAY if dialect.inclusive_end else where.end
        start_time = end_time = dialect.all_day_time
    else:
        assert isinstance(where.start, dt.datetime) and isinstance(where.end, dt.datetime)
        end = where.end
        start_time, end_time = dialect.time(where.start), dialect.time(where.end)
    cells = {
        **dialect.constants,
        "Subject": text_cell(subject(event)),
        "Start Date": dialect.date(where.start),
        "Start Time": start_time,
        "End Date": dialect.date(end),
        "End Time": end_time,
        dialect.all_day_column: "True" if where.all_day else "False",
        "Description": text_cell(description(timeline, event)),
    }
    if dialect.source_column is not None:
        cells[dialect.source_column] = text_cell(event_source(timeline, event))
    return tuple(cells.get(column, "") for column in dialect.header)


def check_policy(options: RenderOptions) -> str:
    """Return ``options.ics_coarse`` after checking it.

    Raises:
        OptionError: it is not one of ``span``, ``start``, ``skip``.
    """
    if options.ics_coarse not in COARSE_POLICIES:
        raise OptionError(
            f"unknown policy for coarse dates {options.ics_coarse!r}: "
            f"expected one of {', '.join(COARSE_POLICIES)}"
        )
    return options.ics_coarse


def slot(event: Event, policy: str) -> Slot | None:
    """The calendar slot of an event under a coarse-date policy, or None when it is skipped.

    Args:
        event: any event.
        policy: ``span``, ``start`` or ``skip``.

    Returns:
        An all-day slot for dates, a timed one (naive wall-clock datetimes) for times of day.
    """
    start, end = event.start, event.end
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
        if event.granularity in COARSE:
            if policy == "skip":
                return None
            if policy == "start":
                # start < end <= date.max, so the day after start always exists.
                return Slot(start=start, end=start + _ONE_DAY, all_day=True)
        return Slot(start=start, end=end, all_day=True)
    first = start.replace(second=0, microsecond=0, tzinfo=None)
    wall_end = end.replace(tzinfo=None)
    last = wall_end.replace(second=0, microsecond=0)
    # Round the end up; and a wall clock set back (summer time ending) can put it before start.
    if last < wall_end:
        last = _plus_minute(last)
    if last <= first:
        last = _plus_minute(first)
    return Slot(start=first, end=last, all_day=False)


def _plus_minute(instant: dt.datetime) -> dt.datetime:
    try:
        return instant + _ONE_MINUTE
    except OverflowError:
        return instant  # the last minute of year 9999 has no minute after it


def subject(event: Event) -> str:
    """The title, after the date in words when the date is coarse or modified.

    Args:
        event: any event.

    Returns:
        For example ``"The bridge opened"``, ``"2019: Work had begun"`` or ``"c. 1850"``.
    """
    span = period(event)
    coarse = span is not None and span.unit is not Granularity.DAY
    if not coarse and event.mod is None:
        return event.title or display_date(event)
    label = display_date(event)
    return f"{label}: {event.title}" if event.title else label


def description(timeline: Timeline, event: Event) -> str:
    """The sentence, then where the date was found, then the time zone of a zoned time."""
    parts = [event.sentence, source_line(timeline, event)]
    if event.is_timed and (event.tz or is_aware(event.start)):
        parts.append(f"Time: {display_date(event)}")
    return "\n\n".join(part for part in parts if part)


def text_cell(text: str) -> str:
    """Clean a text cell (see the module docstring) and neutralise it as a formula."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return neutralize(_CONTROL.sub(REPLACEMENT, replace_surrogates(text)))


def write_csv(header: Sequence[str], rows: Iterable[Sequence[str]], *, bom: bool = False) -> bytes:
    """RFC 4180 CSV, CRLF line ends, UTF-8 (with a byte-order mark when ``bom``)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = replace_surrogates(buffer.getvalue()).encode("utf-8")
    return b"\xef\xbb\xbf" + data if bom else data
