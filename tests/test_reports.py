"""Held-out genre: reports (annual reports and 10-Ks, central-bank and statistics releases,
government, UN and NGO reports, meeting minutes, project plans, press releases).

Each passage was written for these tests in the style of its genre, with a realistic document
date (or none, where the text carries its own: a dateline, an "As of" heading, the minutes'
heading). The tables pin what must be found, with its type, value and mod, by the TimeML /
TimeBank conventions; where TimeML is silent, the comment says what a timeline needs and why.
The formal sentences after them pin what must not be found: reports are full of numbers that
look like years.
"""

from __future__ import annotations

import pytest
from passages import ModRow as Row
from passages import found as _found
from passages import mentions_with_mods

from chrono import extract_document

# ---- an annual report (10-K) ----------------------------------------------------------------

ANNUAL_REPORT = (
    "Revenue for fiscal year 2024 was $245.1 billion, an increase of 16% compared to fiscal "
    "year 2023. In the fiscal year ended June 30, 2024, operating income grew 24%. For the "
    "three months ended June 30, 2024, cloud revenue rose 21%. As of June 30, 2024, we "
    "employed approximately 228,000 people. We expect capital expenditures to increase over "
    "the next 12 months. We have raised the dividend in each of the last three years."
)
ANNUAL_REPORT_TABLE: list[Row] = [
    # TimeBank tags "fiscal 1989" as the year 1989, the year the fiscal year ends in
    ("fiscal year 2024", "DATE", "2024"),
    ("fiscal year 2023", "DATE", "2023"),
    # as TimeBank tags "the fiscal year" of "the fiscal year ended ..." (P1Y, its end the date)
    ("the fiscal year", "DURATION", "P1Y"),
    ("June 30, 2024", "DATE", "2024-06-30"),
    ("the three months", "DURATION", "P3M"),  # TimeBank: "the nine months" P9M
    ("June 30, 2024", "DATE", "2024-06-30"),
    ("June 30, 2024", "DATE", "2024-06-30"),  # "As of" is no part of the date
    ("the next 12 months", "DURATION", "P12M"),
    ("the last three years", "DURATION", "P3Y"),
]


def test_annual_report_fiscal_years_periods_ended_and_horizons() -> None:
    """Fiscal years are their years; "the three months ended June 30" is a duration and the
    date that ends it; "over the next 12 months" and "each of the last three years" last."""
    assert mentions_with_mods(ANNUAL_REPORT, dct="2024-07-30") == ANNUAL_REPORT_TABLE


MD_AND_A = (
    "Net sales in 2024 increased 6% compared to 2023, and 2023 compared to 2022 increased 4%. "
    "Inventory at year-end was $4.2 billion. As of December 31, 2024, total debt was $12.8 "
    "billion, of which $1.1 billion matures through 2027. We expect to spend $3 billion over "
    "the 2025–2027 period. Gross margin in the first half of 2024 was 41.2%, and FY2024 free "
    "cash flow reached $2.9 billion. We adopted ASU 2016-02 on January 1, 2019."
)
MD_AND_A_TABLE: list[Row] = [
    ("2024", "DATE", "2024"),
    ("2023", "DATE", "2023"),
    ("2023", "DATE", "2023"),
    ("2022", "DATE", "2022"),
    # written in February 2025 and told in the past: the year-end just gone, not 2025's
    ("year-end", "DATE", "2024", "END"),
    ("December 31, 2024", "DATE", "2024-12-31"),
    ("2027", "DATE", "2027"),
    # "the 2025–2027 period": both years, one range event (as "1914–18")
    ("2025", "DATE", "2025"),
    ("2027", "DATE", "2027"),
    ("the first half of 2024", "DATE", "2024-H1"),
    ("FY2024", "DATE", "2024"),
    # "ASU 2016-02" is an accounting standard's number, not February 2016 nor 2016-2102
    ("January 1, 2019", "DATE", "2019-01-01"),
]


def test_annual_report_comparisons_year_end_and_multi_year_periods() -> None:
    """ "2023 compared to 2022" is two years; a past year-end is the last one; a period of
    years is its two ends; a standard's number is no date."""
    assert mentions_with_mods(MD_AND_A, dct="2025-02-20") == MD_AND_A_TABLE


def test_a_period_of_years_is_one_event_spanning_both() -> None:
    _, events = extract_document(MD_AND_A, dct="2025-02-20")
    spans = {(e.start.isoformat(), e.end.isoformat()) for e in events}
    assert ("2025-01-01", "2028-01-01") in spans


BALANCE_SHEET = (
    "Consolidated Balance Sheet\n"
    "As of September 30, 2024\n"
    "\n"
    "Total assets rose this quarter, to $8.1 billion. Cash fell in the quarter ended September "
    "30, 2024, and debt at the end of Q2 2024 was $2.0 billion. Results for the first nine "
    "months will be reported in November. H1 2024 revenue was $3.9 billion, against 1H23 "
    "revenue of $3.5 billion."
)
BALANCE_SHEET_TABLE: list[Row] = [
    ("September 30, 2024", "DATE", "2024-09-30"),
    ("this quarter", "DATE", "2024-Q3"),
    ("the quarter", "DATE", "2024-Q3"),  # TimeBank: "the quarter" of "the quarter ended ..."
    ("September 30, 2024", "DATE", "2024-09-30"),
    ("the end of Q2 2024", "DATE", "2024-Q2", "END"),
    ("the first nine months", "DURATION", "P9M"),  # as TimeBank tags it
    ("November", "DATE", "2024-11"),  # "will be reported in": ahead
    ("H1 2024", "DATE", "2024-H1"),
    ("1H23", "DATE", "2023-H1"),
]


def test_statement_headed_as_of_a_date_is_dated_by_it() -> None:
    """An "As of September 30, 2024" heading on its own line dates the statement; the end of
    a quarter is the quarter with its mod; "H1 2024" and "1H23" are halves."""
    doc, _ = extract_document(BALANCE_SHEET)
    assert doc.dct is not None and doc.dct.isoformat() == "2024-09-30"
    assert mentions_with_mods(BALANCE_SHEET) == BALANCE_SHEET_TABLE


# ---- a central-bank release and a statistics release -----------------------------------------

CENTRAL_BANK = (
    "Consumer prices rose 2.2% in the twelve months to August, unchanged from July. "
    "Month-on-month, prices increased 0.3%. August's figure was in line with expectations. "
    "GDP grew 0.5% in the second quarter, after 0.7% in Q1. Since the start of the year, the "
    "Committee has held Bank Rate at 5.25%. Year to date, core inflation has averaged 3.4%. "
    "The Committee will next meet on 7 November."
)
CENTRAL_BANK_TABLE: list[Row] = [
    ("the twelve months", "DURATION", "P12M"),  # as "the three months ended ..."
    ("August", "DATE", "2024-08"),
    ("July", "DATE", "2024-07"),
    # "Month-on-month" compares periods, it names none (nothing found)
    ("August", "DATE", "2024-08"),  # "August's figure": TimeML tags the month without "'s"
    ("the second quarter", "DATE", "2024-Q2"),
    ("Q1", "DATE", "2024-Q1"),
    ("the start of the year", "DATE", "2024", "START"),
    # TimeML has no value for "the year so far": the year of writing holds it, as "this year"
    ("Year to date", "DATE", "2024"),
    ("7 November", "DATE", "2024-11-07"),
]


def test_central_bank_release_months_to_quarters_and_year_to_date() -> None:
    """ "the twelve months to August", "August's figure", "in Q1", "since the start of the
    year", "year to date"; "month-on-month" is no date."""
    assert mentions_with_mods(CENTRAL_BANK, dct="2024-09-18") == CENTRAL_BANK_TABLE


STATISTICS = (
    "The Consumer Prices Index (CPI) rose by 1.7% in the 12 months to September 2024, down "
    "from 2.2% in August 2024. CPI fell by 0.1% in September 2024, compared with a rise of "
    "0.5% in September 2023. Rents rose by 8.4% in the year to September 2024. Output grew "
    "0.6% in 2024 Q2 and 0.7% in 2024-Q1. Retail sales fell in the latest month. The next "
    "release is scheduled for 20 November 2024."
)
STATISTICS_TABLE: list[Row] = [
    ("the 12 months", "DURATION", "P12M"),
    ("September 2024", "DATE", "2024-09"),
    ("August 2024", "DATE", "2024-08"),
    ("September 2024", "DATE", "2024-09"),
    ("September 2023", "DATE", "2023-09"),
    ("the year", "DURATION", "P1Y"),  # "the year to September 2024": twelve months, not 2024
    ("September 2024", "DATE", "2024-09"),
    ("2024 Q2", "DATE", "2024-Q2"),
    ("2024-Q1", "DATE", "2024-Q1"),
    ("the latest month", "DATE", "2024-09"),  # the last month over when the release came out
    ("20 November 2024", "DATE", "2024-11-20"),
]


def test_statistics_release_rolling_periods_and_quarter_notations() -> None:
    """ "the year to September 2024" lasts a year as "the 12 months to ..." does; "2024 Q2",
    "2024-Q1" are quarters; "the latest month" is the last complete one."""
    assert mentions_with_mods(STATISTICS, dct="2024-10-16") == STATISTICS_TABLE


# ---- a UN report and an NGO report ------------------------------------------------------------

UN_REPORT = (
    "Global greenhouse gas emissions rose between 2015 and 2020, putting the 2030 Agenda at "
    "risk. Under the 2015 Paris Agreement, parties submit new nationally determined "
    "contributions every five years. Progress towards Sustainable Development Goal 13 is "
    "reviewed annually, and parties report biennially on their emissions. Emissions must fall "
    "43% by 2030 and reach net zero by 2050."
)
UN_REPORT_TABLE: list[Row] = [
    ("2015", "DATE", "2015"),
    ("2020", "DATE", "2020"),
    # a year naming an agenda or a treaty is tagged, as TimeBank tags "a 1996 law", "the 1996
    # Olympic Games": "the 2030 Agenda" is the horizon 2030, "the 2015 Paris Agreement" 2015
    ("2030", "DATE", "2030"),
    ("2015", "DATE", "2015"),
    ("every five years", "SET", "P5Y"),
    # "Sustainable Development Goal 13" is a goal's number (nothing found)
    ("annually", "SET", "P1Y"),
    ("biennially", "SET", "P2Y"),  # every two years ("bi-annually" is twice a year: P6M)
    ("2030", "DATE", "2030"),
    ("2050", "DATE", "2050"),
]


def test_un_report_targets_agreements_and_reporting_cycles() -> None:
    """Target years, years naming agreements, reporting cycles as sets; a goal number is not
    a date."""
    assert mentions_with_mods(UN_REPORT, dct="2024-06-25") == UN_REPORT_TABLE


NGO_REPORT = (
    "This report covers the period 2021–2025 of our strategic plan. During the reporting "
    "period (1 April 2023 to 31 March 2024), we reached 1.2 million people in 14 countries. "
    "Since 2019, our programmes in the Sahel have tripled. The board meets quarterly, donors "
    "receive updates semi-annually and the strategy is reviewed every three years. The "
    "2024/25 budget was approved in March."
)
NGO_REPORT_TABLE: list[Row] = [
    ("2021", "DATE", "2021"),
    ("2025", "DATE", "2025"),  # "2025 of our plan" is a year, not 2025 of something counted
    # "the reporting period" has no value of its own: its dates follow in brackets
    ("1 April 2023", "DATE", "2023-04-01"),
    ("31 March 2024", "DATE", "2024-03-31"),
    ("2019", "DATE", "2019"),
    ("quarterly", "SET", "P1Q"),
    ("semi-annually", "SET", "P6M"),
    ("every three years", "SET", "P3Y"),
    # a financial year across two calendar years: both, and one range event over them
    ("2024", "DATE", "2024"),
    ("25", "DATE", "2025"),
    ("March", "DATE", "2024-03"),
]


def test_ngo_report_plan_periods_reporting_periods_and_frequencies() -> None:
    """ "the period 2021–2025", a reporting period in brackets, "semi-annually", "the
    2024/25 budget"."""
    assert mentions_with_mods(NGO_REPORT, dct="2024-05-15") == NGO_REPORT_TABLE


# ---- meeting minutes --------------------------------------------------------------------------

MINUTES = (
    "Minutes of the meeting held on 14 March 2024\n"
    "\n"
    "The meeting was called to order at 7:02 p.m. by the Chair. The minutes of the February 8 "
    "meeting were approved. The treasurer reported that dues for 2024 are due by April 30. The "
    "next meeting will be held on Thursday, 11 April at 7 p.m. in the library. The meeting "
    "adjourned at 8:45 pm."
)
MINUTES_TABLE: list[Row] = [
    ("14 March 2024", "DATE", "2024-03-14"),
    ("7:02 p.m.", "TIME", "2024-03-14T19:02"),  # on the day of the meeting
    ("February 8", "DATE", "2024-02-08"),
    ("2024", "DATE", "2024"),
    ("April 30", "DATE", "2024-04-30"),
    # one TIME: the day and its clock time, as "Friday at 3 p.m."
    ("Thursday, 11 April at 7 p.m.", "TIME", "2024-04-11T19:00"),
    ("8:45 pm", "TIME", "2024-03-14T20:45"),
]


def test_minutes_are_dated_by_their_heading() -> None:
    """ "Minutes of the meeting held on 14 March 2024" dates the minutes: the clock times
    are that day's, and the next meeting's day and time are one expression."""
    doc, _ = extract_document(MINUTES)
    assert doc.dct is not None and doc.dct.isoformat() == "2024-03-14"
    assert mentions_with_mods(MINUTES) == MINUTES_TABLE


def test_minutes_headings_of_boards_and_sessions() -> None:
    heading = "MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS HELD ON MARCH 14, 2024"
    doc, _ = extract_document(heading + "\nPresent: all directors. Adjourned at 9 p.m.")
    assert doc.dct is not None and doc.dct.isoformat() == "2024-03-14"


# ---- a project plan ---------------------------------------------------------------------------

PROJECT_PLAN = (
    "Phase 1 (Q1–Q2 2025) covers requirements and design. The pilot must be live by end of Q3. "
    "Testing begins in week 12 of the project. The supplier shall deliver the equipment within "
    "30 days of signature and report defects no later than 15 working days after acceptance. "
    "Milestone M3: month 18. The data migration is planned for Sprint 4, which runs for two "
    "weeks."
)
PROJECT_PLAN_TABLE: list[Row] = [
    ("Q1", "DATE", "2025-Q1"),  # its year from "Q2 2025"
    ("Q2 2025", "DATE", "2025-Q2"),
    # a deadline still to come, after the plan's Q1-Q2 2025: 2025's, not the Q3 just over
    ("end of Q3", "DATE", "2025-Q3", "END"),
    # "week 12", "month 18", "M3" and "Sprint 4" count from a project start the text does not
    # date (nor is "week 12" surely ISO week 12): nothing a timeline could place
    ("30 days", "DURATION", "P30D"),
    # TIMEX3 has no working-day unit: the count as written
    ("15 working days", "DURATION", "P15D"),
    ("two weeks", "DURATION", "P2W"),
]


def test_project_plan_phases_deadlines_and_contract_periods() -> None:
    """Quarters of phases, a deadline quarter's end, contract periods as durations; project
    weeks, months, milestones and sprints are not dates."""
    assert mentions_with_mods(PROJECT_PLAN, dct="2024-11-04") == PROJECT_PLAN_TABLE


# ---- press releases ---------------------------------------------------------------------------

PRESS_RELEASE = (
    "FOR IMMEDIATE RELEASE\n"
    "\n"
    "SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- Acme Robotics today announced the Acme Home "
    "2, available starting Spring 2025 in the United States. The company will expand to Europe "
    "later this year. Acme was founded in 2016 and shipped its first robot in 2019. Pre-orders "
    "open on March 10."
)
PRESS_RELEASE_TABLE: list[Row] = [
    ("March 3, 2025", "DATE", "2025-03-03"),
    ("today", "DATE", "2025-03-03"),
    ("Spring 2025", "DATE", "2025-SP"),
    # TimeBank once tags "later this year" as the document date with ON_OR_AFTER; chrono's
    # convention is the year with END, which puts it on the timeline as that year's end
    ("later this year", "DATE", "2025", "END"),
    ("2016", "DATE", "2016"),
    ("2019", "DATE", "2019"),
    ("March 10", "DATE", "2025-03-10"),
]


def test_press_release_is_dated_by_its_dateline() -> None:
    """The dateline ("SAN FRANCISCO, March 3, 2025 /PRNewswire/ --") is the document date, so
    "today" and "later this year" are anchored without one being given."""
    doc, _ = extract_document(PRESS_RELEASE)
    assert doc.dct is not None and doc.dct.isoformat() == "2025-03-03"
    assert mentions_with_mods(PRESS_RELEASE) == PRESS_RELEASE_TABLE
    assert mentions_with_mods(PRESS_RELEASE, dct="2025-03-03", genre="news") == PRESS_RELEASE_TABLE


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("SEATTLE--(BUSINESS WIRE)--Jan. 5, 2025--Amazon today said it would.", "2025-01-05"),
        ("LONDON, 5 March 2025 – Acme plc today reports its results.", "2025-03-05"),
        ("Redmond, Wash. — Jan. 29, 2025 — Microsoft today announced results.", "2025-01-29"),
        ("NEW YORK, NY, Feb. 4, 2025 (GLOBE NEWSWIRE) -- Foo Inc. today announced.", "2025-02-04"),
        ("Data as at 31 March 2024\nFigures are provisional.", "2024-03-31"),
        ("In London, 5 March 2025 – was a day like any other.", None),
        ("As of December 31, 2024, total debt was $12.8 billion.", None),
        ("The war began on 1 September 1939 – Germany invaded Poland.", None),
    ],
)
def test_datelines_and_headings_that_date_a_report(text: str, dct: str | None) -> None:
    """A place in capitals (or a town and its state), the date, the wire and a dash date the
    story; a sentence that merely starts with a place or an "As of" date does not."""
    doc, _ = extract_document(text)
    assert (doc.dct.isoformat() if doc.dct else None) == dct


EARNINGS_RELEASE = (
    "Acme Corp. reported fourth quarter and full year 2024 results on Wednesday. "
    "Fourth-quarter revenue was $3.1 billion, up 12% from the year-ago quarter. For the full "
    "year, revenue was $11.8 billion. The company will host a conference call at 5:00 p.m. ET "
    "today. For 2025, Acme expects revenue growth of 8% to 10%."
)
EARNINGS_RELEASE_TABLE: list[Row] = [
    ("fourth quarter", "DATE", "2024-Q4"),
    ("full year 2024", "DATE", "2024"),  # as "fiscal year 2024"
    ("Wednesday", "DATE", "2025-02-05"),
    ("Fourth-quarter", "DATE", "2024-Q4"),
    ("the year-ago quarter", "DATE", "2023-Q4"),
    # the year of the quarter reported, not the year of writing (2025)
    ("the full year", "DATE", "2024"),
    # "ET" is New York's zone, EST in February: one TIME with "today", as "4 a.m. EDT Thursday"
    ("5:00 p.m. ET today", "TIME", "2025-02-05T17:00-05:00"),
    ("2025", "DATE", "2025"),
]


def test_earnings_release_full_year_and_call_time() -> None:
    """ "For the full year" after a fourth quarter of 2024 is 2024; "5:00 p.m. ET today" is
    one time, with the offset ET has that day."""
    assert mentions_with_mods(EARNINGS_RELEASE, dct="2025-02-05") == EARNINGS_RELEASE_TABLE


def test_eastern_time_follows_daylight_saving() -> None:
    text = "The call is at 8:30 a.m. ET on July 15, 2024, and the next at 5:30 a.m. PT."
    assert mentions_with_mods(text, dct="2024-07-01") == [
        ("8:30 a.m. ET on July 15, 2024", "TIME", "2024-07-15T08:30-04:00"),
        ("5:30 a.m. PT", "TIME", "2024-07-15T05:30-07:00"),  # of the day last named
    ]


# ---- report phrasings, one at a time ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales for the quarter ended March 31, 2025 will be reported in May.", "2025-05"),
        ("The results were reported in May.", "2024-05"),
    ],
)
def test_will_be_reported_looks_ahead(text: str, expected: str) -> None:
    """ "reported in May" looks back, "will be reported in May" ahead."""
    assert mentions_with_mods(text, dct="2025-02-20")[-1] == ("May", "DATE", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiscal 2024 sales rose; the prior-year period was weaker.",
            ("the prior-year period", "DATE", "2023"),
        ),
        ("Debt at year-end 2024 fell.", ("year-end 2024", "DATE", "2024", "END")),
        ("end-2024 debt was lower.", ("end-2024", "DATE", "2024", "END")),
        (
            "By the end of the third quarter, it was done.",
            ("the end of the third quarter", "DATE", "2025-Q3", "END"),
        ),
        ("in H2 FY25", ("H2 FY25", "DATE", "2025-H2")),
        ("GDP in 2024:Q2 rose.", ("2024:Q2", "DATE", "2024-Q2")),
        ("Calendar year 2024 was a record.", ("Calendar year 2024", "DATE", "2024")),
        ("CY2024 shipments rose.", ("CY2024", "DATE", "2024")),
        ("YTD revenue was $3 billion.", ("YTD", "DATE", "2025")),
        (
            "The second half of the year was strong.",
            ("The second half of the year", "DATE", "2025-H2"),
        ),
        ("Interest is paid semiannually.", ("semiannually", "SET", "P6M")),
        ("Audits happen bi-annually.", ("bi-annually", "SET", "P6M")),
        ("The release calendar is published every autumn.", ("every autumn", "SET", "XXXX-FA")),
        ("It was the 2019/20 season.", ("20", "DATE", "2020")),
    ],
)
def test_report_phrasings(text: str, expected: Row) -> None:
    assert mentions_with_mods(text, dct="2025-09-20")[-1] == expected


# ---- numbers that look like years ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plant produced 2,024 units and total revenue was $2019 million.",
        "Section 2021.3 of the agreement applies; see Note 12 and Table 2020-1.",
        "Margins were 20.24% and 19.99 percent.",
        # a standard's edition is part of its name, as a version is (the certification the
        # text reports has its own date)
        "The site is certified to ISO 9001:2015 and ISO/IEC 27001:2022.",
        "The welds meet EN 1090-1:2009.",
        # an act's number holds its year, as a section number holds digits: no date of events
        "Personal data are processed under Regulation (EU) 2016/679.",
        "Directive 2014/65/EU and Regulation (EC) No 1907/2006 apply.",
        "We adopted ASU 2016-02 and ASU No. 2023-07.",
        "Emissions were 2030 kt CO2e and 2024 tCO2e.",
        "The ratio was 2019:1.",
        "Sustainable Development Goal 13 and SDG 7.2 are on track.",
        "Testing begins in week 12; milestone M3 falls in month 18 of Sprint 4.",
        "Sales rose 3% year-on-year, 2% month-on-month and 1% quarter-on-quarter.",
        "The quarterly dividend and the half-yearly results were published.",
        "FOR IMMEDIATE RELEASE",
        "We thank June's team for the Form 10-K filing.",
        "The EU's H2 strategy and investment in H2 production continue.",
        "The 1H NMR spectrum was recorded.",
    ],
)
def test_report_numbers_codes_and_comparisons_are_not_dates(text: str) -> None:
    assert _found(text, dct="2024-05-15") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A 1996 law and the Act of 1989 stand.", ["1996", "1989"]),
        ("Directive 2014/65/EU applies from 3 January 2018.", ["3 January 2018"]),
        ("It meets ISO 14001:2015 since 2021.", ["2021"]),
        ("From 1998-02 it grew.", ["1998", "02"]),
    ],
)
def test_years_beside_codes_stay_years(text: str, found: list[str]) -> None:
    """A year naming a law stays a date; so does a date beside a standard or an act, and a
    span of years across a century."""
    assert _found(text, dct="2024-05-15") == found


def test_a_dateline_dates_the_release_even_with_another_full_date_on_its_line() -> None:
    """A wire release is one paragraph: its first line also holds the end of the fiscal year
    it reports. The dateline's date is the release's; "today" is that day."""
    text = (
        "SAN JOSE, Calif., March 14, 2024 /PRNewswire/ -- Acme Corp. (NASDAQ: ACME) today "
        "announced results for its fiscal year ended January 31, 2024. A replay of the call "
        "will be available through March 28."
    )
    doc, _ = extract_document(text)
    assert doc.dct is not None and doc.dct.isoformat() == "2024-03-14"
    assert [(m.text, m.value) for m in doc.mentions] == [
        ("March 14, 2024", "2024-03-14"),
        ("today", "2024-03-14"),
        ("January 31, 2024", "2024-01-31"),
        ("March 28", "2024-03-28"),
    ]
