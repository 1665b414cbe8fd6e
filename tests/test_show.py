"""``chrono show``: the chronology in the terminal, aligned, coloured only when asked."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import example_timeline, make_event, make_timeline, timelines

from chrono.cli import main
from chrono.model import Document, Mod, Timeline
from chrono.show import MIN_WIDTH, cells, format_chronology, shorten, shorten_left

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "seeds" / "000_6fc72e7ce6816498.txt")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def two_sources() -> Timeline:
    return Timeline(
        documents=[
            Document(id="d1", text="", source="news/a.txt"),
            Document(id="d2", text="", source="news/b.txt"),
        ],
        events=[
            make_event(id="d1.e1", document="d1", source="news/a.txt"),
            make_event(
                id="d2.e1",
                document="d2",
                source="news/b.txt",
                start=dt.date(2019, 1, 1),
                end=dt.date(2020, 1, 1),
                title="Work had begun",
            ),
        ],
    )


def test_one_line_per_event_with_display_date_and_title() -> None:
    """Each event is a line: its display date, then its title; one source is named once."""
    out = format_chronology(example_timeline(), color=False, width=100)
    assert out.splitlines() == [
        "22 March 2013, 15:30 EDT  The meeting ended",
        "2019                      Work had begun",
        "12 September 2023         The bridge opened",
        "3 dated events from seeds/a.txt",
    ]


def test_several_sources_get_a_source_column() -> None:
    """With more than one source, a third column names each event's source."""
    out = format_chronology(two_sources(), color=False, width=60)
    lines = out.splitlines()
    assert lines[0].endswith("news/a.txt") and lines[1].endswith("news/b.txt")
    assert lines[0].index("news/a.txt") == lines[1].index("news/b.txt")
    assert lines[-1] == "2 dated events from 2 documents"


def test_colour_only_when_asked() -> None:
    """color=True adds ANSI styles (cyan dates, yellow approximate ones); False adds none."""
    timeline = make_timeline(make_event(), make_event(id="d1.e2", mod=Mod.APPROX))
    plain = format_chronology(timeline, color=False, width=80)
    coloured = format_chronology(timeline, color=True, width=80)
    assert not ANSI.search(plain)
    assert "\x1b[36m" in coloured  # cyan
    assert "\x1b[33m" in coloured  # yellow
    assert ANSI.sub("", coloured) == plain


@pytest.mark.parametrize("width", [MIN_WIDTH, 50, 80, 200])
def test_lines_fit_the_width(width: int) -> None:
    """No line is wider than the terminal: long titles and sources are shortened with "…"."""
    timeline = Timeline(
        documents=two_sources().documents,
        events=[
            make_event(title="A long title " * 20, source="a/very/long/path/to/news/a.txt"),
            make_event(id="d2.e1", document="d2", title="短い 😀 " * 30, source="b.txt"),
        ],
    )
    out = format_chronology(timeline, color=False, width=width)
    for line in out.splitlines()[:-1]:
        assert cells(line) <= width, line
    assert "…" in out
    assert "…a.txt" in out or "a.txt" in out  # a path keeps its file name


def test_terminal_escapes_in_text_are_neutralised() -> None:
    """An escape sequence or a line break in a title cannot reach the terminal."""
    title = "evil\x1b]0;pwned\x07 title\nsecond line\x9b2J"
    out = format_chronology(make_timeline(make_event(title=title)), color=False, width=120)
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert len(out.splitlines()) == 2


def test_repeating_events_say_how_they_repeat() -> None:
    """An anchored set shows its rule in words before the title."""
    weekly = make_event(recurrence="FREQ=WEEKLY;BYDAY=MO", title="The market opens")
    yearly = make_event(id="d1.e2", recurrence="FREQ=YEARLY;BYMONTH=3", title="Spring fair")
    other = make_event(id="d1.e3", recurrence="FREQ=DAILY;INTERVAL=2", title="Ferry")
    out = format_chronology(make_timeline(weekly, yearly, other), color=False, width=100)
    assert "[weekly on Monday] The market opens" in out
    assert "[yearly in March] Spring fair" in out
    assert "[every 2 days] Ferry" in out


def test_empty_timeline_says_so() -> None:
    """No events: one line saying so."""
    assert format_chronology(Timeline(), color=True, width=80) == "No dated events (0 documents).\n"


def test_cells_and_shortening_count_terminal_columns() -> None:
    """Wide characters take two cells, combining marks none; shortening respects that."""
    assert cells("abc") == 3
    assert cells("日本") == 4
    assert cells("e\u0301") == 1
    assert shorten("日本語のテキスト", 7) == "日本語…"
    assert cells(shorten("日本語のテキスト", 7)) <= 7
    assert shorten_left("seeds/000_6fc72e7ce6816498.txt", 12) == "…6816498.txt"
    assert shorten("abc", 0) == ""


@settings(max_examples=50, deadline=None)
@given(timelines(), st.integers(min_value=1, max_value=240), st.booleans())
def test_any_timeline_formats_within_the_width(timeline: Timeline, width: int, color: bool) -> None:
    """Any timeline gives one line per event plus a footer, each within the width, with no
    control character but the colours."""
    out = format_chronology(timeline, color=color, width=width)
    lines = ANSI.sub("", out).splitlines()
    assert len(lines) == max(len(timeline.events) + 1, 1)
    for line in lines[:-1]:
        assert cells(line) <= max(width, MIN_WIDTH)
        assert not re.search("[\x00-\x1f\x7f-\x9f]", line)


def test_cli_show_prints_the_seed_chronology() -> None:
    """chrono show SEED prints the seed's events in order, without colour when piped."""
    result = CliRunner().invoke(main, ["show", SEED, "--width", "100"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2018 ")
    assert lines[-2].startswith("12 September 2023")
    assert lines[-1] == f"8 dated events from {SEED}"
    assert not ANSI.search(result.stdout)


def test_cli_show_colour_option_and_no_color() -> None:
    """--color forces colour, --no-color removes it; NO_COLOR is honoured by default."""
    runner = CliRunner()
    forced = runner.invoke(main, ["show", SEED, "--color"])
    assert ANSI.search(forced.stdout)
    assert not ANSI.search(runner.invoke(main, ["show", SEED, "--no-color"]).stdout)
    quiet = runner.invoke(main, ["show", SEED], env={"NO_COLOR": "1"})
    assert not ANSI.search(quiet.stdout)


def test_cli_show_reports_unreadable_inputs(tmp_path: Path) -> None:
    """A missing input is one line on stderr and exit 1; the others are shown."""
    result = CliRunner().invoke(main, ["show", SEED, str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr
    assert "dated events from 2 documents" not in result.stdout
    assert result.stdout.splitlines()[-1].startswith("8 dated events")
