"""Gaps noticed in session 24, seventy-third list: leftovers in histories, notes and posts.

Histories are read as narratives with no document date:
- a vague count that reaches no further than a quarter of the period the story last dated keeps
  that period, as the text writes at its granularity: "Díaz resigned in May 1911 and sailed a
  few days later" is 1911-05 (was 1911), as after "3 May 1911"; "a few weeks later" after "In
  1911" is 1911 (was the decade 191); "a few weeks later" after a month reaches past its quarter
  and stays the year;
- a day told and then named in a sentence of its own is named so later, not a holiday: "It was
  a day later known as Black Friday" after "On 13 January 1939, fires swept the state" is no
  1939-11-24, nor are "That day became known as Black Tuesday" and "The day came to be known as
  Black Saturday"; "Shops opened on Black Friday" and "the day known as Black Friday" keep the
  shopping day;
- a day told in two calendars, the other's in brackets, is the text's in the first: "Lenin
  arrived on 3 (16) April 1917 ... The next day" is 1917-04-04 (was 1917-04-17, counted from
  the bracketed New Style day), "On 25 October (7 November) 1917 ... The next day" 1917-10-26;
  a bracketed day off the calendars' lag leaves both days of the year after it: "on 5 May (9
  May) 1917" is 1917-05-05 and 1917-05-09 (the first was XXXX-05-05; tests/test_review_mends_25.py
  had it as a strict xfail), "April 12 (April 14), 1861" too; "7 November (25 October) 1917",
  one date, counts from 7 November;
- a day counted in a named event counts from the day a verb that starts that event was told
  on, in the day's own stretch of its sentence (the event_begun_by vocabulary), as from "began
  on": "Germany invaded Poland on 1 September 1939. On 3 September ... On the fifth day of the
  invasion" is 1939-09-05 (was 09-07), "On 24 February 2022, Russia invaded Ukraine ... the
  100th day of the invasion" 2022-06-03 (tests/test_war_histories_5.py had it as a strict
  xfail), "The Germans besieged Leningrad from 8 September 1941 ... the 100th day of the siege"
  1941-12-16; a day of another event ("the fifth day of the blockade") still counts from the
  span the story last dated.

Clinical notes are read with genre auto and no document date but their heading's (Monday
03/18/2024):
- a note whose heading names a clinic, a service or a kind of note over or beside its date is a
  note, read from that date, whatever years its history names: under "HIV CLINIC :" and
  03/18/2024, "CD4 612 on 2/28" is 2024-02-28 (was 2015-02-28: genre auto read the note as a
  narrative; tests/test_noticed_gaps_70.py had it as a strict xfail), under "CARDIOLOGY CONSULT
  03/18/2024" "Echo on 2/28" too; a history's title over its date stays a narrative;
- a clinical participle that opens its line is as timed as in a sentence: "Seen at 2200 ."
  under the note's date is 2024-03-18T22:00 (was untagged; "seen at 1630" was), "Examined at
  0945", "Paged at 2315 re fever"; "Seen at 1500 meters" stays no time;
- an anti-infective's day shortened to "D" may stand apart from its "#": "Meropenem D #2 ." and
  "Cefepime D #5" are the note's day (were untagged), as "Cefepime D#3" is; "Vitamin D #2
  tabs" is none.

Posts are read in genre news with their document date:
- a bare day read from the document date, its month unnamed, leaves the next bare day to be
  read from the document date too: "Rent is due the 1st. Water bill due the 28th" on Tuesday
  2024-05-14 is 2024-06-01 and 2024-05-28 (was 2024-06-28, in the 1st's June), "Phone bill
  is due the 3rd. Car payment is due the 20th." 2024-05-20; a day after a named month ("The vote is
  on June 3. Results come out on the 5th") keeps it, "That evening" after "the 1st" is the
  1st's;
- a test or a scan a post opens a sentence with, before a weekday, is ahead, as an appointment
  is: "I'm 32 weeks today and so done. Glucose test on Friday." is 2023-01-13 on Tuesday
  2023-01-10 (was 01-06; tests/test_social_24.py had it as a strict xfail), "Anatomy scan on
  Thursday!" 2023-01-12; "The test on Friday went fine" and "Glucose test on Friday went fine"
  stay behind.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _narrative(text: str) -> list[Row]:
    return mentions(text, genre="narrative")


# ---- 1. a vague count within the period the story dated ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Díaz resigned in May 1911 and sailed a few days later.",
            [("May 1911", "DATE", "1911-05"), ("a few days later", "DATE", "1911-05")],
            id="a_few_days_after_a_month",
        ),
        pytest.param(
            "The mutiny broke out in June 1905. Several days later the ship reached Constanța.",
            [("June 1905", "DATE", "1905-06"), ("Several days later", "DATE", "1905-06")],
            id="several_days_after_a_month",
        ),
        pytest.param(
            "The treaty was signed in March 1918; a few days earlier the delegates had walked out.",
            [("March 1918", "DATE", "1918-03"), ("a few days earlier", "DATE", "1918-03")],
            id="a_few_days_earlier_than_a_month",
        ),
        pytest.param(
            "On 3 May 1911 Díaz resigned. He sailed a few days later.",
            [("3 May 1911", "DATE", "1911-05-03"), ("a few days later", "DATE", "1911-05")],
            id="a_few_days_after_a_day",
        ),
        pytest.param(
            "In 1911 Díaz resigned. A few weeks later he sailed for France.",
            [("1911", "DATE", "1911"), ("A few weeks later", "DATE", "1911")],
            id="a_few_weeks_after_a_year",
        ),
        # look-alikes: a count that reaches past a quarter of the period
        pytest.param(
            "Díaz resigned in May 1911. He sailed a few weeks later.",
            [("May 1911", "DATE", "1911-05"), ("a few weeks later", "DATE", "1911")],
            id="a_few_weeks_after_a_month",
        ),
        pytest.param(
            "On 29 May 1911 Díaz resigned. He sailed a few days later.",
            [("29 May 1911", "DATE", "1911-05-29"), ("a few days later", "DATE", "1911")],
            id="a_few_days_after_a_late_day",
        ),
    ],
)
def test_a_vague_count_within_the_period_the_story_dated_keeps_it(
    text: str, expected: list[Row]
) -> None:
    """ "A few days later" after "May 1911" is 1911-05, as after "3 May 1911"; a count that
    reaches past a quarter of the story's period is the finest period sure to hold it."""
    assert _narrative(text) == expected


def test_a_vague_count_in_news_stays_future_ref() -> None:
    """News keeps TimeBank's reading of "a few days later" after a month: FUTURE_REF."""
    rows = mentions(
        "In May the company said it would sell. A few days later it reversed.",
        dct="2023-09-12",
        genre="news",
    )
    assert ("A few days later", "DATE", "FUTURE_REF") in rows


# ---- 2. a told day named later ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On 13 January 1939, fires swept the state. It was a day later known as Black Friday.",
            [("13 January 1939", "DATE", "1939-01-13")],
            id="a_day_later_known_as",
        ),
        pytest.param(
            "On 29 October 1929 shares collapsed. That day became known as Black Tuesday.",
            [("29 October 1929", "DATE", "1929-10-29"), ("That day", "DATE", "1929-10-29")],
            id="that_day_became_known_as",
        ),
        pytest.param(
            "Fires swept Victoria on 13 January 1939. The day came to be known as Black Friday.",
            [("13 January 1939", "DATE", "1939-01-13")],
            id="the_day_came_to_be_known_as",
        ),
        pytest.param(
            "The rally was broken up on 20 May 1932, and the day was later dubbed Black Friday.",
            [("20 May 1932", "DATE", "1932-05-20")],
            id="the_day_was_later_dubbed",
        ),
        # look-alikes: the shopping day named as such
        pytest.param(
            "Shops opened on Black Friday.",
            [("Black Friday", "DATE", "2023-11-24")],
            id="shops_opened_on_black_friday",
        ),
        pytest.param(
            "Stores opened early on the day known as Black Friday.",
            [("Black Friday", "DATE", "2023-11-24")],
            id="the_day_known_as_black_friday",
        ),
    ],
)
def test_a_day_told_and_named_later_is_no_holiday(text: str, expected: list[Row]) -> None:
    """ "It was a day later known as Black Friday", "That day became known as Black Tuesday":
    the day just told, no holiday; "Shops opened on Black Friday" keeps the shopping day."""
    genre = "narrative" if "19" in text else "news"
    dct = None if genre == "narrative" else "2023-11-20"
    assert mentions(text, dct=dct, genre=genre) == expected


# ---- 3. a day told in two calendars -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lenin arrived on 3 (16) April 1917 at the Finland Station. The next day he read "
            "the April Theses.",
            [
                ("3", "DATE", "1917-04-03"),
                ("16", "DATE", "1917-04-16"),
                ("The next day", "DATE", "1917-04-04"),
            ],
            id="day_and_its_other_day_then_the_next_day",
        ),
        pytest.param(
            "On 25 October (7 November) 1917 the Bolsheviks took the Winter Palace. The next "
            "day the congress met.",
            [
                ("25 October", "DATE", "1917-10-25"),
                ("7 November", "DATE", "1917-11-07"),
                ("The next day", "DATE", "1917-10-26"),
            ],
            id="day_month_and_its_other_then_the_next_day",
        ),
        pytest.param(
            "Strikes spread on 5 May (9 May) 1917 across Petrograd.",
            [("5 May", "DATE", "1917-05-05"), ("9 May", "DATE", "1917-05-09")],
            id="a_bracketed_day_off_the_lag",
        ),
        pytest.param(
            "The fort was shelled on April 12 (April 14), 1861, by most accounts.",
            [("April 12", "DATE", "1861-04-12"), ("April 14", "DATE", "1861-04-14")],
            id="a_bracketed_month_day_off_the_lag",
        ),
        # look-alike: the Julian day in brackets after the Gregorian is one date, its own
        pytest.param(
            "On 7 November (25 October) 1917 the Bolsheviks took the Winter Palace. The next "
            "day the congress met.",
            [
                ("7 November (25 October) 1917", "DATE", "1917-11-07"),
                ("The next day", "DATE", "1917-11-08"),
            ],
            id="gregorian_with_its_julian_day_one_date",
        ),
    ],
)
def test_a_day_told_in_two_calendars_is_the_texts_in_the_first(
    text: str, expected: list[Row]
) -> None:
    """ "3 (16) April 1917 ... The next day" is 4 April, from the first-told day; a bracketed
    day off the lag leaves both days of the year after it."""
    assert _narrative(text) == expected


# ---- 4. a day counted in an event a verb started ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "last"),
    [
        pytest.param(
            "Germany invaded Poland on 1 September 1939. On 3 September Britain declared war. "
            "On the fifth day of the invasion Kraków fell.",
            ("the fifth day", "DATE", "1939-09-05"),
            id="invaded_before_the_day",
        ),
        pytest.param(
            "On 24 February 2022, Russia invaded Ukraine. The siege of Mariupol ended on 20 May. "
            "On the 100th day of the invasion Severodonetsk was under assault.",
            ("the 100th day", "DATE", "2022-06-03"),
            id="invaded_after_the_day",
        ),
        pytest.param(
            "The Germans besieged Leningrad from 8 September 1941. On 12 September Zhukov "
            "arrived. On the 100th day of the siege the ice road opened.",
            ("the 100th day", "DATE", "1941-12-16"),
            id="besieged_from_the_day",
        ),
        # look-alike: a day of another event counts from the span the story last dated
        pytest.param(
            "Germany invaded Poland on 1 September 1939. On 3 September Britain declared war. "
            "On the fifth day of the blockade a convoy sailed.",
            ("the fifth day", "DATE", "1939-09-07"),
            id="a_day_of_another_event",
        ),
    ],
)
def test_a_day_of_an_event_counts_from_the_day_a_verb_started_it(text: str, last: Row) -> None:
    """ "Germany invaded Poland on 1 September 1939 ... the fifth day of the invasion" is 5
    September; a day of another event counts from the story's last span."""
    assert _narrative(text)[-1] == last


# ---- 5. a dated clinic note's heading keeps the note genre ------------------------------------


@pytest.mark.parametrize(
    ("text", "last"),
    [
        pytest.param(
            "HIV CLINIC :\n03/18/2024\nDx HIV 2009 , on ART since 2010 . VL < 20 copies since "
            "2015 , CD4 612 on 2/28 .",
            ("2/28", "DATE", "2024-02-28"),
            id="clinic_heading_over_its_date",
        ),
        pytest.param(
            "CARDIOLOGY CONSULT 03/18/2024\nMI 2011 , CABG 2012 , PCI 2016 . Echo on 2/28 EF 45% .",
            ("2/28", "DATE", "2024-02-28"),
            id="consult_heading_beside_its_date",
        ),
        # look-alike: a history's title over its date is no note
        pytest.param(
            "The Siege of Leningrad\nMarch 18, 2024\nThe siege began in 1941 and ended in 1944. "
            "On 2/28 the ice road closed.",
            ("2/28", "DATE", "1941-02-28"),
            id="a_history_under_its_date",
        ),
    ],
)
def test_a_dated_clinic_note_keeps_the_note_genre(text: str, last: Row) -> None:
    """A heading naming a clinic or a kind of note over its date makes genre auto read a note
    ("CD4 612 on 2/28" 2024-02-28 whatever years the history names); a history's title not."""
    assert mentions(text, genre="auto")[-1] == last


# ---- 7. a bare day after a bare day is read from the document date ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rent is due the 1st. Water bill due the 28th",
            [("the 1st", "DATE", "2024-06-01"), ("the 28th", "DATE", "2024-05-28")],
            id="rent_the_1st_water_the_28th",
        ),
        pytest.param(
            "Phone bill is due the 3rd. Car payment is due the 20th.",
            [("the 3rd", "DATE", "2024-06-03"), ("the 20th", "DATE", "2024-05-20")],
            id="phone_the_3rd_car_the_20th",
        ),
        # look-alikes: a named month before the day, or a part of the bare day's day
        pytest.param(
            "The vote is on June 3. Results come out on the 5th.",
            [("June 3", "DATE", "2024-06-03"), ("the 5th", "DATE", "2024-06-05")],
            id="a_named_month_before",
        ),
        pytest.param(
            "Rent is due the 1st. That evening I pay it.",
            [("the 1st", "DATE", "2024-06-01"), ("That evening", "TIME", "2024-06-01TEV")],
            id="that_evening_of_the_bare_day",
        ),
    ],
)
def test_a_bare_day_after_a_bare_day_is_read_from_the_document_date(
    text: str, expected: list[Row]
) -> None:
    """ "Rent is due the 1st. Water bill due the 28th" on 14 May: 1 June and 28 May; a named
    month before the day keeps it."""
    assert mentions(text, dct="2024-05-14", genre="news") == expected


# ---- 6. a note's participle at a line's start, a drug's "D #" ---------------------------------

NOTE = "ID NOTE 03/18/2024\n\n"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param("Seen at 2200 .", [("2200", "TIME", "2024-03-18T22:00")], id="seen_at"),
        pytest.param(
            "Examined at 0945 , alert .", [("0945", "TIME", "2024-03-18T09:45")], id="examined_at"
        ),
        pytest.param(
            "Paged at 2315 re fever .", [("2315", "TIME", "2024-03-18T23:15")], id="paged_at"
        ),
        pytest.param(
            "Meropenem D #2 .", [("Meropenem D #2", "DATE", "2024-03-18")], id="meropenem_d_hash"
        ),
        pytest.param(
            "Cefepime D #5 , cultures NGTD .",
            [("Cefepime D #5", "DATE", "2024-03-18")],
            id="cefepime_d_hash",
        ),
        # look-alikes: a height, a vitamin
        pytest.param("Seen at 1500 meters the peak was white .", [], id="seen_at_a_height"),
        pytest.param("Vitamin D #2 tabs .", [], id="vitamin_d"),
    ],
)
def test_a_notes_line_opening_participle_and_a_drugs_d_hash(text: str, rows: list[Row]) -> None:
    """ "Seen at 2200" opening a line is the note's 22:00; "Meropenem D #2" the note's day;
    a height and a vitamin are none."""
    assert mentions(NOTE + text)[1:] == rows


def test_a_course_day_restated_by_its_date() -> None:
    """ "Started vanc d1 3/12": 3/12 is 2024-03-12, the first day of the course."""
    assert ("3/12", "DATE", "2024-03-12") in mentions(NOTE + "Started vanc d1 3/12 .")


def test_a_course_day_of_a_length_in_days() -> None:
    """ "Pt is on day 5 of 14 days of ceftriaxone": the note's day, the length apart."""
    assert mentions(NOTE + "Pt is on day 5 of 14 days of ceftriaxone .")[1:] == [
        ("day 5", "DATE", "2024-03-18"),
        ("14 days", "DURATION", "P14D"),
    ]


# ---- 8. a test or a scan a post names before a weekday ---------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "I'm 32 weeks today and so done. Glucose test on Friday.",
            "2023-01-13",
            id="glucose_test_on_friday",
        ),
        pytest.param("Anatomy scan on Thursday!", "2023-01-12", id="anatomy_scan_on_thursday"),
        # look-alikes: a past after the day, a test named with its article
        pytest.param("Glucose test on Friday went fine.", "2023-01-06", id="went_fine"),
        pytest.param("The test on Friday went fine.", "2023-01-06", id="the_test_went_fine"),
    ],
)
def test_a_test_a_post_names_before_a_weekday_is_ahead(text: str, day: str) -> None:
    """ "Glucose test on Friday." on Tuesday 2023-01-10 is 2023-01-13; "went fine" after it
    keeps the Friday behind."""
    assert mentions(text, dct="2023-01-10", genre="news")[-1][2] == day
