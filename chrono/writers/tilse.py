"""The tilse writer (``--format tilse``): dated sentences in the timeline-summarization format.

The format of the timeline17 and crisis data sets, which the tilse toolkit
(``tilse.data.timelines.Timeline.from_file``) reads and its evaluation scores: for each day, in
increasing order, a ``YYYY-MM-DD`` line, the day's sentences one per line, then a line of 32
dashes::

    2023-09-12
    The bridge opened on September 12, 2023.
    --------------------------------

Lines end in ``\\n`` (the last one too); UTF-8; an empty timeline (or one with no day-precise
event) gives an empty file.

tilse is day-based, so chrono writes what it can place on one day:

- a **day** is that day; a range of days ("from March 3 to March 5") is its first day;
- a **time of day** is the day of its own wall-clock time (3:30 p.m. EDT on 22 March is 22
  March, wherever the reader is);
- **coarser dates** (a week up to a millennium) are **left out**: putting "in 2019" on 1 January
  2019 would invent a date that the evaluation counts as a wrong one;
- dates with a bound mod (BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER) are left out too: the day
  they name is a limit, not the day of the event ("before March 3"). Other mods (APPROX, START...)
  keep their day.

A day's sentences follow the timeline order; a sentence already listed for that day is not
repeated (two dates of one sentence on the same day). The sentence is the event's sentence, or
its title when it has none; whitespace runs, line breaks included, become one space, since a
line break would split it in two. A sentence that tilse would misread is dropped: an empty
one, one that is exactly the dashed separator, and one that is nothing but a date (tilse would
take it for the next day's heading). A day left with no sentence is not written. Lone
surrogates become U+FFFD.
"""

from __future__ import annotations

import datetime as dt
import re

from chrono.model import Event, Granularity, Mod, Timeline
from chrono.writers import RenderOptions, register
from chrono.writers._common import replace_surrogates

SEPARATOR = "-" * 32
"""The line that closes a day, as tilse writes and reads it."""

_DAY_OR_FINER = frozenset(
    {
        Granularity.DAY,
        Granularity.PART_OF_DAY,
        Granularity.HOUR,
        Granularity.MINUTE,
        Granularity.SECOND,
    }
)
_BOUNDS = frozenset({Mod.BEFORE, Mod.AFTER, Mod.ON_OR_BEFORE, Mod.ON_OR_AFTER})
# What datetime.strptime(line, "%Y-%m-%d") accepts, loosely: such a line would read as a date.
_DATE_LIKE = re.compile(r"\d{1,4}-\d{1,2}-\d{1,2}")


@register("tilse")
def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """Render a timeline as tilse day blocks.

    Args:
        timeline: the events to write.
        options: unused; accepted for the writer contract.

    Returns:
        UTF-8 text: a date line, sentence lines and a separator per day, days in order.
    """
    days: dict[dt.date, list[str]] = {}
    for event in timeline.events:
        day = event_day(event)
        sentence = _sentence(event)
        if day is None or sentence is None:
            continue
        sentences = days.setdefault(day, [])
        if sentence not in sentences:
            sentences.append(sentence)
    blocks = [
        f"{day.isoformat()}\n" + "".join(f"{s}\n" for s in days[day]) + f"{SEPARATOR}\n"
        for day in sorted(days)
    ]
    return "".join(blocks).encode("utf-8")


def event_day(event: Event) -> dt.date | None:
    """The day tilse gets for an event, or None when it is left out (see the module docstring).

    Args:
        event: any event.

    Returns:
        The start day (the wall-clock date of a time), or None for coarse or bounded dates.
    """
    if event.mod in _BOUNDS:
        return None
    if isinstance(event.start, dt.datetime):
        return event.start.date()
    if event.granularity not in _DAY_OR_FINER:
        return None
    return event.start


def _sentence(event: Event) -> str | None:
    text = _one_line(event.sentence) or _one_line(event.title)
    if not text or text == SEPARATOR or _DATE_LIKE.fullmatch(text):
        return None
    return text


def _one_line(text: str) -> str:
    # str.split() splits on every Unicode whitespace and line break, and drops empty pieces.
    return " ".join(replace_surrogates(text).split())
