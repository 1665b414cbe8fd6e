"""What the genre-passage tests compare: the mentions chrono finds in a passage, as rows.

Each ``tests/test_<kind of text>.py`` holds passages written for it, with a table of the
(mention text, TIMEX3 type, value) rows expected, read by TimeML's conventions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

import pytest

from chrono import extract_document

Row = tuple[str, str, str]  # mention text, TIMEX3 type, value
ModRow = tuple[str, str, str] | tuple[str, str, str, str]  # text, type, value[, mod]


def mentions(text: str, **options: object) -> list[Row]:
    """The mentions of ``text`` as rows, in text order (``options`` go to extract_document)."""
    doc, _ = extract_document(text, **options)  # type: ignore[arg-type]
    return [(m.text, m.type.value, m.value) for m in doc.mentions]


def note_mentions(header: str, text: str) -> list[Row]:
    """The mentions of a note's ``text`` written under its dated ``header`` line, the header's
    own row dropped."""
    return mentions(header + text)[1:]


def mentions_with_mods(text: str, **options: object) -> list[ModRow]:
    """The mentions of ``text`` as rows, with the TIMEX3 mod as a fourth item where there is one
    (``options`` go to extract_document)."""
    doc, _ = extract_document(text, **options)  # type: ignore[arg-type]
    return [
        (m.text, m.type.value, m.value, m.mod.value) if m.mod else (m.text, m.type.value, m.value)
        for m in doc.mentions
    ]


def found(text: str, **options: object) -> list[str]:
    """The texts of the mentions of ``text``."""
    return [mention for mention, _, _ in mentions(text, **options)]


def found_in_narrative(text: str) -> list[str]:
    """The texts of the mentions of ``text`` read as a narrative."""
    return found(text, genre="narrative")


# Wikipedia articles (tests/test_war_articles*.py): their citations and hatnotes, and "today"
# in a Legacy section, which is the retrieval date when one is given.
_CITATION = re.compile(r"\[(?:\d+|[a-z]|note \d+|citation needed)\]")
_NOW = frozenset({"today", "Today"})


def without_citations(text: str) -> str:
    """An article with its citations ("[1]", "[a]", "[citation needed]") and its hatnotes
    ("Main article: ...") taken out; the article must have some."""
    assert _CITATION.search(text) is not None
    paragraphs = _CITATION.sub("", text).split("\n\n")
    return "\n\n".join(p for p in paragraphs if not p.startswith("Main article:"))


def read_on(table: list[Row], today: str) -> list[Row]:
    """An article's table as read with a retrieval date: its "today" is that date."""
    return [(t, k, today if t in _NOW else v) for t, k, v in table]


def both_ways(text: str, later: str = "2024-05-01") -> list[Row]:
    """The mentions of a history read as a narrative without a date, after checking that
    ``auto`` with a document date years ``later`` reads them the same (the writer's "Today" is
    then that date)."""
    narrative = mentions(text, genre="narrative")
    dated = [(t, k, later if t.lower() == "today" else v) for t, k, v in narrative]
    assert mentions(text, genre="auto", dct=later) == dated
    return narrative


def from_heading(text: str, heading: str) -> list[Row]:
    """The narrative reading of an article from its section ``heading`` on."""
    return mentions(text[text.index(f"\n\n{heading}\n\n") :], genre="narrative")


def news(text: str, dct: str, weekday: str) -> list[Row]:
    """The mentions of a news text dated ``dct``, whose weekday is checked to be ``weekday``."""
    assert dt.date.fromisoformat(dct).strftime("%A") == weekday
    return mentions(text, dct=dct, genre="news")


def news_with_mods(text: str, dct: str, weekday: str) -> list[ModRow]:
    """:func:`news` with each mention's mod: a news text dated ``dct``, its weekday checked."""
    assert dt.date.fromisoformat(dct).strftime("%A") == weekday
    return mentions_with_mods(text, dct=dct, genre="news")


def weekday(dct: str) -> str:
    """The weekday of the ISO date ``dct``, named as :func:`news` checks it ("Tuesday")."""
    return dt.date.fromisoformat(dct).strftime("%A")


def news_values(text: str, dct: str) -> list[str]:
    """The values of the mentions of a short news text dated ``dct``."""
    return [value for _, _, value, *_ in news_with_mods(text, dct, weekday(dct))]


def news_texts(text: str, dct: str) -> list[str]:
    """The texts of the mentions of a short news text dated ``dct``."""
    return [mention for mention, *_ in news_with_mods(text, dct, weekday(dct))]


def marked_unmet(unmet: Mapping[str, str], *rows: object) -> list[object]:
    """A table's ``pytest.param`` rows, each whose id ``unmet`` names made a strict expected
    failure with the reason it gives (strict: a fix must take its id out)."""
    out: list[object] = []
    for row in rows:
        why = unmet.get(row.id)  # type: ignore[attr-defined]
        mark = pytest.mark.xfail(strict=True, reason=why)
        out.append(pytest.param(*row.values, marks=mark, id=row.id) if why else row)  # type: ignore[attr-defined]
    return out
