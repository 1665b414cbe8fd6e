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
- ``SUMMARY`` is the title. When the date is coarser than a day, or carries a TIMEX3 mod, its
  display date (``chrono.writers._display.display_date``, shared by every writer) comes
  first: ``2019: …``, ``September 2023: …``, ``the 1990s: …``, ``c. 2019: …`` (APPROX),
  ``early 2019: …`` (START), ``March–May 2019: …`` (a range).
- ``DESCRIPTION`` is the sentence, a blank line, then
  ``Source: {source} [{start}:{end}] "{mention_text}"``: where the dating expression sits in
  its document (Python ``str`` offsets).
- ``CATEGORIES`` is the source of the document (its path), or the document id without one.
- ``DTSTART``/``DTEND``: a date interval is an all-day event (``VALUE=DATE``, exclusive
  ``DTEND``). A time-zone aware time whose zone the text named with an abbreviation of
  :data:`ZONES` ("3:30 p.m. EDT") is written in that IANA zone (``DTSTART;TZID=America/New_York``,
  with a ``VTIMEZONE`` for it, which Outlook requires) when the zone gives the same wall-clock
  time and offset as the text at that instant; any other aware time (an offset, "UTC", or an
  abbreviation that does not fit the date, such as "EST" in July) is converted to UTC
  (``…Z``); a naive time stays floating. Fractions of a second are dropped from the start and
  rounded up at the end. An aware time too close to year 1 or 9999 to convert to UTC is written
  as floating wall-clock time.
- ``RRULE``: an anchored set ("every Monday since March 2023") repeats by the event's
  ``recurrence``; its interval is the first occurrence. An ``UNTIL`` in the rule is written in the
  form RFC 5545 asks for (a date for all-day events, UTC for zoned times, floating for floating
  ones). A rule icalendar cannot read is left out, so the first occurrence is still imported.

Events coarser than a day (a week up to a millennium) follow ``options.ics_coarse``:

- ``span`` (default): the event covers its whole interval, e.g. all of 2019;
- ``start``: a one-day event on the first day of the interval (the label keeps the period);
- ``skip``: the event is left out.

Each ``VTIMEZONE`` describes its zone from 1970 to 2038, as icalendar does by default, so that
every file chrono writes gives a zone the same definition (some readers keep the first one they
see); an event outside those years adds its own days, and a repeating event the years from its
start on (see :func:`vtimezone`).

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
import zoneinfo
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from attrs import frozen
from icalendar import (
    Calendar,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCategory,
    vRecur,
    vText,
)
from icalendar import Event as VEvent

from chrono.errors import OptionError
from chrono.model import Event, Granularity, Instant, Timeline, time_zone
from chrono.writers import RenderOptions, register
from chrono.writers._common import REPLACEMENT, event_source, is_aware, replace_surrogates
from chrono.writers._display import display_date

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

ZONES: Mapping[str, str] = MappingProxyType(
    {
        # North America. CST is also China's and Cuba's abbreviation, MST is also Arizona's
        # (no DST) and AST Arabia's: the offset check below turns any time that does not fit
        # the chosen zone on that date into UTC, so the worst case is a UTC time, never a
        # wrong one.
        "EST": "America/New_York",
        "EDT": "America/New_York",
        "CST": "America/Chicago",
        "CDT": "America/Chicago",
        "MST": "America/Denver",
        "MDT": "America/Denver",
        "PST": "America/Los_Angeles",
        "PDT": "America/Los_Angeles",
        "AKST": "America/Anchorage",
        "AKDT": "America/Anchorage",
        "HST": "Pacific/Honolulu",
        # Press releases' zones without a season ("5:00 p.m. ET"): the offset is that day's.
        "ET": "America/New_York",
        "CT": "America/Chicago",
        "MT": "America/Denver",
        "PT": "America/Los_Angeles",
        # Europe. GMT is London's winter time (a summer "GMT" fails the check and becomes UTC);
        # CET/CEST and EET/EEST are shared by many countries with the same rules since 1996:
        # Paris and Athens stand for them. IST (India, Ireland, Israel) is left out.
        "GMT": "Europe/London",
        "BST": "Europe/London",
        "WET": "Europe/Lisbon",
        "WEST": "Europe/Lisbon",
        "CET": "Europe/Paris",
        "CEST": "Europe/Paris",
        "EET": "Europe/Athens",
        "EEST": "Europe/Athens",
        "MSK": "Europe/Moscow",
        # Asia and Oceania.
        "JST": "Asia/Tokyo",
        "KST": "Asia/Seoul",
        "HKT": "Asia/Hong_Kong",
        "SGT": "Asia/Singapore",
        "AWST": "Australia/Perth",
        "ACST": "Australia/Adelaide",
        "ACDT": "Australia/Adelaide",
        "AEST": "Australia/Sydney",
        "AEDT": "Australia/Sydney",
        "NZST": "Pacific/Auckland",
        "NZDT": "Pacific/Auckland",
    }
)
"""Zone abbreviations (as ``Event.tz`` holds them, upper case) that name one IANA zone.

A time is written with ``TZID`` only when the zone agrees with the text at that instant (same
UTC offset, so the same wall-clock time); otherwise it is written in UTC. Abbreviations not
listed here ("UTC", "IST", "UTC+2") are written in UTC.
"""

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_ONE_DAY = dt.timedelta(days=1)
_ONE_SECOND = dt.timedelta(seconds=1)
_ONE_YEAR = dt.timedelta(days=366)
_RECURRENCE_HORIZON = dt.date(2038, 1, 1)
_USUAL_YEARS = (dt.date(1970, 1, 1), _RECURRENCE_HORIZON)
_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# icalendar steps past both ends of the range it describes: stay clear of datetime's limits.
_ZONE_LIMITS = (dt.date(2, 1, 1), dt.date(9998, 12, 31))
_CALENDAR_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://chrono.invalid/calendar")

_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
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
    calendar["NAME"] = _Text(name)
    calendar["X-WR-CALNAME"] = _Text(name)
    stamp = _dtstamp(timeline, options)
    windows: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for event in timeline.events:
        vevent = _vevent(timeline, event, options.ics_coarse, stamp)
        if vevent is None:
            continue
        calendar.add_component(vevent)
        start, end = vevent.start, vevent.end
        if isinstance(start, dt.datetime) and isinstance(start.tzinfo, zoneinfo.ZoneInfo):
            assert isinstance(end, dt.datetime)  # both bounds are datetimes in the same zone
            # Only the bounds are written in the zone; occurrences of a rule follow the start.
            days = [(start.date(), start.date()), (end.date(), end.date())]
            if "RRULE" in vevent:
                days.append((start.date(), max(end.date(), _RECURRENCE_HORIZON)))
            windows.setdefault(start.tzinfo.key, [_USUAL_YEARS]).extend(days)
    # VTIMEZONEs come first (a reader may want them before the TZIDs), in name order.
    for position, key in enumerate(sorted(windows)):
        calendar.subcomponents.insert(position, vtimezone(key, windows[key]))
    ical: bytes = calendar.to_ical()
    return ical


def _escaped(text: str) -> bytes:
    """``text`` as an iCalendar TEXT value (RFC 5545, 3.3.11): every backslash escaped. (icalendar
    itself reads a backslash before "N" as a line break: "C:\\New" would lose it.)"""
    escaped = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\n", "\\n").encode("utf-8")


class _Text(vText):
    """A TEXT value escaped by :func:`_escaped`."""

    def to_ical(self) -> bytes:
        return _escaped(str(self))


class _Categories(vCategory):
    """CATEGORIES whose values are escaped by :func:`_escaped`."""

    def to_ical(self) -> bytes:
        return b",".join(_escaped(str(c)) for c in self.cats)


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
        For example ``"September 2023: title"``, ``"c. the 1990s: title"`` or just
        ``"title"``: the label is the event's display date, the same in every writer.
    """
    if not _is_coarse(event) and event.mod is None:
        return event.title
    label = display_date(event)
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
    source = clean_text(event_source(timeline, event))
    where = f'Source: {source} [{event.span.start}:{event.span.end}] "{event.mention_text}"'
    description = "\n\n".join(part for part in (event.sentence, where) if part)
    title, text = clean_text(summary(event)), clean_text(description)
    vevent = VEvent.new(
        uid=clean_text(f"{event.id}@chrono"),
        stamp=stamp,
        start=start,
        end=end,
        summary=title,
        description=text,
        categories=[source] if source else [],
    )
    # The TEXT values escaped by _escaped, in place (the properties keep their order).
    vevent["SUMMARY"] = _Text(title)
    vevent["DESCRIPTION"] = _Text(text)
    if source:
        vevent["CATEGORIES"] = _Categories([source])
    if event.recurrence:
        rule = recurrence_rule(event.recurrence, start)
        if rule is not None:
            vevent.add("RRULE", rule)
    return vevent


def recurrence_rule(value: str, start: Instant) -> vRecur | None:
    """Parse an RRULE value and write its ``UNTIL`` in the form that ``start`` asks for.

    RFC 5545 (3.3.10): with an all-day ``DTSTART``, ``UNTIL`` is a date; with a ``TZID`` or UTC
    ``DTSTART``, a UTC date-time; with a floating one, a floating date-time.

    Args:
        value: an RRULE value, e.g. ``"FREQ=WEEKLY;BYDAY=MO"``.
        start: the ``DTSTART`` the rule belongs to, as it will be written.

    Returns:
        The rule, or None when icalendar cannot read ``value``.
    """
    try:
        rule: vRecur = vRecur.from_ical(clean_text(value))
    except ValueError:
        return None
    if "FREQ" not in rule:
        return None
    untils = rule.get("UNTIL")
    if untils:
        rule["UNTIL"] = [_until(until, start) for until in untils]
    return rule


def _until(until: Instant, start: Instant) -> Instant:
    if not isinstance(start, dt.datetime):
        return until.date() if isinstance(until, dt.datetime) else until
    if not isinstance(until, dt.datetime):
        # A day as the end of timed occurrences: the whole day is included.
        until = dt.datetime.combine(until, dt.time(23, 59, 59))
    if start.tzinfo is None:
        return until.replace(tzinfo=None)
    if until.tzinfo is None:
        until = until.replace(tzinfo=start.tzinfo)
    try:
        return until.astimezone(dt.UTC)
    except OverflowError:
        return until.replace(tzinfo=dt.UTC)


def _interval(event: Event, policy: str) -> tuple[Instant, Instant]:
    start, end = event.start, event.end
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
        if _is_coarse(event) and policy == "start":
            # start < end <= date.max, so the day after start always exists.
            return start, start + _ONE_DAY
        return start, end
    if is_aware(start):
        zone = _fitting_zone(event.tz, start, end)
        try:
            if zone is not None:
                start, end = start.astimezone(zone), end.astimezone(zone)
            else:
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


def iana_zone(abbreviation: str | None) -> str | None:
    """The IANA zone :data:`ZONES` gives for a zone abbreviation ("EDT"), or None."""
    if abbreviation is None:
        return None
    return ZONES.get(abbreviation.strip().upper())


def _fitting_zone(
    abbreviation: str | None, start: dt.datetime, end: dt.datetime
) -> zoneinfo.ZoneInfo | None:
    """The IANA zone of ``abbreviation`` if it keeps the text's wall-clock time, else None.

    The zone must give ``start`` the offset the text gave (so the wall-clock time written is
    the text's), and neither bound may fall in a repeated hour (a TZID time there means the
    first of the two, RFC 5545 3.3.5).
    """
    key = iana_zone(abbreviation)
    zone = None if key is None else time_zone(key)
    if zone is None:
        return None
    try:
        local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    except OverflowError:
        return None
    if local_start.utcoffset() != start.utcoffset():
        return None
    for local in (local_start, local_end):
        if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
            return None  # an ambiguous wall-clock time
    return zone


def vtimezone(key: str, windows: list[tuple[dt.date, dt.date]]) -> Timezone:
    """A VTIMEZONE for the IANA zone ``key`` that is right on every day of ``windows``.

    icalendar describes a zone over one range of dates, listing every transition in it. A
    timeline can hold one time in 1865 and one in 2023: rather than 158 years of transitions,
    the observances of each window (widened by a day each side, merged when less than a year
    apart) are put together in one VTIMEZONE. Between windows, where no event lies, the offsets
    it gives may be wrong.

    Args:
        key: an IANA zone name known to ``zoneinfo``.
        windows: ``(first day, last day)`` pairs that must be described.

    Returns:
        The VTIMEZONE, with ``TZID`` = ``key``.
    """
    merged: list[list[dt.date]] = []
    for first, last in sorted(windows):
        low, high = _ZONE_LIMITS
        last = min(last, high - _ONE_DAY) + _ONE_DAY
        first = min(max(first, low + _ONE_DAY) - _ONE_DAY, last - _ONE_DAY)
        if merged and first - _ONE_YEAR <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    parts = [Timezone.from_tzid(key, first_date=first, last_date=last) for first, last in merged]
    rules: list[TimezoneStandard | TimezoneDaylight] = []
    for number, part in enumerate(parts):
        last = merged[number][1]
        open_after = last if number == len(parts) - 1 and last >= _RECURRENCE_HORIZON else None
        observances = [
            c for c in part.subcomponents if isinstance(c, TimezoneStandard | TimezoneDaylight)
        ]
        rules.extend(_yearly_rules(observances, open_after=open_after))
    timezone = parts[0]
    timezone.subcomponents = list(rules)
    # icalendar's COMMENT names one range; with several it would mislead.
    timezone.pop("COMMENT", None)
    return timezone


@frozen(kw_only=True)
class _Onset:
    """One change of a zone's offset, as a VTIMEZONE observance gives it."""

    daylight: bool
    name: str
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    at: dt.datetime
    """Local time of the change, as icalendar writes it in DTSTART."""

    def kind(self) -> tuple[bool, str, dt.timedelta, dt.timedelta]:
        return (self.daylight, self.name, self.offset_from, self.offset_to)


def _yearly_rules(
    observances: Sequence[TimezoneStandard | TimezoneDaylight], *, open_after: dt.date | None
) -> list[TimezoneStandard | TimezoneDaylight]:
    """Rewrite icalendar's observances (a DTSTART and a list of RDATEs each) as yearly rules.

    Onsets of one kind (same offsets and name) that fall on the same weekday of the same week
    of the same month at the same time in consecutive years become one observance with
    ``RRULE:FREQ=YEARLY;BYMONTH=m;BYDAY=nDD`` (and an ``UNTIL`` just after its last onset), as
    zone compilers such as vzic write them; the rest stay single onsets. Readers handle
    rules better than long RDATE lists (vobject, for one, misreads those). With
    ``open_after`` (the end of the range described), a rule still running in the range's last
    year has no ``UNTIL``, so that it also holds after the range (for repeating events).
    """
    onsets = sorted(
        (
            _Onset(
                daylight=isinstance(observance, TimezoneDaylight),
                name=str(observance.get("TZNAME", "")),
                offset_from=observance.TZOFFSETFROM,
                offset_to=observance.TZOFFSETTO,
                at=at,
            )
            for observance in observances
            for at in [observance.DTSTART, *(d for d, _ in observance.rdates)]
            if isinstance(at, dt.datetime)
        ),
        key=lambda onset: onset.at,
    )
    # Runs of yearly onsets, each with the week codes all its onsets share. A run grows while
    # the next onset of its kind (the other kind's onsets fall in between) fits its pattern.
    runs: list[tuple[list[_Onset], set[str]]] = []
    open_runs: dict[tuple[bool, str, dt.timedelta, dt.timedelta], int] = {}
    for onset in onsets:
        codes = _week_codes(onset.at)
        index = open_runs.get(onset.kind())
        if index is not None:
            run, common = runs[index]
            last = run[-1]
            if (
                onset.at.year == last.at.year + 1
                and (onset.at.month, onset.at.weekday(), onset.at.time())
                == (last.at.month, last.at.weekday(), last.at.time())
                and common & codes
            ):
                run.append(onset)
                runs[index] = (run, common & codes)
                continue
        open_runs[onset.kind()] = len(runs)
        runs.append(([onset], codes))
    rules: list[TimezoneStandard | TimezoneDaylight] = []
    for run, codes in runs:
        first = run[0]
        component = TimezoneDaylight() if first.daylight else TimezoneStandard()
        component.add("DTSTART", first.at)
        if len(run) > 1:
            rule: dict[str, Any] = {
                "FREQ": "YEARLY",
                "BYMONTH": first.at.month,
                "BYDAY": f"{min(codes)}{_WEEKDAY_CODES[first.at.weekday()]}",
            }
            # A run still going at the end of the range (its last onset in the range's last
            # year, no later onset of its kind) may go on after it.
            running = (
                open_after is not None
                and run[-1].at.date() > open_after - _ONE_YEAR
                and not any(
                    later.at > run[-1].at and later.daylight == first.daylight for later in onsets
                )
            )
            if not running:
                # RFC 5545 wants UNTIL in UTC; dateutil (under vobject) reads it as local time.
                # The end of the day after the last onset is right either way: after that
                # onset, and long before the next year's.
                day_after = run[-1].at.date() + _ONE_DAY
                rule["UNTIL"] = dt.datetime.combine(day_after, dt.time(23, 59, 59), dt.UTC)
            component.add("RRULE", rule)
        if first.name:
            component.add("TZNAME", first.name)
        component.add("TZOFFSETFROM", first.offset_from)
        component.add("TZOFFSETTO", first.offset_to)
        rules.append(component)
    return rules


def _week_codes(day: dt.datetime) -> set[str]:
    """The RRULE week numbers of ``day`` in its month: its nth weekday, and -1 for the last."""
    codes = {str((day.day - 1) // 7 + 1)}
    following = day + dt.timedelta(days=7)
    if following.month != day.month:
        codes.add("-1")
    return codes
