"""EDTF strings and display dates: what each shape of date is called, checked by an EDTF parser."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import edtf as edtf_package
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import intervals, make_event

from chrono.model import Event, Granularity, Mod
from chrono.writers._display import display_date, edtf, is_plain, period

D = dt.date
G = Granularity
EDT = dt.timezone(dt.timedelta(hours=-4))

LEVEL_0_AND_1 = (
    edtf_package.Date,
    edtf_package.DateAndTime,
    edtf_package.Interval,
    edtf_package.UncertainOrApproximate,
    edtf_package.Unspecified,
    edtf_package.Level1Interval,
    edtf_package.Season,
)
"""The classes the edtf package parses EDTF Level 0 and Level 1 expressions into."""

WINTER = re.compile(r"(?:^|/)\d{4}-24(?:~|/|$)")


def dated(start: dt.date, end: dt.date, granularity: Granularity, **changes: Any) -> Event:
    return make_event(start=start, end=end, granularity=granularity, **changes)


def timed(start: dt.datetime, minutes: int = 1, **changes: Any) -> Event:
    end = start + dt.timedelta(minutes=minutes)
    return make_event(start=start, end=end, granularity=G.MINUTE, **changes)


CASES = [
    # A day, a month, a year, and the coarser periods with Level 1 unspecified digits.
    (dated(D(2023, 9, 12), D(2023, 9, 13), G.DAY), "2023-09-12", "12 September 2023"),
    (dated(D(2023, 9, 1), D(2023, 10, 1), G.MONTH), "2023-09", "September 2023"),
    (dated(D(2019, 1, 1), D(2020, 1, 1), G.YEAR), "2019", "2019"),
    (dated(D(1990, 1, 1), D(2000, 1, 1), G.DECADE), "199X", "the 1990s"),
    (dated(D(1800, 1, 1), D(1900, 1, 1), G.CENTURY), "18XX", "the 19th century"),
    (dated(D(1000, 1, 1), D(2000, 1, 1), G.MILLENNIUM), "1XXX", "the 2nd millennium"),
    # Seasons are Level 1 codes; quarters, halves and weeks are intervals of what they hold.
    (dated(D(2004, 3, 1), D(2004, 6, 1), G.SEASON), "2004-21", "spring 2004"),
    (dated(D(2019, 6, 1), D(2019, 9, 1), G.SEASON), "2019-22", "summer 2019"),
    (dated(D(2019, 9, 1), D(2019, 12, 1), G.SEASON), "2019-23", "autumn 2019"),
    (dated(D(2013, 12, 1), D(2014, 3, 1), G.SEASON), "2013-24", "winter 2013"),
    (dated(D(2005, 7, 1), D(2005, 10, 1), G.QUARTER), "2005-07/2005-09", "Q3 2005"),
    (dated(D(2019, 1, 1), D(2019, 7, 1), G.HALF), "2019-01/2019-06", "first half of 2019"),
    (dated(D(2019, 7, 1), D(2020, 1, 1), G.HALF), "2019-07/2019-12", "second half of 2019"),
    (
        dated(D(2024, 3, 11), D(2024, 3, 18), G.WEEK),
        "2024-03-11/2024-03-17",
        "week of 11 March 2024",
    ),
    # Mods: APPROX qualifies, bounds open the interval, START/MID/END only show in words.
    (dated(D(1850, 1, 1), D(1851, 1, 1), G.YEAR, mod=Mod.APPROX), "1850~", "c. 1850"),
    (dated(D(1990, 1, 1), D(2000, 1, 1), G.DECADE, mod=Mod.APPROX), "199X~", "c. 1990s"),
    (
        dated(D(2019, 6, 1), D(2019, 9, 1), G.SEASON, mod=Mod.APPROX),
        "2019-06~/2019-08~",
        "c. summer 2019",
    ),
    (dated(D(2019, 1, 1), D(2020, 1, 1), G.YEAR, mod=Mod.START), "2019", "early 2019"),
    (dated(D(2019, 1, 1), D(2020, 1, 1), G.YEAR, mod=Mod.MID), "2019", "mid-2019"),
    (dated(D(2019, 1, 1), D(2020, 1, 1), G.YEAR, mod=Mod.END), "2019", "late 2019"),
    (dated(D(1990, 1, 1), D(2000, 1, 1), G.DECADE, mod=Mod.START), "199X", "the early 1990s"),
    (dated(D(1990, 1, 1), D(2000, 1, 1), G.DECADE, mod=Mod.MID), "199X", "the mid-1990s"),
    (
        dated(D(2023, 9, 1), D(2023, 10, 1), G.MONTH, mod=Mod.END),
        "2023-09",
        "late September 2023",
    ),
    (dated(D(2019, 1, 1), D(2020, 1, 1), G.YEAR, mod=Mod.BEFORE), "../2018", "before 2019"),
    (dated(D(2019, 1, 1), D(2020, 1, 1), G.YEAR, mod=Mod.ON_OR_BEFORE), "../2019", "by 2019"),
    (dated(D(2019, 1, 1), D(2020, 1, 1), G.YEAR, mod=Mod.AFTER), "2020/..", "after 2019"),
    (dated(D(2019, 1, 1), D(2020, 1, 1), G.YEAR, mod=Mod.ON_OR_AFTER), "2019/..", "from 2019"),
    (
        dated(D(1990, 1, 1), D(2000, 1, 1), G.DECADE, mod=Mod.BEFORE),
        "../1989",
        "before the 1990s",
    ),
    (
        dated(D(2013, 12, 1), D(2014, 3, 1), G.SEASON, mod=Mod.AFTER),
        "2014-21/..",
        "after winter 2013",
    ),
    (
        dated(D(2005, 7, 1), D(2005, 10, 1), G.QUARTER, mod=Mod.BEFORE),
        "../2005-06",
        "before Q3 2005",
    ),
    (
        dated(D(2019, 1, 1), D(2020, 1, 1), G.YEAR, mod=Mod.LESS_THAN),
        "2019",
        "2019",
    ),
    # Ranges: intervals of their first and last units (decades in years: 198X/199X is Level 2).
    (
        dated(D(2009, 1, 1), D(2011, 1, 1), G.YEAR, end_mention="d1.m2"),
        "2009/2010",
        "2009–2010",
    ),
    (
        dated(D(2019, 3, 1), D(2019, 6, 1), G.MONTH, end_mention="d1.m2"),
        "2019-03/2019-05",
        "March–May 2019",
    ),
    (
        dated(D(2019, 11, 1), D(2020, 3, 1), G.MONTH),
        "2019-11/2020-02",
        "November 2019–February 2020",
    ),
    (dated(D(2021, 3, 3), D(2021, 3, 6), G.DAY), "2021-03-03/2021-03-05", "3–5 March 2021"),
    (
        dated(D(2023, 9, 12), D(2023, 10, 4), G.DAY),
        "2023-09-12/2023-10-03",
        "12 September–3 October 2023",
    ),
    (
        dated(D(2023, 12, 30), D(2024, 1, 3), G.DAY),
        "2023-12-30/2024-01-02",
        "30 December 2023–2 January 2024",
    ),
    (dated(D(1980, 1, 1), D(2000, 1, 1), G.DECADE), "1980/1999", "the 1980s–1990s"),
    (
        dated(D(1700, 1, 1), D(1900, 1, 1), G.CENTURY),
        "1700/1899",
        "the 18th–19th centuries",
    ),
    (dated(D(2019, 3, 1), D(2019, 9, 1), G.SEASON), "2019-21/2019-22", "spring–summer 2019"),
    (dated(D(2019, 1, 1), D(2019, 10, 1), G.QUARTER), "2019-01/2019-09", "Q1–Q3 2019"),
    (
        dated(D(2009, 1, 1), D(2011, 1, 1), G.YEAR, mod=Mod.APPROX),
        "2009~/2010~",
        "c. 2009–2010",
    ),
    # An interval that is not a whole number of its units is named by what it is.
    (
        dated(D(2019, 3, 5), D(2019, 5, 9), G.YEAR),
        "2019-03-05/2019-05-08",
        "5 March–8 May 2019",
    ),
    (dated(D(2019, 1, 1), D(2020, 1, 1), G.MONTH), "2019-01/2019-12", "January–December 2019"),
    (dated(D(1995, 1, 1), D(1996, 1, 1), G.DECADE), "1995", "1995"),
    # Times: the start to the second, with the offset when known; the zone as the text said.
    (
        timed(dt.datetime(2013, 3, 22, 15, 30, tzinfo=EDT), tz="EDT"),
        "2013-03-22T15:30:00-04:00",
        "22 March 2013, 15:30 EDT",
    ),
    (
        timed(dt.datetime(2013, 3, 22, 15, 30, tzinfo=EDT)),
        "2013-03-22T15:30:00-04:00",
        "22 March 2013, 15:30 UTC-04:00",
    ),
    (
        timed(dt.datetime(2013, 3, 22, 15, 30, tzinfo=dt.UTC)),
        "2013-03-22T15:30:00Z",
        "22 March 2013, 15:30 UTC",
    ),
    (timed(dt.datetime(2013, 3, 22, 15, 30)), "2013-03-22T15:30:00", "22 March 2013, 15:30"),
    (
        timed(dt.datetime(2013, 3, 22, 15, 30, 5, 250)),
        "2013-03-22T15:30:05",
        "22 March 2013, 15:30:05",
    ),
    (
        timed(dt.datetime(2013, 3, 22, 15, 30), mod=Mod.APPROX),
        "2013-03-22T15:30:00",
        "c. 22 March 2013, 15:30",
    ),
    (
        make_event(
            start=dt.datetime(2023, 9, 11, 15),
            end=dt.datetime(2023, 9, 11, 18),
            granularity=G.HOUR,
            end_mention="d1.m2",
        ),
        "2023-09-11T15:00:00",
        "11 September 2023, 15:00–17:00",
    ),
    (
        make_event(
            start=dt.datetime(2023, 9, 11, 6),
            end=dt.datetime(2023, 9, 11, 12),
            granularity=G.PART_OF_DAY,
            value="2023-09-11TMO",
        ),
        "2023-09-11T06:00:00",
        "11 September 2023, morning",
    ),
]


@pytest.mark.parametrize(("event", "expected_edtf", "expected_display"), CASES)
def test_each_shape_of_date_has_its_edtf_and_display_date(
    event: Event, expected_edtf: str, expected_display: str
) -> None:
    """Days to millennia, seasons, quarters, weeks, mods, ranges and times get documented names."""
    assert edtf(event) == expected_edtf
    assert display_date(event) == expected_display


@pytest.mark.parametrize(("event", "expected_edtf", "expected_display"), CASES)
def test_every_documented_edtf_is_level_0_or_1(
    event: Event, expected_edtf: str, expected_display: str
) -> None:
    """The edtf package parses every EDTF of the table, into a Level 0 or Level 1 class."""
    assert isinstance(edtf_package.parse_edtf(expected_edtf), LEVEL_0_AND_1)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (dt.timedelta(hours=5, minutes=30), "2013-03-22T15:30:00+05:30"),
        (dt.timedelta(hours=14), "2013-03-22T15:30:00+14:00"),
        (dt.timedelta(minutes=-45), "2013-03-22T15:30:00-00:45"),
        # EDTF has no +00:00, no offset past 14:00 and no seconds: those go to UTC.
        (dt.timedelta(0), "2013-03-22T15:30:00Z"),
        (dt.timedelta(hours=14, minutes=30), "2013-03-22T01:00:00Z"),
        (dt.timedelta(hours=-23, minutes=-59), "2013-03-23T15:29:00Z"),
        (dt.timedelta(minutes=9, seconds=21), "2013-03-22T15:20:39Z"),
    ],
)
def test_offsets_edtf_cannot_write_are_converted_to_utc(
    offset: dt.timedelta, expected: str
) -> None:
    """An offset EDTF accepts is kept; any other (zero, beyond 14:00, seconds) becomes UTC Z."""
    event = timed(dt.datetime(2013, 3, 22, 15, 30, tzinfo=dt.timezone(offset)))
    assert edtf(event) == expected
    assert isinstance(edtf_package.parse_edtf(expected), edtf_package.DateAndTime)


def test_before_the_first_day_of_the_calendar_is_on_or_before_it() -> None:
    """Nothing precedes 0001-01-01, so "before" it is an open interval to it; before spring of
    year 1 is before its first day."""
    event = dated(D(1, 1, 1), D(1, 1, 2), G.DAY, mod=Mod.BEFORE)
    assert edtf(event) == "../0001-01-01"
    assert display_date(event) == "before 1 January 1"
    spring = dated(D(1, 3, 1), D(1, 6, 1), G.SEASON, mod=Mod.BEFORE)
    assert edtf(spring) == "../0001-02-28"  # year 1 has no winter (it would start in December 0)


def test_plain_dates_are_years_months_and_days_without_mods() -> None:
    """is_plain is true for years, months, days and their ranges, false for the rest."""
    assert is_plain(dated(D(2019, 1, 1), D(2020, 1, 1), G.YEAR))
    assert is_plain(dated(D(2019, 3, 1), D(2019, 6, 1), G.MONTH))
    assert not is_plain(dated(D(2019, 1, 1), D(2020, 1, 1), G.YEAR, mod=Mod.APPROX))
    assert not is_plain(dated(D(1990, 1, 1), D(2000, 1, 1), G.DECADE))
    assert not is_plain(timed(dt.datetime(2013, 3, 22, 15, 30)))


def _bounds(parsed: Any) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day an EDTF value covers, None for an open end."""

    def day(struct: Any) -> dt.date | None:
        return None if isinstance(struct, float) else dt.date(*struct[:3])

    return day(parsed.lower_strict()), day(parsed.upper_strict())


_MONTHS_PER_UNIT = {
    G.MILLENNIUM: 12000,
    G.CENTURY: 1200,
    G.DECADE: 120,
    G.YEAR: 12,
    G.HALF: 6,
    G.QUARTER: 3,
    G.SEASON: 3,
    G.MONTH: 1,
}
_FIRST_MONTHS = {G.HALF: (1, 7), G.QUARTER: (1, 4, 7, 10), G.SEASON: (3, 6, 9, 12)}
_YEAR_STEP = {G.MILLENNIUM: 1000, G.CENTURY: 100, G.DECADE: 10}


@st.composite
def aligned_intervals(draw: st.DrawFn) -> tuple[Granularity, dt.date, dt.date]:
    """One to three whole units of a granularity from a day to a millennium (random intervals
    from the shared strategies almost never line up with a decade or a season)."""
    unit = draw(st.sampled_from([*_MONTHS_PER_UNIT, G.WEEK, G.DAY]))
    count = draw(st.integers(min_value=1, max_value=3))
    if unit in (G.WEEK, G.DAY):
        day = draw(st.dates(min_value=D(1, 1, 8), max_value=D(9990, 1, 1)))
        if unit is G.WEEK:
            day -= dt.timedelta(days=day.weekday())
        length = 7 if unit is G.WEEK else 1
        return unit, day, day + dt.timedelta(days=length * count)
    step = _YEAR_STEP.get(unit, 1)
    span_years = -(-count * _MONTHS_PER_UNIT[unit] // 12)  # rounded up
    year = draw(st.integers(min_value=1, max_value=(9998 - span_years) // step)) * step
    month = draw(
        st.sampled_from(
            _FIRST_MONTHS.get(unit, (1,) if step > 1 or unit is G.YEAR else range(1, 13))
        )
    )
    total = year * 12 + month - 1 + count * _MONTHS_PER_UNIT[unit]
    return unit, D(year, month, 1), D(total // 12, total % 12 + 1, 1)


@st.composite
def events(draw: st.DrawFn) -> Event:
    """An event with any interval of the shared strategies or a whole number of units, any mod,
    maybe a zone name and maybe a closing mention (a range)."""
    granularity, start, end = draw(intervals() | aligned_intervals())
    return make_event(
        start=start,
        end=end,
        granularity=granularity,
        mod=draw(st.none() | st.sampled_from(Mod)),
        tz=draw(st.none() | st.just("EDT")),
        end_mention=draw(st.none() | st.just("d1.m2")),
    )


# The edtf package's parser takes ~20 ms a string: 100 examples keep this test at a few seconds.
@settings(max_examples=100, deadline=None)
@given(events())
def test_any_events_edtf_is_level_1_and_covers_its_interval(event: Event) -> None:
    """Every EDTF parses as Level 0/1 and, for dates, covers exactly the event's days."""
    text = edtf(event)
    parsed = edtf_package.parse_edtf(text)
    assert isinstance(parsed, LEVEL_0_AND_1), text
    assert display_date(event) and "\n" not in display_date(event)
    span = period(event)
    # The edtf package's winter (24) is December alone; chrono's runs to February.
    if span is None or WINTER.search(text):
        return
    low, high = _bounds(parsed)
    first, last = event.start, event.end - dt.timedelta(days=1)
    assert isinstance(first, dt.date) and isinstance(last, dt.date)
    if event.mod is Mod.BEFORE and first == dt.date.min:
        assert (low, high) == (None, _bounds(edtf_package.parse_edtf(text[3:]))[1])
    elif event.mod in (Mod.BEFORE, Mod.ON_OR_BEFORE):
        assert low is None
        assert high == (last if event.mod is Mod.ON_OR_BEFORE else first - dt.timedelta(1))
    elif event.mod in (Mod.AFTER, Mod.ON_OR_AFTER):
        assert high is None
        assert low == (first if event.mod is Mod.ON_OR_AFTER else event.end)
    else:
        assert (low, high) == (first, last), text
