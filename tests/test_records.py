"""Reading corpora as records (chrono.records): JSON Lines, CSV, TimeML, each with its DCT."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from chrono.batch import extract_records
from chrono.errors import InputError
from chrono.records import Fields, Record, RecordFailure, RecordReader, TimeMLFile, parse_dct

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "timeml"


def jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def read(*paths: Path | str, **options: object) -> list[Record | RecordFailure]:
    return list(RecordReader([str(p) for p in paths], **options))  # type: ignore[arg-type]


def starts(records: list[Record | RecordFailure]) -> dict[str, list[str]]:
    """The start of every event of each record, by record id."""
    good = [r for r in records if isinstance(r, Record)]
    return {
        result.id: [e.start.isoformat() for e in result.events] for result in extract_records(good)
    }


def test_jsonl_records_are_anchored_to_their_own_dct(tmp_path: Path) -> None:
    """The same relative words give each JSON Lines record a date from its own ``time``."""
    path = jsonl(
        tmp_path / "news.jsonl",
        {"id": "a", "time": "2023-09-12", "text": "The bridge opened yesterday."},
        {"id": "b", "time": "2001-03-05", "text": "The bridge opened yesterday."},
    )
    records = read(path, input_format="jsonl")
    assert [(r.id, r.dct, r.source) for r in records if isinstance(r, Record)] == [
        ("a", "2023-09-12", str(path)),
        ("b", "2001-03-05", str(path)),
    ]
    assert starts(records) == {"a": ["2023-09-11"], "b": ["2001-03-04"]}


def test_csv_records_with_custom_field_names(tmp_path: Path) -> None:
    """CSV rows are records too; --text-field, --dct-field and --id-field name the columns."""
    path = tmp_path / "news.csv"
    path.write_text(
        'key,published,body\r\nk1,2020-01-15,"Talks resume tomorrow, officials said."\r\n'
        "k2,12 March 1999,Talks resume tomorrow.\r\n",
        encoding="utf-8",
    )
    fields = Fields(text="body", dct="published", id="key")
    records = read(path, input_format="csv", fields=fields)
    assert starts(records) == {"k1": ["2020-01-16"], "k2": ["1999-03-13"]}


def test_timeml_files_are_records_dated_by_their_dct() -> None:
    """A TimeML file is a record: its <TEXT>, the date of its <DCT>, the id of its <DOCID>."""
    files = read(FIXTURES, input_format="timeml")
    assert all(isinstance(f, TimeMLFile) for f in files)
    records = [f.read() for f in files if isinstance(f, TimeMLFile)]
    assert [(r.id, r.dct) for r in records] == [
        ("APW19990216.0198", dt.date(1999, 2, 16)),
        ("wsj_0032", dt.date(1989, 11, 2)),
    ]
    assert all(r.source.endswith(".tml") and r.text for r in records)


def test_a_timeml_record_ignores_its_gold_annotation(tmp_path: Path) -> None:
    """Exporting reads a TimeML file's text, DCT and id only: a gold TIMEX3 with an unknown
    type (which ``chrono eval`` rejects) does not fail the record."""
    path = tmp_path / "a.tml"
    path.write_text(
        "<TimeML><DOCID>a1</DOCID>"
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">x</TIMEX3></DCT>'
        '<TEXT>It rained on <TIMEX3 tid="t1" type="EVENT" value="1">Monday</TIMEX3>.</TEXT>'
        "</TimeML>",
        encoding="utf-8",
    )
    (file,) = read(path, input_format="timeml")
    assert isinstance(file, TimeMLFile)
    record = file.read()
    assert (record.id, record.dct, record.text) == (
        "a1",
        dt.date(1998, 1, 8),
        "It rained on Monday.",
    )


def test_a_missing_id_is_the_source_and_line(tmp_path: Path) -> None:
    """Without an id, a record is named ``<file>:<line>`` (JSON Lines) or ``<file>:<row>`` (CSV)."""
    path = jsonl(tmp_path / "a.jsonl", {"text": "In 2019."}, {"id": "", "text": "In 2020."})
    assert [r.id for r in read(path, input_format="jsonl")] == [f"{path}:1", f"{path}:2"]
    table = tmp_path / "a.csv"
    table.write_text("text\nIn 2019.\nIn 2020.\n", encoding="utf-8")
    assert [r.id for r in read(table, input_format="csv")] == [f"{table}:2", f"{table}:3"]


def test_bad_lines_fail_alone_and_reading_goes_on(tmp_path: Path) -> None:
    """Not JSON, not an object, no text, a non-string text: one failure each, the rest is read."""
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "ok1", "text": "In 2019."}\nnot json\n[1, 2]\n{"id": "n"}\n'
        '{"id": "t", "text": 5}\n\n{"id": "ok2", "text": "In 2020."}\n',
        encoding="utf-8",
    )
    items = read(path, input_format="jsonl")
    assert [(type(i).__name__, i.id) for i in items] == [
        ("Record", "ok1"),
        ("RecordFailure", f"{path}:2"),
        ("RecordFailure", f"{path}:3"),
        ("RecordFailure", "n"),
        ("RecordFailure", "t"),
        ("Record", "ok2"),
    ]
    reasons = [i.reason for i in items if isinstance(i, RecordFailure)]
    assert reasons[1:] == ["not a JSON object", "no 'text' field", "'text' is not a string"]


def test_a_missing_dct_falls_back_to_the_reference_date_then_a_dateline() -> None:
    """No DCT: --reference-date if given, else a dateline in the text, else relative stays open."""
    records = [
        Record(id="r", text="It ended yesterday."),
        Record(id="d", text="[March 3, 2010]\nIt ended yesterday."),
    ]
    with_reference = list(extract_records(records, reference_date="2001-01-10"))
    assert [e.start.isoformat() for e in with_reference[0].events] == ["2001-01-09"]
    assert [e.start.isoformat() for e in with_reference[1].events][-1] == "2001-01-09"
    plain = list(extract_records(records))
    assert plain[0].events == ()
    assert [e.start.isoformat() for e in plain[1].events] == ["2010-03-03", "2010-03-02"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-09-12", dt.date(2023, 9, 12)),
        ("2023-09-12T23:30:00-05:00", dt.date(2023, 9, 12)),
        ("2023-09-12 08:00", dt.date(2023, 9, 12)),
        ("12 Sep 2023", dt.date(2023, 9, 12)),
        (dt.datetime(2023, 9, 12, 8), dt.date(2023, 9, 12)),
        (None, None),
        ("  ", None),
    ],
)
def test_dct_values_that_are_dates(value: object, expected: dt.date | None) -> None:
    """ISO dates and date-times (their own calendar date, no zone shift) and written dates."""
    assert parse_dct(value) == expected


@pytest.mark.parametrize("value", ["soon", "2023-13-45", "2023-09-12T25:00", 1694476800, True])
def test_dct_values_that_are_not_dates_are_errors(value: object) -> None:
    """A DCT that is present but not a date raises InputError (the record fails)."""
    with pytest.raises(InputError):
        parse_dct(value)


def test_a_record_with_a_bad_dct_fails_instead_of_guessing() -> None:
    """extract_records reports a bad DCT as that record's error and goes on."""
    results = list(
        extract_records(
            [
                {"id": "bad", "time": "soon", "text": "It ended yesterday."},
                {"id": "good", "time": "2020-02-02", "text": "It ended yesterday."},
            ]
        )
    )
    assert [(r.id, r.ok) for r in results] == [("bad", False), ("good", True)]
    assert results[0].error == "DCT 'soon' is not a calendar date"


def test_invalid_utf8_in_jsonl_becomes_replacement_characters(tmp_path: Path) -> None:
    """Undecodable bytes become U+FFFD; the record is still read."""
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "x", "text": "Caf\xe9 opened in 2019."}\n')
    (record,) = read(path, input_format="jsonl")
    assert isinstance(record, Record) and record.text == "Caf\ufffd opened in 2019."


def test_csv_fields_larger_than_the_csv_module_default_are_read(tmp_path: Path) -> None:
    """An article longer than csv's 128 KiB field limit is one record, not an error."""
    text = "In 2019. " + "word " * 40_000
    path = tmp_path / "a.csv"
    path.write_text(f"id,text\nbig,{text}\n", encoding="utf-8")
    (record,) = read(path, input_format="csv")
    assert isinstance(record, Record) and record.text == text


def test_a_csv_without_the_text_column_is_one_failure(tmp_path: Path) -> None:
    """A header that lacks the text column fails the file once, not every row."""
    path = tmp_path / "a.csv"
    path.write_text("id,body\n1,In 2019.\n2,In 2020.\n", encoding="utf-8")
    (failure,) = read(path, input_format="csv")
    assert isinstance(failure, RecordFailure)
    assert failure.reason == "no 'text' column in the header"


def test_a_missing_file_is_one_failure(tmp_path: Path) -> None:
    """An input that cannot be opened is one failure naming it; the next input is read."""
    good = jsonl(tmp_path / "b.jsonl", {"id": "b", "text": "In 2019."})
    items = read(tmp_path / "missing.jsonl", good, input_format="jsonl")
    assert isinstance(items[0], RecordFailure) and "cannot read" in items[0].reason
    assert isinstance(items[1], Record) and items[1].id == "b"


def test_bytes_read_and_total_bytes_follow_the_inputs(tmp_path: Path) -> None:
    """The reader counts what it consumed, for the progress bar's MB/s and ETA."""
    path = jsonl(tmp_path / "a.jsonl", *({"id": n, "text": "In 2019."} for n in range(50)))
    reader = RecordReader([str(path)], input_format="jsonl")
    assert reader.total_bytes() == path.stat().st_size
    assert len(list(reader)) == 50
    assert reader.bytes_read == path.stat().st_size
