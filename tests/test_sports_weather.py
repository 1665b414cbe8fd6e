"""Held-out genres: sports reports and weather forecasts.

Each passage was written for these tests in the style of its desk (a wire game story, a
club's match report, a forecast discussion, a point forecast, an advisory), run as chrono is
scored: genre "news", the story's date as the document date (its weekday beside it). The
tables pin the (text, TIMEX3 type, value) TimeBank would give. A game has its own clock and
periods: "the third quarter" of a basketball game, "the second half" of a match, "the 90th
minute" are no part of the calendar, nor are scores ("112-104"), records ("12-3") or "Game
7". A forecast looks ahead: "Showers are likely Thursday" is the Thursday to come, and its
temperatures, wind speeds and odds ("highs in the low 60s", "winds of 20 to 30 mph", "a 40
percent chance") are no times. What chrono does not meet yet is marked ``xfail`` at the end.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _mentions(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- sports ---------------------------------------------------------------------------------


def test_a_playoff_game_story_keeps_scores_records_and_game_periods_off_the_calendar() -> None:
    """ "112-104", "12-3", "led 56-50 in the third quarter", "Game 7" are no dates; Sunday's game
    and Wednesday's Game 7 are days, "next month" a month."""
    text = (
        "BOSTON (AP) — Jayson Tatum scored 36 points, and the Celtics beat the Pacers 112-104 "
        "on Sunday to improve to 12-3 in the playoffs. Boston led 56-50 in the third quarter "
        "before pulling away. Game 7 is set for Wednesday night. Tatum, who turns 27 next "
        "month, has scored 30 or more in five straight games."
    )
    assert _mentions(text, "2024-05-20") == [  # a Monday
        ("Sunday", "DATE", "2024-05-19"),
        ("Wednesday night", "TIME", "2024-05-22TNI"),
        ("next month", "DATE", "2024-06"),
    ]


def test_a_match_report_keeps_minutes_halves_and_streaks_off_the_calendar() -> None:
    """ "the 90th minute", "stoppage time", "the second half" of a match and "a three-game winning
    streak" are no times; "since Thanksgiving" is the holiday, "the 2023-24 season" its two
    years (as tests/test_modern_news.py pins), "May 19" the last matchday."""
    text = (
        "Arsenal won 2-1 at Brentford on Saturday with a goal in the 90th minute. Bukayo Saka "
        "had scored in the second half, and Declan Rice added a chance in stoppage time. "
        "Arsenal, unbeaten since Thanksgiving, extended a three-game winning streak. The "
        "2023-24 season ends May 19."
    )
    assert _mentions(text, "2024-03-11") == [  # a Monday
        ("Saturday", "DATE", "2024-03-09"),
        ("Thanksgiving", "DATE", "2023-11-23"),
        ("2023", "DATE", "2023"),
        ("24", "DATE", "2024"),
        ("May 19", "DATE", "2024-05-19"),
    ]


def test_a_veteran_profile_counts_minutes_played_and_the_birthday_ahead() -> None:
    """ "turns 39 next month" is the month ahead; "35 minutes" played is a duration; "trailed by 12
    at halftime" is no time, "the 2003 draft" its year."""
    text = (
        "LeBron James, who turns 39 next month, played 35 minutes on Sunday night. The "
        "Lakers trailed by 12 at halftime. James, the first pick of the 2003 draft, has "
        "averaged 27 points. Their next game is Tuesday against the Bucks."
    )
    assert _mentions(text, "2023-11-20") == [  # a Monday
        ("next month", "DATE", "2023-12"),
        ("35 minutes", "DURATION", "PT35M"),
        ("Sunday night", "TIME", "2023-11-19TNI"),
        ("2003", "DATE", "2003"),
        ("Tuesday", "DATE", "2023-11-21"),
    ]


def test_hockey_periods_golf_rounds_and_innings_are_no_times() -> None:
    """ "after two periods", "in the third period", "the final round", "the seventh inning" and
    "a 6-under 65" are of the game; Saturday's Game 3 and "June 13" are days."""
    text = (
        "The Rangers trailed 3-1 after two periods, and Chris Kreider scored twice in the "
        "third period. The Panthers host Game 3 on Saturday. Scottie Scheffler shot a 6-under "
        "65 in the final round. Shohei Ohtani homered in the seventh inning. The U.S. Open "
        "begins June 13 at Pinehurst."
    )
    assert _mentions(text, "2024-05-20") == [  # a Monday
        ("Saturday", "DATE", "2024-05-25"),
        ("June 13", "DATE", "2024-06-13"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Boston led 56-50 in the third quarter.",
        "The Chiefs trailed 17-10 in the second half.",
        "Denver was up 88-80 in the fourth quarter and held on.",
        "Arsenal led 1-0 in the first half through Saka.",
        "The Celtics improved to 12-3 and will host Game 7.",
        "He went 2 for 4 in the ninth inning of a 5-4 win.",
        "a three-game winning streak and a 10-game road trip",
        "Saka scored in the 90th minute, and Rice in stoppage time.",
    ],
)
def test_game_periods_scores_and_records_yield_nothing(text: str) -> None:
    """A score or a record beside a period of the game keeps the period off the calendar."""
    assert _mentions(text, "2024-05-20") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Revenue rose 5% in the third quarter.", [("the third quarter", "DATE", "2024-Q3")]),
        (
            "The Senate voted 51-49 in the second half of the year.",
            [("the second half of the year", "DATE", "2024-H2")],
        ),
        (
            "Growth was led by cloud sales in the first half.",
            [("the first half", "DATE", "2024-H1")],
        ),
    ],
)
def test_calendar_quarters_and_halves_stay_dates_beside_business_numbers(
    text: str, found: list[Row]
) -> None:
    """Look-alikes of the game-period negative: a percentage, a vote "of the year", "led by" a
    product are of the calendar."""
    assert _mentions(text, "2024-12-10") == found


# ---- weather --------------------------------------------------------------------------------


def test_a_forecast_discussion_looks_ahead_from_its_present_tense() -> None:
    """ "Showers are likely Thursday", "The weekend looks dry", "storms are possible Friday
    afternoon" are ahead of the Tuesday of the forecast; a clock time alone ("after 2 p.m.") is
    of the day last named; highs, winds and odds are no times."""
    text = (
        "Showers are likely Thursday, mainly after 2 p.m. The weekend looks dry, with highs in "
        "the low 60s. Winds of 20 to 30 mph are expected, and there is a 40 percent chance of "
        "rain Friday. Thunderstorms are possible Friday afternoon."
    )
    assert _mentions(text, "2024-04-09") == [  # a Tuesday
        ("Thursday", "DATE", "2024-04-11"),
        ("2 p.m.", "TIME", "2024-04-11T14:00"),
        ("The weekend", "DATE", "2024-W15-WE"),
        ("Friday", "DATE", "2024-04-12"),
        ("Friday afternoon", "TIME", "2024-04-12TAF"),
    ]


def test_an_advisory_in_effect_runs_to_the_day_ahead() -> None:
    """ "in effect through Wednesday evening", "mid-morning Thursday" (one time, as "8 a.m.
    Friday" is), "expires at 9 a.m. Wednesday", "tonight"."""
    text = (
        "A winter storm watch remains in effect through Wednesday evening. Snow totals of 6 "
        "to 10 inches are possible. Skies will clear by mid-morning Thursday. The frost "
        "advisory expires at 9 a.m. Wednesday. Expect a high of 28 degrees today and a low of "
        "12 tonight."
    )
    assert _mentions(text, "2024-01-15") == [  # a Monday
        ("Wednesday evening", "TIME", "2024-01-17TEV"),
        ("mid-morning Thursday", "TIME", "2024-01-18TMO"),
        ("9 a.m. Wednesday", "TIME", "2024-01-17T09:00"),
        ("today", "DATE", "2024-01-15"),
        ("tonight", "TIME", "2024-01-15TNI"),
    ]


def test_a_telegraphic_forecast_names_the_days_ahead() -> None:
    """A forecast without verbs ("Sunny and warmer Saturday", "Partly cloudy Sunday") speaks of
    the days to come."""
    text = (
        "Tonight, lows near 45. Sunny and warmer Saturday, with highs in the upper 70s. "
        "Partly cloudy Sunday, with lows in the mid-40s."
    )
    assert _mentions(text, "2024-04-09") == [  # a Tuesday
        ("Tonight", "TIME", "2024-04-09TNI"),
        ("Saturday", "DATE", "2024-04-13"),
        ("Sunday", "DATE", "2024-04-14"),
    ]


def test_a_heat_wave_forecast_holidays_and_weeks() -> None:
    """ "through the Fourth of July", "each afternoon this week", "early next week", "the
    warmest June on record" (last month); a heat index is no time."""
    text = (
        "The heat wave will continue through the Fourth of July, with heat index values near "
        "105. Scattered storms are possible each afternoon this week. Relief arrives early "
        "next week. Rainfall this month is 1.2 inches below normal; last month was the "
        "warmest June on record."
    )
    assert _mentions(text, "2024-07-02") == [  # a Tuesday
        ("the Fourth of July", "DATE", "2024-07-04"),
        ("each afternoon", "SET", "XXXX-XX-XXTAF"),
        ("this week", "DATE", "2024-W27"),
        ("early next week", "DATE", "2024-W28"),
        ("this month", "DATE", "2024-07"),
        ("last month", "DATE", "2024-06"),
        ("June", "DATE", "2024-06"),  # the month told as a record (date.month_record)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Expect highs in the low 60s and lows in the upper 30s.",
        "Winds of 20 to 30 mph, with gusts to 45 mph.",
        "There is a 40 percent chance of rain.",
        "Snow totals of 6 to 10 inches are possible.",
        "The heat index will top 105 degrees.",
        "Visibility dropped to a quarter-mile in fog.",
        "A Category 4 hurricane with 140 mph winds.",
    ],
)
def test_forecast_numbers_yield_nothing(text: str) -> None:
    """Temperatures, wind speeds, odds, totals and categories are no times."""
    assert _mentions(text, "2024-04-09") == []


@pytest.mark.parametrize(
    ("text", "dct", "found"),
    [
        # The range's first clock time is of the day named after the second.
        pytest.param(
            "A wind advisory is in effect from 2 a.m. to 8 a.m. Friday.",
            "2024-04-09",
            [
                ("2 a.m.", "TIME", "2024-04-12T02:00"),
                ("8 a.m. Friday", "TIME", "2024-04-12T08:00"),
            ],
            id="clock-range-before-its-day",
        ),
    ],
)
def test_a_clock_range_takes_the_day_named_after_it(text: str, dct: str, found: list[Row]) -> None:
    """ "from 2 a.m. to 8 a.m. Friday": both ends on that Friday."""
    assert _mentions(text, dct) == found
