"""Gaps the helpers noticed in session 10, sixth list, each a phenomenon of the language, in
passages of the kind of text it was noticed in.

A day and "around" a clock time are two mentions, as TimeML tags them, and the clock time is of
the day before it ("yesterday around 7am"). The clock time of a set of weekdays after the
month it runs in is any such day's ("every Tuesday in June at 10:30am"). Messages write short
weekdays in lower case where the word is also a verb or a noun: "wed at 5?", "sun 17th",
"union meets wed." are days; "they were wed at noon", "the sun at 6am" are not. A list of short
weekdays with a clock time is a schedule ("gym tue thu at 7", "Mon Wed Fri 6:30am"), each day a
weekly set at the time. "every 2nd Wednesday" is every other one. A figure that fell "until 2",
"It was the 2nd", "hit by Mon" are no times. A chat log stamped as a day-first locale's app
writes its stamps ("[03/04/2023, 14:22]", day and month padded, four-digit year, 24-hour
clock) is day first, whatever its document date.

Weekdays checked with datetime: 2024-03-14 is a Thursday; 2024-05-22 a Wednesday; 2023-09-12
a Tuesday (09-13 the Wednesday, 09-17 the Sunday); 2024-03-20 a Wednesday; 2023-04-03 a
Monday (04-10 the next Monday).
"""

from __future__ import annotations

import pytest
from passages import Row, mentions

# (kind, passage, options, expected mentions)
PASSAGES: list[tuple[str, str, dict[str, str], list[Row]]] = [
    (
        "news_fire_yesterday_around_7am",
        "Firefighters were called to the warehouse yesterday around 7am, and the blaze was out "
        "by this afternoon. Crews will return tomorrow at about 9 a.m.",
        {"dct": "2024-03-14"},
        [
            ("yesterday", "DATE", "2024-03-13"),
            ("7am", "TIME", "2024-03-13T07:00"),
            ("this afternoon", "TIME", "2024-03-14TAF"),
            ("tomorrow", "DATE", "2024-03-15"),
            ("9 a.m.", "TIME", "2024-03-15T09:00"),
        ],
    ),
    (
        "library_summer_programme",
        "Summer at the library! ☀️ Storytime every Tuesday in June at 10:30am, Lego club every "
        "Saturday in July from 2pm to 4pm, and the teen book swap every Friday throughout "
        "August, 4pm.",
        {"dct": "2024-05-22"},
        [
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("June", "DATE", "2024-06"),
            ("10:30am", "TIME", "XXXX-XX-XXT10:30"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("July", "DATE", "2024-07"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("August", "DATE", "2024-08"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
        ],
    ),
    (
        "chat_lower_case_wed_sun",
        "sorry, can't make it today 😩 wed at 5? if not, sun 17th works, the hall is free "
        "then. union meets wed.",
        {"dct": "2023-09-12"},
        [
            ("today", "DATE", "2023-09-12"),
            ("wed at 5", "TIME", "2023-09-13T17:00"),
            ("sun 17th", "DATE", "2023-09-17"),
            ("wed", "DATE", "2023-09-13"),
        ],
    ),
    (
        "post_training_plan_short_weekdays",
        "new plan for the month 💪 gym tue thu at 7, swim Mon Wed Fri 6:30am",
        {"dct": "2024-03-20"},
        [
            ("tue", "SET", "XXXX-WXX-2T19:00"),
            ("thu at 7", "SET", "XXXX-WXX-4T19:00"),
            ("Mon", "SET", "XXXX-WXX-1T06:30"),
            ("Wed", "SET", "XXXX-WXX-3T06:30"),
            ("Fri 6:30am", "SET", "XXXX-WXX-5T06:30"),
        ],
    ),
    (
        "council_collections_every_2nd",
        "Recycling is collected every 2nd Wednesday and garden waste every 2nd week from April. "
        "The residents' forum meets the 2nd Wednesday of each month.",
        {"dct": "2024-03-20"},
        [
            ("every 2nd Wednesday", "SET", "P2W"),
            ("every 2nd week", "SET", "P2W"),
            ("April", "DATE", "2024-04"),
            ("the 2nd Wednesday of each month", "SET", "P1M"),
        ],
    ),
    (
        # exported a week later, no stamp is the export's day: the stamps' form tells the order
        "whatsapp_uk_log_exported_later",
        "[03/04/2023, 14:22] Mum: can you grab milk on the way home? need it for tea\n"
        "[03/04/2023, 14:25] Jess: yep\n"
        "[05/04/2023, 09:10] Mum: colour for the hallway sorted, £40 a tin!! tmrw we paint",
        {"dct": "2023-04-10"},
        [
            ("03/04/2023, 14:22", "TIME", "2023-04-03T14:22"),
            ("03/04/2023, 14:25", "TIME", "2023-04-03T14:25"),
            ("05/04/2023, 09:10", "TIME", "2023-04-05T09:10"),
            ("tmrw", "DATE", "2023-04-06"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [pytest.param(t, o, e, id=k) for k, t, o, e in PASSAGES],
)
def test_passage(text: str, options: dict[str, str], expected: list[Row]) -> None:
    """Every mention of the passage, with its type and value."""
    assert mentions(text, **options) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She sat 3rd in the table after the win.",
        "The sun rose over the bay and the sun sat low.",
        "Shares fell until 2, then rallied.",
        "The index slid steadily until 3, when buyers returned.",
        "It was the 2nd, I think.",
        "He was hit by Mon.",
    ],
)
def test_look_alikes_yield_nothing(text: str) -> None:
    """The noun "sun", the verb "sat", a figure that fell "until 2", a rank told in the past
    and a passive's agent after "by" are no days nor times."""
    assert mentions(text, dct="2023-09-12") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They were wed at noon in the chapel.", ("noon", "TIME", "2023-09-12T12:00")),
        ("The sun at 6am was blinding.", ("6am", "TIME", "2023-09-12T06:00")),
    ],
)
def test_a_verb_wed_or_the_sun_is_no_day_before_a_clock_time(text: str, expected: Row) -> None:
    """ "they were wed at noon", "the sun at 6am": the verb and the noun, and the clock time
    alone is the time."""
    assert mentions(text, dct="2023-09-12") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("working till 4, so 6ish?", [("4", "TIME", "2023-09-12T16:00")]),
        ("Shares fell until 2 p.m., then rallied.", [("2 p.m.", "TIME", "2023-09-12T14:00")]),
        ("RSVP by Mon", [("Mon", "DATE", "2023-09-18")]),
        ("The essay was due by Fri.", [("Fri", "DATE", "2023-09-08")]),
    ],
)
def test_the_informal_readings_stay(text: str, expected: list[Row]) -> None:
    """The hour a message works till, a time with its p.m., a deadline's weekday stay."""
    assert mentions(text, dct="2023-09-12")[: len(expected)] == expected


def test_a_us_stamp_stays_month_first() -> None:
    """A United States export pads nothing and writes two figures of the year: month first."""
    text = "4/3/23, 2:22 PM - Mia: grabbing milk\n4/5/23, 9:10 AM - Ben: tmrw?"
    assert mentions(text, dct="2023-04-10") == [
        ("4/3/23, 2:22 PM", "TIME", "2023-04-03T14:22"),
        ("4/5/23, 9:10 AM", "TIME", "2023-04-05T09:10"),
        ("tmrw", "DATE", "2023-04-06"),
    ]


def test_a_closure_in_a_schedule_is_ahead() -> None:
    """ "Closed July 4." in a library's summer post of May is the coming Fourth."""
    assert mentions("Lego club every Saturday in July. Closed July 4.", dct="2024-05-22")[-1] == (
        "July 4",
        "DATE",
        "2024-07-04",
    )
