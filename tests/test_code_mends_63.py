"""Code mends of session 23: weekends resolved in one step, a year of weekends as a typed slot,
and a word list of chrono/text.py moved to the vocabulary.

Each mend keeps what chrono finds as it was (TimeML conventions, as TimeBank annotates them:
a weekend is its week's WE, 2024-W31-WE; news anchored to the document date); the tests pin the
behaviour the moved knowledge carries, beside look-alikes that must keep their value:
- which weekend a weekend mention means is decided once, by chrono/anchor.py's weekend_meant
  from typed cues (the date it is told on, a past verb after "this weekend", a film's run and
  its opening day, the month "in" after it), not by three steps of chrono/events.py: "its
  first weekend" after "which opened on 2 August", "this weekend trailed" told on a Monday,
  "its opening weekend in July" told in October; "opening" and "debut" rank a run's weekend
  by the vocabulary's [run_rank], not a word list in code;
- "the same weekend last year" counts one year of weekends (the slot per = "year" of its rule),
  not 52 weekends read as a year by a magic number in chrono/anchor.py;
- the words that date a clock time after its "a.m." or "p.m." ("at 8 p.m. Monday") rather than
  open a sentence ("around 5 p.m. Alerts run") are the vocabulary's [clock_dating_word];
- a schedule's hours after its second weekday ("Mon and Tue 8am-3pm") are matched in place, and
  a clock time is moved to the evening ("starts at 8 and ends at 10:30") or read in several
  zones ("9pm ET / 6pm PT") only when it has an hour.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions

from chrono.anchor import RunOpening, WeekendCues, weekend_meant
from chrono.extract import Extractor
from chrono.extract.grammar import load_grammar
from chrono.extract.spec import RelativeOffset, Spec, Unit
from chrono.model import Granularity, TimexType
from chrono.text import split_sentences


def _news(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


def _weekend(amount: int | None, *, of_run: bool = False) -> Spec:
    return Spec(
        type=TimexType.DATE,
        rule="test.weekend",
        offset=RelativeOffset(unit=Unit.WEEKEND, amount=amount),
        of_run=of_run,
    )


_JULY = Spec(type=TimexType.DATE, rule="test.month", month=7)
_MONDAY = dt.date(2023, 9, 11)

# ---- 1. one weekend step ---------------------------------------------------------------------


def test_a_run_weekend_is_the_week_of_its_opening_day_and_rank() -> None:
    """A second weekend of a run that opened on a day is that day's week a week later."""
    run = RunOpening(rank=2, day=dt.date(2024, 8, 2), dated=True)
    spec = weekend_meant(_weekend(None, of_run=True), WeekendCues(run=run))
    assert (spec.year, spec.month, spec.day) == (2024, 8, 9)
    assert spec.granularity is Granularity.WEEK
    assert spec.weekend_of
    assert spec.offset is None
    assert not spec.of_run


def test_a_run_weekend_after_a_month_is_of_no_week() -> None:
    """A run weekend after a date of no day names no week the document date can place."""
    run = RunOpening(rank=1, day=None, dated=True)
    spec = weekend_meant(_weekend(None, of_run=True), WeekendCues(run=run))
    assert spec.literal == "XXXX-WXX-WE"


def test_a_run_weekend_after_a_weekend_of_the_tense_is_kept() -> None:
    """After a weekend counted from the document ("Last weekend's No. 1"), the run weekend is
    left to the tense."""
    spec = _weekend(None, of_run=True)
    run = RunOpening(rank=2, day=None, dated=False)
    assert weekend_meant(spec, WeekendCues(run=run)) is spec


@pytest.mark.parametrize(
    ("told_on", "amount"),
    [
        pytest.param(_MONDAY, -1, id="monday-the-weekend-gone"),
        pytest.param(dt.date(2023, 9, 15), -1, id="friday-the-weekend-gone"),
        pytest.param(dt.date(2023, 9, 16), 0, id="saturday-this-one"),
        pytest.param(None, 0, id="no-date-kept"),
    ],
)
def test_this_weekend_told_past_on_a_weekday(told_on: dt.date | None, amount: int) -> None:
    """ "this weekend" with a past verb after it, told on a weekday, is the weekend just gone."""
    spec = weekend_meant(_weekend(0), WeekendCues(told_on=told_on, told_past=True))
    assert spec.offset == RelativeOffset(unit=Unit.WEEKEND, amount=amount)


def test_this_weekend_with_no_past_verb_is_kept() -> None:
    """ "this weekend" told on a Monday with no past verb after it stays this weekend."""
    spec = _weekend(0)
    assert weekend_meant(spec, WeekendCues(told_on=_MONDAY)) is spec


@pytest.mark.parametrize(
    ("told_on", "month"),
    [
        pytest.param(dt.date(2023, 10, 16), 7, id="another-month"),
        pytest.param(None, 7, id="no-date"),
        pytest.param(dt.date(2023, 7, 10), None, id="the-month-told-in"),
    ],
)
def test_a_weekend_in_a_month(told_on: dt.date | None, month: int | None) -> None:
    """A weekend "in" a month is of that month, unless it is the month it is told in."""
    spec = weekend_meant(_weekend(None), WeekendCues(told_on=told_on, in_month=_JULY))
    assert spec.month == month
    assert (spec.offset is None) is (month is not None)


def test_a_counted_weekend_in_a_month_is_kept() -> None:
    """ "last weekend in July" is counted from the document, not a weekend of the month."""
    spec = _weekend(-1)
    assert weekend_meant(spec, WeekendCues(told_on=_MONDAY, in_month=_JULY)) is spec


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The film, which opened on Friday 2 August, took $40 million in its first weekend.",
            "2024-08-20",
            [("Friday 2 August", "DATE", "2024-08-02"), ("first weekend", "DATE", "2024-W31-WE")],
            id="first-weekend-of-a-run",
        ),
        pytest.param(
            "The sequel, released on 14 June, made $20 million in its second weekend.",
            "2024-07-01",
            [("14 June", "DATE", "2024-06-14"), ("second weekend", "DATE", "2024-W25-WE")],
            id="second-weekend-of-a-run",
        ),
        pytest.param(
            "The sequel, which opened on Friday 1 September, took $50 million in its debut "
            "weekend.",
            "2023-09-20",
            [
                ("Friday 1 September", "DATE", "2023-09-01"),
                ("debut weekend", "DATE", "2023-W35-WE"),
            ],
            id="debut-weekend-ranked-by-the-vocabulary",
        ),
        pytest.param(
            "Last weekend's No. 1 held on in its second weekend.",
            "2023-09-12",
            [("Last weekend", "DATE", "2023-W36-WE"), ("second weekend", "DATE", "2023-W36-WE")],
            id="run-weekend-after-last-weekend",
        ),
        pytest.param(
            "Sales this weekend trailed the same weekend last year by 8%.",
            "2023-09-11",
            [
                ("this weekend", "DATE", "2023-W36-WE"),
                ("the same weekend last year", "DATE", "2022-W36-WE"),
            ],
            id="this-weekend-told-past-on-monday",
        ),
        pytest.param(
            "Box office receipts this weekend fell short of forecasts.",
            "2023-09-12",
            [("this weekend", "DATE", "2023-W36-WE")],
            id="this-weekend-told-past-on-tuesday",
        ),
        pytest.param(
            "Sales this weekend will trail the same weekend last year, analysts said.",
            "2023-09-11",
            [
                ("this weekend", "DATE", "2023-W37-WE"),
                ("the same weekend last year", "DATE", "2022-W37-WE"),
            ],
            id="lookalike-this-weekend-ahead",
        ),
        pytest.param(
            "The film took $162 million in its opening weekend in July.",
            "2023-10-16",
            [("opening weekend", "DATE", "2023-07"), ("July", "DATE", "2023-07")],
            id="opening-weekend-in-a-month",
        ),
        pytest.param(
            "Attendance over the weekend in March was a record, officials said.",
            "2023-07-10",
            [("the weekend", "DATE", "2023-03"), ("March", "DATE", "2023-03")],
            id="the-weekend-in-a-month",
        ),
        pytest.param(
            "Heavy rain fell over the weekend in July, officials said.",
            "2023-07-10",
            [("the weekend", "DATE", "2023-W27-WE"), ("July", "DATE", "2023-07")],
            id="lookalike-the-weekend-in-the-month-told-in",
        ),
    ],
)
def test_weekends_in_news(text: str, dct: str, expected: list[Row]) -> None:
    """Weekends of a run, told in the past, in a month: as before the step was folded."""
    assert _news(text, dct) == expected


def test_run_ranks_besides_the_ordinals_are_vocabulary() -> None:
    """ "opening" and "debut" rank a run's weekend as its first, by the vocabulary's [run_rank]."""
    table = load_grammar().vocabulary["run_rank"]
    assert table == {"opening": 1, "debut": 1}


# ---- 2. a year of weekends -------------------------------------------------------------------


def test_the_same_weekend_last_year_counts_a_year() -> None:
    """The rule of "the same weekend last year" counts one weekend per year, typed."""
    rules = {rule.id: rule for rule in load_grammar().rules}
    assert rules["date.year_ago_weekend"].slots.get("per") == "year"
    specs = {
        item.text: item.spec
        for item in Extractor().find("Last weekend fell 20% from the same weekend last year.")
    }
    year_ago = RelativeOffset(unit=Unit.WEEKEND, amount=-1, per=Unit.YEAR)
    assert specs["the same weekend last year"].offset == year_ago
    assert specs["Last weekend"].offset == RelativeOffset(unit=Unit.WEEKEND, amount=-1)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Last weekend's box office fell 20% from the same weekend last year.",
            "2023-09-12",
            [
                ("Last weekend", "DATE", "2023-W36-WE"),
                ("the same weekend last year", "DATE", "2022-W36-WE"),
            ],
            id="after-last-weekend",
        ),
        pytest.param(
            "Box office fell 20% from the comparable weekend a year ago.",
            "2023-09-10",
            [("the comparable weekend a year ago", "DATE", "2022-W36-WE")],
            id="told-on-its-sunday",
        ),
        pytest.param(
            "Ticket sales dropped last weekend, the studio said.",
            "2023-09-12",
            [("last weekend", "DATE", "2023-W36-WE")],
            id="lookalike-last-weekend",
        ),
    ],
)
def test_a_weekend_a_year_away(text: str, dct: str, expected: list[Row]) -> None:
    """ "the same weekend last year" is the weekend the tense names, a year of weeks back."""
    assert _news(text, dct) == expected


def test_the_same_weekend_years_ago() -> None:
    """ "the same weekend two years ago" is the weekend just gone, two years of weeks back."""
    assert _news("Sales fell 12% from the same weekend two years ago.", "2023-09-12") == [
        ("the same weekend two years ago", "DATE", "2021-W36-WE")
    ]


# ---- 3. the words that date a clock time ------------------------------------------------------


def test_clock_dating_words_are_vocabulary() -> None:
    """The vocabulary lists the starts of the words that date a clock time after p.m."""
    table = load_grammar().vocabulary["clock_dating_word"]
    assert table["mon"] == "weekday"
    assert table["eastern"] == "zone"
    assert table["labour"] == table["labor"] == "holiday"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("The polls close at 8 p.m. Monday and results follow.", 1, id="weekday"),
        pytest.param("Doors open at 6 p.m. Christmas morning for the choir.", 1, id="holiday"),
        pytest.param("The call is at 5 p.m. Eastern time on Friday.", 1, id="zone"),
        pytest.param("Power was cut around 5 p.m. Alerts run through Friday.", 2, id="opener"),
        pytest.param("The vote closed at 5 p.m. Officials said turnout was high.", 2, id="said"),
    ],
)
def test_a_clock_time_is_dated_or_ends_its_sentence(text: str, count: int) -> None:
    """After "a.m."/"p.m." a vocabulary word dates the clock; another capital opens a sentence."""
    assert len(split_sentences(text, load_grammar("en")).spans) == count


# ---- 4 and 5. hours after weekdays, clock times with an hour -----------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Book fair Mon and Tue 8am-3pm.",
            "2024-05-14",
            [
                ("Mon", "DATE", "2024-05-20"),
                ("Tue", "DATE", "2024-05-21"),
                ("8am", "TIME", "2024-05-21T08:00"),
                ("3pm", "TIME", "2024-05-21T15:00"),
            ],
            id="schedule-hours",
        ),
        pytest.param(
            "Auditions: Sat & Sun 10am-2pm.",
            "2024-05-14",
            [
                ("Sat", "DATE", "2024-05-18"),
                ("Sun", "DATE", "2024-05-19"),
                ("10am", "TIME", "2024-05-19T10:00"),
                ("2pm", "TIME", "2024-05-19T14:00"),
            ],
            id="schedule-hours-ampersand",
        ),
        pytest.param(
            "Book fair Mon and Tue, then the gala.",
            "2024-05-14",
            [("Mon", "DATE", "2024-05-20"), ("Tue", "DATE", "2024-05-14")],
            id="lookalike-no-hours",
        ),
        pytest.param(
            "The show starts at 8 and ends at 10:30.",
            "2024-05-10",
            [("8", "TIME", "2024-05-10T20:00"), ("10:30", "TIME", "2024-05-10T22:30")],
            id="evening-clock",
        ),
        pytest.param(
            "The debate airs at 9pm ET / 6pm PT, which is 1am here.",
            "2024-05-10",
            [
                ("9pm ET", "TIME", "2024-05-10T21:00-04:00"),
                ("6pm PT", "TIME", "2024-05-10T18:00-07:00"),
                ("1am", "TIME", "2024-05-11T01:00"),
            ],
            id="zones-latest-east",
        ),
    ],
)
def test_clock_times_kept(text: str, dct: str, expected: list[Row]) -> None:
    """Schedules' hours and evening or zoned clock times keep their values."""
    assert _news(text, dct) == expected
