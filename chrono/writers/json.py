"""The JSON writer (``--format json``), format version 2 as documented in FORMATS.md.

The output is one object with the keys ``format_version``, ``generator``, ``documents`` and
``events``, in that order. Documents list every mention; events list what sits on the timeline,
in timeline order. Each object keeps the documented keys first, in the documented order (for
events, since format version 2, ending with ``edtf``, the date in EDTF Level 0/1 such as
``199X`` or ``2019~``, and ``display_date``, the date in English such as "the 1990s" or
"c. 2019"; see ``chrono.writers._display``); events then carry four extra keys, always
present: ``source``, ``mention_text``, ``end_mention`` (the mention closing a range, else null)
and ``tz`` (the zone as the text named it, else null).

Bytes are deterministic: ``json.dumps(..., ensure_ascii=False, indent=2)``, a trailing newline,
UTF-8 without BOM. Lone surrogates, which UTF-8 cannot encode, become U+FFFD (one code point
for one, so offsets stay valid); every other character is written as is, or escaped by ``json``
when it is a control character.
"""

from __future__ import annotations

import json
from typing import Any

from chrono.model import Document, Event, Mention, Timeline
from chrono.writers import RenderOptions, register
from chrono.writers._common import format_instant, replace_surrogates
from chrono.writers._display import display_date, edtf

FORMAT_VERSION = 2
"""Bumped on any change to the layout below (2: events gain ``edtf`` and ``display_date``)."""


@register("json")
def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """Render a timeline as a JSON document.

    Args:
        timeline: the documents and events to write.
        options: only ``options.generator`` is used.

    Returns:
        UTF-8 JSON text ending in a newline.
    """
    payload = {
        "format_version": FORMAT_VERSION,
        "generator": options.generator,
        "documents": [_document(doc) for doc in timeline.documents],
        "events": [event_object(event) for event in timeline.events],
    }
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    # Surrogates only ever occur inside string literals, so replacing them in the dumped text
    # cannot break the JSON syntax.
    return replace_surrogates(text).encode("utf-8")


def _document(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source": doc.source,
        "dct": None if doc.dct is None else doc.dct.isoformat(),
        "dct_source": doc.dct_source.value,
        "language": doc.language,
        "mentions": [_mention(mention) for mention in doc.mentions],
    }


def _mention(mention: Mention) -> dict[str, Any]:
    return {
        "id": mention.id,
        "start": mention.span.start,
        "end": mention.span.end,
        "text": mention.text,
        "type": mention.type.value,
        "value": mention.value,
        "mod": None if mention.mod is None else mention.mod.value,
        "granularity": None if mention.granularity is None else mention.granularity.value,
        "anchor": mention.anchor.value,
    }


def event_object(event: Event) -> dict[str, Any]:
    """The JSON object of one event, keys in the documented order (shared with ``jsonl``).

    Args:
        event: the event.

    Returns:
        A dict ready for ``json.dumps`` (surrogates not yet replaced).
    """
    return {
        "id": event.id,
        "document": event.document,
        "mention": event.mention,
        "start": format_instant(event.start),
        "end": format_instant(event.end),
        "granularity": event.granularity.value,
        "value": event.value,
        "mod": None if event.mod is None else event.mod.value,
        "title": event.title,
        "sentence": event.sentence,
        "edtf": edtf(event),
        "display_date": display_date(event),
        # Extras, after the documented keys.
        "source": event.source,
        "mention_text": event.mention_text,
        "end_mention": event.end_mention,
        "tz": event.tz,
    }
