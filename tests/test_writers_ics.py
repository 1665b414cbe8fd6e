"""The iCalendar writer: RFC 5545 files that icalendar and vobject both read back."""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar
import pytest
import vobject  # type: ignore[import-untyped]  # no stubs published
from hypothesis import given, settings
from strategies import example_timeline, make_event, make_timeline, timelines

from chrono.errors import OptionError
from chrono.model import Event, Granularity, Mod, Timeline
from chrono.writers import RenderOptions
from chrono.writers.ics import COARSE, render

EDT = dt.timezone(dt.timedelta(hours=-4))


def ics(timeline: Timeline, **options: Any) -> bytes:
    return render(timeline, RenderOptions(**options))


def parse(timeline: Timeline, **options: Any) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(ics(timeline, **options))


def parse_vobject(timeline: Timeline, **options: Any) -> Any:
    return vobject.readOne(ics(timeline, **options).decode("utf-8"))


def vevents(calendar: Any) -> list[Any]:
    """The VEVENTs vobject found (the attribute is missing when there is none)."""
    return list(calendar.contents.get("vevent", []))


def only_event(event: Event, **options: Any) -> icalendar.Event:
    (parsed,) = parse(make_timeline(event), **options).events
    return parsed


def test_calendar_header_has_the_documented_properties() -> None:
    """VERSION, PRODID, CALSCALE and the calendar name are set; METHOD is not."""
    calendar = parse(example_timeline(), generator="chrono 1.2.3", calendar_name="My timeline")
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == "-//chrono//chrono 1.2.3//EN"
    assert calendar["CALSCALE"] == "GREGORIAN"
    assert calendar["X-WR-CALNAME"] == "My timeline"
    assert "METHOD" not in calendar
    parsed = parse_vobject(example_timeline(), calendar_name="My timeline")
    assert parsed.x_wr_calname.value == "My timeline"


def test_calendar_name_with_special_characters_is_escaped() -> None:
    """A calendar name with commas, semicolons and newlines reads back unchanged."""
    name = "a, b; c\\d\ne"
    parsed = parse_vobject(example_timeline(), calendar_name=name)
    assert parsed.x_wr_calname.value == name
    assert parsed.contents["name"][0].value == name


def test_one_vevent_per_event_with_a_stable_uid() -> None:
    """Each event gives one VEVENT whose UID is the event id at chrono."""
    uids = [str(e["UID"]) for e in parse(example_timeline()).events]
    assert uids == ["d1.e3@chrono", "d1.e2@chrono", "d1.e1@chrono"]
    assert [e.uid.value for e in vevents(parse_vobject(example_timeline()))] == uids


def test_day_is_an_all_day_event_with_exclusive_end() -> None:
    """A date becomes DTSTART;VALUE=DATE and the next day as DTEND;VALUE=DATE."""
    out = ics(make_timeline(make_event()))
    assert b"DTSTART;VALUE=DATE:20230912\r\n" in out
    assert b"DTEND;VALUE=DATE:20230913\r\n" in out
    (event,) = vevents(vobject.readOne(out.decode()))
    assert (event.dtstart.value, event.dtend.value) == (dt.date(2023, 9, 12), dt.date(2023, 9, 13))


def test_aware_time_is_converted_to_utc() -> None:
    """15:30 at -04:00 is written as 19:30Z, and both parsers read the same instant."""
    start = dt.datetime(2013, 3, 22, 15, 30, tzinfo=EDT)
    event = make_event(
        start=start, end=start + dt.timedelta(hours=1), granularity=Granularity.MINUTE
    )
    out = ics(make_timeline(event))
    assert b"DTSTART:20130322T193000Z\r\n" in out
    assert b"DTEND:20130322T203000Z\r\n" in out
    (parsed,) = icalendar.Calendar.from_ical(out).events
    assert parsed.start == start
    (vparsed,) = vevents(vobject.readOne(out.decode()))
    assert vparsed.dtstart.value == start


def test_naive_time_stays_floating() -> None:
    """A time without a zone has neither Z nor TZID."""
    start = dt.datetime(2013, 3, 22, 15, 30)
    event = make_event(start=start, end=start + dt.timedelta(hours=1), granularity=Granularity.HOUR)
    out = ics(make_timeline(event))
    assert b"DTSTART:20130322T153000\r\n" in out
    assert b"TZID" not in out
    (parsed,) = icalendar.Calendar.from_ical(out).events
    assert parsed.start == start
    assert isinstance(parsed.start, dt.datetime)
    assert parsed.start.tzinfo is None


def test_fractions_of_a_second_widen_the_interval() -> None:
    """Sub-second bounds are floored at the start and rounded up at the end."""
    start = dt.datetime(2013, 3, 22, 15, 30, 0, 500)
    event = make_event(
        start=start, end=start + dt.timedelta(microseconds=10), granularity=Granularity.SECOND
    )
    parsed = only_event(event)
    assert (parsed.start, parsed.end) == (
        dt.datetime(2013, 3, 22, 15, 30, 0),
        dt.datetime(2013, 3, 22, 15, 30, 1),
    )


def test_aware_time_too_early_for_utc_is_written_floating() -> None:
    """An aware time that cannot be converted to UTC keeps its wall-clock time, floating."""
    plus_one = dt.timezone(dt.timedelta(hours=1))
    start = dt.datetime(1, 1, 1, 0, 15, tzinfo=plus_one)
    event = make_event(start=start, end=start + dt.timedelta(hours=1), granularity=Granularity.HOUR)
    parsed = only_event(event)
    assert parsed.start == dt.datetime(1, 1, 1, 0, 15)


YEAR_2019 = {
    "start": dt.date(2019, 1, 1),
    "end": dt.date(2020, 1, 1),
    "granularity": Granularity.YEAR,
}


def test_coarse_span_policy_covers_the_whole_interval() -> None:
    """By default a year is an all-day event over the whole year."""
    parsed = only_event(make_event(**YEAR_2019))
    assert (parsed.start, parsed.end) == (dt.date(2019, 1, 1), dt.date(2020, 1, 1))


def test_coarse_start_policy_gives_the_first_day_only() -> None:
    """With ics_coarse="start" a year is a one-day event on January 1, still labelled."""
    parsed = only_event(make_event(**YEAR_2019), ics_coarse="start")
    assert (parsed.start, parsed.end) == (dt.date(2019, 1, 1), dt.date(2019, 1, 2))
    assert parsed["SUMMARY"] == "2019: The bridge opened"


def test_coarse_skip_policy_omits_coarse_events_only() -> None:
    """With ics_coarse="skip" events coarser than a day vanish; days and times stay."""
    calendar = parse(example_timeline(), ics_coarse="skip")
    assert [str(e["UID"]) for e in calendar.events] == ["d1.e3@chrono", "d1.e1@chrono"]


@pytest.mark.parametrize("policy", ["start", "skip"])
def test_coarse_policies_leave_days_and_times_alone(policy: str) -> None:
    """A day or a time is written the same under every coarse policy."""
    timeline = make_timeline(
        make_event(end=dt.date(2023, 9, 15)),
        make_event(
            id="d1.e2",
            start=dt.datetime(2013, 3, 22, 15, 30),
            end=dt.datetime(2013, 3, 22, 16, 30),
            granularity=Granularity.YEAR,
        ),
    )
    assert ics(timeline, ics_coarse=policy) == ics(timeline)


def test_unknown_coarse_policy_is_an_option_error() -> None:
    """An ics_coarse value other than span, start or skip raises OptionError."""
    with pytest.raises(OptionError, match="coarse dates"):
        ics(example_timeline(), ics_coarse="month")


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, "The bridge opened"),
        (YEAR_2019, "2019: The bridge opened"),
        ({**YEAR_2019, "mod": Mod.APPROX}, "~2019: The bridge opened"),
        ({**YEAR_2019, "mod": Mod.START}, "early 2019: The bridge opened"),
        ({**YEAR_2019, "mod": Mod.MID}, "mid 2019: The bridge opened"),
        ({**YEAR_2019, "mod": Mod.END}, "late 2019: The bridge opened"),
        (
            {
                "start": dt.date(2023, 9, 1),
                "end": dt.date(2023, 10, 1),
                "granularity": Granularity.MONTH,
            },
            "Sep 2023: The bridge opened",
        ),
        (
            {
                "start": dt.date(2012, 12, 1),
                "end": dt.date(2013, 1, 1),
                "granularity": Granularity.MONTH,
                "mod": Mod.START,
            },
            "early Dec 2012: The bridge opened",
        ),
        (
            {
                "start": dt.date(1990, 1, 1),
                "end": dt.date(2000, 1, 1),
                "granularity": Granularity.DECADE,
            },
            "1990s: The bridge opened",
        ),
        (
            {
                "start": dt.date(1900, 1, 1),
                "end": dt.date(2000, 1, 1),
                "granularity": Granularity.CENTURY,
            },
            "20th century: The bridge opened",
        ),
        (
            {
                "start": dt.date(2005, 7, 1),
                "end": dt.date(2005, 10, 1),
                "granularity": Granularity.QUARTER,
            },
            "Q3 2005: The bridge opened",
        ),
        (
            {
                "start": dt.date(2019, 1, 1),
                "end": dt.date(2019, 7, 1),
                "granularity": Granularity.HALF,
            },
            "H1 2019: The bridge opened",
        ),
        (
            {
                "start": dt.date(2013, 3, 11),
                "end": dt.date(2013, 3, 18),
                "granularity": Granularity.WEEK,
            },
            "W11 2013: The bridge opened",
        ),
        (
            {
                "start": dt.date(2013, 6, 21),
                "end": dt.date(2013, 9, 23),
                "granularity": Granularity.SEASON,
                "value": "2013-SU",
            },
            "summer 2013: The bridge opened",
        ),
        (
            {
                "start": dt.date(2019, 3, 1),
                "end": dt.date(2019, 6, 1),
                "granularity": Granularity.MONTH,
                "end_mention": "d1.m2",
            },
            "Mar 2019–May 2019: The bridge opened",
        ),
        ({"mod": Mod.APPROX}, "~2023-09-12: The bridge opened"),
        ({"mod": Mod.BEFORE}, "before 2023-09-12: The bridge opened"),
        ({**YEAR_2019, "title": ""}, "2019"),
    ],
)
def test_summary_makes_coarse_and_approximate_dates_visible(
    changes: dict[str, Any], expected: str
) -> None:
    """Coarse periods, mods and ranges are named before the title; plain days are not."""
    parsed = only_event(make_event(**changes))
    assert parsed["SUMMARY"] == expected


def test_summary_of_a_modified_time_names_its_wall_time_and_zone() -> None:
    """An approximate time shows its wall-clock time and the zone as the text gave it."""
    start = dt.datetime(2013, 3, 22, 15, 30, tzinfo=EDT)
    event = make_event(
        start=start,
        end=start + dt.timedelta(minutes=1),
        granularity=Granularity.MINUTE,
        mod=Mod.APPROX,
        tz="EDT",
    )
    assert only_event(event)["SUMMARY"] == "~2013-03-22 15:30 EDT: The bridge opened"


def test_description_has_the_sentence_then_the_source_and_offsets() -> None:
    """DESCRIPTION is the sentence, a blank line, and where the mention sits."""
    parsed = only_event(make_event())
    assert parsed["DESCRIPTION"] == (
        "The bridge opened on September 12, 2023.\n\n"
        'Source: seeds/a.txt [21:39] "September 12, 2023"'
    )


def test_description_and_categories_fall_back_to_the_document() -> None:
    """Without an event source, the document's source is used, then its id."""
    parsed = only_event(make_event(source=""))
    assert parsed.categories == ["seeds/a.txt"]
    orphan = make_event(source="", document="elsewhere")
    parsed = only_event(orphan)
    assert parsed.categories == ["elsewhere"]
    assert "Source: elsewhere [21:39]" in str(parsed["DESCRIPTION"])


@pytest.mark.parametrize(
    "title",
    [
        "a, b",
        "a; b",
        "back\\slash",
        "two\nlines",
        "all, of; them\\ at\nonce",
        "CATEGORIES:fake\r\nBEGIN:VEVENT",
        "long " + "é" * 100,
    ],
)
def test_special_characters_in_titles_round_trip(title: str) -> None:
    """Commas, semicolons, backslashes and newlines are escaped and parse back equal."""
    timeline = make_timeline(make_event(title=title, source="a,b;c.txt"))
    expected = title.replace("\r\n", "\n")
    (parsed,) = parse(timeline).events
    assert parsed["SUMMARY"] == expected
    assert parsed.categories == ["a,b;c.txt"]
    (vparsed,) = vevents(parse_vobject(timeline))
    assert vparsed.summary.value == expected
    assert vparsed.categories.value == ["a,b;c.txt"]


def test_control_characters_and_surrogates_become_replacement_characters() -> None:
    """Characters a TEXT value cannot carry turn into U+FFFD; tab and newline stay."""
    parsed = only_event(make_event(title="a\x00b\x1bc\x7fd\tx\ud800y\rz"))
    assert parsed["SUMMARY"] == "a\ufffdb\ufffdc\ufffdd\tx\ufffdy\nz"


def test_lines_end_in_crlf_and_fold_at_75_octets() -> None:
    """Every line ends in CRLF and no line is longer than 75 octets."""
    out = ics(make_timeline(make_event(title="é" * 200)))
    assert out.endswith(b"END:VCALENDAR\r\n")
    lines = out.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75


def test_dtstamp_follows_the_epoch_option() -> None:
    """options.dtstamp_epoch (SOURCE_DATE_EPOCH) sets DTSTAMP, in UTC."""
    (parsed,) = parse(example_timeline(), dtstamp_epoch=1_700_000_000).events[:1]
    assert parsed.stamp == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)


def test_dtstamp_defaults_to_the_latest_document_date() -> None:
    """Without the option, DTSTAMP is midnight UTC of the latest document creation date."""
    assert b"DTSTAMP:20230912T000000Z\r\n" in ics(example_timeline())


def test_dtstamp_without_document_dates_is_the_epoch() -> None:
    """Without any document date, DTSTAMP is 1970-01-01T00:00:00Z."""
    assert b"DTSTAMP:19700101T000000Z\r\n" in ics(make_timeline(make_event(), dct=None))


def test_rendering_is_deterministic() -> None:
    """The same timeline and options give the same bytes (no uuid4, no clock)."""
    assert ics(example_timeline()) == ics(example_timeline())


def test_empty_timeline_is_a_calendar_without_events() -> None:
    """No events still gives a VCALENDAR that both parsers read, with no VEVENT."""
    out = ics(Timeline())
    assert out.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert b"BEGIN:VEVENT" not in out
    assert icalendar.Calendar.from_ical(out).events == []
    parsed = vobject.readOne(out.decode())
    assert parsed.name == "VCALENDAR"
    assert vevents(parsed) == []


@settings(max_examples=60, deadline=None)
@given(timelines())
def test_any_timeline_reads_back_in_both_parsers(timeline: Timeline) -> None:
    """Any timeline gives a calendar icalendar and vobject read, one VEVENT per event."""
    out = ics(timeline)
    expected = [_clean(e.title) for e in timeline.events]
    plain = [
        not (e.granularity in COARSE and not e.is_timed) and e.mod is None for e in timeline.events
    ]

    summaries = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(out).events]
    vsummaries = [e.summary.value for e in vevents(vobject.readOne(out.decode("utf-8")))]
    for got in (summaries, vsummaries):
        assert len(got) == len(expected)
        for summary, title, is_plain in zip(got, expected, plain, strict=True):
            if is_plain:
                assert summary == title
            elif title:
                assert summary.endswith(f": {title}")
            else:
                assert summary and not summary.endswith(": ")


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        "\ufffd"
        if 0xD800 <= ord(c) <= 0xDFFF or (ord(c) < 32 and c not in "\t\n") or c == "\x7f"
        else c
        for c in text
    )
