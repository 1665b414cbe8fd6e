"""A timeline as a readable chronology for the terminal (``chrono show``).

One line per event, in timeline order: the date as a person would write it (the
``display_date`` of the JSON and CSV outputs), the event's title, and its source. Columns are
aligned in terminal cells (wide East Asian characters count two, combining marks none), the
title is shortened with "…" to fit the width, and the source keeps its end (the file name),
which says most. Approximate or modified dates say so in words ("c. 1850", "early 2019",
"before 2019") and, with colour, are yellow rather than cyan; repeating events say how they
repeat ("weekly on Monday").

Text from the documents never reaches the terminal raw: control characters (an escape
sequence could recolour or retitle the terminal) and lone surrogates become U+FFFD, and line
breaks become spaces.
"""

from __future__ import annotations

import re
import unicodedata

import click

from chrono.model import Timeline
from chrono.writers._common import event_source, replace_surrogates
from chrono.writers._display import MONTH_NAMES, display_date

MIN_WIDTH = 40
"""Narrower widths are treated as this."""

_GAP = "  "
_ELLIPSIS = "…"
_MAX_DATE_CELLS = 30
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\n\r\x0b\x0c\x85\u2028\u2029]+")
_FREQUENCIES = {
    "DAILY": "daily",
    "WEEKLY": "weekly",
    "MONTHLY": "monthly",
    "YEARLY": "yearly",
    "HOURLY": "hourly",
    "MINUTELY": "every minute",
    "SECONDLY": "every second",
}
_WEEKDAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}


def format_chronology(timeline: Timeline, *, color: bool, width: int) -> str:
    """Format a timeline as aligned lines of date, title and source.

    Args:
        timeline: the documents and events.
        color: add ANSI colours (``click.style``); the caller decides, e.g. from whether the
            output is a terminal.
        width: the terminal width in cells (at least :data:`MIN_WIDTH` is used).

    Returns:
        The chronology, ending with a line that counts the events and names their source
        (or counts the documents, when there are several sources, shown in a third column),
        and a newline. An empty timeline gives one line saying so.
    """
    width = max(width, MIN_WIDTH)
    events = timeline.events
    documents = len(timeline.documents)
    if not events:
        return f"No dated events ({documents} document{'s' * (documents != 1)}).\n"
    dates = [_clean(display_date(event)) for event in events]
    sources = [_clean(event_source(timeline, event)) for event in events]
    counted = f"{len(events)} dated event{'s' * (len(events) != 1)}"
    if len(set(sources)) == 1:
        # One source: said once, at the end, rather than on every line.
        footer = f"{counted} from {sources[0]}"
        source_cells = 0
    else:
        footer = f"{counted} from {documents} document{'s' * (documents != 1)}"
        source_cells = min(max(cells(s) for s in sources), max(width // 4, 12))
    date_cells = min(max(cells(d) for d in dates), _MAX_DATE_CELLS)
    columns = 3 if source_cells else 2
    title_cells = width - date_cells - source_cells - (columns - 1) * len(_GAP)
    if title_cells < 10 and source_cells:  # a narrow terminal: the source gives way
        source_cells = max(source_cells - (10 - title_cells), 1)
        title_cells = width - date_cells - source_cells - 2 * len(_GAP)
    lines = []
    for event, date, source in zip(events, dates, sources, strict=True):
        title = _clean(event.title) or _clean(event.mention_text)
        repeat = _repeats(event.recurrence)
        if repeat:  # before the title, which may be shortened
            title = f"[{repeat}] {title}".rstrip()
        date_text = pad(shorten(date, date_cells), date_cells)
        title_text = shorten(title, title_cells)
        if color:
            date_text = click.style(
                date_text, fg="yellow" if event.mod is not None else "cyan", bold=True
            )
        parts = [date_text, title_text]
        if source_cells:
            parts[1] = pad(title_text, title_cells)
            source_text = shorten_left(source, source_cells)
            parts.append(click.style(source_text, dim=True) if color else source_text)
        lines.append(_GAP.join(parts).rstrip())
    lines.append(click.style(footer, dim=True) if color else footer)
    return "\n".join(lines) + "\n"


def cells(text: str) -> int:
    """The number of terminal cells ``text`` takes (wide characters 2, combining marks 0)."""
    total = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` cells."""
    return text + " " * max(width - cells(text), 0)


def shorten(text: str, width: int) -> str:
    """``text`` cut at the end with "…" to fit ``width`` cells."""
    if cells(text) <= width:
        return text
    if width <= 0:
        return ""
    kept, used = [], 0
    for char in text:
        size = cells(char)
        if used + size > width - 1:
            break
        kept.append(char)
        used += size
    return "".join(kept).rstrip() + _ELLIPSIS


def shorten_left(text: str, width: int) -> str:
    """``text`` cut at the start with "…" to fit ``width`` cells (a path keeps its file name)."""
    if cells(text) <= width:
        return text
    if width <= 0:
        return ""
    return _ELLIPSIS + shorten(text[::-1], width)[:-1][::-1].lstrip()


def _repeats(rule: str | None) -> str:
    """Say how an RRULE repeats, in a few words ("weekly on Monday"), or "" for no rule."""
    if not rule:
        return ""
    parts = dict(part.partition("=")[::2] for part in rule.upper().split(";") if "=" in part)
    frequency = _FREQUENCIES.get(parts.get("FREQ", ""), "")
    if not frequency:
        return "repeats"
    interval = parts.get("INTERVAL", "1")
    if interval.isdigit() and int(interval) > 1:
        unit = {"daily": "days", "weekly": "weeks", "monthly": "months", "yearly": "years"}
        frequency = f"every {int(interval)} {unit.get(frequency, 'times')}"
    days = [_WEEKDAYS[d] for d in parts.get("BYDAY", "").split(",") if d in _WEEKDAYS]
    months = [
        MONTH_NAMES[int(m) - 1]
        for m in parts.get("BYMONTH", "").split(",")
        if m.isdigit() and 1 <= int(m) <= 12
    ]
    on = ", ".join(days + months)
    return (
        f"{frequency} in {on}"
        if months and not days
        else (f"{frequency} on {on}" if on else frequency)
    )


def _clean(text: str) -> str:
    """One line of text that is safe to print: no control characters, no line breaks."""
    text = _SPACES.sub(" ", replace_surrogates(text)).strip()
    return _CONTROL.sub("\ufffd", text)
