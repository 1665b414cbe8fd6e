"""Held-out phenomenon: coordinated and listed temporal expressions, in every kind of text.

A list writes its context once, on its first member: the month of "Jan. 5, 12 and 19", the era
of "AD 60 or 61", the set-ness of "each January and July", the day of "that afternoon and
evening". TimeML tags each member on its own ("12", "19", "61", "July", "evening") with the
value the first member's context gives it. Counts in the same shape are no dates ("3 and 4
others", "between 2 and 4 percent", "1, 2 and 3 stars", "1/2 or 3/4 cup").

Each passage was written for these tests in the style of its kind of text; the tables pin every
mention with its type and value. News and messages are dated 2023-09-12, a Tuesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.passages import Row, mentions

DCT = "2023-09-12"


def test_the_document_date_is_a_tuesday() -> None:
    """The weekdays of the tables below count from a Tuesday."""
    assert dt.date(2023, 9, 12).strftime("%A") == "Tuesday"
    assert dt.date(2023, 9, 18).strftime("%A") == "Monday"


# ---- news ---------------------------------------------------------------------------------------

NEWS = (
    "The committee will hold hearings on Oct. 3, 10 and 17, its chairman said Monday. "
    "Ballots cast in 2019 and 2020 were audited, as were those from 1994, 1995 and 1997. "
    "Rainfall in March, April and May was the lowest on record. "
    "The board, which meets each January and July, has not said when it will next meet."
)
NEWS_TABLE: list[Row] = [
    ("Oct. 3", "DATE", "2023-10-03"),
    # the later days of a month-first list: the month of the first
    ("10", "DATE", "2023-10-10"),
    ("17", "DATE", "2023-10-17"),
    ("Monday", "DATE", "2023-09-11"),
    ("2019", "DATE", "2019"),
    ("2020", "DATE", "2020"),
    ("1994", "DATE", "1994"),
    ("1995", "DATE", "1995"),
    ("1997", "DATE", "1997"),
    ("March", "DATE", "2023-03"),
    # a month after a month and a comma, with no preposition of its own
    ("April", "DATE", "2023-04"),
    ("May", "DATE", "2023-05"),
    ("each January", "SET", "XXXX-01"),
    # the set's second month is a set too, not one past July
    ("July", "SET", "XXXX-07"),
]


def test_news_lists_of_days_years_months_and_recurring_months() -> None:
    """News lists ("Oct. 3, 10 and 17", "1994, 1995 and 1997", "March, April and May", "each
    January and July"): every member found, with the month or the set-ness of the first."""
    assert mentions(NEWS, dct=DCT) == NEWS_TABLE


WEEKDAYS = "The board has not said whether it will meet Monday or Tuesday."


def test_coordinated_future_weekdays_share_their_week() -> None:
    """A Tuesday's "will meet Monday or Tuesday": next Monday and the Tuesday after it."""
    assert mentions(WEEKDAYS, dct=DCT) == [
        ("Monday", "DATE", "2023-09-18"),
        ("Tuesday", "DATE", "2023-09-19"),
    ]


# ---- clinical notes -----------------------------------------------------------------------------

NOTE = (
    "Blood cultures on 3/14, 3/15, and 3/16 were negative. Repeat cultures on 3/17 , 3/18 grew "
    "coag-negative staph in 1 of 4 bottles. Vancomycin was started 3/18 and stopped 3/19 or "
    "3/20 per ID. She takes 1/2 or 3/4 tab of lorazepam as needed. Heparin 5000 units given on "
    "3/12 and 3/13."
)
NOTE_TABLE: list[Row] = [
    ("3/14", "DATE", "2023-03-14"),
    # each later month/day of a list, after a comma, "and" or "or" (tokenized " , " too)
    ("3/15", "DATE", "2023-03-15"),
    ("3/16", "DATE", "2023-03-16"),
    ("3/17", "DATE", "2023-03-17"),
    ("3/18", "DATE", "2023-03-18"),
    ("3/18", "DATE", "2023-03-18"),
    ("3/19", "DATE", "2023-03-19"),
    ("3/20", "DATE", "2023-03-20"),
    # "1/2 or 3/4 tab" is a dose, "1 of 4" a count
    ("3/12", "DATE", "2023-03-12"),
    ("3/13", "DATE", "2023-03-13"),
]


def test_clinical_lists_of_month_day_dates() -> None:
    """A note's "cultures on 3/14, 3/15, and 3/16", "3/17 , 3/18", "stopped 3/19 or 3/20":
    every member a day; the fractions of a dose none."""
    assert mentions(NOTE, dct="2023-03-21") == NOTE_TABLE


# ---- histories ----------------------------------------------------------------------------------

HISTORY = (
    "The revolt of the Iceni broke out in AD 60 or 61. Centuries later, the Germans attacked in "
    "the spring and summer of 1943, and the offensive at Kursk opened on 5 and 6 July. On 12 "
    "July the tanks met at Prokhorovka; that afternoon and evening the fighting was fierce. "
    "Production peaked in late 1944 or early 1945."
)
HISTORY_TABLE: list[Row] = [
    ("AD 60", "DATE", "0060"),
    # the era written once before the first year is the second's
    ("61", "DATE", "0061"),
    ("the spring", "DATE", "1943-SP"),
    ("summer of 1943", "DATE", "1943-SU"),
    ("5", "DATE", "1943-07-05"),
    ("6 July", "DATE", "1943-07-06"),
    ("12 July", "DATE", "1943-07-12"),
    ("that afternoon", "TIME", "1943-07-12TAF"),
    # the later part of the day is of the same day
    ("evening", "TIME", "1943-07-12TEV"),
    ("late 1944", "DATE", "1944"),
    ("early 1945", "DATE", "1945"),
]


def test_history_lists_carry_era_year_and_day() -> None:
    """A history's "AD 60 or 61", "the spring and summer of 1943", "5 and 6 July", "that
    afternoon and evening", "late 1944 or early 1945": each member dated by the list's context."""
    assert mentions(HISTORY, dct=DCT, genre="narrative") == HISTORY_TABLE


# ---- messages -----------------------------------------------------------------------------------

CHAT = (
    "can we do 10/14 or 10/21 for the party?? i work every Monday and Wednesday so those are "
    "out. my flight lands between 2 and 4 p.m. tomorrow. still obsessed with the 1960s and '70s "
    "playlist"
)
CHAT_TABLE: list[Row] = [
    # month/day pairs joined by "or", with no preposition before the first
    ("10/14", "DATE", "2023-10-14"),
    ("10/21", "DATE", "2023-10-21"),
    ("every Monday", "SET", "XXXX-WXX-1"),
    ("Wednesday", "SET", "XXXX-WXX-3"),
    ("2", "TIME", "2023-09-13T14:00"),
    ("4 p.m. tomorrow", "TIME", "2023-09-13T16:00"),
    ("the 1960s", "DATE", "196"),
    ("'70s", "DATE", "197"),
]


def test_message_lists_of_days_sets_hours_and_decades() -> None:
    """A message's "10/14 or 10/21", "every Monday and Wednesday", "between 2 and 4 p.m.
    tomorrow", "the 1960s and '70s": the second member takes the first's kind, day, century."""
    assert mentions(CHAT, dct=DCT) == CHAT_TABLE


SHOP = "The shop is closed on 25/12 or 26/12, and reopens on 27/12."


def test_day_first_pairs_joined_by_or() -> None:
    """A British notice's "25/12 or 26/12": both days, day first."""
    assert mentions(SHOP, dct=DCT, day_first=True) == [
        ("25/12", "DATE", "2023-12-25"),
        ("26/12", "DATE", "2023-12-26"),
        ("27/12", "DATE", "2023-12-27"),
    ]


SEASONS = (
    "The river floods every spring and summer, and the ferry runs each May, June and September."
)


def test_recurring_seasons_and_months_listed() -> None:
    """Each member of "every spring and summer", "each May, June and September" is a set."""
    assert mentions(SEASONS, dct=DCT) == [
        ("every spring", "SET", "XXXX-SP"),
        ("summer", "SET", "XXXX-SU"),
        ("each May", "SET", "XXXX-05"),
        ("June", "SET", "XXXX-06"),
        ("September", "SET", "XXXX-09"),
    ]


# ---- look-alikes --------------------------------------------------------------------------------

COUNTS = [
    "He and 3 and 4 others left the meeting early.",
    "Mortgage rates rose between 2 and 4 percent.",
    "Critics gave the film 1, 2 and 3 stars.",
    "Add 1/2 or 3/4 cup of flour and stir.",
    "About 2/3 and 4/5 of voters agreed.",
    "The ward has beds 3, 4 and 5 free.",
]


@pytest.mark.parametrize("text", COUNTS)
def test_listed_counts_and_fractions_are_no_dates(text: str) -> None:
    """Counts, percentages, ratings and fractions in the shape of a list are no dates."""
    assert mentions(text, dct=DCT) == []


@pytest.mark.parametrize(
    "text",
    ["On Jan. 5, 12 were killed.", "On Jan. 5, 12 and 19 people were killed."],
)
def test_a_count_after_a_date_and_a_comma(text: str) -> None:
    """In "On Jan. 5, 12 were killed" the date is found, and the counts are no days."""
    assert mentions(text, dct=DCT) == [("Jan. 5", "DATE", "2023-01-05")]
