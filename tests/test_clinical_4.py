"""Clinical notes, fourth round: a nursing flowsheet, an emergency triage note, a radiology
report, an operative note, a SOAP progress note, a medication reconciliation, oncology,
obstetric and pediatric notes, discharge instructions, a past history list and a consult.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): the date heading a note is its document date, whatever kind of note
it is ("ED TRIAGE NOTE 07/04/2021 @ 2215", "Date of Surgery: ...", "MEDICATION
RECONCILIATION"); a flowsheet's entry times ("0800: pt resting", "@ 1400") are times of that day;
dosing frequencies are sets, "PRN" alone is none. Ages are not tagged ("45 yo", "a 6-week-old",
"a 3 yo", "his 2 month shots", an age a vaccine is named by), but a gestational age is the
length of the pregnancy so far, a duration ("G2P1 at 32 weeks", "born at 38 weeks"). A day of
a chemotherapy cycle ("cycle 2 day 8", "C3D1") names a day of a schedule whose start the note
does not give and is left untagged. Doses, vital signs, scores, grades, strengths and ratios
must yield nothing.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

from chrono import extract_document

# ---- a nursing flowsheet: each entry opens with its time --------------------------------------

FLOWSHEET = """\
NURSING NOTE 02/17/2020

0800: pt resting comfortably in bed, denies pain. VS stable.
1000: ambulated in hall x2 with assist, tolerated well.
@ 1400 pt c/o nausea, Zofran 4 mg IV given. 1:1 sitter at bedside.
1830 - family at bedside, questions answered. Fall precautions maintained.
Overnight slept 4-5 hrs. Repositioned q2h. Foley d/c'd at 0600.
"""
FLOWSHEET_TABLE: list[Row] = [
    ("02/17/2020", "DATE", "2020-02-17"),
    ("0800", "TIME", "2020-02-17T08:00"),
    ("1000", "TIME", "2020-02-17T10:00"),
    ("1400", "TIME", "2020-02-17T14:00"),
    ("1830", "TIME", "2020-02-17T18:30"),
    ("Overnight", "TIME", "2020-02-17TNI"),
    ("4-5 hrs", "DURATION", "PT5H"),
    ("q2h", "SET", "PT2H"),
    ("0600", "TIME", "2020-02-17T06:00"),
]


def test_flowsheet_entries_open_with_their_time() -> None:
    """ "1000: ambulated", "1830 - family at bedside" and "@ 1400" are clock times of the
    note's day, not the years 1000, 1400 and 1830; "Overnight slept" is the night; "x2" (twice)
    and "1:1 sitter" are no times."""
    assert _mentions(FLOWSHEET) == FLOWSHEET_TABLE


# ---- an emergency triage note: the stamp of the note and its time --------------------------------

TRIAGE = """\
ED TRIAGE NOTE 07/04/2021 @ 2215

Arrival by EMS. CC: fall from ladder, +LOC for ~1 min. Neck pain since the fall.
Vitals: BP 142/88, HR 104, T 37.1, RR 20, SpO2 98% RA. GCS 15. Pain 8/10.
Last tetanus more than 10 years ago. LMP 2 wks ago. Triage ESI 2.
"""
TRIAGE_TABLE: list[Row] = [
    ("07/04/2021", "DATE", "2021-07-04"),
    ("2215", "TIME", "2021-07-04T22:15"),
    ("1 min", "DURATION", "PT1M"),
    ("more than 10 years ago", "DATE", "2011"),
    ("2 wks ago", "DATE", "2021-W24"),
]


def test_triage_note_stamp_dates_the_note() -> None:
    """ "ED TRIAGE NOTE 07/04/2021 @ 2215" dates the note (2215 is its time, not a year), so
    "2 wks ago" is a week of June; "GCS 15", "Pain 8/10", "ESI 2" and the vitals are no
    times."""
    doc, _ = extract_document(TRIAGE)
    assert doc.dct is not None and doc.dct.isoformat() == "2021-07-04"
    assert _mentions(TRIAGE) == TRIAGE_TABLE


# ---- a radiology report: comparison studies ------------------------------------------------------

RADIOLOGY = """\
Exam Date: 03/20/2019

CT ABDOMEN AND PELVIS WITH CONTRAST
CLINICAL HISTORY: RLQ pain x 2 days, fever since yesterday.
COMPARISON: CT of 03/14/2019 and an ultrasound dated 2/2/2018.
FINDINGS: The 1.2 cm hypodensity in segment 7 is unchanged since 2/2/2018. Grade 2/4 stranding.
IMPRESSION: Follow-up MRI in 3-6 months is recommended.
"""
RADIOLOGY_TABLE: list[Row] = [
    ("03/20/2019", "DATE", "2019-03-20"),
    ("2 days", "DURATION", "P2D"),
    ("yesterday", "DATE", "2019-03-19"),
    ("03/14/2019", "DATE", "2019-03-14"),
    ("2/2/2018", "DATE", "2018-02-02"),
    ("2/2/2018", "DATE", "2018-02-02"),
    ("3-6 months", "DURATION", "P6M"),
]


def test_radiology_report_comparison_studies_and_a_recommendation() -> None:
    """ "CT of 03/14/2019" and "dated 2/2/2018" date the prior studies; "Grade 2/4", "segment 7"
    and "1.2 cm" are no times; "in 3-6 months" lasts its upper bound."""
    assert _mentions(RADIOLOGY) == RADIOLOGY_TABLE


# ---- an operative note: the date of surgery and the times of its steps --------------------------

OPERATIVE = """\
OPERATIVE NOTE
Date of Surgery: 10/08/2022

PROCEDURE: Laparoscopic cholecystectomy.
ANESTHESIA: General. Incision time 0912, closure time 1047. EBL 20 mL.
INDICATIONS: 47 yo F with biliary colic for 6 months and an episode of cholecystitis in
August 2022 treated with antibiotics.
PLAN: discharge home today. Remove dressing in 48 hours. No driving for 1 week.
"""
OPERATIVE_TABLE: list[Row] = [
    ("10/08/2022", "DATE", "2022-10-08"),
    ("0912", "TIME", "2022-10-08T09:12"),
    ("1047", "TIME", "2022-10-08T10:47"),
    ("6 months", "DURATION", "P6M"),
    ("August 2022", "DATE", "2022-08"),
    ("today", "DATE", "2022-10-08"),
    ("48 hours", "DURATION", "PT48H"),
    ("1 week", "DURATION", "P1W"),
]


def test_operative_note_date_of_surgery_and_incision_and_closure_times() -> None:
    """ "Date of Surgery:" dates the note, so "today" is the day of the operation; "closure
    time 1047" is a clock time, not the year 1047; "EBL 20 mL" is a volume."""
    assert _mentions(OPERATIVE) == OPERATIVE_TABLE


# ---- a SOAP progress note: 24h events, a weekday, the hospital day -------------------------------

SOAP = """\
PROGRESS NOTE 05/11/2017

24h events: febrile to 38.6 overnight, cultures sent. Started on cefepime yesterday evening.
S: Feels better this AM. Tolerating PO since Tuesday.
O: T 37.4, HR 88, BP 118/72, 3+ edema bilaterally, 5/5 strength throughout.
A/P: 63M with HCAP, HD #4. Plan 7-day course of cefepime. Likely d/c in 1-2 days.
"""
SOAP_TABLE: list[Row] = [
    ("05/11/2017", "DATE", "2017-05-11"),
    ("overnight", "TIME", "2017-05-11TNI"),
    ("yesterday evening", "TIME", "2017-05-10TEV"),
    ("this AM", "TIME", "2017-05-11TMO"),
    ("Tuesday", "DATE", "2017-05-09"),  # 05/11/2017 is a Thursday
    ("HD #4", "DATE", "2017-05-11"),
    ("7-day", "DURATION", "P7D"),
    ("1-2 days", "DURATION", "P2D"),
]


def test_soap_note_deictic_times_and_a_weekday_of_this_week() -> None:
    """ "yesterday evening", "this AM" and "since Tuesday" count from the note's date; "3+
    edema", "5/5 strength", "T 37.4" are no times; "in 1-2 days" lasts two."""
    assert _mentions(SOAP) == SOAP_TABLE


def test_a_progress_notes_hospital_day_is_the_day_it_is_written() -> None:
    """Written on 05/11/2017 on hospital day 4, the note's "HD #4" is 05/11/2017."""
    assert ("HD #4", "DATE", "2017-05-11") in _mentions(SOAP)


# ---- a medication reconciliation: when drugs were started and last taken -------------------------

MEDREC = """\
MEDICATION RECONCILIATION 09/05/2018

1. Metformin 500 mg PO BID - started 2 weeks ago.
2. Prednisone 20 mg daily x 5 days, then tapered over 2 weeks.
3. Amoxicillin 875 mg PO TID for 10 days; last dose 3 days PTA.
4. Oxycodone 5 mg q6h PRN pain, 2 tabs every 4-6 hours as needed.
5. Zolpidem 5 mg qHS; has taken it nightly for years.
"""
MEDREC_TABLE: list[Row] = [
    ("09/05/2018", "DATE", "2018-09-05"),
    ("BID", "SET", "P1D"),
    ("2 weeks ago", "DATE", "2018-W34"),
    ("daily", "SET", "P1D"),
    ("5 days", "DURATION", "P5D"),
    ("2 weeks", "DURATION", "P2W"),
    ("TID", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("3 days PTA", "DATE", "2018-09-02"),
    ("q6h", "SET", "PT6H"),
    ("every 4-6 hours", "SET", "PT6H"),
    ("qHS", "SET", "P1D"),
    ("nightly", "SET", "P1D"),
    ("years", "DURATION", "PXY"),
]


def test_medication_reconciliation_starts_last_doses_and_tapers() -> None:
    """ "MEDICATION RECONCILIATION 09/05/2018" dates the list: "started 2 weeks ago" is a week
    of August and "last dose 3 days PTA" a day; "tapered over 2 weeks" is a duration; "2 tabs",
    "875 mg" and the list's numbers are no times."""
    assert _mentions(MEDREC) == MEDREC_TABLE


# ---- an oncology note: cycles and their days, a year of radiation --------------------------------

ONCOLOGY = """\
ONCOLOGY CLINIC NOTE 11/30/2021

Here for C3D1 of FOLFOX. Tolerated cycle 2 well; neuropathy started around cycle 2 day 8.
History: stage III rectal cancer dx 03/2021, s/p 6 cycles of FOLFOX, completed XRT in 2019
for a prior prostate cancer. ECOG 1. Plt 150, ANC 2.1.
Plan: continue q2 weeks. Restaging CT after C4. Next visit in 2 weeks.
"""
ONCOLOGY_TABLE: list[Row] = [
    ("11/30/2021", "DATE", "2021-11-30"),
    ("03/2021", "DATE", "2021-03"),
    ("2019", "DATE", "2019"),
    ("q2 weeks", "SET", "P2W"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_oncology_note_cycle_days_are_no_durations() -> None:
    """ "cycle 2 day 8" is a day of a schedule, not a span of two days; "C3D1", "6 cycles",
    "stage III", "ECOG 1" and "Plt 150" are no times; "q2 weeks" a set."""
    assert _mentions(ONCOLOGY) == ONCOLOGY_TABLE


# ---- an obstetric triage note: gestational age, LMP and EDD --------------------------------------

OBSTETRIC = """\
L&D TRIAGE NOTE 03/02/2024

28 yo G2P1 at 32 weeks by LMP 07/21/2023, EDD 4/26/2024. Contractions q5-7 min since 0300.
Prior SVD in 2019 at 39 weeks. GBS negative on 2/20. FHR 140s, cat I.
Plan: betamethasone 12 mg IM q24h x 2 doses; reassess in 2 hours.
"""
OBSTETRIC_TABLE: list[Row] = [
    ("03/02/2024", "DATE", "2024-03-02"),
    ("32 weeks", "DURATION", "P32W"),
    ("07/21/2023", "DATE", "2023-07-21"),
    ("4/26/2024", "DATE", "2024-04-26"),
    ("q5-7 min", "SET", "PT7M"),
    ("0300", "TIME", "2024-03-02T03:00"),
    ("2019", "DATE", "2019"),
    ("39 weeks", "DURATION", "P39W"),
    ("2/20", "DATE", "2024-02-20"),
    ("q24h", "SET", "PT24H"),
    ("2 hours", "DURATION", "PT2H"),
]


def test_obstetric_note_gestational_age_lmp_edd_and_contractions_since_a_time() -> None:
    """ "L&D TRIAGE NOTE" dates the note; "at 32 weeks" (by an LMP 32 weeks and a day before)
    is a duration of the pregnancy; "since 0300" a time of the note's day; "G2P1", "FHR 140s"
    and "x 2 doses" are no times."""
    assert _mentions(OBSTETRIC) == OBSTETRIC_TABLE


# ---- a pediatric note: an infant's age and a history of days -------------------------------------

PEDIATRIC = """\
PEDIATRIC URGENT CARE NOTE 12/14/2019

A 6-week-old male with a 3-day history of fever and poor feeding. Born at 38 weeks. Mother
reports 4 wet diapers in the last 24 hours. Sibling, a 3 yo, had URI last week.
APGAR 8/9. T 38.2, HR 170. Immunizations: 2 month shots not yet due.
Plan: admit for rule-out sepsis, blood and urine cultures, ampicillin and gentamicin q8h x 48h.
"""
PEDIATRIC_TABLE: list[Row] = [
    ("12/14/2019", "DATE", "2019-12-14"),
    ("3-day", "DURATION", "P3D"),
    ("38 weeks", "DURATION", "P38W"),
    ("the last 24 hours", "DURATION", "PT24H"),
    ("last week", "DATE", "2019-W49"),  # 12/14/2019 is in week 50
    ("q8h", "SET", "PT8H"),
    ("48h", "DURATION", "PT48H"),
]


def test_pediatric_note_ages_are_not_durations_but_a_history_of_days_is() -> None:
    """ "A 6-week-old" and "a 3 yo" are ages, and "2 month shots" are named by an age; "a
    3-day history" lasts three days; "APGAR 8/9" and "T 38.2" are no times."""
    assert _mentions(PEDIATRIC) == PEDIATRIC_TABLE


# ---- discharge instructions: courses, follow-ups and a window to call ----------------------------

INSTRUCTIONS = """\
DISCHARGE INSTRUCTIONS 06/21/2016

Take ibuprofen 600 mg every 6 hours with food for 5 days. Keep the splint on at all times.
Follow up with orthopedics in 1-2 weeks. Return in 3 months for a repeat x-ray.
Call if not improved in 48-72 hours. May shower after 2 days.
"""
INSTRUCTIONS_TABLE: list[Row] = [
    ("06/21/2016", "DATE", "2016-06-21"),
    ("every 6 hours", "SET", "PT6H"),
    ("5 days", "DURATION", "P5D"),
    ("1-2 weeks", "DURATION", "P2W"),
    ("3 months", "DURATION", "P3M"),
    ("48-72 hours", "DURATION", "PT72H"),
    ("2 days", "DURATION", "P2D"),
]


def test_discharge_instructions_ranges_of_hours_and_weeks() -> None:
    """ "in 48-72 hours" lasts its upper bound as "in 1-2 weeks" does; "at all times" is no
    time; "600 mg" a dose."""
    assert _mentions(INSTRUCTIONS) == INSTRUCTIONS_TABLE


# ---- a past history as a list of years -----------------------------------------------------------

HISTORY = """\
CLINIC NOTE 01/15/2020

PAST MEDICAL HISTORY:
- HTN (dx 2008)
- DM2, on insulin since 2015
- CVA 2012 with residual L weakness
- Colon cancer s/p hemicolectomy 2010, last colonoscopy 2017
PAST SURGICAL HISTORY: appendectomy (age 12), TKR 2018.
SOCIAL: quit smoking 5 years ago, 30 pack-years.
"""
HISTORY_TABLE: list[Row] = [
    ("01/15/2020", "DATE", "2020-01-15"),
    ("2008", "DATE", "2008"),
    ("2015", "DATE", "2015"),
    ("2012", "DATE", "2012"),
    ("2010", "DATE", "2010"),
    ("2017", "DATE", "2017"),
    ("2018", "DATE", "2018"),
    ("5 years ago", "DATE", "2015"),
]


def test_past_history_list_years_after_diagnoses_and_procedures() -> None:
    """A year after what happened ("CVA 2012", "TKR 2018", "dx 2008") is its date; "age 12"
    is an age and "30 pack-years" an amount of smoking."""
    assert _mentions(HISTORY) == HISTORY_TABLE


# ---- a consult: a clock time, episodes, prior studies --------------------------------------------

CONSULT = """\
CARDIOLOGY CONSULT NOTE 08/08/2019

Asked to see for new AFib noted on telemetry at 0430. Pt was in NSR on the admission ECG.
Episodes lasted 10-15 minutes each, 3 episodes in the last 12 hours. CHA2DS2-VASc 4.
Prior echo 2017: EF 55-60%. Holter 6/2018 without arrhythmia.
Recommendations: metoprolol 25 mg q6h, start apixaban 5 mg BID, f/u in clinic in 4 weeks.
"""
CONSULT_TABLE: list[Row] = [
    ("08/08/2019", "DATE", "2019-08-08"),
    ("0430", "TIME", "2019-08-08T04:30"),
    ("10-15 minutes", "DURATION", "PT15M"),
    ("the last 12 hours", "DURATION", "PT12H"),
    ("2017", "DATE", "2017"),
    ("6/2018", "DATE", "2018-06"),
    ("q6h", "SET", "PT6H"),
    ("BID", "SET", "P1D"),
    ("4 weeks", "DURATION", "P4W"),
]


def test_consult_note_clock_time_episode_lengths_and_prior_studies() -> None:
    """ "Prior echo 2017:" is a year; "Holter 6/2018" a month; "CHA2DS2-VASc 4" and "EF
    55-60%" are no times; "lasted 10-15 minutes" a duration of its upper bound."""
    assert _mentions(CONSULT) == CONSULT_TABLE


# ---- the new forms alone, and their look-alikes --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seen.\n2200: pt asleep, no distress.", [("2200", "TIME", "2014-03-12T22:00")]),
        ("Seen.\n0715 - pt up to chair.", [("0715", "TIME", "2014-03-12T07:15")]),
        ("Zofran given @ 1400.", [("1400", "TIME", "2014-03-12T14:00")]),
        (
            "Start time: 1305. Stop time: 1420.",
            [
                ("1305", "TIME", "2014-03-12T13:05"),
                ("1420", "TIME", "2014-03-12T14:20"),
            ],
        ),
        ("NPO since 0000.", [("0000", "TIME", "2014-03-12T00:00")]),
        (
            "G2P1 at 32 weeks, EDD 4/15.",
            [("32 weeks", "DURATION", "P32W"), ("4/15", "DATE", "2014-04-15")],
        ),
        ("LMP 8/1, EDD 5/8.", [("8/1", "DATE", "2013-08-01"), ("5/8", "DATE", "2014-05-08")]),
        ("Pelvic US dated 2/9 showed an IUP.", [("2/9", "DATE", "2014-02-09")]),
        (
            "Fall from a ladder 30 min prior to arrival.",
            [("30 min prior to arrival", "DATE", "2014-03-12")],
        ),
        ("Labs on day 8 of cycle 2 were normal.", []),
        ("Due for her 4-month well-child visit.", []),
    ],
)
def test_clinical_shorthand_of_the_fourth_round(text: str, expected: list[Row]) -> None:
    """A flowsheet entry's time opens its line (from 2000 on before "pt"); "@" before four
    digits is "at"; a start or stop time is a clock time; "since" before a leading zero is
    a time; a pregnancy's "EDD 4/15" is ahead and its "LMP 8/1" behind; a study "dated 2/9" is
    a day; a triage note counts "prior to arrival" as others "prior to admission"; a day of a
    cycle and a visit named by an age are none."""
    assert _mentions(text, dct="2014-03-12") == expected


@pytest.mark.parametrize(
    "text",
    [
        "1945: The war ends.\n2015 - present: chief executive of Acme.",
        "Timeline\n1832: the line to Leeds opens.\n2019: a year of change.",
    ],
)
def test_a_list_of_years_opening_its_lines_stays_years(text: str) -> None:
    """A year opening a line before a colon or a dash is no flowsheet's entry time, even before
    small letters."""
    assert [row for row in _mentions(text, dct="2014-03-12") if row[1] == "TIME"] == []


@pytest.mark.parametrize(
    "text",
    [
        "O2 sat 94% on RA, GCS 15, APGAR 8/9, 1:1 sitter, ESI 2.",
        "2 tabs, 5 mg, 3+ edema, 5/5 strength, T 38.2, BP 120/80, HR 88.",
        "a 45 yo man, a 6-week-old girl, a 3 yo, his 2 month shots.",
        "Here for C3D1; s/p 6 cycles; stage III; ECOG 1; 30 pack-years.",
    ],
)
def test_clinical_look_alikes_of_the_fourth_round_yield_nothing(text: str) -> None:
    """Scores, doses, vitals, ages and cycles are no times."""
    assert _mentions(text, dct="2014-03-12") == []
