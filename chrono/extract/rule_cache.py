"""The rule files, parsed ahead: what ``tomllib`` reads from each shipped TOML file, stored.

The TOML files under ``rules/<lang>/`` are the source of truth: edit them, never this cache.
``tomllib`` is pure Python, and parsing the few hundred kilobytes of rules took 0.03-0.19 s
(the machine's load decides) of every start-up: each one-file export, each ``--jobs`` worker,
each Dask worker.
``tools/build_prefix_table.py`` parses every shipped rule file once and stores the result in
:data:`CACHE_FILE` as JSON, which the C ``json`` module reads in a millisecond, each file's data
under a hash of that file's bytes. :func:`parsed` returns the stored data only for a file whose
bytes hash the same now; an edited file, a new one, another language, or a missing or damaged
cache is parsed with ``tomllib`` as before: the cache can make chrono start sooner, never read
other rules. ``tests/test_rules.py`` fails when the shipped cache is stale.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from chrono.errors import RuleError

CACHE_FILE = "rules.json"
_FORMAT = 1

# language -> file name -> (hash of the file's bytes, its parsed data)
_Table = dict[str, dict[str, tuple[str, dict[str, Any]]]]


def digest(source: bytes) -> str:
    """The key of a rule file's bytes in the cache."""
    return hashlib.blake2b(source, digest_size=16).hexdigest()


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
    if stored is not None and stored[0] == digest(path.read_bytes()):
        return stored[1]
    return parse(path)


def build(folders: Mapping[str, Traversable]) -> str:
    """The cache file's text for the rule files of ``folders`` (language: its folder)."""
    languages = {
        language: {
            path.name: {"sha": digest(path.read_bytes()), "data": parse(path)}
            for path in sorted(folder.iterdir(), key=lambda p: p.name)
            if path.name.endswith(".toml")
        }
        for language, folder in sorted(folders.items())
    }
    body = json.dumps(
        {"format": _FORMAT, "languages": languages}, ensure_ascii=False, separators=(",", ":")
    )
    return body + "\n"


def read(text: str | bytes) -> _Table:
    """The parsed files of a cache file's text; none when it is damaged or of another format."""
    try:
        data: Any = json.loads(text)
    except (ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return {}
    languages = data.get("languages")
    if not isinstance(languages, dict):
        return {}
    table: _Table = {}
    for language, files in languages.items():
        if not isinstance(files, dict):
            continue
        table[language] = {
            name: (entry["sha"], entry["data"])
            for name, entry in files.items()
            if isinstance(entry, dict)
            and isinstance(entry.get("sha"), str)
            and isinstance(entry.get("data"), dict)
        }
    return table


def shipped() -> _Table:
    """The shipped cache, read afresh (none when missing or damaged)."""
    try:
        data = resources.files("chrono.extract").joinpath(CACHE_FILE).read_bytes()
    except OSError:
        return {}
    return read(data)
