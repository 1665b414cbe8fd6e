"""What a text has told so far, as :mod:`chrono.events` reads it one expression after another.

Four records, side by side: :class:`Discourse` (the dates the story established, and its
detours), :class:`Backstory` (the year a news backstory reached), :class:`YearHeadings` (a
chronology's year headings) and :class:`Tenses` (the tense of each clause). Each is told what
the reading met and answers what an expression is anchored to; none resolves an expression.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

import attrs

from chrono.anchor import (
    PERIODS,
    Context,
    Reference,
    Resolution,
    in_span,
    is_era_under_discussion,
)
from chrono.extract import Found
from chrono.extract.grammar import Grammar
from chrono.extract.spec import AnchorPolicy, Spec, Tense, Unit
from chrono.model import (
    COARSE_ORDER,
    DAY_INDEX,
    YEAR_INDEX,
    AnchorKind,
    Genre,
    Granularity,
    Span,
    TimexType,
)
from chrono.text import (
    Aside,
    Background,
    Cues,
    Sentences,
    breaks_paragraph,
    paragraph_end,
    reported_in,
    search_line_starts,
    sentence_cues,
    tense_at,
    told_past_in_clause,
)

_DATELINE_LAG = 3  # days a dateline may run before the document date (time zones, wires)
_NO_STEP_LATER_OR_NOT = (Aside.LATER_LIFE, Aside.RECKONING)
"""The asides whose date is no step of a narrative's story even when it is later."""
# The granularities coarser than a day, a tuple: ``in`` compares by identity in C.
_COARSER_THAN_A_DAY = COARSE_ORDER[:DAY_INDEX]


@attrs.define
class Discourse:
    """What the text is talking about so far: the last date it established (``previous``, the
    anchor of "the next day" and, in narratives, of everything relative), the last of them at a
    year or finer (``story``: what "later that year" counts from after "the 1920s"), the last
    of them at a day or finer (``day``: the day a clock time alone is of), and the last quarter
    it named (what "the quarter" and "a year ago" compare with)."""

    genre: Genre
    dct: dt.date | None = None
    previous: Reference | None = None
    story: Reference | None = None
    quarter: Reference | None = None
    quarter_ends: tuple[int, int] | None = None
    """The month and day the last quarter named was said to end on (see
    :attr:`Context.quarter_ends`)."""
    to_date: bool = False
    """Whether a report turned from its quarter to its nine months (see
    :attr:`Context.to_date`), no quarter named since."""
    opening: Reference | None = None
    day: Reference | None = None
    first_day: Reference | None = None
    """The first ``day`` not after the document date (see :attr:`Context.first_day`)."""
    first: Reference | None = None
    """The first date the story established (see :attr:`Context.first`)."""
    span: tuple[Reference, Reference] | None = None
    years: tuple[Reference, Reference] | None = None
    """The first span over several years the story dated (see :attr:`Context.years`)."""
    history: bool = False  # whether ``previous`` was counted back from the document date
    guessed: bool = False
    """Whether a narrative's ``previous`` took its year from the document date, none told yet
    ("during the Tet holiday, which fell on 30 January 1968": the holiday of the download's
    year is a guess the date after it corrects, not a story an aside goes back from)."""
    detour: Discourse | None = None
    """Where the story was before a paragraph went back to an earlier year ("Back in 1939,
    ..."), the story the next paragraph goes on with."""

    def go_back(self) -> None:
        """Remember where the story is before a look back opens a detour into another year."""
        if self.detour is None and self.previous is not None:
            self.detour = attrs.evolve(self)

    def come_back(self) -> None:
        """End a detour at its paragraph's end: the story resumes where the detour left it."""
        if self.detour is not None:
            self._stand_where(self.detour)
            self.detour = None

    def _stand_where(self, other: Discourse) -> None:
        """Put the story where ``other`` is: the dates it last established and whether they
        were counted back from the document date or took its year as a guess (what a detour
        saves and restores)."""
        self.previous, self.story, self.opening = other.previous, other.story, other.opening
        self.day, self.span, self.history = other.day, other.span, other.history
        self.guessed = other.guessed

    def returns(self, text: str, start: int, end: int, grammar: Grammar) -> bool:
        """Whether ``text[start:end]`` brings a note's story back to the admission (the
        document date): a hospital course heading, a chat log's next message stamp ("[10:50
        PM]": posted on the log's day), or, after a date of the history counted back from it
        ("2 days prior to admission"), the arrival in hospital ("in the ED", "Initial
        glucose")."""
        if search_line_starts(grammar.dct_course, text, start, end, grammar.dct_stamp):
            return True
        # (from the mark that ends the sentence before the edit, which may end the mention)
        if grammar.dct_stamp_inline.search(text, max(0, start - 2), end):
            return True
        return self.history and grammar.dct_arrival.search(text, start, end) is not None

    def turns_to_date(self, text: str, start: int, end: int, grammar: Grammar) -> None:
        """Note that ``text[start:end]`` is a report's nine months ("For the nine months, net
        rose ... a year earlier"), which a comparison a year back is then of (see
        :attr:`to_date`; a quarter named again clears it, see :meth:`advance`)."""
        if grammar.report_months.fullmatch(text, start, end):
            self.to_date = True

    def resume(self) -> None:
        """Go back to the document date: a note's hospital course is told from the admission,
        whatever date the history before it reached."""
        self._stand_where(Discourse(self.genre))

    def advance(
        self,
        spec: Spec,
        res: Resolution,
        background: Callable[[], Background | None],
        field: Callable[[], bool],
        opening: Reference | None = None,
        aside: Callable[[], Aside | None] = lambda: None,
    ) -> None:
        """Move on past an expression resolved to ``res``; ``background`` tells whether it
        sits in a clause in the past perfect, which tells what came before the story's time,
        ``field`` whether it is a labelled field of a header ("Discharge Date: ..."), which
        dates the text only when nothing else has; ``opening`` is the date of the first end of
        the range ``res`` closes ("1–3 July 1863"), whose first day opens the span it dates;
        ``aside`` the aside on a participant it ends, if any ("the war, which began in")."""
        reference = res.reference
        if spec.literal is not None or reference is None or spec.restates:
            return
        anaphoric = spec.anchor is AnchorPolicy.ANAPHORIC
        offset = spec.offset
        offset_amount = (offset.amount or 0) if offset is not None else 0
        flashback = anaphoric and offset_amount < 0
        # "the quarter" names the period under discussion again, after a year or a date in
        # between: "... gains in 1990. In the quarter, deposits fell from a year ago."
        again = anaphoric and (offset is None or not offset.amount)
        # In news, "a year earlier" is read against the period under discussion and does not
        # replace it; in a narrative each new date moves the story on, except a look back
        # ("the previous year"), after which the story resumes where it was.
        comparison = spec.counted or spec.keep_reference_granularity
        # A comparison in news ("up from a year ago") leaves the period under discussion in
        # place, as "a year earlier" does.
        compared = comparison and self.genre is Genre.NEWS and res.granularity in PERIODS
        # A day the text names whose month it implies ("on the 24th") dates the story as a
        # full date does, in news too: "That evening" is of that day.
        # So does a day or a part of one counted on from the story's ("The following
        # morning ... by 6am": the morning after the 12th), and years counted on ("In 1987,
        # she opened a bakery. Two years later, a fire destroyed it, and she rebuilt it that
        # summer": 1989's).
        onward = (
            anaphoric
            and offset_amount > 0
            and (
                COARSE_ORDER.index(res.granularity or Granularity.YEAR) >= DAY_INDEX
                or (offset is not None and offset.unit is Unit.YEAR)
            )
        )
        # So does a month or a season of the story's year: "went on sale that June. The app
        # store came the following summer" (the summer after that June).
        story_month = (
            (spec.month is not None or spec.season is not None)
            and not offset_amount
            and spec.relative_year is None
        )
        moves = (
            (self.genre is Genre.NARRATIVE and not flashback)
            or not anaphoric
            or (spec.day is not None and offset is None)
            or onward
            or story_month
        )
        # counted back from the document date: "3 days prior to admission", "two weeks ago"
        history = spec.anchor is AnchorPolicy.DEICTIC and spec.counted and (offset_amount < 0)
        if moves and self.previous is not None and (self.genre is Genre.NARRATIVE or history):
            # "..., who had succeeded his father in 486 BC": background, the story stays; so
            # does a note's hospital course (from the admission) after "He had been well until
            # 3 days prior to admission"
            clause = background()
            moves = clause is None or (clause is Background.MAIN and not history)
        previous = self.previous
        if moves and previous is not None and self.genre is Genre.NARRATIVE:
            # "invaded on 24 February 2022, escalating the war, which began in 2014. By the
            # end of March": an aside on a participant that goes back is no step of the story
            # (nor one on a person's later life, later or not: "Stalin, who died in 1953")
            # (or the end of a span that began before it: "Richard I (8 September 1157 – 6
            # April 1199)" in 1191), nor a note on the calendar, later or not ("Because Britain
            # adopted the Gregorian calendar only in 1752, the date is often given as ...")
            began = opening if opening is not None else reference
            earlier = (
                began.shift == previous.shift and began.date < previous.date and not self.guessed
            )
            kind = aside()
            moves = not ((earlier and kind is not None) or kind in _NO_STEP_LATER_OR_NOT)
        again = again and not comparison and res.granularity is Granularity.QUARTER
        if ((moves and not compared) or again) and (self.previous is None or not field()):
            runs_on = opening is None and self._runs_on(reference)
            self.previous = reference
            if (
                self.genre is Genre.NEWS
                and spec.day is not None
                and spec.month is None
                and res.anchor is AnchorKind.DCT
            ):
                # "Rent is due the 1st": a bare day read from the document date leaves the
                # next one to be read from it too
                self.previous = attrs.evolve(reference, month_unnamed=True)
            self.history = history
            # only a date without its year takes the document's year as a guess ("the Tet
            # holiday", "in March"); a weekday or "last week" told from the document date
            # dates the story there ("said Friday ... since 1980": 1980 is an aside), as does
            # a day on or just before the document date, a dateline's ("WARSAW, February 26")
            year_guessed = (
                spec.anchor is AnchorPolicy.ABSOLUTE
                and offset is None
                and not (
                    self.dct is not None
                    and reference.granularity is Granularity.DAY
                    and 0 <= (self.dct - reference.date).days <= _DATELINE_LAG
                )
            )
            self.guessed = self.genre is Genre.NARRATIVE and (
                (res.anchor is AnchorKind.DCT and year_guessed)
                or (res.anchor is AnchorKind.PREVIOUS and self.guessed)
            )
            if self.first is None:
                self.first = reference
            # "the fifth day" still counts from the siege's first; so does "On the third day"
            # after a run of days told one after the other ("On July 1 ... On July 2")
            if spec.story_day is None and not runs_on:
                self.opening = opening if opening is not None else reference
                self.span = span = self._span_after(opening, reference)
                if self.years is None and span is not None and span[0].year < span[1].year:
                    self.years = span
            if COARSE_ORDER.index(reference.granularity) >= YEAR_INDEX:
                self.story = reference
            if COARSE_ORDER.index(reference.granularity) >= DAY_INDEX:
                self.day = reference
                if self.first_day is None and (self.dct is None or reference.date <= self.dct):
                    self.first_day = reference
                if (
                    self.genre is Genre.NARRATIVE
                    and opening is not None
                    and _days_apart(opening, reference)
                ):
                    # "fought from 21 February to 18 December 1916. ... attacked at 16:45":
                    # a story told from the span's start, its clock time is the first day's
                    # (not a night's: "the night of 5/6 June ... H-Hour was 6:30 a.m.")
                    self.day = opening
        # ("the quarter" with no quarter named before is the last one over, a quarter named)
        named = not anaphoric or res.anchor is AnchorKind.DCT
        if res.granularity is Granularity.QUARTER and named and not comparison:
            self.quarter, self.quarter_ends = reference, spec.quarter_end
        if res.granularity is Granularity.QUARTER and (again or named) and not comparison:
            self.to_date = False  # "Sales in the quarter rose from a year earlier": its own

    def _runs_on(self, reference: Reference) -> bool:
        """Whether ``reference`` is the day after the day the story reached, in a run of days
        told one after the other from the day that opened it: the battle's "On July 1 ... By
        late afternoon ... On July 2" is still told from July 1."""
        opening, previous = self.opening, self.previous
        if opening is None or previous is None:
            return False
        # tests written out, not any() over a generator: asked of most dates a text gives
        if (
            opening.granularity in _COARSER_THAN_A_DAY
            or previous.granularity in _COARSER_THAN_A_DAY
            or reference.granularity in _COARSER_THAN_A_DAY
        ):
            return False
        if not opening.shift == previous.shift == reference.shift:
            return False
        return opening.date <= previous.date and (reference.date - previous.date).days == 1

    def _span_after(
        self, opening: Reference | None, reference: Reference
    ) -> tuple[Reference, Reference] | None:
        """The span the story tells after ``reference``: the one it closes (from ``opening``),
        unless that lies inside the one it was telling (the night of 19/20 December in a
        campaign fought from February 1915 to January 1916: a later "9 January" is still the
        campaign's), else the one it was telling while ``reference`` overlaps it, else none."""
        span = self.span
        if opening is not None:
            inside = span is not None and in_span(opening, span) and in_span(reference, span)
            return span if inside else (opening, reference)
        return span if span is not None and in_span(reference, span) else None


def _days_apart(first: Reference, last: Reference) -> bool:
    """Whether ``first`` is a day more than a day before the day ``last``."""
    if COARSE_ORDER.index(first.granularity) < DAY_INDEX or first.shift != last.shift:
        return False
    return (last.date - first.date).days > 1


@attrs.define
class Backstory:
    """The backstory a news text is telling: a sentence not told in the future that opens on
    a past year, or on a date of one ("Back in 2019, Smith was a nurse", "In March 2008, ...",
    "Five years ago, ..."), sets the year of its later months and seasons ("In March, she moved
    to Denver": March 2019, not the document's year). The story runs on while the text keeps
    telling it: in the same paragraph, every sentence with a past tense cue, every date it
    names in the year it reached. A sentence with none (the present resumes: "She now runs a
    clinic"), one that opens on "This time", a blank line, or a date of another year ("On
    Monday", "now") ends it; a later month or day of a past year, its year written ("The
    verdicts came on Oct. 1, 1946"), moves it on to that year. A year named inside a
    sentence ("Sales rose in 1988. In March, the company said") starts none: news compares
    with past years as often as it tells them."""

    text: str
    sentences: Sentences
    grammar: Grammar
    cues: dict[tuple[int, int], Cues]  # each sentence's tense cues, shared with Tenses
    dct: dt.date
    reached: Reference | None = None  # the latest date the story reached
    last: Span | None = None  # the last sentence the story reached
    # the sentence where a year counted on from the story ended it, the date the story had
    # reached, and that year: a date of that year written next in the sentence goes on
    restated: tuple[Span, Reference, int] | None = None

    def at(self, item: Found, sentence: Span) -> Reference | None:
        """The date the story ``sentence`` goes on telling has reached, else None (the story
        ends, or ``item``'s clause is not in the past: "In March, she will ..."; or it reports
        the news: "In April, the company announced ..."). Read by the clause's cues, not a
        word before it: "by the summer she had opened a clinic" is a step of the story."""
        if self.reached is None or self.last is None or not self._goes_on(sentence):
            return None
        if self.grammar.story_report.search(self.text, sentence.start, sentence.end):
            return None
        past = tense_at(
            self.text, sentence, item.span, self.grammar, word_before=False, cache=self.cues
        )
        return self.reached if past is Tense.PAST else None

    def _goes_on(self, sentence: Span) -> bool:
        """Whether ``sentence`` goes on telling the story; if not, the story ends."""
        last = self.last
        if last is None or sentence.start <= last.start:
            return last is not None
        told = (*self.sentences.between(last.end, sentence.start), sentence)
        if (
            breaks_paragraph(self.text, last.end, sentence.start)
            or not all(sentence_cues(self.text, s, self.grammar, self.cues)[1] for s in told)
            or any(self.grammar.backstory_ends.match(self.text, s.start) for s in told)
        ):
            self.reached = self.last = None
            return False
        self.last = sentence
        return True

    def advance(
        self, item: Found, res: Resolution, kind: TimexType, sentence: Span, ctx: Context
    ) -> None:
        """Move on past ``item``, resolved to ``res`` in ``sentence``: it opens a story, goes
        on with it (a date in the year it reached, or the next one it placed; a duration), or
        ends it."""
        reference, reached = res.reference, self.reached
        if reference is None or reference.shift:
            if kind is TimexType.DATE:  # "now", a date BC
                self.reached = self.last = None
            return
        if reference.year < self.dct.year and self._opens(item, res, sentence, ctx):
            self.reached, self.last = reference, sentence
            return
        if kind is not TimexType.DATE:
            return
        if reached is None:
            self._restate(item.spec, res, sentence)
            return
        # a month or a season the story placed in its next year ("In December ... in
        # February") moves it on; a year counted on ("the following year") ends it
        spec = item.spec
        placed = ctx.backstory is not None and spec.year is None and spec.offset is None
        placed = placed and (spec.month is not None or spec.season is not None)
        if self._dated_later(spec, res, reached):
            # a later date of a past year, its year written, moves the story on to it: "On
            # Nov. 20, 1945, the trials opened. The verdicts came on Oct. 1, 1946. Ten were
            # hanged on Oct. 16" (1946)
            self.reached = reference
            return
        if reference.year not in (reached.year, reached.year + (1 if placed else 0)):
            # a year counted on from the story ends it ("the following year he was
            # appointed"), unless the sentence restates it as a date with its year written
            # ("nearly a year later, on Oct. 1, 1946")
            counted = _counted_on(spec, ctx) and reference.date < self.dct
            self.restated = (sentence, reached, reference.year) if counted else None
            self.reached = self.last = None
        elif reference.date > reached.date:
            self.reached = reference

    def _restate(self, spec: Spec, res: Resolution, sentence: Span) -> None:
        """Go on with the story a year counted on from it ended in ``sentence`` when ``spec``,
        resolved to ``res``, restates that year as a later date with its year written."""
        restated, self.restated = self.restated, None
        if restated is None or restated[0] != sentence or res.reference is None:
            return
        _, reached, year = restated
        if res.reference.year == year and self._dated_later(spec, res, reached):
            self.reached, self.last = res.reference, sentence

    def _dated_later(self, spec: Spec, res: Resolution, reached: Reference) -> bool:
        """Whether ``spec``, resolved to ``res``, is a month or a day with its year written,
        after the date the story ``reached`` and in a year before the document's."""
        reference = res.reference
        if reference is None or spec.year is None or res.granularity is None:
            return False
        fine = COARSE_ORDER.index(res.granularity) >= COARSE_ORDER.index(Granularity.MONTH)
        return fine and reached.date < reference.date and reference.year < self.dct.year

    def _opens(self, item: Found, res: Resolution, sentence: Span, ctx: Context) -> bool:
        """Whether ``item`` opens ``sentence``, not told in the future, on a year or a date of
        one the text names ("In 2019", "In March 2019", "Five years ago", "Last year"; "Two
        years later" in a story)."""
        if res.granularity is None:
            return False
        if not YEAR_INDEX <= COARSE_ORDER.index(res.granularity) <= DAY_INDEX:
            return False
        spec = item.spec
        # counted back from the document ("Five years ago"), or on from the story it tells
        # ("Two years later, she ran for governor")
        ago = _years_from_anchor(spec) < 0 and spec.anchor is not AnchorPolicy.ANAPHORIC
        named = spec.year is not None or ago or _counted_on(spec, ctx)
        return (
            named
            and self.grammar.story_opener.fullmatch(self.text, sentence.start, item.span.start)
            is not None
            and ctx.tense is not Tense.FUTURE  # "quit his job" is past in form as in sense
        )


def _years_from_anchor(spec: Spec) -> int:
    """The whole years ``spec`` counts from its anchor ("Five years ago" -5, "Two years
    later" 2), else 0."""
    offset = spec.offset
    if offset is None or offset.unit is not Unit.YEAR:
        return 0
    return 0 if spec.month is not None or spec.season is not None else offset.amount or 0


def _counted_on(spec: Spec, ctx: Context) -> bool:
    """Whether ``spec`` counts whole years on from the news backstory being told ("Two years
    later", "nearly a year later")."""
    return (
        ctx.backstory is not None
        and spec.anchor is AnchorPolicy.ANAPHORIC
        and _years_from_anchor(spec) > 0
    )


_HEADING_MARKS = " \t=#*:'"  # "== 1916 ==", "### 1916", "1916:", wiki bold
# what may come before a date opening an entry: a bullet, or a month heading's marks
_ENTRY_START = re.compile(r"[ \t]*(?:(?:[*•·-]|={2,4}|#{2,4})[ \t]*)?")
_MARKS_REACH = 8  # how far a bullet or a heading's marks may reach from the date
_BLANKS = re.compile(r"\s*")


def _line_start(text: str, start: int) -> int | None:
    """Where the line holding ``start`` begins, when that is near (no scan over long lines)."""
    reach = max(0, start - _MARKS_REACH)
    newline = text.rfind("\n", reach, start)
    return newline + 1 if newline >= 0 else (0 if reach == 0 else None)


@attrs.define
class YearHeadings:
    """The year a chronology's heading ("== 1916 ==", or "1916" alone on a line) gives the
    entries under it, up to the next blank line after them: a date opening an entry ("1 July –
    The battle begins") is of that year, in news too, whatever year the entry before named in
    passing ("heir since 1896"); an anaphoric one ("Same day –", "Later that month –") counts
    from the date that opened the entry before. So does the end of a range opening an entry
    ("1–3 July –"). A later date of the entry's line counts from the date that opened it too
    ("May 3: flights resumed; they continue until September 30" is of the heading's year)."""

    year: Reference | None = None
    last: Reference | None = None  # the date that opened the last entry under the heading
    last_end: int = 0  # where the line of that entry ends
    end: int = 0  # where the heading's block ends
    openers: set[int] = attrs.Factory(set)  # the indices of the dates that opened entries

    def entry(self, text: str, item: Found, first: int | None) -> Reference | None:
        """What a date (the end of a range from the ``first``th date, if it is one) counts from
        when it opens an entry under a heading; None for another date."""
        if self.year is None or item.span.start >= self.end:
            return None
        line = _line_start(text, item.span.start)
        starts = line is not None and _ENTRY_START.fullmatch(text, line, item.span.start)
        if not starts and first not in self.openers:
            return None
        if item.spec.anchor is AnchorPolicy.DEICTIC:
            return None
        if item.spec.anchor is AnchorPolicy.ANAPHORIC and self.last is not None:
            return self.last
        return self.year

    def within(self, item: Found) -> Reference | None:
        """What a date without a year later on the line of an entry counts from: the date that
        opened the entry; None elsewhere."""
        if self.last is None or item.span.start >= self.last_end or item.spec.year is not None:
            return None
        return None if item.spec.anchor is AnchorPolicy.DEICTIC else self.last

    def advance(self, text: str, item: Found, res: Resolution, opener: int | None) -> None:
        """Take in a year heading, or the date (the ``opener``th) that opened an entry."""
        reference = res.reference
        if reference is None:
            return
        if res.granularity is Granularity.YEAR and self._heads(text, item):
            blanks = _BLANKS.match(text, item.span.end)
            body = item.span.end if blanks is None else blanks.end()
            if body >= self.end:  # a heading inside the block ends where the block does
                self.end = paragraph_end(text, body)
            self.year, self.last = reference, None
        elif opener is not None:
            self.last = reference
            self.openers.add(opener)
            eol = text.find("\n", item.span.end, self.end)
            self.last_end = self.end if eol < 0 else eol

    @staticmethod
    def _heads(text: str, item: Found) -> bool:
        """Whether ``item`` stands alone on its line, but for a heading's marks."""
        line = _line_start(text, item.span.start)
        end = item.span.end
        eol = text.find("\n", end, end + _MARKS_REACH)
        if eol < 0:
            eol = len(text) if len(text) <= end + _MARKS_REACH else -1
        if line is None or eol < 0:
            return False
        return not (text[line : item.span.start] + text[end:eol]).strip(_HEADING_MARKS)


@attrs.define
class Tenses:
    """The tense of each mention's clause, computed only when asked. A day of this week or the
    next ("Friday", "the weekend") with no cue of its own takes the tense of the clause of such
    a day just before it in its sentence ("will plunge by Thursday and ... through the
    weekend"); not a month's ("the target is 'no later than October 1998,' he told the House on
    Wednesday"): a month keeps its nearest year."""

    text: str
    grammar: Grammar
    last: tuple[Span, Found] | None = None  # such a day, and its sentence
    cues: dict[tuple[int, int], Cues] = attrs.Factory(dict)  # each sentence's, read once
    story_weekday: int | None = None  # the document date's (ISO), when there is one

    def of(self, item: Found, sentence: Span) -> Callable[[], Tense]:
        """The tense of ``item``'s clause (call it to compute it); moves on past ``item``."""
        # One partial a mention, and what the tense needs read only when it is asked: most
        # mentions' never is.
        spec = item.spec
        this_week = (spec.weekday is not None and spec.month is None) or _is_weekend(spec)
        last = self.last
        before = last[1] if last is not None and last[0] == sentence else None
        self.last = (sentence, item) if this_week else None
        return functools.partial(self._tense, item, sentence, before, this_week)

    def told_past(self, mention: Span, sentence: Span) -> bool:
        """Whether the clause of ``mention`` ("this weekend") is told in the past, by a past
        cue in that clause (text.told_past_in_clause)."""
        return told_past_in_clause(self.text, sentence, mention, self.grammar, self.cues)

    def _at(
        self,
        mention: Span,
        sentence: Span,
        *,
        weekday: bool,
        awaited: bool = False,
        month_day: bool = False,
        word_before: bool = True,
    ) -> Tense:
        return tense_at(
            self.text,
            sentence,
            mention,
            self.grammar,
            weekday=weekday,
            awaited=awaited,
            month_day=month_day,
            word_before=word_before,
            cache=self.cues,
            story_weekday=self.story_weekday,
        )

    def _tense(self, item: Found, sentence: Span, before: Found | None, this_week: bool) -> Tense:
        """The tense of ``item``'s clause; with no cue near it, when ``item`` is a day of this
        week or the next, the tense of the clause of such a day just ``before`` it in its
        sentence ("Temperatures will plunge by Thursday and stay below freezing through the
        weekend": the weekend ahead, as Thursday is)."""
        # "by" orients months and days, not weekdays nor clock times: "by Wednesday", "rose 300
        # points by 10.30am" in news are as often past as future ("until Tuesday" looks ahead
        # for both); nor the decade or century under discussion: "By the end of the decade,
        # 140,000 houses had been built" tells a story as often as it sets a goal.
        spec = item.spec
        weekday = spec.weekday is not None and spec.month is None
        clock = spec.hour is not None and spec.month is None
        if (
            clock
            and not weekday
            and before is not None
            and not reported_in(self.text, sentence, item.span, self.grammar)
        ):
            # A clock time after a day its sentence named is of that day's clause: "until"
            # before it says nothing of the day ("called at 2:15 a.m. Sunday and remained at
            # the scene until midday": that Sunday's midday); not a clock time the words before
            # it tell behind (text.reported_in): a report's ("landfall early Monday, the
            # hurricane center said in its 4 a.m. advisory": an advisory issued) or a bound's
            # ("open since 6 a.m.").
            tense = self._at(item.span, sentence, weekday=True, word_before=False)
        else:
            tense = self._at(
                item.span,
                sentence,
                weekday=weekday or clock or is_era_under_discussion(spec),
                awaited=weekday or spec.holiday is not None,
                month_day=spec.day is not None and spec.month is not None and spec.year is None,
            )
        if tense is Tense.PRESENT and this_week and before is not None:
            # What a day passes on is its clause's tense, not its preposition's ("held until
            # Saturday after being arrested on Tuesday": Tuesday is no plan).
            day = before.spec.weekday is not None and before.spec.month is None
            return self._at(before.span, sentence, weekday=day, word_before=False)
        return tense


def _is_weekend(spec: Spec) -> bool:
    offset = spec.offset
    return offset is not None and offset.unit is Unit.WEEKEND and offset.amount is None
