"""The Vega-Lite writer: a valid specification, the events inlined, labels that never overlap."""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import itertools
import json
from typing import Any

import altair as alt
import jsonschema  # type: ignore[import-untyped]  # no stubs installed
import pytest
import vl_convert as vlc
from hypothesis import given, settings
from strategies import example_timeline, make_event, make_timeline, timelines

from chrono.model import Document, Granularity, Mod, Timeline
from chrono.writers import RenderOptions
from chrono.writers.vegalite import SCHEMA, WIDTH, render, text_width

EDT = dt.timezone(dt.timedelta(hours=-4))
VL5 = max(
    (v for v in vlc.get_vegalite_versions() if v.startswith("5.")),
    key=lambda v: tuple(int(p) for p in v.split(".")),
)


def vl(timeline: Timeline, **options: Any) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(render(timeline, RenderOptions(**options)))
    return spec


def records(spec: dict[str, Any]) -> list[dict[str, Any]]:
    values: list[dict[str, Any]] = spec["data"]["values"]
    return values


def axis_ends(spec: dict[str, Any]) -> tuple[dt.datetime, dt.datetime]:
    """The two ends of the time axis, from the layer that pins them."""
    ends = spec["layer"][0]["data"]["values"]
    low, high = (parse_iso(end["at"]) for end in ends)
    return low, high


def parse_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.removesuffix("Z"))


@functools.cache
def schema_validator() -> Any:
    """A validator for the Vega-Lite JSON schema that Altair ships (no network)."""
    path = importlib.resources.files(alt.vegalite.v6.schema) / "vega-lite-schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def assert_valid(spec: dict[str, Any]) -> None:
    """Valid against the Vega-Lite JSON schema, and compiled to Vega by Vega-Lite 5."""
    schema_validator().validate(spec)
    vega = vlc.vegalite_to_vega(spec, vl_version=VL5)
    assert vega["$schema"].startswith("https://vega.github.io/schema/vega/")


def test_altair_reads_the_spec() -> None:
    """The README recipe works: Altair builds a chart from the file and writes it back."""
    chart = alt.Chart.from_dict(vl(example_timeline()))
    written = chart.to_dict()  # Altair moves inline data to "datasets"
    (values,) = written["datasets"].values()
    assert [v["id"] for v in values] == ["d1.e3", "d1.e2", "d1.e1"]
    assert isinstance(chart, alt.LayerChart)


def test_spec_is_valid_vega_lite_5() -> None:
    """The output names the Vega-Lite 5 schema, validates, and compiles."""
    spec = vl(example_timeline())
    assert spec["$schema"] == SCHEMA
    assert_valid(spec)


def test_output_is_indented_utf8_json_with_a_newline() -> None:
    """The bytes are UTF-8 JSON (non-ASCII kept), indented, ending in a newline."""
    out = render(make_timeline(make_event(title="Café 😀")), RenderOptions())
    assert out.endswith(b"}\n")
    assert "Café 😀".encode() in out
    assert out.startswith(b'{\n  "$schema"')


def test_events_are_inlined_in_timeline_order_with_their_fields() -> None:
    """data.values holds one record per event with its dates, title, label and source."""
    values = records(vl(example_timeline()))
    assert [v["id"] for v in values] == ["d1.e3", "d1.e2", "d1.e1"]
    meeting, year, day = values
    assert meeting["date"] == "22 March 2013, 15:30 EDT"
    assert year["date"] == "2019"
    assert (year["start"], year["end"]) == ("2019-01-01", "2020-01-01")
    assert (day["start"], day["end"]) == ("2023-09-12", "2023-09-13")
    assert day["title"] == "The bridge opened"
    assert day["sentence"] == "The bridge opened on September 12, 2023."
    assert day["document"] == "d1"
    assert day["source"] == "seeds/a.txt"
    assert day["offset"] == "[21:39]"
    assert day["granularity"] == "day"
    assert day["approximate"] is False


def test_one_timed_zone_keeps_the_texts_wall_clock_on_the_axis() -> None:
    """With one UTC offset among the times, they sit at their wall-clock time, the axis says
    which offset, and a floating time keeps its own clock."""
    start = dt.datetime(2013, 3, 22, 15, 30, tzinfo=EDT)
    floating = dt.datetime(2013, 3, 22, 9, 0)
    spec = vl(
        make_timeline(
            make_event(
                start=start, end=start + dt.timedelta(hours=1), granularity=Granularity.HOUR
            ),
            make_event(
                id="d1.e2",
                start=floating,
                end=floating + dt.timedelta(hours=1),
                granularity=Granularity.HOUR,
            ),
        )
    )
    assert [v["start"] for v in records(spec)] == ["2013-03-22T15:30:00Z", "2013-03-22T09:00:00Z"]
    assert spec["layer"][0]["encoding"]["x"]["axis"]["title"] == "UTC-04:00"


def test_several_offsets_put_times_in_utc() -> None:
    """Times in two offsets are placed in UTC, and the axis says so."""
    one = dt.datetime(2013, 3, 22, 15, 30, tzinfo=EDT)
    two = dt.datetime(2013, 3, 22, 15, 30, tzinfo=dt.UTC)
    spec = vl(
        make_timeline(
            make_event(start=one, end=one + dt.timedelta(hours=1), granularity=Granularity.HOUR),
            make_event(
                id="d1.e2", start=two, end=two + dt.timedelta(hours=1), granularity=Granularity.HOUR
            ),
        )
    )
    assert [v["start"] for v in records(spec)] == ["2013-03-22T19:30:00Z", "2013-03-22T15:30:00Z"]
    assert spec["layer"][0]["encoding"]["x"]["axis"]["title"] == "UTC"


def test_intervals_are_bars_and_short_events_points() -> None:
    """A year on a five-year axis is a bar; a day on it is a point."""
    values = records(vl(example_timeline()))
    assert [v["mark"] for v in values] == ["point", "span", "point"]
    layers = vl(example_timeline())["layer"]
    bar = next(layer for layer in layers if layer["mark"]["type"] == "bar")
    assert bar["encoding"]["x"]["field"] == "start"
    assert bar["encoding"]["x2"]["field"] == "end"


def test_a_day_on_an_axis_of_days_is_a_bar() -> None:
    """When the axis spans a few days, a day is wide enough to be drawn as the span it is."""
    days = make_timeline(
        make_event(),
        make_event(id="d1.e2", start=dt.date(2023, 9, 14), end=dt.date(2023, 9, 15)),
    )
    assert {v["mark"] for v in records(vl(days))} == {"span"}


def test_approximate_dates_are_flagged_and_drawn_faded_and_dashed() -> None:
    """A date with a mod is approximate: lower opacity and a dashed outline."""
    spec = vl(make_timeline(make_event(mod=Mod.APPROX)))
    (value,) = records(spec)
    assert value["approximate"] is True
    assert value["date"] == "c. 12 September 2023"
    bar = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "bar")
    assert bar["encoding"]["opacity"]["condition"] == {"test": "datum.approximate", "value": 0.4}
    assert bar["encoding"]["strokeDash"]["condition"]["value"] == [4, 3]


def test_tooltips_show_title_sentence_and_source() -> None:
    """Every mark has a tooltip with the date, title, sentence and source."""
    spec = vl(example_timeline())
    for layer in spec["layer"][1:]:
        fields = [t["field"] for t in layer["encoding"]["tooltip"]]
        assert {"date", "title", "sentence", "source"} <= set(fields)


def test_several_documents_get_a_header_row_each() -> None:
    """Events are grouped by document, each group under a header row with its source."""
    timeline = Timeline(
        documents=[
            Document(id="d1", text="", source="a.txt"),
            Document(id="d2", text="", source="b.txt"),
        ],
        events=[
            make_event(id="d1.e1", document="d1", source="a.txt"),
            make_event(id="d2.e1", document="d2", source="b.txt"),
            make_event(
                id="d1.e2",
                document="d1",
                source="a.txt",
                start=dt.date(2023, 9, 13),
                end=dt.date(2023, 9, 14),
            ),
        ],
    )
    spec = vl(timeline)
    headers = spec["layer"][-1]["data"]["values"]
    # Both days of a.txt and their labels cannot share a line: a.txt takes rows 1 and 2.
    assert headers == [{"row": 0, "header": "a.txt"}, {"row": 3, "header": "b.txt"}]
    rows = {v["id"]: (v["group"], v["row"]) for v in records(spec)}
    assert rows == {"d1.e1": ("a.txt", 1), "d1.e2": ("a.txt", 2), "d2.e1": ("b.txt", 4)}
    assert_valid(spec)


def test_one_document_has_no_header_row() -> None:
    """A single document needs no header: its rows start at 0."""
    spec = vl(example_timeline())
    assert all(
        layer.get("data", {}).get("values", [{}])[0].get("header") is None
        for layer in spec["layer"]
    )
    assert min(v["row"] for v in records(spec)) == 0


def test_long_labels_are_shortened_to_fit() -> None:
    """A title too long for the chart is cut with an ellipsis; the record keeps it whole."""
    title = "A very long title " * 20
    (value,) = records(vl(make_timeline(make_event(title=title))))
    assert value["label"].endswith("…")
    assert value["title"] == title
    assert text_width(value["label"]) < WIDTH


def test_labels_never_overlap_in_a_row() -> None:
    """Events whose labels would collide go to different lanes."""
    crowded = make_timeline(
        *(
            make_event(id=f"d1.e{n}", start=dt.date(2023, 9, n), end=dt.date(2023, 9, n + 1))
            for n in range(1, 6)
        )
    )
    spec = vl(crowded)
    assert len({v["row"] for v in records(spec)}) > 1
    assert_no_overlap(spec)


def assert_no_overlap(spec: dict[str, Any]) -> None:
    """In each row, the extents of marks and labels (in pixels) are disjoint."""
    values = records(spec)
    if not values:
        return
    low, high = axis_ends(spec)

    def px(text: str) -> float:
        return (parse_iso(text) - low) / (high - low) * WIDTH

    extents: dict[int, list[tuple[float, float]]] = {}
    for v in values:
        start, end = px(v["start"]), px(v["end"])
        if v["mark"] == "point":
            start, end = start - 5, start + 5
        at, width = px(v["label_at"]), text_width(v["label"])
        if v["label_side"] == "right":
            left, right = start, at + width
        elif v["label_side"] == "left":
            left, right = at - width, end
        else:
            left, right = start, end
            assert width <= max(end, 0) - max(start, 0)
        assert -1 <= at <= WIDTH + 1
        extents.setdefault(v["row"], []).append((left, right))
    for spans in extents.values():
        spans.sort()
        for (_, right), (left, _) in itertools.pairwise(spans):
            assert right <= left + 0.001, spans


@pytest.mark.parametrize(
    ("events", "ticks"),
    [
        (
            [
                (dt.datetime(2013, 3, 22, 9), dt.datetime(2013, 3, 22, 10)),
                (dt.datetime(2013, 3, 22, 15), dt.datetime(2013, 3, 22, 16)),
            ],
            {"10 AM", "12 PM", "03 PM"},
        ),
        (
            [
                (dt.date(1700, 1, 1), dt.date(1800, 1, 1)),
                (dt.date(2019, 1, 1), dt.date(2020, 1, 1)),
            ],
            {"1750", "1850", "2000"},
        ),
    ],
)
def test_time_axis_adapts_from_hours_to_centuries(
    events: list[tuple[dt.date, dt.date]], ticks: set[str]
) -> None:
    """The axis of a day shows hours; the axis of three centuries shows years."""
    timeline = make_timeline(
        *(
            make_event(
                id=f"d1.e{n}",
                start=start,
                end=end,
                granularity=Granularity.HOUR
                if isinstance(start, dt.datetime)
                else Granularity.CENTURY,
            )
            for n, (start, end) in enumerate(events)
        )
    )
    svg = vlc.vegalite_to_svg(vl(timeline), vl_version=VL5)
    for tick in ticks:
        assert f">{tick}</text>" in svg


def test_empty_timeline_is_a_valid_chart_saying_so() -> None:
    """No events: a valid chart, no data, a subtitle saying there is nothing to draw."""
    spec = vl(Timeline(), calendar_name="Nothing")
    assert records(spec) == []
    assert spec["title"] == {"text": "Nothing", "anchor": "start", "subtitle": "No dated events."}
    assert_valid(spec)


def test_rendering_is_deterministic() -> None:
    """The same timeline gives the same bytes."""
    assert render(example_timeline(), RenderOptions()) == render(
        example_timeline(), RenderOptions()
    )


@settings(max_examples=25, deadline=None)
@given(timelines(max_documents=2))
def test_any_timeline_gives_a_valid_chart_without_overlaps(timeline: Timeline) -> None:
    """Any timeline (any text, any dates from year 1 to 9999) gives a specification that
    validates and compiles, one record per event, and no overlapping labels."""
    spec = vl(timeline)
    assert len(records(spec)) == len(timeline.events)
    assert_valid(spec)
    assert_no_overlap(spec)
