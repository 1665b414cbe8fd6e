"""Gaps noticed in session 25, seventy-fifth list: the session's later leftovers.

News with its date as the document date (its weekday checked with ``datetime``), rows as
TimeBank annotates them:
- a month of no year told in a clause whose subject a written year dates is that year's, as
  mend26 made such a holiday: on Monday 27 November 2023 "Shoppers in 2022 spent less in
  March" is 2022-03 (was 2023-03), "Sales in 2021 climbed sharply in May" 2021-05; a
  sentence's opening "In 2022," dates the clause of the subject and past verb after its comma:
  "In 2022, shoppers dubbed Black Friday a bust" is 2022-11-25 (was 2023-11-24), "In 2022,
  retailers cut prices on Cyber Monday" 2022-11-28; "In 2022 sales fell; Black Friday is next
  week" keeps this year's, and so does a month after the sentence ends ("Shoppers in 2022
  spent less. In March, stores close." 2024-03), and a day of a month the clause designates
  ("A resolution adopted in 1977 designated Nov. 29 as a day of solidarity") is no day of
  1977 (2022-11-29, as before).
"""

from __future__ import annotations

import datetime as dt

import pytest
from passages import Row, news


def _news(text: str, dct: str) -> list[Row]:
    return news(text, dct, dt.date.fromisoformat(dct).strftime("%A"))


# ---- 1. a month or a holiday in a clause a written year dates ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Shoppers in 2022 spent less in March.",
            [("2022", "DATE", "2022"), ("March", "DATE", "2022-03")],
            id="shoppers_in_2022_spent_less_in_march",
        ),
        pytest.param(
            "Sales in 2021 climbed sharply in May, the report said.",
            [("2021", "DATE", "2021"), ("May", "DATE", "2021-05")],
            id="sales_in_2021_climbed_in_may",
        ),
        pytest.param(
            "In 2022, shoppers dubbed Black Friday a bust.",
            [("2022", "DATE", "2022"), ("Black Friday", "DATE", "2022-11-25")],
            id="in_2022_comma_shoppers_dubbed_black_friday",
        ),
        pytest.param(
            "In 2022, retailers cut prices on Cyber Monday.",
            [("2022", "DATE", "2022"), ("Cyber Monday", "DATE", "2022-11-28")],
            id="in_2022_comma_retailers_cut_prices_on_cyber_monday",
        ),
        # look-alikes: another clause, another sentence
        pytest.param(
            "In 2022 sales fell; Black Friday is next week.",
            [
                ("2022", "DATE", "2022"),
                ("Black Friday", "DATE", "2023-11-24"),
                ("next week", "DATE", "2023-W49"),
            ],
            id="in_2022_sales_fell_semicolon_black_friday_next_week",
        ),
        pytest.param(
            "Shoppers in 2022 spent less. In March, stores close.",
            [("2022", "DATE", "2022"), ("March", "DATE", "2024-03")],
            id="a_month_in_the_next_sentence",
        ),
        pytest.param(
            "A resolution adopted in 1977 designated Nov. 29 as a day of solidarity.",
            [("1977", "DATE", "1977"), ("Nov. 29", "DATE", "2022-11-29")],
            id="a_day_designated_by_a_resolution_of_1977",
        ),
    ],
)
def test_a_month_or_holiday_in_a_clause_a_written_year_dates(
    text: str, expected: list[Row]
) -> None:
    """A month or holiday of no year in a clause whose subject a written year dates is its."""
    assert _news(text, "2023-11-27") == expected
