"""Held-out genre: encyclopedic chronologies and timelines. Wikipedia's "Timeline of ..." pages
(entries under a year heading, "== 1916 ==" or "1916" alone on a line), the "Timeline:" box of
a news story, lists of people with life and reign dates, timelines of eras, and corporate
histories with quarters and ISO dates in tables.

Each passage was written for these tests in the style of its kind of text; the tables pin
every mention with its type and value by TimeML's conventions (extents exclude "around" and
prepositions, as TimeBank's do; "c." and "ca." are part of the extent, mod APPROX). What
tests/test_lists_and_plans.py already pins (a year or a full date opening a line, "1914–18",
"c. 3000 BC", "9th century BC", decade headings, "Q1 2025" phases) is not repeated here.

A year heading gives its year to the entries under it, in news too: "1 July" under "== 1916
==" is 1 July 1916 whatever the document date, and a year an entry names in passing ("heir
since 1896") does not leak into the next entry.
"""

from __future__ import annotations

import pytest

from chrono import extract_document
from tests.passages import Row, found, mentions

_NEWS = {"genre": "news", "dct": "2024-01-15"}
_NARRATIVE = {"genre": "narrative"}
_BOTH = pytest.mark.parametrize("options", [_NARRATIVE, _NEWS], ids=["narrative", "news"])


def _spans(text: str, **options: object) -> list[tuple[str, str]]:
    _, events = extract_document(text, **options)  # type: ignore[arg-type]
    return [(e.start.isoformat(), e.end.isoformat()) for e in events]


# ---- entries under year headings --------------------------------------------------------------

SOMME = (
    "Timeline of the Battle of the Somme\n\n"
    "== 1916 ==\n"
    "24 June – The preliminary bombardment begins along an 18-mile front.\n"
    "1 July – The Battle of the Somme begins; the British Army suffers 57,470 casualties.\n"
    "Same day – The French Sixth Army advances south of the river.\n"
    "14 July – Battle of Bazentin Ridge.\n"
    "Later that month – Australian divisions attack Pozières.\n"
    "15 September – Tanks are used for the first time, at Flers–Courcelette.\n"
    "18 November – The battle ends.\n\n"
    "== 1917 ==\n"
    "February – The Germans withdraw to the Hindenburg Line.\n"
    "9 April – The Battle of Arras begins.\n"
)
SOMME_TABLE: list[Row] = [
    ("1916", "DATE", "1916"),
    ("24 June", "DATE", "1916-06-24"),
    ("1 July", "DATE", "1916-07-01"),
    # an entry opening with "Same day" is the day of the entry before
    ("Same day", "DATE", "1916-07-01"),
    ("14 July", "DATE", "1916-07-14"),
    ("Later that month", "DATE", "1916-07"),
    ("15 September", "DATE", "1916-09-15"),
    ("18 November", "DATE", "1916-11-18"),
    ("1917", "DATE", "1917"),
    # a month alone opening an entry, before its dash
    ("February", "DATE", "1917-02"),
    ("9 April", "DATE", "1917-04-09"),
]


@_BOTH
def test_wikipedia_entries_under_year_headings(options: dict[str, str]) -> None:
    """Day-month entries under "== 1916 ==", "Same day –", "Later that month –" and a month
    alone: of the heading's year, read as a narrative or as news with a document date."""
    assert mentions(SOMME, **options) == SOMME_TABLE


def test_later_that_month_in_an_entry_is_the_end_of_that_month() -> None:
    doc, _ = extract_document(SOMME, genre="news", dct="2024-01-15")
    later = next(m for m in doc.mentions if m.text == "Later that month")
    assert later.mod is not None and later.mod.value == "END"


LEAK = (
    "1914\n"
    "June 28 – Archduke Franz Ferdinand, heir presumptive since 1896, is assassinated in "
    "Sarajevo.\n"
    "July 28 – Austria-Hungary, at odds with Serbia since 1903, declares war on it.\n"
    "Next day – Austro-Hungarian monitors shell Belgrade.\n"
    "1917\n"
    "* 6 April – The United States, neutral since 1914, declares war on Germany.\n"
    "* November – The Bolsheviks seize power in Petrograd.\n"
    "* 7 December – The United States declares war on Austria-Hungary.\n"
)
LEAK_TABLE: list[Row] = [
    ("1914", "DATE", "1914"),
    ("June 28", "DATE", "1914-06-28"),
    ("1896", "DATE", "1896"),
    ("July 28", "DATE", "1914-07-28"),  # the heading's year, not 1896's
    ("1903", "DATE", "1903"),
    ("Next day", "DATE", "1914-07-29"),  # the day after the entry before's, not after 1903
    ("1917", "DATE", "1917"),
    ("6 April", "DATE", "1917-04-06"),
    ("1914", "DATE", "1914"),
    ("November", "DATE", "1917-11"),
    ("7 December", "DATE", "1917-12-07"),  # not 1914's
]


@_BOTH
def test_a_year_named_in_passing_does_not_leak_into_the_next_entry(
    options: dict[str, str],
) -> None:
    """Bare year lines as headings, bulleted entries: each entry's date is of its heading's
    year, and "Next day" counts from the entry before's date, not from the year that entry
    named in passing."""
    assert mentions(LEAK, **options) == LEAK_TABLE


MONTHS = (
    "== 1916 ==\n"
    "=== July ===\n"
    "1–3 July – The Battle of Albert opens the offensive.\n"
    "Late July – Australian troops take Pozières.\n"
    "### August\n"
    "27 August – Romania enters the war on the Allied side.\n"
    "September\n"
    "15 September – Tanks go into action for the first time.\n"
)
MONTHS_TABLE: list[Row] = [
    ("1916", "DATE", "1916"),
    ("July", "DATE", "1916-07"),  # a month heading under the year's
    # a range opening an entry: both ends of the heading's year
    ("1", "DATE", "1916-07-01"),
    ("3 July", "DATE", "1916-07-03"),
    ("Late July", "DATE", "1916-07"),
    ("August", "DATE", "1916-08"),  # not "August\n27": the day is the entry's
    ("27 August", "DATE", "1916-08-27"),
    ("September", "DATE", "1916-09"),  # a month alone on its line
    ("15 September", "DATE", "1916-09-15"),
]


@_BOTH
def test_month_headings_and_ranges_under_a_year_heading(options: dict[str, str]) -> None:
    """ "=== July ===", "### August" and "September" alone on a line under "== 1916 ==" are
    months of 1916, and none runs into the day-first entry under it; a range opening an entry
    ("1–3 July –") is of the heading's year at both ends."""
    assert mentions(MONTHS, **options) == MONTHS_TABLE
    assert ("1916-07-01", "1916-07-04") in _spans(MONTHS, **options)


MAX = (
    "Timeline: the 737 MAX crisis\n\n"
    "2018\n"
    "Oct. 29 – Lion Air Flight 610 crashes into the Java Sea, killing all 189 people on board.\n"
    "Nov. 7 – The FAA issues an emergency directive on the jet's flight-control software.\n\n"
    "2019\n"
    "March 10 – Ethiopian Airlines Flight 302 crashes six minutes after takeoff.\n"
    "March 13 – The United States grounds the 737 MAX.\n"
    "Same day – Boeing says it supports the decision.\n"
    "December – Boeing halts production of the jet.\n\n"
    "2020\n"
    "Nov. 18 – The FAA clears the MAX to fly again, 20 months after the grounding.\n"
)
MAX_TABLE: list[Row] = [
    ("2018", "DATE", "2018"),
    ("Oct. 29", "DATE", "2018-10-29"),
    ("Nov. 7", "DATE", "2018-11-07"),
    ("2019", "DATE", "2019"),
    ("March 10", "DATE", "2019-03-10"),
    ("six minutes", "DURATION", "PT6M"),
    ("March 13", "DATE", "2019-03-13"),
    ("Same day", "DATE", "2019-03-13"),
    ("December", "DATE", "2019-12"),
    ("2020", "DATE", "2020"),
    ("Nov. 18", "DATE", "2020-11-18"),
    ("20 months", "DURATION", "P20M"),
]


def test_a_news_timeline_box_dates_its_entries_by_their_year_lines() -> None:
    """A news story's "Timeline:" box, its years alone on lines: "March 13" under "2019" is
    2019's, not the one nearest the document date."""
    assert mentions(MAX, genre="news", dct="2024-01-15") == MAX_TABLE


def test_a_year_heading_ends_at_the_blank_line_after_its_entries() -> None:
    """Prose after a timeline's block is read as news again: its "March 3" is near the
    document date, not of the last heading's year."""
    text = "2019\nMarch 10 – The jet crashes.\n\nMarch 3 – Talks resume, the company said.\n"
    assert mentions(text, genre="news", dct="2024-01-15") == [
        ("2019", "DATE", "2019"),
        ("March 10", "DATE", "2019-03-10"),
        ("March 3", "DATE", "2024-03-03"),
    ]


def test_a_date_inside_an_entry_counts_from_the_date_opening_it() -> None:
    """A date without a year later in an entry counts from the date opening the entry, in news
    too (the hearing of a 2019 entry is of 2019, not of the year nearest the document date);
    one with its own year keeps it."""
    text = "2019\nMarch 10 – The jet crashes; a hearing is set for May 2, as in 2017.\n"
    assert mentions(text, genre="news", dct="2024-01-15")[-2:] == [
        ("May 2", "DATE", "2019-05-02"),
        ("2017", "DATE", "2017"),
    ]


# ---- lists of people, eras ----------------------------------------------------------------------

PEOPLE = (
    "Notable people\n"
    "* Thomas Tallis (c. 1505 – 23 November 1585), composer\n"
    "* Nicholas Hilliard (1547–1619), miniaturist\n"
    "* Hans Holbein the Younger (d. 1543), court painter to Henry VIII (r. 1509–1547)\n"
    "* Master of the Legend of St. Ursula (fl. 1480–1510), painter\n"
    "* Joan Baez (b. 1941), singer\n"
    "* Léon Blum (d. 30 March 1950), politician\n"
)
PEOPLE_TABLE: list[Row] = [
    ("c. 1505", "DATE", "1505"),
    ("23 November 1585", "DATE", "1585-11-23"),
    ("1547", "DATE", "1547"),
    ("1619", "DATE", "1619"),
    ("1543", "DATE", "1543"),
    ("1509", "DATE", "1509"),
    ("1547", "DATE", "1547"),
    ("1480", "DATE", "1480"),
    ("1510", "DATE", "1510"),
    ("1941", "DATE", "1941"),
    ("30 March 1950", "DATE", "1950-03-30"),
]


@_BOTH
def test_a_list_of_people_with_life_reign_and_floruit_dates(options: dict[str, str]) -> None:
    """Bulleted names with "(c. 1505 – 23 November 1585)", "(d. 1543)", "(r. 1509–1547)",
    "(fl. 1480–1510)", "(b. 1941)" before a comma and a description: every end is a date."""
    assert mentions(PEOPLE, **options) == PEOPLE_TABLE
    doc, _ = extract_document(PEOPLE, **options)  # type: ignore[arg-type]
    assert doc.mentions[0].mod is not None and doc.mentions[0].mod.value == "APPROX"


PAPER = (
    "Timeline of papermaking\n"
    "The 3rd millennium BC – Egyptians write on papyrus.\n"
    "Ca. 100 BC – The earliest known paper is made in China.\n"
    "105 – Cai Lun reports the process to the Han court.\n"
    "751 – Paper makers are captured at the Battle of Talas.\n"
    "The 5th century AD – Paper reaches Korea.\n"
    "Around 1200 – Paper mills spread through Moorish Spain.\n"
    "From the 1870s to the 1890s – Wood pulp replaces rags.\n"
)
PAPER_TABLE: list[Row] = [
    ("The 3rd millennium BC", "DATE", "-3"),
    ("Ca. 100 BC", "DATE", "-0099"),  # astronomical years: 1 BC is year 0
    # a year of the first millennium opening an entry before its dash
    ("105", "DATE", "0105"),
    ("751", "DATE", "0751"),
    ("The 5th century AD", "DATE", "04"),
    ("1200", "DATE", "1200"),  # "around" is no part of it, as in TimeBank
    ("the 1870s", "DATE", "187"),
    ("the 1890s", "DATE", "189"),
]


def test_a_timeline_of_millennia_centuries_and_first_millennium_years() -> None:
    """A millennium BC, "Ca." opening an entry, three-digit years before a dash, a century
    AD, "Around 1200" and a range of decades."""
    assert mentions(PAPER, genre="narrative") == PAPER_TABLE
    doc, _ = extract_document(PAPER, genre="narrative")
    circa = doc.mentions[1]
    assert circa.mod is not None and circa.mod.value == "APPROX"


def test_a_range_of_decades_is_one_event() -> None:
    assert ("1870-01-01", "1900-01-01") in _spans(PAPER, genre="narrative")


WAR = (
    "1939–45: The Second World War.\n"
    "Late 1942 to early 1943 – The Battle of Stalingrad.\n"
    "Mid-1944 – Allied armies break out of Normandy.\n"
    "Between 1914 and 1918, some 20 million people died in the First World War.\n"
)
WAR_TABLE: list[Row] = [
    ("1939", "DATE", "1939"),
    ("45", "DATE", "1945"),
    ("Late 1942", "DATE", "1942"),
    ("early 1943", "DATE", "1943"),
    ("Mid-1944", "DATE", "1944"),
    ("1914", "DATE", "1914"),
    ("1918", "DATE", "1918"),
]


def test_ranges_with_modifiers_and_between_years() -> None:
    """ "1939–45:", "Late 1942 to early 1943", "Mid-1944", "Between 1914 and 1918"."""
    assert mentions(WAR, genre="narrative") == WAR_TABLE
    doc, _ = extract_document(WAR, genre="narrative")
    mods = {m.text: m.mod.value if m.mod is not None else None for m in doc.mentions}
    assert (mods["Late 1942"], mods["early 1943"], mods["Mid-1944"]) == ("END", "START", "MID")


def test_a_range_of_modified_years_is_one_event() -> None:
    spans = _spans(WAR, genre="narrative")
    assert ("1939-01-01", "1946-01-01") in spans
    assert ("1914-01-01", "1919-01-01") in spans


# ---- corporate timelines ------------------------------------------------------------------------

COMPANY = (
    "Company history\n"
    "| Date | Milestone |\n"
    "| 2021-03-04 | Product launch |\n"
    "| 2021-11-30 | 1,000 customers |\n"
    "| 2022-06-15 | Series B ($40 million) |\n"
    "Q1 2023 – Opens an office in Berlin.\n"
    "Q3 2023 – Launches version 2.1; ISO 27001 certification later that quarter.\n"
)
COMPANY_TABLE: list[Row] = [
    ("2021-03-04", "DATE", "2021-03-04"),
    ("2021-11-30", "DATE", "2021-11-30"),
    ("2022-06-15", "DATE", "2022-06-15"),
    ("Q1 2023", "DATE", "2023-Q1"),
    ("Q3 2023", "DATE", "2023-Q3"),
    ("later that quarter", "DATE", "2023-Q3"),
]


@_BOTH
def test_a_corporate_timeline_of_iso_days_in_a_table_and_quarters(
    options: dict[str, str],
) -> None:
    """ISO days in a table's cells, quarters opening entries, "later that quarter" (the
    quarter's end); customers, funding rounds, versions and standards are no dates."""
    assert mentions(COMPANY, **options) == COMPANY_TABLE
    doc, _ = extract_document(COMPANY, **options)  # type: ignore[arg-type]
    assert doc.mentions[-1].mod is not None and doc.mentions[-1].mod.value == "END"


# ---- look-alikes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The interwar period saw the rise of fascism. Between the wars, jazz spread to Europe.",
        "Final score\n105 – 98 after overtime.\n",
        "Course list\n101 – introduction to psychology\n",
        "June: hi, are you coming?\nMay: running late, sorry\n",
        "Thanks for the flowers.\nRegards,\nMay\n",
        "Route 66 opened to traffic; its 1,000 miles were paved by the Model 3 crews.",
    ],
    ids=["periods", "score", "course", "chat-speakers", "signature", "numbers"],
)
def test_periods_scores_courses_and_speakers_are_no_dates(text: str) -> None:
    """Named periods without a date, a score and a course number opening a line, speakers
    named June and May before a colon, a signature's May alone on its line."""
    assert found(text, genre="narrative") == []
