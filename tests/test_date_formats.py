"""Written date formats from around the world, and the period words of reports.

Each row is a short sentence in one format, with the mentions it must yield (text, type,
value), read by TimeML's conventions, with the document date Thursday 14 March 2024. The
look-alikes after them are numbers that share a format's shape (versions, addresses, phone
numbers, scores, ratios, section numbers, product codes, prices, measurements) and must yield
nothing.
"""

from __future__ import annotations

import pytest

from tests.passages import Row, mentions

DCT = "2024-03-14"

FORMATS: list[tuple[str, list[Row]]] = [
    # day first with dots, everywhere dots are used; a two-digit year after a word that dates
    ("The invoice is dated 12.03.2024.", [("12.03.2024", "DATE", "2024-03-12")]),
    ("Payment was received on 12.3.24.", [("12.3.24", "DATE", "2024-03-12")]),
    # year first: with slashes, and with dots (East Asian, Scandinavian), month and day padded
    ("The file was created on 2024/03/12.", [("2024/03/12", "DATE", "2024-03-12")]),
    ("The meeting was held on 2024.03.12.", [("2024.03.12", "DATE", "2024-03-12")]),
    # the hyphenated day-month-year of forms, logs and airline tickets
    ("The shipment left on 12-Mar-2024.", [("12-Mar-2024", "DATE", "2024-03-12")]),
    ("The shipment left on 12-MAR-24.", [("12-MAR-24", "DATE", "2024-03-12")]),
    # "Mar-12" is a spreadsheet's month and two-digit year (mmm-yy): a day is "Mar 12"
    ("Sales rose 4% in Mar-12.", [("Mar-12", "DATE", "2012-03")]),
    # after "on" it is a day
    ("The fair opens on Mar-12.", [("Mar-12", "DATE", "2024-03-12")]),
    (
        "Jan-24 and Feb-24 were flat.",
        [("Jan-24", "DATE", "2024-01"), ("Feb-24", "DATE", "2024-02")],
    ),
    # ordinals and commas
    ("We signed on 12th March, 2024.", [("12th March, 2024", "DATE", "2024-03-12")]),
    ("We signed on March 12th, 2024.", [("March 12th, 2024", "DATE", "2024-03-12")]),
    ("The board meets on Tuesday 12 March.", [("Tuesday 12 March", "DATE", "2024-03-12")]),
    ("Tickets go on sale 12 Mar '24.", [("12 Mar '24", "DATE", "2024-03-12")]),
    ("The class of '24 graduated.", [("'24", "DATE", "2024")]),
    # the compact ISO form, where it cannot be a number: after "on", in a file name
    ("The dump was taken on 20240312.", [("20240312", "DATE", "2024-03-12")]),
    ("The file app-20240312.log was restored.", [("20240312", "DATE", "2024-03-12")]),
    # "_" joins a file name into one word, but its stamp is still a date
    ("The file backup_20240312.tar was restored.", [("20240312", "DATE", "2024-03-12")]),
    ("See report_20240312.pdf.", [("20240312", "DATE", "2024-03-12")]),
    ("IMG_20240312_0915.jpg", [("20240312", "DATE", "2024-03-12")]),
    # ISO weeks by number, and weeks named by a day
    ("The release is planned for 2024-W11.", [("2024-W11", "DATE", "2024-W11")]),
    ("The release is planned for wk 11 2024.", [("wk 11 2024", "DATE", "2024-W11")]),
    ("We shipped in week 14, 2023.", [("week 14, 2023", "DATE", "2023-W14")]),
    (
        "Sales in the week ending 15 March rose 3%.",
        [("the week ending 15 March", "DATE", "2024-W11")],
    ),
    ("Rota for w/c 11 March attached.", [("w/c 11 March", "DATE", "2024-W11")]),
    # a rota names the week by its first weekday: the coming one (a Thursday's "Monday" is
    # 18 March, in 2024-W12)
    (
        "Rota for the week beginning Monday attached.",
        [("the week beginning Monday", "DATE", "2024-W12")],
    ),
    # quarters and halves as reports abbreviate them
    ("Revenue in Q1'24 rose 5%.", [("Q1'24", "DATE", "2024-Q1")]),
    ("Revenue in 1Q24 rose 5%.", [("1Q24", "DATE", "2024-Q1")]),
    ("Revenue in 1H24 rose 5%.", [("1H24", "DATE", "2024-H1")]),
    ("Revenue in 2H 2023 rose 5%.", [("2H 2023", "DATE", "2023-H2")]),
    # a fiscal year across two calendar years: both years are tagged, and the range spans them
    # (see date.year_range_end)
    ("Revenue in FY 2023-24 rose 5%.", [("FY 2023", "DATE", "2023"), ("24", "DATE", "2024")]),
    (
        "Revenue in financial year 2023/24 rose 5%.",
        [("financial year 2023", "DATE", "2023"), ("24", "DATE", "2024")],
    ),
    (
        "Revenue in the 2023-24 financial year rose 5%.",
        [("2023", "DATE", "2023"), ("24", "DATE", "2024")],
    ),
    # "the year to March 2024" as "the three months ended June 30": a length and the date that
    # ends it
    (
        "Revenue in the year to March 2024 rose 5%.",
        [("the year", "DURATION", "P1Y"), ("March 2024", "DATE", "2024-03")],
    ),
    (
        "Revenue in the six months to 30 June rose 5%.",
        [("the six months", "DURATION", "P6M"), ("30 June", "DATE", "2023-06-30")],
    ),
    # the period so far: this year, month, quarter, as "this year" is
    ("YTD revenue was $3 billion.", [("YTD", "DATE", "2024")]),
    (
        "MTD sales are up 4% and QTD sales are up 2%.",
        [("MTD", "DATE", "2024-03"), ("QTD", "DATE", "2024-Q1")],
    ),
    ("Quarter-to-date bookings rose.", [("Quarter-to-date", "DATE", "2024-Q1")]),
]


@pytest.mark.parametrize(("text", "expected"), FORMATS, ids=[text for text, _ in FORMATS])
def test_written_date_format_is_read_with_its_value(text: str, expected: list[Row]) -> None:
    """Each written format yields its mention with the calendar value it names."""
    assert mentions(text, dct=DCT) == expected


def test_weekday_and_day_month_are_read_day_first_where_the_text_is() -> None:
    """A diary's "Tue 12/3" is Tuesday 12 March read day first, 3 December never (that is no
    Tuesday near the document date either)."""
    assert mentions("Standup moved to Tue 12/3.", dct=DCT, day_first=True) == [
        ("Tue 12/3", "DATE", "2024-03-12")
    ]
    assert mentions("Standup moved to Tue 3/12.", dct=DCT) == [("Tue 3/12", "DATE", "2024-03-12")]


def test_bare_halves_belong_to_the_year_just_named() -> None:
    """A report's "H1" and "H2" after it named a year are that year's halves, whenever the
    report is written; with no year named, the document's."""
    text = "Revenue in 2022 rose 5%. In H1 margins fell, in H2 they recovered."
    assert mentions(text, dct=DCT) == [
        ("2022", "DATE", "2022"),
        ("H1", "DATE", "2022-H1"),
        ("H2", "DATE", "2022-H2"),
    ]
    assert mentions("H1 results were strong.", dct=DCT) == [("H1", "DATE", "2024-H1")]


NOTHING = [
    # rates of change name no date
    "Revenue rose 5% YoY and 2% QoQ.",
    # a report's own span, named without a unit: anaphoric to what the report covers, which
    # TimeML leaves untagged (it has no value of its own in the text)
    "Revenue in the reporting period rose 5%.",
    "Revenue in the period under review rose 5%.",
    # look-alikes of the dotted forms
    "Version 2.3.24 was released.",
    "Upgrade to 2.3.24 or to 2024.3.12 first.",
    "The server is at 10.12.3.24.",
    "See Section 12.3.24 of the manual.",
    "See Chapter 12.3 and clause 2024.03.",
    # look-alikes of the compact and hyphenated forms
    "The order number is 20240312.",
    "Invoice INV-20240312 was paid.",
    "Part no. AB-2024-03 is out of stock.",
    "The ID 20241312 is invalid.",
    "Set my_var_2024 and ref_12345678 in the config.",
    # phone numbers, scores, ratios, prices, measurements
    "Call 020 7946 0958 or +44 20 7946 2024.",
    "They won 12-3 and the ratio was 3:2.",
    "It costs $12.03 or 12.3 m long.",
    # a week number without a year: a plan's "week 11" is the project's eleventh week (see
    # tests/test_reports.py), "Week 11" a season's, a bare "W11" Windows 11 or a postcode
    "The release is planned for week 11.",
    "Upgrade to W11 soon.",
    "The office moved to London W11.",
    "In Week 11 the Patriots won.",
    # "may" the verb before a number
    "You may-12 be right.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_look_alikes_and_rates_yield_nothing(text: str) -> None:
    """Numbers shaped like dates, and words of a report that name no period, yield nothing."""
    assert mentions(text, dct=DCT) == []


def test_a_week_of_a_course_is_no_calendar_week() -> None:
    """ "In week 3 of treatment" is a week of a course begun on a day the text does not give
    (tests/test_clinical_25.py), left open, not the year's third week."""
    rows = mentions("In week 3 of treatment she improved.", dct=DCT)
    assert rows == [("week 3 of treatment", "DATE", "XXXX-WXX")]
