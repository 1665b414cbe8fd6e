"""Regular expressions compiled ahead: the matcher code of every shipped pattern, stored.

(And the rewrites the grammar makes of each pattern's text before compiling it, a tenth of a
second of pure Python too: see :func:`rewritten`.)

``re.compile`` parses a pattern and builds its matcher code in Python (``re._parser`` and
``re._compiler``) before handing the code to the C matcher. For chrono's few hundred long rule
patterns that is most of a start-up: 0.18 s of a one-file export, paid again by every worker
process. The code depends only on the pattern, its flags and the interpreter, so
``tools/build_prefix_table.py`` builds it once for the shipped rules and stores it in
:data:`CACHE_FILE`, together with the interpreter it was built by, not compressed: inflating
the 12 MB of code of every pattern was a sixteenth of a start-up, where reading it is a copy
(and compressing each pattern's code on its own, to inflate it when the pattern is compiled,
cost a run's extraction as much as it spared its start-up). :func:`compile_regex` hands a
stored pattern's code straight to the C matcher, as ``re`` itself does at the end of a compile,
and compiles every other pattern with ``re`` (an edited rule, another Python version or
platform, a damaged file: the C matcher checks the code it is given): the cache can make
chrono start sooner, never behave differently.
``tests/test_matcher.py`` checks the stored code against what ``re`` builds now.

A text that is all ASCII is matched faster by a pattern compiled with ``re.ASCII`` instead of
``re.UNICODE`` (see :func:`compile_ascii`), and its code is stored too.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's C matcher: it takes the code re builds
import contextlib
import functools
import hashlib
import marshal
import re
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

CACHE_FILE = "patterns.bin"
_FORMAT = 2
# What the code re builds depends on: a file built under anything else is not used.
_CODE = "I"  # the array type of one code word
INTERPRETER = (
    sys.implementation.name,
    tuple(sys.version_info[:2]),
    _sre.MAGIC,
    _sre.CODESIZE,
    array(_CODE).itemsize,
    sys.byteorder,
)

# (final flags, code, groups - 1, group index, index group): _sre.compile's arguments but the
# pattern, as re._compiler.compile passes them; stored as None for a pattern of compile_ascii
# that may match otherwise than in Unicode (see same_on_ascii).
_Code = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Entry = _Code | None

# The characters besides ASCII that re, ignoring case in Unicode, takes for an ASCII letter ("İ"
# and "ı" for "i", "ſ" for "s", the Kelvin sign for "k"): a pattern that names one, alone or in a
# range ("[\x80-\U0010ffff]"), may match an ASCII text otherwise under re.ASCII.
_FOLDS_TO_ASCII = (0x130, 0x131, 0x17F, 0x212A)
# What re.UNICODE reads as whitespace (\s) in ASCII and re.ASCII does not: four separators.
_UNICODE_ONLY_SPACES = "\x1c\x1d\x1e\x1f"

_recorded: list[set[tuple[str, int]]] = []  # open recordings (see recording)
_rewrites: list[dict[str, str]] = []  # the rewrites made while recording


def _key(pattern: str, flags: int) -> bytes:
    data = f"{int(flags)}:{pattern}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, without compiling again a pattern stored ahead.

    Raises:
        re.error: the pattern is not a valid regular expression.
    """
    for seen in _recorded:
        seen.add((pattern, int(flags)))
    return _compiled(pattern, flags, _table()[0].get(_key(pattern, flags)))


def _compiled(pattern: str, flags: int, entry: _Entry) -> re.Pattern[str]:
    """``pattern`` compiled from its stored ``entry``, or by ``re`` when there is none."""
    if entry is not None:
        final, code, groups, groupindex, indexgroup = entry
        try:
            words = array(_CODE, code).tolist()
            compiled: re.Pattern[str] = _sre.compile(
                pattern, final, words, groups, groupindex, indexgroup
            )
            return compiled
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # a damaged entry (the C matcher checks the code): compile it as re does
    return re.compile(pattern, flags)


def ascii_text(text: str) -> bool:
    """True when the patterns of :func:`compile_ascii` find in ``text`` what they find compiled
    as ``re`` compiles them: ``text`` is all ASCII, and none of it is whitespace only in
    Unicode."""
    return text.isascii() and not any(c in text for c in _UNICODE_ONLY_SPACES)


# as plain ints: re's flags are an enum.Flag, whose operators run in Python (7 us an ascii_flags)
_NOT_UNICODE = ~int(re.UNICODE)
_ASCII = int(re.ASCII)


def ascii_flags(flags: int) -> int:
    """``flags`` with ``re.ASCII`` in place of ``re.UNICODE``."""
    return (int(flags) & _NOT_UNICODE) | _ASCII


def compile_ascii(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """``pattern`` compiled with :func:`ascii_flags`, for the texts of :func:`ascii_text`, on
    which it matches exactly what ``re.compile(pattern, flags)`` matches, faster: ``re`` reads
    a character's case and class (``\\w``, ``\\s``, ``\\b``) from a table of 128 instead of
    calling Unicode's. None when the two may differ there (see :func:`same_on_ascii`).
    """
    flags = ascii_flags(flags)
    for seen in _recorded:
        seen.add((pattern, flags))
    table = _table()[0]
    key = _key(pattern, flags)
    if key in table:
        entry = table[key]
        return None if entry is None else _compiled(pattern, flags, entry)
    return _compiled(pattern, flags, None) if same_on_ascii(pattern, flags) else None


def same_on_ascii(pattern: str, flags: int = 0) -> bool:
    """True when ``pattern`` with ``flags`` matches the same on a text of :func:`ascii_text`
    whether compiled with ``re.ASCII`` or ``re.UNICODE``: it names no character that Unicode's
    case folds to an ASCII letter (the classes ``\\w``, ``\\d``, ``\\s`` and the case of
    every ASCII letter are the same in both on such a text)."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    try:
        stack = [_parser.parse(pattern, ascii_flags(flags))]
    except (re.error, RecursionError):
        return False
    while stack:
        for op, av in stack.pop():
            if op in (sre.LITERAL, sre.NOT_LITERAL) and av in _FOLDS_TO_ASCII:
                return False
            if op is sre.IN:
                for item, value in av:
                    if item is sre.LITERAL and value in _FOLDS_TO_ASCII:
                        return False
                    if item is sre.RANGE and any(
                        value[0] <= c <= value[1] for c in _FOLDS_TO_ASCII
                    ):
                        return False
            elif op is sre.BRANCH:
                stack.extend(av[1])
            elif op is sre.SUBPATTERN:
                stack.append(av[3])
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                stack.append(av[2])
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                stack.append(av[1])
            elif op is sre.ATOMIC_GROUP:
                stack.append(av)
            elif op is sre.GROUPREF_EXISTS:
                stack.extend(branch for branch in av[1:] if branch is not None)
    return True


def rewritten(text: str, rewrite: Callable[[str], str]) -> str:
    """``rewrite(text)``, read from the stored rewrites when stored (``rewrite`` must be the
    one rewrite made of ``text``: the grammar's of a pattern's text before compiling it, or
    the matcher's trie of its trigger words, whose list a tag heads)."""
    if _rewrites:  # recording: rewrite afresh, whatever is stored
        result = rewrite(text)
        for made in _rewrites:
            made[text] = result
        return result
    stored = _table()[1].get(_key(text, -1))
    return rewrite(text) if stored is None else stored


@contextlib.contextmanager
def recording() -> Iterator[tuple[set[tuple[str, int]], dict[str, str]]]:
    """Collects the ``(pattern, flags)`` of every :func:`compile_regex` call made inside, and
    the rewrites :func:`rewritten` makes (afresh)."""
    seen: set[tuple[str, int]] = set()
    made: dict[str, str] = {}
    _recorded.append(seen)
    _rewrites.append(made)
    try:
        yield seen, made
    finally:
        _recorded.remove(seen)
        _rewrites.remove(made)


def entry(pattern: str, flags: int) -> _Code:
    """The matcher code of a pattern, as ``re._compiler.compile`` builds it."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array(_CODE, code).tobytes()
    final = int(flags | tree.state.flags)
    return final, words, tree.state.groups - 1, groupindex, tuple(indexgroup)


_Table = tuple[dict[bytes, _Entry], dict[bytes, str]]  # code by pattern, rewrite by text


def build(patterns: Iterable[tuple[str, int]], rewrites: Mapping[str, str] = {}) -> bytes:
    """The cache file holding the code of ``patterns`` (for this interpreter) and
    ``rewrites`` (text: its rewrite). A pattern with ``re.ASCII`` that may match otherwise
    than in Unicode is stored as None (see :func:`compile_ascii`)."""
    entries = {
        _key(p, f): entry(p, f) if not f & re.ASCII or same_on_ascii(p, f) else None
        for p, f in sorted(set(patterns))
    }
    texts = {_key(text, -1): rewrites[text] for text in sorted(rewrites)}
    data = {"format": _FORMAT, "interpreter": INTERPRETER, "entries": entries, "rewrites": texts}
    return marshal.dumps(data)


def read(data: bytes) -> _Table:
    """The code and the rewrites of a cache file; none when it was built for another
    interpreter or is damaged."""
    try:
        table: Any = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return {}, {}
    if not isinstance(table, dict) or table.get("format") != _FORMAT:
        return {}, {}
    if table.get("interpreter") != INTERPRETER:
        return {}, {}
    entries, texts = table.get("entries"), table.get("rewrites")
    if not isinstance(entries, dict) or not isinstance(texts, dict):
        return {}, {}
    return entries, texts


@functools.cache
def _table() -> _Table:
    try:
        data = resources.files("chrono.extract").joinpath(CACHE_FILE).read_bytes()
    except OSError:
        return {}, {}
    return read(data)
