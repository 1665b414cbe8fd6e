"""The JSON Lines writer: one self-contained event object per line, concatenable."""

from __future__ import annotations

import json
from typing import Any

import pytest
from golden_files import assert_golden
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import example_timeline, make_event, make_timeline, showcase_timeline, timelines

from chrono.model import Timeline
from chrono.writers import RenderOptions
from chrono.writers import json as json_writer
from chrono.writers.jsonl import render

EXTRA_KEYS = ["document_source", "dct"]


def lines(timeline: Timeline) -> list[dict[str, Any]]:
    """Parse the output the pandas-free way: split on newlines, json.loads each line."""
    data = render(timeline, RenderOptions())
    return [json.loads(line) for line in data.decode("utf-8").split("\n")[:-1]]


@pytest.mark.parametrize(
    ("name", "timeline"), [("showcase", showcase_timeline()), ("empty", Timeline())]
)
def test_golden_output(name: str, timeline: Timeline) -> None:
    """The bytes of hand-built timelines are those of tests/golden/jsonl."""
    assert_golden(f"jsonl/{name}.jsonl", render(timeline, RenderOptions()))


def test_each_line_is_the_json_event_plus_its_document() -> None:
    """A line holds the JSON writer's event keys in order, then document_source and dct."""
    timeline = showcase_timeline()
    events = json.loads(json_writer.render(timeline, RenderOptions()))["events"]
    got = lines(timeline)
    assert len(got) == len(events) == len(timeline.events)
    for line, event in zip(got, events, strict=True):
        assert list(line) == [*event, *EXTRA_KEYS]
        assert {k: line[k] for k in event} == event
    by_document = {line["document"]: (line["document_source"], line["dct"]) for line in got}
    assert by_document == {"d1": ("seeds/a.txt", "2023-09-12"), "d2": ("notes/b.txt", None)}


def test_lines_end_in_newline_without_blank_line_or_bom() -> None:
    """Every line ends in \\n, the last one too; no blank line, no BOM, no CR."""
    out = render(example_timeline(), RenderOptions())
    assert out.endswith(b"}\n")
    assert not out.endswith(b"\n\n")
    assert not out.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in out
    assert out.count(b"\n") == 3


def test_empty_timeline_gives_an_empty_file() -> None:
    """No events: no bytes at all, so concatenation stays clean."""
    assert render(Timeline(), RenderOptions()) == b""


def test_unicode_line_breaks_are_escaped() -> None:
    """U+0085, U+2028 and U+2029 are escaped, so splitlines() sees one line per event."""
    title = "a\x85b\u2028c\u2029d\ne\rf"
    out = render(make_timeline(make_event(title=title)), RenderOptions())
    text = out.decode("utf-8")
    assert len(text.splitlines()) == 1
    assert "\\u2028" in text and "\\u0085" in text
    assert json.loads(text)["title"] == title


def test_non_ascii_is_written_as_utf8_and_surrogates_replaced() -> None:
    """Non-ASCII text is kept as UTF-8; a lone surrogate becomes U+FFFD."""
    out = render(make_timeline(make_event(title="Café 😀 \ud800")), RenderOptions())
    assert "Café 😀".encode() in out
    assert json.loads(out)["title"] == "Café 😀 \ufffd"


def test_two_timelines_rendered_apart_concatenate_to_the_whole() -> None:
    """The earlier and the later events rendered apart, bytes joined, give the whole file."""
    whole = showcase_timeline()
    first = Timeline(documents=whole.documents, events=whole.events[:7])
    rest = Timeline(documents=whole.documents, events=whole.events[7:])
    options = RenderOptions()
    assert render(first, options) + render(rest, options) == render(whole, options)


@settings(max_examples=50, deadline=None)
@given(timelines(), st.data())
def test_any_timeline_gives_one_parsable_line_per_event_and_splits_cleanly(
    timeline: Timeline, data: st.DataObject
) -> None:
    """Any timeline: one JSON object per event, ids in order; any split concatenates back."""
    got = lines(timeline)
    assert [line["id"] for line in got] == [event.id for event in timeline.events]
    cut = data.draw(st.integers(min_value=0, max_value=len(timeline.events)))
    head = Timeline(documents=timeline.documents, events=timeline.events[:cut])
    tail = Timeline(documents=timeline.documents, events=timeline.events[cut:])
    options = RenderOptions()
    assert render(head, options) + render(tail, options) == render(timeline, options)
    assert render(timeline, options) == render(timeline, options)
