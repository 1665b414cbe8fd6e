"""chrono: turn text into timelines.

Find every temporal expression in a text, normalize it to TIMEX3 / ISO 8601 at its true
granularity, anchor relative expressions, and export the dated events as JSON, CSV or iCalendar.
"""

from __future__ import annotations

__version__ = "0.1.0"

from chrono.api import build_timeline, extract_document, extract_timeline, render
from chrono.errors import ChronoError, InputError, OptionError, OutputError
from chrono.model import (
    AnchorKind,
    DctSource,
    Document,
    Event,
    Genre,
    Granularity,
    Mention,
    Mod,
    Span,
    Timeline,
    TimexType,
)

__all__ = [
    "AnchorKind",
    "ChronoError",
    "DctSource",
    "Document",
    "Event",
    "Genre",
    "Granularity",
    "InputError",
    "Mention",
    "Mod",
    "OptionError",
    "OutputError",
    "Span",
    "Timeline",
    "TimexType",
    "__version__",
    "build_timeline",
    "extract_document",
    "extract_timeline",
    "render",
]
