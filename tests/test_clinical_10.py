"""Clinical notes, tenth round: discharge summaries in the i2b2 2012 style, from nephrology,
obstetrics, trauma, pediatrics, transplant, hematology, ENT, urology, the burn unit and
geriatrics, most of them tokenized ("on 03/10 and 03/11 ." "POD # 4"), read for what still went
wrong: a four-digit time after a date with its year ("on 06/05/2017 at 1415"), an approximate
four-digit time ("at about 0100"), a part of a postoperative day ("the evening of POD # 1"),
days counted from a transplant ("day 7 post-transplant") and a range of counts ("nocturia 4-5
times a night").

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): the admission date heading a discharge summary anchors its
history and hospital course; "on arrival", "at discharge", "upon discharge", "at the time of
discharge" are events; "postoperatively", "preoperatively", "perioperative", "chronic" and
"recent" before a noun are no times; a count of doses ("for a total of 4 doses") is none
either. Gestational ages ("39 weeks") and "a 10 day history" are durations. Obstetric counts
("G2P1", "gravida 2 para 1"), scores ("GCS 15", "APGARs 8 and 9", "5/5", "2+", "3/6"),
doses, "1:1 sitter", rooms, beds, lot numbers and densities ("1230 HU") are no times.
"""

from __future__ import annotations

from passages import Row
from passages import mentions as _mentions

# ---- a nephrology summary: dialysis on two days, later that evening ------------------------------

NEPHRO = """\
Admission Date :
2014-03-08
Discharge Date :
2014-03-14
Service :
NEPHROLOGY
HISTORY OF PRESENT ILLNESS :
Mr. Baker is a 67 year old man with chronic kidney disease stage 4 and diabetes who presented
with nausea , poor oral intake and decreased urine output for the past 5 days . His creatinine
was 3.1 at a clinic visit 2 months ago and was 6.8 on arrival . He was started on lisinopril
20 mg daily 3 weeks prior to admission .
HOSPITAL COURSE :
Lisinopril was held . A temporary dialysis catheter was placed on hospital day 2 and he underwent
hemodialysis on 03/10 and 03/11 . Later that evening he became hypotensive to 84/50 and received
2 units of albumin . Urine output improved over the next several days . He currently makes about
1.5 liters a day .
DISCHARGE MEDICATIONS :
Sevelamer 800 mg p.o. t.i.d. with meals , calcitriol 0.25 mcg p.o. every other day , Lasix 40 mg
p.o. b.i.d. .
FOLLOW-UP :
Renal clinic in 1 week with labs .
"""
NEPHRO_TABLE: list[Row] = [
    ("2014-03-08", "DATE", "2014-03-08"),
    ("2014-03-14", "DATE", "2014-03-14"),
    ("the past 5 days", "DURATION", "P5D"),
    ("2 months ago", "DATE", "2014-01"),
    ("daily", "SET", "P1D"),
    ("3 weeks prior to admission", "DATE", "2014-02-15"),
    ("hospital day 2", "DATE", "2014-03-09"),
    ("03/10", "DATE", "2014-03-10"),
    ("03/11", "DATE", "2014-03-11"),
    ("Later that evening", "TIME", "2014-03-11TEV"),
    ("the next several days", "DURATION", "PXD"),
    ("currently", "DATE", "PRESENT_REF"),
    ("t.i.d.", "SET", "P1D"),
    ("every other day", "SET", "P2D"),
    ("b.i.d.", "SET", "P1D"),
    ("1 week", "DURATION", "P1W"),
]


def test_nephrology_summary_later_that_evening_follows_the_last_dialysis() -> None:
    """ "Later that evening" is the evening of the last day named (03/11, the second dialysis);
    "2 months ago" is a month before the admission; "currently" is the present; "hypotensive
    to 84/50", "2 units of albumin", "1.5 liters a day" and "stage 4" are no times."""
    assert _mentions(NEPHRO) == NEPHRO_TABLE


# ---- an obstetric summary: a repeat cesarean, a two-digit year in the header ---------------------

OB = """\
Admission Date: 3/8/14
Discharge Date: 3/11/14

HISTORY OF PRESENT ILLNESS: 31 yo G2P1 at 39 weeks gestation presented with spontaneous rupture
of membranes at 0400 on the day of admission and contractions every 3-4 minutes. Her first
pregnancy, in 2010, ended in a cesarean section for breech presentation. She is gravida 2 para 1
and desired a trial of labor.
HOSPITAL COURSE: Labor was augmented with Pitocin. She delivered a viable female infant by repeat
cesarean section at 21:14 after pushing for 3 hours. APGARs 8 and 9. Birth weight 3450 g. On
postoperative day # 2 her hematocrit was 27.9 and she was started on iron. She was ambulating
and tolerating a regular diet at the time of discharge.
DISCHARGE MEDICATIONS: Ibuprofen 600 mg PO q6h prn, Percocet 1-2 tabs PO q4h prn, ferrous sulfate
325 mg PO BID for 6 weeks.
FOLLOW-UP: Incision check in 1 week. Postpartum visit in 6 weeks. Pelvic rest for 6 weeks.
"""
OB_TABLE: list[Row] = [
    ("3/8/14", "DATE", "2014-03-08"),
    ("3/11/14", "DATE", "2014-03-11"),
    ("39 weeks", "DURATION", "P39W"),
    ("0400 on the day of admission", "TIME", "2014-03-08T04:00"),
    ("every 3-4 minutes", "SET", "PT4M"),
    ("2010", "DATE", "2010"),
    ("21:14", "TIME", "2014-03-08T21:14"),
    ("3 hours", "DURATION", "PT3H"),
    ("postoperative day # 2", "DATE", "2014-03-10"),
    ("q6h", "SET", "PT6H"),
    ("q4h", "SET", "PT4H"),
    ("BID", "SET", "P1D"),
    ("6 weeks", "DURATION", "P6W"),
    ("1 week", "DURATION", "P1W"),
    ("6 weeks", "DURATION", "P6W"),
    ("6 weeks", "DURATION", "P6W"),
]


def test_obstetric_summary_gravida_para_and_apgars_are_no_times() -> None:
    """ "3/8/14" in the header dates the note; "0400 on the day of admission" is one time;
    contractions "every 3-4 minutes" recur (upper bound); "G2P1", "gravida 2 para 1",
    "APGARs 8 and 9", "3450 g" and "1-2 tabs" are no times, "at the time of discharge" an
    event."""
    assert _mentions(OB) == OB_TABLE


# ---- a trauma summary: a splenectomy the morning after, a chest tube out 48 hours later ----------

TRAUMA = """\
Admission Date :
March 8 , 2014
Discharge Date :
March 19 , 2014
HISTORY OF PRESENT ILLNESS :
The patient is a 24 year old male unrestrained driver in a high speed motor vehicle collision at
approximately 2300 the night prior to admission . GCS 15 at the scene , GCS 13 on arrival .
HOSPITAL COURSE :
CT showed a grade III splenic laceration and left 7-10 rib fractures . He was admitted to the
trauma ICU for serial hematocrits q.6h. overnight . The following morning his hematocrit fell
from 38 to 29 and he was taken for splenectomy . Postoperatively he required 2 units of packed
red cells . On POD #3 he developed a left pleural effusion , and a chest tube was placed , which
was removed 48 hours later . He received pneumococcal , meningococcal and H. flu vaccines on
March 17 , prior to discharge .
DISCHARGE MEDICATIONS :
Oxycodone 5-10 mg p.o. q.4h. p.r.n. , Colace 100 mg p.o. b.i.d. .
FOLLOW-UP :
No contact sports for 3 months . Trauma clinic in 2 weeks .
"""
TRAUMA_TABLE: list[Row] = [
    ("March 8 , 2014", "DATE", "2014-03-08"),
    ("March 19 , 2014", "DATE", "2014-03-19"),
    ("2300 the night prior to admission", "TIME", "2014-03-07T23:00"),
    ("q.6h.", "SET", "PT6H"),
    ("overnight", "TIME", "2014-03-08TNI"),
    ("The following morning", "TIME", "2014-03-09TMO"),
    ("POD #3", "DATE", "2014-03-12"),
    ("48 hours later", "DATE", "2014-03-14"),
    ("March 17", "DATE", "2014-03-17"),
    ("q.4h.", "SET", "PT4H"),
    ("b.i.d.", "SET", "P1D"),
    ("3 months", "DURATION", "P3M"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_trauma_summary_a_tube_removed_48_hours_later() -> None:
    """ "2300 the night prior to admission" is one time of 03/07; "The following morning" follows
    the night of the admission; "48 hours later" counts from POD #3 (03/12); "GCS 15", "GCS
    13 on arrival", "7-10 rib fractures" and "2 units" are no times."""
    assert _mentions(TRAUMA) == TRAUMA_TABLE


# ---- a pediatric asthma summary: nebulizers weaned, the next 2-3 days ----------------------------

PEDS = """\
Admission Date: 2013-01-21
Discharge Date: 2013-01-24

HISTORY OF PRESENT ILLNESS: 4 yo boy with a history of reactive airway disease who presents with
cough and wheezing for 2 days and fever to 102.4 since yesterday evening. He was seen in the ED
one week ago and discharged on oral steroids. He has had 3 ED visits in the past year.
HOSPITAL COURSE: He was placed on albuterol nebs q1h on arrival, weaned to q2h the following
morning and to q4h on hospital day 3. He completed 5 days of oral steroids in total. He remained
on room air for the last 24 hours of his stay.
DISCHARGE MEDICATIONS: Albuterol MDI 4 puffs q4h while awake for the next 2-3 days, then q6h
prn. Flovent 44 mcg 2 puffs BID. Orapred 20 mg PO daily for 2 more days.
FOLLOW-UP: PCP in 2-3 days. Return for respiratory distress.
"""
PEDS_TABLE: list[Row] = [
    ("2013-01-21", "DATE", "2013-01-21"),
    ("2013-01-24", "DATE", "2013-01-24"),
    ("2 days", "DURATION", "P2D"),
    ("yesterday evening", "TIME", "2013-01-20TEV"),
    ("one week ago", "DATE", "2013-W03"),
    ("the past year", "DURATION", "P1Y"),
    ("q1h", "SET", "PT1H"),
    ("q2h", "SET", "PT2H"),
    ("the following\nmorning", "TIME", "2013-01-22TMO"),
    ("q4h", "SET", "PT4H"),
    ("hospital day 3", "DATE", "2013-01-23"),
    ("5 days", "DURATION", "P5D"),
    ("the last 24 hours", "DURATION", "PT24H"),
    ("q4h", "SET", "PT4H"),
    ("the next 2-3 days", "DURATION", "P3D"),
    ("q6h", "SET", "PT6H"),
    ("BID", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("2 more days", "DURATION", "P2D"),
    ("2-3 days", "DURATION", "P3D"),
]


def test_pediatric_summary_a_taper_over_the_next_two_to_three_days() -> None:
    """ "yesterday evening" is the evening before the admission; "the next 2-3 days" lasts its
    upper bound; "q1h", "q2h", "q4h" are sets; "4 puffs", "102.4" and "3 ED visits" are no
    times."""
    assert _mentions(PEDS) == PEDS_TABLE


# ---- a kidney transplant: the evening of POD # 1, a day counted after the transplant -------------

TRANSPLANT = """\
Admission Date :
04/11/2016
Discharge Date :
04/20/2016
HISTORY OF PRESENT ILLNESS :
Ms. Reyes is a 49 year old woman with end stage renal disease secondary to lupus nephritis , on
hemodialysis since 2011 , who presents for a deceased donor kidney transplant . Her last dialysis
was the day prior to admission .
HOSPITAL COURSE :
She underwent an uncomplicated kidney transplant on the day of admission . On the evening of POD # 1
she was oliguric and received a fluid bolus . Induction was with thymoglobulin for a total of 4
doses . Perioperative antibiotics were given for 24 hours . Her
creatinine fell from 7.2 preoperatively to 1.6 by POD # 4 . On postoperative day # 6 a renal
ultrasound showed normal flow . On day 7 post-transplant her tacrolimus level was 14 and the dose
was reduced . Tacrolimus levels were checked daily .
DISCHARGE MEDICATIONS :
Tacrolimus 3 mg p.o. q.12h. , mycophenolate 1000 mg p.o. b.i.d. , prednisone 20 mg p.o. daily ,
Bactrim SS 1 tablet p.o. daily for 6 months , valganciclovir 450 mg p.o. daily for 3 months .
FOLLOW-UP :
Transplant clinic twice weekly for the first month .
"""
TRANSPLANT_TABLE: list[Row] = [
    ("04/11/2016", "DATE", "2016-04-11"),
    ("04/20/2016", "DATE", "2016-04-20"),
    ("2011", "DATE", "2011"),
    ("the day prior to admission", "DATE", "2016-04-10"),
    ("the day of admission", "DATE", "2016-04-11"),
    ("the evening of POD # 1", "TIME", "2016-04-12TEV"),
    ("24 hours", "DURATION", "PT24H"),
    ("POD # 4", "DATE", "2016-04-15"),
    ("postoperative day # 6", "DATE", "2016-04-17"),
    ("day 7 post-transplant", "DATE", "2016-04-18"),
    ("daily", "SET", "P1D"),
    ("q.12h.", "SET", "PT12H"),
    ("b.i.d.", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("6 months", "DURATION", "P6M"),
    ("daily", "SET", "P1D"),
    ("3 months", "DURATION", "P3M"),
    ("twice weekly", "SET", "P1W"),
    ("the first month", "DURATION", "P1M"),
]


def test_transplant_summary_days_counted_from_the_transplant() -> None:
    """ "the evening of POD # 1" is that part of the day after the transplant (04/11 + 1); "day 7
    post-transplant" is 04/11 + 7, as "POD # 4" is 04/11 + 4; "for a total of 4 doses" and
    "preoperatively" are no times; "twice weekly for the first month" is a set and a
    duration."""
    assert _mentions(TRANSPLANT) == TRANSPLANT_TABLE


# ---- a sickle cell crisis: a crisis in June, hydroxyurea stopped 10 days ago ---------------------

HEME = """\
Admission Date: 09/02/2012
Discharge Date: 09/06/2012

HISTORY OF PRESENT ILLNESS: 22 yo man with sickle cell disease (HbSS) with pain in his back and
legs since the morning of admission, typical of his pain crises. His last crisis was in June. He
takes hydroxyurea 1000 mg daily, which he stopped 10 days ago.
HOSPITAL COURSE: He was placed on a hydromorphone PCA and IV fluids at 125 cc/hr. On hospital day
2 he developed hypoxia to 88% and a new infiltrate, concerning for acute chest syndrome, and was
transfused 2 units of PRBCs. Hb rose from 6.1 to 8.4 the following day. The PCA was weaned over
48 hours and he was transitioned to oral oxycodone on 9/5.
DISCHARGE MEDICATIONS: Hydroxyurea 1000 mg PO daily, folic acid 1 mg PO daily, oxycodone 5 mg PO
q4h prn x 5 days.
FOLLOW-UP: Hematology clinic on 9/13 at 2:30 pm. CBC with retic at that visit.
"""
HEME_TABLE: list[Row] = [
    ("09/02/2012", "DATE", "2012-09-02"),
    ("09/06/2012", "DATE", "2012-09-06"),
    ("the morning of admission", "TIME", "2012-09-02TMO"),
    ("June", "DATE", "2012-06"),
    ("daily", "SET", "P1D"),
    ("10 days ago", "DATE", "2012-08-23"),
    ("hospital day\n2", "DATE", "2012-09-03"),
    ("the following day", "DATE", "2012-09-04"),
    ("48 hours", "DURATION", "PT48H"),
    ("9/5", "DATE", "2012-09-05"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("q4h", "SET", "PT4H"),
    ("5 days", "DURATION", "P5D"),
    ("9/13 at 2:30 pm", "TIME", "2012-09-13T14:30"),
]


def test_hematology_summary_a_clinic_visit_at_an_afternoon_clock_time() -> None:
    """ "June" is the last June before the admission; "10 days ago" counts from it; "the following
    day" is the day after hospital day 2; "(HbSS)", "125 cc/hr", "88%" and "2 units of PRBCs"
    are no times."""
    assert _mentions(HEME) == HEME_TABLE


# ---- a peritonsillar abscess: drained on a day at a four-digit time ------------------------------

ENT = """\
Admission Date :
2017-06-05
Discharge Date :
2017-06-07
HISTORY OF PRESENT ILLNESS :
The patient is a 38 year old woman with a 10 day history of sore throat , who developed trismus and
a muffled voice 2 days prior to admission . She was started on amoxicillin by her PCP 5 days ago
without improvement .
HOSPITAL COURSE :
CT of the neck on arrival showed a 2.5 cm left peritonsillar abscess , which was drained at the
bedside on 06/05/2017 at 1415 under local anesthesia . She received IV clindamycin q.8h. and
dexamethasone 10 mg IV x1 .
She was tolerating a soft diet within 24 hours . At discharge , she was afebrile .
DISCHARGE MEDICATIONS :
Clindamycin 300 mg p.o. q.i.d. x 10 days , Tylenol # 3 1-2 tablets p.o. q.4-6h. p.r.n. pain .
FOLLOW-UP :
ENT clinic in 1 week . Consider tonsillectomy in 6-8 weeks if recurrent .
"""
ENT_TABLE: list[Row] = [
    ("2017-06-05", "DATE", "2017-06-05"),
    ("2017-06-07", "DATE", "2017-06-07"),
    ("10 day", "DURATION", "P10D"),
    ("2 days prior to admission", "DATE", "2017-06-03"),
    ("5 days ago", "DATE", "2017-05-31"),
    ("06/05/2017", "DATE", "2017-06-05"),
    ("1415", "TIME", "2017-06-05T14:15"),
    ("q.8h.", "SET", "PT8H"),
    ("24 hours", "DURATION", "PT24H"),
    ("q.i.d.", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("q.4-6h.", "SET", "PT6H"),
    ("1 week", "DURATION", "P1W"),
    ("6-8 weeks", "DURATION", "P8W"),
]


def test_ent_summary_a_four_digit_time_after_a_date_with_its_year() -> None:
    """ "1415" after "06/05/2017 at" is a time of that day, not the year 1415 (the date is
    tagged apart, as "07/02/2009 at 22:10" is); "a 10 day history" is a
    duration; "2.5 cm", "10 mg IV x1" and "Tylenol # 3" are no times; "At discharge" is an
    event."""
    assert _mentions(ENT) == ENT_TABLE


# ---- a TURP: nocturia a few times a night, a total course ----------------------------------------

URO = """\
Admission Date: 11/14/2019
Discharge Date: 11/16/2019

HISTORY OF PRESENT ILLNESS: 63 yo M with BPH and recurrent UTIs who presents for elective
transurethral resection of the prostate. He has had nocturia 4-5 times a night for several
years. PSA 3.2 in August.
HOSPITAL COURSE: He underwent TURP on 11/14. Continuous bladder irrigation was run overnight and
stopped on POD 1. The Foley catheter was removed the morning of discharge and he voided twice.
Post-void residual 60 cc. Upon discharge, his urine was clear.
DISCHARGE MEDICATIONS: Ciprofloxacin 500 mg PO BID for a total of 7 days, Tamsulosin 0.4 mg PO
qHS, Pyridium 200 mg PO TID prn x 2 days.
FOLLOW-UP: Urology clinic in 3 weeks. Lot number of the resectoscope loop 4417.
"""
URO_TABLE: list[Row] = [
    ("11/14/2019", "DATE", "2019-11-14"),
    ("11/16/2019", "DATE", "2019-11-16"),
    ("4-5 times a night", "SET", "P1D"),
    ("several\nyears", "DURATION", "PXY"),
    ("August", "DATE", "2019-08"),
    ("11/14", "DATE", "2019-11-14"),
    ("overnight", "TIME", "2019-11-14TNI"),
    ("POD 1", "DATE", "2019-11-15"),
    ("the morning of discharge", "TIME", "2019-11-16TMO"),
    ("BID", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("qHS", "SET", "P1D"),
    ("TID", "SET", "P1D"),
    ("2 days", "DURATION", "P2D"),
    ("3 weeks", "DURATION", "P3W"),
]


def test_urology_summary_a_range_of_times_a_night() -> None:
    """ "4-5 times a night" is one set, from its first count; "for a total of 7 days" is 7 days;
    "the morning of discharge" is of the header's discharge date; "Upon discharge" is an event;
    "60 cc" and the lot number 4417 are no times."""
    assert _mentions(URO) == URO_TABLE


# ---- a burn unit summary: a fire at about 0100, grafts and a second grafting ---------------------

BURN = """\
Admission Date :
12/01/2018
Discharge Date :
12/28/2018
HISTORY OF PRESENT ILLNESS :
The patient is a 45 year old man who sustained 22 % TBSA second and third degree flame burns to
the chest and both arms in a house fire at about 0100 . He was transferred from an outside
hospital , arriving in the burn unit at 05:30 .
HOSPITAL COURSE :
He was resuscitated per the Parkland formula over the first 24 hours . He underwent excision and
grafting of the chest on 12/04 and of the arms on 12/11 . Dressings were changed daily . On
postoperative day 5 from the second grafting , the grafts showed 95 % take . He was seen by
physical therapy twice a day . He was transferred to room 4112 , bed 2 , on 12/20 .
DISCHARGE MEDICATIONS :
Silvadene to open areas b.i.d. , oxycodone 5 mg p.o. q.4h. p.r.n. , multivitamin daily .
FOLLOW-UP :
Burn clinic in 1 week . Compression garments to be worn 23 hours a day for 12-18 months .
"""
BURN_TABLE: list[Row] = [
    ("12/01/2018", "DATE", "2018-12-01"),
    ("12/28/2018", "DATE", "2018-12-28"),
    ("about 0100", "TIME", "2018-12-01T01:00"),
    ("05:30", "TIME", "2018-12-01T05:30"),
    ("the first 24 hours", "DURATION", "PT24H"),
    ("12/04", "DATE", "2018-12-04"),
    ("12/11", "DATE", "2018-12-11"),
    ("daily", "SET", "P1D"),
    ("postoperative day 5", "DATE", "2018-12-16"),
    ("twice a day", "SET", "P1D"),
    ("12/20", "DATE", "2018-12-20"),
    ("b.i.d.", "SET", "P1D"),
    ("q.4h.", "SET", "PT4H"),
    ("daily", "SET", "P1D"),
    ("1 week", "DURATION", "P1W"),
    ("23 hours", "DURATION", "PT23H"),
    ("12-18 months", "DURATION", "P18M"),
]


def test_burn_summary_an_approximate_four_digit_time() -> None:
    """ "at about 0100" is a time of the admission day (APPROX); "postoperative day 5 from the
    second grafting" counts from 12/11, the last operation named; "22 % TBSA", "room 4112 ,
    bed 2", "95 % take" are no times."""
    assert _mentions(BURN) == BURN_TABLE


# ---- a geriatric summary: delirium, a recent fall, nights with a sitter --------------------------

GERI = """\
Admission Date: 2015-10-02
Discharge Date: 2015-10-09

HISTORY OF PRESENT ILLNESS: 88 yo woman with dementia from a nursing home with acute confusion
and agitation over the past 3 days. At baseline she is oriented to self only and ambulates with
a walker. She had a recent fall 2 weeks ago without injury. Chronic constipation.
HOSPITAL COURSE: UA was positive and she was started on ceftriaxone 1 gram IV daily. She required a
1:1 sitter for the first 2 nights. She was more alert by hospital day 4 and her mental status
returned to baseline over the next several days. She is now eating 75% of meals.
DISCHARGE MEDICATIONS: Cefpodoxime 200 mg PO BID x 3 more days, senna 2 tabs PO qHS, donepezil
10 mg PO daily.
FOLLOW-UP: Nursing home physician within 48 hours of return.
"""
GERI_TABLE: list[Row] = [
    ("2015-10-02", "DATE", "2015-10-02"),
    ("2015-10-09", "DATE", "2015-10-09"),
    ("the past 3 days", "DURATION", "P3D"),
    ("2 weeks ago", "DATE", "2015-W38"),
    ("daily", "SET", "P1D"),
    ("the first 2 nights", "DURATION", "P2D"),
    ("hospital day 4", "DATE", "2015-10-05"),
    ("the next several days", "DURATION", "PXD"),
    ("now", "DATE", "PRESENT_REF"),
    ("BID", "SET", "P1D"),
    ("3 more days", "DURATION", "P3D"),
    ("qHS", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("48 hours", "DURATION", "PT48H"),
]


def test_geriatric_summary_a_recent_fall_and_a_sitter() -> None:
    """ "2 weeks ago" is a week; "recent" and "Chronic" before a noun and "At baseline" are no
    times; "1 gram", "1:1 sitter", "75% of meals" and "2 tabs" are no times; "now" is the
    present."""
    assert _mentions(GERI) == GERI_TABLE


# ---- look-alikes: obstetric counts, scores, doses, sitters, rooms, lots, densities -------------

LOOKALIKES = [
    "She is a 31 yo G2P1 , gravida 2 para 1 , with a history of 2 cesarean sections .",
    "GCS 15 at the scene , GCS 13 on arrival . APGARs 8 and 9 . Birth weight 3450 g .",
    "Ceftriaxone 1 gram IV x1 , transfused 2 units of PRBCs , Lasix 40 mg IV x2 .",
    "Strength 5/5 throughout , 2+ pitting edema to the knees , pain 4/10 .",
    "1:1 sitter at bedside . Transferred to room 4112 , bed 2 .",
    "Lot number 4417 , catalog number 1915 , graft mesh 1:1.5 ratio .",
    "Chronic kidney disease , recent UTI , acute on chronic renal failure .",
    "Postoperatively she did well . Perioperative antibiotics . Preoperatively , Cr was 1.2 .",
    "Kidney from a deceased donor , 2/6 HLA antigen match , PRA 0 % .",
    "Vision 20/40 bilaterally , 3/6 systolic murmur , grade 2/4 reflux .",
    "The stone measured 1230 HU and 8 mm ; urine osmolality 1100 mOsm .",
]


def test_obstetric_counts_scores_doses_rooms_lots_and_densities_are_no_times() -> None:
    """ "G2P1", "gravida 2 para 1", "GCS 15", "APGARs 8 and 9", "5/5", "2+", "2/6 HLA",
    "3/6" murmurs, "1 gram", "1:1 sitter", rooms, beds, lot and catalog numbers and a
    density in Hounsfield units are no times; "chronic", "recent", "postoperatively" and
    "perioperative" are none either."""
    assert [(text, _mentions(text)) for text in LOOKALIKES] == [(t, []) for t in LOOKALIKES]


def test_a_patient_found_at_a_four_digit_time() -> None:
    """ "found down at 1030 by his daughter" is a clock time of the admission day, not the year
    1030."""
    text = (
        "Admission Date :\n2014-03-08\nHISTORY OF PRESENT ILLNESS :\n"
        "He was found down at 1030 by his daughter .\n"
    )
    assert _mentions(text)[-1] == ("1030", "TIME", "2014-03-08T10:30")
