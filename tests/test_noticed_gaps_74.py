"""Gaps noticed in session 25, seventy-fourth list: this session's first leftovers.

News is read with its date as the document date (its weekday checked with ``datetime``),
clinical notes under a dated header line, rows as TimeBank annotates them:
- a schedule's hours told with the bare copula, a range of clock times before its weekday,
  are the coming day's, as hours that a place "is open" or "runs" are: on Thursday 14 March
  2024 "The shows are 7-9 p.m. Friday" is 2024-03-15T19:00 to T21:00 (was the Friday behind),
  "The tasting is from 5 to 7 p.m. Saturday" 2024-03-16; the first hour takes the second's
  p.m.; "The shows were 7-9 p.m. Friday" stays behind;
- in a note, a day after a procedure named by its suffix (-ectomy, -otomy, -ostomy, -plasty,
  -oscopy, -pexy) is the procedure's: under a header of 12/05/2023 "Underwent colectomy 3/12
  for cancer" is 2023-03-12 (was none), "had a cholecystectomy 4/2" 2023-04-02; a common
  fraction or a count after it ("Hysterectomy 2/3 specimens") none;
- a verb of use before a month and a day ending in 20 or 30 dates it, as it dates other days:
  "Last used 6/30" is 2023-06-30 (was read as a score out of 30), "last drink 5/20"
  2023-05-20; "MMSE 24/30", "scored 28/30" and a craving's "Relapsed 3/10 craving" stay none.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions, news


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a schedule's hours after the bare copula ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The shows are 7-9 p.m. Friday at the fairgrounds.",
            "2024-03-14",
            [("7", "TIME", "2024-03-15T19:00"), ("9 p.m. Friday", "TIME", "2024-03-15T21:00")],
            id="the_shows_are_7_9_pm_friday",
        ),
        pytest.param(
            "The wine tasting is from 5 to 7 p.m. Saturday in the parish hall.",
            "2024-03-14",
            [("5", "TIME", "2024-03-16T17:00"), ("7 p.m. Saturday", "TIME", "2024-03-16T19:00")],
            id="the_tasting_is_from_5_to_7_pm_saturday",
        ),
        pytest.param(
            "Visiting hours are 2 to 4 p.m. Sunday, the family said.",
            "2024-03-14",
            [("2", "TIME", "2024-03-17T14:00"), ("4 p.m. Sunday", "TIME", "2024-03-17T16:00")],
            id="visiting_hours_are_2_to_4_pm_sunday",
        ),
        # look-alikes: the same hours told in the past stay behind
        pytest.param(
            "The shows were 7-9 p.m. Friday at the fairgrounds.",
            "2024-03-14",
            [("7", "TIME", "2024-03-08T19:00"), ("9 p.m. Friday", "TIME", "2024-03-08T21:00")],
            id="the_shows_were_7_9_pm_friday",
        ),
        pytest.param(
            "The polls were open 7 a.m. to 8 p.m. Tuesday.",
            "2024-03-14",
            [
                ("7 a.m.", "TIME", "2024-03-12T07:00"),
                ("8 p.m. Tuesday", "TIME", "2024-03-12T20:00"),
            ],
            id="the_polls_were_open_tuesday",
        ),
    ],
)
def test_a_schedules_hours_after_the_copula_are_ahead(
    text: str, dct: str, expected: list[Row]
) -> None:
    """A range of clock hours after a present "is"/"are" before a weekday is the day ahead."""
    assert _news(text, dct) == expected


# ---- 5. a procedure's day, a last use's day ending in 20 or 30 ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Underwent colectomy 3/12 for cancer , on FOLFOX since .",
            [("3/12", "DATE", "2023-03-12")],
            id="underwent_colectomy",
        ),
        pytest.param(
            "She had a cholecystectomy 4/2 and recovered well .",
            [("4/2", "DATE", "2023-04-02")],
            id="had_a_cholecystectomy",
        ),
        pytest.param(
            "Last used 6/30 , fentanyl , urine tox pending .",
            [("6/30", "DATE", "2023-06-30")],
            id="last_used_6_30",
        ),
        pytest.param(
            "Last drink 5/20 , no withdrawal seizures .",
            [("5/20", "DATE", "2023-05-20")],
            id="last_drink_5_20",
        ),
        # look-alikes: scores out of 30 and 10, a fraction and a count after a procedure
        pytest.param("MMSE 24/30 , MoCA deferred .", [], id="mmse_24_30"),
        pytest.param("He scored 28/30 on the MoCA .", [], id="scored_28_30"),
        pytest.param("Relapsed 3/10 craving .", [], id="a_craving_out_of_ten"),
        pytest.param("Hysterectomy 2/3 specimens sent .", [], id="a_count_of_specimens"),
    ],
)
def test_a_procedure_or_a_last_use_dates_its_month_and_day(text: str, expected: list[Row]) -> None:
    """A month/day after a procedure's name or a verb of use is a day, scores are none."""
    assert mentions("PROGRESS NOTE 12/05/2023\n\n" + text)[1:] == expected
