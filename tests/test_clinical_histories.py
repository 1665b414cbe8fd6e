"""Clinical histories told as timelines: oncology histories, problem lists with onset years,
psychiatric, surgical and social histories, medication timelines, immunization records,
prenatal visits and follow-up plans.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it). An outpatient note is dated by its heading ("PRENATAL VISIT
01/16/2024", "GU ONCOLOGY NOTE 03/05/2024", "IMMUNIZATION RECORD (printed 12/01/2023)"); its
history's month/year steps ("s/p lumpectomy 04/2016") are months, a problem's onset a year
("HTN (2008)", "MI in '09"); ages, pack-years, cycles, stages, scores and lab values are no
times; a plan's order before a weekday ("Recheck INR on Thursday") looks ahead.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

# ---- an oncology history told as a list of month/year steps ----------------------------------

BREAST = """\
HEMATOLOGY/ONCOLOGY FOLLOW-UP 05/14/2024

ONCOLOGIC HISTORY:
- Diagnosed with stage IIB (T2N1M0) ER+/PR+/HER2- invasive ductal carcinoma of the left breast
  in 03/2016 after a screening mammogram on 2/19/2016.
- s/p lumpectomy and SLNB 04/2016 (2/3 nodes positive).
- Completed adjuvant AC-T 10/2016 (dose-dense, 8 cycles).
- XRT 11/2016-12/2016 to the left breast, 50 Gy in 25 fractions.
- On tamoxifen since 01/2017, switched to anastrozole 6/2019 after menopause.
- Recurrence noted on CT 2/2021: liver and bone metastases. BRCA1/2 negative.
- Started palbociclib + fulvestrant 3/2021, progression on PET 8/2023.
- Capecitabine since October 2023.

INTERVAL HISTORY: Seen 6 weeks ago. Since then, hand-foot syndrome grade 1, no diarrhea.
ECOG 1. Weight stable over the last 3 months.

PLAN: Continue capecitabine 1500 mg BID, 14 days on / 7 days off. Restaging CT in 3 weeks,
before C9D1 on 6/4. RTC 1 month.
"""
BREAST_TABLE: list[Row] = [
    ("05/14/2024", "DATE", "2024-05-14"),
    ("03/2016", "DATE", "2016-03"),
    ("2/19/2016", "DATE", "2016-02-19"),
    ("04/2016", "DATE", "2016-04"),
    ("10/2016", "DATE", "2016-10"),
    ("11/2016", "DATE", "2016-11"),
    ("12/2016", "DATE", "2016-12"),
    ("01/2017", "DATE", "2017-01"),
    ("6/2019", "DATE", "2019-06"),
    ("2/2021", "DATE", "2021-02"),
    ("3/2021", "DATE", "2021-03"),
    ("8/2023", "DATE", "2023-08"),
    ("October 2023", "DATE", "2023-10"),
    ("6 weeks ago", "DATE", "2024-W14"),
    ("the last 3 months", "DURATION", "P3M"),
    ("BID", "SET", "P1D"),
    ("14 days", "DURATION", "P14D"),
    ("7 days", "DURATION", "P7D"),
    ("3 weeks", "DURATION", "P3W"),
    ("6/4", "DATE", "2024-06-04"),
    ("1 month", "DURATION", "P1M"),
]


def test_oncology_history_dates_each_step_by_its_month_and_year() -> None:
    """A breast cancer history dated by month and year ("in 03/2016", "s/p lumpectomy 04/2016",
    "XRT 11/2016-12/2016" two months, "on tamoxifen since 01/2017"); the follow-up's heading
    ("HEMATOLOGY/ONCOLOGY FOLLOW-UP 05/14/2024") dates the note, so "6 weeks ago" is a week of
    April 2024 and "before C9D1 on 6/4" is ahead. "stage IIB", "T2N1M0", "AC-T", "2/3 nodes",
    "50 Gy", "BRCA1/2", "ECOG 1", "C9D1" are no times."""
    assert _mentions(BREAST) == BREAST_TABLE


# ---- a problem list with onset years ---------------------------------------------------------

PROBLEMS = """\
PRIMARY CARE ANNUAL VISIT
Date of service: 02/08/2024

PROBLEM LIST:
1. HTN (2008)
2. DM2 dx 2012, HbA1c 7.2% on 11/2023
3. HLD (2010)
4. CAD, hx of MI in '09, s/p PCI to RCA '14
5. Cholelithiasis, s/p CCY 2015
6. OSA on CPAP since 2017
7. CKD stage 3a, first noted 2019

MEDICATIONS: Started metformin 2014, switched to insulin 2019 after an A1c of 10.1%. Lisinopril
20 mg daily. Atorvastatin 40 mg qHS.

The patient coached his son's team through the '09 season and still walks 30 minutes daily.
"""
PROBLEMS_TABLE: list[Row] = [
    ("02/08/2024", "DATE", "2024-02-08"),
    ("2008", "DATE", "2008"),
    ("2012", "DATE", "2012"),
    ("11/2023", "DATE", "2023-11"),
    ("2010", "DATE", "2010"),
    ("'09", "DATE", "2009"),
    ("'14", "DATE", "2014"),
    ("2015", "DATE", "2015"),
    ("2017", "DATE", "2017"),
    ("2019", "DATE", "2019"),
    ("2014", "DATE", "2014"),
    ("2019", "DATE", "2019"),
    ("daily", "SET", "P1D"),
    ("qHS", "SET", "P1D"),
    ("'09", "DATE", "2009"),
    ("30 minutes", "DURATION", "PT30M"),
    ("daily", "SET", "P1D"),
]


def test_problem_list_dates_each_problem_by_its_onset_year() -> None:
    """ "HTN (2008)", "DM2 dx 2012", "s/p CCY 2015" and "since 2017" are years; "hx of MI in
    '09" and "PCI to RCA '14" are 2009 and 2014, and so is a hobby's "the '09 season" (no
    duration of nine seasons); "HbA1c 7.2% on 11/2023" is a month and "7.2%" nothing."""
    assert _mentions(PROBLEMS) == PROBLEMS_TABLE


# ---- a psychiatric intake --------------------------------------------------------------------

PSYCH = """\
PSYCHIATRY INTAKE 07/22/2023

HPI: 34 yo M with MDD and alcohol use disorder presenting with worsening depression x 3 weeks
and passive SI x 2 weeks. PHQ-9 of 14 today, 21 at his visit on 5/30. Last drink 3 days ago;
he had been sober since June 2020 until a relapse in March of this year.

PAST PSYCHIATRIC HISTORY: First hospitalization at age 19 after a suicide attempt (overdose).
Second hospitalization in 2015 for 10 days. No ECT. Trials of sertraline (2015-2017) and
bupropion (2018), discontinued for insomnia.

PLAN: Start escitalopram 10 mg daily. CIWA q4h for the next 72 hours. Follow up in 2 weeks;
safety plan reviewed. Call the crisis line tonight if SI worsens.
"""
PSYCH_TABLE: list[Row] = [
    ("07/22/2023", "DATE", "2023-07-22"),
    ("3 weeks", "DURATION", "P3W"),
    ("2 weeks", "DURATION", "P2W"),
    ("today", "DATE", "2023-07-22"),
    ("5/30", "DATE", "2023-05-30"),
    ("3 days ago", "DATE", "2023-07-19"),
    ("June 2020", "DATE", "2020-06"),
    ("March of this year", "DATE", "2023-03"),
    ("2015", "DATE", "2015"),
    ("10 days", "DURATION", "P10D"),
    ("2015", "DATE", "2015"),
    ("2017", "DATE", "2017"),
    ("2018", "DATE", "2018"),
    ("daily", "SET", "P1D"),
    ("q4h", "SET", "PT4H"),
    ("the next 72 hours", "DURATION", "PT72H"),
    ("2 weeks", "DURATION", "P2W"),
    ("tonight", "TIME", "2023-07-22TNI"),
]


def test_psychiatric_intake_counts_sobriety_and_symptoms_from_its_heading() -> None:
    """ "PSYCHIATRY INTAKE 07/22/2023" dates the note: "Last drink 3 days ago" is 07/19, "at his
    visit on 5/30" this year's, "March of this year" 2023-03 and "tonight" the note's night;
    "SI x 2 weeks" lasts; "at age 19" is an age; "PHQ-9 of 14" is a score; "(2015-2017)" two
    years."""
    assert _mentions(PSYCH) == PSYCH_TABLE


# ---- a preoperative evaluation: surgical and social history ----------------------------------

SOCIAL = """\
PREOPERATIVE EVALUATION - 11/30/2022

SURGICAL HISTORY:
- Appendectomy age 12
- R TKA 2014, L TKA 2016
- Lap CCY 2/2011
- Cataract surgery OU 2020

SOCIAL HISTORY: Former smoker, 40 pack-year history; quit smoking 10 years ago. Drinks 2-3 beers
per week, none in the last 2 weeks. Retired machinist. Walks his dog twice a day.

ASSESSMENT: 71 yo M for elective L hip arthroplasty on 12/14/2022. Hold clopidogrel for 5 days
before surgery, starting Friday.
"""
SOCIAL_TABLE: list[Row] = [
    ("11/30/2022", "DATE", "2022-11-30"),
    ("2014", "DATE", "2014"),
    ("2016", "DATE", "2016"),
    ("2/2011", "DATE", "2011-02"),
    ("2020", "DATE", "2020"),
    ("10 years ago", "DATE", "2012"),
    # "2-3 beers per week" is a rate of drink, as "a case of beer a week" is: no time
    ("the last 2 weeks", "DURATION", "P2W"),
    ("twice a day", "SET", "P1D"),
    ("12/14/2022", "DATE", "2022-12-14"),
    ("5 days", "DURATION", "P5D"),
    ("Friday", "DATE", "2022-12-02"),
]


def test_preoperative_note_surgical_years_and_social_history() -> None:
    """ "PREOPERATIVE EVALUATION - 11/30/2022" dates the note: "quit smoking 10 years ago" is
    2012, "starting Friday" in the plan the coming Friday (12/02, the note's day is a
    Wednesday); "40 pack-year history" is an amount of smoking and "age 12" an age; "2-3
    beers per week" is a rate, "twice a day" recurs."""
    assert _mentions(SOCIAL) == SOCIAL_TABLE


# ---- an anticoagulation clinic note: a medication timeline -----------------------------------

MEDS = """\
ANTICOAGULATION CLINIC NOTE 09/05/2023

Indication: atrial fibrillation (dx 2021), CHA2DS2-VASc 4. On warfarin for the past 6 months,
previously on apixaban from 2021 until March 2023 (stopped for cost). INR 4.1 today; last INR
2.6 on 8/22. Warfarin held x 2 days, then resume 5 mg daily except 2.5 mg on Mondays and
Fridays. Recheck INR on Thursday. Next visit in 2 weeks.
"""
MEDS_TABLE: list[Row] = [
    ("09/05/2023", "DATE", "2023-09-05"),
    ("2021", "DATE", "2021"),
    ("the past 6 months", "DURATION", "P6M"),
    ("2021", "DATE", "2021"),
    ("March 2023", "DATE", "2023-03"),
    ("today", "DATE", "2023-09-05"),
    ("8/22", "DATE", "2023-08-22"),
    ("2 days", "DURATION", "P2D"),
    ("daily", "SET", "P1D"),
    ("Mondays", "SET", "XXXX-WXX-1"),
    ("Fridays", "SET", "XXXX-WXX-5"),
    ("Thursday", "DATE", "2023-09-07"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_medication_timeline_and_a_plan_ordered_for_a_weekday() -> None:
    """ "On warfarin for the past 6 months" lasts, "from 2021 until March 2023" names its ends,
    "held x 2 days" lasts; "Recheck INR on Thursday", an order of the plan, is the coming
    Thursday (09/07, the note is a Tuesday's), not the last; "CHA2DS2-VASc 4" is nothing."""
    assert _mentions(MEDS) == MEDS_TABLE


# ---- an immunization record ------------------------------------------------------------------

IMMUNIZATIONS = """\
PEDIATRIC/ADULT IMMUNIZATION RECORD (printed 12/01/2023)

Tdap 2019
Influenza (flu shot) 10/2023
COVID-19 primary series 04/2021, 05/2021
COVID-19 bivalent booster 10/12/2022
Pneumococcal (PCV20) 03/15/2022
Shingrix dose 1 on 1/10/2022, dose 2 on 4/4/2022.
Hep B series completed in 1998.
Td every 10 years.
"""
IMMUNIZATIONS_TABLE: list[Row] = [
    ("12/01/2023", "DATE", "2023-12-01"),
    ("2019", "DATE", "2019"),
    ("10/2023", "DATE", "2023-10"),
    ("04/2021", "DATE", "2021-04"),
    ("05/2021", "DATE", "2021-05"),
    ("10/12/2022", "DATE", "2022-10-12"),
    ("03/15/2022", "DATE", "2022-03-15"),
    ("1/10/2022", "DATE", "2022-01-10"),
    ("4/4/2022", "DATE", "2022-04-04"),
    ("1998", "DATE", "1998"),
    ("every 10 years", "SET", "P10Y"),
]


def test_immunization_record_dates_each_dose() -> None:
    """ "(printed 12/01/2023)" dates the record; each dose is a year, a month or a day; "Td
    every 10 years" recurs; "PCV20" and "COVID-19" are no dates."""
    assert _mentions(IMMUNIZATIONS) == IMMUNIZATIONS_TABLE


# ---- a prenatal visit ------------------------------------------------------------------------

PRENATAL = """\
PRENATAL VISIT 01/16/2024

28 yo G2P1 at 28 weeks by a 9-week ultrasound, EDD 6/3/24. Glucola 142 on 1/9, 3-hour GTT
normal on 1/12. Rhogam given today. Prior pregnancy: SVD at 39 weeks in 2020.

PLAN: Tdap at this visit. Visits q2 weeks from 32 weeks, weekly from 36 weeks. GBS at 36 weeks.
"""
PRENATAL_TABLE: list[Row] = [
    ("01/16/2024", "DATE", "2024-01-16"),
    ("28 weeks", "DURATION", "P28W"),
    ("9-week", "DURATION", "P9W"),
    ("6/3/24", "DATE", "2024-06-03"),
    ("1/9", "DATE", "2024-01-09"),
    ("3-hour", "DURATION", "PT3H"),
    ("1/12", "DATE", "2024-01-12"),
    ("today", "DATE", "2024-01-16"),
    ("39 weeks", "DURATION", "P39W"),
    ("2020", "DATE", "2020"),
    ("q2 weeks", "SET", "P2W"),
    ("32 weeks", "DURATION", "P32W"),
    ("weekly", "SET", "P1W"),
    ("36 weeks", "DURATION", "P36W"),
    ("36 weeks", "DURATION", "P36W"),
]


def test_prenatal_visit_gestational_ages_are_durations_and_its_days_this_year() -> None:
    """ "PRENATAL VISIT 01/16/2024" dates the note, so "on 1/9" and "on 1/12" are days of January
    2024; gestational ages ("at 28 weeks", "from 32 weeks", "at 39 weeks") are durations;
    "EDD 6/3/24" is a day; "G2P1" and "Glucola 142" are nothing."""
    assert _mentions(PRENATAL) == PRENATAL_TABLE


# ---- a prostate cancer history ---------------------------------------------------------------

PROSTATE = """\
GU ONCOLOGY NOTE 03/05/2024

Prostate adenocarcinoma, Gleason 3+4=7, cT2bN0M0, PSA 8.4 at diagnosis in 2017. s/p
radical prostatectomy 6/2017. Biochemical recurrence 2020 (PSA 0.4). Salvage RT 2/2021-4/2021
with 6 months of ADT. PSA undetectable since then until 0.3 on 1/15/2024, doubling time 5 months.
PSMA PET scheduled next week. RTC in 3 months with PSA.
"""
PROSTATE_TABLE: list[Row] = [
    ("03/05/2024", "DATE", "2024-03-05"),
    ("2017", "DATE", "2017"),
    ("6/2017", "DATE", "2017-06"),
    ("2020", "DATE", "2020"),
    ("2/2021", "DATE", "2021-02"),
    ("4/2021", "DATE", "2021-04"),
    ("6 months", "DURATION", "P6M"),
    ("1/15/2024", "DATE", "2024-01-15"),
    ("5 months", "DURATION", "P5M"),
    ("next week", "DATE", "2024-W11"),
    ("3 months", "DURATION", "P3M"),
]


def test_prostate_cancer_history_and_scan_next_week() -> None:
    """ "GU ONCOLOGY NOTE 03/05/2024" dates the note, so "next week" is 2024-W11; "Gleason
    3+4=7", "cT2bN0M0", "PSA 8.4" and "PSA 0.4" are no times; "Salvage RT 2/2021-4/2021"
    names two months."""
    assert _mentions(PROSTATE) == PROSTATE_TABLE


# ---- a lung cancer history -------------------------------------------------------------------

LUNG = """\
THORACIC ONCOLOGY 08/03/2022

68 yo F, 20 pack-years, quit 2005, with stage IVA NSCLC (adenocarcinoma, EGFR exon 19 del),
diagnosed 12/2020 on workup of a persistent cough for 2 months. Osimertinib since 1/2021
with a partial response; CT 7/28 stable. ECOG 0. Grade 2 paronychia since spring.
Continue osimertinib 80 mg daily. CT chest q3 months. Brain MRI every 6 months.
"""
LUNG_TABLE: list[Row] = [
    ("08/03/2022", "DATE", "2022-08-03"),
    ("2005", "DATE", "2005"),
    ("12/2020", "DATE", "2020-12"),
    ("2 months", "DURATION", "P2M"),
    ("1/2021", "DATE", "2021-01"),
    ("7/28", "DATE", "2022-07-28"),
    ("spring", "DATE", "2022-SP"),
    ("daily", "SET", "P1D"),
    ("q3 months", "SET", "P3M"),
    ("every 6 months", "SET", "P6M"),
]


def test_lung_cancer_history_a_scan_dated_after_its_name() -> None:
    """ "20 pack-years" is no duration; "CT 7/28 stable" is a day of the note's year, as a
    history writes a study's date after its name; "since spring" is the spring of the note's
    year; "stage IVA", "exon 19", "ECOG 0", "Grade 2" are nothing."""
    assert _mentions(LUNG) == LUNG_TABLE


# ---- a lymphoma surveillance visit -----------------------------------------------------------

LYMPHOMA = """\
LYMPHOMA SURVEILLANCE VISIT 10/19/2023

DLBCL, stage IIIA, IPI 2, diagnosed in August 2019. R-CHOP x 6 cycles completed 12/2019; in
complete remission since the end-of-treatment PET in January 2020. Now almost 4 years out.
No B symptoms. LDH normal. Plan: H&P and labs every 6 months through year 5, then annually.
"""
LYMPHOMA_TABLE: list[Row] = [
    ("10/19/2023", "DATE", "2023-10-19"),
    ("August 2019", "DATE", "2019-08"),
    ("12/2019", "DATE", "2019-12"),
    ("January 2020", "DATE", "2020-01"),
    ("Now", "DATE", "PRESENT_REF"),
    ("4 years", "DURATION", "P4Y"),
    ("every 6 months", "SET", "P6M"),
    ("annually", "SET", "P1Y"),
]


def test_lymphoma_remission_dated_from_the_end_of_treatment() -> None:
    """ "R-CHOP x 6 cycles" is no duration; "since the end-of-treatment PET in January 2020" is a
    month; "Now almost 4 years out" the present and a duration; "IPI 2" and "stage IIIA" no
    times; "every 6 months" and "annually" recur ("through year 5" is a year of follow-up,
    left untagged)."""
    assert _mentions(LYMPHOMA) == LYMPHOMA_TABLE


# ---- a colon cancer surveillance plan --------------------------------------------------------

COLON = """\
SURGICAL ONCOLOGY 06/27/2023

Stage IIIB (pT3N1aM0) sigmoid adenocarcinoma, s/p sigmoid colectomy 5/2022, adjuvant FOLFOX
x 12 cycles ending 11/2022. CEA 2.1 (was 14.8 preop). Surveillance colonoscopy
5/2023: no recurrence. Next colonoscopy in 3 years. CT C/A/P annually for 5 years.
"""
COLON_TABLE: list[Row] = [
    ("06/27/2023", "DATE", "2023-06-27"),
    ("5/2022", "DATE", "2022-05"),
    ("11/2022", "DATE", "2022-11"),
    ("5/2023", "DATE", "2023-05"),
    ("3 years", "DURATION", "P3Y"),
    ("annually", "SET", "P1Y"),
    ("5 years", "DURATION", "P5Y"),
]


def test_colon_cancer_surveillance_plan() -> None:
    """ "FOLFOX x 12 cycles ending 11/2022" ends in a month; "Next colonoscopy in 3 years" and
    "for 5 years" last; "pT3N1aM0" and "CEA 2.1" are nothing."""
    assert _mentions(COLON) == COLON_TABLE


# ---- a psychiatric progress note -------------------------------------------------------------

PSYCH_F = """\
PSYCHIATRY PROGRESS NOTE 04/11/2024

Pt is a 26 yo F with bipolar I, last manic episode summer 2022, on lithium since 2019 (level
0.8 on 3/28). Sleeping 7 hours a night. Denies SI since her last visit. Sober 18 months.
Cannabis use daily until 6 weeks ago. Moved in with her partner in January.
"""
PSYCH_F_TABLE: list[Row] = [
    ("04/11/2024", "DATE", "2024-04-11"),
    ("summer 2022", "DATE", "2022-SU"),
    ("2019", "DATE", "2019"),
    ("3/28", "DATE", "2024-03-28"),
    ("7 hours", "DURATION", "PT7H"),
    ("18 months", "DURATION", "P18M"),
    ("daily", "SET", "P1D"),
    ("6 weeks ago", "DATE", "2024-W09"),
    ("January", "DATE", "2024-01"),
]


def test_psychiatric_progress_note_episodes_and_sobriety() -> None:
    """ "last manic episode summer 2022", "on lithium since 2019", "level 0.8 on 3/28"; "Sober 18
    months" lasts; "until 6 weeks ago" is a week of late February 2024 and "in January" this
    year's."""
    assert _mentions(PSYCH_F) == PSYCH_F_TABLE


# ---- look-alikes and short cases -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Completed adjuvant AC-T with G-CSF support; BRCA1 and BRCA2 negative.",
        "Gleason 3+4=7 adenocarcinoma, T2N1M0, PSA 6.2.",
        "HbA1c 7.2%, PHQ-9 of 14, GAD-7 of 9, ECOG 2.",
        "Former smoker, 40 pack-year history; 1.5 ppd.",
        "The drill, code-named Gordian Knot '06, under NATO auspices.",
        "She sang '99 Problems' at karaoke.",
        "CT 1/2 of the lesions enhance; ECG 1/2 normal leads.",
        "First hospitalization at age 19; appendectomy age 12.",
    ],
)
def test_oncology_and_history_look_alikes_are_no_times(text: str) -> None:
    """Regimens, genes, staging, Gleason sums, scores, lab values, pack-years, ages, a name's
    "'06", a title's "'99" and a fraction after a study's name are no times."""
    assert _mentions(text, dct="2023-09-12") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PMH: s/p CABG '09, PCI '14.", [("'09", "DATE", "2009"), ("'14", "DATE", "2014")]),
        ("DM2 dx '12.", [("'12", "DATE", "2012")]),
        ("HTN ('08)", [("'08", "DATE", "2008")]),
        ("Tickets for the '24 season went on sale.", [("'24", "DATE", "2024")]),
        ("MRI 7/28 showed no change.", [("7/28", "DATE", "2023-07-28")]),
        ("PET 3/14: no uptake.", [("3/14", "DATE", "2023-03-14")]),
        ("Hold metformin until Monday.", [("Monday", "DATE", "2023-09-18")]),
        ("1. Repeat CBC Friday.", [("Friday", "DATE", "2023-09-15")]),
        ("He checked his INR on Friday.", [("Friday", "DATE", "2023-09-08")]),
    ],
)
def test_problem_list_years_study_days_and_plan_orders(text: str, expected: list[Row]) -> None:
    """A year after a problem's abbreviation, "dx" or in brackets, or before what it dates
    after "the"; a study's day after its name; a plan's order before a weekday looks ahead
    (2023-09-12 is a Tuesday), a told check looks back."""
    assert _mentions(text, dct="2023-09-12") == expected


@pytest.mark.parametrize(
    ("heading", "dated"),
    [
        ("LYMPHOMA SURVEILLANCE VISIT 10/19/2023", True),
        ("SURGICAL ONCOLOGY 10/19/2023", True),
        ("Next visit: 10/19/2023", False),
        ("Follow-up 10/19/2023", False),
        ("Last visit 10/19/2023", False),
    ],
)
def test_a_visit_heading_dates_the_note_but_a_planned_or_past_visit_does_not(
    heading: str, dated: bool
) -> None:
    """A heading naming the clinic and the visit dates the note, so "3 days ago" is 10/16; a
    plan's next visit, a bare follow-up and the last visit do not."""
    rows = _mentions(heading + "\nSeen 3 days ago.")
    assert rows[1] == ("3 days ago", "DATE", "2023-10-16" if dated else "XXXX-XX-XX")


@pytest.mark.xfail(
    strict=True,
    reason="a month and a two-digit year ('9/23' for September 2023) is read as neither a "
    "month nor a day: without a year elsewhere on its line it is as likely the 23rd of September",
)
def test_immunization_month_and_two_digit_year() -> None:
    """An immunization list's "COVID booster 9/23" is a month, as its neighbours are."""
    text = "IMMUNIZATIONS: Tdap 2019. Flu shot 10/2023. COVID booster 9/23."
    assert _mentions(text, dct="2023-12-01") == [
        ("2019", "DATE", "2019"),
        ("10/2023", "DATE", "2023-10"),
        ("9/23", "DATE", "2023-09"),
    ]
