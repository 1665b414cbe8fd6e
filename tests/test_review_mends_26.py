"""Review mends of session 25: what a reviewer found in the merged rounds.

Each finding of the reviewer of this session's merged diff is pinned by the reviewer's sentence
and one more worded otherwise, beside the case the merged rule was made for, which keeps its
value (TimeML conventions, as TimeBank annotates them; news anchored to the document date):
- "runs"/"lasts" through a day is a state still held only after what runs (an exhibition, a
  sale, a curfew): "The survey data runs through April 30 and shows prices rising" on 10 May
  2024 is 2024-04-30 (was 2025-04-30), while "The road stays closed until May the third" and
  "The exhibition runs through May 5" on 10 May 2023 keep 2024.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _news(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- 1. what data "runs through" is a period behind, no state held ---------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The survey data runs through April 30 and shows prices rising.",
            "2024-05-10",
            [("April 30", "DATE", "2024-04-30")],
            id="reviewer_survey_data_runs_through",
        ),
        pytest.param(
            "The dataset lasts through April 28 and covers 40 states.",
            "2024-05-10",
            [("April 28", "DATE", "2024-04-28")],
            id="dataset_lasts_through",
        ),
        # the cases the rule was made for: a state held, a show that runs
        pytest.param(
            "The road stays closed until May the third.",
            "2023-05-10",
            [("May the third", "DATE", "2024-05-03")],
            id="road_stays_closed_until",
        ),
        pytest.param(
            "The exhibition runs through May 5 at the city gallery.",
            "2023-05-10",
            [("May 5", "DATE", "2024-05-05")],
            id="exhibition_runs_through",
        ),
        pytest.param(
            "The curfew lasts until May 2, the mayor says.",
            "2023-05-10",
            [("May 2", "DATE", "2024-05-02")],
            id="curfew_lasts_until",
        ),
    ],
)
def test_runs_through_a_day_is_held_only_for_what_runs(
    text: str, dct: str, expected: list[Row]
) -> None:
    """'runs/lasts through' a day behind ends ahead only after a show, offer or order."""
    assert _news(text, dct) == expected
