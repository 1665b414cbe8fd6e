"""Clinical notes, ninth round: discharge summaries in the i2b2 2012 style, from cardiology,
oncology, surgery, the NICU, psychiatry, orthopedics, GI, neurology, pulmonary and infectious
disease services, some tokenized ("03/07 ." "q.4-6h. p.r.n ."), read for what still went wrong:
days counted from the discharge, ordinal days of the stay, military and dotted forms.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): the admission date heading a discharge summary anchors its
history and hospital course. A day counted from the discharge date of the header is a day,
as one counted from the admission is ("1 week after discharge", "2 days post-discharge", "10
days post discharge"), while a follow-up "in 2 weeks" stays a duration and "14 days after
surgery" keeps TimeML's duration (the operation is an event, not a header's date). An
ordinal day of the stay is that numbered day ("the first hospital day", "the third
postoperative day"). Counts of tests ("Hemoccult negative x2", "Troponin x3"), "2/2"
(secondary to), strengths ("4/5"), vital signs, lab values (also four digits: "ANC was
1800"), rooms and beds are no times.
"""

from __future__ import annotations

from passages import Row
from passages import mentions as _mentions

# ---- a cardiology summary: a clock time of the day of admission, a graft from 2005 ---------------

CARDIO = """\
Admission Date :
2012-03-04
Discharge Date :
2012-03-09
HISTORY OF PRESENT ILLNESS :
Mr. Allen is a 71 year old man status post CABG in 2005 who presented with substernal chest
pressure that began at 0300 on the day of admission . He had had exertional angina over the past
3 days . In the emergency room BP 150/90 , HR 88 , troponin 2.4 .
HOSPITAL COURSE :
He was taken to the catheterization laboratory at 15:45 , where a drug-eluting stent was placed in
the saphenous vein graft . The following day he was ambulating . On the second hospital
day he was walking the halls . Stool was Hemoccult negative x2 .
On 03/07 he had a 6 beat run of nonsustained VT .
DISCHARGE MEDICATIONS :
Aspirin 325 mg p.o. daily , Plavix 75 mg p.o. daily for 12 months , metoprolol 25 mg p.o. three
times daily , nitroglycerin 0.4 mg sublingual q.5min. x3 p.r.n. chest pain .
FOLLOW-UP :
Cardiac rehabilitation 1 week after discharge . Dr. Ross in 6 months .
"""
CARDIO_TABLE: list[Row] = [
    ("2012-03-04", "DATE", "2012-03-04"),
    ("2012-03-09", "DATE", "2012-03-09"),
    ("2005", "DATE", "2005"),
    ("0300 on the day of admission", "TIME", "2012-03-04T03:00"),
    ("the past\n3 days", "DURATION", "P3D"),
    ("15:45", "TIME", "2012-03-04T15:45"),
    ("The following day", "DATE", "2012-03-05"),
    ("the second hospital\nday", "DATE", "2012-03-05"),
    ("03/07", "DATE", "2012-03-07"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("12 months", "DURATION", "P12M"),
    ("three\ntimes daily", "SET", "P1D"),
    ("q.5min.", "SET", "PT5M"),
    ("1 week after discharge", "DATE", "2012-03-16"),
    ("6 months", "DURATION", "P6M"),
]


def test_cardiology_summary_counts_rehab_from_the_discharge() -> None:
    """ "1 week after discharge" is a day counted from the header's discharge date (03/09 + 7),
    as "2 days prior to admission" is from the admission; "q.5min." recurs every five minutes;
    "the second hospital day" is hospital day 2; "BP 150/90", "HR 88", "troponin 2.4", "a 6
    beat run" and "Hemoccult negative x2" (a count of tests) are no times."""
    assert _mentions(CARDIO) == CARDIO_TABLE


# ---- an oncology summary: neutropenic fever after a cycle, a lab count in the thousands ----------

ONC = """\
Admission Date: 2011-11-20
Discharge Date: 2011-11-26

HISTORY OF PRESENT ILLNESS: 58 yo F with stage IIIC ovarian cancer, last cycle of carboplatin
and paclitaxel on 11/10, presenting with fever to 38.9 and chills 2 days prior to presentation.
ANC 200 on admission.
HOSPITAL COURSE: Started on cefepime 2 g IV q.8h. Blood cultures from 11/20 grew E. coli. She
defervesced on hospital day 3 and remained afebrile for the rest of the admission. Neupogen was
given daily from 11/21 to 11/24. At the time of discharge her ANC was 1800.
DISCHARGE MEDICATIONS: Ciprofloxacin 500 mg PO BID x 10 days. Oxycodone 5 mg PO q.4-6h. prn pain.
Lovenox 40 mg SC every other day.
FOLLOW-UP: Gynecologic oncology clinic on 12/01 for cycle 4. Repeat CBC in 1 week.
"""
ONC_TABLE: list[Row] = [
    ("2011-11-20", "DATE", "2011-11-20"),
    ("2011-11-26", "DATE", "2011-11-26"),
    ("11/10", "DATE", "2011-11-10"),
    ("2 days prior to presentation", "DATE", "2011-11-18"),
    ("q.8h.", "SET", "PT8H"),
    ("11/20", "DATE", "2011-11-20"),
    ("hospital day 3", "DATE", "2011-11-22"),
    ("daily", "SET", "P1D"),
    ("11/21", "DATE", "2011-11-21"),
    ("11/24", "DATE", "2011-11-24"),
    ("BID", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("q.4-6h.", "SET", "PT6H"),
    ("every other day", "SET", "P2D"),
    ("12/01", "DATE", "2011-12-01"),
    ("1 week", "DURATION", "P1W"),
]


def test_oncology_summary_an_absolute_neutrophil_count_is_no_year() -> None:
    """ "her ANC was 1800" is a count of cells, not the year 1800; "2 days prior to presentation"
    counts back from the admission; "q.4-6h." keeps its upper bound; "at the time of
    discharge" is an event; "stage IIIC", "cycle 4" and "38.9" are no times."""
    assert _mentions(ONC) == ONC_TABLE


# ---- a surgical summary: a cholecystectomy, postoperative days written out -----------------------

SURG = """\
Admission Date :
03/14/2010
Discharge Date :
03/17/2010
HISTORY OF PRESENT ILLNESS :
Ms. Grey is a 44 year old woman with right upper quadrant pain for the past two weeks , worse
after fatty meals , and fever since the evening prior to admission .
HOSPITAL COURSE :
She underwent laparoscopic cholecystectomy on the day of admission . On postoperative day # 1 she
tolerated a regular diet . Her JP drain was removed on 3/16 . She was discharged on the third
postoperative day in stable condition .
DISCHARGE MEDICATIONS :
Percocet 1-2 tablets p.o. q.4-6h. p.r.n. pain , COLACE 100 MG P.O. B.I.D. , Keflex 500 mg p.o.
q.i.d. x 7 days .
DISCHARGE INSTRUCTIONS :
No driving for 2 weeks . No lifting more than 10 pounds for 6 weeks . Follow up with Dr. Hale
in 2 weeks .
"""
SURG_TABLE: list[Row] = [
    ("03/14/2010", "DATE", "2010-03-14"),
    ("03/17/2010", "DATE", "2010-03-17"),
    ("the past two weeks", "DURATION", "P2W"),
    ("the evening prior to admission", "TIME", "2010-03-13TEV"),
    ("the day of admission", "DATE", "2010-03-14"),
    ("postoperative day # 1", "DATE", "2010-03-15"),
    ("3/16", "DATE", "2010-03-16"),
    ("the third\npostoperative day", "DATE", "2010-03-17"),
    ("q.4-6h.", "SET", "PT6H"),
    ("B.I.D.", "SET", "P1D"),
    ("q.i.d.", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("2 weeks", "DURATION", "P2W"),
    ("6 weeks", "DURATION", "P6W"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_surgical_summary_an_ordinal_postoperative_day() -> None:
    """ "the third postoperative day" is POD 3, counted from the operation on the day of
    admission (03/14 + 3, the discharge date); an upper-case "B.I.D." is the set "b.i.d." is;
    "1-2 tablets", "10 pounds" are no times."""
    assert _mentions(SURG) == SURG_TABLE


# ---- a neonatal summary: a birth at a clock time, a pediatrician after discharge -----------------

NEO = """\
Admission Date: 2009-07-02
Discharge Date: 2009-07-20

HISTORY: Former 34 week infant born on 07/02/2009 at 22:10 by vaginal delivery. Rupture of
membranes 18 hours prior to delivery.
HOSPITAL COURSE: Feeds were advanced to 150 mL/kg/day q.3h. over 5 days. He was placed
under phototherapy on 7/5 for 36 hours. Caffeine was discontinued on 07/12 and he has had no
apnea since that time. Circumcision on the day of discharge.
DISCHARGE MEDICATIONS: Poly-Vi-Sol 1 mL PO daily.
FOLLOW-UP: Pediatrician 2 days after discharge. Hearing screen repeat in 1 month.
"""
NEO_TABLE: list[Row] = [
    ("2009-07-02", "DATE", "2009-07-02"),
    ("2009-07-20", "DATE", "2009-07-20"),
    ("34 week", "DURATION", "P34W"),
    ("07/02/2009", "DATE", "2009-07-02"),
    ("22:10", "TIME", "2009-07-02T22:10"),
    ("18 hours", "DURATION", "PT18H"),
    ("q.3h.", "SET", "PT3H"),
    ("5 days", "DURATION", "P5D"),
    ("7/5", "DATE", "2009-07-05"),
    ("36 hours", "DURATION", "PT36H"),
    ("07/12", "DATE", "2009-07-12"),
    ("the day of discharge", "DATE", "2009-07-20"),
    ("daily", "SET", "P1D"),
    ("2 days after discharge", "DATE", "2009-07-22"),
    ("1 month", "DURATION", "P1M"),
]


def test_neonatal_summary_a_visit_counted_from_the_discharge() -> None:
    """ "2 days after discharge" is 07/20 + 2; a "34 week infant" is a gestational age, a
    duration; "150 mL/kg/day" is a dose, not a set; "the day of discharge" is the header's
    discharge date."""
    assert _mentions(NEO) == NEO_TABLE


# ---- a psychiatric summary: months off lithium, a sleepless history, an appointment --------------

PSYCH = """\
Admission Date: 04/02/2014
Discharge Date: 04/16/2014

HISTORY OF PRESENT ILLNESS: 29 yo man with bipolar I disorder, off lithium for the past 3 months,
with decreased sleep, pressured speech and spending sprees over the past 2 weeks. His mother
reports he had not slept for 3 days prior to admission. Last hospitalization was in 2012.
HOSPITAL COURSE: Lithium was restarted at 300 mg three times daily and olanzapine 10 mg at bedtime.
On hospital day 4 his lithium level was 0.9. He was sleeping 7 hours a night by 04/10.
DISCHARGE MEDICATIONS: Lithium 300 mg PO t.i.d. Olanzapine 10 mg PO qhs.
FOLLOW-UP: Lithium level in 5 days. Outpatient psychiatrist on 04/21 at 10:30.
"""
PSYCH_TABLE: list[Row] = [
    ("04/02/2014", "DATE", "2014-04-02"),
    ("04/16/2014", "DATE", "2014-04-16"),
    ("the past 3 months", "DURATION", "P3M"),
    ("the past 2 weeks", "DURATION", "P2W"),
    ("3 days", "DURATION", "P3D"),
    ("2012", "DATE", "2012"),
    ("three times daily", "SET", "P1D"),
    ("at bedtime", "SET", "P1D"),
    ("hospital day 4", "DATE", "2014-04-05"),
    ("7 hours", "DURATION", "PT7H"),
    ("04/10", "DATE", "2014-04-10"),
    ("t.i.d.", "SET", "P1D"),
    ("qhs", "SET", "P1D"),
    ("5 days", "DURATION", "P5D"),
    ("04/21 at 10:30", "TIME", "2014-04-21T10:30"),
]


def test_psychiatric_summary_histories_and_an_appointment_at_a_clock_time() -> None:
    """ "for 3 days prior to admission" after "had not slept" is how long (P3D, the "for" reading
    of date.before_admission); "three times daily", "at bedtime" after a dose, "t.i.d." and
    "qhs" are daily sets; "bipolar I" and "0.9" are no times."""
    assert _mentions(PSYCH) == PSYCH_TABLE


# ---- an orthopedic summary: a fall, a hemiarthroplasty, staples out after surgery ----------------

ORTHO = """\
Admission Date :
2015-01-08
Discharge Date :
2015-01-13
HISTORY OF PRESENT ILLNESS :
Ms. Wood is an 82 year old woman who fell at home on the morning of admission and was unable to
bear weight . She arrived in the emergency department at approximately 1400 hours . She had a
right distal radius fracture in 2010 .
HOSPITAL COURSE :
She underwent right hip hemiarthroplasty on 01/09 . Physical therapy began on post op day 1 .
Her hematocrit fell to 26.1 on 01/10 and she was transfused 2 units . She remained on Lovenox
40 mg subcutaneously daily .
DISCHARGE MEDICATIONS :
Lovenox 40 mg subcutaneously daily x 4 weeks , Tylenol 650 mg p.o. q.6h. , calcium with vitamin D
twice daily .
FOLLOW-UP :
Staples to be removed 14 days after surgery . Dr. Lane in orthopedics in 6 weeks .
"""
ORTHO_TABLE: list[Row] = [
    ("2015-01-08", "DATE", "2015-01-08"),
    ("2015-01-13", "DATE", "2015-01-13"),
    ("the morning of admission", "TIME", "2015-01-08TMO"),
    ("approximately 1400 hours", "TIME", "2015-01-08T14:00"),
    ("2010", "DATE", "2010"),
    ("01/09", "DATE", "2015-01-09"),
    ("post op day 1", "DATE", "2015-01-10"),
    ("01/10", "DATE", "2015-01-10"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("4 weeks", "DURATION", "P4W"),
    ("q.6h.", "SET", "PT6H"),
    ("twice daily", "SET", "P1D"),
    ("14 days", "DURATION", "P14D"),
    ("6 weeks", "DURATION", "P6W"),
]


def test_orthopedic_summary_an_approximate_military_time_and_post_op_days() -> None:
    """ "at approximately 1400 hours" is a clock time of the day of admission (with "hours" after
    four digits, a time, not a duration of 1400 hours); "post op day 1" written in two words
    counts from the operation on 01/09; "14 days after surgery" keeps TimeML's duration, the
    operation being an event, not a date of the header; "26.1" and "2 units" are no times."""
    assert _mentions(ORTHO) == ORTHO_TABLE


# ---- a GI bleed: melena before presentation, a first hospital day, secondary to ------------------

GI = """\
Admission Date: 5/18/2013
Discharge Date: 5/21/2013

HISTORY OF PRESENT ILLNESS: 63 yo M with cirrhosis who noted melena 2 days prior to presentation
and lightheadedness this morning. BP 92/54, HR 112. Hct 30.2 (baseline 38). Weakness is 2/2
anemia.
HOSPITAL COURSE: EGD on 5/19 showed grade II varices, banded x4. Octreotide drip for 72 hours.
No further bleeding after the first hospital day.
DISCHARGE MEDICATIONS: Nadolol 20 mg daily. Lactulose 30 mL three times a day, titrate to 2-3 BMs
daily. Ciprofloxacin 500 mg daily for 5 more days.
FOLLOW-UP: Repeat EGD for banding in 2-4 weeks. GI clinic on 06/03.
"""
GI_TABLE: list[Row] = [
    ("5/18/2013", "DATE", "2013-05-18"),
    ("5/21/2013", "DATE", "2013-05-21"),
    ("2 days prior to presentation", "DATE", "2013-05-16"),
    ("this morning", "TIME", "2013-05-18TMO"),
    ("5/19", "DATE", "2013-05-19"),
    ("72 hours", "DURATION", "PT72H"),
    ("the first hospital day", "DATE", "2013-05-18"),
    ("daily", "SET", "P1D"),
    ("three times a day", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("5 more days", "DURATION", "P5D"),
    ("2-4 weeks", "DURATION", "P4W"),
    ("06/03", "DATE", "2013-06-03"),
]


def test_gi_bleed_summary_the_first_hospital_day() -> None:
    """ "the first hospital day" is the admission date; "Weakness is 2/2 anemia" is "secondary
    to", no February 2; "BP 92/54", "HR 112", "Hct 30.2", "banded x4" and "2-3 BMs" are no
    times."""
    assert _mentions(GI) == GI_TABLE


# ---- a stroke: last seen normal the night before, awake at six -----------------------------------

NEURO = """\
Admission Date :
10/22/2016
Discharge Date :
10/26/2016
HISTORY OF PRESENT ILLNESS :
Mr. Ford is a 66 year old right-handed man who was last seen normal at 22:30 the night before
admission and awoke at 0600 with left sided weakness . Strength 4/5 in the left arm .
HOSPITAL COURSE :
MRI on hospital day 2 confirmed a right MCA infarct . Telemetry for 48 hours showed no atrial
fibrillation . He was seen by physical therapy daily .
DISCHARGE MEDICATIONS :
Aspirin 81 mg p.o. daily , atorvastatin 80 mg p.o. q.h.s.
FOLLOW-UP :
Stroke clinic in 3 months . 30-day event monitor to be placed as an outpatient .
"""
NEURO_TABLE: list[Row] = [
    ("10/22/2016", "DATE", "2016-10-22"),
    ("10/26/2016", "DATE", "2016-10-26"),
    ("22:30 the night before\nadmission", "TIME", "2016-10-21T22:30"),
    ("0600", "TIME", "2016-10-22T06:00"),
    ("hospital day 2", "DATE", "2016-10-23"),
    ("48 hours", "DURATION", "PT48H"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("q.h.s.", "SET", "P1D"),
    ("3 months", "DURATION", "P3M"),
    ("30-day", "DURATION", "P30D"),
]


def test_stroke_summary_a_morning_after_the_night_before_admission() -> None:
    """ "awoke at 0600" after "last seen normal at 22:30 the night before admission" is 06:00
    of the admission day: the story went on past midnight; "Strength 4/5" and "right MCA"
    are no times; a "30-day event monitor" lasts."""
    assert _mentions(NEURO) == NEURO_TABLE


# ---- a COPD exacerbation: a course completed on a day, a steroid taper, clinic after discharge ---

PULM = """\
Admission Date: 2018-02-11
Discharge Date: 2018-02-15

HISTORY OF PRESENT ILLNESS: 70 yo F with COPD on 2 L home O2 with increasing dyspnea and
productive cough over the past 3 days. She was treated for a COPD exacerbation in December.
HOSPITAL COURSE: Nebulizers q.4h. and IV methylprednisolone q.6h. for 48 hours, then prednisone
40 mg daily. Azithromycin for 5 days, completed 2/15.
DISCHARGE MEDICATIONS: Prednisone 40 mg daily x 3 days, then 20 mg daily x 3 days, then stop.
Albuterol inhaler 2 puffs q.4-6h. p.r.n. Tiotropium 1 capsule inhaled once daily.
FOLLOW-UP: Pulmonary clinic 2 weeks after discharge. PFTs in 3 months.
"""
PULM_TABLE: list[Row] = [
    ("2018-02-11", "DATE", "2018-02-11"),
    ("2018-02-15", "DATE", "2018-02-15"),
    ("the past 3 days", "DURATION", "P3D"),
    ("December", "DATE", "2017-12"),
    ("q.4h.", "SET", "PT4H"),
    ("q.6h.", "SET", "PT6H"),
    ("48 hours", "DURATION", "PT48H"),
    ("daily", "SET", "P1D"),
    ("5 days", "DURATION", "P5D"),
    ("2/15", "DATE", "2018-02-15"),
    ("daily", "SET", "P1D"),
    ("3 days", "DURATION", "P3D"),
    ("daily", "SET", "P1D"),
    ("3 days", "DURATION", "P3D"),
    ("q.4-6h.", "SET", "PT6H"),
    ("once daily", "SET", "P1D"),
    ("2 weeks after discharge", "DATE", "2018-03-01"),
    ("3 months", "DURATION", "P3M"),
]


def test_copd_summary_a_completed_course_and_a_clinic_after_discharge() -> None:
    """ "completed 2/15" dates the end of the course; "x 3 days, then ... x 3 days" are
    durations; "2 weeks after discharge" is 02/15 + 14 days; "2 L home O2" is no time."""
    assert _mentions(PULM) == PULM_TABLE


# ---- an osteomyelitis: a PICC, a six-week course, a nurse after discharge ------------------------

ID = """\
Admission Date :
02/25/2017
Discharge Date :
03/03/2017
HISTORY OF PRESENT ILLNESS :
Mr. Stone is a 52 year old man with diabetes with a left foot ulcer for 6 weeks and redness
spreading up the leg since 02/22 .
HOSPITAL COURSE :
MRI on 02/26 showed osteomyelitis of the fifth metatarsal . A PICC line was placed on 02/28 .
Vancomycin was started on admission and he will complete a 6 week course on 04/08 .
DISCHARGE MEDICATIONS :
Vancomycin 1.25 g IV q.12h. through 04/08 , insulin glargine 20 units subcutaneously at bedtime .
FOLLOW-UP :
Weekly CBC , BMP and vancomycin trough . Home infusion nurse visit 2 days post-discharge .
Infectious disease clinic on 03/15 .
"""
ID_TABLE: list[Row] = [
    ("02/25/2017", "DATE", "2017-02-25"),
    ("03/03/2017", "DATE", "2017-03-03"),
    ("6 weeks", "DURATION", "P6W"),
    ("02/22", "DATE", "2017-02-22"),
    ("02/26", "DATE", "2017-02-26"),
    ("02/28", "DATE", "2017-02-28"),
    ("6 week", "DURATION", "P6W"),
    ("04/08", "DATE", "2017-04-08"),
    ("q.12h.", "SET", "PT12H"),
    ("04/08", "DATE", "2017-04-08"),
    ("Weekly", "SET", "P1W"),
    ("2 days post-discharge", "DATE", "2017-03-05"),
    ("03/15", "DATE", "2017-03-15"),
]


def test_osteomyelitis_summary_a_course_through_a_day_and_a_visit_post_discharge() -> None:
    """ "2 days post-discharge" counts from the header's discharge date (03/03 + 2); "through
    04/08" ends a course in the next month of the same year; "Weekly" labs recur; "1.25 g",
    "20 units" are doses."""
    assert _mentions(ID) == ID_TABLE


# ---- look-alikes: counts, scores, vitals, labs, rooms --------------------------------------------

LOOKALIKES = [
    "Vitals: T 98.6, BP 120/80, HR 88, RR 16, O2 sat 97% on 2L. Hct 30.2, Plt 145.",
    "Transferred to Room 1204 , bed 12B .",
    "Strength 4/5 in the left leg , 5/5 on the right .",
    "Stool Hemoccult negative x2 . Troponin x3 negative .",
    "Weakness 2/2 hypokalemia . Metoprolol 5 mg IV x1 .",
    "Pain 3/10 with ambulation . Reflexes 2+ and symmetric .",
    "ANC was 1800 , absolute neutrophil count of 1500 , CA-125 1200 .",
]


def test_counts_scores_vitals_labs_and_rooms_are_no_times() -> None:
    """A count of tests ("Hemoccult negative x2", "Troponin x3", "x1" after a dose) is no
    duration and no set; "2/2" is "secondary to", "4/5" a strength, "3/10" a score; vital
    signs, lab values (four digits too), rooms and beds are no times."""
    assert [(text, _mentions(text)) for text in LOOKALIKES] == [(t, []) for t in LOOKALIKES]
