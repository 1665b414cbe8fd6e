"""Gaps noticed in session 22, sixty-fourth list: weekends, zones and notes.

News read from its document date (genre news, its weekday checked with ``datetime``), notes
from their header's date, rows as TimeBank annotates them:
- "this weekend" the subject's, with a past verb right after it (a possessive's noun between),
  told on a weekday, is the weekend just gone, as "last weekend" is on a Monday in box-office
  copy ("Sales this weekend trailed the same weekend last year", on Monday 29 July 2024:
  2024-W30-WE, was W31, and the same weekend a year back with it; "Crowds this weekend were
  thin"; "This weekend's receipts fell"); a verb of reporting before it ("Officials said this
  weekend's storm is expected"), a modal ("temperatures this weekend could top 100") and a
  plan ("planned to travel this weekend", "A rally scheduled for this weekend was called off")
  keep the weekend ahead;
- a weekend named by its tense or by a film's run ("its opening weekend", "the weekend") with
  "in" a month right after it is a weekend of that month, which one unsaid, so the month, as
  TimeML gives a day of a month it cannot tell ("took $162 million in its opening weekend in
  July", in October: 2023-07, was the weekend just gone); alone it stays the weekend the copy
  reports (tests/test_noticed_gaps_59.py), and with the document's own month the tense's
  nearest weekend ("over the weekend in July", written on 10 July); "its second weekend in
  December" is that month's second weekend, and "the weekend in Paris" no month;
- a clock restated in other zones after slashes, on a date a day away, moves across its month's
  ends as the calendar does ("11pm PT / 7am BST on 1 October": 30 September's 23:00, was the
  document's day; "9am JST / 8pm ET on 28 February", written in February 2024: the 29th);
  February's length is the year's (the written one, else the document's when it is dated
  within two months of the day), and with no year near, "on 1 March" moves nothing;
- a local clock restated in a zone named without its season ("8:17 a.m. local time (1:17 a.m.
  ET Monday)") is on the day both of the zone's clocks put it (Monday's, was the document's);
  a restatement whose day the world's zones leave open keeps the document's day;
- a note that says it is written on a day of the stay with "Today is" before it, the word
  "Today" a mention of its own ("Today is hospital day 4", "Today is POD 2 s/p lap chole"), is
  on the note's date, as "Now POD 3 after CABG" and "HD #4" alone already were (was three days
  ahead); a day of the stay planned ("Discharge planned on hospital day 4") or what "Today" is
  the subject of ("Today we discussed hospital day 4 goals") still counts from the admission;
- an order's "NPO after midnight", opening its sentence or after "Plan:" or "Keep", ends the
  note's day whatever day the note last named ("Admitted 3/2. NPO after midnight for EGD": the
  note's 24:00, was 3/2's; "Seen by surgery on Friday. NPO after midnight", a strict xfail of
  tests/test_noticed_gaps_61.py, now passes); a fast the story tells ("On 3/2 he was made NPO
  after midnight") stays on its day;
- "in as many seasons" is counted by the number before it, as "in as many years" is ("five
  titles in as many seasons": P5SE, as "three seasons" is P3SE); "in many seasons" keeps PXSE.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, news, note_mentions


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. "this weekend" told in the past ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Sales this weekend trailed the same weekend last year.",
            "2024-07-29",
            [
                ("this weekend", "DATE", "2024-W30-WE"),
                ("the same weekend last year", "DATE", "2023-W30-WE"),
            ],
            id="sales_this_weekend_trailed",
        ),
        pytest.param(
            "Crowds at the parks this weekend were thin, operators said.",
            "2024-07-30",
            [("this weekend", "DATE", "2024-W30-WE")],
            id="crowds_this_weekend_were_thin",
        ),
        pytest.param(
            "This weekend's receipts fell 20% from a year ago.",
            "2024-07-29",
            [("This weekend", "DATE", "2024-W30-WE"), ("a year ago", "DATE", "2023")],
            id="this_weekends_receipts_fell",
        ),
        # look-alikes: reported ahead, a modal, a plan
        pytest.param(
            "Officials said this weekend's storm is expected to be severe.",
            "2024-07-29",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="said_this_weekends_storm_is_expected",
        ),
        pytest.param(
            "Forecasters warned that temperatures this weekend could top 100.",
            "2024-07-29",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="this_weekend_could_top",
        ),
        pytest.param(
            "He said he planned to travel this weekend.",
            "2024-07-29",
            [("this weekend", "DATE", "2024-W31-WE")],
            id="planned_to_travel_this_weekend",
        ),
        pytest.param(
            "A rally scheduled for this weekend was called off on Friday.",
            "2024-07-29",
            [("this weekend", "DATE", "2024-W31-WE"), ("Friday", "DATE", "2024-07-26")],
            id="scheduled_for_this_weekend_was_called_off",
        ),
    ],
)
def test_this_weekend_told_in_the_past_is_the_weekend_just_gone(
    text: str, dct: str, expected: list[Row]
) -> None:
    """ "this weekend" with a past verb right after it, on a weekday, is the weekend just
    gone; reported ahead, with a modal or planned it is the coming one."""
    assert _news(text, dct) == expected


# ---- 2. a weekend in a month ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Barbie took $162 million in its opening weekend in July.",
            "2023-10-09",
            [("opening weekend", "DATE", "2023-07"), ("July", "DATE", "2023-07")],
            id="its_opening_weekend_in_july",
        ),
        pytest.param(
            "The sequel grossed $41 million in its debut weekend in May 2023, Disney said.",
            "2024-01-08",
            [("debut weekend", "DATE", "2023-05"), ("May 2023", "DATE", "2023-05")],
            id="its_debut_weekend_in_may_2023",
        ),
        pytest.param(
            "Talks broke down over the weekend in August, officials said.",
            "2023-10-09",
            [("the weekend", "DATE", "2023-08"), ("August", "DATE", "2023-08")],
            id="the_weekend_in_august",
        ),
        # look-alikes: no month; the document's month; a month's nth weekend; a place
        pytest.param(
            "The film took $80 million in its opening weekend.",
            "2023-10-09",
            [("opening weekend", "DATE", "2023-W40-WE")],
            id="its_opening_weekend_alone",
        ),
        pytest.param(
            "The fair drew crowds over the weekend in July.",
            "2023-07-10",
            [("the weekend", "DATE", "2023-W27-WE"), ("July", "DATE", "2023-07")],
            id="the_documents_month",
        ),
        pytest.param(
            "The sequel opens in its second weekend in December.",
            "2023-10-09",
            [("second weekend in December", "DATE", "2023-W49-WE")],
            id="the_second_weekend_in_december",
        ),
        pytest.param(
            "Over the weekend in Paris, talks stalled.",
            "2023-10-09",
            [("the weekend", "DATE", "2023-W40-WE")],
            id="the_weekend_in_paris",
        ),
    ],
)
def test_a_weekend_in_a_month_is_of_that_month(text: str, dct: str, expected: list[Row]) -> None:
    """A weekend "in" a month named right after it is of that month (the month), not the one
    the tense names; the document's month, a month's nth weekend and a place keep theirs."""
    assert _news(text, dct) == expected


# ---- 3. clocks restated across zones ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Tickets go on sale 11pm PT / 7am BST on 1 October.",
            "2024-09-10",
            [
                ("11pm PT", "TIME", "2024-09-30T23:00-07:00"),
                ("7am BST on 1 October", "TIME", "2024-10-01T07:00+01:00"),
            ],
            id="11pm_pt_7am_bst_on_1_october",
        ),
        pytest.param(
            "The Asia-Pacific round begins 7pm ET / 9am AEST on 1 July, organisers said.",
            "2024-06-20",
            [
                ("7pm ET", "TIME", "2024-06-30T19:00-04:00"),
                ("9am AEST on 1 July", "TIME", "2024-07-01T09:00+10:00"),
            ],
            id="7pm_et_9am_aest_on_1_july",
        ),
        pytest.param(
            "The earnings call is 9am JST / 8pm ET on 28 February.",
            "2024-02-20",
            [
                ("9am JST", "TIME", "2024-02-29T09:00+09:00"),
                ("8pm ET on 28 February", "TIME", "2024-02-28T20:00-05:00"),
            ],
            id="9am_jst_8pm_et_on_28_february_of_a_leap_year",
        ),
        pytest.param(
            "The earnings call is 9am JST / 8pm ET on 28 February.",
            "2023-02-20",
            [
                ("9am JST", "TIME", "2023-03-01T09:00+09:00"),
                ("8pm ET on 28 February", "TIME", "2023-02-28T20:00-05:00"),
            ],
            id="9am_jst_8pm_et_on_28_february_of_a_common_year",
        ),
        pytest.param(
            "Voting opens 9pm ET / 10am JST on 1 January 2025.",
            "2024-12-10",
            [
                ("9pm ET", "TIME", "2024-12-31T21:00-05:00"),
                ("10am JST on 1 January 2025", "TIME", "2025-01-01T10:00+09:00"),
            ],
            id="across_a_years_end",
        ),
        # look-alike: February's length with no year near (the same day in both zones is
        # pinned in tests/test_noticed_gaps_59.py)
        pytest.param(
            "The stream starts 10pm ET / 11am JST on 1 March.",
            "2023-09-20",
            [
                ("10pm ET", "TIME", "2023-09-20T22:00-04:00"),
                ("11am JST on 1 March", "TIME", "2024-03-01T11:00+09:00"),
            ],
            id="eve_of_1_march_with_no_year_near",
        ),
    ],
)
def test_a_clock_restated_on_a_date_moves_across_the_months_end(
    text: str, dct: str, expected: list[Row]
) -> None:
    """A zone's clock a day away from the restated date is on the month's neighbour's day,
    February's length the year's; with no year near, the eve of 1 March is not moved."""
    assert _news(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The blast was at 8:17 a.m. local time (1:17 a.m. ET Monday), officials said.",
            "2024-09-18",
            [
                ("8:17 a.m.", "TIME", "2024-09-16T08:17"),
                ("1:17 a.m. ET Monday", "TIME", "2024-09-16T01:17-04:00"),
            ],
            id="local_time_then_et_monday",
        ),
        pytest.param(
            "The quake struck at 3:40 p.m. local time (10:40 a.m. ET Tuesday), the USGS said.",
            "2024-09-19",
            [
                ("3:40 p.m.", "TIME", "2024-09-17T15:40"),
                ("10:40 a.m. ET Tuesday", "TIME", "2024-09-17T10:40-04:00"),
            ],
            id="local_time_then_et_tuesday",
        ),
        # look-alike: a restatement two zones of the world may be on keeps the document's day
        pytest.param(
            "The strike hit at 9 p.m. local time (0700 GMT Tuesday).",
            "2024-09-19",
            [
                ("9 p.m.", "TIME", "2024-09-19T21:00"),
                ("0700 GMT Tuesday", "TIME", "2024-09-17T07:00+00:00"),
            ],
            id="utc_plus_14_or_minus_10",
        ),
    ],
)
def test_a_local_clock_restated_in_a_zone_of_two_clocks_is_on_its_day(
    text: str, dct: str, expected: list[Row]
) -> None:
    """A local clock restated in a zone named without its season ("ET") is on the day both of
    the zone's clocks put it; a day the world's zones leave open is not taken."""
    assert _news(text, dct) == expected


# ---- 4. notes: the day of the stay a note is written on, an order's midnight --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Today is hospital day 4. Afebrile.",
            [("Today", "DATE", "2017-05-11"), ("hospital day 4", "DATE", "2017-05-11")],
            id="today_is_hospital_day_4",
        ),
        pytest.param(
            "Today is HD #4, afebrile overnight.",
            [
                ("Today", "DATE", "2017-05-11"),
                ("HD #4", "DATE", "2017-05-11"),
                ("overnight", "TIME", "2017-05-11TNI"),
            ],
            id="today_is_hd_4",
        ),
        pytest.param(
            "Today is POD 2 s/p lap chole.",
            [("Today", "DATE", "2017-05-11"), ("POD 2", "DATE", "2017-05-11")],
            id="today_is_pod_2",
        ),
        pytest.param(
            "Now POD 3 after CABG.",
            [("Now", "DATE", "PRESENT_REF"), ("POD 3", "DATE", "2017-05-11")],
            id="now_pod_3",
        ),
        # look-alikes: a day of the stay planned, or not the one "Today" is
        pytest.param(
            "Discharge planned on hospital day 4.",
            [("hospital day 4", "DATE", "2017-05-14")],
            id="planned_on_hospital_day_4",
        ),
        pytest.param(
            "Today we discussed hospital day 4 goals.",
            [("Today", "DATE", "2017-05-11"), ("hospital day 4", "DATE", "2017-05-14")],
            id="today_we_discussed",
        ),
        pytest.param(
            "Today is day 4 of prednisone.",
            [("Today", "DATE", "2017-05-11"), ("day 4 of prednisone", "DATE", "2017-05-11")],
            id="a_courses_day",
        ),
    ],
)
def test_today_is_a_day_of_the_stay(text: str, expected: list[Row]) -> None:
    """ "Today is hospital day 4" is the note's date, as "Now POD 3" is; a day planned or
    talked of counts from the admission."""
    assert note_mentions("PROGRESS NOTE 05/11/2017\n\n", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Admitted 3/2. NPO after midnight for EGD.",
            [("3/2", "DATE", "2023-03-02"), ("midnight", "TIME", "2023-03-06T24:00")],
            id="admitted_then_npo",
        ),
        pytest.param(
            "Seen by GI on 3/4.\nPlan: NPO after midnight for colonoscopy.",
            [("3/4", "DATE", "2023-03-04"), ("midnight", "TIME", "2023-03-06T24:00")],
            id="plan_npo",
        ),
        pytest.param(
            "Transferred from OSH on 3/3. Keep NPO after midnight for TEE.",
            [("3/3", "DATE", "2023-03-03"), ("midnight", "TIME", "2023-03-06T24:00")],
            id="keep_npo",
        ),
        # look-alikes: a fast the story tells; a midnight that is no fast's
        pytest.param(
            "On 3/2 he was made NPO after midnight for EGD.",
            [("3/2", "DATE", "2023-03-02"), ("midnight", "TIME", "2023-03-02T24:00")],
            id="was_made_npo",
        ),
        pytest.param(
            "Admitted 3/2. Pain worse after midnight.",
            [("3/2", "DATE", "2023-03-02"), ("midnight", "TIME", "2023-03-02T24:00")],
            id="pain_after_midnight",
        ),
    ],
)
def test_an_orders_npo_after_midnight_ends_the_notes_day(text: str, expected: list[Row]) -> None:
    """An order's "NPO after midnight" is the note's 24:00, whatever day the note last named;
    a fast the story tells stays on its day."""
    assert note_mentions("PROGRESS NOTE\n03/06/2023\n\n", text) == expected


# ---- 5. "in as many seasons" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He won five titles in as many seasons.",
            [("as many seasons", "DURATION", "P5SE")],
            id="five_titles_in_as_many_seasons",
        ),
        pytest.param(
            "It is the club's third relegation in as many seasons.",
            [("as many seasons", "DURATION", "P3SE")],
            id="third_relegation_in_as_many_seasons",
        ),
        pytest.param(
            "Five coaches in as many seasons is a lot, the owner admitted.",
            [("as many seasons", "DURATION", "P5SE")],
            id="five_coaches_in_as_many_seasons",
        ),
        # look-alikes: no "as", and a count of seasons written out
        pytest.param(
            "He won five titles in many seasons.",
            [("many seasons", "DURATION", "PXSE")],
            id="in_many_seasons",
        ),
        pytest.param(
            "He played three seasons in Boston.",
            [("three seasons", "DURATION", "P3SE")],
            id="three_seasons",
        ),
    ],
)
def test_in_as_many_seasons_is_counted(text: str, expected: list[Row]) -> None:
    """ "in as many seasons" is as many seasons as the things counted before it."""
    assert _news(text, "2024-05-10") == expected
