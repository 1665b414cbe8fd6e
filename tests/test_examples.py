"""The committed examples: seed outputs that match the CLI, and a quickstart that runs."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import runpy
import types
from pathlib import Path

import icalendar
import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
REGENERATE = "python examples/regenerate.py"


def load_regenerate() -> types.ModuleType:
    """Import examples/regenerate.py (the examples folder is not a package)."""
    spec = importlib.util.spec_from_file_location("regenerate", EXAMPLES / "regenerate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


regenerate = load_regenerate()


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    """What regenerate.py would write now, rendered in memory once for the module."""
    outputs: dict[str, bytes] = regenerate.render_examples()
    return outputs


@pytest.mark.parametrize("name", sorted(regenerate.OUTPUTS))
def test_committed_example_is_up_to_date(name: str, rendered: dict[str, bytes]) -> None:
    """Each examples/seed.* file is byte for byte what the CLI gives today."""
    path = EXAMPLES / name
    assert path.exists(), f"examples/{name} is missing: run `{REGENERATE}`"
    assert path.read_bytes() == rendered[name], (
        f"examples/{name} is stale (the extractor or a writer changed): run `{REGENERATE}` "
        "and review the diff"
    )


def test_examples_folder_holds_only_the_listed_files() -> None:
    """No forgotten output lingers in examples/: every seed.* file is one regenerate.py writes."""
    seeds = {path.name for path in EXAMPLES.glob("seed.*")}
    assert seeds == set(regenerate.OUTPUTS)


def test_examples_cover_every_format_the_cli_offers() -> None:
    """There is one example per --format."""
    from chrono.writers import formats

    assert sorted(regenerate.OUTPUTS.values()) == sorted(formats())


def test_example_outputs_agree_with_each_other(rendered: dict[str, bytes]) -> None:
    """seed.json, seed.csv and seed.ics hold the same events, in the same order."""
    events = json.loads(rendered["seed.json"])["events"]
    rows = list(csv.DictReader(io.StringIO(rendered["seed.csv"].decode("utf-8"), newline="")))
    vevents = icalendar.Calendar.from_ical(rendered["seed.ics"]).events
    assert [e["start"] for e in events] == [r["start"] for r in rows]
    assert [f"{e['id']}@chrono" for e in events] == [v.uid for v in vevents]
    assert {v.DTSTAMP for v in vevents} == {dt.datetime(2023, 9, 12, tzinfo=dt.UTC)}
    assert {r["source"] for r in rows} == {regenerate.SEED}


def test_seed_example_holds_the_articles_dated_events(rendered: dict[str, bytes]) -> None:
    """The seed's timeline has the 2018 and 2019 visits, the 2023-09-10 departure and the DCT."""
    starts = {e["start"] for e in json.loads(rendered["seed.json"])["events"]}
    assert {"2018-01-01", "2019-01-01", "2023-09-10", "2023-09-12"} <= starts


def test_quickstart_runs_and_prints_the_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    """examples/quickstart.py runs as a script and prints dated events and the .ics summary."""
    runpy.run_path(str(EXAMPLES / "quickstart.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "2023-09-11 .. 2023-09-12  day" in out
    assert "2019-01-01 .. 2020-01-01  year" in out
    assert out.splitlines()[-1].startswith("BEGIN:VCALENDAR with ")
