"""The cheaper scans of chrono/text.py find exactly what the plain patterns find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chrono import text
from chrono.model import Span
from tests.strategies import extractor_texts

# What clause breaks are made of, and letters and spaces around them.
_CLAUSE_PIECES = st.lists(
    st.sampled_from(
        [" ", "  ", "\t", "\n", "\u00a0", "\u2003", ";", ":", "—", "–", "-", "“", "”", '"', ","]
    )
    | st.sampled_from([", and ", ", who", ", which ", ", where", " - ", " — ", "word", "whereas"]),
    max_size=25,
).map("".join)


def _breaks(subject: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause breaks ``_clause_break`` finds one after another, as ``clause_title`` asks."""
    found = []
    while (m := text._clause_break(subject, start, end)) is not None:
        found.append(m.span())
        start = m.end()
    return found


@given(subject=st.one_of(_CLAUSE_PIECES, extractor_texts()), data=st.data())
def test_clause_breaks_are_found_as_the_pattern_finds_them(
    subject: str, data: st.DataObject
) -> None:
    """Tried only before a mark, the clause break pattern gives the matches ``search`` and
    ``finditer`` give, between any bounds (whitespace runs cut by the start included)."""
    start = data.draw(st.integers(0, len(subject)))
    end = data.draw(st.integers(start, len(subject)))
    searched = text._CLAUSE_BREAK.search(subject, start, end)
    found = text._clause_break(subject, start, end)
    assert (found and found.span()) == (searched and searched.span())
    expected = [m.span() for m in text._CLAUSE_BREAK.finditer(subject, start, end)]
    assert _breaks(subject, start, end) == expected


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Officials said on Monday that the talks, which began in May, would go on.", "on Monday"),
        ("The storm hit on Friday; the power came back  -  slowly - on Sunday.", "on Sunday"),
        ("He said “the vote is on 5 May” and left.", "5 May"),
    ],
)
def test_clause_titles_are_cut_at_the_same_breaks(sentence: str, title: str) -> None:
    """The clause of a date is cut where the plain pattern would cut it."""
    start = sentence.index(title)
    mention = Span(start=start, end=start + len(title))
    whole = Span(start=0, end=len(sentence))
    left = 0
    for m in text._CLAUSE_BREAK.finditer(sentence, 0, mention.start):
        left = m.end()
    after = text._CLAUSE_BREAK.search(sentence, mention.end, len(sentence))
    right = after.start() if after else len(sentence)
    expected = text.flatten(sentence[left:right]).strip(" ,;:-–—\"“”'")
    if len(text.flatten(sentence[left:right])) < 25:
        expected = text.flatten(sentence)
    assert text.clause_title(sentence, whole, mention) == expected


# The sentence end as it was written before: a run of stops, tried at every character.
_SENTENCE_END_BEFORE = re.compile(
    r"[.!?]+[\"'”’)\]]*(?:\[(?:\d{1,3}|[a-z]|[A-Za-z][a-z ]{0,20})\])*(?=\s)"
)
_STOPS = st.lists(
    st.sampled_from([".", "!", "?", "...", '"', "'", "”", "’", ")", "]", "[12]", "[a]", "[note]"])
    | st.sampled_from([" ", "\n", "x", "Dr", "1", "[", "[citation needed]"]),
    max_size=20,
).map("".join)


@given(subject=st.one_of(_STOPS, extractor_texts()))
def test_sentence_ends_are_found_as_before(subject: str) -> None:
    """The sentence end pattern that begins with one stop matches as the one that began with
    a run of them."""
    expected = [m.span() for m in _SENTENCE_END_BEFORE.finditer(subject)]
    assert [m.span() for m in text._SENTENCE_END.finditer(subject)] == expected
