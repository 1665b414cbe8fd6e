"""Clinical notes, eighteenth round: de-identified notes in the style of MIMIC-III and
MIMIC-IV, whose de-identification writes every date, name and number as a placeholder between
"[**" and "**]" and shifts the years a century or two ahead: discharge summaries ("Admission
Date:  [**2151-3-4**]  Discharge Date:   [**2151-3-10**]", "on [**3-6**]", "a CABG in
[**2148**]", "Followup Instructions: ... Date/Time:[**2151-3-24**] 10:00", a year that runs
into the next one), a dictated summary's "D:  [**2151-5-16**]  14:23", radiology reports
headed by the study's day and time ("[**2151-3-5**] 10:42 AM  CHEST (PORTABLE AP)"), a
nursing progress note ("NPN 0700-1900"), an ECG and an echo report, a MetaVision ICU
progress note ("Last dose of Antibiotics: Vancomycin - [**2151-3-5**] 08:00 PM", "Since 12
AM"), a medication list ("PO BID (2 times a day)", "Disp:*60 Tablet(s)* Refills:*2*"), a
social work note full of placeholders that are no dates, and a MIMIC-IV summary whose
placeholders are all "___".

Each passage was written for these tests; none is copied from MIMIC. The conventions are
those of tests/test_clinical.py (TimeML as i2b2 adapted it): a summary is dated by its
"Admission Date" header, and what it tells counts from it; a report by the day on its first
line; a note with no date in its text (a nursing note, an ECG, an ICU progress note: MIMIC
keeps their chart date apart from the text) is read with that date given. Durations and
frequencies follow i2b2 2012 ("x 7 days" lasts, "q4h" and "BID" recur).

A placeholder date is the date it stands for: "[**2151-3-4**]" is 2151-03-04, "[**3-6**]" the
6th of March of the note's year, "[**2148**]" the year 2148 (a shifted year is an ordinary
year). The extent is the text inside the placeholder, "2151-3-4" and "3-6": the brackets and
stars are the de-identifier's markup, which a TimeML extent leaves out as it leaves out a tag,
and text[start:end] is then the date as written, which a reader can parse; a clock time after
a placeholder ("[**2151-3-5**] 10:42 AM") is a TIME of its own on that day. A placeholder
that is no date gives nothing: a name ("[**Last Name (NamePattern1) 1234**]"), a hospital
("[**Hospital1 18**]"), a telephone number, a record or a job number, and a date whose
placeholder keeps only an id ("[**Month (only) 404**]", "[**Year (4 digits) **]",
"[**Month/Day (2) 1234**]", "[**Date range (1) 1234**]": the number is no day nor year); only
what the text around it says is tagged. Weekdays are not used.
"""

from __future__ import annotations

import datetime as dt

from passages import Row
from passages import mentions as _mentions

from chrono import extract_document

# ---- a heart-failure discharge summary: the header, days of the stay, a follow-up ---------------

CHF = """\
Admission Date:  [**2151-3-4**]              Discharge Date:   [**2151-3-10**]

Date of Birth:  [**2088-11-2**]             Sex:   M

Service: MEDICINE

Allergies:
Penicillins

Attending:[**First Name3 (LF) 1234**]
Chief Complaint:
Shortness of breath

History of Present Illness:
62 yo M with ischemic cardiomyopathy (EF 25%) who presented to [**Hospital1 18**] on [**3-4**]
with 3 days of worsening dyspnea and orthopnea. He was last admitted in [**Month (only) 404**]
for a CHF exacerbation. He had a CABG in [**2148**] and a cardiac cath on [**2150-12-1**].

Brief Hospital Course:
He was diuresed with lasix 80 mg IV BID. On [**3-6**] his creatinine peaked at 1.9. By
[**3-8**] he was euvolemic and was transitioned to oral torsemide.

Discharge Instructions:
Weigh yourself every morning and call Dr. [**Last Name (STitle) 2345**] at
[**Telephone/Fax (1) 5678**] if your weight goes up more than 3 lbs.

Followup Instructions:
Provider: [**Name10 (NameIs) 1234**], MD Phone:[**Telephone/Fax (1) 62**]
Date/Time:[**2151-3-24**] 10:00

Completed by:[**2151-3-10**]
"""
CHF_TABLE: list[Row] = [
    ("2151-3-4", "DATE", "2151-03-04"),
    ("2151-3-10", "DATE", "2151-03-10"),
    ("2088-11-2", "DATE", "2088-11-02"),
    ("3-4", "DATE", "2151-03-04"),
    ("3 days", "DURATION", "P3D"),
    ("2148", "DATE", "2148"),
    ("2150-12-1", "DATE", "2150-12-01"),
    ("BID", "SET", "P1D"),
    ("3-6", "DATE", "2151-03-06"),
    ("3-8", "DATE", "2151-03-08"),
    ("every morning", "SET", "XXXX-XX-XXTMO"),
    ("2151-3-24", "DATE", "2151-03-24"),
    ("10:00", "TIME", "2151-03-24T10:00"),
    ("2151-3-10", "DATE", "2151-03-10"),
]


def test_discharge_summary_header_dates_the_note() -> None:
    """ "Admission Date:  [**2151-3-4**]" heads the summary: the document date is 2151-03-04,
    read from the text, whatever the placeholder around it."""
    doc, _ = extract_document(CHF)
    assert doc.dct == dt.date(2151, 3, 4)


def test_discharge_summary_placeholders_of_days_and_names() -> None:
    """ "on [**3-4**]", "On [**3-6**]", "By [**3-8**]" are days of the stay in 2151; "a CABG in
    [**2148**]" a shifted year; "Date/Time:[**2151-3-24**] 10:00" a day and its time; the
    attending's, the hospital's, the doctor's and the provider's placeholders, the telephone
    numbers and "last admitted in [**Month (only) 404**]" (an id, not a day) give nothing; "EF
    25%", "80 mg", "1.9" and "3 lbs" are no times."""
    assert _mentions(CHF) == CHF_TABLE


# ---- a portable chest radiograph: the study's day and time, "yesterday", a call -----------------

CXR = """\
[**2151-3-5**] 10:42 AM
 CHEST (PORTABLE AP)                                 Clip # [**Clip Number (Radiology) 12345**]
 Reason: eval for infiltrate
 Admitting Diagnosis: PNEUMONIA
 ______________________________________________________________________________
                                 FINAL REPORT
 HISTORY: 62-year-old man with fever.

 COMPARISON: [**2151-3-4**].

 FINDINGS: Compared to the study of yesterday, the left lower lobe opacity has increased.
 Findings were discussed with Dr. [**Last Name (STitle) 4567**] at 11:05 AM on [**3-5**].
"""
CXR_TABLE: list[Row] = [
    ("2151-3-5", "DATE", "2151-03-05"),
    ("10:42 AM", "TIME", "2151-03-05T10:42"),
    ("2151-3-4", "DATE", "2151-03-04"),
    ("yesterday", "DATE", "2151-03-04"),
    ("11:05 AM", "TIME", "2151-03-05T11:05"),
    ("3-5", "DATE", "2151-03-05"),
]


def test_radiograph_headed_by_its_day_and_time() -> None:
    """The report's first line "[**2151-3-5**] 10:42 AM" dates it and times the study;
    "COMPARISON: [**2151-3-4**]" and "the study of yesterday" are the day before; "at 11:05 AM
    on [**3-5**]" is a time of the study's day (two mentions, the day's extent inside the
    brackets, the time on the day after it: tense.toml's clock_on_day_between); the clip
    number, "62-year-old" and the radiologist's placeholder give nothing."""
    assert _mentions(CXR) == CXR_TABLE


# ---- a CT of the abdomen: prior studies by their days and a shifted year ------------------------

CT = """\
[**2151-3-7**] 3:15 PM
 CT ABDOMEN W/CONTRAST; CT PELVIS W/CONTRAST         Clip # [**Clip Number (Radiology) 23456**]
 Reason: r/o abscess
 Contrast: OMNIPAQUE Amt: 130
 ______________________________________________________________________________
                                 FINAL REPORT
 INDICATION: 71-year-old woman after sigmoid colectomy, with fever.

 COMPARISON: CT from [**2150-11-30**] and ultrasound from [**3-2**].

 TECHNIQUE: MDCT images were acquired through the abdomen and pelvis after IV contrast. 130 cc
 of Omnipaque were given.

 FINDINGS: A 4.2 x 3.1 cm rim-enhancing collection in the left pelvis is new since [**2150-11-30**].
 The 8-mm hypodensity in segment 7 is unchanged since [**2148**].

 IMPRESSION: Pelvic abscess. Findings were posted to the ED dashboard at 3:40 PM.
"""
CT_TABLE: list[Row] = [
    ("2151-3-7", "DATE", "2151-03-07"),
    ("3:15 PM", "TIME", "2151-03-07T15:15"),
    ("2150-11-30", "DATE", "2150-11-30"),
    ("3-2", "DATE", "2151-03-02"),
    ("2150-11-30", "DATE", "2150-11-30"),
    ("2148", "DATE", "2148"),
    ("3:40 PM", "TIME", "2151-03-07T15:40"),
]


def test_ct_report_priors_by_placeholder_days() -> None:
    """ "CT from [**2150-11-30**]" is a day of the year before; "ultrasound from [**3-2**]" the
    2nd of March of the report's year; "unchanged since [**2148**]" a year; "Amt: 130", "130
    cc", "4.2 x 3.1 cm", "8-mm" and "segment 7" are no times."""
    assert _mentions(CT) == CT_TABLE


def test_pod_in_a_reports_indication_is_the_day_of_the_study() -> None:
    """ "INDICATION: ... POD 5 from sigmoid colectomy" in a report dated [**2151-3-7**] says
    that the study's day is the fifth after the operation: 2151-03-07."""
    text = CT.replace("after sigmoid colectomy", "POD 5 from sigmoid colectomy")
    assert ("POD 5", "DATE", "2151-03-07") in _mentions(text)


# ---- a nursing progress note: the shift's hours, doses by the clock, the last BM ----------------

NPN = """\
NPN 0700-1900
Neuro: A&Ox3, MAE, follows commands. Medicated with morphine 2 mg IV q4h prn for incisional pain.
CV: HR 80s-90s SR, no ectopy. SBP 100s-120s. K 3.6, repleted with 40 mEq KCl at 1000.
Resp: LS clear, O2 sat 95% on 2L NC. Coughing and deep breathing q1h.
GI: Abd soft, +BS, no BM since [**3-5**]. Tolerating clears.
GU: Foley draining 30-50cc/hr. Lasix 40 mg IV given at 1400 with good effect.
Social: Wife [**Name (NI) 123**] in to visit this afternoon; can be reached at
[**Telephone/Fax (1) 5678**].
Plan: Continue to monitor UO q1h, advance diet as tolerated, OOB to chair tomorrow.
"""
NPN_TABLE: list[Row] = [
    ("0700", "TIME", "2151-03-06T07:00"),
    ("1900", "TIME", "2151-03-06T19:00"),
    ("q4h", "SET", "PT4H"),
    ("1000", "TIME", "2151-03-06T10:00"),
    ("q1h", "SET", "PT1H"),
    ("3-5", "DATE", "2151-03-05"),
    ("1400", "TIME", "2151-03-06T14:00"),
    ("this afternoon", "TIME", "2151-03-06TAF"),
    ("q1h", "SET", "PT1H"),
    ("tomorrow", "DATE", "2151-03-07"),
]


def test_nursing_progress_note_shift_hours_and_clock_times() -> None:
    """Charted on 2151-03-06, "NPN 0700-1900" (nursing progress note) gives the shift's two
    clock times, not a code nor the year 1900; "no BM since [**3-5**]" is the day before; "HR
    80s-90s", "SBP 100s-120s", "30-50cc/hr", "2L" and the wife's placeholder are no times."""
    assert _mentions(NPN, dct="2151-03-06") == NPN_TABLE


def test_nursing_note_dose_at_a_round_hour_is_a_time() -> None:
    """ "KCl at 1000" in a nursing note is ten in the morning of the note's day: a dose, its
    drug and "at" before four digits time the dose (time.clock_military_dose)."""
    assert ("1000", "TIME", "2151-03-06T10:00") in _mentions(NPN, dct="2151-03-06")


def test_nursing_note_clock_time_after_a_past_day_is_the_notes_day() -> None:
    """ "Lasix 40 mg IV given at 1400", on the line after "no BM since [**3-5**]", is a time of
    the shift, the note's day: the bound of a state that lasted "since" a day is no day the
    note goes on with (tense.toml's bound_since_before)."""
    assert ("1400", "TIME", "2151-03-06T14:00") in _mentions(NPN, dct="2151-03-06")


# ---- an ECG: the previous tracing, and a table of intervals that are no times ------------------

ECG = """\
Sinus rhythm. Left atrial abnormality. Left axis deviation. Poor R wave progression. Compared to
the previous tracing of [**2151-3-4**] the ventricular rate is slower. Otherwise, no change.

  Intervals Axes
Rate PR QRS QT/QTc P QRS T
72 168 98 402/428 55 -42 71
"""


def test_ecg_previous_tracing_and_intervals() -> None:
    """ "the previous tracing of [**2151-3-4**]" is a day; the rate, the intervals in
    milliseconds ("168", "402/428") and the axes ("-42") are no times."""
    assert _mentions(ECG, dct="2151-03-05") == [("2151-3-4", "DATE", "2151-03-04")]


# ---- an echo report: the study's day and time under the patient's measures ---------------------

ECHO = """\
PATIENT/TEST INFORMATION:
Indication: Congestive heart failure. Left ventricular function.
Height: (in) 70
Weight (lb): 180
BSA (m2): 2.00 m2
BP (mm Hg): 110/70
HR (bpm): 88
Status: Inpatient
Date/Time: [**2151-3-6**] at 14:20
Test: TTE (Complete)
Doppler: Full Doppler and color Doppler
Contrast: None
Technical Quality: Adequate

INTERPRETATION:

Conclusions:
The left atrium is moderately dilated. Left ventricular systolic function is severely depressed
(LVEF = 20-25 %). There is moderate (2+) mitral regurgitation.

Compared with the prior study (images reviewed) of [**2150-6-12**], the left ventricular
ejection fraction is lower and the mitral regurgitation has increased.
"""
ECHO_TABLE: list[Row] = [
    ("2151-3-6", "DATE", "2151-03-06"),
    ("14:20", "TIME", "2151-03-06T14:20"),
    ("2150-6-12", "DATE", "2150-06-12"),
]


def test_echo_report_study_time_and_prior_study() -> None:
    """ "Date/Time: [**2151-3-6**] at 14:20" is the study's day and time; "the prior study ...
    of [**2150-6-12**]" a day; height, weight, BSA, blood pressure, heart rate, "LVEF = 20-25
    %" and "(2+)" are no times."""
    assert _mentions(ECHO) == ECHO_TABLE


def test_echo_report_is_dated_by_its_date_time_line() -> None:
    """The echo's "Date/Time:" line is the day of the study, which dates the report."""
    doc, _ = extract_document(ECHO)
    assert doc.dct == dt.date(2151, 3, 6)


# ---- an ICU progress note: a MetaVision template's stamps and flowsheet -------------------------

MICU = """\
Chief Complaint: Septic shock
24 Hour Events:
 ARTERIAL LINE - START [**2151-3-5**] 08:00 PM
 Weaned off levophed overnight.
Allergies:
 Penicillins
 Hives;
Last dose of Antibiotics:
 Vancomycin - [**2151-3-5**] 08:00 PM
 Piperacillin/Tazobactam (Zosyn) - [**2151-3-6**] 04:00 AM
Infusions:
 Fentanyl - 50 mcg/hour
Other ICU medications:
 Heparin Sodium (Prophylaxis) - [**2151-3-6**] 12:00 AM
Flowsheet Data as of  [**2151-3-6**] 07:15 AM
Vital signs
Hemodynamic monitoring
Fluid balance
                                                                  24 hours
                                                               Since 12 AM
 Tmax: 38.3 C (100.9
 HR: 98 (88 - 110) bpm
 BP: 104/58(72) {88/46(60) - 131/70(92)} mmHg
 Total In:                                                          3,245 mL
                                                                       512 mL
Assessment and Plan
 68 yo F with urosepsis, day 2 of Zosyn. Continue Zosyn for 7 days total. Family meeting
 tomorrow at 2 PM.
ICU Care
 Glycemic Control: Insulin sliding scale
 Lines:
 Arterial Line - [**2151-3-5**] 08:00 PM
"""
MICU_TABLE: list[Row] = [
    ("24 Hour", "DURATION", "PT24H"),
    ("2151-3-5", "DATE", "2151-03-05"),
    ("08:00 PM", "TIME", "2151-03-05T20:00"),
    ("overnight", "TIME", "2151-03-05TNI"),
    ("2151-3-5", "DATE", "2151-03-05"),
    ("08:00 PM", "TIME", "2151-03-05T20:00"),
    ("2151-3-6", "DATE", "2151-03-06"),
    ("04:00 AM", "TIME", "2151-03-06T04:00"),
    ("2151-3-6", "DATE", "2151-03-06"),
    ("12:00 AM", "TIME", "2151-03-06T00:00"),
    ("2151-3-6", "DATE", "2151-03-06"),
    ("07:15 AM", "TIME", "2151-03-06T07:15"),
    ("24 hours", "DURATION", "PT24H"),
    ("12 AM", "TIME", "2151-03-06T00:00"),
    ("day 2 of Zosyn", "DATE", "2151-03-06"),
    ("7 days", "DURATION", "P7D"),
    ("tomorrow at 2 PM", "TIME", "2151-03-07T14:00"),
    ("2151-3-5", "DATE", "2151-03-05"),
    ("08:00 PM", "TIME", "2151-03-05T20:00"),
]


def test_icu_progress_note_stamps_and_flowsheet() -> None:
    """Charted on 2151-03-06, each "[**date**] hh:mm AM" stamp of the template is a day and a
    time; "24 Hour Events" and the flowsheet's "24 hours" last; "Since 12 AM" is the midnight
    that began the day; "Weaned off levophed overnight" the night before; "Tmax: 38.3 C (100.9"
    over "HR: 98" is a temperature over a heart rate, not "100.9 hours"; "urosepsis, day 2
    of Zosyn" (the brand capitalised) is the note's day; "50 mcg/hour", "(88 -
    110) bpm", the pressures and "3,245 mL" are no times."""
    assert _mentions(MICU, dct="2151-03-06") == MICU_TABLE


# ---- a MIMIC-IV summary: every date, name and place is "___" ------------------------------------

MIMIC_IV = """\
Name:  ___                Unit No:   ___

Admission Date:  ___              Discharge Date:   ___

Date of Birth:  ___             Sex:   F

Service: SURGERY

History of Present Illness:
Ms. ___ is a ___ year old woman with 2 days of right upper quadrant pain that began after
a fatty meal on ___. She was seen at ___ yesterday and sent to the ED.

Discharge Instructions:
You may shower 48 hours after surgery. Do not lift more than 10 lbs for 4 weeks. Take
oxycodone 5 mg every 4 hours as needed for pain.

Followup Instructions:
Please follow up with Dr. ___ in 2 weeks. Call ___ to schedule.
"""
MIMIC_IV_TABLE: list[Row] = [
    ("2 days", "DURATION", "P2D"),
    ("yesterday", "DATE", "XXXX-XX-XX"),
    ("48 hours", "DURATION", "PT48H"),
    ("4 weeks", "DURATION", "P4W"),
    ("every 4 hours", "SET", "PT4H"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_mimic_iv_summary_without_dates_keeps_relative_values_open() -> None:
    """With "Admission Date:  ___" the summary has no document date: "yesterday" stays
    XXXX-XX-XX; durations and "every 4 hours" need none; the blanks give nothing."""
    doc, _ = extract_document(MIMIC_IV)
    assert doc.dct is None
    assert _mentions(MIMIC_IV) == MIMIC_IV_TABLE


# ---- a stay across the new year: days without a year on both sides of it ------------------------

NEW_YEAR = """\
Admission Date:  [**2152-12-29**]              Discharge Date:   [**2153-1-4**]

Service: MEDICINE

History of Present Illness:
80 yo F with COPD who presented on [**12-29**] with 5 days of productive cough.

Brief Hospital Course:
She was started on prednisone and azithromycin. She was intubated on [**12-30**] for
hypercarbic respiratory failure and extubated on [**1-1**]. She was transferred to the floor on
[**1-2**] and ambulated with PT on the day of discharge.

Discharge Instructions:
Take prednisone 40 mg daily through [**1-8**], then stop.
"""
NEW_YEAR_TABLE: list[Row] = [
    ("2152-12-29", "DATE", "2152-12-29"),
    ("2153-1-4", "DATE", "2153-01-04"),
    ("12-29", "DATE", "2152-12-29"),
    ("5 days", "DURATION", "P5D"),
    ("12-30", "DATE", "2152-12-30"),
    ("1-1", "DATE", "2153-01-01"),
    ("1-2", "DATE", "2153-01-02"),
    ("the day of discharge", "DATE", "2153-01-04"),
    ("daily", "SET", "P1D"),
    ("1-8", "DATE", "2153-01-08"),
]


def test_stay_across_the_new_year_placeholder_days() -> None:
    """Admitted [**2152-12-29**] and discharged [**2153-1-4**]: "[**12-30**]" is in 2152,
    "[**1-1**]" and "[**1-2**]" in 2153; "the day of discharge" is the header's discharge
    date, its label before a placeholder; "through [**1-8**]" is after it."""
    assert _mentions(NEW_YEAR) == NEW_YEAR_TABLE


# ---- a progress note later in the stay: its own date, the admission's, a hospital day ---------

PROGRESS = """\
MICU PROGRESS NOTE [**2151-3-8**]
Admit Date: [**2151-3-4**]

68 yo F with urosepsis, now HD #5. She had fevers and dysuria 2 days prior to admission. On
[**3-5**] her blood cultures grew E. coli; she has been afebrile for 48 hours. Plan: switch to
PO ciprofloxacin today to complete 14 days, repeat UA in the AM.
"""
PROGRESS_TABLE: list[Row] = [
    ("2151-3-8", "DATE", "2151-03-08"),
    ("2151-3-4", "DATE", "2151-03-04"),
    ("now", "DATE", "PRESENT_REF"),
    ("HD #5", "DATE", "2151-03-08"),
    ("2 days prior to admission", "DATE", "2151-03-02"),
    ("3-5", "DATE", "2151-03-05"),
    ("48 hours", "DURATION", "PT48H"),
    ("today", "DATE", "2151-03-08"),
    ("14 days", "DURATION", "P14D"),
]


def test_progress_note_admit_date_placeholder_and_hospital_day() -> None:
    """Headed "MICU PROGRESS NOTE [**2151-3-8**]" over "Admit Date: [**2151-3-4**]", the note is
    dated the 8th; "now" is the present; "HD #5" is that day, counted from the admission; "2
    days prior to admission" counts back from the admission's placeholder; "On [**3-5**]" is a
    day of the stay; "in the AM" and "E. coli" are no times."""
    assert _mentions(PROGRESS) == PROGRESS_TABLE


# ---- a stay shifted past 2199: years beyond those prose writes -------------------------------

FAR = """\
Admission Date:  [**2201-12-29**]     Discharge Date:   [**2202-1-3**]

History of Present Illness:
77 yo M with CAD s/p CABG in [**2198**] and a PCI in [**2200**] who presents with 3 days of
cough. He was intubated on [**12-30**] and extubated on [**1-1**].
"""
FAR_TABLE: list[Row] = [
    ("2201-12-29", "DATE", "2201-12-29"),
    ("2202-1-3", "DATE", "2202-01-03"),
    ("2198", "DATE", "2198"),
    ("2200", "DATE", "2200"),
    ("3 days", "DURATION", "P3D"),
    ("12-30", "DATE", "2201-12-30"),
    ("1-1", "DATE", "2202-01-01"),
]


def test_stay_shifted_past_2199_is_dated() -> None:
    """De-identification may shift a stay past 2199: "Admission Date:  [**2201-12-29**]" dates
    the summary, "a PCI in [**2200**]" is a year, and the days of the stay count from the
    header's dates as in any other year."""
    doc, _ = extract_document(FAR)
    assert doc.dct == dt.date(2201, 12, 29)
    assert _mentions(FAR) == FAR_TABLE


# ---- a social work note: placeholders of people, places and numbers, and of dates by id ---------

SOCIAL = """\
SOCIAL WORK NOTE
Pt is a [**Age over 90 **] year old widow who lives alone in [**Location (un) 86**], [**State 350**]
at [**Street Address(2) 4567**], [**Apartment Address(1) 123**]. Her daughter [**Name (NI) 1234**]
([**Telephone/Fax (1) 5678**]) lives in [**Country 1234**] and visits every [**Holiday 1234**].
Pt worked for [**Company 1234**] for 30 years and retired in [**Year (4 digits) **]. Her son
[**Known lastname 1234**] attended [**University/College 1234**].
MRN [**Medical Record Number 1234**], pager [**Pager number 1234**]. She was last seen here
on [**Month/Day (2) 1234**] and in [**Month/Year (2) 123**]; her prior admission was
[**Date range (1) 1234**].
SW will follow up with the family this week.
"""
SOCIAL_TABLE: list[Row] = [
    ("30 years", "DURATION", "P30Y"),
    ("this week", "DATE", "XXXX-WXX"),
]


def test_social_work_note_placeholders_that_are_no_dates() -> None:
    """Names, places, an address, a telephone, record and pager numbers, a holiday, and dates
    whose placeholder keeps only an id ("[**Year (4 digits) **]", "[**Month/Day (2) 1234**]",
    "[**Month/Year (2) 123**]", "[**Date range (1) 1234**]") give nothing: "1234" is no year;
    only "for 30 years" and "this week" (no document date) are tagged."""
    assert _mentions(SOCIAL) == SOCIAL_TABLE


# ---- a dictated summary: the operation's day, postoperative days, dictation stamps -------------

DICTATED = """\
Admission Date:  [**2151-5-12**]       Discharge Date:  [**2151-5-16**]

Service:  ORTHOPAEDICS

HISTORY OF PRESENT ILLNESS:  The patient is an 84-year-old female who fell at home on the
morning of admission and sustained a left intertrochanteric hip fracture.

HOSPITAL COURSE:  She was taken to the operating room on [**5-13**] for a left hip ORIF. On
postoperative day #1 her hematocrit was 26 and she was transfused 2 units. On postoperative
day #2 she was out of bed to chair with physical therapy.

DISCHARGE FOLLOWUP:  She will follow up with Dr. [**Last Name (STitle) 1234**] in 2 weeks for staple
removal.

               [**First Name11 (Name Pattern1) 1234**] [**Last Name (NamePattern4) 5678**], M.D.
               [**MD Number(1) 2345**]

Dictated By:[**Last Name (NamePattern1) 3456**]
MEDQUIST36

D:  [**2151-5-16**]  14:23
T:  [**2151-5-18**]  09:15
JOB#:  [**Job Number 67890**]
"""
DICTATED_TABLE: list[Row] = [
    ("2151-5-12", "DATE", "2151-05-12"),
    ("2151-5-16", "DATE", "2151-05-16"),
    ("the\nmorning of admission", "TIME", "2151-05-12TMO"),
    ("5-13", "DATE", "2151-05-13"),
    ("postoperative day #1", "DATE", "2151-05-14"),
    ("postoperative\nday #2", "DATE", "2151-05-15"),
    ("2 weeks", "DURATION", "P2W"),
    ("2151-5-16", "DATE", "2151-05-16"),
    ("14:23", "TIME", "2151-05-16T14:23"),
    ("2151-5-18", "DATE", "2151-05-18"),
    ("09:15", "TIME", "2151-05-18T09:15"),
]


def test_dictated_summary_operation_day_and_dictation_stamps() -> None:
    """ "taken to the operating room on [**5-13**]" is the operation's day, from which
    "postoperative day #1" and "#2" count; "D:" and "T:" (dictated, transcribed) are a day and
    a time each; the signature's, the dictator's and the job number's placeholders and
    "MEDQUIST36" give nothing; "84-year-old", "26" and "2 units" are no times."""
    assert _mentions(DICTATED) == DICTATED_TABLE


# ---- a medication list: frequencies twice over, dispense and refill counts ---------------------

MEDS = """\
Admission Date:  [**2151-3-4**]              Discharge Date:   [**2151-3-10**]

Discharge Medications:
1. Metoprolol Tartrate 25 mg Tablet Sig: One (1) Tablet PO BID (2 times a day).
Disp:*60 Tablet(s)* Refills:*2*
2. Furosemide 40 mg Tablet Sig: One (1) Tablet PO DAILY (Daily).
Disp:*30 Tablet(s)* Refills:*2*
3. Warfarin 5 mg Tablet Sig: One (1) Tablet PO Once Daily at 4 PM.
4. Lorazepam 0.5 mg Tablet Sig: One (1) Tablet PO Q8H (every 8 hours) as needed for anxiety
for 5 days.
5. Ciprofloxacin 500 mg Tablet Sig: One (1) Tablet PO Q12H (every 12 hours) for 7 days.
Disp:*14 Tablet(s)* Refills:*0*

Discharge Disposition:
Extended Care

Facility:
[**Hospital3 7**] & Rehab Center - [**Location (un) 55**]
"""
MEDS_TABLE: list[Row] = [
    ("2151-3-4", "DATE", "2151-03-04"),
    ("2151-3-10", "DATE", "2151-03-10"),
    ("BID", "SET", "P1D"),
    ("2 times a day", "SET", "P1D"),
    ("DAILY", "SET", "P1D"),
    ("Daily", "SET", "P1D"),
    ("Once Daily", "SET", "P1D"),
    ("4 PM", "TIME", "XXXX-XX-XXT16:00"),
    ("Q8H", "SET", "PT8H"),
    ("every 8 hours", "SET", "PT8H"),
    ("5 days", "DURATION", "P5D"),
    ("Q12H", "SET", "PT12H"),
    ("every 12 hours", "SET", "PT12H"),
    ("7 days", "DURATION", "P7D"),
]


def test_discharge_medications_frequencies_and_counts() -> None:
    """A MIMIC medication line writes its frequency twice, "BID (2 times a day)", "Q8H (every
    8 hours)": two sets; "at 4 PM" is a time of any day of the set; "for 5 days" lasts;
    "One (1) Tablet", "Disp:*60 Tablet(s)*", "Refills:*2*" and the facility's placeholders are
    no times."""
    assert _mentions(MEDS) == MEDS_TABLE


# ---- a cardiac surgery summary: the procedure's day, a cath, postoperative days ----------------

CABG = """\
Name: [**Known lastname 1234**], [**Known firstname 567**]   Unit No: [**Numeric Identifier 8901**]

Admission Date: [**2151-8-20**]     Discharge Date: [**2151-8-27**]

Date of Birth: [**2090-4-15**]       Sex: M

Major Surgical or Invasive Procedure:
[**2151-8-21**] Coronary artery bypass graft x3 (LIMA to LAD, SVG to OM, SVG to PDA)

History of Present Illness:
61 yo M with exertional angina for the past 2 months, worse since [**Month (only) 116**]. A stress
test in [**2151-7-1**] was positive. Cath on [**8-19**] showed three-vessel disease.

Brief Hospital Course:
He was brought to the OR on [**8-21**]. He was extubated the evening of surgery. On POD #2 his
chest tubes were removed. He was discharged to home on POD #6.
"""
CABG_TABLE: list[Row] = [
    ("2151-8-20", "DATE", "2151-08-20"),
    ("2151-8-27", "DATE", "2151-08-27"),
    ("2090-4-15", "DATE", "2090-04-15"),
    ("2151-8-21", "DATE", "2151-08-21"),
    ("the past 2 months", "DURATION", "P2M"),
    ("2151-7-1", "DATE", "2151-07-01"),
    ("8-19", "DATE", "2151-08-19"),
    ("8-21", "DATE", "2151-08-21"),
    ("the evening of surgery", "TIME", "2151-08-21TEV"),
    ("POD #2", "DATE", "2151-08-23"),
    ("POD #6", "DATE", "2151-08-27"),
]


def test_cardiac_surgery_summary_operation_day_and_postoperative_days() -> None:
    """Admitted [**2151-8-20**], "Cath on [**8-19**]" is the day before; "brought to the OR on
    [**8-21**]" is the operation's day, whose evening and from which "POD #2" and "POD #6"
    (the discharge) count; the name, the unit number, "worse since [**Month (only) 116**]"
    and "bypass graft x3" give nothing."""
    assert _mentions(CABG) == CABG_TABLE
