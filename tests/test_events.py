"""Events: ranges, titles that read as calendar entries, sentences across hard line wraps."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from chrono import extract_document, extract_timeline
from chrono.anchor import easter, holiday_date, holiday_period
from chrono.events import recurrence
from chrono.extract.grammar import load_grammar
from chrono.model import Granularity
from chrono.text import split_sentences

SEED_LIKE = (
    "With Putin summit, North Korea charts new course in fraught Russia\n"
    "relationship\n"
    "[September 12, 2023]\n"
    "By Josh Smith\n"
    "When Kim visited Russia for the first time in 2019, his summit with\n"
    "Putin was almost an afterthought amid the flashier meetings with then-U.S.\n"
    "President Donald Trump and multiple visits to meet with North Korea's\n"
    "only treaty ally and main economic partner, China.\n"
)


@pytest.mark.parametrize(
    ("text", "start", "end", "value"),
    [
        ("It ran 2009-2010.", dt.date(2009, 1, 1), dt.date(2011, 1, 1), "2009/2010"),
        ("from March to May 2019", dt.date(2019, 3, 1), dt.date(2019, 6, 1), "2019-03/2019-05"),
        ("between 1990 and 1995", dt.date(1990, 1, 1), dt.date(1996, 1, 1), "1990/1995"),
    ],
)
def test_a_range_is_two_mentions_and_one_event(
    text: str, start: dt.date, end: dt.date, value: str
) -> None:
    """The two ends stay mentions; the event covers both, end exclusive."""
    timeline = extract_timeline(text, dct="2023-09-12")
    assert len(timeline.documents[0].mentions) == 2
    (event,) = timeline.events
    assert (event.start, event.end, event.value) == (start, end, value)
    assert event.end_mention is not None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # no cue: each weekday alone would be the one before the document date (Mon 09-11,
        # Fri 09-08); the range is the one holding the document date
        ("The store is open Monday through Friday.", "2023-09-11/2023-09-15"),
        ("Open Mon-Fri.", "2023-09-11/2023-09-15"),
        # no cue and no range holding it: the nearest
        ("The fair, Thursday through Saturday, is in Rome.", "2023-09-14/2023-09-16"),
        ("Talks ran from Tuesday to Thursday.", "2023-09-05/2023-09-07"),
        ("Talks will run from Tuesday to Thursday.", "2023-09-12/2023-09-14"),
        ("They stayed from Friday to Monday.", "2023-09-08/2023-09-11"),
        ("The trial was adjourned Monday until Wednesday.", "2023-09-11/2023-09-13"),
        # the end is a dated day: the start is the weekday before it
        ("The fair runs Monday to Friday, Sept. 15.", "2023-09-11/2023-09-15"),
    ],
)
def test_a_weekday_range_runs_forwards_from_the_weekday_before_its_end(
    text: str, value: str
) -> None:
    """A range of weekdays is one event placed as a whole by the tense, its start the last such
    weekday before its end (never a Monday after the Friday)."""
    timeline = extract_timeline(text, dct="2023-09-12")
    (event,) = timeline.events
    assert event.value == value
    assert event.start < event.end
    first, second = timeline.documents[0].mentions
    assert f"{first.value}/{second.value}" == value


def test_two_dates_joined_by_and_are_two_events() -> None:
    """ "in 2018 and 2019" is two dates, not a range (no "between")."""
    timeline = extract_timeline("He visited in 2018 and 2019.", dct="2023-09-12")
    assert [e.value for e in timeline.events] == ["2018", "2019"]


def test_a_reversed_pair_is_not_a_range() -> None:
    """ "2010-2009" cannot be an interval: two events."""
    timeline = extract_timeline("Data for 2010-2009 were revised.", dct="2023-09-12")
    assert len(timeline.events) == 2


def test_sentences_run_across_hard_line_wraps() -> None:
    """A sentence wrapped over lines is one sentence; the short title lines are their own."""
    spans = split_sentences(SEED_LIKE, load_grammar("en")).spans
    texts = [" ".join(SEED_LIKE[s.start : s.end].split()) for s in spans]
    assert "By Josh Smith" in texts
    assert any(
        t.startswith("When Kim visited Russia") and t.endswith("partner, China.") for t in texts
    )


def test_abbreviations_do_not_end_sentences() -> None:
    """ "then-U.S. President" and "Sept. 12" stay inside their sentence."""
    text = "He met then-U.S. President Trump on Sept. 12 in Seoul. Then he left."
    assert len(split_sentences(text, load_grammar("en")).spans) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("It began at 7:02 p.m. The next meeting is in May.", 2),
        ("He moved to the U.S. In 1990 he married.", 2),
        ("It was sold to Acme Inc. The price was not disclosed.", 2),
        ("They met at 7 p.m. Tuesday in Seoul. Then he left.", 2),
        ("Dr. A. Smith spoke at 9 a.m. EST on Monday.", 1),
    ],
)
def test_an_abbreviation_ends_a_sentence_before_a_word_that_opens_one(
    text: str, count: int
) -> None:
    """ "p.m.", "U.S.", "Inc." end their sentence when "The", "In" ... open the next one."""
    assert len(split_sentences(text, load_grammar("en")).spans) == count


def test_a_clock_time_told_in_the_past_after_a_day_ahead_is_of_the_last_day_before() -> None:
    """Minutes dated April 12 and filed on April 15: after "The next meeting will be held on
    Tuesday, May 10", "The meeting adjourned at 8:45 p.m." is of April 12, the day the
    minutes tell, not of the day ahead nor of the filing."""
    doc, _ = extract_document(
        "Minutes of the Board Meeting, April 12, 2022\nThe meeting was called to order at 7:02"
        " p.m. The next regular meeting will be held on Tuesday, May 10. The meeting adjourned"
        " at 8:45 p.m.",
        dct="2022-04-15",
        genre="news",
    )
    assert [(m.text, m.value) for m in doc.mentions] == [
        ("April 12, 2022", "2022-04-12"),
        ("7:02 p.m.", "2022-04-12T19:02"),
        ("Tuesday, May 10", "2022-05-10"),
        ("8:45 p.m.", "2022-04-12T20:45"),
    ]


def test_event_title_is_the_clause_of_its_date_flattened_and_short() -> None:
    """The title names what happened, without the hard line breaks, at most ~100 characters."""
    timeline = extract_timeline(SEED_LIKE)
    event = next(e for e in timeline.events if e.value == "2019")
    assert "\n" not in event.title and len(event.title) <= 101
    assert "Kim visited Russia for the first time in 2019" in event.title
    assert event.sentence.startswith("When Kim visited Russia")


def test_dateline_event_title_and_granularity() -> None:
    """The detected dateline is a day event; years are year events, never a false day."""
    timeline = extract_timeline(SEED_LIKE)
    granularity = {e.value: e.granularity for e in timeline.events}
    assert granularity == {"2019": Granularity.YEAR, "2023-09-12": Granularity.DAY}


@pytest.mark.parametrize(
    ("value", "start", "rule", "first"),
    [
        ("XXXX-WXX-1", dt.date(2023, 3, 1), "FREQ=WEEKLY;BYDAY=MO", dt.date(2023, 3, 6)),
        ("P1D", dt.date(2024, 6, 1), "FREQ=DAILY", dt.date(2024, 6, 1)),
        ("P2W", dt.date(2024, 6, 1), "FREQ=WEEKLY;INTERVAL=2", dt.date(2024, 6, 1)),
        ("XXXX-07", dt.date(1990, 1, 1), "FREQ=YEARLY;BYMONTH=7", dt.date(1990, 7, 1)),
        # "every July 4 since 2001", "every year on 29 February" (the next leap year)
        (
            "XXXX-07-04",
            dt.date(2001, 1, 1),
            "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=4",
            dt.date(2001, 7, 4),
        ),
        (
            "XXXX-02-29",
            dt.date(2021, 3, 1),
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
            dt.date(2024, 2, 29),
        ),
        # "on weekdays", "at weekends" (2024-06-01 is a Saturday)
        (
            "XXXX-WXX-WD",
            dt.date(2024, 6, 1),
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            dt.date(2024, 6, 3),
        ),
        ("XXXX-WXX-WE", dt.date(2024, 6, 3), "FREQ=WEEKLY;BYDAY=SA,SU", dt.date(2024, 6, 8)),
        # "every Monday at 9 a.m.": timed occurrences
        (
            "XXXX-WXX-1T09:00",
            dt.date(2023, 3, 1),
            "FREQ=WEEKLY;BYDAY=MO",
            dt.datetime(2023, 3, 6, 9, 0),
        ),
    ],
)
def test_recurrence_of_set_values(
    value: str, start: dt.date, rule: str, first: dt.date | dt.datetime
) -> None:
    """TIMEX3 set values map to RFC 5545 RRULEs and a first occurrence on or after the anchor."""
    found = recurrence(value, start)
    assert found is not None
    assert (found[0], found[1]) == (rule, first)


def test_sets_a_calendar_cannot_repeat_have_no_recurrence() -> None:
    """ "every hour" has no day-level recurrence here."""
    assert recurrence("PT1H", dt.date(2024, 1, 1)) is None


@pytest.mark.parametrize(
    ("rule", "year", "day"),
    [
        ("12-25", 2023, dt.date(2023, 12, 25)),
        ("nth:11:4:4", 2023, dt.date(2023, 11, 23)),
        ("nth:05:-1:1", 2024, dt.date(2024, 5, 27)),
        ("nth:11:1:1+1", 2024, dt.date(2024, 11, 5)),
        ("easter:-2", 2024, dt.date(2024, 3, 29)),
        # lunar and lunisolar holidays, from the shipped table
        ("table:eid_al_fitr", 2024, dt.date(2024, 4, 10)),
        ("table:eid_al_adha", 2024, dt.date(2024, 6, 16)),
        ("table:ramadan", 2024, dt.date(2024, 3, 11)),
        ("table:diwali", 2023, dt.date(2023, 11, 12)),
        ("table:lunar_new_year", 2024, dt.date(2024, 2, 10)),
        ("table:tet", 1985, dt.date(1985, 1, 21)),  # Vietnam's, a month before China's
        ("table:rosh_hashanah", 2023, dt.date(2023, 9, 16)),
        ("table:yom_kippur", 2023, dt.date(2023, 9, 25)),
        # Hanukkah 2023: the first candle on the evening of 7 December, 25 Kislev the 8th
        ("table:hanukkah", 2023, dt.date(2023, 12, 8)),
        ("table:passover", 2024, dt.date(2024, 4, 23)),
        ("table:vesak", 2024, dt.date(2024, 5, 22)),
        ("table:holi", 2024, dt.date(2024, 3, 25)),
        # two Eids al-Fitr in 2000 (8 January, 27 December): a year's first
        ("table:eid_al_fitr", 2000, dt.date(2000, 1, 8)),
    ],
)
def test_holiday_rules(rule: str, year: int, day: dt.date) -> None:
    """Fixed days, nth weekdays (and the last one), days after them, Easter offsets; Islamic
    (Umm al-Qura), Hebrew, Chinese, Vietnamese, Hindu and Buddhist holidays have the civil
    days calendars print for them."""
    assert holiday_date(rule, year) == day


def test_a_year_the_lunar_table_lacks_has_an_unknown_day() -> None:
    """Outside 1900-2100 (and Holi outside 2001-2035) the year is kept, the day left unknown."""
    for rule, year in (("table:diwali", 1850), ("table:eid_al_fitr", 2150), ("table:holi", 1990)):
        period = holiday_period(rule, year)
        assert (period.value, period.start) == (f"{year}-XX-XX", None)


def test_ramadan_spans_the_month_up_to_eid_al_fitr() -> None:
    """Ramadan's value is its first day, its interval the whole month (also across New Year)."""
    period = holiday_period("table:ramadan/table:eid_al_fitr", 2024)
    assert (period.value, period.start, period.end) == (
        "2024-03-11",
        dt.date(2024, 3, 11),
        dt.date(2024, 4, 10),
    )
    assert holiday_period("table:ramadan/table:eid_al_fitr", 1999).end == dt.date(2000, 1, 8)


def test_easter_matches_known_dates() -> None:
    """The computus gives the published Western Easter dates."""
    known = {1998: (4, 12), 2000: (4, 23), 2019: (4, 21), 2024: (3, 31), 2025: (4, 20)}
    for year, (month, day) in known.items():
        assert easter(year) == dt.date(year, month, day)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The call is from 3 p.m. to 7 p.m. ET.",
            "2024-03-14T15:00:00-04:00",
            "2024-03-14T19:01:00-04:00",
        ),
        (
            "The call is from 4 to 7 p.m. ET.",
            "2024-03-14T16:00:00-04:00",
            "2024-03-14T19:01:00-04:00",
        ),
        (
            "It runs from 3 p.m. ET to 7 p.m.",
            "2024-03-14T15:00:00-04:00",
            "2024-03-14T19:01:00-04:00",
        ),
    ],
)
def test_a_range_of_clock_times_with_one_zone_is_one_event_in_that_zone(
    text: str, start: str, end: str
) -> None:
    """The zone written once holds for both ends (was a TypeError: a naive and an aware time
    compared; found by tools/fuzz.py)."""
    timeline = extract_timeline(text, dct="2024-03-14")
    assert [(e.start.isoformat(), e.end.isoformat()) for e in timeline.events] == [(start, end)]


def test_an_event_over_the_hour_a_clock_falls_back_over_runs_forwards() -> None:
    # 01:45 MDT, then 01:30 MST a quarter of an hour later: Python compares two datetimes of
    # one zone by their wall clocks, which would call this interval backwards.
    from chrono.model import Event, Span

    denver = zoneinfo.ZoneInfo("America/Denver")
    start = dt.datetime(1976, 10, 31, 1, 45, tzinfo=denver)
    end = dt.datetime(1976, 10, 31, 1, 30, fold=1, tzinfo=denver)
    fields = dict(id="e", document="d", mention="m", granularity=Granularity.MINUTE)
    more = dict(value="1976-10-31T01:45", title="t", sentence="s", span=Span(start=0, end=1))
    assert Event(start=start, end=end, **fields, **more).end == end
    with pytest.raises(ValueError, match="must be after its start"):
        Event(start=end, end=start, **fields, **more)
