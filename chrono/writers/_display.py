"""Dates for people and for other programs: EDTF strings and English display dates.

Both are computed from an event's interval and granularity, not from its TIMEX3 value, so
they always agree with ``start``/``end``. An interval that is a whole number of units of its
granularity (a year, three months, a decade...) is named by those units; one that is not (a
"year" from 3 March to 9 May, say) falls back to the coarsest of years, months or days it is
a whole number of, so the name never claims more or less than the interval covers.

**EDTF** (Extended Date/Time Format, ISO 8601-2), Level 0 and Level 1 only, so that any EDTF
reader accepts it:

- a year ``2019``, a month ``2019-03``, a day ``2019-03-12``;
- a decade ``199X``, a century ``18XX``, a millennium ``1XXX`` (Level 1 unspecified digits);
- a season ``2004-21`` .. ``2004-24`` (21 spring, 22 summer, 23 autumn, 24 winter; chrono's
  seasons are meteorological, winter 2013 being December 2013 to February 2014);
- units Level 1 has no code for become intervals of what they hold: a quarter
  ``2019-07/2019-09``, a half ``2019-01/2019-06``, a week ``2024-03-11/2024-03-17``;
- a range is an interval of its first and last units (``2009/2010``, ``2019-03/2019-05``);
  ranges of decades or centuries use years (``1980/1999``), because ``198X/199X`` is Level 2;
- mod APPROX adds ``~`` (``2019~``, ``199X~``, ``2009~/2010~``; a single season, which Level 1
  cannot qualify, becomes its months: ``2019-06~/2019-08~``);
- mods BEFORE, ON_OR_BEFORE, AFTER and ON_OR_AFTER become open intervals: before 2019 is
  ``../2018``, by 2019 ``../2019``, after 2019 ``2020/..``, from 2019 ``2019/..``;
- other mods (START, MID, END, and the amount mods LESS_THAN...) have no EDTF form: the period
  itself is written (early 2019 is ``2019``), and ``display_date`` says the rest;
- a time of day is its start, to the second: ``2019-03-12T15:30:00``, with ``Z`` or ``±hh:mm``
  when the zone is known (an offset EDTF cannot write, such as ``+00:00`` or one with seconds,
  is converted to UTC). EDTF has no qualifier or interval for times of day, so a timed event's
  mod and end are not written.

**Display dates** are short English phrases: "12 September 2023", "September 2023", "2019",
"early 2019", "mid-2019", "late 2019", "the 1990s", "the early 1990s", "the 19th century",
"summer 2019", "Q3 2005", "first half of 2019", "week of 11 March 2024", "c. 1850" (APPROX),
"before 2019", "by 2019", "after 2019", "from 2019", "2009–2010" or "March–May 2019" for
ranges, "12 September 2023, 15:30 EDT" for times (the zone as the text named it, else the UTC
offset, else nothing for a floating time), "11 September 2023, morning" for parts of the day.
Month names are English whatever the locale.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

from chrono.model import Event, Granularity, Mod

_ONE_DAY = dt.timedelta(days=1)

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}

# Meteorological seasons as chrono anchors them: the first month of each, and its EDTF code.
_SEASON_CODE = {3: 21, 6: 22, 9: 23, 12: 24}
_SEASON_NAME = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
_PART_OF_DAY = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}
_PART_OF_DAY_VALUE = re.compile(r"T(MO|MI|AF|EV|NI|DT)\Z")

_UNSPECIFIED_DIGITS = {Granularity.DECADE: 1, Granularity.CENTURY: 2, Granularity.MILLENNIUM: 3}
"""The units of several years, by the last digits of the year they leave open (EDTF's X)."""
_YEARS_IN = {unit: 10**digits for unit, digits in _UNSPECIFIED_DIGITS.items()}
"""How many years a decade, a century and a millennium hold."""
_ORDINAL_UNIT_NAMES = {
    Granularity.CENTURY: ("century", "centuries"),
    Granularity.MILLENNIUM: ("millennium", "millennia"),
}
"""The units named by an ordinal ("the 19th century"), singular and plural."""

_NATIVE = frozenset({Granularity.YEAR, Granularity.MONTH, Granularity.DAY})
"""Units that EDTF, TimelineJS and people name directly, one or several in a row."""

_POINT_PRECISION = {
    Granularity.MILLENNIUM: Granularity.YEAR,
    Granularity.CENTURY: Granularity.YEAR,
    Granularity.DECADE: Granularity.YEAR,
    Granularity.YEAR: Granularity.YEAR,
    Granularity.HALF: Granularity.MONTH,
    Granularity.QUARTER: Granularity.MONTH,
    Granularity.SEASON: Granularity.MONTH,
    Granularity.MONTH: Granularity.MONTH,
    Granularity.WEEK: Granularity.DAY,
    Granularity.DAY: Granularity.DAY,
}
"""The year, month or day precision that holds each unit's bounds."""

_BOUND_PREFIX = {
    Mod.BEFORE: "before ",
    Mod.ON_OR_BEFORE: "by ",
    Mod.AFTER: "after ",
    Mod.ON_OR_AFTER: "from ",
}


@frozen(kw_only=True)
class Period:
    """A date interval as a whole number of calendar units, from ``first`` to ``last``."""

    unit: Granularity
    """The unit: a granularity from MILLENNIUM to DAY (never a time of day)."""
    first: dt.date
    """The first day of the first unit (the event's start)."""
    last: dt.date
    """The first day of the last unit."""
    end: dt.date
    """The exclusive end (the event's end)."""

    @property
    def is_single(self) -> bool:
        """True when the interval is one unit."""
        return self.first == self.last

    @property
    def precision(self) -> Granularity:
        """YEAR, MONTH or DAY: the precision that writes this unit's bounds."""
        return _POINT_PRECISION[self.unit]

    def bounds(self) -> tuple[dt.date, dt.date]:
        """The first and last units at :attr:`precision` (e.g. a quarter's first and last month).

        Returns:
            The first day of the first and of the last unit of that precision.
        """
        return self.first, _unit_start(self.precision, self.end - _ONE_DAY)


def period(event: Event) -> Period | None:
    """The interval of a date event as calendar units, or None for a time of day.

    Args:
        event: any event.

    Returns:
        The period in the event's granularity when the interval is a whole number of those units,
        else in years, months or days (the coarsest that fits); None for a timed event.
    """
    start, end = event.start, event.end
    if isinstance(start, dt.datetime) or isinstance(end, dt.datetime):
        return None
    candidates = [event.granularity] if event.granularity in _POINT_PRECISION else []
    for unit in (*candidates, Granularity.YEAR, Granularity.MONTH, Granularity.DAY):
        if _aligned(unit, start) and _aligned(unit, end) and _whole(unit, start, end):
            last = _unit_start(unit, end - _ONE_DAY)
            return Period(unit=unit, first=start, last=last, end=end)
    raise AssertionError("every date interval is a whole number of days")  # pragma: no cover


# EDTF ----------------------------------------------------------------------------------------


def edtf(event: Event) -> str:
    """The event's date as an EDTF Level 0/1 string (see the module docstring).

    Args:
        event: any event.

    Returns:
        For example ``"2019"``, ``"199X~"``, ``"2019-07/2019-09"``, ``"../2018"`` or
        ``"2013-03-22T15:30:00-04:00"``.
    """
    span = period(event)
    if span is None:
        assert isinstance(event.start, dt.datetime)
        return _edtf_datetime(event.start)
    if event.mod in (Mod.ON_OR_BEFORE, Mod.BEFORE):
        last = _edtf_bound(span, after=False, strict=event.mod is Mod.BEFORE)
        return f"../{last}"
    if event.mod in (Mod.ON_OR_AFTER, Mod.AFTER):
        first = _edtf_bound(span, after=True, strict=event.mod is Mod.AFTER)
        return f"{first}/.."
    mark = "~" if event.mod is Mod.APPROX else ""
    single = _edtf_single(span)
    if single is not None and not (mark and span.unit is Granularity.SEASON):
        return single + mark
    if span.unit is Granularity.SEASON and not span.is_single:
        return f"{_edtf_season(span.first)}{mark}/{_edtf_season(span.last)}{mark}"
    low, high = span.bounds()
    low_text, high_text = _edtf_date(span.precision, low), _edtf_date(span.precision, high)
    if low_text == high_text:
        return low_text + mark
    return f"{low_text}{mark}/{high_text}{mark}"


def _edtf_single(span: Period) -> str | None:
    """The one-string EDTF form of a single unit, if Level 1 has one."""
    if not span.is_single:
        return None
    year = span.first.year
    match span.unit:
        case Granularity.DECADE | Granularity.CENTURY | Granularity.MILLENNIUM:
            digits = _UNSPECIFIED_DIGITS[span.unit]
            return f"{year // 10**digits:0{4 - digits}d}{'X' * digits}"
        case Granularity.SEASON:
            return _edtf_season(span.first)
        case Granularity.YEAR | Granularity.MONTH | Granularity.DAY:
            return _edtf_date(span.unit, span.first)
        case _:
            return None


def _edtf_bound(span: Period, *, after: bool, strict: bool) -> str:
    """The closed end of an open interval: the period's own first or last unit, or the unit
    just beyond it, in years, months, days or seasons (``../199X`` is not Level 1)."""
    unit = Granularity.SEASON if span.unit is Granularity.SEASON else span.precision
    if after:
        # The exclusive end is where the next unit starts.
        day = span.end if strict else span.first
    elif not strict:
        day = _unit_start(unit, span.end - _ONE_DAY)
    elif span.first > dt.date.min:
        day = _unit_start(unit, span.first - _ONE_DAY)
        if unit is Granularity.SEASON and day.month not in _SEASON_CODE:
            # Before spring of year 1 lie January and February, a winter with no December.
            return _edtf_date(Granularity.DAY, span.first - _ONE_DAY)
    else:
        day = span.first  # nothing comes before 1 January of year 1: "on or before" it is
    return _edtf_season(day) if unit is Granularity.SEASON else _edtf_date(unit, day)


def _edtf_date(precision: Granularity, day: dt.date) -> str:
    if precision is Granularity.YEAR:
        return f"{day.year:04d}"
    if precision is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _edtf_season(day: dt.date) -> str:
    """The EDTF season holding ``day``, the first day of a season's first month."""
    return f"{day.year:04d}-{_SEASON_CODE[day.month]}"


def _edtf_datetime(instant: dt.datetime) -> str:
    wall = instant.replace(microsecond=0)
    offset = wall.utcoffset()
    if offset is None:
        return wall.isoformat()
    suffix = _edtf_offset(offset)
    if suffix is not None:
        return wall.replace(tzinfo=None).isoformat() + suffix
    try:
        utc = wall.astimezone(dt.UTC)
    except OverflowError:
        return wall.date().isoformat()  # too close to year 1 or 9999 to convert: the day alone
    return utc.replace(tzinfo=None).isoformat() + "Z"


def _edtf_offset(offset: dt.timedelta) -> str | None:
    """``±hh:mm`` as EDTF accepts it (hours 1 to 13, 14:00, or 00:01 to 00:59), else None."""
    seconds = int(offset.total_seconds())
    if seconds % 60 or offset.microseconds or seconds == 0:
        return None
    sign = "-" if seconds < 0 else "+"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    if hours > 14 or (hours == 14 and minutes):
        return None
    return f"{sign}{hours:02d}:{minutes:02d}"


# Display dates -------------------------------------------------------------------------------


def display_date(event: Event) -> str:
    """The event's date as a short English phrase (see the module docstring).

    Args:
        event: any event.

    Returns:
        For example ``"12 September 2023"``, ``"the early 1990s"``, ``"c. 1850"``,
        ``"March–May 2019"`` or ``"12 September 2023, 15:30 EDT"``.
    """
    span = period(event)
    label = _time_label(event) if span is None else _period_label(span)
    return _with_mod(label, event.mod)


def is_plain(event: Event) -> bool:
    """True when the date needs no words: years, months or days (one or a range), no mod.

    Args:
        event: any event.

    Returns:
        False for times of day, weeks, seasons, quarters, halves, decades and coarser, and any
        date with a mod.
    """
    span = period(event)
    return event.mod is None and span is not None and span.unit in _NATIVE


def _with_mod(label: str, mod: Mod | None) -> str:
    if mod is None or mod in (
        Mod.LESS_THAN,
        Mod.MORE_THAN,
        Mod.EQUAL_OR_LESS,
        Mod.EQUAL_OR_MORE,
    ):
        # These qualify amounts ("less than three years"); on a date they add nothing to say.
        return label
    if mod is Mod.APPROX:
        return "c. " + label.removeprefix("the ")
    if mod in _BOUND_PREFIX:
        return _BOUND_PREFIX[mod] + label
    word = {Mod.START: "early ", Mod.MID: "mid-", Mod.END: "late "}[mod]
    if label.startswith("the "):
        return f"the {word}{label.removeprefix('the ')}"  # "the early 1990s", "the mid-1990s"
    return word + label


def _period_label(span: Period) -> str:
    first, last = span.first, span.last
    if span.is_single:
        return _unit_label(span.unit, first)
    match span.unit:
        case Granularity.DAY | Granularity.WEEK:
            return _day_range(first, span.end - _ONE_DAY)
        case Granularity.MONTH:
            if first.year == last.year:
                return f"{MONTH_NAMES[first.month - 1]}–{MONTH_NAMES[last.month - 1]} {last.year}"
        case Granularity.SEASON:
            if first.year == last.year:
                return f"{_season_name(first)}–{_unit_label(span.unit, last)}"
        case Granularity.QUARTER:
            if first.year == last.year:
                return f"Q{_quarter(first)}–{_unit_label(span.unit, last)}"
        case Granularity.HALF:
            return f"H{_half(first)} {first.year}–H{_half(last)} {last.year}"
        case Granularity.DECADE:
            return f"the {first.year // 10 * 10}s–{last.year // 10 * 10}s"
        case Granularity.CENTURY | Granularity.MILLENNIUM:
            first_ordinal, last_ordinal = _nth(span.unit, first), _nth(span.unit, last)
            return f"the {first_ordinal}–{last_ordinal} {_ORDINAL_UNIT_NAMES[span.unit][1]}"
        case _:
            pass
    return f"{_unit_label(span.unit, first)}–{_unit_label(span.unit, last)}"


def _unit_label(unit: Granularity, day: dt.date) -> str:
    year = day.year
    match unit:
        case Granularity.MILLENNIUM | Granularity.CENTURY:
            return f"the {_nth(unit, day)} {_ORDINAL_UNIT_NAMES[unit][0]}"
        case Granularity.DECADE:
            return f"the {year // 10 * 10}s"
        case Granularity.HALF:
            return f"{('first', 'second')[_half(day) - 1]} half of {year}"
        case Granularity.QUARTER:
            return f"Q{_quarter(day)} {year}"
        case Granularity.SEASON:
            return f"{_season_name(day)} {year}"
        case Granularity.MONTH:
            return f"{MONTH_NAMES[day.month - 1]} {year}"
        case Granularity.WEEK:
            return f"week of {_day_label(day)}"
        case Granularity.DAY:
            return _day_label(day)
        case _:
            return str(year)


def _day_range(first: dt.date, last: dt.date) -> str:
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{_day_label(last)}"
    if first.year == last.year:
        return f"{first.day} {MONTH_NAMES[first.month - 1]}–{_day_label(last)}"
    return f"{_day_label(first)}–{_day_label(last)}"


def _day_label(day: dt.date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _time_label(event: Event) -> str:
    start = event.start
    assert isinstance(start, dt.datetime)
    day = _day_label(start.date())
    part = _PART_OF_DAY_VALUE.search(event.value)
    if event.granularity is Granularity.PART_OF_DAY and part is not None:
        return f"{day}, {_PART_OF_DAY[part[1]]}"
    zone = _zone_label(event)
    clock = _clock(start)
    if event.end_mention is not None:
        last = last_instant(event)
        if last.date() == start.date():
            clock = f"{clock}–{_clock(last)}"
        elif last != start:
            clock = f"{clock}–{_day_label(last.date())}, {_clock(last)}"
    return f"{day}, {clock}{zone}"


def last_instant(event: Event) -> dt.datetime:
    """Where the last unit of a timed event starts: its end minus one unit of its granularity.

    Args:
        event: a timed event.

    Returns:
        ``end`` minus an hour, a minute or a second (per the granularity) when that is not before
        the start; else the start.
    """
    start, end = event.start, event.end
    assert isinstance(start, dt.datetime) and isinstance(end, dt.datetime)
    step = {
        Granularity.HOUR: dt.timedelta(hours=1),
        Granularity.MINUTE: dt.timedelta(minutes=1),
        Granularity.SECOND: dt.timedelta(seconds=1),
    }.get(event.granularity)
    if step is None:
        return end
    last = end - step
    return last if last >= start else start


def _clock(instant: dt.datetime) -> str:
    text = f"{instant.hour:02d}:{instant.minute:02d}"
    return f"{text}:{instant.second:02d}" if instant.second else text


def _zone_label(event: Event) -> str:
    if event.tz:
        return f" {event.tz}"
    assert isinstance(event.start, dt.datetime)
    offset = event.start.utcoffset()
    if offset is None:
        return ""
    if not offset:
        return " UTC"
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    text = f" UTC{sign}{hours:02d}:{minutes:02d}"
    return f"{text}:{seconds:02d}" if seconds else text


# Calendar arithmetic -------------------------------------------------------------------------


def _aligned(unit: Granularity, day: dt.date) -> bool:
    """True if ``day`` is where a unit starts (``date.max`` ends only a run of days)."""
    if unit is Granularity.DAY:
        return True
    if unit is Granularity.WEEK:
        return day.weekday() == 0
    if day.day != 1:
        return False
    month, year = day.month, day.year
    match unit:
        case Granularity.MONTH:
            return True
        case Granularity.SEASON:
            return month in _SEASON_CODE
        case Granularity.QUARTER:
            return month in (1, 4, 7, 10)
        case Granularity.HALF:
            return month in (1, 7)
        case Granularity.YEAR:
            return month == 1
        case Granularity.DECADE | Granularity.CENTURY | Granularity.MILLENNIUM:
            return month == 1 and year % _YEARS_IN[unit] == 0
        case _:
            return False


def _whole(unit: Granularity, start: dt.date, end: dt.date) -> bool:
    # Aligned bounds already make a whole number of units, weeks aside (Monday to Monday).
    return unit is not Granularity.WEEK or (end - start).days % 7 == 0


def _unit_start(unit: Granularity, day: dt.date) -> dt.date:
    """The first day of the unit of ``unit`` that holds ``day``."""
    year = day.year
    match unit:
        case Granularity.DAY:
            return day
        case Granularity.WEEK:
            return day - dt.timedelta(days=day.weekday())  # 1 January of year 1 is a Monday
        case Granularity.MONTH:
            return day.replace(day=1)
        case Granularity.SEASON:
            # Winter holds December and the next January and February: it is named by December.
            if day.month < 3:
                return dt.date(year - 1, 12, 1) if year > 1 else dt.date(1, 1, 1)
            return dt.date(year, day.month - (day.month % 3), 1)
        case Granularity.QUARTER:
            return dt.date(year, day.month - (day.month - 1) % 3, 1)
        case Granularity.HALF:
            return dt.date(year, 1 if day.month < 7 else 7, 1)
        case Granularity.DECADE | Granularity.CENTURY | Granularity.MILLENNIUM:
            years = _YEARS_IN[unit]
            return dt.date(max(1, year // years * years), 1, 1)
        case _:
            return dt.date(year, 1, 1)


def _season_name(day: dt.date) -> str:
    return _SEASON_NAME.get(_SEASON_CODE.get(day.month, 0), "season")


def _quarter(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _half(day: dt.date) -> int:
    return 1 if day.month < 7 else 2


def _nth(unit: Granularity, day: dt.date) -> str:
    """The ordinal of the century or millennium holding ``day`` ("19th" for 1850)."""
    return _ordinal(day.year // _YEARS_IN[unit] + 1)


def _ordinal(number: int) -> str:
    suffix = "th" if 11 <= number % 100 <= 13 else _ORDINAL_SUFFIX.get(number % 10, "th")
    return f"{number}{suffix}"
