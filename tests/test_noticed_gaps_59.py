"""Gaps noticed in session 21, fifty-ninth list: weekends, holidays, seasons and zones in news.

News read from its document date (genre news, its weekday checked with ``datetime``), rows as
TimeBank annotates them:
- a film's weekend counted from its opening is the weekend box-office copy reports ("fell to
  second place in its second weekend", "took $80.5 million in its opening weekend", on a
  Monday: the weekend just gone, the same as "Last weekend"); "a second weekend starting
  Friday" and "its second weekend of shows" are none;
- a holiday written as its day before "weekend" is the weekend the day makes long, as
  "Memorial Day weekend" is ("the July 4th holiday weekend": July 4, 2024 a Thursday, that
  week's weekend, 2024-W27-WE; "the July 4 weekend" of 2022, a Monday, the weekend before);
  "On July 4, weekend traffic" keeps its day;
- "the same weekend last year" is the weekend the copy reports a year back, one expression as
  "the same month last year" is (with no weekend named before it, the weekend the tense names);
- the zone written once after a clock range is kept before "weekdays", "weekends" or "daily",
  and the set is read ("from 9am to 5pm ET weekdays");
- a month's "Patch Tuesday" named by its month is that month's second Tuesday ("after this
  month's Patch Tuesday", "next month's Patch Tuesday"); "This month's Patch Tuesday updates"
  are the release, no day.
- the weekday a holiday "fell on" or "falls on", "a Tuesday" too, is the holiday's day when the
  weekdays agree, and a year right after the weekday dates the holiday ("Independence Day fell
  on a Tuesday last year", on 2 May 2024: both 2023-07-04; the brief's "on a Thursday" is no
  weekday of that day, so it stays any Thursday); "Christmas shopping began on a Sunday" is none;
- a lead's day some country keeps Independence Day on dates it ("12 June: Independence Day
  fireworks over Manila": the Philippines' 12 June, was 4 July); "20 April: Independence Day
  sales" keeps 4 July and "On 3 May, Victory Day preparations" no day.
- a clock restated in a second zone on a date, past midnight there, is the evening before in
  its own zone ("11pm PT / 7am BST on 16 September": 15 September's 23:00, was the document's
  day; "6pm ET / 8am JST on 31 May": 30 May's; "on 1 October", since session 22, 30
  September's).
Strict xfail: "since the fall" as the season.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, news


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. box-office weekends and holiday weekends ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "LOS ANGELES (Reuters) - Last weekend's No. 1 fell to second place in its second "
            "weekend, taking $41 million.",
            "2024-07-22",
            [("Last weekend", "DATE", "2024-W29-WE"), ("second weekend", "DATE", "2024-W29-WE")],
            id="its_second_weekend",
        ),
        pytest.param(
            'NEW YORK (AP) - "Twisters," released Friday, took $80.5 million in its opening '
            "weekend, Warner Bros. said Sunday.",
            "2024-07-15",
            [
                ("Friday", "DATE", "2024-07-12"),
                ("opening weekend", "DATE", "2024-W28-WE"),
                ("Sunday", "DATE", "2024-07-14"),
            ],
            id="its_opening_weekend",
        ),
        pytest.param(
            "The thriller held the top spot in its third weekend, studio estimates showed.",
            "2024-07-29",
            [("third weekend", "DATE", "2024-W30-WE")],
            id="its_third_weekend",
        ),
        pytest.param(
            "Disney's sequel collected $220 million over the July 4th holiday weekend.",
            "2024-07-08",
            [("the July 4th holiday weekend", "DATE", "2024-W27-WE")],
            id="the_july_4th_holiday_weekend_on_a_thursday",
        ),
        pytest.param(
            "Highway deaths rose over the July 4 weekend, police said.",
            "2022-07-06",
            [("the July 4 weekend", "DATE", "2022-W26-WE")],
            id="the_july_4_weekend_on_a_monday",
        ),
        pytest.param(
            "After last weekend's record, overall ticket sales fell 12% from the same weekend "
            "last year.",
            "2024-07-22",
            [
                ("last weekend", "DATE", "2024-W29-WE"),
                ("the same weekend last year", "DATE", "2023-W29-WE"),
            ],
            id="the_same_weekend_last_year",
        ),
        # look-alikes: a weekend that is no film's, a day before a weekend's traffic
        pytest.param(
            "The festival returns for a second weekend starting Friday.",
            "2024-04-15",
            [("Friday", "DATE", "2024-04-19")],
            id="a_second_weekend",
        ),
        pytest.param(
            "The band adds its second weekend of shows in May.",
            "2024-04-01",
            [("May", "DATE", "2024-05")],
            id="its_second_weekend_of_shows",
        ),
        pytest.param(
            "On July 4, weekend traffic was light, officials said.",
            "2024-07-08",
            [("July 4", "DATE", "2024-07-04")],
            id="july_4_then_weekend_traffic",
        ),
    ],
)
def test_box_office_and_holiday_weekends(text: str, dct: str, expected: list[Row]) -> None:
    """A film's nth or opening weekend is the one the copy reports; a day before "(holiday)
    weekend" is the weekend it makes long; "a second weekend" and "July 4, weekend" are not."""
    assert _news(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Ticket sales fell 12% from the same weekend last year.",
            "2024-07-22",
            [("the same weekend last year", "DATE", "2023-W29-WE")],
            id="told_behind_on_a_monday",
        ),
        pytest.param(
            "Sales are expected to trail the comparable weekend a year ago, analysts said.",
            "2024-07-24",
            [("the comparable weekend a year ago", "DATE", "2023-W30-WE")],
            id="told_ahead_on_a_wednesday",
        ),
        # look-alike: a count of weekends back is no year away
        pytest.param(
            "The film opened two weekends ago.",
            "2024-07-22",
            [("two weekends ago", "DATE", "2024-W28-WE")],
            id="two_weekends_ago",
        ),
    ],
)
def test_the_same_weekend_last_year_alone_is_the_weekend_the_tense_names(
    text: str, dct: str, expected: list[Row]
) -> None:
    """With no weekend named before it, "the same weekend last year" is the weekend just gone
    (told behind) or the coming one (told ahead), a year back; "two weekends ago" keeps its
    count."""
    assert _news(text, dct) == expected


# ---- 2. "since the fall" ------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="'since the fall' is not read as the season: a note's tumble is as likely ('Neck "
    "pain since the fall', tests/test_clinical_4.py); 'of' and 'in' after it already mark the "
    "collapse ('since the fall of the Berlin Wall', 'since the fall in rates')",
)
def test_since_the_fall_at_a_clauses_end_is_the_season() -> None:
    """ "Prices have risen since the fall", on Feb. 20, 2024: the autumn behind, 2023-FA."""
    assert _news("Heating prices have risen since the fall, the agency said.", "2024-02-20") == [
        ("the fall", "DATE", "2023-FA")
    ]


# ---- 3. zones ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Support is available from 9am to 5pm ET weekdays.",
            [
                ("9am", "TIME", "XXXX-XX-XXT09:00"),
                ("5pm ET", "TIME", "XXXX-XX-XXT17:00"),
                ("weekdays", "SET", "XXXX-WXX-WD"),
            ],
            id="from_9am_to_5pm_et_weekdays",
        ),
        pytest.param(
            "The help desk is staffed 8am-6pm PT weekdays.",
            [
                ("8am", "TIME", "XXXX-XX-XXT08:00"),
                ("6pm PT", "TIME", "XXXX-XX-XXT18:00"),
                ("weekdays", "SET", "XXXX-WXX-WD"),
            ],
            id="8am_6pm_pt_weekdays",
        ),
        pytest.param(
            "The museum is open 10am-6pm ET daily.",
            [
                ("10am", "TIME", "XXXX-XX-XXT10:00"),
                ("6pm ET", "TIME", "XXXX-XX-XXT18:00"),
                ("daily", "SET", "P1D"),
            ],
            id="10am_6pm_et_daily",
        ),
        # look-alike: a zone before a named day stays that day's clock
        pytest.param(
            "The gallery opens at 10am ET on Saturday.",
            [("10am ET on Saturday", "TIME", "2024-03-16T10:00-04:00")],
            id="10am_et_on_saturday",
        ),
    ],
)
def test_a_zone_after_a_clock_range_before_its_days_is_kept(text: str, expected: list[Row]) -> None:
    """A zone written once after opening hours is kept before "weekdays" or "daily"."""
    assert _news(text, "2024-03-11") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The finale premieres 11pm PT / 7am BST on 16 September.",
            "2024-09-10",
            [
                ("11pm PT", "TIME", "2024-09-15T23:00-07:00"),
                ("7am BST on 16 September", "TIME", "2024-09-16T07:00+01:00"),
            ],
            id="11pm_pt_7am_bst_on_16_september",
        ),
        pytest.param(
            "The patch lands 6pm ET / 8am JST on 31 May, the studio said.",
            "2024-05-20",
            [
                ("6pm ET", "TIME", "2024-05-30T18:00-04:00"),
                ("8am JST on 31 May", "TIME", "2024-05-31T08:00+09:00"),
            ],
            id="6pm_et_8am_jst_on_31_may",
        ),
        # look-alikes: the same day in both zones, a day whose eve is in another month
        pytest.param(
            "Season 5 drops at 10am PT / 1pm ET on March 14.",
            "2024-03-11",
            [
                ("10am PT", "TIME", "2024-03-14T10:00-07:00"),
                ("1pm ET on March 14", "TIME", "2024-03-14T13:00-04:00"),
            ],
            id="same_day_in_both_zones",
        ),
        pytest.param(
            "Tickets go on sale 11pm PT / 7am BST on 1 October.",
            "2024-09-10",
            [
                ("11pm PT", "TIME", "2024-09-30T23:00-07:00"),
                ("7am BST on 1 October", "TIME", "2024-10-01T07:00+01:00"),
            ],
            id="eve_of_the_1st_in_the_month_before",
        ),
    ],
)
def test_a_clock_restated_past_midnight_on_a_date_is_the_evening_before(
    text: str, dct: str, expected: list[Row]
) -> None:
    """The first of two zones' clocks, a day behind the second's date, is the evening before
    it; the eve of a 1st is the month before's last day (session 22, test_noticed_gaps_64)."""
    assert _news(text, dct) == expected


# ---- 4. holidays and their weekday -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "WASHINGTON (AP) - Independence Day fell on a Tuesday last year, the agency said.",
            "2024-05-02",
            [
                ("Independence Day", "DATE", "2023-07-04"),
                ("Tuesday", "DATE", "2023-07-04"),
                ("last year", "DATE", "2023"),
            ],
            id="fell_on_a_tuesday_last_year",
        ),
        pytest.param(
            "Christmas Day falls on a Sunday this year, retailers noted.",
            "2022-05-02",
            [
                ("Christmas Day", "DATE", "2022-12-25"),
                ("Sunday", "DATE", "2022-12-25"),
                ("this year", "DATE", "2022"),
            ],
            id="falls_on_a_sunday_this_year",
        ),
        pytest.param(
            "Diwali 2023 fell on a Sunday, traders said.",
            "2024-05-02",
            [("Diwali 2023", "DATE", "2023-11-12"), ("Sunday", "DATE", "2023-11-12")],
            id="diwali_2023_fell_on_a_sunday",
        ),
        # look-alikes: a weekday the holiday is not on, a weekday of something else
        pytest.param(
            "Independence Day fell on a Thursday last year, the columnist misremembered.",
            "2024-05-02",
            [
                ("Independence Day", "DATE", "2023-07-04"),
                ("Thursday", "DATE", "XXXX-WXX-4"),
                ("last year", "DATE", "2023"),
            ],
            id="not_its_weekday",
        ),
        pytest.param(
            "Christmas shopping began on a Sunday last year.",
            "2024-12-11",
            [
                ("Christmas", "DATE", "2024-12-25"),
                ("Sunday", "DATE", "XXXX-WXX-7"),
                ("last year", "DATE", "2023"),
            ],
            id="christmas_shopping_began_on_a_sunday",
        ),
    ],
)
def test_a_holiday_falls_on_a_weekday_in_a_year(text: str, dct: str, expected: list[Row]) -> None:
    """The weekday a holiday "fell on" or "falls on", "a Tuesday" too, is the holiday's day when
    the weekdays agree, and a year right after it dates the holiday; a weekday it is not on,
    or one of "Christmas shopping", stays any such day."""
    assert _news(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "12 June: Independence Day fireworks over Manila",
            "2024-06-01",
            [("12 June", "DATE", "2024-06-12"), ("Independence Day", "DATE", "2024-06-12")],
            id="the_philippines_12_june",
        ),
        pytest.param(
            "5 July — Independence Day parade draws crowds in Algiers",
            "2024-06-20",
            [("5 July", "DATE", "2024-07-05"), ("Independence Day", "DATE", "2024-07-05")],
            id="algeria_5_july",
        ),
        # look-alikes: a day no country keeps it on, a national holiday on no day of its own
        pytest.param(
            "20 April: Independence Day sales begin at malls",
            "2024-04-01",
            [("20 April", "DATE", "2024-04-20"), ("Independence Day", "DATE", "2024-07-04")],
            id="20_april_independence_day_sales",
        ),
        pytest.param(
            "On 3 May, Victory Day preparations were halted.",
            "2024-06-01",
            [("3 May", "DATE", "2024-05-03"), ("Victory Day", "DATE", "2024-XX-XX")],
            id="3_may_victory_day_preparations",
        ),
    ],
)
def test_a_leads_day_dates_a_national_holiday_of_another_country(
    text: str, dct: str, expected: list[Row]
) -> None:
    """A lead's day some country keeps Independence Day on dates it ("12 June:" the
    Philippines'), not the United States' 4 July; "20 April:" is no one's, and "3 May" no
    Victory Day."""
    assert _news(text, dct) == expected


# ---- 5. a month's Patch Tuesday -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Microsoft will ship the fix after this month's Patch Tuesday.",
            [("this month's Patch Tuesday", "DATE", "2024-06-11")],
            id="this_months_patch_tuesday",
        ),
        pytest.param(
            "The flaw should be closed in next month's Patch Tuesday, the company said.",
            [("next month's Patch Tuesday", "DATE", "2024-07-09")],
            id="next_months_patch_tuesday",
        ),
        pytest.param(
            "Last month's Patch Tuesday broke printers at several banks.",
            [("Last month's Patch Tuesday", "DATE", "2024-05-14")],
            id="last_months_patch_tuesday",
        ),
        # look-alike: the month's release, no day
        pytest.param(
            "This month's Patch Tuesday updates broke printers.",
            [("This month", "DATE", "2024-06")],
            id="this_months_patch_tuesday_updates",
        ),
    ],
)
def test_a_months_patch_tuesday_is_its_second_tuesday(text: str, expected: list[Row]) -> None:
    """On Monday June 3, 2024: "this month's Patch Tuesday" is June 11, "next month's" July 9,
    "Last month's" May 14; "This month's Patch Tuesday updates" keep "This month" alone."""
    assert _news(text, "2024-06-03") == expected
