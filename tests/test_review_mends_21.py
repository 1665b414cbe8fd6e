"""Review mends of session 21, part 1: what a reviewer found in the merged rounds.

Each finding of the reviewer of clinical22, social22, news26 and hist27 is pinned by the
reviewer's sentence and one more worded otherwise, beside the look-alikes the merged rounds
decided and that must keep their value (TimeML conventions, as TimeBank annotates them;
clinical notes and news anchored to the document date):
- a small-letter step of an operation before a figure that would be a year, in a history,
  names a year ("PFO closure 2015 for cryptogenic stroke", "intubated 2020, trach 2021"), not
  a clock (an operative record's "Incision 0750", "Closure 0912", "Extubated 1105." stay).
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _news(text: str, dct: str = "2023-09-12") -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- 1. a small-letter step of an operation before a year --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "PMH: COVID ARDS, intubated 2020, trach 2021. PFO closure 2015 for cryptogenic "
            "stroke. AML, induction 2019 with 7+3.",
            [
                ("2020", "DATE", "2020"),
                ("2021", "DATE", "2021"),
                ("2015", "DATE", "2015"),
                ("2019", "DATE", "2019"),
            ],
            id="reviewer_history_list",
        ),
        pytest.param(
            "ASD closure 2008 in Boston; remission induction 2018 with R-CHOP; extubated 1998, "
            "then rehab.",
            [("2008", "DATE", "2008"), ("2018", "DATE", "2018"), ("1998", "DATE", "1998")],
            id="closure_induction_extubated_years",
        ),
        # look-alikes: an operative record's steps keep their clocks
        pytest.param(
            "Incision 0750. Closure 0912. Extubated 1105. Intubated 0755 without difficulty.",
            [
                ("0750", "TIME", "2023-09-12T07:50"),
                ("0912", "TIME", "2023-09-12T09:12"),
                ("1105", "TIME", "2023-09-12T11:05"),
                ("0755", "TIME", "2023-09-12T07:55"),
            ],
            id="operative_record_clocks",
        ),
        pytest.param(
            "Incision 1930, skin closure 2015 with staples.",
            [("1930", "TIME", "2023-09-12T19:30"), ("2015", "TIME", "2023-09-12T20:15")],
            id="skin_closure_is_a_step",
        ),
    ],
)
def test_small_letter_step_before_a_year_is_the_year(text: str, expected: list[Row]) -> None:
    """A small-letter 'closure', 'induction', 'intubated' or 'extubated' before 19xx/20xx and
    'for', 'with', 'in' or a comma names a year of the history; a record's steps keep clocks."""
    assert _news(text) == expected
