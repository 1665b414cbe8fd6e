"""Extraction throughput and peak memory: chrono against dateparser's search_dates.

Usage (from the repository root)::

    python benchmarks/throughput.py                      # ../shared/corpora/te3-silver
    python benchmarks/throughput.py PATH --limit 500 --baseline-limit 20

The raw text of each TimeML file (tags stripped, as :func:`chrono.timeml.read_timeml` gives it)
is run through ``chrono.api.extract_document`` with the file's creation date, in one process.
dateparser is much slower, so ``search_dates`` runs on the first ``--baseline-limit`` documents
only, and chrono's speed on that same subset is shown beside it for a fair ratio. It runs twice:
told the texts are English (``languages=["en"]``, its fastest set-up), and as a plain call runs
it, detecting each text's language first ("dateparser-detect", on the first ``--detect-limit``
documents: it is slower still). datefinder is measured too when it is installed.

Each tool runs in its own subprocess, so the peak resident memory (``ru_maxrss``) is its own:
"peak" is the whole process (interpreter and imports included), "growth" what extraction added
after the imports and a warm-up call. Times exclude reading the files and the warm-up (which loads
rules or language data); the warm-up is reported separately as "start".
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "te3-silver"

# Run from a checkout without installing: make `import chrono` find this repository.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

Texts = list[tuple[str, dt.date]]
Extract = Callable[[str, dt.date], int]
"""Runs one tool on one text with its reference date; returns how many expressions it found."""

_WARM_UP = ("The meeting is on Monday, March 3, 1997, two weeks from now.", dt.date(1997, 2, 14))


def _load(path: Path, limit: int) -> Texts:
    from chrono.timeml import read_timeml, tml_files

    texts: Texts = []
    for file in tml_files([path])[:limit]:
        doc = read_timeml(file)
        if doc.dct is None:
            raise SystemExit(f"{file}: no DCT; this benchmark needs one per document")
        texts.append((doc.text, doc.dct))
    return texts


def _maxrss_bytes() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024  # Linux reports KiB


# --------------------------------------------------------------------------- tools


def _chrono() -> Extract:
    from chrono.api import extract_document

    def run(text: str, dct: dt.date) -> int:
        document, _events = extract_document(text, dct=dct, genre="news")
        return len(document.mentions)

    return run


def dateparser_tool() -> Extract:
    """dateparser's search_dates told the texts are English (its fastest set-up), with every
    setting that would depend on the machine fixed."""
    return _search_dates(["en"])


def dateparser_detecting_tool() -> Extract:
    """search_dates as a plain call runs it: no ``languages``, so it first detects the language
    of each text (every other setting fixed as in :func:`dateparser_tool`)."""
    return _search_dates(None)


def _search_dates(languages: list[str] | None) -> Extract:
    from dateparser.search import search_dates  # type: ignore[import-untyped, unused-ignore]

    def run(text: str, dct: dt.date) -> int:
        settings = {
            # Every setting that would otherwise depend on the machine or on "now".
            "RELATIVE_BASE": dt.datetime.combine(dct, dt.time()),
            "TIMEZONE": "UTC",
            "TO_TIMEZONE": "UTC",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DATES_FROM": "current_period",
            "DATE_ORDER": "MDY",
        }
        return len(search_dates(text, languages=languages, settings=settings) or ())

    return run


def datefinder_tool() -> Extract:
    import datefinder  # type: ignore[import-untyped, import-not-found, unused-ignore]

    def run(text: str, dct: dt.date) -> int:
        base = dt.datetime.combine(dct, dt.time())
        return sum(1 for _ in datefinder.find_dates(text, base_date=base))

    return run


TOOLS: dict[str, Callable[[], Extract]] = {
    "chrono": _chrono,
    "dateparser": dateparser_tool,
    "dateparser-detect": dateparser_detecting_tool,
    "datefinder": datefinder_tool,
}


# --------------------------------------------------------------------------- worker


def _worker(tool: str, path: Path, limit: int, subsets: Sequence[int]) -> dict[str, Any]:
    """Measure one tool in this process; ``subsets``: also time the first N documents alone, for
    each N (so that a slower tool, run on fewer documents, is compared on the same ones)."""
    texts = _load(path, limit)
    started = time.perf_counter()
    extract = TOOLS[tool]()
    extract(*_WARM_UP)
    start_s = time.perf_counter() - started
    baseline = _maxrss_bytes()

    found = 0
    elapsed = 0.0
    partial: dict[str, tuple[int, float, int]] = {}
    for i, (text, dct) in enumerate(texts):
        t0 = time.perf_counter()
        found += extract(text, dct)
        elapsed += time.perf_counter() - t0
        if i + 1 in subsets:
            partial[str(i + 1)] = (i + 1, elapsed, sum(len(t.encode()) for t, _ in texts[: i + 1]))
    size = sum(len(t.encode()) for t, _ in texts)
    for n in subsets:  # a subset at least as large as the corpus is the whole run
        partial.setdefault(str(n), (len(texts), elapsed, size))
    peak = _maxrss_bytes()
    return {
        "tool": tool,
        "docs": len(texts),
        "bytes": size,
        "seconds": elapsed,
        "found": found,
        "start_seconds": start_s,
        "peak_rss": peak,
        "rss_growth": peak - baseline,
        "subsets": partial,
    }


def _measure(tool: str, path: Path, limit: int, subsets: Sequence[int] = ()) -> dict[str, Any]:
    cmd = [sys.executable, __file__, str(path), "--worker", tool, "--limit", str(limit)]
    cmd += ["--subsets", ",".join(map(str, subsets))]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["(no message)"]
        raise SystemExit(f"{tool} worker failed: {tail[0]}")
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


# --------------------------------------------------------------------------- report


def _kbs(size: float, seconds: float) -> float:
    return size / 1024 / seconds if seconds else float("inf")


def _table(rows: Sequence[dict[str, Any]]) -> str:
    head = (
        f"{'tool':<22}{'docs':>6}{'KB':>9}{'s':>9}{'KB/s':>10}{'found':>8}"
        f"{'start s':>9}{'peak MB':>9}{'growth MB':>11}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        mem = (
            f"{r['peak_rss'] / 2**20:>9.1f}{r['rss_growth'] / 2**20:>11.1f}"
            if "peak_rss" in r
            else f"{'':>9}{'':>11}"
        )
        start = f"{r['start_seconds']:>9.2f}" if "start_seconds" in r else f"{'':>9}"
        found = f"{r['found']:>8}" if "found" in r else f"{'':>8}"
        lines.append(
            f"{r['label']:<22}{r['docs']:>6}{r['bytes'] / 1024:>9.1f}{r['seconds']:>9.2f}"
            f"{_kbs(r['bytes'], r['seconds']):>10.1f}{found}{start}{mem}"
        )
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        default=DEFAULT_CORPUS,
        help=f"folder of .tml files (default: {DEFAULT_CORPUS})",
    )
    parser.add_argument("--limit", type=int, default=200, help="documents for chrono (200)")
    parser.add_argument(
        "--baseline-limit",
        type=int,
        default=20,
        help="documents for dateparser/datefinder, the first of chrono's (20)",
    )
    parser.add_argument(
        "--detect-limit",
        type=int,
        default=20,
        help="documents for dateparser left to detect the language, as a plain call does (20)",
    )
    parser.add_argument("--no-baselines", action="store_true", help="measure chrono only")
    parser.add_argument("--json", action="store_true", help="print the raw measurements")
    parser.add_argument("--worker", choices=sorted(TOOLS), help=argparse.SUPPRESS)
    parser.add_argument("--subsets", default="", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Measure every tool in a subprocess of its own and print the comparison."""
    args = _parser().parse_args(argv)
    if args.worker:
        subsets = [int(n) for n in args.subsets.split(",") if n]
        print(json.dumps(_worker(args.worker, args.path, args.limit, subsets)))
        return 0

    # Each baseline runs on the first N documents, and chrono is timed on those same N too.
    limits = {"dateparser": args.baseline_limit, "datefinder": args.baseline_limit}
    limits["dateparser-detect"] = args.detect_limit
    limits = {tool: min(n, args.limit) for tool, n in limits.items()}
    chrono = _measure("chrono", args.path, args.limit, sorted(set(limits.values())))
    rows = [{"label": "chrono", **chrono}]
    results = {"chrono": chrono}
    baselines = () if args.no_baselines else ("dateparser", "dateparser-detect", "datefinder")
    for tool in baselines:
        if importlib.util.find_spec(tool.split("-")[0]) is None or not limits[tool]:
            continue
        docs, seconds, size = chrono["subsets"][str(limits[tool])]
        label = f"chrono (first {docs})"
        if label not in {row["label"] for row in rows}:
            rows.append({"label": label, "docs": docs, "bytes": size, "seconds": seconds})
        results[tool] = _measure(tool, args.path, limits[tool])
        rows.append({"label": tool, **results[tool]})

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"corpus: {args.path}\n")
    print(_table(rows))
    for tool, r in results.items():
        if tool != "chrono":
            _, seconds, size = chrono["subsets"][str(limits[tool])]
            ratio = _kbs(size, seconds) / _kbs(r["bytes"], r["seconds"])
            print(f"\nchrono / {tool} throughput on the same {r['docs']} documents: {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
