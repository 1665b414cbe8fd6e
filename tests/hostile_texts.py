"""Adversarial texts for the extractor, shared by tests/test_hostile_text.py and
benchmarks/linearity.py.

Each generator takes a size ``n`` and returns a text of exactly ``n`` characters built by
repeating one hostile unit: runs that make a regex engine backtrack (digits, separators,
repeated date-like tokens), runs of trigger words that make every position a candidate start,
and texts without any sentence break, where per-event work proportional to the sentence would
turn quadratic.
"""

from __future__ import annotations

from collections.abc import Callable

Generator = Callable[[int], str]


def repeat(unit: str) -> Generator:
    """A generator repeating ``unit`` and cutting the result at ``n`` characters."""

    def generate(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return generate


def ending(unit: str, tail: str) -> Generator:
    """``unit`` repeated, then ``tail`` at the very end ("the the the … year")."""

    def generate(n: int) -> str:
        body = max(0, n - len(tail))
        return (unit * (body // len(unit) + 1))[:body] + tail

    return generate


def nested_parentheses(n: int) -> str:
    """``((((…2019…))))``: one date at the bottom of n/2 levels of parentheses."""
    half = max(0, (n - 4) // 2)
    return ("(" * half + "2019" + ")" * half).ljust(n)


SPARSE: dict[str, Generator] = {
    "digits": repeat("1"),
    "digits 1 1 1": repeat("1 "),
    "long numbers": repeat("1" * 40 + " "),
    "commas": repeat(","),
    "long word": repeat("a"),
    "whitespace": repeat(" \t \n \r\n  "),
    "blank lines": repeat("\n"),
    "nested parentheses": nested_parentheses,
    "hyphens": repeat("-"),
    "apostrophes": repeat("'"),
    "May May": repeat("May "),
    "the the … year": ending("the ", "year"),
    "a.m. a.m.": repeat("a.m. "),
    "last last": repeat("last "),
    "early early": ending("early ", "2019"),
    "1.1.1.1": repeat("1."),
    "1:1:1:1": repeat("1:"),
    "1-1-1-1": repeat("1-"),
    "12/12/12/12": repeat("12/"),
    "Arabic-Indic digits": repeat("١٢/٣ "),
    "fullwidth digits": repeat("２０１９ "),
    "number words": repeat("twenty-one "),
    "between 1 and": repeat("between 1 and "),
}
"""Hostile texts with few or no real dates: the rules must fail fast."""

DENSE: dict[str, Generator] = {
    "March 3 March 3": repeat("March 3 "),
    "2019-2019-2019": repeat("2019-"),
    "May 2023, May 2023": repeat("May 2023, "),
    "10:30 10:30": repeat("10:30 "),
    "'90s '90s": repeat("'90s "),
    "from May to June": repeat("from May to June "),
}
"""Hostile texts where nearly every token is a date, in one endless sentence."""

NEWS = repeat(
    "On September 12, 2023, the bridge opened, four years after work began in 2019. "
    "The mayor will speak on Friday; last week she said the tolls end in March. "
)
"""A realistic control: ordinary news sentences, repeated."""

GENERATORS: dict[str, Generator] = {**SPARSE, **DENSE, "news (control)": NEWS}
"""Every generator by name."""
