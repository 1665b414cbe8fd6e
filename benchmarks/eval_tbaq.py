"""Score chrono against the TBAQ gold (TempEval-3 training data), overall and per sub-corpus.

Usage (from the repository root)::

    python benchmarks/eval_tbaq.py                       # ../shared/corpora/tbaq
    python benchmarks/eval_tbaq.py PATH --errors --limit 20
    python benchmarks/eval_tbaq.py --json > tbaq.json

Figures are TempEval-3's: strict and relaxed span P/R/F1, type and value accuracy over relaxed
matches, and their F1s, micro-averaged; then the same for each folder directly under PATH
(TimeBank, AQUAINT).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq"

# Run from a checkout without installing: make `import chrono` find this repository.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from chrono.errors import ChronoError  # noqa: E402
from chrono.timeml import DocumentResult, EvalResult, evaluate  # noqa: E402


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        default=DEFAULT_CORPUS,
        help=f"corpus folder or .tml file (default: {DEFAULT_CORPUS})",
    )
    parser.add_argument("--genre", default="auto", help="anchoring policy (default: auto)")
    parser.add_argument("--errors", action="store_true", help="also list the scoring errors")
    parser.add_argument(
        "--limit", type=int, default=None, help="with --errors: at most N lines per kind"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    return parser


def _subsets(result: EvalResult, root: Path) -> dict[str, EvalResult]:
    """Group the documents by the first folder below ``root`` (TimeBank, AQUAINT...)."""
    groups: dict[str, list[DocumentResult]] = defaultdict(list)
    for doc in result.documents:
        path = doc.gold.path
        if path is None or not root.is_dir():
            continue
        parts = path.relative_to(root).parts
        if len(parts) > 1:
            groups[parts[0]].append(doc)
    return {name: EvalResult.from_documents(docs) for name, docs in sorted(groups.items())}


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the report; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        result = evaluate([args.path], genre=args.genre)
    except ChronoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    subsets = _subsets(result, args.path)

    if args.json:
        report = {"all": result.scores.to_dict()}
        report.update({name: sub.scores.to_dict() for name, sub in subsets.items()})
        print(json.dumps(report, indent=2))
    else:
        print(result.format_text(f"== all ({args.path})"))
        for name, sub in subsets.items():
            print(sub.format_text(f"== {name}"))
    if args.errors:
        # Keep stdout parseable when it carries JSON.
        out = sys.stderr if args.json else sys.stdout
        print(result.format_errors_text(limit=args.limit), end="", file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
