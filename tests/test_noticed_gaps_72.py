"""Gaps noticed in session 24, seventy-second list: news leftovers.

News with its date as the document date (its weekday checked with ``datetime``), rows as
TimeBank annotates them:
- what lands, ships or debuts "on" a weekday, told in the present with its subject opening the
  sentence and the weekday ending the clause, is a release's schedule, as "ships Friday" was: on
  Tuesday 12 September 2023 "The update ships on Friday." is 2023-09-15 (was 09-08), "The patch
  lands on Saturday for all users" 2023-09-16, "Apple said the update ships on Friday" too;
  "The update shipped on Friday", "Protesters occupied tribal lands on Monday" and "The Navy
  ships on Friday fired missiles" stay behind;
- a state told in the present that lasts "until" or "through" a day a few weeks behind the
  document's ends that day next year (a day that close was read in the document's year
  whatever the tense): on Wednesday 10 May 2023 "The road stays closed until May the third" is
  2024-05-03 (was 2023-05-03, as "until May 3" was), "remains shut until the third of May",
  "The exhibition runs through May 5" too; "The road stayed closed until May the third", "was
  closed until May 3" keep 2023-05-03 and "stays closed until May 20" 2023-05-20;
- a schedule's range of months or days without their year, told in the present, is the one in
  progress, else the next (it was the nearest, or moved ahead by "is open" read as a cue of
  what is to come): "The resort is closed from mid-October to mid-December" on 13 March 2024 is
  2024-10 to 2024-12 (was 2023), "The ferry operates from June 1 to Sept. 30" on 2 October 2024
  is 2025, "The ski lift runs from December to April" on 10 February 2024 is 2023-12 to
  2024-04 (tests/test_news_30.py has the cruise season of January and the pool of July, whose
  strict xfails this took out); "The pool was open from May to September" stays 2023 and
  "Sales rose from May to September" behind, and "The 2023 cruise season, which runs from May
  to October" is 2023's;
- a school or academic year "ahead" is the coming one, as "the coming school year" is, named
  by the year it ends in: on 20 June 2024 "Teachers in the school year ahead face cuts" is
  2025 (was untagged), "the academic year ahead" too; "the year ahead" stays P1Y, "the school
  year ahead of the strike" nothing. "the 2023-24 school year" keeps its two years, 2023 and
  2024, where "this school year" is one (2024 in September 2023): a year split over two is two
  years, as its long form "2023-2024" is (tests/test_noticed_gaps_49.py), pinned for school
  years in tests/test_news_5.py, _10, _13 and _29; one mention would value a year of school,
  August to June, as one calendar year, which only a year named by the document's ("this school
  year") is;
- a count before a unit in the singular and a noun is a length naming the noun, no span from
  the document: "the next 5 year plan" is "5 year" P5Y (was "the next 5 year"), as "the next
  five-year plan" is "five-year", "the next 10 year strategy" "10 year", "the past 10 year
  average" "10 year" (its "the past" no vague past); "the next 5 years", "the past 3 months",
  "the next 12 month period" and "The next one year" stay spans;
- "next" after "last week or", "last month or", "last year or" leaves out the unit just named,
  as after "this month or": "Results were due last month or early next" is "early next",
  2023-10 START (was untagged), "The talks stalled last week or early next" 2023-W38 START;
  "It was last month or the next" (the one after it) and "last year or next year" as before;
- two months joined by "and" before a capitalised surname that a verb or a pause follows are
  two first names: "June and August Smith run the inn" tags nothing (was "August"), "The
  inn's owners, June and August Smith, retired" nothing; after a preposition they stay months,
  a time and then the subject, as a reader takes them ("In June and August Smith toured the
  coast": June and August), as before a noun ("June and August sales rose").
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import ModRow, Row, news, news_with_mods


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


# ---- 2. a state told in the present until a day a few weeks behind ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The road stays closed until May the third, when crews finish.",
            [("May the third", "DATE", "2024-05-03")],
            id="the_road_stays_closed_until_may_the_third",
        ),
        pytest.param(
            "The road stays closed until May 3.",
            [("May 3", "DATE", "2024-05-03")],
            id="the_road_stays_closed_until_may_3",
        ),
        pytest.param(
            "The footbridge remains shut until the third of May, the council says.",
            [("the third of May", "DATE", "2024-05-03")],
            id="the_footbridge_remains_shut_until_the_third_of_may",
        ),
        pytest.param(
            "The exhibition runs through May 5 at the city gallery.",
            [("May 5", "DATE", "2024-05-05")],
            id="the_exhibition_runs_through_may_5",
        ),
        # look-alikes: told over; a day still ahead in the month
        pytest.param(
            "The road stayed closed until May the third.",
            [("May the third", "DATE", "2023-05-03")],
            id="the_road_stayed_closed_until_may_the_third",
        ),
        pytest.param(
            "The road was closed until May 3.",
            [("May 3", "DATE", "2023-05-03")],
            id="the_road_was_closed_until_may_3",
        ),
        pytest.param(
            "The road stays closed until May 20.",
            [("May 20", "DATE", "2023-05-20")],
            id="the_road_stays_closed_until_may_20",
        ),
    ],
)
def test_a_state_held_until_a_day_behind_ends_ahead(text: str, expected: list[Row]) -> None:
    """A present state "until" or "through" a day a few weeks behind ends that day next year."""
    assert _news(text, "2023-05-10") == expected


# ---- 3. a schedule's range told in the present -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The resort is closed from mid-October to mid-December.",
            "2024-03-13",
            [("mid-October", "DATE", "2024-10"), ("mid-December", "DATE", "2024-12")],
            id="the_resort_is_closed_from_mid_october_to_mid_december",
        ),
        pytest.param(
            "The island ferry operates from June 1 to Sept. 30, the company says.",
            "2024-10-02",
            [("June 1", "DATE", "2025-06-01"), ("Sept. 30", "DATE", "2025-09-30")],
            id="the_ferry_operates_from_june_1_to_sept_30",
        ),
        pytest.param(
            "The ski lift runs from December to April.",
            "2024-02-10",
            [("December", "DATE", "2023-12"), ("April", "DATE", "2024-04")],
            id="the_ski_lift_runs_from_december_to_april",
        ),
        pytest.param(
            "The outdoor pool is open from May to September.",
            "2024-03-13",
            [("May", "DATE", "2024-05"), ("September", "DATE", "2024-09")],
            id="the_pool_is_open_from_may_to_september_in_march",
        ),
        # look-alikes: told over; a schedule of the year its clause named
        pytest.param(
            "The 2023 cruise season, which runs from May to October, sold out.",
            "2024-03-13",
            [("2023", "DATE", "2023"), ("May", "DATE", "2023-05"), ("October", "DATE", "2023-10")],
            id="the_2023_season_which_runs_from_may_to_october",
        ),
        pytest.param(
            "The pool was open from May to September.",
            "2024-07-10",
            [("May", "DATE", "2023-05"), ("September", "DATE", "2023-09")],
            id="the_pool_was_open_from_may_to_september",
        ),
        pytest.param(
            "Sales rose from May to September.",
            "2024-07-10",
            [("May", "DATE", "2023-05"), ("September", "DATE", "2023-09")],
            id="sales_rose_from_may_to_september",
        ),
    ],
)
def test_a_schedule_told_in_the_present_is_in_progress_or_next(
    text: str, dct: str, expected: list[Row]
) -> None:
    """A present schedule's yearless range holds the document's day, else is the next one."""
    assert _news(text, dct) == expected


# ---- 4. the school year ahead ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Teachers in the school year ahead face cuts.",
            "2024-06-20",
            [("the school year ahead", "DATE", "2025")],
            id="teachers_in_the_school_year_ahead",
        ),
        pytest.param(
            "The district braces for the academic year ahead, its budget down 4%.",
            "2024-03-05",
            [("the academic year ahead", "DATE", "2025")],
            id="braces_for_the_academic_year_ahead",
        ),
        pytest.param(
            "Absences fell this school year.",
            "2023-09-12",
            [("this school year", "DATE", "2024")],
            id="this_school_year",
        ),
        # look-alikes: a span of a year; a school year's and a season's two years; "ahead of"
        pytest.param(
            "The state cut aid for the 2023-24 school year.",
            "2023-09-12",
            [("2023", "DATE", "2023"), ("24", "DATE", "2024")],
            id="the_2023_24_school_year",
        ),
        pytest.param(
            "Teachers in the year ahead face cuts.",
            "2023-09-12",
            [("the year ahead", "DURATION", "P1Y")],
            id="the_year_ahead",
        ),
        pytest.param(
            "The club lost money in the 2023-24 season.",
            "2024-09-12",
            [("2023", "DATE", "2023"), ("24", "DATE", "2024")],
            id="the_2023_24_season",
        ),
        pytest.param(
            "Schools ended the school year ahead of the strike.",
            "2023-09-12",
            [],
            id="the_school_year_ahead_of_the_strike",
        ),
    ],
)
def test_the_school_year_ahead_is_the_coming_one(text: str, dct: str, expected: list[Row]) -> None:
    """ "The school year ahead" is the coming one, as "the coming school year" is."""
    assert _news(text, dct) == expected


# ---- 5. a plan's length after "the next" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The party unveiled the next 5 year plan, its targets lower.",
            [("5 year", "DURATION", "P5Y")],
            id="the_next_5_year_plan",
        ),
        pytest.param(
            "The party unveiled the next five-year plan.",
            [("five-year", "DURATION", "P5Y")],
            id="the_next_five_year_plan",
        ),
        pytest.param(
            "Officials drafted the next 10 year strategy for the port.",
            [("10 year", "DURATION", "P10Y")],
            id="the_next_10_year_strategy",
        ),
        pytest.param(
            "Yields sat above the past 10 year average.",
            [("10 year", "DURATION", "P10Y")],
            id="the_past_10_year_average",
        ),
        # look-alikes: spans from the document
        pytest.param(
            "Sales will grow over the next 5 years.",
            [("the next 5 years", "DURATION", "P5Y")],
            id="the_next_5_years",
        ),
        pytest.param(
            "Prices rose over the past 3 months.",
            [("the past 3 months", "DURATION", "P3M")],
            id="the_past_3_months",
        ),
        pytest.param(
            "Revenue is expected to grow over the next 12 month period.",
            [("the next 12 month period", "DURATION", "P12M")],
            id="the_next_12_month_period",
        ),
        pytest.param(
            "The next one year is critical for the firm.",
            [("The next one year", "DURATION", "P1Y")],
            id="the_next_one_year",
        ),
    ],
)
def test_a_length_before_a_noun_is_no_span_from_the_document(
    text: str, expected: list[Row]
) -> None:
    """ "the next 5 year plan" is the plan's length "5 year", not "the next 5 year"."""
    assert _news(text, "2023-09-12") == expected


# ---- 6. "next" with its unit left out after "last month or" ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Results were due last month or early next.",
            [("last month", "DATE", "2023-08"), ("early next", "DATE", "2023-10", "START")],
            id="due_last_month_or_early_next",
        ),
        pytest.param(
            "The talks stalled last week or early next, the envoy said.",
            [("last week", "DATE", "2023-W36"), ("early next", "DATE", "2023-W38", "START")],
            id="last_week_or_early_next",
        ),
        pytest.param(
            "The vote is expected later this month or early next.",
            [
                ("later this month", "DATE", "2023-09", "END"),
                ("early next", "DATE", "2023-10", "START"),
            ],
            id="later_this_month_or_early_next",
        ),
        # look-alikes: the one after last month; "next" with its noun
        pytest.param(
            "It was last month or the next, she said.",
            [("last month", "DATE", "2023-08")],
            id="last_month_or_the_next",
        ),
        pytest.param(
            "Prices rose last year or next year.",
            [("last year", "DATE", "2022"), ("next year", "DATE", "2024")],
            id="last_year_or_next_year",
        ),
    ],
)
def test_next_after_last_month_or_leaves_out_the_unit(text: str, expected: list[ModRow]) -> None:
    """ "last month or early next" is the start of next month, as "this month or early next"."""
    assert news_with_mods(text, "2023-09-12", "Tuesday") == expected


# ---- 7. two months as first names before a surname ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "June and August Smith run the inn on the harbour.",
            [],
            id="june_and_august_smith_run_the_inn",
        ),
        pytest.param(
            "The inn's owners, June and August Smith, retired in 2019.",
            [("2019", "DATE", "2019")],
            id="the_owners_june_and_august_smith",
        ),
        pytest.param(
            "May and June Carter, twins, sang at the fair.",
            [],
            id="may_and_june_carter_twins",
        ),
        # look-alikes: after a preposition, a time; before a noun, months
        pytest.param(
            "In June and August Smith toured the coast.",
            [("June", "DATE", "2023-06"), ("August", "DATE", "2023-08")],
            id="in_june_and_august_smith_toured",
        ),
        pytest.param(
            "June and August sales rose.",
            [("June", "DATE", "2023-06"), ("August", "DATE", "2023-08")],
            id="june_and_august_sales_rose",
        ),
    ],
)
def test_two_months_before_a_surname_are_first_names(text: str, expected: list[Row]) -> None:
    """ "June and August Smith run the inn" names two people, no months."""
    assert _news(text, "2023-09-12") == expected
