"""Find the document creation time in the text itself (a dateline before the body)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from chrono.extract import Found
from chrono.extract.grammar import Grammar
from chrono.model import TimexType

_FILLER = re.compile(r"[\s\[\](){}|,.:;\-–—/*#_\"'“”]*")


def _is_dateline(text: str, line_start: int, item: Found, grammar: Grammar) -> bool:
    """A press release's or a wire story's dateline: the place opens the line, the date and
    the wire follow, then a dash and the story ("SAN FRANCISCO, March 3, 2025 /PRNewswire/ --
    Acme today announced...")."""
    return bool(
        grammar.dateline_place.fullmatch(text, line_start, item.span.start)
        and grammar.dateline_after.match(text, item.span.end)
    )


def _is_full_date(item: Found) -> bool:
    """Whether ``item`` names a day of a given month and year."""
    spec = item.spec
    return spec.year is not None and spec.month is not None and spec.day is not None


def detect_dct(text: str, found: Sequence[Found], grammar: Grammar) -> dt.date | None:
    """The creation date written on its own line near the top of ``text``, if any.

    A full date (day, month and year) is the creation date when its line holds nothing else
    but brackets, punctuation, clock times and a label such as "Published:", or when it is a
    dateline: a place before it, a dash and the story after it.
    """
    for item in found:
        if item.span.start > grammar.dct_max_offset:
            break
        spec = item.spec
        if spec.year is None or spec.month is None or spec.day is None:
            continue
        line_start = text.rfind("\n", 0, item.span.start) + 1
        line_end = text.find("\n", item.span.end)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[line_start : item.span.start] + " " + text[item.span.end : line_end]
        dates = 0
        for other in found:
            on_line = line_start <= other.span.start and other.span.end <= line_end
            if other is item or not on_line:
                continue
            if other.spec.type is TimexType.TIME:
                rest = rest.replace(other.text, " ")
            elif _is_full_date(other):
                # "Admission Date: 04/22/2011  Discharge Date: 04/25/2011": the first date of a
                # line of labelled dates, each with its own label
                rest = rest.replace(other.text, " ")
                dates += 1
        rest, labels = grammar.dct_label.subn(" ", rest)
        if dates and labels <= dates:
            continue
        if _FILLER.fullmatch(rest) or _is_dateline(text, line_start, item, grammar):
            try:
                return dt.date(spec.year, spec.month, spec.day)
            except ValueError:
                continue
    return None
