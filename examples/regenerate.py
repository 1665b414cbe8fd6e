"""Rewrite the example outputs of the seed article with the ``chrono`` command.

Run from anywhere, after any change to the extractor or the writers::

    python examples/regenerate.py

Each file is exactly what ``chrono export seeds/000_6fc72e7ce6816498.txt --format FORMAT``
prints when run from the repository root with ``SOURCE_DATE_EPOCH=1694476800`` (the seed's date,
2023-09-12, so that the iCalendar DTSTAMP is reproducible). ``tests/test_examples.py`` fails
when a committed file differs from what this script would write.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner

from chrono.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = "seeds/000_6fc72e7ce6816498.txt"
"""The seed, relative to the repository root: it is recorded as the events' source."""
SOURCE_DATE_EPOCH = "1694476800"
"""2023-09-12T00:00:00Z, the seed's date."""

OUTPUTS = {
    "seed.json": "json",
    "seed.csv": "csv",
    "seed.ics": "ics",
    "seed.tml": "timeml",
    "seed.jsonl": "jsonl",
    "seed.gcal.csv": "gcal-csv",
    "seed.outlook.csv": "outlook-csv",
    "seed.timelinejs.json": "timelinejs",
    "seed.timelinejs.csv": "timelinejs-csv",
    "seed.tilse.txt": "tilse",
    "seed.vl.json": "vega-lite",
}
"""Example file name -> ``--format``."""

PLOTS = {
    "seed-plot.svg": "svg",
    "seed-plot.png": "png",
}
"""Picture of the seed's timeline -> ``chrono plot --format`` (the PNG is the README's
screenshot). Their bytes depend on vl-convert's version and fonts, so the tests check that
they show the current timeline rather than compare bytes."""


@contextlib.contextmanager
def _at_root() -> Iterator[None]:
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(previous)


def command(fmt: str) -> list[str]:
    """The ``chrono`` arguments that produce the example in ``fmt``."""
    return ["export", SEED, "--format", fmt]


def plot_command(fmt: str) -> list[str]:
    """The ``chrono`` arguments that draw the seed's timeline in ``fmt``."""
    return ["plot", SEED, "--format", fmt, "-o", "-"]


def render_plots() -> dict[str, bytes]:
    """Draw every picture of :data:`PLOTS` and return file name -> bytes (nothing is written).

    Raises:
        RuntimeError: the CLI failed.
    """
    return _run(CliRunner(), {name: plot_command(fmt) for name, fmt in PLOTS.items()})


def render_examples() -> dict[str, bytes]:
    """Run the CLI for every example and return file name -> bytes (nothing is written).

    Raises:
        RuntimeError: the CLI failed.
    """
    # In-process rather than a subprocess per format: same command, a fraction of the time.
    runner = CliRunner(env={"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH})
    return _run(runner, {name: command(fmt) for name, fmt in OUTPUTS.items()})


def _run(runner: CliRunner, commands: dict[str, list[str]]) -> dict[str, bytes]:
    """Run each ``chrono`` command at the repository root; return file name -> its output.

    Raises:
        RuntimeError: the CLI failed.
    """
    outputs: dict[str, bytes] = {}
    with _at_root():
        for name, arguments in commands.items():
            result = runner.invoke(main, arguments, catch_exceptions=False)
            if result.exit_code != 0:
                raise RuntimeError(f"chrono {' '.join(arguments)} failed: {result.stderr}")
            outputs[name] = result.stdout_bytes
    return outputs


def write_examples() -> list[str]:
    """Write every example file that changed; return their names."""
    changed = []
    for name, data in {**render_examples(), **render_plots()}.items():
        path = EXAMPLES / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            changed.append(name)
    return changed


if __name__ == "__main__":
    written = write_examples()
    print("\n".join(f"wrote examples/{name}" for name in written) or "examples are up to date")
    sys.exit(0)
