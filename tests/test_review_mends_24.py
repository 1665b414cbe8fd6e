"""Review mends of session 23: what a reviewer found in the merged rounds.

Each finding of the reviewer of clinical24 and perf30 is pinned by the reviewer's sentence and
one more worded otherwise, beside the look-alikes the merged rounds decided and that must keep
their value (TimeML conventions, as TimeBank annotates them; news anchored to the document date):
- a span of two bare units ("weeks to months" PXW) does not start at a unit a count numbers:
  "lasted 3 days to weeks" is "3 days" P3D and "weeks" PXW, "takes two weeks to months" is "two
  weeks" P2W, while "a prognosis of weeks to months" and "live days to weeks" keep the span.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _news(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- 1. a counted unit is no span of units ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Symptoms lasted 3 days to weeks after the dose.",
            "2024-03-01",
            [("3 days", "DURATION", "P3D"), ("weeks", "DURATION", "PXW")],
            id="reviewer_symptoms_lasted",
        ),
        pytest.param(
            "Recovery takes 2 weeks to months, the surgeon said.",
            "2024-03-01",
            [("2 weeks", "DURATION", "P2W")],
            id="reviewer_recovery_takes",
        ),
        pytest.param(
            "Recovery takes two weeks to months, the surgeon said.",
            "2024-03-01",
            [("two weeks", "DURATION", "P2W")],
            id="count_in_words",
        ),
        pytest.param(
            "The rash lasted twenty-one days to weeks in some patients.",
            "2024-03-01",
            [("twenty-one days", "DURATION", "P21D")],
            id="compound_count",
        ),
        # look-alikes: bare units, the span kept
        pytest.param(
            "Prognosis of weeks to months was discussed with his wife.",
            "2024-03-01",
            [("weeks to months", "DURATION", "PXW")],
            id="prognosis_span",
        ),
        pytest.param(
            "She is expected to live days to weeks, doctors said.",
            "2024-03-01",
            [("days to weeks", "DURATION", "PXD")],
            id="live_span",
        ),
    ],
)
def test_counted_unit_is_no_span(text: str, dct: str, expected: list[Row]) -> None:
    """A span of two bare units does not start at a unit a number counts."""
    assert _news(text, dct) == expected
