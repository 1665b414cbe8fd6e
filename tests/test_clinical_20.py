"""Clinical notes, twentieth round: oncology treatment and clinical-trial notes, in the i2b2
2012 style, half of them tokenized as i2b2 writes them: chemotherapy visits ("C3D1 today",
"cycle 4 day 8", "q21 days", "every 3 weeks x 6 cycles", "Last dose 9/25", "held for 1
week", "Day 15 labs"), radiation on-treatment visits and summaries ("fraction 12 of 25", "5
fractions/week", "completed XRT on 3/14/2022", "45 Gy in 25 fractions over 5 weeks"),
immunotherapy and maintenance ("q2w", "Q3W", "every 6 weeks", "since 2019", "for 2 years"),
survival and staging in a consultation ("diagnosed in March 2018", "disease-free for 5
years", "median survival 4-6 months", "progression at 6 months"), clinical-trial visits
("Screening ... within 28 days of Day 1", "Week 12 visit ( window +/- 3 days )", "the
end-of-treatment visit is done 30 days after the last dose", "Consent signed 2/2/2021",
"every 3 months for 2 years , then every 6 months"), a leukemia induction and a transplant
clinic's "Day +30 post transplant". Read for what still went wrong: the dosing interval of a
week written with "w" alone ("q2w", "Q3W") and the capital "Q" of "Q3 weeks" and "Q21 days"
(read as the third quarter, or nothing); an oncology consultation's or a summary's heading in
capitals ("ONCOLOGY CONSULTATION 05/02/2024", "TUMOR BOARD SUMMARY", "SURVIVORSHIP CARE PLAN")
over its date; a transplant note's opening "Day +30 post transplant", the day it is written
on, as "POD #2" on its line is; a transplant's day in apposition, tokenized ("day +14 ,
09/30"); and a year range read inside a longer number ("EudraCT 2019-001234-56"). Left as
strict xfails: a radiation course's weekdays before its length ("RT Monday through Friday x 5
weeks", "daily M-F x 5 weeks"), which recur.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): the heading over a note's date dates it, and what it tells counts
from it; dosing and monitoring frequencies are sets of their period ("q21 days" P21D, "every
3 weeks" P3W, "q2w" P2W, "twice daily" and "BID" P1D, "every 6 - 12 months" its upper bound,
P12M), and the length of a course or a plan after them lasts ("for 2 years", "x 3 months");
lengths of survival, of a response or of a window last ("median survival 4-6 months" P6M,
"disease-free for 5 years", "progression at 6 months", "within 28 days", "+/- 3 days"). A
day of a chemotherapy cycle or of a study's schedule ("C3D1", "cycle 4 day 8", "Day 15 labs",
"Day 1", "Week 12 visit", "days 1 - 3", "Day +100 marrow") names a day of a schedule whose start
the note does not tie it to and stays untagged, as tests/test_clinical_4.py, _8.py and _17.py
leave it; so are counts of cycles, doses and fractions ("x 6 cycles", "fraction 12 of 25",
"28 fractions"), and a rate of fractions ("5 fractions/week"), as "2-3 beers per week" is
(tests/test_noticed_gaps_12.py). Doses ("45 Gy"), scores, stages and grades ("ECOG 1",
"T2N0M0", "Stage IIIA", "grade 3"), markers ("CA 19-9", "HER2 3+", "Ki-67 20 %", "BRCA1"),
and a trial's numbers ("NCT01234567", "Protocol 2019-0456", "KEYNOTE-189") are no times.
Weekdays were checked with Python's datetime.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row
from passages import mentions as _mentions

# ---- a chemotherapy visit: the cycle's day, its interval, a held cycle, the last dose ---------

CHEMO_VISIT = """\
MEDICAL ONCOLOGY PROGRESS NOTE 10/16/2023

Ms. Rivera is here for C3D1 of docetaxel and cyclophosphamide, q21 days, planned every 3 weeks
x 6 cycles for stage IIA (T2N0M0) ER+/PR+/HER2- breast cancer diagnosed in June 2023. Last dose
9/25. Cycle 2 was held for 1 week for an ANC of 0.8 and given with pegfilgrastim on day 2.
Day 8 labs were normal. ECOG 0.
Plan: Proceed with C3D1 today. Day 15 labs. Return on 11/6 for cycle 4.
"""
CHEMO_VISIT_TABLE: list[Row] = [
    ("10/16/2023", "DATE", "2023-10-16"),
    ("q21 days", "SET", "P21D"),
    ("every 3 weeks", "SET", "P3W"),
    ("June 2023", "DATE", "2023-06"),
    ("9/25", "DATE", "2023-09-25"),
    ("1 week", "DURATION", "P1W"),
    ("today", "DATE", "2023-10-16"),
    ("11/6", "DATE", "2023-11-06"),
]


def test_chemotherapy_visit_cycle_days_stay_untagged() -> None:
    """Headed 10/16/2023 (a Monday): "q21 days" and "every 3 weeks" recur, "x 6 cycles" is a
    count; "Last dose 9/25" is a day of September; "held for 1 week" lasts; "C3D1", "day 2",
    "Day 8 labs", "Day 15 labs" and "cycle 4" are days of the schedule, untagged; "Return on
    11/6" is ahead; "stage IIA", "T2N0M0", "HER2-" and "ECOG 0" are no times."""
    assert dt.date(2023, 10, 16).strftime("%A") == "Monday"
    assert _mentions(CHEMO_VISIT) == CHEMO_VISIT_TABLE


# ---- a tokenized hematology/oncology note: cycle 4 day 8, nivolumab q2w ------------------------

CHEMO_TOKENIZED = """\
HEMATOLOGY / ONCOLOGY CLINIC NOTE :
03/05/2024
Mr. Chen returns on cycle 4 day 8 of gemcitabine / cisplatin , given on days 1 and 8 q21 days .
C4D1 was 02/27/2024 . Cisplatin was held on C3D8 for a creatinine of 1.6 . He reports
fatigue for the past 5 days and nausea x 2 days after each dose .
Nivolumab 240 mg q2w was added on 01/16/2024 .
PLAN :
Gemcitabine today . Next cycle on 03/19/2024 . CT chest / abdomen / pelvis after cycle 6 .
"""
CHEMO_TOKENIZED_TABLE: list[Row] = [
    ("03/05/2024", "DATE", "2024-03-05"),
    ("q21 days", "SET", "P21D"),
    ("02/27/2024", "DATE", "2024-02-27"),
    ("the past 5 days", "DURATION", "P5D"),
    ("2 days", "DURATION", "P2D"),
    ("q2w", "SET", "P2W"),
    ("01/16/2024", "DATE", "2024-01-16"),
    ("today", "DATE", "2024-03-05"),
    ("03/19/2024", "DATE", "2024-03-19"),
]


def test_tokenized_oncology_note_cycle_day_and_nivolumab_every_two_weeks() -> None:
    """Headed 03/05/2024: "cycle 4 day 8", "days 1 and 8", "C4D1", "C3D8" and "cycle 6" are
    days of the schedule; "C4D1 was 02/27/2024" and "Next cycle on 03/19/2024" are days; "q21
    days" and "Nivolumab 240 mg q2w" recur; "for the past 5 days" and "x 2 days" last."""
    assert _mentions(CHEMO_TOKENIZED) == CHEMO_TOKENIZED_TABLE


# ---- a radiation on-treatment visit: the fraction, the course, the expected end ----------------

RT_VISIT = """\
RADIATION ONCOLOGY ON-TREATMENT VISIT 03/07/2022

Mr. Okafor is receiving IMRT to the prostate and pelvic nodes, 45 Gy in 25 fractions over 5
weeks, 5 fractions/week, followed by a boost. Today is fraction 12 of 25; he started on 2/18/2022.
He reports urinary frequency every 2 hours at night for the last week. Weight stable.
Plan: continue daily RT. Weekly CBC. Expected completion 3/24/2022.
"""
RT_VISIT_TABLE: list[Row] = [
    ("03/07/2022", "DATE", "2022-03-07"),
    ("5\nweeks", "DURATION", "P5W"),
    ("Today", "DATE", "2022-03-07"),
    ("2/18/2022", "DATE", "2022-02-18"),
    ("every 2 hours", "SET", "PT2H"),
    ("the last week", "DURATION", "P1W"),
    ("daily", "SET", "P1D"),
    ("Weekly", "SET", "P1W"),
    ("3/24/2022", "DATE", "2022-03-24"),
]


def test_radiation_on_treatment_visit_fraction_count_and_course_length() -> None:
    """Headed 03/07/2022 (a Monday): "45 Gy in 25 fractions over 5 weeks" lasts five weeks;
    "45 Gy", "25 fractions", "fraction 12 of 25" and the rate "5 fractions/week" are no times;
    "Today is fraction 12 of 25" is the note's day; "started on 2/18/2022" (a Friday) and
    "Expected completion 3/24/2022" are days; "every 2 hours", "daily RT" and "Weekly CBC"
    recur; "for the last week" lasts."""
    assert dt.date(2022, 3, 7).strftime("%A") == "Monday"
    assert dt.date(2022, 2, 18).strftime("%A") == "Friday"
    assert _mentions(RT_VISIT) == RT_VISIT_TABLE


# ---- a tokenized radiation treatment summary: the course's dates, a break, the follow-up -------

RT_SUMMARY = """\
RADIATION TREATMENT SUMMARY
Date of Service : 03/28/2022
Patient completed XRT on 3/14/2022 . She received 50.4 Gy in 28 fractions to the whole breast
from 02/01/2022 to 03/14/2022 , with a 2 day break for a machine repair . Acute grade 2
dermatitis resolved within 10 days .
FOLLOW-UP :
Radiation oncology in 6 weeks , then every 6 months for 5 years .
"""
RT_SUMMARY_TABLE: list[Row] = [
    ("03/28/2022", "DATE", "2022-03-28"),
    ("3/14/2022", "DATE", "2022-03-14"),
    ("02/01/2022", "DATE", "2022-02-01"),
    ("03/14/2022", "DATE", "2022-03-14"),
    ("2 day", "DURATION", "P2D"),
    ("10 days", "DURATION", "P10D"),
    ("6 weeks", "DURATION", "P6W"),
    ("every 6 months", "SET", "P6M"),
    ("5 years", "DURATION", "P5Y"),
]


def test_tokenized_radiation_summary_completed_course_and_follow_up() -> None:
    """ "completed XRT on 3/14/2022" and "from 02/01/2022 to 03/14/2022" are days; "a 2 day
    break" and "within 10 days" last; the follow-up "in 6 weeks" lasts, "every 6 months"
    recurs "for 5 years"; "50.4 Gy", "28 fractions" and "grade 2" are no times."""
    assert _mentions(RT_SUMMARY) == RT_SUMMARY_TABLE


# ---- an immunotherapy infusion visit: maintenance since a year, for two years ------------------

IMMUNO = """\
IMMUNOTHERAPY INFUSION VISIT 08/09/2021

Stage IV melanoma (BRAF wild type), on nivolumab 480 mg every 4 weeks since 2019 after 4 doses
of ipilimumab/nivolumab q3w. He has been on therapy for 2 years; the plan is to stop at 2 years
if scans stay clear. Last infusion 7/12/2021. TSH checked every 6 weeks. Grade 1 rash since May.
"""
IMMUNO_TABLE: list[Row] = [
    ("08/09/2021", "DATE", "2021-08-09"),
    ("every 4 weeks", "SET", "P4W"),
    ("2019", "DATE", "2019"),
    ("q3w", "SET", "P3W"),
    ("2 years", "DURATION", "P2Y"),
    ("2 years", "DURATION", "P2Y"),
    ("7/12/2021", "DATE", "2021-07-12"),
    ("every 6 weeks", "SET", "P6W"),
    ("May", "DATE", "2021-05"),
]


def test_immunotherapy_visit_every_four_weeks_since_2019() -> None:
    """Headed 08/09/2021: "every 4 weeks", "q3w" and "every 6 weeks" recur; "since 2019" is a
    year; "for 2 years" and "stop at 2 years" last; "Last infusion 7/12/2021" is a day; "since
    May" is May of 2021; "Stage IV", "4 doses" and "Grade 1" are no times."""
    assert _mentions(IMMUNO) == IMMUNO_TABLE


# ---- a tokenized gynecologic oncology follow-up: maintenance olaparib, bevacizumab Q3W ---------

GYN_ONC = """\
GYN ONCOLOGY FOLLOW UP NOTE 11/22/2022
Ms. Park has BRCA1-mutated stage IIIC ovarian cancer diagnosed in March 2018 . She
completed 6 cycles of carboplatin / paclitaxel in 08/2018 and has been on olaparib 300 mg
BID since 09/2018 . CA-125 has been normal for 4 years . Bevacizumab Q3W was stopped in 2020 .
Plan : CA-125 every 3 months , CT every 6 months . Return in 3 months .
"""
GYN_ONC_TABLE: list[Row] = [
    ("11/22/2022", "DATE", "2022-11-22"),
    ("March 2018", "DATE", "2018-03"),
    ("08/2018", "DATE", "2018-08"),
    ("BID", "SET", "P1D"),
    ("09/2018", "DATE", "2018-09"),
    ("4 years", "DURATION", "P4Y"),
    ("Q3W", "SET", "P3W"),
    ("2020", "DATE", "2020"),
    ("every 3 months", "SET", "P3M"),
    ("every 6 months", "SET", "P6M"),
    ("3 months", "DURATION", "P3M"),
]


def test_tokenized_gyn_oncology_maintenance_since_a_month() -> None:
    """ "diagnosed in March 2018", "in 08/2018", "since 09/2018" and "in 2020" are dated;
    "BID", "Q3W", "every 3 months" and "every 6 months" recur; "normal for 4 years" and
    "Return in 3 months" last; "BRCA1-mutated", "stage IIIC", "6 cycles" and "CA-125" are no
    times."""
    assert _mentions(GYN_ONC) == GYN_ONC_TABLE


# ---- an oncology consultation: a disease-free interval, progression, median survival ----------

CONSULT = """\
ONCOLOGY CONSULTATION 05/02/2024

Mr. Lewis had a stage IIIA (T2N2M0) NSCLC resected in 2017 and was disease-free for 5 years
until a PET in 11/2022 showed a right adrenal metastasis. He started carboplatin/pemetrexed and
pembrolizumab in 12/2022 with progression at 6 months. A CT last week shows new liver
lesions. He was switched to docetaxel in 7/2023.
Discussion: with second-line docetaxel the median survival is about 9 months; with best
supportive care median survival 4-6 months. He wishes to think it over for a week.
"""
CONSULT_TABLE: list[Row] = [
    ("05/02/2024", "DATE", "2024-05-02"),
    ("2017", "DATE", "2017"),
    ("5 years", "DURATION", "P5Y"),
    ("11/2022", "DATE", "2022-11"),
    ("12/2022", "DATE", "2022-12"),
    ("6 months", "DURATION", "P6M"),
    ("last week", "DATE", "2024-W17"),
    ("7/2023", "DATE", "2023-07"),
    ("9 months", "DURATION", "P9M"),
    ("4-6 months", "DURATION", "P6M"),
    ("a week", "DURATION", "P1W"),
]


def test_oncology_consultation_disease_free_interval_and_survival() -> None:
    """ "ONCOLOGY CONSULTATION 05/02/2024" (a Thursday) dates the note: "A CT last week" is the
    week before; "resected in 2017", "in 11/2022", "in 12/2022" and "in 7/2023" are dated;
    "disease-free for 5 years", "progression at 6 months", "the median survival is about 9
    months", "median survival 4-6 months" (its upper bound) and "for a week" last;
    "stage IIIA" and "T2N2M0" are no times."""
    assert dt.date(2024, 5, 2).strftime("%A") == "Thursday"
    assert _mentions(CONSULT) == CONSULT_TABLE


# ---- a clinical trial's screening visit: consent, the window before Day 1, a washout ----------

SCREENING = """\
RESEARCH SCREENING VISIT 02/02/2021

Protocol 2019-0456 (NCT01234567): a phase 2 study of drug X in HER2 3+ gastric cancer.
Consent signed 2/2/2021 at 10:15 before any study procedures. Screening labs and CT must be done
within 28 days of Day 1; the CT of 1/20/2021 is within the window. Ki-67 20%. ECOG 1.
Planned C1D1 on 2/16/2021. Washout: no chemotherapy within 4 weeks before Day 1; last FOLFOX
12/30/2020.
"""
SCREENING_TABLE: list[Row] = [
    ("02/02/2021", "DATE", "2021-02-02"),
    ("2/2/2021", "DATE", "2021-02-02"),
    ("10:15", "TIME", "2021-02-02T10:15"),
    ("28 days", "DURATION", "P28D"),
    ("1/20/2021", "DATE", "2021-01-20"),
    ("2/16/2021", "DATE", "2021-02-16"),
    ("4 weeks", "DURATION", "P4W"),
    ("12/30/2020", "DATE", "2020-12-30"),
]


def test_trial_screening_visit_consent_and_window_before_day_one() -> None:
    """ "Consent signed 2/2/2021 at 10:15" is a day and its time; "within 28 days of Day 1" and
    "within 4 weeks before Day 1" last ("Day 1" is a day of the schedule); "the CT of
    1/20/2021", "Planned C1D1 on 2/16/2021" and "last FOLFOX 12/30/2020" are days; "Protocol
    2019-0456", "NCT01234567", "phase 2", "HER2 3+", "Ki-67 20%" and "ECOG 1" are no times."""
    assert _mentions(SCREENING) == SCREENING_TABLE


# ---- a tokenized study visit: week 12 and its window -------------------------------------------

STUDY_VISIT = """\
STUDY VISIT NOTE 05/11/2021
Week 12 visit ( window +/- 3 days ) . C1D1 was 02/16/2021 . Study drug taken twice daily ,
28-day cycles . Missed 2 doses last week . Next visit Week 16 , due 06/08/2021 .
Tumor assessment every 8 weeks per protocol .
"""
STUDY_VISIT_TABLE: list[Row] = [
    ("05/11/2021", "DATE", "2021-05-11"),
    ("3 days", "DURATION", "P3D"),
    ("02/16/2021", "DATE", "2021-02-16"),
    ("twice daily", "SET", "P1D"),
    ("28-day", "DURATION", "P28D"),
    ("last week", "DATE", "2021-W18"),
    ("06/08/2021", "DATE", "2021-06-08"),
    ("every 8 weeks", "SET", "P8W"),
]


def test_tokenized_study_visit_week_twelve_and_its_window() -> None:
    """Headed 05/11/2021 (a Tuesday, twelve weeks after 02/16/2021): "Week 12 visit" and "Week
    16" are weeks of the schedule, untagged; "( window +/- 3 days )" lasts; "twice daily" and
    "every 8 weeks" recur; "28-day cycles" last; "last week" is the week before; "due
    06/08/2021" is ahead."""
    assert dt.date(2021, 5, 11) - dt.date(2021, 2, 16) == dt.timedelta(weeks=12)
    assert dt.date(2021, 5, 11).strftime("%A") == "Tuesday"
    assert _mentions(STUDY_VISIT) == STUDY_VISIT_TABLE


# ---- an end-of-treatment visit: thirty days after the last dose --------------------------------

END_OF_TREATMENT = """\
END OF TREATMENT VISIT 09/30/2021

The patient came off study on 8/31/2021 for progression. The end-of-treatment visit is done 30
days after the last dose (last dose 8/31/2021). Survival follow-up by phone every 3 months.
Adverse events will be followed until resolution or for 90 days.
"""
END_OF_TREATMENT_TABLE: list[Row] = [
    ("09/30/2021", "DATE", "2021-09-30"),
    ("8/31/2021", "DATE", "2021-08-31"),
    ("30\ndays", "DURATION", "P30D"),
    ("8/31/2021", "DATE", "2021-08-31"),
    ("every 3 months", "SET", "P3M"),
    ("90 days", "DURATION", "P90D"),
]


def test_end_of_treatment_visit_thirty_days_after_the_last_dose() -> None:
    """ "came off study on 8/31/2021" and "(last dose 8/31/2021)" are days; "30 days after the
    last dose" and "for 90 days" last; "every 3 months" recurs."""
    assert _mentions(END_OF_TREATMENT) == END_OF_TREATMENT_TABLE


# ---- a tokenized survivorship care plan: a surveillance schedule in stages ----------------------

SURVIVORSHIP = """\
SURVIVORSHIP CARE PLAN
Date : 06/15/2023
Diagnosis : Stage IIIA ( pT3N1M0 ) colon cancer , grade 3 , diagnosed 04/2021 .
Treatment : R hemicolectomy 05/03/2021 ; CAPOX x 3 months , completed 09/2021 .
Surveillance : history , exam and CEA every 3 months for 2 years , then every 6 months
until 5 years . CT chest / abdomen / pelvis every 6 - 12 months for 5 years . Colonoscopy in
1 year , then at 3 years .
"""
SURVIVORSHIP_TABLE: list[Row] = [
    ("06/15/2023", "DATE", "2023-06-15"),
    ("04/2021", "DATE", "2021-04"),
    ("05/03/2021", "DATE", "2021-05-03"),
    ("3 months", "DURATION", "P3M"),
    ("09/2021", "DATE", "2021-09"),
    ("every 3 months", "SET", "P3M"),
    ("2 years", "DURATION", "P2Y"),
    ("every 6 months", "SET", "P6M"),
    ("5 years", "DURATION", "P5Y"),
    ("every 6 - 12 months", "SET", "P12M"),
    ("5 years", "DURATION", "P5Y"),
    ("1 year", "DURATION", "P1Y"),
    ("3 years", "DURATION", "P3Y"),
]


def test_tokenized_survivorship_plan_every_three_months_then_every_six() -> None:
    """ "diagnosed 04/2021", "R hemicolectomy 05/03/2021" and "completed 09/2021" are dated;
    "CAPOX x 3 months" lasts; "every 3 months for 2 years , then every 6 months until 5 years"
    is two sets and the lengths they last; "every 6 - 12 months" recurs at its upper bound;
    "in 1 year" and "at 3 years" last; "Stage IIIA", "pT3N1M0" and "grade 3" are no times."""
    assert _mentions(SURVIVORSHIP) == SURVIVORSHIP_TABLE


# ---- a tokenized leukemia note: day 14 of induction, neutropenia since a day ------------------

LEUKEMIA = """\
LEUKEMIA SERVICE PROGRESS NOTE 04/18/2022
Day 14 of 7 + 3 induction for AML . Day 14 bone marrow biopsy today shows hypocellular marrow
with < 5 % blasts . Cytarabine was given for 7 days and daunorubicin on days 1 - 3 . ANC 0
since 04/10 . Febrile overnight , Tmax 38.6 . Cefepime since 04/16 .
Plan : repeat marrow at count recovery , around day 28 .
"""
LEUKEMIA_TABLE: list[Row] = [
    ("04/18/2022", "DATE", "2022-04-18"),
    ("today", "DATE", "2022-04-18"),
    ("7 days", "DURATION", "P7D"),
    ("04/10", "DATE", "2022-04-10"),
    ("overnight", "TIME", "2022-04-18TNI"),
    ("04/16", "DATE", "2022-04-16"),
]


def test_tokenized_leukemia_induction_days_are_schedule_days() -> None:
    """ "Day 14 of 7 + 3 induction", "Day 14 bone marrow", "days 1 - 3" and "around day 28"
    are days of the induction, untagged; "today" is the note's day; "given for 7 days" lasts;
    "since 04/10" and "since 04/16" are days; "overnight" is the night of the note, as
    tests/test_clinical.py reads it; "7 + 3", "< 5 %" and "Tmax 38.6" are no times."""
    assert _mentions(LEUKEMIA) == LEUKEMIA_TABLE


# ---- a tokenized tumor board summary: the plan's interval, a year of trastuzumab ---------------

TUMOR_BOARD = """\
TUMOR BOARD SUMMARY 01/09/2025
Discussed at the breast tumor board today .
58 yo F with grade 3 invasive ductal carcinoma , ER 90 % , PR 10 % , HER2 3+ , Ki-67 20 % ,
cT2N0M0 , Stage IIA , diagnosed on core biopsy 12/18/2024 . BRCA1 / 2 testing pending ,
expected in 2 - 3 weeks . Recommendation : neoadjuvant TCHP q3w x 6 cycles , then surgery
about 4 weeks after the last cycle , then trastuzumab to complete 1 year .
"""
TUMOR_BOARD_TABLE: list[Row] = [
    ("01/09/2025", "DATE", "2025-01-09"),
    ("today", "DATE", "2025-01-09"),
    ("12/18/2024", "DATE", "2024-12-18"),
    ("2 - 3 weeks", "DURATION", "P3W"),
    ("q3w", "SET", "P3W"),
    ("4 weeks", "DURATION", "P4W"),
    ("1 year", "DURATION", "P1Y"),
]


def test_tokenized_tumor_board_summary_dates_the_board() -> None:
    """ "TUMOR BOARD SUMMARY 01/09/2025" dates the note, and "today" is that day; "diagnosed on
    core biopsy 12/18/2024" is a day; "in 2 - 3 weeks" lasts its upper bound; "TCHP q3w"
    recurs and "x 6 cycles" counts; "about 4 weeks after the last cycle" and "to complete 1
    year" last; "grade 3", "ER 90 %", "HER2 3+", "Ki-67 20 %", "cT2N0M0", "Stage IIA" and
    "BRCA1 / 2" are no times."""
    assert _mentions(TUMOR_BOARD) == TUMOR_BOARD_TABLE


# ---- a tokenized transplant clinic note: day +30, engraftment on day +14 -----------------------

TRANSPLANT = """\
BMT CLINIC NOTE 10/16/2023
Day +30 post transplant . Allogeneic SCT on 09/16/2023 for AML in CR1 .
Engrafted on day +14 , 09/30 . Tacrolimus since day -3 . Acute GVHD grade 2 of the skin since
last week .
Plan : Day +100 marrow and chimerism . Taper tacrolimus starting 3 months after transplant .
"""
TRANSPLANT_TABLE: list[Row] = [
    ("10/16/2023", "DATE", "2023-10-16"),
    ("Day +30 post transplant", "DATE", "2023-10-16"),
    ("09/16/2023", "DATE", "2023-09-16"),
    ("09/30", "DATE", "2023-09-30"),
    ("last week", "DATE", "2023-W41"),
    ("3 months", "DURATION", "P3M"),
]


def test_tokenized_transplant_note_day_thirty_is_the_notes_day() -> None:
    """Headed 10/16/2023, "Day +30 post transplant ." on its line says the note is written on
    the thirtieth day after the transplant, the note's day (the transplant "on 09/16/2023" is
    thirty days before); "Engrafted on day +14 , 09/30" dates day +14 in apposition; "since
    last week" is the week before; "3 months after transplant" lasts; "day -3", "Day +100
    marrow", "CR1" and "grade 2" are no times."""
    assert dt.date(2023, 10, 16) - dt.date(2023, 9, 16) == dt.timedelta(days=30)
    assert _mentions(TRANSPLANT) == TRANSPLANT_TABLE


# ---- dosing intervals of weeks written "w", and a capital "Q" before weeks and days ----------

WEEKLY_INTERVALS = [
    pytest.param("Nivolumab 240 mg IV q2w .", [("q2w", "SET", "P2W")], id="q2w"),
    pytest.param("Pembrolizumab 200 mg IV Q3W.", [("Q3W", "SET", "P3W")], id="Q3W"),
    pytest.param(
        "Pembrolizumab 400 mg IV q6w x 2 years .",
        [("q6w", "SET", "P6W"), ("2 years", "DURATION", "P2Y")],
        id="q6w_for_a_length",
    ),
    pytest.param("Pembrolizumab 200 mg IV Q3 weeks.", [("Q3 weeks", "SET", "P3W")], id="Q3_weeks"),
    pytest.param("Trastuzumab 6 mg/kg Q21 days .", [("Q21 days", "SET", "P21D")], id="Q21_days"),
    pytest.param("Zoledronic acid 4 mg IV Q12W.", [("Q12W", "SET", "P12W")], id="Q12W"),
]


@pytest.mark.parametrize(("text", "rows"), WEEKLY_INTERVALS)
def test_q_and_a_count_of_weeks_written_w_recurs(text: str, rows: list[Row]) -> None:
    """An oncology order's interval of weeks written with "w" ("q2w", "Q3W", "q6w", "Q12W"),
    and a capital "Q" before a count of weeks or days ("Q3 weeks", "Q21 days"), recur as "q2wk"
    and "q 2 weeks" do."""
    assert _mentions(text, dct="2023-10-16") == rows


NOT_WEEKLY_INTERVALS = [
    pytest.param("Revenue rose in Q3 2023 .", [("Q3 2023", "DATE", "2023-Q3")], id="a_quarter"),
    pytest.param(
        "Sales rose in Q3 , weeks after the launch .",
        [("Q3", "DATE", "2023-Q3"), ("weeks", "DURATION", "PXW")],
        id="a_quarter_before_weeks",
    ),
    pytest.param("Q3 weeks were slow for retail.", [("Q3", "DATE", "2023-Q3")], id="q3_weeks"),
    pytest.param("In Q4 days are short.", [("Q4", "DATE", "2023-Q4")], id="q4_days"),
    pytest.param(
        "Retail calendar : Q3 weeks 27-39 .", [("Q3", "DATE", "2023-Q3")], id="a_quarters_weeks"
    ),
]


@pytest.mark.parametrize(("text", "rows"), NOT_WEEKLY_INTERVALS)
def test_quarters_before_weeks_or_days_are_no_intervals(text: str, rows: list[Row]) -> None:
    """A quarter stays a quarter before weeks or days when no dose or route comes before it:
    "Q3 weeks were slow", "In Q4 days are short", a retail calendar's "Q3 weeks 27-39"."""
    assert _mentions(text, dct="2023-10-16") == rows


# ---- headings of oncology consultations, summaries and care plans ----------------------------

HEADINGS: list[tuple[str, str]] = [
    ("ONCOLOGY CONSULTATION 05/02/2024\nSeen today.", "2024-05-02"),
    ("RADIATION ONCOLOGY CONSULTATION 02/01/2022\nSeen today .", "2022-02-01"),
    ("HEMATOLOGY CONSULT 03/02/2022\nSeen today.", "2022-03-02"),
    ("TUMOR BOARD SUMMARY 01/09/2025\nDiscussed today .", "2025-01-09"),
    ("ONCOLOGY TREATMENT SUMMARY 09/08/2025\nSeen today.", "2025-09-08"),
    ("RADIATION TREATMENT SUMMARY 03/28/2022\nSeen today.", "2022-03-28"),
    ("SURVIVORSHIP CARE PLAN 06/15/2023\nSeen today.", "2023-06-15"),
]


@pytest.mark.parametrize(("text", "dct"), HEADINGS)
def test_an_oncology_consultation_or_summary_heading_dates_the_note(text: str, dct: str) -> None:
    """A heading in capitals that names a consultation, a consult, a summary or a care plan,
    over its date on one line, dates the note, as "PROGRESS NOTE 03/08/2018" does."""
    from chrono import extract_document

    doc, _ = extract_document(text)
    assert doc.dct == dt.date.fromisoformat(dct)


NOT_HEADINGS = [
    "NEXT CONSULTATION 06/04/2024\nSeen today.",
    "PRIOR TREATMENT SUMMARY 06/04/2024\nSeen today.",
    "Summary of the consultation of 06/04/2024\nSeen today.",
    "Next consult: 06/04/2024\nSeen today.",
]


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_a_next_consultation_or_a_prior_summary_does_not_date_the_note(text: str) -> None:
    """A plan's next consultation, a prior summary and a sentence that ends in a date are no
    headings: the note stays undated."""
    from chrono import extract_document

    doc, _ = extract_document(text)
    assert doc.dct is None


# ---- a transplant's day on the note's line, and in apposition ---------------------------------

TRANSPLANT_DAYS = [
    pytest.param(
        "BMT CLINIC NOTE 10/16/2023\nDay +30 post transplant .",
        [
            ("10/16/2023", "DATE", "2023-10-16"),
            ("Day +30 post transplant", "DATE", "2023-10-16"),
        ],
        id="alone_on_its_line",
    ),
    pytest.param(
        "BMT CLINIC NOTE 10/16/2023\nPt is day +30 post-transplant .",
        [
            ("10/16/2023", "DATE", "2023-10-16"),
            ("day +30 post-transplant", "DATE", "2023-10-16"),
        ],
        id="after_the_patient",
    ),
    # look-alike: the transplant told before its day, which counts from it
    pytest.param(
        "Allo SCT on 09/16/2023. Engrafted on day +14 post transplant.",
        [
            ("09/16/2023", "DATE", "2023-09-16"),
            ("day +14 post transplant", "DATE", "2023-09-30"),
        ],
        id="counted_from_a_told_transplant",
    ),
    pytest.param(
        "BMT CLINIC NOTE 10/16/2023\nAllo SCT on 09/16/2023 . Engrafted on day +14 , 09/30 .",
        [
            ("10/16/2023", "DATE", "2023-10-16"),
            ("09/16/2023", "DATE", "2023-09-16"),
            ("09/30", "DATE", "2023-09-30"),
        ],
        id="tokenized_apposition",
    ),
    pytest.param(
        "BMT CLINIC NOTE 10/16/2023\nAllo SCT on 09/16/2023 . Engrafted on day 14 ( 9/30 ) .",
        [
            ("10/16/2023", "DATE", "2023-10-16"),
            ("09/16/2023", "DATE", "2023-09-16"),
            ("9/30", "DATE", "2023-09-30"),
        ],
        id="tokenized_apposition_in_brackets",
    ),
    # look-alikes: a fraction of a dose and a score after a day, tokenized
    pytest.param("Given on day 2 , 1/2 tab .", [], id="a_fraction_after_a_day"),
    pytest.param("Pain on day 3 , 5/10 , improved .", [], id="a_score_after_a_day"),
]


@pytest.mark.parametrize(("text", "rows"), TRANSPLANT_DAYS)
def test_a_transplant_day_on_the_notes_line_is_the_notes_day(text: str, rows: list[Row]) -> None:
    """ "Day +30 post transplant" alone on its line or after the patient says which day after
    the transplant the note is written on, as "POD #2" does: it is the note's day; after a
    transplant the note tells, a day counts from it; a day after "day +14 ," or "day 14 (" is
    that day, tokenized as i2b2 writes it; a fraction or a score after a day is none."""
    assert _mentions(text) == rows


# ---- a year range inside a longer number -------------------------------------------------------


def test_a_trial_registry_number_holds_no_year_range() -> None:
    """A EudraCT number ("2019-001234-56") holds no range of years: "1234-56" is part of a
    longer number."""
    assert _mentions("EudraCT 2019-001234-56 .", dct="2023-10-16") == []


def test_a_year_range_after_a_word_keeps_its_second_year() -> None:
    """ "1998-99" and "1914–18" after a word or a space keep their second year."""
    assert _mentions("the 1998-99 season", dct="2023-10-16") == [
        ("1998", "DATE", "1998"),
        ("99", "DATE", "1999"),
    ]


# ---- look-alikes of oncology and trial notes ---------------------------------------------------

LOOK_ALIKES = [
    "C3D1 , C4D8 , cycle 4 day 8 , Day 15 labs .",
    "45 Gy in 25 fractions , fraction 12 of 25 , 2 Gy/fraction , 5 fractions/week .",
    "ECOG 1 , KPS 80 % , T2N0M0 , Stage IIIA , grade 3 .",
    "CA 19-9 412 , HER2 3+ , Ki-67 20 % , BRCA1 / 2 negative , Oncotype RS 18 .",
    "NCT01234567 ; Protocol 2019-0456 ; IRB #2019-0456 ; KEYNOTE-189 ; CheckMate 067 .",
    "Protocol 2019-0456 (NCT01234567): a phase 2 study.",
    "Week 12 visit ; Day 1 ; Days 1-21 ; 7 + 3 induction ; R-CHOP x 6 .",
    "Tis N0 , pT1c , ypT0N0 , M1a ; PD-L1 TPS 80 % ; TMB 12 mut/Mb ; MSI-H .",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_oncology_and_trial_look_alikes_are_no_times(line: str) -> None:
    """Cycle and study days, doses and fractions, scores, stages and grades, markers, and a
    trial's registry and protocol numbers hold numbers that are no times."""
    assert _mentions(line, dct="2023-10-16") == []


# ---- a course's weekdays before its length ---------------------------------------------------

WEEKDAY_COURSES = [
    pytest.param(
        "Plan : continue RT Monday through Friday x 5 weeks .",
        [
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("5 weeks", "DURATION", "P5W"),
        ],
        id="monday_through_friday",
    ),
    pytest.param(
        "Radiation daily M-F x 5 weeks .",
        [
            ("daily", "SET", "P1D"),
            ("M-F", "SET", "XXXX-WXX-WD"),
            ("5 weeks", "DURATION", "P5W"),
        ],
        id="m_f",
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason="events._schedules reads a range of weekdays as recurring only when a set or clock "
    "times join it, and events._treatment_days needs three listed days: 'RT Monday through "
    "Friday x 5 weeks' gives this week's Monday and Friday; durations.toml's 'M-F' is a set "
    "only before or after hours ('happy hour 4-6 M-F'), so 'daily M-F x 5 weeks' gives no 'M-F'",
)
@pytest.mark.parametrize(("text", "rows"), WEEKDAY_COURSES)
def test_a_courses_weekdays_before_its_length_recur(text: str, rows: list[Row]) -> None:
    """A radiation course's "Monday through Friday" or "M-F" before its length ("x 5 weeks")
    are the weekdays it recurs on, as "Mon-Fri 9am-5pm" are the days of opening hours."""
    assert _mentions(text, dct="2023-10-16") == rows
