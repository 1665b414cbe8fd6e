"""Clinical notes, fifth round: how dates are anchored across a whole note. Discharge
summaries, an H&P, a transfer note, progress notes written on a day of the stay, a surgical
ICU note and a labor admission, each told from its header's dates.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it). A discharge summary or an H&P is dated by its admission date, which
is hospital day 1: its history counts back from it ("3 days ago", "2 weeks PTA", "the day prior
to admission") and its hospital course forward ("HD#2", "the following day", "POD#1" after the
day of the operation). A note written later in the stay is dated the day it is written; when it
says which day of the stay that is ("Hospital day #4" on its header, "Today is hospital day 6",
"63M with HCAP, HD #4.") or labels the admission ("Admit Date:"), its hospital days and "prior to
admission" count from that admission, and a header's "POD #3" dates the operation three days
back. A discharge summary is written at the discharge: a day without a year in it falls before
that, also when the stay runs into a new year. Follow-ups "in 2 weeks" are durations.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

from chrono import extract_document

# ---- a discharge summary: a history told backwards, a course told by day -------------------------

COPD = """\
DISCHARGE SUMMARY

Admission Date: 03/11/2019
Discharge Date: 03/16/2019

ATTENDING: Dr. Okafor
PRINCIPAL DIAGNOSIS: Acute exacerbation of COPD.

HISTORY OF PRESENT ILLNESS:
68 yo M with COPD (FEV1 38% predicted), on 2L home O2, who was in his usual state of health
until 2 weeks PTA, when he developed a cough productive of green sputum. He was seen by his
PCP 5 days prior to admission and started on azithromycin. Dyspnea worsened 3 days ago, and
he used his albuterol inhaler every 2 hours last night. On the morning of admission his wife
found him confused and called EMS. In the ED, ABG 7.28/68/55. He was placed on BiPAP.

PAST MEDICAL HISTORY:
- COPD, dx 2009; last exacerbation requiring intubation in March 2017
- CAD s/p PCI to LAD 2014
- Atrial fibrillation since 2016

HOSPITAL COURSE:
He was admitted to the MICU on BiPAP. On HD#2 he was weaned to nasal cannula. He was treated
with methylprednisolone 60 mg IV q8h, changed to prednisone 40 mg PO daily on 3/13. On 3/14
he was transferred to the floor. The following day he ambulated 200 feet with PT without
desaturation. Over the next 48 hours his O2 requirement returned to his baseline 2L, and by
discharge he was at his baseline.

DISCHARGE MEDICATIONS:
1. Prednisone 40 mg PO daily through 3/20, then stop.
2. Doxycycline 100 mg PO BID to complete a 7-day course.
3. Albuterol 2 puffs q4h PRN.

FOLLOW-UP:
Follow up with Dr. Lee (pulmonology) in 2 weeks. Return to clinic on 4/2 for PFTs.
Repeat BMP in 1 week.
"""
COPD_TABLE: list[Row] = [
    ("03/11/2019", "DATE", "2019-03-11"),
    ("03/16/2019", "DATE", "2019-03-16"),
    ("2 weeks PTA", "DATE", "2019-02-25"),
    ("5 days prior to admission", "DATE", "2019-03-06"),
    ("3 days ago", "DATE", "2019-03-08"),
    ("every 2 hours", "SET", "PT2H"),
    ("last night", "TIME", "2019-03-10TNI"),
    ("the morning of admission", "TIME", "2019-03-11TMO"),
    ("2009", "DATE", "2009"),
    ("March 2017", "DATE", "2017-03"),
    ("2014", "DATE", "2014"),
    ("2016", "DATE", "2016"),
    ("HD#2", "DATE", "2019-03-12"),
    ("q8h", "SET", "PT8H"),
    ("daily", "SET", "P1D"),
    ("3/13", "DATE", "2019-03-13"),
    ("3/14", "DATE", "2019-03-14"),
    ("The following day", "DATE", "2019-03-15"),
    ("the next 48 hours", "DURATION", "PT48H"),
    ("daily", "SET", "P1D"),
    ("3/20", "DATE", "2019-03-20"),
    ("BID", "SET", "P1D"),
    ("7-day", "DURATION", "P7D"),
    ("q4h", "SET", "PT4H"),
    ("2 weeks", "DURATION", "P2W"),
    ("4/2", "DATE", "2019-04-02"),
    ("1 week", "DURATION", "P1W"),
]


def test_discharge_summary_history_counts_back_and_course_counts_forward_from_admission() -> None:
    """The history counts back from the admission date ("2 weeks PTA", "3 days ago", "last
    night", "the morning of admission"), past the PMH's years; after the course heading "HD#2"
    is the day after admission and "The following day" follows "On 3/14"; "through 3/20" and
    "on 4/2" are days, "in 2 weeks" lasts; "FEV1 38%", "2L" and "ABG 7.28/68/55" are no times."""
    assert _mentions(COPD) == COPD_TABLE


# ---- a progress note on its fourth hospital day --------------------------------------------------

PROGRESS = """\
MEDICINE PROGRESS NOTE 01/20/2022
Hospital day #4

SUBJECTIVE: No acute events overnight. Pt reports his leg pain is better than yesterday.
Tolerating a regular diet since Tuesday. Last BM this morning.

OBJECTIVE: T 37.2, HR 84, BP 126/78, RR 16, SpO2 97% RA. Left calf with 2+ edema.

LABS: WBC 9.8 (14.2 on admission). Cr 1.1.

ASSESSMENT/PLAN:
54 yo F with LLE cellulitis admitted 3 days ago after failing outpatient cephalexin.
1. Cellulitis: on IV cefazolin since HD 1, now afebrile for 48 hours. Transition to
   PO cephalexin today; plan 10 days of antibiotics total.
2. DM2: A1c 8.9% on 01/17/2022. Continue glargine 20 units qHS.
3. DVT ppx: heparin SC TID.
Dispo: likely discharge tomorrow if remains afebrile.
"""
PROGRESS_TABLE: list[Row] = [
    ("01/20/2022", "DATE", "2022-01-20"),
    ("Hospital day #4", "DATE", "2022-01-20"),
    ("overnight", "TIME", "2022-01-20TNI"),
    ("yesterday", "DATE", "2022-01-19"),
    ("Tuesday", "DATE", "2022-01-18"),  # 01/20/2022 is a Thursday
    ("this morning", "TIME", "2022-01-20TMO"),
    ("3 days ago", "DATE", "2022-01-17"),
    ("HD 1", "DATE", "2022-01-17"),
    ("now", "DATE", "PRESENT_REF"),
    ("48 hours", "DURATION", "PT48H"),
    ("today", "DATE", "2022-01-20"),
    ("10 days", "DURATION", "P10D"),
    ("01/17/2022", "DATE", "2022-01-17"),
    ("qHS", "SET", "P1D"),
    ("TID", "SET", "P1D"),
    ("tomorrow", "DATE", "2022-01-21"),
]


def test_progress_note_on_hospital_day_four_counts_its_stay_from_three_days_before() -> None:
    """Written on 01/20/2022, "Hospital day #4" under the heading is that day, so the admission
    was 01/17 ("admitted 3 days ago") and "since HD 1" is 01/17, not the note's date."""
    assert _mentions(PROGRESS) == PROGRESS_TABLE


# ---- a transfer note on hospital day six ---------------------------------------------------------

TRANSFER = """\
MICU TRANSFER NOTE 10/05/2020
HD #6

Transfer from: MICU. Transfer to: Medicine floor.

BRIEF HISTORY: 71 yo M with urosepsis from an obstructing stone. He presented with fever and
rigors that began the day prior to admission. On HD 2 he underwent cystoscopy with ureteral
stent placement. He required norepinephrine for 36 hours and was weaned off on HD #3. Blood
cultures from 9/30 grew E. coli, pan-sensitive.

ICU COURSE BY PROBLEM:
# Septic shock: resolved. Off pressors since 10/02.
# AKI: Cr peaked at 3.4 on HD 3, 1.6 today.
# E. coli bacteremia: ceftriaxone 2 g IV q24h, day 6 of antibiotics today. Repeat blood
  cultures drawn 10/01: no growth to date. Plan 14 days of antibiotics.

TO DO ON THE FLOOR:
- Urology to schedule definitive stone removal in 2-4 weeks.
- Recheck BMP in AM.
"""
TRANSFER_TABLE: list[Row] = [
    ("10/05/2020", "DATE", "2020-10-05"),
    ("HD #6", "DATE", "2020-10-05"),
    ("the day prior to admission", "DATE", "2020-09-29"),
    ("HD 2", "DATE", "2020-10-01"),
    ("36 hours", "DURATION", "PT36H"),
    ("HD #3", "DATE", "2020-10-02"),
    ("9/30", "DATE", "2020-09-30"),
    ("10/02", "DATE", "2020-10-02"),
    ("HD 3", "DATE", "2020-10-02"),
    ("today", "DATE", "2020-10-05"),
    ("q24h", "SET", "PT24H"),
    ("day 6 of antibiotics", "DATE", "2020-10-05"),
    ("today", "DATE", "2020-10-05"),
    ("10/01", "DATE", "2020-10-01"),
    ("14 days", "DURATION", "P14D"),
    ("2-4 weeks", "DURATION", "P4W"),
]


def test_transfer_note_hospital_days_count_from_the_admission_its_header_implies() -> None:
    """ "HD #6" under the heading dated 10/05/2020 puts the admission on 9/30 (the day the
    blood cultures were drawn), so "the day prior to admission" is 9/29, "HD 2" 10/01 and "day
    6 of antibiotics" begun on admission is today; "Recheck BMP in AM" is no time."""
    assert _mentions(TRANSFER) == TRANSFER_TABLE


# ---- an H&P: clock times of the day of admission -------------------------------------------------

HP = """\
HISTORY AND PHYSICAL
Date of Admission: 06/02/2018

CHIEF COMPLAINT: Chest pain x 2 hours.

HPI: 59 yo F with HTN and HLD presents with substernal chest pressure that began at
0630 this morning while walking her dog. She reports similar but milder episodes with
exertion over the past 3 weeks, each lasting about 5 minutes. The evening before admission she had
an episode at rest that resolved after 20 minutes. She took aspirin 325 mg at home.
She had a normal stress test in 2015.

PAST MEDICAL HISTORY: HTN (2005), HLD (2010), hysterectomy 1998.
SOCIAL HISTORY: smoked 1 ppd for 20 years, quit 10 years ago.

ED COURSE: Troponin 0.08 at 0815, 0.32 at 1115. ECG with ST depressions in V4-V6.

ASSESSMENT AND PLAN: NSTEMI.
- Heparin gtt, aspirin, atorvastatin 80 mg qHS.
- Cardiac cath tomorrow AM.
- Trend troponin q6h.
"""
HP_TABLE: list[Row] = [
    ("06/02/2018", "DATE", "2018-06-02"),
    ("2 hours", "DURATION", "PT2H"),
    ("0630 this morning", "TIME", "2018-06-02T06:30"),
    ("the past 3 weeks", "DURATION", "P3W"),
    ("5 minutes", "DURATION", "PT5M"),
    ("The evening before admission", "TIME", "2018-06-01TEV"),
    ("20 minutes", "DURATION", "PT20M"),
    ("2015", "DATE", "2015"),
    ("2005", "DATE", "2005"),
    ("2010", "DATE", "2010"),
    ("1998", "DATE", "1998"),
    ("20 years", "DURATION", "P20Y"),
    ("10 years ago", "DATE", "2008"),
    ("0815", "TIME", "2018-06-02T08:15"),
    ("1115", "TIME", "2018-06-02T11:15"),
    ("qHS", "SET", "P1D"),
    ("tomorrow AM", "TIME", "2018-06-03TMO"),
    ("q6h", "SET", "PT6H"),
]


def test_history_and_physical_lab_times_and_tomorrow_am() -> None:
    """ "Troponin 0.08 at 0815, 0.32 at 1115": both are clock times of the admission day, not
    the year 1115; "Cardiac cath tomorrow AM" is the next morning; "1 ppd", "V4-V6" and "325 mg"
    are no times."""
    assert _mentions(HP) == HP_TABLE


# ---- a surgical summary: the day after admission, then POD#1 and POD 2 ---------------------------

CHOLE = """\
Admission Date: 11/08/2021        Discharge Date: 11/11/2021

Service: General Surgery

HPI: 42 yo F with RUQ pain for the past 4 days, worse after meals. She had a similar episode
in August. On the day of admission the pain became constant and she developed a fever to
101.8.

HOSPITAL COURSE: She was found to have acute cholecystitis on ultrasound and was started on
IV piperacillin-tazobactam. She was taken to the OR the day after admission for a
laparoscopic cholecystectomy, which was uncomplicated. On POD#1 she tolerated a regular diet
and her pain was controlled on oral medications. She was discharged on POD 2 in good
condition.

DISCHARGE INSTRUCTIONS: Complete amoxicillin-clavulanate 875 mg BID through 11/15. No heavy
lifting for 4 weeks. You may shower in 48 hours.
FOLLOW-UP: Surgery clinic on 11/23 at 10:30 AM.
"""
CHOLE_TABLE: list[Row] = [
    ("11/08/2021", "DATE", "2021-11-08"),
    ("11/11/2021", "DATE", "2021-11-11"),
    ("the past 4 days", "DURATION", "P4D"),
    ("August", "DATE", "2021-08"),
    ("the day of admission", "DATE", "2021-11-08"),
    ("the day after admission", "DATE", "2021-11-09"),
    ("POD#1", "DATE", "2021-11-10"),
    ("POD 2", "DATE", "2021-11-11"),
    ("BID", "SET", "P1D"),
    ("11/15", "DATE", "2021-11-15"),
    ("4 weeks", "DURATION", "P4W"),
    ("48 hours", "DURATION", "PT48H"),
    ("11/23 at 10:30 AM", "TIME", "2021-11-23T10:30"),
]


def test_surgical_summary_postoperative_days_count_from_the_day_after_admission() -> None:
    """The operation "the day after admission" (11/09) anchors "POD#1" and "POD 2", the latter
    the discharge date of the header; "through 11/15" ends the antibiotics."""
    assert _mentions(CHOLE) == CHOLE_TABLE


# ---- a neurology progress note on hospital day three ---------------------------------------------

STROKE = """\
NEUROLOGY PROGRESS NOTE 02/27/2023
HD 3

24H EVENTS: MRI brain completed last evening. Passed bedside swallow this AM.

S: Pt says his right hand feels stronger than on Saturday. Slept well.

A/P: 77 yo RH man admitted on 2/25 with L MCA stroke, last known well 2/25 at 0700, outside
the tPA window. NIHSS 9 on arrival, 5 today.
- Etiology: new AFib on telemetry on HD 2. Start apixaban on hospital day 5 given infarct
  size.
- Continue atorvastatin 80 mg nightly.
- PT/OT daily; anticipate acute rehab placement early next week.
"""
STROKE_TABLE: list[Row] = [
    ("02/27/2023", "DATE", "2023-02-27"),
    ("HD 3", "DATE", "2023-02-27"),
    ("last evening", "TIME", "2023-02-26TEV"),
    ("this AM", "TIME", "2023-02-27TMO"),
    ("Saturday", "DATE", "2023-02-25"),  # 02/27/2023 is a Monday
    ("2/25", "DATE", "2023-02-25"),
    ("2/25 at 0700", "TIME", "2023-02-25T07:00"),
    ("today", "DATE", "2023-02-27"),
    ("HD 2", "DATE", "2023-02-26"),
    ("hospital day 5", "DATE", "2023-03-01"),
    ("nightly", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("early next week", "DATE", "2023-W10"),
]


def test_neurology_progress_note_hospital_days_agree_with_the_admission_it_names() -> None:
    """ "HD 3" on the header of a note written on 02/27 agrees with "admitted on 2/25": "HD 2"
    is 2/26 and the plan's "hospital day 5" 3/01; "NIHSS 9" and "L MCA" are no times."""
    assert _mentions(STROKE) == STROKE_TABLE


# ---- a labor admission note: clock times of last night and this morning --------------------------

LABOR = """\
ADMISSION NOTE - LABOR AND DELIVERY
Date of Service: 07/19/2016

HPI: 31 yo G3P2 at term presents with contractions that started at 2300 last night, now
every 3-4 minutes. Rupture of membranes at 0415 this morning with clear fluid. Good fetal
movement. Prenatal care since 8 weeks; anatomy scan on 03/01/2016 was normal.
OB HISTORY: SVD 2011, 3600 g; SVD 2014, 3400 g.
PLAN: Admit to L&D. Expectant management. Re-examine in 2 hours.
"""
LABOR_TABLE: list[Row] = [
    ("07/19/2016", "DATE", "2016-07-19"),
    ("2300 last night", "TIME", "2016-07-18T23:00"),
    ("now", "DATE", "PRESENT_REF"),
    ("every 3-4 minutes", "SET", "PT4M"),
    ("0415 this morning", "TIME", "2016-07-19T04:15"),
    ("8 weeks", "DURATION", "P8W"),
    ("03/01/2016", "DATE", "2016-03-01"),
    ("2011", "DATE", "2011"),
    ("2014", "DATE", "2014"),
    ("2 hours", "DURATION", "PT2H"),
]


def test_labor_admission_clock_times_before_and_after_midnight() -> None:
    """ "2300 last night" is the evening before the date of service and "0415 this morning"
    that day; "since 8 weeks" is a gestational age; "3600 g" and "G3P2" are no times."""
    assert _mentions(LABOR) == LABOR_TABLE


# ---- a pancreatitis summary: a weekday before admission, the first 72 hours ----------------------

DISCHARGE_ED = """\
Admission Date: 04/08/2024
Discharge Date: 04/12/2024

HISTORY OF PRESENT ILLNESS: 36 yo M with alcohol use disorder presenting with epigastric pain
radiating to the back since Saturday. His last drink was the night before admission. He had
an episode of pancreatitis in 2021 requiring a 5-day admission.

HOSPITAL COURSE: Lipase 2,100 on admission. He was kept NPO and given aggressive IV fluids.
Over the first 72 hours he required lorazepam per CIWA for withdrawal, last dose on 4/10.
Diet was advanced on hospital day 3 and he tolerated a low-fat diet by the time of discharge.

DISCHARGE PLAN: Thiamine 100 mg daily for 1 month. Follow up with GI in 6 weeks for
an EUS. Outpatient alcohol counseling starting next Monday.
"""
DISCHARGE_ED_TABLE: list[Row] = [
    ("04/08/2024", "DATE", "2024-04-08"),
    ("04/12/2024", "DATE", "2024-04-12"),
    ("Saturday", "DATE", "2024-04-06"),  # 04/08/2024 is a Monday
    ("the night before admission", "TIME", "2024-04-07TNI"),
    ("2021", "DATE", "2021"),
    ("5-day", "DURATION", "P5D"),
    ("the first 72 hours", "DURATION", "PT72H"),
    ("4/10", "DATE", "2024-04-10"),
    ("hospital day 3", "DATE", "2024-04-10"),
    ("daily", "SET", "P1D"),
    ("1 month", "DURATION", "P1M"),
    ("6 weeks", "DURATION", "P6W"),
    ("next Monday", "DATE", "2024-04-15"),
]


def test_pancreatitis_summary_a_weekday_before_admission_and_days_of_the_stay() -> None:
    """ "since Saturday" is the Saturday before the Monday admission; "Lipase 2,100" is no
    year; "hospital day 3" is 4/10, the day of the last lorazepam dose."""
    assert _mentions(DISCHARGE_ED) == DISCHARGE_ED_TABLE


# ---- a progress note that labels the admission date ----------------------------------------------

HEART_FAILURE = """\
CARDIOLOGY PROGRESS NOTE
Date: 09/14/2015
Admit Date: 09/09/2015

INTERVAL EVENTS: Diuresed 2.1 L yesterday. Off the nitroglycerin drip since Saturday evening.
No chest pain. Weight 84.2 kg (91.0 kg on admission).

BRIEF HPI: 66 yo M with ischemic cardiomyopathy (EF 25%) who presented with 3 weeks of
progressive dyspnea and orthopnea. He ran out of furosemide 2 days prior to admission. His
last echo was in January 2015.

HOSPITAL COURSE TO DATE: On hospital day 2 he was started on a furosemide drip. A right heart
cath on 9/11 showed a wedge of 28. Today is hospital day 6.

A/P:
1. Acute on chronic systolic HF: transition to torsemide 40 mg PO daily today; monitor on PO
   diuretics for 24 hours. Anticipate discharge Wednesday.
2. CKD 3: BMP tomorrow AM.
3. Follow up in HF clinic within 7 days of discharge.
"""
HEART_FAILURE_TABLE: list[Row] = [
    ("09/14/2015", "DATE", "2015-09-14"),
    ("09/09/2015", "DATE", "2015-09-09"),
    ("yesterday", "DATE", "2015-09-13"),
    ("Saturday evening", "TIME", "2015-09-12TEV"),  # 09/14/2015 is a Monday
    ("3 weeks", "DURATION", "P3W"),
    ("2 days prior to admission", "DATE", "2015-09-07"),
    ("January 2015", "DATE", "2015-01"),
    ("hospital day 2", "DATE", "2015-09-10"),
    ("9/11", "DATE", "2015-09-11"),
    ("Today", "DATE", "2015-09-14"),
    ("hospital day 6", "DATE", "2015-09-14"),
    ("daily", "SET", "P1D"),
    ("today", "DATE", "2015-09-14"),
    ("24 hours", "DURATION", "PT24H"),
    ("Wednesday", "DATE", "2015-09-16"),
    ("tomorrow AM", "TIME", "2015-09-15TMO"),
    ("7 days", "DURATION", "P7D"),
]


def test_progress_note_counts_the_stay_from_its_labelled_admit_date() -> None:
    """Dated 09/14/2015 with "Admit Date: 09/09/2015" below: "2 days prior to admission" and
    "hospital day 2" count from 09/09, and "Today is hospital day 6" agrees; "Anticipate
    discharge Wednesday" is the coming Wednesday."""
    doc, _ = extract_document(HEART_FAILURE)
    assert doc.dct is not None and doc.dct.isoformat() == "2015-09-14"
    assert _mentions(HEART_FAILURE) == HEART_FAILURE_TABLE


# ---- a surgical ICU note headed by its postoperative and hospital days ---------------------------

SICU = """\
SURGICAL ICU PROGRESS NOTE 12/30/2015
POD #3 s/p exploratory laparotomy and sigmoid colectomy, HD #5

EVENTS: Extubated yesterday at 1400. Febrile to 38.4 at 0300 this morning.
S: Passing flatus since last night. Pain controlled on PCA.
O: HR 98, BP 132/70. Abdomen soft, incision c/d/i. JP 45 cc/24h.
A/P: 58 yo F with perforated diverticulitis, admitted through the ED and taken to the OR
the day after admission. NGT removed on POD 2.
- ID: pip-tazo since admission, plan 4 days of antibiotics after source control.
- GI: clears today, advance as tolerated. JP out on POD 5 if output low.
- PCA to be stopped tomorrow morning.
"""
SICU_TABLE: list[Row] = [
    ("12/30/2015", "DATE", "2015-12-30"),
    ("POD #3", "DATE", "2015-12-30"),
    ("HD #5", "DATE", "2015-12-30"),
    ("yesterday at 1400", "TIME", "2015-12-29T14:00"),
    ("0300 this morning", "TIME", "2015-12-30T03:00"),
    ("last night", "TIME", "2015-12-29TNI"),
    ("the day after admission", "DATE", "2015-12-27"),
    ("POD 2", "DATE", "2015-12-29"),
    ("4 days", "DURATION", "P4D"),
    ("today", "DATE", "2015-12-30"),
    ("POD 5", "DATE", "2016-01-01"),
    ("tomorrow morning", "TIME", "2015-12-31TMO"),
]


def test_surgical_icu_note_header_days_date_the_operation_and_the_admission() -> None:
    """ "POD #3 ..., HD #5" under "SURGICAL ICU PROGRESS NOTE 12/30/2015" put the operation on
    12/27 and the admission on 12/26, so "the day after admission" is 12/27 and "POD 5" runs
    into the new year; "extubated yesterday at 1400" is one time, not the year 1400; "JP 45
    cc/24h" is no time."""
    doc, _ = extract_document(SICU)
    assert doc.dct is not None and doc.dct.isoformat() == "2015-12-30"
    assert _mentions(SICU) == SICU_TABLE


# ---- a hospital course told by day over the new year ---------------------------------------------

COURSE_BY_DAY = """\
DISCHARGE SUMMARY
Admission Date: 12/28/2015
Discharge Date: 01/01/2016

HOSPITAL COURSE BY DAY:
HD 1: Admitted to the MICU with DKA, insulin drip started.
HD 2: Anion gap closed, transitioned to subcutaneous insulin.
HD 3: Transferred to the floor, HD #3.
HD 4: Diabetes teaching.
HD 5: Discharged home on 1/1 after insulin teaching.
"""
COURSE_BY_DAY_TABLE: list[Row] = [
    ("12/28/2015", "DATE", "2015-12-28"),
    ("01/01/2016", "DATE", "2016-01-01"),
    ("HD 1", "DATE", "2015-12-28"),
    ("HD 2", "DATE", "2015-12-29"),
    ("HD 3", "DATE", "2015-12-30"),
    ("HD #3", "DATE", "2015-12-30"),
    ("HD 4", "DATE", "2015-12-31"),
    ("HD 5", "DATE", "2016-01-01"),
    ("1/1", "DATE", "2016-01-01"),
]


def test_a_course_told_by_day_counts_from_the_labelled_admission_into_the_new_year() -> None:
    """Each line's "HD 2:" heads a day of the course (not a clock time); "Transferred to the
    floor, HD #3." in a summary with an admission date is no day the note is written on; "on
    1/1" of a stay ending 01/01/2016 is that day, not New Year's Day before the admission."""
    assert _mentions(COURSE_BY_DAY) == COURSE_BY_DAY_TABLE


# ---- the day a note is written on, and what does not say it -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PROGRESS NOTE 05/11/2017\nExtubated on HD #2. Now HD #4.",
            [
                ("HD #2", "DATE", "2017-05-09"),
                ("Now", "DATE", "PRESENT_REF"),
                ("HD #4", "DATE", "2017-05-11"),
            ],
        ),
        (
            "PROGRESS NOTE 05/11/2017  HD #4\nFell 2 days prior to admission.",
            [("HD #4", "DATE", "2017-05-11"), ("2 days prior to admission", "DATE", "2017-05-06")],
        ),
        (
            "SURGERY PROGRESS NOTE 03/12/2014  POD #2\ns/p sigmoid colectomy. JP out on POD 1.",
            [("POD #2", "DATE", "2014-03-12"), ("POD 1", "DATE", "2014-03-11")],
        ),
        (
            "PROGRESS NOTE 05/11/2017\nAdmit Date: 05/09/2017\nIntubated on hospital day 2.",
            [("05/09/2017", "DATE", "2017-05-09"), ("hospital day 2", "DATE", "2017-05-10")],
        ),
    ],
)
def test_a_note_written_during_the_stay_counts_from_the_admission_it_gives(
    text: str, expected: list[Row]
) -> None:
    """ "Now HD #4", a header's "HD #4" or "POD #2 s/p ..." and a labelled "Admit Date:" give
    the admission (or the operation) the note's other days count from."""
    found = [row for row in _mentions(text) if row[0] not in ("05/11/2017", "03/12/2014")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of a treatment is no day of the stay
        (
            "PROGRESS NOTE 05/11/2017\nToday is day 3 of antibiotics. Fell 2 days PTA.",
            ("2 days PTA", "DATE", "2017-05-09"),
        ),
        # a course told by day heads its lines with its days
        ("PROGRESS NOTE 05/11/2017\nHD 2: extubated.", ("HD 2", "DATE", "2017-05-12")),
        # a summary dated by its admission keeps it whatever its course says
        (
            "Admission Date: 04/21/2011\n\nHOSPITAL COURSE: He was transferred to the floor, "
            "HD #3. He walked on HD 4.",
            ("HD 4", "DATE", "2011-04-24"),
        ),
    ],
)
def test_what_does_not_say_the_day_a_note_is_written_on(text: str, expected: Row) -> None:
    """Only a day of the stay the note says it is on moves the admission back from the
    document date."""
    assert expected in _mentions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Extubated yesterday at 1400.", [("yesterday at 1400", "TIME", "2014-03-11T14:00")]),
        ("Heparin restarted today at 2100.", [("today at 2100", "TIME", "2014-03-12T21:00")]),
        ("Febrile yesterday AM, none since.", [("yesterday AM", "TIME", "2014-03-11TMO")]),
        (
            "Lactate 4.1 at 0900, 2.3 at 1300.",
            [
                ("0900", "TIME", "2014-03-12T09:00"),
                ("1300", "TIME", "2014-03-12T13:00"),
            ],
        ),
        ("Anticipate discharge Friday.", [("Friday", "DATE", "2014-03-14")]),
        (
            "Discharged on 4/1 in the evening.",
            [
                ("4/1", "DATE", "2014-04-01"),
                ("the evening", "TIME", "2014-04-01TEV"),
            ],
        ),
    ],
)
def test_clinical_shorthand_of_the_fifth_round(text: str, expected: list[Row]) -> None:
    """A four-digit time after "yesterday at" or a lab value with decimals is a clock time;
    "yesterday AM" a morning; a plan "anticipates" ahead; "4/1 in the evening" is no 1
    o'clock. (03/12/2014 is a Wednesday.)"""
    assert _mentions(text, dct="2014-03-12") == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was born in 1400 at Sarum.",
        "Priced 2.5 at 1130.5 in early trade.",
        "see you tomorrow am I right",
    ],
)
def test_clinical_look_alikes_of_the_fifth_round(text: str) -> None:
    """A year, a price and "am I" are no clock times nor mornings."""
    rows = _mentions(text, dct="2014-03-12")
    assert [row for row in rows if row[1] == "TIME" or row[0].startswith("HD")] == []


SUMMARY_HEADER = "Admission Date: 03/11/2019\nDischarge Date: 03/16/2019\n\nHOSPITAL COURSE: "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spiked on the evening of HD 2.", [("the evening of HD 2", "TIME", "2019-03-12TEV")]),
        (
            "On the night of hospital day 3 he fell.",
            [("the night of hospital day 3", "TIME", "2019-03-13TNI")],
        ),
        (
            "He was extubated on HD#2 at 1400.",
            [("HD#2", "DATE", "2019-03-12"), ("1400", "TIME", "2019-03-12T14:00")],
        ),
        (
            "Seen on 3/14 at 0900 and again at 16:00.",
            [("3/14 at 0900", "TIME", "2019-03-14T09:00"), ("16:00", "TIME", "2019-03-14T16:00")],
        ),
    ],
)
def test_times_of_the_days_of_a_stay_told_in_the_past(text: str, expected: list[Row]) -> None:
    """A part of a numbered hospital day is one time of it; a clock time after a day of the
    stay told in the past is of that day, since a summary is written at the discharge (not of
    the admission, as a day after the document date would send it)."""
    assert _mentions(SUMMARY_HEADER + text)[2:] == expected


@pytest.mark.xfail(
    strict=True,
    reason="a day in figures restated in brackets after a hospital day ('HD #3 (3/13)') needs a "
    "preposition or a participle before it to be read as a date: a bare '3/13' in brackets may "
    "be a fraction or a score",
)
def test_a_day_restated_in_brackets_after_a_hospital_day() -> None:
    """ "On HD #3 (3/13)" names the day twice."""
    assert ("3/13", "DATE", "2019-03-13") in _mentions(SUMMARY_HEADER + "On HD #3 (3/13) he ate.")


def test_a_clock_time_after_a_postoperative_day() -> None:
    """ "POD 1 at 0800" after an operation on the day of admission is 03/12 at 08:00."""
    found = _mentions(SUMMARY_HEADER + "Drain out POD 1 at 0800.")
    assert ("0800", "TIME", "2019-03-12T08:00") in found
