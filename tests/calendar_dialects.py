"""The two calendar CSV dialects as the tests pin them: columns, byte-order mark, dates, times.

Written out here, not taken from ``chrono.writers``: a change to a writer's columns or forms must
break a test. Used by tests/test_writers_calendar.py (what both dialects do) and by
test_writers_gcal_csv.py and test_writers_outlook_csv.py (what each one does alone).
"""

from __future__ import annotations

import csv
import io

from attrs import frozen

from chrono.model import Timeline
from chrono.writers import RenderOptions, get_writer

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""The first characters of a cell that a spreadsheet would run as a formula."""


@frozen(kw_only=True)
class Dialect:
    """What the tests expect of one calendar CSV format."""

    format: str
    """The ``--format`` name, also the folder of its golden files."""
    header_line: str
    """The first line of the file, after the byte-order mark if any."""
    bom: bytes
    all_day_time: str
    """Start Time and End Time of an all-day event."""
    inclusive_end: bool
    """The End Date of an all-day event is its last day (else the day after)."""
    text_columns: tuple[str, ...]
    """The columns holding text, neutralised against formulas."""

    @property
    def header(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(self.header_line.split(","))

    def output(self, timeline: Timeline, policy: str = "span") -> bytes:
        """The bytes the writer gives under a coarse-date policy."""
        return get_writer(self.format)(timeline, RenderOptions(ics_coarse=policy))

    def records(self, timeline: Timeline, policy: str = "span") -> list[dict[str, str]]:
        """The rows, read back by column; checks the byte-order mark and the header first."""
        data = self.output(timeline, policy)
        assert data.startswith(self.bom)
        text = data[len(self.bom) :].decode("utf-8")
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        rows = list(reader)
        assert tuple(reader.fieldnames or ()) == self.header
        return rows


GCAL = Dialect(
    format="gcal-csv",
    header_line=(
        "Subject,Start Date,Start Time,End Date,End Time,All Day Event,Description,Location,Private"
    ),
    bom=b"",
    all_day_time="",
    inclusive_end=True,
    text_columns=("Subject", "Description"),
)
"""Google Calendar's import columns (Google Calendar Help, "Create or edit a CSV file")."""

OUTLOOK = Dialect(
    format="outlook-csv",
    header_line=(
        "Subject,Start Date,Start Time,End Date,End Time,All day event,Reminder on/off,"
        "Reminder Date,Reminder Time,Meeting Organizer,Required Attendees,Optional Attendees,"
        "Meeting Resources,Billing Information,Categories,Description,Location,Mileage,Priority,"
        "Private,Sensitivity,Show time as"
    ),
    bom=b"\xef\xbb\xbf",
    all_day_time="12:00:00 AM",
    inclusive_end=False,
    text_columns=("Subject", "Description", "Categories"),
)
"""The 22 columns of a calendar exported by Outlook's Import/Export wizard, read by its import."""

DIALECTS = (GCAL, OUTLOOK)


def ids(value: object) -> str | None:
    """Ids of parametrized tests: a dialect by its format name, anything else as pytest names it."""
    return value.format if isinstance(value, Dialect) else None
