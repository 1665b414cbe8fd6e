"""Typed intermediate values: what a matched expression says, before it is anchored.

A :class:`Spec` is underspecified on purpose: "Friday" is a weekday with no date, "last year" a
:class:`RelativeOffset`. :mod:`chrono.anchor` turns a Spec into a TIMEX3 value and an interval.
"""

from __future__ import annotations

import datetime as dt
import enum

from attrs import frozen

from chrono.model import Granularity, Mod, TimexType


def count_from_holiday(day: dt.date, shift: str) -> dt.date:
    """The day a holiday rule's suffix counts from the holiday's ``day``: "+1" the day after
    ("the day after Christmas"), ">5" the first Friday after ("the Friday after
    Thanksgiving"), "<1" the last Monday before ("the Monday before Easter"), "~7" the nearest
    Sunday ("the Sunday nearest 11 November": the day itself if a Sunday), "" the day."""
    if shift[:1] in ("", "+", "-"):
        return day + dt.timedelta(days=int(shift or 0))
    if shift[0] == "~":
        back = (day.isoweekday() - int(shift[1:])) % 7
        return day - dt.timedelta(days=back) if back <= 3 else day + dt.timedelta(days=7 - back)
    weekday, step = int(shift[1:]), 1 if shift[0] == ">" else -1
    return day + dt.timedelta(days=step * ((step * (weekday - day.isoweekday()) - 1) % 7 + 1))


class Unit(enum.Enum):
    """Calendar units that quantities and offsets count in."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    NIGHT = "night"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    FORTNIGHT = "fortnight"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"


# Units that are a whole number of weeks: counted in weeks from a date, in days from a day.
WEEKS_IN: dict[Unit, int] = {Unit.WEEK: 1, Unit.FORTNIGHT: 2}

# Units of an era, longer than a year: "the following decade" counts from a history's own
# period as much as from the time of writing.
ERA_UNITS = frozenset({Unit.DECADE, Unit.CENTURY, Unit.MILLENNIUM})


class AnchorPolicy(enum.Enum):
    """What a relative expression is relative to, by its meaning."""

    ABSOLUTE = "absolute"  # needs nothing ("2019") or only a year ("March 3")
    DEICTIC = "deictic"  # the time of writing ("yesterday", "last year", "two days ago")
    ANAPHORIC = "anaphoric"  # a time the text established ("the next day", "three days later")


class ReportYear(enum.Enum):
    """How "the year" of a report is meant (see :attr:`Spec.report_year`)."""

    ABOUT = "about"  # "the year", "for the year": the year the report is about
    WHOLE = "whole"  # "the full year", "year-end": that year taken whole, once it is over


class Tense(enum.Enum):
    """The grammatical time of the clause a mention sits in."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


@frozen(kw_only=True)
class RelativeOffset:
    """Shift by ``amount`` units from the anchor; ``amount`` None means "by tense" ("Friday")."""

    unit: Unit
    amount: int | None
    most: int | None = None
    """For a vague count ("a few weeks later": 2 to 4), the far end of the shift; ``amount`` is
    then the near end. None for an exact count."""
    per: Unit | None = None
    """The unit ``amount`` counts in when it is not ``unit``: whole years of weekends ("the same
    weekend last year": the weekend the tense names, a year back). None: ``unit`` itself."""


@frozen(kw_only=True)
class Spec:
    """What an expression says, typed, possibly underspecified."""

    type: TimexType
    rule: str
    mod: Mod | None = None
    # calendar fields (absolute or partial)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    millennium: int | None = None
    week_of_month: int | None = None
    """The nth week of ``month`` ("the first week of June" 1, "the last week of May" -1)."""
    iso_week: int | None = None
    """An ISO 8601 week of the year by its number ("2024-W11", "week 11")."""
    holiday: str | None = None
    """A holiday's date rule ("12-25", "nth:11:4:4", "easter:-2"), from the vocabulary."""
    granularity: Granularity | None = None
    """Forced granularity ("the week of March 11" is a week, not a day)."""
    anniversary: Granularity | None = None
    """A count back said of the same day, week or month ("5 years ago today", "a year ago
    this week"): the period of that granularity as many units back, not the coarser unit's."""
    keep_reference_granularity: bool = False
    """Shift the anchor's own period instead of the anchor day ("the year-earlier quarter")."""
    report_year: ReportYear | None = None
    """ "the year", "year-end" of a report: the year it is about, which is the year of the last
    quarter the text named, else the document's. ``WHOLE`` for a year taken whole ("the full
    year", "year-end"): told in the past before that year is over, it is the year before ("for
    the full year, revenue was...", written in February)."""
    # time of day
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    part_of_day: str | None = None
    tz_offset: str | None = None
    tz_name: str | None = None
    present: bool = False
    """The present as the open end of a range ("2015–present"): its value is PRESENT_REF, as
    TimeBank tags "now", and it is placed on the document's day, as "today" is, so that the
    range's event ends there."""
    # relativity
    offset: RelativeOffset | None = None
    anchor: AnchorPolicy = AnchorPolicy.ABSOLUTE
    counted: bool = False
    """The offset counts units from the anchor ("a year ago", "two days later"), rather than
    naming a calendar period relative to it ("last year")."""
    from_discharge: bool = False
    """Counted from a note's discharge date ("the day of discharge"), not its document date
    (the admission date of a discharge summary)."""
    from_admission: bool = False
    """Counted from the admission ("hospital day 3", "2 days prior to admission"): the document
    date, unless the note was written later in the stay and says when (see
    :attr:`chrono.anchor.Context.admission`)."""
    of_reign: bool = False
    """A year counted in a reign ("the fourth year of his reign"): from the year the reign's
    span in brackets opened ("(r. 1695–1703)"), else as a war's year."""
    from_operation: bool = False
    """Counted from an operation ("POD #3"): the date the text last gave, unless the note says
    which day after it it is written on (see :attr:`chrono.anchor.Context.operation`)."""
    looks_ahead: bool = False
    """With no tense cue, the next such weekday, not the last: a message arranges what is
    coming ("c u sat", "fri nite drinks?"), where news tells what happened ("Friday")."""
    weekend_of: bool = False
    """With a week ``granularity``: the weekend of the week the date falls in ("the weekend
    of July 17-18")."""
    long_weekend: bool = False
    """With ``weekend_of``: the weekend a holiday on the day makes long, the one before a
    Monday to a Wednesday ("the July 4th holiday weekend", "Memorial Day weekend")."""
    week_of: bool = False
    """The weekday of the week the offset names ("Friday next week", "mon-wed next wk"), not
    the next or last such weekday ("next Friday")."""
    operation_day: bool = False
    """The day a military operation's days count from, named as it is dated ("15 September 1950
    (D-Day)", "D-Day was set for 19 February 1945"): the "D+3" and "D-Day" after it are of it."""
    stay_day: bool = False
    """A day of a hospital stay or after an operation counted by its number ("HD #4",
    "hospital day 4", "POD 2"): a note may say it is written on it, which then dates the
    admission or the operation (see chrono/dct.py, where ``dct_stay_day`` tells them from a
    course's day of the same rule, "day 4 of prednisone")."""
    course_day: bool = False
    """A day of a course of treatment ("day 4 of prednisone"): told in the present or with no
    verb, the status of the note's own day, not a day counted from the admission."""
    after_night: bool = False
    """A part of the day the story comes to ("at dawn", "in the morning"): after an evening or
    a night it told, the next day's."""
    fiscal_end: bool = False
    """The month a fiscal year ends in ("the fiscal year through March", "the year ending
    March"): the end of the year in progress, at or after the anchor, unless that month
    ended within a quarter before and the clause is not about what is to come (results "for
    the year to March", reported in May)."""
    figures_in: bool = False
    """The month a fiscal year ends in, the year's figures told in it ("profit rose 5% in the
    year to March"): told in the past, the year is over, and the month the one behind."""
    data_month: bool = False
    """The month or the quarter figures are of ("March data", "December retail sales",
    "fourth-quarter results"): figures come out in the months after their own, so a month or a
    quarter over within a quarter before the anchor is that one, whatever the tense; one
    further back is one forecast ("expect July exports to rise", in May), read as a bare month
    is."""
    possessive: bool = False
    """A period counted from the story that owns what follows ("the next week's meeting"): in
    news, right after the document's next week ("OPEC meets next week. ... the next week's
    meeting"), that week named again, not the week after it; after another date, counted
    from it ("The talks opened on Nov. 7. The next week's session collapsed")."""
    delivery_month: bool = False
    """The month a futures contract delivers in ("December gold", "March crude oil futures"):
    contracts trade ahead of their month, so it is that month at or after the anchor's,
    whatever the tense."""
    since_month: bool = False
    """A bare month something has held "since" ("the lowest since December"): it began before
    the anchor's month, so it is the latest such month before that one, whatever the tense
    (written in December, last December)."""
    turn: bool = False
    """ "the turn of the century": the start of the century whose start is nearest the anchor
    (after 1897, the 1900s; after 1903 too), not always the start of the anchor's century."""
    under_discussion: bool = False
    """ "the end of the decade", "the middle of the century": the decade or century the text
    is telling about; in news told in the past after a date of an earlier one, that one ("In
    2005 ... By the end of the decade, 140,000 houses had been built"), not the document's."""
    month_named: bool = False
    """An nth weekday of a month written out ("the second Sunday of November"): in no year, a
    day of that month (XXXX-11), where a holiday's name on the same rule ("Mother's Day") keeps
    XXXX-XX-XX, its month being its country's."""
    school_year: bool = False
    """A school or academic year ("the end of the school year", "this school year"): it spans
    two calendar years and is named by the one it ends in, so from August on the year under way
    is the next calendar year (its start, "the start of the school year", the anchor's)."""
    restates: bool = False
    """A day in brackets that restates the day before it in the other calendar, or gives its
    alternative ("on 3 (16) April 1917", "on 25 October (7 November) 1917", "on 14 (or 15)
    October 1066"): the story stays on the day the text writes in, the first, so "the next
    day" counts from it (see chrono/discourse.py)."""
    of_run: bool = False
    """A weekend counted in a run from its opening ("in its second weekend", "its opening
    weekend"): the weekend nearest by tense, as box-office copy reports it, or counted from
    the day its sentence named before it ("which opened on 2 August, ... in its first
    weekend": 2 August's), undated after a date of no day ("Released in December 1997")."""
    as_many: bool = False
    """A vague count "in as many" units ("in as many years": PXY), made exact by the count of
    the things before it in its sentence, or the rank of the last of them: "three deployments
    in as many years" is P3Y, "his second meltdown in as many years" P2Y (see
    chrono/events.py)."""
    shifts_period: bool = False
    """ "from a year earlier", "than a year before": a figure compared with the period under
    discussion shifted, a weekly report's week too ("For the week ending March 4,
    hospitalizations fell 20% from a year earlier": that week a year back); not "the year
    before", the calendar year, nor a story's "A year earlier, the union had formed" after a
    week (the year)."""
    in_the_day: bool = False
    """ "earlier in the day": the day the text is on, the last one it named; in news, after a
    date coarser than a day ("this fiscal year"), the document's day, which that date cannot
    give."""
    story_day: int | None = None
    """The nth day of what the text just dated ("On the second day", "the third day of the
    siege"): in a narrative, counted from the first day of the span the story last dated;
    elsewhere the day the text is at, as "that day" (TimeBank's reading). ``-1`` is the last
    day ("On the final day"): in a narrative, the last day of the span the story is telling."""
    story_year: int | None = None
    """The nth year of what a history tells ("the third year of the war"): in a narrative,
    counted from the year of the first date the story established (where a war article
    starts); elsewhere the year the text is at, as "that year". ``-1`` is the last year ("the
    war's final year"): in a narrative, the last year of the span the story is telling."""
    story_season: int | None = None
    """The nth ``season`` of what a history tells ("the second winter of the siege"): in a
    narrative, counted from the first such season not over when the story's first date began
    (see chrono/anchor.py); elsewhere that season of the year the text is at, as "that
    winter"."""
    relative_year: int | None = None
    """A year given relatively inside an otherwise partial date ("the fourth quarter of last
    year": -1)."""
    quarter_end: tuple[int, int] | None = None
    """The month and day a quarter ended or ends on, as a report gives it right after the
    quarter ("its fiscal fourth quarter, ended June 30"): the quarter is of the year that day
    is placed in (1989-Q4 in August 1989), whatever calendar quarter holds the day, when the
    fiscal year holding the quarter ends in that calendar year too."""
    year_as_written: int | None = None
    """A year of one or two digits after a day and a month ("born on 13 June 40 in Forum
    Julii"): a narrative reads it as written, a year of the first century (40), news and
    posts by the two-digit pivot ("paid on 13 June 23": 2023, :attr:`year`)."""
    # values that need no anchor
    literal: str | None = None
    """A complete TIMEX3 value (durations, sets, PRESENT_REF...)."""

    @property
    def has_calendar_fields(self) -> bool:
        """True if the expression names any calendar field itself."""
        return self.weekday is not None or self.names_more_than_a_weekday

    @property
    def names_more_than_a_weekday(self) -> bool:
        """True if the expression names a calendar field other than its weekday."""
        # a chain of tests, not any() over a generator: asked several times of every mention
        return (
            self.year is not None
            or self.month is not None
            or self.day is not None
            or self.season is not None
            or self.quarter is not None
            or self.half is not None
            or self.decade is not None
            or self.century is not None
            or self.millennium is not None
            or self.holiday is not None
        )
