"""Gaps noticed in session 23, sixty-fifth list: news weekdays, weekends and figures.

News read from its document date (genre news, its weekday checked with ``datetime``), rows as
TimeBank annotates them:
- "this weekend" in a clause told in the past, early in the week (a Monday or a Tuesday), is
  the weekend just gone, whatever the past verb and wherever it stands in the clause
  ("Traffic was heavy this weekend, police said", on Monday 29 July 2024: 2024-W30-WE, was
  W31; "Three people were killed in crashes this weekend"; "Police arrested 40 people at
  protests this weekend"), as a past verb right after it already made it on any weekday; a
  future ("Traffic will be heavy this weekend"), a plan ("planned to travel this weekend"), a
  possessive of its own clause ("said this weekend's storm is expected"), a weekend that is
  the subject of a modal ("warned that crowds this weekend could top 100,000"), a past of another
  clause ("The festival, which drew 50,000 people last year, returns this weekend") and a
  Wednesday's copy keep the weekend ahead.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, news


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 3. "this weekend" in a past clause early in the week ---------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Traffic was heavy this weekend, police said.",
            "2024-07-29",
            [("this weekend", "DATE", "2024-W30-WE")],
            id="traffic_was_heavy_this_weekend",
        ),
        pytest.param(
            "Three people were killed in crashes this weekend, police said.",
            "2024-07-30",
            [("this weekend", "DATE", "2024-W30-WE")],
            id="were_killed_in_crashes_this_weekend_on_a_tuesday",
        ),
        pytest.param(
            "Police arrested 40 people at protests this weekend.",
            "2024-07-29",
            [("this weekend", "DATE", "2024-W30-WE")],
            id="arrested_at_protests_this_weekend",
        ),
        # look-alikes: a future, a plan, a possessive's own clause, a relative clause's past,
        # a Wednesday's copy
        pytest.param(
            "Traffic will be heavy this weekend, police said.",
            "2024-07-29",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="traffic_will_be_heavy_this_weekend",
        ),
        pytest.param(
            "He said he planned to travel this weekend.",
            "2024-07-30",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="planned_to_travel_this_weekend_on_a_tuesday",
        ),
        pytest.param(
            "Officials said this weekend's storm is expected to be severe.",
            "2024-07-30",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="said_this_weekends_storm_on_a_tuesday",
        ),
        pytest.param(
            "Organizers warned that crowds this weekend could top 100,000.",
            "2024-07-30",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="warned_that_crowds_this_weekend_could_top",
        ),
        pytest.param(
            "The festival, which drew 50,000 people last year, returns this weekend.",
            "2024-07-29",
            [("last year", "DATE", "2023"), ("this weekend", "DATE", "2024-W31-WE")],
            id="a_relative_clauses_past",
        ),
        pytest.param(
            "Traffic was heavy this weekend, police said.",
            "2024-07-31",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="on_a_wednesday",
        ),
    ],
)
def test_this_weekend_in_a_past_clause_early_in_the_week_is_the_one_gone(
    text: str, dct: str, expected: list[Row]
) -> None:
    """ "this weekend" in a clause told in the past, on a Monday or a Tuesday, is the weekend
    just gone; a future, a plan, a possessive, another clause's past or a Wednesday keep it
    ahead."""
    assert _news(text, dct) == expected
