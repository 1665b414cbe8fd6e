"""Clinical notes, twenty-seventh round: pediatrics, the NICU and well-child visits, in the i2b2
2012 style, half of them tokenized as i2b2 writes them: NICU progress notes and a discharge
summary ("born at 28 weeks gestation", "DOL 14 today", "on CPAP since DOL 3", "Caffeine until
34 weeks PMA", "head ultrasound on DOL 7", "weekly weights", "q3h feeds", "Discharge anticipated
around the due date of 5/1", "at corrected age 6 weeks"), the pediatric ward and urgent care
("fever x3 days", "admitted overnight for observation", "Last void 8 hours ago", "amoxicillin
for 10 days", "return in 48 hours if no better", "a school note for Monday") and well-child
visits ("his 4-month visit", "Next well visit at 6 months", "vaccines due at 12 months", "MMR
at 12-15 months", "Rolling over since 3 months", "sleeps 10 hours a night", "Dental visit in
the spring"). Read for what still went wrong: the age a child's well visits, vaccines and
milestones are set at ("well visit at 6 months", "MMR at 12-15 months", "Walking since 12
months"), read as lengths of months; a preterm baby's due date given with "of" ("around the
due date of 5/1", "EDC of 3/15"), untagged; the weekday a school, daycare or work note
excuses ("school note for Monday", on a Sunday), read as the Monday behind; and a night in the
condition of a plan for a day ahead ("Discharge home tomorrow if on q4h albuterol overnight"),
read as the night after that day instead of the night before it.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it) and of the earlier newborn and pediatric rounds (the eighth, the
fifteenth, the twenty-fourth): the heading over a note's date dates it; a newborn's "DOL 14",
"day of life 5" count from the birth, DOL 0 being the day of birth; a gestational or
postmenstrual age in weeks ("28 weeks gestation", "34 weeks PMA", "corrected GA 30 weeks") is
the pregnancy's length so far, a duration; the ages of people are no times ("a 4 yo M", "at
corrected age 6 weeks", "her 18 month well visit"), and so is the age a child's visit, vaccine
or milestone is set at ("Next well visit at 2 years", "Walking since 12 months"), which
decides the twenty-fourth round's question the same way: "at 12 months" of a child's age is no
DURATION. "overnight" is the note's night, "Last void 8 hours ago" the note's day, "sleeps 10
hours a night" lasts its hours (as "3 days a week" lasts its days in the twenty-sixth round);
"q3h", "weekly", "BID" and "twice daily" recur; "in 2-3 days" lasts its upper bound. Measures
and names are no times: "APGARs 7 and 9", "weight 3.2 kg", "the 50th percentile", "G2P1", "Hep
B #2", "DTaP #3", "HR 140", "SpO2 94%", "Grade II IVH", "a 2/6 murmur", "temp 38.5", "O2 at 0.5
L", "24 kcal/oz", "FiO2 25%". Weekdays were checked with Python's datetime.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row
from passages import mentions as _mentions

# ---- a NICU progress note: days of life from the birth, caffeine until 34 weeks PMA ----------

NICU = """\
NICU PROGRESS NOTE 02/20/2024

Baby girl Ortiz was born on 02/06/2024 at 28 weeks gestation to a 30 yo G2P1 mother. APGARs 7
and 9. Birth weight 1.1 kg, now weight 1.3 kg, at the 50th percentile. She is DOL 14 today,
corrected GA 30 weeks. Resp: on CPAP since DOL 3, FiO2 25%, SpO2 94%, HR 140. Caffeine until 34
weeks PMA. Neuro: head ultrasound on DOL 7 showed Grade II IVH; repeat head ultrasound in 1 week.
FEN: q3h feeds of 24 kcal/oz breast milk, weekly weights. CV: a 2/6 murmur, echo planned for
Friday. Discharge anticipated around the due date of 5/1.
"""
NICU_TABLE: list[Row] = [
    ("02/20/2024", "DATE", "2024-02-20"),
    ("02/06/2024", "DATE", "2024-02-06"),
    ("28 weeks", "DURATION", "P28W"),
    ("now", "DATE", "PRESENT_REF"),
    ("DOL 14", "DATE", "2024-02-20"),
    ("today", "DATE", "2024-02-20"),
    ("30 weeks", "DURATION", "P30W"),
    ("DOL 3", "DATE", "2024-02-09"),
    ("34\nweeks", "DURATION", "P34W"),
    ("DOL 7", "DATE", "2024-02-13"),
    ("1 week", "DURATION", "P1W"),
    ("q3h", "SET", "PT3H"),
    ("weekly", "SET", "P1W"),
    ("Friday", "DATE", "2024-02-23"),
    ("5/1", "DATE", "2024-05-01"),
]


def test_nicu_progress_note_days_of_life_and_the_due_date() -> None:
    """Headed Tuesday 02/20/2024, born 02/06: "DOL 14 today" is the note's day, "on CPAP since
    DOL 3" 02/09 and "head ultrasound on DOL 7" 02/13; "at 28 weeks gestation", "corrected GA
    30 weeks" and "until 34 weeks PMA" last; "in 1 week" lasts; "q3h feeds" and "weekly
    weights" recur; "echo planned for Friday" is 02/23 and "around the due date of 5/1" the
    May ahead's day; "APGARs 7 and 9", "1.1 kg", "the 50th percentile", "G2P1", "FiO2 25%",
    "SpO2 94%", "HR 140", "Grade II IVH", "24 kcal/oz" and "a 2/6 murmur" are no times."""
    assert dt.date(2024, 2, 20).strftime("%A") == "Tuesday"
    assert _mentions(NICU) == NICU_TABLE


# ---- a tokenized NICU discharge summary: day of life 5, caffeine stopped, corrected age --------

NICU_TOKENIZED = """\
NICU DISCHARGE SUMMARY :
Admission Date :
11/02/2022
Discharge Date :
12/21/2022
Baby boy Shah was born on 11/02/2022 at 1405 at 31 weeks gestation . Apgars 6 and 8 .
On CPAP from birth , weaned to room air on day of life 5 . Caffeine until 34 weeks PMA ,
stopped 11/25 . Head ultrasound on DOL 7 normal , repeat at 36 weeks PMA normal .
Full feeds by DOL 10 . Hep B #1 given 12/19 . Weight 2.4 kg , HR 150 , O2 at 0.5 L
weaned off 12/15 . Follow up with pediatrician in 2 days and with NICU clinic at corrected
age 6 weeks .
"""
NICU_TOKENIZED_TABLE: list[Row] = [
    ("11/02/2022", "DATE", "2022-11-02"),
    ("12/21/2022", "DATE", "2022-12-21"),
    ("11/02/2022", "DATE", "2022-11-02"),
    ("1405", "TIME", "2022-11-02T14:05"),
    ("31 weeks", "DURATION", "P31W"),
    ("day of life 5", "DATE", "2022-11-07"),
    ("34 weeks", "DURATION", "P34W"),
    ("11/25", "DATE", "2022-11-25"),
    ("DOL 7", "DATE", "2022-11-09"),
    ("36 weeks", "DURATION", "P36W"),
    ("DOL 10", "DATE", "2022-11-12"),
    ("12/19", "DATE", "2022-12-19"),
    ("12/15", "DATE", "2022-12-15"),
    ("2 days", "DURATION", "P2D"),
]


def test_tokenized_nicu_discharge_days_of_life_and_a_corrected_age() -> None:
    """Admitted 11/02/2022, the day of birth at 1405: "day of life 5" is 11/07, "DOL 7" 11/09
    and "DOL 10" 11/12; "31 weeks gestation", "until 34 weeks PMA" and "at 36 weeks PMA" last;
    "stopped 11/25", "given 12/19" and "weaned off 12/15" are days; "in 2 days" lasts; "at
    corrected age 6 weeks" is an age; "Apgars 6 and 8", "Hep B #1", "2.4 kg", "HR 150" and
    "O2 at 0.5 L" are no times."""
    assert _mentions(NICU_TOKENIZED) == NICU_TOKENIZED_TABLE


# ---- a pediatric admission: fever x3 days, the last void, a school note for Monday -----------

WARD = """\
PEDIATRIC ADMISSION NOTE 09/10/2023

Eli is a 4 yo M with fever x3 days, Tmax temp 38.5, and decreased oral intake since Friday.
Last void 8 hours ago. He was admitted overnight for observation. HR 140, SpO2 97% on room air.
Exam: dry mucous membranes, no murmur. Plan: IV fluids at 1.5x maintenance, amoxicillin for 10
days, recheck electrolytes tomorrow morning. Discharge likely tomorrow afternoon; return in 48
hours if no better. Mother asks for a school note for Monday.
"""
WARD_TABLE: list[Row] = [
    ("09/10/2023", "DATE", "2023-09-10"),
    ("x3 days", "DURATION", "P3D"),
    ("Friday", "DATE", "2023-09-08"),
    ("8 hours ago", "DATE", "2023-09-10"),
    ("overnight", "TIME", "2023-09-10TNI"),
    ("10\ndays", "DURATION", "P10D"),
    ("tomorrow morning", "TIME", "2023-09-11TMO"),
    ("tomorrow afternoon", "TIME", "2023-09-11TAF"),
    ("48\nhours", "DURATION", "PT48H"),
    ("Monday", "DATE", "2023-09-11"),
]


def test_pediatric_admission_fever_the_last_void_and_a_school_note() -> None:
    """Headed Sunday 09/10/2023: "fever x3 days" lasts and "since Friday" is 09/08; "Last void
    8 hours ago" the note's day; "admitted overnight" the note's night; "amoxicillin for 10
    days" and "return in 48 hours" last; "tomorrow morning" and "tomorrow afternoon" are
    09/11's; "a school note for Monday" is the coming Monday, 09/11, not 09/04; "a 4 yo M",
    "temp 38.5", "HR 140", "SpO2 97%" and "1.5x" are no times."""
    assert dt.date(2023, 9, 10).strftime("%A") == "Sunday"
    assert _mentions(WARD) == WARD_TABLE


# ---- a tokenized ward note: albuterol spaced this morning, return to school on Monday ---------

WARD_TOKENIZED = """\
PEDIATRIC WARD NOTE :
01/17/2024
7 yo F with asthma exacerbation , wheezing since Sunday night . Albuterol q2h , spaced to
q4h this morning . Prednisolone 2 mg/kg daily for 5 days , started yesterday .
SpO2 94% on O2 at 0.5 L . Last admission 2 years ago .
Discharge home tomorrow if on q4h albuterol overnight .
Return to school on Monday . PCP follow up in 2-3 days .
"""
WARD_TOKENIZED_TABLE: list[Row] = [
    ("01/17/2024", "DATE", "2024-01-17"),
    ("Sunday night", "TIME", "2024-01-14TNI"),
    ("q2h", "SET", "PT2H"),
    ("q4h", "SET", "PT4H"),
    ("this morning", "TIME", "2024-01-17TMO"),
    ("daily", "SET", "P1D"),
    ("5 days", "DURATION", "P5D"),
    ("yesterday", "DATE", "2024-01-16"),
    ("2 years ago", "DATE", "2022"),
    ("tomorrow", "DATE", "2024-01-18"),
    ("q4h", "SET", "PT4H"),
    ("overnight", "TIME", "2024-01-17TNI"),
    ("Monday", "DATE", "2024-01-22"),
    ("2-3 days", "DURATION", "P3D"),
]


def test_tokenized_ward_note_albuterol_spaced_and_a_return_to_school() -> None:
    """Headed Wednesday 01/17/2024: "wheezing since Sunday night" is the night of 01/14;
    "Albuterol q2h , spaced to q4h this morning" two sets and the note's morning; "daily for 5
    days" a set and a length, "started yesterday" 01/16; "Last admission 2 years ago" is 2022;
    "Discharge home tomorrow if on q4h albuterol overnight" waits on the note's own night, not
    the night after the discharge; "Return to school on Monday" the coming Monday, 01/22; "in
    2-3 days" lasts its upper bound; "a 7 yo F", "2 mg/kg", "SpO2 94%" and "O2 at 0.5 L" are
    no times."""
    assert dt.date(2024, 1, 17).strftime("%A") == "Wednesday"
    assert _mentions(WARD_TOKENIZED) == WARD_TOKENIZED_TABLE


# ---- a well-child visit: the 4-month visit, the next one at 6 months, MMR at 12-15 months ----

WELL_CHILD = """\
WELL CHILD VISIT 02/12/2024

Noah is here with his father for his 4-month visit. Born at 39 weeks, uncomplicated. Rolling
over since 3 months, laughs, sleeps 10 hours a night. Weight at the 50th percentile; growth
chart reviewed. DTaP #2, IPV #2 and Hep B #2 given today. Next well visit at 6 months; vaccines
due at 12 months include MMR at 12-15 months. Vitamin D 400 IU daily. Dental visit in the spring.
"""
WELL_CHILD_TABLE: list[Row] = [
    ("02/12/2024", "DATE", "2024-02-12"),
    ("39 weeks", "DURATION", "P39W"),
    ("10 hours", "DURATION", "PT10H"),
    ("today", "DATE", "2024-02-12"),
    ("daily", "SET", "P1D"),
    ("the spring", "DATE", "2024-SP"),
]


def test_well_child_visit_ages_of_visits_vaccines_and_milestones() -> None:
    """Headed 02/12/2024: "his 4-month visit", "Rolling over since 3 months", "Next well visit
    at 6 months", "vaccines due at 12 months" and "MMR at 12-15 months" are ages, no lengths;
    "Born at 39 weeks" is the pregnancy's length; "sleeps 10 hours a night" lasts; "given
    today" is the note's day; "daily" recurs; "Dental visit in the spring" the spring ahead;
    "the 50th percentile", "DTaP #2", "IPV #2", "Hep B #2" and "400 IU" are no times."""
    assert _mentions(WELL_CHILD) == WELL_CHILD_TABLE


# ---- a tokenized well-child check: the 18 month visit, walking since 12 months --------------

WELL_CHILD_TOKENIZED = """\
WELL CHILD CHECK :
10/03/2023
18 month well visit . Walking since 12 months , says 10 words . Weight 11 kg ( 50th percentile ) .
DTaP #4 and Hep A #2 given today . Flu vaccine due in October ; second dose in 4 weeks .
Sleeps 11 hours a night , naps twice daily . Next well visit at 2 years .
Last ear infection in July , treated with amoxicillin x 10 days .
"""
WELL_CHILD_TOKENIZED_TABLE: list[Row] = [
    ("10/03/2023", "DATE", "2023-10-03"),
    ("today", "DATE", "2023-10-03"),
    ("October", "DATE", "2023-10"),
    ("4 weeks", "DURATION", "P4W"),
    ("11 hours", "DURATION", "PT11H"),
    ("twice daily", "SET", "P1D"),
    ("July", "DATE", "2023-07"),
    ("10 days", "DURATION", "P10D"),
]


def test_tokenized_well_child_check_walking_since_an_age_and_the_next_visit() -> None:
    """Headed 10/03/2023: "18 month well visit", "Walking since 12 months" and "Next well visit
    at 2 years" are ages; "given today" the note's day; "Flu vaccine due in October" this
    October and "second dose in 4 weeks" lasts; "Sleeps 11 hours a night" lasts and "twice
    daily" recurs; "Last ear infection in July" is the July behind and "x 10 days" lasts; "11
    kg", "50th percentile", "DTaP #4", "Hep A #2" and "10 words" are no times."""
    assert _mentions(WELL_CHILD_TOKENIZED) == WELL_CHILD_TOKENIZED_TABLE


# ---- a tokenized urgent care note: cough x 5 days, a daycare note for Monday ------------------

URGENT_CARE_TOKENIZED = """\
PEDIATRIC URGENT CARE NOTE :
03/08/2024
2 yo M with cough x 5 days and fever since yesterday , temp 39.1 . Last void 6 hours ago .
HR 130 , SpO2 96% . Amoxicillin 90 mg/kg/day divided BID for 10 days .
Return in 48 hours if no better . Daycare note for Monday .
"""
URGENT_CARE_TOKENIZED_TABLE: list[Row] = [
    ("03/08/2024", "DATE", "2024-03-08"),
    ("5 days", "DURATION", "P5D"),
    ("yesterday", "DATE", "2024-03-07"),
    ("6 hours ago", "DATE", "2024-03-08"),
    ("BID", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("48 hours", "DURATION", "PT48H"),
    ("Monday", "DATE", "2024-03-11"),
]


def test_tokenized_urgent_care_cough_the_last_void_and_a_daycare_note() -> None:
    """Headed Friday 03/08/2024: "cough x 5 days" lasts and "fever since yesterday" is 03/07;
    "Last void 6 hours ago" the note's day; "divided BID" recurs and "for 10 days" lasts;
    "Return in 48 hours" lasts; "Daycare note for Monday" is the coming Monday, 03/11, not
    03/04; "a 2 yo M", "temp 39.1", "HR 130", "SpO2 96%" and "90 mg/kg/day" are no times."""
    assert dt.date(2024, 3, 8).strftime("%A") == "Friday"
    assert _mentions(URGENT_CARE_TOKENIZED) == URGENT_CARE_TOKENIZED_TABLE


# ---- single sentences: the age a child's visit, vaccine or milestone is set at ----------------

CHILD_AGES = [
    pytest.param("Next well visit at 6 months .", [], id="well_visit"),
    pytest.param("Vaccines due at 12 months include MMR at 12-15 months .", [], id="vaccines"),
    pytest.param("Hep B #3 at 6 months ; DTaP #4 at 15-18 months .", [], id="doses"),
    pytest.param("Rolled over at 4 months , sat unsupported at 6 months .", [], id="milestones"),
    pytest.param("Walking since 12 months ; pulls to stand since 9 months .", [], id="since"),
    pytest.param("Crawled at nine months ; potty trained by 3 years .", [], id="number_word"),
    pytest.param(
        "Follow up at 6 months ; booster in 6 months .",
        [("6 months", "DURATION", "P6M"), ("6 months", "DURATION", "P6M")],
        id="follow_up_lengths",
    ),
    pytest.param(
        "Second dose in 4 weeks ; walks 30 minutes daily .",
        [
            ("4 weeks", "DURATION", "P4W"),
            ("30 minutes", "DURATION", "PT30M"),
            ("daily", "SET", "P1D"),
        ],
        id="a_dose_after_a_length",
    ),
    pytest.param(
        "Walking at 2 weeks post-op ; back pain since 3 months .",
        [("2 weeks", "DURATION", "P2W"), ("3 months", "DURATION", "P3M")],
        id="counted_from_else",
    ),
]


@pytest.mark.parametrize(("text", "rows"), CHILD_AGES)
def test_the_age_a_childs_visit_vaccine_or_milestone_is_set_at_is_no_length(
    text: str, rows: list[Row]
) -> None:
    """The age a well visit, a childhood vaccine or dose, or a milestone is set at ("Next well
    visit at 6 months", "MMR at 12-15 months", "Hep B #3 at 6 months", "Rolled over at 4
    months", "Walking since 12 months", "potty trained by 3 years") is an age, as "her 12-month
    well visit" is; a follow-up "at 6 months", a booster or a dose "in" a length, a walk's
    minutes, an age counted from an operation ("at 2 weeks post-op") and a pain "since 3
    months" keep their lengths."""
    assert _mentions("WELL CHILD VISIT 02/12/2024\n\n" + text)[1:] == rows


# ---- single sentences: a due date given with "of" ------------------------------------------------

DUE_DATES = [
    pytest.param("Discharge anticipated around the due date of 5/1 .", ["2024-05-01"], id="of"),
    pytest.param(
        "Former 27 weeker , EDC of 3/15 , now 34 weeks PMA .",
        ["2024-03-15", "PRESENT_REF", "P34W"],
        id="edc",
    ),
    pytest.param("Due date 4/2 ; home by then .", ["2024-04-02"], id="bare"),
    pytest.param("A due date of 1/2 the loan .", [], id="a_fraction"),
    pytest.param("EDC of 3/4 of the cohort .", [], id="a_share"),
]


@pytest.mark.parametrize(("text", "values"), DUE_DATES)
def test_a_due_date_given_with_of_is_the_day_ahead(text: str, values: list[str]) -> None:
    """In a NICU note of 02/20/2024, a preterm baby's due date given with "of" ("around the
    due date of 5/1", "EDC of 3/15") is that day ahead, as "Due date 4/2" is; a fraction or a
    share after the same words ("a due date of 1/2 the loan", "EDC of 3/4 of the cohort") is
    none."""
    rows = _mentions("NICU PROGRESS NOTE 02/20/2024\n\n" + text)[1:]
    assert [value for _, _, value in rows] == values


# ---- single sentences: the weekday a school, daycare or work note excuses ------------------------

EXCUSE_NOTES = [
    pytest.param("Mother asks for a school note for Monday .", ["2024-01-22"], id="school"),
    pytest.param("Daycare note for Monday given .", ["2024-01-22"], id="daycare"),
    pytest.param("Work note for Friday for dad .", ["2024-01-19"], id="work"),
    pytest.param(
        "School note for Thursday and Friday .", ["2024-01-18", "2024-01-19"], id="two_days"
    ),
    pytest.param("She missed school on Monday .", ["2024-01-15"], id="missed"),
    pytest.param("A school note for Monday's absence given .", ["2024-01-15"], id="an_absence"),
]


@pytest.mark.parametrize(("text", "values"), EXCUSE_NOTES)
def test_a_note_for_a_weekday_excuses_the_coming_one(text: str, values: list[str]) -> None:
    """In a note of Wednesday 01/17/2024, a school, daycare or work note "for Monday" (or "for
    Thursday and Friday") excuses the coming day, not the one behind; a missed day and a note
    for a past day's absence ("for Monday's absence") stay behind."""
    assert dt.date(2024, 1, 17).strftime("%A") == "Wednesday"
    rows = _mentions("PEDIATRIC URGENT CARE NOTE 01/17/2024\n\n" + text)[1:]
    assert [value for _, _, value in rows] == values


# ---- look-alikes ------------------------------------------------------------------------------

LOOK_ALIKES = [
    "APGARs 7 and 9 , weight 3.2 kg , at the 50th percentile , G2P1 , Hep B #2 , DTaP #3 .",
    "HR 140 , SpO2 94% , Grade II IVH , a 2/6 murmur , temp 38.5 , O2 at 0.5 L .",
    "FiO2 25% , 24 kcal/oz , 160 ml/kg/day , PCV13 #3 , IPV 3/4 , Apgars 8/9 , G3P2 .",
    "Corrected age 6 weeks ; a 4 mo M ; a 7 yo F ; her 18 month well visit ; 2 month shots .",
    "Next well visit at 2 years ; MMR and varicella at 12-15 months ; Hep A #2 due at 18 months .",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_nicu_and_pediatric_look_alikes_are_no_times(line: str) -> None:
    """Apgar scores, weights, percentiles, obstetric counts, vaccine doses, heart rates,
    saturations, hemorrhage grades, murmurs, temperatures, oxygen flows, feeds' calories and
    rates, a corrected age, children's ages and the ages of visits, shots and vaccines are
    no times."""
    assert _mentions("NICU PROGRESS NOTE 02/20/2024\n\n" + line)[1:] == []


# ---- single sentences: a night in the condition of a plan for a day ahead --------------------


NIGHTS = [
    pytest.param(
        "Discharge home tomorrow if on q4h albuterol overnight .",
        ["2024-01-18", "PT4H", "2024-01-17TNI"],
        id="if",
    ),
    pytest.param(
        "Discharge tomorrow morning if afebrile overnight .",
        ["2024-01-18TMO", "2024-01-17TNI"],
        id="a_morning",
    ),
    pytest.param(
        "Extubation planned for Friday once stable overnight .",
        ["2024-01-19", "2024-01-18TNI"],
        id="once",
    ),
    pytest.param(
        "Tomorrow , if quiet overnight , wean to room air .",
        ["2024-01-18", "2024-01-17TNI"],
        id="fronted",
    ),
    pytest.param(
        "Home tomorrow ; monitor overnight .", ["2024-01-18", "2024-01-18TNI"], id="no_condition"
    ),
    pytest.param(
        "Observe overnight ; discharge tomorrow .",
        ["2024-01-17TNI", "2024-01-18"],
        id="before_the_day",
    ),
    pytest.param(
        "Discharged yesterday if afebrile overnight .",
        ["2024-01-16", "2024-01-16TNI"],
        id="a_day_behind",
    ),
]


@pytest.mark.parametrize(("text", "values"), NIGHTS)
def test_a_night_in_the_condition_of_a_plan_is_the_night_before_it(
    text: str, values: list[str]
) -> None:
    """In a note of Wednesday 01/17/2024, a night in the condition of a plan for a day ahead
    ("Discharge home tomorrow if on q4h albuterol overnight", "Extubation planned for Friday
    once stable overnight") is the night before that day, which the plan waits on, not the
    night after it; with no condition ("Home tomorrow ; monitor overnight"), before the day,
    or after a day behind, a night keeps the day's."""
    rows = _mentions("PEDIATRIC WARD NOTE 01/17/2024\n\n" + text)[1:]
    assert [value for _, _, value in rows] == values


# ---- what is left -----------------------------------------------------------------------------


def test_a_plan_told_by_an_imperative_before_a_weekday_is_ahead() -> None:
    """In a note of Wednesday 01/17/2024, "Extubate Friday once stable overnight ." plans the
    coming Friday (01/19), whose night before is 01/18, as "Recheck Friday" is ahead."""
    text = "PEDIATRIC WARD NOTE 01/17/2024\n\nExtubate Friday once stable overnight ."
    assert _mentions(text)[1:] == [
        ("Friday", "DATE", "2024-01-19"),
        ("overnight", "TIME", "2024-01-18TNI"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="'in the morning' of a plan written during the day is read as the note's morning",
)
def test_home_in_the_morning_is_the_next_morning() -> None:
    """In a ward note of 01/17/2024, "Home in the morning provided she feeds well overnight ."
    plans the next morning (01/18), after the note's night."""
    text = (
        "PEDIATRIC WARD NOTE 01/17/2024\n\nHome in the morning provided she feeds well overnight ."
    )
    assert _mentions(text)[1:] == [
        ("the morning", "TIME", "2024-01-18TMO"),
        ("overnight", "TIME", "2024-01-17TNI"),
    ]
