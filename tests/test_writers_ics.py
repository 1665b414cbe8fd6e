"""The iCalendar writer: RFC 5545 files that icalendar and vobject both read back."""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo
from typing import Any

import icalendar
import pytest
import vobject  # type: ignore[import-untyped]  # no stubs published
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import example_timeline, make_event, make_timeline, timelines

from chrono.errors import OptionError
from chrono.model import Event, Granularity, Mod, Timeline
from chrono.writers import RenderOptions
from chrono.writers.ics import COARSE, ZONES, render

EDT = dt.timezone(dt.timedelta(hours=-4))


def ics(timeline: Timeline, **options: Any) -> bytes:
    return render(timeline, RenderOptions(**options))


def parse(timeline: Timeline, **options: Any) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(ics(timeline, **options))


def parse_vobject(timeline: Timeline, **options: Any) -> Any:
    return read_vobject(ics(timeline, **options))


def read_vobject(out: bytes) -> Any:
    """Parse with vobject, forgetting the VTIMEZONEs of earlier files first.

    vobject keeps the first VTIMEZONE it reads for each TZID for the rest of the process, so
    without this a test would read one file's times with another file's zone rules.
    """
    registry = vars(vobject.icalendar)["__tzidMap"]
    utc = registry.get("UTC")
    registry.clear()
    registry["UTC"] = utc
    return vobject.readOne(out.decode("utf-8"))


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
        ({**YEAR_2019, "mod": Mod.APPROX}, "c. 2019: The bridge opened"),
        ({**YEAR_2019, "mod": Mod.START}, "early 2019: The bridge opened"),
        ({**YEAR_2019, "mod": Mod.MID}, "mid-2019: The bridge opened"),
        ({**YEAR_2019, "mod": Mod.END}, "late 2019: The bridge opened"),
        (
            {
                "start": dt.date(2023, 9, 1),
                "end": dt.date(2023, 10, 1),
                "granularity": Granularity.MONTH,
            },
            "September 2023: The bridge opened",
        ),
        (
            {
                "start": dt.date(2012, 12, 1),
                "end": dt.date(2013, 1, 1),
                "granularity": Granularity.MONTH,
                "mod": Mod.START,
            },
            "early December 2012: The bridge opened",
        ),
        (
            {
                "start": dt.date(1990, 1, 1),
                "end": dt.date(2000, 1, 1),
                "granularity": Granularity.DECADE,
            },
            "the 1990s: The bridge opened",
        ),
        (
            {
                "start": dt.date(1900, 1, 1),
                "end": dt.date(2000, 1, 1),
                "granularity": Granularity.CENTURY,
            },
            "the 20th century: The bridge opened",
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
            "first half of 2019: The bridge opened",
        ),
        (
            {
                "start": dt.date(2013, 3, 11),
                "end": dt.date(2013, 3, 18),
                "granularity": Granularity.WEEK,
            },
            "week of 11 March 2013: The bridge opened",
        ),
        (
            {
                "start": dt.date(2013, 6, 1),
                "end": dt.date(2013, 9, 1),
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
            "March–May 2019: The bridge opened",
        ),
        ({"mod": Mod.APPROX}, "c. 12 September 2023: The bridge opened"),
        ({"mod": Mod.BEFORE}, "before 12 September 2023: The bridge opened"),
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
    assert only_event(event)["SUMMARY"] == "c. 22 March 2013, 15:30 EDT: The bridge opened"


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


# Time zones -----------------------------------------------------------------------------------


def timed(start: dt.datetime, tz: str | None, **changes: Any) -> Event:
    """A one-hour event at ``start``, with the zone name the text gave."""
    return make_event(
        start=start,
        end=start + dt.timedelta(hours=1),
        granularity=Granularity.MINUTE,
        tz=tz,
        **changes,
    )


def offset(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def test_named_zone_gets_tzid_and_a_matching_vtimezone() -> None:
    """3:30 p.m. EDT is written as 15:30 with TZID=America/New_York and its VTIMEZONE."""
    start = dt.datetime(2013, 3, 22, 15, 30, tzinfo=EDT)
    out = ics(make_timeline(timed(start, "EDT")))
    assert b"DTSTART;TZID=America/New_York:20130322T153000\r\n" in out
    assert b"DTEND;TZID=America/New_York:20130322T163000\r\n" in out
    assert b"BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n" in out
    assert out.index(b"BEGIN:VTIMEZONE") < out.index(b"BEGIN:VEVENT")
    calendar = icalendar.Calendar.from_ical(out)
    assert calendar.get_missing_tzids() == set()
    (parsed,) = calendar.events
    assert isinstance(parsed.start, dt.datetime)
    assert parsed.start == start
    assert parsed.start.replace(tzinfo=None) == dt.datetime(2013, 3, 22, 15, 30)
    (vparsed,) = vevents(read_vobject(out))
    assert vparsed.dtstart.value == start  # vobject reads the offset from our VTIMEZONE


@pytest.mark.parametrize(
    ("name", "start", "zone"),
    [
        ("EST", dt.datetime(2023, 1, 9, 9, 0, tzinfo=offset(-5)), "America/New_York"),
        ("CDT", dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(-5)), "America/Chicago"),
        ("MST", dt.datetime(2023, 1, 9, 9, 0, tzinfo=offset(-7)), "America/Denver"),
        ("PDT", dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(-7)), "America/Los_Angeles"),
        ("GMT", dt.datetime(2023, 1, 9, 9, 0, tzinfo=offset(0)), "Europe/London"),
        ("BST", dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(1)), "Europe/London"),
        ("CEST", dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(2)), "Europe/Paris"),
        ("JST", dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(9)), "Asia/Tokyo"),
        ("KST", dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(9)), "Asia/Seoul"),
        ("aedt", dt.datetime(2023, 1, 9, 9, 0, tzinfo=offset(11)), "Australia/Sydney"),
    ],
)
def test_zone_abbreviations_map_to_iana_zones(name: str, start: dt.datetime, zone: str) -> None:
    """Each abbreviation of the table gives its IANA zone, with the text's wall-clock time."""
    (parsed,) = parse(make_timeline(timed(start, name))).events
    assert isinstance(parsed.start, dt.datetime)
    assert isinstance(parsed.start.tzinfo, zoneinfo.ZoneInfo)
    assert parsed.start.tzinfo.key == zone
    assert parsed.start == start
    assert parsed.start.replace(tzinfo=None) == start.replace(tzinfo=None)


@pytest.mark.parametrize(
    ("name", "start"),
    [
        # EST is -05:00 all year; New York is at -04:00 in July: the zone would move the time.
        ("EST", dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(-5))),
        ("GMT", dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(0))),
        ("IST", dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(5.5))),  # India, Ireland, Israel
        ("UTC", dt.datetime(2023, 7, 9, 9, 0, tzinfo=dt.UTC)),
        ("UTC+2", dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(2))),
        (None, dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(2))),
        # 01:30 EST on 2023-11-05 is New York's second 01:30: a TZID time means the first.
        ("EST", dt.datetime(2023, 11, 5, 1, 30, tzinfo=offset(-5))),
    ],
)
def test_zone_that_does_not_fit_is_written_in_utc(name: str | None, start: dt.datetime) -> None:
    """An offset, an ambiguous or unlisted name, or a zone that disagrees gives UTC."""
    out = ics(make_timeline(timed(start, name)))
    assert b"TZID" not in out and b"VTIMEZONE" not in out
    (parsed,) = icalendar.Calendar.from_ical(out).events
    assert isinstance(parsed.start, dt.datetime)
    assert parsed.start == start
    assert parsed.start.utcoffset() == dt.timedelta(0)
    assert b"Z\r\n" in out.split(b"DTSTART:")[1][:20]


def test_zone_table_names_real_zones() -> None:
    """Every zone of the table exists, and its abbreviation is one it uses (tzdata spells some,
    such as Singapore's, only as an offset: "+08"); a zone named without its season ("ET")
    uses both its standard and its daylight names ("EST", "EDT")."""
    for abbreviation, key in ZONES.items():
        zone = zoneinfo.ZoneInfo(key)
        names = {
            dt.datetime(year, month, 15, tzinfo=zone).tzname()
            for year in (2013, 2023)
            for month in (1, 7)
        }
        numeric = {name for name in names if name and name[0] in "+-"}
        seasons = {abbreviation[0] + "ST", abbreviation[0] + "DT"}
        generic = len(abbreviation) == 2 and abbreviation[1] == "T" and seasons <= names
        assert abbreviation in names or numeric == names or generic, (abbreviation, key, names)


def test_vtimezones_come_in_name_order_one_per_zone() -> None:
    """Two zones give two VTIMEZONEs, sorted by TZID, whatever the event order."""
    tokyo = timed(dt.datetime(2023, 7, 9, 9, 0, tzinfo=offset(9)), "JST", id="d1.e1")
    york = timed(dt.datetime(2023, 7, 9, 9, 0, tzinfo=EDT), "EDT", id="d1.e2")
    york_again = timed(dt.datetime(2023, 7, 10, 9, 0, tzinfo=EDT), "EDT", id="d1.e3")
    calendar = parse(make_timeline(tokyo, york, york_again))
    assert [tz.tz_name for tz in calendar.timezones] == ["America/New_York", "Asia/Tokyo"]


def test_vtimezone_describes_the_events_days_not_the_years_between() -> None:
    """Times in 1865 and 2023 give a small VTIMEZONE that vobject reads both right with."""
    old = timed(dt.datetime(1945, 1, 9, 9, 0, tzinfo=EDT), "EDT", id="d1.e1")  # war time
    new = timed(dt.datetime(2023, 7, 9, 9, 0, tzinfo=EDT), "EDT", id="d1.e2")
    out = ics(make_timeline(old, new))
    assert len(out) < 4000
    assert b"COMMENT" not in out  # icalendar's comment would name one range only
    starts = [e.dtstart.value for e in vevents(read_vobject(out))]
    assert starts == [old.start, new.start]
    assert [s.replace(tzinfo=None).hour for s in starts] == [9, 9]


def test_zoned_time_near_the_end_of_the_calendar_is_written() -> None:
    """A zoned time in year 9999 or year 1 does not break the VTIMEZONE."""
    late = timed(dt.datetime(9999, 12, 31, 9, 0, tzinfo=offset(9)), "JST", id="d1.e1")
    early = timed(dt.datetime(1, 1, 1, 9, 0, tzinfo=offset(9)), "JST", id="d1.e2")
    calendar = parse(make_timeline(late, early))
    assert len(calendar.events) == 2


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(sorted(ZONES)),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
)
def test_any_named_time_keeps_its_instant_and_wall_clock(name: str, utc: dt.datetime) -> None:
    """Any time named with a listed abbreviation reads back as the same instant in both
    parsers, and a TZID time shows the text's wall-clock time."""
    local = utc.replace(tzinfo=dt.UTC).astimezone(zoneinfo.ZoneInfo(ZONES[name]))
    assert local.utcoffset() is not None
    start = local.replace(tzinfo=dt.timezone(local.utcoffset() or dt.timedelta(0)))
    start = start.replace(microsecond=0)
    out = ics(make_timeline(timed(start, name)))
    (parsed,) = icalendar.Calendar.from_ical(out).events
    (vparsed,) = vevents(read_vobject(out))
    assert parsed.start == start == vparsed.dtstart.value
    assert isinstance(parsed.start, dt.datetime)
    if b"TZID" in out:
        assert parsed.start.replace(tzinfo=None) == start.replace(tzinfo=None)
        assert vparsed.dtstart.value.replace(tzinfo=None) == start.replace(tzinfo=None)


# Recurrence -----------------------------------------------------------------------------------


WEEKLY_MONDAYS = {
    "start": dt.date(2023, 3, 6),
    "end": dt.date(2023, 3, 7),
    "recurrence": "FREQ=WEEKLY;BYDAY=MO",
}


def test_anchored_set_becomes_a_recurring_all_day_event() -> None:
    """ "Every Monday since March 2023" repeats weekly on Mondays from its first occurrence."""
    out = ics(make_timeline(make_event(**WEEKLY_MONDAYS)))
    assert b"RRULE:FREQ=WEEKLY;BYDAY=MO\r\n" in out
    (vparsed,) = vevents(read_vobject(out))
    occurrences = list(itertools.islice(vparsed.getrruleset(addRDate=True), 3))
    assert [o.date() for o in occurrences] == [
        dt.date(2023, 3, 6),
        dt.date(2023, 3, 13),
        dt.date(2023, 3, 20),
    ]
    (parsed,) = icalendar.Calendar.from_ical(out).events
    assert parsed.rrules[0]["BYDAY"] == ["MO"]


def test_until_takes_the_form_of_the_start() -> None:
    """UNTIL is a date for all-day events and UTC for zoned ones (RFC 5545 3.3.10)."""
    day = make_event(**{**WEEKLY_MONDAYS, "recurrence": "FREQ=WEEKLY;UNTIL=20231231T000000Z"})
    assert b"RRULE:FREQ=WEEKLY;UNTIL=20231231\r\n" in ics(make_timeline(day))
    start = dt.datetime(2013, 3, 22, 15, 30, tzinfo=EDT)
    zoned = timed(start, "EDT", recurrence="FREQ=WEEKLY;UNTIL=20130601")
    # The whole last day counts: 23:59:59 in New York is 03:59:59 UTC the next day.
    assert b"RRULE:FREQ=WEEKLY;UNTIL=20130602T035959Z\r\n" in ics(make_timeline(zoned))
    floating = timed(
        dt.datetime(2013, 3, 22, 15, 30), None, recurrence="FREQ=DAILY;UNTIL=20130401T120000Z"
    )
    assert b"RRULE:FREQ=DAILY;UNTIL=20130401T120000\r\n" in ics(make_timeline(floating))


def test_recurring_zoned_event_has_zone_rules_for_years_ahead() -> None:
    """A repeating TZID event's VTIMEZONE has today's DST rules as open-ended yearly rules,
    so occurrences years later (after 2038 too) keep their wall-clock time."""
    start = dt.datetime(2013, 3, 22, 15, 30, tzinfo=EDT)
    out = ics(make_timeline(timed(start, "EDT", recurrence="FREQ=WEEKLY;BYDAY=FR")))
    assert b"RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n" in out  # since 2007, no UNTIL
    assert b"RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\n" in out
    (vparsed,) = vevents(read_vobject(out))
    for year in (2030, 2040):
        summer = next(o for o in vparsed.getrruleset() if o.year == year and o.month == 7)
        assert summer.replace(tzinfo=None).time() == dt.time(15, 30)
        assert summer.utcoffset() == dt.timedelta(hours=-4)


def test_vtimezone_uses_yearly_rules_not_lists_of_dates() -> None:
    """The VTIMEZONE is a few yearly rules, as zone compilers write them, not RDATE lists."""
    out = ics(make_timeline(timed(dt.datetime(2013, 3, 22, 15, 30, tzinfo=EDT), "EDT")))
    vtimezone = out[out.index(b"BEGIN:VTIMEZONE") : out.index(b"END:VTIMEZONE")]
    assert b"RDATE" not in vtimezone
    assert vtimezone.count(b"BEGIN:") <= 10


@pytest.mark.parametrize("rule", ["not a rule", "FREQ=SOMETIMES", "BYDAY=MO", ""])
def test_unreadable_recurrence_leaves_the_first_occurrence(rule: str) -> None:
    """A recurrence icalendar cannot read is left out; the event itself is written."""
    out = ics(make_timeline(make_event(**{**WEEKLY_MONDAYS, "recurrence": rule})))
    assert b"RRULE" not in out
    assert b"DTSTART;VALUE=DATE:20230306\r\n" in out


def test_coarse_recurring_event_follows_the_coarse_policy() -> None:
    """ "Every March" repeats the whole month by default, its first day with start."""
    march = make_event(
        start=dt.date(2024, 3, 1),
        end=dt.date(2024, 4, 1),
        granularity=Granularity.MONTH,
        recurrence="FREQ=YEARLY;BYMONTH=3",
    )
    spanned = only_event(march)
    assert (spanned.start, spanned.end) == (dt.date(2024, 3, 1), dt.date(2024, 4, 1))
    first_day = only_event(march, ics_coarse="start")
    assert (first_day.start, first_day.end) == (dt.date(2024, 3, 1), dt.date(2024, 3, 2))
    assert first_day.rrules[0]["BYMONTH"] == [3]


# Labels of times ------------------------------------------------------------------------------


def test_summary_of_a_modified_time_without_zone_name_shows_its_offset() -> None:
    """An approximate time known only by its offset shows it as UTC±hh:mm."""
    start = dt.datetime(2013, 3, 22, 15, 30, tzinfo=offset(5.5))
    event = timed(start, None, mod=Mod.APPROX)
    assert only_event(event)["SUMMARY"] == "c. 22 March 2013, 15:30 UTC+05:30: The bridge opened"


def test_summary_of_a_modified_part_of_day_names_it() -> None:
    """ "Early Monday morning" is labelled with the part of the day, not 06:00."""
    event = make_event(
        start=dt.datetime(2023, 9, 11, 6),
        end=dt.datetime(2023, 9, 11, 12),
        granularity=Granularity.PART_OF_DAY,
        value="2023-09-11TMO",
        mod=Mod.START,
    )
    assert only_event(event)["SUMMARY"] == "early 11 September 2023, morning: The bridge opened"


def test_a_backslash_before_n_is_text_not_a_line_break() -> None:
    """A Windows path in a sentence or a source ("C:\\New") keeps its backslash in SUMMARY,
    DESCRIPTION and CATEGORIES: icalendar alone would write its "\\N" as a line break."""
    from chrono import extract_timeline

    text = r"On March 3, 2024 the files moved to C:\New\Nick; then they left."
    timeline = extract_timeline(text, dct="2024-03-01", source=r"C:\Notes\new.txt")
    out = ics(timeline)
    event = icalendar.Calendar.from_ical(out).events[0]
    assert str(event["DESCRIPTION"]).startswith(text + "\n\nSource: C:\\Notes\\new.txt ")
    assert "\n" not in str(event["SUMMARY"])
    vevent = vevents(vobject.readOne(out.decode("utf-8")))[0]
    assert vevent.description.value == str(event["DESCRIPTION"])
    assert vevent.categories.value == [r"C:\Notes\new.txt"]
