"""Clinical notes, seventh round: kinds of note the earlier rounds did not cover, and ranges of
days of a stay. An emergency department note timed by its header and told in the patient's own
night, a clinic letter, a pathology report, and a discharge summary whose course counts ranges
of postoperative and hospital days and whose medication list holds, tapers and restarts drugs.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): the date heading a note is its document date, whatever kind of
note it is ("EMERGENCY DEPARTMENT NOTE 06/09/2020 1435", "NEUROLOGY CLINIC 04/18/2022", "Date
of service:"), and a clock time closing that line is the note's time, not a year. A range of
days of a stay ("POD 1-3", "hospital day 6 through 8") names two dates, its second end a day
of its own, as "June 16-17" does. The small hours after "last night" are those of the note's
day; a stroke alert's "last known well 0600" is a time. Doses, ages, vital signs and a
hemoglobin over a hematocrit ("H/H 9/27") are no times; "hold for 48 hours", "taper over 1
week" are durations, "at bedtime" a set.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

# ---- an emergency department note: its time in the header, the patient's night ----------------

STROKE = """\
EMERGENCY DEPARTMENT NOTE 06/09/2020 1435

CHIEF COMPLAINT: right-sided weakness

HPI: 78 yo M with HTN and AF (off apixaban since 05/28 for a GI bleed) who presents with
2 days of productive cough. Last night at 3am he got up to use the bathroom and was normal.
His wife found him on the floor at 0640 with right arm weakness and slurred speech; EMS was
called. Last known well 0300. He took his last dose of metoprolol 0800 yesterday.

ED COURSE: Code stroke activated at 0712. CT head at 0725 showed no hemorrhage. Not a tPA
candidate (outside the window). Neurology at bedside. Vitals: T 38.2, HR 104 irregular,
BP 182/96, RR 22, SpO2 93% on 2L.
"""
STROKE_TABLE: list[Row] = [
    ("06/09/2020", "DATE", "2020-06-09"),
    ("1435", "TIME", "2020-06-09T14:35"),
    ("05/28", "DATE", "2020-05-28"),
    ("2 days", "DURATION", "P2D"),
    ("Last night", "TIME", "2020-06-08TNI"),
    ("3am", "TIME", "2020-06-09T03:00"),
    ("0640", "TIME", "2020-06-09T06:40"),
    ("0300", "TIME", "2020-06-09T03:00"),
    ("0800 yesterday", "TIME", "2020-06-08T08:00"),
    ("0712", "TIME", "2020-06-09T07:12"),
    ("0725", "TIME", "2020-06-09T07:25"),
]


def test_emergency_note_its_time_the_small_hours_of_last_night_and_last_known_well() -> None:
    """ "1435" closing the header's line is the note's time, not the year 1435; "Last night at
    3am" is the small hours of the note's day, 06/09, as "0640" and "last known well 0300"
    are; "0800 yesterday" is one time of 06/08; vital signs are no times."""
    assert _mentions(STROKE) == STROKE_TABLE


# ---- a clinic letter: the clinic dates it, the last visit, the return ---------------------------

SEIZURES = """\
NEUROLOGY CLINIC 04/18/2022

Dear Dr. Patel,

I saw Mr. Alvarez in clinic today for follow-up of his focal epilepsy. Since his last visit
in January he has had two breakthrough seizures, the last one 10 days ago, both after missed
doses. He takes levetiracetam 750 mg twice daily and lamotrigine 100 mg at bedtime. He has not
driven for 6 months and knows he may not drive until he has been seizure-free for a year.

Plan: increase levetiracetam to 1000 mg BID starting tonight. Repeat EEG next month. Return to
clinic in 3 months, sooner if he has another seizure.
"""
SEIZURES_TABLE: list[Row] = [
    ("04/18/2022", "DATE", "2022-04-18"),
    ("today", "DATE", "2022-04-18"),
    ("January", "DATE", "2022-01"),
    ("10 days ago", "DATE", "2022-04-08"),
    ("twice daily", "SET", "P1D"),
    ("at bedtime", "SET", "P1D"),
    ("6 months", "DURATION", "P6M"),
    ("a year", "DURATION", "P1Y"),
    ("BID", "SET", "P1D"),
    ("tonight", "TIME", "2022-04-18TNI"),
    ("next month", "DATE", "2022-05"),
    ("3 months", "DURATION", "P3M"),
]


def test_clinic_letter_is_dated_by_its_clinic_heading() -> None:
    """A letter headed "NEUROLOGY CLINIC 04/18/2022" is written that day: "today", "his last
    visit in January", "10 days ago" and "next month" count from it; "Return to clinic in 3
    months" is a duration; doses are no times."""
    assert _mentions(SEIZURES) == SEIZURES_TABLE


# ---- a pathology report: the day of service, the day received, an addendum ------------------

COLON = """\
SURGICAL PATHOLOGY REPORT
Date of service: 11/04/2019
Date received: 11/05/2019

CLINICAL HISTORY: 71-year-old woman with a sigmoid mass seen on colonoscopy 10/02/2019; prior
polypectomy in 2014.
DIAGNOSIS: Sigmoid colon, resection: adenocarcinoma, moderately differentiated, 0/14 lymph
nodes. Compare the biopsy of 10/02/2019 (S19-4412).
ADDENDUM (11/12/2019): MMR immunostains show intact expression.
"""
COLON_TABLE: list[Row] = [
    ("11/04/2019", "DATE", "2019-11-04"),
    ("11/05/2019", "DATE", "2019-11-05"),
    ("10/02/2019", "DATE", "2019-10-02"),
    ("2014", "DATE", "2014"),
    ("10/02/2019", "DATE", "2019-10-02"),
    ("11/12/2019", "DATE", "2019-11-12"),
]


def test_pathology_report_dates_but_no_node_counts_ages_or_accession_numbers() -> None:
    """The report's dates and the history's year are dates; "71-year-old", "0/14 lymph
    nodes" and the accession number "S19-4412" are not."""
    assert _mentions(COLON) == COLON_TABLE


# ---- a colectomy: ranges of postoperative and hospital days, a medication list -------------------

COLECTOMY = """\
DISCHARGE SUMMARY

Admission Date: 10/03/2021
Discharge Date: 10/11/2021

HOSPITAL COURSE:
Mrs. Okafor underwent an open right hemicolectomy on 10/04 for a cecal mass. She had low-grade
fevers on POD 1-3 with a negative workup. Her ileus resolved by postoperative day 5, and a
heparin drip was given on hospital day 6 through 8 for a segmental PE.

DISCHARGE MEDICATIONS:
1. Apixaban 10 mg BID for 7 days, then 5 mg BID.
2. Oxycodone 5 mg q6h prn pain, taper over 1 week.
3. Hold lisinopril for 48 hours; restart on 10/13 if SBP > 110.
4. Ondansetron 4 mg at bedtime prn nausea.

DISCHARGE INSTRUCTIONS:
Walk three times a day. Follow up with Dr. Rossi in 2 weeks.
"""
COLECTOMY_TABLE: list[Row] = [
    ("10/03/2021", "DATE", "2021-10-03"),
    ("10/11/2021", "DATE", "2021-10-11"),
    ("10/04", "DATE", "2021-10-04"),
    ("POD 1", "DATE", "2021-10-05"),
    ("3", "DATE", "2021-10-07"),
    ("postoperative day 5", "DATE", "2021-10-09"),
    ("hospital day 6", "DATE", "2021-10-08"),
    ("8", "DATE", "2021-10-10"),
    ("BID", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("BID", "SET", "P1D"),
    ("q6h", "SET", "PT6H"),
    ("1 week", "DURATION", "P1W"),
    ("48 hours", "DURATION", "PT48H"),
    ("10/13", "DATE", "2021-10-13"),
    ("at bedtime", "SET", "P1D"),
    ("three times a day", "SET", "P1D"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_ranges_of_days_of_a_stay_name_both_ends_and_medications_hold_and_taper() -> None:
    """After the operation on 10/04, "POD 1-3" runs from 10/05 to 10/07; "hospital day 6
    through 8" from 10/08 to 10/10 (the admission is hospital day 1); "Hold ... for 48 hours"
    and "taper over 1 week" are durations, "restart on 10/13" a date."""
    assert _mentions(COLECTOMY) == COLECTOMY_TABLE


# ---- single sentences ---------------------------------------------------------------------------

ADMITTED = "Admission Date: 10/03/2021\n\nHOSPITAL COURSE:\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She was diuresed on HD #2-4 with IV furosemide.",
            [("HD #2", "DATE", "2021-10-04"), ("4", "DATE", "2021-10-06")],
        ),
        (
            "Taken to the OR on 10/05. Paced on postoperative day 2 to 4.",
            [
                ("10/05", "DATE", "2021-10-05"),
                ("postoperative day 2", "DATE", "2021-10-07"),
                ("4", "DATE", "2021-10-09"),
            ],
        ),
        # the dialysis of "HD 2-3 times a week" is no hospital day
        ("ESRD on HD 2-3 times a week.", [("2-3 times a week", "SET", "P1W")]),
    ],
)
def test_a_range_of_days_of_a_stay(text: str, expected: list[Row]) -> None:
    """A range of hospital or postoperative days names both ends; a count of sessions none."""
    assert _mentions(ADMITTED + text)[1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Code stroke: LKW: 2230, NIHSS 14.", [("2230", "TIME", "2020-06-09T22:30")]),
        ("Symptom onset at 1115 while gardening.", [("1115", "TIME", "2020-06-09T11:15")]),
        (
            "Last dose of apixaban at 2100 yesterday.",
            [("2100 yesterday", "TIME", "2020-06-08T21:00")],
        ),
        (
            "Seen in clinic on 06/05. The night before, at 1am, he vomited.",
            [
                ("06/05", "DATE", "2020-06-05"),
                ("The night before", "TIME", "2020-06-04TNI"),
                ("1am", "TIME", "2020-06-05T01:00"),
            ],
        ),
        # "overnight" and "tonight" are the nights the day starts on: their small hours stay
        (
            "Confused overnight, at 0300 given haloperidol.",
            [("overnight", "TIME", "2020-06-09TNI"), ("0300", "TIME", "2020-06-09T03:00")],
        ),
        (
            "Last night at 11pm she fell.",
            [("Last night", "TIME", "2020-06-08TNI"), ("11pm", "TIME", "2020-06-08T23:00")],
        ),
    ],
)
def test_times_of_an_emergency(text: str, expected: list[Row]) -> None:
    """A stroke alert's last known well and a symptom's onset are times of the note's day; a
    clock time in the small hours after the night before a day is that day's."""
    assert _mentions(text, dct="2020-06-09") == expected


@pytest.mark.parametrize(
    "heading",
    [
        "NEUROLOGY CLINIC 04/18/2022",
        "Memory Clinic Letter 04/18/2022",
        "Date of service: 04/18/2022",
    ],
)
def test_a_clinic_or_a_service_heading_dates_the_note(heading: str) -> None:
    """A clinic's name heading a letter, or its day of service, dates it."""
    assert _mentions(heading + "\nSeen today.")[-1] == ("today", "DATE", "2022-04-18")


def test_a_return_to_clinic_on_a_date_does_not_date_the_note() -> None:
    """A plan's "Return to clinic 06/04/2024" is no heading: "today" keeps no value."""
    assert _mentions("Return to clinic 06/04/2024\nSeen today.")[-1] == (
        "today",
        "DATE",
        "XXXX-XX-XX",
    )


@pytest.mark.parametrize(
    "text",
    [
        "H/H 9/27, stable from 9.1/27.4.",
        "A 65-year-old on enoxaparin 0.5 mg/kg SC and gentamicin 5-7 mg/kg.",
        "BP 120/80, HR 72, RR 16, T 98.6, Vision 20/40 OU, strength 4/5.",
        "Wean O2 to keep sats 88-92%; hold for SBP < 100.",
    ],
)
def test_clinical_look_alikes_of_the_seventh_round_yield_nothing(text: str) -> None:
    """A hemoglobin over a hematocrit, ages, doses, vital signs and ranges of values."""
    assert _mentions(text, dct="2020-06-09") == []


# ---- a plural range of days of admission -------------------------------------------------------


def test_a_plural_range_of_hospital_days() -> None:
    """ "on days 2-5 of admission" runs from 10/04 to 10/07."""
    rows = _mentions(ADMITTED + "She was on vancomycin on days 2-5 of admission.")
    assert rows[1:] == [("days 2", "DATE", "2021-10-04"), ("5", "DATE", "2021-10-07")]
