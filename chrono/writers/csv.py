"""The CSV writer (``--format csv``): one row per event, RFC 4180, UTF-8 without BOM.

Columns: ``start,end,granularity,value,mod,title,sentence,mention_text,document,source,offset,
edtf,display_date``. ``offset`` is where the dating expression starts in the document text (a
Python ``str`` index); ``edtf`` and ``display_date`` (added with JSON format version 2) are the
date in EDTF and in English, as in the JSON events. Rows follow the timeline order, the same as
the JSON ``events``. Lines end in CRLF; fields holding a comma, a quote or a line break are
quoted, quotes doubled.

Formula neutralisation: spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return as a formula. Every such cell in the text columns (``title``,
``sentence``, ``mention_text``, ``document``, ``source``, ``display_date``) gets a leading
apostrophe ``'``, which spreadsheets read as "this is text" and do not display. The apostrophe
is added, never stripped: a cell that already started with one is written unchanged, so a
reader that wants the original text removes one leading apostrophe only before those six
characters.

The machine columns (``start``, ``end``, ``granularity``, ``value``, ``mod``, ``offset``,
``edtf``) hold values chrono generates: ISO dates and times, enum names, TIMEX3 values,
integers, EDTF strings. They never start with those characters except a BC year in ISO form
(``-0043``), which is kept as it is so the column stays machine-readable. As a safety net, a
machine cell that starts with one of the characters without being such a year is neutralised
like text.

Lone surrogates, which UTF-8 cannot encode, become U+FFFD in every cell.
"""

from __future__ import annotations

import csv
import io
import re

from chrono.model import Event, Timeline
from chrono.writers import RenderOptions, register
from chrono.writers._common import format_instant, replace_surrogates
from chrono.writers._display import display_date, edtf

HEADER = (
    "start",
    "end",
    "granularity",
    "value",
    "mod",
    "title",
    "sentence",
    "mention_text",
    "document",
    "source",
    "offset",
    "edtf",
    "display_date",
)

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet evaluate a cell."""

_BC_ISO = re.compile(r"-\d{4,}(?:-\d\d(?:-\d\d)?)?")


@register("csv")
def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """Render a timeline's events as CSV.

    Args:
        timeline: the events to write (documents are reached through the event fields).
        options: unused; accepted for the writer contract.

    Returns:
        UTF-8 CSV text with a header row and CRLF line ends.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(_row(event) for event in timeline.events)
    return replace_surrogates(buffer.getvalue()).encode("utf-8")


def neutralize(cell: str) -> str:
    """Return ``cell`` with a leading apostrophe if a spreadsheet would run it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def _machine(cell: str) -> str:
    return cell if _BC_ISO.fullmatch(cell) else neutralize(cell)


def _row(event: Event) -> tuple[str, ...]:
    return (
        _machine(format_instant(event.start)),
        _machine(format_instant(event.end)),
        event.granularity.value,
        _machine(event.value),
        "" if event.mod is None else event.mod.value,
        neutralize(event.title),
        neutralize(event.sentence),
        neutralize(event.mention_text),
        neutralize(event.document),
        neutralize(event.source),
        str(event.span.start),
        _machine(edtf(event)),
        neutralize(display_date(event)),
    )
