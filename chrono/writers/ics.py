"""The iCalendar writer (``--format ics``, RFC 5545), built with icalendar >= 7.3.

One VCALENDAR with ``VERSION:2.0``, ``PRODID:-//chrono//{generator}//EN``,
``CALSCALE:GREGORIAN``, the timeline's name as both ``NAME`` (RFC 7986) and ``X-WR-CALNAME``,
and a ``UID`` derived from that name (a UUID 5), so that re-exporting the same timeline names
the same calendar. No ``METHOD``: the file is something to import, not a scheduling message.

One VEVENT per event, in timeline order:

- ``UID`` is ``{event.id}@chrono``: event ids are stable, so a re-import updates, not duplicates.
- ``DTSTAMP`` is the same for every event: ``options.dtstamp_epoch`` (``SOURCE_DATE_EPOCH``)
  when set, else midnight UTC of the latest document creation date, else
  ``19700101T000000Z``. It never depends on the clock, so the bytes are reproducible.
- ``SUMMARY`` is the title. When the date is coarser than a day, or carries a TIMEX3 mod, a
  label says so first: ``2019: …``, ``Sep 2023: …``, ``1990s: …``, ``Q3 2005: …``,
  ``summer 2013: …``, ``~2019: …`` (APPROX), ``early 2019: …`` (START), ``mid …`` (MID),
  ``late …`` (END), ``before …``, ``after …``, ``by …`` and so on. A range covering several
  units shows both ends (``Mar 2019–May 2019: …``).
- ``DESCRIPTION`` is the sentence, a blank line, then
  ``Source: {source} [{start}:{end}] "{mention_text}"``: where the dating expression sits in
  its document (Python ``str`` offsets).
- ``CATEGORIES`` is the source of the document (its path), or the document id without one.
- ``DTSTART``/``DTEND``: a date interval is an all-day event (``VALUE=DATE``, exclusive
  ``DTEND``); a time-zone aware time is converted to UTC (``…Z``); a naive time stays floating.
  Fractions of a second are dropped from the start and rounded up at the end. An aware time
  too close to year 1 or 9999 to convert to UTC is written as floating wall-clock time.

Events coarser than a day (a week up to a millennium) follow ``options.ics_coarse``:

- ``span`` (default): the event covers its whole interval, e.g. all of 2019;
- ``start``: a one-day event on the first day of the interval (the label keeps the period);
- ``skip``: the event is left out.

An empty timeline still gives a VCALENDAR, with no VEVENT. RFC 5545 wants at least one
component, and ``Calendar.validate()`` rejects such a calendar, but an empty file that parses
is more useful to a script than an error; icalendar and vobject both read it.

Text is cleaned before it is written: lone surrogates and control characters other than tab
and newline (which TEXT values cannot carry) become U+FFFD, and CR LF or a lone CR becomes a
newline. Commas, semicolons, backslashes and newlines are escaped by icalendar; long lines are
folded at 75 octets; lines end in CRLF.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

from icalendar import Calendar, vText
from icalendar import Event as VEvent

from chrono.errors import OptionError
from chrono.model import Event, Granularity, Instant, Mod, Timeline
from chrono.writers import RenderOptions, register
from chrono.writers._common import REPLACEMENT, is_aware, replace_surrogates

COARSE_POLICIES = ("span", "start", "skip")
"""The values ``options.ics_coarse`` accepts."""

COARSE = frozenset(
    {
        Granularity.MILLENNIUM,
        Granularity.CENTURY,
        Granularity.DECADE,
        Granularity.YEAR,
        Granularity.HALF,
        Granularity.QUARTER,
        Granularity.SEASON,
        Granularity.MONTH,
        Granularity.WEEK,
    }
)
"""Granularities coarser than a day: they get a period label and follow ``ics_coarse``."""

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_ONE_DAY = dt.timedelta(days=1)
_ONE_SECOND = dt.timedelta(seconds=1)
_CALENDAR_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://chrono.invalid/calendar")

_MOD_PREFIX = {
    Mod.APPROX: "~",
    Mod.START: "early ",
    Mod.MID: "mid ",
    Mod.END: "late ",
    Mod.BEFORE: "before ",
    Mod.AFTER: "after ",
    Mod.ON_OR_BEFORE: "by ",
    Mod.ON_OR_AFTER: "from ",
    Mod.LESS_THAN: "less than ",
    Mod.MORE_THAN: "more than ",
    Mod.EQUAL_OR_LESS: "at most ",
    Mod.EQUAL_OR_MORE: "at least ",
}
# Month names are spelled out here rather than with strftime("%b"), which follows the locale.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "fall", "AU": "autumn", "WI": "winter"}
_SEASON_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)")
# Control characters TEXT cannot carry (RFC 5545 3.3.11): all of C0 but tab and newline, and DEL.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


@register("ics")
def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """Render a timeline as an iCalendar file.

    Args:
        timeline: the documents and events to write.
        options: ``generator``, ``calendar_name``, ``ics_coarse`` and ``dtstamp_epoch`` are used.

    Returns:
        The iCalendar text, UTF-8, CRLF line ends.

    Raises:
        OptionError: ``options.ics_coarse`` is not one of ``span``, ``start``, ``skip``.
    """
    if options.ics_coarse not in COARSE_POLICIES:
        raise OptionError(
            f"unknown iCalendar policy for coarse dates {options.ics_coarse!r}: "
            f"expected one of {', '.join(COARSE_POLICIES)}"
        )
    name = clean_text(options.calendar_name)
    calendar = Calendar.new(
        prodid=clean_text(f"-//chrono//{options.generator}//EN"),
        calscale="GREGORIAN",
        uid=str(uuid.uuid5(_CALENDAR_NAMESPACE, name)),
    )
    # Calendar.new(name=...) stores the name unescaped (a comma or newline in it would corrupt
    # the file), so the two properties are set as escaped TEXT here.
    calendar["NAME"] = vText(name)
    calendar["X-WR-CALNAME"] = vText(name)
    stamp = _dtstamp(timeline, options)
    for event in timeline.events:
        vevent = _vevent(timeline, event, options.ics_coarse, stamp)
        if vevent is not None:
            calendar.add_component(vevent)
    ical: bytes = calendar.to_ical()
    return ical


def clean_text(text: str) -> str:
    """Make ``text`` safe for an iCalendar TEXT value (see the module docstring).

    Args:
        text: any Python string.

    Returns:
        The text with CR LF and CR turned into LF, and surrogates and other control characters
        (tab and LF aside) replaced by U+FFFD.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(REPLACEMENT, replace_surrogates(text))


def summary(event: Event) -> str:
    """The SUMMARY of an event: its title, after a label when the date is coarse or modified.

    Args:
        event: the event.

    Returns:
        For example ``"Sep 2023: title"``, ``"~1990s: title"`` or just ``"title"``.
    """
    coarse = _is_coarse(event)
    if not coarse and event.mod is None:
        return event.title
    prefix = "" if event.mod is None else _MOD_PREFIX[event.mod]
    label = f"{prefix}{_period_label(event) if coarse else _exact_label(event)}"
    return f"{label}: {event.title}" if event.title else label


def _is_coarse(event: Event) -> bool:
    # A time of day is placed exactly, whatever granularity it claims.
    return event.granularity in COARSE and not event.is_timed


def _dtstamp(timeline: Timeline, options: RenderOptions) -> dt.datetime:
    if options.dtstamp_epoch is not None:
        try:
            return dt.datetime.fromtimestamp(options.dtstamp_epoch, dt.UTC)
        except (OverflowError, OSError, ValueError):
            raise OptionError(
                f"DTSTAMP epoch {options.dtstamp_epoch} is outside the years 1 to 9999"
            ) from None
    dcts = [doc.dct for doc in timeline.documents if doc.dct is not None]
    if not dcts:
        return _EPOCH
    latest = max(dcts)
    return dt.datetime(latest.year, latest.month, latest.day, tzinfo=dt.UTC)


def _vevent(timeline: Timeline, event: Event, policy: str, stamp: dt.datetime) -> VEvent | None:
    if _is_coarse(event) and policy == "skip":
        return None
    start, end = _interval(event, policy)
    source = clean_text(_source(timeline, event))
    where = f'Source: {source} [{event.span.start}:{event.span.end}] "{event.mention_text}"'
    description = "\n\n".join(part for part in (event.sentence, where) if part)
    return VEvent.new(
        uid=clean_text(f"{event.id}@chrono"),
        stamp=stamp,
        start=start,
        end=end,
        summary=clean_text(summary(event)),
        description=clean_text(description),
        categories=[source] if source else [],
    )


def _interval(event: Event, policy: str) -> tuple[Instant, Instant]:
    start, end = event.start, event.end
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
        if _is_coarse(event) and policy == "start":
            # start < end <= date.max, so the day after start always exists.
            return start, start + _ONE_DAY
        return start, end
    if is_aware(start):
        try:
            start, end = start.astimezone(dt.UTC), end.astimezone(dt.UTC)
        except OverflowError:
            start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    # DATE-TIME has whole seconds: widen the interval to them rather than shrink it.
    whole_start = start.replace(microsecond=0)
    whole_end = end.replace(microsecond=0)
    if whole_end < end:
        try:
            whole_end += _ONE_SECOND
        except OverflowError:
            whole_end = whole_start + _ONE_SECOND
    return whole_start, whole_end


def _source(timeline: Timeline, event: Event) -> str:
    if event.source:
        return event.source
    try:
        return timeline.document(event.document).source or event.document
    except KeyError:
        return event.document


def _period_label(event: Event) -> str:
    """Name the period of a date event coarser than a day, e.g. "2019" or "Q3 2005"."""
    start = event.start
    last = event.end - _ONE_DAY  # end is exclusive; this is the last day covered
    if event.granularity is Granularity.SEASON:
        match = _SEASON_VALUE.fullmatch(event.value)
        if match is not None and event.end_mention is None:
            return f"{_SEASONS[match[2]]} {match[1]}"
        # A season with no parseable value, or a range of seasons: show the months.
        return _span_label(Granularity.MONTH, start, last)
    return _span_label(event.granularity, start, last)


def _exact_label(event: Event) -> str:
    """Name the date (or the start time) of a day-or-finer event that carries a mod."""
    start = event.start
    if isinstance(start, dt.datetime):
        wall = start.replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")
        return f"{wall} {event.tz}" if event.tz else wall
    return _span_label(Granularity.DAY, start, event.end - _ONE_DAY)


def _span_label(granularity: Granularity, first: dt.date, last: dt.date) -> str:
    head, tail = _unit_label(granularity, first), _unit_label(granularity, last)
    return head if head == tail else f"{head}–{tail}"


def _unit_label(granularity: Granularity, day: dt.date) -> str:
    """Name the unit of ``granularity`` that contains ``day``."""
    year = day.year
    match granularity:
        case Granularity.MILLENNIUM:
            return f"{_ordinal(year // 1000 + 1)} millennium"
        case Granularity.CENTURY:
            return f"{_ordinal(year // 100 + 1)} century"
        case Granularity.DECADE:
            return f"{year // 10 * 10}s"
        case Granularity.YEAR:
            return str(year)
        case Granularity.HALF:
            return f"H{(day.month - 1) // 6 + 1} {year}"
        case Granularity.QUARTER:
            return f"Q{(day.month - 1) // 3 + 1} {year}"
        case Granularity.WEEK:
            iso = day.isocalendar()
            return f"W{iso.week:02d} {iso.year}"
        case Granularity.MONTH | Granularity.SEASON:
            return f"{_MONTHS[day.month - 1]} {year}"
        case _:
            return f"{year:04d}-{day.month:02d}-{day.day:02d}"


def _ordinal(number: int) -> str:
    suffix = "th" if 11 <= number % 100 <= 13 else _ORDINAL_SUFFIX.get(number % 10, "th")
    return f"{number}{suffix}"
