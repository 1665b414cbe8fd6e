"""Gaps noticed in session 12, nineteenth list: news and clinical notes.

A spoken "nine-eleven" that is a score or a number in a list is no day; a class year before
"graduates" is a year; a bare hour from 1 to 7 before a US zone is the afternoon's; "Fourth of
July" is the holiday without "the"; an exclamation "What a week for ..." names no span; a
country right after a national day's name decides its day; a day said ahead after "said ...
would" is the next one; gestational ages in sevenths; a clinical note's bare "Born 06/09" and a
test's "PPD 1/2022".
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

_DCT = "2023-06-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The score was nine-eleven.", [], id="a_score_after_was"),
        pytest.param("It was nine-eleven at the half.", [], id="a_score_after_it_was"),
        pytest.param("The second game went nine-eleven.", [], id="a_score_after_went"),
        pytest.param(
            "The sets finished eleven-nine, nine-eleven, eleven-seven.",
            [],
            id="a_score_in_a_list_of_scores",
        ),
        pytest.param(
            "Airport security has tightened since nine-eleven.",
            [("nine-eleven", "DATE", "2001-09-11")],
            id="the_day_of_the_attacks",
        ),
        pytest.param(
            "It was nine-eleven that changed everything.",
            [("nine-eleven", "DATE", "2001-09-11")],
            id="it_was_the_day_that",
        ),
        pytest.param(
            "After nine-eleven, two wars followed.",
            [("nine-eleven", "DATE", "2001-09-11")],
            id="a_count_after_it_is_no_list",
        ),
    ],
)
def test_a_spoken_nine_eleven_that_is_a_score_is_no_day(text: str, expected: list[Row]) -> None:
    """A spoken "nine-eleven" after "was", "went" or "finished", or among other scores, is a
    score, not the day of the attacks; "since nine-eleven" and "It was nine-eleven that" are
    that day."""
    assert mentions(text, dct=_DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The class of 1999 met in June.",
            [("1999", "DATE", "1999"), ("June", "DATE", "2023-06")],
            id="the_class_of",
        ),
        pytest.param(
            "1999 graduates of the school met.",
            [("1999", "DATE", "1999")],
            id="a_class_year_before_graduates",
        ),
        pytest.param(
            "A group of 1999 graduates met.",
            [("1999", "DATE", "1999")],
            id="a_group_of_class_year_graduates",
        ),
        pytest.param("A group of 1,999 graduates met.", [], id="a_count_of_graduates"),
    ],
)
def test_a_year_before_graduates_is_a_class_year(text: str, expected: list[Row]) -> None:
    """A year before "graduates" is a class year, a date as TimeBank tags one, also after "a
    group of" (news style writes a count of that size "1,999", which stays no date); the
    reunion's "in June" is still the news's June, not the class year's."""
    assert mentions(text, dct=_DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "They met at 1 Central.",
            [("1 Central", "TIME", "2023-06-01T13:00-05:00")],
            id="one_central",
        ),
        pytest.param(
            "The governor holds a news conference at 3 Eastern.",
            [("3 Eastern", "TIME", "2023-06-01T15:00-04:00")],
            id="an_afternoon_news_conference",
        ),
        pytest.param(
            "The debate airs at 9 ET on CNN.",
            [("9 ET", "TIME", "2023-06-01T21:00-04:00")],
            id="a_broadcasts_evening_hour",
        ),
        pytest.param(
            "The governor will hold a news conference at 10 Central.",
            [("10 Central", "TIME", "2023-06-01T10:00-05:00")],
            id="a_morning_news_conference",
        ),
        pytest.param("They met at 1 Central Park West.", [], id="an_address"),
    ],
)
def test_a_bare_hour_from_one_to_seven_before_a_us_zone_is_the_afternoons(
    text: str, expected: list[Row]
) -> None:
    """A bare hour from 1 to 7 before a US zone in a day's news is the afternoon's ("at 1
    Central": 13:00), as a broadcast's "at 9 ET" is the evening's and a news conference's "at
    10 Central" the morning's; an address stays no time."""
    assert mentions(text, dct=_DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Every Fourth of July we grill in the yard.",
            [("Every Fourth of July", "SET", "XXXX-07-04")],
            id="every_fourth_of_july",
        ),
        pytest.param(
            "We will grill on Fourth of July.",
            [("Fourth of July", "DATE", "2023-07-04")],
            id="fourth_of_july_without_the",
        ),
        pytest.param(
            "He signed it on the fourth of July 1776.",
            [("the fourth of July 1776", "DATE", "1776-07-04")],
            id="a_date_with_its_year",
        ),
        pytest.param("We watched Born on the Fourth of July.", [], id="a_films_title"),
    ],
)
def test_fourth_of_july_is_the_holiday_without_the(text: str, expected: list[Row]) -> None:
    """ "Fourth of July" without "the" is Independence Day, a SET after "every"; a film's
    title stays no date."""
    assert mentions(text, dct=_DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("What a week for the markets.", [], id="what_a_week_for"),
        pytest.param("What a night for the Lakers!", [], id="what_a_night_for"),
        pytest.param("Analysts agreed: What a year for Apple.", [], id="after_a_colon"),
        pytest.param(
            "It took a week for the markets to recover.",
            [("a week", "DURATION", "P1W")],
            id="a_span_it_took",
        ),
        pytest.param(
            "Ask what a week for two in Paris costs.",
            [("a week", "DURATION", "P1W")],
            id="a_span_in_a_question",
        ),
    ],
)
def test_an_exclamation_what_a_week_for_names_no_span(text: str, expected: list[Row]) -> None:
    """An exclamation opening its clause, "What a week for the markets", says how a week
    went and names no span; "a week for" inside a clause is one."""
    assert mentions(text, dct=_DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Liberation Day in Italy was marked with marches.",
            [("Liberation Day", "DATE", "2023-04-25")],
            id="liberation_day_in_italy",
        ),
        pytest.param(
            "Independence Day in Kenya was quiet.",
            [("Independence Day", "DATE", "2022-12-12")],
            id="independence_day_in_kenya",
        ),
        pytest.param(
            "Liberation Day in Rome was marked with marches.",
            [("Liberation Day", "DATE", "2023-XX-XX")],
            id="a_city_is_no_country",
        ),
    ],
)
def test_a_country_right_after_a_national_day_decides_it(text: str, expected: list[Row]) -> None:
    """A country right after a national day's name ("Liberation Day in Italy") decides its
    day as one before it does ("Italy's Liberation Day"); a city does not."""
    assert mentions(text, dct=_DCT) == expected


def test_would_be_after_said_looks_ahead_from_the_saying() -> None:
    """ "said Independence Day would be quiet" looks ahead from the saying (on 2023-06-01,
    Kenya's next 12 December), the future in the past."""
    text = "President Ruto of Kenya said Independence Day would be quiet."
    assert mentions(text, dct=_DCT) == [("Independence Day", "DATE", "2023-12-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The baby was born at 32 weeks.",
            [("32 weeks", "DURATION", "P32W")],
            id="whole_weeks",
        ),
        pytest.param(
            "The baby was born at 32 2/7 weeks.",
            [("32 2/7 weeks", "DURATION", "P226D")],
            id="weeks_and_sevenths",
        ),
    ],
)
def test_a_gestational_age_is_a_duration(text: str, expected: list[Row]) -> None:
    """A gestational age is a duration: whole weeks in weeks ("born at 32 weeks": P32W), one
    in weeks and sevenths in days (32 2/7 weeks: 226 days)."""
    assert mentions(text, dct=_DCT) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Born 06/09 .",
            "2014-06-12",
            [("06/09", "DATE", "2014-06-09")],
            id="born_and_a_bare_day",
        ),
        pytest.param(
            "smokes 1 ppd , PPD 1/2022",
            "2023-06-12",
            [("1/2022", "DATE", "2022-01")],
            id="a_tests_month",
        ),
    ],
)
def test_a_clinical_notes_bare_dates(text: str, dct: str, expected: list[Row]) -> None:
    """A tokenized note's "Born 06/09 ." is the day of birth, and a test's "PPD 1/2022" a
    month; "1 ppd" (packs a day) stays no time."""
    assert mentions(text, dct=dct) == expected
