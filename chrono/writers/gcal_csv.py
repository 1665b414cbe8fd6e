"""The Google Calendar CSV writer (``--format gcal-csv``): the columns Calendar's import reads.

Header, exactly: ``Subject,Start Date,Start Time,End Date,End Time,All Day Event,Description,
Location,Private`` (Google Calendar Help, "Create or edit a CSV file"). One row per event, in
timeline order; RFC 4180, CRLF line ends, UTF-8 without a byte-order mark (one would become
part of the first column's name).

- Dates are ``MM/DD/YYYY`` and times ``hh:mm AM``/``PM`` (``03:30 PM``), as Google's examples
  write them.
- An all-day event (a day or coarser) has ``All Day Event`` ``True``, no times, and an
  **inclusive** ``End Date``, the last day it covers: iCalendar's exclusive DTEND minus one day
  (a single day has the same start and end date).
- A time of day is ``All Day Event`` ``False`` with start and end times in the event's own
  wall-clock time, to the minute. The CSV has no time zone: Google reads the times in the time
  zone of the calendar that imports them. The zone the text named is kept in the description.
- Coarse dates follow ``options.ics_coarse`` (``span``, ``start``, ``skip``), as in iCalendar.
- ``Subject`` is the title, after the date in words for coarse or modified dates;
  ``Description`` the sentence and the source; ``Location`` is empty; ``Private`` is ``False``.
- Text cells are neutralised against spreadsheet formulas like the CSV writer's.

See ``chrono.writers._calendar`` for the rules the two calendar CSV dialects share.
"""

from __future__ import annotations

import datetime as dt

from chrono.model import Timeline
from chrono.writers import RenderOptions, register
from chrono.writers._calendar import Dialect, render_rows

HEADER = (
    "Subject",
    "Start Date",
    "Start Time",
    "End Date",
    "End Time",
    "All Day Event",
    "Description",
    "Location",
    "Private",
)


def _date(day: dt.date) -> str:
    return f"{day.month:02d}/{day.day:02d}/{day.year:04d}"


def _time(instant: dt.datetime) -> str:
    hour = instant.hour % 12 or 12
    return f"{hour:02d}:{instant.minute:02d} {'AM' if instant.hour < 12 else 'PM'}"


DIALECT = Dialect(
    header=HEADER,
    all_day_column="All Day Event",
    source_column=None,
    constants={"Private": "False"},
    date=_date,
    time=_time,
    all_day_time="",
    inclusive_end=True,  # Google's End Date is the last day, inclusive
    bom=False,  # a BOM would become part of the first column's name
)


@register("gcal-csv")
def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """Render a timeline's events as a Google Calendar import CSV.

    Args:
        timeline: the events to write, and the documents they come from.
        options: ``ics_coarse`` is used (``span``, ``start`` or ``skip``).

    Returns:
        UTF-8 CSV with the header row and CRLF line ends.

    Raises:
        OptionError: ``options.ics_coarse`` is not a known policy.
    """
    return render_rows(timeline, options, DIALECT)
