"""Gaps noticed in session 25, seventy-fourth list: this session's first leftovers.

News is read with its date as the document date (its weekday checked with ``datetime``),
clinical notes under a dated header line, rows as TimeBank annotates them:
- a schedule's hours told with the bare copula, a range of clock times before its weekday,
  are the coming day's, as hours that a place "is open" or "runs" are: on Thursday 14 March
  2024 "The shows are 7-9 p.m. Friday" is 2024-03-15T19:00 to T21:00 (was the Friday behind),
  "The tasting is from 5 to 7 p.m. Saturday" 2024-03-16; the first hour takes the second's
  p.m.; "The shows were 7-9 p.m. Friday" stays behind.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, news


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a schedule's hours after the bare copula ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The shows are 7-9 p.m. Friday at the fairgrounds.",
            "2024-03-14",
            [("7", "TIME", "2024-03-15T19:00"), ("9 p.m. Friday", "TIME", "2024-03-15T21:00")],
            id="the_shows_are_7_9_pm_friday",
        ),
        pytest.param(
            "The wine tasting is from 5 to 7 p.m. Saturday in the parish hall.",
            "2024-03-14",
            [("5", "TIME", "2024-03-16T17:00"), ("7 p.m. Saturday", "TIME", "2024-03-16T19:00")],
            id="the_tasting_is_from_5_to_7_pm_saturday",
        ),
        pytest.param(
            "Visiting hours are 2 to 4 p.m. Sunday, the family said.",
            "2024-03-14",
            [("2", "TIME", "2024-03-17T14:00"), ("4 p.m. Sunday", "TIME", "2024-03-17T16:00")],
            id="visiting_hours_are_2_to_4_pm_sunday",
        ),
        # look-alikes: the same hours told in the past stay behind
        pytest.param(
            "The shows were 7-9 p.m. Friday at the fairgrounds.",
            "2024-03-14",
            [("7", "TIME", "2024-03-08T19:00"), ("9 p.m. Friday", "TIME", "2024-03-08T21:00")],
            id="the_shows_were_7_9_pm_friday",
        ),
        pytest.param(
            "The polls were open 7 a.m. to 8 p.m. Tuesday.",
            "2024-03-14",
            [
                ("7 a.m.", "TIME", "2024-03-12T07:00"),
                ("8 p.m. Tuesday", "TIME", "2024-03-12T20:00"),
            ],
            id="the_polls_were_open_tuesday",
        ),
    ],
)
def test_a_schedules_hours_after_the_copula_are_ahead(
    text: str, dct: str, expected: list[Row]
) -> None:
    """A range of clock hours after a present "is"/"are" before a weekday is the day ahead."""
    assert _news(text, dct) == expected
