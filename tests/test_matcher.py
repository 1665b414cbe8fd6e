"""The fast matcher (rules tried only at trigger words) finds what a full scan finds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import hypothesis
import pytest
from build_tool import build_tool
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from chrono.extract.grammar import load_grammar
from chrono.extract.matcher import (
    _RuleIndex,
    candidates,
    candidates_full_scan,
    keys_of,
    select,
    start_prefixes,
)
from chrono.timeml import read_timeml

GRAMMAR = load_grammar("en")
ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "timeml").glob("*.tml"))


def _selected(found: list) -> list[tuple[int, int, str]]:  # type: ignore[type-arg]
    return [(c.start, c.end, c.rule.id) for c in select(found)]


def test_fast_matcher_equals_full_scan_on_the_seed() -> None:
    """Trigger-anchored matching selects exactly the full scan's mentions on a real article."""
    text = (ROOT / "seeds" / "000_6fc72e7ce6816498.txt").read_text("utf-8")
    assert _selected(candidates(text, GRAMMAR)) == _selected(candidates_full_scan(text, GRAMMAR))


def test_fast_matcher_equals_full_scan_on_timeml_fixtures() -> None:
    """Same equivalence on the TimeML fixture documents (news with many date forms)."""
    for path in FIXTURES:
        text = read_timeml(path).text
        fast = _selected(candidates(text, GRAMMAR))
        assert fast == _selected(candidates_full_scan(text, GRAMMAR)), path.name


def test_every_rule_example_is_found_by_the_full_scan_too() -> None:
    """Rule examples do not depend on the matcher's shortcuts."""
    for rule in GRAMMAR.rules:
        for example in rule.examples:
            full = _selected(candidates_full_scan(example.text, GRAMMAR))
            fast = _selected(candidates(example.text, GRAMMAR))
            assert fast == full, (rule.id, example.text)


def test_start_prefixes_are_known_for_most_rules() -> None:
    """The rule index understands nearly every pattern (unknown ones are tried everywhere)."""
    unknown = [r.id for r in GRAMMAR.rules if start_prefixes(r.regex) is None]
    assert len(unknown) <= 3, unknown


WORDS = st.sampled_from(
    [
        "the",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "of",
        "in",
        "on",
        "May",
        "March",
        "Friday",
        "2019",
        "1990s",
        "'90s",
        "12",
        "3:30",
        "p.m.",
        "a.m.",
        "EDT",
        "ago",
        "later",
        "years",
        "days",
        "a",
        "decade",
        "every",
        "week",
        "quarter",
        "third",
        "half",
        "first",
        "summer",
        "tonight",
        "today",
        "now",
        ",",
        ".",
        "-",
        "/",
        "$",
        "%",
        "555-201-2023",
        "COVID-19",
        "Boeing",
        "747",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=3)), max_size=25).map(" ".join))
def test_fast_matcher_equals_full_scan_on_generated_text(text: str) -> None:
    """Equivalence on random mixes of date-like tokens and junk."""
    assert _selected(candidates(text, GRAMMAR)) == _selected(candidates_full_scan(text, GRAMMAR))


def test_fast_matcher_equals_full_scan_on_every_vocabulary_phrase() -> None:
    """Every word and phrase of the vocabulary tables, alone and in context, is found alike
    (triggers keep one word per phrase; the look-back must reach the phrase's start)."""
    keys = sorted({key for table in GRAMMAR.vocabulary.values() for key in table})
    for key in keys:
        for text in (key, f"It was {key}.", f"the first half of {key} 2019", f"by early {key}"):
            fast = _selected(candidates(text, GRAMMAR))
            assert fast == _selected(candidates_full_scan(text, GRAMMAR)), text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.data())
def test_rule_index_offers_every_rule_at_any_text_it_matches(data: st.DataObject) -> None:
    """Soundness of the prefix index: wherever a rule matches, the index proposes it (strings
    drawn from the rule's own regex, any Unicode digits, cases and spaces included; Hypothesis
    gives up on the few patterns whose lookarounds reject nearly everything)."""
    from chrono.extract.matcher import _index

    rule = data.draw(st.sampled_from(GRAMMAR.rules))
    text = data.draw(st.from_regex(rule.regex.compiled, fullmatch=True))
    assert rule.regex.match(text)
    rules, _ = _index(GRAMMAR, text)
    assert rule in [r for r, _ in rules.at(text, 0)], (rule.id, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.data())
def test_every_rule_match_holds_a_trigger_the_matcher_starts_from(data: st.DataObject) -> None:
    """The trigger invariant: whatever a rule matches, the matcher tries rules at its start (a
    trigger word or number in it, reached back through at most 8 lexicon words / 60 chars;
    whitespace runs are one space here, as in prose)."""
    from chrono.extract.matcher import start_positions

    rule = data.draw(st.sampled_from(GRAMMAR.rules))
    text = " ".join(data.draw(st.from_regex(rule.regex.compiled, fullmatch=True)).split())
    assume(rule.regex.fullmatch(text))
    assert 0 in start_positions(text, GRAMMAR), (rule.id, text)


def test_rule_index_memory_is_bounded_and_forgetting_keys_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long run meets ever new keys: the index forgets them past a bound, same results."""
    from chrono.extract import matcher

    text = (ROOT / "seeds" / "000_6fc72e7ce6816498.txt").read_text("utf-8")
    expected = _selected(candidates(text, GRAMMAR))
    monkeypatch.setattr(matcher, "_MAX_KEYS", 8)
    index = matcher._RuleIndex(GRAMMAR.rules)
    indexes = (index, matcher._index(GRAMMAR, text)[1])
    monkeypatch.setitem(matcher._INDEXES, id(GRAMMAR), (GRAMMAR, {False: indexes, True: indexes}))
    assert _selected(candidates(text, GRAMMAR)) == expected
    assert 0 < len(index.cache) <= 8
    assert 0 < len(index.raw) <= 8


def test_rule_index_reads_the_same_rules_from_its_raw_text_cache() -> None:
    """The cache by raw text answers as the normalized key does, line breaks included."""
    from chrono.extract import matcher

    index = matcher._RuleIndex(GRAMMAR.rules)
    texts = ["in 2005 and", "In 2005 and", "in  \n 2005", "in \n\n2006 x", "in 1999", "May  3"]
    first = [index.at(t, 0) for t in texts]
    fresh = matcher._RuleIndex(GRAMMAR.rules)
    assert [fresh.at(t, 0) for t in reversed(texts)][::-1] == first
    assert [index.at(t, 0) for t in texts] == first


def test_rule_index_offers_at_a_stem_the_rules_of_its_beginnings_in_grammar_order() -> None:
    """The rules of a stem, built on the sets of its beginnings and shared between stems, are
    every rule one of whose prefixes the key begins with (or that the key, cut short by the
    text's end, may still become), in grammar order: for a sample of the known beginnings of
    the rules' and the negative rules' prefixes, and those followed by a letter no prefix
    has there."""
    for rules in (GRAMMAR.rules, GRAMMAR.negatives):
        index = _RuleIndex(rules)
        for stem in sorted(index.known)[::97]:
            for key in [stem] + [stem + "\x01"] * (len(stem) < 7):
                short = len(key) < 7 and key in index.known
                expected = [
                    rule
                    for rule, prefixes in zip(index.rules, index.prefixes, strict=True)
                    if prefixes is None
                    or any(key.startswith(p) or (short and p.startswith(key)) for p in prefixes)
                ]
                found = index._lookup(key, key[:3])
                assert [rule for rule, _ in found] == expected, key
                assert all(match == rule.regex.compiled.match for rule, match in found)


_KEY_TEXT = st.text(alphabet="aAmMyY0159 \n\t:'-.İé\u2028", max_size=9)


@pytest.fixture(scope="module")
def indexes() -> list[tuple[_RuleIndex[Any], _RuleIndex[Any]]]:
    """For the rules and the negative rules: an index kept warm, and one read without caches."""
    return [(_RuleIndex(r), _RuleIndex(r)) for r in (GRAMMAR.rules, GRAMMAR.negatives)]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(st.tuples(_KEY_TEXT, st.sampled_from([0, 1]))))
@hypothesis.example(
    texts=[("a  x", 0), ("a  year", 0), ("a \nx", 0), ("a \nyear", 0), ("İn 2005", 0)]
)
def test_rule_index_answers_from_its_first_characters_as_from_the_whole_key(
    indexes: list[tuple[_RuleIndex[Any], _RuleIndex[Any]]], texts: list[tuple[str, int]]
) -> None:
    """The cache by a position's first characters gives what the normalized key gives, for
    any text met after any others (case, digits, whitespace runs, non-ASCII, text ends)."""
    for warm, cold in indexes:
        for text, pos in texts:
            for cache in (cold.raw, cold.cache, cold.heads):
                cache.clear()
            assert warm.at(text, pos) == cold.at(text, pos), text


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_KEY_TEXT)
@hypothesis.example(text="Up 12%\n\n  in 2019 ")
@hypothesis.example(text="May 9  \t")
def test_rule_index_reads_an_ascii_texts_keys_read_ahead_as_it_reads_each_key(
    indexes: list[tuple[_RuleIndex[Any], _RuleIndex[Any]]], text: str
) -> None:
    """The keys of a whole ASCII text read at once (lower case, every digit 0) give each
    position the rules its own key gives (whitespace runs, text ends); other texts have none."""
    keys = keys_of(text)
    assert (keys is None) == (not text.isascii())
    for ahead, alone in indexes:
        for pos in range(len(text)):
            for index in (ahead, alone):
                for cache in (index.raw, index.cache, index.heads):
                    cache.clear()
            assert ahead.at(text, pos, keys) == alone.at(text, pos), (text, pos)


_ALTERNATIVE = st.text(alphabet="abAB .'", min_size=1, max_size=4).filter(
    lambda s: s.strip() == s and " " not in s
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_ALTERNATIVE, min_size=2, max_size=6),
    st.text(alphabet="abAB .'x", max_size=20),
    st.booleans(),
)
def test_factored_alternation_matches_exactly_what_the_alternation_matches(
    words: list[str], text: str, ignore_case: bool
) -> None:
    import re

    from chrono.extract.grammar import _factor_alternations

    source = "(?:" + "|".join(re.escape(w) for w in words) + ")(?:x|b)?"
    flags = re.IGNORECASE if ignore_case else 0
    plain, factored = re.compile(source, flags), re.compile(_factor_alternations(source), flags)
    for pos in range(len(text) + 1):
        a, b = plain.match(text, pos), factored.match(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_factored_alternation_is_a_trie_when_the_order_allows_it() -> None:
    from chrono.extract.grammar import _factor_alternations

    assert _factor_alternations("(?:was|were|went)") == "(?:w(?:as|e(?:re|nt)))"
    months = r"(?:sept\.|september|sept|sep)"
    assert _factor_alternations(months) == r"(?:sep(?:t(?:(?:\.|ember))?)?)"
    # a shorter alternative tried first may win where the longer would: left as written
    assert _factor_alternations("(?:sep|sept)") == "(?:sep|sept)"
    # character classes and other groups are not alternations of literals
    assert _factor_alternations("[(?:a|b)]") == "[(?:a|b)]"
    assert _factor_alternations(r"(?<!be )(?:a\w|b)") == r"(?<!be )(?:a\w|b)"


_BEHIND = st.text(alphabet="ab @", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_BEHIND, min_size=1, max_size=9),
    st.lists(st.booleans(), min_size=9, max_size=9),
    st.text(alphabet="abAB @1", max_size=16),
    st.booleans(),
)
def test_guarded_look_behinds_match_exactly_what_the_look_behinds_match(
    tails: list[str], boundaries: list[bool], text: str, ignore_case: bool
) -> None:
    """A run of look-behind alternatives tried only after the characters they end with (see
    grammar._guarded) matches where the run matches, and nowhere else, whatever they end
    with, a word boundary before them or not, the case, and the alternatives after them."""
    import re

    from chrono.extract.grammar import _factor_alternations

    behinds = [
        "(?<=" + ("\\b" if b else "") + re.escape(t).replace("\\ ", " ") + ")"
        for t, b in zip(tails, boundaries, strict=False)
    ]
    source = "(?:" + "|".join([*behinds, "(?<=(?:a|b) @)", "x"]) + ")(?:1|b)"
    flags = re.IGNORECASE if ignore_case else 0
    plain, guarded = re.compile(source, flags), re.compile(_factor_alternations(source), flags)
    for pos in range(len(text) + 1):
        a, b = plain.match(text, pos), guarded.match(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_a_wall_of_look_behinds_is_tried_after_the_characters_they_end_with() -> None:
    """ "(?<=@ )|(?<=\\bat )|(?<=\\bmeet at )|..." at every number: one check of the space
    before it, then of the word, instead of each look-behind in turn."""
    from chrono.extract.grammar import _factor_alternations

    wall = r"(?:(?<=@ )|(?<=@)|(?<=\bbe there at )|(?<=\bsee you at )|(?<=\bmeet at )|(?<=\btill ))"
    assert _factor_alternations(wall + r"\d") == (
        r"(?:(?<= )(?:(?<=@ )|(?<= at )(?:(?<=\bbe there at )|(?<=\bsee you at )"
        r"|(?<=\bmeet at ))|(?<=\btill ))|(?<=@))\d"
    )
    # fewer than four, or look-behinds of alternatives, are left as they are
    assert _factor_alternations(r"(?:(?<=a )|(?<=b ))\d") == r"(?:(?<=a )|(?<=b ))\d"
    assert _factor_alternations(r"(?:(?<=a|b)|(?<=c)|(?<=d)|(?<=e))") == (
        r"(?:(?<=a|b)|(?<=c)|(?<=d)|(?<=e))"
    )


def test_literal_runs_inside_mixed_groups_and_named_groups_are_factored() -> None:
    from chrono.extract.grammar import _factor_alternations

    mixed = r"(?:was|were|(?!x)[a-z]+ed|had|has)"
    assert _factor_alternations(mixed) == r"(?:(?:w(?:as|ere))|(?!x)[a-z]+ed|(?:ha(?:d|s)))"
    assert _factor_alternations("(?P<x>May|March)") == "(?P<x>Ma(?:y|rch))"
    # comments, back-references and global flags are left alone
    assert _factor_alternations("(?P=x)(?#c|d)(?i)") == "(?P=x)(?#c|d)(?i)"


def test_shipped_prefix_table_is_the_analysis_of_every_shipped_rule() -> None:
    """Stale after a rule change: run ``python tools/build_prefix_table.py``."""
    import json

    from chrono.extract.matcher import PREFIX_TABLE

    root = Path(__file__).resolve().parents[1]
    module = build_tool()
    shipped = (root / "chrono" / "extract" / PREFIX_TABLE).read_text(encoding="utf-8")
    assert json.loads(shipped) == json.loads(module.table()), "run tools/build_prefix_table.py"
    assert shipped == module.table()


def test_shipped_pattern_code_is_what_re_builds_now_for_every_grammar_pattern() -> None:
    """Stale after a rule change: run ``python tools/build_prefix_table.py``."""
    from chrono.extract import regex_cache

    root = Path(__file__).resolve().parents[1]
    shipped = regex_cache.read((root / "chrono" / "extract" / regex_cache.CACHE_FILE).read_bytes())
    if not shipped[0]:
        pytest.skip("patterns.bin was built by another Python: chrono compiles with re here")
    fresh = regex_cache.read(regex_cache.build(*build_tool().patterns()))
    assert shipped[0].keys() == fresh[0].keys(), "run tools/build_prefix_table.py"
    assert shipped == fresh, "run tools/build_prefix_table.py"


def test_a_pattern_for_ascii_texts_is_none_where_unicode_case_folds_onto_ascii() -> None:
    """Ignoring case in Unicode, "[\\x80-\\U0010ffff]" matches "k" (the Kelvin sign) and "ſ"
    matches "s": such a pattern has no ASCII compile; every shipped rule has one, and a text
    with a separator that only Unicode reads as whitespace is no ASCII text."""
    import re

    from chrono.extract import regex_cache

    assert re.compile("[\\x80-\\U0010ffff]", re.IGNORECASE).match("k")
    assert not re.compile("[\\x80-\\U0010ffff]", re.IGNORECASE | re.ASCII).match("k")
    for pattern in ("[\\x80-\\U0010ffff]", "\u017f", "[^\u0131]", "(?-i:x)|\u212a"):
        assert regex_cache.compile_ascii(pattern, re.IGNORECASE) is None, pattern
    assert regex_cache.compile_ascii("[–—-]|(?i:may)\\b", 0) is not None
    for rule in (*GRAMMAR.rules, *GRAMMAR.negatives):
        assert rule.regex.ascii is not rule.regex.compiled, rule.id
        assert rule.regex.ascii.flags & re.ASCII, rule.id
    assert regex_cache.ascii_text("On 3 May, at 10:30.\n")
    assert not regex_cache.ascii_text("On 3\x1cMay")
    assert not regex_cache.ascii_text("On 3 May – 4 May")
    assert re.compile("\\s").match("\x1c") and not re.compile("\\s", re.ASCII).match("\x1c")


def test_a_stored_pattern_is_the_pattern_re_compiles() -> None:
    import re

    from chrono.extract import regex_cache

    rule = next(r for r in GRAMMAR.rules if r.id == "date.month_day")
    pattern, flags = rule.regex.pattern, rule.regex.flags
    stored = regex_cache.compile_regex(pattern, flags)
    compiled = re.compile(pattern, flags)
    assert stored is not compiled  # not re's cache: the stored code
    assert (stored.pattern, stored.flags, stored.groups, stored.groupindex) == (
        compiled.pattern,
        compiled.flags,
        compiled.groups,
        compiled.groupindex,
    )
    text = "It opened on Sept. 12 and closed on march 3rd, not on May I."
    assert [m.groupdict() for m in stored.finditer(text)] == [
        m.groupdict() for m in compiled.finditer(text)
    ]
    assert [m.span() for m in stored.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_a_pattern_not_stored_or_stored_damaged_is_compiled_by_re(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import re

    from chrono.extract import regex_cache

    assert regex_cache.compile_regex(r"zzq (\d+)", re.IGNORECASE).match("ZZQ 12")
    bad = (int(re.UNICODE), b"\x00" * 8, 0, {}, ())
    monkeypatch.setattr(regex_cache, "_table", lambda: ({regex_cache._key("a(b)", 0): bad}, {}))
    compiled = regex_cache.compile_regex("a(b)", 0)
    assert compiled.groups == 1 and compiled.match("ab")
    with pytest.raises(re.error):
        regex_cache.compile_regex("a(b", 0)


def test_the_lexicon_is_the_words_of_the_keys_and_of_the_patterns_read_as_before() -> None:
    """The lexicon (stored with the rewrites) holds the words of the vocabulary's keys as they
    are and those of every macro's and pattern's text in lower case, pattern syntax that looks
    like words left out: what reading each key and text on its own gives."""
    import re

    from chrono.extract import grammar, regex_cache

    found: dict[str, frozenset[str]] = {}
    lexicon = grammar._Loader.lexicon

    def read_each(loader: Any, rules: Any, negatives: Any) -> frozenset[str]:
        words: set[str] = set()
        for entries in loader.vocabulary.values():
            for key in entries:
                words.update(re.findall(r"[^\W\d_]+", key))
        for source in [*loader.macros.values(), *loader.raw_patterns]:
            source = grammar._NOT_WORDS.sub(" ", source)
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", source))
        found["each"], found["stored"] = frozenset(words), lexicon(loader, rules, negatives)
        with regex_cache.recording():  # rewritten afresh
            found["fresh"] = lexicon(loader, rules, negatives)
        return found["stored"]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grammar._Loader, "lexicon", read_each)
        assert grammar._Loader("en").load().lexicon == GRAMMAR.lexicon
    assert found["stored"] == found["fresh"] == found["each"] == GRAMMAR.lexicon
    assert {"tomorrow", "yesterday", "ago"} <= GRAMMAR.lexicon
    assert not {"P", "MONTH"} & GRAMMAR.lexicon  # no group or macro names
    text = f"{grammar._LEXICON_TAG}9\0Sept. éténext\n(?P<rel>Next|Last) {{MONTH}}\\bweek"
    assert grammar._lexicon(text).split() == ["Sept", "last", "next", "week", "été"]


def test_a_cache_file_built_elsewhere_or_damaged_holds_no_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from chrono.extract import regex_cache

    data = regex_cache.build([("a+b", 0)], {"a b": "a\\s+b"})
    assert [len(part) for part in regex_cache.read(data)] == [1, 1]
    assert regex_cache.read(data[:-3]) == ({}, {})
    assert regex_cache.read(b"not a cache") == ({}, {})
    monkeypatch.setattr(regex_cache, "INTERPRETER", ("cpython", (3, 99), 0, 4, 4, "little"))
    assert regex_cache.read(data) == ({}, {})


def test_a_stored_rewrite_is_read_and_any_other_text_rewritten(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from chrono.extract import regex_cache

    table = regex_cache.read(regex_cache.build([], {"a b": "a\\s+b"}))
    monkeypatch.setattr(regex_cache, "_table", lambda: table)
    assert regex_cache.rewritten("a b", str.upper) == "a\\s+b"
    assert regex_cache.rewritten("c d", str.upper) == "C D"
    with regex_cache.recording() as (_, made):  # the tool rewrites afresh
        assert regex_cache.rewritten("a b", str.upper) == "A B"
    assert made == {"a b": "A B"}


def test_a_pattern_missing_from_the_prefix_table_is_analysed_at_load() -> None:
    import re

    from chrono.extract.matcher import known_prefixes, start_prefixes

    fresh = re.compile(r"(?<!\w)(?:zzq (?:one|two))(?!\w)", re.IGNORECASE)
    assert known_prefixes(fresh) == start_prefixes(fresh) == frozenset({"zzq one", "zzq two"})


_TWINS = {
    kind: _RuleIndex(rules)
    for kind, rules in (("rules", GRAMMAR.rules), ("negatives", GRAMMAR.negatives))
}
_KNOWN = {kind: sorted(index.known) for kind, index in _TWINS.items()}


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(_TWINS)), st.data())
def test_a_key_cut_short_by_the_end_of_a_text_gets_the_rules_of_every_longer_prefix(
    kind: str, data: st.DataObject
) -> None:
    """At the end of a text a key may be shorter than any prefix it begins: the index offers
    the rules of every prefix that properly begins with it (each prefix of the analysis and
    its beginnings, and texts that begin none), in both the index and its ASCII twin."""
    index = _TWINS[kind]
    twin = index.for_ascii()
    stem = data.draw(st.one_of(st.sampled_from(_KNOWN[kind]), st.text(max_size=3)))
    expected = 0
    for prefix, bits in index.by_prefix.items():
        if len(prefix) > len(stem) and prefix.startswith(stem):
            expected |= bits
    assert index.longer(stem) == twin.longer(stem) == expected


def test_the_look_back_reaches_the_start_of_a_long_range_of_amounts() -> None:
    """Nine rule words before the trigger ("fortnight"): the expression's start is offered."""
    from chrono.extract.matcher import start_positions

    text = "the next a couple of to a couple of fortnight"
    assert 0 in start_positions(text, GRAMMAR)
    assert 0 in [c.start for c in candidates(text, GRAMMAR) if c.rule.id == "duration.range"]


def test_clock_duration_reads_the_parts_of_a_length() -> None:
    """A length written as a clock: minutes and seconds, or hours and minutes; zero parts drop."""
    from chrono.extract.interpret import SlotError, clock_duration

    assert clock_duration({"minute": "1", "second": "30"}) == "PT1M30S"
    assert clock_duration({"hour": "2", "minute": "15"}) == "PT2H15M"
    assert clock_duration({"minute": "12", "second": "00"}) == "PT12M"
    with pytest.raises(SlotError):
        clock_duration({"minute": "0", "second": "00"})


def _start_positions_by_tokens(text: str) -> list[int]:
    """The definition of the start positions, one token at a time: every token that is a
    trigger (in any case) or holds a digit (and a sign, "<" or ">", right before it), and the
    lexicon words (and opening apostrophes) right before it, at most 12 words and 80
    characters back."""
    import re

    tokens = [(m.start(), m.group().lower()) for m in re.finditer(r"\w+", text)]
    starts: set[int] = set()
    for i, (pos, word) in enumerate(tokens):
        # a trigger stretched by a run of its last letter is one too ("tmrwww"; "dd" also)
        run = re.search(r"(\w)\1*$", word)
        end = run.start() if run else len(word)
        stretched = any(word[: end + k] in GRAMMAR.triggers for k in range(1, len(word) - end))
        if word not in GRAMMAR.triggers and not stretched and not re.search(r"\d", word):
            continue
        for k, (tpos, tword) in enumerate(reversed(tokens[max(0, i - 12) : i + 1])):
            if tpos < pos - 80 or (
                k and tword not in GRAMMAR.lexicon and not re.search(r"\d", tword)
            ):
                break
            starts.add(tpos)
            if tpos > 0 and text[tpos - 1] in "'’‘":
                starts.add(tpos - 1)
            for sign in ("<", ">", "< ", "> "):  # "> 10 years ago", "< a half-hour"
                if tpos >= len(sign) and text.startswith(sign, tpos - len(sign)):
                    starts.add(tpos - len(sign))
    return sorted(starts)


_CASES = st.sampled_from(["İ", "ſunday", "MAY", "Ｍonday", "x1", "_", "½", "²", "'99", "’90s"])


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.lists(st.one_of(WORDS, _CASES, st.text(max_size=3)), max_size=40).map(" ".join),
        st.text(),
    )
)
def test_start_positions_are_those_of_the_token_by_token_definition(text: str) -> None:
    """The compiled trigger scan and the reversed-text look-back find exactly the positions
    the plain token loop defines (case folding, Unicode digits and letters whose lower case is
    longer included)."""
    from chrono.extract.matcher import start_positions

    assert start_positions(text, GRAMMAR) == _start_positions_by_tokens(text)


def test_start_positions_on_the_fixtures_are_those_of_the_token_by_token_definition() -> None:
    from chrono.extract.matcher import start_positions

    for path in FIXTURES:
        text = read_timeml(path).text
        assert start_positions(text, GRAMMAR) == _start_positions_by_tokens(text), path.name


def test_the_look_back_stops_at_the_same_word_and_character_limits_as_the_definition() -> None:
    """Chains of lexicon words of every length before a trigger, across both limits."""
    from chrono.extract.matcher import start_positions

    for word in ("the", "of", "first", "quarter", "beginning"):
        for count in range(18):
            for sep in (" ", ", ", "  "):
                text = "x " + sep.join([word] * count + ["May"])
                assert start_positions(text, GRAMMAR) == _start_positions_by_tokens(text), text


def test_trigger_words_begin_where_no_word_character_stands_before_them() -> None:
    """The trigger scan's "\\b" finds a trigger word where the look-behind "(?<!\\w)" did, in
    ASCII and other texts: not after a letter of any script, a figure or "_"."""
    import re

    from chrono.extract.grammar import load_grammar
    from chrono.extract.matcher import _trigger_scanner

    triggers = load_grammar().triggers
    texts = [
        "monday",
        " monday.",
        "émonday",
        "_monday",
        "1monday",
        "mondayé",
        "x-today's",
        "«monday»",
    ]
    for ascii in (False, True):
        scanner = _trigger_scanner(triggers, ascii)
        assert scanner.pattern.startswith(r"\b")
        before = re.compile(scanner.pattern.replace(r"\b", r"(?<!\w)", 1), scanner.flags)
        for text in texts:
            found = [m.span() for m in scanner.finditer(text)]
            assert found == [m.span() for m in before.finditer(text)], text
            if not ascii:  # (the ASCII compile reads "é" as no word character)
                assert bool(found) == (text[0] not in "é_1" and text != "mondayé"), text


def test_a_sign_before_a_lexicon_word_the_look_back_reaches_is_a_start() -> None:
    """A sign before a word the look-back reaches from a trigger is a start too, as one
    before the trigger itself is: "< a half-hour" starts at "<" (hypothesis found it: the
    rule matched from the sign, the matcher started at "a" only)."""
    from chrono.extract.matcher import start_positions

    assert 0 in start_positions("< a half-hour", GRAMMAR)
    assert 0 in start_positions("> an hour", GRAMMAR)
    assert 0 in start_positions("<a decade", GRAMMAR)


def test_a_look_alike_is_found_in_its_examples_only_where_its_needs_are() -> None:
    """A negative rule's ``needs`` is in every text its pattern matches: its examples, and
    their look-alikes kept, folded to lower case."""
    gated = [rule for rule in GRAMMAR.negatives if rule.needs is not None]
    assert {rule.id for rule in gated} >= {"neg.century_ride", "neg.by_part_of_day_as_a_manner"}
    for rule in gated:
        assert rule.needs is not None
        for example in rule.examples:
            if rule.regex.compiled.search(example.text) is not None:
                assert rule.needs.compiled.search(example.text.lower()), (rule.id, example.text)


def test_look_alikes_whose_needs_a_text_lacks_are_not_tried_and_nothing_changes() -> None:
    """In an ASCII text without "by evening" or "century ride", neither look-alike is tried,
    and the matcher still finds what the full scan finds, in texts with and without them."""
    from chrono.extract.matcher import _index, _lacking

    texts = [
        "Dave is a banker by morning and a DJ by evening, he said on Monday.",
        "The fire was out by morning and the roads open by evening on Friday.",
        "My second century ride of the year was on Sunday, in the 21st century.",
        "The board met on Friday and will meet again next week.",
        "Her last day will be Friday; National Pearl Harbor Remembrance Day is Dec. 7.",
    ]
    for text in texts:
        assert _selected(candidates(text, GRAMMAR)) == _selected(
            candidates_full_scan(text, GRAMMAR)
        ), text
    plain = texts[3]
    _, negatives = _index(GRAMMAR, plain)
    kept = negatives.without(_lacking(negatives, plain))
    tried = {rule.id for pos in range(len(plain)) for rule, _ in kept.at(plain, pos)}
    assert tried and not tried & {"neg.century_ride", "neg.by_part_of_day_as_a_manner"}
    assert _lacking(negatives, texts[0]) != _lacking(negatives, plain)


def test_needs_in_upper_case_are_refused() -> None:
    """``needs`` is searched in a text folded to lower case: an upper-case letter (not an
    escape's, as in "\\S") could never be found there."""
    from chrono.errors import RuleError
    from chrono.extract.grammar import _Loader

    loader = _Loader("en")
    raw = {"id": "neg.x", "pattern": "x", "examples": [{"text": "x"}]}
    assert loader.negative("n.toml", {**raw, "needs": r"a\Sb"}).needs is not None
    with pytest.raises(RuleError, match="needs must be a pattern in lower case"):
        loader.negative("n.toml", {**raw, "needs": "Century"})


def test_a_rule_with_needs_is_tried_only_in_texts_that_have_them() -> None:
    """A positive rule's ``needs`` is in each of its examples (folded to lower case); in an
    ASCII text without them the rule is not tried, and the matcher still finds what the full
    scan finds, with them ("Liberation Day is marked on 9 May") and without ("Monday is
    busy", "Victory Day was marked on 9 May")."""
    from chrono.extract.matcher import _index, _lacking, raw_candidates

    gated = [rule for rule in GRAMMAR.rules if rule.needs is not None]
    assert "date.holiday_dated_by_its_clause" in {rule.id for rule in gated}
    for rule in gated:
        assert rule.needs is not None
        for example in rule.examples:
            assert rule.needs.compiled.search(example.text.lower()), (rule.id, example.text)
    texts = [
        "Liberation Day is marked on 9 May every year, and it fell on a Friday.",
        "Independence Day is celebrated on 24 August; on Monday the square was full.",
        "Monday is busy: Victory Day was marked on 9 May 1946, the report said on Friday.",
        "The board met on Friday and will meet again next week.",
    ]
    for text in texts:
        assert _selected(candidates(text, GRAMMAR)) == _selected(
            candidates_full_scan(text, GRAMMAR)
        ), text
    assert any(
        c.rule.id == "date.holiday_dated_by_its_clause" for c in raw_candidates(texts[0], GRAMMAR)
    )
    plain = texts[2]
    rules, _ = _index(GRAMMAR, plain)
    kept = rules.without(_lacking(rules, plain))
    tried = {rule.id for pos in range(len(plain)) for rule, _ in kept.at(plain, pos)}
    assert tried and "date.holiday_dated_by_its_clause" not in tried
    assert _lacking(rules, texts[0]) != _lacking(rules, plain)


def test_a_rule_s_needs_in_upper_case_are_refused() -> None:
    """A positive rule's ``needs`` is searched in a text folded to lower case, as a negative
    rule's is: an upper-case letter could never be found there."""
    from chrono.errors import RuleError
    from chrono.extract.grammar import _Loader

    loader = _Loader("en")
    raw = {
        "id": "date.x",
        "type": "DATE",
        "pattern": "x",
        "examples": [{"text": "x", "value": "X"}],
    }
    assert loader.rule("d.toml", {**raw, "needs": r"a\Sb"}, 0).needs is not None
    with pytest.raises(RuleError, match="needs must be a pattern in lower case"):
        loader.rule("d.toml", {**raw, "needs": "Day is"}, 0)
