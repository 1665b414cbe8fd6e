"""Find the document creation time in the text itself (a dateline before the body)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from chrono.extract import Found
from chrono.extract.grammar import Grammar
from chrono.model import Span, TimexType

# "@" stands for "at" before a note's clock time ("ED TRIAGE NOTE 07/04/2021 @ 2215").
_FILLER = re.compile(r"[\s\[\](){}|,.:;\-–—/*#_\"'“”·•@]*")


def _is_dateline(text: str, line_start: int, item: Found, grammar: Grammar) -> bool:
    """A press release's or a wire story's dateline: the place opens the line, the date and
    the wire follow, then a dash and the story ("SAN FRANCISCO, March 3, 2025 /PRNewswire/ --
    Acme today announced...")."""
    return bool(
        grammar.dateline_place.fullmatch(text, line_start, item.span.start)
        and grammar.dateline_after.match(text, item.span.end)
    )


def _is_full_date(item: Found) -> bool:
    """Whether ``item`` names a day of a given month and year."""
    spec = item.spec
    return spec.year is not None and spec.month is not None and spec.day is not None


def detect_dct(text: str, found: Sequence[Found], grammar: Grammar) -> dt.date | None:
    """The creation date written on its own line near the top of ``text``, if any.

    A full date (day, month and year) is the creation date when its line holds nothing else
    but brackets, punctuation, clock times and a label such as "Published:", or when it is a
    dateline: a place before it, a dash and the story after it.
    """
    for item in found:
        if item.span.start > grammar.dct_max_offset:
            break
        spec = item.spec
        if spec.year is None or spec.month is None or spec.day is None:
            continue
        line_start = text.rfind("\n", 0, item.span.start) + 1
        if _is_dateline(text, line_start, item, grammar):
            # "SAN JOSE, Calif., March 14, 2024 /PRNewswire/ -- ... the fiscal year ended
            # January 31, 2024": the story's own dates on its first line do not matter
            try:
                return dt.date(spec.year, spec.month, spec.day)
            except ValueError:
                continue
        line_end = text.find("\n", item.span.end)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[line_start : item.span.start] + " " + text[item.span.end : line_end]
        dates = 0
        for other in found:
            on_line = line_start <= other.span.start and other.span.end <= line_end
            if other is item or not on_line:
                continue
            spec_other = other.spec
            if (
                spec_other.type is TimexType.TIME
                or spec_other.from_admission
                or spec_other.from_operation
            ):
                # a note's clock time, or the day of the stay it is written on ("PROGRESS NOTE
                # 05/11/2017  HD #4", "... 03/12/2014  POD #2")
                rest = rest.replace(other.text, " ")
            elif _is_full_date(other):
                # "Admission Date: 04/22/2011  Discharge Date: 04/25/2011": the first date of a
                # line of labelled dates, each with its own label
                rest = rest.replace(other.text, " ")
                dates += 1
        rest, labels = grammar.dct_label.subn(" ", rest)
        if dates and labels <= dates:
            continue
        if _FILLER.fullmatch(rest):
            try:
                return dt.date(spec.year, spec.month, spec.day)
            except ValueError:
                continue
    return None


def detect_discharge(text: str, found: Sequence[Found], grammar: Grammar) -> dt.date | None:
    """The discharge date a note's header gives ("Discharge Date: 04/25/2011"), if any: a full
    date near the top after its label, on its line (after the admission date that may share
    it) or alone on the line above (the i2b2 layout)."""
    return _labelled_date(text, found, grammar.dct_discharge, grammar)


def dates_the_note(
    text: str, found: Sequence[Found], grammar: Grammar, dct: dt.date | None
) -> bool:
    """Whether ``dct`` is the day a note's own heading gives ("ID NOTE 03/18/2024"), not its
    admission's ("Admission Date: 05/02/2013"): a day the note is written on, which is no first
    day of a course to count on from."""
    if dct is None or detect_dct(text, found, grammar) != dct:
        return False
    return _labelled_date(text, found, grammar.dct_admission, grammar) != dct


def heads_a_note(text: str, found: Sequence[Found], grammar: Grammar, dct: dt.date) -> bool:
    """Whether ``dct`` is the date a clinical note's heading gives, the heading naming a
    clinic, a service or a kind of note before it ("HIV CLINIC :" over "03/18/2024", "ID NOTE
    03/18/2024"): the note is told from that date, whatever years its history names."""
    for item in found:
        start = item.span.start
        if start > grammar.dct_max_offset:
            break
        spec = item.spec
        if (spec.year, spec.month, spec.day) == (dct.year, dct.month, dct.day):
            return grammar.dct_note_heading.search(text, 0, start) is not None
    return False


def detect_admission(
    text: str, found: Sequence[Found], grammar: Grammar, dct: dt.date
) -> dt.date | None:
    """The admission date of a note written during the stay, when it is not the document
    date: the one its header labels ("Admit Date: 05/08/2017" under "PROGRESS NOTE
    05/11/2017"), else the one implied by the hospital day the note says it is written on
    ("HD #4" alone on a header line, "63M with HCAP, HD #4.", "Today is hospital day 4": three
    days before the document date), else the one its text tells ("He was admitted to St.
    Luke's on 01/28/2019")."""
    labelled = _labelled_date(text, found, grammar.dct_admission, grammar)
    if labelled is not None:
        return labelled
    day = _day_of_note(text, found, grammar, dct, grammar.dct_stay_before, operation=False)
    return day if day is not None else _told_admission(text, found, grammar)


_TOLD_REACH = 120  # "was admitted to the medical intensive care unit at St. Luke's on "


def _told_admission(text: str, found: Sequence[Found], grammar: Grammar) -> dt.date | None:
    """The day of an admission a letter tells in its text ("He was admitted to St. Luke's on
    01/28/2019"), the first one, if any."""
    for item in found:
        spec, start = item.spec, item.span.start
        if spec.year is None or spec.month is None or spec.day is None:
            continue
        if grammar.dct_told_admission.search(text, max(0, start - _TOLD_REACH), start):
            try:
                return dt.date(spec.year, spec.month, spec.day)
            except ValueError:
                continue
    return None


def detect_operation(
    text: str, found: Sequence[Found], grammar: Grammar, dct: dt.date
) -> dt.date | None:
    """The day of the operation of a note written after it that says which postoperative day
    it is written on ("SURGERY PROGRESS NOTE 03/12/2014" over "POD #2 s/p colectomy", "now
    POD 2", "67 yo M , POD 1 s/p CABG": two days, one day before the document date), if any."""
    return _day_of_note(text, found, grammar, dct, grammar.dct_stay_before, operation=True)


def _day_of_note(
    text: str,
    found: Sequence[Found],
    grammar: Grammar,
    dct: dt.date,
    clause: re.Pattern[str] | None,
    *,
    operation: bool,
) -> dt.date | None:
    """The day a numbered day of the stay (a Spec's ``stay_day``) counts from, the
    operation's when ``operation`` ("POD #2"), else the admission's ("HD #4"), when the note
    says it is written on that day: alone on its line (or after the note's date), after
    "today is", "now" or "currently", or after what ``clause`` fullmatches; the count is the
    days before the document date."""
    for k, item in enumerate(found):
        spec = item.spec
        if not spec.stay_day or spec.from_operation is not operation:
            continue  # most mentions (each document is read twice): no day of a stay
        offset = spec.offset
        if offset is None or offset.amount is None:
            continue
        start, end = item.span.start, item.span.end
        after = found[k - 1].span.end if k else 0
        if not grammar.dct_stay_day.search(item.text):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        until = found[k + 1].span.start if k + 1 < len(found) else line_end
        # what says so stands near it: a long line is not rescanned for each of its days
        before = max(line_start, after, start - _SAYS_REACH)
        # "Today is hospital day 4": the word that says so may be the mention just before
        said = max(line_start, found[k - 1].span.start if k else 0, start - _SAYS_REACH)
        if not (
            grammar.dct_today_before.fullmatch(text, before, start)
            or (said < before and grammar.dct_today_before.fullmatch(text, said, start))
            or (clause is not None and clause.fullmatch(text, before, start))
        ):
            continue
        if grammar.dct_today_after.match(text, end, min(line_end, max(until, end))):
            return dct - dt.timedelta(days=offset.amount)
    return None


def tells_operation(text: str, span: Span, grammar: Grammar) -> bool:
    """Whether the date at ``span`` is told as the day of an operation ("He underwent
    HeartMate 3 implantation on 08/02/16", "s/p CABG 09/05", "On 03/04 she was taken to the
    OR")."""
    start, end = span.start, span.end
    return (
        grammar.dct_told_operation.search(text, max(0, start - _TOLD_REACH), start) is not None
        or grammar.dct_told_operation_after.match(text, end, end + _TOLD_REACH) is not None
    )


_SAYS_REACH = 120  # "A/P: 63 yo M with HCAP on ceftriaxone, now improving, HD #4."


def _labelled_date(
    text: str, found: Sequence[Found], label: re.Pattern[str], grammar: Grammar
) -> dt.date | None:
    """The first full date near the top after ``label``, on its line (after another labelled
    date that may share it) or alone on the line above (the i2b2 layout)."""
    after = 0
    for item in found:
        if item.span.start > grammar.dct_max_offset:
            break
        spec, previous_end, after = item.spec, after, item.span.end
        if spec.year is None or spec.month is None or spec.day is None:
            continue
        line_start = text.rfind("\n", 0, item.span.start) + 1
        before = text[max(line_start, previous_end) : item.span.start]
        if _FILLER.fullmatch(before) and line_start:
            before = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
        if label.fullmatch(before):
            try:
                return dt.date(spec.year, spec.month, spec.day)
            except ValueError:
                continue
    return None


# Longer than any label with its punctuation ("Minutes of the meeting of the board held on").
_LONGEST_LABEL = 200


def is_labelled(text: str, span: Span, after: int, until: int, grammar: Grammar) -> bool:
    """Whether the date at ``span`` is a record's field, not a step of its story: a label
    ("Discharge Date:", "Updated:") stands before it on its line, after the previous mention
    (which ends at ``after``), or alone on the line before ("Discharge Date :" above
    "2014-03-18", the i2b2 layout), and nothing but punctuation follows it on its line before
    the next mention (which starts at ``until``). A header's second date must not become
    what "the next day" counts from; "As of October, sales fell" is no header.
    """
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    if not _FILLER.fullmatch(text, span.end, min(line_end, max(until, span.end))):
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    before = text[max(line_start, after) : span.start]
    if len(before) > _LONGEST_LABEL:
        return False  # running text
    if not _FILLER.fullmatch(before):
        return _only_labels(before, grammar)
    if line_start < after or line_start == 0:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    return _only_labels(text[max(previous_start, after) : line_start - 1], grammar)


def _only_labels(text: str, grammar: Grammar) -> bool:
    """Whether ``text`` is labels and filler only, with at least one label: what
    ``dct_label.subn(" ", text)`` would leave is filler. Each label is tried only where the
    filler after the previous one allows it to start, so running text fails at its first
    word instead of being searched through (the label pattern is costly to try everywhere)."""
    label, pos, labels = grammar.dct_label, 0, 0
    while True:
        run = _FILLER.match(text, pos).end()  # type: ignore[union-attr]
        found = next((m for p in range(pos, run + 1) if (m := label.match(text, p))), None)
        if found is None:
            return bool(labels) and run == len(text)
        if found.end() == found.start():  # an empty label: let subn's rules decide
            rest, labels = label.subn(" ", text)
            return bool(labels) and _FILLER.fullmatch(rest) is not None
        labels += 1
        pos = found.end()


# A numeric date of a text ("12/09/2023"), its first two numbers and its year.
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")
# A chat app's stamp in a day-first locale: the day and month padded to two figures, a
# four-digit year and a 24-hour clock ("03/04/2023, 14:22", "[05/04/2023, 09:10:33]"). The
# United States' short date pads neither and writes two figures of the year ("3/4/23, 2:22 PM").
_DAY_FIRST_STAMP = re.compile(
    r"(?:0[1-9]/\d\d|\d\d/0[1-9])/\d{4}, (?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
)


def writes_day_first(found: Sequence[Found], dct: dt.date | None, grammar: Grammar) -> bool:
    """True when the text dates itself day first: one of its numeric dates can only be read
    day first ("30/09/2023", a bin collection's "on 26/12") or is the document date read day
    first ("12/09/2023" on 12 September 2023) and not read month first, and none can only be
    read month first ("09/25/2023", "12/26"); or, when a full numeric date reads both ways
    ("3/6/2024"), its written dates all put the day before the month ("1 July", "17 June
    2024"), as British, Irish, Indian and Australian news write both. (A poster's or a
    message's "10/4" without its year follows no house style: month first, as before.)

    A British, Indian or Australian page stamps itself "Last updated: 12/09/2023 10:30";
    with the document date known, that stamp tells the order of all its numeric dates, and
    so does any date past the twelfth ("on 30/09/2023"), with or without it, and a chat
    log's stamps written as a day-first locale's app writes them ("[03/04/2023, 14:22]").
    """
    evidence = ambiguous = False
    for item in found:
        if _DAY_FIRST_STAMP.fullmatch(item.text):
            evidence = True
        for first, second, year in _NUMERIC_DATE.findall(item.text):
            a, b, y = int(first), int(second), int(year or 0)
            if b > 12 >= a:
                return False  # "09/25/2023": month first, whatever else the text says
            if a > 12 >= b:
                evidence = True  # "30/09/2023": day first
            if dct is not None and a != b and (y, b, a) == (dct.year, dct.month, dct.day):
                evidence = True
            ambiguous = ambiguous or (a != b and y > 0)
    if evidence or not ambiguous:
        return evidence
    written = [item.text for item in found]
    return any(map(grammar.written_day_month.search, written)) and not any(
        map(grammar.written_month_day.search, written)
    )
