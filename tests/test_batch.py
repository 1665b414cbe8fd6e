"""Corpus runs (chrono.batch and ``chrono export`` on records): pools, errors, resume, progress."""

from __future__ import annotations

import datetime as dt
import io
import json
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import Mapping
from concurrent.futures import Future
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from chrono import batch
from chrono.api import extract_document
from chrono.batch import Progress, extract_records, read_done
from chrono.cli import main
from chrono.records import Record

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "timeml"

SENTENCES = (
    "The council met yesterday and will vote on Friday.",
    "Prices rose 3% in the first quarter of 2021, two weeks after the March 3 report.",
    "The plant closed in 1998; it reopened last month, at 9 a.m. on a Monday.",
    "Talks resume next week.",
)


def corpus(n: int) -> list[dict[str, str]]:
    """``n`` news records, each with its own date, some of them long."""
    return [
        {
            "id": f"r{i:03d}",
            "time": f"20{i % 20:02d}-{i % 12 + 1:02d}-{i % 27 + 1:02d}",
            "text": " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 7)),
        }
        for i in range(n)
    ]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run(*args: str | os.PathLike[str], env: Mapping[str, str | None] | None = None) -> Result:
    """Invoke ``chrono`` in-process; an unexpected exception fails the test."""
    environment: dict[str, str | None] = {"SOURCE_DATE_EPOCH": None, **(env or {})}
    result = CliRunner().invoke(
        main, [os.fspath(a) for a in args], env=environment, catch_exceptions=False
    )
    assert "Traceback" not in result.output
    return result


# The library ----------------------------------------------------------------------------------


def test_extract_records_gives_one_result_per_record_in_order() -> None:
    """Every record gives one result, in input order; a bad one carries its error."""
    records = [*corpus(3), {"id": "no-text"}, *corpus(5)[3:]]
    results = list(extract_records(records))
    assert [r.id for r in results] == ["r000", "r001", "r002", "no-text", "r003", "r004"]
    assert [r.ok for r in results] == [True, True, True, False, True, True]
    assert results[3].error == "no 'text' field" and results[3].document is None


def test_results_are_picklable_and_the_same_for_any_number_of_jobs() -> None:
    """Two worker processes give results equal to one process, and results survive pickling."""
    records = [Record(id=r["id"], text=r["text"], dct=r["time"]) for r in corpus(40)]
    one = list(extract_records(records))
    two = list(extract_records(records, jobs=2))
    assert two == one
    assert pickle.loads(pickle.dumps(one)) == one


def test_a_bad_genre_or_reference_date_raises_before_any_record_is_read() -> None:
    """Options are checked first: OptionError, not a failed record."""
    from chrono.errors import OptionError

    with pytest.raises(OptionError):
        next(extract_records(iter([]), genre="poetry"))
    with pytest.raises(OptionError):
        next(extract_records(iter([]), reference_date="2023-13-45"))


# --jobs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("input_format", "fmt"),
    [("jsonl", "csv"), ("jsonl", "jsonl"), ("jsonl", "json"), ("text", "csv")],
)
def test_jobs_1_and_2_write_identical_bytes(tmp_path: Path, input_format: str, fmt: str) -> None:
    """The output is byte for byte the same with one process and with a pool of two."""
    records = corpus(60)
    if input_format == "jsonl":
        inputs = [write_jsonl(tmp_path / "corpus.jsonl", records)]
    else:
        folder = tmp_path / "texts"
        folder.mkdir()
        for r in records:
            (folder / f"{r['id']}.txt").write_text(f"[{r['time']}]\n{r['text']}", "utf-8")
        inputs = [folder]
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.{fmt}"
        result = run("export", *inputs, "--input-format", input_format, "-f", fmt, "-j", jobs,
                     "-o", out)  # fmt: skip
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 10_000


def test_this_process_does_the_batches_no_worker_started_while_it_waits() -> None:
    """Waiting for the oldest batch, the parent takes back and does the ones still queued."""
    task = batch._Task(options=batch.ExtractOptions())
    texts = ["It rained on 3 May 2001.", "It snowed in 1999.", "Nothing here."]
    batches: list[list[batch.Item]] = [[Record(id=f"r{n}", text=t)] for n, t in enumerate(texts)]
    oldest: Future[list[batch.Outcome]] = Future()
    oldest.set_running_or_notify_cancel()  # a worker has it
    queued: list[Future[list[batch.Outcome]]] = [Future(), Future()]
    pending = deque(batch._Slot(b, f) for b, f in zip(batches, [oldest, *queued], strict=True))
    from_worker: list[batch.Outcome] = [batch.RecordResult(id="r0")]

    def worker() -> None:  # done once the parent has taken back both queued batches
        deadline = time.monotonic() + 60
        while not all(f.cancelled() for f in queued) and time.monotonic() < deadline:
            time.sleep(0.01)
        oldest.set_result(from_worker)

    thread = threading.Thread(target=worker)
    thread.start()
    assert batch._next(pending, task, frozenset()) == from_worker
    thread.join()
    assert all(future.cancelled() for future in queued)
    here = [o for slot in pending for o in slot.result() if isinstance(o, batch.RecordResult)]
    assert [(o.id, len(o.events)) for o in here] == [("r1", 1), ("r2", 0)]


def test_workers_are_forked_only_when_asked_and_no_other_thread_runs() -> None:
    """The command line forks its workers from its loaded grammar; a library's host, or a
    process with another thread (which a fork would copy mid-work), spawns fresh ones."""
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this system")
    assert threading.active_count() == 1
    assert batch._start_method(fork=False) == "spawn"
    assert batch._start_method(fork=True) == "fork"
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert batch._start_method(fork=True) == "spawn"
    finally:
        release.set()
        other.join()


def test_a_worker_forked_from_the_command_line_ends_on_sigterm() -> None:
    """A forked worker inherits the command line's SIGTERM handler, which raises SystemExit:
    the pool would receive it as a batch's result. The worker's initializer restores the
    default, so a terminated worker ends."""

    def unwind(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    saved = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, unwind)
    try:
        batch._init_worker(batch.ExtractOptions(), frozenset())
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, saved[0])
        signal.signal(signal.SIGTERM, saved[1])


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_records_stream_in_input_order(tmp_path: Path, fmt: str) -> None:
    """Records are written in input order, each one's events chronologically."""
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "late", "time": "2020-05-05", "text": "Opened in 2019. Closed in 1990."},
            {"id": "early", "time": "1980-01-01", "text": "Founded in 1970."},
        ],
    )
    result = run("export", path, "--input-format", "jsonl", "-f", fmt, "-j", "1")
    data = result.stdout_bytes.decode()
    assert data.index("1990") < data.index("2019") < data.index("1970")


def test_texts_keep_one_chronological_timeline_when_rows_spill_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text inputs in csv are one chronological timeline, also when sorted runs are spilled."""
    folder = tmp_path / "texts"
    folder.mkdir()
    for r in corpus(30):
        (folder / f"{r['id']}.txt").write_text(r["text"] + f" Signed {r['time']}.", "utf-8")
    whole = run("export", folder, "-f", "csv", "-j", "1").stdout_bytes
    monkeypatch.setattr(batch, "SORT_RUN_BYTES", 2_000)
    spilled = run("export", folder, "-f", "csv", "-j", "1").stdout_bytes
    assert spilled == whole
    starts = [line.split(",")[0] for line in whole.decode().splitlines()[1:]]
    assert starts == sorted(starts)


def test_sorted_runs_spilled_to_disk_merge_into_one_stable_sort() -> None:
    """Rows sorted in many small runs and merged equal one stable sort, ties in arrival order."""
    day = dt.datetime(2020, 1, 1)
    keys = [((day + dt.timedelta(days=(7 * n) % 5)).strftime("%Y%m%d"), n % 3) for n in range(200)]
    rows = [f"{date}{tie}".encode().ljust(batch._KEY_LENGTH, b"-") + b"row %d" % n
            for n, (date, tie) in enumerate(keys)]  # fmt: skip
    merged = batch._ChronologicalRows(run_bytes=1_000)
    for start in range(0, len(rows), 7):
        merged.add(rows[start : start + 7])
    try:
        assert len(merged._runs) > 5
        expected = sorted(range(200), key=lambda n: keys[n])
        assert list(merged) == [b"row %d" % n for n in expected]
    finally:
        merged.close()


def test_sort_keys_as_bytes_order_events_as_the_timeline_does() -> None:
    """The byte keys of spilled rows sort events exactly as event_sort_key does."""
    from chrono.events import event_sort_key

    text = "In 1990, on March 3, 2021 at 9 a.m., in 44 BC, in 2021, on 3 March 2021. " * 2
    events = [e for d in ("d1", "d2", "d10") for e in extract_document(text, doc_id=d)[1]]
    assert len(events) > 10
    by_bytes = sorted(events, key=batch._sort_bytes)
    assert by_bytes == sorted(events, key=event_sort_key)


# Errors ---------------------------------------------------------------------------------------


def test_bad_records_go_to_the_errors_file_and_the_others_are_exported(tmp_path: Path) -> None:
    """Failed records are listed as JSON lines (id, source, reason); exit 1; the rest is written."""
    path = tmp_path / "c.jsonl"
    good = corpus(3)
    path.write_text(
        json.dumps(good[0]) + "\n"
        '{"id": "bad-date", "time": "soon", "text": "It rained yesterday."}\n'
        "not json\n" + json.dumps(good[1]) + "\n" + json.dumps(good[2]) + "\n",
        encoding="utf-8",
    )
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = run("export", path, "--input-format", "jsonl", "-f", "jsonl", "-o", out,
                 "--errors-file", errors)  # fmt: skip
    assert result.exit_code == 1
    assert [json.loads(line) for line in errors.read_text("utf-8").splitlines()] == [
        {"id": "bad-date", "source": str(path), "reason": "DCT 'soon' is not a calendar date"},
        {
            "id": f"{path}:3",
            "source": str(path),
            "reason": "not JSON: Expecting value: line 1 column 1 (char 0)",
        },
    ]
    assert result.stderr.splitlines() == [
        f"chrono: {path}: bad-date: DCT 'soon' is not a calendar date",
        f"chrono: {path}:3: not JSON: Expecting value: line 1 column 1 (char 0)",
    ]
    documents = {json.loads(line)["document"] for line in out.read_text("utf-8").splitlines()}
    assert documents == {"r000", "r001", "r002"}


def test_a_duplicate_id_fails_the_later_record(tmp_path: Path) -> None:
    """Ids name documents, so a repeated id is a failure (exit 1), not a silent merge."""
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"id": 7, "text": "In 2019."}\n{"id": "7", "text": "In 2020."}\n', encoding="utf-8"
    )
    result = run("export", path, "--input-format", "jsonl", "-f", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == f"chrono: {path}: 7: duplicate id\n"
    assert [json.loads(line)["value"] for line in result.stdout_bytes.splitlines()] == ["2019"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_timeml_files_resume_by_their_docid(
    tmp_path: Path, jobs: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TimeML records are skipped on --resume by the id their <DOCID> gives (by the workers
    too: the ids done travel to them)."""
    monkeypatch.setattr(batch, "BATCH_RECORDS", 1)  # several batches: a pool with -j 2
    out = tmp_path / "out.csv"
    options = ("--input-format", "timeml", "-f", "csv", "-j", jobs, "-o", out, "--resume")
    assert run("export", FIXTURES, *options).exit_code == 0
    first = out.read_bytes()
    assert b"APW19990216.0198" in first and b"wsj_0032" in first
    assert run("export", FIXTURES, *options).exit_code == 0
    assert out.read_bytes() == first


def test_fail_fast_stops_at_the_first_bad_record_and_writes_nothing(tmp_path: Path) -> None:
    """--fail-fast: exit 1 at the first failure, no output file."""
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "In 2019."}\n{"id": "b"}\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    result = run("export", path, "--input-format", "jsonl", "-f", "csv", "-o", out, "--fail-fast")
    assert result.exit_code == 1
    assert not out.exists()


def test_no_readable_record_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    """When every record fails there is nothing to export: exit 2, nothing on stdout."""
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "b"}\nnot json\n', encoding="utf-8")
    result = run("export", path, "--input-format", "jsonl", "-f", "csv")
    assert result.exit_code == 2
    assert result.stdout_bytes == b""
    assert result.stderr.splitlines()[-1] == "Error: no readable input"


# --resume -------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_resume_skips_the_records_already_in_the_output(tmp_path: Path, fmt: str) -> None:
    """A run on the first half, then --resume on the whole: the bytes of one full run."""
    records = corpus(24)
    path = write_jsonl(tmp_path / "corpus.jsonl", records)
    expected = run("export", path, "--input-format", "jsonl", "-f", fmt, "-j", "1")
    out = tmp_path / f"out.{fmt}"
    options = ("--input-format", "jsonl", "-f", fmt, "-j", "1", "-o", out, "--resume")
    write_jsonl(path, records[:12])
    assert run("export", path, *options).exit_code == 0
    assert expected.stdout_bytes.startswith(out.read_bytes())
    # Records 0-10 are done, so even changed they are not extracted again (11 was last: redone).
    changed = [{**r, "text": "Nothing dated."} for r in records[:11]]
    write_jsonl(path, changed + records[11:])
    assert run("export", path, *options).exit_code == 0
    assert out.read_bytes() == expected.stdout_bytes


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_resume_after_a_crash_cuts_the_torn_record_and_redoes_it(tmp_path: Path, fmt: str) -> None:
    """An output cut anywhere (a killed run) is completed by --resume to the full bytes."""
    full_input = write_jsonl(tmp_path / "all.jsonl", corpus(24))
    expected = run("export", full_input, "--input-format", "jsonl", "-f", fmt, "-j", "1")
    data = expected.stdout_bytes
    out = tmp_path / f"out.{fmt}"
    for cut in (0, 5, len(data) // 3, len(data) // 2 + 7, len(data) - 1, len(data)):
        out.write_bytes(data[:cut])
        result = run("export", full_input, "--input-format", "jsonl", "-f", fmt, "-j", "1",
                     "-o", out, "--resume")  # fmt: skip
        assert result.exit_code == 0, result.output
        assert out.read_bytes() == data, cut


def test_read_done_names_complete_records_and_where_to_cut(tmp_path: Path) -> None:
    """The last record of an output may be torn: it is not done, and the cut starts its rows."""
    path = tmp_path / "out.jsonl"
    lines = [b'{"document":"a"}\n', b'{"document":"b"}\n', b'{"document":"b"}\n', b'{"docu']
    path.write_bytes(b"".join(lines))
    done, keep = read_done(str(path), "jsonl")
    assert (len(done), "a" in done, "b" in done, keep) == (1, True, False, len(lines[0]))
    done, keep = read_done(str(tmp_path / "missing.jsonl"), "jsonl")
    assert (len(done), keep) == (0, 0)


def test_read_done_counts_a_record_split_in_two_runs_once(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    lines = [b'{"document":"a"}\n', b'{"document":"b"}\n', b'{"document":"a"}\n']
    path.write_bytes(b"".join(lines))
    done, keep = read_done(str(path), "jsonl")
    assert (len(done), "a" in done, "b" in done) == (2, True, True)
    assert keep == len(lines[0]) + len(lines[1])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-f", "csv", "--input-format", "jsonl"), "--resume needs an output file"),
        (("-f", "json", "--input-format", "jsonl", "-o", "x.json"), "needs a streaming format"),
        (("-f", "csv", "-o", "x.csv"), "--resume needs records"),
    ],
)
def test_resume_without_a_streaming_record_output_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str
) -> None:
    """--resume needs records, csv or jsonl and an output file; else exit 2, nothing written."""
    monkeypatch.chdir(tmp_path)
    path = write_jsonl(tmp_path / "c.jsonl", corpus(2))
    result = run("export", path, *args, "--resume")
    assert result.exit_code == 2
    assert message in result.stderr
    assert sorted(os.listdir(tmp_path)) == ["c.jsonl"]


# Progress -------------------------------------------------------------------------------------


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    """Under a pipe (here CliRunner) a successful run prints nothing on stderr."""
    path = write_jsonl(tmp_path / "c.jsonl", corpus(5))
    result = run("export", path, "--input-format", "jsonl", "-f", "csv")
    assert result.exit_code == 0 and result.stderr == ""


def test_progress_line_shows_documents_speed_and_eta() -> None:
    """The progress line counts documents and shows MB/s, the share done and the ETA."""
    stream = io.StringIO()
    progress = Progress(stream, lambda: 5_000_000, 10_000_000, started=100.0)
    progress.update(1234)
    assert progress.line(102.0) == ("chrono: 1,234 documents  5.0 MB  2.50 MB/s  50%  ETA 0:00:02")
    progress.echo("chrono: a.jsonl:3: not JSON")
    assert stream.getvalue().endswith("\rchrono: a.jsonl:3: not JSON\n")
    unknown = Progress(stream, lambda: 1_000_000, None, started=0.0)
    assert unknown.line(1.0) == "chrono: 0 documents  1.0 MB  1.00 MB/s"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=3000), st.lists(st.text(max_size=12), max_size=50))
def test_the_set_of_seen_ids_behaves_as_a_set_while_it_grows(
    added: list[str], probes: list[str]
) -> None:
    """Duplicate ids are found by a compact table of digests: it must answer as a set does."""
    from chrono.batch import _IdSet

    seen = _IdSet()
    reference: set[str] = set()
    for value in added:
        assert (value in seen) == (value in reference)
        seen.add(value)
        reference.add(value)
    assert len(seen) == len(reference)
    for value in [*probes, *added[:50]]:
        assert (value in seen) == (value in reference)


def test_the_set_of_seen_ids_keeps_every_id_through_its_growth() -> None:
    from chrono.batch import _IdSet

    seen = _IdSet()
    ids = [f"record-{i}" for i in range(20_000)]
    for value in ids:
        seen.add(value)
    seen.add(ids[0])
    assert len(seen) == 20_000
    assert all(value in seen for value in ids)
    assert not any(f"other-{i}" in seen for i in range(2_000))


class _Pool:
    """A stand-in for the pool. ``held``: what it is handed waits, committed (as a worker's
    queue holds it), until ``finish`` runs it; else it is done at once."""

    def __init__(self, task: batch._Task, held: bool) -> None:
        self.task = task
        self.held = held
        self.handed: list[tuple[list[batch.Item], Future[list[batch.Outcome]]]] = []

    def submit(
        self, fn: object, task: batch._Task, items: list[batch.Item]
    ) -> Future[list[batch.Outcome]]:
        future: Future[list[batch.Outcome]] = Future()
        future.set_running_or_notify_cancel()  # a worker has it: it cannot be taken back
        self.handed.append((items, future))
        if not self.held:
            self.finish()
        return future

    def finish(self) -> None:
        for items, future in self.handed:
            if not future.done():
                future.set_result([batch._process(self.task, item, frozenset()) for item in items])


def _tail_run(held: bool) -> _Pool:
    task = batch._Task(options=batch.ExtractOptions())
    records = [Record(id=f"r{n}", text="It rained on 3 May 2001.") for n in range(64)]
    pool = _Pool(task, held)
    feed = batch._Feed(pool, task, jobs=2)  # type: ignore[arg-type]
    pending = deque(batch._Slot(records[n : n + 16]) for n in range(0, 64, 16))
    if held:
        feed(pending)  # before the tail: whole batches, as many as a worker commits to
        assert [len(items) for items, _ in pool.handed] == [16, 16, 16]
        assert pending[3].local()
        threading.Timer(1.0, pool.finish).start()
    feed.tail = True
    ids = []
    while pending:
        ids += [o.id for o in batch._next(pending, task, frozenset(), feed)]  # type: ignore[union-attr]
    assert ids == [r.id for r in records]
    return pool


def test_the_last_batches_are_cut_smaller_so_no_process_idles_long_at_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once the input is read, what is left is handed to the worker, or taken by this process,
    a share at a time (a quarter of the records left with -j 2, rounded up: "guided"
    scheduling), so the last batches a worker has committed to, and this process's own, are
    small. The outcomes still come in input order."""
    taken: list[int] = []
    real = batch._process_batch

    def counted(task: batch._Task, items: list[batch.Item], skip: object = None) -> object:
        taken.append(len(items))
        return real(task, items, frozenset())

    monkeypatch.setattr(batch, "_process_batch", counted)
    # The worker holds three batches: this process takes the fourth's records, newest first.
    pool = _tail_run(held=True)
    assert taken == [4, 3, 3, 2, 1, 1, 1, 1]
    assert [len(items) for items, _ in pool.handed] == [16, 16, 16]
    # A worker that is always free gets everything, cut ever smaller as the records run out.
    taken.clear()
    pool = _tail_run(held=False)
    sizes = [len(items) for items, _ in pool.handed]
    assert taken == [] and sum(sizes) == 64
    assert sizes[0] == 16 and max(sizes[1:]) == 12 and sizes[-4:] == [1, 1, 1, 1]
