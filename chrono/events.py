"""Anchor the expressions of one document and turn the dated ones into events.

:func:`anchor_document` goes through a document in three stages:

1. Before anchoring, the found expressions are read together: the days and hours of schedules
   become sets (:func:`_schedules`, :func:`_listed_sets`; a house rule's clock times are of
   any day, :func:`_house_rules`), and two dates joined by "to" or
   "-" a range (:func:`_ranges`), whose first end may borrow the second's year ("from March
   to May 2019").
2. A :class:`_Reading` anchors them one after another. For each, :meth:`_Reading.read`
   takes in the text since the one before (a note's return to the admission, the end of a
   look back's paragraph), reads it with the one before when that was resolved
   (:func:`_adjusted`: "8 a.m. ET / 5 a.m. PT", "on 8 October, a Tuesday,", "Monday or
   Tuesday"), builds its :class:`~chrono.anchor.Context`, resolves it (a clock time in the
   small hours after a late one goes on past midnight), records its mention (placing both ends
   of the range it ends together), and moves on what the text has told: the side stories
   (a note's operation day, a news backstory, a chronology's year headings, a chat's message
   day), then the discourse.
3. The resolved mentions become events (:func:`_plans`, :func:`_events`): one per date, per
   range, or per set anchored by a date (with its RRULE, :func:`recurrence`).

What the text has told so far is modelled by the classes of :mod:`chrono.discourse`.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence

import attrs

from chrono.anchor import (
    Context,
    Reference,
    Resolution,
    RunOpening,
    Unresolvable,
    WeekendCues,
    day_of,
    is_bare_clock_time,
    operation_day,
    range_forwards,
    range_start_before,
    resolve,
    schedule_range,
    season_period,
    type_for,
    weekday_range,
    weekend_meant,
)
from chrono.dct import (
    dates_the_note,
    detect_admission,
    detect_discharge,
    detect_operation,
    is_labelled,
    tells_operation,
)
from chrono.discourse import (
    Backstory,
    Discourse,
    Tenses,
    YearHeadings,
)
from chrono.extract import Found
from chrono.extract.grammar import Grammar
from chrono.extract.spec import AnchorPolicy, RelativeOffset, Spec, Tense, Unit
from chrono.model import (
    COARSE_ORDER,
    DAY_INDEX,
    DctSource,
    Document,
    Event,
    Genre,
    Granularity,
    Instant,
    Mention,
    Span,
    TimexType,
    offset_minutes,
    time_zone,
)
from chrono.text import (
    Background,
    Sentences,
    bounded,
    breaks_paragraph,
    clause_title,
    done_in_note,
    flatten,
    in_aside,
    in_background,
    reported_in,
    search_line_starts,
    split_sentences,
)

# ----------------------------------------------------------- the shapes of values and clock figures

# The values of sets (TIMEX3 SET) that a schedule, a listed set, a holiday kept yearly and an
# event's RRULE (:func:`recurrence`) read back: a day of every week ("Mondays", "weekdays",
# "weekends"), at a clock time ("Mondays at 6:30pm"); a month, a season, a day of every year
# ("every 14 June"); a period ("every 2 weeks"); a part of every day; a clock time of a set.
_BEGAN_REACH = 64  # characters before a dated day read for the event that began on it
_CLAUSE_START = re.compile(r"[.;!?]")  # what a beginning's event is looked for after
_EVENT_WORD = re.compile(r"[a-z]+")  # the words a beginning's event is looked for among
_SET_DAY = re.compile(r"XXXX-WXX-(?:[1-7]|WD|WE)")
_SET_DAY_AT = re.compile(_SET_DAY.pattern + r"(T\d\d:\d\d)")
_SET_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")
_SET_DAY_KIND = re.compile(r"XXXX-WXX-(WD|WE)")
_SET_MONTH = re.compile(r"XXXX-(0[1-9]|1[0-2])")
_SET_SEASON = re.compile(r"XXXX-(?:SP|SU|FA|WI)")
# A schedule of hours ("q4h" PT4H, "every 30 minutes" PT30M).
_HOURLY_SET = re.compile(r"PT\d{1,2}[HM]")
# How far back a day may be for a schedule the note keeps to run from it to the document's day
# (a note's "2 days ago", "Saturday"; not a date of its history, "on 03/02/2019").
_SCHEDULE_REACH = dt.timedelta(days=7)
_SET_MONTH_DAY = re.compile(r"XXXX-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
_SET_EVERY = re.compile(r"P(\d+)([DWMY])")
_SET_PART_OF_DAY = re.compile(r"XXXX-XX-XXT[A-Z]{2}")
_SET_CLOCK = re.compile(r"(XXXX-.+)T([01]\d|2[0-3]):([0-5]\d)")
# A year written with an apostrophe and two digits ("'45", "summer '19"): its century is a
# guess (see Interpreter._year), which a story told of an earlier century corrects.
_APOSTROPHE_YEAR = re.compile(r"[\x27’‘]\d\d(?!\d)")
_STORY_REACH = 50  # years past the story's year an apostrophe year may still point to

# Clock times as written, which the evening or the morning of the story may move:
# a clock time of the twelve-hour clock ("8", "8 p.m.", "10:30"), not a 24-hour "19:00", after
# which "10:30" is the morning's
_TWELVE_HOUR_CLOCK = re.compile(r"(?:1[0-2]|[1-9])(?!\d)")
# a clock time alone that an evening before it puts after noon: "til 11", "at 7:30" (not
# "07:30", a 24-hour clock, nor the small hours, which may be the next morning's)
_BARE_EVENING_CLOCK = re.compile(r"(?:[6-9]|1[01])(?:[:.][0-5]\d)?")
# any clock time before noon told without "a.m."/"p.m." and not as a 24-hour "07:30"
_BARE_CLOCK = re.compile(r"(?:[1-9]|1[01])(?:[:.][0-5]\d)?")
# the same with its day after it ("5:30 Saturday"), not with "a.m." or "p.m."
_BARE_CLOCK_OF_DAY = re.compile(
    _BARE_CLOCK.pattern + r" (?![ap]\.?m\b)\w.*", re.IGNORECASE | re.DOTALL
)

# ------------------------------------------------------ before anchoring: expressions read together


def _ranges(text: str, found: Sequence[Found], grammar: Grammar) -> dict[int, int]:
    """Pairs (index of first, index of second) of found expressions that form a range."""
    pairs: dict[int, int] = {}
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.spec.type is not b.spec.type or a.spec.type not in (TimexType.DATE, TimexType.TIME):
            continue
        if a.spec.literal is not None or b.spec.literal is not None:
            continue
        gap = text[a.span.end : b.span.start]
        if len(gap) > 12 or _restated(a, b, gap):
            continue
        if grammar.range_connector.fullmatch(gap):
            pairs[i] = i + 1
        elif grammar.range_paired.fullmatch(gap):
            before = text[max(0, a.span.start - 12) : a.span.start]
            if grammar.range_opener.search(before):
                pairs[i] = i + 1
    return pairs


def _coordinated(text: str, a: Found, b: Found, grammar: Grammar) -> bool:
    """ "on May 31 and June 1, 1862", "on 31 May and 1 June 1862", "on 10 or 11 January 49 BC",
    "in December or January 1205": two dates of months joined by a coordinator ("and", "or")
    without "between", not a range; the first, without a year, shares the year the second
    writes."""
    return (
        a.spec.type is TimexType.DATE
        and b.spec.type is TimexType.DATE
        and a.spec.literal is None
        and b.spec.literal is None
        and a.spec.month is not None
        and b.spec.month is not None
        and grammar.coordinator.fullmatch(text[a.span.end : b.span.start]) is not None
    )


def _restated(a: Found, b: Found, gap: str) -> bool:
    """ "8 a.m. ET / 5 a.m. PT": one time given in two zones, not a range."""
    zones = (a.spec.tz_name, b.spec.tz_name)
    return gap.strip() == "/" and None not in zones and zones[0] != zones[1]


def _complete_first_of_range(first: Found, second: Found) -> Found:
    """ "from March to May 2019": the first date borrows the year the second one gives, or the
    year before when it comes later in the year ("from December to February 2023", "Dec. 20 to
    Jan. 5, 2023": December 2022). A day alone borrows the month as well."""
    s1, s2 = first.spec, second.spec
    if s1.day is not None and s1.month is None and s2.month is not None and s2.year is not None:
        # a day alone before a named day ("6 – D-Day." opening an entry under a month
        # heading): its month too, else the year alone would make it a year
        if s1.day <= (s2.day or 31) and s1.weekday is None and s1.offset is None:
            return attrs.evolve(first, spec=attrs.evolve(s1, month=s2.month, year=s2.year))
        return first
    # a year the first's rule read ahead ("June to August 2020") is the second's, not its own
    read_ahead = s1.year is not None and s1.year == s2.year and str(s1.year) not in first.text
    partial = (s1.year is None or read_ahead) and s1.has_calendar_fields and s1.offset is None
    named = s1.decade is None and s1.century is None and s1.weekday is None
    if partial and named and s2.year is not None:
        later = (s1.month or 0, s1.day or 1) > (s2.month or 13, s2.day or 31)
        return attrs.evolve(first, spec=attrs.evolve(s1, year=s2.year - 1 if later else s2.year))
    return first


def _schedule_day(spec: Spec) -> bool:
    """A weekday alone ("Monday", "Fri", "Thursday at 5pm"), placed by nothing but tense."""
    offset = spec.offset
    return (
        spec.type in (TimexType.DATE, TimexType.TIME)
        and spec.literal is None
        and spec.weekday is not None
        and not spec.names_more_than_a_weekday
        and (offset is None or offset.amount is None)
        and spec.part_of_day is None
    )


def _adjacent_or_on(text: str, first: Found, second: Found) -> bool:
    """Whether only spaces, or "on", stand between ``first`` and ``second`` ("9am ET
    weekdays", "5 p.m. on Saturdays")."""
    return text[first.span.end : second.span.start].strip() in ("", "on")


def _clock(spec: Spec) -> bool:
    """A clock time alone ("9am", "16:00", "8 p.m. ET"), with no day or offset of its own (a
    schedule's zone is every day's: "8 a.m. to 8 p.m. ET Monday through Friday" recur at 20:00,
    see :func:`_at`)."""
    return (
        spec.type is TimexType.TIME
        and spec.literal is None
        and spec.hour is not None
        and not spec.has_calendar_fields
        and spec.offset is None
    )


def _at(spec: Spec) -> str:
    """The clock time of a day of a schedule, as a value's suffix ("T18:30"), or "". A fixed
    zone stays ("6am SAST": "T06:00+02:00"); a zone whose offset is the season's ("ET") has none
    in a set of days."""
    if spec.hour is not None:
        fixed = spec.tz_offset if spec.tz_offset and "/" not in spec.tz_offset else ""
        return f"T{spec.hour:02d}:{spec.minute or 0:02d}{fixed}"
    timed = _SET_DAY_AT.fullmatch(spec.literal or "")
    return timed.group(1) if timed else ""


def _recurring(item: Found, at: str = "") -> Found:
    """A day of a schedule as a set ("Mon" XXXX-WXX-1), with its clock time if it has one, or
    else ``at`` ("Mondays and Wednesdays at 6:30 pm": both at 18:30)."""
    spec = item.spec
    at = _at(spec) or at
    if spec.type is TimexType.SET:
        if spec.literal is None or not at or not _SET_DAY.fullmatch(spec.literal):
            return item
        return attrs.evolve(item, spec=attrs.evolve(spec, literal=spec.literal + at))
    value = f"XXXX-WXX-{spec.weekday}" if spec.weekday is not None else "XXXX-XX-XX"
    literal = attrs.evolve(spec, type=TimexType.TIME if spec.weekday is None else TimexType.SET)
    return attrs.evolve(item, spec=attrs.evolve(literal, literal=value + at))


def _schedules(text: str, found: Sequence[Found], grammar: Grammar) -> list[Found]:
    """Read the days and hours of schedules as recurring. Days joined to a set ("every Tuesday
    and Thursday") or to clock times ("Mon-Fri 9am-5pm", "9am-5pm Mon-Fri") are sets of days;
    the clock times of a set ("daily from 9 a.m. to 6 p.m.") or of such days are times of any
    of them (XXXX-XX-XXT09:00), not of the document's day. A single day joins a schedule only
    right after one ("Mon-Thu 9am-8pm, Fri 9am-5pm"): alone, "Friday, 5 p.m." is a date. Days
    an event held once is named right before stay dates ("Book fair Thursday and Friday
    8am-3pm": see :func:`_event_days`)."""

    def joined(a: int, b: int, *gaps: re.Pattern[str]) -> bool:
        gap = text[out[a].span.end : out[b].span.start]
        return any(g.fullmatch(gap) for g in gaps)

    out = list(found)
    hours_gaps = (grammar.schedule_days, grammar.schedule_hours)
    k = 0
    last = -1  # the index of the last part of the schedule just read
    while k < len(out):
        if not (out[k].spec.type is TimexType.SET or _schedule_day(out[k].spec)):
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(out):
            b = out[run[-1] + 1].spec
            day = b.type is TimexType.SET or _schedule_day(b)
            if not day or not joined(run[-1], run[-1] + 1, grammar.schedule_days):
                break
            run.append(run[-1] + 1)
        days = [out[i].spec for i in run]
        is_set = any(d.type is TimexType.SET for d in days)
        hours: list[int] = []
        nxt = run[-1] + 1
        if is_set and _month_runs_in(text, out, nxt, grammar) and joined(nxt, nxt + 1, *hours_gaps):
            nxt += 1  # "every Tuesday in June at 10:30am": June stays a date; the hours go on
        while nxt < len(out) and _clock(out[nxt].spec) and joined(nxt - 1, nxt, *hours_gaps):
            hours.append(nxt)
            nxt += 1
        # "9am-5pm Mon-Fri", "10am-4pm on Saturdays": the hours before several days, or a range
        # of them before a set, or one clock time right before a set, as a schedule writes it
        # ("opens at 9am ET weekdays"), also with "on" between: "closes at 5 p.m. on Saturdays"
        # is 5 p.m. of any of them (XXXX-XX-XXT17:00), as "at 9 a.m. every Sunday" is, not of
        # the document's day
        earlier: list[int] = []
        before = run[0] - 1
        while before > last and _clock(out[before].spec):
            if not joined(before, before + 1, *hours_gaps):
                break
            earlier.insert(0, before)
            before -= 1
        if (
            (len(days) > 1 and not is_set)
            or len(earlier) > 1
            or (earlier and is_set and _adjacent_or_on(text, out[earlier[-1]], out[run[0]]))
        ):
            hours = earlier + hours
        goes_on = last >= 0 and joined(last, k, grammar.schedule_next)
        timed = bool(hours) or days[-1].hour is not None
        if len(days) >= _TREATMENT_DAYS and not is_set:
            is_set = _treatment_days(text, out[run[0]].span, out[run[-1]].span, grammar)
        elif len(days) == _DOSE_DAYS and not is_set:
            is_set = _dose_days(text, out[run[0]].span, out[run[-1]].span, grammar)
        held_once = not is_set and not goes_on and _event_days(text, out[run[0]].span, grammar)
        if is_set or ((len(days) > 1 or goes_on) and timed and not held_once):
            # the clock time of the last day is every day's of the run
            for i in run:
                out[i] = _recurring(out[i], _at(days[-1]))
            for i in hours:
                out[i] = _recurring(out[i])  # a clock time alone: XXXX-XX-XXT09:00
            last = nxt - 1
        k = max(nxt, k + 1)
    return out


def _month_runs_in(text: str, found: Sequence[Found], k: int, grammar: Grammar) -> bool:
    """Whether ``found[k]`` is a month a set runs in, right after it and before its clock
    time ("every Tuesday in June at 10:30am", "on Saturdays through August, 9am-1pm")."""
    if k == 0 or k + 1 >= len(found):
        return False
    spec = found[k].spec
    month = (
        spec.type is TimexType.DATE
        and spec.month is not None
        and spec.day is None
        and spec.weekday is None
        and spec.literal is None
    )
    gap = text[found[k - 1].span.end : found[k].span.start]
    return month and grammar.set_month.fullmatch(gap) is not None and _clock(found[k + 1].spec)


_HOUSE_RULE_REACH = 40  # characters read before a clock time for a house rule's label
_CLAUSE_END = re.compile(r"[.!?;]\s|\n")


def _house_rules(text: str, found: Sequence[Found], grammar: Grammar) -> list[Found]:
    """Read the clock times of a house rule ("Check-in is from 3pm", "check-out by 11am", and
    the end of its range, "check-in 3pm-10pm") as times of any day (XXXX-XX-XXT15:00), not of
    the document's day; a story's "check-in was at 3pm" keeps its day, and so does a rule after
    a date in its sentence ("Day 1 (Mon 14 Apr): ..., hotel check-in from 3 PM")."""
    out = list(found)
    ruled = False
    for k, item in enumerate(out):
        if not _clock(item.spec):
            ruled = False
            continue
        start = item.span.start
        label = grammar.schedule_house_rule.search(text, max(0, start - _HOUSE_RULE_REACH), start)
        gap = text[out[k - 1].span.end : start] if k else ""
        dated = k > 0 and out[k - 1].spec.type is TimexType.DATE and not _CLAUSE_END.search(gap)
        if (label is not None and not dated) or (
            ruled and grammar.schedule_days.fullmatch(gap.strip())
        ):
            out[k] = _recurring(item)
            ruled = True
        else:
            ruled = False
    return out


# A treatment recurs on three days of the week or more ("Monday, Wednesday, Friday"); two
# weekdays beside it are as often the two days of one week ("dialyzed Monday and Thursday").
_TREATMENT_DAYS = 3
_TREATMENT_REACH = 30  # characters read before the first day for the treatment


def _treatment_days(text: str, first: Span, last: Span, grammar: Grammar) -> bool:
    """Whether the weekdays from ``first`` to ``last`` are listed beside a treatment that
    recurs on them ("hemodialysis Monday, Wednesday, Friday", "his Monday , Wednesday ,
    Friday dialysis schedule"): a weekly schedule, not dates."""
    before = grammar.schedule_treatment_before.search(
        text, max(0, first.start - _TREATMENT_REACH), first.start
    )
    rest = text[last.end : last.end + 3]
    after = last.end + len(rest) - len(rest.lstrip())
    return before is not None or grammar.schedule_treatment_after.match(text, after) is not None


_EVENT_REACH = 40  # characters read before the first day for an event held once


def _event_days(text: str, first: Span, grammar: Grammar) -> bool:
    """Whether an event held once is named right before the weekdays from ``first`` on
    ("Parent-teacher conferences Thursday and Friday 4-7pm"): dates of one week with their
    hours, not a weekly schedule."""
    start = max(0, first.start - _EVENT_REACH)
    return grammar.schedule_event_before.search(text, start, first.start) is not None


# A dose on two weekdays joined by a slash recurs on them ("2.5 mg Mon/Fri"): a sig writes
# no two days of one week so.
_DOSE_DAYS = 2
_DOSE_REACH = 16  # characters read before the first day for the dose


def _dose_days(text: str, first: Span, last: Span, grammar: Grammar) -> bool:
    """Whether the two weekdays ``first`` and ``last``, joined by a slash, follow a dose
    ("warfarin 5 mg daily except 2.5 mg Mon/Fri"): the dose's weekly days, not dates."""
    if text[first.end : last.start].strip() != "/":
        return False
    before = max(0, first.start - _DOSE_REACH)
    return grammar.schedule_dose_pair_before.search(text, before, first.start) is not None


def _set_member(head: str, spec: Spec) -> str | None:
    """The value of a bare month or season listed after a set of its kind ("each January and
    July": XXXX-07), or None when ``spec`` is no such member."""
    if spec.type is not TimexType.DATE or spec.literal is not None or spec.offset is not None:
        return None
    if spec.year is not None or spec.day is not None or spec.mod is not None:
        return None
    if _SET_MONTH.fullmatch(head) and spec.month is not None and spec.season is None:
        return f"XXXX-{spec.month:02d}"
    if _SET_SEASON.fullmatch(head) and spec.season is not None and spec.month is None:
        return f"XXXX-{spec.season}"
    return None


def _listed_sets(text: str, found: Sequence[Found], grammar: Grammar) -> list[Found]:
    """Read the later members of a list that a set begins as that set's: "each January and
    July", "every spring and summer" (not one past July, one summer)."""
    out = list(found)
    for k in range(1, len(out)):
        head = out[k - 1].spec
        if head.type is not TimexType.SET or head.literal is None:
            continue
        gap = text[out[k - 1].span.end : out[k].span.start].strip()
        value = _set_member(head.literal, out[k].spec)
        if value is not None and grammar.schedule_days.fullmatch(gap):
            spec = attrs.evolve(out[k].spec, type=TimexType.SET, literal=value)
            out[k] = attrs.evolve(out[k], spec=spec)
    return out


def _times_of_sets(
    found: Sequence[Found], sentences: Sentences | None, genre: Genre
) -> list[Found]:
    """Read a narrative's clock time or part of the day alone, said later in the sentence of a
    set of days with nothing dated between, as a time of any of those days, as a schedule's
    hours are (XXXX-XX-XXT10:00, XXXX-XX-XXTMO): "Every year on Anzac Day, crowds gather at
    dawn", "Each Anzac Day, veterans march at 10 a.m." (not the day the story reached, 25 April
    1915). News keeps TimeBank's dated "at 5 p.m." (see :func:`_schedules`)."""
    out = list(found)
    if genre is not Genre.NARRATIVE or sentences is None:
        return out
    for k in range(1, len(out)):
        head, spec = out[k - 1].spec, out[k].spec
        if head.type is not TimexType.SET or head.literal is None or not _set_of_days(head):
            continue
        if spec.type is not TimexType.TIME or spec.literal is not None:
            continue
        if spec.offset is not None and spec.offset != _SAME_DAY:  # "at dawn": that day's
            continue
        if spec.has_calendar_fields or (spec.hour is None and spec.part_of_day is None):
            continue
        if sentences.at(out[k - 1].span.start) != sentences.at(out[k].span.start):
            continue
        at = _at(spec) or f"T{spec.part_of_day}"
        out[k] = attrs.evolve(out[k], spec=attrs.evolve(spec, literal="XXXX-XX-XX" + at))
    return out


_SAME_DAY = RelativeOffset(unit=Unit.DAY, amount=0)


def _set_of_days(spec: Spec) -> bool:
    """Whether a set's value is a set of days: a day of every week or of every year."""
    literal = spec.literal or ""
    return bool(_SET_DAY.fullmatch(literal) or _SET_MONTH_DAY.fullmatch(literal))


# ---------------------------------------------------------- anchoring, one expression after another


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
    sentences = split_sentences(text, grammar) if found else None
    found = _schedules(text, found, grammar)
    found = _house_rules(text, found, grammar)
    found = _listed_sets(text, found, grammar)
    found = _times_of_sets(found, sentences, genre)
    pairs = _ranges(text, found, grammar)
    found = list(found)
    for i, j in pairs.items():
        found[i] = _complete_first_of_range(found[i], found[j])
    for i in range(len(found) - 1):
        if i not in pairs and _coordinated(text, found[i], found[i + 1], grammar):
            found[i] = _complete_first_of_range(found[i], found[i + 1])
    items: list[_Item] = []
    if sentences is not None:
        reading = _Reading.start(text, found, pairs, grammar, sentences, doc_id, dct, genre)
        for k in range(len(found)):
            reading.read(k)
        items = reading.items
    doc = Document(
        id=doc_id,
        text=text,
        source=source,
        dct=dct,
        dct_source=dct_source,
        mentions=tuple(it.mention for it in items),
    )
    events = _events(doc, _plans(text, items, pairs, found, grammar), sentences)
    return doc, events


@attrs.define
class _Item:
    """A resolved expression: as found (and read again), its resolution and its mention. The
    first end of a range is placed again when its second end is read (:func:`_place_range`)."""

    found: Found
    resolution: Resolution
    mention: Mention


_REIGN_REACH = 96  # "(reigned ", "the reign of King Henry VIII (" before the year it opened
_FLASHBACK_REACH = 32  # "Back in", "A few years earlier, in" before the year it goes back to
_NPO_REACH = 24  # "Nothing by mouth after " before the midnight that begins a surgery's day
_NPO_PLAN_REACH = 40  # "Plan: Nothing by mouth status after " (see _midnight_before_surgery)
_MIDNIGHT = 24  # the hour "midnight" names, the end of its day
_ADMIT_REACH = 60  # "was admitted to the medical ICU on " before an admission's day


@attrs.define
class _Reading:
    """One document being anchored, one found expression after another (the steps of
    :meth:`read`), with what the text has told so far: the discourse, the tenses of the
    clauses, a news backstory, a chronology's year headings, the dates a note's header gives and
    the day of the chat message being read. ``found`` is updated in place as expressions are
    read again with the one before them."""

    text: str
    found: list[Found]
    pairs: dict[int, int]  # the index of the first end of a range -> that of the second
    grammar: Grammar
    sentences: Sentences
    doc_id: str
    dct: dt.date | None
    genre: Genre
    discourse: Discourse
    tenses: Tenses
    backstory: Backstory | None
    headings: YearHeadings
    discharge: dt.date | None
    admission: dt.date | None
    operation: dt.date | None
    note_day: bool
    """Whether the document date is the day the note's heading gives, not its admission's."""
    posted: dt.date | None
    """The day the message being read was posted: a chat stamp's, else the document date."""
    d_day: bool = False
    """Whether ``operation`` is the D-Day the text gave its operation (a later bare "D-Day" is
    that day, not Overlord's)."""
    reign: Reference | None = None
    """The year the latest reign's span in brackets opened ("Mustafa II (r. 1695–1703)"):
    what "the fourth year of his reign" counts from."""
    first_of: dict[int, int] = attrs.Factory(dict)  # ``pairs`` the other way round
    items: list[_Item] = attrs.Factory(list)
    item_at: dict[int, int] = attrs.Factory(dict)  # index in ``found`` -> index in ``items``
    contexts: dict[int, Context] = attrs.Factory(dict)  # the contexts of the first ends of ranges
    asides: set[int] = attrs.Factory(set)
    """The expressions that end a relative clause in the past perfect ("Illustrious, which had
    left Alexandria on 6 November"): background, which no clock time after them is of."""
    past_midnight: set[int] = attrs.Factory(set)
    """The clock times alone that the night before them moved to the next day ("took off at
    21:28 ... back at base by 02:50": the 17th): the story's day is still the night's."""
    report_day: Reference | None = None
    """The day of the latest news report made after a day its sentence named ("Liftoff is
    Thursday, NASA said Tuesday": Tuesday), which a clock time alone goes on past to the day
    before it, unless it is the report's own ("As of 10 a.m., the storm was ...")."""
    look_back_ends: int | None = None
    """The end of the sentence whose main clause in the past perfect looked back before the
    story's date ("The Kido Butai had left Hitokappu Bay on 26 November."): where the story
    comes back to its date."""
    written_on_dct: bool | None = None
    """Whether the document date is the day the note's heading gives and the note is no
    discharge summary (see :meth:`_written_on_dct`); read when first asked."""

    @classmethod
    def start(
        cls,
        text: str,
        found: list[Found],
        pairs: dict[int, int],
        grammar: Grammar,
        sentences: Sentences,
        doc_id: str,
        dct: dt.date | None,
        genre: Genre,
    ) -> _Reading:
        """The reading of a document before its first expression."""
        tenses = Tenses(text, grammar, story_weekday=dct.isoweekday() if dct else None)
        backstory = None
        if genre is Genre.NEWS and dct is not None:
            backstory = Backstory(text, sentences, grammar, tenses.cues, dct)
        return cls(
            text=text,
            found=found,
            pairs=pairs,
            grammar=grammar,
            sentences=sentences,
            doc_id=doc_id,
            dct=dct,
            genre=genre,
            discourse=Discourse(genre, dct=dct),
            tenses=tenses,
            backstory=backstory,
            headings=YearHeadings(),
            discharge=detect_discharge(text, found, grammar) if dct is not None else None,
            admission=detect_admission(text, found, grammar, dct) if dct is not None else None,
            operation=detect_operation(text, found, grammar, dct) if dct is not None else None,
            # asked only of a course's day: reading the heading again costs every document
            note_day=any(f.spec.course_day for f in found)
            and dates_the_note(text, found, grammar, dct),
            posted=dct,
            first_of={j: i for i, j in pairs.items()},
        )

    def read(self, k: int) -> None:
        """Anchor the ``k``th found expression and move on past it."""
        text, grammar, item = self.text, self.grammar, self.found[k]
        sentence = self.sentences.at(item.span.start)
        since = self.found[k - 1].span.end if k else 0
        if self.look_back_ends is not None and item.span.start >= self.look_back_ends:
            self.discourse.come_back()
            self.look_back_ends = None
        self._cross(since, item.span.start)
        if (
            self.dct is not None
            and item.spec.hour is not None
            and _opens_message(text, item.span, grammar)
        ):
            # a message stamped by its clock time alone ("Marco 9:20 AM" above the message) is
            # posted on the log's day, whatever day the message before it named
            self.discourse.resume()
        # the expression just before, when it was resolved
        before = self.items[-1] if k - 1 in self.item_at else None
        restating = False
        if before is not None:
            counted = _story_count(item.spec) is not None
            item = self.found[k] = _adjusted(
                item,
                before,
                text,
                since,
                self.posted,
                grammar,
            )
            # "fell on 17 May 1997, seven months later": the count restates the date at its
            # own unit (1997-05), and the story stays on the date ("the same day" is the 17th)
            restating = counted and _story_count(item.spec) is None and item.spec.hour is None
            if k - 2 in self.item_at:
                holiday = self.items[self.item_at[k - 2]]
                item = self.found[k] = _day_holiday_of_year_falls_on(
                    item, holiday, before, text, grammar
                )
            item = self.found[k] = _holiday_of_clause_year(item, before, text, grammar)
            item = self.found[k] = _day_of_subject_year(item, before, text, grammar)
        if self.genre is Genre.NARRATIVE:
            item = self.found[k] = _in_story_century(item, self.discourse.story)
        item = self.found[k] = _as_many_counted(item, text, sentence.start, grammar)
        cues = _weekend_cues(
            text,
            self.found,
            k,
            before,
            sentence.start,
            self.posted,
            grammar,
            functools.partial(self.tenses.told_past, item.span, sentence),
        )
        if cues is not None:
            weekend = weekend_meant(item.spec, cues)
            if weekend is not item.spec:
                item = self.found[k] = attrs.evolve(item, spec=weekend)
        if k + 1 < len(self.found):
            after = self.found[k + 1]
            gap = text[item.span.end : after.span.start]
            item = self.found[k] = _holiday_of_year(item, after, gap, grammar)
            item = self.found[k] = _holiday_in_year_after_its_weekday(text, self.found, k, grammar)
            item = self.found[k] = _season_of_year(item, after, gap, grammar)
            item = self.found[k] = _clock_on_day_after(item, after, gap, grammar)
            item = self.found[k] = _clock_of_zone_restated(item, after, gap, grammar)
            item = self.found[k] = _clock_in_zones_on_day(text, self.found, k, self.posted)
        if item.spec.from_operation and self.operation is None:
            self.operation = self._told_operation()
        surgery = self._midnight_before_surgery(item)
        if surgery is not None:
            # "Surgery is scheduled for tomorrow at 0730. NPO after midnight": the midnight
            # that begins the operation's day, 24:00 of the day before it
            item = self.found[k] = _on_day(item, surgery - dt.timedelta(days=1))
        background = functools.partial(in_background, text, sentence, item.span, grammar)
        entry = self.headings.entry(text, item, self.first_of.get(k))
        within = self.headings.within(item) if entry is None else None
        ctx = self._context(item, sentence, background, entry or within, since)
        if (
            before is not None
            and before.resolution.granularity is Granularity.DAY
            and grammar.clock_at_day_between.fullmatch(text, since, item.span.start)
        ):
            # "Discussed with Dr. Ahmed on 04/13/2022 at 1510": the time of the day before it
            ctx = ctx._replace(at_the_day=True)
        if k in self.first_of:
            # a range's end goes on from its start, which already looked back if its clause
            # does: "had crossed on the night of 13/14 July" is one year, not the 14th a year
            # before the 13th
            ctx = ctx._replace(looks_back=lambda: False)
        try:
            if self.d_day and self.operation is not None and _D_DAY.fullmatch(item.text):
                item = self.found[k] = _on_day(item, self.operation)
            res = resolve(item.spec, ctx)
            hour = item.spec.hour  # a clock time's, moved to the evening or the morning below
            day = self._day_of_night(k, item.spec, res) if k not in self.first_of else None
            if day is None:
                day = self._day_in_other_zone(k, item.spec)
            if day is not None:
                item = self.found[k] = _on_day(item, day)
                res = resolve(item.spec, ctx)
                self.past_midnight.add(k)
            elif (
                hour is not None
                and k not in self.first_of
                and self._in_the_evening(k, item, sentence, res)
            ):
                evening = attrs.evolve(item.spec, hour=hour + _NOON)
                item = self.found[k] = attrs.evolve(item, spec=evening)
                res = resolve(item.spec, ctx)
            elif hour is not None and self._at_a_morning_event(item):
                morning = attrs.evolve(item.spec, hour=hour - _NOON)
                item = self.found[k] = attrs.evolve(item, spec=morning)
                res = resolve(item.spec, ctx)
        except Unresolvable:
            return
        mention = self._record(k, item, res, ctx)
        if self.genre is Genre.NARRATIVE and background() is Background.RELATIVE:
            self.asides.add(k)
        self._follow(item, res, mention.type, sentence, ctx, k if entry is not None else None)
        if not restating:
            self._advance_discourse(k, item, sentence, background, since)

    def _day_of_night(self, k: int, spec: Spec, res: Resolution) -> dt.date | None:
        """The day a clock time alone, placed at ``res``, falls on when the night before it
        decides: the next day in the small hours after a late clock time or the night or the
        evening of a day ("on the evening of 18 August. At 03:47": the 19th; a length told
        between them, "four hours", changes nothing), and in a story after its evening or night
        also at dawn or in the morning ("By nightfall ... At dawn": the next day's); the first
        of a night's two days in the afternoon or the evening ("the night of 29–30 January. At
        about 20:00": the 29th, as "at 20:00 on 29/30 January" is), also with a relative
        clause's date between them ("the night of 11/12 November 1940. Illustrious, which had
        left Alexandria on 6 November, launched ... at 20:40": the 11th). None otherwise."""
        if not _may_follow_a_night(spec):
            return None  # neither _evening_of_night nor _after_midnight could place it
        j = k - 1
        while j in self.item_at and (
            self.items[self.item_at[j]].mention.type is TimexType.DURATION or j in self.asides
        ):
            j -= 1
        if j not in self.item_at:
            return None
        j = self._latest_of_zones(j)
        before = self.items[self.item_at[j]]
        first = self.items[self.item_at[self.first_of[j]]] if j in self.first_of else None
        if first is not None:
            return _evening_of_night(first.resolution, before.resolution, spec, res)
        night = self._night_of(before.found)
        story = self.genre is Genre.NARRATIVE
        if _runs_late(before.found.spec, night_of=night, story=story):
            return _after_midnight(before.resolution, spec, res, story=story)
        return None

    def _day_in_other_zone(self, k: int, spec: Spec) -> dt.date | None:
        """The day of the ``k``th expression, a clock time with no zone that restates the zoned
        clock time just before it in another zone ("6pm PT is 1am here"), when it is not the
        day of the first: the one on which the other zone's offset can be (from UTC-12 to
        UTC+14). 1am after 6pm Pacific (UTC-7) is the next day's (UTC+0, not UTC-24), "10am JST
        is 6pm here" the day before's (UTC-7, not UTC+17); None when the day is the same or
        either day could be (an offset of the two 24 hours apart both possible)."""
        if k - 1 not in self.item_at or spec.hour is None or spec.tz_offset is not None:
            return None
        if spec.has_calendar_fields or spec.offset is not None:
            return None
        before = self.items[self.item_at[k - 1]]
        told = before.found.spec
        if told.hour is None or told.tz_offset is None or before.resolution.interval is None:
            return None
        offset = _VALUE_OFFSET.search(before.resolution.value)
        if offset is None:
            return None
        between = (before.found.span.end, self.found[k].span.start)
        if self.grammar.zone_restated_between.fullmatch(self.text, *between) is None:
            return None
        moved = (spec.hour * 60 + (spec.minute or 0)) - (told.hour * 60 + (told.minute or 0))
        days = _possible_day_shifts(offset_minutes(offset.group()) + moved)
        if len(days) != 1 or days[0] == 0:
            return None
        return day_of(before.resolution.interval[0]) + dt.timedelta(days=days[0])

    def _latest_of_zones(self, j: int) -> int:
        """The ``j``th expression, or, when it ends a clock time said in several zones joined
        by slashes ("9pm ET / 6pm PT"), the one of them latest in its own day: how late the
        night runs is told by the east ("9pm ET / 6pm PT is 1am here": 1am of the next day)."""
        found, item_at = self.found, self.item_at
        latest, latest_hour = j, found[j].spec.hour
        while j - 1 in item_at and latest_hour is not None:  # only a clock time has zones
            a, b = found[j - 1], found[j]
            if not _zone_restated(self.text, a, b):
                break
            j -= 1
            hour = a.spec.hour
            if hour is not None and hour > latest_hour:
                latest, latest_hour = j, hour
        return latest

    def _in_small_hours_of_night(self, k: int, item: Found) -> bool:
        """Whether the ``k``th expression, a clock time alone before dawn, is in the small hours
        of the night the story reached: moved past midnight by the evening before it (see
        _day_of_night), or told after a night of two days ("the night of 11/12 November ...
        back by 02:50")."""
        spec, previous = item.spec, self.discourse.previous
        if spec.hour is None or spec.hour >= _DAWN_HOUR:
            # "the night of 14/15 November ... at 19:20" is the 14th's evening, and "the night
            # of 5/6 June ... H-Hour was 6:30 a.m." the 6th's morning: its day is the 6th
            return False
        if k in self.past_midnight:
            return True
        return (
            previous is not None
            and previous.ends_day
            and not spec.has_calendar_fields
            and spec.offset is None
        )

    def _night_of(self, item: Found) -> bool:
        """Whether ``item`` is the day "the night of" names ("on the night of 4 December",
        the first day of "the night of 7–8 August")."""
        start = item.span.start
        return self.grammar.night_of_before.search(self.text, max(0, start - 16), start) is not None

    def _in_the_evening(self, k: int, item: Found, sentence: Span, res: Resolution) -> bool:
        """Whether ``item``, a clock time told without "a.m." or "p.m." between 6 and 11
        ("til 11", "at 7:30"), is after noon: its sentence named an evening or a night of the
        same day just before it ("This evening the show starts at 7:30", "fri
        nite and im stuck at work til 11"), as "at 7:30 tonight" is, or an evening's clock time
        the bare one comes after ("starts at 8 and ends at 10:30": 22:30; not "from 8 p.m. to
        7", the next morning's). Not after a night told
        from the day in question ("Overnight ... cleared by 7", "That night"), whose morning
        may be meant. So is one right after an evening's event (see _after_evening_event), and
        one from 1 to 5 right after a public event held in the day (see
        _after_afternoon_event)."""
        if self._after_evening_event(item) or self._after_afternoon_event(item):
            return True
        j = k - 1
        while j in self.item_at and self.items[self.item_at[j]].mention.type is TimexType.DURATION:
            j -= 1
        if j not in self.item_at or item.spec.hour is None or item.spec.has_calendar_fields:
            return False
        if item.spec.hour >= _NOON:  # read after noon already ("starts at 7:45": 19:45)
            return False
        if item.spec.offset is not None or _BARE_EVENING_CLOCK.fullmatch(item.text) is None:
            return False
        before = self.items[self.item_at[j]]
        spec = before.found.spec
        evening_clock = (
            spec.hour is not None
            and _EVENING_HOUR <= spec.hour < item.spec.hour + _NOON
            and _TWELVE_HOUR_CLOCK.match(before.found.text) is not None
        )
        if not evening_clock and (spec.part_of_day not in ("EV", "NI") or spec.hour is not None):
            return False
        if spec.anchor is AnchorPolicy.ANAPHORIC or before.found.span.start < sentence.start:
            return False
        if before.resolution.interval is None or res.interval is None:
            return False
        return day_of(before.resolution.interval[0]) == day_of(res.interval[0])

    def _after_evening_event(self, item: Found) -> bool:
        """Whether ``item``, a clock time told without "a.m." or "p.m." between 6 and 11 (of
        today or tomorrow: "Concert at 9 tomorrow"), comes right after an evening's event ("The
        show starts at 8", "Doors open at 7:30", "Dinner at 8:30"): the evening's, as "at 8
        tonight" is (see the tense rules' ``evening_event_before``)."""
        hour = item.spec.hour
        if hour is None or hour >= _NOON or item.spec.has_calendar_fields:
            return False
        grammar = self.grammar
        return self._event_before(
            item, grammar.evening_event_clock, grammar.evening_event_before, _EVENT_REACH
        )

    def _after_afternoon_event(self, item: Found) -> bool:
        """Whether ``item``, a clock time told without "a.m." or "p.m." from 1 to 5, comes right
        after a public event held in the day ("The ceremony at 4:30 drew a crowd", "The parade
        starts at 1:30"): the afternoon's. Not one told in the morning after it ("The ceremony
        at 5:30 in the morning"); see the tense rules' ``afternoon_event_before``."""
        hour = item.spec.hour
        if hour is None or hour >= _NOON or item.spec.has_calendar_fields:
            return False
        grammar = self.grammar
        if grammar.afternoon_event_not_after.match(self.text, item.span.end) is not None:
            return False
        return self._event_before(
            item, grammar.afternoon_event_clock, grammar.afternoon_event_before, _EVENT_REACH
        )

    def _at_a_morning_event(self, item: Found) -> bool:
        """Whether ``item``, a bare hour from 8 to 11 and its US zone that a broadcast's "at 9
        ET" puts in the evening, is the hour of a morning's event named in the clause before it
        ("a news conference at 10 Central", "markets open at 9 ET"; see the tense rules'
        ``morning_event_before``)."""
        hour = item.spec.hour
        if hour is None or hour < _NOON + 8 or item.spec.tz_offset is None:
            return False
        grammar = self.grammar
        return self._event_before(
            item, grammar.morning_event_clock, grammar.morning_event_before, _MORNING_REACH
        )

    def _event_before(
        self, item: Found, clock: re.Pattern[str], event: re.Pattern[str], reach: int
    ) -> bool:
        """Whether ``item``'s text is such a ``clock`` time and an ``event`` ends within
        ``reach`` characters before it."""
        if clock.fullmatch(item.text) is None:
            return False
        start = item.span.start
        return event.search(self.text, max(0, start - reach), start) is not None

    def _written_on_dct(self) -> bool:
        """Whether the document date is the day the note's own heading gives ("PROGRESS NOTE
        03/20/2024"), not an admission's, and the note is no discharge summary: nothing the
        note tells done is after it (a summary dated by its admission tells the stay on)."""
        if self.written_on_dct is None:
            self.written_on_dct = (
                self.note_day or dates_the_note(self.text, self.found, self.grammar, self.dct)
            ) and self.discharge is None
        return self.written_on_dct

    def _cross(self, start: int, end: int) -> None:
        """Take in what the text between two expressions says: that a note's story returns to
        the document date (see :meth:`Discourse.returns`), that a paragraph ends a look back,
        or that a follow-up, told on the day of the discharge, begins."""
        text, grammar, discourse = self.text, self.grammar, self.discourse
        if self.dct is not None and discourse.returns(text, start, end, grammar):
            discourse.resume()
        if discourse.detour is not None and breaks_paragraph(text, start, end):
            discourse.come_back()
        if self.discharge is not None and search_line_starts(
            grammar.dct_followup, text, start, end
        ):
            # the follow-up is told on the day of the discharge
            self.posted = self.discharge
            discourse.resume()

    def _context(
        self,
        item: Found,
        sentence: Span,
        background: Callable[[], Background | None],
        entry: Reference | None,
        since: int,
    ) -> Context:
        """What ``item``, in ``sentence``, is resolved against: the discourse so far, or the
        ``entry`` of a chronology it opens (read as a narrative's); a chat message's stamp
        counts from the document date, other dates from the day of their message. ``since``
        is where the expression before ``item`` ends."""
        discourse, backstory = self.discourse, self.backstory
        return Context(
            dct=self.dct if _opens_message(self.text, item.span, self.grammar) else self.posted,
            previous=discourse.previous if entry is None else entry,
            genre=self.genre if entry is None else Genre.NARRATIVE,
            clause_tense=self.tenses.of(item, sentence),
            kept_yearly=functools.partial(
                _sentence_says, self.grammar.kept_yearly, self.text, sentence
            )
            if not _heads_entry(self.text, item.span)
            else lambda: False,
            kept_since=functools.partial(
                _sentence_says, self.grammar.kept_since, self.text, sentence
            ),
            looks_back=functools.partial(
                _looks_back, self.text, item.span, background, self.grammar
            ),
            done_before=functools.partial(
                _done_before, self.text, item.span, self.grammar, self._written_on_dct
            ),
            held_until=functools.partial(_held_until, self.text, item.span, self.grammar),
            moved_to=functools.partial(_moved_to, self.text, item.span, self.grammar),
            since_day=functools.partial(_since_day, self.text, item.span, self.grammar),
            in_condition=functools.partial(
                _in_condition, self.text, sentence, item.span, self.grammar
            ),
            day_before_condition=functools.partial(
                _day_before_condition, self.text, sentence, item.span, self.grammar, self.found
            ),
            steps_on=functools.partial(_steps_on, self.text, sentence, item.span, self.grammar),
            # the span's own sentence: "The war lasted from 1914 to 1918 and ended in
            # November", not another's ("The first parliament ended in May")
            ends_span=functools.partial(
                _sentence_says,
                self.grammar.span_end,
                self.text,
                Span(start=sentence.start, end=item.span.start),
            )
            if since > sentence.start
            else lambda: False,
            quarter=discourse.quarter,
            quarter_ends=discourse.quarter_ends,
            to_date=discourse.to_date,
            story=discourse.story,
            opening=self._event_began(item) or discourse.opening,
            span=discourse.span,
            years=discourse.years,
            day=self.report_day
            if self.report_day is not None and self._as_of(item)
            else discourse.day,
            first_day=discourse.first_day,
            backstory=backstory.at(item, sentence) if backstory is not None else None,
            # a reign counts from the year its span in brackets opened, else from the year the
            # story reached ("came to the throne in 1695. In the fourth year of his reign")
            first=(self.reign or discourse.previous) if item.spec.of_reign else discourse.first,
            discharge=self.discharge,
            admission=self._told_admission()
            if self.admission is None and item.spec.from_admission
            else self.admission,
            operation=self.operation,
            note_day=self.note_day,
        )

    def _event_began(self, item: Found) -> Reference | None:
        """The day the text told the event that ``item``, a day counted in it, names began
        ("The crisis began on 16 October 1962. ... on the thirteenth day of the crisis": the
        16th, what the count starts on), or None: a narrative's count then starts on the span
        the story last dated."""
        text, grammar = self.text, self.grammar
        if self.genre is not Genre.NARRATIVE or (item.spec.story_day or 0) < 1:
            return None
        named = grammar.story_day_event_after.match(text, item.span.end)
        if named is None:
            return None
        event = named.group("event").lower()
        verbs = grammar.event_begun_by.get(event, frozenset())
        following = item.span.start  # where the next dated stretch of the text begins
        for k in range(len(self.items) - 1, -1, -1):
            done = self.items[k]
            start, end = done.found.span.start, done.found.span.end
            reference = done.resolution.reference
            if start >= item.span.start or reference is None:
                continue
            if COARSE_ORDER.index(reference.granularity) < DAY_INDEX:
                following = start
                continue
            lo = max(0, start - _BEGAN_REACH)
            verb = grammar.event_began_before.search(text, lo, start)
            if verb is not None:
                clause = _CLAUSE_START.split(text[lo : verb.start()])[-1]
                if event in _EVENT_WORD.findall(clause.lower()):
                    return reference
            if verbs:
                # "Germany invaded Poland on 1 September 1939", "On 24 February 2022, Russia
                # invaded Ukraine": the verb in the day's own stretch of its sentence, between
                # the dates before and after it
                before = self.items[k - 1].found.span.end if k else 0
                words = _CLAUSE_START.split(text[max(before, lo) : start])[-1]
                words += " " + _CLAUSE_START.split(text[end:following])[0]
                if verbs & set(_EVENT_WORD.findall(words.lower())):
                    return reference
            following = start
        return None

    def _told_operation(self) -> dt.date | None:
        """The day of the latest date read that the note told as its operation's ("He
        underwent HeartMate 3 implantation on 08/02/16", "Surgery is scheduled for tomorrow at
        0730"), what its first postoperative day counts from rather than from the last date
        given ("extubated the following morning"), if any."""
        for done in reversed(self.items):
            res = done.resolution
            if (
                res.granularity is None
                or COARSE_ORDER.index(res.granularity) < DAY_INDEX
                or res.interval is None
            ):
                continue
            if tells_operation(self.text, done.found.span, self.grammar):
                return day_of(res.interval[0])
        return None

    def _told_admission(self) -> dt.date | None:
        """The day of the latest admission the note told by its month and day before the
        expression being read, not after the note's date ("Admitted 3/11 for mania . Plan
        discharge on hospital day 7": 3/11), what its hospital days count from when its header
        gives none; None when the text told none (they count from the document date)."""
        if self.dct is None:
            return None
        grammar, text = self.grammar, self.text
        for done in reversed(self.items):
            res = done.resolution
            if res.granularity is not Granularity.DAY or res.interval is None:
                continue
            start = done.found.span.start
            if grammar.dct_admitted_on_day.search(text, max(0, start - _ADMIT_REACH), start):
                day = day_of(res.interval[0])
                if day <= self.dct:
                    return day
        return None

    def _midnight_before_surgery(self, item: Found) -> dt.date | None:
        """The day of the operation whose day ``item``, a bare "midnight" after "NPO after",
        begins: the day the note told for an operation to come ("Surgery on Friday. NPO after
        midnight"), or the note's own when it is the record of that day ("ANESTHESIA RECORD
        11/07/2022 ... NPO after midnight; last clear liquids at 0500"); after an operation
        told behind the note ("Surgery on Friday went well"), the day after the note's, the
        fast being a plan's, as for an order's ("Admitted 3/2. NPO after midnight for EGD",
        dct.toml's npo_plan_before); None otherwise, as for a fast the story tells ("On 3/2 he
        was made NPO after midnight": the day the story reached)."""
        spec, start = item.spec, item.span.start
        if (
            self.dct is None
            or spec.hour != _MIDNIGHT
            or spec.has_calendar_fields
            or spec.offset is not None
            or not self.grammar.dct_npo_midnight_before.search(
                self.text, max(0, start - _NPO_REACH), start
            )
        ):
            return None
        told = self._told_operation()
        if told is not None and told > self.dct:
            return told
        if self.grammar.dct_operation_heading.match(self.text):
            return self.dct
        if told is not None or self.grammar.dct_npo_plan_before.search(
            self.text, max(0, start - _NPO_PLAN_REACH), start
        ):
            # "Surgery on Friday went well. NPO after midnight": the operation is behind, the
            # fast a plan's, the midnight that ends the note's day (not that Friday's); so is
            # an order's with no operation told ("Admitted 3/2. NPO after midnight for EGD")
            return self.dct + dt.timedelta(days=1)
        return None

    def _schedule_at(self, k: int) -> bool:
        """Whether the ``k``th expression starts the range of a schedule told in the present
        ("The pool is open from May to September"), of no year its clause named before it
        ("the 2023 Atlantic hurricane season, which runs from June 1 to Nov. 30" is 2023's)."""
        at = self.found[k].span.start
        if not self.grammar.schedule_range_before.search(self.text, max(0, at - 40), at):
            return False
        for before in reversed(self.found[:k]):
            if _CLAUSE_END.search(self.text, before.span.end, at):
                break
            if before.spec.year is not None:
                return False
        return True

    def _record(self, k: int, item: Found, res: Resolution, ctx: Context) -> Mention:
        """Add the ``k``th expression, resolved to ``res`` in ``ctx``, as the document's next
        mention, and place both ends of the range it ends together (see :func:`_place_range`).
        Returns the mention as ``res`` gives it, before that."""
        mention = Mention(
            id=f"{self.doc_id}.m{len(self.items) + 1}",
            span=item.span,
            text=item.text,
            type=type_for(item.spec, res),
            value=res.value,
            mod=res.mod,
            granularity=res.granularity,
            anchor=res.anchor,
            rule=item.spec.rule,
        )
        if k in self.pairs:
            self.contexts[k] = ctx
        end = _Item(found=item, resolution=res, mention=mention)
        start = self.first_of.get(k)
        if start is not None and start in self.item_at:
            _place_range(
                self.items[self.item_at[start]],
                end,
                self.contexts[start],
                ctx,
                schedule=self._schedule_at(start),
            )
        self.item_at[k] = len(self.items)
        self.items.append(end)
        return mention

    def _follow(
        self,
        item: Found,
        res: Resolution,
        kind: TimexType,
        sentence: Span,
        ctx: Context,
        opener: int | None,
    ) -> None:
        """Move the stories beside the discourse on past ``item``, resolved to ``res`` (of type
        ``kind``) in ``ctx``: the day of a note's operation, a news backstory, a chronology's
        year headings (``opener``: the index of ``item`` when it opens an entry) and the day of
        the chat message being read."""
        if item.spec.operation_day and res.interval is not None:
            # the operation's own D-Day: "D+1" and "D-Day" count from it, not from Overlord's
            self.operation = day_of(res.interval[0])
            self.d_day = True
        if item.spec.from_operation and self.operation is None:
            # the day the first postoperative day counted from is the operation's: a later
            # "POD #7" counts from it, not from a date named in between ("AF on 08/27"); with
            # no date before it in its section ("HOSPITAL COURSE:"), it counted from the note's;
            # nor from a year or a month of the history ("cholecystectomy in 2015. Hold
            # metformin the morning of surgery; resume on POD 1"): no day of it is told
            self.operation = operation_day(ctx.previous, ctx.dct)
        opened = res.reference  # a BC year's too, computed 400*k years later
        if (
            res.granularity is Granularity.YEAR
            and opened is not None
            and self.grammar.reign_before.search(
                self.text, max(0, item.span.start - _REIGN_REACH), item.span.start
            )
        ):
            self.reign = Reference(
                date=opened.date, granularity=Granularity.YEAR, shift=opened.shift
            )
        if self.backstory is not None:
            self.backstory.advance(item, res, kind, sentence, ctx)
        self.headings.advance(self.text, item, res, opener)
        self.posted = _message_day(self.text, item.span, res, self.grammar) or self.posted

    def _advance_discourse(
        self,
        k: int,
        item: Found,
        sentence: Span,
        background: Callable[[], Background | None],
        since: int,
    ) -> None:
        """Move the discourse on past the ``k``th expression, as its range placed it; a
        narrative's look back ("Back in 1939,") opens a detour first."""
        text, grammar, found = self.text, self.grammar, self.found
        until = found[k + 1].span.start if k + 1 < len(found) else len(text)
        field = functools.partial(is_labelled, text, item.span, since, until, grammar)
        opening = self._opening(k, item, sentence)
        if self.genre is Genre.NARRATIVE and grammar.flashback_before.search(
            text, max(0, item.span.start - _FLASHBACK_REACH), item.span.start
        ):
            self.discourse.go_back()
        resolution = self.items[self.item_at[k]].resolution
        if (
            self.genre is Genre.NARRATIVE
            and self.discourse.detour is None
            and _goes_back(resolution, self.discourse.previous)
            and background() is Background.MAIN
        ):
            # "... at dawn on 7 December 1941. The Kido Butai had left Hitokappu Bay on 26
            # November. The first wave was launched at 06:00": a look back for its sentence
            # (its own "later that year" is of it), after which the story is on the 7th again
            self.discourse.go_back()
            self.look_back_ends = sentence.end
        first = self.first_of.get(k)
        if first is not None and self._night_of(self.found[first]):
            resolution = _at_midnight(resolution)
        elif self.genre is Genre.NARRATIVE and self._in_small_hours_of_night(k, item):
            resolution = _of_the_night(resolution)
        if self.genre is Genre.NEWS:
            self.discourse.turns_to_date(text, item.span.start, item.span.end, grammar)
        if self.genre is Genre.NEWS and _month_aside(text, item, grammar):
            return
        bound = (
            self.genre is Genre.NEWS
            and item.spec.hour is None
            and item.spec.part_of_day is None
            # read only for what a bound changes below: a day, or days counted from the DCT
            and (item.spec.day is not None or _counts_days_from_dct(item.spec))
            and grammar.bound_since_before.search(
                text, max(0, item.span.start - _SINCE_REACH), item.span.start
            )
            is not None
        )
        if bound and item.spec.day is not None:
            # "no BM since [**3-5**].": a state's bound, no day the text goes on with; the
            # state lasts until the document's day, which the text is back at (a year since
            # which something has not happened is one: "since 2010. That year, ...")
            self.discourse.resume()
            return
        if (
            self.genre is Genre.NEWS
            and (item.spec.day is not None or item.spec.weekday is not None)
            and grammar.bound_until_before.search(
                text, max(0, item.span.start - _CLOSURE_REACH), item.span.start
            )
            and _CLOSURE_END.match(text, item.span.end)
        ):
            # "The Severn bridge is closed until Monday 6am. Gusts ... through the evening": the
            # closure's end, no day the text goes on with (unless the sentence goes on with it:
            # "closed until Monday, when crews will inspect it at 10 a.m.")
            self.discourse.resume()
            return
        if self.genre is Genre.NEWS and _year_back_comparison(text, sentence, item, grammar):
            return
        if item.spec.day is not None and grammar.day_in_name_after.match(text, item.span.end):
            return  # "The Jan. 6 committee meets at 10 a.m.": a name's day, none the text tells
        spec = item.spec
        if (
            self.genre is Genre.NEWS
            and spec.hour is not None
            and not spec.has_calendar_fields
            and spec.offset is None
            and reported_in(text, sentence, item.span, grammar)
        ):
            # "landfall early Monday, the hurricane center said in its 4 a.m. advisory. The eye
            # is expected ashore at 7 a.m.": the report's clock time is no day the story goes
            # on with (the 7 a.m. is Monday's), nor is a clock time after "since" or before
            # "ago" (text.reported_in)
            return
        aside = functools.partial(in_aside, text, sentence, item.span, grammar)
        told = self.discourse.day
        self.discourse.advance(item.spec, resolution, background, field, opening, aside)
        if told is not None and self._report_day(k, item, sentence):
            # "Liftoff is scheduled for 7:34 p.m. EDT Thursday, NASA said Tuesday. The launch
            # window opens at 7:34 p.m.": the report's day is no day a clock time alone is of
            # (but the report's own status: "As of 10 a.m., the storm was ...")
            self.report_day, self.discourse.day = self.discourse.day, told
        elif self.discourse.day is not told:
            self.report_day = None
        if bound and _counts_days_from_dct(item.spec):
            # "ear pulling since yesterday . Tylenol ... last dose at 0700": the state runs to
            # the document's day, whose 07:00 it is; the weekday stays what "the same day"
            # names ("meeting since Monday, and the same day the White House warned")
            self.discourse.day = None
        elif self._schedule_runs_now(k, item, sentence):
            # "Last drink 2 days ago ... CIWA q4h , last CIWA 12 at 0600": the checks run to
            # the document's day, whose 06:00 it is (a schedule told begun on a day keeps it:
            # "On 3/2 he was started on vancomycin q12h , first dose at 1400")
            self.discourse.day = None

    def _as_of(self, item: Found) -> bool:
        """Whether ``item`` is a clock time alone after "as of", a report's status at that
        time ("As of 10:00 a.m. local time, Durian was spotted ..."): the report's day's."""
        spec, start = item.spec, item.span.start
        return (
            is_bare_clock_time(spec)
            and self.grammar.status_as_of_before.search(self.text, max(0, start - 8), start)
            is not None
        )

    def _report_day(self, k: int, item: Found, sentence: Span) -> bool:
        """Whether ``item``, the ``k``-th found, is the day a news report was made ("NASA said
        Tuesday"), after a day its sentence named before ("for 7:34 p.m. EDT Thursday")."""
        spec, text = item.spec, self.text
        if self.genre is not Genre.NEWS or spec.hour is not None or spec.part_of_day is not None:
            return False
        if spec.weekday is None and spec.day is None:
            return False
        start = item.span.start
        if not self.grammar.report_day_before.search(text, max(0, start - _REPORT_REACH), start):
            return False
        # a day or finer named before it in its sentence: walk back from it
        for j in range(k - 1, -1, -1):
            other = self.found[j].spec
            if self.found[j].span.start < sentence.start:
                break
            if other.type is not TimexType.SET and (
                other.weekday is not None or other.day is not None
            ):
                return True
        return False

    def _schedule_runs_now(self, k: int, item: Found, sentence: Span) -> bool:
        """Whether ``item``, the ``k``-th found, is a news text's or a note's schedule of hours
        ("q4h", "every 6 hours") told with no past and no day before it in its sentence, after
        a day before the document's: a schedule the note keeps, which runs to the document's
        day."""
        spec, day = item.spec, self.discourse.day
        if self.genre is not Genre.NEWS or self.dct is None or day is None or day.shift:
            return False
        if spec.type is not TimexType.SET or not _HOURLY_SET.fullmatch(spec.literal or ""):
            return False
        if day.date >= self.dct or day.date < self.dct - _SCHEDULE_REACH:
            return False
        # only the expressions of its sentence before it, in text order: walk back from it
        for j in range(k - 1, -1, -1):
            other = self.found[j]
            if other.span.start < sentence.start:
                break
            if other.span.start < item.span.start and other.spec.type is not TimexType.SET:
                return False
        return not self.tenses.told_past(item.span, sentence)

    def _opening(self, k: int, item: Found, sentence: Span) -> Reference | None:
        """The date of the resolved expression that opened what the ``k``th one ends: the
        first end of its range, or the start of what this date ends, a date or two back in the
        sentence ("began ... on 30 November 1939, three months after ..., and ended ... on 13
        March 1940"); else None."""
        item_at, items = self.item_at, self.items
        opened = self.first_of.get(k)
        if opened is None:
            for j in range(k - 1, max(-1, k - 4), -1):
                if (
                    j in item_at
                    and items[item_at[j]].resolution.reference is not None
                    and _begun_and_ended(self.text, self.found[j], item, sentence, self.grammar)
                ):
                    opened = j
                    break
        return items[item_at[opened]].resolution.reference if opened in item_at else None


# --------------------------------------------------------------------------- the steps of a reading


def _sentence_says(pattern: re.Pattern[str], text: str, sentence: Span) -> bool:
    """Whether ``sentence`` (or the part of it before a mention) holds a match of
    ``pattern``: a day said to be kept every year, in the present ("is commemorated", "is a
    public holiday": ``Grammar.kept_yearly``) or since, in the present perfect ("has been
    celebrated ever since": ``Grammar.kept_since``); a span's end right before a month
    ("ended in" before "June": ``Grammar.span_end``, which ends at the end of the text searched)."""
    return pattern.search(text, sentence.start, sentence.end) is not None


# A date that opens its line before a colon: the heading of a dated list's entry ("9 May: The
# Victory parade is held in Moscow."), whatever its sentence says.
_ENTRY_HEAD = re.compile(r"[ \t]*:")


def _heads_entry(text: str, span: Span) -> bool:
    """Whether ``span`` opens its line and a colon follows it, as a dated list's entry is
    headed ("9 May: The Victory parade is held in Moscow."): the sentence after it is told of
    that day of the list's year, a present of a schedule or a chronology, not of a day kept
    every year (``Grammar.kept_yearly``), which names its day inside its clause ("The
    Liberation Day parade is held on 10 May")."""
    if not _ENTRY_HEAD.match(text, span.end):
        return False
    start = span.start  # back over the blanks before it only: a long line is never scanned
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start == 0 or text[start - 1] == "\n"


def _in_story_century(item: Found, story: Reference | None) -> Found:
    """``item`` with an apostrophe year ("'45") or decade ("the '60s") put in the century of
    the ``story`` told so far when its guessed century lies beyond what the story can reach:
    "raised in 1741 and fought at Fontenoy in '45" is 1745, "sailed for Quebec in 1759 and
    returned in '63" 1763, "built in 1741; by the '60s it was a ruin" the 1760s (176); a story
    of 1944 keeps "the war ended in '45" as 1945 and "in the '60s" as the 1960s, and one of
    2015 "the class of '09" as 2009 (an apostrophe year may look back a century, but rarely
    ahead of its story, so a story of 2015 keeps "the '30s" as the 1930s)."""
    spec = item.spec
    if story is None or story.year <= 0 or (spec.year is None and spec.decade is None):
        return item
    if _APOSTROPHE_YEAR.search(item.text) is None:
        return item
    reach = story.year + _STORY_REACH
    if spec.year is not None:
        if spec.year <= reach:
            return item
        back = -(-(spec.year - reach) // 100) * 100  # whole centuries back, to the story's reach
        return attrs.evolve(item, spec=attrs.evolve(spec, year=spec.year - back))
    assert spec.decade is not None
    first = spec.decade * 10  # the decade's first year
    if first <= reach:
        return item
    back = -(-(first - reach) // 100) * 10  # whole centuries back, counted in decades
    return attrs.evolve(item, spec=attrs.evolve(spec, decade=spec.decade - back))


_HOURS_REACH = 32  # characters read after a weekday for the hours of a schedule


def _adjusted(
    item: Found,
    before: _Item,
    text: str,
    since: int,
    today: dt.date | None,
    grammar: Grammar,
) -> Found:
    """``item`` read with the resolved expression ``before`` it (which ends at ``since``) and
    the ``text`` around it: the same time in another zone ("8 a.m.
    ET / 5 a.m. PT"), a weekday in apposition to the day before it ("on 8 October, a
    Tuesday,"), or a weekday offered as the alternative to the one before it ("Monday or
    Tuesday", said on ``today``) or added to one ahead before their hours ("Mon and Tue
    8am-3pm"); a national holiday named right after its day ("9 May: Victory Day parade") or
    the weekday a holiday falls on ("Christmas is on Wednesday") is that day."""
    gap, end = text[since : item.span.start], item.span.end
    if _restated(before.found, item, gap):
        return _on_day_of(item, before.resolution)
    if (
        item.spec.holiday is not None
        and item.spec.holiday.startswith("national:")
        and (
            grammar.holiday_after_its_day.fullmatch(gap)
            or (
                grammar.holiday_on_its_known_day.fullmatch(gap)
                and _a_day_it_is_kept(item.spec.holiday, before.found.spec, grammar)
            )
        )
    ):
        # "9 May: Victory Day parade", "On 9 May, Victory Day,": a holiday no country dates
        # here is the day before it
        return _holiday_named_as(item, before)
    national = _national_table(item, grammar)
    if (
        national is not None
        and grammar.holiday_after_its_day.fullmatch(gap)
        and _a_day_it_is_kept(national, before.found.spec, grammar)
        and not _on_the_day(before.resolution, today)
    ):
        # "12 June: Independence Day fireworks over Manila": a day some country keeps the
        # holiday on, heading its lead, is that country's, not the United States' 4 July;
        # not the dateline, the day of writing ("July 5 — Independence Day fireworks injured
        # 12", written on 5 July, tells of the Fourth)
        return _holiday_named_as(item, before)
    if grammar.weekday_apposition.fullmatch(gap):
        return _count_restating(_weekday_of(item, before.resolution), before)
    if grammar.weekday_alternative.fullmatch(gap) or (
        grammar.weekday_also.fullmatch(gap)
        and grammar.weekday_also_hours.match(text, end, end + _HOURS_REACH)
    ):
        return _weekday_after(item, before, today)
    if grammar.holiday_named_as.fullmatch(gap):
        return _holiday_named_as(item, before)
    if before.found.spec.holiday is not None and grammar.weekday_of_holiday.fullmatch(gap):
        # "Christmas is on Wednesday this year", "falls on a Sunday in 2022": the holiday's
        # day, when it is that weekday
        return _weekday_holiday_falls_on(item, before.resolution)
    if before.resolution.granularity is Granularity.DAY and grammar.weekday_of_day_is.fullmatch(
        gap
    ):
        # "Dec. 25, is a Wednesday": the day's weekday, when it is that day's
        return _weekday_holiday_falls_on(item, before.resolution)
    if grammar.season_of_day_before.fullmatch(gap):
        return _season_of_day(item, before.resolution)
    return item


def _season_of_day(item: Found, first: Resolution) -> Found:
    """A season of no year after a day of its clause ("on April 20, late in the spring") is
    the season of that day's year, when the day is in it (a winter's day of January in the
    winter of the year before)."""
    spec = item.spec
    if (
        spec.season is None
        or spec.year is not None
        or spec.offset is not None
        or spec.relative_year is not None
        or first.interval is None
        or first.granularity is not Granularity.DAY
    ):
        return item
    day = day_of(first.interval[0])
    for year in (day.year, day.year - 1):
        period = season_period(year, spec.season)
        if period.start is not None and period.end is not None and period.start <= day < period.end:
            return attrs.evolve(item, spec=attrs.evolve(spec, year=year))
    return item


def _day_holiday_of_year_falls_on(
    item: Found, holiday: _Item, year: _Item, text: str, grammar: Grammar
) -> Found:
    """The day of a month or the weekday that a holiday of a year counted from the document's
    or written right after it "falls on" is the holiday's, in its year: "Thanksgiving next
    year falls on Nov. 28" (2024-11-28 in November 2023, not the Nov. 28 ahead), "Thanksgiving
    in 2024 falls on Nov. 28", "Christmas next year falls on a Wednesday" (2024-12-25); so is
    the holiday's own day in apposition to it ("Thanksgiving next year, on Nov. 28,")."""
    spec, told = item.spec, holiday.found.spec
    first = holiday.resolution
    if (
        told.holiday is None
        or (told.relative_year is None and told.year is None)
        or first.interval is None
        or first.granularity is not Granularity.DAY
        or year.resolution.granularity is not Granularity.YEAR
        or spec.year is not None
        or spec.offset is not None
        or not grammar.holiday_relative_year.fullmatch(
            text, holiday.found.span.end, year.found.span.start
        )
    ):
        return item
    between = (text, year.found.span.end, item.span.start)
    day = day_of(first.interval[0])
    if grammar.holiday_year_day_apposition.fullmatch(*between):
        if (spec.month, spec.day, spec.weekday) != (day.month, day.day, None):
            return item  # "Thanksgiving next year, on Nov. 30": another day
        return attrs.evolve(item, spec=attrs.evolve(spec, year=day.year))
    if not grammar.weekday_of_holiday.fullmatch(*between):
        return item
    if spec.month is not None and spec.day is not None and spec.weekday is None:
        return attrs.evolve(item, spec=attrs.evolve(spec, year=day.year))
    if spec.weekday is not None or spec.rule == "date.weekday_indefinite":
        return _weekday_holiday_falls_on(item, first)
    return item


_CLAUSE_SUBJECT_REACH = 40  # characters read before a year for the subject it dates


def _holiday_of_clause_year(item: Found, year: _Item, text: str, grammar: Grammar) -> Found:
    """A holiday or a month of no year in a clause whose subject the written ``year`` right
    before it dates is that year's: "Shoppers in 2022 dubbed Black Friday a bust" (2022-11-25,
    not the Black Friday of the document's year), "Retailers in 2021 spent heavily on Cyber
    Monday", "Shoppers in 2022 spent less in March" (2022-03), "Sales in 2021 rose sharply in
    May" (2021-05). So does a sentence's opening "In 2022," date the clause of the subject and
    past verb after its comma: "In 2022, shoppers dubbed Black Friday a bust" (2022-11-25). Not
    across another clause ("In 2022 sales fell; Black Friday is next week"), nor a year in a
    clause of its own before a comma ("The plan, which began in 2021, is to finish by Labor
    Day")."""
    told, spec = year.found.spec, item.spec
    if (
        not (_yearless_holiday(spec) or _yearless_month(spec))
        or spec.relative_year is not None
        or spec.offset is not None
        or told.year is None
        or year.resolution.granularity is not Granularity.YEAR
        or told.offset is not None
    ):
        return item
    start = year.found.span.start
    between = grammar.holiday_clause_year_between.fullmatch(
        text, year.found.span.end, item.span.start
    )
    if between is None:
        return item
    # a subject after a comma is the clause a sentence's opening "In 2022," dates
    before = (
        grammar.holiday_clause_year_opening
        if between.group("subject") is not None
        else grammar.holiday_clause_year_before
    )
    if before.search(text, max(0, start - _CLAUSE_SUBJECT_REACH), start) is None:
        return item
    return _holiday_in_year(item, told)


# The month from which a day belongs to the first year of a span written across two ("the
# 2025-26 school year", "the 2025-26 season"): school years and seasons begin after midsummer.
_SPAN_YEAR_TURN = 7


def _day_of_subject_year(item: Found, year: _Item, text: str, grammar: Grammar) -> Found:
    """A day of a month of no year in a clause whose subject the written ``year`` right before
    it names, told with a verb of its schedule in the present, is that year's: "the 2025
    season starts sept 4" (2025-09-04, not the day of the document's year), "The 2026 tour
    opens March 3"; of a year written across two, "the 2025-26 school year begins Aug. 20", the
    first year for a day from July on (2025-08-20), else the second ("ends June 12":
    2026-06-12). Not after a past verb: "The 2025 budget passed sept 4" stays the document's
    year's."""
    told, spec = year.found.spec, item.spec
    if (
        not _yearless_day(spec)
        or told.year is None
        or year.resolution.granularity is not Granularity.YEAR
        or told.offset is not None
        or grammar.day_subject_year_between.fullmatch(text, year.found.span.end, item.span.start)
        is None
    ):
        return item
    start = year.found.span.start
    before = grammar.day_subject_year_before.search(text, max(0, start - 12), start)
    if before is None:
        return item
    first = before.group("first")
    if first is not None:
        # "2025-26": the day is in the first year or the second, by when such a year turns
        if int(first) + 1 != told.year:
            return item
        dated = int(first) if (spec.month or 0) >= _SPAN_YEAR_TURN else told.year
        return attrs.evolve(item, spec=attrs.evolve(spec, year=dated))
    return attrs.evolve(item, spec=attrs.evolve(spec, year=told.year))


def _weekday_holiday_falls_on(item: Found, first: Resolution) -> Found:
    """The weekday a holiday falls on, ``first`` its resolution: the holiday's day when the
    weekdays agree, also for "a Sunday" (date.weekday_indefinite, "Christmas Day falls on a
    Sunday in 2022"), which otherwise stays any Sunday."""
    kind = _SET_WEEKDAY.fullmatch(item.spec.literal or "")
    if item.spec.rule != "date.weekday_indefinite" or kind is None:
        return _weekday_of(item, first)
    if first.interval is None or first.granularity is not Granularity.DAY:
        return item
    day = day_of(first.interval[0])
    if day.isoweekday() != int(kind[1]):
        return item
    placed = _on_day(item, day)
    return attrs.evolve(placed, spec=attrs.evolve(placed.spec, literal=None))


def _holiday_in_year_after_its_weekday(
    text: str, found: Sequence[Found], k: int, grammar: Grammar
) -> Found:
    """A holiday of no year whose weekday is followed by a year is of that year: "Christmas Day
    falls on a Sunday in 2022" (2022-12-25), "Independence Day fell on a Tuesday last year"
    (the document's year before), "Christmas falls on a Sunday this year"."""
    item = found[k]
    spec = item.spec
    if not _yearless_holiday(spec) or spec.relative_year is not None:
        return item
    if k + 2 >= len(found):
        return item
    weekday, told = found[k + 1], found[k + 2]
    if weekday.spec.weekday is None and _SET_WEEKDAY.fullmatch(weekday.spec.literal or "") is None:
        return item
    if (
        grammar.weekday_of_holiday.fullmatch(text, item.span.end, weekday.span.start) is None
        or grammar.weekday_of_holiday_year.fullmatch(text, weekday.span.end, told.span.start)
        is None
    ):
        return item
    year, offset = told.spec, told.spec.offset
    if (
        year.year is not None
        and year.month is None
        and year.season is None
        and year.quarter is None
    ):
        return _holiday_in_year(item, year)  # a year alone: the holiday of that year
    if (
        offset is not None
        and offset.unit is Unit.YEAR
        and offset.amount is not None
        and offset.most is None
        and year.anchor is AnchorPolicy.DEICTIC
    ):
        return attrs.evolve(item, spec=attrs.evolve(spec, relative_year=offset.amount))
    return item


def _national_table(item: Found, grammar: Grammar) -> str | None:
    """The table of the days each country keeps the holiday ``item`` names on, as
    "national:TABLE", when a country's name would change its day ("Independence Day": the
    United States' 4 July with none named); None for another holiday."""
    if item.spec.holiday is None or item.spec.holiday.startswith("national:"):
        return None
    table = grammar.vocabulary.get("national_day", {}).get(item.text.lower())
    return None if table is None else f"national:{table}"


def _on_the_day(resolution: Resolution, today: dt.date | None) -> bool:
    """Whether ``resolution`` is the day ``today`` (the document's date), as a dateline is."""
    if today is None or resolution.interval is None:
        return False
    return resolution.granularity is Granularity.DAY and day_of(resolution.interval[0]) == today


def _a_day_it_is_kept(holiday: str, told: Spec, grammar: Grammar) -> bool:
    """Whether the month and day ``told`` are a day some country keeps the national
    ``holiday`` ("national:victory_day") on: 9 May or 8 May for Victory Day, not 3 May."""
    if told.month is None or told.day is None:
        return False
    table = grammar.vocabulary.get(holiday.removeprefix("national:"), {})
    return f"{told.month:02d}-{told.day:02d}" in {str(day) for day in table.values()}


def _holiday_named_as(item: Found, before: _Item) -> Found:
    """A holiday named as the day before it ("12 June 1898, a date still celebrated as
    Independence Day") is that day; named as a day of no year ("In Russia, 9 May is celebrated
    as Victory Day"), it is that day of the month, as the day is."""
    first, told = before.resolution, before.found.spec
    if item.spec.holiday is None:
        return item
    yearly = _holiday_every_year(item, told)
    if yearly is not None:  # "Algeria marks 5 July as Independence Day": in any year
        return yearly
    if first.interval is None:
        if told.month is None or told.day is None or told.year is not None:
            return item
        spec = attrs.evolve(item.spec, holiday=None, month=told.month, day=told.day)
        return attrs.evolve(item, spec=spec)
    if first.granularity is not Granularity.DAY:
        return item
    day = day_of(first.interval[0])
    spec = attrs.evolve(item.spec, holiday=None, year=day.year, month=day.month, day=day.day)
    return attrs.evolve(item, spec=spec)


def _on_day_of(item: Found, first: Resolution) -> Found:
    """The second of "Friday at 8 a.m. ET / 5 a.m. PT" falls on the first one's day."""
    spec = item.spec
    if spec.has_calendar_fields or spec.offset is not None or first.interval is None:
        return item
    start = first.interval[0]
    if not isinstance(start, dt.datetime) or first.granularity is None:
        return item
    return _on_day(item, start.date())


def _on_day(item: Found, day: dt.date) -> Found:
    """``item`` placed on ``day``: its spec names that day, no longer counted from an anchor."""
    spec = attrs.evolve(item.spec, year=day.year, month=day.month, day=day.day, offset=None)
    return attrs.evolve(item, spec=spec)


def _month_aside(text: str, item: Found, grammar: Grammar) -> bool:
    """Whether ``item`` is a month that the news names aside, not as the time it goes on in:
    the start of a state that runs to now ("unemployed since oct."), a record's month ("the
    hottest june on record"), a comparison's ("its biggest fall since October 2008, after
    losing 6.2 percent a day earlier": the day before the fall); a bare day after it ("on the
    28th") is not of it."""
    spec = item.spec
    if spec.month is None or spec.day is not None:
        return False
    start, end = item.span.start, item.span.end
    return (
        grammar.month_aside_before.search(text, max(0, start - 8), start) is not None
        or grammar.month_aside_after.match(text, end) is not None
    )


def _year_back_comparison(text: str, sentence: Span, item: Found, grammar: Grammar) -> bool:
    """Whether ``item`` is a year back from the document date inside its sentence, where the
    news compares figures with it ("profit rose to $80 million from $72 million a year ago"):
    it dates nothing the report goes on with, so a second comparison ("from $1.1 billion a
    year earlier") is with the same year. One that opens its sentence ("A year ago, the company
    was sold. That spring, ...") tells what happened then, and dates what follows."""
    spec, offset = item.spec, item.spec.offset
    return (
        offset is not None
        and offset.unit is Unit.YEAR
        and offset.amount == -1
        and spec.counted
        and spec.anchor is not AnchorPolicy.ANAPHORIC  # "a year ago", not "a year earlier"
        and spec.month is None
        and spec.season is None
        and grammar.story_opener.fullmatch(text, sentence.start, item.span.start) is None
    )


def _holiday_every_year(item: Found, told: Spec) -> Found | None:
    """The holiday ``item`` as the day of every year ``told`` is a set of, the day it is kept
    on ("marks 5 July as Independence Day", "celebrate Liberation Day every 14 June": in any
    year, XXXX-07-05); None when ``told`` is no such set. Both holiday steps read it: the day
    named before the holiday (:func:`_holiday_named_as`) and after it (:func:`_holiday_of_year`)."""
    yearly = _SET_MONTH_DAY.fullmatch(told.literal or "") if told.type is TimexType.SET else None
    if yearly is None:
        return None
    return attrs.evolve(item, spec=attrs.evolve(item.spec, holiday=None, literal=yearly[0]))


def _holiday_of_year(item: Found, after: Found, gap: str, grammar: Grammar) -> Found:
    """A holiday without a year that its clause says was held in a year named right after it
    is of that year ("The first Anzac Day was held in 1916"), not of the year the story is in;
    one a yearly day after it says is kept on it is that day in any year ("celebrate Liberation
    Day every 14 June": XXXX-06-14); when it names the day ("Armistice Day was first observed
    on 11 November 1919", "the Tet holiday, which fell on 30 January 1968"), the holiday is
    that day, whatever calendar computed it."""
    spec, told = item.spec, after.spec
    if not _yearless_holiday(spec):
        return item
    if told.type is TimexType.SET:
        # "the islanders celebrate Liberation Day every 14 June": the day in any year
        yearly = _holiday_every_year(item, told)
        if yearly is None or not grammar.holiday_kept_on.fullmatch(gap):
            return item
        return yearly
    if told.year is None or grammar.holiday_held_in.fullmatch(gap) is None:
        return item
    return _holiday_in_year(item, told)


def _yearless_holiday(spec: Spec) -> bool:
    """Whether ``spec`` is a holiday written without a year ("Anzac Day", not "Anzac Day
    1916"): one a year named after it may date (:func:`_holiday_of_year`,
    :func:`_holiday_in_year_after_its_weekday`)."""
    return spec.holiday is not None and spec.year is None


def _yearless_month(spec: Spec) -> bool:
    """Whether ``spec`` is a month written without a year ("in March"): one a clause's written
    year may date (:func:`_holiday_of_clause_year`). Not a day of one: "A resolution adopted
    in 1977 designated Nov. 29 as the day" names a day of every year."""
    return (
        spec.type is TimexType.DATE
        and spec.month is not None
        and spec.day is None
        and spec.year is None
        and spec.weekday is None
        and spec.hour is None
        and spec.anchor is AnchorPolicy.ABSOLUTE
    )


def _yearless_day(spec: Spec) -> bool:
    """Whether ``spec`` is a day of a month written without a year or a weekday ("sept 4"):
    one a year its clause's subject names may date (:func:`_day_of_subject_year`)."""
    return (
        spec.type is TimexType.DATE
        and spec.month is not None
        and spec.day is not None
        and spec.year is None
        and spec.weekday is None
        and spec.hour is None
        and spec.anchor is AnchorPolicy.ABSOLUTE
    )


def _holiday_in_year(item: Found, told: Spec) -> Found:
    """``item``, a holiday of no year, dated by ``told``, a date with a year named after it:
    the day ``told`` names when it names one and no clock time ("Armistice Day was first
    observed on 11 November 1919": 1919-11-11), whatever calendar computed the holiday; else
    the holiday in the year ``told`` writes ("was held in 1916", "falls on a Sunday in
    2022")."""
    spec = item.spec
    if told.month is not None and told.day is not None and told.hour is None:
        return attrs.evolve(item, spec=attrs.evolve(told, rule=spec.rule, mod=spec.mod))
    return attrs.evolve(item, spec=attrs.evolve(spec, year=told.year))


def _as_many_counted(item: Found, text: str, start: int, grammar: Grammar) -> Found:
    """ "in as many years" (a vague PXY as found) counted by the number of the things before
    it in its sentence (which begins at ``start``), or the rank of the last of them, the one
    nearest "in as many": "three Mediterranean deployments in as many years" is P3Y, "his
    second meltdown in as many years" P2Y, "The second team scored four goals in as many
    minutes" PT4M."""
    literal = item.spec.literal
    if not item.spec.as_many or literal is None or "X" not in literal:
        return item
    # the count nearest "in as many", not the leftmost ("The second team scored four goals
    # in as many minutes": four); searched in place, so the look-behind sees what precedes
    found = None
    pos = start
    while (nearer := grammar.as_many_count.search(text, pos, item.span.start)) is not None:
        found, pos = nearer, nearer.start() + 1
    if found is None:
        return item
    if found["nth"] is not None:  # "his second meltdown in as many years": the last of two
        meaning = grammar.lookup("ordinal", found["nth"].lower())
    else:
        word = found["count"].lower()
        meaning = word if word.isdigit() else grammar.lookup("number", word)
    if not isinstance(meaning, (int, str)) or not str(meaning).isdigit():
        return item
    literal = literal.replace("X", str(int(meaning)), 1)
    return attrs.evolve(item, spec=attrs.evolve(item.spec, literal=literal))


def _season_of_year(item: Found, after: Found, gap: str, grammar: Grammar) -> Found:
    """A season without a year whose clause ends on the year it was in is of that year: "The
    ship spent the winter in Malta in 1942" (1942-WI), not a season of no year or of the
    year the story was at (see ``Grammar.season_year_in`` for what may stand between)."""
    spec, told = item.spec, after.spec
    if (
        spec.season is None
        or spec.year is not None
        or spec.offset is not None
        or spec.story_season is not None
        or told.year is None
        or told.month is not None
        or told.season is not None
        or told.offset is not None
        or told.type is not TimexType.DATE
        or grammar.season_year_in.fullmatch(gap) is None
    ):
        return item
    return attrs.evolve(item, spec=attrs.evolve(spec, year=told.year))


def _never() -> bool:
    """A cue the text does not give (see :attr:`~chrono.anchor.WeekendCues.clause_past`)."""
    return False


def _weekend_cues(
    text: str,
    found: Sequence[Found],
    k: int,
    before: _Item | None,
    start: int,
    posted: dt.date | None,
    grammar: Grammar,
    told_past: Callable[[], bool],
) -> WeekendCues | None:
    """What the text says around the ``k``th expression, a weekend (None for any other), of
    which weekend it is (see :func:`~chrono.anchor.weekend_meant`): the date of its run named
    before it in its sentence (which begins at ``start``), a past verb right after "this
    weekend" or its clause told in the past (``told_past``, a scan left to
    :func:`~chrono.anchor.weekend_meant`, which asks it only when the answer counts), the
    month "in" right after it; told on ``posted``."""
    item = found[k]
    offset = item.spec.offset
    if offset is None or offset.unit is not Unit.WEEKEND:
        return None
    run = None
    if item.spec.of_run and before is not None and before.found.span.start >= start:
        # the date named before it in its sentence (one in another sentence is none: in
        # box-office copy, the weekend nearest by tense)
        word = item.text.split()[0].lower()
        ranks = grammar.vocabulary["run_rank"]  # "opening", "debut"
        rank = ranks[word] if word in ranks else grammar.lookup("ordinal", word)
        first = before.resolution
        day = None
        if first.interval is not None and first.granularity is Granularity.DAY:
            day = day_of(first.interval[0])
        run = RunOpening(
            rank=rank if isinstance(rank, int) else None,
            day=day,
            dated=before.found.spec.has_calendar_fields,
        )
    past_verb = False
    clause_past: Callable[[], bool] = _never
    if (
        offset.amount == 0
        and posted is not None
        and grammar.weekend_past_not_before.search(
            text, max(0, item.span.start - 8), item.span.start
        )
        is None
    ):
        past_verb = grammar.weekend_past_after.match(text, item.span.end) is not None
        if not past_verb and grammar.weekend_ahead_after.match(text, item.span.end) is None:
            clause_past = told_past  # scanned only when weekend_meant asks
    in_month = None
    if k + 1 < len(found) and _IN_MONTH_GAP.fullmatch(text, item.span.end, found[k + 1].span.start):
        in_month = found[k + 1].spec
    return WeekendCues(
        told_on=posted, told_past=past_verb, clause_past=clause_past, run=run, in_month=in_month
    )


# What stands between a weekend and the month it is in ("its opening weekend in July").
_IN_MONTH_GAP = re.compile(r"[ \t]+in[ \t]+")

# How far back "since" or a last treatment is searched before a day ("since [**", "Last dose
# of Remicade was on ").
_SINCE_REACH = 48
# What joins the clock times of one instant said in several zones ("9pm ET / 6pm PT").
_ZONE_LIST = re.compile(r"[ \t]*/[ \t]*")
# The UTC offset a zoned clock time's value ends with ("2024-03-11T18:00-07:00").
_VALUE_OFFSET = re.compile(r"(?P<sign>[+-])(?P<hours>\d\d):(?P<minutes>\d\d)\Z")
# The range of the world's UTC offsets, in minutes (UTC-12 to UTC+14), and a day's minutes.
_MIN_OFFSET, _MAX_OFFSET, _DAY_MINUTES = -12 * 60, 14 * 60, 24 * 60
# A month day moved by zones (see _month_day_moved): a year with no 29 February, for the months'
# lengths when no year is known; February; how near the document's month a month day is taken
# in the document's year.
_COMMON_YEAR, _FEBRUARY, _NEAR_MONTHS = 2001, 2, 2
# How far back a reporting verb is searched before the day of its report ("said in a statement
# late on Tuesday").
_REPORT_REACH = 60
# How far back a closure's verb is searched before "until" and its day ("closed to
# high-sided vehicles until").
_CLOSURE_REACH = 60
# The end of a sentence or a line right after a closure's end (see _CLOSURE_REACH).
_CLOSURE_END = re.compile(r"[ \t]*(?:[.;!]|\n|\Z)")


def _clock_on_day_after(item: Found, after: Found, gap: str, grammar: Grammar) -> Found:
    """A clock time right before the day it is on, the two tagged apart ("at 11:05 AM on
    [**3-5**]": the day's extent is inside the placeholder; "at 5 a.m. on Easter Monday, 24
    April 1916": the date is in apposition to the holiday), is that day's time, not the day's
    the text last named; so is a part of the day ("at vespers on Easter Monday, 30 March 1282",
    "in the evening on 29 May 1453")."""
    spec, day = item.spec, after.spec
    if spec.has_calendar_fields or spec.weekday is not None:
        return item
    if day.month is None or day.day is None or day.hour is not None or day.offset is not None:
        return item
    if not any(ch.isdigit() for ch in after.text):
        # a day written out ("30 March 1282"), not one a name stands for, which may be another
        # operation's ("By nightfall on D-Day": the D-Day the story gave, not 6 June 1944)
        return item
    if spec.hour is not None:
        if spec.offset is not None:
            return item
        placeholder = grammar.clock_on_day_between.fullmatch(gap)  # "on [**3-5**]"
        joined = placeholder or grammar.time_on_day_between.fullmatch(gap)
    elif spec.part_of_day is not None:
        # "the evening" is the evening of the day the story is at (a shift of no days)
        if spec.offset is not None and spec.offset != RelativeOffset(unit=Unit.DAY, amount=0):
            return item
        joined = grammar.time_on_day_between.fullmatch(gap)
    else:
        return item
    if joined is None:
        return item
    on_day = attrs.evolve(spec, year=day.year, month=day.month, day=day.day, offset=None)
    return attrs.evolve(item, spec=on_day)


def _clock_of_zone_restated(item: Found, after: Found, gap: str, grammar: Grammar) -> Found:
    """A local clock time restated in another zone in brackets right after it, which alone
    names the day ("at 4:17 a.m. local time (0117 GMT Monday)"), is on the day the difference
    of the two clocks puts it: Monday's 4:17 (three hours ahead of GMT), and "7:58 a.m. (2358
    GMT Tuesday)" Wednesday's, "9:30 p.m. EST (0230 GMT Monday)" Sunday's, and "9:30 p.m. EST
    (0130 GMT Tuesday)" Monday's, EST written for EDT in the summer (see _zone_offsets); not
    the day the text last named."""
    spec, told = item.spec, after.spec
    if spec.hour is None or spec.has_calendar_fields or spec.offset is not None:
        return item
    bare_weekday = told.offset is not None and told.offset.amount is None
    if (
        told.hour is None
        or told.weekday is None
        or told.names_more_than_a_weekday
        or not bare_weekday
        or told.tz_offset is None
    ):
        return item
    if not grammar.clock_zone_restated_between.fullmatch(gap):
        return item
    # the same instant: local - (its zone's offset) = told - (the told zone's offset), a
    # whole number of days apart; with the local zone unknown, the days whose offset the
    # world's zones (UTC-12 to UTC+14) allow, kept only when one day is; a told zone named
    # without its season ("1:17 a.m. ET Monday") at either of its clocks, kept when both put
    # the local clock on one day ("8:17 a.m. local time (1:17 a.m. ET Monday)": Monday's)
    apart = spec.hour * 60 + (spec.minute or 0) - (told.hour * 60 + (told.minute or 0))
    summer = grammar.summer_offset(spec.tz_name) if spec.tz_name else None
    days: set[int] = set()
    for told_zone in _zone_offsets(told.tz_offset):
        same_day_offset = told_zone + apart
        if spec.tz_offset is not None:
            days.update(
                [
                    shift
                    for zone in _zone_offsets(spec.tz_offset, summer)
                    for shift, rest in [divmod(zone - same_day_offset, _DAY_MINUTES)]
                    if rest == 0
                ][:1]
            )
        else:
            days.update(_possible_day_shifts(same_day_offset))
    if len(days) != 1:  # "9 p.m. local time (0700 GMT Tuesday)": UTC+14 or UTC-10
        return item
    weekday = (told.weekday - 1 + days.pop()) % 7 + 1
    return attrs.evolve(item, spec=attrs.evolve(spec, weekday=weekday, offset=told.offset))


def _zone_restated(text: str, a: Found, b: Found) -> bool:
    """Whether ``b`` restates the clock time ``a`` in another zone after a slash, both with
    their zones ("9pm ET / 6pm PT"): a link of the chains that :func:`_clock_in_zones_on_day`
    walks forward and ``_Reading._latest_of_zones`` back."""
    return (
        a.spec.hour is not None
        and a.spec.tz_offset is not None
        and b.spec.hour is not None
        and b.spec.tz_offset is not None
        and _ZONE_LIST.fullmatch(text, a.span.end, b.span.start) is not None
    )


def _clock_in_zones_on_day(
    text: str, found: Sequence[Found], k: int, posted: dt.date | None
) -> Found:
    """The ``k``th expression, a zoned clock time restated in other zones after slashes, the
    last of which names its day ("drops at 10am PT / 1pm ET on March 14", "10 AM PDT / 1 PM
    EDT / 6 PM BST Thursday"), on that day, or the day before or after it when the zones put
    the restatement past midnight ("6pm PT / 2am BST Saturday" is Friday's 6pm, "11pm PT / 7am
    BST on 16 September" the 15th's 11pm), not on the day the text last named. A day named by
    month and day moves across its month's ends as the calendar does (see _month_day_moved:
    "11pm PT / 7am BST on 1 October" is 30 September's 11pm), the document's date being
    ``posted``."""
    item = found[k]
    spec = item.spec
    if spec.hour is None or spec.tz_offset is None or spec.has_calendar_fields:
        return item
    if spec.offset is not None:  # "tonight", "tomorrow" name their own day
        return item
    j = k
    while True:
        if j + 1 >= len(found):
            return item
        b = found[j + 1]
        if not _zone_restated(text, found[j], b):
            return item
        j += 1
        if b.spec.has_calendar_fields or b.spec.offset is not None:
            break
    told = found[j].spec
    if told.hour is None or told.tz_offset is None:  # the loop took none without them
        return item
    own_zone = _standard_minutes(spec.tz_offset)
    told_zone = _standard_minutes(told.tz_offset)
    if own_zone is None or told_zone is None:
        return item
    here = spec.hour * 60 + (spec.minute or 0) - own_zone
    there = told.hour * 60 + (told.minute or 0) - told_zone
    shift = round((there - here) / _DAY_MINUTES)
    if told.month is not None and told.day is not None and told.offset is None:
        moved = _month_day_moved(told.year, told.month, told.day, shift, posted)
        if moved is None:
            return item
        weekday = None if told.weekday is None else (told.weekday - 1 + shift) % 7 + 1
        year, month, day = moved
        return attrs.evolve(
            item, spec=attrs.evolve(spec, year=year, month=month, day=day, weekday=weekday)
        )
    bare_weekday = told.offset is not None and told.offset.amount is None
    if told.weekday is None or told.names_more_than_a_weekday or not bare_weekday:
        return item
    weekday = (told.weekday - 1 + shift) % 7 + 1
    return attrs.evolve(item, spec=attrs.evolve(spec, weekday=weekday, offset=told.offset))


def _month_day_moved(
    year: int | None, month: int, day: int, shift: int, posted: dt.date | None
) -> tuple[int | None, int, int] | None:
    """The year (when known), month and day ``shift`` days from a month's ``day``: across the
    month's ends too, when its length and its neighbour's are known ("on 1 October" a day back
    is 30 September). February's length needs the year: the one written, else the document's
    (``posted``) when it is dated within two months of the day in its year ("9am JST / 8pm ET
    on 28 February", written on 20 February 2024: the 29th); so does a move across a year's
    end. None when the day cannot be told, or is not a day of the calendar."""
    if year is None and posted is not None and abs(posted.month - month) <= _NEAR_MONTHS:
        year = posted.year
    try:
        base = dt.date(year or _COMMON_YEAR, month, day)
    except ValueError:
        return None
    moved = base + dt.timedelta(days=shift)
    if year is not None:
        return moved.year, moved.month, moved.day
    if moved.year != base.year or (moved.month != month and _FEBRUARY in (month, moved.month)):
        return None  # "on 1 March" a day back: 28 or 29 February, as the year has it
    return None, moved.month, moved.day


def _standard_minutes(zone: str) -> int | None:
    """The minutes east of UTC of a zone's offset ("-07:00") or of an IANA zone's standard
    time ("America/Los_Angeles": -480), which is near enough to tell which day a restated
    clock is on; None for an unknown zone."""
    offsets = _zone_offsets(zone)
    return offsets[0] if offsets else None


def _zone_offsets(zone: str, summer: str | None = None) -> list[int]:
    """The minutes east of UTC a clock time's ``zone`` may be at, its standard time first: a
    fixed offset ("-05:00"), and ``summer``, the offset of its summer time, too when the
    writer names the standard time all year ("EST" in September: see
    :meth:`~chrono.extract.grammar.Grammar.summer_offset`); an IANA zone named without its
    season ("ET": "America/New_York") at its standard and its summer time, as the zone data
    gives them (the least and the most of January's and July's); none for an unknown
    zone."""
    if _VALUE_OFFSET.fullmatch(zone):
        return [offset_minutes(zone)] + ([offset_minutes(summer)] if summer else [])
    tz = time_zone(zone)
    if tz is None:
        return []
    offsets = {dt.datetime(2001, month, 1, tzinfo=tz).utcoffset() for month in (1, 7)}
    return sorted(int(o.total_seconds()) // 60 for o in offsets if o is not None)


def _possible_day_shifts(same_day_offset: int) -> list[int]:
    """The days (-1, 0, 1) by which a clock time restating another in an unknown zone can be
    off it: those that put the unknown zone's offset, ``same_day_offset`` minutes on the same
    day, within the world's zones (UTC-12 to UTC+14)."""
    return [
        shift
        for shift in (-1, 0, 1)
        if _MIN_OFFSET <= same_day_offset + shift * _DAY_MINUTES <= _MAX_OFFSET
    ]


# The units a count in apposition restates a date in, at their granularity: "in 1782, 36 years
# later", "on 8 May 1945, five years later" (1945), "on 9 May, four days later", "on 17 January
# 1912, five weeks later" (the week of 17 January), "in 2022, nearly two decades later" (the
# 2020s), "in 1962, a century later" (the 20th century).
_RESTATED_UNITS = {
    Unit.CENTURY: Granularity.CENTURY,
    Unit.DECADE: Granularity.DECADE,
    Unit.YEAR: Granularity.YEAR,
    Unit.MONTH: Granularity.MONTH,
    Unit.WEEK: Granularity.WEEK,
    Unit.DAY: Granularity.DAY,
}
_RESTATING_UNIT = {granularity: unit for unit, granularity in _RESTATED_UNITS.items()}
_UNIT_STEPS = tuple(_RESTATED_UNITS)  # from the coarsest


def _count_restating(item: Found, before: _Item) -> Found:
    """A count from the story's date in apposition to a date the text names ("it was repealed
    in 1782, 36 years later") restates that date: it is 1782, not 36 years after it (the count
    runs from the date the story had reached before, which the named date already tells), at
    the count's unit: "on 8 May 1945, five years later" is 1945; or at the date's, when it is
    the next coarser unit: "in March 1912, five weeks later" is March 1912, "in 1788, 18 months
    later" 1788, "in the 1920s, two years later" the 1920s (were April 1912, 1789, and two
    years after the story's date)."""
    spec, first = item.spec, before.resolution
    offset = _story_count(spec)
    if offset is None:
        return item
    clock = _clock_restated(item, offset, before)
    if clock is not None:
        return clock
    if (
        before.found.spec.anchor is not AnchorPolicy.ABSOLUTE
        or first.interval is None
        or first.granularity is None
        or offset.unit not in _RESTATED_UNITS
    ):
        return item
    unit = offset.unit
    if COARSE_ORDER.index(first.granularity) < COARSE_ORDER.index(_RESTATED_UNITS[unit]):
        coarser = _RESTATING_UNIT.get(first.granularity)
        if coarser is None or _UNIT_STEPS.index(coarser) != _UNIT_STEPS.index(unit) - 1:
            # a season, a quarter or a half, or a date much coarser than the count: counted
            # from ("elected in 2005, a day earlier vowed": a new clause's count, not 2005)
            return item
        unit = coarser
    day = day_of(first.interval[0])
    return attrs.evolve(item, spec=attrs.evolve(_restated_in(spec, unit, day), offset=None))


def _restated_in(spec: Spec, unit: Unit, day: dt.date) -> Spec:
    """``spec`` naming the ``unit`` (one of _RESTATED_UNITS) that holds ``day``: its century,
    decade, year, month, week or the day itself."""
    if unit is Unit.CENTURY:
        return attrs.evolve(spec, century=day.year // 100)
    if unit is Unit.DECADE:
        return attrs.evolve(spec, decade=day.year // 10)
    if unit is Unit.WEEK:
        return attrs.evolve(
            spec, year=day.year, month=day.month, day=day.day, granularity=Granularity.WEEK
        )
    month = day.month if unit is not Unit.YEAR else None
    return attrs.evolve(spec, year=day.year, month=month, day=day.day if unit is Unit.DAY else None)


def _story_count(spec: Spec) -> RelativeOffset | None:
    """The offset of ``spec`` when it is a count from the story's date alone ("36 years
    later", "half an hour later"), which a date or a clock time just before it may restate;
    else None."""
    offset = spec.offset
    if (
        not spec.counted
        or spec.anchor is not AnchorPolicy.ANAPHORIC
        or spec.has_calendar_fields
        or offset is None
        or not offset.amount
    ):
        return None
    return offset


def _clock_restated(item: Found, offset: RelativeOffset, before: _Item) -> Found | None:
    """A count of hours or minutes (``offset``, see :func:`_story_count`) in apposition to a
    clock time the text gives ("began at 05:20, half an hour later") restates that time, as a
    count of days restates a date; None for any other count."""
    spec, first = item.spec, before.resolution
    if (
        offset.unit not in (Unit.HOUR, Unit.MINUTE)
        or before.found.spec.offset is not None
        or before.found.spec.hour is None
        or first.interval is None
    ):
        return None
    start = first.interval[0]
    if not isinstance(start, dt.datetime):
        return None
    told = before.found.spec
    dated = attrs.evolve(
        spec,
        year=start.year,
        month=start.month,
        day=start.day,
        hour=told.hour,
        minute=told.minute,
        tz_offset=told.tz_offset,
        tz_name=told.tz_name,
        offset=None,
    )
    return attrs.evolve(item, spec=dated)


def _bare_weekday_and_day(spec: Spec, first: Resolution) -> dt.date | None:
    """The day ``first`` resolved to, when ``spec`` is a weekday alone ("Tuesday", not "next
    Tuesday" nor "Tuesday, March 3") and ``first`` a whole day; else None."""
    offset = spec.offset
    if (
        spec.weekday is None
        or spec.names_more_than_a_weekday
        or (offset is not None and offset.amount is not None)
        or spec.literal is not None
        or first.interval is None
        or first.granularity is not Granularity.DAY
    ):
        return None
    return day_of(first.interval[0])


def _weekday_of(item: Found, first: Resolution) -> Found:
    """The weekday of "on 8 October, a Tuesday," or "on Election Day, Tuesday," is that day,
    when it is that day's weekday (not the nearest Tuesday by tense)."""
    day = _bare_weekday_and_day(item.spec, first)
    if day is None or day.isoweekday() != item.spec.weekday:
        return item
    return _on_day(item, day)


def _weekday_after(item: Found, first: _Item, today: dt.date | None) -> Found:
    """A weekday offered as the alternative to a weekday ahead ("will meet Monday or Tuesday",
    said on a Tuesday) is ahead too, not today or behind it: in the week ahead when the first
    is in it, each the next such day after today ("free Mon or Fri", said on a Tuesday, offers
    next Monday and this Friday; "Monday or Tuesday" the Tuesday a week on), else in the days
    that follow the first, one stretch in order. So is the one a correction sets aside ("The
    ceremony is Saturday, not Sunday"), and one added to a weekday ahead ("Book fair Mon and
    Tue", said on a Tuesday: the Tuesday after that Monday)."""
    spec, before = item.spec, first.found.spec
    day = _bare_weekday_and_day(spec, first.resolution)
    if today is None or day is None or before.weekday in (None, spec.weekday) or day <= today:
        return item
    assert spec.weekday is not None  # (a bare weekday: see _bare_weekday_and_day)
    if day - today <= _WEEK:
        # both in the week ahead: each is its next one after today ("free Mon or Fri", said
        # on a Tuesday, offers this Friday), and today's weekday the one a week on
        ahead = (spec.weekday - today.isoweekday()) % 7 or 7
        return _on_day(item, today + dt.timedelta(days=ahead))
    return _on_day(item, day + dt.timedelta(days=(spec.weekday - day.isoweekday()) % 7))


_WEEK = dt.timedelta(days=7)


# A clock time this late in the evening, and one this early in the morning: "At 11:45 p.m. ...
# At 12:30 a.m. she became hypotensive", "last seen normal at 22:30 the night before
# admission and awoke at 0600" go on past midnight, into the next day.
_LATE_HOUR = 20
# A story told by the clock goes forward: its small hours after an evening's clock time, from
# 17:00 ("the battle began at 17:00. Beatrice fell at 02:00"), are the next day's
_STORY_LATE_HOUR = 17
# Before it, a clock time of the small hours is still the night's ("back by 02:50"): the day
# after it is the morning of its own date
_DAWN_HOUR = 5
_EARLY_HOUR = 7
_NOON = 12
_EVENING_HOUR = 18  # from here a clock time is the evening's: a bare one after it goes on in it
_EVENT_REACH = 40  # characters read before a clock time for its evening's event
_MORNING_REACH = 70  # characters read before a bare hour and its zone for its morning's event


def _runs_late(spec: Spec, *, night_of: bool = False, story: bool = False) -> bool:
    """Whether a clock time in the small hours after ``spec`` may have gone on past midnight:
    after a clock time ("At 11:45 p.m. ... At 12:30 a.m."), or after the night before a day
    ("Last night at 3am she woke with rigors": 3am of the note's day, whose eve the night
    is), or after the night of a named day ("Tuesday night ... shortly before 1 a.m.": the
    Wednesday's small hours; a history's "on the night of 4 December", ``night_of``, tags the
    day alone), or in a ``story`` after any evening or night ("By nightfall", "That night").
    Not after a note's "overnight" or "tonight", nights named by the day they start on, which
    its clock times keep to."""
    if spec.hour is not None or (night_of and spec.day is not None and spec.part_of_day is None):
        return True
    if story and spec.part_of_day in ("EV", "NI"):
        return True
    if spec.part_of_day != "NI":
        return False
    if spec.has_calendar_fields:
        return True
    offset = spec.offset
    return offset is not None and offset.unit is Unit.DAY and offset.amount == -1


def _counts_days_from_dct(spec: Spec) -> bool:
    """Whether ``spec`` names a day by counting from the document's: a weekday ("Monday") or
    a day before it ("yesterday", "two days ago")."""
    if spec.weekday is not None and spec.month is None:
        return True
    offset = spec.offset
    return (
        spec.anchor is AnchorPolicy.DEICTIC
        and offset is not None
        and offset.unit is Unit.DAY
        and isinstance(offset.amount, int)
        and offset.amount < 0
    )


def _may_follow_a_night(spec: Spec) -> bool:
    """Whether ``spec`` is a clock time alone ("At 03:47") or a morning alone after a night
    ("At dawn": ``after_night``): what the night before it may move to the next day (see
    _after_midnight; _evening_of_night asks more). Checked before the found expressions are
    walked back, as most are no such thing."""
    morning = spec.after_night and spec.part_of_day == "MO"
    if spec.hour is None and not morning:
        return False
    return not (spec.has_calendar_fields or (spec.offset is not None and not morning))


def _after_midnight(
    before: Resolution, spec: Spec, res: Resolution, *, story: bool = False
) -> dt.date | None:
    """The next day, when ``res``, a clock time alone in the small hours ("12:30 a.m."), was
    placed on the day of the late evening clock time just before it ("at 11:45 p.m."; in a
    ``story``, any evening's, "at 17:00"): the story went on past midnight; so does a morning
    alone ("At dawn", "first light", "in the morning": ``after_night``) after a night that runs
    late (see _runs_late: in a story any evening or night, in news a named one, "late last
    night"). None otherwise.
    (A note's "overnight" is the night the note's date ends, TNI of that date: a clock time
    after it is that date's, "at 0300".)"""
    if not _may_follow_a_night(spec):
        return None
    if before.interval is None or res.interval is None:
        return None
    late, early = before.interval[0], res.interval[0]
    if not isinstance(early, dt.datetime):
        return None
    if not isinstance(late, dt.datetime) or before.granularity is Granularity.PART_OF_DAY:
        # the night or the evening of a day (see _runs_late), whatever hour it starts at
        late = dt.datetime.combine(day_of(late), dt.time(_LATE_HOUR))
    late_hour = _STORY_LATE_HOUR if story else _LATE_HOUR
    if late.date() != early.date() or late.hour < late_hour or early.hour >= _EARLY_HOUR:
        return None
    return early.date() + dt.timedelta(days=1)


# Overlord's D-Day, or another operation's when the text gave it one (see _Reading.d_day)
_D_DAY = re.compile(r"[DG]-[Dd]ay")


def _goes_back(res: Resolution, previous: Reference | None) -> bool:
    """Whether ``res`` is a day or finer before the date the story is at, ``previous``."""
    ref = res.reference
    if ref is None or previous is None or ref.shift != previous.shift:
        return False
    return ref.date < previous.date and COARSE_ORDER.index(ref.granularity) >= DAY_INDEX


def _of_the_night(res: Resolution) -> Resolution:
    """``res``, a clock time in the small hours of a night the story reached ("back by
    02:50"), as the story's anchor: its day is still the night's, so that "the following
    morning" is the morning of the same date, not the day after it."""
    ref = res.reference
    if ref is None or ref.moment is None:
        return res
    return attrs.evolve(res, shifted_reference=attrs.evolve(ref, ends_day=True))


def _at_midnight(res: Resolution) -> Resolution:
    """``res``, the second day of a night told by its two days ("the night of 7–8 August"),
    as the story's anchor: the midnight that begins it, so that "the next day" and "the
    following morning" are the 8th's, as after "before midnight" (see
    :func:`chrono.anchor.resolve`)."""
    ref = res.reference
    if ref is None or ref.granularity is not Granularity.DAY or ref.moment is not None:
        return res
    midnight = dt.datetime.combine(ref.date, dt.time(0))
    return attrs.evolve(res, shifted_reference=attrs.evolve(ref, moment=midnight, ends_day=True))


def _evening_of_night(
    first: Resolution, second: Resolution, spec: Spec, res: Resolution
) -> dt.date | None:
    """The first day of a night told by its two days ("29–30 January"), when ``res``, a clock
    time alone, was placed in the afternoon or the evening of the second: it is before the
    midnight between them. None otherwise."""
    if spec.hour is None or spec.has_calendar_fields or spec.offset is not None:
        return None
    if first.granularity is not Granularity.DAY or second.granularity is not Granularity.DAY:
        return None
    if first.interval is None or second.interval is None or res.interval is None:
        return None
    day, night, clock = first.interval[0], second.interval[0], res.interval[0]
    if not isinstance(clock, dt.datetime) or isinstance(day, dt.datetime):
        return None
    placed = clock.date() - dt.timedelta(days=spec.hour // 24)  # midnight is T24:00 of its day
    if (night - day).days != 1 or placed != night or spec.hour < _NOON:
        return None
    return day


def _looks_back(
    text: str, span: Span, background: Callable[[], Background | None], grammar: Grammar
) -> bool:
    """Whether the date at ``span`` looks back from the story's time: it is in a clause in
    the past perfect that ``background`` reads, and not what the clause was done by ("Pétain
    had restored order by the end of June", "By June the army had recovered": that June is
    the time the clause looks back from, which may be ahead of the story's)."""
    deadline = grammar.past_deadline_before.search(text, max(0, span.start - 3), span.start)
    return deadline is None and background() is not None


def _done_before(
    text: str, span: Span, grammar: Grammar, written_on_dct: Callable[[], bool]
) -> bool:
    """Whether a verb in the simple past stands right before ``span`` ("Talks began on 1
    July"), or a note written on the document date (``written_on_dct``) tells it the day of a
    procedure or a test done ("S/p appendectomy 4/2", "Colonoscopy 4/2: two polyps":
    text.done_in_note): what it dates is over."""
    if grammar.past_verb_before.search(text, max(0, span.start - 40), span.start) is not None:
        return True
    return done_in_note(text, 0, span, grammar) and written_on_dct()


def _held_until(text: str, span: Span, grammar: Grammar) -> bool:
    """Whether a state told in the present lasts until ``span``, right before it ("The road
    stays closed until May 3"): the day it ends is still ahead."""
    return grammar.held_until_before.search(text, max(0, span.start - 40), span.start) is not None


def _moved_to(text: str, span: Span, grammar: Grammar) -> bool:
    """Whether a verb of moving a plan stands right before ``span`` ("move it to Tue"): the
    weekday it names is the next one, not the document's own."""
    return grammar.moved_to_before.search(text, max(0, span.start - 40), span.start) is not None


def _since_day(text: str, span: Span, grammar: Grammar) -> bool:
    """Whether "since" stands right before ``span`` ("since Monday"): a weekday counted from is
    before the document's own day, never that day."""
    return grammar.since_day_before.search(text, max(0, span.start - 16), span.start) is not None


def _in_condition(text: str, sentence: Span, span: Span, grammar: Grammar) -> bool:
    """Whether ``span`` ends the clause of a condition ("tomorrow if afebrile overnight"): what
    a plan for a day ahead waits on. Searched from the start of ``sentence``: the condition's
    reach is its pattern's (``condition_before`` in tense.toml)."""
    return grammar.condition_before.search(text, sentence.start, span.start) is not None


def _day_before_condition(
    text: str, sentence: Span, span: Span, grammar: Grammar, found: Sequence[Found]
) -> bool:
    """Whether a date stands in ``sentence`` before the condition ``span`` ends ("Discharge
    home tomorrow if afebrile overnight"): the day the plan waits for, not one an earlier
    sentence named ("Surgery Friday . Call MD if febrile overnight .")."""
    condition = grammar.condition_before.search(text, sentence.start, span.start)
    if condition is None:
        return False
    return any(
        other.spec.type is TimexType.DATE
        and sentence.start <= other.span.start
        and other.span.end <= condition.start()
        for other in found
    )


def _steps_on(text: str, sentence: Span, span: Span, grammar: Grammar) -> bool:
    """Whether the date at ``span`` opens ``sentence`` after no more than a preposition of
    time ("In March the offensive resumed", "By early August"): a story's next step."""
    return grammar.story_step.fullmatch(text, sentence.start, span.start) is not None


def _opens_message(text: str, span: Span, grammar: Grammar) -> bool:
    """Whether ``span`` is a chat message's stamp, opening its line before the sender's name
    ("[Yesterday 4:52 PM] Jake: ..."): a relative stamp counts from the document date (the
    export's), not from the day of the message before it."""
    line = text.rfind("\n", 0, span.start) + 1
    return bool(
        grammar.dct_message_before.fullmatch(text, line, span.start)
        and grammar.dct_message_after.match(text, span.end)
    )


def _message_day(text: str, span: Span, res: Resolution, grammar: Grammar) -> dt.date | None:
    """The day of a chat message whose stamp, opening its line, carries its date ("1/9/25,
    11:48 PM - Mia: see u tmrw"), or of a post's dated edit ("UPDATE (11/10): ... yesterday"):
    what the message's relative dates count from."""
    if res.reference is None or res.granularity is None:
        return None
    line = text.rfind("\n", 0, span.start) + 1
    if (
        res.granularity is Granularity.DAY
        and grammar.dct_edit_before.fullmatch(text, line, span.start)
        and grammar.dct_edit_after.match(text, span.end)
    ):
        return res.reference.date
    if not res.granularity.is_time_of_day or not _opens_message(text, span, grammar):
        return None
    return res.reference.date


def _place_range(
    first: _Item, second: _Item, first_ctx: Context, second_ctx: Context, *, schedule: bool = False
) -> None:
    """Place both ends of a range together: "Monday through Friday" runs forwards whatever way
    each weekday alone would have been placed; in "Monday to Friday, Sept. 15" the Monday is
    counted back from the dated end; two days or months without a year run forwards ("from
    November to March"); a ``schedule``'s, told in the present ("is open from May to
    September"), is the one in progress or the next (see :func:`schedule_range`). Updates both
    items."""
    specs = (first.found.spec, second.found.spec)
    if schedule:
        held = schedule_range(*specs, first.resolution, second.resolution, first_ctx)
        if held is not None:
            first.resolution, second.resolution = held
            first.mention = _remade(first.mention, specs[0], held[0])
            second.mention = _remade(second.mention, specs[1], held[1])
            return
    tense = second_ctx.tense
    if tense is Tense.PRESENT:
        tense = first_ctx.tense
    both = weekday_range(*specs, first_ctx, tense)
    start = both[0] if both else range_start_before(specs[0], second.resolution)
    if start is None:
        # "from June 1 to Nov. 30", written in January: last year's June, not this year's;
        # "runs from November to March", in September: next year's March
        both = range_forwards(*specs, first.resolution, second.resolution, first_ctx, tense)
        start = both[0] if both else None
    if both is not None:
        second.resolution = both[1]
        second.mention = _remade(second.mention, second.found.spec, both[1])
    if start is not None:
        first.resolution = start
        first.mention = _remade(first.mention, first.found.spec, start)
    _past_midnight(first, second, second_ctx)


def _past_midnight(first: _Item, second: _Item, ctx: Context) -> None:
    """The end of a range of clock times that comes before its start on the day they were
    both placed on is the next morning's: a night shift's "1900-0700", a curfew "from 10pm
    to 2am"; or, told bare in 12 hours, the afternoon's ("8:30-1:30", also with its own day:
    "9:30 to 5:30 Saturday"). An end given its own day is not moved to the next one ("22:00
    to 06:00 on Friday"). Updates ``second``."""
    spec = second.found.spec
    if first.found.spec.hour is None or spec.hour is None:
        return
    own_day = spec.has_calendar_fields or spec.offset is not None
    began, ended = first.resolution.interval, second.resolution.interval
    if began is None or ended is None:
        return
    start, end = began[0], ended[0]
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
        return
    if (start.tzinfo is None) != (end.tzinfo is None):  # "from 3 p.m. to 7 p.m. ET": one zone
        start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    if start.date() != end.date() or end >= start:
        return
    told = second.found.text
    bare = _BARE_CLOCK.fullmatch(told) or (own_day and _BARE_CLOCK_OF_DAY.fullmatch(told))
    if bare and end.hour + _NOON > start.hour:
        # a 12-hour clock told bare ends after noon: "Clinic 8:30-1:30" (13:30)
        spec = attrs.evolve(spec, hour=end.hour + _NOON)
        res = resolve(spec, ctx)
    elif own_day or end.date() == dt.date.max:  # no next day after the calendar's last
        return
    else:
        res = resolve(_on_day(second.found, end.date() + dt.timedelta(days=1)).spec, ctx)
    second.resolution = res
    second.mention = _remade(second.mention, spec, res)


def _remade(mention: Mention, spec: Spec, res: Resolution) -> Mention:
    """``mention`` with the value of another resolution of its spec."""
    return attrs.evolve(
        mention,
        value=res.value,
        granularity=res.granularity,
        anchor=res.anchor,
        type=type_for(spec, res),
    )


def _begun_and_ended(
    text: str, first: Found, second: Found, sentence: Span, grammar: Grammar
) -> bool:
    """Whether ``first`` and ``second`` date the start and the end of one thing in one sentence
    ("The war began on 22 September 1980, when Iraq invaded Iran, and ended on 20 August 1988"):
    the story is then told from the start, as after a range (see ``span_begin`` in ranges.toml).
    """
    gap = second.span.start - first.span.end
    if first.span.start < sentence.start or gap > _CLAUSES_APART:
        return False
    # each verb stands right before its date: read only the words there (a sentence with a
    # date at every other word must not be rescanned from its start for each of them)
    begun = grammar.span_begin.search(
        text, max(sentence.start, first.span.start - _VERB_REACH), first.span.start
    )
    return (
        begun is not None
        and grammar.span_end.search(
            text, max(first.span.end, second.span.start - _VERB_REACH), second.span.start
        )
        is not None
    )


_VERB_REACH = 100  # "began with a Soviet invasion of Finland on"
_CLAUSES_APART = 200  # how far the end's clause may be from the start's date


# ------------------------------------------------------------------------------------------- events


@attrs.frozen
class _Plan:
    """One event to build: a mention, a range of two, or a set anchored by a date."""

    first: _Item
    second: _Item | None = None
    recurring: bool = False


def _plans(
    text: str, items: list[_Item], pairs: dict[int, int], found: list[Found], grammar: Grammar
) -> list[_Plan]:
    index_of = {id(f): i for i, f in enumerate(found)}
    by_found = {index_of.get(id(it.found), -1): it for it in items}
    consumed: set[int] = set()
    plans: list[_Plan] = []
    for k, it in sorted(by_found.items()):
        if k in consumed:
            continue
        if it.mention.type is TimexType.SET:
            # "every Tuesday and Thursday since May": the sets of one schedule share its date
            j, last = k + 1, it
            while (nxt := by_found.get(j)) is not None and nxt.mention.type is TimexType.SET:
                if not grammar.schedule_days.fullmatch(
                    text[last.mention.span.end : nxt.mention.span.start]
                ):
                    break
                j, last = j + 1, nxt
            anchor = by_found.get(j)
            if anchor is not None and anchor.resolution.interval is not None:
                gap = text[last.mention.span.end : anchor.mention.span.start]
                start = anchor.resolution.interval[0]
                joined = grammar.set_anchor.fullmatch(gap) and not isinstance(start, dt.datetime)
                if joined and recurrence(it.mention.value, start) is not None:
                    consumed.add(j)
                    plans.append(_Plan(first=it, second=anchor, recurring=True))
            continue
        if it.resolution.interval is None:
            continue
        partner = by_found.get(pairs[k]) if k in pairs else None
        if partner is not None and partner.resolution.interval is not None:
            a0, b1 = _in_one_zone(it.resolution.interval[0], partner.resolution.interval[1])
            if type(a0) is type(b1) and _sort_key(a0) < _sort_key(b1):
                consumed.add(pairs[k])
                plans.append(_Plan(first=it, second=partner))
                continue
        plans.append(_Plan(first=it))
    return plans


def _events(
    doc: Document,
    plans: list[_Plan],
    sentences: Sentences | None,
) -> tuple[Event, ...]:
    text = doc.text
    seen: Counter[tuple[str, str]] = Counter()
    events = []
    for plan in plans:
        first, second = plan.first, plan.second
        res = first.resolution
        assert sentences is not None
        span = first.mention.span
        value, granularity, rrule = res.value, res.granularity, None
        if plan.recurring:
            assert second is not None and second.resolution.interval is not None
            anchor_start = second.resolution.interval[0]
            assert not isinstance(anchor_start, dt.datetime)
            repeat = recurrence(res.value, anchor_start)
            assert repeat is not None
            rrule, start, end, granularity = repeat
            span = Span(start=span.start, end=second.mention.span.end)
        else:
            assert res.interval is not None
            start, end = res.interval
            if second is not None:
                assert second.resolution.interval is not None
                start, end = _in_one_zone(start, second.resolution.interval[1])
                span = Span(start=span.start, end=second.mention.span.end)
                value = f"{res.value}/{second.resolution.value}"
                g2 = second.resolution.granularity
                if granularity is not None and g2 is not None:
                    granularity = min(granularity, g2, key=COARSE_ORDER.index)
        assert granularity is not None
        mention_text = text[span.start : span.end]
        flat_text = flatten(mention_text)
        key = (value, flat_text)
        seen[key] += 1
        sentence = bounded(text, sentences.at(span.start), span)
        events.append(
            Event(
                id=_event_id(doc, value, flat_text, seen[key]),
                document=doc.id,
                mention=first.mention.id,
                end_mention=second.mention.id if second is not None else None,
                start=start,
                end=end,
                granularity=granularity,
                value=value,
                mod=res.mod,
                title=_title(doc, sentences, sentence, span, value),
                sentence=flatten(text[sentence.start : sentence.end]),
                span=span,
                source=doc.source,
                mention_text=mention_text,
                tz=res.tz,
                recurrence=rrule,
            )
        )
    return tuple(events)


def _event_id(doc: Document, value: str, flat_text: str, occurrence: int) -> str:
    """Stable across runs and machines, and across edits elsewhere in the document
    (``flat_text``: the mention's text, flattened)."""
    key = "\x00".join((doc.source or doc.id, doc.id, value, flat_text, str(occurrence)))
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


_WORD = re.compile(r"[^\W\d_]{2,}")


def _title(doc: Document, sentences: Sentences, sentence: Span, span: Span, value: str) -> str:
    """The clause of the date; for a dateline that says nothing but the date (the document's
    creation date found in the text), the document's first line: "Published: <headline>"."""
    title = clause_title(doc.text, sentence, span)
    dct = doc.dct.isoformat() if doc.dct is not None else None
    if doc.dct_source is not DctSource.TEXT or value != dct:
        return title
    rest = title.replace(flatten(doc.text[span.start : span.end]), " ")
    if not _WORD.search(rest):
        first = sentences.first
        if first.start < span.start:
            headline = clause_title(doc.text, bounded(doc.text, first, first), first)
            return f"Published: {headline}"
    return title


def _in_one_zone(start: Instant, end: Instant) -> tuple[Instant, Instant]:
    """The ends of a range of clock times, one of which names the zone ("from 3 p.m. to 7 p.m.
    ET"): the zone is the other's too, so the range is one interval of aware times."""
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        if start.tzinfo is None and end.tzinfo is not None:
            return start.replace(tzinfo=end.tzinfo), end
        if end.tzinfo is None and start.tzinfo is not None:
            return start, end.replace(tzinfo=start.tzinfo)
    return start, end


def _sort_key(value: Instant) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            try:
                return value.astimezone(dt.UTC).replace(tzinfo=None)
            except OverflowError:  # 9999-12-31T23:00-04:00 is in year 10000 in UTC
                return dt.datetime.max if value.year > 1 else dt.datetime.min
        return value
    return dt.datetime(value.year, value.month, value.day)


def event_sort_key(event: Event) -> tuple[dt.datetime, dt.datetime, str, int]:
    """Chronological order: (start, end, document, offset)."""
    return (_sort_key(event.start), _sort_key(event.end), event.document, event.span.start)


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_FREQ = {"D": "DAILY", "W": "WEEKLY", "M": "MONTHLY", "Y": "YEARLY"}
_DAY_KINDS = {"WD": (1, 2, 3, 4, 5), "WE": (6, 7)}
_DAY = dt.timedelta(days=1)


def recurrence(
    value: str, start: dt.date
) -> tuple[str, dt.date | dt.datetime, dt.date | dt.datetime, Granularity] | None:
    """RRULE, first occurrence [start, end) and granularity of a set value anchored at
    ``start`` ("XXXX-WXX-1" since 2023-03-01 -> weekly on Mondays from 2023-03-06); a clock
    time makes each occurrence that minute ("XXXX-WXX-1T09:00": Mondays at 9:00, floating
    time). None for sets a calendar cannot repeat (hours, vague sets)."""
    clock = _SET_CLOCK.fullmatch(value)
    days = _day_recurrence(clock.group(1) if clock else value, start)
    if clock is None or days is None:
        return days
    rule, first, _, granularity = days
    if granularity is not Granularity.DAY:
        return None
    assert not isinstance(first, dt.datetime)
    at = dt.datetime.combine(first, dt.time(int(clock.group(2)), int(clock.group(3))))
    return rule, at, at + dt.timedelta(minutes=1), Granularity.MINUTE


def _day_recurrence(value: str, start: dt.date) -> tuple[str, dt.date, dt.date, Granularity] | None:
    if m := _SET_WEEKDAY.fullmatch(value):
        weekday = int(m.group(1))
        first = start + dt.timedelta(days=(weekday - start.isoweekday()) % 7)
        return f"FREQ=WEEKLY;BYDAY={_WEEKDAYS[weekday - 1]}", first, first + _DAY, Granularity.DAY
    if m := _SET_DAY_KIND.fullmatch(value):  # weekdays, weekends
        kinds = _DAY_KINDS[m.group(1)]
        first = next(d for d in (start + k * _DAY for k in range(7)) if d.isoweekday() in kinds)
        days = ",".join(_WEEKDAYS[k - 1] for k in kinds)
        return f"FREQ=WEEKLY;BYDAY={days}", first, first + _DAY, Granularity.DAY
    if m := _SET_MONTH_DAY.fullmatch(value):  # "every year on 1 July"
        month, day = int(m.group(1)), int(m.group(2))
        for year in range(start.year, start.year + 9):  # 29 February: the next leap year
            try:
                first = dt.date(year, month, day)
            except ValueError:
                continue
            if first >= start:
                rule = f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}"
                return rule, first, first + _DAY, Granularity.DAY
        return None
    if m := _SET_MONTH.fullmatch(value):
        month = int(m.group(1))
        year = start.year + (month < start.month)
        first = dt.date(year, month, 1)
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return f"FREQ=YEARLY;BYMONTH={month}", first, following, Granularity.MONTH
    if m := _SET_EVERY.fullmatch(value):
        count, unit = int(m.group(1)), m.group(2)
        rule = f"FREQ={_FREQ[unit]}" + (f";INTERVAL={count}" if count > 1 else "")
        return rule, start, start + _DAY, Granularity.DAY
    if _SET_PART_OF_DAY.fullmatch(value):
        return "FREQ=DAILY", start, start + _DAY, Granularity.DAY
    return None
