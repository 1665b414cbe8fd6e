"""Bad input (issue 5): every kind has a defined outcome, and every outcome a test.

The checklist, item by item. Where another module already pins an item, it is named here (the
last test of this file checks those tests still exist); the tests below cover the rest, end to
end through ``chrono export`` unless they say otherwise.

Inputs
    * Missing path: one line ``no such file: X``; the others are exported (exit 1); alone, exit
      2. tests/test_readers.py::test_missing_path_is_a_failure,
      tests/test_cli.py::test_no_readable_input_is_a_usage_error.
    * Directory: walked recursively in name order, hidden entries skipped, every other regular
      file read whatever its name, binary ones skipped with a warning.
      tests/test_readers.py::test_directory_recursion_order,
      tests/test_readers.py::test_hidden_entries_skipped,
      tests/test_readers.py::test_fifo_in_directory_is_skipped,
      tests/test_readers.py::test_deep_directory_does_not_recurse,
      tests/test_cli.py::test_directory_input_reads_its_text_files_in_name_order; here: files
      count as text by content, not by extension.
    * Unreadable file or folder: ``cannot read X: permission denied``.
      tests/test_readers.py::test_unreadable_file,
      tests/test_readers.py::test_unreadable_directory_inside_walk (both skipped as root),
      tests/test_readers.py::test_permission_error_message; here: through the CLI, as root too.
    * Binary file: ``X: binary file, not text`` (named) or ``X: skipped binary file`` (found in
      a directory). tests/test_readers.py::test_binary_file_given_explicitly,
      tests/test_readers.py::test_binary_file_in_directory_is_skipped,
      tests/test_readers.py::test_control_characters_mark_binary_without_nul,
      tests/test_cli.py::test_binary_file_in_a_directory_is_skipped_with_one_line_and_exit_1.
    * Encodings: BOM, else UTF-8 with a cp1252 fallback per invalid byte, or ``--encoding``
      strictly; never a UnicodeDecodeError.
      tests/test_readers.py::test_invalid_utf8_falls_back_to_cp1252,
      tests/test_readers.py::test_utf16_and_utf32_with_bom_decoded,
      tests/test_readers.py::test_forced_encoding_failure_names_file_and_encoding,
      tests/test_readers.py::test_decode_bytes_raises_only_input_error,
      tests/test_cli.py::test_encoding_option_decodes_every_input; here: offsets of the exported
      mentions index the decoded text, and a forced codec failing one file fails that file only.
    * CRLF and lone CR: kept, so offsets index the text as given.
      tests/test_readers.py::test_crlf_and_lone_cr_preserved; here: dates broken across CRLF and
      CR line ends are found, and their offsets slice back.
    * NUL and control characters: a NUL in the first 8 KiB means binary; later NULs and other
      controls are kept, and every format still reads back.
      tests/test_readers.py::test_nul_in_the_first_8k_is_binary,
      tests/test_readers.py::test_nul_after_the_first_8k_is_kept,
      tests/test_readers.py::test_few_control_characters_are_kept; here: end to end.
    * Empty file (no bytes, only whitespace, only a BOM): ``X: empty input``.
      tests/test_readers.py::test_empty_file, tests/test_readers.py::test_whitespace_only_is_empty;
      here: alone, it is exit 2 with nothing written.
    * A single 10 MB line: read whole (tests/test_readers.py::test_ten_megabyte_single_line) and
      exported here, with the dates at its start, middle and end.
    * A 100 MB file: exported, marked ``slow`` (about two minutes; ``pytest -m slow``).
    * Symlink loops: each directory and file visited once.
      tests/test_readers.py::test_symlink_loop_terminates,
      tests/test_readers.py::test_file_linked_twice_is_read_once,
      tests/test_readers.py::test_broken_symlink_reported; here: through the CLI, and file links
      pointing at each other (``cannot read X: too many levels of symbolic links``).

Batches
    * One bad input never loses the others: exit 1, one stderr line per failure.
      tests/test_cli.py::test_one_unreadable_input_of_several_exits_1_and_the_others_are_exported
      (one failure); here: every kind of failure in one run, in order.
    * ``--fail-fast`` stops at the first failure, exit 1, nothing written.
      tests/test_cli.py::test_fail_fast_stops_at_the_first_unreadable_input_and_writes_nothing;
      here: an existing output file is left as it was.

Options (one ``Error:`` line, exit 2, nothing written, the output folder unchanged)
    * Bad ``--reference-date`` ("2023-13-45", "yesterday"), unknown ``--format``:
      tests/test_cli.py::test_bad_option_exits_2_and_writes_nothing; here: more impossible dates,
      and click's own errors (unknown choice or option) are that one line too.
    * Output in a missing folder:
      tests/test_cli.py::test_output_into_a_missing_folder_exits_2_and_creates_nothing.
    * Read-only output file or folder: tests/test_io.py::test_read_only_file,
      tests/test_io.py::test_permission_check_message; here: through the CLI, as root too.

Impossible and extreme dates (policy: README, "How relative dates are anchored", item 6)
    * "February 30, 2023", "31/31/2023", year 0 and year 99999 are not dates; "44 BC" is a
      mention (``-0043``) but no event, since no calendar type reaches before year 1: the JSON
      keeps the mention, iCalendar has no VEVENT for it. Nothing raises, in any format.
      tests/test_properties.py::test_relative_dates_at_the_ends_of_the_calendar_do_not_raise.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import icalendar
import pytest
from click.testing import CliRunner, Result
from input_files import write

from chrono import build_timeline, extract_document, render
from chrono import readers as chrono_readers
from chrono.cli import main
from chrono.timeml import parse_timeml
from chrono.writers import formats

TESTS = Path(__file__).resolve().parent
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"

needs_non_root = pytest.mark.skipif(
    os.geteuid() == 0, reason="root reads and writes whatever the permissions say"
)


def export(*args: str | os.PathLike[str]) -> Result:
    """Run ``chrono export -j 1 ARGS`` in-process; an unexpected exception fails the test."""
    result = CliRunner().invoke(
        main,
        ["export", "-j", "1", *(os.fspath(a) for a in args)],
        env={"SOURCE_DATE_EPOCH": None},  # the user's environment must not leak in
        catch_exceptions=False,
    )
    assert "Traceback" not in result.output
    return result


def listing(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` (hidden ones too) and its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def documents(result: Result) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = json.loads(result.stdout_bytes)["documents"]
    return docs


def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


# Inputs --------------------------------------------------------------------------------------


def test_files_in_a_directory_count_as_text_by_content_not_by_name(tmp_path: Path) -> None:
    """No extension or any extension is read if it decodes as text; a PNG named .txt is not."""
    folder = tmp_path / "corpus"
    write(folder / "notes", "Founded in 1990.")
    write(folder / "data.bin", "Closed in 2001.")
    write(folder / "photo.txt", PNG)
    write(folder / "readme.md", "Reopened in 2015.")
    result = export(folder, "-f", "csv")
    assert result.exit_code == 1
    assert result.stderr == f"chrono: {folder / 'photo.txt'}: skipped binary file\n"
    rows = csv_rows(result.stdout_bytes)
    assert sorted((os.path.basename(r["source"]), r["value"]) for r in rows) == [
        ("data.bin", "2001"),
        ("notes", "1990"),
        ("readme.md", "2015"),
    ]


def test_unreadable_file_is_one_line_and_the_others_are_exported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that raises PermissionError on open is reported; its neighbours still export."""
    good = write(tmp_path / "good.txt", "Founded in 1990.")
    locked = write(tmp_path / "locked.txt", "Never read in 1950.")
    real_open = open

    def guarded(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(chrono_readers, "open", guarded, raising=False)
    result = export(locked, good, "-f", "csv")
    assert result.exit_code == 1
    assert result.stderr == f"chrono: cannot read {locked}: permission denied\n"
    assert [r["value"] for r in csv_rows(result.stdout_bytes)] == ["1990"]


@needs_non_root
def test_file_without_read_permission_is_one_line(tmp_path: Path) -> None:
    """chmod 000 on one input: one line naming it, exit 1, the other input exported."""
    good = write(tmp_path / "good.txt", "Founded in 1990.")
    locked = write(tmp_path / "locked.txt", "Never read in 1950.")
    locked.chmod(0)
    try:
        result = export(locked, good, "-f", "csv")
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    assert result.stderr == f"chrono: cannot read {locked}: permission denied\n"


ENCODED = {
    "cp1252": "Café “Ré” opened on May 3, 2023 — at last.".encode("cp1252"),
    "utf-8 with a stray cp1252 byte": "Café opened on May 3, 2023 ".encode() + b"\x93at last\x94.",
    "utf-8 bom": "\ufeffCafé opened on May 3, 2023.".encode(),
    "utf-16 bom": "Café opened on May 3, 2023.".encode("utf-16"),
    "utf-32 bom": "Café opened on May 3, 2023.".encode("utf-32"),
}


@pytest.mark.parametrize("data", ENCODED.values(), ids=ENCODED.keys())
def test_any_encoding_exports_with_offsets_into_the_decoded_text(
    data: bytes, tmp_path: Path
) -> None:
    """Legacy bytes and BOMs decode by the policy, and mention offsets index the decoded text."""
    path = write(tmp_path / "in.txt", data)
    result = export(path)
    assert result.exit_code == 0
    (doc,) = documents(result)
    text = chrono_readers.read_path(str(path)).text
    assert "Café" in text and "\ufffd" not in text
    (mention,) = doc["mentions"]
    assert text[mention["start"] : mention["end"]] == mention["text"] == "May 3, 2023"


def test_a_forced_encoding_failing_one_input_fails_that_input_only(tmp_path: Path) -> None:
    """--encoding utf-8 on a cp1252 file: one line with the codec and offset; the rest exports."""
    good = write(tmp_path / "good.txt", "Founded in 1990.")
    legacy = write(tmp_path / "legacy.txt", "Caf\xe9 closed in 2001.".encode("cp1252"))
    result = export(legacy, good, "--encoding", "utf-8", "-f", "csv")
    assert result.exit_code == 1
    assert result.stderr == (
        f"chrono: {legacy}: cannot decode as utf-8: invalid continuation byte at byte 3\n"
    )
    assert [r["value"] for r in csv_rows(result.stdout_bytes)] == ["1990"]


def test_dates_across_crlf_and_lone_cr_line_ends_keep_their_offsets(tmp_path: Path) -> None:
    """A date wrapped over CRLF or CR is found, its text keeps the line end, offsets slice back."""
    text = "The deal was signed on September\r\n12, 2023.\r\nIt was paid on May\r3, 2024.\r"
    path = write(tmp_path / "crlf.txt", text)
    result = export(path)
    (doc,) = documents(result)
    assert [(m["text"], m["value"]) for m in doc["mentions"]] == [
        ("September\r\n12, 2023", "2023-09-12"),
        ("May\r3, 2024", "2024-05-03"),
    ]
    for mention in doc["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]


def test_nul_and_control_characters_past_the_sniffed_prefix_reach_every_format(
    tmp_path: Path,
) -> None:
    """NUL, BEL, ESC and DEL after the first 8 KiB are text: every main format reads back."""
    filler = "The committee met and talked at length about the budget. " * 150
    tail = "A NUL\x00 byte, a bell\x07, an escape\x1b[0m and DEL\x7f came on May 3, 2023."
    path = write(tmp_path / "controls.txt", filler + tail)
    outputs = {fmt: export(path, "-f", fmt) for fmt in ("json", "csv", "ics", "timeml")}
    assert {fmt: r.exit_code for fmt, r in outputs.items()} == dict.fromkeys(outputs, 0)
    (event,) = json.loads(outputs["json"].stdout_bytes)["events"]
    assert "NUL\x00 byte" in event["sentence"]
    assert [r["value"] for r in csv_rows(outputs["csv"].stdout_bytes)] == ["2023-05-03"]
    assert len(icalendar.Calendar.from_ical(outputs["ics"].stdout_bytes).events) == 1
    assert len(parse_timeml(outputs["timeml"].stdout_bytes).timexes) == 1


EMPTY = {"0 bytes": b"", "blank": b" \r\n\t ", "BOM only": b"\xef\xbb\xbf"}


@pytest.mark.parametrize("data", EMPTY.values(), ids=EMPTY.keys())
def test_an_empty_input_alone_is_exit_2_and_writes_nothing(data: bytes, tmp_path: Path) -> None:
    """An empty, blank or BOM-only file as the only input: its line, "no readable input", exit 2."""
    path = write(tmp_path / "empty.txt", data)
    out = tmp_path / "out.json"
    before = listing(tmp_path)
    result = export(path, "-o", out)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"chrono: {path}: empty input",
        "Error: no readable input",
    ]
    assert listing(tmp_path) == before


def test_a_ten_megabyte_single_line_is_exported_whole(tmp_path: Path) -> None:
    """10 MB without a line break: read whole, and dates at its start, middle and end found."""
    words = ("q" * 99 + " ") * 33_000
    line = (
        f"On 1 May 2023 it began; {words}then on 2 June 2023 it paused; {words}"
        f"and on 3 July 2023 it ended; {words}"
    )
    assert len(line) > 9_900_000 and "\n" not in line
    path = write(tmp_path / "line.txt", line)
    out = tmp_path / "out.jsonl"
    result = export(path, "-f", "jsonl", "-o", out)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert [json.loads(row)["start"] for row in out.read_bytes().splitlines()] == [
        "2023-05-01",
        "2023-06-02",
        "2023-07-03",
    ]


@pytest.mark.slow
def test_a_hundred_megabyte_file_is_exported(tmp_path: Path) -> None:
    """100 MB of ordinary text with a date at each end: exported whole, nothing dropped."""
    filler = "The committee met again and talked at length about the budget.\n" * 1_000
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as file:
        file.write("The survey began on May 3, 2023.\n")
        while file.tell() < 100_000_000:
            file.write(filler)
        file.write("The survey ended on June 4, 2024.\n")
    assert path.stat().st_size > 100_000_000
    out = tmp_path / "out.csv"
    result = export(path, "-f", "csv", "-o", out)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert [r["start"] for r in csv_rows(out.read_bytes())] == ["2023-05-03", "2024-06-04"]


def test_symlink_loops_in_a_directory_end_and_read_each_file_once(tmp_path: Path) -> None:
    """Links to the folder itself, to its parent and to a sibling: each file exported once."""
    root = tmp_path / "root"
    write(root / "a.txt", "Founded in 1990.")
    write(root / "sub" / "b.txt", "Closed in 2001.")
    os.symlink(root, root / "loop")
    os.symlink(root, root / "sub" / "up")
    os.symlink(root / "sub", root / "sub" / "self")
    os.symlink(root / "a.txt", root / "sub" / "again.txt")
    result = export(root, "-f", "csv")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert sorted(r["value"] for r in csv_rows(result.stdout_bytes)) == ["1990", "2001"]


def test_file_symlinks_pointing_at_each_other_are_one_line_each(tmp_path: Path) -> None:
    """a -> b -> a: each link is a failure naming the loop; the real file is exported; exit 1."""
    folder = tmp_path / "links"
    os.makedirs(folder)
    os.symlink("b", folder / "a")
    os.symlink("a", folder / "b")
    write(folder / "c.txt", "Founded in 1990.")
    result = export(folder, "-f", "csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"chrono: cannot read {folder / name}: too many levels of symbolic links"
        for name in ("a", "b")
    ]
    assert [r["value"] for r in csv_rows(result.stdout_bytes)] == ["1990"]


# Batches -------------------------------------------------------------------------------------


@pytest.fixture
def mixed_batch(tmp_path: Path) -> tuple[list[Path], list[str], list[str]]:
    """Inputs failing in every way among good ones: (inputs, expected stderr, good sources)."""
    good1 = write(tmp_path / "good1.txt", "Founded in 1990.")
    missing = tmp_path / "missing.txt"
    binary = write(tmp_path / "image.png", PNG)
    empty = write(tmp_path / "empty.txt", b"")
    folder = tmp_path / "folder"
    good2 = write(folder / "b.txt", "Closed in 2001.")
    write(folder / "c.dat", os.urandom(2048) + b"\x00")
    os.symlink(folder / "gone.txt", folder / "a-broken.txt")
    good3 = write(tmp_path / "good3.txt", "Reopened in 2015.")
    inputs = [good1, missing, binary, empty, folder, good3]
    errors = [
        f"chrono: no such file: {missing}",
        f"chrono: {binary}: binary file, not text",
        f"chrono: {empty}: empty input",
        f"chrono: {folder / 'a-broken.txt'}: broken symbolic link",
        f"chrono: {folder / 'c.dat'}: skipped binary file",
    ]
    return inputs, errors, [str(good1), str(good2), str(good3)]


@pytest.mark.parametrize("fmt", ["json", "csv", "jsonl"])
def test_every_failure_is_one_line_and_every_good_input_is_exported(
    fmt: str, mixed_batch: tuple[list[Path], list[str], list[str]], tmp_path: Path
) -> None:
    """Missing, binary, empty, broken link, binary in a folder: a line each, in order; exit 1."""
    inputs, errors, good = mixed_batch
    out = tmp_path / f"out.{fmt}"
    result = export(*inputs, "-f", fmt, "-o", out)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == errors
    data = out.read_bytes()
    if fmt == "json":
        sources = [d["source"] for d in json.loads(data)["documents"]]
    elif fmt == "csv":
        sources = [r["source"] for r in csv_rows(data)]
    else:
        sources = [json.loads(line)["document_source"] for line in data.splitlines()]
    assert sorted(sources) == sorted(good)


def test_fail_fast_leaves_an_existing_output_as_it_was(
    mixed_batch: tuple[list[Path], list[str], list[str]], tmp_path: Path
) -> None:
    """--fail-fast: the first failure's line only, exit 1, the old output file untouched."""
    inputs, errors, _ = mixed_batch
    out = write(tmp_path / "out.json", b"old timeline")
    before = listing(tmp_path)
    result = export(*inputs, "-o", out, "--fail-fast")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == errors[:1]
    assert result.stdout_bytes == b""
    assert listing(tmp_path) == before


# Options -------------------------------------------------------------------------------------

IMPOSSIBLE_REFERENCE_DATES = [
    "2023-13-45",
    "yesterday",
    "2023-02-30",
    "2023-02-29",
    "0000-01-01",
    "99999-01-01",
    "February 30, 2023",
    "44 BC",
    "２０２３-０９-１２",
]


def assert_usage_error_writes_nothing(
    args: Sequence[str | os.PathLike[str]], folder: Path, named: str
) -> None:
    """``chrono export ARGS`` exits 2 with one line naming ``named``; ``folder`` is unchanged."""
    before = listing(folder)
    result = export(*args)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("Error: ") and named in result.stderr
    assert result.stdout_bytes == b""
    assert listing(folder) == before


@pytest.mark.parametrize("value", IMPOSSIBLE_REFERENCE_DATES)
def test_an_impossible_reference_date_is_one_line_and_exit_2(value: str, tmp_path: Path) -> None:
    """Impossible days, year 0, five-digit years, BC and relative words are refused up front."""
    text = write(tmp_path / "in.txt", "It rained yesterday.")
    out = write(tmp_path / "out.json", b"old")
    assert_usage_error_writes_nothing(
        [text, "-o", out, "--reference-date", value], tmp_path, repr(value)
    )


def test_a_negative_iso_reference_date_is_refused(tmp_path: Path) -> None:
    """'-0043-01-01' (44 BC) is not silently read as the year 43."""
    text = write(tmp_path / "in.txt", "It rained yesterday.")
    assert_usage_error_writes_nothing(
        [text, "--reference-date", "-0043-01-01"], tmp_path, "-0043-01-01"
    )


CLICK_USAGE_ERRORS = {
    "unknown format": (["-f", "xml"], "'xml'"),
    "unknown genre": (["--genre", "poetry"], "'poetry'"),
    "unknown coarse policy": (["--ics-coarse", "all"], "'all'"),
    "no jobs": (["-j", "0"], "0 is not in the range"),
    "unknown option": (["--nope"], "'--nope'"),
}


@pytest.mark.parametrize(("args", "named"), CLICK_USAGE_ERRORS.values(), ids=CLICK_USAGE_ERRORS)
def test_a_usage_error_caught_by_click_is_one_line_and_exit_2(
    args: list[str], named: str, tmp_path: Path
) -> None:
    """Unknown choices and options: the same single "Error:" line, without click's usage."""
    text = write(tmp_path / "in.txt", "Founded in 1990.")
    assert_usage_error_writes_nothing([text, *args, "-o", tmp_path / "out.json"], tmp_path, named)


def test_a_read_only_output_file_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An output the user may not write (os.access says no, as for a non-root user): exit 2."""
    text = write(tmp_path / "in.txt", "Founded in 1990.")
    out = write(tmp_path / "out.json", b"old")
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode, **kw: path != str(out) and real_access(path, mode, **kw)
    )
    assert_usage_error_writes_nothing(
        [text, "-o", out], tmp_path, f"cannot write {out}: permission denied"
    )


def test_a_read_only_output_folder_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new output in a folder the user may not write: exit 2, the folder stays empty."""
    text = write(tmp_path / "in.txt", "Founded in 1990.")
    folder = tmp_path / "ro"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda path, mode, **kw: path != str(folder) and real_access(path, mode, **kw),
    )
    assert_usage_error_writes_nothing(
        [text, "-o", folder / "out.json"], tmp_path, "permission denied"
    )


@needs_non_root
def test_a_chmod_444_output_file_is_refused(tmp_path: Path) -> None:
    """A real read-only file (not root): exit 2, one line, the file and folder unchanged."""
    text = write(tmp_path / "in.txt", "Founded in 1990.")
    out = write(tmp_path / "out.json", b"old")
    out.chmod(0o444)
    assert_usage_error_writes_nothing([text, "-o", out], tmp_path, "permission denied")


# Impossible and extreme dates ----------------------------------------------------------------

NOT_DATES = {
    "February 30": "The treaty was signed on February 30, 2023.",
    "February 29 of a common year": "The treaty was signed on 2023-02-29.",
    "month 31": "Payment is due 31/31/2023.",
    "year 0": "Filed on 0000-01-01, in the year 0.",
    "year 99999": "Filed on 99999-01-01; by the year 99999 the sun will be hotter.",
}


def render_every_format(text: str) -> dict[str, bytes]:
    """The timeline of ``text`` (DCT 2023-09-12) in every registered format."""
    timeline = build_timeline([("in.txt", text)], dct="2023-09-12")
    return {fmt: render(timeline, fmt) for fmt in formats()}


@pytest.mark.parametrize("text", NOT_DATES.values(), ids=NOT_DATES.keys())
def test_impossible_dates_are_not_dates(text: str) -> None:
    """No mention or event gets an impossible value; every format still renders."""
    doc, events = extract_document(text, dct="2023-09-12")
    impossible = re.compile(r"^0000|-02-(29|30)$|-(1[3-9]|[2-9]\d)(-|$)|^\d{5}")
    assert [m.value for m in doc.mentions if impossible.search(m.value)] == []
    assert all(str(e.start) != "2023-02-28" for e in events)  # no silent clamping
    assert render_every_format(text)


def test_month_31_keeps_only_the_year() -> None:
    """ "31/31/2023" is no day; the plausible part, the year 2023, is the only mention."""
    doc, _ = extract_document("Payment is due 31/31/2023.")
    assert [(m.text, m.value) for m in doc.mentions] == [("2023", "2023")]


def test_bc_year_is_a_mention_in_json_and_no_event_anywhere() -> None:
    """ "44 BC" is mention -0043 in the JSON; no event, so iCalendar and CSV have no row for it."""
    outputs = render_every_format("Caesar was killed in 44 BC; Augustus died in AD 14.")
    data = json.loads(outputs["json"])
    mentions = [(m["text"], m["value"]) for m in data["documents"][0]["mentions"]]
    assert mentions == [("44 BC", "-0043"), ("AD 14", "0014")]
    assert [e["value"] for e in data["events"]] == ["0014"]
    calendar = icalendar.Calendar.from_ical(outputs["ics"])
    assert [str(e.start) for e in calendar.events] == ["0014-01-01"]
    assert [r["value"] for r in csv_rows(outputs["csv"])] == ["0014"]


def test_bc_only_text_exports_an_empty_calendar_without_error(tmp_path: Path) -> None:
    """A text whose only date is BC: exit 0, a valid calendar without VEVENT, no stderr."""
    path = write(tmp_path / "rome.txt", "Rome was founded in 753 BC.")
    result = export(path, "-f", "ics")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert icalendar.Calendar.from_ical(result.stdout_bytes).events == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("It ends in the 99th century.", "9800-01-01", "9900-01-01"),
        ("It began in AD 1.", "0001-01-01", "0002-01-01"),
        ("It began in January 1000.", "1000-01-01", "1000-02-01"),
    ],
)
def test_dates_near_the_ends_of_the_calendar_are_events(text: str, start: str, end: str) -> None:
    """Periods inside years 1 to 9999, however far, are events in every format."""
    outputs = render_every_format(text)
    events = json.loads(outputs["json"])["events"]
    assert [(e["start"], e["end"]) for e in events] == [(start, end)]
    assert len(icalendar.Calendar.from_ical(outputs["ics"]).events) == 1


CALENDAR_ENDS: list[tuple[str, str | None]] = [
    ("It began at 00:00:00.", "0001-01-01"),
    ("It began at 12:00 a.m. EDT.", "0001-01-01"),
    ("It began today.", "0001-01-01"),
    ("It began this year.", "0001-01-01"),
    ("It was at 23:58 today.", "9999-12-31"),
    ("It ends in the 99th century.", None),
]
"""Events touching the first or last instants the calendar types can hold (an event needs an
exclusive end, so none can end after 9999-12-31 23:59:59)."""


@pytest.mark.parametrize("fmt", formats())
def test_events_at_the_ends_of_the_calendar_render_in_every_format(fmt: str) -> None:
    """Times at 0001-01-01 00:00 and 9999-12-31 23:58, and periods there, render in every format."""
    for text, dct in CALENDAR_ENDS:
        timeline = build_timeline([("in.txt", text)], dct=dct)
        assert len(timeline.events) == 1, text
        render(timeline, fmt).decode("utf-8")


def test_first_century_bc_and_ad_have_different_values() -> None:
    """ "the 1st century BC" (years -99 to 0) is not the 1st century AD."""
    bc, _ = extract_document("It was built in the 1st century BC.")
    ad, _ = extract_document("It was built in the 1st century AD.")
    assert [m.value for m in bc.mentions] != [m.value for m in ad.mentions]


# The checklist's references ------------------------------------------------------------------


def test_every_test_this_checklist_delegates_to_exists() -> None:
    """Each ``tests/test_x.py::test_name`` named in the module docstring is a real test."""
    assert __doc__ is not None
    references = re.findall(r"tests/(test_\w+\.py)::(test_\w+)", __doc__)
    assert len(references) > 20
    missing = []
    for module, name in references:
        tree = ast.parse((TESTS / module).read_text(encoding="utf-8"))
        names = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
        if name not in names:
            missing.append(f"{module}::{name}")
    assert missing == []
