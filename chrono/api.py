"""One-call functions: text in, timeline out; timeline in, bytes out."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from chrono import __version__
from chrono.dct import detect_dct, writes_day_first
from chrono.errors import OptionError
from chrono.events import anchor_document, event_sort_key
from chrono.extract import Extractor, Found
from chrono.extract.normalize import parse_reference_date
from chrono.extract.spec import ERA_UNITS, AnchorPolicy, Spec
from chrono.model import DctSource, Document, Event, Genre, Span, Timeline
from chrono.writers import RenderOptions, formats, get_writer


@functools.cache
def _extractor(language: str, day_first: bool) -> Extractor:
    return Extractor(language=language, day_first=day_first)


def parse_genre(genre: Genre | str) -> Genre:
    """A genre from its name.

    Raises:
        OptionError: an unknown genre.
    """
    try:
        return genre if isinstance(genre, Genre) else Genre(genre)
    except ValueError:
        choices = ", ".join(g.value for g in Genre)
        raise OptionError(f"unknown genre {genre!r} (choose from {choices})") from None


def _of_an_era(spec: Spec) -> bool:
    """ "the second half of the century", "early in the century": a history's own period as
    much as the time of writing's, so no sign of news."""
    return spec.offset is not None and spec.offset.unit in ERA_UNITS


def _edge_of_the_unit(item: Found) -> bool:
    """ "by the end of the month", "early in the year": an edge of the unit a history is at as
    much as of the time of writing's (unlike "the end of this month"), so no sign of news."""
    spec = item.spec
    return (
        spec.mod is not None
        and spec.offset is not None
        and spec.offset.amount == 0
        and "this" not in item.text.lower().split()
    )


def choose_genre(found: Sequence[Found], dct: dt.date | None) -> Genre:
    """The anchoring policy ``--genre auto`` picks for a text.

    News when the document has a creation time and talks relative to it: at least one
    expression counted from the time of writing ("yesterday", "last week", "two years ago", a
    bare weekday) for every ten dated expressions; or when the years it names are mostly
    within two years of its date (see :func:`_told_away_from`). Otherwise (histories,
    biographies, texts without a date) narrative: relative expressions follow the dates the
    text establishes.
    """
    if dct is None:
        return Genre.NARRATIVE
    counted = [_counts_from_writing(item) for item in found]
    deictic = sum(counted)
    dated = sum(1 for item in found if item.spec.literal is None)
    if deictic and deictic * 10 >= dated:
        return Genre.NEWS
    if any(counted[:_LEAD]):
        return Genre.NEWS  # the lead says when, from the time of writing ("said on Thursday")
    return Genre.NARRATIVE if _told_away_from(found, dct) else Genre.NEWS


# The first expressions of a text, where a news story says when it happened.
_LEAD = 3


def _counts_from_writing(item: Found) -> bool:
    """An expression counted from the time of writing ("yesterday", "two years ago", a bare
    weekday), not one of a history's own period ("the end of the month")."""
    spec = item.spec
    return (
        spec.anchor is AnchorPolicy.DEICTIC and not _of_an_era(spec) and not _edge_of_the_unit(item)
    ) or (spec.weekday is not None and spec.month is None)


# How many years from its creation a text's own years may be and still be its present.
_NEAR_YEARS = 2


def _told_away_from(found: Sequence[Found], dct: dt.date) -> bool:
    """True when most years the text names are far from its creation date: the story is at
    another time (a history, a biography). A text that names no year, or mostly years near
    its date (a company's results: "the quarter ended Sept. 30, 1989", "fiscal 1988"), is
    news even when nothing in it counts from the time of writing."""
    years = [item.spec.year for item in found if item.spec.year is not None]
    if not years:
        return False
    far = sum(1 for year in years if abs(year - dct.year) > _NEAR_YEARS)
    return far * 2 > len(years)


def extract_document(
    text: str,
    *,
    dct: dt.date | str | None = None,
    genre: Genre | str = Genre.NEWS,
    day_first: bool = False,
    doc_id: str = "d1",
    source: str = "",
    language: str = "en",
) -> tuple[Document, tuple[Event, ...]]:
    """Find, normalize and anchor every temporal expression of one text.

    Args:
        text: the document text; offsets in the result are ``str`` indices into it.
        dct: the document creation time (a date or a date string). When None, a dateline in
            the text is used if there is one; otherwise relative expressions stay
            underspecified and are not placed on the timeline.
        genre: ``news`` anchors relative expressions to the DCT, ``narrative`` to the last
            date the text established, ``auto`` picks one (see :func:`choose_genre`).
        day_first: read "05/06/2023" as 5 June instead of May 6. Without it, a text whose
            numeric stamp is the ``dct`` read day first, or that writes a date only day first
            ("30/09/2023"), is read day first (see :func:`chrono.dct.writes_day_first`).
        doc_id: the document id used in mention ids.
        source: where the text came from (a path), recorded in the document and events.
        language: the rule set to use (only "en" ships).

    Returns:
        The document (with all its mentions) and its events, in text order.

    Raises:
        OptionError: an invalid ``dct`` or ``genre``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if "\r" in text:
        # rules, paragraphs, headings and datelines know one line end: read a Windows
        # ("\r\n") or classic Mac ("\r") file as "\n", then point back into the text as given
        doc, events = extract_document(
            _ONE_LINE_END.sub("\n", text),
            dct=dct,
            genre=genre,
            day_first=day_first,
            doc_id=doc_id,
            source=source,
            language=language,
        )
        return _in_original(text, doc, events)
    kind = parse_genre(genre)
    extractor = _extractor(language, day_first)
    found = extractor.find(text)
    if dct is not None:
        anchor: dt.date | None = parse_reference_date(dct, day_first=day_first)
        source_of_dct = DctSource.OPTION
        if (
            not day_first
            and anchor is not None
            and writes_day_first(found, anchor, extractor.grammar)
        ):
            extractor = _extractor(language, True)
            found = extractor.find(text)
    else:
        if not day_first and writes_day_first(found, None, extractor.grammar):
            # "Last updated: 12/09/2023" over "on 30/09/2023": the stamp is day first too
            extractor = _extractor(language, True)
            found = extractor.find(text)
        anchor = detect_dct(text, found, extractor.grammar)
        source_of_dct = DctSource.TEXT if anchor is not None else DctSource.NONE
    if kind is Genre.AUTO:
        kind = choose_genre(found, anchor)
    return anchor_document(
        text,
        found,
        grammar=extractor.grammar,
        doc_id=doc_id,
        source=source,
        dct=anchor,
        dct_source=source_of_dct,
        genre=kind,
    )


_ONE_LINE_END = re.compile(r"\r\n?")


def _in_original(
    text: str, doc: Document, events: tuple[Event, ...]
) -> tuple[Document, tuple[Event, ...]]:
    """``doc`` and ``events``, read from ``text`` with its line ends made ``"\\n"``, with
    their offsets and texts in ``text`` again (each ``"\\r\\n"`` was one character shorter)."""
    # where each dropped character would stand in the text that was read
    dropped = [m.start() - k for k, m in enumerate(re.finditer(r"\r(?=\n)", text))]

    def back(span: Span) -> Span:
        return Span(
            start=span.start + bisect.bisect_left(dropped, span.start),
            end=span.end + bisect.bisect_left(dropped, span.end),
        )

    mentions = []
    for m in doc.mentions:
        span = back(m.span)
        mentions.append(attrs.evolve(m, span=span, text=text[span.start : span.end]))
    moved = []
    for e in events:
        span = back(e.span)
        moved.append(attrs.evolve(e, span=span, mention_text=text[span.start : span.end]))
    return attrs.evolve(doc, text=text, mentions=tuple(mentions)), tuple(moved)


def build_timeline(
    texts: Iterable[tuple[str, str]],
    *,
    dct: dt.date | str | None = None,
    genre: Genre | str = Genre.NEWS,
    day_first: bool = False,
    language: str = "en",
) -> Timeline:
    """One timeline from several texts, given as ``(source, text)`` pairs (ids d1, d2...).

    Raises:
        OptionError: an invalid ``dct`` or ``genre``.
    """
    documents = []
    events: list[Event] = []
    for n, (source, text) in enumerate(texts, start=1):
        doc, doc_events = extract_document(
            text,
            dct=dct,
            genre=genre,
            day_first=day_first,
            doc_id=f"d{n}",
            source=source,
            language=language,
        )
        documents.append(doc)
        events.extend(doc_events)
    events.sort(key=event_sort_key)
    return Timeline(documents=tuple(documents), events=tuple(events))


def extract_timeline(
    text: str,
    *,
    dct: dt.date | str | None = None,
    genre: Genre | str = Genre.NEWS,
    day_first: bool = False,
    source: str = "",
    language: str = "en",
) -> Timeline:
    """The timeline of one text: its document, mentions and chronologically sorted events.

    Raises:
        OptionError: an invalid ``dct`` or ``genre``.
    """
    return build_timeline(
        [(source, text)], dct=dct, genre=genre, day_first=day_first, language=language
    )


def render(
    timeline: Timeline,
    format: str,
    *,
    calendar_name: str = "chrono timeline",
    ics_coarse: str = "span",
    dtstamp_epoch: int | None = None,
) -> bytes:
    """Serialize ``timeline`` in ``format`` (see :func:`chrono.writers.formats`).

    Raises:
        OptionError: an unknown format or writer option.
    """
    if format not in formats():
        raise OptionError(f"unknown format {format!r} (choose from {', '.join(formats())})")
    if ics_coarse not in ("span", "start", "skip"):
        raise OptionError(f"unknown coarse-date policy {ics_coarse!r} (span, start or skip)")
    options = RenderOptions(
        generator=f"chrono {__version__}",
        calendar_name=calendar_name,
        ics_coarse=ics_coarse,
        dtstamp_epoch=dtstamp_epoch,
    )
    return get_writer(format)(timeline, options)
