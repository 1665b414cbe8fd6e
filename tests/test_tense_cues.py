"""The tense cues, scanned only where their finders say they can start, match as ``finditer``."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chrono.extract import cue_starts
from chrono.extract.grammar import load_grammar
from tests.strategies import cue_texts, extractor_texts

GRAMMAR = load_grammar("en")
CUES = {
    "future": (GRAMMAR.future_cue, GRAMMAR.future_cue_starts),
    "past": (GRAMMAR.past_cue, GRAMMAR.past_cue_starts),
}
SENTENCES = (
    "Hunt to cut national insurance on Wednesday",
    "The talks will resume on Monday, officials said.",
    "We'll meet Friday; they’ll come too. It'll rain.",
    "WİLL ſhall Kill ıs İs next week",
    "He had been expected to win. Shares rose 3% last year.",
    "\nMostly sunny Tuesday\nCheck BP on Monday\nRTC Friday",
    "The agency said it had agreed to the deal, which takes effect March 1.",
    " will –will will",  # a word after a non-ASCII dash, itself after a space
    "",
)


def _both(name: str, text: str, start: int, end: int) -> None:
    pattern, starts = CUES[name]
    expected = tuple(m.span() for m in pattern.finditer(text, start, end))
    assert cue_starts.spans(pattern, starts, text, start, end) == expected


@pytest.mark.parametrize("name", sorted(CUES))
def test_the_shipped_cues_have_finders(name: str) -> None:
    """Both cues get a finder: the scan is not silently left to finditer."""
    assert CUES[name][1] is not None


@pytest.mark.parametrize("name", sorted(CUES))
@pytest.mark.parametrize("text", SENTENCES)
def test_cue_spans_equal_finditer_on_sentences(name: str, text: str) -> None:
    """Headlines, contractions, Unicode case folds and past forms: the same matches."""
    for start in range(len(text) + 1):
        _both(name, text, start, len(text))
    _both(name, text, 0, len(text) // 2)


@given(text=st.one_of(cue_texts(), extractor_texts()), data=st.data())
def test_cue_spans_equal_finditer(text: str, data: st.DataObject) -> None:
    """On any text, between any bounds, each cue matches exactly as ``finditer`` does."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for name in CUES:
        _both(name, text, start, end)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(r"(?<!\w)(?:a*)", re.I), (r"(?:will|would)\b", re.I), (r"(?<!\w)(?:.x|y)", re.I)],
)
def test_no_finder_when_it_would_not_be_exact_or_cheaper(pattern: str, flags: int) -> None:
    """An empty match, no word-start assertion, or a match that may begin anywhere: none."""
    assert cue_starts.starts_source(pattern, flags) == ""


def test_finders_are_stored_ahead() -> None:
    """The finders come from the stored rewrites, as the grammar loads them."""
    for pattern, starts in CUES.values():
        assert starts is not None
        assert starts.pattern == cue_starts.starts_source(pattern.pattern, pattern.flags)
