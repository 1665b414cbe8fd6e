"""TimeML reading and TempEval-3 scoring.

Three layers, each usable alone:

* :func:`read_timeml` / :func:`parse_timeml` turn a TimeML 1.2 file into a :class:`GoldDocument`:
  the raw text of ``<TEXT>`` (every tag stripped, entities unescaped), its creation date and
  its TIMEX3 annotations with offsets into that raw text.
* :func:`score` compares gold TIMEX3s with predicted :class:`~chrono.model.Mention` objects the
  way TempEval-3 does (strict and relaxed span P/R/F1, type and value accuracy over relaxed
  matches, micro-averaged over documents) and :func:`errors` lists what went wrong.
* :func:`evaluate` runs chrono (or an injected extractor) over ``.tml`` files and does both.

The raw text is what a conforming XML parser reports: XML normalizes line ends, so a ``\\r\\n``
in the file is one ``\\n`` in the text. TempEval-3's data has no carriage return inside ``<TEXT>``.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import operator
import os
import pyexpat
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

from chrono.errors import InputError
from chrono.model import Mention, Mod, Span, TimexType

__all__ = [
    "DocumentResult",
    "ErrorKind",
    "EvalResult",
    "GoldDocument",
    "GoldTimex",
    "Mismatch",
    "Scores",
    "TypeScores",
    "errors",
    "evaluate",
    "format_errors_text",
    "parse_timeml",
    "read_timeml",
    "score",
    "tml_files",
]

Extractor = Callable[["GoldDocument"], Sequence[Mention]]
"""What :func:`evaluate` calls per document to get the predicted mentions."""

_DCT_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T|$)")

_CONTEXT = 30
"""Characters shown on each side of an expression in error listings (about 60 in all)."""


# --------------------------------------------------------------------------- reading


@frozen(kw_only=True)
class GoldTimex:
    """One hand-annotated TIMEX3 of a TimeML document."""

    span: Span
    type: TimexType
    value: str
    mod: Mod | None = None
    text: str
    tid: str = ""


@frozen(kw_only=True)
class GoldDocument:
    """A TimeML document: raw text, creation date and gold TIMEX3s (in text order)."""

    doc_id: str
    path: Path | None
    dct: dt.date | None
    text: str
    timexes: tuple[GoldTimex, ...] = ()


def read_timeml(source: str | Path, *, timexes: bool = True) -> GoldDocument:
    """Read a TimeML file.

    Args:
        source: path of a ``.tml`` file.
        timexes: False: skip the gold TIMEX3s of ``<TEXT>`` (see :func:`parse_timeml`).

    Returns:
        The document; its id is the ``<DOCID>`` if there is one, else the file name's stem.

    Raises:
        InputError: the file cannot be read or is not TimeML with a ``<TEXT>`` element.
    """
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return parse_timeml(data, path=path, timexes=timexes)


def parse_timeml(
    data: str | bytes, *, path: Path | None = None, timexes: bool = True
) -> GoldDocument:
    """Parse TimeML given as a string or as bytes (bytes honour the XML encoding declaration).

    Args:
        data: the XML document.
        path: where it came from, for messages and :attr:`GoldDocument.path`.
        timexes: False: leave the gold TIMEX3s of ``<TEXT>`` out (:attr:`GoldDocument.timexes`
            is empty, and their attributes are not checked), for a reader that wants only the
            text, the DCT and the id (an export); the rest of the document is the same.

    Returns:
        The document; without ``<DOCID>`` its id is ``path.stem`` (or ``""``).

    Raises:
        InputError: not well-formed XML, no single ``<TEXT>``, or a TIMEX3 with a bad
            ``type``, ``mod`` or missing ``value`` (``timexes`` only), or an unreadable DCT.
    """
    where = str(path) if path is not None else "<timeml>"
    try:
        return _parse_events(data, path, where, timexes)
    except Exception:
        # What one pass does not read (bad XML, a DOCTYPE, a bad TIMEX3...), the tree parser
        # reads again: it defines the result, and the error.
        return _parse_tree(data, path, where, timexes)


def _document(
    path: Path | None, doc_id: str, dct: dt.date | None, raw: str, timexes: list[GoldTimex]
) -> GoldDocument:
    if not doc_id and path is not None:
        doc_id = path.stem
    return GoldDocument(
        doc_id=doc_id,
        path=path,
        dct=dct,
        text=raw,
        # An empty TIMEX3 marks a time the text does not mention: nothing can find it.
        timexes=tuple(t for t in timexes if len(t.span)),
    )


# ----------------------------------------------------------------- one pass over expat's events


class _Unusual(Exception):
    """What :class:`_Events` leaves to the tree parser (a DOCTYPE, a second ``<TEXT>``)."""


class _Events:
    """What :func:`parse_timeml` reads, gathered from expat's events as they come.

    Building the tree costs as much as extracting the text: a TempEval file is mostly EVENT,
    MAKEINSTANCE and TLINK elements, and only the TEXT's character data and TIMEX3s matter
    among them. The result is that of :func:`_parse_tree`: the TEXT's character data in
    document order (what walking the tree joins), a TIMEX3 inside it spanning the data between
    its tags, the first DOCID's leading text, the ``value`` of the first TIMEX3 in the first
    DCT. Handlers are set only while they are needed: once the TEXT, DOCID and DCT are read,
    expat goes on alone (a start handler would cost as much as the parse: expat builds every
    tag's attributes for it), and the bytes left are searched for a second TEXT instead.
    """

    def __init__(self, parser: pyexpat.XMLParserType, gold: bool) -> None:
        self.parser = parser
        self.gold = gold  # whether the TEXT's TIMEX3s are gathered
        self.rest = -1  # where the bytes left to search for a second TEXT start
        self.pieces: list[str] = []  # the TEXT's character data
        self.in_text = self.text_done = False
        self.open: list[tuple[dict[str, str], int]] = []  # TEXT's TIMEX3s not yet ended
        self.timexes: list[tuple[dict[str, str], int, int]] = []  # by pieces, in end order
        self.docid: list[str] | None = None  # the first DOCID's text, while it is read
        self.doc_id: str | None = None
        self.dct_depth = 0  # DCT elements open, within the first DCT, until its TIMEX3
        self.dct_done = False
        self.dct_value: str | None = None
        parser.buffer_text = True
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.StartDoctypeDeclHandler = _doctype
        parser.XmlDeclHandler = self.declaration

    def declaration(self, version: str, encoding: str | None, standalone: int) -> None:
        if encoding is not None and encoding.lower() not in _ASCII_NAMES:
            raise _Unusual(encoding)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        # expat hands over the buffered character data before calling this.
        if self.docid is not None:
            self.end_docid()
        local = name.rpartition("}")[2]
        if local == "TIMEX3":
            if self.in_text and self.gold:
                self.open.append((attrs, len(self.pieces)))
            if self.dct_depth:
                self.dct_value = attrs.get("value", "")
                self.dct_depth, self.dct_done = 0, True
        elif local == "TEXT":
            if self.text_done or self.in_text:
                raise _Unusual("a second TEXT")
            self.in_text = True
            self.parser.CharacterDataHandler = self.pieces.append
        elif local == "DOCID":
            if self.in_text:
                raise _Unusual("a DOCID in the TEXT")
            if self.doc_id is None:
                self.docid = []
                self.parser.CharacterDataHandler = self.docid.append
        elif local == "DCT" and not self.dct_done:
            self.dct_depth += 1

    def end(self, name: str) -> None:
        if self.docid is not None:
            self.end_docid()
        local = name.rpartition("}")[2]
        if local == "TIMEX3":
            if self.in_text and self.gold:
                attrs, start = self.open.pop()
                self.timexes.append((attrs, start, len(self.pieces)))
        elif local == "TEXT":
            self.in_text, self.text_done = False, True
            self.parser.CharacterDataHandler = None
        elif local == "DCT" and self.dct_depth:
            self.dct_depth -= 1
            self.dct_done = self.dct_depth == 0
        else:
            return
        if self.text_done and self.dct_done and self.doc_id is not None:
            self.parser.StartElementHandler = self.parser.EndElementHandler = None
            self.rest = self.parser.CurrentByteIndex

    def end_docid(self) -> None:
        assert self.docid is not None
        self.doc_id = "".join(self.docid)
        self.docid = None
        self.parser.CharacterDataHandler = self.pieces.append if self.in_text else None


_ASCII_NAMES = frozenset({"utf-8", "us-ascii", "iso-8859-1"})
"""expat's own encodings but UTF-16: they write the tag name ``TEXT`` as the bytes ``TEXT``. A
document in another encoding is left to the tree parser."""


def _text_tag(data: bytes, start: int) -> bool:
    """True if a tag ``TEXT`` or ``prefix:TEXT`` may follow ``start`` (or text that looks like
    one: the tree parser then decides). ``find`` is much faster than a regular expression."""
    at = start
    while (at := data.find(b"TEXT", at)) >= 0:
        if data[at - 1 : at] in (b"<", b":") and data[at + 4 : at + 5] in _AFTER_NAME:
            return True
        at += 4
    return False


_AFTER_NAME = (b" ", b"\t", b"\r", b"\n", b"/", b">")


def _doctype(*args: object) -> None:
    # A DTD can declare entities, which the tree parser resolves its own way.
    raise _Unusual("a DOCTYPE")


def _parse_events(data: str | bytes, path: Path | None, where: str, gold: bool) -> GoldDocument:
    # "}" separates a namespace from the local name, as ElementTree has it. A string is parsed
    # as UTF-8 whatever its declaration says, as ElementTree (and expat given a str) does.
    if isinstance(data, str):
        data = data.encode("utf-8")
        parser = pyexpat.ParserCreate("utf-8", "}")
    elif data.startswith((b"\xfe\xff", b"\xff\xfe")) or b"\x00" in data[:4]:
        raise _Unusual("UTF-16")
    else:
        parser = pyexpat.ParserCreate(None, "}")
    events = _Events(parser, gold)
    parser.Parse(data, True)
    if not events.text_done:
        raise _Unusual("no TEXT")
    if events.rest >= 0 and _text_tag(data, data.index(b">", events.rest)):
        raise _Unusual("TEXT again?")
    if events.docid is not None:
        events.end_docid()
    raw = "".join(events.pieces)
    offsets = list(itertools.accumulate(map(len, events.pieces), initial=0))
    # Stable, from the order TIMEX3s end in: a nested TIMEX3 follows its container.
    found = sorted(
        ((attrs, offsets[i], offsets[j]) for attrs, i, j in events.timexes),
        key=lambda item: (item[1], -item[2]),
    )
    timexes = [
        _timex(attrs, Span(start=start, end=end), raw[start:end], where)
        for attrs, start, end in found
    ]
    dct = None if events.dct_value is None else _dct_date(events.dct_value, where)
    return _document(path, (events.doc_id or "").strip(), dct, raw, timexes)


# ----------------------------------------------------------------------------- the tree parser


def _parse_tree(data: str | bytes, path: Path | None, where: str, gold: bool) -> GoldDocument:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(f"{where}: not well-formed XML: {exc}") from None

    texts = [el for el in root.iter() if _local(el.tag) == "TEXT"]
    if len(texts) != 1:
        raise InputError(f"{where}: expected one <TEXT> element, found {len(texts)}")
    raw, timexes = _text_content(texts[0], where, gold)

    docid = next((el for el in root.iter() if _local(el.tag) == "DOCID"), None)
    doc_id = (docid.text or "").strip() if docid is not None else ""
    return _document(path, doc_id, _read_dct(root, where), raw, timexes)


def _local(tag: object) -> str:
    """Tag name without its ``{namespace}`` (comments and PIs have non-str tags)."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _text_content(root: ET.Element, where: str, gold: bool) -> tuple[str, list[GoldTimex]]:
    """The character data inside ``root`` (tags dropped) and, if ``gold``, its TIMEX3s in start
    order."""
    pieces: list[str] = []
    found: list[tuple[ET.Element, int, int]] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            pieces.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                pos += len(child.tail)
        if gold and _local(el.tag) == "TIMEX3":
            found.append((el, start, pos))

    walk(root)
    raw = "".join(pieces)
    # Children are reported before their parent; a nested TIMEX3 must follow its container.
    found.sort(key=lambda item: (item[1], -item[2]))
    timexes = [
        _timex(el.attrib, Span(start=start, end=end), raw[start:end], where)
        for el, start, end in found
    ]
    return raw, timexes


def _timex(el: Mapping[str, str], span: Span, text: str, where: str) -> GoldTimex:
    tid = el.get("tid", "")
    label = f"{where}: TIMEX3 {tid or '(no tid)'}"
    try:
        type_ = TimexType(el.get("type", "").strip())
    except ValueError:
        raise InputError(f"{label}: unknown type {el.get('type')!r}") from None
    value = el.get("value")
    if value is None:
        raise InputError(f"{label}: no value attribute")
    mod: Mod | None = None
    if (raw_mod := el.get("mod", "").strip()) != "":
        try:
            mod = Mod(raw_mod)
        except ValueError:
            raise InputError(f"{label}: unknown mod {raw_mod!r}") from None
    return GoldTimex(span=span, type=type_, value=value.strip(), mod=mod, text=text, tid=tid)


def _read_dct(root: ET.Element, where: str) -> dt.date | None:
    dct = next((el for el in root.iter() if _local(el.tag) == "DCT"), None)
    if dct is None:
        return None
    timex = next((el for el in dct.iter() if _local(el.tag) == "TIMEX3"), None)
    if timex is None:
        return None
    return _dct_date(timex.get("value", ""), where)


def _dct_date(value: str, where: str) -> dt.date:
    value = value.strip()
    # "1998-01-08" or "1998-02-13T14:26:00": the creation *date* is what anchors.
    if (match := _DCT_DATE.match(value)) is not None:
        try:
            return dt.date.fromisoformat(match[1])
        except ValueError:
            pass
    raise InputError(f"{where}: DCT value {value!r} is not a YYYY-MM-DD date")


# --------------------------------------------------------------------------- matching


@frozen(kw_only=True)
class _Alignment:
    """One document's relaxed one-to-one matching of gold and predicted expressions."""

    pairs: tuple[tuple[GoldTimex, Mention], ...]
    missed: tuple[GoldTimex, ...]
    spurious: tuple[Mention, ...]
    strict: int


def _normalize_value(value: str) -> str:
    return value.strip().upper()


def _align(gold: Sequence[GoldTimex], predicted: Sequence[Mention]) -> _Alignment:
    # Greedy one-to-one matching on overlapping spans, largest overlap first; ties go to the
    # pair whose spans coincide, then to text order, so the result is deterministic.
    candidates: list[tuple[int, int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g.span.overlaps(p.span):
                overlap = min(g.span.end, p.span.end) - max(g.span.start, p.span.start)
                exact = g.span == p.span
                candidates.append((-overlap, 0 if exact else 1, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            matched.append((gi, pi))
    matched.sort()

    # Strict matching is independent of the relaxed one: identical offsets, one-to-one.
    gold_spans = Counter((g.span.start, g.span.end) for g in gold)
    pred_spans = Counter((p.span.start, p.span.end) for p in predicted)
    strict = sum((gold_spans & pred_spans).values())

    return _Alignment(
        pairs=tuple((gold[gi], predicted[pi]) for gi, pi in matched),
        missed=tuple(g for gi, g in enumerate(gold) if gi not in used_gold),
        spurious=tuple(p for pi, p in enumerate(predicted) if pi not in used_pred),
        strict=strict,
    )


# --------------------------------------------------------------------------- scores


def _ratio(num: int, den: int) -> float:
    # An empty denominator scores 0.0, as scikit-learn's default zero_division does.
    return num / den if den else 0.0


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


@frozen(kw_only=True)
class TypeScores:
    """Relaxed span figures for one TIMEX3 type.

    Matching ignores types: recall counts the gold expressions *of this type* that were matched,
    precision the predictions *of this type* that were matched, value accuracy is over the
    matched gold expressions of this type.
    """

    type: TimexType
    gold: int
    predicted: int
    gold_matched: int
    predicted_matched: int
    value_matches: int

    @property
    def precision(self) -> float:
        """Matched predictions of this type over predictions of this type."""
        return _ratio(self.predicted_matched, self.predicted)

    @property
    def recall(self) -> float:
        """Matched gold expressions of this type over gold expressions of this type."""
        return _ratio(self.gold_matched, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)

    @property
    def value_accuracy(self) -> float:
        """Share of the matched gold expressions of this type whose value was right."""
        return _ratio(self.value_matches, self.gold_matched)

    def to_dict(self) -> dict[str, Any]:
        """The counts and the derived figures, JSON-ready."""
        return {
            "type": self.type.value,
            "gold": self.gold,
            "predicted": self.predicted,
            "gold_matched": self.gold_matched,
            "predicted_matched": self.predicted_matched,
            "value_matches": self.value_matches,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "value_accuracy": self.value_accuracy,
        }


@frozen(kw_only=True)
class Scores:
    """TempEval-3 TIMEX3 figures, micro-averaged: counts are summed over documents first.

    Every figure is derived from the counts; a ratio with an empty denominator is 0.0.
    """

    documents: int
    gold: int
    predicted: int
    strict_matches: int
    relaxed_matches: int
    type_matches: int
    """Relaxed matches whose predicted type equals the gold type."""
    value_matches: int
    """Relaxed matches whose value equals the gold value (trimmed, case-folded; mod ignored)."""
    per_type: tuple[TypeScores, ...] = ()
    """One row per type that occurs in the gold or the predictions, in enum order."""

    @property
    def strict_precision(self) -> float:
        """Predictions with exactly the offsets of a gold expression, over predictions."""
        return _ratio(self.strict_matches, self.predicted)

    @property
    def strict_recall(self) -> float:
        """Gold expressions predicted with exactly their offsets, over gold expressions."""
        return _ratio(self.strict_matches, self.gold)

    @property
    def strict_f1(self) -> float:
        """Harmonic mean of strict precision and recall."""
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        """Predictions overlapping a gold expression (one-to-one), over predictions."""
        return _ratio(self.relaxed_matches, self.predicted)

    @property
    def relaxed_recall(self) -> float:
        """Gold expressions overlapped by a prediction (one-to-one), over gold expressions."""
        return _ratio(self.relaxed_matches, self.gold)

    @property
    def relaxed_f1(self) -> float:
        """Harmonic mean of relaxed precision and recall."""
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        """Share of relaxed matches with the right type."""
        return _ratio(self.type_matches, self.relaxed_matches)

    @property
    def value_accuracy(self) -> float:
        """Share of relaxed matches with the right value."""
        return _ratio(self.value_matches, self.relaxed_matches)

    @property
    def type_f1(self) -> float:
        """Relaxed F1 times type accuracy (TempEval-3's "type" attribute F1)."""
        return self.relaxed_f1 * self.type_accuracy

    @property
    def value_f1(self) -> float:
        """Relaxed F1 times value accuracy (TempEval-3's "value" attribute F1)."""
        return self.relaxed_f1 * self.value_accuracy

    def to_dict(self) -> dict[str, Any]:
        """The counts and every derived figure, JSON-ready."""
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": {
                "matches": self.strict_matches,
                "precision": self.strict_precision,
                "recall": self.strict_recall,
                "f1": self.strict_f1,
            },
            "relaxed": {
                "matches": self.relaxed_matches,
                "precision": self.relaxed_precision,
                "recall": self.relaxed_recall,
                "f1": self.relaxed_f1,
            },
            "type": {
                "matches": self.type_matches,
                "accuracy": self.type_accuracy,
                "f1": self.type_f1,
            },
            "value": {
                "matches": self.value_matches,
                "accuracy": self.value_accuracy,
                "f1": self.value_f1,
            },
            "per_type": {row.type.value: row.to_dict() for row in self.per_type},
        }

    def format_text(self, title: str = "") -> str:
        """A plain-text report: headline figures, then the per-type table.

        Args:
            title: printed on the first line when given (e.g. the corpus name).
        """
        lines: list[str] = []
        if title:
            lines.append(title)
        lines.append(f"documents {self.documents}   gold {self.gold}   predicted {self.predicted}")
        lines.append(f"{'':<10}{'P':>8}{'R':>8}{'F1':>8}{'acc':>8}{'matches':>9}")
        lines.append(
            _row("strict", self.strict_precision, self.strict_recall, self.strict_f1)
            + f"{'':>8}{self.strict_matches:>9}"
        )
        lines.append(
            _row("relaxed", self.relaxed_precision, self.relaxed_recall, self.relaxed_f1)
            + f"{'':>8}{self.relaxed_matches:>9}"
        )
        lines.append(
            f"{'type':<10}{'':>16}{self.type_f1:>8.3f}{self.type_accuracy:>8.3f}"
            f"{self.type_matches:>9}"
        )
        lines.append(
            f"{'value':<10}{'':>16}{self.value_f1:>8.3f}{self.value_accuracy:>8.3f}"
            f"{self.value_matches:>9}"
        )
        if self.per_type:
            lines.append("")
            lines.append(
                f"{'type':<10}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'val acc':>9}"
            )
            for row in self.per_type:
                lines.append(
                    f"{row.type.value:<10}{row.gold:>6}{row.predicted:>6}"
                    f"{row.precision:>8.3f}{row.recall:>8.3f}{row.f1:>8.3f}"
                    f"{row.value_accuracy:>9.3f}"
                )
        return "\n".join(lines) + "\n"


def _row(name: str, p: float, r: float, f: float) -> str:
    return f"{name:<10}{p:>8.3f}{r:>8.3f}{f:>8.3f}"


def score(pairs: Iterable[tuple[Sequence[GoldTimex], Sequence[Mention]]]) -> Scores:
    """Score predictions against gold, TempEval-3 style, micro-averaged over documents.

    A prediction and a gold expression match *strictly* when their offsets are identical and
    *relaxed* when their spans overlap; relaxed matching is one-to-one (greedy, largest overlap
    first), so two predictions inside one gold expression count once. Type and value are judged
    over relaxed matches; values are compared after trimming and upper-casing, ``mod`` ignored.

    Args:
        pairs: per document, the gold expressions and the predicted mentions (offsets into
            the same text).

    Returns:
        The summed counts and the figures derived from them.
    """
    docs = gold_n = pred_n = strict = relaxed = type_ok = value_ok = 0
    gold_by_type: Counter[TimexType] = Counter()
    pred_by_type: Counter[TimexType] = Counter()
    gold_matched: Counter[TimexType] = Counter()
    pred_matched: Counter[TimexType] = Counter()
    value_by_type: Counter[TimexType] = Counter()
    for gold, predicted in pairs:
        alignment = _align(gold, predicted)
        docs += 1
        gold_n += len(gold)
        pred_n += len(predicted)
        strict += alignment.strict
        relaxed += len(alignment.pairs)
        gold_by_type.update(g.type for g in gold)
        pred_by_type.update(p.type for p in predicted)
        for g, p in alignment.pairs:
            gold_matched[g.type] += 1
            pred_matched[p.type] += 1
            type_ok += g.type is p.type
            if _normalize_value(g.value) == _normalize_value(p.value):
                value_ok += 1
                value_by_type[g.type] += 1
    per_type = tuple(
        TypeScores(
            type=t,
            gold=gold_by_type[t],
            predicted=pred_by_type[t],
            gold_matched=gold_matched[t],
            predicted_matched=pred_matched[t],
            value_matches=value_by_type[t],
        )
        for t in TimexType
        if gold_by_type[t] or pred_by_type[t]
    )
    return Scores(
        documents=docs,
        gold=gold_n,
        predicted=pred_n,
        strict_matches=strict,
        relaxed_matches=relaxed,
        type_matches=type_ok,
        value_matches=value_ok,
        per_type=per_type,
    )


# --------------------------------------------------------------------------- error listing


class ErrorKind(enum.Enum):
    """What went wrong with one expression, in the order listings show them."""

    MISS = "miss"  # a gold expression no prediction overlaps
    SPURIOUS = "spurious"  # a prediction that overlaps no gold expression
    WRONG_SPAN = "wrong_span"  # matched, overlapping but not identical offsets
    WRONG_TYPE = "wrong_type"  # matched, different type
    WRONG_VALUE = "wrong_value"  # matched, different value


_HEADINGS = {
    ErrorKind.MISS: "Missed (gold not found)",
    ErrorKind.SPURIOUS: "Spurious (predicted, not in gold)",
    ErrorKind.WRONG_SPAN: "Wrong span (overlapping, offsets differ)",
    ErrorKind.WRONG_TYPE: "Wrong type",
    ErrorKind.WRONG_VALUE: "Wrong value",
}


@frozen(kw_only=True)
class Mismatch:
    """One scoring error; a matched pair can yield several (wrong span and wrong value)."""

    kind: ErrorKind
    doc_id: str
    gold: GoldTimex | None
    predicted: Mention | None
    context: str
    """About 60 characters around the expression, on one line, the expression in [brackets]."""

    def format_text(self) -> str:
        """One line: document, gold and predicted readings, context."""
        parts = [self.doc_id]
        if self.gold is not None:
            parts.append("gold " + _describe(self.gold.text, self.gold.type, self.gold.value))
        if self.predicted is not None:
            p = self.predicted
            parts.append("pred " + _describe(p.text, p.type, p.value))
        return "  ".join(parts) + "  | " + self.context


def _describe(text: str, type_: TimexType, value: str) -> str:
    return f"{text!r} {type_.value} {value}"


def _context(text: str, span: Span) -> str:
    before = text[max(0, span.start - _CONTEXT) : span.start]
    after = text[span.end : span.end + _CONTEXT]
    snippet = f"{before}[{text[span.start : span.end]}]{after}"
    return " ".join(snippet.split())


def errors(documents: Iterable[tuple[GoldDocument, Sequence[Mention]]]) -> tuple[Mismatch, ...]:
    """List the scoring errors of each document, with the same matching as :func:`score`.

    Args:
        documents: each gold document with the mentions predicted on its text.

    Returns:
        The errors grouped by :class:`ErrorKind` (in enum order), then in document and text order.
    """
    found: list[Mismatch] = []
    for doc, predicted in documents:
        alignment = _align(doc.timexes, predicted)
        for g in alignment.missed:
            found.append(_mismatch(ErrorKind.MISS, doc, g, None, g.span))
        for p in alignment.spurious:
            found.append(_mismatch(ErrorKind.SPURIOUS, doc, None, p, p.span))
        for g, p in alignment.pairs:
            union = Span(start=min(g.span.start, p.span.start), end=max(g.span.end, p.span.end))
            if g.span != p.span:
                found.append(_mismatch(ErrorKind.WRONG_SPAN, doc, g, p, union))
            if g.type is not p.type:
                found.append(_mismatch(ErrorKind.WRONG_TYPE, doc, g, p, union))
            if _normalize_value(g.value) != _normalize_value(p.value):
                found.append(_mismatch(ErrorKind.WRONG_VALUE, doc, g, p, union))
    order = {kind: i for i, kind in enumerate(ErrorKind)}
    # Stable sort: within a kind, the document and text order of the loop above is kept.
    return tuple(sorted(found, key=lambda m: order[m.kind]))


def _mismatch(
    kind: ErrorKind, doc: GoldDocument, g: GoldTimex | None, p: Mention | None, span: Span
) -> Mismatch:
    return Mismatch(
        kind=kind, doc_id=doc.doc_id, gold=g, predicted=p, context=_context(doc.text, span)
    )


def format_errors_text(mismatches: Iterable[Mismatch], *, limit: int | None = None) -> str:
    """Render an error listing: one section per kind, one line per error.

    Args:
        mismatches: as returned by :func:`errors`.
        limit: at most this many lines per kind (the section header still gives the total).
    """
    by_kind: dict[ErrorKind, list[Mismatch]] = {kind: [] for kind in ErrorKind}
    for m in mismatches:
        by_kind[m.kind].append(m)
    sections: list[str] = []
    for kind, items in by_kind.items():
        if not items:
            continue
        lines = [f"== {_HEADINGS[kind]}: {len(items)}"]
        shown = items if limit is None else items[:limit]
        lines.extend(m.format_text() for m in shown)
        if len(shown) < len(items):
            lines.append(f"... {len(items) - len(shown)} more")
        sections.append("\n".join(lines))
    return "\n\n".join(sections) + "\n" if sections else "no errors\n"


# --------------------------------------------------------------------------- evaluation


@frozen(kw_only=True)
class DocumentResult:
    """A gold document with the mentions predicted on its text."""

    gold: GoldDocument
    predicted: tuple[Mention, ...]


@frozen(kw_only=True)
class EvalResult:
    """What :func:`evaluate` found: per-document predictions, scores and errors."""

    documents: tuple[DocumentResult, ...]
    scores: Scores
    errors: tuple[Mismatch, ...]

    @classmethod
    def from_documents(cls, documents: Iterable[DocumentResult]) -> EvalResult:
        """Score and list the errors of already-predicted documents (e.g. a subset)."""
        docs = tuple(documents)
        return cls(
            documents=docs,
            scores=score((d.gold.timexes, d.predicted) for d in docs),
            errors=errors((d.gold, d.predicted) for d in docs),
        )

    def format_text(self, title: str = "") -> str:
        """The scores as a plain-text report (see :meth:`Scores.format_text`)."""
        return self.scores.format_text(title)

    def format_errors_text(self, *, limit: int | None = None) -> str:
        """The error listing (see :func:`format_errors_text`)."""
        return format_errors_text(self.errors, limit=limit)


def tml_files(paths: Sequence[str | Path]) -> tuple[Path, ...]:
    """Expand files and directories (searched recursively, ``*.tml`` sorted) into file paths.

    Raises:
        InputError: a path does not exist, or no ``.tml`` file was found.
    """
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend(_tml_under(path))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    if not files:
        raise InputError(f"no .tml files in {', '.join(map(str, paths)) or '(no paths)'}")
    return tuple(files)


def _tml_under(top: Path) -> list[Path]:
    """The files named ``*.tml`` under the directory ``top``, sorted by path: those of
    ``sorted(p for p in top.rglob("*.tml") if p.is_file())`` (the same walk, into
    subdirectories but not through links to them, and the same order, by the paths' parts),
    read from ``os.scandir``'s entries, which know their type without a ``stat`` each, and
    sorted by tuples of strings. Globbing and sorting ``Path`` objects took 190M instructions
    for te3-silver's 2,452 files, a tenth of a ``chrono eval``'s start-up."""
    found: list[tuple[tuple[str, ...], Path]] = []
    pending: list[tuple[tuple[str, ...], Path]] = [((), top)]
    while pending:
        parts, directory = pending.pop()
        try:
            with os.scandir(directory) as scan:
                entries = list(scan)
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            try:
                if entry.is_dir() and not entry.is_symlink():
                    pending.append(((*parts, _fold(name)), directory / name))
                if _fold(name).endswith(".tml") and entry.is_file():
                    found.append(((*parts, _fold(name)), directory / name))
            except OSError:
                continue
    found.sort(key=operator.itemgetter(0))
    return [path for _, path in found]


# Paths compare as their parts do, without case where file names have none (Windows).
_fold: Callable[[str], str] = str if os.path.normcase("A") == "A" else str.lower


def evaluate(
    paths: Sequence[str | Path],
    *,
    genre: str = "auto",
    extractor: Extractor | None = None,
) -> EvalResult:
    """Run chrono over TimeML files and score it against their TIMEX3 annotations.

    Args:
        paths: ``.tml`` files and directories (searched recursively, files sorted by path).
        genre: anchoring policy passed to :func:`chrono.api.extract_document` ("auto": news
            or narrative, each document as it reads).
        extractor: called instead of chrono with each gold document, returns the predicted
            mentions (offsets into ``gold.text``); for tests and for comparing other systems.

    Returns:
        Per-document predictions, micro-averaged scores and the error listing.

    Raises:
        InputError: a path is missing, no ``.tml`` file was found, or a file is not TimeML.
    """
    if extractor is None:
        extractor = _chrono_extractor(genre)
    results = []
    for path in tml_files(paths):
        gold = read_timeml(path)
        results.append(DocumentResult(gold=gold, predicted=tuple(extractor(gold))))
    return EvalResult.from_documents(results)


def _chrono_extractor(genre: str) -> Extractor:
    # Imported here: the engine is heavy, and reading or scoring TimeML does not need it.
    from chrono.api import extract_document

    def run(gold: GoldDocument) -> Sequence[Mention]:
        document, _events = extract_document(
            gold.text, dct=gold.dct, genre=genre, doc_id=gold.doc_id
        )
        return document.mentions

    return run
