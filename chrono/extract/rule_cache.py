"""The rule files, parsed ahead: what ``tomllib`` reads from each shipped TOML file, stored.

The TOML files under ``rules/<lang>/`` are the source of truth: edit them, never this cache.
``tomllib`` is pure Python, and parsing the few hundred kilobytes of rules took 0.03-0.19 s
(the machine's load decides) of every start-up: each one-file export, each ``--jobs`` worker,
each Dask worker.
``tools/build_prefix_table.py`` parses every shipped rule file once and stores the result in
:data:`CACHE_FILE` with ``marshal`` (plain data: dicts, lists, strings, numbers, booleans),
each file's data beside the very bytes it was parsed from. :func:`parsed` returns the stored
data only for a file whose bytes are those now (compared whole: no hash to compute, and no two
texts taken for one); an edited file, a new one, another language, a cache of another
``marshal`` format, or a missing or damaged cache is parsed with ``tomllib`` as before: the
cache can make chrono start sooner, never read other rules. ``tests/test_rules.py`` fails when
the shipped cache is stale.
"""

from __future__ import annotations

import marshal
from collections.abc import Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from chrono.errors import RuleError

CACHE_FILE = "rules.bin"
_FORMAT = 2
# The stored form: marshal's version 2 writes every value out (no references to values met
# before, whose use hangs on reference counts), so a build is the same bytes each time; a
# file of another marshal format is not read.
_MARSHAL = 2
_WRITER = ("marshal", marshal.version)

# language -> file name -> (the file's bytes, its parsed data)
_Table = dict[str, dict[str, tuple[bytes, dict[str, Any]]]]


def parse(path: Traversable) -> dict[str, Any]:
    """A rule file as ``tomllib`` reads it (the text decoded as it always was: UTF-8, universal
    newlines).

    Raises:
        OSError: the file cannot be read.
        RuleError: the file is no valid TOML (``tomllib``'s message).
    """
    import tomllib  # imported only when a file is not in the cache: 7 ms of a start-up

    try:
        data: dict[str, Any] = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(str(exc)) from exc
    return data


def parsed(language: str, path: Traversable, table: _Table) -> dict[str, Any]:
    """The data of the rule file ``path`` of ``language``: from ``table`` (see :func:`read`)
    when it holds the file's current bytes, else parsed. What is read from ``table`` is
    ``table``'s own data, not a copy: each loader reads the cache afresh (see :func:`shipped`).

    Raises:
        OSError: the file cannot be read.
        RuleError: the file is no valid TOML.
    """
    stored = table.get(language, {}).get(path.name)
    if stored is not None and stored[0] == path.read_bytes():
        return stored[1]
    return parse(path)


def build(folders: Mapping[str, Traversable]) -> bytes:
    """The cache file's bytes for the rule files of ``folders`` (language: its folder)."""
    languages = {
        language: {
            path.name: (path.read_bytes(), parse(path))
            for path in sorted(folder.iterdir(), key=lambda p: p.name)
            if path.name.endswith(".toml")
        }
        for language, folder in sorted(folders.items())
    }
    data = {"format": _FORMAT, "writer": _WRITER, "languages": languages}
    return marshal.dumps(data, _MARSHAL)


def read(data: bytes) -> _Table:
    """The parsed files of a cache file's bytes; none when it is damaged or of another format
    (or ``marshal`` format)."""
    try:
        stored: Any = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(stored, dict) or stored.get("format") != _FORMAT:
        return {}
    languages = stored.get("languages")
    if stored.get("writer") != _WRITER or not isinstance(languages, dict):
        return {}
    table: _Table = {}
    for language, files in languages.items():
        if not isinstance(files, dict):
            continue
        table[language] = {
            name: entry
            for name, entry in files.items()
            if isinstance(entry, tuple)
            and len(entry) == 2
            and isinstance(entry[0], bytes)
            and isinstance(entry[1], dict)
        }
    return table


def shipped() -> _Table:
    """The shipped cache, read afresh (none when missing or damaged)."""
    try:
        data = resources.files("chrono.extract").joinpath(CACHE_FILE).read_bytes()
    except OSError:
        return {}
    return read(data)
