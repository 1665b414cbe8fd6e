"""News articles, seventh round: election eves, days counted from holidays, periods two back, and
names that carry a year-like number, in wire copy of 2023-2025 (AP, Reuters).

An election story tells the polls' hours in the present, and they are ahead: "Polls open at 7
a.m. local time on Tuesday" in a Monday story is tomorrow morning, as "close at 8 ET on
Tuesday" is tomorrow (a bare hour of a zone); what has been done is behind ("Early voting began
Oct. 15", "had cast ballots by Friday"). A day counted from a holiday is one date: "the day
after Christmas" is 26 December, "the Thursday before Easter" and "the Tuesday after Easter"
the nearest such weekdays around that year's Easter Sunday. "the weekend before last" is two
weekends back, "the week after next" two weeks on; a range of counts before "later" ("2-6
months later") is a duration, "later" its signal, however the range is written; "a week from
Tuesday" and "Thursday week" are a week after the coming such day. A plan, a fair
or a car named by a year-like number is no date ("Vision 2030", "Expo 2030", "a Peugeot
2008"), while the year the plan runs to is ("by 2030"). Each test is an article run as
chrono is scored: genre "news", its date as the document date, its weekday checked with
``datetime``; the tables are annotated by hand with the (text, type, value) TimeBank would
give, modifiers such as "late" outside the mention.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import mentions, news


def test_election_eve_story_reads_the_polls_hours_as_tomorrows() -> None:
    """An AP story on the eve of the 2024 election: the polls' hours, told in the present, are
    Tuesday's (tomorrow), also in "local time"; "said Monday" is the story's day, "Tuesday
    night" tomorrow's night; early voting "began Oct. 15" and ended "by Friday", behind;
    "counting could take until Thursday" is ahead."""
    text = (
        "ATLANTA (AP) - Polls open at 7 a.m. local time on Tuesday in Georgia and close at 7 "
        "p.m., and state officials said Monday that most results should be known by late "
        "Tuesday night. Early voting began Oct. 15, and more than 4 million Georgians had cast "
        "ballots by Friday, when in-person early voting ended. In Pennsylvania, where mail "
        "ballots are opened only on Election Day, counting could take until Thursday."
    )
    assert news(text, "2024-11-04", "Monday") == [
        ("7 a.m. local time on Tuesday", "TIME", "2024-11-05T07:00"),
        ("7 p.m.", "TIME", "2024-11-05T19:00"),
        ("Monday", "DATE", "2024-11-04"),
        ("Tuesday night", "TIME", "2024-11-05TNI"),
        ("Oct. 15", "DATE", "2024-10-15"),
        ("Friday", "DATE", "2024-11-01"),
        ("Election Day", "DATE", "2024-11-05"),
        ("Thursday", "DATE", "2024-11-07"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Polls in Pennsylvania close at 8 ET on Tuesday.",
        "Polls open at 6 a.m. local time on Tuesday.",
    ],
)
def test_the_polls_hours_in_a_zone_or_local_time_look_ahead(text: str) -> None:
    """In a Monday story the present "close" or "open" before a bare hour of a time zone or
    a clock time in "local time" looks ahead to the weekday (whether the bare hour is read with
    it, as tests/test_social_6.py expects, or not yet)."""
    rows = news(text, "2024-11-04", "Monday")
    assert [v[:10] for t, _, v in rows if t.endswith("Tuesday")] == ["2024-11-05"]


@pytest.mark.xfail(
    strict=True,
    reason="a clock time before 'on' and a holiday ('7 a.m. on Election Day') is not read as "
    "one time: the hour is taken alone, as the story's day",
)
def test_a_clock_time_on_election_day_is_that_days() -> None:
    """ "until 7 a.m. on Election Day": one time, 7 a.m. of the election's day."""
    text = "Workers cannot begin processing mail ballots until 7 a.m. on Election Day."
    assert news(text, "2024-11-04", "Monday") == [
        ("7 a.m. on Election Day", "TIME", "2024-11-05T07:00"),
    ]


def test_returns_story_counts_the_day_after_christmas_and_the_weekend_before_last() -> None:
    """A Reuters retail story two days after Christmas: "the day after Christmas" is 26
    December, "Jan. 2" next year's, "the weekend before last" the weekend of 16-17 December
    (two back from the story's ISO week 52), "said Wednesday" the story's day."""
    text = (
        "NEW YORK (Reuters) - Shoppers lined up to return gifts the day after Christmas, and UPS "
        "expects to handle 1.6 million return packages on Jan. 2, its busiest return day. Sales "
        "over the weekend before last rose 3.1 percent, Mastercard SpendingPulse said Wednesday."
    )
    assert news(text, "2023-12-27", "Wednesday") == [
        ("the day after Christmas", "DATE", "2023-12-26"),
        ("Jan. 2", "DATE", "2024-01-02"),
        ("the weekend before last", "DATE", "2023-W50-WE"),
        ("Wednesday", "DATE", "2023-12-27"),
    ]


def test_strike_story_counts_weekdays_around_easter() -> None:
    """A Reuters story on a Friday a week before Easter 2025 (20 April): "the Thursday before
    Easter" is 17 April, "the Tuesday after Easter" 22 April, "the weekend before last" the
    weekend of 29-30 March; "the long weekend" is no date of its own (an event noun)."""
    text = (
        "LONDON (Reuters) - Train drivers will strike on the Thursday before Easter and again on "
        "the Tuesday after Easter, the ASLEF union said on Friday, disrupting travel over the "
        "long weekend. The union staged a similar walkout the weekend before last, and talks "
        "are set for the week after next."
    )
    assert dt.date(2025, 4, 20).strftime("%A") == "Sunday"
    assert news(text, "2025-04-11", "Friday") == [
        ("the Thursday before Easter", "DATE", "2025-04-17"),
        ("the Tuesday after Easter", "DATE", "2025-04-22"),
        ("Friday", "DATE", "2025-04-11"),
        ("the weekend before last", "DATE", "2025-W13-WE"),
        ("the week after next", "DATE", "2025-W17"),
    ]


def test_plans_fairs_and_cars_named_by_a_year_are_no_dates() -> None:
    """A Reuters Gulf story: "Vision 2030", "Expo 2030" and the "Peugeot 2008" are names, "by
    2030" the year the target runs to; "last November" and "next year" count from the story."""
    text = (
        "RIYADH (Reuters) - Saudi Arabia has raised its tourism target under its Vision 2030 "
        "plan to 150 million visits a year by 2030, the tourism minister said on Tuesday. The "
        "kingdom, which won the right to host Expo 2030 last November, is spending heavily on "
        "hotels. Stellantis said its Peugeot 2008 SUV would be assembled in Morocco from next "
        "year."
    )
    assert news(text, "2024-09-24", "Tuesday") == [
        ("2030", "DATE", "2030"),
        ("Tuesday", "DATE", "2024-09-24"),
        ("last November", "DATE", "2023-11"),
        ("next year", "DATE", "2025"),
    ]


def test_outbreak_story_reads_ranges_of_counts() -> None:
    """An AP health story: a range of counts is a duration of its upper bound, before
    "after a trip" (P3W) as before "later" ("2-6 months later": P6M, as TimeBank's annotation
    reads "two or three days later"; not "6 months later" counted from the story), and "the
    next 48 to 72 hours" (PT72H)."""
    text = (
        "ATLANTA (AP) - Health officials said Tuesday that a second case of the virus had been "
        "confirmed in a Georgia man who fell ill two to three weeks after a trip to Brazil. In "
        "earlier cases, fever returned 2-6 months later in about one patient in ten, and "
        "officials expect more test results in the next 48 to 72 hours."
    )
    assert news(text, "2024-08-20", "Tuesday") == [
        ("Tuesday", "DATE", "2024-08-20"),
        ("two to three weeks", "DURATION", "P3W"),
        ("2-6 months", "DURATION", "P6M"),
        ("the next 48 to 72 hours", "DURATION", "PT72H"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The UN's Agenda 2030 sets 17 goals.",
        "Visitors to Expo 2010 Shanghai praised the pavilions.",
    ],
)
def test_names_with_a_year_like_number_yield_nothing(text: str) -> None:
    """A UN programme and a world's fair named by a year are no dates (a tournament's year is
    tagged: tests/test_noticed_gaps.py)."""
    assert mentions(text, dct="2024-09-24", genre="news") == []


def test_runoff_story_counts_a_week_from_a_weekday() -> None:
    """A Wednesday story: "a week from Tuesday" is the Tuesday after the coming one (12
    November 2024), as the British "Thursday week" is the Thursday after the coming one (7
    November); "Tuesday" alone is the coming one, ahead by the modal."""
    text = (
        "ATLANTA (AP) - If no candidate wins a majority on Tuesday, the top two will meet in a "
        "runoff a week from Tuesday, the secretary of state's office said Wednesday. In London, "
        "a judge adjourned the extradition hearing until Thursday week."
    )
    assert news(text, "2024-10-30", "Wednesday") == [
        ("Tuesday", "DATE", "2024-11-05"),
        ("a week from Tuesday", "DATE", "2024-11-12"),
        ("Wednesday", "DATE", "2024-10-30"),
        ("Thursday week", "DATE", "2024-11-07"),
    ]
