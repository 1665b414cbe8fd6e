"""Gaps earlier rounds noticed, eighteenth list: a review of session 12's rules on real text.

Every mention that changed between the session's start and its end over te3-silver (news),
tbaq (news) and tbaq (narrative) was judged by TimeML: 2 changes, 2 right ("in a single day"
P1D, "for a single month" P1M), 0 wrong, 0 unclear. The session's broad rules were then
spot-checked on look-alike sentences of news and narrative; what misfired is pinned here, each
with the sentence the rule was written for, which keeps its reading: a season's coming before a
noun it modifies ("the arrival of spring lambs"), a spelled score read as the day of the
attacks ("The score was nine-eleven"), a ship's watch of something else ("the first watch of
the season"), a market level before the next day read as a clock time ("The index stood at
1200 the next day"), and a scheduled "fire drill" or "crash course" read as a reported event.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

DCT = "2023-09-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "With the coming of spring the armies moved again.",
            [("the coming of spring", "DATE", "2023-SP")],
            id="the_coming_of_spring",
        ),
        pytest.param(
            "With the advent of summer, tourists returned to the coast.",
            [("the advent of summer", "DATE", "2023-SU")],
            id="the_advent_of_summer",
        ),
        pytest.param(
            "The arrival of spring lambs lifted prices at the market.", [], id="spring_lambs"
        ),
        pytest.param(
            "The coming of winter storms forced the closure of the pass.",
            [],
            id="winter_storms",
        ),
        pytest.param("The arrival of summer interns doubled the staff.", [], id="summer_interns"),
    ],
)
def test_a_seasons_coming_is_no_season_before_a_noun_it_modifies(
    text: str, expected: list[Row]
) -> None:
    """ "The coming of spring" is the spring's start; "the arrival of spring lambs" is the
    lambs' arrival, the season a modifier of the noun after it (session 12 made the first a
    season, and the second with it)."""
    assert mentions(text, dct=DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Airport security has tightened since nine-eleven.",
            [("nine-eleven", "DATE", "2001-09-11")],
            id="since_nine_eleven",
        ),
        pytest.param("The score was nine-eleven at the half.", [], id="the_score_was"),
        pytest.param("They lost nine-eleven in the final set.", [], id="lost_by_a_score"),
        pytest.param("He scored nine/eleven on the quiz.", [], id="scored_on_a_quiz"),
    ],
)
def test_a_spelled_score_is_not_the_day_of_the_attacks(text: str, expected: list[Row]) -> None:
    """A transcript's "since nine-eleven" is 2001-09-11; a score said aloud after "was",
    "lost", "scored" and the like is nine to eleven, no date."""
    assert mentions(text, dct=DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On 10 May 1941 the convoy sailed. During the first watch a U-boat was sighted.",
            [("10 May 1941", "DATE", "1941-05-10"), ("the first watch", "TIME", "1941-05-10TNI")],
            id="a_ships_first_watch",
        ),
        pytest.param(
            "On 10 May 1941 the convoy sailed. In the first watch of the voyage, the crew "
            "was seasick.",
            [("10 May 1941", "DATE", "1941-05-10")],
            id="the_first_watch_of_something",
        ),
        pytest.param(
            "On 10 May 1941 the convoy sailed. During the middle watch of the debate, "
            "viewers tuned out.",
            [("10 May 1941", "DATE", "1941-05-10")],
            id="the_middle_watch_of_a_debate",
        ),
        pytest.param(
            "On 10 May 1941 the convoy sailed. The signal was pinned up in the first watch room.",
            [("10 May 1941", "DATE", "1941-05-10")],
            id="a_watch_room",
        ),
    ],
)
def test_a_watch_of_something_else_is_no_part_of_the_day(text: str, expected: list[Row]) -> None:
    """A ship's "first watch" is the night's; "the first watch of the voyage", "the middle
    watch of the debate" and a "watch room" are no parts of a day."""
    assert mentions(text, genre="narrative") == expected


def test_four_digits_before_the_next_morning_are_a_clock_time() -> None:
    """The rule the review kept: "at 0847 the following morning" is a clock time of the next
    day."""
    assert mentions("Rodney opened fire at 0847 the following morning.", dct=DCT) == [
        ("0847 the following morning", "TIME", "2023-09-13T08:47")
    ]


LEVELS = [
    "The index stood at 1200 the next day.",
    "The Dow closed at 1020 the next day.",
    "Shares traded at 1530 the following day.",
]


@pytest.mark.parametrize("text", LEVELS)
def test_a_level_before_the_next_day_is_no_clock_time(text: str) -> None:
    """Four digits after a verb of a level, "stood at", "closed at", "traded at", are no clock
    time of the next day (session 12 made "1200 the next day" 12:00 of the 13th), as the bare
    clock rules already keep them out."""
    assert [row for row in mentions(text, dct=DCT) if row[1] == "TIME"] == []


@pytest.mark.parametrize("text", LEVELS)
def test_a_level_before_the_next_day_is_no_year(text: str) -> None:
    """The index's 1200 is a level, no year: only the next day is a mention."""
    assert [row[1:] for row in mentions(text, dct=DCT)] == [("DATE", "2023-09-13")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Friday's quake is expected to cost billions.",
            [("Friday", "DATE", "2023-09-08")],
            id="a_quake_is_reported",
        ),
        pytest.param(
            "Friday's fire drill will start at the school.",
            [("Friday", "DATE", "2023-09-15")],
            id="a_fire_drill_is_scheduled",
        ),
        pytest.param(
            "Sunday's crash course in economics will be held at the library.",
            [("Sunday", "DATE", "2023-09-17")],
            id="a_crash_course_is_scheduled",
        ),
        pytest.param(
            "Thursday's attack ads will air in three states.",
            [("Thursday", "DATE", "2023-09-14")],
            id="attack_ads_are_scheduled",
        ),
    ],
)
def test_an_event_word_in_a_compound_is_no_reported_event(text: str, expected: list[Row]) -> None:
    """A weekday's quake is reported, behind whatever the tense; a "fire drill", a "crash
    course" or "attack ads" are planned, and the weekday's future tense puts them ahead (on
    Tuesday 2023-09-12)."""
    assert mentions(text, dct=DCT) == expected


@pytest.mark.xfail(
    strict=True,
    reason="date.after_operation's sentence-opening branch counts from a delivery or a birth "
    "the text never dated, falling back to the document date in news; TimeBank tags the count "
    "as a duration there, as it does 'two days after the attack'",
)
def test_days_after_an_undated_delivery_are_a_length() -> None:
    """A news story's "Two days after delivery" counts from no dated delivery."""
    assert mentions("Two days after delivery, the ship sailed for Norfolk.", dct=DCT) == [
        ("Two days", "DURATION", "P2D")
    ]
