"""The cheaper scans of chrono/text.py find exactly what the plain patterns find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chrono import text
from chrono.extract.grammar import load_grammar
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
# The sentence end as it is written now, all stops in one class first.
_SENTENCE_END = re.compile(r"[.!?]" + text._STOP_TAIL)
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
    assert [m.span() for m in _SENTENCE_END.finditer(subject)] == expected


@given(subject=st.one_of(_STOPS, extractor_texts()))
def test_each_stop_scanned_alone_ends_the_sentences_the_pattern_ends(subject: str) -> None:
    """Scanned for one stop at a time, the sentence ends are those of the pattern of all three
    (a run of stops led by another, "?." or ".!", ends once, where its first stop's match
    ends)."""
    expected = sorted(m.span() for m in _SENTENCE_END.finditer(subject))
    assert sorted(text._stop_ends(subject)) == expected


# The word before a stop as it was searched before: a pattern tried at each character of the
# reach, whose look-behind sees the text before it.
_WORD_BEFORE_STOP = re.compile(r"(?<!\S)\S+(?=\s*\Z)")
_WORDS = st.lists(
    st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\x1c", ".", "Jan", "Dr", "U.S", "x-y"])
    | st.sampled_from(["(", "'", "“", "supercalifragilistic", "a", "1"]),
    max_size=12,
).map("".join)


@given(subject=st.one_of(_WORDS, extractor_texts()), data=st.data())
def test_the_word_before_a_stop_is_the_one_the_pattern_found(
    subject: str, data: st.DataObject
) -> None:
    """Read with string methods, the word before a stop is the one the pattern found within
    the reach ("" for a word that runs on before it, or none)."""
    at = data.draw(st.integers(0, len(subject)))
    found = _WORD_BEFORE_STOP.search(subject, max(0, at - text._STOP_WORD_REACH), at)
    assert text._word_before_stop(subject, at) == (found.group() if found else "")


_LINE_ENDS = st.lists(
    st.sampled_from([" ", "\t", "\n", "\u2003", "x", "1", ")", ",", "—", "(", "&", "ſ", "İ"])
    | st.sampled_from(["which", "Their", "and", "band", "present", "Present", "now", "snow"]),
    max_size=12,
).map("".join)


@given(line=st.one_of(_LINE_ENDS, extractor_texts()))
def test_line_ends_are_searched_from_their_longest_match(line: str) -> None:
    """Searched only from the longest match's start before the line's trailing blanks, a
    list's line end and a wrapped line's are found exactly when a search of the whole line
    finds them."""
    width = len(line.rstrip())
    for pattern, longest in (
        (text._RUNS_ON, text._RUNS_ON_LONGEST),
        (text._LIST_END, text._LIST_END_LONGEST),
    ):
        bounded = pattern.search(line, max(0, width - longest)) is not None
        assert bounded == (pattern.search(line) is not None)


# What a note's headings are made of: their words, line breaks, indents and other words.
_HEADING_PIECES = st.lists(
    st.sampled_from(["\n", "\n\n", " ", "\t", ":", "1. ", "2) ", "[", "*", "x", "y 3 "])
    | st.sampled_from(
        [
            "HOSPITAL COURSE",
            "Hospital course",
            "BRIEF ",
            "Findings",
            "IMPRESSION",
            " BY SYSTEMS",
            "Cardiovascular",
            " Renal/GU",
            "EDIT",
            "Update #2",
            " - ",
            "FOLLOW-UP",
            "Discharge plan",
        ]
    ),
    max_size=20,
).map("".join)
_GRAMMAR = load_grammar("en")
_HEADINGS = {
    "course": _GRAMMAR.dct_course,
    "stamp": _GRAMMAR.dct_stamp,
    "followup": _GRAMMAR.dct_followup,
}


@given(subject=st.one_of(_HEADING_PIECES, extractor_texts()), data=st.data())
def test_headings_are_found_at_line_starts_as_search_finds_them(
    subject: str, data: st.DataObject
) -> None:
    """Tried only where a line begins, a note's heading patterns find one between any bounds
    exactly when ``search`` does (a line cut by the end, whose ``$`` then matches there,
    included)."""
    start = data.draw(st.integers(0, len(subject)))
    end = data.draw(st.integers(start, len(subject)))
    for heading in _HEADINGS.values():
        expected = heading.search(subject, start, end) is not None
        assert text.search_line_starts(heading, subject, start, end) == expected


@pytest.mark.parametrize(
    ("name", "subject", "start", "end", "found"),
    [
        ("course", "HOSPITAL COURSE: He improved.", 0, 29, True),
        ("course", "HOSPITAL COURSE: He improved.", 1, 29, False),  # not a line start
        ("course", "He came in.\nHospital course: stable.", 3, 36, True),
        ("course", "He came in.\nHospital course: stable.", 13, 36, False),
        ("course", "Findings of the study", 0, 8, True),  # its "$" at the end given
        ("course", "Findings of the study", 0, 21, False),
        ("course", "See below.\n\n  2. Pulmonary : A chest x-ray", 0, 44, True),
        ("stamp", "It ended.\nEDIT: moved to Friday", 4, 29, True),
        ("stamp", "It ended. EDIT: moved to Friday", 4, 29, False),  # inline: another pattern
        ("followup", "Stable.\nFOLLOW-UP: clinic in 2 weeks", 0, 35, True),
    ],
)
def test_headings_at_line_starts(
    name: str, subject: str, start: int, end: int, found: bool
) -> None:
    """A heading counts where its line begins between the bounds, not inside a line."""
    heading = _HEADINGS[name]
    assert (heading.search(subject, start, end) is not None) == found
    assert text.search_line_starts(heading, subject, start, end) == found


@pytest.mark.parametrize(
    ("pattern", "opens"),
    [
        (r"(?m)^[ \t]*(?:A|B):", True),
        (r"(?m)^[ \t]*\[\Z|^EDIT", True),
        (r"(?:^A|^B)", True),
        (r"(?!)", True),  # matches nowhere
        (r"(?m)^A|B", False),
        (r"(?m)[ \t]*^A", False),
        (r"A", False),
    ],
)
def test_line_start_patterns_are_told_apart(pattern: str, opens: bool) -> None:
    """Only a pattern each of whose alternatives opens with ``^`` is searched at line starts
    only; another is refused where the grammar loads it."""
    from chrono.errors import RuleError
    from chrono.extract.cue_starts import opens_lines
    from chrono.extract.grammar import _Loader

    assert opens_lines(pattern) == opens
    loader = _Loader("en")
    if opens:
        assert loader.compile_line_start(pattern, "dct test").pattern == pattern
    else:
        with pytest.raises(RuleError, match="open with"):
            loader.compile_line_start(pattern, "dct test")
