"""Gaps noticed in session 24, seventy-first list: this session's leftovers.

Histories in the style of English Wikipedia are read as narratives with no document date;
news with its date as the document date (its weekday checked with ``datetime``), rows as
TimeBank annotates them:
- a story's day counted with a compound ordinal word counts from the story's start, as "the
  twenty-third day" did: after "The siege began on 6 April 1453.", "the fifty-third day of the
  siege" is 1453-05-28 (was "third day", 1453-04-08), "the fortieth day" 1453-05-15, "the
  hundredth day" 1453-07-14; "the fifty-third parallel" dates nothing;
- "long" and "later" before a participle say how long or from when a day was remembered or
  named: "It was a day long remembered in the city" has no length (was "a day long" P1D), "It
  was a day later known as the Day of Ashes" no date (was "a day later"); "a day long vigil",
  "A day-long strike" stay P1D and "A day later, the troops left" a date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions, news


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


def _story(text: str) -> list[Row]:
    return mentions(text, dct=None, genre="narrative")


# ---- 1. compound ordinal words count a story's days ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The siege began on 6 April 1453. On the fifty-third day of the siege the walls fell.",
            [("6 April 1453", "DATE", "1453-04-06"), ("the fifty-third day", "DATE", "1453-05-28")],
            id="the_fifty_third_day_of_the_siege",
        ),
        pytest.param(
            "The siege began on 6 April 1453. By the fortieth day of the siege food ran short.",
            [("6 April 1453", "DATE", "1453-04-06"), ("the fortieth day", "DATE", "1453-05-15")],
            id="by_the_fortieth_day_of_the_siege",
        ),
        pytest.param(
            "The siege began on 6 April 1453. On the hundredth day of the siege the city fell.",
            [("6 April 1453", "DATE", "1453-04-06"), ("the hundredth day", "DATE", "1453-07-14")],
            id="the_hundredth_day_of_the_siege",
        ),
        pytest.param(
            "The strike began on 3 March 2021. The forty-fifth day of the strike brought talks.",
            [("3 March 2021", "DATE", "2021-03-03"), ("The forty-fifth day", "DATE", "2021-04-16")],
            id="the_forty_fifth_day_of_the_strike",
        ),
        # look-alikes: a parallel's number, a day the month's ordinals already counted
        pytest.param(
            "The siege began on 6 April 1453. The fleet sailed along the fifty-third parallel.",
            [("6 April 1453", "DATE", "1453-04-06")],
            id="the_fifty_third_parallel",
        ),
        pytest.param(
            "The siege began on 6 April 1453. On the twenty-third day of the siege a ship came.",
            [
                ("6 April 1453", "DATE", "1453-04-06"),
                ("the twenty-third day", "DATE", "1453-04-28"),
            ],
            id="the_twenty_third_day_as_before",
        ),
    ],
)
def test_compound_ordinal_words_count_a_storys_days(text: str, expected: list[Row]) -> None:
    """ "The fifty-third day of the siege" counts 53 days from the story's start."""
    assert _story(text) == expected


# ---- 2. "a day long remembered", "a day later known as" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The riot broke out on 13 January 1939. It was a day long remembered in the city.",
            [("13 January 1939", "DATE", "1939-01-13")],
            id="a_day_long_remembered",
        ),
        pytest.param(
            "The riot broke out on 13 January 1939. It was a day later known as the Day of Ashes.",
            [("13 January 1939", "DATE", "1939-01-13")],
            id="a_day_later_known_as",
        ),
        pytest.param(
            "The flood came on 4 March 1881. It was a night long dreaded in the valley.",
            [("4 March 1881", "DATE", "1881-03-04")],
            id="a_night_long_dreaded",
        ),
        # look-alikes: a length before its noun, "a day later" that dates a clause
        pytest.param(
            "The flood came on 4 March 1881. It held a day long vigil. A day-long strike followed.",
            [
                ("4 March 1881", "DATE", "1881-03-04"),
                ("a day long", "DURATION", "P1D"),
                ("A day-long", "DURATION", "P1D"),
            ],
            id="a_day_long_vigil",
        ),
        pytest.param(
            "The flood came on 4 March 1881. A day later, the troops left.",
            [("4 March 1881", "DATE", "1881-03-04"), ("A day later", "DATE", "1881-03-05")],
            id="a_day_later_comma",
        ),
    ],
)
def test_long_or_later_before_a_participle_is_no_mention(text: str, expected: list[Row]) -> None:
    """ "A day long remembered" and "a day later known as" are no length and no date."""
    assert _story(text) == expected
