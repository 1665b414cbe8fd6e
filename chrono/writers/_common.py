"""Helpers shared by the writers: instant formatting and text clean-up.

Every writer emits UTF-8, and a Python ``str`` may hold lone surrogates (text read with
``errors="surrogateescape"``, or built by hand), which UTF-8 cannot encode. The policy for all
formats is the same: each surrogate code point becomes U+FFFD REPLACEMENT CHARACTER. The
replacement is one code point for one code point, so character offsets into a document text
(``text[start:end]``) stay valid.
"""

from __future__ import annotations

import datetime as dt
import re

from chrono.model import Event, Instant, Timeline

REPLACEMENT = "\ufffd"
"""What an unencodable code point turns into (U+FFFD REPLACEMENT CHARACTER)."""

_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """Return ``text`` with every surrogate code point replaced by U+FFFD.

    Args:
        text: any Python string.

    Returns:
        A string of the same length that encodes to UTF-8 without error.
    """
    return _SURROGATE.sub(REPLACEMENT, text)


def is_aware(instant: Instant) -> bool:
    """True for a ``datetime`` that knows its UTC offset."""
    return isinstance(instant, dt.datetime) and instant.utcoffset() is not None


def format_instant(instant: Instant) -> str:
    """Format an interval bound as ISO 8601.

    A ``date`` gives ``YYYY-MM-DD``; a time-zone aware ``datetime`` gives its wall time with the
    offset (``2013-03-22T15:30:00-04:00``); a naive one is floating (``2013-03-22T15:30:00``).
    Fractional seconds appear only when the value has them.

    Args:
        instant: a ``date`` or a ``datetime``.

    Returns:
        The ISO 8601 text.
    """
    return instant.isoformat()


def event_source(timeline: Timeline, event: Event) -> str:
    """Where an event comes from: its own source, else its document's, else the document id.

    Args:
        timeline: the timeline holding the event.
        event: the event.

    Returns:
        A path (or the document id when the document has no source).
    """
    if event.source:
        return event.source
    try:
        return timeline.document(event.document).source or event.document
    except KeyError:
        return event.document


def source_line(timeline: Timeline, event: Event) -> str:
    """``Source: {source} [{start}:{end}] "{mention}"``: where the dating expression sits.

    Args:
        timeline: the timeline holding the event.
        event: the event.

    Returns:
        The line, with Python ``str`` offsets into the document text.
    """
    return (
        f"Source: {event_source(timeline, event)} [{event.span.start}:{event.span.end}] "
        f'"{event.mention_text}"'
    )
