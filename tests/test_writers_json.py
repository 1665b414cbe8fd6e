"""The JSON writer keeps the FORMATS.md contract."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from hypothesis import given, settings
from strategies import example_timeline, make_event, make_timeline, timelines

from chrono.model import Granularity, Mod, Timeline
from chrono.writers import RenderOptions
from chrono.writers.json import render

DOCUMENT_KEYS = ["id", "source", "dct", "dct_source", "language", "mentions"]
MENTION_KEYS = [
    "id",
    "start",
    "end",
    "text",
    "type",
    "value",
    "mod",
    "granularity",
    "anchor",
]
EVENT_KEYS = [
    "id",
    "document",
    "mention",
    "start",
    "end",
    "granularity",
    "value",
    "mod",
    "title",
    "sentence",
    "edtf",
    "display_date",
    "source",
    "mention_text",
    "end_mention",
    "tz",
]


def dump(timeline: Timeline, **options: Any) -> Any:
    return json.loads(render(timeline, RenderOptions(**options)).decode("utf-8"))


def test_top_level_keys_follow_the_documented_order() -> None:
    """The object has format_version 2, the generator, documents, events, in that order."""
    data = dump(example_timeline(), generator="chrono 9.9.9")
    assert list(data) == ["format_version", "generator", "documents", "events"]
    assert data["format_version"] == 2
    assert data["generator"] == "chrono 9.9.9"


def test_documents_mentions_and_events_keep_their_key_order() -> None:
    """Documented keys come first in the documented order; the extras follow them."""
    data = dump(example_timeline())
    assert [list(doc) for doc in data["documents"]] == [DOCUMENT_KEYS]
    assert {tuple(m) for m in data["documents"][0]["mentions"]} == {tuple(MENTION_KEYS)}
    assert {tuple(e) for e in data["events"]} == {tuple(EVENT_KEYS)}


def test_document_and_mention_values_round_trip() -> None:
    """Document fields and every mention (enums as their values, null when unset) read back."""
    doc = dump(example_timeline())["documents"][0]
    assert doc["id"] == "d1"
    assert doc["source"] == "seeds/a.txt"
    assert doc["dct"] == "2023-09-12"
    assert doc["dct_source"] == "option"
    assert doc["language"] == "en"
    assert doc["mentions"][0] == {
        "id": "d1.m1",
        "start": 21,
        "end": 39,
        "text": "September 12, 2023",
        "type": "DATE",
        "value": "2023-09-12",
        "mod": None,
        "granularity": "day",
        "anchor": "absolute",
    }
    assert doc["mentions"][3]["granularity"] is None
    assert doc["mentions"][3]["anchor"] == "none"


def test_mention_offsets_slice_back_into_the_text() -> None:
    """``text[start:end]`` of the source document is the mention text."""
    timeline = example_timeline()
    text = timeline.documents[0].text
    for mention in dump(timeline)["documents"][0]["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]


def test_events_keep_timeline_order_and_fields() -> None:
    """Events appear in the timeline's order with ids, granularity, value and title."""
    events = dump(example_timeline())["events"]
    assert [e["id"] for e in events] == ["d1.e3", "d1.e2", "d1.e1"]
    day = events[2]
    assert day["document"] == "d1"
    assert day["mention"] == "d1.m1"
    assert day["granularity"] == "day"
    assert day["value"] == "2023-09-12"
    assert day["mod"] is None
    assert day["title"] == "The bridge opened"
    assert day["sentence"] == "The bridge opened on September 12, 2023."
    assert day["source"] == "seeds/a.txt"
    assert day["mention_text"] == "September 12, 2023"
    assert day["end_mention"] is None
    assert day["tz"] is None
    assert day["edtf"] == "2023-09-12"
    assert day["display_date"] == "12 September 2023"


def test_events_name_their_date_in_edtf_and_in_words() -> None:
    """Each event carries its EDTF value and its display date (format version 2)."""
    timed, year, _ = dump(example_timeline())["events"]
    assert (timed["edtf"], timed["display_date"]) == (
        "2013-03-22T15:30:00-04:00",
        "22 March 2013, 15:30 EDT",
    )
    assert (year["edtf"], year["display_date"]) == ("2019", "2019")
    approx = make_event(
        start=dt.date(1990, 1, 1), end=dt.date(2000, 1, 1), granularity=Granularity.DECADE
    )
    data = dump(make_timeline(approx, make_event(mod=Mod.APPROX)))["events"]
    assert [(e["edtf"], e["display_date"]) for e in data] == [
        ("199X", "the 1990s"),
        ("2023-09-12~", "c. 12 September 2023"),
    ]


def test_dates_are_iso_days_with_exclusive_end() -> None:
    """A year is written as [YYYY-01-01, YYYY+1-01-01)."""
    year = dump(example_timeline())["events"][1]
    assert (year["start"], year["end"]) == ("2019-01-01", "2020-01-01")


def test_aware_times_carry_their_offset() -> None:
    """A time with a known zone keeps its wall time and offset, plus the zone as written."""
    timed = dump(example_timeline())["events"][0]
    assert timed["start"] == "2013-03-22T15:30:00-04:00"
    assert timed["end"] == "2013-03-22T15:31:00-04:00"
    assert timed["tz"] == "EDT"


def test_naive_times_are_floating() -> None:
    """A time without a zone has no offset."""
    event = make_event(
        start=dt.datetime(2013, 3, 22, 15, 30),
        end=dt.datetime(2013, 3, 22, 16, 30),
        granularity=Granularity.HOUR,
    )
    data = dump(make_timeline(event))["events"][0]
    assert (data["start"], data["end"]) == ("2013-03-22T15:30:00", "2013-03-22T16:30:00")


def test_mod_and_range_end_are_written() -> None:
    """A TIMEX3 mod is written by name and a range names its closing mention."""
    event = make_event(mod=Mod.START, end_mention="d1.m2")
    data = dump(make_timeline(event))["events"][0]
    assert data["mod"] == "START"
    assert data["end_mention"] == "d1.m2"


def test_output_is_indented_utf8_with_a_trailing_newline() -> None:
    """Bytes are UTF-8 without BOM or ASCII escapes, indented by two, ending in a newline."""
    out = render(make_timeline(make_event(title="Ça a ouvert — 😀")), RenderOptions())
    assert out.endswith(b"}\n")
    assert not out.startswith(b"\xef\xbb\xbf")
    assert "Ça a ouvert — 😀".encode() in out
    assert out.startswith(b'{\n  "format_version": 2,\n')


def test_rendering_is_deterministic() -> None:
    """The same timeline and options give the same bytes."""
    assert render(example_timeline(), RenderOptions()) == render(
        example_timeline(), RenderOptions()
    )


def test_lone_surrogates_become_replacement_characters() -> None:
    """A lone surrogate turns into U+FFFD, so the output is valid UTF-8 and lengths are kept."""
    event = make_event(title="a\ud800b", sentence="\udfff")
    out = render(make_timeline(event), RenderOptions())
    data = json.loads(out.decode("utf-8"))
    assert data["events"][0]["title"] == "a\ufffdb"
    assert data["events"][0]["sentence"] == "\ufffd"


def test_control_characters_are_escaped() -> None:
    """Control characters survive as JSON escapes and read back unchanged."""
    title = "nul\x00 tab\t cr\r lf\n del\x7f"
    out = render(make_timeline(make_event(title=title)), RenderOptions())
    assert b"\\u0000" in out
    assert json.loads(out.decode("utf-8"))["events"][0]["title"] == title


def test_empty_timeline_gives_empty_lists() -> None:
    """No documents and no events still give the full object."""
    assert dump(Timeline(), generator="g") == {
        "format_version": 2,
        "generator": "g",
        "documents": [],
        "events": [],
    }


@settings(max_examples=75, deadline=None)
@given(timelines())
def test_any_timeline_reads_back_with_its_events_and_titles(timeline: Timeline) -> None:
    """Any timeline gives UTF-8 JSON with the same events, titles and mention offsets."""
    data = json.loads(render(timeline, RenderOptions()).decode("utf-8"))
    assert [e["id"] for e in data["events"]] == [e.id for e in timeline.events]
    assert [e["title"] for e in data["events"]] == [_clean(e.title) for e in timeline.events]
    for doc, written in zip(timeline.documents, data["documents"], strict=True):
        assert [(m["start"], m["end"]) for m in written["mentions"]] == [
            (m.span.start, m.span.end) for m in doc.mentions
        ]


def _clean(text: str) -> str:
    return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
