"""What the calendar CSV writers (``gcal-csv``, ``outlook-csv``) share: slots, subjects, texts.

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
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence

from attrs import frozen

from chrono.errors import OptionError
from chrono.model import Event, Granularity, Instant, Timeline
from chrono.writers import RenderOptions
from chrono.writers._common import REPLACEMENT, is_aware, replace_surrogates, source_line
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
