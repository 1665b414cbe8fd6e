"""Where a single-process export spends its time, by module and by function (cProfile).

Usage (from the repository root)::

    python benchmarks/profile_export.py                     # 300 te3-silver files
    python benchmarks/profile_export.py --limit 0 --top 25  # every file

Runs ``chrono export FILES --input-format timeml --format jsonl -j 1`` in this process under
cProfile (start-up included: imports, rule loading, matcher indexes) and prints the self time
summed by module (the pipeline stages: reading, matching, interpreting, anchoring, sentences,
writing...), then the functions with the most self time. For a call tree, run the same command
under pyinstrument: ``pyinstrument -m chrono export ... -j 1``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "te3-silver"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _module(filename: str) -> str:
    if filename == "~":
        return "(built-in)"
    path = Path(filename)
    if "chrono" in path.parts:
        parts = path.parts[path.parts.index("chrono") :]
        return ".".join(parts).removesuffix(".py")
    if "site-packages" in path.parts:
        return path.parts[path.parts.index("site-packages") + 1].split(".")[0]
    if filename.startswith("<") or filename == "~":
        return "(built-in)"
    return "(stdlib) " + path.stem


def main(argv: list[str] | None = None) -> int:
    """Profile one export and print the summaries."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=300, help="files (0: all)")
    parser.add_argument("--top", type=int, default=15, help="functions to list")
    args = parser.parse_args(argv)

    from chrono.timeml import tml_files

    files = list(tml_files([args.corpus]))
    files = files[: args.limit] if args.limit else files
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for f in files:
            (folder / f.name).symlink_to(f.resolve())
        out = Path(tmp) / "out.jsonl"
        argv_cli = ["export", str(folder), "--input-format", "timeml", "-f", "jsonl", "-j", "1"]
        argv_cli += ["-q", "-o", str(out)]
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        from chrono.cli import main as chrono

        try:
            chrono.main(argv_cli, standalone_mode=False)
        finally:
            profiler.disable()
        wall = time.perf_counter() - started

    stats = pstats.Stats(profiler, stream=io.StringIO())
    raw = stats.stats  # type: ignore[attr-defined]  # (file, line, name) -> (cc, nc, tt, ct, callers)
    by_module: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _line, _name), (_cc, _nc, tt, _ct, callers) in raw.items():
        total += tt
        if filename == "~" and callers:
            # A built-in (re.match, str.translate...) counts for the modules that called it,
            # in proportion to the time each call site spent in it.
            for (caller_file, _l, _n), caller_stats in callers.items():
                by_module[_module(caller_file)] += caller_stats[2]
        else:
            by_module[_module(filename)] += tt
    print(f"{len(files)} files, {wall:.2f} s wall under cProfile (profiling slows Python code)\n")
    print(f"{'self time by module (built-ins counted for their callers)':<60}{'s':>8}{'share':>8}")
    for module, seconds in sorted(by_module.items(), key=lambda kv: -kv[1])[:20]:
        print(f"{module:<60}{seconds:>8.2f}{seconds / total:>8.1%}")
    print(f"\n{'functions with the most self time':<60}{'s':>8}{'calls':>10}")
    top = sorted(raw.items(), key=lambda kv: -kv[1][2])[: args.top]
    for (filename, line, name), (_cc, nc, tt, _ct, _callers) in top:
        where = f"{_module(filename)}:{line} {name}"
        print(f"{where[:59]:<60}{tt:>8.2f}{nc:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
