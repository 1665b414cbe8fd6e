"""The Google Calendar CSV writer: Google's import columns, inclusive all-day end dates."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest
from golden_files import assert_golden
from hypothesis import given, settings
from strategies import example_timeline, make_event, make_timeline, showcase_timeline, timelines

from chrono.errors import OptionError
from chrono.model import Granularity, Mod, Timeline
from chrono.writers import RenderOptions
from chrono.writers.gcal_csv import render

HEADER = (
    "Subject,Start Date,Start Time,End Date,End Time,All Day Event,Description,Location,Private"
)
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
DATE = re.compile(r"\d\d/\d\d/\d{4}")
TIME = re.compile(r"(0[1-9]|1[0-2]):[0-5]\d [AP]M")


def records(timeline: Timeline, policy: str = "span") -> list[dict[str, str]]:
    text = render(timeline, RenderOptions(ics_coarse=policy)).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline=""), strict=True))


@pytest.mark.parametrize("policy", ["span", "start", "skip"])
def test_golden_output(policy: str) -> None:
    """The showcase under each coarse policy gives the bytes of tests/golden/gcal-csv."""
    out = render(showcase_timeline(), RenderOptions(ics_coarse=policy))
    assert_golden(f"gcal-csv/showcase-{policy}.csv", out)


def test_empty_timeline_gives_the_header_only() -> None:
    """No events: the header line alone, CRLF-terminated, no BOM."""
    assert render(Timeline(), RenderOptions()) == (HEADER + "\r\n").encode()


def test_header_is_googles_column_list() -> None:
    """The first line is exactly the nine columns Google Calendar imports."""
    out = render(example_timeline(), RenderOptions())
    assert out.split(b"\r\n", 1)[0].decode() == HEADER


def test_a_day_is_all_day_with_the_same_start_and_end_date() -> None:
    """A day: All Day Event True, no times, End Date the same day (inclusive)."""
    (row,) = records(make_timeline(make_event()))
    assert row == {
        "Subject": "The bridge opened",
        "Start Date": "09/12/2023",
        "Start Time": "",
        "End Date": "09/12/2023",
        "End Time": "",
        "All Day Event": "True",
        "Description": "The bridge opened on September 12, 2023.\n\n"
        'Source: seeds/a.txt [21:39] "September 12, 2023"',
        "Location": "",
        "Private": "False",
    }


def test_all_day_end_date_is_the_last_day_not_the_day_after() -> None:
    """A year spans 01/01 to 12/31 (iCalendar's exclusive DTEND minus a day) with a label."""
    _, year, _ = records(example_timeline())
    assert (year["Start Date"], year["End Date"]) == ("01/01/2019", "12/31/2019")
    assert year["Subject"] == "2019: Work had begun"


@pytest.mark.parametrize(
    ("policy", "expected"),
    [("span", ("01/01/2019", "12/31/2019")), ("start", ("01/01/2019", "01/01/2019"))],
)
def test_coarse_policy_spans_or_keeps_the_first_day(policy: str, expected: tuple[str, str]) -> None:
    """span covers the whole year; start is its first day alone."""
    rows = records(example_timeline(), policy)
    assert (rows[1]["Start Date"], rows[1]["End Date"]) == expected


def test_skip_policy_leaves_coarse_events_out() -> None:
    """skip drops events coarser than a day and keeps days and times."""
    rows = records(showcase_timeline(), "skip")
    assert [r["Subject"] for r in rows] == [
        "The meeting ended",
        '\'=HYPERLINK("http://x","Fish & chips")',
        "The fair ran",
        "They left",
        "The talk ran",
        "The bridge opened",
    ]


def test_unknown_policy_is_an_option_error() -> None:
    """A coarse policy other than span, start or skip raises OptionError."""
    with pytest.raises(OptionError, match="span, start, skip"):
        render(example_timeline(), RenderOptions(ics_coarse="middle"))


def test_times_are_the_texts_wall_clock_with_the_zone_in_the_description() -> None:
    """3:30 p.m. EDT is 03:30 PM (not converted to UTC); the zone is named in the description."""
    timed, _, _ = records(example_timeline())
    assert (timed["Start Date"], timed["Start Time"]) == ("03/22/2013", "03:30 PM")
    assert (timed["End Date"], timed["End Time"]) == ("03/22/2013", "03:31 PM")
    assert timed["All Day Event"] == "False"
    assert timed["Description"].endswith("\n\nTime: 22 March 2013, 15:30 EDT")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (dt.datetime(2020, 1, 1, 0, 0), dt.datetime(2020, 1, 1, 12, 0), ("12:00 AM", "12:00 PM")),
        (
            dt.datetime(2020, 1, 1, 9, 5, 30),
            dt.datetime(2020, 1, 1, 9, 5, 31),
            ("09:05 AM", "09:06 AM"),
        ),
        (dt.datetime(2020, 1, 1, 23, 59), dt.datetime(2020, 1, 2, 0, 0), ("11:59 PM", "12:00 AM")),
    ],
)
def test_times_are_12_hour_to_the_minute_never_shorter(
    start: dt.datetime, end: dt.datetime, expected: tuple[str, str]
) -> None:
    """Midnight is 12:00 AM, noon 12:00 PM; seconds round the start down and the end up."""
    event = make_event(start=start, end=end, granularity=Granularity.SECOND)
    (row,) = records(make_timeline(event))
    assert (row["Start Time"], row["End Time"]) == expected
    assert row["End Date"] == f"{end.month:02d}/{end.day:02d}/{end.year}"


def test_modified_and_coarse_dates_are_named_in_the_subject() -> None:
    """A mod or a period coarser than a day puts the date in words before the title."""
    rows = records(showcase_timeline())
    subjects = {r["Subject"] for r in rows}
    assert {"c. 1850: The town was founded", "the mid-1990s: the town boomed"} <= subjects
    assert "summer 2019: It rained" in subjects
    (untitled,) = records(make_timeline(make_event(title="", mod=Mod.APPROX)))
    assert untitled["Subject"] == "c. 12 September 2023"


def test_formula_cells_get_an_apostrophe() -> None:
    """Subject and Description starting like a formula are neutralised as in the CSV writer."""
    (row,) = records(make_timeline(make_event(title="=1+1", sentence="@SUM(A1)")))
    assert row["Subject"] == "'=1+1"
    assert row["Description"].startswith("'@SUM(A1)")


def test_line_breaks_in_text_become_lf_and_controls_are_replaced() -> None:
    """CR LF and CR become LF inside cells; NUL becomes U+FFFD; records end in CRLF."""
    (row,) = records(make_timeline(make_event(sentence="a\r\nb\rc\x00d")))
    assert row["Description"].startswith("a\nb\nc\ufffdd\n\n")


@settings(max_examples=50, deadline=None)
@given(timelines())
def test_any_timeline_gives_one_well_formed_row_per_event(timeline: Timeline) -> None:
    """Any timeline: a row per event with Google's date and time shapes, text neutralised."""
    rows = records(timeline)
    assert len(rows) == len(timeline.events)
    for row, event in zip(rows, timeline.events, strict=True):
        assert DATE.fullmatch(row["Start Date"]) and DATE.fullmatch(row["End Date"])
        if event.is_timed:
            assert TIME.fullmatch(row["Start Time"]) and TIME.fullmatch(row["End Time"])
        else:
            assert row["Start Time"] == row["End Time"] == ""
            start = dt.datetime.strptime(row["Start Date"], "%m/%d/%Y").date()
            end = dt.datetime.strptime(row["End Date"], "%m/%d/%Y").date()
            assert (start, end + dt.timedelta(days=1)) == (event.start, event.end)
        assert not row["Subject"].startswith(TRIGGERS)
        assert not row["Description"].startswith(TRIGGERS)
