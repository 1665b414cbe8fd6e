"""Code mends of session 22: knowledge moved out of code that named rule ids or held tables.

Each mend keeps what chrono finds as it was (TimeML conventions, as TimeBank annotates them;
news anchored to the document date, notes to their header's); the tests pin the behaviour the
moved knowledge carries, beside look-alikes that must keep their value:
- a rule's flag slots reach its Spec whatever the rule's type, a duration's too: "in as many
  years" is counted by its rule's flag (as_many), not by chrono/events.py naming the rule;
- the hospital or postoperative day a note says it is written on ("HD #4", "POD #2 s/p
  colectomy") is a day of the stay by its rule's flag (stay_day), not by chrono/dct.py naming
  the rules: the admission or the operation is dated from it, not from a course's day ("day 4
  of prednisone") nor a transplant's "D+3";
- the zones a writer names by their standard time all year ("EST" in September) are the
  vocabulary's [summer_time], read through the grammar, not an events.py table of offsets; a
  zone named without its season ("9:30 p.m. ET (0130 GMT Tuesday)"), which crashed the
  document, is at its standard or its summer time, as the zone data gives them; a summer
  time ("EDT") or a zone with one clock all year ("JST") is where it says;
- the weekdays chrono/text.py counts between (a vote and its results, a hearing and the day
  it was set on, the nearest of an event's day) are numbered by the vocabulary's weekdays.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions, note_mentions

from chrono.errors import RuleError
from chrono.extract import Extractor
from chrono.extract.grammar import _check_summer_times, load_grammar


def _news(text: str, dct: str = "2024-05-10") -> list[Row]:
    return mentions(text, dct=dct, genre="news")


# ---- 1. flags for every rule type: "in as many" ------------------------------------------------


def test_as_many_is_a_flag_of_the_rule() -> None:
    """The rule of "in as many years" carries as_many in its slots."""
    rules = {rule.id: rule for rule in load_grammar().rules}
    assert rules["duration.as_many"].slots.get("as_many") == "true"


def test_a_duration_rule_flag_reaches_its_spec() -> None:
    """A duration's Spec carries its rule's flag; a duration of another rule has none."""
    specs = {
        item.text: item.spec
        for item in Extractor().find("Three deployments in as many years, then three years more.")
    }
    assert specs["as many years"].as_many
    assert not specs["three years"].as_many


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Four bridges collapsed in as many decades.",
            [("as many decades", "DURATION", "P4DE")],
            id="decades",
        ),
        pytest.param(
            "Two strikes in as many weeks shut the port.",
            [("as many weeks", "DURATION", "P2W")],
            id="weeks",
        ),
        # look-alike: "many years" of another rule stays vague after a count
        pytest.param(
            "Three firms failed over many years.",
            [("many years", "DURATION", "PXY")],
            id="many_years_stays_vague",
        ),
    ],
)
def test_as_many_counted_by_its_flag(text: str, expected: list[Row]) -> None:
    """'in as many' takes the count before it; a vague 'many years' of another rule does not."""
    assert _news(text) == expected


# ---- 2. the day of the stay a note is written on, by its flag ----------------------------------


def test_stay_day_is_a_flag_of_the_rules() -> None:
    """The hospital day and the postoperative day rules carry stay_day in their slots."""
    rules = {rule.id: rule for rule in load_grammar().rules}
    assert rules["date.hospital_day"].slots.get("stay_day") == "true"
    assert rules["date.postoperative_day"].slots.get("stay_day") == "true"
    assert "stay_day" not in rules["date.d_plus"].slots


@pytest.mark.parametrize(
    ("header", "text", "expected"),
    [
        pytest.param(
            "PROGRESS NOTE 05/11/2017\n",
            "HD #4.\nHeparin was started on hospital day 2.",
            [("HD #4", "DATE", "2017-05-11"), ("hospital day 2", "DATE", "2017-05-09")],
            id="hospital_day_alone",
        ),
        pytest.param(
            "MICU NOTE 05/11/2017\n",
            "63M with HCAP, HD #4.\nCultures grew MRSA on hospital day 2.",
            [("HD #4", "DATE", "2017-05-11"), ("hospital day 2", "DATE", "2017-05-09")],
            id="hospital_day_after_a_comma",
        ),
        pytest.param(
            "SURGERY PROGRESS NOTE 03/12/2014\n",
            "POD #2 s/p colectomy.\nExtubated on POD 1.",
            [("POD #2", "DATE", "2014-03-12"), ("POD 1", "DATE", "2014-03-11")],
            id="postoperative_day",
        ),
        # look-alikes: a course's day of the same rule dates no admission; "D+3" no operation
        pytest.param(
            "PROGRESS NOTE 05/11/2017\n",
            "Pt with COPD, day 4 of prednisone.\nHeparin was started on hospital day 2.",
            [
                ("day 4 of prednisone", "DATE", "2017-05-11"),
                ("hospital day 2", "DATE", "2017-05-12"),
            ],
            id="course_day",
        ),
        pytest.param(
            "BMT NOTE 03/12/2014\n",
            "D+3\nEngrafting; ANC rose on POD 2.",
            [("D+3", "DATE", "2014-03-15"), ("POD 2", "DATE", "2014-03-14")],
            id="d_plus",
        ),
    ],
)
def test_day_of_the_stay_a_note_is_written_on(header: str, text: str, expected: list[Row]) -> None:
    """A hospital or postoperative day a note is written on dates the admission or operation."""
    assert note_mentions(header, text) == expected


# ---- 3. the summer time of a zone, from the vocabulary -----------------------------------------


@pytest.mark.parametrize(
    ("zone", "summer"),
    [
        ("EST", "-04:00"),
        ("Eastern Standard Time", "-04:00"),
        ("CET", "+02:00"),
        ("AKST", "-08:00"),
        ("NZST", "+13:00"),
        # a summer time, a zone with one clock all year, UTC: no summer time to slip to
        ("EDT", None),
        ("JST", None),
        ("SAST", None),
        ("GMT", None),
    ],
)
def test_summer_offset_of_a_standard_time(zone: str, summer: str | None) -> None:
    """The grammar gives a standard time's summer offset from [summer_time] and [timezone]."""
    assert load_grammar().summer_offset(zone) == summer


def test_summer_times_are_checked_on_load() -> None:
    """A [summer_time] entry must pair fixed offsets of [timezone], the summer one ahead."""
    zones = {"est": "-05:00", "edt": "-04:00", "et": "America/New_York"}
    _check_summer_times({"timezone": zones, "summer_time": {"est": "edt"}})
    for bad in ({"edt": "est"}, {"et": "edt"}, {"est": "pdt"}):
        with pytest.raises(RuleError):
            _check_summer_times({"timezone": zones, "summer_time": bad})


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The launch was at 9:30 p.m. ET (0130 GMT Tuesday), NASA said.",
            "2024-09-18",
            [
                ("9:30 p.m. ET", "TIME", "2024-09-16T21:30-04:00"),
                ("0130 GMT Tuesday", "TIME", "2024-09-17T01:30+00:00"),
            ],
            id="et_in_summer",
        ),
        pytest.param(
            "Polls closed at 9 p.m. Eastern (0200 GMT Wednesday), officials said.",
            "2024-11-08",
            [
                ("9 p.m. Eastern", "TIME", "2024-11-05T21:00-05:00"),
                ("0200 GMT Wednesday", "TIME", "2024-11-06T02:00+00:00"),
            ],
            id="eastern_in_winter",
        ),
        pytest.param(
            "The launch was at 9:30 p.m. EST (0130 GMT Tuesday), NASA said.",
            "2024-09-18",
            [
                ("9:30 p.m. EST", "TIME", "2024-09-16T21:30-05:00"),
                ("0130 GMT Tuesday", "TIME", "2024-09-17T01:30+00:00"),
            ],
            id="est_written_in_summer",
        ),
        # look-alikes: a summer time and a zone of one clock an hour off name no day
        pytest.param(
            "The launch was at 9:30 p.m. EDT (0230 GMT Tuesday), NASA said.",
            "2024-09-18",
            [
                ("9:30 p.m. EDT", "TIME", "2024-09-18T21:30-04:00"),
                ("0230 GMT Tuesday", "TIME", "2024-09-17T02:30+00:00"),
            ],
            id="edt_an_hour_off",
        ),
        pytest.param(
            "The speech was at 9:30 p.m. JST (1130 GMT Tuesday), officials said.",
            "2024-09-18",
            [
                ("9:30 p.m. JST", "TIME", "2024-09-18T21:30+09:00"),
                ("1130 GMT Tuesday", "TIME", "2024-09-17T11:30+00:00"),
            ],
            id="jst_an_hour_off",
        ),
    ],
)
def test_a_zone_restated_in_gmt_names_its_day(text: str, dct: str, expected: list[Row]) -> None:
    """A clock restated in GMT is on the day the zone's standard or summer time puts it."""
    assert _news(text, dct) == expected


# ---- 4. the weekdays of the tense reading, numbered by the vocabulary --------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Results of Sunday's election are expected on Friday.",
            "2024-05-07",
            [("Sunday", "DATE", "2024-05-05"), ("Friday", "DATE", "2024-05-10")],
            id="vote_over_before_its_results",
        ),
        pytest.param(
            "On Monday the judge set a hearing for Thursday.",
            "2024-05-10",
            [("Monday", "DATE", "2024-05-06"), ("Thursday", "DATE", "2024-05-09")],
            id="hearing_set_on_a_day_passed",
        ),
        pytest.param(
            "The outcome of Sunday's runoff remains unclear.",
            "2024-05-08",
            [("Sunday", "DATE", "2024-05-05")],
            id="nearest_event_day",
        ),
        # look-alikes: results that can follow the coming vote, a vote still to come
        pytest.param(
            "Results of Sunday's election will be known on Monday.",
            "2024-05-10",
            [("Sunday", "DATE", "2024-05-12"), ("Monday", "DATE", "2024-05-13")],
            id="vote_to_come",
        ),
        pytest.param(
            "Polls show Labour far ahead in Thursday's general election.",
            "2024-05-06",
            [("Thursday", "DATE", "2024-05-09")],
            id="event_ahead",
        ),
    ],
)
def test_weekdays_counted_in_the_tense_reading(text: str, dct: str, expected: list[Row]) -> None:
    """A vote, a hearing or an event named by its weekday is counted with the vocabulary's."""
    assert _news(text, dct) == expected
