"""Gaps the helpers noticed, thirteenth list, each a phenomenon of the language, in passages of
the kind of text it was noticed in: broadcast and local news and social media posts.

A bare hour before a US zone is a broadcast's evening ("airs at 9 ET": 21:00), but one from 8
to 11 after a morning's event in its clause is the morning's ("a news conference at 10
Central", "the hearing resumes at 9 ET"); "Central" and "Mountain" alone are zones there, not
before a name ("5 p.m. Central Park"). Such an hour with its day after it is one time of that
day ("at 9 ET tomorrow"), and so is a post's clock time after "@" ("Game @ 7:30 tmrw"). A
bare hour that ends a clause after an evening's event and "at" ("Show at 9.", "Concert at 8")
is the evening's, as "the show starts at 9" is; a numbered game's clock time is its start, after
noon ("game 1 at 1:05"). A verbless line's "by" or "thru" a day is ahead ("Storm totals by 7
a.m. Tuesday", "Payment due by Friday", "highs in the 80s thru Thursday").

Weekdays checked with datetime: 2023-09-12 is a Tuesday, 2023-09-13 a Wednesday and
2023-09-18 the Monday after; 2023-09-08 is a Friday, 2023-09-14 a Thursday, 2023-09-15 a
Friday.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "local_news_morning_events_and_an_evening_special",
        "The governor will hold a news conference at 10 Central on the flood response, and the "
        "legislative hearing resumes at 9 ET. Markets open at 9:30 ET. Our special report airs "
        "at 9 ET tomorrow, right here on Channel 5.",
        {"dct": "2023-09-12", "genre": "news"},
        [
            ("10 Central", "TIME", "2023-09-12T10:00-05:00"),
            ("9 ET", "TIME", "2023-09-12T09:00-04:00"),
            ("9:30 ET", "TIME", "2023-09-12T09:30-04:00"),
            ("9 ET tomorrow", "TIME", "2023-09-13T21:00-04:00"),
        ],
    ),
    (
        "court_news_hearing_on_a_named_day",
        "The arraignment is set for Monday, with the hearing at 10 Eastern. Prosecutors declined "
        "to comment.",
        {"dct": "2023-09-12", "genre": "news"},
        [
            ("Monday", "DATE", "2023-09-18"),
            ("10 Eastern", "TIME", "2023-09-18T10:00-04:00"),
        ],
    ),
    (
        "rained_out_post_makeup_game_and_a_show",
        "Rained out again 😩 makeup game @ 7:30 tmrw. Then the band's show at 9, don't be late!!",
        {"dct": "2023-09-12"},
        [
            ("7:30 tmrw", "TIME", "2023-09-13T19:30"),
            ("9", "TIME", "2023-09-13T21:00"),
        ],
    ),
    (
        "club_poster_concert_and_doors",
        "Concert at 8. Doors open at 7. Tickets at the door, cash only.",
        {"dct": "2023-09-12"},
        [
            ("8", "TIME", "2023-09-12T20:00"),
            ("7", "TIME", "2023-09-12T19:00"),
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
        (
            "Tune in at 10 Central for the late news.",
            ("10 Central", "TIME", "2023-09-12T22:00-05:00"),
        ),
        ("The debate airs at 9 ET on CNN.", ("9 ET", "TIME", "2023-09-12T21:00-04:00")),
        ("The game is at 8 Mountain.", ("8 Mountain", "TIME", "2023-09-12T20:00-06:00")),
        ("The press briefing is at 11 ET.", ("11 ET", "TIME", "2023-09-12T11:00-04:00")),
        ("Trading resumes at 10 ET after the halt.", ("10 ET", "TIME", "2023-09-12T10:00-04:00")),
    ],
)
def test_a_bare_hour_before_a_zone_takes_its_events_half_of_the_day(
    text: str, expected: Row
) -> None:
    """A broadcast's or a game's bare hour before a US zone is the evening's; a briefing's and
    trading's is the morning's."""
    assert mentions(text, dct="2023-09-12", genre="news") == [expected]


def test_central_before_a_name_is_no_zone() -> None:
    """ "5 p.m. Central Park was packed": the park, not the zone."""
    assert mentions("We met at 5 p.m. Central Park was packed.", dct="2023-09-12") == [
        ("5 p.m.", "TIME", "2023-09-12T17:00")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The show at 9 Elm Street closed for good.",
        "The concert at 8 venues drew 40,000 fans.",
        "The game at 3-1 was over by halftime.",
    ],
)
def test_look_alikes_yield_nothing(text: str) -> None:
    """An event's address, a count of venues and a score after "at" are no times."""
    assert mentions(text, dct="2023-09-12") == []


def test_a_numbered_games_clock_time_is_its_start() -> None:
    """ "game 1 at 1:05, game 2 at 6:10": a doubleheader's starts, after noon, as "1st pitch
    7:05" is."""
    assert mentions("Doubleheader today: game 1 at 1:05, game 2 at 6:10.", dct="2023-09-12") == [
        ("today", "DATE", "2023-09-12"),
        ("1:05", "TIME", "2023-09-12T13:05"),
        ("6:10", "TIME", "2023-09-12T18:10"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Payment due by Friday.", ("Friday", "DATE", "2023-09-15")),
        ("Final totals by 6 p.m. Thursday.", ("6 p.m. Thursday", "TIME", "2023-09-14T18:00")),
        ("Highs in the 80s thru Thursday.", ("Thursday", "DATE", "2023-09-14")),
        ("The rebels had taken the city by Friday.", ("Friday", "DATE", "2023-09-08")),
    ],
)
def test_a_verbless_lines_by_a_day_is_ahead(text: str, expected: Row) -> None:
    """A line with no verb that sets a deadline "by" a day or an end "thru" it looks ahead;
    with a past verb the day is behind."""
    assert mentions(text, dct="2023-09-12", genre="news") == [expected]
