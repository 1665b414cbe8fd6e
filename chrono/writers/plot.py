"""The picture of a timeline (``chrono plot``): SVG, PNG or one self-contained HTML page.

The chart is the Vega-Lite specification of :mod:`chrono.writers.vegalite`, rendered by
vl-convert (``pip install 'chrono[plot]'``), which runs Vega in-process with its own fonts: no
browser, no network. The output is deterministic for one version of vl-convert.

- ``svg``: the chart as SVG 1.1 (text as ``<text>``, in Liberation Sans, metric-compatible with
  Arial, so a viewer without it keeps the layout).
- ``png``: the chart at twice its CSS size (for sharp text on high-density screens).
- ``html``: one UTF-8 file that needs nothing else: the SVG inlined (no script, no CDN, no
  font download), then a table of the events in timeline order: date, title, the sentence
  with the dating expression marked, and the source with the expression's offsets. Each row's
  ``id`` is the event id, so ``page.html#<event id>`` points at it (and highlights it). All
  text is HTML-escaped; control characters and lone surrogates become U+FFFD.
"""

from __future__ import annotations

import html
import os
import re

from chrono.errors import OptionError
from chrono.model import Event, Timeline
from chrono.writers import RenderOptions
from chrono.writers._common import replace_surrogates
from chrono.writers._display import display_date

PLOT_FORMATS = ("svg", "png", "html")
"""The formats ``render_plot`` writes."""

PNG_SCALE = 2.0
"""Pixels per CSS pixel in PNG output."""

_EXTENSIONS = {".svg": "svg", ".png": "png", ".html": "html", ".htm": "html"}
# Characters HTML text should not carry (C0 but tab, LF, CR; DEL; C1): U+FFFD instead.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_WHITESPACE = re.compile(r"\s+")

_STYLE = """
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; margin: 1.5rem;
       color: #222; background: #fff; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
p.summary { margin: 0 0 1rem; color: #555; }
figure { margin: 0 0 1.5rem; overflow-x: auto; }
figure svg { max-width: none; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem;
         border-bottom: 1px solid #ddd; }
th { background: #f3f3f3; position: sticky; top: 0; }
td.date { white-space: nowrap; font-weight: bold; }
td.source { white-space: nowrap; color: #555; }
td.source code { font-size: .85em; }
tr:target { background: #fff3bf; }
tr.approximate td.date { font-style: italic; color: #666; }
mark { background: #ffe58a; padding: 0 .1em; }
""".strip()


def plot_format(path: str, fmt: str | None = None) -> str:
    """The picture format to write: ``fmt`` if given, else the one named by the file extension.

    Args:
        path: the output path (``.svg``, ``.png``, ``.html`` or ``.htm``), or ``-``.
        fmt: an explicit format, one of :data:`PLOT_FORMATS`, or None.

    Returns:
        ``svg``, ``png`` or ``html``.

    Raises:
        OptionError: ``fmt`` is unknown, or it is None and the extension names no format.
    """
    if fmt is not None:
        if fmt not in PLOT_FORMATS:
            raise OptionError(
                f"unknown picture format {fmt!r} (choose from {', '.join(PLOT_FORMATS)})"
            )
        return fmt
    extension = os.path.splitext(path)[1].lower()
    if extension not in _EXTENSIONS:
        raise OptionError(
            f"cannot tell the picture format of {path!r}: name the file .svg, .png or .html, "
            "or pass --format"
        )
    return _EXTENSIONS[extension]


def render_plot(timeline: Timeline, fmt: str, options: RenderOptions) -> bytes:
    """Draw a timeline as SVG, PNG or a self-contained HTML page.

    Args:
        timeline: the documents and events to draw.
        fmt: ``svg``, ``png`` or ``html``.
        options: ``calendar_name`` titles the chart and the page.

    Returns:
        The file's bytes.

    Raises:
        OptionError: ``fmt`` is unknown, or vl-convert is not installed.
    """
    fmt = plot_format("", fmt)
    try:
        import vl_convert as vlc
    except ImportError:
        raise OptionError(
            "drawing a timeline needs vl-convert-python: pip install 'chrono[plot]'"
        ) from None
    # Imported here: the CLI imports this module for PLOT_FORMATS, on every command.
    from chrono.writers.vegalite import spec

    chart = spec(timeline, options)
    version = _vegalite_version(vlc.get_vegalite_versions())
    if fmt == "png":
        png: bytes = vlc.vegalite_to_png(chart, vl_version=version, scale=PNG_SCALE)
        return png
    svg: str = vlc.vegalite_to_svg(chart, vl_version=version)
    if fmt == "svg":
        return svg.encode("utf-8")
    return html_page(timeline, svg, options).encode("utf-8")


def html_page(timeline: Timeline, svg: str, options: RenderOptions) -> str:
    """The HTML page: a title, the chart (``svg``, inlined as it is) and the table of events.

    Args:
        timeline: the documents and events.
        svg: the chart, as SVG markup (trusted: vl-convert escapes the text it draws).
        options: ``calendar_name`` titles the page, ``generator`` is named in its head.

    Returns:
        The page, an HTML5 document.
    """
    name = _text(options.calendar_name) or "chrono timeline"
    count = len(timeline.events)
    documents = len(timeline.documents)
    summary = (
        f"{count} dated event{'s' * (count != 1)} from {documents} "
        f"document{'s' * (documents != 1)}."
    )
    rows = "\n".join(_row(timeline, event) for event in timeline.events)
    table = (
        '<table id="events">\n<thead><tr><th scope="col">Date</th><th scope="col">Event</th>'
        '<th scope="col">Sentence</th><th scope="col">Source</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table>"
        if count
        else '<p class="empty">No dated events.</p>'
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{_text(options.generator)}">\n'
        f"<title>{name}</title>\n<style>\n{_STYLE}\n</style>\n</head>\n<body>\n"
        f'<h1>{name}</h1>\n<p class="summary">{summary}</p>\n'
        f'<figure id="chart">\n{svg}\n</figure>\n{table}\n</body>\n</html>\n'
    )


def _row(timeline: Timeline, event: Event) -> str:
    source = event.source or _document_source(timeline, event.document) or event.document
    offsets = f"[{event.span.start}:{event.span.end}]"
    css = ' class="approximate"' if event.mod is not None else ""
    return (
        f'<tr id="{_text(event.id)}"{css}>'
        f'<td class="date">{_text(display_date(event))}</td>'
        f"<td>{_text(event.title)}</td>"
        f"<td>{_marked(event.sentence, event.mention_text, _before(timeline, event))}</td>"
        f'<td class="source">{_text(source)} <code>{offsets}</code></td></tr>'
    )


def _marked(sentence: str, mention: str, before: str) -> str:
    """The sentence, escaped, with the dating expression marked.

    When the expression occurs more than once in the sentence, the occurrence meant is the
    one whose preceding part of the sentence ends the document text before the mention
    (``before``), compared with whitespace runs collapsed (sentences are flattened); else the
    first one.
    """
    if not mention:
        return _text(sentence)
    found = [m.start() for m in re.finditer(re.escape(mention), sentence)]
    if not found:
        return _text(sentence)
    tail = _WHITESPACE.sub(" ", before[-len(sentence) * 2 - 16 :])
    at = next(
        (k for k in found if tail.endswith(_WHITESPACE.sub(" ", sentence[:k]))),
        found[0],
    )
    end = at + len(mention)
    return f"{_text(sentence[:at])}<mark>{_text(mention)}</mark>{_text(sentence[end:])}"


def _before(timeline: Timeline, event: Event) -> str:
    """The document text before the dating expression ("" when the document is unknown)."""
    try:
        return timeline.document(event.document).text[: event.span.start]
    except KeyError:
        return ""


def _text(text: str) -> str:
    """Escape text for HTML (content and quoted attributes alike)."""
    return html.escape(_CONTROL.sub("\ufffd", replace_surrogates(text)), quote=True)


def _document_source(timeline: Timeline, doc_id: str) -> str:
    try:
        return timeline.document(doc_id).source
    except KeyError:
        return ""


def _vegalite_version(available: list[str]) -> str | None:
    """The newest Vega-Lite 5 that vl-convert bundles (the specification's ``$schema``)."""
    fives = [v for v in available if v.split(".")[0].lstrip("v") == "5"]
    if not fives:
        return None
    return max(fives, key=lambda v: tuple(int(part) for part in v.lstrip("v").split(".")))
