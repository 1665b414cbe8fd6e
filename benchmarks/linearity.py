"""Is extraction linear in the input? time(2n)/time(n) on adversarial texts.

Usage (from the repository root)::

    python benchmarks/linearity.py                       # n = 50,000 characters, sizes n, 2n, 4n
    python benchmarks/linearity.py --size 100000 --budget 120
    python benchmarks/linearity.py --stage find "2019-2019-2019" "May May"

For each generator of ``tests/hostile_texts.py`` (long digit runs, "1 1 1 …", "May May …",
100,000 commas, repeated date-like tokens, very long words…) the script times
``chrono.extract_document`` (``--stage document``: extraction, anchoring and events) or only
``Extractor.find`` (``--stage find``: rules and overlap resolution) on texts of n, 2n and 4n
characters, and prints each time and the ratios t(2n)/t(n) and t(4n)/t(2n). A ratio near 2 means
linear, near 4 quadratic. Each time is the best of ``--repeat`` runs (taken on one warm process,
so the grammar is compiled once). A size whose time exceeds ``--budget`` seconds ends that row
(the larger sizes are shown as ``-``). Texts on which the work is too small to time (under
``--floor`` seconds at 4n) have their ratios shown in parentheses: they are noise.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "tests"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from hostile_texts import GENERATORS  # noqa: E402  (after the path set-up)

from chrono.api import extract_document  # noqa: E402
from chrono.extract import Extractor  # noqa: E402


def _runner(stage: str) -> Callable[[str], int]:
    """A function extracting from one text and returning how many mentions it found."""
    if stage == "find":
        extractor = Extractor()
        return lambda text: len(extractor.find(text))

    def document(text: str) -> int:
        doc, _ = extract_document(text)
        return len(doc.mentions)

    return document


def _best_time(run: Callable[[str], int], text: str, repeat: int) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = run(text)
        best = min(best, time.perf_counter() - start)
    return best, found


def _ratio(a: float | None, b: float | None, tiny: bool) -> str:
    if a is None or b is None or a <= 0:
        return "-"
    shown = f"{b / a:.2f}"
    return f"({shown})" if tiny else shown


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="generators to run (default: all)")
    parser.add_argument("--size", type=int, default=50_000, help="n, in characters")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best counts")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per size, at most")
    parser.add_argument("--floor", type=float, default=0.02, help="seconds below which t is noise")
    parser.add_argument("--stage", choices=["document", "find"], default="document")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in GENERATORS]
    if unknown:
        parser.error(f"unknown generator(s) {unknown}; choose from {list(GENERATORS)}")

    run = _runner(args.stage)
    run("warm up on May 3, 2023: the grammar is compiled now")
    sizes = (args.size, 2 * args.size, 4 * args.size)
    print(f"stage: {args.stage}; best of {args.repeat}; times in seconds")
    header = f"{'text':<22} {'mentions@n':>10}" + "".join(
        f" {'t(' + str(s) + ')':>11}" for s in sizes
    )
    print(header + f" {'t2n/tn':>8} {'t4n/t2n':>8}")
    for name in args.names or list(GENERATORS):
        generate = GENERATORS[name]
        times: list[float | None] = []
        found_at_n = 0
        for size in sizes:
            if times and (times[-1] is None or times[-1] > args.budget):
                times.append(None)
                continue
            # One run over the budget is enough to know; do not repeat it.
            elapsed, found = _best_time(run, generate(size), 1 if times else args.repeat)
            if elapsed < args.budget and len(times) > 0 and args.repeat > 1:
                elapsed = min(elapsed, _best_time(run, generate(size), args.repeat - 1)[0])
            if not times:
                found_at_n = found
            times.append(elapsed)
        tiny = (times[-1] or 0.0) < args.floor and all(t is not None for t in times)
        cells = "".join(f" {t:>11.3f}" if t is not None else f" {'-':>11}" for t in times)
        print(
            f"{name:<22} {found_at_n:>10}{cells}"
            f" {_ratio(times[0], times[1], tiny):>8} {_ratio(times[1], times[2], tiny):>8}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
