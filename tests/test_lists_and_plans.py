"""Held-out genre: texts written as lists, which people most often turn into timelines: CVs
and resumes, chronologies (timeline lists, "Key dates" boxes, "Timeline of ..." pages) and
project plans and roadmaps.

Each passage was written for these tests in the style of its genre. The tables pin every
mention with its type and value, by the TimeML conventions (extents exclude prepositions,
values at the granularity written); the events pin what a timeline needs: a CV's "2015–2019"
is one event over both years. The look-alikes after them pin what must not be found: CVs are
full of version numbers, grades and phone numbers.

The open end of a CV's range ("2015–present", "May 2019 – Current") is PRESENT_REF, as
TimeBank tags "now", and the range it closes ends on the document date, when there is one.
"""

from __future__ import annotations

from chrono import Event, extract_document
from tests.passages import Row, found, mentions


def _spans(text: str, **options: object) -> list[tuple[str, str, str]]:
    _, events = extract_document(text, **options)  # type: ignore[arg-type]
    return [(e.start.isoformat(), e.end.isoformat(), e.title) for e in events]


def _events(text: str, **options: object) -> tuple[Event, ...]:
    _, events = extract_document(text, **options)  # type: ignore[arg-type]
    return events


# ---- CVs and resumes --------------------------------------------------------------------------

EXPERIENCE = (
    "EXPERIENCE\n"
    "Senior Engineer, Acme Corp (Jan 2018 – Mar 2020)\n"
    "Led the payments team of six engineers.\n"
    "Software Developer, Initech, 2015–present\n"
    "Data Analyst, Globex, 2019 - Present\n"
    "Team Lead, Hooli, May 2021 – Current\n"
    "Intern, Vandelay Industries, 03/2017 – 11/2019\n"
)
EXPERIENCE_TABLE: list[Row] = [
    ("Jan 2018", "DATE", "2018-01"),
    ("Mar 2020", "DATE", "2020-03"),
    ("2015", "DATE", "2015"),
    # the open end of a range: the present, as TimeBank tags "now"
    ("present", "DATE", "PRESENT_REF"),
    ("2019", "DATE", "2019"),
    ("Present", "DATE", "PRESENT_REF"),
    ("May 2021", "DATE", "2021-05"),
    ("Current", "DATE", "PRESENT_REF"),
    ("03/2017", "DATE", "2017-03"),
    ("11/2019", "DATE", "2019-11"),
]


def test_cv_positions_with_month_ranges_and_open_ends() -> None:
    """A position's dates in brackets, "2015–present", "2019 - Present", "May 2021 – Current"
    and months in figures: each end found, the open ends as the present."""
    assert mentions(EXPERIENCE, dct="2024-05-01") == EXPERIENCE_TABLE


def test_cv_closed_range_of_months_is_one_event_over_both() -> None:
    spans = _spans(EXPERIENCE, dct="2024-05-01")
    assert ("2018-01-01", "2020-04-01") in [s[:2] for s in spans]
    assert ("2017-03-01", "2019-12-01") in [s[:2] for s in spans]


def test_cv_range_to_present_ends_at_the_document_date() -> None:
    """ "Software Developer, Initech, 2015–present" is one event from 2015 to the DCT (its
    day included); with no DCT the present is nowhere, and the event is the first end's."""
    line = "Software Developer, Initech, 2015–present\n"
    dated = [(e.start.isoformat(), e.end.isoformat()) for e in _events(line, dct="2024-05-01")]
    assert dated == [("2015-01-01", "2024-05-02")]
    undated = [(e.start.isoformat(), e.end.isoformat()) for e in _events(line)]
    assert undated == [("2015-01-01", "2016-01-01")]


EDUCATION = (
    "EDUCATION\n"
    "B.Sc. Computer Science, University of Leeds, Sept 2012 to June 2016\n"
    "Research Assistant, Summer 2014\n"
    "Teaching Fellow, 2010–12\n"
    "M.Sc. Data Science, Imperial College. Expected graduation: May 2026\n"
)
EDUCATION_TABLE: list[Row] = [
    ("Sept 2012", "DATE", "2012-09"),
    ("June 2016", "DATE", "2016-06"),
    ("Summer 2014", "DATE", "2014-SU"),
    # "2010–12": 2010 to 2012, the second year's century from the first's
    ("2010", "DATE", "2010"),
    ("12", "DATE", "2012"),
    ("May 2026", "DATE", "2026-05"),
]


def test_cv_education_months_seasons_and_abbreviated_year_ranges() -> None:
    """ "Sept 2012 to June 2016", "Summer 2014", "2010–12" and an expected graduation."""
    assert mentions(EDUCATION, dct="2025-09-01") == EDUCATION_TABLE


def test_cv_abbreviated_year_range_is_one_event_over_three_years() -> None:
    spans = [s[:2] for s in _spans(EDUCATION, dct="2025-09-01")]
    assert ("2010-01-01", "2013-01-01") in spans
    assert ("2012-09-01", "2016-07-01") in spans


SINCE = "Since 2021, volunteer tutor at the Red Cross. Fluent in Spanish since 2010."
SINCE_TABLE: list[Row] = [("2021", "DATE", "2021"), ("2010", "DATE", "2010")]


def test_cv_since_a_year_is_that_year() -> None:
    """ "Since 2021": the year; "since" is no part of it."""
    assert mentions(SINCE, dct="2024-05-01") == SINCE_TABLE


def test_cv_tenure_of_years_and_months_is_one_duration() -> None:
    """LinkedIn's "(2 yrs 3 mos)" is one duration, P2Y3M; units out of order or a rate after
    them are two durations."""
    assert mentions("Product Manager, Umbrella Corp (2 yrs 3 mos)", dct="2024-05-01") == [
        ("2 yrs 3 mos", "DURATION", "P2Y3M")
    ]
    assert mentions("Remote for 2 weeks, 3 days a week on site.", dct="2024-05-01") == [
        ("2 weeks", "DURATION", "P2W"),
        ("3 days", "DURATION", "P3D"),
    ]


CV_LOOKALIKES = (
    "Phone: (555) 123-4567 | Email: jane@example.com\n"
    "GPA 3.8/4.0, Dean's List\n"
    "Skills: Python 3.11, Java 17, ISO 27001, ITIL v4, AWS Certified (SAA-C03)\n"
    "Current role focuses on present-day tooling. Presented at 3 conferences.\n"
)


def test_cv_phone_grades_versions_and_standards_are_no_dates() -> None:
    """A phone number, a GPA, language versions, a standard's number and a current role."""
    assert found(CV_LOOKALIKES, dct="2024-05-01") == []


def test_present_and_current_after_a_number_that_is_no_date_stay_words() -> None:
    """ "grade 2 - present" is a finding, "page 3 - current edition" a reference."""
    text = "Murmur: grade 2 - present on auscultation. See page 3 - current edition."
    assert found(text, dct="2024-05-01") == []


# ---- chronologies -----------------------------------------------------------------------------

WAR_TIMELINE = (
    "Key dates\n"
    "1914 – Assassination of Archduke Franz Ferdinand in Sarajevo.\n"
    "28 June 1914: Gavrilo Princip shoots the Archduke.\n"
    "July 28, 1914 — Austria-Hungary declares war on Serbia.\n"
    "1914–18 – The First World War.\n"
    "1939–1945 Second World War.\n"
)
WAR_TIMELINE_TABLE: list[Row] = [
    ("1914", "DATE", "1914"),
    ("28 June 1914", "DATE", "1914-06-28"),
    ("July 28, 1914", "DATE", "1914-07-28"),
    ("1914", "DATE", "1914"),
    ("18", "DATE", "1918"),
    ("1939", "DATE", "1939"),
    ("1945", "DATE", "1945"),
]


def test_chronology_lines_each_have_their_date() -> None:
    """A year, a day month year with a colon, a month day year with a dash, two ranges."""
    assert mentions(WAR_TIMELINE) == WAR_TIMELINE_TABLE


def test_chronology_line_is_the_title_of_its_event() -> None:
    """Each line ending in a full stop is its event's title; the ranges are one event each."""
    spans = _spans(WAR_TIMELINE)
    assert ("1914-06-28", "1914-06-29", "28 June 1914: Gavrilo Princip shoots the Archduke.") in (
        spans
    )
    assert (
        "1914-07-28",
        "1914-07-29",
        "July 28, 1914 — Austria-Hungary declares war on Serbia.",
    ) in spans
    assert ("1914-01-01", "1919-01-01", "1914–18 – The First World War.") in spans
    assert ("1939-01-01", "1946-01-01", "1939–1945 Second World War.") in spans


ANCIENT_TIMELINE = (
    "c. 3000 BC – Writing develops in Sumer.\n"
    "9th century BC – Homer composes the Iliad.\n"
    "AD 79 – Vesuvius buries Pompeii.\n"
    "1st century AD – The Roman Empire reaches its greatest extent.\n"
    "1066 AD – Battle of Hastings.\n"
    "Early 20th century: jazz is born.\n"
)
ANCIENT_TIMELINE_TABLE: list[Row] = [
    ("c. 3000 BC", "DATE", "-2999"),  # astronomical years: 1 BC is year 0
    ("9th century BC", "DATE", "-09"),
    ("AD 79", "DATE", "0079"),
    ("1st century AD", "DATE", "00"),
    ("1066 AD", "DATE", "1066"),
    ("Early 20th century", "DATE", "19"),
]


def test_chronology_of_eras_centuries_and_circa_years() -> None:
    """BC and AD years, centuries of both eras, circa and an early century."""
    assert mentions(ANCIENT_TIMELINE) == ANCIENT_TIMELINE_TABLE


DECADES = (
    "Timeline of the Internet\n"
    "1990s\n"
    "1991 – The World Wide Web goes public.\n"
    "1998 – Google is founded.\n"
    "Late 1960s: ARPANET is designed.\n"
    "Mid-2000s – Social media platforms emerge.\n"
    "2007–08 – The smartphone era begins.\n"
    "1983–present: TCP/IP carries the Internet.\n"
)
DECADES_TABLE: list[Row] = [
    ("1990s", "DATE", "199"),
    ("1991", "DATE", "1991"),
    ("1998", "DATE", "1998"),
    ("Late 1960s", "DATE", "196"),
    ("Mid-2000s", "DATE", "200"),
    ("2007", "DATE", "2007"),
    ("08", "DATE", "2008"),
    ("1983", "DATE", "1983"),
    ("present", "DATE", "PRESENT_REF"),
]


def test_chronology_decade_headings_parts_of_decades_and_open_ranges() -> None:
    """A decade heading and the years under it, "Late 1960s", "Mid-2000s", "2007–08" and
    "1983–present"."""
    assert mentions(DECADES) == DECADES_TABLE


def test_chronology_year_lines_under_a_decade_heading_are_their_own_events() -> None:
    spans = _spans(DECADES)
    assert ("1991-01-01", "1992-01-01", "1991 – The World Wide Web goes public.") in spans
    assert ("1998-01-01", "1999-01-01", "1998 – Google is founded.") in spans
    assert ("2007-01-01", "2009-01-01", "2007–08 – The smartphone era begins.") in spans


# ---- project plans and roadmaps ---------------------------------------------------------------

ROADMAP = (
    "Phase 1 (Q1 2025): discovery\n"
    "Milestone 2 — end of Q3\n"
    "H2 2025: scale-up\n"
    "Go-live: 2025-09-01\n"
    "Code freeze: 2025-09-15 to 2025-09-30: no merges\n"
    "FY26 Q2: launch in Europe\n"
    "Budget review in Q4 FY25.\n"
)
ROADMAP_TABLE: list[Row] = [
    ("Q1 2025", "DATE", "2025-Q1"),
    ("end of Q3", "DATE", "2025-Q3"),
    ("H2 2025", "DATE", "2025-H2"),
    ("2025-09-01", "DATE", "2025-09-01"),
    ("2025-09-15", "DATE", "2025-09-15"),
    ("2025-09-30", "DATE", "2025-09-30"),  # a colon after it ends the label
    # the fiscal year first or last: one quarter (fiscal quarters are read as the calendar's)
    ("FY26 Q2", "DATE", "2026-Q2"),
    ("Q4 FY25", "DATE", "2025-Q4"),
]


def test_roadmap_quarters_halves_iso_days_and_fiscal_quarters() -> None:
    """Phases in quarters, a milestone's quarter end, a half year, ISO days as labels and
    fiscal quarters written either way round."""
    assert mentions(ROADMAP, dct="2025-01-10") == ROADMAP_TABLE


def test_roadmap_freeze_between_iso_days_is_one_event() -> None:
    assert ("2025-09-15", "2025-10-01") in [s[:2] for s in _spans(ROADMAP, dct="2025-01-10")]


SPRINTS = (
    "Sprint 4: Apr 7–18\n"
    "Week 1–2: setup\n"
    "Sprint 5: Apr 21–May 2\n"
    "Day 1: kickoff\n"
    "M3 (Month 3): beta\n"
)
SPRINTS_TABLE: list[Row] = [
    ("Apr 7", "DATE", "2025-04-07"),
    ("18", "DATE", "2025-04-18"),
    # "Week 1–2", "Day 1", "M3", "Month 3" count from a kickoff the plan does not date
    ("Apr 21", "DATE", "2025-04-21"),
    ("May 2", "DATE", "2025-05-02"),
]


def test_sprints_are_day_ranges_and_project_weeks_are_no_dates() -> None:
    """ "Apr 7–18" is two days of April; a number ending a line is no count of the "Week"
    that labels the next line; project weeks, days and months are no dates."""
    assert mentions(SPRINTS, dct="2025-01-10") == SPRINTS_TABLE


def test_a_sprint_is_one_event_titled_by_its_line() -> None:
    """ "Apr 7–18" is two days of April, one event."""
    sprints = (
        "Sprint 4: Apr 7–18\nSprint 5: Apr 21–May 2\nDay 1: kickoff\nM3 (Month 3): beta\n"
        "Jun 2–6: security audit\n"
    )
    assert mentions(sprints, dct="2025-01-10") == [
        ("Apr 7", "DATE", "2025-04-07"),
        ("18", "DATE", "2025-04-18"),
        ("Apr 21", "DATE", "2025-04-21"),
        ("May 2", "DATE", "2025-05-02"),
        ("Jun 2", "DATE", "2025-06-02"),  # a colon after the range ends the label
        ("6", "DATE", "2025-06-06"),
    ]
    spans = _spans(sprints, dct="2025-01-10")
    assert ("2025-04-07", "2025-04-19", "Sprint 4: Apr 7–18") in spans
    assert ("2025-04-21", "2025-05-03", "Sprint 5: Apr 21–May 2") in spans


DEADLINES = (
    "Deliver the final report by EOY. Hypercare ends at T+30 days. Training is completed "
    "within 6 weeks of kickoff."
)
DEADLINES_TABLE: list[Row] = [
    ("EOY", "DATE", "2025"),
    ("30 days", "DURATION", "P30D"),  # counted from a go-live the text does not date
    ("6 weeks", "DURATION", "P6W"),
]


def test_plan_deadlines_and_offsets_from_undated_starts() -> None:
    """ "by EOY" is this year's end; "T+30 days" and "within 6 weeks of kickoff" count from
    starts the plan does not date: durations."""
    assert mentions(DEADLINES, dct="2025-01-10") == DEADLINES_TABLE


PLAN_LOOKALIKES = "Phase 1 covers design. Sprint 4 delivers the API. M3 is the beta. Release 2.1."


def test_phases_sprints_milestones_and_releases_alone_are_no_dates() -> None:
    assert found(PLAN_LOOKALIKES, dct="2025-01-10") == []


# ---- titles of list lines ---------------------------------------------------------------------


def test_circa_abbreviation_does_not_end_the_title() -> None:
    """ "ca. 1450 – Gutenberg builds his press." is one line and one title."""
    spans = _spans("ca. 1450 – Gutenberg builds his press.\n")
    assert [title for _, _, title in spans] == ["ca. 1450 – Gutenberg builds his press."]


def test_list_lines_without_full_stops_are_their_own_titles() -> None:
    """Each line of a CV or a roadmap titles its own event, as a chronology's lines do."""
    cv = _spans(EXPERIENCE, dct="2024-05-01")
    assert ("2017-03-01", "2019-12-01", "Intern, Vandelay Industries, 03/2017 – 11/2019") in cv
    roadmap = _spans(ROADMAP, dct="2025-01-10")
    assert ("2025-09-01", "2025-09-02", "Go-live: 2025-09-01") in roadmap
    decades = _spans(DECADES)
    assert ("1990-01-01", "2000-01-01", "1990s") in decades
