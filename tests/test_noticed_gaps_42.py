"""Gaps noticed in session 19, forty-second list: posts and clinical notes.

Posts are read as tests/test_social_20.py reads them, the post's date the document date;
notes as tests/test_clinical_20.py reads them, dated by their heading.

Decided here. A meeting moved "to" a weekday is moved ahead, to the next one: "move it to Tue"
posted on a Tuesday is the Tuesday after, as "push it to Fri" is the Friday ahead. Two short
weekdays offered after a verb with no "on" ("Can we meet Wed or Thu?") are the days ahead, as
"on Wed or Thu?" is (tests/test_noticed_gaps_39.py). A post's "Today is 10/8" names its day
twice: the month and day in figures are a date, as "my first day is 11/4" is
(tests/test_social_20.py); a rating ("Today was a 10/10") is none. "the fall" after "for" or
"by" in a post is the season ahead, as "in the fall" is; the fall of a city, a fall in
prices and a patient's fall are none. "Sun @ 10" is Sunday at ten, one mention, as "Sunday at
10" and "Sun 10am" are.

In a note, "Pt is POD 2 , doing well ." says the note is written on the second
postoperative day, as "Pt is POD 2 ." does: POD 2 is the note's own day. A stem cell or
marrow transplant's abbreviations ("SCT", "HSCT", "BMT", "allo SCT") count a day after a
transplant as "Day +30 post transplant" does (the note's day when it opens the note or follows
"Now"), to day +100. A heading in title case ("Oncology Consultation 05/02/2024") dates the
note as its capitals form ("ONCOLOGY CONSULTATION 05/02/2024") does; "Next Consultation
06/04/2024" does not.

"The meeting at 2:30 in the morning" is two mentions, the clock time 02:30 (the morning says
which 2:30) and the part of the day. "the last business day of the month" is a DATE of this
month with mod END, as "the end of the month" is: which day is the last business one depends
on a calendar of holidays chrono does not hold, and TimeML gives the value it can know. An
emoji ends a clause for the tense rules as a full stop does: "Friday was my last day 💙
Starting at Globex on Monday" starts on the Monday ahead.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import ModRow, Row, marked_unmet, mentions, mentions_with_mods, news, note_mentions

NOTE = "PROGRESS NOTE 05/16/2023\n"  # a Tuesday
POSTED = "2023-05-16"  # a Tuesday

# The rows chrono does not read yet, by id, and why (strict: a fix must take its id out).
_UNMET: dict[str, str] = {
    "emoji_ends_a_clause": "'Starting at Globex on Monday' (no object after the participle) is "
    "read by the past of the clause before it, with an emoji or a full stop between",
    "full_stop_ends_a_clause": "as emoji_ends_a_clause, with a full stop",
}


def _table(*rows: object) -> list[object]:
    """A test's rows, each row named in _UNMET a strict expected failure with its reason."""
    return marked_unmet(_UNMET, *rows)


def _note(text: str) -> list[Row]:
    return note_mentions(NOTE, text)


def _post(text: str) -> list[Row]:
    """The mentions of a post of Tuesday 2023-05-16."""
    return news(text, POSTED, "Tuesday")


# ---- 1. a move to a weekday ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param("Can we move it to Tue?", [("Tue", "DATE", "2023-05-23")], id="move_to_tue"),
        pytest.param(
            "move the call to Tuesday pls", [("Tuesday", "DATE", "2023-05-23")], id="to_tuesday"
        ),
        # look-alikes: a move to a later weekday, a day today
        pytest.param("push it to Fri 🙏", [("Fri", "DATE", "2023-05-19")], id="push_to_fri"),
        pytest.param("move it to Thu", [("Thu", "DATE", "2023-05-18")], id="move_to_thu"),
        pytest.param(
            "Tuesday standup is cancelled",
            [("Tuesday", "DATE", "2023-05-16")],
            id="tuesday_standup",
        ),
    ),
)
def test_a_move_to_a_weekday_is_the_next_one(text: str, expected: list[Row]) -> None:
    """Posted on Tuesday 2023-05-16: "move it to Tue" moves the meeting ahead, to next Tuesday,
    not to the day it is posted on; "push it to Fri" and "move it to Thu" are this week's."""
    assert _post(text) == expected


# ---- 2. two short weekdays with no "on" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Can we meet Wed or Thu?",
            [("Wed", "DATE", "2023-05-17"), ("Thu", "DATE", "2023-05-18")],
            id="meet_wed_or_thu",
        ),
        pytest.param(
            "I'm free Mon or Fri, lmk",
            [("Mon", "DATE", "2023-05-22"), ("Fri", "DATE", "2023-05-19")],
            id="free_mon_or_fri",
        ),
        pytest.param(
            "can we do it on Wed or Thu?",
            [("Wed", "DATE", "2023-05-17"), ("Thu", "DATE", "2023-05-18")],
            id="on_wed_or_thu",
        ),
        # look-alikes: the star and the moon, a name
        pytest.param("Sun or Moon? pick one", [], id="sun_or_moon"),
        pytest.param("Sun Microsystems or Oracle?", [], id="sun_microsystems"),
    ),
)
def test_two_short_weekdays_with_no_on(text: str, expected: list[Row]) -> None:
    """Posted on Tuesday 2023-05-16: "Can we meet Wed or Thu?" offers the two days ahead, as
    "on Wed or Thu?" does, and "free Mon or Fri" so; "Sun or Moon?" and "Sun Microsystems" are
    none."""
    assert _post(text) == expected


# ---- 3. "Today is 10/8" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Today is 10/8 and I start at Globex 🎉",
            [("Today", "DATE", "2024-10-08"), ("10/8", "DATE", "2024-10-08")],
            id="today_is_10_8",
        ),
        pytest.param(
            "my first day is 11/4", [("11/4", "DATE", "2024-11-04")], id="first_day_is_11_4"
        ),
        # look-alikes: a rating, a score
        pytest.param("Today was a 10/10 🎉", [("Today", "DATE", "2024-10-08")], id="a_rating"),
        pytest.param("Today my pain is 3/10", [("Today", "DATE", "2024-10-08")], id="a_pain_score"),
        pytest.param(
            "Today is 8/10, not bad 👍", [("Today", "DATE", "2024-10-08")], id="today_is_8_of_10"
        ),
    ),
)
def test_today_is_a_month_and_day(text: str, expected: list[Row]) -> None:
    """Posted on Tuesday 2024-10-08: "Today is 10/8" names the day twice, the month and day in
    figures a date as "my first day is 11/4" is; "a 10/10" and "3/10" are ratings."""
    assert news(text, "2024-10-08", "Tuesday") == expected


# ---- 4. "for the fall" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "New inquiries welcome for the fall 🍂",
            [("the fall", "DATE", "2023-FA")],
            id="welcome_for_the_fall",
        ),
        pytest.param(
            "Hoping to be booked solid by the fall.",
            [("the fall", "DATE", "2023-FA")],
            id="by_the_fall",
        ),
        pytest.param("Moving in the fall!", [("the fall", "DATE", "2023-FA")], id="in_the_fall"),
        # look-alikes: a city's fall, a fall in prices, a patient's fall
        pytest.param("Reading about the fall of Rome", [], id="the_fall_of_rome"),
        pytest.param("Investors braced for the fall in prices.", [], id="for_the_fall_in_prices"),
        pytest.param("Hip pain after the fall, seeing ortho", [], id="after_the_fall"),
        pytest.param("She was not to blame for the fall.", [], id="to_blame_for_the_fall"),
    ),
)
def test_for_the_fall_in_a_post(text: str, expected: list[Row]) -> None:
    """Posted on Tuesday 2023-05-16: "welcome for the fall" and "by the fall" look ahead to
    this year's autumn, as "in the fall" does; "the fall of Rome", "the fall in prices", a
    fall after which a hip hurts and a fall one is blamed for are none."""
    assert _post(text) == expected


# ---- 5. "Sun @ 10" -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Brunch Sun @ 10 🥞", [("Sun @ 10", "TIME", "2023-05-21T10:00")], id="sun_at_10"
        ),
        pytest.param(
            "Standup Mon @ 9 pls", [("Mon @ 9", "TIME", "2023-05-22T09:00")], id="mon_at_9"
        ),
        pytest.param(
            "Brunch Sun @10 🥞", [("Sun @10", "TIME", "2023-05-21T10:00")], id="sun_at_10_no_space"
        ),
        pytest.param(
            "Sun 10am brunch 🥂", [("Sun 10am", "TIME", "2023-05-21T10:00")], id="sun_10am"
        ),
        # look-alikes: a meal at noon, the star
        pytest.param("Lunch @ 12", [("12", "TIME", "2023-05-16T12:00")], id="lunch_at_12"),
        pytest.param("the Sun @ 10 degrees above the horizon", [], id="the_sun"),
    ),
)
def test_a_short_weekday_at_an_hour(text: str, expected: list[Row]) -> None:
    """Posted on Tuesday 2023-05-16: "Sun @ 10" is Sunday at ten, one mention, as "Sunday at
    10" and "Sun 10am" are, and "Mon @ 9" so; "Lunch @ 12" is noon today, and "the Sun @ 10
    degrees" is the star."""
    assert _post(text) == expected


# ---- 6. a day after surgery that is the note's -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Pt is POD 2 , doing well .", [("POD 2", "DATE", "2023-05-16")], id="pod_2_doing_well"
        ),
        pytest.param(
            "Pt is POD 3, tolerating diet .",
            [("POD 3", "DATE", "2023-05-16")],
            id="pod_3_tolerating",
        ),
        pytest.param("Pt is POD 2 .", [("POD 2", "DATE", "2023-05-16")], id="pod_2"),
        # look-alikes: a day of the course told after the note's own, a day told "on"
        pytest.param(
            "Pt is POD 2 , doing well ; drain out on POD 1 .",
            [("POD 2", "DATE", "2023-05-16"), ("POD 1", "DATE", "2023-05-15")],
            id="drain_on_pod_1",
        ),
        pytest.param(
            "Chest tube out on POD 2 , doing well .",
            [("POD 2", "DATE", "2023-05-18")],
            id="on_pod_2",
        ),
    ),
)
def test_a_postoperative_day_the_note_is_written_on(text: str, expected: list[Row]) -> None:
    """In a note of Tuesday 2023-05-16, "Pt is POD 2 , doing well ." is written on the second
    day after the operation, as "Pt is POD 2 ." is, and "POD 3, tolerating diet" so: the day is
    the note's, and a later "POD 1" the day before; "Chest tube out on POD 2" tells a day of the
    course, counted from the note's date."""
    assert _note(text) == expected


# ---- 7. a day after a stem cell or marrow transplant --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Now day +30 post allo SCT , engrafted .",
            [("Now", "DATE", "PRESENT_REF"), ("day +30 post allo SCT", "DATE", "2023-05-16")],
            id="now_day_30_post_allo_sct",
        ),
        pytest.param(
            "Day +100 post BMT .", [("Day +100 post BMT", "DATE", "2023-05-16")], id="day_100_bmt"
        ),
        pytest.param(
            "Now day +14 post HSCT , no GVHD .",
            [("Now", "DATE", "PRESENT_REF"), ("day +14 post HSCT", "DATE", "2023-05-16")],
            id="day_14_post_hsct",
        ),
        pytest.param(
            "Day +30 post transplant .",
            [("Day +30 post transplant", "DATE", "2023-05-16")],
            id="day_30_post_transplant",
        ),
        # look-alike: a transplant's name without a day
        pytest.param("Hx of allo SCT in 2019 .", [("2019", "DATE", "2019")], id="sct_in_2019"),
    ),
)
def test_a_day_after_a_stem_cell_transplant(text: str, expected: list[Row]) -> None:
    """In a note of Tuesday 2023-05-16, "Now day +30 post allo SCT" is written on the thirtieth
    day after an allogeneic stem cell transplant, as "Day +30 post transplant" is, and "Day
    +100 post BMT" and "day +14 post HSCT" so; a transplant in 2019
    keeps its reading."""
    assert _note(text) == expected


# ---- 8. a heading in title case ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Oncology Consultation 05/02/2024\nPt seen today for new dx .",
            [("05/02/2024", "DATE", "2024-05-02"), ("today", "DATE", "2024-05-02")],
            id="oncology_consultation",
        ),
        pytest.param(
            "Hematology Consult 05/02/2024\nLabs drawn today .",
            [("05/02/2024", "DATE", "2024-05-02"), ("today", "DATE", "2024-05-02")],
            id="hematology_consult",
        ),
        pytest.param(
            "ONCOLOGY CONSULTATION 05/02/2024\nPt seen today for new dx .",
            [("05/02/2024", "DATE", "2024-05-02"), ("today", "DATE", "2024-05-02")],
            id="in_capitals",
        ),
        # look-alike: the plan's next consultation
        pytest.param(
            "Next Consultation 06/04/2024\nPt seen today .",
            [("06/04/2024", "DATE", "2024-06-04"), ("today", "DATE", "XXXX-XX-XX")],
            id="next_consultation",
        ),
    ),
)
def test_a_title_case_heading_dates_the_note(text: str, expected: list[Row]) -> None:
    """ "Oncology Consultation 05/02/2024" heads the note and dates it, so its "today" is that
    day, as the capitals heading does, and "Hematology Consult" so; the plan's "Next
    Consultation" does not date the note."""
    assert mentions(text) == expected


# ---- 9. a clock time in the morning, the last business day, an emoji -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "The meeting at 2:30 in the morning 🙃",
            [("2:30", "TIME", "2023-05-16T02:30"), ("the morning", "TIME", "2023-05-16TMO")],
            id="at_2_30_in_the_morning",
        ),
        pytest.param(
            "Invoices are due the last business day of the month.",
            [("the last business day of the month", "DATE", "2023-05", "END")],
            id="last_business_day",
        ),
        pytest.param(
            "Today is the last business day of the week.",
            [
                ("Today", "DATE", "2023-05-16"),
                ("the last business day of the week", "DATE", "2023-W20", "END"),
            ],
            id="today_is_the_last_business_day_of_the_week",
        ),
        # look-alike: a weekday's place in any week
        pytest.param(
            "Friday is the last working day of the week.",
            [("Friday", "DATE", "XXXX-WXX-5")],
            id="friday_is_the_last_working_day_of_the_week",
        ),
        pytest.param(
            "Invoices are due at the end of the month.",
            [("the end of the month", "DATE", "2023-05", "END")],
            id="end_of_the_month",
        ),
        pytest.param(
            "Friday was my last day 💙 Starting at Globex on Monday",
            [("Friday", "DATE", "2023-05-12"), ("Monday", "DATE", "2023-05-22")],
            id="emoji_ends_a_clause",
        ),
        pytest.param(
            "Friday was my last day. Starting at Globex on Monday",
            [("Friday", "DATE", "2023-05-12"), ("Monday", "DATE", "2023-05-22")],
            id="full_stop_ends_a_clause",
        ),
        # look-alike: a Monday in the past clause
        pytest.param(
            "Friday was my last day 💙 It started on Monday",
            [("Friday", "DATE", "2023-05-12"), ("Monday", "DATE", "2023-05-15")],
            id="a_past_monday",
        ),
    ),
)
def test_more_post_readings(text: str, expected: list[ModRow]) -> None:
    """Posted on Tuesday 2023-05-16: "2:30 in the morning" is 02:30, with the morning a mention
    of its own; "the last business day of the month" is the end of May (mod END), as "the end of
    the month" is, and "Today is the last business day of the week" the end of this week
    ("Friday is the last working day of the week" tells of any week); after "Friday was my
    last day" and an emoji (or a full stop), "Starting at Globex on Monday" looks ahead, and "It
    started on Monday" back."""
    assert mentions_with_mods(text, dct=POSTED, genre="news") == expected


def test_the_weekdays_of_the_posts() -> None:
    """The weekdays these tests count from."""
    assert dt.date(2023, 5, 16).strftime("%A") == "Tuesday"
    assert dt.date(2024, 10, 8).strftime("%A") == "Tuesday"
