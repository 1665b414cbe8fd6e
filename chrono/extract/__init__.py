"""Extraction: rules as data (grammar), matching, and reading matches into typed specs."""

from __future__ import annotations

import re

from attrs import frozen

from chrono.extract.grammar import Grammar, load_grammar
from chrono.extract.interpret import Interpreter, SlotError
from chrono.extract.matcher import Candidate, negated, raw_candidates, select_valid
from chrono.extract.spec import Spec
from chrono.model import Span

__all__ = ["Extractor", "Found"]

_MAX_SPECS = 1 << 16

# A comma, stop or semicolon set off by spaces, as tokenized corpora (the i2b2 discharge
# summaries) write every mark: "Oct. 3 , 1993", "extubated that evening ." (not a colon:
# "10 : 30 p.m." is one time, see time.clock_ampm).
_SPACED_MARK = re.compile(r"(?<=\w) ([,.;])(?=\s|$)")
_MARKS = (" ,", " .", " ;")


def _untokenized(text: str) -> str:
    """``text`` with each spaced mark moved against the word before it ("3 , 1993" reads
    "3,  1993"), offset for offset, so that rules written for prose match tokenized text and
    every match keeps its place in ``text``."""
    if not any(mark in text for mark in _MARKS):
        return text
    return _SPACED_MARK.sub(r"\1 ", text)


@frozen(kw_only=True)
class Found:
    """A temporal expression found in a text: where, by which rule, and what it says."""

    span: Span
    text: str
    spec: Spec


class Extractor:
    """Finds temporal expressions with a language's grammar (compiled once, reusable)."""

    def __init__(self, *, language: str = "en", day_first: bool = False) -> None:
        self.grammar: Grammar = load_grammar(language)
        self.interpreter = Interpreter(self.grammar, day_first=day_first)
        # A spec depends only on the rule and the matched words: news repeats them ("Monday",
        # "last year") and each is interpreted once. Bounded, so a long run's memory stays flat.
        self._specs: dict[tuple[int, tuple[tuple[str, str], ...]], Spec | None] = {}

    def find(self, text: str) -> list[Found]:
        """Every temporal expression of ``text``, in text order, with its typed spec."""
        specs: dict[int, Spec | None] = {}
        scanned = _untokenized(text)
        blocked = negated(scanned, self.grammar)

        def valid(cand: Candidate) -> bool:
            # interpretable (a real month, day...) and not a look-alike ("May I", "$2019")
            if id(cand) not in specs:
                specs[id(cand)] = None if blocked(cand) else self._spec(cand)
            return specs[id(cand)] is not None

        chosen = select_valid(raw_candidates(scanned, self.grammar), valid)
        return [
            Found(
                span=Span(start=cand.start, end=cand.end),
                text=text[cand.start : cand.end],
                spec=spec,
            )
            for cand in chosen
            if (spec := specs[id(cand)]) is not None
        ]

    def _spec(self, cand: Candidate) -> Spec | None:
        key = (cand.rule.order, tuple(cand.groups.items()))
        try:
            return self._specs[key]
        except KeyError:
            pass
        try:
            spec: Spec | None = self.interpreter.interpret(cand.rule, cand.groups)
        except SlotError:
            spec = None
        if len(self._specs) >= _MAX_SPECS:
            self._specs.clear()
        self._specs[key] = spec
        return spec
