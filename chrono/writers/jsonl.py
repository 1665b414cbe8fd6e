"""The JSON Lines writer (``--format jsonl``): one event per line, for pandas, DuckDB and streams.

Each line is one JSON object: the keys of a JSON event (``chrono.writers.json``, format version
2), in the same order, then ``document_source`` (the path of the event's document) and ``dct``
(its creation date, ``YYYY-MM-DD``, or null), so that a line stands on its own. Lines follow the
timeline order and each ends in ``\\n``, the last one too; there is no blank line, no header and
no BOM, and an empty timeline gives an empty file.

Because a line depends only on its event and the event's document, the output is
concatenable: rendering two timelines and joining the bytes gives what rendering them together
gives, when the events of the first all come before those of the second.

Objects are compact (``separators=(",", ":")``), UTF-8, non-ASCII written as is. ``json``
escapes control characters, so no line break appears inside a line; U+0085, U+2028 and U+2029,
which some readers (Python's ``str.splitlines``, JavaScript before ES2019) take for line breaks,
are escaped too. Lone surrogates become U+FFFD.
"""

from __future__ import annotations

import json
from typing import Any

from chrono.model import Event, Timeline
from chrono.writers import RenderOptions, register
from chrono.writers._common import replace_surrogates
from chrono.writers.json import event_object

# Line breaks for some readers that json.dumps(ensure_ascii=False) writes unescaped.
_UNICODE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


@register("jsonl")
def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """Render a timeline's events as JSON Lines.

    Args:
        timeline: the events to write, and the documents they come from.
        options: unused; accepted for the writer contract.

    Returns:
        UTF-8 text, one JSON object per event, each line ending in a newline.
    """
    lines = [_line(timeline, event) for event in timeline.events]
    return "".join(lines).encode("utf-8")


def _line(timeline: Timeline, event: Event) -> str:
    record: dict[str, Any] = event_object(event)
    try:
        doc = timeline.document(event.document)
    except KeyError:
        record["document_source"], record["dct"] = None, None
    else:
        record["document_source"] = doc.source
        record["dct"] = None if doc.dct is None else doc.dct.isoformat()
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    # Both replacements only touch string literals, so the JSON syntax is kept.
    return replace_surrogates(text).translate(_UNICODE_BREAKS) + "\n"
