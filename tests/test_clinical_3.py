"""Clinical notes, third round: discharge summaries with their discharge instructions,
medication lists dated where drugs were started, held and stopped, an emergency department
note, a surgical progress note and a clinic note, in the style of the i2b2 2012
temporal-relations corpus.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
and tests/test_clinical_2.py (TimeML as i2b2 adapted it): the date heading a note is its
document date (the admission date of a discharge summary), which anchors the history and the
hospital course; the discharge date of the header anchors "the day of discharge"; dosing
frequencies are sets ("at bedtime" after a dose, "QACHS"), "prn" alone is none; "for 10 days",
"x 2 weeks" are durations without their "for" or "x"; "on admission", "on presentation", "at
the time of discharge" and "since discharge" are events, not times; vital signs, lab values,
temperatures, doses, volumes and fractions must yield nothing.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

from chrono import extract_document

# ---- atrial fibrillation: the day of discharge and discharge instructions ---------------------

AFIB = """\
Admission Date: 2011-04-21
Discharge Date: 2011-04-25

HISTORY OF PRESENT ILLNESS: 70 yo F with paroxysmal AFib on warfarin (INR goal 2-3) who
developed palpitations 2 days prior to admission. She saw her cardiologist on 4/15 and her
metoprolol was increased to 50 mg b.i.d. Echo 21 Mar 2011 showed EF 50-55%.
HOSPITAL COURSE: She was rate controlled with IV diltiazem. On hospital day two she converted
to sinus rhythm. A TEE on 4/23 showed no thrombus. She was seen by PT on the day of discharge.
DISCHARGE INSTRUCTIONS: Take 1 tablet of metoprolol by mouth twice daily. Take 1 tablet of
cephalexin by mouth four times daily for 10 days. Call if fever > 101 for more than 24 hours.
FOLLOW-UP: Follow up with Dr. Patel in 1-2 weeks. Return to clinic in 3 months.
"""
AFIB_TABLE: list[Row] = [
    ("2011-04-21", "DATE", "2011-04-21"),
    ("2011-04-25", "DATE", "2011-04-25"),
    ("2 days prior to admission", "DATE", "2011-04-19"),
    ("4/15", "DATE", "2011-04-15"),
    ("b.i.d.", "SET", "P1D"),
    ("21 Mar 2011", "DATE", "2011-03-21"),
    ("hospital day two", "DATE", "2011-04-22"),
    ("4/23", "DATE", "2011-04-23"),
    ("the day of discharge", "DATE", "2011-04-25"),
    ("twice daily", "SET", "P1D"),
    ("four times daily", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("more than 24 hours", "DURATION", "PT24H"),
    ("1-2 weeks", "DURATION", "P2W"),
    ("3 months", "DURATION", "P3M"),
]


def test_afib_summary_spelled_hospital_day_the_day_of_discharge_and_instructions() -> None:
    """ "hospital day two" is spelled out; "the day of discharge" is the discharge date of the
    header, not the admission; "Take ... twice daily for 10 days" gives a set and a duration;
    "more than 24 hours" keeps its modifier in the extent; "INR goal 2-3", "EF 50-55%" and
    "fever > 101" are no times."""
    assert _mentions(AFIB) == AFIB_TABLE


# ---- hernia repair: an evening of a numbered day, POD spelled out, doses at bedtime -----------

HERNIA = """\
Admission Date: 04/21/2011
Discharge Date: 04/24/2011

HPI: 55 yo M with a symptomatic right inguinal hernia for 6 months, here for elective repair.
He was last seen in surgery clinic on 2011-03-29.
HOSPITAL COURSE: He underwent open hernia repair on the day of admission. He developed urinary
retention the evening of 4/21 and a Foley catheter was placed. On POD two the Foley was
removed and he voided. He was discharged on POD 3.
DISCHARGE MEDICATIONS: oxycodone 5 mg PO q.6h. p.r.n. pain, docusate 100 mg PO at bedtime,
tamsulosin 0.4 mg PO daily x 2 weeks, insulin lispro sliding scale QACHS.
FOLLOW-UP: Surgery clinic in 10-14 days. No lifting more than 10 lbs for 6 weeks.
"""
HERNIA_TABLE: list[Row] = [
    ("04/21/2011", "DATE", "2011-04-21"),
    ("04/24/2011", "DATE", "2011-04-24"),
    ("6 months", "DURATION", "P6M"),
    ("2011-03-29", "DATE", "2011-03-29"),
    ("the day of admission", "DATE", "2011-04-21"),
    ("the evening of 4/21", "TIME", "2011-04-21TEV"),
    ("POD two", "DATE", "2011-04-23"),
    ("POD 3", "DATE", "2011-04-24"),
    ("q.6h.", "SET", "PT6H"),
    ("at bedtime", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("2 weeks", "DURATION", "P2W"),
    ("QACHS", "SET", "P1D"),
    ("10-14 days", "DURATION", "P14D"),
    ("6 weeks", "DURATION", "P6W"),
]


def test_hernia_summary_evening_of_a_day_pod_two_and_bedtime_doses() -> None:
    """ "the evening of 4/21" is one time; "POD two" counts from the operation on the day
    of admission as "POD 3" does; "100 mg PO at bedtime" and "QACHS" (before meals and at
    bedtime) are daily sets; "10 lbs" is no time."""
    assert _mentions(HERNIA) == HERNIA_TABLE


# ---- a surgical progress note: this PM, a clock time last night -------------------------------

SURGERY_PROGRESS = """\
SURGERY PROGRESS NOTE 03/12/2014

S: Pt c/o incisional pain overnight, better this PM after oxycodone. Passed flatus at 22:00
last night. Tolerating clears since this morning.
O: Tmax 100.4 at 0200, HR 90s, BP 130/70. JP drain 40 cc. Hct 31.2 from 33.0.
A/P: 61 yo F s/p sigmoid colectomy on 3/10, now POD 2. Advance diet this evening if no
nausea. Ambulate t.i.d. Recheck CBC in AM. Incentive spirometer 10x/hr while awake.
"""
SURGERY_PROGRESS_TABLE: list[Row] = [
    ("03/12/2014", "DATE", "2014-03-12"),
    ("overnight", "TIME", "2014-03-12TNI"),
    ("this PM", "TIME", "2014-03-12TAF"),
    ("22:00\nlast night", "TIME", "2014-03-11T22:00"),
    ("this morning", "TIME", "2014-03-12TMO"),
    ("0200", "TIME", "2014-03-12T02:00"),
    ("3/10", "DATE", "2014-03-10"),
    ("now", "DATE", "PRESENT_REF"),
    ("POD 2", "DATE", "2014-03-12"),
    ("this evening", "TIME", "2014-03-12TEV"),
    ("t.i.d.", "SET", "P1D"),
    ("10x/hr", "SET", "PT1H"),
]


def test_progress_note_this_pm_and_a_clock_time_of_last_night() -> None:
    """ "this PM" is the afternoon of the note's day; "22:00 last night" is one time of the day
    before; "10x/hr" recurs hourly; "Tmax 100.4", "HR 90s", "Hct 31.2" are no times."""
    assert _mentions(SURGERY_PROGRESS) == SURGERY_PROGRESS_TABLE


# ---- a medication list: dates a drug was started, held, stopped and ends ----------------------

MEDICATIONS = """\
Admission Date: 03/01/2011
Discharge Date: 03/07/2011

HOSPITAL COURSE: 68 yo M with MRSA bacteremia. Antibiotics: vancomycin (started 3/2,
d/c'd 3/5), cefazolin 3/5 - 3/7. Heparin held 3/4, restarted 3/6. Lasix stopped 3/3 for AKI;
Cr peaked at 2.4 on 3/4 and was 1.3 at the time of discharge.
DISCHARGE MEDICATIONS: cefazolin 2 g IV q8h through 4/15 (6 weeks total), warfarin 5 mg PO
qPM, prednisone taper ending 3/14, Tylenol 650 mg PO every 6 hours as needed, not to exceed
4 g in 24 hours.
FOLLOW-UP: ID clinic on 3/21/2011 at 10:30 AM. Weekly CBC, BMP and ESR while on cefazolin.
"""
MEDICATIONS_TABLE: list[Row] = [
    ("03/01/2011", "DATE", "2011-03-01"),
    ("03/07/2011", "DATE", "2011-03-07"),
    ("3/2", "DATE", "2011-03-02"),
    ("3/5", "DATE", "2011-03-05"),
    ("3/5", "DATE", "2011-03-05"),
    ("3/7", "DATE", "2011-03-07"),
    ("3/4", "DATE", "2011-03-04"),
    ("3/6", "DATE", "2011-03-06"),
    ("3/3", "DATE", "2011-03-03"),
    ("3/4", "DATE", "2011-03-04"),
    ("q8h", "SET", "PT8H"),
    ("4/15", "DATE", "2011-04-15"),
    ("6 weeks", "DURATION", "P6W"),
    ("qPM", "SET", "P1D"),
    ("3/14", "DATE", "2011-03-14"),
    ("every 6 hours", "SET", "PT6H"),
    ("24 hours", "DURATION", "PT24H"),
    ("3/21/2011", "DATE", "2011-03-21"),
    ("10:30 AM", "TIME", "2011-03-21T10:30"),
    ("Weekly", "SET", "P1W"),
]


def test_medication_course_dates_after_started_held_stopped_and_ending() -> None:
    """ "started 3/2", "d/c'd 3/5", "held 3/4", "stopped 3/3" and "taper ending 3/14" date
    what was done to a drug; "3/5 - 3/7" gives both days; "at the time of discharge" is an
    event; "4 g in 24 hours" a limit's duration; "2 g", "650 mg" no times."""
    assert _mentions(MEDICATIONS) == MEDICATIONS_TABLE


# ---- an emergency department note: its heading and clock times of the morning -----------------

EMERGENCY = """\
EMERGENCY DEPARTMENT NOTE 21 Apr 2011

CC: chest pain x 2 hours.
HPI: 58 yo M with HTN, HLD who developed substernal chest pain at rest at approximately 0630
this morning. He took 1 ASA at home. He had similar pain 2 weeks ago that resolved in 10
minutes. On presentation, HR 92, BP 160/95.
ED COURSE: ECG at 0745 showed ST depressions in V4-V6. Troponin 0.08 at 0800, repeat at 1100
was 0.42. Heparin drip started at 0830. Cardiology paged at 0900.
DISPOSITION: admitted to CCU. Plan cath tomorrow.
"""
EMERGENCY_TABLE: list[Row] = [
    ("21 Apr 2011", "DATE", "2011-04-21"),
    ("2 hours", "DURATION", "PT2H"),
    ("0630\nthis morning", "TIME", "2011-04-21T06:30"),
    ("2 weeks ago", "DATE", "2011-W14"),
    ("10\nminutes", "DURATION", "PT10M"),
    ("0745", "TIME", "2011-04-21T07:45"),
    ("0800", "TIME", "2011-04-21T08:00"),
    ("1100", "TIME", "2011-04-21T11:00"),
    ("0830", "TIME", "2011-04-21T08:30"),
    ("0900", "TIME", "2011-04-21T09:00"),
    ("tomorrow", "DATE", "2011-04-22"),
]


def test_emergency_note_heading_and_a_clock_time_of_this_morning() -> None:
    """ "EMERGENCY DEPARTMENT NOTE 21 Apr 2011" dates the note; "0630 this morning" is one
    time; "in 10 minutes" is a duration though the line breaks inside it; "On presentation"
    is an event; "V4-V6", "Troponin 0.08" no times."""
    assert _mentions(EMERGENCY) == EMERGENCY_TABLE


# ---- a cardiology clinic note: dates written with month names, a plan -------------------------

CARDIOLOGY = """\
Cardiology Clinic Note 2012-06-05

HPI: 66 yo F seen for follow-up after NSTEMI. She was admitted 14 Apr 2012 - 17 Apr 2012 and
had a DES to the RCA on 15 Apr 2012. Since discharge she has walked 20 minutes daily. She
stopped clopidogrel on her own on 05/20/2012 for 3 days due to bruising.
Meds: aspirin 81 mg daily, clopidogrel 75 mg daily (started 4/15), metoprolol 25 mg BID,
atorvastatin 80 mg QHS, SL NTG 0.4 mg q5min x3 prn.
Plan: continue DAPT for 12 months from the stent (through 4/2013). Repeat lipid panel in 6-8
weeks. Stress test in 1 year. RTC 3 months.
"""
CARDIOLOGY_TABLE: list[Row] = [
    ("2012-06-05", "DATE", "2012-06-05"),
    ("14 Apr 2012", "DATE", "2012-04-14"),
    ("17 Apr 2012", "DATE", "2012-04-17"),
    ("15 Apr 2012", "DATE", "2012-04-15"),
    ("20 minutes", "DURATION", "PT20M"),
    ("daily", "SET", "P1D"),
    ("05/20/2012", "DATE", "2012-05-20"),
    ("3 days", "DURATION", "P3D"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("4/15", "DATE", "2012-04-15"),
    ("BID", "SET", "P1D"),
    ("QHS", "SET", "P1D"),
    ("q5min", "SET", "PT5M"),
    ("12 months", "DURATION", "P12M"),
    ("4/2013", "DATE", "2013-04"),
    ("6-8\nweeks", "DURATION", "P8W"),
    ("1 year", "DURATION", "P1Y"),
    ("3 months", "DURATION", "P3M"),
]


def test_cardiology_clinic_note_day_month_year_dates_and_a_plan() -> None:
    """ "14 Apr 2012 - 17 Apr 2012" gives both days; "started 4/15" is last April's; "through
    4/2013" a month; "RTC 3 months" a duration; "Since discharge" is no time."""
    assert _mentions(CARDIOLOGY) == CARDIOLOGY_TABLE


# ---- Crohn's disease: a header with month names, a morning of a numbered day ------------------

CROHNS = """\
Date of Admission: 02 Jan 2010
Date of Discharge: 08 Jan 2010

HISTORY OF PRESENT ILLNESS: 45 yo F with Crohn's disease on infliximab q8 weeks (last dose
12/18/2009) who presented with abdominal pain and fevers for 5 days. She had a flare in
March 2009 treated with prednisone 40 mg daily x 2 weeks, then tapered over 6 weeks.
HOSPITAL COURSE: CT on the day of admission showed a 3 cm abscess. IR placed a drain the
morning of 1/3. She was started on IV methylprednisolone 20 mg q8h on HD #2 and changed to
oral prednisone on hospital day six. The drain was removed on 1/7. She remained afebrile for
72 hours prior to discharge.
DISCHARGE MEDICATIONS: prednisone 40 mg PO daily, taper by 5 mg every week; ciprofloxacin
500 mg PO BID and metronidazole 500 mg PO TID x 14 days; infliximab to resume on 1/15/2010.
FOLLOW-UP: GI clinic in 2 weeks; CT abdomen in 4-6 weeks.
"""
CROHNS_TABLE: list[Row] = [
    ("02 Jan 2010", "DATE", "2010-01-02"),
    ("08 Jan 2010", "DATE", "2010-01-08"),
    ("q8 weeks", "SET", "P8W"),
    ("12/18/2009", "DATE", "2009-12-18"),
    ("5 days", "DURATION", "P5D"),
    ("March 2009", "DATE", "2009-03"),
    ("daily", "SET", "P1D"),
    ("2 weeks", "DURATION", "P2W"),
    ("6 weeks", "DURATION", "P6W"),
    ("the day of admission", "DATE", "2010-01-02"),
    ("the\nmorning of 1/3", "TIME", "2010-01-03TMO"),
    ("q8h", "SET", "PT8H"),
    ("HD #2", "DATE", "2010-01-03"),
    ("hospital day six", "DATE", "2010-01-07"),
    ("1/7", "DATE", "2010-01-07"),
    ("72 hours", "DURATION", "PT72H"),
    ("daily", "SET", "P1D"),
    ("every week", "SET", "P1W"),
    ("BID", "SET", "P1D"),
    ("TID", "SET", "P1D"),
    ("14 days", "DURATION", "P14D"),
    ("1/15/2010", "DATE", "2010-01-15"),
    ("2 weeks", "DURATION", "P2W"),
    ("4-6 weeks", "DURATION", "P6W"),
]


def test_crohns_summary_date_of_admission_morning_of_a_day_and_a_spelled_hospital_day() -> None:
    """ "Date of Admission: 02 Jan 2010" dates the note; "the morning of 1/3" is one time;
    "hospital day six" the sixth day; "q8 weeks" and "every week" sets; "3 cm", "5 mg" no
    times."""
    assert _mentions(CROHNS) == CROHNS_TABLE


# ---- pneumonia: a clock time the night before admission ---------------------------------------

PNEUMONIA = """\
Admission Date: 05/02/2013
Discharge Date: 05/06/2013

HPI: 77 yo M with COPD (FEV1 0.9 L) with cough and fever x4d. He was seen by his PCP on 4/29
and started on azithromycin. He spiked to 102.1 at 22:00 the night before admission.
HOSPITAL COURSE: He was started on ceftriaxone and azithromycin on 5/2. On hospital day three
he was weaned to 2 L NC. He completed day 5 of 7 of ceftriaxone on the day of discharge.
DISCHARGE MEDICATIONS: cefpodoxime 200 mg PO q12h x 2 more days, prednisone 40 mg PO daily x
5 days, tiotropium 1 cap inhaled daily.
FOLLOW-UP: PCP in 1 week; PFTs in 6-8 weeks. Call for temperature over 101.5 or worsening
shortness of breath.
"""
PNEUMONIA_TABLE: list[Row] = [
    ("05/02/2013", "DATE", "2013-05-02"),
    ("05/06/2013", "DATE", "2013-05-06"),
    ("x4d", "DURATION", "P4D"),
    ("4/29", "DATE", "2013-04-29"),
    ("22:00 the night before admission", "TIME", "2013-05-01T22:00"),
    ("5/2", "DATE", "2013-05-02"),
    ("hospital day three", "DATE", "2013-05-04"),
    ("day 5 of 7 of ceftriaxone", "DATE", "2013-05-06"),
    ("the day of discharge", "DATE", "2013-05-06"),
    ("q12h", "SET", "PT12H"),
    ("2 more days", "DURATION", "P2D"),
    ("daily", "SET", "P1D"),
    ("5 days", "DURATION", "P5D"),
    ("daily", "SET", "P1D"),
    ("1 week", "DURATION", "P1W"),
    ("6-8 weeks", "DURATION", "P8W"),
]


def test_pneumonia_summary_a_clock_time_the_night_before_admission() -> None:
    """ "22:00 the night before admission" is one time of the day before the admission, not
    of the last date the history gave; "x 2 more days" a duration; "FEV1 0.9 L", "102.1",
    "101.5" are no times; "day 5 of 7 of ceftriaxone", begun on admission, is hospital day 5
    (tests/test_clinical_25.py reads a course's day out of its planned length)."""
    assert _mentions(PNEUMONIA) == PNEUMONIA_TABLE


def test_day_n_of_m_of_a_course_counts_from_the_day_it_was_started() -> None:
    """Ceftriaxone begun on 5/2 is on its fifth day on 5/6."""
    assert ("day 5 of 7 of ceftriaxone", "DATE", "2013-05-06") in _mentions(PNEUMONIA)


# ---- the new forms alone, and their look-alikes ---------------------------------------------

HEADER = "Admission Date: 04/21/2011\nDischarge Date: 04/25/2011\n\nHOSPITAL COURSE: "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was seen by PT on the day of discharge.", ("the day of discharge", "2011-04-25")),
        (
            "He was febrile the night before discharge.",
            ("the night before discharge", "2011-04-24TNI"),
        ),
        (
            "Labs were drawn the day prior to discharge.",
            ("the day prior to discharge", "2011-04-24"),
        ),
        (
            "Pain began at 0530 on the morning of admission.",
            ("0530 on the morning of admission", "2011-04-21T05:30"),
        ),
        ("On postoperative day one he walked.", ("postoperative day one", "2011-04-22")),
        ("Chest tube out on POD four.", ("POD four", "2011-04-25")),
        ("Extubated on hospital day three.", ("hospital day three", "2011-04-23")),
        ("Vancomycin dc'd 4/23.", ("4/23", "2011-04-23")),
        ("The taper ended 4/24.", ("4/24", "2011-04-24")),
    ],
)
def test_days_of_a_stay_counted_from_the_header(text: str, expected: tuple[str, str]) -> None:
    """The discharge date of the header anchors "the day of discharge", "the night before
    discharge"; spelled-out postoperative and hospital days count as numbered ones; a clock
    time on the morning of admission is one time."""
    assert expected in [(m, v) for m, _, v in _mentions(HEADER + text)][2:]


def test_without_a_discharge_date_the_day_of_discharge_has_no_value() -> None:
    """A note without a header's discharge date cannot place "the day of discharge": it is not
    the document date."""
    assert _mentions("He was seen on the day of discharge.", dct="2011-04-21") == [
        ("the day of discharge", "DATE", "XXXX-XX-XX")
    ]


def test_the_i2b2_layout_gives_the_discharge_date_on_the_line_after_its_label() -> None:
    """ "Discharge Date :" alone on its line, the date on the next."""
    text = (
        "Admission Date :\n2014-03-12\nDischarge Date :\n2014-03-16\n"
        "HOSPITAL COURSE :\nHe was seen by PT on the morning of discharge ."
    )
    assert _mentions(text)[-1] == ("the morning of discharge", "TIME", "2014-03-16TMO")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pain better this PM after oxycodone.", [("this PM", "TIME", "2014-03-12TAF")]),
        ("Lactate this p.m. was 1.8.", [("this p.m.", "TIME", "2014-03-12TAF")]),
        ("Voters say this PM has failed them.", []),
        ("Take 1 tablet by mouth at bedtime.", [("at bedtime", "SET", "P1D")]),
        ("trazodone 50 mg PO at bedtime prn", [("at bedtime", "SET", "P1D")]),
        ("She read to him at bedtime.", []),
        ("fingersticks ACHS", [("ACHS", "SET", "P1D")]),
        ("Incentive spirometer 10x/hr.", [("10x/hr", "SET", "PT1H")]),
        ("He fell at 10 p.m. last night.", [("10 p.m. last night", "TIME", "2014-03-11T22:00")]),
        ("Seen at 7:30 this morning.", [("7:30 this morning", "TIME", "2014-03-12T07:30")]),
        (
            "He woke at 2 a.m. last night.",
            [("2 a.m.", "TIME", "2014-03-12T02:00"), ("last night", "TIME", "2014-03-11TNI")],
        ),
        (
            "The Dow fell 1200 this morning.",
            [("1200", "DATE", "1200"), ("this morning", "TIME", "2014-03-12TMO")],
        ),
        ("It lasted 3\ndays.", [("3\ndays", "DURATION", "P3D")]),
    ],
)
def test_clinical_shorthand_of_the_third_round(text: str, expected: list[Row]) -> None:
    """ "this PM" is the afternoon, but not a prime minister; "at bedtime" is a set only after
    a dose or a route; "ACHS" before meals and at bedtime; a clock time before "this morning"
    or an evening's before "last night" is one time ("2 a.m. last night" is the small hours of
    today, left apart); four digits without a cue of a clock stay a number or a year; a count
    and its unit may be split by a line break."""
    assert _mentions(text, dct="2014-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a day in figures: one time
            "He became hypotensive the evening of 4/22.",
            [("the evening of 4/22", "TIME", "2011-04-22TEV")],
        ),
        (  # a month's name: the date alone, as TimeBank tags "the night of Oct. 23"
            "He became hypotensive the evening of April 22.",
            [("April 22", "DATE", "2011-04-22")],
        ),
    ],
)
def test_a_part_of_a_day_in_figures_is_one_time(text: str, expected: list[Row]) -> None:
    """Notes write "the evening of 4/22" for that evening; news's "the night of Oct. 23" is
    tagged by its date alone in TimeBank, and chrono keeps that reading for month names."""
    assert _mentions(text, dct="2011-04-25") == expected


@pytest.mark.xfail(
    strict=True,
    reason="'the night before' names the eve of the last date, but a clock time before it is "
    "read alone (on the last date); only 'the night before admission' joins its clock time",
)
def test_a_clock_time_the_night_before_a_date() -> None:
    """Seen on 4/22, "22:00 the night before" is 22:00 on 4/21."""
    text = "Seen in clinic on 4/22. He spiked a fever at 22:00 the night before."
    assert ("22:00 the night before", "TIME", "2011-04-21T22:00") in _mentions(
        text, dct="2011-04-25"
    )


@pytest.mark.xfail(
    strict=True,
    reason="a bare 'day 2' is a hospital day in a note but a day of anything in news ('on day "
    "2 of the trial'); chrono tags only 'hospital day 2', 'HD 2' and 'day 2 of antibiotics'",
)
def test_a_bare_day_n_in_a_hospital_course() -> None:
    """In a hospital course, "On day 2 he ate" is hospital day 2."""
    assert ("day 2", "DATE", "2011-04-22") in _mentions(HEADER + "On day 2 he ate.")


@pytest.mark.parametrize(
    "text",
    [
        "INR goal 2-3, EF 50-55%, Call if fever > 101 or temperature over 101.5.",
        "Heparin held 3/4 strength, given 1/2 dose, 3/4 tab PO.",
        "On presentation, HR 92. Stable at the time of discharge. Since discharge she walks.",
        "FEV1 0.9 L, 2 L NC, Tmax 100.4, JP drain 40 cc, cefazolin 2 g IV.",
        "ST depressions in V4-V6; Troponin 0.08; 3 cm abscess; No lifting more than 10 lbs.",
        "He was discharged from the army the day of discharge from the army.",
    ],
)
def test_clinical_look_alikes_of_the_third_round_yield_nothing(text: str) -> None:
    """Targets, temperatures, fractions of a dose, volumes, leads, sizes and events are no
    times; "discharge from the army" is no note's discharge."""
    assert _mentions(text, dct="2014-03-12") == []


def test_an_emergency_department_note_heading_dates_the_note() -> None:
    """ "EMERGENCY DEPARTMENT NOTE 21 Apr 2011" gives the document date."""
    doc, _ = extract_document(EMERGENCY)
    assert doc.dct is not None and doc.dct.isoformat() == "2011-04-21"
