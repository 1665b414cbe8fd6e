"""Gaps noticed in session 25, seventy-seventh list: clinical notes.

Notes are read with genre auto under a dated header line of a kind of note ("PROGRESS NOTE
03/20/2024"), which dates them, i2b2 style (a space before every mark), rows as TimeBank
annotates them:
- a procedure told done by "s/p", "status post", "underwent" or "had" before its month and day,
  or a test with its result after them, is behind the note, however close ahead: under
  03/20/2024 "S/p appendectomy 4/2 ." is 2023-04-02 (was 2024-04-02, the nearer),
  "Colonoscopy 6/2: two polyps ." 2023-06-02, "Echo 4/2 : EF 55% ." 2023-04-02; a procedure
  named by the wards' short name or its last word dates its day too ("s/p CABG 4/2", "s/p lap
  chole 7/8", "s/p hernia repair 4/2", were untagged); "F/u colonoscopy 6/2 .", "Scheduled for
  appendectomy 4/2 .", "Repeat CT 6/2 : no change ." and an order after a colon stay ahead; a
  discharge summary dated by its admission tells its stay on ("Admission Date :" over
  2024-03-20, "He is s/p appendectomy 3/22" is 2024-03-22);
- postoperative days count from the dated surgery the note told last before them: under
  07/12/2024 "s/p lap chole 7/8 . POD 3 : ambulating" is 2024-07-11, and hospital days from an
  admission told by its month and day: "He was admitted 3/11 with sepsis . HD 2 : extubated"
  under 03/13/2023 is 2023-03-12 (was counted from the note's date; tests/test_noticed_gaps_74.py
  and tests/test_clinical_26.py had them as strict xfails); a past stay's "Previously admitted
  2/1" is no admission of this one, and with no surgery or admission told, "POD 3" and "HD 2"
  count from the note's date as before;
- a course's day restated by its date is that date, the day itself left untagged as "Vancomycin
  day 1 = 3/12" was: under 03/16/2024 "Started vanc d1 3/12 ." is 2024-03-12 (was "vanc d1"
  left open, XXXX-XX-XX), "Zosyn D#1 3/13" 2024-03-13 (was "Zosyn D#1", the note's day), "vanc
  ( d1 3/12 )"; a course's day before its length in days is the note's day, as "day 3 of
  detox" and "day 5 of 14 of ceftriaxone" are: "Now day 5 of 14 days of ceftriaxone" gives "day
  5" 2024-03-16 and "14 days" (was "14 days" alone; tests/test_clinical_25.py and
  tests/test_noticed_gaps_73.py had them as strict xfails); "Vitamin D3 1/2 tab" and "D3 3/5
  strength" stay none, "Vanc d5 , afebrile" the note's day.

Notes given no document date, genre auto:
- a consult's heading in sentence case, its service capitalised, over the note dates it, as
  "CARDIOLOGY CONSULT 03/18/2024" and "Cardiology Consult" do: "Cardiology consult
  03/18/2024" makes "Seen today" 2024-03-18 (was PRESENT_REF, no document date;
  tests/test_noticed_gaps_75.py had it as a strict xfail), "ID consult 03/18/2024", "Renal
  transplant consultation"; "Referred to cardiology 03/18/2024 .", "Referred for consult
  03/18/2024" and "Cardiology consult requested 03/18/2024" date nothing.

Pinned as they are: a count of nights a week lasts its nights, as "3 days a week" lasts its
days in tests/test_clinical_26.py and tests/test_news_26.py ("Attends groups 2 nights a week"
P2D; "3x/week" a set). Left (a strict xfail): "the holidays", which would be a December, the
last one over behind a past verb (in a note of 12/05/2023 "relapsed over the holidays" 2022-12),
the coming one ahead, the one told beside it ("over the holidays in 12/2021" 2021-12).
"""

from __future__ import annotations

import pytest
from passages import Row, mentions, note_mentions

_MARCH = "PROGRESS NOTE 03/20/2024\n\n"
_JULY = "PROGRESS NOTE 07/12/2024\n\n"


# ---- 1. a procedure or a test told done is behind the note --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("S/p appendectomy 4/2 .", [("4/2", "DATE", "2023-04-02")], id="s_p_4_2"),
        pytest.param(
            "Status post lap chole on 3/28 , here for a wound check .",
            [("3/28", "DATE", "2023-03-28")],
            id="status_post_on_3_28",
        ),
        pytest.param(
            "Hx CAD s/p CABG 4/2 , on ASA .", [("4/2", "DATE", "2023-04-02")], id="s_p_cabg"
        ),
        pytest.param(
            "Underwent R TKA 4/2 , PT daily .",
            [("4/2", "DATE", "2023-04-02"), ("daily", "SET", "P1D")],
            id="underwent_tka",
        ),
        pytest.param(
            "s/p inguinal hernia repair 6/2 .",
            [("6/2", "DATE", "2023-06-02")],
            id="s_p_hernia_repair_6_2",
        ),
        pytest.param(
            "Colonoscopy 6/2: two polyps .",
            [("6/2", "DATE", "2023-06-02")],
            id="colonoscopy_6_2_two_polyps",
        ),
        pytest.param(
            "Colonoscopy 4/2 : two polyps removed .",
            [("4/2", "DATE", "2023-04-02")],
            id="colonoscopy_4_2_two_polyps",
        ),
        pytest.param("Echo 4/2 : EF 55% .", [("4/2", "DATE", "2023-04-02")], id="echo_ef"),
        pytest.param(
            "CT 6/2 negative for PE .",
            [("6/2", "DATE", "2023-06-02")],
            id="ct_negative",
        ),
        pytest.param("Biopsy 4/2 : benign .", [("4/2", "DATE", "2023-04-02")], id="biopsy_benign"),
        # look-alikes: a follow-up, a plan, a repeat test, an order after a colon
        pytest.param(
            "F/u colonoscopy 6/2 .", [("6/2", "DATE", "2024-06-02")], id="f_u_colonoscopy"
        ),
        pytest.param(
            "Scheduled for appendectomy 4/2 .",
            [("4/2", "DATE", "2024-04-02")],
            id="scheduled_for_appendectomy",
        ),
        pytest.param(
            "Repeat CT 6/2 : no change expected .",
            [("6/2", "DATE", "2024-06-02")],
            id="repeat_ct",
        ),
        pytest.param(
            "Colonoscopy 4/2 : bowel prep sent .",
            [("4/2", "DATE", "2024-04-02")],
            id="colonoscopy_with_an_order",
        ),
        pytest.param("s/p chemo , next cycle 4/2 .", [], id="s_p_chemo_next_cycle"),
        pytest.param("CABG 2/3 grafts patent .", [], id="a_count_of_grafts"),
    ],
)
def test_a_procedure_or_a_test_told_done_is_behind(text: str, expected: list[Row]) -> None:
    """A month/day after "s/p" and a procedure, or a test's with its result after it, is the
    last such day behind the note."""
    assert note_mentions(_MARCH, text) == expected


def test_a_summary_dated_by_its_admission_tells_its_stay_on() -> None:
    """A discharge summary's "s/p appendectomy 3/22" in its course is after its admission."""
    text = (
        "Admission Date :\n2024-03-20\nHOSPITAL COURSE :\n"
        "He is s/p appendectomy 3/22 , tolerating diet .\n"
    )
    assert mentions(text) == [
        ("2024-03-20", "DATE", "2024-03-20"),
        ("3/22", "DATE", "2024-03-22"),
    ]


# ---- 2. postoperative and hospital days count from the told surgery or admission ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "s/p lap chole 7/8 . POD 3 : ambulating , tolerating diet .",
            [("7/8", "DATE", "2024-07-08"), ("POD 3", "DATE", "2024-07-11")],
            id="s_p_lap_chole_pod_3",
        ),
        pytest.param(
            "Status post R TKA on 7/9 . On POD 2 , PT started .",
            [("7/9", "DATE", "2024-07-09"), ("POD 2", "DATE", "2024-07-11")],
            id="status_post_tka_pod_2",
        ),
        pytest.param(
            "s/p appendectomy 7/2 and relook laparotomy 7/8 . POD 3 : afebrile .",
            [
                ("7/2", "DATE", "2024-07-02"),
                ("7/8", "DATE", "2024-07-08"),
                ("POD 3", "DATE", "2024-07-11"),
            ],
            id="two_surgeries_the_last_told",
        ),
        pytest.param(
            "Scheduled for lap chole 7/15 . Plan : home on POD 1 .",
            [("7/15", "DATE", "2024-07-15"), ("POD 1", "DATE", "2024-07-16")],
            id="a_surgery_to_come",
        ),
        # a done surgery dated after the note is last year's: its days count from it
        pytest.param(
            "s/p lap chole 7/15 . POD 3 : ambulating .",
            [("7/15", "DATE", "2023-07-15"), ("POD 3", "DATE", "2023-07-18")],
            id="a_done_surgery_dated_after_the_note",
        ),
        # with no surgery told, the note's date counts
        pytest.param(
            "POD 3 : ambulating , tolerating diet .",
            [("POD 3", "DATE", "2024-07-15")],
            id="pod_3_alone",
        ),
        pytest.param(
            "Admitted to MICU on 7/9 for DKA . HD 3 : off insulin drip .",
            [("7/9", "DATE", "2024-07-09"), ("HD 3", "DATE", "2024-07-11")],
            id="admitted_to_micu_hd_3",
        ),
        pytest.param(
            "Admitted 7/10 . Plan discharge on hospital day 4 .",
            [("7/10", "DATE", "2024-07-10"), ("hospital day 4", "DATE", "2024-07-13")],
            id="admitted_7_10_hospital_day_4",
        ),
        # look-alikes: a past stay's admission, no admission told
        pytest.param(
            "Previously admitted 2/1 for CHF . HD 2 : diuresing .",
            [("2/1", "DATE", "2024-02-01"), ("HD 2", "DATE", "2024-07-13")],
            id="a_past_stay",
        ),
        pytest.param("HD 2 : diuresing .", [("HD 2", "DATE", "2024-07-13")], id="hd_2_alone"),
    ],
)
def test_a_stays_days_count_from_the_told_surgery_or_admission(
    text: str, expected: list[Row]
) -> None:
    """POD n counts from the surgery told last before it, HD n from the admission told."""
    assert note_mentions(_JULY, text) == expected


# ---- 3. a course's day restated by its date, a course's day before its length -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Started vanc d1 3/12 .", [("3/12", "DATE", "2024-03-12")], id="started_vanc_d1"
        ),
        pytest.param(
            "Zosyn D#1 3/13 , cultures pending .",
            [("3/13", "DATE", "2024-03-13")],
            id="zosyn_d_hash_1",
        ),
        pytest.param(
            "Vancomycin day 1 = 3/12 .", [("3/12", "DATE", "2024-03-12")], id="vancomycin_day_1_is"
        ),
        pytest.param(
            "Abx : vanc ( d1 3/12 ) , zosyn ( d1 3/13 ) .",
            [("3/12", "DATE", "2024-03-12"), ("3/13", "DATE", "2024-03-13")],
            id="abx_list_in_brackets",
        ),
        pytest.param(
            "Now day 5 of 14 days of ceftriaxone .",
            [
                ("Now", "DATE", "PRESENT_REF"),
                ("day 5", "DATE", "2024-03-16"),
                ("14 days", "DURATION", "P14D"),
            ],
            id="day_5_of_14_days",
        ),
        pytest.param(
            "Pt on day 2 of 5 days of doxycycline , afebrile .",
            [("day 2", "DATE", "2024-03-16"), ("5 days", "DURATION", "P5D")],
            id="day_2_of_5_days",
        ),
        # look-alikes: a vitamin's fraction, a strength, a course's day with no date after it
        pytest.param("Vitamin D3 1/2 tab daily .", [("daily", "SET", "P1D")], id="vitamin_d3"),
        pytest.param("D3 3/5 strength .", [], id="a_strength"),
        pytest.param(
            "Vanc d5 , afebrile .", [("Vanc d5", "DATE", "2024-03-16")], id="vanc_d5_alone"
        ),
        pytest.param(
            "Day 3 of 5 days of rest , per PT .", [("5 days", "DURATION", "P5D")], id="rest"
        ),
    ],
)
def test_a_course_day_by_its_date_or_before_its_length(text: str, expected: list[Row]) -> None:
    """A course's "d1" before a date is that date; "day 5 of 14 days of" a drug the note's day."""
    assert note_mentions("PROGRESS NOTE 03/16/2024\n\n", text) == expected


# ---- 4. a consult's heading in sentence case dates its note -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cardiology consult 03/18/2024\n\nSeen today for chest pain .",
            [("03/18/2024", "DATE", "2024-03-18"), ("today", "DATE", "2024-03-18")],
            id="cardiology_consult",
        ),
        pytest.param(
            "ID consult 03/18/2024\nCD4 612 on 2/28 . Seen today .",
            [
                ("03/18/2024", "DATE", "2024-03-18"),
                ("2/28", "DATE", "2024-02-28"),
                ("today", "DATE", "2024-03-18"),
            ],
            id="id_consult_tokenized",
        ),
        pytest.param(
            "Renal transplant consultation 03/18/2024\nSeen today .",
            [("03/18/2024", "DATE", "2024-03-18"), ("today", "DATE", "2024-03-18")],
            id="renal_transplant_consultation",
        ),
        # look-alikes: a referral, a consult asked for, a referral's day in the body
        pytest.param(
            "Referred to cardiology 03/18/2024 .\nSeen today .",
            [("03/18/2024", "DATE", "2024-03-18"), ("today", "DATE", "PRESENT_REF")],
            id="referred_to_cardiology",
        ),
        pytest.param(
            "Cardiology consult requested 03/18/2024 .\nSeen today .",
            [("03/18/2024", "DATE", "2024-03-18"), ("today", "DATE", "PRESENT_REF")],
            id="a_consult_requested",
        ),
        pytest.param(
            "Chest pain , HTN .\nReferred to cardiology 03/18/2024 .\nSeen today .",
            [("03/18/2024", "DATE", "2024-03-18"), ("today", "DATE", "PRESENT_REF")],
            id="a_referral_in_the_body",
        ),
    ],
)
def test_a_consults_heading_in_sentence_case_dates_the_note(text: str, expected: list[Row]) -> None:
    """ "Cardiology consult 03/18/2024" over a note is its date; a referral's line is not."""
    assert mentions(text, genre="auto") == expected


# ---- 5. a count of nights a week lasts its nights, as a count of days a week does --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Attends groups 2 nights a week .",
            [("2 nights", "DURATION", "P2D")],
            id="groups_2_nights_a_week",
        ),
        pytest.param(
            "Dialysis 3 days per week .", [("3 days", "DURATION", "P3D")], id="dialysis_3_days"
        ),
        pytest.param("Attends groups 3x/week .", [("3x/week", "SET", "P1W")], id="groups_3x_week"),
        # look-alike: nights slept, a length
        pytest.param(
            "Slept 2 nights in the ER .", [("2 nights", "DURATION", "P2D")], id="slept_2_nights"
        ),
    ],
)
def test_a_count_of_nights_a_week_reads_as_days_a_week(text: str, expected: list[Row]) -> None:
    """ "2 nights a week" is read as "3 days a week" is (its nights last, tests/test_clinical_26.py
    and tests/test_news_26.py), "3x/week" a set."""
    assert note_mentions(_MARCH, text) == expected


# ---- 6. what is left ---------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="'the holidays' is left untagged in notes and news alike: no holiday season is read "
    "(tests/test_clinical_26.py and tests/test_noticed_gaps_74.py hold the behind and ahead cases)",
)
def test_the_holidays_of_a_year_told_beside_them() -> None:
    """ "Relapsed over the holidays in 12/2021" names the holidays of December 2021."""
    text = "Relapsed over the holidays in 12/2021 ."
    assert note_mentions(_MARCH, text) == [
        ("the holidays", "DATE", "2021-12"),
        ("12/2021", "DATE", "2021-12"),
    ]
