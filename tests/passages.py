"""What the genre-passage tests compare: the mentions chrono finds in a passage, as rows.

Each ``tests/test_<kind of text>.py`` holds passages written for it, with a table of the
(mention text, TIMEX3 type, value) rows expected, read by TimeML's conventions.
"""

from __future__ import annotations

from chrono import extract_document

Row = tuple[str, str, str]  # mention text, TIMEX3 type, value


def mentions(text: str, **options: object) -> list[Row]:
    """The mentions of ``text`` as rows, in text order (``options`` go to extract_document)."""
    doc, _ = extract_document(text, **options)  # type: ignore[arg-type]
    return [(m.text, m.type.value, m.value) for m in doc.mentions]


def found(text: str, **options: object) -> list[str]:
    """The texts of the mentions of ``text``."""
    return [mention for mention, _, _ in mentions(text, **options)]


def found_in_narrative(text: str) -> list[str]:
    """The texts of the mentions of ``text`` read as a narrative."""
    return found(text, genre="narrative")
