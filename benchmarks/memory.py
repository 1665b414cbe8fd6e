"""Peak memory of streaming exports as the corpus grows: it should stay flat.

Usage (from the repository root)::

    python benchmarks/memory.py                    # 10 MB and 100 MB corpora
    python benchmarks/memory.py --sizes 10 --gb    # 10 MB, then 1 GB (long: about an hour)
    python benchmarks/memory.py --workdir /big/disk --keep

Each corpus repeats the raw texts of ../shared/corpora/te3-silver (read with
:func:`chrono.timeml.read_timeml`) until it holds the size asked for, in two layouts:

* **records**: one JSON Lines file of ``{"id", "time", "text"}`` records (each repetition gets a
  new id), exported with ``--input-format jsonl --format csv``: records stream in input order.
* **texts**: one text file per document, a dateline on its first line, in folders of 1,000,
  exported with ``--format jsonl``: one chronological timeline, sorted in runs spilled to disk.

Each export is one ``python -m chrono export ... -j JOBS -q`` process; its peak memory is sampled
every 20 ms over the process tree (the parent and its workers together) as the sum of each
process's PSS (``/proc/PID/smaps_rollup``: a page a forked worker still shares with its parent
counts once, not once per process), or of their RSS where the system has no ``smaps_rollup``
(the header says "peak PSS" or "peak RSS"), and the largest single process's RSS is read from
``ru_maxrss``. The target: under 500 MB at 1 GB, and no
growth with the corpus beyond noise.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "te3-silver"
for path in (ROOT, HERE):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

# The same sampling and the same environment (cached bytecode) as the throughput table.
from corpus_scale import _measure, chrono_env  # noqa: E402

MB = 1_000_000


def _documents(corpus: Path) -> list[tuple[str, str, str]]:
    """(id, DCT, text) of every TimeML file of the corpus."""
    from chrono.timeml import read_timeml, tml_files

    docs = []
    for file in tml_files([corpus]):
        doc = read_timeml(file)
        docs.append((doc.doc_id, str(doc.dct), doc.text))
    return docs


def _repeat(docs: list[tuple[str, str, str]], size: int) -> Iterator[tuple[str, str, str]]:
    written = 0
    copy = 0
    while True:
        for doc_id, dct, text in docs:
            if written >= size:
                return
            yield f"{doc_id}.{copy}", dct, text
            written += len(text.encode("utf-8"))
        copy += 1


def make_records(docs: list[tuple[str, str, str]], size: int, path: Path) -> int:
    """Write a JSON Lines corpus of about ``size`` bytes of text; return the record count."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for doc_id, dct, text in _repeat(docs, size):
            out.write(json.dumps({"id": doc_id, "time": dct, "text": text}) + "\n")
            count += 1
    return count


def make_texts(docs: list[tuple[str, str, str]], size: int, folder: Path) -> int:
    """Write one text file per document (a dateline first), in folders of 1,000."""
    import datetime as dt

    count = 0
    for count, (doc_id, dct, text) in enumerate(_repeat(docs, size), start=1):
        sub = folder / f"{count // 1000:05d}"
        if count % 1000 == 0 or count == 1:
            sub.mkdir(parents=True, exist_ok=True)
        day = dt.date.fromisoformat(dct)
        dateline = f"[{day:%B} {day.day}, {day.year}]\n"
        (sub / f"{doc_id}.txt").write_text(dateline + text, encoding="utf-8")
    return count


def export(args: list[str], jobs: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "chrono", "export", *args, "-j", str(jobs), "-q"]
    return _measure(cmd, chrono_env())


def main(argv: list[str] | None = None) -> int:
    """Generate each corpus, export it, print peak memory per size."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="10,100", help="corpus sizes in MB (10,100)")
    parser.add_argument("--gb", action="store_true", help="add a 1 GB corpus (records only)")
    parser.add_argument("--layouts", default="records,texts", help="records, texts or both")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora are written")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora")
    args = parser.parse_args(argv)

    docs = _documents(args.corpus)
    sizes = [int(s) * MB for s in args.sizes.split(",") if s]
    runs = [(size, layout) for size in sizes for layout in args.layouts.split(",")]
    if args.gb:
        runs.append((1000 * MB, "records"))
    work = Path(tempfile.mkdtemp(prefix="chrono-memory-", dir=args.workdir))
    print(f"{'corpus':>8} {'layout':<8} {'docs':>9} {'s':>8} {'MB/s':>6} {'peak MB':>8} "
          f"{'largest MB':>10} {'output MB':>9} {'peak is':>7}", flush=True)  # fmt: skip
    try:
        for size, layout in runs:
            target = work / f"{layout}-{size // MB}"
            if layout == "records":
                source = target.with_suffix(".jsonl")
                count = make_records(docs, size, source)
                out = target.with_suffix(".csv")
                options = [str(source), "--input-format", "jsonl", "-f", "csv", "-o", str(out)]
            else:
                count = make_texts(docs, size, target)
                out = target.with_suffix(".jsonl")
                options = [str(target), "-f", "jsonl", "-o", str(out)]
            result = export(options, args.jobs)
            largest = result["largest_rss"]
            print(
                f"{size // MB:>6}MB {layout:<8} {count:>9} {result['seconds']:>8.1f} "
                f"{size / MB / result['seconds']:>6.2f} {result['peak_tree'] / 2**20:>8.0f} "
                f"{largest / 2**20:>10.0f} "
                f"{out.stat().st_size / MB:>9.0f} {result['peak_figure']:>7}",
                flush=True,
            )
            if not args.keep:
                shutil.rmtree(target, ignore_errors=True)
                target.with_suffix(".jsonl").unlink(missing_ok=True)
                target.with_suffix(".csv").unlink(missing_ok=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
