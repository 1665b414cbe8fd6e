"""Clinical notes, nineteenth round: therapy, rehabilitation and home care, in the i2b2 2012
style, half of them tokenized as i2b2 writes them: physical, occupational and speech therapy
evaluations and daily notes ("Visit 7 of 12", "Pt seen for 45 min", "2x/week for 6 weeks",
"since last visit on 3/30", "goals to be met in 3 weeks", "POC recert due 04/25/2023"),
cardiac and pulmonary rehabilitation ("Session 18 of 36", "3 times weekly", "walked 6
minutes"), home health and hospice visits ("SOC 5/2", "the first 60-day episode", "Next visit
Thursday", "Daily wound care", "benefit period ( 90 days ) ending 7/31"), a hemodialysis
treatment record and an infusion center's flowsheet ("Tx time 3.5 hrs", "every Mon/Wed/Fri",
"Last infusion 10/11/2021"), and discharge summaries from skilled nursing facilities
("admitted to SNF on 4/3 after a 5-day hospital stay", "Expected LOS was 14 days"). Read for
what still went wrong: the heading of a therapy, rehab, home-care or dialysis document over
its date ("PT TREATMENT NOTE 04/04/2023", "PULMONARY REHAB SESSION NOTE", "HOME HEALTH
SKILLED NURSING VISIT", "HEMODIALYSIS TREATMENT RECORD", "SPEECH LANGUAGE PATHOLOGY BEDSIDE
SWALLOW EVALUATION") dates the note as "PROGRESS NOTE 03/08/2018" does; a home-care label
before a bare month and day ("SOC 5/2", the start of care; "ROC 5/9", its resumption;
"Recert 6/30"; "Last seen 5/9") dates it as "admitted on 3/12" does; a flowsheet's "Last
infusion 10/11/2021 ." is the bound of a state, not the day the note goes on with ("Infusion
started at 09:10" is the note's day); "BIW", "TIW" (twice, three times a week) recur; and a
day of a facility's stay ("day 12 of her SNF stay") counts from its admission as a day of a
hospital stay does.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): the heading over a note's date dates it, and what it tells counts
from it; lengths of a session, a test or a stay last ("Pt seen for 45 min", "walked 6
minutes", "TUG 18 sec", "a 5-day hospital stay" P5D, "the first 60-day episode" P60D);
frequencies of therapy and dosing are sets of their period ("2x/week" and "3 times weekly"
P1W, "Daily wound care" P1D, "every other day" P2D, "q 15 min" PT15M), and the length of a
plan's course after them lasts ("for 6 weeks", "x 4 wks"); "every Mon/Wed/Fri" is each day's
set as "every Monday and Wednesday" is. Counts of visits and sessions ("Visit 7 of 12",
"Session 18 of 36", "visit # 4"), repetitions ("3 x 10 reps", "4/4 reps", "x3"), strength
and scores ("MMT 3/5", "4+/5", "Pain 6/10", "10/10", "Berg 42/56", "MoCA 24/30"), vitals ("BP
128/76"), stages and grades ("stage 3 pressure injury", "Grade 2"), rooms and chairs ("Room
214", "chair 6") and flows ("400 mL/min", "2 L O2") are no times. Weekdays were checked with
Python's datetime.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row
from passages import mentions as _mentions

# ---- a physical therapy initial evaluation after a knee replacement ----------------------------

PT_EVAL = """\
PHYSICAL THERAPY INITIAL EVALUATION 03/14/2023

Dx: R TKA 02/28/2023. Onset of knee pain 2 years ago; she was discharged home from the
hospital on 03/03/2023 and has had home PT since then.
Subjective: Pain 6/10 at rest, 10/10 with stairs. She walks 10 minutes before she has to rest.
Objective: R knee AROM 5-95 deg. MMT R quad 3/5, hip abd 4+/5. TUG 18 sec.
Treatment: Pt seen for 45 min: ther ex 3 x 10 reps, gait training x 150 ft x2, ice x 15 min.
Assessment: Pt will benefit from skilled PT. Rehab potential good.
Plan: 2x/week for 6 weeks. Short term goals to be met in 3 weeks, long term goals in 6 weeks.
POC recert due 04/25/2023.
"""
PT_EVAL_TABLE: list[Row] = [
    ("03/14/2023", "DATE", "2023-03-14"),
    ("02/28/2023", "DATE", "2023-02-28"),
    ("2 years ago", "DATE", "2021"),
    ("03/03/2023", "DATE", "2023-03-03"),
    ("10 minutes", "DURATION", "PT10M"),
    ("18 sec", "DURATION", "PT18S"),
    ("45 min", "DURATION", "PT45M"),
    ("15 min", "DURATION", "PT15M"),
    ("2x/week", "SET", "P1W"),
    ("6 weeks", "DURATION", "P6W"),
    ("3 weeks", "DURATION", "P3W"),
    ("6 weeks", "DURATION", "P6W"),
    ("04/25/2023", "DATE", "2023-04-25"),
]


def test_pt_evaluation_frequency_duration_goals_and_recert() -> None:
    """Headed 03/14/2023: "R TKA 02/28/2023" and "discharged ... on 03/03/2023" are days;
    "Pt seen for 45 min", "walks 10 minutes", "TUG 18 sec" and "ice x 15 min" last; the plan's
    "2x/week" recurs and "for 6 weeks" lasts; goals "to be met in 3 weeks" and "in 6 weeks"
    last; "POC recert due 04/25/2023" is a day ahead; "Pain 6/10", "10/10", "MMT R quad 3/5",
    "4+/5", "5-95 deg", "3 x 10 reps" and "x2" are no times."""
    assert _mentions(PT_EVAL) == PT_EVAL_TABLE


# ---- a tokenized PT daily note: the visit count, the last visit, the next one -------------------

PT_DAILY = """\
PT TREATMENT NOTE 04/04/2023
Visit 7 of 12 . Pt seen for 40 minutes .
S : Pt reports less pain since last visit on 3/30 . She walked to the mailbox twice daily
over the weekend .
O : Quad sets 3 x 10 , SLR 4/4 reps x3 , stairs with rail x 2 flights . Knee flexion 105 deg
today , 98 deg on 3/21 .
A : Progressing toward goals .
P : Continue POC . Next visit Thursday . Re-assess on 4/20 .
"""
PT_DAILY_TABLE: list[Row] = [
    ("04/04/2023", "DATE", "2023-04-04"),
    ("40 minutes", "DURATION", "PT40M"),
    ("3/30", "DATE", "2023-03-30"),
    ("twice daily", "SET", "P1D"),
    ("the weekend", "DATE", "2023-W13-WE"),
    ("today", "DATE", "2023-04-04"),
    ("3/21", "DATE", "2023-03-21"),
    ("Thursday", "DATE", "2023-04-06"),
    ("4/20", "DATE", "2023-04-20"),
]


def test_tokenized_pt_treatment_note_heading_dates_the_visit() -> None:
    """ "PT TREATMENT NOTE 04/04/2023" (a Tuesday) heads the note and dates it: "since last
    visit on 3/30" and "98 deg on 3/21" are days of its March, "over the weekend" the one
    before, "Next visit Thursday" the 6th of April and "Re-assess on 4/20" a day ahead;
    "Visit 7 of 12", "3 x 10", "SLR 4/4 reps x3" and "x 2 flights" are counts."""
    assert dt.date(2023, 4, 4).strftime("%A") == "Tuesday"
    assert _mentions(PT_DAILY) == PT_DAILY_TABLE


# ---- an occupational therapy evaluation after a stroke ----------------------------------------

OT_EVAL = """\
OCCUPATIONAL THERAPY EVALUATION 01/10/2024
Reason for referral : L CVA on 12/28/2023 with R hemiparesis .
ADLs : Min A for UB dressing , mod A for LB dressing . Grip 10 lb R , 45 lb L .
Treatment : 30 min of ADL retraining ; pt tolerated 15 minutes in standing .
Plan : OT 3x/wk x 4 wks . Goals to be met within 2 weeks : indep UB dressing .
Long term goals ( 4 weeks ) : mod I toileting .
"""
OT_EVAL_TABLE: list[Row] = [
    ("01/10/2024", "DATE", "2024-01-10"),
    ("12/28/2023", "DATE", "2023-12-28"),
    ("30 min", "DURATION", "PT30M"),
    ("15 minutes", "DURATION", "PT15M"),
    ("3x/wk", "SET", "P1W"),
    ("4 wks", "DURATION", "P4W"),
    ("2 weeks", "DURATION", "P2W"),
    ("4 weeks", "DURATION", "P4W"),
]


def test_tokenized_ot_evaluation_three_times_a_week_for_four_weeks() -> None:
    """ "L CVA on 12/28/2023" is the day of the stroke; "OT 3x/wk x 4 wks" recurs weekly for a
    length; "within 2 weeks" and "( 4 weeks )" last; "Grip 10 lb" and "Min A" are no times."""
    assert _mentions(OT_EVAL) == OT_EVAL_TABLE


# ---- a speech pathology swallow evaluation ----------------------------------------------------

SLP = """\
SPEECH LANGUAGE PATHOLOGY BEDSIDE SWALLOW EVALUATION 10/05/2022
Pt has been NPO since 10/02 . MBSS on 10/04 showed silent aspiration with thin liquids .
Recommend nectar thick liquids , 1:1 supervision with meals . SLP to follow 5x/week .
Re-evaluate in 1 week or sooner if status changes .
"""
SLP_TABLE: list[Row] = [
    ("10/05/2022", "DATE", "2022-10-05"),
    ("10/02", "DATE", "2022-10-02"),
    ("10/04", "DATE", "2022-10-04"),
    ("5x/week", "SET", "P1W"),
    ("1 week", "DURATION", "P1W"),
]


def test_tokenized_swallow_evaluation_heading_dates_the_note() -> None:
    """The speech pathologist's heading, "SPEECH LANGUAGE PATHOLOGY BEDSIDE SWALLOW EVALUATION"
    over its date, dates the note: "NPO since 10/02" and "MBSS on 10/04" are days of 2022;
    "5x/week" recurs; "in 1 week" lasts; "1:1 supervision" is no time."""
    assert _mentions(SLP) == SLP_TABLE


# ---- a cardiac rehab progress note: the session count, the program's start --------------------

CARDIAC_REHAB = """\
CARDIAC REHAB PROGRESS NOTE 06/22/2023

Session 18 of 36. Pt attends 3 times weekly since starting the program on 04/24/2023,
6 weeks after his CABG. Today he walked 6 minutes on the treadmill at 3.0 mph, then 20 min
on the bike at 4.2 METs. BP 128/76 at rest, 152/80 at peak. RPE 13. No angina since
his last session on Tuesday.
Plan: continue 3 times weekly; exercise at home 30 minutes daily on non-rehab days.
"""
CARDIAC_REHAB_TABLE: list[Row] = [
    ("06/22/2023", "DATE", "2023-06-22"),
    ("3 times weekly", "SET", "P1W"),
    ("04/24/2023", "DATE", "2023-04-24"),
    ("6 weeks", "DURATION", "P6W"),
    ("Today", "DATE", "2023-06-22"),
    ("6 minutes", "DURATION", "PT6M"),
    ("20 min", "DURATION", "PT20M"),
    ("Tuesday", "DATE", "2023-06-20"),
    ("3 times weekly", "SET", "P1W"),
    ("30 minutes", "DURATION", "PT30M"),
    ("daily", "SET", "P1D"),
]


def test_cardiac_rehab_sessions_three_times_weekly() -> None:
    """Headed 06/22/2023 (a Thursday): "3 times weekly" recurs; "walked 6 minutes" and "20 min
    on the bike" last; "his last session on Tuesday" is the 20th; "Session 18 of 36", "3.0
    mph", "4.2 METs", "BP 128/76", "152/80" and "RPE 13" are no times."""
    assert dt.date(2023, 6, 22).strftime("%A") == "Thursday"
    assert _mentions(CARDIAC_REHAB) == CARDIAC_REHAB_TABLE


# ---- a tokenized pulmonary rehab session note --------------------------------------------------

PULM_REHAB = """\
PULMONARY REHAB SESSION NOTE 02/13/2024
Session 9 of 24 . 6MWT 310 m on 2 L O2 , up from 260 m on 01/16/2024 .
Exercise : treadmill 12 minutes , arm ergometer 8 minutes , rest breaks x2 .
Pt uses albuterol 15 minutes before exercise . Sessions 2x/week for 12 weeks .
Next 6MWT in 4 weeks .
"""
PULM_REHAB_TABLE: list[Row] = [
    ("02/13/2024", "DATE", "2024-02-13"),
    ("01/16/2024", "DATE", "2024-01-16"),
    ("12 minutes", "DURATION", "PT12M"),
    ("8 minutes", "DURATION", "PT8M"),
    ("15 minutes", "DURATION", "PT15M"),
    ("2x/week", "SET", "P1W"),
    ("12 weeks", "DURATION", "P12W"),
    ("4 weeks", "DURATION", "P4W"),
]


def test_tokenized_pulmonary_rehab_session_note_is_dated_by_its_heading() -> None:
    """ "PULMONARY REHAB SESSION NOTE 02/13/2024" dates the note: "up from 260 m on
    01/16/2024" is the test four weeks before; the exercise's minutes last; "Sessions 2x/week
    for 12 weeks" recurs for a length; "Next 6MWT in 4 weeks" lasts; "6MWT 310 m", "2 L O2",
    "Session 9 of 24" and "x2" are no times."""
    assert _mentions(PULM_REHAB) == PULM_REHAB_TABLE


# ---- a home health skilled nursing visit: the start of care, the episode, the wound -----------

HOME_HEALTH = """\
HOME HEALTH SKILLED NURSING VISIT 05/16/2023
SOC 5/2. This visit is in the first 60-day episode (5/2-6/30).
Wound: stage 3 pressure injury to sacrum, 3.0 x 2.5 cm, down from 4.0 x 3.0 cm at SOC.
Daily wound care by caregiver; SN to change dressing every other day. Next visit Thursday.
Recert due 6/30/2023.
"""
HOME_HEALTH_TABLE: list[Row] = [
    ("05/16/2023", "DATE", "2023-05-16"),
    ("5/2", "DATE", "2023-05-02"),
    ("60-day", "DURATION", "P60D"),
    ("5/2", "DATE", "2023-05-02"),
    ("6/30", "DATE", "2023-06-30"),
    ("Daily", "SET", "P1D"),
    ("every other day", "SET", "P2D"),
    ("Thursday", "DATE", "2023-05-18"),
    ("6/30/2023", "DATE", "2023-06-30"),
]


def test_home_health_visit_start_of_care_and_episode() -> None:
    """ "HOME HEALTH SKILLED NURSING VISIT 05/16/2023" (a Tuesday) dates the note; "SOC 5/2",
    the start of care, is the 2nd of May; "the first 60-day episode" lasts and "(5/2-6/30)"
    names its days; "Daily wound care" and "every other day" recur; "Next visit Thursday" is
    the 18th; "stage 3", "3.0 x 2.5 cm" and "at SOC" are no times."""
    assert dt.date(2023, 5, 16).strftime("%A") == "Tuesday"
    assert _mentions(HOME_HEALTH) == HOME_HEALTH_TABLE


# ---- a tokenized hospice nurse visit: the benefit period, the last BM, the next visit ----------

HOSPICE = """\
HOSPICE NURSE VISIT NOTE 07/20/2022
Pt in 2nd benefit period ( 90 days ) ending 7/31 . PPS 30 % .
Pt sleeping most of the day , eating 2-3 bites at meals . Last BM 3 days ago .
Morphine 5 mg SL q 2 hours prn ; used 4 doses in the last 24 hours .
Family aware . Next visit Friday . Chaplain visit next week . Room 214 .
"""
HOSPICE_TABLE: list[Row] = [
    ("07/20/2022", "DATE", "2022-07-20"),
    ("90 days", "DURATION", "P90D"),
    ("7/31", "DATE", "2022-07-31"),
    ("3 days ago", "DATE", "2022-07-17"),
    ("q 2 hours", "SET", "PT2H"),
    ("the last 24 hours", "DURATION", "PT24H"),
    ("Friday", "DATE", "2022-07-22"),
    ("next week", "DATE", "2022-W30"),
]


def test_tokenized_hospice_visit_benefit_period_ending() -> None:
    """Headed 07/20/2022 (a Wednesday): the benefit period lasts "( 90 days )" and ends on
    "7/31"; "Last BM 3 days ago" is the 17th; "q 2 hours" recurs; "Next visit Friday" is the
    22nd and "next week" the week after; "2nd benefit period", "PPS 30 %", "2-3 bites", "4
    doses" and "Room 214" are no times."""
    assert dt.date(2022, 7, 20).strftime("%A") == "Wednesday"
    assert _mentions(HOSPICE) == HOSPICE_TABLE


# ---- a hemodialysis treatment record: the schedule, the treatment's length and clock ---------

DIALYSIS = """\
HEMODIALYSIS TREATMENT RECORD 09/18/2023
Schedule: every Mon/Wed/Fri, chair 6, 2nd shift.
Tx time 3.5 hrs. Pre wt 82.4 kg, post wt 80.1 kg. Blood flow 400 mL/min.
Treatment started 10:15, ended 13:45. BP 150/88 pre, 128/76 post.
Last iron infusion 2 weeks ago; Venofer 100 mg x 10 doses to start next treatment.
Missed treatment on 9/13.
"""
DIALYSIS_TABLE: list[Row] = [
    ("09/18/2023", "DATE", "2023-09-18"),
    ("every Mon", "SET", "XXXX-WXX-1"),
    ("Wed", "SET", "XXXX-WXX-3"),
    ("Fri", "SET", "XXXX-WXX-5"),
    ("3.5 hrs", "DURATION", "PT3H30M"),
    ("10:15", "TIME", "2023-09-18T10:15"),
    ("13:45", "TIME", "2023-09-18T13:45"),
    ("2 weeks ago", "DATE", "2023-W36"),
    ("9/13", "DATE", "2023-09-13"),
]


def test_hemodialysis_treatment_record_dates_its_treatment() -> None:
    """ "HEMODIALYSIS TREATMENT RECORD 09/18/2023" (a Monday) dates the record: the
    treatment's "started 10:15, ended 13:45" are clock times of that day, "2 weeks ago" is the
    week of the 4th, "Missed treatment on 9/13" the Wednesday before; "every Mon/Wed/Fri" is
    each day's set; "Tx time 3.5 hrs" lasts; "chair 6", "2nd shift", "82.4 kg", "400 mL/min",
    "BP 150/88" and "x 10 doses" are no times."""
    assert dt.date(2023, 9, 18).strftime("%A") == "Monday"
    assert _mentions(DIALYSIS) == DIALYSIS_TABLE


# ---- a tokenized infusion center note: the last infusion, today's clock times -----------------

INFUSION = """\
INFUSION CENTER NURSING NOTE 11/08/2021
IVIG 0.4 g / kg , every 4 weeks . Last infusion 10/11/2021 .
Infusion started at 09:10 at 50 mL / hr x 30 min , increased q 15 min to 200 mL / hr ;
completed at 12:40 . VS q 30 min x 2 , then hourly .
Pt tolerated well . Next infusion in 4 weeks on 12/06/2021 .
"""
INFUSION_TABLE: list[Row] = [
    ("11/08/2021", "DATE", "2021-11-08"),
    ("every 4 weeks", "SET", "P4W"),
    ("10/11/2021", "DATE", "2021-10-11"),
    ("09:10", "TIME", "2021-11-08T09:10"),
    ("30 min", "DURATION", "PT30M"),
    ("q 15 min", "SET", "PT15M"),
    ("12:40", "TIME", "2021-11-08T12:40"),
    ("q 30 min", "SET", "PT30M"),
    ("hourly", "SET", "PT1H"),
    ("4 weeks", "DURATION", "P4W"),
    ("12/06/2021", "DATE", "2021-12-06"),
]


def test_tokenized_infusion_note_clock_times_after_the_last_infusion() -> None:
    """ "Last infusion 10/11/2021 ." says when the last one was, the bound of the interval
    since; the note goes on with its own day: "Infusion started at 09:10" and "completed at
    12:40" are times of 11/08, not of the last infusion's day; "every 4 weeks", "q 15 min",
    "q 30 min" and "hourly" recur; "x 30 min" and "in 4 weeks" last; "0.4 g / kg" and "50 mL /
    hr" are no times."""
    assert _mentions(INFUSION) == INFUSION_TABLE


# ---- a skilled nursing facility discharge summary ----------------------------------------------

SNF = """\
SKILLED NURSING FACILITY DISCHARGE SUMMARY

Admission Date: 04/03/2023
Discharge Date: 04/21/2023

Mrs. Ames was admitted to SNF on 4/3 after a 5-day hospital stay for a L hip fracture repaired
on 3/30. Expected LOS was 14 days. She received PT and OT 5x/week. On 4/12 she had a
fall without injury. She was discharged home on 4/21 with home health.
Follow-up: PCP in 1 week; ortho on 5/10/2023 for staple removal.
"""
SNF_TABLE: list[Row] = [
    ("04/03/2023", "DATE", "2023-04-03"),
    ("04/21/2023", "DATE", "2023-04-21"),
    ("4/3", "DATE", "2023-04-03"),
    ("5-day", "DURATION", "P5D"),
    ("3/30", "DATE", "2023-03-30"),
    ("14 days", "DURATION", "P14D"),
    ("5x/week", "SET", "P1W"),
    ("4/12", "DATE", "2023-04-12"),
    ("4/21", "DATE", "2023-04-21"),
    ("1 week", "DURATION", "P1W"),
    ("5/10/2023", "DATE", "2023-05-10"),
]


def test_snf_discharge_summary_hospital_stay_and_length_of_stay() -> None:
    """The SNF admission date dates the summary: "admitted to SNF on 4/3" is that day, "a
    5-day hospital stay" lasts before it, "repaired on 3/30" is a day of March; "Expected LOS
    was 14 days" lasts; "PT and OT 5x/week" recurs; "PCP in 1 week" lasts."""
    assert _mentions(SNF) == SNF_TABLE


# ---- a tokenized SNF discharge summary: a course finished after the transfer -------------------

SNF_TOKENIZED = """\
Admission Date :
10/07/2021
Discharge Date :
10/26/2021
HOSPITAL COURSE :
Mr. Diaz was admitted to the SNF from the hospital after a 7 day stay for pneumonia . He
completed IV ceftriaxone for 3 more days , until 10/10 . He worked with therapy twice daily .
By discharge he was ambulating 150 feet . Room 214 .
DISCHARGE INSTRUCTIONS :
Home health PT 2-3x/week for 4 weeks . Follow up with PCP within 7 days .
"""
SNF_TOKENIZED_TABLE: list[Row] = [
    ("10/07/2021", "DATE", "2021-10-07"),
    ("10/26/2021", "DATE", "2021-10-26"),
    ("7 day", "DURATION", "P7D"),
    ("3 more days", "DURATION", "P3D"),
    ("10/10", "DATE", "2021-10-10"),
    ("twice daily", "SET", "P1D"),
    ("2-3x/week", "SET", "P1W"),
    ("4 weeks", "DURATION", "P4W"),
    ("7 days", "DURATION", "P7D"),
]


def test_tokenized_snf_summary_course_and_home_health_plan() -> None:
    """ "after a 7 day stay" and "for 3 more days" last, "until 10/10" is a day of the stay;
    "twice daily" and "2-3x/week" recur; "for 4 weeks" and "within 7 days" last; "150 feet"
    and "Room 214" are no times."""
    assert _mentions(SNF_TOKENIZED) == SNF_TOKENIZED_TABLE


# ---- headings of therapy, rehab, home-care and dialysis documents -----------------------------

HEADINGS: list[tuple[str, str]] = [
    ("PT TREATMENT NOTE 04/04/2023\nNext visit Thursday .", "2023-04-04"),
    ("PULMONARY REHAB SESSION NOTE 02/13/2024\nSeen today .", "2024-02-13"),
    ("HOME HEALTH SKILLED NURSING VISIT 05/16/2023\nSeen today.", "2023-05-16"),
    ("HEMODIALYSIS TREATMENT RECORD 09/18/2023\nSeen today.", "2023-09-18"),
    ("SPEECH LANGUAGE PATHOLOGY BEDSIDE SWALLOW EVALUATION 10/05/2022\nSeen today.", "2022-10-05"),
    ("OUTPATIENT PT RE-EVALUATION 05/01/2023\nSeen today.", "2023-05-01"),
    ("HOME HEALTH OASIS RECERTIFICATION VISIT 06/28/2023\nSeen today.", "2023-06-28"),
    ("DIALYSIS FLOWSHEET 09/18/2023\nSeen today.", "2023-09-18"),
]


@pytest.mark.parametrize(("text", "dct"), HEADINGS)
def test_a_therapy_or_home_care_heading_dates_the_note(text: str, dct: str) -> None:
    """A heading in capitals that names a note's kind, a visit, an evaluation, a record or a
    flowsheet, over its date on one line, dates the note, as "PROGRESS NOTE 03/08/2018" does."""
    from chrono import extract_document

    doc, _ = extract_document(text)
    assert doc.dct == dt.date.fromisoformat(dct)


NOT_HEADINGS = [
    "NEXT VISIT 06/04/2024\nSeen today.",
    "LAST VISIT 03/01/2024\nSeen today.",
    "Pt was seen for a home visit and the family asked about 06/04/2024\nSeen today.",
    "Next visit: 06/04/2024\nSeen today.",
]


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_a_plans_next_or_last_visit_does_not_date_the_note(text: str) -> None:
    """A plan's next visit and a last visit in capitals, and a sentence that ends in a date,
    are no headings: the note stays undated."""
    from chrono import extract_document

    doc, _ = extract_document(text)
    assert doc.dct is None


# ---- home-care labels before a bare month and day ---------------------------------------------

HOME_CARE_DAYS: list[tuple[str, list[Row]]] = [
    ("SOC 5/2. Wound healing.", [("5/2", "DATE", "2023-05-02")]),
    ("SOC: 5/2 . Wound healing .", [("5/2", "DATE", "2023-05-02")]),
    ("ROC 5/9 after a hospital stay.", [("5/9", "DATE", "2023-05-09")]),
    ("Recert 6/30. Continue POC.", [("6/30", "DATE", "2023-06-30")]),
    ("Last seen 5/9 by Dr. Ortiz.", [("5/9", "DATE", "2023-05-09")]),
]


@pytest.mark.parametrize(("text", "rows"), HOME_CARE_DAYS)
def test_a_home_care_label_dates_a_bare_month_and_day(text: str, rows: list[Row]) -> None:
    """The start of care ("SOC 5/2"), its resumption after a hospital stay ("ROC 5/9"), the
    recertification ("Recert 6/30") and the last visit ("Last seen 5/9") label a day, as "admitted
    on 3/12" does (a note dated 05/16/2023)."""
    assert _mentions(text, dct="2023-05-16") == rows


NOT_HOME_CARE_DAYS = [
    "SOC 1/2 tab daily.",
    "Recert 3/4 complete.",
    "Seen 2/2 fall.",
    "MMT 4/5 , SOC ankle 3/5 .",
]


@pytest.mark.parametrize("text", NOT_HOME_CARE_DAYS)
def test_home_care_look_alikes_give_no_day(text: str) -> None:
    """A fraction after a label ("1/2 tab", "3/4 complete"), the notes' "2/2" (secondary to)
    and strength scores are no days."""
    assert [k for _, k, _ in _mentions(text, dct="2023-05-16")] in ([], ["SET"])


# ---- a record's last occurrence, then the note's own clock times ------------------------------

LAST_THEN_CLOCK = [
    pytest.param(
        "INFUSION CENTER NURSING NOTE 11/08/2021\nLast infusion 10/11/2021.\n"
        "Infusion started at 09:10.",
        [
            ("11/08/2021", "DATE", "2021-11-08"),
            ("10/11/2021", "DATE", "2021-10-11"),
            ("09:10", "TIME", "2021-11-08T09:10"),
        ],
        id="last_infusion",
    ),
    pytest.param(
        "DIALYSIS PROGRESS NOTE 09/18/2023\nLast HD 9/15/2023 . Tx started 10:15 .",
        [
            ("09/18/2023", "DATE", "2023-09-18"),
            ("9/15/2023", "DATE", "2023-09-15"),
            ("10:15", "TIME", "2023-09-18T10:15"),
        ],
        id="last_hd",
    ),
    pytest.param(
        "PROGRESS NOTE 11/08/2021\nLast dose of Remicade 10/11/2021. Infusion started at 09:10.",
        [
            ("11/08/2021", "DATE", "2021-11-08"),
            ("10/11/2021", "DATE", "2021-10-11"),
            ("09:10", "TIME", "2021-11-08T09:10"),
        ],
        id="last_dose_of_a_drug",
    ),
    # look-alike: a day the note tells of, then its time
    pytest.param(
        "PROGRESS NOTE 11/08/2021\nHe fell on 11/06/2021. EMS arrived at 09:10.",
        [
            ("11/08/2021", "DATE", "2021-11-08"),
            ("11/06/2021", "DATE", "2021-11-06"),
            ("09:10", "TIME", "2021-11-06T09:10"),
        ],
        id="a_day_told",
    ),
    pytest.param(
        "PROGRESS NOTE 11/08/2021\nHe was last seen on 11/01/2021. Two days later he fell.",
        [
            ("11/08/2021", "DATE", "2021-11-08"),
            ("11/01/2021", "DATE", "2021-11-01"),
            ("Two days later", "DATE", "2021-11-03"),
        ],
        id="a_last_visit_told",
    ),
]


@pytest.mark.parametrize(("text", "rows"), LAST_THEN_CLOCK)
def test_a_records_last_occurrence_is_no_day_the_note_goes_on_with(
    text: str, rows: list[Row]
) -> None:
    """ "Last infusion 10/11/2021", "Last HD 9/15/2023", "Last dose of Remicade 10/11/2021"
    bound the interval since the last one, as "no BM since 3/5" does: the clock times after
    them are of the note's day; a day the note tells ("He fell on 11/06/2021") keeps its
    time, and a last visit told in a sentence ("He was last seen on 11/01/2021") is what "Two
    days later" counts from."""
    assert _mentions(text) == rows


# ---- a day of a skilled nursing facility's or a rehab unit's stay ------------------------------

STAY_DAYS: list[tuple[str, list[Row]]] = [
    (
        "SNF PROGRESS NOTE 05/16/2023\nPt is on day 12 of her SNF stay .",
        [
            ("05/16/2023", "DATE", "2023-05-16"),
            ("day 12 of her SNF stay", "DATE", "2023-05-16"),
        ],
    ),
    (
        "Admission Date: 04/03/2023\nDischarge Date: 04/21/2023\n"
        "On day 5 of her rehab stay she fell. By day 10 of the facility stay she walked 150 feet.",
        [
            ("04/03/2023", "DATE", "2023-04-03"),
            ("04/21/2023", "DATE", "2023-04-21"),
            ("day 5 of her rehab stay", "DATE", "2023-04-07"),
            ("day 10 of the facility stay", "DATE", "2023-04-12"),
        ],
    ),
    # look-alike: a stay that is no patient's
    ("Day 3 of the hotel stay was rainy .", []),
]


@pytest.mark.parametrize(("text", "rows"), STAY_DAYS)
def test_a_day_of_a_snf_or_rehab_stay_counts_from_its_admission(text: str, rows: list[Row]) -> None:
    """ "day 12 of her SNF stay", "day 5 of her rehab stay", "day 10 of the facility stay" are
    days of the stay counted from the facility's admission, as "day 5 of her hospital stay" is
    (the SNF's progress note is written on its twelfth day); a hotel's stay is none."""
    assert _mentions(text) == rows


def test_half_an_hour_written_as_a_fraction_lasts() -> None:
    """ "Pt walked for 1/2 hour" lasts thirty minutes, as "walked 30 minutes" does (see
    tests/test_noticed_gaps_39.py for "1/2 hour ago" and the doses' look-alikes)."""
    assert _mentions("Pt walked for 1/2 hour .", dct="2023-05-16") == [
        ("1/2 hour", "DURATION", "PT30M")
    ]


# ---- Latin abbreviations of weekly frequencies -------------------------------------------------

WEEKLY_ABBREVIATIONS: list[tuple[str, list[Row]]] = [
    ("PT BIW x 4 weeks.", [("BIW", "SET", "P1W"), ("4 weeks", "DURATION", "P4W")]),
    ("Interferon 3 million units SC TIW.", [("TIW", "SET", "P1W")]),
    (
        "Methotrexate 15 mg PO QW , folic acid daily .",
        [("QW", "SET", "P1W"), ("daily", "SET", "P1D")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), WEEKLY_ABBREVIATIONS)
def test_biw_and_tiw_recur_weekly(text: str, rows: list[Row]) -> None:
    """ "BIW" (twice a week), "TIW" (three times a week) and, after a dose or a route, "QW"
    (once a week) recur every week, as "2x/week" and "3 times weekly" do."""
    assert _mentions(text, dct="2023-05-16") == rows


# ---- look-alikes of therapy and home-care notes ------------------------------------------------

LOOK_ALIKES = [
    "Visit 3 of 12 . Session 18 of 36 .",
    "BP 128/76 , HR 72 , SpO2 96 % on 2 L O2 .",
    "MMT 3/5 R quad , 4+/5 hip abd , 4/4 reps x3 .",
    "Pain 10/10 , Berg 42/56 , MoCA 24/30 , Tinetti 18/28 .",
    "Stage 3 pressure injury , Grade 2 edema , FIM 4 .",
    "Room 214 , chair 6 , bed 2 .",
    "Ther ex 3 x 10 reps , gait 150 ft x 2 .",
    "Blood flow 400 mL/min , UF goal 2.3 L , Kt/V 1.4 .",
    "Press the QW key ; BIW-7 valve .",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_therapy_and_home_care_look_alikes_are_no_times(line: str) -> None:
    """Counts of visits and sessions, vitals, strength, repetitions, scores, stages, grades,
    rooms, chairs and flows hold numbers that are no times."""
    assert _mentions(line, dct="2023-05-16") == []
