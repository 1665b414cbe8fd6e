"""Write chrono/extract/prefixes.json: the prefix analysis of every shipped rule.

The matcher indexes rules by the literal characters their matches can begin with. Working
that out from each regular expression takes 0.3 s, at every start of chrono and of every
worker process; this table holds the result, looked up by pattern, so an edited rule is
simply analysed afresh at start-up until the table is rebuilt. ``tests/test_matcher.py``
fails when the table is stale. Run after changing rules (from the repository root)::

    python tools/build_prefix_table.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from chrono.extract.grammar import load_grammar  # noqa: E402
from chrono.extract.matcher import PREFIX_TABLE, prefix_table  # noqa: E402

LANGUAGES = ("en",)


def table() -> str:
    """The table's text for the shipped languages."""
    patterns = [
        rule.regex
        for language in LANGUAGES
        for rule in (*load_grammar(language).rules, *load_grammar(language).negatives)
    ]
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


def main() -> int:
    path = ROOT / "chrono" / "extract" / PREFIX_TABLE
    path.write_text(table(), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
