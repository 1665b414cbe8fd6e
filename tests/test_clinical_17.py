"""Clinical notes, seventeenth round: clinic letters, specialty consults and treatment
summaries in the i2b2 2012 style, half of them tokenized as i2b2 writes them: letters to the
referring physician ("I saw Mr. Greene in clinic today", "since his last visit in March",
"over the past 6 months", "I will see him back in 3 months", "in the new year"), nephrology,
cardiology, hepatology and neurology follow-ups and consults, oncology treatment summaries
("s/p 6 cycles of FOLFOX completed 11/2019", "XRT 2/2020 - 4/2020", "on maintenance since
2021", "NED x 5 years", "restaging in 8 weeks"), radiology and pathology reports
("COMPARISON : CT 03/02/2021", "compared to prior of 1/15", "interval increase since 6 months
ago", "stable since 2017", "Date of procedure : 04/11/2022") and anticoagulation and dialysis
schedules ("HD MWF", "INR weekly", "every 4 weeks", "q3 months", "2.5 mg Mon/Fri"). Read for
what still went wrong: a past cue after "his" or "this" ("since his last visit in March" in a
November letter is the March behind: "his " ended in "is ", which hid the cue "last"); a
return visit "back in" a time ahead ("I will see him back in the new year", not a look back
as "back in March he had" is); a prior study dated after "prior of" ("compared to prior of
1/15"); a clock time right after a day later than the document date, told in the past
("Discussed ... on 04/13/2022 at 1510" in a report dated 04/11); a dose on two weekdays joined
by a slash ("2.5 mg Mon/Fri"), which recurs as three listed days do; a British letter's
interval before "-monthly" or "-weekly" ("6-monthly ECGs" P6M, "4-weekly injections" P4W);
and an imaging report headed by its study's name and day ("CT CHEST WITHOUT CONTRAST
01/20/2022"), which dates it.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): the date heading a letter, a consult, a summary or a report
dates it, and what it says counts from it; "x 5 years", "in 3 months", "in 8 weeks" are
durations (a range its upper bound); dosing and monitoring frequencies are sets ("weekly",
"every 4 weeks", "q3 months", "BID", "MWF" P1W); "6 months ago" is a month. A day of a
chemotherapy cycle ("C3D1", "cycle 4 day 8") names a day of a schedule whose start the note
does not give and stays untagged, as tests/test_clinical_4.py and test_clinical_8.py leave it;
so are counts of cycles and doses ("6 cycles", "x 10 doses"). Vitals, doses, lab values
("HbA1c 7.2", "CA 19-9 412", "AFP 3.1", "Kt/V 1.3"), scores and stages ("stage IIIA",
"T2N1M0", "Gleason 3+4 = 7", "ECOG 1", "MELD 11", "Child-Pugh A6", "CHA2DS2-VASc 4", "NYHA
class II", "BI-RADS 4", "Deauville 2"), sizes ("3.2 x 2.1 cm"), radiation doses ("50 Gy in
25 fractions") and ICD codes are no times. Weekdays were checked with Python's datetime.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row
from passages import mentions as _mentions

# ---- a nephrology letter: the last visit in March, a fistula placed in June, the next visit ----

NEPHRO_LETTER = """\
NEPHROLOGY CLINIC 11/14/2022

Dear Dr. Patel,

I saw Mr. Greene in clinic today for follow-up of his stage 4 CKD. Since his last visit in
March his creatinine has risen from 2.9 to 3.4 and his eGFR is 17. He has gained 3 kg over the
past 6 months. A left radiocephalic AV fistula was placed in June and has matured well. HbA1c
7.2 %.

He will continue epoetin every 2 weeks and iron sucrose q3 months. We discussed starting
hemodialysis MWF early next year. I will see him back in 3 months.

Yours sincerely,
Dr. L. Moreau
"""
NEPHRO_LETTER_TABLE: list[Row] = [
    ("11/14/2022", "DATE", "2022-11-14"),
    ("today", "DATE", "2022-11-14"),
    ("March", "DATE", "2022-03"),
    ("the\npast 6 months", "DURATION", "P6M"),
    ("June", "DATE", "2022-06"),
    ("every 2 weeks", "SET", "P2W"),
    ("q3 months", "SET", "P3M"),
    ("MWF", "SET", "P1W"),
    ("early next year", "DATE", "2023"),
    ("3 months", "DURATION", "P3M"),
]


def test_nephrology_letter_since_his_last_visit_in_march() -> None:
    """Headed 11/14/2022, "Since his last visit in March" is the March behind (a visit that was
    last), not the coming one; "over the past 6 months" lasts; "placed in June" is June 2022;
    "every 2 weeks", "q3 months" and "hemodialysis MWF" recur; "early next year" is 2023; "I
    will see him back in 3 months" lasts; "stage 4", "2.9", "eGFR 17", "3 kg" and "HbA1c 7.2
    %" are no times."""
    assert _mentions(NEPHRO_LETTER) == NEPHRO_LETTER_TABLE


# ---- a hepatology letter in December: a return in the new year -------------------------------

HEPATOLOGY_LETTER = """\
HEPATOLOGY CLINIC 12/12/2022

Dear Dr. Osei,

I saw Mr. Ortiz today for his cirrhosis due to hepatitis C, treated with sofosbuvir and
velpatasvir for 12 weeks in 2018 with SVR12. MELD 11, Child-Pugh A6. His last EGD in 03/2021
showed small varices. He has been abstinent from alcohol since 2015. Ultrasound every 6 months
for HCC screening; the last one, on 06/08/2022, was negative. AFP 3.1.

He is due for a repeat EGD. I will see him back in the new year with an ultrasound.
"""
HEPATOLOGY_LETTER_TABLE: list[Row] = [
    ("12/12/2022", "DATE", "2022-12-12"),
    ("today", "DATE", "2022-12-12"),
    ("12 weeks", "DURATION", "P12W"),
    ("2018", "DATE", "2018"),
    ("03/2021", "DATE", "2021-03"),
    ("2015", "DATE", "2015"),
    ("every 6 months", "SET", "P6M"),
    ("06/08/2022", "DATE", "2022-06-08"),
    ("the new year", "DATE", "2023"),
]


def test_hepatology_letter_see_him_back_in_the_new_year() -> None:
    """Headed 12/12/2022, "I will see him back in the new year" is 2023, a return visit ahead
    ("back in" is no look back here, as "back in 2018 he was treated" is); "for 12 weeks in
    2018" lasts in a year; "since 2015" is a year; "SVR12", "MELD 11", "Child-Pugh A6" and "AFP
    3.1" are no times."""
    assert _mentions(HEPATOLOGY_LETTER) == HEPATOLOGY_LETTER_TABLE


# ---- a neurology follow-up letter: the last seizure months ago, a dose increased in January ---

NEURO_LETTER = """\
NEUROLOGY FOLLOW-UP 05/30/2023

Dear Dr. Chen,

I saw Ms. Ruiz today for her focal epilepsy. Her last seizure was 8 months ago. She has had no
events since her levetiracetam was increased in January. EEG 04/2022 showed left temporal sharp
waves; MRI brain 01/2022 was normal. She has had migraines 2-3 times a month over the past
year. She may drive after 6 months seizure-free. I will see her back in 6 months, or sooner
as needed.
"""
NEURO_LETTER_TABLE: list[Row] = [
    ("05/30/2023", "DATE", "2023-05-30"),
    ("today", "DATE", "2023-05-30"),
    ("8 months ago", "DATE", "2022-09"),
    ("January", "DATE", "2023-01"),
    ("04/2022", "DATE", "2022-04"),
    ("01/2022", "DATE", "2022-01"),
    ("2-3 times a month", "SET", "P1M"),
    ("the past\nyear", "DURATION", "P1Y"),
    ("6 months", "DURATION", "P6M"),
    ("6 months", "DURATION", "P6M"),
]


def test_neurology_letter_last_seizure_and_a_dose_increased_in_january() -> None:
    """ "Her last seizure was 8 months ago" is September 2022; "since ... was increased in
    January" is this January; "EEG 04/2022" and "MRI brain 01/2022" are months; "2-3 times a
    month" recurs; "after 6 months seizure-free" and "back in 6 months" last."""
    assert _mentions(NEURO_LETTER) == NEURO_LETTER_TABLE


# ---- a tokenized cardiology consult: AF since this morning, a CABG, an echo ------------------

CARDIO_CONSULT = """\
CARDIOLOGY CONSULT NOTE :
10/05/2021
REASON FOR CONSULT :
Atrial fibrillation with RVR since this morning .
HISTORY OF PRESENT ILLNESS :
72 year old man with CAD s/p CABG 2009 , last echo 03/2020 with EF 40 % . He reports
palpitations for the past 2 days . NYHA class II . CHA2DS2-VASc 4 . HR 138 , BP 102/64 .
RECOMMENDATIONS :
Metoprolol 25 mg PO q6h . Start apixaban 5 mg BID . TTE today . Holter x 48 hours after
discharge . Follow up in cardiology clinic in 2-4 weeks .
"""
CARDIO_CONSULT_TABLE: list[Row] = [
    ("10/05/2021", "DATE", "2021-10-05"),
    ("this morning", "TIME", "2021-10-05TMO"),
    ("2009", "DATE", "2009"),
    ("03/2020", "DATE", "2020-03"),
    ("the past 2 days", "DURATION", "P2D"),
    ("q6h", "SET", "PT6H"),
    ("BID", "SET", "P1D"),
    ("today", "DATE", "2021-10-05"),
    ("48 hours", "DURATION", "PT48H"),
    ("2-4 weeks", "DURATION", "P4W"),
]


def test_tokenized_cardiology_consult_since_this_morning() -> None:
    """The consult's heading over its date dates it: "since this morning" is the morning of
    10/05, "TTE today" that day; "s/p CABG 2009" a year, "last echo 03/2020" a month; "for
    the past 2 days" and "Holter x 48 hours" last; "EF 40 %", "NYHA class II", "CHA2DS2-VASc
    4", "HR 138", "BP 102/64" and "25 mg" are no times."""
    assert _mentions(CARDIO_CONSULT) == CARDIO_CONSULT_TABLE


# ---- an oncology treatment summary: FOLFOX, chemoradiation, maintenance, no evidence of disease -

RECTAL_SUMMARY = """\
ONCOLOGY TREATMENT SUMMARY 09/08/2025

Diagnosis: stage IIIA (T2N1M0) adenocarcinoma of the rectum, dx 05/2019. ECOG 1.
Treatment: s/p 6 cycles of FOLFOX completed 11/2019. XRT 2/2020 - 4/2020 with capecitabine,
50 Gy in 25 fractions. LAR 6/2020. On maintenance capecitabine since 2021. NED x 5 years.
CEA 2.4, CA 19-9 18.
Plan: continue surveillance. CEA q3 months for 2 years, then every 6 months. Restaging in 8
weeks.
"""
RECTAL_SUMMARY_TABLE: list[Row] = [
    ("09/08/2025", "DATE", "2025-09-08"),
    ("05/2019", "DATE", "2019-05"),
    ("11/2019", "DATE", "2019-11"),
    ("2/2020", "DATE", "2020-02"),
    ("4/2020", "DATE", "2020-04"),
    ("6/2020", "DATE", "2020-06"),
    ("2021", "DATE", "2021"),
    ("5 years", "DURATION", "P5Y"),
    ("q3 months", "SET", "P3M"),
    ("2 years", "DURATION", "P2Y"),
    ("every 6 months", "SET", "P6M"),
    ("8\nweeks", "DURATION", "P8W"),
]


def test_oncology_treatment_summary_completed_courses_and_surveillance() -> None:
    """ "s/p 6 cycles of FOLFOX completed 11/2019" ends in a month ("6 cycles" is a count);
    "XRT 2/2020 - 4/2020" names two months; "since 2021" is a year; "NED x 5 years" and
    "Restaging in 8 weeks" last; "stage IIIA", "T2N1M0", "ECOG 1", "50 Gy in 25 fractions",
    "CEA 2.4" and "CA 19-9 18" are no times."""
    assert _mentions(RECTAL_SUMMARY) == RECTAL_SUMMARY_TABLE


# ---- a tokenized infusion note: a cycle's days, a last dose, weekly labs ---------------------

INFUSION = """\
HEMATOLOGY/ONCOLOGY PROGRESS NOTE :
02/20/2024
Here for C3D1 of gemcitabine / nab-paclitaxel , given on days 1 , 8 and 15 , every 28
days . Cycle 2 day 8 was held for ANC 0.9 . Last dose 02/06/2024 . CA 19-9 412 , down from
1,850 in 11/2023 . ECOG 1 .
PLAN :
Proceed with C3D1 today . CBC weekly . Restaging CT after cycle 4 , in about 8 weeks .
Neulasta on day 2 . RTC in 1 week for cycle 3 day 8 .
"""
INFUSION_TABLE: list[Row] = [
    ("02/20/2024", "DATE", "2024-02-20"),
    ("every 28\ndays", "SET", "P28D"),
    ("02/06/2024", "DATE", "2024-02-06"),
    ("11/2023", "DATE", "2023-11"),
    ("today", "DATE", "2024-02-20"),
    ("weekly", "SET", "P1W"),
    ("8 weeks", "DURATION", "P8W"),
    ("1 week", "DURATION", "P1W"),
]


def test_tokenized_infusion_note_cycle_days_are_no_dates() -> None:
    """ "C3D1", "Cycle 2 day 8", "days 1 , 8 and 15", "cycle 4", "day 2" and "cycle 3 day 8"
    are days of a schedule whose start the note does not give: untagged ("every 28 days"
    recurs); "Last dose 02/06/2024" and "in 11/2023" are dated;
    "CBC weekly" recurs; "CA 19-9 412", "ANC 0.9" and "ECOG 1" are no times."""
    assert _mentions(INFUSION) == INFUSION_TABLE


# ---- a tokenized CT report: the prior study, an interval change, a stable lesion ---------------

CT_REPORT = """\
DATE OF EXAM : 06/20/2021
CT ABDOMEN AND PELVIS WITH CONTRAST
COMPARISON : CT 03/02/2021 .
FINDINGS : The pancreatic head mass measures 3.2 x 2.1 cm , previously 2.8 x 1.9 cm .
Interval increase in a segment 6 hepatic lesion since 6 months ago . Sclerotic L2 lesion ,
stable since 2017 . No ascites .
IMPRESSION : Interval progression . CA 19-9 was 412 .
"""
CT_REPORT_TABLE: list[Row] = [
    ("06/20/2021", "DATE", "2021-06-20"),
    ("03/02/2021", "DATE", "2021-03-02"),
    ("6 months ago", "DATE", "2020-12"),
    ("2017", "DATE", "2017"),
]


def test_tokenized_ct_report_interval_change_since_months_ago() -> None:
    """ "COMPARISON : CT 03/02/2021" is a day; "since 6 months ago" is December 2020; "stable
    since 2017" a year; "3.2 x 2.1 cm", "segment 6", "L2" and "CA 19-9 was 412" are no
    times."""
    assert _mentions(CT_REPORT) == CT_REPORT_TABLE


# ---- a chest CT compared with the prior of a day without its year -----------------------------

PRIOR_OF = """\
DATE OF EXAM : 01/20/2022
CT CHEST WITHOUT CONTRAST
COMPARISON : Prior of 1/15 .
FINDINGS : The 6 mm right upper lobe nodule is unchanged compared to the prior of 1/15 and to
CT chest 10/12/2021 . Lung-RADS 2 .
"""
PRIOR_OF_TABLE: list[Row] = [
    ("01/20/2022", "DATE", "2022-01-20"),
    ("1/15", "DATE", "2022-01-15"),
    ("1/15", "DATE", "2022-01-15"),
    ("10/12/2021", "DATE", "2021-10-12"),
]


def test_chest_ct_compared_to_the_prior_of_a_day() -> None:
    """ "Prior of 1/15" and "compared to the prior of 1/15" name the earlier study's day, five
    days before the exam, as "the prior exam of 2/4" does; "6 mm" and "Lung-RADS 2" are no
    times."""
    assert _mentions(PRIOR_OF) == PRIOR_OF_TABLE


# ---- imaging reports headed by the study's name and day --------------------------------------

STUDY_HEADINGS: list[tuple[str, list[Row]]] = [
    (
        "CT CHEST WITHOUT CONTRAST 01/20/2022\nRUL nodule unchanged from 11/3 .",
        [("01/20/2022", "DATE", "2022-01-20"), ("11/3", "DATE", "2021-11-03")],
    ),
    (
        "PET/CT SKULL BASE TO MID-THIGH 05/05/2023\nNew focus since the prior exam 3 months ago"
        " . Deauville 2 .",
        [("05/05/2023", "DATE", "2023-05-05"), ("3 months ago", "DATE", "2023-02")],
    ),
    (
        "MRI BRAIN W/WO CONTRAST 03/02/2021\nNo change since yesterday's CT .",
        [("03/02/2021", "DATE", "2021-03-02"), ("yesterday", "DATE", "2021-03-01")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), STUDY_HEADINGS)
def test_an_imaging_report_is_dated_by_its_studys_heading(text: str, rows: list[Row]) -> None:
    """A report whose first line is the study's name and day ("CT CHEST WITHOUT CONTRAST
    01/20/2022", "PET/CT SKULL BASE TO MID-THIGH 05/05/2023") is dated by it: "from 11/3" is
    the November behind, "3 months ago" February, "yesterday's CT" the day before."""
    assert _mentions(text) == rows


NOT_STUDY_HEADINGS = [
    "Imaging:\nCT 03/02/2021 stable.\nSeen today.",
    "Prior studies: CT CHEST 03/02/2021 and MRI 04/2021.\nSeen today.",
]


@pytest.mark.parametrize("text", NOT_STUDY_HEADINGS)
def test_a_study_named_in_a_list_does_not_date_the_note(text: str) -> None:
    """A study's day after a label or in a sentence of studies, and a study's name alone
    before its day, are no heading: "today" stays unresolved."""
    assert ("today", "DATE", "XXXX-XX-XX") in _mentions(text)


# ---- a pathology report dated by its procedure ------------------------------------------------

PATHOLOGY = """\
SURGICAL PATHOLOGY REPORT
Date of procedure : 04/11/2022
CLINICAL HISTORY : 66 year old man , PSA 9.8 , up from 5.2 a year ago . MRI 02/2022 PI-RADS 4 .
DIAGNOSIS : Prostate , 12 core biopsies : adenocarcinoma , Gleason 3+4 = 7 ( Grade Group 2 ) ,
in 5/12 cores . ICD-10 C61 .
COMMENT : Discussed with Dr. Ahmed on 04/13/2022 at 1510 .
"""
PATHOLOGY_TABLE: list[Row] = [
    ("04/11/2022", "DATE", "2022-04-11"),
    ("a year ago", "DATE", "2021"),
    ("02/2022", "DATE", "2022-02"),
    ("04/13/2022", "DATE", "2022-04-13"),
    ("1510", "TIME", "2022-04-13T15:10"),
]


def test_pathology_report_dated_by_its_procedure() -> None:
    """ "Date of procedure : 04/11/2022" dates the report: "a year ago" is 2021; "MRI 02/2022"
    a month; "at 1510" after a date is a clock time of that day; "PSA 9.8", "PI-RADS 4",
    "Gleason 3+4 = 7", "Grade Group 2", "5/12 cores" and "ICD-10 C61" are no times."""
    assert _mentions(PATHOLOGY) == PATHOLOGY_TABLE


# ---- an anticoagulation clinic visit: INR weekly, a dose on two weekdays --------------------

ANTICOAG = """\
ANTICOAGULATION CLINIC VISIT 02/07/2023
Indication: atrial fibrillation, CHA2DS2-VASc 4. Goal INR 2-3. On warfarin since 2019.
INR today 3.6, was 2.4 last week. Took an extra 2.5 mg tablet on Saturday.
Plan: Hold tonight's dose, then warfarin 5 mg daily except 2.5 mg Mon/Fri. INR weekly until
stable, then every 4 weeks. Next INR in 1 week, on 02/14/2023.
"""
ANTICOAG_TABLE: list[Row] = [
    ("02/07/2023", "DATE", "2023-02-07"),
    ("2019", "DATE", "2019"),
    ("today", "DATE", "2023-02-07"),
    ("last week", "DATE", "2023-W05"),
    ("Saturday", "DATE", "2023-02-04"),
    ("tonight", "TIME", "2023-02-07TNI"),
    ("daily", "SET", "P1D"),
    ("Mon", "SET", "XXXX-WXX-1"),
    ("Fri", "SET", "XXXX-WXX-5"),
    ("weekly", "SET", "P1W"),
    ("every 4 weeks", "SET", "P4W"),
    ("1 week", "DURATION", "P1W"),
    ("02/14/2023", "DATE", "2023-02-14"),
]


def test_anticoagulation_visit_a_dose_on_two_weekdays_recurs() -> None:
    """Headed 02/07/2023 (a Tuesday), "on Saturday" is the 4th and "tonight's dose" that
    night; "5 mg daily except 2.5 mg Mon/Fri" recurs on Mondays and Fridays, a weekly dose,
    not the Monday and the Friday of one week; "INR weekly" and "every 4 weeks" recur; "Goal
    INR 2-3", "3.6", "CHA2DS2-VASc 4" and "2.5 mg" are no times."""
    assert dt.date(2023, 2, 7).strftime("%A") == "Tuesday"
    assert _mentions(ANTICOAG) == ANTICOAG_TABLE


# ---- a tokenized dialysis unit note: a schedule since a month, monthly labs -----------------

DIALYSIS = """\
DIALYSIS UNIT PROGRESS NOTE :
03/28/2024
Pt on HD MWF since 06/2021 , 4 hours per session via R IJ tunneled catheter . EDW 68 kg .
Kt/V 1.3 , URR 68 % . Hgb 10.2 , PTH 410 . Epogen 4000 units with each treatment . Venofer
100 mg weekly x 10 doses . Missed HD on Monday due to weather .
Transplant workup : last seen by the transplant team 11/2023 . Labs monthly , PPD yearly ,
hepatitis B surface antigen q3 months .
"""
DIALYSIS_TABLE: list[Row] = [
    ("03/28/2024", "DATE", "2024-03-28"),
    ("MWF", "SET", "P1W"),
    ("06/2021", "DATE", "2021-06"),
    ("4 hours", "DURATION", "PT4H"),
    ("weekly", "SET", "P1W"),
    ("Monday", "DATE", "2024-03-25"),
    ("11/2023", "DATE", "2023-11"),
    ("monthly", "SET", "P1M"),
    ("yearly", "SET", "P1Y"),
    ("q3 months", "SET", "P3M"),
]


def test_tokenized_dialysis_note_schedule_and_monitoring_sets() -> None:
    """Headed 03/28/2024 (a Thursday), "HD MWF since 06/2021" recurs from a month, "Missed HD
    on Monday" is the 25th; "4 hours per session" lasts; "weekly", "monthly", "yearly" and
    "q3 months" recur ("x 10 doses" is a count); "EDW 68 kg", "Kt/V 1.3", "URR 68 %", "Hgb
    10.2", "PTH 410" and "4000 units" are no times."""
    assert dt.date(2024, 3, 28).strftime("%A") == "Thursday"
    assert _mentions(DIALYSIS) == DIALYSIS_TABLE


# ---- a British respiratory letter: an interim, 3-monthly and 6-monthly monitoring ---------------

RESPIRATORY_LETTER = """\
RESPIRATORY CLINIC 14/03/2023

Dear Dr Okafor,

I reviewed Mrs Hale in clinic today. I last saw her in August, and she has had two
exacerbations in the interim, the last one 3 weeks ago. Her FEV1 is 1.2 L (48 % predicted).
She continues azithromycin 250 mg three times a week, with 6-monthly ECGs and 3-monthly liver
function tests. She also has 4-weekly omalizumab injections. I will review her in 4 months'
time with a repeat CT.
"""
RESPIRATORY_LETTER_TABLE: list[Row] = [
    ("14/03/2023", "DATE", "2023-03-14"),
    ("today", "DATE", "2023-03-14"),
    ("August", "DATE", "2022-08"),
    ("3 weeks ago", "DATE", "2023-W08"),
    ("three times a week", "SET", "P1W"),
    ("6-monthly", "SET", "P6M"),
    ("3-monthly", "SET", "P3M"),
    ("4-weekly", "SET", "P4W"),
    ("4 months", "DURATION", "P4M"),
]


def test_british_letter_three_monthly_and_six_monthly_monitoring() -> None:
    """A British letter headed 14/03/2023 (day first): "I last saw her in August" is August
    2022, "in the interim" no time; "6-monthly ECGs", "3-monthly liver function tests" and
    "4-weekly omalizumab injections" recur every six months, three months and four weeks
    (P6M, P3M, P4W), not monthly or weekly; "in 4 months' time" lasts; "FEV1 is 1.2 L",
    "48 %" and "250 mg" are no times."""
    assert _mentions(RESPIRATORY_LETTER) == RESPIRATORY_LETTER_TABLE


# ---- the tense of a letter's visits: past cues after "his", "this", "her" -------------------

LETTER_VISITS: list[tuple[str, list[Row]]] = [
    (
        "CLINIC NOTE 11/14/2022\nSince his last visit in March his creatinine has risen.",
        [("11/14/2022", "DATE", "2022-11-14"), ("March", "DATE", "2022-03")],
    ),
    (
        "CLINIC NOTE 11/14/2022\nAt his last visit in March his BP was high.",
        [("11/14/2022", "DATE", "2022-11-14"), ("March", "DATE", "2022-03")],
    ),
    (
        "CLINIC NOTE 11/14/2022\nThis was in March.",
        [("11/14/2022", "DATE", "2022-11-14"), ("March", "DATE", "2022-03")],
    ),
    (
        "CLINIC NOTE 11/14/2022\nHis next visit in March will include labs.",
        [("11/14/2022", "DATE", "2022-11-14"), ("March", "DATE", "2023-03")],
    ),
    (
        "CLINIC NOTE 11/14/2022\nThis will be repeated in March.",
        [("11/14/2022", "DATE", "2022-11-14"), ("March", "DATE", "2023-03")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), LETTER_VISITS)
def test_a_letters_last_visit_is_behind_and_its_next_one_ahead(text: str, rows: list[Row]) -> None:
    """In a November note, a March after "his last visit" or after "This was" is behind, one
    after "His next visit" or "will be" ahead: "his" and "this" end in "is" but are no verb."""
    assert _mentions(text) == rows


# ---- a return visit "back in" a time ahead, and a look back "back in" a time behind ------------

BACK_IN: list[tuple[str, list[Row]]] = [
    (
        "CLINIC NOTE 12/12/2022\nI will see her back in the new year.",
        [("12/12/2022", "DATE", "2022-12-12"), ("the new year", "DATE", "2023")],
    ),
    (
        "CLINIC NOTE 11/14/2022\nWe will see him back in March with labs.",
        [("11/14/2022", "DATE", "2022-11-14"), ("March", "DATE", "2023-03")],
    ),
    (
        "CLINIC NOTE 11/14/2022\nBack in March he had a fall.",
        [("11/14/2022", "DATE", "2022-11-14"), ("March", "DATE", "2022-03")],
    ),
    (
        "CLINIC NOTE 11/14/2022\nI first saw him back in March.",
        [("11/14/2022", "DATE", "2022-11-14"), ("March", "DATE", "2022-03")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), BACK_IN)
def test_see_him_back_in_is_a_return_visit_ahead(text: str, rows: list[Row]) -> None:
    """ "see her back in the new year", "see him back in March" set a return visit ahead; "Back
    in March he had a fall" and "I first saw him back in March" look back."""
    assert _mentions(text) == rows


# ---- doses on weekdays -----------------------------------------------------------------------

DOSE_DAYS: list[tuple[str, list[Row]]] = [
    (
        "Warfarin 5 mg daily except 2.5 mg Tue/Thu.",
        [
            ("daily", "SET", "P1D"),
            ("Tue", "SET", "XXXX-WXX-2"),
            ("Thu", "SET", "XXXX-WXX-4"),
        ],
    ),
    (
        "Methotrexate 15 mg Mon/Thu with folic acid.",
        [("Mon", "SET", "XXXX-WXX-1"), ("Thu", "SET", "XXXX-WXX-4")],
    ),
    (
        "Epogen 4000 units Tue/Sat with HD.",
        [("Tue", "SET", "XXXX-WXX-2"), ("Sat", "SET", "XXXX-WXX-6")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), DOSE_DAYS)
def test_a_dose_on_two_weekdays_recurs(text: str, rows: list[Row]) -> None:
    """Two short weekdays joined by a slash after a dose ("2.5 mg Tue/Thu", "4000 units
    Tue/Sat") are the weekly days of the dose, as three listed days are."""
    assert _mentions(text, dct="2023-02-07") == rows


NOT_DOSE_DAYS = [
    "The clinic was closed Mon/Tue for the storm.",
    "Talks resume Mon/Tue in Geneva.",
    "He took 2.5 mg on Mon and 5 mg on Tue.",
    "Swelling worse since Mon/Tue.",
]


@pytest.mark.parametrize("text", NOT_DOSE_DAYS)
def test_two_weekdays_without_a_dose_before_them_are_no_set(text: str) -> None:
    """Two weekdays after anything but a dose, or each after its own dose and "on", are no
    weekly days."""
    assert "SET" not in [kind for _, kind, _ in _mentions(text, dct="2023-02-07")]


# ---- look-alikes of consults and summaries: stages, scores, lab values, sizes, codes ----------

LOOK_ALIKES = [
    "Stage IIIA ( T2N1M0 ) , ECOG 1 , KPS 80 .",
    "Gleason 3+4 = 7 , Grade Group 2 , PI-RADS 4 , BI-RADS 4 .",
    "CA 19-9 412 , CEA 2.4 , AFP 3.1 , HbA1c 7.2 .",
    "The mass measures 3.2 x 2.1 cm , previously 2.8 x 1.9 cm .",
    "s/p 6 cycles ; Venofer x 10 doses ; 50 Gy in 25 fractions .",
    "MELD 11 , Child-Pugh A6 , NYHA class II , CHA2DS2-VASc 4 .",
    "Dx : C20 , Z51.11 , N18.4 .",
    "EDW 68 kg , Kt/V 1.3 , URR 68 % , Deauville 2 .",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_consult_and_summary_look_alikes_are_no_times(line: str) -> None:
    """Stages, performance status, scores, tumor markers, lab values, sizes, counts of cycles,
    doses and fractions, ICD codes and dialysis measures hold numbers that are no times."""
    assert _mentions(line) == []
