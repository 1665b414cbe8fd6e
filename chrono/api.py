"""One-call functions: text in, timeline out; timeline in, bytes out."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable

import attrs

from chrono import __version__
from chrono.dct import detect_dct, heads_a_note, writes_day_first
from chrono.errors import OptionError
from chrono.events import anchor_document, event_sort_key
from chrono.extract import Extractor
from chrono.extract.normalize import parse_reference_date
from chrono.genre import choose_genre
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
        note = anchor is not None and heads_a_note(text, found, extractor.grammar, anchor)
        kind = Genre.NEWS if note else choose_genre(found, anchor)
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
