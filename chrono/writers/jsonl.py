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

from chrono.model import Document, Event, Timeline
from chrono.writers import RenderOptions, register
from chrono.writers._common import replace_surrogates
from chrono.writers.json import event_object

# Line breaks for some readers that json.dumps(ensure_ascii=False) writes unescaped.
# json.dumps(record, ensure_ascii=False, separators=(",", ":")), without a new encoder per line.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
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
    documents: dict[str, Document] = {}
    for doc in timeline.documents:
        documents.setdefault(doc.id, doc)  # the first of a repeated id, as Timeline.document
    text = "".join([_line(documents, event) for event in timeline.events])
    # Both replacements only touch string literals, so the JSON syntax is kept; each maps one
    # character to a fixed string, so doing it once for all lines is the same as line by line.
    text = replace_surrogates(text)
    if "\x85" in text or "\u2028" in text or "\u2029" in text:
        # Checked first: translate() with a dict looks every character up, which costs more
        # than encoding the line.
        text = text.translate(_UNICODE_BREAKS)
    return text.encode("utf-8")


def _line(documents: dict[str, Document], event: Event) -> str:
    record: dict[str, Any] = event_object(event)
    doc = documents.get(event.document)
    if doc is None:
        record["document_source"], record["dct"] = None, None
    else:
        record["document_source"] = doc.source
        record["dct"] = None if doc.dct is None else doc.dct.isoformat()
    return _ENCODE(record) + "\n"
