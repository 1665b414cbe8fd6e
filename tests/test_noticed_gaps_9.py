"""Gaps the helpers noticed in session 10, ninth list, each a phenomenon of the language, in
passages of the kind of text it was noticed in: social media posts, clinical notes and war
histories.

Tweets' "tn" is tonight after a bare hour as "tnite" is ("party at 9 tn"), and a release
announced with "tnite" looks ahead as one with "tonite" does ("the finale drops tnite, recap
Sunday"). A post's verbless "new ep Sunday at 9pm", "new album Tuesday" announces the coming
one. A nurse's entry may open with its time after "At", before the patient, the family or the
team ("At 1400 family meeting held"; not a volume, "At 1200 mL UOP"). A battle named by its
day ("the Glorious First of June") is a name, and a holiday that says what kind a thing is ("a
Christmas present", "Christmas cards", "Easter eggs") no date, as TimeBank and te3-silver
leave them.

Weekdays checked with datetime: 2024-11-08 is a Friday (11-10 the Sunday, 11-12 the Tuesday);
2023-09-15 a Friday (09-10 and 09-17 Sundays).
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "post_party_at_9_tn",
        "party at 9 tn, bring snacks 🎉 Sam's band plays at 10 tnite too. Nashville, tn is "
        "where they started lol",
        {"dct": "2024-11-08"},
        [
            ("9 tn", "TIME", "2024-11-08T21:00"),
            ("10 tnite", "TIME", "2024-11-08T22:00"),
        ],
    ),
    (
        "post_verbless_release_announcements",
        "New ep Sunday at 9pm!! 🎬 the finale drops tnite, recap Sunday at 10pm. new album "
        "Tuesday, can't wait",
        {"dct": "2024-11-08"},
        [
            ("Sunday at 9pm", "TIME", "2024-11-10T21:00"),
            ("tnite", "TIME", "2024-11-08TNI"),
            ("Sunday at 10pm", "TIME", "2024-11-10T22:00"),
            ("Tuesday", "DATE", "2024-11-12"),
        ],
    ),
    (
        "nursing_note_at_hhmm_opens_the_entry",
        "NURSING NOTE\nPt resting comfortably, VSS. At 1400 family meeting held with daughter "
        "and son re goals of care. At 1630, pt c/o pain 6/10, oxycodone given at 1645. At 1200 "
        "mL UOP for shift, adequate.",
        {"dct": "2024-11-08"},
        [
            ("1400", "TIME", "2024-11-08T14:00"),
            ("1630", "TIME", "2024-11-08T16:30"),
            ("1645", "TIME", "2024-11-08T16:45"),
        ],
    ),
    (
        "war_history_battle_named_by_its_day",
        "The Glorious First of June was fought in 1794 far out in the Atlantic. On Christmas "
        "Day 1794 the crews were given their prize money; Howe received a Christmas present "
        "from the King, and his officers sent Christmas cards home.",
        {"genre": "narrative"},
        [
            ("1794", "DATE", "1794"),
            ("Christmas Day 1794", "DATE", "1794-12-25"),
        ],
    ),
    (
        "post_holiday_as_a_kind_of_thing",
        "posted all my Christmas cards in early December 🎄 and we painted Easter eggs at "
        "Easter with the kids",
        {"dct": "2024-11-08"},
        [
            ("early December", "DATE", "2023-12"),
            ("Easter", "DATE", "2024-03-31"),
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
        "At 1200 feet the engine failed.",
        "Memphis, tn 38103 is the address.",
        "The Christmas present was a bike.",
        "She collects Halloween costumes.",
    ],
)
def test_look_alikes_yield_nothing(text: str) -> None:
    """A height after "At", Tennessee and a holiday that says what kind
    a thing is are no times."""
    assert mentions(text, dct="2023-09-12") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("new ep airs Sunday at 9pm", [("Sunday at 9pm", "TIME", "2023-09-17T21:00")]),
        ("I watched the new ep Sunday.", [("Sunday", "DATE", "2023-09-10")]),
        (
            "Christmas shopping starts in November.",
            [("Christmas", "DATE", "2023-12-25"), ("November", "DATE", "2023-11")],
        ),
        ("At 1400 the city had 50,000 people.", [("1400", "DATE", "1400")]),
    ],
)
def test_the_other_readings_stay(text: str, expected: list[Row]) -> None:
    """A release with its verb is ahead; the new episode watched is behind (the cue opens a
    post only); Christmas shopping keeps its holiday; a year after "At" stays a year."""
    assert mentions(text, dct="2023-09-15") == expected
