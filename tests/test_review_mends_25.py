"""Review mends of session 24: what a reviewer found in the merged rounds.

Each finding of the reviewer of fixes68, fixes69, news30 and hist30 is pinned by the reviewer's
sentence and one more worded otherwise, beside the look-alikes the merged rounds decided and that
must keep their value (TimeML conventions, as TimeBank annotates them; news anchored to the
document date):
- a holiday named after a year is no day of history nicknamed so unless a comma sets the dated
  day off: "Retailers in 2023 called Black Friday their best day ever" keeps 'Black Friday'
  2023-11-24, while "On 13 August 1948, remembered as Black Friday" is the date alone.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _news(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- 1. a year before "called"/"dubbed" names no day of history -----------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Retailers in 2023 called Black Friday their best day ever.",
            "2023-12-01",
            [("2023", "DATE", "2023"), ("Black Friday", "DATE", "2023-11-24")],
            id="reviewer_retailers_called",
        ),
        pytest.param(
            "Analysts in 2023 dubbed Black Friday a turning point for the chain.",
            "2023-12-01",
            [("2023", "DATE", "2023"), ("Black Friday", "DATE", "2023-11-24")],
            id="analysts_dubbed",
        ),
        # look-alikes: the dated day set off by a comma keeps only its date
        pytest.param(
            "On 13 August 1948, remembered as Black Friday, a crash closed Tempelhof.",
            "2023-12-01",
            [("13 August 1948", "DATE", "1948-08-13")],
            id="dated_day_remembered_as",
        ),
        pytest.param(
            "The bushfires of 13 January 1939, a day still remembered as Black Friday, killed 71.",
            "2023-12-01",
            [("13 January 1939", "DATE", "1939-01-13")],
            id="a_day_still_remembered_as",
        ),
    ],
)
def test_year_before_called_names_no_day_of_history(
    text: str, dct: str, expected: list[Row]
) -> None:
    """A year opening a clause before "called"/"dubbed" leaves the holiday after it tagged."""
    assert _news(text, dct) == expected
