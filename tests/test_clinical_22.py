"""Clinical notes, twenty-second round: surgery, anesthesia, radiology and pathology, in the i2b2
2012 style, half of them tokenized as i2b2 writes them: operative notes ("Date of procedure:
03/14/2019", "Procedure start 08:15, end 10:42", "Incision 0750 . Closure 0912", "Tourniquet
up 0744 , down 0829 ; tourniquet time 45 minutes", "POD 1", "postoperative day #3", "on the
day of surgery"), anesthesia records ("NPO after midnight", "Induction 07:52", "Surgery start
0810", "Extubated at 1105", "PONV x1 treated at 1130"), radiology reports ("COMPARISON: CT
abdomen 01/02/2019 and prior study of 2/3/18", "interval increase ... since the prior exam",
"follow-up CT in 3 months", "6-week follow-up imaging"), pathology reports ("Specimen
collected 03/15/19 0930", "received fresh on 3/15/2019 at 1045", "signed out 3/18") and
surgical histories ("s/p appendectomy 2005", "CABG x3 in 2012", "remote cholecystectomy",
"hx of TKA (L) 2/2017"). Read for what still went wrong: a step of an operation or of an
anesthetic timed after its name without "at" ("Incision 0750", "Closure 0912", "Surgery start
0810", "Tourniquet up 0744"), untagged; a recovery nurse's "treated at 1130", read as the year
1130; a specimen's time after a date with a two-digit year ("collected 03/15/19 0930"),
untagged; a report's "signed out 3/18", untagged; "the day prior to surgery", untagged, and
"the night following his operation", dropped; a postoperative day after the patient's
introduction ("is a 66 yo M on postoperative day #3 s/p sigmoid colectomy"), counted from the
note's date instead of being the note's own day; and a postoperative day after a year of the
history ("cholecystectomy in 2015 ... the morning of surgery ; resume on POD 1"), counted from
1 January 2015.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it) and of the eleventh and twelfth rounds: the heading over a note's
date, or its "Date of procedure:", dates it; a four-digit time after a step's name, after "at"
or after a full date is a time of that day ("03/07/2019 0815"); postoperative days count from
the operation ("POD 1" the day after it), and a postoperative day the note says it is written on
makes the operation that many days before the note. "NPO after midnight" in a plan is the
midnight ending the note's day (24:00 of it); before an operation the note schedules or records
on its own day, the midnight that begins the operation's day. A follow-up "in 3 months", "within
2 weeks" and "a 6-week follow-up" last; "tourniquet time 45 minutes" and "Fixed in formalin for
24 hours" are durations, no clock times. Sizes and doses ("3 x 2 cm", "8 mm", "40 mg"), sutures
("5-0 Vicryl", "2-0 silk", "0 Vicryl"), blades ("#11 blade"), catheters ("18 gauge", "10
French", "7.0 ETT"), spinal levels ("T12-L1", "L4-5", "C5-6", "L5-S1"), categories and grades
("BI-RADS 4", "Gleason 3+4=7", "Grade Group 2", "pT2N0", "ASA 3", "ASA 2E", "Mallampati 2"),
"the 2 o'clock position", node counts ("0/3 nodes"), receptors ("ER 95 %") and counts ("x3",
"x2", "PONV x1") are no times. Weekdays were checked with Python's datetime.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions


def _without(rows: list[Row], *texts: str) -> list[Row]:
    """``rows`` without the rows of ``texts`` (each checked by a test of its own below)."""
    return [row for row in rows if row[0] not in texts]


# ---- an operative note: the case's start and end, the incision, PACU, POD 1 -------------------

CHOLECYSTECTOMY = """\
OPERATIVE NOTE
Date of procedure: 03/14/2019

PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis.
PROCEDURE: Laparoscopic cholecystectomy.
ANESTHESIA: General endotracheal. ASA 3.
DESCRIPTION: Procedure start 08:15, end 10:42. Incision at 0830 with a #11 blade; four ports were
placed. The cystic duct was ligated with 2-0 silk and the fascia closed with 0 Vicryl; skin with
4-0 Monocryl. Estimated blood loss 20 mL. The patient tolerated the procedure well and went to
PACU at 1055.
PLAN: Discharge on POD 1 if tolerating a diet. Follow-up in clinic in 2 weeks.
"""
CHOLECYSTECTOMY_TABLE: list[Row] = [
    ("03/14/2019", "DATE", "2019-03-14"),
    ("08:15", "TIME", "2019-03-14T08:15"),
    ("10:42", "TIME", "2019-03-14T10:42"),
    ("0830", "TIME", "2019-03-14T08:30"),
    ("1055", "TIME", "2019-03-14T10:55"),
    ("POD 1", "DATE", "2019-03-15"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_operative_note_start_end_incision_and_pacu() -> None:
    """ "Date of procedure: 03/14/2019" dates the note; "Procedure start 08:15, end 10:42",
    "Incision at 0830" and "went to PACU at 1055" are times of that day; "Discharge on POD 1"
    is the day after; "ASA 3", "#11 blade", "2-0 silk", "0 Vicryl", "4-0 Monocryl" and "20 mL"
    are no times."""
    assert _mentions(CHOLECYSTECTOMY) == CHOLECYSTECTOMY_TABLE


# ---- a tokenized brief op note: the tourniquet, the incision and closure without "at" ---------

KNEE_TOKENIZED = """\
BRIEF OP NOTE :
06/03/2020
Procedure : R TKA . Anesthesia : spinal , ASA 2 , Mallampati 2 .
Tourniquet up 0744 , down 0829 ; tourniquet time 45 minutes .
Incision 0750 . Closure 0912 with 2-0 Vicryl and staples . EBL 150 mL .
Drain 10 French to bulb suction , to be removed on POD 2 .
Plan : Lovenox 40 mg daily for 14 days starting POD 1 ; PT twice daily .
"""
KNEE_TOKENIZED_TABLE: list[Row] = [
    ("06/03/2020", "DATE", "2020-06-03"),
    ("0744", "TIME", "2020-06-03T07:44"),
    ("0829", "TIME", "2020-06-03T08:29"),
    ("45 minutes", "DURATION", "PT45M"),
    ("0750", "TIME", "2020-06-03T07:50"),
    ("0912", "TIME", "2020-06-03T09:12"),
    ("POD 2", "DATE", "2020-06-05"),
    ("daily", "SET", "P1D"),
    ("14 days", "DURATION", "P14D"),
    ("POD 1", "DATE", "2020-06-04"),
    ("twice daily", "SET", "P1D"),
]


def test_tokenized_brief_op_note_steps_timed_after_their_names() -> None:
    """Headed 06/03/2020: "Tourniquet up 0744 , down 0829", "Incision 0750" and "Closure 0912"
    are times of the day of surgery, told after the step's name without "at"; "tourniquet time
    45 minutes" lasts; the drain "removed on POD 2" and Lovenox "starting POD 1" count from
    the operation; "ASA 2", "Mallampati 2", "2-0 Vicryl", "150 mL", "10 French" and "40 mg"
    are no times."""
    assert _mentions(KNEE_TOKENIZED) == KNEE_TOKENIZED_TABLE


# ---- a surgery progress note: the note's own postoperative day after the patient ------------

COLECTOMY = """\
SURGERY PROGRESS NOTE 09/18/2021

Mr. Grant is a 66 yo M on postoperative day #3 s/p sigmoid colectomy on 09/15/2021. Hypotensive
on the day of surgery, resolved with fluids. Flatus since yesterday evening; BM this morning.
Tolerating clears since POD 2. Pain 3/10. JP drain output 40 mL over the last 24 hours.
Plan: Advance to a regular diet today; remove the JP drain tomorrow; staples out on POD 10.
"""
COLECTOMY_TABLE: list[Row] = [
    ("09/18/2021", "DATE", "2021-09-18"),
    ("postoperative day #3", "DATE", "2021-09-18"),
    ("09/15/2021", "DATE", "2021-09-15"),
    ("the day of surgery", "DATE", "2021-09-15"),
    ("yesterday evening", "TIME", "2021-09-17TEV"),
    ("this morning", "TIME", "2021-09-18TMO"),
    ("POD 2", "DATE", "2021-09-17"),
    ("the last 24 hours", "DURATION", "PT24H"),
    ("today", "DATE", "2021-09-18"),
    ("tomorrow", "DATE", "2021-09-19"),
    ("POD 10", "DATE", "2021-09-25"),
]


def test_surgery_progress_note_postoperative_day_after_the_patients_introduction() -> None:
    """Headed 09/18/2021: "is a 66 yo M on postoperative day #3 s/p sigmoid colectomy on
    09/15/2021" is the note's own day, three days after the operation, so "the day of
    surgery" is 09/15, "since POD 2" the 17th and "staples out on POD 10" the 25th, not days
    counted from the note's date; "Pain 3/10" and "40 mL" are no times."""
    assert _mentions(COLECTOMY) == COLECTOMY_TABLE


# ---- an anesthesia record: induction, surgery start, extubation, PONV treated ----------------

ANESTHESIA = """\
ANESTHESIA RECORD 11/07/2022

Pre-op: 71 yo F for L hip ORIF, admitted the day prior to surgery after a fall. NPO after
midnight; last clear liquids at 0500. Airway: Mallampati 2, ASA 3. 18 gauge IV R forearm.
Induction 07:52 with propofol; intubated at 07:55 with a 7.0 ETT, grade 1 view. Antibiotics at
0745. Surgery start 0810. Extubated at 1105 in the OR and taken to PACU at 1112.
Post-op: PONV x1 treated at 1130. Tourniquet time 62 minutes.
"""
ANESTHESIA_TABLE: list[Row] = [
    ("11/07/2022", "DATE", "2022-11-07"),
    ("the day prior to surgery", "DATE", "2022-11-06"),
    ("midnight", "TIME", "2022-11-06T24:00"),
    ("0500", "TIME", "2022-11-07T05:00"),
    ("07:52", "TIME", "2022-11-07T07:52"),
    ("07:55", "TIME", "2022-11-07T07:55"),
    ("0745", "TIME", "2022-11-07T07:45"),
    ("0810", "TIME", "2022-11-07T08:10"),
    ("1105", "TIME", "2022-11-07T11:05"),
    ("1112", "TIME", "2022-11-07T11:12"),
    ("1130", "TIME", "2022-11-07T11:30"),
    ("62 minutes", "DURATION", "PT62M"),
]


def test_anesthesia_record_induction_surgery_start_and_ponv_treated() -> None:
    """Headed 11/07/2022, the day of surgery: "admitted the day prior to surgery" is 11/06;
    "Induction 07:52", "intubated at 07:55", "Antibiotics at 0745", "Surgery start 0810",
    "Extubated at 1105", "PACU at 1112" and "PONV x1 treated at 1130" (no year 1130) are
    times of that day; "Tourniquet time 62 minutes" lasts; "Mallampati 2", "ASA 3", "18
    gauge", "7.0 ETT" and "grade 1 view" are no times."""
    rows = _without(_mentions(ANESTHESIA), "midnight")
    assert rows == _without(ANESTHESIA_TABLE, "midnight")


def test_anesthesia_record_npo_after_midnight_is_the_night_before() -> None:
    """ "NPO after midnight; last clear liquids at 0500" on the day of surgery is the midnight
    that began it (2022-11-06T24:00)."""
    assert ("midnight", "TIME", "2022-11-06T24:00") in _mentions(ANESTHESIA)


# ---- a tokenized preanesthesia evaluation: surgery tomorrow, a history's year ---------------

PREANESTHESIA_TOKENIZED = """\
PREANESTHESIA EVALUATION :
02/21/2023
Scheduled for lap appendectomy tomorrow at 0730 . NPO after midnight .
Last ate at 1900 yesterday . Hx of PONV after cholecystectomy in 2015 .
Airway : Mallampati 3 , TMD 3 FB . ASA 2E .
Hold metformin the morning of surgery ; resume on POD 1 .
"""
PREANESTHESIA_TOKENIZED_TABLE: list[Row] = [
    ("02/21/2023", "DATE", "2023-02-21"),
    ("tomorrow at 0730", "TIME", "2023-02-22T07:30"),
    ("midnight", "TIME", "2023-02-21T24:00"),
    ("1900 yesterday", "TIME", "2023-02-20T19:00"),
    ("2015", "DATE", "2015"),
    ("the morning of surgery", "TIME", "2023-02-22TMO"),
    ("POD 1", "DATE", "2023-02-23"),
]
_PLANNED_SURGERY = ("midnight", "the morning of surgery", "POD 1")


def test_tokenized_preanesthesia_evaluation_surgery_tomorrow() -> None:
    """Headed 02/21/2023: "Scheduled for lap appendectomy tomorrow at 0730" is the 22nd's
    morning; "Last ate at 1900 yesterday" the 20th's evening; "cholecystectomy in 2015" a
    year; "Mallampati 3", "TMD 3 FB" and "ASA 2E" are no times."""
    rows = _without(_mentions(PREANESTHESIA_TOKENIZED), *_PLANNED_SURGERY)
    assert rows == _without(PREANESTHESIA_TOKENIZED_TABLE, *_PLANNED_SURGERY)


def test_a_postoperative_day_after_a_year_of_the_history_is_not_in_that_year() -> None:
    """ "Hx of PONV after cholecystectomy in 2015 ... the morning of surgery ; resume on POD
    1": the year of the history is no day of an operation, so the postoperative day counts
    from the appendectomy scheduled for tomorrow (2023-02-23), not from 1 January 2015."""
    rows = _mentions(PREANESTHESIA_TOKENIZED)
    assert rows[-1] == ("POD 1", "DATE", "2023-02-23")


def test_tokenized_preanesthesia_evaluation_days_of_the_surgery_to_come() -> None:
    """The surgery is tomorrow, 02/22: "NPO after midnight" is the midnight before it (the
    21st's 24:00), "the morning of surgery" the 22nd's and "resume on POD 1" the 23rd."""
    assert _mentions(PREANESTHESIA_TOKENIZED) == PREANESTHESIA_TOKENIZED_TABLE


# ---- a CT report: the studies compared, a follow-up in 3 months ------------------------------

CT_ABDOMEN = """\
CT ABDOMEN AND PELVIS WITH CONTRAST 01/16/2019

COMPARISON: CT abdomen 01/02/2019 and prior study of 2/3/18.
FINDINGS: Interval increase in size of the 3 x 2 cm hypodense lesion in segment 7 since the prior
exam. Compression deformity of T12-L1, unchanged since 2018. No free air.
IMPRESSION: Enlarging hepatic lesion. Recommend follow-up CT in 3 months or MRI.
"""
CT_ABDOMEN_TABLE: list[Row] = [
    ("01/16/2019", "DATE", "2019-01-16"),
    ("01/02/2019", "DATE", "2019-01-02"),
    ("2/3/18", "DATE", "2018-02-03"),
    ("2018", "DATE", "2018"),
    ("3 months", "DURATION", "P3M"),
]


def test_ct_report_studies_compared_and_a_follow_up_in_three_months() -> None:
    """Headed 01/16/2019: "CT abdomen 01/02/2019" and "prior study of 2/3/18" are days;
    "interval increase ... since the prior exam" names no date; "unchanged since 2018" is a
    year; "follow-up CT in 3 months" lasts; "3 x 2 cm", "segment 7" and "T12-L1" are no
    times."""
    assert _mentions(CT_ABDOMEN) == CT_ABDOMEN_TABLE


# ---- a tokenized mammogram: priors by month, BI-RADS, a biopsy within 2 weeks ----------------

MAMMOGRAM_TOKENIZED = """\
BILATERAL DIAGNOSTIC MAMMOGRAM :
10/04/2022
COMPARISON : Prior mammograms of 09/2021 and 08/2020 .
FINDINGS : New 8 mm mass at the 2 o'clock position of the right breast , 4 cm from the nipple .
IMPRESSION : BI-RADS 4 . Ultrasound-guided biopsy recommended within 2 weeks .
Left breast BI-RADS 2 ; screening mammogram in 1 year .
"""
MAMMOGRAM_TOKENIZED_TABLE: list[Row] = [
    ("10/04/2022", "DATE", "2022-10-04"),
    ("09/2021", "DATE", "2021-09"),
    ("08/2020", "DATE", "2020-08"),
    ("2 weeks", "DURATION", "P2W"),
    ("1 year", "DURATION", "P1Y"),
]


def test_tokenized_mammogram_priors_by_month_and_biopsy_within_two_weeks() -> None:
    """Headed 10/04/2022: the priors "of 09/2021 and 08/2020" are months; "within 2 weeks" and
    "in 1 year" last; "8 mm", "the 2 o'clock position", "4 cm", "BI-RADS 4" and "BI-RADS 2"
    are no times."""
    assert _mentions(MAMMOGRAM_TOKENIZED) == MAMMOGRAM_TOKENIZED_TABLE


# ---- a tokenized lumbar MRI: spinal levels, a laminectomy's year, 6-week follow-up ------------

MRI_TOKENIZED = """\
MRI LUMBAR SPINE WITHOUT CONTRAST :
07/12/2021
CLINICAL HISTORY : Low back pain for 6 months , L5 radiculopathy .
COMPARISON : Radiographs 05/27/2021 .
FINDINGS : L4-5 disc protrusion , stable . C5-6 not imaged . Postoperative changes at L5-S1 from
the 2016 laminectomy .
RECOMMENDATION : 6-week follow-up imaging if symptoms persist .
"""
MRI_TOKENIZED_TABLE: list[Row] = [
    ("07/12/2021", "DATE", "2021-07-12"),
    ("6 months", "DURATION", "P6M"),
    ("05/27/2021", "DATE", "2021-05-27"),
    ("2016", "DATE", "2016"),
    ("6-week", "DURATION", "P6W"),
]


def test_tokenized_lumbar_mri_levels_and_six_week_follow_up() -> None:
    """Headed 07/12/2021: "pain for 6 months" lasts; "Radiographs 05/27/2021" is a day; "the
    2016 laminectomy" a year; the "6-week follow-up imaging" lasts; "L5", "L4-5", "C5-6" and
    "L5-S1" are no times."""
    assert _mentions(MRI_TOKENIZED) == MRI_TOKENIZED_TABLE


# ---- a surgical pathology report: collected, received, signed out ----------------------------

PROSTATECTOMY = """\
SURGICAL PATHOLOGY REPORT 03/18/2019

SPECIMEN: Prostate, radical prostatectomy.
Specimen collected 03/15/19 0930; received fresh on 3/15/2019 at 1045. Fixed in formalin for 24
hours.
FINAL DIAGNOSIS: Prostatic adenocarcinoma, Gleason 3+4=7 (Grade Group 2), pT2N0. Margins
negative.
Final diagnosis signed out 3/18 by Dr. Osei. Prior biopsy of 11/2018 showed Gleason 3+3.
"""
PROSTATECTOMY_TABLE: list[Row] = [
    ("03/18/2019", "DATE", "2019-03-18"),
    ("03/15/19", "DATE", "2019-03-15"),
    ("0930", "TIME", "2019-03-15T09:30"),
    ("3/15/2019", "DATE", "2019-03-15"),
    ("1045", "TIME", "2019-03-15T10:45"),
    ("24\nhours", "DURATION", "PT24H"),
    ("3/18", "DATE", "2019-03-18"),
    ("11/2018", "DATE", "2018-11"),
]


def test_surgical_pathology_collected_received_and_signed_out() -> None:
    """Headed 03/18/2019: "Specimen collected 03/15/19 0930" is a day and its time (the
    two-digit year's date as "03/07/2019 0815" is); "received fresh on 3/15/2019 at 1045" the
    same day's later time; "Fixed in formalin for 24 hours" lasts; "signed out 3/18" is the
    report's day and the "Prior biopsy of 11/2018" a month; "Gleason 3+4=7", "Grade Group 2",
    "pT2N0" and "Gleason 3+3" are no times."""
    assert _mentions(PROSTATECTOMY) == PROSTATECTOMY_TABLE


# ---- a tokenized pathology consultation: received, grossed, a result in business days --------

BREAST_CORE_TOKENIZED = """\
PATHOLOGY CONSULTATION :
05/09/2024
Specimen received 05/07/2024 at 1410 ; grossed on 05/08 .
Breast , left , core biopsy : invasive ductal carcinoma , grade 2 ; ER 95 % , PR 80 % .
Tumor size 1.2 x 0.9 cm ; 0/3 nodes . Compared with the prior excision of 4/2019 .
Addendum : HER2 FISH to follow in 3-5 business days .
"""
BREAST_CORE_TOKENIZED_TABLE: list[Row] = [
    ("05/09/2024", "DATE", "2024-05-09"),
    ("05/07/2024", "DATE", "2024-05-07"),
    ("1410", "TIME", "2024-05-07T14:10"),
    ("05/08", "DATE", "2024-05-08"),
    ("4/2019", "DATE", "2019-04"),
    ("3-5 business days", "DURATION", "P5D"),
]


def test_tokenized_pathology_consultation_received_and_grossed() -> None:
    """Headed 05/09/2024: "received 05/07/2024 at 1410" is a time of that day, "grossed on
    05/08" the next; "the prior excision of 4/2019" a month; "in 3-5 business days" lasts its
    upper bound; "grade 2", "ER 95 %", "PR 80 %", "1.2 x 0.9 cm" and "0/3 nodes" are no
    times."""
    assert _mentions(BREAST_CORE_TOKENIZED) == BREAST_CORE_TOKENIZED_TABLE


# ---- a preoperative evaluation: a surgical history as a list, the planned knee -------------

PREOPERATIVE = """\
PREOPERATIVE EVALUATION 04/10/2023

PAST SURGICAL HISTORY:
- s/p appendectomy 2005
- CABG x3 in 2012
- remote cholecystectomy
- hx of TKA (L) 2/2017
- C-section x2, last in 1998
PLAN: Proceed with R TKA on 04/24/2023. Hold aspirin 7 days before surgery. Pre-op labs within
30 days.
"""
PREOPERATIVE_TABLE: list[Row] = [
    ("04/10/2023", "DATE", "2023-04-10"),
    ("2005", "DATE", "2005"),
    ("2012", "DATE", "2012"),
    ("2/2017", "DATE", "2017-02"),
    ("1998", "DATE", "1998"),
    ("04/24/2023", "DATE", "2023-04-24"),
    ("7 days", "DURATION", "P7D"),
    ("30 days", "DURATION", "P30D"),
]


def test_preoperative_evaluation_surgical_history_list() -> None:
    """Headed 04/10/2023: "s/p appendectomy 2005", "CABG x3 in 2012" and "last in 1998" are
    years and "hx of TKA (L) 2/2017" a month; "remote cholecystectomy" names no date; the knee
    "on 04/24/2023" is a day; "7 days before surgery" and "within 30 days" last; "x3" and "x2"
    are no times."""
    assert _mentions(PREOPERATIVE) == PREOPERATIVE_TABLE


# ---- a tokenized surgical clinic note: a history's years, now POD 14 -------------------------

HERNIA_TOKENIZED = """\
SURGICAL CLINIC NOTE :
08/29/2022
PSH : s/p lap chole 2014 ; ORIF R ankle 2019 ; hernia repair x2 , most recent 3 years ago .
Pt now POD 14 s/p L inguinal hernia repair on 08/15/2022 . Incision healed .
Lifting restriction for 6 weeks from surgery . RTC PRN .
"""
HERNIA_TOKENIZED_TABLE: list[Row] = [
    ("08/29/2022", "DATE", "2022-08-29"),
    ("2014", "DATE", "2014"),
    ("2019", "DATE", "2019"),
    ("3 years ago", "DATE", "2019"),
    ("now", "DATE", "PRESENT_REF"),
    ("POD 14", "DATE", "2022-08-29"),
    ("08/15/2022", "DATE", "2022-08-15"),
    ("6 weeks", "DURATION", "P6W"),
]


def test_tokenized_surgical_clinic_note_now_pod_fourteen() -> None:
    """Headed 08/29/2022: the history's "lap chole 2014" and "ORIF R ankle 2019" are years and
    "most recent 3 years ago" 2019; "Pt now POD 14 s/p ... repair on 08/15/2022" is the note's
    day, fourteen days on; "for 6 weeks from surgery" lasts; "x2" is no time."""
    assert _mentions(HERNIA_TOKENIZED) == HERNIA_TOKENIZED_TABLE


# ---- single sentences: an operation's steps timed after their names -------------------------

STEPS = [
    pytest.param(
        "Incision 0750 . Closure 0912 .",
        ["2019-03-14T07:50", "2019-03-14T09:12"],
        id="incision_closure",
    ),
    pytest.param(
        "Skin incision: 1230. Closure: 1415.", ["2019-03-14T12:30", "2019-03-14T14:15"], id="colon"
    ),
    pytest.param(
        "Induction 0752 ; surgery start 0810 .",
        ["2019-03-14T07:52", "2019-03-14T08:10"],
        id="induction_start",
    ),
    pytest.param(
        "Anesthesia start 1240, anesthesia end 1520.",
        ["2019-03-14T12:40", "2019-03-14T15:20"],
        id="anesthesia_start_end",
    ),
    pytest.param(
        "Procedure start 1315 , end 1542 .",
        ["2019-03-14T13:15", "2019-03-14T15:42"],
        id="start_end",
    ),
    pytest.param(
        "Tourniquet up 0744 , down 0829 .",
        ["2019-03-14T07:44", "2019-03-14T08:29"],
        id="tourniquet",
    ),
    pytest.param("Emergence 1058, smooth.", ["2019-03-14T10:58"], id="emergence"),
    pytest.param("Extubated 1105 , to PACU on 2L .", ["2019-03-14T11:05"], id="extubated"),
    pytest.param("Intubated 0755 without difficulty .", ["2019-03-14T07:55"], id="intubated"),
    pytest.param("PONV x1 treated at 1130 with ondansetron .", ["2019-03-14T11:30"], id="treated"),
    pytest.param("Incision 1230 with a #10 blade .", ["2019-03-14T12:30"], id="blade_after"),
]


@pytest.mark.parametrize(("text", "values"), STEPS)
def test_a_step_of_an_operation_is_timed_after_its_name(text: str, values: list[str]) -> None:
    """An operative or anesthesia record times each step after its name, with or without "at"
    or a colon: "Incision 0750", "Surgery start 0810", "Tourniquet up 0744 , down 0829",
    "PONV x1 treated at 1130" are times of the day of surgery."""
    rows = _mentions("OPERATIVE NOTE 03/14/2019\n\n" + text)[1:]
    assert [(kind, value) for _, kind, value in rows] == [("TIME", v) for v in values]


NOT_STEPS = [
    pytest.param(
        "Intubated 2020 for COVID pneumonia .", [("2020", "DATE", "2020")], id="intubated_year"
    ),
    pytest.param("He was treated at 2010 prices .", [("2010", "DATE", "2010")], id="prices"),
    pytest.param(
        "The Induction 2019 class met .", [("2019", "DATE", "2019")], id="induction_class"
    ),
    pytest.param("Ore heat-treated at 1100 degrees .", [], id="degrees"),
    pytest.param(
        "Closure 2-0 Vicryl , incision 10 cm , tourniquet time 45 minutes .",
        [("45 minutes", "DURATION", "PT45M")],
        id="sizes",
    ),
]


@pytest.mark.parametrize(("text", "rows"), NOT_STEPS)
def test_a_year_or_a_measure_after_a_steps_name_is_no_time(text: str, rows: list[Row]) -> None:
    """A history's "Intubated 2020 for COVID", a price's year, a class's year and a
    temperature are no clock times of a step; a suture, a length and the tourniquet's time
    are no clock times at all."""
    assert _mentions(text, dct="2019-03-14") == rows


# ---- single sentences: a specimen's date and time, a report's participles --------------------

SPECIMENS = [
    pytest.param(
        "Specimen collected 03/15/19 0930 ; received fresh .",
        [("03/15/19", "DATE", "2019-03-15"), ("0930", "TIME", "2019-03-15T09:30")],
        id="two_digit_year",
    ),
    pytest.param(
        "Drawn 3/15/2019 0615, hemolyzed.",
        [("3/15/2019", "DATE", "2019-03-15"), ("0615", "TIME", "2019-03-15T06:15")],
        id="four_digit_year",
    ),
    pytest.param("Labs 03/15/19 1000 mg given .", [("03/15/19", "DATE", "2019-03-15")], id="dose"),
    pytest.param(
        "Final diagnosis signed out 3/18 by Dr. Osei .",
        [("3/18", "DATE", "2019-03-18")],
        id="signed_out",
    ),
    pytest.param(
        "Specimen received 3/15 in formalin .", [("3/15", "DATE", "2019-03-15")], id="received"
    ),
    pytest.param("Report finalized 3/18 .", [("3/18", "DATE", "2019-03-18")], id="finalized"),
    pytest.param("He received 8/10 on the quiz .", [], id="score"),
    pytest.param("She received 1/2 dose of heparin .", [], id="fraction"),
    pytest.param("Received 2/15 nodes , all negative .", [], id="nodes"),
    pytest.param("Collected 2/3 of the sample .", [], id="of"),
]


@pytest.mark.parametrize(("text", "rows"), SPECIMENS)
def test_a_specimens_days_and_times(text: str, rows: list[Row]) -> None:
    """A specimen's label gives its time after a full date, with a two- or a four-digit year,
    the time closing its clause; a report dates what was received, signed out or finalized
    after the participle; a score, a fraction and a count of nodes are no days."""
    assert _mentions("SURGICAL PATHOLOGY REPORT 03/18/2019\n\n" + text)[1:] == rows


# ---- single sentences: the days around an operation ------------------------------------------

AROUND_SURGERY = [
    pytest.param(
        "CABG on 03/10/2019 . The day prior to surgery she ate .",
        ("The day prior to surgery", "DATE", "2019-03-09"),
        id="prior_to",
    ),
    pytest.param(
        "CABG on 03/10/2019 . He walked the day before surgery .",
        ("the day before surgery", "DATE", "2019-03-09"),
        id="before",
    ),
    pytest.param(
        "CABG on 03/10/2019 . He bled the day preceding surgery .",
        ("the day preceding surgery", "DATE", "2019-03-09"),
        id="preceding",
    ),
    pytest.param(
        "CABG on 03/10/2019 . The night following his operation he bled .",
        ("The night following his operation", "TIME", "2019-03-11TNI"),
        id="night_following",
    ),
    pytest.param(
        "CABG on 03/10/2019 . The day following surgery he walked .",
        ("The day following surgery", "DATE", "2019-03-11"),
        id="day_following",
    ),
]


@pytest.mark.parametrize(("text", "row"), AROUND_SURGERY)
def test_the_days_before_and_after_an_operation(text: str, row: Row) -> None:
    """ "the day prior to surgery", "the day before surgery" and "the day preceding surgery"
    are the eve of the operation; "the night following his operation" and "the day following
    surgery" come after it, as "the day after surgery" does."""
    assert _mentions(text, dct="2019-03-18")[-1] == row


NOTES_OWN_POSTOPERATIVE_DAY = [
    pytest.param(
        "Mr. Lee is a 54 y/o man on POD #4 s/p lap chole , doing well . Drain out POD 3 .",
        ("POD 3", "DATE", "2019-03-17"),
        id="yo_on_pod",
    ),
    pytest.param(
        "Ms. Fox is a 71 year-old woman who is POD 2 s/p Whipple . Clears since POD 1 .",
        ("POD 1", "DATE", "2019-03-17"),
        id="who_is",
    ),
    pytest.param(
        "The plan is to remove staples on POD 10 .", ("POD 10", "DATE", "2019-03-28"), id="plan"
    ),
    pytest.param(
        "She is a 60 yo F who had surgery on 3/10 ; she walked on POD 3 .",
        ("POD 3", "DATE", "2019-03-13"),
        id="told_surgery",
    ),
]


@pytest.mark.parametrize(("text", "row"), NOTES_OWN_POSTOPERATIVE_DAY)
def test_a_postoperative_day_after_the_patients_introduction_is_the_notes(
    text: str, row: Row
) -> None:
    """ "is a 54 y/o man on POD #4 s/p lap chole" and "who is POD 2 s/p Whipple" say the note's
    own day, so later postoperative days count from the operation they imply; a plan's "on POD
    10" and a day after a told surgery still count from the note's date or the surgery."""
    assert _mentions("SURGERY PROGRESS NOTE 03/18/2019\n\n" + text)[-1] == row


# ---- look-alikes ------------------------------------------------------------------------------

LOOK_ALIKES = [
    "3 x 2 cm ; 3 x 2 x 1.5 cm ; 8 mm ; 4 x 4 gauze .",
    "5-0 Vicryl , 2-0 silk , 3-0 Prolene , 4-0 Monocryl , 0 Vicryl .",
    "#10 blade , #15 blade , 18 gauge , 20 G angiocath , 10 French , 16 Fr Foley , 7.0 ETT .",
    "T12-L1 , C5-6 , L4-5 , L5-S1 , T4-T5 , S1 .",
    "BI-RADS 4 , BI-RADS 0 , LI-RADS 5 , TI-RADS 3 , Lung-RADS 4A , PI-RADS 4 .",
    "Gleason 3+4 , Gleason 4+3 = 7 , Grade Group 2 , pT3aN1 , Ki-67 20 % , 0/12 nodes .",
    "ASA 3 , ASA 2E , ASA II , Mallampati 2 , Mallampati class II , Cormack-Lehane grade 1 .",
    "CABG x3 , C-section x2 , PONV x1 , MAC 3 blade , Miller 2 .",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_surgical_and_pathology_look_alikes_are_no_times(line: str) -> None:
    """Sizes, sutures, blades, gauges and French sizes, spinal levels, imaging categories,
    Gleason scores, grades and stages, airway and physical status classes and counts hold
    numbers that are no times."""
    assert _mentions("OPERATIVE NOTE 03/14/2019\n\n" + line)[1:] == []
