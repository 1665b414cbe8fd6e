"""Read the semantic slots of a rule match into a typed :class:`~chrono.extract.spec.Spec`.

Group names in rule patterns are slots with a fixed meaning (a trailing digit makes an alias:
``year2`` is read as ``year``). Their surface forms are looked up in the vocabulary tables, so
this module holds the semantics of slots, never English words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from chrono.extract.grammar import Grammar, Rule
from chrono.extract.spec import (
    WEEKS_IN,
    AnchorPolicy,
    RelativeOffset,
    ReportYear,
    Spec,
    Unit,
    count_from_holiday,
)
from chrono.model import Granularity, Mod, TimexType

# Duration codes of units: (number of base units, ISO 8601 designator, is a time unit).
_DURATION: dict[Unit, tuple[float, str, bool]] = {
    Unit.SECOND: (1, "S", True),
    Unit.MINUTE: (1, "M", True),
    Unit.HOUR: (1, "H", True),
    Unit.NIGHT: (1, "D", False),
    Unit.DAY: (1, "D", False),
    Unit.WEEKEND: (1, "WE", False),
    Unit.WEEK: (1, "W", False),
    Unit.FORTNIGHT: (WEEKS_IN[Unit.FORTNIGHT], "W", False),
    Unit.MONTH: (1, "M", False),
    Unit.QUARTER: (1, "Q", False),
    Unit.SEASON: (1, "SE", False),
    Unit.YEAR: (1, "Y", False),
    Unit.DECADE: (10, "Y", False),
    Unit.CENTURY: (100, "Y", False),
    Unit.MILLENNIUM: (1000, "Y", False),
}
# Vague quantities of these units keep their own TIMEX3 designator ("decades" -> PXDE).
_VAGUE_DESIGNATOR = {Unit.DECADE: "DE", Unit.CENTURY: "CE", Unit.MILLENNIUM: "ML"}

_ALIAS = re.compile(r"\d+$")
# The slots that make a set a set of calendar points rather than of periods.
_CALENDAR_SET_SLOTS = frozenset(
    {"month", "day", "dayword", "weekday", "weekday_plural", "daykind", "season", "pod", "holiday"}
)
# A holiday on a fixed day of the year ("12-25"), which a yearly set can name: XXXX-12-25.
_FIXED_HOLIDAY = re.compile(r"\d\d-\d\d")
# Slots a rule sets to "true" that are the Spec's flags of the same name: a message plans
# ahead ("c u sat": looks_ahead), "the weekend of July 17" (weekend_of), "Friday next week"
# (week_of), "the turn of the century" (turn), "the end of the decade" (under_discussion),
# "the fiscal year through March" (fiscal_end), "rose in the year to March" (figures_in),
# "March data" (data_month), "December gold" (delivery_month), "the lowest since December"
# (since_month), "the next week's meeting"
# (possessive), an operation's own "D-Day" (operation_day), "at dawn" (after_night), "day 4
# of prednisone" (course_day), "the second Sunday of November" (month_named), "three
# deployments in as many years" (as_many), "HD #4", "POD 2" (stay_day), "in its second
# weekend" (of_run), "the end of the school year" (school_year), the other calendar's day in
# brackets, "on 3 (16) April 1917" (restates).
_JULIAN_FEBRUARY = 2  # a century year's Julian leap day, 29 February, is the lag's last day less
_AUC_OF_1_BC = 753  # "710 AUC" is 710 - 753 = -43 (44 BC): AUC 754 is AD 1
_FIRST_OLYMPIAD = -775  # the first year of the first Olympiad, 776 BC (astronomical -775)
_FLAG_SLOTS = (
    "looks_ahead",
    "weekend_of",
    "week_of",
    "turn",
    "in_the_day",
    "under_discussion",
    "fiscal_end",
    "figures_in",
    "data_month",
    "delivery_month",
    "since_month",
    "possessive",
    "operation_day",
    "of_reign",
    "after_night",
    "course_day",
    "shifts_period",
    "month_named",
    "as_many",
    "stay_day",
    "of_run",
    "school_year",
    "restates",
)


def _flag_set(slots: Mapping[str, str], name: str) -> bool:
    """Whether the slot ``name`` is a flag set: to "true" by the rule's slots, or by an empty
    group of its name where the pattern saw its cue."""
    return slots.get(name) in ("true", "")


# The clock hours, without "a.m." or "p.m.", that a part of the day puts after noon ("every
# afternoon at 3:15" is 15:15, "each evening at 7:30" and "at 8:30 tonight" are 19:30 and 20:30).
_AFTER_NOON_HOURS = {"AF": range(7), "EV": range(6, 12), "NI": range(6, 12)}


def _in_half_of(part_of_day: str, slots: Mapping[str, str], fields: dict[str, Any]) -> None:
    """Move a clock time said with ``part_of_day`` and no "a.m."/"p.m." into that part's half
    of the day (see ``_AFTER_NOON_HOURS``)."""
    hour: int | None = fields.get("hour")
    if (
        hour is not None
        and hour in _AFTER_NOON_HOURS.get(part_of_day, ())
        and not {"ampm", "podhalf"} & slots.keys()
    ):
        fields["hour"] = hour + 12


_SMALL_HOURS_END = 5  # hours before it said "at night" may be the small hours
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}
# "1.2 million years", "4.5 billion years": a decimal count of a large multiplier
_LARGE = {"million": 10**6, "billion": 10**9}
_DIGITS = re.compile(r"\d+")
# A holiday that is one day in history, not a yearly rule: "D-Day" is 1944-06-06.
_ONE_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# "63rd" of "Nigeria's 63rd Independence Day"; the possessive of "Nigeria's", "Philippines'".
_ANNIVERSARY = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=\S)")


class SlotError(ValueError):
    """A match whose slots do not make a date (e.g. month 13): the candidate is dropped."""


# A unit in whole smaller ones, to count a fraction of it as an offset.
_SMALLER_UNIT: dict[Unit, tuple[int, Unit]] = {
    Unit.MILLENNIUM: (1000, Unit.YEAR),
    Unit.CENTURY: (100, Unit.YEAR),
    Unit.DECADE: (10, Unit.YEAR),
    Unit.YEAR: (12, Unit.MONTH),
    Unit.WEEK: (7, Unit.DAY),
    Unit.DAY: (24, Unit.HOUR),
    Unit.HOUR: (60, Unit.MINUTE),
}


def _whole_offset(amount: float, unit: Unit) -> tuple[Unit, int]:
    """A fractional count of ``unit`` as a whole count of a smaller unit ("half a century" is
    50 years).

    Raises:
        SlotError: no smaller unit counts it whole.
    """
    if unit in _SMALLER_UNIT:
        factor, smaller = _SMALLER_UNIT[unit]
        total = amount * factor
        if total == int(total):
            return smaller, int(total)
    raise SlotError("fractional offsets are not dates")


# A fraction of a unit is written in the next smaller one: P2.5Y -> P2Y6M.
_SMALLER: dict[str, tuple[int, str, bool]] = {
    "Y": (12, "M", False),
    "W": (7, "D", False),
    "D": (24, "H", True),
    "H": (60, "M", True),
    "M": (60, "S", True),
}


def duration_value(amount: float | str, unit: Unit) -> str:
    """The TIMEX3 duration value for ``amount`` ``unit`` ("X" for a vague amount)."""
    if amount == "X":
        count, code, is_time = _DURATION[unit]
        code = _VAGUE_DESIGNATOR.get(unit, code)
        return ("PT" if is_time else "P") + "X" + code
    count, code, is_time = _DURATION[unit]
    total = float(amount) * count
    whole = int(total)
    if total == whole:
        return ("PT" if is_time else "P") + str(whole) + code
    key = code if (code != "M" or is_time) else "MO"
    smaller = _SMALLER.get("M" if key == "M" and is_time else key)
    if smaller is not None:
        factor, small_code, small_is_time = smaller
        part = (total - whole) * factor
        if part == int(part):
            head = f"{whole}{code}" if whole else ""
            if small_is_time and not is_time:
                return f"P{head}T{int(part)}{small_code}"
            return ("PT" if is_time else "P") + head + f"{int(part)}{small_code}"
    return ("PT" if is_time else "P") + f"{total:g}" + code


# The designators of a TIMEX3 duration, largest first: the date part's, then the time part's.
_DESIGNATORS = ("Y", "M", "W", "D", "TH", "TM", "TS")
_DESIGNATOR = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")


def joined_durations(*values: str) -> str:
    """One TIMEX3 duration of lengths written one after the other, the larger unit first ("2
    yrs 3 mos": P2Y and P3M make P2Y3M; "3 days 4 hours": P3DT4H).

    Raises:
        SlotError: the units are not in decreasing order ("3 months 2 years"), a part is
            vague, or a part but the last is fractional.
    """
    parts: list[tuple[int, str]] = []
    for value in values:
        date, _, time = value[1:].partition("T")
        for text, prefix in ((date, ""), (time, "T")):
            found = _DESIGNATOR.findall(text)
            if "".join(n + c for n, c in found) != text:
                raise SlotError(f"no whole amount in {value}")
            parts += [(_DESIGNATORS.index(prefix + code), n) for n, code in found]
    ranks = [rank for rank, _ in parts]
    if ranks != sorted(set(ranks)) or any("." in n for _, n in parts[:-1]):
        raise SlotError(f"{' and '.join(values)} are not one length")
    date = "".join(n + _DESIGNATORS[r] for r, n in parts if r < 4)
    time = "".join(n + _DESIGNATORS[r][1] for r, n in parts if r >= 4)
    return "P" + date + ("T" + time if time else "")


def clock_duration(slots: Mapping[str, str]) -> str:
    """The TIMEX3 value of a length written as a clock ("1:30" minutes -> PT1M30S).

    In a DURATION the slots ``hour``, ``minute`` and ``second`` are the parts of the length.
    """
    parts = [(slots.get(name), code) for name, code in (("hour", "H"), ("minute", "M"))]
    parts.append((slots.get("second"), "S"))
    text = "".join(f"{int(v)}{code}" for v, code in parts if v is not None and int(v))
    if not text:
        raise SlotError("a length of zero")
    return "PT" + text


class Interpreter:
    """Turns a rule match into a Spec, using the grammar's vocabulary."""

    def __init__(self, grammar: Grammar, *, day_first: bool = False) -> None:
        self.grammar = grammar
        self.day_first = day_first

    def lookup(self, table: str, surface: str) -> Any:
        try:
            return self.grammar.lookup(table, surface)
        except KeyError as exc:
            raise SlotError(str(exc)) from exc

    def _keeps_its_month(self, holiday: str) -> bool:
        """Whether ``holiday`` falls in one month wherever it is kept (see the
        ``holiday_month`` vocabulary)."""
        try:
            return bool(self.grammar.lookup("holiday_month", holiday))
        except KeyError:
            return False

    def _names_century(self, digits: str) -> bool:
        """Whether the plural of ``digits`` names a century ("1800s"), not a decade ("1990s",
        "2000s": see the ``hundreds_plural`` vocabulary)."""
        if not digits.endswith("00"):
            return False
        return self.grammar.vocabulary.get("hundreds_plural", {}).get(digits) != "decade"

    def number(self, text: str) -> float | str:
        """A cardinal from digits, words or compounds; "X" for a vague amount."""
        t = " ".join(text.lower().replace(",", "").split())
        if t == "x":
            return "X"
        if t.endswith(" 1/2"):
            whole = self.number(t[:-4])
            if isinstance(whole, str):
                return whole
            return whole + 0.5
        if re.fullmatch(r"\d+(?:\.\d+)?", t):
            value = float(t)
            return int(value) if value == int(value) else value
        for table in ("article_one", "number"):
            try:
                found = self.grammar.lookup(table, t)
            except KeyError:
                continue
            return "X" if found == "X" else int(found)
        for word, multiplier in _MULTIPLIERS.items():  # "one hundred (and) eighty"
            count_text, sep, rest = t.partition(f" {word} ")
            if sep:
                count, tail = self.number(count_text), self.number(rest.removeprefix("and "))
                if isinstance(count, int) and isinstance(tail, int):
                    return count * multiplier + tail
        head, _, last = t.rpartition(" ")
        if head and last in _LARGE:
            count = self.number(head)
            if not isinstance(count, str) and count * _LARGE[last] == int(count * _LARGE[last]):
                return int(count * _LARGE[last])
        if head and last in _MULTIPLIERS:  # "two thousand", "twenty-five hundred"
            count = self.number(head)
            if isinstance(count, int):
                return count * _MULTIPLIERS[last]
        parts = re.split(r"[- ]", t)
        if len(parts) == 2:
            tens, units = (self.number(p) for p in parts)
            if isinstance(tens, int) and isinstance(units, int):
                return tens + units
        raise SlotError(f"not a number: {text!r}")

    def _clock_minutes(self, text: str) -> int:
        """The minutes a clock read aloud names: "half" 30, "a quarter" 15, "twenty" 20.

        Raises:
            SlotError: not a number of minutes of an hour.
        """
        words = text.lower().removeprefix("a ").removesuffix(" minutes").removesuffix(" minute")
        named = self.grammar.vocabulary.get("clock_minutes", {}).get(words)
        count = int(named) if named is not None else self.number(words)
        if not isinstance(count, int) or not 0 < count < 60:
            raise SlotError(f"no clock minutes {text!r}")
        return count

    def ordinal(self, text: str) -> int:
        digits = _DIGITS.match(text)
        if digits:
            return int(digits.group())
        return int(self.lookup("ordinal", text))

    def interpret(self, rule: Rule, groups: Mapping[str, str]) -> Spec:
        """Build the Spec of one match.

        Raises:
            SlotError: the slots do not make a valid temporal expression.
        """
        slots: dict[str, str] = dict(rule.slots)
        for name, value in groups.items():
            slots[_ALIAS.sub("", name)] = value
        fields: dict[str, Any] = {"type": rule.type, "rule": rule.id}
        # "c u sat", "the weekend of July 17", "in as many years"... (the flags a rule's slots
        # hold picked in C by filter: a mention has few of the many)
        for flag in filter(slots.__contains__, _FLAG_SLOTS):
            # set by the rule, or by an empty group of its name where the pattern saw its cue
            # ("Saturday 5-7pm": a day with its hours is ahead), whatever the rule's type
            if _flag_set(slots, flag):
                fields[flag] = True
        if "endof" in slots:  # "EOD", "COB tomorrow", "EOW": the end of that day or this week
            fields["mod"] = Mod.END
            if "deictic" not in slots and "weekday" not in slots:
                slots.update(rel="this", unit=str(self.lookup("end_of", slots["endof"])))
        if "todate" in slots:  # "MTD", "QTD": this month, this quarter, so far
            slots["unit"] = str(self.lookup("to_date", slots["todate"]))
        unit = Unit(self.lookup("unit", slots["unit"])) if "unit" in slots else None
        if "unit_abbrev" in slots:  # "3h ago"
            unit = Unit(self.lookup("unit_abbrev", slots["unit_abbrev"]))
        amount: float | str | None = self.number(slots["num"]) if "num" in slots else None
        if "nthcount" in slots:  # "the third postoperative day": three days after
            amount = self.ordinal(slots["nthcount"].lower())
        if "halfa" in slots:  # "half a century later"
            amount = 0.5
        if "qmod" in slots:
            fields["mod"] = Mod(self.lookup("quantity_mod", slots["qmod"]))
        if "approx" in slots:  # "c. 1850", "circa 1860"
            fields["mod"] = Mod.APPROX
        if "mod" in slots:
            fields["mod"] = Mod(self.lookup("mod", slots["mod"]))
        elif "edge" in slots:  # "the last days of April 1945": the end of April 1945
            fields["mod"] = Mod(self.lookup("period_edge", slots["edge"]))
        elif "halfmod" in slots:  # "the first half of the 1990s": the start of the decade
            fields["mod"] = Mod(self.lookup("half_of", slots["halfmod"]))

        if "plus" in slots and amount is None:
            amount = 1  # "the next century and a half": one unit and a half
        if "plus" in slots and isinstance(amount, int | float):
            amount = amount + 0.5  # "a minute and a half"
        if "sevenths" in slots and isinstance(amount, int) and unit is Unit.WEEK:
            # "32 2/7 weeks": weeks and days, counted in days (ISO 8601 joins no weeks to days)
            amount, unit = amount * 7 + int(slots["sevenths"]), Unit.DAY
        if rule.type is TimexType.DURATION:
            if unit is None and "minute" in slots:
                fields["literal"] = clock_duration(slots)  # "for 1:30 minutes"
                return Spec(**fields)
            if "seasons" in slots and isinstance(amount, int):
                # "two winters": counted in that season, as "three weekends" is in weekends
                season = self.lookup("season_plural", slots["seasons"].lower())
                fields["literal"] = f"P{amount}{season}"
                return Spec(**fields)
            if unit is None:
                raise SlotError("a duration needs a unit")
            if amount is None and self._plural(slots["unit"]):
                amount = "X"  # "the coming years": some years
            fields["literal"] = duration_value(1 if amount is None else amount, unit)
            if "subunit" in slots:  # "2 yrs 3 mos", "2 years, 4 months, 2 weeks and 5 days"
                fields["literal"] = joined_durations(
                    fields["literal"],
                    *(
                        duration_value(
                            self.number(slots[part + "num"]),
                            Unit(self.lookup("unit", slots[part + "unit"])),
                        )
                        for part in ("sub", "last", "final")
                        if part + "unit" in slots
                    ),
                )
            return Spec(**fields)
        if rule.type is TimexType.SET:
            fields["literal"] = self._set_value(slots, unit, amount)
            return Spec(**fields)
        if "generic" in slots:  # "on a Tuesday": the weekday, no particular day
            fields["literal"] = self._calendar_set(slots)
            return Spec(**fields)
        if "ref" in slots:
            fields["literal"] = self.lookup("reference", slots["ref"])
            return Spec(**fields)
        if "present" in slots:  # "2015–present": today's day, with the value PRESENT_REF
            fields["present"] = True

        self._calendar(slots, fields)
        self._time_of_day(slots, fields)
        self._relative(slots, fields, unit, amount)
        self._regnal_year(slots, fields)
        try:
            return Spec(**fields)
        except (TypeError, ValueError) as exc:  # pragma: no cover - guards rule-file bugs
            raise SlotError(str(exc)) from exc

    def _other_calendar(self, slots: Mapping[str, str], fields: dict[str, Any]) -> None:
        """Check that the day in brackets is the day written before it in the other calendar.

        The rule's ``calendar`` slot says which one the bracket holds: ``new``, the Gregorian
        day after the Julian ("25 October (7 November) 1917"), or ``old``, the Julian day
        before the Gregorian ("7 November (25 October) 1917"). The Julian calendar lags by
        the century's count of dropped leap days (13 days in 1900-2099, 12 in 1800-1899...);
        one day less is taken only in a century year's January and February (Julian), before
        the leap day the Gregorian calendar drops ("1 January (13 January) 1900"; "5 May (17
        May) 1917" is no such pair).

        Raises:
            SlotError: the two days are not that far apart.
        """
        year, month, day = fields["year"], fields["month"], int(slots["day"])
        other_month = int(self.lookup("month", slots["othermonth"]))
        other_day = int(slots["otherday"])
        lag = year // 100 - year // 400 - 2
        later = slots["calendar"] == "new"
        # the other day may fall across the new year: "20 December (1 January) 1917"
        other_year = year + (1 if later and other_month < month else 0)
        other_year -= 1 if not later and other_month > month else 0
        try:
            gap = (dt.date(other_year, other_month, other_day) - dt.date(year, month, day)).days
        except ValueError as error:
            raise SlotError(f"no day {other_month}-{other_day}") from error
        julian_month = month if later else other_month
        julian_year = year if later else other_year
        lags = {lag}
        if julian_year % 100 == 0 and julian_year % 400 != 0 and julian_month <= _JULIAN_FEBRUARY:
            # the century's leap day not yet dropped: "1 January (13 January) 1900"
            lags.add(lag - 1)
        if (gap if later else -gap) not in lags:
            raise SlotError("the days in brackets are not one day in two calendars")

    def _regnal_year(self, slots: Mapping[str, str], fields: dict[str, Any]) -> None:
        """ "the tenth year of the reign of Louis XIV": the year his reign opened (the
        ``reign_opened`` vocabulary) and nine more, 1652, whatever year the story told before;
        a ruler the table does not hold counts from the story's years (see anchor.py)."""
        nth = fields.get("story_year")
        if "ruler" not in slots or nth is None or nth < 1:
            return
        try:
            opened = int(self.grammar.lookup("reign_opened", slots["ruler"]))
        except KeyError:
            return
        fields.update(year=opened + nth - 1, story_year=None, of_reign=False)
        fields.pop("offset", None)
        fields["anchor"] = AnchorPolicy.ABSOLUTE

    def _plural(self, surface: str) -> bool:
        try:
            return bool(self.lookup("plural_unit", surface))
        except SlotError:
            return False

    def _set_value(self, slots: Mapping[str, str], unit: Unit | None, amount: Any) -> str:
        # a weekday counted ("every other Thursday") recurs every so many weeks
        if "num" not in slots and _CALENDAR_SET_SLOTS & slots.keys():
            return self._calendar_set(slots)
        if "frequency" in slots:
            # "daily" is "day"; "biennially" is "2 year", a count and a unit
            count, _, name = str(self.lookup("frequency", slots["frequency"])).rpartition(" ")
            return duration_value(int(count) if count else 1, Unit(name))
        if unit is None:
            raise SlotError("a set needs a unit, weekday or frequency")
        return duration_value(1 if amount is None else amount, unit)

    def _calendar_set(self, slots: Mapping[str, str]) -> str:
        """A set of calendar points: "every July 4" XXXX-07-04, "every Monday at 9 a.m."
        XXXX-WXX-1T09:00, "on weekdays" XXXX-WXX-WD, "each morning" XXXX-XX-XXTMO, a day of
        any month XXXX-XX-15."""
        point: dict[str, Any] = {}
        self._calendar({k: v for k, v in slots.items() if k in _CALENDAR_SET_SLOTS}, point)
        self._time_of_day(slots, point)
        if "holiday" in point:  # "every Christmas": only a fixed day recurs as one value
            if not _FIXED_HOLIDAY.fullmatch(point["holiday"]):
                raise SlotError(f"no yearly set of the movable holiday {slots['holiday']!r}")
            value = f"XXXX-{point['holiday']}"
        elif "month" in point:
            value = f"XXXX-{point['month']:02d}"
            if "day" in point:
                value += f"-{point['day']:02d}"
        elif "weekday" in point:
            value = f"XXXX-WXX-{point['weekday']}"
        elif "day" in point:  # "Payday is the 15th": that day of any month
            value = f"XXXX-XX-{point['day']:02d}"
        elif "weekday_plural" in slots:
            value = f"XXXX-WXX-{self.lookup('weekday_plural', slots['weekday_plural'])}"
        elif "daykind" in slots:
            value = f"XXXX-WXX-{self.lookup('day_kind', slots['daykind'])}"
        elif "season" in point:
            return f"XXXX-{point['season']}"
        else:
            value = "XXXX-XX-XX"
        if "hour" in point:
            return f"{value}T{point['hour']:02d}:{point.get('minute', 0):02d}"
        if "part_of_day" in point:
            return f"{value}T{point['part_of_day']}"
        return value

    def _year(self, text: str) -> int:
        digits = text.strip("'’‘")
        if not digits.isdigit():
            return self._spoken_year(digits)
        year = int(digits)
        if len(digits) == 2:
            # Two-digit years: '00-'29 are this century, the rest the last one.
            year += 2000 if year < 30 else 1900
        return year

    def _spoken_year(self, text: str) -> int:
        """ "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
        words = " ".join(text.lower().split())
        if words.startswith("two thousand"):
            rest = words.removeprefix("two thousand").removeprefix(" and").strip()
            extra = self.number(rest) if rest else 0
            if not isinstance(extra, int):
                raise SlotError(f"not a year: {text!r}")
            return 2000 + extra
        head, _, rest = words.partition(" ")
        century = self.number(head)
        rest = rest.replace("oh-", "").replace("oh ", "")
        tail = 0 if rest == "hundred" else self.number(rest)
        if not isinstance(century, int) or not isinstance(tail, int):
            raise SlotError(f"not a year: {text!r}")
        return century * 100 + tail

    def _calendar(self, slots: Mapping[str, str], fields: dict[str, Any]) -> None:
        if "year" in slots and "era" in slots:
            # "44 BC", "AD 79": no two-digit pivot; "10,000 BC" is written with a comma
            fields["year"] = int(slots["year"].replace(",", ""))
            if self.lookup("era", slots["era"]) == "BC":
                fields["year"] = 1 - fields["year"]  # astronomical numbering: 1 BC is year 0
        elif "year" in slots and "reckoning" in slots:
            # "710 AUC": from the founding of Rome, AUC 754 being AD 1
            if self.lookup("reckoning", slots["reckoning"]) == "AUC":
                fields["year"] = int(slots["year"]) - _AUC_OF_1_BC
        elif "year" in slots:
            fields["year"] = self._year(slots["year"])
        elif "shortyear" in slots:
            # "on 13 June 40 in Forum Julii": the pivot's year, and the year as written for
            # a narrative (chrono/anchor.py resolve)
            fields["year"] = self._year(slots["shortyear"])
            if len(slots["shortyear"]) <= 2:
                fields["year_as_written"] = int(slots["shortyear"])
        elif "ceyear" in slots:
            # a year of the first century in a lead's life dates, "(13 June 40 – 23 August 93)":
            # as written, with no two-digit pivot
            fields["year"] = int(slots["ceyear"])
        if "olympiad" in slots:  # "the first year of the 75th Olympiad": 480 BC
            year_of = self.ordinal(slots["olyear"])
            if not 1 <= year_of <= 4:
                raise SlotError("an Olympiad has four years")
            olympiad = self.ordinal(slots["olympiad"])
            fields["year"] = _FIRST_OLYMPIAD + 4 * (olympiad - 1) + year_of - 1
        if "yy" in slots:  # "1914–18": the second year, in the first one's century
            century, first, last = int(slots["ycent"]), int(slots["yfirst"]), int(slots["yy"])
            if len(slots["yy"]) == 1:  # an Old Style "1673/4": the next year's last digit
                last += first - first % 10 + (10 if last < first % 10 else 0)
            fields["year"] = century * 100 + last + (100 if last < first else 0)
            if last < first and last + 100 - first > 20:
                raise SlotError("no span of a century: 2016-02 is a number or a month")
            if "ysep" in slots and (last - first) % 100 != 1:
                raise SlotError("a year and a slash make a span of one year: 2024/25")
        if "mdfirst" in slots:
            first, second = int(slots["mdfirst"]), int(slots["mdsecond"])
            month, day = (second, first) if self.day_first else (first, second)
            if month > 12 and day <= 12:
                month, day = day, month
            fields["month"], fields["day"] = month, day
        if "dmfirst" in slots:  # the format fixes it: "[21:02, 05/06/2024]" (clock first)
            fields["day"], fields["month"] = int(slots["dmfirst"]), int(slots["dmsecond"])
        if "month" in slots:
            m = slots["month"]
            fields["month"] = int(m) if m.isdigit() else int(self.lookup("month", m))
        elif "monthword" in slots:  # "the eleventh month": November
            fields["month"] = self.ordinal(slots["monthword"])
        if "campaign" in slots:  # "Movember": the month a challenge is named for
            fields["month"] = int(self.lookup("month_campaign", slots["campaign"]))
        if "day" in slots:
            fields["day"] = int(slots["day"])
        elif "dayword" in slots:  # "March eighth"
            fields["day"] = self.ordinal(slots["dayword"].replace(" ", "-"))
        if "otherday" in slots:  # "25 October (7 November) 1917": one day in two calendars
            self._other_calendar(slots, fields)
        if "across_new_year" in slots and "year" in fields:
            # "20 December (2 January) 1917": the other calendar's January day after a December
            # one is of the year after the one written, which is the first day's
            fields["year"] += 1
        if "wom" in slots:  # "the first week of June"
            fields["week_of_month"] = self.ordinal(slots["wom"])
            if fields["week_of_month"] not in (-1, 1, 2, 3, 4):
                raise SlotError("a month has four whole weeks")
        if "isoweek" in slots:  # "2024-W11", "wk 11 2024"
            fields["iso_week"] = int(slots["isoweek"])
            if not 1 <= fields["iso_week"] <= 53:
                raise SlotError("a year has at most 53 ISO weeks")
        if "weekday" in slots:
            fields["weekday"] = int(self.lookup("weekday", slots["weekday"]))
        if "nthwd" in slots:  # "the first Tuesday in November": counted as a holiday is
            n = self.ordinal(slots["nthwd"])
            # without a month's name, the month an offset names ("of the month": month 00)
            weekday, month = fields.pop("weekday"), fields.pop("month", 0)
            fields["holiday"] = f"nth:{month:02d}:{n}:{weekday}"
        if "hweekday" in slots and "holiday" not in slots:
            # "the Sunday nearest 11 November": counted from that day as from a holiday
            month, day = fields.pop("month"), fields.pop("day")
            try:  # in the year named, else in a leap year: 29 February is a day
                dt.date(fields.get("year", 2000), month, day)
            except ValueError as error:
                raise SlotError(f"no day {month}-{day}") from error
            fields["holiday"] = f"{month:02d}-{day:02d}@{self._holiday_shift(slots)}"
        if "season" in slots:
            fields["season"] = self.lookup("season", slots["season"])
        if "holiday" in slots:
            named = str(self.lookup("holiday", slots["holiday"]))
            once = _ONE_DAY.fullmatch(named)
            if "hdir" in slots:  # "the day after Christmas", "the Friday after Thanksgiving"
                shift = self._holiday_shift(slots)
                if once:  # "the day after D-Day"
                    named = count_from_holiday(dt.date.fromisoformat(named), shift).isoformat()
                    once = _ONE_DAY.fullmatch(named)
                else:  # each alternative ("Eid"), from the first day of a span ("Ramadan")
                    named = "|".join(f"{alt.split('/')[0]}@{shift}" for alt in named.split("|"))
            if once:  # a day that happened once ("D-Day"): its own date, whatever the anchor
                year, month, day = (int(part) for part in once.groups())
                fields["year"], fields["month"], fields["day"] = year, month, day
            else:
                fields["holiday"] = named
            if self._keeps_its_month(slots["holiday"]) and not {"hweek", "hweekend"} & slots.keys():
                # "Remembrance Sunday" in no year is a day of November, as "the second Sunday
                # of November" is: the month is the same wherever the holiday is kept (not its
                # week or weekend, which may begin in the month before: "the Early May Bank
                # Holiday weekend" of a 1 May)
                fields["month_named"] = True
        if "country_context" in slots:  # "Nigeria's 63rd Independence Day": that country's
            fields["holiday"] = self._national_day(
                slots["holiday"], slots["country_context"], slots.get("country_after", "")
            )
        if "quarter" in slots:
            fields["quarter"] = self.ordinal(slots["quarter"])
        if "qmonth" in slots:  # "the quarter ended Sept. 30": the quarter holding that month
            fields["quarter"] = (int(self.lookup("month", slots["qmonth"])) - 1) // 3 + 1
        if "qend" in slots:  # "its fiscal fourth quarter, ended June 30": of that day's year
            month = int(self.lookup("month", slots["qend"]))
            fields["quarter_end"] = (month, int(slots["qendday"]))
        if "half" in slots:
            fields["half"] = int(self.lookup("half", slots["half"]))
        bc = "era" in slots and self.lookup("era", slots["era"]) == "BC"
        if "decade" in slots and self._names_century(slots["decade"]) and not bc:
            # "the 1800s", "the mid-1400s" name a century (1800-1899)
            fields["century"] = int(slots["decade"]) // 100
        elif "decade" in slots:
            fields["decade"] = int(slots["decade"]) // 10
            if bc:
                # "the 50s BC" (astronomical -49..-58) is mostly the decade -60..-51, as a
                # century BC is the astronomical one holding most of its years (see below)
                fields["decade"] = -fields["decade"] - 1
        if "decade_short" in slots:
            d = int(slots["decade_short"].strip("'’‘")) // 10
            pair = slots.get("dcent") or slots.get("dcent2") or slots.get("dcent3")
            if pair:  # "the 1860s and 70s": the century of the decade just named
                fields["decade"] = int(pair) * 10 + d
            else:
                fields["decade"] = (200 if d < 2 else 190) + d
        if "decade_word" in slots:
            century = int(self.number(slots.get("dcentury", "nineteen")))  # "the eighteen-forties"
            fields["decade"] = century * 10 + int(self.lookup("decade_word", slots["decade_word"]))
        if "century" in slots or "century_word" in slots:
            n = self.ordinal(slots.get("century") or slots["century_word"])
            # the nth century BC holds the astronomical years -(100n-1)..-(100(n-1)):
            # floor(year / 100) is -n ("the 1st century BC" is -01, never AD's 00)
            fields["century"] = -n if bc else n - 1
        if "millennium" in slots or "millennium_word" in slots:
            n = self.ordinal(slots.get("millennium") or slots["millennium_word"])
            # as centuries: "the 2nd millennium" is 1 (1000-1999), "the 4th millennium BC" -4
            fields["millennium"] = -n if bc else n - 1
        if "storyday" in slots:  # "On the second day" of a siege
            fields["story_day"] = self.ordinal(slots["storyday"])
        if "storyyear" in slots:  # "In the third year of the war"
            fields["story_year"] = self.ordinal(slots["storyyear"])
        if "storyseason" in slots:  # "By the second winter of the siege"
            fields["story_season"] = self.ordinal(slots["storyseason"])
        if "storylastyear" in slots:  # "the war's final year"
            fields["story_year"] = -1
        if "storylast" in slots:  # "On the final day" of a war fought from 5 to 10 June
            fields["story_day"] = -1
        if "relyear" in slots:
            fields["relative_year"] = int(self.lookup("relative", slots["relyear"]))
        if "yearago" in slots:
            fields["relative_year"] = -1
        if "yearsago" in slots:  # "Black Friday two years ago": the holiday of that year
            years = self.number(slots["yearsago"])
            if isinstance(years, int):
                fields["relative_year"] = -years
        if "about" in slots and "now" not in slots:  # a report's "the year", not "the current year"
            fields["report_year"] = ReportYear.WHOLE if "whole" in slots else ReportYear.ABOUT
        if "hweek" in slots:  # "Easter week", "Christmas week 1914": the ISO week holding it
            fields["granularity"] = Granularity.WEEK
        if "hweekend" in slots:  # "Memorial Day weekend": the weekend the holiday makes long
            fields["weekend_of"] = True
            fields["long_weekend"] = True
            fields["granularity"] = Granularity.WEEK
        if slots.get("granularity") == "reference":
            fields["keep_reference_granularity"] = True
        elif slots.get("granularity"):
            fields["granularity"] = Granularity(slots["granularity"])
        if "agoref" in slots:  # "5 years ago today": that day, five years back
            fields["anniversary"] = Granularity(self.lookup("ago_reference", slots["agoref"]))
        elif "weekday" in slots and slots.get("dir") == "ago":  # "50 years ago Tuesday"
            fields["anniversary"] = Granularity.DAY
        if fields.get("month") is not None and not 1 <= fields["month"] <= 12:
            raise SlotError(f"no month {fields['month']}")
        if fields.get("day") is not None and not 1 <= fields["day"] <= 31:
            raise SlotError(f"no day {fields['day']}")
        if fields.get("quarter") is not None and not 1 <= fields["quarter"] <= 4:
            raise SlotError("no such quarter")

    def _time_of_day(self, slots: Mapping[str, str], fields: dict[str, Any]) -> None:
        if "named" in slots:
            hh, mm = str(self.lookup("named_time", slots["named"])).split(":")
            fields["hour"], fields["minute"] = int(hh), int(mm)
            if "minpast" in slots or "day_start" in slots:
                # "one minute after midnight": 00:01 (not 24:01); "after midnight on 23
                # December": the midnight that opens the day, 00:00
                fields["hour"] %= 24
            if "minpast" in slots:
                fields["minute"] = self._clock_minutes(slots["minpast"])
        if "hourbare" in slots:  # "next Tues at 3": an appointment in the working day
            hour = int(slots["hourbare"])
            half = self.lookup("bare_hour", str(hour))
            fields["hour"] = hour % 12 + (12 if half == "pm" else 0)
            # British "half 7": 7:30; a post's "thurs @ 5:30": the same half of the day
            if "minpast" in slots:
                fields["minute"] = self._clock_minutes(slots["minpast"])
            else:
                fields["minute"] = int(slots.get("minute", 0))
        if "hour" in slots:
            hour = int(self.number(slots["hour"]))
            # a spoken minute: "one-twenty", "six-oh-two" ("oh" is the zero)
            minute = int(self.number(slots.get("minute", "0").removeprefix("oh").strip(" -")))
            before = slots.get("minto") or slots.get("mintox")
            if before is not None:  # "a quarter to five": 4:45
                hour, minute = (hour - 1) or 12, 60 - self._clock_minutes(before)
            elif "minpast" in slots:  # "half past two": 2:30
                minute = self._clock_minutes(slots["minpast"])
            half = None
            if "ampm" in slots:
                half = self.lookup("ampm", slots["ampm"].rstrip(".") + ".")
            elif "podhalf" in slots and hour <= 12:
                # "10 that evening" is 22:00; "22:00 that same evening" already says its half
                half = self.lookup("podhalf", slots["podhalf"])
                if hour < _SMALL_HOURS_END:  # "one at night" is the small hours, not 13:00
                    small = self.grammar.vocabulary.get("podhalf_small_hours", {})
                    half = small.get(slots["podhalf"].lower(), half)
            elif "toampm" in slots or "tonamed" in slots:
                half = self._shared_half(hour, minute, slots)
            if half is not None:
                if hour == 12:
                    hour = 0
                if half == "pm":
                    hour += 12
            fields["hour"] = hour
            fields["minute"] = minute
            if "second" in slots:
                fields["second"] = int(slots["second"])
        if "hourword" in slots:  # "the eleventh hour" of a day: 11:00
            fields["hour"], fields["minute"] = self.ordinal(slots["hourword"]), 0
        if "nightday" in slots and fields.get("hour", 24) < 12:
            fields["day"] = int(slots["nightday"])  # "00:15 on 5/6 June": after midnight, the 6th
        if "tz" in slots:
            fields["tz_offset"] = self.lookup("timezone", slots["tz"])
            fields["tz_name"] = slots["tz"].upper()
        if "utcoffset" in slots:  # "+0100", "-04:00"
            digits = slots["utcoffset"][1:].replace(":", "")
            fields["tz_offset"] = f"{slots['utcoffset'][0]}{digits[:2]}:{digits[2:]}"
        if "pod" in slots:
            pod = str(self.lookup("part_of_day", slots["pod"]))
            fields["part_of_day"] = pod
            _in_half_of(pod, slots, fields)  # "each evening at 7:30" is 19:30
        if "tonight" in slots:
            _in_half_of("NI", slots, fields)  # "at 8:30 tonight" is in the evening
            clock: int | None = fields.get("hour")
            # "til 2am tonight", "at 00:30 tonight": the small hours of tonight are the next
            # day's (a bare "5:30 tonight" is left as written)
            told = "ampm" in slots or slots.get("hour", "").startswith("0")
            early = clock is not None and clock < 6 and told
            fields["offset"] = RelativeOffset(unit=Unit.DAY, amount=1 if early else 0)
            fields["anchor"] = AnchorPolicy.DEICTIC
            fields["part_of_day"] = "NI"

    def _holiday_shift(self, slots: Mapping[str, str]) -> str:
        """The day counted from a holiday, as a holiday rule's suffix (see
        chrono.anchor.holiday_date): "+1" for "the day after", "<1" for "the Monday before"."""
        if "hweekday" in slots:
            weekday = int(self.lookup("weekday", slots["hweekday"]))
            return f"{self.lookup('weekday_shift', slots['hdir'])}{weekday}"
        return "+1" if int(self.lookup("direction", slots["hdir"])) > 0 else "-1"

    def _national_day(self, name: str, context: str, after: str = "") -> str:
        """The day the country named in ``context`` keeps as the national day ``name``: the
        capitalised words right ``after`` it ("in Italy" gives "Italy"), the longest that
        names a country, else the country right before it ("Nigeria's 63rd ", "Indian "), else
        the last capitalised one in the context's sentence ("Algerians celebrated ", "Russia
        held its ").

        Raises:
            SlotError: no country is named (the day is then date.holiday's).
        """
        table = str(self.lookup("national_day", name))
        named = after.split()
        # "in the Philippines" is in the table with its article, "in the United States" without
        for words in (named, named[1:]) if named[:1] == ["the"] else (named,):
            for n in range(len(words), 0, -1):
                try:
                    return str(self.grammar.lookup(table, " ".join(words[:n])))
                except KeyError:
                    continue
        sentence = _SENTENCE_END.split(context)[-1]
        words = sentence.split()
        if words and _ANNIVERSARY.fullmatch(words[-1]):
            words.pop()
        words = [_POSSESSIVE.sub("", word) for word in words]
        for end in range(len(words), 0, -1):
            for n in (3, 2, 1):
                if end < n or (end < len(words) and not words[end - n][:1].isupper()):
                    continue
                phrase = " ".join(words[end - n : end])
                # a people in the plural is its country: "Algerians celebrated"
                for country in (phrase, phrase[:-1]) if phrase.endswith("s") else (phrase,):
                    try:
                        return str(self.grammar.lookup(table, country))
                    except KeyError:
                        continue
        raise SlotError(f"no country before {name}")

    def _shared_half(self, hour: int, minute: int, slots: Mapping[str, str]) -> str:
        """The half of the day of the first hour of "from 4 to 7 p.m.": the second's, when
        that keeps the first before the second ("11 to 2 p.m." is 11 a.m.), else the other."""
        if "tonamed" in slots:  # "10:30–noon", "from 8 to midnight"
            hh, mm = str(self.lookup("named_time", slots["tonamed"])).split(":")
            end, half = int(hh) * 60 + int(mm), "pm"
        else:
            half = str(self.lookup("ampm", slots["toampm"].rstrip(".") + "."))
            end = (int(slots["tohour"]) % 12 + (12 if half == "pm" else 0)) * 60
            end += int(slots.get("tominute", 0))
        start = (hour % 12 + (12 if half == "pm" else 0)) * 60 + minute
        if start < end:
            return half
        return "am" if half == "pm" else "pm"

    def _relative(
        self,
        slots: Mapping[str, str],
        fields: dict[str, Any],
        unit: Unit | None,
        amount: float | str | None,
    ) -> None:
        anaphoric = slots.get("anchor") in ("previous", "operation")
        if "deictic" in slots:
            days = int(self.lookup("deictic_day", slots["deictic"]))
            fields["offset"] = RelativeOffset(unit=Unit.DAY, amount=days)
            fields["anchor"] = AnchorPolicy.DEICTIC
        rel: int | None = None
        if "rel" in slots:
            word = slots["rel"]
            rel = int(self.lookup("relative", word)) if word.lower() not in ("same",) else 0
            anaphoric = anaphoric or self._is_anaphoric(word)
        if "same" in slots:
            rel, anaphoric = 0, True
        if "relfar" in slots:  # "the weekend before last"
            rel = int(self.lookup("relative_far", slots["relfar"]))
        if "relback" in slots:  # "two Saturdays ago": counted back by that weekday
            rel = -int(self.number(slots["relback"]))
        # "the year before", "the month after" (date.day_before): the period before or after
        # the story's, as "the previous year" is, not a count of one unit from the story's
        # date ("In August 1768 ... The year before" is 1767, not 1767-08)
        shifted = slots.get("dir")
        if shifted is not None and _flag_set(slots, "period"):
            rel, shifted = int(self.lookup("direction", shifted)), None
        if shifted is not None:
            direction = int(self.lookup("direction", shifted))
            anaphoric = anaphoric or self._is_anaphoric(shifted)
            if unit is None:
                raise SlotError("a shifted date needs a unit")
            if amount == "X":
                bounds = self._vague_bounds(slots["num"]) if anaphoric and "num" in slots else None
                if bounds is None:
                    fields["literal"] = "PAST_REF" if direction < 0 else "FUTURE_REF"
                    return
                # "a few weeks later": placed from the story's date in a narrative, where the
                # bounds make a date; elsewhere still FUTURE_REF (see anchor.py)
                least, most = bounds
                fields["offset"] = RelativeOffset(
                    unit=unit, amount=direction * least, most=direction * most
                )
                fields["counted"] = True
                fields["anchor"] = AnchorPolicy.ANAPHORIC
                return
            count = 1 if amount is None else amount
            if not isinstance(count, int):
                # "half a century later": fifty years; "half a week" has no whole smaller unit
                unit, count = _whole_offset(float(count), unit)
            if fields.get("granularity") is Granularity.DAY and unit in WEEKS_IN:
                # counted from a day ("2 weeks prior to admission"): a day, not a week
                unit, count = Unit.DAY, count * 7 * WEEKS_IN[unit]
            per = Unit(self.lookup("unit", slots["per"])) if "per" in slots else None
            fields["offset"] = RelativeOffset(unit=unit, amount=direction * count, per=per)
            fields["counted"] = True
        elif "nth" in slots:
            # "hospital day 2", "hospital day two": the anchor is day 1, so one day after it
            word = slots["nth"].lower()
            ordinal = word in self.grammar.vocabulary["ordinal"]  # "the second hospital day"
            nth = self.ordinal(word) if ordinal else self.number(word)
            if isinstance(nth, str):
                raise SlotError("a numbered day needs a number")
            fields["offset"] = RelativeOffset(unit=unit or Unit.DAY, amount=int(nth) - 1)
            fields["anchor"] = AnchorPolicy.DEICTIC
        elif rel is not None:
            named = ("weekday", "season", "month", "holiday")
            # "the last Monday of next month": a weekday counted in the month the offset names
            in_month = unit is Unit.MONTH and "nthwd" in slots
            if not in_month and any(fields.get(name) is not None for name in named):
                # "last Friday", "next May": the nearest such day/month in that direction
                fields["offset"] = RelativeOffset(unit=Unit.WEEK, amount=rel)
            elif unit is not None:
                fields["offset"] = RelativeOffset(unit=unit, amount=rel)
            elif fields.get("part_of_day"):
                # "this morning", "last night": today, or yesterday's night
                fields["offset"] = RelativeOffset(unit=Unit.DAY, amount=min(rel, 0))
            if "offset" in fields:
                fields["anchor"] = AnchorPolicy.DEICTIC
        elif fields.get("weekday") is not None and not fields.get("day"):
            fields["offset"] = RelativeOffset(unit=Unit.WEEK, amount=None)
        elif unit is Unit.WEEKEND:
            # "the weekend": the nearest one, in the direction the tense gives
            fields["offset"] = RelativeOffset(unit=unit, amount=None)
            fields["anchor"] = AnchorPolicy.DEICTIC
        if slots.get("anchor") == "document":
            # "prior to admission": the document date of a clinical note, not the last date
            fields["anchor"] = AnchorPolicy.DEICTIC
            fields["from_admission"] = True
        elif slots.get("anchor", "").lower() == "discharge":
            # "the day of discharge": the discharge date the note's header gives
            fields["anchor"] = AnchorPolicy.DEICTIC
            fields["from_discharge"] = True
        elif slots.get("anchor") == "operation":
            # "POD #3": the day of the operation, the date the text last gave
            fields["anchor"] = AnchorPolicy.ANAPHORIC
            fields["from_operation"] = True
        elif anaphoric:
            fields["anchor"] = AnchorPolicy.ANAPHORIC

    def _vague_bounds(self, surface: str) -> tuple[int, int] | None:
        """The least and most a vague count ("a few", "several") may be; None when unbounded."""
        try:
            least, most = self.grammar.lookup("vague_count", surface)
        except KeyError:
            return None
        return int(least), int(most)

    def _is_anaphoric(self, word: str) -> bool:
        try:
            return bool(self.grammar.lookup("anaphoric", word))
        except KeyError:
            return False
