"""Gaps noticed in session 23, sixty-eighth list: news.

News read from its document date (genre news, its weekday checked with ``datetime``), rows as
TimeBank annotates them:
- a school's year and its terms are counted as "the fiscal year" and "this season" are: "at
  the end of the school year", on Tuesday 5 March 2024, is 2024 with mod END (the document
  date's year, as "this school year" and "the fiscal year" are; was none), "during the
  academic year" 2024; "by the end of the fall semester" is the fall's edge, 2024-FA END, as
  "by the end of the summer" is (was none), "the start of the spring term" 2024-SP START;
  "next semester", "last semester", "this semester" are as vague as "next term" and "this
  season" (FUTURE_REF, PAST_REF, PRESENT_REF; were none); not "school year fees", "The school
  year begins on Aug. 16" (its subject), nor "a semester abroad" (a length TIMEX3 has no unit
  for: a semester is four to six months, unlike "a season", P1SE).
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import ModRow, news_with_mods


def _news(text: str, dct: str) -> list[ModRow]:
    return news_with_mods(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a school's year and its terms -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The district will close three schools at the end of the school year.",
            [("the end of the school year", "DATE", "2024", "END")],
            id="end_of_the_school_year",
        ),
        pytest.param(
            "Tuition will rise at the start of the academic year, the university said.",
            [("the start of the academic year", "DATE", "2024", "START")],
            id="start_of_the_academic_year",
        ),
        pytest.param(
            "Chronic absences rose during the school year, the report found.",
            [("the school year", "DATE", "2024")],
            id="during_the_school_year",
        ),
        pytest.param(
            "Students must apply by the end of the fall semester.",
            [("the end of the fall semester", "DATE", "2024-FA", "END")],
            id="by_the_end_of_the_fall_semester",
        ),
        pytest.param(
            "Fees will be frozen until the end of the spring term.",
            [("the end of the spring term", "DATE", "2024-SP", "END")],
            id="until_the_end_of_the_spring_term",
        ),
        pytest.param(
            "The college will offer the course next semester.",
            [("next semester", "DATE", "FUTURE_REF")],
            id="next_semester",
        ),
        pytest.param(
            "Enrollment in online classes fell last semester.",
            [("last semester", "DATE", "PAST_REF")],
            id="last_semester",
        ),
        pytest.param(
            "This semester, 40 students joined the program.",
            [("This semester", "DATE", "PRESENT_REF")],
            id="this_semester",
        ),
        # the family as it was: "this school year" and "the fiscal year" are the document year
        pytest.param(
            "Absences fell this school year.",
            [("this school year", "DATE", "2024")],
            id="this_school_year",
        ),
        pytest.param(
            "Profit rose in the fiscal year.",
            [("the fiscal year", "DATE", "2024")],
            id="in_the_fiscal_year",
        ),
        pytest.param(
            "Registration for the spring term opens Monday.",
            [("spring", "DATE", "2024-SP"), ("Monday", "DATE", "2024-03-11")],
            id="the_spring_term_is_its_season",
        ),
        # look-alikes: a school year before a noun or as a subject, a semester as a length
        pytest.param("School year fees rose 5%.", [], id="school_year_fees"),
        pytest.param(
            "The school year begins on Aug. 16.",
            [("Aug. 16", "DATE", "2024-08-16")],
            id="the_school_year_begins",
        ),
        pytest.param("She spent a semester abroad in Spain.", [], id="a_semester_abroad"),
        pytest.param(
            "The first day of the spring semester is Jan. 8.",
            [("Jan. 8", "DATE", "2025-01-08")],
            id="first_day_of_the_spring_semester",
        ),
    ],
)
def test_a_school_year_and_its_terms(text: str, expected: list[ModRow]) -> None:
    """A school year is the document year, its edge with its mod; a term's edge is its season's
    edge; "next semester" is as vague as "next term"; "school year fees" and "a semester
    abroad" are none."""
    assert _news(text, "2024-03-05") == expected


# ---- 2. a count in words before a span of units, as a digit ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Symptoms lasted twenty-one days to weeks.",
            [("twenty-one days", "DURATION", "P21D")],
            id="twenty_one_days_to_weeks",
        ),
        pytest.param(
            "Symptoms lasted 21 days to weeks.",
            [("21 days", "DURATION", "P21D")],
            id="digits_21_days_to_weeks",
        ),
        pytest.param(
            "The swelling lasted three days to weeks after the dose.",
            [("three days", "DURATION", "P3D"), ("weeks", "DURATION", "PXW")],
            id="three_days_to_weeks_after",
        ),
        pytest.param(
            "The swelling lasted 3 days to weeks after the dose.",
            [("3 days", "DURATION", "P3D"), ("weeks", "DURATION", "PXW")],
            id="digit_3_days_to_weeks_after",
        ),
        pytest.param(
            "Recovery takes twenty one weeks to months.",
            [("twenty one weeks", "DURATION", "P21W")],
            id="twenty_one_weeks_to_months",
        ),
        # look-alike: bare units keep their span
        pytest.param(
            "The patient is expected to live days to weeks.",
            [("days to weeks", "DURATION", "PXD")],
            id="live_days_to_weeks",
        ),
    ],
)
def test_a_count_in_words_before_a_span_of_units_is_a_digits(
    text: str, expected: list[ModRow]
) -> None:
    """A number word or compound before "days to weeks" counts its unit as a digit does, and
    the span of bare units does not start at it."""
    assert _news(text, "2024-03-05") == expected


# ---- 3. "the next 12 month period" takes its head noun ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Revenue is expected to grow over the next 12 month period.",
            [("the next 12 month period", "DURATION", "P12M")],
            id="the_next_12_month_period",
        ),
        pytest.param(
            "Prices rose 4% in the past 12-month period, the agency said.",
            [("the past 12-month period", "DURATION", "P12M")],
            id="the_past_12_month_period_hyphen",
        ),
        pytest.param(
            "Crews will work nights during the next two week window.",
            [("the next two week window", "DURATION", "P2W")],
            id="the_next_two_week_window",
        ),
        pytest.param(
            "Sales in the first 90-day period beat forecasts.",
            [("the first 90-day period", "DURATION", "P90D")],
            id="the_first_90_day_period",
        ),
        # look-alikes: with an article only, as te3-silver tags "a new seven year term"
        pytest.param(
            "Revenue grew 5% over a 12-month period.",
            [("a 12-month period", "DURATION", "P12M")],
            id="a_12_month_period",
        ),
        pytest.param(
            "Refunds are paid in the 30 day window.",
            [("30 day", "DURATION", "P30D")],
            id="the_30_day_window",
        ),
        pytest.param(
            "Profit fell over the next 12 months.",
            [("the next 12 months", "DURATION", "P12M")],
            id="the_next_12_months",
        ),
    ],
)
def test_the_next_count_unit_period_takes_its_head_noun(text: str, expected: list[ModRow]) -> None:
    """ "the next 12 month period" is the whole phrase, as "the next 12 months" is; "the past
    12-month period" no longer leaves "the past" a vague date."""
    assert _news(text, "2024-03-05") == expected
