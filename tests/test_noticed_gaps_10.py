"""Gaps the helpers noticed, tenth list, each a phenomenon of the language, in passages of the
kind of text it was noticed in: news, social media posts and clinical notes.

A range of counts before "ago" dates its upper count, as te3-silver tags "four or five years
ago" ("five years ago", 2001 in a 2006 story): "five to 10 years ago" is the date ten years
back, as "between five and 10 years ago" already was; before "in" it stays a duration ("in two
to three weeks"). A clock time told without "a.m." or "p.m." between 6 and 11, right after
the evening or the night its sentence named, is in that evening ("this evening ... starts at
7:45", "fri nite ... til 11"), not after a night told from the day in question ("Overnight
... cleared by 7:30") nor in a 24-hour clock ("07:30"). A range of clock times whose end
comes before its start ends the next morning ("from 10pm to 2am", a night shift's
"1900-0700"), or, its end told bare in 12 hours, in the afternoon ("8:30-1:30"). Canada's
Thanksgiving, the second Monday of October, is read where the text names it as Canada's:
"Canadian Thanksgiving", "Thanksgiving Monday"; the plain name stays the American one
(tests/test_news_13.py keeps a Canadian story's plain "Thanksgiving" as a gap).

Weekdays checked with datetime: 2023-09-12 is a Tuesday; 2023-09-25 a Monday, 2023-10-09 the
second Monday of October; 2021-03-02 a Tuesday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "science_news_ranges_of_years_ago",
        "Researchers said Tuesday that the lake dried up five to 10 years ago, after a drought "
        "that began two or three decades ago. Farmers said their wells failed four or five years"
        " ago. Fossils at the site show that early humans camped there between 560,000 and "
        "780,000 years ago. The team will return in two to three weeks.",
        {"dct": "2023-09-12", "genre": "news"},
        [
            ("Tuesday", "DATE", "2023-09-12"),
            ("10 years ago", "DATE", "2013"),
            ("three decades ago", "DATE", "199"),
            ("five years ago", "DATE", "2018"),
            ("780,000 years ago", "DATE", "PAST_REF"),
            ("two to three weeks", "DURATION", "P3W"),
        ],
    ),
    (
        "local_news_evening_clock_and_a_curfew_past_midnight",
        "The Riverside Arts Centre reopens this evening after a two-year renovation, and the "
        "first concert starts at 7:45. Police said a curfew on the pier will run from 10pm to "
        "2am until the end of the month. Last night the lights failed at 11:15 p.m.",
        {"dct": "2023-09-12", "genre": "news"},
        [
            ("this evening", "TIME", "2023-09-12TEV"),
            ("two-year", "DURATION", "P2Y"),
            ("7:45", "TIME", "2023-09-12T19:45"),
            ("10pm", "TIME", "2023-09-12T22:00"),
            ("2am", "TIME", "2023-09-13T02:00"),
            ("the end of the month", "DATE", "2023-09"),
            ("Last night", "TIME", "2023-09-11TNI"),
            ("11:15 p.m.", "TIME", "2023-09-11T23:15"),
        ],
    ),
    (
        "canadian_news_thanksgiving_in_october",
        "Travel is expected to peak ahead of Canadian Thanksgiving, Statistics Canada said "
        "Monday. Most malls in Ontario will close on Thanksgiving Monday, while grocery stores "
        "open with reduced hours. Last year, Canadians spent $1.2 billion on food over the "
        "holiday.",
        {"dct": "2023-09-25", "genre": "news"},
        [
            ("Canadian Thanksgiving", "DATE", "2023-10-09"),
            ("Monday", "DATE", "2023-09-25"),
            ("Thanksgiving Monday", "DATE", "2023-10-09"),
            ("Last year", "DATE", "2022"),
        ],
    ),
    (
        "night_shift_note_ends_the_next_morning",
        "NIGHT SHIFT NURSING NOTE 03/02/2021 1900-0730\n"
        "Pt resting comfortably. Pain 2/10. Turned q2h.\n",
        {},
        [
            ("03/02/2021", "DATE", "2021-03-02"),
            ("1900", "TIME", "2021-03-02T19:00"),
            ("0730", "TIME", "2021-03-03T07:30"),
            ("q2h", "SET", "PT2H"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [pytest.param(t, o, e, id=k) for k, t, o, e in PASSAGES],
)
def test_passage(text: str, options: dict[str, str], expected: list[Row]) -> None:
    """Every temporal expression of the passage, with its type and value."""
    assert mentions(text, **options) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This evening the show starts at 07:30.", "2023-09-12T07:30"),
        ("Overnight the storm moved east and cleared by 7:30.", "2023-09-12T07:30"),
        ("That night, the guard changed at 8:15.", "2023-09-12T08:15"),
        ("The bus leaves at 7:30. The show starts this evening.", "2023-09-12T07:30"),
    ],
)
def test_a_morning_clock_stays(text: str, expected: str) -> None:
    """A 24-hour clock, a clock after a night told from the day in question, and a clock
    before the evening is named keep the hour as written."""
    clocks = [v for m, t, v in mentions(text, dct="2023-09-12") if t == "TIME" and ":" in m]
    assert clocks == [expected]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Flu clinic today 8:30-1:30 at the library.", ("1:30", "TIME", "2023-09-12T13:30")),
        ("Night shift 19:00-7:00 tonight.", ("7:00", "TIME", "2023-09-13T07:00")),
    ],
)
def test_the_end_of_a_range_before_its_start(text: str, end: Row) -> None:
    """A range's end told bare in 12 hours ("8:30-1:30") is the afternoon's; one after an
    evening start in 24 hours ("19:00-7:00") the next morning's."""
    assert end in mentions(text, dct="2023-09-12")


def test_the_plain_thanksgiving_stays_american() -> None:
    """ "Thanksgiving" without Canada named is November's fourth Thursday."""
    assert dt.date(2023, 11, 23).strftime("%A") == "Thursday"
    assert mentions("Thanksgiving is on Nov. 23 this year.", dct="2023-09-12")[0] == (
        "Thanksgiving",
        "DATE",
        "2023-11-23",
    )


@pytest.mark.xfail(
    strict=True,
    reason="a small-hours clock time in the body of a night shift's note ('Voided 300 mL at "
    "0400' under '03/02/2021 1900-0730') is the shift's next morning; chrono puts it on the "
    "note's date, since only a late clock time or a night just before it moves it past midnight",
)
def test_a_small_hours_clock_in_a_night_shift_note_is_the_next_morning() -> None:
    """ "at 0400" during the night shift that began at 1900 on 03/02 is 03/03, 04:00."""
    text = "NIGHT SHIFT NURSING NOTE 03/02/2021 1900-0730\nTurned q2h. Voided 300 mL at 0400.\n"
    assert mentions(text)[-1] == ("0400", "TIME", "2021-03-03T04:00")
