"""An ASCII text is scanned by patterns compiled with ``re.ASCII`` (the trigger words, the
figures, the words before them, the look-alikes' starts); any other text by
the patterns as they are. Both must read a text the same wherever it is ASCII."""

from __future__ import annotations

import pytest

from tests.passages import mentions

_REPORT = (
    "The board said on Monday that the plant will reopen next month, two weeks after the "
    "strike ended. Talks resumed on March 3, 2024 at 10 a.m.\n\nThe union's spokesman, "
    "reached at a cafe near the plant, said nothing more."
)


def test_one_non_ascii_letter_far_from_the_dates_changes_nothing() -> None:
    """A "café" makes the report a non-ASCII text, read by the Unicode patterns: the same
    mentions, values and offsets as its ASCII form "cafe"."""
    expected = [
        ("Monday", "DATE", "2024-03-04"),
        ("next month", "DATE", "2024-04"),
        ("two weeks", "DURATION", "P2W"),
        ("March 3, 2024 at 10 a.m.", "TIME", "2024-03-03T10:00"),
    ]
    assert mentions(_REPORT, dct="2024-03-06") == expected
    accented = _REPORT.replace("cafe", "café")
    assert not accented.isascii()
    assert mentions(accented, dct="2024-03-06") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resume on Mondayé.", []),  # "é" is a letter: "Mondayé" is one word
        ("Talks resume on éMonday.", []),
        ("Talks resume on Monday é.", [("Monday", "DATE", "2024-03-11")]),
        ("It ended in 2019é.", []),
        ("It ended in é2019.", []),
        ("It ended in 2019 é.", [("2019", "DATE", "2019")]),
        ("It ended lastñ week.", []),
        ("It will end next weekñ.", []),
        ("It will end next week ñ.", [("next week", "DATE", "2024-W11")]),
    ],
)
def test_a_non_ascii_letter_touching_a_date_word_joins_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """A non-ASCII letter is a word character in Unicode (re.ASCII would take it for a
    boundary and find "Monday" in "Mondayé"): such a text takes the Unicode patterns."""
    assert mentions(text, dct="2024-03-06") == expected
