"""Clinical notes, sixteenth round: the emergency department and the outpatient orders, in the
i2b2 2012 style, half of them tokenized as i2b2 writes them: emergency notes timed from triage
to disposition ("Triage 0214", "Seen at 02:40", "Dispo 0615"), an urgent care visit and a
tokenized urgent care note, a telephone encounter, discharge instructions from the ward and
from the emergency department with their medication sigs ("BID x 10 days", "q6h prn", "taper
over 2 weeks", "every other day until follow-up", "for 5 more days"), a clinic note's orders
("RTC 6 wks", "f/u 1-2 wks", "Return in 3 months") and a health maintenance list of
screenings and vaccines ("Last colonoscopy 2018", "Tdap 5 years ago"). Read for what still went
wrong: a four-digit clock time after "at" in an emergency note read as a year ("Neurosurgery
saw him at 1040", "Triage at 1842", "given at 1900 , 1920 and 1940"); a time after the label
of the step it times ("Triage 0214", "Dispo 0615:"); and the headings of outpatient records
that date them ("TELEPHONE ENCOUNTER 05/18/2023 15:20", "HEALTH MAINTENANCE 04/02/2019", "ED
DISCHARGE INSTRUCTIONS 12/05/2021"), without which "since Monday", "Tdap 5 years ago" and
"seen today" stay unresolved.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it): the date heading a note is its document date, what "today",
"yesterday", "2 days ago" and "Sunday night" count from, and a bare clock time of the note is
on that day; "x 3 days", "for 5 more days", "taper over 2 weeks", "RTC 6 wks", "in 2-3 days"
are durations ("f/u 1-2 wks", "in 2-3 days" last their upper bound); dosing frequencies are
sets ("BID", "TID", "q6h", "qhs", "twice a day", "every other day"); "until follow-up" and
"on arrival" are events, no times. Vitals ("BP 130/85", "HR 110", "RR 18", "T 38.2", "SpO2
94%"), doses ("Zosyn 4.5 g", "500 mg"), scores ("GCS 15", "NIHSS 4", "Pain 7/10", "6/10"),
counts ("vomiting x2", "Nebulizer x 3"), an ICD code ("ICD-10 H66.92"), a room number ("room
412"), "CBC" and a prescription number ("Rx # 448812") are no times. Weekdays were checked
with Python's datetime.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

# ---- an emergency department note timed from triage to disposition ------------------------------

ED_TRIAGE = """\
EMERGENCY DEPARTMENT NOTE 03/16/2021

Triage 0214. Seen at 02:40.
CC: abdominal pain x 3 days.
HPI: 34 yo F with RLQ pain that started Sunday night, worse since yesterday, with nausea and two
episodes of emesis today. Last BM 2 days ago. LMP 02/28/2021.
Vitals: BP 130/85, HR 110, RR 18, T 38.2, SpO2 94% RA. Pain 7/10.
ED COURSE: CBC with WBC 15.2. CT A/P at 0410 showed acute appendicitis. Zosyn 4.5 g IV given at
0455. Surgery consulted at 0500.
Dispo 0615: admitted to surgery, room 412.
"""
ED_TRIAGE_TABLE: list[Row] = [
    ("03/16/2021", "DATE", "2021-03-16"),
    ("0214", "TIME", "2021-03-16T02:14"),
    ("02:40", "TIME", "2021-03-16T02:40"),
    ("3 days", "DURATION", "P3D"),
    ("Sunday night", "TIME", "2021-03-14TNI"),
    ("yesterday", "DATE", "2021-03-15"),
    ("today", "DATE", "2021-03-16"),
    ("2 days ago", "DATE", "2021-03-14"),
    ("02/28/2021", "DATE", "2021-02-28"),
    ("0410", "TIME", "2021-03-16T04:10"),
    ("0455", "TIME", "2021-03-16T04:55"),
    ("0500", "TIME", "2021-03-16T05:00"),
    ("0615", "TIME", "2021-03-16T06:15"),
]


def test_emergency_note_triage_and_disposition_times() -> None:
    """Headed 03/16/2021 (a Tuesday), "Triage 0214" and "Dispo 0615" time the visit's first and
    last steps on that day as "Seen at 02:40" does; "started Sunday night" is the 14th, "since
    yesterday" the 15th; "x 3 days" lasts; "BP 130/85", "HR 110", "RR 18", "T 38.2", "SpO2 94%",
    "Pain 7/10", "Zosyn 4.5 g", "CBC" and "room 412" are no times."""
    assert _mentions(ED_TRIAGE) == ED_TRIAGE_TABLE


# ---- a tokenized emergency note: a headache for the past week, a consultant's time --------------

ED_TOKENIZED = """\
EMERGENCY DEPARTMENT NOTE :
11/02/2019
CHIEF COMPLAINT :
Headache for the past week .
HISTORY OF PRESENT ILLNESS :
52 year old man with a headache for the past week , worse since last night , with vomiting x2
this morning . He fell 2 weeks ago and struck his head . GCS 15 , NIHSS 4 on arrival at 0922 .
ED COURSE :
Head CT at 0950 showed a 1.2 cm subdural hematoma . Neurosurgery saw him at 1040 .
DISPOSITION :
Admitted to the neuro ICU at 1205 for q1h neuro checks .
"""
ED_TOKENIZED_TABLE: list[Row] = [
    ("11/02/2019", "DATE", "2019-11-02"),
    ("the past week", "DURATION", "P1W"),
    ("the past week", "DURATION", "P1W"),
    ("last night", "TIME", "2019-11-01TNI"),
    ("this morning", "TIME", "2019-11-02TMO"),
    ("2 weeks ago", "DATE", "2019-W42"),
    ("0922", "TIME", "2019-11-02T09:22"),
    ("0950", "TIME", "2019-11-02T09:50"),
    ("1040", "TIME", "2019-11-02T10:40"),
    ("1205", "TIME", "2019-11-02T12:05"),
    ("q1h", "SET", "PT1H"),
]


def test_tokenized_emergency_note_clock_times_of_the_course() -> None:
    """Headed 11/02/2019, "for the past week" lasts a week, "since last night" is the night of
    the 1st, "2 weeks ago" the week 42; "on arrival at 0922", "at 0950", "saw him at 1040" and
    "at 1205" are clock times of that day, not years; "vomiting x2", "GCS 15", "NIHSS 4" and
    "1.2 cm" are no times."""
    assert _mentions(ED_TOKENIZED) == ED_TOKENIZED_TABLE


# ---- a tokenized emergency note: nebulizers timed in a list, a discharge home -------------------

ED_TOKENIZED_2 = """\
EMERGENCY DEPARTMENT NOTE :
02/06/2018
HISTORY OF PRESENT ILLNESS :
67 year old woman with shortness of breath that started 2 days ago and chest tightness since
Sunday night . She was seen in urgent care on 02/03/2018 and started on azithromycin x 5 days .
ED COURSE :
Triage at 1842 . BP 168/92 , HR 104 . Nebulizer x 3 given at 1900 , 1920 and 1940 .
Solu-Medrol 125 mg IV at 1915 .
DISPOSITION :
Discharged home at 2230 on prednisone 40 mg daily x 5 days and albuterol q4h prn . Follow up with
PCP in 3 - 5 days .
"""
ED_TOKENIZED_2_TABLE: list[Row] = [
    ("02/06/2018", "DATE", "2018-02-06"),
    ("2 days ago", "DATE", "2018-02-04"),
    ("Sunday night", "TIME", "2018-02-04TNI"),
    ("02/03/2018", "DATE", "2018-02-03"),
    ("5 days", "DURATION", "P5D"),
    ("1842", "TIME", "2018-02-06T18:42"),
    ("1900", "TIME", "2018-02-06T19:00"),
    ("1920", "TIME", "2018-02-06T19:20"),
    ("1940", "TIME", "2018-02-06T19:40"),
    ("1915", "TIME", "2018-02-06T19:15"),
    ("2230", "TIME", "2018-02-06T22:30"),
    ("daily", "SET", "P1D"),
    ("5 days", "DURATION", "P5D"),
    ("q4h", "SET", "PT4H"),
    ("3 - 5 days", "DURATION", "P5D"),
]


def test_tokenized_emergency_note_a_list_of_clock_times() -> None:
    """Headed 02/06/2018 (a Tuesday), "started 2 days ago" and "since Sunday night" are the
    4th; "Triage at 1842", "given at 1900 , 1920 and 1940", "at 1915" and "at 2230" are clock
    times of the note's day, not years, in an ED course; "azithromycin x 5 days" and
    "prednisone 40 mg daily x 5 days" last; "BP 168/92", "HR 104", "Nebulizer x 3" and
    "Solu-Medrol 125 mg" are no times."""
    assert _mentions(ED_TOKENIZED_2) == ED_TOKENIZED_2_TABLE


# ---- an urgent care visit: an ear infection, a ten-day course, a recheck ------------------------

URGENT_CARE = """\
URGENT CARE VISIT 07/09/2022
S: 8 yo with ear pain since yesterday and fever to 102 x 2 days. Cough for 5 days.
O: T 38.6, HR 120, RR 22, SpO2 98%. L TM bulging.
A: Acute otitis media, ICD-10 H66.92.
P: Amoxicillin 500 mg PO BID x 10 days. Ibuprofen 200 mg PO q6h prn fever. Return in 2-3 days if
not improving. F/u with PCP in 2 weeks for ear recheck.
"""
URGENT_CARE_TABLE: list[Row] = [
    ("07/09/2022", "DATE", "2022-07-09"),
    ("yesterday", "DATE", "2022-07-08"),
    ("2 days", "DURATION", "P2D"),
    ("5 days", "DURATION", "P5D"),
    ("BID", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("q6h", "SET", "PT6H"),
    ("2-3 days", "DURATION", "P3D"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_urgent_care_visit_onsets_a_course_and_a_recheck() -> None:
    """ "ear pain since yesterday" is the 8th, "fever ... x 2 days" and "Cough for 5 days"
    last; "BID x 10 days" is a set and a duration, "q6h prn" a set; "Return in 2-3 days" lasts
    its upper bound; "T 38.6", "HR 120", "RR 22", "SpO2 98%", "ICD-10 H66.92" and "500 mg" are
    no times."""
    assert _mentions(URGENT_CARE) == URGENT_CARE_TABLE


# ---- a tokenized urgent care note: back pain since Saturday, nightly and thrice daily doses -----

UC_TOKENIZED = """\
URGENT CARE NOTE :
09/23/2020
S :
45 year old man with low back pain since Saturday after lifting boxes , 6/10 , no trauma . Took
ibuprofen 800 mg q8h for the past 3 days with little relief .
O :
BP 142/88 , HR 76 , T 36.9 .
P :
Cyclobenzaprine 10 mg qhs x 7 days . Ibuprofen 600 mg TID with food for 1 week . Work note for
2 days . Return if not better in 1 week .
"""
UC_TOKENIZED_TABLE: list[Row] = [
    ("09/23/2020", "DATE", "2020-09-23"),
    ("Saturday", "DATE", "2020-09-19"),
    ("q8h", "SET", "PT8H"),
    ("the past 3 days", "DURATION", "P3D"),
    ("qhs", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("TID", "SET", "P1D"),
    ("1 week", "DURATION", "P1W"),
    ("2 days", "DURATION", "P2D"),
    ("1 week", "DURATION", "P1W"),
]


def test_tokenized_urgent_care_note_since_a_weekday_and_sigs() -> None:
    """Headed 09/23/2020 (a Wednesday), "since Saturday" is the 19th; "q8h for the past 3
    days" is a set and a duration, "qhs x 7 days" and "TID ... for 1 week" too; "6/10" (a pain
    score), "BP 142/88", "HR 76", "T 36.9" and "800 mg" are no times."""
    assert _mentions(UC_TOKENIZED) == UC_TOKENIZED_TABLE


# ---- a telephone encounter: a week of cough, a medicine since Monday ----------------------------

TELEPHONE = """\
TELEPHONE ENCOUNTER 05/18/2023 15:20
Pt called reporting cough and congestion x 1 week, no fever. Has been taking Mucinex twice a day
since Monday. Advised rest and fluids; call back if fever or not better in 3 days. Rx # 448812
sent for benzonatate 100 mg TID prn cough for 7 days.
"""
TELEPHONE_TABLE: list[Row] = [
    ("05/18/2023 15:20", "TIME", "2023-05-18T15:20"),
    ("1 week", "DURATION", "P1W"),
    ("twice a day", "SET", "P1D"),
    ("Monday", "DATE", "2023-05-15"),
    ("3 days", "DURATION", "P3D"),
    ("TID", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
]


def test_telephone_encounter_heading_dates_since_monday() -> None:
    """Headed 05/18/2023 15:20 (a Thursday), "since Monday" is the 15th; "x 1 week", "in 3
    days" and "for 7 days" last; "twice a day" and "TID prn" are sets; "Rx # 448812" and "100
    mg" are no times."""
    assert _mentions(TELEPHONE) == TELEPHONE_TABLE


# ---- discharge instructions: a steroid for five more days and a taper ---------------------------

DISCHARGE_INSTRUCTIONS = """\
DISCHARGE INSTRUCTIONS 10/21/2020
Take prednisone 40 mg daily for 5 more days, then taper over 2 weeks. Take furosemide 20 mg every
other day until follow-up. Do not drive for 24 hours. Follow up in 2 weeks with Dr. Lee. Repeat
CBC and BMP in 1 week.
"""
DISCHARGE_INSTRUCTIONS_TABLE: list[Row] = [
    ("10/21/2020", "DATE", "2020-10-21"),
    ("daily", "SET", "P1D"),
    ("5 more days", "DURATION", "P5D"),
    ("2 weeks", "DURATION", "P2W"),
    ("every\nother day", "SET", "P2D"),
    ("24 hours", "DURATION", "PT24H"),
    ("2 weeks", "DURATION", "P2W"),
    ("1 week", "DURATION", "P1W"),
]


def test_discharge_instructions_more_days_a_taper_and_until_follow_up() -> None:
    """ "for 5 more days" and "taper over 2 weeks" last; "every other day" recurs though the
    line breaks inside it; "until follow-up" is an event; "Follow up in 2 weeks" and "in 1
    week" last; "CBC", "BMP" and "40 mg" are no times."""
    assert _mentions(DISCHARGE_INSTRUCTIONS) == DISCHARGE_INSTRUCTIONS_TABLE


# ---- emergency department discharge instructions: seen today, up to ten days --------------------

ED_DISCHARGE = """\
ED DISCHARGE INSTRUCTIONS 12/05/2021
You were seen today for a sprained ankle. Rest, ice and elevate for 48 hours. Take naproxen
500 mg twice daily with food as needed for up to 10 days. Wear the splint until follow-up. See
orthopedics in 5-7 days. Return to the ED right away for numbness.
"""
ED_DISCHARGE_TABLE: list[Row] = [
    ("12/05/2021", "DATE", "2021-12-05"),
    ("today", "DATE", "2021-12-05"),
    ("48 hours", "DURATION", "PT48H"),
    ("twice daily", "SET", "P1D"),
    ("up to 10 days", "DURATION", "P10D"),
    ("5-7 days", "DURATION", "P7D"),
]


def test_ed_discharge_instructions_heading_dates_today() -> None:
    """ "ED DISCHARGE INSTRUCTIONS 12/05/2021" dates the sheet: "You were seen today" is the
    5th; "for 48 hours", "for up to 10 days" and "in 5-7 days" last; "twice daily" recurs;
    "until follow-up" and "right away" are no times; "500 mg" neither."""
    assert _mentions(ED_DISCHARGE) == ED_DISCHARGE_TABLE


# ---- a clinic note's orders: RTC, f/u, return ---------------------------------------------------

CLINIC_ORDERS = """\
CLINIC NOTE 01/11/2024
Plan: Lisinopril 10 mg daily. Recheck BMP in 10 days. RTC 6 wks. Flu shot today. f/u 1-2 wks
with cardiology. Return in 3 months for A1c.
"""
CLINIC_ORDERS_TABLE: list[Row] = [
    ("01/11/2024", "DATE", "2024-01-11"),
    ("daily", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("6 wks", "DURATION", "P6W"),
    ("today", "DATE", "2024-01-11"),
    ("1-2 wks", "DURATION", "P2W"),
    ("3 months", "DURATION", "P3M"),
]


def test_clinic_orders_rtc_follow_up_and_return() -> None:
    """ "Recheck BMP in 10 days", "RTC 6 wks", "f/u 1-2 wks" (its upper bound) and "Return in
    3 months" last; "Flu shot today" is the note's day; "10 mg", "BMP" and "A1c" are no
    times."""
    assert _mentions(CLINIC_ORDERS) == CLINIC_ORDERS_TABLE


# ---- a health maintenance list: screenings and vaccines by year and years ago -------------------

SCREENING = """\
HEALTH MAINTENANCE 04/02/2019
Last colonoscopy 2018, normal; repeat in 10 years. Mammogram 03/2018. Tdap 5 years ago. Pneumovax
2016. Influenza vaccine given today. Pap smear 3 years ago. DEXA due next year.
"""
SCREENING_TABLE: list[Row] = [
    ("04/02/2019", "DATE", "2019-04-02"),
    ("2018", "DATE", "2018"),
    ("10 years", "DURATION", "P10Y"),
    ("03/2018", "DATE", "2018-03"),
    ("5 years ago", "DATE", "2014"),
    ("2016", "DATE", "2016"),
    ("today", "DATE", "2019-04-02"),
    ("3 years ago", "DATE", "2016"),
    ("next year", "DATE", "2020"),
]


def test_health_maintenance_screenings_and_vaccines() -> None:
    """Headed 04/02/2019, "Last colonoscopy 2018" and "Pneumovax 2016" are years, "Tdap 5
    years ago" is 2014 and "Pap smear 3 years ago" 2016, "DEXA due next year" 2020;
    "Mammogram 03/2018" a month; "repeat in 10 years" lasts."""
    assert _mentions(SCREENING) == SCREENING_TABLE


# ---- the steps of an emergency visit timed, and years beside the same words ---------------------

STEPS: list[tuple[str, list[Row]]] = [
    (
        "ED NOTE 05/02/2022\nPt triaged at 2105 .",
        [("05/02/2022", "DATE", "2022-05-02"), ("2105", "TIME", "2022-05-02T21:05")],
    ),
    (
        "ED NOTE 05/02/2022\nDisposition at 2310 , admitted .",
        [("05/02/2022", "DATE", "2022-05-02"), ("2310", "TIME", "2022-05-02T23:10")],
    ),
    (
        "ED NOTE 05/02/2022\nDISPO: 0340",
        [("05/02/2022", "DATE", "2022-05-02"), ("0340", "TIME", "2022-05-02T03:40")],
    ),
    ("Larrey brought triage to the battlefield in 1797.", [("1797", "DATE", "1797")]),
    ("The triage 2019 guidelines were revised.", [("2019", "DATE", "2019")]),
    ("Triage 2019: lessons from the flu season.", [("2019", "DATE", "2019")]),
]


@pytest.mark.parametrize(("text", "rows"), STEPS)
def test_steps_of_an_emergency_visit_are_clock_times(text: str, rows: list[Row]) -> None:
    """ "triaged at", "Disposition at" and "DISPO:" time a step of the visit on the note's day;
    a year after "in" or before a noun stays a year though "triage" is near."""
    assert _mentions(text) == rows


# ---- lines that name an encounter without dating the note --------------------------------------

NOT_HEADINGS = [
    "Last encounter 05/18/2023\nSeen today.",
    "Next encounter: 05/18/2023\nSeen today.",
    "Health maintenance was discussed on 05/18/2023.\nSeen today.",
    "DISCHARGE INSTRUCTIONS:\nFollow up on 05/18/2023. Seen today.",
]


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_an_encounter_named_in_a_line_does_not_date_the_note(text: str) -> None:
    """A past or a coming encounter, a sentence about health maintenance and a follow-up date
    under a heading of instructions are no document date: "today" stays unresolved."""
    assert _mentions(text) == [
        ("05/18/2023", "DATE", "2023-05-18"),
        ("today", "DATE", "XXXX-XX-XX"),
    ]


# ---- look-alikes of an emergency note: vitals, doses, scores, counts, codes, rooms --------------

LOOK_ALIKES = [
    "BP 130/85, HR 110, RR 18, T 38.2, SpO2 94% on RA.",
    "Zosyn 4.5 g IV once; acetaminophen 500 mg PO.",
    "GCS 15 , NIHSS 4 , pain 7/10 .",
    "Emesis x2, loose stools x 3.",
    "Dx: R10.31 (RLQ pain), J06.9.",
    "Pt moved to room 412, bed 2.",
    "CBC, BMP, lactate and UA sent.",
    "Rx # 448812 sent to CVS.",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_emergency_look_alikes_are_no_times(line: str) -> None:
    """Vitals, doses, scores, counts, diagnosis codes, a room and a prescription number hold
    numbers that are no times."""
    assert _mentions(line) == []
