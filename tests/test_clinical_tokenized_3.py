"""Tokenized discharge summaries, third round (i2b2 2012 style, see
tests/test_clinical_tokenized.py and tests/test_clinical_tokenized_2.py): long hospital
courses told by problem ("1. Cardiovascular : ... 2. Pulmonary : ..."), histories told
backward from the admission, discharge medication lists and follow-ups.

Each passage was written for these tests, under the conventions of the first two rounds (the
admission date under its label dates the note, whether or not the reader is given it). A
numbered problem of the course restarts its own little timeline from the admission: "The
following day" after "2. Pulmonary : A chest x-ray on admission ..." is hospital day 2, not
the day after the last date the problem before reached; a problem that names its own date
("3. Renal : ... on 10/06") counts from that date. A weekday before a numeric date in
apposition ("on Friday , 09/11/09") names that date. Weekdays were checked with Python's
datetime.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

CHF = """\
Admission Date :
10/02/1993
Discharge Date :
10/12/1993
HISTORY OF PRESENT ILLNESS :
Mr. Kane is a 68 year old man with ischemic cardiomyopathy who noted increasing dyspnea on
exertion one week prior to admission . The night before admission he could not lie flat , and on
the day of admission he awoke at 4 a.m. short of breath . Two days later he was to see his
cardiologist .
HOSPITAL COURSE :
1. Cardiovascular : He was diuresed with intravenous Lasix on admission . On 10/04 his
Lasix was changed to oral dosing . The next day an echocardiogram showed an ejection fraction of
20 % . By the time of discharge he was 6 kilograms below his admission weight .
2. Pulmonary : A chest x-ray on admission showed bilateral effusions . The following day he was
weaned to 2 liters nasal cannula . On hospital day # 5 he was on room air .
3. Renal : His creatinine rose to 2.1 on 10/06 and returned to baseline within 48 hours .
DISCHARGE MEDICATIONS :
Lasix 40 mg p.o. q.d. , Coumadin 5 mg q.h.s. x 3 months , Keflex 500 mg q.i.d. for 10 days ,
Lisinopril 10 mg p.o. b.i.d.
FOLLOW UP :
He will follow up with Dr. Smith in 2 weeks and in the heart failure clinic on 10/15/93 at
2:30 p.m.
"""
CHF_TABLE: list[Row] = [
    ("10/02/1993", "DATE", "1993-10-02"),
    ("10/12/1993", "DATE", "1993-10-12"),
    ("one week prior to admission", "DATE", "1993-09-25"),
    ("The night before admission", "TIME", "1993-10-01TNI"),
    ("the day of admission", "DATE", "1993-10-02"),
    ("4 a.m.", "TIME", "1993-10-02T04:00"),
    ("Two days later", "DATE", "1993-10-04"),
    ("10/04", "DATE", "1993-10-04"),
    ("The next day", "DATE", "1993-10-05"),
    ("The following day", "DATE", "1993-10-03"),
    ("hospital day # 5", "DATE", "1993-10-06"),
    ("10/06", "DATE", "1993-10-06"),
    ("48 hours", "DURATION", "PT48H"),
    ("q.d.", "SET", "P1D"),
    ("q.h.s.", "SET", "P1D"),
    ("3 months", "DURATION", "P3M"),
    ("q.i.d.", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("b.i.d.", "SET", "P1D"),
    ("2 weeks", "DURATION", "P2W"),
    ("10/15/93", "DATE", "1993-10-15"),
    ("2:30 p.m.", "TIME", "1993-10-15T14:30"),
]


PNEUMONIA = """\
Admission Date :
2006-03-14
Discharge Date :
2006-03-20
HISTORY OF PRESENT ILLNESS :
This 81 year old woman developed a productive cough five days prior to admission . She was
seen by her primary care physician three days prior to admission and started on azithromycin .
The morning of admission she was found confused by her daughter .
HOSPITAL COURSE :
1. Infectious disease : Blood cultures drawn on admission grew Streptococcus pneumoniae on
hospital day 2 . She was changed to ceftriaxone , and she was afebrile after 72 hours .
She completed a 7 day course of antibiotics .
2. Neurologic : Her confusion cleared over 2 days . On 03/17 she was oriented times three .
3. FEN : She had hyponatremia to 128 on admission , which corrected with fluid restriction
by 03/16 .
DISCHARGE MEDICATIONS :
Levofloxacin 500 mg p.o. q. day for 3 more days , Aspirin 81 mg daily , Metoprolol 25 mg
p.o. b.i.d.
FOLLOW UP :
Follow up with Dr. Chen in one week .
"""
PNEUMONIA_TABLE: list[Row] = [
    ("2006-03-14", "DATE", "2006-03-14"),
    ("2006-03-20", "DATE", "2006-03-20"),
    ("five days prior to admission", "DATE", "2006-03-09"),
    ("three days prior to admission", "DATE", "2006-03-11"),
    ("The morning of admission", "TIME", "2006-03-14TMO"),
    ("hospital day 2", "DATE", "2006-03-15"),
    ("72 hours", "DURATION", "PT72H"),
    ("7 day", "DURATION", "P7D"),
    ("2 days", "DURATION", "P2D"),
    ("03/17", "DATE", "2006-03-17"),
    ("03/16", "DATE", "2006-03-16"),
    ("q. day", "SET", "P1D"),
    ("3 more days", "DURATION", "P3D"),
    ("daily", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("one week", "DURATION", "P1W"),
]


GIBLEED = """\
Admission Date :
01/22/2001
Discharge Date :
01/29/2001
HISTORY OF PRESENT ILLNESS :
The patient is a 72 year old man on Coumadin for atrial fibrillation who noted black stools
four days prior to admission . Two days later he became lightheaded on standing . He
presented to the Emergency Department on the day of admission with a hematocrit of 21 .
HOSPITAL COURSE BY PROBLEM :
1. Gastrointestinal bleeding : He was transfused 3 units of packed red cells on admission .
An EGD on 01/23 showed a duodenal ulcer with a visible vessel , which was injected . He
rebled on 01/25 and went for a repeat EGD the same day . His hematocrit was stable for the
last 72 hours of his stay .
2. Atrial fibrillation : His Coumadin was held on admission . The next day his rate was
controlled with Lopressor . Coumadin was restarted on hospital day # 6 .
3. Helicobacter pylori : His H. pylori serology was positive on 01/24 , and he was started
on triple therapy for two weeks .
DISCHARGE MEDICATIONS :
Prilosec 20 mg p.o. b.i.d. , Clarithromycin 500 mg p.o. b.i.d. x 12 days , Amoxicillin 1 gram
p.o. b.i.d. x 12 days , Lopressor 25 mg p.o. t.i.d. , Coumadin 2.5 mg p.o. q.h.s.
FOLLOW UP :
He will see Dr. Patel in the GI clinic on 02/05/01 at 10:00 a.m. and have a repeat EGD in
8 weeks .
"""
GIBLEED_TABLE: list[Row] = [
    ("01/22/2001", "DATE", "2001-01-22"),
    ("01/29/2001", "DATE", "2001-01-29"),
    ("four days prior to admission", "DATE", "2001-01-18"),
    ("Two days later", "DATE", "2001-01-20"),
    ("the day of admission", "DATE", "2001-01-22"),
    ("01/23", "DATE", "2001-01-23"),
    ("01/25", "DATE", "2001-01-25"),
    ("the same day", "DATE", "2001-01-25"),
    ("the\nlast 72 hours", "DURATION", "PT72H"),
    ("The next day", "DATE", "2001-01-23"),
    ("hospital day # 6", "DATE", "2001-01-27"),
    ("01/24", "DATE", "2001-01-24"),
    ("two weeks", "DURATION", "P2W"),
    ("b.i.d.", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("12 days", "DURATION", "P12D"),
    ("b.i.d.", "SET", "P1D"),
    ("12 days", "DURATION", "P12D"),
    ("t.i.d.", "SET", "P1D"),
    ("q.h.s.", "SET", "P1D"),
    ("02/05/01", "DATE", "2001-02-05"),
    ("10:00 a.m.", "TIME", "2001-02-05T10:00"),
    ("8 weeks", "DURATION", "P8W"),
]


COPD = """\
Admission Date :
2011-11-08
Discharge Date :
2011-11-15
HISTORY OF PRESENT ILLNESS :
This 63 year old woman with oxygen dependent COPD was in her usual state of health until
one week prior to admission , when she developed a cold . Her sputum turned green three days
prior to admission . The night before admission she used her nebulizer every 2 hours .
HOSPITAL COURSE :
1. Pulmonary : She was admitted to the ICU and placed on BiPAP . She was started on
Solu-Medrol 125 mg IV q. 6 hours and nebulizers q. 4 hours . On hospital day 3 she was
transferred to the floor . Her steroids were changed to prednisone on 11/12 , and she was
walking on 3 liters by the time of discharge .
2. Endocrine : Her blood sugars were elevated on steroids . She was started on insulin
sliding scale on admission , and on the following day NPH was added .
3. Infectious disease : She completed a five day course of azithromycin on 11/12 .
DISCHARGE MEDICATIONS :
Prednisone taper 40 mg q.d. for 3 days , then 30 mg q.d. for 3 days , then 20 mg q.d. for 3
days , then off ; Albuterol nebulizers q. 4 hours p.r.n. ; Spiriva one puff daily .
FOLLOW UP :
With Dr. Nguyen in 10 days , and pulmonary function tests in 6 weeks .
"""
COPD_TABLE: list[Row] = [
    ("2011-11-08", "DATE", "2011-11-08"),
    ("2011-11-15", "DATE", "2011-11-15"),
    ("one week prior to admission", "DATE", "2011-11-01"),
    ("three days\nprior to admission", "DATE", "2011-11-05"),
    ("The night before admission", "TIME", "2011-11-07TNI"),
    ("every 2 hours", "SET", "PT2H"),
    ("q. 6 hours", "SET", "PT6H"),
    ("q. 4 hours", "SET", "PT4H"),
    ("hospital day 3", "DATE", "2011-11-10"),
    ("11/12", "DATE", "2011-11-12"),
    ("the following day", "DATE", "2011-11-09"),
    ("five day", "DURATION", "P5D"),
    ("11/12", "DATE", "2011-11-12"),
    ("q.d.", "SET", "P1D"),
    ("3 days", "DURATION", "P3D"),
    ("q.d.", "SET", "P1D"),
    ("3 days", "DURATION", "P3D"),
    ("q.d.", "SET", "P1D"),
    ("3\ndays", "DURATION", "P3D"),
    ("q. 4 hours", "SET", "PT4H"),
    ("daily", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("6 weeks", "DURATION", "P6W"),
]


DKA = """\
Admission Date :
06/14/1996
Discharge Date :
06/18/1996
HISTORY OF PRESENT ILLNESS :
The patient is a 24 year old man with type 1 diabetes since age 9 who ran out of insulin two
days prior to admission . He began vomiting the evening before admission and came to the
emergency room early on the morning of admission .
HOSPITAL COURSE :
1. Endocrine : His anion gap closed within 12 hours on an insulin drip . On 06/15 he was
changed to subcutaneous insulin . The diabetes educator saw him twice before discharge .
2. Renal : His creatinine was 2.3 on admission . It was 1.1 two days later .
3. Social : He had lost his insurance in May . Social work arranged free insulin on the day of
discharge .
DISCHARGE MEDICATIONS :
NPH 20 units subcutaneously q.a.m. and 10 units q.p.m. , Regular insulin sliding scale
a.c. and h.s.
FOLLOW UP :
He will see Dr. Olsen in the diabetes clinic in one week and call every morning with his
blood sugars .
"""
DKA_TABLE: list[Row] = [
    ("06/14/1996", "DATE", "1996-06-14"),
    ("06/18/1996", "DATE", "1996-06-18"),
    ("two\ndays prior to admission", "DATE", "1996-06-12"),
    ("the evening before admission", "TIME", "1996-06-13TEV"),
    ("the morning of admission", "TIME", "1996-06-14TMO"),
    ("12 hours", "DURATION", "PT12H"),
    ("06/15", "DATE", "1996-06-15"),
    ("two days later", "DATE", "1996-06-16"),
    ("May", "DATE", "1996-05"),
    ("the day of\ndischarge", "DATE", "1996-06-18"),
    ("q.a.m.", "SET", "P1D"),
    ("q.p.m.", "SET", "P1D"),
    ("h.s.", "SET", "P1D"),
    ("one week", "DURATION", "P1W"),
    ("every morning", "SET", "XXXX-XX-XXTMO"),
]


CABG = """\
Admission Date :
04/11/2003
Discharge Date :
04/19/2003
HISTORY OF PRESENT ILLNESS :
Mr. Doyle is a 66 year old man who had exertional chest pressure for three months . He had a
positive stress test on 03/28/03 and a catheterization the week prior to admission showed
three vessel disease . He was admitted electively for surgery .
HOSPITAL COURSE :
He was taken to the operating room on the day of admission for a CABG x 4 .
CARDIOVASCULAR : He was extubated that evening . On postoperative day # 2 he went
into atrial fibrillation , and he converted with amiodarone 12 hours later .
PULMONARY : He had a left pleural effusion on postoperative day # 3 . It was tapped on 04/16 .
RENAL : His creatinine peaked at 1.9 on postoperative day # 1 and was 1.2 at discharge .
DISCHARGE MEDICATIONS :
Amiodarone 400 mg p.o. b.i.d. for one week , then 200 mg daily , Aspirin 325 mg q.d. ,
Percocet 1 - 2 tabs q. 4 - 6 hours p.r.n. pain .
FOLLOW UP :
Dr. Ahmed in 4 weeks ; his cardiologist in one to two weeks .
"""
CABG_TABLE: list[Row] = [
    ("04/11/2003", "DATE", "2003-04-11"),
    ("04/19/2003", "DATE", "2003-04-19"),
    ("three months", "DURATION", "P3M"),
    ("03/28/03", "DATE", "2003-03-28"),
    ("the week prior to admission", "DATE", "2003-W14"),
    ("the day of admission", "DATE", "2003-04-11"),
    ("that evening", "TIME", "2003-04-11TEV"),
    ("postoperative day # 2", "DATE", "2003-04-13"),
    ("12 hours later", "DATE", "2003-04-13"),
    ("postoperative day # 3", "DATE", "2003-04-14"),
    ("04/16", "DATE", "2003-04-16"),
    ("postoperative day # 1", "DATE", "2003-04-12"),
    ("b.i.d.", "SET", "P1D"),
    ("one week", "DURATION", "P1W"),
    ("daily", "SET", "P1D"),
    ("q.d.", "SET", "P1D"),
    ("q. 4 - 6 hours", "SET", "PT6H"),
    ("4 weeks", "DURATION", "P4W"),
    ("one to two weeks", "DURATION", "P2W"),
]


CELLULITIS = """\
Admission Date :
08/30/2009
Discharge Date :
09/03/2009
HISTORY OF PRESENT ILLNESS :
The patient is a 51 year old diabetic woman who cut her foot on a shell ten days ago . The
redness spread up her leg over the past 48 hours , and she had a fever of 102 the night prior
to admission .
HOSPITAL COURSE :
1) Cellulitis : She was started on vancomycin on admission . By hospital day # 3 the erythema
had receded . An MRI on 09/01 showed no osteomyelitis .
2) Diabetes : Her hemoglobin A1c was 10.2 . Her Lantus was increased the day after admission
and again on 09/02 .
DISCHARGE MEDICATIONS :
Bactrim DS one tablet p.o. b.i.d. x 14 days , Lantus 30 units subcutaneously q.h.s. , Metformin
1000 mg p.o. b.i.d. with meals .
FOLLOW UP :
Wound clinic on Friday , 09/11/09 , at 9:15 a.m. , and Dr. Ross in two weeks .
"""
CELLULITIS_TABLE: list[Row] = [
    ("08/30/2009", "DATE", "2009-08-30"),
    ("09/03/2009", "DATE", "2009-09-03"),
    ("ten days ago", "DATE", "2009-08-20"),
    ("the past 48 hours", "DURATION", "PT48H"),
    ("the night prior\nto admission", "TIME", "2009-08-29TNI"),
    ("hospital day # 3", "DATE", "2009-09-01"),
    ("09/01", "DATE", "2009-09-01"),
    ("the day after admission", "DATE", "2009-08-31"),
    ("09/02", "DATE", "2009-09-02"),
    ("b.i.d.", "SET", "P1D"),
    ("14 days", "DURATION", "P14D"),
    ("q.h.s.", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("Friday , 09/11/09", "DATE", "2009-09-11"),
    ("9:15 a.m.", "TIME", "2009-09-11T09:15"),
    ("two weeks", "DURATION", "P2W"),
]


NEUTROPENIA = """\
Admission Date :
12/03/2014
Discharge Date :
12/10/2014
HISTORY OF PRESENT ILLNESS :
This 45 year old woman with breast cancer received her third cycle of Adriamycin and Cytoxan
ten days prior to admission . She felt well until the afternoon before admission , when she
developed rigors . Her temperature was 103.1 at home at 11 p.m. .
HOSPITAL COURSE :
1. Heme / Onc : Her absolute neutrophil count was 100 on admission . She was started on
Neupogen on 12/04 , and her counts recovered four days later .
2. Infectious disease : She was started on cefepime on admission . The next morning her
blood cultures grew gram negative rods . She defervesced on hospital day # 3 and remained
afebrile for 96 hours before discharge .
3. Nutrition : Her oral intake was poor for the first several days , and it improved by
12/08 .
DISCHARGE MEDICATIONS :
Ciprofloxacin 500 mg p.o. b.i.d. to complete a 14 day course , Compazine 10 mg p.o. q. 6
hours p.r.n. nausea , Ativan 0.5 mg q.h.s.
FOLLOW UP :
She will see Dr. Weiss in the oncology clinic on Tuesday , 12/16/14 , and her fourth
cycle is planned for 12/24/14 .
"""
NEUTROPENIA_TABLE: list[Row] = [
    ("12/03/2014", "DATE", "2014-12-03"),
    ("12/10/2014", "DATE", "2014-12-10"),
    ("ten days prior to admission", "DATE", "2014-11-23"),
    ("the afternoon before admission", "TIME", "2014-12-02TAF"),
    ("11 p.m.", "TIME", "2014-12-02T23:00"),
    ("12/04", "DATE", "2014-12-04"),
    ("four days later", "DATE", "2014-12-08"),
    ("The next morning", "TIME", "2014-12-04TMO"),
    ("hospital day # 3", "DATE", "2014-12-05"),
    ("96 hours", "DURATION", "PT96H"),
    ("the first several days", "DURATION", "PXD"),
    ("12/08", "DATE", "2014-12-08"),
    ("b.i.d.", "SET", "P1D"),
    ("14 day", "DURATION", "P14D"),
    ("q. 6\nhours", "SET", "PT6H"),
    ("q.h.s.", "SET", "P1D"),
    ("Tuesday , 12/16/14", "DATE", "2014-12-16"),
    ("12/24/14", "DATE", "2014-12-24"),
]

NOTES = [
    ("chf", CHF, "1993-10-02", CHF_TABLE),
    ("pneumonia", PNEUMONIA, "2006-03-14", PNEUMONIA_TABLE),
    ("gi-bleed", GIBLEED, "2001-01-22", GIBLEED_TABLE),
    ("copd", COPD, "2011-11-08", COPD_TABLE),
    ("dka", DKA, "1996-06-14", DKA_TABLE),
    ("cabg", CABG, "2003-04-11", CABG_TABLE),
    ("cellulitis", CELLULITIS, "2009-08-30", CELLULITIS_TABLE),
    ("neutropenia", NEUTROPENIA, "2014-12-03", NEUTROPENIA_TABLE),
]


@pytest.mark.parametrize("given", [False, True], ids=["header-dated", "dct-given"])
@pytest.mark.parametrize(
    ("text", "admission", "table"),
    [note[1:] for note in NOTES],
    ids=[note[0] for note in NOTES],
)
def test_discharge_summary_told_by_problem(
    text: str, admission: str, table: list[Row], given: bool
) -> None:
    """Every mention of a note whose course is told by problem: "The following day" in
    "2. Pulmonary" of the heart failure note is 10/03, the day after the admission, not the
    day after "The next day" (10/05) of "1. Cardiovascular"; "two days later" in "2. Renal"
    of the DKA note is 06/16, not two days after 06/15; "The next morning" of the neutropenia
    note's second problem is 12/04."""
    assert _mentions(text, dct=admission if given else None) == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Admission Date :\n10/02/1993\nHOSPITAL COURSE :\n1. Cardiovascular : On 10/05 he "
            "was diuresed .\n2. Renal : On 10/06 his creatinine rose . The next day it fell .",
            [
                ("10/02/1993", "DATE", "1993-10-02"),
                ("10/05", "DATE", "1993-10-05"),
                ("10/06", "DATE", "1993-10-06"),
                ("The next day", "DATE", "1993-10-07"),
            ],
        ),
        (
            "Admission Date :\n10/02/1993\nHOSPITAL COURSE :\n1) CV : Stable until 10/06 .\n"
            "2) ID / Renal : Vancomycin was started on admission and stopped two days later .",
            [
                ("10/02/1993", "DATE", "1993-10-02"),
                ("10/06", "DATE", "1993-10-06"),
                ("two days later", "DATE", "1993-10-04"),
            ],
        ),
    ],
    ids=["names-its-date", "restarts-from-admission"],
)
def test_a_problem_restarts_from_the_admission_or_its_own_date(
    text: str, expected: list[Row]
) -> None:
    """A numbered problem's "The next day" counts from the date that problem names, and
    without one from the admission, not from the previous problem's last date."""
    assert _mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1. Cardiovascular : Lasix 40 mg , K-Dur 20 mEq , Lopressor 25 mg .",
        "2. Heme / Onc : ANC 100 , hematocrit 28.4 , platelets 45,000 .",
        "3. FEN : sodium 128 , potassium 3.1 , creatinine 2.1 , glucose 412 .",
        "1. Lasix 40 mg p.o.\n2. Coumadin 5 mg p.o. p.r.n.\n3. Keflex 500 mg p.o. for cellulitis .",
    ],
)
def test_problem_headings_and_their_values_are_no_times(text: str) -> None:
    """A numbered problem heading, the doses and the values under it yield nothing."""
    assert _mentions(text, dct="1993-10-02") == []


def test_a_follow_up_weekday_is_after_the_discharge() -> None:
    """ "see Dr. Weiss next Tuesday" in the follow-up of a note discharged on Wednesday
    12/10/2014 is Tuesday 12/16, not 12/09, before the discharge."""
    text = (
        "Admission Date :\n12/03/2014\nDischarge Date :\n12/10/2014\nFOLLOW UP :\n"
        "She will see Dr. Weiss in the oncology clinic next Tuesday .\n"
    )
    assert ("next Tuesday", "DATE", "2014-12-16") in _mentions(text)
