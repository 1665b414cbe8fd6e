"""The Outlook CSV writer (``--format outlook-csv``): the columns of Outlook's calendar export.

Header, exactly the 22 columns Outlook's Import/Export wizard writes for a calendar and maps
back on import: ``Subject,Start Date,Start Time,End Date,End Time,All day event,Reminder
on/off,Reminder Date,Reminder Time,Meeting Organizer,Required Attendees,Optional Attendees,
Meeting Resources,Billing Information,Categories,Description,Location,Mileage,Priority,Private,
Sensitivity,Show time as``. One row per event, in timeline order; RFC 4180, CRLF line ends.

- **Encoding:** UTF-8 *with* a byte-order mark. Without one, Outlook (like Excel) reads a CSV in
  the computer's ANSI code page, and every accented letter comes out garbled.
- **Dates** are ``M/D/YYYY`` and times ``h:mm:ss AM``/``PM`` (``9/12/2023``, ``3:30:00 PM``),
  the US forms of Outlook's own export. Outlook reads dates in the order of the computer's
  regional settings, so on a day-first system set them to English (United States) for the
  import, or dates such as 9/12 swap day and month.
- **All-day events** (a day or coarser): ``All day event`` ``True``, start and end times
  ``12:00:00 AM``, and an **exclusive** ``End Date`` (midnight starting the day after), as
  Outlook exports them; unlike Google Calendar's inclusive end date.
- **Times of day**: the event's own wall-clock time, to the minute; Outlook reads the times in
  the computer's time zone. The zone the text named is kept in the description.
- Coarse dates follow ``options.ics_coarse`` (``span``, ``start``, ``skip``), as in iCalendar.
- ``Subject`` is the title, after the date in words for coarse or modified dates;
  ``Description`` the sentence and the source; ``Categories`` the source document (path, or id).
  ``Reminder on/off`` is ``False`` (importing a long timeline must not ring hundreds of
  reminders), ``Priority`` and ``Sensitivity`` ``Normal``, ``Private`` ``False``; ``Show time
  as`` is empty, leaving Outlook's default (busy for timed events, free for all-day ones); the
  other columns are empty.
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
)


def _date(day: dt.date) -> str:
    return f"{day.month}/{day.day}/{day.year:04d}"


def _time(instant: dt.datetime) -> str:
    hour = instant.hour % 12 or 12
    suffix = "AM" if instant.hour < 12 else "PM"
    return f"{hour}:{instant.minute:02d}:{instant.second:02d} {suffix}"


DIALECT = Dialect(
    header=HEADER,
    all_day_column="All day event",
    source_column="Categories",
    constants={
        "Reminder on/off": "False",
        "Priority": "Normal",
        "Private": "False",
        "Sensitivity": "Normal",
    },
    date=_date,
    time=_time,
    all_day_time="12:00:00 AM",
    inclusive_end=False,  # midnight starting the day after, as Outlook exports all-day events
    bom=True,  # without one, Outlook reads the file in the computer's ANSI code page
)


@register("outlook-csv")
def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """Render a timeline's events as an Outlook calendar import CSV.

    Args:
        timeline: the events to write, and the documents they come from.
        options: ``ics_coarse`` is used (``span``, ``start`` or ``skip``).

    Returns:
        UTF-8 CSV with a byte-order mark, the header row and CRLF line ends.

    Raises:
        OptionError: ``options.ics_coarse`` is not a known policy.
    """
    return render_rows(timeline, options, DIALECT)
