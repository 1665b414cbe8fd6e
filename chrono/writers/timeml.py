"""TimeML 1.2: each document's text with its mentions tagged inline as TIMEX3.

The output is UTF-8 XML. One document gives one ``<TimeML>`` root, the shape every TimeML tool
(and :func:`chrono.timeml.read_timeml`) reads; any other number of documents gives a
``<TimeMLCollection>`` root holding one ``<TimeML>`` per document, in timeline order.

Each ``<TimeML>`` has ``<DOCID>``, ``<DCT>`` (only when the document has a creation date, as
TIMEX3 ``t0``) and ``<TEXT>``. Mentions get ids ``t1``, ``t2``... in text order. Inline tags
cannot cross, so a mention that overlaps an earlier-starting (or, at the same start, a longer)
mention is left out, and so is an empty one. Text round-trips exactly through an XML parser:
carriage returns are written as ``&#13;``, and the characters XML 1.0 forbids (most C0
controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, one for one, so offsets are kept.

Events are not written: TimeML's EVENT tags are for event *mentions*, which chrono does not find.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from chrono.model import AnchorKind, Document, Mention, Timeline
from chrono.writers import RenderOptions, register

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_ENTITIES = {"\r": "&#13;"}
_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'


@register("timeml")
def render(timeline: Timeline, options: RenderOptions) -> bytes:
    """Render the timeline's documents and mentions as TimeML.

    Args:
        timeline: the documents to write (its events are not used).
        options: unused; TimeML has no place for a generator name.

    Returns:
        UTF-8 encoded, well-formed XML ending with a newline.
    """
    docs = [_document(doc) for doc in timeline.documents]
    if len(docs) == 1:
        body = docs[0]
    else:
        body = "<TimeMLCollection>\n" + "".join(docs) + "</TimeMLCollection>\n"
    return (_HEADER + body).encode("utf-8")


def _document(doc: Document) -> str:
    parts = ["<TimeML>\n", f"<DOCID>{_text(doc.id)}</DOCID>\n"]
    if doc.dct is not None:
        iso = doc.dct.isoformat()
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{iso}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{iso}</TIMEX3></DCT>\n'
        )
    parts.append("<TEXT>")
    pos = 0
    for n, mention in enumerate(_inline(doc.mentions), start=1):
        start, end = mention.span.start, mention.span.end
        parts.append(_text(doc.text[pos:start]))
        parts.append(_open_tag(mention, f"t{n}", has_dct=doc.dct is not None))
        parts.append(_text(doc.text[start:end]))
        parts.append("</TIMEX3>")
        pos = end
    parts.append(_text(doc.text[pos:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def _inline(mentions: tuple[Mention, ...]) -> list[Mention]:
    """The mentions that can be tagged inline: in text order, none overlapping another."""
    kept: list[Mention] = []
    last_end = 0
    for mention in sorted(mentions, key=lambda m: (m.span.start, -m.span.end, m.id)):
        if mention.span.start >= last_end and len(mention.span):
            kept.append(mention)
            last_end = mention.span.end
    return kept


def _open_tag(mention: Mention, tid: str, *, has_dct: bool) -> str:
    attrs = {"tid": tid, "type": mention.type.value, "value": mention.value}
    if mention.mod is not None:
        attrs["mod"] = mention.mod.value
    relative = mention.anchor in (AnchorKind.DCT, AnchorKind.PREVIOUS)
    attrs["temporalFunction"] = "true" if relative else "false"
    attrs["functionInDocument"] = "NONE"
    if mention.anchor is AnchorKind.DCT and has_dct:
        attrs["anchorTimeID"] = "t0"
    rendered = " ".join(f"{name}={_attr(value)}" for name, value in attrs.items())
    return f"<TIMEX3 {rendered}>"


def _text(value: str) -> str:
    return escape(_INVALID_XML.sub("\ufffd", value), _TEXT_ENTITIES)


def _attr(value: str) -> str:
    # quoteattr already writes \n, \r and \t as character references, so they survive parsing.
    return quoteattr(_INVALID_XML.sub("\ufffd", value))
