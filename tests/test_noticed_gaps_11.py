"""Gaps the helpers noticed, eleventh list, each a phenomenon of the language, in passages of
the kind of text it was noticed in: broadcast and local news and social media posts.

A bare hour joined to "last night" is that night's ("at 11 last night": 23:00 the day
before, as "11 p.m. last night" is), and a broadcast's bare hour before a US zone is its
evening's ("at ten Eastern": 22:00, as "at 10 tonight" is), not an address ("1 Central Park
West"). Dawn after a named night ("at 11 last night ... around dawn") is the next morning in
news as in a story, and "around dawn" is a time as "before dawn" is. A bare hour from 6 to 11
right after an evening's event ("Doors at 8:30", "the show starts at 9") is the evening's.
A post's "Summer 19" is the summer of 2019 where the two digits end the phrase. "next
Wednesday, Oct. 4" is one date with its "next". A range of counts before "earlier" or
"later" is a duration whether written in figures or words ("Two to three weeks earlier",
"2 to 6 months"), as TimeBank tags "two or three days later" (only before "ago" is the upper
count a date); "the next 24 to 48 hours" is the upper count, as "the next two to three weeks"
is. A range of bare 12-hour clock times whose end comes before its start ends in the
afternoon also when the end carries the day ("9:30 to 5:30 Saturday": 17:30), and a day
announced with such hours ("the board meets Friday 11:00-1:00") looks ahead.

Weekdays checked with datetime: 2023-09-12 is a Tuesday; 2024-05-04 a Saturday; 2023-09-27 a
Wednesday, 2023-10-04 the Wednesday after it, 2023-09-29 a Friday and 2023-09-30 a Saturday.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "local_tv_fire_last_night_and_a_promo_in_eastern_time",
        "Firefighters were called to the warehouse at 11 last night, and the roof collapsed "
        "around dawn. Crews are still on the scene. Full coverage tonight at ten Eastern, right "
        "here on Channel 5.",
        {"dct": "2023-09-12", "genre": "news"},
        [
            ("11 last night", "TIME", "2023-09-11T23:00"),
            ("dawn", "TIME", "2023-09-12TMO"),
            ("tonight", "TIME", "2023-09-12TNI"),
            ("ten Eastern", "TIME", "2023-09-12T22:00-04:00"),
        ],
    ),
    (
        "recital_post_doors_and_show_in_the_evening",
        "Our spring recital is Saturday, May 4! Doors at 8:30 and the show starts at 9. "
        "Dinner at 6 before? 🍝",
        {"dct": "2024-04-29"},
        [
            ("Saturday, May 4", "DATE", "2024-05-04"),
            ("8:30", "TIME", "2024-05-04T20:30"),
            ("9", "TIME", "2024-05-04T21:00"),
            ("6", "TIME", "2024-05-04T18:00"),
        ],
    ),
    (
        "throwback_post_summer_19",
        "Summer 19 was the best summer of my life ☀️ Can't believe it's been four years. Back "
        "to the lake next weekend!",
        {"dct": "2023-07-10"},
        [
            ("Summer 19", "DATE", "2019-SU"),
            ("four years", "DURATION", "P4Y"),
            ("next weekend", "DATE", "2023-W29-WE"),
        ],
    ),
    (
        "weather_news_ranges_of_counts",
        "Forecasters said the storm could strengthen over the next 24 to 48 hours. Two to "
        "three weeks earlier, a similar system had stalled offshore, and repairs took 2 to 6 "
        "months.",
        {"dct": "2023-09-12", "genre": "news"},
        [
            ("the next 24 to 48 hours", "DURATION", "PT48H"),
            ("Two to three weeks", "DURATION", "P3W"),
            ("2 to 6 months", "DURATION", "P6M"),
        ],
    ),
    (
        "community_notice_next_wednesday_and_opening_hours",
        "Reminder: the town hall is next Wednesday, Oct. 4, in the school gym. The open house "
        "runs 9:30 to 5:30 Saturday, and the board meets Friday 11:00-1:00.",
        {"dct": "2023-09-27"},
        [
            ("next Wednesday, Oct. 4", "DATE", "2023-10-04"),
            ("9:30", "TIME", "2023-09-30T09:30"),
            ("5:30 Saturday", "TIME", "2023-09-30T17:30"),
            ("Friday", "DATE", "2023-09-29"),
            ("11:00", "TIME", "2023-09-29T11:00"),
            ("1:00", "TIME", "2023-09-29T13:00"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [pytest.param(t, o, e, id=k) for k, t, o, e in PASSAGES],
)
def test_passage(text: str, options: dict[str, str], expected: list[Row]) -> None:
    """Every temporal expression of the passage, with its type and value."""
    assert mentions(text, **options) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The club signed Summer 19 players this window.",
        "She grew up at 1 Central Park West.",
        "Prices could fall 19 if the deal collapses.",
        "He coached the spring 10 under-nines.",
    ],
)
def test_look_alikes_yield_nothing(text: str) -> None:
    """A season before a count of players, an address's number before a zone's name, and the
    verbs "fall" and "spring" before a number are no times."""
    assert mentions(text, dct="2023-09-12") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parade starts at 11, rain or shine.", ("11", "TIME", "2023-09-12T11:00")),
        ("Breakfast at 8 tomorrow, then the hike.", ("8 tomorrow", "TIME", "2023-09-13T08:00")),
        ("The show starts at 8 a.m. sharp.", ("8 a.m.", "TIME", "2023-09-12T08:00")),
    ],
)
def test_a_morning_hour_stays(text: str, expected: Row) -> None:
    """A parade's hour, a breakfast's and a show's told with "a.m." keep the morning."""
    assert mentions(text, dct="2023-09-12") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Doors open at 7:30, the show starts at 8.",
            [("7:30", "TIME", "2023-09-12T19:30"), ("8", "TIME", "2023-09-12T20:00")],
        ),
        (
            "Gates open at 6:30, 1st pitch 8:05.",
            [("6:30", "TIME", "2023-09-12T18:30"), ("8:05", "TIME", "2023-09-12T20:05")],
        ),
        ("Dinner at 6:30 tmrw?", [("6:30 tmrw", "TIME", "2023-09-13T18:30")]),
    ],
)
def test_an_evening_events_clock_with_minutes_is_the_evenings(
    text: str, expected: list[Row]
) -> None:
    """Doors that open for a show, a game's first pitch and a dinner put a clock time from 6
    to 11 told without "a.m." in the evening, with its minutes as without them."""
    assert mentions(text, dct="2023-09-12") == expected


@pytest.mark.xfail(
    strict=True,
    reason="a vague count of minutes before 'later' in news is FUTURE_REF, as 'a few days later' "
    "is (anchor.resolve reads every vague count in news so); placing it on the story's day, as "
    "a story's 'A few hours later' is, makes it the anchor of the next count, which then loses "
    "the clock time before it ('half an hour earlier' after '2 p.m.')",
)
def test_a_few_minutes_later_in_a_past_report_is_that_day() -> None:
    """ "a few minutes later" after the day's 2 p.m. is that day, not a vague future."""
    text = "The shooting began just after 2 p.m. Police arrived a few minutes later."
    assert mentions(text, dct="2023-09-12", genre="news")[-1] == (
        "a few minutes later",
        "DATE",
        "2023-09-12",
    )


def test_a_meeting_line_opening_a_post_puts_its_hours_on_friday() -> None:
    """ "Meeting Friday 11:00-1:00" opening a post: both clock times are of Friday (since the
    sixty-third list: no chat stamp of a sender "Meeting Friday" whose name began "-1")."""
    assert mentions("Meeting Friday 11:00-1:00 in room 4.", dct="2023-09-27") == [
        ("Friday", "DATE", "2023-09-29"),
        ("11:00", "TIME", "2023-09-29T11:00"),
        ("1:00", "TIME", "2023-09-29T13:00"),
    ]
