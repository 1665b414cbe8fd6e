"""Anchor the expressions of one document and turn the dated ones into events."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence

import attrs

from chrono.anchor import Context, Reference, Resolution, Unresolvable, resolve, type_for
from chrono.extract import Found
from chrono.extract.grammar import Grammar
from chrono.extract.spec import AnchorPolicy
from chrono.model import (
    DctSource,
    Document,
    Event,
    Genre,
    Granularity,
    Instant,
    Mention,
    Span,
    TimexType,
)
from chrono.text import Sentences, clause_title, flatten, split_sentences, tense_at

_COARSE_ORDER = list(Granularity)


@attrs.define
class _Item:
    found: Found
    resolution: Resolution
    mention: Mention


def _ranges(text: str, found: Sequence[Found], grammar: Grammar) -> dict[int, int]:
    """Pairs (index of first, index of second) of found expressions that form a range."""
    pairs: dict[int, int] = {}
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.spec.type is not TimexType.DATE or b.spec.type is not TimexType.DATE:
            continue
        if a.spec.literal is not None or b.spec.literal is not None:
            continue
        gap = text[a.span.end : b.span.start]
        if len(gap) > 12:
            continue
        if grammar.range_connector.fullmatch(gap):
            pairs[i] = i + 1
        elif grammar.range_paired.fullmatch(gap):
            before = text[max(0, a.span.start - 12) : a.span.start]
            if grammar.range_opener.search(before):
                pairs[i] = i + 1
    return pairs


def _complete_first_of_range(first: Found, second: Found) -> Found:
    """ "from March to May 2019": the first date borrows the year the second one gives."""
    s1, s2 = first.spec, second.spec
    partial = s1.year is None and s1.has_calendar_fields and s1.offset is None
    named = s1.decade is None and s1.century is None and s1.weekday is None
    if partial and named and s2.year is not None:
        return attrs.evolve(first, spec=attrs.evolve(s1, year=s2.year))
    return first


def _sort_key(value: Instant) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.astimezone(dt.UTC).replace(tzinfo=None)
        return value
    return dt.datetime(value.year, value.month, value.day)


def event_sort_key(event: Event) -> tuple[dt.datetime, dt.datetime, str, int]:
    """Chronological order: (start, end, document, offset)."""
    return (_sort_key(event.start), _sort_key(event.end), event.document, event.span.start)


def _event_id(doc: Document, value: str, mention_text: str, occurrence: int) -> str:
    """Stable across runs and machines, and across edits elsewhere in the document."""
    key = "\x00".join((doc.source or doc.id, doc.id, value, flatten(mention_text), str(occurrence)))
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def anchor_document(
    text: str,
    found: Sequence[Found],
    *,
    grammar: Grammar,
    doc_id: str,
    source: str,
    dct: dt.date | None,
    dct_source: DctSource,
    genre: Genre,
) -> tuple[Document, tuple[Event, ...]]:
    """Resolve every found expression and build the document and its events."""
    sentences = split_sentences(text) if found else None
    pairs = _ranges(text, found, grammar)
    found = list(found)
    for i, j in pairs.items():
        found[i] = _complete_first_of_range(found[i], found[j])
    items: list[_Item] = []
    previous: Reference | None = None
    quarter: Reference | None = None
    for item in found:
        assert sentences is not None
        sentence = sentences.at(item.span.start)
        # Prepositions ("by", "until") orient months and days, not weekdays: "by Wednesday" in
        # news is as often past as future.
        weekday = item.spec.weekday is not None and item.spec.month is None
        tense = tense_at(text, sentence, item.span, grammar, prepositions=not weekday)
        ctx = Context(dct=dct, previous=previous, genre=genre, tense=tense, quarter=quarter)
        try:
            res = resolve(item.spec, ctx)
        except Unresolvable:
            continue
        mention = Mention(
            id=f"{doc_id}.m{len(items) + 1}",
            span=item.span,
            text=item.text,
            type=type_for(item.spec, res),
            value=res.value,
            mod=res.mod,
            granularity=res.granularity,
            anchor=res.anchor,
            rule=item.spec.rule,
        )
        items.append(_Item(found=item, resolution=res, mention=mention))
        anaphoric = item.spec.anchor is AnchorPolicy.ANAPHORIC
        if item.spec.literal is None and res.reference is not None:
            # In news, "a year earlier" is read against the period under discussion and does
            # not replace it; in a narrative each new date moves the story on.
            if genre is Genre.NARRATIVE or not anaphoric:
                previous = res.reference
            comparison = item.spec.counted or item.spec.keep_reference_granularity
            if res.granularity is Granularity.QUARTER and not anaphoric and not comparison:
                quarter = res.reference
    doc = Document(
        id=doc_id,
        text=text,
        source=source,
        dct=dct,
        dct_source=dct_source,
        mentions=tuple(it.mention for it in items),
    )
    events = _events(doc, items, pairs, found, sentences)
    return doc, events


def _events(
    doc: Document,
    items: list[_Item],
    pairs: dict[int, int],
    found: list[Found],
    sentences: Sentences | None,
) -> tuple[Event, ...]:
    text = doc.text
    index_of = {id(f): i for i, f in enumerate(found)}
    by_found = {index_of.get(id(it.found), -1): it for it in items}
    consumed: set[int] = set()
    planned: list[tuple[_Item, _Item | None]] = []
    for k, it in sorted(by_found.items()):
        if k in consumed or it.resolution.interval is None:
            continue
        partner = by_found.get(pairs[k]) if k in pairs else None
        if partner is not None and partner.resolution.interval is not None:
            a0, _ = it.resolution.interval
            _, b1 = partner.resolution.interval
            if type(a0) is type(b1) and _sort_key(a0) < _sort_key(b1):
                consumed.add(pairs[k])
                planned.append((it, partner))
                continue
        planned.append((it, None))
    seen: Counter[tuple[str, str]] = Counter()
    events = []
    for first, second in planned:
        res = first.resolution
        assert sentences is not None and res.interval is not None
        start, end = res.interval
        span = first.mention.span
        value, granularity = res.value, res.granularity
        if second is not None:
            assert second.resolution.interval is not None
            end = second.resolution.interval[1]
            span = Span(start=span.start, end=second.mention.span.end)
            value = f"{res.value}/{second.resolution.value}"
            g2 = second.resolution.granularity
            if granularity is not None and g2 is not None:
                granularity = min(granularity, g2, key=_COARSE_ORDER.index)
        assert granularity is not None
        mention_text = text[span.start : span.end]
        key = (value, flatten(mention_text))
        seen[key] += 1
        sentence = sentences.at(span.start)
        events.append(
            Event(
                id=_event_id(doc, value, mention_text, seen[key]),
                document=doc.id,
                mention=first.mention.id,
                end_mention=second.mention.id if second is not None else None,
                start=start,
                end=end,
                granularity=granularity,
                value=value,
                mod=res.mod,
                title=clause_title(text, sentence, span),
                sentence=flatten(text[sentence.start : sentence.end]),
                span=span,
                source=doc.source,
                mention_text=mention_text,
                tz=res.tz,
            )
        )
    return tuple(events)
