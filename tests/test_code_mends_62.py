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
"""

from __future__ import annotations

import pytest
from passages import Row, mentions, note_mentions

from chrono.extract import Extractor
from chrono.extract.grammar import load_grammar


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
