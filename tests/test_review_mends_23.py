"""Review mends of session 22: what a reviewer found in the merged rounds.

Each finding of the reviewer of perf28, fixes58, fixes59, fixes61, perf27 and clean62 is pinned
by the reviewer's sentence and one more worded otherwise, beside the look-alikes the merged
rounds decided and that must keep their value (TimeML conventions, as TimeBank annotates them;
news anchored to the document date):
- a range of four-digit figures after a weekday is a span of years ("ran every Sunday
  2003-2011": 2003, 2011), unless a clock's word, a comparison or what keeps hours says they
  are hours ("Open Saturday 1500-1700", "Practice on Thursday 1800-1930": the day only);
- a dateline's day, the day of writing, before "Independence Day" is no other country's day
  ("July 5 — Independence Day fireworks injured 12", written on 5 July: the Fourth), while a
  lead's day ahead some country keeps it on still is ("5 July — Independence Day celebrations
  will fill Algiers", written on 1 July: 5 July);
- bare "forecast" and "bet on" are also their past, no cue ahead ("Traders bet on a cut at
  Thursday's meeting, but the bank held rates": the Thursday behind), while "forecasts",
  "bets on", "will forecast" and "predict" are ("A trader bets on a cut at Thursday's meeting");
- "leaves" is a departure before "for", or before "on" after its subject ("She leaves on
  Monday", "Smith leaves on Friday"), not the foliage ("Wet leaves on Monday caused delays");
- a weekend of a run ("in its first weekend") after a day its sentence named is counted from
  that day ("which opened on 2 August": 2024-W31-WE), after a month undated ("Released in
  December 1997": XXXX-WXX-WE); box-office copy with no date keeps the weekend just gone;
- a weekday's "clash" is a game ahead only with a sports word near ("Saturday's cup clash",
  "Sunday's clash at the stadium"), not a fight ("Twelve dead in Sunday's clash near the
  border": the Sunday behind);
- a title's name before a possessive is no title ("Hackers Exploit Wednesday's Patch Within
  Hours": the Wednesday behind), while "Exploit Wednesday follows Patch Tuesday" dates nothing.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _news(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- 1. years after a weekday stay years -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The column ran every Sunday 2003-2011 before moving online.",
            "2024-03-13",
            [
                ("every Sunday", "SET", "XXXX-WXX-7"),
                ("2003", "DATE", "2003"),
                ("2011", "DATE", "2011"),
            ],
            id="reviewer_column_sundays",
        ),
        pytest.param(
            "The show aired each Saturday 1998-2004 on BBC Two.",
            "2024-03-13",
            [
                ("each Saturday", "SET", "XXXX-WXX-6"),
                ("1998", "DATE", "1998"),
                ("2004", "DATE", "2004"),
            ],
            id="show_saturdays",
        ),
        # look-alikes: hours after a weekday, where the text says they are hours (read as the
        # coming day's clock times by time.weekday_hours_24h, tests/test_noticed_gaps_63.py)
        pytest.param(
            "Open Saturday 1500-1700 for viewings.",
            "2024-03-13",
            [
                ("Saturday", "DATE", "2024-03-16"),
                ("1500", "TIME", "2024-03-16T15:00"),
                ("1700", "TIME", "2024-03-16T17:00"),
            ],
            id="open_hours",
        ),
        pytest.param(
            "Viewings Saturday 1000-1200 at the hall.",
            "2024-03-13",
            [
                ("Saturday", "DATE", "2024-03-16"),
                ("1000", "TIME", "2024-03-16T10:00"),
                ("1200", "TIME", "2024-03-16T12:00"),
            ],
            id="viewing_hours",
        ),
        pytest.param(
            "Sales on Saturday 1500-1700, down from a year ago.",
            "2024-03-13",
            [("Saturday", "DATE", "2024-03-09"), ("a year ago", "DATE", "2023")],
            id="compared_figures",
        ),
    ],
)
def test_years_after_a_weekday(text: str, dct: str, expected: list[Row]) -> None:
    """A range after a weekday is years unless it is two clock times, counts or a comparison."""
    assert _news(text, dct) == expected


# ---- 2. a dateline before Independence Day is the day of writing ------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "July 5 — Independence Day fireworks injured 12 people in Ohio, officials said.",
            "2024-07-05",
            [("July 5", "DATE", "2024-07-05"), ("Independence Day", "DATE", "2024-07-04")],
            id="reviewer_fireworks_in_ohio",
        ),
        pytest.param(
            "July 5: Independence Day crowds left tons of litter on the National Mall, park"
            " officials said.",
            "2024-07-05",
            [("July 5", "DATE", "2024-07-05"), ("Independence Day", "DATE", "2024-07-04")],
            id="litter_on_the_mall",
        ),
        # look-alike: a lead's day ahead, a day Algeria keeps it on
        pytest.param(
            "5 July — Independence Day celebrations will fill Algiers with flags.",
            "2024-07-01",
            [("5 July", "DATE", "2024-07-05"), ("Independence Day", "DATE", "2024-07-05")],
            id="algeria_ahead",
        ),
    ],
)
def test_a_dateline_before_independence_day(text: str, dct: str, expected: list[Row]) -> None:
    """The document's day heading a lead is the dateline, not another country's holiday."""
    assert _news(text, dct) == expected


# ---- 3. bare "forecast" and "bet on" are also past ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Traders bet on a cut at Thursday's meeting, but the bank held rates.",
            "2024-03-15",
            [("Thursday", "DATE", "2024-03-14")],
            id="reviewer_traders_bet",
        ),
        pytest.param(
            "Economists forecast a rise in Friday's jobs report, which showed 300,000 new jobs.",
            "2024-03-11",
            [("Friday", "DATE", "2024-03-08")],
            id="reviewer_economists_forecast",
        ),
        pytest.param(
            "Analysts forecast a drop in Tuesday's sales figures, which came in flat.",
            "2024-03-14",
            [("Tuesday", "DATE", "2024-03-12")],
            id="analysts_forecast_a_drop",
        ),
        # look-alikes: the present in -s, a modal, "predict" still look ahead
        pytest.param(
            "A trader bets on a cut at Thursday's meeting.",
            "2024-03-11",
            [("Thursday", "DATE", "2024-03-14")],
            id="a_trader_bets",
        ),
        pytest.param(
            "Economists will forecast a rise in Friday's report.",
            "2024-03-11",
            [("Friday", "DATE", "2024-03-15")],
            id="will_forecast",
        ),
        pytest.param(
            "Polls predict a win in Thursday's poll.",
            "2024-03-11",
            [("Thursday", "DATE", "2024-03-14")],
            id="polls_predict",
        ),
    ],
)
def test_bare_forecast_and_bet_are_no_cue(text: str, dct: str, expected: list[Row]) -> None:
    """Bare "forecast"/"bet on" name no event ahead; "forecasts", "bets on", "will forecast" do."""
    assert _news(text, dct) == expected


# ---- 4. "leaves" after its subject ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Wet leaves on Monday caused delays across the network.",
            "2024-03-13",
            [("Monday", "DATE", "2024-03-11")],
            id="reviewer_wet_leaves",
        ),
        pytest.param(
            "Fallen leaves on Tuesday blocked drains in the town.",
            "2024-03-13",
            [("Tuesday", "DATE", "2024-03-12")],
            id="fallen_leaves",
        ),
        # look-alikes: a departure after its subject, or before "for"
        pytest.param(
            "She leaves on Monday for Paris.",
            "2024-03-13",
            [("Monday", "DATE", "2024-03-18")],
            id="she_leaves",
        ),
        pytest.param(
            "The minister said Smith leaves on Friday.",
            "2024-03-13",
            [("Friday", "DATE", "2024-03-15")],
            id="smith_leaves",
        ),
        pytest.param(
            "The delegation leaves for Geneva on Sunday.",
            "2024-03-13",
            [("Sunday", "DATE", "2024-03-17")],
            id="delegation_leaves_for",
        ),
    ],
)
def test_leaves_after_its_subject(text: str, dct: str, expected: list[Row]) -> None:
    """A departure: "leaves" before "for" or after its subject; not the foliage."""
    assert _news(text, dct) == expected


# ---- 5. a run's weekend counted from the date before it ----------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Released in December 1997, Titanic held the top spot in its second weekend.",
            "2024-03-11",
            [("December 1997", "DATE", "1997-12"), ("second weekend", "DATE", "XXXX-WXX-WE")],
            id="reviewer_titanic",
        ),
        pytest.param(
            "The festival, which opened on 2 August, drew 40,000 people in its first weekend.",
            "2024-09-02",
            [("2 August", "DATE", "2024-08-02"), ("first weekend", "DATE", "2024-W31-WE")],
            id="reviewer_festival",
        ),
        pytest.param(
            "The play, which opened on 5 March, sold out in its second weekend.",
            "2024-04-02",
            [("5 March", "DATE", "2024-03-05"), ("second weekend", "DATE", "2024-W11-WE")],
            id="play_second_weekend",
        ),
        # look-alike: box-office copy with no date, the weekend just gone
        pytest.param(
            "The sequel fell to second place in its second weekend.",
            "2023-09-11",
            [("second weekend", "DATE", "2023-W36-WE")],
            id="box_office_copy",
        ),
    ],
)
def test_a_runs_weekend_after_a_date(text: str, dct: str, expected: list[Row]) -> None:
    """A run's weekend counts from the day its sentence named; after a month, it is undated."""
    assert _news(text, dct) == expected


# ---- 6. a clash is a game only with a sports word near -----------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Twelve dead in Sunday's clash near the border.",
            "2024-03-11",
            [("Sunday", "DATE", "2024-03-10")],
            id="reviewer_clash_near_the_border",
        ),
        pytest.param(
            "Protesters were hurt in Tuesday's clash with riot police.",
            "2024-03-11",
            [("Tuesday", "DATE", "2024-03-05")],
            id="clash_with_riot_police",
        ),
        # look-alikes: a game, with a sports word near
        pytest.param(
            "Fans are queuing for Saturday's cup clash.",
            "2024-03-11",
            [("Saturday", "DATE", "2024-03-16")],
            id="cup_clash",
        ),
        pytest.param(
            "Tickets remain for Sunday's clash at the stadium.",
            "2024-03-11",
            [("Sunday", "DATE", "2024-03-17")],
            id="clash_at_the_stadium",
        ),
    ],
)
def test_a_clash_is_a_game_with_a_sports_word(text: str, dct: str, expected: list[Row]) -> None:
    """A weekday's "clash" looks ahead only with a sports word near; a fight is behind."""
    assert _news(text, dct) == expected


# ---- 7. no title name before a possessive -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Hackers Exploit Wednesday's Patch Within Hours",
            "2024-03-15",
            [("Wednesday", "DATE", "2024-03-13"), ("Hours", "DURATION", "PTXH")],
            id="reviewer_hackers_exploit",
        ),
        pytest.param(
            "Criminals Exploit Wednesday's Flaw Disclosure",
            "2024-03-15",
            [("Wednesday", "DATE", "2024-03-13")],
            id="criminals_exploit",
        ),
        # look-alike: the event's name, no possessive
        pytest.param("Exploit Wednesday follows Patch Tuesday.", "2024-03-15", [], id="the_event"),
    ],
)
def test_no_title_name_before_a_possessive(text: str, dct: str, expected: list[Row]) -> None:
    """A title's name followed by "'s" is the weekday's possessive, not the title."""
    assert _news(text, dct) == expected
