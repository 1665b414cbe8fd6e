"""Gaps noticed in session 21, fifty-fourth list: the surgery to come, and dated findings in notes.

Clinical notes under a dated heading, read as tests/test_clinical_22.py reads them (the
heading's date anchors the note; rows follow TimeML as i2b2 2012 adapted it):
- an operation the note schedules makes the day the rest of it speaks of: after "Surgery is
  scheduled for tomorrow at 0730", "Surgery on Friday", "Operation Thursday" or "Booked for L TKA
  on 3/14", "NPO after midnight" is the midnight that begins the operation's day (24:00 of the
  day before it), "the morning of surgery" that day's and "POD 1" the day after it; a verbless
  "Surgery on Friday" is the Friday ahead. On the record of the operation's own day
  ("ANESTHESIA RECORD 11/07/2022 ... NPO after midnight; last clear liquids at 0500") it is the
  midnight that began the record's day. Not so for the service ("Seen by surgery on Friday"),
  an appointment that names no operation, "NPO since midnight", or a plan with no operation;
- a postoperative day after the patient's introduction and "after a" or "after an" operation
  is the note's own day ("who is POD 2 after a Whipple"), as "who is POD 2 s/p Whipple" is;
  "from the ICU transfer" names no operation, so the day counts from the note;
- a biopsy's or a procedure's name before a bare month/day dates it ("Biopsy 3/10 showed
  adenocarcinoma", "Colonoscopy 6/2: two polyps", "FNA 4/12 benign"), as "CT 7/28" does;
  scores, strengths, fractions and counts stay untagged ("Gleason 3/10", "pain 3/10", "strength
  4/5", "1/2 tab", "2/3 nodes", "Biopsy 2/12 cores positive");
- "annual" before a noun is no time in notes as in news ("Annual screening mammogram", "the
  annual flu shot", "annual meeting"), as TimeBank leaves it (tests/test_recurrence.py,
  tests/test_news_14.py); "yearly" before a noun is a set, as "a weekly magazine" and "daily
  flights" are, and the adverb "annually" recurs (P1Y).
Weekdays were checked with Python's datetime: 2023-03-06 and 2019-03-18 are Mondays.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions, note_mentions

# ---- 1. the surgery to come makes the day of the note's plan --------------------------------

PREANESTHESIA = """\
PREANESTHESIA EVALUATION
02/21/2023

68 yo M for robotic prostatectomy. Surgery is scheduled for tomorrow at 0730. NPO after
midnight. Hold lisinopril the morning of surgery; Foley out on POD 1.
"""
PREANESTHESIA_TABLE: list[Row] = [
    ("02/21/2023", "DATE", "2023-02-21"),
    ("tomorrow at 0730", "TIME", "2023-02-22T07:30"),
    ("midnight", "TIME", "2023-02-21T24:00"),
    ("the morning of surgery", "TIME", "2023-02-22TMO"),
    ("POD 1", "DATE", "2023-02-23"),
]


def test_a_surgery_scheduled_tomorrow_makes_the_day_of_the_plan() -> None:
    """Headed 02/21/2023: "Surgery is scheduled for tomorrow at 0730" is the 22nd; "NPO after
    midnight" the midnight before it, "the morning of surgery" the 22nd's, "POD 1" the 23rd."""
    assert mentions(PREANESTHESIA) == PREANESTHESIA_TABLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Surgery on Friday. NPO after midnight.",
            [("Friday", "DATE", "2023-03-10"), ("midnight", "TIME", "2023-03-09T24:00")],
            id="surgery_on_friday",
        ),
        pytest.param(
            "Operation Thursday. Nothing by mouth after midnight.",
            [("Thursday", "DATE", "2023-03-09"), ("midnight", "TIME", "2023-03-08T24:00")],
            id="operation_thursday",
        ),
        pytest.param(
            "Booked for L TKA on 3/14. NPO after midnight. Hold aspirin the day before "
            "surgery. PT on POD 1.",
            [
                ("3/14", "DATE", "2023-03-14"),
                ("midnight", "TIME", "2023-03-13T24:00"),
                ("the day before surgery", "DATE", "2023-03-13"),
                ("POD 1", "DATE", "2023-03-15"),
            ],
            id="booked_for_tka_on_3_14",
        ),
        # look-alikes: the service, a surgery behind, no operation, a state since midnight
        pytest.param(
            "Seen by surgery on Friday.",
            [("Friday", "DATE", "2023-03-03")],
            id="seen_by_surgery",
        ),
        pytest.param(
            "Surgery on Friday went well.",
            [("Friday", "DATE", "2023-03-03")],
            id="surgery_behind",
        ),
        pytest.param(
            "Plan: NPO after midnight for possible EGD.",
            [("midnight", "TIME", "2023-03-06T24:00")],
            id="a_plan_with_no_operation_day",
        ),
        pytest.param(
            "Surgery is scheduled for tomorrow. NPO since midnight for the CT.",
            [("tomorrow", "DATE", "2023-03-07"), ("midnight", "TIME", "2023-03-05T24:00")],
            id="npo_since_midnight",
        ),
    ],
)
def test_npo_after_midnight_before_a_scheduled_operation(text: str, expected: list[Row]) -> None:
    """In a pre-operative note of Monday 2023-03-06, "NPO after midnight" after an operation
    scheduled for a day ("Surgery on Friday", "Operation Thursday", "Booked for L TKA on
    3/14") is 24:00 of the day before it, and postoperative days count from it; the surgery
    service, a surgery told in the past, a plan with no operation and "since midnight" keep
    their values."""
    assert note_mentions("PRE-OP NOTE\n03/06/2023\n\n", text) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        pytest.param("ANESTHESIA RECORD 11/07/2022\n\n", "2022-11-06T24:00", id="record"),
        pytest.param("INTRAOPERATIVE NOTE\n11/07/2022\n\n", "2022-11-06T24:00", id="intraop"),
        # look-alike: a preanesthesia visit the day before is a plan, its own day's midnight
        pytest.param("PREANESTHESIA EVALUATION\n11/07/2022\n\n", "2022-11-07T24:00", id="plan"),
    ],
)
def test_npo_after_midnight_on_the_record_of_the_day_of_surgery(header: str, expected: str) -> None:
    """On the anesthesia record of the operation's day, "NPO after midnight; last clear
    liquids at 0500" is the midnight that began that day; a preanesthesia note's is a plan's,
    the midnight ending its day."""
    text = "Pre-op: 71 yo F for L hip ORIF. NPO after\nmidnight; last clear liquids at 0500."
    rows = note_mentions(header, text)
    assert rows == [("midnight", "TIME", expected), ("0500", "TIME", "2022-11-07T05:00")]


# ---- 2. the note's own postoperative day after "a" or "an" operation --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ms. Fox is a 71 year-old woman who is POD 2 after a Whipple.",
            [("POD 2", "DATE", "2019-03-18")],
            id="pod_2_after_a_whipple",
        ),
        pytest.param(
            "Mr. Cho is a 60 yo M who is POD 1 after an uncomplicated lap chole.",
            [("POD 1", "DATE", "2019-03-18")],
            id="pod_1_after_an_uncomplicated_lap_chole",
        ),
        pytest.param(
            "Ms. Fox is a 71 year-old woman who is POD 2 s/p Whipple.",
            [("POD 2", "DATE", "2019-03-18")],
            id="pod_2_s_p_whipple",
        ),
        # look-alikes: a transfer is no operation; a plan names no patient
        pytest.param(
            "Mr. Cho is a 60 yo M who is POD 5 from the ICU transfer.",
            [("POD 5", "DATE", "2019-03-23")],
            id="from_the_icu_transfer",
        ),
        pytest.param(
            "The plan is to remove staples on POD 10 after a Whipple.",
            [("POD 10", "DATE", "2019-03-28")],
            id="a_plan",
        ),
    ],
)
def test_the_notes_own_postoperative_day_after_an_operation(text: str, expected: list[Row]) -> None:
    """In a progress note of 2019-03-18, "who is POD 2 after a Whipple" is the note's own day
    (the operation two days before), as "who is POD 2 s/p Whipple" is; "from the ICU
    transfer" names no operation and a plan names no patient: they count from the note."""
    assert note_mentions("PROGRESS NOTE\n2019-03-18\n\n", text) == expected


# ---- 3. a biopsy's or a procedure's bare month/day ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Biopsy 3/10 showed adenocarcinoma.",
            [("3/10", "DATE", "2019-03-10")],
            id="biopsy_3_10",
        ),
        pytest.param("Bx 2/14: benign.", [("2/14", "DATE", "2019-02-14")], id="bx_2_14"),
        pytest.param(
            "Colonoscopy 6/2: two sessile polyps removed.",
            [("6/2", "DATE", "2018-06-02")],
            id="colonoscopy_6_2",
        ),
        pytest.param(
            "Thyroid nodule, FNA 1/22 benign.",
            [("1/22", "DATE", "2019-01-22")],
            id="fna_1_22",
        ),
        pytest.param("CT 2/28 stable.", [("2/28", "DATE", "2019-02-28")], id="ct_2_28"),
        # look-alikes: scores, strengths, fractions and counts
        pytest.param("Gleason 3/10 on the left.", [], id="gleason"),
        pytest.param("Back pain 3/10, strength 4/5 bilaterally.", [], id="pain_strength"),
        pytest.param("Oxycodone 1/2 tab q6h prn.", [("q6h", "SET", "PT6H")], id="half_tab"),
        pytest.param("Carcinoma in 2/3 nodes.", [], id="nodes"),
        pytest.param("Biopsy 2/12 cores positive.", [], id="cores"),
    ],
)
def test_a_procedures_name_before_a_month_day_dates_it(text: str, expected: list[Row]) -> None:
    """In a note of 2019-03-18, a biopsy's, a colonoscopy's or an FNA's month/day is its
    date, as a CT's is; "Gleason 3/10", "pain 3/10", "strength 4/5", "1/2 tab", "2/3 nodes"
    and "Biopsy 2/12 cores" are no dates."""
    assert note_mentions("PATHOLOGY REPORT\n03/18/2019\n\n", text) == expected


# ---- 4. "annual" and "yearly" before a noun, in notes and in news ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Annual screening mammogram recommended.", [], id="annual_mammogram"),
        pytest.param(
            "Given the annual flu shot today.", [("today", "DATE", "2019-03-18")], id="flu"
        ),
        pytest.param(
            "Yearly eye exam with ophthalmology.", [("Yearly", "SET", "P1Y")], id="yearly"
        ),
        pytest.param("Dilated eye exam annually.", [("annually", "SET", "P1Y")], id="annually"),
    ],
)
def test_annual_before_a_noun_in_a_note(text: str, expected: list[Row]) -> None:
    """In a clinic note, "annual" before a noun is no time, as TimeBank leaves it in the news;
    "yearly" before a noun is a set, as "a weekly magazine" is, and "annually" recurs."""
    assert note_mentions("CLINIC NOTE\n03/18/2019\n\n", text) == expected


def test_annual_before_a_noun_in_the_news() -> None:
    """The news keeps the project's reading: "its annual meeting", "the annual report" and
    "annual sales" are no times; April is ahead, and the Tuesday the report "showed" on
    behind."""
    text = (
        "The company will hold its annual meeting in April. The annual report, out on Tuesday, "
        "showed annual sales of $2 billion."
    )
    assert mentions(text, dct="2019-03-18", genre="news") == [
        ("April", "DATE", "2019-04"),
        ("Tuesday", "DATE", "2019-03-12"),
    ]
