"""Held-out genres: war histories (narrative), clinical notes and social media.

Each passage was written for these tests in the style of its genre. The tables pin what must
be found, with its type and value; the formal sentences after each pin what must not.
"""

from __future__ import annotations

import pytest
from passages import Row
from passages import found as _found
from passages import mentions as _mentions

from chrono import extract_document

# ---- narrative: a war history ---------------------------------------------------------------

WAR = (
    "On 1 September 1939 Germany invaded Poland. Two days later Britain and France declared "
    "war. That night the first leaflets fell on German towns. On the night of 6 September the "
    "Polish government left Warsaw, and early the following morning the city was shelled. "
    "Late that month the last defenders surrendered. Early in 1940 the front stayed quiet; on "
    "the morning of 10 May 1940 the offensive in the west began, and in the early hours of 22 "
    "June 1941 Germany attacked the Soviet Union."
)
WAR_TABLE: list[Row] = [
    ("1 September 1939", "DATE", "1939-09-01"),
    ("Two days later", "DATE", "1939-09-03"),
    ("That night", "TIME", "1939-09-03TNI"),
    # TimeBank tags only the date of "the night of Oct. 23" (TIMEX2 corpora tag it all)
    ("6 September", "DATE", "1939-09-06"),
    ("early the following morning", "TIME", "1939-09-07TMO"),
    ("Late that month", "DATE", "1939-09"),
    ("Early in 1940", "DATE", "1940"),
    ("10 May 1940", "DATE", "1940-05-10"),
    ("22 June 1941", "DATE", "1941-06-22"),
]


def test_war_history_mentions_types_and_values() -> None:
    """ "that night", "early the following morning", "Late that month": in the story's time."""
    assert _mentions(WAR, genre="narrative") == WAR_TABLE


WAR_END = (
    "In the first week of June 1944 the Allies landed; D-Day had been postponed once. The "
    "previous winter had been quiet. The winter of 1944–45 was hard, and the last days of April "
    "1945 saw Berlin fall. V-E Day was celebrated in London; V-J Day followed. Archaeologists "
    "date the first cities to the 4th millennium BC, and the city's walls to the 50s BC."
)
WAR_END_TABLE: list[Row] = [
    ("the first week of June 1944", "DATE", "1944-W22"),
    ("D-Day", "DATE", "1944-06-06"),
    ("The previous winter", "DATE", "1943-WI"),
    ("The winter of 1944–45", "DATE", "1944-WI"),
    ("the last days of April 1945", "DATE", "1945-04"),
    ("V-E Day", "DATE", "1945-05-08"),
    ("V-J Day", "DATE", "1945-08-15"),
    ("the 4th millennium BC", "DATE", "-4"),
    ("the 50s BC", "DATE", "-006"),
]


def test_war_history_named_days_weeks_edges_and_eras() -> None:
    """Named days of 1944-45, a month's nth week, a period's last days, a winter spanning two
    years, a millennium and a decade BC; "the previous winter" looks back from the story."""
    assert _mentions(WAR_END, genre="narrative") == WAR_END_TABLE


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Friday is D-Day for the merger; it is the party's D-Day.", ["Friday"]),
        ("The first days of the strike were calm.", ["The first days"]),
        ("In the last week he fell ill.", ["the last week"]),
    ],
)
def test_narrative_forms_do_not_fire_in_formal_text(text: str, found: list[str]) -> None:
    """A figurative D-Day is no date; "the first days" of no named period stays a duration."""
    assert _found(text, dct="2023-09-12") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He said that night raids would stop on Friday.", ["Friday"]),
        ("She wore that evening gown to the gala.", []),
        ("It was so late that morning seemed far away.", []),
    ],
)
def test_that_part_of_day_is_not_the_conjunction(text: str, found: list[str]) -> None:
    """ "that night" is a time only as a noun phrase, not "that" + a noun modifier."""
    assert _found(text, dct="2023-09-12") == found


# ---- clinical: a discharge summary ----------------------------------------------------------

DISCHARGE = """\
Admission Date: 03/12/2014
Discharge Date: 03/18/2014

HISTORY OF PRESENT ILLNESS: 67 yo M with chest pain for 3 days prior to admission. BP 120/80,
HR 88, 2+ edema; 3/4 of the lung fields clear. Last colonoscopy 2 years ago.
HOSPITAL COURSE: Heparin was started on hospital day 2. He underwent CABG on 03/14/2014 and
was extubated on postoperative day 1. On POD #3 he walked; chest tubes out POD 4.
MEDICATIONS: aspirin 81 mg daily, metoprolol 25 mg b.i.d., Lasix 40 mg PO QAM, Coumadin 5 mg
QOD, oxycodone 5 mg q4h p.r.n. pain. Follow up in 2 weeks.
"""
DISCHARGE_TABLE: list[Row] = [
    ("03/12/2014", "DATE", "2014-03-12"),
    ("03/18/2014", "DATE", "2014-03-18"),
    ("3 days", "DURATION", "P3D"),
    ("2 years ago", "DATE", "2012"),
    ("hospital day 2", "DATE", "2014-03-13"),
    ("03/14/2014", "DATE", "2014-03-14"),
    ("postoperative day 1", "DATE", "2014-03-15"),
    ("POD #3", "DATE", "2014-03-17"),
    ("POD 4", "DATE", "2014-03-18"),
    ("daily", "SET", "P1D"),
    ("b.i.d.", "SET", "P1D"),
    ("QAM", "SET", "P1D"),
    ("QOD", "SET", "P2D"),
    ("q4h", "SET", "PT4H"),
    ("2 weeks", "DURATION", "P2W"),
]


def test_discharge_summary_mentions_types_and_values() -> None:
    """The admission date is the document date; hospital and postoperative days count from
    admission and from the operation; dosing frequencies are sets; vitals are not dates."""
    assert _mentions(DISCHARGE) == DISCHARGE_TABLE


def test_admission_date_header_is_the_document_date() -> None:
    """ "Admission Date:" and "Date of Admission:" head a note with its date; "Date of Birth"
    does not."""
    doc, _ = extract_document("Date of Birth: 01/02/1950\nDate of Admission: 03/12/2014\nStable.")
    assert doc.dct is not None and doc.dct.isoformat() == "2014-03-12"
    doc, _ = extract_document("Date of Birth: 01/02/1950\nStable since then.")
    assert doc.dct is None


COURSE = """\
Admission Date: 03/12/2014

HPI: 58 yo F, s/p cholecystectomy, with dyspnea 2 weeks prior to admission and cough for 3 days
prior to admission. Status post MVR in 2010.
HOSPITAL COURSE: She desaturated overnight and was placed on BiPAP. On day 3 of admission she
spiked a fever. She was transferred in the morning.
MEDICATIONS: Dilaudid 1 mg IV every 4-6 hours prn pain, oxycodone 5 mg q4-6h PRN, amiodarone
x 6 months.
"""
COURSE_TABLE: list[Row] = [
    ("03/12/2014", "DATE", "2014-03-12"),
    ("2 weeks prior to admission", "DATE", "2014-02-26"),
    ("3 days", "DURATION", "P3D"),
    ("2010", "DATE", "2010"),
    ("overnight", "TIME", "2014-03-12TNI"),
    ("day 3 of admission", "DATE", "2014-03-14"),
    ("the morning", "TIME", "2014-03-14TMO"),  # of day 3, the day in question
    ("every 4-6 hours", "SET", "PT6H"),
    ("q4-6h", "SET", "PT6H"),
    ("6 months", "DURATION", "P6M"),
]


def test_hospital_course_mentions_types_and_values() -> None:
    """Days before admission count from the admission date, in days; "overnight" and "in the
    morning" are the parts of the day in question; dosing ranges are sets; "s/p", "status post"
    and "prn" are not temporal."""
    assert _mentions(COURSE) == COURSE_TABLE


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The pod 3 crew docked; a POD is a module.", []),
        ("An overnight stay costs more; overnight rates rose.", []),
        ("He read it in the morning papers on the morning of 3 May.", ["3 May"]),
        ("On day 3 of the trial, the jury was sworn.", []),
        ("He was jailed for two years prior to his release.", ["two years"]),
        ("Three days later, for a week, talks stalled.", ["Three days later", "a week"]),
    ],
)
def test_clinical_forms_do_not_fire_in_formal_text(text: str, found: list[str]) -> None:
    """Lower-case "pod" is not a postoperative day; "for N units later" counts how long."""
    assert _found(text, dct="2023-09-12") == found


# ---- social media ---------------------------------------------------------------------------

POSTS = (
    "omg last nite was crazy. see u sat at 8pm!! 2moro is the big day. c u l8r. this arvo at "
    "the beach, fri nite drinks? free on the wknd. b4 xmas i need to shop. nye party at mine"
)
POSTS_TABLE: list[Row] = [
    ("last nite", "TIME", "2023-09-11TNI"),
    ("sat at 8pm", "TIME", "2023-09-16T20:00"),
    ("2moro", "DATE", "2023-09-13"),
    ("l8r", "DATE", "FUTURE_REF"),
    ("this arvo", "TIME", "2023-09-12TAF"),
    ("fri nite", "TIME", "2023-09-15TNI"),
    ("the wknd", "DATE", "2023-W36-WE"),
    ("xmas", "DATE", "2023-12-25"),
    ("nye", "DATE", "2023-12-31"),
]


def test_social_media_posts_mentions_types_and_values() -> None:
    """Informal spellings of nights, afternoons, weekdays, weekends and holidays."""
    assert _mentions(POSTS, dct="2023-09-12") == POSTS_TABLE


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He sat at 3 p.m. in the lobby.", ["3 p.m."]),
        ("On sat at 8pm he said", ["8pm"]),
        ("He will report later; later, he said, it ended.", []),
        ("The cat sat on the mat. He looked on, sat down.", []),
        ("She sat night after night by his bed.", []),
        ("Bill Nye spoke on sun and wind power.", []),
        ("They wed on sun-drenched beaches; we relied on sun, rain and luck.", []),
        ("The sun rose over the mon river as they wed.", []),
    ],
)
def test_informal_weekdays_do_not_fire_in_formal_text(text: str, found: list[str]) -> None:
    """ "sat", "sun", "wed" the words and "Nye" the name are not dates."""
    assert _found(text, dct="2023-09-12") == found


# ---- military and clinical clock times, large durations --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The assault began at 1400 hours.", [("1400 hours", "TIME", "2024-05-14T14:00")]),
        ("Launch was set for 2359Z.", [("2359Z", "TIME", "2024-05-14T23:59+00:00")]),
        ("H-hour was 0630.", [("0630", "TIME", "2024-05-14T06:30")]),
        ("Tmax at 2200 was 38.9.", [("2200", "TIME", "2024-05-14T22:00")]),
        ("The dynasty lasted 2000 years.", [("2000 years", "DURATION", "P2000Y")]),
        ("The engine ran for 1400 hours.", [("1400 hours", "DURATION", "PT1400H")]),
        ("Microwave for 1:30 minutes.", [("1:30 minutes", "DURATION", "PT1M30S")]),
    ],
)
def test_military_clock_times_and_large_durations(text: str, expected: list[Row]) -> None:
    """Four-digit times with a cue, four-digit amounts of units, lengths written as clocks."""
    assert _mentions(text, dct="2024-05-14") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city was founded in 1400.", [("1400", "DATE", "1400")]),
        ("The town was sacked around 1400.", [("1400", "DATE", "1400")]),
        (
            "From 1300 to 1400 the dynasty ruled.",
            [("1300", "DATE", "1300"), ("1400", "DATE", "1400")],
        ),
        ("The castle was built by 1200.", [("1200", "DATE", "1200")]),
        ("The fort fell at 1200 AD.", [("1200 AD", "DATE", "1200")]),
        ("The rebels held the city until 1400.", [("1400", "DATE", "1400")]),
        ("In 2019 years of austerity ended.", [("2019", "DATE", "2019")]),
        ("About 2000 people attended.", []),
        ("Dinner is set for 7:30 p.m.", [("7:30 p.m.", "TIME", "2024-05-14T19:30")]),
    ],
)
def test_four_digit_years_stay_years_in_histories(text: str, expected: list[Row]) -> None:
    """Without a clock cue a four-digit number is a year, and a count of people is nothing."""
    assert _mentions(text, dct="2024-05-14") == expected
