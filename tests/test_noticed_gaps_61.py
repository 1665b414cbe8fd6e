"""Gaps noticed in session 21, sixty-first list: posts and notes.

Social posts are read as news, the post's date as the document date (tests/test_social_21.py);
clinical notes under a dated heading, as tests/test_clinical_22.py reads them (the heading's
date anchors the note; rows follow TimeML as i2b2 2012 adapted it):
- two weekdays joined by "and" or "&" before their hours are a schedule of days to come (an
  event held once, as tests/test_noticed_gaps_53.py reads "Book fair Thursday and Friday
  8am-3pm"): the second is ahead too, after the first, even on the day it names ("Book fair
  Mon and Tue 8am-3pm", posted on a Tuesday: next Monday and the Tuesday after it, the hours
  the Tuesday's; was that Monday and today), and an event's name before a colon looks ahead
  as it does without one ("Auditions: Sat & Sun 10am-2pm", posted on a Wednesday: was the
  weekend behind). A first day behind keeps its second ("statements on Monday and Tuesday",
  posted on the Tuesday: today), a shop's hours recur, and two days with no hours are left to
  their own cues;
- a short weekday after words of booking or planning and "for" is the day booked: "booked a
  table for Sat", "reserved the court for Sun", "tickets for fri" (was untagged); "Sat" alone
  in prose stays untagged, and so do "sun" after "ready for" and a name ("Sun Country");
- an operation told behind the note ("Surgery on Friday went well", "S/p lap chole on
  Friday") keeps its day, and "NPO after midnight" after it is a plan's, the midnight that
  ends the note's day (was that Friday's); "Surgery on Friday." before the plan stays the
  Friday ahead, the fast the midnight before it;
- a study's month/day is its day even where it reads as a common fraction, when a finding
  follows it: "Echo 3/4 EF 55%", "CT 3/4 no PE", "TTE 1/2 showed a small effusion", and so
  is a panel's, "Labs 3/18 notable for K 3.2" (was untagged); "EF 3/4", "strength 3/5", "pain
  3/10", "1/2 NS" and a share of leads, "ECG 1/2 normal leads", stay untagged;
- names that hold a unit of time or a weekday date nothing: a table of them
  (vocabulary [title_name], read by neg.title_name as titles write them) holds "30 Seconds to
  Mars", "5 Seconds of Summer", "Exploit Wednesday", "28 Days Later", "Seven Days in May",
  "Ruby Tuesday"; the same words in prose keep their dates.
Decided by TimeML and kept: "Clear liquids until 2 hours before surgery" is the length
"2 hours" (PT2H) whether or not the note dates the surgery ("Surgery 3/22 at 0730"): TimeBank
tags "two days before the election" as the length and leaves the point to a TLINK with the
event, so the surgery's date does not make "2 hours before surgery" a time. A bare Olympiad
("the 75th Olympiad", "during the 75th Olympiad") stays untagged, as tests/test_noticed_gaps_56.py
decided: its four years (480-477 BC) are no one ISO value (no decade nor century holds them,
and TimeML has no interval value), and P4Y would misstate a named period as a length; a year
of it ("the first year of the 75th Olympiad") is a year, -0479.
Weekdays were checked with Python's datetime: 2024-03-05 is a Tuesday, 2024-03-06 a
Wednesday, 2024-03-09 a Saturday, 2024-11-15 a Friday, 2023-03-06 a Monday, 2023-09-12 a
Tuesday.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions, news, note_mentions

# ---- 1. two weekdays and their hours: a schedule of days to come ---------------------------------


@pytest.mark.parametrize(
    ("dct", "weekday", "text", "expected"),
    [
        pytest.param(
            "2024-03-05",
            "Tuesday",
            "Book fair Mon and Tue 8am-3pm in the library 📚",
            [
                ("Mon", "DATE", "2024-03-11"),
                ("Tue", "DATE", "2024-03-12"),
                ("8am", "TIME", "2024-03-12T08:00"),
                ("3pm", "TIME", "2024-03-12T15:00"),
            ],
            id="book_fair_mon_and_tue_on_a_tuesday",
        ),
        pytest.param(
            "2024-03-06",
            "Wednesday",
            "Auditions: Sat & Sun 10am-2pm, bring a monologue!",
            [
                ("Sat", "DATE", "2024-03-09"),
                ("Sun", "DATE", "2024-03-10"),
                ("10am", "TIME", "2024-03-10T10:00"),
                ("2pm", "TIME", "2024-03-10T14:00"),
            ],
            id="auditions_sat_and_sun_on_a_wednesday",
        ),
        pytest.param(
            "2024-11-15",
            "Friday",
            "Bake sale Thursday and Friday 8am-3pm, all proceeds to the PTA",
            [
                ("Thursday", "DATE", "2024-11-21"),
                ("Friday", "DATE", "2024-11-22"),
                ("8am", "TIME", "2024-11-22T08:00"),
                ("3pm", "TIME", "2024-11-22T15:00"),
            ],
            id="bake_sale_thursday_and_friday_on_a_friday",
        ),
        pytest.param(
            "2024-03-09",
            "Saturday",
            "Try-outs: Sat & Sun 9am-noon at the rink",
            [
                ("Sat", "DATE", "2024-03-09"),
                ("Sun", "DATE", "2024-03-10"),
                ("9am", "TIME", "2024-03-10T09:00"),
                ("noon", "TIME", "2024-03-10T12:00"),
            ],
            id="tryouts_sat_and_sun_on_the_saturday",
        ),
        # look-alikes: a first day behind, a shop's weekly hours
        pytest.param(
            "2024-03-05",
            "Tuesday",
            "The ministers issued statements on Monday and Tuesday.",
            [("Monday", "DATE", "2024-03-04"), ("Tuesday", "DATE", "2024-03-05")],
            id="statements_on_monday_and_tuesday",
        ),
        pytest.param(
            "2024-03-06",
            "Wednesday",
            "Open Sat & Sun 10:00-16:00.",
            [
                ("Sat", "SET", "XXXX-WXX-6"),
                ("Sun", "SET", "XXXX-WXX-7"),
                ("10:00", "TIME", "XXXX-XX-XXT10:00"),
                ("16:00", "TIME", "XXXX-XX-XXT16:00"),
            ],
            id="open_sat_and_sun",
        ),
    ],
)
def test_two_weekdays_before_their_hours_are_days_to_come(
    dct: str, weekday: str, text: str, expected: list[Row]
) -> None:
    """An event's two weekdays before their hours are ahead, the second after the first and
    the hours its own, even on the day the second names; a colon after the event's name
    changes nothing; a first day behind and a shop's hours keep their readings."""
    assert news(text, dct, weekday) == expected


@pytest.mark.xfail(
    strict=True,
    reason="events._adjusted moves a second weekday after a first ahead only before their "
    "hours (weekday_also_hours): with no hours, 'Tuesday' on a Tuesday is today, behind the "
    "Monday ahead",
)
def test_two_weekdays_ahead_with_no_hours() -> None:
    """Posted on a Tuesday, "will resume Monday and Tuesday" is next Monday and the Tuesday
    after it, not today."""
    assert news("Talks will resume Monday and Tuesday.", "2024-03-05", "Tuesday") == [
        ("Monday", "DATE", "2024-03-11"),
        ("Tuesday", "DATE", "2024-03-12"),
    ]


# ---- 2. a short weekday booked "for" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "booked a table for Sat, can't wait 🍣",
            [("Sat", "DATE", "2024-03-09")],
            id="booked_a_table_for_sat",
        ),
        pytest.param(
            "We reserved the court for Sun morning",
            [("Sun morning", "TIME", "2024-03-10TMO")],
            id="reserved_the_court_for_sun",
        ),
        pytest.param(
            "tickets for fri!! who's coming",
            [("fri", "DATE", "2024-03-08")],
            id="tickets_for_fri",
        ),
        # look-alikes: "Sat" in prose, the sun, a name
        pytest.param("Sat by the window all afternoon.", [], id="sat_the_verb"),
        pytest.param("so ready for sun and sand ☀️", [], id="ready_for_sun"),
        pytest.param("We booked for Sun Country to Denver.", [], id="sun_country"),
    ],
)
def test_a_short_weekday_booked_for(text: str, expected: list[Row]) -> None:
    """Posted on Wednesday 2024-03-06: a short weekday after booking, reserving or tickets
    and "for" is the coming one (with its part of the day, "Sun morning"); "Sat" the verb,
    "sun" and "Sun Country" are no days."""
    assert news(text, "2024-03-06", "Wednesday") == expected


# ---- 3. an operation behind the note and the fast after it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Surgery on Friday went well. NPO after midnight.",
            [("Friday", "DATE", "2023-03-03"), ("midnight", "TIME", "2023-03-06T24:00")],
            id="surgery_went_well",
        ),
        pytest.param(
            "S/p lap chole on Friday, uncomplicated. NPO after midnight for ERCP.",
            [("Friday", "DATE", "2023-03-03"), ("midnight", "TIME", "2023-03-06T24:00")],
            id="s_p_lap_chole",
        ),
        pytest.param(
            "Surgery on Friday was uncomplicated. Nothing by mouth after midnight for washout.",
            [("Friday", "DATE", "2023-03-03"), ("midnight", "TIME", "2023-03-06T24:00")],
            id="nothing_by_mouth",
        ),
        # look-alikes: the surgery to come, and no operation at all
        pytest.param(
            "Surgery on Friday. NPO after midnight.",
            [("Friday", "DATE", "2023-03-10"), ("midnight", "TIME", "2023-03-09T24:00")],
            id="surgery_to_come",
        ),
        pytest.param(
            "Plan: NPO after midnight for possible EGD.",
            [("midnight", "TIME", "2023-03-06T24:00")],
            id="no_operation",
        ),
    ],
)
def test_npo_after_midnight_after_an_operation_behind(text: str, expected: list[Row]) -> None:
    """In a note of Monday 2023-03-06, an operation told as done keeps its Friday behind and
    "NPO after midnight" after it ends the note's day; a verbless "Surgery on Friday." is the
    Friday ahead and the fast begins its day."""
    assert note_mentions("PROGRESS NOTE\n03/06/2023\n\n", text) == expected


def test_npo_after_midnight_after_a_visit() -> None:
    """ "Seen by surgery on Friday. NPO after midnight." in a note of Monday: the fast is the
    plan's, the midnight ending the note's day (an order's, dct.toml npo_plan_before; a strict
    xfail until tests/test_noticed_gaps_64.py)."""
    assert note_mentions(
        "PROGRESS NOTE\n03/06/2023\n\n", "Seen by surgery on Friday. NPO after midnight."
    ) == [("Friday", "DATE", "2023-03-03"), ("midnight", "TIME", "2023-03-06T24:00")]


# ---- 4. a study's day before its finding ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Echo 3/4 EF 55%.", [("3/4", "DATE", "2024-03-04")], id="echo_3_4"),
        pytest.param("CT 3/4 no PE.", [("3/4", "DATE", "2024-03-04")], id="ct_3_4"),
        pytest.param(
            "TTE 1/2 showed a small effusion.", [("1/2", "DATE", "2024-01-02")], id="tte_1_2"
        ),
        pytest.param(
            "Labs 3/18 notable for K 3.2.", [("3/18", "DATE", "2024-03-18")], id="labs_3_18"
        ),
        # look-alikes: a measure, a strength, a score, a fraction of saline, a fraction
        pytest.param("EF 3/4 by visual estimate.", [], id="ef_3_4"),
        pytest.param("Strength 3/5 in the left leg, pain 3/10.", [], id="strength_pain"),
        pytest.param("Given 1/2 NS bolus.", [], id="half_normal_saline"),
        pytest.param("CT 3/4 of the way through the queue.", [], id="ct_fraction"),
        pytest.param("ECG 1/2 normal leads.", [], id="ecg_share_of_leads"),
    ],
)
def test_a_studys_day_before_its_finding(text: str, expected: list[Row]) -> None:
    """In a note of 2024-03-20, a study's or a panel's month/day before a finding is its day,
    a common fraction's look not withstanding; measures, strengths, scores and fractions with
    no study before them are no days."""
    assert note_mentions("PROGRESS NOTE\n03/20/2024\n\n", text) == expected


# ---- 5. a length before surgery stays a length ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Surgery 3/22 at 0730. Clear liquids until 2 hours before surgery.",
            [("3/22 at 0730", "TIME", "2024-03-22T07:30"), ("2 hours", "DURATION", "PT2H")],
            id="surgery_dated",
        ),
        pytest.param(
            "Clear liquids until 2 hours before surgery.",
            [("2 hours", "DURATION", "PT2H")],
            id="surgery_undated",
        ),
        pytest.param(
            "Hold apixaban 48 hours before surgery.",
            [("48 hours", "DURATION", "PT48H")],
            id="hold_48_hours",
        ),
    ],
)
def test_a_length_before_surgery_is_a_length(text: str, expected: list[Row]) -> None:
    """ "2 hours before surgery" is the length "2 hours", as TimeBank tags "two days before
    the election", whether or not the note dates the surgery."""
    assert note_mentions("PRE-OP NOTE\n03/20/2024\n\n", text) == expected


# ---- 6. an Olympiad alone and a year of it -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The 75th Olympiad was held at Olympia.", [], id="held"),
        pytest.param("During the 75th Olympiad, Xerxes invaded Greece.", [], id="during"),
        pytest.param(
            "Xerxes crossed in the first year of the 75th Olympiad.",
            [("the first year of the 75th Olympiad", "DATE", "-0479")],
            id="a_year_of_it",
        ),
    ],
)
def test_an_olympiad_alone_is_no_date(text: str, expected: list[Row]) -> None:
    """A bare Olympiad, four years no ISO value holds, is untagged; a year of it is that
    year."""
    assert mentions(text, genre="narrative") == expected


# ---- 7. names that date nothing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "30 Seconds to Mars played Leeds on Friday.",
            [("Friday", "DATE", "2023-09-08")],
            id="band",
        ),
        pytest.param("Exploit Wednesday follows Patch Tuesday.", [], id="event"),
        pytest.param(
            "I rewatched 28 Days Later last night.",
            [("last night", "TIME", "2023-09-11TNI")],
            id="film",
        ),
        pytest.param(
            "Seven Days in May is a 1964 film.", [("1964", "DATE", "1964")], id="film_with_month"
        ),
        pytest.param("She sang Ruby Tuesday at the gala.", [], id="song"),
        pytest.param(
            "The Thursday Murder Club sold a million copies.",
            [],
            id="weekday_in_a_book_title",  # from tests/test_look_alikes_4.py, a strict xfail
        ),
        # look-alikes: the same words in prose
        pytest.param(
            "It took 30 seconds to Mars Hill.",
            [("30 seconds", "DURATION", "PT30S")],
            id="seconds_in_prose",
        ),
        pytest.param(
            "Seven days in May were lost to rain.",
            [("Seven days", "DURATION", "P7D"), ("May", "DATE", "2023-05")],
            id="days_in_prose",
        ),
    ],
)
def test_names_from_the_table_date_nothing(text: str, expected: list[Row]) -> None:
    """Posted on 2023-09-12: a band's, an event's, a film's or a song's name from the table
    dates nothing; the same words in prose keep their lengths and dates."""
    assert news(text, "2023-09-12", "Tuesday") == expected
