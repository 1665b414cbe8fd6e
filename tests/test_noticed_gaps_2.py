"""Gaps the helpers writing tests for one kind of text noticed in session 9, second list: each a
phenomenon of the language, in passages of the kind of text it was noticed in.

Posts: an interview one "got" for a weekday with a clock time ("got an interview thurs @ 2")
is ahead, and so is one a post opens with ("interview thurs @ 2 for a role I applied to"):
the past of getting it or of a relative clause after the day is not the day's (the posts
that noticed it are in tests/test_social_9.py). A month a post
names aside, as the start of a state that runs to now ("unemployed since oct.") or as a
record's month ("hottest june on record"), is not the month a later bare day of the month is
in ("final round is on the 28th", "until the 4th"). "every morning at 6am" is one set with its
clock time; "another 5 days" a duration; "mid-wk", "midweek" this week's middle; "july's
gonna be worse" the month. News: "by mid-century" is the middle of the current century (value
"20", mod MID, as "the middle of the century" is); "It is Saturday", "it's Saturday" with a
bare weekday as the predicate are the coming Saturday (the copula is present, as in "The
ceremony is Saturday"). Histories: the first of a list of three centuries ("In the 18th, 19th
and 20th centuries"), "VE-Day" with its hyphen. Someone's own "last day" ("Her last day at the
firm was a blur") is no day before the text's.

"Victory Day" is 9 May in Russia and the former Soviet states, 8 May (VE Day) in the West, and
other days elsewhere (16 December in Bangladesh), so the name alone does not say which: it is
dated by the country its sentence names (since the seventeenth list of noticed gaps, where
"Russia marks Victory Day" is pinned), else its day is left unknown.

Weekdays checked with datetime: 2024-06-18 is a Tuesday (2024-06-20 the Thursday after),
2024-07-01 a Monday of ISO week 27, 2024-03-20 a Wednesday (2024-03-28 the Thursday after),
2023-09-12 a Tuesday of ISO week 37 (2023-09-14 the Thursday after, 2023-09-16 the Saturday,
2023-09-11 the Monday before), 2014-07-07 a Monday (2014-07-06 the Sunday before).
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "social_job_interview",
        "finally some good news!! got an interview thurs @ 2 for a role I applied to back in "
        "april. been job hunting since feb and it's been rough. another 5 days and I'd have "
        "given up lol",
        {"dct": "2024-06-18"},
        [
            # the past of getting it and of the relative clause are not the Thursday's
            ("thurs @ 2", "TIME", "2024-06-20T14:00"),
            ("april", "DATE", "2024-04"),
            ("feb", "DATE", "2024-02"),
            ("5 days", "DURATION", "P5D"),
        ],
    ),
    (
        "social_heat_record",
        "hottest june on record 🥵 and the heat dome sticks around until the 4th. july's gonna "
        "be worse, the forecasters say. pool party midweek if anyone's around",
        {"dct": "2024-07-01"},
        [
            ("june", "DATE", "2024-06"),
            ("the 4th", "DATE", "2024-07-04"),  # not June's: the record's month is aside
            ("july", "DATE", "2024-07"),
            ("midweek", "DATE", "2024-W27"),  # mod MID
        ],
    ),
    (
        "social_unemployed_since",
        "been unemployed since oct. 47 applications, 2 interviews. final round is on the 28th!! "
        "whatever happens I'm back at the gym every morning at 6am. see u mid-wk",
        {"dct": "2024-03-20"},
        [
            ("oct", "DATE", "2023-10"),
            ("the 28th", "DATE", "2024-03-28"),  # the post's month, not October's
            ("every morning at 6am", "SET", "XXXX-XX-XXT06:00"),
            ("mid-wk", "DATE", "2024-W12"),  # mod MID
        ],
    ),
    (
        "news_climate_plan",
        "The city's climate plan aims to halve emissions by 2030 and reach net zero by "
        "mid-century. The council will vote on the plan Thursday. It is Saturday, though, that "
        "residents get their say, at a public hearing in the library.",
        {"dct": "2023-09-12"},
        [
            ("2030", "DATE", "2030"),
            ("mid-century", "DATE", "20"),  # mod MID
            ("Thursday", "DATE", "2023-09-14"),
            ("Saturday", "DATE", "2023-09-16"),
        ],
    ),
    (
        "history_port",
        "In the 18th, 19th and 20th centuries the port grew into the navy's main base. Crowds "
        "filled its streets on VE-Day, and the base closed in 1984.",
        {"genre": "narrative"},
        [
            ("18th", "DATE", "17"),
            ("19th", "DATE", "18"),
            ("20th centuries", "DATE", "19"),
            ("VE-Day", "DATE", "1945-05-08"),
            ("1984", "DATE", "1984"),
        ],
    ),
    (
        "news_bridge_closed_until",
        "Police closed the Harbor Street bridge at 9 a.m. Saturday after a barge struck a pier, "
        "and kept it shut until 4 p.m. while engineers checked the span, the city said Monday.",
        {"dct": "2014-07-07"},
        [
            ("9 a.m. Saturday", "TIME", "2014-07-05T09:00"),
            # "until" before the clock time says nothing of the day: that Saturday's
            ("4 p.m.", "TIME", "2014-07-05T16:00"),
            ("Monday", "DATE", "2014-07-07"),
        ],
    ),
    (
        "history_holiday_first_held",
        "The First Fleet landed at Sydney Cove on 26 January 1788. Australia Day was first "
        "celebrated in 1935 in every state, and it became a public holiday in 1994.",
        {"genre": "narrative"},
        [
            ("26 January 1788", "DATE", "1788-01-26"),
            ("Australia Day", "DATE", "1935-01-26"),  # the year its clause names after it
            ("1935", "DATE", "1935"),
            ("1994", "DATE", "1994"),
        ],
    ),
    (
        "personal_last_day",
        "Her last day at the firm was a blur of boxes and speeches. She started the new job on "
        "Monday and says she has not looked back.",
        {"dct": "2023-09-12"},
        [("Monday", "DATE", "2023-09-11")],
    ),
]


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [pytest.param(text, options, table, id=kind) for kind, text, options, table in PASSAGES],
)
def test_passage(text: str, options: dict[str, str], expected: list[Row]) -> None:
    """Every mention of the passage, with its type and value."""
    assert mentions(text, **options) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is Saturday.", ("Saturday", "DATE", "2023-09-16")),
        ("it's saturday!! market opens at 8", ("saturday", "DATE", "2023-09-16")),
        ("The ceremony is Saturday.", ("Saturday", "DATE", "2023-09-16")),
        ("It was Saturday.", ("Saturday", "DATE", "2023-09-09")),
    ],
)
def test_a_copula_before_a_bare_weekday(text: str, expected: Row) -> None:
    """A bare weekday as the predicate of a present copula is the coming one; of a past one the
    one before (on Tuesday 2023-09-12)."""
    assert mentions(text, dct="2023-09-12")[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The board will publish its mid-year update.",
        "We will miss him: his last day with the team was a blur of speeches.",
    ],
)
def test_look_alikes_yield_nothing(text: str) -> None:
    """A mid-year update is a kind of report; someone's own last day is no day before the
    text's."""
    assert mentions(text, dct="2023-09-12") == []


def test_a_schedule_of_three_short_weekdays() -> None:
    """ "swim mon wed fri at 6am": three weekly sets at six in the morning (the clock time of
    the last day is every listed day's, as in "Mondays and Wednesdays at 6:30 pm")."""
    assert mentions("new routine: swim mon wed fri at 6am", dct="2024-03-20") == [
        ("mon", "SET", "XXXX-WXX-1T06:00"),
        ("wed", "SET", "XXXX-WXX-3T06:00"),
        ("fri at 6am", "SET", "XXXX-WXX-5T06:00"),
    ]
