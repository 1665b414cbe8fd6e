"""Hostile text: extraction ends in time on adversarial inputs, and what it writes is safe to open.

The time limits are generous guards against catastrophic behaviour (exponential backtracking, a
quadratic pass), not performance targets: a linear extractor takes a tenth of them or less.
``benchmarks/linearity.py`` measures t(2n)/t(n) on the same texts (``tests/hostile_texts.py``).

Writers on hostile titles, per writer, are tested beside each writer: formula cells in
tests/test_writers_csv.py, test_writers_calendar.py (gcal-csv and outlook-csv),
test_writers_outlook_csv.py and test_writers_timelinejs.py; iCalendar escaping, control
characters and surrogates in test_writers_ics.py; JSON surrogates and control characters in
test_writers_json.py and test_writers_jsonl.py; HTML and SVG escaping in test_plot.py; any
Hypothesis timeline in each.
Here the hostile text goes through extraction first, into every registered format at once.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import signal
import time
from collections.abc import Iterator
from types import FrameType

import icalendar
import pytest
from hostile_texts import DENSE, SPARSE

from chrono import build_timeline, extract_document, render
from chrono.timeml import parse_timeml
from chrono.writers import formats

LIMIT = 5.0
"""Seconds any one hostile text may take (about ten times what a linear pass needs here)."""

SIZE = 50_000
"""Characters of each hostile text, ``CHEAP`` ones excepted."""

CHEAP = {
    "digits",
    "long numbers",
    "commas",
    "long word",
    "whitespace",
    "blank lines",
    "nested parentheses",
    "hyphens",
    "apostrophes",
}
"""Texts with (almost) no place where a rule can start: tested at ``CHEAP_SIZE``."""

CHEAP_SIZE = 200_000

DENSE_SIZE = 25_000
"""Characters of each ``DENSE`` text: thousands of events, each with its sentence and title."""


def size_of(name: str) -> int:
    return CHEAP_SIZE if name in CHEAP else SIZE


@contextlib.contextmanager
def within(seconds: float) -> Iterator[None]:
    """Fail if the block takes longer than ``seconds``; stop it (SIGALRM) rather than hang.

    The regex engine checks for signals as it runs, so even a backtracking match is cut short.
    """

    def expire(signum: int, frame: FrameType | None) -> None:
        raise AssertionError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    start = time.perf_counter()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.perf_counter() - start
    assert elapsed < seconds, f"took {elapsed:.1f} s"


@pytest.fixture(scope="module", autouse=True)
def compiled_grammar() -> None:
    """The grammar is compiled (and the writers imported) before any clock starts."""
    render(build_timeline([("warm-up", "warm up on May 3, 2023")]), "json")


def log_lines(count: int) -> str:
    """A server log: one date per line, lines of equal length, no sentence punctuation."""
    return "".join(
        f"2023-05-{1 + n % 28:02d} 12:{n % 60:02d}:00 INFO request served in 12 ms\n"
        for n in range(count)
    )


# Time ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SPARSE)
def test_hostile_text_is_extracted_in_bounded_time(name: str) -> None:
    """Digit runs, separators, repeated trigger words: the whole pipeline ends within the limit."""
    text = SPARSE[name](size_of(name))
    with within(LIMIT):
        doc, _ = extract_document(text)
    assert all(text[m.span.start : m.span.end] == m.text for m in doc.mentions)


@pytest.mark.parametrize("name", DENSE)
def test_dense_dates_are_extracted_in_bounded_time(name: str) -> None:
    """A date at every other token, in one endless sentence: the whole pipeline ends in time."""
    text = DENSE[name](DENSE_SIZE)
    with within(LIMIT):
        doc, _ = extract_document(text)
    assert len(doc.mentions) > DENSE_SIZE // 40


def test_a_hundred_thousand_commas_make_no_mention() -> None:
    """100,000 commas (the issue's example) around a date: found at once, and alone."""
    text = "," * 100_000 + " May 3, 2023 " + "," * 100_000
    with within(LIMIT):
        doc, events = extract_document(text)
    assert [m.text for m in doc.mentions] == ["May 3, 2023"]
    assert len(events) == 1


def test_unicode_digits_are_not_read_as_dates() -> None:
    """Arabic-Indic and fullwidth digits end in time; the rules' digits are ASCII only."""
    text = "١٢/٣/٢٠١٩ ٢٠١٩ ２０１９年 ２０１９-０５-０３ " * 2_000
    with within(LIMIT):
        doc, _ = extract_document(text)
    assert doc.mentions == ()


def test_dense_dates_without_sentence_breaks_are_anchored_in_bounded_time() -> None:
    """A 100 KB log (a date on every line, no full stop) goes through the whole pipeline in time."""
    text = log_lines(2_000)
    with within(LIMIT):
        _, events = extract_document(text)
    assert len(events) == 2_000


def test_event_sentences_stay_proportionate_to_the_text() -> None:
    """All events' sentences together are a few times the text, not a copy per event."""
    text = log_lines(200)
    _, events = extract_document(text)
    assert sum(len(e.sentence) for e in events) <= 4 * len(text)


# Writers -------------------------------------------------------------------------------------

HOSTILE_DOCUMENT = "\r\n".join(
    [
        '=HYPERLINK("http://evil.example","click") was filed on May 3, 2023.',
        "+cmd|' /C calc'!A0 ran on June 4, 2023.",
        "-2+3 was the score on July 5, 2023.",
        "@SUM(A1:A9) was due on August 6, 2023.",
        "\tA tabbed line dates from 7 September 2023.",
        "<script>alert(1)</script> & </textarea> came on October 8, 2023.",
        'Semi;colon, comma\\back and "quotes" met on November 9, 2023.',
        "NUL\x00, ESC\x1b[31m, BEL\x07, DEL\x7f, a line separator\u2028 met on December 10, 2023.",
        "A lone surrogate \ud800 and an emoji 😀 met on 11 January 2024.",
    ]
)
"""One line per trap: spreadsheet formulas, markup, iCalendar separators, control characters."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_FORMATS = ("csv", "gcal-csv", "outlook-csv", "timelinejs-csv")


@pytest.fixture(scope="module")
def hostile_outputs() -> dict[str, bytes]:
    """The hostile document's timeline in every registered format."""
    timeline = build_timeline([("hostile.txt", HOSTILE_DOCUMENT)])
    assert len(timeline.events) == 9
    return {fmt: render(timeline, fmt) for fmt in formats()}


def test_every_format_renders_hostile_text_as_utf8(hostile_outputs: dict[str, bytes]) -> None:
    """Every writer turns the hostile document into valid UTF-8 (surrogates replaced)."""
    for data in hostile_outputs.values():
        data.decode("utf-8")


@pytest.mark.parametrize("fmt", CSV_FORMATS)
def test_no_csv_cell_from_hostile_text_would_run_as_a_formula(
    fmt: str, hostile_outputs: dict[str, bytes]
) -> None:
    """In every CSV flavour, no cell taken from the text starts with = + - @ tab or CR."""
    if fmt not in hostile_outputs:
        pytest.skip(f"no {fmt} writer")
    rows = list(csv.reader(io.StringIO(hostile_outputs[fmt].decode("utf-8-sig"), newline="")))
    assert {len(row) for row in rows} == {len(rows[0])}
    risky = [cell for row in rows[1:] for cell in row if cell.startswith(FORMULA_STARTS)]
    assert risky == []
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row) or fmt != "csv"


def test_json_of_hostile_text_parses_back_with_every_title(
    hostile_outputs: dict[str, bytes],
) -> None:
    """JSON and JSON Lines parse back; titles keep their text, the lone surrogate as U+FFFD."""
    data = json.loads(hostile_outputs["json"])
    titles = [event["title"] for event in data["events"]]
    assert any("<script>alert(1)</script>" in title for title in titles)
    assert any("NUL\x00" in title for title in titles)
    assert any("\ufffd" in title for title in titles)
    lines = hostile_outputs["jsonl"].decode("utf-8").splitlines()
    assert [json.loads(line)["title"] for line in lines] == titles


def test_ics_of_hostile_text_round_trips_its_separators(
    hostile_outputs: dict[str, bytes],
) -> None:
    """iCalendar escapes ; , \\ and line breaks so a reader gets the sentence back whole."""
    calendar = icalendar.Calendar.from_ical(hostile_outputs["ics"])
    descriptions = [str(event["DESCRIPTION"]) for event in calendar.events]
    assert len(descriptions) == 9
    assert any(
        d.startswith('Semi;colon, comma\\back and "quotes" met on November 9, 2023.')
        for d in descriptions
    )


def test_timeml_of_hostile_text_is_well_formed_xml(hostile_outputs: dict[str, bytes]) -> None:
    """The TimeML output parses (control characters cannot break the XML) with every TIMEX3."""
    assert len(parse_timeml(hostile_outputs["timeml"]).timexes) == 9
