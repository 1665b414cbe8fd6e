"""Gaps noticed in session 21, fifty-seventh list: holidays, nights and winters.

News read from its document date (genre news) and histories read as narratives with no document
date (as tests/test_noticed_gaps_51.py and tests/test_noticed_gaps_52.py read them):
- the weekday a holiday "is on", "will be on" or "falls on" is the holiday's own day, when it
  is that day's weekday ("Christmas is on Wednesday this year", told on 11 December 2024:
  2024-12-25, was the document's day); not a weekday something else the holiday names is on
  ("Christmas shopping began on Wednesday"), nor one the holiday's day is not ("Christmas is on
  Monday": the Monday ahead); "falls on a Sunday" is the holiday's day too when it is a Sunday,
  and a year after it dates the holiday ("Christmas Day falls on a Sunday in 2022": both
  2022-12-25, lifted in tests/test_noticed_gaps_59.py), else any Sunday (date.weekday_indefinite);
- a national holiday (one whose day no country is named for: Victory Day, Liberation Day) right
  after its day, in a lead ("9 May: Victory Day parade is held in Moscow") or in apposition
  ("On 9 May, Victory Day,"), is that day (2024-05-09, was 2024-XX-XX); a holiday with a day of
  its own keeps it ("20 April: Christmas sales were weak");
- a night in past news that nothing else dates stays the night of the document's day
  ("Protesters spent the night in the square": 2023-09-12TNI), as the TE3 silver corpus tags
  "the night" and "night" in such reports (XIN_ENG_20051124.0292, XIN_ENG_20051119.0061: the
  DCT's day with TNI); TimeBank's one "overnight" (wsj_0586) is anchored to another time, not
  to the day before the DCT, so nothing supports moving the night back;
- an nth weekday of a month written out in no year is a day of that month, all TIMEX3 can say of
  it ("The second Sunday of November is kept as Remembrance Sunday": XXXX-11, was XXXX-XX-XX);
  a holiday's name keeps XXXX-XX-XX, its month being its country's ("Thanksgiving": November
  in the US, October in Canada, as tests/test_war_histories_23.py's "Thanksgiving falls on
  Oct. 9" and tests/test_noticed_gaps_29.py's "Mother's Day" pin it), and so do Easter and
  Black Friday ("Remembrance Sunday", November wherever it is kept, is XXXX-11 since session
  22: tests/test_noticed_gaps_60.py);
- "the winters of" a split year names one winter only when the years are consecutive ("the
  winters of 1941–42": 1941-WI, kept); "the winters of 1941–43" are two, and chrono gives the
  years' span (1941, 1943), not the first winter alone (was 1941-WI).
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _news(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


def _narrative(text: str) -> list[Row]:
    return mentions(text, genre="narrative")


# ---- 1. the weekday a holiday falls on -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "LONDON (Reuters) — Christmas is on Wednesday this year, so many offices will close "
            "for the whole week.",
            "2024-12-11",
            [
                ("Christmas", "DATE", "2024-12-25"),
                ("Wednesday", "DATE", "2024-12-25"),
                ("this year", "DATE", "2024"),
            ],
            id="christmas_is_on_wednesday",
        ),
        pytest.param(
            "NEW YORK (AP) — Thanksgiving falls on Thursday, and stores will open at dawn on "
            "Friday.",
            "2024-11-20",
            [
                ("Thanksgiving", "DATE", "2024-11-28"),
                ("Thursday", "DATE", "2024-11-28"),
                ("Friday", "DATE", "2024-11-22"),
            ],
            id="thanksgiving_falls_on_thursday",
        ),
        pytest.param(
            "ROME (Reuters) — Easter will be on Sunday, the Vatican said, and pilgrims are "
            "arriving.",
            "2024-03-27",
            [("Easter", "DATE", "2024-03-31"), ("Sunday", "DATE", "2024-03-31")],
            id="easter_will_be_on_sunday",
        ),
        # look-alikes: a weekday of something else, a weekday the holiday is not on
        pytest.param(
            "LONDON (Reuters) — Christmas shopping began on Wednesday, retailers said.",
            "2024-12-11",
            [("Christmas", "DATE", "2024-12-25"), ("Wednesday", "DATE", "2024-12-11")],
            id="christmas_shopping_began_on_wednesday",
        ),
        pytest.param(
            "LONDON (Reuters) — Christmas is on Monday, the mayor said on Tuesday.",
            "2024-12-11",
            [
                ("Christmas", "DATE", "2024-12-25"),
                ("Monday", "DATE", "2024-12-16"),
                ("Tuesday", "DATE", "2024-12-10"),
            ],
            id="not_the_holidays_weekday",
        ),
    ],
)
def test_the_weekday_a_holiday_falls_on_is_its_day(
    text: str, dct: str, expected: list[Row]
) -> None:
    """A weekday a holiday "is on" or "falls on" is the holiday's day when the weekdays agree;
    "Christmas shopping began on Wednesday" keeps the document's Wednesday."""
    assert _news(text, dct) == expected


def test_a_holiday_falls_on_a_weekday_in_a_year() -> None:
    """ "Christmas Day falls on a Sunday in 2022": both are 25 December 2022."""
    assert _news("LONDON (Reuters) — Christmas Day falls on a Sunday in 2022.", "2024-12-11") == [
        ("Christmas Day", "DATE", "2022-12-25"),
        ("Sunday", "DATE", "2022-12-25"),
        ("2022", "DATE", "2022"),
    ]


# ---- 2. a national holiday right after its day ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "9 May: Victory Day parade is held in Moscow.",
            [("9 May", "DATE", "2024-05-09"), ("Victory Day", "DATE", "2024-05-09")],
            id="lead_with_a_colon",
        ),
        pytest.param(
            "MOSCOW (Reuters) — On 9 May, Victory Day, veterans will march across Red Square.",
            [("9 May", "DATE", "2024-05-09"), ("Victory Day", "DATE", "2024-05-09")],
            id="in_apposition",
        ),
        pytest.param(
            "5 May — Liberation Day concerts fill Dutch squares.",
            [("5 May", "DATE", "2024-05-05"), ("Liberation Day", "DATE", "2024-05-05")],
            id="lead_with_a_dash",
        ),
        # look-alike: a holiday with a day of its own keeps it
        pytest.param(
            "20 April: Christmas sales were weak, the retailer said.",
            [("20 April", "DATE", "2024-04-20"), ("Christmas", "DATE", "2023-12-25")],
            id="christmas_keeps_its_day",
        ),
    ],
)
def test_a_national_holiday_after_its_day_is_that_day(text: str, expected: list[Row]) -> None:
    """Victory Day or Liberation Day after ": ", ", " or " — " and a day is that day; Christmas
    after a day in a lead keeps 25 December."""
    assert _news(text, "2024-04-20") == expected


# ---- 3. a night in past news ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Protesters spent the night in the square.",
            [("the night", "TIME", "2023-09-12TNI")],
            id="spent_the_night",
        ),
        pytest.param(
            "Rain fell overnight and flooded the roads.",
            [("overnight", "TIME", "2023-09-12TNI")],
            id="overnight",
        ),
    ],
)
def test_a_night_in_past_news_stays_the_documents_day(text: str, expected: list[Row]) -> None:
    """A night nothing else dates is the night of the document's day, as TE3 silver tags it."""
    assert _news(text, "2023-09-12") == expected


# ---- 4. days of a month by rule, winters ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The second Sunday of November is kept as Remembrance Sunday.",
            [
                ("The second Sunday of November", "DATE", "XXXX-11"),
                ("Remembrance Sunday", "DATE", "XXXX-11"),
            ],
            id="remembrance_sunday",
        ),
        pytest.param(
            "In the village the third Monday of January was a holiday.",
            [("the third Monday of January", "DATE", "XXXX-01")],
            id="third_monday_of_january",
        ),
        # look-alikes: a holiday's name, whose month is its country's (Thanksgiving: November
        # in the US, October in Canada), and days counted from Easter stay of no month
        pytest.param(
            "Thanksgiving was a family feast.",
            [("Thanksgiving", "DATE", "XXXX-XX-XX")],
            id="thanksgiving",
        ),
        pytest.param(
            "Easter was a moveable feast.", [("Easter", "DATE", "XXXX-XX-XX")], id="easter"
        ),
        pytest.param(
            "Black Friday was a shopping day.",
            [("Black Friday", "DATE", "XXXX-XX-XX")],
            id="black_friday",
        ),
    ],
)
def test_an_nth_weekday_of_a_month_in_no_year_is_of_that_month(
    text: str, expected: list[Row]
) -> None:
    """ "the second Sunday of November" with no year is XXXX-11, and so is "Remembrance Sunday"
    (tests/test_noticed_gaps_60.py); "Thanksgiving" and Easter stay XXXX-XX-XX."""
    assert _narrative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The division fought through the winters of 1941–43.",
            [("1941", "DATE", "1941"), ("43", "DATE", "1943")],
            id="two_winters_not_one",
        ),
        pytest.param(
            "The division fought through the winters of 1941–42.",
            [("the winters of 1941–42", "DATE", "1941-WI")],
            id="one_split_winter_kept",
        ),
        pytest.param(
            "Famine struck in the winters of 1919/20.",
            [("the winters of 1919/20", "DATE", "1919-WI")],
            id="split_by_a_slash_across_a_decade",
        ),
    ],
)
def test_the_winters_of_a_split_year_are_one_winter(text: str, expected: list[Row]) -> None:
    """ "the winters of 1941–42" is 1941-WI; "the winters of 1941–43" is no one winter."""
    assert _narrative(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="'the winters of 1941–43' as the two winters it names (chrono gives the years)",
)
def test_the_winters_of_a_span_of_years_are_each_a_winter() -> None:
    """ "the winters of 1941–43" are 1941-WI and 1942-WI."""
    assert _narrative("The division fought through the winters of 1941–43.") == [
        ("the winters of 1941", "DATE", "1941-WI"),
        ("43", "DATE", "1942-WI"),
    ]


def test_a_season_with_its_year_in_apposition() -> None:
    """ "The winter, in 1942, was hard.": the winter of 1942 (since session 22:
    tests/test_noticed_gaps_60.py)."""
    assert _narrative("The winter, in 1942, was hard.") == [
        ("The winter", "DATE", "1942-WI"),
        ("1942", "DATE", "1942"),
    ]
