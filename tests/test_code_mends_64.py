"""Code mends of session 24: the engine takes its knowledge from the Grammar it is given, never
from a global one, and asks the costly scans of a weekend only when their answer counts.

Each mend keeps what chrono finds as it was (TimeML conventions, as TimeBank annotates them: a
weekend is its week's WE, 2023-W36-WE; news anchored to the document date); the tests pin the
behaviour the moved code carries, beside look-alikes that must keep their value:
- the capitalised word that opens a sentence after a clock's "p.m." ("at 5 p.m. Officials
  said") is the Grammar's after_clock_opener, built from the vocabulary's [clock_dating_word]
  when the grammar loads; split_sentences is given the grammar, and chrono/text.py calls no
  load_grammar;
- whether the clause of "this weekend" is told in the past (a scan of its clause) is asked by
  chrono/anchor.py's weekend_meant only when the answer counts: told on a Monday or a Tuesday,
  with no past verb right after the weekend;
- the two steps that date a holiday of no year by a year named after it ("was held in 1916",
  "falls on a Sunday in 2022") share what a yearless holiday is and how the year dates it, and
  the two walks along a clock time restated in other zones ("9pm ET / 6pm PT") share what
  links it: their values are pinned here, with look-alikes.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from passages import Row, mentions

from chrono.anchor import WeekendCues, weekend_meant
from chrono.extract.grammar import load_grammar
from chrono.extract.spec import RelativeOffset, Spec, Unit
from chrono.model import TimexType
from chrono.text import split_sentences

_TEXT_PY = Path(__file__).resolve().parents[1] / "chrono" / "text.py"


def _news(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- 1. the opener after a clock's "p.m.", compiled in the Grammar ----------------------------


def test_chrono_text_loads_no_grammar_of_its_own() -> None:
    """chrono/text.py neither imports nor calls load_grammar: its callers pass the grammar."""
    tree = ast.parse(_TEXT_PY.read_text(encoding="utf-8"))
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert "load_grammar" not in names | imported


def test_the_clock_opener_is_built_from_the_clock_dating_words() -> None:
    """No word a [clock_dating_word] starts opens a sentence ("Mon": "Monday"), capitalised."""
    grammar = load_grammar("en")
    stems = grammar.vocabulary["clock_dating_word"]
    assert {"mon", "christmas", "eastern", "tomorrow"} <= set(stems)
    for stem in stems:
        assert grammar.after_clock_opener.match(f" {stem.capitalize()} morning") is None
        assert grammar.after_clock_opener.match(f" {stem.capitalize()}day morning") is None
    assert grammar.after_clock_opener.match(" Officials said") is not None
    assert grammar.after_clock_opener.match(" Moscow time") is None  # a place's time


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("Trains leave at 6 p.m. Sunday from the north platform.", 1, id="weekday"),
        pytest.param("Gates open at 9 a.m. Christmas morning for carols.", 1, id="holiday"),
        pytest.param("Voting ended at 8 p.m. Turnout was the lowest in years.", 2, id="opener"),
        pytest.param("Crews arrived at 3 a.m. Residents were told to leave.", 2, id="residents"),
    ],
)
def test_a_sentence_after_a_clock_is_split_by_the_grammar_given(text: str, count: int) -> None:
    """split_sentences reads the clock's dating words from the grammar it is given."""
    assert len(split_sentences(text, load_grammar("en")).spans) == count


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Polls closed at 8 p.m. Counting began at once.",
            "2023-09-12",
            [("8 p.m.", "TIME", "2023-09-12T20:00")],
            id="news-clock-then-sentence",
        ),
        pytest.param(
            "Doors open at 7 p.m. Friday for the premiere.",
            "2023-09-12",
            [("7 p.m. Friday", "TIME", "2023-09-15T19:00")],
            id="news-clock-dated-by-weekday",
        ),
    ],
)
def test_a_clock_before_a_sentence_or_a_day_keeps_its_value(
    text: str, dct: str, expected: list[Row]
) -> None:
    """A clock ending its sentence stays the day's; a weekday right after it dates it."""
    assert _news(text, dct) == expected


# ---- 3. the clause of "this weekend" scanned only when it counts --------------------------------


def _this_weekend() -> Spec:
    return Spec(
        type=TimexType.DATE,
        rule="test.weekend",
        offset=RelativeOffset(unit=Unit.WEEKEND, amount=0),
    )


class _Scan:
    """A clause scan that counts how often it is asked."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.answer


@pytest.mark.parametrize(
    ("told_on", "asked", "amount"),
    [
        pytest.param(dt.date(2023, 9, 11), 1, -1, id="monday-asked-the-weekend-gone"),
        pytest.param(dt.date(2023, 9, 12), 1, -1, id="tuesday-asked-the-weekend-gone"),
        pytest.param(dt.date(2023, 9, 13), 0, 0, id="wednesday-not-asked"),
        pytest.param(dt.date(2023, 9, 16), 0, 0, id="saturday-not-asked"),
        pytest.param(None, 0, 0, id="no-date-not-asked"),
    ],
)
def test_the_clause_of_this_weekend_is_scanned_only_early_in_the_week(
    told_on: dt.date | None, asked: int, amount: int
) -> None:
    """weekend_meant asks the clause's tense only on a Monday or a Tuesday, when it counts."""
    scan = _Scan(answer=True)
    spec = weekend_meant(_this_weekend(), WeekendCues(told_on=told_on, clause_past=scan))
    assert scan.asked == asked
    assert spec.offset == RelativeOffset(unit=Unit.WEEKEND, amount=amount)


def test_a_past_verb_after_this_weekend_needs_no_clause_scan() -> None:
    """A past verb right after "this weekend" decides it: the clause is not scanned."""
    scan = _Scan(answer=False)
    cues = WeekendCues(told_on=dt.date(2023, 9, 11), told_past=True, clause_past=scan)
    spec = weekend_meant(_this_weekend(), cues)
    assert scan.asked == 0
    assert spec.offset == RelativeOffset(unit=Unit.WEEKEND, amount=-1)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Traffic was heavy this weekend, police said.",
            "2023-09-11",
            [("this weekend", "DATE", "2023-W36-WE")],
            id="monday-past-clause-the-weekend-gone",
        ),
        pytest.param(
            "Crowds packed the fairground this weekend, organisers said.",
            "2023-09-13",
            [("this weekend", "DATE", "2023-W37-WE")],
            id="wednesday-past-clause-the-coming-one",
        ),
        pytest.param(
            "The festival returns this weekend, organisers said.",
            "2023-09-11",
            [("this weekend", "DATE", "2023-W37-WE")],
            id="monday-present-verb-after-it-the-coming-one",
        ),
    ],
)
def test_this_weekend_in_news_keeps_its_value(text: str, dct: str, expected: list[Row]) -> None:
    """ "this weekend" in a past clause is the one just gone early in the week only."""
    assert _news(text, dct) == expected


# ---- 5. shared helpers: holidays dated by a year after them, clocks restated in zones ---------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The first Anzac Day was held in 1916.",
            "2023-09-12",
            [("Anzac Day", "DATE", "1916-04-25"), ("1916", "DATE", "1916")],
            id="held-in-a-year",
        ),
        pytest.param(
            "The first Anzac Day was held in April 1916.",
            "2023-09-12",
            [("Anzac Day", "DATE", "1916-04-25"), ("April 1916", "DATE", "1916-04")],
            id="held-in-a-month-its-year",
        ),
        pytest.param(
            "Armistice Day was first observed on 11 November 1919.",
            "2023-09-12",
            [("Armistice Day", "DATE", "1919-11-11"), ("11 November 1919", "DATE", "1919-11-11")],
            id="observed-on-a-day",
        ),
        pytest.param(
            "Boxing Day falls on a Monday in 2027.",
            "2023-09-12",
            [
                ("Boxing Day", "DATE", "2027-12-26"),
                ("Monday", "DATE", "XXXX-WXX-1"),
                ("2027", "DATE", "2027"),
            ],
            id="weekday-then-a-year",
        ),
        pytest.param(
            "Thanksgiving falls on a Thursday this year.",
            "2023-05-02",
            [
                ("Thanksgiving", "DATE", "2023-11-23"),
                ("Thursday", "DATE", "2023-11-23"),
                ("this year", "DATE", "2023"),
            ],
            id="weekday-then-this-year",
        ),
    ],
)
def test_a_holiday_is_dated_by_the_year_after_it(text: str, dct: str, expected: list[Row]) -> None:
    """A holiday of no year takes the year (or the day) named after it as its clause says."""
    assert _news(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The patch will land at 6pm PT / 2am BST Saturday.",
            "2023-09-12",
            [
                ("6pm PT", "TIME", "2023-09-15T18:00-07:00"),
                ("2am BST Saturday", "TIME", "2023-09-16T02:00+01:00"),
            ],
            id="restated-past-midnight-the-day-before",
        ),
        pytest.param(
            "Doors open at 7pm ET / 4pm PT on 30 September.",
            "2023-09-12",
            [
                ("7pm ET", "TIME", "2023-09-30T19:00-04:00"),
                ("4pm PT on 30 September", "TIME", "2023-09-30T16:00-07:00"),
            ],
            id="restated-on-the-same-day",
        ),
        pytest.param(
            "The finale will air Friday at 9pm ET / 6pm PT, and the recap goes up at 1am.",
            "2023-09-12",
            [
                ("Friday at 9pm ET", "TIME", "2023-09-15T21:00-04:00"),
                ("6pm PT", "TIME", "2023-09-15T18:00-07:00"),
                ("1am", "TIME", "2023-09-16T01:00"),
            ],
            id="the-night-runs-past-the-east",
        ),
        pytest.param(
            "The finale will air Friday at 6pm PT / 9pm ET, and the recap goes up at 1am.",
            "2023-09-12",
            [
                ("Friday at 6pm PT", "TIME", "2023-09-15T18:00-07:00"),
                ("9pm ET", "TIME", "2023-09-15T21:00-04:00"),
                ("1am", "TIME", "2023-09-16T01:00"),
            ],
            id="the-east-named-last",
        ),
    ],
)
def test_a_clock_restated_in_zones_keeps_its_day(text: str, dct: str, expected: list[Row]) -> None:
    """A clock time restated in zones after slashes is on the day the last names (moved past
    midnight as the zones say), and a small hour after it follows the latest of them."""
    assert _news(text, dct) == expected
