"""chrono in a dozen lines: a text and its date in, dated events and an iCalendar file out.

Run it with ``python examples/quickstart.py``.
"""

from __future__ import annotations

import chrono

TEXT = """\
The bridge over the river opened on September 12, 2023, four years after work began in 2019.
Traffic was light yesterday, and the mayor will cut a second ribbon on Friday.
Repairs are planned for early 2025.
"""


def main() -> None:
    """Print the timeline of TEXT, then the start of its iCalendar export."""
    timeline = chrono.extract_timeline(TEXT, dct="2023-09-12", source="bridge.txt")
    for event in timeline.events:
        print(f"{event.start} .. {event.end}  {event.granularity.value:<5}  {event.title}")
    ics = chrono.render(timeline, "ics", calendar_name="Bridge", dtstamp_epoch=1694476800)
    print(ics.decode("utf-8").splitlines()[0], f"with {ics.count(b'BEGIN:VEVENT')} events")


if __name__ == "__main__":
    main()
