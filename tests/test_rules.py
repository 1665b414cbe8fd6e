"""Every rule's examples run as tests: rules are data, and each example pins its behaviour."""

from __future__ import annotations

import marshal
import shutil
import tomllib
from pathlib import Path

import attrs
import pytest
from build_tool import build_tool

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


def test_the_grammar_is_loaded_once_however_its_language_is_passed() -> None:
    """``load_grammar()``, ``load_grammar("en")`` and ``load_grammar(language="en")`` are one
    grammar, loaded once: splitting sentences after "a.m." (which reads its vocabulary)
    loads no second one."""
    assert load_grammar() is load_grammar("en") is load_grammar(language="en")


def test_a_bad_pattern_is_reported_with_its_rule_when_first_used() -> None:
    """A pattern that is no regular expression raises RuleError naming where it comes from."""
    from chrono.errors import RuleError
    from chrono.extract.grammar import Pattern

    bad = Pattern("(?P<year>\\d{4}", 0, "en/dates.toml rule 'date.broken'")
    with pytest.raises(RuleError, match=r"date\.broken.*bad pattern"):
        bad.match("1999")


def test_shipped_parsed_rules_are_the_rule_files_as_parsed_now() -> None:
    """Stale after a rule change: run ``python tools/build_prefix_table.py``."""
    from chrono.extract import rule_cache

    root = Path(__file__).resolve().parents[1]
    shipped = (root / "chrono" / "extract" / rule_cache.CACHE_FILE).read_bytes()
    assert shipped == build_tool().rules(), "run tools/build_prefix_table.py"
    folder = root / "chrono" / "extract" / "rules" / "en"
    table = rule_cache.shipped()
    for path in folder.glob("*.toml"):
        assert table["en"][path.name][1] == tomllib.loads(path.read_text("utf-8")), path.name


@pytest.mark.parametrize("damage", ["missing", "damaged", "other format", "other marshal", "stale"])
def test_a_missing_damaged_or_stale_cache_gives_the_grammar_of_the_toml_files(
    damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a usable cache every rule file is parsed from its TOML: the same grammar."""
    from chrono.extract import rule_cache
    from chrono.extract.grammar import _Loader

    data = (Path(rule_cache.__file__).parent / rule_cache.CACHE_FILE).read_bytes()
    stored = marshal.loads(data)
    table = {
        "missing": {},
        "damaged": rule_cache.read(data[: len(data) // 2]),
        "other format": rule_cache.read(marshal.dumps({**stored, "format": 0})),
        "other marshal": rule_cache.read(marshal.dumps({**stored, "writer": ("marshal", 0)})),
        "stale": {
            language: {name: (source + b"\n", {}) for name, (source, _) in files.items()}
            for language, files in rule_cache.read(data).items()
        },
    }[damage]
    if damage != "stale":
        assert table == {}
    monkeypatch.setattr(rule_cache, "shipped", lambda: table)
    loader = _Loader("en")
    assert loader.parsed is table
    # (grammars and rules are compared field by field: attrs makes them no __eq__)
    assert attrs.asdict(loader.load()) == attrs.asdict(GRAMMAR)


def test_an_edited_rule_file_is_read_from_its_toml_not_from_the_cache(tmp_path: Path) -> None:
    """The TOML files are the source of truth: an edited (or new) file is parsed afresh, the
    others are read from the cache."""
    from chrono.errors import RuleError
    from chrono.extract import rule_cache

    source = Path(rule_cache.__file__).parent / "rules" / "en"
    folder = tmp_path / "en"
    shutil.copytree(source, folder)
    table = rule_cache.read(rule_cache.build({"en": folder}))
    edited = folder / "ranges.toml"
    edited.write_text(edited.read_text("utf-8") + '\n[extra]\nnote = "edited"\n', "utf-8")
    (folder / "new.toml").write_text('[[rule]]\nid = "new"\n', "utf-8")
    data = rule_cache.parsed("en", edited, table)
    assert data["extra"] == {"note": "edited"}
    assert data == tomllib.loads(edited.read_text("utf-8"))
    assert rule_cache.parsed("en", folder / "new.toml", table) == {"rule": [{"id": "new"}]}
    kept = rule_cache.parsed("en", folder / "dates.toml", table)
    assert kept is table["en"]["dates.toml"][1]  # unchanged: not parsed again
    assert rule_cache.parsed("xx", folder / "dates.toml", table) == kept  # another language
    edited.write_text("[broken", "utf-8")
    with pytest.raises(RuleError, match="end of a table declaration"):  # tomllib's message
        rule_cache.parsed("en", edited, table)
