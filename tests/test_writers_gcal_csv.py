"""The Google Calendar CSV writer: Google's import columns, inclusive all-day end dates.

What it shares with the Outlook CSV writer (policies, subjects, text cells, any timeline) is
tested for both in test_writers_calendar.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from calendar_dialects import GCAL
from strategies import example_timeline, make_event, make_timeline

from chrono.model import Granularity


def test_a_day_is_all_day_with_the_same_start_and_end_date() -> None:
    """A day: All Day Event True, no times, End Date the same day (inclusive)."""
    (row,) = GCAL.records(make_timeline(make_event()))
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
    _, year, _ = GCAL.records(example_timeline())
    assert (year["Start Date"], year["End Date"]) == ("01/01/2019", "12/31/2019")
    assert year["Subject"] == "2019: Work had begun"


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
    (row,) = GCAL.records(make_timeline(event))
    assert (row["Start Time"], row["End Time"]) == expected
    assert row["End Date"] == f"{end.month:02d}/{end.day:02d}/{end.year}"
