"""Gaps earlier rounds noticed, seventeenth list: narratives and clinical notes.

A narrative's month that opens its sentence after a later month of the story's year is its
next step, the one ahead; national days named by their name are holidays, dated by a table
where the name means one day everywhere, and by the country the sentence names where it does
not; a day kept every year is a SET; a season's onset or coming is the season of the story's
year; a clinical note's days counted from a bleed, a transplant or an operation.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "By early August 1950 the perimeter held. In March the offensive resumed.",
            [("early August 1950", "DATE", "1950-08"), ("March", "DATE", "1951-03")],
            id="a_step_forward",
        ),
        pytest.param(
            "In March 1950 the army crossed the river. By early August the perimeter held. "
            "In March the offensive resumed.",
            [
                ("March 1950", "DATE", "1950-03"),
                ("early August", "DATE", "1950-08"),
                ("March", "DATE", "1951-03"),
            ],
            id="the_march_after_the_one_told",
        ),
        pytest.param(
            "On 14 August 1950 the perimeter held. By March, the offensive had resumed.",
            [("14 August 1950", "DATE", "1950-08-14"), ("March", "DATE", "1951-03")],
            id="by_a_month_ahead_in_the_past_perfect",
        ),
        pytest.param(
            "By early August 1950 the perimeter held. The offensive had begun in March.",
            [("early August 1950", "DATE", "1950-08"), ("March", "DATE", "1950-03")],
            id="a_flashback_in_the_past_perfect",
        ),
        pytest.param(
            "By early August 1950 the perimeter held. In March the offensive had stalled.",
            [("early August 1950", "DATE", "1950-08"), ("March", "DATE", "1950-03")],
            id="a_flashback_opening_its_sentence",
        ),
        pytest.param(
            "By early August 1950 the perimeter held. The division, formed in March, held "
            "the line.",
            [("early August 1950", "DATE", "1950-08"), ("March", "DATE", "1950-03")],
            id="a_month_in_passing",
        ),
        pytest.param(
            "By early August 1950 the perimeter held. In July, the 24th Division was routed "
            "at Taejon.",
            [("early August 1950", "DATE", "1950-08"), ("July", "DATE", "1950-07")],
            id="a_step_back_within_a_season",
        ),
    ],
)
def test_a_month_opening_a_sentence_after_a_later_month_is_the_next_one(
    text: str, expected: list[Row]
) -> None:
    """A month that opens its sentence in the simple past after a later month of the story's
    year is the story's next step, the one ahead; a flashback in the past perfect, a month
    told in passing inside a clause and a step back of a month or two stay in the year."""
    assert mentions(text, genre="narrative") == expected
