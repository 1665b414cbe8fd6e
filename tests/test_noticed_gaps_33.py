"""Gaps noticed in session 16, thirty-third list: clinical notes and social posts.

Clinical notes are read as tests/test_clinical_18.py and test_noticed_gaps_30.py read them
(i2b2 2012 conventions): the date heading the note dates it and what it says counts from it; a
note with no date in its text (a nursing note, a MIMIC ICU progress note) is read with its
chart date given. A dose's four-digit time after its drug ("40 mEq KCl at 1000",
"2 g magnesium sulfate at 1100") is a clock time of the note's day, as "given at 1400" is,
where a height, a temperature or an era after "at" ("at 1000 feet", "at 1000 degrees", "at
1000 AD") and a count of money ("raised $40 million at 1000 a share") are not. A nursing
shift written "7a-7p" is two clock times of the note's day, as "NPN 0700-1900" is. MIMIC's
ICU progress notes open their flowsheet with "Flowsheet Data as of  [**2151-3-6**] 06:12
AM": that day dates the note when no header date comes before it. A note's weekdays after
"on" are days of the week around it, told in the past after "Given" and "Received" as the
full weekdays are ("Given ... on Tuesday and ... on Thursday": the Tuesday and the Thursday
before the note), whether written short ("on Tue", "on Thu") or not. A phrase a hard line
wrap breaks ("Repeat lactate in\\n the afternoon.") is the phrase unbroken.

Posts are read as tests/test_social_17.py and test_noticed_gaps_30.py read them, the post's
date the document date: a chat's bare hour after "see you at", "meet at" is an appointment in
the working day (the bare_hour vocabulary: 1 to 7 p.m., 8 to 11 a.m.), with its minutes too
("See you at 2:30": 14:30, the hour of a meeting, not of the small hours), and so where "at
the gate" follows ("Meet at 10 at the gate."); "The pace car pulled in at 4:45" stays what
the clock says. A price after "@" is no time, also before "today" ("Bought 500 contracts @ 12
today": only "today"), where "dinner for 4 @ 8 tonight" is a time. A weekday with its day of
the month spelled as an ordinal word is one date, as "Saturday the 6th" is: "Saturday the
sixth" is the sixth of the month whose sixth is a Saturday.
"""

from __future__ import annotations

import pytest
from passages import Row, marked_unmet, mentions, news, note_mentions

from chrono import extract_document

NOTE = "PROGRESS NOTE 03/20/2019\n"  # a Wednesday


def _note(text: str) -> list[Row]:
    return note_mentions(NOTE, text)


# The rows chrono does not read yet, by id, and why (strict: a fix must take its id out).
_UNMET: dict[str, str] = {}


def _table(*rows: object) -> list[object]:
    """A test's rows, each row named in _UNMET a strict expected failure with its reason."""
    return marked_unmet(_UNMET, *rows)


# ---- 1. a dose's time after its drug ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "K 3.6, repleted with 40 mEq KCl at 1000.",
            [("1000", "TIME", "2019-03-20T10:00")],
            id="kcl_at_1000",
        ),
        pytest.param(
            "Mg 1.6, repleted with 2 g magnesium sulfate at 1100.",
            [("1100", "TIME", "2019-03-20T11:00")],
            id="magnesium_at_1100",
        ),
        pytest.param(
            "Lasix 40 mg IV given at 1400 with good effect.",
            [("1400", "TIME", "2019-03-20T14:00")],
            id="given_at_1400",
        ),
    ),
)
def test_a_doses_time_after_its_drug(text: str, expected: list[Row]) -> None:
    """ "40 mEq KCl at 1000" and "2 g magnesium sulfate at 1100" time a dose on the note's day,
    as "40 mg IV given at 1400" does; a measure "at 1000 degrees", "at 1000 feet", an era and a
    price after "at" are no clock times."""
    assert _note(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fired 40 g of clay at 1000 degrees.",
        "Flew 2 km north at 1000 feet.",
        "Minted 40 g silver coins at 1000 AD.",
        "Sold 40 g of gold at 1900 a gram.",
        "The 40 mg tablets sell at 1200 each.",
        "Bought 40 g of saffron at 1500 dollars.",
    ],
)
def test_a_measure_or_a_price_after_a_dose_is_no_time(text: str) -> None:
    """A temperature, a height, an era and a price after a quantity and "at" ("at 1000
    degrees", "at 1000 feet", "at 1000 AD", "at 1900 a gram") are no clock times (what else
    chrono reads in them is not what this test pins down)."""
    assert "TIME" not in [kind for _, kind, _ in _note(text)]


# ---- 1b. a clock time before its day's placeholder -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Findings discussed with Dr. [**Last Name (STitle) 4567**] at 11:05 AM on [**3-5**].",
            [("11:05 AM", "TIME", "2151-03-05T11:05"), ("3-5", "DATE", "2151-03-05")],
            id="at_a_time_on_a_placeholder_day",
        ),
        pytest.param(
            "Extubated at 9:10 AM on [**2151-3-4**] without issue.",
            [("9:10 AM", "TIME", "2151-03-04T09:10"), ("2151-3-4", "DATE", "2151-03-04")],
            id="at_a_time_on_a_full_placeholder_date",
        ),
        # look-alikes: a placeholder that is no day, a day in a later clause
        pytest.param(
            "Paged at 10:15 AM on [**Hospital1 18**] pager.",
            [("10:15 AM", "TIME", "2151-03-06T10:15")],
            id="on_a_placeholder_pager",
        ),
        pytest.param(
            "Seen at 10:15 AM; on [**3-4**] he was afebrile.",
            [("10:15 AM", "TIME", "2151-03-06T10:15"), ("3-4", "DATE", "2151-03-04")],
            id="a_day_in_the_next_clause",
        ),
    ),
)
def test_a_clock_time_before_its_days_placeholder(text: str, expected: list[Row]) -> None:
    """Charted on 2151-03-06, "at 11:05 AM on [**3-5**]" is 11:05 of the 5th (two mentions:
    the day's extent is inside the brackets); a placeholder of a pager is no day, and a day
    after a semicolon is no day of the time before it."""
    assert mentions(text, dct="2151-03-06") == expected


# ---- 1c. a clock time after the bound of a state ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    _table(
        pytest.param(
            "GI: no BM since [**3-5**].\nGU: Lasix 40 mg IV given at 1400.",
            "2151-03-06",
            [("3-5", "DATE", "2151-03-05"), ("1400", "TIME", "2151-03-06T14:00")],
            id="no_bm_since_a_placeholder",
        ),
        pytest.param(
            "Shares of Acme have risen since March 3. At 10:30 a.m. they were up 2 percent.",
            "2024-05-14",
            [("March 3", "DATE", "2024-03-03"), ("10:30 a.m.", "TIME", "2024-05-14T10:30")],
            id="risen_since_a_day",
        ),
        # look-alike: a day the text goes on with
        pytest.param(
            "The strike began on March 3. At 10:30 a.m. workers marched.",
            "2024-05-14",
            [("March 3", "DATE", "2024-03-03"), ("10:30 a.m.", "TIME", "2024-03-03T10:30")],
            id="began_on_a_day",
        ),
    ),
)
def test_a_clock_time_after_the_bound_of_a_state(text: str, dct: str, expected: list[Row]) -> None:
    """A day a state has lasted "since" ("no BM since [**3-5**]", "have risen since March 3")
    is no day the text goes on with: the clock time after it is of the document's day; after
    "began on March 3" it is of that day."""
    assert mentions(text, dct=dct, genre="news") == expected


# ---- 2. a phrase broken by a hard line wrap ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Repeat lactate in\n the afternoon.",
            [("the afternoon", "TIME", "2019-03-20TAF")],
            id="lactate_in_a_wrapped_line",
        ),
        pytest.param(
            "Repeat lactate in the afternoon.",
            [("the afternoon", "TIME", "2019-03-20TAF")],
            id="lactate_in_one_line",
        ),
        # look-alikes: a place after the wrap
        pytest.param("Seen in\n the ED by the resident.", [], id="seen_in_the_ed"),
    ),
)
def test_a_phrase_broken_by_a_line_wrap(text: str, expected: list[Row]) -> None:
    """ "Repeat lactate in\\n the afternoon." is the afternoon of the note's day, wrapped or
    not; "Seen in\\n the ED" is no time."""
    assert _note(text) == expected


# ---- 3. a nursing shift's "7a-7p" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "NPN 7a-7p\nNeuro: A&Ox3, MAE.",
            [("7a", "TIME", "2151-03-06T07:00"), ("7p", "TIME", "2151-03-06T19:00")],
            id="npn_7a_7p",
        ),
        pytest.param(
            "NPN 7p-7a\nNeuro: A&Ox3, MAE.",
            [("7p", "TIME", "2151-03-06T19:00"), ("7a", "TIME", "2151-03-07T07:00")],
            id="npn_7p_7a",
        ),
        pytest.param(
            "NPN 0700-1900\nNeuro: A&Ox3, MAE.",
            [("0700", "TIME", "2151-03-06T07:00"), ("1900", "TIME", "2151-03-06T19:00")],
            id="npn_0700_1900",
        ),
        # look-alikes: a room, a grade, a vitamin
        pytest.param("Pt moved to room 7a-7b.", [], id="rooms"),
        pytest.param("Grade 2a-2b lesions.", [], id="grades"),
    ),
)
def test_a_nursing_shifts_hours(text: str, expected: list[Row]) -> None:
    """Charted on 2151-03-06, "NPN 7a-7p" gives the day shift's two clock times, "NPN 7p-7a"
    the night shift's (its end the next morning), as "NPN 0700-1900" does; "room 7a-7b" and
    "Grade 2a-2b" are no times."""
    assert mentions(text, dct="2151-03-06") == expected


# ---- 4. MIMIC's "Flowsheet Data as of" --------------------------------------------------------

FLOWSHEET = """\
Chief Complaint: hypoxia
24 Hour Events:
 Diuresed 2 L.
Flowsheet Data as of  [**2151-3-6**] 06:12 AM
Vital signs
Hemodynamic monitoring
Fluid balance
                  Since 12 AM
Plan: extubate tomorrow if he tolerates the SBT.
"""


def test_flowsheet_data_as_of_dates_an_icu_note() -> None:
    """ "Flowsheet Data as of  [**2151-3-6**] 06:12 AM" dates an ICU progress note with no
    header date before it: "tomorrow" in its plan is 2151-03-07; "24 Hour Events" lasts, as
    in tests/test_clinical_18.py's ICU note."""
    doc, _ = extract_document(FLOWSHEET)
    assert str(doc.dct) == "2151-03-06"
    assert mentions(FLOWSHEET) == [
        ("24 Hour", "DURATION", "PT24H"),
        ("2151-3-6", "DATE", "2151-03-06"),
        ("06:12 AM", "TIME", "2151-03-06T06:12"),
        ("12 AM", "TIME", "2151-03-06T00:00"),
        ("tomorrow", "DATE", "2151-03-07"),
    ]


def test_an_admission_date_before_the_flowsheet_dates_the_note() -> None:
    """A header's "Admission Date:  [**2151-3-4**]" before the flowsheet dates the note, as
    it does a discharge summary: the flowsheet's day is a date of the stay."""
    text = "Admission Date:  [**2151-3-4**]\n" + FLOWSHEET
    doc, _ = extract_document(text)
    assert str(doc.dct) == "2151-03-04"


# ---- 5. a dose's weekdays, told in the past ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Given 4000 units IV on Tue and 2000 units on Thu.",
            [("Tue", "DATE", "2019-03-19"), ("Thu", "DATE", "2019-03-14")],
            id="given_on_tue_and_thu",
        ),
        pytest.param(
            "Given 4000 units IV on Tuesday and 2000 units on Thursday.",
            [("Tuesday", "DATE", "2019-03-19"), ("Thursday", "DATE", "2019-03-14")],
            id="given_on_tuesday_and_thursday",
        ),
        pytest.param(
            "Received 4000 units IV on Tue and 2000 units on Thu.",
            [("Tue", "DATE", "2019-03-19"), ("Thu", "DATE", "2019-03-14")],
            id="received_on_tue_and_thu",
        ),
        # look-alikes: a schedule's weekdays recur; a plan's day is ahead
        pytest.param(
            "Epogen 4000 units IV Tue/Thu/Sat with HD.",
            [
                ("Tue", "SET", "XXXX-WXX-2"),
                ("Thu", "SET", "XXXX-WXX-4"),
                ("Sat", "SET", "XXXX-WXX-6"),
            ],
            id="a_schedule",
        ),
        pytest.param("Will give 2000 units on Thu.", [("Thu", "DATE", "2019-03-21")], id="a_plan"),
    ),
)
def test_a_doses_weekdays_told_in_the_past(text: str, expected: list[Row]) -> None:
    """In a note of Wednesday 2019-03-20, "Given 4000 units IV on Tue and 2000 units on Thu"
    are the Tuesday and the Thursday before, as the full weekdays are; a dose's weekdays
    joined by slashes recur, and "Will give ... on Thu" is the Thursday ahead."""
    assert _note(text) == expected


# ---- 6. a chat's clock time after "see you at", "meet at" -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "See you at 2:30", [("2:30", "TIME", "2024-05-14T14:30")], id="see_you_at_2_30"
        ),
        pytest.param(
            "Meet at 10 at the gate.",
            [("10", "TIME", "2024-05-14T10:00")],
            id="meet_at_10_at_the_gate",
        ),
        pytest.param("see you at 3!", [("3", "TIME", "2024-05-14T15:00")], id="see_you_at_3"),
        pytest.param(
            "meet at 10:30, ok?", [("10:30", "TIME", "2024-05-14T10:30")], id="meet_at_10_30"
        ),
        # look-alikes: a clock read as written, a road, a rate
        pytest.param(
            "The pace car pulled in at 4:45.", [("4:45", "TIME", "2024-05-14T04:45")], id="pace_car"
        ),
        pytest.param("meet me at 8 Mile and Woodward", [], id="a_road"),
        pytest.param("Rates will be there at 8 percent.", [], id="a_rate"),
    ),
)
def test_a_chats_clock_time_after_see_you_at(text: str, expected: list[Row]) -> None:
    """A message posted on Tuesday 2024-05-14 at 11:00: "See you at 2:30" is 14:30 (the bare
    hour's reading in the working day, as "see you at 3" is 15:00), "Meet at 10 at the gate"
    10:00; a pace car's "at 4:45" stays what the clock says, "8 Mile" is a road."""
    assert news(text, "2024-05-14", "Tuesday") == expected


# ---- 7. a price after "@" before "today" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "Bought 500 contracts @ 12 today",
            [("today", "DATE", "2024-05-14")],
            id="contracts_at_12_today",
        ),
        pytest.param(
            "Bought 500 contracts @ 12, up 3% today",
            [("today", "DATE", "2024-05-14")],
            id="contracts_at_12_then_today",
        ),
        # look-alikes: a table and an hour
        pytest.param(
            "dinner for 4 @ 8 tonight", [("8 tonight", "TIME", "2024-05-14T20:00")], id="dinner"
        ),
        pytest.param("stream @ 7 today", [("7 today", "TIME", "2024-05-14T19:00")], id="stream"),
    ),
)
def test_a_price_after_at_sign_before_today(text: str, expected: list[Row]) -> None:
    """ "500 contracts @ 12 today" is a price and the day of the trade; "dinner for 4 @ 8
    tonight" and "stream @ 7 today" are clock times."""
    assert news(text, "2024-05-14", "Tuesday") == expected


# ---- 8. a weekday and its day as an ordinal word ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    _table(
        pytest.param(
            "We play Saturday the sixth and Sunday the seventh.",
            [
                ("Saturday the sixth", "DATE", "2024-07-06"),
                ("Sunday the seventh", "DATE", "2024-07-07"),
            ],
            id="saturday_the_sixth",
        ),
        pytest.param(
            "We play Saturday the 6th and Sunday the 7th.",
            [("Saturday the 6th", "DATE", "2024-07-06"), ("Sunday the 7th", "DATE", "2024-07-07")],
            id="saturday_the_6th",
        ),
        # look-alikes: a weekday before "the" and a noun, a count of days
        pytest.param(
            "On Saturday the seventh grade played.",
            [("Saturday", "DATE", "2024-06-15")],
            id="the_seventh_grade",
        ),
        pytest.param(
            "On Sunday the first team lost.",
            [("Sunday", "DATE", "2024-06-16")],
            id="the_first_team",
        ),
    ),
)
def test_a_weekday_and_its_day_as_an_ordinal_word(text: str, expected: list[Row]) -> None:
    """Posted on Thursday 2024-06-20: "Saturday the sixth and Sunday the seventh" are the 6th and
    the 7th of July, the month ahead whose 6th is a Saturday, as "Saturday the 6th" is; "the
    seventh grade" and "the first team" are no days."""
    assert news(text, "2024-06-20", "Thursday") == expected


# ---- a temperature of four digits ---------------------------------------------------------------


def test_a_temperature_of_four_digits_is_no_year() -> None:
    """A four-digit number before "degrees" (or "Celsius", "Fahrenheit") is a temperature, as
    one before "°C" is: "at 1000 degrees" gave the year 1000 (noticed with "KCl at 1000"). After
    a preposition of time the number may be the year: "In 1200 degrees were first granted"."""
    assert mentions(
        "Fire the glaze at 1200 degrees for an hour, then let the kiln cool to 1000 degrees "
        "Fahrenheit.",
        dct="2024-03-05",
    ) == [("an hour", "DURATION", "PT1H")]
    assert mentions("In 1200 degrees were first granted at Paris.", genre="narrative") == [
        ("1200", "DATE", "1200")
    ]
