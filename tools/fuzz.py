"""A long fuzzing campaign over extraction and every writer: never a crash, always readable output.

Usage (from the repository root)::

    pip install atheris                        # coverage-guided; else --engine hypothesis
    python tools/fuzz.py --minutes 10          # atheris when it imports, else Hypothesis
    python tools/fuzz.py --engine hypothesis --examples 100000 --minutes 10
    python tools/fuzz.py --replay /tmp/chrono-fuzz/failure-*.json   # re-run saved failures

Each example is a text, a document date (none, a random day, the first or last day of the
calendar), a genre and a day order. One example:

1. runs :func:`chrono.api.extract_document` and checks what the property tests check
   (``tests/test_properties.py``): the document keeps the text, every mention slices back,
   mention ids are unique, every event is a real interval ``start < end`` whose span slices back;
2. renders the timeline in every format of :func:`chrono.writers.formats` and parses each back
   with an independent reader (``json``, ``csv``, ``icalendar``, chrono's TimeML reader) with
   format-specific checks: as many JSON, JSON Lines, CSV and iCalendar events as timeline
   events, no CSV cell a spreadsheet would execute, one TIMEX3 per mention;
3. decodes the text's bytes with :func:`chrono.readers.decode_bytes`, which may only raise
   :class:`~chrono.errors.InputError`.

atheris (libFuzzer) mutates bytes guided by the coverage of chrono's own code, from a seed
corpus of every rule example, with a dictionary of the grammar's words. Hypothesis draws texts
from ``tests/strategies.py`` (date-like texts up to 200 tokens, and any Unicode). Neither stops
at a failure: each distinct failure (exception type and the chrono line that raised it) is saved
once, with its input, as ``failure-<hash>.json`` in ``--out`` (where atheris also keeps its
growing corpus), and inputs slower than ``--slow`` seconds are saved as ``slow-<hash>.json``.
At the end (and every minute) the script writes ``report.json`` and prints the same summary:
examples run, failures, slow inputs.
Exit status: 0 when no failure was found, 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _entry in (ROOT, ROOT / "tests"):
    if str(_entry) not in sys.path:
        sys.path.insert(0, str(_entry))

GENRES = ("news", "narrative")
CALENDAR_ENDS = (dt.date.min, dt.date.max)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Campaign:
    """Counts examples, keeps one reproducer per distinct failure, writes the report."""

    def __init__(self, out: Path, seconds: float, slow: float, engine: str) -> None:
        self.out = out
        self.seconds = seconds
        self.slow = slow
        self.engine = engine
        self.started = time.monotonic()
        self.last_report = self.started
        self.examples = 0
        self.failures: dict[str, dict[str, Any]] = {}
        self.slow_inputs: list[dict[str, Any]] = []
        self.slowest = 0.0
        out.mkdir(parents=True, exist_ok=True)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def over(self) -> bool:
        return self.elapsed() >= self.seconds

    def run(self, text: str, dct: dt.date | None, genre: str, day_first: bool) -> None:
        """Check one example, recording a failure or a slow input instead of raising."""
        self.examples += 1
        example: dict[str, Any] = {
            "text": text,
            "dct": dct and dct.isoformat(),
            "genre": genre,
            "day_first": day_first,
        }
        start = time.perf_counter()
        try:
            check_example(text, dct, genre, day_first)
        except Exception as exc:
            self._failure(exc, example)
        took = time.perf_counter() - start
        self.slowest = max(self.slowest, took)
        if took > self.slow and len(self.slow_inputs) < 50:
            entry = {**example, "seconds": round(took, 3), "length": len(text)}
            self.slow_inputs.append(entry)
            _save(self.out / f"slow-{_digest(text)}.json", entry)
        if time.monotonic() - self.last_report > 60:
            self.write_report()

    def _failure(self, exc: Exception, example: dict[str, Any]) -> None:
        frames = traceback.extract_tb(exc.__traceback__)
        ours = [f for f in frames if "/chrono/" in f.filename] or frames
        where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
        key = f"{type(exc).__name__} at {where}"
        known = self.failures.get(key)
        if known is not None:
            known["count"] += 1
            # Keep the shortest reproducer.
            if len(example["text"]) >= len(known["example"]["text"]):
                return
        entry = {
            "key": key,
            "message": str(exc)[:500],
            "count": known["count"] if known else 1,
            "example": example,
            "traceback": traceback.format_exception(exc)[-12:],
        }
        self.failures[key] = entry
        _save(self.out / f"failure-{_digest(key)}.json", entry)
        print(f"FAILURE {key}: {str(exc)[:200]}", file=sys.stderr, flush=True)

    def summary(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "seconds": round(self.elapsed(), 1),
            "examples": self.examples,
            "examples_per_second": round(self.examples / max(self.elapsed(), 1e-9), 1),
            "slowest_example_seconds": round(self.slowest, 3),
            "failures": [
                {"key": f["key"], "count": f["count"], "message": f["message"]}
                for f in self.failures.values()
            ],
            "slow_inputs": len(self.slow_inputs),
        }

    def write_report(self) -> None:
        self.last_report = time.monotonic()
        _save(self.out / "report.json", self.summary())


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _save(path: Path, data: dict[str, Any]) -> None:
    # ensure_ascii keeps lone surrogates and control characters replayable from the file.
    path.write_text(json.dumps(data, indent=2, ensure_ascii=True) + "\n", encoding="ascii")


# The checks ---------------------------------------------------------------------------------


def check_example(text: str, dct: dt.date | None, genre: str, day_first: bool) -> None:
    """Extract, check the invariants, render every format and read each one back.

    Raises:
        AssertionError: an invariant does not hold (any other exception is a crash).
    """
    from chrono.api import extract_document
    from chrono.errors import InputError
    from chrono.model import Timeline
    from chrono.readers import decode_bytes

    doc, events = extract_document(text, dct=dct, genre=genre, day_first=day_first)
    assert doc.text == text, "the document does not keep the text"
    ids = [m.id for m in doc.mentions]
    assert len(set(ids)) == len(ids), "mention ids are not unique"
    for mention in doc.mentions:
        assert 0 <= mention.span.start < mention.span.end <= len(text), mention
        assert text[mention.span.start : mention.span.end] == mention.text, mention
    for event in events:
        assert event.start < event.end, event
        assert text[event.span.start : event.span.end] == event.mention_text, event
        assert event.mention in ids, event

    timeline = Timeline(documents=(doc,), events=events)
    for fmt, data in render_all(timeline).items():
        READERS.get(fmt, _utf8)(data, timeline)

    raw = text.encode("utf-8", "surrogatepass")
    with contextlib.suppress(InputError):
        decode_bytes(raw, encoding=None, source="fuzz")


def render_all(timeline: Any) -> dict[str, bytes]:
    """Every registered format's bytes (the ICS coarse policies too)."""
    from chrono.api import render
    from chrono.writers import formats

    out = {fmt: render(timeline, fmt, dtstamp_epoch=0) for fmt in formats()}
    for policy in ("start", "skip"):
        out[f"ics:{policy}"] = render(timeline, "ics", ics_coarse=policy, dtstamp_epoch=0)
    return out


def _utf8(data: bytes, timeline: Any) -> None:
    assert isinstance(data, bytes), type(data)
    data.decode("utf-8")


def _json(data: bytes, timeline: Any) -> None:
    parsed = json.loads(data)
    assert len(parsed["events"]) == len(timeline.events), "JSON events"
    mentions = [len(d["mentions"]) for d in parsed["documents"]]
    assert mentions == [len(d.mentions) for d in timeline.documents], "JSON mentions"


def _any_json(data: bytes, timeline: Any) -> None:
    json.loads(data)


def _jsonl(data: bytes, timeline: Any) -> None:
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == "", "JSON Lines must end with a newline"
    assert len(lines) - 1 == len(timeline.events), "JSON Lines events"
    for line in lines[:-1]:
        json.loads(line)


def _csv_rows(data: bytes) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows, "no header"
    assert {len(row) for row in rows} == {len(rows[0])}, "ragged CSV"
    for row in rows[1:]:
        for cell in row:
            # A BC year ("-0043") is kept as it is, on purpose (docs/FORMATS.md).
            assert not cell.startswith(FORMULA_STARTS) or cell[1:].isdigit(), cell
    return rows


def _csv(data: bytes, timeline: Any) -> None:
    assert len(_csv_rows(data)) - 1 == len(timeline.events), "CSV events"


def _other_csv(data: bytes, timeline: Any) -> None:
    _csv_rows(data)


def _ics(data: bytes, timeline: Any, *, exact: bool = True) -> None:
    import icalendar

    calendar = icalendar.Calendar.from_ical(data)
    count = len(calendar.events)
    assert count == len(timeline.events) if exact else count <= len(timeline.events), "VEVENTs"


def _timeml(data: bytes, timeline: Any) -> None:
    from chrono.timeml import parse_timeml

    gold = parse_timeml(data)
    assert len(gold.timexes) == sum(len(d.mentions) for d in timeline.documents), "TIMEX3s"


READERS: dict[str, Callable[[bytes, Any], None]] = {
    "json": _json,
    "jsonl": _jsonl,
    "csv": _csv,
    "gcal-csv": _other_csv,
    "outlook-csv": _other_csv,
    "timelinejs-csv": _other_csv,
    "ics": _ics,
    "ics:start": _ics,
    "ics:skip": lambda data, timeline: _ics(data, timeline, exact=False),
    "timeml": _timeml,
    "timelinejs": _any_json,
    "vega-lite": _any_json,
}
"""How each format is read back; the others must at least be UTF-8."""


# Engines ------------------------------------------------------------------------------------


def _dictionary(path: Path) -> None:
    """A libFuzzer dictionary: the grammar's words and the tokens of tests/strategies.py."""
    from strategies import DATE_TOKENS

    from chrono.extract.grammar import load_grammar

    grammar = load_grammar()
    words = set(DATE_TOKENS) | set(grammar.triggers) | set(grammar.lexicon)
    words |= {" BC", " AD", "-", "/", ", ", ". ", "\n\n", "'", "a.m.", "p.m."}
    lines = [_dict_entry(word) for word in sorted(words) if word]
    path.write_text("\n".join(lines) + "\n", encoding="ascii")


def _dict_entry(word: str) -> str:
    """A libFuzzer dictionary line: printable ASCII as is, other bytes as \\xNN."""
    body = "".join(
        chr(b) if 0x20 <= b < 0x7F and chr(b) not in '\\"' else f"\\x{b:02X}"
        for b in word.encode("utf-8")
    )
    return f'"{body}"'


def _seed_corpus(folder: Path) -> None:
    """One file per rule example and negative example, and the seed article."""
    from chrono.extract.grammar import load_grammar

    grammar = load_grammar()
    texts = [ex.text for rule in grammar.rules for ex in rule.examples]
    texts += [ex.text for rule in grammar.negatives for ex in rule.examples]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(texts):
        # First byte: the options (see _options); 0 = no DCT, news, month first.
        (folder / f"seed-{n:04d}").write_bytes(b"\x00" + text.encode("utf-8"))


def _options(flags: int, data: bytes) -> tuple[dt.date | None, str, bool]:
    """DCT, genre and day order from the first byte (and up to three more for the day)."""
    genre = GENRES[flags & 1]
    day_first = bool(flags & 2)
    kind = (flags >> 2) & 3
    if kind == 0:
        return None, genre, day_first
    if kind == 1:
        return dt.date(2023, 9, 12), genre, day_first
    if kind == 2:
        return CALENDAR_ENDS[(flags >> 4) & 1], genre, day_first
    ordinal = 1 + int.from_bytes(data[:3].ljust(3, b"\0"), "big") % dt.date.max.toordinal()
    return dt.date.fromordinal(ordinal), genre, day_first


def _decode(flags: int, data: bytes) -> str:
    # Sometimes keep undecodable bytes as lone surrogates: the API accepts any str.
    return data.decode("utf-8", "surrogateescape" if flags & 64 else "replace")


def run_atheris(campaign: Campaign, max_len: int, extra: list[str]) -> None:
    import atheris  # optional, untyped

    with atheris.instrument_imports(include=["chrono"]):
        import chrono.api
        import chrono.writers

        chrono.writers.formats()  # imports (and so instruments) every writer
        chrono.api.extract_document("warm up on May 3, 2023")

    # The corpus lives in --out, so a second run starts where the first stopped.
    work = campaign.out
    corpus = work / "corpus"
    if not corpus.is_dir():
        _seed_corpus(corpus)
    _dictionary(work / "dates.dict")

    def one_input(data: bytes) -> None:
        if campaign.over():
            campaign.write_report()
            print(json.dumps(campaign.summary(), indent=2), flush=True)
            os._exit(1 if campaign.failures else 0)
        if not data:
            return
        flags, rest = data[0], data[1:]
        dct, genre, day_first = _options(flags, rest)
        campaign.run(_decode(flags, rest), dct, genre, day_first)

    args = [
        sys.argv[0],
        f"-max_len={max_len}",
        f"-dict={work / 'dates.dict'}",
        "-timeout=60",
        "-rss_limit_mb=4096",
        f"-max_total_time={int(campaign.seconds) + 120}",
        "-print_final_stats=1",
        *extra,
        str(corpus),
    ]
    atheris.Setup(args, one_input)
    atheris.Fuzz()


class _TimeUp(Exception):
    """Ends a Hypothesis campaign when its time is up."""


def run_hypothesis(campaign: Campaign, examples: int) -> None:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st
    from strategies import date_like_texts, extractor_texts

    texts = st.one_of(date_like_texts(max_tokens=200), extractor_texts(), date_like_texts())
    dcts = st.one_of(
        st.none(), st.dates(), st.sampled_from(CALENDAR_ENDS), st.just(dt.date(2023, 9, 12))
    )

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],  # failures are recorded, not raised: nothing to shrink
        suppress_health_check=list(HealthCheck),
    )
    @given(text=texts, dct=dcts, genre=st.sampled_from(GENRES), day_first=st.booleans())
    def campaign_example(text: str, dct: dt.date | None, genre: str, day_first: bool) -> None:
        if campaign.over():
            raise _TimeUp
        campaign.run(text, dct, genre, day_first)

    with contextlib.suppress(_TimeUp):
        campaign_example()


def replay(paths: Sequence[str]) -> int:
    """Re-run saved failures and slow inputs; print what each does now."""
    status = 0
    for path in paths:
        entry = json.loads(Path(path).read_text(encoding="ascii"))
        example = entry.get("example", entry)
        dct = dt.date.fromisoformat(example["dct"]) if example["dct"] else None
        start = time.perf_counter()
        try:
            check_example(example["text"], dct, example["genre"], example["day_first"])
            outcome = "passes"
        except Exception as exc:
            outcome = f"fails: {type(exc).__name__}: {str(exc)[:200]}"
            status = 1
        print(f"{path}: {outcome} ({time.perf_counter() - start:.2f}s)")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    parser.add_argument("--minutes", type=float, default=10.0, help="campaign length")
    parser.add_argument("--examples", type=int, default=100_000, help="Hypothesis: at most")
    parser.add_argument("--max-len", type=int, default=2048, help="atheris: input bytes")
    parser.add_argument("--slow", type=float, default=2.0, help="seconds that make a slow input")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(tempfile.gettempdir()) / "chrono-fuzz",
        help="folder for the reproducers, the report and atheris's corpus",
    )
    parser.add_argument("--replay", nargs="+", metavar="FILE", help="re-run saved inputs")
    args, extra = parser.parse_known_args(argv)
    if args.replay:
        return replay(args.replay)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    campaign = Campaign(args.out, args.minutes * 60, args.slow, engine)
    print(f"fuzzing with {engine} for {args.minutes} min; reproducers in {args.out}/", flush=True)
    if engine == "atheris":
        run_atheris(campaign, args.max_len, extra)  # exits the process when the time is up
    else:
        run_hypothesis(campaign, args.examples)
    campaign.write_report()
    print(json.dumps(campaign.summary(), indent=2), flush=True)
    return 1 if campaign.failures else 0


if __name__ == "__main__":
    sys.exit(main())
