"""The grammar's rewrite of a pattern for re's matcher (``_fast_branches``): optional groups as
alternations with an empty branch, and, where case is ignored, alternatives that begin with a
letter beginning with it in both cases. The rewritten pattern must match exactly what the
pattern matches (spans and groups, at every position), in Unicode and in ASCII."""

from __future__ import annotations

import re

import pytest

from chrono.extract.grammar import _fast_branches

_TEXTS = (
    "Two weeks ago, TWO days later, three Years; about a dozen months or so",
    "the 5th of May, ab abc Abd cd cde CDF x X y sx Sx a b 3",
    "ſx ıx İx Kx kx sx SX",  # letters Unicode folds to "s", "i", "k"
    "",
)

_CASES = (
    (r"(?:ab)?c(?P<x>d(?:e)?)?(?:f|g)??(?:[a-z]\.)?+h(?i:x|y)?", 0),
    (r"(?:ab|cd(?:e|f)|3|sx|a?b)x?(?-i:ab|cd)?(?i:x|y)(?<=ab|cd)?", re.IGNORECASE),
    (r"(?:(?:two|three|a dozen) )?(?P<unit>weeks?|days?|years?|months?)(?: (?:ago|later))?", re.I),
    (r"(?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?: of (?P<month>may|june))?", re.IGNORECASE),
    (r"(?:s|k|i)x|(?:sx|kx|ix)", re.IGNORECASE),
    (r"(?i)ab|cd", 0),
    (r"(a)?(?(1)b|no)x?|(?P<s>s)?(?(s)x|(?:ab)?cd)", re.IGNORECASE),
)


def _matches(regex: re.Pattern[str], text: str) -> list[object]:
    found: list[object] = []
    for pos in range(len(text) + 1):
        m = regex.match(text, pos)
        found.append(None if m is None else (m.span(), m.groupdict(), m.groups()))
    return found


@pytest.mark.parametrize(("pattern", "flags"), _CASES)
def test_the_rewrite_matches_what_the_pattern_matches(pattern: str, flags: int) -> None:
    """Every position of every text: the same match, groups included, Unicode and ASCII."""
    rewritten = _fast_branches(pattern, bool(flags & re.IGNORECASE))
    for extra in (0, re.ASCII):
        before, after = re.compile(pattern, flags | extra), re.compile(rewritten, flags | extra)
        for text in _TEXTS:
            if extra and not text.isascii():
                continue
            assert _matches(after, text) == _matches(before, text), (pattern, text)


def test_optional_groups_become_alternations() -> None:
    """ "(?:X)?" -> "(?:X|)"; a named group is wrapped; a single character stays a repeat."""
    assert _fast_branches(r"(?:ab)?c(?P<x>d)?(?:e)?(?:f)??", False) == (
        r"(?:ab|)c(?:(?P<x>d)|)(?:e)?(?:f)??"
    )


def test_alternatives_begin_with_a_letter_in_both_cases() -> None:
    """Ignoring case: "(?-i:t)" and "(?-i:T)" lead, or "(?-i:[tT])" before a group; "s", "i"
    and "k" (which Unicode folds from other letters), look-behinds and case-sensitive
    scopes are left as they are."""
    assert _fast_branches(r"two|t(?:en)|six|(?-i:ab|cd)", True) == (
        r"(?-i:t)wo|(?-i:T)wo|(?-i:[tT])(?:en)|six|(?-i:ab|cd)"
    )
    assert _fast_branches(r"two|ten", False) == r"two|ten"
    assert _fast_branches(r"(?<=ab|cd)x", True) == r"(?<=ab|cd)x"


def test_a_conditional_group_is_left_as_it_is() -> None:
    """A conditional "(?(1)yes|no)" is opaque: its branches are neither split nor rewritten
    (ignoring case, "no" split in two would make a conditional of three branches)."""
    rewritten = _fast_branches(r"(a)?(?(1)b|no)", True)
    assert rewritten == r"(?:(a)|)(?(1)b|no)"
    assert re.compile(rewritten, re.IGNORECASE).fullmatch("No")
