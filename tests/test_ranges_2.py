"""Held-out phenomenon: ranges and spans, in news, histories, messages and notes.

A range is two mentions joined by "to", "through", "-" or "between ... and" ("from November to
March", "May 30-June 2", "1914-18", "between 2 and 4 p.m."); TimeML tags each end on its own,
and chrono makes one event covering both. Its ends are placed together: the second end after
the first, by one reading of the tense, so that a range written without its year never runs
backwards ("from November to March" in September is this November and next March). The end
of an open span ("runs through Sunday", "lasts until Friday") is placed as what is to come
when the clause says so. Scores, counts and race times in the same shape are no ranges.

Each passage was written for these tests in the style of its kind of text; the tables pin every
mention with its type and value. News and messages are dated 2023-09-12, a Tuesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chrono import extract_timeline
from tests.passages import Row, mentions

DCT = "2023-09-12"


def test_the_weekdays_of_the_tables() -> None:
    """The weekdays the tables below count with."""
    assert dt.date(2023, 9, 12).strftime("%A") == "Tuesday"
    assert dt.date(2023, 9, 11).strftime("%A") == "Monday"
    assert dt.date(2023, 9, 10).strftime("%A") == "Sunday"
    assert dt.date(2023, 9, 15).strftime("%A") == "Friday"
    assert dt.date(2023, 9, 17).strftime("%A") == "Sunday"


def _events(text: str, **options: object) -> list[tuple[str, dt.date, dt.date]]:
    """The events of ``text``: value, first day, day after the last (dates of times)."""
    timeline = extract_timeline(text, **options)  # type: ignore[arg-type]
    out = []
    for e in timeline.events:
        start = e.start.date() if isinstance(e.start, dt.datetime) else e.start
        end = e.end.date() if isinstance(e.end, dt.datetime) else e.end
        out.append((e.value, start, end))
    return out


# ---- news: months without a year ----------------------------------------------------------------

SEASONS = (
    "The city's winter shelter program runs from November to March, officials said Monday. "
    "Shelters were full from December to February, staff said. Between October and February "
    "the fairground hosts a skating rink, and the county's flu clinics will run from October to "
    "May. Anglers said catches fell between April and June."
)
SEASONS_TABLE: list[Row] = [
    # said in September of what is to come: this November and the March after it
    ("November", "DATE", "2023-11"),
    ("March", "DATE", "2024-03"),
    ("Monday", "DATE", "2023-09-11"),
    # told in the past: the last such winter over
    ("December", "DATE", "2022-12"),
    ("February", "DATE", "2023-02"),
    ("October", "DATE", "2023-10"),
    ("February", "DATE", "2024-02"),
    ("October", "DATE", "2023-10"),
    ("May", "DATE", "2024-05"),
    # a range within one year, told in the past
    ("April", "DATE", "2023-04"),
    ("June", "DATE", "2023-06"),
]


def test_news_month_ranges_across_new_year_run_forwards() -> None:
    """ "runs from November to March", "were full from December to February", "between October
    and February", "will run from October to May": the second month after the first."""
    assert mentions(SEASONS, dct=DCT) == SEASONS_TABLE


def test_the_event_of_a_month_range_covers_both_months() -> None:
    """The range across New Year is one event, from the first month to the end of the second."""
    events = _events(SEASONS, dct=DCT)
    assert ("2023-11/2024-03", dt.date(2023, 11, 1), dt.date(2024, 4, 1)) in events
    assert ("2022-12/2023-02", dt.date(2022, 12, 1), dt.date(2023, 3, 1)) in events
    assert ("2023-10/2024-05", dt.date(2023, 10, 1), dt.date(2024, 6, 1)) in events
    assert all(start < end for _, start, end in events)


@pytest.mark.parametrize(
    ("text", "table"),
    [
        # the past: the last range over by the document date
        (
            "Sales fell from May to February, the company said.",
            [("May", "DATE", "2022-05"), ("February", "DATE", "2023-02")],
        ),
        # the future: the first one that has not begun
        (
            "The festival will run from May to February.",
            [("May", "DATE", "2024-05"), ("February", "DATE", "2025-02")],
        ),
        # no cue: the one nearest the document date
        (
            "Flu season lasts from October to May.",
            [("October", "DATE", "2023-10"), ("May", "DATE", "2024-05")],
        ),
    ],
)
def test_a_month_range_is_placed_by_one_reading_of_its_tense(text: str, table: list[Row]) -> None:
    """Both ends of a range across New Year move together as the clause's tense says."""
    assert mentions(text, dct=DCT) == table


@pytest.mark.parametrize(
    ("text", "table"),
    [
        (
            "Shelters were full from December to February 2023.",
            [("December", "DATE", "2022-12"), ("February 2023", "DATE", "2023-02")],
        ),
        (
            "Shelters were full from Dec. 20 to Jan. 5, 2023.",
            [("Dec. 20", "DATE", "2022-12-20"), ("Jan. 5, 2023", "DATE", "2023-01-05")],
        ),
    ],
)
def test_the_year_after_a_range_across_new_year(text: str, table: list[Row]) -> None:
    """The year written after the second end is the first's too, or the year before when the
    first comes later in the year ("from December to February 2023": December 2022)."""
    assert mentions(text, dct=DCT) == table
    (event,) = extract_timeline(text, dct=DCT).events
    assert event.start < event.end


# ---- news: days without a year ------------------------------------------------------------------

DAYS = (
    "The festival, held May 3-5 this year, drew 40,000 people, organizers said. Next year's "
    "edition is planned for 30 May-2 June. Fishing for cod is banned from Dec. 15 to Jan. 31 "
    "under rules that take effect in November. A similar ban ran Dec. 28 to Jan. 3 last winter."
)
DAYS_TABLE: list[Row] = [
    ("May 3", "DATE", "2023-05-03"),
    # the second day of "May 3-5" takes the first's month
    ("5", "DATE", "2023-05-05"),
    ("this year", "DATE", "2023"),
    ("Next year", "DATE", "2024"),
    # day first, across a month: "30 May-2 June"
    ("30 May", "DATE", "2024-05-30"),
    ("2 June", "DATE", "2024-06-02"),
    ("Dec. 15", "DATE", "2023-12-15"),
    ("Jan. 31", "DATE", "2024-01-31"),
    ("November", "DATE", "2023-11"),
    ("Dec. 28", "DATE", "2022-12-28"),
    ("Jan. 3", "DATE", "2023-01-03"),
    ("last winter", "DATE", "2022-WI"),
]


def test_news_day_ranges_within_and_across_months() -> None:
    """ "May 3-5", "30 May-2 June", "from Dec. 15 to Jan. 31", "ran Dec. 28 to Jan. 3": each
    end a day, the range forwards."""
    assert mentions(DAYS, dct=DCT) == DAYS_TABLE


def test_the_event_of_a_day_range_covers_its_days() -> None:
    """ "from Dec. 15 to Jan. 31" is one event through 31 January; "30 May-2 June" through 2
    June."""
    events = _events(DAYS, dct=DCT)
    assert ("2023-12-15/2024-01-31", dt.date(2023, 12, 15), dt.date(2024, 2, 1)) in events
    assert ("2024-05-30/2024-06-02", dt.date(2024, 5, 30), dt.date(2024, 6, 3)) in events
    assert ("2022-12-28/2023-01-03", dt.date(2022, 12, 28), dt.date(2023, 1, 4)) in events


# ---- news: open spans and weekday ranges --------------------------------------------------------

ORDERS = (
    "The county's burn ban remains in effect through Sunday, and a boil-water notice for the "
    "east side lasts until Friday. The emergency order runs through Sunday, the mayor said. "
    "The park was closed through Sunday after the storm. Registration is open Monday through "
    "Friday from 9 a.m. to 5 p.m."
)
ORDERS_TABLE: list[Row] = [
    ("Sunday", "DATE", "2023-09-17"),
    ("Friday", "DATE", "2023-09-15"),
    # an order that "runs through" a day ends on the one to come
    ("Sunday", "DATE", "2023-09-17"),
    # what "was closed through Sunday" ended on the one just past
    ("Sunday", "DATE", "2023-09-10"),
    # the days of a timetable with its hours: any week's
    ("Monday", "SET", "XXXX-WXX-1"),
    ("Friday", "SET", "XXXX-WXX-5"),
    ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
    ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
]


def test_news_orders_run_through_the_coming_day() -> None:
    """ "remains in effect through Sunday", "lasts until Friday", "runs through Sunday": the
    coming day; "was closed through Sunday": the last one; "Monday through Friday from 9 a.m.
    to 5 p.m.": a timetable."""
    assert mentions(ORDERS, dct=DCT) == ORDERS_TABLE


HOURS = (
    "Polls are open from 7 a.m. to 8 p.m. Tuesday. The council met from 2 to 4 p.m. Monday, "
    "and the talks ran from Tuesday to Thursday last week."
)
HOURS_TABLE: list[Row] = [
    ("7 a.m.", "TIME", "2023-09-12T07:00"),
    ("8 p.m. Tuesday", "TIME", "2023-09-12T20:00"),
    # the bare first hour takes the second's "p.m." and day
    ("2", "TIME", "2023-09-11T14:00"),
    ("4 p.m. Monday", "TIME", "2023-09-11T16:00"),
    ("Tuesday", "DATE", "2023-09-05"),
    ("Thursday last week", "DATE", "2023-09-07"),
]


def test_news_clock_ranges_on_a_named_day() -> None:
    """ "from 7 a.m. to 8 p.m. Tuesday", "from 2 to 4 p.m. Monday": both ends on the day."""
    assert mentions(HOURS, dct=DCT) == HOURS_TABLE


def test_the_event_of_a_clock_range_covers_its_hours() -> None:
    """ "from 2 to 4 p.m. Monday" is one event from 14:00 to 16:00 that Monday."""
    timeline = extract_timeline(HOURS, dct=DCT)
    spans = [(e.start, e.end) for e in timeline.events if e.value.startswith("2023-09-11T14")]
    ((start, end),) = spans
    assert isinstance(start, dt.datetime) and isinstance(end, dt.datetime)
    assert (start.hour, end.hour) == (14, 16)


# ---- news: years, decades and their edges -------------------------------------------------------

ERAS = (
    "Attendance peaked in the mid-to-late 1990s and dipped from late 2019 to early 2020. The "
    "agency counted stocks in 2010/11 and again in the 2019-20 season. Fiscal 1990/91 was the "
    "worst year, and the 1970s-80s were little better."
)
ERAS_TABLE: list[Row] = [
    # two modifiers joined make one: the later part of the decade
    ("the mid-to-late 1990s", "DATE", "199"),
    ("late 2019", "DATE", "2019"),
    ("early 2020", "DATE", "2020"),
    ("2010", "DATE", "2010"),
    # a second year written with two figures is in the first's century
    ("11", "DATE", "2011"),
    ("2019", "DATE", "2019"),
    ("20", "DATE", "2020"),
    ("Fiscal 1990", "DATE", "1990"),
    ("91", "DATE", "1991"),
    ("the 1970s", "DATE", "197"),
    ("80s", "DATE", "198"),
]


def test_news_year_and_decade_ranges() -> None:
    """ "the mid-to-late 1990s", "from late 2019 to early 2020", "2010/11", "the 2019-20
    season", "1990/91", "the 1970s-80s": every end, with its century."""
    assert mentions(ERAS, dct=DCT) == ERAS_TABLE


def test_the_event_of_a_two_figure_range_covers_both_years() -> None:
    """ "2010/11" is one event through 2011; "the 1970s-80s" through 1989."""
    events = _events(ERAS, dct=DCT)
    assert ("2010/2011", dt.date(2010, 1, 1), dt.date(2012, 1, 1)) in events
    assert ("197/198", dt.date(1970, 1, 1), dt.date(1990, 1, 1)) in events


# ---- histories ----------------------------------------------------------------------------------

WAR = (
    "The war of 1914-18 ended an era. In 1917 the front barely moved from November to March. "
    "The German offensive lasted from 21 March to 18 July 1918, and the fighting from Sept. "
    "26-Nov. 11 broke the line. Historians of the 1920s and '30s blamed the generals."
)
WAR_TABLE: list[Row] = [
    ("1914", "DATE", "1914"),
    ("18", "DATE", "1918"),
    ("1917", "DATE", "1917"),
    # the story placed November in 1917; March follows it
    ("November", "DATE", "1917-11"),
    ("March", "DATE", "1918-03"),
    ("21 March", "DATE", "1918-03-21"),
    ("18 July 1918", "DATE", "1918-07-18"),
    ("Sept. 26", "DATE", "1918-09-26"),
    ("Nov. 11", "DATE", "1918-11-11"),
    ("the 1920s", "DATE", "192"),
    ("'30s", "DATE", "193"),
]


def test_war_history_ranges() -> None:
    """A history's "1914-18", "from November to March" after "In 1917", "from 21 March to 18
    July 1918", "Sept. 26-Nov. 11", "the 1920s and '30s"."""
    assert mentions(WAR, genre="narrative") == WAR_TABLE


def test_the_event_of_a_narrative_month_range_crosses_new_year() -> None:
    """ "In 1917 ... from November to March" is one event from November 1917 to March 1918."""
    events = _events(WAR, genre="narrative")
    assert ("1917-11/1918-03", dt.date(1917, 11, 1), dt.date(1918, 4, 1)) in events
    assert ("1914/1918", dt.date(1914, 1, 1), dt.date(1919, 1, 1)) in events


SIEGE = (
    "In the winter of 1941-42, Leningrad starved. The siege lasted from September 1941 to "
    "January 1944, and between 1942 and 1943 a road across the ice kept the city alive."
)
SIEGE_TABLE: list[Row] = [
    # a winter across two years is the winter that begins in the first
    ("the winter of 1941-42", "DATE", "1941-WI"),
    ("September 1941", "DATE", "1941-09"),
    ("January 1944", "DATE", "1944-01"),
    ("1942", "DATE", "1942"),
    ("1943", "DATE", "1943"),
]


def test_siege_spans_and_a_winter_across_two_years() -> None:
    """ "the winter of 1941-42" is one mention; "from September 1941 to January 1944" and
    "between 1942 and 1943" two ends each."""
    assert mentions(SIEGE, genre="narrative") == SIEGE_TABLE


CENTURIES = (
    "Rome ruled Britain from the second to the fifth centuries. In the third to fifth centuries "
    "the towns shrank, and between AD 410 and 450 the legions left."
)
CENTURIES_TABLE: list[Row] = [
    ("the second", "DATE", "01"),
    ("the fifth centuries", "DATE", "04"),
    # the first ordinal of a range of centuries borrows "centuries" from the second
    ("the third", "DATE", "02"),
    ("fifth centuries", "DATE", "04"),
    ("AD 410", "DATE", "0410"),
    # the era written once is the second year's too
    ("450", "DATE", "0450"),
]


def test_ranges_of_centuries_and_of_years_of_an_era() -> None:
    """ "from the second to the fifth centuries", "the third to fifth centuries", "between AD
    410 and 450"."""
    assert mentions(CENTURIES, genre="narrative") == CENTURIES_TABLE
    events = _events(CENTURIES, genre="narrative")
    assert ("02/04", dt.date(200, 1, 1), dt.date(500, 1, 1)) in events


# ---- messages -----------------------------------------------------------------------------------

CHAT = (
    "omg the sale is thru Sunday!! im off work 12/22-1/2 so lets do dinner between 6 and 8 pm "
    "tmrw. still listening to 2010s-2020s pop lol"
)
CHAT_TABLE: list[Row] = [
    # "is thru Sunday": the one to come
    ("Sunday", "DATE", "2023-09-17"),
    ("12/22", "DATE", "2023-12-22"),
    # the second day of a range across New Year is in the next year
    ("1/2", "DATE", "2024-01-02"),
    ("6", "TIME", "2023-09-13T18:00"),
    ("8 pm tmrw", "TIME", "2023-09-13T20:00"),
    ("2010s", "DATE", "201"),
    ("2020s", "DATE", "202"),
]


def test_message_ranges_of_days_hours_and_decades() -> None:
    """A message's "thru Sunday", "12/22-1/2", "between 6 and 8 pm tmrw", "2010s-2020s"."""
    assert mentions(CHAT, dct=DCT) == CHAT_TABLE
    events = _events(CHAT, dct=DCT)
    assert ("2023-12-22/2024-01-02", dt.date(2023, 12, 22), dt.date(2024, 1, 3)) in events


@pytest.mark.xfail(
    strict=True,
    reason="bare clock figures joined by a dash ('10-6', '9-5') are not read as hours: "
    "nothing tells them from scores and counts without a clock word",
)
def test_shop_hours_written_as_bare_figures() -> None:
    """ "open 10-6 on Saturdays": the hours of any Saturday."""
    assert mentions("The shop is open 10-6 on Saturdays.", dct=DCT) == [
        ("10", "TIME", "XXXX-XX-XXT10:00"),
        ("6", "TIME", "XXXX-XX-XXT18:00"),
        ("Saturdays", "SET", "XXXX-WXX-6"),
    ]


# ---- clinical notes -----------------------------------------------------------------------------

NOTE = (
    "HOSPITAL COURSE: Febrile on hospital days 2-5; defervesced on HD 6. Vancomycin 3/15-3/21. "
    "Ambulating in weeks 3-6 of rehab."
)
NOTE_TABLE: list[Row] = [
    ("hospital days 2", "DATE", "2023-03-15"),
    ("5", "DATE", "2023-03-18"),
    ("HD 6", "DATE", "2023-03-19"),
    ("3/15", "DATE", "2023-03-15"),
    ("3/21", "DATE", "2023-03-21"),
    # the weeks of a course counted by number are no duration of weeks
]


def test_clinical_ranges_of_hospital_days_and_dates() -> None:
    """A note's "hospital days 2-5" (admitted 3/14, hospital day 1), "3/15-3/21"; "weeks 3-6"
    of rehab is not "weeks" of unknown number."""
    assert mentions(NOTE, dct="2023-03-14") == NOTE_TABLE


@pytest.mark.parametrize(
    "text",
    [
        "She was febrile on days 2-5 of admission.",
        "She was febrile on days 2 - 5 of her hospitalization.",
    ],
)
def test_days_of_admission_as_a_range(text: str) -> None:
    """ "febrile on days 2-5 of admission": hospital days 2 and 5 (admitted 3/14), one event."""
    assert mentions(text, dct="2023-03-14") == [
        ("days 2", "DATE", "2023-03-15"),
        ("5", "DATE", "2023-03-18"),
    ]
    assert _events(text, dct="2023-03-14") == [
        ("2023-03-15/2023-03-18", dt.date(2023, 3, 15), dt.date(2023, 3, 19))
    ]


# ---- look-alikes --------------------------------------------------------------------------------

LOOK_ALIKES = [
    "The bill passed 52-48 after a long debate.",
    "See pages 1914-18 of the report.",
    "Rooms 210-15 are closed for repairs.",
    "Between 3 and 5 people were hurt.",
    "Tickets cost $10-15 at the door.",
    "He ran the mile in 4:05-4:10 all season.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_scores_pages_counts_and_race_times_are_no_ranges(text: str) -> None:
    """Votes, pages, rooms, counts, prices and race times shaped as ranges are no dates."""
    assert mentions(text, dct=DCT) == []


def test_a_score_beside_a_day() -> None:
    """In "won 9-5 on Saturday" only the day is a date."""
    assert mentions("The team won 9-5 on Saturday.", dct=DCT) == [
        ("Saturday", "DATE", "2023-09-09")
    ]
