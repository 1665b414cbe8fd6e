"""Code mends of session 22: knowledge moved out of code that named rule ids or held tables.

Each mend keeps what chrono finds as it was (TimeML conventions, as TimeBank annotates them;
news anchored to the document date, notes to their header's); the tests pin the behaviour the
moved knowledge carries, beside look-alikes that must keep their value:
- a rule's flag slots reach its Spec whatever the rule's type, a duration's too: "in as many
  years" is counted by its rule's flag (as_many), not by chrono/events.py naming the rule;
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

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
