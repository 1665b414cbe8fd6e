"""Properties of the whole pipeline over arbitrary text: it never raises, offsets always slice
back, events are real intervals, and every output format parses back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import extractor_texts

from chrono import AnchorKind, Genre, build_timeline, extract_document, render

# Modest budgets keep the file at a few seconds; the deadline is off because the first
# example pays for compiling the grammar.
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The whole calendar: random dates rarely land on its first or last days, so EDGE_CASES below
# pins those explicitly.
dcts = st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
genres = st.sampled_from(Genre)

EDGE_CASES = [
    ("It rained yesterday. They met last Friday and last week.", dt.date(1, 1, 1)),
    ("See you tomorrow, next week, next Friday, three days later.", dt.date(9999, 12, 31)),
    # a range of weekdays whose start would fall before year 1 (found by tools/fuzz.py)
    ("Open Monday-Monday.", dt.date(1, 1, 1)),
    # an aware time whose UTC instant is in year 10000; a month after the last one
    (
        "The call runs from 3 p.m. to 7 p.m. ET. Pay by the 12th of next month.",
        dt.date(9999, 12, 31),
    ),
]


@PROPERTY
@given(text=extractor_texts(), dct=dcts, genre=genres, day_first=st.booleans())
def test_extract_document_never_raises(
    text: str, dct: dt.date | None, genre: Genre, day_first: bool
) -> None:
    """Any string, any DCT, either genre, either date order: extraction returns normally."""
    doc, events = extract_document(text, dct=dct, genre=genre, day_first=day_first)
    assert doc.text == text
    assert len(events) <= len(doc.mentions)


@pytest.mark.parametrize(("text", "dct"), EDGE_CASES)
def test_relative_dates_at_the_ends_of_the_calendar_do_not_raise(text: str, dct: dt.date) -> None:
    """ "yesterday" on 0001-01-01 or "tomorrow" on 9999-12-31 has no date, but is no crash."""
    doc, events = extract_document(text, dct=dct)
    assert all(event.start < event.end for event in events)
    unplaced = [m for m in doc.mentions if m.text in ("yesterday", "tomorrow")]
    assert all(m.anchor is AnchorKind.NONE and "X" in m.value for m in unplaced)


@PROPERTY
@given(text=extractor_texts(), dct=dcts)
def test_every_mention_slices_back(text: str, dct: dt.date | None) -> None:
    """``text[m.span.start:m.span.end] == m.text`` for every mention, and ids are unique."""
    doc, _ = extract_document(text, dct=dct)
    for mention in doc.mentions:
        assert 0 <= mention.span.start < mention.span.end <= len(text)
        assert text[mention.span.start : mention.span.end] == mention.text
    assert len({mention.id for mention in doc.mentions}) == len(doc.mentions)


@PROPERTY
@given(text=extractor_texts(), dct=dcts, genre=genres)
def test_every_event_is_an_interval_whose_span_slices_back(
    text: str, dct: dt.date | None, genre: Genre
) -> None:
    """Each event has start < end, a span that slices back, and a mention of its document."""
    doc, events = extract_document(text, dct=dct, genre=genre)
    mention_ids = {mention.id for mention in doc.mentions}
    for event in events:
        assert event.start < event.end
        assert text[event.span.start : event.span.end] == event.mention_text
        assert event.mention in mention_ids
        assert event.end_mention is None or event.end_mention in mention_ids


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(extractor_texts(), min_size=1, max_size=3), dct=dcts)
def test_json_csv_and_ics_of_any_timeline_parse_back(texts: list[str], dct: dt.date | None) -> None:
    """The timeline of any texts renders to JSON, CSV and iCalendar that parse back whole."""
    timeline = build_timeline([(f"t{n}.txt", text) for n, text in enumerate(texts)], dct=dct)
    count = len(timeline.events)

    data = json.loads(render(timeline, "json"))
    assert len(data["events"]) == count
    assert [len(d["mentions"]) for d in data["documents"]] == [
        len(d.mentions) for d in timeline.documents
    ]

    rows = list(csv.reader(io.StringIO(render(timeline, "csv").decode("utf-8"), newline="")))
    assert len(rows) == count + 1
    assert {len(row) for row in rows} == {len(rows[0])}

    calendar = icalendar.Calendar.from_ical(render(timeline, "ics", ics_coarse="span"))
    assert len(calendar.events) == count
