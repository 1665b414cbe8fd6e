"""Every rule's examples run as tests: rules are data, and each example pins its behaviour."""

from __future__ import annotations

import pytest

from chrono.api import extract_document
from chrono.extract.grammar import Example, NegativeExample, load_grammar

DCT = "2023-09-12"  # a Tuesday: the document date every rule example is written against

GRAMMAR = load_grammar("en")
POSITIVE = [
    pytest.param(rule.id, ex, id=f"{rule.id}:{ex.text}")
    for rule in GRAMMAR.rules
    for ex in rule.examples
]
NEGATIVE = [
    pytest.param(neg.id, ex, id=f"{neg.id}:{ex.text}")
    for neg in GRAMMAR.negatives
    for ex in neg.examples
]


@pytest.mark.parametrize(("rule_id", "example"), POSITIVE)
def test_rule_example_is_found_with_its_value(rule_id: str, example: Example) -> None:
    """The rule finds its example's extent and normalizes it to the example's value and mod."""
    doc, _ = extract_document(example.text, dct=DCT)
    got = [(m.text, m.value, m.mod.value if m.mod else None, m.rule) for m in doc.mentions]
    assert (example.match, example.value, example.mod, rule_id) in got, got


@pytest.mark.parametrize(("rule_id", "example"), NEGATIVE)
def test_negative_rule_example_yields_only_kept_mentions(
    rule_id: str, example: NegativeExample
) -> None:
    """Look-alikes (modal "may", money, codes, phone numbers...) are not temporal expressions."""
    doc, _ = extract_document(example.text, dct=DCT)
    assert [m.text for m in doc.mentions] == list(example.keep)


def test_every_rule_has_examples_and_a_unique_id() -> None:
    """The grammar loads, and every rule carries at least one runnable example."""
    ids = [r.id for r in GRAMMAR.rules] + [n.id for n in GRAMMAR.negatives]
    assert len(ids) == len(set(ids))
    assert all(r.examples for r in GRAMMAR.rules)


def test_every_rule_pattern_compiles() -> None:
    """Patterns compile when first used (start-up compiles only what a text reaches): every
    shipped rule and negative rule must compile, whether or not an example reaches it."""
    for rule in (*GRAMMAR.rules, *GRAMMAR.negatives):
        assert rule.regex.compiled.pattern == rule.regex.pattern, rule.id


def test_a_bad_pattern_is_reported_with_its_rule_when_first_used() -> None:
    """A pattern that is no regular expression raises RuleError naming where it comes from."""
    from chrono.errors import RuleError
    from chrono.extract.grammar import Pattern

    bad = Pattern("(?P<year>\\d{4}", 0, "en/dates.toml rule 'date.broken'")
    with pytest.raises(RuleError, match=r"date\.broken.*bad pattern"):
        bad.match("1999")
