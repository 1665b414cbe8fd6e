"""Review mends of session 21, part 2: what a reviewer found in the merged rounds.

Each finding of the reviewer of fixes51-57, mend21, hist27 and news27 is pinned by the
reviewer's sentence and one more worded otherwise, beside the look-alikes the merged rounds
decided and that must keep their value (TimeML conventions, as TimeBank annotates them;
posts, notes and news anchored to the document date):
- a clock of the morning's errands keeps what the clock says ("School drop-off is at 7:45
  tomorrow": 07:45, "Breakfast pickup at 6:30": 06:30), while lunch, a pickup, a lesson or a
  call is in the working day ("Lunch at 1:30": 13:30, "pickup is at 3:30": 15:30);
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _news(text: str, dct: str = "2024-02-20") -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- 1. the errands of the morning keep their clock --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "School drop-off is at 7:45 tomorrow, then gym.",
            [("7:45 tomorrow", "TIME", "2024-02-21T07:45")],
            id="reviewer_drop_off",
        ),
        pytest.param(
            "Breakfast pickup at 6:30",
            [("6:30", "TIME", "2024-02-20T06:30")],
            id="reviewer_breakfast_pickup",
        ),
        pytest.param(
            "Morning practice at 7:15 tomorrow, bring cleats.",
            [("7:15 tomorrow", "TIME", "2024-02-21T07:15")],
            id="morning_practice",
        ),
        # look-alikes: lunch, an afternoon pickup, a lesson stay after noon
        pytest.param(
            "Lunch at 1:30", [("1:30", "TIME", "2024-02-20T13:30")], id="lunch_after_noon"
        ),
        pytest.param(
            "pickup is at 3:30", [("3:30", "TIME", "2024-02-20T15:30")], id="pickup_after_noon"
        ),
        pytest.param(
            "Practice at 4:15 tomorrow.",
            [("4:15 tomorrow", "TIME", "2024-02-21T16:15")],
            id="practice_after_noon",
        ),
    ],
)
def test_morning_errands_keep_their_clock(text: str, expected: list[Row]) -> None:
    """A drop-off or a breakfast or morning pickup is on the clock; lunch or a lesson after noon."""
    assert _news(text) == expected
