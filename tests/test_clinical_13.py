"""Clinical notes, thirteenth round: discharge summaries from the services the earlier rounds
met least (rheumatology, infectious disease with long antibiotic courses, addiction and
withdrawal, ophthalmology, dermatology, palliative care, a geriatric fall, ENT, the burn unit),
half of them tokenized as i2b2 writes them, each telling its history of present illness and
its hospital course day by day. Read for what still went wrong: a plan's course "through
10/22, counted from the first negative culture" (the participle of a count's start is no past
verb: the date is the one after the discharge, not a year back); "over the ensuing 48 hours"
and "over the subsequent 3 days" last as "the next 48 hours" does; "the third day of
admission" is hospital day 3 (not "day of admission" inside it); a clock time on a numbered
hospital day ("at 0300 on hospital day # 2") is one time of that day; "hospital days 3 and 4"
names two days as "hospital days 2-5" does; a range of counts with a times sign ("PT
2-3x/week") is one set; what a social history counts in units of drink, smoke or drug is a
rate, no time ("smokes a pack a day", "a fifth of vodka a day", "a bundle a day"); and a
plan's labelled end of a course ("(last day 04/17)", "stop date : 08/03") is a day, its "last
day" no yesterday.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): the admission date heading a discharge summary anchors its
history and hospital course, which is hospital day 1; "by discharge", "until follow-up", "at
age 45", "since age 22", "since childhood", "since his 20s" and "as a child" are no times;
"for a total of 14 days", "x 10 days" and "for 2 weeks then taper" are durations of their
count; "b.i.d.", "t.i.d. with meals", "q. 6h. p.r.n.", "every 4 hours as needed", "nightly"
and "weekly" are sets; "in 1-2 weeks" lasts its upper bound. Doses ("Tylenol 650 mg", "Norco
10/325"), oxygen ("2-3 L", "O2 sat 94%"), laboratory values ("HbA1c 7.2", "1:640"), spinal
levels ("C5-C6"), sequences ("T2 weighted"), obstetric counts ("G3P2"), grades and stages
("Grade 2", "stage IV"), strength ("4/5"), cranial nerves ("CN II-XII"), visual acuity
("20/30") and dilutions ("1:100,000") are no times.
"""

from __future__ import annotations

from passages import Row
from passages import mentions as _mentions

# ---- a lupus flare: three days prior to admission, the sixth hospital day, a taper -------------

RHEUM = """\
Admission Date :
2016-05-09
Discharge Date :
2016-05-17
Service :
RHEUMATOLOGY
HISTORY OF PRESENT ILLNESS :
Ms. Ortiz is a 34 year old woman with systemic lupus erythematosus diagnosed at age 19 who
presents with fevers , polyarthralgias and a malar rash that began three days prior to admission
. She stopped her hydroxychloroquine one month ago because of cost . Her last flare , in 2009 ,
required pulse steroids . She has had Raynaud 's phenomenon since childhood .
HOSPITAL COURSE :
On the day of admission her C3 was 45 and her anti-dsDNA titer was 1:640 . She received
methylprednisolone 1 gram IV daily for 3 days . On hospital day #4 she developed a pleural rub ,
which resolved over the next 48 hours . A renal biopsy on the sixth hospital day showed class III
lupus nephritis . Strength 4/5 in the hip flexors .
DISCHARGE MEDICATIONS :
Prednisone 60 mg p.o. daily for 2 weeks then taper by 10 mg weekly , hydroxychloroquine 200 mg
p.o. b.i.d. , calcium with vitamin D p.o. t.i.d. with meals .
FOLLOW-UP :
Rheumatology clinic in 1-2 weeks . Repeat urine protein in 3 months .
"""
RHEUM_TABLE: list[Row] = [
    ("2016-05-09", "DATE", "2016-05-09"),
    ("2016-05-17", "DATE", "2016-05-17"),
    ("three days prior to admission", "DATE", "2016-05-06"),
    ("one month ago", "DATE", "2016-04"),
    ("2009", "DATE", "2009"),
    ("the day of admission", "DATE", "2016-05-09"),
    ("daily", "SET", "P1D"),
    ("3 days", "DURATION", "P3D"),
    ("hospital day #4", "DATE", "2016-05-12"),
    ("the next 48 hours", "DURATION", "PT48H"),
    ("the sixth hospital day", "DATE", "2016-05-14"),
    ("daily", "SET", "P1D"),
    ("2 weeks", "DURATION", "P2W"),
    ("weekly", "SET", "P1W"),
    ("b.i.d.", "SET", "P1D"),
    ("t.i.d.", "SET", "P1D"),
    ("1-2 weeks", "DURATION", "P2W"),
    ("3 months", "DURATION", "P3M"),
]


def test_rheumatology_summary_days_before_and_into_the_stay() -> None:
    """ "three days prior to admission" is 05/06; "one month ago" is a month; "on
    hospital day #4" and "the sixth hospital day" count from the admission as day 1; "over the
    next 48 hours" lasts; "daily for 2 weeks then taper by 10 mg weekly" is a set, a duration
    and a set; "diagnosed at age 19", "since childhood", "C3 was 45", "1:640", "class III" and
    "Strength 4/5" are no times."""
    assert _mentions(RHEUM) == RHEUM_TABLE


# ---- vertebral osteomyelitis: a six-week course through a date after discharge -----------------

ID = """\
Admission Date: 09/08/2015
Discharge Date: 09/15/2015

HISTORY OF PRESENT ILLNESS: 58 yo man with a history of injection drug use in the 1990s, now on
methadone, presented with 3 weeks of worsening low back pain and fevers. Two years ago he had
MSSA bacteremia treated with cefazolin. MRI on the day prior to admission showed T2 weighted
signal change in the L3-L4 disc space with an epidural abscess; C5-C6 was normal.
HOSPITAL COURSE: Blood cultures from the evening of admission grew MSSA in 2 of 2 bottles. He was
started on nafcillin 2 g IV every 4 hours. Neurosurgery did not recommend drainage. Repeat blood
cultures on hospital day 3 were negative and a PICC line was placed the following morning. TEE
showed no vegetation. He remained afebrile by discharge.
DISCHARGE MEDICATIONS: Cefazolin 2 g IV q8h for a 6-week course through 10/22, counted from the
first negative culture; methadone 80 mg PO daily; oxycodone 5 mg PO q. 6h. p.r.n. pain.
FOLLOW-UP: ID clinic weekly with CBC, ESR and CRP. Repeat MRI in 6 weeks.
"""
ID_TABLE: list[Row] = [
    ("09/08/2015", "DATE", "2015-09-08"),
    ("09/15/2015", "DATE", "2015-09-15"),
    ("the 1990s", "DATE", "199"),
    ("now", "DATE", "PRESENT_REF"),
    ("3 weeks", "DURATION", "P3W"),
    ("Two years ago", "DATE", "2013"),
    ("the day prior to admission", "DATE", "2015-09-07"),
    ("the evening of admission", "TIME", "2015-09-08TEV"),
    ("every 4 hours", "SET", "PT4H"),
    ("hospital day 3", "DATE", "2015-09-10"),
    ("the following morning", "TIME", "2015-09-11TMO"),
    ("q8h", "SET", "PT8H"),
    ("6-week", "DURATION", "P6W"),
    ("10/22", "DATE", "2015-10-22"),
    ("daily", "SET", "P1D"),
    ("q. 6h.", "SET", "PT6H"),
    ("weekly", "SET", "P1W"),
    ("6 weeks", "DURATION", "P6W"),
]


def test_infectious_disease_summary_a_course_through_a_date_after_discharge() -> None:
    """ "a 6-week course through 10/22, counted from the first negative culture" ends on
    the 10/22 after the discharge (the participle says where the count starts; it is no past
    verb); "in the 1990s" is a decade; "the evening of admission" and "the following morning"
    are parts of days; "q. 6h." keeps its spaced dots; "T2 weighted", "L3-L4", "C5-C6" and "2
    of 2 bottles" are no times."""
    assert _mentions(ID) == ID_TABLE


# ---- alcohol withdrawal: last drink 2 days ago, a seizure at a time of a hospital day ----------

WITHDRAWAL = """\
Admission Date :
03/21/2012
Discharge Date :
03/26/2012
HISTORY OF PRESENT ILLNESS :
The patient is a 49 year old man with alcohol use disorder who drinks a fifth of vodka a day and
has for the past 10 years , last drink 2 days ago . He began drinking as a child and had
withdrawal seizures in 2008 . He presented with tremors , diaphoresis and visual hallucinations .
CIWA score on arrival was 24 .
HOSPITAL COURSE :
He was admitted to the ICU and treated with diazepam 10 mg IV every 1 hour as needed per CIWA
protocol . He required 180 mg of diazepam over the first 24 hours . He had a brief generalized
seizure at 0300 on hospital day # 2 . On hospital day # 3 he was transferred to the floor .
Thiamine 100 mg IV daily was given for a total of 5 days . His last dose of diazepam was on the
morning of 03/24 . Magnesium 1.4 on admission , repleted .
DISCHARGE MEDICATIONS :
Thiamine 100 mg p.o. daily , folic acid 1 mg p.o. daily , naltrexone 50 mg p.o. daily , Tylenol
650 mg p.o. q. 6h. p.r.n. .
FOLLOW-UP :
Outpatient detox program starting 03/28 . AA meetings nightly .
"""
WITHDRAWAL_TABLE: list[Row] = [
    ("03/21/2012", "DATE", "2012-03-21"),
    ("03/26/2012", "DATE", "2012-03-26"),
    ("the past 10 years", "DURATION", "P10Y"),
    ("2 days ago", "DATE", "2012-03-19"),
    ("2008", "DATE", "2008"),
    ("every 1 hour", "SET", "PT1H"),
    ("the first 24 hours", "DURATION", "PT24H"),
    ("0300 on hospital day # 2", "TIME", "2012-03-22T03:00"),
    ("hospital day # 3", "DATE", "2012-03-23"),
    ("daily", "SET", "P1D"),
    ("5 days", "DURATION", "P5D"),
    ("the\nmorning of 03/24", "TIME", "2012-03-24TMO"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("q. 6h.", "SET", "PT6H"),
    ("nightly", "SET", "P1D"),
]


def test_withdrawal_summary_a_seizure_at_a_time_of_a_hospital_day() -> None:
    """ "a fifth of vodka a day" is a rate, no time; "last drink 2 days ago" is 03/19;
    "at 0300 on hospital day # 2" is one time of 03/22, not 0300 of the admission day beside a
    date; "as a child", "CIWA score ... 24", "180 mg" and "Magnesium 1.4" are no times."""
    assert _mentions(WITHDRAWAL) == WITHDRAWAL_TABLE


# ---- endophthalmitis after cataract surgery: postoperative day one after a vitrectomy ----------

OPHTHO = """\
Admission Date: 11/03/2019
Discharge Date: 11/07/2019
Service: OPHTHALMOLOGY

HISTORY OF PRESENT ILLNESS: 76 year old woman who underwent uncomplicated cataract extraction of
the right eye on 10/29/2019 presented with pain and decreased vision beginning the day prior to
admission. Visual acuity was hand motions OD and 20/30 OS. Diabetes diagnosed at age 45, HbA1c
7.2 in August.
HOSPITAL COURSE: She underwent a vitreous tap and injection of intravitreal vancomycin and
ceftazidime on the evening of admission. Cultures grew Staphylococcus epidermidis. Topical
moxifloxacin was given every 2 hours while awake and prednisolone acetate 1% every hour. She
underwent pars plana vitrectomy on 11/05. On postoperative day one her vision improved to
counting fingers. IOP was 18 mmHg.
DISCHARGE MEDICATIONS: Prednisolone acetate 1% OD four times daily, moxifloxacin OD q.i.d. x 10
days, timolol 0.5% OD b.i.d., atropine 1% OD nightly.
FOLLOW-UP: Retina clinic in 2 days, then weekly.
"""
OPHTHO_TABLE: list[Row] = [
    ("11/03/2019", "DATE", "2019-11-03"),
    ("11/07/2019", "DATE", "2019-11-07"),
    ("10/29/2019", "DATE", "2019-10-29"),
    ("the day prior to\nadmission", "DATE", "2019-11-02"),
    ("August", "DATE", "2019-08"),
    ("the evening of admission", "TIME", "2019-11-03TEV"),
    ("every 2 hours", "SET", "PT2H"),
    ("every hour", "SET", "PT1H"),
    ("11/05", "DATE", "2019-11-05"),
    ("postoperative day one", "DATE", "2019-11-06"),
    ("four times daily", "SET", "P1D"),
    ("q.i.d.", "SET", "P1D"),
    ("10\ndays", "DURATION", "P10D"),
    ("b.i.d.", "SET", "P1D"),
    ("nightly", "SET", "P1D"),
    ("2 days", "DURATION", "P2D"),
    ("weekly", "SET", "P1W"),
]


def test_ophthalmology_summary_a_postoperative_day_after_the_last_operation() -> None:
    """ "postoperative day one" counts from the vitrectomy on 11/05; "every 2 hours" and
    "every hour" are sets, as are "four times daily" and "q.i.d. x 10 days" (a set and a
    duration); "at age 45", "HbA1c 7.2", "20/30", "1%", "0.5%" and "18 mmHg" are no times."""
    assert _mentions(OPHTHO) == OPHTHO_TABLE


# ---- Stevens-Johnson syndrome: days prior to admission, two hospital days joined ---------------

DERM = """\
Admission Date :
2018-07-14
Discharge Date :
2018-07-27
Service :
DERMATOLOGY
HISTORY OF PRESENT ILLNESS :
The patient is a 27 year old woman , G3P2 , who was started on lamotrigine for bipolar disorder 3
weeks prior to admission . Five days prior to admission she developed fevers and a sore throat ,
followed by a painful rash and oral erosions . Last menstrual period 06/30/2018 . She has had
atopic dermatitis since childhood .
HOSPITAL COURSE :
Lamotrigine was stopped . A skin biopsy on the day of admission confirmed Stevens-Johnson syndrome
with 8 % body surface area detachment . She was transferred to the burn unit on hospital day # 2
and treated with cyclosporine 3 mg/kg/day for a total of 7 days . She was febrile on hospital
days 3 and 4 . Ophthalmology saw her daily .
Wound care with petrolatum gauze was done b.i.d. . Re-epithelialization was nearly complete by
discharge .
DISCHARGE MEDICATIONS :
Prednisone 20 mg p.o. daily , stop date : 08/03 . Triamcinolone 0.1 % ointment b.i.d. to the
trunk , viscous lidocaine 2 % 15 mL swish and spit every 4 hours as needed , sertraline 50 mg
p.o. daily .
FOLLOW-UP :
Dermatology clinic in 1 week . Avoid lamotrigine lifelong .
"""
DERM_TABLE: list[Row] = [
    ("2018-07-14", "DATE", "2018-07-14"),
    ("2018-07-27", "DATE", "2018-07-27"),
    ("3\nweeks prior to admission", "DATE", "2018-06-23"),
    ("Five days prior to admission", "DATE", "2018-07-09"),
    ("06/30/2018", "DATE", "2018-06-30"),
    ("the day of admission", "DATE", "2018-07-14"),
    ("hospital day # 2", "DATE", "2018-07-15"),
    ("7 days", "DURATION", "P7D"),
    ("hospital\ndays 3", "DATE", "2018-07-16"),
    ("4", "DATE", "2018-07-17"),
    ("daily", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("08/03", "DATE", "2018-08-03"),
    ("b.i.d.", "SET", "P1D"),
    ("every 4 hours", "SET", "PT4H"),
    ("daily", "SET", "P1D"),
    ("1 week", "DURATION", "P1W"),
]


def test_dermatology_summary_days_counted_back_and_two_hospital_days() -> None:
    """ "3 weeks prior to admission" and "Five days prior to admission" count back from
    07/14; "on hospital days 3 and 4" names two days, 07/16 and 07/17; "Last menstrual period
    06/30/2018" is a day, as is a plan's "stop date : 08/03"; "for a total of 7 days" is 7
    days; "G3P2", "8 %", "3 mg/kg/day", "0.1 %", "2 %", "15 mL", "by discharge" and "lifelong"
    are no times."""
    assert _mentions(DERM) == DERM_TABLE


# ---- pancreatic cancer: last fall, a family meeting the following afternoon --------------------

PALLIATIVE = """\
Admission Date: 2/14/2021
Discharge Date: 2/19/2021
Service: PALLIATIVE CARE

HISTORY OF PRESENT ILLNESS: 71 year old man with stage IV pancreatic cancer diagnosed in 2019,
treated with FOLFIRINOX until last fall, presented with intractable abdominal pain and vomiting
for 4 days. He has lost 30 pounds over the past six months. His wife notes he has been sleeping
most of the day for the past week.
HOSPITAL COURSE: Pain was controlled with a hydromorphone PCA over the first 48 hours and he was
then converted to methadone 5 mg every 8 hours. A venting G-tube was placed on 2/16. A family
meeting was held the following afternoon and the patient chose comfort-focused care.
Dexamethasone 4 mg daily was continued. His nausea settled over the subsequent 3 days. By
discharge his pain score was 3/10.
DISCHARGE MEDICATIONS: Methadone 5 mg PO q8h, hydromorphone 2-4 mg PO every 3 hours as needed for
breakthrough pain, senna 2 tabs PO nightly, lorazepam 0.5 mg SL q.6h. p.r.n. nausea or anxiety.
FOLLOW-UP: Home hospice; hospice nurse visits twice weekly. Palliative care clinic in 2 weeks.
"""
PALLIATIVE_TABLE: list[Row] = [
    ("2/14/2021", "DATE", "2021-02-14"),
    ("2/19/2021", "DATE", "2021-02-19"),
    ("2019", "DATE", "2019"),
    ("last fall", "DATE", "2020-FA"),
    ("4 days", "DURATION", "P4D"),
    ("the past six months", "DURATION", "P6M"),
    ("the past week", "DURATION", "P1W"),
    ("the first 48 hours", "DURATION", "PT48H"),
    ("every 8 hours", "SET", "PT8H"),
    ("2/16", "DATE", "2021-02-16"),
    ("the following afternoon", "TIME", "2021-02-17TAF"),
    ("daily", "SET", "P1D"),
    ("the subsequent 3 days", "DURATION", "P3D"),
    ("q8h", "SET", "PT8H"),
    ("every 3 hours", "SET", "PT3H"),
    ("nightly", "SET", "P1D"),
    ("q.6h.", "SET", "PT6H"),
    ("twice weekly", "SET", "P1W"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_palliative_summary_the_following_afternoon_and_the_subsequent_days() -> None:
    """ "until last fall" is the autumn before the admission; "the following afternoon"
    follows 2/16; "over the subsequent 3 days" lasts as "the next 3 days" does; "stage IV", "30
    pounds", "pain score was 3/10", "2-4 mg", "2 tabs" and "By discharge" are no times."""
    assert _mentions(PALLIATIVE) == PALLIATIVE_TABLE


# ---- a fall and a hip fracture: postoperative and hospital days, the ensuing 48 hours ----------

FALL = """\
Admission Date :
2013-01-05
Discharge Date :
2013-01-11
HISTORY OF PRESENT ILLNESS :
The patient is an 84 year old woman who lives alone and was found on the floor of her kitchen by
her neighbor on the morning of admission . She had been down for about 12 hours . She reports 3
falls in the past 6 months . Hip X-ray showed a displaced left femoral neck fracture . She had a
right total hip replacement in the 1990s .
HOSPITAL COURSE :
She underwent a left hemiarthroplasty on the day after admission . On postoperative day one she
was out of bed to chair with physical therapy . On the third hospital day she became acutely
confused , and delirium precautions were instituted . Hemoglobin fell to 7.9 on postoperative
day # 2 and she received 1 unit of packed red cells . Her confusion cleared over the ensuing 48
hours . She was weight bearing as tolerated with a walker by discharge .
DISCHARGE MEDICATIONS :
Enoxaparin 40 mg subcutaneously daily for a total of 28 days , Tylenol 650 mg p.o. every 6 hours
, oxycodone 2.5 mg p.o. q. 4h. p.r.n. , vitamin D 1000 units p.o. daily , alendronate 70 mg p.o.
weekly .
FOLLOW-UP :
Home physical therapy 2-3x/week . Orthopedics in 2 weeks for staple removal . Bone density scan
in 3 months .
"""
FALL_TABLE: list[Row] = [
    ("2013-01-05", "DATE", "2013-01-05"),
    ("2013-01-11", "DATE", "2013-01-11"),
    ("the morning of admission", "TIME", "2013-01-05TMO"),
    ("12 hours", "DURATION", "PT12H"),
    ("the past 6 months", "DURATION", "P6M"),
    ("the 1990s", "DATE", "199"),
    ("the day after admission", "DATE", "2013-01-06"),
    ("postoperative day one", "DATE", "2013-01-07"),
    ("the third hospital day", "DATE", "2013-01-07"),
    ("postoperative\nday # 2", "DATE", "2013-01-08"),
    ("the ensuing 48\nhours", "DURATION", "PT48H"),
    ("daily", "SET", "P1D"),
    ("28 days", "DURATION", "P28D"),
    ("every 6 hours", "SET", "PT6H"),
    ("q. 4h.", "SET", "PT4H"),
    ("daily", "SET", "P1D"),
    ("weekly", "SET", "P1W"),
    ("2-3x/week", "SET", "P1W"),
    ("2 weeks", "DURATION", "P2W"),
    ("3 months", "DURATION", "P3M"),
]


def test_geriatric_fall_summary_postoperative_and_hospital_days() -> None:
    """ "the day after admission" is the operation's day, from which "postoperative day
    one" and "postoperative day # 2" count; "On the third hospital day" is 01/07; "over the
    ensuing 48 hours" lasts as "the next 48 hours" does; "2-3x/week" is one set; "about 12
    hours" keeps its number only, as the earlier files do; "7.9" and "1 unit" are no times."""
    assert _mentions(FALL) == FALL_TABLE


# ---- a submandibular abscess: the evening before admission, the third day of admission ---------

ENT = """\
Admission Date: 04/02/2017
Discharge Date: 04/08/2017
Service: OTOLARYNGOLOGY

HISTORY OF PRESENT ILLNESS: 45 year old man with poorly controlled diabetes (HbA1c 9.4 in January)
had a left lower molar extracted one week ago and presented with neck swelling, trismus and
drooling since the evening before admission. CT neck showed a submandibular abscess extending to
the C2-C3 level.
HOSPITAL COURSE: He was taken to the OR the evening of admission for incision and drainage under
lidocaine with epinephrine 1:100,000 and was kept intubated in the SICU for 48 hours. He was
extubated on the third day of admission and started on a clear liquid diet the following
morning. The drain was removed on 04/06. Ampicillin-sulbactam 3 g IV every 6 hours was changed
to oral amoxicillin-clavulanate on the day before discharge.
DISCHARGE MEDICATIONS: Amoxicillin-clavulanate 875/125 mg PO b.i.d. x 10 days (last day 04/17),
chlorhexidine 0.12% mouth rinse twice daily, Norco 10/325 1-2 tabs PO q4-6h prn pain, insulin
glargine 20 units nightly.
FOLLOW-UP: ENT clinic in 1 week. Dental follow-up in 2-3 weeks.
"""
ENT_TABLE: list[Row] = [
    ("04/02/2017", "DATE", "2017-04-02"),
    ("04/08/2017", "DATE", "2017-04-08"),
    ("January", "DATE", "2017-01"),
    ("one week ago", "DATE", "2017-W12"),
    ("the evening before admission", "TIME", "2017-04-01TEV"),
    ("the evening of admission", "TIME", "2017-04-02TEV"),
    ("48 hours", "DURATION", "PT48H"),
    ("the third day of admission", "DATE", "2017-04-04"),
    ("the following\nmorning", "TIME", "2017-04-05TMO"),
    ("04/06", "DATE", "2017-04-06"),
    ("every 6 hours", "SET", "PT6H"),
    ("the day before discharge", "DATE", "2017-04-07"),
    ("b.i.d.", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("04/17", "DATE", "2017-04-17"),
    ("twice daily", "SET", "P1D"),
    ("q4-6h", "SET", "PT6H"),
    ("nightly", "SET", "P1D"),
    ("1 week", "DURATION", "P1W"),
    ("2-3 weeks", "DURATION", "P3W"),
]


def test_ent_summary_the_third_day_of_admission() -> None:
    """ "one week ago" is the week before the admission's; "the evening before admission"
    is 04/01's; "on the third day of admission" is hospital day 3, not the day of admission;
    "(last day 04/17)" labels the course's end, a day, with no "last day" (yesterday) before
    it; "q4-6h" is one set; "HbA1c 9.4", "C2-C3", "1:100,000", "875/125", "0.12%", "Norco
    10/325", "1-2 tabs" and "20 units" are no times."""
    assert _mentions(ENT) == ENT_TABLE


# ---- opioid withdrawal: buprenorphine induction, until follow-up -------------------------------

OPIOID = """\
Admission Date :
10/14/2020
Discharge Date :
10/18/2020
HISTORY OF PRESENT ILLNESS :
The patient is a 32 year old woman with opioid use disorder who has injected heroin and fentanyl
since age 22 , a bundle a day , last use yesterday morning . She has had 2 prior detox
admissions , most recently in 2018 . She presented with nausea , diarrhea , myalgias and
anxiety . COWS score 14 on arrival . Last menstrual period 10/02/2020 , urine hCG negative .
HOSPITAL COURSE :
Buprenorphine induction was started on the day of admission with 4 mg sublingual , and she was
stabilized on 16 mg daily by hospital day # 3 . Clonidine 0.1 mg p.o. q. 6h. p.r.n. was used for
the first 2 days . Hepatitis C antibody was positive , and she was counseled . She was given
naloxone and trained on its use the evening before discharge .
DISCHARGE MEDICATIONS :
Buprenorphine-naloxone 8/2 mg sublingual b.i.d. , dispensed for 7 days until follow-up , nicotine
patch 21 mg daily .
FOLLOW-UP :
Bridge clinic on 10/20/2020 . Hepatitis C treatment referral in 1 month .
"""
OPIOID_TABLE: list[Row] = [
    ("10/14/2020", "DATE", "2020-10-14"),
    ("10/18/2020", "DATE", "2020-10-18"),
    ("yesterday morning", "TIME", "2020-10-13TMO"),
    ("2018", "DATE", "2018"),
    ("10/02/2020", "DATE", "2020-10-02"),
    ("the day of admission", "DATE", "2020-10-14"),
    ("daily", "SET", "P1D"),
    ("hospital day # 3", "DATE", "2020-10-16"),
    ("q. 6h.", "SET", "PT6H"),
    ("the first 2 days", "DURATION", "P2D"),
    ("the evening before discharge", "TIME", "2020-10-17TEV"),
    ("b.i.d.", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("daily", "SET", "P1D"),
    ("10/20/2020", "DATE", "2020-10-20"),
    ("1 month", "DURATION", "P1M"),
]


def test_opioid_withdrawal_summary_a_rate_and_a_last_use() -> None:
    """ "a bundle a day" is a rate, no time; "last use yesterday morning" is the morning
    before the admission; "Last menstrual period 10/02/2020" is a day; "by hospital day # 3" is
    10/16; "the evening before discharge" is 10/17's; "since age 22", "COWS score 14", "8/2 mg"
    and "until follow-up" are no times."""
    assert _mentions(OPIOID) == OPIOID_TABLE


# ---- endocarditis: a total of six weeks through a date, will complete --------------------------

ENDO = """\
Admission Date: 06/11/2014
Discharge Date: 06/20/2014
Service: INFECTIOUS DISEASE

HISTORY OF PRESENT ILLNESS: 66 yo man with a bioprosthetic aortic valve placed in 2011 presented
with 2 weeks of fevers, night sweats and a 10 pound weight loss. He had a dental cleaning one
month ago without antibiotic prophylaxis. He was seen by his PCP four days prior to admission and
given azithromycin.
HOSPITAL COURSE: Three sets of blood cultures drawn on the day of admission grew viridans
streptococci. TEE on hospital day #2 showed a 1.2 cm vegetation on the bioprosthetic valve. He was
started on penicillin G 3 million units IV every 4 hours and gentamicin for the first 2 weeks.
Repeat cultures drawn on 06/13 were negative at 48 hours. A PICC was placed on the seventh
hospital day. He will complete a total of 6 weeks of IV penicillin, through 07/25, counted from
the first negative culture.
DISCHARGE MEDICATIONS: Penicillin G 18 million units IV daily by continuous infusion through
07/25, gentamicin 60 mg IV q8h through 06/27, metoprolol 25 mg PO b.i.d.
FOLLOW-UP: Weekly CBC, BMP and gentamicin trough. Cardiac surgery clinic in 2 weeks.
"""
ENDO_TABLE: list[Row] = [
    ("06/11/2014", "DATE", "2014-06-11"),
    ("06/20/2014", "DATE", "2014-06-20"),
    ("2011", "DATE", "2011"),
    ("2 weeks", "DURATION", "P2W"),
    ("one\nmonth ago", "DATE", "2014-05"),
    ("four days prior to admission", "DATE", "2014-06-07"),
    ("the day of admission", "DATE", "2014-06-11"),
    ("hospital day #2", "DATE", "2014-06-12"),
    ("every 4 hours", "SET", "PT4H"),
    ("the first 2 weeks", "DURATION", "P2W"),
    ("06/13", "DATE", "2014-06-13"),
    ("48 hours", "DURATION", "PT48H"),
    ("the seventh\nhospital day", "DATE", "2014-06-17"),
    ("6 weeks", "DURATION", "P6W"),
    ("07/25", "DATE", "2014-07-25"),
    ("daily", "SET", "P1D"),
    ("07/25", "DATE", "2014-07-25"),
    ("q8h", "SET", "PT8H"),
    ("06/27", "DATE", "2014-06-27"),
    ("b.i.d.", "SET", "P1D"),
    ("Weekly", "SET", "P1W"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_endocarditis_summary_a_plan_through_a_date_after_discharge() -> None:
    """ "He will complete a total of 6 weeks of IV penicillin, through 07/25, counted
    from the first negative culture" is the 07/25 to come; "one month ago" is May; "the seventh
    hospital day" is 06/17; "Weekly" opens a line as a set; "night sweats", "1.2 cm", "3 million
    units" and "10 pound" are no times."""
    assert _mentions(ENDO) == ENDO_TABLE


# ---- a scald burn: three days prior to admission, a pack a day, a total of 14 days -------------

BURN = """\
Admission Date :
January 22 , 2016
Discharge Date :
February 9 , 2016
Service :
BURN SURGERY
HISTORY OF PRESENT ILLNESS :
The patient is a 62 year old man who sustained 15 % TBSA partial and full thickness scald burns
to the legs when he spilled boiling water on himself three days prior to admission . He treated
the burns at home with butter and presented when he developed fevers . He has had psoriasis since
his 20s and has smoked a pack a day for 40 years .
HOSPITAL COURSE :
Wound cultures from the day of admission grew Pseudomonas . He was started on
piperacillin-tazobactam 4.5 g IV every 6 hours . He underwent tangential excision and split
thickness skin grafting on hospital day # 5 . The dressings were taken down on postoperative day
# 5 with 90 % graft take . Donor sites were treated with Xeroform and healed by discharge . He
received piperacillin-tazobactam for a total of 14 days .
DISCHARGE MEDICATIONS :
Bacitracin to grafts b.i.d. , Eucerin cream to healed areas t.i.d. , Norco 10/325 1 tab p.o. q.
6h. p.r.n. , nicotine patch 21 mg daily .
FOLLOW-UP :
Burn clinic in 1 week . Compression stockings 23 hours a day for 6 to 12 months .
"""
BURN_TABLE: list[Row] = [
    ("January 22 , 2016", "DATE", "2016-01-22"),
    ("February 9 , 2016", "DATE", "2016-02-09"),
    ("three days prior to admission", "DATE", "2016-01-19"),
    ("40 years", "DURATION", "P40Y"),
    ("the day of admission", "DATE", "2016-01-22"),
    ("every 6 hours", "SET", "PT6H"),
    ("hospital day # 5", "DATE", "2016-01-26"),
    ("postoperative day\n# 5", "DATE", "2016-01-31"),
    ("14 days", "DURATION", "P14D"),
    ("b.i.d.", "SET", "P1D"),
    ("t.i.d.", "SET", "P1D"),
    ("q.\n6h.", "SET", "PT6H"),
    ("daily", "SET", "P1D"),
    ("1 week", "DURATION", "P1W"),
    ("23 hours", "DURATION", "PT23H"),
    ("6 to 12 months", "DURATION", "P12M"),
]


def test_burn_summary_a_pack_a_day_and_a_total_course() -> None:
    """ "smoked a pack a day for 40 years" is a rate and a duration; "three days prior to
    admission" is 01/19; "postoperative day # 5" counts from "hospital day # 5" (01/26); "q.
    6h." broken over a line is one set; "15 % TBSA", "90 % graft take", "Norco 10/325" and
    "since his 20s" are no times."""
    assert _mentions(BURN) == BURN_TABLE


# ---- giant cell arteritis: two years ago, as a child, until follow-up --------------------------

GCA = """\
Admission Date: 08/19/2022
Discharge Date: 08/23/2022

HISTORY OF PRESENT ILLNESS: 74 year old woman with polymyalgia rheumatica diagnosed two years
ago, tapered off prednisone in March, presented with a new right temporal headache, jaw
claudication and transient vision loss in the right eye the evening before admission. ESR was 98
and CRP 11.2. She had a left knee replacement in 2009 and strabismus surgery as a child.
HOSPITAL COURSE: She received methylprednisolone 1 gram IV daily for 3 days, starting on the
evening of admission. Temporal artery biopsy on hospital day 2 showed granulomatous inflammation.
Ophthalmology exam the following day showed no ischemic optic neuropathy; visual acuity 20/25 OD.
CN II-XII intact. Strength 5/5. Tocilizumab 162 mg subcutaneously was given on 08/22.
DISCHARGE MEDICATIONS: Prednisone 60 mg PO daily until follow-up, then taper per rheumatology;
tocilizumab 162 mg subcutaneously weekly; alendronate 70 mg PO weekly; calcium carbonate 500 mg PO
t.i.d. with meals; pantoprazole 40 mg PO daily.
FOLLOW-UP: Rheumatology clinic in 2 weeks. Ophthalmology in 1 month.
"""
GCA_TABLE: list[Row] = [
    ("08/19/2022", "DATE", "2022-08-19"),
    ("08/23/2022", "DATE", "2022-08-23"),
    ("two years\nago", "DATE", "2020"),
    ("March", "DATE", "2022-03"),
    ("the evening before admission", "TIME", "2022-08-18TEV"),
    ("2009", "DATE", "2009"),
    ("daily", "SET", "P1D"),
    ("3 days", "DURATION", "P3D"),
    ("the\nevening of admission", "TIME", "2022-08-19TEV"),
    ("hospital day 2", "DATE", "2022-08-20"),
    ("the following day", "DATE", "2022-08-21"),
    ("08/22", "DATE", "2022-08-22"),
    ("daily", "SET", "P1D"),
    ("weekly", "SET", "P1W"),
    ("weekly", "SET", "P1W"),
    ("t.i.d.", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("2 weeks", "DURATION", "P2W"),
    ("1 month", "DURATION", "P1M"),
]


def test_giant_cell_arteritis_summary_evenings_before_and_of_admission() -> None:
    """ "two years ago" is 2020; "in March" is the March before the admission; "the
    evening before admission" and "the evening of admission" are parts of 08/18 and 08/19; "the
    following day" follows hospital day 2; "as a child", "ESR was 98", "CRP 11.2", "20/25",
    "CN II-XII", "Strength 5/5" and "until follow-up" are no times."""
    assert _mentions(GCA) == GCA_TABLE


# ---- look-alikes: doses, oxygen, levels, sequences, grades, stages, scores, ages ---------------

LOOKALIKES = [
    "Tylenol 650 mg PO , Norco 10/325 1-2 tabs , oxygen 2-3 L by nasal cannula .",
    "O2 sat 94% on room air , HbA1c 7.2 , BP 132/78 , T 98.6 .",
    "MRI showed T2 weighted hyperintensity at C5-C6 and L4-L5 .",
    "She is G3P2 with grade 2 diastolic dysfunction and stage IV melanoma .",
    "4/5 strength in the left leg , CN II-XII intact , Grade 2 varices .",
    "Lidocaine 1% with epinephrine 1:100,000 was infiltrated .",
    "ANA 1:640 , RF 45 IU/mL , anti-CCP > 250 , C3 45 , C4 8 .",
    "Vision 20/400 OD and 20/25 OS , IOP 32 and 14 , 2+ cell in the anterior chamber .",
    "CIWA 24 , COWS 14 , AUDIT-C 9 , PHQ-9 12 , Breslow 1.2 mm , Clark level IV .",
    "She smokes half a pack a day , he drinks a six-pack a day and a case of beer a week .",
    "She drinks 2 glasses of wine a night and a pint of vodka a day .",
    "Raynaud 's since childhood , asthma as a child , diagnosed at age 5 , heroin since age 22 .",
    "She was weaned to room air by discharge and stays on prednisone until follow-up .",
]


def test_doses_levels_scores_rates_and_ages_are_no_times() -> None:
    """Doses, oxygen, laboratory values and titers, spinal levels, MRI sequences, obstetric
    counts, grades, stages, strength, cranial nerves, visual acuity, withdrawal scores, a
    dilution, a social history's rates of drink and smoke ("half a pack a day", "a six-pack a
    day", "a case of beer a week", "2 glasses of wine a night"), ages ("at age 5", "since age
    22"), "since childhood", "as a child", "by discharge" and "until follow-up" are no times."""
    assert [(text, _mentions(text)) for text in LOOKALIKES] == [(t, []) for t in LOOKALIKES]


def test_a_stay_still_counted_in_days_and_a_drink_a_day_ago() -> None:
    """A rate's "a day" is no time, but "a day" before a look back or a stay is: "drank wine a
    day before admission" is the day before it, "stayed a day" a day's length."""
    text = (
        "Admission Date :\n2015-09-08\nHISTORY OF PRESENT ILLNESS :\n"
        "He stayed a day with his son and drank wine a day before admission .\n"
    )
    assert _mentions(text)[1:] == [
        ("a day", "DURATION", "P1D"),
        ("a day before admission", "DATE", "2015-09-07"),
    ]
