"""What both calendar CSV writers (gcal-csv, outlook-csv) do: slots, policies, subjects, text cells.

Each dialect's own columns and forms are tested beside its writer, in test_writers_gcal_csv.py
and test_writers_outlook_csv.py.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from calendar_dialects import DIALECTS, GCAL, OUTLOOK, TRIGGERS, Dialect, ids
from golden_files import assert_golden
from hypothesis import given, settings
from strategies import example_timeline, make_event, make_timeline, showcase_timeline, timelines

from chrono.errors import OptionError
from chrono.model import Mod, Timeline

each_dialect = pytest.mark.parametrize("dialect", DIALECTS, ids=ids)


@each_dialect
@pytest.mark.parametrize("policy", ["span", "start", "skip"])
def test_golden_output(dialect: Dialect, policy: str) -> None:
    """The showcase under each coarse policy gives the bytes of tests/golden/{format}."""
    out = dialect.output(showcase_timeline(), policy)
    assert_golden(f"{dialect.format}/showcase-{policy}.csv", out)


@each_dialect
def test_empty_timeline_gives_the_header_only(dialect: Dialect) -> None:
    """No events: the byte-order mark (if any) and the header line, CRLF-terminated."""
    assert dialect.output(Timeline()) == dialect.bom + (dialect.header_line + "\r\n").encode()


@each_dialect
def test_header_is_the_applications_column_list(dialect: Dialect) -> None:
    """The file starts with the byte-order mark if any, then exactly the application's columns."""
    out = dialect.output(example_timeline())
    assert out.startswith(dialect.bom + dialect.header_line.encode() + b"\r\n")


@pytest.mark.parametrize(
    ("dialect", "policy", "expected"),
    [
        (GCAL, "span", ("01/01/2019", "12/31/2019")),
        (GCAL, "start", ("01/01/2019", "01/01/2019")),
        (OUTLOOK, "span", ("1/1/2019", "1/1/2020")),
        (OUTLOOK, "start", ("1/1/2019", "1/2/2019")),
    ],
    ids=ids,
)
def test_coarse_policy_spans_or_keeps_the_first_day(
    dialect: Dialect, policy: str, expected: tuple[str, str]
) -> None:
    """span covers the whole year; start is its first day alone (end dates in the dialect's way)."""
    rows = dialect.records(example_timeline(), policy)
    assert (rows[1]["Start Date"], rows[1]["End Date"]) == expected


@each_dialect
def test_skip_policy_leaves_coarse_events_out(dialect: Dialect) -> None:
    """skip drops events coarser than a day and keeps days and times."""
    assert [r["Subject"] for r in dialect.records(example_timeline(), "skip")] == [
        "The meeting ended",
        "The bridge opened",
    ]
    assert [r["Subject"] for r in dialect.records(showcase_timeline(), "skip")] == [
        "The meeting ended",
        '\'=HYPERLINK("http://x","Fish & chips")',
        "The fair ran",
        "They left",
        "The talk ran",
        "The bridge opened",
    ]


@each_dialect
@pytest.mark.parametrize("policy", ["middle", "all"])
def test_unknown_policy_is_an_option_error(dialect: Dialect, policy: str) -> None:
    """A coarse policy other than span, start or skip raises OptionError."""
    with pytest.raises(OptionError, match="span, start, skip"):
        dialect.output(example_timeline(), policy)


@pytest.mark.parametrize(
    ("dialect", "expected"),
    [
        (GCAL, ["The meeting ended", "03/22/2013", "03:30 PM", "03/22/2013", "03:31 PM", "False"]),
        (
            OUTLOOK,
            ["The meeting ended", "3/22/2013", "3:30:00 PM", "3/22/2013", "3:31:00 PM", "False"],
        ),
    ],
    ids=ids,
)
def test_times_are_the_texts_wall_clock_with_the_zone_in_the_description(
    dialect: Dialect, expected: list[str]
) -> None:
    """3:30 p.m. EDT is 3:30 PM (not converted to UTC), not all day; the zone in the description."""
    timed, _, _ = dialect.records(example_timeline())
    assert [timed[c] for c in dialect.header[:6]] == expected
    assert timed["Description"].endswith("\n\nTime: 22 March 2013, 15:30 EDT")


@each_dialect
def test_modified_and_coarse_dates_are_named_in_the_subject(dialect: Dialect) -> None:
    """A mod or a period coarser than a day puts the date in words before the title."""
    subjects = {r["Subject"] for r in dialect.records(showcase_timeline())}
    assert {"c. 1850: The town was founded", "the mid-1990s: the town boomed"} <= subjects
    assert "summer 2019: It rained" in subjects
    (untitled,) = dialect.records(make_timeline(make_event(title="", mod=Mod.APPROX)))
    assert untitled["Subject"] == "c. 12 September 2023"


@each_dialect
def test_formula_cells_get_an_apostrophe(dialect: Dialect) -> None:
    """Subject and Description starting like a formula are neutralised as in the CSV writer."""
    (row,) = dialect.records(make_timeline(make_event(title="=1+1", sentence="@SUM(A1)")))
    assert row["Subject"] == "'=1+1"
    assert row["Description"].startswith("'@SUM(A1)")


@each_dialect
def test_line_breaks_in_text_become_lf_and_controls_are_replaced(dialect: Dialect) -> None:
    """CR LF and CR become LF inside cells; NUL becomes U+FFFD; records end in CRLF."""
    (row,) = dialect.records(make_timeline(make_event(sentence="a\r\nb\rc\x00d")))
    assert row["Description"].startswith("a\nb\nc\ufffdd\n\n")


@pytest.mark.parametrize(
    ("dialect", "date_shape", "time_shape"),
    [
        (GCAL, r"\d\d/\d\d/\d{4}", r"(0[1-9]|1[0-2]):[0-5]\d [AP]M"),
        (
            OUTLOOK,
            r"([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/\d{4}",
            r"([1-9]|1[0-2]):[0-5]\d:[0-5]\d [AP]M",
        ),
    ],
    ids=ids,
)
@settings(max_examples=50, deadline=None)
@given(timeline=timelines())
def test_any_timeline_gives_one_well_formed_row_per_event(
    dialect: Dialect, date_shape: str, time_shape: str, timeline: Timeline
) -> None:
    """Any timeline: a row per event with the dialect's date and time shapes, text neutralised."""
    rows = dialect.records(timeline)
    assert len(rows) == len(timeline.events)
    for row, event in zip(rows, timeline.events, strict=True):
        assert re.fullmatch(date_shape, row["Start Date"]) and re.fullmatch(
            date_shape, row["End Date"]
        )
        if event.is_timed:
            assert re.fullmatch(time_shape, row["Start Time"])
            assert re.fullmatch(time_shape, row["End Time"])
        else:
            assert row["Start Time"] == row["End Time"] == dialect.all_day_time
            start = dt.datetime.strptime(row["Start Date"], "%m/%d/%Y").date()
            end = dt.datetime.strptime(row["End Date"], "%m/%d/%Y").date()
            if dialect.inclusive_end:
                end += dt.timedelta(days=1)
            assert (start, end) == (event.start, event.end)
        for column in dialect.text_columns:
            assert not row[column].startswith(TRIGGERS)
