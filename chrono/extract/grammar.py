"""Load the rule files of a language into compiled, validated rules.

A language is a folder of TOML files under ``rules/<lang>/``:

* ``vocabulary.toml``: tables mapping surface forms to meanings; each table is also a macro
  (``[month]`` becomes ``{MONTH}``, an alternation of its keys);
* ``macros.toml``: named sub-patterns (``{YEAR}``, ``{NUM}``...);
* any other file: ``[[rule]]`` (positive rules) and ``[[negative]]`` (negative rules).

In every pattern a literal space matches any run of whitespace (one whitespace character inside
a lookbehind, which must keep a fixed width), so expressions broken across hard-wrapped lines
still match. Named groups are semantic slots read by :mod:`chrono.extract.interpret`.
"""

from __future__ import annotations

import enum
import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any, TypeAlias, TypeVar

from attrs import field, frozen

from chrono.errors import RuleError
from chrono.extract import rule_cache
from chrono.extract.cue_starts import Dispatch, dispatch_source, opens_lines, starts_source
from chrono.extract.regex_cache import compile_ascii, compile_regex, rewritten
from chrono.model import Mod, TimexType, offset_minutes

_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_STRETCH = re.compile(r"([^\W\d_])\1+\Z")  # a word's last letter, repeated
_WORD = re.compile(r"[^\W\d_]+")
# Where a positive rule may start and end besides word boundaries: at the underscores around
# eight digits (see _Loader.pattern).
_STAMP_START = r"(?:(?<!\w)|(?<=_)(?=\d{8}(?!\d)))"
_STAMP_END = r"(?:(?!\w)|(?<=[^\d]\d{8})(?=_))"
# An upper-case letter of a pattern, not an escape's ("\S", "\W"): a negative rule's ``needs``
# is searched in a text folded to lower case.
_UPPER = re.compile(r"(?<!\\)[A-Z]")
# Pattern syntax that looks like words: group names, macro names, escapes.
_NOT_WORDS = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\{[A-Z][A-Z0-9_]*\}|\\[A-Za-z]")
_UNICODE = int(re.UNICODE)  # a plain int: re's flags are an enum.Flag, its "|" run in Python
# A fixed UTC offset as the vocabulary writes it ("-05:00", "+05:30").
_UTC_OFFSET = re.compile(r"[+-]\d\d:\d\d")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


class Pattern:
    """A rule's regular expression, compiled on first use: a run compiles only the rules its
    texts can reach (the seed article needs 58 of 137), and start-up stays short.

    ``pattern`` and ``flags`` are those ``re.compile`` reports (``re.UNICODE`` included), so
    the matcher's prefix table and analysis read them without compiling.
    """

    __slots__ = ("_ascii", "_compiled", "flags", "pattern", "where")

    def __init__(self, pattern: str, flags: int = 0, where: str = "pattern") -> None:
        self.pattern = pattern
        self.flags: int = int(flags) | _UNICODE
        self.where = where
        self._compiled: re.Pattern[str] | None = None
        self._ascii: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled expression.

        Raises:
            RuleError: the pattern is not a valid regular expression.
        """
        compiled = self._compiled
        if compiled is None:
            try:
                compiled = self._compiled = compile_regex(self.pattern, self.flags)
            except re.error as exc:
                raise RuleError(f"{self.where}: bad pattern: {exc}") from exc
        return compiled

    @property
    def ascii(self) -> re.Pattern[str]:
        """The expression for the texts of :func:`~chrono.extract.regex_cache.ascii_text`:
        compiled with ``re.ASCII`` (faster, the same matches), or :attr:`compiled` when that
        might match otherwise (see :func:`~chrono.extract.regex_cache.compile_ascii`)."""
        compiled = self._ascii
        if compiled is None:
            try:
                compiled = compile_ascii(self.pattern, self.flags) or self.compiled
            except re.error as exc:
                raise RuleError(f"{self.where}: bad pattern: {exc}") from exc
            self._ascii = compiled
        return compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r}, {self.flags})"

    def __getstate__(self) -> tuple[str, int, str]:
        return self.pattern, self.flags, self.where

    def __setstate__(self, state: tuple[str, int, str]) -> None:
        self.pattern, self.flags, self.where = state
        self._compiled = self._ascii = None


@frozen(kw_only=True)
class Example:
    """A rule example: in ``text`` the rule must find ``match`` with this value."""

    text: str
    match: str
    value: str
    mod: str | None = None
    type: str | None = None


# (no generated __eq__/__hash__: rules are told apart by identity, and attrs compiling
# comparisons nobody calls is paid at every start-up)
@frozen(kw_only=True, eq=False)
class Rule:
    """A positive rule: a compiled pattern whose named groups are semantic slots."""

    id: str
    type: TimexType
    regex: Pattern
    slots: Mapping[str, str] = field(factory=dict)
    priority: int = 0
    order: int = 0
    """Position in the grammar: the last tie-breaker between equally good matches."""
    examples: tuple[Example, ...] = ()
    before: Pattern | None = None
    """What must end right where a match begins, searched back over the text before it (see
    :data:`chrono.extract.matcher.BEFORE_REACH`): a look-behind of any width, which ``re`` has
    not ("ruled the kingdom of Mercia and much of southern England" before "between 757")."""
    not_before: Pattern | None = None
    """What must not end right where a match begins, searched as ``before`` is: a negative
    look-behind of any width ("Bought 100 @" before "12 today": a trade's price)."""
    section: Pattern | None = None
    """The headings that open and close the sections a match must lie in, found once over the
    whole text: a match holds only where the last heading before it opens a section the rule
    reads (a group of its named ``open...`` took part). A chronology's month heading holds over
    its entries however long they are, until the next heading (see
    :func:`chrono.extract.matcher.under_section`)."""
    needs: Pattern | None = None
    """What every match reads somewhere in its text, as a negative rule's ``needs`` (see
    :class:`NegativeRule`): for a rule that may begin at any capitalised word ("Liberation Day
    is marked on 9 May"), which the prefix table cannot keep from being tried at every word."""


@frozen(kw_only=True)
class NegativeExample:
    """Text in which only the mentions in ``keep`` may be found."""

    text: str
    keep: tuple[str, ...] = ()


@frozen(kw_only=True, eq=False)  # told apart by identity, as a Rule
class NegativeRule:
    """A pattern for look-alikes; candidates inside its match (or its ``x`` groups) are dropped."""

    id: str
    regex: Pattern
    examples: tuple[NegativeExample, ...] = ()
    needs: Pattern | None = None
    """What every match reads somewhere in its text, lower case (spaces read as in its
    pattern): searched once in an ASCII text folded to lower case, and the rule not tried in
    a text that lacks it (see :func:`chrono.extract.matcher.negated`). For the look-alikes that
    may begin at any word ("a banker by morning, a DJ by evening"), which the prefix table
    cannot keep from being tried at every candidate."""


class _How(enum.Enum):
    """How the loader compiles a cue of tense.toml, ranges.toml or dct.toml."""

    EXACT = "exact"
    """To fullmatch against the gap between two mentions, ignoring case, macros expanded
    (:meth:`_Loader.compile_exact`)."""
    PLAIN = "plain"
    """As written: case-sensitive, no macros, no word boundaries (:meth:`_Loader.compile_plain`)."""
    RULE = "rule"
    """As a rule's pattern: macros expanded, ignoring case, within word boundaries
    (:meth:`_Loader.compile`)."""


# (one per language and process, never compared or printed: attrs compiled an __eq__, a
# __hash__ and a __repr__ over its ~130 fields at every start-up)
@frozen(kw_only=True, eq=False, repr=False)
class Grammar:
    """Everything the extractor knows about one language."""

    language: str
    vocabulary: Mapping[str, Mapping[str, Any]]
    rules: tuple[Rule, ...]
    negatives: tuple[NegativeRule, ...]
    future_cue: re.Pattern[str]
    """Words that put a clause in the future ("will", "is expected to")."""
    past_cue: re.Pattern[str]
    """Words that put a clause in the past ("said", "-ed" verbs)."""
    future_cue_starts: re.Pattern[str] | None = None
    """Where a future cue can start (see :mod:`chrono.extract.cue_starts`)."""
    past_cue_starts: re.Pattern[str] | None = None
    """Where a past cue can start."""
    future_cue_lower_starts: re.Pattern[str] | None = None
    """Where a future cue can start, found in an ASCII text in lower case (faster)."""
    past_cue_lower_starts: re.Pattern[str] | None = None
    """Where a past cue can start, found in an ASCII text in lower case."""
    future_cue_dispatch: Dispatch | None = None
    """The future cue's alternatives and where each is tried (see
    :class:`chrono.extract.cue_starts.Dispatch`)."""
    plan_changed_before: re.Pattern[str]
    """A plan told as changed right before a mention ("was originally scheduled for"): its
    date lies either way, as near as the calendar puts it, whatever the clause's tense;
    matched at the end of the text before the mention."""
    plan_infinitive_before: re.Pattern[str]
    """A plan told in the past with its infinitive ("planned to sell bonds in"): the nearest
    date, a weekday's too. Searched in the text right before a mention."""
    plan_in_past_before: re.Pattern[str]
    """A plan told in the past right before a mention ("was to ring in"): its date lies
    either way, a weekday's ahead; matched at the end of the text before the mention."""
    future_before: re.Pattern[str]
    """A word right before a mention that points it forward ("until Tuesday"); matched at
    the end of the text before the mention."""
    awaited_before: re.Pattern[str]
    """What makes the weekday or holiday right after it one awaited, ahead ("are waiting for
    Wednesday's decision", "are preparing for Christmas"); search the text just before it."""
    past_until_before: re.Pattern[str]
    """"until" after a past negation or refusal of its clause ("did not announce the accident
    until Wednesday"): the day is behind; searched in the text before the mention up to its
    end."""
    until_before: re.Pattern[str]
    """ "until" right before a mention; matched at the end of the text before it."""
    past_until_after: re.Pattern[str]
    """A clause after "until" and its mention told in the past ("Until Thursday, they had not
    called him a suspect", "Until Saturday, the search was limited"): the day is behind."""
    future_before_dates: re.Pattern[str]
    """Like ``future_before``, for months and days only ("by March")."""
    calendar_set_before: re.Pattern[str]
    """A court's or a chamber's calendar set for a date right before it, a weekday too ("set a
    hearing for Friday", "scheduled the trial for Jan. 8"): ahead."""
    verbless_ahead_before: re.Pattern[str]
    """A word right before a weekday or its clock time that points it forward in a line with
    no tense cue ("Storm totals by 7 a.m. Tuesday", "highs in the 80s thru Thursday")."""
    verbless_month: re.Pattern[str]
    """A month or a season so pointed forward, matched at its start, and what may follow it:
    the line's end or a phrase of place ("Weekend closures through August.", "Lane closures through
    August on Route 9"), no verb ("from June through December set a record")."""
    verbless_run_before: re.Pattern[str]
    """What a notice runs right before "through" and a month, matched at the end of the text
    before the month ("Weekend closures through August"): ahead."""
    verbless_measured: re.Pattern[str]
    """A figure, a percentage or a record, searched in a verbless line before its month: the
    line's run through the month is a period told, behind ("Retail sales up 4% through
    August")."""
    past_deadline_before: re.Pattern[str]
    """Those of ``future_before_dates`` that yield to a past verb of the clause ("Sales rose
    by March")."""
    past_before: re.Pattern[str]
    """A word right before a mention that points it back ("since May"); matched at the end."""
    past_before_starts: re.Pattern[str] | None = None
    """Where ``past_before`` can start (see :mod:`chrono.extract.cue_starts`)."""
    past_before_lower_starts: re.Pattern[str] | None = None
    """Where ``past_before`` can start, found in an ASCII text in lower case."""
    joined_day_before: re.Pattern[str]
    """A weekday and "and" or "or" right before another ("Sat and "): the second shares the
    word before the first; matched at the end."""
    moved_to_before: re.Pattern[str]
    """A verb of moving a plan, right before a weekday ("move it to Tue"): the next such
    weekday, never the document's own day; matched at the end."""
    since_day_before: re.Pattern[str]
    """"since" right before a weekday ("since Monday"): a day before the document's own, the
    week before on its own weekday; matched at the end."""
    past_verb_before: re.Pattern[str]
    """A verb in the simple past right before a day ("began on 1 July"): the day is done,
    however close ahead; matched at the end."""
    done_in_note_before: re.Pattern[str]
    """A procedure a note tells done ("S/p appendectomy", "Underwent R TKA on") right before a
    day: the day is behind, however close ahead; matched at the end."""
    result_test_before: re.Pattern[str]
    """A test named right before a day ("Colonoscopy", "CT chest"), not one planned ("Repeat
    CT"); matched at the end. With ``result_after`` after the day, the test was done."""
    result_after: re.Pattern[str]
    """A test's result right after its day ("6/2: two polyps", "6/2 negative"), matched there."""
    held_until_before: re.Pattern[str]
    """A state told in the present that lasts until a day, right before it ("The road stays
    closed until", "The exhibition runs through"): the day it ends is still ahead, even a few
    weeks behind the document's; matched at the end."""
    release_on_before: re.Pattern[str]
    """A verb of release and "on" right before a weekday ("The update ships on"): the weekday
    may be ahead (see ``release_on``); matched at the end."""
    release_on: re.Pattern[str]
    """What lands, ships or debuts on a weekday, its subject opening the sentence and the
    weekday ending the clause ("The update ships on Friday."): the weekday is ahead; searched
    in the sentence only after ``release_on_before``."""
    schedule_range_before: re.Pattern[str]
    """A schedule told in the present right before the first end of its range of months or
    days ("The pool is open from"): the range in progress, else the next; matched at the
    end."""
    reported_future_after: re.Pattern[str]
    """ "would" or "will" right after a day that a verb of saying right before it reports
    ("said Independence Day would be quiet"): the future in the past."""
    flashback_before: re.Pattern[str]
    """A look back right before a year that opens a detour ("Back in 1939,"): in a narrative
    the story goes on where it was after that paragraph; matched at the end."""
    tense_distance: int
    """How far (characters) from a mention a tense cue still counts."""
    story_opener: re.Pattern[str]
    """What may stand between a sentence's start and a date that opens it ("Back in", "In");
    fullmatch. A news sentence so opened on a past year tells a backstory in that year."""
    story_step: re.Pattern[str]
    """What may stand between a narrative sentence's start and a month or a season that opens
    it as the story's next step ("In March", "By March"); fullmatch."""
    report_months: re.Pattern[str]
    """A report's nine months ("the nine months", "nine-month"), after which a comparison a
    year back is of the year before, not of the quarter named before; fullmatch a mention."""
    story_report: re.Pattern[str]
    """A reporting verb ("said", "announced"): a sentence with one tells the news, not its
    backstory; search the sentence."""
    kept_yearly: re.Pattern[str]
    """A present tense that says a day is kept every year ("is commemorated", "is a public
    holiday"): a narrative's holiday or day without a year in its sentence is that day in any
    year; search the sentence."""
    kept_since: re.Pattern[str]
    """A present perfect that says a day has been kept since ("has been celebrated ever
    since"): as :attr:`kept_yearly`, whatever the clause's tense; search the sentence."""
    night_of_before: re.Pattern[str]
    """What names the night or the evening of the day right after it ("the night of"): its
    small hours are the next day's. Search the text just before the day."""
    condition_before: re.Pattern[str]
    """A condition's clause open up to a night ("tomorrow if afebrile overnight"): what a plan
    for a day ahead waits on; matched at the end."""
    clock_at_day_between: re.Pattern[str]
    """What joins a clock time to the day it is of, right before it ("on 04/13/2022 at
    1510"); fullmatch the text between."""
    bound_since_before: re.Pattern[str]
    """ "since" right before a day, the bound of a state ("no BM since [**3-5**]"): in news the
    day is not one the text goes on with; search the text just before the day."""
    bound_until_before: re.Pattern[str]
    """A closure's end "until" right before a day ("is closed until Monday 6am"): in news the
    day is not one the text goes on with; search the text before the day up to it."""
    report_day_before: re.Pattern[str]
    """A reporting verb right before a day ("NASA said Tuesday"): in news, after a day its
    sentence named before, the day a clock time alone goes on with stays that one; search the
    text before the day up to it."""
    status_as_of_before: re.Pattern[str]
    """ "as of" right before a clock time alone ("As of 10 a.m."): a report's status at that
    time, of the report's day; search the text before the clock time up to it."""
    clock_on_day_between: re.Pattern[str]
    """What joins a clock time to the day it is on, right after it, where the two are tagged
    apart ("at 11:05 AM on [**3-5**]"); fullmatch the text between."""
    time_on_day_between: re.Pattern[str]
    """What joins a clock time or a part of the day to the day it is on, written out right
    after it and tagged apart ("at vespers on Easter Monday, 30 March 1282"); fullmatch the
    text between."""
    clock_zone_restated_between: re.Pattern[str]
    """What joins a local clock time to its restatement in another zone in brackets right
    after it ("4:17 a.m. local time (0117 GMT Monday)"); fullmatch the text between."""
    zone_restated_between: re.Pattern[str]
    """What joins a clock time told in a zone to the same instant told in another ("6pm PT is
    1am here"); fullmatch the text between."""
    reign_before: re.Pattern[str]
    """What opens a reign's span in brackets ("(r. 1695–1703)"): the year after it starts the
    reign. Search the text just before the year."""
    evening_event_before: re.Pattern[str]
    """An evening's event named right before a bare hour ("The show starts at 8"): the hour is
    the evening's. Search the text just before the clock time."""
    evening_event_clock: re.Pattern[str]
    """A clock time such an event puts in the evening ("8", "7:30", "9 tomorrow"): fullmatch
    the clock time's text."""
    afternoon_event_before: re.Pattern[str]
    """A public event held in the day named right before a bare hour ("The ceremony at 4:30"):
    the hour is the afternoon's. Search the text just before the clock time."""
    afternoon_event_clock: re.Pattern[str]
    """A clock time such an event puts in the afternoon ("4:30", "2"): fullmatch the clock
    time's text."""
    afternoon_event_not_after: re.Pattern[str]
    """What tells such a clock time in the morning after all, right after it (" in the
    morning"); match at the clock time's end."""
    morning_event_before: re.Pattern[str]
    """A morning's event named in the clause before a bare hour and its US zone ("a news
    conference at 10 ET"): the hour is the morning's. Search the text just before the time."""
    morning_event_clock: re.Pattern[str]
    """A bare hour from 8 to 11 and its US zone that such an event puts in the morning ("10
    Central"): fullmatch the clock time's text."""
    month_aside_before: re.Pattern[str]
    """What makes the month right after it one the news names aside ("since"); search the
    text just before the month."""
    month_aside_after: re.Pattern[str]
    """What makes the month right before it one the news names aside ("on record"); match
    right after the month."""
    past_event_after: re.Pattern[str]
    """What makes the weekday right before it the day of an event that is only ever reported,
    never scheduled ("Friday's quake"): the day is behind. Match right after the weekday."""
    vote_results_before: re.Pattern[str]
    """What makes the weekday right after it, a possessive that names a vote (see vote_after),
    the day of a vote over: "Results of Sunday's election". Match at the end of the text right
    before the weekday."""
    vote_after: re.Pattern[str]
    """A vote named by the weekday right before it, a possessive ("Sunday's election"). Match
    right after the weekday."""
    vote_results_after: re.Pattern[str]
    """Its results right after a vote a weekday names ("Sunday's election results"). Match
    right after the vote (see vote_after)."""
    weekend_past_after: re.Pattern[str]
    """A past verb of which "this weekend" modifies the subject ("Sales this weekend
    trailed", "this weekend's crowds were"). Match right after the weekend."""
    weekend_ahead_after: re.Pattern[str]
    """A present or a modal of which "this weekend" modifies the subject ("temperatures this
    weekend could top 100"): its clause's tense, whatever verb before. Match right after the
    weekend."""
    weekend_past_not_before: re.Pattern[str]
    """What makes "this weekend" the aim of a plan, not the subject's ("planned for this
    weekend was canceled"). Search the text before the weekend, up to it."""
    day_verb_after: re.Pattern[str]
    """The verb of a weekday's own clause right after it, past (group ``past``: "The judge on
    Monday set bail") or a schedule's present (group ``ahead``: "The council on Tuesday votes
    on the plan"), a participle phrase skipped before it ("A summit Monday hosted by France
    will discuss aid": ahead). Match right after the weekday."""
    fronted_day_verb_after: re.Pattern[str]
    """:attr:`day_verb_after` after the subject of the clause a weekday opens ("On Monday the
    judge set a hearing", "On Monday, lawmakers vote"). Match right after the weekday."""
    setting_day: re.Pattern[str]
    """The weekday a calendar was set on, its group ``day``, before what was set ("On Monday
    the judge set a hearing for Thursday"). Searched in the sentence before the setting."""
    vote_results_day: re.Pattern[str]
    """The weekday a vote's results come on, its group ``day`` ("... are expected on
    Friday"). Match right after the vote's results or the vote."""
    coming_event_after: re.Pattern[str]
    """What makes the weekday right before it, a possessive, the day of an event still to come
    when no tense cue is near ("Thursday's general election"): the day is ahead. Match right
    after the weekday."""
    coming_event_not_before: re.Pattern[str]
    """What makes a weekday's coming event (see coming_event_after) one that is over: "after
    Sunday's games". Match at the end of the text right before the weekday."""
    coming_event_nearest_before: re.Pattern[str]
    """What makes a weekday's coming event one that may be ahead or behind, the nearest:
    "the outcome of Sunday's election". Match at the end of the text right before the
    weekday."""
    clause_after: re.Pattern[str]
    """A word that opens a clause of its own after a mention: a tense cue after it tells that
    clause, not the mention's. Searched in the words between the mention and the cue."""
    clause_cue: re.Pattern[str]
    """A cue's first word that opens a clause of its own after a mention, as ``clause_after``
    does: "received notices on Monday telling them to move out by Nov. 1". Matched at the
    start of a cue after the mention."""
    coming_event_over: re.Pattern[str]
    """What tells, anywhere in its sentence, that a weekday's coming event (see
    coming_event_after) has been held: "Exit polls show", "official results", "conceded"."""
    event_ahead_after: re.Pattern[str]
    """A relative clause in the future right after the event a day names ("the Jan. 5
    runoffs, which will decide"): the day is ahead. Match right after the event's noun."""
    event_day_before: re.Pattern[str]
    """What stands right before a month and day that names an event, a preposition toward it
    and an article ("ahead of the"); search the text before it up to its end."""
    event_day_after: re.Pattern[str]
    """The event a month and day right before it names ("the Nov. 8 election"): that day is
    the nearest such day, whatever its clause's tense. Match right after the day."""
    day_in_name_after: re.Pattern[str]
    """What makes the day right before it part of a name ("committee" in "the Jan. 6
    committee"): no day the text tells; match right after the day."""
    holiday_held_in: re.Pattern[str]
    """The clause between a holiday and the year it was held in ("was first held in"); use
    fullmatch."""
    as_many_count: re.Pattern[str]
    """The count before the things "in as many" years count ("three" in "three deployments in
    "), in group ``count``, or the rank of the last of them ("second" in "his second meltdown
    in "), in group ``nth``; search the sentence up to "as many"."""
    season_year_in: re.Pattern[str]
    """The rest of a season's clause before the year it was in (" in Malta in" between "the
    winter" and "1942"); use fullmatch."""
    holiday_kept_on: re.Pattern[str]
    """What stands between a holiday and the yearly day it is kept on ("is celebrated" before
    "every 5 July", or nothing); fullmatch."""
    story_day_event_after: re.Pattern[str]
    """The event a story's counted day names after it (" of the crisis", group ``event``);
    match at the day's end."""
    event_began_before: re.Pattern[str]
    """The verb of an event's beginning right before a dated day ("began on"); search, ending
    at the day."""
    holiday_named_as: re.Pattern[str]
    """The words between a day and a holiday named as that day ("a date still celebrated
    as"); use fullmatch."""
    holiday_after_its_day: re.Pattern[str]
    """What stands between a day and a national holiday named right after it (": " in "9 May:
    Victory Day parade"); fullmatch."""
    holiday_on_its_known_day: re.Pattern[str]
    """What stands between a day and a national holiday in apposition to it, taken only when
    the day is one the holiday is kept on (", " in "On 9 May, Victory Day,"); fullmatch."""
    weekday_of_holiday: re.Pattern[str]
    """The words between a holiday and the weekday it falls on (" is on " in "Christmas is on
    Wednesday"); fullmatch."""
    weekday_of_holiday_year: re.Pattern[str]
    """The words between the weekday a holiday falls on and the year it is in (" in " in
    "Christmas Day falls on a Sunday in 2022"); fullmatch."""
    holiday_relative_year: re.Pattern[str]
    """The words between a holiday and the year counted or written right after it that it is
    of (" " in "Thanksgiving next year falls on", " in " in "Thanksgiving in 2024 falls on");
    fullmatch."""
    holiday_year_day_apposition: re.Pattern[str]
    """The words between a holiday's year and a day in apposition to the holiday (", on " in
    "Thanksgiving next year, on Nov. 28,"); fullmatch."""
    weekday_of_day_is: re.Pattern[str]
    season_of_day_before: re.Pattern[str]
    day_subject_year_before: re.Pattern[str]
    """The determiner of a clause's subject before the year it names, and the first year of two
    (group ``first``: "The 2025-" before "26 school year begins Aug. 20"); search, ending at
    the year."""
    day_subject_year_between: re.Pattern[str]
    """The rest of a subject a year names and its verb of schedule in the present, between the
    year and a day of no year (" season starts " in "the 2025 season starts sept 4");
    fullmatch."""
    holiday_clause_year_before: re.Pattern[str]
    """A word of a clause's subject and "in" before the year that dates it ("Shoppers in "
    before "2022 dubbed Black Friday a bust"); search, ending at the year."""
    holiday_clause_year_opening: re.Pattern[str]
    """A sentence's opening "In" before the year that dates the clause after its comma ("In "
    before "2022, shoppers dubbed Black Friday a bust"); search, ending at the year."""
    holiday_clause_year_between: re.Pattern[str]
    """The past verb of a clause and its words between the year its subject is dated by and a
    holiday (" dubbed " in "Shoppers in 2022 dubbed Black Friday"), or a comma, the clause's
    subject (group ``subject``) and its past verb after a sentence's opening year (", shoppers
    dubbed " in "In 2022, shoppers dubbed Black Friday"); fullmatch."""
    backstory_ends: re.Pattern[str]
    """What a news sentence opens on to set the news against its backstory ("This time");
    match at the sentence's start."""
    background: re.Pattern[str]
    """A relative clause in the past perfect that a mention ends ("Xerxes, who had succeeded
    his father in"): in a narrative, its date is background and does not move the story.
    Searched in the sentence up to the mention, and anchored at its end."""
    aside: re.Pattern[str]
    """An aside that a mention ends: a non-restrictive relative clause in any tense ("the
    war, which began in") or "since"; in a narrative, its date before the story's is no step
    of the story. Searched just before the mention, and anchored at its end."""
    range_connector: re.Pattern[str]
    """What may stand alone between the two dates of a range ("-", "to"); use fullmatch."""
    range_opener: re.Pattern[str]
    """What must precede a range joined by a paired connector ("between"); search the text
    before the first date."""
    range_paired: re.Pattern[str]
    """A connector that needs the opener ("and"); use fullmatch."""
    coordinator: re.Pattern[str]
    """What joins two dates of one month, year or era written only after the second ("on May
    31 and June 1, 1862", "on 10 or 11 January 49 BC", "August or September 1470"); use
    fullmatch."""
    span_begin: re.Pattern[str]
    """The verb of a start before its date ("began on"); search the sentence before the date."""
    span_end: re.Pattern[str]
    """The verb of an end before its date ("and ended on"); search the text since the start."""
    weekday_apposition: re.Pattern[str]
    """What sets a weekday beside the day just named as its weekday ("8 October, a
    Tuesday"); fullmatch."""
    weekday_alternative: re.Pattern[str]
    """What offers a weekday as the alternative to the one before it ("Monday or Tuesday",
    "Saturday, not Sunday"); fullmatch."""
    weekday_also: re.Pattern[str]
    """What adds a weekday to the one before it ("Mon and Tue", "Sat & Sun"); fullmatch."""
    weekday_also_hours: re.Pattern[str]
    """The hours after two weekdays that make them a schedule ("Mon and Tue 8am-3pm"); match
    after the second."""
    set_anchor: re.Pattern[str]
    """What joins a set to the date it starts from ("every Monday since March"); fullmatch."""
    set_month: re.Pattern[str]
    """What joins a set to a month it runs in ("every Tuesday in June"); fullmatch."""
    schedule_days: re.Pattern[str]
    """What joins the days of a schedule ("Mon-Fri", "every Tuesday and Thursday"); fullmatch."""
    schedule_hours: re.Pattern[str]
    """What joins a schedule's days to its first clock time ("Monday–Friday, 9am"); fullmatch."""
    schedule_next: re.Pattern[str]
    """What joins one part of a schedule to the next ("9am-8pm, Fri 9am-5pm"); fullmatch."""
    schedule_house_rule: re.Pattern[str]
    """A house rule's label before its clock time ("Check-in is from 3pm", "checkout by
    11am"); search the text before the time."""
    schedule_treatment_before: re.Pattern[str]
    """A recurring treatment before a list of weekdays ("hemodialysis Monday, ..."); search
    the text before the first day."""
    schedule_treatment_after: re.Pattern[str]
    """A recurring treatment after a list of weekdays ("... Friday dialysis"); match at the
    first word after the last day."""
    schedule_event_before: re.Pattern[str]
    """An event held once before weekdays and their hours ("conferences Thursday and Friday
    4-7pm"); search the text before the first day."""
    schedule_dose_pair_before: re.Pattern[str]
    """A dose right before two weekdays joined by a slash ("2.5 mg Mon/Fri"); search the text
    before the first day."""
    dct_label: re.Pattern[str]
    """Labels that may stand beside the creation date on its line ("Published:")."""
    written_day_month: re.Pattern[str]
    """A date written with the day before the month ("3 June"); search a date's text."""
    written_month_day: re.Pattern[str]
    """A date written with the month before the day ("June 3"); search a date's text."""
    dct_course: re.Pattern[str]
    """The heading of a note's hospital course ("HOSPITAL COURSE:"), after which the story is
    told from the document date again; search the text between two mentions."""
    dct_followup: re.Pattern[str]
    """The heading of a discharge summary's follow-up ("FOLLOW-UP:"), after which the text
    counts from the discharge date; search the text between two mentions."""
    dct_stamp: re.Pattern[str]
    """What opens a chat log's message before its clock time ("\\n[" of "[10:50 PM] kev:"), a
    message posted on the log's day; search the text between two mentions."""
    dct_stamp_inline: re.Pattern[str]
    """A post's later edit after a sentence's end ("? EDIT:"), from the sentence's end mark;
    search from two characters before the text between two mentions."""
    dct_message_before: re.Pattern[str]
    """What stands before a chat message's dated stamp on its line ("[" or nothing); fullmatch."""
    dct_message_after: re.Pattern[str]
    """What follows a chat message's dated stamp: the sender and a colon ("] Mia:", " - Mia:");
    match at the stamp's end."""
    dct_edit_before: re.Pattern[str]
    """What stands before the date of a post's later edit on its line ("UPDATE (", "Edit 2 ");
    fullmatch."""
    dct_edit_after: re.Pattern[str]
    """What follows the date of a post's later edit (a colon or a dash, maybe after a
    bracket: "):"); match at the date's end."""
    dct_arrival: re.Pattern[str]
    """What says a history told in the simple past has reached the admission ("in the ED",
    "Initial glucose"); search the text between two mentions."""
    dct_discharge: re.Pattern[str]
    """The label of a note's discharge date ("Discharge Date:"), what "the day of discharge"
    is; fullmatch the text before the date on its line (or the line above)."""
    dct_admission: re.Pattern[str]
    """The label of the admission date in a later note's header ("Admit Date:"), what hospital
    days count from when it is not the document date; fullmatch as ``dct_discharge``."""
    dct_told_admission: re.Pattern[str]
    """What tells, in a letter's text, the day of an admission it then counts from ("He was
    admitted to St. Luke's on"); search the text before a full date, up to it."""
    dct_admitted_on_day: re.Pattern[str]
    """What tells, in a note written during the stay, the day of the admission by a month and
    day alone ("Admitted 3/11", "was admitted to MICU on"); search the text before the day, up
    to it."""
    dct_told_operation: re.Pattern[str]
    """What tells, in a note's course, the day of the operation its postoperative days count
    from ("He underwent HeartMate 3 implantation on"); search the text before a date, up to
    it."""
    dct_told_operation_after: re.Pattern[str]
    """What tells it after the date ("On 03/04 she was taken to the OR"); match at the
    date's end."""
    dct_npo_midnight_before: re.Pattern[str]
    """What stands before the midnight that begins an operation's day ("NPO after"); search
    the text before "midnight", up to it."""
    dct_npo_plan_before: re.Pattern[str]
    """An order's fast before its midnight, which ends the note's day ("Admitted 3/2. NPO
    after"); search the text before "midnight", up to it."""
    dct_note_heading: re.Pattern[str]
    """A clinical note's heading before its date ("HIV CLINIC :", "ID NOTE"): genre auto reads
    the text as a note; search the text before the date."""
    dct_operation_heading: re.Pattern[str]
    """The heading of a record written on the day of its operation ("ANESTHESIA RECORD");
    match at the text's start."""
    dct_today_before: re.Pattern[str]
    """What stands before a hospital or postoperative day that is the note's own ("Today is",
    "now", nothing on its line); fullmatch the text before it on its line."""
    dct_stay_before: re.Pattern[str]
    """What else stands before a hospital or postoperative day that is the note's own (a comma:
    "63M with HCAP, HD #4.", "67 yo M , POD 1 s/p CABG"); fullmatch as ``dct_today_before``."""
    dct_today_after: re.Pattern[str]
    """What follows a hospital or postoperative day that is the note's own (its line's end,
    the clause's end, "s/p"); match the text after it on its line."""
    dct_stay_day: re.Pattern[str]
    """What makes a numbered day a day of the stay ("HD", "hospital") or after an operation
    ("POD"), not of a treatment; search the mention."""
    dct_max_offset: int
    """How far into the text a creation date line may appear."""
    dateline_place: re.Pattern[str]
    """What opens a dateline's line before its date ("SAN FRANCISCO, "); use fullmatch."""
    dateline_after: re.Pattern[str]
    """What follows a dateline's date ("/PRNewswire/ --"); matched right after it."""
    after_clock_opener: re.Pattern[str]
    """The capitalised word that opens a sentence after a clock's "a.m." or "p.m." ("at 5
    p.m. Officials said"): any but the starts of the words of the vocabulary's
    [clock_dating_word], which date the clock ("at 9 a.m. Monday"), and a place's time ("at 5
    p.m. Moscow time"); match right after the stop (see :func:`chrono.text.split_sentences`)."""
    triggers: frozenset[str]
    """Lower-case words one of which (or a token with a digit) every expression contains."""
    lexicon: frozenset[str]
    """Lower-case words that may appear in an expression at all (vocabulary and rule words)."""
    event_begun_by: Mapping[str, frozenset[str]]
    """The vocabulary's [event_begun_by]: a named event ("invasion") and the past tenses that
    start it ("invaded"), read once."""

    def lookup(self, table: str, surface: str) -> Any:
        """Return the meaning of ``surface`` in vocabulary ``table``.

        Matching ignores case, collapses whitespace, joins a tokenized possessive ("Year 's")
        and tolerates a missing or extra final dot.

        Raises:
            KeyError: the form is not in the table.
        """
        entries = self.vocabulary[table]
        # a tokenized note splits off the possessive: "New Year 's Day" is "new year's day"
        key = " ".join(surface.lower().split()).replace(" 's", "'s")
        for candidate in (key, key.rstrip("."), key + "."):
            if candidate in entries:
                return entries[candidate]
        stretch = _STRETCH.search(key)
        if stretch is not None:  # a stretched word ("tmrwww"): its last letter once, or twice
            for n in (1, 2):
                if (candidate := key[: stretch.start()] + stretch.group(1) * n) in entries:
                    return entries[candidate]
        raise KeyError(f"{surface!r} not in vocabulary table {table!r}")

    def summer_offset(self, zone: str) -> str | None:
        """The UTC offset of the summer time of the zone whose standard time is named ``zone``
        ("EST": "-04:00", EDT's; "Central European Time": "+02:00"), which writers may name all
        year (vocabulary ``[summer_time]``); None for a zone that keeps one clock all year
        ("JST"), or for the name of a summer time ("EDT")."""
        try:
            summer = str(self.lookup("summer_time", zone))
        except KeyError:
            return None
        return str(self.vocabulary["timezone"].get(summer, summer))  # a name, or an offset

    def rule(self, rule_id: str) -> Rule:
        """Return the rule with this id.

        Raises:
            KeyError: no rule has this id.
        """
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def _alternation(keys: list[str]) -> str:
    """A regex alternation of literal keys, longest first (so "sept." wins over "sep")."""
    parts = []
    for key in sorted(keys, key=lambda k: (-len(k), k)):
        parts.append(re.escape(key).replace(r"\ ", " "))
    return "(?:" + "|".join(parts) + ")"


def _stretchable(keys: list[str]) -> str:
    """The alternation of ``keys``, each also with its last letter repeated, as messages
    stretch a word ("tmrwww", "2niteee"): :meth:`Grammar.lookup` reads it without the repeats."""
    finals = sorted({k[-1] for k in keys if k[-1:].isalpha()})
    if not finals:
        return _alternation(keys)
    repeats = "|".join(f"(?<={re.escape(c)}){re.escape(c)}+" for c in finals)
    return "(?:" + _alternation(keys) + "(?:" + repeats + ")?)"


def _number_compounds() -> str:
    return "(?:(?:" + "|".join(_TENS) + ")[- ](?:" + "|".join(_UNITS) + "))"


# One literal unit of a pattern: a plain character or an escaped punctuation / hex character.
_LITERAL_TOKEN = re.compile(r"\\x[0-9a-fA-F]{2}|\\[^A-Za-z0-9]|[^\\()\[\]{}|*+?.^$]")
_PATTERN_TOKEN = re.compile(
    r"\\x[0-9a-fA-F]{2}|\\.|\[\^?\]?(?:\\.|[^\]\\])*\]"
    r"|\((?:\?(?:P<\w+>|[=!:]|<[=!]|[aiLmsux-]+:)?)?|\(\?|.",
    re.DOTALL,
)


def _factor_alternations(pattern: str) -> str:
    """Rewrite runs of literal alternatives as tries: "(?:was|were|went)" becomes
    "(?:w(?:as|e(?:re|nt)))".

    Python's regex engine tries alternatives one by one at every position; a trie tries one
    character at a time (long vocabulary lists match several times faster). The match is
    unchanged: only consecutive literal alternatives are merged, and only when they already
    try a longer alternative before any shorter one it begins with (the trie's order),
    compared case-insensitively, so "(?i:...)" scopes and IGNORECASE behave the same.
    """
    out: list[list[str]] = [[""]]  # per open group: its opening, then its tokens
    for tok in _PATTERN_TOKEN.findall(pattern):
        if tok.startswith("(") and tok != "(?":
            out.append([tok])
        elif tok == "(?":
            out.append([tok, ""])  # a group of another kind ("(?P=", "(?#"): left as it is
        elif tok == ")" and len(out) > 1:
            opening, *body = out.pop()
            if body and body[0] == "" and opening == "(?":
                out[-1].append(opening + "".join(body) + ")")
            else:
                out[-1].append(opening + _factor_group(tuple(body)) + ")")
        else:
            out[-1].append(tok)
    while len(out) > 1:  # unbalanced: leave it to re.compile to report
        opening, *body = out.pop()
        out[-1].append(opening + "".join(body))
    return _factor_group(tuple(out[0][1:]))


_T = TypeVar("_T")


def _alternatives(items: Sequence[_T]) -> list[list[_T]]:
    """The alternatives of a group's items (tokens or groups), split at its top-level "|"."""
    alternatives: list[list[_T]] = [[]]
    for item in items:
        if item == "|":
            alternatives.append([])
        else:
            alternatives[-1].append(item)
    return alternatives


@functools.lru_cache(maxsize=4096)  # macros repeat the same groups across rules
def _factor_group(tokens: tuple[str, ...]) -> str:
    """The alternatives of one group (``tokens`` between its parentheses), literal runs as tries."""
    alternatives = _alternatives(tokens)
    parts: list[str] = []
    run: list[list[str]] = []
    behind: list[str] = []  # a run of look-behind alternatives (see _guarded)
    for alt in [*alternatives, None]:
        looks_behind = alt is not None and len(alt) == 1 and _lookbehind_tail(alt[0]) is not None
        literal = bool(alt) and all(_LITERAL_TOKEN.fullmatch(t) for t in alt or ())
        if behind and not looks_behind:
            parts.append(_guarded(behind))
            behind = []
        if run and not literal:
            factored = trie(run) if len(run) > 1 else None
            if factored is None:
                parts.extend("".join(r) for r in run)
            else:
                parts.append(factored if len(run) == len(alternatives) else "(?:" + factored + ")")
            run = []
        if alt is None:
            break
        if looks_behind:
            behind.append(alt[0])
        elif literal:
            run.append(alt)
        else:
            parts.append("".join(alt))
    return "|".join(parts)


# One character of a pattern: a literal, a class ("\\d", "[-–]").
_UNIT = re.compile(_LITERAL_TOKEN.pattern + r"|\\[dswDSW]|\[\^?\]?(?:\\.|[^\]\\])*\]")


def _lookbehind_tail(token: str) -> list[str] | None:
    """The characters a look-behind group ``token`` ends with, each one unit ("\\d",
    "[-–]"), last first; None when ``token`` is no look-behind or ends otherwise (in a group,
    or its alternatives)."""
    if not token.startswith("(?<=") or not token.endswith(")"):
        return None
    tokens = _PATTERN_TOKEN.findall(token[4:-1])
    depth = 0
    for tok in tokens:
        if tok.startswith("("):
            depth += 1
        elif tok == ")":
            depth -= 1
            if depth < 0:
                return None  # "(?<=a)|(?<=b)": two groups
        elif tok == "|" and depth == 0:
            return None  # its alternatives may end otherwise
    tail: list[str] = []
    for tok in reversed(tokens):
        if not _UNIT.fullmatch(tok):
            break
        tail.append(tok)
    return tail or None


def _guarded(behind: list[str]) -> str:
    """The alternation of look-behinds ``behind``, each tried only after the characters it
    ends with (a look-behind of them): "(?<=@ )|(?<=\\bat )|(?<=\\bmeet at )|(?<=\\bby )"
    becomes "(?<= )(?:(?<=@ )|(?<=at )(?:(?<=\\bat )|(?<=\\bmeet at ))|(?<=\\bby ))" (fewer
    than four are left as they are). The same matches: each
    alternative checks nothing but text before the position and captures nothing, so
    their order and the checks added in front of them change no match, only how many
    alternatives a position is tried against (a wall of them at every number)."""
    if len(behind) < 4:
        return "|".join(behind)
    tree: dict[str, Any] = {}
    for token in behind:
        node = tree
        for unit in _lookbehind_tail(token) or ():
            node = node.setdefault(unit, {})
        node.setdefault("", []).append(token)
    return _guard(tree, "")


def _count(node: dict[str, Any]) -> int:
    """The number of look-behinds at and under ``node`` of a trie of :func:`_guarded`."""
    return sum(len(v) if k == "" else _count(v) for k, v in node.items())


def _guard(node: dict[str, Any], suffix: str) -> str:
    """The alternation of the look-behinds under ``node``, whose branches end with
    ``suffix``: each branch of two or more behind a look-behind of its common ending."""
    parts: list[str] = list(node.get("", ()))
    for unit, child in node.items():
        if unit == "":
            continue
        tail = unit + suffix
        while "" not in child and len(child) == 1:  # down to where it branches
            ((unit, child),) = child.items()
            tail = unit + tail
        if _count(child) == 1:  # a leaf: the look-behind itself
            parts.extend(child[""])
        else:
            parts.append("(?<=" + tail + ")(?:" + _guard(child, tail) + ")")
    return "|".join(parts)


def trie(alternatives: list[list[str]]) -> str | None:
    """The trie regex of literal ``alternatives`` (each a list of literal tokens), or None
    when their order prefers a shorter alternative (or a case variant) to a longer one."""
    folded = [tuple(t.lower() for t in alt) for alt in alternatives]
    first: dict[tuple[str, ...], int] = {}
    for i, key in enumerate(folded):
        j = first.setdefault(key, i)
        if alternatives[j] != alternatives[i]:
            return None  # case variants of one another
    for i, key in enumerate(folded):
        for k in range(1, len(key)):
            j0 = first.get(key[:k])
            if j0 is not None and (j0 < i or alternatives[i][:k] != alternatives[j0]):
                return None  # a shorter alternative that begins this one is tried first
    root: dict[str, Any] = {}
    for alt in alternatives:
        node = root
        for tok in alt:
            node = node.setdefault(tok, {})
        node[""] = {}
    return "|".join(tok + _emit(sub) for tok, sub in root.items())


def _emit(node: dict[str, Any]) -> str:
    branches = [tok + _emit(sub) for tok, sub in node.items() if tok]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _cue_starts(cue: re.Pattern[str], *, lower: bool = False) -> re.Pattern[str] | None:
    """The finder of where ``cue`` can start (worked out once, then stored with the
    patterns' rewrites: see :func:`chrono.extract.regex_cache.rewritten`); with ``lower``,
    the one for an ASCII text in lower case."""
    tag = f"cue starts{' lower' if lower else ''} {int(cue.flags)}:"
    source = rewritten(
        tag + cue.pattern, lambda text: starts_source(text[len(tag) :], cue.flags, lower=lower)
    )
    return compile_regex(source) if source else None


def _cue_dispatch(cue: re.Pattern[str]) -> Dispatch | None:
    """The dispatch of ``cue``'s alternatives (worked out once, then stored with the
    patterns' rewrites, its alternatives' code with the patterns')."""
    tag = f"cue dispatch {int(cue.flags)}:"
    source = rewritten(tag + cue.pattern, lambda text: dispatch_source(text[len(tag) :], cue.flags))
    return Dispatch.from_source(source, compile_regex, cue.flags) if source else None


# Heads the text of a pattern compiled ignoring case, to be rewritten (see _rewrite).
_IGNORECASE_TAG = "\0ignorecase\0"
# Heads the vocabulary's keys and the patterns' texts whose words are the lexicon (see _lexicon).
_LEXICON_TAG = "\0lexicon\0"


def _lexicon(text: str) -> str:
    """The words of a lexicon's sources (see :meth:`_Loader.lexicon`) as one text, a space
    between two: ``text`` is ``_LEXICON_TAG``, the length of the keys and a NUL, the
    vocabulary's keys (their words as they are) and the patterns' texts (their words in lower
    case, pattern syntax that looks like words left out), each key or text on a line of its
    own, which no word or syntax spans."""
    length, _, rest = text[len(_LEXICON_TAG) :].partition("\0")
    keys, sources = rest[: int(length)], rest[int(length) :]
    words = set(_WORD.findall(keys))
    words.update(map(str.lower, _WORD.findall(_NOT_WORDS.sub(" ", sources))))
    return " ".join(sorted(words))


def _rewrite(pattern: str) -> str:
    """What a pattern's text becomes before it is compiled (stored ahead: see
    :func:`chrono.extract.regex_cache.rewritten`); a text headed by ``_IGNORECASE_TAG`` is
    that of a pattern compiled with ``re.IGNORECASE``."""
    ignorecase = pattern.startswith(_IGNORECASE_TAG)
    if ignorecase:
        pattern = pattern[len(_IGNORECASE_TAG) :]
    return _fast_branches(_spaces(_factor_alternations(pattern)), ignorecase)


# A group of a pattern's text: its opening ("(?:", "(?P<day>", "(?<=", "(?i:"...) and what
# it holds, its items: tokens and groups.
_Group: TypeAlias = tuple[str, list["_Item"]]
_Item: TypeAlias = str | _Group
# The letters that re, ignoring case in Unicode, also matches with a character besides ASCII
# ("İ" and "ı" for "i", "ſ" for "s", the Kelvin sign for "k"): left as they are.
_UNICODE_FOLDED = frozenset("iskISK")
_QUANTIFIERS = ("?", "*", "+", "{")
_INLINE_FLAGS = re.compile(r"[aiLmsux-]+")


def _fast_branches(pattern: str, ignorecase: bool) -> str:
    """``pattern`` written so that re's matcher (Python 3.11) fails sooner, matching the same.

    (1) An optional group "(?:X)?" becomes the alternation "(?:X|)": re runs a group repeated
    as a loop whose state it allocates on the heap, and saves the marks of the groups at each
    alternation inside it; greedy, "?" tries X, then nothing, as "X|" does. (2) Where case is
    ignored, an alternative that begins with a letter begins with it in both cases, without
    ignoring case: "t(?:wo|en)|f(?:our|ive)" becomes "(?-i:[tT])(?:wo|en)|(?-i:[fF])(?:our|ive)",
    and one without groups is written once for each case ("(?-i:t)wo|(?-i:T)wo"): re skips an
    alternative whose first character or class the text does not have in a test, but enters
    every other one (an alternative that begins with a letter ignoring case) in a nested
    call. The two cases are exactly what the letter matches ignoring case, in ASCII and in
    Unicode ("i", "k", "s", which Unicode also folds from other letters, are left as they are).
    A pattern this cannot read (inline global flags, unbalanced) is left as it is, and so is a
    group of a kind it does not read (a conditional "(?(1)b|no)", a comment).
    """
    root: _Group = ("", [])
    stack = [root]
    for tok in _PATTERN_TOKEN.findall(pattern):
        if tok.startswith("("):
            node: _Group = (tok, [])
            stack[-1][1].append(node)
            stack.append(node)
        elif tok == ")" and len(stack) > 1:
            closed = stack.pop()
            if closed[0] == "(?" and all(
                isinstance(t, str) and _INLINE_FLAGS.fullmatch(t) for t in closed[1]
            ):
                return pattern  # "(?i)": flags for the whole pattern
        else:
            stack[-1][1].append(tok)
    if len(stack) != 1:
        return pattern
    return _emit_items(root[1], ignorecase, lookbehind=False)


def _flags_group(opening: str) -> bool:
    """Whether a group opening with ``opening`` sets flags for what it holds ("(?-i:")."""
    return (
        opening[:2] == "(?" and opening[-1:] == ":" and bool(_INLINE_FLAGS.fullmatch(opening[2:-1]))
    )


def _group_case(opening: str, ignorecase: bool) -> bool:
    """Whether case is ignored inside a group opening with ``opening``."""
    if _flags_group(opening):
        on, _, off = opening[2:-1].partition("-")
        if "i" in off:
            return False
        if "i" in on:
            return True
    return ignorecase


def _verbatim(group: _Group) -> str:
    """The text of ``group`` as it was written."""
    opening, items = group
    return opening + "".join(i if isinstance(i, str) else _verbatim(i) for i in items) + ")"


def _emit_group(group: _Group, ignorecase: bool) -> str:
    opening, items = group
    if opening == "(?":
        # A group of another kind (a conditional "(?(1)yes|no)", a comment "(?#...)", "(?P=x)"),
        # whose branches this does not read: as it is.
        return _verbatim(group)
    inner = _emit_items(items, _group_case(opening, ignorecase), opening.startswith("(?<"))
    return opening + inner + ")"


def _emit_items(items: list[_Item], ignorecase: bool, lookbehind: bool) -> str:
    """The alternatives of one group (or of the whole pattern), rewritten (see
    :func:`_fast_branches`)."""
    alternatives = _alternatives(items)
    out: list[str] = []
    for alternative in alternatives:
        text = _emit_sequence(alternative, ignorecase)
        first = alternative[0] if alternative else None
        second = alternative[1] if len(alternative) > 1 else None
        if (
            ignorecase
            and len(alternatives) > 1
            and not lookbehind
            and isinstance(first, str)
            and len(first) == 1
            and first.isascii()
            and first.isalpha()
            and first not in _UNICODE_FOLDED
            and second not in _QUANTIFIERS
        ):
            rest = text[1:]
            low, up = first.lower(), first.upper()
            if any(not isinstance(item, str) for item in alternative):
                out.append(f"(?-i:[{low}{up}])" + rest)
            else:
                out.append(f"(?-i:{low}){rest}|(?-i:{up}){rest}")
        else:
            out.append(text)
    return "|".join(out)


def _emit_sequence(items: list[_Item], ignorecase: bool) -> str:
    """One alternative's items, each optional group as an alternation (see
    :func:`_fast_branches`)."""
    out: list[str] = []
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, str):
            out.append(item)
            i += 1
            continue
        opening, body = item
        after = items[i + 1 : i + 3]
        optional = after[:1] == ["?"] and after[1:2] not in (["?"], ["+"])
        plain = opening in ("(?:", "(") or opening.startswith("(?P<") or _flags_group(opening)
        single = opening == "(?:" and len(body) == 1 and isinstance(body[0], str)
        if optional and plain and not single:
            if opening == "(?:":
                inner = _emit_items(body, ignorecase, lookbehind=False)
                out.append("(?:" + inner + "|)")
            else:
                out.append("(?:" + _emit_group(item, ignorecase) + "|)")
            i += 2
            continue
        out.append(_emit_group(item, ignorecase))
        i += 1
    return "".join(out)


def _spaces(pattern: str) -> str:
    """Turn literal spaces into whitespace runs, keeping lookbehinds fixed-width."""
    out: list[str] = []
    stack: list[bool] = []  # True for a lookbehind group
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
            # a "]" right after "[" or "[^" is literal
            if pattern[i + 1 : i + 2] == "]":
                out.append("]")
                i += 1
        elif ch == "(":
            stack.append(pattern.startswith(("(?<=", "(?<!"), i))
            out.append(ch)
        elif ch == ")":
            if stack:
                stack.pop()
            out.append(ch)
        elif ch == " ":
            nxt = pattern[i + 1 : i + 2]
            if any(stack):
                out.append(r"\s")
            elif nxt in ("?", "*"):
                out.append(r"\s*")  # an optional space: any whitespace, or none
                i += 1
            else:
                out.append(r"\s+")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _check_summer_times(vocabulary: Mapping[str, Mapping[str, Any]]) -> None:
    """Each zone of ``[summer_time]`` names a standard time of ``[timezone]`` with a fixed
    offset, and its summer time is one of those too, or an offset, ahead of it.

    Raises:
        RuleError: an entry that is not so.
    """
    zones = vocabulary.get("timezone", {})
    for standard, summer in vocabulary.get("summer_time", {}).items():
        offsets = [zones.get(standard), zones.get(summer, summer)]
        if not all(isinstance(o, str) and _UTC_OFFSET.fullmatch(o) for o in offsets):
            raise RuleError(f"summer_time: {standard!r} and {summer!r} need fixed offsets")
        if offset_minutes(str(offsets[1])) <= offset_minutes(str(offsets[0])):
            raise RuleError(f"summer_time: {summer!r} is not ahead of {standard!r}")


class _Loader:
    def __init__(self, language: str) -> None:
        self.language = language
        self.folder = resources.files("chrono.extract").joinpath("rules", language)
        self.vocabulary: dict[str, dict[str, Any]] = {}
        self.macros: dict[str, str] = {}
        self.raw_patterns: list[str] = []
        # The rule files as parsed ahead, used only for files unchanged since (the TOML files
        # stay the source of truth: see chrono/extract/rule_cache.py).
        self.parsed = rule_cache.shipped()

    def read(self, name: str) -> dict[str, Any]:
        try:
            data = rule_cache.parsed(self.language, self.folder.joinpath(name), self.parsed)
        except (OSError, RuleError) as exc:
            raise RuleError(f"rule file {self.language}/{name}: {exc}") from exc
        return data

    def load(self) -> Grammar:
        vocab = self.read("vocabulary.toml")
        trigger_file = self.read("triggers.toml")
        stretched = set(trigger_file.get("stretched", {}).get("tables", []))
        missing = sorted(stretched - set(vocab))
        if missing:
            raise RuleError(f"triggers: no vocabulary table {missing[0]!r} to stretch")
        for table, entries in vocab.items():
            if not isinstance(entries, dict):
                raise RuleError(f"vocabulary: [{table}] must be a table")
            self.vocabulary[table] = {str(k).lower(): v for k, v in entries.items()}
            keys = list(self.vocabulary[table])
            self.macros[table.upper()] = (
                _stretchable(keys) if table in stretched else _alternation(keys)
            )
        _check_summer_times(self.vocabulary)
        self.macros["NUMBER_COMPOUND"] = _number_compounds()
        for name, body in self.read("macros.toml").get("macros", {}).items():
            self.macros[name] = body
        rules: list[Rule] = []
        negatives: list[NegativeRule] = []
        names = sorted(
            p.name
            for p in self.folder.iterdir()
            if p.name.endswith(".toml")
            and p.name
            not in {
                "vocabulary.toml",
                "macros.toml",
                "tense.toml",
                "ranges.toml",
                "dct.toml",
                "triggers.toml",
            }
        )
        for name in names:
            data = self.read(name)
            for raw in data.get("rule", []):
                rules.append(self.rule(name, raw, len(rules)))
            negatives.extend(self.negative(name, raw) for raw in data.get("negative", []))
        ids = [r.id for r in rules] + [n.id for n in negatives]
        dupes = sorted(i for i, n in Counter(ids).items() if n > 1)
        if dupes:
            raise RuleError(f"duplicate rule ids: {', '.join(dupes)}")
        tense = self.read("tense.toml").get("tense", {})
        ranges = self.read("ranges.toml").get("ranges", {})
        dct_file = self.read("dct.toml")
        dct, dateline = dct_file.get("dct", {}), dct_file.get("dateline", {})
        triggers = trigger_file.get("triggers", {})
        lexicon = self.lexicon(rules, negatives)
        tables = {"tense": tense, "ranges": ranges, "dct": dct, "dct dateline": dateline}

        def cue(key: str, how: _How, table: str = "tense") -> re.Pattern[str]:
            """The pattern ``key`` of ``table`` (one that never matches when it has none),
            compiled as ``how`` says."""
            pattern = tables[table].get(key, "(?!)")
            if how is _How.EXACT:
                return self.compile_exact(pattern)
            where = f"{table} {key.replace('_', ' ')}"
            if how is _How.PLAIN:
                return self.compile_plain(pattern, where)
            return self.compile(pattern, where, False)

        future_cue = cue("future", _How.RULE)
        past_cue = cue("past", _How.RULE)

        def word_before(key: str) -> re.Pattern[str]:
            """Tense key ``key``, matched at the end of the text right before a mention."""
            return self.compile("(?:" + tense.get(key, "(?!)") + r")[\s,]*\Z", "tense", False)

        past_before = word_before("past_before")

        def ending(key: str, where: str, tail: str = r"\s*\Z") -> re.Pattern[str]:
            """Tense key ``key`` open on its left, searched in the text before a mention up to
            its end."""
            pattern = "(?:" + tense.get(key, "(?!)") + ")" + tail
            return self.compile(pattern, where, False, closed=False)

        def word_after(key: str, where: str, lead: str = r"\s+") -> re.Pattern[str]:
            """Tense key ``key``, a whole word matched right after a mention (after ``lead``)."""
            return self.compile_plain(
                "(?i:" + lead + "(?:" + tense.get(key, "(?!)") + r"))\b", where
            )

        return Grammar(
            language=self.language,
            vocabulary=self.vocabulary,
            rules=tuple(rules),
            negatives=tuple(negatives),
            future_cue=future_cue,
            past_cue=past_cue,
            future_cue_starts=_cue_starts(future_cue),
            past_cue_starts=_cue_starts(past_cue),
            future_cue_lower_starts=_cue_starts(future_cue, lower=True),
            past_cue_lower_starts=_cue_starts(past_cue, lower=True),
            future_cue_dispatch=_cue_dispatch(future_cue),
            plan_changed_before=word_before("plan_changed_before"),
            plan_in_past_before=word_before("plan_in_past_before"),
            plan_infinitive_before=word_before("plan_infinitive_before"),
            future_before=word_before("future_before"),
            awaited_before=word_before("awaited_before"),
            past_until_before=ending("past_until_before", "tense until", r"[\s,]*\Z"),
            until_before=word_before("until_before"),
            past_until_after=word_after("past_until_after", "tense until", lead=""),
            future_before_dates=word_before("future_before_dates"),
            calendar_set_before=word_before("calendar_set_before"),
            verbless_ahead_before=word_before("verbless_ahead_before"),
            past_deadline_before=word_before("past_deadline_before"),
            past_before=past_before,
            past_before_starts=_cue_starts(past_before),
            past_before_lower_starts=_cue_starts(past_before, lower=True),
            past_verb_before=word_before("past_verb_before"),
            done_in_note_before=word_before("done_in_note_before"),
            result_test_before=word_before("result_test_before"),
            result_after=word_after("result_after", "tense result", lead=""),
            held_until_before=word_before("held_until_before"),
            release_on_before=word_before("release_on_before"),
            release_on=cue("release_on", _How.RULE),
            schedule_range_before=word_before("schedule_range_before"),
            moved_to_before=word_before("moved_to_before"),
            since_day_before=word_before("since_day_before"),
            joined_day_before=word_before("joined_day_before"),
            reported_future_after=word_after("reported_future_after", "tense reported future"),
            flashback_before=word_before("flashback_before"),
            tense_distance=int(tense.get("max_distance", 50)),
            story_opener=cue("story_opener", _How.EXACT),
            story_step=cue("story_step", _How.EXACT),
            report_months=cue("report_months", _How.EXACT),
            story_report=cue("story_report", _How.RULE),
            kept_yearly=cue("kept_yearly", _How.RULE),
            kept_since=cue("kept_since", _How.RULE),
            night_of_before=ending("night_of_before", "tense night", r"\s+\Z"),
            condition_before=ending("condition_before", "tense condition"),
            clock_at_day_between=cue("clock_at_day_between", _How.EXACT),
            clock_on_day_between=cue("clock_on_day_between", _How.EXACT),
            time_on_day_between=cue("time_on_day_between", _How.EXACT),
            clock_zone_restated_between=cue("clock_zone_restated_between", _How.EXACT),
            zone_restated_between=cue("zone_restated_between", _How.EXACT),
            bound_since_before=ending(
                "bound_since_before", "tense bound since", r"(?:\s+|\s*\[\*\*)\Z"
            ),
            bound_until_before=ending("bound_until_before", "tense bound until", r"\s+\Z"),
            report_day_before=ending("report_day_before", "tense report day", r"\s+\Z"),
            status_as_of_before=ending("status_as_of_before", "tense as of", r"\s+\Z"),
            reign_before=self.compile_plain(
                "(?:" + tense.get("reign_before", "(?!)") + r")\s*\Z", "tense reign"
            ),
            evening_event_before=ending("evening_event_before", "tense evening event"),
            evening_event_clock=cue("evening_event_clock", _How.EXACT),
            afternoon_event_before=ending("afternoon_event_before", "tense afternoon event"),
            afternoon_event_clock=cue("afternoon_event_clock", _How.EXACT),
            afternoon_event_not_after=cue("afternoon_event_not_after", _How.EXACT),
            morning_event_before=ending("morning_event_before", "tense morning event"),
            morning_event_clock=cue("morning_event_clock", _How.EXACT),
            month_aside_before=ending("month_aside_before", "tense aside", r"\s+\Z"),
            month_aside_after=word_after("month_aside_after", "tense aside"),
            past_event_after=word_after("past_event_after", "tense past event", r"['’]s\s+"),
            coming_event_after=word_after("coming_event_after", "tense coming event", r"['’]s\s+"),
            coming_event_not_before=word_before("coming_event_not_before"),
            coming_event_nearest_before=word_before("coming_event_nearest_before"),
            vote_results_before=word_before("vote_results_before"),
            vote_after=word_after("vote_after", "tense vote", r"['’]s\s+"),
            vote_results_after=cue("vote_results_after", _How.PLAIN),
            weekend_past_after=cue("weekend_past_after", _How.PLAIN),
            weekend_ahead_after=cue("weekend_ahead_after", _How.PLAIN),
            verbless_month=cue("verbless_month", _How.PLAIN),
            verbless_run_before=word_before("verbless_run_before"),
            verbless_measured=cue("verbless_measured", _How.PLAIN),
            weekend_past_not_before=cue("weekend_past_not_before", _How.PLAIN),
            day_verb_after=self.compile_plain(
                self.expand(tense.get("day_verb_after", "(?!)"), "tense day verb after"),
                "tense day verb after",
            ),
            fronted_day_verb_after=self.compile_plain(
                self.expand(
                    tense.get("fronted_day_verb_after", "(?!)"), "tense fronted day verb after"
                ),
                "tense fronted day verb after",
            ),
            setting_day=cue("setting_day", _How.PLAIN),
            vote_results_day=cue("vote_results_day", _How.PLAIN),
            clause_after=cue("clause_after", _How.PLAIN),
            clause_cue=cue("clause_cue", _How.PLAIN),
            coming_event_over=cue("coming_event_over", _How.PLAIN),
            event_ahead_after=word_after("event_ahead_after", "tense event ahead", lead=""),
            event_day_before=word_before("event_day_before"),
            event_day_after=word_after("event_day_after", "tense event day"),
            day_in_name_after=word_after("day_in_name_after", "tense name"),
            holiday_held_in=cue("holiday_held_in", _How.EXACT),
            as_many_count=cue("as_many_count", _How.PLAIN),
            season_year_in=cue("season_year_in", _How.EXACT),
            holiday_kept_on=cue("holiday_kept_on", _How.EXACT),
            story_day_event_after=cue("story_day_event_after", _How.PLAIN),
            event_began_before=cue("event_began_before", _How.PLAIN),
            holiday_relative_year=cue("holiday_relative_year", _How.EXACT),
            holiday_year_day_apposition=cue("holiday_year_day_apposition", _How.EXACT),
            day_subject_year_before=cue("day_subject_year_before", _How.PLAIN),
            day_subject_year_between=cue("day_subject_year_between", _How.PLAIN),
            holiday_clause_year_before=cue("holiday_clause_year_before", _How.PLAIN),
            holiday_clause_year_opening=cue("holiday_clause_year_opening", _How.PLAIN),
            weekday_of_day_is=cue("weekday_of_day_is", _How.PLAIN),
            season_of_day_before=cue("season_of_day_before", _How.PLAIN),
            holiday_clause_year_between=cue("holiday_clause_year_between", _How.PLAIN),
            holiday_named_as=cue("holiday_named_as", _How.EXACT),
            holiday_after_its_day=cue("holiday_after_its_day", _How.EXACT),
            holiday_on_its_known_day=cue("holiday_on_its_known_day", _How.EXACT),
            weekday_of_holiday=cue("weekday_of_holiday", _How.EXACT),
            weekday_of_holiday_year=cue("weekday_of_holiday_year", _How.EXACT),
            backstory_ends=self.compile_plain(
                r"\s*(?:" + tense.get("backstory_ends", "(?!)") + r")\b", "tense backstory"
            ),
            background=ending("background", "tense background", r"\Z"),
            aside=ending("aside", "tense aside", r"\Z"),
            range_connector=cue("connector", _How.EXACT, "ranges"),
            range_opener=self.compile(
                r"(?:" + ranges.get("opener", "(?!)") + r")\s*\Z", "ranges", False
            ),
            range_paired=cue("paired_connector", _How.EXACT, "ranges"),
            coordinator=cue("coordinator", _How.EXACT, "ranges"),
            span_begin=self.compile(
                r"(?:" + ranges.get("span_begin", "(?!)") + r")\s*\Z", "ranges", False
            ),
            span_end=self.compile(
                r"(?:" + ranges.get("span_end", "(?!)") + r")\s*\Z", "ranges", False
            ),
            weekday_apposition=cue("weekday_apposition", _How.EXACT, "ranges"),
            weekday_alternative=cue("weekday_alternative", _How.EXACT, "ranges"),
            weekday_also=cue("weekday_also", _How.EXACT, "ranges"),
            weekday_also_hours=self.compile(
                ranges.get("weekday_also_hours", "(?!)"), "ranges", False, opens=False
            ),
            set_anchor=cue("set_anchor", _How.EXACT, "ranges"),
            set_month=cue("set_month", _How.EXACT, "ranges"),
            schedule_days=cue("schedule_days", _How.EXACT, "ranges"),
            schedule_hours=cue("schedule_hours", _How.EXACT, "ranges"),
            schedule_next=cue("schedule_next", _How.EXACT, "ranges"),
            schedule_house_rule=self.compile(
                r"(?:" + ranges.get("schedule_house_rule", "(?!)") + r")\s*\Z", "ranges", False
            ),
            schedule_treatment_before=self.compile(
                r"(?:" + ranges.get("schedule_treatment_before", "(?!)") + r")\s*\Z",
                "ranges",
                False,
            ),
            schedule_treatment_after=cue("schedule_treatment_after", _How.RULE, "ranges"),
            schedule_event_before=self.compile(
                r"(?:" + ranges.get("schedule_event_before", "(?!)") + r")\s*\Z",
                "ranges",
                False,
            ),
            schedule_dose_pair_before=self.compile(
                r"(?:" + ranges.get("schedule_dose_pair_before", "(?!)") + r")\s*\Z",
                "ranges",
                False,
            ),
            dct_label=cue("label", _How.RULE, "dct"),
            written_day_month=self.compile(
                dct.get("written_day_month", "(?!)"), "dct written", False, closed=False
            ),
            written_month_day=self.compile(
                dct.get("written_month_day", "(?!)"), "dct written", False, closed=False
            ),
            dct_course=self.compile_line_start(dct.get("course", "(?!)"), "dct course"),
            dct_followup=self.compile_line_start(dct.get("followup", "(?!)"), "dct followup"),
            dct_stamp=self.compile_line_start(dct.get("stamp", "(?!)"), "dct stamp"),
            dct_stamp_inline=cue("stamp_inline", _How.PLAIN, "dct"),
            dct_message_before=cue("message_before", _How.PLAIN, "dct"),
            dct_message_after=cue("message_after", _How.PLAIN, "dct"),
            dct_edit_before=cue("edit_before", _How.PLAIN, "dct"),
            dct_edit_after=cue("edit_after", _How.PLAIN, "dct"),
            dct_arrival=cue("arrival", _How.PLAIN, "dct"),
            dct_discharge=cue("discharge", _How.EXACT, "dct"),
            dct_admission=cue("admission", _How.EXACT, "dct"),
            dct_told_admission=cue("told_admission", _How.PLAIN, "dct"),
            dct_admitted_on_day=cue("admitted_on_day", _How.PLAIN, "dct"),
            dct_told_operation=cue("told_operation", _How.PLAIN, "dct"),
            dct_told_operation_after=cue("told_operation_after", _How.PLAIN, "dct"),
            dct_npo_midnight_before=cue("npo_midnight_before", _How.PLAIN, "dct"),
            dct_npo_plan_before=cue("npo_plan_before", _How.PLAIN, "dct"),
            dct_note_heading=cue("note_heading", _How.PLAIN, "dct"),
            dct_operation_heading=cue("operation_heading", _How.PLAIN, "dct"),
            dct_today_before=cue("today_before", _How.PLAIN, "dct"),
            dct_stay_before=cue("stay_before", _How.PLAIN, "dct"),
            dct_today_after=cue("today_after", _How.PLAIN, "dct"),
            dct_stay_day=cue("stay_day", _How.PLAIN, "dct"),
            dct_max_offset=int(dct.get("max_offset", 800)),
            dateline_place=cue("place", _How.PLAIN, "dct dateline"),
            dateline_after=cue("after", _How.PLAIN, "dct dateline"),
            after_clock_opener=self.after_clock_opener(),
            triggers=self.triggers(triggers),
            lexicon=lexicon,
            event_begun_by={
                noun: frozenset(verbs)
                for noun, verbs in self.vocabulary.get("event_begun_by", {}).items()
            },
        )

    def after_clock_opener(self) -> re.Pattern[str]:
        """See :attr:`Grammar.after_clock_opener`: a capitalised word before a word in small
        letters, not one that a [clock_dating_word] starts."""
        stems = sorted(self.vocabulary.get("clock_dating_word", {}), key=lambda w: (-len(w), w))
        dating = "|".join(re.escape(stem.capitalize()) for stem in stems) or "(?!)"
        return self.compile_plain(
            rf"\s+(?!(?:{dating})[a-z]*\b)(?![A-Z][a-z]+ time\b)[A-Z][a-z]+ [a-z]",
            "vocabulary clock_dating_word",
        )

    def triggers(self, spec: dict[str, Any]) -> frozenset[str]:
        words = {str(w).lower() for w in spec.get("words", [])}
        for table in spec.get("tables", []):
            if table not in self.vocabulary:
                raise RuleError(f"triggers: no vocabulary table {table!r}")
            for key in self.vocabulary[table]:
                # one word of a phrase is enough: the matcher looks back from it through the
                # phrase's other (lexicon) words; the longest (last among equals) is the rarest
                # in text ("patrick" of "st. patrick's day", not "s"; "m" of "a.m.", not "a")
                parts = _WORD.findall(key)
                if parts:
                    words.add(max(reversed(parts), key=len))
        glued = {str(p).lower() + w for p in spec.get("glued_prefixes", []) for w in words}
        glued |= {w + str(x).lower() for x in spec.get("glued_suffixes", []) for w in words}
        return frozenset(words | glued)

    def lexicon(self, rules: list[Rule], negatives: list[NegativeRule]) -> frozenset[str]:
        """The words of the vocabulary's keys and of the macros' and patterns' texts (in
        lower case), read from the stored rewrites when stored (see :func:`_lexicon`: reading
        300,000 characters for words was 3% of a start-up)."""
        keys = "\n".join(key for entries in self.vocabulary.values() for key in entries)
        sources = "\n".join([*self.macros.values(), *self.raw_patterns])
        text = f"{_LEXICON_TAG}{len(keys)}\0{keys}{sources}"
        return frozenset(rewritten(text, _lexicon).split())

    def expand(self, pattern: str, where: str, depth: int = 0) -> str:
        if depth > 10:
            raise RuleError(f"{where}: macros nest too deeply")

        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in self.macros:
                raise RuleError(f"{where}: unknown macro {{{name}}}")
            return self.expand(self.macros[name], where, depth + 1)

        return _MACRO.sub(sub, pattern)

    def compile(
        self,
        pattern: str,
        where: str,
        case_sensitive: bool,
        *,
        closed: bool = True,
        opens: bool = True,
    ) -> re.Pattern[str]:
        return self.pattern(pattern, where, case_sensitive, closed=closed, opens=opens).compiled

    def pattern(
        self,
        pattern: str,
        where: str,
        case_sensitive: bool,
        *,
        closed: bool = True,
        opens: bool = True,
        stamps: bool = False,
    ) -> Pattern:
        """The rule pattern of ``pattern``, macros expanded, compiled when first used
        (``stamps``: a positive rule, which may also match a file name's date stamp; not
        ``opens``: a pattern matched right after a mention, whose end is its left boundary,
        with no word boundary of its own there)."""
        self.raw_patterns.append(pattern)
        body = self.expand(pattern, where)
        if case_sensitive:
            # Vocabulary macros are lower case: let them match any case inside sensitive rules.
            body = self.expand(_MACRO.sub(lambda m: "(?i:{" + m.group(1) + "})", pattern), where)
        # A match starts and (for positive rules) ends at a word boundary, or, for positive
        # rules, at the underscores around eight digits, which join a file name's date stamp
        # into one word ("backup_20240312.tar", "IMG_20240312_1234.jpg"). (Not in the patterns
        # scanned over whole sentences, the tense cues: every position would pay for it.)
        body = rewritten(("" if case_sensitive else _IGNORECASE_TAG) + body, _rewrite)
        start, end = (_STAMP_START, _STAMP_END) if stamps else (r"(?<!\w)", r"(?!\w)")
        source = (start if opens else "") + "(?:" + body + (")" + end if closed else ")")
        return Pattern(source, 0 if case_sensitive else re.IGNORECASE, where)

    def compile_plain(self, pattern: str, where: str) -> re.Pattern[str]:
        """A case-sensitive pattern used as written: no macros, no word boundaries added."""
        try:
            return compile_regex(pattern)
        except re.error as exc:
            raise RuleError(f"{where}: bad pattern: {exc}") from exc

    def compile_line_start(self, pattern: str, where: str) -> re.Pattern[str]:
        """A plain pattern (see :meth:`compile_plain`) whose every match begins a line, so
        that it is tried at line starts only (see :func:`chrono.text.search_line_starts`).

        Raises:
            RuleError: the pattern is not valid, or one of its alternatives does not open
                with ``^``.
        """
        compiled = self.compile_plain(pattern, where)
        # worked out once from the parse tree, then stored with the patterns' rewrites
        tag = "opens lines:"
        if not rewritten(
            tag + pattern, lambda text: "yes" if opens_lines(text[len(tag) :]) else ""
        ):
            raise RuleError(f"{where}: each alternative must open with ^ (read at line starts)")
        return compiled

    def compile_exact(self, pattern: str) -> re.Pattern[str]:
        """A pattern to fullmatch against the gap between two mentions."""
        body = rewritten(self.expand(pattern, "ranges"), _rewrite)
        return compile_regex(r"\s*(?:" + body + r")\s*", re.IGNORECASE)

    def rule(self, filename: str, raw: dict[str, Any], order: int) -> Rule:
        rid = raw.get("id")
        where = f"{self.language}/{filename} rule {rid!r}"
        if not isinstance(rid, str) or not rid:
            raise RuleError(f"{where}: every rule needs an id")
        try:
            ttype = TimexType(raw["type"])
        except (KeyError, ValueError) as exc:
            raise RuleError(f"{where}: type must be DATE, TIME, DURATION or SET") from exc
        regex = self.pattern(
            raw.get("pattern", ""), where, raw.get("case") == "sensitive", stamps=True
        )
        examples = []
        for ex in raw.get("examples", []):
            mod = ex.get("mod")
            if mod is not None and mod not in Mod.__members__:
                raise RuleError(f"{where}: example mod {mod!r} is not a TIMEX3 mod")
            examples.append(
                Example(
                    text=ex["text"],
                    match=ex.get("match", ex["text"]),
                    value=ex["value"],
                    mod=mod,
                    type=ex.get("type"),
                )
            )
        if not examples:
            raise RuleError(f"{where}: every rule needs at least one example")
        case = raw.get("case")
        before, not_before, section = raw.get("before"), raw.get("not_before"), raw.get("section")
        needs = raw.get("needs")
        if needs is not None and (not isinstance(needs, str) or _UPPER.search(needs)):
            raise RuleError(f"{where}: needs must be a pattern in lower case")
        return Rule(
            id=rid,
            type=ttype,
            regex=regex,
            slots={str(k): str(v) for k, v in raw.get("slots", {}).items()},
            priority=int(raw.get("priority", 0)),
            order=order,
            examples=tuple(examples),
            before=None if before is None else self.before(before, where, case),
            not_before=None if not_before is None else self.before(not_before, where, case),
            section=None if section is None else self.section(section, where, case),
            needs=None if needs is None else self.needs(needs, where),
        )

    def before(self, pattern: str, where: str, case: str | None) -> Pattern:
        """A rule's ``before``, macros expanded and spaces read as in its pattern, anchored at
        the end of the text it is searched in (the text before a match)."""
        body = rewritten(self.expand(pattern, where), _rewrite)
        flags = 0 if case == "sensitive" else re.IGNORECASE
        return Pattern("(?:" + body + r")\Z", flags, f"{where} before")

    def section(self, pattern: str, where: str, case: str | None) -> Pattern:
        """A rule's ``section`` headings, macros expanded and spaces read as in its pattern."""
        body = rewritten(self.expand(pattern, where), _rewrite)
        flags = 0 if case == "sensitive" else re.IGNORECASE
        return Pattern("(?:" + body + ")", flags, f"{where} section")

    def needs(self, pattern: str, where: str) -> Pattern:
        """A rule's ``needs``, macros expanded and spaces read as in its pattern,
        matched as written (it is searched in a text folded to lower case)."""
        body = rewritten(self.expand(pattern, where), _rewrite)
        return Pattern("(?:" + body + ")", 0, f"{where} needs")

    def negative(self, filename: str, raw: dict[str, Any]) -> NegativeRule:
        rid = raw.get("id")
        where = f"{self.language}/{filename} negative {rid!r}"
        if not isinstance(rid, str) or not rid:
            raise RuleError(f"{where}: every negative rule needs an id")
        regex = self.pattern(
            raw.get("pattern", ""), where, raw.get("case") == "sensitive", closed=False
        )
        examples = tuple(
            NegativeExample(text=ex["text"], keep=tuple(ex.get("keep", ())))
            for ex in raw.get("examples", [])
        )
        if not examples:
            raise RuleError(f"{where}: every negative rule needs at least one example")
        needs = raw.get("needs")
        if needs is not None and (not isinstance(needs, str) or _UPPER.search(needs)):
            raise RuleError(f"{where}: needs must be a pattern in lower case")
        return NegativeRule(
            id=rid,
            regex=regex,
            examples=examples,
            needs=None if needs is None else self.needs(needs, where),
        )


def load_grammar(language: str = "en") -> Grammar:
    """Load, validate and compile the grammar of ``language`` (once per process).

    Raises:
        RuleError: a rule file is malformed.
    """
    # (the language passed on as it came: a cache on this function would load a grammar
    # for ``load_grammar()`` and another for ``load_grammar("en")``)
    return _load_grammar(language)


@functools.cache
def _load_grammar(language: str) -> Grammar:
    """The grammar of ``language``, loaded once per process (see :func:`load_grammar`)."""
    return _Loader(language).load()
