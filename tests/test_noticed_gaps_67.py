"""Gaps noticed in session 23, sixty-seventh list: this session's leftovers.

News read from its document date (genre news, its weekday checked with ``datetime``), rows as
TimeBank annotates them:
- a weekday's own verb is looked for past a participle phrase after the day or the subject
  ("hosted by France", "led by the mayor", "chaired by the prime minister") and past an adverb
  and a participle before the subject's noun ("the newly elected council"): "A summit Monday
  hosted by France will discuss aid", on Friday 10 May 2024, is the Monday ahead (2024-05-13,
  was 05-06 by the participle's -ed), "On Monday the newly elected council will meet" too; "A
  summit Monday hosted by France discussed aid" and "the newly elected council met" stay behind.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, news


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a participle phrase is not the weekday's verb ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A summit Monday hosted by France will discuss aid to the region.",
            [("Monday", "DATE", "2024-05-13")],
            id="summit_monday_hosted_by_will",
        ),
        pytest.param(
            "A conference Tuesday chaired by the prime minister will set new targets.",
            [("Tuesday", "DATE", "2024-05-14")],
            id="conference_tuesday_chaired_by_will",
        ),
        pytest.param(
            "A review Wednesday led by the mayor will weigh the bus plan.",
            [("Wednesday", "DATE", "2024-05-15")],
            id="review_wednesday_led_by_will",
        ),
        pytest.param(
            "On Monday the newly elected council will meet for the first time.",
            [("Monday", "DATE", "2024-05-13")],
            id="on_monday_the_newly_elected_council_will",
        ),
        pytest.param(
            "On Thursday the newly appointed envoy is set to visit Kyiv.",
            [("Thursday", "DATE", "2024-05-16")],
            id="on_thursday_the_newly_appointed_envoy_is_set_to",
        ),
        # look-alikes: the clause's verb told in the past, a verb's "by" of a figure
        pytest.param(
            "A summit Monday hosted by France discussed aid to the region.",
            [("Monday", "DATE", "2024-05-06")],
            id="summit_monday_hosted_by_discussed",
        ),
        pytest.param(
            "On Monday the newly elected council met for the first time.",
            [("Monday", "DATE", "2024-05-06")],
            id="on_monday_the_newly_elected_council_met",
        ),
        pytest.param(
            "Shares Monday dropped by 5% after the report.",
            [("Monday", "DATE", "2024-05-06")],
            id="shares_monday_dropped_by",
        ),
    ],
)
def test_a_participle_phrase_is_not_the_weekdays_verb(text: str, expected: list[Row]) -> None:
    """A weekday's own verb is found past a participle phrase ("hosted by France", "the newly
    elected council"): "will" after it looks ahead, a past verb behind."""
    assert _news(text, "2024-05-10") == expected


# ---- 2. "since" a weekday told on that weekday ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The Dow has fallen 3% since Monday.",
            "2024-05-13",
            [("Monday", "DATE", "2024-05-06")],
            id="dow_fallen_since_monday_on_a_monday",
        ),
        pytest.param(
            "Flights have been grounded since Tuesday, the airline said.",
            "2023-01-10",
            [("Tuesday", "DATE", "2023-01-03")],
            id="grounded_since_tuesday_on_a_tuesday",
        ),
        pytest.param(
            "The road has been closed ever since Thursday.",
            "2024-05-16",
            [("Thursday", "DATE", "2024-05-09")],
            id="ever_since_thursday_on_a_thursday",
        ),
        # look-alikes: a part of the day or "early" keeps the day, another weekday is behind
        pytest.param(
            "The Dow has fallen 3% since Monday morning.",
            "2024-05-13",
            [("Monday morning", "TIME", "2024-05-13TMO")],
            id="since_monday_morning_on_a_monday",
        ),
        pytest.param(
            "The Dow has fallen 3% since early Monday.",
            "2024-05-13",
            [("early Monday", "DATE", "2024-05-13")],
            id="since_early_monday_on_a_monday",
        ),
        pytest.param(
            "The Dow has fallen 3% since Friday.",
            "2024-05-13",
            [("Friday", "DATE", "2024-05-10")],
            id="since_friday_on_a_monday",
        ),
        pytest.param(
            "Prices have risen since Monday, officials said.",
            "2024-05-14",
            [("Monday", "DATE", "2024-05-13")],
            id="since_monday_on_a_tuesday",
        ),
    ],
)
def test_since_a_weekday_on_that_weekday_is_the_week_before(
    text: str, dct: str, expected: list[Row]
) -> None:
    """ "since" a bare weekday told on that weekday counts from the one a week before."""
    assert _news(text, dct) == expected
