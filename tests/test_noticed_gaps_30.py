"""Gaps noticed in session 15, thirtieth list: clinical notes and social posts.

Clinical notes are read as tests/test_clinical_17.py and test_noticed_gaps_27.py read them
(i2b2 2012 conventions): the date heading the note dates it and what it says counts from it;
dosing and dialysis schedules are sets, a dose's weekdays joined by slashes each day's set
("4000 units Tue/Thu/Sat" XXXX-WXX-2 ...), scores and counts of bottles ("BCx 2/4 bottles")
no times. A culture is dated by the day written after its name ("BCx 3/14: final 3/18": drawn
on 3/14, its final report on 3/18), and a route of giving may stand between the dose and its
weekdays ("4000 units IV Tue/Thu/Sat"). A holiday a patient is going home for, told in the
present progressive, is the one ahead ("He is going home for Easter" in June is next year's),
as a plan in the present progressive ("He is coming back in June") is. A plan's "a decision by
morning and a plan by evening" sets two times of the day, where a profile's "a banker by morning
and a DJ by evening" says what someone is (TimeML tags neither there).

Posts are read as tests/test_social_17.py reads them, the post's date the document date: a
message's "b there at 8" is a clock time as "b there @ 8" is (the hour's reading that of the
bare_hour vocabulary, the evening's after "dinner"); a LinkedIn post's age on its own line
("3w", "2d", "5mo") counts back from the post as "3w ago" does (date.ago_compact: "3 weeks
ago" is the week three weeks back); "Premieres in 2 hours" lasts two hours, as the project
reads "in 2 hours" (a duration, as i2b2 reads "in 3 months"), whether or not the post has a
time. A weekday in a generic statement ("Sunday is the first day of the week") is no date: it
is the underspecified XXXX-WXX-7, as date.weekday_indefinite reads "on a Tuesday", and "the
first day of the week" names the weekday's place, no length of a day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, marked_unmet, mentions, news

NOTE = "PROGRESS NOTE 03/20/2019\n"
JUNE_NOTE = "PROGRESS NOTE 06/12/2019\n"


def _note(text: str, header: str = NOTE) -> list[Row]:
    """The mentions of a note's line after its dated header (the header's row dropped)."""
    return mentions(header + text)[1:]


def _xfail(*values: object, why: str, id: str) -> object:
    """A table row chrono does not read yet: a strict expected failure, so that a fix shows up."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=why), id=id)


# The rows chrono does not read yet, by id, and why (strict: a fix must take its id out).
_UNMET: dict[str, str] = {}


def _table(*rows: object) -> list[object]:
    """A test's rows, each row named in _UNMET a strict expected failure with its reason."""
    return marked_unmet(_UNMET, *rows)


# ---- 1. a culture's day after its name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "BCx 3/14: final 3/18 NGTD.",
            [("3/14", "DATE", "2019-03-14"), ("3/18", "DATE", "2019-03-18")],
            id="bcx_drawn_and_final",
        ),
        pytest.param(
            "Blood cultures 3/14: final 3/18, no growth.",
            [("3/14", "DATE", "2019-03-14"), ("3/18", "DATE", "2019-03-18")],
            id="blood_cultures_drawn_and_final",
        ),
        pytest.param(
            "Urine cx 3/16: E. coli, pan-sensitive.",
            [("3/16", "DATE", "2019-03-16")],
            id="urine_cx_with_a_colon",
        ),
        pytest.param(
            "UCx 3/16 final: no growth.",
            [("3/16", "DATE", "2019-03-16")],
            id="ucx_before_final",
        ),
        # look-alikes: bottles and sets counted, scores
        pytest.param("BCx 2/4 bottles GPC in clusters.", [], id="bottles_counted"),
        pytest.param("BCx 1/2 sets positive for GNR.", [], id="sets_counted"),
        pytest.param("Blood cultures: 2/4 bottles positive.", [], id="bottles_after_a_colon"),
        pytest.param("Cultures 2/2 pending.", [], id="two_of_two_pending"),
        pytest.param("Score: final 3/5 correct.", [], id="score_final"),
    ),
)
def test_a_cultures_day_after_its_name(text: str, expected: list[Row]) -> None:
    """ "BCx 3/14: final 3/18" dates the culture's draw (3/14) and its final report (3/18), as
    "Blood cultures drawn 3/14: final 3/18" did; "BCx 2/4 bottles" counts bottles."""
    assert dt.date(2019, 3, 20).strftime("%A") == "Wednesday"
    assert _note(text) == expected


# ---- 2. a dose, its route and its weekdays ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Epogen 4000 units IV Tue/Thu/Sat with HD.",
            [
                ("Tue", "SET", "XXXX-WXX-2"),
                ("Thu", "SET", "XXXX-WXX-4"),
                ("Sat", "SET", "XXXX-WXX-6"),
            ],
            id="units_iv_three_days",
        ),
        pytest.param(
            "Epogen 10,000 units SC Mon/Wed/Fri.",
            [
                ("Mon", "SET", "XXXX-WXX-1"),
                ("Wed", "SET", "XXXX-WXX-3"),
                ("Fri", "SET", "XXXX-WXX-5"),
            ],
            id="units_sc_three_days",
        ),
        pytest.param(
            "Warfarin 2.5 mg PO Mon/Fri, 5 mg other days.",
            [("Mon", "SET", "XXXX-WXX-1"), ("Fri", "SET", "XXXX-WXX-5")],
            id="mg_po_two_days",
        ),
        pytest.param(
            "Epogen 4000 units Tue/Thu/Sat with HD.",
            [
                ("Tue", "SET", "XXXX-WXX-2"),
                ("Thu", "SET", "XXXX-WXX-4"),
                ("Sat", "SET", "XXXX-WXX-6"),
            ],
            id="without_a_route_as_before",
        ),
        # look-alike: days of a visit, no dose before them
        pytest.param(
            "Seen in clinic Tue/Thu this week.",
            [("Tue", "DATE", "2019-03-19"), ("Thu this week", "DATE", "2019-03-21")],
            id="days_of_visits",
        ),
    ),
)
def test_a_dose_by_its_route_on_weekdays_is_each_days_set(text: str, expected: list[Row]) -> None:
    """ "4000 units IV Tue/Thu/Sat" and "2.5 mg PO Mon/Fri": the route between the dose and
    its weekdays does not make them the days of the note's week; each recurs weekly, as "4000
    units Tue/Thu/Sat" does; "Seen in clinic Tue/Thu" are days."""
    assert _note(text) == expected


# ---- 3. a holiday someone is going home for ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "He is going home for Easter and asks for a refill.",
            [("Easter", "DATE", "2020-04-12")],
            id="going_home_for_easter",
        ),
        pytest.param(
            "She is coming home for Christmas.",
            [("Christmas", "DATE", "2019-12-25")],
            id="coming_home_for_christmas",
        ),
        pytest.param(
            "They are flying back for Thanksgiving.",
            [("Thanksgiving", "DATE", "2019-11-28")],
            id="flying_back_for_thanksgiving",
        ),
        pytest.param(
            "He's going home in April, per his daughter.",
            [("April", "DATE", "2020-04")],
            id="going_home_in_april",
        ),
        # look-alikes: told in the past, or since the holiday
        pytest.param(
            "He went home for Easter and felt better.",
            [("Easter", "DATE", "2019-04-21")],
            id="went_home_for_easter",
        ),
        pytest.param(
            "He was going home for Easter when he fell.",
            [("Easter", "DATE", "2019-04-21")],
            id="was_going_home",
        ),
        pytest.param(
            "He has been home since Easter.",
            [("Easter", "DATE", "2019-04-21")],
            id="since_easter",
        ),
    ),
)
def test_a_holiday_someone_is_going_home_for_is_ahead(text: str, expected: list[Row]) -> None:
    """In a note of 06/12/2019, "He is going home for Easter" is Easter 2020 (a plan in the
    present progressive, as "He is coming back in June" is), not the Easter of April 2019 that
    is nearer; "went home for Easter", "was going home for Easter" and "since Easter" look
    back."""
    assert _note(text, JUNE_NOTE) == expected


# ---- 4. "by morning" in a plan ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Plan: f/u cultures; need a decision by morning and a plan by evening.",
            [("morning", "TIME", "2019-03-20TMO"), ("evening", "TIME", "2019-03-20TEV")],
            id="need_a_decision_and_a_plan",
        ),
        pytest.param(
            "Plan: a decision by morning and a plan by evening, per surgery.",
            [("morning", "TIME", "2019-03-20TMO"), ("evening", "TIME", "2019-03-20TEV")],
            id="after_the_plan_heading",
        ),
        pytest.param(
            "Family wants an answer by morning, and a plan by evening.",
            [("morning", "TIME", "2019-03-20TMO"), ("evening", "TIME", "2019-03-20TEV")],
            id="an_answer_and_a_plan",
        ),
        pytest.param(
            "Surgery to decide by morning.",
            [("morning", "TIME", "2019-03-20TMO")],
            id="decide_by_morning",
        ),
        # look-alikes: roles by the part of the day, a list of shifts
        pytest.param(
            "Her son is a banker by morning and a DJ by evening.",
            [],
            id="a_banker_by_morning",
        ),
        pytest.param(
            "Staffing by morning and evening shifts is short.",
            [],
            id="by_shifts",
        ),
    ),
)
def test_by_morning_in_a_plan_is_a_time(text: str, expected: list[Row]) -> None:
    """A plan's "a decision by morning and a plan by evening" sets two deadlines, the morning
    and the evening of the note's day (session 15 left "morning" untagged before "and");
    "a banker by morning and a DJ by evening" stays a role, "by morning and evening shifts" no
    time."""
    assert _note(text) == expected


# ---- 5. a chat's "at 8" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "running 10 min late for dinner, b there at 8",
            [("10 min", "DURATION", "PT10M"), ("8", "TIME", "2024-03-16T20:00")],
            id="b_there_at_8_dinner",
        ),
        pytest.param(
            "running 10 min late for dinner, b there @ 8",
            [("10 min", "DURATION", "PT10M"), ("8", "TIME", "2024-03-16T20:00")],
            id="b_there_at_sign_8_dinner",
        ),
        pytest.param("ok b there at 8", [("8", "TIME", "2024-03-16T08:00")], id="b_there_at_8"),
        pytest.param("ok b there @ 8", [("8", "TIME", "2024-03-16T08:00")], id="b_there_at_sign"),
        pytest.param("see you at 3!", [("3", "TIME", "2024-03-16T15:00")], id="see_you_at_3"),
        pytest.param("c u at 3?", [("3", "TIME", "2024-03-16T15:00")], id="c_u_at_3"),
        pytest.param(
            "I'll be there at 4 sharp.", [("4", "TIME", "2024-03-16T16:00")], id="be_there_sharp"
        ),
        # look-alikes: a road, a price, a rank
        pytest.param("meet me at 8 Mile and Woodward", [], id="a_road"),
        pytest.param("sold 20 shares @ 8", [], id="a_price"),
        pytest.param("bought 100 @ 8, sold @ 9", [], id="prices"),
        pytest.param("Rates will be there at 8 percent.", [], id="a_rate"),
        pytest.param("dinner for 4 @ 8", [("8", "TIME", "2024-03-16T20:00")], id="a_table_for_4"),
    ),
)
def test_a_chats_at_a_bare_hour(text: str, expected: list[Row]) -> None:
    """A message's "b there at 8", "see you at 3", "c u at 3?" are clock times, as "b there @ 8"
    is; "at 8 Mile", a price "@ 8" and "at 8 percent" are no times."""
    assert news(text, "2024-03-16", "Saturday") == expected


# ---- 6. a post's age on its own line ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Jane Doe\nProduct Manager at Acme\n3w • Edited\n"
            "Thrilled to share that I've joined Acme as a PM!",
            [("3w", "DATE", "2024-W15")],
            id="three_weeks_edited",
        ),
        pytest.param(
            "Acme Corp\n12,431 followers\n2d •\nWe're hiring engineers in Austin.",
            [("2d", "DATE", "2024-04-29")],
            id="two_days",
        ),
        pytest.param(
            "Sam Lee\nFounder\n5mo\nLessons from a failed launch, a thread.",
            [("5mo", "DATE", "2023-12")],
            id="five_months",
        ),
        pytest.param(
            "Ana Ruiz\n1yr • Edited\nMy first 90 days as a manager.",
            [("1yr", "DATE", "2023"), ("90 days", "DURATION", "P90D")],
            id="one_year",
        ),
        pytest.param("Posted 3w ago", [("3w ago", "DATE", "2024-W15")], id="ago_as_before"),
        # look-alikes: inside a line, a watt, a size
        pytest.param("Going 3w strong on the new routine!", [], id="inside_a_line"),
        pytest.param("Power: 10w\nSize: 2d", [], id="specs"),
        pytest.param("Shoe size\n10w", [], id="a_wide_shoe"),
    ),
)
def test_a_posts_age_on_its_own_line(text: str, expected: list[Row]) -> None:
    """LinkedIn writes a post's age on a line of its own under the author ("3w • Edited",
    "2d •", "5mo"): it counts back from the post as "3w ago" does; "3w" inside a line, "10w"
    after a label and a shoe's "10w" are no ages."""
    assert dt.date(2024, 5, 1).strftime("%A") == "Wednesday"
    assert news(text, "2024-05-01", "Wednesday") == expected


# ---- 7. a premiere in hours -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    _table(
        pytest.param(
            "2024-05-01",
            "Premieres in 2 hours. Set a reminder!",
            [("2 hours", "DURATION", "PT2H")],
            id="post_with_a_date",
        ),
        pytest.param(
            "2024-05-01T18:00",
            "Premieres in 2 hours. Set a reminder!",
            [("2 hours", "DURATION", "PT2H")],
            id="post_with_a_time",
        ),
        pytest.param(
            "2024-05-01",
            "Premieres tomorrow at 8pm ET.",
            [("tomorrow at 8pm ET", "TIME", "2024-05-02T20:00-04:00")],
            id="premieres_tomorrow",
        ),
    ),
)
def test_premieres_in_hours_lasts_hours(dct: str, text: str, expected: list[Row]) -> None:
    """ "Premieres in 2 hours" is read as the project reads "in 2 hours": a length (PT2H), with
    or without a time of the post; a premiere "tomorrow at 8pm ET" is a time."""
    assert mentions(text, dct=dct, genre="news") == expected


# ---- 8. a short video's chapters ----------------------------------------------------------------

_CHAPTERS = (
    "neg.video_chapters knows a chapter by the '0:00' line right before it, a heading or a later "
    "offset no clock reads ('38:20'): a short video's chapters after its second line, all at "
    "offsets a clock could read, are clock times (a negative rule sees 40 characters before a "
    "mention, not the list's first line)"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        _xfail(
            "My 10-minute stretch routine for desk workers.\n\n0:00 Intro\n0:40 Neck\n"
            "2:15 Shoulders\n5:30 Hips\n8:10 Cool down",
            [("10-minute", "DURATION", "PT10M")],
            why=_CHAPTERS,
            id="short_video_chapters",
        ),
        pytest.param(
            "0:00 Intro\n0:40 Neck",
            [],
            id="first_two_chapters",
        ),
        # look-alike: a programme's clock times
        pytest.param(
            "9:00 Registration\n9:30 Keynote\n12:45 Lunch",
            [
                ("9:00", "TIME", "2024-05-14T09:00"),
                ("9:30", "TIME", "2024-05-14T09:30"),
                ("12:45", "TIME", "2024-05-14T12:45"),
            ],
            id="a_programme",
        ),
    ),
)
def test_a_short_videos_chapters_are_no_times(text: str, expected: list[Row]) -> None:
    """A short video's chapters ("0:00 Intro", "2:15 Shoulders") are places in the video, no
    clock times; a programme's "9:00 Registration" and "12:45 Lunch" are."""
    assert news(text, "2024-05-14", "Tuesday") == expected


# ---- 9. a weekday in a generic statement ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Sunday is the first day of the week.",
            [("Sunday", "DATE", "XXXX-WXX-7")],
            id="sunday_first_day_of_the_week",
        ),
        pytest.param(
            "In ISO 8601, Monday is the first day of the week.",
            [("Monday", "DATE", "XXXX-WXX-1")],
            id="iso_monday",
        ),
        pytest.param(
            "In ISO 8601, Monday is the first day of the week and Sunday the seventh.",
            [("Monday", "DATE", "XXXX-WXX-1"), ("Sunday", "DATE", "XXXX-WXX-7")],
            id="iso_monday_and_sunday_the_seventh",
        ),
        pytest.param(
            "The third day of the week is Wednesday.",
            [("Wednesday", "DATE", "XXXX-WXX-3")],
            id="the_third_day_is_wednesday",
        ),
        pytest.param(
            "Friday is the last working day of the week.",
            [("Friday", "DATE", "XXXX-WXX-5")],
            id="friday_last_working_day",
        ),
        # look-alikes: a day ahead, told as someone's first day or a sale's last day
        pytest.param(
            "Monday is my first day at the new job.",
            [("Monday", "DATE", "2024-05-06")],
            id="my_first_day",
        ),
        pytest.param(
            "Sunday is the last day of the sale.",
            [("Sunday", "DATE", "2024-05-05"), ("the last day", "DATE", "2024-05-05")],
            id="last_day_of_the_sale",
        ),
    ),
)
def test_a_weekday_in_a_generic_statement(text: str, expected: list[Row]) -> None:
    """ "Sunday is the first day of the week" says where Sunday falls in any week: XXXX-WXX-7,
    no date, and "the first day of the week" no length; "Monday is my first day" and "Sunday is
    the last day of the sale" are the days ahead."""
    assert news(text, "2024-05-01", "Wednesday") == expected
