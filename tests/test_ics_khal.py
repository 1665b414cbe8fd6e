"""A real calendar client imports chrono's iCalendar files: khal, into a local vdir calendar.

khal is a terminal calendar (CalDAV/vdir, on PyPI). The test writes a khal configuration in a
temporary folder, runs ``khal import --batch`` on a rendered file, then ``khal list`` on the
days the events should fall on, and reads what khal prints. It is skipped only when khal is not
installed (it is in the ``test`` extra).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from strategies import make_event, make_timeline

from chrono.model import Granularity, Timeline
from chrono.writers import RenderOptions
from chrono.writers.ics import render

EDT = dt.timezone(dt.timedelta(hours=-4))


def khal_command() -> str | None:
    """The khal beside this Python (the test virtualenv), else the one on PATH."""
    beside = Path(sys.executable).parent / "khal"
    return str(beside) if beside.exists() else shutil.which("khal")


KHAL = khal_command()
pytestmark = pytest.mark.skipif(KHAL is None, reason="khal is not installed")

CONFIG = """\
[calendars]
[[chrono]]
path = {vdir}
type = calendar

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/Berlin
default_timezone = Europe/Berlin

[sqlite]
path = {db}
"""


class Khal:
    """khal with its own configuration, calendar folder and database under ``root``."""

    def __init__(self, root: Path) -> None:
        self.vdir = root / "calendar"
        self.vdir.mkdir()
        self.config = root / "khal.conf"
        self.config.write_text(CONFIG.format(vdir=self.vdir, db=root / "khal.db"))
        self.env = {
            **os.environ,
            "HOME": str(root),
            "XDG_CONFIG_HOME": str(root / "config"),
            "XDG_DATA_HOME": str(root / "data"),
            "TZ": "Europe/Berlin",
        }

    def run(self, *args: str) -> str:
        assert KHAL is not None
        done = subprocess.run(
            [KHAL, "-c", str(self.config), *args],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def import_file(self, path: Path) -> None:
        self.run("import", "--batch", "-a", "chrono", str(path))

    def days(self, *args: str) -> dict[str, list[str]]:
        """``khal list ARGS`` as day -> the events listed under it ("start|end|title")."""
        out = self.run(
            "list", "--day-format", "DAY {date}", "--format", "{start}|{end}|{title}", *args
        )
        listed: dict[str, list[str]] = {}
        day = ""
        for line in out.splitlines():
            if line.startswith("DAY "):
                day = line[4:]
                listed[day] = []
            elif line.strip():
                listed[day].append(line)
        return listed


def timeline(title: str = "The bridge opened") -> Timeline:
    """An all-day event, a time in EDT, a weekly set, and a year."""
    meeting = dt.datetime(2013, 3, 22, 15, 30, tzinfo=EDT)
    return make_timeline(
        make_event(id="d1.e1", title=title),
        make_event(
            id="d1.e2",
            start=meeting,
            end=meeting + dt.timedelta(minutes=1),
            granularity=Granularity.MINUTE,
            tz="EDT",
            title="The meeting ended",
        ),
        make_event(
            id="d1.e3",
            start=dt.date(2023, 3, 6),
            end=dt.date(2023, 3, 7),
            recurrence="FREQ=WEEKLY;BYDAY=MO",
            title="The market opens",
        ),
        make_event(
            id="d1.e4",
            start=dt.date(2019, 1, 1),
            end=dt.date(2020, 1, 1),
            granularity=Granularity.YEAR,
            title="Work had begun",
        ),
    )


def test_khal_imports_every_event_on_the_right_days(tmp_path: Path) -> None:
    """khal puts all-day, zoned and weekly events on their days, at the text's time, and a
    re-import of an updated file updates the events instead of adding copies."""
    khal = Khal(tmp_path)
    path = tmp_path / "timeline.ics"
    path.write_bytes(render(timeline("First title"), RenderOptions(calendar_name="seed")))
    khal.import_file(path)
    path.write_bytes(render(timeline(), RenderOptions(calendar_name="seed")))
    khal.import_file(path)
    assert len(list(khal.vdir.glob("*.ics"))) == 4  # one per UID: updated, not duplicated

    spring = khal.days("2023-03-12", "2023-09-13")
    mondays = [day for day, events in spring.items() if "The market opens" in str(events)]
    assert mondays[:3] == ["2023-03-13", "2023-03-20", "2023-03-27"]
    assert all(dt.date.fromisoformat(day).weekday() == 0 for day in mondays)
    assert len(mondays) == 27  # every Monday from March 13 to September 11
    bridge = [day for day, events in spring.items() if "The bridge opened" in str(events)]
    assert bridge == ["2023-09-12"]  # DTEND is exclusive: not on the 13th
    assert "First title" not in str(spring)

    once = khal.days("--once", "2013-03-22", "2019-06-01")
    # 15:30 EDT is 20:30 in Berlin (CET, +01:00, on March 22, 2013): the TZID was understood.
    assert once["2013-03-22"] == ["2013-03-22 20:30|2013-03-22 20:31|The meeting ended"]
    assert ["2019-01-01|2019-12-31|2019: Work had begun"] in once.values()
