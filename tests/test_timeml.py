"""TimeML reading (chrono.timeml) and the TimeML writer (chrono.writers.timeml)."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chrono.errors import InputError
from chrono.model import AnchorKind, Document, Mention, Mod, Span, Timeline, TimexType
from chrono.timeml import (
    GoldDocument,
    _parse_events,
    _parse_tree,
    parse_timeml,
    read_timeml,
    tml_files,
)
from chrono.writers import RenderOptions
from chrono.writers.timeml import render

FIXTURES = Path(__file__).parent / "fixtures" / "timeml"
WSJ = FIXTURES / "wsj_0032.tml"
APW = FIXTURES / "APW19990216.0198.tml"
# CI lays shared/ beside the clone; developers have it at /work/shared.
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"


def _timeml(text: str, dct: str | None = "1998-01-08", docid: str | None = "doc-1") -> str:
    head = f"<DOCID>{docid}</DOCID>" if docid is not None else ""
    if dct is not None:
        head += f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}">x</TIMEX3></DCT>'
    tail = '<TLINK lid="l1"/></TimeML>'
    return f'<?xml version="1.0" ?>\n<TimeML>{head}\n<TEXT>{text}</TEXT>\n{tail}'


# --------------------------------------------------------------------------- reader


def test_reads_timebank_fixture() -> None:
    """A TimeBank file gives its DOCID, DCT, tag-free text and TIMEX3s with type, value, mod."""
    doc = read_timeml(WSJ)
    assert doc.doc_id == "wsj_0032"
    assert doc.path == WSJ
    assert doc.dct == dt.date(1989, 11, 2)
    assert "<" not in doc.text and "EVENT" not in doc.text
    assert doc.text.startswith("\nItalian chemical giant Montedison S.p.A.")
    assert [(t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("today", TimexType.DATE, "1989-11-02", None),
        ("the end of November", TimexType.TIME, "1989-11", Mod.END),
        ("currently", TimexType.DATE, "PRESENT_REF", None),
        ("previously", TimexType.TIME, "PAST_REF", None),
    ]
    assert [t.tid for t in doc.timexes] == ["t19", "t18", "t17", "t21"]


def test_fixture_spans_slice_to_their_text() -> None:
    """Every gold span, applied to the raw text, gives the TIMEX3's own text."""
    for path in (WSJ, APW):
        doc = read_timeml(path)
        assert doc.timexes
        for timex in doc.timexes:
            assert doc.text[timex.span.start : timex.span.end] == timex.text


def test_dct_with_time_keeps_the_date() -> None:
    """A DCT value with a time of day ("1999-02-16T12:55") is read as its date."""
    doc = read_timeml(APW)
    assert doc.dct == dt.date(1999, 2, 16)
    assert [t.value for t in doc.timexes] == ["1999-03-12", "1949-XX"]


def test_entities_and_nested_tags() -> None:
    """Entities are unescaped and tags inside a TIMEX3 are dropped; offsets count raw chars."""
    xml = _timeml(
        'A &amp; B &lt;said&gt; <EVENT eid="e1">it</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value=" 1998-01-07 "><SIGNAL sid="s1">the</SIGNAL> '
        "day before</TIMEX3> &quot;yes&quot;"
    )
    doc = parse_timeml(xml)
    assert doc.text == 'A & B <said> it the day before "yes"'
    (timex,) = doc.timexes
    assert timex.text == "the day before"
    assert timex.span == Span(start=16, end=30)
    assert timex.value == "1998-01-07"


def test_nested_timex_follow_their_container() -> None:
    """A TIMEX3 inside another is kept, listed after the one that contains it."""
    xml = _timeml(
        '<TIMEX3 tid="t1" type="DURATION" value="P2D">two days before '
        '<TIMEX3 tid="t2" type="DATE" value="1998-01-07">yesterday</TIMEX3></TIMEX3>'
    )
    doc = parse_timeml(xml)
    assert [t.tid for t in doc.timexes] == ["t1", "t2"]
    assert [t.text for t in doc.timexes] == ["two days before yesterday", "yesterday"]


def test_bytes_without_docid_or_dct() -> None:
    """Bytes are accepted; no DOCID falls back to the file stem, no DCT gives None."""
    xml = _timeml("nothing here", dct=None, docid=None).encode("utf-8")
    doc = parse_timeml(xml, path=Path("some/dir/story.tml"))
    assert doc == GoldDocument(
        doc_id="story", path=Path("some/dir/story.tml"), dct=None, text="nothing here"
    )


def test_empty_timex_is_skipped() -> None:
    """An empty TIMEX3 (a time the text does not mention) is not a gold expression."""
    doc = parse_timeml(_timeml('a<TIMEX3 tid="t9" type="DATE" value="1998"/>b'))
    assert doc.text == "ab"
    assert doc.timexes == ()


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ("<TimeML><TEXT>unclosed</TimeML>", "not well-formed XML"),
        ("<TimeML><DOCID>x</DOCID></TimeML>", "expected one <TEXT> element, found 0"),
        (_timeml('<TIMEX3 tid="t1" type="EVENT" value="1">x</TIMEX3>'), "unknown type 'EVENT'"),
        (_timeml('<TIMEX3 tid="t1" type="DATE" value="1" mod="SOON">x</TIMEX3>'), "unknown mod"),
        (_timeml('<TIMEX3 tid="t1" type="DATE">x</TIMEX3>'), "t1: no value attribute"),
        (_timeml("x", dct="1998-W02"), "DCT value '1998-W02'"),
    ],
)
def test_bad_timeml_raises_input_error(xml: str, message: str) -> None:
    """Malformed or non-TimeML input raises InputError with a one-line message."""
    with pytest.raises(InputError, match=message) as info:
        parse_timeml(xml, path=Path("bad.tml"))
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("bad.tml: ")


def test_missing_file_raises_input_error(tmp_path: Path) -> None:
    """A path that cannot be read raises InputError naming it."""
    with pytest.raises(InputError, match=r"nope\.tml: cannot read"):
        read_timeml(tmp_path / "nope.tml")


# The one-pass reader (expat's events) gives what the tree parser (ElementTree) gives.

_CHUNKS = st.sampled_from(
    ["a", " ", "\n", "\r\n", "\t", "é—😀", "&amp;", "&lt;&gt;", "&#65;", "&#x1F600;", "TEXT",
     "<!-- note -->", "<?pi data?>", "<![CDATA[<&> TEXT]]>", "1998-01-08"]
)  # fmt: skip
_INNER = ["TIMEX3", "TIMEX3", "n:TIMEX3", "EVENT", "p", "DCT"]
_ANYWHERE = [*_INNER, "TEXT", "n:TEXT", "DOCID"]
_ATTRIBUTES = st.sampled_from(
    ['tid="t1" type="DATE" value="1998-01-08"', 'type=" TIME " value=" 1998-01-08T10:00 "',
     'type="DURATION" value="P1D" mod="APPROX"', 'type="SET" value="XXXX"', 'type="DATE"',
     'type="EVENT" value="x"', 'value="2001-02-03"', 'type="DATE" value="1" mod="SOON"', ""]
)  # fmt: skip


@st.composite
def _elements(draw: st.DrawFn, names: list[str], depth: int = 0) -> str:
    name = draw(st.sampled_from(names))
    attributes = draw(_ATTRIBUTES) if name.endswith("TIMEX3") else ""
    parts = []
    for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        inner = st.one_of(_CHUNKS, _elements(names, depth + 1))
        parts.append(draw(inner))
    return f"<{name} {attributes}>{''.join(parts)}</{name}>"


@st.composite
def _documents(draw: st.DrawFn) -> str | bytes:
    """TimeML as TempEval lays it out (DOCID, DCT, TEXT, links), and anything else."""
    head = draw(st.sampled_from(["", '<?xml version="1.0" ?>\n', "<!DOCTYPE TimeML>"]))
    if draw(st.booleans()):
        docid = draw(st.sampled_from(["", "<DOCID> d1 </DOCID>", "<DOCID>d<!--c-->1<p/>x</DOCID>"]))
        dct = draw(st.sampled_from(["", "<DCT><p><TIMEX3 value=' 1998-01-08'/></p></DCT>"]))
        text = "".join(draw(st.lists(st.one_of(_CHUNKS, _elements(_INNER)), max_size=6)))
        body = f"{docid}{dct}<TEXT>{text}</TEXT>"
        body += draw(st.sampled_from(["", "<TLINK lid='l1'/>", "<EVENT>TEXT</EVENT>", "<TEXT/>"]))
    else:
        body = "".join(draw(st.lists(_elements(_ANYWHERE), max_size=4)))
    document = f'{head}<TimeML xmlns:n="urn:n">{body}</TimeML>'
    encoding = draw(st.sampled_from([None, None, "utf-8", "iso-8859-1", "utf-16"]))
    if encoding is None:
        return document
    declared = f'<?xml version="1.0" encoding="{encoding}"?>' + document.removeprefix(head)
    return declared.encode(encoding, "xmlcharrefreplace")


def _outcome(parse: Callable[[], GoldDocument]) -> GoldDocument | str:
    try:
        return parse()
    except InputError as exc:
        return str(exc)


@settings(max_examples=300, deadline=None)
@given(_documents())
def test_one_pass_reads_what_the_tree_gives(data: str | bytes) -> None:
    """Text, offsets, DOCID, DCT and errors: parse_timeml gives what ElementTree's tree gives."""
    path = Path("d.tml")
    tree = _outcome(lambda: _parse_tree(data, path, "d.tml", True))
    assert _outcome(lambda: parse_timeml(data, path=path)) == tree
    try:
        fast = _parse_events(data, path, "d.tml", True)
    except Exception:
        return  # left to the tree parser
    assert fast == tree


@settings(max_examples=300, deadline=None)
@given(_documents())
def test_without_timexes_reads_the_same_document_but_the_gold(data: str | bytes) -> None:
    """timexes=False (an export's reading): the same text, DOCID, DCT and errors, but no gold
    TIMEX3s, and a bad one's attributes fail nothing; both parsers agree."""
    path = Path("d.tml")
    bare = _outcome(lambda: _parse_tree(data, path, "d.tml", False))
    assert _outcome(lambda: parse_timeml(data, path=path, timexes=False)) == bare
    with_gold = _outcome(lambda: parse_timeml(data, path=path))
    if isinstance(with_gold, GoldDocument):
        assert bare == attrs.evolve(with_gold, timexes=())
    elif isinstance(bare, GoldDocument):
        assert "TIMEX3" in with_gold  # only the gold's attributes failed
    try:
        fast = _parse_events(data, path, "d.tml", False)
    except Exception:
        return  # left to the tree parser
    assert fast == bare


def test_without_timexes_a_bad_gold_timex_fails_nothing() -> None:
    """The text, DCT and id of a file whose gold TIMEX3 has an unknown type are read."""
    xml = _timeml('On <TIMEX3 tid="t1" type="EVENT" value="1">Monday</TIMEX3> it rained.')
    with pytest.raises(InputError, match="unknown type 'EVENT'"):
        parse_timeml(xml)
    doc = parse_timeml(xml, timexes=False)
    assert (doc.doc_id, doc.dct, doc.text, doc.timexes) == (
        "doc-1",
        dt.date(1998, 1, 8),
        "On Monday it rained.",
        (),
    )


def test_one_pass_reads_the_fixtures_itself() -> None:
    """TempEval files do not fall back to the tree parser (which would only be slower)."""
    for path in (WSJ, APW):
        data = path.read_bytes()
        for gold in (True, False):
            fast = _parse_events(data, path, str(path), gold)
            assert fast == _parse_tree(data, path, str(path), gold)
            assert bool(fast.timexes) == gold


@pytest.mark.skipif(not CORPUS.is_dir(), reason="TBAQ corpus not available")
def test_whole_tbaq_corpus_parses() -> None:
    """All 256 TBAQ files parse, have a DCT, and every gold span slices to its text."""
    files = sorted(CORPUS.rglob("*.tml"))
    assert len(files) == 256
    timexes = 0
    for path in files:
        doc = read_timeml(path)
        assert doc.dct is not None, path
        assert doc.doc_id, path
        for timex in doc.timexes:
            assert doc.text[timex.span.start : timex.span.end] == timex.text, (path, timex)
        timexes += len(doc.timexes)
    assert timexes == 1822


def test_tml_files_are_those_rglob_finds_in_path_order(tmp_path: Path) -> None:
    """A directory gives the ``*.tml`` files under it that ``rglob`` and ``is_file`` give, in
    the order of their paths: in hidden and nested directories, through a link to a file, not
    a directory named like a file, a broken link, another extension or a linked directory."""
    top = tmp_path / "corpus"
    for rel in ("b.tml", "a-b.tml", "a/z.tml", "a/b/c.tml", ".hidden/d.tml", "a.tml/e.tml"):
        (top / rel).parent.mkdir(parents=True, exist_ok=True)
        (top / rel).write_text("x")
    (top / "note.txt").write_text("x")
    (top / "A.TML").write_text("x")
    (top / "dir.tml").mkdir()
    (top / "link.tml").symlink_to(top / "b.tml")
    (top / "broken.tml").symlink_to(top / "missing")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "f.tml").write_text("x")
    (top / "linked").symlink_to(outside, target_is_directory=True)
    expected = tuple(sorted(p for p in top.rglob("*.tml") if p.is_file()))
    assert tml_files([top]) == expected
    assert [p.relative_to(top).as_posix() for p in expected] == [
        ".hidden/d.tml",
        "a/b/c.tml",
        "a/z.tml",
        "a-b.tml",
        "a.tml/e.tml",
        "b.tml",
        "link.tml",
    ]
    assert tml_files([str(top) + "/", top / "b.tml"]) == (*expected, top / "b.tml")


# --------------------------------------------------------------------------- writer


def _mention(
    n: int,
    text: str,
    needle: str,
    type_: TimexType = TimexType.DATE,
    value: str = "1998-01-08",
    mod: Mod | None = None,
    anchor: AnchorKind = AnchorKind.ABSOLUTE,
) -> Mention:
    start = text.index(needle)
    return Mention(
        id=f"m{n}",
        span=Span(start=start, end=start + len(needle)),
        text=needle,
        type=type_,
        value=value,
        mod=mod,
        anchor=anchor,
    )


def _render(*docs: Document) -> bytes:
    return render(Timeline(documents=docs), RenderOptions())


def _comparable(doc: GoldDocument) -> list[tuple[Span, TimexType, str, Mod | None, str]]:
    return [(t.span, t.type, t.value, t.mod, t.text) for t in doc.timexes]


def test_writer_round_trips_through_the_reader() -> None:
    """One document written as TimeML reads back with the same text, DCT and timexes."""
    text = 'Q&A <b> "quoted" on 8 Jan 1998,\r\nthen for two weeks — every Monday at 9 pm.'
    mentions = (
        _mention(1, text, "8 Jan 1998"),
        _mention(2, text, "two weeks", TimexType.DURATION, "P2W", Mod.APPROX),
        _mention(3, text, "every Monday", TimexType.SET, "XXXX-WXX-1", anchor=AnchorKind.DCT),
        _mention(4, text, "9 pm", TimexType.TIME, 'T21:00 "odd" <value>'),
    )
    doc = Document(id="doc & <1>", text=text, dct=dt.date(1998, 1, 8), mentions=mentions)
    gold = parse_timeml(_render(doc))
    assert gold.doc_id == "doc & <1>"
    assert gold.text == text
    assert gold.dct == dt.date(1998, 1, 8)
    assert _comparable(gold) == [(m.span, m.type, m.value, m.mod, m.text) for m in mentions]


def test_writer_round_trips_a_corpus_document() -> None:
    """A fixture's gold timexes written back as TimeML read back unchanged."""
    source = read_timeml(WSJ)
    mentions = [
        Mention(id=t.tid, span=t.span, text=t.text, type=t.type, value=t.value, mod=t.mod)
        for t in source.timexes
    ]
    doc = Document(id=source.doc_id, text=source.text, dct=source.dct, mentions=mentions)
    again = parse_timeml(_render(doc))
    assert (again.doc_id, again.dct, again.text) == (source.doc_id, source.dct, source.text)
    assert _comparable(again) == _comparable(source)


def test_writer_output_shape() -> None:
    """The DCT is TIMEX3 t0, mentions are t1.. in text order, DCT-anchored ones point to t0."""
    text = "Yesterday and 1998."
    doc = Document(
        id="d1",
        text=text,
        dct=dt.date(1998, 1, 8),
        mentions=(
            _mention(2, text, "1998", value="1998"),
            _mention(1, text, "Yesterday", value="1998-01-07", anchor=AnchorKind.DCT),
        ),
    )
    out = _render(doc)
    assert out.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n')
    assert out.endswith(b"</TimeML>\n")
    root = ET.fromstring(out)
    assert [el.tag for el in root] == ["DOCID", "DCT", "TEXT"]
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert dct.attrib == {
        "tid": "t0",
        "type": "DATE",
        "value": "1998-01-08",
        "temporalFunction": "false",
        "functionInDocument": "CREATION_TIME",
    }
    first, second = root.findall("TEXT/TIMEX3")
    assert (first.get("tid"), first.text, first.get("anchorTimeID")) == ("t1", "Yesterday", "t0")
    assert first.get("temporalFunction") == "true"
    assert (second.get("tid"), second.text, second.get("anchorTimeID")) == ("t2", "1998", None)
    assert "mod" not in second.attrib


def test_writer_without_dct() -> None:
    """A document without a creation date has no DCT element and reads back with dct None."""
    text = "In 1998."
    doc = Document(id="d1", text=text, mentions=(_mention(1, text, "1998", value="1998"),))
    out = _render(doc)
    assert b"<DCT>" not in out
    assert b"anchorTimeID" not in out
    assert parse_timeml(out).dct is None


def test_writer_replaces_characters_xml_forbids() -> None:
    """Control characters become U+FFFD one for one, so the XML parses and offsets hold."""
    text = "a\x00b\x0cc\x1b 1998"
    doc = Document(id="d1", text=text, mentions=(_mention(1, text, "1998", value="1998"),))
    gold = parse_timeml(_render(doc))
    assert gold.text == "a\ufffdb\ufffdc\ufffd 1998"
    assert gold.timexes[0].span == Span(start=7, end=11)


def test_writer_drops_overlapping_mentions() -> None:
    """Inline tags cannot cross: a mention overlapping an earlier, longer one is left out."""
    text = "from March 3 to 5"
    doc = Document(
        id="d1",
        text=text,
        mentions=(
            _mention(1, text, "March 3 to 5", value="1998-03"),
            _mention(2, text, "3 to 5", value="1998-03-03"),
            _mention(3, text, "March", value="1998-03"),
        ),
    )
    gold = parse_timeml(_render(doc))
    assert [t.text for t in gold.timexes] == ["March 3 to 5"]


@pytest.mark.parametrize("count", [0, 2])
def test_writer_collection_for_other_than_one_document(count: int) -> None:
    """Zero or several documents are wrapped in one well-formed <TimeMLCollection>."""
    docs = [Document(id=f"d{i}", text=f"text {i} & more") for i in range(count)]
    root = ET.fromstring(_render(*docs))
    assert root.tag == "TimeMLCollection"
    assert [el.findtext("DOCID") for el in root] == [f"d{i}" for i in range(count)]
    assert [el.findtext("TEXT") for el in root] == [f"text {i} & more" for i in range(count)]
