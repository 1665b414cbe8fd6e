"""Gaps noticed in session 19, forty-fourth list: narratives.

Histories and chronologies in the style of English Wikipedia, read as narratives with no
document date (as tests/test_noticed_gaps_38.py and tests/test_noticed_gaps_41.py read them):
- seasons after one plural and a list that mixes a split winter with years are a season each
  ("the winters of 1941–42, 1942 and 1943": 1941-WI, 1942-WI, 1943-WI), as lists of one form
  are; a count of named seasons is a length in that season, as "three weekends" is P3WE and
  "two seasons" P2SE: "Two winters passed" is P2WI, "three summers" P3SU (TIDES writes the
  season's token as the unit); ("the first winter" with no owner after a siege's start is
  tests/test_war_histories_24.py's strict xfail, not repeated here);
- a holiday named as a custom ("chose the Roman Easter", "the dating of Easter") is no date; a
  weekday placed by a holiday is one date with it, "the Sunday nearest Michaelmas" as "the
  Sunday nearest 11 November" is; "the last Monday in May every year" is one SET, XXXX-05 (the
  month of every year: ISO 8601 cannot write the rank of a weekday, so the day stays
  unwritten), as "on 9 May every year" is XXXX-05-09, and after a year of the story it is that
  year's day; a national day with no day of its own takes the one its clause in the present
  gives it ("Independence Day is celebrated on 24 August": XXXX-08-24);
- midnight on a day is the edge of the day the event happens in: "shortly after midnight on 23
  December 1948" opens the 23rd (1948-12-23T00:00, as "one minute after midnight on 12 May
  1949" is 00:01 of the 12th), while "at midnight on 30 September 1966", "shortly before
  midnight on 3 May 1926" and "until after midnight on 5 June 1944" close their day (T24:00,
  the project's convention for "midnight on": Speer was freed as 30 September ended), and so
  do a weekday's and a note's short date ("shortly after midnight on Tuesday" in the news, the
  night of Tuesday; "NPO after midnight on 4/6");
- a year heading of three digits under a chronology's heading word ("Chronology", "Timeline",
  "Events", "Annals") heads the month entries below it, after a blank line too; under another
  label of one word ("Results / 101 / June - Final exam") it stays a course's number.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _narrative(text: str) -> list[Row]:
    return mentions(text, genre="narrative")


# ---- 1. seasons in lists and counts ------------------------------------------------------------

EASTERN_FRONT = (
    "The German invasion of the Soviet Union began on 22 June 1941. The army suffered most in "
    "the winters of 1941–42, 1942 and 1943, when the supply lines froze. Malta was bombed in "
    "the summers of 1940 and 1941."
)


def test_a_list_of_winters_mixing_a_split_winter_and_years() -> None:
    """ "the winters of 1941–42, 1942 and 1943": three winters, the first named by its first
    year (1941-WI), the others by theirs; "the summers of 1940 and 1941" stay two summers."""
    assert _narrative(EASTERN_FRONT) == [
        ("22 June 1941", "DATE", "1941-06-22"),
        ("the winters of 1941–42", "DATE", "1941-WI"),
        ("1942", "DATE", "1942-WI"),
        ("1943", "DATE", "1943-WI"),
        ("the summers of 1940", "DATE", "1940-SU"),
        ("1941", "DATE", "1941-SU"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Typhus spread in the winters of 1916–17, 1917 and 1918.",
            [
                ("the winters of 1916–17", "DATE", "1916-WI"),
                ("1917", "DATE", "1917-WI"),
                ("1918", "DATE", "1918-WI"),
            ],
            id="split_then_two_years",
        ),
        pytest.param(
            "Typhus spread in the winters of 1916–17, 1917, 1918, and 1919.",
            [
                ("the winters of 1916–17", "DATE", "1916-WI"),
                ("1917", "DATE", "1917-WI"),
                ("1918", "DATE", "1918-WI"),
                ("1919", "DATE", "1919-WI"),
            ],
            id="split_then_three_years_serial_comma",
        ),
        # look-alike: the years after a single winter are years
        pytest.param(
            "The winter of 1941–42 was the worst; 1942 and 1943 were milder.",
            [
                ("The winter of 1941–42", "DATE", "1941-WI"),
                ("1942", "DATE", "1942"),
                ("1943", "DATE", "1943"),
            ],
            id="one_winter_then_years",
        ),
        pytest.param(
            "The winters of 1941–42 and 1942 were the hardest.",
            [("The winters of 1941–42", "DATE", "1941-WI"), ("1942", "DATE", "1942-WI")],
            id="split_then_a_year",
        ),
    ],
)
def test_mixed_lists_of_winters(text: str, expected: list[Row]) -> None:
    """A split winter and plain years in one list after "the winters of" are a winter each;
    years after a single winter are years."""
    assert _narrative(text) == expected


LENINGRAD = (
    "The siege of Leningrad began on 8 September 1941. Two winters passed before the blockade "
    "was broken, and the Red Army spent three summers fighting south of Lake Ladoga."
)


def test_a_count_of_named_seasons_is_a_length() -> None:
    """ "Two winters passed", "three summers fighting": lengths counted in that season, P2WI
    and P3SU, as "two seasons" is P2SE and "three weekends" P3WE."""
    assert _narrative(LENINGRAD) == [
        ("8 September 1941", "DATE", "1941-09-08"),
        ("Two winters", "DURATION", "P2WI"),
        ("three summers", "DURATION", "P3SU"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The garrison held out for two winters.",
            [("two winters", "DURATION", "P2WI")],
        ),
        pytest.param(
            "The farm lay fallow for three summers.",
            [("three summers", "DURATION", "P3SU")],
        ),
        pytest.param(
            "He taught there for four autumns.",
            [("four autumns", "DURATION", "P4FA")],
        ),
        # look-alikes: water springs and falls, a name, a set of past seasons, a title
        ("The valley has two springs and three falls.", []),
        ("The film starred Shelley Winters.", []),
        ("The last two winters were mild.", [("The last two winters", "SET", "XXXX-WI")]),
        ("She wrote Two Summers in Provence.", []),
        # winters the text points at, and a count back (no rule reads it as a date yet)
        ("The first two winters of the siege were the worst.", []),
        ("Two winters ago the lake froze.", []),
    ],
)
def test_counts_of_seasons_and_their_look_alikes(text: str, expected: list[Row]) -> None:
    """A number before "winters", "summers" or "autumns" is a length; "springs" and "falls"
    are also water, "Winters" a name, "the last two winters" a set (TimeBank), a capitalised
    count a title, "the first two winters" those winters, and "two winters ago" no length."""
    assert _narrative(text) == expected


# ---- 2. holidays and their years ---------------------------------------------------------------

WHITBY = (
    "In 664 King Oswiu summoned a synod to Whitby, where he chose the Roman Easter over the "
    "Irish reckoning. The dating of Easter had divided the Northumbrian court for thirty years. "
    "From then on the feast of the king's patron was kept on the Sunday nearest Michaelmas."
)


def test_a_holiday_named_as_a_custom_is_no_date() -> None:
    """ "chose the Roman Easter", "The dating of Easter": a way of reckoning the feast, no day
    (were 0664-04-21); "the Sunday nearest Michaelmas" is one date with its feast, in 664 (29
    September 664 is a Thursday in the proleptic Gregorian calendar chrono counts in: the
    nearest Sunday is 2 October)."""
    assert _narrative(WHITBY) == [
        ("664", "DATE", "0664"),
        ("thirty years", "DURATION", "P30Y"),
        ("the Sunday nearest Michaelmas", "DATE", "0664-10-02"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1916 the rising began at Easter, on the Monday after Easter Sunday.",
            [
                ("1916", "DATE", "1916"),
                ("Easter", "DATE", "1916-04-23"),
                ("the Monday after Easter Sunday", "DATE", "1916-04-24"),
            ],
        ),
        pytest.param(
            "In 1871 the fair was held on the Sunday nearest Lady Day.",
            [("1871", "DATE", "1871"), ("the Sunday nearest Lady Day", "DATE", "1871-03-26")],
        ),
        # look-alikes: Easter as a day of the story, and of a year after "the date of"
        (
            "The rising was planned for the date of Easter 1916.",
            [("Easter 1916", "DATE", "1916-04-23")],
        ),
        (
            "In 1916 the rebels rose at Easter.",
            [("1916", "DATE", "1916"), ("Easter", "DATE", "1916-04-23")],
        ),
    ],
)
def test_weekdays_placed_by_holidays(text: str, expected: list[Row]) -> None:
    """A weekday "after", "before" or "nearest" a holiday is one date with it; Easter where the
    story is at is that year's Easter."""
    assert _narrative(text) == expected


BANK_HOLIDAYS = (
    "The Bank Holidays Act was passed in 1871. In 1967 the Whitsun holiday was replaced by a "
    "holiday on the last Monday in May. It has fallen on the last Monday in May every year "
    "since 1971."
)


def test_a_calendars_rule_every_year_and_after_a_year() -> None:
    """ "the last Monday in May" after "In 1967" is that year's (29 May 1967); "on the last
    Monday in May every year" is one SET, each year's May (XXXX-05)."""
    assert _narrative(BANK_HOLIDAYS) == [
        ("1871", "DATE", "1871"),
        ("1967", "DATE", "1967"),
        ("Whitsun", "DATE", "1967-05-14"),
        ("the last Monday in May", "DATE", "1967-05-29"),
        ("the last Monday in May every year", "SET", "XXXX-05"),
        ("1971", "DATE", "1971"),
    ]


def test_the_first_monday_of_every_month_stays_a_monthly_set() -> None:
    """The look-alikes the rule above must keep: "the first Monday of every month" is the
    project's monthly set, P1M, and "Every year" opening the next sentence is the set of
    years, no part of the day before it."""
    assert _narrative("The council met on the first Monday of every month.") == [
        ("the first Monday of every month", "SET", "P1M"),
    ]
    text = "In 1967 the march was held on the last Monday in May. Every year the crowds grew."
    assert _narrative(text) == [
        ("1967", "DATE", "1967"),
        ("the last Monday in May", "DATE", "1967-05-29"),
        ("Every year", "SET", "P1Y"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine declared independence in 1991. Independence Day is celebrated on 24 August.",
            [
                ("1991", "DATE", "1991"),
                ("Independence Day", "DATE", "XXXX-08-24"),
                ("24 August", "DATE", "XXXX-08-24"),
            ],
        ),
        # look-alike: a clause that gives the day no date
        (
            "The islands were freed in 1945. Liberation Day is a public holiday.",
            [("1945", "DATE", "1945"), ("Liberation Day", "DATE", "XXXX-XX-XX")],
        ),
    ],
)
def test_a_national_day_takes_the_day_its_clause_gives(text: str, expected: list[Row]) -> None:
    """A national day kept by many countries on different days takes the day its own clause
    in the present gives it ("Independence Day is celebrated on 24 August": XXXX-08-24), as
    tests/test_noticed_gaps_38.py's "Liberation Day is marked on 9 May every year" does; with
    no such clause it keeps no day."""
    assert _narrative(text) == expected


# ---- 3. midnight on a day ----------------------------------------------------------------------

TOKYO = (
    "The tribunal sentenced seven defendants to death on 12 November 1948. Tojo and the others "
    "were hanged at Sugamo Prison shortly after midnight on 23 December 1948. Speer and Schirach "
    "were freed from Spandau at midnight on 30 September 1966."
)


def test_after_midnight_on_a_day_opens_the_day() -> None:
    """ "shortly after midnight on 23 December 1948" is the midnight that opens the 23rd
    (1948-12-23T00:00), as "one minute after midnight on 12 May 1949" is 00:01 of the 12th;
    "at midnight on 30 September 1966" keeps the project's reading, the end of the 30th."""
    assert _narrative(TOKYO) == [
        ("12 November 1948", "DATE", "1948-11-12"),
        ("midnight on 23 December 1948", "TIME", "1948-12-23T00:00"),
        ("midnight on 30 September 1966", "TIME", "1966-09-30T24:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The first bombs fell just after midnight on 7 September 1940.",
            [("midnight on 7 September 1940", "TIME", "1940-09-07T00:00")],
        ),
        pytest.param(
            "Soon after midnight on 10 May 1941 the fires spread.",
            [("midnight on 10 May 1941", "TIME", "1941-05-10T00:00")],
        ),
        # look-alikes: before and at midnight close the day, and so does a bare "after
        # midnight on" a day (review): a night that began on that day, as New Year's is
        (
            "Crowds stayed out after midnight on 31 December 1999.",
            [("midnight on 31 December 1999", "TIME", "1999-12-31T24:00")],
        ),
        (
            "The strike was called shortly before midnight on 3 May 1926.",
            [("midnight on 3 May 1926", "TIME", "1926-05-03T24:00")],
        ),
        (
            "Fighting went on until after midnight on 5 June 1944.",
            [("midnight on 5 June 1944", "TIME", "1944-06-05T24:00")],
        ),
        (
            "The ceasefire took effect at midnight on 27/28 July 1953.",
            [("midnight on 27/28 July 1953", "TIME", "1953-07-27T24:00")],
        ),
        (
            "The blockade was lifted at one minute after midnight on 12 May 1949.",
            [("one minute after midnight on 12 May 1949", "TIME", "1949-05-12T00:01")],
        ),
    ],
)
def test_midnight_on_a_day(text: str, expected: list[Row]) -> None:
    """ "just after" or "soon after midnight on" a day opens it; "before", "at" and a bare
    "after midnight on" a day close it (T24:00), and a night's two days keep the first's end."""
    assert _narrative(text) == expected


def test_after_midnight_on_a_weekday_or_a_notes_date_keeps_the_night() -> None:
    """The look-alikes the history's reading must keep: news tells "shortly after midnight on
    Tuesday" of Tuesday's night (tests/test_news_12.py pins a vote "shortly after midnight on
    Sunday" so), and a note's "NPO after midnight on 4/6" is the midnight before surgery on
    4/7: both the midnight that ends the day, T24:00."""
    text = "Police said the fire broke out shortly after midnight on Tuesday."
    assert mentions(text, genre="news", dct="2024-05-08") == [
        ("midnight on Tuesday", "TIME", "2024-05-07T24:00"),
    ]
    text = "To OR for grafting on 4/7; NPO after midnight on 4/6."
    assert mentions(text, genre="news", dct="2016-04-05") == [
        ("4/7", "DATE", "2016-04-07"),
        ("midnight on 4/6", "TIME", "2016-04-06T24:00"),
    ]


# ---- 4. a year heading under a chronology's heading word ---------------------------------------

ALFRED = (
    "Chronology\n\n"
    "871\n"
    "January: Battle of Reading; the Danes hold the town.\n"
    "May: Battle of Wilton; Alfred pays the Danes to leave Wessex.\n"
)


def test_a_year_heading_under_a_chronology_heading() -> None:
    """ "Chronology / (blank) / 871 / January: ...": the year heads the month entries below it
    (were XXXX-01 and XXXX-05, the 871 lost as a number under a label)."""
    assert _narrative(ALFRED) == [
        ("871", "DATE", "0871"),
        ("January", "DATE", "0871-01"),
        ("May", "DATE", "0871-05"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Timeline\n\n878\nMay: Battle of Edington.\n",
            [("878", "DATE", "0878"), ("May", "DATE", "0878-05")],
        ),
        pytest.param(
            "Events\n793\n8 June – Vikings raid Lindisfarne.\n",
            [("793", "DATE", "0793"), ("8 June", "DATE", "0793-06-08")],
        ),
        # look-alikes: a course's number under its column's name
        ("Results\n\n101\nJune - Final exam\n", [("June", "DATE", "XXXX-06")]),
        ("Results\n101\nJune – Final exam\n", [("June", "DATE", "XXXX-06")]),
        ("Rooms\n\n214\nMay: Closed for repairs.\n", [("May", "DATE", "XXXX-05")]),
        ("History\n\n101\nJune - Final exam\n", [("June", "DATE", "XXXX-06")]),
    ],
)
def test_year_headings_under_heading_words(text: str, expected: list[Row]) -> None:
    """A three-digit heading under "Timeline" or "Events" is a year; under "Results", "Rooms"
    or "History" (a course: "History 101") a number."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Norway Liberation Day is marked on 8 May.", "Liberation Day"),
        ("On Tuesday Victory Day is celebrated on 9 May.", "Victory Day"),
        ("National Unity Day is observed on 4 November.", "National Unity Day"),
    ],
)
def test_a_day_dated_by_its_clause_takes_no_word_before_its_name(text: str, name: str) -> None:
    """A place, a weekday or an article before a day's name is not part of it (review): "In
    Norway Liberation Day" names "Liberation Day", and "On Tuesday Victory Day" keeps its
    Tuesday apart; a name's own first word ("National Unity Day") stays with it."""
    found = [row[0] for row in _narrative(text)]
    assert name in found
    assert not any(other != name and other.endswith(name) for other in found)
    assert "The Day" not in [row[0] for row in _narrative("The Day is marked on 9 May every year.")]
