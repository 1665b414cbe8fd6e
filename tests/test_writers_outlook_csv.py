"""The Outlook CSV writer: Outlook's 22 export columns, US dates, exclusive all-day ends."""

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
from chrono.model import Granularity, Timeline
from chrono.writers import RenderOptions
from chrono.writers.outlook_csv import render

HEADER = [
    "Subject",
    "Start Date",
    "Start Time",
    "End Date",
    "End Time",
    "All day event",
    "Reminder on/off",
    "Reminder Date",
    "Reminder Time",
    "Meeting Organizer",
    "Required Attendees",
    "Optional Attendees",
    "Meeting Resources",
    "Billing Information",
    "Categories",
    "Description",
    "Location",
    "Mileage",
    "Priority",
    "Private",
    "Sensitivity",
    "Show time as",
]
"""The header of a calendar exported by Outlook's Import/Export wizard, pinned."""

BOM = b"\xef\xbb\xbf"
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
DATE = re.compile(r"([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/\d{4}")
TIME = re.compile(r"([1-9]|1[0-2]):[0-5]\d:[0-5]\d [AP]M")


def records(timeline: Timeline, policy: str = "span") -> list[dict[str, str]]:
    data = render(timeline, RenderOptions(ics_coarse=policy))
    assert data.startswith(BOM)
    text = data[len(BOM) :].decode("utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    rows = list(reader)
    assert reader.fieldnames == HEADER
    return rows


@pytest.mark.parametrize("policy", ["span", "start", "skip"])
def test_golden_output(policy: str) -> None:
    """The showcase under each coarse policy gives the bytes of tests/golden/outlook-csv."""
    out = render(showcase_timeline(), RenderOptions(ics_coarse=policy))
    assert_golden(f"outlook-csv/showcase-{policy}.csv", out)


def test_empty_timeline_gives_the_bom_and_header_only() -> None:
    """No events: the byte-order mark and the header line, CRLF-terminated."""
    assert render(Timeline(), RenderOptions()) == BOM + (",".join(HEADER) + "\r\n").encode()


def test_file_is_utf8_with_a_byte_order_mark() -> None:
    """Outlook reads UTF-8 only after a BOM: the file starts with one, then the header."""
    out = render(make_timeline(make_event(title="Café")), RenderOptions())
    assert out.startswith(BOM + b"Subject,Start Date,")
    assert "Café".encode() in out


def test_a_day_is_all_day_midnight_to_midnight_of_the_next_day() -> None:
    """A day: all day, 12:00:00 AM to 12:00:00 AM the day after (exclusive, as Outlook exports)."""
    (row,) = records(make_timeline(make_event()))
    assert row == {
        **dict.fromkeys(HEADER, ""),
        "Subject": "The bridge opened",
        "Start Date": "9/12/2023",
        "Start Time": "12:00:00 AM",
        "End Date": "9/13/2023",
        "End Time": "12:00:00 AM",
        "All day event": "True",
        "Reminder on/off": "False",
        "Categories": "seeds/a.txt",
        "Description": "The bridge opened on September 12, 2023.\n\n"
        'Source: seeds/a.txt [21:39] "September 12, 2023"',
        "Priority": "Normal",
        "Private": "False",
        "Sensitivity": "Normal",
    }


def test_coarse_dates_span_start_or_skip() -> None:
    """A year spans 1/1/2019 to 1/1/2020 (span), is 1/1 to 1/2 (start), or is left out (skip)."""
    assert [(r["Start Date"], r["End Date"]) for r in records(example_timeline())][1] == (
        "1/1/2019",
        "1/1/2020",
    )
    assert [(r["Start Date"], r["End Date"]) for r in records(example_timeline(), "start")][1] == (
        "1/1/2019",
        "1/2/2019",
    )
    assert [r["Subject"] for r in records(example_timeline(), "skip")] == [
        "The meeting ended",
        "The bridge opened",
    ]


def test_unknown_policy_is_an_option_error() -> None:
    """A coarse policy other than span, start or skip raises OptionError."""
    with pytest.raises(OptionError):
        render(example_timeline(), RenderOptions(ics_coarse="all"))


def test_times_are_wall_clock_with_seconds_and_no_leading_zero() -> None:
    """3:30 p.m. EDT is 3:30:00 PM to 3:31:00 PM; not all day; the zone in the description."""
    timed, _, _ = records(example_timeline())
    assert [timed[c] for c in HEADER[:6]] == [
        "The meeting ended",
        "3/22/2013",
        "3:30:00 PM",
        "3/22/2013",
        "3:31:00 PM",
        "False",
    ]
    assert timed["Description"].endswith("Time: 22 March 2013, 15:30 EDT")


def test_midnight_and_noon_are_12_am_and_12_pm() -> None:
    """0:00 is 12:00:00 AM and 12:00 is 12:00:00 PM."""
    event = make_event(
        start=dt.datetime(2020, 1, 1), end=dt.datetime(2020, 1, 1, 12), granularity=Granularity.HOUR
    )
    (row,) = records(make_timeline(event))
    assert (row["Start Time"], row["End Time"]) == ("12:00:00 AM", "12:00:00 PM")


def test_reminders_are_off_and_text_is_neutralised() -> None:
    """No reminder is set, and Subject, Description and Categories are formula-safe."""
    event = make_event(title="+1", sentence="-2", source="@path")
    (row,) = records(make_timeline(event))
    assert row["Reminder on/off"] == "False"
    assert (row["Subject"], row["Categories"]) == ("'+1", "'@path")
    assert row["Description"].startswith("'-2\n\n")


@settings(max_examples=50, deadline=None)
@given(timelines())
def test_any_timeline_gives_one_well_formed_row_per_event(timeline: Timeline) -> None:
    """Any timeline: a 22-column row per event, US dates and times, text neutralised."""
    rows = records(timeline)
    assert len(rows) == len(timeline.events)
    for row, event in zip(rows, timeline.events, strict=True):
        assert DATE.fullmatch(row["Start Date"]) and DATE.fullmatch(row["End Date"])
        assert TIME.fullmatch(row["Start Time"]) and TIME.fullmatch(row["End Time"])
        if not event.is_timed:
            start = dt.datetime.strptime(row["Start Date"], "%m/%d/%Y").date()
            end = dt.datetime.strptime(row["End Date"], "%m/%d/%Y").date()
            assert (start, end) == (event.start, event.end)
        for column in ("Subject", "Description", "Categories"):
            assert not row[column].startswith(TRIGGERS)
