"""Clinical notes, twenty-fourth round: pediatrics, geriatrics and palliative care, in the i2b2
2012 style, half of them tokenized as i2b2 writes them: well-child and sick visits ("her
12-month well visit", "Born at 36 weeks", "MMR #1 ... given today", "fever x 2 days", "Tylenol
q6h prn", "a catch-up schedule", "DTaP #4 and IPV #4 given today"), geriatrics ("lives alone
since his wife died in 2019", "Falls x 3 in the past 6 months", "MMSE 24/30 in 2021, now
19/30", "deprescribing over the next 3 months", "confused since Saturday"), and palliative,
hospice and death notes ("Prognosis of weeks to months", "Family meeting Thursday at 2 pm",
"on hospice since 10/3", "Comfort care started this morning", "Expected to pass within 24-48
hours", "Time of death 03:42", "Bereavement follow-up in 13 months"). Read for what still went
wrong: a prognosis told as a span of two bare units ("weeks to months", "days to weeks"), of
which only the first unit was tagged, or nothing; a child's age written short before the sex
("a 12 mo F", "15 mo M"), read as a length of months, as was the age a well check is named by
("the 4 year well check", "his 2 yr well exam"); and a family that "arrived at 1930", read as
the year 1930, and a patient who "arrived at 2200", untagged.

Each passage was written for these tests. The conventions are those of tests/test_clinical.py
(TimeML as i2b2 adapted it) and of the fourth round: the heading over a note's date dates it;
ages are no times ("a 12 mo F", "an 84 yo M", "last seen ... at age 2", "her 12-month well
visit", "4-year vaccines", "the 4 year well check": an age a visit or a vaccine is named by),
but a gestational age is the pregnancy's length so far ("Born at 36 weeks" P36W). A span of two
bare units is one duration, the smaller unit's, as TimeBank reads "weeks or months" (PXW). A
dosing frequency is a set ("q6h" PT6H, "BID", "qhs" P1D), "prn" alone none; "x 2 days", "for 6
weeks" and a follow-up "in 2 weeks" last, "in 4-6 weeks" its upper bound. Scores and measures
are no times: "MMSE 24/30", "MoCA 22/30", "APGAR 8/9", "50th percentile", "G2P1", "2/6 murmur",
"Tanner 1", "PPS 30%", "ECOG 3", "Pain 7/10", vaccine doses ("DTaP #4", "MMR #1", "IPV x 3"),
"Falls x 3", "Tmax 39.4", "90 mg/kg/day". Weekdays were checked with Python's datetime.
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row
from passages import mentions as _mentions


def _without(rows: list[Row], *texts: str) -> list[Row]:
    """``rows`` without the rows of ``texts`` (each checked by a test of its own below)."""
    return [row for row in rows if row[0] not in texts]


# ---- a well-child visit: a preterm birth, percentiles, vaccines today, the next visit --------

WELL_CHILD = """\
WELL CHILD VISIT 04/11/2023

Maya is a 12 mo F here with her mother for her 12-month well visit. Born at 36 weeks, NICU x 5
days for feeding, home on day of life 8. Weight 50th percentile, length 25th percentile, head
circumference 40th percentile. Walking with support since last month; says 3 words. Last seen
at age 9 months for a 9-month well visit and an ear infection treated with amoxicillin BID x 10
days. MMR #1, varicella #1 and Hep A #1 given today. Vitamin D 400 IU daily.
Plan: follow up at 15 months; due for DTaP #4 then. Dental visit in 6 months.
"""
WELL_CHILD_TABLE: list[Row] = [
    ("04/11/2023", "DATE", "2023-04-11"),
    ("36 weeks", "DURATION", "P36W"),
    ("5\ndays", "DURATION", "P5D"),
    ("last month", "DATE", "2023-03"),
    ("BID", "SET", "P1D"),
    ("10\ndays", "DURATION", "P10D"),
    ("today", "DATE", "2023-04-11"),
    ("daily", "SET", "P1D"),
    ("6 months", "DURATION", "P6M"),
]


def test_well_child_visit_ages_percentiles_and_vaccines_today() -> None:
    """Headed 04/11/2023: "a 12 mo F", "her 12-month well visit", "at age 9 months" and "a
    9-month well visit" are ages; "Born at 36 weeks" is the pregnancy's length; "NICU x 5 days"
    and "BID x 10 days" last; "since last month" is March; the vaccines "given today" the
    note's day; "daily" recurs; "in 6 months" lasts; "50th percentile", "MMR #1" and "400 IU"
    are no times (the day of life and "at 15 months" are pinned below)."""
    rows = _without(_mentions(WELL_CHILD), "day of life 8", "15 months")
    assert rows == WELL_CHILD_TABLE


# ---- a tokenized sick visit: fever for 2 days, antipyretics as needed, a recheck -------------

SICK_TOKENIZED = """\
PEDIATRIC SICK VISIT :
01/09/2024
15 mo M with fever x 2 days , Tmax 39.4 last night , and ear pulling since yesterday .
Tylenol q6h prn , last dose at 0700 . Motrin q8h prn . 2/6 murmur , known , followed by cardiology .
R TM bulging . Amoxicillin 90 mg/kg/day divided BID x 10 days .
Return if fever persists beyond 72 hours . Recheck ears in 2 weeks .
"""
SICK_TOKENIZED_TABLE: list[Row] = [
    ("01/09/2024", "DATE", "2024-01-09"),
    ("2 days", "DURATION", "P2D"),
    ("last night", "TIME", "2024-01-08TNI"),
    ("yesterday", "DATE", "2024-01-08"),
    ("q6h", "SET", "PT6H"),
    ("q8h", "SET", "PT8H"),
    ("BID", "SET", "P1D"),
    ("10 days", "DURATION", "P10D"),
    ("72 hours", "DURATION", "PT72H"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_tokenized_sick_visit_fever_for_two_days_and_a_recheck() -> None:
    """Headed 01/09/2024: "15 mo M" is an age; "fever x 2 days" lasts; "Tmax 39.4 last night"
    is the night before, "since yesterday" the day before; "q6h prn" and "q8h prn" recur;
    "BID x 10 days" a set and its length; "beyond 72 hours" and "in 2 weeks" last; "Tmax 39.4",
    "2/6 murmur" and "90 mg/kg/day" are no times (the last dose's "0700" is pinned below)."""
    rows = _without(_mentions(SICK_TOKENIZED), "0700")
    assert rows == SICK_TOKENIZED_TABLE


# ---- a tokenized catch-up visit: vaccines by year, the 4-year vaccines today, the next in 4 weeks

CATCH_UP_TOKENIZED = """\
PEDIATRIC CLINIC NOTE :
09/05/2022
Pt is a 4 yo F who arrived from Guatemala in 07/2022 , last seen by a doctor at age 2 .
Records show DTaP x 3 and IPV x 3 in 2019 . Due for 4-year vaccines on a catch-up schedule .
DTaP #4 and IPV #4 given today . MMR #2 and varicella #2 in 4 weeks . Tanner 1 .
Hearing and vision screens normal . Next well visit in 1 year ; 4 year well check done today .
"""
CATCH_UP_TOKENIZED_TABLE: list[Row] = [
    ("09/05/2022", "DATE", "2022-09-05"),
    ("07/2022", "DATE", "2022-07"),
    ("2019", "DATE", "2019"),
    ("today", "DATE", "2022-09-05"),
    ("4 weeks", "DURATION", "P4W"),
    ("1 year", "DURATION", "P1Y"),
    ("today", "DATE", "2022-09-05"),
]


def test_tokenized_catch_up_visit_four_year_vaccines_given_today() -> None:
    """Headed 09/05/2022: "arrived ... in 07/2022" is a month and "IPV x 3 in 2019" a year;
    "4 yo F", "at age 2", "4-year vaccines" and "4 year well check" are ages; the doses "given
    today" and the check "done today" the note's day; "in 4 weeks" and "in 1 year" last;
    "DTaP #4", "x 3" and "Tanner 1" are no times."""
    assert _mentions(CATCH_UP_TOKENIZED) == CATCH_UP_TOKENIZED_TABLE


# ---- an annual wellness visit: a widower since 2019, falls, a falling MMSE, deprescribing -----

WELLNESS = """\
ANNUAL WELLNESS VISIT 10/17/2022

Mr. Brennan is an 84 yo M who lives alone since his wife died in 2019. Falls x 3 in the past 6
months, the last one 2 weeks ago, without injury. MMSE 24/30 in 2021, now 19/30. On 11
medications. Gait slow, TUG 16 seconds. Colonoscopy in 2015; no further screening.
Plan: deprescribing over the next 3 months: taper lorazepam by 0.5 mg every 2 weeks, stop
aspirin now. PT twice a week for 6 weeks. Return in 3 months.
"""
WELLNESS_TABLE: list[Row] = [
    ("10/17/2022", "DATE", "2022-10-17"),
    ("2019", "DATE", "2019"),
    ("the past 6\nmonths", "DURATION", "P6M"),
    ("2 weeks ago", "DATE", "2022-W40"),
    ("2021", "DATE", "2021"),
    ("now", "DATE", "PRESENT_REF"),
    ("16 seconds", "DURATION", "PT16S"),
    ("2015", "DATE", "2015"),
    ("the next 3 months", "DURATION", "P3M"),
    ("every 2 weeks", "SET", "P2W"),
    ("now", "DATE", "PRESENT_REF"),
    ("twice a week", "SET", "P1W"),
    ("6 weeks", "DURATION", "P6W"),
    ("3 months", "DURATION", "P3M"),
]


def test_annual_wellness_visit_falls_a_falling_mmse_and_deprescribing() -> None:
    """Headed 10/17/2022: "since his wife died in 2019" is a year; "Falls x 3 in the past 6
    months" lasts and "the last one 2 weeks ago" is the week of 10/03; "MMSE 24/30 in 2021,
    now 19/30" a year and the present, the scores no times; "TUG 16 seconds" lasts;
    "deprescribing over the next 3 months" lasts, "every 2 weeks" and "twice a week" recur;
    "an 84 yo M", "0.5 mg" and "Falls x 3" are no times."""
    assert _mentions(WELLNESS) == WELLNESS_TABLE


# ---- a tokenized geriatrics consult: delirium since Saturday, sundowning, a reassessment -----

GERIATRICS_TOKENIZED = """\
GERIATRICS CONSULT :
03/02/2021
88 yo F from assisted living , confused since Saturday , worse at night . Up at night x 1 week .
Baseline MoCA 22/30 on 02/2020 . UA positive , started cephalexin 03/01/2021 .
Sundowning every evening . Melatonin 3 mg qhs . Hold trazodone for now .
Reassess cognition in 4-6 weeks after the delirium clears .
"""
GERIATRICS_TOKENIZED_TABLE: list[Row] = [
    ("03/02/2021", "DATE", "2021-03-02"),
    ("Saturday", "DATE", "2021-02-27"),
    ("1 week", "DURATION", "P1W"),
    ("02/2020", "DATE", "2020-02"),
    ("03/01/2021", "DATE", "2021-03-01"),
    ("every evening", "SET", "XXXX-XX-XXTEV"),
    ("qhs", "SET", "P1D"),
    ("now", "DATE", "PRESENT_REF"),
    ("4-6 weeks", "DURATION", "P6W"),
]


def test_tokenized_geriatrics_consult_delirium_since_saturday() -> None:
    """Headed 03/02/2021, a Tuesday: "confused since Saturday" is the Saturday behind;
    "x 1 week" lasts; "MoCA 22/30 on 02/2020" a month, the score no time; "started cephalexin
    03/01/2021" a day; "every evening" and "qhs" recur; "for now" is the present; "in 4-6 weeks"
    lasts its upper bound; "88 yo F" and "3 mg" are no times."""
    assert dt.date(2021, 3, 2).strftime("%A") == "Tuesday"
    assert _mentions(GERIATRICS_TOKENIZED) == GERIATRICS_TOKENIZED_TABLE


# ---- a palliative care consult: a prognosis of weeks to months, a family meeting Thursday ----

PALLIATIVE = """\
PALLIATIVE CARE CONSULT 11/06/2023

Mr. Ito is a 71 yo M with metastatic pancreatic cancer, dx 05/2023, progressing after 2 lines of
chemotherapy, last dose 10/12. PPS 30%, ECOG 3. Pain 7/10, on morphine 15 mg q4h prn, using 5-6
doses a day. Prognosis of weeks to months discussed with his wife. He wishes to be home for
Thanksgiving. Family meeting Thursday at 2 pm to discuss hospice.
"""
PALLIATIVE_TABLE: list[Row] = [
    ("11/06/2023", "DATE", "2023-11-06"),
    ("05/2023", "DATE", "2023-05"),
    ("10/12", "DATE", "2023-10-12"),
    ("q4h", "SET", "PT4H"),
    ("weeks to months", "DURATION", "PXW"),
    ("Thanksgiving", "DATE", "2023-11-23"),
    ("Thursday at 2 pm", "TIME", "2023-11-09T14:00"),
]


def test_palliative_consult_prognosis_of_weeks_to_months_and_a_family_meeting() -> None:
    """Headed 11/06/2023, a Monday: "dx 05/2023" is a month and "last dose 10/12" a day;
    "q4h prn" recurs; "Prognosis of weeks to months" is one duration, the smaller unit's;
    "Thanksgiving" is the one ahead, 11/23; "Family meeting Thursday at 2 pm" is 11/09 at 14:00;
    "PPS 30%", "ECOG 3", "Pain 7/10", "15 mg" and "5-6 doses a day" are no times."""
    assert dt.date(2023, 11, 6).strftime("%A") == "Monday"
    assert _mentions(PALLIATIVE) == PALLIATIVE_TABLE


# ---- a tokenized hospice note: on hospice since a day, comfort care this morning ------------

HOSPICE_TOKENIZED = """\
HOSPICE NURSE NOTE :
10/24/2023
Pt on hospice since 10/3 . Comfort care started this morning ; IV fluids stopped .
Mottling of the knees , apneic periods of 20 seconds . PPS 10 % .
Expected to pass within 24-48 hours . Morphine 2.5 mg SL q2h prn .
Family at bedside ; chaplain visit this afternoon .
"""
HOSPICE_TOKENIZED_TABLE: list[Row] = [
    ("10/24/2023", "DATE", "2023-10-24"),
    ("10/3", "DATE", "2023-10-03"),
    ("this morning", "TIME", "2023-10-24TMO"),
    ("20 seconds", "DURATION", "PT20S"),
    ("24-48 hours", "DURATION", "PT48H"),
    ("q2h", "SET", "PT2H"),
    ("this afternoon", "TIME", "2023-10-24TAF"),
]


def test_tokenized_hospice_note_comfort_care_this_morning() -> None:
    """Headed 10/24/2023: "on hospice since 10/3" is that day; "Comfort care started this
    morning" and the chaplain's visit "this afternoon" are parts of the note's day; "apneic
    periods of 20 seconds" last; "within 24-48 hours" lasts its upper bound; "q2h prn" recurs;
    "PPS 10 %" and "2.5 mg" are no times."""
    assert _mentions(HOSPICE_TOKENIZED) == HOSPICE_TOKENIZED_TABLE


# ---- a death note: called at a time, the time of death, a bereavement follow-up -------------

DEATH = """\
DEATH NOTE 10/26/2023

Called to the bedside at 03:30 by the RN for no respirations. Time of death 03:42. No heart
sounds or breath sounds for one minute; pupils fixed. Family present and notified. Attending
notified at 0400. Patient was DNR/DNI since admission on 10/20. Bereavement follow-up in 13
months per hospice protocol.
"""
DEATH_TABLE: list[Row] = [
    ("10/26/2023", "DATE", "2023-10-26"),
    ("03:30", "TIME", "2023-10-26T03:30"),
    ("03:42", "TIME", "2023-10-26T03:42"),
    ("one minute", "DURATION", "PT1M"),
    ("0400", "TIME", "2023-10-26T04:00"),
    ("10/20", "DATE", "2023-10-20"),
    ("13\nmonths", "DURATION", "P13M"),
]


def test_death_note_time_of_death_and_a_bereavement_follow_up() -> None:
    """Headed 10/26/2023: "Called to the bedside at 03:30", "Time of death 03:42" and
    "notified at 0400" are times of the note's day; "for one minute" lasts; "since admission
    on 10/20" is a day; "Bereavement follow-up in 13 months" lasts."""
    assert _mentions(DEATH) == DEATH_TABLE


# ---- single sentences: a span of two bare units is one duration ------------------------------

UNIT_TO_UNIT = [
    pytest.param(
        "Prognosis of weeks to months .", [("weeks to months", "DURATION", "PXW")], id="prognosis"
    ),
    pytest.param(
        "She is expected to live days to weeks.",
        [("days to weeks", "DURATION", "PXD")],
        id="days_to_weeks",
    ),
    pytest.param(
        "Life expectancy of months to years with dialysis .",
        [("months to years", "DURATION", "PXM")],
        id="months_to_years",
    ),
    pytest.param(
        "Likely to pass within hours to days .",
        [("hours to days", "DURATION", "PTXH")],
        id="hours_to_days",
    ),
    pytest.param(
        "Decline over weeks or months is expected .",
        [("weeks or months", "DURATION", "PXW")],
        id="or",
    ),
    pytest.param("The wait grew from days to weeks .", [], id="a_change_from"),
    pytest.param("Wait times were cut from hours to minutes .", [], id="larger_first"),
    pytest.param("In the days to come , weeks to go .", [], id="no_span"),
]


@pytest.mark.parametrize(("text", "rows"), UNIT_TO_UNIT)
def test_a_span_of_two_bare_units_is_one_duration(text: str, rows: list[Row]) -> None:
    """A prognosis of "weeks to months", "days to weeks", "months to years", "hours to days"
    or "weeks or months" is one duration, the smaller unit's; a change "from days to weeks",
    the larger unit first ("from hours to minutes") and "the days to come" are none."""
    assert _mentions("PALLIATIVE CARE NOTE 11/06/2023\n\n" + text)[1:] == rows


# ---- single sentences: a child's age written short, the age a well check is named by --------

AGES = [
    pytest.param("Pt is a 12 mo F with cough .", [], id="mo_f"),
    pytest.param("15 mo M with fever x 2 days .", [("2 days", "DURATION", "P2D")], id="mo_m"),
    pytest.param("A 9 mo male , a 6 wk old and a 3 yr old sibling .", [], id="male_old"),
    pytest.param("Here for the 4 year well check .", [], id="well_check"),
    pytest.param("Due for his 2 yr well exam ; 12 mo well visit .", [], id="well_exam"),
    pytest.param(
        "Recheck in 6 mo F/U with PCP .", [("6 mo", "DURATION", "P6M")], id="follow_up_length"
    ),
    pytest.param(
        "She returned from a 3 month visit to India .",
        [("3 month", "DURATION", "P3M")],
        id="a_stay",
    ),
]


@pytest.mark.parametrize(("text", "rows"), AGES)
def test_a_childs_age_written_short_is_no_length(text: str, rows: list[Row]) -> None:
    """ "a 12 mo F", "15 mo M", "a 9 mo male", "a 6 wk old" and the ages a well check is
    named by ("the 4 year well check", "his 2 yr well exam") are ages; "in 6 mo F/U" (a
    follow-up) and "a 3 month visit to India" (a stay) keep their lengths."""
    assert _mentions("PEDIATRIC NOTE 01/09/2024\n\n" + text)[1:] == rows


# ---- single sentences: an arrival timed on a 24-hour clock ----------------------------------

ARRIVALS = [
    pytest.param("Pt arrived at 2200 via EMS .", ["2023-10-26T22:00"], id="via"),
    pytest.param("Family arrived at 1930 and stayed .", ["2023-10-26T19:30"], id="and"),
    pytest.param("Hospice nurse arrived at 0215 .", ["2023-10-26T02:15"], id="leading_zero"),
    pytest.param("Arrival at 2130 by ambulance .", ["2023-10-26T21:30"], id="arrival"),
    pytest.param("They arrived in 1930 from Ohio .", ["1930"], id="a_year"),
    pytest.param("He arrived at 1600 Pennsylvania Avenue .", [], id="an_address"),
    pytest.param("The index arrived at 2000 points .", [], id="a_level"),
]


@pytest.mark.parametrize(("text", "values"), ARRIVALS)
def test_an_arrival_at_four_digits_is_a_clock_time(text: str, values: list[str]) -> None:
    """A patient, a family or a nurse who "arrived at 2200" (or an "Arrival at 2130"), the
    time closing its clause or going on to a preposition, came at that hour of the note's day,
    not in the year 2200 (nor untagged); "arrived in 1930" is a year, "arrived at 1600
    Pennsylvania Avenue" an address and "arrived at 2000 points" a level."""
    rows = _mentions("DEATH NOTE 10/26/2023\n\n" + text)[1:]
    assert [value for _, _, value in rows] == values


# ---- look-alikes ------------------------------------------------------------------------------

LOOK_ALIKES = [
    "MMSE 24/30 , APGAR 8/9 , 50th percentile , G2P1 , 2/6 murmur , Tanner 3 , PPS 30% , ECOG 3 .",
    "MoCA 22/30 ; FAST 7a ; KPS 40 ; BMI 85th percentile ; HC 45 cm ; SLUMS 20/30 ; GDS 8/15 .",
    "DTaP #4 , MMR #1 , Hep A #1 , PCV13 #3 , IPV 4/4 ; due for 4-year vaccines ; 2 month shots .",
    "Her 12-month well visit ; an 18-month-old ; a 2 yo ; an 84 yo M ; seen at 9 months old .",
    "Falls x 3 ; clock draw 2/3 ; recall 1/3 ; Pain 7/10 ; Tmax 39.4 ; 90 mg/kg/day .",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_pediatric_geriatric_and_palliative_look_alikes_are_no_times(line: str) -> None:
    """Cognitive and functional scores, Apgars, percentiles, obstetric counts, murmurs,
    Tanner stages, performance scales, vaccine doses, the ages of visits and vaccines and
    of patients, counts of falls and doses are no times."""
    assert _mentions("PEDIATRIC NOTE 01/09/2024\n\n" + line)[1:] == []


# ---- what is left -----------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="'at 15 months' in a child's plan is read as a length of 15 months, not an age",
)
def test_a_follow_up_at_an_age_in_months_is_no_length() -> None:
    """In a 12-month-old's plan, "follow up at 15 months" is the visit at that age, no length
    of 15 months (as "her 15-month visit" is)."""
    assert [row for row in _mentions(WELL_CHILD) if row[0] == "15 months"] == []


@pytest.mark.xfail(
    strict=True,
    reason="a day of life with no birth told is counted from the note's date",
)
def test_a_day_of_life_with_no_birth_told_is_no_day() -> None:
    """A 12-month-old's "home on day of life 8" names a day a year back whose birth date the
    note does not give, left untagged as a cycle's day is, not eight days after the note."""
    assert [row for row in _mentions(WELL_CHILD) if row[0] == "day of life 8"] == []


def test_a_last_dose_at_a_morning_hour_after_last_night_is_today() -> None:
    """Headed 01/09/2024: after "Tmax 39.4 last night ... since yesterday", the "last dose at
    0700" is this morning's (the state "since yesterday" runs to now, the note's day)."""
    rows = _mentions(SICK_TOKENIZED)
    assert [row for row in rows if row[0] == "0700"] == [("0700", "TIME", "2024-01-09T07:00")]
