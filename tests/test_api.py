"""The public API: what ``import chrono`` offers and the promises its functions keep."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import types

import icalendar
import pytest

import chrono
from chrono import (
    AnchorKind,
    ChronoError,
    DctSource,
    Genre,
    Granularity,
    OptionError,
    Timeline,
    TimexType,
    build_timeline,
    extract_document,
    extract_timeline,
    render,
)
from chrono.writers import _BUILTIN, formats, get_writer

ARTICLE = (
    "Work on the bridge began in 2019. It opened on September 12, 2023, after a delay.\n"
    "In March 2021 the works stalled. It rained yesterday, and the mayor will speak on Friday."
)

EXPORTED = [
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


# What the package exports --------------------------------------------------------------------


def test_all_is_pinned() -> None:
    """``chrono.__all__`` is exactly the documented public API (a change here is an API change)."""
    assert chrono.__all__ == EXPORTED


def test_all_lists_every_public_name_of_the_package() -> None:
    """Every public, non-module attribute of ``chrono`` is in ``__all__`` (httpx's check)."""
    public = sorted(
        name
        for name, value in vars(chrono).items()
        if (not name.startswith("_") or name == "__version__")
        and not isinstance(value, types.ModuleType)
        and name != "annotations"  # from __future__ import annotations
    )
    assert public == sorted(chrono.__all__)


def test_every_exported_object_has_a_docstring() -> None:
    """Each exported class and function documents itself."""
    for name in chrono.__all__:
        if name != "__version__":
            assert getattr(chrono, name).__doc__, f"chrono.{name} has no docstring"


def test_version_is_the_installed_distribution_version() -> None:
    """``chrono.__version__`` matches the installed package metadata."""
    assert chrono.__version__ == importlib.metadata.version("chrono")


# extract_timeline ----------------------------------------------------------------------------


def test_extract_timeline_sorts_events_chronologically() -> None:
    """Events come out by start date, whatever their order in the text."""
    timeline = extract_timeline(ARTICLE, dct="2023-09-12")
    starts = [event.start for event in timeline.events]
    assert starts == [
        dt.date(2019, 1, 1),
        dt.date(2021, 3, 1),
        dt.date(2023, 9, 11),
        dt.date(2023, 9, 12),
        dt.date(2023, 9, 15),
    ]


def test_extract_timeline_gives_events_their_true_granularity() -> None:
    """A year spans the year, a month the month, a day one day; ``end`` is exclusive."""
    timeline = extract_timeline(ARTICLE, dct="2023-09-12")
    by_text = {event.mention_text: event for event in timeline.events}
    assert (by_text["2019"].granularity, by_text["2019"].end) == (
        Granularity.YEAR,
        dt.date(2020, 1, 1),
    )
    assert (by_text["March 2021"].granularity, by_text["March 2021"].end) == (
        Granularity.MONTH,
        dt.date(2021, 4, 1),
    )
    assert by_text["September 12, 2023"].end == dt.date(2023, 9, 13)


def test_extract_timeline_holds_one_document_with_its_source() -> None:
    """One text is document ``d1`` with the given source; events point back to it."""
    timeline = extract_timeline(ARTICLE, dct="2023-09-12", source="bridge.txt")
    (doc,) = timeline.documents
    assert (doc.id, doc.source, doc.text, doc.language) == ("d1", "bridge.txt", ARTICLE, "en")
    assert {(event.document, event.source) for event in timeline.events} == {("d1", "bridge.txt")}
    assert timeline.document("d1") is doc


def test_mention_offsets_slice_back_into_the_text() -> None:
    """``text[m.span.start:m.span.end] == m.text`` for every mention, even after a CRLF."""
    text = ARTICLE.replace("\n", "\r\n") + " Café 😀 closed on 3 May 2022."
    (doc,) = extract_timeline(text, dct="2023-09-12").documents
    assert len(doc.mentions) >= 6
    for mention in doc.mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
    assert "3 May 2022" in [mention.text for mention in doc.mentions]


def test_event_spans_slice_back_and_name_their_mention() -> None:
    """Each event's span slices back to its mention text, and its mention is in the document."""
    timeline = extract_timeline(ARTICLE, dct="2023-09-12")
    (doc,) = timeline.documents
    mention_ids = {mention.id for mention in doc.mentions}
    for event in timeline.events:
        assert ARTICLE[event.span.start : event.span.end] == event.mention_text
        assert event.mention in mention_ids
        assert event.start < event.end
        assert event.sentence and event.title


def test_dct_from_the_option_is_recorded_as_option() -> None:
    """``dct=`` wins over a dateline and is recorded with source ``option``."""
    text = "[September 12, 2023]\nIt rained yesterday."
    (doc,) = extract_timeline(text, dct="2024-01-02").documents
    assert (doc.dct, doc.dct_source) == (dt.date(2024, 1, 2), DctSource.OPTION)


@pytest.mark.parametrize(
    "dateline",
    [
        "[September 12, 2023]",
        "Published: 12 Sep 2023 10:30 BST",
        "2023-09-12",
        "Posted on 2023-09-12 by admin",
        "Posted on September 12, 2023 by Jane Q. Doe",
        "September 12, 2023 · 4 min read",
    ],
)
def test_dct_from_a_dateline_is_recorded_as_text(dateline: str) -> None:
    """A dateline on its own line near the top becomes the DCT (source ``text``) and anchors."""
    timeline = extract_timeline(f"{dateline}\nIt rained yesterday.")
    (doc,) = timeline.documents
    assert (doc.dct, doc.dct_source) == (dt.date(2023, 9, 12), DctSource.TEXT)
    assert dt.date(2023, 9, 11) in [event.start for event in timeline.events]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge opened on September 12, 2023, to traffic.",
        "On September 12, 2023 by law the tax rose.\nIt rained yesterday.",
    ],
)
def test_a_date_inside_a_sentence_is_not_a_dateline(text: str) -> None:
    """A date in running text does not become the DCT; the document has none."""
    (doc,) = extract_timeline(text).documents
    assert (doc.dct, doc.dct_source) == (None, DctSource.NONE)


@pytest.mark.parametrize(
    "dct", ["2023-09-12", "12 September 2023", dt.date(2023, 9, 12), dt.datetime(2023, 9, 12, 23)]
)
def test_dct_accepts_iso_and_written_strings_dates_and_datetimes(dct: str | dt.date) -> None:
    """``dct`` may be an ISO or written date string, a date or a datetime (its date is used)."""
    timeline = extract_timeline("It rained yesterday.", dct=dct)
    assert timeline.documents[0].dct == dt.date(2023, 9, 12)
    assert [event.start for event in timeline.events] == [dt.date(2023, 9, 11)]


def test_without_dct_relative_expressions_stay_underspecified() -> None:
    """No DCT, no dateline: "yesterday" and "last Friday" keep X values, anchor none, no event."""
    timeline = extract_timeline("It rained yesterday. They met last Friday.")
    (doc,) = timeline.documents
    assert (doc.dct, doc.dct_source) == (None, DctSource.NONE)
    assert [(m.text, m.anchor) for m in doc.mentions] == [
        ("yesterday", AnchorKind.NONE),
        ("last Friday", AnchorKind.NONE),
    ]
    assert all("X" in mention.value for mention in doc.mentions)
    assert doc.mentions[1].value == "XXXX-WXX-5"
    assert timeline.events == ()


def test_without_dct_absolute_dates_still_make_events() -> None:
    """Absolute dates need no anchor: they are events even without a DCT."""
    timeline = extract_timeline("It opened in 2019 and closed on 3 May 2022.")
    assert [event.value for event in timeline.events] == ["2019", "2022-05-03"]
    assert {m.anchor for m in timeline.documents[0].mentions} == {AnchorKind.ABSOLUTE}


def test_relative_expressions_anchor_to_the_dct_in_news() -> None:
    """With a DCT, "yesterday" resolves against it and records anchor ``dct``."""
    (doc,) = extract_timeline("It rained yesterday.", dct="2023-09-12").documents
    (mention,) = doc.mentions
    assert (mention.value, mention.anchor, mention.type) == (
        "2023-09-11",
        AnchorKind.DCT,
        TimexType.DATE,
    )


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The mayor will speak on Friday.", "2023-09-15"),
        ("The mayor spoke on Friday.", "2023-09-08"),
        ("The offer had been scheduled to expire Friday.", "2023-09-08"),
        ("The offer is scheduled to expire Friday.", "2023-09-15"),
        ("We'll meet Monday, she said.", "2023-09-18"),
        ("They’ll vote Monday.", "2023-09-18"),
        ("They voted Monday.", "2023-09-11"),
    ],
)
def test_tense_decides_the_direction_of_a_weekday(sentence: str, value: str) -> None:
    """A bare "Friday" is the next one in the future tense and the last one in the past tense."""
    timeline = extract_timeline(sentence, dct="2023-09-12")  # a Tuesday
    assert [event.value for event in timeline.events] == [value]


@pytest.mark.parametrize(("genre", "value"), [("news", "2023-03"), (Genre.NARRATIVE, "1989-03")])
def test_genre_decides_what_a_relative_month_counts_from(genre: str | Genre, value: str) -> None:
    """news: "In March" counts from the DCT; narrative: from the last date the text gave. (A
    news sentence that opens on the date starts a backstory instead: tests/test_story_year.py.)"""
    text = "Troops moved in on June 4, 1989. In March they had gathered."
    (doc,) = extract_timeline(text, dct="2023-09-12", genre=genre).documents
    assert [m.value for m in doc.mentions if m.text == "March"] == [value]


def test_day_first_flips_numeric_dates() -> None:
    """``day_first=True`` reads 05/06/2023 as 5 June."""
    assert extract_timeline("Signed 05/06/2023.").events[0].value == "2023-05-06"
    assert extract_timeline("Signed 05/06/2023.", day_first=True).events[0].value == "2023-06-05"


def test_event_ids_are_stable_across_runs_and_edits_elsewhere() -> None:
    """The same text gives the same ids; a sentence added elsewhere keeps the others' ids."""
    first = {e.mention_text: e.id for e in extract_timeline(ARTICLE, dct="2023-09-12").events}
    again = {e.mention_text: e.id for e in extract_timeline(ARTICLE, dct="2023-09-12").events}
    edited = "A preface from 1999.\n" + ARTICLE
    moved = {e.mention_text: e.id for e in extract_timeline(edited, dct="2023-09-12").events}
    assert first == again
    assert {text: moved[text] for text in first} == first
    assert len(set(first.values())) == len(first)


def test_empty_text_gives_an_empty_timeline() -> None:
    """An empty string is a document with no mentions and no events."""
    timeline = extract_timeline("")
    assert timeline.events == ()
    assert timeline.documents[0].mentions == ()


def test_text_must_be_a_string() -> None:
    """Bytes are refused with a TypeError (decode them first, or use the CLI's readers)."""
    with pytest.raises(TypeError, match="str"):
        extract_timeline(b"2019")  # type: ignore[arg-type]


# extract_document and build_timeline ---------------------------------------------------------


def test_extract_document_returns_the_document_and_its_events_in_text_order() -> None:
    """Events of one document come in text order, with ids from ``doc_id``."""
    doc, events = extract_document(ARTICLE, dct="2023-09-12", doc_id="d7", source="x.txt")
    assert (doc.id, doc.source, doc.dct_source) == ("d7", "x.txt", DctSource.OPTION)
    assert [e.span.start for e in events] == sorted(e.span.start for e in events)
    assert all(m.id.startswith("d7.m") for m in doc.mentions)
    assert {e.document for e in events} == {"d7"}


def test_build_timeline_numbers_documents_and_merges_their_events() -> None:
    """``(source, text)`` pairs become d1, d2...; events of all documents sort together."""
    timeline = build_timeline(
        [("b.txt", "The bridge opened on March 3, 2021."), ("a.txt", "The tunnel opened in 1999.")]
    )
    assert [(d.id, d.source) for d in timeline.documents] == [("d1", "b.txt"), ("d2", "a.txt")]
    assert [(e.document, e.value) for e in timeline.events] == [
        ("d2", "1999"),
        ("d1", "2021-03-03"),
    ]


def test_build_timeline_of_nothing_is_empty() -> None:
    """No texts give a timeline with no documents and no events."""
    assert build_timeline([]) == Timeline()


# render --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "csv", "ics", "timeml"])
def test_render_gives_deterministic_utf8_bytes_in_every_format(fmt: str) -> None:
    """Each format renders to UTF-8 bytes, the same on every call."""
    timeline = extract_timeline(ARTICLE, dct="2023-09-12")
    data = render(timeline, fmt)
    assert isinstance(data, bytes)
    data.decode("utf-8")
    assert render(timeline, fmt) == data


def test_render_formats_are_the_registered_writers() -> None:
    """``render`` accepts the registered formats, sorted, the 0.1 four and the app dialects."""
    assert formats() == tuple(sorted(formats()))
    assert {"csv", "ics", "json", "timeml"} <= set(formats())
    dialects = {"jsonl", "gcal-csv", "outlook-csv", "timelinejs", "timelinejs-csv", "tilse"}
    assert dialects <= set(formats())


def test_each_format_is_registered_by_the_module_its_table_names() -> None:
    """The lazily imported writer modules register exactly the formats the registry lists."""
    for name in formats():
        assert get_writer(name).__module__ == f"chrono.writers.{_BUILTIN[name]}"
    assert set(formats()) == set(_BUILTIN)


def test_render_ics_parses_back_with_one_vevent_per_event() -> None:
    """``render(timeline, "ics")`` reads back with icalendar, named and stamped as asked."""
    timeline = extract_timeline(ARTICLE, dct="2023-09-12")
    data = render(timeline, "ics", calendar_name="Bridge", dtstamp_epoch=0)
    calendar = icalendar.Calendar.from_ical(data)
    assert len(calendar.events) == len(timeline.events)
    assert calendar["X-WR-CALNAME"] == "Bridge"
    assert {event.DTSTAMP for event in calendar.events} == {dt.datetime(1970, 1, 1, tzinfo=dt.UTC)}


def test_render_ics_coarse_skip_leaves_out_events_coarser_than_a_day() -> None:
    """``ics_coarse="skip"`` drops the year and the month, keeps the days."""
    timeline = extract_timeline(ARTICLE, dct="2023-09-12")
    calendar = icalendar.Calendar.from_ical(render(timeline, "ics", ics_coarse="skip"))
    days = [e for e in timeline.events if e.granularity is Granularity.DAY]
    assert len(calendar.events) == len(days) == 3


def test_render_json_follows_the_documented_layout() -> None:
    """The JSON has format_version 2, the generator, documents with mentions, and events."""
    timeline = extract_timeline(ARTICLE, dct="2023-09-12", source="bridge.txt")
    data = json.loads(render(timeline, "json"))
    assert list(data) == ["format_version", "generator", "documents", "events"]
    assert (data["format_version"], data["generator"]) == (2, f"chrono {chrono.__version__}")
    assert data["documents"][0]["dct_source"] == "option"
    assert [e["start"] for e in data["events"]] == [e.start.isoformat() for e in timeline.events]


# Errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize("dct", ["2023-13-45", "2023-02-29", "yesterday", "2023", ""])
def test_bad_dct_raises_option_error(dct: str) -> None:
    """An impossible, relative, partial or empty DCT is an OptionError naming it."""
    with pytest.raises(OptionError, match=repr(dct)):
        extract_timeline("It rained yesterday.", dct=dct)


def test_bad_genre_raises_option_error() -> None:
    """An unknown genre is an OptionError listing the choices."""
    with pytest.raises(OptionError, match="news, narrative"):
        extract_timeline("2019", genre="poetry")


def test_bad_format_raises_option_error() -> None:
    """An unknown format is an OptionError listing the formats."""
    with pytest.raises(OptionError, match=r"csv, .*ics, json, .*timeml"):
        render(extract_timeline("2019"), "xml")


def test_bad_ics_coarse_policy_raises_option_error() -> None:
    """An unknown coarse-date policy is an OptionError, whatever the format."""
    with pytest.raises(OptionError, match="all"):
        render(extract_timeline("2019"), "json", ics_coarse="all")


def test_option_error_is_a_chrono_error() -> None:
    """Callers can catch every user-facing problem as ChronoError."""
    assert issubclass(OptionError, ChronoError)
    assert issubclass(chrono.InputError, ChronoError)
    assert issubclass(chrono.OutputError, ChronoError)
