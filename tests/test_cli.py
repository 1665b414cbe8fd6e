"""The ``chrono`` command through click's CliRunner: outputs, inputs, exit codes and help."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import click
import icalendar
import pytest
import vobject  # type: ignore[import-untyped]  # no stubs published
from click.testing import CliRunner, Result
from input_files import write

import chrono
from chrono.cli import main
from chrono.timeml import parse_timeml
from chrono.writers.csv import HEADER

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/000_6fc72e7ce6816498.txt"
SEED_PATH = ROOT / SEED
FIXTURES = ROOT / "tests" / "fixtures" / "timeml"
FORMATS = ("json", "csv", "ics", "timeml")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"


def run(
    *args: str | os.PathLike[str],
    input: bytes | io.BytesIO | None = None,
    env: Mapping[str, str | None] | None = None,
) -> Result:
    """Invoke ``chrono`` in-process; an unexpected exception propagates (fails the test)."""
    # SOURCE_DATE_EPOCH is cleared unless a test sets it: the user's environment must not leak.
    environment: dict[str, str | None] = {"SOURCE_DATE_EPOCH": None, **(env or {})}
    result = CliRunner().invoke(
        main, [os.fspath(a) for a in args], input=input, env=environment, catch_exceptions=False
    )
    assert "Traceback" not in result.output
    return result


def json_events(data: bytes) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = json.loads(data)["events"]
    return events


def csv_rows(data: bytes) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(data.decode("utf-8"), newline=""))
    rows = list(reader)
    assert tuple(reader.fieldnames or ()) == HEADER
    return rows


def ics_events(data: bytes) -> list[icalendar.Event]:
    events: list[icalendar.Event] = icalendar.Calendar.from_ical(data).events
    return events


def timeml_mentions(data: bytes) -> int:
    return len(parse_timeml(data).timexes)


# What each format holds, counted after parsing it back with an independent reader.
EVENT_COUNTS: dict[str, Callable[[bytes], int]] = {
    "json": lambda data: len(json_events(data)),
    "csv": lambda data: len(csv_rows(data)),
    "ics": lambda data: len(ics_events(data)),
    "timeml": timeml_mentions,
}


@pytest.fixture(scope="module")
def seed_json() -> dict[str, Any]:
    """The seed's timeline as JSON, exported once for the module."""
    result = run("export", SEED_PATH, "--format", "json")
    assert result.exit_code == 0
    data: dict[str, Any] = json.loads(result.stdout_bytes)
    return data


def expected_count(fmt: str, seed: dict[str, Any]) -> int:
    """Events for json/csv/ics; mentions for TimeML, which tags mentions, not events."""
    if fmt == "timeml":
        return len(seed["documents"][0]["mentions"])
    return len(seed["events"])


# The seed, end to end ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_seed_to_stdout_parses_back(fmt: str, seed_json: dict[str, Any]) -> None:
    """Each format on stdout parses back and holds the seed's events (TimeML: its mentions)."""
    result = run("export", SEED_PATH, "--format", fmt)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert EVENT_COUNTS[fmt](result.stdout_bytes) == expected_count(fmt, seed_json)


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_seed_with_output_writes_the_file_and_nothing_on_stdout(
    fmt: str, tmp_path: Path, seed_json: dict[str, Any]
) -> None:
    """``-o`` writes the same bytes as stdout would get, and stdout stays empty."""
    out = tmp_path / f"timeline.{fmt}"
    result = run("export", SEED_PATH, "--format", fmt, "-o", out)
    assert result.exit_code == 0
    assert result.stdout_bytes == b""
    data = out.read_bytes()
    assert EVENT_COUNTS[fmt](data) == expected_count(fmt, seed_json)
    assert data == run("export", SEED_PATH, "--format", fmt).stdout_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary file left


def test_export_defaults_to_json_on_stdout() -> None:
    """Without --format and -o the timeline is JSON on standard output."""
    result = run("export", SEED_PATH)
    assert result.exit_code == 0
    assert json.loads(result.stdout_bytes)["format_version"] == 2


def test_export_seed_json_holds_the_articles_dates(seed_json: dict[str, Any]) -> None:
    """The dateline is the DCT; the 2018/2019 visits and 2023-09-10 are events; "may" is not."""
    (doc,) = seed_json["documents"]
    assert doc["id"] == "d1"
    assert doc["dct"] == "2023-09-12"
    assert doc["dct_source"] == "text"
    assert doc["source"] == str(SEED_PATH)
    starts = {event["start"] for event in seed_json["events"]}
    assert {"2018-01-01", "2019-01-01", "2023-09-10", "2023-09-12"} <= starts
    assert all(event["document"] == "d1" for event in seed_json["events"])
    assert "may" in SEED_PATH.read_text(encoding="utf-8")  # the modal, twice
    assert not [m for m in doc["mentions"] if "may" in m["text"].lower()]
    assert seed_json["generator"] == f"chrono {chrono.__version__}"


def test_export_seed_ics_reads_with_icalendar_and_vobject() -> None:
    """The seed's .ics parses with icalendar and with vobject, one VEVENT per event."""
    data = run("export", SEED_PATH, "--format", "ics").stdout_bytes
    calendar = icalendar.Calendar.from_ical(data)
    parsed = vobject.readOne(data.decode("utf-8"))
    assert len(parsed.contents["vevent"]) == len(calendar.events) > 0


def test_export_timeml_keeps_the_text_and_the_dct() -> None:
    """The TimeML output reads back with the seed's exact text and its detected DCT."""
    gold = parse_timeml(run("export", SEED_PATH, "--format", "timeml").stdout_bytes)
    assert gold.text == SEED_PATH.read_text(encoding="utf-8")
    assert gold.dct is not None and gold.dct.isoformat() == "2023-09-12"


def test_export_is_deterministic() -> None:
    """Two runs give the same bytes in every format."""
    for fmt in FORMATS:
        first = run("export", SEED_PATH, "--format", fmt).stdout_bytes
        assert run("export", SEED_PATH, "--format", fmt).stdout_bytes == first


# Options -------------------------------------------------------------------------------------


def test_dtstamp_follows_source_date_epoch() -> None:
    """SOURCE_DATE_EPOCH sets every DTSTAMP; unset or empty, the latest DCT does."""
    stamped = run("export", SEED_PATH, "-f", "ics", env={"SOURCE_DATE_EPOCH": "86400"})
    assert {e.DTSTAMP for e in ics_events(stamped.stdout_bytes)} == {
        dt.datetime(1970, 1, 2, tzinfo=dt.UTC)
    }
    for value in (None, ""):
        plain = run("export", SEED_PATH, "-f", "ics", env={"SOURCE_DATE_EPOCH": value})
        stamps = {e.DTSTAMP for e in ics_events(plain.stdout_bytes)}
        assert stamps == {dt.datetime(2023, 9, 12, tzinfo=dt.UTC)}


@pytest.mark.parametrize("value", ["abc", "1.5", "99999999999999", "-99999999999999"])
def test_bad_source_date_epoch_is_a_usage_error(value: str, tmp_path: Path) -> None:
    """A SOURCE_DATE_EPOCH that is not a usable integer exits 2 and writes nothing."""
    out = tmp_path / "out.ics"
    result = run("export", SEED_PATH, "-f", "ics", "-o", out, env={"SOURCE_DATE_EPOCH": value})
    assert result.exit_code == 2
    assert "SOURCE_DATE_EPOCH" in result.stderr
    assert not out.exists()


def test_calendar_name_defaults_to_the_input_file_name_and_can_be_set() -> None:
    """X-WR-CALNAME is the input's file name unless --calendar-name gives one."""
    default = run("export", SEED_PATH, "-f", "ics")
    assert icalendar.Calendar.from_ical(default.stdout_bytes)["X-WR-CALNAME"] == SEED_PATH.name
    named = run("export", SEED_PATH, "-f", "ics", "--calendar-name", "Korea, 2023")
    # vobject unescapes X-WR-CALNAME ("Korea\\, 2023" in the file); icalendar does not.
    assert vobject.readOne(named.stdout_bytes.decode()).x_wr_calname.value == "Korea, 2023"


@pytest.mark.parametrize(
    ("policy", "year_event"),
    [
        ("span", (dt.date(2018, 1, 1), dt.date(2019, 1, 1))),
        ("start", (dt.date(2018, 1, 1), dt.date(2018, 1, 2))),
        ("skip", None),
    ],
)
def test_ics_coarse_policy_decides_how_a_year_is_written(
    policy: str, year_event: tuple[dt.date, dt.date] | None
) -> None:
    """--ics-coarse span|start|skip: "2018" spans the year, takes its first day, or is left out."""
    data = run("export", SEED_PATH, "-f", "ics", "--ics-coarse", policy).stdout_bytes
    intervals = {(e.start, e.end) for e in ics_events(data)}
    years = {pair for pair in intervals if pair[0] == dt.date(2018, 1, 1)}
    assert years == (set() if year_event is None else {year_event})
    assert (dt.date(2023, 9, 10), dt.date(2023, 9, 11)) in intervals  # a day is never coarse


def test_reference_date_overrides_the_dateline() -> None:
    """--reference-date becomes every document's DCT (source "option") and anchors "This year"."""
    result = run("export", SEED_PATH, "--reference-date", "2024-03-01")
    data = json.loads(result.stdout_bytes)
    (doc,) = data["documents"]
    assert (doc["dct"], doc["dct_source"]) == ("2024-03-01", "option")
    this_year = [m for m in doc["mentions"] if m["text"] == "This year"]
    assert [m["value"] for m in this_year] == ["2024"]


def test_reference_date_accepts_a_written_date() -> None:
    """A written reference date ("12 Sep 2023") is read as well as ISO."""
    result = run("export", "-", "--reference-date", "12 Sep 2023", input=b"It rained yesterday.")
    assert json_events(result.stdout_bytes)[0]["value"] == "2023-09-11"


def test_day_first_flips_numeric_dates() -> None:
    """05/06/2023 is May 6 by default and June 5 with --day-first."""
    text = b"The deal closed on 05/06/2023."
    assert json_events(run("export", input=text).stdout_bytes)[0]["start"] == "2023-05-06"
    flipped = run("export", "--day-first", input=text)
    assert json_events(flipped.stdout_bytes)[0]["start"] == "2023-06-05"


def test_without_reference_date_or_dateline_relative_dates_make_no_events() -> None:
    """With no DCT, "yesterday" and "last Friday" stay underspecified mentions, not events."""
    result = run("export", "-", input=b"It rained yesterday. They met last Friday.")
    data = json.loads(result.stdout_bytes)
    (doc,) = data["documents"]
    assert (doc["dct"], doc["dct_source"]) == (None, "none")
    assert [m["anchor"] for m in doc["mentions"]] == ["none", "none"]
    assert all("X" in m["value"] for m in doc["mentions"])
    assert data["events"] == []


def test_encoding_option_decodes_every_input(tmp_path: Path) -> None:
    """--encoding forces the codec (here UTF-16 LE without a BOM)."""
    path = write(tmp_path / "a.txt", "Zürich opened it on September 12, 2023.".encode("utf-16-le"))
    result = run("export", path, "--encoding", "utf-16-le")
    assert result.exit_code == 0
    assert json_events(result.stdout_bytes)[0]["sentence"].startswith("Zürich opened")


# Inputs --------------------------------------------------------------------------------------


def test_several_inputs_make_one_timeline_with_one_document_each(tmp_path: Path) -> None:
    """Two files give documents d1 and d2, in argument order, and one sorted event list."""
    first = write(tmp_path / "b.txt", "The bridge opened on March 3, 2021.")
    second = write(tmp_path / "a.txt", "The tunnel opened on May 5, 1999.")
    data = json.loads(run("export", first, second).stdout_bytes)
    assert [(d["id"], d["source"]) for d in data["documents"]] == [
        ("d1", str(first)),
        ("d2", str(second)),
    ]
    assert [(e["document"], e["start"]) for e in data["events"]] == [
        ("d2", "1999-05-05"),
        ("d1", "2021-03-03"),
    ]


def test_directory_input_reads_its_text_files_in_name_order(tmp_path: Path) -> None:
    """A directory is walked recursively in name order; hidden files are skipped."""
    folder = tmp_path / "docs"
    write(folder / "b.txt", "Founded in 1990.")
    write(folder / "a.txt", "Closed in 2001.")
    write(folder / "sub" / "c.md", "Reopened in 2015.")
    write(folder / ".hidden.txt", "Never read in 1950.")
    result = run("export", folder, "-f", "csv")
    assert result.exit_code == 0
    rows = csv_rows(result.stdout_bytes)
    assert [(r["document"], os.path.relpath(r["source"], folder), r["value"]) for r in rows] == [
        ("d2", "b.txt", "1990"),
        ("d1", "a.txt", "2001"),
        ("d3", os.path.join("sub", "c.md"), "2015"),
    ]


def test_binary_file_in_a_directory_is_skipped_with_one_line_and_exit_1(tmp_path: Path) -> None:
    """A binary file found in a directory is reported, the text files still exported, exit 1."""
    write(tmp_path / "a.txt", "Closed in 2001.")
    write(tmp_path / "logo.png", PNG)
    result = run("export", tmp_path)
    assert result.exit_code == 1
    assert result.stderr == f"chrono: {tmp_path / 'logo.png'}: skipped binary file\n"
    assert [e["value"] for e in json_events(result.stdout_bytes)] == ["2001"]


def test_dash_reads_standard_input() -> None:
    """``-`` reads the text from stdin; its source is ``<stdin>``."""
    result = run("export", "-", input=b"Signed on 12 September 2023.")
    assert result.exit_code == 0
    data = json.loads(result.stdout_bytes)
    assert data["documents"][0]["source"] == "<stdin>"
    assert [e["start"] for e in data["events"]] == ["2023-09-12"]


def test_no_input_reads_standard_input() -> None:
    """With no INPUTS, chrono reads stdin."""
    result = run("export", "-f", "csv", input=b"Signed in 2019.")
    assert [r["source"] for r in csv_rows(result.stdout_bytes)] == ["<stdin>"]


def test_stdin_can_sit_between_files(tmp_path: Path) -> None:
    """``a.txt - b.txt`` gives three documents, stdin in the middle."""
    a = write(tmp_path / "a.txt", "Built in 1900.")
    b = write(tmp_path / "b.txt", "Razed in 1950.")
    data = json.loads(run("export", a, "-", b, input=b"Rebuilt in 1920.").stdout_bytes)
    assert [d["source"] for d in data["documents"]] == [str(a), "<stdin>", str(b)]


# Exit codes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["missing", "binary", "empty"])
def test_one_unreadable_input_of_several_exits_1_and_the_others_are_exported(
    bad: str, tmp_path: Path
) -> None:
    """A missing, binary or empty input is one line on stderr; the rest is exported; exit 1."""
    good = write(tmp_path / "good.txt", "Founded in 1990.")
    broken = tmp_path / "broken.dat"
    if bad == "binary":
        write(broken, PNG)
    elif bad == "empty":
        write(broken, b"")
    out = tmp_path / "out.json"
    result = run("export", broken, good, "-o", out)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("chrono: ") and "broken.dat" in result.stderr
    data = json.loads(out.read_bytes())
    assert [d["source"] for d in data["documents"]] == [str(good)]
    assert [d["id"] for d in data["documents"]] == ["d1"]


def test_fail_fast_stops_at_the_first_unreadable_input_and_writes_nothing(tmp_path: Path) -> None:
    """--fail-fast: the first bad input ends the run with exit 1 and no output file."""
    good = write(tmp_path / "good.txt", "Founded in 1990.")
    out = tmp_path / "out.json"
    result = run("export", tmp_path / "missing.txt", good, "-o", out, "--fail-fast")
    assert result.exit_code == 1
    assert result.stderr == f"chrono: no such file: {tmp_path / 'missing.txt'}\n"
    assert not out.exists()


def test_fail_fast_with_readable_inputs_exports_normally(tmp_path: Path) -> None:
    """--fail-fast changes nothing when every input reads."""
    good = write(tmp_path / "good.txt", "Founded in 1990.")
    result = run("export", good, "--fail-fast")
    assert result.exit_code == 0
    assert [e["value"] for e in json_events(result.stdout_bytes)] == ["1990"]


def test_no_readable_input_is_a_usage_error(tmp_path: Path) -> None:
    """When every input fails, each is reported and chrono exits 2 with no output."""
    result = run("export", tmp_path / "a.txt", tmp_path / "b.txt")
    assert result.exit_code == 2
    assert result.stdout_bytes == b""
    assert result.stderr.splitlines() == [
        f"chrono: no such file: {tmp_path / 'a.txt'}",
        f"chrono: no such file: {tmp_path / 'b.txt'}",
        "Error: no readable input",
    ]


USAGE_ERRORS = {
    "impossible reference date": (["--reference-date", "2023-13-45"], "2023-13-45"),
    "relative reference date": (["--reference-date", "yesterday"], "yesterday"),
    "partial reference date": (["--reference-date", "2023"], "2023"),
    "empty reference date": (["--reference-date", ""], "not a calendar date"),
    "unknown format": (["--format", "xml"], "xml"),
    "unknown encoding": (["--encoding", "klingon"], "klingon"),
    "unknown genre": (["--genre", "poetry"], "poetry"),
    "unknown coarse policy": (["--ics-coarse", "all"], "all"),
}


@pytest.mark.parametrize(("args", "named"), USAGE_ERRORS.values(), ids=USAGE_ERRORS.keys())
def test_bad_option_exits_2_and_writes_nothing(args: list[str], named: str, tmp_path: Path) -> None:
    """A bad option value exits 2, names the value, and leaves the output file untouched."""
    out = write(tmp_path / "out.json", b"old content")
    result = run("export", SEED_PATH, "-o", out, *args)
    assert result.exit_code == 2
    assert named in result.stderr
    assert result.stdout_bytes == b""
    assert out.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_bad_reference_date_is_one_line_on_stderr() -> None:
    """A ChronoError is reported as a single "Error:" line, not a usage dump."""
    result = run("export", SEED_PATH, "--reference-date", "2023-13-45")
    assert result.stderr == "Error: not a real calendar date: '2023-13-45'\n"


def test_output_into_a_missing_folder_exits_2_and_creates_nothing(tmp_path: Path) -> None:
    """-o missing/out.json: exit 2, one line naming the folder, the folder is not created."""
    result = run("export", SEED_PATH, "-o", tmp_path / "missing" / "out.json")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Error: cannot write {tmp_path / 'missing' / 'out.json'}: "
        f"directory {tmp_path / 'missing'} does not exist"
    ]
    assert result.stdout_bytes == b""
    assert list(tmp_path.iterdir()) == []


def test_output_onto_a_directory_exits_2(tmp_path: Path) -> None:
    """-o naming a directory exits 2 and leaves the directory as it was."""
    result = run("export", SEED_PATH, "-o", tmp_path)
    assert result.exit_code == 2
    assert "is a directory" in result.stderr
    assert list(tmp_path.iterdir()) == []


class RecordingStdin(io.BytesIO):
    """Standard input that counts the reads asking for data (click probes with ``read(0)``)."""

    reads = 0

    def read(self, size: int | None = -1, /) -> bytes:
        if size != 0:
            self.reads += 1
        return super().read(size)


def test_bad_option_fails_before_stdin_is_read() -> None:
    """Options are checked first: a bad one exits 2 without reading (or waiting for) stdin."""
    stdin = RecordingStdin(b"Founded in 1990.")
    result = run("export", "--reference-date", "yesterday", input=stdin)
    assert result.exit_code == 2
    assert stdin.reads == 0
    good = RecordingStdin(b"Founded in 1990.")
    assert run("export", input=good).exit_code == 0
    assert good.reads > 0


# Help and version ----------------------------------------------------------------------------


def commands() -> list[tuple[str, click.Command]]:
    """The group itself and every subcommand, with their command lines."""
    assert isinstance(main, click.Group)
    return [("chrono", main)] + [(f"chrono {n}", c) for n, c in sorted(main.commands.items())]


@pytest.mark.parametrize(("name", "command"), commands(), ids=[n for n, _ in commands()])
def test_help_ends_with_an_example(name: str, command: click.Command) -> None:
    """``--help`` of the group and of every command ends with an "Example:" line."""
    args = name.split()[1:]
    result = run(*args, "--help")
    assert result.exit_code == 0
    last_paragraph = result.stdout.rstrip().split("\n\n")[-1].strip()
    assert last_paragraph.startswith("Example: chrono")


@pytest.mark.parametrize(("name", "command"), commands(), ids=[n for n, _ in commands()])
def test_every_option_is_documented(name: str, command: click.Command) -> None:
    """Every command has a help text, and so has every option (as sqlite-utils checks)."""
    assert command.help and command.help.strip(), f"{name} has no help"
    with click.Context(command, info_name=name) as ctx:
        for param in command.get_params(ctx):
            if isinstance(param, click.Option):
                assert param.help and param.help.strip(), f"{name} {param.opts} has no help"


def test_version_prints_the_package_version() -> None:
    """``chrono --version`` prints the version of the installed package."""
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"chrono, version {chrono.__version__}\n"


# chrono eval ---------------------------------------------------------------------------------

FIGURE = r"\d\.\d{3}"


def test_eval_prints_strict_and_relaxed_figures() -> None:
    """``chrono eval`` on the TimeML fixtures prints strict and relaxed P, R and F1."""
    result = run("eval", FIXTURES)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "chrono eval"
    assert re.match(r"documents 2 +gold \d+ +predicted \d+$", lines[1])
    for name in ("strict", "relaxed"):
        (row,) = [line for line in lines if line.startswith(name + " ")]
        assert re.fullmatch(rf"{name} +{FIGURE} +{FIGURE} +{FIGURE} +\d+", row), row


def test_eval_json_prints_the_scores_as_json() -> None:
    """``chrono eval --json`` prints the figures as one JSON object, ratios within [0, 1]."""
    result = run("eval", FIXTURES, "--json")
    scores = json.loads(result.stdout)
    assert scores["documents"] == 2
    for name in ("strict", "relaxed"):
        assert {"precision", "recall", "f1"} <= scores[name].keys()
        assert all(0.0 <= scores[name][k] <= 1.0 for k in ("precision", "recall", "f1"))


def test_eval_errors_appends_the_error_listing() -> None:
    """``--errors`` prints the figures first, then the listing."""
    plain = run("eval", FIXTURES).stdout
    result = run("eval", FIXTURES, "--errors")
    assert result.exit_code == 0
    assert result.stdout.startswith(plain)


def test_eval_accepts_single_files() -> None:
    """Gold files can be named one by one."""
    result = run("eval", *sorted(FIXTURES.glob("*.tml")))
    assert result.exit_code == 0
    assert "documents 2" in result.stdout


@pytest.mark.parametrize("content", [None, b"<x", b"<a>no text element</a>"])
def test_eval_unusable_gold_is_a_usage_error(content: bytes | None, tmp_path: Path) -> None:
    """A missing path, malformed XML or a file that is not TimeML exits 2 with one line."""
    path = tmp_path / "gold.tml"
    if content is not None:
        write(path, content)
    result = run("eval", path)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert str(path) in result.stderr


def test_eval_needs_a_gold_path() -> None:
    """``chrono eval`` without GOLD is a usage error."""
    assert run("eval").exit_code == 2


# The real process ----------------------------------------------------------------------------


def test_a_csv_export_imports_no_other_writer() -> None:
    """``chrono export -f csv`` leaves iCalendar, Vega-Lite and the other writers unimported."""
    script = (
        "import sys\n"
        "from chrono.cli import main\n"
        "main.main(['export', sys.argv[1], '-f', 'csv', '-o', '-', '-j', '1'],"
        " standalone_mode=False)\n"
        "loaded = [m for m in sys.modules if m.startswith(('chrono.writers.', 'icalendar'))]\n"
        "sys.stderr.write(' '.join(sorted(loaded)))\n"
    )
    process = subprocess.run(
        [sys.executable, "-c", script, SEED], capture_output=True, check=True, timeout=60, cwd=ROOT
    )
    needed = ["_common", "_display", "csv", "plot"]  # plot: its PLOT_FORMATS name an option
    assert process.stderr.decode().split() == [f"chrono.writers.{name}" for name in needed]


def test_python_m_chrono_writes_the_same_bytes_as_in_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``python -m chrono export`` runs for real and writes exactly the in-process bytes."""
    monkeypatch.chdir(ROOT)  # both runs name the seed by the same relative path
    process = subprocess.run(
        [sys.executable, "-m", "chrono", "export", SEED, "--format", "ics"],
        env={**os.environ, "SOURCE_DATE_EPOCH": "1694476800"},
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert process.returncode == 0, process.stderr
    assert process.stderr == b""
    assert process.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    in_process = run("export", SEED, "--format", "ics", env={"SOURCE_DATE_EPOCH": "1694476800"})
    assert process.stdout == in_process.stdout_bytes
