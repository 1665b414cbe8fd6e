"""Gaps earlier helpers noticed in news and social text, sixteenth list: numbers that look like
years, a clock time with its day, an evening show's second hour, days counted from a deictic
day or by a weekday, the edge of a day named by "this morning", the day of the attacks said
aloud, a possessive weekday before a future verb, and vague counts before "later".

Each test gives a few sentences of realistic text with the look-alikes that must stay untagged,
and the (text, type, value) rows TimeML gives. Weekdays checked with datetime (``_on``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, mentions


def _on(text: str, dct: str, weekday: str, **options: str) -> list[Row]:
    """The mentions of ``text`` written on ``dct``, its weekday checked to be ``weekday``."""
    assert dt.date.fromisoformat(dct).strftime("%A") == weekday
    return mentions(text, dct=dct, **options)


def test_numbers_said_or_written_like_years_that_count_things_are_no_years() -> None:
    """ "twenty twenty vision" is perfect sight, and a four-digit number after a gathering's
    noun and before the people it counts is a count ("a parade of 1630 soldiers", "a crowd of
    2000 people"); "the summer of 1800", "the War of 1812" and a spoken year stay years."""
    text = (
        "The new lenses promise twenty twenty vision, and with twenty-twenty hindsight the "
        "board regrets the delay. A parade of 1630 soldiers and a crowd of 2000 people filled "
        "the square, and a convoy of some 1200 vehicles followed. Veterans of the War of 1812 "
        "were honoured; the fort was built in the summer of 1800. Sales fell in twenty twenty."
    )
    assert _on(text, "2023-09-12", "Tuesday") == [
        ("1812", "DATE", "1812"),
        ("the summer of 1800", "DATE", "1800-SU"),
        ("twenty twenty", "DATE", "2020"),
    ]


def test_a_bare_hour_before_its_zone_and_its_weekday_is_one_time() -> None:
    """ "at 10 Eastern on Monday" is one TIME, as "at 9 ET tomorrow" is; a news conference's
    hour is the morning's. A game's "Puck drop 7:30 tonight" is one time too; "10 Eastern
    counties" is no clock time."""
    text = (
        "The governor will hold a news conference at 10 Eastern on Monday. Storms hit 10 "
        "Eastern counties on Thursday."
    )
    assert _on(text, "2023-09-14", "Thursday", genre="news") == [
        ("10 Eastern on Monday", "TIME", "2023-09-18T10:00-04:00"),
        ("Thursday", "DATE", "2023-09-14"),
    ]
    post = "Puck drop 7:30 tonight at the Garden. We're 7-3 at home this year."
    assert _on(post, "2023-11-02", "Thursday") == [
        ("7:30 tonight", "TIME", "2023-11-02T19:30"),
        ("this year", "DATE", "2023"),
    ]


def test_the_second_hour_of_an_evening_show_is_the_evenings() -> None:
    """ "The show starts at 8 and ends at 10:30": both hours are the evening's."""
    text = "The show starts at 8 and ends at 10:30."
    assert _on(text, "2023-09-12", "Tuesday") == [
        ("8", "TIME", "2023-09-12T20:00"),
        ("10:30", "TIME", "2023-09-12T22:30"),
    ]


def test_days_counted_from_tomorrow_or_back_by_a_weekday() -> None:
    """ "a week from tomorrow" is eight days ahead, "a week from Friday" the Friday a week
    after the coming one, "two Saturdays ago" the Saturday before last; "a week" alone and
    "two Saturdays a month" are no such days."""
    text = (
        "The hearing resumes a week from tomorrow, and the verdict is due a week from Friday. "
        "The fire started two Saturdays ago."
    )
    assert _on(text, "1998-02-13", "Friday", genre="news") == [
        ("a week from tomorrow", "DATE", "1998-02-21"),
        ("a week from Friday", "DATE", "1998-02-27"),
        ("two Saturdays ago", "DATE", "1998-01-31"),
    ]
    assert ("two Saturdays ago", "DATE") not in [
        (t, k) for t, k, _ in _on("He works two Saturdays a month.", "1998-02-13", "Friday")
    ]


def test_first_light_before_this_morning_is_the_broadcasts_morning() -> None:
    """ "at first light this morning" after "the early hours of Sunday" is today's dawn, and
    "at dawn tomorrow" tomorrow's; "first light Tuesday" tags the day alone, as TimeBank tags
    "before dawn Friday"; "a new dawn" is no time."""
    text = (
        "The jet crashed into the Atlantic in the early hours of Sunday. The search resumed at "
        "first light this morning, and divers will go down at dawn tomorrow. Officials hope "
        "for a new dawn in air safety."
    )
    assert _on(text, "1999-11-02", "Tuesday", genre="news") == [
        ("Sunday", "DATE", "1999-10-31"),
        ("first light", "TIME", "1999-11-02TMO"),
        ("this morning", "TIME", "1999-11-02TMO"),
        ("dawn", "TIME", "1999-11-03TMO"),
        ("tomorrow", "DATE", "1999-11-03"),
    ]
    assert _on("Marines will attack at first light Thursday.", "1999-11-02", "Tuesday") == [
        ("Thursday", "DATE", "1999-11-04")
    ]


def test_nine_eleven_said_aloud_is_the_day_of_the_attacks() -> None:
    """A transcript's "nine-eleven" and "Nine/Eleven" are 11 September 2001, as "9/11" is;
    a clock time said aloud ("at nine-eleven a.m.") and "nine eleven-year-olds" are not."""
    text = (
        "Airport security has tightened since nine-eleven. After Nine/Eleven, the post-9/11 "
        "rules came in."
    )
    assert _on(text, "2011-09-09", "Friday", genre="news") == [
        ("nine-eleven", "DATE", "2001-09-11"),
        ("Nine/Eleven", "DATE", "2001-09-11"),
        ("9/11", "DATE", "2001-09-11"),
    ]
    flight = "The flight left at nine-eleven a.m., with nine eleven-year-olds aboard."
    assert _on(flight, "2011-09-09", "Friday", genre="news") == [
        ("nine-eleven a.m.", "TIME", "2011-09-09T09:11")
    ]


def test_a_possessive_weekday_of_a_past_event_in_a_future_clause_is_behind() -> None:
    """ "Friday's quake is expected to cost billions" in a Tuesday story: the quake was last
    Friday; "Friday's vote will decide the race" is the coming one."""
    text = "Friday's quake is expected to cost billions. Friday's vote will decide the race."
    assert _on(text, "2011-03-15", "Tuesday", genre="news") == [
        ("Friday", "DATE", "2011-03-11"),
        ("Friday", "DATE", "2011-03-18"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="the nearest tense cue wins, and 'grounded' (a participle complement of 'keep') is "
    "read as a simple past nearer the day than 'will'",
)
def test_a_day_after_a_participle_complement_of_a_future_verb_is_ahead() -> None:
    """ "The FAA will keep the jets grounded on Tuesday" in a Monday story is the next day."""
    text = "The FAA will keep the jets grounded on Tuesday."
    assert _on(text, "2013-01-21", "Monday", genre="news") == [("Tuesday", "DATE", "2013-01-22")]


@pytest.mark.xfail(
    strict=True,
    reason="chrono tags a vague count with its 'later' as one DATE, FUTURE_REF in news; "
    "TimeBank tags the count alone as a DURATION ('A few days' PXD, 'later' its signal), as it "
    "does 'Three days' of 'Three days later', which chrono also tags with 'later'",
)
def test_a_vague_count_before_later_is_a_duration() -> None:
    """ "A few minutes later", "several hours later", "a few days later" in news: TimeBank's
    "A few days" (DURATION, PXD), "later" outside the extent."""
    text = (
        "The shooting began just after 2 p.m. A few minutes later, police arrived. Several "
        "hours later the fire was out, and a few days later the chief resigned."
    )
    assert _on(text, "2023-09-12", "Tuesday", genre="news") == [
        ("just after 2 p.m.", "TIME", "2023-09-12T14:00"),
        ("A few minutes", "DURATION", "PTXM"),
        ("Several hours", "DURATION", "PTXH"),
        ("a few days", "DURATION", "PXD"),
    ]
