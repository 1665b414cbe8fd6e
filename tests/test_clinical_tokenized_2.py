"""Tokenized discharge summaries, second round (i2b2 2012 style, see
tests/test_clinical_tokenized.py for the first): notes from neurology, GI, pediatrics,
obstetrics, psychiatry, oncology, the ICU, renal, trauma and transplant services.

Each passage was written for these tests. The conventions are those of the first round: the
admission date under its label dates the note, whether or not the reader is given it; a
mention's extent is its words without the spaced mark after them; follow-ups "in one week" and
courses "for 3 more days", "a 5 day course" are durations; dosing frequencies ("b.i.d.",
"q. week", "every other day", "twice weekly", "15 minute checks") are sets; "p.r.n." and "as
needed" are no sets of their own. A clock time before "on the day of admission" or "the
evening prior to admission" is one time of that day; "post-partum day three" counts from the
delivery as postoperative days count from the operation. Lab lists, vital signs, doses,
scores and counts are no times. Weekdays and ISO weeks were checked with Python's datetime.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

STROKE = """\
Admission Date :
10/02/1997
Discharge Date :
10/09/1997
Service :
NEUROLOGY
HISTORY OF PRESENT ILLNESS :
The patient is a 74 year old right handed woman with atrial fibrillation who was last seen well
at 10 p.m. the evening prior to admission . She awoke at 6:30 a.m. on the day of admission with
right sided weakness and aphasia . She had a transient episode of left arm numbness three years
ago that lasted for 20 minutes . She stopped her Coumadin two weeks prior to admission for a
dental procedure .
HOSPITAL COURSE :
A head CT on admission showed a left MCA infarct . She was started on heparin on hospital day
three . Her aphasia improved over the next several days . An MRI on 10/05 confirmed the infarct .
She was restarted on Coumadin 5 mg p.o. q.h.s. and her INR was therapeutic on the day of
discharge .
DISCHARGE MEDICATIONS :
Coumadin 5 mg p.o. q.h.s. , Lipitor 20 mg p.o. daily , Colace 100 mg p.o. b.i.d. p.r.n.
constipation .
FOLLOW UP :
She will have her INR checked twice a week until follow-up with Dr. Adams in one month .
"""
STROKE_TABLE: list[Row] = [
    ("10/02/1997", "DATE", "1997-10-02"),
    ("10/09/1997", "DATE", "1997-10-09"),
    ("10 p.m. the evening prior to admission", "TIME", "1997-10-01T22:00"),
    ("6:30 a.m. on the day of admission", "TIME", "1997-10-02T06:30"),
    ("three years\nago", "DATE", "1994"),
    ("20 minutes", "DURATION", "PT20M"),
    ("two weeks prior to admission", "DATE", "1997-09-18"),
    ("hospital day\nthree", "DATE", "1997-10-04"),
    ("the next several days", "DURATION", "PXD"),
    ("10/05", "DATE", "1997-10-05"),
    ("q.h.s.", "SET", "P1D"),
    ("the day of\ndischarge", "DATE", "1997-10-09"),
    ("q.h.s.", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("twice a week", "SET", "P1W"),
    ("one month", "DURATION", "P1M"),
]


GIBLEED = """\
Admission Date :
2004-01-17
Discharge Date :
2004-01-21
HISTORY OF PRESENT ILLNESS :
Mr. Rivera is a 59 year old man with alcoholic cirrhosis who presented with three episodes of
hematemesis . He had a variceal bleed in 1988 and was banded at that time . He has
been taking ibuprofen 800 mg three times a day for the past several months for back pain .
HOSPITAL COURSE :
He underwent an upper endoscopy at 2:00 a.m. on 01/17 , which showed a bleeding varix that was
banded . He received 4 units of packed red blood cells over the first 24 hours . He was
monitored in the ICU overnight , and his hematocrit remained stable for 48 hours . A repeat
endoscopy in one week is planned .
LABORATORY DATA :
Hematocrit 21.4 , platelets 88 , INR 1.8 , albumin 2.9 , total bilirubin 3.2 .
DISCHARGE MEDICATIONS :
Nadolol 20 mg p.o. daily , Protonix 40 mg p.o. b.i.d. x 8 weeks , Carafate 1 gram p.o.
q.i.d. , lactulose 30 ml p.o. t.i.d. , titrate to 3 bowel movements daily .
"""
GIBLEED_TABLE: list[Row] = [
    ("2004-01-17", "DATE", "2004-01-17"),
    ("2004-01-21", "DATE", "2004-01-21"),
    ("1988", "DATE", "1988"),
    ("three times a day", "SET", "P1D"),
    ("the past several months", "DURATION", "PXM"),
    ("2:00 a.m. on 01/17", "TIME", "2004-01-17T02:00"),
    ("the first 24 hours", "DURATION", "PT24H"),
    ("overnight", "TIME", "2004-01-17TNI"),
    ("48 hours", "DURATION", "PT48H"),
    ("one week", "DURATION", "P1W"),
    ("daily", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("8 weeks", "DURATION", "P8W"),
    ("q.i.d.", "SET", "P1D"),
    ("t.i.d.", "SET", "P1D"),
    ("daily", "SET", "P1D"),
]


PEDS = """\
Admission Date :
05/06/2002
Discharge Date :
05/08/2002
HISTORY OF PRESENT ILLNESS :
This is a 3 year old boy with a history of reactive airway disease who presented with
increasing work of breathing for one day . He had a fever to 102 the night before admission .
He was born at 36 weeks and was in the NICU for ten days . His last hospitalization was in
December 2001 .
HOSPITAL COURSE :
He was placed on albuterol nebulizers every 2 hours , which were weaned to every 4 hours by the
morning of 05/07 . He was given Orapred for a 5 day course .
DISCHARGE MEDICATIONS :
Albuterol 2.5 mg nebulized every 4 hours as needed , Orapred 15 mg p.o. daily for 3 more days .
FOLLOW UP :
Follow up with his pediatrician in two to three days .
"""
PEDS_TABLE: list[Row] = [
    ("05/06/2002", "DATE", "2002-05-06"),
    ("05/08/2002", "DATE", "2002-05-08"),
    ("one day", "DURATION", "P1D"),
    ("the night before admission", "TIME", "2002-05-05TNI"),
    ("36 weeks", "DURATION", "P36W"),
    ("ten days", "DURATION", "P10D"),
    ("December 2001", "DATE", "2001-12"),
    ("every 2 hours", "SET", "PT2H"),
    ("every 4 hours", "SET", "PT4H"),
    ("the\nmorning of 05/07", "TIME", "2002-05-07TMO"),
    ("5 day", "DURATION", "P5D"),
    ("every 4 hours", "SET", "PT4H"),
    ("daily", "SET", "P1D"),
    ("3 more days", "DURATION", "P3D"),
    ("two to three days", "DURATION", "P3D"),
]


OB = """\
Admission Date :
2011-07-25
Discharge Date :
2011-07-28
HISTORY OF PRESENT ILLNESS :
The patient is a 27 year old G3P2 at 38 weeks gestation who presented with spontaneous rupture
of membranes at 1:15 a.m. on the day of admission . Her pregnancy was complicated by
gestational hypertension diagnosed at 32 weeks . She had a normal spontaneous vaginal delivery
in 2008 .
HOSPITAL COURSE :
She was started on Pitocin at 7 a.m. and delivered a viable female infant at 3:42 p.m. . On
post-partum day one she had a temperature to 100.8 which resolved . Her blood pressures were
checked every 4 hours and remained below 140/90 . She was discharged on post-partum day three .
DISCHARGE MEDICATIONS :
Motrin 600 mg p.o. every 6 hours as needed , prenatal vitamins daily , Labetalol 100 mg p.o.
b.i.d. .
FOLLOW UP :
She will have a blood pressure check in one week and a postpartum visit in six weeks .
"""
OB_TABLE: list[Row] = [
    ("2011-07-25", "DATE", "2011-07-25"),
    ("2011-07-28", "DATE", "2011-07-28"),
    ("38 weeks", "DURATION", "P38W"),
    ("1:15 a.m. on the day of admission", "TIME", "2011-07-25T01:15"),
    ("32 weeks", "DURATION", "P32W"),
    ("2008", "DATE", "2008"),
    ("7 a.m.", "TIME", "2011-07-25T07:00"),
    ("3:42 p.m.", "TIME", "2011-07-25T15:42"),
    ("post-partum day one", "DATE", "2011-07-26"),
    ("every 4 hours", "SET", "PT4H"),
    ("post-partum day three", "DATE", "2011-07-28"),
    ("every 6 hours", "SET", "PT6H"),
    ("daily", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("one week", "DURATION", "P1W"),
    ("six weeks", "DURATION", "P6W"),
]


PSYCH = """\
Admission Date :
02/19/2009
Discharge Date :
03/03/2009
HISTORY OF PRESENT ILLNESS :
The patient is a 34 year old man with bipolar disorder who was brought in by police after
he had not slept for five days . He stopped taking his lithium approximately 2 months ago . He
had a prior psychiatric admission in 2005 for mania . He has been drinking a pint of vodka
daily for several weeks .
HOSPITAL COURSE :
He was placed on 15 minute checks and started on Zyprexa 10 mg p.o. q.h.s. . Lithium was
restarted at 300 mg p.o. b.i.d. on 02/21 and increased to 600 mg b.i.d. two days later . His
sleep normalized within 72 hours . By hospital day ten he was no longer grandiose .
DISCHARGE MEDICATIONS :
Lithium 600 mg p.o. b.i.d. , Zyprexa 10 mg p.o. q.h.s. , Ativan 1 mg p.o. q 6 h p.r.n.
agitation .
FOLLOW UP :
He will see his outpatient psychiatrist within one week and have lithium levels checked weekly
for the first month .
"""
PSYCH_TABLE: list[Row] = [
    ("02/19/2009", "DATE", "2009-02-19"),
    ("03/03/2009", "DATE", "2009-03-03"),
    ("five days", "DURATION", "P5D"),
    ("approximately 2 months ago", "DATE", "2008-12"),
    ("2005", "DATE", "2005"),
    ("daily", "SET", "P1D"),
    ("several weeks", "DURATION", "PXW"),
    ("15 minute", "SET", "PT15M"),
    ("q.h.s.", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("02/21", "DATE", "2009-02-21"),
    ("b.i.d.", "SET", "P1D"),
    ("two days later", "DATE", "2009-02-23"),
    ("72 hours", "DURATION", "PT72H"),
    ("hospital day ten", "DATE", "2009-02-28"),
    ("b.i.d.", "SET", "P1D"),
    ("q.h.s.", "SET", "P1D"),
    ("q 6 h", "SET", "PT6H"),
    ("one week", "DURATION", "P1W"),
    ("weekly", "SET", "P1W"),
    ("the first month", "DURATION", "P1M"),
]


ONC = """\
Admission Date :
08/14/2000
Discharge Date :
08/19/2000
HISTORY OF PRESENT ILLNESS :
Ms. Baker is a 52 year old woman with stage III ovarian cancer diagnosed in February 2000 ,
status post debulking surgery on 03/02/2000 , who is admitted for cycle 4 of carboplatin and
Taxol . She received her third cycle three weeks ago , complicated by neutropenic fever ten days
after chemotherapy .
HOSPITAL COURSE :
She received carboplatin and Taxol on 08/15 over 3 hours . She was given Neupogen 300 mcg
subcutaneously daily starting on day 3 of the cycle . Her counts were checked every other day .
DISCHARGE MEDICATIONS :
Zofran 8 mg p.o. q 8 h p.r.n. nausea , Decadron 4 mg p.o. b.i.d. for 2 days , Neupogen 300
mcg subcutaneously daily x 10 days .
FOLLOW UP :
She will return in 3 weeks for cycle 5 and have a CBC drawn twice weekly .
"""
ONC_TABLE: list[Row] = [
    ("08/14/2000", "DATE", "2000-08-14"),
    ("08/19/2000", "DATE", "2000-08-19"),
    ("February 2000", "DATE", "2000-02"),
    ("03/02/2000", "DATE", "2000-03-02"),
    ("three weeks ago", "DATE", "2000-W30"),
    ("ten days", "DURATION", "P10D"),
    ("08/15", "DATE", "2000-08-15"),
    ("3 hours", "DURATION", "PT3H"),
    ("daily", "SET", "P1D"),
    ("every other day", "SET", "P2D"),
    ("q 8 h", "SET", "PT8H"),
    ("b.i.d.", "SET", "P1D"),
    ("2 days", "DURATION", "P2D"),
    ("daily", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("3 weeks", "DURATION", "P3W"),
    ("twice weekly", "SET", "P1W"),
]


SEPSIS = """\
Admission Date :
12/30/2013
Discharge Date :
01/08/2014
HISTORY OF PRESENT ILLNESS :
The patient is an 80 year old man from a nursing home who presented with fever and hypotension .
He had been treated for a urinary tract infection with Bactrim for 7 days prior to admission .
HOSPITAL COURSE :
In the MICU he required norepinephrine for 36 hours . He was intubated on 12/31 and extubated on
01/02 . Blood cultures grew Pseudomonas , and he was treated with cefepime 2 grams IV q 12 h . He
was transferred to the floor on 01/04 . Vancomycin was dosed every other day by levels .
DISCHARGE MEDICATIONS :
Cefepime 2 grams IV q 12 h to complete a 14 day course , ending on 01/12 .
FOLLOW UP :
Weekly CBC and BMP while on antibiotics .
"""
SEPSIS_TABLE: list[Row] = [
    ("12/30/2013", "DATE", "2013-12-30"),
    ("01/08/2014", "DATE", "2014-01-08"),
    ("7 days", "DURATION", "P7D"),
    ("36 hours", "DURATION", "PT36H"),
    ("12/31", "DATE", "2013-12-31"),
    ("01/02", "DATE", "2014-01-02"),
    ("q 12 h", "SET", "PT12H"),
    ("01/04", "DATE", "2014-01-04"),
    ("every other day", "SET", "P2D"),
    ("q 12 h", "SET", "PT12H"),
    ("14 day", "DURATION", "P14D"),
    ("01/12", "DATE", "2014-01-12"),
    ("Weekly", "SET", "P1W"),
]


RENAL = """\
Admission Date :
06/11/1995
Discharge Date :
06/15/1995
HISTORY OF PRESENT ILLNESS :
This is a 66 year old diabetic man with end stage renal disease on hemodialysis three times a
week who missed his dialysis on 06/09 . He presented with shortness of breath and a potassium
of 7.1 . He has been on dialysis since 1992 .
HOSPITAL COURSE :
He was emergently dialyzed overnight , and his potassium was 4.8 the following morning . He
was dialyzed again on 06/12 and 06/14 . He was continued on Renagel with meals .
LABORATORY DATA :
Potassium 7.1 , BUN 98 , creatinine 11.2 , phosphorus 7.8 , calcium 8.1 .
DISCHARGE MEDICATIONS :
Renagel 800 mg p.o. t.i.d. with meals , Epogen 10,000 units subcutaneously q. week , Nephrocaps
one p.o. daily .
FOLLOW UP :
Resume his outpatient dialysis schedule on 06/16 .
"""
RENAL_TABLE: list[Row] = [
    ("06/11/1995", "DATE", "1995-06-11"),
    ("06/15/1995", "DATE", "1995-06-15"),
    ("three times a\nweek", "SET", "P1W"),
    ("06/09", "DATE", "1995-06-09"),
    ("1992", "DATE", "1992"),
    ("overnight", "TIME", "1995-06-11TNI"),
    ("the following morning", "TIME", "1995-06-12TMO"),
    ("06/12", "DATE", "1995-06-12"),
    ("06/14", "DATE", "1995-06-14"),
    ("t.i.d.", "SET", "P1D"),
    ("q. week", "SET", "P1W"),
    ("daily", "SET", "P1D"),
    ("06/16", "DATE", "1995-06-16"),
]


TRAUMA = """\
Admission Date :
09/23/2007
Discharge Date :
10/01/2007
HISTORY OF PRESENT ILLNESS :
The patient is a 23 year old man who was the restrained driver in a motor vehicle collision at
approximately 11:45 p.m. the evening prior to admission . He was brought to the Emergency
Department by ambulance .
HOSPITAL COURSE :
He was taken to the operating room on the day of admission for a splenectomy . On post-operative
day two he developed a fever . He was extubated on hospital day four . He remained in the SICU
for five days .
DISCHARGE MEDICATIONS :
Percocet 1 - 2 tabs p.o. q 4 h p.r.n. pain , Colace 100 mg p.o. b.i.d. , Pneumovax given
prior to discharge .
FOLLOW UP :
He will follow up in trauma clinic in two weeks . No contact sports for three months .
"""
TRAUMA_TABLE: list[Row] = [
    ("09/23/2007", "DATE", "2007-09-23"),
    ("10/01/2007", "DATE", "2007-10-01"),
    ("11:45 p.m. the evening prior to admission", "TIME", "2007-09-22T23:45"),
    ("the day of admission", "DATE", "2007-09-23"),
    ("post-operative\nday two", "DATE", "2007-09-25"),
    ("hospital day four", "DATE", "2007-09-26"),
    ("five days", "DURATION", "P5D"),
    ("q 4 h", "SET", "PT4H"),
    ("b.i.d.", "SET", "P1D"),
    ("two weeks", "DURATION", "P2W"),
    ("three months", "DURATION", "P3M"),
]


TRANSPLANT = """\
Admission Date :
04/03/2016
Discharge Date :
04/12/2016
HISTORY OF PRESENT ILLNESS :
The patient is a 45 year old woman with polycystic kidney disease who has been on peritoneal
dialysis for 4 years and was called in for a deceased donor renal transplant . She had a
kidney biopsy in 2014 .
HOSPITAL COURSE :
She underwent transplantation on 04/03 . On post-operative day one her creatinine fell to 3.4 .
Thymoglobulin was given daily for 5 doses . Her Foley catheter was removed on post-operative
day five .
DISCHARGE MEDICATIONS :
Prograf 4 mg p.o. q 12 h , CellCept 1000 mg p.o. b.i.d. , prednisone 20 mg p.o. daily ,
Bactrim SS one tab p.o. every other day , Valcyte 450 mg p.o. daily for three months .
FOLLOW UP :
She will have labs drawn twice weekly and see Dr. Young in clinic on 04/15 .
"""
TRANSPLANT_TABLE: list[Row] = [
    ("04/03/2016", "DATE", "2016-04-03"),
    ("04/12/2016", "DATE", "2016-04-12"),
    ("4 years", "DURATION", "P4Y"),
    ("2014", "DATE", "2014"),
    ("04/03", "DATE", "2016-04-03"),
    ("post-operative day one", "DATE", "2016-04-04"),
    ("daily", "SET", "P1D"),
    ("post-operative\nday five", "DATE", "2016-04-08"),
    ("q 12 h", "SET", "PT12H"),
    ("b.i.d.", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("every other day", "SET", "P2D"),
    ("daily", "SET", "P1D"),
    ("three months", "DURATION", "P3M"),
    ("twice weekly", "SET", "P1W"),
    ("04/15", "DATE", "2016-04-15"),
]


# (name, text, table, admission date): each note is read with no document date (its header
# dates it) and with its admission date given.
NOTES = [
    ("stroke", STROKE, STROKE_TABLE, "1997-10-02"),
    ("gibleed", GIBLEED, GIBLEED_TABLE, "2004-01-17"),
    ("peds", PEDS, PEDS_TABLE, "2002-05-06"),
    ("ob", OB, OB_TABLE, "2011-07-25"),
    ("psych", PSYCH, PSYCH_TABLE, "2009-02-19"),
    ("onc", ONC, ONC_TABLE, "2000-08-14"),
    ("sepsis", SEPSIS, SEPSIS_TABLE, "2013-12-30"),
    ("renal", RENAL, RENAL_TABLE, "1995-06-11"),
    ("trauma", TRAUMA, TRAUMA_TABLE, "2007-09-23"),
    ("transplant", TRANSPLANT, TRANSPLANT_TABLE, "2016-04-03"),
]


@pytest.mark.parametrize("given", [False, True], ids=["header-dated", "dct-given"])
@pytest.mark.parametrize(
    ("text", "table", "admission"),
    [note[1:] for note in NOTES],
    ids=[note[0] for note in NOTES],
)
def test_tokenized_discharge_summary_of_other_services(
    text: str, table: list[Row], admission: str, given: bool
) -> None:
    """Every mention of a tokenized summary, read from its "Admission Date :" header or with
    its admission date given: "6:30 a.m. on the day of admission" is one time of hospital day
    1; "post-partum day three" counts from the delivery on the day of admission; "q. week" and
    "15 minute checks" are sets; "for 7 days prior to admission" is how long, not when;
    "overnight" in the course is the night of the day the course is on."""
    assert _mentions(text, dct=admission if given else None) == table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was dialyzed at 2300 the day prior to admission .",
            [("2300 the day prior to admission", "TIME", "1995-06-10T23:00")],
        ),
        (
            "Epogen 10,000 units subcutaneously q. week , Nephrocaps daily .",
            [("q. week", "SET", "P1W"), ("daily", "SET", "P1D")],
        ),
        (
            "Placed on 15 minute checks for safety .",
            [("15 minute", "SET", "PT15M")],
        ),
        (
            "Delivered on 06/09 . Home on postpartum day 2 .",
            [("06/09", "DATE", "1995-06-09"), ("postpartum day 2", "DATE", "1995-06-11")],
        ),
    ],
)
def test_clinical_shorthand_of_other_services(text: str, expected: list[Row]) -> None:
    """A clock time joined to "the day prior to admission", "q. week" written with its dot,
    nurses' "15 minute checks" and postpartum days."""
    assert _mentions(text, dct="1995-06-11") == expected


@pytest.mark.parametrize(
    "text",
    [
        "She is a G3P2 at term , GCS 15 , EF 55 % , FiO2 40 % .",
        "Stage III ovarian cancer , cycle 4 of carboplatin , C5 - 6 disc herniation .",
        "Mini-mental status exam score 24/30 , PHQ-9 of 18 , MELD 22 .",
        "Lithium level 1.0 , TSH 2.3 , INR 2.5 , Dilantin level 12 .",
        "Epogen 10,000 units , Neupogen 300 mcg , Prograf 4 mg .",
        "Tmax 101.8 , BP 142/88 , HR 96 , RR 18 , O2 sat 94 % on 2 L .",
        "5 doses , 3 bowel movements , 2 units of blood , 4 cycles , 10 fractions .",
        "Tylenol as needed , Ativan p.r.n. agitation , Colace prn .",
    ],
)
def test_scores_doses_counts_and_as_needed_are_no_times(text: str) -> None:
    """Scores, stages, grades, levels, doses, vital signs and counts yield nothing; "as
    needed" and "p.r.n." name no frequency."""
    assert _mentions(text, dct="2000-08-14") == []


@pytest.mark.xfail(
    strict=True,
    reason="'overnight' is anchored to the admission date: chrono does not tell a history's "
    "night before presentation from the course's night of the day",
)
def test_overnight_in_the_history_is_the_night_before_admission() -> None:
    """ "presented with hematemesis overnight" in the history is the night before the
    admission, as "vomiting overnight" after "36 hrs prior to presentation" is."""
    text = (
        "Admission Date :\n2004-01-17\nHISTORY OF PRESENT ILLNESS :\n"
        "He presented with three episodes of hematemesis overnight ."
    )
    assert ("overnight", "TIME", "2004-01-16TNI") in _mentions(text)


def test_an_early_morning_time_after_a_late_evening_is_the_next_day() -> None:
    """After "11:45 p.m. the evening prior to admission", "12:30 a.m." is 30 minutes past
    midnight, on the day of admission."""
    text = (
        "Admission Date :\n09/23/2007\nHe crashed at approximately 11:45 p.m. the evening "
        "prior to admission . He was brought to the Emergency Department at 12:30 a.m. ."
    )
    assert ("12:30 a.m.", "TIME", "2007-09-23T00:30") in _mentions(text)


def test_a_weekday_schedule_is_a_set() -> None:
    """ "his Monday , Wednesday , Friday dialysis schedule" recurs on those weekdays."""
    rows = _mentions("Resume his Monday , Wednesday , Friday dialysis schedule .", dct="1995-06-11")
    assert rows == [
        ("Monday", "SET", "XXXX-WXX-1"),
        ("Wednesday", "SET", "XXXX-WXX-3"),
        ("Friday", "SET", "XXXX-WXX-5"),
    ]


def test_over_the_following_week_is_a_duration() -> None:
    """ "His sleep normalized over the following week" says how long, as "over the next
    several days" does."""
    text = "Lithium was increased on 02/21 . His sleep normalized over the following week ."
    assert ("the following week", "DURATION", "P1W") in _mentions(text, dct="2009-02-19")
