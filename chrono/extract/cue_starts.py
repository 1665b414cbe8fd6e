"""Where a long pattern's matches can start: a cheap finder, derived from the pattern itself.

The tense cues are alternations of a hundred phrases scanned over whole sentences, and they
begin with an assertion (``(?<!\\w)``) and ignore case, so Python's ``re`` cannot skip ahead
by a first character: it tries every alternative at every word start. :func:`starts_source`
reads the pattern's parse tree for the few characters each alternative can begin with
("wil", "won", "sch"...), a line start before them (a headline's capital), or a run of word
characters before them (``\\w+['’]ll``), or the last characters of a word (``(?=\\w*ed\\b)``:
the word is read to its end once, not searched for "ed" at each character), and writes a small
pattern that finds every position where one of them stands. :func:`spans` then tries the cue
only there.

The finder may find too much, never too little: it only loosens the cue (it ignores case,
assertions after the first, and what follows the first four characters), and ASCII letters
and other characters each fold only among themselves under ``re.IGNORECASE``, every
non-ASCII character being a candidate. The cue never matches the empty string (else no
finder is made), so trying it at the candidates in order, each past the end of the last
match, gives exactly the matches ``finditer`` gives.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from itertools import chain
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from attrs import frozen

# How many characters of each alternative the finder checks.
_DEPTH = 4
# Markers in a head (a lower-case string an alternative's match begins with): a line start
# before it, a run of word characters before it, a word boundary, any whitespace character.
_LINE, _WORDS, _BOUNDARY, _SPACE = "\x01", "\x02", "\x03", " "
_NOT_AFTER_LINE = _parser.parse(r"[^\n]").data  # (?<![^\n]): at a line start
_WORD_ITEM = [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])]
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _heads(items: list[tuple[Any, Any]], depth: int) -> set[str]:
    """The heads of a match of ``items`` (a parse tree's sequence) and whatever follows it;
    a head shorter than ``depth`` characters may continue with anything ("" begins every
    match)."""
    if depth == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op is sre.ASSERT_NOT and av[0] == -1 and av[1].data == _NOT_AFTER_LINE:
        return {_LINE + head for head in _heads(rest, depth)}
    if op is sre.ASSERT and av[0] == 1:
        # the match's heads, or the lookahead's when they say more (one character is little)
        after, ahead = _heads(rest, depth), _heads([*av[1].data], depth)
        return ahead if _bounded(ahead) and not _bounded(after, 2) else after
    if op is sre.AT and av is sre.AT_BOUNDARY:
        return {_BOUNDARY + head for head in _heads(rest, depth)}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _heads(rest, depth)
    if op is sre.LITERAL or op is sre.IN:
        chars = _chars([(op, av)] if op is sre.LITERAL else av)
        if chars is not None:
            tails = _heads(rest, depth - 1)
            return {char + tail for char in chars for tail in tails}
    if op is sre.SUBPATTERN:
        return _heads([*av[3].data, *rest], depth)
    if op is sre.ATOMIC_GROUP:
        return _heads([*av.data, *rest], depth)
    if op is sre.BRANCH:
        return set().union(*(_heads([*alt.data, *rest], depth) for alt in av[1]))
    if op in _REPEATS:
        low, high, item = av
        if item.data == _WORD_ITEM and low <= 1:
            return {_WORDS + head for head in _heads(rest, depth)}
        heads = _heads([*item.data], depth) if high > 0 else set()
        return heads | _heads(rest, depth) if low == 0 else heads
    return {""}


def _chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters (lower case) of a small character class, or None."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 26:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.add(_SPACE)
        else:
            return None
    if chars & {_LINE, _WORDS, _BOUNDARY}:
        return None
    return {_SPACE if c.isspace() else c.lower() if c.isascii() else c for c in chars}


def _bounded(heads: set[str], chars: int = 1) -> bool:
    """Whether no head may begin anywhere: each has ``chars`` characters, or a line start,
    or a run of word characters followed by a character."""
    heads = {head.replace(_BOUNDARY, "") for head in heads}  # a boundary is no character
    return all(
        head[:1] == _LINE or (len(head.lstrip(_WORDS)) >= chars and head != _WORDS)
        for head in heads
    )


# A run of word characters, then its last ones ("ed"): the end of the word (see _normal).
_WORD_END = re.compile(f"{_WORDS}\\w+{_BOUNDARY}")


def _normal(head: str) -> str:
    """``head`` cut at a marker past its start (what stands there is left unchecked); a word
    boundary counts only right after a run of word characters and their last ones (where the
    word ends: ``\\w*ed\\b``), and is dropped elsewhere (it checks nothing there)."""
    word_end = _WORD_END.match(head)
    if word_end is not None:
        return word_end.group()
    head = head.replace(_BOUNDARY, "")
    lead = len(head) - len(head.lstrip(_LINE + _WORDS))
    cut = [i for i, c in enumerate(head) if i >= lead and c in (_LINE, _WORDS)]
    return head[: cut[0]] if cut else head


def _class(char: str, lower: bool = False) -> str:
    """A pattern for the characters a head's ``char`` stands for, case-insensitively: an
    ASCII letter and its other case (the only ASCII characters it folds with), and every
    non-ASCII character (some fold with ASCII letters: "ſ", "K"). In an ASCII text in
    ``lower`` case, a letter stands for itself alone (one literal: no class to check)."""
    if char == _SPACE:
        return r"\s"
    if not char.isascii():
        return r"[^\x00-\x7f]"
    if char.upper() != char and not lower:
        return f"[{char}{char.upper()}\\x80-\\U0010ffff]"
    return re.escape(char)


def _trie(tails: set[str], lower: bool = False) -> str:
    """A pattern for what may follow a head's first character, one character at a time (each
    a class that ``re`` checks before trying it); "" when anything may."""
    if "" in tails:
        return ""
    by_first: dict[str, set[str]] = {}
    for tail in tails:
        by_first.setdefault(tail[0], set()).add(tail[1:])
    parts = [_class(first, lower) + _trie(rest, lower) for first, rest in sorted(by_first.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def starts_source(pattern: str, flags: int, *, lower: bool = False) -> str:
    """The source of the finder of where matches of ``pattern`` (compiled with ``flags``) can
    start past its first position, each found by the non-word character before it; "" when
    there is none cheaper than the pattern (or the pattern does not start at word starts only,
    or may match the empty string). With ``lower``, the finder is for an ASCII text in lower
    case (``str.lower``): it finds there what the other finds in the text as written, each
    letter a literal, which ``re`` compares in place instead of calling a class's check."""
    tree = _parser.parse(pattern, flags)
    items = list(tree.data)
    if tree.getwidth()[0] == 0 or not items or items[0][0] is not sre.ASSERT_NOT:
        return ""
    if items[0][1][0] != -1 or items[0][1][1].data != _WORD_ITEM:
        return ""  # not (?<!\w)
    heads = {_normal(head) for head in _heads(items, _DEPTH)}
    if not _bounded(heads):
        return ""
    heads = {h for h in heads if not any(h.startswith(o) and h != o for o in heads)}
    by_first: dict[str, set[str]] = {}
    for head in heads:
        by_first.setdefault(head[0], set()).add(head[1:])
    alternatives = [] if lower else ["[^\\x00-\\x7f]"]  # a non-ASCII letter may fold to ASCII
    words: list[str] = []  # the runs of word characters: tried last, as they read a word
    for first, tails in sorted(by_first.items()):
        after = _trie(tails, lower)
        if first == _LINE:
            alternatives.append("(?<=\\n)" + (f"(?={after})" if after else ""))
        elif first == _WORDS:
            ends = sorted(tail for tail in tails if tail.endswith(_BOUNDARY))
            if ends:
                # a word's last characters ("-ed"): read the word to its end, then look back
                behind = "|".join(
                    f"(?<={''.join(_class(c, lower) for c in tail[:-1])})" for tail in ends
                )
                words.append(f"(?=\\w*+(?:{behind}))")
            rest = tails.difference(ends)
            if rest:
                # a run of word characters before a non-word character: no need to go back
                stop = all(tail and not re.match(r"\w", tail[0]) for tail in rest)
                words.append("(?=\\w*" + "+" * stop + _trie(rest, lower) + ")")
        elif first.isascii():
            alternatives.append(_class(first, lower) + (f"(?={after})" if after else ""))
    # Not consuming the first character: it may be the non-word character before the next.
    return "\\W(?=" + "|".join(alternatives + words) + ")"


_LINE_STARTS = (sre.AT_BEGINNING, sre.AT_BEGINNING_LINE, sre.AT_BEGINNING_STRING)


def _opens_lines(items: list[tuple[Any, Any]]) -> bool:
    """Whether every match of ``items`` (a parse tree's sequence) begins a line."""
    if not items:
        return False
    op, av = items[0]
    if op is sre.AT:
        return av in _LINE_STARTS
    if op is sre.BRANCH:
        return all(_opens_lines([*alt.data]) for alt in av[1])
    if op is sre.SUBPATTERN:
        return _opens_lines([*av[3].data])
    return op is sre.ASSERT_NOT and not av[1].data  # (?!): no match at all


def opens_lines(pattern: str, flags: int = 0) -> bool:
    """Whether every match of ``pattern`` (compiled with ``flags``) begins a line (or the
    text): each of its alternatives opens with ``^``, so that it needs trying only where a
    line begins (see :func:`chrono.text.search_line_starts`)."""
    return _opens_lines(list(_parser.parse(pattern, flags).data))


def _places(
    starts: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    lower_starts: re.Pattern[str] | None,
) -> Iterator[int]:
    """``start``, then each place in ``text[start:end]`` where ``starts`` finds a match can
    begin, in order; found by ``lower_starts`` in the lower case of the window when that is
    ASCII (the finder reads nothing outside it)."""
    part = text[start:end]
    if lower_starts is not None and part.isascii():
        places = (start + m.end() for m in lower_starts.finditer(part.lower()))
    else:
        places = (m.end() for m in starts.finditer(text, start, end))
    return chain((start,), places)


def spans(
    pattern: re.Pattern[str],
    starts: re.Pattern[str] | None,
    text: str,
    start: int,
    end: int,
    lower_starts: re.Pattern[str] | None = None,
    dispatch: Dispatch | None = None,
) -> tuple[tuple[int, int], ...]:
    """The spans of ``pattern.finditer(text, start, end)``, the pattern tried only at
    ``start`` and where ``starts`` (see :func:`starts_source`; None: everywhere) finds it
    can start; where ``lower_starts`` (its ``lower`` finder) finds it in the lower case of
    ``text[start:end]`` when that is ASCII (the finder reads nothing outside it), and each
    of the pattern's alternatives tried there only where ``dispatch`` says it fits."""
    if starts is None:
        return tuple(m.span() for m in pattern.finditer(text, start, end))
    found: list[tuple[int, int]] = []
    after = start
    part = text[start:end]
    if dispatch is not None and part.isascii():
        keys, words = dispatch.window(part)
        for at in _places(starts, text, start, end, lower_starts):
            if at >= after:
                match = dispatch.match(text, at, end, keys, at - start, words)
                if match is not None:
                    found.append(match.span())
                    after = match.end()
        return tuple(found)
    for at in _places(starts, text, start, end, lower_starts):
        if at >= after:
            match = pattern.match(text, at, end)
            if match is not None:
                found.append(match.span())
                after = match.end()
    return tuple(found)


def search(
    pattern: re.Pattern[str],
    starts: re.Pattern[str] | None,
    text: str,
    start: int,
    end: int,
    lower_starts: re.Pattern[str] | None = None,
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)``, the pattern tried only at ``start`` and where
    ``starts`` (or ``lower_starts``: see :func:`spans`) finds it can start, in order: the
    first match there is the leftmost one (``tense.toml``'s ``past_before``, a long
    alternation that ``search`` enters at each word start of its window)."""
    if starts is None:
        return pattern.search(text, start, end)
    for at in _places(starts, text, start, end, lower_starts):
        match = pattern.match(text, at, end)
        if match is not None:
            return match
    return None


# The dispatch of a cue's alternatives (round 42): ``re`` enters each of a cue's hundred
# alternatives at every place the finder gives (some 1,800 instructions each); each
# alternative compiled on its own and tried only where its heads fit the place's first
# characters costs two or three tries a place instead.

_LOOKAROUNDS = ("(?<!", "(?<=", "(?=", "(?!")


def _items(source: str) -> list[str]:
    """The top-level items of a pattern's ``source``: each group whole (with a quantifier
    after it), each other character alone ("|" among them)."""
    items: list[str] = []
    depth, i, begin, first = 0, 0, 0, -1  # first: where a class's "]" can close it, or -1
    while i < len(source):
        char = source[i]
        i += 1
        if char == "\\":
            i += 1
        elif first >= 0:
            if char == "]" and i - 1 > first:
                first = -1
        elif char == "[":
            first = i + (source[i : i + 1] == "^")
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if depth == 0 and first < 0:
            items.append(source[begin:i])
            begin = i
    return items


def _alternatives(source: str) -> list[str]:
    """``source`` split at its top-level "|"."""
    parts, current = [], ""
    for item in _items(source):
        if item == "|":
            parts.append(current)
            current = ""
        else:
            current += item
    return [*parts, current]


def _group_body(item: str) -> str | None:
    """The body of a non-capturing group item ``(?:...)`` with no quantifier, or None."""
    if item.startswith("(?:") and item.endswith(")") and len(_items(item)) == 1:
        return item[3:-1]
    return None


def _opened(source: str) -> tuple[str, list[str], str] | None:
    """``source`` as lookarounds, one non-capturing group, lookarounds: (what is before the
    group, the group's alternatives, what is after it), or None."""
    items = _items(source)
    bodies = [k for k, item in enumerate(items) if _group_body(item) is not None]
    if len(bodies) != 1 or not all(
        item.startswith(_LOOKAROUNDS) for k, item in enumerate(items) if k != bodies[0]
    ):
        return None
    k = bodies[0]
    body = _group_body(items[k])
    assert body is not None
    return "".join(items[:k]), _alternatives(body), "".join(items[k + 1 :])


def _standalone(pattern: str) -> list[tuple[str, str]]:
    """The sources of ``pattern``'s top-level alternatives, each a pattern of its own with
    the assertions around them, in order, each with the assertions it is tried behind (an
    alternative made of assertions then a group of alternatives gives each of those, its
    assertions checked once a place as a pattern of their own: "" for none); [] when
    ``pattern`` is not lookarounds around one group of alternatives."""
    opened = _opened(pattern)
    if opened is None:
        return []
    before, alternatives, after = opened
    sources: list[tuple[str, str]] = []
    for alternative in alternatives:
        inner = _opened(alternative)
        if inner is not None and inner[0] and not inner[2] and len(inner[1]) > 1:
            guard = before + inner[0]
            sources.extend((f"{before}(?:{alt}){after}", guard) for alt in inner[1])
        else:
            sources.append((f"{before}(?:{alternative}){after}", ""))
    return sources


def _plain(text: str) -> str | None:
    """``text`` up to its first marker or non-ASCII character that may fold with an ASCII
    one ("ſ", "K": what they stand for is left unchecked); None when a non-ASCII character
    that folds with none ("’") comes first: no ASCII window holds it."""
    for k, char in enumerate(text):
        if char in (_LINE, _WORDS, _BOUNDARY):
            return text[:k]
        if not char.isascii():
            if any(re.fullmatch(re.escape(char), chr(c), re.IGNORECASE) for c in range(128)):
                return text[:k]
            return None
    return text


def dispatch_source(pattern: str, flags: int) -> str:
    """The dispatch of ``pattern``'s alternatives (see :class:`Dispatch`) as JSON; "" when
    ``pattern`` has no finder or is not lookarounds around one group of alternatives.

    Each alternative's heads (:func:`_heads`) say where it is tried: a place whose first
    characters (lower case, whitespace as a space) begin with one of its plain heads, or
    with a line head at a line start; an alternative opening with a run of word characters
    ("\\w+'ll") is tried everywhere in a window holding what follows the run."""
    if not starts_source(pattern, flags):
        return ""
    sources = _standalone(pattern)
    if len(sources) < 2:
        return ""
    plain: list[set[str]] = []
    line: list[set[str]] = []
    words: list[list[Any]] = []
    for index, (source, _) in enumerate(sources):
        heads = {_normal(head) for head in _heads(list(_parser.parse(source, flags).data), 4)}
        plain.append(set())
        line.append(set())
        tails: set[str] = set()
        for head in heads:
            at_line = head.startswith(_LINE)
            head = head.lstrip(_LINE)
            if head.startswith(_WORDS):
                tail = _plain(head.lstrip(_WORDS))
                if tail is not None:
                    tails.add(tail)
            else:
                lead = _plain(head)
                if lead is not None:
                    (line if at_line else plain)[index].add(lead)
        if tails:
            words.append([index, sorted(tails)])
    return json.dumps(
        {
            "sources": [source for source, _ in sources],
            "guards": [guard for _, guard in sources],
            "plain": _table(plain),
            "line": _table([p | q for p, q in zip(plain, line, strict=True)]),
            "words": words,
        },
        sort_keys=True,
    )


def _table(heads: list[set[str]]) -> dict[str, list[int]]:
    """For each beginning of a head in ``heads`` (one set an alternative), the alternatives
    one of whose heads it begins with, in order."""
    prefixes = {head[:k] for some in heads for head in some for k in range(len(head) + 1)}
    return {
        prefix: [i for i, some in enumerate(heads) if any(prefix.startswith(h) for h in some)]
        for prefix in sorted(prefixes | {""})
    }


# Whitespace read as a space in a dispatch's keys (as ``\s`` takes it: "\x1c"-"\x1f" too).
_SPACES = bytes(32 if chr(c).isspace() else c for c in range(256))


@frozen(kw_only=True)
class Dispatch:
    """A cue's alternatives, each compiled on its own, and where each is tried (see
    :func:`dispatch_source`)."""

    alternatives: tuple[re.Pattern[str], ...]
    guards: tuple[re.Pattern[str], ...]
    """The assertions some alternatives are tried behind (each checked once a place)."""
    guard_of: tuple[int, ...]
    """The index in ``guards`` of each alternative's, or -1."""
    plain: Mapping[str, tuple[int, ...]]
    line: Mapping[str, tuple[int, ...]]
    words: tuple[tuple[int, tuple[str, ...]], ...]

    @classmethod
    def from_source(
        cls, source: str, compile: Callable[[str, int], re.Pattern[str]], flags: int
    ) -> Dispatch:
        """The dispatch that :func:`dispatch_source` wrote, its patterns compiled by
        ``compile``."""
        data = json.loads(source)
        sources = sorted({guard for guard in data["guards"] if guard})
        return cls(
            alternatives=tuple(compile(alt, flags) for alt in data["sources"]),
            guards=tuple(compile(guard, flags) for guard in sources),
            guard_of=tuple(sources.index(g) if g else -1 for g in data["guards"]),
            plain={k: tuple(v) for k, v in data["plain"].items()},
            line={k: tuple(v) for k, v in data["line"].items()},
            words=tuple((i, tuple(tails)) for i, tails in data["words"]),
        )

    def match(
        self, text: str, at: int, end: int, keys: str, off: int, words: tuple[int, ...]
    ) -> re.Match[str] | None:
        """The whole cue's ``match(text, at, end)``: its first alternative that matches
        there, of those whose heads fit ``keys[off:off + 4]`` (the window's keys from
        ``off``, the place), or ``words`` (those tried everywhere in the window)."""
        key = keys[off : off + _DEPTH]
        table = self.line if at == 0 or text[at - 1] == "\n" else self.plain
        tried = table.get(key)
        k = len(key)
        while tried is None:
            k -= 1
            tried = table.get(key[:k])
        if words:
            tried = tuple(sorted({*tried, *words}))
        alternatives, guards, guard_of = self.alternatives, self.guards, self.guard_of
        held: dict[int, bool] = {}  # each guard's outcome at this place
        for i in tried:
            guard = guard_of[i]
            if guard >= 0:
                ok = held.get(guard)
                if ok is None:
                    ok = held[guard] = guards[guard].match(text, at, end) is not None
                if not ok:
                    continue
            match = alternatives[i].match(text, at, end)
            if match is not None:
                return match
        return None

    def window(self, part: str) -> tuple[str, tuple[int, ...]]:
        """The keys of an ASCII window ``part`` (lower case, whitespace a space) and the
        alternatives opening with a run of word characters tried everywhere in it."""
        keys = part.lower().encode().translate(_SPACES).decode()
        return keys, tuple(i for i, tails in self.words if any(t in keys for t in tails))
