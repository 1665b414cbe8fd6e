"""Gaps noticed in session 23, sixty-ninth list: narratives, notes and posts.

Posts read as news from their date (genre news, the weekday checked with ``datetime``), rows as
TimeBank annotates them:
- a post's anticipation opening a clause after what it names looks ahead: "Glucose test on
  Friday, wish me luck" and "MRI on Friday, so nervous", on Tuesday 5 March 2024, are the
  Friday ahead (2024-03-08, were 03-01), and so are "Root canal Friday, dreading it", "fingers
  crossed", "pray for me"; "MRI on Friday, results were fine", "Had my MRI on Friday, so
  nervous waiting for results" (the past of the thing's own phrase) and "I was so nervous on
  Friday" stay behind.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, news


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a post's anticipation after what it names ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Glucose test on Friday, wish me luck",
            [("Friday", "DATE", "2024-03-08")],
            id="glucose_test_wish_me_luck",
        ),
        pytest.param(
            "MRI on Friday, so nervous", [("Friday", "DATE", "2024-03-08")], id="mri_so_nervous"
        ),
        pytest.param(
            "Root canal Friday, dreading it 😬",
            [("Friday", "DATE", "2024-03-08")],
            id="root_canal_dreading_it",
        ),
        pytest.param(
            "Colonoscopy Monday, fingers crossed",
            [("Monday", "DATE", "2024-03-11")],
            id="colonoscopy_fingers_crossed",
        ),
        pytest.param(
            "Driving test Saturday - pray for me",
            [("Saturday", "DATE", "2024-03-09")],
            id="driving_test_pray_for_me",
        ),
        pytest.param(
            "Big presentation on Monday, I'm sooo nervous",
            [("Monday", "DATE", "2024-03-11")],
            id="presentation_im_sooo_nervous",
        ),
        # look-alikes: a past after the day, a past in the thing's own phrase, an anticipation
        # that opens no clause
        pytest.param(
            "MRI on Friday, results were fine",
            [("Friday", "DATE", "2024-03-01")],
            id="mri_results_were_fine",
        ),
        pytest.param(
            "Had my MRI on Friday, so nervous waiting for results",
            [("Friday", "DATE", "2024-03-01")],
            id="had_my_mri_so_nervous_waiting",
        ),
        pytest.param(
            "I was so nervous on Friday",
            [("Friday", "DATE", "2024-03-01")],
            id="i_was_so_nervous_on_friday",
        ),
        pytest.param(
            "Sent my application on Friday, fingers crossed",
            [("Friday", "DATE", "2024-03-01")],
            id="sent_my_application_fingers_crossed",
        ),
    ],
)
def test_a_posts_anticipation_after_what_it_names_looks_ahead(
    text: str, expected: list[Row]
) -> None:
    """An anticipation opening a clause after a weekday ("wish me luck", "so nervous",
    "dreading it") puts it ahead, unless the thing's own phrase is told in the past."""
    assert _news(text, "2024-03-05") == expected
