"""Clinical notes, sixth round: dialysis and dosing days, and the follow-up of a discharge
summary. Discharge summaries of patients on hemodialysis, whose days recur through the note
("MWF", "Monday , Wednesday , Friday", "q.M/W/F", "Tu/Th/Sa"), and whose follow-up sections
are told on the day of the discharge.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): a discharge summary is dated by its admission date; a schedule's
weekdays are sets of those days (XXXX-WXX-1), its initials ("MWF", "TTS") a set of the week
they recur in (P1W, as "three times weekly": chrono writes no freq); the follow-up
("FOLLOW-UP:", "DISCHARGE INSTRUCTIONS:") counts from the discharge date ("tomorrow", "next
Tuesday"), while "in 2 weeks" stays a duration.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row
from passages import mentions as _mentions

# ---- a dialysis patient's discharge summary: initials, a spaced list, a follow-up ----------------

ESRD = """\
DISCHARGE SUMMARY

Admission Date: 02/11/2021
Discharge Date: 02/17/2021

HISTORY OF PRESENT ILLNESS:
71 yo F with ESRD on hemodialysis MWF via a left AV fistula, DM2 and CHF (EF 30%), who
presents with dyspnea for the past 3 days. She missed her Monday session because of a snow
storm and last dialyzed 5 days prior to admission. On arrival K 6.8, BNP 2,340.

HOSPITAL COURSE:
She underwent urgent HD on the day of admission with 3 L removed, and again on HD #2. Renal
was consulted and she was returned to her Monday , Wednesday , Friday schedule. On 02/14 she
was given 1 unit PRBC for Hgb 6.9. She was on room air by hospital day 4.

DISCHARGE MEDICATIONS:
1. Sevelamer 800 mg PO TID with meals.
2. Epoetin 4,000 units IV q.M/W/F with dialysis.
3. Cinacalcet 30 mg PO daily.

FOLLOW-UP:
Resume outpatient dialysis at the Davita unit tomorrow. See Dr. Haddad in nephrology clinic
next Tuesday. Repeat CBC in 1 week.
"""
ESRD_TABLE: list[Row] = [
    ("02/11/2021", "DATE", "2021-02-11"),
    ("02/17/2021", "DATE", "2021-02-17"),
    ("MWF", "SET", "P1W"),
    ("the past 3 days", "DURATION", "P3D"),
    ("Monday", "DATE", "2021-02-08"),
    ("5 days prior to admission", "DATE", "2021-02-06"),
    ("the day of admission", "DATE", "2021-02-11"),
    ("HD #2", "DATE", "2021-02-12"),
    ("Monday", "SET", "XXXX-WXX-1"),
    ("Wednesday", "SET", "XXXX-WXX-3"),
    ("Friday", "SET", "XXXX-WXX-5"),
    ("02/14", "DATE", "2021-02-14"),
    ("hospital day 4", "DATE", "2021-02-14"),
    ("TID", "SET", "P1D"),
    ("q.M/W/F", "SET", "P1W"),
    ("daily", "SET", "P1D"),
    ("tomorrow", "DATE", "2021-02-18"),
    ("next Tuesday", "DATE", "2021-02-23"),
    ("1 week", "DURATION", "P1W"),
]


def test_dialysis_days_recur_and_the_follow_up_counts_from_the_discharge() -> None:
    """ "hemodialysis MWF" and "q.M/W/F" recur weekly, "her Monday , Wednesday , Friday
    schedule" on those weekdays, while "her Monday session" she missed is the Monday before
    the admission; under "FOLLOW-UP:" "tomorrow" and "next Tuesday" count from the discharge
    on Wednesday 02/17 (Thursday 02/18, Tuesday 02/23), not from the admission."""
    assert dt.date(2021, 2, 17).strftime("%A") == "Wednesday"
    assert dt.date(2021, 2, 23).strftime("%A") == "Tuesday"
    assert _mentions(ESRD) == ESRD_TABLE


# ---- the i2b2 layout: a schedule in the history, doses on some days, a patch ---------------------

GRAFT = """\
Admission Date :
09/03/2019
Discharge Date :
09/09/2019
HISTORY OF PRESENT ILLNESS :
The patient is a 64 year old man with end stage renal disease on hemodialysis Tuesday ,
Thursday , Saturday who presents with a clotted left upper extremity graft . He last dialyzed
4 days prior to admission .
HOSPITAL COURSE :
He underwent thrombectomy of the graft by interventional radiology on the day of admission
and was dialyzed the following day without difficulty .
DISCHARGE MEDICATIONS :
Catapres-TTS 2 patch weekly , Coumadin 5 mg Monday , Wednesday and Friday and 2.5 mg on other
days , Renagel 800 mg p.o. t.i.d.
FOLLOW UP :
He will resume his usual dialysis on Thursday . Vascular surgery clinic in 2 weeks .
"""
GRAFT_TABLE: list[Row] = [
    ("09/03/2019", "DATE", "2019-09-03"),
    ("09/09/2019", "DATE", "2019-09-09"),
    ("Tuesday", "SET", "XXXX-WXX-2"),
    ("Thursday", "SET", "XXXX-WXX-4"),
    ("Saturday", "SET", "XXXX-WXX-6"),
    ("4 days prior to admission", "DATE", "2019-08-30"),
    ("the day of admission", "DATE", "2019-09-03"),
    ("the following day", "DATE", "2019-09-04"),
    ("weekly", "SET", "P1W"),
    ("Monday", "SET", "XXXX-WXX-1"),
    ("Wednesday", "SET", "XXXX-WXX-3"),
    ("Friday", "SET", "XXXX-WXX-5"),
    ("t.i.d.", "SET", "P1D"),
    ("Thursday", "DATE", "2019-09-12"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_weekdays_after_a_treatment_or_a_dose_recur_and_a_patch_is_no_schedule() -> None:
    """ "hemodialysis Tuesday , Thursday , Saturday" and "Coumadin 5 mg Monday , Wednesday
    and Friday" are weekly days; "Catapres-TTS" is a patch, not Tuesday, Thursday, Saturday;
    "on Thursday" under "FOLLOW UP :" is the Thursday after the discharge on Monday 09/09
    (09/12), not the one of the stay (09/05)."""
    assert dt.date(2019, 9, 9).strftime("%A") == "Monday"
    assert dt.date(2019, 9, 12).strftime("%A") == "Thursday"
    assert _mentions(GRAFT) == GRAFT_TABLE


# ---- single sentences ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ESRD on HD TTS via a right IJ tunneled catheter.", [("TTS", "SET", "P1W")]),
        ("He dialyzes Tu/Th/Sa at the Davita unit.", [("Tu/Th/Sa", "SET", "P1W")]),
        ("Calcitriol 0.25 mcg PO qMWF with HD.", [("qMWF", "SET", "P1W")]),
        (
            "Epogen 10,000 units IV M-W-F with dialysis.",
            [("M-W-F", "SET", "P1W")],
        ),
        (
            "Continue his Tuesday/Thursday/Saturday dialysis.",
            [
                ("Tuesday", "SET", "XXXX-WXX-2"),
                ("Thursday", "SET", "XXXX-WXX-4"),
                ("Saturday", "SET", "XXXX-WXX-6"),
            ],
        ),
    ],
)
def test_a_dialysis_schedule_recurs(text: str, expected: list[Row]) -> None:
    """Dialysis days as initials or a list of three weekdays before the treatment recur."""
    assert _mentions(text, dct="2019-09-03") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two weekdays of one week in the stay
        (
            "He was dialyzed Monday and Thursday .",
            [("Monday", "DATE", "2019-09-02"), ("Thursday", "DATE", "2019-08-29")],
        ),
        ("Catapres TTS 2 patch , apply weekly .", [("weekly", "SET", "P1W")]),
        ("Text-to-speech (TTS) was set up on her tablet.", []),
    ],
)
def test_look_alikes_of_a_schedule_are_not_one(text: str, expected: list[Row]) -> None:
    """Two weekdays of a stay stay dates; a patch's "TTS" and text-to-speech are no days."""
    assert _mentions(text, dct="2019-09-03") == expected


def test_a_follow_up_heading_in_a_note_without_a_discharge_date_changes_nothing() -> None:
    """A progress note has no discharge date: "FOLLOW-UP:" leaves "tomorrow" the day after
    the note's."""
    text = "PROGRESS NOTE 03/04/2020\nFOLLOW-UP:\nRepeat BMP tomorrow.\n"
    assert _mentions(text) == [
        ("03/04/2020", "DATE", "2020-03-04"),
        ("tomorrow", "DATE", "2020-03-05"),
    ]


# ---- an appendectomy: the evening of surgery, a night past midnight ------------------------------

APPY = """\
DISCHARGE SUMMARY

Admission Date: 07/05/2016
Discharge Date: 07/09/2016

HOSPITAL COURSE:
Mr. Diaz was taken to the OR on the day of admission for a laparoscopic appendectomy. He was
hypotensive the evening of surgery to 85/50 and received a 1 L bolus. At 11:45 p.m. he was
given morphine for pain. At 12:30 a.m. he became briefly hypoxic to 88% and was placed on 2L
NC. The morning after surgery he was weaned to room air. He was started on ciprofloxacin 500
mg PO BID x 7 days for a perforated appendix. He was discharged on POD 4.

DISCHARGE INSTRUCTIONS:
No lifting more than 10 lbs for 6 weeks. Remove the outer dressing tomorrow. Follow up with
Dr. Chen in 2 weeks.
"""
APPY_TABLE: list[Row] = [
    ("07/05/2016", "DATE", "2016-07-05"),
    ("07/09/2016", "DATE", "2016-07-09"),
    ("the day of admission", "DATE", "2016-07-05"),
    ("the evening of surgery", "TIME", "2016-07-05TEV"),
    ("11:45 p.m.", "TIME", "2016-07-05T23:45"),
    ("12:30 a.m.", "TIME", "2016-07-06T00:30"),
    ("The morning after surgery", "TIME", "2016-07-06TMO"),
    ("BID", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("POD 4", "DATE", "2016-07-09"),
    ("6 weeks", "DURATION", "P6W"),
    ("tomorrow", "DATE", "2016-07-10"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_the_evening_of_surgery_and_a_night_past_midnight() -> None:
    """ "the evening of surgery" is that of the operation on the day of admission, "12:30
    a.m." after "11:45 p.m." is past midnight, on 07/06, as is "The morning after surgery";
    "POD 4" is the discharge day; under "DISCHARGE INSTRUCTIONS:" "tomorrow" is the day
    after the discharge; "85/50", "88%" and "2L" are no times."""
    assert _mentions(APPY) == APPY_TABLE


def test_the_day_after_surgery_counts_from_the_operation_not_the_last_date() -> None:
    """After "taken to the OR on 07/06", "the evening of surgery" is that evening and "The
    morning after surgery" the morning of 07/07."""
    text = (
        "Admission Date: 07/05/2016\nDischarge Date: 07/09/2016\n\nHOSPITAL COURSE:\nMr. Diaz "
        "was taken to the OR on 07/06 for a laparoscopic appendectomy. He was hypotensive the "
        "evening of surgery. The morning after surgery he was weaned to room air."
    )
    assert _mentions(text)[2:] == [
        ("07/06", "DATE", "2016-07-06"),
        ("the evening of surgery", "TIME", "2016-07-06TEV"),
        ("The morning after surgery", "TIME", "2016-07-07TMO"),
    ]


# ---- gaps --------------------------------------------------------------------------------------

SURGERY = """\
Admission Date: 07/05/2016
Discharge Date: 07/09/2016

HOSPITAL COURSE:
Mr. Diaz was taken to the OR on 07/06 for a laparoscopic appendectomy. """


def test_a_range_of_postoperative_days_names_both_ends() -> None:
    """ "POD 1-3" after an operation on 07/06 runs from 07/07 to 07/09."""
    rows = _mentions(SURGERY + "He had low-grade fevers on POD 1-3.")
    assert rows[-2:] == [("POD 1", "DATE", "2016-07-07"), ("3", "DATE", "2016-07-09")]
