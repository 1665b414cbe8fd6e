"""News phenomena: weekday ranges, sports seasons, counted days of an event, "the week".

Each table pins what must be found, with its type and value (document date 2023-09-12, a
Tuesday); the formal sentences after it pin what must not be found.
"""

from __future__ import annotations

import pytest

from chrono import extract_document

Row = tuple[str, str, str]  # mention text, TIMEX3 type, value


def _mentions(text: str) -> list[Row]:
    doc, _ = extract_document(text, dct="2023-09-12")
    return [(m.text, m.type.value, m.value) for m in doc.mentions]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Sun-Times reported the story.", []),
        ("Samples Mon-3 and Fri-7 were discarded.", []),
        ("SAT-based methods were compared.", []),
    ],
)
def test_short_weekday_ranges_do_not_fire_in_formal_text(text: str, found: list[str]) -> None:
    """Capitalised short weekdays are dates only on both sides of a dash."""
    assert [t for t, _, _ in _mentions(text)] == found
