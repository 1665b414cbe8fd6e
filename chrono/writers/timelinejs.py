"""TimelineJS writers: the TimelineJS3 JSON (``--format timelinejs``) and its Google Sheet
(``--format timelinejs-csv``).

Both hold the same slides, one per event in timeline order, after a title slide.

**Dates carry only the precision the text gave.** A year is ``{"year": "2019"}``, a month adds
``month``, a day adds ``day``, a time adds ``hour`` (and ``minute``, ``second`` at those
granularities). Numbers are written as decimal strings without leading zeros, as in
TimelineJS's documentation. Times are the event's own wall-clock time: TimelineJS shows them as
they are, whatever the viewer's zone; the zone goes into the display date.

- A single year, month or day is a point (``start_date`` only).
- A period TimelineJS has no unit for is a span of what it holds, with ``end_date`` the last of
  them: a decade or century from its first to its last year, a season, quarter or half from its
  first to its last month, a week from Monday to Sunday.
- A range ("from 2009 to 2010", "March to May 2019") is a span from its first unit to its last.
  A range of times ends where its last unit starts (5 p.m. in "from 3 to 5 p.m.").
- ``display_date`` (on the slide) replaces TimelineJS's own date text whenever that would say
  less than the text: seasons, quarters, halves, weeks, decades and coarser ("the 1990s"),
  dates with a mod ("c. 1850", "early 2019", "before 2019"), times with a zone or a part of
  the day. It is ``chrono.writers._display.display_date``.

**Text is HTML** in TimelineJS, so every text is escaped (``&``, ``<``, ``>``):
``text.headline`` is the title (the display date when the title is empty) and ``text.text``
is ``<p>{sentence}</p><p><small>Source: {source} [{start}:{end}] "{mention}"</small></p>``.
``group`` is the document's source (path), or its id: TimelineJS draws each group on its own
row. ``unique_id`` is the event id, stable across runs.

The JSON is ``{"title": {...}, "events": [...]}``: the title slide's headline is the timeline's
name (``options.calendar_name``, the input's file name from the CLI) and its text counts the
events and documents. ``json.dumps(..., ensure_ascii=False, indent=2)``, a trailing newline,
UTF-8. An empty timeline has ``"events": []`` (TimelineJS then shows its "no events" message).

The sheet has exactly the columns of the TimelineJS Google Sheet template:
``Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,
Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background``; its first row
after the header is the title slide (``Type`` ``title``), then one row per event. ``Time`` and
``End Time`` are ``hh:mm`` (``hh:mm:ss`` at second granularity) on the 24-hour clock; media
columns are empty. RFC 4180, CRLF, UTF-8 without BOM, and text cells are neutralised against
formulas like the CSV writer's, since the file is meant to be opened as a spreadsheet.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
from typing import Any

from attrs import frozen

from chrono.model import Event, Granularity, Instant, Timeline
from chrono.writers import RenderOptions, register
from chrono.writers._common import event_source, is_aware, replace_surrogates, source_line
from chrono.writers._display import display_date, is_plain, last_instant, period
from chrono.writers.csv import neutralize

SHEET_HEADER = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Alt Text",
    "Type",
    "Group",
    "Background",
)
"""The columns of the TimelineJS Google Sheet template, in its order."""

DATE_FIELDS = ("year", "month", "day", "hour", "minute", "second")
"""The fields of a TimelineJS date object chrono writes, coarsest first."""

_FIELDS_OF = {
    Granularity.YEAR: 1,
    Granularity.MONTH: 2,
    Granularity.DAY: 3,
    Granularity.PART_OF_DAY: 4,
    Granularity.HOUR: 4,
    Granularity.MINUTE: 5,
    Granularity.SECOND: 6,
}
"""How many of :data:`DATE_FIELDS` each precision fills."""


@frozen(kw_only=True)
class Slide:
    """One TimelineJS slide, before it is written as JSON or as a sheet row."""

    start: dict[str, str]
    end: dict[str, str] | None
    display_date: str | None
    headline: str
    text: str
    group: str
    unique_id: str


@register("timelinejs")
def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """Render a timeline as TimelineJS3 JSON.

    Args:
        timeline: the documents and events to write.
        options: ``calendar_name`` names the title slide.

    Returns:
        UTF-8 JSON ending in a newline.
    """
    headline, text = _title(timeline, options)
    payload = {
        "title": {"text": {"headline": headline, "text": text}},
        "events": [_json_slide(slide(timeline, event)) for event in timeline.events],
    }
    dumped = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    # Surrogates only occur inside string literals: replacing them keeps the JSON valid.
    return replace_surrogates(dumped).encode("utf-8")


@register("timelinejs-csv")
def render_sheet(timeline: Timeline, options: RenderOptions) -> bytes:
    """Render a timeline as rows for the TimelineJS Google Sheet template.

    Args:
        timeline: the documents and events to write.
        options: ``calendar_name`` names the title row.

    Returns:
        UTF-8 CSV: the header, the title row, one row per event; CRLF line ends.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(SHEET_HEADER)
    headline, text = _title(timeline, options)
    writer.writerow(_sheet_row({"Headline": headline, "Text": text, "Type": "title"}))
    for event in timeline.events:
        writer.writerow(_slide_row(slide(timeline, event)))
    return replace_surrogates(buffer.getvalue()).encode("utf-8")


def slide(timeline: Timeline, event: Event) -> Slide:
    """The slide of one event (see the module docstring).

    Args:
        timeline: the timeline holding the event (for its document's source).
        event: the event.

    Returns:
        Its dates, display date, escaped headline and text, group and id.
    """
    start, end = _dates(event)
    show = _needs_display_date(event)
    label = display_date(event)
    paragraphs = [f"<p>{_escape(event.sentence)}</p>"] if event.sentence else []
    paragraphs.append(f"<p><small>{_escape(source_line(timeline, event))}</small></p>")
    return Slide(
        start=start,
        end=end,
        display_date=label if show else None,
        headline=_escape(event.title or label),
        text="".join(paragraphs),
        group=_escape(event_source(timeline, event)),
        unique_id=event.id,
    )


def _dates(event: Event) -> tuple[dict[str, str], dict[str, str] | None]:
    span = period(event)
    if span is None:
        assert isinstance(event.start, dt.datetime)
        fields = _FIELDS_OF.get(event.granularity, 5)
        start = _date_object(event.start, fields)
        if event.end_mention is None:
            return start, None
        end = _date_object(last_instant(event), fields)
        return start, (None if end == start else end)
    fields = _FIELDS_OF[span.precision]
    first_day, last_day = span.bounds()
    start = _date_object(first_day, fields)
    if span.is_single and span.unit is span.precision:
        return start, None
    return start, _date_object(last_day, fields)


def _date_object(instant: Instant, fields: int) -> dict[str, str]:
    values = [instant.year, instant.month, instant.day]
    if isinstance(instant, dt.datetime):
        values += [instant.hour, instant.minute, instant.second]
    return {name: str(value) for name, value in zip(DATE_FIELDS[:fields], values, strict=False)}


def _needs_display_date(event: Event) -> bool:
    if not event.is_timed:
        return not is_plain(event)
    return (
        event.mod is not None
        or bool(event.tz)
        or is_aware(event.start)
        or event.granularity is Granularity.PART_OF_DAY
    )


def _json_slide(item: Slide) -> dict[str, Any]:
    data: dict[str, Any] = {"start_date": item.start}
    if item.end is not None:
        data["end_date"] = item.end
    if item.display_date is not None:
        data["display_date"] = item.display_date
    data["text"] = {"headline": item.headline, "text": item.text}
    data["group"] = item.group
    data["unique_id"] = item.unique_id
    return data


def _slide_row(item: Slide) -> list[str]:
    end = item.end or {}
    return _sheet_row(
        {
            "Year": item.start["year"],
            "Month": item.start.get("month", ""),
            "Day": item.start.get("day", ""),
            "Time": _clock(item.start),
            "End Year": end.get("year", ""),
            "End Month": end.get("month", ""),
            "End Day": end.get("day", ""),
            "End Time": _clock(end),
            "Display Date": item.display_date or "",
            "Headline": item.headline,
            "Text": item.text,
            "Group": item.group,
        }
    )


def _sheet_row(cells: dict[str, str]) -> list[str]:
    # Every cell is neutralised: dates and times never start with a formula character anyway.
    return [neutralize(cells.get(column, "")) for column in SHEET_HEADER]


def _clock(date: dict[str, str]) -> str:
    if "hour" not in date:
        return ""
    parts = [date["hour"].zfill(2), date.get("minute", "0").zfill(2)]
    if "second" in date:
        parts.append(date["second"].zfill(2))
    return ":".join(parts)


def _title(timeline: Timeline, options: RenderOptions) -> tuple[str, str]:
    events, documents = len(timeline.events), len(timeline.documents)
    counts = f"{_plural(events, 'dated event')} from {_plural(documents, 'document')}"
    return _escape(options.calendar_name), f"<p>{counts}</p>"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _escape(text: str) -> str:
    return html.escape(text, quote=False)
