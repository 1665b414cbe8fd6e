"""Text structure the pipeline needs: sentences (across hard line wraps), clauses and tense."""

from __future__ import annotations

import bisect
import enum
import itertools
import operator
import re
import statistics
from collections.abc import Sequence

from chrono.extract import cue_starts
from chrono.extract.grammar import Grammar
from chrono.extract.spec import Tense
from chrono.model import Span

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "st",
        "jr",
        "sr",
        "co",
        "corp",
        "inc",
        "ltd",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "approx",
        "ca",
        "fl",
        "dept",
        "est",
        "fig",
        "ft",
        "mt",
        "rev",
    )
)
# After an abbreviation that may end a sentence ("at 7:02 p.m.", "in the U.S.", "Acme Inc."),
# these words open the next one: "at 7:02 p.m. The next meeting ..." is two sentences ("at 7
# p.m. Tuesday", "Dr. Smith", "Jan. 5" are one).
_ABBREVIATIONS_ENDING = frozenset(
    {"a.m", "p.m", "u.s", "u.k", "u.n", "inc", "corp", "co", "ltd", "etc", "est"}
)
_SENTENCE_OPENER = re.compile(
    r"\s+(?:The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|His|Her|Its|Their|Our"
    r"|My|In|On|At|But|And|However|Meanwhile|After|Before|When|While|If|As|Then|No|Some|Many"
    r"|Most|All)\s"
)
# After a clock's "a.m." or "p.m.", any capitalised word before a word in small letters opens
# the next sentence too: "hit 30,000 homes around 5 p.m. Alerts run through Friday", "at 5
# p.m. Officials said"; not a weekday, a month, a zone or a holiday that dates the clock time
# ("at 9 a.m. Monday and", "at 5 p.m. Eastern time", "at 6 p.m. Christmas morning": the
# vocabulary's [clock_dating_word]), nor a place's time ("at 5 p.m. Moscow time"): the
# grammar's after_clock_opener.
_CLOCK_ENDING = frozenset({"a.m", "p.m"})


# Two scans (an alternation of both would be tried at every character, twice as slow).
# Wikipedia's citation markers follow the stop: "in 1801.[12] Today it is a port".
# A sentence ends at "[.!?]" + _STOP_TAIL, scanned for one stop at a time (see _stop_ends): led
# by a literal, a pattern is scanned for in a tight loop of a few instructions a character; led
# by a class, each character is tested against the class (some 70 instructions a character).
_STOP_TAIL = r"[.!?]*[\"'”’)\]]*(?:\[(?:\d{1,3}|[a-z]|[A-Za-z][a-z ]{0,20})\])*(?=\s)"
_STOP_ENDS = tuple((stop, re.compile(re.escape(stop) + _STOP_TAIL)) for stop in ".!?")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
# (Tried first only before the marks of _CLAUSE_MARK: see _clause_break.)
_CLAUSE_BREAK = re.compile(
    r"(?=\s*[;:—“”\",\-–])\s*(?:[;:]|\s[-–—]\s|—|[“”\"]"
    r"|, (?:and|but|while|whereas|although|though|who|which|where)\b)\s*"
)
# The mark every clause break holds after its leading whitespace: one character class, which
# ``re`` scans for at C speed (a pattern that may open with whitespace it tries at every
# character, look-ahead or not).
_CLAUSE_MARK = re.compile(r"[;:—“”\",\-–]")
_SPACE = re.compile(r"\s+")
_NEWLINE = re.compile(r"\n")
# The word right before a stop (and the spaces of a tokenized text: "Jan ."), within reach.
_STOP_WORD_REACH = 12


class Sentences:
    """Sentence spans of a text, searchable by offset.

    The text is cut once; each sentence's span (its chunk between two cuts, stripped) is built
    when first asked for: the pipeline needs only the sentences that hold a date.
    """

    __slots__ = ("_built", "_cuts", "_text")

    def __init__(self, text: str, cuts: Sequence[int]) -> None:
        self._text = text
        self._cuts = cuts  # 0, ..., len(text), ascending
        self._built: dict[int, Span | None] = {}

    def _chunk(self, i: int) -> Span | None:
        """The stripped span of chunk ``i``, None when it is only whitespace."""
        if i in self._built:
            return self._built[i]
        a, b = self._cuts[i], self._cuts[i + 1]
        chunk = self._text[a:b]
        stripped = chunk.strip()
        span = None
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            span = Span(start=a + lead, end=a + lead + len(stripped))
        self._built[i] = span
        return span

    def at(self, offset: int) -> Span:
        """The sentence containing ``offset`` (the nearest one before it if it falls between
        sentences; the first one before the first sentence)."""
        last = len(self._cuts) - 2
        i = min(max(0, bisect.bisect_right(self._cuts, offset) - 1), last)
        span = self._chunk(i)
        if span is not None and span.start <= offset:
            return span
        for j in range(i - 1, -1, -1):
            before = self._chunk(j)
            if before is not None:
                return before
        return self.first

    def between(self, start: int, end: int) -> tuple[Span, ...]:
        """The sentences that begin at or after ``start`` and before ``end``, in text order."""
        lo = max(0, bisect.bisect_right(self._cuts, start) - 1)
        hi = min(bisect.bisect_left(self._cuts, end), len(self._cuts) - 1)
        spans = (self._chunk(i) for i in range(lo, hi))
        return tuple(s for s in spans if s is not None and start <= s.start < end)

    @property
    def first(self) -> Span:
        """The first sentence (the whole text when it is only whitespace)."""
        for i in range(len(self._cuts) - 1):
            span = self._chunk(i)
            if span is not None:
                return span
        return Span(start=0, end=len(self._text))

    @property
    def spans(self) -> tuple[Span, ...]:
        """Every sentence, in text order."""
        found = tuple(s for i in range(len(self._cuts) - 1) if (s := self._chunk(i)) is not None)
        return found or (self.first,)


# a blank line, also between Windows line ends ("\r\n\r\n")
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


def breaks_paragraph(text: str, start: int, end: int) -> bool:
    """Whether a blank line stands in ``text[start:end]``."""
    return _BLANK_LINE.search(text, start, end) is not None


def search_line_starts(
    heading: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    other: re.Pattern[str] | None = None,
) -> bool:
    """Whether ``heading.search(text, start, end)`` (or ``other``'s) finds a match, for a
    pattern whose every match begins a line (see :func:`chrono.extract.cue_starts.opens_lines`):
    it is tried at the line starts between ``start`` and ``end`` only, found with ``str.find``,
    where ``re`` would try it at every character (its first ``^`` is no literal to skip ahead
    by); ``other`` is tried at the same line starts, found once for both."""
    at = start
    if at and text[at - 1] != "\n":
        at = text.find("\n", at, end) + 1
        if not at:
            return False
    while heading.match(text, at, end) is None and (
        other is None or other.match(text, at, end) is None
    ):
        at = text.find("\n", at, end) + 1
        if not at:
            return False
    return True


def paragraph_end(text: str, start: int) -> int:
    """Where the first blank line at or after ``start`` begins (the end of the text if none)."""
    blank = _BLANK_LINE.search(text, start)
    return len(text) if blank is None else blank.start()


def _wrapped_line_breaks(text: str) -> list[int]:
    """Offsets of newlines that end a short line: headings and bylines, not hard wraps.

    A hard-wrapped paragraph has lines of similar length; a line clearly shorter than the
    typical long line that does not end a sentence is a block of its own (a title, a byline).
    """
    lines = text.split("\n")  # each without its newline; the last one has none
    # the lines' lengths and the newlines' offsets counted in C (map, compress, accumulate),
    # not a Python step a line: a log or a table has thousands of lines
    widths = list(map(len, map(str.rstrip, lines)))
    # the lines of more than 20 characters but their blanks (20 < n)
    lengths = list(itertools.compress(widths, map((20).__lt__, map(len, map(str.strip, lines)))))
    # the ith newline follows the first i + 1 lines and the i newlines between them
    preceding = itertools.accumulate(map(len, lines[:-1]))
    newlines = list(map(operator.add, preceding, itertools.count()))
    if len(lengths) < 3:
        return newlines
    shorter = 0.6 * statistics.median(lengths)
    last = len(lines) - 2  # the last line that a newline ends
    return [
        at
        for i, at in enumerate(newlines)
        if widths[i] < shorter
        or _list_item_follows(lines[i] + "\n", lines[i + 1] + "\n" * (i + 1 <= last))
    ]


# A line of a list: a bullet, a date or figure first ("1991 – ...", "c. 3000 BC", "Late
# 1960s:"), or a label and its separator ("Go-live: ...", "Milestone 2 — ...").
_LIST_ITEM = re.compile(
    r"\s*(?:[-*•·▪–—]\s|\d|(?:c\.|ca\.|circa|early|mid|late)[- ]?\d"
    r"|[A-Z][^\s:]*(?: [^\s:]+){0,4}(?::| [–—-]) )",
    re.IGNORECASE,
)
# How a line of a list ends: a figure, a bracket, or the present of "2015–present".
_LIST_END_WORDS = ("present", "current", "now", "today")
_LIST_END = re.compile(r"(?:\d|\)|\b(?:" + "|".join(_LIST_END_WORDS) + r"))\s*\Z", re.IGNORECASE)
# How a hard-wrapped line of prose ends inside its sentence: a comma, a dash, a function word.
_RUNS_ON_ALTERNATIVES = (
    "and|or|but|of|the|a|an|to|in|on|at|for|by|from|with|as|that|which|who|than|its|his|her"
    "|their|our|is|was|are|were|be|been|has|have|had"
)
_RUNS_ON_WORDS = tuple(_RUNS_ON_ALTERNATIVES.split("|"))
_RUNS_ON = re.compile(r"(?:[,;:(\-–—&]|\b(?:" + _RUNS_ON_ALTERNATIVES + r")\b)\s*\Z", re.IGNORECASE)
# The longest match of each before a line's trailing blanks, computed from its words (each
# character of a match matches one of the text; the other alternatives are one character)
_LIST_END_LONGEST = max(map(len, _LIST_END_WORDS))
_RUNS_ON_LONGEST = max(map(len, _RUNS_ON_WORDS))


def _list_item_follows(line: str, after: str) -> bool:
    """True when ``line`` ends a list's line and ``after`` starts the next item: a CV's or a
    roadmap's lines have no final stop ("Data Analyst, Globex, 2019 - Present" before "Team
    Lead, Hooli, ..."; "H2 2025: scale-up" before "Go-live: 2025-09-01"), while a hard-wrapped
    line of prose runs on into the next one."""
    # both line-end patterns are searched from their longest match's start before the
    # line's trailing blanks ("which", "present"), not along the whole line: their word
    # edges see the text before where a search starts
    width = len(line.rstrip())
    if not after.strip() or _RUNS_ON.search(line, max(0, width - _RUNS_ON_LONGEST)):
        return False
    if _LIST_ITEM.match(after):
        return True
    ends_list = _LIST_END.search(line, max(0, width - _LIST_END_LONGEST))
    return bool(ends_list) and after.lstrip()[:1].isupper()


# A "sentence" longer than this is no prose sentence but a log, a table or a list without
# punctuation: its lines are taken as the sentences.
_LONGEST_SENTENCE = 1000


def _split_long(text: str, cuts: list[int]) -> list[int]:
    if all(map(_LONGEST_SENTENCE.__ge__, map(operator.sub, cuts[1:], cuts))):
        return cuts  # none too long, checked in C (most texts): the cuts as they are
    out = [cuts[0]]
    for a, b in itertools.pairwise(cuts):
        if b - a > _LONGEST_SENTENCE:
            out.extend(m.end() for m in _NEWLINE.finditer(text, a, b))
        out.append(b)
    return sorted(set(out))


def _stop_ends(text: str) -> list[tuple[int, int]]:
    """The spans of ``re.finditer("[.!?]" + _STOP_TAIL, text)``, in no given order: the
    matches of each stop's own pattern that open their run of stops (one led by another stop,
    "?." or ".!", is part of the match of the run's first)."""
    found: list[tuple[int, int]] = []
    for stop, pattern in _STOP_ENDS:
        if stop in text:
            spans = map(re.Match.span, pattern.finditer(text))
            found.extend((a, b) for a, b in spans if not a or text[a - 1] not in ".!?")
    return found


def _word_before_stop(text: str, at: int) -> str:
    """The word right before the stop at ``at`` (after the blanks of a tokenized text: "Jan
    ."), read within ``_STOP_WORD_REACH`` characters: a word longer than that is none (""),
    not its tail cut at the reach's edge. (String methods, not a pattern searched at each
    character of the reach.)"""
    start = max(0, at - _STOP_WORD_REACH)
    head = text[start:at].rstrip()
    word = head.rsplit(None, 1)[-1] if head else ""
    if len(word) == len(head) and start and not text[start - 1].isspace():
        return ""  # the word runs on before the reach
    return word


def split_sentences(text: str, grammar: Grammar) -> Sentences:
    """Split ``text`` into sentences; a hard line wrap inside a sentence does not end it
    (``grammar``: the language's, whose words tell a clock's "p.m." that ends a sentence from
    one dated by the next word, see :attr:`Grammar.after_clock_opener`)."""
    after_clock_opener = grammar.after_clock_opener
    cuts = {0, len(text)}
    for at, end in _stop_ends(text):
        if text[at] == ".":  # not after an abbreviation or an initial
            word = _word_before_stop(text, at)
            last = word.lower().rstrip(".").split("-")[-1].lstrip("(\"'“")
            # a lone digit is no initial but a date's day or a score ("released Jan. 4. In
            # March, ..."; "won 2-1. The"), unless it numbers a list item at a line's start
            item = at < 2 or text[at - 2] == "\n"
            initial = len(last) == 1 and (item or not last.isdigit())
            if (last in _ABBREVIATIONS or initial) and not (
                last in _ABBREVIATIONS_ENDING
                and (
                    _SENTENCE_OPENER.match(text, end)
                    or (last in _CLOCK_ENDING and after_clock_opener.match(text, end))
                )
            ):
                continue
        cuts.add(end)
    cuts.update(m.end() for m in _PARAGRAPH_END.finditer(text))
    cuts.update(pos + 1 for pos in _wrapped_line_breaks(text))
    # every cut is an offset of the text: 0, its length, a match's end, a newline's next
    return Sentences(text, _split_long(text, sorted(cuts)))


def bounded(text: str, sentence: Span, mention: Span, limit: int = 400) -> Span:
    """The sentence, or when it is longer than ``limit`` characters (a log, a table, a text
    without punctuation) the words around the mention: events never copy unbounded text."""
    if sentence.end - sentence.start <= limit:
        return sentence
    half = max(0, (limit - (mention.end - mention.start)) // 2)
    start = max(sentence.start, mention.start - half)
    end = min(sentence.end, mention.end + half)
    # do not cut words in half
    while start > sentence.start and start < mention.start and not text[start - 1].isspace():
        start += 1
    while end < sentence.end and end > mention.end and not text[end].isspace():
        end -= 1
    return Span(start=start, end=end)


def flatten(text: str) -> str:
    """Join hard line wraps and collapse whitespace runs into single spaces."""
    if text.isprintable() and "  " not in text:
        return text.strip()  # only single ASCII spaces (other whitespace is not printable)
    return _SPACE.sub(" ", text).strip()


# Marks that hold no break tried one by one before the rest is left to the pattern's own scan:
# a list of dates ("2019-2019-2019-...") is all marks, each a step in Python.
_MARKS_TRIED = 4


def _clause_break(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``_CLAUSE_BREAK.search(text, pos, endpos)``, tried only where it can start: at the
    whitespace before each mark (the start of a run: a match inside it is also one from its
    start, with the same end), else at the mark."""
    for _ in range(_MARKS_TRIED):
        mark = _CLAUSE_MARK.search(text, pos, endpos)
        if mark is None:
            return None
        start = mark.start()
        while start > pos and text[start - 1].isspace():
            start -= 1
        found = _CLAUSE_BREAK.match(text, start, endpos)
        if found is not None:
            return found
        pos = mark.end()
    return _CLAUSE_BREAK.search(text, pos, endpos)


def clause_title(text: str, sentence: Span, mention: Span, limit: int = 100) -> str:
    """The clause of ``sentence`` that holds ``mention``, flattened and at most ~``limit`` chars.

    Clauses are cut at semicolons, colons, dashes, quotes and clause conjunctions; when the
    clause is still too long, words are dropped from its far ends around the mention.
    """
    a, b = sentence.start, sentence.end
    left = a
    while (m := _clause_break(text, left, mention.start)) is not None:
        left = m.end()
    right = b
    after = _clause_break(text, mention.end, b)
    if after:
        right = after.start()
    flat = flatten(text[left:right])
    # a very short clause ("2019,") says nothing: fall back to the sentence
    if len(flat) < 25:
        left, right = a, b
        flat = flatten(text[left:right])
    words = flat.strip(" ,;:-–—\"“”'")
    if len(words) <= limit:
        return words
    # Too long: keep the clause's beginning (who did what) through the date when that fits;
    # else the words leading up to the date.
    head = flatten(text[left : mention.end]).strip(" ,;:-–—\"“”'")
    if len(head) < 40:  # the date opens the clause ("Since 2018, …"): what follows it
        cut = words[: limit - 1]
        space = cut.rfind(" ")
        return (cut[:space] if space > len(head) else cut).rstrip(",;:") + "…"
    if len(head) <= limit - 1:
        return head.rstrip(",;:") + "…"
    cut = head[len(head) - (limit - 1) :]
    space = cut.find(" ")
    return "…" + (cut[space + 1 :] if 0 <= space < len(cut) - 1 else cut)


# The tense cues of each sentence, by their start: (start, end) of each future cue, of each
# past cue (see :func:`sentence_cues`).
Cues = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]


def sentence_cues(
    text: str, sentence: Span, grammar: Grammar, cache: dict[tuple[int, int], Cues] | None = None
) -> Cues:
    """The future and the past tense cues of ``sentence``, each read whole in it (a cue's
    look-ahead sees the rest of its sentence: a headline's "Hunt to cut national insurance on
    Wednesday"); scanned once per sentence when a ``cache`` (one per text) is given."""
    key = (sentence.start, sentence.end)
    cues = cache.get(key) if cache is not None else None
    if cues is None:
        start, end = sentence.start, sentence.end
        future = cue_starts.spans(
            grammar.future_cue,
            grammar.future_cue_starts,
            text,
            start,
            end,
            grammar.future_cue_lower_starts,
            grammar.future_cue_dispatch,
        )
        past = cue_starts.spans(
            grammar.past_cue,
            grammar.past_cue_starts,
            text,
            start,
            end,
            grammar.past_cue_lower_starts,
        )
        # A future cue inside a longer past one is a word of its phrase: the "open" of "kept
        # the polls open on Tuesday" opens nothing ahead (a word that is both, "slated" as a
        # participle in -ed, stays a future cue: its tie is resolved where cues are read).
        if future and past:
            future = tuple(
                (a, b)
                for a, b in future
                if not any(p <= a and b <= q and (p, q) != (a, b) for p, q in past)
            )
        cues = (future, past)
        if cache is not None:
            cache[key] = cues
    return cues


_PLAN_REACH = 40  # characters before a mention read for a plan told as changed
_EVENT_REACH = 24  # characters before a day read for a preposition toward its event
_UNTIL_REACH = 100  # characters before a mention read for a past wait ("did not ... until")
_REPORT_REACH = 64  # characters before a mention read for a report's day ("said in a statement on")
_AWAIT_REACH = 48  # characters before a day read for a wait ("awaiting the Bank of Japan's")
_JOINED_REACH = 16  # characters before a day read for the day it is joined to ("Wednesday or ")
_SET_FOR_REACH = 48  # characters before a date read for its deadline ("set a new trial date for")
_WORD_BEFORE_REACH = 24  # characters before a mention read for the word that orients it ("until")


def reported_in(text: str, sentence: Span, mention: Span, grammar: Grammar) -> bool:
    """Whether the words right before ``mention`` tell it behind, whatever its clause looks
    ahead to (``past_before`` in tense.toml): the report something was said in ("the hurricane
    center said in its 4 a.m. advisory", "said in a statement on Monday"), "since", "ago"."""
    reach = max(sentence.start, mention.start - _REPORT_REACH)
    found = cue_starts.search(
        grammar.past_before,
        grammar.past_before_starts,
        text,
        reach,
        mention.start,
        grammar.past_before_lower_starts,
    )
    return found is not None


_DONE_REACH = 64  # characters before a day read for a procedure or a test told done


def done_in_note(text: str, start: int, mention: Span, grammar: Grammar) -> bool:
    """Whether a note tells the day at ``mention`` as that of a procedure done ("S/p
    appendectomy 4/2", "Underwent R TKA on 4/2": ``done_in_note_before``) or of a test with its
    result after it ("Colonoscopy 6/2: two polyps", "CT 6/2 negative": ``result_test_before``
    and ``result_after``); the words before are read from ``start`` (the sentence's) on."""
    reach = max(start, mention.start - _DONE_REACH)
    if grammar.done_in_note_before.search(text, reach, mention.start) is not None:
        return True
    return (
        grammar.result_after.match(text, mention.end) is not None
        and grammar.result_test_before.search(text, reach, mention.start) is not None
    )


def tense_at(
    text: str,
    sentence: Span,
    mention: Span,
    grammar: Grammar,
    *,
    weekday: bool = False,
    awaited: bool = False,
    month_day: bool = False,
    word_before: bool = True,
    cache: dict[tuple[int, int], Cues] | None = None,
    story_weekday: int | None = None,
) -> Tense:
    """The tense of the clause around ``mention``: the word right before it when it orients
    dates ("until", "since"; "by" only for months and days, not for a ``weekday`` nor a clock
    time, which the caller says with it, and not when the clause's verb is past: "Sales rose
    by March"), else the nearest tense cue in its sentence (only the cue when not
    ``word_before``); a plan told as changed right before it ("was originally scheduled for")
    gives none, whatever the cues, and so does one told in the past ("was to ring in"), but
    for a weekday, which it puts ahead ("was to return to Washington Monday"). A ``weekday``
    whose possessive names an event that is only ever reported ("Friday's quake") is past; one
    that may be ``awaited`` (a weekday or a holiday, not a month: "waiting for the March
    figures" names data) is ahead when what stands right before it waits or prepares for it
    ("are waiting for Wednesday's decision"). A ``month_day`` (a month and day, no year) that
    names an event, after a preposition toward it ("ahead of the Nov. 8 election"), has no
    tense: the nearest such day; one whose event has a relative clause in the future ("the Jan.
    5 runoffs, which will decide") is ahead, and so is a ``weekday`` whose possessive names a
    scheduled event, with no cue near and no past cue around it ("Polls show Labour ahead in
    Thursday's general election"). A ``weekday`` that names a vote whose results come on a
    weekday before the vote's next one, counted from ``story_weekday`` (the document's, ISO),
    is the vote behind ("Results of Sunday's election are expected on Friday", on a Tuesday).
    ``cache`` keeps each sentence's cues (one per text)."""
    if weekday and grammar.past_event_after.match(text, mention.end):
        # "Friday's quake is expected to cost billions": a quake is reported, never planned
        return Tense.PAST
    if (
        weekday
        and story_weekday is not None
        and _vote_over(text, sentence, mention, grammar, story_weekday)
    ):
        # "Results of Sunday's election are expected on Friday": its results come after it
        return Tense.PAST
    if month_day or weekday:
        # a weekday names its event through its possessive: "Sunday's runoffs, which will"
        at = mention.end + (
            2 if weekday and text[mention.end : mention.end + 2] in _POSSESSIVE else 0
        )
        event = grammar.event_day_after.match(text, at)
        if event is not None and grammar.event_ahead_after.match(text, event.end()):
            # "poured money into Georgia's Jan. 5 runoffs, which will decide control of the
            # Senate": the clause of the event itself looks ahead
            return Tense.FUTURE
    if (
        month_day
        and word_before
        and grammar.event_day_after.match(text, mention.end)
        and grammar.event_day_before.search(
            text, max(sentence.start, mention.start - _EVENT_REACH), mention.start
        )
    ):
        # "said the race was rigged ahead of the Nov. 8 election": the clause's tense is of
        # the saying, not of the election
        return Tense.PRESENT
    if word_before and done_in_note(text, sentence.start, mention, grammar):
        # "S/p appendectomy 4/2 .", "Colonoscopy 6/2: two polyps .": a procedure or a test done
        return Tense.PAST
    if word_before:
        # searched in the text up to the mention, not in a slice, so that look-behinds and
        # word edges see what comes before the reach ("up|set a trial for" is no "set")
        plan = (text, max(sentence.start, mention.start - _PLAN_REACH), mention.start)
        if grammar.plan_changed_before.search(*plan):
            # "The vote was originally scheduled for 11 December but was pulled": neither the
            # plan nor the verb after it says which December
            return Tense.PRESENT
        if grammar.plan_in_past_before.search(*plan):
            # "Bush was to ring in the New Year": the nearest; "was to return Monday": ahead
            return Tense.FUTURE if weekday else Tense.PRESENT
        if grammar.plan_infinitive_before.search(*plan):
            # "planned to sell bonds in March", "intended to fly home on Monday but was
            # detained": the nearest, as the plan may have fallen through
            nearest = _nearest_weekday(text, mention, grammar, story_weekday) if weekday else None
            return nearest or Tense.PRESENT
    cue_end = mention.start
    if weekday:
        # "Hotel booked for Sat and Sun": the second of two days joined by "and" or "or"
        # shares the word before the first
        joined = grammar.joined_day_before.search(
            text, max(sentence.start, mention.start - _JOINED_REACH), mention.start
        )
        cue_end = joined.start() if joined is not None else cue_end
    # the 24 characters before the mention (or the day it is joined to), searched in place so
    # that look-behinds and word edges at the reach see the text before it (a slice's edge
    # passes for the start of a word, and hides the "had" of "had run through")
    before = (text, max(sentence.start, cue_end - _WORD_BEFORE_REACH), cue_end)
    awaiting = max(sentence.start, mention.start - _AWAIT_REACH)
    if word_before and awaited and grammar.awaited_before.search(text, awaiting, mention.start):
        return Tense.FUTURE  # "Shops are preparing for Christmas", in June: the coming one
    if word_before and grammar.future_before.search(*before):
        clause = max(sentence.start, mention.start - _UNTIL_REACH)
        if grammar.past_until_before.search(text, clause, mention.start):
            # "The navy did not announce the accident until Wednesday": a wait that is over
            return Tense.PAST
        if grammar.until_before.search(*before) and grammar.past_until_after.match(
            text, mention.end
        ):
            # "Until Thursday, they had not called Kopp a suspect"
            return Tense.PAST
        return Tense.FUTURE
    set_for = max(sentence.start, mention.start - _SET_FOR_REACH)
    deadline = word_before and (
        (not weekday and grammar.future_before_dates.search(text, set_for, mention.start))
        # "set a hearing for Friday": ahead
        or grammar.calendar_set_before.search(text, set_for, mention.start)
    )
    if deadline and not grammar.past_deadline_before.search(*before):
        if weekday and _set_day_passed(text, sentence, mention, grammar, set_for, story_weekday):
            # "On Monday the judge set a hearing for Thursday", on a Friday: the Thursday
            # after that Monday, behind
            return Tense.PAST
        return Tense.FUTURE
    if weekday and word_before:
        verb = _own_verb(text, sentence, mention, grammar)
        if verb is not None:
            # "On Monday the judge set a hearing for next month": the clause's own verb, not
            # the "next" of the hearing's month
            return verb
    if word_before and reported_in(text, sentence, mention, grammar):
        if grammar.reported_future_after.match(text, mention.end):
            return Tense.FUTURE  # "said Independence Day would be quiet": ahead of the saying
        return Tense.PAST
    if weekday and word_before and _released_on(text, sentence, mention, grammar, before):
        return Tense.FUTURE  # "The update ships on Friday.": what is released looks ahead
    cues = sentence_cues(text, sentence, grammar, cache)
    best = _nearest_cue(text, sentence, mention, grammar, cues)
    if (
        word_before
        and best is None
        and not _cues_around(sentence, mention, cues)
        and grammar.verbless_ahead_before.search(*before)
        and (weekday or _notice_month(text, sentence, mention, grammar))
    ):
        # a verbless line's deadline or run is ahead: a forecast's "Storm totals by 7 a.m.
        # Tuesday", a headline's "Weekend closures through August" (in January)
        return Tense.FUTURE
    if deadline:
        # "by March" looks ahead unless the clause's verb is past ("Sales rose by March") and
        # nothing in the sentence looks ahead ("Qantas will almost double its flights ... by
        # August in the search for new markets untouched by the crisis")
        past = best is not None and best[1] is Tense.PAST
        ahead = Tense.FUTURE in _cues_around(sentence, mention, cues)
        return Tense.PAST if past and not ahead else Tense.FUTURE
    prose = sentence.end - sentence.start <= _LONGEST_SENTENCE
    if best is None and prose and _cues_around(sentence, mention, cues) == {Tense.FUTURE}:
        # no cue near, and only future ones further off in the sentence ("Rain will spread
        # east overnight, clearing by mid-morning Thursday"): the sentence looks ahead
        return Tense.FUTURE
    if (
        best is None
        and prose
        and _FRONTED.fullmatch(text, sentence.start, mention.start)
        and _cues_around(sentence, mention, cues) == {Tense.PAST}
    ):
        # "In April, thousands of people living on the slopes of the volcano were evacuated":
        # a date fronted before its clause takes the tense of that clause's verb, however
        # long the subject between them (a date that is the subject, "The onset of winter has
        # hampered", is no such date)
        return Tense.PAST
    if (
        best is None
        and weekday
        and word_before
        and grammar.coming_event_after.match(text, mention.end)
        and not grammar.coming_event_not_before.search(*before)
        and not grammar.coming_event_over.search(text, sentence.start, sentence.end)
        and Tense.PAST not in _cues_around(sentence, mention, cues)
    ):
        # "Polls show Labour far ahead in Thursday's general election", in a Monday story: an
        # event named by its day, with nothing in its sentence telling it done, is to come
        # ("Trump won the presidency early Wednesday, defeating Clinton in Tuesday's election");
        # its outcome may be awaited or still unknown, the nearest day ("The outcome of
        # Sunday's runoff remains unclear", on a Wednesday, behind; what "is hard to
        # predict" is ahead by its cue)
        nearest = _nearest_weekday(text, mention, grammar, story_weekday)
        if nearest and grammar.coming_event_nearest_before.search(*before):
            return nearest
        return Tense.FUTURE
    return best[1] if best else Tense.PRESENT


# How far from a mention the tenses of its sentence are read when no cue is near, in a prose
# sentence (a log or a table is no sentence: see _LONGEST_SENTENCE).
_SENTENCE_REACH = 300
_TENSES = (Tense.FUTURE, Tense.PAST)  # the order of :data:`Cues`


def _weekday(word: str, grammar: Grammar) -> int | None:
    """The ISO number of the weekday ``word`` begins with ("Sunday's": 7, "Thurs": 4), by the
    vocabulary's weekdays read on its first three letters, which name each one; None for
    another word."""
    day = grammar.vocabulary["weekday"].get(word[:3].lower())
    return day if isinstance(day, int) else None


def _nearest_weekday(
    text: str, mention: Span, grammar: Grammar, story_weekday: int | None
) -> Tense | None:
    """The tense that reads the weekday ``mention`` as the nearest such day to the story's
    (ISO ``story_weekday``): ahead when it is at most three days on, else behind; None
    without a story weekday."""
    day = _weekday(text[mention.start : mention.end], grammar)
    if story_weekday is None or day is None:
        return None
    days_on = (day - story_weekday) % 7
    return Tense.FUTURE if 0 < days_on <= 7 - days_on else Tense.PAST


def _set_day_passed(
    text: str,
    sentence: Span,
    mention: Span,
    grammar: Grammar,
    set_for: int,
    story_weekday: int | None,
) -> bool:
    """Whether the weekday ``mention``, a calendar set for it ("set a hearing for Thursday"),
    was set on a weekday the sentence names before the setting ("On Monday the judge set"),
    and the first such day after that one has come by the story's ``story_weekday`` (ISO):
    "On Monday the judge set a hearing for Thursday", on a Friday, is the Thursday behind;
    on a Wednesday the Thursday ahead."""
    setting = grammar.calendar_set_before.search(text, set_for, mention.start)
    set_on = setting and grammar.setting_day.search(text, sentence.start, setting.start())
    day = _weekday(text[mention.start : mention.end], grammar)
    if not set_on or story_weekday is None or day is None:
        return False
    on = _weekday(set_on["day"], grammar)
    return on is not None and 0 < (day - on) % 7 < (story_weekday - on) % 7


def _vote_over(
    text: str, sentence: Span, mention: Span, grammar: Grammar, story_weekday: int
) -> bool:
    """Whether the weekday ``mention`` names a vote ("Sunday's election") whose results, told
    with a weekday of their own, come before the vote's next such day counted from the
    story's: then the vote is over ("Sunday's election results are expected on Friday", on a
    Tuesday: results on Friday cannot follow next Sunday's vote). "Results of Sunday's election
    will be known on Monday", on a Friday, can follow the coming Sunday: not over."""
    vote = grammar.vote_after.match(text, mention.end)
    if vote is None:
        return False
    results = grammar.vote_results_after.match(text, vote.end())
    if results is None and not grammar.vote_results_before.search(
        text, sentence.start, mention.start
    ):
        return False
    day = grammar.vote_results_day.match(text, (results or vote).end(), sentence.end)
    voted = _weekday(text[mention.start : mention.end], grammar)
    told = _weekday(day["day"], grammar) if day is not None else None
    if voted is None or told is None:
        return False
    return (voted - story_weekday) % 7 > (told - story_weekday) % 7


def _cues_around(sentence: Span, mention: Span, cues: Cues) -> set[Tense]:
    """The tenses whose cues stand in ``sentence`` within reach of ``mention``."""
    lo = max(sentence.start, mention.start - _SENTENCE_REACH)
    hi = min(sentence.end, mention.end + _SENTENCE_REACH)
    return {
        tense
        for spans, tense in zip(cues, _TENSES, strict=True)
        if any(lo <= start and end <= hi for start, end in spans)
    }


# How much further back than its reach a cue may start (a headline's line, see tense.toml).
_CUE_START_BACK = 64


def _notice_month(text: str, sentence: Span, mention: Span, grammar: Grammar) -> bool:
    """Whether a month ``mention`` is a verbless line's run ahead, a notice's: pointed so
    (``verbless_month``) and either after what a notice runs ("Weekend closures through
    August.") or with nothing measured before it in the line; not a figure's period ("Retail
    sales up 4% through August.", behind)."""
    if not grammar.verbless_month.match(text, mention.start):
        return False
    return (
        grammar.verbless_run_before.search(text, sentence.start, mention.start) is not None
        or grammar.verbless_measured.search(text, sentence.start, mention.start) is None
    )


def _released_on(
    text: str, sentence: Span, mention: Span, grammar: Grammar, before: tuple[str, int, int]
) -> bool:
    """Whether a weekday ``mention`` is what a subject opening its sentence lands, ships or
    debuts on ("The update ships on Friday.", "The patch lands on Saturday for all users"),
    asked only right after such a verb and "on"."""
    if not grammar.release_on_before.search(*before):
        return False
    at = mention.start - 1
    return any(
        m.end() == at for m in grammar.release_on.finditer(text, sentence.start, sentence.end)
    )


def _nearest_cue(
    text: str, sentence: Span, mention: Span, grammar: Grammar, cues: Cues
) -> tuple[int, Tense] | None:
    """The nearest tense cue within ``tense_distance`` of ``mention`` in its sentence, with its
    distance."""
    best: tuple[int, Tense] | None = None
    apart = True  # whether the best cue is across a comma from the mention
    # A cue counts from its end: a headline's "Hunt to cut national insurance on Wednesday" is
    # as near as its "to". A cue across a comma yields to one in the mention's own phrase: "The
    # museum, closed since a pipe flooded it in December, reopens on Monday" (the flood's); so
    # does one across "and", which joins a clause of its own: "held their final rallies Friday
    # night and will rest over the weekend" (the rallies are past).
    lo = max(sentence.start, mention.start - grammar.tense_distance - _CUE_START_BACK)
    hi = min(sentence.end, mention.end + grammar.tense_distance)
    # A semicolon joins two clauses with tenses of their own: "The city never recovered;
    # today it has 40,000 inhabitants" is the present of the writer, not the past before it.
    lo = max(lo, text.rfind(";", lo, mention.start) + 1)
    semicolon = text.find(";", mention.end, hi)
    hi = hi if semicolon < 0 else semicolon
    for spans, tense in zip(cues, _TENSES, strict=True):
        for start, end in spans[bisect.bisect_left(spans, (lo,)) :]:
            if start >= hi:
                break
            if mention.start <= start < mention.end:
                continue  # the mention's own words ("last", "next") are not verbs
            away = mention.start - end if end <= mention.start else start - mention.end
            if away > grammar.tense_distance:
                continue
            between = (
                text[end : mention.start] if end <= mention.start else text[mention.end : start]
            )
            if end <= mention.start and _GOVERNS.fullmatch(between):
                away = 0  # the verb's own phrase: "aid pledged in February would arrive in May"
            crossed = "," in between or " and " in between
            if end > mention.start and grammar.clause_after.search(between):
                crossed = True  # a relative or reported clause after the mention: its own
            if end > mention.start and grammar.clause_cue.match(text, start):
                crossed = True  # a participle's clause after the mention ("telling them to")
            if best is None or (crossed, away) < (apart, best[0]):
                best, apart = (away, tense), crossed
    return best


def told_past_in_clause(
    text: str,
    sentence: Span,
    mention: Span,
    grammar: Grammar,
    cache: dict[tuple[int, int], Cues] | None = None,
) -> bool:
    """Whether the nearest tense cue of ``mention`` is past and a past cue stands in its own
    clause, no comma, colon, dash, bracket nor "and" between them ("Traffic was heavy this
    weekend, police said"; not "The festival, which drew 50,000 people last year, returns this
    weekend", whose past is a relative clause's), and ``mention`` is no possessive, which names
    a thing of its own clause ("Officials said this weekend's storm is expected")."""
    if text[mention.end : mention.end + 2] in _POSSESSIVE:
        return False
    cues = sentence_cues(text, sentence, grammar, cache)
    best = _nearest_cue(text, sentence, mention, grammar, cues)
    if best is None or best[1] is not Tense.PAST:
        return False
    for start, end in cues[1]:
        if end <= mention.start:
            between = text[end : mention.start]
        elif start >= mention.end:
            between = text[mention.end : start]
        else:
            continue
        if (
            len(between) <= grammar.tense_distance
            and _CLAUSE_END.search(between) is None
            and " and " not in between
        ):
            return True
    return False


# A possessive's ending, straight or curly.
_POSSESSIVE = ("'s", "’s")

# What may open a sentence before the weekday that opens its clause ("On Monday", "Monday"; the
# mention holds "Late" of "Late Monday").
_DAY_OPENS = re.compile(r"\s*(?:on\s+)?", re.IGNORECASE)


def _own_verb(text: str, sentence: Span, mention: Span, grammar: Grammar) -> Tense | None:
    """The tense of a weekday's own clause told by its verb right after it, a subject between
    when the day opens its sentence (tense.toml day_verb_after, fronted_day_subject): past
    ("On Monday the judge set a hearing"), ahead for a schedule's present ("On Monday,
    lawmakers vote on the budget"); None when no such verb follows."""
    if _DAY_OPENS.fullmatch(text, sentence.start, mention.start):
        verb = grammar.fronted_day_verb_after.match(text, mention.end)
    else:
        verb = grammar.day_verb_after.match(text, mention.end)
    if verb is None:
        return None
    return Tense.PAST if verb.group("past") is not None else Tense.FUTURE


# The prepositions that put a date in the phrase of a verb or fronted before its clause.
_DATING = "in|on|during"
# What stands between a verb and the date of its own phrase, which the verb's tense governs
# whatever cue comes after the date ("the aid pledged in February would arrive in May").
_GOVERNS = re.compile(rf" (?:{_DATING}) (?:the )?")


# what may stand before a date that opens its clause ("In March the allies had landed"), and
# what ends that clause. Not "By": "By mid-October UN forces had taken Pyongyang" is the
# perfect of a deadline reached, a step of the story, not a look back.
_OPENING = re.compile(rf"\s*(?:(?:{_DATING})\s+)?", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:()\[\]—–]")
# The same preposition required: it fronts a date before the clause it dates ("In April, ...").
_FRONTED = re.compile(rf"\s*(?:{_DATING})\s+", re.IGNORECASE)


class Background(enum.Enum):
    """The kind of past-perfect clause a mention ends (see ``background`` in tense.toml)."""

    RELATIVE = "relative"  # "Xerxes, who had succeeded his father in 486 BC"
    MAIN = "main"  # "He had been well until 3 days prior to admission"


def in_background(text: str, sentence: Span, mention: Span, grammar: Grammar) -> Background | None:
    """The past-perfect clause ``mention`` ends, if any: what came before the story's time,
    not a step of the story. A mention that opens its sentence is of the main clause after it
    ("In March the allies had landed")."""
    before = text[sentence.start : mention.start]
    m = grammar.background.search(before)
    if m is None:
        if not _OPENING.fullmatch(before):
            return None
        clause = _CLAUSE_END.split(text[mention.end : sentence.end].lstrip(", "), maxsplit=1)[0]
        after = grammar.background.search(clause)
        opens_main = after is not None and after.groupdict().get("main") is not None
        return Background.MAIN if opens_main else None
    # "The army had marched to the city that had fallen in 1940": the relative clause,
    # which starts after the main one, is what the date ends
    found: re.Match[str] | None = m
    while found is not None and found.groupdict().get("main") is not None:
        found = grammar.background.search(before, found.start() + 1)
    return Background.MAIN if found is None else Background.RELATIVE


# How far before a mention the aside that ends in it may start (see ``aside`` in tense.toml).
_ASIDE_REACH = 100


class Aside(enum.Enum):
    """The kind of aside a mention ends (see ``aside`` in tense.toml)."""

    PARTICIPANT = "participant"  # "the war, which began in 2014": no step when it goes back
    LATER_LIFE = "later life"  # "Stalin, who died in 1953": no step, later or not
    RECKONING = "reckoning"  # "Because Britain adopted the Gregorian calendar only in 1752"


def in_aside(text: str, sentence: Span, mention: Span, grammar: Grammar) -> Aside | None:
    """The aside on a participant ``mention`` ends, if any: a non-restrictive relative clause
    ("the Russo-Ukrainian War, which began in 2014"), what has lasted "since" a date, or a
    person's later life ("Stalin, who died in 1953"), or a bracket after a name ("Godfrey of
    Bouillon (c. 1060 – 18 July 1100)"); or a clause on how the dates are reckoned ("Because
    Britain adopted the Gregorian calendar only in 1752")."""
    start = max(sentence.start, mention.start - _ASIDE_REACH)
    m = grammar.aside.search(text, start, mention.start)
    if m is None:
        return None
    groups = m.groupdict()  # a language's aside may name none of the groups
    if groups.get("reckoning") is not None:
        return Aside.RECKONING
    later = groups.get("later") is not None or groups.get("later_life") is not None
    return Aside.LATER_LIFE if later else Aside.PARTICIPANT
