"""Gaps noticed in session 20, forty-ninth list: court and political news.

A year split over two ("the court's 2022-23 term", "the 2024-25 season", "in 1941–42") is two
years, as the long form "2022-2023" is: the second year takes the first one's century. A
court's or a school's "next term", "last term", "this term" is a term with no calendar: a
reference ahead, behind or at the present, as "next season" is (FUTURE_REF, PAST_REF,
PRESENT_REF); "a 10-year term", "This term is misused", "the next term in the series" are no
times. "the night of March 3" tags the day, as TimeBank tags "the night of Oct. 23" ("Oct. 23",
DATE), and as chrono reads "the night of 16/17 May". A court's calendar set for a weekday is
ahead ("The judge set a hearing for Friday", on a Wednesday), and a trial scheduled for a day
leaves the day it was scheduled on behind ("On Monday the judge scheduled the trial for Jan.
8", on a Wednesday: the Monday behind, the January ahead). Each passage is read as chrono is
scored: genre "news", its date as the document date, its weekday checked with ``datetime``;
rows follow TimeML (TimeBank's annotation).
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import ModRow, mentions_with_mods

WEDNESDAY = "2024-11-13"


def news(text: str, dct: str = WEDNESDAY, weekday: str = "Wednesday") -> list[ModRow]:
    """The mentions of a news text dated ``dct`` with their mods; its weekday is checked."""
    assert dt.date.fromisoformat(dct).strftime("%A") == weekday
    return mentions_with_mods(text, dct=dct, genre="news")


# ---- a year split over two ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "WASHINGTON (AP) — The Supreme Court ended its 2022-23 term with a flurry of "
            "rulings on affirmative action and student loans.",
            [("2022", "DATE", "2022"), ("23", "DATE", "2023")],
            id="the_courts_2022_23_term",
        ),
        pytest.param(
            "WASHINGTON (AP) — The Supreme Court ended its 2022-2023 term with a flurry of "
            "rulings on affirmative action and student loans.",
            [("2022", "DATE", "2022"), ("2023", "DATE", "2023")],
            id="the_courts_2022_2023_term",
        ),
        pytest.param(
            "BOSTON (AP) — Ticket sales rose 8% in the 2024-25 season, the team said.",
            [("2024", "DATE", "2024"), ("25", "DATE", "2025")],
            id="the_2024_25_season",
        ),
        pytest.param(
            "LONDON (Reuters) — Losses on the Eastern Front mounted in 1941–42, the study found.",
            [("1941", "DATE", "1941"), ("42", "DATE", "1942")],
            id="in_1941_42",
        ),
        pytest.param(
            "LONDON (Reuters) — Losses on the Eastern Front mounted in 1941–1942, the study found.",
            [("1941", "DATE", "1941"), ("1942", "DATE", "1942")],
            id="in_1941_1942",
        ),
        pytest.param(
            "ATLANTA (AP) — Enrollment fell in the 1999-00 school year, state figures show.",
            [("1999", "DATE", "1999"), ("00", "DATE", "2000")],
            id="the_1999_00_school_year_crosses_the_century",
        ),
        # look-alikes: votes, rulings and dockets joined by a hyphen are no years
        pytest.param(
            "WASHINGTON (AP) — The justices upheld the law in a 6-3 ruling. The Senate had "
            "passed it on a 51-49 vote.",
            [],
            id="a_6_3_ruling_and_a_51_49_vote",
        ),
        pytest.param(
            "WASHINGTON (AP) — The appeal, Docket 22-451, was argued in March.",
            [("March", "DATE", "2024-03")],
            id="docket_22_451",
        ),
    ],
)
def test_a_year_split_over_two_is_two_years_as_the_long_form_is(
    text: str, expected: list[ModRow]
) -> None:
    """ "the court's 2022-23 term", "the 2024-25 season", "in 1941–42" are two years, each a
    DATE, as "2022-2023" and "1941–1942" are: the second year takes the first one's century
    ("1999-00" is 1999 and 2000). A ruling's "6-3", a vote's "51-49" and "Docket 22-451" are no
    years (a Wednesday story)."""
    assert news(text) == expected


# ---- a court's or a school's next, last or this term -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "WASHINGTON (AP) — The justices agreed Monday to hear the case next term.",
            [("Monday", "DATE", "2024-11-11"), ("next term", "DATE", "FUTURE_REF")],
            id="agreed_to_hear_the_case_next_term",
        ),
        pytest.param(
            "WASHINGTON (AP) — The court struck down a similar law last term.",
            [("last term", "DATE", "PAST_REF")],
            id="struck_down_a_similar_law_last_term",
        ),
        pytest.param(
            "WASHINGTON (AP) — The court will decide about 60 cases this term.",
            [("this term", "DATE", "PRESENT_REF")],
            id="will_decide_60_cases_this_term",
        ),
        pytest.param(
            "CHICAGO (AP) — The district will add 200 teachers next term, officials said.",
            [("next term", "DATE", "FUTURE_REF")],
            id="a_school_districts_next_term",
        ),
        # look-alikes: a sentence's or an office's term, a word, a series' term
        pytest.param(
            "DENVER (AP) — Smith is serving a 10-year term for fraud.",
            [("a 10-year term", "DURATION", "P10Y")],
            id="a_10_year_term",
        ),
        pytest.param(
            "WASHINGTON (AP) — This term is often misused by lawyers, the judge wrote.",
            [],
            id="this_term_is_a_word",
        ),
        pytest.param(
            "LONDON (Reuters) — The next term in the series is 42, the puzzle's setter said.",
            [],
            id="the_next_term_in_the_series",
        ),
        pytest.param(
            "ATLANTA (AP) — The governor will not seek a third term.",
            [],
            id="a_third_term",
        ),
    ],
)
def test_a_courts_or_schools_next_last_or_this_term_is_a_reference(
    text: str, expected: list[ModRow]
) -> None:
    """A court's or a school's "next term", "last term", "this term" has no calendar chrono
    knows (the Supreme Court's runs from October, a school's by its district): as "next
    season" is read (TimeBank gives a season a date it cannot know), a reference ahead, behind
    or at the present, a DATE. "a 10-year term" is a duration; "This term is often misused",
    "The next term in the series", "a third term" are no times (a Wednesday story)."""
    assert news(text) == expected


# ---- the night of a day ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "MEMPHIS, Tenn. (AP) — The shooting happened on the night of March 3 outside a "
            "nightclub, police said.",
            [("March 3", "DATE", "2024-03-03")],
            id="the_night_of_march_3",
        ),
        pytest.param(
            "LONDON (Reuters) — The raid took place on the night of 16/17 May, the court heard.",
            [("16", "DATE", "2024-05-16"), ("17 May", "DATE", "2024-05-17")],
            id="the_night_of_16_17_may",
        ),
        pytest.param(
            "MEMPHIS, Tenn. (AP) — Police said the shooting happened Sunday night.",
            [("Sunday night", "TIME", "2024-11-10TNI")],
            id="sunday_night_is_a_time",
        ),
    ],
)
def test_the_night_of_a_day_tags_the_day(text: str, expected: list[ModRow]) -> None:
    """ "the night of March 3" tags "March 3", a DATE, as TimeBank tags "the night of Oct. 23"
    (only "Oct. 23", DATE) and as chrono reads "the night of 16/17 May"; "Sunday night", the
    night named by its day, is a TIME (a Wednesday story)."""
    assert news(text) == expected


# ---- days set by a judge -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "DES MOINES, Iowa (AP) — The judge set a hearing for Friday.",
            [("Friday", "DATE", "2024-11-15")],
            id="set_a_hearing_for_friday",
        ),
        pytest.param(
            "DES MOINES, Iowa (AP) — The judge set a bond hearing for Monday.",
            [("Monday", "DATE", "2024-11-18")],
            id="set_a_bond_hearing_for_monday",
        ),
        pytest.param(
            "DES MOINES, Iowa (AP) — The judge scheduled a hearing for Friday.",
            [("Friday", "DATE", "2024-11-15")],
            id="scheduled_a_hearing_for_friday",
        ),
        # look-alikes: the day the setting was told on; a record set; a setting told in the
        # past perfect
        pytest.param(
            "DES MOINES, Iowa (AP) — The judge had set a hearing for Friday, but it was postponed.",
            [("Friday", "DATE", "2024-11-08")],
            id="had_set_a_hearing_for_friday",
        ),
        pytest.param(
            "DES MOINES, Iowa (AP) — The judge on Monday set a retrial for March.",
            [("Monday", "DATE", "2024-11-11"), ("March", "DATE", "2025-03")],
            id="on_monday_set_a_retrial_for_march",
        ),
        pytest.param(
            "NEW YORK (AP) — The store set a sales record for Friday, the company said.",
            [("Friday", "DATE", "2024-11-08")],
            id="set_a_sales_record_for_friday",
        ),
    ],
)
def test_a_hearing_set_for_a_weekday_is_ahead(text: str, expected: list[ModRow]) -> None:
    """A court's calendar set for a weekday is ahead, as one set for a month is: "The judge set
    a hearing for Friday", on a Wednesday, is the coming Friday. The day the setting was told
    on stays behind ("The judge on Monday set a retrial for March"), and a record set for a
    day is of the day behind, as is a hearing that "had" been set (a Wednesday story)."""
    assert news(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "DES MOINES, Iowa (AP) — On Monday the judge scheduled the trial for Jan. 8.",
            [("Monday", "DATE", "2024-11-11"), ("Jan. 8", "DATE", "2025-01-08")],
            id="on_monday_the_judge_scheduled_the_trial_for_jan_8",
        ),
        pytest.param(
            "DES MOINES, Iowa (AP) — The judge on Monday scheduled sentencing for Feb. 3.",
            [("Monday", "DATE", "2024-11-11"), ("Feb. 3", "DATE", "2025-02-03")],
            id="the_judge_on_monday_scheduled_sentencing_for_feb_3",
        ),
        pytest.param(
            "DES MOINES, Iowa (AP) — The council on Tuesday scheduled a vote for Monday.",
            [("Tuesday", "DATE", "2024-11-12"), ("Monday", "DATE", "2024-11-18")],
            id="on_tuesday_scheduled_a_vote_for_monday",
        ),
        pytest.param(
            "NEW YORK (Reuters) — The company scheduled a conference call for Thursday to "
            "discuss results.",
            [("Thursday", "DATE", "2024-11-14")],
            id="scheduled_a_conference_call_for_thursday",
        ),
        # look-alikes: a schedule told in the past perfect is behind; what is scheduled, told
        # in the present, stays ahead
        pytest.param(
            "DALLAS (AP) — The airline had scheduled the flight for Friday, but it was canceled.",
            [("Friday", "DATE", "2024-11-08")],
            id="had_scheduled_the_flight_for_friday",
        ),
        pytest.param(
            "DES MOINES, Iowa (AP) — The trial is scheduled for Monday.",
            [("Monday", "DATE", "2024-11-18")],
            id="the_trial_is_scheduled_for_monday",
        ),
        pytest.param(
            "DES MOINES, Iowa (AP) — The trial is scheduled to begin Monday.",
            [("Monday", "DATE", "2024-11-18")],
            id="the_trial_is_scheduled_to_begin_monday",
        ),
    ],
)
def test_what_was_scheduled_for_a_date_leaves_the_day_it_was_scheduled_on_behind(
    text: str, expected: list[ModRow]
) -> None:
    """ "On Monday the judge scheduled the trial for Jan. 8", on a Wednesday: the scheduling
    was done on the Monday behind; only the date after "for" is ahead. "The trial is scheduled
    for Monday" and "is scheduled to begin Monday" stay ahead, and so does whatever else is
    scheduled ("scheduled a conference call for Thursday"), but not what "had" been scheduled
    (a Wednesday story)."""
    assert news(text) == expected
