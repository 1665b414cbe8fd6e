"""Held-out genre: official, legal and government documents (statutes and session laws,
regulations, agency notices and press releases, contracts, court opinions and orders, council
minutes, SEC filings, grant calls and personnel policies).

Each passage was written for these tests in the style of its kind of document, with the date
it would be signed, issued or filed as the document date (its weekday beside it; a press
release dates itself). The tables pin every mention, with its type, value and mod, by the
TimeML / TimeBank conventions: extents without "on or before", "effective", "no later than";
durations in words and figures ("thirty (30) days") as one duration counted by its words; a
negated comparison as the bound it sets ("not less than 10 business days" EQUAL_OR_MORE).
Dates the text names but does not give ("the Effective Date", "the date hereof", "the date of
this notice") are no mentions. Citations (sections, codes, public laws, rules, forms, dockets,
bills, schedules, exhibits), amounts and ZIP codes must yield nothing.
"""

from __future__ import annotations

import pytest
from passages import ModRow as Row
from passages import mentions_with_mods

from chrono import extract_document

# ---- statutes and regulations -----------------------------------------------------------------

SESSION_LAW = (
    "SECTION 1. This Act shall take effect January 1, 2025, and applies to taxable years "
    "beginning on or after that date. SEC. 2. Each employer shall file the report required "
    "under subsection (b) on or before March 31 of each calendar year, beginning with calendar "
    'year 2025. SEC. 3. The Department of Labor (hereinafter "the Department") shall adopt rules '
    "not later than one hundred eighty (180) days after the effective date of this Act, and in "
    "any event prior to July 1, 2025."
)
SESSION_LAW_TABLE: list[Row] = [
    ("January 1, 2025", "DATE", "2025-01-01"),
    # a yearly deadline: one set of that day, as "every year on 1 July"
    ("March 31 of each calendar year", "SET", "XXXX-03-31"),
    ("calendar year 2025", "DATE", "2025"),
    # a hundred and eighty in words, then in figures: one duration of the whole count
    ("one hundred eighty (180) days", "DURATION", "P180D"),
    ("July 1, 2025", "DATE", "2025-07-01"),
]


def test_session_law_effective_date_yearly_deadline_and_rulemaking_period() -> None:
    """A statute's effective date, a deadline recurring each calendar year, and a period in
    words and figures counted from an undated event; "hereinafter" and "prior to" are words."""
    assert mentions_with_mods(SESSION_LAW, dct="2023-11-02") == SESSION_LAW_TABLE  # a Thursday


REGULATION = (
    "(a) A person who acquires more than 5% of a class of equity securities shall file a "
    "Schedule 13D within five business days after the date of the acquisition. (b) Amendments "
    "shall be filed within two business days after a material change. (c) Each registrant "
    "shall report, not later than March 1, the wages it paid during the immediately preceding "
    "calendar year. See Rule 10b-5 and 17 CFR Part 240."
)
REGULATION_TABLE: list[Row] = [
    ("five business days", "DURATION", "P5D"),
    ("two business days", "DURATION", "P2D"),
    ("March 1", "DATE", "2024-03-01"),
    # the year before the deadline's
    ("the immediately preceding calendar year", "DATE", "2023"),
]


def test_regulation_filing_periods_and_the_immediately_preceding_calendar_year() -> None:
    """Business-day filing periods; "the immediately preceding calendar year" is the year
    before the one the text is at; the percentage, the schedule, rule and part are no dates."""
    assert mentions_with_mods(REGULATION, dct="2024-01-10") == REGULATION_TABLE  # a Wednesday


def test_succeeding_fiscal_years_count_forward() -> None:
    """ "the next succeeding fiscal year" is the year after the one the text is at."""
    text = (
        "Unobligated balances remaining at the end of fiscal year 2024 shall remain available "
        "until expended in the next succeeding fiscal year."
    )
    assert mentions_with_mods(text, dct="2024-03-01") == [
        ("the end of fiscal year 2024", "DATE", "2024", "END"),
        ("the next succeeding fiscal year", "DATE", "2025"),
    ]


# ---- agency notices and press releases ------------------------------------------------------

TAX_NOTICE = (
    "Dear Taxpayer: Our records show that your return for tax year 2022 has not been filed. "
    "You must file it or explain why within 60 days of the date of this notice. If we do not "
    "hear from you within thirty (30) days, we will assess the tax. You may request a hearing "
    "by giving not less than 10 business days' written notice. This notice is dated May 6, 2024."
)
TAX_NOTICE_TABLE: list[Row] = [
    ("tax year 2022", "DATE", "2022"),  # as "calendar year 2024"
    ("60 days", "DURATION", "P60D"),
    ("thirty (30) days", "DURATION", "P30D"),
    # "not less than" sets a floor: at least ten business days
    ("not less than 10 business days", "DURATION", "P10D", "EQUAL_OR_MORE"),
    ("May 6, 2024", "DATE", "2024-05-06"),
]


def test_agency_notice_tax_year_response_periods_and_a_negated_minimum() -> None:
    """A tax year is its year; response periods count from a date the notice does not give;
    "not less than" is EQUAL_OR_MORE, not LESS_THAN."""
    assert mentions_with_mods(TAX_NOTICE, dct="2024-05-06") == TAX_NOTICE_TABLE  # a Monday


AGENCY_RELEASE = (
    "WASHINGTON (May 3, 2024) — The U.S. Environmental Protection Agency today announced a "
    "final rule that takes effect 60 days after publication in the Federal Register. Funding "
    "comes from Public Law 117-58, signed in November 2021. Allocations are based on the 2020 "
    "Census. Comments received since last June were considered."
)
AGENCY_RELEASE_TABLE: list[Row] = [
    ("May 3, 2024", "DATE", "2024-05-03"),
    ("today", "DATE", "2024-05-03"),
    ("60 days", "DURATION", "P60D"),
    # "Public Law 117-58" is the 58th law of the 117th Congress, no date
    ("November 2021", "DATE", "2021-11"),
    ("2020", "DATE", "2020"),  # the census named by its year, as "the 2016 election"
    ("last June", "DATE", "2023-06"),
]


def test_agency_press_release_dated_in_brackets_after_the_city() -> None:
    """ "WASHINGTON (May 3, 2024) —", as agencies write their datelines, dates the release:
    "today" and "last June" are anchored without a document date being given."""
    doc, _ = extract_document(AGENCY_RELEASE)
    assert doc.dct is not None and doc.dct.isoformat() == "2024-05-03"  # a Friday
    assert mentions_with_mods(AGENCY_RELEASE) == AGENCY_RELEASE_TABLE


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) — The agency said on May 3, 2024 it would act.",
        "Boston (May 3, 2024) — the agency acted.",
        "WASHINGTON (May 3, 2024) The agency acted.",
    ],
)
def test_a_bracketed_date_needs_the_place_in_capitals_and_the_dash(text: str) -> None:
    """The bracket holds the date itself, the place is in capitals, and a dash follows."""
    doc, _ = extract_document(text)
    assert doc.dct is None


# ---- contracts --------------------------------------------------------------------------------

LICENSE = (
    "2.1 Term. This Agreement shall commence on the Effective Date and continue for a period "
    'of five (5) years (the "Initial Term"), and shall thereafter renew for up to two (2) '
    "consecutive terms of one (1) year each unless either party gives notice at least sixty "
    "(60) calendar days before the end of the then-current term. 2.2 Fees shall be adjusted "
    "annually on the anniversary of the Effective Date. Licensor may from time to time update "
    "the Documentation. This Agreement is entered into as of the date hereof."
)
LICENSE_TABLE: list[Row] = [
    ("five (5) years", "DURATION", "P5Y"),
    # "two (2) consecutive terms" counts terms, not time; each term is a year
    ("one (1) year", "DURATION", "P1Y"),
    # calendar days are days (TIMEX3 has no unit for them, nor for business days)
    ("at least sixty (60) calendar days", "DURATION", "P60D", "EQUAL_OR_MORE"),
    ("annually", "SET", "P1Y"),
    # "from time to time" and "the date hereof" are no times a timeline could place
]


def test_license_term_renewals_calendar_days_and_undated_references() -> None:
    """A term in words and figures, renewals of a year, a notice period of calendar days with
    its floor; "the Effective Date", "from time to time" and "the date hereof" are not tagged."""
    assert mentions_with_mods(LICENSE, dct="2024-02-01") == LICENSE_TABLE  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Contractor shall respond within no more than one hundred twenty (120) days.",
            ("no more than one hundred twenty (120) days", "DURATION", "P120D", "EQUAL_OR_LESS"),
        ),
        (
            "The stay may not exceed a period of not more than 30 days.",
            ("not more than 30 days", "DURATION", "P30D", "EQUAL_OR_LESS"),
        ),
        (
            "Members shall be given no less than fourteen (14) days' notice.",
            ("no less than fourteen (14) days", "DURATION", "P14D", "EQUAL_OR_MORE"),
        ),
        (
            "The hearing shall be held not fewer than five (5) days after service.",
            ("not fewer than five (5) days", "DURATION", "P5D", "EQUAL_OR_MORE"),
        ),
        (
            "The lease may be extended for up to two hundred and ten days.",
            ("up to two hundred and ten days", "DURATION", "P210D", "EQUAL_OR_LESS"),
        ),
        (
            "Consulting services for a period not to exceed 18 months.",
            ("not to exceed 18 months", "DURATION", "P18M", "EQUAL_OR_LESS"),
        ),
    ],
)
def test_negated_and_bounding_comparisons_set_the_bound(text: str, expected: Row) -> None:
    """ "no more than", "not more than", "not to exceed" and "up to" are the upper bound; "no
    less than" and "not fewer than" the lower. ("a maximum of" stays out of the extent, as
    te3-silver's gold has "a maximum of [ten years]".)"""
    assert mentions_with_mods(text, dct="2024-02-01") == [expected]


# ---- budgets and fiscal years ---------------------------------------------------------------

BUDGET = (
    "The adopted budget for the fiscal year ending June 30, 2025 totals $4.1 billion, 3.2% more "
    "than the FY 2023-24 budget. Revenues are reported each fiscal quarter. Appropriations for "
    "fiscal years 2022 through 2026 are authorized."
)
BUDGET_TABLE: list[Row] = [
    # as TimeBank tags "the fiscal year" of "the fiscal year ended ..." (P1Y, its end the date)
    ("the fiscal year", "DURATION", "P1Y"),
    ("June 30, 2025", "DATE", "2025-06-30"),
    # "FY 2023-24": both years, one range (as "FY2024/25" in tests/test_reports.py)
    ("FY 2023", "DATE", "2023"),
    ("24", "DATE", "2024"),
    ("each fiscal quarter", "SET", "P1Q"),
    ("2022", "DATE", "2022"),
    ("2026", "DATE", "2026"),
]


def test_budget_fiscal_year_ending_a_split_fiscal_year_and_quarters() -> None:
    """A fiscal year ending on a date, a fiscal year across two calendar years, a reporting
    cycle and a span of fiscal years."""
    assert mentions_with_mods(BUDGET, dct="2024-06-20") == BUDGET_TABLE  # a Thursday


# ---- courts -------------------------------------------------------------------------------------

OPINION = (
    "Argued November 29, 2023—Decided June 14, 2024. The Court granted certiorari in No. "
    "22-1234 and heard argument during the October Term, 2023. See Ashcroft v. Iqbal, 556 U.S. "
    "662, 678 (2009); 42 U.S.C. § 1983. The October Term, 2024 will begin on the first Monday "
    "of October."
)
OPINION_TABLE: list[Row] = [
    ("November 29, 2023", "DATE", "2023-11-29"),
    ("June 14, 2024", "DATE", "2024-06-14"),
    ("2023", "DATE", "2023"),  # the Court's term named by the year it opens in
    ("2009", "DATE", "2009"),  # the year a cited case was decided
    ("2024", "DATE", "2024"),
    ("the first Monday of October", "DATE", "2024-10-07"),
]


def test_opinion_syllabus_dates_citations_and_the_next_term() -> None:
    """The syllabus's two dates joined by a dash, a term's year, a citation's year; the
    docket number, the reporter's volume and pages and the code section are no dates."""
    assert mentions_with_mods(OPINION, dct="2024-06-14") == OPINION_TABLE  # a Friday


ORDER = (
    "IT IS SO ORDERED. Dated this 14th day of March, 2024, at Boston, Massachusetts. The "
    "defendant shall file a response within fourteen (14) days. A status conference is set "
    "for April 2, 2024 at 10:00 a.m. Entered this 3rd day of April, 2024."
)
ORDER_TABLE: list[Row] = [
    # the whole formula is the date, as "this Friday" is
    ("this 14th day of March, 2024", "DATE", "2024-03-14"),
    ("fourteen (14) days", "DURATION", "P14D"),
    ("April 2, 2024 at 10:00 a.m.", "TIME", "2024-04-02T10:00"),
    ("this 3rd day of April, 2024", "DATE", "2024-04-03"),
]


def test_court_order_dated_this_nth_day_of_a_month() -> None:
    """ "Dated this 14th day of March, 2024": one date, not the month alone."""
    assert mentions_with_mods(ORDER, dct="2024-03-14") == ORDER_TABLE  # a Thursday


def test_the_nth_day_of_a_month_without_its_year() -> None:
    """ "on the 1st day of each month" recurs; "the 5th day of June" is one day."""
    text = (
        "Rent is payable on the 1st day of each month; the first payment is due the 5th day "
        "of June."
    )
    assert mentions_with_mods(text, dct="2024-03-14") == [
        ("the 1st day of each month", "SET", "P1M"),
        ("the 5th day of June", "DATE", "2024-06-05"),
    ]


# ---- minutes ------------------------------------------------------------------------------------

COUNCIL_MINUTES = (
    "The regular meeting was called to order at 7:02 p.m. The minutes of the meeting of "
    "February 12 were approved as presented. Council appointed Maria Lopez to the Planning "
    "Commission for a term ending December 31, 2026. The Council meets on the second Tuesday "
    "of each month. There being no further business, the meeting adjourned at 8:47 p.m."
)
COUNCIL_MINUTES_TABLE: list[Row] = [
    ("7:02 p.m.", "TIME", "2024-03-12T19:02"),
    ("February 12", "DATE", "2024-02-12"),
    ("December 31, 2026", "DATE", "2026-12-31"),
    ("the second Tuesday of each month", "SET", "P1M"),
    ("8:47 p.m.", "TIME", "2024-03-12T20:47"),
]


def test_council_minutes_clock_times_a_past_meeting_and_a_term_end() -> None:
    """The clock times are the meeting's day; "the meeting of February 12" is the last one;
    a term ends on a date; a monthly meeting recurs."""
    assert (
        mentions_with_mods(COUNCIL_MINUTES, dct="2024-03-12") == COUNCIL_MINUTES_TABLE
    )  # a Tuesday


# ---- SEC filings --------------------------------------------------------------------------------

TEN_K_COVER = (
    "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934. For "
    "the fiscal year ended September 28, 2024. Commission File Number: 001-36743. The aggregate "
    "market value of the voting stock held by non-affiliates as of March 29, 2024 was "
    "approximately $2,628,553,000,000. 15,115,823,000 shares of common stock were outstanding "
    "as of October 18, 2024. Exhibit 99.1 and the Form 10-K are incorporated by reference."
)
TEN_K_COVER_TABLE: list[Row] = [
    ("1934", "DATE", "1934"),  # the act named by its year, as "the Act of 1989"
    ("the fiscal year", "DURATION", "P1Y"),
    ("September 28, 2024", "DATE", "2024-09-28"),
    ("March 29, 2024", "DATE", "2024-03-29"),
    ("October 18, 2024", "DATE", "2024-10-18"),
]


def test_annual_report_cover_page_dates_and_numbers() -> None:
    """A 10-K cover: the act's year, the fiscal year ended, the "as of" dates; the file
    number, the amounts, the share count, the exhibit and the form are no dates."""
    assert mentions_with_mods(TEN_K_COVER, dct="2024-11-01") == TEN_K_COVER_TABLE  # a Friday


# ---- grant calls and personnel policies --------------------------------------------------------

GRANT_CALL = (
    "Letters of intent are due no later than 5:00 p.m. EST, Friday, February 2, 2024. Full "
    "applications must be submitted by 11:59 p.m. Eastern Time on April 15, 2024. Awards will "
    "be made for a project period of up to three years, with an anticipated start date of July "
    "1, 2024. Recipients must submit progress reports annually and financial reports quarterly."
)
GRANT_CALL_TABLE: list[Row] = [
    # the weekday and the date after the clock time are its day: one TIME
    ("5:00 p.m. EST, Friday, February 2, 2024", "TIME", "2024-02-02T17:00-05:00"),
    ("11:59 p.m. Eastern Time on April 15, 2024", "TIME", "2024-04-15T23:59-04:00"),
    ("up to three years", "DURATION", "P3Y", "EQUAL_OR_LESS"),
    ("July 1, 2024", "DATE", "2024-07-01"),
    ("annually", "SET", "P1Y"),
    ("quarterly", "SET", "P1Q"),
]


def test_grant_call_deadlines_with_zones_weekdays_and_reporting_cycles() -> None:
    """Deadlines as clock times with their zone and dated day, a project period's bound, a
    start date and reporting cycles."""
    assert mentions_with_mods(GRANT_CALL, dct="2024-01-05") == GRANT_CALL_TABLE  # a Friday


PERSONNEL_POLICY = (
    "Employees are paid biweekly. New employees serve a probationary period of ninety (90) "
    "calendar days. Overtime is paid for hours worked in excess of forty (40) hours in a "
    "workweek. Vacation requests must be submitted no later than two weeks prior to the "
    "requested leave. This policy was last revised on 1 July 2023 and is reviewed every three "
    "years."
)
PERSONNEL_POLICY_TABLE: list[Row] = [
    ("biweekly", "SET", "P2W"),
    ("ninety (90) calendar days", "DURATION", "P90D"),
    # "hours worked" counts work, not a stretch of time
    ("forty (40) hours", "DURATION", "PT40H"),
    # before "prior to" and an undated event, the quantity is how long before (as TimeBank
    # tags "at least three years prior to"), not a date counted back from the document date
    ("two weeks", "DURATION", "P2W"),
    ("1 July 2023", "DATE", "2023-07-01"),
    ("every three years", "SET", "P3Y"),
]


def test_personnel_policy_pay_cycle_probation_overtime_and_notice() -> None:
    """A pay cycle, a probation of calendar days, a work week's hours, a notice period before
    an undated leave, a revision date and a review cycle."""
    assert (
        mentions_with_mods(PERSONNEL_POLICY, dct="2024-02-15") == PERSONNEL_POLICY_TABLE
    )  # a Thursday


# ---- citations, numbers and codes ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The claim arises under Section 3(a)(1) and Article 12 of the Convention.",
        "Plaintiffs sued under 42 U.S.C. § 1983 and 26 U.S.C. 2010(c).",
        "Public Law 117-58 and Pub. L. 118-5, 137 Stat. 2019, amended Title 42.",
        "Conduct prohibited by Rule 10b-5 must be disclosed on Form 10-K and Schedule 13D.",
        "No. 22-1234; Case 1:23-cv-00456 (S.D.N.Y.); Docket No. FDA-2023-N-1234.",
        "H.R. 3684 amends 17 CFR Part 240 and 29 CFR Part 1910.",
        "Resolution No. 2024-15 and Ordinance No. 2023-07 were adopted; see Sec. 2001.",
        "A civil penalty of $2,500 or 15% of the award, whichever is greater, applies.",
        "Send comments to 100 F Street NE, Washington, DC 20549, as set out in Exhibit 99.1.",
        "Executive Order 14110 directs agencies; see 88 FR 75191.",
    ],
)
def test_citations_amounts_and_codes_are_not_dates(text: str) -> None:
    """Sections, articles, code and regulation citations, public laws, rules, forms, dockets,
    bills, resolution numbers, amounts, percentages, ZIP codes, exhibits, orders: nothing."""
    assert mentions_with_mods(text, dct="2024-03-11") == []


def test_a_year_after_a_citation_stays_a_year() -> None:
    """A code section keeps its digits; a circa before a year is still circa."""
    text = (
        "Under 26 U.S.C. 2010(c), the exemption set in 2017 applies; the house was built c. 1910."
    )
    assert mentions_with_mods(text, dct="2024-03-11") == [
        ("2017", "DATE", "2017"),
        ("c. 1910", "DATE", "1910", "APPROX"),
    ]


def test_each_distributes_over_coordinated_months() -> None:
    """'each' distributes over coordinated months: "each January and July" is two sets."""
    text = "Interest is payable semi-annually on the first business day of each January and July."
    assert mentions_with_mods(text, dct="2024-01-10") == [
        ("semi-annually", "SET", "P6M"),
        ("each January", "SET", "XXXX-01"),
        ("July", "SET", "XXXX-07"),
    ]
