"""Held-out genres: war histories (narrative), clinical notes and social media.

Each passage was written for these tests in the style of its genre. The tables pin what must
be found, with its type and value; the formal sentences after each pin what must not.
"""

from __future__ import annotations

import pytest

from chrono import extract_document

Row = tuple[str, str, str]  # mention text, TIMEX3 type, value


def _mentions(text: str, **options: object) -> list[Row]:
    doc, _ = extract_document(text, **options)  # type: ignore[arg-type]
    return [(m.text, m.type.value, m.value) for m in doc.mentions]


def _found(text: str, **options: object) -> list[str]:
    return [text for text, _, _ in _mentions(text, **options)]


# ---- narrative: a war history ---------------------------------------------------------------

WAR = (
    "On 1 September 1939 Germany invaded Poland. Two days later Britain and France declared "
    "war. That night the first leaflets fell on German towns. On the night of 6 September the "
    "Polish government left Warsaw, and early the following morning the city was shelled. "
    "Late that month the last defenders surrendered. Early in 1940 the front stayed quiet; on "
    "the morning of 10 May 1940 the offensive in the west began, and in the early hours of 22 "
    "June 1941 Germany attacked the Soviet Union."
)
WAR_TABLE: list[Row] = [
    ("1 September 1939", "DATE", "1939-09-01"),
    ("Two days later", "DATE", "1939-09-03"),
    ("That night", "TIME", "1939-09-03TNI"),
    # TimeBank tags only the date of "the night of Oct. 23" (TIMEX2 corpora tag it all)
    ("6 September", "DATE", "1939-09-06"),
    ("early the following morning", "TIME", "1939-09-07TMO"),
    ("Late that month", "DATE", "1939-09"),
    ("Early in 1940", "DATE", "1940"),
    ("10 May 1940", "DATE", "1940-05-10"),
    ("22 June 1941", "DATE", "1941-06-22"),
]


def test_war_history_mentions_types_and_values() -> None:
    """ "that night", "early the following morning", "Late that month": in the story's time."""
    assert _mentions(WAR, genre="narrative") == WAR_TABLE


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He said that night raids would stop on Friday.", ["Friday"]),
        ("She wore that evening gown to the gala.", []),
        ("It was so late that morning seemed far away.", []),
    ],
)
def test_that_part_of_day_is_not_the_conjunction(text: str, found: list[str]) -> None:
    """ "that night" is a time only as a noun phrase, not "that" + a noun modifier."""
    assert _found(text, dct="2023-09-12") == found
