"""Anchor a typed :class:`~chrono.extract.spec.Spec` on the calendar: pure date arithmetic.

Given what an expression says, an anchor date (the DCT, or the last date the text established)
and the tense of its clause, produce the TIMEX3 value at its true granularity and the calendar
interval ``[start, end)`` it covers. Nothing here reads the clock.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from importlib import resources
from typing import NamedTuple

import attrs
from attrs import frozen

from chrono.extract.spec import (
    ERA_UNITS,
    WEEKS_IN,
    AnchorPolicy,
    RelativeOffset,
    ReportYear,
    Spec,
    Tense,
    Unit,
    count_from_holiday,
)
from chrono.model import (
    COARSE_ORDER,
    DAY_INDEX,
    AnchorKind,
    Genre,
    Granularity,
    Instant,
    Mod,
    TimexType,
    time_zone,
)

# Meteorological seasons: first month, number of months. Winter starts in December.
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Parts of the day: start hour, end hour (may pass midnight).
_PART_OF_DAY = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (21, 30), "DT": (8, 18)}


class Unresolvable(ValueError):
    """The expression names no real date (e.g. February 30): it is not a mention."""


# The Gregorian calendar repeats itself every 400 years (146097 days, exactly 20871 weeks):
# weekdays, leap days and ISO weeks of year Y are those of Y + 400. Dates outside what
# ``datetime.date`` holds (years before 1, i.e. BC) are computed 400*k years later, where
# the arithmetic is the same, and their values are shifted back.
_CYCLE = 400
# Calendar-space years a shifted date is moved into: far from both ends of ``datetime.date``.
_SHIFT_BASE = 2000


def calendar_shift(year: int) -> int:
    """Years (a multiple of 400) to add to ``year`` so ``datetime.date`` can hold it: 0 for
    years 1..9999, else the shift that lands it in 2000..2399 ("49 BC", year -48, -> 2352)."""
    if 1 <= year <= 9999:
        return 0
    return -((year - _SHIFT_BASE) // _CYCLE) * _CYCLE


@frozen(kw_only=True)
class Reference:
    """A date the text established, usable as an anchor by later mentions.

    ``date`` is ``shift`` years after the true date (``shift`` a multiple of 400, 0 for the
    years 1..9999), so that a BC date can anchor "five years later" like any other.
    """

    date: dt.date
    granularity: Granularity
    shift: int = 0
    moment: dt.datetime | None = None
    """The clock time the text gave, when it gave one ("at 0755 on 7 December 1941")."""
    late: bool = False
    """Whether the text named the end of the year ("In late 1915", "the end of 1915"): the
    story is then at its last months, not at its start."""
    ends_day: bool = False
    """Whether the clock time is the midnight that ends the day the text named ("at midnight
    on 27 July", T24:00; the night of 7–8 August): ``date`` is then the next day, but the
    story's day is still that one."""
    month_unnamed: bool = False
    """Whether the day was told without its month in news ("Rent is due the 1st"), the month
    read from the document date: a bare day after it is read from the document date too ("Water
    bill due the 28th" on 14 May is 28 May, not in the 1st's June)."""

    @property
    def year(self) -> int:
        """The true (astronomical) year: 0 is 1 BC, -48 is 49 BC."""
        return self.date.year - self.shift


@frozen(kw_only=True)
class Resolution:
    """The anchored value of a mention."""

    value: str
    granularity: Granularity | None
    anchor: AnchorKind
    mod: Mod | None = None
    interval: tuple[Instant, Instant] | None = None
    tz: str | None = None
    shifted_reference: Reference | None = None
    """For a date no calendar type holds (BC), its anchor for later mentions, computed in a
    year 400*k later (see :func:`calendar_shift`); it has no interval."""

    reference: Reference | None = attrs.field(init=False, eq=False, repr=False)
    """This resolution as an anchor for later mentions (dates of a month or finer): computed
    once, with the resolution, as anchoring asks for it several times a mention."""

    @reference.default
    def _reference(self) -> Reference | None:
        if self.shifted_reference is not None:
            return self.shifted_reference
        if self.interval is None or self.granularity is None:
            return None
        start = self.interval[0]
        if isinstance(start, dt.datetime):
            clock = self.granularity in _CLOCK_GRANULARITIES
            return Reference(
                date=start.date(),
                granularity=self.granularity,
                moment=start if clock else None,
                ends_day=clock and self.value.endswith("T24:00"),
            )
        late = self.mod is Mod.END and self.granularity is Granularity.YEAR
        return Reference(date=start, granularity=self.granularity, late=late)


_CLOCK_GRANULARITIES = frozenset({Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND})


@frozen(kw_only=True)
class Period:
    """A resolved calendar period: value, granularity and [start, end) in dates."""

    value: str
    granularity: Granularity
    start: dt.date | None
    end: dt.date | None
    shift: int = 0
    """When not 0, ``start`` and ``end`` are that many years after the true bounds, which no
    date type holds (years before 1); ``value`` is always the true one."""


def _unshift(period: Period, shift: int) -> Period:
    """The true period of one computed ``shift`` years later (see :func:`calendar_shift`)."""
    if shift == 0:
        return period
    g, value = period.granularity, period.value
    if g is Granularity.MILLENNIUM:
        value = millennium_period(int(value) - shift // 1000).value
    elif g is Granularity.CENTURY:
        value = century_period(int(value) - shift // 100).value
    elif g is Granularity.DECADE:
        value = decade_period(int(value) - shift // 10).value
    else:
        year, rest = (value[:5], value[5:]) if value.startswith("-") else (value[:4], value[4:])
        value = _year_str(int(year) - shift) + rest
    start, end = period.start, period.end
    if start is None or end is None:
        return Period(value=value, granularity=g, start=None, end=None)
    if start.year - shift >= 1 and end.year - shift <= 9999:
        # back inside the calendar ("three centuries later" after 218 BC): true dates
        start, end = start.replace(year=start.year - shift), end.replace(year=end.year - shift)
        return Period(value=value, granularity=g, start=start, end=end)
    return Period(value=value, granularity=g, start=start, end=end, shift=shift)


def _year_str(year: int) -> str:
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when the year is outside what the calendar library can hold."""
    if not 1 <= year <= 9999:
        return None
    return dt.date(year, month, day)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _bounds(y0: int, m0: int, months: int) -> tuple[dt.date | None, dt.date | None]:
    y1, m1 = _add_months(y0, m0, months)
    return _safe_date(y0, m0, 1), _safe_date(y1, m1, 1)


def year_period(year: int) -> Period:
    start, end = _bounds(year, 1, 12)
    return Period(value=_year_str(year), granularity=Granularity.YEAR, start=start, end=end)


def month_period(year: int, month: int) -> Period:
    start, end = _bounds(year, month, 1)
    value = f"{_year_str(year)}-{month:02d}"
    return Period(value=value, granularity=Granularity.MONTH, start=start, end=end)


def day_period(day: dt.date) -> Period:
    return Period(
        value=day.isoformat(),
        granularity=Granularity.DAY,
        start=day,
        end=day + dt.timedelta(days=1) if day < dt.date.max else None,
    )


def week_period(day: dt.date, *, weekend: bool = False) -> Period:
    iso = day.isocalendar()
    monday = day - dt.timedelta(days=iso.weekday - 1)
    value = f"{iso.year:04d}-W{iso.week:02d}"
    if weekend:
        saturday = monday + dt.timedelta(days=5)
        return Period(
            value=value + "-WE",
            granularity=Granularity.WEEK,
            start=saturday,
            end=saturday + dt.timedelta(days=2),
        )
    return Period(
        value=value, granularity=Granularity.WEEK, start=monday, end=monday + dt.timedelta(days=7)
    )


def week_of_month(year: int, month: int, nth: int) -> Period:
    """The ``nth`` week of a month (-1: the last) as an ISO week.

    ISO 8601 makes the first week of a year the one holding 4 January, the first week with
    most of its days in the year; the same rule for a month makes its nth week the ISO week
    holding day 7n-3, and its last week the one holding its fourth-last day. "The first week
    of June 1944" is 1944-W22 (29 May-4 June: four of its days are June's).

    Raises:
        Unresolvable: the year is outside what the calendar holds (BC).
    """
    if not 1 <= year <= 9999:
        raise Unresolvable(f"no ISO weeks in year {year}")
    first, days = dt.date(year, month, 1), calendar.monthrange(year, month)[1]
    day = first + dt.timedelta(days=days - 4 if nth < 0 else 7 * nth - 4)
    return week_period(day)


def iso_week_period(year: int, week: int) -> Period:
    """ISO week ``week`` of ``year`` ("2024-W11": 11-17 March 2024).

    Raises:
        Unresolvable: the year has no such week (W53 of a 52-week year) or no ISO weeks (BC).
    """
    try:
        return week_period(dt.date.fromisocalendar(year, week, 1))
    except ValueError as exc:
        raise Unresolvable(str(exc)) from exc


def quarter_period(year: int, quarter: int) -> Period:
    start, end = _bounds(year, 3 * quarter - 2, 3)
    value = f"{_year_str(year)}-Q{quarter}"
    return Period(value=value, granularity=Granularity.QUARTER, start=start, end=end)


def half_period(year: int, half: int) -> Period:
    start, end = _bounds(year, 6 * half - 5, 6)
    value = f"{_year_str(year)}-H{half}"
    return Period(value=value, granularity=Granularity.HALF, start=start, end=end)


def season_period(year: int, season: str) -> Period:
    start, end = _bounds(year, _SEASON_START[season], 3)
    value = f"{_year_str(year)}-{season}"
    return Period(value=value, granularity=Granularity.SEASON, start=start, end=end)


def decade_period(decade: int) -> Period:
    start, end = _bounds(decade * 10, 1, 120)
    value = f"-{-decade:03d}" if decade < 0 else f"{decade:03d}"
    return Period(value=value, granularity=Granularity.DECADE, start=start, end=end)


def century_period(century: int) -> Period:
    start, end = _bounds(century * 100, 1, 1200)
    value = f"-{-century:02d}" if century < 0 else f"{century:02d}"
    return Period(value=value, granularity=Granularity.CENTURY, start=start, end=end)


def millennium_period(millennium: int) -> Period:
    start, end = _bounds(millennium * 1000, 1, 12000)
    value = str(millennium)  # one digit, as TIMEX2 writes millennia: "1" is 1000-1999
    return Period(value=value, granularity=Granularity.MILLENNIUM, start=start, end=end)


# Easter was first reckoned by the Gregorian computus in 1583; histories date the feasts of
# earlier years in the Julian calendar they were kept in ("Palm Sunday 1461": 29 March).
GREGORIAN_EASTER_FROM = 1583


def _julian_easter(year: int) -> dt.date:
    """Easter Sunday by the Julian computus, as the Julian calendar writes it."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus's, written in the Gregorian calendar from
    1583 (5 May 2024), in the Julian one before, when it was everyone's Easter."""
    julian = _julian_easter(year)
    if year < GREGORIAN_EASTER_FROM:
        return julian
    century = year // 100  # the Julian calendar's lag, fixed between March and February
    return julian + dt.timedelta(days=century - century // 4 - 2)


def easter(year: int) -> dt.date:
    """Western Easter Sunday as the calendar of its year writes it: by the Julian computus
    before 1583, by the anonymous Gregorian computus from then on."""
    if year < GREGORIAN_EASTER_FROM:
        return _julian_easter(year)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


# The days of lunar and lunisolar holidays by year, 1900-2100 ("table:NAME" rules): written by
# tools/build_lunar_holidays.py, whose calendar libraries chrono does not need at run time.
LUNAR_TABLE = "lunar_holidays.json"


@functools.cache
def _lunar_table() -> dict[str, dict[str, str]]:
    raw = resources.files("chrono.extract").joinpath("data", LUNAR_TABLE).read_text("utf-8")
    data: dict[str, dict[str, str]] = {
        name: table for name, table in json.loads(raw).items() if not name.startswith("_")
    }
    return data


def holiday_date(rule: str, year: int) -> dt.date:
    """The date of a holiday rule in ``year``: "MM-DD", "nth:MM:N:WD[+D]" (N=-1: the last such
    weekday of the month, +D days after it), "easter:+N", "orthodox:+N" (from Orthodox Easter)
    or "table:NAME" (the first day of the
    holiday NAME in that year in the table of lunar holidays); "national:NAME" (a national
    day no country was named for) has none. Of alternatives "A|B" ("Eid"
    is either Eid) and of a span "A/B" (Ramadan, up to Eid al-Fitr), the first. A day counted
    from the holiday ends the rule: "@+1" the day after it ("the day after Christmas"), "@>5"
    the first Friday after it, "@<1" the last Monday before it ("the Monday before Easter"),
    "@~7" the nearest Sunday ("the Sunday nearest 11 November").

    Raises:
        ValueError: a malformed rule or a year outside 1..9999.
        LookupError: a table holiday in a year the table does not hold, a national day of
            no country, or a day the year does not have (29 February in a common year).
    """
    rule, _, shift = rule.partition("@")
    return count_from_holiday(_holiday_day(rule, year), shift)


def _holiday_day(rule: str, year: int) -> dt.date:
    """The date of a holiday rule in ``year``, not counted from (see holiday_date)."""
    rule = rule.split("|")[0].split("/")[0]
    if rule.startswith("national:"):  # "Liberation Day" with no country: no known day
        raise LookupError(f"no country names the day of {rule[9:]}")
    if rule.startswith("table:"):
        days = _lunar_table()[rule[6:]].get(str(year))
        if days is None:
            raise LookupError(f"no day of {rule[6:]} in {year}")
        rule = days.split(",")[0]  # a year with two of one Islamic holiday: the first
    if rule.startswith("easter:"):
        return easter(year) + dt.timedelta(days=int(rule.split(":")[1]))
    if rule.startswith("orthodox:"):  # days counted from Orthodox Easter
        return orthodox_easter(year) + dt.timedelta(days=int(rule.split(":")[1]))
    if rule.startswith("nth:"):
        _, month, nth, rest = rule.split(":")
        weekday, _, extra = rest.partition("+")
        first = dt.date(year, int(month), 1)
        if int(nth) > 0:
            delta = (int(weekday) - first.isoweekday()) % 7
            day = first + dt.timedelta(days=delta + 7 * (int(nth) - 1))
        else:
            nxt = dt.date(year + (int(month) == 12), int(month) % 12 + 1, 1)
            last = nxt - dt.timedelta(days=1)
            day = last - dt.timedelta(days=(last.isoweekday() - int(weekday)) % 7)
        return day + dt.timedelta(days=int(extra or 0))
    month, day_of_month = rule.split("-")
    try:
        return dt.date(year, int(month), int(day_of_month))
    except ValueError as error:
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            raise
        # "the Monday after 29 February" in a common year
        raise LookupError(f"no day {rule} in {year}") from error


def holiday_period(rule: str, year: int) -> Period:
    """The holiday's period in ``year``: its day, or for a span "A/B" (Ramadan) the days from
    A up to the next B (a count "A/B@S" moves A only: Advent's "12-04/12-25@<7"). A span's
    TIMEX3 value is still its first day: ISO 8601 has no name for a month of another calendar,
    and "Ramadan" is dated, as TimeBank dates a festival of several days, by the day it
    begins; the interval [start, end) covers the whole of it.
    A year the table does not hold gives the year with an unknown day.
    """
    try:
        first = holiday_date(rule, year)
        # a day counted ("@<7") counts the span's first day: "12-04/12-25@<7" is Advent
        _, _, until = rule.partition("@")[0].split("|")[0].partition("/")
        if not until:
            return day_period(first)
        end = holiday_date(until, year)
        if end <= first:
            end = holiday_date(until, year + 1)
    except LookupError:
        return Period(
            value=_year_str(year) + "-XX-XX", granularity=Granularity.DAY, start=None, end=None
        )
    return Period(value=first.isoformat(), granularity=Granularity.DAY, start=first, end=end)


def _holiday_weekend(day: dt.date) -> Period:
    """The weekend a holiday on ``day`` makes long: the one before a Monday to a Wednesday
    ("Memorial Day weekend"), else the one of its week ("Thanksgiving weekend")."""
    weekday = day.isoweekday()
    saturday = (
        day - dt.timedelta(days=weekday + 1)
        if weekday <= 3
        else day + dt.timedelta(days=6 - weekday)
    )
    return week_period(saturday, weekend=True)


def _calendar_period(spec: Spec, year: int) -> Period:
    """The period named by the spec's calendar fields in ``year``."""
    if spec.holiday is not None:
        if not 1 <= year <= 9999:
            return Period(
                value=_year_str(year) + "-XX-XX", granularity=Granularity.DAY, start=None, end=None
            )
        period = holiday_period(spec.holiday, year)
        if spec.long_weekend and period.start is not None:
            return _holiday_weekend(period.start)
        if spec.granularity is Granularity.WEEK and period.start is not None:
            # "the week of Thanksgiving"; a span's week holds most of it ("Holy Week": from
            # Palm Sunday to Easter Sunday, the ISO week of its Monday to Saturday)
            middle = period.start + (period.end - period.start) / 2 if period.end else period.start
            return week_period(middle)
        return period
    if spec.month is not None and spec.day is not None:
        try:
            day = dt.date(year, spec.month, spec.day) if 1 <= year <= 9999 else None
        except ValueError as exc:
            raise Unresolvable(str(exc)) from exc
        if day is None:
            value = f"{_year_str(year)}-{spec.month:02d}-{spec.day:02d}"
            return Period(value=value, granularity=Granularity.DAY, start=None, end=None)
        if spec.long_weekend:
            return _holiday_weekend(day)  # "the July 4th holiday weekend"
        if spec.granularity is Granularity.WEEK:
            return week_period(day, weekend=spec.weekend_of)
        return day_period(day)
    if spec.month is not None and spec.week_of_month is not None:
        return week_of_month(year, spec.month, spec.week_of_month)
    if spec.iso_week is not None:
        return iso_week_period(year, spec.iso_week)
    if spec.month is not None:
        return month_period(year, spec.month)
    if spec.season is not None:
        return season_period(year, spec.season)
    if spec.quarter is not None:
        return quarter_period(year, spec.quarter)
    if spec.half is not None:
        return half_period(year, spec.half)
    return year_period(year)


# A calendar rule's nth weekday of a month ("nth:11:2:7"), not counted from ("@") nor shifted
# past its month ("+1"), nor of a month the text names elsewhere (month 00).
_NTH_OF_MONTH = re.compile(r"nth:(?P<month>0[1-9]|1[0-2]):-?\d:[1-7]")


def _underspecified(spec: Spec) -> str:
    """The TIMEX3 value of a partial date that has no anchor."""
    if spec.day is not None and spec.month is None:
        return f"XXXX-XX-{spec.day:02d}"  # "on the 12th"
    if spec.holiday is not None:
        nth = _NTH_OF_MONTH.fullmatch(spec.holiday)
        if nth is not None and spec.month_named:
            # "the second Sunday of November" in no year: a day of November, which is all
            # TIMEX3 can say of it; a holiday's name keeps XXXX-XX-XX, its month being its
            # country's ("Mother's Day": May in the US, March in Britain; "Thanksgiving falls
            # on Oct. 9")
            return f"XXXX-{nth['month']}"
        fixed = spec.holiday if len(spec.holiday) == 5 and spec.holiday[0].isdigit() else "XX-XX"
        return f"XXXX-{fixed}"
    if spec.month is not None and spec.day is not None:
        return f"XXXX-{spec.month:02d}-{spec.day:02d}"
    if spec.month is not None:
        return f"XXXX-{spec.month:02d}"
    if spec.season is not None:
        return f"XXXX-{spec.season}"
    if spec.quarter is not None:
        return f"XXXX-Q{spec.quarter}"
    if spec.half is not None:
        return f"XXXX-H{spec.half}"
    if spec.iso_week is not None:
        return f"XXXX-W{spec.iso_week:02d}"
    if spec.weekday is not None:
        return f"XXXX-WXX-{spec.weekday}"
    if spec.offset is not None:
        return {
            Unit.YEAR: "XXXX",
            Unit.DECADE: "XXX",
            Unit.CENTURY: "XX",
            Unit.MONTH: "XXXX-XX",
            Unit.QUARTER: "XXXX-QX",
            Unit.WEEK: "XXXX-WXX",
            Unit.WEEKEND: "XXXX-WXX-WE",
        }.get(spec.offset.unit, "XXXX-XX-XX")
    return "XXXX"


# A year's results and figures are reported within a quarter of its end ("posted a profit for
# the year to March", "prices rose 5% in the year to March", in May): told then, and not as
# what is to come, the year is the one just ended.
_REPORTING_MONTHS = 3


def _year_of_figures(anchor: dt.date, last_month: int) -> int | None:
    """The year of the figures of a period that ends with ``last_month`` ("March data", "fourth-
    quarter results"), if that month ended within a quarter before the anchor: figures come out
    in the months after their own. None further back (read as the bare period is)."""
    since = (anchor.month - last_month) % 12
    if 0 < since <= _REPORTING_MONTHS:
        return anchor.year - (last_month > anchor.month)
    return None


def _nearest_year(
    spec: Spec,
    anchor: dt.date,
    tense: Callable[[], Tense],
    genre: Genre,
    direction: int | None,
    done: Callable[[], bool] = lambda: False,
    held: Callable[[], bool] = lambda: False,
) -> int:
    """The year that places a partial date (month, season, quarter...) relative to the anchor.

    ``direction`` -1/+1 asks for the nearest occurrence strictly before/after the anchor's own
    period ("last March", "next May"), 0 for the anchor's year. ``tense`` is asked only when
    the answer depends on it; so is ``done``, whether a past verb right before the date tells
    it over ("began on 1 July"), and ``held``, whether a state told in the present lasts until
    it ("stays closed until May 3").
    """
    if spec.relative_year is not None:
        return anchor.year + spec.relative_year
    if direction == 0 or (genre is Genre.NARRATIVE and direction is None):
        # "this June"; in a narrative, the year the story is in, unless the text says which
        # way to look ("the previous autumn", "the following spring")
        return anchor.year
    if spec.data_month and spec.quarter is not None:
        # "would report fourth-quarter results next month", in January
        year = _year_of_figures(anchor, 3 * spec.quarter)
        if year is not None:
            return year
    if spec.quarter is not None or spec.half is not None or spec.iso_week is not None:
        # "the first quarter" of a report is the anchor year's, unless the clause is past
        # and that quarter has not even begun ("profit fell in the fourth quarter", in January)
        start = _calendar_period(spec, anchor.year).start
        if start is not None and start > anchor and tense() is Tense.PAST:
            return anchor.year - 1
        return anchor.year
    if spec.fiscal_end and spec.month is not None:
        # "the fiscal year through March": the March that ends the year in progress
        ahead = anchor.year + (spec.month < anchor.month)
        since = (anchor.month - spec.month) % 12
        if 0 < since <= _REPORTING_MONTHS and tense() is not Tense.FUTURE:
            return ahead - 1
        if spec.figures_in and since and tense() is Tense.PAST:
            # "Profit rose 5% in the year to March", in November: the figures of a year over
            return ahead - 1
        return ahead
    if spec.delivery_month and spec.month is not None:
        # "December gold", in October: a contract trades until its month, never after it
        return anchor.year + (spec.month < anchor.month)
    if spec.since_month and spec.month is not None:
        # "the lowest since December", in December: the month behind the anchor's
        return anchor.year - (spec.month >= anchor.month)
    if spec.data_month and spec.month is not None:
        # "awaiting March data", in April
        year = _year_of_figures(anchor, spec.month)
        if year is not None:
            return year
    if spec.weekday is not None and spec.month is not None and spec.day is not None:
        # "Saturday, April 25": the year in which that day is a Saturday, nearest first
        for year in (anchor.year, anchor.year - 1, anchor.year + 1):
            try:
                if dt.date(year, spec.month, spec.day).isoweekday() == spec.weekday:
                    return year
            except ValueError:
                continue
    candidates = [
        _calendar_period(spec, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
    ]
    spans = [(p.start, p.end) for p in candidates]
    if any(s is None or e is None for s, e in spans):
        return anchor.year
    if direction is not None:
        # "last March": the latest March over before the anchor; "next May": the first after
        # it; "the summer before last" (-2), "the spring after next" (+2): a year further on
        if direction < 0:
            past = [i for i, (s, e) in enumerate(spans) if e is not None and e <= anchor]
            return anchor.year + direction + (past[-1] if past else 0)
        future = [i for i, (s, e) in enumerate(spans) if s is not None and s > anchor]
        return anchor.year + direction - 2 + (future[0] if future else 2)
    index = 1
    s, e = spans[1]
    assert s is not None and e is not None
    a_day = spec.day is not None or spec.holiday is not None
    close = abs((s - anchor).days) <= _CLOSE_DAYS if a_day else False
    if close and s > anchor and spec.day is not None and done():
        return anchor.year - 1  # "Talks began on 1 July", in June: last year's
    if close and e <= anchor and spec.day is not None and held():
        # "The road stays closed until May 3", on 10 May: a state still held ends ahead
        return anchor.year + 1
    if close or s <= anchor < e:
        # a day (or a holiday: "the last one b4 xmas", five days before it) within a few
        # weeks of the anchor is that one, whatever the tense; so is the period the anchor is in
        return anchor.year
    clause = tense()
    if clause is Tense.PRESENT and spec.looks_ahead and (anchor - s).days > 31 * _REPORTING_MONTHS:
        # "Plans for the new year", in June: once a quarter of the year begun is over, the
        # one named in the present is the one to come
        clause = Tense.FUTURE
    if clause is Tense.PRESENT and spec.looks_ahead and spec.season is not None:
        # "New inquiries welcome for the fall", in February: a season a post is "for" is the
        # coming one, though the last is nearer
        clause = Tense.FUTURE
    if clause is Tense.PAST and s > anchor:
        index = 0
    elif clause is Tense.FUTURE and e <= anchor:
        index = 2
    elif clause is Tense.PRESENT:

        def distance(i: int) -> int:
            start, end = spans[i]
            assert start is not None and end is not None
            if start <= anchor < end:
                return 0
            return min(abs((start - anchor).days), abs((anchor - end).days))

        index = min((1, 0, 2), key=distance)
    return anchor.year - 1 + index


def _this_season_year(spec: Spec, written: dt.date, year: int) -> int:
    """The year of a news "this winter" counted from the document date ``written`` (``year``
    otherwise): in January or February, the winter the document date is in, begun the December
    before, whatever the tense ("Heating bills will rise this winter", in January 2024:
    2023-WI). Not by the tense: a past clause's "this fall" before the fall has begun
    ("Enrollment fell this fall", in January) is left ahead, as the past of another clause
    ("we did japan ... and loved it, so going back this fall") would send it behind."""
    if spec.season is None or spec.day is not None or spec.relative_year is not None:
        return year
    if spec.story_season is not None:
        return year  # "the second winter of the war" counts from the war
    last = season_period(written.year - 1, spec.season)
    if last.start is not None and last.end is not None and last.start <= written < last.end:
        return written.year - 1
    return year


_ANNIVERSARY_AHEAD = 2


def _anniversary_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The day of ``weekday`` (ISO, 1-7) an anniversary falls on, near ``anchor``: up to two
    days ahead (a piece written on a Friday for "three years ago Saturday"), else up to four
    days behind ("A year ago Sunday", on a Thursday: the Sunday just gone)."""
    delta = (weekday - anchor.isoweekday()) % 7
    return anchor + dt.timedelta(days=delta if delta <= _ANNIVERSARY_AHEAD else delta - 7)


def _weekday(
    anchor: dt.date,
    weekday: int,
    offset: RelativeOffset,
    tense: Callable[[], Tense],
    *,
    looks_ahead: bool = False,
    onward: bool = False,
) -> dt.date:
    delta = (weekday - anchor.isoweekday()) % 7  # days forward to the next such weekday (0..6)
    forward = anchor + dt.timedelta(days=delta)
    backward = forward - dt.timedelta(days=7) if delta else anchor
    if offset.amount is None:
        if onward:  # a story told in the past moves on: its past tense is no look back
            return forward
        if not delta:  # the anchor's own weekday, whatever the tense: no need to read it
            return anchor
        clause = tense()
        if clause is Tense.PAST:
            return backward
        if clause is Tense.FUTURE or looks_ahead:
            return forward
        return backward  # news tells what happened: with no cue, a bare weekday is past
    weeks = dt.timedelta(weeks=abs(offset.amount) - 1)  # "a week from Tuesday": 2, one more
    if offset.amount < 0:
        return (anchor - dt.timedelta(days=7) if delta == 0 else backward) - weeks
    if offset.amount > 0:
        return (anchor + dt.timedelta(days=7) if delta == 0 else forward) + weeks
    return anchor - dt.timedelta(days=anchor.isoweekday() - weekday)  # same ISO week


# A partial date ("Jan. 14") this close to its anchor is read in the anchor's year even against
# the tense ("he gave no reason for the Jan. 14 deadline", written on Jan. 5).
_CLOSE_DAYS = 21

PERIODS = frozenset({Granularity.QUARTER, Granularity.HALF, Granularity.MONTH, Granularity.SEASON})
"""The periods a report compares with ("the 1988 quarter", "up 16% from a year earlier")."""

_WEEKLY_PERIODS = PERIODS | {Granularity.WEEK}


def _compared_periods(spec: Spec, genre: Genre) -> frozenset[Granularity]:
    """The periods a year's shift keeps after them: "from a year earlier" a weekly report's week too
    ("For the week ending March 4, hospitalizations fell 20% from a year earlier": the same
    week a year back, see :attr:`Spec.shifts_period`); "a year ago", counted from the day of
    writing, stays a year after a week ("rates fell last week. A year ago, they averaged 5.76
    percent": the year), as "The year before" does after "Two weeks later" (the year); a
    story's week is no report's ("Two weeks later ... A year later": the year)."""
    return _WEEKLY_PERIODS if spec.shifts_period and genre is Genre.NEWS else PERIODS


def _same_period(reference: Reference, years: int) -> Period:
    """The period of ``reference`` (its quarter, month...) shifted by whole years."""
    day, year = reference.date, reference.date.year + years
    if reference.granularity is Granularity.QUARTER:
        return quarter_period(year, (day.month - 1) // 3 + 1)
    if reference.granularity is Granularity.HALF:
        return half_period(year, 1 if day.month <= 6 else 2)
    if reference.granularity is Granularity.MONTH:
        return month_period(year, day.month)
    if reference.granularity is Granularity.WEEK:
        if not years:
            return week_period(day)
        iso = day.isocalendar()  # the week of the same number: W53 only where a year has one
        weeks = dt.date(year + (iso.year - day.year), 12, 28).isocalendar().week
        return week_period(dt.date.fromisocalendar(iso.year + years, min(iso.week, weeks), 1))
    if reference.granularity is Granularity.DECADE:
        return decade_period(year // 10)
    if reference.granularity is Granularity.CENTURY:
        return century_period(year // 100)
    if reference.granularity is Granularity.MILLENNIUM:
        return millennium_period(year // 1000)
    if reference.granularity is Granularity.SEASON:
        season = {12: "WI", 1: "WI", 2: "WI"}.get(day.month) or ("SP", "SU", "FA")[
            (day.month - 3) // 3
        ]
        return season_period(year - 1 if day.month < 3 else year, season)
    return year_period(year)


@frozen(kw_only=True)
class RunOpening:
    """The date a film's run is counted from, named before a weekend of the run in its
    sentence ("which opened on 2 August, ... its first weekend")."""

    rank: int | None
    """Which weekend of the run it is ("opening", "first": 1; "second": 2); None unread."""
    day: dt.date | None
    """The day that date names, when it names one."""
    dated: bool
    """Whether that date names calendar fields ("Released in December 1997"), not a weekend
    counted from the document ("Last weekend's No. 1")."""


@frozen(kw_only=True)
class WeekendCues:
    """What the text around a weekend mention says of which weekend it is (see
    :func:`weekend_meant`): read from the text by chrono/events.py, typed here."""

    told_on: dt.date | None = None
    """The date it is told on (the document's): the anchor of "this weekend"."""
    told_past: bool = False
    """A past verb right after it ("Sales this weekend trailed"; tense.toml
    weekend_past_after), with nothing before it that keeps the weekend ahead."""
    clause_past: Callable[[], bool] = lambda: False
    """Whether its clause is told in the past ("Traffic was heavy this weekend, police said"),
    with no present or modal right after it (tense.toml weekend_ahead_after) and nothing
    before it that keeps the weekend ahead: a scan of the clause, asked only when the answer
    counts (told early in the week, see :func:`weekend_meant`)."""
    run: RunOpening | None = None
    """The date of its run, for a weekend counted in a run ("its second weekend")."""
    in_month: Spec | None = None
    """What "in" right after it names ("its opening weekend in July")."""


# ISO, the first day of a weekend: "this weekend" told before it is still ahead.
_SATURDAY = 6
# ISO, the last day on which a past clause's "this weekend" is the one just gone (a Tuesday):
# later in the week the copy has moved on to the coming one.
_WEEKEND_STILL_NEWS = 2


def weekend_meant(spec: Spec, cues: WeekendCues) -> Spec:
    """The weekend a weekend mention (``spec``) means, from its cue ("this", "last", "the",
    a run's rank: the spec's offset) and what the text around it says (``cues``):

    - counted in a run after a date named before it in its sentence: the weekend of the week
      that day falls in, a week later for each rank after the first ("which opened on 2
      August, ... its first weekend": 2024-W31-WE); after a calendar date of no day
      ("Released in December 1997") no weekend the document date can place (XXXX-WXX-WE);
      after a weekend counted from the document ("Last weekend's No. 1"), the one the tense
      names;
    - "this weekend" with a past verb right after it, told on a weekday before the coming
      Saturday: the weekend just gone ("Sales this weekend trailed the same weekend last
      year", on a Monday); so is one in a clause told in the past early in the week, on a
      Monday or a Tuesday, when the weekend is still the news ("Traffic was heavy this
      weekend, police said");
    - a weekend named by its tense or by a run, "in" a month right after it: a weekend of
      that month ("took $162 million in its opening weekend in July", in October: 2023-07),
      not when the month is the one it is told in, whose nearest weekend the tense tells.

    Any other mention is returned as it is."""
    run = cues.run
    if spec.of_run and run is not None:
        spec = _weekend_of_run(spec, run)
    offset, told_on = spec.offset, cues.told_on
    if offset is None or offset.unit is not Unit.WEEKEND:
        return spec
    if offset.amount == 0:
        if told_on is not None and (
            (cues.told_past and told_on.isoweekday() < _SATURDAY)
            or (told_on.isoweekday() <= _WEEKEND_STILL_NEWS and cues.clause_past())
        ):
            return attrs.evolve(spec, offset=attrs.evolve(offset, amount=-1))
        return spec
    month = cues.in_month
    if (
        offset.amount is not None
        or month is None
        or spec.has_calendar_fields
        or month.month is None
        or month.day is not None
        or month.weekday is not None
        or month.offset is not None
        or month.type is not TimexType.DATE
    ):
        return spec
    if told_on is not None and month.month == told_on.month and month.year in (None, told_on.year):
        return spec  # "over the weekend in July", written on 10 July: the weekend just gone
    return attrs.evolve(spec, year=month.year, month=month.month, offset=None)


def _weekend_of_run(spec: Spec, run: RunOpening) -> Spec:
    """A weekend counted in a run, the date of the run named before it (see weekend_meant)."""
    counted = attrs.evolve(spec, offset=None, of_run=False)
    if run.rank is not None and run.day is not None:
        day = run.day + dt.timedelta(weeks=run.rank - 1)
        return attrs.evolve(
            counted,
            year=day.year,
            month=day.month,
            day=day.day,
            granularity=Granularity.WEEK,
            weekend_of=True,
        )
    if not run.dated:
        return spec  # "Last weekend's No. 1 ... in its second weekend": the weekend just gone
    return attrs.evolve(counted, literal="XXXX-WXX-WE")


# Weekends counted in whole years (date.year_ago_weekend's "the same weekend last year": per
# year) are the same weekend of the year, on the same weekdays: a year of whole weeks away,
# counted from the weekend the tense names, as "the weekend" is.
_WEEKS_A_YEAR = 52


def _shift(
    anchor: dt.date,
    offset: RelativeOffset,
    tense: Callable[[], Tense],
    *,
    looks_ahead: bool = False,
) -> Period:
    n = offset.amount or 0
    years_away = offset.unit is Unit.WEEKEND and offset.per is Unit.YEAR
    if years_away:
        n *= _WEEKS_A_YEAR
    if offset.unit is Unit.WEEKEND and (offset.amount is None or years_away):
        if years_away and anchor.isoweekday() == 7:
            anchor -= dt.timedelta(days=1)  # a weekend named before ends on its Sunday
        saturday = anchor + dt.timedelta(days=(6 - anchor.isoweekday()) % 7)
        clause = tense() if saturday - anchor > dt.timedelta(days=1) else Tense.FUTURE
        if clause is Tense.PAST or (clause is Tense.PRESENT and not looks_ahead):
            saturday -= dt.timedelta(days=7)  # the weekend just past
        # "the same weekend last year": the weekend the tense names, a year of weeks away
        return week_period(saturday + dt.timedelta(weeks=n), weekend=True)
    unit = offset.unit
    if unit in (Unit.DAY, Unit.NIGHT, Unit.HOUR, Unit.MINUTE, Unit.SECOND):
        days = n if unit in (Unit.DAY, Unit.NIGHT) else 0
        if unit is Unit.HOUR:
            # whole days only: "36 hrs prior to presentation" is the day before; "two hours
            # ago" is still today
            days = int(n / 24)
        return day_period(anchor + dt.timedelta(days=days))
    if unit in WEEKS_IN or unit is Unit.WEEKEND:
        weeks = n * WEEKS_IN.get(unit, 1)
        return week_period(anchor + dt.timedelta(weeks=weeks), weekend=unit is Unit.WEEKEND)
    if unit is Unit.MONTH:
        return month_period(*_add_months(anchor.year, anchor.month, n))
    if unit is Unit.QUARTER:
        index = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return quarter_period(index // 4, index % 4 + 1)
    if unit is Unit.SEASON:
        year, month = _add_months(anchor.year, anchor.month, 3 * n)
        season = {12: "WI", 1: "WI", 2: "WI"}.get(month) or ("SP", "SU", "FA")[(month - 3) // 3]
        return season_period(year - 1 if month < 3 else year, season)
    return _count_years(anchor.year, offset)


_YEARS_IN = {Unit.YEAR: 1, Unit.DECADE: 10, Unit.CENTURY: 100, Unit.MILLENNIUM: 1000}


def _count_years(year: int, offset: RelativeOffset) -> Period:
    """The year, decade or century ``offset`` (in those units or millennia) counts to from
    ``year``."""
    n = offset.amount or 0
    if offset.unit is Unit.YEAR:
        return year_period(year + n)
    if offset.unit is Unit.DECADE:
        return decade_period(year // 10 + n)
    if offset.unit is Unit.CENTURY:
        return century_period(year // 100 + n)
    return century_period(year // 100 + 10 * n)  # millennium: coarse but honest


def _beyond_calendar(year: int, offset: RelativeOffset) -> int:
    """The years (a multiple of 400) to count ``offset`` from ``year`` on by, so that the
    year it lands in is one ``datetime.date`` holds ("10,000 years ago"); 0 when it is."""
    years = _YEARS_IN.get(offset.unit)
    if years is None or offset.amount is None:
        return 0
    return calendar_shift(year + offset.amount * years)


_MONTHS_IN = {Unit.MONTH: 1} | {unit: 12 * years for unit, years in _YEARS_IN.items()}


def _anniversary(
    anchor: dt.date, offset: RelativeOffset, granularity: Granularity, *, weekend: bool = False
) -> Period | None:
    """The day, week (its ``weekend``) or month of ``anchor`` as many units back or ahead as
    ``offset`` says: "5 years ago today" is the same day five years back (the 28th for a 29
    February), "30 years ago this weekend" that weekend. None outside the calendar library's
    years."""
    n = offset.amount or 0
    months = n * _MONTHS_IN.get(offset.unit, 0)
    per_unit = 7 * WEEKS_IN[offset.unit] if offset.unit in WEEKS_IN else 0
    days = n * (1 if offset.unit is Unit.DAY else per_unit)  # hours: still that day
    year, month = _add_months(anchor.year, anchor.month, months)
    try:
        last = calendar.monthrange(year, month)[1]
        day = dt.date(year, month, min(anchor.day, last)) + dt.timedelta(days=days)
    except (ValueError, OverflowError):
        return None  # the year is then told as the count back says it
    if granularity is Granularity.MONTH:
        return month_period(day.year, day.month)
    if granularity is Granularity.WEEK:
        return week_period(day, weekend=weekend)
    return day_period(day)


class Context(NamedTuple):
    """What a mention can be anchored to: built for each mention, so a named tuple, which
    costs half the instructions of a frozen attrs class of its 25 fields to build."""

    dct: dt.date | None
    previous: Reference | None
    genre: Genre
    clause_tense: Callable[[], Tense] = lambda: Tense.PRESENT
    """The tense of the mention's clause, computed only when a resolution depends on it."""
    kept_yearly: Callable[[], bool] = lambda: False
    """Whether the mention's sentence says, in the present, that a day is kept every year ("is
    commemorated", "is a public holiday"): see :func:`_day_as_kept`."""
    kept_since: Callable[[], bool] = lambda: False
    """Whether the mention's sentence says, in the present perfect, that a day has been kept
    since ("has been celebrated ever since"): see :func:`_day_as_kept`."""
    looks_back: Callable[[], bool] = lambda: False
    """Whether the mention ends a clause in the past perfect ("they had learned of it on
    Monday"): what came before the story's time, not a step of it."""
    steps_on: Callable[[], bool] = lambda: False
    """Whether the mention opens its sentence after no more than a preposition of time ("In
    March the offensive resumed"): a narrative's next step, not a date told in passing."""
    ends_span: Callable[[], bool] = lambda: False
    """Whether a verb of ending stands before the mention in its sentence ("fiscal year
    2002/03 ended in June"): right after a span of years, the month it ended in is of its last
    year (see :func:`_year_within_span`)."""
    done_before: Callable[[], bool] = lambda: False
    """Whether a verb in the simple past stands right before the mention ("Talks began on 1
    July"): a day so told is over, however close ahead of the anchor it would fall."""
    held_until: Callable[[], bool] = lambda: False
    """Whether a state told in the present lasts until the mention, right before it ("The
    road stays closed until May 3"): a day so told is ahead, however close behind the anchor
    it would fall."""
    moved_to: Callable[[], bool] = lambda: False
    """Whether a verb of moving a plan stands right before the mention ("Can we move it to
    Tue?"): a weekday a plan is moved to is never the anchor's own day."""
    since_day: Callable[[], bool] = lambda: False
    """Whether "since" stands right before the mention ("since Monday"): a bare weekday counted
    from is before the anchor, the week before on the anchor's own weekday."""
    in_condition: Callable[[], bool] = lambda: False
    """Whether the mention ends the clause of a condition ("tomorrow if afebrile overnight"):
    what a plan for a day ahead waits on (see :func:`_night_of_a_condition`)."""
    day_before_condition: Callable[[], bool] = lambda: False
    """Whether a date stands before that condition in the mention's own sentence ("Discharge
    home tomorrow if afebrile overnight"; not "Surgery Friday . Call MD if febrile overnight
    .", whose night is the note's own; see :func:`_night_of_a_condition`)."""
    quarter: Reference | None = None
    """The last quarter the text named: what "the quarter" and "a year ago" compare with."""
    quarter_ends: tuple[int, int] | None = None
    """The month and day that quarter was said to end on ("its fiscal second quarter, ended
    Dec. 31"): a fiscal quarter's end need not fall in the calendar quarter of its number."""
    to_date: bool = False
    """Whether the report turned from that quarter to its nine months ("For the nine months,
    net rose from ... a year earlier"): the same months a year back are in the year before,
    which a comparison then names instead of the quarter."""
    story: Reference | None = None
    """The last date the text established at a year or finer: what "later that year" counts
    from when a decade or a century was named since ("the 1920s"), which it cannot count from."""
    day: Reference | None = None
    """The last day (or finer) the text established: what a clock time alone is of when a
    coarser date came since ("on Tuesday ... For the full year ... at 5:30 p.m.")."""
    first_day: Reference | None = None
    """The first such day not after the document date, the day the text is about: that of a
    clock time told in the past after a day ahead was named ("Minutes of April 12 ... The
    next meeting will be held on May 10. The meeting adjourned at 8:45 p.m.")."""
    first: Reference | None = None
    """The first date the story established: the year a narrative's "the third year of the
    war" counts from."""
    opening: Reference | None = None
    """The first day of the span the text last dated (the start of "1–3 July 1863", else the
    last date itself): what "On the second day" counts from in a narrative."""
    span: tuple[Reference, Reference] | None = None
    """The start and the end of the span the story is telling (a range, or a start and an end
    named in one sentence: "began ... on 30 November 1939 ... and ended ... on 13 March 1940"),
    kept while its dates overlap it (a range inside it, "the night of 19/20 December", does
    not replace it): where a date without a year falls when it runs over
    several years (see :func:`_year_within_span`)."""
    years: tuple[Reference, Reference] | None = None
    """The first span over several years the story dated, a war's in its lead ("fought from 8
    February 1904 to 5 September 1905"): what "the war's final year" ends, once the story has
    left it for a look back ("as early as December 1928")."""

    backstory: Reference | None = None
    """In news, the latest date of the backstory the text is telling in the past ("Back in
    2019, Smith was a nurse. In March, she moved": 2019), when the mention's clause goes on
    telling it (see ``Backstory`` in chrono/discourse.py): what its bare months and seasons are
    placed after."""

    at_the_day: bool = False
    """Whether the mention, a clock time, stands right after the day the text last named, in
    one phrase ("on 04/13/2022 at 1510"): that day's, whatever the tense."""
    discharge: dt.date | None = None
    """The discharge date a clinical note's header gives: what "the day of discharge" is."""
    admission: dt.date | None = None
    """The admission date of a note written later in the stay, when it is not the document
    date (a progress note on "HD #4"): what hospital days and "prior to admission" count
    from."""
    operation: dt.date | None = None
    note_day: bool = False
    """Whether the document date is the day the note's heading gives ("ID NOTE 03/18/2024"),
    not its admission's: a course's day told in the past is then on or before it, not counted
    on from it."""
    """The day of the operation of a note that says which day after it it is written on
    ("POD #2" on its header): what its postoperative days count from."""

    @property
    def tense(self) -> Tense:
        return self.clause_tense()


def operation_day(previous: Reference | None, dct: dt.date | None) -> dt.date | None:
    """The day of the operation a note counts "the day before surgery" or "POD 1" from, when
    no day told it: the day named last (``previous``), or the note's (``dct``) when that is
    a year or a month of the history ("Cholecystectomy in 2015. Now for right TKA. Aspirin was
    held the day before surgery": the day before the note's, not a day of 2015)."""
    if previous is not None and COARSE_ORDER.index(previous.granularity) >= DAY_INDEX:
        return previous.date
    return dct


def _pick_anchor(spec: Spec, ctx: Context) -> tuple[dt.date, AnchorKind, int] | None:
    """The anchor date, its kind, and the years it is shifted by (see :func:`calendar_shift`)."""
    if spec.from_discharge:
        return (ctx.discharge, AnchorKind.DCT, 0) if ctx.discharge is not None else None
    if spec.from_admission and ctx.admission is not None:
        return ctx.admission, AnchorKind.DCT, 0
    if spec.from_operation:
        operation = ctx.operation or operation_day(ctx.previous, ctx.dct)
        return (operation, AnchorKind.DCT, 0) if operation is not None else None
    if _day_as_kept(spec, ctx):
        return None
    prefer_previous = spec.anchor is AnchorPolicy.ANAPHORIC or ctx.genre is Genre.NARRATIVE
    if _writers_today(spec, ctx) or _writers_years_ago(spec, ctx):
        prefer_previous = False
    else:
        told = _day_told(spec, ctx)
        if told is not None:
            return told.date, AnchorKind.PREVIOUS, told.shift
    if (
        spec.possessive
        and ctx.genre is Genre.NEWS
        and ctx.dct is not None
        and ctx.previous is not None
        and ctx.previous.granularity is Granularity.WEEK
        and 0 < (ctx.previous.date - ctx.dct).days < 14
    ):
        # "OPEC ministers meet next week. Analysts expect the next week's meeting to cut
        # output": the document's next week, which the story named, named again
        return ctx.dct, AnchorKind.DCT, 0
    if prefer_previous and ctx.previous is not None and not _needs_a_day(spec, ctx):
        day = _day_in_news(spec, ctx)
        if day is not None:
            return day.date, AnchorKind.PREVIOUS, day.shift
        if _after_midnight_ending(spec, ctx.previous):
            # "Beatrice fell before midnight. Gabrielle fell the following morning", "began at
            # midnight on 27/28 July. The next day": counted from the day the midnight ends
            # (the 27th), not from the one it starts (the 28th, the date of T24:00)
            return ctx.previous.date - _ONE_DAY, AnchorKind.PREVIOUS, ctx.previous.shift
        if _night_of_midnight_ending(spec, ctx.previous):
            # "the night of 7–8 August ... the same night", "at midnight on 6 November. That
            # night": the night the midnight ends is the 7th's (the 6th's), not the 8th's
            return ctx.previous.date - _ONE_DAY, AnchorKind.PREVIOUS, ctx.previous.shift
        if _night_of_a_condition(spec, ctx):
            if ctx.dct is not None and not ctx.day_before_condition():
                # "Surgery Friday . Call MD if febrile overnight .": no day named before the
                # condition in its sentence, the night is the note's own
                return ctx.dct, AnchorKind.DCT, 0
            # "Discharge home tomorrow if afebrile overnight": the night the discharge waits
            # on, before it (the note's own), not the night after it
            return ctx.previous.date - _ONE_DAY, AnchorKind.PREVIOUS, ctx.previous.shift
        return ctx.previous.date, AnchorKind.PREVIOUS, ctx.previous.shift
    if ctx.dct is not None:
        return ctx.dct, AnchorKind.DCT, 0
    return None


def _after_midnight_ending(spec: Spec, previous: Reference) -> bool:
    """Whether ``spec`` is a later day or a part of it ("the next day", "the following
    morning", "two days later") counted from a story that reached the midnight ending the day
    it named ("before midnight", "at midnight on 27 July", "the night of 7–8 August"), whose
    date is already the next one. Not from a clock time of a day's start ("00:00 on 28 July":
    the next day is the 29th)."""
    offset = spec.offset
    return (
        previous.ends_day
        and spec.hour is None
        and offset is not None
        and offset.unit is Unit.DAY
        and offset.amount is not None
        and offset.amount >= 1
    )


def _night_of_midnight_ending(spec: Spec, previous: Reference) -> bool:
    """Whether ``spec`` is the night of the story's day ("that night", "the same night") told
    after the story reached the midnight ending a day (see :func:`_after_midnight_ending`):
    the night that midnight falls in, of the day it ends. (Not "that evening": after a night's
    small hours, "back by 02:50. That evening", the evening may be the next one.)"""
    return (
        previous.ends_day
        and spec.hour is None
        and spec.part_of_day == "NI"
        and spec.offset is not None
        and spec.offset.unit is Unit.DAY
        and spec.offset.amount == 0
    )


def _night_of_a_condition(spec: Spec, ctx: Context) -> bool:
    """Whether ``spec`` is "that" night ("overnight") in the condition of a plan for a day
    ahead of a note or a news story, the day named just before it: "Discharge home tomorrow if
    afebrile overnight", "Extubation planned for Friday once stable overnight". The plan waits
    on the night before that day, not the one after it; with no day before the condition in its
    sentence, the note's own night ("Surgery Friday . Call MD if febrile overnight ."; see
    :func:`_pick_anchor`). ("Home tomorrow ; monitor overnight",
    with no condition, and a night after a day behind, "Discharged yesterday if afebrile
    overnight", keep the day's night; narratives keep the story's.)"""
    previous, offset = ctx.previous, spec.offset
    return (
        previous is not None
        and ctx.genre is not Genre.NARRATIVE
        and ctx.dct is not None
        and spec.hour is None
        and spec.part_of_day == "NI"
        and offset is not None
        and offset.unit is Unit.DAY
        and offset.amount == 0
        and _ORDER.index(previous.granularity) >= _ORDER.index(Granularity.DAY)
        and not previous.shift
        and previous.date > ctx.dct
        and ctx.in_condition()
    )


def _course_day_of_the_note(spec: Spec, ctx: Context, kind: AnchorKind) -> bool:
    """Whether ``spec``, a course's day ("day 4 of prednisone") or week ("week 5 of chemo"), is
    told in the present or with no verb in a note that is no discharge summary: the note's own
    day, or its week."""
    return (
        spec.course_day
        and kind is AnchorKind.DCT
        and ctx.dct is not None
        and ctx.discharge is None
        and ctx.clause_tense() is not Tense.PAST
    )


def _course_day_told_before_the_note(spec: Spec, ctx: Context, kind: AnchorKind) -> bool:
    """Whether ``spec``, a course's day ("day 5 of 7 of ceftriaxone"), is told in the past in a
    note dated by its heading that is no discharge summary: a day on or before the note's own,
    which the note does not give (a summary, or a text dated by its admission, counts it on from
    the admission)."""
    return (
        spec.course_day
        and kind is AnchorKind.DCT
        and ctx.note_day
        and ctx.discharge is None
        and ctx.clause_tense() is Tense.PAST
    )


_TODAY = RelativeOffset(unit=Unit.DAY, amount=0)


def _writers_today(spec: Spec, ctx: Context) -> bool:
    """ "Today" in the present tense of a narrative ("Today the mill is a museum", "it is still
    sold today") is the time of writing, not the day the story last reached: an encyclopedia
    or a history steps out of its story to say what holds now. ("Today we marched", told in
    the past, stays the story's day.)"""
    return (
        ctx.genre is Genre.NARRATIVE
        and spec.anchor is AnchorPolicy.DEICTIC
        and spec.offset == _TODAY
        and spec.part_of_day is None
        and spec.hour is None
        and ctx.tense is Tense.PRESENT
    )


def _day_as_kept(spec: Spec, ctx: Context) -> bool:
    """A holiday or a day of a month without a year, in a narrative's sentence that says in
    the present that a day is kept every year, is the day as it is kept, not the one of the
    story's year: a Commemoration section's "Anzac Day is commemorated annually on 25 April"
    (XXXX-04-25) after "In 1934 Atatürk ...", "In Turkey, 18 March is marked every year as
    Martyrs' Day". So is one said to have been kept since: "The Declaration was signed on July
    4, 1776. Independence Day has been celebrated ever since" (XXXX-07-04). ("On Christmas Day
    they met", told in the past, stays the story's.)"""
    return (
        ctx.genre is Genre.NARRATIVE
        and (spec.holiday is not None or (spec.month is not None and spec.day is not None))
        and spec.year is None
        and spec.offset is None
        and spec.weekday is None
        and ((ctx.kept_yearly() and ctx.tense is Tense.PRESENT) or ctx.kept_since())
    )


_YEARS_AND_MORE = frozenset({Unit.YEAR, Unit.DECADE, Unit.CENTURY, Unit.MILLENNIUM})


def _writers_years_ago(spec: Spec, ctx: Context) -> bool:
    """ "5,000 years ago" in a dated history counts from the time of writing, as its "Today"
    does, not from the story's last date ("Egypt was unified c. 3100 BC. People lived here
    5,000 years ago"); a story's "two days ago" stays the story's (a letter it quotes)."""
    offset = spec.offset
    return (
        ctx.genre is Genre.NARRATIVE
        and ctx.dct is not None
        and spec.anchor is AnchorPolicy.ABSOLUTE
        and spec.counted
        and offset is not None
        and (offset.amount or 0) < 0
        and offset.unit in _YEARS_AND_MORE
    )


def _day_told(spec: Spec, ctx: Context) -> Reference | None:
    """The day a clock time alone ("at 10 p.m.") is of: the last day the text named, in news
    too ("On March 3, the gunman opened fire at 10 p.m."; "Slepian was killed on Oct. 23. He
    was shot at 10 p.m."; "results on Tuesday. For the full year, ... at 5:30 p.m."), the day
    the text is telling, not the document's. When the tense turns back from a day ahead, the
    first day the text named, the day it is about ("Minutes of April 12 ... The next meeting
    will be held on May 10. The meeting adjourned at 8:45 p.m."), unless the clock time stands
    right after that day ("Discussed ... on 04/13/2022 at 1510", ``Context.at_the_day``); else
    None; None too when the text named no day yet, or the tense turns ahead from a past day."""
    told = ctx.day
    if not is_bare_clock_time(spec) or told is None:
        return None
    if ctx.dct is None or told.date == ctx.dct:
        return told
    tense = ctx.clause_tense()
    # a discharge summary tells its stay, up to the discharge, in the past
    written = ctx.discharge if ctx.discharge is not None and ctx.discharge > ctx.dct else ctx.dct
    if tense is Tense.PAST and told.date > written and not ctx.at_the_day:
        return ctx.first_day
    if tense is Tense.FUTURE and told.date < ctx.dct:
        return None
    return told


def _day_in_news(spec: Spec, ctx: Context) -> Reference | None:
    """The day a news story's "the same day", "that day" or "the previous Friday" counts
    from when it is not the last date named: after a coarser one, the last day the text named
    ("said Monday. Economists expect the rate to fall by spring. The previous Friday, ..."),
    and when the clause is told in the past after a day ahead, the first day the text named,
    the day it is about ("won on Tuesday ... counted through Friday. The same day, voters
    approved a levy"). None otherwise: the last date named."""
    previous, day = ctx.previous, ctx.day
    if ctx.genre is not Genre.NEWS or ctx.dct is None or previous is None:
        return None
    if spec.anchor is not AnchorPolicy.ANAPHORIC or spec.hour is not None or spec.part_of_day:
        return None
    # a discharge summary tells its stay, up to the discharge, in the past
    written = ctx.discharge if ctx.discharge is not None and ctx.discharge > ctx.dct else ctx.dct
    if _ORDER.index(previous.granularity) < _ORDER.index(Granularity.WEEK) and _day_step(spec):
        # "Unemployment fell in April. Stocks had fallen the previous week": a week of the
        # story's days, not the month (nor a week inside it); after a week the step counts
        # from that week ("rose last week from 4.26 percent the previous week"); told in the
        # past after a day ahead ("The next meeting is on June 28"), the day the story is about
        if day is not None and day.date > written and ctx.clause_tense() is Tense.PAST:
            return ctx.first_day
        return day
    if not ((spec.weekday is not None and spec.month is None) or spec.offset == _TODAY):
        return None
    if _ORDER.index(previous.granularity) < _ORDER.index(Granularity.DAY):
        return day
    if not previous.shift and previous.date > written and ctx.clause_tense() is Tense.PAST:
        return ctx.first_day
    return None


def _day_step(spec: Spec) -> bool:
    """Whether ``spec`` counts whole days or weeks from a day: "the previous week", "the
    following day", "a week earlier", "two days later"."""
    offset = spec.offset
    if offset is None or spec.weekday is not None or not isinstance(offset.amount, int):
        return False
    return offset.unit in (Unit.DAY, Unit.WEEK) and offset.amount != 0


# How far ahead of the document date a day is a plan rather than a step of a story told
# since it (a hospital stay told from the admission day, see :func:`_needs_a_day`).
_PLAN_AHEAD = dt.timedelta(days=31)


def _needs_a_day(spec: Spec, ctx: Context) -> bool:
    """A time of day ("overnight", "in the morning", "later in the day") in news or a clinical
    note, after a date coarser than a day ("status post MVR in 2010"): it counts from the
    document's day, not from that year, which it cannot be part of; so too one told in the
    past after a day over a month ahead ("He will be inaugurated on Jan. 20. Markets tumbled
    overnight": the night before the news, not before the inauguration; a note dated on its
    admission tells the days of the stay after it in the past, "On day 3 of admission ... in
    the morning"). Narratives keep the story's date."""
    previous = ctx.previous
    if ctx.genre is Genre.NARRATIVE or ctx.dct is None or previous is None:
        return False
    if spec.part_of_day is None and spec.hour is None and not spec.in_the_day:
        return False
    if _ORDER.index(previous.granularity) < _ORDER.index(Granularity.DAY):
        return True
    ahead = not previous.shift and previous.date - ctx.dct > _PLAN_AHEAD
    return ahead and ctx.clause_tense() is Tense.PAST


def _date_period(spec: Spec, ctx: Context) -> tuple[Period | str, AnchorKind]:
    """The date-level period of the spec, or an underspecified value when it has no anchor."""
    period, kind, shift = _shifted_date_period(spec, ctx)
    if isinstance(period, str):
        return period, kind
    return _unshift(period, shift), kind


# a tuple: ``in`` compares by identity in C (a frozenset calls Enum's Python __hash__)
_COARSER_THAN_A_YEAR = (Granularity.DECADE, Granularity.CENTURY, Granularity.MILLENNIUM)


def _story_context(spec: Spec, ctx: Context) -> Context:
    """The context whose previous date ``spec`` counts from: after a decade or a century
    ("In 1944 ... the boom of the 1920s ... Later that year"), an expression that needs a year
    ("that year", "the next day", "in March") counts from the last date the text gave at a
    year or finer, rather than losing its precision to the decade."""
    previous, story = ctx.previous, ctx.story
    if previous is None or story is None or previous.granularity not in _COARSER_THAN_A_YEAR:
        return ctx
    if spec.offset is not None and spec.offset.unit in ERA_UNITS:
        return ctx  # "the following decade" counts from the 1920s
    if spec.decade is not None or spec.century is not None or spec.millennium is not None:
        return ctx
    return ctx._replace(previous=story)


def _shifted_date_period(spec: Spec, ctx: Context) -> tuple[Period | str, AnchorKind, int]:
    """:func:`_date_period` computed ``shift`` years later, where ``datetime.date`` holds it."""
    ctx = _story_context(spec, ctx)
    absolute = AnchorKind.ABSOLUTE
    if spec.millennium is not None:
        # a whole number of millennia and of 400-year cycles: a multiple of 2000 years
        shift = -(-calendar_shift(spec.millennium * 1000) // 2000) * 2000
        return millennium_period(spec.millennium + shift // 1000), absolute, shift
    if spec.century is not None:
        shift = calendar_shift(spec.century * 100)
        return century_period(spec.century + shift // 100), absolute, shift
    if spec.decade is not None:
        shift = calendar_shift(spec.decade * 10)
        return decade_period(spec.decade + shift // 10), absolute, shift
    if spec.year is not None:
        if spec.keep_reference_granularity:
            # "the 1988 quarter": the period under discussion, in that year
            reference = _period_under_discussion(ctx)
            if reference is not None and reference.granularity in PERIODS:
                period = _same_period(reference, spec.year - reference.year)
                return period, AnchorKind.PREVIOUS, reference.shift
        if spec.anniversary is not None and ctx.dct is not None and spec.month is None:
            # "on this day in 2012", written on its anniversary: the document's day in that
            # year (with no document date, the year alone)
            back = RelativeOffset(unit=Unit.YEAR, amount=spec.year - ctx.dct.year)
            same_day = _anniversary(ctx.dct, back, spec.anniversary)
            if same_day is not None:
                return same_day, AnchorKind.DCT, 0
        shift = calendar_shift(spec.year)
        return _calendar_period(spec, spec.year + shift), absolute, shift
    picked = _pick_anchor(spec, ctx)
    if picked is None:
        if _writers_today(spec, ctx):
            return "PRESENT_REF", AnchorKind.NONE, 0
        return _underspecified(spec), AnchorKind.NONE, 0
    anchor, kind, shift = picked
    if spec.school_year and anchor.month >= _SCHOOL_YEAR_OPENS and spec.mod is not Mod.START:
        # "at the end of the school year", in October: the school year under way ends in the
        # next calendar year, whose name it goes by (its start is this year's)
        anchor = dt.date(anchor.year + 1, 1, 1)
    if _course_day_of_the_note(spec, ctx, kind):
        # "Pt with COPD, day 4 of prednisone": a note (not a discharge summary, dated by its
        # admission) tells the status of its own day, or of its week ("Week 5 of chemo")
        assert ctx.dct is not None
        if spec.offset is not None and spec.offset.unit is Unit.WEEK:
            return week_period(ctx.dct), kind, 0
        return day_period(ctx.dct), kind, 0
    if spec.course_day and spec.offset is not None and spec.offset.unit is Unit.WEEK:
        # "admitted in week 2 of chemo": a course counted in weeks began before the stay, on a
        # day the note rarely gives, so its week told in the past is not counted from the
        # admission
        return "XXXX-WXX", AnchorKind.NONE, 0
    if _course_day_told_before_the_note(spec, ctx, kind):
        # "She completed day 5 of 7 of ceftriaxone", in a note that is no discharge summary:
        # the day was on or before the note's, which is no course's first day to count from
        return "XXXX-XX-XX", AnchorKind.NONE, 0
    if spec.story_day is not None and kind is AnchorKind.PREVIOUS and ctx.genre is Genre.NARRATIVE:
        opening = ctx.opening or ctx.previous
        assert opening is not None
        if spec.story_day < 0:
            return _story_last_day(ctx, opening), kind, opening.shift
        return _story_day(spec.story_day, opening), kind, opening.shift
    if spec.story_year is not None and kind is AnchorKind.PREVIOUS and ctx.genre is Genre.NARRATIVE:
        if spec.story_year < 0:
            last = _story_last_year(ctx) or Reference(
                date=anchor, granularity=Granularity.YEAR, shift=shift
            )
            last = attrs.evolve(last, granularity=Granularity.YEAR)
            return _same_period(last, 0), kind, last.shift
        first = ctx.first or ctx.previous
        assert first is not None
        began = Reference(date=first.date, granularity=Granularity.YEAR, shift=first.shift)
        return _same_period(began, spec.story_year - 1), kind, first.shift
    if (
        spec.story_season is not None
        and spec.season is not None
        and kind is AnchorKind.PREVIOUS
        and ctx.genre is Genre.NARRATIVE
    ):
        first = ctx.first or ctx.previous
        assert first is not None
        return _story_season(spec.story_season, spec.season, first), kind, first.shift
    offset = spec.offset
    in_a_month = offset is not None and offset.unit is Unit.MONTH
    if spec.day is not None and spec.month is None and offset is not None and in_a_month:
        return _day_of_shifted_month(spec.day, anchor, offset, ctx), kind, shift
    if spec.holiday is not None and spec.holiday.startswith(_NTH_OF_SHIFTED_MONTH):
        assert offset is not None and in_a_month  # date.nth_weekday_of_rel_month
        return _nth_weekday_of_shifted_month(spec.holiday, anchor, offset, ctx), kind, shift
    if spec.day is not None and spec.month is None:
        in_month, kind = _day_of_month(spec.day, spec.weekday, anchor, kind, shift, ctx)
        if spec.granularity is Granularity.WEEK and isinstance(in_month, Period) and in_month.start:
            in_month = week_period(
                in_month.start, weekend=spec.weekend_of
            )  # "the week of the 14th"
        return in_month, kind, 0
    if spec.weekday is not None and spec.month is None:
        if offset is not None and spec.anniversary is not None and offset.amount is not None:
            # "50 years ago Tuesday": the date of that Tuesday, so many years back; the Tuesday
            # is the anniversary's, near the anchor whatever the clause's tense (the past is the
            # event's): "declared a pandemic three years ago Saturday", written on a Friday, is
            # the Saturday ahead
            day = _anniversary_weekday(anchor, spec.weekday)
            same_day = _anniversary(day, offset, spec.anniversary)
            if same_day is not None:
                return same_day, kind, shift
        told = _day_of_week_ahead(spec, ctx, anchor, kind) or _day_of_this_week(spec, ctx, kind)
        if told is not None:
            return day_period(told), AnchorKind.PREVIOUS, shift
        if spec.week_of and offset is not None and isinstance(offset.amount, int):
            week = anchor + dt.timedelta(weeks=offset.amount)  # "Friday next week"
            day = week + dt.timedelta(days=spec.weekday - week.isoweekday())
            return day_period(day), kind, shift
        by_tense = offset or _BY_TENSE
        # a story's bare weekday after the day it reached is the next such day: "On Sunday, 28
        # June 1914, the Archduke was shot. On Thursday the cabinet met" (2 July)
        # (a past perfect looks back: "They had learned of the plot on Monday")
        onward = kind is AnchorKind.PREVIOUS and ctx.genre is Genre.NARRATIVE
        onward = onward and not ctx.looks_back()
        if onward:
            if _weekday_unplaced(ctx, anchor):
                return _underspecified(spec), AnchorKind.NONE, 0
            anchor = _story_day_within(ctx, anchor)
        day = _weekday(
            anchor,
            spec.weekday,
            by_tense,
            ctx.clause_tense,
            looks_ahead=spec.looks_ahead,
            onward=onward,
        )
        if day == anchor and not onward and by_tense.amount is None and ctx.moved_to():
            # "Can we move it to Tue?", on a Tuesday: the Tuesday after
            day += dt.timedelta(weeks=1)
        elif (
            day == anchor
            and not onward
            and by_tense.amount is None
            and spec.mod is None
            and spec.part_of_day is None
            and spec.hour is None
            and ctx.since_day()
        ):
            # "The Dow has fallen 3% since Monday", on a Monday: the Monday before ("since
            # early Monday", "since Monday morning" keep the day itself)
            day -= dt.timedelta(weeks=1)
        if spec.granularity is Granularity.WEEK:  # "the week beginning Monday"
            return week_period(day), kind, shift
        return day_period(day), kind, shift
    has_fields = any(
        v is not None
        for v in (spec.month, spec.season, spec.quarter, spec.half, spec.holiday, spec.iso_week)
    )
    if has_fields:
        direction = offset.amount if offset is not None else None
        if spec.quarter is not None and direction == 0 and spec.anchor is AnchorPolicy.ANAPHORIC:
            # "the quarter ended Dec. 31": the quarter under discussion, if one was named (a
            # fiscal quarter: "fiscal first quarter ... the quarter ended Sept. 29"), else
            # the calendar quarter of that day, placed by the tense as "the fourth quarter" is
            if ctx.quarter is not None:
                quarter = attrs.evolve(ctx.quarter, granularity=Granularity.QUARTER)
                return _same_period(quarter, 0), AnchorKind.PREVIOUS, ctx.quarter.shift
            direction = None
            if ctx.genre is Genre.NEWS and ctx.dct is not None:
                # a report's quarter, from its date, not from a year of the backstory named
                # before ("The case began in May 1998. The company earned $2.4 billion in
                # the quarter ending March 31": 2000's, written in June 2000)
                anchor, kind, shift = ctx.dct, AnchorKind.DCT, 0
        if direction is not None and direction > 0 and kind is AnchorKind.PREVIOUS:
            # "the following March" after "late 1917": the first March after that period
            # is over (1918), not after its first day
            anchor = _last_day(ctx.previous) if ctx.previous is not None else anchor
        if spec.holiday is not None and "|" in spec.holiday:
            return _nearest_holiday(spec, anchor, ctx, direction), kind, shift
        named = _year_just_named(spec, ctx, direction)
        if named is not None:
            return _calendar_period(spec, named.date.year), AnchorKind.PREVIOUS, named.shift
        # a discharge summary is written at the discharge: a day of its stay without a year
        # falls before that, not before the admission (its document date), when the stay
        # runs into a new year
        written = ctx.discharge if kind is AnchorKind.DCT and ctx.discharge is not None else None
        placed = written if written is not None and written > anchor else anchor
        ends = spec.quarter_end
        if ends is not None and direction is None and spec.relative_year is None:
            # "its fiscal fourth quarter, ended June 30": the year that day is placed in, as
            # the day itself is (a fiscal quarter need not be the calendar's of that number).
            # Only when the fiscal year that quarter is in ends in the same calendar year:
            # else its label ("fiscal first quarter ended Dec. 28": Apple's fiscal 2014) and
            # the day's year (TimeBank's "fiscal-first quarter ended Sept. 30": 1989-Q1)
            # disagree, and the quarter is placed as any other
            month, mday = ends
            if spec.quarter is not None and month + 3 * (4 - spec.quarter) <= 12:
                end = attrs.evolve(spec, quarter=None, quarter_end=None, month=month, day=mday)
                year = _nearest_year(
                    end, placed, ctx.clause_tense, ctx.genre, None, ctx.done_before
                )
                return _calendar_period(spec, year), kind, shift
        year = _nearest_year(
            spec, placed, ctx.clause_tense, ctx.genre, direction, ctx.done_before, ctx.held_until
        )
        if direction == 0 and kind is AnchorKind.DCT and ctx.genre is Genre.NEWS:
            year = _this_season_year(spec, placed, year)
        if direction is None and kind is AnchorKind.PREVIOUS and spec.relative_year is None:
            year = _year_within_span(spec, ctx, year)
        if not direction and kind is AnchorKind.PREVIOUS and spec.relative_year is None:
            year = _year_after_winter(spec, ctx, year)  # "in the spring", "that summer"
        if direction is None and kind is AnchorKind.PREVIOUS and spec.relative_year is None:
            year = _year_ahead_in_story(spec, ctx, anchor, year)  # "14 November ... In January"
        if direction is None and kind is AnchorKind.DCT and _told_in_backstory(spec, ctx):
            year = _year_in_backstory(spec, ctx)  # "Back in 2019, ... In March, she moved"
        later = _planned_quarter_year(spec, ctx, direction, year)
        if later is not None:
            year = later
        period = _calendar_period(spec, year)
        if spec.holiday is not None and spec.granularity is Granularity.YEAR and period.start:
            period = year_period(period.start.year)  # "the new year": the year the day begins
        return period, kind, shift
    if spec.report_year is not None and kind is AnchorKind.DCT and ctx.genre is Genre.NEWS:
        return year_period(_report_year(spec, ctx, anchor)), kind, shift
    if offset is not None and offset.most is not None:
        assert ctx.previous is not None  # see resolve(): a vague count needs the story's date
        return _vague_shift(offset, ctx.previous), kind, shift
    if offset is not None and spec.anniversary is not None and offset.amount is not None:
        same_day = _anniversary(anchor, offset, spec.anniversary, weekend=spec.weekend_of)
        if same_day is not None:
            return same_day, kind, shift
    if offset is not None:
        weekend = _weekend_after_day(offset, ctx) if kind is AnchorKind.PREVIOUS else None
        if weekend is not None:
            return weekend, kind, shift
        same = _same_period_shift(spec, offset, ctx)
        if same is not None:
            return same
        news_day = _day_in_news(spec, ctx) if kind is AnchorKind.PREVIOUS else None
        looks_back = (offset.amount or 0) < 0 and kind is AnchorKind.PREVIOUS
        if looks_back and ctx.previous is not None and news_day is None:
            # A look back finer than the period it counts from stays in that period, as a
            # look ahead does: "the day before" after "In 1848" is still 1848 (counted from
            # its last day), not 1847; "a week earlier" after "In March 1848" is March.
            anchor = _last_day(ctx.previous)
        anchor = _era_under_discussion(spec, ctx, anchor)
        if spec.turn and anchor.year % 100 >= 50:
            # "In 1897 ... at the turn of the century": the turn ahead, 1900
            anchor = dt.date(anchor.year - anchor.year % 100 + 100, 1, 1)
        beyond = _beyond_calendar(anchor.year, offset)
        if beyond:
            # "10,000 years ago": a year no date holds, counted 400*k years on (see
            # calendar_shift), so that "Two thousand years later" counts from it
            shifted, shift = _count_years(anchor.year + beyond, offset), shift + beyond
        else:
            shifted = _shift(anchor, offset, ctx.clause_tense, looks_ahead=spec.looks_ahead)
        if kind is AnchorKind.PREVIOUS and ctx.previous is not None:
            # "since 2019 ... released on the same day": counted from the last day named
            # (see _day_in_news), so as fine as a day, not as coarse as the year before it
            counted_from = news_day or ctx.previous
            shifted = _no_finer_than(shifted, counted_from.granularity)
        return shifted, kind, shift
    if spec.relative_year is not None:
        return year_period(anchor.year + spec.relative_year), kind, shift
    # a bare time of day ("3:30 p.m."): the anchor's day
    previous = ctx.previous
    if (
        kind is AnchorKind.PREVIOUS
        and previous is not None
        and previous.date == anchor
        and previous.granularity in _UNKNOWN_DAY
    ):
        # "began in 1700 ... at one in the morning": a time of a day the text has not given,
        # in that year or month (1700-XX-XXT01:00), as "that afternoon" after it is; not the
        # year's first day
        return _no_finer_than(day_period(anchor), previous.granularity), kind, shift
    return day_period(anchor), kind, shift


def is_era_under_discussion(spec: Spec) -> bool:
    """Whether ``spec`` is "the end of the decade", "the middle of the century" (see
    :attr:`Spec.under_discussion`)."""
    offset = spec.offset
    units = (Unit.DECADE, Unit.CENTURY)
    return spec.under_discussion and offset is not None and offset.unit in units


def _era_under_discussion(spec: Spec, ctx: Context, anchor: dt.date) -> dt.date:
    """What "the end of the decade" or "the middle of the century" counts from in news: in a
    clause told in the past after a date of an earlier decade (or century), that date ("In
    2005 ... By the end of the decade, 140,000 houses had been built": the 2000s; "the early
    1940s ... By the middle of the decade"), else ``anchor`` ("by the end of the decade,
    rates will fall": the document's). So do "the end of the week" and "of the month" after a
    day of a story told in the past ("One year ago today ... By the end of the month, more
    than 3,000 Americans had died": March 2020)."""
    previous = ctx.previous
    if ctx.genre is not Genre.NEWS or ctx.dct is None:
        return anchor
    if not is_era_under_discussion(spec) and not _period_told_day_by_day(spec, previous):
        return anchor
    if previous is None or previous.shift or previous.date >= ctx.dct:
        return anchor
    if ctx.clause_tense() is not Tense.PAST:
        return anchor
    return previous.date


_STORY_UNITS = {Unit.WEEK: Granularity.WEEK, Unit.MONTH: Granularity.MONTH}


def _period_told_day_by_day(spec: Spec, previous: Reference | None) -> bool:
    """Whether ``spec`` is "the end of the week" or "of the month" after a date at least as
    fine as that week or month: a story told day by day ("Ten years ago, on Sept. 15, 2008,
    ... The next day ... By the end of the week, money-market funds were breaking the buck":
    that week), which :func:`_era_under_discussion` then reads as it reads a decade."""
    offset = spec.offset
    if not spec.under_discussion or offset is None or previous is None:
        return False
    unit = _STORY_UNITS.get(offset.unit)
    return unit is not None and _ORDER.index(previous.granularity) >= _ORDER.index(unit)


def _year_just_named(spec: Spec, ctx: Context, direction: int | None) -> Reference | None:
    """The year a bare half belongs to when the text has just named a year: a report's
    "Revenue in 2023 rose 5%. In H1 margins fell, in H2 they recovered" tells 2023's halves,
    whenever it is written; so does a half after a half ("H2" after "H1" of that year). None
    when the last date named is neither a whole year nor a half, and in the news when that
    year's half begins after the document date and the half's clause is past: a target year
    ("the final phase by 2030. Sales in the second half were 15% higher") tells no half done."""
    previous = ctx.previous
    if spec.half is None or spec.relative_year is not None or direction is not None:
        return None
    if previous is None or previous.granularity not in (Granularity.YEAR, Granularity.HALF):
        return None
    if ctx.genre is Genre.NEWS and ctx.dct is not None:
        start = half_period(previous.date.year, spec.half).start
        if start is not None and start > ctx.dct and ctx.clause_tense() is Tense.PAST:
            return None
    return previous


def _day_of_this_week(spec: Spec, ctx: Context, kind: AnchorKind) -> dt.date | None:
    """News's bare weekday right after it named the week of its date is that week's day, also
    ahead with no cue of the future ("This week also brings a Treasury auction on Wednesday",
    written on a Monday: the Wednesday two days on). None when the last date is not the
    document date's whole week (a weekend begins on a Saturday: "held at the weekend" is no
    week told), or the clause has a tense of its own."""
    previous, dct = ctx.previous, ctx.dct
    if spec.weekday is None or (spec.offset is not None and spec.offset.amount is not None):
        return None
    if kind is not AnchorKind.DCT or previous is None or dct is None or previous.shift:
        return None
    if previous.granularity is not Granularity.WEEK or previous.date.isoweekday() != 1:
        return None
    if previous.date.isocalendar()[:2] != dct.isocalendar()[:2]:
        return None
    if ctx.clause_tense() is not Tense.PRESENT:
        return None
    return dct + dt.timedelta(days=spec.weekday - dct.isoweekday())


def _day_of_week_ahead(
    spec: Spec, ctx: Context, anchor: dt.date, kind: AnchorKind
) -> dt.date | None:
    """A message's weekday after it named a week ahead is that week's day ("lectures start
    back next wk, first one is mon at 9am": the Monday of next week, even on a Monday). None
    when the last date is no week ahead of the document date, or the clause looks back. Only
    in messages (``looks_ahead``): news names a week in one sentence and the day of its
    report in another ("talks next week... the official said on Monday")."""
    previous = ctx.previous
    bare = spec.offset is None or spec.offset.amount is None
    if not (bare and spec.looks_ahead) or kind is not AnchorKind.DCT or previous is None:
        return None
    if spec.weekday is None:
        return None
    if previous.granularity is not Granularity.WEEK or previous.shift or previous.date <= anchor:
        return None
    if ctx.clause_tense() is Tense.PAST:
        return None
    monday = previous.date - dt.timedelta(days=previous.date.isoweekday() - 1)
    return monday + dt.timedelta(days=spec.weekday - 1)


def _story_day(nth: int, opening: Reference) -> Period:
    """The ``nth`` day of a span that began on ``opening``'s first day ("On the second day"
    after "The siege began on 12 May 1453": 13 May). When the story gave only a month or a
    year, that day is in it but unknown (1916-XX-XX; 1863-07-XX)."""
    if _ORDER.index(opening.granularity) >= _ORDER.index(Granularity.DAY):
        return day_period(opening.date + dt.timedelta(days=nth - 1))
    year = _year_str(opening.date.year)  # in the shifted calendar, as ``date`` is
    month = f"{opening.date.month:02d}" if opening.granularity is Granularity.MONTH else "XX"
    return Period(value=f"{year}-{month}-XX", granularity=Granularity.DAY, start=None, end=None)


def _story_season(nth: int, season: str, began: Reference) -> Period:
    """The ``nth`` ``season`` of a war, a siege or an occupation whose story began at
    ``began``: the first is the first such season not over when it began ("The siege began on
    8 September 1941. By the second winter of the siege": the winter of 1942–43; a siege begun
    on 20 September 1941 has 1942's summer as its first, one begun on 12 January 1942 the winter
    of 1941–42). A story begun with a year alone counts from that year's season."""
    year = began.date.year  # in the shifted calendar, as ``date`` is
    if _ORDER.index(began.granularity) > _ORDER.index(Granularity.YEAR):
        end = season_period(year - 1, season).end
        if end is not None and began.date < end:
            year -= 1  # a winter that holds the story's January began the year before
        else:
            end = season_period(year, season).end
            if end is not None and began.date >= end:
                year += 1  # that year's season was over
    return season_period(year + nth - 1, season)


def _story_last_year(ctx: Context) -> Reference | None:
    """The end of the span the story is telling ("fought from 1932 to 1935. ... In the war's
    final year": 1935), else of the first one over several years it dated; else None (the
    story's year is then the final year)."""
    span, previous = ctx.span, ctx.previous
    if span is not None and previous is not None and in_span(previous, span):
        return span[1]
    return ctx.years[1] if ctx.years is not None else None


def _story_last_day(ctx: Context, opening: Reference) -> Period:
    """The last day of the span the story is telling: the range it just dated ("fought from 1
    to 3 July 1916. On the final day": 3 July), else the span that holds the story's date
    ("fought between 5 and 10 June 1967. ... By the evening of 7 June ... On the final day": 10
    June); with neither, a day of the story's year unknown (as :func:`_story_day` after a year)."""
    span, previous = ctx.span, ctx.previous
    day = _ORDER.index(Granularity.DAY)
    if (
        previous is not None
        and _ORDER.index(previous.granularity) >= day
        and opening.shift == previous.shift
        and opening.date < previous.date
    ):
        return day_period(previous.date)
    if (
        span is not None
        and previous is not None
        and in_span(previous, span)
        and _ORDER.index(span[1].granularity) >= day
    ):
        return day_period(_last_day(span[1]))
    if _ORDER.index(opening.granularity) >= day:
        opening = Reference(date=opening.date, granularity=Granularity.YEAR, shift=opening.shift)
    return _story_day(1, opening)


# From the finest: the periods a vague shift's value may be (a day only when both ends are one).
_VAGUE_PERIODS = (
    Granularity.MONTH,
    Granularity.YEAR,
    Granularity.DECADE,
    Granularity.CENTURY,
)


def _no_tense() -> Tense:
    """The tense asked by a shift that needs none (a count of units)."""
    return Tense.PRESENT


def _weekend_after_day(offset: RelativeOffset, ctx: Context) -> Period | None:
    """ "the following weekend" after a day the text named: the first weekend after that day
    ("seen Thursday 4/10; return the following weekend" is that Saturday and Sunday), as "the
    following week" is the first week after it; None for another offset or after a period
    coarser than a day."""
    previous = ctx.previous
    if offset.unit is not Unit.WEEKEND or not offset.amount or offset.amount < 0:
        return None
    if previous is None or _ORDER.index(previous.granularity) < _ORDER.index(Granularity.DAY):
        return None
    saturday = previous.date + dt.timedelta(days=(5 - previous.date.weekday()) % 7 or 7)
    return week_period(saturday + dt.timedelta(weeks=offset.amount - 1), weekend=True)


def _vague_shift(offset: RelativeOffset, previous: Reference) -> Period | str:
    """ "A few weeks later" in a story: the finest calendar period sure to hold every day it
    can name, from ``amount`` units after the first day of the story's period to ``most``
    units after its last ("a few days later" after 6 June 1944 is 1944-06; "a few weeks
    later" after June 1941 is 1941, as it may be July or August). TimeML gives such a
    value the coarsest granularity the text makes sure of; a vague count that may cross a
    century stays FUTURE_REF (PAST_REF for "a few years earlier").

    A count that reaches no further than a quarter of the story's period keeps that period, as
    the text writes at its granularity: "Díaz resigned in May 1911 and sailed a few days later"
    is 1911-05, as after "3 May 1911" (the days after a day in May are most likely in May), "a
    few weeks later" after "In 1911" is 1911; "a few weeks later" after a month reaches past
    its quarter and is the year as before."""
    assert offset.most is not None and offset.amount is not None
    near, far = sorted((offset.amount, offset.most))
    unit = offset.unit
    if unit in WEEKS_IN:  # counted in days, not in whole ISO weeks
        unit, near, far = Unit.DAY, near * 7 * WEEKS_IN[unit], far * 7 * WEEKS_IN[unit]
    first, last = previous.date, _last_day(previous)
    if _ORDER.index(previous.granularity) < _ORDER.index(Granularity.DAY):
        own = _same_period(previous, 0)
        reach = _shift(first, RelativeOffset(unit=unit, amount=far), _no_tense).start
        if (
            own.start is not None
            and own.end is not None
            and reach is not None
            and abs((reach - first).days) * 4 <= (own.end - own.start).days
        ):
            return own
    start = _shift(first, RelativeOffset(unit=unit, amount=near), _no_tense).start
    end = _shift(last, RelativeOffset(unit=unit, amount=far), _no_tense).end
    if start is not None and end is not None:
        end -= dt.timedelta(days=1)
        if start == end:
            return day_period(start)
        for granularity in _VAGUE_PERIODS:
            period = _same_period(Reference(date=start, granularity=granularity), 0)
            if period.start is not None and period.end is not None and period.end > end:
                return period
    return "PAST_REF" if offset.amount < 0 else "FUTURE_REF"


def _day_of_shifted_month(
    day: int, anchor: dt.date, offset: RelativeOffset, ctx: Context
) -> Period:
    """ "The 12th of next month": that day of the month the offset names.

    Raises:
        Unresolvable: the month has no such day ("the 31st of next month" in October).
    """
    month = _shift(anchor, offset, ctx.clause_tense)
    if month.start is None:
        raise Unresolvable("the month is past the ends of the calendar")
    try:
        return day_period(dt.date(month.start.year, month.start.month, day))
    except ValueError as exc:
        raise Unresolvable(str(exc)) from exc


# A weekday counted in a month an offset names: "the last Monday of the month" (see
# interpret.py: a holiday rule with month 00).
_NTH_OF_SHIFTED_MONTH = "nth:00:"


def _nth_weekday_of_shifted_month(
    rule: str, anchor: dt.date, offset: RelativeOffset, ctx: Context
) -> Period:
    """ "The last Monday of the month", "the first Friday of next month": that weekday of the
    month the offset names.

    Raises:
        Unresolvable: the month is past the ends of the calendar.
    """
    month = _shift(anchor, offset, ctx.clause_tense)
    if month.start is None:
        raise Unresolvable("the month is past the ends of the calendar")
    named = rule.replace(_NTH_OF_SHIFTED_MONTH, f"nth:{month.start.month:02d}:", 1)
    return day_period(holiday_date(named, month.start.year))


def _weekday_day_near(anchor: dt.date, weekday: int, day: int) -> dt.date | None:
    """The ``day`` of the month nearest ``anchor`` (up to a year away) on which it is
    ``weekday``; None when no month around the anchor has it (a Monday the 31st is rare)."""
    found = []
    for months in range(-12, 13):
        year, month = _add_months(anchor.year, anchor.month, months)
        try:
            date = _safe_date(year, month, day)
        except ValueError:
            continue  # no 31st in that month
        if date is not None and date.isoweekday() == weekday:
            found.append(date)
    return min(found, key=lambda d: abs((d - anchor).days), default=None)


def _day_of_month(
    day: int,
    weekday: int | None,
    anchor: dt.date,
    kind: AnchorKind,
    shift: int,
    ctx: Context,
) -> tuple[Period | str, AnchorKind]:
    """ "On the 12th": that day of the month the text is in. In a narrative, the next such day
    after the story's day ("on 28 June ... on the 2nd" is 2 July); in news, that day of the
    last month named (of the next one when the clause looks ahead to a day before the one
    named), or of the document date's month, or of the one before or after as the tense
    says. After a date coarser than a month, a narrative knows only the year. With a
    ``weekday`` ("Tuesday the 5th"), the day of the nearest month on which it falls on it.

    Raises:
        Unresolvable: the month has no such day ("the 31st" of June).
    """
    previous = ctx.previous if kind is AnchorKind.PREVIOUS else None
    coarse = previous is not None and _ORDER.index(previous.granularity) < _ORDER.index(
        Granularity.MONTH
    )
    unnamed = previous is not None and previous.month_unnamed
    if (coarse or unnamed) and ctx.genre is not Genre.NARRATIVE and ctx.dct is not None:
        anchor, previous, shift, kind = ctx.dct, None, 0, AnchorKind.DCT
    elif coarse:
        return f"{_year_str(anchor.year - shift)}-XX-{day:02d}", kind
    if weekday is not None:
        near = _weekday_day_near(anchor, weekday, day)
        if near is not None:
            return _unshift(day_period(near), shift), kind
    year, month = anchor.year, anchor.month
    fine = previous is not None and _ORDER.index(previous.granularity) >= _ORDER.index(
        Granularity.DAY
    )
    if fine and ctx.genre is Genre.NARRATIVE:
        if day < anchor.day:
            year, month = _add_months(year, month, 1)
    elif fine and ctx.tense is Tense.FUTURE and day < anchor.day:
        # a day ahead of the one named before it ("my last day is the 28th ... any plans over
        # the 4th?"): of the next month
        year, month = _add_months(year, month, 1)
    elif previous is None:
        tense = ctx.tense
        if tense is Tense.FUTURE and day < anchor.day:
            year, month = _add_months(year, month, 1)
        elif tense is Tense.PAST and day > anchor.day:
            year, month = _add_months(year, month, -1)
    try:
        return _unshift(day_period(dt.date(year, month, day)), shift), kind
    except ValueError as exc:
        raise Unresolvable(str(exc)) from exc


def _report_year(spec: Spec, ctx: Context, anchor: dt.date) -> int:
    """The year a report is about (see :attr:`Spec.report_year`): "fourth quarter and full year
    2024 results ... For the full year, revenue was" is 2024, in February 2025 too."""
    named = ctx.quarter
    year = named.date.year if named is not None and not named.shift else anchor.year
    # Told in the past in the first months of a year, when annual reports come out, a full
    # year or a year-end is the year before. (Later, "sales for the full year were" may be a
    # fiscal year just ended, and "year-end" the coming one: "the year-end holiday",
    # "year-end rally sentiment returned", in November.)
    whole_past = spec.report_year is ReportYear.WHOLE and ctx.tense is Tense.PAST
    if whole_past and year >= anchor.year and anchor.month <= _ANNUAL_REPORT_MONTHS:
        return anchor.year - 1
    return year


_ANNUAL_REPORT_MONTHS = 4
_SCHOOL_YEAR_OPENS = 8  # August: a school year under way from then ends the next calendar year


def _nearest_holiday(spec: Spec, anchor: dt.date, ctx: Context, direction: int | None) -> Period:
    """Of a name for several holidays ("Eid" is Eid al-Fitr or Eid al-Adha, "A|B"), the one
    the text means: each placed as if named alone, then the first after the anchor for "next",
    the last for "last", else the nearest."""
    periods = []
    for rule in spec.holiday.split("|") if spec.holiday is not None else ():
        one = attrs.evolve(spec, holiday=rule)
        year = _nearest_year(one, anchor, ctx.clause_tense, ctx.genre, direction, ctx.done_before)
        periods.append(_calendar_period(one, year))
    known = [p for p in periods if p.start is not None]
    if not known:
        return periods[0]
    if direction is not None and direction != 0:
        return (min if direction > 0 else max)(known, key=lambda p: p.start or anchor)
    return min(known, key=lambda p: abs(((p.start or anchor) - anchor).days))


def _planned_quarter_year(spec: Spec, ctx: Context, direction: int | None, year: int) -> int | None:
    """A plan's bare quarter that is still to come, in the later year of the last quarter the
    text named: "Phase 1 (Q1–Q2 2025) ... live by end of Q3", written in November 2024, is
    2025's third quarter, not the one just over. Only in the future tense and when the quarter
    of ``year`` is over: "expects to report third-quarter results" in October is the quarter
    just ended."""
    if spec.quarter is None or spec.relative_year is not None or direction is not None:
        return None
    named = ctx.quarter
    if ctx.genre is not Genre.NEWS or named is None or named.shift or named.date.year <= year:
        return None
    end = _calendar_period(spec, year).end
    if ctx.dct is None or end is None or end > ctx.dct or ctx.tense is not Tense.FUTURE:
        return None
    if spec.quarter < (named.date.month - 1) // 3 + 1:
        return None
    return named.date.year


_BY_TENSE = RelativeOffset(unit=Unit.WEEK, amount=None)
_ORDER = list(Granularity)


_ONE_DAY = dt.timedelta(days=1)


def _year_within_span(spec: Spec, ctx: Context, year: int) -> int:
    """In a narrative, a date without a year just after a span over several years ("The war
    lasted from 19 July 1870 to 28 January 1871. On 1 September ...") is the first one the span
    holds or overlaps ("In July" is July 1870): the story tells the span from its start; once
    the story is inside the span, the first one still ahead of it. ``year`` when the text last
    dated no such span, or the span holds no such date ("1 July - 18 November 1916 ... on 24
    June"), or the story has told it to its end ("(24 June 1948 – 12 May 1949) ... on 12 May
    1949 ... until September": 1949)."""
    previous = ctx.previous
    opening, closing = ctx.span if ctx.span is not None else (ctx.opening, previous)
    if ctx.genre is not Genre.NARRATIVE or opening is None or previous is None:
        return year
    assert closing is not None
    finer = all(
        _ORDER.index(ref.granularity) >= _ORDER.index(Granularity.MONTH)
        for ref in (opening, closing, previous)
    )
    # a span of whole years just named ("== 1936–1937 ==", "the war of 1870–1871") is told
    # from its first year too: "In early November" after it is of 1936
    finer = finer or (
        ctx.span is not None
        and previous is closing
        and opening.granularity is Granularity.YEAR
        and closing.granularity is Granularity.YEAR
    )
    shifts = {opening.shift, closing.shift, previous.shift}
    if not finer or len(shifts) > 1 or opening.date.year >= closing.date.year:
        return year
    first, last = opening.date, _last_day(closing)
    held = []
    for candidate in range(first.year, last.year + 1):
        period = _calendar_period(spec, candidate)
        start, end = period.start, period.end
        # a period the span overlaps: "In July" after "from 19 July 1870" is of 1870
        if start is not None and end is not None and start <= last and end > first:
            held.append((start, candidate))
    # the story goes on inside the span: after "By the end of December" (1939), "In early
    # February" is the February still ahead in it (1940); a look back to a date the story has
    # passed is the first the span holds
    ahead = [candidate for start, candidate in held if start >= previous.date]
    # (right after the span is named, the story is at its end, not yet inside it)
    if ahead and previous is not closing:
        return ahead[0]
    if held and previous is closing and ctx.ends_span():
        # "The war lasted from 1914 to 1918 and ended in November": the span's last November
        return held[-1][1]
    if previous is not closing and previous.date >= closing.date:
        # the story told the span to its end ("(24 June 1948 – 12 May 1949) ... lifted the
        # blockade on 12 May 1949, although the airlift continued until September"): with no
        # such date of the span still ahead, it follows the story as any other date does
        # (1949's September; a look back in the past perfect keeps the one behind)
        return year
    return held[0][1] if held else year


def in_span(reference: Reference, span: tuple[Reference, Reference]) -> bool:
    """Whether the period ``reference`` names overlaps the span from the first day of
    ``span[0]`` to the last of ``span[1]`` (all in the same shifted calendar): "the summer of
    1942" is part of the story of a battle fought from 23 August 1942 to 2 February 1943."""
    first, last = span
    if len({reference.shift, first.shift, last.shift}) > 1:
        return False
    return reference.date <= _last_day(last) and _last_day(reference) >= first.date


def _weekday_unplaced(ctx: Context, anchor: dt.date) -> bool:
    """Whether a story's bare weekday has no week to fall in: the story named no month, week or
    day since a year, a season or another period coarser than a month ("In 2019 the bridge was
    closed ... It was ready on Friday": XXXX-WXX-5, not the first Friday of 2019; "In the
    summer of 2019 ... on Friday" neither the first Friday of the summer), nor a day within it
    it could count on from (see :func:`_story_day_within`)."""
    previous = ctx.previous
    if previous is None or _ORDER.index(previous.granularity) >= _ORDER.index(Granularity.MONTH):
        return False
    return _story_day_within(ctx, anchor) == anchor


def _story_day_within(ctx: Context, anchor: dt.date) -> dt.date:
    """The day a story's bare weekday counts on from: the last day it reached, when the date it
    named since is a coarser period holding that day ("Singapore fell on 15 February 1942, and
    later that month ... On Monday": the 16th, not the first Monday of February)."""
    day, previous = ctx.day, ctx.previous
    if day is None or previous is None or day.shift != previous.shift:
        return anchor
    if _ORDER.index(previous.granularity) >= _ORDER.index(Granularity.DAY):
        return anchor
    return day.date if anchor <= day.date <= _last_day(previous) else anchor


def _year_after_winter(spec: Spec, ctx: Context, year: int) -> int:
    """In a narrative, a season or month named after a winter, which runs into the next year,
    is the first that does not begin before that winter: "the winter of 1942–43, and in the
    spring" is the spring of 1943, "in January" January 1943, "in December" December 1942.
    Not past the document date: a winter ahead of it ("sign him in the winter break") is no
    story's winter ("... losing Shevchenko in the summer" is the summer before)."""
    previous = ctx.previous
    if ctx.genre is not Genre.NARRATIVE or previous is None or spec.day is not None:
        return year
    if previous.granularity is not Granularity.SEASON or previous.date.month != 12:
        return year
    for candidate in (year, year + 1):
        start = _calendar_period(spec, candidate).start
        if start is not None and start >= previous.date:
            ahead = ctx.dct is not None and previous.shift == 0 and start > ctx.dct
            return year if ahead else candidate
    return year


def _told_in_backstory(spec: Spec, ctx: Context) -> bool:
    """Whether a month or a season without a year ("In March", "by the summer") is a step of
    the backstory a news text is telling (:attr:`Context.backstory`, given only to a clause
    in the past). Not a quarter or a half, which a report reads as its own year's; not a
    holiday."""
    if ctx.backstory is None or spec.relative_year is not None or spec.holiday is not None:
        return False
    return spec.month is not None or spec.season is not None


def _year_in_backstory(spec: Spec, ctx: Context) -> int:
    """The year of a month or season of a news backstory: the year the story reached, or the
    next when the story reached a month or season late in its year and the next one is
    nearer ("In December, a fire destroyed the barn, and in February they rebuilt it"), as in
    a narrative (see :func:`_year_ahead_in_story`); not in a past perfect, which looks back."""
    reached = ctx.backstory
    assert reached is not None
    year = reached.year
    if _ORDER.index(reached.granularity) < _ORDER.index(Granularity.SEASON) or ctx.looks_back():
        return year
    told, ahead = _calendar_period(spec, year), _calendar_period(spec, year + 1)
    if told.start is None or told.end is None or ahead.start is None:
        return year
    at = reached.date.replace(day=1)
    if told.end > at or ahead.start - at >= at - told.start:
        return year
    return year + 1


_LATE_MONTH = 9
_STEP_BACK_DAYS = 92  # a season: how far back a narrative's step may go to a month of its year
"""The month the end of a year ("late 1915") begins with: its last third."""


def _year_ahead_in_story(spec: Spec, ctx: Context, anchor: dt.date, year: int) -> int:
    """In a narrative, a month or season without a year named after a day or month the story
    reached late in its year is the one ahead, when it is nearer than the one of that year
    already told: "A storm on 14 November ... In January cholera killed thousands" is the
    next January, as "21 February" is after "the winter of 1915" or "the autumn of 1915"; a
    past perfect that looks back names the one before, if the story's year has not reached
    it yet. After the end of a year ("In late 1915", "the end of 1915"), one that ends before
    its last third (September) is ahead. Not after a year alone (the story is at its start,
    not its end), nor past the document date."""
    previous = ctx.previous
    if ctx.genre is not Genre.NARRATIVE or previous is None or year != anchor.year:
        return year
    if previous.late:
        anchor = anchor.replace(month=_LATE_MONTH, day=1)
    elif _ORDER.index(previous.granularity) < _ORDER.index(Granularity.SEASON):
        return year
    told, ahead = _calendar_period(spec, year), _calendar_period(spec, year + 1)
    if told.start is None or told.end is None or ahead.start is None:
        return year
    if ctx.looks_back():
        # "On 28 February 1991 ... Saddam had refused to withdraw in December": one before
        return year - 1 if told.start > anchor else year
    if told.end > anchor.replace(day=1):
        return year
    # a step that opens its sentence goes on to the one ahead unless it is within a season
    # back ("By early August 1950 ... In March the offensive resumed": 1951; "By August ...
    # In July, the division was routed": that July); a date in passing, to the nearer one
    behind = anchor - told.start
    step = ctx.steps_on() and behind > dt.timedelta(days=_STEP_BACK_DAYS)
    if not previous.late and not step and ahead.start - anchor >= behind:
        return year
    if ctx.dct is not None and previous.shift == 0 and ahead.start > ctx.dct:
        return year
    return year + 1


def _last_day(reference: Reference) -> dt.date:
    """The last day of the period ``reference`` names (its own day when it is a day or finer),
    in the same shifted calendar as ``reference.date``."""
    if _ORDER.index(reference.granularity) >= _ORDER.index(Granularity.DAY):
        return reference.date
    end = _same_period(reference, 0).end
    return end - dt.timedelta(days=1) if end is not None else reference.date


def _no_finer_than(period: Period, granularity: Granularity) -> Period:
    """Never false precision: "two weeks later" after "In 1943" is still only 1943."""
    if period.start is None or _ORDER.index(period.granularity) <= _ORDER.index(granularity):
        return period
    if _ORDER.index(granularity) >= _ORDER.index(Granularity.DAY):
        return period
    return _same_period(Reference(date=period.start, granularity=granularity), 0)


def _same_period_shift(
    spec: Spec, offset: RelativeOffset, ctx: Context
) -> tuple[Period, AnchorKind, int] | None:
    """Comparisons with the period under discussion keep its granularity: after "third-quarter
    profit", "the quarter" is that quarter and "a year earlier" the same quarter a year before."""
    n = offset.amount or 0
    if offset.unit is Unit.QUARTER and n == 0 and spec.anchor is AnchorPolicy.ANAPHORIC:
        reference = ctx.quarter or ctx.previous
        if reference is not None:
            quarter = attrs.evolve(reference, granularity=Granularity.QUARTER)
            return _same_period(quarter, 0), AnchorKind.PREVIOUS, reference.shift
        if ctx.dct is not None:
            # "the latest quarter" with no quarter named yet: the last one completed
            index = ctx.dct.year * 4 + (ctx.dct.month - 1) // 3 - 1
            return quarter_period(index // 4, index % 4 + 1), AnchorKind.DCT, 0
        return None
    if offset.unit is not Unit.YEAR or abs(n) != 1 or not spec.counted:
        return None
    reference = ctx.previous
    if spec.keep_reference_granularity:
        reference = _period_under_discussion(ctx)
    elif reference is not None and _ends_quarter(reference, ctx.quarter, ctx.quarter_ends):
        reference = ctx.quarter  # "the quarter ended Sept. 30, up 16% from a year earlier"
    elif reference is None or reference.granularity not in _compared_periods(spec, ctx.genre):
        return None
    if reference is None:
        return None
    if ctx.to_date and reference.granularity is Granularity.QUARTER:
        reference = attrs.evolve(reference, granularity=Granularity.YEAR)
    return _same_period(reference, n), AnchorKind.PREVIOUS, reference.shift


def _ends_quarter(
    day: Reference, quarter: Reference | None, ends: tuple[int, int] | None = None
) -> bool:
    """Whether ``day`` is in the last month of the ``quarter`` the text named: the end a
    report gives it ("for the quarter ended Sept. 30"), after which a comparison ("a year
    earlier") is of the quarter, not of the day; or the day the quarter was said to end on
    (``ends``), within a year after its start ("its fiscal second quarter, ended Dec. 31")."""
    if quarter is None or day.granularity is not Granularity.DAY or day.shift or quarter.shift:
        return False
    if ends == (day.date.month, day.date.day) and 0 <= (day.date - quarter.date).days < 366:
        return True
    same = (day.date.year, (day.date.month - 1) // 3) == (
        quarter.date.year,
        (quarter.date.month - 1) // 3,
    )
    return same and day.date.month % 3 == 0


def _period_under_discussion(ctx: Context) -> Reference | None:
    """The period a report compares with: the last period named (a quarter, a half...), else
    the last quarter named."""
    reference = ctx.previous
    if reference is None or reference.granularity not in PERIODS:
        reference = ctx.quarter or reference
    return reference


def _time_suffix(spec: Spec, day: dt.date | None = None) -> str:
    if spec.part_of_day is not None and spec.hour is None:
        return "T" + spec.part_of_day
    assert spec.hour is not None
    text = f"T{spec.hour:02d}:{spec.minute or 0:02d}"
    if spec.second is not None:
        text += f":{spec.second:02d}"
    return text + (_utc_offset(spec, day) or "")


def _utc_offset(spec: Spec, day: dt.date | None) -> str | None:
    """The UTC offset of ``spec``'s zone ("-04:00"). A zone named without its season ("ET") is
    an IANA zone: its offset is the one in force at that time of ``day`` (none without a day).
    """
    offset = spec.tz_offset
    if offset is None or "/" not in offset:
        return offset  # a fixed offset ("-05:00")
    zone = time_zone(offset)
    if zone is None or day is None or spec.hour is None:
        return None
    try:
        wall = dt.datetime.combine(day, dt.time(spec.hour % 24, spec.minute or 0))
        delta = wall.replace(tzinfo=zone).utcoffset()
    except (OverflowError, ValueError):
        return None
    return None if delta is None else _offset_text(delta)


def _offset_text(delta: dt.timedelta) -> str:
    """A UTC offset as TIMEX3 values write it: "-04:00", "+05:30"."""
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _tzinfo(offset: str | None) -> dt.tzinfo | None:
    if offset is None:
        return None
    sign = -1 if offset[0] == "-" else 1
    hours, minutes = offset[1:].split(":")
    return dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes)))


def _time_interval(spec: Spec, day: dt.date) -> tuple[dt.datetime, dt.datetime, Granularity]:
    tz = _tzinfo(_utc_offset(spec, day))
    midnight = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    if spec.hour is None:
        assert spec.part_of_day is not None
        first, last = _PART_OF_DAY[spec.part_of_day]
        start = midnight + dt.timedelta(hours=first)
        return start, _plus(start, dt.timedelta(hours=last - first)), Granularity.PART_OF_DAY
    start = midnight + dt.timedelta(hours=spec.hour, minutes=spec.minute or 0)
    if spec.second is not None:
        start += dt.timedelta(seconds=spec.second)
        return start, _plus(start, dt.timedelta(seconds=1)), Granularity.SECOND
    return start, _plus(start, dt.timedelta(minutes=1)), Granularity.MINUTE


def _plus(start: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """``start + delta``, stopping at the last representable instant of year 9999."""
    try:
        return start + delta
    except OverflowError:
        return dt.datetime.max.replace(tzinfo=start.tzinfo)


def resolve(spec: Spec, ctx: Context) -> Resolution:
    """Anchor ``spec`` and return its TIMEX3 value and calendar interval.

    Raises:
        Unresolvable: the expression names no real date (e.g. February 30).
    """
    if spec.literal is not None:
        return Resolution(
            value=spec.literal, granularity=None, anchor=AnchorKind.ABSOLUTE, mod=spec.mod
        )
    if spec.year_as_written is not None and ctx.genre is Genre.NARRATIVE:
        # "born on 13 June 40 in Forum Julii": a history's year of the first century, as
        # written (news and posts keep the two-digit pivot's: "paid on 13 June 23", 2023)
        spec = attrs.evolve(spec, year=spec.year_as_written)
    vague = spec.offset is not None and spec.offset.most is not None
    if vague and (ctx.genre is not Genre.NARRATIVE or ctx.previous is None):
        # "A few days later" in news: a vague future, as TimeBank reads it
        assert spec.offset is not None and spec.offset.amount is not None
        literal = "PAST_REF" if spec.offset.amount < 0 else "FUTURE_REF"
        return Resolution(value=literal, granularity=None, anchor=AnchorKind.ABSOLUTE, mod=spec.mod)
    try:
        resolution = _resolve_calendar(spec, ctx)
    except OverflowError:
        # past the ends of the calendar (year 1 or 9999): keep the mention, unplaced
        return Resolution(value=_underspecified(spec), granularity=None, anchor=AnchorKind.NONE)
    if spec.present:  # "2015–present": the document's day, told as the present
        return attrs.evolve(resolution, value="PRESENT_REF")
    return resolution


def _resolve_calendar(spec: Spec, ctx: Context) -> Resolution:
    period, kind = _date_period(spec, ctx)
    if kind is AnchorKind.PREVIOUS:
        on_the_clock = _clock_shift(spec, ctx)
        if on_the_clock is not None:
            return on_the_clock
    has_time = spec.hour is not None or spec.part_of_day is not None
    if isinstance(period, str):
        value = period
        if has_time:
            value = (
                (value + _time_suffix(spec))
                if spec.has_calendar_fields or spec.offset
                else _time_suffix(spec)
            )
        return Resolution(value=value, granularity=None, anchor=kind, mod=spec.mod)
    if spec.counted and _before_four_digit_years(period.value):
        # "125,000 years ago": further back than a year TIMEX3 writes (four digits), and a
        # count that round dates no year: a vague past, as "thousands of years ago" is
        return Resolution(value="PAST_REF", granularity=None, anchor=kind, mod=spec.mod)
    if period.shift:
        # a BC date: a value and an anchor for what follows, but no calendar interval
        start = period.start
        assert start is not None
        granularity = period.granularity
        value = period.value
        if has_time and granularity is Granularity.DAY:
            value += _time_suffix(spec, start)
            granularity = _time_interval(spec, start)[2]
        return Resolution(
            value=value,
            granularity=granularity,
            anchor=kind,
            mod=spec.mod,
            shifted_reference=Reference(date=start, granularity=granularity, shift=period.shift),
        )
    return _period_resolution(spec, period, kind)


_MINUTES_IN = {Unit.HOUR: 60, Unit.MINUTE: 1}


def _before_four_digit_years(value: str) -> bool:
    """Whether ``value`` is of a year before 10000 BC ("-122976"), which needs more digits
    than a TIMEX3 year has."""
    return value.startswith("-") and len(value[1:].split("-")[0]) > 4


def _clock_shift(spec: Spec, ctx: Context) -> Resolution | None:
    """ "struck at 0755 on 7 December 1941 ... an hour later": hours or minutes counted from a
    clock time the story gave reach another clock time (08:55 that day; "six hours later" after
    20:17 is 02:17 the next day), a TIME as TimeBank values it. None for any other count."""
    offset, previous = spec.offset, ctx.previous
    if offset is None or offset.amount is None or offset.most is not None:
        return None
    if offset.unit not in _MINUTES_IN or spec.hour is not None or spec.part_of_day is not None:
        return None
    if previous is None or previous.moment is None or previous.shift:
        return None
    start = previous.moment + dt.timedelta(minutes=offset.amount * _MINUTES_IN[offset.unit])
    value = _year_str(start.year) + start.strftime("-%m-%dT%H:%M")
    utc = start.utcoffset()
    if utc is not None:
        value += _offset_text(utc)
    return Resolution(
        value=value,
        granularity=Granularity.MINUTE,
        anchor=AnchorKind.PREVIOUS,
        mod=spec.mod,
        interval=(start, _plus(start, dt.timedelta(minutes=1))),
    )


# What a time of day adds to the value of the year or month it is known to be in.
_UNKNOWN_DAY = {Granularity.YEAR: "-XX-XX", Granularity.MONTH: "-XX"}


def _period_resolution(spec: Spec, period: Period, kind: AnchorKind) -> Resolution:
    """The resolution of ``spec`` as ``period`` (a day with its time of day, if it has one)."""
    has_time = spec.hour is not None or spec.part_of_day is not None
    if has_time and period.granularity is Granularity.DAY and period.start is not None:
        start, end, granularity = _time_interval(spec, period.start)
        return Resolution(
            value=period.value + _time_suffix(spec, period.start),
            granularity=granularity,
            anchor=kind,
            mod=spec.mod,
            interval=(start, end),
            tz=spec.tz_name,
        )
    if has_time and kind is AnchorKind.PREVIOUS and period.granularity in _UNKNOWN_DAY:
        # "That afternoon" after "In 1944": an afternoon of a day the text has not given, not
        # the whole year (1944-XX-XXTAF; after "In June 1944", 1944-06-XXTAF). No interval: the
        # story stays at its year.
        value = period.value + _UNKNOWN_DAY[period.granularity] + _time_suffix(spec)
        return Resolution(value=value, granularity=None, anchor=kind, mod=spec.mod)
    interval = None
    if period.start is not None and period.end is not None:
        interval = (period.start, period.end)
    return Resolution(
        value=period.value,
        granularity=period.granularity,
        anchor=kind,
        mod=spec.mod,
        interval=interval,
    )


def is_bare_weekday(spec: Spec) -> bool:
    """A weekday the tense places ("Friday", not "last Friday" nor "Friday, March 3")."""
    return (
        spec.weekday is not None
        and spec.month is None
        and spec.day is None
        and spec.offset is not None
        and spec.offset.amount is None
    )


def is_bare_clock_time(spec: Spec) -> bool:
    """A clock time with no day of its own ("4" of "from 4 to 7 p.m.", "9am")."""
    return spec.hour is not None and not spec.has_calendar_fields and spec.offset is None


def _day_resolution(spec: Spec, day: dt.date, kind: AnchorKind) -> Resolution:
    """The resolution of ``spec`` placed on ``day`` (with its time of day, if it has one)."""
    return _period_resolution(spec, day_period(day), kind)


def weekday_range(
    first: Spec, second: Spec, ctx: Context, tense: Tense
) -> tuple[Resolution, Resolution] | None:
    """Both ends of a range of two bare weekdays ("Monday through Friday", "from Thursday to
    Saturday"), placed together so that the range runs forwards: a past range is the last one
    over by the anchor, a future one the first not yet over ("adjourned Monday until
    Wednesday", written on a Tuesday, holds it), and with no tense cue
    the one holding the anchor, else the nearest (the earlier on a tie: news tells what
    happened). A bare clock time ending a weekday's range is on that day, placed as the
    weekday alone ("from 9am on Saturday until midnight", "from 6am on Monday to 5pm"). None
    when the ends are not two bare weekdays, or a bare weekday and a clock time, or there is
    no anchor.
    """
    clock_end = is_bare_weekday(first) and is_bare_clock_time(second)
    if not (is_bare_weekday(first) and (is_bare_weekday(second) or clock_end)):
        return None
    picked = _pick_anchor(first, ctx)
    if picked is None or picked[2]:
        return None
    anchor, kind, _ = picked
    assert first.weekday is not None and first.offset is not None
    if clock_end:
        # the weekday's own clause decides: "until" before the clock time says nothing of it
        day = _weekday(
            anchor, first.weekday, first.offset, ctx.clause_tense, looks_ahead=first.looks_ahead
        )
        return _day_resolution(first, day, kind), _day_resolution(second, day, kind)
    assert first.weekday is not None and second.weekday is not None
    length = dt.timedelta(days=(second.weekday - first.weekday) % 7 or 7)
    delta = (second.weekday - anchor.isoweekday()) % 7
    try:
        ends = [anchor + dt.timedelta(days=delta + 7 * week) for week in (-2, -1, 0, 1)]
    except OverflowError:  # an anchor in the first or last weeks of the calendar
        return None
    ranges = [(end - length, end) for end in ends]
    if tense is Tense.PAST:
        start, end = max(r for r in ranges if r[1] <= anchor)
    elif tense is Tense.FUTURE:
        start, end = min(r for r in ranges if r[1] >= anchor)
    else:

        def distance(r: tuple[dt.date, dt.date]) -> tuple[int, bool]:
            gap = 0 if r[0] <= anchor <= r[1] else min(abs(r[0] - anchor), abs(r[1] - anchor)).days
            return gap, r[0] > anchor

        start, end = min(ranges, key=distance)
    return _day_resolution(first, start, kind), _day_resolution(second, end, kind)


def range_start_before(spec: Spec, end: Resolution) -> Resolution | None:
    """The start of a range that ends on a dated day: a bare weekday counted back from it
    ("Monday to Friday, Sept. 15" is the Monday before; "Friday to Monday" is three days
    before the Monday); a bare clock time is on the end's day ("from 4 to 7 p.m. on
    Saturday"). None when the end is not a day or the start not a bare weekday or time.
    """
    if end.interval is None or end.granularity is None:
        return None
    start = end.interval[0]
    if is_bare_clock_time(spec) and isinstance(start, dt.datetime):
        # the day the end's value names: "midnight" (T24:00) starts the next day
        try:
            day = dt.date.fromisoformat(end.value[:10])
        except ValueError:
            day = start.date()
        return _day_resolution(spec, day, end.anchor)
    if not is_bare_weekday(spec):
        return None
    if _ORDER.index(end.granularity) < _ORDER.index(Granularity.DAY):
        return None
    assert spec.weekday is not None
    end_day = day_of(start)
    back = (end_day.isoweekday() - spec.weekday) % 7 or 7
    try:
        return _day_resolution(spec, end_day - dt.timedelta(days=back), end.anchor)
    except OverflowError:
        return None  # before 1 January of year 1: the start is placed alone


def range_forwards(
    first: Spec, second: Spec, start: Resolution, end: Resolution, ctx: Context, tense: Tense
) -> tuple[Resolution, Resolution] | None:
    """Both ends of a range of two months or days, or of two holidays, named without their year
    ("from November to March", "from June 1 to Nov. 30", "Dec. 28 to Jan. 3", "from Memorial Day
    to Labor Day"), when each placed alone would make it
    run backwards: either the second end moves to the year after the first's or the first to
    the year before the second's, whichever range the tense picks (as in :func:`weekday_range`:
    a past range is the later one over by the anchor, a future one the earlier one not yet
    begun, else the one holding the anchor, else the nearest). In a narrative the story placed
    the first end, and the second follows it. None when the range runs forwards, or an end is
    not such a date.
    """
    if not (_yearless(first) and _yearless(second)):
        return None
    if (first.holiday is None) != (second.holiday is None):
        return None  # "July 5 — Independence Day fireworks": a dateline, not a range
    if start.interval is None or end.interval is None:
        return None
    lo, hi = (day_of(start.interval[0]), day_of(end.interval[1]))
    if lo <= day_of(end.interval[0]):
        return None
    try:
        later = _period_resolution(second, _period_after(second, lo), end.anchor)
        earlier = _period_resolution(first, _period_before(first, hi), start.anchor)
    except (Unresolvable, ValueError):
        return None
    forwards, backwards = (start, later), (earlier, end)
    picked = _pick_anchor(first, ctx)
    if ctx.genre is Genre.NARRATIVE or picked is None:
        return forwards
    anchor = picked[0]

    def bounds(r: tuple[Resolution, Resolution]) -> tuple[dt.date, dt.date]:
        assert r[0].interval is not None and r[1].interval is not None
        return day_of(r[0].interval[0]), day_of(r[1].interval[1])

    if tense is Tense.PAST and bounds(forwards)[1] > anchor >= bounds(backwards)[1]:
        return backwards
    if tense is Tense.FUTURE and bounds(backwards)[0] < anchor <= bounds(forwards)[0]:
        return forwards

    def distance(r: tuple[Resolution, Resolution]) -> int:
        a, b = bounds(r)
        return 0 if a <= anchor < b else min(abs((a - anchor).days), abs((anchor - b).days))

    return min((backwards, forwards), key=distance)


def schedule_range(
    first: Spec, second: Spec, start: Resolution, end: Resolution, ctx: Context
) -> tuple[Resolution, Resolution] | None:
    """Both ends of a schedule's range of two months or days named without their year, told in
    the present ("The pool is open from May to September", "The cruise season runs from May to
    October", "The resort is closed from mid-October to mid-December"): the range holding the
    document's day, else the next one, the first to end after it (in January 2025, the cruise
    season of 2025; in July 2024, the pool's of 2024). None in a narrative, when the anchor is
    no document date, or when an end is not such a date."""
    if ctx.genre is not Genre.NEWS or not (_yearless(first) and _yearless(second)):
        return None
    if (first.holiday is None) != (second.holiday is None):
        return None
    picked = _pick_anchor(first, ctx)
    if picked is None or picked[1] is not AnchorKind.DCT:
        return None
    anchor = picked[0]
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            began = _calendar_period(first, year)
            if began.start is None:
                return None
            ended = _period_after(second, began.start)
        except (Unresolvable, ValueError):
            return None
        if ended.end is not None and ended.end > anchor:
            return (
                _period_resolution(first, began, start.anchor),
                _period_resolution(second, ended, end.anchor),
            )
    return None


def _yearless(spec: Spec) -> bool:
    """A month, a day of a month or a holiday named without its year ("March", "Nov. 30",
    "Memorial Day")."""
    placed = spec.year is not None or spec.relative_year is not None or spec.offset is not None
    named = spec.month is not None or spec.holiday is not None
    return not placed and named and spec.weekday is None


def day_of(instant: Instant) -> dt.date:
    """The day of a date or of a time."""
    return instant.date() if isinstance(instant, dt.datetime) else instant


def _period_after(spec: Spec, day: dt.date) -> Period:
    """The first period ``spec`` names that ends after ``day``."""
    for year in (day.year, day.year + 1):
        period = _calendar_period(spec, year)
        if period.end is not None and period.end > day:
            return period
    raise Unresolvable("no such period after the range's start")


def _period_before(spec: Spec, day: dt.date) -> Period:
    """The last period ``spec`` names that starts before ``day``."""
    for year in (day.year, day.year - 1):
        period = _calendar_period(spec, year)
        if period.start is not None and period.start < day:
            return period
    raise Unresolvable("no such period before the range's end")


def type_for(spec: Spec, resolution: Resolution) -> TimexType:
    """TIMEX3 type: a date expression that resolved to a time of day is a TIME."""
    granularity = resolution.granularity
    if spec.type is TimexType.DATE and granularity is not None and granularity.is_time_of_day:
        return TimexType.TIME
    return spec.type
