"""Held-out genre: earnings and market news (market wraps, earnings previews and reports,
dividend notices).

Each passage was written for these tests in the style of a markets desk, run as chrono is
scored: genre "news", the story's date as the document date (its weekday beside it). The
tables pin the (text, TIMEX3 type, value) TimeBank would give. Conventions decided here:

* a trading session is a trading day: "over the past five sessions" is P5D, as "the last five
  trading days" is (TimeBank tags such counts as durations); "a third straight session" is an
  ordinal, no duration;
* "52-week" of "a 52-week high" and "10-year" of "the 10-year Treasury yield" are durations,
  as TimeBank tags "30-year" of "30-year bonds";
* fiscal periods keep their own labels ("Q3 FY24" is 2024-Q3, "FY2025" 2025), as
  tests/test_modern_news.py and tests/test_reports.py pin them;
* index and product names ("the S&P 500", "the Nasdaq 100"), rates ("a quarter-point cut"),
  "premarket" and "after-hours" trading are no times.
"""

from __future__ import annotations

import pytest
from passages import Row, mentions


def _mentions(text: str, dct: str) -> list[Row]:
    return mentions(text, dct=dct, genre="news")


def test_an_earnings_preview_counts_sessions_and_looks_ahead_to_the_report() -> None:
    """ "the past five sessions" is one duration (no "the past" of its own), "year-to-date" the
    year; "after the bell on Thursday" the Thursday ahead; "the fiscal fourth quarter, which
    ended Sept. 30" a quarter and its last day."""
    text = (
        "Shares of Apple rose 2% over the past five sessions and are up 15% year-to-date. The "
        "company will report results after the bell on Thursday. For the fiscal fourth "
        "quarter, which ended Sept. 30, analysts expect revenue of $94.5 billion."
    )
    assert _mentions(text, "2024-10-29") == [  # a Tuesday
        ("the past five sessions", "DURATION", "P5D"),
        ("year-to-date", "DATE", "2024"),
        ("Thursday", "DATE", "2024-10-31"),
        ("the fiscal fourth quarter", "DATE", "2024-Q4"),
        ("Sept. 30", "DATE", "2024-09-30"),
    ]


def test_fiscal_labels_highs_and_index_names() -> None:
    """ "a 52-week high" is a duration, "Q3 FY24", "FY2025" and "fiscal 2024" are their periods;
    "premarket trading", "the S&P 500" and "the Nasdaq 100" name no time."""
    text = (
        "In premarket trading, the stock touched a 52-week high. The S&P 500 and the Nasdaq "
        "100 closed higher on Monday. The company guided Q3 FY24 revenue above consensus and "
        "expects FY2025 margins to expand. In fiscal 2024, sales grew 8%."
    )
    assert _mentions(text, "2024-10-29") == [  # a Tuesday
        ("52-week", "DURATION", "P52W"),
        ("Monday", "DATE", "2024-10-28"),
        ("Q3 FY24", "DATE", "2024-Q3"),
        ("FY2025", "DATE", "2025"),
        ("fiscal 2024", "DATE", "2024"),
    ]


def test_a_market_wrap_counts_points_yields_and_straight_sessions() -> None:
    """Index points and a Treasury's term; "for three straight sessions" lasts three trading
    days, "in 9 of the last 10 sessions" ten; "since February" is a month."""
    text = (
        "The Dow Jones Industrial Average fell 378 points, or 0.9%, on Monday. The 10-year "
        "Treasury yield rose to 4.3%. Oil prices climbed for three straight sessions, and "
        "the index has risen in 9 of the last 10 sessions. Stocks posted their best month "
        "since February."
    )
    assert _mentions(text, "2024-10-29") == [  # a Tuesday
        ("Monday", "DATE", "2024-10-28"),
        ("10-year", "DURATION", "P10Y"),
        ("three straight sessions", "DURATION", "P3D"),
        ("the last 10 sessions", "DURATION", "P10D"),
        ("February", "DATE", "2024-02"),
    ]


def test_a_rate_decision_preview_and_a_dividend_notice() -> None:
    """ "Nov. 6-7" two days ahead, "a quarter-point cut" no quarter, "a fourth consecutive week" an
    ordinal; "payable Dec. 15 to shareholders of record as of Nov. 30"."""
    text = (
        "The Fed meets Nov. 6-7, and futures point to a quarter-point cut. Treasury yields "
        "climbed for a fourth consecutive week. The board declared a quarterly dividend of 25 "
        "cents, payable Dec. 15 to shareholders of record as of Nov. 30."
    )
    assert _mentions(text, "2024-10-29") == [  # a Tuesday
        ("Nov. 6", "DATE", "2024-11-06"),
        ("7", "DATE", "2024-11-07"),
        ("Dec. 15", "DATE", "2024-12-15"),
        ("Nov. 30", "DATE", "2024-11-30"),
    ]


def test_an_earnings_report_with_its_call_and_after_hours_move() -> None:
    """ "Second-quarter revenue" is the quarter just reported, "the full year" this year, "5:30
    p.m. ET" of the day of the report; "after-hours trading" is no time."""
    text = (
        "Second-quarter revenue rose 12% year over year, the company said on Tuesday. It held "
        "its earnings call at 5:30 p.m. ET. For the full year, it expects earnings of $5.10 to "
        "$5.20 a share. Shares fell 4% in after-hours trading."
    )
    assert _mentions(text, "2024-07-31") == [  # a Wednesday
        ("Second-quarter", "DATE", "2024-Q2"),
        ("Tuesday", "DATE", "2024-07-30"),
        ("5:30 p.m. ET", "TIME", "2024-07-30T17:30-04:00"),
        ("the full year", "DATE", "2024"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500, the Nasdaq 100 and the Russell 2000 all rose.",
        "Futures point to a quarter-point cut and then a half-point cut.",
        "Shares fell 4% in after-hours trading and rose in premarket trading.",
        "The stock trades at 25 times earnings with a 2.1% dividend yield.",
        "Oil rose for a third straight session.",
        "The bill failed in the last two sessions of Congress.",
        "EPS of $3.30 beat the $3.10 consensus; revenue of $94.9 billion.",
    ],
)
def test_market_look_alikes_yield_nothing(text: str) -> None:
    """Index names, rate moves, trading windows, multiples, ordinals of sessions and a body's
    sessions are no times."""
    assert _mentions(text, "2024-10-29") == []


@pytest.mark.parametrize(
    ("text", "dct", "found"),
    [
        # A clock time alone is of the day the text last named (Tuesday), past the year named
        # since ("the full year").
        pytest.param(
            "The company reported results on Tuesday. For the full year, it expects growth of "
            "8%. It held its earnings call at 5:30 p.m. ET.",
            "2024-07-31",
            [
                ("Tuesday", "DATE", "2024-07-30"),
                ("the full year", "DATE", "2024"),
                ("5:30 p.m. ET", "TIME", "2024-07-30T17:30-04:00"),
            ],
            id="clock-time-after-a-year-keeps-the-day-named-before",
        ),
    ],
)
def test_a_clock_time_alone_is_of_the_last_day_named(text: str, dct: str, found: list[Row]) -> None:
    """ "results on Tuesday. For the full year, ... at 5:30 p.m. ET": Tuesday's call."""
    assert _mentions(text, dct) == found
