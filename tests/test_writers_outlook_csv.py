"""The Outlook CSV writer: Outlook's 22 export columns, US dates, exclusive all-day ends.

What it shares with the Google Calendar CSV writer (policies, subjects, text cells, any
timeline) is tested for both in test_writers_calendar.py.
"""

from __future__ import annotations

import datetime as dt

from calendar_dialects import OUTLOOK
from strategies import make_event, make_timeline

from chrono.model import Granularity


def test_file_is_utf8_with_a_byte_order_mark() -> None:
    """Outlook reads UTF-8 only after a BOM: the file starts with one, then the header."""
    out = OUTLOOK.output(make_timeline(make_event(title="Café")))
    assert out.startswith(b"\xef\xbb\xbfSubject,Start Date,")
    assert "Café".encode() in out


def test_a_day_is_all_day_midnight_to_midnight_of_the_next_day() -> None:
    """A day: all day, 12:00:00 AM to 12:00:00 AM the day after (exclusive, as Outlook exports)."""
    (row,) = OUTLOOK.records(make_timeline(make_event()))
    assert row == {
        **dict.fromkeys(OUTLOOK.header, ""),
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


def test_midnight_and_noon_are_12_am_and_12_pm() -> None:
    """0:00 is 12:00:00 AM and 12:00 is 12:00:00 PM."""
    event = make_event(
        start=dt.datetime(2020, 1, 1), end=dt.datetime(2020, 1, 1, 12), granularity=Granularity.HOUR
    )
    (row,) = OUTLOOK.records(make_timeline(event))
    assert (row["Start Time"], row["End Time"]) == ("12:00:00 AM", "12:00:00 PM")


def test_reminders_are_off_and_text_is_neutralised() -> None:
    """No reminder is set, and Subject, Description and Categories are formula-safe."""
    event = make_event(title="+1", sentence="-2", source="@path")
    (row,) = OUTLOOK.records(make_timeline(event))
    assert row["Reminder on/off"] == "False"
    assert (row["Subject"], row["Categories"]) == ("'+1", "'@path")
    assert row["Description"].startswith("'-2\n\n")
