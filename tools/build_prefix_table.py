"""Write what start-up would otherwise work out from every shipped rule, at every start of
chrono and of every worker process:

* chrono/extract/rules.bin: each rule file as ``tomllib`` parses it (up to 0.19 s of pure Python),
  beside the file's bytes (see chrono/extract/rule_cache.py). The TOML files under
  chrono/extract/rules/ stay the source of truth: edit them, never this file; a file whose
  bytes are no longer the same is parsed afresh until the cache is rebuilt;
* chrono/extract/prefixes.json: the prefix analysis of each rule (the matcher indexes rules by
  the literal characters their matches can begin with; 0.3 s of work);
* chrono/extract/patterns.bin: the matcher code ``re`` builds for each pattern of the grammar
  (0.2 s), for the Python that runs this tool, and the rewrites the grammar makes of the
  patterns' texts before compiling them (0.1 s; see chrono/extract/regex_cache.py), and the
  trie of the trigger words (see chrono/extract/matcher.py).

Those two are looked up by pattern, so an edited rule is simply analysed and compiled afresh
until they are rebuilt. ``tests/test_matcher.py`` fails when either is stale,
``tests/test_rules.py`` when the parsed rules are. Run after changing
rules (from the repository root)::

    python tools/build_prefix_table.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from chrono.extract import regex_cache, rule_cache  # noqa: E402
from chrono.extract.grammar import _Loader  # noqa: E402
from chrono.extract.matcher import PREFIX_TABLE, _trigger_scanner, prefix_table  # noqa: E402

LANGUAGES = ("en",)


def table() -> str:
    """The table's text for the shipped languages."""
    # the grammars loaded afresh, their patterns rewritten now (not read from the stored
    # rewrites, which may be of another version of the rewrites)
    with regex_cache.recording():
        grammars = [_Loader(language).load() for language in LANGUAGES]
    patterns = [rule.regex for grammar in grammars for rule in (*grammar.rules, *grammar.negatives)]
    data = prefix_table(patterns)
    lines = [
        f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
        for key, value in data["patterns"].items()
    ]
    head = {k: v for k, v in data.items() if k != "patterns"}
    return (
        "{\n"
        + "".join(f"{json.dumps(k)}: {json.dumps(v)},\n" for k, v in head.items())
        + '"patterns": {\n'
        + ",\n".join(lines)
        + "\n}}\n"
    )


def patterns() -> tuple[set[tuple[str, int]], dict[str, str]]:
    """Every ``(pattern, flags)`` the shipped grammars compile (loading one compiles its tense
    cues, range connectors...; then each rule and the trigger scanner, as they are and for
    ASCII texts, what rules need or must not have before them, and what look-alikes need in a
    text), and the rewrites loading them makes of the patterns' texts."""
    with regex_cache.recording() as (seen, rewrites):
        for language in LANGUAGES:
            grammar = _Loader(language).load()
            for rule in (*grammar.rules, *grammar.negatives):
                regex_cache.compile_regex(rule.regex.pattern, rule.regex.flags)
                regex_cache.compile_ascii(rule.regex.pattern, rule.regex.flags)
            for rule in grammar.rules:
                # what a rule needs or must not have before it (``before``, ``not_before``)
                for context in (rule.before, rule.not_before):
                    if context is not None:
                        regex_cache.compile_regex(context.pattern, context.flags)
            for negative in grammar.negatives:
                # what a look-alike needs in a text (``needs``), searched in ASCII texts
                if negative.needs is not None:
                    regex_cache.compile_regex(negative.needs.pattern, negative.needs.flags)
                    regex_cache.compile_ascii(negative.needs.pattern, negative.needs.flags)
            _trigger_scanner.__wrapped__(grammar.triggers)
            _trigger_scanner.__wrapped__(grammar.triggers, True)
    return seen, rewrites


def rules() -> bytes:
    """The parsed rules' cache for the shipped languages."""
    folder = ROOT / "chrono" / "extract" / "rules"
    return rule_cache.build({language: folder / language for language in LANGUAGES})


def main() -> int:
    folder = ROOT / "chrono" / "extract"
    path = folder / rule_cache.CACHE_FILE
    path.write_bytes(rules())
    print(f"wrote {path.relative_to(ROOT)}")
    path = folder / PREFIX_TABLE
    path.write_text(table(), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")
    path = folder / regex_cache.CACHE_FILE
    path.write_bytes(regex_cache.build(*patterns()))
    print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
