"""Regular expressions compiled ahead: the matcher code of every shipped pattern, stored.

(And the rewrites the grammar makes of each pattern's text before compiling it, a tenth of a
second of pure Python too: see :func:`rewritten`.)

``re.compile`` parses a pattern and builds its matcher code in Python (``re._parser`` and
``re._compiler``) before handing the code to the C matcher. For chrono's few hundred long rule
patterns that is most of a start-up: 0.18 s of a one-file export, paid again by every worker
process. The code depends only on the pattern, its flags and the interpreter, so
``tools/build_prefix_table.py`` builds it once for the shipped rules and stores it in
:data:`CACHE_FILE`, together with the interpreter it was built by. :func:`compile_regex` hands a
stored pattern's code straight to the C matcher, as ``re`` itself does at the end of a compile,
and compiles every other pattern with ``re`` (an edited rule, another Python version or
platform, a damaged file): the cache can make chrono start sooner, never behave differently.
``tests/test_matcher.py`` checks the stored code against what ``re`` builds now.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's C matcher: it takes the code re builds
import contextlib
import functools
import hashlib
import marshal
import re
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

CACHE_FILE = "patterns.bin"
_FORMAT = 1
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
# pattern, as re._compiler.compile passes them.
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

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
    entry = _table()[0].get(_key(pattern, flags))
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


def entry(pattern: str, flags: int) -> _Entry:
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
    ``rewrites`` (text: its rewrite)."""
    entries = {_key(p, f): entry(p, f) for p, f in sorted(set(patterns))}
    texts = {_key(text, -1): rewrites[text] for text in sorted(rewrites)}
    data = {"format": _FORMAT, "interpreter": INTERPRETER, "entries": entries, "rewrites": texts}
    return zlib.compress(marshal.dumps(data), 9)


def read(data: bytes) -> _Table:
    """The code and the rewrites of a cache file; none when it was built for another
    interpreter or is damaged."""
    try:
        table: Any = marshal.loads(zlib.decompress(data))
    except (ValueError, EOFError, TypeError, zlib.error):
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
