"""Clinical notes in the style of the i2b2 2012 temporal-relations challenge: discharge
summaries and progress notes.

Each passage was written for these tests. Conventions (TimeML as i2b2 adapted it): the admission
date heading a discharge summary is the document date, and "prior to admission" counts from it;
dosing frequencies are sets ("b.i.d.", "q4h", "twice a day"); "for 3 days", "x 3 days" are
durations (the "x" and "for" stay outside the extent); ages ("67 yo", "72-year-old") are not
tagged, as i2b2 leaves them; "on admission" and "at discharge" are events, not times. Lab values,
vital signs, scores, fractions, doses and spine levels must yield nothing.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

from chrono import extract_document

# ---- heart failure: vitals and labs among the dates ------------------------------------------

HEART_FAILURE = """\
Admission Date: 11/02/2015
Discharge Date: 11/07/2015

HISTORY OF PRESENT ILLNESS: This is a 72-year-old man with CHF (EF 25%) and CAD s/p CABG in 2005
who presents with worsening dyspnea for the past 2 weeks and orthopnea x 3 days. He reports a
10 lb weight gain over the last month. He was last admitted in 02/2015 for a CHF exacerbation.
On admission, BP 150/92, HR 104, RR 22, O2 sat 91% on RA, T 98.6. JVP to 12 cm, 2+ edema to the
knees, 2/6 systolic murmur at the apex. Labs: K 4.1, Cr 1.6, BNP 1250, INR 2.3, Hct 30.1.
HOSPITAL COURSE: He was diuresed with IV Lasix 80 mg b.i.d. with good response. On hospital
day 3 he was transitioned to oral torsemide. His creatinine peaked at 1.9 on 11/04 and
improved to 1.4 at discharge. He was net negative 6 L over 5 days.
DISCHARGE MEDICATIONS: torsemide 40 mg PO daily, metoprolol succinate 50 mg daily, lisinopril
5 mg qHS, aspirin 81 mg q.d.
FOLLOW-UP: Dr. Smith in 1-2 weeks. Daily weights.
"""
HEART_FAILURE_TABLE: list[Row] = [
    ("11/02/2015", "DATE", "2015-11-02"),
    ("11/07/2015", "DATE", "2015-11-07"),
    ("2005", "DATE", "2005"),
    ("the past 2 weeks", "DURATION", "P2W"),
    ("3 days", "DURATION", "P3D"),
    ("the last month", "DURATION", "P1M"),
    ("02/2015", "DATE", "2015-02"),
    ("b.i.d.", "SET", "P1D"),
    ("hospital\nday 3", "DATE", "2015-11-04"),
    ("11/04", "DATE", "2015-11-04"),
    ("5 days", "DURATION", "P5D"),
    ("daily", "SET", "P1D"),
    ("daily", "SET", "P1D"),
    ("qHS", "SET", "P1D"),
    ("q.d.", "SET", "P1D"),
    ("1-2 weeks", "DURATION", "P2W"),
    ("Daily", "SET", "P1D"),
]


def test_heart_failure_summary_dates_month_years_and_ranges_but_no_lab_values() -> None:
    """ "in 02/2015" is a month; "in 1-2 weeks" a duration of its upper bound; "qHS" a set;
    "BNP 1250" a result, not the year 1250; blood pressures and murmurs are no dates."""
    assert _mentions(HEART_FAILURE) == HEART_FAILURE_TABLE


# ---- appendectomy: postoperative days, pain scores ------------------------------------------

APPENDECTOMY = """\
Admission Date: 06/14/2012
Discharge Date: 06/19/2012

HISTORY OF PRESENT ILLNESS: 45 yo F G2P1 with RLQ pain that began 36 hrs prior to
presentation. She had nausea and vomiting overnight. WBC 12.3, T 101.2.
HOSPITAL COURSE: She was taken to the OR on 06/14/2012 for laparoscopic appendectomy. On
postoperative day #1 she tolerated clears. POD 2 she was advanced to a regular diet. Her pain
was 3/10 on POD 3, down from 10/10 on admission. She was discharged on POD 5.
DISCHARGE INSTRUCTIONS: Take Percocet 1/2 tab q.6h. p.r.n. pain. Complete a 7 day course of
Augmentin twice a day. No heavy lifting for 6 weeks. Follow up in clinic in 2 weeks.
"""
APPENDECTOMY_TABLE: list[Row] = [
    ("06/14/2012", "DATE", "2012-06-14"),
    ("06/19/2012", "DATE", "2012-06-19"),
    ("36 hrs prior to\npresentation", "DATE", "2012-06-13"),
    ("overnight", "TIME", "2012-06-13TNI"),  # the night before she presented
    ("06/14/2012", "DATE", "2012-06-14"),
    ("postoperative day #1", "DATE", "2012-06-15"),
    ("POD 2", "DATE", "2012-06-16"),
    ("POD 3", "DATE", "2012-06-17"),
    ("POD 5", "DATE", "2012-06-19"),
    ("q.6h.", "SET", "PT6H"),
    ("7 day", "DURATION", "P7D"),
    ("twice a day", "SET", "P1D"),
    ("6 weeks", "DURATION", "P6W"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_appendectomy_summary_counts_hours_before_presentation_and_days_after_surgery() -> None:
    """36 hours before presentation is the day before; postoperative days count from the
    operation; "10/10" after "pain" is a score, not October 10 (nor the anchor of "POD 5");
    "q.6h." keeps its dots; "twice a day" is a set."""
    assert _mentions(APPENDECTOMY) == APPENDECTOMY_TABLE


# ---- pneumonia: a course of antibiotics and its dosing ----------------------------------------

PNEUMONIA = """\
Admission Date: 01/20/2016
Discharge Date: 01/26/2016

HPI: 81 yo woman from a nursing home with cough and fever for 4 days prior to admission. She
was treated with azithromycin 5 days before admission without improvement. CXR showed a RLL
infiltrate.
HOSPITAL COURSE: She was started on ceftriaxone and azithromycin on admission. On day 3 of
antibiotics she defervesced. She was transitioned to oral levofloxacin on 01/24 to complete a
10 day course. She remained afebrile for 48 hours prior to discharge.
MEDICATIONS ON DISCHARGE: levofloxacin 750 mg PO every 48 hours x 3 more doses, albuterol
nebs every 4-6 hours as needed, alendronate 70 mg once weekly, calcium 500 mg three times a
day.
"""
PNEUMONIA_TABLE: list[Row] = [
    ("01/20/2016", "DATE", "2016-01-20"),
    ("01/26/2016", "DATE", "2016-01-26"),
    ("4 days", "DURATION", "P4D"),
    ("5 days before admission", "DATE", "2016-01-15"),
    ("day 3 of\nantibiotics", "DATE", "2016-01-22"),
    ("01/24", "DATE", "2016-01-24"),
    ("10 day", "DURATION", "P10D"),
    ("48 hours", "DURATION", "PT48H"),
    ("every 48 hours", "SET", "PT48H"),
    ("every 4-6 hours", "SET", "PT6H"),
    ("once weekly", "SET", "P1W"),
    ("three times a\nday", "SET", "P1D"),
]


def test_pneumonia_summary_courses_and_counted_frequencies() -> None:
    """ "a 10 day course" lasts ten days; "once weekly" and "three times a day" are sets of
    their period; "x 3 more doses" counts doses, not times; "day 3 of antibiotics" begun on
    admission is hospital day 3."""
    assert _mentions(PNEUMONIA) == PNEUMONIA_TABLE


# ---- an ICU progress note: the note's date heads it -----------------------------------------

ICU_NOTE = """\
ICU PROGRESS NOTE  03/08/2018

Events overnight: Pt became hypotensive to 80/40 at 0300 and was started on norepinephrine.
Lactate 4.2 this morning, down from 6.1 yesterday. UOP 30 cc/hr over the past 24h.
Vitals: T 38.9, HR 118, BP 96/58 on 0.08 mcg/kg/min, RR 28, SpO2 94% on 4 L NC. GCS 10.
Vent: AC 450 x 16, PEEP 8, FiO2 50%.
A/P: Septic shock, day 2 of vasopressors. Continue vancomycin q12h and cefepime q8h. Will
repeat lactate in 6 hours and check cortisol tomorrow morning. Family meeting later today.
"""
ICU_NOTE_TABLE: list[Row] = [
    ("03/08/2018", "DATE", "2018-03-08"),
    ("overnight", "TIME", "2018-03-08TNI"),
    ("0300", "TIME", "2018-03-08T03:00"),
    ("this morning", "TIME", "2018-03-08TMO"),
    ("yesterday", "DATE", "2018-03-07"),
    ("the past 24h", "DURATION", "PT24H"),
    ("q12h", "SET", "PT12H"),
    ("q8h", "SET", "PT8H"),
    ("6 hours", "DURATION", "PT6H"),
    ("tomorrow morning", "TIME", "2018-03-09TMO"),
    ("later today", "DATE", "2018-03-08"),
]


def test_progress_note_is_dated_by_its_heading_and_counts_deictic_times_from_it() -> None:
    """ "ICU PROGRESS NOTE 03/08/2018" dates the note, so "this morning", "yesterday" and
    "tomorrow morning" are placed; "the past 24h" is a day; ventilator settings, drip rates
    and oxygen flows are no times."""
    assert _mentions(ICU_NOTE) == ICU_NOTE_TABLE


# ---- spine surgery: levels, strengths and short dates ---------------------------------------

SPINE = """\
Admission Date: 09/03/2013
Discharge Date: 09/10/2013

HISTORY OF PRESENT ILLNESS: 58-year-old female with a history of neck pain since 2009 and
a C5-6 ACDF in 02/2010 who presents with 3 wks of progressive arm weakness. She fell on 8/28.
Exam: 4/5 strength in the left deltoid, 5/5 elsewhere, reflexes 2+. MRI showed stenosis at C4-5.
HOSPITAL COURSE: She underwent C4-5 decompression on 9/5. Postoperatively she did well. Her
drain was removed on POD 2 and she worked with PT twice daily. She was discharged on 9/10/13.
PLAN: Soft collar for 4-6 weeks. Return in 6 months with repeat imaging. Oxycodone 5 mg q4h
prn.
"""
SPINE_TABLE: list[Row] = [
    ("09/03/2013", "DATE", "2013-09-03"),
    ("09/10/2013", "DATE", "2013-09-10"),
    ("2009", "DATE", "2009"),
    ("02/2010", "DATE", "2010-02"),
    ("3 wks", "DURATION", "P3W"),
    ("8/28", "DATE", "2013-08-28"),
    ("9/5", "DATE", "2013-09-05"),
    ("POD 2", "DATE", "2013-09-07"),
    ("twice daily", "SET", "P1D"),
    ("9/10/13", "DATE", "2013-09-10"),
    ("4-6 weeks", "DURATION", "P6W"),
    ("6 months", "DURATION", "P6M"),
    ("q4h", "SET", "PT4H"),
]


def test_spine_summary_short_dates_but_no_levels_or_strengths() -> None:
    """ "on 8/28", "on 9/5" take the note's year; "C5-6", "4/5 strength" and "reflexes 2+"
    are not dates; "twice daily" is one set; "for 4-6 weeks" lasts six."""
    assert _mentions(SPINE) == SPINE_TABLE


# ---- diabetic ketoacidosis: both header dates on one line ------------------------------------

DKA = """\
DISCHARGE SUMMARY
Admission Date: 04/22/2011  Discharge Date: 04/25/2011

Patient is a 34 yo male with type 1 DM (diagnosed at age 12) admitted with DKA. He ran out of
insulin 2 days prior to admission. HbA1c 11.2%. Initial glucose 612, pH 7.12, bicarbonate 8.
He was placed on an insulin drip and the gap closed within 18 hours. The following morning he
was transitioned to glargine 24 units qHS and lispro with meals t.i.d. He was seen by
diabetes education on the day of discharge.
Follow up with endocrinology in 1 month. Check fingersticks four times a day. Refill x2.
"""
DKA_TABLE: list[Row] = [
    ("04/22/2011", "DATE", "2011-04-22"),
    ("04/25/2011", "DATE", "2011-04-25"),
    ("2 days prior to admission", "DATE", "2011-04-20"),
    ("18 hours", "DURATION", "PT18H"),
    ("The following morning", "TIME", "2011-04-23TMO"),
    ("qHS", "SET", "P1D"),
    ("t.i.d.", "SET", "P1D"),
    ("the day of discharge", "DATE", "2011-04-25"),
    ("1 month", "DURATION", "P1M"),
    ("four times a day", "SET", "P1D"),
]


def test_admission_and_discharge_dates_on_one_line_date_the_note_by_the_first() -> None:
    """A line of labelled dates ("Admission Date: ... Discharge Date: ...") gives the
    document date by its first, and "the day of discharge" is its second; "at age 12", "24
    units" and "Refill x2" are not times."""
    doc, _ = extract_document(DKA)
    assert doc.dct is not None and doc.dct.isoformat() == "2011-04-22"
    assert _mentions(DKA) == DKA_TABLE


# ---- i2b2 layout: labels and dates on lines of their own -------------------------------------

I2B2_LAYOUT = """\
Admission Date :
2014-03-12
Discharge Date :
2014-03-16
HISTORY OF PRESENT ILLNESS :
The patient is a 79 year old G3P3 woman , status post CABG in 2005 and a T11-12 fusion in 2/2010 ,
who was in her usual state of health until the morning of admission when she developed
substernal chest pain lasting 20 minutes . A 12 lead EKG showed new T wave inversions .
Troponin peaked at 2.3 on 3/13 . She underwent cardiac catheterization on 3/14/14 with a stent
to the LAD x2 .
DISCHARGE MEDICATIONS :
Plavix 75 mg p.o. q day for 12 months , Lipitor 80 mg p.o. q.h.s. , nitroglycerin 0.4 mg SL
q5min x 3 prn chest pain .
She will follow up with Dr. Jones in 4 weeks .
"""
I2B2_LAYOUT_TABLE: list[Row] = [
    ("2014-03-12", "DATE", "2014-03-12"),
    ("2014-03-16", "DATE", "2014-03-16"),
    ("2005", "DATE", "2005"),
    ("2/2010", "DATE", "2010-02"),
    ("the morning of admission", "TIME", "2014-03-12TMO"),
    ("20 minutes", "DURATION", "PT20M"),
    ("3/13", "DATE", "2014-03-13"),
    ("3/14/14", "DATE", "2014-03-14"),
    ("q day", "SET", "P1D"),
    ("12 months", "DURATION", "P12M"),
    ("q.h.s.", "SET", "P1D"),
    ("q5min", "SET", "PT5M"),
    ("4 weeks", "DURATION", "P4W"),
]


def test_tokenized_i2b2_layout_with_the_morning_of_admission_and_spelled_out_dosing() -> None:
    """Labels on their own lines, tokens spaced apart: the admission date still dates the
    note; "the morning of admission" is hospital day 1's morning; "q day", "q.h.s." and
    "q5min" are sets; "G3P3", "T11-12", "12 lead" and "x2" are not times."""
    assert _mentions(I2B2_LAYOUT) == I2B2_LAYOUT_TABLE


# ---- a history in the simple past, then the arrival in hospital -----------------------------


def test_the_following_morning_counts_from_the_admission_the_story_returned_to() -> None:
    """After "2 days prior to admission", the course goes on from admission: "Initial glucose
    612" is a result taken on arrival, so "The following morning" is hospital day 2 (i2b2),
    not the day after the flashback."""
    assert ("The following morning", "TIME", "2011-04-23TMO") in _mentions(DKA)


def test_day_n_of_a_treatment_is_a_date() -> None:
    """i2b2 tags "day 3 of antibiotics" as the date it names (here hospital day 3): a course
    the summary does not date is counted from the admission."""
    assert ("day 3 of\nantibiotics", "DATE", "2016-01-22") in _mentions(PNEUMONIA)


@pytest.mark.parametrize(
    "text",
    [
        "Day 3 of the strike brought no talks.",
        "She is on day 3 of 7 of the trial.",
        "We discussed day 2 of the treatment plan.",
    ],
)
def test_days_of_what_is_no_treatment_are_not_counted_from_admission(text: str) -> None:
    """ "day 3 of the strike", "day 3 of 7 of the trial", "the treatment plan" are no course
    of treatment: date.hospital_day stays out ("day 3 of 7 of ceftriaxone" is a course's day,
    tests/test_clinical_25.py)."""
    doc, _ = extract_document(text, dct="2014-03-12")
    assert all(m.rule != "date.hospital_day" for m in doc.mentions)


# ---- a history in the past perfect: the course goes on from the admission --------------------

SEPSIS = """\
Admission Date: 09/14/2019
Discharge Date: 09/19/2019

HPI: 58 yo F with ESRD on HD. She had been in her usual state of health until 3 days prior to
admission, when she developed rigors after dialysis. Blood cultures grew MRSA.
HOSPITAL COURSE: She was started on vancomycin and her line was removed. The following
morning she was afebrile.
"""
SEPSIS_TABLE: list[Row] = [
    ("09/14/2019", "DATE", "2019-09-14"),
    ("09/19/2019", "DATE", "2019-09-19"),
    ("3 days prior to\nadmission", "DATE", "2019-09-11"),
    ("The following\nmorning", "TIME", "2019-09-15TMO"),
]


def test_the_following_morning_after_a_past_perfect_history_is_the_day_after_admission() -> None:
    """ "She had been well until 3 days prior to admission": the past perfect tells what came
    before the note's story, which goes on from the admission; "The following morning" is the
    day after it, not the day after the history's date."""
    assert _mentions(SEPSIS) == SEPSIS_TABLE


def test_a_history_told_in_the_simple_past_moves_the_story_to_its_date() -> None:
    """ "He ran out of insulin 2 days prior to admission. The next day he began vomiting": the
    history goes on in the simple past, from its own date."""
    text = (
        "Admission Date: 04/22/2011\n\nHPI: He ran out of insulin 2 days prior to admission. "
        "The next day he began vomiting."
    )
    assert _mentions(text)[-1] == ("The next day", "DATE", "2011-04-21")


def test_a_past_perfect_date_of_its_own_still_anchors_what_follows_it_in_news() -> None:
    """Only a date counted back from the document date is a note's history: "had fled to
    Florida in June 1998 and returned later that year" goes on from June 1998."""
    text = "Munero had fled to Florida in June 1998 and returned to Cuba later that year."
    assert _mentions(text, dct="2000-01-28")[-1] == ("later that year", "DATE", "1998")


# ---- telegraphic participles: what was done, with no auxiliary --------------------------------

TELEGRAPHIC = """\
Admission Date: 01/05/2016
Discharge Date: 01/09/2016

HISTORY OF PRESENT ILLNESS: 70 yo M with COPD. Pneumovax given on 6/14. Colonoscopy done 6/30,
normal. Cardiac cath performed 7/20 with a stent to the LAD. Plavix started on 7/21.
HOSPITAL COURSE: Tylenol given 2/2 fever. Lasix given 1/2 dose. He was discharged on 01/09.
"""
TELEGRAPHIC_TABLE: list[Row] = [
    ("01/05/2016", "DATE", "2016-01-05"),
    ("01/09/2016", "DATE", "2016-01-09"),
    ("6/14", "DATE", "2015-06-14"),
    ("6/30", "DATE", "2015-06-30"),
    ("7/20", "DATE", "2015-07-20"),
    ("7/21", "DATE", "2015-07-21"),
    ("01/09", "DATE", "2016-01-09"),
]


def test_a_participle_without_an_auxiliary_tells_what_was_done() -> None:
    """ "Pneumovax given on 6/14", "Colonoscopy done 6/30" in a summary written in January are
    last June's, not the coming June's: an irregular participle before "on" or a date is a past
    cue as "started" is; after such a participle the date needs no preposition. "given 2/2
    fever" (secondary to) and "given 1/2 dose" (a fraction) are no dates."""
    assert _mentions(TELEGRAPHIC) == TELEGRAPHIC_TABLE


def test_an_irregular_participle_is_no_past_cue_after_be_or_as_a_preposition() -> None:
    """ "to be given on 6/14" is a plan; "given the risk" says nothing of time."""
    head = "Admission Date: 01/05/2016\n\nPLAN: "
    rows = _mentions(head + "Pneumovax to be given on 6/14.")
    assert rows[-1] == ("6/14", "DATE", "2016-06-14")
    rows = _mentions(head + "Given the risk, the follow-up is on 6/14.")
    assert rows[-1] == ("6/14", "DATE", "2016-06-14")


# ---- look-alikes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "BP 120/80, HR 88, RR 16, O2 sat 95% on 2L NC, T 101.2, Tmax 101.4.",
        "INR 2.3, Hct 30.1, K 4.1, WBC 12.3, Na 135, Mg 2.0, BUN/Cr 20/1.2.",
        "BNP 1250, Plt 1100, glucose of 1200, EBL 1500, I/O 2100/1800, CD4 count 1020.",
        "heparin drip at 1000 units/hr, NS at 125 cc/hr, 2 units PRBC.",
        "She rates the pain 10/10; 8/10 abdominal pain; pain 3/10 after morphine.",
        "2/6 systolic murmur, 5/5 strength, 4/4 bottles positive, grade 3/4 toxicity.",
        "Take 1/2 tab, 2+ edema, 3-4 L NC, 20 mg, 0.4 mg SL.",
        "A 12 lead EKG; C5-6 and L4-5 stenosis; T11-12 fusion; G2P1; problem #1; Refill x2.",
        "a 67 yo man, a 67-year-old man, age 67, at age 12, 45 y/o F.",
        "GCS 15, AC 450 x 16, PEEP 8, FiO2 50%, EF 55-60%, HbA1c 7.2%.",
        "a 1/1000 dilution; titer 1/2000.",
        "s/p CABG, status post MVR, prn pain, p.r.n. nausea.",
    ],
)
def test_clinical_look_alikes_yield_nothing(text: str) -> None:
    """Vital signs, lab results, scores, fractions, doses, spine levels, obstetric histories,
    ages and ratios are not times."""
    assert _mentions(text, dct="2014-03-12") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("metoprolol 25 mg bid", [("bid", "SET", "P1D")]),
        ("The takeover bid failed.", []),
        ("Ambien 5 mg h.s. p.r.n. sleep", [("h.s.", "SET", "P1D")]),
        ("The board meets four times a year.", [("four times a year", "SET", "P1Y")]),
        ("It costs $5 million a year.", []),
        ("He was seen on the day of admission.", [("the day of admission", "DATE", "2014-03-12")]),
        ("He ran 2-3 miles in twenty-one days.", [("twenty-one days", "DURATION", "P21D")]),
    ],
)
def test_dosing_words_only_where_they_dose(text: str, expected: list[Row]) -> None:
    """Lower-case "bid" is a frequency after a dose, a noun elsewhere; a count of times in a
    period is a set, an amount in a period is a rate."""
    assert _mentions(text, dct="2014-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # both dates on one line
            "Admission Date: 04/22/2011  Discharge Date: 04/25/2011\n\n"
            "HISTORY OF PRESENT ILLNESS: He was intubated in the ED. The next day he was "
            "extubated.",
            ("The next day", "2011-04-23"),
        ),
        (  # each label on the line above its date (the i2b2 layout)
            "Admission Date :\n2014-03-12\nDischarge Date :\n2014-03-18\n"
            "HISTORY : Two days later she was transferred .",
            ("Two days later", "2014-03-14"),
        ),
        (  # a date in running text after "As of" is no header field: it moves the story
            "As of October 3, 2006, the plant was idle; two days later it closed.",
            ("two days later", "2006-10-05"),
        ),
    ],
)
def test_a_header_field_does_not_become_what_the_story_counts_from(
    text: str, expected: tuple[str, str]
) -> None:
    """The discharge date of a header is a record's field: "the next day" in the history counts
    from the admission, not from the discharge."""
    doc, _ = extract_document(text)
    assert expected in [(m.text, m.value) for m in doc.mentions]
