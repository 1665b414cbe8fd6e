"""The data model shared by every stage: frozen, slotted attrs classes.

Serialization is not the model's job; writers turn these objects into bytes.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import zoneinfo
from collections.abc import Iterable
from typing import Any

import attrs
from attrs import field, frozen


def _mentions(items: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(items)


def _documents(items: Iterable[Document]) -> tuple[Document, ...]:
    return tuple(items)


def _events(items: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(items)


Instant = dt.date | dt.datetime
"""An interval bound: a ``date`` for day-or-coarser events, a ``datetime`` for times of day."""


class Granularity(enum.Enum):
    """How precise a temporal value is, from the coarsest to the finest."""

    MILLENNIUM = "millennium"
    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"

    @property
    def is_time_of_day(self) -> bool:
        """True for granularities finer than a day (they make timed events)."""
        return self in _TIME_OF_DAY


COARSE_ORDER: tuple[Granularity, ...] = tuple(Granularity)
"""Granularities from the coarsest to the finest (the order of :class:`Granularity`): the
index of a coarser one is lower, so ``COARSE_ORDER.index(g) >= COARSE_ORDER.index(DAY)``
reads "a day or finer"."""

YEAR_INDEX = COARSE_ORDER.index(Granularity.YEAR)
DAY_INDEX = COARSE_ORDER.index(Granularity.DAY)

# A tuple, not a frozenset: ``in`` compares its members by identity in C, where a set calls
# Enum's __hash__, a Python function (asked of every mention's granularity).
_TIME_OF_DAY = (Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND)


class TimexType(enum.Enum):
    """The four TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Mod(enum.Enum):
    """TIMEX3 ``mod`` values."""

    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"


class DctSource(enum.Enum):
    """Where a document's creation time came from."""

    OPTION = "option"
    TEXT = "text"
    NONE = "none"


class AnchorKind(enum.Enum):
    """How a mention's value was fixed on the calendar."""

    ABSOLUTE = "absolute"  # the text gives the value itself ("September 12, 2023")
    DCT = "dct"  # resolved against the document creation time ("yesterday")
    PREVIOUS = "previous"  # resolved against a date the text established (narratives)
    NONE = "none"  # left underspecified: no anchor was available, or none is needed


class Genre(enum.Enum):
    """Anchoring policy for relative expressions."""

    NEWS = "news"  # relative to the document creation time
    NARRATIVE = "narrative"  # relative to the last date the text established
    AUTO = "auto"  # news when a DCT is known and the text reads as news, else narrative


@frozen(kw_only=True)
class Span:
    """Half-open character offsets ``[start, end)`` into the document text (``str`` indices)."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # the three checks in one call, not a validator a field: a span is made for every
        # candidate the rules find
        if self.start < 0:
            raise ValueError(f"start must be >= 0, got {self.start}")
        if self.end < 0:
            raise ValueError(f"end must be >= 0, got {self.end}")
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True if the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@frozen(kw_only=True)
class Mention:
    """One temporal expression found in a document, normalized to TIMEX3."""

    id: str
    span: Span
    text: str
    type: TimexType = field(validator=attrs.validators.instance_of(TimexType))
    value: str
    mod: Mod | None = None
    granularity: Granularity | None = None
    anchor: AnchorKind = AnchorKind.ABSOLUTE
    rule: str = ""
    """The id of the rule that found the mention (for debugging and error analysis)."""


@frozen(kw_only=True)
class Document:
    """One input text with its creation time and the mentions found in it."""

    id: str
    text: str
    source: str = ""
    dct: dt.date | None = None
    dct_source: DctSource = DctSource.NONE
    language: str = "en"
    mentions: tuple[Mention, ...] = field(default=(), converter=_mentions)


def _check_interval(instance: Event, attribute: attrs.Attribute[Any], value: Instant) -> None:
    if type(instance.start) is not type(value):
        raise TypeError("event start and end must both be dates or both be datetimes")
    if not _earlier(instance.start, value):
        raise ValueError(f"event end {value} must be after its start {instance.start}")


def _earlier(a: Instant, b: Instant) -> bool:
    """``a < b`` as instants: two aware datetimes of one zone compare by their wall clocks in
    Python, so an hour that a clock falls back over would run backwards (01:30 after 01:45)."""
    if (
        isinstance(a, dt.datetime)
        and isinstance(b, dt.datetime)
        and a.tzinfo is not None
        and a.tzinfo is b.tzinfo
    ):
        try:
            return a.astimezone(dt.UTC) < b.astimezone(dt.UTC)
        except OverflowError:  # within a day of the calendar's ends: the wall clocks tell
            pass
    return a < b


@frozen(kw_only=True)
class Event:
    """A dated event: a mention (or an anchored range of two) resolved to a calendar interval."""

    id: str
    document: str
    mention: str
    start: Instant
    end: Instant = field(validator=_check_interval)
    """Exclusive end of the interval."""
    granularity: Granularity
    value: str
    mod: Mod | None = None
    title: str
    sentence: str
    span: Span
    """Offsets of the dating expression (for a range: from the first mention to the last)."""
    source: str = ""
    mention_text: str = ""
    end_mention: str | None = None
    """For ranges ("from March to May"), the id of the mention that closes the range."""
    tz: str | None = None
    """The zone as the text gave it ("EDT", "GMT"), when a time carried one."""
    recurrence: str | None = None
    """For a set anchored on the calendar ("every Monday since March 2023"), its RFC 5545
    RRULE value ("FREQ=WEEKLY;BYDAY=MO"); the interval is then the first occurrence."""

    @property
    def is_timed(self) -> bool:
        """True when the event has a time of day (a ``datetime`` interval)."""
        return isinstance(self.start, dt.datetime)


@frozen(kw_only=True)
class Timeline:
    """Documents and their dated events, sorted chronologically."""

    documents: tuple[Document, ...] = field(default=(), converter=_documents)
    events: tuple[Event, ...] = field(default=(), converter=_events)

    def document(self, doc_id: str) -> Document:
        """Return the document with this id.

        Raises:
            KeyError: no document has this id.
        """
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)


def offset_minutes(offset: str) -> int:
    """The minutes east of UTC of a fixed UTC offset ("+05:30": 330, "-04:00": -240)."""
    sign = -1 if offset.startswith("-") else 1
    hours, _, minutes = offset.lstrip("+-").partition(":")
    return sign * (int(hours) * 60 + int(minutes or 0))


@functools.cache
def time_zone(key: str) -> zoneinfo.ZoneInfo | None:
    """The IANA time zone ``key`` names ("America/New_York"), or None when the key is unknown
    (the zone data ships with the ``tzdata`` package where the system has none)."""
    try:
        return zoneinfo.ZoneInfo(key)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
