"""Clinical notes, eighth round: the services the earlier rounds did not cover. A neonatal
intensive care summary counts days of life, an obstetric one postpartum days, a psychiatric one
holds and checks, a pediatric one ages and immunizations, an infusion note the days of a
chemotherapy cycle, and an orthopedic summary a transfer to rehab on a hospital day.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it). A newborn's "DOL 3" (day of life 3) counts from the birth as
"POD 3" counts from the operation: the date the note gives first ("born at 0435 on 3/2"),
DOL 0 being the day of birth. Gestational ages written with sevenths ("GA 32 2/7 weeks",
"corrected GA 34 5/7 weeks") are durations counted in days (P226D, P243D), as "born at 32
weeks" is P32W (session 13: earlier rounds left them out); a newborn's "age 17 days" is no
time, nor are "G2P1", the
psychiatric hold code "5150" or "immunizations up to date". A "72-hour hold" is a duration,
"Q15 minute checks" a set; "day 1 and day 8 of each cycle", "C2D8" name days of a schedule
whose start the note does not give and stay untagged, as "cycle 2 day 8" does.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import mentions as _mentions

# ---- a neonatal intensive care summary: days of life from the birth -----------------------------

NICU = """\
NICU DISCHARGE SUMMARY

Admission Date: 03/02/2021
Discharge Date: 03/19/2021

HISTORY: Baby boy Lee was born at 0435 on 3/2 at GA 32 2/7 weeks to a 31 yo G3P2 mother by
urgent cesarean section for severe preeclampsia. Birth weight 1720 g.

HOSPITAL COURSE BY SYSTEMS:
Resp: CPAP from birth, weaned to room air on DOL 3. No apnea or bradycardia in the last 5 days.
FEN: trophic feeds started DOL 1, advanced to full enteral feeds by DOL 9.
Bili: peak bilirubin 11.2 on DOL 4; phototherapy for 48 hours.
ID: ampicillin and gentamicin x 48 hours; blood culture no growth at 48 hours.
At discharge he is age 17 days, corrected GA 34 5/7 weeks, weight 1980 g. Hearing screen
passed on 3/17. Hepatitis B vaccine given 3/18.

FOLLOW-UP: Pediatrician in 2 days. Ophthalmology ROP exam in 2 weeks.
"""
NICU_TABLE: list[Row] = [
    ("03/02/2021", "DATE", "2021-03-02"),
    ("03/19/2021", "DATE", "2021-03-19"),
    ("0435 on 3/2", "TIME", "2021-03-02T04:35"),
    ("32 2/7 weeks", "DURATION", "P226D"),
    ("DOL 3", "DATE", "2021-03-05"),
    ("the last 5 days", "DURATION", "P5D"),
    ("DOL 1", "DATE", "2021-03-03"),
    ("DOL 9", "DATE", "2021-03-11"),
    ("DOL 4", "DATE", "2021-03-06"),
    ("48 hours", "DURATION", "PT48H"),
    ("48 hours", "DURATION", "PT48H"),
    ("48 hours", "DURATION", "PT48H"),
    ("34 5/7 weeks", "DURATION", "P243D"),
    ("3/17", "DATE", "2021-03-17"),
    ("3/18", "DATE", "2021-03-18"),
    ("2 days", "DURATION", "P2D"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_neonatal_summary_counts_days_of_life_from_the_birth() -> None:
    """Born on 3/2, the baby is weaned on "DOL 3" (3/5) and fed from "DOL 1" (3/3), each
    day of life counted from the birth, not from the one before it; the gestational ages in
    weeks and sevenths ("32 2/7 weeks", "34 5/7 weeks") are durations in days, their "2/7" and
    "5/7" no days of February or May, and "age 17 days" is an age."""
    assert _mentions(NICU) == NICU_TABLE


# ---- an obstetric summary: a delivery at a clock time, postpartum days ---------------------------

DELIVERY = """\
OBSTETRICS DISCHARGE SUMMARY

Admission Date: 05/02/2022
Discharge Date: 05/05/2022

HPI: 32 yo G2P1 at 39 weeks by a first-trimester ultrasound, EDC 5/9/2022, admitted in early
labor. Prior cesarean in 2018 for breech. GBS positive; penicillin G q4h in labor.
HOSPITAL COURSE: She labored overnight and reached complete dilation at 1830 on 5/3, but
after 3 hours of pushing with an arrest of descent she delivered on 5/3 at 2210 by repeat
cesarean, a viable female infant, Apgars 8/9, weight 3540 g. EBL 900 mL. On postpartum day 1
her Hgb was 8.9, from 11.4 on admission, and she was started on oral iron. By postpartum day 2
she was ambulating and voiding, and she was discharged home that afternoon. PPD negative 1/2022.
PLAN: Pelvic rest and no heavy lifting for 6 weeks. Incision check in 1 week.
"""
DELIVERY_TABLE: list[Row] = [
    ("05/02/2022", "DATE", "2022-05-02"),
    ("05/05/2022", "DATE", "2022-05-05"),
    ("39 weeks", "DURATION", "P39W"),
    ("5/9/2022", "DATE", "2022-05-09"),
    ("2018", "DATE", "2018"),
    ("q4h", "SET", "PT4H"),
    ("overnight", "TIME", "2022-05-02TNI"),
    ("1830 on 5/3", "TIME", "2022-05-03T18:30"),
    ("3 hours", "DURATION", "PT3H"),
    ("5/3 at 2210", "TIME", "2022-05-03T22:10"),
    ("postpartum day 1", "DATE", "2022-05-04"),
    ("postpartum day 2", "DATE", "2022-05-05"),
    ("that afternoon", "TIME", "2022-05-05TAF"),
    ("1/2022", "DATE", "2022-01"),
    ("6 weeks", "DURATION", "P6W"),
    ("1 week", "DURATION", "P1W"),
]


def test_obstetric_summary_counts_postpartum_days_from_the_delivery() -> None:
    """ "delivered on 5/3 at 2210" is one time; "postpartum day 1" is the day after it;
    "EDC 5/9/2022" a day ahead; "PPD negative 1/2022" (a skin test, not a postpartum day) a
    month; "G2P1" and "Apgars 8/9" are no times."""
    assert _mentions(DELIVERY) == DELIVERY_TABLE


# ---- a psychiatric summary: a hold, a certification, checks, sobriety ----------------------------

HOLD = """\
PSYCHIATRY DISCHARGE SUMMARY

Admission Date: 08/14/2023
Discharge Date: 08/24/2023

HPI: Mr. Diaz is a 41 yo M brought in by police on a 5150 after threatening to jump from an
overpass. He was admitted on a 72-hour hold, extended by a 14-day certification on 08/17. He
drinks a fifth of vodka daily; last drink 2 days ago. He had been sober since 2015 until his
divorce last year.
HOSPITAL COURSE: He was placed on Q15 minute checks and the CIWA protocol, with a lorazepam
taper over 4 days. Sertraline was started on 8/15 and titrated to 100 mg daily. Q15 minute
checks were discontinued on hospital day 5. He attended groups daily.
FOLLOW-UP: Outpatient psychiatry within 7 days of discharge; AA meetings 3 times a week.
"""
HOLD_TABLE: list[Row] = [
    ("08/14/2023", "DATE", "2023-08-14"),
    ("08/24/2023", "DATE", "2023-08-24"),
    ("72-hour", "DURATION", "PT72H"),
    ("14-day", "DURATION", "P14D"),
    ("08/17", "DATE", "2023-08-17"),
    ("daily", "SET", "P1D"),
    ("2 days ago", "DATE", "2023-08-12"),
    ("2015", "DATE", "2015"),
    ("last year", "DATE", "2022"),
    ("Q15 minute", "SET", "PT15M"),
    ("4 days", "DURATION", "P4D"),
    ("8/15", "DATE", "2023-08-15"),
    ("daily", "SET", "P1D"),
    ("Q15 minute", "SET", "PT15M"),
    ("hospital day 5", "DATE", "2023-08-18"),
    ("daily", "SET", "P1D"),
    ("7 days", "DURATION", "P7D"),
    ("3 times a week", "SET", "P1W"),
]


def test_psychiatric_summary_holds_checks_and_sobriety() -> None:
    """A "72-hour hold" and a "14-day certification" last; "Q15 minute checks" recur (a
    capital Q before minutes is no quarter); "last drink 2 days ago" counts from the
    admission; the hold code "5150" is no year."""
    assert _mentions(HOLD) == HOLD_TABLE


# ---- a pediatric summary: an age, immunizations, a history in days -------------------------------

PNEUMONIA = """\
PEDIATRIC DISCHARGE SUMMARY

Admission Date: 01/09/2020
Discharge Date: 01/12/2020

HPI: Maya is a 2 yo F with bronchiolitis at 6 months of age, admitted with a five-day history
of fever to 39.5 and cough, and poor PO intake for the past 24 hours. Immunizations up to
date, including influenza vaccine in October. Brother had a URI last week.
HOSPITAL COURSE: Chest x-ray on 1/9 showed a RML pneumonia. Albuterol q2h on admission, spaced
to q4h by 1/10. Ampicillin IV for 48 hours, then amoxicillin 90 mg/kg/day divided BID to
complete a 10-day course. Afebrile for 24 hours before discharge.
FOLLOW-UP: PCP in 2-3 days.
"""
PNEUMONIA_TABLE: list[Row] = [
    ("01/09/2020", "DATE", "2020-01-09"),
    ("01/12/2020", "DATE", "2020-01-12"),
    ("five-day", "DURATION", "P5D"),
    ("the past 24 hours", "DURATION", "PT24H"),
    ("October", "DATE", "2019-10"),
    ("last week", "DATE", "2020-W01"),  # 01/09/2020 is a Thursday of week 2
    ("1/9", "DATE", "2020-01-09"),
    ("q2h", "SET", "PT2H"),
    ("q4h", "SET", "PT4H"),
    ("1/10", "DATE", "2020-01-10"),
    ("48 hours", "DURATION", "PT48H"),
    ("BID", "SET", "P1D"),
    ("10-day", "DURATION", "P10D"),
    ("24 hours", "DURATION", "PT24H"),
    ("2-3 days", "DURATION", "P3D"),
]


def test_pediatric_summary_ages_and_immunizations_are_no_times() -> None:
    """ "at 6 months of age" is an age and "Immunizations up to date" no present; "in October"
    in a January note is the October before; "mg/kg/day" is a dose, not a set."""
    assert _mentions(PNEUMONIA) == PNEUMONIA_TABLE


# ---- an infusion visit: days of a cycle, the cycle's length --------------------------------------

INFUSION = """\
HEMATOLOGY/ONCOLOGY INFUSION VISIT 02/07/2022

Ms. Brown presents for cycle 2 day 1 of gemcitabine/cisplatin for metastatic urothelial
carcinoma. Gemcitabine is given on day 1 and day 8 of each cycle and cisplatin on day 1, every
21 days. C1D1 was 01/17/2022; C1D8 was held for an ANC of 0.9. Labs today: ANC 1.8, Plt 162.
PLAN: Proceed with C2D1 today. Return on 2/14 for C2D8. Pegfilgrastim on day 9 of each cycle.
Restaging CT after cycle 4, in 6 weeks.
"""
INFUSION_TABLE: list[Row] = [
    ("02/07/2022", "DATE", "2022-02-07"),
    ("every\n21 days", "SET", "P21D"),
    ("01/17/2022", "DATE", "2022-01-17"),
    ("today", "DATE", "2022-02-07"),
    ("today", "DATE", "2022-02-07"),
    ("2/14", "DATE", "2022-02-14"),
    ("6 weeks", "DURATION", "P6W"),
]


def test_infusion_visit_cycle_days_are_untagged_and_the_cycle_recurs() -> None:
    """ "every 21 days" is the cycle's set; "day 1 and day 8 of each cycle", "C1D8", "C2D8"
    and "day 9 of each cycle" are days of a schedule and untagged; "ANC 1.8" is a count."""
    assert _mentions(INFUSION) == INFUSION_TABLE


# ---- an orthopedic summary: weight-bearing ahead, a transfer on a hospital day -------------------

HIP = """\
DISCHARGE SUMMARY

Admission Date: 09/20/2022
Discharge Date: 09/29/2022

HPI: 78 yo F who fell at home on 9/19 and sustained a left intertrochanteric hip fracture.
HOSPITAL COURSE: She underwent cephalomedullary nailing on 9/21. She is touch-down
weight-bearing on the left and may advance to weight-bearing as tolerated in 6 weeks. Her
course was complicated by delirium, which cleared by HD 6. She was transferred to acute rehab
on HD 10 (09/29).
DISCHARGE MEDICATIONS: Enoxaparin 40 mg SC daily for 4 weeks. Acetaminophen 1 g q8h.
FOLLOW-UP: Staple removal at 14 days post-op. Orthopedics in 2 weeks.
"""
HIP_TABLE: list[Row] = [
    ("09/20/2022", "DATE", "2022-09-20"),
    ("09/29/2022", "DATE", "2022-09-29"),
    ("9/19", "DATE", "2022-09-19"),
    ("9/21", "DATE", "2022-09-21"),
    ("6 weeks", "DURATION", "P6W"),
    ("HD 6", "DATE", "2022-09-25"),
    ("HD 10", "DATE", "2022-09-29"),
    ("daily", "SET", "P1D"),
    ("4 weeks", "DURATION", "P4W"),
    ("q8h", "SET", "PT8H"),
    # as "at 6 weeks postpartum" in tests/test_clinical_tokenized.py: how long after
    ("14 days", "DURATION", "P14D"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_orthopedic_summary_transfer_to_rehab_on_a_hospital_day() -> None:
    """ "transferred to acute rehab on HD 10" is the tenth day from the admission, the
    discharge date the header gives; "weight-bearing as tolerated in 6 weeks" lasts."""
    assert _mentions(HIP) == HIP_TABLE


# ---- single sentences ---------------------------------------------------------------------------

BORN = "Admission Date: 09/07/2023\n\nTransferred from an outside hospital; born on 9/5.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transfer: the birth, not the admission, is day of life 0
        ("Weaned to room air on DOL 3.", [("DOL 3", "DATE", "2023-09-08")]),
        ("Phototherapy on day of life 2.", [("day of life 2", "DATE", "2023-09-07")]),
        ("On DOL #6 he passed his car seat test.", [("DOL #6", "DATE", "2023-09-11")]),
        (
            "Antibiotics on DOL 2-4, then stopped.",
            [("DOL 2", "DATE", "2023-09-07"), ("4", "DATE", "2023-09-09")],
        ),
    ],
)
def test_a_day_of_life_counts_from_the_birth(text: str, expected: list[Row]) -> None:
    """A day of life is the birth's date plus its number, whatever date the note heads."""
    assert _mentions(BORN + text)[2:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NICU PROGRESS NOTE 09/17/2023\n\nPatient is now DOL 12.\nFeeds started DOL 4.",
            ("DOL 4", "DATE", "2023-09-09"),
        ),
        (
            "POSTPARTUM NOTE 05/05/2022\n\nPatient is now postpartum day 2.\nFoley out on"
            " postpartum day 1.",
            ("postpartum day 1", "DATE", "2022-05-04"),
        ),
    ],
)
def test_a_progress_note_written_on_a_day_of_life_dates_the_birth(text: str, expected: Row) -> None:
    """A NICU progress note that says it is "now DOL 12" puts the birth twelve days before
    its date, so a later "DOL 4" is eight days before it; a postpartum note "now postpartum
    day 2" puts the delivery two days before its date."""
    assert _mentions(text)[-1] == expected


@pytest.mark.parametrize(
    "heading",
    ["POSTPARTUM NOTE 05/05/2022", "NICU NOTE 05/05/2022", "Newborn Nursery Note 05/05/2022"],
)
def test_a_postpartum_or_a_newborn_note_is_dated_by_its_heading(heading: str) -> None:
    """A note headed by its kind and date is written that day, whatever the service."""
    assert _mentions(heading + "\nSeen today.")[-1] == ("today", "DATE", "2022-05-05")


def test_a_day_of_life_after_a_section_heading_counts_from_the_first_day_counted() -> None:
    """Under a "HOSPITAL COURSE:" heading the first "DOL 3" counts from the note's date; a
    later "DOL 1" counts from the same birth, not from "DOL 3"."""
    text = "Admission Date: 03/02/2021\n\nBorn on 3/2.\nHOSPITAL COURSE:\nCPAP until DOL 3.\n"
    assert _mentions(text + "Feeds from DOL 1.")[-2:] == [
        ("DOL 3", "DATE", "2021-03-05"),
        ("DOL 1", "DATE", "2021-03-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Placed on Q15 minute checks.", [("Q15 minute", "SET", "PT15M")]),
        (
            "Neuro checks Q 30 min overnight.",
            [("Q 30 min", "SET", "PT30M"), ("overnight", "TIME", "2023-09-12TNI")],
        ),
        (
            "Tdap given 1/2019; PPD placed 1/2022, negative.",
            [("1/2019", "DATE", "2019-01"), ("1/2022", "DATE", "2022-01")],
        ),
        (
            "Sober since 2015, last drink 2 days ago.",
            [("2015", "DATE", "2015"), ("2 days ago", "DATE", "2023-09-10")],
        ),
    ],
)
def test_checks_tests_and_sobriety(text: str, expected: list[Row]) -> None:
    """A capital "Q" before minutes is a set; a test "placed 1/2022" or a shot "given 1/2019"
    is a month, not a ratio."""
    assert _mentions(text, dct="2023-09-12") == expected


@pytest.mark.parametrize(
    "text",
    [
        "At discharge he is age 17 days, weight 1980 g.",
        "Brought in on a 5150; G2P1; Apgars 8/9.",
        "Immunizations up to date. Bronchiolitis at 6 months of age.",
        "Gemcitabine on day 1 and day 8 of each cycle; C2D8 held; day 9 of each cycle.",
        "ANC 1.8, Plt 162; amoxicillin 90 mg/kg/day x 7 doses.",
        "ANA positive 1/1280, RPR reactive 1/1024.",
    ],
)
def test_clinical_look_alikes_of_the_eighth_round_yield_nothing(text: str) -> None:
    """A newborn's age, a hold code, parity, Apgars, an age at
    an illness, days of a cycle, doses and titers are no times."""
    assert _mentions(text, dct="2023-09-12") == []
