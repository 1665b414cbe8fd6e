"""Gaps noticed in sessions 22-25, seventy-eighth list: strict xfails of narratives, posts and
news closed in session 26.

Histories are read as narratives with no document date:
- a century in words leaves its noun out of the next one a history sets against it, as one in
  figures does: "The order was founded in the twelfth century and dissolved in the sixteenth"
  is the 16th century, 15 (was untagged: ordinals in words were no trigger words), "The abbey
  was built in the eleventh century and abandoned in the fourteenth" 13, "Pilgrims came in the
  thirteenth century; by the fifteenth, the shrine was empty" 14 ("The guild rose in the 13th
  century and fell by the fifteenth", 14, a strict xfail since session 26's review mends: after
  "by", a word ordinal follows a century in words only); a day after "on" ("founded in the
  19th century, opens on the sixteenth") and an ordinal before its noun ("the fifth copy", "the
  third abbot") are no centuries.

Posts and news are read as news, their date the document date (its weekday checked):
- a count of days, weeks, months or years "away" looks ahead, as "soon" does: posted on Monday
  8 February 2021 "Drafting again in the fall, 8 months away." is 2021-FA (was 2020-FA, the
  nearest fall), on Wednesday 20 December 2023 "Tryouts again in the fall, 9 months away!!"
  2024-FA, on Monday 15 January 2024 "The wedding in October is still nine months away"
  2024-10; "In the fall the vote was two months away" (its "was" nearer) keeps the fall behind,
  and a stay "a week away from home" is no cue ("In October she is a week away from home"
  keeps the nearest October, 2023-10);
- tickets and reservations for a day are for the day to come, whatever verb got them: on
  Wednesday 6 March 2024 "finally got tickets for fri!!" is 2024-03-08 (was 2024-03-01, by
  "got"), "Snagged tix for Saturday, so hyped" 2024-03-09, "We have reservations for Sunday
  night!" 2024-03-10TNI; "We had tickets for Friday but the show was canceled" stays behind;
- a verbless headline's run "through" a month is ahead, as its weekday was: on Friday 4 January
  2019 "Weekend closures through August." is 2019-08 (was 2018-08), on Tuesday 16 January 2024
  "Ramp closures through October." 2024-10, on Wednesday 12 July 2023 "Night work through
  February on the Route 9 bridge" 2024-02; a month a verb follows ("Every month from June
  through December set a record", test_news_11) or a past clause ("Prices rose sharply from
  June through December, the report said") keeps last year's (and "tickets for April are
  already scarce" after "The run was extended this week", test_news_11, is this April);
- a day-first list's earlier days before its month are days of that month, as a month-first
  list's later ones are: on Monday 12 December 2022 "Strikes on 13, 14, 16 and 17 December."
  is four days (13 and 14 were untagged), on Friday 1 December 2023 "Nurses will strike on 13,
  14, 16 and 17 December" the same, on Wednesday 28 December 2022 "Rail workers walk out on 3,
  5 and 7 January" 2023-01-03, -05, -07; a list no "on", "for", "of" or "between" opens is a
  count ("Aged 13, 14, 15 and 16 May reported the most" tags no 13 nor 14).
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions, news


def _narrative(text: str) -> list[Row]:
    return mentions(text, genre="narrative")


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a century in words with its noun left out ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The abbey was built in the eleventh century and abandoned in the fourteenth.",
            [("the eleventh century", "DATE", "10"), ("the fourteenth", "DATE", "13")],
            id="abandoned_in_the_fourteenth",
        ),
        pytest.param(
            "Pilgrims came in the thirteenth century; by the fifteenth, the shrine was empty.",
            [("the thirteenth century", "DATE", "12"), ("the fifteenth", "DATE", "14")],
            id="by_the_fifteenth_the_shrine_was_empty",
        ),
        pytest.param(
            "The guild rose in the 13th century and fell by the fifteenth.",
            [("the 13th century", "DATE", "12"), ("the fifteenth", "DATE", "14")],
            id="figures_then_words",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a word ordinal after 'by' is a century only after a century in words "
                "(test_review_mends_27: 'rents were paid by the fifteenth' is a day); a verb "
                "of change before 'by' ('fell by') is not read",
            ),
        ),
        # look-alikes: a day after "on"; ordinals before their own nouns
        pytest.param(
            "The fair, founded in the 19th century, opens on the sixteenth.",
            [("the 19th century", "DATE", "18")],
            id="opens_on_the_sixteenth",
        ),
        pytest.param(
            "The charter dates from the twelfth century; the fifth copy is lost.",
            [("the twelfth century", "DATE", "11")],
            id="the_fifth_copy",
        ),
        pytest.param(
            "In the tenth century the monks came; the third abbot died young.",
            [("the tenth century", "DATE", "09")],
            id="the_third_abbot",
        ),
    ],
)
def test_a_century_in_words_with_its_noun_left_out(text: str, expected: list[Row]) -> None:
    """ "in the twelfth century and ... in the sixteenth": the ordinal in words is a century."""
    assert _narrative(text) == expected


# ---- 2. a count of time "away" looks ahead -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Tryouts again in the fall, 9 months away!!",
            "2023-12-20",
            [("the fall", "DATE", "2024-FA"), ("9 months", "DURATION", "P9M")],
            id="tryouts_in_the_fall_9_months_away",
        ),
        pytest.param(
            "The wedding in October is still nine months away.",
            "2024-01-15",
            [("October", "DATE", "2024-10"), ("nine months", "DURATION", "P9M")],
            id="october_is_still_nine_months_away",
        ),
        # look-alikes: a past copula nearer; time spent away from home
        pytest.param(
            "In the fall the vote was two months away.",
            "2024-02-10",
            [("the fall", "DATE", "2023-FA"), ("two months", "DURATION", "P2M")],
            id="the_vote_was_two_months_away",
        ),
        pytest.param(
            "In October she is a week away from home.",
            "2024-01-15",
            [("October", "DATE", "2023-10")],
            id="a_week_away_from_home",
        ),
    ],
)
def test_a_count_of_time_away_looks_ahead(text: str, dct: str, expected: list[Row]) -> None:
    """ "in the fall, 9 months away": the season ahead, not the nearest."""
    assert _news(text, dct) == expected


# ---- 3. tickets for a day; a headline's run through a month --------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Snagged tix for Saturday, so hyped",
            "2024-03-06",
            [("Saturday", "DATE", "2024-03-09")],
            id="snagged_tix_for_saturday",
        ),
        pytest.param(
            "We have reservations for Sunday night!",
            "2024-03-06",
            [("Sunday night", "TIME", "2024-03-10TNI")],
            id="reservations_for_sunday_night",
        ),
        pytest.param(
            "Ramp closures through October.",
            "2024-01-16",
            [("October", "DATE", "2024-10")],
            id="ramp_closures_through_october",
        ),
        pytest.param(
            "Night work through February on the Route 9 bridge",
            "2023-07-12",
            [("February", "DATE", "2024-02")],
            id="night_work_through_february_on_the_bridge",
        ),
        # look-alikes: tickets one had; a run told in the past
        pytest.param(
            "We had tickets for Friday but the show was canceled.",
            "2024-03-06",
            [("Friday", "DATE", "2024-03-01")],
            id="had_tickets_for_friday",
        ),
        pytest.param(
            "Prices rose sharply from June through December, the report said.",
            "2024-01-10",
            [("June", "DATE", "2023-06"), ("December", "DATE", "2023-12")],
            id="prices_rose_from_june_through_december",
        ),
    ],
)
def test_tickets_for_a_day_and_a_headline_run_look_ahead(
    text: str, dct: str, expected: list[Row]
) -> None:
    """ "tix for Saturday", "closures through October": the day and the month ahead."""
    assert _news(text, dct) == expected


# ---- 4. a day-first list's earlier days ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Nurses will strike on 13, 14, 16 and 17 December.",
            "2023-12-01",
            [
                ("13", "DATE", "2023-12-13"),
                ("14", "DATE", "2023-12-14"),
                ("16", "DATE", "2023-12-16"),
                ("17 December", "DATE", "2023-12-17"),
            ],
            id="nurses_strike_on_13_14_16_and_17_december",
        ),
        pytest.param(
            "Rail workers walk out on 3, 5 and 7 January.",
            "2022-12-28",
            [
                ("3", "DATE", "2023-01-03"),
                ("5", "DATE", "2023-01-05"),
                ("7 January", "DATE", "2023-01-07"),
            ],
            id="walk_out_on_3_5_and_7_january",
        ),
        # look-alike: a count no preposition opens (its last two as date.day_range_start reads)
        pytest.param(
            "Aged 13, 14, 15 and 16 May reported the most.",
            "2022-12-28",
            [("15", "DATE", "2022-05-15"), ("16 May", "DATE", "2022-05-16")],
            id="aged_13_14_15_and_16",
        ),
    ],
)
def test_a_day_first_list_before_its_month(text: str, dct: str, expected: list[Row]) -> None:
    """ "on 13, 14, 16 and 17 December": every day of the list is a day of December."""
    assert _news(text, dct) == expected
