"""Clinical notes as the i2b2 2012 temporal-relations corpus distributes them: TOKENIZED
discharge summaries, a space before every mark ("Oct. 3 , 1993", "3/14/93 .", "Dr. Smith 's"),
each header label alone on its line with its date on the next ("Admission Date :\n2012-08-23"),
headings as "HISTORY OF PRESENT ILLNESS :", and the shorthand of the wards ("q 6 h p.r.n.",
"q. day", "x 3 days", "postoperative day # 1", "hospital day number two").

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): the admission date under its label dates the note, whether or not
the reader is given it; the history counts back from it and the course forward; a mention's
extent is its words without the spaced mark after them ("08/23", not "08/23 ."); postoperative
days count from the day of the operation, the date the note gave when it first counts them;
follow-ups "in 2-3 weeks" are durations. Lab lists, vital signs, exam grades and strengths are
no times. Weekdays and ISO weeks were checked with Python's datetime.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

CABG = """\
Admission Date :
2012-08-23
Discharge Date :
2012-08-31
Date of Birth :
1941-05-02
Service :
CARDIOTHORACIC SURGERY
HISTORY OF PRESENT ILLNESS :
This is a 71 year old male with a history of hypertension and hyperlipidemia who presented to
an outside hospital on 08/20 with chest pain for the past 2 weeks . A cardiac catheterization
on 08/21 showed three vessel disease . He was transferred to Dr. Smith 's service for surgical
evaluation .
PAST MEDICAL HISTORY :
Hypertension since 1998 , hyperlipidemia , appendectomy in 1965 .
HOSPITAL COURSE :
The patient was admitted on 08/23 and taken to the operating room on 08/24 , where he underwent
a CABG x 3 . He was extubated that evening . On postoperative day # 1 , his chest tubes
were removed . He was transferred to the floor on postoperative day # 2 . He had atrial
fibrillation on 08/27 and was started on amiodarone 400 mg p.o. b.i.d. He was discharged on
postoperative day # 7 in good condition .
LABORATORY DATA :
On discharge , Na 135 , K 4.2 , BUN 23 , creatinine 1.1 , hematocrit 28.4 .
BP 120/80 , HR 72 , 2+ pulses bilaterally .
DISCHARGE MEDICATIONS :
1. Lopressor 25 mg p.o. b.i.d.
2. Aspirin 325 mg p.o. q.d.
3. Percocet 1-2 tablets p.o. q 4-6 h p.r.n. pain .
4. Amiodarone 400 mg p.o. b.i.d. x 7 days , then 200 mg p.o. q.d.
FOLLOW UP :
He will follow up with Dr. Smith in 4 weeks and with his cardiologist in 1-2 weeks .
"""
CABG_TABLE: list[Row] = [
    ("2012-08-23", "DATE", "2012-08-23"),
    ("2012-08-31", "DATE", "2012-08-31"),
    ("1941-05-02", "DATE", "1941-05-02"),
    ("08/20", "DATE", "2012-08-20"),
    ("the past 2 weeks", "DURATION", "P2W"),
    ("08/21", "DATE", "2012-08-21"),
    ("1998", "DATE", "1998"),
    ("1965", "DATE", "1965"),
    ("08/23", "DATE", "2012-08-23"),
    ("08/24", "DATE", "2012-08-24"),
    ("that evening", "TIME", "2012-08-24TEV"),
    ("postoperative day # 1", "DATE", "2012-08-25"),
    ("postoperative day # 2", "DATE", "2012-08-26"),
    ("08/27", "DATE", "2012-08-27"),
    ("b.i.d.", "SET", "P1D"),
    ("postoperative day # 7", "DATE", "2012-08-31"),
    ("b.i.d.", "SET", "P1D"),
    ("q.d.", "SET", "P1D"),
    ("q 4-6 h", "SET", "PT6H"),
    ("b.i.d.", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("q.d.", "SET", "P1D"),
    ("4 weeks", "DURATION", "P4W"),
    ("1-2 weeks", "DURATION", "P2W"),
]


DKA = """\
Admission Date :
09/29/1993
Discharge Date :
10/04/1993
HISTORY OF PRESENT ILLNESS :
Mrs. Jones is a 64 year old woman with insulin dependent diabetes who was in her usual state
of health until 2 days prior to admission , when she noted fevers and chills . The day prior to
admission she had nausea and vomiting x 3 . On the morning of admission she was found lethargic
by her daughter and was brought to the Emergency Room at 8 a.m. , where her glucose was 512 .
She was last seen in clinic on Sept. 3 , 1993 , when her hemoglobin A1c was 9.2 .
HOSPITAL COURSE :
She was started on an insulin drip and admitted to the Intensive Care Unit . On hospital day
number two her anion gap closed and she was transferred to the floor . Blood cultures from
9/29/93 grew E. coli . She was treated with ceftriaxone 1 gram IV q.d. for 7 days , and was
changed to ciprofloxacin 500 mg p.o. b.i.d. on 10/02 . She remained afebrile for 48 hours prior
to discharge .
PHYSICAL EXAMINATION :
Temperature 101.2 , pulse 110 , blood pressure 100/60 . Motor 4/4 strength in all extremities .
DISCHARGE MEDICATIONS :
NPH insulin 20 units subcutaneously q.a.m. and 10 units q.p.m. , ciprofloxacin 500 mg p.o. b.i.d.
x 10 days .
DISPOSITION / PLAN ON DISCHARGE :
She will see Dr. Brown in 2-3 weeks and will have a repeat hemoglobin A1c in three months .
"""
DKA_TABLE: list[Row] = [
    ("09/29/1993", "DATE", "1993-09-29"),
    ("10/04/1993", "DATE", "1993-10-04"),
    ("2 days prior to admission", "DATE", "1993-09-27"),
    ("The day prior to\nadmission", "DATE", "1993-09-28"),
    ("the morning of admission", "TIME", "1993-09-29TMO"),
    ("8 a.m.", "TIME", "1993-09-29T08:00"),
    ("Sept. 3 , 1993", "DATE", "1993-09-03"),
    ("hospital day\nnumber two", "DATE", "1993-09-30"),
    ("9/29/93", "DATE", "1993-09-29"),
    ("q.d.", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("b.i.d.", "SET", "P1D"),
    ("10/02", "DATE", "1993-10-02"),
    ("48 hours", "DURATION", "PT48H"),
    ("q.a.m.", "SET", "P1D"),
    ("q.p.m.", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("2-3 weeks", "DURATION", "P3W"),
    ("three months", "DURATION", "P3M"),
]


CHF = """\
Admission Date :
03/14/2005
Discharge Date :
03/18/2005
HISTORY OF PRESENT ILLNESS :
The patient is an 82 year old man with a history of CHF who presents with one week of
increasing shortness of breath and a 10 pound weight gain . He was seen at his nursing home
on 3/11/05 , when his Lasix was increased . He was hospitalized in Oct. 2004 for a CHF
exacerbation . Over the past 3 days he has had orthopnea .
HOSPITAL COURSE :
He was diuresed with Lasix 80 mg IV b.i.d. with good effect . On 03/16 , he developed a
rise in his creatinine to 2.1 , and his Lasix was held for 24 hours . The following day he
was restarted on his home dose . An echocardiogram on 3/17 showed an ejection fraction of 20% .
He was discharged to rehab on the afternoon of 03/18 .
DISCHARGE MEDICATIONS :
Lasix 40 mg p.o. q. day , Digoxin 0.125 mg p.o. q.o.d. , Coumadin 5 mg p.o. q.h.s. ,
Colace 100 mg p.o. t.i.d. , Tylenol 650 mg p.o. q 6 h p.r.n.
FOLLOW UP :
Follow up with Dr. Patel in one month . Check INR in 3 days .
"""
CHF_TABLE: list[Row] = [
    ("03/14/2005", "DATE", "2005-03-14"),
    ("03/18/2005", "DATE", "2005-03-18"),
    ("one week", "DURATION", "P1W"),
    ("3/11/05", "DATE", "2005-03-11"),
    ("Oct. 2004", "DATE", "2004-10"),
    ("the past 3 days", "DURATION", "P3D"),
    ("b.i.d.", "SET", "P1D"),
    ("03/16", "DATE", "2005-03-16"),
    ("24 hours", "DURATION", "PT24H"),
    ("The following day", "DATE", "2005-03-17"),
    ("3/17", "DATE", "2005-03-17"),
    ("the afternoon of 03/18", "TIME", "2005-03-18TAF"),
    ("q. day", "SET", "P1D"),
    ("q.o.d.", "SET", "P2D"),
    ("q.h.s.", "SET", "P1D"),
    ("t.i.d.", "SET", "P1D"),
    ("q 6 h", "SET", "PT6H"),
    ("one month", "DURATION", "P1M"),
    ("3 days", "DURATION", "P3D"),
]


ABSCESS = """\
Admission Date :
2015-11-02
Discharge Date :
2015-11-05
HISTORY OF PRESENT ILLNESS :
Ms. Green is a 45 year old woman who underwent a laparoscopic cholecystectomy on 10/20/2015 .
She did well until 5 days ago , when she developed right upper quadrant pain . She presented
to the Emergency Department on the evening of admission at 10 : 30 p.m. with a temperature of
102 . A CT scan showed a fluid collection .
HOSPITAL COURSE :
She was taken to Interventional Radiology on hospital day 2 for drain placement . Cultures
grew Klebsiella . She was started on Zosyn 3.375 grams IV q 6 h . The drain output decreased
over the next 2 days and she was tolerating a regular diet by 11/04 .
DISCHARGE MEDICATIONS :
Augmentin 875 mg p.o. b.i.d. x 14 days .
Percocet 1 tab p.o. q 4 h p.r.n.
CONDITION ON DISCHARGE :
Stable .
FOLLOW UP :
She will return for a drain study in 1 week .
"""
ABSCESS_TABLE: list[Row] = [
    ("2015-11-02", "DATE", "2015-11-02"),
    ("2015-11-05", "DATE", "2015-11-05"),
    ("10/20/2015", "DATE", "2015-10-20"),
    ("5 days ago", "DATE", "2015-10-28"),
    ("the evening of admission", "TIME", "2015-11-02TEV"),
    ("10 : 30 p.m.", "TIME", "2015-11-02T22:30"),
    ("hospital day 2", "DATE", "2015-11-03"),
    ("q 6 h", "SET", "PT6H"),
    ("the next 2 days", "DURATION", "P2D"),
    ("11/04", "DATE", "2015-11-04"),
    ("b.i.d.", "SET", "P1D"),
    ("14 days", "DURATION", "P14D"),
    ("q 4 h", "SET", "PT4H"),
    ("1 week", "DURATION", "P1W"),
]


KNEE = """\
Admission Date :
2010-01-30
Discharge Date :
2010-02-02
HISTORY OF PRESENT ILLNESS :
The patient is a 58 year old gentleman status post a left total knee replacement on 01/05/2010
who presents with increasing left knee swelling and erythema for the past week . He was seen by
Dr. Lee 's physician assistant on 1/26 and started on Keflex . On the day of admission his
temperature was 101.5 .
HOSPITAL COURSE :
He was taken to the operating room on 01/31 for irrigation and debridement . Intraoperative
cultures grew MRSA . A PICC line was placed on postoperative day # 1 . He was discharged on
postoperative day # 2 on vancomycin .
DISCHARGE MEDICATIONS :
Vancomycin 1 gram IV q 12 h for 6 weeks , Oxycodone 5 mg p.o. q 4 h p.r.n. , Lovenox 40 mg
subcutaneously q.d. for 4 weeks .
FOLLOW UP :
He is to have weekly CBC , BUN and creatinine , and vancomycin trough levels . He will see
Dr. Lee in 2 weeks .
"""
KNEE_TABLE: list[Row] = [
    ("2010-01-30", "DATE", "2010-01-30"),
    ("2010-02-02", "DATE", "2010-02-02"),
    ("01/05/2010", "DATE", "2010-01-05"),
    ("the past week", "DURATION", "P1W"),
    ("1/26", "DATE", "2010-01-26"),
    ("the day of admission", "DATE", "2010-01-30"),
    ("01/31", "DATE", "2010-01-31"),
    ("postoperative day # 1", "DATE", "2010-02-01"),
    ("postoperative day # 2", "DATE", "2010-02-02"),
    ("q 12 h", "SET", "PT12H"),
    ("6 weeks", "DURATION", "P6W"),
    ("q 4 h", "SET", "PT4H"),
    ("q.d.", "SET", "P1D"),
    ("4 weeks", "DURATION", "P4W"),
    ("weekly", "SET", "P1W"),
    ("2 weeks", "DURATION", "P2W"),
]


CESAREAN = """\
Admission Date :
04/11/1998
Discharge Date :
04/15/1998
HISTORY OF PRESENT ILLNESS :
The patient is a 33 year old G2P1 who presented with contractions every 5 minutes
since 3 a.m. , and her membranes ruptured at 6 a.m. , on the day of admission . Her
prenatal course was notable for gestational diabetes diagnosed on 1/12/98 , managed with
diet .
HOSPITAL COURSE :
She was admitted to Labor and Delivery at 8 a.m. , and progressed to complete dilation by
2 p.m. . She underwent a primary cesarean section for arrest of descent at 4 : 15 p.m. on
04/11 . On postoperative day number 2 she developed a fever to 101 and was started on
ampicillin and gentamicin , which were continued for 48 hours after she became afebrile .
She was discharged home on postoperative day # 4 .
DISCHARGE MEDICATIONS :
Motrin 600 mg p.o. q 6 h p.r.n. , Percocet 1-2 tabs p.o. q 4 h p.r.n. , prenatal vitamins
one p.o. q.d.
FOLLOW UP :
She will see Dr. Miller in 2 weeks for an incision check and at 6 weeks postpartum .
"""
CESAREAN_TABLE: list[Row] = [
    ("04/11/1998", "DATE", "1998-04-11"),
    ("04/15/1998", "DATE", "1998-04-15"),
    ("every 5 minutes", "SET", "PT5M"),
    ("3 a.m.", "TIME", "1998-04-11T03:00"),
    ("6 a.m.", "TIME", "1998-04-11T06:00"),
    ("the day of admission", "DATE", "1998-04-11"),
    ("1/12/98", "DATE", "1998-01-12"),
    ("8 a.m.", "TIME", "1998-04-11T08:00"),
    ("2 p.m.", "TIME", "1998-04-11T14:00"),
    ("4 : 15 p.m.", "TIME", "1998-04-11T16:15"),
    ("04/11", "DATE", "1998-04-11"),
    ("postoperative day number 2", "DATE", "1998-04-13"),
    ("48 hours", "DURATION", "PT48H"),
    ("postoperative day # 4", "DATE", "1998-04-15"),
    ("q 6 h", "SET", "PT6H"),
    ("q 4 h", "SET", "PT4H"),
    ("q.d.", "SET", "P1D"),
    ("2 weeks", "DURATION", "P2W"),
    ("6 weeks", "DURATION", "P6W"),
]


PNEUMONIA = """\
Admission Date :
2008-06-02
Discharge Date :
2008-06-06
PRINCIPAL DIAGNOSIS :
Community acquired pneumonia .
HISTORY OF PRESENT ILLNESS :
Mr. White is a 77 year old man with COPD who was well until the week prior to admission , when
he developed a productive cough . Three days prior to admission he had fevers to 102 . He was
started on azithromycin by his primary care physician on 05/30/08 , without improvement . He
has had no hospitalizations since 2006 .
HOSPITAL COURSE :
He was treated with ceftriaxone and azithromycin . His oxygen requirement improved over the
first 48 hours . On hospital day 3 he was changed to oral levofloxacin . He was ambulating
without oxygen on the day of discharge .
LABORATORY DATA :
White count 14.2 , hematocrit 38 , platelets 310 , sodium 131 , potassium 3.9 , chloride 98 ,
bicarbonate 26 , BUN 23 , creatinine 1.1 . Arterial blood gas 7.38 / 48 / 62 .
DISCHARGE MEDICATIONS :
Levofloxacin 500 mg p.o. q.d. x 7 days , albuterol and Atrovent nebulizers q.i.d. ,
prednisone taper over two weeks .
FOLLOW UP :
With Dr. Chen in 1 week . Repeat chest x-ray in 6 weeks .
"""
PNEUMONIA_TABLE: list[Row] = [
    ("2008-06-02", "DATE", "2008-06-02"),
    ("2008-06-06", "DATE", "2008-06-06"),
    ("the week prior to admission", "DATE", "2008-W22"),
    ("Three days prior to admission", "DATE", "2008-05-30"),
    ("05/30/08", "DATE", "2008-05-30"),
    ("2006", "DATE", "2006"),
    ("the\nfirst 48 hours", "DURATION", "PT48H"),
    ("hospital day 3", "DATE", "2008-06-04"),
    ("the day of discharge", "DATE", "2008-06-06"),
    ("q.d.", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("q.i.d.", "SET", "P1D"),
    ("two weeks", "DURATION", "P2W"),
    ("1 week", "DURATION", "P1W"),
    ("6 weeks", "DURATION", "P6W"),
]


METASTASIS = """\
Admission Date :
11/28/2001
Discharge Date :
12/03/2001
HISTORY OF PRESENT ILLNESS :
This 56 year old woman with breast cancer , diagnosed in March , 1999 , and treated with
lumpectomy and radiation , presents with back pain for the past month . An MRI on 11/20/01
showed a T10 lesion . She received her last cycle of chemotherapy on Nov. 14 , 2001 .
HOSPITAL COURSE :
She was started on dexamethasone 4 mg IV q 6 h on admission . Radiation Oncology saw her on
hospital day # 2 and she began radiation therapy the following day , planned for 10
fractions over 2 weeks . Her pain was controlled with a morphine PCA , which was changed to
MS Contin 30 mg p.o. b.i.d. on 12/01 .
PHYSICAL EXAMINATION :
Strength 5/5 in the upper extremities , 4/5 in the lower extremities . Reflexes 2+ and
symmetric . Pulses 2+ .
DISCHARGE MEDICATIONS :
Decadron 4 mg p.o. q.i.d. , to be tapered over 1 week , MS Contin 30 mg p.o. b.i.d. ,
MSIR 15 mg p.o. q 4 h p.r.n.
FOLLOW UP :
She will complete radiation as an outpatient and see Dr. Kim in 2-3 weeks .
"""
METASTASIS_TABLE: list[Row] = [
    ("11/28/2001", "DATE", "2001-11-28"),
    ("12/03/2001", "DATE", "2001-12-03"),
    ("March , 1999", "DATE", "1999-03"),
    ("the past month", "DURATION", "P1M"),
    ("11/20/01", "DATE", "2001-11-20"),
    ("Nov. 14 , 2001", "DATE", "2001-11-14"),
    ("q 6 h", "SET", "PT6H"),
    ("hospital day # 2", "DATE", "2001-11-29"),
    ("the following day", "DATE", "2001-11-30"),
    ("2 weeks", "DURATION", "P2W"),
    ("b.i.d.", "SET", "P1D"),
    ("12/01", "DATE", "2001-12-01"),
    ("q.i.d.", "SET", "P1D"),
    ("1 week", "DURATION", "P1W"),
    ("b.i.d.", "SET", "P1D"),
    ("q 4 h", "SET", "PT4H"),
    ("2-3 weeks", "DURATION", "P3W"),
]


ASTHMA = """\
Admission Date :
2019-02-14
Discharge Date :
2019-02-16
HISTORY OF PRESENT ILLNESS :
Ms. Davis is a 29 year old woman with a history of asthma who presented with wheezing for
the past 2 days . She had an upper respiratory infection one week ago . On the morning of
admission she used her inhaler every hour without relief . She was intubated once in 2012 .
HOSPITAL COURSE :
In the Emergency Department she received three albuterol nebulizers and 125 mg of
Solu-Medrol . She was admitted to the floor and treated with nebulizers q 4 h and
prednisone 60 mg p.o. q.d. By the evening of 02/15 her peak flow had improved to 350 .
DISCHARGE MEDICATIONS :
Prednisone 60 mg p.o. q.d. for 5 days , Advair 250/50 one puff b.i.d. , albuterol 2 puffs
q 4 - 6 h p.r.n.
FOLLOW UP :
Follow up with her primary care physician in 1 week and with Pulmonary in one month .
"""
ASTHMA_TABLE: list[Row] = [
    ("2019-02-14", "DATE", "2019-02-14"),
    ("2019-02-16", "DATE", "2019-02-16"),
    ("the past 2 days", "DURATION", "P2D"),
    ("one week ago", "DATE", "2019-W06"),
    ("the morning of\nadmission", "TIME", "2019-02-14TMO"),
    ("every hour", "SET", "PT1H"),
    ("2012", "DATE", "2012"),
    ("q 4 h", "SET", "PT4H"),
    ("q.d.", "SET", "P1D"),
    ("the evening of 02/15", "TIME", "2019-02-15TEV"),
    ("q.d.", "SET", "P1D"),
    ("5 days", "DURATION", "P5D"),
    ("b.i.d.", "SET", "P1D"),
    ("q 4 - 6 h", "SET", "PT6H"),
    ("1 week", "DURATION", "P1W"),
    ("one month", "DURATION", "P1M"),
]


STENT = """\
Admission Date :
07/19/1996
Discharge Date :
07/22/1996
HISTORY OF PRESENT ILLNESS :
The patient is a 61 year old man who had an inferior myocardial infarction in 1994 . He did
well until the day prior to admission , when he had 2 hours of substernal chest pressure at
rest . He presented to the Emergency Room at 11 p.m. , where an EKG showed ST depressions .
HOSPITAL COURSE :
He was treated with heparin and nitroglycerin . Cardiac catheterization on 7/20/96 showed
a 90% right coronary artery lesion , which was stented . He was monitored on telemetry for
24 hours without events and was discharged on 7/22/96 .
DISCHARGE MEDICATIONS :
Aspirin 325 mg p.o. q.d. , Ticlid 250 mg p.o. b.i.d. x 1 month , Lopressor 50 mg p.o.
b.i.d. , nitroglycerin 0.4 mg sublingual q 5 minutes x 3 p.r.n. chest pain .
FOLLOW UP :
He will see Dr. Wilson in 2 weeks , with a CBC in 1 week , and an exercise test in 6 weeks .
"""
STENT_TABLE: list[Row] = [
    ("07/19/1996", "DATE", "1996-07-19"),
    ("07/22/1996", "DATE", "1996-07-22"),
    ("1994", "DATE", "1994"),
    ("the day prior to admission", "DATE", "1996-07-18"),
    ("2 hours", "DURATION", "PT2H"),
    ("11 p.m.", "TIME", "1996-07-18T23:00"),
    ("7/20/96", "DATE", "1996-07-20"),
    ("24 hours", "DURATION", "PT24H"),
    ("7/22/96", "DATE", "1996-07-22"),
    ("q.d.", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("1 month", "DURATION", "P1M"),
    ("b.i.d.", "SET", "P1D"),
    ("q 5 minutes", "SET", "PT5M"),
    ("2 weeks", "DURATION", "P2W"),
    ("1 week", "DURATION", "P1W"),
    ("6 weeks", "DURATION", "P6W"),
]


HIP = """\
Admission Date :
03/12/1993
Discharge Date :
03/17/1993
HISTORY OF PRESENT ILLNESS :
The patient is a 70 year old woman who fell at home on the morning of admission at about
8 a.m. , striking her left hip . She was seen in the Emergency Room of Dr. Smith 's hospital ,
where x-rays showed a left femoral neck fracture . She had been treated for a urinary tract
infection with Bactrim x 3 days , ending 3/9/93 .
HOSPITAL COURSE :
She underwent a left hip hemiarthroplasty on 3/13/93 . Postoperatively she was given Ancef
1 gram IV q 8 h for 24 hours and Coumadin for deep venous thrombosis prophylaxis . Physical
therapy began on postoperative day # 1 . On 3/15 , her INR was 2.4 . She was transferred to
rehabilitation on 3/17/93 .
LABORATORY DATA :
On admission , Na 135 , K 4.2 , BUN 23 , creatinine 1.1 , glucose 140 , hematocrit 33 .
Blood pressure 120/80 , pulse 88 . 2+ pulses distally , 4/4 strength in the right leg .
DISCHARGE MEDICATIONS :
Coumadin 5 mg p.o. q.h.s. for 6 weeks , Tylenol 650 mg p.o. q 4 h p.r.n. , Colace 100 mg
p.o. b.i.d. , Ancef for 7 days , then stop .
FOLLOW UP :
She will follow up with Dr. Smith in 2-3 weeks , and have her INR checked in 1 week .
"""
HIP_TABLE: list[Row] = [
    ("03/12/1993", "DATE", "1993-03-12"),
    ("03/17/1993", "DATE", "1993-03-17"),
    ("the morning of admission", "TIME", "1993-03-12TMO"),
    ("8 a.m.", "TIME", "1993-03-12T08:00"),
    ("3 days", "DURATION", "P3D"),
    ("3/9/93", "DATE", "1993-03-09"),
    ("3/13/93", "DATE", "1993-03-13"),
    ("q 8 h", "SET", "PT8H"),
    ("24 hours", "DURATION", "PT24H"),
    ("postoperative day # 1", "DATE", "1993-03-14"),
    ("3/15", "DATE", "1993-03-15"),
    ("3/17/93", "DATE", "1993-03-17"),
    ("q.h.s.", "SET", "P1D"),
    ("6 weeks", "DURATION", "P6W"),
    ("q 4 h", "SET", "PT4H"),
    ("b.i.d.", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("2-3 weeks", "DURATION", "P3W"),
    ("1 week", "DURATION", "P1W"),
]


# (name, text, table, admission date): each note is read with no document date (its header
# dates it) and with its admission date given.
NOTES = [
    ("cabg", CABG, CABG_TABLE, "2012-08-23"),
    ("dka", DKA, DKA_TABLE, "1993-09-29"),
    ("chf", CHF, CHF_TABLE, "2005-03-14"),
    ("abscess", ABSCESS, ABSCESS_TABLE, "2015-11-02"),
    ("knee", KNEE, KNEE_TABLE, "2010-01-30"),
    ("cesarean", CESAREAN, CESAREAN_TABLE, "1998-04-11"),
    ("pneumonia", PNEUMONIA, PNEUMONIA_TABLE, "2008-06-02"),
    ("metastasis", METASTASIS, METASTASIS_TABLE, "2001-11-28"),
    ("asthma", ASTHMA, ASTHMA_TABLE, "2019-02-14"),
    ("stent", STENT, STENT_TABLE, "1996-07-19"),
    ("hip", HIP, HIP_TABLE, "1993-03-12"),
]


@pytest.mark.parametrize("given", [False, True], ids=["header-dated", "dct-given"])
@pytest.mark.parametrize(
    ("text", "table", "admission"),
    [note[1:] for note in NOTES],
    ids=[note[0] for note in NOTES],
)
def test_tokenized_discharge_summary(
    text: str, table: list[Row], admission: str, given: bool
) -> None:
    """Every mention of a tokenized summary, read from its "Admission Date :" header or with
    its admission date given: spaced commas and stops do not cut "Sept. 3 , 1993" nor hide
    "that evening ."; "postoperative day # 7" counts from the operation, not from "08/27" named
    in between; "hospital day number two", "the week prior to admission" (2008-06-02 is a
    Monday: the week before is 2008-W22), "q. day" and "10 : 30 p.m." are read."""
    assert _mentions(text, dct=admission if given else None) == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seen in clinic on Monday , October 4 , 1993 .",
            [("Monday , October 4 , 1993", "DATE", "1993-10-04")],
        ),
        ("Diagnosed in October , 1993 .", [("October , 1993", "DATE", "1993-10")]),
        ("Last seen Oct. 3 , 1993 , by Dr. Jones .", [("Oct. 3 , 1993", "DATE", "1993-10-03")]),
        (
            "On September 14 , 2005 at 8 a.m. , she fell .",
            [("September 14 , 2005 at 8 a.m.", "TIME", "2005-09-14T08:00")],
        ),
        (
            "He arrived on 3/14 and was intubated that night .",
            [("3/14", "DATE", "1993-03-14"), ("that night", "TIME", "1993-03-14TNI")],
        ),
        (
            "Admitted at 0830 , 3/14/93 .",
            [("0830", "TIME", "1993-09-29T08:30"), ("3/14/93", "DATE", "1993-03-14")],
        ),
        (
            "Extubated on postoperative day number 3 ;",
            [("postoperative day number 3", "DATE", "1993-10-02")],
        ),
        ("Today 's potassium was 3.2 .", [("Today", "DATE", "1993-09-29")]),
    ],
)
def test_spaced_marks_of_tokenized_text(text: str, expected: list[Row]) -> None:
    """A comma, stop or semicolon set off by spaces reads as the mark of prose, and the extent
    keeps the spaces between the words it spans ("October , 1993")."""
    assert _mentions(text, dct="1993-09-29") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Na 135 , K 4.2 , BUN 23 , creatinine 1.1 , glucose 140 , hematocrit 33 .",
        "BP 120/80 , HR 72 , RR 16 , 2+ pulses bilaterally .",
        "Motor 4/4 strength , reflexes 2+ , 5/5 in the upper extremities .",
        "Arterial blood gas 7.38 / 48 / 62 on 2 liters .",
        "Sodium 131 , potassium 3.9 , chloride 98 , bicarbonate 26 .",
        "He had nausea and vomiting x 3 , and a CABG x 3 .",
        "Platelets 210 , 000 , INR 1.2 .",
    ],
)
def test_tokenized_lab_lists_are_no_times(text: str) -> None:
    """Spaced lab values, vital signs, grades and counts yield nothing, also now that a
    spaced comma reads as prose's ("135 , K", "210 , 000")."""
    assert _mentions(text, dct="1993-09-29") == []


def test_the_evening_of_surgery() -> None:
    """ "the evening of surgery" is that part of the day of the operation the note gave."""
    text = "He underwent a CABG on 08/24 . He was extubated the evening of surgery ."
    assert ("the evening of surgery", "TIME", "2012-08-24TEV") in _mentions(text, dct="2012-08-23")


def test_a_clock_time_on_the_day_of_admission_is_one_time() -> None:
    """ "3 a.m. on the day of admission" is one time of hospital day 1, as "0530 on the
    morning of admission" is."""
    rows = _mentions("Contractions since 3 a.m. on the day of admission .", dct="1998-04-11")
    assert rows == [("3 a.m. on the day of admission", "TIME", "1998-04-11T03:00")]
