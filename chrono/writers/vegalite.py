"""The Vega-Lite writer (``--format vega-lite``): a timeline chart with its events inlined.

The output is one Vega-Lite v5 specification (JSON, UTF-8, indented, keys in a fixed order)
that the Vega editor, Altair (``alt.Chart.from_dict``) and vl-convert read as it is: it needs
no data file and no network. ``chrono plot`` renders the same specification to SVG, PNG or HTML.

**Data.** ``data.values`` holds one record per event, in timeline order:

- ``id``, ``document``, ``source``, ``offset`` (``"[start:end]"`` of the dating expression),
  ``title``, ``sentence``, ``mention_text``, ``value`` (TIMEX3), ``granularity``, ``mod``,
  ``recurrence`` (an RRULE, for anchored sets) as in the JSON output;
- ``date``: the date as a person would write it, at the precision the text gave (``2019``,
  ``September 2023``, ``the 1990s``, ``early 2019``, ``c. 1850``, ``22 March 2013, 15:30
  EDT``): the ``display_date`` of the JSON and CSV outputs;
- ``approximate``: true when the date carries a TIMEX3 mod (``~``, early, mid, late, before...);
- ``start`` and ``end``: where the event sits on the time axis, as ISO 8601 that JavaScript
  reads as UTC (a date ``2019-01-01``, a time ``2013-03-22T15:30:00Z``). When every aware time
  of the timeline has one UTC offset, times are placed at their wall-clock time in it ("3:30
  p.m. EDT" at 15:30, the axis titled ``UTC-04:00``); with several offsets, in UTC (the axis
  titled ``UTC``). A floating time keeps its own wall-clock time;
- layout fields computed by chrono so that labels never overlap: ``group`` (the document's
  source), ``lane`` (the line within the group), ``row`` (the line in the whole chart),
  ``mark`` (``span`` for an interval wide enough to draw as a bar, ``point`` for one that would
  be thinner than a few pixels), ``label`` (date and title, shortened to fit), ``label_side``
  (``right``, ``left`` or ``inside`` the bar) and ``label_at`` (where the label starts or ends
  on the axis).

**Chart.** Layers over one time axis and one row per line: bars for spans, diamonds for points,
and two layers of labels (left- and right-aligned). With several documents, each group of rows
starts with a header row naming its source. The x axis is a UTC time scale over the events plus
a 3 % margin, whose ticks go from hours to centuries as the events need; an invisible layer
holding its two ends pins it to the range the layout used. Intervals are bars from ``start`` to
``end``, so coarse dates ("2019", "the 1990s") are drawn as the spans they are. Approximate
dates are faded and dashed. The colour says the granularity. Tooltips give the date, title,
sentence and source.

**Label layout.** The chart's width is fixed (900 px), so chrono knows where each event falls
in pixels. Each label goes to the right of its mark, else to its left, else on the side with
more room, shortened with "…", else inside its bar. Lanes are then filled first-fit in timeline
order, per document: an event takes the first lane whose last mark and label end at least
12 px before its own begin. Label widths are estimated from character classes of Liberation
Sans at 11 px (the font vl-convert ships), erring on the wide side.

An empty timeline gives a valid chart with no data and the subtitle "No dated events."
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from typing import Any

from attrs import frozen

from chrono.model import Event, Granularity, Timeline
from chrono.writers import RenderOptions, register
from chrono.writers._common import replace_surrogates
from chrono.writers._display import display_date

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
"""The ``$schema`` of the specification: Vega-Lite 5 (which Vega-Lite 6 also reads)."""

WIDTH = 900
"""Width of the plotting area, in pixels."""

FONT = "Liberation Sans"
"""The chart's font: bundled with vl-convert, metric-compatible with Arial."""

FONT_SIZE = 11
LANE_HEIGHT = 22
MAX_LABEL_CHARS = 64
COLORS: dict[Granularity, str] = {
    Granularity.MILLENNIUM: "#2f4b7c",
    Granularity.CENTURY: "#35609b",
    Granularity.DECADE: "#3f77b8",
    Granularity.YEAR: "#4c8ed0",
    Granularity.HALF: "#2a9d8f",
    Granularity.QUARTER: "#2f9e76",
    Granularity.SEASON: "#5aa35a",
    Granularity.MONTH: "#7cae3e",
    Granularity.WEEK: "#d19a1f",
    Granularity.DAY: "#e07b24",
    Granularity.PART_OF_DAY: "#d1495b",
    Granularity.HOUR: "#c03a6b",
    Granularity.MINUTE: "#9c3587",
    Granularity.SECOND: "#6a3d9a",
}
"""Colour of each granularity: blues for years and coarser, greens for parts of a year, orange
for weeks and days, reds and purples for times of day."""

_MIN_BAR_PX = 3.0  # narrower intervals are drawn as points
_POINT_RADIUS_PX = 5.0
_LABEL_GAP_PX = 5.0
_LANE_GAP_PX = 12.0
_MIN_LABEL_ROOM_PX = 72.0  # less room than this on both sides: the label goes inside the bar
_MARGIN = 0.03  # of the time range, on each side of the axis
_MIN_RANGE = dt.timedelta(hours=1)
_AXIS_MIN = dt.datetime(1, 1, 1)
_AXIS_MAX = dt.datetime(9999, 12, 31, 23, 59, 59)
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")

# Advance widths of Liberation Sans (= Arial metrics) in 1/1000 em, by character class.
_NARROW = frozenset("iljtfrI.,:;'!|()[]{} `\"/\\-")
_WIDE = frozenset("mwMW@%")
_EM = 1000.0


def _char_width(char: str) -> float:
    if char in _NARROW:
        return 300.0
    if char in _WIDE:
        return 870.0
    if char.isupper():
        return 700.0
    if "\u2e80" <= char <= "\U0003ffff" and not "\ud800" <= char <= "\udfff":
        return 1000.0  # CJK and other wide scripts, emoji
    return 560.0


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """Estimate the width in pixels of ``text`` in Liberation Sans at ``size`` pixels.

    Args:
        text: one line of text.
        size: the font size in pixels.

    Returns:
        An estimate that is rarely below the rendered width.
    """
    return sum(_char_width(c) for c in text) * size / _EM


@frozen(kw_only=True)
class _Placed:
    """Where one event and its label go."""

    start: dt.datetime
    end: dt.datetime
    mark: str
    label: str
    label_side: str
    label_at: dt.datetime
    left_px: float
    right_px: float


@frozen(kw_only=True)
class _Axis:
    """The time axis: a linear map from axis positions (naive datetimes) to pixels."""

    low: dt.datetime
    high: dt.datetime
    width: float
    zone: dt.tzinfo
    """The clock the axis shows aware times in (see :func:`axis_zone`)."""

    def px(self, instant: dt.datetime) -> float:
        return (instant - self.low) / (self.high - self.low) * self.width

    def at(self, px: float) -> dt.datetime:
        offset = (self.high - self.low) * (px / self.width)
        return min(max(self.low + offset, _AXIS_MIN), _AXIS_MAX)


@register("vega-lite")
def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """Render a timeline as a Vega-Lite specification.

    Args:
        timeline: the documents and events to draw.
        options: ``calendar_name`` titles the chart; the others are not used.

    Returns:
        The specification as JSON, UTF-8, with a trailing newline.
    """
    text = json.dumps(spec(timeline, options), ensure_ascii=False, indent=2)
    return (replace_surrogates(text) + "\n").encode("utf-8")


def spec(timeline: Timeline, options: RenderOptions) -> dict[str, Any]:
    """Build the Vega-Lite specification of a timeline (see the module docstring).

    Args:
        timeline: the documents and events to draw.
        options: ``calendar_name`` titles the chart, ``generator`` is named in its description.

    Returns:
        The specification, as JSON-ready dicts and lists.
    """
    events = timeline.events
    axis = _axis(events)
    rows, headers = _layout(timeline, axis)
    records = [_record(timeline, row) for row in rows]
    name = _one_line(options.calendar_name)
    title: dict[str, Any] = {"text": name or "chrono timeline", "anchor": "start"}
    if events:
        title["subtitle"] = (
            "Bars span the period a date covers; faded, dashed marks are approximate or "
            "modified dates (~, early, mid, late, before, after...)."
        )
    else:
        title["subtitle"] = "No dated events."
    layers = _event_layers(events, axis)
    if headers:
        layers.append(
            {
                "data": {"values": [{"row": row, "header": text} for row, text in headers]},
                "mark": {
                    "type": "text",
                    "align": "left",
                    "baseline": "middle",
                    "fontSize": FONT_SIZE + 1,
                    "fontWeight": "bold",
                    "color": "#000000",
                    "limit": WIDTH,
                },
                "encoding": {
                    "x": {"value": 0},
                    "y": {"field": "row", "type": "ordinal", "axis": None},
                    "text": {"field": "header", "type": "nominal"},
                },
            }
        )
    return {
        "$schema": SCHEMA,
        "description": f"Timeline of {name}, generated by {_one_line(options.generator)}",
        "title": title,
        "width": WIDTH,
        "height": {"step": LANE_HEIGHT},
        "data": {"values": records},
        "layer": layers,
        "config": {
            "font": FONT,
            "view": {"stroke": None},
            "axis": {"labelFontSize": FONT_SIZE, "domainColor": "#888888"},
            "axisX": {"title": None, "grid": True, "labelOverlap": True, "tickCount": 10},
            "legend": {"labelFontSize": FONT_SIZE, "titleFontSize": FONT_SIZE},
        },
    }


def _event_layers(events: Sequence[Event], axis: _Axis | None) -> list[dict[str, Any]]:
    """Bars for spans, diamonds for points, and two layers of labels (left and right aligned)."""
    present = [g for g in Granularity if any(e.granularity is g for e in events)]
    color = {
        "field": "granularity",
        "type": "nominal",
        "title": "Granularity",
        "scale": {"domain": [g.value for g in present], "range": [COLORS[g] for g in present]},
        "legend": (
            {"orient": "bottom", "direction": "horizontal", "symbolStrokeWidth": 0}
            if events
            else None
        ),
    }
    tooltip = [
        {"field": field, "type": "nominal", "title": title}
        for field, title in (
            ("date", "Date"),
            ("title", "Title"),
            ("sentence", "Sentence"),
            ("mention_text", "Dated by"),
            ("source", "Source"),
            ("offset", "Offsets"),
            ("granularity", "Granularity"),
            ("recurrence", "Repeats"),
        )
    ]
    common: dict[str, Any] = {"tooltip": tooltip}
    fuzzy = "datum.approximate"
    y = {"field": "row", "type": "ordinal", "axis": None}
    layers: list[dict[str, Any]] = []
    if axis is not None:
        # The layout computed pixel positions for this exact range: an invisible layer holding
        # its two ends pins the axis to it (every other position lies inside). An explicit
        # scale domain would do the same, but Vega-Lite warns about it in layered charts.
        ends = [{"at": _iso(axis.low, None)}, {"at": _iso(axis.high, None)}]
        layers.append(
            {
                "data": {"values": ends},
                "mark": {"type": "point", "opacity": 0},
                "encoding": {
                    "x": {
                        "field": "at",
                        "type": "temporal",
                        "axis": {"title": _zone_title(axis_zone(events))},
                    }
                },
            }
        )
    layers += [
        {
            "transform": [{"filter": "datum.mark === 'span'"}],
            "mark": {"type": "bar", "height": 12, "cornerRadius": 2, "stroke": "#333333"},
            "encoding": {
                "x": {
                    "field": "start",
                    "type": "temporal",
                    "scale": {"type": "utc", "nice": False},
                },
                "x2": {"field": "end"},
                "y": y,
                "color": color,
                "opacity": {"condition": {"test": fuzzy, "value": 0.4}, "value": 0.9},
                # Only approximate bars get an outline, dashed.
                "strokeWidth": {"condition": {"test": fuzzy, "value": 1.5}, "value": 0},
                "strokeDash": {"condition": {"test": fuzzy, "value": [4, 3]}, "value": [1, 0]},
                **common,
            },
        },
        {
            "transform": [{"filter": "datum.mark === 'point'"}],
            "mark": {
                "type": "point",
                "shape": "diamond",
                "size": 110,
                "filled": True,
                "stroke": "#333333",
            },
            "encoding": {
                "x": {"field": "start", "type": "temporal"},
                "y": y,
                "color": color,
                "fillOpacity": {"condition": {"test": fuzzy, "value": 0.3}, "value": 0.95},
                "strokeWidth": {"condition": {"test": fuzzy, "value": 1.5}, "value": 0},
                "strokeDash": {"condition": {"test": fuzzy, "value": [3, 2]}, "value": [1, 0]},
                **common,
            },
        },
    ]
    for sides, align in ((("right", "inside"), "left"), (("left",), "right")):
        test = " || ".join(f"datum.label_side === '{side}'" for side in sides)
        layers.append(
            {
                "transform": [{"filter": test}],
                "mark": {
                    "type": "text",
                    "align": align,
                    "baseline": "middle",
                    "fontSize": FONT_SIZE,
                },
                "encoding": {
                    "x": {"field": "label_at", "type": "temporal"},
                    "y": y,
                    "text": {"field": "label", "type": "nominal"},
                    # White on a solid bar, dark everywhere else.
                    "color": {
                        "condition": {
                            "test": "datum.label_side === 'inside' && !datum.approximate",
                            "value": "#ffffff",
                        },
                        "value": "#222222",
                    },
                    "opacity": {"condition": {"test": fuzzy, "value": 0.75}, "value": 1},
                    **common,
                },
            }
        )
    return layers


@frozen(kw_only=True)
class _Row:
    """One event in the chart: where it and its label go, its lane and its row."""

    event: Event
    placed: _Placed
    group: str
    lane: int
    row: int


def _record(timeline: Timeline, row: _Row) -> dict[str, Any]:
    event, placed = row.event, row.placed
    return {
        "id": event.id,
        "document": event.document,
        "source": _source(timeline, event),
        "offset": f"[{event.span.start}:{event.span.end}]",
        "start": _iso(placed.start, event),
        "end": _iso(placed.end, event),
        "date": display_date(event),
        "title": event.title,
        "sentence": event.sentence,
        "mention_text": event.mention_text,
        "value": event.value,
        "granularity": event.granularity.value,
        "mod": None if event.mod is None else event.mod.value,
        "approximate": event.mod is not None,
        "recurrence": event.recurrence,
        "group": row.group,
        "lane": row.lane,
        "row": row.row,
        "mark": placed.mark,
        "label": placed.label,
        "label_side": placed.label_side,
        "label_at": _iso(placed.label_at, None),
    }


def _source(timeline: Timeline, event: Event) -> str:
    if event.source:
        return _one_line(event.source)
    try:
        return _one_line(timeline.document(event.document).source)
    except KeyError:
        return ""


def axis_zone(events: Sequence[Event]) -> dt.tzinfo | None:
    """The clock of the time axis: the UTC offset every aware time of ``events`` has, or UTC
    when they have several; None when no time is aware.

    One offset (the usual case: one article, one zone) keeps the text's wall-clock times on
    the axis, so "3:30 p.m. EDT" sits at 15:30.
    """
    offsets = {
        offset
        for event in events
        for bound in (event.start, event.end)
        if isinstance(bound, dt.datetime) and (offset := bound.utcoffset()) is not None
    }
    if not offsets:
        return None
    if len(offsets) == 1:
        return dt.timezone(offsets.pop())
    return dt.UTC


def axis_position(instant: dt.date | dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """Where an interval bound sits on the time axis, as a naive datetime.

    A date is its midnight; an aware time is its wall-clock time in ``zone``; a floating time
    is its own wall-clock time. Aware times too close to year 1 or 9999 to convert keep their
    wall-clock time.
    """
    if not isinstance(instant, dt.datetime):
        return dt.datetime.combine(instant, dt.time())
    if instant.utcoffset() is None:
        return instant
    try:
        return instant.astimezone(zone).replace(tzinfo=None)
    except OverflowError:
        return instant.replace(tzinfo=None)


def _zone_title(zone: dt.tzinfo | None) -> str | None:
    """The x axis title naming the clock of aware times ("UTC", "UTC-04:00"), else None."""
    if zone is None:
        return None
    offset = zone.utcoffset(None) or dt.timedelta(0)
    if not offset:
        return "UTC"
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(offset) // dt.timedelta(minutes=1)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _iso(instant: dt.datetime, event: Event | None) -> str:
    """ISO 8601 as JavaScript's ``Date`` reads it in UTC: a date alone, or a time with Z."""
    if event is not None and not event.is_timed and instant.time() == dt.time():
        return f"{instant.year:04d}-{instant.month:02d}-{instant.day:02d}"
    return f"{instant.replace(microsecond=0).isoformat()}Z"


def _axis(events: Sequence[Event]) -> _Axis | None:
    if not events:
        return None
    zone = axis_zone(events) or dt.UTC
    low = min(axis_position(e.start, zone) for e in events)
    high = max(axis_position(e.end, zone) for e in events)
    if high - low < _MIN_RANGE:
        middle = low + (high - low) / 2
        # near the ends of the calendar the widened range must stay inside it
        low = (
            max(_AXIS_MIN, middle - _MIN_RANGE / 2)
            if middle - _AXIS_MIN > _MIN_RANGE / 2
            else _AXIS_MIN
        )
        high = middle + _MIN_RANGE / 2 if _AXIS_MAX - middle > _MIN_RANGE / 2 else _AXIS_MAX
    margin = (high - low) * _MARGIN
    low = low - margin if low - _AXIS_MIN > margin else _AXIS_MIN
    high = high + margin if _AXIS_MAX - high > margin else _AXIS_MAX
    return _Axis(low=low, high=high, width=WIDTH, zone=zone)


def _layout(timeline: Timeline, axis: _Axis | None) -> tuple[list[_Row], list[tuple[int, str]]]:
    """Place each event and its label, give each a lane in its group (first fit, in timeline
    order), and number the rows: with several groups, each starts with a header row.

    Returns:
        The events' rows in timeline order, and the ``(row, group)`` headers.
    """
    if axis is None:
        return [], []
    lanes: dict[str, list[float]] = {}
    placed: list[tuple[Event, _Placed, str, int]] = []
    for event in timeline.events:
        where = _place(event, axis)
        group = _source(timeline, event) or event.document
        ends = lanes.setdefault(group, [])
        for lane, end in enumerate(ends):
            if end + _LANE_GAP_PX <= where.left_px:
                ends[lane] = where.right_px
                break
        else:
            lane = len(ends)
            ends.append(where.right_px)
        placed.append((event, where, group, lane))
    first_row: dict[str, int] = {}
    headers: list[tuple[int, str]] = []
    row = 0
    for group, ends in lanes.items():
        if len(lanes) > 1:
            headers.append((row, group))
            row += 1
        first_row[group] = row
        row += len(ends)
    rows = [
        _Row(event=event, placed=where, group=group, lane=lane, row=first_row[group] + lane)
        for event, where, group, lane in placed
    ]
    return rows, headers


def _place(event: Event, axis: _Axis) -> _Placed:
    start, end = axis_position(event.start, axis.zone), axis_position(event.end, axis.zone)
    x0, x1 = axis.px(start), axis.px(end)
    mark = "span" if x1 - x0 >= _MIN_BAR_PX else "point"
    if mark == "point":
        x0, x1 = x0 - _POINT_RADIUS_PX, x0 + _POINT_RADIUS_PX
    label = _label(event)
    width = text_width(label)
    room_right = axis.width - (x1 + _LABEL_GAP_PX)
    room_left = x0 - _LABEL_GAP_PX
    if width <= room_right:
        side = "right"
    elif width <= room_left:
        side = "left"
    elif max(room_left, room_right) >= _MIN_LABEL_ROOM_PX:
        side = "right" if room_right >= room_left else "left"
        label = shorten(label, max(room_left, room_right))
    else:
        side = "inside"
        inner = min(x1, axis.width) - max(x0, 0.0) - 2 * _LABEL_GAP_PX
        label = shorten(label, max(inner, 0.0))
    width = text_width(label)
    if side == "right":
        anchor = x1 + _LABEL_GAP_PX
        left, right = x0, anchor + width
    elif side == "left":
        anchor = x0 - _LABEL_GAP_PX
        left, right = anchor - width, x1
    else:
        anchor = max(x0, 0.0) + _LABEL_GAP_PX
        left, right = x0, x1
    return _Placed(
        start=start,
        end=end,
        mark=mark,
        label=label,
        label_side=side,
        label_at=axis.at(min(max(anchor, 0.0), axis.width)),
        left_px=left,
        right_px=right,
    )


def _label(event: Event) -> str:
    date = display_date(event)
    title = _one_line(event.title)
    text = f"{date}: {title}" if title else date
    return text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1].rstrip() + "…"


def shorten(text: str, room_px: float) -> str:
    """Cut ``text`` at the end, with "…", so that it fits in ``room_px`` pixels.

    Args:
        text: one line of text.
        room_px: the room, in pixels.

    Returns:
        ``text`` itself when it fits, else its longest prefix that fits with "…", possibly
        "…" alone, or "" when not even that fits.
    """
    if text_width(text) <= room_px:
        return text
    budget = room_px - text_width("…")
    if budget < 0:
        return ""
    used = 0.0
    for count, char in enumerate(text):
        used += text_width(char)
        if used > budget:
            return text[:count].rstrip() + "…"
    return text


def _one_line(text: str) -> str:
    """The text on one line: whitespace runs become one space, control characters go."""
    return _SPACES.sub(" ", _CONTROL.sub(" ", replace_surrogates(text))).strip()
