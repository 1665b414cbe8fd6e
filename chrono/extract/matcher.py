"""Apply the grammar to a text: find candidates, drop negative-rule hits, resolve overlaps."""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from typing import Any, Generic, Protocol, TypeVar

from attrs import frozen

from chrono.extract.grammar import Grammar, NegativeRule, Pattern, Rule, trie
from chrono.extract.regex_cache import ascii_text, compile_ascii, compile_regex, rewritten


@frozen(kw_only=True)
class Candidate:
    """A rule match: offsets, the rule and its non-empty named groups."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str]


_TOKEN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_APOSTROPHES = "'’‘"
# A note's sign before a count ("quit > 10 years ago", ">10 years ago") starts the expression.
_SIGNS = "<>"
# How far before a trigger an expression may start ("the beginning of the first half of" 2019,
# "the next a couple of to a couple of" weeks: 9 words): at most this many words and characters.
# The look-back stops at the first word that is in no rule, so a margin costs nothing.
_LOOKBACK_WORDS = 12
_LOOKBACK = 80
# Context around a candidate in which negative rules look for a covering look-alike.
_NEGATIVE_CONTEXT = 40


def start_positions(text: str, grammar: Grammar) -> list[int]:
    """Offsets where an expression may start: each trigger token, and the lexicon words
    (and opening apostrophes) right before it; a sign ("<", ">") right before a token.

    Compiled patterns find the trigger tokens and the tokens with a digit (see
    :func:`_trigger_scanner`), so the words between them are skipped in C; from each, the
    look-back reads the words before it in the reversed text, one match a word.
    """
    triggers, lexicon = grammar.triggers, grammar.lexicon
    folded = _folded(text)
    backwards = folded[::-1]  # the word before offset p is the word at len - p here
    n = len(text)
    # an ASCII text is scanned by the patterns' re.ASCII compiles: the same matches, without
    # reading each character's Unicode category for "\w" and "(?<!\w)"
    scans = _ASCII_SCANS if ascii_text(folded) else _SCANS
    digits, word_run, previous_word = scans
    hits = {m.start() for m in _trigger_scanner(triggers, scans is _ASCII_SCANS).finditer(folded)}
    for m in digits.finditer(folded):
        at = n - m.start()
        hits.add(m.start() - (word_run.match(backwards, at).end() - at))  # type: ignore[union-attr]
        if m.start() and folded[m.start() - 1] == "_" and len(m.group()) == 8:
            # "_" joins a file name into one word, but "backup_20240312" ends with a date
            hits.add(m.start())
    starts: set[int] = set()
    for pos in hits:
        _add_start(starts, text, pos)
        at = n - pos
        for _ in range(_LOOKBACK_WORDS):
            previous = previous_word.match(backwards, at)
            if previous is None:
                break
            at = previous.end()
            # a trigger word or a figure reads on from itself with more words and
            # characters left: the rest of this look-back is part of its own
            if n - at < pos - _LOOKBACK or n - at in hits:
                break
            word = previous.group(1)
            if word[::-1] not in lexicon and not _DIGIT.search(word):
                break
            _add_start(starts, text, n - at)
    return sorted(starts)


def _add_start(starts: set[int], text: str, pos: int) -> None:
    """Adds ``pos`` to ``starts``, and an opening apostrophe or a sign ("<", ">") right
    before it, or a sign and a space: ">10 years ago", "> 10 years ago", "< a half-hour"."""
    starts.add(pos)
    if pos:
        before = text[pos - 1]
        if before in _APOSTROPHES or before in _SIGNS:
            starts.add(pos - 1)
        elif pos > 1 and before == " " and text[pos - 2] in _SIGNS:
            starts.add(pos - 2)


# "\d\d*", not "\d+": ``re`` skips in C to where a pattern can start only when it starts with
# one character class, not a repeat (it tried "\d+" at every character: 58M -> 22M
# instructions over the 200 texts of benchmarks/instructions.py, replayed)
_DIGITS = re.compile(r"\d\d*")
_WORD_RUN = re.compile(r"\w*")
_PREVIOUS_WORD = re.compile(r"\W*(\w+)")  # in the reversed text
_SCANS = (_DIGITS, _WORD_RUN, _PREVIOUS_WORD)
_ASCII_SCANS = tuple(re.compile(scan.pattern, re.ASCII) for scan in _SCANS)


def _folded(text: str) -> str:
    """``text`` in lower case, offset for offset (a letter whose lower case is longer, such
    as "İ", stays as it is: no word it is part of is in a rule)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def keys_of(text: str) -> str | None:
    """The keys of the rule indexes for an ASCII ``text``, read once for the whole text: in
    lower case and every digit read as 0, offset for offset (:meth:`_RuleIndex.at` slices
    them); None for any other text (each key is read where it is needed)."""
    if not text.isascii():
        return None
    return text.lower().encode("ascii").translate(_ASCII_ZEROS).decode("ascii")


@functools.cache
def _trigger_scanner(triggers: frozenset[str], ascii: bool = False) -> re.Pattern[str]:
    """A pattern matching each token of a folded text (see :func:`_folded`) that is a
    trigger word, as a trie: one pass over the text in C. A trigger may end in a run of its
    last letter, as messages stretch a word ("tmrwww", "2niteee"): the rules of the tables
    that allow it match it (see ``stretched`` in triggers.toml)."""
    words = sorted(triggers, key=lambda w: (-len(w), w))
    # The trie of a few thousand words is 20 ms of pure Python: stored ahead with the rewrites.
    body = rewritten("\n".join([_TRIGGERS, *words]), _trigger_alternation)
    # every trigger begins with a word character: there, "\b" is "(?<!\w)", which re tries
    # at every character of the text as a sub-match (the scan: 143M -> 125M instructions)
    start = r"\b" if all(_WORD_START.match(w) for w in words) else r"(?<!\w)"
    pattern = rf"{start}(?:{body})(?:(?<=(\w))\1+)?(?!\w)"
    # for the texts of ascii_text: compiled with re.ASCII (see compile_ascii)
    return (compile_ascii(pattern) if ascii else None) or compile_regex(pattern)


_WORD_START = re.compile(r"\w", re.ASCII)  # a word character in ASCII and Unicode alike
_TRIGGERS = "trigger words:"  # heads their list as a text of the rewrites (see rewritten)


def _trigger_alternation(text: str) -> str:
    """The trie of the trigger words listed in ``text`` (after :data:`_TRIGGERS`)."""
    words = text.split("\n")[1:]
    return trie([[re.escape(c) for c in w] for w in words]) or "|".join(map(re.escape, words))


class _Source(Protocol):
    """A pattern's source and flags, as ``re.compile`` reports them (compiled or not)."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


class _HasRegex(Protocol):
    @property
    def regex(self) -> Pattern: ...


_R = TypeVar("_R", bound=_HasRegex)


class _HasNeeds(_HasRegex, Protocol):
    @property
    def needs(self) -> Pattern | None: ...


_N = TypeVar("_N", bound=_HasNeeds)
_PREFIX = 7  # characters at a start position used to pick the rules that can begin there
_SPACES = re.compile(r"\s+")
_Prefixes = frozenset[str] | None  # None: unknown, try the rule everywhere
_ZEROS = str.maketrans("123456789", "000000000")
_ASCII_ZEROS = bytes.maketrans(b"123456789", b"000000000")
_MAX_KEYS = 1 << 16  # keys remembered by a rule index: a long run's memory stays flat


# The raw characters at a position that may decide its rules alone (see _RuleIndex._lookup).
_HEAD = 3
_WHITESPACE_RUN = re.compile(r"\s\s")


def _plain_head(head: str) -> bool:
    """True when the first ``_HEAD`` characters of a key are read from ``head`` alone: each is
    lowered or read as 0 by itself (ASCII), and no whitespace run in it is collapsed with
    what follows."""
    return len(head) == _HEAD and head.isascii() and _WHITESPACE_RUN.search(head) is None


_MAX_PREFIXES = 1024  # beyond this many alternatives, stop extending (shorter keys still work)


def _cat(head: frozenset[str], tail: frozenset[str]) -> frozenset[str]:
    if len(head) * len(tail) > _MAX_PREFIXES * _MAX_PREFIXES:
        return head  # the literal part is cut here: anything may follow
    joined = frozenset((h + t)[:_PREFIX] if len(h) < _PREFIX else h for h in head for t in tail)
    return _shorten(joined) if len(joined) > _MAX_PREFIXES else joined


def _shorten(prefixes: frozenset[str]) -> frozenset[str]:
    """At most ``_MAX_PREFIXES`` prefixes, cut to the longest length that allows it (a cut
    prefix only says less: anything may follow it)."""
    for k in range(_PREFIX - 1, 0, -1):
        cut = frozenset(p[:k] for p in prefixes)
        if len(cut) <= _MAX_PREFIXES:
            return cut
    return frozenset(p[:1] for p in prefixes)


# What follows a sequence when it ends: (items, index, next frame, memo key); None at the end.
_Frame = tuple[Any, int, Any, Any] | None


def _frame(items: Any, i: int, cont: _Frame) -> _Frame:
    return (items, i, cont, (id(items), i, cont[3] if cont else None))


def _seq_prefixes(
    items: Any, i: int, cont: _Frame, need: int, memo: dict[Any, _Prefixes]
) -> _Prefixes:
    """Lower-case literal prefixes (up to ``need`` chars) of what ``items[i:]`` and then the
    continuation ``cont`` can match.

    A prefix shorter than ``need`` means the literal part ends there (anything may follow).
    Results are memoized by position, continuation and ``need``: alternatives share what
    follows them, which is analysed once.
    """
    if need <= 0:
        return frozenset({""})
    if i == len(items):
        return frozenset({""}) if cont is None else _seq_prefixes(*cont[:3], need, memo)
    key = (id(items), i, cont[3] if cont else None, need)
    if key not in memo:
        memo[key] = _step_prefixes(items, i, cont, need, memo)
    return memo[key]


def _step_prefixes(
    items: Any, i: int, cont: _Frame, need: int, memo: dict[Any, _Prefixes]
) -> _Prefixes:
    op, av = items[i]
    name = str(op)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _seq_prefixes(items, i + 1, cont, need, memo)  # zero width
    if name in ("LITERAL", "IN"):
        chars = _chars(name, av)
        if chars is None:
            return None
        rest = _seq_prefixes(items, i + 1, cont, need - 1, memo)
        if rest is None:
            rest = frozenset({""})
        return _cat(frozenset(map(_norm, chars)), rest)
    after = _frame(items, i + 1, cont)
    if name == "BRANCH":
        out: set[str] = set()
        for alternative in av[1]:
            sub = _seq_prefixes(alternative, 0, after, need, memo)
            if sub is None:
                return None
            out |= sub
        return _shorten(frozenset(out)) if len(out) > _MAX_PREFIXES else frozenset(out)
    if name == "SUBPATTERN":
        return _seq_prefixes(av[3], 0, after, need, memo)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = av[0], av[1], av[2]
        single = len(body) == 1 and str(body[0][0]) in ("IN", "LITERAL")
        spaces = single and _chars(str(body[0][0]), body[0][1]) == {" "}
        if high <= 1 or spaces:
            # optional or exactly once; a whitespace run is one space in the keys
            once = _seq_prefixes(body, 0, after, need, memo)
            if low >= 1:
                return once
            skip = _seq_prefixes(items, i + 1, cont, need, memo)
            return None if once is None or skip is None else once | skip
        chars = _chars(str(body[0][0]), body[0][1]) if single else None
        if chars is not None and len(chars) ** min(high, need) <= _MAX_PREFIXES:
            # a bounded run of one class ("\d{1,4}" reads "0", "00", "000", "0000")
            one = frozenset(map(_norm, chars))
            out, run = set(), frozenset({""})
            for n in range(min(high, need) + 1):
                if n == need:  # the key ends inside the run
                    out |= run
                elif n >= low:
                    rest = _seq_prefixes(items, i + 1, cont, need - n, memo)
                    if rest is None:
                        return None
                    out |= _cat(run, rest)
                run = _cat(run, one)
            return frozenset(out)
        # repeated without bound ("[a-z]{2,}"): only the first character is known
        first = _seq_prefixes(body, 0, None, 1, memo)
        if first is None:
            return None
        firsts = frozenset(p[:1] for p in first)
        if low >= 1:
            return firsts
        skip = _seq_prefixes(items, i + 1, cont, need, memo)
        return None if skip is None else firsts | skip
    return None


def _norm(char: str) -> str:
    """A character as keys see it: lower case, every digit 0."""
    return "0" if char.isdecimal() else char.lower()


def _chars(name: str, av: Any) -> set[str] | None:
    if name == "LITERAL":
        return {chr(av)}
    chars: set[str] = set()
    for sub_op, sub_av in av:
        sub = str(sub_op)
        if sub == "LITERAL":
            chars.add(chr(sub_av))
        elif sub == "RANGE" and sub_av[1] - sub_av[0] < 64:
            chars.update(chr(c) for c in range(sub_av[0], sub_av[1] + 1))
        elif sub == "CATEGORY" and str(sub_av) == "CATEGORY_DIGIT":
            chars.add("0")  # keys read every digit as 0
        elif sub == "CATEGORY" and str(sub_av) == "CATEGORY_SPACE":
            chars.add(" ")  # keys collapse every whitespace run to one space
        else:
            return None
    if len(chars) > 64:
        return None
    return chars


def start_prefixes(regex: _Source) -> _Prefixes:
    """Lower-case prefixes that a match of ``regex`` must start with; None when unknown."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
        found = _seq_prefixes(parsed, 0, None, _PREFIX, {})
    except (RecursionError, re.error, TypeError, ValueError):
        return None  # an unexpected pattern shape only costs speed
    if found is None or "" in found:
        return None
    return found


# The prefix analysis of every shipped rule, computed ahead (tools/build_prefix_table.py): it
# costs 0.3 s at each start-up otherwise. Looked up by pattern, so an edited rule is analysed
# afresh; a test checks the table against the analysis.
PREFIX_TABLE = "prefixes.json"
_PREFIX_TABLE_FORMAT = 1


def pattern_key(regex: _Source) -> str:
    """The key of a compiled pattern in the prefix table."""
    return hashlib.sha1(f"{regex.flags}:{regex.pattern}".encode()).hexdigest()


@functools.cache
def _prefix_table() -> dict[str, list[str] | None]:
    try:
        raw = resources.files("chrono.extract").joinpath(PREFIX_TABLE).read_text("utf-8")
        table = json.loads(raw)
    except (OSError, ValueError):
        return {}
    if table.get("format") != _PREFIX_TABLE_FORMAT or table.get("key_length") != _PREFIX:
        return {}
    patterns: dict[str, list[str] | None] = table.get("patterns", {})
    return patterns


def known_prefixes(regex: _Source) -> _Prefixes:
    """:func:`start_prefixes`, from the shipped table when it holds the pattern."""
    key = pattern_key(regex)
    table = _prefix_table()
    if key in table:
        found = table[key]
        return None if found is None else frozenset(found)
    return start_prefixes(regex)


def prefix_table(patterns: Sequence[_Source]) -> dict[str, Any]:
    """The prefix table of ``patterns``, as :data:`PREFIX_TABLE` holds it."""
    entries: dict[str, list[str] | None] = {}
    for regex in patterns:
        found = start_prefixes(regex)
        entries[pattern_key(regex)] = None if found is None else sorted(found)
    return {
        "format": _PREFIX_TABLE_FORMAT,
        "key_length": _PREFIX,
        "patterns": dict(sorted(entries.items())),
    }


_Match = Callable[[str, int], "re.Match[str] | None"]
_Entry = tuple[_R, _Match]  # a rule and its compiled pattern's ``match``


class _RuleIndex(Generic[_R]):
    """Which rules can begin at a position, by the text's first characters there.

    Each rule comes with its compiled pattern's ``match``: a pattern is compiled when a text
    first reaches a place where its rule can begin (see :class:`Pattern`). An index for ASCII
    texts (see :meth:`for_ascii`) hands out each pattern's ``ascii`` compile.

    Sets of rules are ints, bit ``i`` for the ``i``-th rule: a union is one ``|``, and the
    garbage collector, which walks every set at each of its passes over old objects, does not
    see ints (there is one set for each of the tens of thousands of prefixes).
    """

    def __init__(
        self,
        rules: Sequence[_R],
        ascii_of: _RuleIndex[_R] | None = None,
        *,
        drop: int = 0,
        part_of: _RuleIndex[_R] | None = None,
    ) -> None:
        self.rules = tuple(rules)
        # the index of ``ascii_of``'s rules for ASCII texts; or, from ``part_of`` (see
        # without), the rules of ``part_of`` but those of ``drop``
        self.ascii: bool = ascii_of is not None or (part_of is not None and part_of.ascii)
        self.drop = drop
        self.parts: dict[int, _RuleIndex[_R]] = {}  # see without
        # the rules' ``needs`` (bit, ASCII pattern), made at first use: see _lacking
        self.needs: tuple[tuple[int, re.Pattern[str]], ...] | None = None
        ascii_of = ascii_of or part_of
        if ascii_of is None:
            self.prefixes = [known_prefixes(rule.regex) for rule in rules]
            self.anywhere = sum(1 << i for i, p in enumerate(self.prefixes) if p is None)
            self.by_prefix: dict[str, int] = {}
            get = self.by_prefix.get
            for i, prefixes in enumerate(self.prefixes):
                bit = 1 << i
                for prefix in prefixes or ():
                    self.by_prefix[prefix] = get(prefix, 0) | bit
            # the prefixes and their beginnings (closed under taking a beginning: see _lookup)
            # (level by level, so that each beginning is cut short once: a third of the time)
            known = set(self.by_prefix)
            level = known
            while level:
                level = {p[:-1] for p in level if len(p) > 1} - known
                known |= level
            self.known = frozenset(known)
        else:  # the same analysis (a tenth of a second to build)
            self.prefixes, self.anywhere = ascii_of.prefixes, ascii_of.anywhere
            self.by_prefix, self.known = ascii_of.by_prefix, ascii_of.known
        # the prefixes by their first two characters (see longer), shared with the ASCII twin
        self._groups: dict[str, list[str]] = {} if ascii_of is None else ascii_of._groups
        self.cache: dict[str, tuple[_Entry[_R], ...]] = {}
        self.raw: dict[str, tuple[_Entry[_R], ...]] = {}
        self.stems: dict[str, tuple[_Entry[_R], ...]] = {}
        self.heads: dict[str, tuple[_Entry[_R], ...]] = {}
        self.upto: dict[str, int] = {}  # see _upto
        self.sets: dict[int, tuple[_Entry[_R], ...]] = {}  # see _entries

    def without(self, drop: int) -> _RuleIndex[_R]:
        """This index but for the rules of ``drop`` (bit ``i`` for the ``i``-th rule): the
        same prefix analysis, keys of its own, made once for each ``drop``."""
        if not drop:
            return self
        part = self.parts.get(drop)
        if part is None:
            part = self.parts[drop] = _RuleIndex(self.rules, drop=drop, part_of=self)
        return part

    def for_ascii(self) -> _RuleIndex[_R]:
        """This index for the texts of :func:`ascii_text`, whose rules match with their
        patterns' ``ascii`` compile: the same prefix analysis, its own keys."""
        return _RuleIndex(self.rules, ascii_of=self)

    def longer(self, stem: str) -> int:
        """The rules of the prefixes that ``stem`` properly begins: what a key cut short by
        the end of a text may still become. Read from the prefixes grouped by their first two
        characters, grouped at the first call (one pass; sorting the tens of thousands of
        prefixes cost ten times as much, and a table of every beginning of every prefix a
        tenth of a second, for the few keys at the ends of texts)."""
        groups = self._groups
        if not groups:
            for prefix in self.by_prefix:
                groups.setdefault(prefix[:2], []).append(prefix)
        head = stem[:2]
        if len(head) == 2:
            near: Iterable[str] = groups.get(head, ())
        else:
            near = (p for first, group in groups.items() if first.startswith(head) for p in group)
        found = 0
        for prefix in near:
            if len(prefix) > len(stem) and prefix.startswith(stem):
                found |= self.by_prefix[prefix]
        return found

    def at(self, text: str, pos: int, keys: str | None = None) -> tuple[_Entry[_R], ...]:
        """The rules that can begin at ``pos``, each with its pattern's ``match``; ``keys``,
        when given, is ``keys_of(text)``."""
        raw = text[pos : pos + _PREFIX]
        hit = self.raw.get(raw)  # the text as it is: no case folding, no digit reading
        if hit is not None:
            return hit
        head = raw[:_HEAD]
        hit = self.heads.get(head)  # when the first characters already decide (see _lookup)
        if hit is not None:
            return hit
        exact = True  # the key depends on these characters only
        if keys is not None:
            # read ahead for the whole text: no lower(), no translate() a key (a translate
            # raised and cleared a KeyError for each character its mapping lacks)
            key = keys[pos : pos + _PREFIX]
            if "  " in key or not key.isprintable():
                key = _SPACES.sub(" ", keys[pos : pos + 3 * _PREFIX])[:_PREFIX]
                exact = False
        else:
            key = raw.lower()
            if not key.isalpha():
                if "  " in key or not key.isprintable():
                    # line breaks, tabs or runs of spaces: keys see one space
                    key = _SPACES.sub(" ", text[pos : pos + 3 * _PREFIX]).lower()[:_PREFIX]
                    exact = False
                # every digit reads 0: "1998 an" and "2023 an" share a key, "12/" is not "1998"
                key = key.translate(_ZEROS) if key.isascii() else _DIGIT.sub("0", key)
        hit = self.cache.get(key)
        if hit is None:
            if len(self.cache) >= _MAX_KEYS:
                self.cache.clear()  # keys grow with the corpus; stems do not
            hit = self.cache[key] = self._lookup(key, head)
        if exact:
            if len(self.raw) >= _MAX_KEYS:
                self.raw.clear()
            self.raw[raw] = hit
        return hit

    def _upto(self, prefix: str) -> int:
        """The rules of ``prefix`` and of each of its beginnings (and those tried anywhere),
        built on its beginning's."""
        found = self.upto.get(prefix)
        if found is None:
            if prefix:
                found = self._upto(prefix[:-1]) | self.by_prefix.get(prefix, 0)
            else:
                found = self.anywhere
            self.upto[prefix] = found
        return found

    def _entries(self, found: int) -> tuple[_Entry[_R], ...]:
        """The rules of ``found`` in grammar order, each with its pattern's ``match``: one
        tuple for each set of rules, which many stems share (a few hundred sets for a few
        thousand stems)."""
        hit = self.sets.get(found)
        if hit is None:
            entries = []
            rest = found & ~self.drop
            while rest:  # the set bits, lowest first
                bit = rest & -rest
                rule = self.rules[bit.bit_length() - 1]
                entries.append(
                    (rule, (rule.regex.ascii if self.ascii else rule.regex.compiled).match)
                )
                rest ^= bit
            hit = self.sets[found] = tuple(entries)
        return hit

    def _lookup(self, key: str, head: str) -> tuple[_Entry[_R], ...]:
        # Only the longest beginning of the key that is a known prefix or stem matters ("0000 an"
        # and "0000 th" read as "0000 "): the rules are computed once per such stem, not once
        # per key. The known beginnings are closed under prefixes: bisection finds it.
        known, top = 0, len(key)
        while known < top:
            mid = (known + top + 1) // 2
            if key[:mid] in self.known:
                known = mid
            else:
                top = mid - 1
        short = known == len(key) < _PREFIX  # the end of the text: longer prefixes too
        stem = key[:known] + ("\0" if short else "")
        hit = self.stems.get(stem)
        if hit is None:
            found = self._upto(key[:known])
            hit = self.stems[stem] = self._entries(found | self.longer(key) if short else found)
        if known < _HEAD and _plain_head(head):
            # key[:known + 1] is no known beginning: every text starting with ``head`` has
            # the same stem (most look-alikes are ruled out by their first two characters)
            if len(self.heads) >= _MAX_KEYS:
                self.heads.clear()
            self.heads[head] = hit
        return hit


_Indexes = tuple[_RuleIndex[Rule], _RuleIndex[NegativeRule]]
_INDEXES: dict[int, tuple[Grammar, dict[bool, _Indexes]]] = {}


def _index(grammar: Grammar, text: str) -> _Indexes:
    """The rule indexes of ``grammar`` for ``text`` (ASCII or not)."""
    entry = _INDEXES.get(id(grammar))
    if entry is None or entry[0] is not grammar:
        rules, negatives = _RuleIndex(grammar.rules), _RuleIndex(grammar.negatives)
        entry = _INDEXES[id(grammar)] = (grammar, {False: (rules, negatives)})
    ascii, indexes = ascii_text(text), entry[1]
    if ascii not in indexes:
        rules, negatives = indexes[False]
        indexes[True] = (rules.for_ascii(), negatives.for_ascii())
    return indexes[ascii]


def _lacking(index: _RuleIndex[_N], text: str) -> int:
    """The rules of ``index`` (bit ``i`` for the ``i``-th) whose ``needs`` the ASCII ``text``
    lacks.

    Their matches cannot be there: the look-alikes that may begin at any word and are read
    at every candidate (neg.century_ride was tried 10,696 times over the 200 texts of
    benchmarks/instructions.py, and matched none), and the positive rules that may begin at
    any capitalised word (date.holiday_dated_by_its_clause, 9,050 tries, none matching), cost
    one search of the text each, in C.
    Only for ASCII texts, where lower case is what ``re`` matches ignoring case (in Unicode,
    "ſ" is an "s" and "K", the kelvin sign, a "k").
    """
    if index.needs is None:
        index.needs = tuple(
            (1 << i, rule.needs.ascii)
            for i, rule in enumerate(index.rules)
            if rule.needs is not None
        )
    if not index.needs:
        return 0
    folded = text.lower()
    return sum(bit for bit, needs in index.needs if needs.search(folded) is None)


# Where a look-alike may start: a word, or a sign such as "$", "(", "+", "©".
_NEGATIVE_START = re.compile(r"\b\w|[^\w\s]")
_ASCII_NEGATIVE_START = re.compile(_NEGATIVE_START.pattern, re.ASCII)  # for ASCII texts


def _covered(
    text: str,
    cand: Candidate,
    index: _RuleIndex[NegativeRule],
    memo: dict[int, Sequence[tuple[int, int]]],
    keys: str | None = None,
) -> bool:
    """True when a negative rule's match (or its ``x`` groups) contains the candidate
    (``keys``: see :func:`keys_of`)."""
    lo = max(0, cand.start - _NEGATIVE_CONTEXT)
    starts = _ASCII_NEGATIVE_START if index.ascii else _NEGATIVE_START
    for start in starts.finditer(text, lo, cand.start + 1):
        pos = start.start()
        spans = memo.get(pos)
        if spans is None:
            entries = index.at(text, pos, keys)
            # no negative rule begins at most places: no call for them
            spans = memo[pos] = _negative_spans(text, pos, entries) if entries else _NO_SPANS
        if spans and any(a <= cand.start and cand.end <= b for a, b in spans):
            return True
    return False


_NO_SPANS: tuple[tuple[int, int], ...] = ()  # the places where no negative rule is tried


def _negative_spans(
    text: str, pos: int, entries: tuple[_Entry[NegativeRule], ...]
) -> list[tuple[int, int]]:
    """What the negative rules that match at ``pos`` cover: their ``x`` groups, or the match."""
    spans: list[tuple[int, int]] = []
    for _, match in entries:
        m = match(text, pos)
        if m is None:
            continue
        targets = [n for n, v in m.groupdict().items() if v is not None]
        spans.extend(m.span(n) for n in targets) if targets else spans.append(m.span())
    return spans


def candidates(text: str, grammar: Grammar) -> list[Candidate]:
    """Every match of every positive rule that no negative rule covers.

    Rules are tried only where an expression can start (see :func:`start_positions`), and
    only the rules whose pattern can begin with the characters found there; negative rules
    only just before each candidate.
    """
    blocked = negated(text, grammar)
    return [cand for cand in raw_candidates(text, grammar) if not blocked(cand)]


def negated(text: str, grammar: Grammar) -> Callable[[Candidate], bool]:
    """A test telling whether a negative rule covers a candidate of ``text`` (memoized).

    In an ASCII text, the negative rules with ``needs`` whose needs the text lacks are not
    tried (see :func:`_lacking`).
    """
    _, negatives = _index(grammar, text)
    if negatives.ascii:
        negatives = negatives.without(_lacking(negatives, text))
    memo: dict[int, Sequence[tuple[int, int]]] = {}
    keys = keys_of(text)
    return lambda cand: _covered(text, cand, negatives, memo, keys)


# How far back a rule's ``before`` is searched: a verb and a long object ("ruled the kingdom of
# Mercia and much of southern England between").
BEFORE_REACH = 120

Sections = dict[str, tuple[list[int], list[bool]]]
"""Per rule id, the starts of its ``section`` headings in a text and whether each opens."""


def under_section(text: str, pos: int, rule: Rule, sections: Sections) -> bool:
    """Whether the last of ``rule``'s section headings before ``pos`` opens a section it reads
    (True for a rule without sections). The headings are found once per text, in ``sections``:
    however far the heading, each match costs a bisection."""
    if rule.section is None:
        return True
    found = sections.get(rule.id)
    if found is None:
        starts: list[int] = []
        opens: list[bool] = []
        for m in rule.section.compiled.finditer(text):
            starts.append(m.start())
            opens.append(any(v is not None for k, v in m.groupdict().items() if k[:4] == "open"))
        found = sections[rule.id] = (starts, opens)
    starts, opens = found
    at = bisect.bisect_left(starts, pos) - 1
    return at >= 0 and opens[at]


def _preceded(text: str, pos: int, rule: Rule, sections: Sections) -> bool:
    """Whether the text before ``pos`` ends in what ``rule`` needs before it (if anything), not
    in what it must not have before it, and lies in a section it reads (if it has sections)."""
    before, not_before = rule.before, rule.not_before
    lo = max(0, pos - BEFORE_REACH)
    return (
        (before is None or before.compiled.search(text, lo, pos) is not None)
        and (not_before is None or not_before.compiled.search(text, lo, pos) is None)
        and under_section(text, pos, rule, sections)
    )


def raw_candidates(text: str, grammar: Grammar) -> list[Candidate]:
    """Every match of every positive rule, negative rules not applied (in an ASCII text, the
    rules with ``needs`` that the text lacks are not tried: see :func:`_lacking`)."""
    found: list[Candidate] = []
    rules, _ = _index(grammar, text)
    if rules.ascii:
        rules = rules.without(_lacking(rules, text))
    sections: Sections = {}
    keys = keys_of(text)
    for pos in start_positions(text, grammar):
        for rule, match in rules.at(text, pos, keys):
            m = match(text, pos)
            if m is None or m.end() == pos or not _preceded(text, pos, rule, sections):
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            found.append(Candidate(start=pos, end=m.end(), rule=rule, groups=groups))
    return found


def candidates_full_scan(text: str, grammar: Grammar) -> list[Candidate]:
    """Reference implementation: every rule scans the whole text (slow; for tests)."""
    found: list[Candidate] = []
    sections: Sections = {}
    for rule in grammar.rules:
        for pos in range(len(text)):
            m = rule.regex.compiled.match(text, pos)
            if m is not None and m.end() > pos and _preceded(text, pos, rule, sections):
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                found.append(Candidate(start=pos, end=m.end(), rule=rule, groups=groups))
    blocked = [
        span
        for negative in grammar.negatives
        for m in negative.regex.compiled.finditer(text)
        for span in ([m.span(n) for n, v in m.groupdict().items() if v is not None] or [m.span()])
    ]
    return [c for c in found if not any(a <= c.start and c.end <= b for a, b in blocked)]


def select_valid(found: list[Candidate], valid: Callable[[Candidate], bool]) -> list[Candidate]:
    """``select`` among the valid candidates, testing validity only where it matters.

    Greedy selection never depends on candidates it does not pick, so selecting, dropping
    the invalid picks and selecting again gives ``select([c for c in found if valid(c)])``
    while testing only the candidates that win a place.
    """
    pool = list(found)
    while True:
        chosen = select(pool)
        bad = {id(c) for c in chosen if not valid(c)}
        if not bad:
            return chosen
        pool = [c for c in pool if id(c) not in bad]


def select(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest non-overlapping candidates (ties: higher priority, then earlier rule)."""
    ranked = sorted(
        found, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start, c.rule.order)
    )
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Candidate] = []
    for cand in ranked:
        i = bisect.bisect_right(starts, cand.start)
        if i > 0 and ends[i - 1] > cand.start:
            continue
        if i < len(starts) and starts[i] < cand.end:
            continue
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
        chosen.insert(i, cand)
    return chosen
