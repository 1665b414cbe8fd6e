"""The CSV writer: RFC 4180, one row per event, formula cells neutralised."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import given, settings
from strategies import example_timeline, make_event, make_timeline, timelines

from chrono.model import Granularity, Mod, Timeline
from chrono.writers import RenderOptions
from chrono.writers.csv import render

HEADER = [
    "start",
    "end",
    "granularity",
    "value",
    "mod",
    "title",
    "sentence",
    "mention_text",
    "document",
    "source",
    "offset",
    "edtf",
    "display_date",
]
EVENT_TEXT_COLUMNS = ["title", "sentence", "mention_text", "document", "source"]
TEXT_COLUMNS = [*EVENT_TEXT_COLUMNS, "display_date"]
TRIGGERS = ["=", "+", "-", "@", "\t", "\r"]


def rows(timeline: Timeline) -> list[list[str]]:
    text = render(timeline, RenderOptions()).decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), strict=True))


def records(timeline: Timeline) -> list[dict[str, str]]:
    header, *body = rows(timeline)
    return [dict(zip(header, row, strict=True)) for row in body]


def test_header_row_names_the_documented_columns() -> None:
    """The first row is the documented header."""
    assert rows(example_timeline())[0] == HEADER


def test_one_row_per_event_in_timeline_order() -> None:
    """Each event gives one row, in the timeline's order."""
    got = records(example_timeline())
    assert [r["title"] for r in got] == ["The meeting ended", "Work had begun", "The bridge opened"]


def test_row_values_match_the_event() -> None:
    """ISO bounds, enum values, text fields and the mention offset fill the row."""
    timed, year, day = records(example_timeline())
    assert day == {
        "start": "2023-09-12",
        "end": "2023-09-13",
        "granularity": "day",
        "value": "2023-09-12",
        "mod": "",
        "title": "The bridge opened",
        "sentence": "The bridge opened on September 12, 2023.",
        "mention_text": "September 12, 2023",
        "document": "d1",
        "source": "seeds/a.txt",
        "offset": "21",
        "edtf": "2023-09-12",
        "display_date": "12 September 2023",
    }
    assert (year["start"], year["end"], year["granularity"]) == ("2019-01-01", "2020-01-01", "year")
    assert (timed["start"], timed["end"]) == (
        "2013-03-22T15:30:00-04:00",
        "2013-03-22T15:31:00-04:00",
    )


def test_edtf_and_display_date_columns_come_last() -> None:
    """The two columns of format version 2 follow the original eleven and name the date."""
    timed, year, _ = records(example_timeline())
    assert list(timed)[-2:] == ["edtf", "display_date"]
    assert (timed["edtf"], timed["display_date"]) == (
        "2013-03-22T15:30:00-04:00",
        "22 March 2013, 15:30 EDT",
    )
    assert (year["edtf"], year["display_date"]) == ("2019", "2019")
    (before,) = records(make_timeline(make_event(mod=Mod.BEFORE)))
    assert (before["edtf"], before["display_date"]) == ("../2023-09-11", "before 12 September 2023")


def test_naive_times_are_floating_and_mods_are_named() -> None:
    """A time without a zone has no offset; a mod is written by its TIMEX3 name."""
    event = make_event(
        start=dt.datetime(2013, 3, 22, 15, 30),
        end=dt.datetime(2013, 3, 22, 16, 30),
        granularity=Granularity.HOUR,
        mod=Mod.APPROX,
    )
    (row,) = records(make_timeline(event))
    assert (row["start"], row["end"], row["mod"]) == (
        "2013-03-22T15:30:00",
        "2013-03-22T16:30:00",
        "APPROX",
    )


def test_lines_end_in_crlf_without_bom() -> None:
    """Records end in CRLF and the file starts with the header, not a BOM."""
    out = render(example_timeline(), RenderOptions())
    assert out.startswith(b"start,end,")
    assert out.endswith(b"\r\n")
    assert out.count(b"\r\n") == 4
    assert b"\n" not in out.replace(b"\r\n", b"")


def test_separators_quotes_and_line_breaks_round_trip() -> None:
    """Commas, quotes and line breaks are quoted and read back unchanged."""
    title = 'a, "b"; c\nd\r\ne'
    (row,) = records(make_timeline(make_event(title=title, sentence="x,y")))
    assert row["title"] == title
    assert row["sentence"] == "x,y"


@pytest.mark.parametrize("column", EVENT_TEXT_COLUMNS)
@pytest.mark.parametrize("trigger", TRIGGERS)
def test_formula_cells_in_text_columns_get_an_apostrophe(column: str, trigger: str) -> None:
    """A text cell starting with = + - @ tab or CR is prefixed with an apostrophe."""
    cell = f"{trigger}1+cmd|' /C calc'!A0"
    (row,) = records(make_timeline(make_event(**{column: cell})))
    assert row[column] == "'" + cell


def test_harmless_cells_are_left_alone() -> None:
    """Cells that start with anything else, an apostrophe included, are written as they are."""
    (row,) = records(make_timeline(make_event(title="'quoted", sentence=" =1+1", source="a=b")))
    assert (row["title"], row["sentence"], row["source"]) == ("'quoted", " =1+1", "a=b")


def test_bc_year_values_stay_machine_readable() -> None:
    """A TIMEX3 value that is an ISO BC year keeps its leading minus sign."""
    (row,) = records(make_timeline(make_event(value="-0043")))
    assert row["value"] == "-0043"


def test_formula_like_values_are_neutralised_too() -> None:
    """A value that is not a BC year but starts like a formula still gets the apostrophe."""
    (row,) = records(make_timeline(make_event(value="-1+1")))
    assert row["value"] == "'-1+1"


def test_offset_is_the_start_of_the_dating_expression() -> None:
    """The offset column is the event span's start, a Python str index."""
    timeline = example_timeline()
    text = timeline.documents[0].text
    for row in records(timeline):
        offset = int(row["offset"])
        assert text[offset : offset + len(row["mention_text"])] == row["mention_text"]


def test_lone_surrogates_become_replacement_characters() -> None:
    """A lone surrogate turns into U+FFFD so the file is valid UTF-8."""
    (row,) = records(make_timeline(make_event(title="a\udc80b")))
    assert row["title"] == "a\ufffdb"


def test_empty_timeline_gives_the_header_only() -> None:
    """No events: just the header line."""
    assert render(Timeline(), RenderOptions()) == (",".join(HEADER) + "\r\n").encode()


def test_rendering_is_deterministic() -> None:
    """The same timeline gives the same bytes."""
    assert render(example_timeline(), RenderOptions()) == render(
        example_timeline(), RenderOptions()
    )


@settings(max_examples=75, deadline=None)
@given(timelines())
def test_any_timeline_reads_back_with_its_events_and_titles(timeline: Timeline) -> None:
    """Any timeline gives a CSV whose rows are its events, titles neutralised as documented."""
    got = records(timeline)
    assert len(got) == len(timeline.events)
    assert [r["title"] for r in got] == [_expected_text(e.title) for e in timeline.events]
    assert [int(r["offset"]) for r in got] == [e.span.start for e in timeline.events]
    for row in got:
        assert not any(row[column].startswith(tuple(TRIGGERS)) for column in TEXT_COLUMNS)


def _expected_text(text: str) -> str:
    text = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return "'" + text if text.startswith(tuple(TRIGGERS)) else text
