"""Gaps noticed in session 25, seventy-sixth list: news leftovers.

News with its date as the document date (its weekday checked with ``datetime``), rows as
TimeBank annotates them, with the TIMEX3 mod where there is one:
- a verb of a schedule told in the present ("open", "close", "start", "begin") before a
  weekday looks ahead also when the day is early or late: on Monday 20 November 2023
  "Retailers open early Friday." is 2023-11-24 START (was 2023-11-17), "The sale starts late
  Sunday" 2023-11-26 END; "Retailers opened early Friday" and "The outage began early Friday"
  stay behind;
- a month after "the" before an institution's name and what it holds (a meeting, an auction, a
  decision, a vote) is that month, as "the June deadline" is, placed by the tense: on
  Wednesday 10 May 2023 "The June Fed meeting will set the tone." is 2023-06 (was untagged),
  "the December FOMC decision" 2023-12, and the first of two months joined by "and" is one too
  ("The June and July meetings"). A capitalised word after the month that is followed by no
  such noun is a name: "The June Carter album sold well" and "June Smith spoke" tag nothing,
  nor does the verb in "the may be".
"""

from __future__ import annotations

import pytest
from passages import ModRow, Row, news, news_with_mods, weekday

# ---- 1. a schedule's present verb before an early or late weekday looks ahead -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Retailers open early Friday.",
            [("early Friday", "DATE", "2023-11-24", "START")],
            id="retailers_open_early_friday",
        ),
        pytest.param(
            "Retailers open Friday.",
            [("Friday", "DATE", "2023-11-24")],
            id="retailers_open_friday",
        ),
        pytest.param(
            "The holiday sale starts late Sunday at most stores.",
            [("late Sunday", "DATE", "2023-11-26", "END")],
            id="sale_starts_late_sunday",
        ),
        pytest.param(
            "Many malls close early Thursday for the holiday.",
            [("early Thursday", "DATE", "2023-11-23", "START")],
            id="malls_close_early_thursday",
        ),
        # look-alikes: the past
        pytest.param(
            "Retailers opened early Friday.",
            [("early Friday", "DATE", "2023-11-17", "START")],
            id="retailers_opened_early_friday",
        ),
        pytest.param(
            "The outage began early Friday.",
            [("early Friday", "DATE", "2023-11-17", "START")],
            id="outage_began_early_friday",
        ),
    ],
)
def test_a_schedule_verb_before_an_early_weekday_looks_ahead(
    text: str, expected: list[ModRow]
) -> None:
    """'open early Friday' in the present is the Friday ahead; 'opened', 'began' the one behind."""
    assert news_with_mods(text, "2023-11-20", "Monday") == expected


# ---- 2. a month before an institution's name and what it holds ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The June Fed meeting will set the tone.",
            [("June", "DATE", "2023-06")],
            id="the_june_fed_meeting",
        ),
        pytest.param(
            "Investors will watch the December FOMC decision closely.",
            [("December", "DATE", "2023-12")],
            id="the_december_fomc_decision",
        ),
        pytest.param(
            "The June and July meetings will set the tone.",
            [("June", "DATE", "2023-06"), ("July", "DATE", "2023-07")],
            id="the_june_and_july_meetings",
        ),
        pytest.param(
            "Bond dealers expect the August Treasury auctions to draw demand.",
            [("August", "DATE", "2023-08")],
            id="the_august_treasury_auctions",
        ),
        pytest.param(
            "The June deadline looms.",
            [("June", "DATE", "2023-06")],
            id="the_june_deadline",
        ),
        # look-alikes: a name, a work, the verb
        pytest.param("The June Carter album sold well.", [], id="the_june_carter_album"),
        pytest.param("June Smith spoke to reporters.", [], id="june_smith_spoke"),
        pytest.param("He said the may be late.", [], id="the_may_be"),
    ],
)
def test_a_month_before_an_institution_and_its_meeting_is_a_month(
    text: str, expected: list[Row]
) -> None:
    """'The June Fed meeting' is June; 'The June Carter album', 'June Smith' are names."""
    assert news(text, "2023-05-10", "Wednesday") == expected


# ---- 3. a clause's written year dates its month or holiday: irregular verbs, an opening year


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Sales in 2021 rose sharply in May.",
            "2023-05-10",
            [("2021", "DATE", "2021"), ("May", "DATE", "2021-05")],
            id="sales_in_2021_rose_in_may",
        ),
        pytest.param(
            "Prices in 2020 fell steeply in April, data show.",
            "2023-05-10",
            [("2020", "DATE", "2020"), ("April", "DATE", "2020-04")],
            id="prices_in_2020_fell_in_april",
        ),
        pytest.param(
            "In 2022, shoppers dubbed Black Friday a bust.",
            "2023-11-27",
            [("2022", "DATE", "2022"), ("Black Friday", "DATE", "2022-11-25")],
            id="in_2022_comma_shoppers_dubbed_black_friday",
        ),
        pytest.param(
            "In 2021, online sales grew 5% in March.",
            "2023-11-27",
            [("2021", "DATE", "2021"), ("March", "DATE", "2021-03")],
            id="in_2021_comma_online_sales_grew_in_march",
        ),
        # look-alikes: another clause, another sentence, a year in a clause of its own
        pytest.param(
            "Sales in 2021 rose; in May they will rise again.",
            "2023-05-10",
            [("2021", "DATE", "2021"), ("May", "DATE", "2023-05")],
            id="sales_in_2021_rose_semicolon_in_may_they_will",
        ),
        pytest.param(
            "In 2022 sales fell; Black Friday is next week.",
            "2023-11-27",
            [
                ("2022", "DATE", "2022"),
                ("Black Friday", "DATE", "2023-11-24"),
                ("next week", "DATE", "2023-W49"),
            ],
            id="in_2022_sales_fell_semicolon_black_friday",
        ),
        pytest.param(
            "In 2022, sales fell. Black Friday is next week.",
            "2023-11-27",
            [
                ("2022", "DATE", "2022"),
                ("Black Friday", "DATE", "2023-11-24"),
                ("next week", "DATE", "2023-W49"),
            ],
            id="in_2022_comma_sales_fell_period_black_friday",
        ),
        pytest.param(
            "The project, which began in 2021, is scheduled to finish by Labor Day.",
            "2023-11-27",
            [("2021", "DATE", "2021"), ("Labor Day", "DATE", "2024-09-02")],
            id="which_began_in_2021_comma_is_scheduled_labor_day",
        ),
    ],
)
def test_a_clause_year_dates_its_month_after_any_past_verb(
    text: str, dct: str, expected: list[Row]
) -> None:
    """'Sales in 2021 rose ... in May' is 2021-05; 'In 2022, shoppers dubbed ...' 2022's."""
    assert news(text, dct, weekday(dct)) == expected
