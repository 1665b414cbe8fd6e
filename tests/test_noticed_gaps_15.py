"""Gaps the review of session 11 noticed, fifteenth list: what the session's changes did to wire
copy (TimeBank-AQUAINT read as news and as a narrative, te3-silver read as news).

A narrative takes the document's year as a guess for a date told without one ("the Tet
holiday", "in March") until a full date corrects it; a weekday or "last week" counted from the
document date is no guess, and neither is a dateline's day ("WARSAW, February 26 (Xinhua)"):
the story is there, so an aside that goes back after it ("which has been doubling its profits
since 1980", "whose mother left Cuba in 1962", "who were invited to join NATO in July 1997")
does not move it. A week that owns what follows ("arriving for the next week's conference") is
that week, not a stretch of one as "started on a PCA for the next week" is.

Weekdays checked with datetime: 1989-10-30, 2000-04-17 are Mondays; 2006-11-24 is a Friday.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "narrative_weekday_from_the_document_date_then_an_aside_since_a_year",
        "LONDON -- Polly Peck International said Friday that it would sell its electronics "
        "arm. The group, which has been doubling its profits annually since 1980, is Britain's "
        "biggest fruit trader. In September, it agreed to buy the fresh fruit business of Del "
        "Monte for $878 million.",
        {"dct": "1989-10-30", "genre": "narrative"},
        [
            ("Friday", "DATE", "1989-10-27"),
            ("annually", "SET", "P1Y"),
            ("1980", "DATE", "1980"),
            # the story is at Friday's year, not at the aside's 1980
            ("September", "DATE", "1989-09"),
        ],
    ),
    (
        "narrative_weekday_then_an_aside_on_a_relatives_past",
        "MIAMI -- Lazaro Gonzalez said Sunday that the boy would stay in Miami. His cousin "
        "Marisleysis, whose mother left Cuba in 1962 when she was 4, stood beside him. Earlier "
        "Sunday, protesters prayed for divine help outside the house, and on Monday the family "
        "met federal officials.",
        {"dct": "2000-04-17", "genre": "narrative"},
        [
            ("Sunday", "DATE", "2000-04-16"),
            ("1962", "DATE", "1962"),
            ("Sunday", "DATE", "2000-04-16"),
            ("Monday", "DATE", "2000-04-17"),
        ],
    ),
    (
        "narrative_dateline_day_then_an_aside_that_goes_back",
        "WARSAW, February 26 (Xinhua) -- The presidents of Poland and the Czech Republic have "
        "signed papers of accession to NATO. Poland, the Czech Republic and Hungary, who were "
        "invited to join NATO in Madrid in July 1997, will officially join NATO on March 12 in "
        "a ceremony in Independence, Missouri.",
        {"dct": "1999-02-27", "genre": "narrative"},
        [
            ("February 26", "DATE", "1999-02-26"),
            ("July 1997", "DATE", "1997-07"),
            ("March 12", "DATE", "1999-03-12"),
        ],
    ),
    (
        "news_a_week_that_owns_the_event_after_it",
        "NAIROBI, Nov. 24 (Xinhua) -- Delegates from across the world are arriving in Nairobi "
        "for the next week's five-day conference on hazardous waste, the U.N. said on Friday.",
        {"dct": "2006-11-24"},
        [
            ("Nov. 24", "DATE", "2006-11-24"),
            ("the next week", "DATE", "2006-W48"),
            ("five-day", "DURATION", "P5D"),
            ("Friday", "DATE", "2006-11-24"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("passage", "options", "expected"),
    [pytest.param(text, options, rows, id=kind) for kind, text, options, rows in PASSAGES],
)
def test_passage(passage: str, options: dict[str, str], expected: list[Row]) -> None:
    """Every temporal expression of the passage is found with its TIMEX3 type and value."""
    assert mentions(passage, **options) == expected


def test_a_holiday_guessed_in_the_documents_year_still_yields_to_the_full_date() -> None:
    """A holiday without a year is still a guess the full date after it corrects ("the Tet
    holiday, which fell on 30 January 1968"), with a document date years later."""
    rows = mentions(
        "The offensive began during the Tet holiday, which fell on 30 January 1968. Two days "
        "later the fighting reached Hue.",
        dct="2024-05-01",
        genre="narrative",
    )
    assert ("30 January 1968", "DATE", "1968-01-30") in rows
    assert ("Two days later", "DATE", "1968-02-01") in rows


@pytest.mark.parametrize(
    "text",
    [
        "Oh well, the score was 10-12-14 in the three sets.",
        "Part numbers 10-12-14 and 11-13-15 were recalled.",
    ],
)
def test_dashed_numbers_with_two_digit_years_out_of_a_dates_place_are_no_dates(text: str) -> None:
    """A note's "on 10-24-14" is a date; the same shape in a score or a part number is not."""
    assert mentions(text, dct="2014-11-03") == []


def test_a_meeting_at_a_bare_hour_before_a_zone_is_in_the_morning() -> None:
    """A broadcast's "at 9 ET" is the evening's; a board meeting's is the morning's."""
    assert mentions("The board meeting starts at 9 ET tomorrow.", dct="2023-09-12") == [
        ("9 ET tomorrow", "TIME", "2023-09-13T09:00-04:00")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose as early as May.", [("May", "DATE", "2023-05")]),
        ("It had begun as early as May.", [("May", "DATE", "2023-05")]),
        ("A decision is expected as early as January.", [("January", "DATE", "2024-01")]),
        ("A ruling as early as Wednesday.", [("Wednesday", "DATE", "2023-12-13")]),
        ("The plant closed as early as Wednesday.", [("Wednesday", "DATE", "2023-12-06")]),
    ],
)
def test_as_early_as_follows_the_verb_of_its_clause(text: str, expected: list[Row]) -> None:
    """ "as early as" looks ahead as "by" does, unless its clause's verb is past."""
    assert mentions(text, dct="2023-12-12") == expected


def test_a_forecast_day_needs_its_degrees() -> None:
    """ "Sat: high 41" is a forecast's day; "Sat: low turnout" and "The Sun: high prices" are
    not."""
    assert mentions("The Sun: high prices for milk. Sat: low turnout expected.") == []
    assert mentions("Sat: high of 41", dct="2023-09-12") == [("Sat", "DATE", "2023-09-16")]
