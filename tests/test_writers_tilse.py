"""The tilse writer: day blocks of sentences, read back as tilse 0.2.1 reads them."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from golden_files import assert_golden
from hypothesis import given, settings
from strategies import example_timeline, make_event, make_timeline, showcase_timeline, timelines

from chrono.model import Granularity, Mod, Timeline
from chrono.writers import RenderOptions
from chrono.writers.tilse import SEPARATOR, event_day, render

D = dt.date


def tilse_from_file(my_file: io.StringIO) -> dict[dt.date | None, list[str]]:
    """``tilse.data.timelines.Timeline.from_file`` of tilse 0.2.1, line for line.

    Copied rather than imported: tilse pulls in spaCy, numba and scikit-learn.
    """
    dates_to_summaries = {}
    date = None
    summary = ""
    for line in my_file.readlines():
        line = line.strip()
        if line == "--------------------------------":
            dates_to_summaries[date] = summary.strip().split("\n")
            date = None
            summary = ""
            continue
        else:
            try:
                date = dt.datetime.strptime(line, "%Y-%m-%d").date()
            except ValueError:
                summary += line + "\n"
    return dates_to_summaries


def read(timeline: Timeline) -> dict[dt.date | None, list[str]]:
    data = render(timeline, RenderOptions())
    return tilse_from_file(io.StringIO(data.decode("utf-8")))


@pytest.mark.parametrize(
    ("name", "timeline"), [("showcase", showcase_timeline()), ("empty", Timeline())]
)
def test_golden_output(name: str, timeline: Timeline) -> None:
    """The bytes of hand-built timelines are those of tests/golden/tilse."""
    assert_golden(f"tilse/{name}.txt", render(timeline, RenderOptions()))


def test_separator_is_tilses_32_dashes() -> None:
    """The separator is the exact line tilse compares against."""
    assert SEPARATOR == "--------------------------------"


def test_days_in_order_each_with_its_sentences() -> None:
    """A date line, the sentences, the separator; days sorted; the file ends in a newline."""
    out = render(example_timeline(), RenderOptions())
    assert out == (
        b"2013-03-22\n"
        b"The meeting ended at 3:30 p.m. EDT on March 22, 2013.\n"
        b"--------------------------------\n"
        b"2023-09-12\n"
        b"The bridge opened on September 12, 2023.\n"
        b"--------------------------------\n"
    )


def test_tilse_reads_back_the_showcase() -> None:
    """tilse's reader gets each day-precise event's sentence on its day, nothing else."""
    assert read(showcase_timeline()) == {
        D(2013, 3, 22): ["The meeting ended at 3:30 p.m. EDT on March 22, 2013."],
        D(2020, 4, 1): ["<b>Fish & chips</b> sold out at the Café on 1 April 2020."],
        D(2021, 3, 3): ["The fair ran from 3 to 5 March 2021."],
        D(2023, 9, 11): [
            "They left on Monday morning.",
            "The talk ran from 3 p.m. to 5 p.m. on September 11, 2023.",
        ],
        D(2023, 9, 12): ["The bridge opened on September 12, 2023."],
    }


@pytest.mark.parametrize(
    "granularity",
    [g for g in Granularity if not g.is_time_of_day and g is not Granularity.DAY],
)
def test_coarse_events_are_left_out(granularity: Granularity) -> None:
    """A week up to a millennium has no day: tilse gets nothing for it."""
    event = make_event(start=D(2019, 1, 7), end=D(2019, 1, 14), granularity=granularity)
    assert event_day(event) is None
    assert render(make_timeline(event), RenderOptions()) == b""


@pytest.mark.parametrize("mod", [Mod.BEFORE, Mod.AFTER, Mod.ON_OR_BEFORE, Mod.ON_OR_AFTER])
def test_bounded_days_are_left_out(mod: Mod) -> None:
    """ "before 12 September" names a limit, not the day of the event."""
    assert render(make_timeline(make_event(mod=mod)), RenderOptions()) == b""


@pytest.mark.parametrize("mod", [Mod.APPROX, Mod.START, Mod.MID, Mod.END])
def test_other_mods_keep_their_day(mod: Mod) -> None:
    """ "around 12 September" stays on 12 September."""
    assert list(read(make_timeline(make_event(mod=mod)))) == [D(2023, 9, 12)]


def test_a_time_is_on_the_day_of_its_own_wall_clock() -> None:
    """11 p.m. at UTC-4 is on its own day, not the next day in UTC."""
    zone = dt.timezone(dt.timedelta(hours=-4))
    event = make_event(
        start=dt.datetime(2013, 3, 22, 23, tzinfo=zone),
        end=dt.datetime(2013, 3, 23, 0, tzinfo=zone),
        granularity=Granularity.HOUR,
    )
    assert list(read(make_timeline(event))) == [D(2013, 3, 22)]


def test_sentences_are_one_line_and_not_repeated_on_a_day() -> None:
    """Line breaks become spaces; a sentence already on that day is written once."""
    events = [
        make_event(id="d1.e1", sentence="One\nsentence\r\n  here.\u2028Yes."),
        make_event(id="d1.e2", sentence="One sentence here. Yes."),
        make_event(id="d1.e3", sentence="", title="A title stands in"),
    ]
    assert read(make_timeline(*events)) == {
        D(2023, 9, 12): ["One sentence here. Yes.", "A title stands in"]
    }


@pytest.mark.parametrize("sentence", ["2019-03-12", "  2019-3-5 ", SEPARATOR, " \n\t "])
def test_sentences_tilse_would_misread_are_dropped(sentence: str) -> None:
    """A date alone, the separator or nothing would corrupt the file: such a day is not written."""
    event = make_event(sentence=sentence, title="")
    assert render(make_timeline(event), RenderOptions()) == b""


@settings(max_examples=50, deadline=None)
@given(timelines())
def test_any_timeline_reads_back_through_tilse(timeline: Timeline) -> None:
    """Any timeline: blocks tilse parses, days in order, one per day with a sentence."""
    text = render(timeline, RenderOptions()).decode("utf-8")
    parsed = tilse_from_file(io.StringIO(text))
    assert None not in parsed
    assert all(sentences and all(sentences) for sentences in parsed.values())
    headings = re.findall(r"^\d{4}-\d\d-\d\d$", text, flags=re.MULTILINE)
    assert headings == sorted(headings) == [day.isoformat() for day in parsed]
    days = {event_day(e) for e in timeline.events} - {None}
    assert set(parsed) <= days
