"""Gaps noticed in session 24, seventy-second list: news leftovers.

News with its date as the document date (its weekday checked with ``datetime``), rows as
TimeBank annotates them:
- what lands, ships or debuts "on" a weekday, told in the present with its subject opening the
  sentence and the weekday ending the clause, is a release's schedule, as "ships Friday" was: on
  Tuesday 12 September 2023 "The update ships on Friday." is 2023-09-15 (was 09-08), "The patch
  lands on Saturday for all users" 2023-09-16, "Apple said the update ships on Friday" too;
  "The update shipped on Friday", "Protesters occupied tribal lands on Monday" and "The Navy
  ships on Friday fired missiles" stay behind.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, news


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a release that lands, ships or debuts "on" a weekday ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The update ships on Friday.",
            [("Friday", "DATE", "2023-09-15")],
            id="the_update_ships_on_friday",
        ),
        pytest.param(
            "The patch lands on Saturday for all users.",
            [("Saturday", "DATE", "2023-09-16")],
            id="the_patch_lands_on_saturday",
        ),
        pytest.param(
            "The company said the new firmware ships on Thursday worldwide.",
            [("Thursday", "DATE", "2023-09-14")],
            id="said_the_firmware_ships_on_thursday",
        ),
        pytest.param(
            "The show premieres on Sunday.",
            [("Sunday", "DATE", "2023-09-17")],
            id="the_show_premieres_on_sunday",
        ),
        # look-alikes: the past, the nouns, a verb after the day
        pytest.param(
            "The update shipped on Friday.",
            [("Friday", "DATE", "2023-09-08")],
            id="the_update_shipped_on_friday",
        ),
        pytest.param(
            "Protesters occupied tribal lands on Monday.",
            [("Monday", "DATE", "2023-09-11")],
            id="occupied_tribal_lands_on_monday",
        ),
        pytest.param(
            "The Navy ships on Friday fired missiles at the coast.",
            [("Friday", "DATE", "2023-09-08")],
            id="the_navy_ships_on_friday_fired",
        ),
    ],
)
def test_a_release_that_lands_or_ships_on_a_weekday_is_ahead(
    text: str, expected: list[Row]
) -> None:
    """ "Lands on", "ships on" and "debuts on" a weekday that ends the clause look ahead."""
    assert _news(text, "2023-09-12") == expected
