"""Clinical notes, fourteenth round: long discharge summaries (stays of two to six weeks in the
ICU, oncology, transplant, cardiac surgery, neurosurgery and trauma services), most of them
tokenized as i2b2 writes them, whose hospital course is told day by day and date by date. Read
for what still went wrong: a day counted from a transfer the note has just dated ("Three days
after transfer", from the 10/21 of "On transfer to the floor on 10/21"); a holiday whose
possessive the tokenizer split off ("On New Year 's Day"); dates written with dashes
("Admission Date : 10-10-14", "on 10-18-2014"); a four-digit time on the return from the
operating room ("returned from the OR at 1630", not the year 1630); a week named by a numeric
date ("the week of 01/25"); a numbered day's date in apposition ("on day +12, 01/18"); a week
or a month after "for" lasts ("started on a PCA for the next week"); "the first postoperative
week" lasts as "the first week" does; and a volume a note measures per day is a rate ("drain
output less than 20 cc per day"), not a set.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
and the tokenized rounds (tests/test_clinical_tokenized*.py): the admission date under its
label dates the note and is hospital day 1; a stay across a New Year reads a date without a
year in the year that keeps it inside the stay; "On 10/08-10/09" names two days; "at the time
of discharge", "prior to discharge", "on arrival" and "the remainder of his hospital course"
are events, not times; "b.i.d.", "q4h", "nightly", "twice weekly" are sets; "in 4-6 weeks"
lasts its upper bound. Laboratory panels ("140/4.0/102/24/18/1.1"), trends ("Cr 1.1 -> 2.3"),
counts ("PLT 50K"), "INR 2.3", "EF 35%", strength ("5/5"), sutures ("3-0 Vicryl"), spinal
levels ("T8-T10"), grades ("Grade III"), airway scores ("Mallampati 2") and Apgar scores
("Apgars 8/9") are no times. Weekdays were checked with Python's datetime.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

# ---- ARDS in the MICU: a range of two days, hospital day # 12, days after a transfer ----------

ARDS = """\
Admission Date :
10/02/2014
Discharge Date :
10/28/2014
Service :
MEDICINE
HISTORY OF PRESENT ILLNESS :
Mr. Dunn is a 61 year old man with COPD who presented with four days of fevers and a cough
productive of rusty sputum . He was admitted to the MICU with a right lower lobe pneumonia .
Chem 7 on arrival was 140/4.0/102/24/18/1.1 .
HOSPITAL COURSE :
On the night of admission he became progressively hypoxemic and was intubated . Over the next
72 hours his oxygenation worsened and he met criteria for ARDS . He was paralyzed with
cisatracurium for the next 48 hours and proned . On 10/06 , his norepinephrine was weaned off .
On 10/08-10/09 , he underwent a spontaneous breathing trial each morning but failed both .
On hospital day # 12 , he was extubated to 4 L nasal cannula . Later that evening he required
BiPAP for increased work of breathing , which was weaned the following day . His creatinine
rose from 1.1 to 2.3 on 10/15 ( Cr 1.1 -> 2.3 ) and improved with fluids . By 10/20 he was on
room air . On transfer to the floor on 10/21 he was ambulating with physical therapy . Three
days after transfer he developed C. difficile colitis and was started on oral vancomycin q.i.d.
for 14 days . The remainder of his hospital course was uncomplicated . At the time of discharge
he was saturating 93 % on room air .
DISCHARGE MEDICATIONS :
1. Vancomycin 125 mg p.o. q.i.d. through 11/04 .
2. Prednisone 40 mg p.o. daily x 5 days .
3. Albuterol nebulizer q4h p.r.n.
FOLLOW UP :
He will see Dr. Shah in pulmonary clinic in 2 weeks and have a repeat chest CT in 6-8 weeks .
"""
ARDS_TABLE: list[Row] = [
    ("10/02/2014", "DATE", "2014-10-02"),
    ("10/28/2014", "DATE", "2014-10-28"),
    ("four days", "DURATION", "P4D"),
    ("the night of admission", "TIME", "2014-10-02TNI"),
    ("the next\n72 hours", "DURATION", "PT72H"),
    ("the next 48 hours", "DURATION", "PT48H"),
    ("10/06", "DATE", "2014-10-06"),
    ("10/08", "DATE", "2014-10-08"),
    ("10/09", "DATE", "2014-10-09"),
    ("each morning", "SET", "XXXX-XX-XXTMO"),
    ("hospital day # 12", "DATE", "2014-10-13"),
    ("Later that evening", "TIME", "2014-10-13TEV"),
    ("the following day", "DATE", "2014-10-14"),
    ("10/15", "DATE", "2014-10-15"),
    ("10/20", "DATE", "2014-10-20"),
    ("10/21", "DATE", "2014-10-21"),
    ("Three\ndays after transfer", "DATE", "2014-10-24"),
    ("q.i.d.", "SET", "P1D"),
    ("14 days", "DURATION", "P14D"),
    ("q.i.d.", "SET", "P1D"),
    ("11/04", "DATE", "2014-11-04"),
    ("daily", "SET", "P1D"),
    ("5 days", "DURATION", "P5D"),
    ("q4h", "SET", "PT4H"),
    ("2 weeks", "DURATION", "P2W"),
    ("6-8 weeks", "DURATION", "P8W"),
]


def test_icu_summary_days_counted_after_a_transfer() -> None:
    """ "On 10/08-10/09" names two days; "On hospital day # 12" counts from the admission as day 1,
    "Later that evening" and "the following day" from it; "Three days after transfer" counts
    from the transfer the note just dated (10/21), as "three days later" would; "At the time of
    discharge" and "the remainder of his hospital course" are events; the chemistry panel
    "140/4.0/102/24/18/1.1" and "Cr 1.1 -> 2.3" are no times."""
    assert _mentions(ARDS) == ARDS_TABLE


# ---- AML induction over the New Year: dates without a year on both sides of it ---------------

AML = """\
Admission Date :
12/20/2013
Discharge Date :
01/24/2014
Service :
ONCOLOGY
HISTORY OF PRESENT ILLNESS :
Ms. Greer is a 52 year old woman who noted easy bruising and fatigue for three weeks before her
primary care physician found a WBC of 68K with 80 % blasts on 12/18 . PLT 50K , INR 1.4 .
HOSPITAL COURSE :
1. AML : A bone marrow biopsy on 12/21 confirmed AML . On 12/23 , she began 7+3 induction with
cytarabine and daunorubicin . Her day 14 marrow on 01/05 was hypocellular without residual
blasts . Her counts recovered over the next two weeks , and by 01/20 her ANC was above 500 .
2. Neutropenic fever : On 12/31 she spiked to 38.9 and was started on cefepime . On New Year 's
Day she became hypotensive and was transferred to the ICU for 36 hours . Blood cultures grew
E. coli . Her fevers resolved on 01/03 and she completed a 14-day course of antibiotics .
3. Access : Her PICC line was removed on the day of discharge .
DISCHARGE MEDICATIONS :
Acyclovir 400 mg p.o. b.i.d. , posaconazole 300 mg p.o. daily , ondansetron 8 mg p.o. q8h p.r.n.
FOLLOW UP :
She will return to the leukemia clinic on Monday for a CBC and will be readmitted for
consolidation next week . Grade III mucositis has resolved .
"""
AML_TABLE: list[Row] = [
    ("12/20/2013", "DATE", "2013-12-20"),
    ("01/24/2014", "DATE", "2014-01-24"),
    ("three weeks", "DURATION", "P3W"),
    ("12/18", "DATE", "2013-12-18"),
    ("12/21", "DATE", "2013-12-21"),
    ("12/23", "DATE", "2013-12-23"),
    ("01/05", "DATE", "2014-01-05"),
    ("the next two weeks", "DURATION", "P2W"),
    ("01/20", "DATE", "2014-01-20"),
    ("12/31", "DATE", "2013-12-31"),
    ("New Year 's\nDay", "DATE", "2014-01-01"),
    ("36 hours", "DURATION", "PT36H"),
    ("01/03", "DATE", "2014-01-03"),
    ("14-day", "DURATION", "P14D"),
    ("the day of discharge", "DATE", "2014-01-24"),
    ("b.i.d.", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("q8h", "SET", "PT8H"),
    ("Monday", "DATE", "2014-01-27"),
    ("next week", "DATE", "2014-W05"),
]


def test_oncology_summary_a_stay_across_the_new_year() -> None:
    """A stay from 12/20/2013 to 01/24/2014 reads "12/31" in 2013 and "01/03" in 2014; the
    tokenized "New Year 's Day" is 1 January 2014; "on Monday" and "next week" in the
    follow-up count from the discharge (a Friday); "PLT 50K", "INR 1.4", "7+3" and "Grade III"
    are no times."""
    assert _mentions(AML) == AML_TABLE


# ---- a liver transplant: ISO dates, postoperative days, the first postoperative week --------

LIVER = """\
Admission Date :
2015-03-02
Discharge Date :
2015-03-20
Service :
TRANSPLANT SURGERY
HISTORY OF PRESENT ILLNESS :
Mr. Lowe is a 57 year old man with hepatitis C cirrhosis , MELD 31 , who was called in on
2015-03-02 for a deceased donor liver transplant . He had been listed since 2013 .
HOSPITAL COURSE :
He underwent orthotopic liver transplant on 2015-03-03 . The operation was notable for an
estimated blood loss of 4 liters . He was admitted to the SICU intubated . On POD # 1 he was
extubated . On POD # 3 , a Doppler ultrasound showed patent vessels . His bilirubin fell from 14.2
to 3.1 over the first postoperative week . He was transferred to the floor on 2015-03-08 .
Two days later he developed a bile leak and underwent ERCP with stent placement . For the next
several days he had low grade fevers . On 2015-03-14 , his JP drain was removed . Tacrolimus
levels were checked daily and ranged from 6 to 11 . Prior to discharge he was taught to manage
his medications .
DISCHARGE MEDICATIONS :
1. Tacrolimus 3 mg p.o. b.i.d.
2. Mycophenolate 1000 mg p.o. b.i.d.
3. Prednisone 20 mg daily , taper per protocol .
4. Bactrim SS one tab p.o. daily for 6 months .
FOLLOW UP :
Transplant clinic twice weekly for the first month . ERCP for stent removal in 4-6 weeks .
"""
LIVER_TABLE: list[Row] = [
    ("2015-03-02", "DATE", "2015-03-02"),
    ("2015-03-20", "DATE", "2015-03-20"),
    ("2015-03-02", "DATE", "2015-03-02"),
    ("2013", "DATE", "2013"),
    ("2015-03-03", "DATE", "2015-03-03"),
    ("POD # 1", "DATE", "2015-03-04"),
    ("POD # 3", "DATE", "2015-03-06"),
    ("the first postoperative week", "DURATION", "P1W"),
    ("2015-03-08", "DATE", "2015-03-08"),
    ("Two days later", "DATE", "2015-03-10"),
    ("the next\nseveral days", "DURATION", "PXD"),
    ("2015-03-14", "DATE", "2015-03-14"),
    ("daily", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("6 months", "DURATION", "P6M"),
    ("twice weekly", "SET", "P1W"),
    ("the first month", "DURATION", "P1M"),
    ("4-6 weeks", "DURATION", "P6W"),
]


def test_transplant_summary_iso_dates_and_the_first_postoperative_week() -> None:
    """ISO dates ("2015-03-08") date the course; "POD # 1" and "POD # 3" count from the
    transplant (2015-03-03); "over the first postoperative week" lasts a week as "the first
    week" does; "For the next several days" is a vague duration; "Prior to discharge" is an
    event; "MELD 31" and "twice weekly for the first month" are a score, a set and a
    duration."""
    assert _mentions(LIVER) == LIVER_TABLE


# ---- CABG: day-month dates ("12 Oct"), the fifth postoperative day ------------------------

CABG = """\
Admission Date: 10/08/2012
Discharge Date: 10/22/2012

HISTORY OF PRESENT ILLNESS: 66 yo woman with DM2 and HTN who developed exertional chest pressure
on 05 Oct. She presented to an outside hospital on 07 Oct with an NSTEMI and was transferred
here for catheterization, which showed three vessel disease. EF 35%.
HOSPITAL COURSE: She was taken to the OR on 10 Oct for CABG x 4 (LIMA-LAD, SVG-OM1, SVG-PDA,
SVG-D1). Mallampati 2 airway; intubation was uncomplicated. She was extubated later that
evening. On POD #1 her chest tubes were removed and she was started on a beta blocker. On 12 Oct
she went into atrial fibrillation with rapid ventricular response and was started on
amiodarone; she converted to sinus rhythm within 24 hours. Her sternal wound was closed with
3-0 Vicryl and has healed well. On the fifth postoperative day she was transferred to the step-
down unit. Her creatinine peaked at 1.8 on 16 Oct and improved over the following 3 days. She
worked with physical therapy daily and was cleared for discharge home on 22 Oct.
DISCHARGE MEDICATIONS: Amiodarone 400 mg PO BID for 1 week, then 200 mg daily; metoprolol 25 mg
PO BID; aspirin 81 mg daily; atorvastatin 80 mg nightly.
FOLLOW-UP: Cardiac surgery clinic in 4 weeks. Cardiology in 1 month. No driving for 6 weeks.
"""
CABG_TABLE: list[Row] = [
    ("10/08/2012", "DATE", "2012-10-08"),
    ("10/22/2012", "DATE", "2012-10-22"),
    ("05 Oct.", "DATE", "2012-10-05"),
    ("07 Oct", "DATE", "2012-10-07"),
    ("10 Oct", "DATE", "2012-10-10"),
    ("later that\nevening", "TIME", "2012-10-10TEV"),
    ("POD #1", "DATE", "2012-10-11"),
    ("12 Oct", "DATE", "2012-10-12"),
    ("24 hours", "DURATION", "PT24H"),
    ("the fifth postoperative day", "DATE", "2012-10-15"),
    ("16 Oct", "DATE", "2012-10-16"),
    ("the following 3 days", "DURATION", "P3D"),
    ("daily", "SET", "P1D"),
    ("22 Oct.", "DATE", "2012-10-22"),
    ("BID", "SET", "P1D"),
    ("1 week", "DURATION", "P1W"),
    ("daily", "SET", "P1D"),
    ("BID", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("nightly", "SET", "P1D"),
    ("4 weeks", "DURATION", "P4W"),
    ("1 month", "DURATION", "P1M"),
    ("6 weeks", "DURATION", "P6W"),
]


def test_cardiac_surgery_summary_day_month_dates() -> None:
    """ "05 Oct", "12 Oct" are days of the admission's year ("Oct." at a sentence's end keeps
    its stop); "later that evening" is the evening of the operation (10 Oct), "POD #1" the day
    after it, "the fifth postoperative day" five days after it; "EF 35%", "CABG x 4",
    "Mallampati 2" and "3-0 Vicryl" are no times."""
    assert _mentions(CABG) == CABG_TABLE


# ---- subarachnoid hemorrhage: dates written with dashes, a post-bleed day ------------------

SAH = """\
Admission Date :
10-10-14
Discharge Date :
11-03-14
Service :
NEUROSURGERY
HISTORY OF PRESENT ILLNESS :
This 48 year old woman had the sudden onset of the worst headache of her life at 6 p.m. on the
day of admission . Head CT showed a Fisher grade 3 subarachnoid hemorrhage ; Hunt and Hess Grade
III . CTA showed a 7 mm anterior communicating artery aneurysm .
HOSPITAL COURSE :
She underwent coiling of the aneurysm on 10-11-14 . An external ventricular drain was placed at
the same time . She was started on nimodipine 60 mg q4h for 21 days . On post bleed day 6 she
became confused , and TCDs showed elevated velocities . She was treated with induced
hypertension for the next 5 days . On 10-18-14 she underwent angiography with intra-arterial
verapamil . Her EVD was clamped on 10-24-14 and removed two days later . Strength was 5/5
throughout . On 10-29-14 she was transferred to the floor . Over the remainder of her stay she
worked with physical and occupational therapy .
DISCHARGE MEDICATIONS :
Nimodipine 60 mg p.o. q4h through 11-01-14 , levetiracetam 500 mg p.o. b.i.d. for 7 days ,
acetaminophen 650 mg p.o. q6h p.r.n.
FOLLOW UP :
Dr. Patel in 6 weeks with a repeat angiogram in 6 months .
"""
SAH_TABLE: list[Row] = [
    ("10-10-14", "DATE", "2014-10-10"),
    ("11-03-14", "DATE", "2014-11-03"),
    ("6 p.m. on the\nday of admission", "TIME", "2014-10-10T18:00"),
    ("10-11-14", "DATE", "2014-10-11"),
    ("q4h", "SET", "PT4H"),
    ("21 days", "DURATION", "P21D"),
    ("post bleed day 6", "DATE", "2014-10-16"),
    ("the next 5 days", "DURATION", "P5D"),
    ("10-18-14", "DATE", "2014-10-18"),
    ("10-24-14", "DATE", "2014-10-24"),
    ("two days later", "DATE", "2014-10-26"),
    ("10-29-14", "DATE", "2014-10-29"),
    ("q4h", "SET", "PT4H"),
    ("11-01-14", "DATE", "2014-11-01"),
    ("b.i.d.", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("q6h", "SET", "PT6H"),
    ("6 weeks", "DURATION", "P6W"),
    ("6 months", "DURATION", "P6M"),
]


def test_neurosurgery_summary_dates_with_dashes() -> None:
    """A note written "10-10-14" under its labels dates its stay (month first, a two-digit
    year), and "on 10-18-14", "through 11-01-14" are days of it; "6 p.m. on the day of
    admission" is a time of 10-10; "post bleed day 6" counts from the bleed (the day of
    admission, day 0), as a postoperative day counts from the operation; "two days later"
    counts from the clamping (10-24); "Fisher grade 3", "Hunt and Hess Grade III", "7 mm" and
    "5/5" are no times."""
    assert _mentions(SAH) == SAH_TABLE


# ---- polytrauma: a clock time of the admission day, four days after transfer ---------------

TRAUMA = """\
Admission Date :
06/11/2017
Discharge Date :
07/02/2017
Service :
TRAUMA SURGERY
HISTORY OF PRESENT ILLNESS :
This 24 year old man was the unrestrained driver in a high speed motor vehicle collision at
approximately 2 a.m. on the day of admission . GCS on arrival was 9 . He was found to have a
splenic laceration , left rib fractures 4-9 , a left femur fracture and T8-T10 transverse process
fractures .
HOSPITAL COURSE :
He was taken emergently to the OR for splenectomy and external fixation of the femur . He
received 6 units of PRBCs in the first 24 hours . On 06/13 , he returned to the OR for
intramedullary nailing of the femur . On 06/14-06/15 he developed increasing oxygen
requirements , and CT angiogram showed no pulmonary embolism . On hospital day # 7 he was
extubated . The following evening he became agitated and was started on dexmedetomidine , which
was weaned over the next 2 days . His post-splenectomy vaccines were given on 06/25 . On transfer
to the floor on 06/26 his pain was controlled on oral medications . Four days after transfer he
was cleared by physical therapy for discharge to rehab .
DISCHARGE MEDICATIONS :
Enoxaparin 40 mg subcutaneously daily for 4 weeks , oxycodone 5-10 mg p.o. q4h p.r.n. ,
docusate 100 mg p.o. b.i.d.
FOLLOW UP :
Trauma clinic in 2 weeks , orthopedics in 10-14 days , and repeat femur films at that visit .
"""
TRAUMA_TABLE: list[Row] = [
    ("06/11/2017", "DATE", "2017-06-11"),
    ("07/02/2017", "DATE", "2017-07-02"),
    ("2 a.m. on the day of admission", "TIME", "2017-06-11T02:00"),
    ("the first 24 hours", "DURATION", "PT24H"),
    ("06/13", "DATE", "2017-06-13"),
    ("06/14", "DATE", "2017-06-14"),
    ("06/15", "DATE", "2017-06-15"),
    ("hospital day # 7", "DATE", "2017-06-17"),
    ("The following evening", "TIME", "2017-06-18TEV"),
    ("the next 2 days", "DURATION", "P2D"),
    ("06/25", "DATE", "2017-06-25"),
    ("06/26", "DATE", "2017-06-26"),
    ("Four days after transfer", "DATE", "2017-06-30"),
    ("daily", "SET", "P1D"),
    ("4 weeks", "DURATION", "P4W"),
    ("q4h", "SET", "PT4H"),
    ("b.i.d.", "SET", "P1D"),
    ("2 weeks", "DURATION", "P2W"),
    ("10-14 days", "DURATION", "P14D"),
]


def test_trauma_summary_the_following_evening_and_days_after_transfer() -> None:
    """ "at approximately 2 a.m. on the day of admission" is one time; "On 06/14-06/15" two
    days; "The following evening" follows hospital day # 7; "Four days after transfer" counts
    from the transfer on 06/26; "GCS 9", "rib fractures 4-9", "T8-T10" and "6 units" are no
    times; "in 10-14 days" lasts its upper bound."""
    assert _mentions(TRAUMA) == TRAUMA_TABLE


# ---- autologous stem cell transplant: days counted from the infusion (day 0) ----------------

BMT = """\
Admission Date: 01/04/2010
Discharge Date: 02/10/2010

HISTORY OF PRESENT ILLNESS: 43 yo man with multiple myeloma diagnosed in 2008, in very good
partial response after four cycles of VRD, admitted for high dose melphalan and autologous stem
cell transplant.
HOSPITAL COURSE: He received melphalan 200 mg/m2 on 01/05 (day -1) and his stem cells were
infused on 01/06 (day 0). He developed grade 3 mucositis on day +5 and was started on a PCA for
the next week. On day +8 he became febrile to 39.1 and was started on vancomycin and cefepime.
Blood cultures from that night grew coagulase negative staphylococcus. He engrafted on day +12,
01/18, with an ANC of 600. During the week of 01/25 he developed diarrhea; C. difficile was
negative. From 01/28 through 02/02 he had intermittent fevers attributed to engraftment
syndrome, treated with a short steroid course. He tolerated a regular diet for the last 5 days
of his admission.
DISCHARGE MEDICATIONS: Acyclovir 400 mg PO BID for 1 year; Bactrim DS one tab PO three times a
week; fluconazole 400 mg PO daily until day +75.
FOLLOW-UP: BMT clinic twice a week for the first month, then weekly. Day +100 restaging in
late April.
"""
BMT_TABLE: list[Row] = [
    ("01/04/2010", "DATE", "2010-01-04"),
    ("02/10/2010", "DATE", "2010-02-10"),
    ("2008", "DATE", "2008"),
    ("01/05", "DATE", "2010-01-05"),
    ("day -1", "DATE", "2010-01-05"),
    ("01/06", "DATE", "2010-01-06"),
    ("day 0", "DATE", "2010-01-06"),
    ("day +5", "DATE", "2010-01-11"),
    ("the next week", "DURATION", "P1W"),
    ("day +8", "DATE", "2010-01-14"),
    ("that night", "TIME", "2010-01-14TNI"),
    ("day +12", "DATE", "2010-01-18"),
    ("01/18", "DATE", "2010-01-18"),
    ("the week of 01/25", "DATE", "2010-W04"),
    ("01/28", "DATE", "2010-01-28"),
    ("02/02", "DATE", "2010-02-02"),
    ("the last 5 days", "DURATION", "P5D"),
    ("BID", "SET", "P1D"),
    ("1 year", "DURATION", "P1Y"),
    ("three times a\nweek", "SET", "P1W"),
    ("daily", "SET", "P1D"),
    ("day +75", "DATE", "2010-03-22"),
    ("twice a week", "SET", "P1W"),
    ("the first month", "DURATION", "P1M"),
    ("weekly", "SET", "P1W"),
    ("Day +100", "DATE", "2010-04-16"),
    ("late April", "DATE", "2010-04"),
]


@pytest.mark.xfail(
    strict=True,
    reason="a transplant's days counted from the infusion ('day -1', 'day 0', 'day +12', 'Day "
    "+100') are untagged: no rule reads a signed day number nor knows which date is day 0; "
    "'that night' after 'day +8' has no day to be the night of",
)
def test_stem_cell_transplant_summary_days_counted_from_day_zero() -> None:
    """A transplant note counts days from the infusion, "day 0" (01/06): "day -1" is the day
    before, "day +8" eight days after, "that night" its night, "until day +75" and "Day +100"
    days after discharge; "day +12, 01/18" gives the date in apposition; "the week of 01/25" is
    that week; "for the next week" lasts a week; "the last 5 days of his admission" lasts."""
    assert _mentions(BMT) == BMT_TABLE


# ---- necrotizing pancreatitis: HD # 9, later that week, a rate of drain output --------------

PANC = """\
Admission Date :
04/15/2019
Discharge Date :
05/10/2019
Service :
MEDICINE
HISTORY OF PRESENT ILLNESS :
Mr. Ivers is a 39 year old man with alcohol use who presented with epigastric pain radiating to
the back that began the evening before admission . Lipase was 4,200 . He last drank on
04/13/19 .
HOSPITAL COURSE :
He was admitted to the MICU with severe necrotizing pancreatitis . On the day after admission
he required intubation for abdominal compartment syndrome . Over the first week he received
aggressive fluid resuscitation . On HD # 9 , CT showed 50 % pancreatic necrosis . He was extubated
on 04/26 . Later that week a nasojejunal feeding tube was placed . On 04/30 he developed fevers
and a CT-guided drain was placed into an infected collection , which grew Enterococcus . For the
next 10 days he received meropenem . On 05/06 the drain output was less than 20 cc per day , and
he was transferred to the floor the next morning . He remained on tube feeds until 05/09 , when
he tolerated a low fat diet . INR 2.3 on 05/08 .
DISCHARGE MEDICATIONS :
Meropenem 1 g IV q8h through 05/16 , pantoprazole 40 mg p.o. daily , thiamine 100 mg p.o. daily .
FOLLOW UP :
GI clinic in 3 weeks with a repeat CT in 4-6 weeks . He was counseled on alcohol cessation .
"""
PANC_TABLE: list[Row] = [
    ("04/15/2019", "DATE", "2019-04-15"),
    ("05/10/2019", "DATE", "2019-05-10"),
    ("the evening before admission", "TIME", "2019-04-14TEV"),
    ("04/13/19", "DATE", "2019-04-13"),
    ("the day after admission", "DATE", "2019-04-16"),
    ("the first week", "DURATION", "P1W"),
    ("HD # 9", "DATE", "2019-04-23"),
    ("04/26", "DATE", "2019-04-26"),
    ("Later that week", "DATE", "2019-W17"),
    ("04/30", "DATE", "2019-04-30"),
    ("the\nnext 10 days", "DURATION", "P10D"),
    ("05/06", "DATE", "2019-05-06"),
    ("the next morning", "TIME", "2019-05-07TMO"),
    ("05/09", "DATE", "2019-05-09"),
    ("05/08", "DATE", "2019-05-08"),
    ("q8h", "SET", "PT8H"),
    ("05/16", "DATE", "2019-05-16"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("3 weeks", "DURATION", "P3W"),
    ("4-6 weeks", "DURATION", "P6W"),
]


def test_pancreatitis_summary_hospital_days_and_a_rate() -> None:
    """ "the evening before admission" and "the day after admission" count from the admission;
    "HD # 9" is hospital day 9; "Later that week" is the week of the extubation (04/26); "the
    next morning" follows 05/06; "less than 20 cc per day" is a rate of output, no set;
    "Lipase was 4,200", "50 %" and "INR 2.3" are no times."""
    assert _mentions(PANC) == PANC_TABLE


# ---- metastatic cord compression: a course across the New Year, a taper ------------------

SPINE = """\
Admission Date :
12/27/2011
Discharge Date :
01/20/2012
Service :
NEUROSURGERY
HISTORY OF PRESENT ILLNESS :
The patient is a 71 year old woman with metastatic breast cancer who reported two weeks of
worsening back pain and one day of bilateral leg weakness . MRI showed an epidural metastasis at
T8-T10 with cord compression . Strength was 3/5 in the lower extremities .
HOSPITAL COURSE :
She was started on dexamethasone 10 mg IV on arrival , then 4 mg q6h . On 12/28 she underwent
T8-T10 decompression and posterior fusion . She was monitored in the neuro ICU for 48 hours .
On POD # 2 she was transferred to the floor . On 12/31 her Hemovac was removed . On 01/02 she
began radiation therapy , 30 Gy in 10 fractions , completed on 01/13 . Her strength improved
to 4/5 by 01/10 . Her steroids were tapered over the next 2 weeks . On 01/16 she developed a
right leg DVT and was started on enoxaparin . The remainder of her hospital course was spent
awaiting rehab placement .
DISCHARGE MEDICATIONS :
Dexamethasone 2 mg p.o. b.i.d. x 3 days then 1 mg daily x 3 days then stop , enoxaparin 70 mg
subcutaneously q12h .
FOLLOW UP :
Neurosurgery in 2 weeks , radiation oncology in 1 month , and medical oncology on 01/25 .
"""
SPINE_TABLE: list[Row] = [
    ("12/27/2011", "DATE", "2011-12-27"),
    ("01/20/2012", "DATE", "2012-01-20"),
    ("two weeks", "DURATION", "P2W"),
    ("one day", "DURATION", "P1D"),
    ("q6h", "SET", "PT6H"),
    ("12/28", "DATE", "2011-12-28"),
    ("48 hours", "DURATION", "PT48H"),
    ("POD # 2", "DATE", "2011-12-30"),
    ("12/31", "DATE", "2011-12-31"),
    ("01/02", "DATE", "2012-01-02"),
    ("01/13", "DATE", "2012-01-13"),
    ("01/10", "DATE", "2012-01-10"),
    ("the next 2 weeks", "DURATION", "P2W"),
    ("01/16", "DATE", "2012-01-16"),
    ("b.i.d.", "SET", "P1D"),
    ("3 days", "DURATION", "P3D"),
    ("daily", "SET", "P1D"),
    ("3 days", "DURATION", "P3D"),
    ("q12h", "SET", "PT12H"),
    ("2 weeks", "DURATION", "P2W"),
    ("1 month", "DURATION", "P1M"),
    ("01/25", "DATE", "2012-01-25"),
]


def test_spine_summary_a_course_across_the_new_year() -> None:
    """Admitted 12/27/2011: "12/31" is in 2011, "01/02" and "01/13" in 2012; "POD # 2" counts
    from the decompression (12/28); "x 3 days then 1 mg daily x 3 days then stop" is a taper of
    durations and a set; "T8-T10", "3/5", "4/5" and "30 Gy in 10 fractions" are no times."""
    assert _mentions(SPINE) == SPINE_TABLE


# ---- LVAD: a four-digit time on return from the OR, postoperative days --------------------

VAD = """\
Admission Date :
08/01/2016
Discharge Date :
08/19/2016
Service :
CARDIAC SURGERY
HISTORY OF PRESENT ILLNESS :
Mr. Quinn is a 59 year old man with nonischemic cardiomyopathy , EF 15 % , on milrinone since
May , admitted electively for LVAD placement as destination therapy .
HOSPITAL COURSE :
He underwent HeartMate 3 implantation on 08/02/16 . He returned from the OR at 1630 on
epinephrine and nitric oxide . He was extubated the following morning . On POD # 2 , his
nitric oxide was weaned off , and over the next 72 hours his inotropes were discontinued . On
08/07 , he developed right heart failure and milrinone was restarted for 3 days . He was
transferred to the floor on 08/12 . Two days after transfer he had a driveline dressing change
teaching session . Warfarin was started on POD # 5 with a goal INR 2-3 . On the day of discharge
his INR was 2.4 .
DISCHARGE MEDICATIONS :
Warfarin 5 mg p.o. nightly , aspirin 81 mg p.o. daily , sildenafil 20 mg p.o. t.i.d.
FOLLOW UP :
VAD clinic on Monday , 08/22 , and INR check twice weekly . Cardiac rehab in 4-6 weeks .
"""
VAD_TABLE: list[Row] = [
    ("08/01/2016", "DATE", "2016-08-01"),
    ("08/19/2016", "DATE", "2016-08-19"),
    ("May", "DATE", "2016-05"),
    ("08/02/16", "DATE", "2016-08-02"),
    ("1630", "TIME", "2016-08-02T16:30"),
    ("the following morning", "TIME", "2016-08-03TMO"),
    ("POD # 2", "DATE", "2016-08-04"),
    ("the next 72 hours", "DURATION", "PT72H"),
    ("08/07", "DATE", "2016-08-07"),
    ("3 days", "DURATION", "P3D"),
    ("08/12", "DATE", "2016-08-12"),
    ("Two days after transfer", "DATE", "2016-08-14"),
    ("POD # 5", "DATE", "2016-08-07"),
    ("the day of discharge", "DATE", "2016-08-19"),
    ("nightly", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("t.i.d.", "SET", "P1D"),
    ("Monday , 08/22", "DATE", "2016-08-22"),
    ("twice weekly", "SET", "P1W"),
    ("4-6 weeks", "DURATION", "P6W"),
]


def test_vad_summary_a_time_on_return_from_the_or() -> None:
    """ "He returned from the OR at 1630" is a time of the operation's day (08/02/16), not the
    year 1630; "the following morning" is the next day's; "POD # 2" and "POD # 5" count from the
    operation (08/02), not from the morning after it; "Two days after transfer" counts from
    08/12; "Monday , 08/22" is one day; "EF 15 %" and "INR 2-3" are no times."""
    assert _mentions(VAD) == VAD_TABLE


LOOK_ALIKES = """\
Chem 7 : 140/4.0/102/24/18/1.1 . Cr 1.2 -> 2.3 , PLT 50K , INR 2.3 , EF 35% .
Strength 5/5 in all extremities . The fascia was closed with 3-0 Vicryl and the skin with 4-0
nylon . Fractures of the T8-T10 transverse processes . Grade III splenic laceration . Mallampati
2 airway . Apgars 8/9 . Hct 28.1 -> 30.4 . ISS 25 . BP 110/70 . Rib fractures 4-9 .
"""


def test_laboratory_values_sutures_levels_grades_and_scores_are_no_times() -> None:
    """A chemistry panel, a trend after an arrow, a platelet count, an INR, an ejection
    fraction, strength, suture sizes, spinal levels, a grade, an airway and an Apgar score, a
    hematocrit trend, an injury score, a blood pressure and a run of ribs are no times."""
    assert _mentions(LOOK_ALIKES) == []
