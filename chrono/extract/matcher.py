"""Apply the grammar to a text: find candidates, drop negative-rule hits, resolve overlaps."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from attrs import frozen

from chrono.extract.grammar import Grammar, NegativeRule, Rule


@frozen(kw_only=True)
class Candidate:
    """A rule match: offsets, the rule and its non-empty named groups."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str]


def _negative_spans(text: str, negative: NegativeRule) -> Iterator[tuple[int, int]]:
    for m in negative.regex.finditer(text):
        targets = [name for name, value in m.groupdict().items() if value is not None]
        if targets:
            for name in targets:
                yield m.span(name)
        else:
            yield m.span()


def candidates(text: str, grammar: Grammar) -> list[Candidate]:
    """Every match of every positive rule that no negative rule covers."""
    found: list[Candidate] = []
    for rule in grammar.rules:
        for m in rule.regex.finditer(text):
            start, end = m.span()
            if start == end:
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            found.append(Candidate(start=start, end=end, rule=rule, groups=groups))
    if not found:
        return found
    blocked = sorted(span for neg in grammar.negatives for span in _negative_spans(text, neg))
    if not blocked:
        return found
    starts = [s for s, _ in blocked]
    kept = []
    for cand in found:
        # a candidate dies when some negative span contains it; scan the spans starting at or
        # before it (they are few) from the closest backwards
        i = bisect.bisect_right(starts, cand.start)
        if not any(blocked[j][1] >= cand.end for j in range(max(0, i - 8), i)):
            kept.append(cand)
    return kept


def select(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest non-overlapping candidates (ties: higher priority, then earlier rule)."""
    order = {id(c.rule): i for i, c in enumerate(found)}
    ranked = sorted(
        found, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start, order[id(c.rule)])
    )
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Candidate] = []
    for cand in ranked:
        i = bisect.bisect_right(starts, cand.start)
        if i > 0 and ends[i - 1] > cand.start:
            continue
        if i < len(starts) and starts[i] < cand.end:
            continue
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
        chosen.insert(i, cand)
    return chosen
