"""The TimelineJS writers: TimelineJS3 JSON and the TimelineJS Google Sheet columns."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import pytest
from golden_files import assert_golden
from hypothesis import given, settings
from strategies import example_timeline, make_event, make_timeline, showcase_timeline, timelines

from chrono.model import Granularity, Mod, Timeline
from chrono.writers import RenderOptions
from chrono.writers.timelinejs import render, render_sheet

# The TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format.html), field by field.
TOP_LEVEL = {"title", "events", "eras", "scale"}
SLIDE = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
}
DATE_OBJECT = {
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "millisecond",
    "display_date",
    "format",
}
TEXT = {"headline", "text"}
NUMBER_RANGES = {
    "year": (1, 9999),
    "month": (1, 12),
    "day": (1, 31),
    "hour": (0, 23),
    "minute": (0, 59),
    "second": (0, 59),
}
"""chrono's years are 1..9999; TimelineJS reads each number with parseInt."""

SHEET_HEADER = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Alt Text",
    "Type",
    "Group",
    "Background",
]
"""The columns of the TimelineJS Google Sheet template, pinned."""


def validate_timelinejs(data: Any) -> None:
    """Check ``data`` against the documented TimelineJS3 JSON fields; raise AssertionError."""
    assert isinstance(data, dict) and set(data) <= TOP_LEVEL and "events" in data
    title = data.get("title")
    if title is not None:
        assert set(title) <= SLIDE - {"start_date", "end_date"}
        assert set(title["text"]) <= TEXT
    assert isinstance(data["events"], list)
    for slide in data["events"]:
        assert set(slide) <= SLIDE, set(slide) - SLIDE
        assert "start_date" in slide
        for key in ("start_date", "end_date"):
            if key in slide:
                validate_date(slide[key])
        assert set(slide["text"]) <= TEXT
        assert all(isinstance(v, str) for v in slide["text"].values())
        for key in ("group", "display_date", "unique_id"):
            assert isinstance(slide.get(key, ""), str)


def validate_date(date: Any) -> None:
    """A date object: a year, then only finer fields whose coarser ones are all present."""
    assert isinstance(date, dict) and set(date) <= DATE_OBJECT and "year" in date
    fields = [f for f in NUMBER_RANGES if f in date]
    assert fields == list(NUMBER_RANGES)[: len(fields)], fields
    for name in fields:
        value = date[name]
        assert isinstance(value, str) and value.isdigit() and value == str(int(value))
        low, high = NUMBER_RANGES[name]
        assert low <= int(value) <= high


def slides(timeline: Timeline) -> list[dict[str, Any]]:
    data = json.loads(render(timeline, RenderOptions()))
    validate_timelinejs(data)
    events: list[dict[str, Any]] = data["events"]
    return events


def sheet(timeline: Timeline) -> list[dict[str, str]]:
    text = render_sheet(timeline, RenderOptions()).decode("utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    rows = list(reader)
    assert reader.fieldnames == SHEET_HEADER
    return rows


@pytest.mark.parametrize(
    ("name", "timeline"), [("showcase", showcase_timeline()), ("empty", Timeline())]
)
def test_golden_output(name: str, timeline: Timeline) -> None:
    """JSON and sheet of hand-built timelines are the bytes of tests/golden/timelinejs."""
    options = RenderOptions(calendar_name="Showcase")
    assert_golden(f"timelinejs/{name}.json", render(timeline, options))
    assert_golden(f"timelinejs/{name}.csv", render_sheet(timeline, options))


def test_the_showcase_validates_against_the_documented_fields() -> None:
    """Every slide of the showcase keeps to the TimelineJS3 JSON fields."""
    assert len(slides(showcase_timeline())) == len(showcase_timeline().events)


def test_title_slide_names_the_timeline_and_counts_its_events() -> None:
    """The title's headline is the calendar name (escaped); its text counts events, documents."""
    data = json.loads(render(example_timeline(), RenderOptions(calendar_name="A & B")))
    assert data["title"] == {
        "text": {"headline": "A &amp; B", "text": "<p>3 dated events from 1 document</p>"}
    }


def test_dates_carry_only_the_precision_the_text_gave() -> None:
    """A year has a year, a day a day, a time its hour and minute; none has an end date."""
    timed, year, day = slides(example_timeline())
    assert timed["start_date"] == {
        "year": "2013",
        "month": "3",
        "day": "22",
        "hour": "15",
        "minute": "30",
    }
    assert year["start_date"] == {"year": "2019"}
    assert day["start_date"] == {"year": "2023", "month": "9", "day": "12"}
    assert all("end_date" not in slide for slide in (timed, year, day))
    assert "display_date" not in year and "display_date" not in day
    assert timed["display_date"] == "22 March 2013, 15:30 EDT"


@pytest.mark.parametrize(
    ("changes", "start", "end", "display"),
    [
        (
            {"start": dt.date(1990, 1, 1), "end": dt.date(2000, 1, 1), "granularity": "DECADE"},
            {"year": "1990"},
            {"year": "1999"},
            "the 1990s",
        ),
        (
            {"start": dt.date(2019, 6, 1), "end": dt.date(2019, 9, 1), "granularity": "SEASON"},
            {"year": "2019", "month": "6"},
            {"year": "2019", "month": "8"},
            "summer 2019",
        ),
        (
            {"start": dt.date(2024, 3, 11), "end": dt.date(2024, 3, 18), "granularity": "WEEK"},
            {"year": "2024", "month": "3", "day": "11"},
            {"year": "2024", "month": "3", "day": "17"},
            "week of 11 March 2024",
        ),
        (
            {
                "start": dt.date(2009, 1, 1),
                "end": dt.date(2011, 1, 1),
                "granularity": "YEAR",
                "end_mention": "d1.m2",
            },
            {"year": "2009"},
            {"year": "2010"},
            None,
        ),
        (
            {
                "start": dt.date(1850, 1, 1),
                "end": dt.date(1851, 1, 1),
                "granularity": "YEAR",
                "mod": Mod.APPROX,
            },
            {"year": "1850"},
            None,
            "c. 1850",
        ),
        (
            {
                "start": dt.datetime(2023, 9, 11, 15),
                "end": dt.datetime(2023, 9, 11, 18),
                "granularity": "HOUR",
                "end_mention": "d1.m2",
            },
            {"year": "2023", "month": "9", "day": "11", "hour": "15"},
            {"year": "2023", "month": "9", "day": "11", "hour": "17"},
            None,
        ),
    ],
)
def test_periods_and_ranges_are_spans_with_a_display_date_when_needed(
    changes: dict[str, Any],
    start: dict[str, str],
    end: dict[str, str] | None,
    display: str | None,
) -> None:
    """Decades, seasons and weeks span what they hold; ranges span first to last unit."""
    changes["granularity"] = Granularity[changes["granularity"]]
    (slide,) = slides(make_timeline(make_event(**changes)))
    assert slide["start_date"] == start
    assert slide.get("end_date") == end
    assert slide.get("display_date") == display


def test_text_is_escaped_html_with_the_source() -> None:
    """Headline and text escape &, < and >; the text ends with the source line."""
    event = make_event(title="<i>R&D</i>", sentence='a < b & "c"')
    (slide,) = slides(make_timeline(event))
    assert slide["text"] == {
        "headline": "&lt;i&gt;R&amp;D&lt;/i&gt;",
        "text": '<p>a &lt; b &amp; "c"</p><p><small>Source: seeds/a.txt [21:39] '
        '"September 12, 2023"</small></p>',
    }


def test_groups_are_source_documents_and_ids_are_event_ids() -> None:
    """group is the document's source; unique_id is the stable event id, unique."""
    timeline = showcase_timeline()
    got = slides(timeline)
    assert {s["group"] for s in got} == {"seeds/a.txt", "notes/b.txt"}
    assert [s["unique_id"] for s in got] == [e.id for e in timeline.events]
    assert len({s["unique_id"] for s in got}) == len(got)


def test_sheet_has_the_template_columns_a_title_row_and_one_row_per_event() -> None:
    """Header as the template; a title row; then each slide's numbers, times and texts."""
    rows = sheet(example_timeline())
    assert rows[0]["Type"] == "title" and rows[0]["Headline"] == "chrono timeline"
    timed, year, day = rows[1:]
    assert [timed[c] for c in SHEET_HEADER[:4]] == ["2013", "3", "22", "15:30"]
    assert timed["Display Date"] == "22 March 2013, 15:30 EDT"
    assert [year[c] for c in SHEET_HEADER[:9]] == ["2019", "", "", "", "", "", "", "", ""]
    assert (day["Headline"], day["Group"], day["Type"]) == ("The bridge opened", "seeds/a.txt", "")


def test_sheet_cells_are_neutralised_against_formulas() -> None:
    """A headline that a spreadsheet would run as a formula gets an apostrophe."""
    (row,) = sheet(make_timeline(make_event(title="=1+1")))[1:]
    assert row["Headline"] == "'=1+1"


def test_sheet_rows_hold_the_same_dates_as_the_json() -> None:
    """Reading the sheet's date columns back gives each JSON slide's date objects."""
    timeline = showcase_timeline()
    for row, slide in zip(sheet(timeline)[1:], slides(timeline), strict=True):
        assert _sheet_date(row, "") == slide["start_date"]
        assert _sheet_date(row, "End ") == slide.get("end_date")
        assert row["Display Date"] == slide.get("display_date", "")


def _sheet_date(row: dict[str, str], prefix: str) -> dict[str, str] | None:
    names = ("year", "month", "day")
    date = {n: row[f"{prefix}{n.title()}"] for n in names if row[f"{prefix}{n.title()}"]}
    clock = row[f"{prefix}Time"]
    if clock:
        parts = [str(int(p)) for p in clock.split(":")]
        date.update(zip(("hour", "minute", "second"), parts, strict=False))
        if date.get("minute") == "0" and len(parts) == 2:
            date.pop("minute")  # an hour alone is written hh:00
    return date or None


@settings(max_examples=50, deadline=None)
@given(timelines())
def test_any_timeline_gives_valid_timelinejs_json_and_sheet(timeline: Timeline) -> None:
    """Any timeline: JSON that validates, one slide per event, and a sheet row per slide."""
    got = slides(timeline)
    assert [s["unique_id"] for s in got] == [e.id for e in timeline.events]
    rows = sheet(timeline)
    assert len(rows) == len(got) + 1
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())
