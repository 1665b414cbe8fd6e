"""Gaps the helpers noticed in session 10, seventh list, each a phenomenon of the language, in
passages of the kind of text it was noticed in.

News: British "the week just gone", "the month just gone", "the year just ended" are the last
week, month and year, as "the weekend just gone" is. A month and day a few weeks ahead of the
story with a verb in the simple past right before it ("Negotiations began on July 1", in June)
is last year's (a plan's "is expected on July 8" stays ahead). A count of millions or billions
of years back ("65 million years ago") is one vague past (PAST_REF). A count later after a
count of years ago further back than the year 1 ("some 10,000 years ago, and two thousand years
later") counts from that date, not from the document's. Narrative: a three-digit year a
building, a founding or a death is dated by "around", "about" or "c." ("was built around
722", "died c. 850") is a year; counts stay counts ("around 500 soldiers", "numbered around
500"). A bare count later between commas ("The survivors, months later, ...") is not yet read
as a date from the story (see the xfail at the end).

Weekdays checked with datetime: 2024-01-08 is a Monday (ISO week 2); 2024-06-20 a Thursday;
2024-05-01 a Wednesday.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "news_the_week_just_gone",
        "Storm Henk brought flooding across the Midlands in the week just gone, and forecasters "
        "said the month just gone was among the wettest on record. Insurers said claims in the "
        "year just ended rose by a fifth.",
        {"dct": "2024-01-08"},
        [
            ("the week just gone", "DATE", "2024-W01"),
            ("the month just gone", "DATE", "2023-12"),
            ("the year just ended", "DATE", "2023"),
        ],
    ),
    (
        "news_talks_began_on_a_day_just_ahead",
        "Negotiations began on July 1 and collapsed in March, the union said Thursday. A new "
        "round is expected on July 8, and a strike ballot closes on June 28.",
        {"dct": "2024-06-20"},
        [
            ("July 1", "DATE", "2023-07-01"),
            ("March", "DATE", "2024-03"),
            ("Thursday", "DATE", "2024-06-20"),
            ("July 8", "DATE", "2024-07-08"),
            ("June 28", "DATE", "2024-06-28"),
        ],
    ),
    (
        "news_deep_time",
        "Scientists said the crater was formed 65 million years ago, when an asteroid struck. "
        "The Earth itself formed about 4.5 billion years ago. Hunters reached the valley some "
        "10,000 years ago, and two thousand years later the first farms appeared.",
        {"dct": "2024-05-01"},
        [
            ("65 million years ago", "DATE", "PAST_REF"),
            ("4.5 billion years ago", "DATE", "PAST_REF"),
            ("10,000 years ago", "DATE", "-7976"),
            ("two thousand years later", "DATE", "-5976"),
        ],
    ),
    (
        "narrative_prehistory_to_the_first_church",
        "The first hunters reached the valley some 12,000 years ago. Two thousand years later, "
        "farmers cleared the forest. The first church was built around 722, and the abbot who "
        "founded it died c. 850.",
        {"genre": "narrative", "dct": "2024-05-01"},
        [
            ("12,000 years ago", "DATE", "-9976"),
            ("Two thousand years later", "DATE", "-7976"),
            ("722", "DATE", "0722"),
            ("c. 850", "DATE", "0850"),
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
        "Around 500 soldiers held the fort.",
        "The garrison numbered around 500.",
        "The quarry supplied about 700 tonnes of stone, and the walls were built around 300 "
        "metres long.",
    ],
)
def test_look_alikes_yield_nothing(text: str) -> None:
    """A three-digit count after "around" or "about" is a number, not a year."""
    assert mentions(text, genre="narrative") == []


def test_a_plan_on_a_day_just_ahead_stays_ahead() -> None:
    """Only a verb told done moves a close day back: "was scheduled on", "would be
    re-introduced on" keep it ahead."""
    text = "The bill would be re-introduced on April 30, and a vote was scheduled on May 2."
    assert mentions(text, dct="2024-04-21") == [
        ("April 30", "DATE", "2024-04-30"),
        ("May 2", "DATE", "2024-05-02"),
    ]


def test_a_thousand_years_later_counts_from_the_date_before() -> None:
    """ "A thousand years later" is a count of a thousand, as "one thousand" is, on from the
    BC date before it."""
    text = "Stonehenge was raised c. 2500 BC. A thousand years later it was abandoned."
    assert mentions(text, genre="narrative") == [
        ("c. 2500 BC", "DATE", "-2499"),
        ("A thousand years later", "DATE", "-1499"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a bare unit before 'later' is tagged as TimeBank tags it in news, the unit a "
    "DURATION and 'later' its signal ('Days later, the minister resigned': 'Days' PXD, "
    "tests/test_news_3.py), and 'Years later' not at all; extraction does not know the genre, "
    "so a narrative's 'months later' cannot be the date from the story that 'several months "
    "later' is",
)
def test_a_bare_count_later_in_a_narrative_is_a_date_from_the_story() -> None:
    """ "The survivors, months later, ...", after February 1258, is 1258, as "several months
    later" is; "Years later" after it a few years on."""
    text = (
        "The Mongols sacked Baghdad in February 1258. The survivors, months later, still camped "
        "among the ruins. Years later, the chroniclers wrote of the fall."
    )
    assert mentions(text, genre="narrative") == [
        ("February 1258", "DATE", "1258-02"),
        ("months later", "DATE", "1258"),
        ("Years later", "DATE", "126"),
    ]
