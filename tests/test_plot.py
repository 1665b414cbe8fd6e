"""``chrono plot``: the timeline drawn as SVG, PNG or one self-contained HTML page.

The HTML page is loaded in Debian's headless Chromium (skipped when /usr/bin/chromium is
missing; ``.ci/run`` installs it), and a screenshot is saved under ``tests/artifacts/``.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import struct
import subprocess
import sys
import types
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from strategies import example_timeline, make_event, make_timeline

from chrono.cli import main
from chrono.errors import OptionError
from chrono.model import Document, Span, Timeline
from chrono.writers import RenderOptions
from chrono.writers.plot import PLOT_FORMATS, plot_format, render_plot
from chrono.writers.vegalite import spec

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
SEED = "seeds/000_6fc72e7ce6816498.txt"

# The flags of the machine documentation: no sandbox (root), no GPU, and nothing that would
# try the network, which is closed here.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)

HOSTILE = '<script>alert("x")</script> & <b>bold</b>'


def plot(timeline: Timeline, fmt: str, name: str = "Test timeline") -> bytes:
    return render_plot(timeline, fmt, RenderOptions(calendar_name=name, generator="chrono 9.9"))


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, from its IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def labels(timeline: Timeline, name: str = "Test timeline") -> list[str]:
    """The labels the chart draws for the events."""
    values = spec(timeline, RenderOptions(calendar_name=name))["data"]["values"]
    return [value["label"] for value in values]


class Page(HTMLParser):
    """What a browser would fetch or run, and the table rows, from an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.fetches: list[str] = []
        self.scripts = 0
        self.rows: list[str] = []
        self.in_row: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for name in ("src", "href", "xlink:href", "data"):
            value = found.get(name)
            if value and not value.startswith("#"):
                self.fetches.append(value)
        if tag == "link":
            self.fetches.append(str(found.get("href")))
        if tag == "tr" and found.get("id"):
            self.rows.append(str(found["id"]))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_page(data: bytes) -> Page:
    page = Page()
    page.feed(data.decode("utf-8"))
    return page


def test_format_comes_from_the_extension_or_the_option() -> None:
    """.svg, .png, .html and .htm name their format; --format wins; others are errors."""
    assert [plot_format(f"t.{ext}") for ext in ("svg", "PNG", "html", "htm")] == [
        "svg",
        "png",
        "html",
        "html",
    ]
    assert plot_format("t.svg", "png") == "png"
    assert plot_format("-", "html") == "html"
    with pytest.raises(OptionError, match="picture format"):
        plot_format("timeline.txt")
    with pytest.raises(OptionError, match="unknown picture format"):
        plot_format("t.svg", "gif")
    assert PLOT_FORMATS == ("svg", "png", "html")


def test_svg_draws_every_event_label_and_the_title() -> None:
    """The SVG holds each event's label (escaped) and the chart title."""
    timeline = example_timeline()
    svg = plot(timeline, "svg").decode("utf-8")
    assert svg.startswith("<svg")
    for label in labels(timeline):
        assert f">{html.escape(label, quote=False)}</text>" in svg
    assert ">Test timeline</text>" in svg


def test_svg_escapes_hostile_text() -> None:
    """Markup in a title is drawn as text, never as SVG elements."""
    svg = plot(make_timeline(make_event(title=HOSTILE)), "svg").decode("utf-8")
    assert "<script" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg


def test_png_is_a_picture_at_twice_the_css_size() -> None:
    """The PNG has the chart's size times two (sharp on high-density screens)."""
    timeline = example_timeline()
    svg = plot(timeline, "svg").decode("utf-8")
    width = int(re.search(r'width="(\d+)"', svg)[1])  # type: ignore[index]
    height = int(re.search(r'height="(\d+)"', svg)[1])  # type: ignore[index]
    assert png_size(plot(timeline, "png")) == (2 * width, 2 * height)


def test_html_is_one_self_contained_page_with_a_table_of_events() -> None:
    """The page needs nothing else: no script, no stylesheet or image to fetch, the chart
    inlined, and one table row per event, in timeline order, id'd by event id."""
    timeline = example_timeline()
    data = plot(timeline, "html")
    page = parse_page(data)
    assert page.scripts == 0
    assert page.fetches == []
    assert b"url(" not in data and b"@import" not in data
    assert data.count(b"<svg") == 1
    assert page.rows == [event.id for event in timeline.events]
    text = "".join(page.text)
    for event in timeline.events:
        assert event.title in text
        assert event.sentence in text
    assert "seeds/a.txt [21:39]" in text
    assert "<mark>September 12, 2023</mark>" in data.decode()


def test_html_escapes_every_text() -> None:
    """Titles, sentences, sources and the page title are escaped: no markup gets through."""
    hostile = make_event(
        title=HOSTILE, sentence=f"{HOSTILE} on September 12, 2023.", source=HOSTILE
    )
    data = plot(make_timeline(hostile), "html", name=HOSTILE).decode("utf-8")
    assert "<script" not in data and "<b>" not in data
    page = parse_page(data.encode())
    assert page.scripts == 0
    assert HOSTILE in "".join(page.text)


def test_html_marks_the_occurrence_of_the_mention_the_offsets_point_at() -> None:
    """When the dating expression occurs twice in its sentence, the one at the event's
    offsets is marked."""
    text = "In 2019 they met, and in 2019 they parted."
    second = text.rindex("2019")
    timeline = Timeline(
        documents=[Document(id="d1", text=text, source="a.txt")],
        events=[
            make_event(sentence=text, mention_text="2019", span=Span(start=second, end=second + 4))
        ],
    )
    data = plot(timeline, "html").decode()
    assert "In 2019 they met, and in <mark>2019</mark> they parted." in data


def test_empty_timeline_draws_a_chart_and_says_so() -> None:
    """No events: every format still works, and the page says there is nothing."""
    for fmt in PLOT_FORMATS:
        assert plot(Timeline(), fmt)
    assert b"No dated events." in plot(Timeline(), "html")


def test_without_vl_convert_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """When vl-convert is missing, the error names the extra to install."""
    monkeypatch.setitem(sys.modules, "vl_convert", None)
    with pytest.raises(OptionError, match=r"chrono\[plot\]"):
        plot(example_timeline(), "svg")


def test_cli_writes_the_format_of_the_extension(tmp_path: Path) -> None:
    """chrono plot INPUT -o FILE writes SVG, PNG or HTML by the file's extension."""
    runner = CliRunner()
    for fmt in PLOT_FORMATS:
        out = tmp_path / f"timeline.{fmt}"
        result = runner.invoke(main, ["plot", str(ROOT / SEED), "-o", str(out)])
        assert result.exit_code == 0, result.output
        head = out.read_bytes()[:16]
        assert head.startswith({"svg": b"<svg", "png": b"\x89PNG", "html": b"<!DOCTYPE html>"}[fmt])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "timeline.txt"], "picture format"),
        (["-o", "-"], "picture format"),
        (["-o", "t.svg", "--reference-date", "2023-13-45"], ""),
        (["-o", "missing/dir/t.svg"], ""),
    ],
)
def test_cli_usage_errors_exit_2_and_write_nothing(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bad output name or option is one line on stderr, exit 2, no file."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["plot", str(ROOT / SEED), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_writes_to_stdout_with_format(tmp_path: Path) -> None:
    """-o - with --format writes the picture to standard output."""
    result = CliRunner().invoke(main, ["plot", str(ROOT / SEED), "-o", "-", "--format", "svg"])
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"<svg")


def load_regenerate() -> types.ModuleType:
    path = ROOT / "examples" / "regenerate.py"
    module_spec = importlib.util.spec_from_file_location("regenerate", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


def test_committed_seed_plot_shows_the_current_timeline() -> None:
    """examples/seed-plot.svg and .png are what `python examples/regenerate.py` draws now:
    the SVG holds every current label, and the PNG has the current size (the pixels depend
    on vl-convert's version and fonts, so they are not compared)."""
    regenerate = load_regenerate()
    fresh = regenerate.render_plots()
    assert set(fresh) == {"seed-plot.svg", "seed-plot.png"}
    committed_svg = (ROOT / "examples" / "seed-plot.svg").read_text(encoding="utf-8")
    seed = json.loads((ROOT / "examples" / "seed.vl.json").read_text(encoding="utf-8"))
    for value in seed["data"]["values"]:
        assert f">{html.escape(value['label'], quote=False)}</text>" in committed_svg, (
            "examples/seed-plot.svg is stale: run `python examples/regenerate.py`"
        )
    committed_png = (ROOT / "examples" / "seed-plot.png").read_bytes()
    assert png_size(committed_png) == png_size(fresh["seed-plot.png"]), (
        "examples/seed-plot.png is stale: run `python examples/regenerate.py`"
    )


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
def test_html_page_renders_in_headless_chromium(tmp_path: Path) -> None:
    """Chromium loads the page from file:// with the network closed, renders the chart and
    the table (every title is in the DOM), and a screenshot is saved under tests/artifacts."""
    runner = CliRunner()
    page = tmp_path / "seed.html"
    result = runner.invoke(main, ["plot", str(ROOT / SEED), "-o", str(page)])
    assert result.exit_code == 0, result.output
    url = page.resolve().as_uri()
    profile = tmp_path / "profile"

    def chromium(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, url],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    dom = chromium("--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    exported = runner.invoke(main, ["export", str(ROOT / SEED), "--format", "vega-lite"])
    rendered = json.loads(exported.stdout)
    for value in rendered["data"]["values"]:
        assert html.escape(value["title"], quote=False) in dom.stdout
        assert html.escape(value["label"], quote=False) in dom.stdout  # drawn in the chart
    assert dom.stdout.count("<tr id=") == len(rendered["data"]["values"])
    assert "<svg" in dom.stdout

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "plot-seed.png"
    shot.unlink(missing_ok=True)
    done = chromium("--window-size=1280,1100", f"--screenshot={shot}")
    assert done.returncode == 0, done.stderr[-2000:]
    width, height = png_size(shot.read_bytes())
    assert (width, height) == (1280, 1100)
