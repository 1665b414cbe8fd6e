"""Gaps noticed in session 24, seventieth list: this session's leftovers in notes and histories.

Clinical notes are read in genre news under a heading that gives the note's date, as
tests/test_clinical_25.py reads them (Monday 03/18/2024, weekdays checked with ``datetime``);
histories as narratives with no document date:
- a course's day told in the past, in a note that is no discharge summary, was on or before the
  note's day, which is no first day to count from: "She completed day 5 of 7 of ceftriaxone" is
  left open (XXXX-XX-XX, was 2024-03-22, four days after the note), as a course's week told in
  the past is ("admitted in week 2 of chemo": XXXX-WXX); told in the present or with no verb it
  stays the note's day, and a discharge summary still counts it from its admission.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

NOTE = "ID NOTE 03/18/2024\n\n"


# ---- 1. a course's day told in the past ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            "She completed day 5 of 7 of ceftriaxone .",
            [("day 5 of 7 of ceftriaxone", "DATE", "XXXX-XX-XX")],
            id="completed_day_of_m_of",
        ),
        pytest.param(
            "He finished day 3 of 10 of cefepime before transfer .",
            [("day 3 of 10 of cefepime", "DATE", "XXXX-XX-XX")],
            id="finished_day_of_m_of",
        ),
        pytest.param(
            "Pt was on day 4/14 of Zosyn when the rash appeared .",
            [("day 4/14 of Zosyn", "DATE", "XXXX-XX-XX")],
            id="was_on_day_slash",
        ),
        pytest.param(
            "She received abx day 4 at the OSH .",
            [("abx day 4", "DATE", "XXXX-XX-XX")],
            id="received_drug_day",
        ),
        # look-alikes: the present or no verb is the note's day
        pytest.param(
            "She is on day 5 of 7 of ceftriaxone .",
            [("day 5 of 7 of ceftriaxone", "DATE", "2024-03-18")],
            id="is_on_day_of_m_of",
        ),
        pytest.param(
            "Day 5 of 7 of ceftriaxone , afebrile .",
            [("Day 5 of 7 of ceftriaxone", "DATE", "2024-03-18")],
            id="no_verb",
        ),
    ],
)
def test_a_course_day_told_in_the_past_is_left_open(text: str, rows: list[Row]) -> None:
    """A course's day told in the past ("completed day 5 of 7 of ceftriaxone", "was on day 4/14
    of Zosyn") is on or before the note's day, left open; in the present it is the note's."""
    assert _mentions(NOTE + text)[1:] == rows


@pytest.mark.parametrize(
    "header",
    [
        pytest.param("Admission Date: 05/02/2013\nDischarge Date: 05/06/2013\n\n", id="summary"),
        pytest.param("Admission Date: 05/02/2013\n\n", id="admission_only"),
    ],
)
def test_a_text_dated_by_its_admission_counts_a_course_day_from_it(header: str) -> None:
    """Under a header dated by its admission (a discharge summary's, or the admission's date
    alone), "completed day 5 of 7 of ceftriaxone" counts on from it (05/02 + 4 days), as
    tests/test_clinical_3.py pins."""
    text = header + "HOSPITAL COURSE: He completed day 5 of 7 of ceftriaxone .\n"
    assert ("day 5 of 7 of ceftriaxone", "DATE", "2013-05-06") in _mentions(text)
