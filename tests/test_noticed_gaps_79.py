"""Gaps noticed in session 26, seventy-ninth list: notices and notes read as news.

Notices and news are read as news, their date the document date (its weekday checked):
- a month a preposition of time governs ("through", "until", "since", "by", ...) is the month,
  never the verb "march", whatever "on" follows: on Wednesday 12 July 2023 "Night work through
  March on the Interstate 5 bridge." is 2024-03 (was untagged), "Lane closures until March on
  Route 9." 2024-03, "Repairs since March on the pier have cost $2 million" 2023-03; "Protesters
  march on the capitol" and "Protesters March on the Capitol" stay untagged, and "They will march
  on Monday" keeps its Monday only;
- a notice's run "through" a month before the clause of what goes on meanwhile ("as", "while")
  is ahead, as one ending its line is: on Saturday 10 June 2023 "Detours through February as
  crews rebuild the bridge." is 2024-02 (was 2023-02), "Lane closures through March while the
  plant is upgraded." 2024-03; a past verb before ("Detours ran through February as crews
  rebuilt the bridge") or after ("as crews rebuilt", "while the plant was upgraded") keeps the
  month behind.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, news


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a month after a preposition of time is no march ------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Night work through March on the Interstate 5 bridge.",
            "2023-07-12",
            [("March", "DATE", "2024-03")],
            id="night_work_through_march_on_the_bridge",
        ),
        pytest.param(
            "Lane closures until March on Route 9.",
            "2023-07-12",
            [("March", "DATE", "2024-03")],
            id="lane_closures_until_march_on_route_9",
        ),
        pytest.param(
            "Repairs since March on the pier have cost $2 million.",
            "2023-07-12",
            [("March", "DATE", "2023-03")],
            id="repairs_since_march_on_the_pier",
        ),
        # look-alikes: the verb, in either case; a march on a weekday
        pytest.param(
            "Protesters march on the capitol.",
            "2023-07-12",
            [],
            id="protesters_march_on_the_capitol",
        ),
        pytest.param(
            "Protesters March on the Capitol.",
            "2023-07-12",
            [],
            id="protesters_march_capitalized",
        ),
        pytest.param(
            "They will march on Monday.",
            "2023-07-12",
            [("Monday", "DATE", "2023-07-17")],
            id="they_will_march_on_monday",
        ),
    ],
)
def test_a_month_after_a_preposition_of_time_is_no_march(
    text: str, dct: str, expected: list[Row]
) -> None:
    """ "through March on the bridge": the month, not the verb "march"."""
    assert _news(text, dct) == expected


# ---- 2. a notice's run through a month, then what goes on meanwhile ------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Detours through February as crews rebuild the bridge.",
            "2023-06-10",
            [("February", "DATE", "2024-02")],
            id="detours_through_february_as_crews_rebuild",
        ),
        pytest.param(
            "Lane closures through March while the plant is upgraded.",
            "2023-06-10",
            [("March", "DATE", "2024-03")],
            id="closures_through_march_while_the_plant_is_upgraded",
        ),
        # look-alikes: a past verb before the month, or in the clause after it
        pytest.param(
            "Detours ran through February as crews rebuilt the bridge.",
            "2023-06-10",
            [("February", "DATE", "2023-02")],
            id="detours_ran_through_february",
        ),
        pytest.param(
            "Detours through February as crews rebuilt the bridge.",
            "2023-06-10",
            [("February", "DATE", "2023-02")],
            id="as_crews_rebuilt_the_bridge",
        ),
        pytest.param(
            "Detours through February while the plant was upgraded.",
            "2023-06-10",
            [("February", "DATE", "2023-02")],
            id="while_the_plant_was_upgraded",
        ),
    ],
)
def test_a_notices_run_through_a_month_before_a_present_clause_is_ahead(
    text: str, dct: str, expected: list[Row]
) -> None:
    """ "Detours through February as crews rebuild": the February ahead."""
    assert _news(text, dct) == expected
