"""Gaps the helpers noticed in session 9, fourth list, each a phenomenon of the language, in
passages of the kind of text it was noticed in.

News: a month after an article and a word of how it went or of its weather ("after a weak
January", "a strong February for retailers", "a cold March", "the best February on record")
is the month of the story's year. A clock time in the small hours after a named day's night
("Tuesday night ... shortly before 1 a.m.") is the next day's. The month a fiscal year runs
through or ends in ("the fiscal year through March", "the year ending March 31"), said in
October, ends the year in progress: next March; within a quarter after the month, told as
what was, it is the year just ended ("in the year to August", said in October). Clinical: a
four-digit time after a past participle, "at" and before the agent ("found down at 1145 by an
aide") is a clock time, not a year. Social: a day booked for, past as the verb is ("rebooked
me for Thursday"), is ahead; a bare ordinal after "it's" ("now it's the 19th") is a day of the
post's month; a bare hour that ends a clause after "till" ("working till 4") and an hour with
"-ish" asked after "so" ("so 6ish?") are clock times of the post's day.

Weekdays checked with datetime: 2024-03-14 is a Thursday; 2023-09-12 a Tuesday (09-13 the
Wednesday, 09-14 the Thursday, 09-19 the next Tuesday); 2023-10-17 a Tuesday.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "news_retail_months",
        "Retail sales rose 0.6% in February, the Commerce Department said Thursday, as shoppers "
        "returned to malls after a weak January. Economists had expected a strong February for "
        "retailers once the storms passed. Chains fear a cold March will keep customers home, "
        "though one analyst called it the best February on record for discount stores.",
        {"dct": "2024-03-14"},
        [
            ("February", "DATE", "2024-02"),
            ("Thursday", "DATE", "2024-03-14"),
            ("January", "DATE", "2024-01"),
            ("February", "DATE", "2024-02"),
            ("March", "DATE", "2024-03"),
            ("February", "DATE", "2024-02"),
        ],
    ),
    (
        "news_shooting_after_midnight",
        "Police were called to a bar on Elm Street on Tuesday night after reports of a fight. "
        "The shooting happened shortly before 1 a.m., police said. Both victims were released "
        "from the hospital Wednesday.",
        {"dct": "2023-09-14"},
        [
            ("Tuesday night", "TIME", "2023-09-12TNI"),
            # the night went on past midnight: Wednesday's small hours
            ("1 a.m.", "TIME", "2023-09-13T01:00"),
            ("Wednesday", "DATE", "2023-09-13"),
        ],
    ),
    (
        "news_vigil_before_midnight",
        "A vigil was held Wednesday night outside the bar. It ended at 11 p.m.",
        {"dct": "2023-09-14"},
        [
            ("Wednesday night", "TIME", "2023-09-13TNI"),
            ("11 p.m.", "TIME", "2023-09-13T23:00"),
        ],
    ),
    (
        "news_fiscal_year_forecasts",
        "Toyota raised its operating profit forecast for the fiscal year through March on "
        "Tuesday, citing a weaker yen. Honda, which reports next month, is expected to trim its "
        "outlook for the year ending March 31. In Britain, house prices rose 2% in the year to "
        "August, the statistics office said.",
        {"dct": "2023-10-17"},
        [
            ("the fiscal year", "DURATION", "P1Y"),
            ("March", "DATE", "2024-03"),
            ("Tuesday", "DATE", "2023-10-17"),
            ("next month", "DATE", "2023-11"),
            ("the year", "DURATION", "P1Y"),
            ("March 31", "DATE", "2024-03-31"),
            ("the year", "DURATION", "P1Y"),
            # two months after August, told as what was: the year just ended
            ("August", "DATE", "2023-08"),
        ],
    ),
    (
        "clinical_found_down_by_an_aide",
        "81 yo F from assisted living , last seen well at 0600 . She was found down at 1145 by "
        "an aide and brought in by EMS . No LOC per aide .",
        {"dct": "2014-03-08"},
        [
            ("0600", "TIME", "2014-03-08T06:00"),
            ("1145", "TIME", "2014-03-08T11:45"),
        ],
    ),
    (
        # the airline's "rebooked me for Thursday" and "now it's the 19th", and a chat's
        # "working till 4, so 6ish?", are in tests/test_social_10.py
        "social_rescheduled",
        "drinks after work still on? 5 is too early for me, so 6ish? also the dentist "
        "rescheduled me for Monday 🙄 and book club got moved, it's the 21st.",
        {"dct": "2023-09-12"},
        [
            ("6ish", "TIME", "2023-09-12T18:00"),
            ("Monday", "DATE", "2023-09-18"),
            ("the 21st", "DATE", "2023-09-21"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [pytest.param(t, o, e, id=k) for k, t, o, e in PASSAGES],
)
def test_passage(text: str, options: dict[str, str], expected: list[Row]) -> None:
    """Every mention of the passage, with its type and value."""
    assert mentions(text, **options) == expected


@pytest.mark.parametrize(
    "text",
    [
        "wait till 4 of them show up",
        "count from 1 till 4.",
        "a strong June Carter song",
        "Brussels faced a weak May government.",
    ],
)
def test_look_alikes_yield_nothing(text: str) -> None:
    """A count after "till", a run of numbers, a name after an adjective and May the
    politician are no dates nor times."""
    assert mentions(text, dct="2023-09-12") == []


def test_a_year_founded_by_monks_stays_a_year() -> None:
    """ "founded in 1145 by monks": a year after "in", not a clock time."""
    assert mentions("The abbey was founded in 1145 by monks.", dct="2023-09-12") == [
        ("1145", "DATE", "1145")
    ]


def test_a_level_capped_at_a_figure_is_no_time() -> None:
    """ "capped at 1500 by the regulator": a level held at a figure, with its agent, is not a
    clock time as "found down at 1145 by an aide" is."""
    found = mentions("Fares were capped at 1500 by the regulator.", dct="2023-09-12")
    assert all(kind != "TIME" for _, kind, _ in found)
